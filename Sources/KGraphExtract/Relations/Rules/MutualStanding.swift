import KGraphModel

/// Two or more sides named together and given a shared relation by a linking verb: "Chile and
/// Peru are close allies", "Chile and Peru have long been rivals", "Chile and Peru were at war".
/// Each pair of the list stands in the relation; "allies of Bolivia" names a third side instead.
extension RuleEngine {
    /// Plural relation nouns a list can share ("are allies"), and their edge.
    static let mutualNouns: [String: EdgeType] = WordLists.lookup("mutualNouns", as: EdgeType.self)

    func mutualStandings(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        for v in 0..<f.count where f.mentionAt[v] < 0 && f.isLemma(v, in: .linking) {
            var k = v + 1
            // "are both close allies", "have long been rivals", "remain bitter rivals".
            while k < min(f.count, v + 5), f.mentionAt[k] < 0,
                  f.isIn(k, WordClass.adverbs) || ["both", "all", "been", "long"].contains(f.lower[k])
                    || f.isIn(k, RuleEngine.relationNounModifiers) { k += 1 }
            let edge: EdgeType
            var end = k + 1
            if let e = RuleEngine.mutualNouns[f.word(k)] {
                // "are allies of X", "are partners to X": the relation is with a third side.
                guard !["of", "to", "with"].contains(f.word(k + 1)) else { continue }
                edge = e
            } else if f.word(k) == "at", ["war", "odds", "loggerheads"].contains(f.word(k + 1)), f.word(k + 2) != "with" {
                edge = .tensionWith
                end = k + 2
            } else {
                continue
            }
            let g = p.verbGroup(before: v, trigger: Trigger(range: v..<(v + 1), entry: .init(phrase: "be", edge: edge, inverse: false, nominal: false)))
            guard !g.negated, g.refusal == nil, let s = p.subject(before: g.start) else { continue }
            let sides = s.group.filter { SentenceFrame.isActor(p.f.types[$0]) }
            guard sides.count >= 2 else { continue }
            // People are partners or friends in private too: only rivalry joins two people here.
            let personal = sides.contains { p.f.types[$0] == .person }
            if personal, !f.isIn(k, RuleEngine.personRelationNouns), edge != .tensionWith { continue }
            for a in 0..<sides.count {
                for b in (a + 1)..<sides.count {
                    out += pairs(p, [sides[a]], [sides[b]], edge, trigger: k..<end, rule: "mutual-standing",
                                 distance: s.distance + (k - v), hedged: g.hedged, sameListOK: true)
                }
            }
        }
        return out
    }
}
