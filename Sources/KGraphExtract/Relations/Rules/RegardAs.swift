import KGraphModel

/// Casting another actor in a role: "Washington sees Beijing as its main rival", "Tokyo
/// regards Canberra as a key partner", "Ankara labelled the group a threat".
extension RuleEngine {
    /// Verbs of judging something to be something (lemmas).
    static let regardVerbs: WordSet = WordLists.set("regardVerbs")
    /// Role nouns beyond the relation nouns of ``relationPersonNouns``.
    static let roleNouns: [String: EdgeType] = WordLists.lookup("roleNouns", as: EdgeType.self)
    /// Adjectives that make any role hostile ("a hostile bloc", "an unfriendly state").
    static let hostileRoleAdjectives: WordSet = WordLists.set("hostileRoleAdjectives")
    /// What an actor does or has that others can see as a threat ("NATO expansion", "China's
    /// military buildup"): the judgement is of the actor.
    static let conductNouns: WordSet = WordLists.set("conductNouns")
    /// Articles, possessives and adjectives before a role ("its main rival", "a principal
    /// strategic threat").
    static let roleModifiers: WordSet = WordLists.set("roleModifiers")
    /// Nouns of a hostile design, before "to" and its verb ("an attempt to contain X").
    static let designNouns: WordSet = WordLists.set("designNouns")
    /// Adjectives that condemn what they are said of ("called the move reckless").
    static let judgementAdjectives: WordSet = WordLists.set("judgementAdjectives")
    /// Role nouns of a plight ("a disaster"), which judge an actor only when said of it directly.
    static let plightNouns: WordSet = WordLists.set("plightNouns")
    /// Verbs (as lemmas) of a hostile design.
    static let containVerbs: WordSet = WordLists.set("containVerbs")

    func regardedAs(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        for v in 0..<f.count where f.mentionAt[v] < 0 && f.isLemma(v, in: .regard)
            && !f.isIn(v - 1, WordClass.determiners) && !f.isIn(v - 1, WordClass.prepositions) {
            guard let (objects, after) = Self.regardedObjects(f, after: v), let o = objects.first else { continue }
            // "views Tehran with suspicion", "regards X's overtures with open hostility".
            if let end = Self.regardedWithStance(p, from: after) {
                out += judged(p, v, end: end, span: end - v, objects: objects)
                continue
            }
            var k = after
            // A head noun that keeps the name ("the BRICS group", "the Chinese government").
            if f.isIn(k, WordClass.headNounsKeepingName) || f.isIn(k, WordClass.governmentHeads) { k += 1 }
            // "NATO expansion", "China's military buildup": the actor's conduct, which only a
            // hostile role can be said of.
            let conductEnd = Self.conductEnd(f, from: k)
            if let end = conductEnd { k = end }
            let labelled = f.word(k) != "as"  // "labelled the group a threat"
            if !labelled { k += 1 }
            let steps = Self.skipRoleModifiers(f, &k)
            // "called the move reckless", "labeled the reports “outrageous”": a condemning
            // adjective said of the object or its conduct, closing the phrase.
            if let end = Self.judgement(f, at: k) {
                out += judged(p, v, end: end, span: end - v, objects: objects)
                continue
            }
            let roleAt = k
            guard let role = Self.castRole(f, object: o, at: &k), steps > 0 || !labelled,
                  conductEnd == nil || role.edge == .tensionWith else { continue }
            // "called the agency a disaster": a word of plight judges a body or a person, or an
            // actor's conduct, named with no word of its own before it ("described Haiti as a
            // humanitarian nightmare" speaks of the country's plight).
            if f.isIn(k, RuleEngine.plightNouns), k != roleAt || conductEnd == nil && f.types[o] != .person && f.types[o] != .organization { continue }
            let (edge, design) = role
            // "regards X as a partner in ..." is still a partner; "as a threat to Y" names a third side.
            // ("as a threat to its security": the subject's own, no third side.)
            if edge == .tensionWith, !design, f.word(k + 1) == "to",
               let third = f.mention(at: k + 2) ?? f.mention(at: k + 3), SentenceFrame.isActor(f.types[third]), !f.isPossessive(third) { continue }
            out += judged(p, v, end: k + 1, span: k - v, objects: objects, edge: edge)
        }
        return out
    }

