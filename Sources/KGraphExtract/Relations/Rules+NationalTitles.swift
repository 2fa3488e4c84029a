import KGraphModel

extension RuleEngine {
    /// First words of the titles of national legislators.
    static let legislatorTitles: WordSet = WordLists.set("legislatorTitles")

    /// Words that make a national-sounding title one of an international body ("Special
    /// Representative", "High Representative"), so the state is not implied.
    static let internationalTitleWords: WordSet = WordLists.set("internationalTitleWords")

    /// A bare title used by one state only ("Senator X", "Rep. X", "Home Secretary X"), or by a few
    /// of which the article names just one ("MP X"), says
    /// the person serves that state, when the article names the state. The title must end right
    /// before the name, with no state or possessor in front of it ("Italian Senator X" is found by
    /// the ordinary title rule).
    func nationalTitle(_ p: ClauseParser, _ m: Int, title range: Range<Int>) -> [Candidate] {
        let f = p.f
        let k = range.lowerBound - 1
        // (A party word before it is no state: "Republican Senator X" still serves the nation.)
        if k >= 0, f.mentionAt[k] >= 0 || f.lower[k] == "'s",
           !(f.mentionAt[k] >= 0 && isPartyWord(f, f.mentionAt[k])) { return [] }
        return nationalTitleMatch(p, m, title: range)
    }

    /// Words of a cabinet title before its head ("Union Sports", "Finance", "Home Affairs").
    static let cabinetPortfolioWords: WordSet = WordLists.set("cabinetPortfolioWords")
    /// Words of an office's time ("former", "acting"), which may open a cabinet title.
    static let tenureWords: WordSet = WordLists.set("tenureWords")

    /// A bare cabinet title before a name, "Finance Secretary X", "Prime Minister X", "Union
    /// Minister X", that names no state and no role the lexicon knows, in an article about one
    /// state (``RuleEngine/principalState``): the person holds that state's office (a deputy prime
    /// minister serves it). Only ministers and secretaries of a cabinet: a chief minister is a
    /// province's, a president or director may head anything.
    func principalStateTitle(_ p: ClauseParser, _ m: Int, title range: Range<Int>) -> [Candidate] {
        let f = p.f
        guard let state = principalState, let head = range.last, ["minister", "secretary"].contains(f.lower[head]) else { return [] }
        // Nothing capitalized or named right before the title ("Delhi Finance Minister", "Acme's
        // Secretary"): the office may be a province's or a body's.
        let k = range.lowerBound - 1
        if k >= 0, f.mentionAt[k] >= 0 || f.tokens[k].kind == .word && f.tokens[k].isCapitalized && !f.isIn(k, WordClass.determiners) || f.lower[k] == "'s" { return [] }
        let words = range.lowerBound..<head
        let prime = f.lower[head] == "minister" && f.word(head - 1) == "prime"
        let portfolio = words.filter { !(prime && $0 == head - 1) }
        guard prime || portfolio.contains(where: { !f.isIn($0, RuleEngine.tenureWords) }),
              portfolio.allSatisfy({ f.isIn($0, RuleEngine.cabinetPortfolioWords) || f.isIn($0, RuleEngine.tenureWords) }) else { return [] }
        let men = f.mentions[m]
        return [Candidate(source: men.nodeID, target: state,
                          type: prime && !portfolio.contains(where: { ["deputy", "vice", "junior"].contains(f.lower[$0]) }) ? .leads : .serves, sentence: f.index,
                          sourceTokens: men.tokenRange, targetTokens: range, triggerTokens: range, rule: "title-principal-state")]
    }

    /// The same for a bare title in apposition after the name ("X, the home secretary, said"):
    /// only an article or nothing may stand before it.
    func nationalTitleAfter(_ p: ClauseParser, _ m: Int, title range: Range<Int>) -> [Candidate] {
        let k = range.lowerBound - 1
        guard k >= 0, p.f.word(k) != "'s", p.f.mention(at: k).map({ p.f.mentions[$0].form == .reference && p.f.types[$0] == .person }) ?? true
        else { return [] }
        return nationalTitleMatch(p, m, title: range)
    }

