import Foundation
import Testing
import KGraphTestSupport

/// Issue 14, item 4: big graphs (drawn with sfdp) gave different SVG bytes run after run,
/// because edge-label placement acted on the last bits of sfdp's coordinates, which differ
/// between processes. Separate processes (each with its own hash seed and addresses) must
/// write the same bytes.
@Suite("kgraph render determinism")
struct RenderDeterminismCLITests {
    /// 300 nodes and about 150 edges with labels, most of them into 20 hubs; made up (no
    /// corpus text), from a fixed linear congruential sequence.
    static func syntheticGraph() -> String {
        var state: UInt64 = 7
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        let types = ["country", "person", "alliance", "organization", "principle", "region"]
        let edgeTypes = ["proposes", "rejects", "supports", "partners-with", "tension-with", "counters", "member-of", "leads", "upholds"]
        let nodes = (0..<300).map { "{\"id\": \"n-\($0)\", \"label\": \"Entity \($0)\", \"type\": \"\(types[next(types.count)])\"}" }
        var edges: [String: String] = [:]
        for _ in 0..<150 {
            let a = next(300), b = next(10) < 7 ? next(20) : next(300)
            guard a != b else { continue }
            edges["n-\(a) n-\(b)"] = "{\"source\": \"n-\(a)\", \"target\": \"n-\(b)\", \"type\": \"\(edgeTypes[next(edgeTypes.count)])\", \"confidence\": 0.5, \"evidence\": []}"
        }
        let sortedEdges = edges.keys.sorted().map { edges[$0]! }
        return "{\"title\": \"synthetic\", \"nodes\": [\(nodes.joined(separator: ",\n"))],\n\"edges\": [\(sortedEdges.joined(separator: ",\n"))]}"
    }

    @Test func bigGraphGivesTheSameSVGBytesInEveryProcess() throws {
        let dir = try CLIRunner.temporaryDirectory()
        try Data(Self.syntheticGraph().utf8).write(to: dir.appending(path: "big.json"))
        var outputs: [Data] = []
        for run in 0..<3 {
            let r = try CLIRunner.run(["render", "big.json", "-o", "big-\(run).svg"], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
            outputs.append(try Data(contentsOf: dir.appending(path: "big-\(run).svg")))
        }
        #expect(outputs[0].count > 100_000)
        #expect(String(decoding: outputs[0], as: UTF8.self).contains("<title>n-299</title>"))
        #expect(outputs[1] == outputs[0] && outputs[2] == outputs[0])
    }
}
