import KGraphIngest
import KGraphModel

extension RecognizerRun {
    /// Lexicon names, leftmost-longest, with the case and context rules of ``Gazetteer``.
    mutating func matchLexicon(_ s: Int) {
        let p = pieces[s]
        var i = 0
        while i < p.count {
            guard owner[s][i] == -1, p[i].isWord else { i += 1; continue }
            var taken = 0
            for (len, entries) in lexicon.gazetteer.matches(p, from: i) {
                guard (i..<(i + len)).allSatisfy({ owner[s][$0] == -1 }) else { continue }
                if isSuppressed(s, i, i + len) { break }
                guard let e = entries.first(where: { accepts($0, s, i, len) }) else {
                    // "Turkey maintains ties with ...": an ambiguous name opening a sentence is
                    // decided once the whole article is read (see ``claimInitialNames``).
                    if let e = entries.first(where: { $0.ambiguous && $0.type != .person && accepts($0, s, i, len, initialKnown: true) }) {
                        initialNames.append((s, i, len, e))
                    }
                    continue
                }
                taken = claimLexiconMatch(e, s, i, len)
                break
            }
            i += max(taken, 1)
        }
    }

    /// Claims the lexicon entry `e` matched at `i..<i+len` of sentence `s` (or a longer name
    /// it opens, or marks a source's name as no actor); returns how many words were taken.
    mutating func claimLexiconMatch(_ e: Gazetteer.Entry, _ s: Int, _ i: Int, _ len: Int) -> Int {
        let p = pieces[s]
        // "Google Brain": the organization's name opens a longer name, not the organization.
        // ("Senate Democratic Leader X": a title, not a longer name, follows a chamber's name.)
        if e.type == .organization, e.form == .name, len == 1, !Attribution.isWireAgency(e.entityID),
           !opensChamberOffice(s, i + len, body: e.entityID) {
            let end = nameContinuation(s, i + len)
            if end > i + len {
                // A unit where people work ("researchers at Google Brain", "head of Google
                // Brain") is an organization; otherwise it is most often a product ("Google
                // Chrome"), which is no actor at all.
                if isWorkplace(s, i) || end < p.count && isHeadTitle(p[end]),
                   let id = patternNode(label: text(s, i, end), type: .organization) {
                    claim(s, i, end, id, .name)
                } else {
                    for k in i..<end { owner[s][k] = -2 }
                }
                return end - i
            }
        }
        // "Cricket Freedonia", "Hockey Freedonia": a sport's word before a state's name names
        // the sport's national body, not the state.
        if e.type == .country, e.form == .name, i > 0, isFree(s, i - 1), p[i - 1].isWord, p[i - 1].isCapitalized,
           Self.sportWords.contains(p[i - 1]) {
            if let id = patternNode(label: text(s, i - 1, i + len), type: .organization) { claim(s, i - 1, i + len, id, .name) }
            else { for k in (i - 1)..<(i + len) { owner[s][k] = -2 } }
            return len
        }
        // "Freedonia First", "Freedonia Today": a state's name and a word that is no
        // noun (so the state cannot be modifying it) make a name of their own.
        if let end = stateNameCompound(e, s, i, len) {
            if let id = patternNode(label: text(s, i, end), type: .organization) { claim(s, i, end, id, .name) }
            else { for k in i..<end { owner[s][k] = -2 } }
            return end - i
        }
        // Wire agencies are sources, never actors ("told Reuters", "(AP Photo)").
        if Attribution.isWireAgency(e.entityID) || (e.type == .organization && isAttribution(s, i) && isSourceName(e, s, i + len)) {
            for k in i..<(i + len) { owner[s][k] = -2 }
            return len
        }
        // "the aircraft carrier Ronald Reagan", "the Ronald Reagan, the Nimitz": a ship named
        // after a person is no person.
        if e.type == .person, len > 1, namesAVessel(s, i, len) {
            for k in i..<(i + len) { owner[s][k] = -2 }
            return len
        }
        claim(s, i, i + len, lexiconNode(e.entityID), e.form)
        if e.type == .organization, e.ambiguous, len == 1, lexicon.gazetteer.politics.stateOf[e.entityID] != nil, isStateBody(e.entityID) {
            bareBodies.append((s, finds[s].count - 1))
        }
        // "Johnson" alone: a shared surname names this person only if the article
        // also gives the full name or a title (checked once every sentence is read).
        if e.type == .person, e.ambiguous, len == 1 {
            if i > 0, NameWords.titles.contains(p[i - 1]) { titledSurnames.append((s, finds[s].count - 1, p[i - 1].key)) }
            else { surnameOnly.append((s, finds[s].count - 1)) }
        }
        if len > 1 {
            // A state's organ ("Freedonian Navy") names its state; a foundation or a
            // company named after it does not.
            // (The head is the word before "of": "House of Delegates".)
            let head = (i..<(i + len)).first(where: { $0 > i && ["of", "for", "on"].contains(p[$0].key) }).map { $0 - 1 } ?? i + len - 1
            let organ = (e.type == .organization && NameWords.stateOrganHeads.contains(p[head])) || e.type == .alliance
            notePlacesInside(s, i, len, body: organ, afterLinks: e.type != .organization)
        }
        return len
    }

