import KGraphModel

extension RecognizerRun {
    /// Organizations, alliances and regions named by a head word and capitalized modifiers:
    /// "US Congressional Committee", "Ministry of External Affairs", "Warsaw Pact",
    /// "Taiwan Strait", "East and South China Seas" (two regions).
    mutating func matchHeadedNames(_ s: Int) {
        let p = pieces[s]
        // Right to left, so "House Armed Services Committee" is one name, not two.
        var h = p.count - 1
        while h >= 0 {
            defer { h -= 1 }
            guard p[h].isWord, p[h].isCapitalized, isFree(s, h) else { continue }
            let type: NodeType
            // (By the hash the piece keeps: this runs for every free capitalized word.)
            if NameWords.organizationHeads.contains(p[h]) { type = .organization }
            else if NameWords.allianceHeads.contains(p[h]) { type = .alliance }
            else if NameWords.regionHeads.contains(p[h]) { type = .region }
            else { continue }
            // "Air Force One", "Coast Guard Two": a number word after the head names a vehicle or
            // an event, not the body.
            if h + 1 < p.count, isFree(s, h + 1), p[h + 1].isCapitalized, NameWords.numberWords.contains(p[h + 1]) { continue }
            // "the Civil Service Bill", "the Police Day", "the Parliament Square": a thing named
            // after the body (its head word left unclaimed by the right-to-left pass), not the body.
            if h + 1 < p.count, isFree(s, h + 1), p[h + 1].isWord, p[h + 1].isCapitalized, p[h + 1].token != p[h].token,
               NameWords.otherHeads.contains(p[h + 1]) { continue }
            if let lo = claimHeadedName(s, head: h, type: type) { h = lo }
        }
    }

    /// Claims the name around the head word at `h` (of `type`): capitalized modifiers before
    /// it, "of X" after it. Returns where the name starts, or nil when there is none.
    mutating func claimHeadedName(_ s: Int, head h: Int, type headType: NodeType) -> Int? {
        let p = pieces[s]
        var type = headType
        let key = p[h].key
        let start = headedNameStart(s, head: h)
        var lo = start.lo
        let modifiersFree = start.modifiersFree
        let hi = headedNameEnd(s, head: h)
        // A capitalized ordinary word opening the sentence is not part of the name ("Key Security Council"),
        // but a chamber before a committee's other modifiers is ("Senate Commerce Committee chairman X").
        while lo < h, isSentenceInitial(s, lo), isFree(s, lo), CommonWords.contains(p[lo]), !NameWords.titles.contains(p[lo]),
              !(lo + 1 < h && Self.chamberWords.contains(p[lo]) && !NameWords.organizationHeads.contains(p[lo + 1])) { lo += 1 }
        guard lo < h || hi > h + 1 else { return nil }
        // A lone capitalized word before the head at the start of a sentence is usually an
        // ordinary word ("Party members said"): require more than that.
        if hi == h + 1, lo == h - 1, isSentenceInitial(s, lo), CommonWords.contains(p[lo]), modifiersFree { return nil }
        if type == .region, key == "region" && !modifiersFree { return nil }
        // "the lobbying group Freedom Alliance", "the firm Harbor Partnership": a common noun saying
        // it is a company or group makes an alliance-headed name an organization.
        if type == .alliance, lo > 0, p[lo - 1].isWord, !p[lo - 1].isCapitalized, Self.organizationCues.contains(p[lo - 1]) { type = .organization }
        // "Waterkeeper Alliance", "Coalition for Cybersecurity Policy", "Great America Alliance":
        // an alliance or coalition without a sign that states make it up is a body of people or
        // companies (``namesStateGrouping(_:_:_:)``).
        if type == .alliance, Self.memberAllianceHeads.contains(p[h]), !namesStateGrouping(s, lo, h, hi) { type = .organization }
        if type == .alliance, ["partnership", "agreement", "accord", "dialogue", "treaty"].contains(key),
           modifiersFree, (lo..<h).allSatisfy({ CommonWords.contains(p[$0]) || NameWords.titles.contains(p[$0]) }) {
            return nil
        }
        // "East and South China Seas": the first region is "East China Sea".
        let plural = ["seas": "Sea", "straits": "Strait", "oceans": "Ocean"][key]
        var label = text(s, lo, hi)
        if let singular = plural, hi == h + 1 {
            label = text(s, lo, h) + " " + singular
            if lo >= 2, p[lo - 1].key == "and", isFree(s, lo - 2), p[lo - 2].isCapitalized, h - lo >= 2 {
                let rest = text(s, lo + 1, h)
                if let id = patternNode(label: p[lo - 2].bare + " " + rest + " " + singular, type: .region) {
                    claim(s, lo - 2, lo - 1, id, .name)
                    finds[s][finds[s].count - 1].isAlias = false
                }
            }
        }
        if let id = patternNode(label: label, type: type) {
            // "Freedonian Foreign Ministry" still tells that Freedonia is in the article;
            // "Freedonia Foundation" does not.
            for k in lo..<hi where type == .organization && NameWords.stateOrganHeads.contains(key) {
                if let f = findAt(s, k), f.lo == k, f.form != .metonym, drafts[f.nodeID]?.type == .country { implied.append((s, f)) }
            }
            claim(s, lo, hi, id, .name)
        }
        return lo
    }

