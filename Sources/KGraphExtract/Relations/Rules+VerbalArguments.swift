import KGraphModel

extension RuleEngine {
    /// The subject of an active verb: the agent of a purpose clause, the subject after a fronted
    /// purpose clause, or the subject before the verb group. False when the act is only asked
    /// of someone, so there is nothing to say.
    /// Words that may open a sentence before a fronted participle ("After meeting X, ...").
    static let participleOpeners: WordSet = WordLists.set("participleOpeners")
    /// A party's dealings ("purchase", "merger", "activities"): what is turned down when a
    /// possessor's dealings are rejected, not the possessor.
    static let dealingNouns: WordSet = WordLists.set("dealingNouns")

    func activeSubject(_ t: Trigger, _ p: ClauseParser, _ g: VerbGroup, _ reading: inout VerbalReading,
                       _ subj: inout (group: [Int], distance: Int)?) -> Bool {
        let end = t.range.upperBound
        let flipped = reading.flipped
        if g.purpose && reading.edge == .counters {
            subj = purposeAgent(p, before: g.start)
            if subj != nil { reading.rule = "purpose-counter" }
        }
        // "To stem X's missile program, the White House ...": a fronted purpose clause
        // belongs to the subject after its comma.
        if g.purpose, g.start == 0 || p.f.word(g.start - 1) == ",", subj == nil,
           let comma = p.f.lower[end...].firstIndex(of: ",") {
            var k = comma + 1
            while k < min(p.f.count, comma + 4), p.f.mentionAt[k] < 0 { k += 1 }
            if let m = p.f.mention(at: k), SentenceFrame.isActor(p.f.types[m]), p.standsForActor(m) {
                subj = ([m], k - end)
                reading.rule = "purpose-fronted"
            }
        }
        // "Pressuring X, the United States ...", "After criticising X, Y said": so does a
        // fronted participle clause.
        if subj == nil, !g.purpose, p.f.lower[t.range.lowerBound].hasSuffix("ing"),
           (0..<g.start).allSatisfy({ p.f.isIn($0, RuleEngine.participleOpeners) }),
           let comma = p.f.lower[end...].firstIndex(of: ","), !(end..<comma).contains(where: { p.verbish[$0] }) {
            // ("Pressuring X is a mistake, Y said": a gerund subject, whose clause goes on.)
            var k = comma + 1
            while k < min(p.f.count, comma + 4), p.f.mentionAt[k] < 0 { k += 1 }
            if let m = p.f.mention(at: k), SentenceFrame.isActor(p.f.types[m]), p.standsForActor(m), !p.f.isPossessive(m) {
                subj = (p.f.group(of: m), k - end)
                reading.rule = "svo-fronted"
            }
        }
        if subj == nil, let s = p.subject(before: g.start) {
            // "will try to convince Xi to squeeze X", "urged Beijing to pressure X": the act
            // asked of someone is not done.
            if g.purpose, let first = s.group.first {
                var v = p.f.mentions[first].tokenRange.lowerBound - 1
                if p.f.isIn(v, WordClass.determiners) { v -= 1 }
                if v >= 0, p.f.isLemma(v, in: .persuasion) {
                    // "urged Y to abide by the principle": who urges respect for a principle upholds it.
                    // (Only toward a principle: "to abide by U.N. sanctions" names a body.)
                    let next = (t.range.upperBound..<min(p.f.count, t.range.upperBound + 6)).first { p.f.mentionAt[$0] >= 0 }
                    guard reading.edge == .upholds, !flipped, let n = next, p.f.types[p.f.mentionAt[n]] == .principle,
                          let u = p.subject(before: v) else { return false }
                    subj = (u.group, u.distance + g.start - v)
                    reading.rule = "svo-control"
                    return true
                }
            }
            if g.purpose, controlledByObject(p, from: p.f.span(of: s.group).upperBound, to: g.start) { return false }
            subj = (s.group, s.distance)
            if s.relative && !flipped { reading.rule = "svo-relative" }
            if g.purpose && !flipped { reading.rule = "svo-control" }
            // "Ruritania plans to join X", "its bid to join": membership planned or sought is a
            // push for it (as in ``verbalReading(_:_:_:)``).
            if g.purpose, !flipped, reading.edge == .memberOf, !t.entry.inverse, g.start > 0,
               p.f.isIn(g.start - 1, WordClass.aspirationNouns) || p.f.lemmas[g.start - 1].contains(where: { WordClass.aspirationVerbs.contains($0) }) {
                reading.edge = .proposes
                reading.rule = "member-bid"
            }
        }
        return true
    }

