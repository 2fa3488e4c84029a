/// Splits text into tokens on Unicode scalars.
///
/// Words keep inner apostrophes, hyphens and periods of abbreviations together ("India's"
/// is split into "India" and "'s"; "U.S." and "non-alignment" stay whole), because the
/// gazetteer and the clause rules both want those units.
public enum Tokenizer {
    /// Tokens of `scalars[range]`, with offsets counted from the start of `scalars` plus `base`.
    public static func tokens(_ scalars: [Unicode.Scalar], in range: Range<Int>, base: Int = 0) -> [Token] {
        // Every read below stays inside `range` (each index is tested against its end), so the
        // scan runs on the buffer without a bounds check per scalar.
        precondition(range.lowerBound >= 0 && range.upperBound <= scalars.count, "token range outside the text")
        return scalars.withUnsafeBufferPointer { tokens($0, in: range, base: base) }
    }

    private static func tokens(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, in range: Range<Int>, base: Int) -> [Token] {
        var out: [Token] = []
        // About one token per six scalars in English text: fewer reallocations as it grows.
        out.reserveCapacity(range.count / 6 + 4)
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let s = scalars[i]
            if isWhitespace(s) { i += 1; continue }
            let start = i
            if isLetter(s) || isDigit(s) {
                let numeric = isDigit(s)
                i = wordEnd(scalars, from: start, end: end, numeric: numeric)
                let (text, lower) = Self.strings(scalars, start..<i)
                out.append(Token(text: text, lower: lower, start: base + start, end: base + i, kind: numeric ? .number : .word))
                continue
            }
            // The possessive clitic "'s" is a token of its own so "Japan's" yields "Japan".
            if isApostrophe(s), i + 1 < end, scalars[i + 1] == "s" || scalars[i + 1] == "S",
               i + 2 >= end || !isLetter(scalars[i + 2]) {
                i += 2
                out.append(Token(text: "'s", start: base + start, end: base + i, kind: .word))
                continue
            }
            i += 1
            let text = isApostrophe(s) ? "'" : String(s)
            out.append(Token(text: text, start: base + start, end: base + i, kind: .punctuation))
        }
        return out
    }

    /// Where the word or number starting with a letter or digit at `start` ends.
    @inline(__always)
    static func wordEnd(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, end: Int, numeric: Bool) -> Int {
        var i = start + 1
        while i < end {
            let c = scalars[i]
            if isLetter(c) || isDigit(c) || isMark(c) { i += 1; continue }
            let next: Unicode.Scalar? = i + 1 < end ? scalars[i + 1] : nil
            // Inner hyphen or apostrophe inside a word: "non-aligned", "O'Brien" (not the possessive 's).
            if (c == "-" || c == "\u{2010}" || c == "\u{2011}"), let n = next, isLetter(n) || isDigit(n) { i += 1; continue }
            if isApostrophe(c), let n = next, isLetter(n),
               !((n == "s" || n == "S") && (i + 2 >= end || !isLetter(scalars[i + 2]))) { i += 1; continue }
            // Decimal and thousands separators in numbers: "2,855", "3.5".
            if numeric, c == "," || c == ".", let n = next, isDigit(n) { i += 1; continue }
            // Abbreviations with inner periods: "U.S.", "U.S.S.R." — a period followed by a letter and a period.
            if c == ".", !numeric, i - start <= 2, let n = next, isLetter(n), i + 2 < end, scalars[i + 2] == "." {
                i += 1; continue
            }
            break
        }
        // Keep the final period of an inner-period abbreviation ("U.S." not "U.S").
        if i < end, scalars[i] == ".", i - start >= 3, scalars[start..<i].contains(".") { i += 1 }
        return i
    }

    // ASCII answers without Unicode property lookups (the bulk of news text); the same
    // answers the properties give, so output is identical.
    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? (s.value | 0x20) &- 97 < 26 : s.properties.isAlphabetic
    }
    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value &- 48 < 10 }
    @inline(__always) static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }
    @inline(__always) static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? s.value == 0x20 || s.value &- 9 < 5 : s.properties.isWhitespace
    }
    // Combining marks all lie at U+0300 and above.
    @inline(__always) static func isMark(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x300 && s.properties.generalCategory == .nonspacingMark
    }

    /// The text of `scalars[range]` and its lowercase (``Token/lower``); ASCII words are
    /// copied as bytes, and lowercased in the same pass (A-Z to a-z, as `lowercased()` does).
    @inline(__always) static func strings(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> (String, String) {
        var ascii = true, capital = false
        for k in range {
            let v = scalars[k].value
            if v >= 0x80 { ascii = false; break }
            if v &- 0x41 < 26 { capital = true }
        }
        guard ascii else {
            // (Scalar by scalar: a view made from a slice of the buffer went through an
            // unspecialized append of a sequence.)
            var view = String.UnicodeScalarView()
            for k in range { view.append(scalars[k]) }
            let text = String(view)
            return (text, Token.lowercased(text))
        }
        let text = bytes(scalars, range, lowercase: false)
        return (text, capital ? bytes(scalars, range, lowercase: true) : text)
    }

    /// The ASCII `scalars[range]` as a string, A-Z lowercased if `lowercase`.
    @inline(__always) private static func bytes(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, lowercase: Bool) -> String {
        String(unsafeUninitializedCapacity: range.count) { buf in
            var n = 0
            for k in range {
                let b = UInt8(truncatingIfNeeded: scalars[k].value)
                buf[n] = lowercase && b &- 0x41 < 26 ? b | 0x20 : b
                n += 1
            }
            return n
        }
    }

    /// Convenience for a single string; offsets are from its start.
    public static func tokens(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        return tokens(scalars, in: 0..<scalars.count)
    }
}
