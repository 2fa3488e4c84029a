import KGraphModel

/// A plural relation noun that opens a list of examples: "U.S. adversaries such as Syria and
/// Venezuela", "Washington's allies, including Japan and South Korea", "reliant on competitors
/// like Russia and China". Each state of the list stands in the noun's relation (the mutual
/// nouns' table) to the noun's holder: its possessor or the name modifying it, else the subject
/// of the clause the noun phrase is an object in. The list's members are only examples, so
/// nothing joins them to each other.
extension RuleEngine {
    /// Words that open a list of examples after a plural noun ("such as", "like", "including").
    static let exampleOpeners: WordSet = WordLists.set("exampleOpeners")

    func listedRelations(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        for k in 1..<max(1, f.count - 2) where f.mentionAt[k] < 0 {
            // (The opener first: it is rare, and a noun's table look-up hashes the whole word.)
            guard let listStart = examplesStart(f, after: k), let edge = RuleEngine.mutualNouns[f.lower[k]],
                  let first = f.mention(at: listStart), f.mentions[first].tokenRange.lowerBound == listStart else { continue }
            // The examples: states or blocs named as such (a demonym or possessor heads another noun).
            let members = f.group(of: first).filter {
                $0 >= first && (f.types[$0] == .country || f.types[$0] == .alliance) && f.mentions[$0].form != .demonym && !f.isPossessive($0)
            }
            guard !members.isEmpty, let (holder, distance) = holder(p, noun: k) else { continue }
            let ids = Set(members.map { f.mentions[$0].nodeID })
            guard !ids.contains(f.mentions[holder].nodeID) else { continue }
            out += pairs(p, [holder], members, edge, trigger: k..<(k + 1), rule: "listed-relation", distance: distance + (listStart - k))
        }
        return out
    }

    /// The token after "such as", "like", "including" (and a comma before them, an article after)
    /// that follow the noun at `k`.
    private func examplesStart(_ f: SentenceFrame, after k: Int) -> Int? {
        var n = k + 1
        if f.word(n) == "," { n += 1 }
        if f.word(n) == "such", f.word(n + 1) == "as" { n += 2 } else if f.isIn(n, RuleEngine.exampleOpeners) { n += 1 } else { return nil }
        if f.word(n) == "the" { n += 1 }
        return n
    }

    /// Who the relation noun at `k` belongs to: a possessor or an actor's name right before it
    /// (past relation modifiers: "Washington's closest allies", "U.S. adversaries"), else the
    /// subject of the clause whose verb, or verb and preposition, governs the noun phrase.
    private func holder(_ p: ClauseParser, noun k: Int) -> (Int, Int)? {
        let f = p.f
        var b = k - 1
        var steps = 0
        while b >= 0, steps < 3, f.mentionAt[b] < 0, f.isIn(b, RuleEngine.relationNounModifiers) { b -= 1; steps += 1 }
        if f.word(b) == "'s" || f.word(b) == "'" { b -= 1 }
        if let m = f.mention(at: b), f.mentions[m].tokenRange.upperBound == b + 1 {
            // "U.S. adversaries", "NATO allies", "Russia's partners", "its allies".
            guard SentenceFrame.isActor(f.types[m]), f.types[m] != .person || f.isPossessive(m) else { return nil }
            if f.mentions[m].form == .demonym, f.types[m] != .country { return nil }
            return (m, k - b)
        }
        // A determiner or a plain word before the noun: the noun heads a phrase of its own
        // ("the rivals such as", "other allies"); only a bare noun or one after modifiers
        // is read as the object of its clause.
        guard b > 0, f.mentionAt[b] < 0 else { return nil }
        var v = b
        if f.isIn(v, WordClass.prepositions) {
            guard ["on", "upon", "with", "against", "from", "to", "toward", "towards"].contains(f.lower[v]) else { return nil }
            v -= 1
        }
        guard v > 0, f.mentionAt[v] < 0, f.tokens[v].kind == .word, !f.tokens[v].isCapitalized,
              p.verbish[v] || ["ed", "ing", "ant", "ent"].contains(where: { f.lower[v].hasSuffix($0) })
                || ClauseParser.pastForms.contains(f.lower[v]) else { return nil }
        // The verb group's start: "has pressed", "must not remain reliant".
        while v > 1, f.mentionAt[v - 1] < 0, f.isIn(v - 1, WordClass.auxiliaryVerbs) || f.isIn(v - 1, WordClass.adverbs)
                || f.lower[v - 1] == "not" || p.verbish[v - 1] && f.isIn(v - 2, WordClass.auxiliaryVerbs) { v -= 1 }
        guard let s = p.subject(before: v, limit: 12), let m = s.group.first, s.group.count == 1,
              SentenceFrame.isActor(f.types[m]), f.mentions[m].form != .demonym else { return nil }
        return (m, s.distance + (k - v))
    }
}
