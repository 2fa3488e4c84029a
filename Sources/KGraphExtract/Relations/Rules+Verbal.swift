import KGraphModel

/// How a verb trigger reads in its verb group: the edge it asserts, whether negation or refusal
/// turned it into `rejects`, and the rule id of the reading.
struct VerbalReading {
    var edge: EdgeType
    var flipped: Bool
    var rule: String
}

extension RuleEngine {
    /// Verbs whose particle "back" is no backing ("roll back", "scale back"), in every
    /// inflected form.
    static let backParticleVerbs = WordSet(WordLists.strings("backParticleVerbs").flatMap(Inflection.forms(of:)))
    /// Verbs of showing a scene ("shows", "pictured"), in every inflected form: who stands
    /// behind or with someone there stands in a picture.
    static let depictionVerbs = WordSet(WordLists.strings("depictionVerbs").flatMap(Inflection.forms(of:)))
    /// Nouns of a stance toward something ("hostility", "objections", "opposition").
    static let stanceNouns: WordSet = WordLists.set("stanceNouns")

    /// Subject–verb–object through a verb trigger, with passive voice, relative clauses,
    /// purpose clauses ("an alliance to counter China"), inverse verbs ("brings together X"),
    /// and negation or refusal turning membership, support and proposals into `rejects`.
    func verbal(_ t: Trigger, _ p: ClauseParser) -> [Candidate] {
        // "Finance Minister X", "Defense Secretary Y": a capitalized word before a title is part
        // of the title, not a verb.
        let v = t.range.lowerBound
        if v + 1 < p.f.count, p.f.tokens[v].isCapitalized, p.f.tokens[v + 1].isCapitalized,
           verbs.titles.match(at: v + 1, lemmas: p.f.lemmas) != nil { return [] }
        // "did not discuss trade with X": a relation noun right after a verb of talking or a light
        // verb is that verb's object, so that verb's negation holds for it.
        if v > 1, p.f.mentionAt[v - 1] < 0, RuleEngine.relationNouns[p.f.lower[v]] != nil,
           p.f.isLemma(v - 1, in: .dialogue) || verbs.light.matchEnding(at: v, lemmas: p.f.lemmas, maxLength: 2) != nil,
           (max(0, v - 4)..<(v - 1)).contains(where: { p.f.isNegator($0, verbs) }) {
            return []
        }
        // "hostility to Ukraine joining NATO", "dropped its objections to Sweden joining": a
        // joining with its own subject, after a stance, is talked about, not done.
        if t.entry.edge == .memberOf, p.f.lower[v].hasSuffix("ing"), let m = p.f.mention(at: v - 1) {
            let lo = p.f.mentions[m].tokenRange.lowerBound
            if (max(0, lo - 4)..<lo).contains(where: { p.f.isLemma($0, in: .membershipDenial) || p.f.isIn($0, RuleEngine.stanceNouns) }) { return [] }
        }
        let g = p.verbGroup(before: t.range.lowerBound, trigger: t)
        guard var reading = verbalReading(t, g, p) else { return [] }
        // "Peru suspended travel and trade with Chile": a noun the object of a verb that curbs it
        // (read by ``tradeCurbs(_:)``), no tie.
        if reading.edge == .partnersWith, !reading.flipped, g.start == v, curbedFlow(before: v, p) { return [] }
        // "roll back the detente", "scaled back support": "back" is the particle of the verb
        // before it, no backing.
        if t.range.count == 1, t.entry.phrase == "back", t.range.lowerBound > 0,
           p.f.isIn(t.range.lowerBound - 1, RuleEngine.backParticleVerbs) { return [] }
        // "a photo shows A standing behind B": a place in a picture, no backing.
        if t.entry.phrase.hasPrefix("stand "), p.f.lower[t.range.lowerBound].hasSuffix("ing"),
           (max(0, t.range.lowerBound - 6)..<t.range.lowerBound).contains(where: { p.f.isIn($0, RuleEngine.depictionVerbs) }) { return [] }
        // "helped lead the inquiry into X": what is helped is the act of the verb after it.
        if ["help", "assist"].contains(t.entry.phrase), t.range.upperBound < p.f.count, p.f.mentionAt[t.range.upperBound] < 0,
           p.verbish[t.range.upperBound] || bareVerbAfterHelp(p, at: t.range.upperBound) { return [] }
        let edge = reading.edge
        let principleOnly = t.entry.principleOnly
        let end = t.range.upperBound
        let targetOK: (Int) -> Bool = { m in (!principleOnly || p.f.types[m] == .principle) && self.accept(p, edge)(m) }
        if modifiesNounNotClause(t, p, g) { return [] }
        if let passive = reducedPassive(t, p, g, edge, targetOK: targetOK) { return passive }
        // Arguments.
        var subj: (group: [Int], distance: Int)?
        var obj: (group: [Int], distance: Int)?
        if g.passive, edge == .memberOf, p.f.word(end) == "in" || p.f.word(end) == "at" {
            return passiveJoinedIn(t, p, g)
        }
        if g.passive {
            let end = coordinatedVerbEnd(t, p)
            guard p.f.word(end) == "by", let agent = p.object(from: end + 1, limit: 3, accept: { SentenceFrame.isActor(p.f.types[$0]) }) else { return [] }
            guard let patient = p.subject(before: g.start) else { return [] }
            subj = agent
            obj = (patient.group.filter(targetOK), patient.distance)
            reading.rule = reading.flipped ? reading.rule : "svo-passive"
        } else {
            guard activeSubject(t, p, g, &reading, &subj) else { return [] }
            obj = activeObject(t, p, subj: subj, &reading, targetOK: targetOK)
        }
        if let reciprocal = reciprocalPairs(t, p, g, reading, subj: subj, obj: obj) { return reciprocal }
        guard let s = subj, var o = obj, !o.group.isEmpty else { return [] }
        // "violated Ukraine's sovereignty", "undermined their democracy": harm to another side's
        // own principle is no stance on the idea (its own, "dumped its free trade", still is).
        if principleOnly, edge == .rejects {
            let own = Set(s.group.map { p.f.mentions[$0].nodeID })
            o.group = o.group.filter { m in
                var b = p.f.mentions[m].tokenRange.lowerBound - 1
                while b >= 0, p.f.isIn(b, WordClass.quotes) { b -= 1 }
                let owner = p.f.word(b) == "'s" ? p.f.mention(at: b - 1) : p.f.mention(at: b).flatMap { p.f.isPossessive($0) ? $0 : nil }
                return owner.map { own.contains(p.f.mentions[$0].nodeID) } ?? true
            }
            if o.group.isEmpty { return [] }
        }
        // ("Ruritania relies on Freedonia for loans": only between states.)
        if t.entry.statesOnly, !(s.group + o.group).allSatisfy({ [.country, .alliance].contains(p.f.types[$0]) }) { return [] }
        if irrealis(p, reading.edge, trigger: t.range, arguments: [s.group, o.group]) { return [] }
        if mandative(t, p, g, reading.edge, subject: s.group) { return [] }
        if conditionalSubject(p, before: p.f.span(of: s.group).lowerBound) { return [] }
        return verbalPairs(t, p, g, reading, subj: s, obj: o)
    }

