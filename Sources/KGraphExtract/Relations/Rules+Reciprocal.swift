import KGraphModel

extension RuleEngine {
    /// Nouns of symmetric relations and the edge they give ("conflict" -> tension-with). A
    /// truce is made by two sides at war ("a ceasefire between X and Y").
    static let relationNouns: [String: EdgeType] = WordLists.lookup("relationNouns", as: EdgeType.self)

    /// Nouns of single encounters: dialogue between states or their heads, but people who
    /// are no heads of state meet and talk without any partnership.
    static let encounterNouns: WordSet = WordLists.set("encounterNouns")

    /// Whether an encounter noun joins these two mentions: neither is a person who heads no state.
    func encounterSides(_ f: SentenceFrame, _ a: Int, _ b: Int) -> Bool {
        [a, b].allSatisfy { f.types[$0] != .person || leaderOf[f.mentions[$0].nodeID] != nil }
    }

    /// Nouns for a policy or programme that a principle can name ("Trump's 'America First' agenda").
    static let policyNouns: WordSet = WordLists.set("policyNouns")

    /// Stances carried by modifiers: "Trump's 'America First' agenda" (upholds), "the Iran-backed
    /// Houthis" (supports), "Iran-aligned militias" (partners-with), "the U.S.-led NATO alliance"
    /// (member-of).
    func modifierStances(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        for m in f.mentions.indices where f.types[m] == .principle {
            let r = f.mentions[m].tokenRange
            var a = r.lowerBound - 1
            while a >= 0, f.isIn(a, WordClass.quotes) { a -= 1 }
            var e = r.upperBound
            while e < f.count, f.isIn(e, WordClass.quotes) { e += 1 }
            // "Trump's unilateralist 'America First' policy": up to two plain modifiers between the
            // possessor and the principle.
            var skipped = 0
            while skipped < 2, a >= 1, plainModifier(p, a) { a -= 1; skipped += 1 }
            while a >= 0, f.isIn(a, WordClass.quotes) { a -= 1 }
            // "the 'America First' foreign policy", "a free trade agenda": one plain modifier
            // between the principle and its policy noun.
            if !f.isIn(e, RuleEngine.policyNouns), plainModifier(p, e), f.isIn(e + 1, RuleEngine.policyNouns) { e += 1 }
            if let agent = principleAgent(p, m) { out += agent; continue }
            guard f.isIn(e, RuleEngine.policyNouns), let owner = policyOwner(p, before: a) else { continue }
            // "Italy dumped its free trade policy": a policy its owner gives up is no longer upheld.
            if f.mentions[owner].form == .reference, p.verbTriggers.contains(where: { v in
                v.entry.edge == .rejects && v.range.upperBound <= a && a - v.range.upperBound <= 2
            }) { continue }
            out += pairs(p, [owner], [m], .upholds, trigger: e..<(e + 1), rule: "nominal-policy", distance: e - a)
        }
        for m in f.mentions.indices where SentenceFrame.isActor(f.types[m]) {
            // "Iran-backed" is one token; "U.S.-backed" is "U.S." "-" "backed".
            var tok = f.mentions[m].tokenRange.lowerBound
            var text = f.lower[tok]
            if f.isWholeTokens(m) {
                let e = f.mentions[m].tokenRange.upperBound
                guard f.word(e) == "-", e + 1 < f.count, f.mentionAt[e + 1] < 0 else { continue }
                tok = e + 1
                text = "-" + f.lower[tok]
            }
            // "the U.S.-led NATO alliance": the leading state is a member of the alliance.
            let led = text.hasSuffix("-led")
            // "Iran-aligned militias", "Moscow-allied forces": partners, not backers.
            let aligned = text.hasSuffix("-aligned") || text.hasSuffix("-allied")
            guard led || aligned || text.hasSuffix("-backed") || text.hasSuffix("-supported") || text.hasSuffix("-sponsored") else { continue }
            var k = tok + 1
            // Only modifiers between: "Russian-backed content on Facebook" backs no Facebook.
            while k < min(f.count, tok + 4), f.mentionAt[k] < 0, f.tokens[k].kind == .word, !p.verbish[k],
                  !f.isIn(k, WordClass.prepositions) { k += 1 }
            guard var n = f.mention(at: k) else { continue }
            // "the Kremlin-backed former Ruritanian president (X)": a demonym before a title
            // names the person's state; the one backed is the person.
            if f.mentions[n].form == .demonym {
                let e = f.mentions[n].tokenRange.upperBound
                if e < f.count, f.mentionAt[e] < 0, f.isIn(e, verbs.titles.allWords) || f.isIn(e, verbs.titleModifiers) {
                    guard let person = f.person(from: e, within: 4) else { continue }
                    n = person
                }
            }
            if led {
                guard [.alliance, .organization].contains(f.types[n]), f.types[m] != .person else { continue }
                out += pairs(p, [m], [n], .memberOf, trigger: tok..<(tok + 1), rule: "nominal-led", distance: k - tok)
                continue
            }
            out += pairs(p, [m], [n], aligned ? .partnersWith : .supports, trigger: tok..<(tok + 1), rule: "nominal-backed", distance: k - tok)
        }
        return out
    }

