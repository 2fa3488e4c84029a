import KGraphModel

/// The rows of a graph's entity and relation tables, shared by the HTML and Markdown writers.
struct GraphTables {
    struct EntityRow {
        var id: String
        var label: String
        var type: NodeType
        /// The names the article used for the entity besides its label, in order of first use
        /// (all aliases when the graph records no mentions).
        var usedForms: [String]
        /// The entity's other aliases (from the lexicon), which the article did not use.
        var otherAliases: [String]
        var mentions: Int

        init(_ node: Node) {
            id = node.id
            label = node.label
            type = node.type
            mentions = node.mentions.count
            guard !node.mentions.isEmpty else {
                usedForms = node.aliases
                otherAliases = []
                return
            }
            var seen: Set<String> = [node.label.lowercased()]
            usedForms = []
            for m in node.mentions.sorted() where seen.insert(m.text.lowercased()).inserted {
                usedForms.append(m.text)
            }
            otherAliases = node.aliases.filter { seen.insert($0.lowercased()).inserted }
        }
    }

    struct RelationRow {
        var source: String
        var type: EdgeType
        var target: String
        var confidence: Double
        var evidence: [Evidence]
    }

    var entities: [EntityRow]
    var relations: [RelationRow]

    /// Entities by type then label; relations by source label, type, target label, so the
    /// tables read naturally and stay in the same order for the same graph.
    init(_ graph: KnowledgeGraph) {
        entities = graph.nodes
            .map { EntityRow($0) }
            .sorted { ($0.type, $0.label, $0.id) < ($1.type, $1.label, $1.id) }
        func label(_ id: String) -> String { graph.node(id: id)?.label ?? id }
        relations = graph.edges
            .map { RelationRow(source: label($0.source), type: $0.type, target: label($0.target), confidence: $0.confidence, evidence: $0.evidence) }
            .sorted { ($0.source, $0.type, $0.target) < ($1.source, $1.type, $1.target) }
    }
}

extension Evidence {
    /// Short notes shown after the quote: modality when not plain fact, the trigger word,
    /// and the article when the graph spans several.
    /// The trigger is left out when `triggerShown` (the quote already marks it).
    func notes(showArticle: Bool, triggerShown: Bool = false) -> [String] {
        var notes: [String] = []
        if modality != .asserted { notes.append(modality.rawValue) }
        if let trigger, !trigger.isEmpty, !triggerShown { notes.append("trigger: \u{201C}\(trigger)\u{201D}") }
        if showArticle, !article.isEmpty { notes.append("article: \(article)") }
        return notes
    }
}
