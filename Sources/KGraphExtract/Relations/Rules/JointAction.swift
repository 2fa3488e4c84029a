import KGraphModel

/// Joint action by a coordinated subject: "A and B signed a defence pact", "A and B held joint
/// drills", "A and B agreed to share intelligence" give `partners-with` between each pair;
/// "A and B exchanged fire" gives `tension-with`. The verb comes from a class of joint acts and
/// the clause names what was done together (a pact, talks, drills) or says "together/jointly".
extension RuleEngine {
    /// Nouns of an act done together after "joined Y in" ("calls", "a letter"): no membership.
    static let jointActNouns: WordSet = WordLists.set("jointActNouns")
    /// Verbs (as lemmas) of acts two parties do together.
    static let jointVerbs: WordSet = WordLists.set("jointVerbs")
    /// Verbs that are joint by themselves ("A and B met", "A and B cooperate on ...").
    static let selfJointVerbs: WordSet = WordLists.set("selfJointVerbs")
    /// Verbs (as lemmas) whose subject "A and B" acts on each other ("A and B clashed").
    static let mutualVerbs: WordSet = WordLists.set("mutualVerbs")
    /// What parties do or make together.
    static let cooperationNouns: WordSet = WordLists.set("cooperationNouns")
    /// What rivals trade with each other, and what two sides at war make (a truce).
    static let hostilityNouns: WordSet = WordLists.set("hostilityNouns")
    /// States of being in a dispute ("A and B remain locked in a row over ..."), and the disputes.
    static let disputeStateVerbs: WordSet = WordLists.set("disputeStateVerbs")
    static let disputeNouns: WordSet = WordLists.set("disputeNouns")
    /// Words that mark an act as joint whatever the verb.
    static let jointMarkers: WordSet = WordLists.set("jointMarkers")

    /// Acts of a list of sides together: "A and B signed a pact", "A and B have long been at odds".
    func jointActions(_ p: ClauseParser) -> [Candidate] {
        var out: [Candidate] = []
        // (The list each mention opens, found once for the three readings of it.)
        for m in p.f.mentions.indices {
            let group = p.f.group(of: m)
            out += jointAction(p, m, group: group) + titledJointAction(p, m, group: group) + counterpartJointAction(p, m)
        }
        return out + jointParticiples(p) + exchangedHostilities(p)
    }

    /// "North Korean leader Kim": the person a demonym and title introduce right after `k`.
    private func namedPerson(_ p: ClauseParser, after k: Int) -> (group: [Int], distance: Int)? {
        let f = p.f
        guard let d = f.mention(at: k + 1), f.mentions[d].form == .demonym else { return nil }
        return f.person(from: f.mentions[d].tokenRange.upperBound, within: 3).map { ([$0], f.mentions[$0].tokenRange.lowerBound - k) }
    }

    /// Verbs (as lemmas) of giving and taking in turn ("traded insults with", "exchanged fire with").
    static let exchangeVerbs: WordSet = WordLists.set("exchangeVerbs")

    /// "A traded insults and threats with B", "exchanging fire with B": a hostility exchanged
    /// with another side is tension between the subject and that side.
    func exchangedHostilities(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        for v in 0..<max(0, f.count - 3) where f.mentionAt[v] < 0 && f.isLemma(v, in: .exchange) {
            // The hostile nouns, perhaps coordinated, then "with" and the other side.
            var k = v + 1
            var hostile = false
            while k < min(f.count, v + 6), f.mentionAt[k] < 0, f.lower[k] != "with" {
                let w = f.lower[k]
                if RuleEngine.hostilityNouns.contains(w) { hostile = true } else if !(w == "and" || WordClass.adverbs.contains(w) || ["angry", "bitter", "heated", "sharp", "verbal", "personal", "harsh"].contains(w)) { break }
                k += 1
            }
            guard hostile, f.word(k) == "with", let o = p.object(from: k + 1, limit: 5, accept: { SentenceFrame.isActor(f.types[$0]) })
                    ?? namedPerson(p, after: k) else { continue }
            let trigger = Trigger(range: v..<(v + 1), entry: .init(phrase: f.lower[v], edge: .tensionWith, inverse: false, nominal: false))
            let g = p.verbGroup(before: v, trigger: trigger)
            guard !g.negated, let s = p.subject(before: g.start, limit: 15) else { continue }
            out += pairs(p, s.group, o.group, .tensionWith, trigger: v..<(k + 1), rule: "joint-action", distance: s.distance + o.distance + (k - v), hedged: g.hedged)
        }
        return out
    }

