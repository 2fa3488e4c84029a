import KGraphModel

/// Objects: the mention right of a trigger, and names that only modify a noun.
extension ClauseParser {
    /// Nouns of private bodies and people ("firm", "media", "lobbying", "investors"): a name or
    /// demonym right before one only says where they are from.
    static let privateBodyNouns: WordSet = WordLists.set("privateBodyNouns")

    /// "a Washington lobbying firm", "Russian media outlets", "U.S. companies": a name right
    /// before a private body's noun modifies it and is no actor. ("Russian state media" is
    /// the state's.)
    func modifiesPrivateBody(_ m: Int) -> Bool {
        let e = f.mentions[m].tokenRange.upperBound
        guard e < f.count, f.mentionAt[e] < 0, f.tokens[e].kind == .word, !f.tokens[e].isCapitalized else { return false }
        return f.isIn(e, ClauseParser.privateBodyNouns)
    }

    /// A name used as a modifier of a common noun ("a UN Security Council debate", "U.S. goods"):
    /// the noun, not the name, is what is backed, proposed or joined.
    func modifiesNoun(_ m: Int) -> Bool {
        // "a Moscow-based think tank", "U.S.-based companies": a place a body is based in.
        let after = f.mentions[m].tokenRange.upperBound
        if f.word(after) == "-based" || f.isIn(after, WordClass.dashes) && f.word(after + 1) == "based"
            || f.lower[after - 1].hasSuffix("-based") { return true }
        // ("the White House meeting": a metonym modifies a noun as a name does.)
        guard f.mentions[m].form == .name || f.mentions[m].form == .metonym, f.group(of: m).last == m else { return false }
        var e = f.mentions[m].tokenRange.upperBound
        if e < f.count, f.isIn(e, WordClass.quotes) { e += 1 }  // "the 'open seas' principle"
        guard e < f.count, f.mentionAt[e] < 0, f.tokens[e].kind == .word, !f.tokens[e].isCapitalized else { return false }
        let w = f.lower[e]
        // "U.S. efforts", "the EU plan": nouns that are also control or proposal words.
        // "the White House meeting": an "-ing" word after "the NAME" is a noun.
        // "U.S. allies": people a name only modifies read as nouns, never as verbs.
        let noun = f.isIn(e, WordClass.controlNouns) || f.isIn(e, WordClass.proposalNouns) || f.isIn(e, WordClass.modifiedNonActors)
            || WordClass.eventNouns.contains(w) && SentenceFrame.isActor(f.types[m])
            || UTF8Bytes.characterCount(w) > 5 && w.hasSuffix("ing") && ["the", "a", "an"].contains(f.word(f.mentions[m].tokenRange.lowerBound - 1))
        if f.isIn(e, WordClass.prepositions) || f.isIn(e, WordClass.boundaries) || w == "and" || w == "or" || w == "'s" || verbish[e] && !noun {
            return false
        }
        // A verb or adverb after the name ("... surprised many", "... again") is no noun.
        if !noun, w.hasSuffix("ed") || w.hasSuffix("ly") || f.isIn(e, WordClass.adverbs) || verbs.lemmas(of: w) != [w] { return false }
        // "... proposed X last week", "... backed X this year": a time phrase follows the object.
        if f.isIn(e, WordClass.timeStarters) || f.isIn(e, WordClass.dateWords) { return false }
        // "... a pact with X two years ago", "... X three months later": a span of time.
        if f.isCount(e) || w == "a",
           f.isIn(e + 1, WordClass.timeSpanNouns) { return false }
        // "the 'Quad' security forum": a head further on may still name the thing itself (a
        // state's name never does: "the Paris climate accord" is no state).
        if f.types[m] == .country { return true }
        var k = e
        while k < min(f.count, e + 3), f.mentionAt[k] < 0, f.tokens[k].kind == .word, !f.tokens[k].isCapitalized {
            // "violates the arms control treaty": a pact named by a principle is no stance on it.
            if f.types[m] == .principle, f.isIn(k, WordClass.pactNouns) { return true }
            if f.isIn(k, WordClass.headNounsKeepingName) { return false }
            // "pursued an 'America First' approach", "a free trade agenda": the policy is the principle's.
            if f.types[m] == .principle, f.isIn(k, RuleEngine.policyNouns) { return false }
            k += 1
        }
        return true
    }

