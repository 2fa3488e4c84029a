import KGraphIngest
import KGraphModel

/// One place an entity is named in an article, as found by the entity recognizer and
/// consumed by the relation rules.
public struct EntityMention: Sendable, Hashable {
    /// How the entity is named here; relation rules weigh them differently.
    public enum Form: String, Sendable, Hashable {
        /// Its name or an alias: "India", "NATO", "Shigeru Ishiba", "Jaishankar".
        case name
        /// A demonym or adjective: "Indian", "Japanese".
        case demonym
        /// A capital or seat of government used for the state: "New Delhi", "the Kremlin".
        case metonym
        /// A pronoun or definite description resolved to an entity: "it", "the minister", "the bloc".
        case reference
    }

    /// The node's id (a key of ``EntityAnalysis/nodes``).
    public var nodeID: String
    /// Unicode scalar offsets into the article text.
    public var start: Int
    public var end: Int
    /// Index of the sentence the mention is in.
    public var sentence: Int
    /// Range of token indices within that sentence's tokens (see ``EntityAnalysis/tokens``).
    public var tokenRange: Range<Int>
    public var text: String
    public var form: Form

    public init(nodeID: String, start: Int, end: Int, sentence: Int, tokenRange: Range<Int>, text: String, form: Form) {
        self.nodeID = nodeID
        self.start = start
        self.end = end
        self.sentence = sentence
        self.tokenRange = tokenRange
        self.text = text
        self.form = form
    }
}

/// What the entity recognizer found in one article.
public struct EntityAnalysis: Sendable {
    /// Every entity of the article, by node id, with aliases and mentions filled in.
    public var nodes: [String: Node]
    /// The article's sentences, in order.
    public var sentences: [Sentence]
    /// Tokens of each sentence (parallel to ``sentences``).
    public var tokens: [[Token]]
    /// Mentions of each sentence, in text order (parallel to ``sentences``). Mentions never overlap.
    public var mentions: [[EntityMention]]

    public init(nodes: [String: Node], sentences: [Sentence], tokens: [[Token]], mentions: [[EntityMention]]) {
        self.nodes = nodes
        self.sentences = sentences
        self.tokens = tokens
        self.mentions = mentions
    }
}
