/// The position of each of a list of distinct words, answering as a `[String: Int]` of them
/// does, for look-ups made once per token (lemma entries, lemma classes).
///
/// Like ``WordSet``: an ASCII key is hashed by its bytes (FNV-1a) into an open-addressing table
/// of the ASCII words, so no `Hasher` runs; a key that is not ASCII asks the dictionary (Swift
/// compares strings by canonical equivalence), and so does every key when a word holds one of
/// the three non-ASCII scalars canonically equal to ASCII (U+037E, U+1FEF, U+212A).
struct WordIndex: Sendable {
    private let positions: [String: Int]
    /// Per slot: the word's hash (never 0) in the high 32 bits and its position in the low
    /// ones, or 0 for an empty slot (one load tells a miss, the usual answer, from a hit).
    private let slots: [UInt64]
    /// The words by position (compared on a hash hit).
    private let words: [String]
    private let mask: Int
    private let dictionaryOnly: Bool

    /// An index of `words`, which must be distinct (as `String`s compare).
    init(_ words: [String]) {
        var positions: [String: Int] = [:]
        for (k, w) in words.enumerated() { positions[w] = k }
        self.positions = positions
        self.words = words
        var size = 8
        while size < words.count * 2 { size *= 2 }
        var slots = [UInt64](repeating: 0, count: size)
        var dictionaryOnly = false
        for (k, w) in words.enumerated() {
            if w.unicodeScalars.contains(where: { $0 == "\u{037E}" || $0 == "\u{1FEF}" || $0 == "\u{212A}" }) { dictionaryOnly = true }
            guard let h = WordIndex.hash(w) else { continue }
            var i = WordIndex.slot(h, size - 1)
            while slots[i] != 0 { i = (i + 1) & (size - 1) }
            slots[i] = UInt64(h) << 32 | UInt64(k)
        }
        self.slots = slots
        self.mask = size - 1
        self.dictionaryOnly = dictionaryOnly
    }

    /// The position of `word` in the list, nil when it is none of them.
    @inline(__always)
    func position(of word: String) -> Int? { position(of: word, asciiHash: ASCIIHash.fnv1a(word)) }

    /// ``position(of:)``, given `ASCIIHash.fnv1a(word)` (a sentence frame keeps its words' hashes).
    @inline(__always)
    func position(of word: String, asciiHash: UInt32?) -> Int? {
        guard !dictionaryOnly, let h = asciiHash.map({ $0 | 1 }) else { return positions[word] }
        var i = WordIndex.slot(h, mask)
        while true {
            let s = slots[i]
            if s == 0 { return nil }
            if UInt32(truncatingIfNeeded: s >> 32) == h {
                let k = Int(truncatingIfNeeded: s & 0xFFFF_FFFF)
                if words[k] == word { return k }
            }
            i = (i + 1) & mask
        }
    }

    /// FNV-1a of an ASCII string's bytes (never 0); nil for any other string.
    @inline(__always)
    private static func hash(_ s: String) -> UInt32? {
        ASCIIHash.fnv1a(s).map { $0 | 1 }
    }

    @inline(__always)
    private static func slot(_ h: UInt32, _ mask: Int) -> Int { Int(h ^ (h >> 15)) & mask }
}
