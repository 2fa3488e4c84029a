import KGraphDiff
import KGraphModel
import KGraphRender
import Testing

@Suite struct DiffDiagramTests {
    typealias F = Fixture

    static let diff = GraphDiff(
        F.graph([F.node("Japan"), F.node("China"), F.node("Quad", .alliance)],
                [F.edge("japan", .supports, "china", article: "a1", sentence: "Japan backs the plan."),
                 F.edge("japan", .memberOf, "quad"), F.edge("china", .tensionWith, "japan")]),
        F.graph([F.node("Japan"), F.node("China"), F.node("India")],
                [F.edge("japan", .rejects, "china", article: "b1", sentence: "Japan drops the plan."),
                 F.edge("india", .partnersWith, "japan"), F.edge("japan", .tensionWith, "china")]))

    static func attrs(_ d: Diagram, node id: String) -> [String: String] { d.nodes.first { $0.id == id }?.attributes ?? [:] }

    /// The diagram without its pinned legend rows.
    static func graphPart(_ d: Diagram) -> Diagram {
        var d = d
        d.nodes.removeAll { $0.id.hasPrefix("_legend") }
        d.edges.removeAll { $0.source.hasPrefix("_legend") }
        return d
    }

    @Test func mergedDiagramColoursEachClass() {
        let d = Self.diff.diagram(nameA: "a.json", nameB: "b.json")
        #expect(d.nodes.map(\.id) == ["china", "india", "japan", "quad"])
        #expect(d.nodes.map { $0.attributes["class"] } == ["diff-kept", "diff-added", "diff-kept", "diff-removed"])
        #expect(d.nodes.map { $0.attributes["color"] } == ["#9e9e9e", "#2e7d32", "#9e9e9e", "#c62828"])
        #expect(Self.attrs(d, node: "quad")["style"] == "filled,dashed")
        #expect(d.edges.map { "\($0.source)>\($0.target) \($0.attributes["class"]!) \($0.attributes["color"]!) \($0.attributes["xlabel"]!)" } == [
            // Labelled as the standard view labels edges (DiagramStyle.edgeLabel).
            "china>japan diff-kept #9e9e9e tension with",
            "india>japan diff-added #2e7d32 partners with",
            "japan>china diff-changed #ef6c00 supports → rejects",
            "japan>quad diff-removed #c62828 member of",
        ])
        #expect(d.edges[3].attributes["style"] == "dashed")
        #expect(d.edges[0].attributes["dir"] == "none")
        #expect(d.edges[2].attributes["tooltip"] == """
        Japan → China: supports → rejects (changed from a.json to b.json)
        a.json a1: "Japan backs the plan."
        b.json b1: "Japan drops the plan."
        """)
        // Statuses by colour, then the node types drawn, each in its shape.
        #expect(d.legend.map(\.label) == ["added (only in b.json)", "removed (only in a.json)", "changed type", "in both", "country", "alliance"])
        #expect(d.legend.map { $0.attributes["class"] } == ["diff-added", "diff-removed", "diff-changed", "diff-kept",
                                                             "diff-legend-type node-type-country", "diff-legend-type node-type-alliance"])
        #expect(d.legend.suffix(2).map { $0.kind } == [.node, .node])
        #expect(d.legend.suffix(2).map { $0.attributes["shape"] } == ["box", "hexagon"])
        // Graphs without titles are named by their files, one side a line.
        #expect(d.title == "a.json\n→ b.json")
        #expect(d.graphAttributes["inputscale"] == nil)
    }

    @Test func sidesKeepPinnedPositions() {
        let positions: PinnedPositions = ["china": (10, 20), "india": (30.5, 40), "japan": (50, 60.25), "quad": (70, 80)]
        let a = Self.graphPart(Self.diff.diagram(side: .a, positions: positions))
        #expect(a.nodes.map(\.id) == ["china", "japan", "quad"])
        #expect(a.nodes.map { $0.attributes["pos"] } == ["10,20!", "50,60.25!", "70,80!"])
        #expect(a.edges.map { $0.attributes["xlabel"] } == ["tension with", "supports", "member of"])
        #expect(a.graphAttributes["inputscale"] == "72")
        let b = Self.graphPart(Self.diff.diagram(side: .b, positions: positions))
        #expect(b.nodes.map(\.id) == ["china", "india", "japan"])
        #expect(b.nodes.map { $0.attributes["pos"] } == ["10,20!", "30.5,40!", "50,60.25!"])
        #expect(b.edges.map { $0.attributes["xlabel"] } == ["tension with", "partners with", "rejects"])
        let full = Self.diff.diagram(positions: positions)
        let merged = Self.graphPart(full)
        #expect(merged.nodes.map { $0.attributes["pos"] } == ["10,20!", "30.5,40!", "50,60.25!", "70,80!"])
        // Pinned views carry their own legend, pinned above the highest node (y 80), where the
        // renderer puts its legend, from the leftmost (x 10).
        #expect(full.legend.isEmpty)
        let legend = full.nodes.filter { $0.id.hasPrefix("_legend") }
        // Four status rows of two dots and a caption; two node types of a shape and a caption.
        #expect(legend.count == 12 + 4)
        #expect(legend.filter { $0.id.hasSuffix("_shape") }.map { $0.attributes["shape"] } == ["box", "hexagon"])
        // The caption is centred on its estimated width (85.81 points in DejaVu Sans, wider
        // than Helvetica's), so it starts at x 62.
        // The first of four rows is highest: 80 + 45 + 3 * 24.
        #expect(legend.prefix(3).map { $0.attributes["pos"] } == ["10,197!", "50,197!", "104.905,197!"])
        #expect(legend[3].attributes["pos"] == "10,173!")  // rows 24 points apart
        #expect(legend[9].attributes["pos"] == "10,125!")  // the last row 45 points above the highest node
        // Pinned nodes must not be moved: no overlap removal.
        #expect(full.graphAttributes["overlap"] == "true" && full.graphAttributes["sep"] == "+1")
        #expect(legend[2].attributes["label"] == "added (only in B)")
        #expect(full.edges.filter { $0.source.hasPrefix("_legend") }.map { $0.attributes["class"] } == [
            "diff-legend diff-added", "diff-legend diff-removed", "diff-legend diff-changed", "diff-legend diff-kept",
        ])
    }

    @Test func edgesOnlyDrawsTheEndsOfEdges() {
        var b = F.graph([F.node("Japan"), F.node("China"), F.node("Russia")], [F.edge("japan", .rejects, "china")])
        b.add(F.node("Peru"))
        let d = GraphDiff(F.graph([F.node("Japan"), F.node("China")], [F.edge("japan", .supports, "china")]), b,
                          options: DiffOptions(scope: .edges)).diagram()
        #expect(d.nodes.map(\.id) == ["china", "japan"])
        #expect(d.edges.count == 1)
    }
}

@Suite struct LayoutEngineChoiceTests {
    @Test func dotForArticleSizedGraphsOthersForLargeOnes() {
        #expect(LayoutEngine.recommended(nodes: 30, edges: 40, pinned: true) == .dot)
        #expect(LayoutEngine.recommended(nodes: 100, edges: 150, pinned: true) == .dot)
        #expect(LayoutEngine.recommended(nodes: 60, edges: 240, pinned: true) == .neato)
        #expect(LayoutEngine.recommended(nodes: 1000, edges: 4000, pinned: true) == .neato)
        #expect(LayoutEngine.recommended(nodes: 5000, edges: 20000, pinned: true) == .sfdp)
    }
}

@Suite struct DiffTitleTests {
    typealias F = Fixture

    /// The diff is titled with the articles' titles stored in the JSON, one side a line,
    /// wrapped so that no line is wider than the canvas.
    @Test func titledWithTheArticlesTitles() throws {
        var a = F.graph([F.node("Chile"), F.node("Peru")], [F.edge("chile", .supports, "peru", article: "a1", sentence: "Chile backs Peru.")])
        a.title = "Chile and Peru mend ties"
        var b = F.graph([F.node("Chile"), F.node("Peru")], [F.edge("chile", .rejects, "peru", article: "b1", sentence: "Chile snubs Peru.")])
        b.articles = [ArticleInfo(id: "b1", title: "Andean neighbours fall out again over a long and complicated maritime boundary dispute that has lasted decades")]
        let diff = GraphDiff(a, b)
        let d = diff.diagram(nameA: "a.json", nameB: "b.json")
        let lines = try #require(d.title).split(separator: "\n").map(String.init)
        #expect(lines.first == "Chile and Peru mend ties (a.json)")
        #expect(lines.dropFirst().first?.hasPrefix("→ Andean neighbours fall out again") == true)
        #expect(lines.count == 3)
        #expect(lines.joined(separator: " ").hasSuffix("has lasted decades (b.json)"))
        #expect(diff.diagram(side: .b, nameA: "a.json", nameB: "b.json").title?.hasPrefix("Andean neighbours") == true)
        let svg = String(decoding: try diff.render(format: .svg, nameA: "a.json", nameB: "b.json"), as: UTF8.self)
        let width = Double(svg.split(separator: "viewBox=\"0 0 ")[1].split(separator: " ")[0])!
        #expect(svg.contains(">Chile and Peru mend ties (a.json)</text>"))
        #expect(lines.allSatisfy { TextWidths.width($0, fontSize: 14) < width })
    }
}
