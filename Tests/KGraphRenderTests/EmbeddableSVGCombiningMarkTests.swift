import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import KGraphModel
import Testing
@testable import KGraphRender

/// Issue 14, item 2: a label or tooltip that starts with a combining mark (U+0301) or a
/// joiner (U+200D) fused with the `"` or `>` before it when the embedder scanned grapheme
/// clusters, and the embedded SVG was not well-formed.
@Suite struct EmbeddableSVGCombiningMarkTests {
    static let marks = ["\u{301}", "\u{200D}", "\u{301}\u{200D}\u{20DD}"]

    @Test(arguments: marks)
    func labelsAndTooltipsStartingWithAMarkStayWellFormed(mark: String) throws {
        let diagram = Diagram(name: "\(mark)g", nodes: [
            .init(id: "\(mark)a", attributes: ["label": "\(mark)Alpha", "tooltip": "\(mark)tip \"q\" <x>"]),
            .init(id: "b", attributes: ["label": "\(mark)", "tooltip": "\(mark)"]),
        ], edges: [.init(source: "\(mark)a", target: "b", attributes: ["tooltip": "\(mark)edge", "xlabel": "\(mark)x"])])
        let embedded = try Renderer.embeddableSVG(try svgString(diagram), idPrefix: "p-")
        let doc = try parseXML(embedded)
        let nodes = try groups(doc, class: "node")
        #expect(nodes.count == 2)
        #expect(try nodes.flatMap { try texts(of: $0) }.contains("\(mark)Alpha"))
        #expect(try nodes.compactMap { try tooltip(of: $0) }.contains("\(mark)tip \"q\" <x>"))
        let ids = try doc.nodes(forXPath: "//@id").compactMap(\.stringValue)
        #expect(!ids.isEmpty && ids.allSatisfy { $0.hasPrefix("p-") })
    }

    @Test func scannerFindsDelimitersFollowedByMarks() throws {
        // Hand-written: a mark right after a tag's `>`, inside a quoted value and after `url(#x)`.
        let svg = "<svg viewBox=\"0 0 1 1\"><g id=\"x\"><text>\u{301}a</text><a title=\"\u{200D}\" fill=\"url(#x)\u{301}\"/></g></svg>"
        let out = try Renderer.embeddableSVG(svg, idPrefix: "p_")
        #expect(out == "<svg width=\"100%\" style=\"height:auto\" viewBox=\"0 0 1 1\"><g id=\"p_x\"><text>\u{301}a</text>"
            + "<a title=\"\u{200D}\" fill=\"url(#p_x)\u{301}\"/></g></svg>\n")
        _ = try parseXML(out)
    }
}
