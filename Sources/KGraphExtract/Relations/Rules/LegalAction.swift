import KGraphModel

/// Legal and police action ("charged X", "sued Y", "the arrest of Z", "a lawsuit against W")
/// acts against a named party: the one the action names, not the state or person a name
/// only modifies ("charged two Ruritanian hackers", "indicted the senator's aide").
extension RuleEngine {
    /// Words of legal and police action, by lemma (verbs) or as written (nouns).
    static let legalActionWords: WordSet = WordLists.set("legalActionWords")

    /// Whether candidate `c` of a legal-action trigger names its target the way such action
    /// does: by name or pronoun, neither as a possessor nor as a modifier of a noun, and for a
    /// verb in the active voice, right after the verb ("charged the former minister X").
    /// "Took charge of the agency" is an office, not a charge.
    /// ``legalTargetOK(_:_:)``, and a case between states is a dispute: `tension-with` ("Ruritania
    /// filed a case against Freedonia at the court").
    func legalAction(_ c: Candidate, _ p: ClauseParser) -> Candidate? {
        guard legalTargetOK(c, p) else { return nil }
        // "Ruritania challenged Freedonia": a challenge to a side is rivalry, not the rejection of a proposal.
        if c.type == .rejects, let t = c.triggerTokens, verbs.lemmas(of: p.f.lower[t.lowerBound]).contains("challenge"),
           let tt = nodes[c.target]?.type, tt == .country || tt == .alliance {
            var copy = c
            copy.type = .tensionWith
            return copy
        }
        guard c.type == .counters, let t = c.triggerTokens, isLegalTrigger(t, p.f),
              let tt = nodes[c.target]?.type, tt == .country || tt == .alliance else { return c }
        var copy = c
        copy.type = .tensionWith
        return copy
    }

    private func isLegalTrigger(_ t: Range<Int>, _ f: SentenceFrame) -> Bool {
        t.contains { k in
            f.isIn(k, RuleEngine.legalActionWords) || verbs.lemmas(of: f.lower[k]).contains { RuleEngine.legalActionWords.contains($0) }
        }
    }

    func legalTargetOK(_ c: Candidate, _ p: ClauseParser) -> Bool {
        guard let t = c.triggerTokens else { return true }
        let f = p.f
        // "challenged Congress to act": a dare, no challenge of the one dared.
        if c.type == .rejects || c.type == .tensionWith, verbs.lemmas(of: f.lower[t.lowerBound]).contains("challenge"),
           f.word(c.targetTokens.upperBound) == "to" { return false }
        guard c.type == .counters else { return true }
        guard isLegalTrigger(t, f) else { return true }
        // ("took charge of", "in charge of": an office.)
        if f.lower[t.lowerBound] == "charge", f.word(t.upperBound) == "of" || ["take", "took", "taken", "taking", "takes", "in"].contains(f.word(t.lowerBound - 1)) { return false }
        // "dropped its case against X", "withdrew the lawsuit": action called off.
        if (max(0, t.lowerBound - 3)..<t.lowerBound).contains(where: { f.isLemma($0, in: .transferDenial) }) { return false }
        let verbal = !p.nominalTriggers.contains { $0.range == t }
        guard let m = f.mention(at: c.targetTokens.lowerBound) else { return false }
        let men = f.mentions[m]
        if men.form == .demonym || f.isPossessive(m) || p.modifiesNoun(m) { return false }
        // An object after its verb: only determiners and title words in between.
        if verbal, men.tokenRange.lowerBound >= t.upperBound {
            // ("mailed the subpoenaed letters to X", "charges batter X": a noun or another verb between.)
            let gap = t.upperBound..<men.tokenRange.lowerBound
            guard gap.count <= 4, !gap.contains(where: { p.verbish[$0] || f.isIn($0, WordClass.prepositions) }) else { return false }
        }
        return true
    }

    /// "tighter restrictions on travel and trade with X", "a ban on deals with Y", "halted arms
    /// sales to Y": a tie named under a curb is one being cut, not kept.
    func curbedTie(_ c: Candidate, _ p: ClauseParser) -> Bool {
        guard c.type == .partnersWith, let t = c.triggerTokens else { return false }
        let f = p.f
        if c.rule == "trade-flow", let v = (max(0, t.lowerBound - 4)..<t.lowerBound).last(where: { f.isLemma($0, in: .curb) }),
           !(v + 1..<t.lowerBound).contains(where: { f.mentionAt[$0] >= 0 || f.isIn($0, WordClass.boundaries) || f.lower[$0] == "," }) {
            return true
        }
        return (max(0, t.lowerBound - 6)..<t.lowerBound).contains { k in
            f.isIn(k, RuleEngine.measureNouns) && (k + 1..<t.lowerBound).contains { f.lower[$0] == "on" }
        }
    }
}
