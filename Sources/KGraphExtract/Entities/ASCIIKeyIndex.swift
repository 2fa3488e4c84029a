/// The distinct ASCII keys of an article's words, numbered in the order first seen, found again
/// without `Hasher`: an open-addressing table by the key's FNV-1a hash (``ASCIIHash``), where
/// equal bytes mean equal strings. Shared by ``LowercaseWords`` and ``CapitalizedWords``, which
/// keep their non-ASCII keys apart (Swift compares those by canonical equivalence).
struct ASCIIKeyIndex {
    /// Per slot: the key's hash with the low bit set (never 0), or 0 for an empty slot.
    private var hashes = [UInt32](repeating: 0, count: 64)
    /// Per slot: the index of its key in ``keys``.
    private var slots = [Int32](repeating: 0, count: 64)
    /// The keys, in the order first inserted.
    private(set) var keys: [String] = []
    /// Each key's slot hash (``hashes``' value), so growing the table hashes no key again.
    private var keyHashes: [UInt32] = []

    /// An empty index.
    init() {}

    /// An empty index sized for about `expected` keys (a table that grows while it fills places
    /// every key again at each doubling).
    init(expected: Int) {
        var size = 64
        while size < expected * 2 { size *= 2 }
        hashes = [UInt32](repeating: 0, count: size)
        slots = [Int32](repeating: 0, count: size)
        keys.reserveCapacity(expected)
        keyHashes.reserveCapacity(expected)
    }

    /// The index of `key`, given `ASCIIHash.fnv1a(key)`, if it was inserted.
    func index(of key: String, hash: UInt32) -> Int? {
        let h = hash | 1
        let mask = hashes.count - 1
        var i = Int(h ^ (h >> 15)) & mask
        while hashes[i] != 0 {
            if hashes[i] == h, keys[Int(slots[i])] == key { return Int(slots[i]) }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Inserts `key` (given `ASCIIHash.fnv1a(key)`) unless present; its index, and whether it is new.
    mutating func insert(_ key: String, hash: UInt32) -> (index: Int, inserted: Bool) {
        if let k = index(of: key, hash: hash) { return (k, false) }
        keys.append(key)
        keyHashes.append(hash | 1)
        if keys.count * 2 > hashes.count { grow() } else { place(hash | 1, Int32(keys.count - 1)) }
        return (keys.count - 1, true)
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
        for (k, h) in keyHashes.enumerated() { place(h, Int32(k)) }
    }

    /// Only U+037E, U+1FEF and U+212A make a string that is not ASCII equal (as `String`
    /// equality has it) to one that is.
    static func isASCIIEquivalent(_ u: Unicode.Scalar) -> Bool { u == "\u{037E}" || u == "\u{1FEF}" || u == "\u{212A}" }
}