    /// The pairs a "between" list names: "between A, B and C" is every pair of the first four;
    /// "between A and B, C and D" is a list of pairs, A with B and C with D.
    func betweenPairs(_ f: SentenceFrame, _ g: [Int]) -> [(Int, Int)] {
        var segments: [[Int]] = [[g[0]]]
        for k in 1..<g.count {
            let gap = f.mentions[g[k - 1]].tokenRange.upperBound..<f.mentions[g[k]].tokenRange.lowerBound
            if gap.contains(where: { f.lower[$0] == "," }) { segments.append([g[k]]) } else { segments[segments.count - 1].append(g[k]) }
        }
        if segments.count >= 2, segments.allSatisfy({ $0.count == 2 }) { return segments.map { ($0[0], $0[1]) } }
        let sides = Array(g.prefix(4))
        var out: [(Int, Int)] = []
        for a in 0..<sides.count { for b in (a + 1)..<sides.count { out.append((sides[a], sides[b])) } }
        return out
    }

    /// Names joined by hyphens before a noun: one token ("India-Pakistan") or, after an
    /// abbreviation the tokenizer splits off or around an en dash, several ("U.S." "-" "Israeli",
    /// "NATO" "–" "Russia").
    func hyphenPairs(_ f: SentenceFrame) -> [(range: Range<Int>, nodes: [String], types: [NodeType], spans: [Range<Int>])] {
        var out = f.compounds.map { c in
            (range: c.token..<(c.token + 1), nodes: c.nodes, types: c.types, spans: Array(repeating: c.token..<(c.token + 1), count: c.nodes.count))
        }
        var m = 0
        while m < f.mentions.count {
            var chain = [m]
            while let last = chain.last, f.isWholeTokens(last), f.isJoiningDash(f.mentions[last].tokenRange.upperBound),
                  let next = f.mention(at: f.mentions[last].tokenRange.upperBound + 1), f.isWholeTokens(next),
                  f.word(f.mentions[last].tokenRange.upperBound) == "-" || plainSide(f, last) && plainSide(f, next) {
                chain.append(next)
            }
            if chain.count >= 2 {
                out.append((range: f.span(of: chain), nodes: chain.map { f.mentions[$0].nodeID }, types: chain.map { f.types[$0] },
                            spans: chain.map { f.mentions[$0].tokenRange }))
            }
            m = chain.last! + 1
        }
        return out
    }

    /// Whether mention `m` can be a side of an en-dash pair: a state or alliance, or a body named
    /// in one word ("EU–China"); a longer body's name may hold the dash ("the Nepal–India
    /// Transit Treaty").
    func plainSide(_ f: SentenceFrame, _ m: Int) -> Bool {
        f.types[m] == .country || f.types[m] == .alliance || f.mentions[m].tokenRange.count == 1
    }

    /// "between India and the South American trade bloc Mercosur": the second side named after a
    /// description that ends in a kind of body or state (up to four words, places included).
    /// Also "between Armenia and its traditional protector, Russia": a possessive description
    /// set off by a comma before the name.
    func describedSecondSide(_ f: SentenceFrame, after m: Int) -> Int? {
        var k = f.mentions[m].tokenRange.upperBound
        guard f.word(k) == "and", ["the", "its", "their"].contains(f.word(k + 1)) else { return nil }
        let possessive = f.word(k + 1) != "the"
        k += 2
        let start = k
        while k < min(f.count, start + 5), f.mentionAt[k] < 0 || f.types[f.mentionAt[k]] == .region || f.mentions[f.mentionAt[k]].form == .demonym {
            if possessive, f.lower[k] == "," {
                guard k > start, let n = f.mention(at: k + 1), SentenceFrame.isActor(f.types[n]), f.mentions[n].form == .name,
                      f.types[n] != .person, !f.tokens[k - 1].isCapitalized else { return nil }
                return n
            }
            guard f.tokens[k].kind == .word, !f.isIn(k, WordClass.boundaries), !f.isIn(k, WordClass.prepositions) else { return nil }
            k += 1
        }
        if possessive { return nil }
        guard k > start, WordClass.descriptionHeads[f.lower[k - 1]].map({ $0 != .person }) == true,
              let n = f.mention(at: k), SentenceFrame.isActor(f.types[n]), f.mentions[n].form == .name else { return nil }
        return n
    }

