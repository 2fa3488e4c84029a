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

    public static func < (a: Evidence, b: Evidence) -> Bool {
        (a.article, a.sentenceIndex, a.rule ?? "", a.sentence, a.trigger ?? "")
            < (b.article, b.sentenceIndex, b.rule ?? "", b.sentence, b.trigger ?? "")
    }
}
