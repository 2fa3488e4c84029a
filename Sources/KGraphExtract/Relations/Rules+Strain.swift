import KGraphModel

/// Ties described as strained. "Ties", "relations" or "relationship" alone are partnership, but
/// the same noun phrase often says the opposite: "frosty relations between X and Y", "a decline
/// in X-Y ties", "X's ties with Y have soured", "relations between X and Y hit a new low".
/// The check is local to the noun phrase (modifiers before it, a governing strain noun, or the
/// predicate right after it), so "ties improved after years of strain" stays a partnership.
extension RuleEngine {
    /// Nouns whose partnership reading turns into tension when strained; other partnership
    /// nouns ("talks", "deal", "summit") say nothing then ("the collapse of a deal between").
    static let tieNouns: WordSet = WordLists.set("tieNouns")
    /// Adjectives that make ties a strain ("strained US-India ties", "frosty relations").
    static let strainAdjectives: WordSet = WordLists.set("strainAdjectives")
    /// Nouns governing ties through a preposition ("a decline in", "the souring of", "strains on").
    static let strainNouns: WordSet = WordLists.set("strainNouns")
    /// Predicates of strained ties ("relations have soured", "ties remain tense").
    static let strainPredicates: WordSet = WordLists.set("strainPredicates")
    /// "hit a new low", "reached a low point", "hit the rocks", "faced turbulence".
    private static let strainObjectVerbs: WordSet = WordLists.set("strainObjectVerbs")
    private static let strainObjects: WordSet = WordLists.set("strainObjects")
    private static let predicateFillers: WordSet = WordLists.set("predicateFillers")
    private static let objectFillers: WordSet = WordLists.set("objectFillers")

    /// Whether the ties noun at `noun` is described as strained. The noun phrase starts at
    /// `start` (a compound "US-India" or possessor may open it) and its complement ends before
    /// `end` ("relations between X and Y" ends after Y).
    func strained(_ p: ClauseParser, noun: Int, start: Int, end: Int) -> Bool {
        let f = p.f
        // Modifiers inside the phrase: "US-India frosty ties".
        for k in start..<noun where f.mentionAt[k] < 0 && f.isIn(k, RuleEngine.strainAdjectives) { return true }
        // Modifiers before it: "the already strained diplomatic ties".
        var i = start - 1
        var steps = 0
        while i >= 0, steps < 4 {
            let w = f.lower[i]
            if f.mentionAt[i] < 0, RuleEngine.strainAdjectives.contains(w) { return true }
            // A verb breaking them, unless negated: "ended its military cooperation with",
            // "severed all ties"; "will not abandon its partnership with" keeps them.
            if f.mentionAt[i] < 0, f.isLemma(i, in: .tieBreaking) { return !breakDenied(f, at: i) }
            // A possessor opens the phrase: "the souring of India's ties with".
            if w == "'s", i > 0, f.mentionAt[i - 1] >= 0 {
                i = f.mentions[f.mentionAt[i - 1]].tokenRange.lowerBound - 1
                steps += 1
                continue
            }
            if let m = f.mention(at: i), f.isPossessive(m) || f.isIn(i, WordClass.possessivePronouns) {  // "its ties", "Peru's" without a split "'s"
                i = f.mentions[m].tokenRange.lowerBound - 1
                steps += 1
                continue
            }
            guard f.mentionAt[i] < 0, f.tokens[i].kind == .word, !p.verbish[i], !WordClass.prepositions.contains(w),
                  !WordClass.boundaries.contains(w), w != "and", w != "or" else { break }
            i -= 1
            steps += 1
        }
        // A verb breaking them: "cut off all diplomatic ties", "severed relations".
        var b = i
        if f.word(b) == "off" { b -= 1 }
        if b >= 0, f.mentionAt[b] < 0, f.isLemma(b, in: .tieBreaking) { return !breakDenied(f, at: b) }
        // A governing strain noun: "a decline in", "the souring of", "strains on".
        if i >= 1, ["in", "of", "on", "to"].contains(f.word(i)), f.mentionAt[i - 1] < 0, f.isIn(i - 1, RuleEngine.strainNouns) {
            return true
        }
        // The predicate: "... have steadily soured", "... hit a new low", "... remain frosty".
        var k = end
        // "... relations with Y, which are now at a historic low".
        if f.word(k) == "," && ["which", "that"].contains(f.word(k + 1)) { k += 2 } else if ["which", "that"].contains(f.word(k)) { k += 1 }
        while k < f.count, f.mentionAt[k] < 0, f.isIn(k, RuleEngine.predicateFillers)
            || (UTF8Bytes.characterCount(f.lower[k]) > 5 && f.lower[k].hasSuffix("ly")) {
            if f.isIn(k, RuleEngine.strainObjectVerbs), strainObject(f, after: k) { return true }
            k += 1
        }
        guard k < f.count, f.mentionAt[k] < 0 else { return false }
        if f.isIn(k, RuleEngine.strainPredicates) { return true }
        return f.isIn(k, RuleEngine.strainObjectVerbs) && strainObject(f, after: k)
    }

    /// Whether the tie-breaking verb at `b` is negated or refused in the five words before it
    /// ("will not abandon", "cannot afford to abruptly terminate", "refused to cut").
    func breakDenied(_ f: SentenceFrame, at b: Int) -> Bool {
        var k = b - 1
        while k >= max(0, b - 5), f.mentionAt[k] < 0, !f.isIn(k, WordClass.boundaries), f.lower[k] != "," {
            if f.isNegator(k, verbs) || verbs.refusals.match(at: k, lemmas: f.lemmas) != nil { return true }
            k -= 1
        }
        return false
    }

    /// "a new low", "the rocks", "turbulence" after a verb at `k`.
    private func strainObject(_ f: SentenceFrame, after k: Int) -> Bool {
        var j = k + 1
        while j < min(f.count, k + 4), f.mentionAt[j] < 0, f.isIn(j, RuleEngine.objectFillers) { j += 1 }
        return j < f.count && f.mentionAt[j] < 0 && f.isIn(j, RuleEngine.strainObjects)
    }

    /// The edge a partnership noun gives once its phrase is read: tension for strained ties,
    /// nothing for another strained partnership noun, else the edge unchanged.
    func strainAdjusted(_ edge: EdgeType, _ p: ClauseParser, noun: Int, start: Int, end: Int) -> EdgeType? {
        guard edge == .partnersWith, strained(p, noun: noun, start: start, end: end) else { return edge }
        return p.f.isIn(noun, RuleEngine.tieNouns) ? .tensionWith : nil
    }
}
