import KGraphModel

/// A small invented graph that has what the formats must carry: two dated articles, aliases,
/// mentions, a symmetric relation stated in both articles, parallel edges of different types
/// between the same nodes, and evidence with commas, quotes, a bar and a line break.
enum ExportFixtures {
    static func evidence(_ article: String, _ index: Int, _ sentence: String, _ confidence: Double) -> Evidence {
        Evidence(article: article, sentenceIndex: index, sentence: sentence, rule: "svo", confidence: confidence)
    }

    static func mention(_ article: String, _ sentence: Int, _ start: Int, _ text: String) -> Mention {
        Mention(article: article, sentence: sentence, span: TextSpan(start: start, end: start + text.unicodeScalars.count), text: text)
    }

    static var graph: KnowledgeGraph {
        KnowledgeGraph(
            title: "Freedonia & its neighbours",
            articles: [
                ArticleInfo(id: "a1", title: "Freedonia & Sylvania talk", source: "https://example.org/a1", date: "2024-03-01"),
                ArticleInfo(id: "a2", title: "The Kolnor Pact", date: "2024-03-05T08:00:00Z"),
            ],
            nodes: [
                Node(label: "Freedonia", type: .country, aliases: ["Freedonian"],
                     mentions: [mention("a1", 0, 14, "Freedonia"), mention("a2", 0, 0, "Freedonia")]),
                Node(label: "Sylvania", type: .country, mentions: [mention("a1", 1, 60, "Sylvania")]),
                Node(label: "Rufus Firefly", type: .person, mentions: [mention("a1", 0, 0, "Rufus Firefly")]),
                Node(label: "Kolnor Pact", type: .alliance, mentions: [mention("a2", 1, 30, "Kolnor Pact")]),
            ],
            edges: [
                Edge(source: "rufus-firefly", target: "freedonia", type: .leads,
                     evidence: [evidence("a1", 0, "Rufus Firefly, who leads Freedonia, spoke.", 0.9)]),
                Edge(source: "sylvania", target: "freedonia", type: .tensionWith, evidence: [
                    evidence("a1", 1, "Freedonia and Sylvania traded \"warnings\" | again.", 0.8),
                    evidence("a2", 2, "Tensions between Sylvania and Freedonia grew.", 0.5),
                ]),
                Edge(source: "freedonia", target: "kolnor-pact", type: .rejects,
                     evidence: [evidence("a2", 1, "Freedonia rejected the Kolnor Pact,\nsaying no.", 0.7)]),
                Edge(source: "freedonia", target: "kolnor-pact", type: .supports,
                     evidence: [evidence("a1", 2, "Freedonia once backed the pact.", 0.6)]),
            ])
    }
}

extension ExportFixtures {
    /// Two states, one dated article, one symmetric relation.
    static var tiny: KnowledgeGraph {
        KnowledgeGraph(
            articles: [ArticleInfo(id: "a1", title: "Talks", date: "2024-03-01")],
            nodes: [
                Node(label: "Freedonia", type: .country, mentions: [mention("a1", 0, 0, "Freedonia")]),
                Node(label: "Sylvania", type: .country),
            ],
            edges: [Edge(source: "sylvania", target: "freedonia", type: .partnersWith,
                         evidence: [evidence("a1", 0, "Freedonia & Sylvania <agree>.", 0.8)])])
    }
}
