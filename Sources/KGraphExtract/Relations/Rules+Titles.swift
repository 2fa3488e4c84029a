import KGraphModel

/// A title phrase found next to a person's name.
struct TitlePhrase {
    var relation: EdgeType
    /// The head names an affiliation ("fellow at"), not an office.
    var affiliation: Bool
    var range: Range<Int>
    var targets: [Int]
    /// Bodies the office belongs to ("director of X at Y": Y), which the person serves.
    var served: [Int] = []
    /// The person whose aide this is ("his spokesman X", "Trump's adviser X"): the aide serves
    /// that person's state.
    var principal: Int?
}

extension RuleEngine {
    /// Offices a party itself has: after a party's name they are the party's ("Labour leader X").
    static let partyOffices: Set<String> = [
        "leader", "chairman", "chairwoman", "chair", "chairperson", "whip", "spokesman", "spokeswoman", "spokesperson",
        "secretary-general", "treasurer", "founder", "co-founder",
    ]

    /// Offices named with a person: "Chinese President Xi Jinping", "Japan's new Prime Minister,
    /// Shigeru Ishiba," and "President Lula of Brazil" (title before the name), "Alice Wells,
    /// Washington's acting assistant secretary of state" and "X, a senior fellow at the Brookings
    /// Institution" (apposition after the name). The title's head decides `leads` or `serves`;
    /// the state or organization comes from a possessive, demonym or name in the title, or
    /// "of/at X" after it. With a title but no state, or a bare "Canada's Trudeau", the person's
    /// lexicon role supplies it (only when the relation, or the state, agrees).
    func titles(_ p: ClauseParser, roles: [String: [LexiconRole]]) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        for m in f.mentions.indices where f.types[m] == .person && f.mentions[m].form == .name {
            let r = f.mentions[m].tokenRange
            let before = titleBefore(p, m)
            out += partyOfPolitician(p, m, title: before?.range)
            if var before {
                // "Republican Senator X", "Labour lawmaker X": the party word gives membership (above),
                // not the office's body; a party's own office ("Labour leader X") is the party's.
                if !RuleEngine.partyOffices.contains(f.lower[before.range.upperBound - 1]) {
                    before.targets.removeAll { f.mentions[$0].tokenRange.count == 1 && verbs.partyWords.values.contains(f.mentions[$0].nodeID) }
                }
                if before.targets.isEmpty, let boss = before.principal, roleEdges(p, m, relation: nil, of: nil, trigger: before.range, roles: roles).isEmpty {
                    // Resolved to the principal's state once states are known (see ``RelationExtractor``).
                    out.append(Candidate(source: f.mentions[m].nodeID, target: f.mentions[boss].nodeID, type: .serves, sentence: f.index,
                                         sourceTokens: r, targetTokens: f.mentions[boss].tokenRange, triggerTokens: before.range,
                                         rule: "title-aide"))
                } else if before.targets.isEmpty {
                    let known = roleEdges(p, m, relation: before.relation, of: nil, trigger: before.range, roles: roles)
                    out += known.isEmpty && before.relation == .serves ? nationalTitle(p, m, title: before.range) : known
                } else {
                    out += pairs(p, [m], before.targets, before.relation, trigger: before.range, rule: "title-before", distance: 0)
                }
            } else if r.lowerBound >= 2, f.word(r.lowerBound - 1) == "'s", let c = f.mention(at: r.lowerBound - 2), f.types[c] == .country {
                // "Canada's Trudeau": a role the lexicon knows, for that state.
                out += roleEdges(p, m, relation: nil, of: f.mentions[c].nodeID, trigger: (r.lowerBound - 2)..<r.lowerBound, roles: roles)
            }
            var after = titleAfter(p, m)
            // "Premier A, Foreign Secretary of X, B": a title followed by a name is that name's.
            if let a = after {
                var n = max(a.range.upperBound, (a.targets + a.served).map { f.mentions[$0].tokenRange.upperBound }.max() ?? 0)
                if f.word(n) == "," { n += 1 }
                if let next = f.mention(at: n), next != m, f.types[next] == .person, f.mentions[next].form == .name { after = nil }
            }
            if before == nil && after == nil { out += affiliations(p, m) }
            if let after {
                out += pairs(p, [m], after.served, .serves, trigger: after.range, rule: "title-after",
                             distance: after.range.lowerBound - r.upperBound)
                if after.targets.isEmpty && after.served.isEmpty {
                    let known = roleEdges(p, m, relation: after.relation, of: nil, trigger: after.range, roles: roles)
                    // "X, the home secretary,": a title of one state only, as before the name.
                    out += known.isEmpty && after.relation == .serves ? nationalTitleAfter(p, m, title: after.range) : known
                } else {
                    out += pairs(p, [m], after.targets, after.relation, trigger: after.range, rule: "title-after",
                                 distance: after.range.lowerBound - r.upperBound)
                }
            }
        }
        return out
    }

    func roleEdges(_ p: ClauseParser, _ m: Int, relation: EdgeType?, of state: String?, trigger: Range<Int>,
                           roles: [String: [LexiconRole]]) -> [Candidate] {
        let men = p.f.mentions[m]
        guard let rs = roles[men.nodeID] else { return [] }
        for role in rs where (relation == nil || role.relation == relation) && (state == nil || role.ofID == state) {
            guard let node = nodes[role.ofID], RuleEngine.targetOK(role.relation, node.type) else { continue }
            return [Candidate(source: men.nodeID, target: node.id, type: role.relation, sentence: p.f.index,
                              sourceTokens: men.tokenRange, targetTokens: trigger, triggerTokens: trigger, rule: "title-lexicon-role")]
        }
        return []
    }

    /// The head of a title phrase in `range`: the rightmost title; "vice"/"deputy" make a head's
    /// office a service ("Vice President").
    private func head(_ p: ClauseParser, in range: Range<Int>) -> (EdgeType, Bool)? {
        var rel: (EdgeType, Bool)?
        var i = range.lowerBound
        while i < range.upperBound {
            if let mt = verbs.titles.match(at: i, lemmas: p.f.lemmas), i + mt.length <= range.upperBound {
                var r = mt.payload
                if r == .leads, ["vice", "deputy", "assistant", "vice-"].contains(p.f.word(i - 1)) { r = .serves }
                // "opposition leader", "rebel leader": a leader of a group inside the state,
                // never of the state itself (see ``nonStateLeader(_:in:)``).
                rel = (r, mt.length == 1 && verbs.titleAffiliations.contains(p.f.lower[i]))
                i += mt.length
            } else {
                i += 1
            }
        }
        return rel
    }

    /// Words before "leader"/"chief" that make the office one of a movement or party, not of
    /// the state named with it ("Zimbabwean opposition leader", "Houthi rebel leader").
    static let nonStateLeaderWords: Set<String> = [
        "opposition", "party", "rebel", "rebels", "militia", "insurgent", "separatist", "guerrilla", "militant",
        "protest", "union", "student", "community", "religious", "spiritual", "tribal", "faction", "movement",
    ]

    /// Whether a title phrase heads a movement, party or faction rather than a state.
    func nonStateLeader(_ p: ClauseParser, in range: Range<Int>) -> Bool {
        // The modifier may stop the title scan itself ("opposition" is no title word).
        // (Words of a name inside the title do not count: "envoy to the African Union".)
        ((range.lowerBound - 1)..<range.upperBound).contains { p.f.mentionAt[max(0, $0)] < 0 && RuleEngine.nonStateLeaderWords.contains(p.f.word($0)) }
    }

    private func isTitleWord(_ p: ClauseParser, _ i: Int) -> Bool {
        let w = p.f.lower[i]
        // The period of an abbreviated title ("Sen. X", "Gen. Y") is split off by the tokenizer.
        if w == ".", WordClass.titleAbbreviations.contains(p.f.word(i - 1)) { return true }
        if verbs.titleModifiers.contains(w) || verbs.titles.match(at: i, lemmas: p.f.lemmas) != nil { return true }
        guard p.f.tokens[i].kind == .word, !WordClass.boundaries.contains(w), !WordClass.prepositions.contains(w),
              !WordClass.determiners.contains(w), w != "and", w != "or", !p.verbish[i] else { return false }
        // ("the foreign secretary": a word of a one-state title is a title word in lowercase too.)
        return p.f.lemmas[i].contains(where: { verbs.titles.allWords.contains($0) || verbs.nationalTitles.allWords.contains($0) })
            || p.f.tokens[i].isCapitalized
    }

    private func titleBefore(_ p: ClauseParser, _ m: Int) -> TitlePhrase? {
        let f = p.f
        let r = f.mentions[m].tokenRange
        var i = r.lowerBound - 1
        while i >= 0, WordClass.honorifics.contains(f.lower[i]) || f.lower[i] == "." && WordClass.honorifics.contains(f.word(i - 1)) { i -= 1 }
        let comma = i >= 0 && f.lower[i] == ","
        if comma { i -= 1 }
        var end = i + 1
        // A recognizer may keep the title inside the name ("President Xi").
        if !comma, end == r.lowerBound, let t = verbs.titles.match(at: r.lowerBound, lemmas: f.lemmas), t.length < r.count {
            end = r.lowerBound + t.length
        }
        var steps = 0
        while i >= 0, steps < 7 {
            // "Ambassador to Britain X", "the envoy for Syria, X": a posting inside the title.
            if let pm = f.mention(at: i) {
                // "Britain's Middle East minister X": a region names the portfolio.
                let lo = f.mentions[pm].tokenRange.lowerBound
                if f.types[pm] == .region, steps > 0, lo >= 1, f.word(lo - 1) == "'s" || f.mention(at: lo - 1).map({ f.types[$0] == .country }) == true {
                    i = lo - 1
                    steps += 1
                    continue
                }
                var k = f.mentions[pm].tokenRange.lowerBound - 1
                if f.word(k) == "the" { k -= 1 }
                guard ["to", "for", "on"].contains(f.word(k)), k >= 1, f.mentionAt[k - 1] < 0,
                      let t = verbs.titles.match(at: k - 1, lemmas: f.lemmas), t.length == 1 else { break }
                i = k - 1
                steps += 1
                continue
            }
            guard f.lower[i] != "'s", isTitleWord(p, i) else { break }
            // "and" joins two portfolios ("Foreign and Defence Minister"), never a name and a
            // title ("between Russia and President X").
            if f.lower[i] == "and", i == 0 || f.mentionAt[i - 1] >= 0 || f.lower[i - 1] == "and" || !isTitleWord(p, i - 1) { break }
            i -= 1
            steps += 1
        }
        let range = (i + 1)..<end
        guard !range.isEmpty, let (rel0, affiliation) = head(p, in: range) else { return nil }
        var rel = rel0
        // "U.S. intelligence director", "EU foreign policy chief": the head of a portfolio serves
        // the state; only a bare "President" leads it.
        if rel == .leads, let h = range.last(where: { verbs.titles.match(at: $0, lemmas: f.lemmas)?.payload == .leads }),
           h > range.lowerBound, RuleEngine.portfolioWords.contains(f.lower[h - 1]) {
            rel = .serves
        }
        var targets: [Int] = []
        if i >= 0 {
            // ("a senior Iranian official, X": modifiers may stand between the article and the state.)
            var d = i >= 0 ? (f.mention(at: i).map { f.mentions[$0].tokenRange.lowerBound } ?? i) - 1 : -1
            while d >= 0, ["senior", "top", "former", "veteran", "leading", "high-ranking", "senior-most", "longtime"].contains(f.lower[d]) { d -= 1 }
            if f.lower[i] == "'s", let c = f.mention(at: i - 1) { targets = [c] } else if let c = f.mention(at: i),
                !comma || f.mentions[c].tokenRange.lowerBound == 0 || ["the", "a", "an"].contains(f.word(d)) {
                // (After a comma only a title that opens its phrase: "the UN envoy for Syria, X",
                // not a list "Russia, President X".)
                targets = [c]
            }
        }
        // "President Lula of Brazil"
        if targets.isEmpty, f.word(r.upperBound) == "of", let c = f.mention(at: r.upperBound + 1) ?? f.mention(at: r.upperBound + 2) {
            targets = [c]
        }
        // "CIA chief X", "the party chief X": the chief of a body heads it.
        if rel == .serves, let t = targets.first, f.types[t] == .organization || f.types[t] == .alliance,
           f.mentions[t].tokenRange.upperBound == range.upperBound - 1, f.lower[range.upperBound - 1] == "chief" {
            rel = .leads
        }
        // "Malaysian U.N. Ambassador X": an envoy to a body serves the state named before it.
        if rel == .serves, let t = targets.first, f.types[t] == .organization,
           range.contains(where: { ["ambassador", "envoy", "representative", "delegate"].contains(f.lower[$0]) }),
           let c = f.mention(at: f.mentions[t].tokenRange.lowerBound - 1), f.types[c] == .country {
            targets = [c]
        }
        let movement = nonStateLeader(p, in: range)
        let principal = rel == .serves ? targets.first(where: { f.types[$0] == .person && f.isPossessive($0) }) : nil
        targets = targets.filter { RuleEngine.targetOK(rel, f.types[$0]) && (!affiliation || f.types[$0] == .organization)
            && f.mentions[$0].form != .reference && f.isWholeTokens($0) && !(movement && f.types[$0] == .country) }
        // An opposition or rebel leader's lexicon office (if any) is no evidence here.
        if movement && targets.isEmpty { return nil }
        return TitlePhrase(relation: rel, affiliation: affiliation, range: range, targets: targets, principal: principal)
    }

    /// Portfolio words before a head title: the head of a portfolio serves ("intelligence director").
    static let portfolioWords: Set<String> = [
        "foreign", "defence", "defense", "security", "trade", "finance", "interior", "commerce", "treasury", "military",
        "army", "navy", "naval", "intelligence", "cyber", "justice", "energy", "research", "policy", "technology",
        "cybersecurity", "press", "economic", "health", "education", "climate", "environment", "transport", "agriculture",
        "communications", "campaign", "budget", "spy", "police", "customs", "immigration", "nuclear",
    ]

    /// Nouns naming a part of an organization: a mission, office or unit.
    static let unitNouns: Set<String> = [
        "mission", "missions", "office", "unit", "division", "department", "branch", "team", "program", "programme",
        "desk", "section", "committee", "subcommittee", "panel", "caucus",
    ]
    /// Words before a body's name that make it a local branch ("the county Republican Party").
    static let localWords: Set<String> = ["county", "local", "city", "district", "provincial", "municipal", "state-level", "regional"]

    /// Whether the words after a name (up to the next comma, preposition or name) end in a
    /// unit noun: "UN [election observer] team".
    func subUnit(_ p: ClauseParser, after e: Int) -> Bool {
        var k = e
        var last: String?
        while k < min(p.f.count, e + 6) {
            // A principle inside the unit's name ("free trade monitoring team") is a modifier.
            if let m = p.f.mention(at: k) {
                guard p.f.types[m] == .principle else { break }
                last = nil
                k = p.f.mentions[m].tokenRange.upperBound
                continue
            }
            guard p.f.tokens[k].kind == .word, !WordClass.prepositions.contains(p.f.lower[k]),
                  !WordClass.boundaries.contains(p.f.lower[k]), !p.verbish[k] else { break }
            last = p.f.lower[k]
            k += 1
        }
        guard let last, RuleEngine.unitNouns.contains(last) else { return false }
        // "the X spy agency" names X itself; "the X monitoring mission" is a part of X.
        return k - e >= 2 || ["mission", "missions", "office", "unit", "team", "desk", "committee", "subcommittee", "panel", "caucus"].contains(last)
    }

    private func titleAfter(_ p: ClauseParser, _ m: Int) -> TitlePhrase? {
        let f = p.f
        let e = f.mentions[m].tokenRange.upperBound
        guard f.word(e) == "," else { return nil }
        var i = e + 1
        if ["a", "an", "the"].contains(f.word(i)) { i += 1 }
        let start = i
        var targets: [Int] = []
        var before: [Int] = []
        var steps = 0
        var sawHead = false
        var looseWords = 0
        var headEnd = start
        var afterPossessive = false
        var sawAt = false
        var unitOf: Set<Int> = []
        while i < f.count, steps < 14 {
            // (Coreference may have read the title itself as a reference to a person: "the foreign
            // secretary"; its words are still the title's.)
            if let n = f.mention(at: i), !(f.types[n] == .person && f.mentions[n].form == .reference) {
                // "X, Pakistani Prime Minister Y said": the title is Y's, not an apposition to X.
                if f.types[n] == .person { return nil }
                // A principle or region inside the title is a plain word ("cybersecurity firm X").
                if f.types[n] == .principle || f.types[n] == .region {
                    i = f.mentions[n].tokenRange.upperBound
                    if looseWords > 0 { looseWords += 1 }
                    steps += 1
                    continue
                }
                // The preposition that links the mention to the title ("at cybersecurity firm X").
                var k = f.mentions[n].tokenRange.lowerBound - 1
                var back = 0
                while k > start, back < 5, !WordClass.prepositions.contains(f.lower[k]), f.lower[k] != "for", !verbs.titles.allWords.contains(f.lower[k]) {
                    k -= 1
                    back += 1
                }
                let via = f.word(k) == "for" ? "at" : f.word(k)
                let nEnd = f.mentions[n].tokenRange.upperBound
                // A name inside the possessed noun phrase ("minister of Ruritania's Baltic trade
                // council") modifies the body; the possessor is the state.
                let insidePossessed = afterPossessive && f.mentionAt[min(nEnd, f.count - 1)] < 0
                    && nEnd < f.count && f.tokens[nEnd].kind == .word && !WordClass.prepositions.contains(f.lower[nEnd])
                let nStart = f.mentions[n].tokenRange.lowerBound
                // "pollster Ipsos Peru": a state's name ending a company's name.
                let nameTail = f.types[n] == .country && nStart > 0 && f.mentionAt[nStart - 1] < 0 && f.tokens[nStart - 1].isCapitalized
                    && verbs.titles.match(at: nStart - 1, lemmas: f.lemmas) == nil
                if afterPossessive, nStart == i, f.types[n] == .organization, let last = targets.last, f.types[last] == .country,
                   f.mentions[last].tokenRange.upperBound == i - 1 {
                    // "spokesman for Ruritania's Green Party": the possessed body is the employer, not the state
                    // (a university's school is still the university's).
                    targets[targets.count - 1] = n
                } else if insidePossessed || nameTail {
                    // a modifier, not the office's body
                } else if !sawHead {
                    before.append(n)
                } else if via == "of" || via == "at" || via == "with", f.mentions[n].form != .demonym {
                    // (A demonym after the head names no body: "president of the group Americans United".)
                    targets.append(n)
                    if via == "at" { sawAt = true }
                    // "head of the UN monitoring mission": the name modifies a unit of the body.
                    if subUnit(p, after: nEnd) || RuleEngine.localWords.contains(f.word(nStart - 1)) { unitOf.insert(n) }
                }
                i = nEnd
                afterPossessive = false
                if f.word(i) == "'s" { i += 1; afterPossessive = true }
                looseWords = 0
                steps += 1
                continue
            }
            let w = f.lower[i]
            if w == "," || WordClass.boundaries.contains(w) || (p.verbish[i] && verbs.titles.match(at: i, lemmas: f.lemmas) == nil) { break }
            if let t = verbs.titles.match(at: i, lemmas: f.lemmas) { sawHead = true; headEnd = i + t.length }
            if w == "and", ["a", "an", "the"].contains(f.word(i + 1)) { i += 2; steps += 1; sawHead = false; looseWords = 0; continue }
            if ["of", "at", "with", "for"].contains(w) { looseWords = 1 } else if looseWords > 0, looseWords <= 5, f.tokens[i].kind == .word {
                looseWords += 1
            } else if !(isTitleWord(p, i) || ["to", "for", "on", "the", "in"].contains(w)) {
                break
            }
            i += 1
            steps += 1
        }
        let range = start..<i
        guard !range.isEmpty, let (rel, affiliation) = head(p, in: range) else { return nil }
        // The trigger is the title itself, up to its head word.
        let titleRange = start..<max(headEnd, start + 1)
        // "UN director at the Crisis Group": the body after "at" is the employer; a name before
        // the head then only qualifies the portfolio.
        let pre = sawAt ? [] : before.filter { !affiliation || f.types[$0] == .organization }
        let movement = nonStateLeader(p, in: range)
        var all = (pre + targets).filter { RuleEngine.targetOK(rel, f.types[$0]) && f.mentions[$0].form != .reference && f.isWholeTokens($0)
            && !(movement && f.types[$0] == .country) }
        if movement && all.isEmpty { return nil }
        // The head of a mission, office or unit of a body serves the body; a "director of X at Y"
        // (head of a department at Y) serves Y.
        var relation = rel
        if rel == .leads, all.contains(where: { unitOf.contains($0) }) || sawAt && !before.isEmpty || sawAt && targets.count > 1 {
            relation = .serves
        }
        // "director of the X Center at Y University": leads X, serves Y.
        var served: [Int] = []
        if rel == .leads, sawAt, let j = f.lower[titleRange.upperBound..<min(f.count, i)].firstIndex(where: { $0 == "at" || $0 == "for" }),
           f.lower[titleRange.upperBound..<j].contains("of") {
            served = all.filter { f.mentions[$0].tokenRange.lowerBound > j }
            all = all.filter { f.mentions[$0].tokenRange.lowerBound < j }
            relation = .leads
        }
        return TitlePhrase(relation: relation, affiliation: affiliation, range: titleRange, targets: all, served: served)
    }
}
