import KGraphModel

extension RuleEngine {
    /// Nominalized events: "Japan's proposal of an Asian NATO", "India's partnerships with the
    /// United States, Russia, France", "Chinese support for ..." ("the rivalry between X and Y"
    /// is ``reciprocal(_:)``'s). The source is the possessor or demonym before the noun, or
    /// failing that the clause subject ("India has engaged in partnerships with ...").
    /// Words of worry ("concerned about", "concern over"), which may be worry for a side.
    static let concernWords: WordSet = WordLists.set("concernWords")
    /// Words of feeling toward a side ("angry with", "concern over"), read only toward states and blocs.
    static let emotiveWords: WordSet = WordLists.set("emotiveWords")
    /// What one worries about for a side's sake: its security, economy, people.
    static let sympathyNouns: WordSet = WordLists.set("sympathyNouns")

    /// Whether the object ending before token `k` is a side's welfare: "'s" (or "'") and a
    /// sympathy noun within the next three words ("Ruritania's fragile economy").
    static func worriesForWelfare(_ p: ClauseParser, after k: Int) -> Bool {
        let f = p.f
        guard k < f.count, f.lower[k] == "'s" || f.lower[k] == "'" else { return false }
        return (k + 1..<min(f.count, k + 4)).contains { f.isIn($0, sympathyNouns) }
    }

    func nominal(_ t: Trigger, _ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var edge = t.entry.edge
        let start = t.range.lowerBound, end = t.range.upperBound
        // "no partnership with", "without support for": a negated noun says nothing.
        for k in max(0, start - 3)..<start where f.isNegator(k, verbs) { return [] }
        // "a less confrontational approach on X", "less support for Y": a weakened one says nothing.
        if f.word(start - 1) == "less" { return [] }
        // "the lack of a meeting with X", "in the absence of talks with Y".
        if RuleEngine.lackOf(f, before: start) { return [] }
        // "withheld military aid to X", "froze its support for X": support called off is none.
        if edge == .supports, (max(0, start - 4)..<start).contains(where: { f.isLemma($0, in: .transferDenial) }) { return [] }
        // "blocked Chile's membership of X", "backed its accession to Y": membership blocked,
        // opposed, sought or backed is not (yet) membership.
        if edge == .memberOf, let d = (max(0, start - 5)..<start).first(where: { f.isLemma($0, in: .membershipDenial) }) {
            // "Armenia froze its participation in X", "suspended their membership of Y": the
            // subject's own membership called off turns the body down.
            guard f.lemmas[d].contains(where: { RuleEngine.membershipSuspensions.contains($0) }),
                  f.word(start - 1) == "its" || f.word(start - 1) == "their" else { return [] }
            edge = .rejects
        }
        // "abandoned its policy of free trade", "scrapped Italy's commitment to X": a policy
        // given up is no longer upheld (the verb's own rule reads the rejection).
        if edge == .upholds, p.verbTriggers.contains(where: { v in
            v.entry.edge == .rejects && v.range.upperBound <= start && start - v.range.upperBound <= 3
                && (v.range.upperBound..<start).allSatisfy { f.mentionAt[$0] >= 0 || f.isIn($0, WordClass.determiners) || f.lower[$0] == "'s" || !p.verbish[$0] && f.tokens[$0].kind == .word }
        }) { return [] }
        if VerbLexicon.words(t.entry.phrase).last == "between" {
            return []  // see ``reciprocal(_:)``
        }
        guard let obj = p.object(from: end, limit: 6, possessorOK: [.tensionWith, .counters, .rejects, .supports, .upholds].contains(edge),
                                 modifiersOnly: [.supports, .proposes, .memberOf, .partnersWith].contains(edge),
                                 accept: accept(p, t.entry.edge)) else { return [] }
        // "worried about Ruritania's security", "concern for its citizens": worry for a side's
        // welfare is sympathy, not friction; worry about its conduct ("its missile tests") is.
        if f.isIn(start, RuleEngine.concernWords), RuleEngine.worriesForWelfare(p, after: f.span(of: obj.group).upperBound) { return [] }
        // "to appear tough on X", "looks hawkish on Y": a pose, not a stance.
        if (max(0, start - 2)..<start).contains(where: { ["appear", "appears", "appeared", "seem", "seems", "seemed", "look", "looks", "looked"].contains(f.lower[$0]) }) { return [] }
        // Feelings are read between sides only: "unhappy with the way X ran the firm", "worried
        // about American mass shootings", "concerns over Ruritania policy" say nothing of a tie.
        if f.isIn(start, RuleEngine.emotiveWords), !obj.group.allSatisfy({ m in
            (f.types[m] == .country || f.types[m] == .alliance) && f.mentions[m].form != .demonym && !p.modifiesNoun(m)
        }) { return [] }
        // "talks with the Ruritanian envoy stressing X": an absolute clause, whose subject the
        // noun's object is not.
        let after = f.span(of: obj.group).upperBound
        if f.word(end - 1) == "with", after < f.count, f.mentionAt[after] < 0, f.lower[after].hasSuffix("ing"),
           p.triggerAt[after] || p.isSpeech(after) != nil { return [] }
        // "India's ties with the US have soured": strained ties are tension.
        if edge == .partnersWith, let noun = t.range.first(where: { RuleEngine.relationNouns[f.lower[$0]] != nil }) {
            guard let e = strainAdjusted(edge, p, noun: noun, start: start, end: f.span(of: obj.group).upperBound) else { return [] }
            edge = e
        }
        if let poss = possessor(p, before: start) {
            if irrealisBefore(p, edge, start: f.span(of: poss.group).lowerBound) { return [] }
            return pairs(p, poss.group, obj.group, edge, trigger: t.range, rule: "nominal-possessive",
                         distance: poss.distance + obj.distance)
        }
        if let holders = stanceAsideHolders(p, before: start) {
            return pairs(p, holders, obj.group, edge, trigger: t.range, rule: "nominal-apposition", distance: obj.distance + 2)
        }
        if let app = appositionHead(p, before: start) {
            let heads = f.lower[start].hasSuffix("s") ? f.group(of: app) : [app]
            // "X, a founding partner of Acme Law": a person's partnership in a firm is a post there
            // (the title rules give serves), no partnership with it.
            if edge == .partnersWith, heads.allSatisfy({ f.types[$0] == .person }), verbs.titles.match(at: start, lemmas: f.lemmas) != nil,
               obj.group.allSatisfy({ f.types[$0] == .organization }) { return [] }
            return pairs(p, heads, obj.group, edge, trigger: t.range, rule: "nominal-apposition", distance: obj.distance + 2, sameListOK: true)
        }
        return nominalSubject(t, p, edge, obj: obj)
    }

