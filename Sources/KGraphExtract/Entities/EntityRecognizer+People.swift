import KGraphIngest
import KGraphModel

extension RecognizerRun {
    /// Endings of adjectives and abstract nouns ("-ive", "-tion"): a word with one is no name.
    private static let nonNameSuffixes = WordLists.list("nonNameSuffixes")
    /// A long stretch where most words are capitalized: menus, link lists, tickers. Capitalized
    /// pairs there are not evidence of a name.
    /// Memoized per sentence: it is asked for every candidate name, and a sentence of
    /// thousands of them ("U.S.A.U.S.A....") made it quadratic.
    mutating func isTitleCaseRun(_ s: Int) -> Bool {
        if let known = titleCaseRuns[s] { return known }
        var words = 0, capitalized = 0
        let p = pieces[s]
        for k in p.indices where p[k].isWord && UTF8Bytes.characterCount(p[k].key) > 3 {
            words += 1
            if p[k].isCapitalized { capitalized += 1 }
        }
        let run = words >= 8 && capitalized * 10 > words * 6
        titleCaseRuns[s] = run
        return run
    }

    static func hasNonNameSuffix(_ w: String) -> Bool {
        // ("Lindqvist", "Blomkvist" are surnames, not "-ist" nouns.)
        UTF8Bytes.characterCount(w) > 4 && !w.hasSuffix("vist") && nonNameSuffixes.contains { w.hasSuffix($0) }
    }

    /// Whether `key` is written capitalized in running text (not a heading, not boilerplate)
    /// of a sentence other than `s`.
    mutating func surnameRecurs(_ key: String, outside s: Int) -> Bool {
        if capitalizedWordSentences == nil {
            // (Up to two sentences per word, each once.)
            let headings = headings, skipped = skipped
            capitalizedWordSentences = CapitalizedWords(pieces) { !headings[$0] && !skipped[$0] }
        }
        return capitalizedWordSentences![key]?.has(other: s) ?? false
    }

    /// Whether the article writes `key` right after a ship prefix somewhere ("MV Sea Lark"
    /// makes "the Sea Lark crew" a ship too).
    mutating func isVesselName(_ key: String) -> Bool {
        if vesselNameCache == nil {
            var set = Set<String>()
            for p in pieces {
                for k in p.indices.dropLast() where p[k].isCapitalized && NameWords.vesselPrefixes.contains(p[k]) && p[k + 1].isWord {
                    set.insert(p[k + 1].key)
                }
            }
            vesselNameCache = set
        }
        return vesselNameCache!.contains(key)
    }

    /// Possessors before a relational noun ("his aide", "Roe's lawyer").
    static let possessives = WordLists.set("possessives")

    static let nameConnectors = WordLists.set("nameConnectors")

    /// People the lexicon does not know: after a title ("Foreign Minister Taro Kono", "Dr. X Y"),
    /// next to a speech verb ("X Y said", "according to X Y"), or two or three capitalized
    /// words that are not ordinary words ("Alice Wells").
    /// "X, North Korea's top diplomat": a possessor's office in apposition marks a person.
    func possessedTitle(_ p: [Piece], after k: Int) -> Bool {
        guard let own = (k..<min(p.count, k + 4)).first(where: { p[$0].key == "'s" }), own > k else { return false }
        return ((own + 1)..<min(p.count, own + 4)).contains { NameWords.titles.contains(p[$0]) }
    }

    mutating func matchPeople(_ s: Int) {
        let p = pieces[s]
        var i = 0
        while i < p.count {
            guard isFree(s, i), p[i].isWord, p[i].isCapitalized else { i += 1; continue }
            var b = i + 1
            while b < p.count, isFree(s, b), p[b].isWord {
                if p[b].isCapitalized || p[b].token == p[b - 1].token { b += 1; continue }
                // "bin Laden", "von der Leyen": particles between capitalized words.
                if Self.nameConnectors.contains(p[b]) {
                    var c = b
                    while c < p.count, isFree(s, c), Self.nameConnectors.contains(p[c]) { c += 1 }
                    if c < p.count, c - b <= 2, isFree(s, c), p[c].isCapitalized, p[c].isWord { b = c; continue }
                }
                break
            }
            considerPerson(s, i, b)
            i = b
        }
    }
}

/// The first two sentences a word is written in (-1: none), in a value of its own: a word's
/// entry in ``RecognizerRun/surnameRecurs(_:outside:)``'s table allocates no list.
struct SentencePair {
    var first = -1
    var second = -1

    /// Notes sentence `i` (sentences come in order): kept while fewer than two are, once each.
    @inline(__always)
    mutating func note(_ i: Int) {
        if first < 0 { first = i } else if second < 0, first != i { second = i }
    }

    /// Whether a noted sentence is not `s`.
    @inline(__always)
    func has(other s: Int) -> Bool { (first >= 0 && first != s) || (second >= 0 && second != s) }
}
