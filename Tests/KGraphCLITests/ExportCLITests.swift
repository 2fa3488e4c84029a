import Foundation
import Testing
import KGraphTestSupport

@Suite("kgraph export")
struct ExportCLITests {
    /// A small graph JSON written for these tests.
    static let graphJSON = """
    {"title": "Two states", "articles": [{"id": "d1", "title": "Day one", "date": "2024-05-02"}],
     "nodes": [{"id": "freedonia", "label": "Freedonia", "type": "country",
                "mentions": [{"article": "d1", "sentence": 0, "start": 0, "end": 9, "text": "Freedonia"}]},
               {"id": "sylvania", "label": "Sylvania", "type": "country"}],
     "edges": [{"source": "sylvania", "target": "freedonia", "type": "partners-with",
                "evidence": [{"article": "d1", "sentence_index": 0, "sentence": "Freedonia and Sylvania, as ever, partner.", "confidence": 0.8}]},
               {"source": "freedonia", "target": "sylvania", "type": "rejects",
                "evidence": [{"article": "d1", "sentence_index": 1, "sentence": "Freedonia rejected Sylvania's plan.", "confidence": 0.4}]}]}
    """

    func setUp() throws -> URL {
        let dir = try CLIRunner.temporaryDirectory()
        try Self.graphJSON.write(to: dir.appending(path: "g.json"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test func formatComesFromTheExtension() throws {
        let dir = try setUp()
        for (file, start) in [("g.graphml", "<?xml"), ("g.gexf", "<?xml"), ("g.cypher", "// kgraph"), ("g.mmd", "flowchart LR")] {
            let r = try CLIRunner.run(["export", "g.json", "-o", file], in: dir)
            #expect(r.status == 0, "\(file): \(r.stderr)")
            let text = try String(contentsOf: dir.appending(path: file), encoding: .utf8)
            #expect(text.hasPrefix(start), "\(file)")
        }
        let gexf = try String(contentsOf: dir.appending(path: "g.gexf"), encoding: .utf8)
        #expect(gexf.contains("<spell start=\"2024-05-02\" end=\"2024-05-02\"/>"))
        #expect(gexf.contains("<viz:position x="))
        let graphml = try String(contentsOf: dir.appending(path: "g.graphml"), encoding: .utf8)
        #expect(graphml.components(separatedBy: "<edge ").count == 3)
    }

    @Test func csvAndNeo4jWriteFolders() throws {
        let dir = try setUp()
        let csv = try CLIRunner.run(["export", "g.json", "-o", "tables/", "--format", "csv"], in: dir)
        #expect(csv.status == 0, "\(csv.stderr)")
        let edges = try String(contentsOf: dir.appending(path: "tables/edges.csv"), encoding: .utf8)
        #expect(edges.hasPrefix("Source,Target,Type,Kind,Label,Weight,Confidence,Articles,Evidence\r\n"))
        #expect(edges.contains("freedonia,sylvania,Undirected,partners-with,partners with,1,0.8,d1,\"Freedonia and Sylvania, as ever, partner.\"\r\n"))
        let neo = try CLIRunner.run(["export", "g.json", "-o", "import", "--format", "NEO4J"], in: dir)
        #expect(neo.status == 0, "\(neo.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.appending(path: "import").path).sorted()
        #expect(names == ["articles.csv", "entities.csv", "mentions.csv", "relations.csv"])
    }

    @Test func filtersApply() throws {
        let dir = try setUp()
        let r = try CLIRunner.run(["export", "g.json", "-o", "-", "--format", "cypher", "--min-confidence", "0.5"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdoutText.contains("[r:PARTNERS_WITH]-(t)") && !r.stdoutText.contains("REJECTS"))
        let t = try CLIRunner.run(["export", "g.json", "-o", "-", "--format", "mermaid", "--ignore-types", "partners-with"], in: dir)
        #expect(t.stdoutText.contains("rejects") && !t.stdoutText.contains("partners with"))
    }

    @Test func badRequestsAreOneLineErrors() throws {
        let dir = try setUp()
        let cases: [([String], String)] = [
            (["export", "g.json", "-o", "g.txt"], "kgraph export: g.txt: cannot tell the format from the extension"),
            (["export", "g.json", "-o", "g.csv"], "kgraph export: g.csv: csv writes two files"),
            (["export", "g.json", "-o", "-", "--format", "csv"], "kgraph export: csv writes several files"),
            (["export", "g.json", "-o", "g.json", "--format", "graphml"], "kgraph export: g.json: the output would overwrite the input"),
            (["export", "g.json", "-o", "x.gexf", "--format", "gdf"], "kgraph export: The value 'gdf' is invalid for '--format <format>'"),
            (["export", "g.json", "-o", "x.gexf", "--engine", "spring"], "kgraph export: The value 'spring' is invalid for '--engine <engine>'"),
            (["export", "g.json", "-o", "x.gexf", "--ignore-types", "nation"], "kgraph export: The value 'nation' is invalid for '--ignore-types <types>'"),
        ]
        for (args, prefix) in cases {
            let r = try CLIRunner.run(args, in: dir)
            #expect(r.status == 2 && r.stderr.hasPrefix(prefix) && r.stderr.split(separator: "\n").count == 1, "\(args): \(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appending(path: "x.gexf").path))
    }

    @Test func gexfPastMaxNodesHasNoPositionsAndSaysSo() throws {
        let dir = try setUp()
        let r = try CLIRunner.run(["export", "g.json", "-o", "big.gexf", "--max-nodes", "1"], in: dir)
        #expect(r.status == 0)
        #expect(r.stderr == "kgraph export: warning: 2 nodes, more than --max-nodes 1: GEXF written without positions; lay it out in Gephi\n")
        let gexf = try String(contentsOf: dir.appending(path: "big.gexf"), encoding: .utf8)
        #expect(!gexf.contains("viz:position") && gexf.contains("<viz:color"))
    }

    @Test func sameInputSameBytes() throws {
        let dir = try setUp()
        for _ in 0..<2 { _ = try CLIRunner.run(["export", "g.json", "-o", "a.gexf"], in: dir); try FileManager.default.moveItem(at: dir.appending(path: "a.gexf"), to: dir.appending(path: "a\(UUID().uuidString).gexf")) }
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".gexf") }
        #expect(files.count == 2)
        let texts = try files.map { try Data(contentsOf: dir.appending(path: $0)) }
        #expect(texts[0] == texts[1] && !texts[0].isEmpty)
    }
}

@Suite("kgraph options and completion")
struct OptionCompletionCLITests {
    @Test(arguments: ["bash", "zsh"])
    func completionOffersFormatsAndEngines(_ shell: String) throws {
        let r = try CLIRunner.run(["--generate-completion-script", shell])
        #expect(r.status == 0)
        let script = r.stdoutText
        // Values appear quoted, in the script's own list syntax.
        for value in ["graphml", "gexf", "neo4j", "cypher", "mermaid", "neato", "sfdp", "twopi", "svg", "html", "always", "edges", "tension-with"] {
            #expect(script.contains("'\(value)'"), "\(shell) completion lacks \(value)")
        }
    }

    @Test func choicesAreCheckedByTheParserWithOneStyleOfError() throws {
        let cases: [([String], String)] = [
            (["render", "x.json", "-o", "x.svg", "--engine", "spring"], "kgraph render: The value 'spring' is invalid for '--engine <engine>'. Please provide one of the following: dot, neato, fdp, sfdp, circo, twopi\n"),
            (["diff", "a.json", "b.json", "--color", "purple"], "kgraph diff: The value 'purple' is invalid for '--color <color>'"),
            (["diff", "a.json", "b.json", "--side", "c"], "kgraph diff: The value 'c' is invalid for '--side <side>'"),
            (["compare", "a.json", "b.json", "--only", "both"], "kgraph compare: The value 'both' is invalid for '--only <only>'"),
            (["report", "a.json", "-o", "r.html", "--format", "pdf"], "kgraph report: The value 'pdf' is invalid for '--format <format>'"),
            (["extract", "a.txt", "--min-confidence", "1.5"], "kgraph extract: The value '1.5' is invalid for '--min-confidence <0-1>'"),
            (["diff", "a.json", "b.json", "--min-confidence", "-1"], "kgraph diff: "),
        ]
        for (args, prefix) in cases {
            let r = try CLIRunner.run(args)
            #expect(r.status == 2 && r.stderr.hasPrefix(prefix) && r.stderr.split(separator: "\n").count == 1, "\(args): \(r.stderr)")
        }
    }

    @Test func choicesIgnoreCase() throws {
        let dir = try CLIRunner.temporaryDirectory()
        try ExportCLITests.graphJSON.write(to: dir.appending(path: "g.json"), atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["render", "g.json", "-o", "-", "--format", "DOT", "--engine", "Neato"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdoutText.contains("digraph"))
    }

    @Test func aMisspeltLexiconSectionExitsTwoNamingTheLine() throws {
        let dir = try CLIRunner.temporaryDirectory()
        try "Freedonia met Sylvania.".write(to: dir.appending(path: "a.txt"), atomically: true, encoding: .utf8)
        try "# my additions\nentitis:\n  - label: Kolnor Pact\n    type: alliance\n".write(to: dir.appending(path: "extra.yaml"), atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["extract", "a.txt", "--lexicon", "extra.yaml"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr == "kgraph extract: extra.yaml:2: entitis: unknown section \"entitis\" (did you mean \"entities\"?); expected entities, suppress, verbs, memberships, note\n")
    }
}
