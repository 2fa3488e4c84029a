import KGraphModel

/// Subjects: the actor left of a verb group, across relative clauses and parentheticals.
extension ClauseParser {
    /// Whether mention `m` sits after a preposition or a verb (an object, not a subject).
    func isObjectLike(_ m: Int) -> Bool {
        var j = f.mentions[m].tokenRange.lowerBound - 1
        while j >= 0 {
            let w = f.lower[j]
            if f.isIn(j, WordClass.quotes) || w == "the" || w == "a" || w == "an" || w == "'s" { j -= 1; continue }
            // "much of northern Yemen": a lowercase place word between the preposition and the name.
            if f.mentionAt[j] < 0, !f.tokens[j].isCapitalized, f.isIn(j, NameWords.placePrefixes) { j -= 1; continue }
            // "leader of the opposition Labour Party", "of the ruling X": up to two plain
            // lowercase modifiers between "the" and the name.
            // (Not before a demonym, which only modifies the phrase's own head.)
            if f.mentions[m].form == .name, let d = articleBeforeModifiers(j) { j = d; continue }
            if let p = f.mention(at: j), f.isPossessive(p) { j = f.mentions[p].tokenRange.lowerBound - 1; continue }
            // "of President John F. Kennedy", "of U.S. President X": a capitalized title, and the
            // state before it, stand between the preposition and the name.
            if f.mentionAt[j] < 0, f.tokens[j].isCapitalized, f.isIn(j, verbs.titles.allWords) { j -= 1; continue }
            if let p = f.mention(at: j), f.isIn(f.mentions[p].tokenRange.upperBound, verbs.titles.allWords),
               f.tokens[f.mentions[p].tokenRange.upperBound].isCapitalized {
                j = f.mentions[p].tokenRange.lowerBound - 1
                continue
            }
            // "of Time Warner's CNN": a possessor that is no entity is passed over the same way.
            if f.mentionAt[j] < 0, f.word(j + 1) == "'s", f.tokens[j].isCapitalized {
                var k = j
                while k > 0, k > j - 4, f.mentionAt[k - 1] < 0, f.tokens[k - 1].kind == .word, f.tokens[k - 1].isCapitalized { k -= 1 }
                j = k - 1
                continue
            }
            break
        }
        guard j >= 0 else { return false }
        if f.isIn(j, WordClass.subordinators) { return false }
        return f.isIn(j, WordClass.prepositions) || (verbish[j] && isSpeech(j) == nil)
    }


    /// The "the" before one or two plain lowercase modifiers ending at `j` ("the opposition",
    /// "the ruling"), or nil when `j` is no such modifier (a verb, a preposition, a function word).
    func articleBeforeModifiers(_ j: Int) -> Int? {
        var k = j
        while k >= 0, j - k < 2, f.mentionAt[k] < 0, f.tokens[k].kind == .word, !f.tokens[k].isCapitalized, !verbish[k],
              !f.isIn(k, WordClass.prepositions), !f.isIn(k, WordClass.determiners), !f.isIn(k, WordClass.boundaries),
              !["and", "or", "but", "nor"].contains(f.lower[k]) { k -= 1 }
        return k < j && k >= 0 && f.lower[k] == "the" ? k : nil
    }
    /// A possessive or demonym stands for the actor only before a government word
    /// ("India's government", "Chinese officials").
    func standsForActor(_ m: Int) -> Bool {
        let e = f.mentions[m].tokenRange.upperBound
        if f.isPossessive(m) {
            let h = f.word(e) == "'s" || f.word(e) == "'" ? e + 1 : e
            return f.isIn(h, WordClass.governmentHeads) || (f.word(h) == "new" && f.isIn(h + 1, WordClass.governmentHeads))
        }
        if f.mentions[m].form == .demonym { return f.isIn(e, WordClass.governmentHeads) }
        return true
    }

