import KGraphModel

/// Who says what: "X said (that) ...", "X remarked, “...”", "..., X said.", "according to X".
/// A quotation opened after a speech verb and not closed in the sentence carries the speaker
/// into the following sentences until it closes.
struct SpeechRegion {
    var sentence: Int
    /// Tokens of the reported content.
    var tokens: Range<Int>
    var speaker: String
    var speakerType: NodeType
}

enum Speech {
    /// Speech regions of every sentence, in order.
    static func regions(_ parsers: [ClauseParser]) -> [SpeechRegion] {
        var out: [SpeechRegion] = []
        var open: SpeechRegion?
        for p in parsers {
            let f = p.f
            if let o = open {
                // The quotation continues from an earlier sentence.
                let close = f.lower.firstIndex { $0 == "”" || $0 == "\"" }
                out.append(SpeechRegion(sentence: f.index, tokens: 0..<(close ?? f.count), speaker: o.speaker, speakerType: o.speakerType))
                if close != nil { open = nil }
                continue
            }
            // Every region below has a mention of this sentence as its speaker.
            if f.mentions.isEmpty { continue }
            // The sentence's columns read once (each read of a frame's property retains it).
            let lower = f.lower, mentionAt = f.mentionAt, lemmas = f.lemmas, count = f.count
            var i = 0
            while i < count {
                // (A length test first: a string comparison per token otherwise.)
                if lower[i].utf8.count == 9, lower[i] == "according", f.word(i + 1) == "to" {
                    var k = i + 2
                    if f.word(k) == "the" { k += 1 }
                    if let m = f.mention(at: k), speakerOK(f.types[m]) {
                        out.append(SpeechRegion(sentence: f.index, tokens: 0..<f.count, speaker: f.mentions[m].nodeID, speakerType: f.types[m]))
                    }
                    i += 2
                    continue
                }
                guard mentionAt[i] < 0, let len = p.isSpeech(i, lemmas) else { i += 1; continue }
                let end = i + len
                if let s = p.subject(before: i, limit: 10), let m = s.group.first, speakerOK(f.types[m]) {
                    // "..., X said." — the speaker stands after the content.
                    let first = f.mentions[m].tokenRange.lowerBound
                    if s.distance == 0, first > 1, afterComma(p, first), end >= f.count - 1 {
                        out.append(SpeechRegion(sentence: f.index, tokens: 0..<first, speaker: f.mentions[m].nodeID, speakerType: f.types[m]))
                        i = end
                        continue
                    }
                    var region = SpeechRegion(sentence: f.index, tokens: end..<f.count, speaker: f.mentions[m].nodeID, speakerType: f.types[m])
                    // An opening quotation mark with no closing one in the sentence continues the quote.
                    let q = f.lower[end...].firstIndex { $0 == "“" || $0 == "\"" }
                    if let q, !f.lower[(q + 1)...].contains(where: { $0 == "”" || ($0 == "\"" && f.lower[q] == "\"") }) {
                        open = region
                    }
                    region.tokens = end..<f.count
                    out.append(region)
                    i = end
                    continue
                }
                // Inverted: "..., X said." / "..., said X."
                var k = end
                if f.word(k) == "the" { k += 1 }
                if let m = f.mention(at: k), speakerOK(f.types[m]) {
                    out.append(SpeechRegion(sentence: f.index, tokens: 0..<i, speaker: f.mentions[m].nodeID, speakerType: f.types[m]))
                } else if i > 0, let m = f.mention(at: i - 1), speakerOK(f.types[m]), afterComma(p, f.mentions[m].tokenRange.lowerBound) {
                    out.append(SpeechRegion(sentence: f.index, tokens: 0..<f.mentions[m].tokenRange.lowerBound, speaker: f.mentions[m].nodeID, speakerType: f.types[m]))
                }
                i = end
            }
        }
        return out + quotedBefore(parsers, out)
    }

    /// "“We will not yield. Our allies stand with us,” X said.": the sentences of a quotation
    /// opened without a speaker are the speaker's who closes it, up to four sentences on.
    private static func quotedBefore(_ parsers: [ClauseParser], _ found: [SpeechRegion]) -> [SpeechRegion] {
        var out: [SpeechRegion] = []
        let spoken = Set(found.map(\.sentence))
        // (The byte scan first: few sentences open a quotation, and the set's hashed look-up
        // for every sentence cost more.)
        for (i, p) in parsers.enumerated() where hasOpeningQuote(p.f.sentence.text) && !spoken.contains(p.f.index) {
            let lower = p.f.lower
            guard let q = lower.lastIndex(of: "“"), !lower[q...].contains("”") else { continue }
            var pending = [(p.f.index, q..<p.f.count)]
            for j in (i + 1)..<min(parsers.count, i + 5) {
                let g = parsers[j].f
                if g.lower.contains("“") { break }
                if let c = g.lower.firstIndex(of: "”") {
                    if let r = found.first(where: { $0.sentence == g.index && $0.tokens.lowerBound == 0 && $0.tokens.upperBound > c }) {
                        out += pending.map { SpeechRegion(sentence: $0.0, tokens: $0.1, speaker: r.speaker, speakerType: r.speakerType) }
                    }
                    break
                }
                if spoken.contains(g.index) { break }
                pending.append((g.index, 0..<g.count))
            }
        }
        return out
    }

    /// Whether `text` holds a curly opening quotation mark (U+201C, bytes E2 80 9C): a byte scan
    /// rules out most sentences before their tokens are compared.
    /// (On the contiguous bytes: the UTF-8 view's iterator cost more than the test.)
    private static func hasOpeningQuote(_ text: String) -> Bool {
        UTF8Bytes.scan(text) { bytes in
            var i = 0
            while i + 2 < bytes.count {
                if bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9C { return true }
                i += 1
            }
            return false
        }
    }

    /// Whether token `k` follows a comma, or a comma and the quotation mark closing the content
    /// ("“We will not yield,” X said.").
    /// (The speaker's title may stand between: "“...,” White House spokeswoman X said.")
    private static func afterComma(_ p: ClauseParser, _ k: Int) -> Bool {
        let f = p.f
        if f.word(k - 1) == "," { return true }
        var j = k - 1
        var steps = 0
        while j > 1, steps < 8, !f.isIn(j, WordClass.quotes),
              f.mentionAt[j] >= 0 || f.tokens[j].kind == .word && (f.tokens[j].isCapitalized || f.isIn(j, p.verbs.titles.allWords)) {
            j -= 1
            steps += 1
        }
        return j > 0 && f.isIn(j, WordClass.quotes) && f.word(j - 1) == ","
    }

    static func speakerOK(_ t: NodeType) -> Bool { t == .person || t == .country || t == .organization || t == .alliance }
}
