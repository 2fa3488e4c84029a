import KGraphModel

/// Another side's hostile conduct, named by a noun its name, demonym or possessive modifies, in
/// a clause whose subject is a different actor: "Ruritania says it is reacting to NATO
/// aggression", "Taiwan braced against Chinese coercion", "Vietnam protested Beijing's
/// encroachments". The subject and the side whose conduct it is are in tension.
extension RuleEngine {
    /// Nouns for a side's hostile conduct toward others.
    static let hostileConductNouns: WordSet = WordLists.set("hostileConductNouns")
    /// Words that may stand between the side and the noun ("Chinese military coercion").
    static let hostileConductModifiers: WordSet = WordLists.set("hostileConductModifiers")

    /// Prepositions by which a side stands up to another's conduct.
    static let resistingPrepositions: WordSet = WordLists.set("resistingPrepositions")
    /// Words (as lemmas) for resisting, fearing or suffering another's conduct.
    static let resistingWords: WordSet = WordLists.set("resistingWords")

    /// Nouns of hostile conduct that name their side after "from" ("cyberattacks from X"), where
    /// the side is named: broader nouns are safe here.
    static let hostileFromNouns: WordSet = hostileConductNouns.union(WordLists.set("hostileFromOnlyNouns"))

    /// "Taiwan braced against Chinese coercion", "Greece fears aggression from Turkey".
    func hostileConduct(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        // The side before the noun: "NATO aggression", "Beijing's encroachments".
        for m in f.mentions.indices where SentenceFrame.isActor(f.types[m]) && f.mentions[m].form != .reference {
            var n = f.mentions[m].tokenRange.upperBound
            if f.word(n) == "'s" || f.word(n) == "'" { n += 1 }
            if n < f.count, f.mentionAt[n] < 0, f.isIn(n, RuleEngine.hostileConductModifiers) { n += 1 }
            guard n < f.count, f.mentionAt[n] < 0, f.isIn(n, RuleEngine.hostileConductNouns),
                  // ("Chinese aggression against Taiwan" names its target; other rules read that.)
                  !["against", "toward", "towards", "on"].contains(f.word(n + 1)) else { continue }
            // "a reaction to what he called Saudi aggression": calling it so is the framer's judgement.
            if let framer = framer(p, before: f.mentions[m].tokenRange.lowerBound) {
                let sides = f.group(of: framer).filter { SentenceFrame.isActor(f.types[$0]) && f.mentions[$0].nodeID != f.mentions[m].nodeID }
                out += pairs(p, sides, [m], .tensionWith, trigger: n..<(n + 1), rule: "hostile-conduct", distance: n - f.mentions[framer].tokenRange.lowerBound)
                continue
            }
            guard let s = resistingSubject(p, before: f.mentions[m].tokenRange.lowerBound - 1) else { continue }
            let sides = s.group.filter { f.mentions[$0].nodeID != f.mentions[m].nodeID }
            guard !sides.isEmpty else { continue }
            out += pairs(p, sides, [m], .tensionWith, trigger: n..<(n + 1), rule: "hostile-conduct", distance: s.distance + (n - s.governor))
        }
        // The side after "from": "cyberattacks from Russia and Iran".
        for n in 0..<max(0, f.count - 2) where f.lower[n + 1] == "from" && f.mentionAt[n] < 0 && f.isIn(n, RuleEngine.hostileFromNouns) {
            let at = f.word(n + 2) == "the" ? n + 3 : n + 2
            guard let m = f.mention(at: at), SentenceFrame.isActor(f.types[m]), f.mentions[m].form != .reference, !f.isPossessive(m) else { continue }
            var b = n - 1
            while b >= 0, f.mentionAt[b] < 0, f.isIn(b, RuleEngine.hostileConductModifiers) || ["crippling", "possible", "future", "further"].contains(f.lower[b]) { b -= 1 }
            guard let s = resistingSubject(p, before: b) else { continue }
            let side = f.group(of: m).filter { $0 >= m && SentenceFrame.isActor(f.types[$0]) }
            let sides = s.group.filter { a in !side.contains { f.mentions[$0].nodeID == f.mentions[a].nodeID } }
            guard !sides.isEmpty else { continue }
            out += pairs(p, sides, side, .tensionWith, trigger: n..<(n + 1), rule: "hostile-conduct", distance: s.distance + (n - s.governor))
        }
        return out
    }

