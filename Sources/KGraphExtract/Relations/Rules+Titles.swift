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
    static let partyOffices: WordSet = WordLists.set("partyOffices")

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
            // "Goldman Sachs economists A and B": a plural title before a list is each name's.
            var before = titleBefore(p, m) ?? conjunctTitle(p, m)
            out += partyOfPolitician(p, m, title: before?.range)
            out += committeeSeat(p, m)
            // "Senate Republican leader X": the leader of a party's group in a chamber leads neither
            // the chamber nor the party (the party word gives membership, above); they sit in the chamber.
            if let b = before, caucusLeader(p, b) { before = caucusSeat(p, b) }
            if var before {
                // "Republican Senator X", "Labour lawmaker X": the party word gives membership (above),
                // not the office's body; a party's own office ("Labour leader X") is the party's.
                if !f.isIn(before.range.upperBound - 1, RuleEngine.partyOffices) {
                    before.targets.removeAll { isPartyWord(f, $0) }
                }
                if before.targets.isEmpty, let boss = before.principal, !RuleEngine.isCampaignPost(f, before.range),
                   roleEdges(p, m, relation: nil, of: nil, trigger: before.range, roles: roles).isEmpty {
                    // Resolved to the principal's state once states are known (see ``RelationExtractor``).
                    out.append(Candidate(source: f.mentions[m].nodeID, target: f.mentions[boss].nodeID, type: .serves, sentence: f.index,
                                         sourceTokens: r, targetTokens: f.mentions[boss].tokenRange, triggerTokens: before.range,
                                         rule: "title-aide"))
                } else if before.targets.isEmpty {
                    let known = roleEdges(p, m, relation: before.relation, of: nil, trigger: before.range, roles: roles)
                    let national = known.isEmpty && before.relation == .serves ? nationalTitle(p, m, title: before.range) : known
                    out += national.isEmpty && roles[f.mentions[m].nodeID] == nil ? principalStateTitle(p, m, title: before.range) : national
                } else {
                    if rankAndFileLeader(p, before, definite: before.targets.contains { t in
                        let lo = f.mentions[t].tokenRange.lowerBound, hi = f.mentions[t].tokenRange.upperBound
                        return f.word(hi) == "'s" || ["the", "its", "their"].contains(f.word(lo - 1))
                    }) { before.relation = .memberOf }
                    out += pairs(p, [m], before.targets, before.relation, trigger: before.range, rule: "title-before", distance: 0)
                    out += otherHead(p, m, before, rule: "title-before")
                    // "Secretary of Homeland Security X": a national title naming its department serves the state too.
                    if before.relation == .serves, !before.targets.contains(where: { f.types[$0] == .country }) {
                        out += nationalTitle(p, m, title: before.range)
                    }
                }
            } else if r.lowerBound >= 2, f.word(r.lowerBound - 1) == "'s", let c = f.mention(at: r.lowerBound - 2), f.types[c] == .country {
                // "Canada's Trudeau": a role the lexicon knows, for that state.
                out += roleEdges(p, m, relation: nil, of: f.mentions[c].nodeID, trigger: (r.lowerBound - 2)..<r.lowerBound, roles: roles)
            }
            var after = titleAfter(p, m)
            // "X, a former banker who was named State Department counselor": an apposition naming
            // no body, then an office given in a relative clause.
            if after.map({ $0.targets.isEmpty && $0.served.isEmpty && $0.principal == nil }) ?? true,
               let who = relativeAfterApposition(f, r.upperBound), let rel = titleAfter(p, m, from: who), !rel.targets.isEmpty {
                after = rel
            }
            if let a = after, caucusLeader(p, a) { after = caucusSeat(p, a) }
            // "X, a Labour MP": as before the name, the party word gives membership only; so
            // does "X, the Republican chairman of the panel" (the office is the panel's).
            if var a = after, !f.isIn(a.range.upperBound - 1, RuleEngine.partyOffices) || a.targets.count + a.served.count > 1
                || ![",", ".", ";", ")", "who", ""].contains(f.word(a.range.upperBound)) {
                a.targets.removeAll { isPartyWord(f, $0) }
                after = a
            }
            // "Premier A, Foreign Secretary of X, B": a title followed by a name is that name's.
            if let a = after {
                var n = max(a.range.upperBound, (a.targets + a.served).map { f.mentions[$0].tokenRange.upperBound }.max() ?? 0)
                if f.word(n) == "," { n += 1 }
                if let next = f.mention(at: n), next != m, f.types[next] == .person, f.mentions[next].form == .name { after = nil }
            }
            if before == nil && after == nil { out += affiliations(p, m) }
            // "X, a Lima law professor and former Andes Court judge": a second title after "and".
            if let a = after {
                let end = max(a.range.upperBound, (a.targets + a.served).map { f.mentions[$0].tokenRange.upperBound }.max() ?? 0)
                if var second = titleAfter(p, m, from: end, coordinated: true), !RuleEngine.isCampaignPost(f, second.range) {
                    // (As for the first title: a party word gives membership only.)
                    second.targets.removeAll { isPartyWord(f, $0) }
                    second.served.removeAll { isPartyWord(f, $0) }
                    out += pairs(p, [m], second.served, .serves, trigger: second.range, rule: "title-after", distance: second.range.lowerBound - r.upperBound)
                    out += pairs(p, [m], second.targets, second.relation, trigger: second.range, rule: "title-after",
                                 distance: second.range.lowerBound - r.upperBound)
                }
            }
            if let after {
                out += pairs(p, [m], after.served, .serves, trigger: after.range, rule: "title-after",
                             distance: after.range.lowerBound - r.upperBound)
                if after.targets.isEmpty && after.served.isEmpty, let boss = after.principal, !RuleEngine.isCampaignPost(f, after.range),
                   roleEdges(p, m, relation: nil, of: nil, trigger: after.range, roles: roles).isEmpty {
                    // Resolved to the principal's state once states are known, as before the name.
                    out.append(Candidate(source: f.mentions[m].nodeID, target: f.mentions[boss].nodeID, type: .serves, sentence: f.index,
                                         sourceTokens: r, targetTokens: f.mentions[boss].tokenRange, triggerTokens: after.range,
                                         rule: "title-aide"))
                } else if after.targets.isEmpty && after.served.isEmpty {
                    let known = roleEdges(p, m, relation: after.relation, of: nil, trigger: after.range, roles: roles)
                    // "X, the home secretary,": a title of one state only, as before the name.
                    out += known.isEmpty && after.relation == .serves ? nationalTitleAfter(p, m, title: after.range) : known
                } else {
                    var after = after
                    // "X, a BJP leader,", "X, Congress leader,": one of the party's leaders; "X, the
                    // party's leader", "X, leader of the party" head it.
                    let article = f.word(after.range.lowerBound - 1)
                    if rankAndFileLeader(p, after, definite: !["a", "an", ","].contains(article)
                        || !after.targets.contains { f.mentions[$0].tokenRange.upperBound <= after.range.upperBound }) { after.relation = .memberOf }
                    out += pairs(p, [m], after.targets, after.relation, trigger: after.range, rule: "title-after",
                                 distance: after.range.lowerBound - r.upperBound)
                    out += otherHead(p, m, after, rule: "title-after")
                }
            }
        }
        return out
    }

    /// Whether the plain lowercase words from `k` run straight into a name ("coal company Acme"):
    /// they describe that body rather than name a portfolio.
    static func describesABody(_ f: SentenceFrame, plainWordsFrom k: Int) -> Bool {
        var j = k
        while j < min(f.count, k + 4), f.mentionAt[j] < 0, f.tokens[j].kind == .word, !f.tokens[j].isCapitalized { j += 1 }
        return j < f.count && (f.mentionAt[j] >= 0 || f.tokens[j].kind == .word && f.tokens[j].isCapitalized)
    }

    /// Whether a title is a post in someone's election campaign ("Trump campaign manager"),
    /// which serves no state.
    static func isCampaignPost(_ f: SentenceFrame, _ range: Range<Int>) -> Bool {
        range.contains { f.lower[$0] == "campaign" }
    }

    /// The title of a list's first name when its head is plural and `m` is a later name of the
    /// list ("Senators A, B and C", "Foreign ministers A of Chile and B of Peru"); the bodies named
    /// after the first name ("of Chile") are that name's own.
    func conjunctTitle(_ p: ClauseParser, _ m: Int) -> TitlePhrase? {
        let f = p.f
        var first = m
        for _ in 0..<4 {
            let lo = f.mentions[first].tokenRange.lowerBound
            guard lo >= 2, f.lower[lo - 1] == "and" || f.lower[lo - 1] == ",", var prev = f.mention(at: lo - 2) else { return nil }
            // ("A of Chile and B": the previous name's own body.)
            let plo = f.mentions[prev].tokenRange.lowerBound
            if f.types[prev] != .person, plo >= 2, f.word(plo - 1) == "of", let q = f.mention(at: plo - 2) { prev = q }
            guard f.types[prev] == .person, f.mentions[prev].form == .name else { return nil }
            first = prev
            guard var t = titleBefore(p, first) else { continue }
            guard let h = t.range.last(where: { verbs.titles.match(at: $0, lemmas: f.lemmas) != nil }),
                  let len = verbs.titles.match(at: h, lemmas: f.lemmas)?.length else { return nil }
            let word = f.lower[min(h + len - 1, f.count - 1)]
            // (A singular title ending in "s" is no plural; "Senators" is, though a title word itself.)
            guard word.hasSuffix("s"), !verbs.titles.allWords.contains(word) || NameWords.pluralTitles.contains(word) else { return nil }
            let firstLo = f.mentions[first].tokenRange.lowerBound
            t.targets = t.targets.filter { f.mentions[$0].tokenRange.upperBound <= firstLo }
            let r = f.mentions[m].tokenRange
            if t.targets.isEmpty, f.word(r.upperBound) == "of", let c = f.mention(at: r.upperBound + 1) ?? f.mention(at: r.upperBound + 2),
               RuleEngine.targetOK(t.relation, f.types[c]) {
                t.targets = [c]
            }
            t.principal = nil
            return t
        }
        return nil
    }

    /// The sides of a chamber whose leaders are no heads of it ("majority leader").
    static let caucusSides: WordSet = WordLists.set("caucusSides")
    /// Leaders of a side of a chamber, not its heads ("leader", "whip").
    static let caucusHeads: WordSet = WordLists.set("caucusHeads")
    /// Chambers whose bare "leader" is the majority's ("Senate leader").
    static let majorityChambers: WordSet = WordLists.set("majorityChambers")

    /// Whether a head's title names a body and then a party word right before the head:
    /// "U.S. Senate Republican leader", "the House Democratic whip", "Senate Majority Leader",
    /// "Senate Leader" (the majority's).
    func caucusLeader(_ p: ClauseParser, _ t: TitlePhrase) -> Bool {
        let f = p.f
        // (The party word may be the title's owner just before its range: "Senate Republican leader".)
        let k = t.range.upperBound - 2
        // ("Democratic Senate leader": the party word before the chamber.)
        if t.relation == .leads, k >= 1, f.tokens[k].isCapitalized, RuleEngine.chamberWords.contains(f.lower[k]),
           f.tokens[k - 1].isCapitalized, verbs.partyWords[f.lower[k - 1]] != nil || f.mention(at: k - 1).map({ isPartyWord(f, $0) }) == true {
            return true
        }
        // "Senate Majority Leader X": the majority's or minority's leader in a chamber.
        if t.relation == .leads, k >= 1, f.isIn(k, RuleEngine.caucusSides), f.isIn(k + 1, RuleEngine.caucusHeads),
           let body = f.mention(at: k - 1), f.types[body] == .organization, !isPartyWord(f, body) {
            return true
        }
        // "Senate Leader X": a chamber's bare name right before its leader ("Congress leader X"
        // is a party's in some states, so only the chambers whose leader is the majority's).
        if t.relation == .leads, k >= 0, f.isIn(k + 1, RuleEngine.caucusHeads), f.isIn(k, RuleEngine.majorityChambers),
           let body = f.mention(at: k), f.types[body] == .organization, !isPartyWord(f, body) {
            return true
        }
        guard t.relation == .leads, k >= 1, f.tokens[k].isCapitalized, verbs.partyWords[f.lower[k]] != nil else { return false }
        if let body = f.mention(at: k - 1) { return f.types[body] == .organization && !isPartyWord(f, body) }
        return k >= 1 && f.tokens[k - 1].isCapitalized && RuleEngine.chamberWords.contains(f.lower[k - 1])
    }

    /// A party leader's title in a chamber as a seat in the chamber: `serves` the chamber named
    /// before the party word, not the party.
    func caucusSeat(_ p: ClauseParser, _ t: TitlePhrase) -> TitlePhrase {
        let f = p.f
        var t = t
        t.relation = .serves
        t.targets.removeAll { isPartyWord(f, $0) }
        if let body = f.mention(at: t.range.upperBound - 3), f.types[body] == .organization, !isPartyWord(f, body), !t.targets.contains(body) {
            t.targets.append(body)
        }
        return t
    }

    /// Whether a title "leader" names one of a party's leaders rather than its head: the head
    /// word is a bare "leader", every body the title names is a political party, and the phrase
    /// is not `definite` ("the party's leader", "leader of the party").
    func rankAndFileLeader(_ p: ClauseParser, _ t: TitlePhrase, definite: Bool) -> Bool {
        let f = p.f
        guard t.relation == .leads, !definite, !t.targets.isEmpty, f.word(t.range.upperBound - 1) == "leader" else { return false }
        return t.targets.allSatisfy { isPoliticalParty(f, $0) }
    }

    /// Whether mention `m` names a political party: a party word, or an organization whose name
    /// or an alias ends in "party".
    func isPoliticalParty(_ f: SentenceFrame, _ m: Int) -> Bool {
        guard f.types[m] == .organization else { return false }
        if isPartyWord(f, m) || verbs.partyWords.values.contains(f.mentions[m].nodeID) { return true }
        // ("Dravida Munnetra Kazhagam", "Janata Dal", "Shiv Sena", "Partido Popular": a word for a
        // party in another language names one too.)
        func endsInParty(_ s: String) -> Bool {
            let l = s.lowercased()
            return l.hasSuffix(" party") || l.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" }).contains { RuleEngine.partyNameWords.contains(String($0)) }
        }
        if endsInParty(f.mentions[m].text) { return true }
        guard let node = nodes[f.mentions[m].nodeID] else { return false }
        return endsInParty(node.label) || node.aliases.contains(where: endsInParty)
    }

    /// Words for a political party in other languages, which name one wherever they stand.
    static let partyNameWords: Set<String> = WordLists.strings("partyNameWords")

    /// Names of legislative chambers, which may stand unrecognized before a party word ("Senate").
    static let chamberWords: Set<String> = WordLists.strings("chamberWords")

    /// "founder and chief executive of X", "CEO and co-founder of X": a title joining a founder
    /// word and an office gives both relations (the head's is made by the caller).
    func otherHead(_ p: ClauseParser, _ m: Int, _ t: TitlePhrase, rule: String) -> [Candidate] {
        let f = p.f
        let heads = t.range.compactMap { verbs.titles.match(at: $0, lemmas: f.lemmas)?.payload }
        guard heads.contains(.founded), t.relation != .founded || heads.contains(.leads) else { return [] }
        let other: EdgeType = t.relation == .founded ? .leads : .founded
        return pairs(p, [m], t.targets, other, trigger: t.range, rule: rule, distance: 0)
    }

    func roleEdges(_ p: ClauseParser, _ m: Int, relation: EdgeType?, of state: String?, trigger: Range<Int>,
                           roles: [String: [LexiconRole]]) -> [Candidate] {
        let men = p.f.mentions[m]
        guard var rs = roles[men.nodeID] else { return [] }
        // "Fed Chair X" of a person who was chair of one body and secretary of another: the role
        // whose office the title names comes first.
        let words = Set(trigger.filter { $0 >= 0 && $0 < p.f.count }.map { p.f.lower[$0] })
        if rs.count > 1, let k = rs.firstIndex(where: { r in
            r.office.lowercased().split(separator: " ").contains { $0.count > 3 && words.contains(String($0)) } }) {
            rs.insert(rs.remove(at: k), at: 0)
        }
        for role in rs where (relation == nil || role.relation == relation) && (state == nil || role.ofID == state) {
            guard let node = nodes[role.ofID], RuleEngine.targetOK(role.relation, node.type) else { continue }
            return [Candidate(source: men.nodeID, target: node.id, type: role.relation, sentence: p.f.index,
                              sourceTokens: men.tokenRange, targetTokens: trigger, triggerTokens: trigger, rule: "title-lexicon-role")]
        }
        return []
    }

    /// The head of a title phrase in `range`: the rightmost title; "vice"/"deputy" make a head's
    /// office a service ("Vice President").
    func head(_ p: ClauseParser, in range: Range<Int>) -> (EdgeType, Bool)? {
        // A title word inside a body's name is no head ("chairman of the House of Representatives
        // committee" is a chairman), unless the title has no other and lists no names ("X, the
        // FBI and the Department of Justice" is no title).
        head(p, in: range, skippingNames: true) ?? (range.contains { p.f.lower[$0] == "and" && p.f.mentionAt[$0] < 0 } ? nil : head(p, in: range, skippingNames: false))
    }

    private func head(_ p: ClauseParser, in range: Range<Int>, skippingNames: Bool) -> (EdgeType, Bool)? {
        var rel: (EdgeType, Bool)?
        var i = range.lowerBound
        while i < range.upperBound {
            if skippingNames, let n = p.f.mention(at: i), p.f.types[n] != .person {
                i = max(i + 1, p.f.mentions[n].tokenRange.upperBound)
                continue
            }
            if let mt = verbs.titles.match(at: i, lemmas: p.f.lemmas), i + mt.length <= range.upperBound {
                var r = mt.payload
                if r == .leads, ["vice", "deputy", "assistant", "associate", "vice-"].contains(p.f.word(i - 1)) { r = .serves }
                // "director of water supply", "chief of staff": the head of a portfolio
                // (named in plain words after "of") serves; "head of state" leads.
                // ("chief executive of coal firm X": plain words before a body's name describe the body.)
                let of = i + mt.length
                if r == .leads, p.f.word(of) == "of", of + 1 < p.f.count, p.f.mentionAt[of + 1] < 0, p.f.tokens[of + 1].kind == .word,
                   !p.f.tokens[of + 1].isCapitalized, !p.f.isIn(of + 1, WordClass.determiners), !p.f.isIn(of + 1, RuleEngine.governingWholes),
                   !RuleEngine.describesABody(p.f, plainWordsFrom: of + 1) {
                    r = .serves
                }
                // "opposition leader", "rebel leader": a leader of a group inside the state,
                // never of the state itself (see ``nonStateLeader(_:in:)``).
                rel = (r, mt.length == 1 && p.f.isIn(i, verbs.titleAffiliations))
                i += mt.length
            } else {
                i += 1
            }
        }
        return rel
    }

    /// Words before "leader"/"chief" that make the office one of a movement or party, not of
    /// the state named with it ("Zimbabwean opposition leader", "Houthi rebel leader").
    static let nonStateLeaderWords: WordSet = WordLists.set("nonStateLeaderWords")

    /// Whether a title phrase heads a movement, party or faction rather than a state.
    func nonStateLeader(_ p: ClauseParser, in range: Range<Int>) -> Bool {
        // The modifier may stop the title scan itself ("opposition" is no title word).
        // (Words of a name inside the title do not count: "envoy to the African Union".)
        ((range.lowerBound - 1)..<range.upperBound).contains { p.f.mentionAt[max(0, $0)] < 0 && p.f.isIn($0, RuleEngine.nonStateLeaderWords) }
    }

    /// Whether a word can be part of a title phrase: a title, a title modifier, or a plain
    /// capitalized word (abbreviation periods included).
    func isTitleWord(_ p: ClauseParser, _ i: Int) -> Bool {
        let f = p.f, w = f.lower[i]
        // The period of an abbreviated title ("Sen. X", "Gen. Y") is split off by the tokenizer.
        if w == ".", f.isIn(i - 1, WordClass.titleAbbreviations) { return true }
        // (The word sets through the frame, which keeps each word's hash and class bits: asked
        // of the word itself, each set hashed it again.)
        if f.isIn(i, verbs.titleModifiers) || verbs.titles.match(at: i, lemmas: f.lemmas) != nil || f.isIn(i, RuleEngine.titleBodyNouns) { return true }
        guard f.tokens[i].kind == .word, !f.isIn(i, WordClass.boundaries), !f.isIn(i, WordClass.prepositions),
              !f.isIn(i, WordClass.determiners), w != "and", w != "or", !p.verbish[i] else { return false }
        // ("the foreign secretary": a word of a one-state title is a title word in lowercase too.)
        return p.f.lemmas[i].contains(where: { verbs.titles.allWords.contains($0) || verbs.nationalTitles.allWords.contains($0) })
            || p.f.tokens[i].isCapitalized
    }
}
