import KGraphModel

extension RecognizerRun {
    /// Offices a party word may qualify before a person's name: "Republican Senator X".
    private static let partisanOffices = WordLists.set("partisanOffices")

    /// Words that may follow a party noun ending an apposition ("a Republican from Ohio", "a
    /// Democrat appointed in May").
    private static let afterPartyNoun: Set<String> = Set([",", ".", "on", "from", "in", "who", "and", ";", ")"])
        .union(RuleEngine.appointmentVerbs)

    /// Whether a capitalized word starts at piece `n`, past an abbreviation's period ("Rep. Ann Roe").
    private static func nameFollows(_ p: [Piece], _ n: Int) -> Bool {
        let n = n < p.count && p[n].key == "." ? n + 1 : n
        return n < p.count && p[n].isWord && p[n].isCapitalized
    }

    /// Party words (the lexicon's `parties`) where they can only mean the party: before a
    /// partisan office and a name ("Democratic Senator Ann Roe"), or heading an apposition after
    /// a name ("Roe, a Republican, said"; "Roe, the top Democrat on the panel"). Elsewhere the
    /// adjective is left alone: "democratic values", "the Democratic Republic of ...".
    mutating func matchPartyWords(_ s: Int) {
        let p = pieces[s]
        let parties = lexicon.verbs.partyWords
        guard !parties.isEmpty else { return }
        for k in p.indices where p[k].isWord && p[k].isCapitalized && isFree(s, k) {
            guard let id = parties[p[k].key], lexicon.entity(id: id) != nil else { continue }
            // "Liberal Democrat leader": the word ends another party's name.
            if k > 0, p[k - 1].isWord, p[k - 1].isCapitalized, !isSentenceInitial(s, k - 1) || !CommonWords.contains(p[k - 1]) { continue }
            let before = k >= 1 ? p[k - 1].key : ""
            let after = k + 1 < p.count ? p[k + 1].key : ""
            var party = false
            // "Republican Senator Ann Roe", "Democratic Rep. Ann Roe"; a state's name or demonym may
            // stand between party word and office ("Democratic U.S. Senator Ann Roe").
            if let c = findAt(s, k + 1), c.lo == k + 1, c.hi < p.count, lexicon.entity(id: c.nodeID)?.type == .country,
               Self.partisanOffices.contains(p[c.hi].key) {
                party = Self.nameFollows(p, c.hi + 1)
            } else if Self.partisanOffices.contains(after) {
                party = Self.nameFollows(p, k + 2)
                // "Roe, a Labour MP,": the office heads an apposition after a name (and ends it:
                // "Roe, the Labour leader had said" is a new clause).
                || ["a", "an", "the"].contains(before) && k >= 2 && p[k - 2].key == ","
                    && (k + 2 >= p.count || RuleEngine.appositionEnds.contains(p[k + 2]))
                // "the Republican president said": a description of a politician by party and office.
                || before == "the" && !(k + 2 < p.count && p[k + 2].isWord && p[k + 2].isCapitalized)
            }
            // "Roe, a Republican from Ohio,": an apposition headed by the party noun.
            if !party, ["republican", "democrat"].contains(p[k].key) || p[k].key == "gop" {
                var d = k - 1
                while d > 0, k - d <= 3, p[d].isWord, !p[d].isCapitalized, !["a", "an", "the"].contains(p[d].key) { d -= 1 }
                if d >= 1, ["a", "an", "the"].contains(p[d].key), p[d - 1].key == ",", before != "," {
                    party = Self.afterPartyNoun.contains(after) || after.isEmpty
                } else if before == "a" || before == "the", k >= 2, p[k - 2].key == "," {
                    party = Self.afterPartyNoun.contains(after) || after.isEmpty
                }
            }
            // "Democrat Ann Roe", "Tory Tom Hale": the party noun alone before a given name and a surname.
            if !party, ["republican", "democrat", "tory"].contains(p[k].key), k + 2 < p.count,
               p[k + 1].isWord, p[k + 1].isCapitalized, GivenNames.contains(p[k + 1]), p[k + 2].isWord, p[k + 2].isCapitalized {
                party = true
            }
            if party { claim(s, k, k + 1, lexiconNode(id), .demonym) }
        }
    }
}
