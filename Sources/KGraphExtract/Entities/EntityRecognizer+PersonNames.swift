import KGraphIngest
import KGraphModel

/// Deciding whether a run of capitalized words is a person's name: the title before it, where
/// the name starts, and the evidence an untitled name needs.
extension RecognizerRun {
    /// Claims the capitalized run `a..<b` of sentence `s` as a person (or as an organization
    /// speaking, or a pending surname) when the evidence says so.
    mutating func considerPerson(_ s: Int, _ a: Int, _ b: Int) {
        let p = pieces[s]
        // "t.me/AnnRoe Acme.com": words glued to a web address's slash or at-sign are no names.
        if a > 0, p[a - 1].end == p[a].start, ["/", "@"].contains(p[a - 1].key) { return }
        // "Ann Roe, chief executive of Taylor Farms": after a body's lowercase office and "of", the
        // capitalized words name the body (``matchOfficeBodies(_:)``), unless a given name opens them.
        var o = a - 1
        if o >= 0, p[o].key == "the" { o -= 1 }
        if o >= 1, p[o].key == "of", p[o - 1].isWord, !p[o - 1].isCapitalized, Self.bodyOffices.contains(p[o - 1]), !GivenNames.contains(p[a]) { return }
        let title = personTitle(s, a, b)
        let titledInside = title.titledInside
        // "the former Florida governor", "a Massachusetts senator": a name right before a lowercase
        // office says whose office it is; it is no person's name (unless a given name opens it).
        if b < p.count, p[b].isWord, !p[b].isCapitalized, NameWords.officeNouns.contains(p[b]), !GivenNames.contains(p[a]) { return }
        // "Republican House Speaker Paul Ryan", "Judiciary Chairman Senator Ann Roe": titles right
        // before a person already found are that person's, not a name of their own.
        if titledInside, b < p.count, let f = findAt(s, b), f.lo == b, drafts[f.nodeID]?.type == .person { return }
        var titled = title.titled
        guard let first = personNameStart(s, a, b, from: title.end, titledInside: titledInside, titled: &titled) else { return }
        let name = Array(first..<b)
        let prev = a > 0 ? p[a - 1].key : ""
        let next = b < p.count ? p[b].key : ""
        // "Ann Roe, chief executive of Acme": an office in apposition.
        // ("Mark Green, a spokesman for Acme": with a given name, a described office too.)
        let officeInApposition = next == "," && b + 2 < p.count && NameWords.officeNouns.contains(p[b + 1]) && p[b + 2].key == "of"
            || b - first == 2 && GivenNames.contains(p[first]) && Self.describedOffice(p, after: b)
        // (By the pieces' kept hashes; an edge of the sentence is the empty word.)
        let speech = (b < p.count ? NameWords.speech.contains(p[b]) : NameWords.speech.contains(""))
            || (a > 0 ? NameWords.speech.contains(p[a - 1]) : NameWords.speech.contains(""))
            || (prev == "to" && a > 1 && p[a - 2].key == "according")
            || (next == "," && b + 2 < p.count && ["a", "an", "the", "who"].contains(p[b + 1].key))
            || (next == "," && possessedTitle(p, after: b + 1))
            || officeInApposition
        // "Amnesty International said": an organization speaking, not a person.
        if name.contains(where: { NameWords.organizationWords.contains(p[$0]) }) {
            if speech || prev == "at" || prev == "from", !titled, name.count <= 5, !CommonWords.contains(p[name[0]]) || !isSentenceInitial(s, name[0]),
               let id = patternNode(label: text(s, name[0], name.last! + 1), type: .organization) {
                claim(s, name[0], name.last! + 1, id, .name)
            }
            return
        }
        let words = name.filter { UTF8Bytes.characterCount(p[$0].bare) > 1 && !Self.nameConnectors.contains(p[$0]) }
        guard let last = name.last, UTF8Bytes.characterCount(p[last].bare) > 1, !words.isEmpty, name.count <= 5 else { return }
        guard !ruledOutAsName(s, name, titled: titled, titledInside: titledInside) else { return }
        // Words count by token: "Thomas-Greenfield" is one surname, not a two-word name.
        var wordCount = 0
        var lastToken = -1
        for k in words where p[k].token != lastToken { wordCount += 1; lastToken = p[k].token }
        if wordCount == 1 && name.allSatisfy({ p[$0].token == p[name[0]].token }) {
            // "Mr. Trump", "Kono said": a surname, resolved once every full name is known.
            if (titled || speech) && !Self.hasNonNameSuffix(p[last].key) { pendingSingles.append((s, name[0], last + 1, titled)) }
            return
        }
        if title.related, !titled { titled = true }
        if !titled {
            // Ordinary words are not names: "Human Rights said" is not a person. (A given name with
            // an office in apposition is: "Mark Meadows, chairman of ...".)
            guard !CommonWords.contains(p[last]) || !CommonWords.contains(p[name[0]])
                    || officeInApposition && GivenNames.contains(p[name[0]]) && wordCount == 2 else { return }
            guard !CommonWords.contains(p[last]) || !speech || wordCount > 1 else { return }
        }
        if !(titled || speech) {
            // "said planetary geologist Ann Roe": a lowercase agent noun right before a name of two
            // or more words introduces a person, as a title does, when the words have a name's shape.
            // ("designers Ann Roe and Li Wen": a plural agent noun before a list of names is each one's.)
            let profession = a > 0 && wordCount >= 2 && name[0] == a && (professionWord(p, a - 1) || afterPluralProfession(p, a))
            guard untitledNameEvidence(s, a, b, name, wordCount: wordCount, cued: profession) else { return }
        }
        let label = text(s, name[0], last + 1)
        if let id = patternNode(label: label, type: .person, nameLength: name.count) {
            claim(s, name[0], last + 1, id, .name)
        }
    }