    /// "The pact, signed by A and B in March, ...", "a deal reached by A and B": a joint act
    /// named as a participle of its noun, with the sides after "by".
    func jointParticiples(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        for v in 1..<max(1, f.count - 2) where f.mentionAt[v] < 0 && f.word(v + 1) == "by" && f.lower[v].hasSuffix("ed")
            && f.isLemma(v, in: .joint) {
            guard let m = f.mention(at: v + 2) ?? (f.word(v + 2) == "the" ? f.mention(at: v + 3) : nil), f.group(of: m).first == m else { continue }
            let sides = f.group(of: m).filter { SentenceFrame.isActor(f.types[$0]) && f.mentions[$0].form != .demonym && !f.isPossessive($0) }
            guard sides.count >= 2, sides.count == f.group(of: m).count else { continue }
            // The participle's noun right before it, or before a comma ("The pact, signed by").
            var n = v - 1
            if f.word(n) == "," { n -= 1 }
            guard n >= 0, f.mentionAt[n] < 0, f.isIn(n, RuleEngine.cooperationNouns) else { continue }
            guard canPartner(p, sides) else { continue }
            out += jointPairs(p, sides, .partnersWith, trigger: n..<(v + 1), distance: m - v, hedged: false)
        }
        return out
    }

    /// The joint act of the list that mention `m` opens, as the subject of the verb after it.
    /// (`group` is `p.f.group(of: m)`.)
    func jointAction(_ p: ClauseParser, _ m: Int, group: [Int]) -> [Candidate] {
        let f = p.f
        if let officials = officialsJointAction(p, m, group: group) { return officials }
        guard group.first == m, group.count >= 2, !p.isObjectLike(m) else { return [] }
        let sides = group.filter { f.mentions[$0].form != .demonym && !f.isPossessive($0) && f.types[$0] != .principle && f.types[$0] != .region }
        guard sides.count >= 2, sides.count == group.count else { return [] }
        // "between A and B", "with A and B": the list is an object, not the subject.
        let first = f.mentions[m].tokenRange.lowerBound
        let before = f.word(first - 1)
        // (", and A and B signed": "and" after a comma joins a new clause, whose subject the list is.)
        if ["between", "with", "among", "of", "to", "from", "against", "by"].contains(before)
            || before == "and" && f.word(first - 2) != "," { return [] }
        // "allies such as A and B", "countries like A and B": examples of a noun, which is the
        // subject; the list's members do nothing together.
        if f.isIn(first - 1, RuleEngine.exampleOpeners) || before == "as" && f.word(first - 2) == "such" { return [] }
        let end = f.span(of: group).upperBound
        // "A and B, which signed a pact last year, held drills": the verbs of a relative clause
        // and the verb after an aside are both the list's.
        guard let aside = p.asideClosing(after: end) else { return jointAct(p, sides, end: end, verbFrom: end) }
        return (aside.kind == .relative ? jointAct(p, sides, end: end, verbFrom: end + 2) : [])
            + jointAct(p, sides, end: end, verbFrom: aside.close + 1)
    }

    /// "Japanese Prime Minister A and U.S. President B held talks": people listed each with
    /// their state and title act together like a plain list. (The titles and the states'
    /// mentions between the names keep them from being one list of people.)
    /// (`group` is `p.f.group(of: m)`.)
    func titledJointAction(_ p: ClauseParser, _ m: Int, group: [Int]) -> [Candidate] {
        let f = p.f
        guard f.types[m] == .person, group == [m] else { return [] }
        // The titled phrase of the first person: titles and a state before the name.
        var start = f.mentions[m].tokenRange.lowerBound
        while start > 0, isTitleWord(f, start - 1) { start -= 1 }
        if start > 0, f.word(start - 1) == "'s" { start -= 1 }
        if start > 0, let s = f.mention(at: start - 1), f.types[s] == .country { start = f.mentions[s].tokenRange.lowerBound }
        if start > 0, f.isIn(start - 1, WordClass.prepositions) || f.word(start - 1) == "and" { return [] }
        guard let list = titledPeople(f, from: start), list.sides.first == m, !p.isObjectLike(m) else { return [] }
        if let aside = p.asideClosing(after: list.end) { return jointAct(p, list.sides, end: list.end, verbFrom: aside.close + 1) }
        return jointAct(p, list.sides, end: list.end, verbFrom: list.end)
    }

