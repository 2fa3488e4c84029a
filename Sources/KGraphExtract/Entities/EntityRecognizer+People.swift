import KGraphIngest
import KGraphModel

extension RecognizerRun {
    private static let nonNameSuffixes = ["ive", "ic", "ical", "ous", "ary", "ist", "ism", "tion", "sion", "ment", "ness",
                                          "ity", "ies", "ese", "ian", "ean", "ican", "ians", "eans", "icans", "ing", "ed", "ern", "ful", "less", "able"]
    /// A long stretch where most words are capitalized: menus, link lists, tickers. Capitalized
    /// pairs there are not evidence of a name.
    /// Memoized per sentence: it is asked for every candidate name, and a sentence of
    /// thousands of them ("U.S.A.U.S.A....") made it quadratic.
    mutating func isTitleCaseRun(_ s: Int) -> Bool {
        if let known = titleCaseRuns[s] { return known }
        var words = 0, capitalized = 0
        for q in pieces[s] where q.isWord && q.key.count > 3 {
            words += 1
            if q.isCapitalized { capitalized += 1 }
        }
        let run = words >= 8 && capitalized * 10 > words * 6
        titleCaseRuns[s] = run
        return run
    }

    static func hasNonNameSuffix(_ w: String) -> Bool {
        // ("Lindqvist", "Blomkvist" are surnames, not "-ist" nouns.)
        w.count > 4 && !w.hasSuffix("vist") && nonNameSuffixes.contains { w.hasSuffix($0) }
    }

    /// Whether `key` is written capitalized in running text (not a heading, not boilerplate)
    /// of a sentence other than `s`.
    mutating func surnameRecurs(_ key: String, outside s: Int) -> Bool {
        if capitalizedWordSentences == nil {
            var map: [String: [Int]] = [:]
            for (i, p) in pieces.enumerated() where !headings[i] && !skipped[i] {
                for q in p where q.isWord && q.isCapitalized {
                    var list = map[q.key, default: []]
                    if list.count < 2, list.last != i { list.append(i); map[q.key] = list }
                }
            }
            capitalizedWordSentences = map
        }
        return capitalizedWordSentences![key]?.contains(where: { $0 != s }) ?? false
    }

    /// Whether the article writes `key` right after a ship prefix somewhere ("MV Sea Lark"
    /// makes "the Sea Lark crew" a ship too).
    mutating func isVesselName(_ key: String) -> Bool {
        if vesselNameCache == nil {
            var set = Set<String>()
            for p in pieces {
                for k in p.indices.dropLast() where p[k].isCapitalized && NameWords.vesselPrefixes.contains(p[k].key) && p[k + 1].isWord {
                    set.insert(p[k + 1].key)
                }
            }
            vesselNameCache = set
        }
        return vesselNameCache!.contains(key)
    }

    /// Possessors before a relational noun ("his aide", "Roe's lawyer").
    static let possessives = Set<String>(["his", "her", "their", "its", "our", "my", "your", "'s"])

    static let nameConnectors = Set<String>(["bin", "de", "da", "van", "von", "der", "du", "al", "del", "la", "le", "ibn", "dos"])

    /// People the lexicon does not know: after a title ("Foreign Minister Taro Kono", "Dr. X Y"),
    /// next to a speech verb ("X Y said", "according to X Y"), or two or three capitalized
    /// words that are not ordinary words ("Alice Wells").
    /// "X, North Korea's top diplomat": a possessor's office in apposition marks a person.
    func possessedTitle(_ p: [Piece], after k: Int) -> Bool {
        guard let own = (k..<min(p.count, k + 4)).first(where: { p[$0].key == "'s" }), own > k else { return false }
        return ((own + 1)..<min(p.count, own + 4)).contains { NameWords.titles.contains(p[$0].key) }
    }

    /// "Acme CEO Ann Roe": a name before a corporate office, made of words that are no ordinary
    /// words, adjectives, titles or known entities, is the employer. Political and military
    /// offices are left out: there the words before are places and services ("Marine General").
    private mutating func claimEmployer(_ s: Int, _ lo: Int, _ title: Int) {
        let p = pieces[s]
        // (Nothing capitalized may stand before but a sentence-opening conjunction: "New York Fed
        // President" is cut by no rule here; "But Acme CEO" is fine.)
        guard title - lo <= 3, NameWords.corporateOffices.contains(p[title].key),
              lo == 0 || !p[lo - 1].isWord || !p[lo - 1].isCapitalized
                || (isSentenceInitial(s, lo - 1) && ["but", "and", "so", "yet", "meanwhile", "however", "also", "then", "when", "while"].contains(p[lo - 1].key)),
              (lo..<title).allSatisfy({ k in
                  let key = p[k].key
                  return isFree(s, k) && p[k].isWord && p[k].bare.count > 1 && !CommonWords.contains(key) && !NameWords.titles.contains(key)
                      && !Self.hasNonNameSuffix(key) && !isWrittenLowercase(key) && !GivenNames.contains(key)
              }),
              let id = patternNode(label: text(s, lo, title), type: .organization) else { return }
        claim(s, lo, title, id, .name)
    }

