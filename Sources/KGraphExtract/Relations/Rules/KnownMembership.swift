import KGraphModel

/// Membership an article takes for granted: a member state (or a party's well-known member)
/// named in the same sentence as its alliance, organization, treaty or party ("NATO leaders met in Vilnius as Poland and Germany pledged ...")
/// is a member of it, by the lexicon's `memberships`. Sentences about joining, leaving,
/// applying or being suspended say something else and are left to the verb rules.
extension RuleEngine {
    /// Words of sentences where membership itself is in question.
    static let membershipChangeWords: WordSet = WordLists.set("membershipChangeWords")

    func knownMemberships(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        guard !memberships.isEmpty else { return [] }
        let bodies = f.mentions.indices.filter {
            (f.types[$0] == .alliance || f.types[$0] == .organization) && memberships[f.mentions[$0].nodeID] != nil
                && f.mentions[$0].form == .name
        }
        guard !bodies.isEmpty else { return [] }
        var out: [Candidate] = []
        for b in bodies {
            guard let members = memberships[f.mentions[b].nodeID] else { continue }
            // Names only: "Brussels" and "Paris" in a dateline are cities, "non-NATO" says the opposite.
            // A bare common word ("the Alliance", "Brussels") may name something else: the body must
            // be written as its name or an acronym-like alias.
            let written = f.mentions[b].text.hasPrefix("the ") ? String(f.mentions[b].text.dropFirst(4)) : f.mentions[b].text
            guard f.isWholeTokens(b), written == nodes[f.mentions[b].nodeID]?.label
                || written.unicodeScalars.filter({ $0.properties.isUppercase }).count >= 2 else { continue }
            for c in f.mentions.indices where (f.types[c] == .country || f.types[c] == .person) && f.mentions[c].form == .name && f.isWholeTokens(c) {
                guard members.contains(f.mentions[c].nodeID) else { continue }
                let rb = f.mentions[b].tokenRange, rc = f.mentions[c].tokenRange
                let gap = rc.lowerBound >= rb.upperBound ? rc.lowerBound - rb.upperBound : rb.lowerBound - rc.upperBound
                guard gap <= 25 else { continue }
                // A negation between the two ("X is not in NATO") says the opposite.
                let lo = min(rb.upperBound, rc.upperBound), hi = max(rb.lowerBound, rc.lowerBound)
                if lo < hi, (lo..<hi).contains(where: { f.isNegator($0, verbs) }) { continue }
                // Joining, leaving or a bid near either name puts the membership itself in question
                // ("Sweden's bid to join NATO"); such words elsewhere in a long sentence do not.
                let near = max(0, min(rb.lowerBound, rc.lowerBound) - 4)..<min(f.count, max(rb.upperBound, rc.upperBound) + 4)
                if near.contains(where: { f.isIn($0, RuleEngine.membershipChangeWords) }) { continue }
                // "froze its participation in X": a membership frozen ("froze X's assets" is no such thing).
                if near.contains(where: { RuleEngine.freezesMembership(f, at: $0) || f.isIn($0, RuleEngine.exitWords) }) { continue }
                out += pairs(p, [c], [b], .memberOf, trigger: nil, rule: "member-known", distance: gap)
            }
        }
        return out
    }
}

/// Membership an article about a small bloc takes for granted: when a bloc of at most twelve
/// known members is one of the article's subjects (mentioned at least twice, by name or
/// reference, and at least a fifth as often as its most mentioned state), each member state the
/// article names is a member of it ("The Quad ... India ..." in different sentences). Big bodies (the UN, NATO) are named in
/// passing too often for this; a state whose membership the article puts in question (joining,
/// leaving, a bid) is left to the sentence rules.
extension RuleEngine {
    /// The most members a bloc may have for its members to be taken for granted article-wide.
    static let centralBlocMaxMembers = 12

