import KGraphModel

/// Interference in an election the sentence does not place: "Russia meddled in the 2016
/// election", "Moscow denied interfering in the vote", "Russian interference in the presidential
/// campaign". A news article that names no other country for it means the election of the state
/// it is about: the country it names most after the meddling one (at least twice, and twice as
/// often as any other but the meddler), so the meddling state acts against that state (`counters`,
/// and so tension, as any state's act against another). An
/// election placed by a name ("the French election", "the vote in Chile") is read by the nominal
/// rules instead.
extension RuleEngine {
    /// Verbs and nouns of meddling in another's affairs, in every form written.
    static let interferenceWords: WordSet = WordLists.set("interferenceWords")
    /// Nouns for an election, the thing meddled in.
    static let electionNouns: WordSet = WordLists.set("electionNouns")
    /// Words that may stand between "in" and the election noun without placing it ("the 2016
    /// presidential", "last year's").
    static let electionModifiers: WordSet = WordLists.set("electionModifiers")

    func impliedElections(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        for v in 0..<max(0, f.count - 2) where f.mentionAt[v] < 0 && f.isIn(v, RuleEngine.interferenceWords) && f.word(v + 1) == "in" {
            guard let election = unplacedElection(p, from: v + 2) else { continue }
            // "did not interfere", "no meddling": nothing was done; "Russia denies meddling": the
            // denial says nothing was done (the charge it answers is read where it is made).
            if (max(0, v - 3)..<v).contains(where: { f.isNegator($0, verbs) || f.lemmas[$0].contains("deny") }) { continue }
            // "it is unlawful for them to interfere in elections": a case put, no act.
            if f.word(v - 1) == "to", f.word(v - 3) == "for" || f.mention(at: v - 2).map({ f.word(f.mentions[$0].tokenRange.lowerBound - 1) == "for" }) == true {
                continue
            }
            var sides: [Int] = []
            var distance = 1
            // "Russian meddling", "Moscow's interference": the owner of the act.
            var k = v - 1
            while k >= 0, f.mentionAt[k] < 0, f.isIn(k, RuleEngine.hostileConductModifiers) { k -= 1 }
            if f.word(k) == "'s" || f.word(k) == "'" { k -= 1 }
            if let m = f.mention(at: k) {
                sides = [m]
                distance = v - k
            } else if !f.lower[v].hasSuffix("ence"), let s = p.subject(before: v, limit: 12) {
                // "Russia meddled in", "Moscow has denied interfering in": the clause's subject.
                sides = s.group
                distance = s.distance
            }
            // (States only: a person or a body may meddle in their own country's vote.)
            sides = sides.filter { f.types[$0] == .country }
            for s in sides {
                let meddler = f.mentions[s].nodeID
                guard let state = RuleEngine.dominant(countryRanking.filter { $0.id != meddler }, least: 2) else { continue }
                var c = Candidate(source: meddler, target: state, type: .counters, sentence: f.index,
                                  sourceTokens: f.mentions[s].tokenRange, targetTokens: election, triggerTokens: v..<(v + 2),
                                  rule: "implied-election")
                c.distance = distance
                c.argumentFactor = quality(p, s)
                out.append(c)
            }
        }
        return out
    }

    /// The election noun phrase starting at `i` ("the 2016 presidential election") when no name
    /// places it: no mention inside it, and none after it through "in", "of" or "for" ("the vote
    /// in Chile").
    private func unplacedElection(_ p: ClauseParser, from i: Int) -> Range<Int>? {
        let f = p.f
        var k = i
        while k < f.count, k < i + 5, f.mentionAt[k] < 0,
              f.isIn(k, RuleEngine.electionModifiers) || AdjunctGap.isYear(f.lower[k]) { k += 1 }
        guard k < f.count, f.mentionAt[k] < 0, f.isIn(k, RuleEngine.electionNouns) else { return nil }
        if ["in", "of", "for"].contains(f.word(k + 1)), f.mention(at: k + 2) != nil || f.word(k + 2) == "the" && f.mention(at: k + 3) != nil {
            return nil
        }
        return i..<(k + 1)
    }
}
