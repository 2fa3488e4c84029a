import Foundation
import Testing
@testable import KGraphIngest

/// Invented pages: the main content is chosen from the page's structure, whatever else is
/// longer on the page (related lists, comments, the next story).
@Suite struct HTMLMainContentTests {
    /// Teasers of other stories, each a headline link and a summary paragraph.
    static func teasers(_ n: Int) -> String {
        (1...n).map { k in
            "<li><a href=\"/story/\(k)\">Other story number \(k) about a regional election</a>" +
            "<p>Voters in the northern province went to the polls on Sunday in a contest that observers called close, story \(k).</p></li>"
        }.joined()
    }

    @Test func relatedListLongerThanTheArticleIsLeftOut() throws {
        let html = """
        <html><head><title>Ministers Agree On Security Framework | Example Times</title></head><body>
        <div class="page"><div class="story"><h1>Ministers Agree On Security Framework</h1>
        <p>\(InventedPage.p1)</p><p>\(InventedPage.p2)</p><p>\(InventedPage.p3)</p><p>\(InventedPage.p4)</p></div>
        <div class="rail"><h2>More stories</h2><ul>\(Self.teasers(9))</ul></div></div></body></html>
        """
        let a = try InventedPage.read(html)
        #expect(a.title == "Ministers Agree On Security Framework")
        #expect(a.body == [InventedPage.p1, InventedPage.p2, InventedPage.p3, InventedPage.p4].joined(separator: "\n\n"))
    }

    @Test func commentsLongerThanTheArticleAreLeftOut() throws {
        let comment = "I have followed these talks for years and I do not believe a word of what either minister says about the framework."
        let comments = (1...8).map { "<div class=\"c\"><p>\(comment) Reader \($0).</p></div>" }.joined()
        let html = """
        <html><head><title>Ministers Agree</title></head><body>
        <div><h1>Ministers Agree On Security Framework</h1><p>\(InventedPage.p1)</p><p>\(InventedPage.p2)</p></div>
        <section id="comments"><h3>Readers' comments</h3>\(comments)</section></body></html>
        """
        let a = try InventedPage.read(html)
        #expect(a.body == "\(InventedPage.p1)\n\n\(InventedPage.p2)")
    }

    @Test func theNextStoryOnTheSamePageIsLeftOut() throws {
        let next = "In other news, the central bank raised interest rates for the third time this year, citing stubborn inflation in services."
        let html = """
        <html><head><meta property="og:title" content="Ministers Agree On Security Framework"></head><body>
        <article><h1>Ministers Agree On Security Framework</h1><p>\(InventedPage.p1)</p><p>\(InventedPage.p2)</p><p>\(InventedPage.p3)</p></article>
        <article><h1>Central Bank Raises Rates Again</h1><p>\(next)</p><p>\(next)</p><p>\(next)</p><p>\(next)</p></article>
        </body></html>
        """
        let a = try InventedPage.read(html)
        #expect(a.title == "Ministers Agree On Security Framework")
        #expect(a.body == [InventedPage.p1, InventedPage.p2, InventedPage.p3].joined(separator: "\n\n"))
    }

    @Test func captionsBylinesAndShareRowsAreLeftOut() throws {
        let html = """
        <html><body><article><h1>Ministers Agree On Security Framework</h1>
        <div class="byline">By Jane Roe and John Doe</div>
        <ul class="share-tools"><li><a href="#">Facebook</a></li><li><a href="#">Twitter</a></li></ul>
        <figure><img src="a.jpg"><figcaption>The ministers in Geneva on Monday. Photo: Example Agency</figcaption></figure>
        <p>\(InventedPage.p1)</p><div class="newsletter-box"><p>Sign up for our daily briefing and get the news in your inbox every morning.</p></div>
        <p>\(InventedPage.p2)</p><p>\(InventedPage.p3)</p></article></body></html>
        """
        let a = try InventedPage.read(html)
        #expect(a.body == [InventedPage.p1, InventedPage.p2, InventedPage.p3].joined(separator: "\n\n"))
    }

