import Foundation
import Testing
import KGraphTestSupport

/// Issue 14, item 9: huge diagrams are refused at once, in one line naming --max-nodes,
/// instead of taking minutes and gigabytes.
@Suite("kgraph --max-nodes")
struct LayoutLimitCLITests {
    /// A tree: node i supports node i/2. Another `prefix` gives graphs that share no node
    /// (diffs match nodes by id or label, so both differ).
    static func graph(nodes n: Int, prefix: String = "n") -> String {
        let word = prefix == "n" ? "Node" : "Other \(prefix)"
        let nodes = (0..<n).map { "{\"id\": \"\(prefix)-\($0)\", \"label\": \"\(word) \($0)\", \"type\": \"country\"}" }
        let edges = (1..<n).map { "{\"source\": \"\(prefix)-\($0)\", \"target\": \"\(prefix)-\($0 / 2)\", \"type\": \"supports\", \"confidence\": 0.5, \"evidence\": []}" }
        return "{\"title\": \"big\", \"nodes\": [\(nodes.joined(separator: ","))], \"edges\": [\(edges.joined(separator: ","))]}"
    }

    @Test func hugeDiagramsAreRefusedAtOnceInOneLine() throws {
        let dir = try CLIRunner.temporaryDirectory()
        try Data(Self.graph(nodes: 6_000).utf8).write(to: dir.appending(path: "big.json"))
        try Data(Self.graph(nodes: 5_500).utf8).write(to: dir.appending(path: "big2.json"))
        // No node in common: every node of the diff is a change.
        try Data(Self.graph(nodes: 5_500, prefix: "m").utf8).write(to: dir.appending(path: "other.json"))
        let t0 = Date()
        for (args, size) in [(["render", "big.json", "-o", "big.svg"], "6000 nodes"), (["render", "big.json", "-o", "big.png"], "6000 nodes"),
                             (["diff", "big.json", "other.json", "--format", "svg", "-o", "d.svg"], "11500 nodes, 11500 of them changed"),
                             (["compare", "big.json", "big2.json", "-o", "c.svg"], "6000 nodes"),
                             (["report", "big.json", "big2.json", "--diff", "-o", "r.html"], "6000 nodes")] {
            let r = try CLIRunner.run(args, in: dir)
            #expect(r.status == 2, "\(args)")
            let lines = r.stderr.split(separator: "\n")
            #expect(lines.count == 1 && r.stderr.contains("--max-nodes 5000") && r.stderr.contains(size), "\(args): \(r.stderr)")
        }
        #expect(Date().timeIntervalSince(t0) < 60)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["big.json", "big2.json", "other.json"])
        // Text and JSON have no limit.
        let text = try CLIRunner.run(["diff", "big.json", "big2.json", "--format", "json", "-o", "d.json"], in: dir)
        #expect(text.status == 1, "\(text.stderr)")
    }

    /// Past the limit, a diff diagram shows only what changed and its neighbours when that fits.
    @Test func aHugeDiffDrawsWhatChangedAndItsNeighbours() throws {
        let dir = try CLIRunner.temporaryDirectory()
        try Data(Self.graph(nodes: 60).utf8).write(to: dir.appending(path: "a.json"))
        try Data(Self.graph(nodes: 56).utf8).write(to: dir.appending(path: "b.json"))
        let r = try CLIRunner.run(["diff", "a.json", "b.json", "-o", "d.svg", "--max-nodes", "30"], in: dir)
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr == "kgraph diff: warning: the diff of a.json and b.json has 60 nodes, more than --max-nodes 30: drawing only the 6 that changed or are next to a change; raise --max-nodes to draw it all\n")
        let svg = try String(contentsOf: dir.appending(path: "d.svg"), encoding: .utf8)
        // Nodes 56-59 were removed; 28 and 29 are their neighbours; node 40 is far from any change.
        for n in [56, 57, 58, 59, 28, 29] { #expect(svg.contains(">Node \(n)<"), "Node \(n)") }
        for n in [0, 14, 40, 55] { #expect(!svg.contains(">Node \(n)<"), "Node \(n)") }
        #expect(svg.contains("only what changed and its neighbours"))
        // Within the limit, the whole union is drawn.
        let all = try CLIRunner.run(["diff", "a.json", "b.json", "-o", "all.svg", "--max-nodes", "60"], in: dir)
        #expect(all.status == 1 && all.stderr.isEmpty, "\(all.stderr)")
        let whole = try String(contentsOf: dir.appending(path: "all.svg"), encoding: .utf8)
        #expect(whole.contains(">Node 40<") && !whole.contains("only what changed"))
    }

    /// In SVG, nodes without edges are shelved by kgraph, not laid out: only the connected
    /// part counts against the limit.
    @Test func svgCountsOnlyConnectedNodes() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let isolated = (0..<300).map { "{\"id\": \"isle-\($0)\", \"label\": \"Isle \($0)\", \"type\": \"region\"}" }
        let tree = Self.graph(nodes: 20)
        let text = tree.replacingOccurrences(of: "\"nodes\": [", with: "\"nodes\": [" + isolated.joined(separator: ",") + ",")
        try Data(text.utf8).write(to: dir.appending(path: "g.json"))
        let svg = try CLIRunner.run(["render", "g.json", "-o", "g.svg", "--max-nodes", "100"], in: dir)
        #expect(svg.status == 0, "\(svg.stderr)")
        let drawn = try String(contentsOf: dir.appending(path: "g.svg"), encoding: .utf8)
        #expect(drawn.contains(">Isle 299<") && drawn.contains(">Mentioned, no relation found<"))
        let png = try CLIRunner.run(["render", "g.json", "-o", "g.png", "--max-nodes", "100"], in: dir)
        #expect(png.status == 2 && png.stderr.contains("320 nodes, more than --max-nodes 100"), "\(png.stderr)")
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
