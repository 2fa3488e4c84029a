/// A cheap first test of whether a set of strings may hold a key, run before hashing the key
/// with `Hasher` for the real lookup (most article words are in no lexicon table).
///
/// It answers "no" only when the set cannot hold the key: an ASCII key is hashed by its bytes
/// (FNV-1a) into a bit table of the set's ASCII strings. Swift compares strings by canonical
/// equivalence, and the only non-ASCII scalars canonically equal to ASCII are U+037E, U+1FEF
/// and U+212A: a set holding any of them, and any non-ASCII key, always get "maybe".
struct KeyFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: KeyFilter.words)
    private var passAll = false

    private static let bitCount = 1 << 16
    private static let words = bitCount / 64

    init<S: Sequence<String>>(_ keys: S) {
        for k in keys {
            if k.unicodeScalars.contains(where: { $0 == "\u{037E}" || $0 == "\u{1FEF}" || $0 == "\u{212A}" }) { passAll = true }
            if let h = KeyFilter.hash(k) { bits[h >> 6] |= 1 << UInt64(h & 63) }
        }
    }

    /// False only when no string of the set equals `key`.
    @inline(__always)
    func mayContain(_ key: String) -> Bool { mayContain(asciiHash: ASCIIHash.fnv1a(key)) }

    /// `mayContain(piece.key)`, by the hash the piece carries.
    @inline(__always)
    func mayContain(_ piece: Piece) -> Bool { mayContain(asciiHash: piece.asciiHash) }

    @inline(__always)
    private func mayContain(asciiHash: UInt32?) -> Bool {
        guard !passAll, let a = asciiHash else { return true }
        let h = KeyFilter.bit(a)
        return bits[h >> 6] & (1 << UInt64(h & 63)) != 0
    }

    /// The bit of an ASCII string, nil for any other.
    @inline(__always)
    private static func hash(_ s: String) -> Int? { ASCIIHash.fnv1a(s).map(bit) }

    @inline(__always)
    private static func bit(_ h: UInt32) -> Int { Int((h ^ (h >> 16)) & UInt32(bitCount - 1)) }
}
