import KGraphModel

/// "Ruritania launched a missile on Sunday. Freedonia condemned the launch." A stance verb whose
/// object is a definite noun for an act ("the launch", "this move", "the decision") takes that
/// stance toward the act's agent: the subject of the clause that did it, or the side named on the
/// same noun ("Ruritania's missile launch"), in this sentence or the two before. Condemning gives
/// tension, welcoming gives support.
extension RuleEngine {
    /// Nouns for an act, by the verb (lemma) that states it: "launch" for "the launch", "decide"
    /// for "the decision".
    static let actNounVerbs: [String: [String]] = {
        var out: [String: [String]] = [:]
        for (verb, nouns) in WordLists.map("actNounsByVerb") { for n in nouns { out[n, default: []].append(verb) } }
        return out.mapValues { $0.sorted() }
    }()
    /// Nouns for any act ("the move", "this step"): they refer to the main clause before them.
    static let genericActNouns: WordSet = WordLists.set("genericActNouns")
    /// Light verbs of a single act, whose act a generic noun ("the move") may refer to.
    static let actLightVerbs: WordSet = WordLists.set("actLightVerbs")
    /// Verbs of approval whose object may be an act ("welcomed the move").
    static let actApprovalVerbs: WordSet = WordLists.set("actApprovalVerbs")
    /// Every verb of ``actNounVerbs``, so that their inflections have lemmas.
    static let actVerbs: Set<String> = Set(WordLists.map("actNounsByVerb").keys)

    /// Stances toward acts named by a definite noun, over the article's parsed sentences.
    func eventReferences(_ parsers: [ClauseParser]) -> [Candidate] {
        var out: [Candidate] = []
        for p in parsers where p.f.hasMentions {
            for t in p.verbTriggers where [.tensionWith, .supports].contains(t.entry.edge) && !t.entry.inverse && !t.entry.principleOnly && !t.entry.refusedOnly {
                guard let phrase = actPhrase(p, after: t.range.upperBound) else { continue }
                // Support for an act is read only from words of approval ("welcomed the move"):
                // "fund the measure" or "back the decision" in a vote is about a bill.
                if t.entry.edge == .supports, !RuleEngine.actApprovalVerbs.contains(t.entry.phrase) { continue }
                let g = p.verbGroup(before: t.range.lowerBound, trigger: t)
                guard !g.negated, g.refusal == nil, !g.passive, !g.hedged, !g.purpose, !g.aspiration,
                      let subj = p.subject(before: g.start) else { continue }
                let noun = p.f.lower[phrase.upperBound - 1]
                // "welcomed the decision by Ruritania to ..." names the agent.
                let named = p.f.word(phrase.upperBound) == "by" ? p.f.mention(at: phrase.upperBound + 1) : nil
                guard let agent = named.map({ p.f.group(of: $0).map { actor(p, $0) } })
                        ?? actAgent(parsers, noun: noun, sentence: p.f.index, before: g.start) else { continue }
                let sources = subj.group.filter { SentenceFrame.isActor(p.f.types[$0]) && !agent.contains(actor(p, $0)) }
                // The subject itself did the act ("Ruritania tested a missile and defended the test").
                guard sources.count == subj.group.count else { continue }
                for m in sources {
                    let sid = actor(p, m)
                    for a in agent {
                        guard let tt = nodes[a]?.type, RuleEngine.targetOK(t.entry.edge, tt),
                              RuleEngine.sourceOK(t.entry.edge, nodes[sid]?.type ?? p.f.types[m]) else { continue }
                        var c = Candidate(source: sid, target: a, type: t.entry.edge, sentence: p.f.index,
                                          sourceTokens: p.f.mentions[m].tokenRange, targetTokens: phrase,
                                          triggerTokens: t.range, rule: "event-reference")
                        c.hedged = g.hedged
                        c.distance = subj.distance
                        c.argumentFactor = quality(p, m) * 0.9
                        out.append(c)
                    }
                }
            }
        }
        return out
    }

    /// "the launch", "this latest move", "such a step" right after the verb, ending there (a noun
    /// with its own "of" or "on" names its parties, which other rules read).
    private func actPhrase(_ p: ClauseParser, after end: Int) -> Range<Int>? {
        definiteReference(p, after: end, plural: true, stopAtVerbs: true,
                          isHead: { RuleEngine.actNounVerbs[$0] != nil || RuleEngine.genericActNouns.contains($0) },
                          endsPhrase: { RuleEngine.actPhraseEnders.contains($0) })
    }