    /// "If Ruritania attacks X, ...", "unless President A backs X": a subject opening a
    /// condition states no act.
    func conditionalSubject(_ p: ClauseParser, before start: Int) -> Bool {
        var k = start - 1
        var steps = 0
        while k >= 0, steps < 3, p.f.mentionAt[k] < 0, ["the", "a", "an"].contains(p.f.lower[k]) || p.f.tokens[k].isCapitalized && !["if", "unless"].contains(p.f.lower[k]) {
            k -= 1
            steps += 1
        }
        return k >= 0 && ["if", "unless"].contains(p.f.lower[k])
    }

    /// "helped justify the CIA's program", "help ensure House acceptance", "helped probe T's
    /// campaign": a plain lowercase word right after "help", itself followed by an article, a
    /// possessive pronoun or a name, is a bare infinitive (no noun object stands before another).
    func bareVerbAfterHelp(_ p: ClauseParser, at n: Int) -> Bool {
        let f = p.f
        guard n + 1 < f.count, f.mentionAt[n] < 0, f.tokens[n].kind == .word, !f.tokens[n].isCapitalized else { return false }
        let w = f.lower[n]
        if WordClass.determiners.contains(w) || WordClass.prepositions.contains(w) || WordClass.adverbs.contains(w) || w.hasSuffix("ly")
            || WordClass.personPronouns.contains(w) || WordClass.theyPronouns.contains(w) || WordClass.itPronouns.contains(w)
            || WordClass.firstPersonPlural.contains(w) || w == "and" || w == "or" { return false }
        let next = f.lower[n + 1]
        return ["the", "a", "an"].contains(next) || WordClass.possessivePronouns.contains(next) || f.mentionAt[n + 1] >= 0
    }