    /// A given name and a surname opening a sentence with an office in apposition stay whole,
    /// even when both are also words: "Mark Meadows, chairman of the caucus, said".
    /// So do a given name and a surname that a described office ("Will Hurd, a Texas
    /// congressman, said") or, for a surname that is no word, a speech verb follows ("Will
    /// Hurd said").
    func givenNameWithOffice(_ s: Int, _ a: Int, _ b: Int) -> Bool {
        let p = pieces[s]
        guard b - a == 2, GivenNames.contains(p[a]), p[a + 1].isCapitalized else { return false }
        if b + 2 < p.count && p[b].key == "," && NameWords.officeNouns.contains(p[b + 1]) && p[b + 2].key == "of" { return true }
        return Self.describedOffice(p, after: b) || b < p.count && NameWords.speech.contains(p[b]) && !CommonWords.contains(p[a + 1])
    }

    /// Whether a comma, an article and an office noun within four words follow position `b`:
    /// "…, a spokesman for", "…, the senior fellow at", "…, a Republican member of".
    static func describedOffice(_ p: [Piece], after b: Int) -> Bool {
        guard b + 2 < p.count, p[b].key == ",", ["a", "an", "the"].contains(p[b + 1].key) else { return false }
        for k in (b + 2)..<min(p.count, b + 6) {
            if NameWords.officeNouns.contains(p[k]) || NameWords.appositionHeads.contains(p[k]) { return true }
            guard p[k].isWord else { return false }
        }
        return false
    }

