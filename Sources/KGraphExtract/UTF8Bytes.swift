/// Byte scans of a string's UTF-8 for the per-token paths (hashing, tests for a period, a hyphen
/// or a non-ASCII byte).
///
/// They read the string's contiguous bytes, which every native string has (a small one is
/// copied to the stack): the UTF-8 view's iterator, byte by byte, cost about 40% more per word.
enum UTF8Bytes {
    @inline(__always)
    static func scan<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        // (A bridged string without contiguous UTF-8: copy its bytes once.)
        return Array(s.utf8).withUnsafeBufferPointer(body)
    }

    /// Whether `s` holds the byte `b`.
    @inline(__always)
    static func contains(_ s: String, _ b: UInt8) -> Bool { scan(s) { $0.contains(b) } }

    /// `s.count` (characters). An ASCII string's is its byte count less its CR LF pairs (the
    /// only ASCII grapheme of two scalars), found without grapheme breaking.
    static func characterCount(_ s: String) -> Int {
        let ascii: Int? = scan(s) { bytes in
            var n = 0, afterCR = false
            for b in bytes {
                if b >= 0x80 { return nil }
                if !(afterCR && b == 0x0A) { n += 1 }
                afterCR = b == 0x0D
            }
            return n
        }
        return ascii ?? s.count
    }
}