    /// Words after which the act's noun phrase has ended.
    static let actPhraseEnders: WordSet = WordLists.set("actPhraseEnders")

    /// The agent (node ids) of the latest act the noun refers to, before token `before` of
    /// sentence `s` or in the two sentences before it; nil when the nearest such act has no
    /// actor for a subject (a wrong antecedent is worse than none).
    /// (`back` sentences before this one are searched too: an apposition to the clause, ", a
    /// move X condemned", refers to its own sentence only.)
    func actAgent(_ parsers: [ClauseParser], noun: String, sentence s: Int, before: Int, back: Int = 2) -> [String]? {
        let verbsOfNoun = RuleEngine.actNounVerbs[noun] ?? []
        let generic = verbsOfNoun.isEmpty
        guard let here = parsers.firstIndex(where: { $0.f.index == s }) else { return nil }
        for q in stride(from: here, through: max(0, here - back), by: -1) {
            let p = parsers[q]
            let f = p.f
            let limit = q == here ? before : f.count
            guard f.hasMentions else { continue }
            // Nearest first within the sentence, except that a generic noun refers to the main
            // clause: its first verb with an actor subject.
            let order: [Int] = generic ? Array(0..<limit) : Array((0..<limit).reversed())
            for k in order {
                if !generic, f.mentionAt[k] < 0, f.lower[k] == noun || RuleEngine.actNounVerbs[f.lower[k]] == verbsOfNoun {
                    if let ids = agentOfNoun(p, at: k) { return ids }
                    continue
                }
                // A generic noun refers to an act stated by a relation verb or a light verb of a
                // single act ("announced new curbs", "imposed tariffs"), not to what someone said
                // or to a trend ("has deepened its trade").
                guard p.verbish[k], generic ? p.triggerAt[k] || f.lemmas[k].contains(where: { RuleEngine.actLightVerbs.contains($0) }) && verbs.light.match(at: k, lemmas: f.lemmas) != nil
                        : verbsOfNoun.contains(where: { f.has(k, lemma: $0) }) else { continue }
                guard let ids = subjectOfVerb(p, at: k) else {
                    if generic { continue } else { return nil }
                }
                return ids
            }
        }
        return nil
    }

    /// The actors that are the subject of the active, unnegated verb at `k`.
    private func subjectOfVerb(_ p: ClauseParser, at k: Int) -> [String]? {
        let f = p.f
        let g = p.verbGroup(before: k, trigger: Trigger(range: k..<(k + 1), entry: .init(phrase: f.lower[k], edge: .supports, inverse: false, nominal: false)))
        guard !g.passive, !g.negated, let subj = p.subject(before: g.start, limit: 12) else { return nil }
        return agents(p, subj.group)
    }

    /// The actors of `group` named by name (not by demonym), as the nodes they act for; nil when none.
    private func agents(_ p: ClauseParser, _ group: [Int]) -> [String]? {
        let ids = group.filter { SentenceFrame.isActor(p.f.types[$0]) && p.f.mentions[$0].form != .demonym }.map { actor(p, $0) }
        return ids.isEmpty ? nil : ids
    }

    /// The side an earlier mention of the act's noun names: "Ruritania's missile launch",
    /// "Ruritanian strikes", "the test by Ruritania", or the subject of the verb whose object the
    /// noun is ("Ruritania conducted a nuclear test") or else of its clause.
    private func agentOfNoun(_ p: ClauseParser, at k: Int) -> [String]? {
        let f = p.f
        if let poss = possessor(p, before: k) { return poss.group.map { actor(p, $0) } }
        if f.word(k + 1) == "by", let m = f.mention(at: k + 2), SentenceFrame.isActor(f.types[m]) { return f.group(of: m).map { actor(p, $0) } }
        if let v = governingVerb(p, before: k) { return subjectOfVerb(p, at: v) }
        // A verb outside the lexicon ("carried out a test"): the clause's subject.
        return p.subject(before: k, limit: 10).flatMap { agents(p, $0.group) }
    }
}