    /// The titles at the start of the run `a..<b` and before it: where the words after the
    /// titles start (`end`), whether a title is inside the run or before it, and whether a
    /// relational noun ("his son") introduces the run.
    func personTitle(_ s: Int, _ a: Int, _ b: Int) -> (end: Int, titledInside: Bool, titled: Bool, related: Bool) {
        let p = pieces[s]
        var t = a
        // "Whether Mr Trump attends": sentence-opening ordinary words, then titles.
        if isSentenceInitial(s, a), !givenNameWithOffice(s, a, b) {
            while t < b - 1, !NameWords.titles.contains(p[t]),
                  CommonWords.contains(p[t]) || NameWords.leftStops.contains(p[t]) { t += 1 }
        }
        // "Vermont Democrat Ann Roe", "Texas Republican Li Wen": a place the lexicon does not
        // know before the titles qualifies them (two name words must follow).
        if t + 1 < b, p[t].isWord, !NameWords.titles.contains(p[t]), !GivenNames.contains(p[t]), !CommonWords.contains(p[t]),
           NameWords.partyLabels.contains(p[t + 1]),
           b - t - 2 >= 2 { t += 1 }
        let opening = t
        while t < b, NameWords.titles.contains(p[t]) { t += 1 }
        let titledInside = t > opening
        var titled = titledInside
        // Introduced by a relational noun: evidence for a full name, not for a lone first name ("his son Sam").
        var related = false
        if !titled, a > 0 {
            let prev = p[a - 1]
            // ("House of Representatives Science Committee": a plural title after "of" ends a body's name.)
            let bodyName = prev.key.hasSuffix("s") && a > 1 && p[a - 2].key == "of"
            if NameWords.titles.contains(prev) && prev.isWord && !bodyName { titled = true }
            else if prev.key == ",", a > 1, NameWords.titles.contains(p[a - 2]) { titled = true }
            // "Ambassador to Freedonia Ann Roe", "envoy for the Sahel Ann Roe", "ambassador to the
            // UN, Ann Roe": a posting ends the title.
            else if let f = postingBefore(s, a) {
                var k = f.lo - 1
                if k >= 0, p[k].key == "the" { k -= 1 }
                if k >= 1, ["to", "for", "in"].contains(p[k].key), NameWords.officeNouns.contains(p[k - 1]) || p[k - 1].key == "envoy" { titled = true }
            }
            // "his associate Ann Roe": a possessive and a relational noun introduce a person.
            // ("his Chilean counterpart, Ann Roe": a state's adjective may stand between, a comma after.)
            else if relatedBefore(p, prev.key == "," ? a - 2 : a - 1) { related = true }
            // "Senators Ann Roe and Luis Vera": a plural title covers every name of its list.
            else if afterPluralTitle(p, a) { titled = true }
        }
        return (t, titledInside, titled, related)
    }

    /// Whether the run starting at `a` follows "and" or a comma inside a list of capitalized
    /// names that a plural title opens ("Senators Ann Roe, Li Wen and Luis Vera").
    func afterPluralTitle(_ p: [Piece], _ a: Int) -> Bool {
        guard a >= 3, p[a - 1].key == "and" || p[a - 1].key == "," else { return false }
        var k = a - 2
        var names = 0
        while k >= 0, a - k <= 14 {
            let w = p[k]
            if w.isWord, w.isCapitalized {
                if NameWords.pluralTitles.contains(w) { return names > 0 }
                names += 1
            } else if !(w.key == "," || w.key == "and" || Self.nameConnectors.contains(w)) {
                return false
            }
            k -= 1
        }
        return false
    }

    /// Whether piece `n` is a relational noun after a possessive ("his associate"), maybe with
    /// a state's adjective between ("his Chilean counterpart").
    private func relatedBefore(_ p: [Piece], _ n: Int) -> Bool {
        guard n >= 1, NameWords.relativeNouns.contains(p[n]) else { return false }
        return Self.possessives.contains(p[n - 1]) || n >= 2 && p[n - 1].isCapitalized && Self.possessives.contains(p[n - 2])
    }