    /// Words that ask for an act in a "that" clause ("urged that", "his demand that").
    static let mandativeWords: WordSet = WordLists.set("mandativeWords")

    /// A mandative subjunctive: "his urgings that the FBI investigate X", "demanded that Peru
    /// back Y": a bare verb whose subject follows "that" after a word asking for the act
    /// states no act.
    func mandative(_ t: Trigger, _ p: ClauseParser, _ g: VerbGroup, _ edge: EdgeType, subject: [Int]) -> Bool {
        let v = t.range.lowerBound
        guard RuleEngine.irrealisEdges.contains(edge) || edge == .memberOf, g.start == v,
              let head = t.entry.phrase.split(separator: " ").first, p.f.lower[v] == head,
              let first = subject.first else { return false }
        var k = p.f.mentions[first].tokenRange.lowerBound - 1
        if p.f.isIn(k, WordClass.determiners) { k -= 1 }
        guard p.f.word(k) == "that", k > 0 else { return false }
        // "what we are demanding is that X sanction Y", "the request was that ...".
        let w = ["is", "was", "remains"].contains(p.f.word(k - 1)) ? k - 2 : k - 1
        return w >= 0 && p.f.isIn(w, RuleEngine.mandativeWords)
    }

    /// Verbs (as lemmas) of giving something up ("withdraw", "halt", "abandon"): an act a side
    /// is pressed into against its will.
    static let yieldingVerbs: WordSet = WordLists.set("yieldingVerbs")

    /// Refusal words (as lemmas) that turn dealings down to another side's face ("refused",
    /// "declined", "unwilling"), unlike dealings avoided or stopped.
    static let snubWords: WordSet = WordLists.set("snubWords")

    /// Verbs (as lemmas) of dealing with another side ("negotiate", "meet", "cooperate"), whose
    /// refusal is a snub.
    static let dealingVerbs: WordSet = WordLists.set("dealingVerbs")

    /// Nouns of an inquiry ("probe", "investigation"): founding one founds nothing it looks into.
    static let inquiryNouns: WordSet = WordLists.set("inquiryNouns")

    /// Verbs of scrutiny ("investigate"), which act against a named body or person only.
    static let scrutinyVerbs: Set<String> = WordLists.strings("scrutinyVerbs")

    /// Whether the words after an object ask an act of it: "to" and a verb, or "into" and a
    /// verb in -ing ("pressed X in talks to take tougher measures", "pressured X into
    /// investigating Y"), before the clause ends.
    func asksAnAct(_ p: ClauseParser, after end: Int) -> Bool { askedAct(p, after: end) != nil }

    /// The verb of the act ``asksAnAct(_:after:)`` finds ("to withdraw", "into abandoning"),
    /// past a "not" ("to not escalate" stays the act asked).
    func askedAct(_ p: ClauseParser, after end: Int) -> Int? {
        var k = end
        while k < min(p.f.count - 1, end + 8) {
            let w = p.f.lower[k]
            if w == "to", p.f.mentionAt[k + 1] < 0, p.f.tokens[k + 1].kind == .word, !p.f.tokens[k + 1].isCapitalized,
               !p.f.isIn(k + 1, WordClass.determiners), !p.f.isIn(k + 1, WordClass.possessivePronouns) { return k + 1 }
            if w == "into", p.f.mentionAt[k + 1] < 0, p.f.lower[k + 1].hasSuffix("ing") { return k + 1 }
            if WordClass.boundaries.contains(w) || w == "," || w == "and" || w == "but" { return nil }
            k += 1
        }
        return nil
    }