    /// "Russia's annexation of Crimea angered Ukraine", "China's military buildup alarms Japan":
    /// whoever's act provokes a reaction is the one the reaction is to. The possessor of an act
    /// noun heading the subject (`i` is its last word), before a verb of provoking at `verb`.
    func actOwner(before i: Int, verb: Int) -> Int? {
        guard i > 0 else { return nil }
        var v = verb
        while v < f.count - 1, v - verb < 3, f.isIn(v, WordClass.auxiliaryVerbs) { v += 1 }
        guard f.isLemma(v, in: .provoking) else { return nil }
        // The act noun, then its "of" complement if any ("annexation of Crimea").
        var head = i
        var k = i
        while k > 0, i - k < 6, f.lower[k] != "of" || f.mentionAt[k] >= 0 { k -= 1 }
        if f.lower[k] == "of", k < i { head = k - 1 } else if f.mentionAt[i] >= 0 { return nil }
        guard head > 0, f.isIn(head, WordClass.actNouns) else { return nil }
        var j = head - 1
        while j > 0, f.mentionAt[j] < 0, f.tokens[j].kind == .word, !f.tokens[j].isCapitalized, head - j < 3,
              !f.isIn(j, WordClass.prepositions), !f.isIn(j, WordClass.determiners) { j -= 1 }
        guard f.word(j) == "'s", let m = f.mention(at: j - 1), SentenceFrame.isActor(f.types[m]) else { return nil }
        return m
    }

