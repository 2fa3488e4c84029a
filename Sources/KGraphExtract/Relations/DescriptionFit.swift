import KGraphModel

/// Whether an entity can be what a definite description says it is. "The president" after
/// "Press Secretary Ana Soto and President Luis Vera" is Vera; "the Indian leader" is no one
/// but a leader of India; "the committee" is a committee, not the party named last.
enum DescriptionFit {
    /// Heads that name the leader of a state or body.
    static let leaderHeads: WordSet = WordLists.set("leaderHeads")
    private static let leaderTitles: WordSet = WordLists.set("leaderTitles")
    /// Title words seen before a name ("Press Secretary Ana Soto"): a different office.
    private static let officeWords: WordSet = leaderTitles.union(WordLists.set("otherOfficeWords"))

    /// The person mention `k` of frame `g` for a description with head `head` and, maybe, the
    /// demonym's state: offices from the lexicon and the title words written before the name
    /// must agree with the head; with a state, the person must be known to hold office there.
    static func person(_ g: SentenceFrame, _ k: Int, head: String, state: String?, roles: [String: [LexiconRole]]) -> Bool {
        let id = g.mentions[k].nodeID
        var titles: Set<String> = []
        var j = g.mentions[k].tokenRange.lowerBound - 1
        var namedState: String?
        while j >= 0, j >= g.mentions[k].tokenRange.lowerBound - 5 {
            if let m = g.mention(at: j) {
                if g.types[m] == .country { namedState = g.mentions[m].nodeID }
                break
            }
            guard g.tokens[j].kind == .word else { break }
            if g.isIn(j, officeWords) { titles.insert(g.lower[j]) }
            j -= 1
        }
        let offices = roles[id] ?? []
        if let state {
            guard offices.contains(where: { $0.ofID == state }) || namedState == state else { return false }
        }
        for r in offices { titles.formUnion(VerbLexicon.words(r.office).filter(officeWords.contains)) }
        if offices.contains(where: { $0.relation == .leads }) { titles.insert("leader") }
        guard !titles.isEmpty else { return true }  // nothing known about the person's office
        if titles.contains("vice") || titles.contains("deputy") { return false }
        // After a state's name, "chief" and "boss" are its leader ("the Kremlin chief").
        if ["leader", "chief", "boss", "strongman"].contains(head) { return !titles.isDisjoint(with: leaderTitles) }
        if leaderHeads.contains(head) { return titles.contains(head) }
        return titles.contains(head) || (head == "diplomat" && (titles.contains("ambassador") || titles.contains("envoy")))
    }

    /// States by the kind of state a description names ("the kingdom", "the emirate"), by node id.
    private static let stateKinds: [String: Set<String>] = WordLists.map("stateKindMembers").mapValues(Set.init)

    /// "The kingdom" is a monarchy, not the republic named last, and "the republic" none of
    /// them; other heads ("the country") fit any state.
    static func state(id: String, head: String) -> Bool {
        // "The republic" is no monarchy of any kind.
        if head == "republic" { return !["kingdom", "emirate", "sultanate"].contains { stateKinds[$0]?.contains(id) == true } }
        guard let members = stateKinds[head] else { return true }
        return members.contains(id)
    }

    /// Specific organization heads must be what the entity is: the label says so ("the
    /// committee" -> "... Committee"), or the head word stands next to the name where it was
    /// mentioned ("the militant group Islamic State", "X, a rights group"). Generic heads
    /// ("the organization", "the body") fit any organization.
    static func organization(_ g: SentenceFrame, _ k: Int, label: String, head: String) -> Bool {
        let kinds: [String: Set<String>] = [
            "committee": ["committee", "subcommittee", "commission", "panel"],
            "agency": ["agency", "bureau", "office", "commission", "authority", "service"],
            "group": ["group", "groups"],
        ]
        guard let kind = kinds[head] else { return true }
        if !Set(VerbLexicon.words(label)).isDisjoint(with: kind) { return true }
        let r = g.mentions[k].tokenRange
        let near = max(0, r.lowerBound - 3)..<min(g.count, r.upperBound + 4)
        return near.contains { !r.contains($0) && kind.contains(g.lower[$0]) }
    }
}
