import Foundation
import Testing
import KGraphTestSupport

/// Issue 14, items 5 to 8: what the tool writes, and what it leaves behind, when inputs,
/// names or signals are hostile.
@Suite("kgraph output safety")
struct OutputSafetyCLITests {
    static let article = "India rejected the proposal from Japan on Monday, officials said. China supported Russia.\n"

    func folder(_ files: [String: String]) throws -> URL { try CLIRunner.folder(files) }

    func names(_ dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    }

    /// Item 6: the guard covers lexicon files too.
    @Test func outputThatIsALexiconIsRefused() throws {
        let lexicon = "entities:\n  - label: Ruritania\n    type: country\n"
        let dir = try folder(["a.txt": Self.article, "extra.yaml": lexicon, "extra.json": "{\"entities\": []}"])
        for args in [["extract", "a.txt", "--lexicon", "extra.yaml", "-o", "extra.yaml"],
                     ["extract", "a.txt", "--lexicon", "extra.yaml", "-o", "./sub/../extra.yaml"],
                     ["report", "a.txt", "--lexicon", "extra.json", "-o", "extra.json"]] {
            let r = try CLIRunner.run(args, in: dir)
            #expect(r.status == 2, "\(args)")
            #expect(r.stderr.contains("would overwrite") && r.stderr.split(separator: "\n").count == 1, "\(args): \(r.stderr)")
        }
        #expect(try String(contentsOf: dir.appending(path: "extra.yaml"), encoding: .utf8) == lexicon)
        #expect(try String(contentsOf: dir.appending(path: "extra.json"), encoding: .utf8) == "{\"entities\": []}")
    }

    /// Item 6: an article file inside an input folder is read too; graph JSON there is not.
    @Test func outputOverAnArticleInAnInputFolderIsRefused() throws {
        let dir = try folder(["corpus/a.txt": Self.article, "corpus/b.txt": Self.article])
        let r = try CLIRunner.run(["extract", "corpus", "--merge", "-o", "corpus/b.txt"], in: dir)
        #expect(r.status == 2 && r.stderr.contains("input folder"), "\(r.stderr)")
        #expect(try String(contentsOf: dir.appending(path: "corpus/b.txt"), encoding: .utf8) == Self.article)
        let ok = try CLIRunner.run(["extract", "corpus", "--merge", "-o", "corpus/all.json"], in: dir)
        #expect(ok.status == 0, "\(ok.stderr)")
    }

    /// Item 7: ids longer than a file name may be are shortened with a hash, and every name is
    /// checked before anything is written.
    @Test func folderOutputShortensLongIdsAndChecksEveryNameFirst() throws {
        let long = String(repeating: "x", count: 300)
        let lines = [("a", Self.article), (long + "1", Self.article), (long + "2", Self.article), ("z", Self.article)]
            .map { "{\"id\": \"\($0.0)\", \"text\": \"\($0.1.dropLast())\"}" }.joined(separator: "\n")
        let dir = try folder(["c.jsonl": lines + "\n"])
        let r = try CLIRunner.run(["extract", "c.jsonl", "-o", "out/"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let written = try names(dir.appending(path: "out"))
        #expect(written.count == 4)
        #expect(written.contains("a.json") && written.contains("z.json"))
        #expect(written.allSatisfy { $0.utf8.count <= 255 && !$0.hasSuffix(".tmp") })
        #expect(written.filter { $0.hasPrefix("xxxx") }.count == 2)

        // A folder where one graph must go: nothing at all is written.
        let dir2 = try folder(["c.jsonl": lines + "\n"])
        try FileManager.default.createDirectory(at: dir2.appending(path: "out/z.json"), withIntermediateDirectories: true)
        let r2 = try CLIRunner.run(["extract", "c.jsonl", "-o", "out/"], in: dir2)
        #expect(r2.status == 2 && r2.stderr.contains("z.json") && r2.stderr.split(separator: "\n").count == 1, "\(r2.stderr)")
        #expect(try names(dir2.appending(path: "out")) == ["z.json"])
    }

    /// Item 8: articles with no text left are reported, one line each.
    @Test func skippedArticlesAreReportedOnStderr() throws {
        let dir = try folder([
            "corpus/blank.txt": "   \n", "corpus/furniture.txt": "Share this article\n\nCookie settings\n", "corpus/ok.txt": Self.article,
            "c.jsonl": "{\"id\": \"e1\", \"text\": \"  \"}\n{\"id\": \"ok\", \"text\": \"\(Self.article.dropLast())\"}\n",
        ])
        let r = try CLIRunner.run(["extract", "corpus", "c.jsonl", "-o", "out/"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stderr.split(separator: "\n").map(String.init)
        // Three warnings, then the run's summary.
        #expect(lines.count == 4, "\(lines)")
        #expect(lines.last?.hasPrefix("kgraph extract: 5 articles: 2 extracted, 3 skipped (3: no article text left") == true, "\(lines)")
        #expect(lines.contains { $0.contains("blank.txt: skipped") })
        #expect(lines.contains { $0.contains("furniture.txt: skipped") })
        #expect(lines.contains { $0.contains("c.jsonl:1: skipped") })
        #expect(try names(dir.appending(path: "out")) == ["ok-2.json", "ok.json"])
    }

    /// Item 8: a run killed while it writes leaves no temporary file, and dies of the signal.
    @Test(arguments: [SIGTERM, SIGINT])
    func killedRunLeavesNoTemporaryFiles(signal: Int32) throws {
        let record = "{\"id\": \"a\(0)\", \"text\": \"\(Self.article.dropLast())\"}"
        let lines = (0..<1_000).map { record.replacingOccurrences(of: "\"a0\"", with: "\"a\($0)\"") }.joined(separator: "\n")
        let dir = try folder(["many.jsonl": lines + "\n"])
        let out = dir.appending(path: "out")
        let p = Process()
        p.executableURL = CLIRunner.executable
        p.arguments = ["extract", "many.jsonl", "-o", "out/"]
        p.currentDirectoryURL = dir
        p.standardError = FileHandle.nullDevice
        try p.run()
        // Kill it once it is writing: the graphs appear one by one.
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, p.isRunning, ((try? names(out)) ?? []).count < 20 { usleep(2_000) }
        #expect(p.isRunning, "finished before it could be killed")
        kill(p.processIdentifier, signal)
        p.waitUntilExit()
        #expect(p.terminationReason == .uncaughtSignal && p.terminationStatus == signal)
        let left = try names(out)
        #expect(left.count < 1_000)
        #expect(left.filter { !$0.hasSuffix(".json") || $0.hasPrefix(".") } == [])
    }
}