    /// The subject of a clause whose verb group starts at `start`: the antecedent of a relative
    /// pronoun right before it, else the nearest actor leftwards that is not an object, a
    /// prepositional object or a possessor, without crossing a clause boundary.
    func subject(before start: Int, limit: Int = 25) -> (group: [Int], distance: Int, relative: Bool)? {
        var i = start - 1
        while i >= 0, f.mentionAt[i] < 0, f.isIn(i, WordClass.adverbs) { i -= 1 }
        if let s = subjectBeforeParenthetical(closingAt: i, start: start) { return s }
        // "X, who lost to Y in 2012, has been ...": a relative clause set off between the subject
        // and its verb is passed over whole; the subject is the pronoun's antecedent, never a name inside.
        var c = i
        while c > 0, f.mentionAt[c] < 0, f.isIn(c, WordClass.auxiliaryVerbs) || f.isIn(c, WordClass.adverbs) { c -= 1 }
        if f.word(c) == ",", let r = relativeClauseOpening(closingAt: c) { return antecedent(of: r, start: start) }
        if f.word(c) == ",", let leaders = ledByApposition(closingAt: c) { return (leaders, start - c, false) }
        if f.word(c) == ",", let included = includedApposition(closingAt: c) { return (included, start - c, false) }
        // A coordinated verb ("... and has joined", ", reaffirms") shares the subject of the verb
        // before it; otherwise another verb on the way means another clause.
        let coordinated = i >= 0 && ["and", "or", "but", ","].contains(f.lower[i]) || ["rather", "instead", "without"].contains(f.word(start))
        if i == start - 1, f.word(i) == "," { i -= 1 }
        // "X rejected the plan but (also) criticized Y": "but" joins the verbs here, it ends no clause.
        if coordinated, f.word(i) == "but" {
            i -= 1
            if f.word(i) == "," { i -= 1 }
        }
        // "X said on Monday, criticizing Y", "X issued a statement criticizing Y": a participle
        // after a comma or a message is done by the subject of the clause, also across a verb of saying.
        let participle = UTF8Bytes.characterCount(f.lower[start]) > 5 && f.lower[start].hasSuffix("ing") && f.mentionAt[start] < 0
            && (f.word(start - 1) == "," || messageBefore(start))
        // "X abstained on (vetoed) a resolution condemning Y": a message the subject turned down
        // is not the subject's.
        if participle, f.word(start - 1) != ",", messageDenied(before: start) { return nil }
        // "India's decision to refrain from joining": the possessor of the verb group's noun.
        if i > 0, f.lower[i] == "'s", let m = f.mention(at: i - 1), SentenceFrame.isActor(f.types[m]) {
            return ([m], start - i, false)
        }
        // "officials who it said had helped X", "emails that U.S. agencies say were hacked by Y":
        // a speaker set into a relative clause is not its subject; the pronoun's antecedent is,
        // when it is the name right before the pronoun.
        // "named 21 states it said had been targeted": a contact relative clause with its speaker;
        // its subject is the plain noun before the speaker, no entity.
        if i >= 2, isSpeech(i) == 1, let sp = f.mention(at: i - 1), f.mentions[sp].form == .reference, f.mentions[sp].tokenRange.count == 1,
           f.mentionAt[i - 2] < 0, f.tokens[i - 2].kind == .word, !f.tokens[i - 2].isCapitalized, !triggerAt[i - 2],
           !f.isIn(i - 2, WordClass.prepositions), !f.isIn(i - 2, WordClass.determiners), !f.isIn(i - 2, WordClass.boundaries),
           !f.isIn(i - 2, WordClass.relativePronouns), !f.isIn(i - 2, WordClass.subordinators) {
            return nil
        }
        if let r = relativeBeforeSpeaker(i) {
            let before = f.word(r - 1) == "," ? r - 2 : r - 1
            return f.mention(at: before) != nil ? antecedent(of: r, start: start) : nil
        }
        if i >= 0, f.mentionAt[i] < 0, f.isIn(i, WordClass.relativePronouns) {
            return antecedent(of: i, start: start)
        }
        if let owner = actOwner(before: i, verb: start) { return ([owner], start - i, false) }
        // "X railed against Y while providing Z with arms", "X angered Y by backing Z": a
        // participle after a subordinator is done by the main clause's subject, past its verbs.
        if start >= 2, i == start - 1, f.mentionAt[start] < 0, ClauseParser.participleSubordinators.contains(f.lower[i]),
           UTF8Bytes.characterCount(f.lower[start]) > 5, f.lower[start].hasSuffix("ing") {
            let j = f.word(i - 1) == "," ? i - 2 : i - 1
            return j >= 0 ? nearestSubject(from: j, start: start, limit: limit, coordinated: true, participle: true) : nil
        }
        if let joint = joinedInGerund(start) { return joint }
        // "..., Zinke will work with X": a name right before the verb that is no entity is the
        // subject; an earlier entity is not.
        if !coordinated, i > 0, i == start - 1, f.mentionAt[i] < 0, f.tokens[i].kind == .word, f.tokens[i].isCapitalized,
           verbs.titles.match(at: i, lemmas: f.lemmas) == nil, !f.isIn(i, verbs.titles.allWords),
           !f.isIn(i, WordClass.determiners), !f.isIn(i, WordClass.relativePronouns), !f.isIn(i, WordClass.dateWords),
           f.tokens[i].text.unicodeScalars.dropFirst().allSatisfy({ !("A"..."Z").contains($0) }) {
            return nil
        }
        return nearestSubject(from: i, start: start, limit: limit, coordinated: coordinated, participle: participle)
    }

    /// Subordinators before a participle whose subject is the main clause's ("while", "by").
    static let participleSubordinators: Set<String> = ["while", "when", "after", "before", "by", "without", "despite"]

    /// "Kyiv's Western backers, led by Washington and Berlin, have pledged ...", "Opposition MPs,
    /// led by X, protested ...": a group that is no entity, set off with those who lead it, acts
    /// through them. The leaders' group before the comma at `comma`, when it opens so.
    func ledByApposition(closingAt comma: Int) -> [Int]? {
        // "headed by (China's) Foreign Minister X": the leader's title and state stand between.
        guard let (g, first, titled) = actorsBeforeComma(comma) else { return nil }
        var k = titled
        if k < f.mentions[first].tokenRange.lowerBound - 1, let s = f.mention(at: k), f.types[s] == .country {
            k = f.mentions[s].tokenRange.lowerBound - 1
        }
        if f.word(k) == "the" { k -= 1 }
        guard f.word(k) == "by", ["led", "headed", "spearheaded"].contains(f.word(k - 1)), f.word(k - 2) == ",",
              k - 3 >= 0, f.mentionAt[k - 3] < 0, f.tokens[k - 3].kind == .word else { return nil }
        return g
    }