    /// The first word of the name in the run `a..<b` after its titles (from `t`): past office
    /// words, an employer's name before a title, and a state's name before a given name (which
    /// are claimed as such). Nil when no name starts there.
    mutating func personNameStart(_ s: Int, _ a: Int, _ b: Int, from t: Int, titledInside: Bool, titled: inout Bool) -> Int? {
        let p = pieces[s]
        var first = t
        if !titledInside, isSentenceInitial(s, a), !givenNameWithOffice(s, a, b) {
            while first < b - 1, CommonWords.contains(p[first]) || NameWords.leftStops.contains(p[first]) { first += 1 }
            // "Initially Roe said", "Apparently Ann Roe said": a sentence-opening adverb is no given
            // name, nor, before a given name and a surname, a word the article writes in lowercase.
            if first == a, b - first >= 2, p[first].isWord, !GivenNames.contains(p[first]), p[first + 1].token != p[first].token,
               !NameWords.titles.contains(p[first + 1]), !NameWords.officeNouns.contains(p[first + 1]),
               Self.adverbEndings.contains(where: { p[first].key.hasSuffix($0) }) || b - first >= 3 && isWrittenLowercase(p[first].key) {
                first += 1
            }
            // "Employee Ann Roe said", "Seamer Jan Smit took": a sentence-opening agent noun before a
            // given name and a surname is the person's description, not a first name.
            // ("Leg-spinner": the pieces of one hyphenated word go together, its last one an agent noun.)
            var w = first
            while w + 1 < b, p[w + 1].token == p[first].token { w += 1 }
            if first == a, b - w >= 3, w == first ? openingAgentNoun(p[w]) : !p[w].isCapitalized && openingAgentNoun(p[w], lowercase: true),
               GivenNames.contains(p[w + 1]) { first = w + 1 }
        }
        // "Republican House Speaker Ryan": office words between titles belong to the title.
        if titledInside, let lastTitle = (first..<max(first, b - 1)).last(where: { NameWords.titles.contains(p[$0]) }) {
            first = lastTitle + 1
        }
        // A name starts with a capital and never inside a word ("Republican-led" has no name).
        guard first < b, p[first].isCapitalized, first == 0 || p[first - 1].token != p[first].token else { return nil }
        // "Acme Analytics Chief Economist Jan Smit": an employer's name, then a title, then the person.
        if let lt = (first..<max(first, b - 1)).last(where: { NameWords.titles.contains(p[$0]) }),
           (first..<lt).contains(where: { NameWords.organizationWords.contains(p[$0]) }),
           !((lt + 1)..<b).contains(where: { NameWords.organizationWords.contains(p[$0]) || NameWords.titles.contains(p[$0]) }) {
            first = lt + 1
            titled = true
        } else if !titledInside, let lt = ((first + 1)..<max(first + 1, b - 1)).last(where: { NameWords.officeNouns.contains(p[$0]) }),
                  ((lt + 1)..<b).allSatisfy({ !NameWords.titles.contains(p[$0]) && !NameWords.organizationWords.contains(p[$0]) }),
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
        if b - first >= 3, p[first].isWord, GivenNames.contains(p[first + 1]) || (first > 0 && ["to", "in"].contains(p[first - 1].key)),
           let (len, entries) = lexicon.gazetteer.matches(p, from: first).first, len == 1,
           let e = entries.first(where: { $0.type == .country && $0.form != .demonym }), Gazetteer.caseMatches(e, p, from: first) {
            // (An ambiguous one, "Georgia", may be a place of another kind: then it names nothing.)
            if !e.ambiguous { claim(s, first, first + 1, lexiconNode(e.entityID), e.form) }
            first += 1
        }
        return first
    }

    /// Endings of adverbs made from adjectives ("initially", "reportedly"); no given name ends so
    /// ("Beverly", "Kelly" do not).
    private static let adverbEndings = WordLists.list("adverbEndings")

    /// Words ending like agent nouns that name no profession: comparatives ("broader"), and
    /// ideologies before a group's name ("communist", "separatist").
    static let nonProfessionWords = WordLists.set("nonProfessionWords")

