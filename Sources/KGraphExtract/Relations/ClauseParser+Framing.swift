/// "what it called X's aggression", "what Beijing describes as Y's provocations": a relative
/// "what" whose clause frames the noun phrase after it as its speaker's words. The phrase is
/// still the object of the verb before "what", and the framing is the speaker's own judgement.
extension ClauseParser {
    /// Subject words of a framing clause that are no mention ("what they called ...").
    static let framingPronouns: WordSet = WordLists.set("framingPronouns")

    /// When token `i` opens a framing clause ("what" + a pronoun or a name + a verb of calling
    /// or regarding, and "as" after it), the token after the clause and the framer: the mention
    /// there (a name, or a pronoun coreference resolved), or nil for an unresolved pronoun.
    func framingClause(at i: Int) -> (end: Int, framer: Int?)? {
        guard i + 2 < f.count, f.lower[i] == "what", f.mentionAt[i] < 0 else { return nil }
        var k = i + 1
        let framer = f.mention(at: k)
        if let m = framer {
            k = f.mentions[m].tokenRange.upperBound
        } else {
            guard f.isIn(k, Self.framingPronouns) else { return nil }
            k += 1
        }
        // "what it has long called", "what they see as".
        while k < f.count, f.mentionAt[k] < 0, f.isIn(k, WordClass.adverbs) || f.isIn(k, WordClass.auxiliaryVerbs) { k += 1 }
        guard k < f.count, f.mentionAt[k] < 0, f.isLemma(k, in: .regard) else { return nil }
        k += 1
        if f.word(k) == "as" { k += 1 }
        return k < f.count ? (k, framer) : nil
    }
}
