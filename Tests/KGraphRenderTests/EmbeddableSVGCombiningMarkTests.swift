import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import KGraphModel
import Testing
@testable import KGraphRender

/// Issue 14, item 2: a label or tooltip that starts with a combining mark (U+0301) or a
/// joiner (U+200D) fused with the `"` or `>` before it when the embedder scanned grapheme
/// clusters, and the embedded SVG was not well-formed. The writer now embeds as it writes
/// (byte offsets, no scanning); these keep it so.
@Suite struct EmbeddableSVGCombiningMarkTests {
    static let marks = ["\u{301}", "\u{200D}", "\u{301}\u{200D}\u{20DD}"]

    @Test(arguments: marks)
    func labelsAndTooltipsStartingWithAMarkStayWellFormed(mark: String) throws {
        let diagram = Diagram(name: "\(mark)g", nodes: [
            .init(id: "\(mark)a", attributes: ["label": "\(mark)Alpha", "tooltip": "\(mark)tip \"q\" <x>"]),
            .init(id: "b", attributes: ["label": "\(mark)", "tooltip": "\(mark)"]),
        ], edges: [.init(source: "\(mark)a", target: "b", attributes: ["tooltip": "\(mark)edge", "xlabel": "\(mark)x"])])
        let embedded = try Renderer.shared.drawing(diagram).embedded(SVGEmbedding(idPrefix: "p-", label: "\(mark)t\"", sizing: .fitted))
        let doc = try parseXML(embedded)
        let nodes = try groups(doc, class: "node")
        #expect(nodes.count == 2)
        #expect(try nodes.flatMap { try texts(of: $0) }.contains("\(mark)Alpha"))
        #expect(try nodes.compactMap { try tooltip(of: $0) }.contains("\(mark)tip \"q\" <x>"))
        let ids = try doc.nodes(forXPath: "//@id").compactMap(\.stringValue)
        #expect(!ids.isEmpty && ids.allSatisfy { $0.hasPrefix("p-") })
    }

    @Test(arguments: marks)
    func aGraphIdStartingWithAMarkIsPrefixedWhole(mark: String) throws {
        var diagram = Diagram(name: "g", nodes: [.init(id: "a", attributes: ["tooltip": "t"])], edges: [])
        diagram.graphAttributes["id"] = "\(mark)r"
        let out = try Renderer.shared.drawing(diagram).embedded(SVGEmbedding(idPrefix: "p_"))
        let ids = try parseXML(out).nodes(forXPath: "//@id").compactMap(\.stringValue)
        #expect(ids == ["p_\(mark)r", "p_\(mark)r_node1", "p_a_\(mark)r_node1"])
    }
}
