import KGraphModel

/// Trade in strategic goods between states is a partnership: "India's purchases of Russian oil",
/// "citing its Russian oil purchases", "Hungary buys most of its gas from Russia", "Turkey
/// imports Iranian crude". The goods are named by the seller's demonym or come "from" the
/// seller; the buyer is the possessor of the trade noun or the subject of the buying verb.
extension RuleEngine {
    /// Nouns for buying from abroad.
    static let tradeNouns: Set<String> = [
        "purchase", "purchases", "import", "imports", "buying", "purchasing", "procurement", "supplies", "shipments", "deliveries",
    ]
    /// Verbs (as lemmas) of buying from abroad.
    static let buyVerbs: Set<String> = ["buy", "import", "purchase", "procure", "source"]
    /// Goods whose trade speaks of a strategic tie (energy, arms, staple food).
    static let strategicGoods: Set<String> = [
        "oil", "crude", "gas", "lng", "coal", "fuel", "energy", "uranium", "arms", "weapons", "weaponry", "jets", "fighters",
        "missiles", "warplanes", "helicopters", "tanks", "drones", "submarines", "grain", "wheat", "fertilizer", "fertiliser",
        "hardware", "equipment", "oil-and-gas",
    ]

    func tradeFlows(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        // "Russian oil", "Russian crude oil": a seller's demonym before the goods.
        for m in f.mentions.indices where f.mentions[m].form == .demonym && f.types[m] == .country {
            var g = f.mentions[m].tokenRange.upperBound
            if f.word(g) == "crude" || f.word(g) == "natural" || f.word(g) == "military" || f.word(g) == "liquefied" { g += 1 }
            guard g < f.count, f.mentionAt[g] < 0, RuleEngine.strategicGoods.contains(f.lower[g]) else { continue }
            // The trade noun: "purchases of [discounted] Russian oil" or "Russian oil purchases".
            var noun: Int?
            var b = f.mentions[m].tokenRange.lowerBound - 1
            if ["discounted", "cheap", "cheaper", "more", "the"].contains(f.word(b)) { b -= 1 }
            if f.word(b) == "of", RuleEngine.tradeNouns.contains(f.word(b - 1)) { noun = b - 1 }
            if noun == nil, RuleEngine.tradeNouns.contains(f.word(g + 1)) { noun = g + 1 }
            if let n = noun {
                // The buyer owns the noun: "India's purchases", "its purchases", "New Delhi's continued purchase".
                var k = n < g ? n - 1 : f.mentions[m].tokenRange.lowerBound - 1
                if ["continued", "growing", "massive", "increased", "rising", "huge", "ongoing"].contains(f.word(k)) { k -= 1 }
                if f.word(k) == "'s" || f.word(k) == "'" { k -= 1 }
                if let buyer = f.mention(at: k), f.isPossessive(buyer) || f.word(k + 1) == "'s" {
                    out += pairs(p, [buyer], [m], .partnersWith, trigger: n..<(n + 1), rule: "trade-flow", distance: abs(g - n))
                }
                continue
            }
            // "Turkey imports Iranian crude": a buying verb right before the goods.
            var v = f.mentions[m].tokenRange.lowerBound - 1
            while v > 0, ["more", "cheap", "discounted", "the", "its", "their"].contains(f.lower[v]) { v -= 1 }
            if v >= 0, f.mentionAt[v] < 0, f.lemmas[v].contains(where: RuleEngine.buyVerbs.contains), let s = p.subject(before: v) {
                out += pairs(p, s.group, [m], .partnersWith, trigger: v..<(v + 1), rule: "trade-flow", distance: s.distance)
            }
        }
        // "Hungary buys most of its gas from Russia": goods bought "from" a state.
        for v in 0..<f.count where f.mentionAt[v] < 0 && f.lemmas[v].contains(where: RuleEngine.buyVerbs.contains) {
            var k = v + 1
            var goods = false
            // ("its gas": a resolved pronoun may stand on the way.)
            while k < min(f.count, v + 8), f.mention(at: k).map({ f.mentions[$0].form == .reference }) ?? true,
                  !WordClass.boundaries.contains(f.lower[k]), f.lower[k] != "from" {
                if RuleEngine.strategicGoods.contains(f.lower[k]) { goods = true }
                k += 1
            }
            guard goods, f.word(k) == "from", let seller = f.mention(at: k + 1) ?? (f.word(k + 1) == "the" ? f.mention(at: k + 2) : nil),
                  f.mentions[seller].form != .demonym, let s = p.subject(before: v) else { continue }
            out += pairs(p, s.group, [seller], .partnersWith, trigger: v..<(v + 1), rule: "trade-flow", distance: s.distance)
        }
        return out
    }
}
