import Foundation
import Testing
import KGraphTestSupport

/// One error style, one line; -o defaults and parent folders; --lexicon wherever articles are
/// read; graph JSON values checked; usage lines that say what a command needs.
@Suite("kgraph CLI consistency")
struct ConsistencyCLITests {
    static let graph = """
    {"nodes": [{"id": "zorvakia", "label": "Zorvakia", "type": "country"},
               {"id": "quenthar-pact", "label": "Quenthar Pact", "type": "alliance"}],
     "edges": [{"source": "zorvakia", "target": "quenthar-pact", "type": "rejects", "confidence": 0.75,
                "evidence": [{"sentence": "Zorvakia rejected the Quenthar Pact.", "confidence": 0.75}]}]}
    """

    func folder(_ files: [String: String]) throws -> URL { try CLIRunner.folder(files) }

    /// Every failure, usage errors included, is exactly one line `kgraph <command>: <message>`.
    @Test(arguments: [
        (["render", "broken.json", "-o", "x.svg"], "render"),
        (["render"], "render"),
        (["render", "g.json", "--engine", "spring"], "render"),
        (["render", "g.json", "--no-such-option"], "render"),
        (["diff", "g.json"], "diff"),
        (["compare", "g.json"], "compare"),
        (["report", "missing.json"], "report"),
        (["export", "g.json"], "export"),
        (["extract", "missing.txt"], "extract"),
        (["text", "missing.txt"], "text"),
    ])
    func everyErrorIsOneLineNamingTheCommand(_ args: [String], _ command: String) throws {
        let dir = try folder(["g.json": Self.graph, "broken.json": "{\"nodes\": ["])
        let r = try CLIRunner.run(args, in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("kgraph \(command): "), "\(r.stderr)")
        #expect(!r.stderr.contains("error:"))
        #expect(r.stderr.hasSuffix("\n") && r.stderr.dropLast().split(separator: "\n").count == 1, "\(r.stderr)")
    }

    @Test func stdinNamedTwiceSaysItCanBeReadOnce() throws {
        let r = try CLIRunner.run(["diff", "-", "-"], stdin: Data(Self.graph.utf8))
        #expect(r.status == 2)
        #expect(r.stderr == "kgraph diff: stdin can only be read once: give - for one input at most\n")
        let c = try CLIRunner.run(["compare", "-", "-", "-"], stdin: Data(Self.graph.utf8))
        #expect(c.stderr == "kgraph compare: stdin can only be read once: give - for one input at most\n")
    }

