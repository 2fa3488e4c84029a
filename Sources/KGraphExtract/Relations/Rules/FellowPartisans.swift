import KGraphModel

/// Party membership said by a relational noun: "Trump's fellow Republicans", "X, Reed's fellow
/// Democratic senator" (the possessor, and the person in apposition, belong to the party);
/// "the Democratic candidate, X" (a party's candidate named in apposition after the noun).
extension RuleEngine {
    /// Nouns of a party's runner for an office ("candidate", "nominee").
    static let runnerNouns: WordSet = WordLists.set("runnerNouns")
    /// The word that makes a possessor one of a group ("X's fellow Republicans").
    static let fellowWord = "fellow"
    /// Words that put a membership or an office in the past ("fellow former Republicans").
    static let pastMarkers: WordSet = WordLists.set("pastMarkers")

    func fellowPartisans(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        func member(_ m: Int, _ party: Node, at k: Int) { out.append(partyMember(f, m, party, at: k)) }
        for m in f.mentions.indices where f.types[m] == .person && f.mentions[m].form != .demonym {
            let e = f.mentions[m].tokenRange.upperBound
            let lo = f.mentions[m].tokenRange.lowerBound
            // "X's fellow [Democratic] senators|Republicans": the possessor is one of the party.
            if f.word(e) == "'s", f.word(e + 1) == RuleEngine.fellowWord {
                guard let (party, k) = partyAfter(f, from: e + 2) else { continue }
                member(m, party, at: k)
                // "Y, X's fellow Democratic senator [from Z],": the person apposed before the
                // possessor too, when Y opens its clause or follows a verb of saying, and the
                // apposition (a party adjective and a noun) closes before any verb.
                let comma = lo - 1
                if f.word(comma) == ",", let y = f.mention(at: comma - 1), f.types[y] == .person, f.mentions[y].form == .name,
                   opensClause(p, at: f.mentions[y].tokenRange.lowerBound), RuleEngine.partyAdjectives.contains(f.lower[k]),
                   (k + 2..<min(f.count + 1, k + 6)).first(where: { closesApposition(f, at: $0) || p.verbish[$0] }).map({ $0 >= f.count || !p.verbish[$0] }) ?? false {
                    member(y, party, at: k)
                }
            }
            // "the Democratic candidate, X,": a party's runner named in apposition, at the start
            // of a clause ("After beating the Republican nominee, X, ..." is another reading).
            if f.mentions[m].form == .name, f.word(lo - 1) == ",", f.isIn(lo - 2, RuleEngine.runnerNouns),
               let party = partyWordNode(f, at: lo - 3), ["the", "a"].contains(f.word(lo - 4)), opensClause(p, at: lo - 4),
               closesApposition(f, at: e), !(f.word(e) == "," && partyWordNode(f, at: e + 2) != nil) {
                member(m, party, at: lo - 3)
            }
        }
        return out
    }

    /// The party named by a party word at `i`, past one plain modifier ("fellow senior
    /// Republicans", not "fellow former Republicans"); with the word's index.
    private func partyAfter(_ f: SentenceFrame, from i: Int) -> (Node, Int)? {
        for k in i..<min(f.count, i + 2) {
            if let n = partyWordNode(f, at: k) { return (n, k) }
            if f.tokens[k].isCapitalized || f.mentionAt[k] >= 0 || f.isIn(k, RuleEngine.pastMarkers) { return nil }
        }
        return nil
    }

    /// Whether token `i` opens a clause or a reported speaker: the sentence's start, after a
    /// comma, a quotation mark or a verb of saying (not after a preposition or another verb).
    private func opensClause(_ p: ClauseParser, at i: Int) -> Bool {
        i == 0 || p.f.word(i - 1) == "," || p.f.isIn(i - 1, WordClass.quotes) || p.isSpeech(i - 1) != nil
    }

    /// Whether an apposition ends at token `i`: a comma, a dash or the sentence's end.
    private func closesApposition(_ f: SentenceFrame, at i: Int) -> Bool {
        i >= f.count || [",", ".", ";", ")"].contains(f.word(i)) || f.isIn(i, WordClass.dashes)
    }
}
