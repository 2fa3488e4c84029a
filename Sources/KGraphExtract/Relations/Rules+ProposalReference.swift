import KGraphModel

/// "Japan floated an Asian NATO. China rejected the idea." An abstract noun for a proposal
/// ("the idea", "the plan", "such a proposal") as the object of rejecting or backing refers
/// to what was last proposed, within this or the two sentences before.
extension RuleEngine {
    static let proposalHeads: Set<String> = WordLists.strings("proposalHeads")
    /// Words that may follow the noun phrase: it ends there ("rejected the idea outright, ...").
    /// "the idea that ..." or "the plan to ..." names its own content and is not a reference.
    private static let phraseEnders: Set<String> = WordLists.strings("phraseEnders")

    func proposalReferences(_ parsers: [ClauseParser], _ cands: [Candidate]) -> [Candidate] {
        let proposals = cands.filter { $0.type == .proposes && $0.triggerTokens != nil }
        guard !proposals.isEmpty else { return [] }
        var out: [Candidate] = []
        for p in parsers {
            for t in p.verbTriggers where [.rejects, .supports].contains(t.entry.edge) && !t.entry.inverse && !t.entry.principleOnly {
                guard let phrase = referencePhrase(p, after: t.range.upperBound) else { continue }
                let g = p.verbGroup(before: t.range.lowerBound, trigger: t)
                guard !g.negated, g.refusal == nil, !g.passive, let subj = p.subject(before: g.start) else { continue }
                // The latest proposal before the trigger, within this and the two sentences before.
                let s = p.f.index
                let earlier = proposals.filter {
                    $0.sentence < s && $0.sentence >= s - 2 || $0.sentence == s && $0.triggerTokens!.upperBound <= t.range.lowerBound
                }
                guard let last = earlier.max(by: { ($0.sentence, $0.triggerTokens!.lowerBound) < ($1.sentence, $1.triggerTokens!.lowerBound) }),
                      let tt = nodes[last.target]?.type else { continue }
                // Two different things proposed just before: which one is meant is unclear.
                if earlier.contains(where: { $0.sentence == last.sentence && $0.target != last.target }) { continue }
                let type = RuleEngine.refine(t.entry.edge, target: tt)
                for m in subj.group {
                    let sid = actor(p, m)
                    guard sid != last.target, RuleEngine.sourceOK(type, nodes[sid]?.type ?? p.f.types[m]), RuleEngine.targetOK(type, tt) else { continue }
                    var c = Candidate(source: sid, target: last.target, type: type, sentence: s, sourceTokens: p.f.mentions[m].tokenRange,
                                      targetTokens: phrase, triggerTokens: t.range, rule: "proposal-reference")
                    c.hedged = g.hedged
                    c.distance = subj.distance
                    c.argumentFactor = quality(p, m) * 0.9
                    out.append(c)
                }
            }
        }
        return out
    }

    /// "the idea", "this plan", "such a proposal", "the new security initiative" right after
    /// the verb, ending there.
    private func referencePhrase(_ p: ClauseParser, after end: Int) -> Range<Int>? {
        definiteReference(p, after: end, plural: false, stopAtVerbs: false, isHead: { RuleEngine.proposalHeads.contains($0) },
                          endsPhrase: { RuleEngine.phraseEnders.contains($0) })
    }

    /// A definite noun phrase right after `end` whose head `isHead` accepts: "the/this/that"
    /// (with `plural`, "these/those" too) or "such (a)", at most three plain modifiers, then the
    /// head, which must end the phrase (punctuation, or a word `endsPhrase` accepts); with
    /// `stopAtVerbs`, a verb-like word is no modifier.
    func definiteReference(_ p: ClauseParser, after end: Int, plural: Bool, stopAtVerbs: Bool,
                           isHead: (String) -> Bool, endsPhrase: (String) -> Bool) -> Range<Int>? {
        let f = p.f
        var i = end
        while i < f.count, f.mentionAt[i] < 0, f.isIn(i, WordClass.adverbs) { i += 1 }
        let start = i
        guard i < f.count, f.mentionAt[i] < 0 else { return nil }
        switch f.lower[i] {
        case "the", "this", "that": i += 1
        case "these" where plural, "those" where plural: i += 1
        case "such":
            i += 1
            if f.word(i) == "a" || f.word(i) == "an" { i += 1 }
        default: return nil
        }
        var mods = 0
        while i < f.count, mods <= 2, f.mentionAt[i] < 0, f.tokens[i].kind == .word {
            let w = f.lower[i]
            if isHead(w) {
                let next = i + 1
                guard next == f.count || f.tokens[next].kind != .word && !f.isIn(next, WordClass.quotes)
                        || endsPhrase(f.lower[next]) else { return nil }
                return start..<(i + 1)
            }
            if f.tokens[i].isCapitalized || WordClass.prepositions.contains(w) || WordClass.boundaries.contains(w)
                || stopAtVerbs && p.verbish[i] { return nil }
            i += 1
            mods += 1
        }
        return nil
    }
}