    /// Nouns of a ship, which may stand before a ship's name ("the carrier Ronald Reagan").
    static let vesselNouns: WordSet = WordLists.set("vesselNouns")

    /// Whether the person's name over pieces `i..<i+len` of sentence `s` names a ship: after a
    /// ship's prefix or noun, or after "the" as an item of a list ("the Ronald Reagan, the Nimitz").
    mutating func namesAVessel(_ s: Int, _ i: Int, _ len: Int) -> Bool {
        let p = pieces[s]
        guard i > 0 else { return false }
        if NameWords.vesselPrefixes.contains(p[i - 1]) || !p[i - 1].isCapitalized && Self.vesselNouns.contains(p[i - 1]) { return true }
        let next = i + len < p.count ? p[i + len].key : "."
        return p[i - 1].key == "the" && [",", "and", "or", ")", "."].contains(next)
    }

    /// Whether a chamber's office in capitalized title words ("Majority Leader", "Speaker",
    /// "Democratic Whip") runs from piece `i` of sentence `s` to a capitalized word that is no
    /// title (a name).
    /// (Only for a holder the lexicon knows in that chamber: "Senate Majority Leader X" in a
    /// state legislature is that state's senate, which the bare word does not tell.)
    /// `body` must be a legislature or party of a state (the cheap test first: this runs for
    /// every one-word name of a body).
    func opensChamberOffice(_ s: Int, _ i: Int, body: String) -> Bool {
        guard lexicon.gazetteer.politics.political.contains(body),
              let k = nameAfterTitle(s, from: i, endingIn: NameWords.chamberOffices) else { return false }
        return lexicon.gazetteer.matches(pieces[s], from: k).contains { _, entries in
            entries.contains { $0.type == .person && lexicon.entity(id: $0.entityID)?.roles.contains(where: { $0.ofID == body }) == true }
        }
    }

    /// Where the name starts when capitalized title words ending in one of `heads` run from
    /// piece `i` of sentence `s` to a capitalized word that is no title ("General Counsel X",
    /// "Chief Executive X"); nil otherwise.
    func nameAfterTitle(_ s: Int, from i: Int, endingIn heads: WordSet) -> Int? {
        let p = pieces[s]
        var k = i
        while k < p.count, k < i + 3, p[k].isWord, p[k].isCapitalized, NameWords.titles.contains(p[k]) || NameWords.partyAdjectives.contains(p[k]) { k += 1 }
        guard k > i, k < p.count, p[k].isWord, p[k].isCapitalized, !NameWords.titles.contains(p[k]), heads.contains(p[k - 1]) else { return nil }
        return k
    }

