import KGraphModel

extension RecognizerRun {
    /// Job titles whose "at" or "for" names the holder's employer.
    private static let employeeTitles = WordLists.set("employeeTitles")

    /// Founders' titles, whose "of" names the body founded.
    private static let founderTitles = WordLists.set("founderTitles")

    /// Words that may follow an employer's name.
    private static let afterEmployer = WordLists.set("afterEmployer")

    /// Employers the lexicon does not know, named by the job title before them: "chief economist
    /// at Northwind Capital", "a spokeswoman for Tegrity Power". A person's name (a given name
    /// first), a title ("spokesman for Senator X") or a lone ordinary word ("director for
    /// Policy") is no employer; neither is the opening of a longer name already found.
    mutating func matchEmployers(_ s: Int) {
        let p = pieces[s]
        var i = 0
        while i + 2 < p.count {
            defer { i += 1 }
            // ("co-founder of Northwind": a founder's "of" names the body founded.)
            guard p[i].isWord, Self.employeeTitles.contains(p[i]),
                  p[i + 1].key == "at" || p[i + 1].key == "for" || p[i + 1].key == "of" && Self.founderTitles.contains(p[i]) else { continue }
            // "a lawyer for X": a client, most often a person.
            if p[i + 1].key == "for", ["lawyer", "attorney", "partner"].contains(p[i].key) { continue }
            var k = i + 2
            if p[k].key == "the" { k += 1 }
            var e = k
            while e < p.count, e - k < 5, isFree(s, e), p[e].isWord, p[e].isCapitalized,
                  !CommonWords.months.contains(p[e]), !CommonWords.weekdays.contains(p[e]) { e += 1 }
            // The name must end the phrase: "for the Moore campaign", "for Roe's company" name no employer.
            guard e > k, e == p.count || !p[e].isWord || Self.afterEmployer.contains(p[e]) else { continue }
            // "for the Dodgers' network", "at Perkins&Will", "for Conroe, Texas": part of something longer.
            if e < p.count, ["'", "'s", "’", "&"].contains(p[e].key)
                || p[e].key == "," && e + 1 < p.count && p[e + 1].isWord && p[e + 1].isCapitalized { continue }
            if GivenNames.contains(p[k]) || NameWords.titles.contains(p[k]) { continue }
            // A sentence in capitals says nothing of names.
            if (k..<e).allSatisfy({ p[$0].bare.allSatisfy { !$0.isLowercase } }), e - k > 1 || p[k].key.count > 5 { continue }
            // One word: not an ordinary word, not an acronym (defined elsewhere in the article, see
            // ``matchAcronymDefinitions``), not a surname the article gives with a given name.
            if e - k == 1, CommonWords.contains(p[k]) || p[k].key.hasSuffix("ing") || p[k].key.hasSuffix("ers") || p[k].bare.allSatisfy({ !$0.isLowercase }) || isSurname(p[k].key) { continue }
            if let id = patternNode(label: text(s, k, e), type: .organization) { claim(s, k, e, id, .name) }
            i = e - 1
        }
    }

    /// Whether `key` follows a given name somewhere in the article ("Roy Moore") or ends the name
    /// of a person found so far: a surname.
    private func isSurname(_ key: String) -> Bool {
        drafts.values.contains { $0.type == .person && $0.label.lowercased().hasSuffix(" " + key) } || pieces.contains { p in
            p.indices.contains { $0 > 0 && p[$0].key == key && (p[$0 - 1].isCapitalized && GivenNames.contains(p[$0 - 1])
                || NameWords.titles.contains(p[$0 - 1]) || $0 > 1 && p[$0 - 1].key == "." && NameWords.titles.contains(p[$0 - 2])) }
        }
    }
}
