import KGraphModel

/// Goods handed to another party: "Ruritania delivered tanks to Freedonia", "sent aid to X",
/// "provided X with fighter jets". Arms and aid are support for the receiver; energy and food
/// sold or shipped are trade, which the ontology counts as a partnership (see ``tradeFlows(_:)``
/// for buying).
extension RuleEngine {
    /// Verbs (as lemmas) of handing goods over.
    static let transferVerbs: WordSet = WordLists.set("transferVerbs")
    /// Goods whose transfer is support.
    static let supportGoods: WordSet = WordLists.set("supportGoods")
    /// Goods that are support only when handed to a receiver named first ("provided X with two
    /// vessels"): warships sent to a coast, or intelligence obtained from a rival, are no help.
    static let handedGoods: WordSet = WordLists.set("handedGoods")
    /// Verbs (as lemmas) of receiving goods: the giver comes after "from".
    static let receiptVerbs: WordSet = WordLists.set("receiptVerbs")
    /// Goods that are a stance, named with their giver after "of" too ("won the backing of X").
    static let stanceGoods: WordSet = WordLists.set("stanceGoods")
    /// Verbs (as lemmas) that deny or call off the transfer that follows.
    static let transferDenials: WordSet = WordLists.set("transferDenials")

    func transfers(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        guard f.mentions.count >= 2 else { return [] }
        // (The lemma's bit first: a scan for a mention within a few words cost more per token.)
        for v in 0..<f.count where f.mentionAt[v] < 0 && f.isLemma(v, in: .transfer)
            && (v + 1..<min(f.count, v + 10)).contains(where: { f.mentionAt[$0] >= 0 }) {
            if f.isIn(v - 1, WordClass.determiners) { continue }  // "the supply", "its exports"
            if deniesTransfer(f, before: v) { continue }
            // "provided Freedonia with jets", "promised Freedonia more tanks": the receiver right
            // after the verb (or its article: "gave the Maldives a loan"), the goods after "with"
            // or as a second object.
            let first = f.word(v + 1) == "the" && f.mentionAt[v + 1] < 0 ? v + 2 : v + 1
            if let r = f.mention(at: first), !f.isPossessive(r) || stateOrganEnd(f, r) != nil, SentenceFrame.isActor(f.types[r]), f.mentions[r].form != .demonym {
                // ("provided Vietnam's coast guard with ...": a state's organ receives for it.)
                let e = stateOrganEnd(f, r) ?? f.span(of: f.group(of: r)).upperBound
                let from = f.word(e) == "with" ? e + 1 : e
                // "called X to give him his support": a pronoun as first object is too loose a
                // reading without "with".
                if from == e, f.mentions[r].form == .reference { continue }
                // (An amount may stand before the goods: "a $400 million loan".)
                let amount = (from..<min(f.count, from + 3)).contains(where: { f.tokens[$0].kind != .word || f.lower[$0] == "million" || f.lower[$0] == "billion" })
                guard let g = goods(f, from: from, until: min(f.count, from + (from == e ? 4 : 5) + (amount ? 3 : 0)), handed: true), g.edge == .supports,
                      let s = p.subject(before: v, limit: 12) else { continue }
                out += pairs(p, s.group, f.group(of: r), .supports, trigger: v..<(v + 1), rule: "transfer", distance: s.distance + 1)
                continue
            }
            // "delivered tanks to Freedonia": goods, then "to" and the receiver.
            guard let g = goods(f, from: v + 1, until: min(f.count, v + 7)) else { continue }
            guard let (r, k) = party(f, after: g.at, preposition: "to"), let s = p.subject(before: v, limit: 12) else { continue }
            out += pairs(p, s.group, f.group(of: r), g.edge, trigger: v..<(v + 1), rule: "transfer", distance: s.distance + k - v)
        }
        return out + possessedTransfers(p) + receipts(p)
    }

    /// Whether a negator or a verb calling the transfer off (or, with `claims`, a noun making it
    /// a claim) stands in the `width` words before token `i`.
    private func deniesTransfer(_ f: SentenceFrame, before i: Int, width: Int = 3, claims: Bool = false) -> Bool {
        (max(0, i - width)..<i).contains { f.isNegator($0, verbs) || f.isLemma($0, in: .transferDenial) || claims && f.isIn($0, RuleEngine.claimNouns) }
    }

    /// Nouns of handing goods over, which a possessor's name may own.
    static let transferNouns: WordSet = WordLists.set("transferNouns")
    /// Words between the possessor and such a noun ("X's continued supply").
    static let transferNounModifiers: WordSet = WordLists.set("transferNounModifiers")
    /// Nouns that make what follows a claim, not a stated fact ("claims about X's supply").
    static let claimNouns: WordSet = WordLists.set("claimNouns")

    /// "Ruritania's supply of drones to Freedonia", "its deliveries of tanks and shells to X": the
    /// possessor of a noun of handing over gives the goods named after "of" to the one after "to".
    private func possessedTransfers(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        for v in 2..<max(2, f.count - 3) where f.mentionAt[v] < 0 && f.word(v + 1) == "of" && f.isIn(v, RuleEngine.transferNouns) {
            var k = v - 1
            if f.isIn(k, RuleEngine.transferNounModifiers) { k -= 1 }
            // (Denied, or only claimed: "rejected claims about X's supply of ...".)
            guard f.word(k) == "'s" || f.word(k) == "'", let giver = f.mention(at: k - 1), f.isPossessive(giver),
                  SentenceFrame.isActor(f.types[giver]), f.mentions[giver].form != .demonym,
                  !deniesTransfer(f, before: f.mentions[giver].tokenRange.lowerBound, width: 5, claims: true),
                  let g = goods(f, from: v + 2, until: min(f.count, v + 7)),
                  let (r, at) = party(f, after: g.at, preposition: "to"), f.mentions[r].nodeID != f.mentions[giver].nodeID else { continue }
            out += pairs(p, [giver], f.group(of: r), g.edge, trigger: v..<(v + 1), rule: "transfer", distance: at - v)
        }
        return out
    }

