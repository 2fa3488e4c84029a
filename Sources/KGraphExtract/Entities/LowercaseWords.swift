/// The keys of the words an article writes in lowercase, for ``RecognizerRun/isWrittenLowercase(_:)``.
///
/// Built once per article from every lowercase word, so it avoids `Hasher`: ASCII keys go into
/// an open-addressing table by a byte hash (FNV-1a), where equal bytes mean equal strings; the
/// rare other key goes into a `Set` (Swift compares strings by canonical equivalence, which
/// bytes alone cannot decide there).
struct LowercaseWords {
    private var hashes: [UInt32]
    private var words: [String]
    private let mask: Int
    private var other = Set<String>()
    /// The keys of ``other`` that hold a scalar canonically equal to ASCII (almost always none).
    private var otherEquivalent: [String] = []

    init(_ pieces: [[Piece]]) {
        var n = 0
        for p in pieces { n += p.count }
        var size = 16
        while size < n * 2 { size *= 2 }
        hashes = [UInt32](repeating: 0, count: size)
        words = [String](repeating: "", count: size)
        mask = size - 1
        for p in pieces {
            for q in p where q.isWord && !q.isCapitalized { insert(q.key) }
        }
    }

    private mutating func insert(_ key: String) {
        guard let h = LowercaseWords.hash(key) else {
            if other.insert(key).inserted, key.unicodeScalars.contains(where: LowercaseWords.isASCIIEquivalent) { otherEquivalent.append(key) }
            return
        }
        var i = Int(h ^ (h >> 15)) & mask
        while hashes[i] != 0 {
            if hashes[i] == h, words[i] == key { return }
            i = (i + 1) & mask
        }
        hashes[i] = h
        words[i] = key
    }

    /// Whether some key equals `key` (as `String` equality has it).
    func contains(_ key: String) -> Bool {
        guard let h = LowercaseWords.hash(key) else {
            // Only U+037E, U+1FEF and U+212A make a string that is not ASCII equal to one that is.
            if key.unicodeScalars.contains(where: LowercaseWords.isASCIIEquivalent) { return other.contains(key) || words.contains(key) }
            return other.contains(key)
        }
        var i = Int(h ^ (h >> 15)) & mask
        while hashes[i] != 0 {
            if hashes[i] == h, words[i] == key { return true }
            i = (i + 1) & mask
        }
        return otherEquivalent.contains(key)
    }

    private static func isASCIIEquivalent(_ u: Unicode.Scalar) -> Bool { u == "\u{037E}" || u == "\u{1FEF}" || u == "\u{212A}" }

    /// FNV-1a of an ASCII string's bytes, never 0; nil for any other string.
    @inline(__always)
    private static func hash(_ s: String) -> UInt32? {
        var h: UInt32 = 2_166_136_261
        var high: UInt8 = 0
        for b in s.utf8 {
            high |= b
            h = (h ^ UInt32(b)) &* 16_777_619
        }
        return high < 0x80 ? h | 1 : nil
    }
}
