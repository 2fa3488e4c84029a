import KGraphModel

/// Sides acting together against a third: "Peru has worked closely with Chile against the
/// rebels", "Peru and Chile joined forces against Bolivia", "stood with Chile against Bolivia".
/// The subject and the partner after "with" or "alongside" each counter the side after "against".
extension RuleEngine {
    /// Verbs (as lemmas) of acting together or taking a side.
    static let cooperationVerbs: Set<String> = WordLists.strings("cooperationVerbs")
    /// Words between the verb and "with"/"against": adverbs and particles ("worked closely",
    /// "joined forces", "teamed up").
    static let cooperationFillers: WordSet = WordLists.set("cooperationFillers")

    func jointOppositions(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        for a in 1..<max(1, f.count - 1) where f.lower[a] == "against" {
            let at = f.word(a + 1) == "the" ? a + 2 : a + 1
            guard let target = f.mention(at: at), SentenceFrame.isActor(f.types[target]), f.mentions[target].form != .demonym else { continue }
            // A partner right before "against": "with Chile", "alongside Chile".
            var v = a - 1
            var partners: [Int] = []
            if let m = f.mention(at: v), f.mentions[m].form != .demonym {
                let g = f.group(of: m).filter { $0 <= m }
                let first = g.first ?? m
                let w = f.mentions[first].tokenRange.lowerBound - 1
                guard w > 0, f.lower[w] == "with" || f.lower[w] == "alongside" else { continue }
                partners = g.filter { SentenceFrame.isActor(f.types[$0]) }
                v = w - 1
            }
            while v > 0, f.mentionAt[v] < 0, f.isIn(v, RuleEngine.cooperationFillers) || f.isIn(v, WordClass.adverbs) { v -= 1 }
            // ("lead the side against X": a noun after a determiner.)
            guard v >= 0, f.mentionAt[v] < 0, f.isLemma(v, in: .cooperation),
                  !f.isIn(v - 1, WordClass.determiners),
                  !(max(0, v - 3)..<v).contains(where: { f.isNegator($0, verbs) }), let s = p.subject(before: v) else { continue }
            // Every side of a list after "against" ("against Pyongyang and an assertive Beijing").
            var targets = f.group(of: target).filter { $0 >= target && SentenceFrame.isActor(f.types[$0]) && f.mentions[$0].form != .demonym }
            if let tail = describedListTail(p, after: f.span(of: targets).upperBound) { targets.append(tail) }
            let ids = Set(targets.map { f.mentions[$0].nodeID })
            let sides = (s.group + partners).filter { !ids.contains(f.mentions[$0].nodeID) }
            out += pairs(p, sides, targets, .counters, trigger: a..<(a + 1), rule: "joint-opposition", distance: s.distance + (a - v))
        }
        return out
    }

    /// "... and an increasingly assertive Beijing": the last side of a list named after an
    /// article and a few plain modifiers (no verb, preposition or other name between).
    func describedListTail(_ p: ClauseParser, after end: Int) -> Int? {
        let f = p.f
        guard f.word(end) == "and" else { return nil }
        var k = end + 1
        if ["a", "an", "the"].contains(f.word(k)) { k += 1 }
        let start = k
        while k < min(f.count, start + 3), f.mentionAt[k] < 0, f.tokens[k].kind == .word, !f.tokens[k].isCapitalized,
              !f.isIn(k, WordClass.prepositions), !f.isIn(k, WordClass.boundaries), !p.verbish[k] { k += 1 }
        guard k > start, let m = f.mention(at: k), SentenceFrame.isActor(f.types[m]), f.mentions[m].form == .name || f.mentions[m].form == .metonym,
              !f.isPossessive(m) else { return nil }
        // A name that modifies a noun ("and a growing Chinese navy") is no side.
        let e = f.mentions[m].tokenRange.upperBound
        guard e >= f.count || f.mentionAt[e] >= 0 || f.tokens[e].kind != .word || f.isIn(e, WordClass.prepositions) || f.isIn(e, WordClass.boundaries) || p.verbish[e]
        else { return nil }
        return m
    }
}
