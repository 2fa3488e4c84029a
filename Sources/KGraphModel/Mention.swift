/// One place an entity is named in an article.
public struct Mention: Sendable, Hashable, Comparable {
    /// The article's id (file stem or JSON Lines id).
    public var article: String
    /// Index of the sentence within the article, from 0.
    public var sentence: Int
    /// Where the surface form stands in the article text.
    public var span: TextSpan
    /// The surface form as written ("New Delhi", "Indian").
    public var text: String

    public init(article: String, sentence: Int, span: TextSpan, text: String) {
        self.article = article
        self.sentence = sentence
        self.span = span
        self.text = text
    }

    /// A total order (the sentence breaks the last ties), so a sorted set of mentions has
    /// one order whatever order the set was built in.
    public static func < (a: Mention, b: Mention) -> Bool {
        (a.article, a.span.start, a.span.end, a.text, a.sentence) < (b.article, b.span.start, b.span.end, b.text, b.sentence)
    }
}
