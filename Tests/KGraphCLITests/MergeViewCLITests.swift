import Foundation
import Testing
import KGraphTestSupport

@Suite("kgraph merge and views")
struct MergeViewCLITests {
    /// Invented articles: the same file name in two folders, and a third article.
    func corpus() throws -> URL {
        let dir = try CLIRunner.temporaryDirectory()
        for d in ["d1", "d2"] { try FileManager.default.createDirectory(at: dir.appending(path: d), withIntermediateDirectories: true) }
        try Data("Japan rejected the proposal from China.\n".utf8).write(to: dir.appending(path: "d1/x.txt"))
        try Data("India partners with Japan on maritime security.\n".utf8).write(to: dir.appending(path: "d2/x.txt"))
        try Data("France and Germany held joint drills. Russia criticised Germany.\n".utf8).write(to: dir.appending(path: "y.txt"))
        return dir
    }

    func json(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func sameFileNameInTwoFoldersKeepsTwoArticles() throws {
        let dir = try corpus()
        let r = try CLIRunner.run(["extract", "d1/x.txt", "d2/x.txt", "--merge", "-o", "-"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let g = try json(r.stdout)
        let articles = try #require(g["articles"] as? [[String: Any]])
        #expect(articles.compactMap { $0["id"] as? String } == ["x@d1/x.txt", "x@d2/x.txt"])
        #expect(g["title"] as? String == "2 articles")
    }

    @Test func mergeGivesTheSameBytesInAnyOrderAndGrouping() throws {
        let dir = try corpus()
        for (name, input) in [("a", "d1/x.txt"), ("b", "d2/x.txt"), ("c", "y.txt")] {
            let r = try CLIRunner.run(["extract", input, "-o", "\(name).json"], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
        }
        let abc = try CLIRunner.run(["merge", "a.json", "b.json", "c.json"], in: dir)
        #expect(abc.status == 0, "\(abc.stderr)")
        #expect(try CLIRunner.run(["merge", "c.json", "a.json", "b.json"], in: dir).stdout == abc.stdout)
        #expect(try CLIRunner.run(["merge", "b.json", "c.json", "-o", "bc.json"], in: dir).status == 0)
        #expect(try CLIRunner.run(["merge", "bc.json", "a.json"], in: dir).stdout == abc.stdout)
        // The same as extracting all three at once.
        #expect(try CLIRunner.run(["extract", "y.txt", "d2/x.txt", "d1/x.txt", "--merge"], in: dir).stdout == abc.stdout)
        #expect(try json(abc.stdout)["title"] as? String == "3 articles")
        #expect(try json(try CLIRunner.run(["merge", "a.json", "c.json", "--title", "Two"], in: dir).stdout)["title"] as? String == "Two")
    }

    @Test func mergeReadsJSONLinesOfGraphsAndReportsBadLines() throws {
        let dir = try corpus()
        var lines = ""
        for input in ["d1/x.txt", "y.txt"] {
            let r = try CLIRunner.run(["extract", input, "-o", "-"], in: dir)
            let compact = try JSONSerialization.data(withJSONObject: try JSONSerialization.jsonObject(with: r.stdout))
            lines += String(decoding: compact, as: UTF8.self) + "\n"
        }
        try Data(lines.utf8).write(to: dir.appending(path: "graphs.jsonl"))
        let fromLines = try CLIRunner.run(["merge", "graphs.jsonl"], in: dir)
        #expect(fromLines.status == 0, "\(fromLines.stderr)")
        let direct = try CLIRunner.run(["extract", "d1/x.txt", "y.txt", "--merge"], in: dir)
        #expect(fromLines.stdout == direct.stdout)
        #expect(try CLIRunner.run(["merge", "-"], in: dir, stdin: Data(lines.utf8)).stdout == direct.stdout)

        try Data((lines + "{\"nodes\": [oops]}\n").utf8).write(to: dir.appending(path: "bad.jsonl"))
        let bad = try CLIRunner.run(["merge", "bad.jsonl", "-o", "out.json"], in: dir)
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("kgraph merge: bad.jsonl:3: "))
        #expect(bad.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: dir.appending(path: "out.json").path))
    }

    /// A graph whose edges and nodes are known, to check what each view keeps.
    static let graph = """
    {"articles": [{"id": "a", "date": "2024-05-03"}, {"id": "b", "date": "2024-07-01"}],
     "nodes": [
      {"id": "ruritania", "label": "Ruritania", "type": "country"},
      {"id": "freedonia", "label": "Freedonia", "type": "country"},
      {"id": "oak-pact", "label": "Oak Pact", "type": "alliance"},
      {"id": "zembla", "label": "Zembla", "type": "country"},
      {"id": "lonely", "label": "Lonely Isle", "type": "region"}],
     "edges": [
      {"source": "ruritania", "target": "freedonia", "type": "rejects", "evidence": [
        {"article": "a", "sentence_index": 0, "sentence": "Ruritania rejected Freedonia.", "confidence": 0.9},
        {"article": "b", "sentence_index": 0, "sentence": "Ruritania again rejected Freedonia.", "confidence": 0.9}]},
      {"source": "ruritania", "target": "freedonia", "type": "counters", "evidence": [
        {"article": "b", "sentence_index": 1, "sentence": "Ruritania countered Freedonia.", "confidence": 0.9}]},
      {"source": "freedonia", "target": "oak-pact", "type": "supports", "evidence": [
        {"article": "a", "sentence_index": 2, "sentence": "Freedonia backed the Oak Pact.", "confidence": 0.3}]},
      {"source": "oak-pact", "target": "zembla", "type": "supports", "evidence": [
        {"article": "b", "sentence_index": 3, "sentence": "The Oak Pact backed Zembla.", "confidence": 0.9}]}]}
    """

    func nodes(_ args: [String], in dir: URL) throws -> [String] {
        let r = try CLIRunner.run(["render", "g.json", "-o", "-", "--format", "json"] + args, in: dir)
        #expect(r.status == 0, "\(args): \(r.stderr)")
        let nodes = try #require(try json(r.stdout)["nodes"] as? [[String: Any]])
        return nodes.compactMap { $0["id"] as? String }
    }

    @Test func everyViewOptionFiltersTheRenderedGraph() throws {
        let dir = try CLIRunner.temporaryDirectory()
        try Data(Self.graph.utf8).write(to: dir.appending(path: "g.json"))
        #expect(try nodes(["--focus", "Ruritania"], in: dir) == ["freedonia", "ruritania"])
        #expect(try nodes(["--focus", "zembla", "--depth", "2"], in: dir) == ["freedonia", "oak-pact", "zembla"])
        #expect(try nodes(["--top", "2"], in: dir) == ["freedonia", "ruritania"])
        #expect(try nodes(["--types", "country"], in: dir) == ["freedonia", "ruritania", "zembla"])
        #expect(try nodes(["--edge-types", "supports", "--hide-isolated"], in: dir) == ["freedonia", "oak-pact", "zembla"])
        #expect(try nodes(["--min-confidence", "0.5", "--hide-isolated"], in: dir) == ["freedonia", "oak-pact", "ruritania", "zembla"])
        #expect(try nodes(["--min-articles", "2", "--hide-isolated"], in: dir) == ["freedonia", "ruritania"])
        #expect(try nodes(["--until", "2024-05-31", "--hide-isolated"], in: dir) == ["freedonia", "oak-pact", "ruritania"])
        #expect(try nodes(["--since", "2024-06-01", "--hide-isolated"], in: dir) == ["freedonia", "oak-pact", "ruritania", "zembla"])
        #expect(try nodes(["--hide-isolated"], in: dir).contains("lonely") == false)

        let svg = try CLIRunner.run(["render", "g.json", "-o", "-", "--focus", "ruritania", "--edge-types", "rejects"], in: dir)
        #expect(svg.stdoutText.contains("Showing around Ruritania (depth 1); relations: rejects"))

        let unknown = try CLIRunner.run(["render", "g.json", "-o", "out.svg", "--focus", "Atlantis"], in: dir)
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "kgraph render: --focus Atlantis: no node has this id or name\n")
        let badDate = try CLIRunner.run(["render", "g.json", "-o", "out.svg", "--since", "May 2024"], in: dir)
        #expect(badDate.status == 2 && badDate.stderr.hasPrefix("kgraph render: ") && badDate.stderr.contains("--since"))
    }

    @Test func reportTakesTheSameViewOptions() throws {
        let dir = try CLIRunner.temporaryDirectory()
        try Data(Self.graph.utf8).write(to: dir.appending(path: "g.json"))
        let r = try CLIRunner.run(["report", "g.json", "-o", "-", "--focus", "zembla"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdoutText.contains("Showing around Zembla (depth 1)"))
        #expect(r.stdoutText.contains("Oak Pact"))
        #expect(!r.stdoutText.contains("Ruritania rejected Freedonia."))
    }
}
