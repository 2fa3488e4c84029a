import KGraphDiff
import KGraphModel
import KGraphRender
import Testing

@Suite struct ComparisonTests {
    typealias F = Fixture

    /// Three small articles' graphs: the second names the United States by an alias.
    static let inputs: [(name: String, graph: KnowledgeGraph)] = [
        ("day1.json", F.graph([F.node("India"), F.node("United States", aliases: ["US"]), F.node("NATO", .alliance)],
                              [F.edge("india", .rejects, "nato", article: "d1", sentence: "India stays out of NATO."),
                               F.edge("india", .partnersWith, "united-states")])),
        ("day2.json", F.graph([F.node("India"), F.node("US", id: "us"), F.node("NATO", .alliance)],
                              [F.edge("us", .partnersWith, "india", article: "d2", sentence: "The US and India deepen ties.")])),
        ("day3.json", F.graph([F.node("India"), F.node("NATO", .alliance), F.node("China")],
                              [F.edge("india", .rejects, "nato", article: "d3", sentence: "India again says no to NATO."),
                               F.edge("india", .tensionWith, "china")])),
    ]

    @Test func presenceMatrixIsExact() {
        let c = Comparison(Self.inputs)
        #expect(c.nodes.map(\.id) == ["china", "india", "nato", "united-states"])
        #expect(c.nodes.map(\.present) == [[false, false, true], [true, true, true], [true, true, true], [true, true, false]])
        #expect(c.edges.map { "\($0.source) \($0.type.rawValue) \($0.target)" } == [
            "china tension-with india", "india rejects nato", "india partners-with united-states",
        ])
        #expect(c.edges.map(\.present) == [[false, false, true], [true, false, true], [true, true, false]])
        #expect(c.edges[1].evidence.map { $0.map(\.article) } == [["d1"], [], ["d3"]])
    }

    @Test func textTableIsAligned() {
        #expect(Comparison(Self.inputs).text() == """
        kind  element                            day1.json  day2.json  day3.json  count
        node  China                              .          .          x          1/3
        node  India                              x          x          x          3/3
        node  NATO                               x          x          x          3/3
        node  United States                      x          x          .          2/3
        edge  China tension-with India           .          .          x          1/3
        edge  India rejects NATO                 x          .          x          2/3
        edge  India partners-with United States  x          x          .          2/3

        """)
    }

    @Test func csvAndJSONAreExact() {
        let c = Comparison(Self.inputs, options: DiffOptions(scope: .edges))
        #expect(c.csv() == "kind,type,source,target,label,day1.json,day2.json,day3.json,count\r\n"
            + "edge,tension-with,china,india,China tension-with India,0,0,1,1\r\n"
            + "edge,rejects,india,nato,India rejects NATO,1,0,1,2\r\n"
            + "edge,partners-with,india,united-states,India partners-with United States,1,1,0,2\r\n")
        let json = c.jsonValue()
        #expect(json["inputs"] == .array([.string("day1.json"), .string("day2.json"), .string("day3.json")]))
        #expect(json["nodes"] == .array([]))
        let edge = json["edges"]?.arrayValue?[1]
        #expect(edge?["present"] == .array([.bool(true), .bool(false), .bool(true)]))
        #expect(edge?["count"] == .number(2))
        #expect(edge?["evidence"]?.arrayValue?.map { $0["input"] } == [.number(0), .number(2)])
        #expect(edge?["evidence"]?.arrayValue?.first?["article"] == .string("d1"))
    }

    @Test func csvQuotesFields() {
        let c = Comparison([("a, \"b\"", F.graph([F.node("India")], []))])
        #expect(c.csv().hasPrefix("kind,type,source,target,label,\"a, \"\"b\"\"\",count\r\n"))
    }

    @Test func diagramWeighsEdgesByAgreement() {
        let d = Comparison(Self.inputs).diagram()
        // Labels beside the edges in the standard view's words, as render draws them.
        #expect(d.edges.map { $0.attributes["xlabel"] } == ["tension with 1/3", "rejects 2/3", "partners with 2/3"])
        #expect(d.edges.allSatisfy { $0.attributes["label"] == nil })
        #expect(d.edges.map { $0.attributes["penwidth"] } == ["1", "3", "3"])
        #expect(d.edges[0].attributes["dir"] == "none")
        #expect(d.edges[1].attributes["tooltip"] == """
        India rejects NATO: in 2/3: day1.json, day3.json
        day1.json d1: "India stays out of NATO."
        day3.json d3: "India again says no to NATO."
        """)
        #expect(d.nodes.map { $0.attributes["class"] } == ["compare-node", "compare-node compare-all", "compare-node compare-all", "compare-node"])
        #expect(Comparison.penwidthForTest(count: 3, of: 3) == "5")
    }
}

@Suite struct ComparisonDiagramLegendTests {
    typealias F = Fixture

    /// The compare drawing uses the standard view's shapes and colours, has the type legend
    /// plus the two ends of the agreement scale, and is titled with the articles' titles.
    @Test func typeLegendColoursAndTitles() throws {
        var one = F.graph([F.node("India"), F.node("NATO", .alliance)], [F.edge("india", .rejects, "nato", article: "d1", sentence: "India stays out of NATO.")])
        one.title = "India keeps its distance"
        let two = F.graph([F.node("India"), F.node("NATO", .alliance)], [])
        let d = Comparison([("day1.json", one), ("day2.json", two)]).diagram()
        #expect(d.title == "Comparison of 2 articles\n1. India keeps its distance (day1.json)\n2. day2.json")
        #expect(d.legend.map(\.label) == ["country", "alliance", "rejects", "in all 2", "in 1 of 2"])
        #expect(d.legend.map(\.kind) == [.node, .node, .edge, .edge, .edge])
        #expect(d.nodes.map { $0.attributes["shape"] } == ["box", "hexagon"])
        #expect(d.nodes.map { $0.attributes["fillcolor"] } == ["#d6e6f5", "#e2d9f3"])
        #expect(d.edges[0].attributes["color"] == "#c62828" && d.edges[0].attributes["style"] == "dashed")
        #expect(d.edges[0].attributes["fontsize"] == "10")
        let svg = String(decoding: try Renderer.shared.render(d, format: .svg), as: UTF8.self)
        #expect(svg.contains("class=\"kg-legend-item node-type-alliance\""))
        #expect(svg.contains(">1. India keeps its distance (day1.json)</text>"))
    }

    /// A long list of titles is wrapped, so no title line is wider than the canvas.
    @Test func longTitlesAreWrappedToTheCanvas() throws {
        let long = String(repeating: "Ministers weigh a long and winding regional accord ", count: 4)
        var graphs: [(String, KnowledgeGraph)] = []
        for i in 1...3 {
            var g = F.graph([F.node("Chile"), F.node("Peru")], [F.edge("chile", .supports, "peru", article: "a\(i)", sentence: "Chile backs Peru.")])
            g.title = long + "\(i)"
            graphs.append(("article-\(i).json", g))
        }
        let d = Comparison(graphs).diagram()
        let lines = try #require(d.title).split(separator: "\n")
        #expect(lines.count > 4)
        #expect(lines.allSatisfy { TextWidths.width(String($0), fontSize: 14) <= 640 })
        let svg = String(decoding: try Renderer.shared.render(d, format: .svg), as: UTF8.self)
        let width = Double(svg.split(separator: "viewBox=\"0 0 ")[1].split(separator: " ")[0])!
        #expect(lines.allSatisfy { TextWidths.width(String($0), fontSize: 14) < width })
    }
}
