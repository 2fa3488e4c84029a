import KGraphModel

/// Who holds a principle named in a noun phrase: the author named after it ("a war on drugs
/// declared by X") and the owner of the policy it names ("Trump's 'America First' policy", "his
/// 'America First' vision"). Used by ``RuleEngine/modifierStances(_:)``.
extension RuleEngine {
    /// Participles of authoring or leading a policy ("declared", "launched", "championed").
    static let authorshipParticiples: WordSet = WordLists.set("authorshipParticiples")

    /// The author of a principle named after it: "a war on drugs declared by X", "a fragile
    /// detente by X" (a bare "by" only after "a"/"an" and plain modifiers: "the erosion of the
    /// rule of law by X" names no author).
    func principleAgent(_ p: ClauseParser, _ m: Int) -> [Candidate]? {
        let f = p.f
        let r = f.mentions[m].tokenRange
        var e = r.upperBound
        while e < f.count, f.isIn(e, WordClass.quotes) { e += 1 }
        if f.isIn(e, RuleEngine.policyNouns) { e += 1 }
        let participle = f.isIn(e, RuleEngine.authorshipParticiples)
        if participle { e += 1 }
        guard f.word(e) == "by" else { return nil }
        if !participle {
            var b = r.lowerBound - 1
            while b >= 0, f.isIn(b, WordClass.quotes) { b -= 1 }
            var skipped = 0
            while skipped < 2, plainModifier(p, b) { b -= 1; skipped += 1 }
            guard f.word(b) == "a" || f.word(b) == "an" else { return nil }
        }
        var k = e + 1
        if f.word(k) == "the" { k += 1 }
        // "by former Democratic U.S. president X": titles and party or state words before a person.
        var agent = f.mention(at: k)
        if agent.map({ f.mentions[$0].form == .demonym || f.types[$0] == .country }) ?? true {
            var j = k
            agent = nil
            while j < min(f.count, k + 7), agent == nil {
                if let n = f.mention(at: j) {
                    if f.types[n] == .person { agent = n; break }
                    j = f.mentions[n].tokenRange.upperBound
                    continue
                }
                guard f.tokens[j].kind == .word, !p.verbish[j], !f.isIn(j, WordClass.prepositions), !f.isIn(j, WordClass.boundaries),
                      !["and", "or"].contains(f.lower[j]) else { break }
                j += 1
            }
            if agent == nil, let n = f.mention(at: k), f.types[n] == .country, f.mentions[n].form != .demonym { agent = n }
        }
        guard let agent, SentenceFrame.isActor(f.types[agent]), f.mentions[agent].form != .demonym,
              !f.isPossessive(agent) else { return nil }
        return pairs(p, [agent], [m], .upholds, trigger: e..<(e + 1), rule: "principle-agent", distance: k - r.upperBound)
    }

    /// Whether token `k` is a plain lowercase modifier inside a noun phrase: no name, verb,
    /// preposition, article, conjunction or punctuation ("unilateralist", "foreign").
    func plainModifier(_ p: ClauseParser, _ k: Int) -> Bool {
        let f = p.f
        guard k >= 0, k < f.count, f.mentionAt[k] < 0, f.tokens[k].kind == .word, !f.tokens[k].isCapitalized, !p.verbish[k] else { return false }
        let w = f.lower[k]
        return !f.isIn(k, WordClass.prepositions) && !f.isIn(k, WordClass.determiners) && !f.isIn(k, WordClass.boundaries)
            && !f.isIn(k, RuleEngine.policyNouns) && !["and", "or", "but", "'s", "not", "no"].contains(w)
    }

    /// The owner of a policy whose possessive ends at `a`: "Trump's" (the name before "'s") or a
    /// possessive pronoun standing for an actor ("his 'America First' vision").
    func policyOwner(_ p: ClauseParser, before a: Int) -> Int? {
        let f = p.f
        guard a >= 0 else { return nil }
        if f.lower[a] == "'s", let owner = f.mention(at: a - 1), SentenceFrame.isActor(f.types[owner]) {
            return owner
        }
        if let owner = f.mention(at: a), f.mentions[owner].form == .reference, f.mentions[owner].tokenRange.count == 1,
           f.isPossessive(owner), SentenceFrame.isActor(f.types[owner]) {
            return owner
        }
        return nil
    }
}
