import KGraphModel

/// "Justice Ann Roe", "Justices Ann Roe and Li Wen", "Chief Justice Luis Vera": a judge's title
/// before a name says the person sits on the court the article names, when it names exactly one
/// court. The chief justice leads it; the other justices serve on it.
extension RuleEngine {
    /// The court among the article's nodes (an organization whose label has the word "Court")
    /// whose members are justices: the only one, or the only supreme or high court ("Justice" is
    /// no title of an appeals court's judges).
    var articleCourt: String? {
        let courts = nodes.values.filter { n in n.type == .organization && n.label.split(separator: " ").contains("Court") }
        if courts.count == 1 { return courts[0].id }
        let top = courts.filter { n in n.label.split(separator: " ").contains { $0 == "Supreme" || $0 == "High" } }
        return top.count == 1 ? top[0].id : nil
    }

    func courtTitles(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        for m in f.mentions.indices where f.types[m] == .person && f.mentions[m].form == .name {
            let start = f.mentions[m].tokenRange.lowerBound
            // The title right before the name, or before the list the name ends ("Justices A and B").
            var k = start - 1
            guard k >= 0 else { continue }
            if f.lower[k] == "and" || f.lower[k] == ",", let first = f.group(of: m).first, first != m { k = f.mentions[first].tokenRange.lowerBound - 1 }
            guard k >= 0, f.tokens[k].isCapitalized, f.lower[k] == "justice" || f.lower[k] == "justices" else { continue }
            guard let court = articleCourt else { return [] }
            let chief = f.word(k - 1) == "chief" && f.lower[k] == "justice"
            out.append(Candidate(source: f.mentions[m].nodeID, target: court, type: chief ? .leads : .serves, sentence: f.index,
                                 sourceTokens: f.mentions[m].tokenRange, targetTokens: k..<(k + 1), triggerTokens: k..<(k + 1),
                                 rule: "title-court"))
        }
        return out
    }
}