    /// "the lack of", "the absence of" in the five words before `start`: the noun after it is missing.
    static func lackOf(_ f: SentenceFrame, before start: Int) -> Bool {
        (max(0, start - 5)..<start).contains { ["lack", "absence"].contains(f.lower[$0]) && f.word($0 + 1) == "of" }
    }

    /// The source of a nominal trigger without a possessor or apposition: the subject of an
    /// adjunct set off after it, or of the verb whose object the noun is.
    func nominalSubject(_ t: Trigger, _ p: ClauseParser, _ edge: EdgeType, obj: (group: [Int], distance: Int)) -> [Candidate] {
        let f = p.f
        let start = t.range.lowerBound
        // "Chile, in close cooperation with Peru, built ...": an adjunct set off after the subject.
        if edge == .partnersWith {
            var q = start - 1
            while q > 0, f.isIn(q, RuleEngine.relationNounModifiers) { q -= 1 }
            if f.word(q) == "in", f.word(q - 1) == ",", let s = f.mention(at: q - 2), !f.isPossessive(s),
               SentenceFrame.isActor(f.types[s]), f.mentions[s].form != .demonym {
                return pairs(p, f.group(of: s), obj.group, edge, trigger: t.range, rule: "nominal-subject", distance: obj.distance + 2)
            }
        }
        // "opened an investigation into accusations against Y": what is looked into is another's.
        var d = start - 1
        if f.word(d) == "the" || f.word(d) == "a" { d -= 1 }
        if ["into", "of"].contains(f.word(d)), d > 0, f.isIn(d - 1, RuleEngine.inquiryNouns) { return [] }
        // The noun must be the object of a verb of the clause ("has engaged in partnerships with").
        guard let k = governingVerb(p, before: start) else { return [] }
        // "X said the charges against Y were weak": after a verb of saying the noun opens the
        // reported clause; it is not the speaker's act.
        // ("said during talks with X": a noun in an adjunct is not reported.)
        if f.lemmas[k].contains(where: { RuleEngine.sayingLemmas.contains($0) }),
           !((k + 1)..<start).contains(where: { f.isIn($0, WordClass.prepositions) && f.lower[$0] != "of" }) { return [] }
        // "postings critical of X", "one of those wary of Y": an adjective right after a noun
        // describes that noun; only after a verb ("has been critical of") is it the subject's.
        if f.isIn(start, RuleEngine.stanceAdjectives) {
            // "wary of confronting Y": wary of an act, which the act's own verb reads (as refused).
            if t.range.upperBound < f.count, p.triggerAt[t.range.upperBound], f.lower[t.range.upperBound].hasSuffix("ing") { return [] }
            var a = start - 1
            while a > k, f.isIn(a, WordClass.adverbs) || MannerAdverbs.contains(f.lower[a]) || ["very", "so", "too", "more", "most"].contains(f.lower[a]) { a -= 1 }
            guard a == k else { return [] }
        }
        // "seeks a meeting with X": wanting talks is no partnership yet.
        if edge == .partnersWith, ["meeting", "summit", "talks", "talk", "call", "negotiations", "consultations"].contains(f.lower[start]),
           p.verbTriggers.contains(where: { $0.range.contains(k) && $0.entry.principleOnly }) { return [] }
        // "requested the meeting with X", "suggested arranging a meeting with Y": ties wanted
        // or proposed are not yet held. (An aspiration verb, not an adjective: "a previously
        // planned meeting with" was held; "seeks closer ties with" tells of ties there are.)
        // ("made a pitch for meeting with X", "a call for talks with Y": a proposal's object.)
        if edge == .partnersWith, (max(0, start - 4)..<start).contains(where: { k in
            f.mentionAt[k] < 0 && f.isIn(k, WordClass.proposalNouns) && f.word(k + 1) == "for"
                || f.mentionAt[k] < 0 && (f.lemmas[k].contains(where: { WordClass.aspirationVerbs.contains($0) })
                && (f.word(k + 1) == "to" || f.isIn(k + 1, WordClass.determiners))
                || p.verbTriggers.contains { $0.range.contains(k) && $0.entry.edge == .proposes })
        }) { return [] }
        // "aimed at ending the war with Ukraine", "fueling the war in X": only one who wages,
        // launches or fights a war (invasion, attack) is a side in it.
        if edge == .tensionWith, f.isIn(start, RuleEngine.violentNouns),
           !f.isLemma(k, in: .war) { return [] }
        var from = k
        let governingTrigger = p.verbTriggers.first(where: { $0.range.contains(k) })
        // "opposed new aid to X", "criticized sanctions on Y": the subject takes a stance on the
        // act; the act is someone else's.
        // ("threatened sanctions against Y", "threatens tariffs on Y": a measure threatened is
        // the threatener's own, aimed at Y.)
        let threatened = (edge == .counters || edge == .tensionWith) && f.lemmas[k].contains("threaten")
        if let vt = governingTrigger, !threatened, [.rejects, .tensionWith, .counters].contains(vt.entry.edge) && !vt.entry.inverse || f.isLemma(k, in: .resisting) {
            return []
        }
        if let vt = governingTrigger { from = p.verbGroup(before: vt.range.lowerBound, trigger: vt).start }
        // "refused to join sanctions against X", "did not seek talks with Y": the subject
        // turned the act down, so the noun is not theirs.
        let governing = Trigger(range: k..<(k + 1), entry: .init(phrase: f.lower[k], edge: edge, inverse: false, nominal: false))
        let g = p.verbGroup(before: k, trigger: governing)
        if g.negated || g.refusal != nil { return [] }
        // "Peru's decision to impose 25% tariffs on X": the possessor of the control noun
        // heading the light verb's group is its subject, as for a trigger's group.
        if governingTrigger == nil, g.start < k, p.f.word(g.start - 1) == "'s" { from = g.start }
        guard let s = p.subject(before: from, limit: 12) else { return [] }
        // "urged X to take action against Y", "lobbying X to hold back a deal with Y": the act
        // asked of someone is not done.
        if let first = s.group.first {
            var v = f.mentions[first].tokenRange.lowerBound - 1
            if f.isIn(v, WordClass.determiners) { v -= 1 }
            if v >= 0, f.isLemma(v, in: .persuasion) { return [] }
            // ("X urged the administration to safeguard relations with Y": the one urged, no
            // entity here, is the subject of the act, whatever X does.)
            let end = f.span(of: s.group).upperBound
            if end < from, (end..<from).contains(where: { v in
                f.mentionAt[v] < 0 && f.isLemma(v, in: .persuasion) && ((v + 2)..<(from + 1)).contains { f.word($0) == "to" } }) { return [] }
        }
        if irrealis(p, edge, trigger: t.range, arguments: [s.group]) { return [] }
        // "did not attend a previously scheduled meeting with X": a verb's negation anywhere
        // between the subject and the noun.
        if RuleEngine.irrealisEdges.contains(edge),
           (f.span(of: s.group).upperBound..<start).contains(where: { f.lower[$0] == "not" || f.lower[$0] == "never" || f.lower[$0].hasSuffix("n't") }) {
            return []
        }
        // "a modernization plan for the State Department" concerns the body; it proposes no body.
        if edge == .proposes, obj.group.contains(where: { f.types[$0] == .organization }) { return [] }
        // "announced three new members of the panel": members counted as the object of a verb
        // other than "be" or "become" are others, not the subject ("X is one of five members of Y" is).
        if edge == .memberOf, countedMembers(p, at: start, after: f.span(of: s.group).upperBound) { return [] }
        return pairs(p, s.group, obj.group, edge, trigger: t.range, rule: "nominal-subject", distance: s.distance + obj.distance)
    }

