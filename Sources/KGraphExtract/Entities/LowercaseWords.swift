/// The keys of the words an article writes in lowercase, for ``RecognizerRun/isWrittenLowercase(_:)``.
///
/// Built once per article from every lowercase word, so it avoids `Hasher`: ASCII keys go into
/// an open-addressing table by a byte hash (FNV-1a), where equal bytes mean equal strings; the
/// rare other key goes into a `Set` (Swift compares strings by canonical equivalence, which
/// bytes alone cannot decide there). The table holds indices into the list of distinct keys and
/// grows with it, so it stays about as small as a `Set` of them.
struct LowercaseWords {
    /// Per slot: the key's hash (never 0), or 0 for an empty slot.
    private var hashes = [UInt32](repeating: 0, count: 64)
    /// Per slot: the index of its key in ``keys``.
    private var slots = [Int32](repeating: 0, count: 64)
    private var keys: [String] = []
    private var other = Set<String>()
    /// The keys of ``other`` that hold a scalar canonically equal to ASCII (almost always none).
    private var otherEquivalent: [String] = []

    init(_ pieces: [[Piece]]) {
        for p in pieces {
            for k in p.indices where p[k].isWord && !p[k].isCapitalized { insert(p[k].key, asciiHash: p[k].asciiHash) }
        }
    }

    /// Adds `key`, given `ASCIIHash.fnv1a(key)` (the piece's own).
    private mutating func insert(_ key: String, asciiHash: UInt32?) {
        guard let h = asciiHash.map({ $0 | 1 }) else {
            if other.insert(key).inserted, key.unicodeScalars.contains(where: LowercaseWords.isASCIIEquivalent) { otherEquivalent.append(key) }
            return
        }
        if find(key, h) { return }
        keys.append(key)
        if keys.count * 2 > hashes.count { grow() } else { place(h, Int32(keys.count - 1)) }
    }

    private func find(_ key: String, _ h: UInt32) -> Bool {
        let mask = hashes.count - 1
        var i = Int(h ^ (h >> 15)) & mask
        while hashes[i] != 0 {
            if hashes[i] == h, keys[Int(slots[i])] == key { return true }
            i = (i + 1) & mask
        }
        return false
    }

    private mutating func place(_ h: UInt32, _ index: Int32) {
        let mask = hashes.count - 1
        var i = Int(h ^ (h >> 15)) & mask
        while hashes[i] != 0 { i = (i + 1) & mask }
        hashes[i] = h
        slots[i] = index
    }

    /// Doubles the table and places every key again.
    private mutating func grow() {
        hashes = [UInt32](repeating: 0, count: hashes.count * 2)
        slots = [Int32](repeating: 0, count: hashes.count)
        for (k, key) in keys.enumerated() { place(LowercaseWords.hash(key)!, Int32(k)) }
    }

    /// Whether some key equals `key` (as `String` equality has it).
    func contains(_ key: String) -> Bool {
        guard let h = LowercaseWords.hash(key) else {
            // Only U+037E, U+1FEF and U+212A make a string that is not ASCII equal to one that is.
            if key.unicodeScalars.contains(where: LowercaseWords.isASCIIEquivalent) { return other.contains(key) || keys.contains(key) }
            return other.contains(key)
        }
        return find(key, h) || otherEquivalent.contains(key)
    }

    private static func isASCIIEquivalent(_ u: Unicode.Scalar) -> Bool { u == "\u{037E}" || u == "\u{1FEF}" || u == "\u{212A}" }

    /// FNV-1a of an ASCII string's bytes, never 0; nil for any other string.
    @inline(__always)
    private static func hash(_ s: String) -> UInt32? {
        ASCIIHash.fnv1a(s).map { $0 | 1 }
    }
}
