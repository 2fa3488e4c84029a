import KGraphModel

/// Summitry: "President A met Ruritania's president B", "A hosted B for talks", "A visited
/// Ruritania", "B's visit to Ruritania". A meeting of states or of heads of state is dialogue,
/// which the ontology counts as `partners-with`. People take part only as heads of a state
/// (a senator meeting a donor says nothing about states), and the two sides are different states.
extension RuleEngine {
    /// Verbs (as lemmas) of meeting another party, who is the object.
    static let meetingVerbs: WordSet = WordLists.set("meetingVerbs")
    /// Verbs (as lemmas) of talking with another party, who follows "with" or "to" ("spoke by
    /// phone with B"), or is the object ("phoned B").
    static let conversationVerbs: WordSet = WordLists.set("conversationVerbs")
    /// Words that may stand between a verb of talking and its "with" ("by phone", "briefly").
    static let conversationAdjuncts: WordSet = WordLists.set("conversationAdjuncts")
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
        // (The bit tests first: only a visit or meeting noun or a verb of meeting or talking
        // reads as one below; then a mention must follow within a few words.)
        for v in 0..<f.count where f.mentionAt[v] < 0
            && (f.isIn(v, RuleEngine.visitNouns) || f.isIn(v, RuleEngine.meetingNouns) || f.isLemma(v, in: [.meeting, .conversation]))
            && (v + 1..<min(f.count, v + 6)).contains(where: { f.mentionAt[$0] >= 0 }) {
            // "visit to X" is the noun; otherwise a verb form, not the noun ("a visit", "his meeting").
            let isVisitNoun = f.isIn(v, RuleEngine.visitNouns) && f.word(v + 1) == "to"
            // "after talks with B", "during a meeting with B": the meeting's side is the clause's subject.
            let adjunct = isVisitNoun ? nil : meetingAdjunct(f, noun: v)
            let talking = !isVisitNoun && adjunct == nil && f.isLemma(v, in: .conversation)
            let isVerb = !isVisitNoun && adjunct == nil && (f.isLemma(v, in: .meeting) || talking) && !f.tokens[v].isCapitalized
                && !f.isIn(v - 1, WordClass.determiners) && !(f.word(v - 1) == "'s" || f.word(v - 1) == "'" || f.isIn(v - 1, WordClass.possessivePronouns))
            guard isVerb || isVisitNoun || adjunct != nil else { continue }
            if (max(0, v - 3)..<v).contains(where: { f.isNegator($0, verbs) }) { continue }
            let visiting = isVisitNoun || f.lemmas[v].contains("visit")
            // The other party: right after the verb ("met with", "visit to"), past a demonym,
            // titles and "counterpart".
            var o = v + 1
            if talking {
                // "spoke by phone with B": the party after "with" or "to", past a short adjunct;
                // only "phone" takes its object directly ("talks" and "speaks" are mostly nouns
                // or about a topic then).
                while o < min(f.count, v + 4), f.isIn(o, RuleEngine.conversationAdjuncts) { o += 1 }
                if f.word(o) == "with" || f.word(o) == "to" { o += 1 }
                else if !(f.lemmas[v].contains("phone") || f.lemmas[v].contains("telephone")) || o != v + 1 { continue }
                if ["talks", "talk"].contains(f.lower[v]) { continue }
            } else if f.word(o) == "with" || f.word(o) == "to" { o += 1 }
            else if adjunct != nil { continue }
            guard var other = meetingParty(p, from: o) else { continue }
            // A visit goes to a state; a meeting is with a state or its head.
            if visiting, f.types[other] != .country { continue }
            let source: Int?
            var hedged = false
            if let a = adjunct {
                source = adjunctSubject(p, adjunct: a, noun: v)
            } else if isVisitNoun {
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
                guard let s = p.subject(before: v, limit: 10) ?? officialsSubject(p, before: v), let first = s.group.first else { continue }
                var k = f.span(of: s.group).upperBound
                // ("Ruritanian officials met": past the officials' noun.)
                if s.group.count == 1, let e = officialsEnd(f, first) { k = e }
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
            // "met his Ruritanian counterpart (,) B": the person named after a demonym's counterpart.
            var named: Int?
            if f.types[other] == .person, let d = counterpartDemonym(f, before: f.mentions[other].tokenRange.lowerBound) {
                named = other
                other = d
            } else if f.mentions[other].form == .demonym {
                var k = f.mentions[other].tokenRange.upperBound + 1
                if f.word(k) == "," { k += 1 }
                if let n = f.mention(at: k), f.types[n] == .person, counterpartDemonym(f, before: k) == other { named = n }
            }
            let counterpart = f.mentions[other].form == .demonym && ["counterpart", "counterparts"].contains(f.word(f.mentions[other].tokenRange.upperBound))
            // ("A met his Ruritanian counterpart": any official meeting another state's one.)
            // "Ruritania's army chief met Freedonian officials": unnamed officials on both sides
            // are their states (only when no verb of visiting, which goes to a state).
            // ("A Ruritanian delegation visited Freedonia", "Officials from Ruritania met ...": the
            // officials' state visits or meets.)
            let unnamed = !visiting && officialsEnd(f, other) != nil
            guard let s = source, sovereign(p, s) || counterpart && f.types[s] == .person || officialsEnd(f, s) != nil || officialsFrom(f, s),
                  counterpart || unnamed || sovereign(p, other) else { continue }
            let stateA = f.types[s] == .person ? leaderOf[f.mentions[s].nodeID]
                : f.types[s] == .organization ? organState[f.mentions[s].nodeID] : f.mentions[s].nodeID
            let stateB = f.types[other] == .person ? leaderOf[f.mentions[other].nodeID] : f.mentions[other].nodeID
            guard let b = stateB, stateA != b, stateA != nil || counterpart else { continue }
            // "his Ruritanian and Freedonian counterparts": each state of the list.
            let others = (counterpart ? f.group(of: other).filter { f.mentions[$0].form == .demonym && f.types[$0] == .country } : [other])
                + (named.map { [$0] } ?? [])
            var found = pairs(p, [s], others, .partnersWith, trigger: v..<(v + 1), rule: "meeting", distance: abs(other - s), hedged: hedged)
            // ("Ruritania's army chief met ...": the chief meets for the state, not the army.)
            if f.types[s] == .organization, let a = stateA { for c in found.indices { found[c].source = a } }
            out += found
        }
        return out
    }

