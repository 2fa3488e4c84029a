/// The keys of the words an article writes in lowercase, for ``RecognizerRun/isWrittenLowercase(_:)``.
///
/// Built once per article from every lowercase word, so it avoids `Hasher`: ASCII keys go into
/// an open-addressing table by a byte hash (FNV-1a), where equal bytes mean equal strings; the
/// rare other key goes into a `Set` (Swift compares strings by canonical equivalence, which
/// bytes alone cannot decide there). See ``ASCIIKeyIndex``.
struct LowercaseWords {
    private var index = ASCIIKeyIndex()
    private var other = Set<String>()
    /// The keys of ``other`` that hold a scalar canonically equal to ASCII (almost always none).
    private var otherEquivalent: [String] = []

    init(_ pieces: [[Piece]]) {
        // (Sized for about half the article's pieces: its distinct lowercase words are fewer.)
        index = ASCIIKeyIndex(expected: pieces.reduce(0) { $0 + $1.count } / 2)
        for p in pieces {
            for k in p.indices where p[k].isWord && !p[k].isCapitalized { insert(p[k].key, asciiHash: p[k].asciiHash) }
        }
    }

    /// Adds `key`, given `ASCIIHash.fnv1a(key)` (the piece's own).
    private mutating func insert(_ key: String, asciiHash: UInt32?) {
        guard let h = asciiHash else {
            if other.insert(key).inserted, key.unicodeScalars.contains(where: ASCIIKeyIndex.isASCIIEquivalent) { otherEquivalent.append(key) }
            return
        }
        _ = index.insert(key, hash: h)
    }

    /// Whether some key equals `key` (as `String` equality has it).
    func contains(_ key: String) -> Bool {
        guard let h = ASCIIHash.fnv1a(key) else {
            if key.unicodeScalars.contains(where: ASCIIKeyIndex.isASCIIEquivalent) { return other.contains(key) || index.keys.contains(key) }
            return other.contains(key)
        }
        return index.index(of: key, hash: h) != nil || otherEquivalent.contains(key)
    }
}
