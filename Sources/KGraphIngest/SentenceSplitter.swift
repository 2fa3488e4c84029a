/// Splits article text into sentences.
///
/// Paragraphs (blank-line separated) are never joined; inside a paragraph, list items and
/// headline lines stand alone. A stop ends a sentence when whitespace and a non-lowercase
/// character follow, except after titles and initials ("Dr. S. Jaishankar"), and after
/// abbreviations that may end a sentence ("U.S.", "Inc.", "etc.") only when the next word
/// typically starts one ("in the U.S. The ..."). Works on UTF-8 bytes; offsets are Unicode
/// scalar offsets.
public enum SentenceSplitter {
    public static func split(_ text: String) -> [Sentence] {
        var text = text
        return text.withUTF8 { b in
            var s = Splitter(b: b)
            s.run()
            return s.out
        }
    }

    /// Sentences of already-decoded scalars (offsets are indices into `scalars`).
    public static func split(scalars: [Unicode.Scalar]) -> [Sentence] {
        split(String(String.UnicodeScalarView(scalars)))
    }

    struct Splitter {
        let b: UnsafeBufferPointer<UInt8>
        var out: [Sentence] = []
        var paragraph = 0
        // Cursor for byte -> scalar offset conversion (positions mostly increase).
        var cursorByte = 0
        var cursorScalar = 0

        init(b: UnsafeBufferPointer<UInt8>) { self.b = b }

        mutating func scalarOffset(_ byte: Int) -> Int {
            while cursorByte < byte { if b[cursorByte] & 0xC0 != 0x80 { cursorScalar += 1 }; cursorByte += 1 }
            while cursorByte > byte { cursorByte -= 1; if b[cursorByte] & 0xC0 != 0x80 { cursorScalar -= 1 } }
            return cursorScalar
        }

        @inline(__always) func space(_ i: Int) -> Int {
            let c = b[i]
            if c == 0x0A || c == 0x0D { return 1 }
            return UTF8Scan.hspace(b, i)
        }

        mutating func run() {
            let n = b.count
            var i = 0
            while i < n {
                while i < n, space(i) > 0 { i += space(i) }
                guard i < n else { break }
                let e = UTF8Scan.paragraphEnd(b, from: i)
                splitParagraph(i, e)
                paragraph += 1
                i = e
            }
        }

        mutating func splitParagraph(_ ps: Int, _ pe: Int) {
            var segStart = ps
            var lineStart = ps
            var k = ps
            while k <= pe {
                if k == pe || b[k] == 0x0A {
                    let next = k + 1
                    let brk = k == pe || listMarkerLength(next, lineEnd(next, pe)) != nil
                        || listMarkerLength(lineStart, k) != nil || isHeadlineLine(lineStart, k)
                    if brk {
                        splitSegment(segStart, k)
                        segStart = next
                    }
                    lineStart = next
                }
                k += 1
            }
        }

        func lineEnd(_ s: Int, _ pe: Int) -> Int {
            var e = s
            while e < pe, b[e] != 0x0A { e += 1 }
            return e
        }

        /// "- ", "* ", "• ", "1. ", "2) " at a line start (after indentation).
        func listMarkerLength(_ s: Int, _ e: Int) -> Int? {
            var i = s
            while i < e, UTF8Scan.hspace(b, i) > 0 { i += UTF8Scan.hspace(b, i) }
            guard i < e else { return nil }
            let c = b[i]
            var m = 0
            if c == 0x2D || c == 0x2A { m = 1 }
            else if c == 0xE2, i + 2 < e, b[i + 1] == 0x80, b[i + 2] == 0xA2 || b[i + 2] == 0x93 { m = 3 }  // • –
            else if c == 0xC2, i + 1 < e, b[i + 1] == 0xB7 { m = 2 }  // ·
            else if c == 0xE2, i + 2 < e, b[i + 1] == 0x96 || b[i + 1] == 0x97 { m = 3 }  // ▪ ◦
            if m > 0 {
                if i + m < e, UTF8Scan.hspace(b, i + m) > 0 { return i + m + 1 - s }
                return nil
            }
            var j = i
            while j < e, j - i < 3, b[j] >= 48, b[j] <= 57 { j += 1 }
            if j > i, j + 1 < e, b[j] == 0x2E || b[j] == 0x29, UTF8Scan.hspace(b, j + 1) > 0 { return j + 2 - s }
            return nil
        }