    func centralBlocMemberships(_ parsers: [ClauseParser]) -> [Candidate] {
        guard !memberships.isEmpty else { return [] }
        // Most articles mention no bloc of the lexicon twice: then no bloc is central, and the
        // tallies of every mention below are not needed. (A mention's type is its node's.)
        var blocMentions: [String: Int] = [:]
        for p in parsers {
            let f = p.f
            // (By index: a mention is copied only when it counts.)
            for k in f.types.indices where f.types[k] == .alliance || f.types[k] == .organization {
                blocMentions[f.mentions[k].nodeID, default: 0] += 1
            }
        }
        guard blocMentions.contains(where: { $0.value >= 2 && memberships[$0.key] != nil }) else { return [] }
        var count: [String: Int] = [:]
        var names: [String: [(sentence: Int, mention: Int)]] = [:]
        // (Only states and blocs are counted and listed: nothing below reads another mention's.
        // A mention's type is its node's.)
        for (q, p) in parsers.enumerated() {
            let f = p.f
            for k in f.types.indices where f.types[k] == .country || f.types[k] == .alliance || f.types[k] == .organization {
                let m = f.mentions[k]
                count[m.nodeID, default: 0] += 1
                if m.form == .name { names[m.nodeID, default: []].append((q, k)) }
            }
        }
        let top = count.filter { nodes[$0.key]?.type == .country }.values.max() ?? 0
        var out: [Candidate] = []
        // Which sentences speak of a change or deny membership: read once, at the first central
        // bloc. (A sentence without mentions names neither side, and has no lemmas to read.)
        var shaky: [Bool] = []
        // (The blocs the article mentions, in id order: a bloc it does not mention is not central.)
        for bloc in blocMentions.keys.sorted() {
            guard let members = memberships[bloc], members.count <= RuleEngine.centralBlocMaxMembers else { continue }
            let n = count[bloc] ?? 0
            guard n >= 2, Double(n) >= 0.2 * Double(top) else { continue }
            if shaky.isEmpty { shaky = parsers.map { $0.f.hasMentions && unsure($0) } }
            let blocSentences = Set((names[bloc] ?? []).map(\.sentence))
            let firstBloc = blocSentences.min() ?? 0
            for state in members.sorted() where nodes[state]?.type == .country {
                // The evidence: a sentence naming both, else the state's first name after the bloc's.
                // (Never a sentence that denies something or speaks of a change.)
                guard let all = names[state]?.filter({ !shaky[$0.sentence] }), !membershipQuestioned(parsers, state, bloc, shaky: shaky),
                      let at = all.first(where: { blocSentences.contains($0.sentence) }) ?? all.first(where: { $0.sentence >= firstBloc }) ?? all.first
                else { continue }
                let p = parsers[at.sentence]
                let r = p.f.mentions[at.mention].tokenRange
                let blocTokens = p.f.mentions.first(where: { $0.nodeID == bloc })?.tokenRange ?? r
                out.append(Candidate(source: state, target: bloc, type: .memberOf, sentence: p.f.index,
                                     sourceTokens: r, targetTokens: blocTokens, triggerTokens: nil, rule: "member-article"))
            }
        }
        return out
    }

    /// Whether a sentence naming both `state` and `bloc` (by name or reference: "pulled out of
    /// the agreement") speaks of joining, leaving, a bid or a frozen membership, or denies it.
    /// (`shaky[q]`: ``unsure(_:)`` of sentence `q`.)
    private func membershipQuestioned(_ parsers: [ClauseParser], _ state: String, _ bloc: String, shaky: [Bool]) -> Bool {
        parsers.indices.contains { q in
            shaky[q] && parsers[q].f.mentions.contains { $0.nodeID == state } && parsers[q].f.mentions.contains { $0.nodeID == bloc }
        }
    }

    /// Whether a sentence speaks of a membership changing or denies one ("is not a member of",
    /// "not part of"): no evidence of membership held.
    private func unsure(_ p: ClauseParser) -> Bool {
        let f = p.f
        return (0..<f.count).contains { k in
            f.isIn(k, RuleEngine.membershipChangeWords) || f.isIn(k, RuleEngine.exitWords) || RuleEngine.freezesMembership(f, at: k)
                || f.isNegator(k, verbs) && ((k + 1)..<min(f.count, k + 4)).contains { ["member", "members", "membership", "part"].contains(f.lower[$0]) }
        }
    }

    /// Words of pulling out of a pact that the change words lack.
    static let exitWords: WordSet = WordLists.set("exitWords")

    /// "froze its participation in", "suspended its membership": a freeze of membership at `k`.
    static func freezesMembership(_ f: SentenceFrame, at k: Int) -> Bool {
        ["freeze", "freezes", "froze", "frozen", "freezing"].contains(f.lower[k])
            && ((k + 1)..<min(f.count, k + 4)).contains { ["participation", "membership"].contains(f.lower[$0]) }
    }
}
