import KGraphModel

/// "Chinese officials, including Vice Premier Liu He", "Republican lawmakers such as Senator X",
/// "UAE officials, who included Crown Prince Y": people named as some of a side's officials
/// serve it; a party's are its members.
extension RuleEngine {
    /// Plural nouns for a side's people in office ("officials", "lawmakers", "executives").
    static let includedOfficialNouns: WordSet = WordLists.set("includedOfficialNouns")

    func includedOfficials(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        for m in f.mentions.indices where f.types[m] == .person && f.mentions[m].form == .name && f.group(of: m).first == m {
            let start = f.mentions[m].tokenRange.lowerBound
            var k = start - 1
            // The person's title stands between ("including Vice Premier X").
            while k > 0, f.mentionAt[k] < 0, f.tokens[k].isCapitalized, f.isIn(k, verbs.titles.allWords) { k -= 1 }
            switch f.word(k) {
            case "including": k -= 1
            case "as" where f.word(k - 1) == "such": k -= 2
            case "included" where f.word(k - 1) == "who": k -= 2
            default: continue
            }
            if f.word(k) == "," { k -= 1 }
            guard k > 0, f.mentionAt[k] < 0, f.isIn(k, RuleEngine.includedOfficialNouns) else { continue }
            let owner = f.word(k - 1) == "'s" || f.word(k - 1) == "'" ? k - 2 : k - 1
            guard let s = f.mention(at: owner), SentenceFrame.isActor(f.types[s]), f.types[s] != .person else { continue }
            let people = f.group(of: m).filter { f.types[$0] == .person && f.mentions[$0].form == .name }
            let edge: EdgeType = isPoliticalParty(f, s) ? .memberOf : .serves
            out += pairs(p, people, [s], edge, trigger: k..<(k + 1), rule: "included-official", distance: start - k)
        }
        return out
    }
}
