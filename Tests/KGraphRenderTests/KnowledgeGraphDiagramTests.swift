import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import KGraphModel
import Testing
@testable import KGraphRender

@Suite struct KnowledgeGraphDiagramTests {
    @Test func everyNodeAndEdgeIsDrawnWithItsLabelAndClasses() throws {
        let doc = try parseXML(try svgString(Diagram(graph: sampleGraph())))
        let nodes = try groups(doc, class: "kg-node")
        #expect(Set(try nodes.flatMap { try texts(of: $0) }) == ["Freedonia", "Sylvania", "Rufus Firefly", "Northern Pact", "open seas"])
        let freedonia = try #require(nodes.first { (try? texts(of: $0)) == ["Freedonia"] })
        #expect(freedonia.classes == ["node", "kg-node", "node-type-country"])
        let firefly = try #require(nodes.first { (try? texts(of: $0)) == ["Rufus Firefly"] })
        #expect(firefly.classes.contains("node-type-person"))

        let edges = try groups(doc, class: "kg-edge")
        #expect(edges.count == 4)
        let labels = try edges.map { try texts(of: $0) }.sorted { $0.joined() < $1.joined() }
        #expect(labels == [["leads"], ["rejects"], ["tension with"], ["upholds"]])
        let rejects = try #require(try groups(doc, class: "edge-type-rejects").first { $0.classes.contains("kg-edge") })
        #expect(rejects.classes == ["edge", "kg-edge", "edge-type-rejects"])
        // rejects is drawn red and dashed.
        let path = try #require(try rejects.nodes(forXPath: ".//*[local-name()='path']").first as? XMLElement)
        #expect(path.value("stroke") == "#c62828")
        #expect(path.value("stroke-dasharray") == "5,2")
    }

    @Test func tooltipsCarryEvidenceAndNodeDetails() throws {
        let doc = try parseXML(try svgString(Diagram(graph: sampleGraph())))
        let tension = try #require(try groups(doc, class: "edge-type-tension-with").first { $0.classes.contains("kg-edge") })
        #expect(try tooltip(of: tension) == "Freedonia tension with Sylvania\n[a1] The two rivals clashed again.\n[a2] Border talks failed.")
        let freedonia = try #require(try groups(doc, class: "node-type-country").first { (try? texts(of: $0)) == ["Freedonia"] })
        #expect(try tooltip(of: freedonia) == "Freedonia (country)\nAlso: Fredville, Freedonian")
    }