    mutating func matchPeople(_ s: Int) {
        let p = pieces[s]
        var i = 0
        while i < p.count {
            guard isFree(s, i), p[i].isWord, p[i].isCapitalized else { i += 1; continue }
            var b = i + 1
            while b < p.count, isFree(s, b), p[b].isWord {
                if p[b].isCapitalized || p[b].token == p[b - 1].token { b += 1; continue }
                // "bin Laden", "von der Leyen": particles between capitalized words.
                if Self.nameConnectors.contains(p[b].key) {
                    var c = b
                    while c < p.count, isFree(s, c), Self.nameConnectors.contains(p[c].key) { c += 1 }
                    if c < p.count, c - b <= 2, isFree(s, c), p[c].isCapitalized, p[c].isWord { b = c; continue }
                }
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
        // Introduced by a relational noun: evidence for a full name, not for a lone first name ("his son Sam").
        var related = false
        if !titled, a > 0 {
            let prev = p[a - 1]
            // ("House of Representatives Science Committee": a plural title after "of" ends a body's name.)
            let bodyName = prev.key.hasSuffix("s") && a > 1 && p[a - 2].key == "of"
            if NameWords.titles.contains(prev.key) && prev.isWord && !bodyName { titled = true }
            else if prev.key == ",", a > 1, NameWords.titles.contains(p[a - 2].key) { titled = true }
            // "Ambassador to Freedonia Ann Roe", "envoy for the Sahel Ann Roe": a posting ends the title.
            else if let f = findAt(s, a - 1), f.hi == a, let t = drafts[f.nodeID]?.type, t == .country || t == .region {
                var k = f.lo - 1
                if k >= 0, p[k].key == "the" { k -= 1 }
                if k >= 1, ["to", "for", "in"].contains(p[k].key), NameWords.officeNouns.contains(p[k - 1].key) || p[k - 1].key == "envoy" { titled = true }
            }
            // "his associate Ann Roe": a possessive and a relational noun introduce a person.
            else if NameWords.relativeNouns.contains(prev.key), a > 1, Self.possessives.contains(p[a - 2].key) { related = true }
        }
        var first = t
        if !titledInside, isSentenceInitial(s, a) {
            while first < b - 1, CommonWords.contains(p[first].key) || NameWords.leftStops.contains(p[first].key) { first += 1 }
        }
        // "Republican House Speaker Ryan": office words between titles belong to the title.
        if titledInside, let lastTitle = (first..<max(first, b - 1)).last(where: { NameWords.titles.contains(p[$0].key) }) {
            first = lastTitle + 1
        }
        // A name starts with a capital and never inside a word ("Republican-led" has no name).
        guard first < b, p[first].isCapitalized, first == 0 || p[first - 1].token != p[first].token else { return }
        // "Acme Analytics Chief Economist Jan Smit": an employer's name, then a title, then the person.
        if let lt = (first..<max(first, b - 1)).last(where: { NameWords.titles.contains(p[$0].key) }),
           (first..<lt).contains(where: { NameWords.organizationWords.contains(p[$0].key) }),
           !((lt + 1)..<b).contains(where: { NameWords.organizationWords.contains(p[$0].key) || NameWords.titles.contains(p[$0].key) }) {
            first = lt + 1
            titled = true
        } else if !titledInside, let lt = ((first + 1)..<max(first + 1, b - 1)).last(where: { NameWords.officeNouns.contains(p[$0].key) }),
                  ((lt + 1)..<b).allSatisfy({ !NameWords.titles.contains(p[$0].key) && !NameWords.organizationWords.contains(p[$0].key) }),
                  (first..<lt).allSatisfy({ p[$0].isCapitalized }) {
            // "Democratic Senator Ann Roe", "Marine General Ann Roe", "Acme CEO Ann Roe": capitalized
            // modifiers, then an office noun, then the person.
            claimEmployer(s, first, lt)
            first = lt + 1
            titled = true
        }
        // "ambassador to Freedonia Ann Roe", "Freedonia Democrat Ann Roe": a state's one-word
        // name before a given name is the office's place, not the first name.
        // ("ambassador to Freedonia Ann Roe": after "to" or "in", the place is the office's too.)
        if b - first >= 3, p[first].isWord, GivenNames.contains(p[first + 1].key) || (first > 0 && ["to", "in"].contains(p[first - 1].key)),
           let (len, entries) = lexicon.gazetteer.matches(p, from: first).first, len == 1,
           let e = entries.first(where: { $0.type == .country && $0.form != .demonym }), Gazetteer.caseMatches(e, p, from: first) {
            // (An ambiguous one, "Georgia", may be a place of another kind: then it names nothing.)
            if !e.ambiguous { claim(s, first, first + 1, lexiconNode(e.entityID), e.form) }
            first += 1
        }
        let name = Array(first..<b)
        let prev = a > 0 ? p[a - 1].key : ""
        let next = b < p.count ? p[b].key : ""
        let speech = NameWords.speech.contains(next) || NameWords.speech.contains(prev)
            || (prev == "to" && a > 1 && p[a - 2].key == "according")
            || (next == "," && b + 2 < p.count && ["a", "an", "the", "who"].contains(p[b + 1].key))
            || (next == "," && possessedTitle(p, after: b + 1))
            // "Ann Roe, chief executive of Acme": an office in apposition.
            || (next == "," && b + 2 < p.count && NameWords.officeNouns.contains(p[b + 1].key) && p[b + 2].key == "of")
        // "Amnesty International said": an organization speaking, not a person.
        if name.contains(where: { NameWords.organizationWords.contains(p[$0].key) }) {
            if speech || prev == "at" || prev == "from", !titled, name.count <= 5, !CommonWords.contains(p[name[0]].key) || !isSentenceInitial(s, name[0]),
               let id = patternNode(label: text(s, name[0], name.last! + 1), type: .organization) {
                claim(s, name[0], name.last! + 1, id, .name)
            }
            return
        }
        let words = name.filter { p[$0].bare.count > 1 && !Self.nameConnectors.contains(p[$0].key) }
        guard let last = name.last, p[last].bare.count > 1, !words.isEmpty, name.count <= 5 else { return }
        for k in name {
            let key = p[k].key
            if CommonWords.months.contains(key) || CommonWords.weekdays.contains(key) { return }
            if k == last, NameWords.organizationHeads.contains(key) || NameWords.regionHeads.contains(key)
                || NameWords.allianceHeads.contains(key) || NameWords.otherHeads.contains(key) { return }
            // Acronyms and shouting ("NATO", "BREAKING") are not personal names.
            // ("R.C." and "H.W." are initials, written with periods.)
            if p[k].bare.count > 1, p[k].bare == p[k].bare.uppercased(), p[k].bare.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }),
               p[k].bare.unicodeScalars.count == p[k].end - p[k].start { return }
            if k != name.first, NameWords.titles.contains(key), !titledInside { return }
        }
        if NameWords.placePrefixes.contains(p[first].key) && !titled { return }
        // "the tanker MV Sea Lark", "USS Lake Tern": ships are named like people.
        if first > 0, NameWords.vesselPrefixes.contains(p[first - 1].key) || NameWords.vesselPrefixes.contains(p[first].key) { return }
        if isVesselName(p[first].key) { return }
        // Words count by token: "Thomas-Greenfield" is one surname, not a two-word name.
        var wordCount = 0
        var lastToken = -1
        for k in words where p[k].token != lastToken { wordCount += 1; lastToken = p[k].token }
        if wordCount == 1 && name.allSatisfy({ p[$0].token == p[name[0]].token }) {
            // "Mr. Trump", "Kono said": a surname, resolved once every full name is known.
            if (titled || speech) && !Self.hasNonNameSuffix(p[last].key) { pendingSingles.append((s, name[0], last + 1, titled)) }
            return
        }
        if related, !titled { titled = true }
        if !titled {
            // Ordinary words are not names: "Human Rights said" is not a person.
            guard !CommonWords.contains(p[last].key) || !CommonWords.contains(p[name[0]].key) else { return }
            guard !CommonWords.contains(p[last].key) || !speech || wordCount > 1 else { return }
        }
        if !(titled || speech) {
            // “Howdy Modi”: a quoted phrase is a title or slogan, not a person.
            if a > 0, b < p.count, ["\"", "\u{201C}", "\u{2018}", "'"].contains(p[a - 1].key),
               ["\"", "\u{201D}", "\u{2019}", "'"].contains(p[b].key) { return }
            guard wordCount <= 3, !CommonWords.contains(p[name[0]].key), !isTitleCaseRun(s) else { return }
            // "Godfrey Phillips Why", "SIPs Scott Adams": function words and plural acronyms.
            for k in name where NameWords.leftStops.contains(p[k].key) { return }
            for k in name {
                let u = Array(p[k].bare.unicodeScalars)
                if u.count >= 3, u.last == "s", u.dropLast().allSatisfy({ $0.properties.isUppercase }) { return }
            }
            for k in name where p[k].isCapitalized && p[k].bare.count > 1 && isWrittenLowercase(p[k].key) { return }
            // Adjectives and abstract nouns: "Democratic Progressive", "Southeast Asian".
            for k in name where Self.hasNonNameSuffix(p[k].key) { return }
            // "a Texas Republican": the last word names something the lexicon knows.
            if lexiconEntity(named: p[last].bare) != nil { return }
            // Name shape alone is weak (menus, headlines, "Individual Mandate"): it needs a
            // common given name first, or the surname again in another sentence of running text.
            for k in name where NameWords.neverNames.contains(p[k].key) { return }
            // ("L. Dennis Kozlowski", "Ursel von der Lindqvist": written initials and name
            // particles are name evidence too.)
            let initial = p[name[0]].bare.count == 1 && name.count > 1
                || name.contains { ["von", "van", "der", "bin", "ibn"].contains(p[$0].key) }
            guard initial || GivenNames.contains(p[name[0]].key) || surnameRecurs(p[last].key, outside: s) else { return }
        }
        let label = text(s, name[0], last + 1)
        if let id = patternNode(label: label, type: .person, nameLength: name.count) {
            claim(s, name[0], last + 1, id, .name)
        }
    }
}