    /// The list of actors (none a possessor) that ends right before the comma at `comma`, its
    /// first mention, and the token before the capitalized titles that open it.
    private func actorsBeforeComma(_ comma: Int) -> (group: [Int], first: Int, before: Int)? {
        guard let last = f.mention(at: comma - 1) else { return nil }
        let g = f.group(of: last)
        guard let first = g.first, g.allSatisfy({ SentenceFrame.isActor(f.types[$0]) && !f.isPossessive($0) }) else { return nil }
        var k = f.mentions[first].tokenRange.lowerBound - 1
        while k > 0, f.mentionAt[k] < 0, f.tokens[k].isCapitalized, f.isIn(k, verbs.titles.allWords) { k -= 1 }
        return (g, first, k)
    }

    /// "Several countries, including A and B, condemned X", "Critics, among them Senator A,
    /// ...": a plural group that is no entity, set off with the named ones it includes, acts
    /// through them. The included group before the comma at `comma`, when it opens so.
    func includedApposition(closingAt comma: Int) -> [Int]? {
        // ("including Senator X": the person's title stands between.)
        guard let (g, _, titled) = actorsBeforeComma(comma) else { return nil }
        var k = titled
        if f.isIn(k, RuleEngine.exampleOpeners) || f.word(k) == "notably" { k -= 1 }
        else if f.word(k) == "as", f.word(k - 1) == "such" { k -= 2 }
        else if f.word(k) == "them", f.word(k - 1) == "among" { k -= 2 }
        else { return nil }
        // The group is a plural noun of actors ("countries", "Western governments", "critics").
        // ("Western countries" may be a region's mention.)
        guard f.word(k) == ",", k >= 1, f.isIn(k - 1, ClauseParser.actorGroupNouns) else { return nil }
        return g
    }

    /// "B joined A in condemning X", "B and C have joined A in imposing sanctions on X": the
    /// one joined and those who join it do the act of the gerund together.
    func joinedInGerund(_ start: Int) -> (group: [Int], distance: Int, relative: Bool)? {
        guard start >= 3, f.mentionAt[start] < 0, f.lower[start].hasSuffix("ing"), f.word(start - 1) == "in",
              let m = f.mention(at: start - 2) else { return nil }
        let joined = f.group(of: m)
        guard let first = joined.first, joined.allSatisfy({ SentenceFrame.isActor(f.types[$0]) && !f.isPossessive($0) }) else { return nil }
        var v = f.mentions[first].tokenRange.lowerBound - 1
        if f.word(v) == "the" { v -= 1 }
        guard v > 0, f.mentionAt[v] < 0, f.has(v, lemma: "join") else { return nil }
        var g = v
        while g > 0, f.mentionAt[g - 1] < 0, f.isIn(g - 1, WordClass.auxiliaryVerbs) || f.isIn(g - 1, WordClass.adverbs) { g -= 1 }
        guard let joiners = subject(before: g) else { return nil }
        return (joiners.group + joined, joiners.distance + (start - v), joiners.relative)
    }

    /// "The leaders of A, B and C pledged ...", "the navies of A and B": officials or forces of
    /// states, opening the clause, act for them; whether the list at `first` is theirs.
    func officialsOfStatesOpen(_ first: Int) -> Bool {
        let lo = f.mentions[first].tokenRange.lowerBound
        guard f.word(lo - 1) == "of" || f.word(lo - 1) == "from" else { return false }
        var k = lo - 2
        guard k >= 0, f.mentionAt[k] < 0, f.lower[k].hasSuffix("s"),
              f.isIn(k, RuleEngine.officialPartyNouns) || ["navies", "armies", "militaries", "forces", "troops"].contains(f.lower[k]) else { return false }
        k -= 1
        if k >= 0, f.mentionAt[k] < 0, f.isIn(k, RuleEngine.portfolioWords) || ["top", "senior", "armed", "foreign"].contains(f.lower[k]) { k -= 1 }
        if k >= 0, f.lower[k] == "the" { k -= 1 }
        return k < 0 || f.lower[k] == ","
    }

