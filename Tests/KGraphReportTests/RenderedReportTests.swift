import Foundation
import KGraphModel
import Testing
@testable import KGraphReport

/// The whole pipeline with the real in-process renderer and diff: graphs -> Graphviz SVG ->
/// report, checked by parsers (and by Chromium in BrowserCheckTests).
@Suite struct RenderedReportTests {
    static func document(_ graphs: [KnowledgeGraph]) throws -> ReportDocument {
        try ReportBuilder().document(title: nil, inputs: graphs.enumerated().map { .init(name: "g\($0.offset).json", graph: $0.element) },
                                     diffs: true)
    }

    @Test func realDrawingsEmbedWithUniqueResolvingIDs() throws {
        let doc = try Self.document([Fixtures.first, Fixtures.second, Fixtures.hostile])
        let html = try HTMLReportWriter().html(doc)
        let page = PageCheck(html)
        #expect(page.wellFormed, "\(page.parseError)")
        // 3 articles + merged + 2 diffs.
        #expect(page.svgs.count == 6)
        #expect(page.duplicateIDs.isEmpty)
        #expect(page.unresolvedReferences.isEmpty)
        #expect(page.scriptElements == 0)
        #expect(page.eventAttributes.isEmpty)
        // Graphviz's own ids, each under its drawing's prefix.
        for prefix in ["kg-a1-", "kg-a2-", "kg-a3-", "kg-m-", "kg-d1-", "kg-d2-"] {
            #expect(page.ids.contains(prefix + "graph0"), "\(prefix)")
        }
        #expect(page.ids.filter { !$0.hasPrefix("kg-") }.sorted() == ["article-1", "article-2", "article-3", "changes", "contents", "diff-1", "diff-2", "merged"])
        // Type classes from the renderer reach the page for styling.
        #expect(page.elements.contains { $0.attributes["class"]?.contains("node-type-country") == true })
        #expect(page.elements.contains { $0.attributes["class"]?.contains("edge-type-rejects") == true })
        // Hostile labels and evidence went through Graphviz and still arrive as text.
        #expect(page.text.contains(Fixtures.payloadScript))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        if let python = try PythonHTMLCheck.run(html) {
            #expect(python.svgs == 6)
            #expect(python.scripts == 0 && python.eventAttributes.isEmpty && python.duplicateIds.isEmpty && python.unresolved.isEmpty)
        } else {
            print("SKIPPED: python3 not installed; html.parser cross-check not run")
        }
    }

    @Test func sameInputsSameBytes() throws {
        let a = try HTMLReportWriter().html(try Self.document([Fixtures.first, Fixtures.second]))
        let b = try HTMLReportWriter().html(try Self.document([Fixtures.first, Fixtures.second]))
        #expect(Array(a.utf8) == Array(b.utf8))
        let m1 = try MarkdownReportWriter(filesFolder: "r_files", mermaid: true).markdown(try Self.document([Fixtures.first, Fixtures.second]))
        let m2 = try MarkdownReportWriter(filesFolder: "r_files", mermaid: true).markdown(try Self.document([Fixtures.first, Fixtures.second]))
        #expect(m1.markdown == m2.markdown)
        #expect(m1.files == m2.files)
    }
}

@Suite struct ReportLegendTests {
    /// Each article's drawing carries the legend `kgraph render` draws (the types present, in
    /// their shapes and with their arrowheads), and the diff its pinned legend of statuses and
    /// node types.
    @Test func drawingsCarryTheRenderersLegend() throws {
        let doc = try RenderedReportTests.document([Fixtures.first, Fixtures.second])
        let first = String(decoding: try #require(doc.articles.first?.content.svg).document, as: UTF8.self)
        let nodeTypes = NodeType.allCases.filter { t in Fixtures.first.nodes.contains { $0.type == t } }
        let edgeTypes = EdgeType.allCases.filter { t in Fixtures.first.edges.contains { $0.type == t } }
        #expect(!nodeTypes.isEmpty && !edgeTypes.isEmpty)
        for t in nodeTypes { #expect(first.contains("class=\"kg-legend-item node-type-\(t.rawValue)\"")) }
        for t in edgeTypes { #expect(first.contains("class=\"kg-legend-item edge-type-\(t.rawValue)\"")) }
        #expect(first.components(separatedBy: "class=\"kg-legend-item").count - 1 == nodeTypes.count + edgeTypes.count)
        let diff = String(decoding: try #require(doc.diffs.first?.svg).document, as: UTF8.self)
        #expect(diff.contains("diff-legend-type node-type-country"))
        let html = try HTMLReportWriter().html(doc)
        #expect(!html.contains("<ul class=\"legend\""))
    }
}
