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

    /// Resolves the pair descriptions of sentence `s`.
    static func resolvePairs(_ frames: inout [SentenceFrame], _ s: Int, nodes: [String: Node]) {
        let f = frames[s]
        var i = 0
        while i + 1 < f.count {
            // "the two countries", "both countries", "the two Asian neighbours".
            let w = f.lower[i]
            // ("two" and "both": three or four bytes, a test before comparing strings.)
            let length = w.utf8.count
            guard length == 3 || length == 4 else { i += 1; continue }
            let quantifier = w == "both" || w == "two" && ["the", "these", "those", "their"].contains(f.word(i - 1))
            guard quantifier, f.mentionAt[i] < 0 else { i += 1; continue }
            var n = i + 1
            // One modifier may stand between ("the two Asian neighbours"), but not a name.
            if n + 1 < f.count, f.mentionAt[n] < 0, !f.isIn(n, statePairNouns), !f.isIn(n, leaderPairNouns),
               f.tokens[n].kind == .word, !f.isIn(n, WordClass.determiners) { n += 1 }
            let noun = f.lower[n]
            let leaders = leaderPairNouns.contains(noun)
            guard f.mentionAt[n] < 0, leaders || statePairNouns.contains(noun),
                  // "both sides of the aisle", "the two sides of the border": a part, not parties.
                  !["of", "'s"].contains(f.word(n + 1)),
                  let pair = antecedentPair(frames, s, before: i, ok: { leaders ? $0 == .person : $0 == .country || $0 == .alliance })
            else { i += 1; continue }
            add(frames[s], pair.0, i..<(i + 1), nodes)
            add(frames[s], pair.1, (i + 1)..<(n + 1), nodes)
            frames[s].joinPair(at: i + 1)
            i = n + 1
        }
    }

    /// The two entities a pair description stands for: the nearest sentence (this one before
    /// the description, then up to two earlier ones) that names entities of the kind must name
    /// exactly two; three or more leave "the two" ambiguous.
    private static func antecedentPair(_ frames: [SentenceFrame], _ s: Int, before i: Int, ok: (NodeType) -> Bool) -> (String, String)? {
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
            if ids.count == 2 { return (ids[0], ids[1]) }
            if ids.count > 2 { return nil }
        }
        return nil
    }
}