    /// The verb whose object the noun starting at `start` is, close before it in the clause.
    func governingVerb(_ p: ClauseParser, before start: Int) -> Int? {
        let f = p.f
        var k = start - 1
        // "one of" and a common noun's possessive ("the region's") describe the noun; they do
        // not count towards the distance from its verb.
        var floor = start - 7
        while k >= max(0, floor) {
            // "signed a free trade agreement with X": a principle or place modifying the noun.
            if let n = f.mention(at: k) {
                guard f.types[n] == .principle || f.types[n] == .region, !f.isPossessive(n) else { return nil }
                k = f.mentions[n].tokenRange.lowerBound - 1
                continue
            }
            if f.lower[k] == "of", f.word(k - 1) == "one" || f.lower[k] == "'s" && f.word(k - 2) == "the" { floor -= 2 }
            // "signed a defence pact with X in 2023 and a security treaty with Y": the second of
            // two nouns of one kind joined as objects of one verb; that verb governs both.
            if f.lower[k] == "and", f.isIn(k + 1, WordClass.determiners),
               let prior = p.nominalTriggers.last(where: { $0.range.upperBound <= k && $0.range.lowerBound >= k - 12 }),
               !(prior.range.upperBound..<k).contains(where: { f.isIn($0, WordClass.boundaries) || f.lower[$0] == "," || p.verbish[$0] }) {
                return governingVerb(p, before: prior.range.lowerBound)
            }
            if p.verbish[k] { return k }
            if f.isIn(k, WordClass.boundaries) || f.lower[k] == "," { return nil }
            // "consulted with members of X": the noun names others, not the subject.
            if ["with", "among", "against", "from", "by", "to"].contains(f.lower[k]) { return nil }
            k -= 1
        }
        return nil
    }