    /// The relative pronoun ("who", "which") right after the comma that opens the clause the
    /// comma at `comma` closes, or nil when another clause boundary comes first.
    private func relativeClauseOpening(closingAt comma: Int) -> Int? {
        var j = comma - 1
        while j > 0, comma - j < 30 {
            if f.lower[j] == "," { return f.mentionAt[j + 1] < 0 && ["who", "which"].contains(f.lower[j + 1]) ? j + 1 : nil }
            if f.isIn(j, WordClass.boundaries) && !["who", "which"].contains(f.lower[j]) { return nil }
            j -= 1
        }
        return nil
    }

    /// The nearest actor leftwards from `i` that can be the subject of the verb group at
    /// `start`, without crossing another verb (unless `coordinated`), a boundary or a pronoun.
    private func nearestSubject(from i: Int, start: Int, limit: Int, coordinated: Bool, participle: Bool)
        -> (group: [Int], distance: Int, relative: Bool)? {
        var i = i
        var steps = 0
        while i >= 0, steps < limit {
            if triggerAt[i], !coordinated, i != start - 1 { return nil }
            if let m = f.mention(at: i) {
                let r = f.mentions[m].tokenRange
                // "Trump allies have accused X", "a U.S. judge blocked Y": the name modifies
                // the real subject, a group that is no entity.
                if SentenceFrame.isActor(f.types[m]), !f.isPossessive(m), f.mentions[m].form == .name,
                   f.isIn(r.upperBound, WordClass.modifiedNonActors) { return nil }
                // "a Facebook page contained ...", "NATO members backed ...": a plain noun between
                // the name and the verb is the subject, and the name only modifies it.
                // Only before a finite verb: in "the U.S. commitment to stand with X" the
                // infinitive's subject is the name's (a control noun).
                if SentenceFrame.isActor(f.types[m]), f.mentions[m].form == .name, r.upperBound + 1 == start, f.word(start) != "to",
                   nounModifiedByName(r.upperBound) { return nil }
                // "The attack led (President) X to launch strikes": the object of a verb of
                // causing is the subject of the infinitive after it.
                if r.upperBound + 1 == start || r.upperBound == start, f.word(r.upperBound) == "to", SentenceFrame.isActor(f.types[m]), causedBy(m) {
                    return (f.group(of: m), 1, false)
                }
                // "X visited Y and backed Z", "X refused to recognise Y and backed Z": the object of
                // an earlier verb, even one no rule reads, is not the subject the verbs share.
                if coordinated, isObjectOfAVerb(m) {
                    i = r.lowerBound - 1
                    steps += 1
                    continue
                }
                if SentenceFrame.isActor(f.types[m]), standsForActor(m), isAbsoluteSubject(m, before: start) {
                    return (f.group(of: m), start - r.upperBound, false)
                }
                if f.types[m] == .country, let first = f.group(of: m).first, officialsOfStatesOpen(first),
                   f.group(of: m).allSatisfy({ f.types[$0] == .country && f.mentions[$0].form != .demonym }) {
                    return (f.group(of: m), start - r.upperBound, false)
                }
                if SentenceFrame.isActor(f.types[m]), standsForActor(m), !isObjectLike(m) {
                    let g = f.group(of: m)
                    if !isObjectLike(g.first!) { return (g, start - r.upperBound, false) }
                }
                i = r.lowerBound - 1
                steps += 1
                continue
            }
            let w = f.lower[i]
            // "X, which controls Y, has pledged ..." / "X – which A and has rejected B": the
            // relative clause's antecedent is the subject of every verb in it and after it.
            if w == "which" || w == "who" { return antecedent(of: i, start: start) }
            // "X, whose troops back Y,": the antecedent acts through its organ.
            if w == "whose", ((i + 1)..<start).contains(where: { f.isIn($0, WordClass.governmentHeads) }) {
                return antecedent(of: i, start: start)
            }
            // An unresolved pronoun ("it would be harder to find ...") is a subject of its own.
            if ["it", "he", "she", "they", "we", "i", "you"].contains(w) { return nil }
            if f.isIn(i, WordClass.boundaries) { return nil }
            // ("the claims", "Russia's statement": a noun after a determiner or possessor, no verb.)
            if isSpeech(i) != nil, i < start - 1, !participle, !isNounAfterArticle(i) { return nil }
            i -= 1
            steps += 1
        }
        return nil
    }