    private func nationalTitleMatch(_ p: ClauseParser, _ m: Int, title range: Range<Int>) -> [Candidate] {
        let f = p.f
        // "state Senator X", "a county representative": an office below the national level.
        guard !((range.lowerBound - 1)..<range.upperBound).contains(where: { f.isIn($0, RuleEngine.localWords) || f.word($0) == "state" })
        else { return [] }
        for i in range {
            guard let mt = verbs.nationalTitles.match(at: i, lemmas: f.lemmas), i + mt.length == range.upperBound else { continue }
            // "Special Representative X" is an international body's ("special counsel" itself is a national title).
            guard !(range.lowerBound..<i).contains(where: { f.isIn($0, RuleEngine.internationalTitleWords) }) else { return [] }
            // "Iowa Agriculture Secretary X", "New York Attorney General Y": a place the lexicon does not
            // know, before the title, makes it an office of a province or a US state. (A member of the
            // national legislature is named with their constituency: "Texas Senator X" serves the nation.)
            guard f.isIn(i, RuleEngine.legislatorTitles) || (range.lowerBound..<i).allSatisfy({ f.isIn($0, verbs.titleModifiers) || f.isIn($0, verbs.titles.allWords)
                || f.lower[$0] == "." || !f.tokens[$0].isCapitalized }) else { return [] }
            // Of the states using the title, exactly one must be named in the article, or one
            // must be the state the article is about ("Attorney General X" in a story about the
            // United States that mentions Britain once).
            let named = mt.payload.compactMap { nodes[$0] }.filter { $0.type == .country }
            guard let node = named.count == 1 ? named.first : principalState.flatMap({ ps in named.first { $0.id == ps } }) else { return [] }
            let men = f.mentions[m]
            return [Candidate(source: men.nodeID, target: node.id, type: .serves, sentence: f.index,
                              sourceTokens: men.tokenRange, targetTokens: range, triggerTokens: range, rule: "title-national")]
        }
        return []
    }

    /// Party membership said with the name: "Republican Senator X" (a party word inside the
    /// title before the name) or "X, a moderate Republican from Ohio" / "X, the top Democrat on
    /// the committee" (a party noun heading an apposition). Only parties the article names.
    /// Words that may follow the head of an apposition after a name ("X, a Labour MP, said",
    /// "X, the Labour leader in the Senate").
    static let appositionEnds: WordSet = [",", ".", ";", ")", "who", "of", "on", "from", "in", "for", "at", "since", "until"]

    /// Whether mention `m` is a party named by its one-word party word ("Republican", "Labour").
    func isPartyWord(_ f: SentenceFrame, _ m: Int) -> Bool {
        f.mentions[m].tokenRange.count == 1 && verbs.partyWords.values.contains(f.mentions[m].nodeID)
    }

    /// The party a party word at token `i` names (a one-word mention of it, or a capitalized
    /// party word of a party the article names).
    func partyWordNode(_ f: SentenceFrame, at i: Int) -> Node? {
        guard i >= 0, i < f.count else { return nil }
        if let n = f.mention(at: i), isPartyWord(f, n), let node = nodes[f.mentions[n].nodeID] { return node }
        guard f.tokens[i].isCapitalized, let id = verbs.partyWords[f.lower[i]], let node = nodes[id] else { return nil }
        return node
    }

    /// "The Republican president said ...": a description naming a politician by party and
    /// office, resolved to the person, gives the person's membership of the party.
    func describedPartisans(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        for m in f.mentions.indices where f.types[m] == .person && f.mentions[m].form == .reference {
            let r = f.mentions[m].tokenRange
            // ("the Republican senator's neighbor" describes someone else.)
            if f.word(r.upperBound) == "'s" { continue }
            // The party word right before the description's head, after "the".
            for k in max(1, r.lowerBound - 1)..<r.upperBound {
                guard k + 1 < f.count, let n = partyWordNode(f, at: k), f.word(k - 1) == "the",
                      verbs.titles.match(at: k + 1, lemmas: f.lemmas) != nil else { continue }
                // The person resolved to must be known to hold that office (the lexicon's roles):
                // a description resolved to someone else gives no party.
                let head = f.lower[k + 1]
                func holds(_ id: String) -> Bool { stateOfPerson?.roles[id]?.contains(where: { $0.office.lowercased().contains(head) }) == true }
                guard holds(f.mentions[m].nodeID) else { break }
                // Two people of that office named in the sentence: the description may be either.
                guard !f.mentions.indices.contains(where: { o in
                    f.types[o] == .person && f.mentions[o].form == .name && f.mentions[o].nodeID != f.mentions[m].nodeID && holds(f.mentions[o].nodeID)
                }) else { break }
                out.append(partyMember(f, m, n, at: k))
                break
            }
        }
        return out
    }

