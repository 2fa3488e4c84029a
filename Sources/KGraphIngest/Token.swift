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
        self.lower = Token.lowercased(text)
        self.start = start
        self.end = end
        self.kind = kind
    }

    /// A token whose lowercase the tokenizer made along with its text.
    init(text: String, lower: String, start: Int, end: Int, kind: Kind) {
        self.text = text
        self.lower = lower
        self.start = start
        self.end = end
        self.kind = kind
    }

    /// `text.lowercased()`, without building a new string for ASCII text that has no capital
    /// (most words of running text).
    @inline(__always)
    static func lowercased(_ text: String) -> String {
        // (Over the contiguous bytes, which every native string has: faster than the UTF-8 view's iterator.)
        let plain = text.utf8.withContiguousStorageIfAvailable { !$0.contains { $0 &- 0x41 < 26 || $0 >= 0x80 } }
            ?? !text.utf8.contains { $0 &- 0x41 < 26 || $0 >= 0x80 }
        return plain ? text : text.lowercased()
    }

    /// Starts with an uppercase letter ("India", "U.S.", "McCain").
    public var isCapitalized: Bool { Token.isCapitalized(text) }

    /// `s` starts with an uppercase letter; ASCII is decided from the first byte alone.
    @inline(__always)
    public static func isCapitalized(_ s: String) -> Bool {
        guard let u = s.utf8.first else { return false }
        if u < 0x80 { return u >= 0x41 && u <= 0x5A }
        return s.unicodeScalars.first!.properties.isUppercase
    }
}
