import Foundation
import Testing

/// Issue 14, item 9: huge diagrams are refused at once, in one line naming --max-nodes,
/// instead of taking minutes and gigabytes.
@Suite("kgraph --max-nodes")
struct LayoutLimitCLITests {
    static func graph(nodes n: Int) -> String {
        let nodes = (0..<n).map { "{\"id\": \"n-\($0)\", \"label\": \"Node \($0)\", \"type\": \"country\"}" }
        let edges = (1..<n).map { "{\"source\": \"n-\($0)\", \"target\": \"n-\($0 / 2)\", \"type\": \"supports\", \"confidence\": 0.5, \"evidence\": []}" }
        return "{\"title\": \"big\", \"nodes\": [\(nodes.joined(separator: ","))], \"edges\": [\(edges.joined(separator: ","))]}"
    }

    @Test func hugeDiagramsAreRefusedAtOnceInOneLine() throws {
        let dir = try CLIRunner.temporaryDirectory()
        try Data(Self.graph(nodes: 6_000).utf8).write(to: dir.appending(path: "big.json"))
        try Data(Self.graph(nodes: 5_500).utf8).write(to: dir.appending(path: "big2.json"))
        let t0 = Date()
        for args in [["render", "big.json", "-o", "big.svg"], ["render", "big.json", "-o", "big.png"],
                     ["diff", "big.json", "big2.json", "--format", "svg", "-o", "d.svg"],
                     ["compare", "big.json", "big2.json", "-o", "c.svg"],
                     ["report", "big.json", "big2.json", "--diff", "-o", "r.html"]] {
            let r = try CLIRunner.run(args, in: dir)
            #expect(r.status == 2, "\(args)")
            let lines = r.stderr.split(separator: "\n")
            #expect(lines.count == 1 && r.stderr.contains("--max-nodes 5000") && r.stderr.contains("6000 nodes"), "\(args): \(r.stderr)")
        }
        #expect(Date().timeIntervalSince(t0) < 60)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["big.json", "big2.json"])
        // Text and JSON have no limit.
        let text = try CLIRunner.run(["diff", "big.json", "big2.json", "--format", "json", "-o", "d.json"], in: dir)
        #expect(text.status == 1, "\(text.stderr)")
    }

    @Test func theLimitIsAnOption() throws {
        let dir = try CLIRunner.temporaryDirectory()
        try Data(Self.graph(nodes: 30).utf8).write(to: dir.appending(path: "g.json"))
        let refused = try CLIRunner.run(["render", "g.json", "-o", "g.svg", "--max-nodes", "29"], in: dir)
        #expect(refused.status == 2 && refused.stderr.contains("30 nodes, more than --max-nodes 29"), "\(refused.stderr)")
        let drawn = try CLIRunner.run(["render", "g.json", "-o", "g.svg", "--max-nodes", "30"], in: dir)
        #expect(drawn.status == 0, "\(drawn.stderr)")
    }
}