    /// The end of "Vietnam's coast guard", "Ukraine's army" after the possessive state `r`;
    /// nil when no organ of the state follows.
    func stateOrganEnd(_ f: SentenceFrame, _ r: Int) -> Int? {
        guard f.isPossessive(r), f.types[r] == .country else { return nil }
        var k = f.mentions[r].tokenRange.upperBound
        if f.word(k) == "'s" || f.word(k) == "'" { k += 1 }
        var organ = false
        for _ in 0..<2 where k < f.count && f.mentionAt[k] < 0 && (StateOrgans.organHeads.contains(f.lower[k]) || f.lower[k] == "coast" || f.lower[k] == "armed") {
            organ = organ || StateOrgans.organHeads.contains(f.lower[k])
            k += 1
        }
        return organ ? k : nil
    }

    /// "Freedonia received tanks from Ruritania": the giver after "from" supports (or, for
    /// energy, trades with) the subject.
    private func receipts(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        for v in 0..<f.count where f.mentionAt[v] < 0 && f.isLemma(v, in: .receipt) {
            if f.isIn(v - 1, WordClass.determiners) { continue }
            if deniesTransfer(f, before: v) { continue }
            guard let g = goods(f, from: v + 1, until: min(f.count, v + 7)) else { continue }
            // "had no support from X".
            if (v + 1..<g.at).contains(where: { f.isNegator($0, verbs) || f.lower[$0] == "no" }) { continue }
            guard let (giver, k) = party(f, after: g.at, preposition: "from")
                    ?? (f.isIn(g.at, RuleEngine.stanceGoods) ? party(f, after: g.at, preposition: "of") : nil),
                  let s = p.subject(before: v, limit: 12), !s.relative else { continue }
            out += pairs(p, f.group(of: giver), s.group, g.edge, trigger: v..<(v + 1), rule: "transfer", distance: s.distance + k - v)
        }
        return out
    }

    /// The actor named after `preposition` within a few words of the goods at `at` ("tanks to
    /// Freedonia", "aid from the United States"), and the preposition's index.
    private func party(_ f: SentenceFrame, after at: Int, preposition: String) -> (Int, Int)? {
        var k = at + 1
        while k < min(f.count, at + 4), f.lower[k] != preposition, f.mentionAt[k] < 0, !f.isIn(k, WordClass.boundaries), f.lower[k] != "," { k += 1 }
        guard f.word(k) == preposition else { return nil }
        let j = f.word(k + 1) == "the" ? k + 2 : k + 1
        guard let r = f.mention(at: j), SentenceFrame.isActor(f.types[r]), f.mentions[r].form != .demonym else { return nil }
        // "support from Ruritania's last governor": the possessed person gives it, unless it is the
        // state's government itself.
        if f.isPossessive(r), !f.isIn(f.mentions[r].tokenRange.upperBound + 1, WordClass.governmentHeads) { return nil }
        return (r, k)
    }

    /// The first goods word in `from..<until` before any mention or clause boundary, and the edge
    /// its transfer gives.
    private func goods(_ f: SentenceFrame, from: Int, until: Int, handed: Bool = false) -> (at: Int, edge: EdgeType)? {
        var k = from
        // A demonym or a possessive pronoun ("its newest jets") may modify the goods.
        while k < until, f.mentionAt[k] < 0 || f.mentions[f.mentionAt[k]].form == .demonym
                || f.mentions[f.mentionAt[k]].form == .reference && f.isIn(k, WordClass.possessivePronouns) {
            let w = f.lower[k]
            if f.isIn(k, WordClass.boundaries) || w == "to" { return nil }
            if f.isIn(k, RuleEngine.supportGoods) || handed && f.isIn(k, RuleEngine.handedGoods)
                || RuleEngine.isModelDesignation(f.tokens[k].text) { return (k, .supports) }
            if f.isIn(k, RuleEngine.strategicGoods) { return (k, .partnersWith) }
            k += 1
        }
        return nil
    }

    /// A weapon system's designation: capital letters, a hyphen, then digits ("F-16s", "S-400",
    /// "MiG-29"), which names hardware rather than anything else.
    static func isModelDesignation(_ word: String) -> Bool {
        // Without a hyphen byte there is no "-" character to split at (most words): no list is built.
        guard UTF8Bytes.contains(word, 0x2D) else { return false }
        let parts = word.split(separator: "-", maxSplits: 1)
        guard parts.count == 2, let head = parts.first, let tail = parts.last, (1...4).contains(head.count),
              head.first?.isUppercase == true, head.allSatisfy({ $0.isLetter }),
              let d = tail.first, d.isNumber else { return false }
        let digits = tail.prefix(while: { $0.isNumber })
        let rest = tail.dropFirst(digits.count)
        return rest.isEmpty || rest == "s" || rest.count == 1 && rest.first!.isUppercase
    }
}