    /// Verbs of saying (as lemmas) after which a noun opens a reported clause ("said the talks ...").
    /// Narrower than the speech table: after "announced", "declared" the noun is the act itself
    /// ("announced sanctions on X").
    static let sayingLemmas: WordSet = WordLists.set("sayingLemmas")

    /// Verbs (as lemmas) that block, oppose, seek or back a membership rather than state it.
    static let membershipDenials: WordSet = WordLists.set("membershipDenials")

    /// Verbs (as lemmas) that call off one's own membership for a while ("froze its
    /// participation in", "suspended its membership of").
    static let membershipSuspensions: WordSet = WordLists.set("membershipSuspensions")

    /// Adjectives that state a stance toward someone ("critical of", "wary of", "supportive of").
    static let stanceAdjectives: WordSet = WordLists.set("stanceAdjectives")

    /// Nouns naming a part of a body ("the armed wing of X", "an affiliate of X").
    static let partNouns: WordSet = WordLists.set("partNouns")

    /// Nouns of armed conflict, and the verbs that make the clause subject a side in one.
    static let violentNouns: WordSet = WordLists.set("violentNouns")
    static let warVerbs: Set<String> = WordLists.strings("warVerbs")

    /// Words an adjective phrase set off after a name may open with before its stance adjective
    /// ("X, both wary of Y", "X, long at odds with Y").
    static let asideStanceFillers: WordSet = WordLists.set("asideStanceFillers")

