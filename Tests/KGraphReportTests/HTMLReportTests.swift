import Foundation
import KGraphModel
import Testing
@testable import KGraphReport

@Suite struct HTMLReportTests {
    let html: String
    let page: PageCheck

    init() throws {
        html = try HTMLReportWriter().html(Fixtures.twoArticleDocument)
        page = PageCheck(html)
    }

    @Test func isWellFormedSelfContainedHTML5() {
        #expect(page.wellFormed, "\(page.parseError)")
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\""))
        let csp = page.elements.first { $0.attributes["http-equiv"] == "Content-Security-Policy" }
        #expect(csp?.attributes["content"] == "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
        #expect(page.scriptElements == 0)
        #expect(page.eventAttributes.isEmpty)
        // Only in-page anchors and the article's http(s) source are links; nothing loads.
        #expect(page.externalLinks == ["https://news.example.org/valdoria?id=1&lang=en"])
        #expect(!page.elements.contains { ["img", "link", "iframe", "object", "embed"].contains($0.name) })
    }

    @Test func hasEachSectionAndTheContents() {
        let sectionIDs = page.elements.filter { $0.name == "section" }.compactMap { $0.attributes["id"] }
        #expect(sectionIDs == ["article-1", "article-2", "merged", "changes", "diff-1"])
        let tocLinks = page.elements.filter { $0.name == "a" }.compactMap { $0.attributes["href"] }.filter { $0.hasPrefix("#") }
        #expect(tocLinks == ["#article-1", "#article-2", "#merged", "#changes", "#diff-1"])
        #expect(Set(tocLinks.map { String($0.dropFirst()) }).isSubset(of: Set(page.ids)))
        #expect(page.svgs.count == 4)
        #expect(html.contains("<h2><span class=\"section-number\">1</span> Valdoria keeps its distance</h2>"))
        #expect(html.contains("<title>Valdoria &amp; its neighbours</title>"))
        #expect(html.contains("<a href=\"https://news.example.org/valdoria?id=1&amp;lang=en\" rel=\"noopener noreferrer\">https://news.example.org/valdoria?id=1&amp;lang=en</a>"))
        #expect(html.contains("Source: <span class=\"path\">articles/two.txt</span> · <span class=\"date\">2026-11-02</span>"))
    }

    @Test func entityTableRows() {
        // The article only said "Valdoria": the lexicon's other names wait behind "+2 more".
        #expect(html.contains("<tr><td class=\"label\">Valdoria</td><td><span class=\"badge type-country\">country</span></td><td class=\"aliases\"><span class=\"more\" title=\"Also known as: Valdorian, the Valdorian government\">+2 more</span></td><td class=\"num\">2</td></tr>"))
        #expect(html.contains("<tr><td class=\"label\">Ilse Marten</td><td><span class=\"badge type-person\">person</span></td><td class=\"aliases\"></td><td class=\"num\">0</td></tr>"))
        // Entities sort by type (ontology order), then label.
        let rows = html.components(separatedBy: "<div class=\"table-wrap\"><table class=\"entities\">")[1].components(separatedBy: "</table>")[0]
        let order = ["Valdoria", "Ilse Marten", "Northern Pact"].map { rows.range(of: "<td class=\"label\">\($0)</td>")!.lowerBound }
        #expect(order == order.sorted())
    }

    @Test func relationRowsCarryEvidence() {
        #expect(html.contains("<tr><td class=\"label\">Valdoria</td><td><span class=\"badge rel-rejects\">rejects</span></td><td class=\"label\">Northern Pact</td><td class=\"num\"><span class=\"conf\">0.90</span><span class=\"meter\"><span style=\"width:90%\"></span></span></td><td class=\"evidence\"><ul><li><q>Valdoria said it has <mark>no plan to join</mark> the Northern Pact.</q></li></ul></td></tr>"))
        #expect(html.contains("<q>Foreign Minister Ilse Marten of Valdoria spoke on Monday.</q> <span class=\"ev-meta\">reported</span>"))
        // The merged graph unites both articles' evidence and says which article each is from.
        #expect(html.contains("<span class=\"conf\">0.96</span>"))
        #expect(html.contains("<span class=\"ev-meta\">article: two</span>"))
    }

    @Test func diffSectionListsChanges() {
        #expect(html.contains("<h3>Valdoria keeps its distance → Valdoria and Ostland sign a pact</h3>"))
        #expect(html.contains("<li class=\"change-added\"><span class=\"badge change\">added</span> Valdoria partners with Ostland</li>"))
    }

    @Test func svgIDsAreUniqueAndResolveInTheirOwnSVG() throws {
        #expect(page.duplicateIDs.isEmpty)
        #expect(page.unresolvedReferences.isEmpty)
        // kgraph's SVG writer draws no references to ids (no gradients, clip paths or `#` links).
        #expect(page.allReferences == 0)
        #expect(page.ids.count > 20)
        let prefixes = page.svgs.map { Set($0.ids.map { String($0.prefix(while: { $0 != "-" })) + "-" + $0.split(separator: "-")[1] }) }
        #expect(prefixes == [["kg-a1"], ["kg-a2"], ["kg-m"], ["kg-d1"]])
        let python = try PythonHTMLCheck.run(html)
        if let python {
            #expect(python.svgs == 4)
            #expect(python.scripts == 0)
            #expect(python.duplicateIds.isEmpty)
            #expect(python.unresolved.isEmpty)
            #expect(python.references == page.allReferences)
        } else {
            print("SKIPPED: python3 not installed; html.parser cross-check not run")
        }
    }

    @Test func sameDocumentSameBytes() throws {
        let again = try HTMLReportWriter().html(Fixtures.twoArticleDocument)
        #expect(Array(again.utf8) == Array(html.utf8))
    }

    @Test func singleArticleHasNoMergedSection() throws {
        let doc = ReportDocument(title: "One", articles: [try Fixtures.article(Fixtures.first, file: "one.json")],
                                 merged: ReportGraph(graph: Fixtures.first, svg: nil))
        let one = PageCheck(try HTMLReportWriter().html(doc))
        #expect(one.wellFormed)
        #expect(one.elements.filter { $0.name == "section" }.compactMap { $0.attributes["id"] } == ["article-1"])
    }
}

