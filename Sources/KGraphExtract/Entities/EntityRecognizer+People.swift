import KGraphIngest
import KGraphModel

extension RecognizerRun {
    private static let nonNameSuffixes = ["ive", "ic", "ical", "ous", "ary", "ist", "ism", "tion", "sion", "ment", "ness",
                                          "ity", "ies", "ese", "ian", "ean", "ing", "ed", "ern", "ful", "less", "able"]
    private static let nameConnectors = Set<String>(["bin", "de", "da", "van", "von", "der", "du", "al", "del", "la", "le", "ibn", "dos"])

    /// People the lexicon does not know: after a title ("Foreign Minister Taro Kono", "Dr. X Y"),
    /// next to a speech verb ("X Y said", "according to X Y"), or two or three capitalized
    /// words that are not ordinary words ("Alice Wells").
    mutating func matchPeople(_ s: Int) {
        let p = pieces[s]
        var i = 0
        while i < p.count {
            guard isFree(s, i), p[i].isWord, p[i].isCapitalized else { i += 1; continue }
            var b = i + 1
            while b < p.count, isFree(s, b), p[b].isWord {
                if p[b].isCapitalized || p[b].token == p[b - 1].token { b += 1; continue }
                if Self.nameConnectors.contains(p[b].key), b + 1 < p.count, isFree(s, b + 1), p[b + 1].isCapitalized { b += 1; continue }
                break
            }
            considerPerson(s, i, b)
            i = b
        }
    }

    private mutating func considerPerson(_ s: Int, _ a: Int, _ b: Int) {
        let p = pieces[s]
        var t = a
        while t < b, NameWords.titles.contains(p[t].key) { t += 1 }
        let titledInside = t > a
        var titled = titledInside
        if !titled, a > 0 {
            let prev = p[a - 1]
            if NameWords.titles.contains(prev.key) && prev.isWord { titled = true }
            else if prev.key == ",", a > 1, NameWords.titles.contains(p[a - 2].key) { titled = true }
        }
        var first = t
        if !titledInside, isSentenceInitial(s, a) {
            while first < b - 1, CommonWords.contains(p[first].key) || NameWords.leftStops.contains(p[first].key) { first += 1 }
        }
        guard first < b else { return }
        let name = Array(first..<b)
        let words = name.filter { p[$0].bare.count > 1 }
        guard let last = name.last, p[last].bare.count > 1, !words.isEmpty, name.count <= 5 else { return }
        for k in name {
            let key = p[k].key
            if CommonWords.months.contains(key) || CommonWords.weekdays.contains(key) { return }
            if k == last, NameWords.organizationHeads.contains(key) || NameWords.regionHeads.contains(key)
                || NameWords.allianceHeads.contains(key) || NameWords.otherHeads.contains(key) { return }
            // Acronyms and shouting ("NATO", "BREAKING") are not personal names.
            if p[k].bare.count > 1, p[k].bare == p[k].bare.uppercased(), p[k].bare.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) { return }
            if k != name.first, NameWords.titles.contains(key), !titledInside { return }
        }
        if NameWords.placePrefixes.contains(p[first].key) && !titled { return }
        let next = b < p.count ? p[b].key : ""
        let prev = a > 0 ? p[a - 1].key : ""
        let speech = NameWords.speech.contains(next) || NameWords.speech.contains(prev)
            || (prev == "to" && a > 1 && p[a - 2].key == "according")
            || (next == "," && b + 2 < p.count && ["a", "an", "the", "who"].contains(p[b + 1].key))
        let wordCount = words.count
        if wordCount == 1 && name.count == 1 {
            // "Mr. Trump", "Kono said": a surname, resolved once every full name is known.
            if titled || speech { pendingSingles.append((s, name[0], titled)) }
            return
        }
        if !titled {
            // Ordinary words are not names: "Human Rights said" is not a person.
            guard !CommonWords.contains(p[last].key) || !CommonWords.contains(p[name[0]].key) else { return }
            guard !CommonWords.contains(p[last].key) || !speech || wordCount > 1 else { return }
        }
        if !(titled || speech) {
            guard wordCount <= 3, !CommonWords.contains(p[name[0]].key) else { return }
            for k in name where lowercaseWords.contains(p[k].key) && p[k].bare.count > 1 { return }
            // Adjectives and abstract nouns: "Democratic Progressive", "Southeast Asian".
            for k in name {
                let w = p[k].key
                if w.count > 4, Self.nonNameSuffixes.contains(where: { w.hasSuffix($0) }) { return }
            }
        }
        let label = text(s, name[0], last + 1)
        if let id = patternNode(label: label, type: .person, nameLength: name.count) {
            claim(s, name[0], last + 1, id, .name)
        }
    }

    /// Resolves surnames ("Jaishankar", "Ishiba") and acronyms to the people and bodies named
    /// in full elsewhere in the article, then turns titled single names nobody claimed into
    /// people of their own ("President Xi").
    mutating func resolveSingles() {
        var surnames: [String: String] = [:]
        var clashes: Set<String> = []
        for (id, d) in drafts.sorted(by: { $0.key < $1.key }) where d.type == .person && d.nameLength >= 2 {
            guard let last = Tokenized.pieces(Tokenizer.tokens(d.label)).last(where: { $0.bare.count > 1 }) else { continue }
            if let other = surnames[last.key], other != id { clashes.insert(last.key) }
            surnames[last.key] = id
        }
        for c in clashes { surnames[c] = nil }
        for (s, k, titled) in pendingSingles where isFree(s, k) {
            if let id = surnames[pieces[s][k].key] {
                claim(s, k, k + 1, id, .name)
            } else if titled, !CommonWords.contains(pieces[s][k].key) {
                if let id = patternNode(label: text(s, k, k + 1), type: .person) {
                    claim(s, k, k + 1, id, .name)
                    surnames[pieces[s][k].key] = id
                }
            }
        }
        guard !surnames.isEmpty || !acronyms.isEmpty else { return }
        for s in sentences.indices where !skipped[s] {
            let p = pieces[s]
            for k in p.indices where isFree(s, k) && p[k].isWord && p[k].isCapitalized {
                if let id = acronyms[p[k].bare] { claim(s, k, k + 1, id, .name); continue }
                guard let id = surnames[p[k].key] else { continue }
                if CommonWords.contains(p[k].key) && isSentenceInitial(s, k) {
                    let n = k + 1 < p.count ? p[k + 1].key : ""
                    guard NameWords.speech.contains(n) || n == "'s" else { continue }
                }
                // Not the first name of someone else: "Wells Fargo", "Abe Lincoln".
                if k + 1 < p.count, isFree(s, k + 1), p[k + 1].isCapitalized, p[k + 1].isWord { continue }
                claim(s, k, k + 1, id, .name)
            }
        }
    }
}
