import KGraphModel

/// A relation noun between a possessor and a name: "Russia's ally Belarus", "Washington's
/// closest partner, Tokyo", "India's arch-rival Pakistan", "Kyiv's main backer Washington", or in
/// apposition to the name: "the EU, Israel's top trade partner, ...".
extension RuleEngine {
    /// Nouns naming the other side of a relation, and the relation (`backer`-type nouns are the
    /// named side's support for the possessor). Trade counterparts count: "India is Russia's
    /// largest arms buyer".
    static let relationPersonNouns: [String: EdgeType] = WordLists.lookup("relationPersonNouns", as: EdgeType.self)
    /// Relation nouns that join two people ("Trump's rival Biden"); "partner" or "friend" of a
    /// person may be private, and a backer a donor.
    static let personRelationNouns: WordSet = WordLists.set("personRelationNouns")
    /// Words that may stand between the possessor and the relation noun.
    static let relationNounModifiers: WordSet = WordLists.set("relationNounModifiers")

    /// Copulas that give a name a relation noun ("X is Y's main rival").
    static let copulas: WordSet = WordLists.set("copulas")
    /// Participles of regarding between a copula and "as" ("is seen as Y's ally").
    static let regardedWords: WordSet = WordLists.set("regardedWords")

    func possessedRelations(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        for m in f.mentions.indices where f.isPossessive(m) && SentenceFrame.isActor(f.types[m]) {
            let personal = f.types[m] == .person
            var k = f.mentions[m].tokenRange.upperBound
            if f.word(k) == "'s" || f.word(k) == "'" { k += 1 }
            var steps = 0
            // "the bloc's largest economy, Brazil", "Sweden became the alliance's 32nd member": a
            // bloc's member, named with its rank.
            let bloc = f.types[m] == .alliance || f.types[m] == .organization
            while steps < 3, f.isIn(k, RuleEngine.relationNounModifiers)
                    || bloc && (f.isIn(k, RuleEngine.memberRankWords) || RuleEngine.isOrdinal(f.word(k))) { k += 1; steps += 1 }
            // "North Korea's neighbour and main trading partner": a plain noun joined before it.
            if !bloc, RuleEngine.relationPersonNouns[f.word(k)] == nil, f.word(k + 1) == "and", k + 2 < f.count, f.mentionAt[k] < 0,
               f.tokens[k].kind == .word, !f.tokens[k].isCapitalized, !f.isIn(k, WordClass.determiners) {
                var j = k + 2
                var more = 0
                while more < 3, f.isIn(j, RuleEngine.relationNounModifiers) { j += 1; more += 1 }
                if RuleEngine.relationPersonNouns[f.word(j)] != nil { k = j }
            }
            let member = bloc && f.isIn(k, RuleEngine.blocMemberNouns)
            // (A person's backers may be states: "Russia and Iran, X's main backers".)
            guard let edge = member ? .memberOf : RuleEngine.relationPersonNouns[f.word(k)],
                  !personal || f.isIn(k, RuleEngine.personRelationNouns) || edge == .supports else { continue }
            let personNoun = f.isIn(k, RuleEngine.personRelationNouns)
            var n = k + 1
            if f.word(n) == "," { n += 1 }
            // "Peru's largest trading partner is China": the copula's complement.
            if ["is", "was", "remains", "remained"].contains(f.word(n)), f.mentionAt[n] < 0 {
                n += 1
                if f.word(n) == "still" || f.word(n) == "now" { n += 1 }
            }
            // "Israel's closest ally, the United States, ...": the name after a comma may keep its
            // article.
            if f.word(n - 1) == ",", f.word(n) == "the", f.mentionAt[n] < 0 { n += 1 }
            var named = f.mention(at: n)
            // "The EU, Israel's top trade partner, ...": the noun phrase in apposition to a name.
            if named == nil {
                var b = f.mentions[m].tokenRange.lowerBound - 1
                while b > 0, ["as", "a", "an", "the", "and", "also"].contains(f.lower[b]) { b -= 1 }
                // "The EU, as X's biggest donor and Israel's top trade partner, ...": an earlier
                // relation noun phrase joined by "and" stands between.
                if b > 2, f.word(b + 1) == "and", f.mentionAt[b] < 0, RuleEngine.relationPersonNouns[f.lower[b]] != nil {
                    var c = b - 1
                    var steps = 0
                    while c > 0, steps < 3, f.isIn(c, RuleEngine.relationNounModifiers) { c -= 1; steps += 1 }
                    if f.word(c) == "'s" || f.word(c) == "'" { c -= 1 }
                    if let q = f.mention(at: c), f.isPossessive(q), SentenceFrame.isActor(f.types[q]) {
                        b = f.mentions[q].tokenRange.lowerBound - 1
                        while b > 0, ["as", "a", "an", "the", "also"].contains(f.lower[b]) { b -= 1 }
                    }
                }
                // "X is one of Y's closest allies"
                if b > 1, f.lower[b] == "of", f.lower[b - 1] == "one" {
                    b -= 2
                    while b > 0, ["as", "a", "an", "the", "and", "also"].contains(f.lower[b]) { b -= 1 }
                }
                // "X, who is seen as Y's closest partner": a verb of regarding after the copula.
                if b > 1, f.word(b + 1) == "as", f.isIn(b, RuleEngine.regardedWords), f.isIn(b - 1, RuleEngine.copulas) { b -= 1 }
                if b > 0, f.lower[b] == ",", let q = f.mention(at: b - 1), !f.isPossessive(q) { named = q }
                // "China is North Korea's biggest trading partner": the subject of a copula.
                // ("X has long been Y's partner", "X, which has been Y's guarantor,": past an
                // adverb and the perfect's auxiliary, and from a relative pronoun to its antecedent.)
                if named == nil, b > 0, f.isIn(b, RuleEngine.copulas) {
                    var c = b - 1
                    // "Tuvalu, by contrast, remains ...": an aside set off by commas.
                    if f.word(c) == ",", let open = (max(1, c - 5)..<c).last(where: { f.lower[$0] == "," }),
                       ((open + 1)..<c).allSatisfy({ f.mentionAt[$0] < 0 && f.tokens[$0].kind == .word && !f.isIn($0, WordClass.boundaries) }) {
                        c = open - 1
                    }
                    if f.isIn(c, WordClass.adverbs) { c -= 1 }
                    if ["has", "have", "had"].contains(f.word(c)) { c -= 1 }
                    if ["which", "who"].contains(f.word(c)), f.word(c - 1) == "," { c -= 2 }
                    if let q = f.mention(at: c), !f.isPossessive(q), !f.isNegator(b + 1, verbs),
                       !(max(0, c)..<b).contains(where: { f.isNegator($0, verbs) }) { named = q }
                }
            }
            // Between people only: a person after a state's relation noun is a title ("Peru's
            // partner Ana Soto"), and a state after a person's is rare and vague.
            // ("Russia and Iran, Assad's main backers,": states may back a person.)
            let backing = edge == .supports && personal && !member
            // "Lukashenko, Moscow's closest ally,": a person described as a state's ally or rival
            // (set off before the possessor) is that (their state follows by official-for-state).
            // The person must head the clause or the phrase must close after the noun ("weakened
            // by X, one of its critics."), not a fronted phrase end before the subject ("After
            // talks with X, Russia's allies said"); a plural noun must be "one of" them.
            let lo = f.mentions[m].tokenRange.lowerBound
            var closed = false
            for j in (k + 1)...(k + 6) {
                if [",", ".", ";", ""].contains(f.word(j)) { closed = true; break }
                if j < f.count, p.verbish[j] { break }
            }
            let fronted = f.isIn(0, WordClass.prepositions) || f.isIn(0, WordClass.subordinators)
            let describedPerson = !personal && !member && (named ?? m) < m && (edge == .partnersWith || edge == .tensionWith)
                && named.map { closed || !p.isObjectLike($0) && !fronted } == true
                && (!f.lower[k].hasSuffix("s") || f.word(lo - 1) == "of" && f.word(lo - 2) == "one")
            let fits: (Int) -> Bool = {
                SentenceFrame.isActor(f.types[$0]) && f.mentions[$0].form != .demonym
                    && (f.types[$0] == .person ? personal && personNoun || describedPerson && f.mentions[$0].form == .name
                        : !personal || backing && f.types[$0] == .country)
            }
            guard let other = named, fits(other), !member || f.types[other] == .country else { continue }
            // A list in apposition before the possessor is named whole (a plural noun: "backers").
            let others = other > m ? f.group(of: other).filter { $0 >= other && fits($0) }
                : f.lower[k].hasSuffix("s") && f.group(of: other).allSatisfy(fits) ? f.group(of: other) : [other]
            // A backer supports the possessor; the other relations are symmetric. (An apposition is
            // set off by commas, as a list would be.)
            let (sources, targets) = edge == .supports || edge == .memberOf ? (others, [m]) : ([m], others)
            out += pairs(p, sources, targets, edge, trigger: k..<(k + 1), rule: "possessed-relation", distance: n - k, sameListOK: true)
        }
        return out
    }