    /// The person of mention `m` belongs to `party`, said by the party word at token `k`.
    func partyMember(_ f: SentenceFrame, _ m: Int, _ party: Node, at k: Int) -> Candidate {
        Candidate(source: f.mentions[m].nodeID, target: party.id, type: .memberOf, sentence: f.index,
                  sourceTokens: f.mentions[m].tokenRange, targetTokens: k..<(k + 1), triggerTokens: k..<(k + 1), rule: "member-party-word")
    }

    func partyOfPolitician(_ p: ClauseParser, _ m: Int, title range: Range<Int>?) -> [Candidate] {
        let f = p.f
        let men = f.mentions[m]
        func party(at i: Int) -> Node? { partyWordNode(f, at: i) }
        func edge(_ node: Node, _ at: Int, distance: Int) -> [Candidate] {
            var c = partyMember(f, m, node, at: at)
            c.distance = distance
            return [c]
        }
        if let range {
            // The party word modifies a title: "Republican Senator", "Democratic Rep.".
            // (The party word may stand just before the title's range, found as a mention.)
            for i in (range.lowerBound - 1)..<range.upperBound where verbs.titles.match(at: i + 1, lemmas: f.lemmas) != nil {
                if let node = party(at: i) { return edge(node, i, distance: men.tokenRange.lowerBound - i) }
            }
            // "Democratic U.S. Senator X", "Republican United States Senator Y": the state's name or
            // demonym may stand between the party word and the title (as the recognizer reads it).
            for i in [range.lowerBound - 1, range.lowerBound] {
                guard let s = f.mention(at: i), f.types[s] == .country else { continue }
                let r = f.mentions[s].tokenRange
                if verbs.titles.match(at: r.upperBound, lemmas: f.lemmas) != nil, let node = party(at: r.lowerBound - 1) {
                    return edge(node, r.lowerBound - 1, distance: men.tokenRange.lowerBound - r.lowerBound + 1)
                }
            }
        }
        // "Democrat Ann Roe": the party noun alone before the name.
        let b = men.tokenRange.lowerBound - 1
        // (A person known by a full name: "Republican Alabama" is a state's leaning.)
        if range == nil, b >= 0, ["republican", "democrat", "tory"].contains(f.lower[b]), nodes[men.nodeID]?.label.contains(" ") == true,
           let node = party(at: b) { return edge(node, b, distance: 1) }
        // "Sen. X, R-Ohio,", "Rep. Y (D-Calif.)": a party's initial joined to the home state.
        let a = men.tokenRange.upperBound
        if [",", "("].contains(f.word(a)), a + 1 < f.count, f.tokens[a + 1].isCapitalized, let dash = f.lower[a + 1].firstIndex(of: "-"),
           f.lower[a + 1].index(after: dash) < f.lower[a + 1].endIndex, let id = RuleEngine.partyInitials[String(f.lower[a + 1][..<dash])],
           let node = nodes[id] {
            return edge(node, a + 1, distance: 2)
        }
        // "Democratic candidate X", "his Republican predecessor X": a party word before up to two
        // plain role nouns right before the name.
        // ("Democratic political consultant X": also before a title with a field word.)
        if let k = partyBeforeRoleNouns(p, before: men.tokenRange.lowerBound), let node = party(at: k) {
            return edge(node, k, distance: men.tokenRange.lowerBound - k)
        }
        // "X, a [up to three modifiers] Republican|Democrat" ended by a comma, preposition or clause end.
        var e = men.tokenRange.upperBound
        // "X of Ohio, a Republican": skip a home state named in plain capitalized words.
        if f.word(e) == "of" {
            var k = e + 1
            while k < min(f.count, e + 4), f.mentionAt[k] < 0, f.tokens[k].kind == .word, f.tokens[k].isCapitalized { k += 1 }
            if k > e + 1, f.word(k) == "," { e = k }
        }
        // "the senator from Ohio, a Democrat,": after a place preposition the name is a place.
        guard f.word(e) == ",", ["a", "an", "the"].contains(f.word(e + 1)),
              !["from", "in", "of", "for", "at"].contains(f.word(men.tokenRange.lowerBound - 1)) else { return [] }
        var i = e + 2
        while i < min(f.count, e + 6) {
            if let node = party(at: i) {
                let next = f.word(i + 1)
                // "X, a Labour MP": any party's word before an office that ends the apposition
                // (not "X, a critic of Labour leader Y", nor "X, the Labour leader had said").
                if let t = verbs.titles.match(at: i + 1, lemmas: f.lemmas), !((e + 2)..<i).contains(where: { f.isIn($0, WordClass.prepositions) }),
                   f.isIn(i + 1 + t.length, RuleEngine.appositionEnds) || i + 1 + t.length >= f.count {
                    return edge(node, i, distance: i - e)
                }
                // "X, the Republican nominee for Y", "X, a Democratic pollster based in Z": up to three plain
                // role nouns after the party word, then the apposition's end.
                if plainRoleNouns(p, from: i + 1) > 0 {
                    let end = i + 1 + plainRoleNouns(p, from: i + 1)
                    let w = f.word(end)
                    if RuleEngine.appositionEnds.contains(w) || end >= f.count || WordClass.prepositions.contains(w) || ["who", "based"].contains(w) {
                        return edge(node, i, distance: i - e)
                    }
                }
                // "X, a Republican", "X, a Democrat appointed in May": the party noun ends its phrase.
                if ["republican", "democrat", "republicans", "democrats"].contains(f.lower[i]) {
                    guard next == "," || next == "." || next == "" || next == "who" || WordClass.prepositions.contains(next)
                            || RuleEngine.appointmentVerbs.contains(next) else { return [] }
                    return edge(node, i, distance: i - e)
                }
            }
            guard f.tokens[i].kind == .word, !p.verbish[i], f.lower[i] != "and", !f.isIn(i, WordClass.boundaries) else { return [] }
            i += 1
        }
        return []
    }