    /// Nouns of a state's unnamed officials ("Ruritanian officials", "Ruritania's army chief"),
    /// who stand for their state at a meeting.
    static let officialPartyNouns: WordSet = WordLists.set("officialPartyNouns")
    /// First words of the titles of a head of state or government ("president", "prime
    /// minister", "crown prince").
    static let headOfStateTitleWords: WordSet = WordLists.set("headOfStateTitleWords")

    /// The token after the phrase of a state's unnamed officials that mention `m` opens
    /// ("Ruritanian officials", "U.S. officials", "Ruritania's top diplomat", "Ruritania's army chief" with
    /// "Ruritania's army" an organ of the state), past one portfolio or rank word; nil when
    /// `m` opens none, or when a name follows (the official himself, met as a person).
    private func officialsEnd(_ f: SentenceFrame, _ m: Int) -> Int? {
        let organ = f.types[m] == .organization && organState[f.mentions[m].nodeID] != nil
        guard organ || f.types[m] == .country else { return nil }
        var k = f.mentions[m].tokenRange.upperBound
        if f.word(k) == "'s" || f.word(k) == "'" { k += 1 }
        // "the Ruritanian prime minister", "Ruritania's president": the head's title without
        // the holder's name.
        if !organ, f.mention(at: k) == nil, f.isIn(k, RuleEngine.headOfStateTitleWords), let t = verbs.titles.match(at: k, lemmas: f.lemmas), t.payload == .leads {
            let e = k + t.length
            return f.mention(at: e) == nil && !f.isIn(e, verbs.titles.allWords) ? e : nil
        }
        if !organ, !f.isIn(k, RuleEngine.officialPartyNouns), f.mention(at: k) == nil,
           f.isIn(k, RuleEngine.portfolioWords) || f.isIn(k, RuleEngine.ownerlessModifiers) || f.isIn(k, WordClass.governmentHeads) { k += 1 }
        guard f.mention(at: k) == nil, f.isIn(k, RuleEngine.officialPartyNouns), f.mention(at: k + 1) == nil else { return nil }
        return k + 1
    }