    /// Whether the word at `v` ends a list of flow nouns that a curbing verb governs
    /// ("suspended travel and trade").
    func curbedFlow(before v: Int, _ p: ClauseParser) -> Bool {
        var k = v - 1
        while k >= max(0, v - 5), p.f.mentionAt[k] < 0, p.f.isIn(k, RuleEngine.flowNouns) || ["and", ",", "all"].contains(p.f.lower[k]) { k -= 1 }
        return k >= 0 && p.f.mentionAt[k] < 0 && p.f.isLemma(k, in: .curb)
    }

    /// The edge and rule a trigger asserts in its verb group, after negation, refusal and
    /// aspiration; nil when the group makes it assert nothing.
    func verbalReading(_ t: Trigger, _ g: VerbGroup, _ p: ClauseParser) -> VerbalReading? {
        var edge = t.entry.edge
        var flipped = false
        // "refused to negotiate with X", "declined to meet Y", "is unwilling to cooperate with
        // Z": dealings turned down are a snub, tension. (A plain negation, "did not meet X",
        // and dealings avoided or stopped, "has avoided engaging with X", tell of no stance.)
        // A dealing listed only for its refusal says nothing otherwise.
        let snub = g.refusal.map { r in r.contains { p.f.lemmas[$0].contains(where: { RuleEngine.snubWords.contains($0) }) } } ?? false
        if t.entry.refusedOnly, !snub || g.negated { return nil }
        if snub, !g.negated, !t.entry.inverse,
           t.entry.refusedOnly || edge == .partnersWith && RuleEngine.dealingVerbs.contains(VerbLexicon.words(t.entry.phrase).first ?? "") {
            return VerbalReading(edge: .tensionWith, flipped: false, rule: "refusal")
        }
        if g.negated || g.refusal != nil {
            // Both together ("did not refuse to join") cancel out: too unsure to say anything.
            guard !(g.negated && g.refusal != nil) else { return nil }
            switch edge {
            case .memberOf, .supports, .proposes, .upholds:
                guard !t.entry.inverse else { return nil }
                edge = .rejects
                flipped = true
            default:
                return nil  // "did not reject", "not a partner": no edge either way
            }
        }
        var rule = flipped ? (g.refusal != nil ? "refusal" : "negated-stance") : (t.entry.inverse ? "svo-inverse" : "svo")
        // "Sweden's bid to join NATO": membership sought is a push for it, not membership.
        if edge == .memberOf, g.aspiration, !t.entry.inverse {
            guard !flipped else { return nil }
            edge = .proposes
            rule = "member-bid"
        }
        return VerbalReading(edge: edge, flipped: flipped, rule: rule)
    }

    /// Whether a bare trigger word is a noun in apposition or a participle modifying the noun
    /// before it, not the verb of a clause.
    func modifiesNounNotClause(_ t: Trigger, _ p: ClauseParser, _ g: VerbGroup) -> Bool {
        let end = t.range.upperBound
        let form = p.f.lower[t.range.lowerBound]
        let bare = g.start == t.range.lowerBound
        // "X, head of the Y mission": a noun in apposition, not a verb (the title rules read it).
        if bare, p.f.word(end) == "of", [",", "the", "a", "an", "deputy", "acting", "former"].contains(p.f.word(t.range.lowerBound - 1)) {
            return true
        }
        // "assets belonging to X", "firms seeking Y": a participle after a plain noun modifies
        // that noun; its subject is no entity here.
        // "militants accused of X" likewise: a past participle with its "of" complement.
        if bare, form.hasSuffix("ing") || form.hasSuffix("ed") && p.f.word(end) == "of", t.range.lowerBound > 0,
           p.f.mentionAt[t.range.lowerBound - 1] < 0 {
            let prev = p.f.lower[t.range.lowerBound - 1]
            if p.f.tokens[t.range.lowerBound - 1].kind == .word, !WordClass.prepositions.contains(prev), !WordClass.boundaries.contains(prev),
               !WordClass.adverbs.contains(prev), prev != "and", prev != "or", !p.verbish[t.range.lowerBound - 1],
               // "X issued a statement criticizing Y": a message says what its author does.
               !(form.hasSuffix("ing") && p.messageBefore(t.range.lowerBound)) { return true }
        // "a statement following the meeting": words in -ing that work as prepositions.
        if bare, WordClass.prepositionalParticiples.contains(form) { return true }
        }
        return false
    }

