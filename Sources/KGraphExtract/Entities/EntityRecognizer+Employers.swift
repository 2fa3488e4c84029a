import KGraphModel

extension RecognizerRun {
    /// Job titles whose "at", "for" or "with" names the holder's employer.
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
                  p[i + 1].key == "at" || p[i + 1].key == "for" || p[i + 1].key == "of" && Self.founderTitles.contains(p[i])
                    || p[i + 1].key == "with" && !Self.founderTitles.contains(p[i]) else { continue }
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
            // (An acronym of three letters or more the article does not spell out is a body's name:
            // "a spokesman for the NVCA", "an engineer at AMD".)
            if e - k == 1, CommonWords.contains(p[k]) || p[k].key.hasSuffix("ing") || p[k].key.hasSuffix("ers") || isSurname(p[k].key)
                || p[k].bare.allSatisfy({ !$0.isLowercase }) && (UTF8Bytes.characterCount(p[k].bare) < 3 || !Self.isCapitalLetters(p[k].bare) || definesAcronym(p[k].key)) { continue }
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

extension RecognizerRun {
    /// Lowercase job titles after which an unknown name before them is the holder's employer.
    private static let employerTitlesBefore = WordLists.set("employerTitlesBefore")
    /// Lowercase words that may stand between the employer's name and the title ("chief", "senior").
    private static let titleModifiersBefore = WordLists.set("titleModifiersBefore")
    /// Sentence-opening conjunctions that may stand before an employer's name.
    private static let openingConjunctions: Set<String> = ["but", "and", "so", "yet", "meanwhile", "however", "also", "then", "when", "while"]

    /// Whether the article spells out the acronym `key` ("... Center (EPIC)"): the acronym is
    /// then that body's name (``matchAcronymDefinitions(_:)``), found wherever it stands.
    private func definesAcronym(_ key: String) -> Bool {
        pieces.contains { p in p.indices.contains { $0 > 0 && $0 + 1 < p.count && p[$0].key == key && p[$0 - 1].key == "(" && p[$0 + 1].key == ")" } }
    }

    /// Employers the lexicon does not know, named right before a lowercase job title and a
    /// person: "Jefferies analyst Ann Roe", "Tegrity spokeswoman Ann Roe", "NAHB chief executive
    /// Ann Roe". The name is one to three capitalized words, none an ordinary word, a given name,
    /// a title, an adjective, a known entity or a surname the article gives ("Roe spokesman X"
    /// speaks for a person); an acronym has three letters or more ("AI scientist" is a field);
    /// nothing capitalized stands before it ("Minnesota Ice CEO": the name's start is unknown).
    mutating func matchEmployersBeforeTitles(_ s: Int) {
        let p = pieces[s]
        var t = 1
        while t + 1 < p.count {
            defer { t += 1 }
            guard p[t].isWord, !p[t].isCapitalized, Self.employerTitlesBefore.contains(p[t]),
                  let f = findAt(s, t + 1), f.lo == t + 1, drafts[f.nodeID]?.type == .person else { continue }
            var j = t
            while j > 0, j > t - 2, p[j - 1].isWord, !p[j - 1].isCapitalized, Self.titleModifiersBefore.contains(p[j - 1]) { j -= 1 }
            // "Hollywood executive X", "industry executive Y": a bare "executive" is a trade, not an office.
            if p[t].key == "executive", j == t { continue }
            var lo = j
            while lo > 0, j - lo < 3, isFree(s, lo - 1), p[lo - 1].isWord, p[lo - 1].isCapitalized,
                  !(isSentenceInitial(s, lo - 1) && Self.openingConjunctions.contains(p[lo - 1].key)) { lo -= 1 }
            guard lo < j else { continue }
            // (A sentence-opening conjunction may stand before: "But Acme analyst X".)
            if lo > 0, p[lo - 1].isWord, p[lo - 1].isCapitalized, !isSentenceInitial(s, lo - 1) || !Self.openingConjunctions.contains(p[lo - 1].key) { continue }
            // "Marine scientist X" opening a sentence: a capital there may be an ordinary word's.
            if j - lo == 1, isSentenceInitial(s, lo), !Self.isCapitalLetters(p[lo].bare) { continue }
            var ok = true
            for k in lo..<j {
                let key = p[k].key
                let letters = UTF8Bytes.characterCount(p[k].bare)
                if letters < 2 || CommonWords.contains(p[k]) || NameWords.titles.contains(p[k]) || GivenNames.contains(p[k])
                    || Self.hasNonNameSuffix(key) || key.contains("-") || isWrittenLowercase(key) || isSurname(key)
                    || lexiconEntity(named: p[k].bare) != nil || Self.isCapitalLetters(p[k].bare) && (letters < 3 || definesAcronym(p[k].key)) {
                    ok = false
                    break
                }
            }
            guard ok, let id = patternNode(label: text(s, lo, j), type: .organization) else { continue }
            claim(s, lo, j, id, .name)
        }
    }
}