    /// Nouns for a state's place in a bloc after the bloc's possessive ("the EU's largest
    /// economy", "NATO's newest member").
    static let blocMemberNouns: WordSet = WordLists.set("blocMemberNouns")

    /// An ordinal written with digits or as a word ("32nd", "third").
    static func isOrdinal(_ w: String) -> Bool {
        if ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"].contains(w) { return true }
        guard let d = w.first, d.isNumber else { return false }
        return ["st", "nd", "rd", "th"].contains(where: { w.hasSuffix($0) }) && w.dropLast(2).allSatisfy({ $0.isNumber })
    }

    /// Nouns of a pair description that tell the pair's own relation ("the two allies", "both
    /// partners"): the two states it stands for are partners (rivals in tension: "the two rivals").
    static let pairPartnerNouns: WordSet = WordLists.set("pairPartnerNouns")

    /// "A and B ... The two allies agreed ...": a pair description (``Coreference/resolvePairs``)
    /// whose noun is a partner's says the two are partners.
    func describedPairs(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        for m in f.mentions.indices.dropFirst() where f.mentions[m].form == .reference && f.mentions[m - 1].form == .reference {
            let a = f.mentions[m - 1].tokenRange, b = f.mentions[m].tokenRange
            // ("the two rivals": the pair's own rivalry, by the mutual nouns' table.)
            let noun = f.lower[b.upperBound - 1]
            let edge: EdgeType? = f.isIn(b.upperBound - 1, RuleEngine.pairPartnerNouns) ? .partnersWith
                : RuleEngine.mutualNouns[noun] == .tensionWith ? .tensionWith : nil
            guard let edge, a.count == 1, a.upperBound == b.lowerBound, ["two", "both"].contains(f.lower[a.lowerBound]),
                  // ("the two former allies": partners no longer.)
                  b.count == 1 || !["former", "erstwhile", "one-time", "onetime", "ex", "past", "old"].contains(f.lower[b.lowerBound]),
                  f.types[m - 1] == .country || f.types[m - 1] == .alliance, f.types[m] == .country || f.types[m] == .alliance else { continue }
            out += pairs(p, [m - 1], [m], edge, trigger: (b.upperBound - 1)..<b.upperBound, rule: "possessed-relation", distance: 1, sameListOK: true)
        }
        return out
    }

