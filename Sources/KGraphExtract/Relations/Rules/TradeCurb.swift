import KGraphModel

/// A state curbing what flows between it and another: "China restricted imports from Australia",
/// "Peru banned flights to Chile", "the rules restrict travel and trade with Cuba", "Peru
/// blocked Chilean imports". Shutting out another side's goods, people or money acts against it:
/// the subject counters the other side.
extension RuleEngine {
    /// Verbs (as lemmas) that curb a flow.
    static let curbVerbs: Set<String> = WordLists.strings("curbVerbs")
    /// Nouns for what flows between states.
    static let flowNouns: WordSet = WordLists.set("flowNouns")

    /// Flow nouns that come "from" the other side.
    static let inboundFlowNouns: WordSet = WordLists.set("inboundFlowNouns")

    func tradeCurbs(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        for v in 0..<f.count where f.mentionAt[v] < 0 && f.isLemma(v, in: .curb) {
            guard !(max(0, v - 3)..<v).contains(where: { f.isNegator($0, verbs) }) else { continue }
            // "urging Peru to ban flights to Chile": an act asked of someone is not done.
            if f.word(v - 1) == "to", (max(0, v - 7)..<(v - 1)).contains(where: { f.isLemma($0, in: .persuasion) }) {
                continue
            }
            guard let other = curbedSide(p, after: v), let s = p.subject(before: v) else { continue }
            // States and blocs of states curb trade; a carrier suspending its own flights does not.
            let sides = s.group.filter {
                ([.country, .alliance].contains(f.types[$0]) || memberships[f.mentions[$0].nodeID] != nil) && f.mentions[$0].nodeID != f.mentions[other].nodeID
            }
            guard !sides.isEmpty else { continue }
            out += pairs(p, sides, [other], .counters, trigger: v..<(v + 1), rule: "trade-curb", distance: s.distance + 1)
        }
        return out
    }

    /// The side whose flow the verb at `v` curbs: a flow noun (in a short list of plain nouns)
    /// and "with/to/from/into" a named actor, or another state's demonym before the goods
    /// ("blocked Chilean imports").
    private func curbedSide(_ p: ClauseParser, after v: Int) -> Int? {
        let f = p.f
        var k = v + 1
        if ["all", "the", "most", "some", "new", "further"].contains(f.word(k)) { k += 1 }
        if let d = f.mention(at: k), f.mentions[d].form == .demonym, f.types[d] == .country {
            let e = f.mentions[d].tokenRange.upperBound
            let noun = (e..<min(f.count, e + 3)).first { f.isIn($0, RuleEngine.flowNouns) || f.isIn($0, RuleEngine.strategicGoods) }
            return noun.map { n in (e..<n).allSatisfy { f.mentionAt[$0] < 0 && !p.verbish[$0] } } == true ? d : nil
        }
        var flow = false
        var steps = 0
        // (A flow noun may read as a verb by itself: "trade with".)
        while k < f.count, steps < 6, f.mentionAt[k] < 0, f.tokens[k].kind == .word || f.lower[k] == ",",
              !p.verbish[k] || f.isIn(k, RuleEngine.flowNouns) {
            let w = f.lower[k]
            if RuleEngine.flowNouns.contains(w) { flow = true }
            else if ["with", "to", "from", "into"].contains(w) { break }
            else if w != "and", w != ",", f.tokens[k].isCapitalized || WordClass.prepositions.contains(w) || WordClass.boundaries.contains(w) { return nil }
            k += 1
            steps += 1
        }
        // Goods come "from" the other side only into the curbing one ("imports from X"); flights
        // or travel "from" a place leave the subject's own.
        guard flow, ["with", "to", "from", "into"].contains(f.word(k)), f.isIn(k - 1, RuleEngine.flowNouns),
              f.word(k) != "from" || f.isIn(k - 1, RuleEngine.inboundFlowNouns) else { return nil }
        let at = f.word(k + 1) == "the" ? k + 2 : k + 1
        guard let m = f.mention(at: at), SentenceFrame.isActor(f.types[m]), f.mentions[m].form != .demonym, !f.isPossessive(m) else { return nil }
        return m
    }
}
