/// The cheap hash of the word tables (``WordSet``, ``LowercaseWords``, ``KeyFilter``): FNV-1a
/// over a string's bytes when it is ASCII. Nil for any other string, which those tables hand to
/// `Set<String>` so that canonically equivalent strings still match.
enum ASCIIHash {
    @inline(__always)
    static func fnv1a(_ s: String) -> UInt32? {
        UTF8Bytes.scan(s) { bytes in
            var h: UInt32 = 2_166_136_261
            var high: UInt8 = 0
            for b in bytes {
                high |= b
                h = (h ^ UInt32(b)) &* 16_777_619
            }
            return high < 0x80 ? h : nil
        }
    }
}