    /// "a region China sees", "the deal Iran signed": an article, one plain noun, then a name
    /// followed by a finite verb form; the name is the subject of a relative clause without
    /// "that". (Acts keep their author: "an attack Russia launched" is read elsewhere.)
    func opensContactRelative(_ m: Int, at i: Int) -> Bool {
        guard f.mentions[m].form == .name, ["a", "an", "the"].contains(f.word(i - 2)),
              f.mentionAt[i - 1] < 0, f.tokens[i - 1].kind == .word, !f.tokens[i - 1].isCapitalized else { return false }
        let noun = f.lower[i - 1]
        if f.isIn(i - 1, NameWords.numberWords) || f.isIn(i - 1, WordClass.controlNouns) || f.isIn(i - 1, WordClass.proposalNouns)
            || WordClass.eventNouns.contains(noun) || verbish[i - 1] { return false }
        let after = f.mentions[f.group(of: m).last ?? m].tokenRange.upperBound
        guard after < f.count, f.mentionAt[after] < 0, f.tokens[after].kind == .word, !f.tokens[after].isCapitalized else { return false }
        let w = f.lower[after]
        // A plural noun also ends in "-s" ("the joint U.S. drills"): a present verb needs its
        // complement after it ("sees as", "wants to", "calls its").
        let complement = ["as", "to", "that", "it", "them"].contains(f.word(after + 1)) || f.isIn(after + 1, WordClass.determiners)
        guard UTF8Bytes.characterCount(w) > 3, w.hasSuffix("ed") || w.hasSuffix("s") && !w.hasSuffix("ss") && complement,
              !f.isIn(after, WordClass.modifiedNonActors), !f.isIn(after, WordClass.controlNouns), !f.isIn(after, WordClass.proposalNouns),
              !WordClass.eventNouns.contains(w) else { return false }
        return true
    }

    /// The object of a trigger ending at `from`: the first mention of a type `accept` allows,
    /// skipping modifiers and other mentions, up to a stop word (clause boundary, preposition
    /// other than "of/in/for", comma, another verb). A possessor is passed over in favour of a
    /// mention inside its noun phrase ("Japan's 'Asian NATO' proposal"); a bare possessor is no object.
    /// Nouns for a threat that stands for the side it comes from ("the threat from X").
    static let threatNouns: WordSet = WordLists.set("threatNouns")

    /// Places a hostile act hits inside a state ("targets", "positions", "bases").
    static let targetPlaceNouns: WordSet = WordLists.set("targetPlaceNouns")
    /// Words of depth between a place and "inside" ("deep inside").
    static let depthWords: WordSet = WordLists.set("depthWords")

    /// A state's people and goods, which measures bar ("travelers", "nationals", "imports").
    static let peopleAndGoodsNouns: WordSet = WordLists.set("peopleAndGoodsNouns")

