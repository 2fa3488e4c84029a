import Testing
@testable import KGraphModel
import KGraphTestSupport

@Suite("Graph JSON")
struct JSONTests {
    static let sample: KnowledgeGraph = {
        let m = Mention(article: "art", sentence: 0, span: TextSpan(start: 0, end: 5), text: "India")
        let ev = Evidence(
            article: "art", sentenceIndex: 2, sentence: "India said \"no\" to NATO Plus.\tTab\u{1}",
            span: TextSpan(start: 40, end: 75), sourceSpan: TextSpan(start: 40, end: 45),
            targetSpan: TextSpan(start: 59, end: 68), triggerSpan: TextSpan(start: 46, end: 50),
            trigger: "said no", rule: "svo", modality: .reported, attribution: "india", confidence: 0.8125)
        return KnowledgeGraph(
            title: "Ünïcode — title",
            articles: [ArticleInfo(id: "art", title: "T", source: "https://example.org/a?b=1&c=2", date: "2024-10-01")],
            nodes: [
                Node(label: "NATO Plus", type: .alliance),
                Node(label: "India", type: .country, aliases: ["Indian", "New Delhi"], mentions: [m]),
            ],
            edges: [Edge(source: "india", target: "nato-plus", type: .rejects, evidence: [ev])])
    }()

    @Test func roundTripGivesTheSameGraph() throws {
        let text = JSONTests.sample.jsonString()
        let back = try KnowledgeGraph(jsonBytes: Array(text.utf8))
        #expect(back == JSONTests.sample)
        #expect(back.jsonString() == text)
    }

    @Test func outputIsCanonicalWhateverTheInsertionOrder() {
        var g1 = KnowledgeGraph()
        g1.add(Node(label: "Japan", type: .country)); g1.add(Node(label: "China", type: .country))
        g1.add(Edge(source: "japan", target: "china", type: .tensionWith))
        g1.add(Edge(source: "japan", target: "china", type: .counters))
        var g2 = KnowledgeGraph()
        g2.add(Edge(source: "japan", target: "china", type: .counters))
        g2.add(Edge(source: "china", target: "japan", type: .tensionWith))
        g2.add(Node(label: "China", type: .country)); g2.add(Node(label: "Japan", type: .country))
        #expect(g1.jsonString() == g2.jsonString())
    }

