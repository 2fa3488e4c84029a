/// Byte-level helpers over UTF-8 text: the hot paths (block cutting, word statistics,
/// sentence splitting) scan bytes and decode a scalar only where one is needed.
enum UTF8Scan {
    /// The scalar starting at byte `i` and its byte length (invalid bytes read as U+FFFD, length 1).
    @inline(__always)
    static func scalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int) {
        let c = b[i]
        if c < 0x80 { return (Unicode.Scalar(c), 1) }
        let n = b.count
        if c >= 0xC2, c < 0xE0, i + 1 < n {
            return (Unicode.Scalar(UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)) ?? "\u{FFFD}", 2)
        }
        if c >= 0xE0, c < 0xF0, i + 2 < n {
            let v = UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 3)
        }
        if c >= 0xF0, i + 3 < n {
            let v = UInt32(c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 4)
        }
        return ("\u{FFFD}", 1)
    }

    /// Start byte of the scalar that ends just before byte `i`.
    @inline(__always)
    static func previousStart(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        var j = i - 1
        while j > 0, b[j] & 0xC0 == 0x80, i - j < 4 { j -= 1 }
        return j
    }

    /// The end of the paragraph that starts at `i`: the first line feed followed by a blank
    /// line (only horizontal whitespace) or by the end of the text, else the end. Plain text
    /// and the sentence splitter cut paragraphs the same way.
    static func paragraphEnd(_ b: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        let n = b.count
        var e = i
        while e < n {
            if b[e] == 0x0A {
                var j = e + 1
                while j < n, hspace(b, j) > 0 { j += hspace(b, j) }
                if j >= n || b[j] == 0x0A { break }
            }
            e += 1
        }
        return e
    }

    /// Length of the horizontal whitespace at `i` (space, tab, NBSP, Unicode spaces), or 0.
    @inline(__always)
    static func hspace(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let c = b[i]
        if c == 0x20 || c == 0x09 || c == 0x0B || c == 0x0C { return 1 }
        if c < 0xC2 { return 0 }
        if c == 0xC2, i + 1 < b.count, b[i + 1] == 0xA0 { return 2 }
        if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] <= 0x8A || b[i + 2] == 0xAF { return 3 }
        if c == 0xE3, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x80 { return 3 }
        return 0
    }

    /// Length of an invisible format character at `i` (soft hyphen, zero-width space, word
    /// joiner, a stray byte order mark), or 0.
    @inline(__always)
    static func invisible(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let c = b[i]
        if c == 0xC2, i + 1 < b.count, b[i + 1] == 0xAD { return 2 }
        if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x8B { return 3 }
        if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x81, b[i + 2] == 0xA0 { return 3 }
        if c == 0xEF, i + 2 < b.count, b[i + 1] == 0xBB, b[i + 2] == 0xBF { return 3 }
        return 0
    }

    @inline(__always)
    static func isUpperAt(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let c = b[i]
        if c < 0x80 { return c >= 65 && c <= 90 }
        return scalar(b, i).0.properties.isUppercase
    }

    @inline(__always)
    static func isLowerAt(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let c = b[i]
        if c < 0x80 { return c >= 97 && c <= 122 }
        return scalar(b, i).0.properties.isLowercase
    }

    @inline(__always)
    static func isLetterAt(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let c = b[i]
        if c < 0x80 { return (c | 0x20) >= 97 && (c | 0x20) <= 122 }
        return scalar(b, i).0.properties.isAlphabetic
    }

    /// `s.unicodeScalars.count`: the bytes that start a scalar (a string's UTF-8 is always
    /// valid), counted without decoding the scalars.
    static func scalarCount(_ s: String) -> Int {
        s.utf8.withContiguousStorageIfAvailable { b in
            var n = 0
            for x in b where x & 0xC0 != 0x80 { n += 1 }
            return n
        } ?? s.unicodeScalars.count
    }

    /// Whether the ASCII string `s` holds the byte `b`; nil when `s` is not ASCII (see
    /// `UTF8Bytes.asciiContains` of the extractor): callers ask Foundation only then.
    static func asciiContains(_ s: String, _ b: UInt8) -> Bool? {
        s.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var has = false
            for x in bytes {
                if x >= 0x80 { return nil }
                if x == b { has = true }
            }
            return has
        } ?? nil
    }

    /// Collapses horizontal whitespace runs to one space, trims lines, drops empty lines.
    static func normalize(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        var out = [UInt8]()
        out.reserveCapacity(end - start)
        var pendingSpace = false, pendingNewline = false
        var i = start
        while i < end {
            let c = b[i]
            if c == 0x0A || c == 0x0D {
                if !out.isEmpty { pendingNewline = true }
                pendingSpace = false
                i += 1
                continue
            }
            // Invisible format characters join what they split ("Vladi\u{AD}mir" is one word).
            let z = invisible(b, i)
            if z > 0 { i += z; continue }
            let h = hspace(b, i)
            if h > 0 {
                if !out.isEmpty && !pendingNewline { pendingSpace = true }
                i += h
                continue
            }
            if pendingNewline { out.append(0x0A); pendingNewline = false; pendingSpace = false }
            else if pendingSpace { out.append(0x20); pendingSpace = false }
            // Copy the run of ordinary bytes up to the next space or newline in one go.
            var j = i + 1
            while j < end {
                let d = b[j]
                if d == 0x20 || d == 0x0A || d == 0x0D || d == 0x09 || d == 0x0B || d == 0x0C || d == 0xC2 || d == 0xE2 || d == 0xE3 || d == 0xEF { break }
                j += 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<j]))
            i = j
        }
        return String(decoding: out, as: UTF8.self)
    }
}