    func object(from: Int, limit: Int = 8, possessorOK: Bool = false, modifiersOnly: Bool = false, agentOK: Bool = false,
                authorOK: Bool = false, threatOK: Bool = false, accept: (Int) -> Bool) -> (group: [Int], distance: Int)? {
        var i = from
        var steps = 0
        var skippedMention = false
        while i < f.count, steps <= limit {
            if let m = f.mention(at: i) {
                if f.isPossessive(m) {
                    return objectAfterPossessor(m, at: i, from: from, possessorOK: possessorOK, modifiersOnly: modifiersOnly,
                                                authorOK: authorOK, accept: accept)
                }
                // "committed to a region China sees as its own": the name opens a relative
                // clause on the noun before it, which is the object.
                if !agentOK, i - 2 >= from, opensContactRelative(m, at: i) { return nil }
                // "condemned U.S. adversaries such as X and Y": the examples, not the modifier.
                if let k = examplesOfModifiedNoun(m), let x = f.mention(at: k), accept(x), !f.isPossessive(x) {
                    return (f.group(of: x).filter(accept), k - from)
                }
                if accept(m) && !f.namesAnEraOrStyle(m) {
                    return acceptedObject(m, at: i, from: from, possessorOK: possessorOK, modifiersOnly: modifiersOnly,
                                          authorOK: authorOK, accept: accept)
                }
                i = f.mentions[m].tokenRange.upperBound
                steps += 1
                skippedMention = true
                continue
            }
            let w = f.lower[i]
            if skippedMention, w == "in" || w == "into" { i += 1; steps += 1; continue }
            if w == "such", f.word(i + 1) == "as" { i += 2; steps += 1; continue }
            // "criticized Western countries, including X": the examples of a plural noun.
            if i > from, w == "," || w == "including", f.mentionAt[i - 1] < 0, f.isIn(i - 1, ClauseParser.actorGroupNouns) {
                let k = w == "," ? i + 1 : i
                if f.word(k) == "including" { i = k + 1; steps += 1; continue }
                if f.word(k) == "such", f.word(k + 1) == "as" { i = k + 2; steps += 1; continue }
            }
            // "denounced what it called X's bullying": the phrase the speaker frames is the object.
            if i == from, let framing = framingClause(at: i) { i = framing.end; steps += 1; continue }
            if w == "belonging" || w == "owned", f.word(i + 1) == "to" || f.word(i + 1) == "by" { i += 2; steps += 1; continue }
            // "condemned the move by X", "welcomed the decision by X": the author of the act.
            if agentOK, !skippedMention, w == "by", i > from, f.tokens[i - 1].kind == .word, !f.isIn(i - 1, WordClass.prepositions),
               !f.isIn(i - 1, WordClass.determiners) {
                let k = f.word(i + 1) == "the" ? i + 2 : i + 1
                if let m = f.mention(at: k), accept(m), !f.isPossessive(m), f.mentions[m].form != .demonym { return (agentList(m, accept), k - from) }
            }
            // "counter the threat from X", "warned the danger posed by X has grown": a threat
            // stands for the side it comes from.
            if threatOK, !skippedMention, i > from, f.isIn(i - 1, ClauseParser.threatNouns), w == "from" || w == "posed" && f.word(i + 1) == "by" {
                let k = w == "from" ? i + 1 : i + 2
                let at = f.word(k) == "the" ? k + 1 : k
                if let m = f.mention(at: at), accept(m), !f.isPossessive(m) { return (agentList(m, accept), at - from) }
            }
            // "struck targets in X", "shelled positions inside Y": a hostile act on places in a
            // state acts against the state.
            // ("a refinery deep inside Y": a word of depth may stand before "in"/"inside". After
            // one place, "from Y" is where the act came from: "shelled the town from Y".)
            if threatOK, !skippedMention, i > from, w == "in" || w == "inside" || w == "across" || w == "from" && f.lower[i - 1].hasSuffix("s"),
               f.isIn(i - 1, ClauseParser.targetPlaceNouns)
                || w != "from" && w != "across" && f.isIn(i - 1, ClauseParser.depthWords) && i - 1 > from && f.isIn(i - 2, ClauseParser.targetPlaceNouns),
               let m = f.mention(at: i + 1), f.types[m] == .country, f.mentions[m].form == .name, accept(m), !f.isPossessive(m) {
                return ([m], i + 1 - from)
            }
            // "banned travelers from X, Y and Z", "barred imports from X": a measure against a
            // state's people or goods is one against the state (each state of the list).
            if threatOK, !skippedMention, i > from, w == "from" || w == "of", f.isIn(i - 1, ClauseParser.peopleAndGoodsNouns),
               let m = f.mention(at: i + 1), f.types[m] == .country, f.mentions[m].form == .name, accept(m), !f.isPossessive(m) {
                return (f.group(of: m).filter { f.types[$0] == .country && accept($0) }, i + 1 - from)
            }
            if f.isIn(i, WordClass.boundaries) || f.isIn(i, WordClass.stopPrepositions) || w == "," || w == "and" || w == "or" {
                if w == "like" { i += 1; steps += 1; continue }
                break
            }
            // "condemned the move announced on Monday by X": the agent of the act is the one
            // opposed (when no name came before it).
            if agentOK, !skippedMention, i > from, let agent = agentObject(after: i, from: from, accept: accept) { return agent }
            // In that reading "the move", "the decision" are plain nouns.
            if verbish[i], i > from, !(agentOK && (f.isIn(i, WordClass.controlNouns) || f.isIn(i, WordClass.proposalNouns))) { break }
            i += 1
            steps += 1
        }
        return nil
    }