        /// A short line without final punctuation that starts with a capital: a headline, not wrapped prose.
        func isHeadlineLine(_ s: Int, _ e: Int) -> Bool {
            var hi = e
            while hi > s, space(hi - 1) > 0 || b[hi - 1] == 0xA0 { hi -= 1 }
            guard hi > s, hi - s <= 120 else { return false }
            if b[hi - 1] == 0x3A { return true }
            if endsWithPunctuation(s, hi) { return false }
            return headingShape(s, hi)
        }

        /// Ends with . , ; ! ? … or a quote mark.
        func endsWithPunctuation(_ s: Int, _ e: Int) -> Bool {
            let c = b[e - 1]
            if c == 0x2E || c == 0x2C || c == 0x3B || c == 0x21 || c == 0x3F || c == 0x22 || c == 0x27 { return true }
            if e - s >= 3, b[e - 3] == 0xE2, b[e - 2] == 0x80, b[e - 1] == 0x9D || b[e - 1] == 0x99 || b[e - 1] == 0xA6 { return true }
            return false
        }

        mutating func splitSegment(_ ss: Int, _ se: Int) {
            var start = ss
            if let m = listMarkerLength(ss, se) { start = ss + m }
            var i = start
            let first = out.count
            while i < se {
                let c = b[i]
                var t = terminator(i, se)
                guard t > 0 else { i += 1; continue }
                var j = i + t
                var run = 1
                while j < se { let t2 = terminator(j, se); if t2 == 0 { break }; j += t2; run += 1 }
                while j < se { let q = closer(j, se); if q == 0 { break }; j += q }
                guard j >= se || space(j) > 0 else { i = j; continue }
                var k = j
                while k < se, space(k) > 0 { k += space(k) }
                if k >= se { break }
                if UTF8Scan.isLowerAt(b, k) { i = k; continue }
                if c == 0x2E, run == 1, t == 1, !periodEnds(i, start, k, se, quoted: closesQuote(i + 1, j)) { i = k; continue }
                // A stop with no word before it ("“… We agreed") opens the sentence, it does not end one.
                if i - start < 8, !hasWordChar(start, i) { i = k; continue }
                if i > start, opensQuote(UTF8Scan.previousStart(b, i)) { i = k; continue }
                emit(start, j)
                start = k
                i = k
                t = 0
            }
            emit(start, se)
            // A segment that is one short unpunctuated title-case line (or ends in ':') is a heading.
            if out.count == first + 1 {
                let s = out[first]
                out[first].isHeading = isHeading(s.text)
            }
        }

        /// An opening quote or bracket at `p`: “ ‘ " (
        func opensQuote(_ p: Int) -> Bool {
            let c = b[p]
            // A straight quote opens only after a space ("no". ends a sentence; "... opens one).
            if c == 0x22 || c == 0x28 { return p == 0 || b[p - 1] == 0x20 || b[p - 1] == 0x0A }
            return c == 0xE2 && p + 2 < b.count && b[p + 1] == 0x80 && (b[p + 2] == 0x9C || b[p + 2] == 0x98)
        }

        func hasWordChar(_ s: Int, _ e: Int) -> Bool {
            var k = s
            while k < e {
                let (sc, len) = UTF8Scan.scalar(b, k)
                if sc.properties.isAlphabetic || (sc.value >= 48 && sc.value <= 57) { return true }
                k += len
            }
            return false
        }

        /// Byte length of a sentence terminator at `i` (. ! ? …), or 0.
        @inline(__always) func terminator(_ i: Int, _ e: Int) -> Int {
            let c = b[i]
            if c == 0x2E || c == 0x21 || c == 0x3F { return 1 }
            if c == 0xE2, i + 2 < e, b[i + 1] == 0x80, b[i + 2] == 0xA6 { return 3 }
            return 0
        }

        /// Byte length of a closing quote or bracket at `i`, or 0.
        @inline(__always) func closer(_ i: Int, _ e: Int) -> Int {
            let c = b[i]
            if c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D { return 1 }
            if c == 0xE2, i + 2 < e, b[i + 1] == 0x80, b[i + 2] == 0x9D || b[i + 2] == 0x99 { return 3 }
            if c == 0xC2, i + 1 < e, b[i + 1] == 0xBB { return 2 }
            return 0
        }

        mutating func emit(_ s0: Int, _ e0: Int) {
            var s = s0, e = e0
            while s < e, space(s) > 0 { s += space(s) }
            while e > s, b[e - 1] == 0x20 || b[e - 1] == 0x0A || b[e - 1] == 0x09 || b[e - 1] == 0x0D { e -= 1 }
            guard e > s else { return }
            let text = String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self)
            let so = scalarOffset(s)
            let eo = scalarOffset(e)
            out.append(Sentence(index: out.count, start: so, end: eo, text: text, paragraph: paragraph))
        }