    /// A party, a legislature or an organ of a state ("State Department"), not a company based there.
    func isStateBody(_ id: String) -> Bool {
        if lexicon.gazetteer.politics.political.contains(id) { return true }
        return (lexicon.gazetteer.labelKeys[id] ?? []).contains { NameWords.stateOrganHeads.contains($0) }
    }

    /// "the State", "the Senate" in an article that never names the state whose body (party,
    /// legislature or organ: ``isStateBody(_:)``) the lexicon gives that bare name (an Irish "the
    /// State", a university's "Florida State", another country's senate): the word names some
    /// other state's body, not this one. The state counts as named by its names, demonyms and
    /// capitals, and by its bodies and office holders the lexicon knows.
    mutating func dropHomelessBodies() {
        guard !bareBodies.isEmpty else { return }
        let stateOf = lexicon.gazetteer.politics.stateOf
        // (Keyed by sentence and first piece.)
        var bare = Set<Int>()
        for (s, k) in bareBodies { bare.insert(s << 24 | finds[s][k].lo) }
        // The states named otherwise, and per state the bodies named by a bare name only: another
        // bare body of the same state ("Congress ... the Senate") names it too.
        var named = Set<String>()
        var bareNodes: [String: Set<String>] = [:]
        for (s, list) in finds.enumerated() {
            for f in list where !f.removed {
                let st = stateOf[f.nodeID]
                if bare.contains(s << 24 | f.lo) {
                    if let st { bareNodes[st, default: []].insert(f.nodeID) }
                    continue
                }
                named.insert(f.nodeID)
                if let st { named.insert(st) }
            }
        }
        for (_, f) in implied { named.insert(f.nodeID) }
        for (s, k) in bareBodies where !finds[s][k].removed {
            guard let home = stateOf[finds[s][k].nodeID], !named.contains(home), (bareNodes[home]?.count ?? 0) < 2 else { continue }
            finds[s][k].removed = true
            for j in finds[s][k].lo..<finds[s][k].hi where owner[s][j] == k { owner[s][j] = -2 }
        }
    }

    /// Sports whose national bodies are named "<Sport> <State>".
    static let sportWords = WordLists.set("sportWords")

    /// One sense per article: an ambiguous name at a sentence start or in a heading ("Turkey",
    /// "Chad", "Georgia") names the entity when the article names it where a capital means a
    /// name (mid-sentence), and no other reading claimed the words since.
    /// In an article about two or more other states or alliances, a state's ambiguous name
    /// opening a sentence names the state too ("Turkey shot down a jet" beside Russia and Syria),
    /// and so it does beside another state or alliance in its own sentence ("Chad is a member of
    /// the African Union"), which is how a pasted snippet of one sentence names it.
    mutating func claimInitialNames() {
        guard !initialNames.isEmpty else { return }
        var named = Set<String>()
        for fs in finds { for f in fs where !f.removed { named.insert(f.nodeID) } }
        let states = named.filter { drafts[$0]?.type == .country || drafts[$0]?.type == .alliance }
        // (A bloc of states counts as one: an organization the lexicon lists state members of.)
        func besideState(_ s: Int, _ own: String) -> Bool {
            finds[s].contains { !$0.removed && $0.nodeID != own && (states.contains($0.nodeID) || lexicon.memberships[$0.nodeID] != nil) }
        }
        for c in initialNames where (named.contains(c.entry.entityID) || c.entry.type == .country && (states.count >= 2 || besideState(c.s, c.entry.entityID)))
            && (c.i..<(c.i + c.len)).allSatisfy({ isFree(c.s, $0) }) {
            claim(c.s, c.i, c.i + c.len, lexiconNode(c.entry.entityID), c.entry.form)
        }
    }

