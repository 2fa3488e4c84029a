import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import KGraphModel
import Testing
@testable import KGraphRender
import KGraphTestSupport

/// Renders the shared seed gold graphs when /work/shared is beside the package; skipped otherwise.
@Suite struct SharedCorpusTests {
    static let seeds: [URL] = {
        guard let root = SharedCorpus.url("corpus/seeds") else { return [] }
        let files = (try? FileManager.default.contentsOfDirectory(at: root, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.lastPathComponent.hasSuffix(".gold.json") }.sorted { $0.path < $1.path }
    }()

    @Test(.enabled(if: !seeds.isEmpty, "shared corpus not present"))
    func seedGraphsRenderEveryNodeAndEdge() throws {
        for url in Self.seeds {
            let graph = try KnowledgeGraph(jsonBytes: try Data(contentsOf: url), file: url.path)
            let doc = try parseXML(try svgString(Diagram(graph: graph)))
            let nodes = try groups(doc, class: "kg-node")
            #expect(nodes.count == graph.nodes.count, "\(url.lastPathComponent)")
            // Long labels are wrapped: each node shows its whole label, line by line.
            func squeezed(_ s: String) -> String { s.filter { !$0.isWhitespace } }
            #expect(Set(try nodes.map { squeezed(try texts(of: $0).joined()) }) == Set(graph.nodes.map { squeezed($0.label) }), "\(url.lastPathComponent)")
            #expect(try groups(doc, class: "kg-edge").count == graph.edges.count, "\(url.lastPathComponent)")
        }
    }
}
