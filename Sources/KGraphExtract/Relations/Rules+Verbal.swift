import KGraphModel

extension RuleEngine {
    /// Subject–verb–object through a verb trigger, with passive voice, relative clauses,
    /// purpose clauses ("an alliance to counter China"), inverse verbs ("brings together X"),
    /// and negation or refusal turning membership, support and proposals into `rejects`.
    func verbal(_ t: Trigger, _ p: ClauseParser) -> [Candidate] {
        let g = p.verbGroup(before: t.range.lowerBound, trigger: t)
        let principleOnly = t.entry.principleOnly
        var edge = t.entry.edge
        var flipped = false
        if g.negated || g.refusal != nil {
            // Both together ("did not refuse to join") cancel out: too unsure to say anything.
            guard !(g.negated && g.refusal != nil) else { return [] }
            switch edge {
            case .memberOf, .supports, .proposes, .upholds:
                guard !t.entry.inverse else { return [] }
                edge = .rejects
                flipped = true
            default:
                return []  // "did not reject", "not a partner": no edge either way
            }
        }
        var rule = flipped ? (g.refusal != nil ? "refusal" : "negated-stance") : (t.entry.inverse ? "svo-inverse" : "svo")
        // "Sweden's bid to join NATO": membership sought is a push for it, not membership.
        if edge == .memberOf, g.aspiration, !t.entry.inverse {
            guard !flipped else { return [] }
            edge = .proposes
            rule = "member-bid"
        }
        let end = t.range.upperBound
        let form = p.f.lower[t.range.lowerBound]
        let bare = g.start == t.range.lowerBound
        let targetOK: (Int) -> Bool = { m in (!principleOnly || p.f.types[m] == .principle) && self.accept(p, edge)(m) }
        // "X, head of the Y mission": a noun in apposition, not a verb (the title rules read it).
        if bare, p.f.word(end) == "of", [",", "the", "a", "an", "deputy", "acting", "former"].contains(p.f.word(t.range.lowerBound - 1)) {
            return []
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
               !(form.hasSuffix("ing") && p.messageBefore(t.range.lowerBound)) { return [] }
        // "a statement following the meeting": words in -ing that work as prepositions.
        if bare, WordClass.prepositionalParticiples.contains(form) { return [] }
        }
        // Reduced passive: "the pact rejected by Peru", "firms targeted by Russia".
        if bare, form.hasSuffix("ed"), p.f.word(end) == "by", !t.entry.inverse,
           let agent = p.object(from: end + 1, limit: 3, accept: { SentenceFrame.isActor(p.f.types[$0]) }) {
            var i = t.range.lowerBound - 1
            if p.f.word(i) == "," { i -= 1 }
            guard let m = p.f.mention(at: i) else { return [] }
            let patient = p.f.group(of: m).filter(targetOK)
            return pairs(p, agent.group, patient, edge, trigger: t.range, rule: "svo-passive", distance: agent.distance, hedged: g.hedged)
        }
        // Arguments.
        var subj: (group: [Int], distance: Int)?
        var obj: (group: [Int], distance: Int)?
        if g.passive, edge == .memberOf, p.f.word(end) == "in" || p.f.word(end) == "at" {
            // "X is joined in the Y talks by A, B and C": everyone named takes part in Y.
            var k = end + 1
            if p.f.word(k) == "the" { k += 1 }
            guard let org = p.f.mention(at: k), [.alliance, .organization].contains(p.f.types[org]) else { return [] }
            var b = p.f.mentions[org].tokenRange.upperBound
            while b < min(p.f.count, end + 8), p.f.lower[b] != "by", p.f.mentionAt[b] < 0, !WordClass.boundaries.contains(p.f.lower[b]) { b += 1 }
            guard p.f.word(b) == "by", let agent = p.object(from: b + 1, limit: 2, accept: { SentenceFrame.isActor(p.f.types[$0]) }),
                  let patient = p.subject(before: g.start) else { return [] }
            return pairs(p, agent.group + patient.group, [org], .memberOf, trigger: t.range, rule: "svo-passive", distance: b - end, hedged: g.hedged)
        }
        if g.passive {
            guard p.f.word(end) == "by", let agent = p.object(from: end + 1, limit: 3, accept: { SentenceFrame.isActor(p.f.types[$0]) }) else { return [] }
            guard let patient = p.subject(before: g.start) else { return [] }
            subj = agent
            obj = (patient.group.filter(targetOK), patient.distance)
            rule = flipped ? rule : "svo-passive"
        } else {
            if g.purpose && edge == .counters {
                subj = purposeAgent(p, before: g.start)
                if subj != nil { rule = "purpose-counter" }
            }
            // "To stem X's missile program, the White House ...": a fronted purpose clause
            // belongs to the subject after its comma.
            if g.purpose, g.start == 0 || p.f.word(g.start - 1) == ",", subj == nil,
               let comma = p.f.lower[end...].firstIndex(of: ",") {
                var k = comma + 1
                while k < min(p.f.count, comma + 4), p.f.mentionAt[k] < 0 { k += 1 }
                if let m = p.f.mention(at: k), SentenceFrame.isActor(p.f.types[m]), p.standsForActor(m) {
                    subj = ([m], k - end)
                    rule = "purpose-fronted"
                }
            }
            if subj == nil, let s = p.subject(before: g.start) {
                // "will try to convince Xi to squeeze X", "urged Beijing to pressure X": the act
                // asked of someone is not done.
                if g.purpose, let first = s.group.first {
                    var v = p.f.mentions[first].tokenRange.lowerBound - 1
                    if WordClass.determiners.contains(p.f.word(v)) { v -= 1 }
                    if v >= 0, p.f.lemmas[v].contains(where: WordClass.persuasionVerbs.contains) { return [] }
                }
                subj = (s.group, s.distance)
                if s.relative && !flipped { rule = "svo-relative" }
                if g.purpose && !flipped { rule = "svo-control" }
            }
            let acceptTarget: (Int) -> Bool = t.entry.inverse
                ? { RuleEngine.sourceOK(edge, p.f.types[$0]) && p.f.mentions[$0].form != .demonym }
                : targetOK
            obj = p.object(from: end, possessorOK: !t.entry.inverse && [.tensionWith, .counters, .rejects, .supports].contains(edge),
                           modifiersOnly: [.supports, .proposes, .memberOf, .partnersWith, .upholds, .rejects, .leads, .serves, .founded].contains(edge),
                           agentOK: edge == .tensionWith, authorOK: edge == .supports, accept: acceptTarget)
            if obj == nil, let inc = including(p, from: end, accept: acceptTarget) {
                obj = inc
                if !flipped { rule = "including-object" }
            }
            // "the strategic autonomy that India has been pursuing": the antecedent of an object
            // relative clause is the object.
            if obj == nil, let s = subj, !t.entry.inverse, let first = s.group.first {
                let b = p.f.mentions[first].tokenRange.lowerBound - 1
                if b > 0, p.f.lower[b] == "that" || p.f.lower[b] == "which", let m = p.f.mention(at: b - 1), acceptTarget(m),
                   !p.triggerAt[max(0, t.range.upperBound)..<min(p.f.count, t.range.upperBound + 1)].contains(true) {
                    obj = ([m], t.range.lowerBound - b)
                    if !flipped { rule = "svo-object-relative" }
                }
            }
            if t.entry.inverse, let o = obj {
                obj = (o.group + listContinuation(p, after: p.f.span(of: o.group).upperBound, accept: acceptTarget), o.distance)
            }
        }
        // Only verbs that take two sides by themselves ("clashed", "cooperate") or "each other":
        // "A and B protested" protests at a third party. (Checked last: most triggers never get here.)
        if let s = subj, obj == nil, edge.isSymmetric, !flipped, s.group.count >= 2, s.distance <= 2, noDirectObject(p, after: end),
           t.range.contains(where: { RuleEngine.mutualVerbs.contains(where: p.f.lemmas[$0].contains) })
            || (p.f.word(end) == "each" && p.f.word(end + 1) == "other") || (p.f.word(end) == "one" && p.f.word(end + 1) == "another") {
            // "India and China clashed": each with the other.
            var out: [Candidate] = []
            let sides = Array(s.group.prefix(4))
            for a in 0..<sides.count {
                for b in (a + 1)..<sides.count {
                    out += pairs(p, [sides[a]], [sides[b]], edge, trigger: t.range, rule: "svo-reciprocal", distance: s.distance, hedged: g.hedged,
                                     sameListOK: true)
                }
            }
            return out
        }
        guard let s = subj, var o = obj, !o.group.isEmpty else { return [] }
        // "could not join Nepal and China in investments", "declined to join the French
        // initiative": refusing to join a state in something is no rejection of the state.
        if flipped, t.entry.edge == .memberOf {
            o.group = o.group.filter { [.alliance, .organization].contains(p.f.types[$0]) && p.f.mentions[$0].form != .demonym }
            if o.group.isEmpty { return [] }
        }
        let distance = s.distance + o.distance
        // "joined Y in condemning ..." / "joined Y to call for ...": joining someone in an act is
        // no membership of Y.
        if t.entry.edge == .memberOf, !t.entry.inverse {
            let after = p.f.span(of: o.group).upperBound
            let next = p.f.word(after + 1)
            if p.f.word(after) == "in", next.hasSuffix("ing") || p.f.word(after + 2).hasSuffix("ing") && WordClass.determiners.contains(next) {
                return []
            }
            if p.f.word(after) == "to", after + 1 < p.f.count, p.f.mentionAt[after + 1] < 0, p.verbish[after + 1] { return [] }
        }
        if t.entry.inverse {
            let members = o.group
            let wholes = s.group.filter { [.alliance, .organization].contains(p.f.types[$0]) }
            return pairs(p, members, wholes, edge, trigger: t.range, rule: rule, distance: distance, hedged: g.hedged)
        }
        var out = pairs(p, s.group, o.group, edge, trigger: t.range, rule: rule, distance: distance, hedged: g.hedged, flipped: flipped)
        if o.group.count == 1, p.f.isPossessive(o.group[0]) {
            for k in out.indices { out[k].argumentFactor *= 0.85 }
        }
        return out
    }

    /// "India and China clashed (at the border)": nothing but an adverb before a preposition or
    /// the clause's end. "A and B criticized the move / threatened them" has an object that is
    /// no entity, so A and B are not each other's targets.
    func noDirectObject(_ p: ClauseParser, after end: Int) -> Bool {
        var k = end
        while k < p.f.count, p.f.mentionAt[k] < 0, WordClass.adverbs.contains(p.f.lower[k]) || p.f.lower[k].hasSuffix("ly") { k += 1 }
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
                if WordClass.boundaries.contains(p.f.lower[i]) { return nil }
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
