import KGraphModel

/// A legislator's seat on a body said by a party noun heading an apposition: "X, the top
/// Democrat on the Senate Judiciary Committee", "X, an Ohio Republican on the tax-writing
/// Finance Committee", "X of Iowa, the senior Republican on the Armed Services Committee"
/// (`serves` a committee or panel, `member-of` a chamber; the party word itself gives party membership, see
/// ``RuleEngine/partyOfPolitician(_:_:title:)``). The ranking member of a panel sits on it but
/// does not head it.
extension RuleEngine {
    func committeeSeat(_ p: ClauseParser, _ m: Int) -> [Candidate] {
        let f = p.f
        let r = f.mentions[m].tokenRange
        var e = r.upperBound
        // "X of Iowa, the top Democrat on ...": a home state named in capitalized words.
        if f.word(e) == "of" {
            var k = e + 1
            while k < min(f.count, e + 4), f.tokens[k].kind == .word, f.tokens[k].isCapitalized { k += 1 }
            guard k > e + 1, f.word(k) == "," else { return [] }
            e = k
        }
        guard f.word(e) == ",", ["a", "an", "the"].contains(f.word(e + 1)) else { return [] }
        // Up to three modifiers before the party noun ("top", "senior", "moderate", "Ohio"), no
        // verb, preposition, conjunction or name of a person or body.
        var i = e + 2
        while i < min(f.count, e + 6) {
            if verbs.partyWords[f.lower[i]] != nil, f.tokens[i].isCapitalized, !f.lower[i].hasSuffix("s"), f.word(i + 1) == "on" { break }
            if let n = f.mention(at: i), ![.country, .region].contains(f.types[n]) { return [] }
            guard f.tokens[i].kind == .word, !p.verbish[i], !f.isIn(i, WordClass.boundaries), !f.isIn(i, WordClass.prepositions),
                  !f.isIn(i, WordClass.determiners), !["and", "or", "who", "not"].contains(f.lower[i]) else { return [] }
            i += 1
        }
        guard i < min(f.count, e + 6) else { return [] }
        // "on the [tax-writing] Senate Finance Committee": up to two plain lowercase modifiers.
        var k = i + 2
        if f.word(k) == "the" { k += 1 }
        var steps = 0
        while steps < 2, k < f.count, f.mentionAt[k] < 0, f.tokens[k].kind == .word, !f.tokens[k].isCapitalized, !p.verbish[k],
              !f.isIn(k, WordClass.boundaries), !f.isIn(k, WordClass.prepositions), !f.isIn(k, WordClass.determiners) {
            k += 1
            steps += 1
        }
        // ("the top Republican on the House panel": a body naming a noun is not the seat.)
        // "on the committee", "on the panel": a body the article named, resolved by coreference
        // (the description's mention starts at "the").
        if let d = f.mention(at: i + 2), f.mentions[d].form == .reference, f.mentions[d].tokenRange.lowerBound == i + 2 {
            k = i + 2
        }
        guard let n = f.mention(at: k), f.mentions[n].tokenRange.lowerBound == k, f.types[n] == .organization,
              [.name, .reference].contains(f.mentions[n].form), !isPoliticalParty(f, n), !p.modifiesNoun(n) else { return [] }
        // A seat on a committee or panel is an office of it (`serves`); on a chamber, membership.
        let seat: EdgeType = nodes[f.mentions[n].nodeID].map { Self.isCommitteeLabel($0.label) } == true ? .serves : .memberOf
        return pairs(p, [m], [n], seat, trigger: i..<(i + 2), rule: "member-seat", distance: k - r.upperBound)
    }

    /// Whether a body's name holds a word for a committee or commission ("Senate Judiciary
    /// Committee", "Senate Committee on Commerce", "Federal Election Commission").
    static func isCommitteeLabel(_ label: String) -> Bool {
        VerbLexicon.words(label).contains { Coreference.committeeWords.contains($0) || $0 == "commission" }
    }
}