    /// Symmetric relations stated without a direction: "the India-Pakistan conflict", "strained
    /// US-India ties", "clashes in May between India and Pakistan", "India and China clashed".
    /// The list of exactly two actors that is the subject of the clause before `i` ("A and B
    /// ... between them"), or none.
    func pairBefore(_ p: ClauseParser, _ i: Int) -> [Int] {
        let f = p.f
        let lists = f.mentions.indices.filter { m in
            let g = f.group(of: m)
            return g.first == m && g.count == 2 && f.mentions[g[1]].tokenRange.upperBound <= i && !p.isObjectLike(m)
                && g.allSatisfy { SentenceFrame.isActor(f.types[$0]) && f.mentions[$0].form != .demonym && !f.isPossessive($0) }
        }
        guard lists.count == 1, let m = lists.first else { return [] }
        return f.group(of: m)
    }

    func reciprocal(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        // "X-Y noun"
        for c in hyphenPairs(f) where c.types.allSatisfy(SentenceFrame.isActor) {
            var k = c.range.upperBound
            // Up to three modifiers: "US-India trade ties", "India-Russia Special and Privileged Strategic Partnership".
            while k < f.count, k <= c.range.upperBound + 3, f.mentionAt[k] < 0, f.tokens[k].kind == .word, RuleEngine.relationNouns[f.lower[k]] == nil,
                  !f.isIn(k, WordClass.boundaries), !p.verbish[k] { k += 1 }
            guard var edge = RuleEngine.relationNouns[f.word(k)] else { continue }
            // "US-China trade war", "US-India trade ties": the last of two relation nouns is the head.
            if k + 1 < f.count, f.mentionAt[k + 1] < 0, let head = RuleEngine.relationNouns[f.lower[k + 1]] { k += 1; edge = head }
            let first = c.range.lowerBound
            guard let adjusted = strainAdjusted(edge, p, noun: k, start: first, end: k + 1) else { continue }
            edge = adjusted
            if (max(0, first - 3)..<first).contains(where: { f.isNegator($0, verbs) }) { continue }
            // ("the Ruritania-Freedonia meeting" joins states; a meeting of two people, nothing here.)
            if f.isIn(k, RuleEngine.encounterNouns), c.types.contains(.person) { continue }
            for a in 0..<c.nodes.count {
                for b in (a + 1)..<c.nodes.count where c.nodes[a] != c.nodes[b] {
                    out.append(Candidate(source: c.nodes[a], target: c.nodes[b], type: edge, sentence: f.index,
                                         sourceTokens: c.spans[a], targetTokens: c.spans[b],
                                         triggerTokens: k..<(k + 1), rule: "nominal-compound"))
                }
            }
        }
        // "noun ... between X and Y"
        for i in 0..<f.count where f.lower[i] == "between" {
            var j = i + 1
            if f.word(j) == "the" { j += 1 }
            var g: [Int]
            if ["them", "themselves"].contains(f.word(j)) {
                // "A and B played down the friction between them": the pair is the list before.
                g = pairBefore(p, i)
            } else {
                if let titled = titledPeople(f, from: j) {
                    // "talks between Japanese Prime Minister A and U.S. President B".
                    g = titled.sides
                } else {
                    guard let m = f.mention(at: j) else { continue }
                    g = f.group(of: m).filter { SentenceFrame.isActor(f.types[$0]) }
                    // ("A and its ally, B": the possessive pronoun, resolved to A, is no second side.)
                    if g.count == 2, f.mentions[g[1]].form == .reference, f.mentions[g[1]].nodeID == f.mentions[g[0]].nodeID { g = [g[0]] }
                    if g.count == 1, let n = describedSecondSide(f, after: m) { g.append(n) }
                }
            }
            guard g.count >= 2 else { continue }
            var k = i - 1
            var edge: EdgeType?
            while k >= max(0, i - 4), f.mentionAt[k] < 0, f.isIn(k, WordClass.boundaries) == false {
                if let e = RuleEngine.relationNouns[f.lower[k]] { edge = e; break }
                k -= 1
            }
            guard let found = edge else { continue }
            // "no deal between X and Y", "without talks between ...": a negated noun says nothing.
            if (max(0, k - 3)..<k).contains(where: { f.isNegator($0, verbs) }) { continue }
            // "the lack of a meeting between X and Y".
            if RuleEngine.lackOf(f, before: k) { continue }
            // "frosty relations between X and Y", "relations between X and Y have soured".
            guard let e = strainAdjusted(found, p, noun: k, start: k, end: f.span(of: g).upperBound) else { continue }
            for (a, b) in betweenPairs(f, g) {
                if f.isIn(k, RuleEngine.encounterNouns), !encounterSides(f, a, b) { continue }
                out += pairs(p, [a], [b], e, trigger: k..<(k + 1), rule: "nominal-between", distance: j - k, sameListOK: true)
            }
        }
        return out
    }
}
