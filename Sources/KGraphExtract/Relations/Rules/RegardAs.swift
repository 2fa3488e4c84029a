import KGraphModel

/// Casting another actor in a role: "Washington sees Beijing as its main rival", "Tokyo
/// regards Canberra as a key partner", "Ankara labelled the group a threat".
extension RuleEngine {
    /// Verbs of judging something to be something (lemmas).
    static let regardVerbs: WordSet = WordLists.set("regardVerbs")
    /// Role nouns beyond the relation nouns of ``relationPersonNouns``.
    static let roleNouns: [String: EdgeType] = WordLists.lookup("roleNouns", as: EdgeType.self)

    func regardedAs(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        for v in 0..<f.count where f.mentionAt[v] < 0 && f.lemmas[v].contains(where: RuleEngine.regardVerbs.contains)
            && !WordClass.determiners.contains(f.word(v - 1)) && !WordClass.prepositions.contains(f.word(v - 1)) {
            // The object right after the verb ("sees China as"), then "as" and the role.
            // The object: the first name after the verb, past an article and a few modifiers
            // ("sees the growing BRICS group as").
            var j = v + 1
            while j < min(f.count, v + 4), f.mentionAt[j] < 0, f.tokens[j].kind == .word, !f.tokens[j].isCapitalized,
                  !WordClass.prepositions.contains(f.lower[j]), !WordClass.boundaries.contains(f.lower[j]), f.lower[j] != "as" { j += 1 }
            guard let o = f.mention(at: j), SentenceFrame.isActor(f.types[o]), f.mentions[o].form != .demonym else { continue }
            var k = f.mentions[o].tokenRange.upperBound
            // A head noun that keeps the name ("the BRICS group", "the Chinese government").
            if WordClass.headNounsKeepingName.contains(f.word(k)) || WordClass.governmentHeads.contains(f.word(k)) { k += 1 }
            let labelled = f.word(k) != "as"  // "labelled the group a threat"
            if !labelled { k += 1 }
            var steps = 0
            while steps < 4, k < f.count {
                // "its main rival": the possessive may have been resolved to a mention.
                if let r = f.mention(at: k), f.mentions[r].form == .reference, f.isPossessive(r) {
                    k = f.mentions[r].tokenRange.upperBound
                    steps += 1
                    continue
                }
                guard f.mentionAt[k] < 0, ["a", "an", "the", "its", "their", "his", "her", "our", "main", "chief", "key", "major", "biggest", "greatest",
                   "strategic", "serious", "existential", "close", "closest", "reliable", "trusted", "important", "potential",
                   "long-term", "growing", "real", "direct", "national", "security"].contains(f.lower[k]) else { break }
                k += 1
                steps += 1
            }
            // One more noun may modify the role ("a war criminal", "a terrorist state" reads on).
            if RuleEngine.roleNouns[f.word(k)] == nil, RuleEngine.relationPersonNouns[f.word(k)] == nil, k + 1 < f.count,
               f.mentionAt[k] < 0, f.tokens[k].kind == .word, !f.tokens[k].isCapitalized, RuleEngine.roleNouns[f.lower[k + 1]] != nil { k += 1 }
            guard let edge = RuleEngine.roleNouns[f.word(k)] ?? RuleEngine.relationPersonNouns[f.word(k)], steps > 0 || !labelled else { continue }
            // "regards X as a partner in ..." is still a partner; "as a threat to Y" names a third side.
            if edge == .tensionWith, f.word(k + 1) == "to", f.mention(at: k + 2) != nil || f.mention(at: k + 3) != nil { continue }
            let g = p.verbGroup(before: v, trigger: Trigger(range: v..<(v + 1), entry: .init(phrase: "see", edge: edge, inverse: false, nominal: false)))
            guard !g.negated, g.refusal == nil, let s = p.subject(before: g.start) else { continue }
            let sources = edge == .supports ? [o] : s.group
            let targets = edge == .supports ? s.group : [o]
            out += pairs(p, sources, targets, edge, trigger: v..<(k + 1), rule: "regard-as", distance: s.distance + (k - v), hedged: g.hedged)
        }
        return out
    }
}
