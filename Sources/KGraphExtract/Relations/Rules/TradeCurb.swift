import KGraphModel

/// A state curbing what flows between it and another: "China restricted imports from Australia",
/// "Peru banned flights to Chile", "the rules restrict travel and trade with Cuba", "Peru
/// blocked Chilean imports". Shutting out another side's goods, people or money acts against it:
/// the subject counters the other side.
extension RuleEngine {
    /// Verbs (as lemmas) that curb a flow.
    static let curbVerbs: Set<String> = WordLists.strings("curbVerbs")
    /// Nouns for what flows between states.
    static let flowNouns: WordSet = WordLists.set("flowNouns")

    /// Flow nouns that come "from" the other side.
    static let inboundFlowNouns: WordSet = WordLists.set("inboundFlowNouns")

    func tradeCurbs(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        for v in 0..<f.count where f.mentionAt[v] < 0 && f.isLemma(v, in: .curb) {
            guard !(max(0, v - 3)..<v).contains(where: { f.isNegator($0, verbs) }) else { continue }
            // "urging Peru to ban flights to Chile": an act asked of someone is not done.
            if f.word(v - 1) == "to", (max(0, v - 7)..<(v - 1)).contains(where: { f.isLemma($0, in: .persuasion) }) {
                continue
            }
            guard let other = curbedSide(p, after: v), let s = p.subject(before: v) else { continue }
            // "demanding that the government stop the arms trade with X", "what we demand is that
            // X stop ...": a curb demanded is not made.
            let lo = f.span(of: s.group).lowerBound
            if let that = (max(0, lo - 4)..<lo).last(where: { f.lower[$0] == "that" }),
               (max(0, that - 2)..<that).contains(where: { f.isLemma($0, in: .persuasion) || f.lower[$0].hasPrefix("demand") || f.lower[$0].hasPrefix("insist") }) { continue }
            // States and blocs of states curb trade; a carrier suspending its own flights does not.
            let sides = s.group.filter {
                ([.country, .alliance].contains(f.types[$0]) || memberships[f.mentions[$0].nodeID] != nil || governmentOf[f.mentions[$0].nodeID] != nil)
                    && f.mentions[$0].nodeID != f.mentions[other].nodeID
            }
            guard !sides.isEmpty else { continue }
            out += pairs(p, sides, [other], .counters, trigger: v..<(v + 1), rule: "trade-curb", distance: s.distance + 1)
        }
        return out
    }

    /// The side whose flow the verb at `v` curbs: a flow noun (in a short list of plain nouns)
    /// and "with/to/from/into" a named actor, or another state's demonym before the goods
    /// ("blocked Chilean imports").
    private func curbedSide(_ p: ClauseParser, after v: Int) -> Int? {
        let f = p.f
        var k = v + 1
        if ["all", "the", "most", "some", "new", "further"].contains(f.word(k)) { k += 1 }
        if let d = f.mention(at: k), f.mentions[d].form == .demonym, f.types[d] == .country {
            let e = f.mentions[d].tokenRange.upperBound
            let noun = (e..<min(f.count, e + 3)).first { f.isIn($0, RuleEngine.flowNouns) || f.isIn($0, RuleEngine.strategicGoods) }
            return noun.map { n in (e..<n).allSatisfy { f.mentionAt[$0] < 0 && !p.verbish[$0] } } == true ? d : nil
        }
        var flow = false
        var steps = 0
        // (A flow noun may read as a verb by itself: "trade with"; so may the noun before it:
        // "arms exports".)
        while k < f.count, steps < 6, f.mentionAt[k] < 0, f.tokens[k].kind == .word || f.lower[k] == ",",
              !p.verbish[k] || f.isIn(k, RuleEngine.flowNouns) || f.isIn(k + 1, RuleEngine.flowNouns) {
            let w = f.lower[k]
            if RuleEngine.flowNouns.contains(w) { flow = true }
            else if ["with", "to", "from", "into"].contains(w) { break }
            else if w != "and", w != ",", f.tokens[k].isCapitalized || WordClass.prepositions.contains(w) || WordClass.boundaries.contains(w) { return nil }
            k += 1
            steps += 1
        }
        // Goods come "from" the other side only into the curbing one ("imports from X"); flights
        // or travel "from" a place leave the subject's own.
        guard flow, ["with", "to", "from", "into"].contains(f.word(k)), f.isIn(k - 1, RuleEngine.flowNouns),
              f.word(k) != "from" || f.isIn(k - 1, RuleEngine.inboundFlowNouns) else { return nil }
        let at = f.word(k + 1) == "the" ? k + 2 : k + 1
        guard let m = f.mention(at: at), SentenceFrame.isActor(f.types[m]), f.mentions[m].form != .demonym, !f.isPossessive(m) else { return nil }
        return m
    }
}

/// Curbs named by a noun whose target comes a few words on: "imposed retaliatory tariffs of up
/// to 25 percent on American soybeans", "raised duties on Chinese electronics", "responded with
/// countermeasures on American whiskey", "levies on imports from Peru". The one who imposes them
/// (the subject of the verb whose object the noun is, or its possessor) counters the side whose
/// goods or trade they hit.
extension RuleEngine {
    /// Nouns of a curb laid on another side's goods or trade.
    static let curbNouns: WordSet = WordLists.set("curbNouns")