@Suite struct HostileTextTests {
    @Test func hostileArticleTextIsInert() throws {
        let html = try HTMLReportWriter().html(Fixtures.hostileDocument)
        let page = PageCheck(html)
        #expect(page.wellFormed, "\(page.parseError)")
        #expect(page.scriptElements == 0)
        #expect(page.eventAttributes.isEmpty)
        #expect(!page.elements.contains { $0.name == "img" || $0.name == "b" })
        #expect(page.duplicateIDs.isEmpty)
        #expect(page.unresolvedReferences.isEmpty)
        // The javascript: source is shown as text, never linked; the other article's https one is.
        #expect(page.externalLinks == ["https://news.example.org/valdoria?id=1&lang=en"])
        // The payloads survive as visible text, exactly as written.
        #expect(page.text.contains(Fixtures.payloadScript))
        #expect(page.text.contains(Fixtures.payloadImg))
        #expect(page.text.contains("javascript:window.__kgPwned=1"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        let python = try PythonHTMLCheck.run(html)
        if let python {
            #expect(python.scripts == 0)
            #expect(python.eventAttributes.isEmpty)
            #expect(python.duplicateIds.isEmpty)
            #expect(python.unresolved.isEmpty)
        } else {
            print("SKIPPED: python3 not installed; html.parser cross-check not run")
        }
    }

    @Test func onlyHTTPURLsBecomeLinks() {
        #expect(HTMLText.linkableURL("https://example.org/a?b=1") == "https://example.org/a?b=1")
        #expect(HTMLText.linkableURL(" HTTP://example.org ") == "HTTP://example.org")
        for bad in ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "file:///etc/passwd", "//evil.example",
                    "https://", "https:///x", "https://a b", "https://x\"onmouseover=1", "articles/one.txt", "vbscript:x"] {
            #expect(HTMLText.linkableURL(bad) == nil, "\(bad)")
        }
    }

    @Test func escapeCoversMarkupAndControlCharacters() {
        #expect(HTMLText.escape("<a href='x'>\"&\"</a>\u{0}\u{7}") == "&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;\u{FFFD}\u{FFFD}")
    }

    @Test func confidenceFormatting() {
        // Confidences never round to 1 or 0 when they are not.
        #expect(HTMLText.confidence(0.9984) == "0.998")
        #expect(HTMLText.confidence(0.9996) == "0.9996")
        #expect(HTMLText.confidence(0.99999) == "0.9999")
        #expect(HTMLText.confidence(0.89) == "0.89")
        #expect(HTMLText.confidence(0.955) == "0.96")
        #expect(HTMLText.confidence(1) == "1.00")
        #expect(HTMLText.confidence(0.004) == "0.004")
        #expect(HTMLText.confidence(0) == "0.00")
        #expect(HTMLText.decimal2(0.955) == "0.96")
        #expect(HTMLText.decimal2(1) == "1.00")
        #expect(HTMLText.decimal2(0.05) == "0.05")
        #expect(HTMLText.decimal2(0) == "0.00")
    }
}

@Suite struct EntityNamesTests {
    /// The names column shows the forms the article used, in order of first use; the
    /// lexicon's other aliases are in a tooltip; a graph without mentions shows its aliases.
    @Test func namesUsedAndOtherAliases() throws {
        func mention(_ text: String, _ sentence: Int) -> Mention {
            Mention(article: "x", sentence: sentence, span: TextSpan(start: sentence * 10, end: sentence * 10 + text.count), text: text)
        }
        let g = KnowledgeGraph(
            articles: [ArticleInfo(id: "x", title: "Ruritanian talks")],
            nodes: [
                Node(label: "Ruritania", type: .country, aliases: ["Ruritanian", "Strelsau", "the Ruritanian crown"],
                     mentions: [mention("Ruritania", 0), mention("Strelsau", 1), mention("Ruritanian", 2), mention("Strelsau", 3)]),
                Node(label: "Freedonia", type: .country, aliases: ["Freedonian"]),
            ],
            edges: [Edge(source: "ruritania", target: "freedonia", type: .supports,
                         evidence: [Evidence(article: "x", sentenceIndex: 0, sentence: "Ruritania backs Freedonia.", confidence: 0.9984)])])
        let doc = ReportDocument(title: "t", articles: [ReportArticle(title: "Ruritanian talks", sources: ["x.txt"],
                                                                       content: ReportGraph(graph: g, svg: nil))])
        let html = try HTMLReportWriter().html(doc)
        #expect(html.contains("<td class=\"aliases\">Strelsau, Ruritanian <span class=\"more\" title=\"Also known as: the Ruritanian crown\">+1 more</span></td>"))
        #expect(html.contains("<td class=\"aliases\">Freedonian</td>"))
        #expect(html.contains("<span class=\"conf\">0.998</span>"))
        let md = try MarkdownReportWriter(filesFolder: "r_files", mermaid: false).markdown(doc).markdown
        #expect(md.contains("| Ruritania | country | Strelsau, Ruritanian; also known as the Ruritanian crown | 4 |"))
        #expect(md.contains("| 0.998 |"))
    }
}