    /// "Ruritania's top diplomat met": the state whose unnamed officials' phrase ends right before
    /// the verb group at `v` (past auxiliaries and adverbs), when the subject search found none
    /// (a possessor before a word that is no government's does not stand for the state elsewhere).
    private func officialsSubject(_ p: ClauseParser, before v: Int) -> (group: [Int], distance: Int, relative: Bool)? {
        let f = p.f
        var k = v
        while k > 0, f.isIn(k - 1, RuleEngine.auxiliaries) || f.isIn(k - 1, WordClass.adverbs) { k -= 1 }
        if let m = f.mentions.indices.first(where: { officialsEnd(f, $0) == k }), !p.isObjectLike(m) {
            return ([m], v - f.mentions[m].tokenRange.upperBound, false)
        }
        // "A delegation from Ruritania visited ...".
        guard let m = f.mention(at: k - 1), f.mentions[m].tokenRange.upperBound == k, officialsFrom(f, m) else { return nil }
        var b = f.mentions[m].tokenRange.lowerBound - 3
        if b >= 0, f.isIn(b, RuleEngine.portfolioWords) || f.isIn(b, RuleEngine.ownerlessModifiers) { b -= 1 }
        if b >= 0, f.isIn(b, WordClass.determiners) { b -= 1 }
        guard b < 0 || f.lower[b] == "," || f.isIn(b, WordClass.boundaries) else { return nil }
        return ([m], v - k, false)
    }

    /// Whether mention `m`, a state, follows "officials from", "a delegation of": the state's
    /// unnamed officials.
    private func officialsFrom(_ f: SentenceFrame, _ m: Int) -> Bool {
        let b = f.mentions[m].tokenRange.lowerBound
        return f.types[m] == .country && f.mentions[m].form != .demonym && !f.isPossessive(m) && ["from", "of"].contains(f.word(b - 1))
            && b >= 2 && f.mentionAt[b - 2] < 0 && f.isIn(b - 2, RuleEngine.officialPartyNouns)
    }

    /// A state, or a person who heads one.
    private func sovereign(_ p: ClauseParser, _ m: Int) -> Bool {
        let t = p.f.types[m]
        if t == .country { return p.f.mentions[m].form != .demonym }
        return t == .person && leaderOf[p.f.mentions[m].nodeID] != nil
    }

    /// Nouns of a meeting held as the setting of what the clause says ("after talks with B").
    static let meetingNouns: WordSet = WordLists.set("meetingNouns")
    /// Prepositions that make a meeting noun the setting of the clause.
    static let settingPrepositions: Set<String> = ["after", "following", "during", "before", "at", "in"]

    /// The preposition of "after (his) (brief) talks with", when `noun` is a meeting noun
    /// followed by "with" inside such a phrase.
    private func meetingAdjunct(_ f: SentenceFrame, noun v: Int) -> Int? {
        // (Run for every token: the hashed word-class test first.)
        guard f.isIn(v, RuleEngine.meetingNouns), f.word(v + 1) == "with" else { return nil }
        var a = v - 1
        var steps = 0
        while a >= 0, steps < 3, f.mentionAt[a] < 0, !RuleEngine.settingPrepositions.contains(f.lower[a]),
              f.isIn(a, WordClass.determiners) || f.isIn(a, WordClass.possessivePronouns)
                || f.tokens[a].kind == .word && !f.tokens[a].isCapitalized && f.isIn(a, RuleEngine.meetingNounModifiers) {
            a -= 1
            steps += 1
        }
        return a >= 0 && RuleEngine.settingPrepositions.contains(f.lower[a]) ? a : nil
    }

