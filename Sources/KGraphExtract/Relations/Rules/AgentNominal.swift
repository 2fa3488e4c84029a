import KGraphModel

/// Hostile event nouns whose agent follows "by": "missile attacks by Ruritania on Freedonia",
/// "the invasion of Freedonia by Ruritania", "sanctions against Ruritania by the EU". The
/// agent is the source, the attacked side the target; the edge is the noun's own (an attack or
/// invasion is tension, a strike or sanction counters).
extension RuleEngine {
    /// Prepositions that introduce the attacked side.
    static let agentTargetPrepositions: WordSet = WordLists.set("agentTargetPrepositions")
    /// Kinds of body that may stand before a body's name ("the militant group X").
    static let appositiveBodyHeads: WordSet = WordLists.set("appositiveBodyHeads")
    /// Words that may follow the agent before the target ("attacks by Ruritanian forces on ...").
    static let agentForces: WordSet = WordLists.set("agentForces")

    /// Event nouns whose hostility depends on their preposition, not on themselves.
    static let generalEventNouns: WordSet = WordLists.set("generalEventNouns")

    func agentNominals(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        guard f.mentions.count >= 2, !verbs.agentNouns.isEmpty else { return [] }
        var out: [Candidate] = []
        var k = 0
        while k + 2 < f.count {
            defer { k += 1 }
            // (The cheap test first: the word after the noun.)
            let after = f.lower[k + 1]
            guard after == "by" || f.isIn(k + 1, RuleEngine.agentTargetPrepositions), f.mentionAt[k] < 0,
                  let edge = agentEdge(f.lower[k]) else { continue }
            if (max(0, k - 3)..<k).contains(where: { f.isNegator($0, verbs) }) { continue }
            let next = f.lower[k + 1]
            if next == "by" {
                // "attacks by A on B"
                guard let agent = agentMention(p, at: k + 2) else { continue }
                var j = f.span(of: f.group(of: agent)).upperBound
                var steps = 0
                while steps < 2, f.isIn(j, RuleEngine.agentForces) { j += 1; steps += 1 }
                guard f.isIn(j, RuleEngine.agentTargetPrepositions), let target = actorMention(p, at: j + 1, demonymOK: true) else { continue }
                out += pairs(p, f.group(of: agent), f.group(of: target), edge, trigger: k..<(k + 2), rule: "nominal-agent", distance: j - k)
            } else if f.isIn(k + 1, RuleEngine.agentTargetPrepositions) {
                // "the invasion of B by A"
                guard let target = actorMention(p, at: k + 2, demonymOK: true) else { continue }
                var j = f.span(of: f.group(of: target)).upperBound
                if f.word(j) == "'s" { j += 1 }
                var steps = 0
                while steps < 2, f.mentionAt[min(j, f.count - 1)] < 0, !["by", ",", "."].contains(f.word(j)),
                      !f.isIn(j, WordClass.boundaries), f.tokens.indices.contains(j), !f.tokens[j].isCapitalized { j += 1; steps += 1 }
                guard f.word(j) == "by", let agent = agentMention(p, at: j + 1) else { continue }
                out += pairs(p, f.group(of: agent), f.group(of: target), edge, trigger: k..<(k + 2), rule: "nominal-agent", distance: j - k)
            }
        }
        return out
    }

    /// The hostile edge of an event noun, singular or plural.
    private func agentEdge(_ w: String) -> EdgeType? {
        // Nouns too general to be hostile by themselves ("action on X by Y" may be any policy).
        if RuleEngine.generalEventNouns.contains(w) { return nil }
        if let e = verbs.agentNouns[w] { return e }
        if w.hasSuffix("s"), let e = verbs.agentNouns[String(w.dropLast())] { return e }
        return nil
    }

    /// The agent after "by": "by Ruritania's militias" is the possessed group when it is named.
    private func agentMention(_ p: ClauseParser, at i: Int) -> Int? {
        let f = p.f
        guard let agent = actorMention(p, at: i) else { return nil }
        guard f.isPossessive(agent) else { return agent }
        let e = f.mentions[agent].tokenRange.upperBound
        guard let n = f.mention(at: f.word(e) == "'s" || f.word(e) == "'" ? e + 1 : e), SentenceFrame.isActor(f.types[n]) else { return nil }
        return n
    }

    /// An actor mention at token `i` (after an optional "the"). A demonym stands for its state only
    /// as the attacked side ("attacks on Ruritanian towns") or before a government word.
    private func actorMention(_ p: ClauseParser, at i: Int, demonymOK: Bool = false) -> Int? {
        let f = p.f
        var j = f.word(i) == "the" ? i + 1 : i
        // "by the militant group X": a body's kind, perhaps with a modifier, set before its name.
        if j > i, j < f.count, f.mentionAt[j] < 0, let h = (j..<min(f.count, j + 2)).first(where: { f.isIn($0, RuleEngine.appositiveBodyHeads) }),
           (j..<h).allSatisfy({ f.mentionAt[$0] < 0 && f.tokens[$0].kind == .word && !f.tokens[$0].isCapitalized }),
           let m = f.mention(at: h + 1), f.types[m] == .organization || f.types[m] == .alliance {
            j = h + 1
        }
        guard let m = f.mention(at: j), f.mentions[m].tokenRange.lowerBound == j, SentenceFrame.isActor(f.types[m]) else { return nil }
        if f.mentions[m].form == .demonym, !demonymOK, !p.standsForActor(m) {
            // "attacks by Ruritanian forces": the forces are the state's.
            guard f.isIn(f.mentions[m].tokenRange.upperBound, RuleEngine.agentForces) else { return nil }
        }
        return m
    }
}