    /// Plural nouns of groups of actors, whose examples may follow ("allies such as X").
    static let actorGroupNouns: WordSet = WordLists.set("actorGroupNouns")

    /// The first token of the examples of the plural noun that mention `m` modifies ("U.S.
    /// allies such as X", "Western powers, including X", "Gulf states like X"), or nil.
    func examplesOfModifiedNoun(_ m: Int) -> Int? {
        let e = f.mentions[m].tokenRange.upperBound
        // ("Western countries": the mention may hold the noun itself.)
        var n = f.isIn(e - 1, ClauseParser.actorGroupNouns) ? e - 1 : e
        // (Up to one more plain modifier: "U.S. military allies".)
        if n + 1 < f.count, f.mentionAt[n] < 0, f.tokens[n].kind == .word, !f.tokens[n].isCapitalized, !verbish[n],
           f.mentionAt[n + 1] < 0, f.tokens[n + 1].kind == .word, !f.tokens[n + 1].isCapitalized, f.lower[n + 1].hasSuffix("s") { n += 1 }
        guard n < f.count, n == e - 1 || f.mentionAt[n] < 0 && !f.tokens[n].isCapitalized, f.isIn(n, ClauseParser.actorGroupNouns) else { return nil }
        var k = n + 1
        if f.word(k) == "," { k += 1 }
        if f.word(k) == "such", f.word(k + 1) == "as" { k += 2 } else if f.word(k) == "including" || f.word(k) == "like" { k += 1 } else { return nil }
        if f.word(k) == "the" { k += 1 }
        return f.mention(at: k) != nil ? k : nil
    }