    /// "Egypt, long at odds with Ethiopia, signed ...", "A and B, both wary of C, ...": a stance
    /// adjective set off by a comma right after the names opening the sentence is theirs. The
    /// names are the subject only when no verb stands before them ("A met B, wary of C" is A's).
    func stanceAsideHolders(_ p: ClauseParser, before start: Int) -> [Int]? {
        let f = p.f
        var i = start
        // "at odds with", "at loggerheads with": the phrase opens with "at".
        if f.word(i - 1) == "at" { i -= 1 }
        guard f.isIn(start, RuleEngine.stanceAdjectives) || f.lower[i] == "at" else { return nil }
        i -= 1
        var steps = 0
        while i > 0, steps < 3, f.mentionAt[i] < 0,
              f.isIn(i, RuleEngine.asideStanceFillers) || f.isIn(i, WordClass.adverbs) || (UTF8Bytes.characterCount(f.lower[i]) > 5 && f.lower[i].hasSuffix("ly")) {
            i -= 1
            steps += 1
        }
        guard f.word(i) == ",", let m = f.mention(at: i - 1), SentenceFrame.isActor(f.types[m]), !f.isPossessive(m),
              f.mentions[m].form != .demonym else { return nil }
        // The phrase is an aside closed by a comma before the verb ("X, wary of Y, signed"), not
        // a trailing phrase ("A met B, wary of C" is A's).
        guard let close = (start..<min(f.count, start + 16)).first(where: { [",", ".", ";", ":"].contains(f.lower[$0]) || f.isIn($0, WordClass.dashes) }),
              f.lower[close] == "," else { return nil }
        let group = f.group(of: m)
        // The names open the sentence, or follow a fronted phrase set off by a comma.
        var b = (group.map { f.mentions[$0].tokenRange.lowerBound }.min() ?? f.mentions[m].tokenRange.lowerBound) - 1
        if f.word(b) == "the" { b -= 1 }
        guard b < 0 || f.word(b) == "," else { return nil }
        return group
    }

    /// "X, a close ally of Y": a noun in apposition to a mention.
    func appositionHead(_ p: ClauseParser, before start: Int) -> Int? {
        var i = start - 1
        var steps = 0
        while i >= 0, steps < 4, p.f.mentionAt[i] < 0 {
            let w = p.f.lower[i]
            if w == "a" || w == "an" || w == "the" {
                // (Set off by a comma, a dash or a parenthesis: "X – a close ally of Y –".)
                if [",", "–", "—", "("].contains(p.f.word(i - 1)), let m = p.f.mention(at: i - 2), SentenceFrame.isActor(p.f.types[m]) { return m }
                // "X, founder of Y and a supporter of Z": the second of two coordinated appositions.
                if p.f.word(i - 1) == "and" { return coordinatedAppositionHead(p, and: i - 1) }
                return nil
            }
            // "A and B, (both) partners of C": a plural noun set off after a list of names.
            if w == "," || (w == "both" || w == "all") && p.f.word(i - 1) == ",", p.f.lower[start].hasSuffix("s") {
                let c = w == "," ? i : i - 1
                if let m = p.f.mention(at: c - 1), SentenceFrame.isActor(p.f.types[m]), p.f.group(of: m).count > 1 { return m }
                return nil
            }
            if WordClass.boundaries.contains(w) || WordClass.prepositions.contains(w) || w == "," || p.verbish[i] { return nil }
            i -= 1
            steps += 1
        }
        return nil
    }