    /// The judge's (the subject of the verb of regarding at `v`) `edge` toward `objects`, as the
    /// words `v..<end` state it, `span` words from the verb; none when the verb is negated or refused.
    private func judged(_ p: ClauseParser, _ v: Int, end: Int, span: Int, objects: [Int], edge: EdgeType = .tensionWith) -> [Candidate] {
        let g = p.verbGroup(before: v, trigger: Trigger(range: v..<(v + 1), entry: .init(phrase: "see", edge: edge, inverse: false, nominal: false)))
        guard !g.negated, g.refusal == nil, let s = p.subject(before: g.start) else { return [] }
        let sources = edge == .supports ? objects : s.group
        let targets = edge == .supports ? s.group : objects
        return pairs(p, sources, targets, edge, trigger: v..<end, rule: "regard-as", distance: s.distance + span, hedged: g.hedged)
    }

    /// The object right after the verb ("sees China as"): the first name after the verb, past
    /// an article and a few modifiers ("sees the growing BRICS group as"), with the index just
    /// after it. A demonym counts only with its noun right before "as" ("sees the American
    /// presence as", "views the Turkish-Azerbaijani axis as": the states named), and the
    /// index is then that of "as".
    private static func regardedObjects(_ f: SentenceFrame, after v: Int) -> ([Int], Int)? {
        var j = v + 1
        while j < min(f.count, v + 4), f.mentionAt[j] < 0, f.tokens[j].kind == .word, !f.tokens[j].isCapitalized,
              !f.isIn(j, WordClass.prepositions), !f.isIn(j, WordClass.boundaries), f.lower[j] != "as" { j += 1 }
        guard let o = f.mention(at: j), SentenceFrame.isActor(f.types[o]) else { return nil }
        guard f.mentions[o].form == .demonym else { return ([o], f.mentions[o].tokenRange.upperBound) }
        // Demonyms joined by a hyphen or "and" ("Turkish-Azerbaijani", "American and British").
        // ("Turkish-Azerbaijani" may be one token holding both.)
        var states = f.mentions.indices.filter { f.mentions[$0].tokenRange == f.mentions[o].tokenRange && f.mentions[$0].form == .demonym }
        var k = f.mentions[o].tokenRange.upperBound
        while ["-", "and", "/"].contains(f.word(k)), let next = f.mention(at: k + 1), f.mentions[next].form == .demonym,
              f.types[next] == .country {
            states.append(next)
            k = f.mentions[next].tokenRange.upperBound
        }
        guard states.allSatisfy({ f.types[$0] == .country }) else { return nil }
        // One or two lowercase words, then "as".
        var n = 0
        while n < 2, k < f.count, f.mentionAt[k] < 0, f.tokens[k].kind == .word, !f.tokens[k].isCapitalized, f.lower[k] != "as",
              !f.isIn(k, WordClass.prepositions), !f.isIn(k, WordClass.boundaries) {
            k += 1
            n += 1
            if f.isIn(k - 1, RuleEngine.conductNouns) { break }
        }
        // ("called the Japanese move a provocation": a demonym's conduct noun, then the role.)
        guard n > 0, f.word(k) == "as" || f.isIn(k - 1, RuleEngine.conductNouns) else { return nil }
        return (states, k)
    }

    /// Nouns of a wary or hostile regard ("with suspicion", "with open hostility").
    static let regardStanceNouns: WordSet = WordLists.set("regardStanceNouns")

    /// The end of "with" and a noun of wary regard a few plain words after the object (its
    /// noun phrase may run on: "X's overtures to the West with open hostility"); nil when none.
    private static func regardedWithStance(_ p: ClauseParser, from k: Int) -> Int? {
        let f = p.f
        var w = k
        while w < min(f.count, k + 7), f.lower[w] != "with" {
            if f.isIn(w, WordClass.boundaries) || f.lower[w] == "," || p.verbish[w] || f.lower[w] == "as" { return nil }
            w += 1
        }
        guard f.word(w) == "with" else { return nil }
        var n = w + 1
        while n < min(f.count, w + 4), f.mentionAt[n] < 0, !f.isIn(n, RuleEngine.regardStanceNouns),
              f.tokens[n].kind == .word, !f.tokens[n].isCapitalized, !f.isIn(n, WordClass.prepositions) { n += 1 }
        guard n < f.count, f.mentionAt[n] < 0, f.isIn(n, RuleEngine.regardStanceNouns) else { return nil }
        return n + 1
    }