    /// The object read through a possessor `m` at `i`: a mention inside the possessed noun
    /// phrase, an apposition to it, or (where allowed) the possessor itself.
    private func objectAfterPossessor(_ m: Int, at i: Int, from: Int, possessorOK: Bool, modifiersOnly: Bool, authorOK: Bool,
                                      accept: (Int) -> Bool) -> (group: [Int], distance: Int)? {
        // (A possessive pronoun, "his", has no "'s" after it.)
        let e = f.mentions[m].tokenRange.upperBound
        let pronoun = !(f.word(e) == "'s" || f.word(e) == "'")
        var j = pronoun ? e : e + 1
        if pronoun, let n = f.mention(at: j) {
            let after = f.mentions[f.group(of: n).last ?? n].tokenRange.upperBound
            // "his Chinese counterpart Xi": a demonym and title introduce the person.
            if f.mentions[n].form == .demonym, let pm = f.person(from: after, within: 3), accept(pm) {
                return ([pm], f.mentions[pm].tokenRange.lowerBound - from)
            }
            // "his Beijing meetings", "their House and Senate majorities": a name modifying a
            // noun is not what the possessor's noun phrase names.
            // (A demonym before "counterparts" or "government" stands for its state.)
            if after < f.count, f.mentionAt[after] < 0, f.tokens[after].kind == .word,
               !f.isIn(after, WordClass.prepositions), !f.isIn(after, WordClass.boundaries),
               !["and", "or"].contains(f.lower[after]), !(f.mentions[n].form == .demonym && standsForActor(n)),
               // ("dumped its free trade policy": the policy is the principle's.)
               !(f.types[n] == .principle && !modifiesNoun(n)) { return nil }
        }
        // "blocked Chile's membership of the OECD": the state whose place in the body it is.
        // ("blocked Macedonia's NATO bid": the body may stand before the noun.)
        var head = j
        if let n = f.mention(at: j), f.types[n] == .alliance || f.types[n] == .organization { head = f.mentions[n].tokenRange.upperBound }
        if possessorOK, f.isIn(head, WordClass.membershipNouns), f.mentions[m].form != .reference, accept(m) { return ([m], i - from) }
        // "opposed Trump's (EPA) nominee Michael Dourson", "criticized Chile's ally, Peru": the
        // possessor's relative named right after the noun is the object.
        var rel = j
        if let n = f.mention(at: rel), f.types[n] == .organization || f.types[n] == .alliance { rel = f.mentions[n].tokenRange.upperBound }
        if rel < f.count, f.mentionAt[rel] < 0, f.isIn(rel, WordClass.othersOfAName) {
            let at = f.word(rel + 1) == "," ? rel + 2 : rel + 1
            if let n = f.mention(at: at), f.mentions[n].form == .name, f.types[n] == .person || f.types[n] == .country, accept(n) {
                return ([n], at - from)
            }
        }
        // "criticized Chile's allies": the possessor's allies are others.
        if (j..<min(f.count, j + 3)).first(where: { !f.isIn($0, RuleEngine.relationNounModifiers) })
            .map({ f.mentionAt[$0] < 0 && f.isIn($0, WordClass.othersOfAName) }) == true { return nil }
        var k = 0
        var proposal = false
        // "backed Morocco's autonomy plan for Western Sahara", "Egypt's request for Israel to
        // open ...": a state after a proposal's "for" is its subject or addressee, not what is
        // proposed, so backing it backs the possessor, its author.
        var aboutPlace = false
        while j < f.count, k < 5 {
            // "rejected X's request for a Senate briefing": the name modifies a noun.
            if let n = f.mention(at: j) {
                if proposal, f.word(j - 1) == "for" || f.word(j - 2) == "for" && f.word(j - 1) == "the",
                   f.types[n] == .country || f.types[n] == .region {
                    aboutPlace = true
                    break
                }
                if accept(n) && !(modifiersOnly && modifiesNoun(n)) { return ([n], j - from) }
                // "condemned Russia's annexation of Crimea": the region is no actor,
                // the possessor still is.
                break
            }
            let w = f.lower[j]
            if f.isIn(j, WordClass.quotes) { j += 1; continue }
            // "rejected Japan's call for an Asian NATO": read on to what is proposed.
            if f.isIn(j, WordClass.proposalNouns) { proposal = true; j += 1; k += 1; continue }
            if proposal, w == "for" || w == "of" { j += 1; k += 1; continue }
            // "Trump's predecessor, Barack Obama": the apposition names the object.
            if w == ",", k <= 2, let n = f.mention(at: j + 1), f.types[n] == .person { return accept(n) ? ([n], j + 1 - from) : nil }
            if f.isIn(j, WordClass.stopPrepositions) || f.isIn(j, WordClass.boundaries) || w == "," || verbish[j] { break }
            j += 1
            k += 1
        }
        // "criticised Trump's tactics": the possessor is the one opposed (but not the
        // author of a proposal, whose content was not named).
        // (Backing "Peru's bid" with no content named backs its author.)
        let author = authorOK && proposal
            && (aboutPlace || !(f.mentions[m].tokenRange.upperBound...min(j, f.count - 1)).contains { ["to", "for", "of", "that"].contains(f.lower[$0]) })
        return (!proposal || author) && possessorOK && accept(m) && f.mentions[m].form != .reference ? ([m], i - from) : nil
    }