    /// "Modi's BJP", "Roe's own Labour Party": a person's party is the party they belong to.
    func possessedParties(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        for m in f.mentions.indices where f.types[m] == .person && f.mentions[m].form == .name && f.isPossessive(m) {
            var k = f.mentions[m].tokenRange.upperBound + 1
            if ["own", "ruling"].contains(f.word(k)) { k += 1 }
            guard let n = f.mention(at: k), f.types[n] == .organization, let node = nodes[f.mentions[n].nodeID],
                  ([node.label] + node.aliases).contains(where: { $0.hasSuffix(" Party") || $0.hasSuffix(" party") }) else { continue }
            out += pairs(p, [m], [n], .memberOf, trigger: n..<(n + 1), rule: "possessed-party", distance: 1)
        }
        return out
    }

    /// "Kremlin critic Ivan Petrov", "Trump ally Ana Soto": a name modifying a relation noun
    /// before a person's name (a demonym tells nationality: "American critic X"); "U.S. ally
    /// Japan": a state's before another state's (``stateCompound(_:_:noun:_:)``).
    func compoundRelations(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        for m in f.mentions.indices where !f.isPossessive(m) && SentenceFrame.isActor(f.types[m]) {
            var k = f.mentions[m].tokenRange.upperBound
            if f.isIn(k, RuleEngine.relationNounModifiers) { k += 1 }
            guard k < f.count, f.mentionAt[k] < 0, !f.tokens[k].isCapitalized, let edge = RuleEngine.relationPersonNouns[f.lower[k]],
                  let n = f.mention(at: k + 1), f.mentions[n].form == .name, f.mentions[n].nodeID != f.mentions[m].nodeID else { continue }
            if f.types[n] == .person, f.mentions[m].form != .demonym, f.isIn(k, RuleEngine.personRelationNouns) {
                out += pairs(p, [n], [m], edge, trigger: k..<(k + 1), rule: "possessed-relation", distance: 1)
            } else if let sides = stateCompound(p, m, noun: k, n) {
                // "NATO ally Turkey": an ally in a bloc is a member of it ("NATO partner X" is not).
                let member = f.types[m] == .alliance && ["ally", "allies"].contains(f.lower[k])
                out += pairs(p, sides, [m], member ? .memberOf : edge, trigger: k..<(k + 1), rule: "possessed-relation", distance: 1)
            }
        }
        return out
    }