    @Test func exactBytesFollowTheOntologyShape() {
        let g = KnowledgeGraph(
            nodes: [Node(label: "India", type: .country, aliases: ["Indian"]), Node(label: "NATO Plus", type: .alliance)],
            edges: [Edge(source: "india", target: "nato-plus", type: .rejects)])
        #expect(g.jsonString() == """
        {
          "nodes": [
            {"id": "india", "label": "India", "type": "country", "aliases": ["Indian"]},
            {"id": "nato-plus", "label": "NATO Plus", "type": "alliance", "aliases": []}
          ],
          "edges": [
            {"source": "india", "target": "nato-plus", "type": "rejects", "evidence": []}
          ]
        }

        """)
    }

    @Test(.enabled(if: SharedCorpus.url("corpus/seeds") != nil, "needs ../shared/corpus/seeds beside the package"))
    func readsTheSeedGoldFiles() throws {
        let seeds = try #require(SharedCorpus.url("corpus/seeds"))
        let data = try Array(contentsOf: seeds.appending(path: "seed-asian-nato.gold.json"))
        let g = try KnowledgeGraph(jsonBytes: data, file: "seed-asian-nato.gold.json")
        #expect(g.node(id: "india")?.type == .country)
        #expect(g.edge(Edge.Key(source: "india", type: .rejects, target: "asian-nato")) != nil)
        #expect(g.edges.count == 14)
    }

    @Test(arguments: [
        ("", "line 1, column 1: empty document: expected a JSON value"),
        ("{\"nodes\": [}", "line 1, column 12: unexpected '}': expected a value"),
        ("{\"nodes\": []\n, \"edges\": [] x}", "line 2, column 15: unexpected 'x': expected ',' or '}'"),
        ("[1]", "expected a JSON object with \"nodes\" and \"edges\", found an array"),
        ("{\"edges\": []}", "nodes: missing required array"),
        ("{\"nodes\": {}, \"edges\": []}", "nodes: expected an array, found an object"),
        ("{\"nodes\": [{\"id\": \"x\", \"label\": \"X\", \"type\": \"nation\"}], \"edges\": []}",
         "nodes[0].type: expected one of country, person, alliance, organization, principle, region, found \"nation\""),
        ("{\"nodes\": [{\"id\": \"x\", \"type\": \"region\", \"aliases\": [3]}], \"edges\": []}",
         "nodes[0].aliases[0]: expected a string, found a number"),
        ("{\"nodes\": [{\"id\": \"x\", \"type\": \"region\"}], \"edges\": [{\"source\": \"x\", \"target\": \"y\", \"type\": \"leads\"}]}",
         "edges[0].target: expected the id of a node in \"nodes\", found \"y\""),
        ("{\"nodes\": [], \"edges\": [{\"source\": \"x\", \"type\": \"likes\", \"target\": \"x\"}]}",
         "edges[0].type: expected one of proposes, rejects, supports, partners-with, tension-with, counters, member-of, leads, serves, upholds, founded, found \"likes\""),
        ("{\"nodes\": [{\"id\": \"x\", \"type\": \"region\"}], \"edges\": [{\"source\": \"x\", \"target\": \"x\", \"type\": \"leads\", \"evidence\": [{\"confidence\": 2, \"sentence\": \"s\"}]}]}",
         "edges[0].evidence[0].confidence: expected a number from 0 to 1, found 2"),
        ("{\"nodes\": [{\"id\": \"x\", \"type\": \"region\"}, {\"id\": \"y\", \"type\": \"region\"}], \"edges\": [{\"source\": \"x\", \"target\": \"y\", \"type\": \"leads\", \"confidence\": 1.5}]}",
         "edges[0].confidence: expected a number from 0 to 1, found 1.5"),
        // Found by the diff fuzz target: a number too big for 4 decimals in Int64 trapped.
        ("{\"nodes\": [{\"id\": \"x\", \"type\": \"region\"}, {\"id\": \"y\", \"type\": \"region\"}], \"edges\": [{\"source\": \"x\", \"target\": \"y\", \"type\": \"leads\", \"confidence\": 7777777777777777777777.5}]}",
         "edges[0].confidence: expected a number from 0 to 1, found 7.777777777777777e+21"),
        ("{\"nodes\": [{\"id\": \"x\", \"type\": \"region\"}], \"edges\": [{\"source\": \"x\", \"target\": \"x\", \"type\": \"leads\"}]}",
         "edges[0]: source and target are both \"x\": a relation joins two different nodes, self-loops are not allowed"),
    ])
    func decodingErrorsNameThePlaceAndWhatWasExpected(input: String, expected: String) {
        #expect(throws: GraphDecodingError.self) { try KnowledgeGraph(jsonBytes: Array(input.utf8), file: "g.json") }
        do {
            _ = try KnowledgeGraph(jsonBytes: Array(input.utf8), file: "g.json")
        } catch {
            #expect(error.description == "g.json: " + expected)
        }
    }

    @Test func deepNestingIsRefusedNotACrash() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: JSONSyntaxError.self) { try JSONValue.parse(deep) }
    }

    @Test func stringsAreEscapedAndUnescaped() throws {
        let s = "quote \" backslash \\ newline \n ctrl \u{7} emoji 🌏 ls \u{2028}"
        let text = JSONValue.string(s).serialized()
        #expect(text == "\"quote \\\" backslash \\\\ newline \\n ctrl \\u0007 emoji 🌏 ls \\u2028\"\n")
        #expect(try JSONValue.parse(text) == .string(s))
        #expect(try JSONValue.parse("\"\\ud83c\\udf0f\"") == .string("🌏"))
    }

    /// Text between escapes is copied in runs: scalars after an escape, combining marks on an
    /// escaped quote, escapes at both ends and one after another come out as the scalar loop gave.
    @Test func escapesCutRunsAtScalars() {
        func quoted(_ s: String, _ c: QuotedString.Controls) -> String {
            var out = ""
            QuotedString.write(s, controls: c, into: &out)
            return out
        }
        #expect(quoted("\"\u{301}a\"", .unicodeEscapes) == "\"\\\"\u{301}a\\\"\"")
        #expect(quoted("\\\n\t\r", .unicodeEscapes) == "\"\\\\\\n\\t\\r\"")
        #expect(quoted("Café\u{2029}x\u{1}", .unicodeEscapes) == "\"Café\\u2029x\\u0001\"")
        #expect(quoted("a\u{85}b\u{7F}\u{2028}", .spaces) == "\"a b \u{2028}\"")
        #expect(quoted("", .unicodeEscapes) == "\"\"")
        #expect(quoted("plain words", .spaces) == "\"plain words\"")
    }

    @Test(arguments: [(0.8125, "0.8125"), (1.0, "1"), (0.1 + 0.2, "0.3"), (-2.5, "-2.5"), (0.00004, "0"),
                      (123456789012.25, "123456789012.25"), (999999999999999, "999999999999999"),
                      (1e15, "1000000000000000.0"), (3e20, "3e+20"), (-4.5e20, "-4.5e+20"),
                      (1.7976931348623157e308, "1.7976931348623157e+308")])
    func numbersHaveOneSpelling(value: Double, text: String) {
        #expect(JSONValue.format(value) == text)
    }
}
