/// Splits article text into sentences.
///
/// Paragraphs (blank-line separated) are never joined; inside a paragraph, list items and
/// headline lines stand alone. A stop ends a sentence when whitespace and a non-lowercase
/// character follow, except after titles and initials ("Dr. S. Jaishankar"), and after
/// abbreviations that may end a sentence ("U.S.", "Inc.", "etc.") only when the next word
/// typically starts one ("in the U.S. The ...").
public enum SentenceSplitter {
    public static func split(_ text: String) -> [Sentence] {
        split(scalars: Array(text.unicodeScalars))
    }

    /// Sentences of already-decoded scalars (offsets are indices into `a`).
    public static func split(scalars a: [Unicode.Scalar]) -> [Sentence] {
        var out: [Sentence] = []
        let n = a.count
        var paragraph = 0
        var i = 0
        while i < n {
            while i < n, a[i].isAnySpace { i += 1 }
            guard i < n else { break }
            // Paragraph: up to a blank line.
            var e = i
            while e < n {
                if a[e] == "\n" {
                    var j = e + 1
                    while j < n, a[j].isHSpace { j += 1 }
                    if j >= n || a[j] == "\n" { break }
                }
                e += 1
            }
            splitParagraph(a, i, e, paragraph: paragraph, into: &out)
            paragraph += 1
            i = e
        }
        return out
    }

    static func splitParagraph(_ a: [Unicode.Scalar], _ ps: Int, _ pe: Int, paragraph: Int, into out: inout [Sentence]) {
        // Segments: runs of lines that may share sentences.
        var segStart = ps
        var lineStart = ps
        var k = ps
        while k <= pe {
            if k == pe || a[k] == "\n" {
                let lineEnd = k
                let nextStart = k + 1
                let isEnd = k == pe
                let breakHere = isEnd || startsListItem(a, nextStart, pe) || startsListItem(a, lineStart, lineEnd)
                    || isHeadlineLine(a, lineStart, lineEnd)
                if breakHere {
                    splitSegment(a, segStart, lineEnd, paragraph: paragraph, into: &out)
                    segStart = nextStart
                }
                lineStart = nextStart
            }
            k += 1
        }
    }

    /// "- ", "* ", "• ", "1. ", "2) " at a line start (after indentation).
    static func listMarkerLength(_ a: [Unicode.Scalar], _ s: Int, _ e: Int) -> Int? {
        var i = s
        while i < e, a[i].isHSpace { i += 1 }
        guard i < e else { return nil }
        let c = a[i]
        if c == "-" || c == "*" || c == "•" || c == "·" || c == "–" || c == "▪" || c == "◦" {
            if i + 1 < e, a[i + 1].isHSpace { return i + 2 - s }
            return nil
        }
        var j = i
        while j < e, j - i < 3, ("0"..."9").contains(a[j]) { j += 1 }
        if j > i, j + 1 < e, a[j] == "." || a[j] == ")", a[j + 1].isHSpace { return j + 2 - s }
        return nil
    }

    static func startsListItem(_ a: [Unicode.Scalar], _ s: Int, _ e: Int) -> Bool {
        var le = s
        while le < e, a[le] != "\n" { le += 1 }
        return listMarkerLength(a, s, le) != nil
    }

    /// A short line without final punctuation that starts with a capital: a headline, not wrapped prose.
    static func isHeadlineLine(_ a: [Unicode.Scalar], _ s: Int, _ e: Int) -> Bool {
        var hi = e
        while hi > s, a[hi - 1].isAnySpace { hi -= 1 }
        guard hi > s, hi - s <= 80 else { return false }
        let last = a[hi - 1]
        if last == ":" { return true }
        if ".,;!?\"”’'".unicodeScalars.contains(last) || last.properties.isLowercase && hi - s > 50 { return false }
        return headingShape(a, s, hi, requireTitleCase: true)
    }

    static func splitSegment(_ a: [Unicode.Scalar], _ ss: Int, _ se: Int, paragraph: Int, into out: inout [Sentence]) {
        var start = ss
        if let m = listMarkerLength(a, ss, se) { start = ss + m }
        var i = start
        let firstOfSegment = out.count
        while i < se {
            let c = a[i]
            guard c == "." || c == "!" || c == "?" || c == "…" else { i += 1; continue }
            var j = i + 1
            while j < se, a[j] == "." || a[j] == "!" || a[j] == "?" || a[j] == "…" { j += 1 }
            let run = j - i
            while j < se, "\"”’')]»".unicodeScalars.contains(a[j]) { j += 1 }
            guard j >= se || a[j].isAnySpace else { i = j; continue }
            var k = j
            while k < se, a[k].isAnySpace { k += 1 }
            if k >= se { break }
            let next = a[k]
            if next.properties.isLowercase { i = k; continue }
            if c == ".", run == 1, !periodEnds(a, i, start, nextWordAt: k, se) { i = k; continue }
            emit(a, start, j, paragraph: paragraph, into: &out)
            start = k
            i = k
        }
        emit(a, start, se, paragraph: paragraph, into: &out)
        // A segment that is one short unpunctuated title-case line (or ends in ':') is a heading.
        if out.count == firstOfSegment + 1 {
            let s = out[firstOfSegment]
            out[firstOfSegment].isHeading = isHeading(a, s.start, s.end)
        }
    }

