/// A word of a sentence as the credit rules read it: extraction's normalized words conform, so
/// Ingest judges credits on exactly the words extraction matches names on.
public protocol CreditReadableWord {
    /// Case-folded, period-free form: "U.S." is "us".
    var key: String { get }
    /// The surface without periods, case kept: "U.S." is "US".
    var bare: String { get }
    /// A word (not a number or punctuation).
    var isWord: Bool { get }
    /// Where the word starts and ends in the text (offsets of one scale), to tell a spaced dash
    /// from one that joins two words.
    var start: Int { get }
    var end: Int { get }
}

/// Furniture inside a sentence: who reported a story, not who acted in it. Datelines
/// ("BEIJING (Reuters) -", "BEIJING, Nov 5 (Reuters) -") and agency and photo credits
/// ("(Reuters)", "(AP Photo/...)", "Photo Credit: ANI"). Ingest judges them, with the credit
/// words of its furniture vocabulary; extraction takes no name from those words.
extension Boilerplate {
    /// News agencies as words, in credits such as "(Reuters)".
    @usableFromInline static let agencyWords = Set(creditAgencies)
    /// First words of a photo credit before ":", "credit" or "/" ("Photo Credit: ANI").
    @usableFromInline static let photoCreditStarts = Set(photoCreditWords)

    /// How many words of `p` a dateline at the start of the sentence takes: "WASHINGTON
    /// (Reuters) -", "BEIJING, Nov 5 (Reuters) -"; 0 when there is none.
    @inlinable
    public static func datelineLength<W: CreditReadableWord>(_ p: [W]) -> Int {
        var i = 0
        var sawCaps = false
        while i < p.count, p[i].isWord || p[i].key == "," || (p[i].key.first?.isNumber ?? false) {
            if p[i].isWord, p[i].bare.count >= 2, p[i].bare == p[i].bare.uppercased() { sawCaps = true }
            else if p[i].isWord, !(CalendarWords.months.contains(p[i].key)) { if !sawCaps { return 0 } }
            i += 1
            if i > 8 { return 0 }
        }
        guard sawCaps || i == 0 else { return 0 }
        if i < p.count, p[i].key == "(" {
            var j = i + 1
            while j < p.count, p[j].key != ")" { j += 1; if j - i > 5 { return 0 } }
            guard j < p.count else { return 0 }
            i = j + 1
        } else if i == 0 {
            return 0
        }
        guard i < p.count, ["-", "\u{2014}", "\u{2013}", "--", ":"].contains(p[i].key) else { return 0 }
        // "NATO–Russia tensions": a hyphen or en dash with no space on either side joins two
        // names; a dateline's dash is spaced (an em dash may not be).
        if p[i].key != "\u{2014}", i > 0, i + 1 < p.count, p[i - 1].end == p[i].start, p[i].end == p[i + 1].start { return 0 }
        return i + 1
    }

    /// Whether `key` starts with the first byte of ":", "credit" or "/".
    @inlinable
    static func creditSeparatorByte(_ key: String) -> Bool {
        guard let b = key.utf8.first else { return false }
        return b == 0x3A || b == 0x63 || b == 0x2F
    }

    /// Calls `mark` with the index of every word of `p` in a credit anywhere in the sentence:
    /// "(Reuters)", "(AP Photo/...)", "Photo Credit: ANI" (up to a ")" or "|").
    @inlinable
    public static func creditWords<W: CreditReadableWord>(_ p: [W], mark: (Int) -> Void) {
        var i = 0
        while i < p.count {
            // (The rare separator first: most words are then passed over without a lookup. Its
            // first byte first: a word equal to one of them starts with that one's byte, and
            // most words are then passed over without a string comparison either.)
            if i + 1 < p.count, creditSeparatorByte(p[i + 1].key),
               p[i + 1].key == ":" || p[i + 1].key == "credit" || p[i + 1].key == "/",
               photoCreditStarts.contains(p[i].key) {
                var j = i
                while j < p.count, p[j].key != ")", p[j].key != "|" { mark(j); j += 1 }
                i = j
                continue
            }
            if p[i].key.utf8.first == 0x28, p[i].key == "(", i + 1 < p.count, agencyWords.contains(p[i + 1].key) {
                var j = i + 1
                while j < p.count, p[j].key != ")", j - i < 12 { j += 1 }
                if j < p.count, p[j].key == ")" {
                    for k in i...j { mark(k) }
                    i = j + 1
                    continue
                }
            }
            i += 1
        }
    }
}
