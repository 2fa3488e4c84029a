import KGraphIngest

/// A matching unit: a token, or one part of a hyphenated token ("US-India" gives "us" and
/// "india"), with its normalized key.
struct Piece: Sendable {
    /// Case-folded, period-free, quote-folded, accent-free form: "U.S." -> "us".
    var key: String
    /// The surface without periods, case kept: "U.S." -> "US" (case-sensitive acronyms).
    var bare: String
    /// Index of the token in the sentence.
    var token: Int
    /// Scalar offsets in the article text.
    var start: Int
    var end: Int
    var isCapitalized: Bool
    var isWord: Bool
    /// Whether ``key`` is ASCII; then ``keyHash`` is its byte hash (``ASCIIHash``), computed
    /// once here for the many word-table look-ups of a piece (``WordSet/contains(_:)-Piece``).
    var isASCIIKey: Bool
    var keyHash: UInt32

    init(key: String, bare: String, token: Int, start: Int, end: Int, isCapitalized: Bool, isWord: Bool) {
        self.init(key: key, bare: bare, token: token, start: start, end: end, isCapitalized: isCapitalized, isWord: isWord,
                  asciiHash: ASCIIHash.fnv1a(key))
    }

    /// A piece whose key's ``ASCIIHash/fnv1a(_:)`` is known.
    init(key: String, bare: String, token: Int, start: Int, end: Int, isCapitalized: Bool, isWord: Bool, asciiHash h: UInt32?) {
        self.key = key
        self.bare = bare
        self.token = token
        self.start = start
        self.end = end
        self.isCapitalized = isCapitalized
        self.isWord = isWord
        isASCIIKey = h != nil
        keyHash = h ?? 0
    }

    /// ``ASCIIHash/fnv1a(_:)`` of ``key``.
    @inline(__always)
    var asciiHash: UInt32? { isASCIIKey ? keyHash : nil }
}

enum Tokenized {
    static let abbreviations = WordLists.set("abbreviations")

    /// Pieces of a sentence's tokens. Lone periods are dropped so "Dr. S. Jaishankar" and
    /// "Dr S Jaishankar" match alike; other punctuation stays and blocks matches.
    static func pieces(_ tokens: [Token]) -> [Piece] {
        var cache: [String: String]? = nil
        return pieces(tokens, foldCache: &cache)
    }

    /// ``pieces(_:)``, with a memo of ``fold(_:cache:)``'s slow path (kept over an article).
    static func pieces(_ tokens: [Token], foldCache: inout [String: String]?) -> [Piece] {
        var out: [Piece] = []
        out.reserveCapacity(tokens.count)
        for (i, t) in tokens.enumerated() {
            if t.kind == .punctuation {
                // A period after an initial or a short title ("S.", "Dr.") is part of the name;
                // any other period ends a sentence and must stop a name.
                if t.text == ".", i > 0, tokens[i - 1].end == t.start, abbreviations.contains(tokens[i - 1].lower)
                    || (tokens[i - 1].text.unicodeScalars.count == 1 && tokens[i - 1].isCapitalized) { continue }
                out.append(Piece(key: t.text, bare: t.text, token: i, start: t.start, end: t.end, isCapitalized: false, isWord: false))
                continue
            }
            let scalars = t.text.unicodeScalars
            let (hyphenByte, period, hash) = scanLowercase(t.lower)
            if !hyphenByte || !scalars.contains(where: { $0 == "-" || $0 == "\u{2010}" || $0 == "\u{2011}" }) {
                // An ASCII word without periods is its own key (``fold(_:)`` keeps it), its hash known.
                let piece = if let hash, !period {
                    Piece(key: t.lower, bare: t.text, token: i, start: t.start, end: t.end,
                          isCapitalized: isCapitalized(t.text), isWord: t.kind == .word, asciiHash: hash)
                } else {
                    Piece(key: fold(t.lower, cache: &foldCache), bare: period ? stripPeriods(t.text) : t.text, token: i, start: t.start, end: t.end,
                          isCapitalized: isCapitalized(t.text), isWord: t.kind == .word)
                }
                out.append(piece)
                continue
            }
            // Hyphenated word: one piece per part, so "Indo-Pacific" matches "Indo Pacific".
            var partStart = t.start
            var cur = String.UnicodeScalarView()
            func flush(_ end: Int) {
                if !cur.isEmpty {
                    let s = String(cur)
                    out.append(Piece(key: fold(s.lowercased(), cache: &foldCache), bare: stripPeriods(s), token: i, start: partStart, end: end,
                                     isCapitalized: cur.first!.properties.isUppercase, isWord: true))
                }
                cur = String.UnicodeScalarView()
            }
            var pos = t.start
            for s in scalars {
                if s == "-" || s == "\u{2010}" || s == "\u{2011}" {
                    flush(pos)
                    partStart = pos + 1
                } else {
                    cur.append(s)
                }
                pos += 1
            }
            flush(pos)
        }
        return out
    }

    /// One pass over a token's lowercase: a hyphen byte ("-" is 2D; U+2010 and U+2011 start with
    /// E2), a period (2E), and the byte hash when it is ASCII. (Lowercasing keeps every hyphen
    /// and period of the text, and adds none.)
    @inline(__always)
    private static func scanLowercase(_ lower: String) -> (hyphenByte: Bool, period: Bool, hash: UInt32?) {
        UTF8Bytes.scan(lower) { bytes in
            var h: UInt32 = 2_166_136_261
            var high: UInt8 = 0
            var hyphen = false, period = false
            for b in bytes {
                high |= b
                h = (h ^ UInt32(b)) &* 16_777_619
                if b == 0x2D || b == 0xE2 { hyphen = true }
                if b == 0x2E { period = true }
            }
            return (hyphen, period, high < 0x80 ? h : nil)
        }
    }