    /// A party's node by its initial in "R-Ohio" (the `partyInitials` map, turned around).
    static let partyInitials: [String: String] = {
        var out: [String: String] = [:]
        for (id, letters) in WordLists.map("partyInitials") { for l in letters { out[l] = id } }
        return out
    }()

    /// Party words that are adjectives ("Democratic", not "Democrat" or "Democrats").
    static let partyAdjectives: Set<String> = WordLists.strings("partyAdjectives")

    /// How many plain lowercase words (up to three) start at `i`: no verb, preposition, determiner,
    /// conjunction or clause word ("presidential candidate", "pollster").
    func plainRoleNouns(_ p: ClauseParser, from i: Int) -> Int {
        let f = p.f
        var k = i
        while k < min(f.count, i + 3), f.mentionAt[k] < 0, f.tokens[k].kind == .word, !f.tokens[k].isCapitalized, !p.verbish[k],
              !f.isIn(k, WordClass.boundaries), !f.isIn(k, WordClass.prepositions), !f.isIn(k, WordClass.determiners),
              !["and", "or", "who", "based", "not"].contains(f.lower[k]) {
            k += 1
        }
        return k - i
    }

    /// The party word before one or two plain role nouns that end right before token `lo`
    /// ("Democratic presidential candidate [X]"), or "Democratic Mayor [X]" with a capitalized title.
    func partyBeforeRoleNouns(_ p: ClauseParser, before lo: Int) -> Int? {
        let f = p.f
        for n in 1...2 where lo - n - 1 >= 0 {
            let k = lo - n - 1
            // (Only the party's adjective: "Democrats see X", "Senate Democrat presses X" are clauses.)
            guard f.tokens[k].isCapitalized, RuleEngine.partyAdjectives.contains(f.lower[k]),
                  verbs.partyWords[f.lower[k]] != nil || f.mention(at: k).map({ isPartyWord(f, $0) }) == true else { continue }
            if plainRoleNouns(p, from: k + 1) >= n { return k }
            if n == 1, f.isIn(k + 1, NameWords.titles) { return k }
        }
        return nil
    }
}