    @Test func missingParentFoldersOfTheOutputAreMade() throws {
        let dir = try folder(["g.json": Self.graph, "a.txt": "Zorvakia rejected the Quenthar Pact on Monday."])
        let r = try CLIRunner.run(["render", "g.json", "-o", "new/deeper/out.svg"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let svg = try String(contentsOf: dir.appending(path: "new/deeper/out.svg"), encoding: .utf8)
        #expect(svg.contains("Quenthar Pact"))
        let e = try CLIRunner.run(["extract", "a.txt", "-o", "more/a.json"], in: dir)
        #expect(e.status == 0, "\(e.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appending(path: "more/a.json").path))
        // A parent that is a file is still an error, in one line.
        let f = try CLIRunner.run(["render", "g.json", "-o", "g.json/out.svg"], in: dir)
        #expect(f.status == 2)
        #expect(f.stderr.hasPrefix("kgraph render: g.json/out.svg: "))
    }

    @Test func confidenceOutsideZeroToOneIsRefused() throws {
        let edge = Self.graph.replacingOccurrences(of: "\"type\": \"rejects\", \"confidence\": 0.75", with: "\"type\": \"rejects\", \"confidence\": 2")
        let evidence = Self.graph.replacingOccurrences(of: "Pact.\", \"confidence\": 0.75", with: "Pact.\", \"confidence\": -0.5")
        let dir = try folder(["edge.json": edge, "evidence.json": evidence])
        let r = try CLIRunner.run(["render", "edge.json"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr == "kgraph render: edge.json: edges[0].confidence: expected a number from 0 to 1, found 2\n")
        let s = try CLIRunner.run(["diff", "evidence.json", "edge.json"], in: dir)
        #expect(s.stderr == "kgraph diff: evidence.json: edges[0].evidence[0].confidence: expected a number from 0 to 1, found -0.5\n")
        // A number too big for four decimals in Int64 used to trap while writing this message.
        let huge = Self.graph.replacingOccurrences(of: "\"type\": \"rejects\", \"confidence\": 0.75", with: "\"type\": \"rejects\", \"confidence\": 3e20")
        try huge.write(to: dir.appending(path: "huge.json"), atomically: true, encoding: .utf8)
        let h = try CLIRunner.run(["render", "huge.json"], in: dir)
        #expect(h.status == 2)
        #expect(h.stderr == "kgraph render: huge.json: edges[0].confidence: expected a number from 0 to 1, found 3e+20\n")
    }

    @Test func selfLoopsAreRefusedByTheDocumentedRule() throws {
        let loop = """
        {"nodes": [{"id": "zorvakia", "label": "Zorvakia", "type": "country"}],
         "edges": [{"source": "zorvakia", "target": "zorvakia", "type": "supports"}]}
        """
        let dir = try folder(["loop.json": loop])
        let r = try CLIRunner.run(["report", "loop.json"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr == "kgraph report: loop.json: edges[0]: source and target are both \"zorvakia\": a relation joins two different nodes, self-loops are not allowed\n")
        #expect(r.stdout.isEmpty)
    }

    /// Every command writes to stdout without -o; export needs --format there.
    @Test func outputDefaultsToStdout() throws {
        let dir = try folder(["g.json": Self.graph])
        let render = try CLIRunner.run(["render", "g.json"], in: dir)
        #expect(render.status == 0)
        #expect(render.stdoutText.hasPrefix("<?xml") && render.stdoutText.contains("Quenthar Pact"))
        let report = try CLIRunner.run(["report", "g.json"], in: dir)
        #expect(report.status == 0)
        #expect(report.stdoutText.hasPrefix("<!DOCTYPE html>"))
        let export = try CLIRunner.run(["export", "g.json", "--format", "mermaid"], in: dir)
        #expect(export.status == 0)
        #expect(export.stdoutText.contains("Quenthar Pact"))
        let noFormat = try CLIRunner.run(["export", "g.json"], in: dir)
        #expect(noFormat.stderr == "kgraph export: writing to stdout: give --format graphml|gexf|csv|neo4j|cypher|mermaid\n")
    }

    /// --lexicon reaches extraction in render, diff and compare: the lexicon's label for an
    /// invented country appears only with it, and a broken lexicon is named in the error.
    @Test(arguments: ["render", "diff", "compare"])
    func lexiconWhereverArticlesAreRead(_ command: String) throws {
        let dir = try folder([
            "lex.yaml": "entities:\n  - label: Republic of Zorvakia\n    type: country\n    aliases: [Zorvakia]\n  - label: Quenthar Pact\n    type: alliance\n",
            "bad.yaml": "entitis: []\n",
            "a.txt": "Zorvakia rejected the Quenthar Pact on Monday.",
            "b.txt": "Zorvakia supported the Quenthar Pact on Tuesday.",
        ])
        let inputs = command == "render" ? ["a.txt"] : ["a.txt", "b.txt"]
        let format = command == "render" ? ["--format", "dot"] : ["--format", "json"]
        let with = try CLIRunner.run([command] + inputs + format + ["--lexicon", "lex.yaml"], in: dir)
        #expect(with.status != 2, "\(with.stderr)")
        #expect(with.stdoutText.contains("Republic of Zorvakia"))
        let without = try CLIRunner.run([command] + inputs + format, in: dir)
        #expect(!without.stdoutText.contains("Republic of Zorvakia"))
        let bad = try CLIRunner.run([command] + inputs + ["--lexicon", "bad.yaml"], in: dir)
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("kgraph \(command): bad.yaml:1: entitis: unknown section"))
    }

    @Test func compareUsageNeedsTwoInputs() throws {
        let help = try CLIRunner.run(["compare", "--help"])
        #expect(help.stdoutText.contains("USAGE: kgraph compare <a> <b> [<more> ...]"))
        let one = try CLIRunner.run(["compare", "only.json"])
        #expect(one.stderr == "kgraph compare: Missing expected argument '<b>'\n")
    }

    @Test func helpTextsSayWhatTheInputsAre() throws {
        let render = try CLIRunner.run(["render", "--help"]).stdoutText
        #expect(!render.contains("once extraction is available"))
        #expect(render.contains("Graph JSON files or articles"))
        let diff = try CLIRunner.run(["diff", "--help"]).stdoutText.replacingOccurrences(of: "\n", with: " ")
            .split(separator: " ").joined(separator: " ")
        #expect(diff.contains("`-` reads either from stdin"))
        #expect(diff.contains("--lexicon"))
    }
}
