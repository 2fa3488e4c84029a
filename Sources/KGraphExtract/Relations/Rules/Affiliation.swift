import KGraphModel

/// People tied to a body without a title word: "Maria Lopez of the Lowy Institute" ("X at the
/// State Department" may be a visit, "removed X from the Y" an object), "Leila Haddad, who speaks for the
/// interior ministry", "Omar Said, who heads the Arab League" (`serves`, or `leads` for a
/// head verb; the head of a state's organ serves the state: "who heads Chile's foreign ministry").
extension RuleEngine {
    /// Verbs of a relative clause that tie a person to a body, with the relation they give.
    static let affiliationVerbs: [String: EdgeType] = WordLists.lookup("affiliationVerbs", as: EdgeType.self)

    /// Nouns of a body's kind that may stand before its name ("the law firm X", "the think tank Y").
    static let bodyKindWords: WordSet = WordLists.set("organizationCues")

    func affiliations(_ p: ClauseParser, _ m: Int) -> [Candidate] {
        let f = p.f
        let r = f.mentions[m].tokenRange
        var k = r.upperBound
        var edge = EdgeType.serves
        var rule = "affiliation-of"
        if let outlet = reporterOutlet(p, m) {
            return pairs(p, [m], [outlet.body], .serves, trigger: outlet.trigger, rule: "affiliation-reporter", distance: 0)
        }
        switch f.word(k) {
        case "of":
            k += 1
        case "with":
            // "said Ana Ruiz with the Lowy Institute": only a body's name right after (below);
            // "compared Ana Ruiz with the X", the object of a verb, is no tie.
            let b = r.lowerBound - 1
            guard b < 0 || [",", "\"", "\u{201C}", "\u{201D}"].contains(f.lower[b]) || p.isSpeech(b) != nil else { return [] }
            k += 1
            rule = "affiliation-with"
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
        // "X with the Geneva-based Y": a place the body is based in, before its name.
        if rule == "affiliation-with", let b = f.mention(at: k), p.modifiesNoun(b) || f.word(f.mentions[b].tokenRange.upperBound) == "-based" {
            var e = f.mentions[b].tokenRange.upperBound
            while e < f.count, f.mentionAt[e] < 0, f.lower[e] == "-based" || f.lower[e] == "-" || f.lower[e] == "based" { e += 1 }
            k = e
        } else if rule == "affiliation-with", k < f.count, f.mentionAt[k] < 0, f.lower[k].hasSuffix("-based") {
            k += 1  // (a place the lexicon does not know: "Geneva-based")
        }
        // "X of the law firm Y", "X of the accounting firm Y": a body's kind named before its name.
        if rule == "affiliation-of", f.mentionAt[min(k, f.count - 1)] < 0 {
            var d = k
            while d < min(f.count, k + 2), f.mentionAt[d] < 0, f.tokens[d].kind == .word, !f.tokens[d].isCapitalized,
                  !f.isIn(d, RuleEngine.bodyKindWords) { d += 1 }
            if d < f.count, f.isIn(d, RuleEngine.bodyKindWords), f.mention(at: d + 1) != nil { k = d + 1 }
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

    /// Verbs of a reporter's work ("reported", "writes"), which tie a byline to its outlet.
    static let reportingVerbs: WordSet = WordLists.set("reportingVerbs")

    /// The outlet a reporter named by `m` works for: "CNN's Kevin Liptak reported", "as Emily
    /// Feng reports for NPR", "Ana Ruiz wrote for the Globe"; nil otherwise. The verb must follow
    /// the name ("Apple's Tim Cook said" names no reporter).
    func reporterOutlet(_ p: ClauseParser, _ m: Int) -> (body: Int, trigger: Range<Int>)? {
        let f = p.f
        let r = f.mentions[m].tokenRange
        // (", who writes for the Globe": a relative clause after the name.)
        let relative = f.word(r.upperBound) == "," && f.word(r.upperBound + 1) == "who"
        let v = relative ? r.upperBound + 2 : r.upperBound
        guard f.isIn(v, RuleEngine.reportingVerbs) else { return nil }
        func outlet(_ n: Int?) -> Int? {
            guard let n, f.types[n] == .organization, f.mentions[n].form == .name, !isPoliticalParty(f, n) else { return nil }
            return n
        }
        if !relative, r.lowerBound >= 2, f.word(r.lowerBound - 1) == "'s", let o = outlet(f.mention(at: r.lowerBound - 2)) {
            return (o, (r.lowerBound - 1)..<(v + 1))
        }
        if f.word(v + 1) == "for", let o = outlet(f.mention(at: f.word(v + 2) == "the" ? v + 3 : v + 2)) {
            return (o, v..<(v + 2))
        }
        return nil
    }
}