    /// Reduced passive: "the pact rejected by Peru", "firms targeted by Russia". Nil when the
    /// trigger is no reduced passive.
    func reducedPassive(_ t: Trigger, _ p: ClauseParser, _ g: VerbGroup, _ edge: EdgeType, targetOK: (Int) -> Bool) -> [Candidate]? {
        let end = coordinatedVerbEnd(t, p)
        guard g.start == t.range.lowerBound, p.f.lower[t.range.lowerBound].hasSuffix("ed"), p.f.word(end) == "by", !t.entry.inverse,
              let agent = p.object(from: end + 1, limit: 3, accept: { SentenceFrame.isActor(p.f.types[$0]) }) else { return nil }
        var i = t.range.lowerBound - 1
        // ("Peru, backed by Chile, ...", "Peru – backed by Chile – ...": an aside in commas or dashes.)
        if p.f.word(i) == "," || p.f.isIn(i, WordClass.dashes) { i -= 1 }
        guard let m = p.f.mention(at: i) else { return [] }
        // ("Republicans in Congress backed by X": a name after a preposition only completes the
        // noun the participle describes.)
        if ["of", "in", "from", "at"].contains(p.f.word(p.f.mentions[m].tokenRange.lowerBound - 1)) { return [] }
        let patient = p.f.group(of: m).filter(targetOK)
        return pairs(p, agent.group, patient, edge, trigger: t.range, rule: "svo-passive", distance: agent.distance, hedged: g.hedged)
    }

    /// "X is joined in the Y talks by A, B and C": everyone named takes part in Y.
    func passiveJoinedIn(_ t: Trigger, _ p: ClauseParser, _ g: VerbGroup) -> [Candidate] {
        let end = t.range.upperBound
        var k = end + 1
        if p.f.word(k) == "the" { k += 1 }
        guard let org = p.f.mention(at: k), [.alliance, .organization].contains(p.f.types[org]) else { return [] }
        var b = p.f.mentions[org].tokenRange.upperBound
        while b < min(p.f.count, end + 8), p.f.lower[b] != "by", p.f.mentionAt[b] < 0, !p.f.isIn(b, WordClass.boundaries) { b += 1 }
        guard p.f.word(b) == "by", let agent = p.object(from: b + 1, limit: 2, accept: { SentenceFrame.isActor(p.f.types[$0]) }),
              let patient = p.subject(before: g.start) else { return [] }
        return pairs(p, agent.group + patient.group, [org], .memberOf, trigger: t.range, rule: "svo-passive", distance: b - end, hedged: g.hedged)
    }

    /// "armed and trained by X", "invaded and annexed Y": a second past form coordinated right
    /// after the trigger shares its object or agent; the index after it, else after the trigger.
    /// (Only past forms: "attacked and the US responded" has no second verb, "arms and trains"
    /// is rare and "X attacks and Y" is a list.)
    func coordinatedVerbEnd(_ t: Trigger, _ p: ClauseParser) -> Int {
        let f = p.f
        let end = t.range.upperBound
        guard t.range.count == 1, f.lower[t.range.lowerBound].hasSuffix("ed"), f.word(end) == "and",
              end + 2 < f.count, f.mentionAt[end + 1] < 0, f.tokens[end + 1].kind == .word, !f.tokens[end + 1].isCapitalized else { return end }
        let w = f.lower[end + 1]
        guard UTF8Bytes.characterCount(w) > 4, w.hasSuffix("ed"), !WordClass.determiners.contains(w), !f.isIn(end + 1, RuleEngine.stanceAdjectives) else { return end }
        return end + 2
    }

