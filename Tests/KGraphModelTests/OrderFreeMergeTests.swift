import Testing
@testable import KGraphModel

/// A small seeded generator (SplitMix64), so the property test is the same on every run.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}

@Suite("Order-free merge")
struct OrderFreeMergeTests {
    /// Graphs that disagree on everything a merge must settle: labels and types of one id,
    /// article metadata, articles sharing an id across folders.
    static func randomGraphs(_ rng: inout SeededRandom, count: Int) -> [KnowledgeGraph] {
        let names = [("ruritania", ["Ruritania", "Ruritanian", "Strelsau"]), ("freedonia", ["Freedonia", "FREEDONIA", "Freedonian"]),
                     ("pact-of-oaks", ["Pact of Oaks", "Oak Pact", "pact of oaks"]), ("jane-roe", ["Jane Roe", "Roe", "J. Roe"])]
        let types: [NodeType] = [.country, .alliance, .organization, .person]
        let edgeTypes: [EdgeType] = [.supports, .rejects, .partnersWith, .tensionWith]
        var graphs: [KnowledgeGraph] = []
        for g in 0..<count {
            // Folders d0..d2 hold articles of the same few names: x, y.
            let stem = ["x", "y"][Int.random(in: 0...1, using: &rng)]
            let folder = "d\(Int.random(in: 0...2, using: &rng))"
            let article = ArticleInfo(id: stem, title: ["Title A", "Title B", nil][Int.random(in: 0...2, using: &rng)],
                                      source: "\(folder)/\(stem).txt", date: ["2024-05-01", nil][Int.random(in: 0...1, using: &rng)])
            var graph = KnowledgeGraph(title: "graph \(g)", articles: [article])
            for (id, forms) in names where Bool.random(using: &rng) {
                let label = forms[Int.random(in: 0..<forms.count, using: &rng)]
                let mentions = (0..<Int.random(in: 1...3, using: &rng)).map { k in
                    Mention(article: stem, sentence: k, span: TextSpan(start: k * 10, end: k * 10 + 5),
                            text: forms[Int.random(in: 0..<forms.count, using: &rng)])
                }
                graph.add(Node(id: id, label: label, type: types[Int.random(in: 0..<types.count, using: &rng)],
                               aliases: Bool.random(using: &rng) ? [forms[2]] : [], mentions: mentions))
            }
            let ids = graph.nodes.map(\.id)
            for _ in 0..<Int.random(in: 0...3, using: &rng) where ids.count >= 2 {
                let s = ids.randomElement(using: &rng)!, t = ids.randomElement(using: &rng)!
                guard s != t else { continue }
                graph.add(Edge(source: s, target: t, type: edgeTypes.randomElement(using: &rng)!, evidence: [
                    Evidence(article: stem, sentenceIndex: Int.random(in: 0...4, using: &rng), sentence: "Sentence \(g).",
                             confidence: Double(Int.random(in: 1...9, using: &rng)) / 10),
                ]))
            }
            graphs.append(graph)
        }
        return graphs
    }

    /// Splits `graphs` into random consecutive groups, merges each, then merges the groups.
    static func mergedInGroups(_ graphs: [KnowledgeGraph], _ rng: inout SeededRandom) -> KnowledgeGraph {
        var groups: [KnowledgeGraph] = []
        var i = 0
        while i < graphs.count {
            let n = Int.random(in: 1...3, using: &rng)
            groups.append(.merged(graphs[i..<min(graphs.count, i + n)]))
            i += n
        }
        return groups.count == 1 ? groups[0] : .merged(groups)
    }

    @Test func sameBytesForEveryOrderAndGrouping() {
        var rng = SeededRandom(state: 12)
        var differentLabelsSeen = false
        for round in 0..<40 {
            let graphs = Self.randomGraphs(&rng, count: 3 + round % 6)
            let expected = KnowledgeGraph.merged(graphs).jsonString()
            if Set(graphs.flatMap { $0.nodes.map { "\($0.id)=\($0.label)" } }).count > Set(graphs.flatMap { $0.nodes.map(\.id) }).count {
                differentLabelsSeen = true
            }
            for _ in 0..<25 {
                let shuffled = graphs.shuffled(using: &rng)
                #expect(KnowledgeGraph.merged(shuffled).jsonString() == expected)
                #expect(Self.mergedInGroups(shuffled, &rng).jsonString() == expected)
            }
            // Merging a part again changes nothing: it is the same articles.
            #expect(KnowledgeGraph.merged([KnowledgeGraph.merged(graphs), graphs[0]]).jsonString() == expected)
        }
        #expect(differentLabelsSeen, "the generator must make inputs disagree on labels")
    }

