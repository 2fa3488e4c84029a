import KGraphModel

extension RuleEngine {
    /// Nouns after a leader's name that name their government ("the Biden administration",
    /// "the Kim Jong Un regime").
    static let governmentNouns: WordSet = WordLists.set("governmentNouns")

    /// Leadership implied by context rather than a title, confirmed by the person's lexicon role
    /// (so only a known head of a named state qualifies): "the Biden administration", "repression
    /// under Xi Jinping", and "Trump's predecessor, Barack Obama" / "Barack Obama, Trump's
    /// predecessor," (the predecessor led the state the other person leads).
    func leaderContext(_ p: ClauseParser, roles: [String: [LexiconRole]]) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        for m in f.mentions.indices where f.types[m] == .person && f.mentions[m].form == .name {
            let r = f.mentions[m].tokenRange
            // The state the person heads, when known: their government is the state's.
            let own = leaderOf[f.mentions[m].nodeID]
            if f.isIn(r.upperBound, RuleEngine.governmentNouns) {
                out += roleEdges(p, m, relation: .leads, of: own, trigger: r.upperBound..<(r.upperBound + 1), roles: roles)
            } else if f.word(r.lowerBound - 1) == "under", f.word(r.upperBound) != "'s" {
                out += roleEdges(p, m, relation: .leads, of: own, trigger: (r.lowerBound - 1)..<r.lowerBound, roles: roles)
            } else if let (other, at) = predecessorOf(p, m) {
                let state = leaderOf[f.mentions[other].nodeID]
                out += roleEdges(p, m, relation: .leads, of: state, trigger: at..<(at + 1), roles: roles)
            }
        }
        return out
    }

    /// The person whose predecessor or successor `m` is called, and the position of that word:
    /// "X's predecessor, M" or "M, X's predecessor".
    private func predecessorOf(_ p: ClauseParser, _ m: Int) -> (Int, Int)? {
        let f = p.f
        let r = f.mentions[m].tokenRange
        let words: Set<String> = ["predecessor", "successor"]
        // "X's predecessor, M"
        var k = r.lowerBound - 1
        if f.word(k) == "," { k -= 1 }
        if words.contains(f.word(k)), f.word(k - 1) == "'s", let o = f.mention(at: k - 2), f.types[o] == .person, o != m { return (o, k) }
        // "M, X's predecessor"
        k = r.upperBound
        if f.word(k) == ",", let o = f.mention(at: k + 1), f.types[o] == .person, o != m {
            let e = f.mentions[o].tokenRange.upperBound
            if f.word(e) == "'s", words.contains(f.word(e + 1)) { return (o, e + 1) }
        }
        return nil
    }
}
