import KGraphModel

/// "Russia faces new sanctions from the EU", "Qatar endured a blockade by Saudi Arabia": a
/// measure the subject suffers from a named side is that side's act against it.
extension RuleEngine {
    /// Verbs (as lemmas) of suffering a measure.
    static let measureReceivingVerbs: Set<String> = WordLists.strings("measureReceivingVerbs")
    /// Nouns of measures taken against a side.
    static let receivedMeasureNouns: WordSet = WordLists.set("receivedMeasureNouns")

    func receivedMeasures(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        for v in 0..<f.count where f.mentionAt[v] < 0 && f.isLemma(v, in: .measureReceiving) {
            // The measure's noun after up to three determiners or modifiers ("a new round of").
            var k = v + 1
            while k < min(f.count, v + 5), f.mentionAt[k] < 0, f.tokens[k].kind == .word, !f.isIn(k, RuleEngine.receivedMeasureNouns),
                  !f.tokens[k].isCapitalized, !f.isIn(k, WordClass.boundaries), f.lower[k] != "from" && f.lower[k] != "by" { k += 1 }
            guard k < f.count, f.isIn(k, RuleEngine.receivedMeasureNouns) else { continue }
            var j = k + 1
            if f.word(j) == "imposed" { j += 1 }
            guard f.word(j) == "from" || f.word(j) == "by" else { continue }
            j += 1
            if f.word(j) == "the" { j += 1 }
            guard let side = f.mention(at: j), SentenceFrame.isActor(f.types[side]), !f.isPossessive(side), f.mentions[side].form != .demonym else { continue }
            let g = p.verbGroup(before: v, trigger: Trigger(range: v..<(v + 1), entry: .init(phrase: "face", edge: .counters, inverse: false, nominal: false)))
            guard !g.negated, !g.hedged, !irrealisBefore(p, .counters, start: v), let s = p.subject(before: g.start) else { continue }
            out += pairs(p, f.group(of: side), s.group, .counters, trigger: v..<(k + 1), rule: "received-measure", distance: s.distance + (j - v))
        }
        return out
    }
}
