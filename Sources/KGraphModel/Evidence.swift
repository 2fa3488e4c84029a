/// How a statement is presented in its sentence.
public enum Modality: String, Sendable, Hashable, CaseIterable {
    /// Stated by the article as fact.
    case asserted
    /// Softened: "may", "could", "is expected to", "reportedly".
    case hedged
    /// Someone's words: "X said ...", quotes.
    case reported
}

/// One sentence that supports an edge, with where its parts stand and why it fired.
public struct Evidence: Sendable, Hashable, Comparable {
    public var article: String
    /// Index of the sentence within the article, from 0.
    public var sentenceIndex: Int
    public var sentence: String
    /// Where the sentence stands in the article text.
    public var span: TextSpan?
    public var sourceSpan: TextSpan?
    public var targetSpan: TextSpan?
    public var triggerSpan: TextSpan?
    /// The word or phrase that signalled the relation ("suggested", "refusal to join").
    public var trigger: String?
    /// Id of the extraction rule that fired (`svo`, `apposition-title`, ...).
    public var rule: String?
    public var modality: Modality
    /// Who made the statement, when it is reported speech (a node id).
    public var attribution: String?
    /// Probability that the edge is right given this sentence, in [0, 1].
    public var confidence: Double

    public init(
        article: String, sentenceIndex: Int, sentence: String, span: TextSpan? = nil,
        sourceSpan: TextSpan? = nil, targetSpan: TextSpan? = nil, triggerSpan: TextSpan? = nil,
        trigger: String? = nil, rule: String? = nil, modality: Modality = .asserted,
        attribution: String? = nil, confidence: Double = 1
    ) {
        self.article = article
        self.sentenceIndex = sentenceIndex
        self.sentence = sentence
        self.span = span
        self.sourceSpan = sourceSpan
        self.targetSpan = targetSpan
        self.triggerSpan = triggerSpan
        self.trigger = trigger
        self.rule = rule
        self.modality = modality
        self.attribution = attribution
        self.confidence = min(1, max(0, confidence))
    }

    /// A total order: by article, sentence, rule, text and trigger, then (for pieces that
    /// agree on those) by every other field, so that sorting a set of evidence gives one
    /// order whatever order the set was built in.
    public static func < (a: Evidence, b: Evidence) -> Bool {
        let x = (a.article, a.sentenceIndex, a.rule ?? "", a.sentence, a.trigger ?? "")
        let y = (b.article, b.sentenceIndex, b.rule ?? "", b.sentence, b.trigger ?? "")
        if x != y { return x < y }
        if a.confidence != b.confidence { return a.confidence < b.confidence }
        if a.modality != b.modality { return a.modality.rawValue < b.modality.rawValue }
        if a.attribution != b.attribution { return (a.attribution ?? "") < (b.attribution ?? "") }
        return a.spanKey.lexicographicallyPrecedes(b.spanKey)
    }

    private var spanKey: [Int] {
        [span, sourceSpan, targetSpan, triggerSpan].flatMap { [$0?.start ?? -1, $0?.end ?? -1] }
    }
}
