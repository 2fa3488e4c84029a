extension Boilerplate {
    /// Words of a text split on whitespace (punctuation kept).
    static func words(_ s: String) -> [Substring] {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
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
        /// Order-sensitive hash of the block's words, for spotting repeated blocks.
        var signature: UInt64 = 0

        /// `lexical` false: the text is not English, so stop words say nothing and prose is
        /// judged by length and sentence ends instead.
        /// `words`, when given, are the block's words (``Boilerplate/scanWords(_:)``), already scanned.
        init(_ block: TextBlock, lexical: Bool = true, words scanned: [Word]? = nil) {
            text = block.text
            keptText = text
            let (ws, hits) = trimFurniture(scanned)
            words = ws.count
            for w in ws { signature = (signature &* 0x9E3779B97F4A7C15) ^ w.key }
            readShape(ws, block)
            if keptText.isEmpty { initial = .bad; reason = "furniture sentences"; return }
            if let (why, t) = furnitureVerdict(ws, hits: hits, block) {
                initial = .bad; reason = why; transparent = t
                return
            }
            initial = lexical ? proseVerdict(ws) : unlexicalVerdict(block)
            if initial == .bad { reason = "few stop words" }
        }

        /// Sets `terminal`, trims furniture sentences off a longer block into `keptText`, and
        /// returns the words of the kept text and how many furniture phrases they hold.
        private mutating func trimFurniture(_ scanned: [Word]?) -> ([Word], Int) {
            var ws = scanned ?? Boilerplate.scanWords(text)
            var hits = Boilerplate.phraseHits(ws)
            // Judged on the whole block: a copyright line ends the article even inside a long block.
            terminal = ws.contains(where: \.copyright) || Boilerplate.isTerminal(ws) || Boilerplate.hasPhrase(ws, Boilerplate.allRightsReserved)
            // Only longer blocks are trimmed; a short block with furniture words is furniture as a whole.
            guard ws.count > 20, hits > 0 || ws.contains(where: \.copyright) else { return (ws, hits) }
            let trimmed = Boilerplate.trimFurnitureSentences(text)
            guard trimmed.utf8.count != text.utf8.count else { return (ws, hits) }
            let hitsBefore = hits
            keptText = trimmed
            ws = Boilerplate.scanWords(trimmed)
            hits = Boilerplate.phraseHits(ws)
            // Little text left beside clear furniture (two phrases or more) is its lead-in, not content.
            if ws.count < 15, hitsBefore - hits >= 2 { keptText = "" }
            return (ws, hits)
        }

        /// Sets `endsSentence`, `headingLike` and `tiny` from the kept text's shape.
        private mutating func readShape(_ ws: [Word], _ block: TextBlock) {
            endsSentence = Boilerplate.endsWithStop(keptText)
            let endsColon = ws.last?.endsColon ?? false
            let firstUpper = ws.first.map { $0.firstUpper || $0.hasDigit } ?? false
            headingLike = firstUpper && words >= 2 && words <= 16 && (!endsSentence || keptText.utf8.last == 0x3F || keptText.utf8.last == 0x21) || (endsColon && words <= 12)
            if block.isHeading, words <= 25 { headingLike = true }
            tiny = words <= 2 && !endsSentence && !endsColon && UTF8Scan.scalarCount(keptText) < 24
        }

        /// Why the block is furniture by its words, shape or links, and whether that furniture
        /// is transparent; nil when it is not.
        private func furnitureVerdict(_ ws: [Word], hits: Int, _ block: TextBlock) -> (String, Bool)? {
            var letters = 0, nonSpace = 0
            for w in ws { letters += w.letters; nonSpace += w.scalars }
            let copyright = ws.contains(where: \.copyright)
            if hits >= 1 && words <= 20 || hits >= 2 && hits * 25 >= words || hits >= 4 && hits * 150 >= words { return ("vocabulary", words <= 3) }
            if letters * 2 < nonSpace { return ("numbers or symbols", true) }
            if copyright && words <= 40 { return ("copyright", false) }
            if words <= 15, ws.contains(where: \.imageName) { return ("image file name", true) }
            if words <= 25, Boilerplate.startsWithOpener(ws),
               !endsSentence || ws[0].endsColon || (ws.count > 1 && ws[1].endsColon) || keptText.utf8.first == 0x28 {
                return ("related list or credit", true)
            }
            if words <= 10, ws[0].key == Boilerplate.byKey, !endsSentence || keptText.utf8.last == 0x2E,
               ws.dropFirst().prefix(2).allSatisfy(\.firstUpper) {
                return ("byline", true)
            }
            // A standalone parenthetical line: a photo credit or caption tag "(AP Photo/…)".
            if words <= 8, keptText.utf8.first == 0x28, keptText.utf8.last == 0x29 { return ("parenthetical credit", true) }
            if Boilerplate.isTimestamp(ws) { return ("timestamp", true) }
            if words <= 20, let f = keptText.unicodeScalars.first, f == "—" || f == "–" || f == "-", keptText.contains("(@") { return ("social media attribution", false) }
            if ws.allSatisfy(\.link) { return ("link", false) }
            let linkWords = ws.reduce(0) { $0 + ($1.link ? 1 : 0) }
            if words >= 4, linkWords * 3 >= words { return ("addresses and handles", false) }
            if block.linkChars > 0, block.linkChars * 2 > UTF8Scan.scalarCount(keptText), words >= 1 { return ("link density", false) }
            if words >= 12, Boilerplate.repeatedTrigramShare(ws) > 0.2 { return ("repetitive", false) }
            let runTogether = Boilerplate.runTogetherHeadlines(ws)
            if runTogether >= 2, runTogether * 40 >= words { return ("run-together headlines", false) }
            return nil
        }

        /// Without stop words to go by: long text is prose, sentence ends make it likelier.
        private func unlexicalVerdict(_ block: TextBlock) -> Class {
            let length = HTMLDocument.weightedLength(keptText)
            if block.isHeading && words <= 25 || length < 40 { return .short }
            if length >= 150 || endsSentence && length >= 80 { return .good }
            return .nearGood
        }

        /// English prose by its stop-word density; `.bad` when it has too few.
        private func proseVerdict(_ ws: [Word]) -> Class {
            // Headings are judged by what follows them, not by their own stop words.
            if words <= 7 || headingLike { return .short }
            var stops = 0
            for w in ws where Boilerplate.stopWordKeys.contains(w.key) { stops += 1 }
            let density = words > 0 ? Double(stops) / Double(words) : 0
            if words >= 15 && density >= 0.25 || words >= 30 && density >= 0.18 { return .good }
            // (A short sentence is mostly names: "Officials met Acme CEO Ann Roe on Monday." has one stop word in eight.)
            if density >= 0.15 || endsSentence && (words >= 10 ? density >= 0.08 : stops >= 1) { return .nearGood }
            return .bad
        }
    }

    /// Ends in `.`, `!`, `?` or `…`, possibly followed by closing quotes or brackets.
    static func endsWithStop(_ text: String) -> Bool {
        for s in text.unicodeScalars.reversed() {
            if ".!?…。！？".unicodeScalars.contains(s) { return true }
            if !"\"”’')]»".unicodeScalars.contains(s) { return false }
        }
        return false
    }

    static let terminalPhrases: [[String]] = FurnitureVocabulary.split(FurnitureVocabulary.bundled.terminalPhrases)

    static let uiVerbKeys = KeyTable(set: FurnitureVocabulary.bundled.uiVerbs.map { key($0) })

    static let allRightsReserved: [UInt64] = ["all", "rights", "reserved"].map { key($0) }

    static func hasPhrase(_ ws: [Word], _ p: [UInt64]) -> Bool {
        guard ws.count >= p.count else { return false }
        for k in 0...(ws.count - p.count) where ws[k].key == p[0] {
            var m = 1
            while m < p.count, ws[k + m].key == p[m] { m += 1 }
            if m == p.count { return true }
        }
        return false
    }

    /// Blocks after which a page holds no more article text (when they come late in the page).
    static func isTerminal(_ ws: [Word]) -> Bool {
        guard ws.count <= 40 else { return false }
        for k in ws.indices {
            for p in terminalKeys where k + p.count <= ws.count && ws[k].key == p[0] {
                if p.count == 1 {
                    // A lone "Comments" heading, not the word in prose.
                    if ws.count <= 3 { return true }
                    continue
                }
                var m = 1
                while m < p.count, ws[k + m].key == p[m] { m += 1 }
                if m == p.count { return true }
            }
        }
        return false
    }

    /// Words of timestamps besides numbers and months: clock and zone words, weekdays.
    static let timeWords: Set<String> = CalendarWords.weekdays.union([
        "am", "pm", "a.m", "p.m", "ist", "gmt", "utc", "et", "est", "edt", "pt", "bst", "cet", "ago", "updated", "published",
        "posted", "on", "at", "mins", "min", "hours", "hour", "hrs", "today", "yesterday", "read",
    ])

    /// "December 20, 2023", "Updated: 10:42 AM IST, Aug 12", "3 hours ago".
    static func isTimestamp(_ ws: [Word]) -> Bool {
        guard !ws.isEmpty, ws.count <= 10 else { return false }
        var dateLike = 0, other = 0, digit = false
        for w in ws where !w.isEmpty {
            if w.hasDigit { digit = true }
            if w.numeric || monthKeys.contains(w.key) || timeWordKeys.contains(w.key) { dateLike += 1 } else { other += 1 }
        }
        return digit && dateLike >= 2 && other <= 1
    }
}