    /// Adjectives of a meeting noun ("brief", "first").
    static let meetingNounModifiers: WordSet = WordLists.set("meetingNounModifiers")

    /// The subject of the clause a meeting adjunct sets: the name after the comma of a fronted
    /// one ("After talks with B, A signed"), else the subject of the clause it follows.
    private func adjunctSubject(_ p: ClauseParser, adjunct a: Int, noun v: Int) -> Int? {
        let f = p.f
        if a == 0 {
            guard let comma = (v..<min(f.count, v + 12)).first(where: { f.lower[$0] == "," }),
                  let m = f.mention(at: comma + 1), SentenceFrame.isActor(f.types[m]), !f.isPossessive(m),
                  f.mentions[m].form != .demonym else { return nil }
            return m
        }
        guard let s = p.subject(before: a, limit: 12), !s.relative, let first = s.group.first,
              f.mentions[first].form != .demonym, !f.isPossessive(first) else { return nil }
        // The subject opens the clause ("Chinese President A", "On Monday, A"): only its title
        // words, or an opening phrase set off by a comma, before it.
        var k = f.mentions[first].tokenRange.lowerBound - 1
        while k >= 0, f.mentionAt[k] >= 0 || f.tokens[k].isCapitalized || f.lower[k] == "the" { k -= 1 }
        guard k < 0 || f.lower[k] == "," && !f.lower[..<k].contains(",") && k <= 4 else { return nil }
        return first
    }

    /// The demonym of "his Ruritanian counterpart(,)" ending right before token `i`, if any.
    private func counterpartDemonym(_ f: SentenceFrame, before i: Int) -> Int? {
        var k = i - 1
        if f.word(k) == "," { k -= 1 }
        guard ["counterpart", "counterparts"].contains(f.word(k)), let d = f.mention(at: k - 1),
              f.mentions[d].form == .demonym, f.types[d] == .country else { return nil }
        return d
    }

    /// The first state or person from token `i`, past a demonym or possessor and title words.
    func meetingParty(_ p: ClauseParser, from i: Int) -> Int? {
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
                    if t == .country, f.mentions[m].form != .demonym || f.word(e) == "counterpart" || f.word(e) == "counterparts"
                        || officialsEnd(f, m) != nil { fallback = m }
                    k = f.mentions[m].tokenRange.upperBound
                    if f.word(k) == "'s" || f.word(k) == "'" { k += 1 }
                    steps += 1
                    continue
                }
                // "talks with U.S.-based firms": a name inside a compound modifier is no party.
                if f.word(e) == "-" { return nil }
                return t == .country || t == .person ? m : fallback
            }
            let w = f.lower[k]
            // "hosted a delegation from Ruritania": the delegation's state.
            if f.isIn(k, RuleEngine.officialPartyNouns), f.word(k + 1) == "from" || f.word(k + 1) == "of",
               let n = f.mention(at: k + 2), officialsFrom(f, n) {
                return n
            }
            if w == "a" || w == "an", f.isIn(k + 1, RuleEngine.officialPartyNouns) { k += 1; steps += 1; continue }
            guard w == "the" || w == "his" || w == "her" || w == "their" || w == "counterpart" || f.isIn(k, verbs.titles.allWords)
                || f.isIn(k, verbs.titleModifiers) else { return fallback }
            k += 1
            steps += 1
        }
        return fallback
    }
}

/// Talks about a matter with another side: "A discussed trade with B", "A is negotiating a
/// code of conduct with B", "A coordinated its response with B". Like a meeting, this is
/// dialogue between states, blocs or heads of state (a senator discussing a bill with a
/// colleague says nothing about states).
extension RuleEngine {
    /// Verbs (as lemmas) of talking a matter over with someone, who follows "with".
    static let dialogueVerbs: WordSet = WordLists.set("dialogueVerbs")