    /// "X and his Japanese counterpart Y signed a pact": a person and their counterpart of
    /// another state (named by demonym) act together like a plain list.
    func counterpartJointAction(_ p: ClauseParser, _ m: Int) -> [Candidate] {
        let f = p.f
        guard f.types[m] == .person, f.mentions[m].form == .name, f.word(f.mentions[m].tokenRange.upperBound) == "and",
              m + 2 < f.mentions.count, !p.isObjectLike(m) else { return [] }
        // "his"/"her" (resolved to X, or left as a plain word), the state's demonym,
        // "counterpart", then the name.
        let pronoun = f.mentions[m].tokenRange.upperBound + 1
        let resolved = f.mentions[m + 1].form == .reference && f.mentions[m + 1].nodeID == f.mentions[m].nodeID
            && f.mentions[m + 1].tokenRange.lowerBound == pronoun
        guard resolved || f.mentionAt[pronoun] < 0 && ["his", "her", "their"].contains(f.word(pronoun)) else { return [] }
        let state = resolved ? m + 2 : m + 1, other = state + 1
        guard other < f.mentions.count, f.types[state] == .country, f.mentions[state].form == .demonym,
              f.mentions[state].tokenRange.lowerBound == pronoun + 1,
              f.word(f.mentions[state].tokenRange.upperBound) == "counterpart",
              f.types[other] == .person, f.mentions[other].form == .name,
              f.mentions[other].tokenRange.lowerBound == f.mentions[state].tokenRange.upperBound + 1
                || f.word(f.mentions[state].tokenRange.upperBound + 1) == "," && f.mentions[other].tokenRange.lowerBound == f.mentions[state].tokenRange.upperBound + 2
        else { return [] }
        var end = f.mentions[other].tokenRange.upperBound
        if f.word(end) == "," { end += 1 }
        return jointAct(p, [m, other], end: end, verbFrom: end, counterparts: true)
    }

    /// A title word or one of its modifiers ("Foreign", "Vice"), but not "and" or an article.
    func isTitleWord(_ f: SentenceFrame, _ i: Int) -> Bool {
        i >= 0 && i < f.count && f.mentionAt[i] < 0 && (f.isIn(i, verbs.titles.allWords)
            || f.isIn(i, verbs.titleModifiers) && !f.isIn(i, WordClass.determiners) && f.lower[i] != "and" && f.lower[i] != "for")
    }

    /// "Japanese Prime Minister A and U.S. President B", "Peru's envoy A, Chile's envoy B and
    /// ...": two or more people from token `k`, each after a title (and perhaps a state's name,
    /// demonym or possessive), joined by commas and a last "and"; nil for fewer than two.
    func titledPeople(_ f: SentenceFrame, from start: Int) -> (sides: [Int], end: Int)? {
        var sides: [Int] = []
        var k = start
        var end = start
        var last = false
        while k < f.count {
            // ("Japan's Kishida": a state's possessive may stand for the title.)
            var possessed = false
            if let s = f.mention(at: k), f.types[s] == .country {
                k = f.mentions[s].tokenRange.upperBound
                if f.word(k) == "'s" { k += 1; possessed = true }
            }
            var t = k
            while t < min(f.count, k + 5), isTitleWord(f, t) { t += 1 }
            guard t > k || possessed && !sides.isEmpty, let q = f.mention(at: t), f.types[q] == .person, f.group(of: q) == [q] else { break }
            sides.append(q)
            end = f.mentions[q].tokenRange.upperBound
            if last || !(f.word(end) == "and" || f.word(end) == ",") { break }
            last = f.word(end) == "and" || f.word(end + 1) == "and"
            k = f.word(end) == "," && f.word(end + 1) == "and" ? end + 2 : end + 1
        }
        guard sides.count >= 2, Set(sides.map { f.mentions[$0].nodeID }).count == sides.count else { return nil }
        return (sides, end)
    }