        /// Lowercased ASCII letters of b[s..<e] (other bytes dropped), for the abbreviation lists.
        func lowerASCII(_ s: Int, _ e: Int) -> String {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(e - s)
            for k in s..<e where b[k] < 0x80 && (b[k] | 0x20) >= 97 && (b[k] | 0x20) <= 122 { bytes.append(b[k] | 0x20) }
            return String(decoding: bytes, as: UTF8.self)
        }

        /// Whether b[s..<e] (the closers after a stop) holds a closing double quote: ” " »
        /// (not ’, which is also the apostrophe of "the U.S.’ allies").
        func closesQuote(_ s: Int, _ e: Int) -> Bool {
            var q = s
            while q < e {
                if b[q] == 0x22 { return true }
                if b[q] == 0xE2, q + 2 < e, b[q + 1] == 0x80, b[q + 2] == 0x9D { return true }
                if b[q] == 0xC2, q + 1 < e, b[q + 1] == 0xBB { return true }
                q += 1
            }
            return false
        }

        /// Whether the period at `i` ends a sentence, judged by the word before it and the next word.
        /// `quoted`: a closing quote follows the period ("… with the U.S.” Smith said).
        func periodEnds(_ i: Int, _ segStart: Int, _ k: Int, _ se: Int, quoted: Bool = false) -> Bool {
            var ws = i
            var letters = 0, dotted = false, nonASCII = false
            while ws > segStart {
                let p = UTF8Scan.previousStart(b, ws)
                let c = b[p]
                if c == 0x2E { dotted = true } else if UTF8Scan.isLetterAt(b, p) { letters += 1; if c >= 0x80 { nonASCII = true } }
                else if !(c >= 48 && c <= 57) { break }
                ws = p
            }
            guard letters > 0 else { return true }
            // Initials: "S. Jaishankar".
            if letters == 1, !dotted, UTF8Scan.isUpperAt(b, ws) { return false }
            if nonASCII { return true }
            let lower = lowerASCII(ws, i)
            let next = nextWord(k, se)
            if dotted {
                if lower == "eg" || lower == "ie" || lower == "cf" { return false }
                if quoted { return next.upper }
                // "the U.S. Under Secretary of State": an office, not a sentence opening "Under ...".
                if next.lower == "under", wordAfter(k, se).lower.hasPrefix("secretar") { return false }
                return next.upper && typicalStarters.contains(next.lower)
            }
            if titles.contains(lower) { return false }
            if lower == "no" || lower == "nos" || lower == "art" || lower == "p" || lower == "pp" || lower == "vol" || lower == "fig" {
                if b[k] >= 48 && b[k] <= 57 { return false }
            }
            if endable.contains(lower) {
                if quoted || typicalStarters.contains(next.lower) { return true }
                // "... Walt Disney Co. Flynn pleaded guilty": a company or name suffix, then a name and
                // a verb; titles ("Inc. Chief Jo Ray") and nouns ("Inc. Google unit") keep it together.
                // (Not "Acme, Inc. (AI) wrote": a bracket after the suffix glosses the name.)
                guard nameSuffixes.contains(lower), next.upper, b[k] != 0x28 else { return false }
                let after = wordAfter(k, se)
                return !after.upper && (after.lower.hasSuffix("ed") || speechVerbs.contains(after.lower))
            }
            return true
        }

        /// The word after the word at `k` (same shape as ``nextWord``).
        func wordAfter(_ k: Int, _ e: Int) -> (lower: String, upper: Bool) {
            var j = k
            while j < e, b[j] != 0x20 { j += 1 }
            while j < e, b[j] == 0x20 { j += 1 }
            return j < e ? nextWord(j, e) : ("", false)
        }

        func nextWord(_ k: Int, _ e: Int) -> (lower: String, upper: Bool) {
            var j = k
            while j < e {
                let c = b[j]
                if c == 0x22 || c == 0x27 || c == 0x28 { j += 1; continue }
                if c == 0xE2, j + 2 < e, b[j + 1] == 0x80, b[j + 2] == 0x9C || b[j + 2] == 0x98 { j += 3; continue }
                break
            }
            let s = j
            while j < e, b[j] < 0x80, (b[j] | 0x20) >= 97, (b[j] | 0x20) <= 122 || b[j] == 0x27 { j += 1 }
            return (lowerASCII(s, j), s < e && UTF8Scan.isUpperAt(b, s))
        }
    }
}

