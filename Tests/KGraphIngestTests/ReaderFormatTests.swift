import Foundation
import Testing
@testable import KGraphIngest

/// Formats: plain text with a title, Markdown, HTML, JSON Lines, and sniffing for stdin.
@Suite struct ReaderFormatTests {
    static let body = "The two ministers met in Lisbon on Tuesday and agreed to expand their trade talks over the coming year."
    static let body2 = "Officials from both countries said the next round of negotiations would begin in the spring of next year."

    func read(_ s: String, _ format: ArticleFormat?, id: String = "a") throws -> Article {
        let articles = try ArticleReader.read(bytes: Array(s.utf8), id: id, format: format)
        try #require(articles.count == 1)
        return articles[0]
    }

    @Test func textWithTitleLine() throws {
        let a = try read("Ministers Agree On Trade Talks\n\n\(Self.body)\n\n\(Self.body2)\n", .text, id: "talks")
        #expect(a.id == "talks")
        #expect(a.title == "Ministers Agree On Trade Talks")
        #expect(a.text == "Ministers Agree On Trade Talks\n\n\(Self.body)\n\n\(Self.body2)")
    }

    @Test func textWithoutTitle() throws {
        let a = try read("\(Self.body)\n\n\(Self.body2)", .text)
        #expect(a.title == nil)
        #expect(a.text == "\(Self.body)\n\n\(Self.body2)")
    }

    @Test func crlfLineEndingsAreNormalized() throws {
        let a = try read("Ministers Agree On Trade\r\n\r\n\(Self.body)\r\n", .text)
        #expect(a.text == "Ministers Agree On Trade\n\n\(Self.body)")
    }