    /// The person before "X, <apposition> and" where `and` is at token `a`: the first apposition
    /// is one singular description of a person, opened by an article or a title word ("a lawyer",
    /// "another Republican", "founder of Y"), with no person's name, verb, clause boundary or
    /// other comma in it. A list of people ("X, Senator Y and a critic of Z", "X, three aides and
    /// ...") or a new clause (", and a critic said") is no apposition.
    func coordinatedAppositionHead(_ p: ClauseParser, and a: Int) -> Int? {
        let f = p.f
        var k = a - 1
        while k > 0, a - k <= 12 {
            if let m = f.mention(at: k) {
                if f.types[m] == .person { return nil }
                k = f.mentions[m].tokenRange.lowerBound - 1
                continue
            }
            let w = f.lower[k]
            if w == "," {
                let first = k + 1
                guard first < a, let m = f.mention(at: k - 1), f.types[m] == .person, f.mentionAt[first] < 0,
                      ["a", "an", "another", "the"].contains(f.lower[first]) || verbs.titles.match(at: first, lemmas: f.lemmas) != nil,
                      !f.isCount(first) else { return nil }
                // ("the farmers and a critic of Y": a plural is a group, not X.)
                let last = f.lower[a - 1]
                if f.mentionAt[a - 1] < 0, last.count > 3, last.hasSuffix("s"), !last.hasSuffix("ss"), verbs.titles.match(at: a - 1, lemmas: f.lemmas) == nil {
                    return nil
                }
                return m
            }
            if WordClass.boundaries.contains(w) || p.verbish[k] || w == "and" || w == "or" || f.tokens[k].kind != .word { return nil }
            k -= 1
        }
        return nil
    }

    /// Nouns that modify a relation noun between its owner and it ("the U.S. pressure campaign",
    /// "Washington's maximum pressure"), some of them verbs elsewhere.
    static let ownedNounModifiers: WordSet = WordLists.set("ownedNounModifiers")
    /// Prepositions that make a state's name a place ("officials in Peru").
    static let placePrepositions: WordSet = WordLists.set("placePrepositions")

    /// "X's [adjectives] N", "the Xian [government's] N", "Xian N".
    func possessor(_ p: ClauseParser, before start: Int) -> (group: [Int], distance: Int)? {
        let f = p.f
        var i = start - 1
        var steps = 0
        while i >= 0, steps < 4 {
            if let m = f.mention(at: i) {
                guard SentenceFrame.isActor(f.types[m]) else { return nil }
                if f.mentions[m].form == .demonym || f.isPossessive(m) { return (f.word(i + 1) == "'s" ? f.group(of: m) : [m], start - i - 1) }
                // "a U.S. commitment to": a state's name right before the noun.
                // ("U.S. military operations against", "NATO strikes on": a body's name there too, before
                // a noun; "the party campaigned against" is a verb.)
                // ("the U.S. pressure campaign against": a state's name before modifiers of the noun;
                // "officials in Peru pressure ..." is a place.)
                let e = f.mentions[m].tokenRange.upperBound
                if e < start, f.types[m] == .country, f.mentions[m].form == .name, !f.isIn(f.mentions[m].tokenRange.lowerBound - 1, RuleEngine.placePrepositions),
                   (e..<start).allSatisfy({ f.isIn($0, RuleEngine.relationNounModifiers) || f.isIn($0, RuleEngine.ownedNounModifiers) }) {
                    return ([m], start - e)
                }
                if e == start,
                   f.types[m] == .country || ([.alliance, .organization].contains(f.types[m]) && !p.verbish[start] && !f.lower[start].hasSuffix("ed")) { return ([m], 0) }
                return nil
            }
            let w = f.lower[i]
            if w == "'s" {
                if let m = f.mention(at: i - 1), SentenceFrame.isActor(f.types[m]) { return (f.group(of: m), start - i) }
                // "the Indian government's refusal"
                if f.isIn(i - 1, WordClass.governmentHeads), let m = f.mention(at: i - 2), f.mentions[m].form == .demonym {
                    return ([m], start - i)
                }
                return nil
            }
            if WordClass.governmentHeads.contains(w), i == start - 1 || steps > 0 { i -= 1; steps += 1; continue }
            // Only modifiers may stand between the possessor and the noun ("maximum pressure").
            if WordClass.boundaries.contains(w) || WordClass.prepositions.contains(w) || w == "," || w == "and" || w == "the"
                || w == "a" || w == "an" || p.verbish[i] && !f.isIn(i, RuleEngine.ownedNounModifiers) { return nil }
            i -= 1
            steps += 1
        }
        return nil
    }

