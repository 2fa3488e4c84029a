import KGraphModel

/// Forces of several states named by their demonyms (a name may join them), in a sentence about drills or patrols:
/// "Chilean and Peruvian troops held joint drills", "the exercise brings in Chilean, Peruvian
/// and Colombian naval forces". Every pair of those states partners.
extension RuleEngine {
    /// Nouns for armed forces and their units.
    static let forceNouns: WordSet = WordLists.set("forceNouns")
    /// Words that may stand between the demonyms and the force noun ("naval forces").
    static let forceModifiers: WordSet = WordLists.set("forceModifiers")
    /// Nouns for forces training or patrolling together.
    static let drillNouns: WordSet = WordLists.set("drillNouns")

    /// Verbs (as lemmas) of forces fighting each other.
    static let mutualHostileVerbs: WordSet = WordLists.set("mutualHostileVerbs")

    func jointForces(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        // (The drill may be named: "Exercise Cobra Gold".)
        guard (0..<f.count).contains(where: { f.isIn($0, RuleEngine.drillNouns) }) else { return [] }
        // Forces that fight each other are no partners: no hostile act in the sentence.
        let hostile: (Trigger) -> Bool = { $0.entry.edge == .tensionWith || $0.entry.edge == .counters }
        if p.verbTriggers.contains(where: hostile) || p.nominalTriggers.contains(where: hostile)
            || (0..<f.count).contains(where: { f.isIn($0, RuleEngine.hostilityNouns) || f.isLemma($0, in: .mutualHostile) }) {
            return []
        }
        var out: [Candidate] = []
        for m in f.mentions.indices {
            let group = f.group(of: m)
            guard group.first == m, group.count >= 2,
                  // (Names too: "US, Japanese and Indian naval forces".)
                  group.allSatisfy({ f.types[$0] == .country && (f.mentions[$0].form == .demonym || f.mentions[$0].form == .name) && !f.isPossessive($0) }),
                  group.contains(where: { f.mentions[$0].form == .demonym }) else { continue }
            var e = f.span(of: group).upperBound
            while e < f.count, f.mentionAt[e] < 0, f.isIn(e, RuleEngine.forceModifiers) { e += 1 }
            guard e < f.count, f.mentionAt[e] < 0, f.isIn(e, RuleEngine.forceNouns) else { continue }
            for a in group.indices {
                for b in group.indices where b > a {
                    out += pairs(p, [group[a]], [group[b]], .partnersWith, trigger: e..<(e + 1), rule: "joint-forces",
                                     distance: e - f.mentions[group[a]].tokenRange.lowerBound, sameListOK: true)
                }
            }
        }
        return out
    }
}
