/// The keys of the words an article writes in lowercase, for ``RecognizerRun/isWrittenLowercase(_:)``.
///
/// Few words are ever asked about per article, so the keys are kept in a list with a byte hash
/// each (FNV-1a, no `Hasher`) and scanned per question, instead of hashing every word of the
/// article into a `Set` up front (which cost more than all the questions).
struct LowercaseWords {
    private var keys: [String] = []
    /// Parallel to ``keys``: the byte hash of an ASCII key, 0 for any other key.
    private var hashes: [UInt32] = []

    init(_ pieces: [[Piece]]) {
        for p in pieces {
            for q in p where q.isWord && !q.isCapitalized {
                keys.append(q.key)
                hashes.append(LowercaseWords.hash(q.key))
            }
        }
    }

    /// Whether some key equals `key` (as `String` equality has it).
    func contains(_ key: String) -> Bool {
        let h = LowercaseWords.hash(key)
        // A hash of 0 (a key that is not ASCII) is compared with every key: Swift's equality is
        // canonical equivalence, which bytes alone cannot decide there.
        for k in hashes.indices where hashes[k] == h || hashes[k] == 0 || h == 0 {
            if keys[k] == key { return true }
        }
        return false
    }

    /// FNV-1a of an ASCII string's bytes, never 0; 0 for any other string.
    private static func hash(_ s: String) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        var high: UInt8 = 0
        for b in s.utf8 {
            high |= b
            h = (h ^ UInt32(b)) &* 16_777_619
        }
        return high < 0x80 ? h | 1 : 0
    }
}