    @Test func markdownMarkupIsStripped() throws {
        let md = """
        # Ministers *Agree* On Trade

        ![A photo](http://example.com/p.jpg)

        The two ministers met in **Lisbon** on Tuesday and agreed to [expand](http://example.com/x) their _trade_ talks over the coming year.

        ```swift
        let code = "never content"
        ```

        ## Next Steps

        - Officials from both countries said the next round would begin in spring.
        - Both sides will publish a joint statement about the `agreement` next week.
        """
        let a = try read(md, .markdown)
        #expect(a.title == "Ministers Agree On Trade")
        #expect(a.text == """
        Ministers Agree On Trade

        The two ministers met in Lisbon on Tuesday and agreed to expand their trade talks over the coming year.

        Next Steps

        - Officials from both countries said the next round would begin in spring.
        - Both sides will publish a joint statement about the agreement next week.
        """)
    }

    @Test func htmlDropsScriptsNavigationAndDecodesEntities() throws {
        let html = """
        <!DOCTYPE html><html><head><title>Trade Talks Expand | Example News</title>
        <style>p { color: red }</style><script>var x = "<p>not content</p>";</script></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <header><p>Example News header text that is not part of the story at all.</p></header>
        <article><h1>Ministers Agree &amp; Expand Trade Talks</h1>
        <p>The two ministers met in Lisbon on Tuesday and agreed to expand their &ldquo;trade&rdquo; talks &#8212; over the coming year.</p>
        <p>Officials from both countries said the next round of negotiations would begin in the spring&#x2019;s first week.</p>
        <div class="share-buttons"><a href="#">Share on Facebook</a></div>
        </article>
        <aside><p>Related: other stories you might like to read instead of this one.</p></aside>
        <footer><p>Copyright 2024 Example News. All rights reserved.</p></footer>
        </body></html>
        """
        let a = try read(html, .html, id: "page")
        #expect(a.title == "Ministers Agree & Expand Trade Talks")
        #expect(a.text == """
        Ministers Agree & Expand Trade Talks

        The two ministers met in Lisbon on Tuesday and agreed to expand their “trade” talks — over the coming year.

        Officials from both countries said the next round of negotiations would begin in the spring’s first week.
        """)
    }

    @Test func htmlWithoutArticleUsesDensestElementAndTitleTag() throws {
        let html = """
        <html><head><title>Trade Talks Expand - Example News</title></head><body>
        <div id="menu"><ul><li><a href="/">Home</a></li><li><a href="/a">About</a></li></ul></div>
        <div class="story"><p>\(Self.body)</p><p>\(Self.body2)</p></div>
        <div class="links"><p>Short</p></div></body></html>
        """
        let a = try read(html, .html)
        #expect(a.title == "Trade Talks Expand")
        #expect(a.text == "Trade Talks Expand\n\n\(Self.body)\n\n\(Self.body2)")
    }

    @Test func siteLogoHeadingIsNotTheTitle() throws {
        let html = """
        <html><head><title>Ministers Agree On Trade | Daily Example</title></head><body>
        <div class="logo"><h1>Daily Example News</h1></div>
        <main><h1>Ministers Agree On Trade</h1><p>\(Self.body)</p><p>\(Self.body2)</p></main></body></html>
        """
        let a = try read(html, .html)
        #expect(a.title == "Ministers Agree On Trade")
        #expect(a.text == "Ministers Agree On Trade\n\n\(Self.body)\n\n\(Self.body2)")
    }

    @Test func sniffsFormatsOfUnnamedInput() {
        #expect(ArticleFormat.sniff("<!doctype html><html><body><p>x</p></body></html>") == .html)
        #expect(ArticleFormat.sniff("{\"id\": \"a\", \"text\": \"b\"}\n") == .jsonLines)
        #expect(ArticleFormat.sniff("# Title\n\nSome text with a [link](http://x).\n") == .markdown)
        #expect(ArticleFormat.sniff("Plain title\n\nPlain text.") == .text)
    }

    /// Sniffing reads bytes: tag names in any ASCII case, CRLF lines, and markers next to a
    /// combining mark (which would fuse with them into one grapheme cluster).
    @Test func sniffsOnBytesNotGraphemeClusters() {
        #expect(ArticleFormat.sniff("  <DIV CLASS=x>Talks</DIV>") == .html)
        #expect(ArticleFormat.sniff("Talks in <P>\u{301}Geneva") == .html)
        #expect(ArticleFormat.sniff("# Title\r\n\r\n## Part\r\nText.\r\n") == .markdown)
        #expect(ArticleFormat.sniff("{\"title\": \"a\"}\n") == .text)
        #expect(ArticleFormat.sniff("A **bold** claim and a [link](x) in one line.") == .markdown)
        #expect(ArticleFormat.sniff("Price: 3 * 4 = 12, and [a] (b).") == .text)
    }

    @Test func stdinStyleReadSniffsHTML() throws {
        let a = try read("<html><body><article><p>\(Self.body)</p><p>\(Self.body2)</p></article></body></html>", nil)
        #expect(a.text == "\(Self.body)\n\n\(Self.body2)")
    }

    @Test func jsonLinesCorpus() throws {
        let jsonl = """
        {"id": "one", "title": "Ministers Agree On Trade", "text": "\(Self.body)\\n\\n\(Self.body2)", "date": "2024-01-02", "url": "http://example.com/1"}

        {"id": 2, "title": "", "text": "\(Self.body2) \\u201cYes,\\u201d he said.", "extra": [1, {"a": null}]}
        """
        let arts = try ArticleReader.read(bytes: Array(jsonl.utf8), id: "corpus", format: .jsonLines)
        #expect(arts.map(\.id) == ["one", "2"])
        #expect(arts[0].title == "Ministers Agree On Trade")
        #expect(arts[0].text == "Ministers Agree On Trade\n\n\(Self.body)\n\n\(Self.body2)")
        #expect(arts[0].date == "2024-01-02")
        #expect(arts[0].source == "http://example.com/1")
        #expect(arts[1].title == nil)
        #expect(arts[1].text == "\(Self.body2) “Yes,” he said.")
    }

    @Test func jsonLinesMalformedLineReportsLineNumber() throws {
        let jsonl = "{\"id\": \"one\", \"text\": \"\(Self.body)\"}\n{\"id\": \"two\", \"text\": \"unterminated}\n"
        #expect(throws: IngestError.malformedLine(path: "c.jsonl", line: 2, reason: "column 37: unterminated string")) {
            try ArticleReader.read(bytes: Array(jsonl.utf8), id: "c", format: .jsonLines, source: "c.jsonl")
        }
        let noText = "{\"id\": \"one\", \"title\": \"x\"}\n"
        #expect(throws: IngestError.malformedLine(path: "c.jsonl", line: 1, reason: "missing string field \"text\"")) {
            try ArticleReader.read(bytes: Array(noText.utf8), id: "c", format: .jsonLines, source: "c.jsonl")
        }
        #expect(throws: IngestError.self) {
            try ArticleReader.read(bytes: Array("[1, 2]\n".utf8), id: "c", format: .jsonLines)
        }
    }

    @Test func jsonLinesFileAndFolderReadingOrder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kgraph-ingest-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        func write(_ name: String, _ s: String) throws { try Data(s.utf8).write(to: dir.appendingPathComponent(name)) }
        try write("b.txt", Self.body)
        try write("a.md", "# Heading Of A\n\n\(Self.body2)")
        try write("sub/c.html", "<p>\(Self.body)</p><p>\(Self.body2)</p>")
        try write("a.gold.json", "{}")
        try write(".hidden.txt", Self.body)
        try write("notes.csv", "x,y")
        try write("b.html", "<p>\(Self.body2) This page duplicates b.txt.</p>")
        let arts = try ArticleReader.read(path: dir.path)
        #expect(arts.map(\.id) == ["a", "b", "c"])
        #expect(arts[1].text == Self.body)

        try write("corpus.jsonl", "{\"id\": \"x1\", \"text\": \"\(Self.body)\"}\n{\"id\": \"x2\", \"text\": \"\(Self.body2)\"}\n")
        let corpus = try ArticleReader.readJSONLines(path: dir.appendingPathComponent("corpus.jsonl").path)
        #expect(corpus.map(\.id) == ["x1", "x2"])
        #expect(try ArticleReader.read(path: dir.appendingPathComponent("corpus.jsonl").path).map(\.text) == [Self.body, Self.body2])
    }

    @Test func missingFileIsUnreadable() {
        #expect(throws: IngestError.unreadable(path: "/nonexistent/x.txt", reason: "no such file or folder")) {
            try ArticleReader.read(path: "/nonexistent/x.txt")
        }
    }
}