    /// Relation nouns of states written before the other state's name ("U.S. allies Japan and
    /// Korea"), singular and plural.
    static let stateCompoundNouns: WordSet = WordLists.set("stateCompoundNouns")

    /// "U.S. ally Japan", "Russian allies Syria and Iran", "NATO partner Sweden": a state or bloc
    /// (by name or demonym) modifying a state's relation noun before another state's name, or a
    /// list of them after a plural noun. The sides named after the noun, or nil.
    /// (A demonym before a body's name tells nationality: "a Chinese rival Acme Corp".)
    func stateCompound(_ p: ClauseParser, _ m: Int, noun k: Int, _ n: Int) -> [Int]? {
        let f = p.f
        let stateLike: (Int) -> Bool = { f.types[$0] == .country || f.types[$0] == .alliance }
        guard stateLike(m), stateLike(n), f.isIn(k, RuleEngine.stateCompoundNouns),
              f.mentions[m].form != .demonym || f.types[m] == .country else { return nil }
        // "and" joins the list only after a plural noun ("U.S. allies Japan and Korea").
        guard f.lower[k].hasSuffix("s") else { return [n] }
        return f.group(of: n).filter { $0 >= n && stateLike($0) && f.mentions[$0].form == .name }
    }

    /// Relation nouns a demonym may modify for a state's ally or foe ("Belarus, a close Russian
    /// ally"); with other nouns a demonym tells nationality ("a Russian critic").
    static let demonymRelationNouns: WordSet = WordLists.set("demonymRelationNouns")

    /// Nouns for belonging to a body or bloc, and the heads that may follow them ("member state").
    static let memberNouns: Set<String> = ["member", "members"]
    static let memberHeads: Set<String> = ["state", "states", "country", "countries", "nation", "nations"]

