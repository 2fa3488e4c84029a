import Testing
@testable import KGraphModel

@Suite("Views of a graph")
struct GraphViewTests {
    /// Ruritania at the centre: a chain to Zembla, a pair stated by two articles, an isolated
    /// principle, dated articles in May and June.
    static let graph: KnowledgeGraph = {
        func ev(_ article: String, _ i: Int, _ c: Double = 0.9) -> Evidence {
            Evidence(article: article, sentenceIndex: i, sentence: "Invented sentence \(i).", confidence: c)
        }
        func mention(_ article: String, _ text: String) -> Mention {
            Mention(article: article, sentence: 0, span: TextSpan(start: 0, end: text.count), text: text)
        }
        return KnowledgeGraph(
            articles: [ArticleInfo(id: "may", date: "2024-05-10"), ArticleInfo(id: "june", date: "2024-06-02T09:00:00Z"), ArticleInfo(id: "undated")],
            nodes: [
                Node(label: "Ruritania", type: .country, aliases: ["Strelsau"], mentions: [mention("may", "Ruritania"), mention("june", "Ruritania")]),
                Node(label: "Freedonia", type: .country, mentions: [mention("may", "Freedonia")]),
                Node(label: "Oak Pact", type: .alliance, mentions: [mention("june", "Oak Pact")]),
                Node(label: "Zembla", type: .country, mentions: [mention("undated", "Zembla")]),
                Node(label: "Jane Roe", type: .person, mentions: [mention("may", "Jane Roe")]),
                Node(label: "Free Seas", type: .principle, mentions: [mention("june", "Free Seas")]),
            ],
            edges: [
                Edge(source: "ruritania", target: "freedonia", type: .tensionWith, evidence: [ev("may", 1), ev("june", 2)]),
                Edge(source: "ruritania", target: "oak-pact", type: .rejects, evidence: [ev("june", 3, 0.4)]),
                Edge(source: "oak-pact", target: "zembla", type: .supports, evidence: [ev("undated", 4)]),
                Edge(source: "jane-roe", target: "ruritania", type: .leads, evidence: [ev("may", 5)]),
            ])
    }()

    func ids(_ view: GraphView) throws -> [String] { try view.apply(to: Self.graph).nodes.map(\.id) }

    @Test func focusTakesNeighboursToTheGivenDepthEitherDirection() throws {
        #expect(try ids(GraphView(focus: ["oak-pact"], depth: 1)) == ["oak-pact", "ruritania", "zembla"])
        #expect(try ids(GraphView(focus: ["Strelsau"], depth: 0)) == ["ruritania"])
        #expect(try ids(GraphView(focus: ["zembla"], depth: 2)) == ["oak-pact", "ruritania", "zembla"])
        #expect(try ids(GraphView(focus: ["JANE ROE", "zembla"], depth: 1)) == ["jane-roe", "oak-pact", "ruritania", "zembla"])
        #expect(throws: GraphView.FocusError.self) { try GraphView(focus: ["Atlantis"]).apply(to: Self.graph) }
        #expect(try GraphView(focus: ["Atlantis"]).apply(to: Self.graph, lenient: true).nodes.isEmpty)
    }

    @Test func topRanksByEvidenceOnTheEdges() throws {
        // ruritania 4 pieces, freedonia 2, oak-pact 2 (1 mention), jane-roe 1, zembla 1.
        #expect(try ids(GraphView(top: 2)) == ["freedonia", "ruritania"])
        let v = try GraphView(top: 3).apply(to: Self.graph)
        #expect(v.nodes.map(\.id) == ["freedonia", "oak-pact", "ruritania"])
        #expect(v.edges.map(\.type) == [.tensionWith, .rejects])
    }

    @Test func typesEdgeTypesConfidenceAndArticles() throws {
        #expect(try ids(GraphView(nodeTypes: [.country])) == ["freedonia", "ruritania", "zembla"])
        let rejects = try GraphView(edgeTypes: [.rejects], hideIsolated: true).apply(to: Self.graph)
        #expect(rejects.nodes.map(\.id) == ["oak-pact", "ruritania"])
        #expect(try GraphView(minConfidence: 0.5).apply(to: Self.graph).edges.allSatisfy { $0.type != .rejects })
        let twice = try GraphView(minArticles: 2, hideIsolated: true).apply(to: Self.graph)
        #expect(twice.edges.map(\.type) == [.tensionWith])
        #expect(twice.nodes.map(\.id) == ["freedonia", "ruritania"])
    }

    @Test func datesKeepOnlyWhatArticlesOfTheRangeSay() throws {
        let may = try GraphView(since: "2024-05-01", until: "2024-05-31").apply(to: Self.graph)
        #expect(may.articles.map(\.id) == ["may"])
        #expect(may.nodes.map(\.id) == ["freedonia", "jane-roe", "ruritania"])
        #expect(may.edges.map(\.type) == [.tensionWith, .leads])
        #expect(may.edges.flatMap(\.evidence).allSatisfy { $0.article == "may" })
        // A time of day counts by its day; undated articles drop out once a bound is set.
        let june = try GraphView(since: "2024-06-02").apply(to: Self.graph)
        #expect(june.articles.map(\.id) == ["june"])
        #expect(june.nodes.map(\.id) == ["free-seas", "freedonia", "oak-pact", "ruritania"])
    }

    @Test func hideIsolatedAndCaption() throws {
        #expect(try ids(GraphView(hideIsolated: true)).contains("free-seas") == false)
        #expect(try ids(GraphView()).count == 6)
        #expect(GraphView().caption() == nil && GraphView().isEmpty)
        let v = GraphView(focus: ["ruritania"], depth: 2, top: 50, edgeTypes: [.rejects, .counters], minArticles: 2,
                          since: "2024-05-01", hideIsolated: true)
        #expect(v.caption(labels: ["ruritania": "Ruritania"]) ==
            "Showing around Ruritania (depth 2); top 50 by evidence; relations: rejects, counters; relations in ≥ 2 articles; articles since 2024-05-01; entities without relations hidden")
    }
}
