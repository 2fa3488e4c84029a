import KGraphModel

extension RelationExtractor {
    /// Verbs and nouns of leaving (as lemmas or words): "quit", "withdraw from", "exit from".
    static let leavingWords: WordSet = WordLists.set("leavingWords")

    /// "X quit Congress", "X's exit from the administration": a person leaving a body leaves a
    /// post, which rejects nothing (a state, or its leader, leaving a pact, bloc or body of
    /// states still does).
    func leavesAPost(_ c: Candidate, _ frames: [SentenceFrame], _ nodes: [String: Node]) -> Bool {
        guard c.type == .rejects, nodes[c.source]?.type == .person, nodes[c.target]?.type == .organization,
              memberships[c.target] == nil, let t = c.triggerTokens?.lowerBound,
              roles[c.source]?.contains(where: { $0.relation == .leads && nodes[$0.ofID]?.type == .country }) != true else { return false }
        let f = frames[c.sentence]
        return f.isIn(t, RelationExtractor.leavingWords) || f.lemmas[t].contains { RelationExtractor.leavingWords.contains($0) }
    }

    /// Words for a state's executive seen from inside: the last word of a seat metonym ("White
    /// House", "the Kremlin", "Downing Street") or the head of a governing body ("the
    /// administration", "the federal government").
    static let domesticVoiceWords: WordSet = WordLists.set("domesticVoiceWords")

    /// Stances and ties between a state and one of its own people or bodies are domestic
    /// politics, not relations between actors: "Senate leaders will work with the White House",
    /// "the White House backed the party's decision", "a judge sided with the administration",
    /// "the U.S. Senate criticized the U.S. government". Dropped when the state is named by its
    /// executive (a seat or a governing body) and the other side is a person (for support and
    /// ties only: "Kremlin critic X" keeps its tension) or organization not
    /// known to belong elsewhere (for a body: one that a word makes an organ or a party),
    /// or whenever the other side is an organ of the state.
    func domesticStance(_ c: Candidate, _ frames: [SentenceFrame], _ stateOf: StateTable, _ nodes: [String: Node],
                        organs: [String: String]) -> Bool {
        guard RuleEngine.irrealisEdges.contains(c.type), c.sentence < frames.count else { return false }
        let f = frames[c.sentence]
        func check(_ state: String, _ tokens: Range<Int>, _ other: String) -> Bool {
            guard nodes[state]?.type == .country, let ot = nodes[other]?.type, ot == .person || ot == .organization else { return false }
            if let s = organs[other] { return s == state }
            guard let m = f.mention(at: tokens.lowerBound), f.mentions[m].nodeID == state,
                  f.mentions[m].form == .metonym || f.mentions[m].form == .reference else { return false }
            let r = f.mentions[m].tokenRange
            guard r.upperBound <= f.count, f.isIn(r.upperBound - 1, RelationExtractor.domesticVoiceWords) else { return false }
            // A person known to belong elsewhere (a title or a lexicon office of another state or
            // body) is no domestic actor.
            if ot == .person {
                // A critic or dissident against the executive ("Kremlin critic X") is a stance.
                if c.type == .tensionWith || c.type == .counters { return false }
                if let s = stateOf[other], s != state { return false }
                return roles[other]?.contains(where: { $0.ofID != state }) != true
            }
            // A body of states is none either; a body is domestic by a word of an organ or a party
            // ("the Republican National Committee", "the State Department", "the House of
            // Representatives").
            if memberships[other]?.contains(where: { $0 == state || nodes[$0]?.type == .country }) == true { return false }
            guard let label = nodes[other]?.label.lowercased() else { return false }
            return label.split(separator: " ").contains { NameWords.stateOrganHeads.contains(String($0)) || Politics.politicalHeads.contains(String($0)) }
        }
        return check(c.source, c.sourceTokens, c.target) || check(c.target, c.targetTokens, c.source)
    }
}
