import KGraphModel

extension RuleEngine {
    /// Stances and ties that an unrealised act does not establish: "X could sanction Y", "X
    /// should back Y", "X was considering a plan to oust Y", "a missile capable of striking Y" say
    /// nothing about what X does. (Proposals, membership and refusals keep their own readings:
    /// "could join" is hedged, "should not join" is a rejection.)
    static let irrealisEdges: Set<EdgeType> = [.supports, .counters, .tensionWith, .partnersWith]

    /// Whether a word of ``WordClass/irrealisWords`` stands between tokens `from` and `to` (the
    /// end of the act's argument before it and its trigger). A capitalized "May" past the first
    /// word is the month.
    /// "would" counts unless the argument is the subject of reported speech ("X said it would
    /// block Y" reports an intention; "Y would anger X", "hopes that X would press Y" do not).
    func irrealis(_ p: ClauseParser, from: Int, to: Int, reported: Bool = false) -> Bool {
        guard from < to else { return false }
        for k in max(0, from)..<min(to, p.f.count) where p.f.isIn(k, WordClass.irrealisWords) {
            if k > 0, p.f.tokens[k].isCapitalized { continue }
            if reported, p.f.isIn(k, WordClass.reportedIntentionModals) { continue }
            return true
        }
        return false
    }

    /// ``irrealis(_:from:to:)`` from the nearest argument of `groups` that ends before the trigger.
    func irrealis(_ p: ClauseParser, _ edge: EdgeType, trigger: Range<Int>, arguments groups: [[Int]]) -> Bool {
        guard RuleEngine.irrealisEdges.contains(edge) else { return false }
        let spans = groups.filter { !$0.isEmpty }.map { p.f.span(of: $0) }.filter { $0.upperBound <= trigger.lowerBound }
        guard let nearest = spans.max(by: { $0.upperBound < $1.upperBound }) else { return false }
        return irrealis(p, from: nearest.upperBound, to: trigger.lowerBound, reported: reportedSubject(p, at: nearest.lowerBound))
    }

    /// Whether the argument starting at `start` follows a verb of saying ("said (that) it",
    /// "telling voters that he", "adding he").
    func reportedSubject(_ p: ClauseParser, at start: Int) -> Bool {
        var k = start - 1
        if p.f.word(k) == "that" { k -= 1 }
        var steps = 0
        while k >= 0, steps < 3, p.f.mentionAt[k] < 0 {
            if p.isSpeech(k) != nil { return true }
            k -= 1
            steps += 1
        }
        return false
    }
}

extension RuleEngine {
    /// Whether an irrealis word governs the noun phrase starting at `start` ("could provoke
    /// [Russia's retaliation against X]"): looked for in the few words before it, up to a clause
    /// boundary, a comma or a name.
    func irrealisBefore(_ p: ClauseParser, _ edge: EdgeType, start: Int) -> Bool {
        guard RuleEngine.irrealisEdges.contains(edge) else { return false }
        var k = start - 1
        while k >= max(0, start - 5), p.f.mentionAt[k] < 0, p.f.lower[k] != ",", !p.f.isIn(k, WordClass.boundaries) {
            // (A capital opening the sentence, after an opening quotation mark too, is no name.)
            if p.f.isIn(k, WordClass.irrealisWords), !p.f.tokens[k].isCapitalized || (0..<k).allSatisfy({ p.f.tokens[$0].kind == .punctuation }) {
                return true
            }
            k -= 1
        }
        return false
    }
}

extension RuleEngine {
    /// Whether a verb or noun of persuasion between the subject (ending at `from`) and an
    /// infinitive (starting at `to`) hands the infinitive to someone else: its object ("hired a
    /// firm to help X", "expects Congress to pass a bill to fund Y") or the requester ("denied
    /// her request to block X"). A persuasion verb right before "to" with no object between
    /// ("wants to help X") keeps the subject, and so does urging ("urged voters to back X",
    /// "called on allies to isolate Y"): who urges an act takes its side.
    func controlledByObject(_ p: ClauseParser, from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        for k in from..<min(to, p.f.count) where p.f.mentionAt[k] < 0 && p.f.isLemma(k, in: .persuasion)
            && !p.f.lemmas[k].contains(where: WordClass.urgingVerbs.contains) {
            if k + 1 < to, p.f.lower[k + 1] != "to" { return true }
            if k > 0, p.f.isIn(k - 1, WordClass.possessivePronouns) || p.f.lower[k - 1] == "'s" { return true }
        }
        return false
    }
}

extension RuleEngine {
    /// Plural nouns of actors whose members an "including" list can name as a stance's targets
    /// ("sanctioned several firms, including X"); see ``includesActorsOfTheObject(_:from:list:)``.
    static let includingHeads: WordSet = WordLists.set("includingHeads")
}
