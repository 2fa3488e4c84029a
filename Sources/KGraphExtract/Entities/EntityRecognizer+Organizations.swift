import KGraphModel

extension RecognizerRun {
    /// Common nouns that say a body is a company, group or outlet (not "producer", "maker",
    /// "contractor": people are called that too).
    static let organizationCues = WordLists.set("organizationCues")

    /// Organizations named right after a common noun that says what they are:
    /// "cybersecurity firm Mandiant", "firms like Danone and Carlsberg", "chains X and Y".
    mutating func matchCuedOrganizations(_ s: Int) {
        let p = pieces[s]
        var i = 0
        while i < p.count {
            defer { i += 1 }
            guard p[i].isWord, !p[i].isCapitalized || isSentenceInitial(s, i), Self.organizationCues.contains(p[i]) else { continue }
            var k = i + 1
            if k < p.count, p[k].key == "like" || p[k].key == "including" { k += 1 }
            else if k + 1 < p.count, p[k].key == "such", p[k + 1].key == "as" { k += 2 }
            // One name, or a list "X, Y and Z" (some of which may be known already).
            while k < p.count, p[k].isWord, p[k].isCapitalized {
                if let f = findAt(s, k), f.lo == k {
                    guard drafts[f.nodeID]?.type == .organization, f.hi + 1 < p.count, p[f.hi].key == "," || p[f.hi].key == "and" else { break }
                    k = f.hi + 1
                    if k < p.count, p[k].key == "and" { k += 1 }
                    continue
                }
                guard isFree(s, k) else { break }
                var e = k + 1
                while e < p.count, e - k < 4, isFree(s, e), p[e].isWord, p[e].isCapitalized { e += 1 }
                // "group Club for Growth", "think tank Center for a New American Security".
                while e + 1 < p.count, ["of", "for", "on"].contains(p[e].key) {
                    var m = e + 1
                    if m < p.count, ["the", "a"].contains(p[m].key) { m += 1 }
                    var f = m
                    // "Citizens for Responsibility and Ethics": "and" joins two capitalized words.
                    while f < p.count, f - m < 5, isFree(s, f), p[f].isWord, p[f].isCapitalized || (p[f].key == "and" && f > m
                            && f + 1 < p.count && isFree(s, f + 1) && p[f + 1].isWord && p[f + 1].isCapitalized),
                          !CommonWords.months.contains(p[f]), !CommonWords.weekdays.contains(p[f]) { f += 1 }
                    guard f > m else { break }
                    e = f
                }
                if CommonWords.contains(p[e - 1]) && e - k == 1 || NameWords.titles.contains(p[k]) { break }
                if let id = patternNode(label: text(s, k, e), type: .organization) { claim(s, k, e, id, .name) }
                guard e + 1 < p.count, p[e].key == "," || p[e].key == "and" else { break }
                k = e + 1
                if k < p.count, p[k].key == "and" { k += 1 }
            }
        }
    }

    private static let trailingCues = WordLists.set("trailingCues")

    /// Nouns for people that are neither titles nor agent nouns ("official", "veteran").
    private static let personNouns = WordLists.set("personNouns")

    /// A lowercase noun for a person: a title, a listed person noun, or an agent noun
    /// ("spokesman", "official", "activist", "fighter").
    func isPersonNoun(_ w: Piece) -> Bool {
        guard w.isWord, !w.isCapitalized, !NameWords.leftStops.contains(w) else { return false }
        return NameWords.titles.contains(w) || Self.personNouns.contains(w) || !CommonWords.contains(w) && openingAgentNoun(w, lowercase: true)
    }

    /// "the Tamar party", "the Ada Lovell think tank", "Jund al-Sahil, a rebel-linked
    /// organization": a name followed by what kind of body it is. The name alone also names
    /// the body later in the article.
    mutating func matchTrailingCues(_ s: Int) {
        let p = pieces[s]
        var i = 0
        while i < p.count {
            guard p[i].isWord, p[i].isCapitalized, isFree(s, i), !isSentenceInitial(s, i) || !CommonWords.contains(p[i]) else { i += 1; continue }
            var e = i + 1
            // Name particles between capitalized words belong to the name ("Jund al-Sahil", "Casa de Nariño").
            while e < p.count, isFree(s, e), p[e].isWord, p[e].isCapitalized || p[e].token == p[e - 1].token
                    || (Self.nameConnectors.contains(p[e]) && e + 1 < p.count && p[e + 1].isWord && p[e + 1].isCapitalized) { e += 1 }
            defer { i = e }
            guard e - i <= 4, e < p.count else { continue }
            var cue = e
            // Appositive: "X, a/an/the [up to four words] organization".
            if p[e].key == ",", e + 2 < p.count, ["a", "an", "the"].contains(p[e + 1].key) {
                var k = e + 2
                while k < p.count, k - e <= 6, p[k].isWord, !p[k].isCapitalized || p[k].token == p[k - 1].token,
                      !Self.trailingCues.contains(p[k]) {
                    // "X, a senior vice president at ... firm" describes a person, not X as a firm.
                    if NameWords.titles.contains(p[k]) || ["at", "of", "for", "in", "with", "from", "by", "who", "which"].contains(p[k].key) { k = p.count; break }
                    k += 1
                }
                cue = k
            }
            guard cue < p.count, p[cue].isWord, !p[cue].isCapitalized, Self.trailingCues.contains(p[cue]) else { continue }
            // "X, the group's director", "X, a party official": the body word modifies a person's
            // office (a possessive or a title follows it), so X is that person, not the body.
            if cue > e, cue + 1 < p.count, p[cue + 1].key == "'s" || isPersonNoun(p[cue + 1])
                || (cue + 2 < p.count && p[cue + 1].isWord && !p[cue + 1].isCapitalized && !NameWords.leftStops.contains(p[cue + 1])
                    && isPersonNoun(p[cue + 2])) { continue }
            if p[cue].key == "think", !(cue + 1 < p.count && p[cue + 1].key == "tank") { continue }
            if (i..<e).allSatisfy({ CommonWords.contains(p[$0]) }) { continue }
            if NameWords.titles.contains(p[i]) { continue }
            // "a Paris-based group", "a Kremlin-backed militia": a compound ending in a lowercase
            // word is an adjective, whatever its first half names.
            if !p[e - 1].isCapitalized { continue }
            // "Islamist group", "Arab group": an adjective, not a name.
            if e - i == 1, RecognizerRun.hasNonNameSuffix(p[i].key) || NameWords.otherHeads.contains(p[i]) { continue }
            if let id = patternNode(label: text(s, i, e), type: .organization) {
                claim(s, i, e, id, .name)
                if e - i == 1 || (i..<e).allSatisfy({ p[$0].token == p[i].token }) { acronyms[text(s, i, e)] = id }
            }
        }
    }

}
