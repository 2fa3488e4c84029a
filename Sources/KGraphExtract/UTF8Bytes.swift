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

    /// Whether the ASCII string `s` holds the byte `b`; nil when `s` is not ASCII. In an ASCII
    /// string no combining mark can join that character to another, so this is what any string
    /// search for it answers (Foundation's `contains` included): callers ask that search only
    /// for the rare other string.
    static func asciiContains(_ s: String, _ b: UInt8) -> Bool? {
        scan(s) { bytes in
            var has = false
            for x in bytes {
                if x >= 0x80 { return nil }
                if x == b { has = true }
            }
            return has
        }
    }

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

    /// `Array(s.unicodeScalars)` in one pass over the bytes (a string's UTF-8 is always valid):
    /// the scalar view counted the scalars, then decoded them again to copy them.
    static func scalars(_ s: String) -> [Unicode.Scalar] {
        scan(s) { b in
            [Unicode.Scalar](unsafeUninitializedCapacity: b.count) { out, n in
                var i = 0, k = 0
                let c = b.count
                while i < c {
                    let x = b[i]
                    let v: UInt32
                    if x < 0x80 {
                        v = UInt32(x); i += 1
                    } else if x < 0xE0 {
                        v = UInt32(x & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F); i += 2
                    } else if x < 0xF0 {
                        v = UInt32(x & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F); i += 3
                    } else {
                        v = UInt32(x & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
                        i += 4
                    }
                    out[k] = Unicode.Scalar(v)!
                    k += 1
                }
                n = k
            }
        }
    }
}
