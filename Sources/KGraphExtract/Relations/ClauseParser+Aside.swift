/// Asides set off by commas between a subject and its verb: a relative clause ("X, which
/// signed a pact, ...") or a noun phrase in apposition ("X, a close ally of Y, ...").
extension ClauseParser {
    /// What kind of aside stands between the commas at `open` and `close`.
    enum Aside { case relative, nounPhrase }

    /// Words that open a noun phrase in apposition ("a", "the", "one of", "another").
    static let appositionOpeners: WordSet = WordLists.set("appositionOpeners")

    /// The kind of aside strictly between the commas at `open` and `close`, or nil when the
    /// words there are something else (a list item, a clause of its own, a date).
    func aside(open: Int, close: Int) -> Aside? {
        guard open >= 0, close > open + 1 else { return nil }
        let first = f.lower[open + 1]
        if ["which", "who", "whose", "whom"].contains(first) { return .relative }
        guard close - open <= 16 else { return nil }
        let possessed = f.mention(at: open + 1).map { f.isPossessive($0) && SentenceFrame.isActor(f.types[$0]) } ?? false
        guard ClauseParser.appositionOpeners.contains(first) || possessed || stanceAdjectiveOpens(at: open + 1) else { return nil }
        // The noun phrase has no verb of its own; a relative clause inside it may ("a group that
        // has backed Y"), but nothing may close a clause or start a list ("the US and Japan").
        var relative = false
        for k in (open + 1)..<close {
            let w = f.lower[k]
            if w == "and" || w == "or" || [".", ";", ":", "(", ")"].contains(w) || f.isIn(k, WordClass.dashes) { return nil }
            if !relative, f.isIn(k, WordClass.relativePronouns) { relative = true; continue }
            if !relative, verbish[k] || isSpeech(k) != nil { return nil }
        }
        return .nounPhrase
    }

    /// An adjective phrase of stance opens at `k` ("wary of Y", "both critical of Y", "long at
    /// odds with Y"): after up to two fillers, a stance adjective or "at" before a stance noun.
    func stanceAdjectiveOpens(at k: Int) -> Bool {
        var i = k
        while i < k + 2, f.mentionAt[i] < 0, f.isIn(i, RuleEngine.asideStanceFillers) || f.isIn(i, WordClass.adverbs) {
            i += 1
        }
        guard i < f.count, f.mentionAt[i] < 0 else { return false }
        if f.isIn(i, RuleEngine.stanceAdjectives) { return true }
        return f.lower[i] == "at" && nominalTriggers.contains { $0.range.contains(i) || $0.range.lowerBound == i + 1 }
    }

    /// The comma closing an aside opened by the comma at `open`, with the aside's kind.
    func asideClosing(after open: Int) -> (close: Int, kind: Aside)? {
        guard f.word(open) == "," else { return nil }
        var k = open + 1
        while k < min(f.count, open + 31) {
            let w = f.lower[k]
            if w == "," { return aside(open: open, close: k).map { (k, $0) } }
            if [".", ";", ":"].contains(w) { return nil }
            k += 1
        }
        return nil
    }
}
