import KGraphModel

/// Diplomatic protest through envoys: "Ruritania summoned the Freedonian ambassador",
/// "recalled its ambassador from Freedonia", "withdrew its envoy to X", "declared two X
/// diplomats persona non grata". Each is a state's formal sign of a dispute with the envoy's
/// state, so it gives `tension-with` (expelling, a sanction in kind, is a verb trigger of
/// its own and gives `counters`).
extension RuleEngine {
    /// Verbs (as lemmas) of calling an envoy in or home.
    static let envoyProtestVerbs: WordSet = WordLists.set("envoyProtestVerbs")
    /// Nouns for a state's envoys.
    static let envoyNouns: WordSet = WordLists.set("envoyNouns")
    /// Prepositions naming the state an envoy is posted to or comes from.
    static let envoyPostPrepositions: WordSet = WordLists.set("envoyPostPrepositions")

    func envoyActions(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        for v in 0..<f.count where f.mentionAt[v] < 0 && f.isLemma(v, in: .envoyProtest) {
            if f.isIn(v - 1, WordClass.determiners) { continue }  // "the recall of"
            // The envoy noun within a short noun phrase after the verb.
            var e = v + 1
            var owner: Int?
            while e < min(f.count, v + 6), !f.isIn(e, RuleEngine.envoyNouns) {
                // "its ambassador" (a pronoun the article resolves): the subject's own envoy.
                if let m = f.mention(at: e), !f.isIn(e, WordClass.possessivePronouns) {
                    // "the Freedonian ambassador", "Freedonia's envoy": the envoy's state.
                    guard f.mentions[m].form == .demonym || f.isPossessive(m) else { break }
                    owner = m
                    e = f.mentions[m].tokenRange.upperBound
                    if f.word(e) == "'s" { e += 1 }
                    continue
                }
                if f.isIn(e, WordClass.boundaries) || f.isIn(e, WordClass.prepositions) || p.verbish[e] || f.lower[e] == "," { break }
                e += 1
            }
            guard e < f.count, f.isIn(e, RuleEngine.envoyNouns) else { continue }
            // "declared ... persona non grata": "declare" alone states nothing.
            if f.lemmas[v].contains("declare"), !(e + 1..<min(f.count, e + 4)).contains(where: { f.lower[$0] == "persona" }) { continue }
            // Or the state the envoy is posted to or comes from: "its ambassador to X".
            var target = owner
            if target == nil, f.isIn(e + 1, RuleEngine.envoyPostPrepositions) {
                let j = f.word(e + 2) == "the" ? e + 3 : e + 2
                if let m = f.mention(at: j), f.mentions[m].form != .demonym { target = m }
            }
            guard let t = target, SentenceFrame.isActor(f.types[t]), f.types[t] != .person else { continue }
            // "withdrew its diplomats from X, Y and Z": every state of the list.
            let targets = owner == nil ? f.group(of: t).filter { SentenceFrame.isActor(f.types[$0]) && f.types[$0] != .person } : [t]
            let trigger = Trigger(range: v..<(v + 1), entry: .init(phrase: f.lower[v], edge: .tensionWith, inverse: false, nominal: false))
            let g = p.verbGroup(before: v, trigger: trigger)
            guard !g.negated, g.refusal == nil, !g.passive, let s = p.subject(before: g.start, limit: 12) else { continue }
            out += pairs(p, s.group, targets, .tensionWith, trigger: v..<(e + 1), rule: "envoy-action", distance: s.distance + e - v, hedged: g.hedged)
        }
        return out
    }
}
