import KGraphModel

/// "Ruritania's travel ban covers people from Freedonia and Elbonia", "the sanctions apply to
/// goods from Freedonia": a measure (a ban, sanctions, tariffs) whose owner is known acts against
/// the states whose people or goods it names. The owner is named on the measure's noun
/// ("Ruritania's ban", "his latest ban", "U.S. sanctions"), or, for a definite noun ("the ban"),
/// on the same noun earlier in the article. Gives `counters` from the owner to each state.
extension RuleEngine {
    /// Nouns of measures taken against others' people or goods.
    static let measureNouns: WordSet = WordLists.set("measureNouns")
    /// Words that lift, waive or deny a measure ("lifted its ban", "no longer covers", "exempts").
    static let measureLiftWords: WordSet = WordLists.set("measureLiftWords")

    /// Owners of measures the article names (by the measure's noun), then the counters edges.
    func measureTargets(_ parsers: [ClauseParser]) -> [Candidate] {
        var owner: [String: (mention: Int, node: String)] = [:]
        var out: [Candidate] = []
        for p in parsers where p.f.hasMentions {
            let f = p.f
            // (A measure's owner or its targets are named: a sentence of neither state nor person has none.)
            guard f.types.contains(where: { $0 == .country || $0 == .person || $0 == .alliance || $0 == .organization }) else { continue }
            var k = 0
            while k < f.count {
                defer { k += 1 }
                guard f.isIn(k, RuleEngine.measureNouns) else { continue }
                // ("travel ban" may be a policy's name: its first word then opens the noun.)
                var start = k
                if let m = f.mention(at: k) {
                    guard f.types[m] == .principle, f.mentions[m].tokenRange.upperBound == k + 1 else { continue }
                    start = f.mentions[m].tokenRange.lowerBound
                }
                let noun = f.lower[k].hasSuffix("s") ? String(f.lower[k].dropLast()) : f.lower[k]
                let own = measureOwner(p, noun: start)
                if let own { owner[noun] = (own, actor(p, own)) }
                // The states whose people or goods the measure names, later in its clause.
                guard let targets = measureTargetStates(p, after: k) else { continue }
                // A measure lifted, waived or denied acts against nobody.
                let last = f.mentions[targets.last!].tokenRange.lowerBound
                if (max(0, start - 4)..<last).contains(where: { f.isIn($0, RuleEngine.measureLiftWords) }) { continue }
                let source: String
                let sourceTokens: Range<Int>
                if let own {
                    source = actor(p, own)
                    sourceTokens = f.mentions[own].tokenRange
                } else if measureIsDefinite(p, noun: start), let known = owner[noun] {
                    source = known.node
                    sourceTokens = k..<(k + 1)
                } else { continue }
                guard let st = nodes[source]?.type, RuleEngine.sourceOK(.counters, st) else { continue }
                for t in targets where f.mentions[t].nodeID != source {
                    var c = Candidate(source: source, target: f.mentions[t].nodeID, type: .counters, sentence: f.index,
                                      sourceTokens: sourceTokens, targetTokens: f.mentions[t].tokenRange,
                                      triggerTokens: k..<(k + 1), rule: "measure-target")
                    c.distance = f.mentions[t].tokenRange.lowerBound - k
                    out.append(c)
                }
            }
        }
        return out
    }

    /// The mention owning the measure noun at `k`: a possessor or a name right before it, with
    /// at most three lowercase modifiers between ("Ruritania's latest travel ban", "his new
    /// ban", "U.S. economic sanctions"; "travel" and "export" may be verbs elsewhere).
    private func measureOwner(_ p: ClauseParser, noun k: Int) -> Int? {
        let f = p.f
        var j = k - 1
        var skipped = 0
        // (A verb may only be the noun's first half, "travel ban": "Iran faces new sanctions" names no owner.)
        while j >= 0, skipped < 3, f.mentionAt[j] < 0, f.tokens[j].kind == .word, !f.tokens[j].isCapitalized,
              !RuleEngine.articleWords.contains(f.lower[j]), !f.isIn(j, WordClass.prepositions), f.lower[j] != "'s",
              j == k - 1 || !p.verbish[j] {
            j -= 1
            skipped += 1
        }
        if j >= 0, f.lower[j] == "'s" || f.lower[j] == "'" { j -= 1 }
        guard j >= 0, let m = f.mention(at: j) else { return nil }
        let t = f.types[m]
        guard t == .country || t == .alliance || t == .person || t == .organization else { return nil }
        return m
    }

    /// Articles, demonstratives and possessive pronouns, which open a noun phrase ("new" and
    /// "more", determiners elsewhere, are modifiers here).
    static let articleWords: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your"]

    /// Whether the measure noun at `k` is definite ("the ban", "this ban", "the new sanctions").
    private func measureIsDefinite(_ p: ClauseParser, noun k: Int) -> Bool {
        let f = p.f
        var j = k - 1
        while j >= 0, k - j <= 3, f.mentionAt[j] < 0, f.tokens[j].kind == .word {
            if ["the", "this", "that", "these", "those"].contains(f.lower[j]) { return true }
            guard !f.tokens[j].isCapitalized else { return false }
            j -= 1
        }
        return false
    }

    /// The states of "people/goods from X, Y and Z" (and of further "officials from W" after
    /// them) within twelve words after the measure noun at `k`, in its clause.
    private func measureTargetStates(_ p: ClauseParser, after k: Int) -> [Int]? {
        let f = p.f
        var out: [Int] = []
        var i = k + 1
        var end = min(f.count - 1, k + 13)
        while i < end {
            if f.isIn(i, WordClass.boundaries) || f.lower[i] == ";" { break }
            if f.isIn(i, ClauseParser.peopleAndGoodsNouns), f.lower[i + 1] == "from" || f.lower[i + 1] == "of",
               let m = f.mention(at: i + 2), f.types[m] == .country, f.mentions[m].form == .name {
                // (Each state of the list: "goods from Freedonia, Elbonia and Ruritania".)
                let group = f.group(of: m).filter { f.types[$0] == .country && f.mentions[$0].form == .name }
                out += group
                i = f.mentions[group.last ?? m].tokenRange.upperBound
                end = min(f.count - 1, i + 8)
                continue
            }
            i += 1
        }
        return out.isEmpty ? nil : out
    }
}