    /// "American and Russian officials held talks", "Officials from A and B met", "the foreign
    /// ministers of A and B signed a pact": the unnamed officials of a list of states act for
    /// them; nil when the list that mention `m` opens is no such phrase.
    private func officialsJointAction(_ p: ClauseParser, _ m: Int, group: [Int]) -> [Candidate]? {
        let f = p.f
        guard group.first == m, group.count >= 2, group.allSatisfy({ f.types[$0] == .country && !f.isPossessive($0) }),
              Set(group.map { f.mentions[$0].nodeID }).count == group.count else { return nil }
        let start = f.mentions[m].tokenRange.lowerBound
        // (One portfolio or rank word may modify the officials' noun: "foreign ministers".)
        func modifier(_ k: Int) -> Bool {
            k >= 0 && k < f.count && f.mentionAt[k] < 0 && !f.isIn(k, RuleEngine.officialPartyNouns)
                && (f.isIn(k, RuleEngine.portfolioWords) || f.isIn(k, RuleEngine.ownerlessModifiers) || f.lower[k] == "prime")
        }
        var end = f.span(of: group).upperBound
        if ["of", "from"].contains(f.word(start - 1)) {
            // "Officials from A and B", "The leaders of A and B": the noun opens the clause.
            var k = start - 2
            guard k >= 0, f.mentionAt[k] < 0, f.isIn(k, RuleEngine.officialPartyNouns) else { return nil }
            k -= 1
            if modifier(k) { k -= 1 }
            if k >= 0, ["the", "senior", "top"].contains(f.lower[k]) { k -= 1 }
            guard k < 0 || f.lower[k] == "," || f.isIn(k, WordClass.boundaries) else { return nil }
        } else {
            // "American and Russian officials": the noun right after the list, which opens the clause.
            if ["between", "with", "among", "of", "to", "from", "against", "by", "and", "on", "for", "in", "at"].contains(f.word(start - 1))
                || f.isIn(start - 1, WordClass.prepositions) { return nil }
            var k = end
            if modifier(k) { k += 1 }
            guard k < f.count, f.mentionAt[k] < 0, f.isIn(k, RuleEngine.officialPartyNouns) else { return nil }
            end = k + 1
        }
        return jointAct(p, group, end: end, verbFrom: end)
    }

    /// The joint act of `sides` (a list ending at `end`) whose verb group starts at `verbFrom`.
    /// (`counterparts`: two officials of different states by their wording, who may partner.)
    private func jointAct(_ p: ClauseParser, _ sides: [Int], end: Int, verbFrom: Int, counterparts: Bool = false) -> [Candidate] {
        let f = p.f
        let (v, negated, hedged) = jointVerb(p, after: verbFrom)
        guard v < f.count, f.mentionAt[v] < 0, !negated else { return [] }
        if let state = disputeState(p, sides, verb: v, end: end, hedged: hedged) { return state }
        // ("A and B spoke by phone": a call between the two is a meeting; "spoke at the forum" is not.)
        let selfJoint = f.isLemma(v, in: .selfJoint)
            || f.isLemma(v, in: .conversation) && (v + 1..<min(f.count, v + 4)).contains { ["phone", "telephone"].contains(f.lower[$0]) }
        // Any other verb may carry a joint object ("A and B enjoy close ties"), unless it is
        // a trigger of its own ("A and B criticized the pact").
        let generic = !selfJoint && !f.isLemma(v, in: .joint)
        guard !generic
            || f.tokens[v].kind == .word && !f.tokens[v].isCapitalized && !p.triggerAt[v] && p.isSpeech(v) == nil
                && !f.isIn(v, WordClass.prepositions) && !f.isIn(v, WordClass.determiners)
                && !f.isIn(v, WordClass.boundaries) && f.lower[v] != "and" && f.lower[v] != "or" else { return [] }
        var edge: EdgeType?
        var last = v
        if selfJoint {
            edge = .partnersWith
        } else {
            (edge, last) = jointObject(p, verb: v, generic: generic)
        }
        guard var edge, !(v...last).contains(where: { f.isNegator($0, verbs) }) else { return [] }
        // "A and B downgraded (their) diplomatic ties": ties cut or frozen are tension.
        if edge == .partnersWith, f.isLemma(v, in: .tieBreaking),
           (v...last).contains(where: { f.isIn($0, RuleEngine.tieObjectNouns) }) { edge = .tensionWith }
        // Any actor can trade fire or agree a truce ("Israel and Hamas agreed a ceasefire").
        if edge == .partnersWith, !counterparts, !canPartner(p, sides) { return [] }
        return jointPairs(p, sides, edge, trigger: v..<(last + 1), distance: last - end, hedged: hedged)
    }