    /// Chambers of a legislature, whose committees are named after them ("Senate Budget Committee";
    /// the list of the title rules, `RuleEngine.chamberWords`).
    static let chamberWords = WordLists.set("chamberWords")

    /// Head words of alliances that name bodies of people or companies as often as groupings of
    /// states ("Alliance", "Coalition").
    static let memberAllianceHeads = WordLists.set("memberAllianceHeads")

    /// Words that make an alliance's name one of states: what its members are ("States",
    /// "Nations"), its reach ("International", "Global") or its purpose ("Security").
    static let stateGroupingWords = WordLists.set("stateGroupingWords")

    /// Whether the name `lo..<hi` (head word at `h`) says that states make up the grouping it
    /// names: two states, a region or another grouping inside it, or a word of
    /// ``stateGroupingWords`` before a "for" that gives the body's cause ("Alliance of Sahel
    /// States", "US-Japan Alliance", "BRICS Alliance", "Global Coalition"; not "Alliance for
    /// Global Justice").
    func namesStateGrouping(_ s: Int, _ lo: Int, _ h: Int, _ hi: Int) -> Bool {
        let p = pieces[s]
        var states = Set<String>()
        let cause = ((h + 1)..<max(h + 1, hi)).first(where: { p[$0].key == "for" }) ?? hi
        for k in lo..<hi {
            if k < cause, p[k].isWord, Self.stateGroupingWords.contains(p[k]) { return true }
            guard let f = findAt(s, k), f.lo == k, let t = drafts[f.nodeID]?.type else { continue }
            if t == .region || t == .alliance { return true }
            if t == .country { states.insert(f.nodeID) }
        }
        return states.count >= 2
    }