    @Test func sameFileNameInTwoFoldersStaysTwoArticles() {
        func graph(_ folder: String, _ sentence: String) -> KnowledgeGraph {
            KnowledgeGraph(
                articles: [ArticleInfo(id: "x", title: "From \(folder)", source: "\(folder)/x.txt")],
                nodes: [Node(label: "Ruritania", type: .country, mentions: [Mention(article: "x", sentence: 0, span: TextSpan(start: 0, end: 9), text: "Ruritania")]),
                        Node(label: "Freedonia", type: .country)],
                edges: [Edge(source: "ruritania", target: "freedonia", type: .rejects, evidence: [Evidence(article: "x", sentenceIndex: 0, sentence: sentence)])])
        }
        let m = KnowledgeGraph.merged([graph("d1", "Ruritania rejected Freedonia."), graph("d2", "Ruritania snubbed Freedonia.")])
        #expect(m.articles.map(\.id) == ["x@d1/x.txt", "x@d2/x.txt"])
        #expect(m.articles.map(\.title) == ["From d1", "From d2"])
        #expect(m.title == "2 articles")
        let evidence = m.edges[0].evidence.map { "\($0.article): \($0.sentence)" }
        #expect(evidence == ["x@d1/x.txt: Ruritania rejected Freedonia.", "x@d2/x.txt: Ruritania snubbed Freedonia."])
        #expect(m.node(id: "ruritania")?.mentions.map(\.article) == ["x@d1/x.txt", "x@d2/x.txt"])
        // A third folder joins the same family whether merged flat or onto the merged pair.
        let third = graph("d3", "Ruritania spurned Freedonia.")
        #expect(KnowledgeGraph.merged([m, third]) == KnowledgeGraph.merged([graph("d1", "Ruritania rejected Freedonia."), third, graph("d2", "Ruritania snubbed Freedonia.")]))
        #expect(KnowledgeGraph.merged([m, third]).articles.map(\.id) == ["x@d1/x.txt", "x@d2/x.txt", "x@d3/x.txt"])
    }

    @Test func labelIsTheCanonicalNameWrittenMostOften() {
        func node(_ label: String, _ texts: [String], article: String) -> KnowledgeGraph {
            KnowledgeGraph(articles: [ArticleInfo(id: article)], nodes: [Node(id: "pact-of-oaks", label: label, type: .alliance, mentions: texts.enumerated().map {
                Mention(article: article, sentence: $0.offset, span: TextSpan(start: 0, end: $0.element.count), text: $0.element)
            })])
        }
        // "Oak Pact" is written most, but its slug is not the id: the canonical names compete.
        let a = node("Pact of Oaks", ["Pact of Oaks", "Oak Pact", "Oak Pact"], article: "a")
        let b = node("Pact Of Oaks", ["Pact Of Oaks", "Pact Of Oaks", "Oak Pact"], article: "b")
        let m = KnowledgeGraph.merged([a, b])
        #expect(m.nodes[0].label == "Pact Of Oaks")
        #expect(m.nodes[0].aliases == ["Pact of Oaks"])
        // One more mention of the other spelling turns it round.
        let c = node("Pact of Oaks", ["Pact of Oaks", "Pact of Oaks"], article: "c")
        #expect(KnowledgeGraph.merged([a, b, c]).nodes[0].label == "Pact of Oaks")
        #expect(KnowledgeGraph.merged([c, b, a]).nodes[0].label == "Pact of Oaks")
    }

    @Test func typeAndTitleDoNotDependOnOrder() {
        let asOrganization = KnowledgeGraph(title: "first", articles: [ArticleInfo(id: "a", title: "A")], nodes: [Node(label: "Quad", type: .organization)])
        let asAlliance = KnowledgeGraph(title: "second", articles: [ArticleInfo(id: "b", title: "B")], nodes: [Node(label: "Quad", type: .alliance)])
        for order in [[asOrganization, asAlliance], [asAlliance, asOrganization]] {
            let m = KnowledgeGraph.merged(order)
            #expect(m.nodes[0].type == .alliance)
            #expect(m.title == "2 articles")
            #expect(KnowledgeGraph.merged(order, title: "Quad watch").title == "Quad watch")
        }
        #expect(KnowledgeGraph.merged([asOrganization]).title == "A")
    }

    @Test func sameArticleWithDifferentMetadataKeepsOneRecord() {
        let older = KnowledgeGraph(articles: [ArticleInfo(id: "a", title: "Draft", source: "a.txt")])
        let newer = KnowledgeGraph(articles: [ArticleInfo(id: "a", title: "Final", source: "a.txt", date: "2024-05-02")])
        #expect(KnowledgeGraph.merged([older, newer]).articles == KnowledgeGraph.merged([newer, older]).articles)
        #expect(KnowledgeGraph.merged([older, newer]).articles.count == 1)
    }
}