    /// The verb after a list ending at `end`: past auxiliaries, adverbs, hedges and time words;
    /// with whether a negator or hedge stood on the way.
    func jointVerb(_ p: ClauseParser, after end: Int) -> (v: Int, negated: Bool, hedged: Bool) {
        let f = p.f
        // The verb: after auxiliaries, adverbs, hedges and time words.
        var v = end
        var negated = false, hedged = false
        while v < min(f.count, end + 5), f.mentionAt[v] < 0 {
            let w = f.lower[v]
            if f.isNegator(v, verbs) || ["failed", "fail", "refused", "declined"].contains(w) { negated = true; v += 1; continue }
            if verbs.hedges.match(at: v, lemmas: f.lemmas) != nil { hedged = true; v += 1; continue }
            // "A and B have an extradition treaty": before a determiner "have" is the verb itself.
            if ["have", "has", "had"].contains(w), f.isIn(v + 1, WordClass.determiners), !["both", "all", "each"].contains(f.word(v + 1)) { break }
            if ["have", "has", "had", "do", "does", "did", "will", "would", "also", "both", "each", "then", "now", "finally", "formally",
                "on", "last", "this", "week", "month", "year", "today", "yesterday", "recently", "again", "jointly", "are", "were", "be",
                "been", "long", "still", "remain", "remained", "remains"].contains(w)
                || w == "since" && WordClass.perfectAuxiliaries.contains(f.word(v - 1))
                || WordClass.adverbs.contains(w) || WordClass.dateWords.contains(w) {
                v += 1
                continue
            }
            break
        }
        return (v, negated, hedged)
    }

    /// A hostile state the sides are in ("at odds", "locked in a dispute"), not an act; nil
    /// when the verb at `v` states none.
    func disputeState(_ p: ClauseParser, _ sides: [Int], verb v: Int, end: Int, hedged: Bool) -> [Candidate]? {
        let f = p.f
        // "A and B have long been at odds": a hostile state, not an act.
        if f.lower[v] == "at", f.word(v + 1) == "odds" {
            return jointPairs(p, sides, .tensionWith, trigger: v..<(v + 2), distance: v + 1 - end, hedged: hedged)
        }
        // "A and B remain locked in a dispute over X".
        if f.isLemma(v, in: .disputeState), f.word(v + 1) == "in",
           let d = (v + 2..<min(f.count, v + 6)).first(where: { f.isIn($0, RuleEngine.disputeNouns) }),
           !(v + 2..<d).contains(where: { f.mentionAt[$0] >= 0 || f.isIn($0, WordClass.boundaries) }) {
            return jointPairs(p, sides, .tensionWith, trigger: v..<(d + 1), distance: d - end, hedged: hedged)
        }
        return nil
    }

