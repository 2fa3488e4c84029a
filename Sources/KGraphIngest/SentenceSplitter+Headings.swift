/// Whether a line is a heading, for the splitter: headings end their paragraph's sentences.
extension SentenceSplitter.Splitter {
    func isHeading(_ text: String) -> Bool {
        var t = text
        return t.withUTF8 { tb in
            let sp = SentenceSplitter.Splitter(b: tb)
            let e = tb.count
            guard e > 0 else { return false }
            if tb[e - 1] == 0x3A { return sp.wordCount(0, e) <= 12 }
            if sp.endsWithPunctuation(0, e) { return false }
            return sp.headingShape(0, e)
        }
    }

    func wordCount(_ s: Int, _ e: Int) -> Int {
        var n = 0, inWord = false
        for k in s..<e {
            if b[k] == 0x20 || b[k] == 0x0A || b[k] == 0x09 { inWord = false } else if !inWord { inWord = true; n += 1 }
        }
        return n
    }

    /// At most 15 words, starting with a capital or digit, most longer words capitalized.
    func headingShape(_ s: Int, _ e: Int) -> Bool {
        var words = 0, longWords = 0, capitalLong = 0
        var firstUpper = false
        var k = s
        while k < e {
            while k < e, space(k) > 0 { k += space(k) }
            guard k < e else { break }
            let ws = k
            var letters = 0
            var firstLetterUpper: Bool? = nil
            while k < e, space(k) == 0 {
                let (sc, len) = UTF8Scan.scalar(b, k)
                // ASCII answered without the property tables (the same answers: the ASCII
                // letters are the only alphabetic ASCII, A-Z the only uppercase).
                let ascii = sc.value < 0x80
                if ascii ? (sc.value | 0x20) &- 97 < 26 : sc.properties.isAlphabetic {
                    letters += 1
                    if firstLetterUpper == nil { firstLetterUpper = ascii ? sc.value &- 65 < 26 : sc.properties.isUppercase }
                } else if firstLetterUpper == nil, sc.value >= 48, sc.value <= 57 {
                    firstLetterUpper = true
                }
                k += len
            }
            _ = ws
            words += 1
            if words > 15 { return false }
            let upper = firstLetterUpper ?? false
            if words == 1 { firstUpper = upper }
            if letters >= 4 { longWords += 1; if upper { capitalLong += 1 } }
        }
        guard words >= 1, firstUpper else { return false }
        return longWords == 0 || capitalLong * 10 >= longWords * 6
    }
}