    /// "Ecuador, a close US ally, ...", "Ecuador is a key US partner", "Holt, a Trump ally": a
    /// name modifying a relation noun in a description of another name.
    func describedRelations(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        for n in f.mentions.indices where !f.isPossessive(n) && SentenceFrame.isActor(f.types[n]) {
            let demonym = f.mentions[n].form == .demonym
            var k = f.mentions[n].tokenRange.upperBound
            if f.word(k) == "-" { k += 1 }
            guard k < f.count, f.mentionAt[k] < 0 else { continue }
            // "Ruritania, a NATO member (state), ...", "Ana Soto, a party member,": a body or
            // bloc modifying "member" in a description of a state or a person.
            let bloc = f.types[n] == .alliance || f.types[n] == .organization
            let member = bloc && RuleEngine.memberNouns.contains(f.lower[k])
            guard let edge = member ? .memberOf : RuleEngine.relationPersonNouns[f.lower[k]] else { continue }
            var end = k
            if member, RuleEngine.memberHeads.contains(f.word(k + 1)) { end += 1 }
            // The noun ends its phrase ("a US ally, ...", not "a US ally group").
            let next = f.word(end + 1)
            guard next.isEmpty || [",", ".", ";", "and", "since", "who", "which", "that"].contains(next)
                || WordClass.prepositions.contains(next) && next != "of" else { continue }
            // "a (close) US ally" after a comma or a copula, describing the name before it.
            var b = f.mentions[n].tokenRange.lowerBound - 1
            var steps = 0
            while b > 0, steps < 3, f.isIn(b, RuleEngine.relationNounModifiers) || f.isIn(b, WordClass.adverbs) { b -= 1; steps += 1 }
            guard b > 1 else { continue }
            // "A and B are close US allies", "A and B, both US allies,": plural, of a list.
            var plural = false
            if f.lower[b] != "a" && f.lower[b] != "an" {
                guard f.lower[end].hasSuffix("s"), f.isIn(b, RuleEngine.copulas) || ["both", "all"].contains(f.lower[b]) else { continue }
                plural = true
                b += 1
            }
            var c = b - 1
            if plural, ["both", "all"].contains(f.lower[c]) { c -= 1 }
            if f.isIn(c, RuleEngine.copulas) {
                c -= 1
                if ["has", "have", "had"].contains(f.word(c)) { c -= 1 }
                if f.isNegator(b - 1, verbs) { continue }
            } else if f.lower[c] != "," { continue }
            else { c -= 1 }
            guard let q = f.mention(at: c), f.mentions[q].tokenRange.upperBound == c + 1, !f.isPossessive(q), SentenceFrame.isActor(f.types[q]),
                  f.mentions[q].form != .demonym, f.mentions[q].nodeID != f.mentions[n].nodeID else { continue }
            if member {
                // A state or a person belongs; a party's adjective names the party ("a
                // Republican member").
                guard f.types[q] == .country || f.types[q] == .person, f.mentions[n].form != .reference else { continue }
                out += pairs(p, plural ? f.group(of: q) : [q], [n], .memberOf, trigger: k..<(end + 1), rule: "possessed-relation", distance: k - c, sameListOK: true)
                continue
            }
            let personal = f.types[q] == .person
            guard (f.types[n] == .person) == personal, !personal || f.isIn(k, RuleEngine.personRelationNouns) else { continue }
            if demonym, f.types[q] != .country || !f.isIn(k, RuleEngine.demonymRelationNouns) { continue }
            if !demonym, f.mentions[n].form != .name { continue }
            // A backer supports the name modifying the noun; the other relations are symmetric.
            out += pairs(p, plural ? f.group(of: q) : [q], [n], edge, trigger: k..<(k + 1), rule: "possessed-relation", distance: k - c)
        }
        return out
    }
}
