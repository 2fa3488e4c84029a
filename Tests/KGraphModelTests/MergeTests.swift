import Testing
@testable import KGraphModel

@Suite("Merging graphs")
struct MergeTests {
    let a = Mention(article: "a", sentence: 0, span: TextSpan(start: 0, end: 5), text: "India")
    let b = Mention(article: "b", sentence: 2, span: TextSpan(start: 10, end: 16), text: "Indian")

    @Test func sameIdBecomesOneNodeWithUnitedAliasesAndMentions() {
        let g1 = KnowledgeGraph(nodes: [Node(label: "India", type: .country, aliases: ["New Delhi"], mentions: [a])])
        let g2 = KnowledgeGraph(nodes: [Node(label: "India", type: .country, aliases: ["Indian"], mentions: [b])])
        let merged = KnowledgeGraph.merged([g1, g2])
        #expect(merged.nodes.count == 1)
        #expect(merged.nodes[0].aliases == ["Indian", "New Delhi"])
        #expect(merged.nodes[0].mentions == [a, b])
    }

    @Test func differentLabelForSameIdBecomesAnAlias() {
        var g = KnowledgeGraph()
        g.add(Node(id: "united-states", label: "United States", type: .country))
        g.add(Node(id: "united-states", label: "U.S.", type: .country))
        #expect(g.nodes.map(\.label) == ["United States"])
        #expect(g.nodes[0].aliases == ["U.S."])
    }

    @Test func symmetricEdgesAreOneEdgeWhicheverWayWritten() {
        let e1 = Evidence(article: "a", sentenceIndex: 1, sentence: "India and Japan held talks.", confidence: 0.5)
        let e2 = Evidence(article: "b", sentenceIndex: 4, sentence: "Japan courted India.", confidence: 0.5)
        var g = KnowledgeGraph(nodes: [Node(label: "India", type: .country), Node(label: "Japan", type: .country)])
        g.add(Edge(source: "japan", target: "india", type: .partnersWith, evidence: [e1]))
        g.add(Edge(source: "india", target: "japan", type: .partnersWith, evidence: [e2]))
        #expect(g.edges.count == 1)
        #expect(g.edges[0].source == "india" && g.edges[0].target == "japan")
        #expect(g.edges[0].evidence == [e1, e2])
        #expect(abs(g.edges[0].confidence - 0.75) < 1e-9)
    }

    @Test func directedEdgesKeepTheirDirection() {
        var g = KnowledgeGraph()
        g.add(Edge(source: "japan", target: "asian-nato", type: .proposes))
        g.add(Edge(source: "asian-nato", target: "japan", type: .proposes))
        #expect(g.edges.count == 2)
    }

    @Test func sameEdgeUnitesEvidenceAcrossArticles() {
        let e1 = Evidence(article: "one", sentenceIndex: 0, sentence: "India rejected the plan.")
        let e2 = Evidence(article: "two", sentenceIndex: 3, sentence: "New Delhi said no to the plan.")
        let g1 = KnowledgeGraph(articles: [ArticleInfo(id: "one")], edges: [Edge(source: "india", target: "plan", type: .rejects, evidence: [e1])])
        let g2 = KnowledgeGraph(articles: [ArticleInfo(id: "two")], edges: [Edge(source: "india", target: "plan", type: .rejects, evidence: [e2, e1])])
        let m = KnowledgeGraph.merged([g2, g1])
        #expect(m.edges.count == 1)
        #expect(m.edges[0].evidence.map(\.article) == ["one", "two"])
        #expect(m.articles.map(\.id) == ["one", "two"])
    }

    @Test func minConfidenceDropsWeakEvidenceAndEmptiedEdges() {
        let weak = Evidence(article: "a", sentenceIndex: 0, sentence: "x", confidence: 0.2)
        let strong = Evidence(article: "a", sentenceIndex: 1, sentence: "y", confidence: 0.9)
        let g = KnowledgeGraph(edges: [
            Edge(source: "a", target: "b", type: .supports, evidence: [weak]),
            Edge(source: "a", target: "c", type: .supports, evidence: [weak, strong]),
            Edge(source: "a", target: "d", type: .supports),
        ])
        let f = g.filtered(minConfidence: 0.5)
        #expect(f.edges.map(\.target) == ["c", "d"])
        #expect(f.edge(Edge.Key(source: "a", type: .supports, target: "c"))?.evidence == [strong])
    }

    @Test func removingANodeRemovesItsEdges() {
        var g = KnowledgeGraph(
            nodes: [Node(label: "A", type: .country), Node(label: "B", type: .country), Node(label: "C", type: .country)],
            edges: [Edge(source: "a", target: "b", type: .tensionWith), Edge(source: "b", target: "c", type: .tensionWith)])
        g.removeNodes { $0.id == "c" }
        #expect(g.nodes.map(\.id) == ["a", "b"])
        #expect(g.edges.map(\.key) == [Edge.Key(source: "a", type: .tensionWith, target: "b")])
    }
}
