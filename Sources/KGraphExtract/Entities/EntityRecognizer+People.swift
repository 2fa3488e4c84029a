import KGraphIngest
import KGraphModel

extension RecognizerRun {
    private static let nonNameSuffixes = ["ive", "ic", "ical", "ous", "ary", "ist", "ism", "tion", "sion", "ment", "ness",
                                          "ity", "ies", "ese", "ian", "ean", "ican", "ians", "eans", "icans", "ing", "ed", "ern", "ful", "less", "able"]
    static func hasNonNameSuffix(_ w: String) -> Bool {
        w.count > 4 && nonNameSuffixes.contains { w.hasSuffix($0) }
    }

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
        // "Whether Mr Trump attends": sentence-opening ordinary words, then titles.
        if isSentenceInitial(s, a) {
            while t < b - 1, !NameWords.titles.contains(p[t].key),
                  CommonWords.contains(p[t].key) || NameWords.leftStops.contains(p[t].key) { t += 1 }
        }
        let opening = t
        while t < b, NameWords.titles.contains(p[t].key) { t += 1 }
        let titledInside = t > opening
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
        let prev = a > 0 ? p[a - 1].key : ""
        let next = b < p.count ? p[b].key : ""
        let speech = NameWords.speech.contains(next) || NameWords.speech.contains(prev)
            || (prev == "to" && a > 1 && p[a - 2].key == "according")
            || (next == "," && b + 2 < p.count && ["a", "an", "the", "who"].contains(p[b + 1].key))
        // "Amnesty International said": an organization speaking, not a person.
        if name.contains(where: { NameWords.organizationWords.contains(p[$0].key) }) {
            if speech || prev == "at" || prev == "from", !titled, name.count <= 5, !CommonWords.contains(p[name[0]].key) || !isSentenceInitial(s, name[0]),
               let id = patternNode(label: text(s, name[0], name.last! + 1), type: .organization) {
                claim(s, name[0], name.last! + 1, id, .name)
            }
            return
        }
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
        // Words count by token: "Thomas-Greenfield" is one surname, not a two-word name.
        var wordCount = 0
        var lastToken = -1
        for k in words where p[k].token != lastToken { wordCount += 1; lastToken = p[k].token }
        if wordCount == 1 && name.allSatisfy({ p[$0].token == p[name[0]].token }) {
            // "Mr. Trump", "Kono said": a surname, resolved once every full name is known.
            if (titled || speech) && !Self.hasNonNameSuffix(p[last].key) { pendingSingles.append((s, name[0], last + 1, titled)) }
            return
        }
        if !titled {
            // Ordinary words are not names: "Human Rights said" is not a person.
            guard !CommonWords.contains(p[last].key) || !CommonWords.contains(p[name[0]].key) else { return }
            guard !CommonWords.contains(p[last].key) || !speech || wordCount > 1 else { return }
        }
        if !(titled || speech) {
            // “Howdy Modi”: a quoted phrase is a title or slogan, not a person.
            if a > 0, b < p.count, ["\"", "\u{201C}", "\u{2018}", "'"].contains(p[a - 1].key),
               ["\"", "\u{201D}", "\u{2019}", "'"].contains(p[b].key) { return }
            guard wordCount <= 3, !CommonWords.contains(p[name[0]].key) else { return }
            for k in name where p[k].bare.count > 1 && isWrittenLowercase(p[k].key) { return }
            // Adjectives and abstract nouns: "Democratic Progressive", "Southeast Asian".
            for k in name where Self.hasNonNameSuffix(p[k].key) { return }
            // "a Texas Republican": the last word names something the lexicon knows.
            if lexicon.gazetteer.exactEntity(p[last].bare) != nil { return }
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
            let tokens = Tokenizer.tokens(d.label).filter { $0.kind == .word && $0.text.unicodeScalars.count > 1 }
            guard tokens.count >= 2, let last = tokens.last else { continue }
            var keys = [Tokenized.fold(last.lower)]
            // "al-Bashir" is also "Bashir".
            let parts = keys[0].split(separator: "-")
            if parts.count == 2, Self.nameConnectors.contains(String(parts[0])) || parts[0] == "el" { keys.append(String(parts[1])) }
            for key in keys {
                if let other = surnames[key], other != id { clashes.insert(key) }
                surnames[key] = id
            }
        }
        for c in clashes { surnames[c] = nil }
        for (s, lo, hi, titled) in pendingSingles where (lo..<hi).allSatisfy({ isFree(s, $0) }) {
            let key = tokenKey(s, lo, hi)
            if let id = surnames[key] {
                claim(s, lo, hi, id, .name)
            } else if titled, !CommonWords.contains(key) {
                if let id = patternNode(label: text(s, lo, hi), type: .person) {
                    claim(s, lo, hi, id, .name)
                    surnames[key] = id
                }
            }
        }
        guard !surnames.isEmpty || !acronyms.isEmpty else { return }
        for s in sentences.indices where !skipped[s] {
            let p = pieces[s]
            var k = 0
            while k < p.count {
                // Whole tokens only: "Thomas-Greenfield", not its "Greenfield".
                var hi = k + 1
                while hi < p.count, p[hi].token == p[k].token { hi += 1 }
                defer { k = hi }
                guard (k..<hi).allSatisfy({ isFree(s, $0) }), p[k].isWord, p[k].isCapitalized,
                      k == 0 || p[k - 1].token != p[k].token else { continue }
                if let id = acronyms[hi == k + 1 ? p[k].bare : text(s, k, hi)] { claim(s, k, hi, id, .name); continue }
                let key = tokenKey(s, k, hi)
                guard let id = surnames[key] else { continue }
                if CommonWords.contains(key) && isSentenceInitial(s, k) {
                    let n = hi < p.count ? p[hi].key : ""
                    guard NameWords.speech.contains(n) || n == "'s" else { continue }
                }
                // Not the first name of someone else: "Wells Fargo", "Abe Lincoln".
                if hi < p.count, isFree(s, hi), p[hi].isCapitalized, p[hi].isWord { continue }
                claim(s, k, hi, id, .name)
            }
        }
    }

    /// Folds people named by part of a longer name into the longer one: "Suu Kyi" into
    /// "Aung San Suu Kyi", "George Bush" into "George H.W. Bush".
    mutating func mergeShortNames() {
        func words(_ label: String) -> [String] {
            Tokenized.pieces(Tokenizer.tokens(label)).filter { $0.isWord && $0.bare.unicodeScalars.count > 1 }.map(\.key)
        }
        let people = drafts.filter { $0.value.type == .person }.map { ($0.key, words($0.value.label)) }.sorted { $0.0 < $1.0 }
        var into: [String: String] = [:]
        for (id, w) in people where !w.isEmpty && !(drafts[id]!.fromLexicon) {
            let longer = people.filter { other in
                other.0 != id && other.1.count > w.count
                    && (other.1.suffix(w.count) == w[...] || (w.count == 2 && other.1.first == w.first && other.1.last == w.last))
            }
            if longer.count == 1 { into[id] = longer[0].0 }
        }
        guard !into.isEmpty else { return }
        for s in finds.indices {
            for f in finds[s].indices where !finds[s][f].removed {
                if let target = into[finds[s][f].nodeID] { finds[s][f].nodeID = target }
            }
        }
    }

    /// The folded key of the token made of pieces `lo..<hi`: "thomas-greenfield".
    func tokenKey(_ s: Int, _ lo: Int, _ hi: Int) -> String {
        hi - lo == 1 ? pieces[s][lo].key : (lo..<hi).map { pieces[s][$0].key }.joined(separator: "-")
    }
}