    /// Whether piece `i` is a lowercase agent noun that may introduce a person's name
    /// ("geologist"), or its plural (`plural`: "designers").
    func professionWord(_ p: [Piece], _ i: Int, plural: Bool = false) -> Bool {
        let w = p[i]
        guard !CommonWords.contains(w), !Self.organizationCues.contains(w), !Self.nonProfessionWords.contains(w),
              i < 1 || p[i - 1].token != w.token else { return false }
        guard plural else { return openingAgentNoun(w, lowercase: true) }
        guard w.key.hasSuffix("s"), w.isWord, !w.isCapitalized else { return false }
        let singular = String(w.key.dropLast())
        return UTF8Bytes.characterCount(singular) > 4 && Self.agentNounEndings.contains { singular.hasSuffix($0) }
    }

    /// Whether the name run starting at `a` is in a list of two-word or longer names that a
    /// plural agent noun opens ("designers Ann Roe and Li Wen", "lawyers Ann Roe, Li Wen").
    func afterPluralProfession(_ p: [Piece], _ a: Int) -> Bool {
        var k = a - 1
        var names = 0
        while k >= 0, a - k <= 12 {
            let w = p[k]
            if w.isWord, w.isCapitalized { names += 1 }
            else if w.key == "and" || w.key == "," { if names == 1 { return false } ; names = 0 }
            else { return professionWord(p, k, plural: true) && (names >= 2 || k == a - 1) }
            k -= 1
        }
        return false
    }

    /// Endings of agent nouns ("employee", "neuroscientist", "promoter").
    private static let agentNounEndings = WordLists.list("agentNounEndings")

    /// Whether a word is a common agent noun rather than a given name: capitalized (or, as the
    /// lowercase end of a hyphenated word, `lowercase`), no given name, longer than four letters,
    /// and ending like an agent noun ("Employee", "Neuroscientist", "Leg-spinner").
    func openingAgentNoun(_ w: Piece, lowercase: Bool = false) -> Bool {
        guard w.isWord, w.isCapitalized != lowercase, !GivenNames.contains(w), UTF8Bytes.characterCount(w.key) > 4 else { return false }
        return Self.agentNounEndings.contains { w.key.hasSuffix($0) }
    }

    /// Whether a word of `name` rules it out as a person's: a month, a body's head word last,
    /// an acronym, a title inside it, a place prefix, or a ship's name.
    mutating func ruledOutAsName(_ s: Int, _ name: [Int], titled: Bool, titledInside: Bool) -> Bool {
        let p = pieces[s]
        let first = name[0], last = name[name.count - 1]
        for k in name {
            if CommonWords.months.contains(p[k]) || CommonWords.weekdays.contains(p[k]) { return true }
            if k == last, NameWords.organizationHeads.contains(p[k]) || NameWords.regionHeads.contains(p[k])
                || NameWords.allianceHeads.contains(p[k]) || NameWords.otherHeads.contains(p[k]) { return true }
            // Acronyms and shouting ("NATO", "BREAKING") are not personal names.
            // ("R.C." and "H.W." are initials, written with periods.)
            // (After a title, two or three capitals open a name as initials written without
            // periods: "Chief Minister MK Stalin", "party leader TKS Elangovan".)
            // (Exactly initials and a surname: "Chief Minister KP Ali Khan" names a province first.)
            let initials = titled && k == first && name.count == 2 && UTF8Bytes.characterCount(p[k].bare) <= 3
                && first > 0 && NameWords.titles.contains(p[first - 1]) && !NameWords.titleModifierWords.contains(p[first - 1])
                && !Self.isCapitalLetters(p[name[1]].bare) && !CommonWords.contains(p[name[1]])
                && lexiconEntity(named: p[name[1]].bare).map({ lexicon.entity(id: $0)?.type == .person }) ?? true
            if !initials, UTF8Bytes.characterCount(p[k].bare) > 1, Self.isCapitalLetters(p[k].bare), p[k].bare.unicodeScalars.count == p[k].end - p[k].start { return true }
            // ("Steve King, an Iowa congressman": a title word may be the surname of a given
            // name that an office in apposition or a speech verb follows.)
            if k != name.first, NameWords.titles.contains(p[k]), !titledInside,
               !(k == last && name.count == 2 && GivenNames.contains(p[first])
                 && (Self.describedOffice(p, after: last + 1) || last + 1 < p.count && NameWords.speech.contains(p[last + 1])
                     || last + 3 < p.count && p[last + 1].key == "," && NameWords.officeNouns.contains(p[last + 2]) && p[last + 3].key == "of")) { return true }
        }
        if NameWords.placePrefixes.contains(p[first]) && !titled { return true }
        // "the tanker MV Sea Lark", "USS Lake Tern": ships are named like people.
        if first > 0, NameWords.vesselPrefixes.contains(p[first - 1]) || NameWords.vesselPrefixes.contains(p[first]) { return true }
        if isVesselName(p[first].key) { return true }
        if !titled, name.count > 1, namesAVessel(s, first, name[name.count - 1] + 1 - first) { return true }
        return false
    }

