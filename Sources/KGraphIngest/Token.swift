/// A word, number or punctuation mark of a sentence.
public struct Token: Sendable, Hashable {
    /// What a token is.
    public enum Kind: Sendable, Hashable { case word, number, punctuation }

    /// The token as written, with curly apostrophes folded to `'`.
    public var text: String
    /// Lowercased ``text``.
    public var lower: String
    /// Unicode scalar offsets into the article text.
    public var start: Int
    public var end: Int
    public var kind: Kind

    public init(text: String, start: Int, end: Int, kind: Kind) {
        self.text = text
        self.lower = text.lowercased()
        self.start = start
        self.end = end
        self.kind = kind
    }

    /// Starts with an uppercase letter ("India", "U.S.", "McCain").
    public var isCapitalized: Bool { text.unicodeScalars.first?.properties.isUppercase ?? false }
}
