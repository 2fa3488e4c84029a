import Foundation
import Testing
import KGraphTestSupport

/// `kgraph report` end to end through the built executable (it sits beside the test bundle
/// after `swift build`/`swift test`; the tests are skipped, loudly, when it does not).
@Suite struct ReportCommandTests {
    static var samples: URL { Fixtures.packageRoot.appendingPathComponent("scripts/browser-check/samples") }

    static func run(_ args: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let r = try CLIRunner.run(args)
        return (r.status, r.stdoutText, r.stderr)
    }

    @Test func executableIsBuilt() {
        if !CLIRunner.isBuilt { print("SKIPPED: the kgraph executable is not built; kgraph report was not run end to end") }
        #expect(FileManager.default.fileExists(atPath: Self.samples.appendingPathComponent("1-summit.json").path))
    }

    @Test(.enabled(if: CLIRunner.isBuilt, "needs the built kgraph executable"))
    func markdownWithDrawingsBesideAndMermaid() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let md = dir.appendingPathComponent("week.md")
        let r = try Self.run(["report", Self.samples.appendingPathComponent("1-summit.json").path,
                              Self.samples.appendingPathComponent("2-proposal.json").path, "--diff", "--mermaid", "-o", md.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("week_files").path).sorted()
        #expect(files == ["1-leaders-meet-on-maritime-security.svg", "2-a-proposed-security-pact-draws-a-cool-response.svg", "diff-1.svg", "merged.svg"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["week.md", "week_files"])
        let text = try String(contentsOf: md, encoding: .utf8)
        #expect(text.hasPrefix("# Knowledge graphs of 2 articles\n"))
        #expect(text.components(separatedBy: "```mermaid\nflowchart LR\n").count == 4)
        #expect(text.contains("](week_files/merged.svg)"))
        #expect(text.contains("| India | rejects | Pacific Defence Pact | 0.85 |"))
        let svg = try String(contentsOf: dir.appendingPathComponent("week_files/merged.svg"), encoding: .utf8)
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("node-type-alliance"))
    }

    @Test(.enabled(if: CLIRunner.isBuilt, "needs the built kgraph executable"))
    func htmlOnStdoutIsTheSameAsTheFile() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = Self.samples.appendingPathComponent("3-talks.json").path
        let file = dir.appendingPathComponent("r.html")
        let a = try Self.run(["report", input, "--title", "Talks <b>", "-o", file.path])
        let b = try Self.run(["report", input, "--title", "Talks <b>", "-o", "-"])
        #expect(a.status == 0 && b.status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8) == b.stdout)
        #expect(b.stdout.contains("<title>Talks &lt;b&gt;</title>"))
        #expect(b.stdout.contains("<section class=\"report-section article\" id=\"article-1\">"))
    }

    @Test(.enabled(if: CLIRunner.isBuilt, "needs the built kgraph executable"))
    func badInputFailsWithOneLineAndWritesNothing() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.json")
        try Data("{\"nodes\": [".utf8).write(to: bad)
        let out = dir.appendingPathComponent("r.html")
        let r = try Self.run(["report", Self.samples.appendingPathComponent("1-summit.json").path, bad.path, "-o", out.path])
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("kgraph report: \(bad.path): line 1, column 12:"))
        #expect(r.stderr.filter { $0 == "\n" }.count == 1)
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let single = try Self.run(["report", Self.samples.appendingPathComponent("1-summit.json").path, "--diff", "-o", out.path])
        #expect(single.status == 2)
        #expect(single.stderr == "kgraph report: --diff needs at least two articles to compare\n")
        let mermaidHTML = try Self.run(["report", Self.samples.appendingPathComponent("1-summit.json").path, "--mermaid", "-o", out.path])
        #expect(mermaidHTML.stderr == "kgraph report: --mermaid applies to Markdown reports (-o report.md)\n")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
