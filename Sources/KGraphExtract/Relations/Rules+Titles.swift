import KGraphModel

extension RuleEngine {
    /// Offices named with a person: "Chinese President Xi Jinping", "Japan's new Prime Minister,
    /// Shigeru Ishiba," (title before the name), "Alice Wells, Washington's acting assistant
    /// secretary of state" and "X, a senior fellow at the Brookings Institution" (apposition after
    /// the name). The title's head word decides `leads` or `serves`; the state or organization
    /// comes from a possessive, demonym or name in the title, or "of/at X" after it. With a title
    /// but no state, the person's lexicon role supplies it (only when the titles agree).
    func titles(_ p: ClauseParser, roles: [String: [LexiconRole]]) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        for m in f.mentions.indices where f.types[m] == .person && f.mentions[m].form == .name {
            let r = f.mentions[m].tokenRange
            var found = false
            if let before = titleBefore(p, m) {
                found = true
                if let c = before.country {
                    out += pairs(p, [m], [c], before.relation, trigger: before.range, rule: "title-before", distance: 0)
                } else {
                    out += roleEdges(p, m, relation: before.relation, trigger: before.range, roles: roles)
                }
            }
            if let after = titleAfter(p, m) {
                found = true
                if after.targets.isEmpty {
                    out += roleEdges(p, m, relation: after.relation, trigger: after.range, roles: roles)
                } else {
                    out += pairs(p, [m], after.targets, after.relation, trigger: after.range, rule: "title-after",
                                 distance: after.range.lowerBound - r.upperBound)
                }
            }
            _ = found
        }
        return out
    }

    private func roleEdges(_ p: ClauseParser, _ m: Int, relation: EdgeType, trigger: Range<Int>, roles: [String: [LexiconRole]]) -> [Candidate] {
        let men = p.f.mentions[m]
        guard let rs = roles[men.nodeID] else { return [] }
        var out: [Candidate] = []
        for role in rs where role.relation == relation {
            guard let node = nodes[role.ofID], RuleEngine.targetOK(relation, node.type) else { continue }
            out.append(Candidate(source: men.nodeID, target: node.id, type: relation, sentence: p.f.index,
                                 sourceTokens: men.tokenRange, targetTokens: trigger, triggerTokens: trigger, rule: "title-lexicon-role"))
            break
        }
        return out
    }

    /// The head of a title phrase in `range`: the rightmost title, "vice"/"deputy" making a
    /// head's office a service ("Vice President").
    private func head(_ p: ClauseParser, in range: Range<Int>) -> EdgeType? {
        var rel: EdgeType?
        var i = range.lowerBound
        while i < range.upperBound {
            if let mt = verbs.titles.match(at: i, lemmas: p.f.lemmas), i + mt.length <= range.upperBound {
                rel = mt.payload
                if rel == .leads, ["vice", "deputy", "assistant", "vice-"].contains(p.f.word(i - 1)) { rel = .serves }
                i += mt.length
            } else {
                i += 1
            }
        }
        return rel
    }

    private func isTitleWord(_ p: ClauseParser, _ i: Int) -> Bool {
        let w = p.f.lower[i]
        if verbs.titleModifiers.contains(w) || verbs.titles.match(at: i, lemmas: p.f.lemmas) != nil { return true }
        if p.f.lemmas[i].contains(where: { verbs.titles.allWords.contains($0) }) { return true }
        return p.f.tokens[i].isCapitalized && p.f.tokens[i].kind == .word && !WordClass.boundaries.contains(w)
    }

    private func titleBefore(_ p: ClauseParser, _ m: Int) -> (relation: EdgeType, country: Int?, range: Range<Int>)? {
        let f = p.f
        var i = f.mentions[m].tokenRange.lowerBound - 1
        while i >= 0, WordClass.honorifics.contains(f.lower[i]) || f.lower[i] == "." && WordClass.honorifics.contains(f.word(i - 1)) { i -= 1 }
        if i >= 0, f.lower[i] == "," { i -= 1 }
        let end = i + 1
        var steps = 0
        while i >= 0, steps < 7, f.mentionAt[i] < 0, f.lower[i] != "'s", isTitleWord(p, i), !p.verbish[i] || verbs.titles.match(at: i, lemmas: f.lemmas) != nil {
            i -= 1
            steps += 1
        }
        let range = (i + 1)..<end
        guard !range.isEmpty, let rel = head(p, in: range) else { return nil }
        // A comma between title and name needs a possessive or demonym before the title
        // ("Japan's Prime Minister, X"), else it is a list ("the minister, X and Y").
        var country: Int?
        if i >= 0 {
            if f.lower[i] == "'s", let c = f.mention(at: i - 1) { country = c } else if let c = f.mention(at: i) { country = c }
        }
        if let c = country, !RuleEngine.targetOK(rel, f.types[c]) { country = nil }
        if let c = country, f.mentions[c].tokenRange.upperBound < range.lowerBound - 1, f.lower[i] != "'s" { country = nil }
        return (rel, country, range)
    }

    private func titleAfter(_ p: ClauseParser, _ m: Int) -> (relation: EdgeType, targets: [Int], range: Range<Int>)? {
        let f = p.f
        let e = f.mentions[m].tokenRange.upperBound
        guard f.word(e) == "," else { return nil }
        var i = e + 1
        if ["a", "an", "the"].contains(f.word(i)) { i += 1 }
        let start = i
        var targets: [Int] = []
        var steps = 0
        var sawHead = false
        while i < f.count, steps < 12 {
            if let n = f.mention(at: i) {
                let prev = f.word(f.mentions[n].tokenRange.lowerBound - 1)
                let prev2 = f.word(f.mentions[n].tokenRange.lowerBound - 2)
                let via = prev == "the" ? prev2 : prev
                if f.types[n] == .person { break }
                if !sawHead || via == "of" || via == "at" || via == "with" || via == "'s" {
                    if via != "to" && via != "for" && via != "on" { targets.append(n) }
                }
                i = f.mentions[n].tokenRange.upperBound
                if f.word(i) == "'s" { i += 1 }
                steps += 1
                continue
            }
            let w = f.lower[i]
            if w == "," || WordClass.boundaries.contains(w) || (p.verbish[i] && verbs.titles.match(at: i, lemmas: f.lemmas) == nil) { break }
            if verbs.titles.match(at: i, lemmas: f.lemmas) != nil { sawHead = true }
            guard isTitleWord(p, i) || ["of", "at", "with", "to", "for", "on", "the", "in"].contains(w) else { break }
            i += 1
            steps += 1
        }
        let range = start..<i
        guard !range.isEmpty, let rel = head(p, in: range) else { return nil }
        return (rel, targets.filter { RuleEngine.targetOK(rel, f.types[$0]) }, range)
    }
}
