import KGraphIngest
import KGraphModel
@testable import KGraphExtract

/// Builds an article and its entity analysis from marked-up text, so the relation rules can be
/// tested without the entity recognizer. One sentence per line; entities are written
/// `[surface|type]`, `[surface|type|Label]` or `[surface|type|Label|dem]` (`dem`, `met` or `ref`
/// for the mention form).
func relAnalysis(_ markup: String, id: String = "t") -> (Article, EntityAnalysis) {
    var text: [Unicode.Scalar] = []
    struct Mark { var start: Int; var end: Int; var label: String; var type: NodeType; var form: EntityMention.Form }
    var marks: [Mark] = []
    var s = Array(markup.unicodeScalars)[...]
    while let c = s.first {
        if c == "[", let close = s.firstIndex(of: "]") {
            let inner = String(String.UnicodeScalarView(s[s.index(after: s.startIndex)..<close]))
            let parts = inner.split(separator: "|").map(String.init)
            let start = text.count
            text += parts[0].unicodeScalars
            let form: EntityMention.Form = parts.count > 3 ? (parts[3] == "dem" ? .demonym : parts[3] == "met" ? .metonym : .reference) : .name
            marks.append(Mark(start: start, end: text.count, label: parts.count > 2 ? parts[2] : parts[0],
                              type: NodeType(rawValue: parts[1])!, form: form))
            s = s[s.index(after: close)...]
            continue
        }
        text.append(c)
        s = s.dropFirst()
    }
    let plain = String(String.UnicodeScalarView(text))
    var sentences: [Sentence] = []
    var start = 0
    for (i, ch) in text.enumerated() where ch == "\n" || i == text.count - 1 {
        let end = ch == "\n" ? i : i + 1
        if end > start {
            sentences.append(Sentence(index: sentences.count, start: start, end: end,
                                      text: String(String.UnicodeScalarView(text[start..<end])), paragraph: 0))
        }
        start = i + 1
    }
    var nodes: [String: Node] = [:]
    var tokens: [[Token]] = []
    var mentions: [[EntityMention]] = []
    for sen in sentences {
        let toks = Tokenizer.tokens(text, in: sen.start..<sen.end)
        tokens.append(toks)
        var ms: [EntityMention] = []
        for m in marks where m.start >= sen.start && m.end <= sen.end {
            // A mention may be part of a hyphenated token ("Peru-Chile"): it then covers that token.
            guard let a = toks.lastIndex(where: { $0.start <= m.start }),
                  let b = toks.firstIndex(where: { $0.end >= m.end }), b >= a else { continue }
            let id = Slug.make(m.label)
            if nodes[id] == nil { nodes[id] = Node(label: m.label, type: m.type) }
            ms.append(EntityMention(nodeID: id, start: m.start, end: m.end, sentence: sen.index, tokenRange: a..<(b + 1),
                                    text: String(String.UnicodeScalarView(text[m.start..<m.end])), form: m.form))
        }
        mentions.append(ms)
    }
    return (Article(id: id, text: plain), EntityAnalysis(nodes: nodes, sentences: sentences, tokens: tokens, mentions: mentions))
}

/// Edges of marked-up text.
func relEdges(_ markup: String, roles: [String: [LexiconRole]] = [:], memberships: [String: Set<String>] = [:]) -> [Edge] {
    let (a, e) = relAnalysis(markup)
    return RelationExtractor(verbs: .bundled, roles: roles, memberships: memberships).relations(in: a, entities: e)
}

/// Edges as "source type target" strings, sorted.
func relKeys(_ markup: String, roles: [String: [LexiconRole]] = [:], memberships: [String: Set<String>] = [:]) -> [String] {
    relEdges(markup, roles: roles, memberships: memberships).map { "\($0.source) \($0.type.rawValue) \($0.target)" }.sorted()
}

/// The graph the whole extractor (bundled lexicon) gives for `text`, as one article.
func extractedGraph(_ text: String, lexicon: Lexicon = .bundled) -> KnowledgeGraph {
    Extractor(lexicon: lexicon).extract(Article(id: "t", text: text))
}

/// Edges of ``extractedGraph(_:lexicon:)`` as "source type target" strings.
func extractedEdgeKeys(_ text: String, lexicon: Lexicon = .bundled) -> Set<String> {
    Set(extractedGraph(text, lexicon: lexicon).edges.map { "\($0.source) \($0.type.rawValue) \($0.target)" })
}