    /// The subject of the clause whose word at or before `b` resists, fears or suffers the
    /// conduct named after it, directly or through one preposition ("reacting to", "braced
    /// against"), and where that governing word is; nil when the word looks into it ("an
    /// investigation into Russian meddling") or is negated.
    func resistingSubject(_ p: ClauseParser, before b: Int) -> (group: [Int], distance: Int, governor: Int)? {
        let f = p.f
        var b = b
        while b >= 0, f.mentionAt[b] < 0, ["the", "a", "an", "any", "further", "more", "what", "perceived", "so-called"].contains(f.lower[b])
                || f.isIn(b, RuleEngine.hostileConductModifiers) { b -= 1 }
        var v = b
        var standing = false
        var passive = false
        if v > 0, f.mentionAt[v] < 0, f.isIn(v, WordClass.prepositions) {
            // "braced against", "amid", "despite": a side standing up to the conduct.
            standing = f.isIn(v, RuleEngine.resistingPrepositions)
            passive = f.lower[v] == "by"
            v -= 1
            // "bowed down to", "caved in to": a particle between the verb and its preposition.
            if ["down", "in"].contains(f.word(v)) { v -= 1 }
            // "defend Armenia against Azerbaijani aggression": the side defended is the object.
            // ("protected X under Y's pressure": the pressure is on the defender.)
            if standing, f.lower[b] == "against", let o = f.mention(at: v), SentenceFrame.isActor(f.types[o]), !f.isPossessive(o) {
                var w = f.mentions[f.group(of: o).first ?? o].tokenRange.lowerBound - 1
                if f.word(w) == "the" { w -= 1 }
                guard w > 0, f.mentionAt[w] < 0, f.isIn(w, RuleEngine.defendingWords) else { return nil }
                return (f.group(of: o).filter { SentenceFrame.isActor(f.types[$0]) }, b - v, w)
            }
        }
        // ("was not intimidated by Chinese coercion" still resists it; "was not targeted by" is
        // no conduct suffered.)
        guard v > 0, f.mentionAt[v] < 0, f.tokens[v].kind == .word, !f.tokens[v].isCapitalized,
              standing || f.isLemma(v, in: .resisting),
              passive && f.isIn(v, RuleEngine.defiedWords) || !(max(0, v - 3)..<v).contains(where: { f.isNegator($0, verbs) }) else { return nil }
        // "helped Moscow repel a Ukrainian incursion": the one helped does the resisting.
        if let o = f.mention(at: v - 1), SentenceFrame.isActor(f.types[o]), !f.isPossessive(o), f.mentions[o].form != .demonym {
            let w = f.mentions[o].tokenRange.lowerBound - 1
            if w > 0, f.mentionAt[w] < 0, f.isIn(w, RuleEngine.enablingWords) { return ([o], 1, v) }
        }
        guard let s = p.subject(before: v, limit: 12) else { return nil }
        return (s.group, s.distance, v)
    }

    /// Participles of being cowed, which "not ... by" turns into defiance ("not intimidated by").
    static let defiedWords: WordSet = WordLists.set("defiedWords")
    /// Verbs for keeping another side from harm ("defend X against ...").
    static let defendingWords: WordSet = WordLists.set("defendingWords")
    /// Verbs whose object does the next verb's act ("help X repel ...").
    static let enablingWords: WordSet = WordLists.set("enablingWords")

    /// The mention that frames the phrase starting at token `start` ("what he called ..."), if any.
    private func framer(_ p: ClauseParser, before start: Int) -> Int? {
        for w in stride(from: start - 2, through: max(0, start - 8), by: -1) where p.f.lower[w] == "what" {
            guard let c = p.framingClause(at: w), c.end == start else { return nil }
            return c.framer
        }
        return nil
    }
}