    @Test func jsonLDGivesMetadataAndFindsTheBody() throws {
        let html = """
        <html><head><title>Security talks - Example Times</title>
        <link rel="canonical" href="https://news.example.com/world/ministers-agree">
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Example Times"},
         {"@type": "NewsArticle", "headline": "Ministers agree on a security framework",
          "datePublished": "2024-03-05T09:30:00+0100", "author": [{"@type": "Person", "name": "Jane Roe"}, {"@type": "Person", "name": "John Doe"}],
          "articleBody": "\(InventedPage.p1) \(InventedPage.p2) \(InventedPage.p3)"}]}
        </script></head><body>
        <div class="a"><p>\(InventedPage.p1)</p><p>\(InventedPage.p2)</p><p>\(InventedPage.p3)</p></div>
        <div class="b"><p>\(InventedPage.p4) \(InventedPage.p4)</p><p>\(InventedPage.p4) \(InventedPage.p4)</p><p>\(InventedPage.p4) \(InventedPage.p4)</p></div>
        </body></html>
        """
        let a = try InventedPage.read(html)
        #expect(a.title == "Ministers agree on a security framework")
        #expect(a.date == "2024-03-05T09:30:00+01:00")
        #expect(a.author == "Jane Roe, John Doe")
        #expect(a.url == "https://news.example.com/world/ministers-agree")
        #expect(a.body == [InventedPage.p1, InventedPage.p2, InventedPage.p3].joined(separator: "\n\n"))
    }

    @Test func metaTagsGiveMetadataAndTheSiteNameIsCut() throws {
        let html = """
        <html><head><title>Ministers Agree | Example Times</title>
        <meta property="og:title" content="Ministers Agree On Security Framework | Example Times">
        <meta property="og:site_name" content="Example Times">
        <meta property="article:published_time" content="2024-03-05">
        <meta name="author" content="By Jane Roe">
        <meta property="og:url" content="https://news.example.com/a/1"></head>
        <body><div><p>\(InventedPage.p1)</p><p>\(InventedPage.p2)</p></div></body></html>
        """
        let a = try InventedPage.read(html)
        #expect(a.title == "Ministers Agree On Security Framework")
        #expect(a.date == "2024-03-05")
        #expect(a.author == "Jane Roe")
        #expect(a.url == "https://news.example.com/a/1")
    }

    @Test func dateFromTimeElementOrAddress() throws {
        let timed = "<html><body><article><time datetime=\"2023-11-20 08:15\">Nov 20</time><p>\(InventedPage.p1)</p><p>\(InventedPage.p2)</p></article></body></html>"
        #expect(try InventedPage.read(timed).date == "2023-11-20T08:15:00")
        let dated = "<html><head><link rel=\"canonical\" href=\"https://example.com/2019/11/18/ministers-agree/\"></head><body><p>\(InventedPage.p1)</p><p>\(InventedPage.p2)</p></body></html>"
        #expect(try InventedPage.read(dated).date == "2019-11-18")
    }

    @Test func pageInAnotherLanguageKeepsItsParagraphs() throws {
        let pt1 = "Os ministros dos dois países reuniram-se em Genebra na segunda-feira para discutir um novo quadro de cooperação regional."
        let pt2 = "Segundo fontes próximas das conversas, as duas partes concordaram em realizar outra ronda de reuniões antes do fim do ano."
        let html = "<html><body><nav><a href=\"/\">Início</a></nav><article><h1>Ministros chegam a acordo</h1><p>\(pt1)</p><p>\(pt2)</p></article></body></html>"
        let a = try InventedPage.read(html)
        #expect(a.title == "Ministros chegam a acordo")
        #expect(a.body == "\(pt1)\n\n\(pt2)")
    }

    @Test(arguments: [
        ("2024-03-05T14:30:00Z", "2024-03-05T14:30:00Z"), ("2024-03-05T14:30+01:00", "2024-03-05T14:30:00+01:00"),
        ("2024-03-05 14:30:10.123", "2024-03-05T14:30:10"), ("20240305", "2024-03-05"), ("2024/03/05", "2024-03-05"),
        ("Tue, 05 Mar 2024 14:30:00 GMT", "2024-03-05"), ("March 5th, 2024", "2024-03-05"), ("5 March 2024", "2024-03-05"),
    ])
    func datesAreNormalised(_ raw: String, _ iso: String) {
        #expect(ISODate.normalize(raw) == iso)
    }

    @Test func impossibleDatesAreRefused() {
        #expect(ISODate.normalize("2023-02-29") == nil)
        #expect(ISODate.normalize("yesterday") == nil)
        #expect(ISODate.fromURL("https://example.com/news/1234/56/78") == nil)
    }

    @Test func shortAndRepetitiveTextIsRead() throws {
        let one = "North Korea fired missiles toward Japan, raising tensions."
        let a = try ArticleReader.read(bytes: Array(one.utf8), id: "one", format: .text)
        #expect(a.map(\.text) == [one])
        let loop = String(repeating: "Talks resumed and stalled again. ", count: 12).trimmingCharacters(in: .whitespaces)
        let b = try ArticleReader.read(bytes: Array(loop.utf8), id: "loop", format: .text)
        #expect(b.map(\.text) == [loop])
        // Only furniture is still nothing.
        #expect(throws: IngestError.empty(path: "f")) {
            try ArticleReader.read(bytes: Array("Share this article\n\nCookie settings".utf8), id: "f", format: .text)
        }
    }
}
