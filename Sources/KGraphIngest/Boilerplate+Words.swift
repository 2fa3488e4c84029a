extension Boilerplate {
    /// One whitespace-separated word of a block, reduced to what the rules need: a hash of
    /// its lowercased form without surrounding punctuation, and a few shape flags.
    struct Word {
        var key: UInt64
        var firstUpper = false
        var hasDigit = false
        var hasLetter = false
        /// Only digits and : / . , - (dates, times, prices).
        var numeric = false
        var endsColon = false
        /// Ends in a letter or digit (no punctuation after it).
        var bareEnd = false
        var link = false
        var imageName = false
        var copyright = false
        /// Letters and scalars in the word as written (for the letter ratio).
        var letters = 0
        var scalars = 0
        var isEmpty: Bool { key == Word.emptyKey }
        static let emptyKey: UInt64 = 0xcbf29ce484222325
    }

    /// FNV-1a over lowercased bytes; a curly apostrophe hashes as `'`.
    @inline(__always)
    static func hashBare(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> UInt64 {
        var h: UInt64 = Word.emptyKey
        var i = s
        while i < e {
            var c = b[i]
            if c == 0xE2, i + 2 < e, b[i + 1] == 0x80, b[i + 2] == 0x99 { c = 0x27; i += 2 }
            if c >= 65 && c <= 90 { c |= 0x20 }
            h = (h ^ UInt64(c)) &* 0x100000001b3
            i += 1
        }
        return h
    }

    static func key(_ s: String) -> UInt64 {
        var s = s
        return s.withUTF8 { hashBare($0, 0, $0.count) }
    }

    /// Bytes of quote, dash and ellipsis punctuation that edge words: “ ” ‘ ’ — – … « ».
    @inline(__always)
    static func edgePunctLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int) -> Int {
        let c = b[i]
        if c < 0x80 {
            let l = c | 0x20
            if (l >= 97 && l <= 122) || (c >= 48 && c <= 57) || c == 0x26 || c == 0x40 { return 0 }
            return 1
        }
        if c == 0xE2, i + 2 < e, b[i + 1] == 0x80 {
            switch b[i + 2] {
            case 0x9C, 0x9D, 0x98, 0x99, 0x94, 0x93, 0xA6, 0xA2: return 3
            default: return 0
            }
        }
        if c == 0xC2, i + 1 < e, b[i + 1] == 0xAB || b[i + 1] == 0xBB || b[i + 1] == 0xA9 { return 2 }
        return 0
    }

    /// The block's words: split at spaces, tabs and newlines.
    static func scanWords(_ text: String) -> [Word] {
        var text = text
        return text.withUTF8 { b in
            var out: [Word] = []
            out.reserveCapacity(b.count / 6)
            let n = b.count
            var i = 0
            while i < n {
                while i < n, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x09 { i += 1 }
                guard i < n else { break }
                let ws = i
                while i < n, b[i] != 0x20, b[i] != 0x0A, b[i] != 0x09 { i += 1 }
                out.append(word(b, ws, i))
            }
            return out
        }
    }

    /// The word written at bytes `ws..<we`.
    @inline(__always)
    static func word(_ b: UnsafeBufferPointer<UInt8>, _ ws: Int, _ we: Int) -> Word {
        let (s, e) = bareRange(b, ws, we)
        var w = hashedWord(b, s, e)
        countScalars(b, ws, we, into: &w)
        w.endsColon = b[we - 1] == 0x3A
        w.bareEnd = e == we
        w.firstUpper = s < e && UTF8Scan.isUpperAt(b, s)
        w.link = isLink(b, ws, we, s, e)
        w.imageName = isImageName(b, s, e)
        return w
    }

    /// The word at `ws..<we` without the quotes, dashes and other punctuation at its edges.
    @inline(__always)
    static func bareRange(_ b: UnsafeBufferPointer<UInt8>, _ ws: Int, _ we: Int) -> (Int, Int) {
        var s = ws, e = we
        while s < e { let l = edgePunctLength(b, s, e); if l == 0 { break }; s += l }
        while e > s {
            var p = e - 1
            while p > s, b[p] & 0xC0 == 0x80 { p -= 1 }
            let l = edgePunctLength(b, p, e)
            if l == 0 || p + l != e { break }
            e = p
        }
        return (s, e)
    }

    /// One pass over the bare word `s..<e`: the hash of its lowercased form (as
    /// ``hashBare(_:_:_:)``) and whether it has digits, letters, or is numeric.
    @inline(__always)
    static func hashedWord(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Word {
        var h: UInt64 = Word.emptyKey
        var numeric = s < e
        var hasDigit = false, hasLetter = false
        var k = s
        while k < e {
            var c = b[k]
            if c >= 48 && c <= 57 { hasDigit = true }
            else if c == 0x3A || c == 0x2F || c == 0x2E || c == 0x2C || c == 0x2D {}
            else {
                numeric = false
                if c >= 0x80 || (c | 0x20) >= 97 && (c | 0x20) <= 122 { hasLetter = true }
            }
            if c == 0xE2, k + 2 < e, b[k + 1] == 0x80, b[k + 2] == 0x99 { c = 0x27; k += 2 }
            if c >= 65 && c <= 90 { c |= 0x20 }
            h = (h ^ UInt64(c)) &* 0x100000001b3
            k += 1
        }
        var w = Word(key: h)
        w.hasDigit = hasDigit
        w.hasLetter = hasLetter
        w.numeric = numeric && hasDigit
        return w
    }

    /// Letters and scalars of the word as written, and whether it holds a © sign.
    @inline(__always)
    static func countScalars(_ b: UnsafeBufferPointer<UInt8>, _ ws: Int, _ we: Int, into w: inout Word) {
        var letters = 0, scalars = 0
        var copyright = false
        for m in ws..<we {
            let c = b[m]
            if c < 0x80 {
                scalars += 1
                if (c | 0x20) >= 97 && (c | 0x20) <= 122 { letters += 1 }
            } else if c & 0xC0 != 0x80 {
                scalars += 1
                letters += 1
                if c == 0xC2, m + 1 < we, b[m + 1] == 0xA9 { copyright = true; letters -= 1 }
            }
        }
        w.letters = letters
        w.scalars = scalars
        w.copyright = copyright
    }

    /// A web address or handle: "http…", "www.", "pic.", "example.com/page", "t.me/name",
    /// "@handle", "a@b.org".
    @inline(__always)
    static func isLink(_ b: UnsafeBufferPointer<UInt8>, _ ws: Int, _ we: Int, _ s: Int, _ e: Int) -> Bool {
        if we - ws >= 4 {
            let h0 = b[ws] | 0x20, h1 = b[ws + 1] | 0x20, h2 = b[ws + 2] | 0x20, h3 = b[ws + 3] | 0x20
            if (h0 == 0x68 && h1 == 0x74 && h2 == 0x74 && h3 == 0x70) || (h0 == 0x77 && h1 == 0x77 && h2 == 0x77 && b[ws + 3] == 0x2E)
                || (h0 == 0x70 && h1 == 0x69 && h2 == 0x63 && b[ws + 3] == 0x2E) { return true }
        }
        guard e - s >= 5 else { return false }
        var slash = false, dot = false, at = false
        for m in s..<e {
            let c = b[m]
            if c == 0x2F { slash = true } else if c == 0x2E { dot = true } else if c == 0x40 { at = true }
        }
        return (slash && dot) || at
    }

    /// The bare word ends in one of ``imageExtensions`` ("photo.jpg").
    @inline(__always)
    static func isImageName(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        guard e - s >= 5 else { return false }
        var dot = e - 1
        while dot > s, e - dot <= 5, b[dot] != 0x2E { dot -= 1 }
        guard b[dot] == 0x2E, dot > s else { return false }
        return imageExtensionKeys.contains(hashBare(b, dot, e))
    }

    static let imageExtensionKeys = KeyTable(set: imageExtensions.map { key($0) })
    static let stopWordKeys = KeyTable(set: stopWords.map { key($0) })
    static let monthKeys = KeyTable(set: CalendarWords.months.map { key($0) })
    static let timeWordKeys = KeyTable(set: timeWords.map { key($0) })
    static let byKey = key("by")

    /// Phrase index: first word to the phrases (as key arrays) that begin with it.
    static let phraseKeyIndex: KeyTable<[[UInt64]]> = {
        var index: [UInt64: [[UInt64]]] = [:]
        for p in furniturePhrases {
            let ws = scanWords(p).map(\.key)
            guard let f = ws.first else { continue }
            index[f, default: []].append(ws)
        }
        return KeyTable(index.map { ($0.key, $0.value) })
    }()

    /// Words that open a question or headline; seen capitalized right after an unpunctuated
    /// word, they reveal headlines run together without separators.
    static let headlineStarterKeys = KeyTable(set: ["what", "why", "how", "will", "is", "are", "can", "do", "does",
                                                   "should", "who", "when", "where", "here's", "a", "an"].map { key($0) })

    /// Run-together headlines: "... schemes failing What Paytm ..." (an unpunctuated word, then a capitalized question word).
    static func runTogetherHeadlines(_ ws: [Word]) -> Int {
        var n = 0
        for k in 1..<max(1, ws.count) where ws[k].firstUpper && ws[k - 1].bareEnd && headlineStarterKeys.contains(ws[k].key) {
            n += 1
        }
        return n
    }

    /// Share of word trigrams that repeat an earlier trigram of the same block (offer and menu lists repeat).
    static func repeatedTrigramShare(_ ws: [Word]) -> Double {
        guard ws.count >= 12 else { return 0 }
        let count = ws.count - 2
        var size = 64
        while size < count * 2 { size <<= 1 }
        var table = [UInt64](repeating: 0, count: size)
        var repeats = 0
        for k in 0..<count {
            var h = (ws[k].key &* 0x9E3779B97F4A7C15) ^ (ws[k + 1].key &* 0xC2B2AE3D27D4EB4F) ^ ws[k + 2].key
            if h == 0 { h = 1 }
            var i = Int(truncatingIfNeeded: h ^ (h >> 31)) & (size - 1)
            while table[i] != 0, table[i] != h { i = (i + 1) & (size - 1) }
            if table[i] == h { repeats += 1 } else { table[i] = h }
        }
        return Double(repeats) / Double(count)
    }

    static let openerKeys: [[UInt64]] = furnitureOpeners.map { $0.map { key($0) } }
    static let terminalKeys: [[UInt64]] = terminalPhrases.map { $0.map { key($0) } }

    /// How many furniture phrases occur in the word sequence.
    static func phraseHits(_ words: [Word]) -> Int {
        var hits = 0
        var k = 0
        while k < words.count {
            var matched = 0
            if let candidates = phraseKeyIndex[words[k].key] {
                for p in candidates where p.count > matched && k + p.count <= words.count {
                    var m = 1
                    while m < p.count, words[k + m].key == p[m] { m += 1 }
                    if m == p.count { matched = p.count }
                }
            }
            if matched > 0 { hits += 1; k += matched } else { k += 1 }
        }
        return hits
    }

    static func startsWithOpener(_ words: [Word]) -> Bool {
        for o in openerKeys where words.count >= o.count {
            var m = 0
            while m < o.count, words[m].key == o[m] { m += 1 }
            if m == o.count { return true }
        }
        return false
    }
}