    /// Whether a name with neither title nor speech verb (`name`, in the run `a..<b`) has the
    /// shape and evidence of a person's name.
    /// `cued`: a word before the name says it is a person's (a profession), so the name needs
    /// no common given name or recurring surname.
    mutating func untitledNameEvidence(_ s: Int, _ a: Int, _ b: Int, _ name: [Int], wordCount: Int, cued: Bool = false) -> Bool {
        let p = pieces[s]
        let last = name[name.count - 1]
        // “Howdy Modi”: a quoted phrase is a title or slogan, not a person.
        if a > 0, b < p.count, ["\"", "\u{201C}", "\u{2018}", "'"].contains(p[a - 1].key),
           ["\"", "\u{201D}", "\u{2019}", "'"].contains(p[b].key) { return false }
        // A given name that is also a word ("Mark", "Bill", "Jan") counts inside a sentence
        // when an uncommon surname follows it: "on Monday Mark Dobson flew".
        let wordlikeGivenName = GivenNames.contains(p[name[0]]) && !isSentenceInitial(s, name[0]) && name.count >= 2
            && !CommonWords.contains(p[last])
        guard wordCount <= 3, !CommonWords.contains(p[name[0]]) || wordlikeGivenName, !isTitleCaseRun(s) else { return false }
        // "Godfrey Phillips Why", "SIPs Scott Adams": function words and plural acronyms.
        for k in name where NameWords.leftStops.contains(p[k]) { return false }
        // (A last scalar "s" is a last byte 73: most words are passed over without a copy.)
        for k in name where p[k].bare.utf8.last == 0x73 {
            let u = Array(p[k].bare.unicodeScalars)
            if u.count >= 3, u.last == "s", u.dropLast().allSatisfy({ $0.properties.isUppercase }) { return false }
        }
        for k in name where p[k].isCapitalized && UTF8Bytes.characterCount(p[k].bare) > 1 && isWrittenLowercase(p[k].key) { return false }
        // Adjectives and abstract nouns: "Democratic Progressive", "Southeast Asian". (A surname
        // after a common given name may end so: "Sean Hannity", "Khalid Saeed", "Ann Manning".)
        for k in name where Self.hasNonNameSuffix(p[k].key) {
            // (Not a word joined by a hyphen, "Tony Award-winning", nor a plural.)
            guard k == last, k != name[0], GivenNames.contains(p[name[0]]), !CommonWords.contains(p[k]),
                  p[k].token != p[k - 1].token, !p[k].key.hasSuffix("ies"),
                  !NameWords.partyAdjectives.contains(p[k]), !NameWords.titles.contains(p[k]) else { return false }
        }
        // "a Texas Republican": the last word names something the lexicon knows. (Unless it is
        // a known person's surname after another given name: "Rick Lund" is not Anna Lund.)
        if let id = lexiconEntity(named: p[last].bare), !isNamesake(of: id, given: p[name[0]], wordCount: wordCount) { return false }
        // Name shape alone is weak (menus, headlines, "Individual Mandate"): it needs a
        // common given name first, or the surname again in another sentence of running text.
        for k in name where NameWords.neverNames.contains(p[k].key) { return false }
        // ("L. Dennis Kozlowski", "Ursel von der Lindqvist": written initials and name
        // particles are name evidence too.)
        let initial = UTF8Bytes.characterCount(p[name[0]].bare) == 1 && name.count > 1
            || name.contains { ["von", "van", "der", "bin", "ibn"].contains(p[$0].key) }
        return cued || initial || GivenNames.contains(p[name[0]]) || surnameRecurs(p[last].key, outside: s)
    }