    /// Verbs (as lemmas) whose object is made to do what the infinitive after it says.
    static let causingVerbs: Set<String> = ["lead", "prompt", "spur", "cause", "drive", "force", "compel", "oblige", "provoke"]

    /// Whether mention `m` (with its title and state before it) is the object of a verb of causing.
    func causedBy(_ m: Int) -> Bool {
        var j = f.mentions[f.group(of: m).first ?? m].tokenRange.lowerBound - 1
        while j > 0, f.mentionAt[j] < 0 ? f.tokens[j].isCapitalized && f.isIn(j, verbs.titles.allWords) : f.types[f.mentionAt[j]] == .country {
            j = f.mentionAt[j] < 0 ? j - 1 : f.mentions[f.mentionAt[j]].tokenRange.lowerBound - 1
        }
        return j >= 0 && f.mentionAt[j] < 0 && f.lemmas[j].contains { ClauseParser.causingVerbs.contains($0) }
    }

    /// Whether mention `m` follows a word that is a verb by its form: a past tense or participle
    /// ("visited", "met", "restraining") not after a determiner (which makes it an adjective: "the embattled X"), or a
    /// base form after "to" ("to recognise X").
    func isObjectOfAVerb(_ m: Int) -> Bool {
        // ("found himself ..., exchanging": a reflexive stands for the subject.)
        if f.mentions[m].form == .reference, f.mentions[m].text.hasSuffix("self") || f.mentions[m].text.hasSuffix("selves") { return false }
        var j = f.mentions[m].tokenRange.lowerBound - 1
        while j >= 0, f.mentionAt[j] < 0, ["the", "a", "an"].contains(f.lower[j]) { j -= 1 }
        guard j >= 1, f.mentionAt[j] < 0, f.tokens[j].kind == .word, !f.tokens[j].isCapitalized,
              !f.isIn(j, WordClass.prepositions), !f.isIn(j, WordClass.determiners) else { return false }
        // "said X", "told X": after a verb of saying X opens the reported clause; "ordered X to
        // defend ... and attack": X is the subject of the infinitives.
        if isSpeech(j) != nil || f.word(f.mentions[m].tokenRange.upperBound) == "to" { return false }
        let w = f.lower[j]
        if f.lower[j - 1] == "to" { return true }
        if f.isIn(j - 1, WordClass.determiners) || f.lower[j - 1] == "'s" { return false }
        return UTF8Bytes.characterCount(w) > 4 && w.hasSuffix("ed") || UTF8Bytes.characterCount(w) > 5 && w.hasSuffix("ing")
            || ClauseParser.pastForms.contains(w)
    }

    /// Every irregular form of the verb table.
    static let irregularForms: Set<String> = Set(Inflection.irregular.values.joined())
    /// Irregular past forms of the verb table ("met", "led", "sent").
    static let pastForms: Set<String> = Set(Inflection.irregular.filter { !["be", "have", "do"].contains($0.key) }.values.joined())