    /// Rejoins words a soft hyphen (U+00AD) split: "Vladi\u{AD}mir" is one token "Vladimir".
    static func joiningSoftHyphens(_ tokens: [Token]) -> [Token] {
        // U+00AD is C2 AD in UTF-8 (and no other string equals it): a byte test first.
        guard tokens.contains(where: { $0.text.utf8.first == 0xC2 && $0.text == "\u{AD}" }) else { return tokens }
        var out: [Token] = []
        var i = 0
        while i < tokens.count {
            var t = tokens[i]
            while i + 2 < tokens.count, tokens[i + 1].text == "\u{AD}", t.kind == .word, tokens[i + 2].kind == .word,
                  t.end == tokens[i + 1].start, tokens[i + 1].end == tokens[i + 2].start {
                t = Token(text: t.text + tokens[i + 2].text, start: t.start, end: tokens[i + 2].end, kind: .word)
                i += 2
            }
            out.append(t)
            i += 1
        }
        return out
    }

    /// Keys of a free text (lexicon patterns), using the same tokenizer as articles.
    static func keys(of text: String) -> [String] {
        pieces(Tokenizer.tokens(text)).map(\.key)
    }

    /// The string of `scalars`: ASCII copied as bytes (appending scalar by scalar is many
    /// times slower), anything else through the scalar view. The same string either way.
    static func string<C: Collection<Unicode.Scalar>>(_ scalars: C) -> String {
        guard scalars.allSatisfy({ $0.isASCII }) else { return String(String.UnicodeScalarView(scalars)) }
        return String(unsafeUninitializedCapacity: scalars.count) { buf in
            var n = 0
            for u in scalars { buf[n] = UInt8(truncatingIfNeeded: u.value); n += 1 }
            return n
        }
    }

    static func stripPeriods(_ s: String) -> String {
        guard UTF8Bytes.contains(s, 0x2E) else { return s }
        return String(String.UnicodeScalarView(s.unicodeScalars.filter { $0 != "." }))
    }

    /// Starts with an uppercase letter (ASCII fast path).
    @inline(__always)
    static func isCapitalized(_ s: String) -> Bool { Token.isCapitalized(s) }

    /// Lowercase input: drops periods and accents, folds curly quotes.
    static func fold(_ lower: String) -> String {
        var cache: [String: String]? = nil
        return fold(lower, cache: &cache)
    }

    /// ``fold(_:)``; `cache` memoizes the decomposing path (accented names recur in an article).
    /// Its answer is the same for canonically equivalent strings (it starts from their common
    /// decomposition), which a dictionary takes for one key, so a hit is exact.
    static func fold(_ lower: String, cache: inout [String: String]?) -> String {
        let (ascii, hasPeriod) = UTF8Bytes.scan(lower) { bytes in
            var period = false
            for u in bytes {
                if u >= 0x80 { return (false, period) }
                if u == 0x2E { period = true }
            }
            return (true, period)
        }
        if ascii { return hasPeriod ? stripPeriods(lower) : lower }
        // ASCII with curly quotes ("don\u{2019}t"): canonical decomposition changes nothing
        // there, so the quotes are folded without Foundation's decomposition.
        if lower.unicodeScalars.allSatisfy({ $0.isASCII || $0 == "\u{2019}" || $0 == "\u{2018}" || $0 == "\u{02BC}" }) {
            var out = String.UnicodeScalarView()
            for s in lower.unicodeScalars where s != "." { out.append(s.isASCII ? s : "'") }
            return String(out)
        }
        if let hit = cache?[lower] { return hit }
        let folded = decomposedFold(lower)
        cache?[lower] = folded
        return folded
    }

    /// Canonical decomposition without nonspacing marks and periods, curly quotes folded.
    private static func decomposedFold(_ lower: String) -> String {
        var out = String.UnicodeScalarView()
        for s in lower.decomposedStringWithCanonicalMapping.unicodeScalars {
            if s.properties.generalCategory == .nonspacingMark || s == "." { continue }
            switch s {
            case "\u{2019}", "\u{2018}", "\u{02BC}": out.append("'")
            default: out.append(s)
            }
        }
        return String(out)
    }

    /// Small words a title-case heading leaves lowercase ("of", "the").
    private static let headingSmallWords = WordLists.set("headingSmallWords")

    /// A title or section heading: no final stop, short, mostly capitalized words.
    static func looksLikeHeading(_ tokens: [Token]) -> Bool {
        guard let last = tokens.last else { return false }
        if last.kind == .punctuation, [".", "!", "?", "\"", "\u{201D}", "'", "\u{2019}", ")", ";"].contains(last.text) { return false }
        let words = tokens.filter { $0.kind == .word && $0.text != "'s" }
        guard !words.isEmpty, words.count <= (last.text == ":" ? 8 : 24) else { return false }
        let content = words.filter { !headingSmallWords.contains($0.lower) }
        guard !content.isEmpty else { return false }
        let caps = content.filter { isCapitalized($0.text) }.count
        return Double(caps) >= 0.75 * Double(content.count)
    }
}