    /// Words after a body's name that introduce its members ("BRICS members", "Quad nations").
    static let memberListWords: Set<String> = WordLists.strings("memberListWords")
    /// Counts and ranks that may stand before "members of" in an apposition ("the two
    /// largest members of X", "one of the newest members of X").
    static let memberRankWords: WordSet = WordLists.set("memberRankWords")

    /// Membership stated by apposition or by naming members: "BRICS members Brazil and Russia",
    /// "Japan and Australia, both members of the Quad", "the BRICS group of Brazil, Russia, ...".
    func membershipLists(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        for m in f.mentions.indices {
            let r = f.mentions[m].tokenRange
            let t = f.types[m]
            // A politician and the party named with them: "X of the Democratic Progressive party",
            // "Netanyahu's Likud party".
            if t == .person, f.mentions[m].form == .name { out += partyMembership(p, m) }
            if t == .alliance || t == .organization, !f.isPossessive(m) { out += namedMembers(p, m) }
            // [A and B], (both|all)? (a|the)? (founding)? member(s) of [Alliance]
            if SentenceFrame.isActor(t), t != .person, f.word(r.upperBound) == ",", f.group(of: m).last == m {
                out += membershipApposition(p, m)
            }
        }
        return out
    }

    /// The party named right after a politician `m` ("X of the Y party", "X's Y party").
    func partyMembership(_ p: ClauseParser, _ m: Int) -> [Candidate] {
        let f = p.f
        let r = f.mentions[m].tokenRange
        func isParty(_ n: Int) -> Bool {
            f.types[n] == .organization && (f.mentions[n].text.lowercased().hasSuffix("party")
                || nodes[f.mentions[n].nodeID]?.label.lowercased().hasSuffix("party") == true)
        }
        var k = r.upperBound
        if f.word(k) == "'s" { k += 1 } else if f.word(k) == "of" { k += 1; if f.word(k) == "the" { k += 1 } } else { k = -1 }
        if k > 0, let n = f.mention(at: k), isParty(n) {
            return pairs(p, [m], [n], .memberOf, trigger: r.upperBound..<k, rule: "member-party", distance: k - r.upperBound)
        }
        return []
    }

    /// Members named after an alliance or organization `m`: "[Alliance] members [A, B and C]",
    /// "[Alliance] (A, B, C and D)", "the [Alliance] group of [A, B, C]".
    func namedMembers(_ p: ClauseParser, _ m: Int) -> [Candidate] {
        let f = p.f
        let r = f.mentions[m].tokenRange
        var out: [Candidate] = []
        // [Alliance] members [A, B and C]
        var i = r.upperBound
        var sawMember = false
        while i < f.count, i < r.upperBound + 3, f.mentionAt[i] < 0 {
            let w = f.lower[i]
            if RuleEngine.memberListWords.contains(w) { sawMember = true } else if w != "fellow" && w != "member" { break }
            i += 1
        }
        if sawMember, let n = f.mention(at: i), f.types[n] == .country {
            let g = f.group(of: n).filter { f.types[$0] == .country && f.mentions[$0].form != .demonym }
            out += pairs(p, g, [m], .memberOf, trigger: r.upperBound..<i, rule: "member-list", distance: i - r.upperBound)
        }
        // [Alliance] (A, B, C and D)
        if f.word(r.upperBound) == "(", let n = f.mention(at: r.upperBound + 1), f.types[n] == .country {
            let g = f.group(of: n).filter { f.types[$0] == .country && f.mentions[$0].form == .name }
            if g.count >= 2, f.word(f.span(of: g).upperBound) == ")" {
                out += pairs(p, g, [m], .memberOf, trigger: r.upperBound..<(r.upperBound + 1), rule: "member-list", distance: 1)
            }
        }
        // "[Alliance], (a maritime grouping) whose members include [A, B and C]": the relative
        // clause names the body's members.
        if f.word(r.upperBound) == "," {
            var w = r.upperBound + 1
            // (The apposition may itself be read as a mention of the body: "a maritime grouping".)
            while w < min(f.count, r.upperBound + 7), f.mentionAt[w] < 0 || f.mentions[f.mentionAt[w]].nodeID == f.mentions[m].nodeID,
                  f.lower[w] != "whose", f.tokens[w].kind == .word,
                  !f.isIn(w, WordClass.boundaries) { w += 1 }
            if f.word(w) == "whose", RuleEngine.memberListWords.contains(f.word(w + 1)) {
                var v = w + 2
                if RuleEngine.memberListWords.contains(f.word(v)) { v += 1 }  // "member states"
                if ["include", "includes", "included", "comprise", "comprises", "are", "were"].contains(f.word(v)) {
                    var k = v + 1
                    if f.word(k) == "the" { k += 1 }
                    if let n = f.mention(at: k), f.types[n] == .country, f.mentions[n].form != .demonym {
                        let g = f.group(of: n).filter { $0 >= n && f.types[$0] == .country && f.mentions[$0].form != .demonym }
                        out += pairs(p, g, [m], .memberOf, trigger: w..<(v + 1), rule: "member-list", distance: k - r.upperBound)
                    }
                }
            }
        }
        // the [Alliance] group/grouping/bloc of [A, B, C]
        if ["group", "grouping", "bloc", "alliance", "forum"].contains(f.word(r.upperBound)), f.word(r.upperBound + 1) == "of",
           let n = f.mention(at: r.upperBound + 2) ?? f.mention(at: r.upperBound + 3), f.types[n] == .country {
            let g = f.group(of: n).filter { f.types[$0] == .country }
            if g.count >= 2 {
                out += pairs(p, g, [m], .memberOf, trigger: r.upperBound..<(r.upperBound + 2), rule: "member-list", distance: 2)
            }
        }
        return out
    }

