/// A set of words for the hot `contains` tests of the recognizer and the parser (closed word
/// classes: prepositions, titles, common words, ...), answering as `Set<String>` does.
///
/// `Set<String>` hashes every key with `Hasher` (SipHash), which cost more than the tests
/// around it. Here an ASCII key is hashed by its bytes (FNV-1a) into a small open-addressing
/// table of the set's ASCII words; most keys are in no word class and end at an empty slot.
/// ASCII strings are equal exactly when their bytes are, so the answer is the same. A key that
/// is not ASCII asks the `Set` (Swift compares strings by canonical equivalence), and so does
/// every key when a word holds one of the three non-ASCII scalars canonically equal to ASCII
/// (U+037E, U+1FEF, U+212A).
struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    private let members: Set<String>
    /// Per slot: the word's hash (never 0), or 0 for an empty slot.
    private let hashes: [UInt32]
    private let words: [String]
    private let mask: Int
    private let setOnly: Bool
    /// The set's ``WordClassBits`` bit, or 0: with one, a token of a parsed sentence answers
    /// by its word's bits (``SentenceFrame/isIn(_:_:)``).
    let classBit: UInt64

    init<S: Sequence<String>>(_ words: S) { self.init(words, classBit: 0) }

    /// A set of `words` with bit `classBit` of ``WordClassBits`` (the bit of the list they are).
    init<S: Sequence<String>>(_ words: S, classBit: UInt64) {
        let set = Set(words)
        self.members = set
        self.classBit = classBit
        var size = 8
        while size < set.count * 4 { size *= 2 }
        var hashes = [UInt32](repeating: 0, count: size)
        var slots = [String](repeating: "", count: size)
        var setOnly = false
        for w in set {
            if w.unicodeScalars.contains(where: { $0 == "\u{037E}" || $0 == "\u{1FEF}" || $0 == "\u{212A}" }) { setOnly = true }
            guard let h = WordSet.hash(w) else { continue }
            var i = WordSet.slot(h, size - 1)
            while hashes[i] != 0 { i = (i + 1) & (size - 1) }
            hashes[i] = h
            slots[i] = w
        }
        self.hashes = hashes
        self.words = slots
        self.mask = size - 1
        self.setOnly = setOnly
    }

    init(arrayLiteral words: String...) { self.init(words) }

    /// Whether `word` is in the set (canonical equivalence, as `Set<String>`).
    @inline(__always)
    func contains(_ word: String) -> Bool { contains(word, asciiHash: ASCIIHash.fnv1a(word)) }

    /// Whether a piece's key is in the set, by the hash the piece carries.
    @inline(__always)
    func contains(_ piece: Piece) -> Bool { contains(piece.key, asciiHash: piece.asciiHash) }

    /// `contains(word)`, given `ASCIIHash.fnv1a(word)` (a piece's, or a sentence frame's
    /// ``SentenceFrame/isIn(_:_:)``).
    @inline(__always)
    func contains(_ word: String, asciiHash: UInt32?) -> Bool {
        guard !setOnly, let h = asciiHash.map({ $0 | 1 }) else { return members.contains(word) }
        var i = WordSet.slot(h, mask)
        while true {
            let s = hashes[i]
            if s == 0 { return false }
            if s == h, words[i] == word { return true }
            i = (i + 1) & mask
        }
    }

    var count: Int { members.count }
    var isEmpty: Bool { members.isEmpty }
    func makeIterator() -> Set<String>.Iterator { members.makeIterator() }

    /// The words of both.
    func union<S: Sequence<String>>(_ other: S) -> WordSet { WordSet(members.union(other)) }

    /// FNV-1a of an ASCII string's bytes (never 0); nil for any other string.
    @inline(__always)
    private static func hash(_ s: String) -> UInt32? {
        ASCIIHash.fnv1a(s).map { $0 | 1 }
    }

    @inline(__always)
    private static func slot(_ h: UInt32, _ mask: Int) -> Int { Int(h ^ (h >> 15)) & mask }
}
