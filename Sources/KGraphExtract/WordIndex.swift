/// The position of each of a list of distinct words, answering as a `[String: Int]` of them
/// does, for look-ups made once per token (lemma entries, lemma classes).
///
/// Like ``WordSet``: an ASCII key is hashed by its bytes (FNV-1a) into an open-addressing table
/// of the ASCII words, so no `Hasher` runs; a key that is not ASCII asks the dictionary (Swift
/// compares strings by canonical equivalence), and so does every key when a word holds one of
/// the three non-ASCII scalars canonically equal to ASCII (U+037E, U+1FEF, U+212A).
struct WordIndex: Sendable {
    private let positions: [String: Int]
    /// Per slot: the word's hash (never 0), or 0 for an empty slot.
    private let hashes: [UInt32]
    private let words: [String]
    private let slotPositions: [Int]
    private let mask: Int
    private let dictionaryOnly: Bool

    /// An index of `words`, which must be distinct (as `String`s compare).
    init(_ words: [String]) {
        var positions: [String: Int] = [:]
        for (k, w) in words.enumerated() { positions[w] = k }
        self.positions = positions
        var size = 8
        while size < words.count * 2 { size *= 2 }
        var hashes = [UInt32](repeating: 0, count: size)
        var slots = [String](repeating: "", count: size)
        var slotPositions = [Int](repeating: -1, count: size)
        var dictionaryOnly = false
        for (k, w) in words.enumerated() {
            if w.unicodeScalars.contains(where: { $0 == "\u{037E}" || $0 == "\u{1FEF}" || $0 == "\u{212A}" }) { dictionaryOnly = true }
            guard let h = WordIndex.hash(w) else { continue }
            var i = WordIndex.slot(h, size - 1)
            while hashes[i] != 0 { i = (i + 1) & (size - 1) }
            hashes[i] = h
            slots[i] = w
            slotPositions[i] = k
        }
        self.hashes = hashes
        self.words = slots
        self.slotPositions = slotPositions
        self.mask = size - 1
        self.dictionaryOnly = dictionaryOnly
    }

    /// The position of `word` in the list, nil when it is none of them.
    @inline(__always)
    func position(of word: String) -> Int? {
        guard !dictionaryOnly, let h = WordIndex.hash(word) else { return positions[word] }
        var i = WordIndex.slot(h, mask)
        while true {
            let s = hashes[i]
            if s == 0 { return nil }
            if s == h, words[i] == word { return slotPositions[i] }
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