    /// The pairs of a subject and its object, once both are found.
    func verbalPairs(_ t: Trigger, _ p: ClauseParser, _ g: VerbGroup, _ reading: VerbalReading,
                     subj s: (group: [Int], distance: Int), obj: (group: [Int], distance: Int)) -> [Candidate] {
        var o = obj
        let edge = reading.edge, flipped = reading.flipped
        // "could not join Nepal and China in investments", "declined to join the French
        // initiative": refusing to join a state in something is no rejection of the state.
        if flipped, t.entry.edge == .memberOf {
            o.group = o.group.filter { [.alliance, .organization].contains(p.f.types[$0]) && p.f.mentions[$0].form != .demonym }
            if o.group.isEmpty { return [] }
        }
        let distance = s.distance + o.distance
        // "pressured X to raise its budget", "pressured X into investigating Y": pressing someone
        // to act is persuasion, no hostility.
        // Pressing a state or a body to give something up ("pressured X to withdraw its troops",
        // "to halt its nuclear program", "into abandoning Y") is coercion, tension, when a state
        // or alliance stands on one side (one official pressing another is no relation), and the
        // presser is named, not a pronoun ("condemnations of X as they pressed Y": who are they?).
        if edge == .tensionWith, !flipped, p.f.isLemma(t.range.lowerBound, in: .persuasion),
           let asked = askedAct(p, after: p.f.span(of: o.group).upperBound),
           !(p.f.lemmas[asked].contains(where: { RuleEngine.yieldingVerbs.contains($0) })
             && s.group.allSatisfy({ p.f.mentions[$0].form != .reference })
             && (s.group + o.group).contains(where: { [.country, .alliance].contains(p.f.types[$0]) })
             && o.group.allSatisfy({ [.country, .alliance, .organization].contains(p.f.types[$0]) })) {
            return []
        }
        // "the committee is investigating X": a body's scrutiny acts against the one named, not
        // against the owner of a thing looked into ("investigating Russian interference", "X's
        // dealings"); a person looking into something is no authority acting.
        var sources = s.group
        if RuleEngine.scrutinyVerbs.contains(t.entry.phrase) {
            sources = sources.filter { [.organization, .country].contains(p.f.types[$0]) }
            o.group = o.group.filter { p.f.mentions[$0].form == .name && !p.f.isPossessive($0) && !p.modifiesNoun($0) && !p.modifiesPrivateBody($0) }
            if o.group.isEmpty || sources.isEmpty { return [] }
        }
        // "joined Y in condemning ..." / "joined Y to call for ...": joining someone in an act is
        // no membership of Y.
        if t.entry.edge == .memberOf, !t.entry.inverse {
            let after = p.f.span(of: o.group).upperBound
            let next = p.f.word(after + 1)
            if p.f.word(after) == "in", next.hasSuffix("ing") || p.f.word(after + 2).hasSuffix("ing") && WordClass.determiners.contains(next) {
                return []
            }
            // "joined Y in calls for ...", "in a letter to ...": an act done together.
            if p.f.word(after) == "in" {
                let noun = WordClass.determiners.contains(next) || WordClass.possessivePronouns.contains(next) ? p.f.word(after + 2) : next
                if RuleEngine.jointActNouns.contains(noun) { return [] }
            }
            if p.f.word(after) == "to", after + 1 < p.f.count, p.f.mentionAt[after + 1] < 0, p.verbish[after + 1] { return [] }
        }
        if t.entry.inverse {
            let members = o.group
            // ("X thanked Y": Y's help to X. Only a whole has members.)
            let wholes = edge == .memberOf ? s.group.filter { [.alliance, .organization].contains(p.f.types[$0]) } : s.group
            return pairs(p, members, wholes, edge, trigger: t.range, rule: reading.rule, distance: distance, hedged: g.hedged)
        }
        var out = pairs(p, sources, o.group, edge, trigger: t.range, rule: reading.rule, distance: distance, hedged: g.hedged, flipped: flipped)
        if o.group.count == 1, p.f.isPossessive(o.group[0]) {
            for k in out.indices { out[k].argumentFactor *= 0.85 }
        }
        return out
    }
}