    /// "[A and B], (both|all)? (a|the)? (founding)? member(s) of [Alliance]" after the last
    /// name `m` of a list, and a body's wing or branch.
    func membershipApposition(_ p: ClauseParser, _ m: Int) -> [Candidate] {
        let f = p.f
        let r = f.mentions[m].tokenRange
        let t = f.types[m]
        var i = r.upperBound + 1
        // "A, one of the founding members of X".
        if f.word(i) == "one", f.word(i + 1) == "of" { i += 2 }
        while ["both", "all", "a", "an", "the", "founding", "fellow", "full", "key", "permanent", "armed", "military",
               "political", "youth", "militant", "paramilitary", "local", "regional", "overseas", "foreign"].contains(f.word(i))
                // "A and B, the two largest members of X": a count and a rank.
                || f.isIn(i, RuleEngine.memberRankWords) { i += 1 }
        // "the Qassam Brigades, the armed wing of Hamas": a body's wing or branch is part of it.
        let part = f.isIn(i, RuleEngine.partNouns) && t != .country
        // "Denmark, a signatory of the treaty": one who signed the founding pact belongs to it.
        let signatory = t != .person && (f.word(i) == "signatory" || f.word(i) == "signatories") && ["of", "to"].contains(f.word(i + 1))
        if f.word(i) == "member" || f.word(i) == "members" || part || signatory, f.word(i + 1) == "of" || signatory, let n = f.mention(at: i + 2) ?? f.mention(at: i + 3),
           f.types[n] == .alliance || f.types[n] == .organization {
            // ("A and B, a subsidiary of C": a singular part noun is the last name's alone.)
            let g = part && !f.lower[i].hasSuffix("s") ? [m] : f.group(of: m).filter { f.types[$0] != .person }
            return pairs(p, g, [n], .memberOf, trigger: i..<(i + 2), rule: "member-apposition", distance: i - r.upperBound)
        }
        return []
    }

    /// Whether the members noun at `start` is counted ("three new members") and governed by a
    /// verb after `from` that does not link the subject to them.
    func countedMembers(_ p: ClauseParser, at start: Int, after from: Int) -> Bool {
        let f = p.f
        var c = start - 1
        while c > from, start - c < 3, f.tokens[c].kind == .word, !f.tokens[c].isCapitalized, !f.isCount(c), !p.verbish[c] { c -= 1 }
        guard c > from, f.isCount(c) || f.lower[c] == "some" else { return false }
        // "was admitted as one of three new members", "joined as one of ...": "as" makes them the subject's.
        if f.word(c - 1) == "as" || f.word(c - 1) == "of" && f.word(c - 2) == "one" && f.word(c - 3) == "as" { return false }
        // The verb governing the noun phrase (the last before it): "has been one of", "became one of" link.
        guard let v = (from..<c).last(where: { p.verbish[$0] }) else { return false }
        return !f.isLemma(v, in: .linking)
    }
}
