import KGraphModel

/// Trade in strategic goods between states is a partnership: "India's purchases of Russian oil",
/// "citing its Russian oil purchases", "Hungary buys most of its gas from Russia", "Turkey
/// imports Iranian crude". The goods are named by the seller's demonym or come "from" the
/// seller; the buyer is the possessor of the trade noun or the subject of the buying verb.
extension RuleEngine {
    /// Nouns for buying from abroad.
    static let tradeNouns: WordSet = WordLists.set("tradeNouns")
    /// Verbs (as lemmas) of buying from abroad.
    static let buyVerbs: WordSet = WordLists.set("buyVerbs")
    /// Verbs (as lemmas) that shrink a trade rather than carry it on.
    static let tradeCutVerbs: WordSet = WordLists.set("tradeCutVerbs")
    /// Goods whose trade speaks of a strategic tie (energy, arms, staple food).
    static let strategicGoods: WordSet = WordLists.set("strategicGoods")
    /// Goods whose purchase speaks of a tie: the strategic goods, and arms that are no help when
    /// sent ("sent warships to X" may be a show of force) but are trade when bought.
    static let tradedGoods: WordSet = strategicGoods.union(WordLists.set("boughtArms"))
    /// Words between a buying verb and the goods ("buy more cheap ...").
    static let boughtGoodsDeterminers: WordSet = WordLists.set("boughtGoodsDeterminers")
    /// Words between the seller's demonym and the goods ("Russian crude oil", "French fighter jets").
    static let goodsModifiers: WordSet = WordLists.set("goodsModifiers")

    /// Whether token `i` may stand between a seller's demonym and the goods: a modifier, or a
    /// maker's model name ("Rafale jets", "F-16 fighters": a capitalized word that is no entity,
    /// or a word with digits).
    private func goodsModifier(_ f: SentenceFrame, _ i: Int) -> Bool {
        guard i >= 0, i < f.count, f.mentionAt[i] < 0 else { return false }
        if f.isIn(i, RuleEngine.goodsModifiers) { return true }
        return i > 0 && f.tokens[i].kind == .word && (f.tokens[i].isCapitalized || f.lower[i].contains(where: { $0.isNumber }))
    }

    /// Who owns a trade noun through the possessive ending at `k` ("India's", "its").
    private enum NounOwner { case mention(Int), unresolved }

    /// The owner of a trade noun whose possessive ends at token `k`: its mention, `.unresolved`
    /// for a possessive no mention stands for ("its" left unresolved), nil when nothing owns it.
    private func nounOwner(_ f: SentenceFrame, endingAt k: Int) -> NounOwner? {
        if let b = f.mention(at: k), f.isPossessive(b) || f.word(k + 1) == "'s" { return .mention(b) }
        if f.isIn(k, WordClass.possessivePronouns) || f.word(k + 1) == "'s" { return .unresolved }
        return nil
    }

    /// Before token `v`, past words that may stand between a buying verb and the goods ("buy
    /// more cheap ...", "import their ...").
    private func beforeGoods(_ f: SentenceFrame, _ v: Int) -> Int {
        var v = v
        while v > 0, f.isIn(v, RuleEngine.boughtGoodsDeterminers) { v -= 1 }
        return v
    }

