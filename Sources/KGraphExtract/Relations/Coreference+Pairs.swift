import KGraphIngest
import KGraphModel

/// "The two countries", "both sides", "the two leaders": a plural description that stands for
/// the pair named just before. It becomes two reference mentions written side by side (one on
/// "two"/"both", one on the noun) that ``SentenceFrame/group(of:)`` joins into a list, so every
/// rule that reads "A and B" reads the pair the same way ("relations between the two countries
/// soured", "the two leaders signed a pact").
extension Coreference {
    /// Nouns for a pair of states, and for a pair of heads.
    static let statePairNouns: WordSet = WordLists.set("statePairNouns")
    static let leaderPairNouns: WordSet = WordLists.set("leaderPairNouns")

    /// Resolves the pair descriptions of sentence `s` (and "the three nations", "all four
    /// members": a number names as many entities, one mention each).
    static func resolvePairs(_ frames: inout [SentenceFrame], _ s: Int, nodes: [String: Node], roles: [String: [LexiconRole]] = [:]) {
        var f = frames[s]
        var i = 0
        while i + 1 < f.count {
            // "the two countries", "both countries", "the two Asian neighbours".
            let w = f.lower[i]
            // ("two", "both", "three", "four", "five": three to five bytes opening with b, t or f,
            // tests before comparing strings.)
            let length = w.utf8.count
            guard length >= 3 && length <= 5, let b = w.utf8.first, b == 0x62 || b == 0x74 || b == 0x66 else { i += 1; continue }
            let count = w == "both" ? 2 : ["the", "these", "those", "their", "all"].contains(f.word(i - 1)) ? (pairNumbers[w] ?? 0) : 0
            guard count >= 2, f.mentionAt[i] < 0 else { i += 1; continue }
            var n = i + 1
            // One modifier may stand between ("the two Asian neighbours", "the two NATO allies"),
            // but not a state's name.
            if n + 1 < f.count, !f.isIn(n, statePairNouns), !f.isIn(n, leaderPairNouns), f.tokens[n].kind == .word, !f.isIn(n, WordClass.determiners) {
                if let m = f.mention(at: n) {
                    if !leaderPairNouns.contains(f.word(f.mentions[m].tokenRange.upperBound)), f.mentions[m].form == .demonym || [.alliance, .region].contains(f.types[m]) { n = f.mentions[m].tokenRange.upperBound }
                } else {
                    n += 1
                }
            }
            let noun = f.word(n)
            let leaders = leaderPairNouns.contains(noun)
            let members = count > 2 || n > i + 1 && f.mention(at: i + 1).map { f.types[$0] == .alliance } == true
            guard n < f.count, f.mentionAt[n] < 0, leaders || statePairNouns.contains(noun) || members && memberNouns.contains(noun),
                  // "both sides of the aisle", "the two sides of the border": a part, not parties.
                  !["of", "'s"].contains(f.word(n + 1)),
                  let ids = antecedentGroup(frames, s, before: i, count: count, states: leaders ? nil : roles, nodes: nodes,
                                            ok: { leaders ? $0 == .person : $0 == .country || $0 == .alliance })
            else { i += 1; continue }
            // (A modifier's own mention gives way: "NATO" in "the two NATO members" is no party.)
            if n > i + 2 || f.mentionAt[i + 1] >= 0 { f.removeModifiers(in: (i + 1)..<n) }
            if count > 2 {
                // One more token per entity beyond two, as a plural pronoun gets (the noun repeated).
                f = f.repeating(token: n, times: count - 2, nodes: nodes)
                frames[s] = f
            }
            add(f, ids[0], i..<(i + 1), nodes)
            add(f, ids[1], (i + 1)..<(n + 1), nodes)
            f.joinPair(at: i + 1)
            for k in 2..<max(2, count) {
                add(f, ids[k], (n + k - 1)..<(n + k), nodes)
                f.joinPair(at: n + k - 1)
            }
            i = n + max(1, count - 1)
        }
    }

    /// Number words of the group descriptions.
    private static let pairNumbers: [String: Int] = ["two": 2, "three": 3, "four": 4, "five": 5]
    /// Nouns for the members of a group only with a number or a bloc's name ("the three
    /// nations", "all four members", "the two NATO members").
    static let memberNouns: WordSet = WordLists.set("groupMemberNouns")

    /// The entities a pair (or group) description stands for: the nearest sentence (this one
    /// before the description, then up to two earlier ones) that names entities of the kind must
    /// name exactly `count`; more leave "the two" ambiguous.
    private static func antecedentGroup(_ frames: [SentenceFrame], _ s: Int, before i: Int, count: Int, states: [String: [LexiconRole]]?,
                                        nodes: [String: Node], ok: (NodeType) -> Bool) -> [String]? {
        for back in 0...2 where s - back >= 0 {
            let g = frames[s - back]
            var ids: [String] = []
            for k in g.mentions.indices where ok(g.types[k]) && g.mentions[k].form != .reference {
                if back == 0 && g.mentions[k].tokenRange.upperBound > i { break }
                // "the summit in Vietnam": a place where things happen is not a party.
                var j = g.mentions[k].tokenRange.lowerBound - 1
                if g.word(j) == "the" { j -= 1 }
                if g.word(j) == "in" || g.word(j) == "at" { continue }
                if !ids.contains(g.mentions[k].nodeID) { ids.append(g.mentions[k].nodeID) }
            }
            if ids.count == count { return ids }
            if ids.count > count || ids.count >= 2 { return nil }
            // "Trump and Chinese President Xi ... trade between the two countries": with fewer
            // states named, the people of the sentence known to lead or serve one state name theirs.
            if let states {
                var more = ids
                for k in g.mentions.indices where g.types[k] == .person && g.mentions[k].form != .reference {
                    if back == 0 && g.mentions[k].tokenRange.upperBound > i { break }
                    let of = Set((states[g.mentions[k].nodeID] ?? []).map(\.ofID).filter { nodes[$0]?.type == .country })
                    if of.count == 1, let id = of.first, !more.contains(id) { more.append(id) }
                }
                if more.count == count { return more }
                if more.count > count { return nil }
            }
        }
        return nil
    }
}