    static func emit(_ a: [Unicode.Scalar], _ s0: Int, _ e0: Int, paragraph: Int, into out: inout [Sentence]) {
        var s = s0, e = e0
        while s < e, a[s].isAnySpace { s += 1 }
        while e > s, a[e - 1].isAnySpace { e -= 1 }
        guard e > s else { return }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: a[s..<e])
        out.append(Sentence(index: out.count, start: s, end: e, text: String(view), paragraph: paragraph))
    }

    /// Whether the period at `i` ends a sentence, judged by the word before it and the next word.
    static func periodEnds(_ a: [Unicode.Scalar], _ i: Int, _ segStart: Int, nextWordAt k: Int, _ se: Int) -> Bool {
        var ws = i
        while ws > segStart, a[ws - 1].properties.isAlphabetic || a[ws - 1] == "." || ("0"..."9").contains(a[ws - 1]) { ws -= 1 }
        guard ws < i else { return true }
        var word = String.UnicodeScalarView()
        var dotted = false, letters = 0
        for s in a[ws..<i] {
            if s == "." { dotted = true } else { letters += 1; word.append(s) }
        }
        let lower = String(word).lowercased()
        let nextWord = wordAt(a, k, se)
        // Initials and dotted abbreviations: "S.", "U.S.", "e.g.", "a.m."
        if letters == 1, !dotted, a[ws].properties.isUppercase { return false }
        if dotted {
            if lower == "eg" || lower == "ie" || lower == "cf" { return false }
            return typicalStarters.contains(nextWord.lowercased()) && nextWord.first?.isUppercase == true
        }
        if titles.contains(lower) { return false }
        if lower == "no" || lower == "nos" || lower == "art" || lower == "p" || lower == "pp" || lower == "vol" || lower == "fig" {
            if ("0"..."9").contains(a[k]) { return false }
        }
        if endable.contains(lower) {
            return typicalStarters.contains(nextWord.lowercased())
        }
        return true
    }

    static func wordAt(_ a: [Unicode.Scalar], _ k: Int, _ e: Int) -> String {
        var j = k
        while j < e, "\"“‘'(".unicodeScalars.contains(a[j]) { j += 1 }
        var w = String.UnicodeScalarView()
        while j < e, a[j].properties.isAlphabetic || a[j] == "'" || a[j] == "’" { w.append(a[j]); j += 1 }
        return String(w)
    }

    /// Abbreviations that precede a name or number and never end a sentence.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "lt", "col", "sen", "rep", "gov", "st", "capt", "cpt", "sgt", "maj",
        "adm", "cmdr", "rev", "hon", "pres", "supt", "insp", "amb", "sec", "rt", "messrs", "mme", "mlle", "vs", "v",
        "approx", "dept", "univ", "fr", "brig", "cpl", "pvt", "gens", "reps", "sens", "ave", "blvd", "mt", "ft", "vice",
    ]

    /// Abbreviations that may also end a sentence.
    static let endable: Set<String> = [
        "inc", "corp", "co", "ltd", "llc", "plc", "etc", "jr", "sr", "bros", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "al", "est", "govt", "mins", "hrs", "yrs",
    ]

    /// Words that commonly open a sentence; after an ambiguous abbreviation they signal a new one.
    static let typicalStarters: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "this",
        "that", "these", "those", "there", "but", "and", "or", "so", "yet", "in", "on", "at", "for", "as", "after",
        "before", "when", "while", "if", "however", "meanwhile", "still", "also", "then", "now", "some", "many", "most",
        "both", "each", "what", "why", "how", "who", "where", "last", "earlier", "later", "since", "although", "though",
        "because", "during", "under", "with", "without", "asked", "according", "speaking", "such", "one", "two",
        "despite", "instead", "moreover", "further", "furthermore", "separately", "officials", "critics",
    ]

    static func isHeading(_ a: [Unicode.Scalar], _ s: Int, _ e: Int) -> Bool {
        guard e > s else { return false }
        let last = a[e - 1]
        if last == ":" { return countWords(a, s, e) <= 12 }
        if ".!?\"”’'…;,".unicodeScalars.contains(last) { return false }
        return headingShape(a, s, e, requireTitleCase: true)
    }

    static func countWords(_ a: [Unicode.Scalar], _ s: Int, _ e: Int) -> Int {
        var n = 0, inWord = false
        for k in s..<e {
            if a[k].isAnySpace { inWord = false } else if !inWord { inWord = true; n += 1 }
        }
        return n
    }

    /// At most 15 words, starting with a capital, and (if asked) most longer words capitalized.
    static func headingShape(_ a: [Unicode.Scalar], _ s: Int, _ e: Int, requireTitleCase: Bool) -> Bool {
        var words = 0, longWords = 0, capitalLong = 0
        var k = s
        var firstUpper = false
        while k < e {
            while k < e, a[k].isAnySpace { k += 1 }
            guard k < e else { break }
            let ws = k
            var letters = 0
            while k < e, !a[k].isAnySpace { if a[k].properties.isAlphabetic { letters += 1 }; k += 1 }
            words += 1
            var f = ws
            while f < k, !a[f].properties.isAlphabetic, !("0"..."9").contains(a[f]) { f += 1 }
            let upper = f < k && (a[f].properties.isUppercase || ("0"..."9").contains(a[f]))
            if words == 1 { firstUpper = upper }
            if letters >= 4 { longWords += 1; if upper { capitalLong += 1 } }
        }
        guard words >= 1, words <= 15, firstUpper else { return false }
        if !requireTitleCase { return true }
        return longWords == 0 || capitalLong * 10 >= longWords * 6
    }
}
