import KGraphModel

/// Reactions hung on the main clause: "A imposed tariffs on B, a move B condemned", "..., a
/// launch condemned by C and D", "..., drawing sharp criticism from C", "..., prompting C to
/// retaliate". The reacting side takes its stance toward the side that did the act of the main
/// clause (found as for "the move" in ``eventReferences(_:)``). Condemning or rejecting an
/// act is tension with its doer; welcoming or backing it is support.
extension RuleEngine {
    /// Participles and gerunds that hang a reaction on the clause before ("drawing", "prompting").
    static let reactionOpeners: WordSet = WordLists.set("reactionOpeners")
    /// Nouns of a reaction and the stance they take ("condemnation" tension, "praise" support).
    static let reactionNouns: [String: EdgeType] = WordLists.lookup("reactionNouns", as: EdgeType.self)

    func reactionClauses(_ parsers: [ClauseParser]) -> [Candidate] {
        var out: [Candidate] = []
        for p in parsers where p.f.mentions.count >= 2 {
            let f = p.f
            // A fronted clause ("After X protested, Y seized ...") may hold the first verb: the
            // act's doer is not sure there.
            if f.isIn(0, WordClass.subordinators) { continue }
            // (The dashes U+2014 and U+2013 open with byte E2: a byte test spares most words two
            // comparisons with a literal that is not ASCII.)
            for c in 1..<max(1, f.count - 3)
            where f.lower[c] == "," || f.lower[c].utf8.first == 0xE2 && (f.lower[c] == "—" || f.lower[c] == "–") {
                guard let r = reaction(p, after: c),
                      let agent = actAgent(parsers, noun: r.noun, sentence: f.index, before: c, back: 0) ?? openingSubject(p, before: c) else { continue }
                for m in r.reactors {
                    let sid = actor(p, m)
                    guard !agent.contains(sid) else { continue }
                    for a in agent {
                        guard let tt = nodes[a]?.type, SentenceFrame.isActor(tt), RuleEngine.sourceOK(r.edge, nodes[sid]?.type ?? f.types[m]) else { continue }
                        var cand = Candidate(source: sid, target: a, type: r.edge, sentence: f.index,
                                             sourceTokens: f.mentions[m].tokenRange, targetTokens: r.act,
                                             triggerTokens: r.trigger, rule: "reaction")
                        cand.hedged = r.hedged
                        cand.distance = r.trigger.lowerBound - c
                        cand.argumentFactor = quality(p, m) * 0.9
                        out.append(cand)
                    }
                }
            }
        }
        return out
    }

    /// The reaction set off by the comma or dash at `c`: who reacts, the stance, its words, and
    /// the act noun the agent is found by ("move" when the reaction names none).
    private func reaction(_ p: ClauseParser, after c: Int) -> (reactors: [Int], edge: EdgeType, trigger: Range<Int>, act: Range<Int>, noun: String, hedged: Bool)? {
        let f = p.f
        var k = c + 1
        let reactorsAt: (Int) -> [Int]? = { i in
            guard let m = f.mention(at: i) ?? (f.word(i) == "the" ? f.mention(at: i + 1) : nil),
                  f.group(of: m).first == m, !f.isPossessive(m) else { return nil }
            let g = f.group(of: m).filter { SentenceFrame.isActor(f.types[$0]) && f.mentions[$0].form != .demonym }
            return g.isEmpty ? nil : g
        }
        // ", drawing condemnation from C", ", prompting C to warn ...".
        if f.isIn(k, RuleEngine.reactionOpeners) {
            var j = k + 1
            var steps = 0
            while steps < 2, j < f.count, f.mentionAt[j] < 0, RuleEngine.reactionNouns[f.lower[j]] == nil,
                  f.tokens[j].kind == .word, !f.isIn(j, WordClass.prepositions), !f.isIn(j, WordClass.boundaries) {
                // "drawing no condemnation from C": none drawn.
                if f.isNegator(j, verbs) || ["no", "little", "scant", "few"].contains(f.lower[j]) { return nil }
                j += 1
                steps += 1
            }
            if let edge = RuleEngine.reactionNouns[f.word(j)], f.word(j + 1) == "from", let rs = reactorsAt(j + 2) {
                return (rs, edge, k..<(j + 2), k..<(k + 1), "move", false)
            }
            // "prompting C to retaliate": the act asked of C has no object of its own.
            if let rs = reactorsAt(k + 1) {
                let end = f.span(of: rs).upperBound
                guard f.word(end) == "to" else { return nil }
                // ("to retaliate": a reaction with no object at all.)
                if f.has(end + 1, lemma: "retaliate"), f.word(end + 2) != "against" { return (rs, .tensionWith, k..<(end + 2), k..<(k + 1), "move", false) }
                guard let t = p.verbTriggers.first(where: { $0.range.lowerBound == end + 1 }),
                      let edge = reactionEdge(t.entry), !t.entry.inverse,
                      !(t.range.upperBound..<min(f.count, t.range.upperBound + 4)).contains(where: { f.mentionAt[$0] >= 0 }) else { return nil }
                return (rs, edge, k..<t.range.upperBound, k..<(k + 1), "move", false)
            }
            return nil
        }
        // ", a move (that) C condemned", ", in a move welcomed by C".
        if f.word(k) == "in" { k += 1 }
        guard ["a", "an", "the"].contains(f.word(k)) else { return nil }
        k += 1
        let isHead: (String) -> Bool = { RuleEngine.actNounVerbs[$0] != nil || RuleEngine.genericActNouns.contains($0) }
        var steps = 0
        while steps < 2, k < f.count, f.mentionAt[k] < 0, !isHead(f.lower[k]), f.tokens[k].kind == .word, !f.tokens[k].isCapitalized,
              !f.isIn(k, WordClass.prepositions), !f.isIn(k, WordClass.boundaries) { k += 1; steps += 1 }
        guard k < f.count, f.mentionAt[k] < 0, isHead(f.lower[k]) else { return nil }
        let noun = f.lower[k]
        var j = k + 1
        if f.word(j) == "that" || f.word(j) == "which" { j += 1 }
        // "a launch condemned by C": a participle and its agent.
        if let t = p.verbTriggers.first(where: { $0.range.lowerBound == j }), f.lower[j].hasSuffix("ed"), f.word(t.range.upperBound) == "by",
           let edge = reactionEdge(t.entry), !t.entry.inverse, let rs = reactorsAt(t.range.upperBound + 1) {
            return (rs, edge, j..<t.range.upperBound, k..<(k + 1), noun, false)
        }
        // "a move C (quickly) condemned": the reactors, then their verb.
        guard let rs = reactorsAt(j) else { return nil }
        let end = f.span(of: rs).upperBound
        guard let t = p.verbTriggers.first(where: { $0.range.lowerBound >= end && $0.range.lowerBound <= end + 3 }),
              let edge = reactionEdge(t.entry), !t.entry.inverse,
              (end..<t.range.lowerBound).allSatisfy({ f.mentionAt[$0] < 0 && (f.isIn($0, WordClass.adverbs) || ["has", "have", "had", "quickly", "swiftly", "promptly", "publicly", "strongly", "immediately"].contains(f.lower[$0])) }) else { return nil }
        let g = p.verbGroup(before: t.range.lowerBound, trigger: t)
        guard !g.negated, g.refusal == nil, !g.passive else { return nil }
        return (rs, edge, j..<t.range.upperBound, k..<(k + 1), noun, g.hedged)
    }