    func dialogues(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        for v in 0..<f.count where f.mentionAt[v] < 0 && f.isLemma(v, in: .dialogue) {
            if f.tokens[v].isCapitalized || f.isIn(v - 1, WordClass.determiners) || f.isIn(v - 1, WordClass.possessivePronouns) { continue }
            if (max(0, v - 3)..<v).contains(where: { f.isNegator($0, verbs) }) { continue }
            // The matter: a short phrase of plain words (a possessive pronoun may open it), then "with".
            var w = v + 1
            while w < min(f.count, v + 7), f.lower[w] != "with", f.tokens[w].kind == .word, !f.isIn(w, WordClass.boundaries) {
                // ("a code of conduct": a verb's form after an article or "of" is a noun.)
                if p.verbish[w], w > v + 1, !(f.isIn(w - 1, WordClass.determiners) || f.lower[w - 1] == "of") { break }
                if let m = f.mention(at: w) {
                    // Only a principle, a place or a possessive pronoun may be part of the matter.
                    guard [.principle, .region].contains(f.types[m]) || f.mentions[m].form == .reference
                            && f.isIn(w, WordClass.possessivePronouns) else { break }
                    w = f.mentions[m].tokenRange.upperBound
                    continue
                }
                w += 1
            }
            guard w > v + 1, f.word(w) == "with", let other = dialogueSide(p, from: w + 1),
                  let s = p.subject(before: v, limit: 10), !s.relative else { continue }
            // "discussed its dispute with X": a relation noun in the matter is the nominal rules' to
            // read; "with X stressing ...": an absolute clause, whose subject X is.
            if ((v + 1)..<w).contains(where: { RuleEngine.relationNouns[f.lower[$0]] != nil }) { continue }
            let after = f.mentions[other].tokenRange.upperBound
            if after < f.count, f.mentionAt[after] < 0, f.lower[after].hasSuffix("ing") { continue }
            if irrealis(p, .partnersWith, trigger: v..<(v + 1), arguments: [s.group]) { continue }
            // "wants to discuss X with B": talks sought are not held.
            let subjectEnd = f.span(of: s.group).upperBound
            if (subjectEnd..<v).contains(where: { f.lemmas[$0].contains(where: { WordClass.aspirationVerbs.contains($0) }) || f.isIn($0, WordClass.aspirationNouns) }) { continue }
            let sources = s.group.filter { dialogueParty(p, $0) && f.mentions[$0].nodeID != f.mentions[other].nodeID }
            out += pairs(p, sources, [other], .partnersWith, trigger: v..<(v + 1), rule: "meeting", distance: s.distance + w - v)
        }
        return out
    }

    /// A state, a bloc (or a body of member states) or a head of state, named by name.
    private func dialogueParty(_ p: ClauseParser, _ m: Int) -> Bool {
        let f = p.f
        guard f.mentions[m].form != .demonym, !f.isPossessive(m) else { return false }
        // A body of member states ("the EU", "ASEAN") acts as a bloc.
        return sovereign(p, m) || f.types[m] == .alliance || f.types[m] == .organization && memberships[f.mentions[m].nodeID] != nil
    }

    /// The side after "with": a state, bloc or head of state, past "the", a demonym and titles
    /// ("with Ruritanian President B").
    private func dialogueSide(_ p: ClauseParser, from i: Int) -> Int? {
        let f = p.f
        if let m = meetingParty(p, from: i), dialogueParty(p, m) { return m }
        var k = i
        if f.word(k) == "the" { k += 1 }
        guard let m = f.mention(at: k), f.types[m] != .person, dialogueParty(p, m), f.word(f.mentions[m].tokenRange.upperBound) != "-" else { return nil }
        return m
    }
}
