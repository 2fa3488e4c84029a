import KGraphModel

/// People tied to a body without a title word: "Maria Lopez of the Lowy Institute" ("X at the
/// State Department" may be a visit, "removed X from the Y" an object), "Leila Haddad, who speaks for the
/// interior ministry", "Omar Said, who heads the Arab League" (`serves`, or `leads` for a
/// head verb; the head of a state's organ serves the state: "who heads Chile's foreign ministry").
extension RuleEngine {
    /// Verbs of a relative clause that tie a person to a body, with the relation they give.
    static let affiliationVerbs: [String: EdgeType] = WordLists.lookup("affiliationVerbs", as: EdgeType.self)

    func affiliations(_ p: ClauseParser, _ m: Int) -> [Candidate] {
        let f = p.f
        let r = f.mentions[m].tokenRange
        var k = r.upperBound
        var edge = EdgeType.serves
        var rule = "affiliation-of"
        switch f.word(k) {
        case "of":
            k += 1
        case ",":
            // ", who speaks for the interior ministry"
            guard f.word(k + 1) == "who", let verb = f.lemmas[min(k + 2, f.count - 1)].lazy.compactMap({ RuleEngine.affiliationVerbs[$0] }).first,
                  k + 2 < f.count else { return [] }
            edge = verb
            k += 3
            if ["for", "at", "with", "as"].contains(f.word(k)) { k += 1 }
            rule = "affiliation-relative"
        default:
            return []
        }
        var steps = 0
        while steps < 3, f.mentionAt[min(k, f.count - 1)] < 0, k < f.count,
              ["the", "a", "an", "its", "his", "her"].contains(f.lower[k]) || (rule == "affiliation-relative" && !f.tokens[k].isCapitalized
                  && f.tokens[k].kind == .word && !f.isIn(k, WordClass.boundaries)) {
            k += 1
            steps += 1
        }
        guard let n = f.mention(at: k), f.mentions[n].form == .name || f.mentions[n].form == .metonym else { return [] }
        let t = f.types[n]
        // "who heads Chile's foreign ministry", "who works for Chile's embassy": a state's organ
        // or unit; its head serves the state.
        if rule == "affiliation-relative", t == .country, f.isPossessive(n), subUnit(p, after: f.mentions[n].tokenRange.upperBound) {
            return pairs(p, [m], [n], .serves, trigger: r.upperBound..<k, rule: rule, distance: k - r.upperBound)
        }
        // A party is membership (``membershipLists``); a state after "of" is a constituency or
        // a home ("Senator X of Iowa", "X of Brazil").
        // "who heads U.S. affairs for the Committee": a name modifying a noun is no body.
        guard t == .organization, !p.modifiesNoun(n) else { return [] }
        if f.mentions[n].text.lowercased().hasSuffix("party") || nodes[f.mentions[n].nodeID]?.label.lowercased().hasSuffix("party") == true {
            return []
        }
        // "Maria Lopez of the Lowy Institute's Asia program": still the institute.
        return pairs(p, [m], [n], edge, trigger: r.upperBound..<k, rule: rule, distance: k - r.upperBound)
    }
}