    /// The object when the mention `m` at `i` is of an accepted type: the mention and the rest
    /// of its list, unless it only modifies a noun or is part of a person's title.
    private func acceptedObject(_ m: Int, at i: Int, from: Int, possessorOK: Bool, modifiersOnly: Bool, authorOK: Bool,
                                accept: (Int) -> Bool) -> (group: [Int], distance: Int)? {
        if modifiersOnly, modifiesNoun(m) {
            // "endorsed the Peruvian plan": backing a plan whose content is not named backs its author.
            let e = f.mentions[m].tokenRange.upperBound
            guard authorOK, f.mentions[m].form == .demonym || f.types[m] == .country, e < f.count,
                  f.isIn(e, WordClass.proposalNouns), !["to", "for", "of", "that"].contains(f.word(e + 1)) else { return nil }
            return ([m], i - from)
        }
        // "criticized U.S. allies", "a deal with Chilean firms": others the name only describes.
        let e = f.mentions[m].tokenRange.upperBound
        if e < f.count, f.mentionAt[e] < 0, f.isIn(e, WordClass.othersOfAName) { return nil }
        // "a plan for CIA Director Mike Pompeo": the name is part of a person's title.
        // ("by Senate Majority Leader X", "Senate Democratic Leader X": a side of the chamber first.)
        var h = e
        while h < min(f.count - 1, e + 2), f.tokens[h].isCapitalized, f.isIn(h, RuleEngine.caucusSides) || RuleEngine.partyAdjectives.contains(f.lower[h]) { h += 1 }
        if let t = verbs.titles.match(at: min(h, f.count - 1), lemmas: f.lemmas), e < f.count,
           let n = f.mention(at: h + t.length), f.types[n] == .person {
            // "criticised US President X's tactics": the title holder is the one opposed;
            // "talks with US President X", "sanctions on Russian President Y": the one dealt with;
            // "backed by US President X": the one acting.
            var b = f.mentions[m].tokenRange.lowerBound - 1
            if f.word(b) == "the" { b -= 1 }
            let dealtWith = ["with", "against", "on", "to", "toward", "towards", "by"].contains(f.word(b))
            return (possessorOK || dealtWith) && accept(n) ? ([n], h + t.length - from) : nil
        }
        // "criticized Republican Roy Hale": a party word before a name only labels the person.
        if f.mentions[m].form == .demonym, e < f.count, let n = f.mention(at: e), f.types[n] == .person,
           verbs.partyWords.values.contains(f.mentions[m].nodeID) {
            return accept(n) ? ([n], e - from) : nil
        }
        var g = f.group(of: m).filter { $0 >= m }.filter(accept)
        // "backed Pakistan, India and China are ...": a list running into a verb
        // ends at the first comma; the rest is the next clause's subject.
        // Without a comma, a plural verb has the whole list or the noun before it as its
        // subject, never the last name alone: "alliances with China and India are strong".
        if g.count > 1, let last = g.last, f.lemmas[min(f.count - 1, f.mentions[last].tokenRange.upperBound)]
            .contains(where: { ["be", "have", "will", "can", "may", "must", "shall"].contains($0) }) {
            let comma = (1..<g.count).first { k in
                (f.mentions[g[k - 1]].tokenRange.upperBound..<f.mentions[g[k]].tokenRange.lowerBound).contains { f.lower[$0] == "," }
            }
            if let comma { g = Array(g[..<comma]) }
            else if !["are", "were", "have"].contains(f.word(f.mentions[last].tokenRange.upperBound)) { g = [g[0]] }
        }
        return (g, i - from)
    }

    /// The agent after "by" of a participle at `i` ("the move announced on Monday by X").
    private func agentObject(after i: Int, from: Int, accept: (Int) -> Bool) -> (group: [Int], distance: Int)? {
        let w = f.lower[i]
        guard w.hasSuffix("ed") || ClauseParser.irregularForms.contains(w),
              let by = (i + 1..<min(f.count, i + 5)).first(where: { f.lower[$0] == "by" }), !(i + 1..<by).contains(where: { f.mentionAt[$0] >= 0 }) else { return nil }
        var k = by + 1
        while k < min(f.count, by + 4), f.mentionAt[k] < 0 { k += 1 }
        if let m = f.mention(at: k), accept(m), !f.isPossessive(m) { return (agentList(m, accept), k - from) }
        return nil
    }

    /// The agent at `m` with the rest of its list ("the drills held by A, B and C").
    private func agentList(_ m: Int, _ accept: (Int) -> Bool) -> [Int] {
        [m] + f.group(of: m).filter { $0 > m && accept($0) && !f.isPossessive($0) && f.mentions[$0].form != .demonym }
    }
}