    @Test func legendListsOnlyTheTypesPresent() throws {
        let diagram = Diagram(graph: sampleGraph())
        #expect(diagram.legend.map(\.label) == ["country", "person", "alliance", "principle", "rejects", "tension with", "leads", "upholds"])
        let doc = try parseXML(try svgString(diagram))
        // One group per item, node types first: the type's shape in its fill and border with the
        // caption in the legend grey, then a sample line in the edge's colour, width and dashes
        // with its arrowhead, captioned in the edge's label colour.
        let legend = try #require(try groups(doc, class: "legend").first)
        let items = try groups(doc, class: "kg-legend-item")
        #expect(items.count == 8 && items.allSatisfy { $0.parent === legend })
        let captions = try elements(doc, "text").filter { ($0.parent as? XMLElement)?.classes.contains("kg-legend-item") == true }
        #expect(captions.map { $0.stringValue ?? "" } == diagram.legend.map(\.label))
        #expect(captions.map { $0.value("fill") ?? "" }
            == ["#404040", "#404040", "#404040", "#404040", "#c62828", "#b86200", "#616161", "#876500"])
        #expect(items.map { $0.classes.first { $0.hasPrefix("node-type-") || $0.hasPrefix("edge-type-") } ?? "" }
            == ["node-type-country", "node-type-person", "node-type-alliance", "node-type-principle",
                "edge-type-rejects", "edge-type-tension-with", "edge-type-leads", "edge-type-upholds"])
        // Each node type in its real shape: a rounded box, an ellipse, a hexagon, a note.
        func shapes(_ item: XMLElement) -> [String] { (item.children ?? []).compactMap { $0.name }.filter { $0 != "title" && $0 != "text" } }
        #expect(items.prefix(4).map(shapes) == [["rect"], ["ellipse"], ["polygon"], ["polygon", "polyline"]])
        #expect(items[0].elements(forName: "rect").first?.value("rx") == "4")
        #expect(items[2].elements(forName: "polygon").first?.value("points")?.split(separator: " ").count == 6)
        let outlines = items.prefix(4).compactMap { item in item.children?.compactMap { $0 as? XMLElement }.first { $0.name != "title" } }
        #expect(outlines.map { $0.value("fill") ?? "" } == ["#d6e6f5", "#fde3c8", "#e2d9f3", "#fff4c2"])
        #expect(outlines.map { $0.value("stroke") ?? "" } == ["#3a6ea5", "#b86e1f", "#6a4c9c", "#a08420"])
        let lines = Dictionary(try elements(doc, "line").map { ($0.value("stroke") ?? "", $0) }) { a, _ in a }
        #expect(lines.count == 4)
        #expect(lines["#c62828"]?.value("stroke-dasharray") == "5,2")
        #expect(lines["#a07800"]?.value("stroke-dasharray") == "1,5")
        #expect(lines["#e07b00"]?.value("stroke-width") == "2.6")
        #expect(lines["#616161"]?.value("stroke-dasharray") == nil)
        #expect(lines["#2e7d32"] == nil)  // supports is not in the graph
        // Arrowheads: rejects, leads and upholds point (a filled triangle); tension with has none.
        #expect(items[4].elements(forName: "polygon").count == 1)
        #expect(items[4].elements(forName: "polygon").first?.value("fill") == "#c62828")
        #expect(items[5].elements(forName: "polygon").isEmpty && items[5].elements(forName: "circle").isEmpty)
        #expect(items[6].elements(forName: "polygon").count == 1 && items[7].elements(forName: "polygon").count == 1)
    }

    /// Every edge type's arrowhead is drawn as the diagram draws it: diamond for founded, an
    /// open triangle for member of, a bar for counters, a dot at both ends for partners with.
    @Test func legendDrawsEveryArrowheadAndShape() throws {
        var g = KnowledgeGraph()
        for type in NodeType.allCases { g.add(Node(id: "n-\(type.rawValue)", label: "N \(type.rawValue)", type: type)) }
        for (i, type) in EdgeType.allCases.enumerated() {
            let ids = NodeType.allCases.map { "n-\($0.rawValue)" }
            g.add(Edge(source: ids[i % ids.count], target: ids[(i + 1 + i / ids.count) % ids.count], type: type))
        }
        let doc = try parseXML(try svgString(Diagram(graph: g)))
        let items = try groups(doc, class: "kg-legend-item")
        func item(_ cls: String) throws -> XMLElement { try #require(items.first { $0.classes.contains(cls) }) }
        func drawn(_ cls: String) throws -> [String] {
            try item(cls).children!.compactMap { $0 as? XMLElement }.map(\.name!).filter { $0 != "title" && $0 != "text" }
        }
        #expect(items.count == NodeType.allCases.count + EdgeType.allCases.count)
        #expect(try drawn("node-type-organization") == ["polygon", "polyline"])  // a tab
        #expect(try item("node-type-region").elements(forName: "polygon").first?.value("points")?.split(separator: " ").count == 8)
        #expect(try drawn("edge-type-founded") == ["line", "polygon"])
        #expect(try item("edge-type-founded").elements(forName: "polygon").first?.value("points")?.split(separator: " ").count == 4)
        #expect(try item("edge-type-member-of").elements(forName: "polygon").first?.value("fill") == "white")
        #expect(try drawn("edge-type-counters") == ["line", "line", "polygon"])
        #expect(try drawn("edge-type-partners-with") == ["line", "circle", "circle"])
        #expect(try drawn("edge-type-tension-with") == ["line"])
        // Captions start after their pictures, inside the drawing.
        let svg = try #require(doc.rootElement())
        let width = Double(try #require(svg.value("viewBox")?.split(separator: " ")[2]).description)!
        for item in items {
            let text = try #require(item.elements(forName: "text").first)
            #expect(text.value("text-anchor") == "start")
            let x = Double(text.value("x")!)!
            #expect(x > 0 && x + TextWidths.width(text.stringValue!, fontSize: 10) < width)
        }
    }

    @Test func titleIsDrawnAndGraphIsNamed() throws {
        let doc = try parseXML(try svgString(Diagram(graph: sampleGraph(), title: "Who rejects what")))
        let root = try #require(try groups(doc, class: "graph").first)
        let title = try #require(try root.nodes(forXPath: "./*[local-name()='title']").first)
        #expect(title.stringValue == "who-rejects-what")
        let rootTexts = try root.nodes(forXPath: "./*[local-name()='text']").compactMap(\.stringValue)
        #expect(rootTexts == ["Who rejects what"])
        // The legend is under the title, the drawing under the legend.
        let titleY = try #require(try root.nodes(forXPath: "./*[local-name()='text']").first as? XMLElement).value("y").flatMap(Double.init)
        let legendY = try elements(doc, "rect").filter { ($0.parent as? XMLElement)?.classes.contains("kg-legend-item") == true }
            .compactMap { $0.value("y").flatMap(Double.init) }
        let nodeY = try groups(doc, class: "kg-node").flatMap { try $0.nodes(forXPath: ".//*[local-name()='text']") }
            .compactMap { ($0 as? XMLElement)?.value("y").flatMap(Double.init) }
        #expect(try #require(titleY) < legendY.min()! && legendY.max()! < nodeY.min()!)
        // Without a title argument, the graph's own title is used.
        #expect(Diagram(graph: sampleGraph()).title == "Sample relations")
    }

    @Test func symmetricEdgesHaveNoDirectionAndEveryTypeHasItsOwnStyle() {
        let diagram = Diagram(graph: sampleGraph())
        let tension = diagram.edges.first { $0.attributes["class"]?.contains("tension-with") == true }
        #expect(tension?.attributes["dir"] == "none")
        let styles = EdgeType.allCases.map { DiagramStyle.edge($0) }
        #expect(Set(styles.map { [$0["color"]!, $0["style"]!, $0["arrowhead"] ?? "", $0["dir"] ?? ""] }).count == EdgeType.allCases.count)
        let nodeStyles = NodeType.allCases.map { DiagramStyle.node($0) }
        #expect(Set(nodeStyles.map { $0["fillcolor"]! }).count == NodeType.allCases.count)
        #expect(Set(nodeStyles.map { $0["shape"]! }).count == NodeType.allCases.count)
    }
}

@Suite("Parallel edges")
struct ParallelEdgeDiagramTests {
    @Test func edgesOfOnePairAndDirectionAreOneLineWithEveryType() {
        let g = KnowledgeGraph(
            nodes: [Node(label: "Ruritania", type: .country), Node(label: "Freedonia", type: .country)],
            edges: [
                Edge(source: "ruritania", target: "freedonia", type: .counters, evidence: [Evidence(article: "a", sentenceIndex: 0, sentence: "Ruritania countered Freedonia.")]),
                Edge(source: "ruritania", target: "freedonia", type: .rejects, evidence: [Evidence(article: "a", sentenceIndex: 1, sentence: "Ruritania rejected Freedonia.")]),
                Edge(source: "freedonia", target: "ruritania", type: .supports),
            ])
        let d = Diagram(graph: g)
        #expect(d.edges.count == 2)
        let pair = d.edges.first { $0.source == "ruritania" }
        #expect(pair?.attributes["xlabel"] == "rejects · counters")
        #expect(pair?.attributes["class"] == "kg-edge edge-type-rejects edge-type-counters")
        #expect(pair?.attributes["tooltip"]?.contains("Ruritania countered Freedonia.") == true)
        #expect(pair?.attributes["tooltip"]?.contains("Ruritania rejected Freedonia.") == true)
        #expect(d.edges.first { $0.source == "freedonia" }?.attributes["xlabel"] == "supports")
    }
}