    /// "X – which opposed Y – criticized Z", "X (a rival of Y) criticized Z", "X, whose navy
    /// patrols the coast, criticized Z", "X, a close ally of Y, criticized Z": a parenthetical
    /// closing at `close`, right before the verb group, stands between the subject and its verb.
    /// Dashes and brackets enclose any aside; commas a relative clause or a noun phrase.
    private func subjectBeforeParenthetical(closingAt close: Int, start: Int) -> (group: [Int], distance: Int, relative: Bool)? {
        guard close > 1, f.mentionAt[close] < 0 else { return nil }
        let c = f.lower[close]
        let dash = WordClass.dashes.contains(c)
        guard dash || c == ")" || c == "," else { return nil }
        var j = close - 1
        var steps = 0
        while j > 0, steps < 30 {
            let w = f.lower[j]
            if dash ? WordClass.dashes.contains(w) : w == (c == ")" ? "(" : ",") { break }
            if [".", ";", ":", "(", ")"].contains(w) || dash && w == "," && c != "," { return nil }
            j -= 1
            steps += 1
        }
        guard j > 0, steps > 0, steps < 30 else { return nil }
        if c == ",", aside(open: j, close: close) == nil { return nil }
        guard let m = f.mention(at: j - 1), f.mentions[m].tokenRange.upperBound == j, SentenceFrame.isActor(f.types[m]),
              standsForActor(m), !f.isPossessive(m), !isObjectLike(f.group(of: m).first!) else { return nil }
        return (f.group(of: m), start - j, false)
    }

    /// The relative pronoun before a speaker and a verb of saying that end at `i` ("who it said",
    /// "that U.S. agencies say"), if any: the speaker is up to three names or plain words.
    func relativeBeforeSpeaker(_ i: Int) -> Int? {
        guard i >= 2, f.mentionAt[i] < 0, isSpeech(i) == 1 else { return nil }
        var k = i - 1
        var words = 0
        while k >= 0, words < 3 {
            if let m = f.mention(at: k) { k = f.mentions[m].tokenRange.lowerBound - 1; words += 1; continue }
            guard !f.isIn(k, WordClass.relativePronouns), !f.isIn(k, WordClass.boundaries), !verbish[k],
                  f.tokens[k].kind == .word else { break }
            k -= 1
            words += 1
        }
        return words > 0 && k >= 0 && f.mentionAt[k] < 0 && f.isIn(k, WordClass.relativePronouns) ? k : nil
    }

    /// Whether the word at `i` follows an article, a possessive pronoun or a possessor, so it is
    /// a noun ("the claims", "Russia's statement"), whatever verb it could also be.
    func isNounAfterArticle(_ i: Int) -> Bool {
        ["the", "a", "an", "its", "their", "his", "her", "our"].contains(f.word(i - 1))
            || (i > 0 && f.mentionAt[i - 1] >= 0 && f.isPossessive(f.mentionAt[i - 1]))
    }

    /// A message noun right before `i`, or before a date phrase that ends there ("a letter on
    /// Monday accusing X"): the "-ing" verb at `i` is the message's author's act.
    /// Verbs of turning down a message or a motion ("abstained on", "vetoed"), in every form.
    static let messageDenials = WordSet(WordLists.strings("messageDenials").flatMap(Inflection.forms(of:)))

    /// Whether the message noun before the participle at `i` is the object of a verb of turning
    /// it down, a few words before it ("vetoed a draft resolution", "voted against the statement").
    func messageDenied(before i: Int) -> Bool {
        var k = i - 2
        var steps = 0
        while k >= 0, steps < 4, f.mentionAt[k] < 0, !f.isIn(k, WordClass.boundaries) {
            if f.isIn(k, ClauseParser.messageDenials) || f.lower[k] == "against" { return true }
            k -= 1
            steps += 1
        }
        return false
    }

    func messageBefore(_ i: Int) -> Bool {
        var k = i - 1
        while k > i - 5, k > 0, f.mentionAt[k] < 0, f.isIn(k, WordClass.dateWords) || f.isIn(k, WordClass.dateFillers) {
            k -= 1
        }
        return k >= 0 && f.mentionAt[k] < 0 && f.isIn(k, WordClass.messageNouns)
    }

    /// "with the EU touting the need to respect X": the name after "with" is the subject of the
    /// "-ing" verb right after it (an absolute clause), and so of the verbs that clause governs.
    func isAbsoluteSubject(_ m: Int, before start: Int) -> Bool {
        let g = f.group(of: m)
        var b = f.mentions[g.first!].tokenRange.lowerBound - 1
        if f.word(b) == "the" { b -= 1 }
        guard f.word(b) == "with" else { return false }
        var k = f.span(of: g).upperBound
        // (Adverbs may stand before the "-ing" verb, and the verb group may start with them.)
        while k < f.count, f.isIn(k, WordClass.adverbs) || (UTF8Bytes.characterCount(f.lower[k]) > 5 && f.lower[k].hasSuffix("ly")) { k += 1 }
        return k <= start + 3 && k < f.count && f.mentionAt[k] < 0 && UTF8Bytes.characterCount(f.lower[k]) > 4 && f.lower[k].hasSuffix("ing")
    }

