/// An ASCII word with its ``ASCIIHash`` byte hash, for testing a piece's key against a fixed
/// word in a loop over every piece: most keys differ, and their hashes say so in one integer
/// compare (``Piece/hasKey(_:)``).
struct HashedWord: Sendable {
    let text: String
    let hash: UInt32

    init(_ text: String) {
        guard let h = ASCIIHash.fnv1a(text) else { preconditionFailure("HashedWord is for ASCII words: \(text)") }
        self.text = text
        hash = h
    }
}

extension Piece {
    /// Whether the key is `word` (as `key == word.text` answers: a key that is not ASCII is
    /// compared as a string).
    @inline(__always)
    func hasKey(_ word: HashedWord) -> Bool {
        isASCIIKey ? keyHash == word.hash && key == word.text : key == word.text
    }
}

extension Tokenized {
    /// `s == s.uppercased()`; an ASCII string is decided by its bytes (no a-z), without
    /// building its uppercase.
    static func isWrittenUppercase(_ s: String) -> Bool {
        let ascii: Bool? = UTF8Bytes.scan(s) { bytes in
            var noLowercase = true
            for b in bytes {
                if b >= 0x80 { return nil }
                if b &- 0x61 < 26 { noLowercase = false }
            }
            return noLowercase
        }
        return ascii ?? (s == s.uppercased())
    }
}
