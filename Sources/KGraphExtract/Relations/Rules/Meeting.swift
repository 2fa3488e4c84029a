import KGraphModel

/// Summitry: "President A met Ruritania's president B", "A hosted B for talks", "A visited
/// Ruritania", "B's visit to Ruritania". A meeting of states or of heads of state is dialogue,
/// which the ontology counts as `partners-with`. People take part only as heads of a state
/// (a senator meeting a donor says nothing about states), and the two sides are different states.
extension RuleEngine {
    /// Verbs (as lemmas) of meeting another party, who is the object.
    static let meetingVerbs: WordSet = WordLists.set("meetingVerbs")
    /// Nouns of a visit, whose destination follows "to".
    static let visitNouns: WordSet = WordLists.set("visitNouns")

    /// Auxiliaries and time words allowed between a subject and its verb.
    static let auxiliaries: WordSet = WordLists.set("auxiliaries")
    /// Verbs (as lemmas) that call off what follows.
    static let calledOff: WordSet = WordLists.set("calledOff")

    func meetings(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        guard f.mentions.count >= 2 else { return [] }
        // (The cheap test first: a mention must follow within a few words.)
        for v in 0..<f.count where f.mentionAt[v] < 0 && (v + 1..<min(f.count, v + 6)).contains(where: { f.mentionAt[$0] >= 0 }) {
            // "visit to X" is the noun; otherwise a verb form, not the noun ("a visit", "his meeting").
            let isVisitNoun = f.isIn(v, RuleEngine.visitNouns) && f.word(v + 1) == "to"
            let isVerb = !isVisitNoun && f.isLemma(v, in: .meeting) && !f.tokens[v].isCapitalized
                && !f.isIn(v - 1, WordClass.determiners) && !["'s", "'", "his", "her", "its", "their", "our"].contains(f.word(v - 1))
            guard isVerb || isVisitNoun else { continue }
            if (max(0, v - 3)..<v).contains(where: { f.isNegator($0, verbs) }) { continue }
            let visiting = isVisitNoun || f.lemmas[v].contains("visit")
            // The other party: right after the verb ("met with", "visit to"), past a demonym,
            // titles and "counterpart".
            var o = v + 1
            if f.word(o) == "with" || f.word(o) == "to" { o += 1 }
            guard let other = meetingParty(p, from: o) else { continue }
            // A visit goes to a state; a meeting is with a state or its head.
            if visiting, f.types[other] != .country { continue }
            let source: Int?
            var hedged = false
            if isVisitNoun {
                var k = v - 1
                while k > 0, ["first", "second", "recent", "planned", "official", "state", "upcoming", "landmark", "historic", "surprise", "last"].contains(f.lower[k]) { k -= 1 }
                if f.word(k) == "'s" { k -= 1 }
                source = f.mention(at: k).flatMap { f.isPossessive($0) ? $0 : nil }
            } else {
                // "meeting" is a noun unless it follows "be" ("was meeting with").
                if f.lower[v] == "meeting" || f.lower[v] == "meetings", !f.has(v - 1, lemma: "be") { continue }
                // The subject stands right before the verb group: only auxiliaries, control verbs,
                // hedges, adverbs and dates between ("A will meet", "A is due to visit", not "the
                // first leader to meet A" or "A beat hosts B").
                guard let s = p.subject(before: v, limit: 10), let first = s.group.first else { continue }
                var k = f.span(of: s.group).upperBound
                var adjacent = true
                while k < v {
                    let w = f.lower[k]
                    if verbs.hedges.match(at: k, lemmas: f.lemmas) != nil { hedged = true }
                    else if !(w == "to" || w == "," || f.isIn(k, RuleEngine.auxiliaries) || f.isIn(k, WordClass.adverbs)
                              || f.isIn(k, WordClass.dateWords) || verbs.controls.match(at: k, lemmas: f.lemmas) != nil) { adjacent = false; break }
                    k += 1
                }
                // "skipped visiting", "cancelled a trip": an act called off.
                guard adjacent, !(max(0, v - 3)..<v).contains(where: { f.isLemma($0, in: .calledOff) }) else { continue }
                source = first
            }
            let counterpart = f.mentions[other].form == .demonym && ["counterpart", "counterparts"].contains(f.word(f.mentions[other].tokenRange.upperBound))
            // ("A met his Ruritanian counterpart": any official meeting another state's one.)
            guard let s = source, sovereign(p, s) || counterpart && f.types[s] == .person, counterpart || sovereign(p, other) else { continue }
            let stateA = f.types[s] == .person ? leaderOf[f.mentions[s].nodeID] : f.mentions[s].nodeID
            let stateB = f.types[other] == .person ? leaderOf[f.mentions[other].nodeID] : f.mentions[other].nodeID
            guard let b = stateB, stateA != b, stateA != nil || counterpart else { continue }
            // "his Ruritanian and Freedonian counterparts": each state of the list.
            let others = counterpart ? f.group(of: other).filter { f.mentions[$0].form == .demonym && f.types[$0] == .country } : [other]
            out += pairs(p, [s], others, .partnersWith, trigger: v..<(v + 1), rule: "meeting", distance: abs(other - s), hedged: hedged)
        }
        return out
    }

    /// A state, or a person who heads one.
    private func sovereign(_ p: ClauseParser, _ m: Int) -> Bool {
        let t = p.f.types[m]
        if t == .country { return p.f.mentions[m].form != .demonym }
        return t == .person && leaderOf[p.f.mentions[m].nodeID] != nil
    }

    /// The first state or person from token `i`, past a demonym or possessor and title words.
    private func meetingParty(_ p: ClauseParser, from i: Int) -> Int? {
        let f = p.f
        var k = i
        var steps = 0
        // "met Ruritania's president" without a name: the state itself.
        var fallback: Int?
        while k < f.count, steps < 6 {
            if let m = f.mention(at: k) {
                let t = f.types[m]
                // "met Ruritanian President B", "met Ruritania's president B": read on to the person.
                let e = f.mentions[m].tokenRange.upperBound
                if f.mentions[m].form == .demonym || f.isPossessive(m) || t == .country && f.isIn(e, verbs.titles.allWords) {
                    // ("met his Ruritanian counterpart": the demonym names the other head's state.)
                    if t == .country, f.mentions[m].form != .demonym || f.word(e) == "counterpart" || f.word(e) == "counterparts" { fallback = m }
                    k = f.mentions[m].tokenRange.upperBound
                    if f.word(k) == "'s" || f.word(k) == "'" { k += 1 }
                    steps += 1
                    continue
                }
                return t == .country || t == .person ? m : fallback
            }
            let w = f.lower[k]
            guard w == "the" || w == "his" || w == "her" || w == "their" || w == "counterpart" || f.isIn(k, verbs.titles.allWords)
                || f.isIn(k, verbs.titleModifiers) else { return fallback }
            k += 1
            steps += 1
        }
        return fallback
    }
}
