extension Boilerplate {
    /// Words of a text split on whitespace (punctuation kept; see ``bare(_:)``).
    static func words(_ s: String) -> [Substring] {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
    }

    /// Lowercased word without surrounding punctuation ("(Reuters)," -> "reuters").
    static func bare(_ w: Substring) -> String {
        let scalars = w.unicodeScalars
        var lo = scalars.startIndex, hi = scalars.endIndex
        while lo < hi, !isWordScalar(scalars[lo]) { lo = scalars.index(after: lo) }
        while hi > lo, !isWordScalar(scalars[scalars.index(before: hi)]) { hi = scalars.index(before: hi) }
        return String(String.UnicodeScalarView(scalars[lo..<hi])).lowercased()
    }

    @inline(__always) static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || (s.value >= 48 && s.value <= 57) || s == "&" || s == "@"
    }

    /// How many furniture phrases occur in the (bare, lowercased) word sequence.
    static func phraseHits(_ bareWords: [String]) -> Int {
        var hits = 0
        var k = 0
        while k < bareWords.count {
            var matched = 0
            if let candidates = phraseIndex[bareWords[k]] {
                for p in candidates where p.count > matched && k + p.count <= bareWords.count {
                    var m = 1
                    while m < p.count, bareWords[k + m] == p[m] { m += 1 }
                    if m == p.count { matched = p.count }
                }
            }
            if matched > 0 { hits += 1; k += matched } else { k += 1 }
        }
        return hits
    }

    static func startsWithOpener(_ bareWords: [String]) -> Bool {
        for o in furnitureOpeners where bareWords.count >= o.count && Array(bareWords.prefix(o.count)) == o { return true }
        return false
    }

    /// Per-block evidence and its standalone verdict.
    struct Features {
        var text: String
        var keptText: String
        var words = 0
        var initial: Class = .good
        var reason = ""
        var headingLike = false
        var endsSentence = false
        /// Very short, unpunctuated: a menu item, a label, a number.
        var tiny = false
        /// Furniture that may sit between a headline and its text (credits, file names, dates).
        var transparent = false
        /// Marks the end of the article body: copyright lines, comment sections.
        var terminal = false

        init(_ block: TextBlock) {
            text = block.text
            keptText = Boilerplate.trimFurnitureSentences(block.text)
            let ws = Boilerplate.words(keptText)
            let bareWords = ws.map { Boilerplate.bare($0) }
            words = ws.count
            let last = keptText.unicodeScalars.last
            endsSentence = Boilerplate.endsWithStop(keptText)
            let endsColon = last == ":"
            let firstUpper = keptText.unicodeScalars.first(where: { Boilerplate.isWordScalar($0) })
                .map { $0.properties.isUppercase || ("0"..."9").contains($0) } ?? false
            headingLike = firstUpper && words >= 2 && words <= 16 && (!endsSentence || last == "?" || last == "!") || (endsColon && words <= 12)
            if block.isHeading, words <= 25 { headingLike = true }
            tiny = words <= 2 && !endsSentence && !endsColon
            if keptText.isEmpty { initial = .bad; reason = "furniture sentences"; return }

            var letters = 0, nonSpace = 0
            for s in keptText.unicodeScalars where !s.isAnySpace {
                nonSpace += 1
                if s.properties.isAlphabetic { letters += 1 }
            }
            let stops = bareWords.reduce(0) { $0 + (Boilerplate.stopWords.contains($1) ? 1 : 0) }
            let density = words > 0 ? Double(stops) / Double(words) : 0
            let hits = Boilerplate.phraseHits(bareWords)

            func bad(_ why: String, transparent t: Bool = false) { initial = .bad; reason = why; transparent = t }
            terminal = Boilerplate.isTerminal(bareWords, keptText)
            if hits >= 1 && words <= 20 || hits >= 2 && hits * 40 >= words { bad("vocabulary", transparent: words <= 3); return }
            if letters * 2 < nonSpace { bad("numbers or symbols", transparent: true); return }
            if keptText.contains("©") && words <= 40 { bad("copyright"); return }
            if words <= 15, ws.contains(where: { w in let l = w.lowercased(); return Boilerplate.imageExtensions.contains(where: { l.hasSuffix($0) }) }) {
                bad("image file name", transparent: true); return
            }
            if words <= 25, Boilerplate.startsWithOpener(bareWords),
               !endsSentence || ws.first.map({ $0.hasSuffix(":") }) == true || (ws.count > 1 && ws[1].hasSuffix(":")) || keptText.hasPrefix("(") {
                bad("related list or credit", transparent: true); return
            }
            if words <= 10, bareWords.first == "by", !endsSentence || keptText.hasSuffix("."),
               ws.dropFirst().prefix(2).allSatisfy({ $0.first?.isUppercase ?? false }) {
                bad("byline", transparent: true); return
            }
            if Boilerplate.isTimestamp(bareWords) { bad("timestamp", transparent: true); return }
            if let f = keptText.unicodeScalars.first, f == "—" || f == "–" || f == "-", keptText.contains("(@") { bad("social media attribution"); return }
            if ws.allSatisfy({ $0.hasPrefix("http") || $0.hasPrefix("www.") || $0.hasPrefix("pic.twitter") }) { bad("link"); return }
            if block.linkChars * 2 > keptText.count, words >= 1 { bad("link density"); return }
            // Headings are judged by what follows them, not by their own stop words.
            if words <= 7 || headingLike { initial = .short; return }
            if words >= 15 && density >= 0.25 || words >= 30 && density >= 0.18 { initial = .good; return }
            if density >= 0.15 || endsSentence && words >= 10 && density >= 0.08 { initial = .nearGood; return }
            bad("few stop words")
        }
    }

    /// Ends in `.`, `!`, `?` or `…`, possibly followed by closing quotes or brackets.
    static func endsWithStop(_ text: String) -> Bool {
        for s in text.unicodeScalars.reversed() {
            if ".!?…".unicodeScalars.contains(s) { return true }
            if !"\"”’')]»".unicodeScalars.contains(s) { return false }
        }
        return false
    }

    static let terminalPhrases: [[String]] = [
        ["all", "rights", "reserved"], ["copyright"], ["leave", "a", "reply"], ["click", "to", "comment"],
        ["post", "a", "comment"], ["leave", "a", "comment"], ["comments", "have", "to", "be"], ["add", "a", "comment"],
        ["join", "the", "conversation"], ["comments"], ["responses"],
    ]

    /// Blocks after which a page holds no more article text (when they come late in the page).
    static func isTerminal(_ bareWords: [String], _ text: String) -> Bool {
        if text.contains("©") { return true }
        guard bareWords.count <= 40 else { return false }
        for k in bareWords.indices {
            for p in terminalPhrases where k + p.count <= bareWords.count && bareWords[k] == p[0] {
                if p.count == 1 {
                    // A lone "Comments" heading, not the word in prose.
                    if bareWords.count <= 3 { return true }
                    continue
                }
                if Array(bareWords[k..<(k + p.count)]) == p { return true }
            }
        }
        return false
    }

    static let timeWords: Set<String> = [
        "am", "pm", "a.m", "p.m", "ist", "gmt", "utc", "et", "est", "edt", "pt", "bst", "cet", "ago", "updated", "published",
        "posted", "on", "at", "mins", "min", "hours", "hour", "hrs", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "today", "yesterday", "read",
    ]

    /// "December 20, 2023", "Updated: 10:42 AM IST, Aug 12", "3 hours ago".
    static func isTimestamp(_ bareWords: [String]) -> Bool {
        guard !bareWords.isEmpty, bareWords.count <= 10 else { return false }
        var dateLike = 0, other = 0
        for w in bareWords where !w.isEmpty {
            if months.contains(w) || timeWords.contains(w) || w.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || $0 == ":" || $0 == "/" || $0 == "." || $0 == "-" || $0 == "," }) {
                dateLike += 1
            } else { other += 1 }
        }
        let hasDigit = bareWords.contains { $0.unicodeScalars.contains { ("0"..."9").contains($0) } }
        return hasDigit && dateLike >= 2 && other <= 1
    }

    /// Drops furniture sentences (and the short lead-ins around them) from the start and end
    /// of a block, so a content paragraph that runs into "Sign up for our newsletter" keeps its prose.
    static func trimFurnitureSentences(_ text: String) -> String {
        let sentences = roughSentences(text)
        guard sentences.count >= 2 else { return text }
        var furniture: [Bool] = [], weak: [Bool] = []
        var any = false
        for s in sentences {
            let ws = words(s)
            let bw = ws.map { bare($0) }
            let f = phraseHits(bw) >= 1 || startsWithOpener(bw) && ws.count <= 25 || s.contains("©")
            furniture.append(f)
            weak.append(ws.count <= 8)
            any = any || f
        }
        guard any else { return text }
        var end = sentences.count
        var j = end - 1, saw = false
        while j >= 0, furniture[j] || weak[j] { if furniture[j] { saw = true }; j -= 1 }
        if saw { end = j + 1 }
        var start = 0
        var k = 0
        saw = false
        while k < end, furniture[k] || weak[k] { if furniture[k] { saw = true }; k += 1 }
        if saw { start = k }
        // Keep the lead-in before content when it held no furniture after all.
        guard start > 0 || end < sentences.count else { return text }
        if start >= end { return "" }
        return sentences[start..<end].joined(separator: " ")
    }

    /// Quick sentence cut for furniture trimming: a stop, then space, then an uppercase letter
    /// or a quote; also " | " separators. Abbreviation-blind on purpose: it only needs to find
    /// where furniture begins.
    static func roughSentences(_ text: String) -> [String] {
        let a = Array(text.unicodeScalars)
        var out: [String] = []
        var start = 0
        var i = 0
        func emit(_ end: Int) {
            let t = BlockText.normalize(a[start..<end])
            if !t.isEmpty { out.append(t) }
        }
        while i < a.count {
            let c = a[i]
            if c == "|", i > 0, a[i - 1] == " " { emit(i); start = i + 1; i += 1; continue }
            if c == "." || c == "!" || c == "?" {
                var j = i + 1
                while j < a.count, "\"”’')".unicodeScalars.contains(a[j]) { j += 1 }
                if j < a.count, a[j] == " " || a[j] == "\n" {
                    var k = j
                    while k < a.count, a[k].isAnySpace { k += 1 }
                    // Not after a single capital initial ("J. Smith", "U.S.").
                    let initial = i >= 1 && a[i - 1].properties.isUppercase && (i < 2 || !a[i - 2].properties.isAlphabetic)
                    if k < a.count, !initial, a[k].properties.isUppercase || "\"“‘(©".unicodeScalars.contains(a[k]) {
                        emit(j); start = k; i = k; continue
                    }
                }
            }
            i += 1
        }
        emit(a.count)
        return out
    }
}