    /// The object of an active verb: after it, in an "including" list, or the antecedent of an
    /// object relative clause; an inverse verb's object runs on into a list that spells it out.
    func activeObject(_ t: Trigger, _ p: ClauseParser, subj: (group: [Int], distance: Int)?, _ reading: inout VerbalReading,
                      targetOK: @escaping (Int) -> Bool) -> (group: [Int], distance: Int)? {
        let edge = reading.edge, flipped = reading.flipped
        let end = coordinatedVerbEnd(t, p)
        // "help (to) end X's war": the help is with settling it, not for X.
        if edge == .supports, p.f.isIn(end, WordClass.settlingVerbs) || p.f.word(end) == "to" && p.f.isIn(end + 1, WordClass.settlingVerbs) {
            return nil
        }
        let acceptTarget: (Int) -> Bool = t.entry.inverse
            ? { RuleEngine.sourceOK(edge, p.f.types[$0]) && p.f.mentions[$0].form != .demonym }
            : targetOK
        var obj = p.object(from: end, possessorOK: !t.entry.inverse && [.tensionWith, .counters, .rejects, .supports].contains(edge),
                           modifiersOnly: [.supports, .proposes, .memberOf, .partnersWith, .upholds, .rejects, .leads, .serves, .founded].contains(edge),
                           agentOK: edge == .tensionWith, authorOK: edge == .supports,
                           threatOK: !t.entry.inverse && [.tensionWith, .counters].contains(edge) && !flipped, accept: acceptTarget)
        // "opposed X's purchase of Y", "dismissed the Republicans' activities": turning down a
        // party's dealings rejects neither the party nor what it deals in.
        if edge == .rejects, let o = obj, let first = o.group.first {
            let r = p.f.mentions[first].tokenRange
            let isDealing: (Int) -> Bool = { p.f.mentionAt[$0] < 0 && p.f.isIn($0, RuleEngine.dealingNouns) }
            // The object owns the dealings ("X's purchase"), or sits in them ("X's purchase of Y").
            let owns = p.f.isPossessive(first) && (r.upperBound..<min(p.f.count, r.upperBound + 4)).contains(where: isDealing)
            let inside = (end..<r.lowerBound).contains(where: isDealing)
                && (end..<r.lowerBound).contains(where: { p.f.lower[$0] == "'s" || p.f.lower[$0] == "'" || p.f.isIn($0, WordClass.possessivePronouns) })
            if owns || inside { obj = nil }
        }
        // A noun between the verb and the object may make the object that noun's, not the verb's:
        // "did not endorse the invasion of X", "backed the war on Y" (a stance on an attack on
        // someone is no stance toward them); "launched a probe of X" (what is founded is the
        // inquiry, not what it looks into).
        let screening: WordSet? = edge == .supports || edge == .rejects ? RuleEngine.violentNouns : edge == .founded ? RuleEngine.inquiryNouns : nil
        if let nouns = screening, let first = obj?.group.first,
           (end..<p.f.mentions[first].tokenRange.lowerBound).contains(where: { p.f.mentionAt[$0] < 0 && p.f.isIn($0, nouns) }) {
            return nil
        }
        if obj == nil, let inc = including(p, from: end, accept: acceptTarget), includesActorsOfTheObject(p, from: end, list: inc.group) {
            obj = inc
            if !flipped { reading.rule = "including-object" }
        }
        // "the strategic autonomy that India has been pursuing": the antecedent of an object
        // relative clause is the object.
        if obj == nil, let s = subj, !t.entry.inverse, let first = s.group.first {
            let b = p.f.mentions[first].tokenRange.lowerBound - 1
            if b > 0, p.f.lower[b] == "that" || p.f.lower[b] == "which", let m = p.f.mention(at: b - 1), acceptTarget(m),
               !p.triggerAt[max(0, t.range.upperBound)..<min(p.f.count, t.range.upperBound + 1)].contains(true) {
                obj = ([m], t.range.lowerBound - b)
                if !flipped { reading.rule = "svo-object-relative" }
            }
        }
        if t.entry.inverse, let o = obj {
            obj = (o.group + listContinuation(p, after: p.f.span(of: o.group).upperBound, accept: acceptTarget), o.distance)
        }
        return obj
    }

