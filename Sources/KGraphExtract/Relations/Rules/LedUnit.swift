import KGraphModel

/// A state's body named with the person who leads it: "a Ruritanian delegation led by Ana
/// Soto", "Ruritania's team, headed by X", "a coalition government led by Y". The leader of a
/// delegation, mission or force serves the state; the leader of its government leads it.
extension RuleEngine {
    /// Participles that name who leads a body ("led by", "headed by").
    static let leadParticiples: WordSet = WordLists.set("leadParticiples")
    /// Bodies whose leader leads the state itself.
    static let governingBodies: Set<String> = WordLists.strings("governingBodies")

    func ledUnits(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        for m in f.mentions.indices where f.types[m] == .person && f.mentions[m].form == .name {
            // "led by [titles] X": the titles are the title rules' to read.
            var b = f.mentions[m].tokenRange.lowerBound - 1
            while b > 0, f.mentionAt[b] < 0, isTitleWord(p, b) { b -= 1 }
            guard f.word(b) == "by", f.isIn(b - 1, RuleEngine.leadParticiples) else { continue }
            var k = b - 2
            if f.word(k) == "," { k -= 1 }
            let noun = f.word(k)
            let governs = RuleEngine.governingBodies.contains(noun)
            guard governs || RuleEngine.unitNouns.contains(noun) || ["forces", "troops", "force"].contains(noun) else { continue }
            // The state: a demonym or possessor before the noun, past up to two modifiers.
            var j = k - 1
            while j >= 0, k - j <= 3, f.mentionAt[j] < 0, f.tokens[j].kind == .word, !f.tokens[j].isCapitalized,
                  !f.isIn(j, WordClass.determiners), !f.isIn(j, WordClass.prepositions) { j -= 1 }
            if f.word(j) == "'s" { j -= 1 }
            guard let s = f.mention(at: j), f.types[s] == .country, f.mentions[s].form != .reference else { continue }
            out += pairs(p, [m], [s], governs ? .leads : .serves, trigger: (b - 1)..<(b + 1), rule: "led-unit", distance: f.mentions[m].tokenRange.lowerBound - j)
        }
        return out
    }
}