    func tradeFlows(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        // "Russian oil", "Russian crude oil": a seller's demonym before the goods.
        for m in f.mentions.indices where f.mentions[m].form == .demonym && f.types[m] == .country {
            var g = f.mentions[m].tokenRange.upperBound
            // "Russian crude oil", "French fighter jets", "German main battle tanks".
            var mods = 0
            while mods < 2, goodsModifier(f, g) { g += 1; mods += 1 }
            guard g < f.count, f.mentionAt[g] < 0, f.isIn(g, RuleEngine.tradedGoods) else { continue }
            // The trade noun: "purchases of [discounted] Russian oil" or "Russian oil purchases".
            var noun: Int?
            var b = f.mentions[m].tokenRange.lowerBound - 1
            if ["discounted", "cheap", "cheaper", "more", "the"].contains(f.word(b)) { b -= 1 }
            if f.word(b) == "of", f.isIn(b - 1, RuleEngine.tradeNouns) { noun = b - 1 }
            if noun == nil, f.isIn(g + 1, RuleEngine.tradeNouns) { noun = g + 1 }
            if let n = noun {
                // The buyer owns the noun: "India's purchases", "its purchases", "New Delhi's continued purchase".
                var k = n < g ? n - 1 : f.mentions[m].tokenRange.lowerBound - 1
                if ["continued", "growing", "massive", "increased", "rising", "huge", "ongoing"].contains(f.word(k)) { k -= 1 }
                if f.word(k) == "'s" || f.word(k) == "'" { k -= 1 }
                let owner = nounOwner(f, endingAt: k)
                if case .mention(let buyer) = owner {
                    out += pairs(p, [buyer], [m], .partnersWith, trigger: n..<(n + 1), rule: "trade-flow", distance: abs(g - n))
                } else if owner != nil {
                    // ("sanctioned X over its purchases": an owner not resolved is still no subject.)
                    continue
                } else if n < g, let v = governingVerb(p, before: n),
                          !(v..<n).contains(where: { f.isLemma($0, in: .curb) || f.lemmas[$0].contains(where: { RuleEngine.tradeCutVerbs.contains($0) }) }),
                          !(max(0, v - 3)..<v).contains(where: { f.isNegator($0, verbs) }),
                          let s = p.subject(before: v, limit: 12), !s.relative {
                    // "Brussels stepped up purchases of American gas": the subject of the verb
                    // whose object the noun is buys, unless the verb cuts the trade.
                    out += pairs(p, s.group, [m], .partnersWith, trigger: n..<(n + 1), rule: "trade-flow", distance: s.distance + abs(g - v))
                }
                continue
            }
            // "Turkey imports Iranian crude": a buying verb right before the goods.
            var v = beforeGoods(f, f.mentions[m].tokenRange.lowerBound - 1)
            // "buy French jets and Italian warships": goods joined to goods bought before them.
            while v > 1, f.lower[v] == "and" || f.lower[v] == ",", f.mentionAt[v - 1] < 0, f.isIn(v - 1, RuleEngine.tradedGoods) {
                var d = v - 2
                var steps = 0
                while d > 0, steps < 2, goodsModifier(f, d) { d -= 1; steps += 1 }
                guard let e = f.mention(at: d), f.mentions[e].form == .demonym, f.types[e] == .country else { break }
                v = beforeGoods(f, f.mentions[e].tokenRange.lowerBound - 1)
            }
            if v >= 0, f.mentionAt[v] < 0, f.isLemma(v, in: .buy), let s = p.subject(before: v) {
                out += pairs(p, s.group, [m], .partnersWith, trigger: v..<(v + 1), rule: "trade-flow", distance: s.distance)
            }
        }
        // "Hungary buys most of its gas from Russia": goods bought "from" a state.
        for v in 0..<f.count where f.mentionAt[v] < 0 && f.isLemma(v, in: .buy) {
            var k = v + 1
            var goods = false
            // ("its gas": a resolved pronoun may stand on the way.)
            while k < min(f.count, v + 8), f.mention(at: k).map({ f.mentions[$0].form == .reference }) ?? true,
                  !f.isIn(k, WordClass.boundaries), f.lower[k] != "from" {
                if f.isIn(k, RuleEngine.tradedGoods) || RuleEngine.isModelDesignation(f.tokens[k].text) { goods = true }
                k += 1
            }
            guard goods, f.word(k) == "from", let seller = f.mention(at: k + 1) ?? (f.word(k + 1) == "the" ? f.mention(at: k + 2) : nil),
                  f.mentions[seller].form != .demonym else { continue }
            // "India's purchase of S-400s from Russia", "its purchase of ...": the noun's possessor
            // buys; an owner not resolved to an actor is still no subject.
            if let owner = nounOwner(f, endingAt: f.word(v - 1) == "'s" ? v - 2 : v - 1) {
                if case .mention(let b) = owner, SentenceFrame.isActor(f.types[b]), f.mentions[b].form != .demonym {
                    out += pairs(p, [b], [seller], .partnersWith, trigger: v..<(v + 1), rule: "trade-flow", distance: k - v)
                }
                continue
            }
            guard let s = p.subject(before: v) else { continue }
            out += pairs(p, s.group, [seller], .partnersWith, trigger: v..<(v + 1), rule: "trade-flow", distance: s.distance)
        }
        return out + exportFlows(p)
    }

    /// Nouns for goods leaving a state ("to" the buyer) or entering it ("from" the seller).
    static let exportNouns: WordSet = WordLists.set("exportNouns")
    static let importNouns: WordSet = WordLists.set("importNouns")
    /// Words that make a trade flow the object of a restriction ("tariffs on Chinese imports").
    static let tradeCurbs: WordSet = WordLists.set("tradeCurbs")

    /// "Peru's exports to Chile", "Peruvian copper exports to Chile", "Chile's imports from Peru":
    /// a flow of goods between two named states is trade, a partnership. A flow that is the
    /// object of a restriction is none ("controls on chip exports to Chile").
    private func exportFlows(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        for n in 1..<max(1, f.count - 1) where f.mentionAt[n] < 0 {
            // (The nouns' bits first: few words are a flow's noun, and a word comparison per
            // token cost more.)
            let exporting = f.isIn(n, RuleEngine.exportNouns), importing = f.isIn(n, RuleEngine.importNouns)
            guard exporting || importing else { continue }
            let after = f.word(n + 1)
            guard after == (exporting ? "to" : "from") else { continue }
            let j = f.word(n + 2) == "the" ? n + 3 : n + 2
            guard let other = f.mention(at: j), f.types[other] == .country, f.mentions[other].form != .demonym else { continue }
            // The state the flow belongs to: a possessive or a name or demonym before the noun,
            // over up to two plain modifiers ("U.S. agricultural exports").
            var k = n - 1
            var mods = 0
            while k > 0, mods < 2, f.mentionAt[k] < 0, f.tokens[k].kind == .word, !f.tokens[k].isCapitalized,
                  !f.isIn(k, WordClass.determiners), !f.isIn(k, WordClass.prepositions), !p.verbish[k] {
                k -= 1
                mods += 1
            }
            if f.word(k) == "'s" { k -= 1 }
            guard let own = f.mention(at: k), f.types[own] == .country, f.mentions[own].form != .reference || f.isPossessive(own) else { continue }
            let start = f.mentions[own].tokenRange.lowerBound
            guard !(max(0, start - 3)..<start).contains(where: { f.isIn($0, RuleEngine.tradeCurbs) }) else { continue }
            out += pairs(p, [own], f.group(of: other), .partnersWith, trigger: n..<(n + 1), rule: "trade-flow", distance: j - k)
        }
        return out
    }
}
