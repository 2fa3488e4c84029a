import KGraphModel

/// A person named as someone's counterpart: "X met his Nigerian counterpart, Y", "Mahama's
/// Kenyan counterpart Y". Y holds for the state named the office X holds for X's own state:
/// the counterpart of a head of state leads, of a minister serves.
extension RuleEngine {
    /// - Parameters:
    ///   - office: for each person whose office for a state is known (from the titles read so
    ///     far or the lexicon's roles), how they hold it and for which state.
    func counterparts(_ parsers: [ClauseParser], office: [String: (EdgeType, String)]) -> [Candidate] {
        var out: [Candidate] = []
        for p in parsers where p.f.hasMentions {
            let f = p.f
            for m in f.mentions.indices where f.types[m] == .person && f.mentions[m].form == .name {
                var b = f.mentions[m].tokenRange.lowerBound - 1
                if f.word(b) == "," { b -= 1 }
                guard b >= 1, f.lower[b] == "counterpart", let s = f.mention(at: b - 1), f.types[s] == .country,
                      f.mentions[s].form != .reference, f.mentions[s].tokenRange.upperBound == b else { continue }
                // The possessor: "his"/"her" resolved to a person, or "X's".
                let before = f.mentions[s].tokenRange.lowerBound - 1
                // ("X and his Japanese counterpart Y": an unresolved "his" after "X and".)
                let owner = f.word(before) == "'s" ? f.mention(at: before - 1)
                    : f.mention(at: before) ?? (["his", "her"].contains(f.word(before)) && f.word(before - 1) == "and" ? f.mention(at: before - 2) : nil)
                guard let o = owner, f.types[o] == .person, f.mentions[o].nodeID != f.mentions[m].nodeID,
                      let (rel, own) = office[f.mentions[o].nodeID], own != f.mentions[s].nodeID else { continue }
                out += pairs(p, [m], [s], rel, trigger: b..<(b + 1), rule: "counterpart", distance: f.mentions[m].tokenRange.lowerBound - b)
            }
        }
        return out
    }
}
