import Foundation
import Testing
import KGraphTestSupport

@Suite("kgraph extract: streaming, summary, quiet")
struct StreamingCLITests {
    /// A JSON Lines corpus of invented articles, one of them empty.
    func corpus(articles: Int) throws -> URL {
        let dir = try CLIRunner.temporaryDirectory()
        let states = ["France", "Germany", "Japan", "India", "Brazil", "Canada"]
        var lines: [String] = []
        for i in 0..<articles {
            let a = states[i % states.count], b = states[(i + 1) % states.count]
            lines.append(#"{"id": "a\#(i)", "title": "Story \#(i)", "text": "\#(a) rejected the proposal from \#(b). \#(a) and \#(b) held talks."}"#)
        }
        lines.insert(#"{"id": "blank", "text": "   "}"#, at: 1)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: dir.appending(path: "corpus.jsonl"))
        return dir
    }

    @Test func jsonlWritesOneCompactGraphALineInInputOrder() throws {
        let dir = try corpus(articles: 12)
        let r = try CLIRunner.run(["extract", "corpus.jsonl", "--format", "jsonl"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdoutText.split(separator: "\n")
        #expect(lines.count == 12)
        let ids = try lines.map { line -> String in
            let g = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let articles = try #require(g["articles"] as? [[String: Any]])
            return try #require(articles.first?["id"] as? String)
        }
        #expect(ids == (0..<12).map { "a\($0)" })
        // The same graphs, merged, are what --merge writes; to a .jsonl file by its extension.
        #expect(try CLIRunner.run(["extract", "corpus.jsonl", "-o", "g.jsonl"], in: dir).status == 0)
        #expect(try Data(contentsOf: dir.appending(path: "g.jsonl")) == r.stdout)
        let merged = try CLIRunner.run(["merge", "g.jsonl"], in: dir)
        #expect(merged.stdout == (try CLIRunner.run(["extract", "corpus.jsonl", "--merge"], in: dir)).stdout)
    }

    @Test func everyRunEndsWithOneSummaryLineUnlessQuiet() throws {
        let dir = try corpus(articles: 5)
        let r = try CLIRunner.run(["extract", "corpus.jsonl", "--merge", "-o", "all.json"], in: dir)
        #expect(r.status == 0)
        let lines = r.stderr.split(separator: "\n")
        // The skipped article's warning, then the summary (stderr is a pipe: no progress).
        #expect(lines.count == 2, "\(r.stderr)")
        #expect(lines.first?.hasPrefix("kgraph extract: warning: ") == true)
        let graph = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appending(path: "all.json"))) as? [String: Any])
        let nodes = (graph["nodes"] as? [Any])?.count ?? -1, edges = (graph["edges"] as? [Any])?.count ?? -1
        #expect(lines.last == "kgraph extract: 6 articles: 5 extracted, 1 skipped (1: no article text left (empty, or only page furniture)); \(nodes) nodes, \(edges) edges")
        #expect(!r.stderr.contains("\r"))
        let quiet = try CLIRunner.run(["extract", "corpus.jsonl", "--merge", "-o", "all2.json", "--quiet"], in: dir)
        #expect(quiet.status == 0)
        // (Warnings stay; progress and the summary go.)
        #expect(quiet.stderr.split(separator: "\n").count == 1 && !quiet.stderr.contains("articles:"), "\(quiet.stderr)")
    }

    @Test func jsonlRefusesMergeAndFolders() throws {
        let dir = try corpus(articles: 3)
        let r = try CLIRunner.run(["extract", "corpus.jsonl", "--format", "jsonl", "--merge"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("kgraph extract: --format jsonl") && r.stderr.split(separator: "\n").count == 1)
    }
}
