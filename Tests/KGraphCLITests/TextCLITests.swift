import Foundation
import Testing
import KGraphTestSupport

/// `kgraph text`: what kgraph reads, as text or JSON Lines, and why inputs are skipped.
@Suite("kgraph text")
struct TextCLITests {
    static let sentence = "North Korea fired missiles toward Japan, raising tensions."
    static let p1 = "The foreign ministers of both countries met in Geneva on Monday to discuss a new framework for regional security cooperation."

    func folder(_ files: [String: String]) throws -> URL { try CLIRunner.folder(files) }

    @Test func oneSentenceIsReadNotRefused() throws {
        let dir = try folder(["one.txt": Self.sentence + "\n"])
        let r = try CLIRunner.run(["text", "one.txt"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdoutText == Self.sentence + "\n")
        let e = try CLIRunner.run(["extract", "one.txt", "-o", "one.json"], in: dir)
        #expect(e.status == 0, "\(e.stderr)")
    }

    @Test func jsonLinesHasTheKeysInOrderAndMetadata() throws {
        let page = """
        <html><head><title>Ministers Meet | Example Times</title>
        <meta property="article:published_time" content="2024-03-05T09:30:00Z">
        <link rel="canonical" href="https://news.example.com/ministers-meet"></head>
        <body><article><h1>Ministers Meet</h1><p>\(Self.p1)</p></article></body></html>
        """
        let dir = try folder(["pages/m.html": page])
        let r = try CLIRunner.run(["text", "pages", "--format", "jsonl", "-o", "out.jsonl"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let out = try String(contentsOf: dir.appending(path: "out.jsonl"), encoding: .utf8)
        #expect(out.hasPrefix("{\"id\": \"m\", \"title\": \"Ministers Meet\", \"text\": \"\(Self.p1)\", \"date\": \"2024-03-05T09:30:00Z\", "
            + "\"author\": null, \"url\": \"https://news.example.com/ministers-meet\", \"source\": \""), "\(out)")
        #expect(out.hasSuffix("pages/m.html\"}\n") && out.split(separator: "\n").count == 1, "\(out)")
    }

    @Test func pageBesideItsTextIsSkippedWithOneLine() throws {
        let dir = try folder(["c/a.txt": Self.p1, "c/a.html": "<p>\(Self.p1)</p>"])
        let r = try CLIRunner.run(["text", "c"], in: dir)
        #expect(r.status == 0)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].contains("a.html: skipped") && lines[0].contains("a.txt"), "\(r.stderr)")
    }
}
