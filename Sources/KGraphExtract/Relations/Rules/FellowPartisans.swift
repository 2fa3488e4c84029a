import KGraphModel

/// Party membership said by a relational noun: "Trump's fellow Republicans", "X, Reed's fellow
/// Democratic senator" (the possessor, and the person in apposition, belong to the party);
/// "the Democratic candidate, X" (a party's candidate named in apposition after the noun).
extension RuleEngine {
    /// Nouns of a party's runner for an office ("candidate", "nominee").
    static let runnerNouns: WordSet = WordLists.set("runnerNouns")

    func fellowPartisans(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        func member(_ m: Int, _ party: Node, at k: Int) {
            out.append(Candidate(source: f.mentions[m].nodeID, target: party.id, type: .memberOf, sentence: f.index,
                                 sourceTokens: f.mentions[m].tokenRange, targetTokens: k..<(k + 1), triggerTokens: k..<(k + 1),
                                 rule: "member-party-word"))
        }
        for m in f.mentions.indices where f.types[m] == .person && f.mentions[m].form != .demonym {
            let e = f.mentions[m].tokenRange.upperBound
            // "X's fellow [Democratic] senators|Republicans": the possessor is one of the party.
            if f.word(e) == "'s", f.word(e + 1) == "fellow" {
                guard let (party, k) = partyAfter(f, from: e + 2) else { continue }
                member(m, party, at: k)
                // "Y, X's fellow Democratic senator,": the person apposed before the possessor too.
                if f.word(e - f.mentions[m].tokenRange.count - 1) == ",",
                   let y = f.mention(at: f.mentions[m].tokenRange.lowerBound - 2), f.types[y] == .person, f.mentions[y].form == .name {
                    member(y, party, at: k)
                }
            }
            // "the Democratic candidate, X,": a party's runner named in apposition.
            let lo = f.mentions[m].tokenRange.lowerBound
            if f.mentions[m].form == .name, f.word(lo - 1) == ",", f.isIn(lo - 2, RuleEngine.runnerNouns),
               let party = partyWordNode(f, at: lo - 3), ["the", "a"].contains(f.word(lo - 4)),
               f.isIn(f.mentions[m].tokenRange.upperBound, RuleEngine.appositionEnds) || f.isIn(f.mentions[m].tokenRange.upperBound, WordClass.dashes) {
                member(m, party, at: lo - 3)
            }
        }
        return out
    }

    /// The party named by a party word at `i`, past one plain modifier ("fellow senior
    /// Republicans"); with the word's index.
    private func partyAfter(_ f: SentenceFrame, from i: Int) -> (Node, Int)? {
        for k in i..<min(f.count, i + 2) {
            if let n = partyWordNode(f, at: k) { return (n, k) }
            if f.tokens[k].isCapitalized || f.mentionAt[k] >= 0 { return nil }
        }
        return nil
    }
}