    func curbNouns(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        for k in 0..<f.count where f.mentionAt[k] < 0 && f.isIn(k, RuleEngine.curbNouns) {
            // The target's preposition within a measure phrase ("of up to 25 percent", "worth $2
            // billion"): only numbers and measure words between.
            var j = k + 1
            while j < min(f.count, k + 8), f.mentionAt[j] < 0, f.lower[j] != "on", f.lower[j] != "against", f.lower[j] != "targeting",
                  f.tokens[j].kind != .word || f.isIn(j, RuleEngine.measureWords) { j += 1 }
            // "tariffs imposed by X on Y": the layer named by its passive, then the target.
            var agent: Int?
            if j == k + 1, j < f.count, imposesCurb(f, j), f.word(j + 1) == "by",
               let a = f.mention(at: f.word(j + 2) == "the" ? j + 3 : j + 2), [.country, .alliance].contains(f.types[a]),
               f.mentions[a].form != .demonym, !f.isPossessive(a) {
                agent = a
                j = f.mentions[a].tokenRange.upperBound
            }
            // ("sanctions targeting Ruritanian banks": the participle names the target as "on" does.)
            guard f.word(j) == "on" || f.word(j) == "against" || f.word(j) == "targeting", let target = curbTarget(p, at: j + 1) else { continue }
            // Who lays them: the noun's possessor, or the subject of the verb that imposes them
            // ("imposed new tariffs", "responded with countermeasures"), never of one that lifts them.
            let source: [Int]
            if let a = agent {
                source = [a]
            } else if let poss = possessor(p, before: k) {
                source = poss.group
            } else if let v = imposingVerb(p, before: k), let s = p.subject(before: v, limit: 12), !s.relative,
                      // ("has never supported the imposition of an embargo": the verb's own negation.)
                      !(max(0, v - 3)..<v).contains(where: { f.isNegator($0, verbs) }),
                      // ("urged Japan to impose sanctions": a curb asked of someone is not laid.)
                      f.span(of: s.group).lowerBound == 0 || !f.isLemma(f.span(of: s.group).lowerBound - 1, in: .persuasion) {
                source = s.group
            } else { continue }
            if (max(0, k - 5)..<k).contains(where: { f.isNegator($0, verbs) || f.isIn($0, RuleEngine.curbLiftWords) || f.lemmas[$0].contains(where: { RuleEngine.curbLiftWords.contains($0) }) }) { continue }
            // "If X imposes tariffs ...", "X could impose ...": a curb not laid.
            let from = f.span(of: source).lowerBound
            if irrealis(p, .counters, trigger: k..<(k + 1), arguments: [source]) || irrealisBefore(p, .counters, start: from)
                || (max(0, from - 6)..<k).contains(where: { RuleEngine.unrealisedCurbWords.contains(f.lower[$0]) }) { continue }
            // (A leader's government, "the Soto administration", curbs for its state.)
            let sides = source.filter { ([.country, .alliance].contains(f.types[$0]) || governmentOf[f.mentions[$0].nodeID] != nil)
                && f.mentions[$0].nodeID != f.mentions[target].nodeID }
            out += pairs(p, sides, [target], .counters, trigger: k..<(k + 1), rule: "trade-curb", distance: j - k)
        }
        return out
    }

    /// Verbs (as lemmas) that lay a curb on someone, and words that lift one.
    static let curbImposeVerbs: WordSet = WordLists.set("curbImposeVerbs")
    static let curbLiftWords: WordSet = WordLists.set("curbLiftWords")

    /// Whether a lemma of token `i` is a verb that lays a curb ("imposed", "slapped").
    private func imposesCurb(_ f: SentenceFrame, _ i: Int) -> Bool {
        f.lemmas[i].contains(where: { RuleEngine.curbImposeVerbs.contains($0) })
    }

    /// The verb that lays the curb noun at `k` as its object, close before it: only modifiers,
    /// determiners and a "with" after the verb ("hit back with") between.
    private func imposingVerb(_ p: ClauseParser, before k: Int) -> Int? {
        let f = p.f
        var i = k - 1
        while i >= max(0, k - 6), f.mentionAt[i] < 0, f.tokens[i].kind == .word || f.tokens[i].kind == .number {
            if imposesCurb(f, i) { return i }
            if f.isIn(i, WordClass.boundaries) || f.lower[i] == "," || f.lower[i] == "that" || f.lower[i] == "which" { return nil }
            i -= 1
        }
        return nil
    }

    /// Conditionals and modals that leave a curb unlaid ("if X imposes", "X can declare").
    static let unrealisedCurbWords: Set<String> = ["if", "unless", "whether", "can", "could", "would", "may", "might", "should", "must"]

    /// Words of a measure phrase between a curb noun and its target.
    static let measureWords: WordSet = WordLists.set("measureWords")

    /// The side hit after "on": a state, or a state's demonym before its goods ("American
    /// soybeans"), or "imports/goods from X".
    private func curbTarget(_ p: ClauseParser, at i: Int) -> Int? {
        let f = p.f
        var k = i
        if ["the", "all", "some", "more"].contains(f.word(k)) { k += 1 }
        guard let m = f.mention(at: k), f.types[m] == .country, !f.isPossessive(m) else {
            // "imports from X", "goods from X"
            if k + 1 < f.count, f.isIn(k, RuleEngine.flowNouns) || f.lower[k] == "goods" || f.lower[k] == "products", f.word(k + 1) == "from",
               let m = f.mention(at: f.word(k + 2) == "the" ? k + 3 : k + 2), f.types[m] == .country, f.mentions[m].form != .demonym { return m }
            return nil
        }
        // A demonym stands for its state only before the goods it modifies ("American soybeans").
        let e = f.mentions[m].tokenRange.upperBound
        if f.mentions[m].form == .demonym {
            guard e < f.count, f.mentionAt[e] < 0, f.tokens[e].kind == .word, !f.tokens[e].isCapitalized, !p.verbish[e] else { return nil }
        }
        return m
    }
}