    /// The actors that open the sentence as the subject of a verb before token `c` ("Pyongyang
    /// test-fired ...", "Israeli tanks entered ..."): the doer of an act no lexicon verb names.
    private func openingSubject(_ p: ClauseParser, before c: Int) -> [String]? {
        let f = p.f
        let i = f.word(0) == "the" ? 1 : 0
        guard let m = f.mention(at: i), f.group(of: m).first == m, !f.isPossessive(m) else { return nil }
        let g = f.group(of: m).filter { SentenceFrame.isActor(f.types[$0]) }
        guard !g.isEmpty else { return nil }
        var v = f.span(of: f.group(of: m)).upperBound
        // A demonym stands for its state before a plural noun of forces or envoys ("Israeli tanks").
        if g.contains(where: { f.mentions[$0].form == .demonym }) {
            guard g.count == 1, v < c, f.mentionAt[v] < 0, !f.tokens[v].isCapitalized, f.lower[v].hasSuffix("s") else { return nil }
            v += 1
        }
        // ("Seoul hopes Pyongyang will ...", "X believes Y ...": the act is another's.)
        guard v < c, f.mentionAt[v] < 0, f.tokens[v].kind == .word, !f.tokens[v].isCapitalized, !f.isIn(v, WordClass.prepositions),
              !f.isIn(v, WordClass.boundaries), !["and", "or", "'s", "'"].contains(f.lower[v]), p.isSpeech(v) == nil,
              !f.lemmas[v].contains(where: { RuleEngine.sayingLemmas.contains($0) || RuleEngine.believingLemmas.contains($0) }),
              !((v + 1)..<c).contains(where: { f.mentionAt[$0] >= 0 && SentenceFrame.isActor(f.types[f.mentionAt[$0]]) && f.mentions[f.mentionAt[$0]].form != .demonym
                  && !f.isPossessive(f.mentionAt[$0]) && !p.isObjectLike(f.mentionAt[$0]) }) else { return nil }
        return g.map { actor(p, $0) }
    }

    /// Verbs (as lemmas) of hoping, believing and fearing, whose clause states another's act.
    static let believingLemmas: Set<String> = WordLists.strings("believingLemmas")

    /// The stance toward an act's doer that a verb of reaction takes.
    private func reactionEdge(_ e: VerbLexicon.Entry) -> EdgeType? {
        guard !e.principleOnly, !e.refusedOnly else { return nil }
        switch e.edge {
        case .tensionWith, .counters: return e.edge
        case .rejects: return .tensionWith
        case .supports: return RuleEngine.actApprovalVerbs.contains(e.phrase) || ["back", "support", "endorse", "champion"].contains(e.phrase) ? .supports : nil
        default: return nil
        }
    }
}
