import KGraphModel

/// Small hand-made graphs; sentences are our own.
enum Fixture {
    static func node(_ label: String, _ type: NodeType = .country, id: String? = nil, aliases: [String] = []) -> Node {
        Node(id: id, label: label, type: type, aliases: aliases)
    }

    static func edge(_ s: String, _ type: EdgeType, _ t: String, article: String = "", sentence: String = "",
                     index: Int = 0, confidence: Double = 1) -> Edge {
        let evidence = sentence.isEmpty ? [] : [Evidence(article: article, sentenceIndex: index, sentence: sentence, confidence: confidence)]
        return Edge(source: s, target: t, type: type, evidence: evidence)
    }

    static func graph(_ nodes: [Node], _ edges: [Edge]) -> KnowledgeGraph {
        KnowledgeGraph(nodes: nodes, edges: edges)
    }
}