    /// Where a conduct noun of the object ends ("NATO expansion", "China's military buildup"),
    /// `k` being just after the object; nil when none follows.
    private static func conductEnd(_ f: SentenceFrame, from k: Int) -> Int? {
        var c = k
        if f.word(c) == "'s" || f.word(c) == "'" { c += 1 }
        var steps = 0
        while steps < 2, c < f.count, f.mentionAt[c] < 0, f.tokens[c].kind == .word, !f.tokens[c].isCapitalized,
              !f.isIn(c, RuleEngine.conductNouns), !f.isIn(c, WordClass.prepositions), f.lower[c] != "as" { c += 1; steps += 1 }
        if c < f.count, f.isIn(c, RuleEngine.conductNouns), f.mentionAt[c] < 0 { return c + 1 }
        return nil
    }

    /// The end of a condemning adjective at `k` (after an opening quote) that closes its phrase
    /// ("reckless.", "“absurd” and ..."), or nil; "a dangerous precedent" names a noun instead.
    private static func judgement(_ f: SentenceFrame, at k: Int) -> Int? {
        var j = k
        if f.isIn(j, WordClass.quotes) { j += 1 }
        guard j < f.count, f.mentionAt[j] < 0, f.isIn(j, RuleEngine.judgementAdjectives) else { return nil }
        var e = j + 1
        if f.isIn(e, WordClass.quotes) { e += 1 }
        guard e >= f.count || f.tokens[e].kind != .word || ["and", "or", "but", "because", "since", "after", "on", "in"].contains(f.lower[e]) else { return nil }
        return j + 1
    }

    /// Moves `k` past the articles, possessives and adjectives before a role ("its main
    /// rival"); the number of words passed.
    private static func skipRoleModifiers(_ f: SentenceFrame, _ k: inout Int) -> Int {
        var steps = 0
        while steps < 4, k < f.count {
            // "its main rival": the possessive may have been resolved to a mention.
            if let r = f.mention(at: k), f.mentions[r].form == .reference, f.isPossessive(r) {
                k = f.mentions[r].tokenRange.upperBound
                steps += 1
                continue
            }
            // ("a “total disaster”": a quote mark opens the words said.)
            if f.mentionAt[k] < 0, f.isIn(k, WordClass.quotes), k + 1 < f.count, f.tokens[k + 1].kind == .word { k += 1; continue }
            guard f.mentionAt[k] < 0, f.isIn(k, RuleEngine.roleModifiers) else { break }
            k += 1
            steps += 1
        }
        return steps
    }

    /// The role at `k` (moved to the role's last word) the object `o` is cast in, and whether
    /// it is a hostile design ("an attempt to contain X"); nil when no role is there.
    private static func castRole(_ f: SentenceFrame, object o: Int, at k: inout Int) -> (edge: EdgeType, design: Bool)? {
        // One more noun may modify the role ("a war criminal", "a terrorist state" reads on).
        if RuleEngine.roleNouns[f.word(k)] == nil, RuleEngine.relationPersonNouns[f.word(k)] == nil, k + 1 < f.count,
           f.mentionAt[k] < 0, f.tokens[k].kind == .word, !f.tokens[k].isCapitalized, RuleEngine.roleNouns[f.lower[k + 1]] != nil { k += 1 }
        if let role = RuleEngine.roleNouns[f.word(k)] ?? RuleEngine.relationPersonNouns[f.word(k)] { return (role, false) }
        // "a hostile bloc"; "an attempt to contain China".
        // (The noun may have been read as a reference to the object itself: "a hostile bloc".)
        if f.isIn(k, RuleEngine.hostileRoleAdjectives), k + 1 < f.count,
           f.mention(at: k + 1).map({ f.mentions[$0].form == .reference }) ?? true,
           f.tokens[k + 1].kind == .word, !f.tokens[k + 1].isCapitalized { k += 1; return (.tensionWith, false) }
        // "as a hostile bloc" read as a description of the object itself.
        if let r = f.mention(at: k), f.mentions[r].form == .reference, f.mentions[r].nodeID == f.mentions[o].nodeID,
           f.mentions[r].tokenRange.contains(where: { f.isIn($0, RuleEngine.hostileRoleAdjectives) }) {
            k = f.mentions[r].tokenRange.upperBound - 1
            return (.tensionWith, false)
        }
        if f.isIn(k, RuleEngine.designNouns), f.word(k + 1) == "to",
           f.isLemma(min(k + 2, f.count - 1), in: .contain) { return (.tensionWith, true) }
        return nil
    }
}