    /// The first word of a headed name: capitalized modifiers, known names inside it, "and"
    /// between modifiers and common nouns' possessives, leftwards from the head at `h`; and
    /// whether no known name was taken in.
    func headedNameStart(_ s: Int, head h: Int) -> (lo: Int, modifiersFree: Bool) {
        let p = pieces[s]
        let key = p[h].key
        var lo = h
        var modifiersFree = true
        while lo > 0 {
            let j = lo - 1
            if isFree(s, j), p[j].isWord, p[j].isCapitalized, !NameWords.leftStops.contains(p[j]),
               !CommonWords.months.contains(p[j]), !CommonWords.weekdays.contains(p[j]) {
                lo = j; continue
            }
            // Capitalized inside a sentence, "New" and "All" open a name ("New Harbor
            // University", "All Coastal Fishers Federation"), with at least one word before the head.
            if isFree(s, j), p[j].isWord, p[j].isCapitalized, ["new", "all"].contains(p[j].key), lo < h, !isSentenceInitial(s, j) {
                lo = j; break
            }
            if let f = findAt(s, j), f.hi == lo, f.form != .reference, let d = drafts[f.nodeID],
               d.type != .person, p[f.lo].isCapitalized,
               (f.lo..<f.hi).allSatisfy({ p[$0].isCapitalized || !p[$0].isWord || NameWords.connectors.contains(p[$0]) }) {
                // A known name inside a longer one ("Upper House of Delegates Budget Committee",
                // "North and South Vale Rowing Association") is part of it, not a mention of its own.
                lo = f.lo; modifiersFree = false; continue
            }
            // "Ways and Means Committee", "Special and Privileged Strategic Partnership". (Not after
            // a body's head word or a person's name: "Acme Inc and Beta Corp", "Supreme Court and
            // High Court", "Ann Roe and Acme Inc" are two names.)
            if p[j].key == "and", lo < h, !["seas", "straits", "oceans"].contains(key), j > 0, isFree(s, j - 1), isFree(s, lo),
               p[j - 1].isWord, p[j - 1].isCapitalized, !NameWords.leftStops.contains(p[j - 1]), !isSentenceInitial(s, j - 1),
               !NameWords.organizationHeads.contains(p[j - 1]), !givenNameRun(s, endingAt: j - 1) {
                lo = j - 1; continue
            }
            // "District of Columbia Council", "University of Ruritania Medical Center": a head word and
            // "of" before the modifiers open a longer name.
            if p[j].key == "of", lo < h, j > 0, isFree(s, j - 1), p[j - 1].isWord, p[j - 1].isCapitalized, p[lo].isCapitalized,
               NameWords.organizationHeads.contains(p[j - 1]) || NameWords.otherHeads.contains(p[j - 1]) || NameWords.regionHeads.contains(p[j - 1]) {
                lo = j - 1; continue
            }
            // "U.S.-Peru Free Trade Agreement", "Harvard–Fudan Center": a hyphen or en dash
            // written tight between two names joins the name before it to this one.
            if p[j].key == "-" || p[j].key == "\u{2013}", j > 0, p[j - 1].end == p[j].start, p[j].end == p[lo].start, p[lo].isCapitalized {
                if let f = findAt(s, j - 1), f.hi == j, let d = drafts[f.nodeID], d.type != .person, p[f.lo].isCapitalized,
                   f.form != .reference, !(f.lo..<f.hi).contains(where: { p[$0].isWord && !p[$0].isCapitalized }) {
                    lo = f.lo; modifiersFree = false; continue
                }
                if isFree(s, j - 1), p[j - 1].isWord, p[j - 1].isCapitalized, !NameWords.leftStops.contains(p[j - 1]) { lo = j - 1; continue }
            }
            // "People's Liberation Army", "Workers' Party": a common noun's possessive.
            if p[j].key == "'s", lo < h || NameWords.organizationHeads.contains(key), j > 0, isFree(s, j - 1), p[j - 1].isCapitalized,
               CommonWords.contains(p[j - 1]) || p[j - 1].key == "people" {
                lo = j - 1; continue
            }
            break
        }
        return (lo, modifiersFree)
    }

    /// Whether the capitalized run ending at `e` is a given name and a surname ("Ann Roe").
    func givenNameRun(_ s: Int, endingAt e: Int) -> Bool {
        let p = pieces[s]
        var b = e
        while b > 0, p[b - 1].isWord, p[b - 1].isCapitalized, e - b < 3 { b -= 1 }
        return e > b && GivenNames.contains(p[b])
    }

    /// The end of a headed name after its head at `h`: "of/for/on" and capitalized words or
    /// places ("Ministry of External Affairs", "Court for the District of Columbia").
    func headedNameEnd(_ s: Int, head h: Int) -> Int {
        let p = pieces[s]
        // "Ministry of External Affairs", "Council on Foreign Relations", "Strait of Hormuz".
        var hi = h + 1
        // Repeatedly: "U.S. District Court for the District of Columbia".
        while hi + 1 < p.count, ["of", "for", "on"].contains(p[hi].key) {
            var k = hi + 1
            // ("Centre for a Modern Freedonia": "a" too, before a capitalized word.)
            if k < p.count, p[k].key == "the" || p[k].key == "a" && k + 1 < p.count && p[k + 1].isCapitalized { k += 1 }
            var end = k
            while end < p.count {
                if isFree(s, end), p[end].isWord, p[end].isCapitalized, !CommonWords.months.contains(p[end]),
                   !CommonWords.weekdays.contains(p[end]) { end += 1; continue }
                if let f = findAt(s, end), f.lo == end, let d = drafts[f.nodeID],
                   ((d.type == .country || d.type == .region) && (f.form == .name || f.form == .metonym))
                    // "Alliance for American Manufacturing", "Bureau of Indian Standards": a demonym
                    // before another capitalized word of the name.
                    || (d.type == .country && f.form == .demonym && f.hi < p.count && isFree(s, f.hi) && p[f.hi].isWord
                        && p[f.hi].isCapitalized)
                    || (d.type == .principle && (f.lo..<f.hi).allSatisfy({ p[$0].isCapitalized || !p[$0].isWord })) {
                    end = f.hi; continue
                }
                if end > k, end + 1 < p.count, p[end].key == "and", p[end + 1].isCapitalized, p[end + 1].isWord { end += 1; continue }
                break
            }
            if end > k { hi = end } else { break }
        }
        return hi
    }
}