    /// The end of a single capitalized word that continues a one-word organization name ending
    /// before `k` ("Brain" after "Google"), or `k` when there is none: a title, office, company
    /// or place word, a date, a verb of speech, a given name or a known name follows ("Google
    /// CEO", "Google Inc", "Google Monday", "Google Sundar Pichai"), or a longer capitalized run
    /// that the head-word rules read whole ("Google Research Center").
    func nameContinuation(_ s: Int, _ k: Int) -> Int {
        let p = pieces[s]
        guard !headings[s], k > 0, k < p.count, p[k - 1].isWord, isFree(s, k), p[k].isWord, p[k].isCapitalized,
              p[k - 1].bare.unicodeScalars.contains(where: { $0.properties.isLowercase }) else { return k }
        let key = p[k].key
        let parts = key.split(separator: "-").map(String.init)
        if parts.contains(where: { NameWords.titles.contains($0) }) || NameWords.organizationWords.contains(p[k])
            || NameWords.otherHeads.contains(p[k]) || NameWords.regionHeads.contains(p[k]) || NameWords.speech.contains(p[k])
            || NameWords.neverNames.contains(key) || NameWords.leftStops.contains(p[k]) || GivenNames.contains(p[k])
            || CommonWords.months.contains(p[k]) || CommonWords.weekdays.contains(p[k])
            || !lexicon.gazetteer.matches(p, from: k).isEmpty { return k }
        // "CEO", "S23": an acronym or a model number is an office or a product, not part of this name.
        if !p[k].bare.unicodeScalars.contains(where: { $0.properties.isLowercase })
            || p[k].bare.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) { return k }
        // ("Google Cloud CEO X": a title after the word ends a unit's name, whose head it is.)
        if k + 1 < p.count, (p[k + 1].isWord && p[k + 1].isCapitalized && !isHeadTitle(p[k + 1])) || p[k + 1].key == "'s"
            || p[k + 1].bare.first.map({ ("0"..."9").contains($0) }) == true { return k }
        return k + 1
    }

    /// The end of a proper name made of a state's name and one capitalized word that is not a
    /// noun ("Freedonia First", "Freedonia Today"), or nil. Before a noun the state's name is a
    /// modifier ("Freedonia Government", "Freedonia Navy"); before a title it is the title's
    /// owner ("Freedonia First Minister Ann Roe"), so the word must end the capitalized run.
    mutating func stateNameCompound(_ e: Gazetteer.Entry, _ s: Int, _ i: Int, _ len: Int) -> Int? {
        guard e.type == .country, e.form == .name, !headings[s] else { return nil }
        let p = pieces[s], k = i + len
        guard k < p.count, isFree(s, k), p[k].isWord, p[k].isCapitalized, p[k].token != p[k - 1].token,
              NameWords.nonNounNameWords.contains(p[k]) else { return nil }
        if k + 1 < p.count, p[k + 1].isWord, p[k + 1].isCapitalized || p[k + 1].token == p[k].token { return nil }
        if isTitleCaseRun(s) { return nil }
        return k + 1
    }

    /// A title that heads its phrase ("CEO", "chief"), not one that only modifies the next
    /// ("Former CEO", "Acting Director").
    func isHeadTitle(_ piece: Piece) -> Bool {
        NameWords.titles.contains(piece) && !["former", "acting", "interim", "deputy", "senior", "new", "ex", "then", "incoming", "outgoing"].contains(piece.key)
    }

    /// Whether the name at `i` is where someone works: "at X", "joined X", "head of X", "co-founder of X".
    func isWorkplace(_ s: Int, _ i: Int) -> Bool {
        let p = pieces[s]
        guard i > 0 else { return false }
        let w = p[i - 1].key
        if w == "at" || w == "joined" || w == "joins" || w == "leads" || w == "led" { return true }
        guard w == "of", i > 1 else { return false }
        let t = p[i - 2].key
        return NameWords.titles.contains(t) || t.split(separator: "-").contains { NameWords.titles.contains(String($0)) }
            || ["co-founder", "cofounder", "researchers", "researcher", "scientists", "engineers", "staff", "employees", "members", "team"].contains(t)
    }

    /// Whether a lexicon pattern matched at `pieces[s][i..<i+len]` really names its entity here.
    /// `initialKnown`: the entity is named elsewhere in the article, so a capital at the start
    /// of a sentence or in a heading is taken as its name too (one sense per article).
    func accepts(_ e: Gazetteer.Entry, _ s: Int, _ i: Int, _ len: Int, initialKnown: Bool = false) -> Bool {
        let p = pieces[s]
        guard Gazetteer.caseMatches(e, p, from: i) else { return false }
        let next = i + len < p.count ? p[i + len] : nil
        let initial = isSentenceInitial(s, i)
        if e.ambiguous {
            // "the Union" for the European Union: the generic head of a longer name needs its
            // article ("Union ministers" in an Indian paper are the country's own); "House" for
            // the House of Representatives opens its name and stands alone.
            if e.articleDropped, i == 0 || p[i - 1].key != "the",
               let label = lexicon.entity(id: e.entityID)?.label.lowercased(), label.hasSuffix(" " + p[i].key), !label.hasPrefix(p[i].key + " ") {
                return false
            }
            // "Turkey said", "Bell's view": a verb or possessive shows an actor; otherwise
            // a capital that is not explained by the sentence start or a heading.
            let actor = next.map { NameWords.speech.contains($0.key) || $0.key == "'s" } ?? false
            // "Senate Majority Leader X": a legislature's or party's bare name opening its own
            // office before a name is that body, at a sentence start too.
            let opensChamberTitle = e.type == .organization && len == 1 && opensChamberOffice(s, i + 1, body: e.entityID)
            // "Acme General Counsel X": a firm's or group's name before its office and a name is
            // that body (not a state's organ, "Treasury Secretary X", nor after a possessive,
            // "Canada's Heritage Minister X", nor in a heading's title case).
            let opensTitle = opensChamberTitle || e.type == .organization && len == 1 && !headings[s]
                && lexicon.gazetteer.politics.stateOf[e.entityID] == nil && !isStateBody(e.entityID)
                && (i == 0 || !p[i - 1].isCapitalized && p[i - 1].key != "'s")
                && nameAfterTitle(s, from: i + 1, endingIn: NameWords.firmOffices) != nil && !NameWords.partyAdjectives.contains(p[i + 1])
            if !actor && !opensChamberTitle && (!p[i].isCapitalized || (initial || headings[s]) && !initialKnown) { return false }
            // "Secretary of State Rex Tillerson", "White House": part of a longer name or title.
            if i > 0, owner[s][i - 1] == -1, p[i - 1].isWord, p[i - 1].isCapitalized, !isSentenceInitial(s, i - 1) { return false }
            // "Great Freedonia Alliance", "Pacific Alliance": after the name of a place or a person
            // inside a capitalized run, the ambiguous word ends a longer name, not a mention of its
            // own. (A body's sub-body, "EU Commission", and a demonym, "Afghan Taliban", qualify the
            // entity itself; a state before a body's bare name, "Freedonia Senate", is left to
            // ``resolveNamesakes()``.)
            if i > 0, let f = findAt(s, i - 1), f.hi == i, f.nodeID != e.entityID, f.form != .reference, f.form != .demonym,
               p[i - 1].isWord, p[i - 1].isCapitalized, p[i].isCapitalized, !headings[s],
               let t = drafts[f.nodeID]?.type, t != .organization, t != .alliance,
               !(t == .country && lexicon.gazetteer.politics.namesakes[p[i].key]?.defaultID == e.entityID) {
                return false
            }
            if i > 1, p[i - 1].key == "of", NameWords.titles.contains(p[i - 2]) { return false }
            // ("Polish Finance Minister X": a title after a state's demonym makes no longer name.)
            if let n = next, n.isWord, n.isCapitalized, owner[s][i + len] == -1, !opensTitle,
               !(e.form == .demonym && e.type == .country && NameWords.titles.contains(n)) { return false }
            // "the Alliance of Furniture Makers", "the Senate of Kenya": the opening of a longer name.
            if let n = next, ["of", "for", "on"].contains(n.key) {
                var k = i + len + 1
                if k < p.count, p[k].key == "the" { k += 1 }
                if k < p.count, p[k].isWord, p[k].isCapitalized { return false }
            }
        }
        // "the Lorvane Department of Health", "Freedonian Ministry of Defence": a body's name made
        // of its head word and "of", after another place's name or a capitalized word of the same
        // name, ends a longer name (the body of that place), not a mention of this body. (Its own
        // state before it, "U.S. Department of Health", is a fuller name of the same body.)
        if e.type == .organization, e.form == .name, len > 2, NameWords.organizationHeads.contains(p[i]), ["of", "for", "on"].contains(p[i + 1].key), i > 0,
           p[i - 1].isWord, p[i - 1].isCapitalized, !headings[s], p[i - 1].token != p[i].token {
            if isFree(s, i - 1) {
                if !isSentenceInitial(s, i - 1), !NameWords.titles.contains(p[i - 1]), !NameWords.leftStops.contains(p[i - 1]),
                   !CommonWords.months.contains(p[i - 1]), !CommonWords.weekdays.contains(p[i - 1]) { return false }
            } else if let f = findAt(s, i - 1), f.hi == i, let t = drafts[f.nodeID]?.type, t == .country || t == .region,
                      f.form == .name || f.form == .demonym {
                // (A state before a body whose state the lexicon does not tell may be its own.)
                let home = lexicon.gazetteer.politics.stateOf[e.entityID]
                if t == .region || home != nil && home != f.nodeID { return false }
            }
        }
        // "the Republican Party of Virginia", "the Democratic Party of Japan": a party's name
        // opening a longer one names another party (a chapter, or a namesake abroad).
        if e.type == .organization, e.form == .name, let n = next, n.key == "of", text(s, i, i + len).hasSuffix(" Party"),
           i + len + 1 < p.count, p[i + len + 1].isWord, p[i + len + 1].isCapitalized { return false }
        // "the Paris climate change accord", "the Minsk agreements": a city naming where a pact
        // was made, not the state acting.
        if e.form == .metonym, i > 0, p[i - 1].key == "the" {
            var k = i + len
            while k < min(p.count, i + len + 4), p[k].isWord, !p[k].isCapitalized || NameWords.placeAgreementNouns.contains(p[k]) {
                if NameWords.placeAgreementNouns.contains(p[k]) { return false }
                if ["the", "a", "an", "its", "their", "his", "her", "to", "with"].contains(p[k].key) { break }
                k += 1
            }
        }
        // (A hyphenated surname, "Jean-Pierre", is one word of several pieces.)
        let oneWord = len == 1 || (i..<(i + len)).allSatisfy { p[$0].token == p[i].token }
        // "the singer John Nepal": a state's one-word name right after a given name (that is no
        // ordinary word: "In May Nepal ...") is the person's surname.
        if e.type == .country, e.form == .name, oneWord, i > 0, owner[s][i - 1] == -1, p[i - 1].isWord, p[i - 1].isCapitalized,
           GivenNames.contains(p[i - 1]), !CommonWords.contains(p[i - 1]), !isSentenceInitial(s, i - 1),
           !CommonWords.months.contains(p[i - 1]) {
            return false
        }
        if e.form == .metonym || (e.type == .person && oneWord) || e.form == .demonym && e.type != .country
            || e.articleDropped && (i == 0 || p[i - 1].key != "the") {
            // "Washington Post", "George Washington": part of a longer name, not the entity.
            if let n = next, n.isWord, n.isCapitalized, owner[s][i + len] == -1, !headings[s],
               !CommonWords.months.contains(n.key), !CommonWords.weekdays.contains(n.key),
               !NameWords.speech.contains(n.key) {
                return false
            }
            if i > 0, owner[s][i - 1] == -1, p[i - 1].isWord, p[i - 1].isCapitalized, !headings[s],
               !isSentenceInitial(s, i - 1) || !CommonWords.contains(p[i - 1]),
               !NameWords.titles.contains(p[i - 1]), !NameWords.leftStops.contains(p[i - 1]),
               !CommonWords.contains(p[i - 1]), !isOpeningParticiple(s, i - 1) {
                return false
            }
        }
        return true
    }

    /// Words before a place named inside a longer name ("in", "of": see ``notePlacesInside``).
    static let placeLinks: WordSet = WordLists.set("placeLinks")

    /// "Russia's foreign ministry", "code of conduct in the South China Sea": countries and
    /// regions named inside a longer name are in the article too (as implied nodes, since
    /// mentions never overlap).
    /// (Not after a preposition inside an organization's name: "Institute for Baltic Studies" is
    /// no mention of the Baltic.)
    mutating func notePlacesInside(_ s: Int, _ i: Int, _ len: Int, body: Bool, afterLinks: Bool) {
        let p = pieces[s]
        var k = i
        while k < i + len {
            var step = 1
            defer { k += step }
            // A body named for its country ("Russian Foreign Ministry"), or a place after a
            // preposition ("in the South China Sea"); not "Asia" in "Asia-Pacific".
            let afterLink = k > i && (Self.placeLinks.contains(p[k - 1]) || (p[k - 1].key == "the" && k - 1 > i && Self.placeLinks.contains(p[k - 2])))
            guard (k == i && body) || (afterLink && afterLinks) else { continue }
            for (l, entries) in lexicon.gazetteer.matches(p, from: k) where k + l <= i + len && l < len {
                if let c = entries.first(where: { ($0.type == .country || ($0.type == .region && k > i)) && $0.form != .metonym
                    && ($0.form == .name || k == i) && Gazetteer.caseMatches($0, p, from: k) }) {
                    implied.append((s, Find(lo: k, hi: k + l, nodeID: lexiconNode(c.entityID), form: c.form)))
                    step = l
                    break
                }
            }
        }
    }

    /// An organization named as the source of a report: "according to the Nikkei",
    /// "interviewed by Politico", "told CNN", "in an interview with the Times".
    func isAttribution(_ s: Int, _ i: Int) -> Bool {
        let p = pieces[s]
        var j = i - 1
        if j >= 0, p[j].key == "the" { j -= 1 }
        if j >= 1, p[j].key == "'s" { j -= 2 }  // "Japan's Nikkei"
        guard j >= 0 else { return false }
        let w = p[j].key, before = j > 0 ? p[j - 1].key : ""
        switch w {
        case "told": return true
        case "to": return before == "according" || before == "told" || before == "spoke"
        case "by": return ["interviewed", "carried", "reported", "published", "quoted", "seen", "obtained", "reviewed", "broadcast", "aired"].contains(before)
        case "with": return before == "interview" || before == "interviews"
        case "in": return ["wrote", "writing", "published", "column", "op-ed", "interview", "reported", "quoted"].contains(before)
        default: return false
        }
    }

    /// A news source rather than an actor: not followed by a noun ("Commerce Department data"),
    /// and not named like an institution ("Department", "Ministry").
    func isSourceName(_ e: Gazetteer.Entry, _ s: Int, _ end: Int) -> Bool {
        if end < pieces[s].count, pieces[s][end].isWord, !["that", "on", "newspaper", "daily", "report", "reports",
            "reporting", "reported", "interview", "broadcast", "television", "website", "channel", "poll", "survey"].contains(pieces[s][end].key) {
            return false
        }
        guard let label = lexicon.entity(id: e.entityID)?.label else { return true }
        return !(lexicon.gazetteer.labelKeys[e.entityID] ?? Tokenized.keys(of: label)).contains { NameWords.organizationHeads.contains($0) }
    }

    /// "Visiting Beijing, ...": a participle opening the sentence, not part of a name after it.
    func isOpeningParticiple(_ s: Int, _ k: Int) -> Bool {
        let w = pieces[s][k].key
        return isSentenceInitial(s, k) && w.utf8.count > 5 && w.hasSuffix("ing")
    }

    /// Whether `k` is one of the marks that may stand before a sentence's first word: `"`, `“`,
    /// `(`, `[`, `'`, `‘`, `:`, `-`, em or en dash. (Tested by its one scalar: comparing a string
    /// with a literal that is not ASCII took Swift's slow comparison, for every punctuation piece.
    /// No other string is canonically equal to one of these.)
    static func isOpeningMark(_ k: String) -> Bool {
        var it = k.unicodeScalars.makeIterator()
        guard let u = it.next(), it.next() == nil else { return false }
        switch u {
        case "\"", "\u{201C}", "(", "[", "'", "\u{2018}", ":", "-", "\u{2014}", "\u{2013}": return true
        default: return false
        }
    }

    /// The first word of its sentence, or the first after an opening quote or bracket.
    func isSentenceInitial(_ s: Int, _ i: Int) -> Bool {
        var j = i - 1
        let p = pieces[s]
        while j >= 0, !p[j].isWord {
            if Self.isOpeningMark(p[j].key) { j -= 1; continue }
            return false
        }
        return j < 0 || owner[s][j] == -2
    }

    /// Drops surname-only mentions of lexicon people ("Johnson") whose full name or titled
    /// mention never appears in the article: another person of that surname is as likely.
    /// A title that does not fit the person's known offices ("Judge Sullivan" for a national security
    /// adviser), or a surname the article's own people bear in full, names a namesake: that
    /// mention is dropped too, and left to the article's own people.
    mutating func dropUnsupportedSurnames() {
        guard !surnameOnly.isEmpty || !titledSurnames.isEmpty else { return }
        func drop(_ s: Int, _ k: Int) {
            finds[s][k].removed = true
            for j in finds[s][k].lo..<finds[s][k].hi where owner[s][j] == k { owner[s][j] = -1 }
        }
        var supported = Set<String>()
        for list in finds { for f in list where !f.removed && f.hi - f.lo > 1 { supported.insert(f.nodeID) } }
        // "Mr. Lund" in an article that names its own Erik Lund in full, and the lexicon's Anna
        // Lund never: the article's person (claimed by ``resolveSingles()``).
        var ownSurnames = Set<String>()
        for d in drafts.values where d.type == .person && !d.fromLexicon && d.nameLength >= 2 {
            if let last = Tokenized.keys(of: d.label).last { ownSurnames.insert(Transliteration.key(last)) }
        }
        for (s, k, title) in titledSurnames where !finds[s][k].removed {
            let f = finds[s][k]
            if !supported.contains(f.nodeID), ownSurnames.contains(Transliteration.key(tokenKey(s, f.lo, f.hi))) { drop(s, k); continue }
            if titleFits(title, f.nodeID) { supported.insert(f.nodeID) } else { drop(s, k) }
        }
        for (s, k) in surnameOnly where !finds[s][k].removed && !supported.contains(finds[s][k].nodeID) { drop(s, k) }
    }

    /// Titles that say nothing of an office ("Mr", "Dr", "former").
    static let officelessTitles = WordLists.strings("officelessTitles")

    /// Whether a title word before a lexicon person's surname fits one of the offices the lexicon
    /// gives them: a word of the office, its abbreviation ("Sen." for "Senator") or its initials
    /// ("PM"); a person without offices, or a courtesy title, fits any.
    func titleFits(_ title: String, _ id: String) -> Bool {
        guard let roles = lexicon.entity(id: id)?.roles, !roles.isEmpty, !Self.officelessTitles.contains(title) else { return true }
        return roles.contains { role in
            let words = role.office.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
            return words.contains { $0.hasPrefix(title) || $0.count >= 3 && title.hasPrefix($0) } || words.compactMap(\.first).map(String.init).joined() == title
        }
    }
}