    /// Pairs of a subject list with itself, for verbs that take two sides by themselves
    /// ("India and China clashed"); nil when the reading is not reciprocal.
    func reciprocalPairs(_ t: Trigger, _ p: ClauseParser, _ g: VerbGroup, _ reading: VerbalReading,
                         subj: (group: [Int], distance: Int)?, obj: (group: [Int], distance: Int)?) -> [Candidate]? {
        let end = t.range.upperBound
        // Only verbs that take two sides by themselves ("clashed", "cooperate") or "each other":
        // "A and B protested" protests at a third party. (Checked last: most triggers never get here.)
        guard let s = subj, obj == nil, reading.edge.isSymmetric, !reading.flipped, s.group.count >= 2, s.distance <= 2, noDirectObject(p, after: end),
              t.range.contains(where: { RuleEngine.mutualVerbs.contains(where: p.f.lemmas[$0].contains) })
            || (p.f.word(end) == "each" && p.f.word(end + 1) == "other") || (p.f.word(end) == "one" && p.f.word(end + 1) == "another") else { return nil }
        // "India and China clashed": each with the other.
        var out: [Candidate] = []
        let sides = Array(s.group.prefix(4))
        for a in 0..<sides.count {
            for b in (a + 1)..<sides.count {
                out += pairs(p, [sides[a]], [sides[b]], reading.edge, trigger: t.range, rule: "svo-reciprocal", distance: s.distance, hedged: g.hedged,
                             sameListOK: true)
            }
        }
        return out
    }
    /// "India and China clashed (at the border)": nothing but an adverb before a preposition or
    /// the clause's end. "A and B criticized the move / threatened them" has an object that is
    /// no entity, so A and B are not each other's targets.
    func noDirectObject(_ p: ClauseParser, after end: Int) -> Bool {
        var k = end
        while k < p.f.count, p.f.mentionAt[k] < 0, p.f.isIn(k, WordClass.adverbs) || p.f.lower[k].hasSuffix("ly") { k += 1 }
        guard k < p.f.count else { return true }
        let w = p.f.lower[k]
        if p.f.tokens[k].kind != .word || WordClass.prepositions.contains(w) || WordClass.boundaries.contains(w) { return true }
        // "... each other", "... one another", "... last week", "... on Monday".
        if ["and", "or", "each", "one", "last"].contains(w) || WordClass.dateWords.contains(w) { return true }
        return w == "this" && ["week", "month", "year"].contains(p.f.word(k + 1))
    }

    /// The actor a purpose clause serves: the nearest alliance or organization before it in the
    /// clause (the thing formed "to counter"), else nothing (the caller falls back to the subject).
    func purposeAgent(_ p: ClauseParser, before start: Int) -> (group: [Int], distance: Int)? {
        var i = start - 1
        var steps = 0
        while i >= 0, steps < 14 {
            if let m = p.f.mention(at: i) {
                if p.f.types[m] == .alliance { return ([m], start - p.f.mentions[m].tokenRange.upperBound) }
                i = p.f.mentions[m].tokenRange.lowerBound - 1
            } else {
                if p.f.isIn(i, WordClass.boundaries) { return nil }
                i -= 1
            }
            steps += 1
        }
        return nil
    }

    /// ", including X" / "such as X" after an object noun that is no entity
    /// ("dialogues with Japan, including the Quad").
    func including(_ p: ClauseParser, from: Int, accept: (Int) -> Bool) -> (group: [Int], distance: Int)? {
        var i = from
        while i < min(p.f.count, from + 10) {
            let w = p.f.lower[i]
            if WordClass.boundaries.contains(w) || (p.verbish[i] && i > from) { return nil }
            if w == "including" || (w == "such" && p.f.word(i + 1) == "as") {
                let j = w == "such" ? i + 2 : i + 1
                var k = j
                while k < p.f.count, k < j + 3, p.f.mentionAt[k] < 0 { k += 1 }
                // "issues such as U.S. allies who ...": the name only modifies the noun.
                if let m = p.f.mention(at: k), accept(m), !p.modifiesNoun(m) { return (p.f.group(of: m).filter(accept), k - from) }
                return nil
            }
            i += 1
        }
        return nil
    }

    /// Whether an "including" list after a verb names members of its object: the noun
    /// before "including" is a plural of actors ("sanctioned several firms, including X") and no
    /// "from" or "by" stands between the verb and it. "will back the bills, including Senator
    /// X" lists the subject's side; "garnering support from lawmakers, including X" the source.
    func includesActorsOfTheObject(_ p: ClauseParser, from: Int, list: [Int]) -> Bool {
        guard let first = list.first else { return false }
        var k = p.f.mentions[first].tokenRange.lowerBound - 1
        while k > from, ["including", "such", "as", ",", "the", "a", "an"].contains(p.f.lower[k]) { k -= 1 }
        guard k >= from, p.f.mentionAt[k] < 0, p.f.isIn(k, RuleEngine.includingHeads) else { return false }
        return !(from..<k).contains { p.f.lower[$0] == "from" || p.f.lower[$0] == "by" }
    }

    /// A list that spells out a plural object: "NATO and five aligned nations – Australia, Japan".
    func listContinuation(_ p: ClauseParser, after end: Int, accept: (Int) -> Bool) -> [Int] {
        var i = end
        while i < min(p.f.count, end + 6) {
            let w = p.f.lower[i]
            if w == "–" || w == "—" || w == "-" || w == ":" || w == "including" || w == "namely" || w == "with" || (w == "such" && p.f.word(i + 1) == "as") {
                var k = i + 1
                while k < p.f.count, k < i + 3, p.f.mentionAt[k] < 0 { k += 1 }
                if let m = p.f.mention(at: k), accept(m) { return p.f.group(of: m).filter(accept) }
                return []
            }
            if p.f.mentionAt[i] >= 0 || WordClass.boundaries.contains(w) { return [] }
            i += 1
        }
        return []
    }
}