    /// Whether the word at `k`, right after a name and right before a verb, is a common noun
    /// the name modifies (not an adverb, date, title, government word or known verb form).
    func nounModifiedByName(_ k: Int) -> Bool {
        guard k < f.count, f.mentionAt[k] < 0, f.tokens[k].kind == .word, !f.tokens[k].isCapitalized, !verbish[k] else { return false }
        let w = f.lower[k]
        if f.isIn(k, WordClass.adverbs) || f.isIn(k, WordClass.dateWords) || ["today", "yesterday", "tonight", "now"].contains(w)
            || f.isIn(k, WordClass.governmentHeads) || verbs.titles.allWords.contains(w) || f.isIn(k, WordClass.prepositions)
            || f.isIn(k, WordClass.boundaries) || f.isIn(k, WordClass.determiners) || ["and", "or", "'s", "'"].contains(w) { return false }
        // "Houthi rebels", "NATO members": the group's own people act for it.
        if f.isIn(k, WordClass.memberNouns) { return false }
        if w.hasSuffix("ly") || w.hasSuffix("ed") || verbs.lemmas(of: w) != [w] { return false }
        return true
    }

    /// The antecedent of the relative pronoun at `i`: the nearest actor before it, across an
    /// apposition ("NATO Plus, a security arrangement that ...") but not across a verb.
    func antecedent(of i: Int, start: Int) -> (group: [Int], distance: Int, relative: Bool)? {
        do {
            var j = i - 1
            var steps = 0
            // "X, a veteran of the NSA who joined Y": "who" is the person, not the body in the
            // "of" phrase (kept as a fallback when no person stands before it).
            var fallback: Int?
            while j >= 0, steps < (fallback == nil ? 7 : 9) {
                if let m = f.mention(at: j) {
                    // "the Russian colleague who ...", "a Belarus-born emigre who ...": a demonym
                    // describes the person noun right before the pronoun and is no antecedent
                    // (officials, forces or rebels do act for their state or group).
                    if f.mentions[m].form == .demonym, f.mentions[m].tokenRange.upperBound + 1 == i, f.mentionAt[i - 1] < 0,
                       f.tokens[i - 1].kind == .word, !f.isIn(i - 1, WordClass.governmentHeads),
                       !f.isIn(i - 1, WordClass.memberNouns) { return nil }
                    // "a Toronto company that ...": the antecedent is the company, not Toronto.
                    if f.mentions[m].tokenRange.upperBound < i, f.mentions[m].form == .name, modifiesNoun(m) { return nil }
                    if f.lower[i] == "who", fallback == nil, f.types[m] != .person, SentenceFrame.isActor(f.types[m]),
                       f.word(f.mentions[m].tokenRange.lowerBound - 1) == "of"
                        || f.word(f.mentions[m].tokenRange.lowerBound - 1) == "the" && f.word(f.mentions[m].tokenRange.lowerBound - 2) == "of" {
                        fallback = m
                        j = f.mentions[m].tokenRange.lowerBound - 1
                        steps += 1
                        continue
                    }
                    if SentenceFrame.isActor(f.types[m]), !f.isPossessive(m) || standsForActor(m), fallback == nil || f.types[m] == .person {
                        return (f.group(of: m), start - f.mentions[m].tokenRange.upperBound, true)
                    }
                    j = f.mentions[m].tokenRange.lowerBound - 1
                    steps += 1
                    continue
                }
                if f.isIn(j, WordClass.boundaries) || verbish[j] { break }
                j -= 1
                steps += 1
            }
            return fallback.map { (f.group(of: $0), start - f.mentions[$0].tokenRange.upperBound, true) }
        }
    }
}
