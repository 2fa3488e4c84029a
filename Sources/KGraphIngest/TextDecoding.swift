/// Bytes to text: byte order marks, UTF-8, UTF-16 and a Windows-1252 fallback, with
/// binary files refused before any decoding work.
package enum TextDecoding {
    /// Decodes `bytes` to a string with `\n` line ends. Throws `.binary` for non-text input.
    package static func decode(_ bytes: [UInt8], path: String) throws(IngestError) -> String {
        if bytes.count >= 2 {
            if bytes[0] == 0xFF, bytes[1] == 0xFE { return normalizeNewlines(utf16(bytes, from: 2, bigEndian: false)) }
            if bytes[0] == 0xFE, bytes[1] == 0xFF { return normalizeNewlines(utf16(bytes, from: 2, bigEndian: true)) }
        }
        if let bigEndian = looksLikeBOMlessUTF16(bytes) {
            return normalizeNewlines(utf16(bytes, from: 0, bigEndian: bigEndian))
        }
        if isBinary(bytes) { throw .binary(path: path) }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let body = bytes[start...]
        let text: String
        if let s = String(validating: body, as: UTF8.self) {
            text = s
        } else {
            text = windows1252(body)
        }
        return normalizeNewlines(text)
    }

    /// NUL bytes, or many control bytes in the first 8 KB, mean this is not a text file.
    package static func isBinary(_ bytes: [UInt8]) -> Bool {
        let n = min(bytes.count, 8192)
        var controls = 0
        for i in 0..<n {
            let b = bytes[i]
            if b == 0 { return true }
            if b < 0x20, b != 0x09, b != 0x0A, b != 0x0D, b != 0x0C { controls += 1 }
        }
        if bytes.count > n, bytes[n...].contains(0) { return true }
        return n > 0 && controls * 20 > n
    }

    /// UTF-16 without a byte order mark: ASCII-heavy text has a NUL in every other byte.
    /// Returns the byte order, or nil when the pattern is absent.
    static func looksLikeBOMlessUTF16(_ bytes: [UInt8]) -> Bool? {
        let n = min(bytes.count, 4096) & ~1
        guard n >= 8 else { return nil }
        var evenZero = 0, oddZero = 0
        for i in stride(from: 0, to: n, by: 2) {
            if bytes[i] == 0 { evenZero += 1 }
            if bytes[i + 1] == 0 { oddZero += 1 }
        }
        let pairs = n / 2
        if oddZero * 10 >= pairs * 9, evenZero == 0 { return false }
        if evenZero * 10 >= pairs * 9, oddZero == 0 { return true }
        return nil
    }

    static func utf16(_ bytes: [UInt8], from start: Int, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity((bytes.count - start) / 2)
        var i = start
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252 (a superset of Latin-1 for printable text): 0x80-0x9F hold curly quotes,
    /// dashes and the euro sign in files written by Windows tools.
    static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            if b >= 0x80, b < 0xA0 {
                let v = cp1252High[Int(b - 0x80)]
                scalars.append(Unicode.Scalar(v) ?? "\u{FFFD}")
            } else {
                scalars.append(Unicode.Scalar(b))
            }
        }
        return String(scalars)
    }

    private static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// `\r\n` and lone `\r` become `\n`; other text is returned unchanged (and uncopied).
    static func normalizeNewlines(_ s: String) -> String {
        var s = s
        let hasCR = s.withUTF8 { $0.contains(0x0D) }
        guard hasCR else { return s }
        var out = [UInt8]()
        out.reserveCapacity(s.utf8.count)
        var prevCR = false
        for b in s.utf8 {
            if b == 0x0D { out.append(0x0A); prevCR = true; continue }
            if b == 0x0A, prevCR { prevCR = false; continue }
            prevCR = false
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