    /// The edge a joint verb at `v` (not a self-joint one) carries through what follows it, and
    /// the last token of that phrase; no edge when nothing joint or hostile follows.
    func jointObject(_ p: ClauseParser, verb v: Int, generic: Bool) -> (EdgeType?, Int) {
        let f = p.f
        // "A and B will jointly build X": the adverb before the verb says it.
        if ["jointly", "together"].contains(f.word(v - 1)) { return (.partnersWith, v) }
        var edge: EdgeType?
        var last = v
        // What was done: the clause up to its end, a new clause or a long detour.
        var k = v + 1
        let reach = f.isLemma(v, in: .joint) ? 10 : 5
        while k < min(f.count, v + reach) {
            let w = f.lower[k]
            if WordClass.boundaries.contains(w) || w == "," || w == "after" || w == "before" || w == "but" { break }
            // "A and B face tariffs": hostility after a plain verb may come from a third party.
            // "A and B discussed a ceasefire": talk about a hostility is dialogue. "A and B carried
            // out strikes against C": a hostility aimed at a third party is done together.
            if RuleEngine.hostilityNouns.contains(w) {
                edge = generic ? nil : f.isLemma(v, in: .dialogue) || aimedAtThirdParty(p, after: k) ? .partnersWith : .tensionWith
                last = k
                break
            }
            if RuleEngine.cooperationNouns.contains(w) || RuleEngine.jointMarkers.contains(w) { edge = .partnersWith; last = k; break }
            // "A and B exchanged ambassadors" (sending envoys alone is no joint act).
            if f.lemmas[v].contains("exchange"), RuleEngine.envoyNouns.contains(w) { edge = .partnersWith; last = k; break }
            k += 1
        }
        // After a plain verb the noun must end its phrase ("enjoy close ties", not "found the
        // pact hard").
        if generic, edge != nil, f.isIn(last, RuleEngine.jointMarkers) == false {
            let next = f.word(last + 1)
            if !(next.isEmpty || WordClass.prepositions.contains(next) || WordClass.boundaries.contains(next)
                || [",", ".", "and", "since", "despite", "amid"].contains(next)) { edge = nil }
        }
        // "A and B agreed to resume flights": an agreement between them.
        if edge == nil, f.lemmas[v].contains("agree"), f.word(v + 1) == "to" || f.word(v + 1) == "on" {
            edge = .partnersWith
            last = v + 1
        }
        return (edge, last)
    }

    /// Whether the hostility noun at `k` is aimed at a named party after "against", "on", "at"
    /// or "targeting" ("strikes against C", "sanctions on C").
    private func aimedAtThirdParty(_ p: ClauseParser, after k: Int) -> Bool {
        let f = p.f
        guard k + 1 < f.count, f.lower[k + 1] != "of", f.isIn(k + 1, RuleEngine.agentTargetPrepositions) || f.lower[k + 1] == "at" else { return false }
        var j = k + 2
        if f.isIn(j, WordClass.determiners) { j += 1 }
        return f.mention(at: j).map { SentenceFrame.isActor(f.types[$0]) } ?? false
    }

    /// Whether `sides` can act together as partners in foreign affairs. States, blocs and heads
    /// of state can; two domestic bodies ("the House and the Senate reconcile") or parties
    /// cannot, so organizations partner only when they are multinational (the lexicon knows
    /// their members); two people only as heads or officials of different states ("the two
    /// presidents met"), since aides of one state meeting say nothing of the sort.
    func canPartner(_ p: ClauseParser, _ sides: [Int]) -> Bool {
        let f = p.f
        if sides.contains(where: { f.types[$0] == .organization && memberships[f.mentions[$0].nodeID] == nil }) { return false }
        let people = sides.filter { f.types[$0] == .person }
        if people.count < 2 || Set(people.compactMap { leaderOf[f.mentions[$0].nodeID] }).count == people.count { return true }
        // Officials of different states ("the Chinese and U.S. foreign ministers") deal for them.
        return Set(people.compactMap { stateOfPerson?[f.mentions[$0].nodeID] }).count == people.count
    }

    /// Every pair of the first four sides.
    private func jointPairs(_ p: ClauseParser, _ sides: [Int], _ edge: EdgeType, trigger: Range<Int>, distance: Int, hedged: Bool) -> [Candidate] {
        let list = Array(sides.prefix(4))
        var out: [Candidate] = []
        for a in 0..<list.count {
            for b in (a + 1)..<list.count {
                out += pairs(p, [list[a]], [list[b]], edge, trigger: trigger, rule: "joint-action", distance: distance, hedged: hedged, sameListOK: true)
            }
        }
        return out
    }
}
