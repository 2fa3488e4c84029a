import KGraphIngest

/// Who reported a story, not who acted in it: datelines ("BEIJING (Reuters) -"), agency and
/// photo credits inside a sentence, and wire services. Names there are no entities of the
/// article. (Whole furniture sentences are judged by Ingest: ``Sentence/isFurniture``; the
/// credit words are Ingest's furniture vocabulary.)
enum Attribution {
    /// News agencies as words, in credits such as "(Reuters)".
    static let agencies = WordSet(Boilerplate.creditAgencies)
    /// Wire services and news agencies by node id: they report, they do not act.
    static let wireAgencyIDs = WordLists.set("wireAgencyIDs")

    static func isWireAgency(_ id: String) -> Bool { wireAgencyIDs.contains(id) }

    /// Pieces of a dateline at the start of a sentence: "WASHINGTON (Reuters) -", "BEIJING, Nov 5 (Reuters) -".
    static func datelineLength(_ p: [Piece]) -> Int {
        var i = 0
        var sawCaps = false
        while i < p.count, p[i].isWord || p[i].key == "," || (p[i].key.first?.isNumber ?? false) {
            if p[i].isWord, UTF8Bytes.characterCount(p[i].bare) >= 2, Tokenized.isWrittenUppercase(p[i].bare) { sawCaps = true }
            else if p[i].isWord, !(CommonWords.months.contains(p[i])) { if !sawCaps { return 0 } }
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
        if i < p.count, ["-", "\u{2014}", "\u{2013}", "--", ":"].contains(p[i].key) { return i + 1 }
        return 0
    }

    private static let colon = HashedWord(":"), credit = HashedWord("credit"), slash = HashedWord("/"), openParen = HashedWord("(")

    /// First words of a photo credit before ":", "credit" or "/" ("Photo Credit: ANI").
    private static let photoCreditWords = WordSet(Boilerplate.photoCreditWords)

    /// "(Reuters)", "(AP Photo/...)", "Photo Credit: ANI": credits anywhere in a sentence.
    static func blockAgencyCredits(_ p: [Piece], _ owner: inout [Int]) {
        let colon = Self.colon, credit = Self.credit, slash = Self.slash, openParen = Self.openParen
        var i = 0
        while i < p.count {
            // (The rare separator first: most pieces are then passed over without a lookup.)
            if i + 1 < p.count, p[i + 1].hasKey(colon) || p[i + 1].hasKey(credit) || p[i + 1].hasKey(slash),
               photoCreditWords.contains(p[i]) {
                var j = i
                while j < p.count, p[j].key != ")", p[j].key != "|" { if owner[j] == -1 { owner[j] = -2 }; j += 1 }
                i = j
                continue
            }
            if p[i].hasKey(openParen), i + 1 < p.count, agencies.contains(p[i + 1]) {
                var j = i + 1
                while j < p.count, p[j].key != ")", j - i < 12 { j += 1 }
                if j < p.count, p[j].key == ")" {
                    for k in i...j where owner[k] == -1 { owner[k] = -2 }
                    i = j + 1
                    continue
                }
            }
            i += 1
        }
    }
}
