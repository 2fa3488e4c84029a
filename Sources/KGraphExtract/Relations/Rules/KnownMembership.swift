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
                out += pairs(p, [c], [b], .memberOf, trigger: nil, rule: "member-known", distance: gap)
            }
        }
        return out
    }
}
