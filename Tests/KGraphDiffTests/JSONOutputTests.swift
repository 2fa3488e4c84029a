import KGraphDiff
import KGraphModel
import Testing

@Suite struct JSONOutputTests {
    typealias F = Fixture

    static func keys(_ v: JSONValue?) -> [String] {
        guard case .object(let pairs)? = v else { return [] }
        return pairs.map(\.0)
    }

    @Test func diffJSONHasTheDocumentedStructure() throws {
        let a = F.graph([F.node("United States", aliases: ["US"]), F.node("Japan"), F.node("Quad", .alliance)],
                        [F.edge("japan", .supports, "united-states", article: "a1", sentence: "Japan backs Washington.", index: 2, confidence: 0.75),
                         F.edge("japan", .memberOf, "quad")])
        let b = F.graph([F.node("US", id: "us"), F.node("Japan")],
                        [F.edge("japan", .rejects, "us", article: "b1", sentence: "Japan rebuffs Washington.")])
        var options = DiffOptions()
        try options.ignoreTypes("leads,region")
        let json = GraphDiff(a, b, options: options).jsonValue(nameA: "a.json", nameB: "b.json")
        #expect(Self.keys(json) == ["format", "version", "a", "b", "options", "identical", "summary", "id_map", "nodes", "edges"])
        #expect(json["format"] == .string("kgraph-diff"))
        #expect(json["identical"] == .bool(false))
        #expect(json["a"] == .object([("name", .string("a.json")), ("articles", .array([]))]))
        #expect(json["options"] == .object([
            ("ignore_types", .array([.string("region"), .string("leads")])), ("only", .string("all")), ("min_confidence", .number(0)),
        ]))
        #expect(json["summary"]?["nodes"] == .object([("added", .number(0)), ("removed", .number(1)), ("changed", .number(0)), ("kept", .number(2))]))
        #expect(json["summary"]?["edges"] == .object([("added", .number(0)), ("removed", .number(1)), ("changed", .number(1)), ("kept", .number(0))]))
        #expect(json["id_map"] == .array([.object([("b", .string("us")), ("a", .string("united-states"))])]))
        #expect(Self.keys(json["nodes"]) == ["added", "removed", "changed", "kept"])
        #expect(json["nodes"]?["removed"] == .array([.object([
            ("id", .string("quad")), ("label", .string("Quad")),
            ("a", .object([("id", .string("quad")), ("label", .string("Quad")), ("type", .string("alliance")),
                           ("aliases", .array([])), ("mentions", .array([]))])),
        ])]))
        let changed = json["edges"]?["changed"]?.arrayValue ?? []
        #expect(changed.count == 1)
        #expect(Self.keys(changed.first) == ["source", "target", "source_label", "target_label", "a", "b"])
        #expect(changed.first?["target_label"] == .string("United States"))
        #expect(changed.first?["a"] == .object([
            ("source", .string("japan")), ("target", .string("united-states")), ("type", .string("supports")),
            ("confidence", .number(0.75)),
            ("evidence", .array([.object([("article", .string("a1")), ("sentence_index", .number(2)),
                                          ("sentence", .string("Japan backs Washington.")), ("confidence", .number(0.75))])])),
        ]))
        #expect(changed.first?["b"]?["type"] == .string("rejects"))
        #expect(changed.first?["b"]?["target"] == .string("united-states"))
    }

    @Test func diffJSONIsStableBytes() {
        let g = F.graph([F.node("Japan"), F.node("China")], [F.edge("japan", .counters, "china")])
        let h = F.graph([F.node("China"), F.node("Japan")], [F.edge("japan", .counters, "china")])
        let one = GraphDiff(g, F.graph([], [])).jsonValue(nameA: "x", nameB: "y").serialized()
        let two = GraphDiff(h, F.graph([], [])).jsonValue(nameA: "x", nameB: "y").serialized()
        #expect(one == two)
        #expect(one.hasPrefix("{\n  \"format\": \"kgraph-diff\",\n  \"version\": 1,\n"))
    }
}