    /// Whether a name of `wordCount` words opening with `given` names another person than the
    /// lexicon's person `id`, whose surname it ends with: the first word is a given name that
    /// opens none of that person's full names ("Rick Lund" beside "Anna Lund", "Anna M.
    /// Lund"; not "James Roe" beside "Jim Roe", "James Roe").
    mutating func isNamesake(of id: String, given: Piece, wordCount: Int) -> Bool {
        guard wordCount >= 2, given.isWord, UTF8Bytes.characterCount(given.bare) > 1, GivenNames.contains(given),
              let e = lexicon.entities[id], e.type == .person else { return false }
        for name in [e.label] + e.aliases {
            let keys = Tokenized.keys(of: name)
            if keys.count >= 2, keys[0] == given.key { return false }
        }
        return true
    }

    /// The place or body named right before the run starting at `a` (or before a comma there)
    /// that may be an office's posting: a state, region or organization.
    func postingBefore(_ s: Int, _ a: Int) -> Find? {
        let k = pieces[s][a - 1].key == "," ? a - 2 : a - 1
        guard let f = findAt(s, k), f.hi == k + 1, let t = drafts[f.nodeID]?.type,
              t == .country || t == .region || t == .organization || t == .alliance else { return nil }
        return f
    }

    /// "Acme CEO Ann Roe": a name before a corporate office, made of words that are no ordinary
    /// words, adjectives, titles or known entities, is the employer. Political and military
    /// offices are left out: there the words before are places and services ("Marine General").
    private mutating func claimEmployer(_ s: Int, _ lo: Int, _ title: Int) {
        let p = pieces[s]
        // (Nothing capitalized may stand before but a sentence-opening conjunction: "New York Fed
        // President" is cut by no rule here; "But Acme CEO" is fine.)
        guard title - lo <= 3, NameWords.corporateOffices.contains(p[title]),
              lo == 0 || !p[lo - 1].isWord || !p[lo - 1].isCapitalized
                || (isSentenceInitial(s, lo - 1) && ["but", "and", "so", "yet", "meanwhile", "however", "also", "then", "when", "while"].contains(p[lo - 1].key)),
              (lo..<title).allSatisfy({ k in
                  let key = p[k].key
                  return isFree(s, k) && p[k].isWord && UTF8Bytes.characterCount(p[k].bare) > 1 && !CommonWords.contains(p[k]) && !NameWords.titles.contains(p[k])
                      && !Self.hasNonNameSuffix(key) && !isWrittenLowercase(key) && !GivenNames.contains(p[k])
              }),
              let id = patternNode(label: text(s, lo, title), type: .organization) else { return }
        claim(s, lo, title, id, .name)
    }

    /// `s == s.uppercased()` with every scalar alphabetic ("NATO", "BREAKING"). An ASCII word is
    /// decided by its bytes (all A-Z: the same answer), without building its uppercase.
    static func isCapitalLetters(_ s: String) -> Bool {
        let ascii: Bool? = UTF8Bytes.scan(s) { bytes in
            var allCapitals = true
            for b in bytes {
                if b >= 0x80 { return nil }
                if b &- 0x41 >= 26 { allCapitals = false }
            }
            return allCapitals
        }
        if let ascii { return ascii }
        return s == s.uppercased() && s.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
    }
}
