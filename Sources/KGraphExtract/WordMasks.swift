/// Words with a bit mask each: the union of the bits of the groups that hold the word, looked up
/// once per token through a ``WordIndex`` (``LemmaClass``'s classes, ``WordClassBits``' lists).
struct WordMasks<Mask: FixedWidthInteger & Sendable>: Sendable {
    /// Every word of any group, distinct and sorted.
    let words: [String]
    private let index: WordIndex
    private let masks: [Mask]

    /// The words of each group with the group's bit.
    init(_ groups: [(bit: Mask, words: [String])]) {
        var masks: [String: Mask] = [:]
        for (bit, words) in groups { for w in words { masks[w, default: 0] |= bit } }
        words = masks.keys.sorted()
        index = WordIndex(words)
        self.masks = words.map { masks[$0]! }
    }

    /// The bits of the groups that hold `word`, or 0.
    func mask(of word: String) -> Mask {
        guard let k = index.position(of: word) else { return 0 }
        return masks[k]
    }
}
