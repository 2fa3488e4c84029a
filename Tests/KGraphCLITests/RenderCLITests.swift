import Foundation
import Testing
import KGraphTestSupport

@Suite("kgraph render")
struct RenderCLITests {
    static let graph = """
    {"title": "Test <graph>", "nodes": [
      {"id": "india", "label": "India", "type": "country"},
      {"id": "nato-plus", "label": "NATO Plus & <Co>", "type": "alliance"}],
     "edges": [{"source": "india", "target": "nato-plus", "type": "rejects",
       "evidence": [{"article": "t", "sentence_index": 0, "sentence": "India said \\"no\\" to <NATO Plus>."}]}]}
    """

    func folderWithGraph() throws -> URL {
        let dir = try CLIRunner.temporaryDirectory()
        try Data(Self.graph.utf8).write(to: dir.appending(path: "g.json"))
        return dir
    }

    @Test func writesEachFormatWithItsSignature() throws {
        let dir = try folderWithGraph()
        let signatures: [(String, [UInt8])] = [
            ("svg", Array("<?xml".utf8)), ("png", [0x89, 0x50, 0x4E, 0x47]), ("pdf", Array("%PDF".utf8)),
            ("dot", Array("digraph".utf8)), ("json", Array("{".utf8)),
        ]
        for (ext, magic) in signatures {
            let r = try CLIRunner.run(["render", "g.json", "-o", "out.\(ext)"], in: dir)
            #expect(r.status == 0, "\(ext): \(r.stderr)")
            let bytes = try [UInt8](Data(contentsOf: dir.appending(path: "out.\(ext)")))
            #expect(Array(bytes.prefix(magic.count)) == magic, "\(ext)")
        }
    }

    @Test func stdoutModeWritesTheSVGWithEscapedLabels() throws {
        let dir = try folderWithGraph()
        let r = try CLIRunner.run(["render", "g.json", "-o", "-", "--format", "svg"], in: dir)
        #expect(r.status == 0)
        #expect(r.stdoutText.contains("NATO Plus &amp; &lt;Co&gt;"))
        #expect(!r.stdoutText.contains("<Co>"))
        #expect(r.stdoutText.contains("class=\"edge kg-edge edge-type-rejects\""))
    }

    @Test func sameInputGivesSameBytes() throws {
        let dir = try folderWithGraph()
        let a = try CLIRunner.run(["render", "g.json", "-o", "-", "--format", "svg"], in: dir)
        let b = try CLIRunner.run(["render", "g.json", "-o", "-", "--format", "svg"], in: dir)
        #expect(a.stdout == b.stdout)
    }

    @Test func refusesToOverwriteItsInput() throws {
        let dir = try folderWithGraph()
        let r = try CLIRunner.run(["render", "g.json", "-o", "./g.json", "--format", "json"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("overwrite"))
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(try String(contentsOf: dir.appending(path: "g.json"), encoding: .utf8) == Self.graph)
    }

    @Test func badInputIsOneLineAndExit2AndNoOutputFile() throws {
        let dir = try folderWithGraph()
        try Data("{\"nodes\": [{\"id\": \"x\", \"type\": \"planet\"}], \"edges\": []}".utf8).write(to: dir.appending(path: "bad.json"))
        let r = try CLIRunner.run(["render", "bad.json", "-o", "out.svg"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("bad.json: nodes[0].type"))
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: dir.appending(path: "out.svg").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test func missingFileAndUnknownFormatAreErrors() throws {
        let dir = try folderWithGraph()
        let missing = try CLIRunner.run(["render", "nope.json", "-o", "x.svg"], in: dir)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nope.json"))
        let format = try CLIRunner.run(["render", "g.json", "-o", "x.bmp"], in: dir)
        #expect(format.status == 2)
    }
}

@Suite("kgraph diff exit status")
struct DiffCLITests {
    @Test func zeroWhenSameOneWhenDifferentTwoOnTrouble() throws {
        let dir = try CLIRunner.temporaryDirectory()
        try Data(RenderCLITests.graph.utf8).write(to: dir.appending(path: "a.json"))
        let other = RenderCLITests.graph.replacingOccurrences(of: "\"rejects\"", with: "\"supports\"")
        try Data(other.utf8).write(to: dir.appending(path: "b.json"))
        let same = try CLIRunner.run(["diff", "a.json", "a.json"], in: dir)
        #expect(same.status == 0)
        let changed = try CLIRunner.run(["diff", "a.json", "b.json", "--color", "never"], in: dir)
        #expect(changed.status == 1)
        #expect(changed.stdoutText.contains("rejects → supports"))
        let trouble = try CLIRunner.run(["diff", "a.json", "missing.json"], in: dir)
        #expect(trouble.status == 2)
        let usage = try CLIRunner.run(["diff", "a.json"], in: dir)
        #expect(usage.status == 2)
    }
}
