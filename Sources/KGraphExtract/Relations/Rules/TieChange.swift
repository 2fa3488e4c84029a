import KGraphModel

/// Ties made or broken, with modifiers the fixed phrases do not allow: "Morocco normalized
/// diplomatic ties with Israel", "Algeria cut off all diplomatic relations with Morocco",
/// "restored full diplomatic relations with". Making or mending ties is a partnership;
/// cutting, severing or downgrading them is tension.
extension RuleEngine {
    /// Verbs (as lemmas) that make or improve ties.
    static let tieMakingVerbs: WordSet = WordLists.set("tieMakingVerbs")
    /// Verbs (as lemmas) that break or reduce ties.
    static let tieBreakingVerbs: WordSet = WordLists.set("tieBreakingVerbs")
    /// Nouns for agreements among the ties: only states' count ("ended a consulting agreement" is business).
    static let agreementNouns: WordSet = WordLists.set("agreementNouns")
    /// Nouns for ties themselves.
    static let tieObjectNouns: WordSet = WordLists.set("tieObjectNouns")

    func tieChanges(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        for v in 0..<f.count where f.mentionAt[v] < 0 {
            let making = f.isLemma(v, in: .tieMaking)
            let breaking = f.isLemma(v, in: .tieBreaking)
            guard making || breaking else { continue }
            // Up to three modifiers ("off all diplomatic"), then the ties noun and "with" or "to".
            var k = v + 1
            if ["off", "up"].contains(f.word(k)) { k += 1 }
            var steps = 0
            // ("its", "their": the subject's own ties.)
            while steps < 3, k < f.count, f.mentionAt[k] < 0 || f.isIn(k, WordClass.possessivePronouns), f.tokens[k].kind == .word,
                  !f.isIn(k, RuleEngine.tieObjectNouns),
                  !f.isIn(k, WordClass.prepositions), !f.isIn(k, WordClass.boundaries), !p.verbish[k] {
                k += 1
                steps += 1
            }
            guard f.isIn(k, RuleEngine.tieObjectNouns), ["with", "to"].contains(f.word(k + 1)),
                  let other = f.mention(at: k + 2) ?? (f.word(k + 2) == "the" ? f.mention(at: k + 3) : nil),
                  SentenceFrame.isActor(f.types[other]), f.mentions[other].form != .demonym,
                  let s = p.subject(before: v), !breakDenied(f, at: v) else { continue }
            // "urging Beijing to cut links with ...": an act asked of someone is not done.
            if f.word(v - 1) == "to", (max(0, v - 7)..<(v - 1)).contains(where: { f.isLemma($0, in: .persuasion) }) {
                continue
            }
            // An agreement or a dialogue ended is a tie between states; firms end contracts.
            if f.isIn(k, RuleEngine.agreementNouns),
               !(s.group + [other]).allSatisfy({ f.types[$0] == .country || f.types[$0] == .alliance }) { continue }
            let edge: EdgeType = breaking ? .tensionWith : .partnersWith
            out += pairs(p, s.group, f.group(of: other), edge, trigger: v..<(k + 2), rule: "tie-change", distance: s.distance + k - v)
        }
        return out
    }
}
