/// The table of ``RecognizerRun/surnameRecurs(_:outside:)``: per capitalized word key, the first
/// two running-text sentences that write it.
///
/// Built once per article, without `Hasher` (as ``LowercaseWords``): ASCII keys go into an
/// open-addressing table by the piece's FNV-1a hash, where equal bytes mean equal strings; the
/// rare other key into a `Dictionary`. An article with a key holding a scalar canonically equal
/// to ASCII (U+037E, U+1FEF, U+212A: almost never) keeps every key in the `Dictionary`, so that
/// keys `String` equality calls equal share one entry as they did there.
struct CapitalizedWords {
    /// Per slot: the key's hash (never 0), or 0 for an empty slot.
    private var hashes = [UInt32](repeating: 0, count: 64)
    /// Per slot: the index of its key in ``keys``.
    private var slots = [Int32](repeating: 0, count: 64)
    private var keys: [String] = []
    private var pairs: [SentencePair] = []
    private var other: [String: SentencePair] = [:]
    /// Every key is in ``other``.
    private var dictionaryOnly = false

    /// The capitalized words of the sentences `include` admits.
    init(_ pieces: [[Piece]], include: (Int) -> Bool) {
        for (i, p) in pieces.enumerated() where include(i) {
            for k in p.indices where p[k].isWord && p[k].isCapitalized {
                guard let h = p[k].asciiHash else {
                    if !dictionaryOnly, p[k].key.unicodeScalars.contains(where: CapitalizedWords.isASCIIEquivalent) {
                        self = CapitalizedWords(dictionaryFrom: pieces, include: include)
                        return
                    }
                    other[p[k].key, default: SentencePair()].note(i)
                    continue
                }
                note(p[k].key, h | 1, i)
            }
        }
    }

    /// The table with every key in ``other`` (the plain `Dictionary` of before).
    private init(dictionaryFrom pieces: [[Piece]], include: (Int) -> Bool) {
        dictionaryOnly = true
        for (i, p) in pieces.enumerated() where include(i) {
            for k in p.indices where p[k].isWord && p[k].isCapitalized { other[p[k].key, default: SentencePair()].note(i) }
        }
    }

    private mutating func note(_ key: String, _ h: UInt32, _ sentence: Int) {
        if let slot = find(key, h) { pairs[slot].note(sentence); return }
        keys.append(key)
        var pair = SentencePair()
        pair.note(sentence)
        pairs.append(pair)
        if keys.count * 2 > hashes.count { grow() } else { place(h, Int32(keys.count - 1)) }
    }

    /// The index in ``keys`` of `key`, whose hash (with the low bit set) is `h`.
    private func find(_ key: String, _ h: UInt32) -> Int? {
        let mask = hashes.count - 1
        var i = Int(h ^ (h >> 15)) & mask
        while hashes[i] != 0 {
            if hashes[i] == h, keys[Int(slots[i])] == key { return Int(slots[i]) }
            i = (i + 1) & mask
        }
        return nil
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
        for (k, key) in keys.enumerated() { place(ASCIIHash.fnv1a(key)! | 1, Int32(k)) }
    }

    /// The sentences noted for `key` (a key `String` equality calls equal), if any.
    subscript(_ key: String) -> SentencePair? {
        if dictionaryOnly { return other[key] }
        guard let h = ASCIIHash.fnv1a(key) else {
            // A key not ASCII equals an ASCII one only through the scalars above.
            if key.unicodeScalars.contains(where: CapitalizedWords.isASCIIEquivalent), let k = keys.firstIndex(of: key) { return pairs[k] }
            return other[key]
        }
        return find(key, h | 1).map { pairs[$0] }
    }

    private static func isASCIIEquivalent(_ u: Unicode.Scalar) -> Bool { u == "\u{037E}" || u == "\u{1FEF}" || u == "\u{212A}" }
}
