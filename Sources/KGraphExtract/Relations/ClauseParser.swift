import KGraphModel

/// A trigger found in a sentence.
struct Trigger {
    var range: Range<Int>
    var entry: VerbLexicon.Entry
}

/// What stands left of a verb trigger in its verb group: auxiliaries, modals, negation,
/// refusals ("refrained from"), control words ("has no intention of"), hedges.
struct VerbGroup {
    var start: Int
    var negated = false
    var refusal: Range<Int>?
    var hedged = false
    var passive = false
    /// The group is a bare "to" after a noun: a purpose clause ("an alliance to counter China").
    var purpose = false
    /// A noun of aspiration heads the group ("Sweden's bid to join"): the act is sought, not done.
    var aspiration = false
}

/// One ``VerbLexicon`` that many parsers refer to.
final class SharedVerbLexicon: Sendable {
    let lexicon: VerbLexicon
    init(_ lexicon: VerbLexicon) { self.lexicon = lexicon }
}

/// The shallow parser over one sentence: triggers, verb groups, and argument search.
/// (A class, so passing it to each rule copies nothing.)
final class ClauseParser {
    let f: SentenceFrame
    /// The trigger lexicon, shared by every parser of a run (a copy of it per sentence cost
    /// as much as parsing the sentence).
    private let shared: SharedVerbLexicon
    var verbs: VerbLexicon { _read { yield shared.lexicon } }
    /// Tokens that are part of a verb (trigger, control or auxiliary): a mention right after one is its object.
    private(set) var verbish: [Bool]
    private(set) var verbTriggers: [Trigger] = []
    /// Tokens of verb triggers (not auxiliaries or control verbs).
    private(set) var triggerAt: [Bool]
    private(set) var nominalTriggers: [Trigger] = []

    convenience init(frame: SentenceFrame, verbs: VerbLexicon) {
        self.init(frame: frame, shared: SharedVerbLexicon(verbs))
    }

    init(frame: SentenceFrame, shared: SharedVerbLexicon) {
        f = frame
        self.shared = shared
        verbish = Array(repeating: false, count: frame.count)
        triggerAt = verbish
        // Every candidate has a mention of its sentence as its source, so a sentence without
        // one needs no triggers (speech regions only look for a speaker there, and find none).
        guard frame.hasMentions else { return }
        frame.prepareLemmas()
        var i = 0
        while i < f.count {
            if f.mentionAt[i] >= 0 { i += 1; continue }
            let v = verbs.verbs.match(at: i, lemmas: f.lemmas)
            let n = verbs.nominals.match(at: i, lemmas: f.lemmas)
            // Asked only where a phrase matched (a set lookup per token otherwise).
            let matched = v != nil || n != nil
            let afterDeterminer = matched && Self.afterDeterminer(f, i)
            let nominalFirst = n != nil && (v == nil || n!.length > v!.length || afterDeterminer)
            if nominalFirst, let n, !Self.overlapsMention(f, i, n.length) {
                nominalTriggers.append(Trigger(range: i..<(i + n.length), entry: verbs.entries[n.payload]))
                i += n.length
                continue
            }
            if let v, !afterDeterminer, verbPosition(i), f.lower[i] != "including", !Self.overlapsMention(f, i, v.length) {
                verbTriggers.append(Trigger(range: i..<(i + v.length), entry: verbs.entries[v.payload]))
                // An aspiration ("wants", "seeks") is often only a control verb ("wants a meeting
                // aimed at reviving X"): it does not end the subject search of a verb after it.
                let aspiration = verbs.entries[v.payload].principleOnly
                for k in i..<(i + v.length) { verbish[k] = true; triggerAt[k] = !aspiration }
                i += v.length
                continue
            }
            if verbs.controls.match(at: i, lemmas: f.lemmas)?.length == 1 && f.lower[i] != "to" || isSpeech(i) != nil
                || (verbs.light.match(at: i, lemmas: f.lemmas) != nil && !(matched ? afterDeterminer : Self.afterDeterminer(f, i))) { verbish[i] = true }
            i += 1
        }
    }

    /// Token `i` follows a determiner or a possessive name ("the", "India's"): a noun, not a verb.
    private static func afterDeterminer(_ f: SentenceFrame, _ i: Int) -> Bool {
        WordClass.determiners.contains(f.word(i - 1)) || (i > 0 && f.mentionAt[i - 1] >= 0 && f.isPossessive(f.mentionAt[i - 1]))
    }

    private static func overlapsMention(_ f: SentenceFrame, _ i: Int, _ len: Int) -> Bool {
        (i..<(i + len)).contains { f.mentionAt[$0] >= 0 }
    }

    /// A base or finite verb form after a preposition is a noun ("in respect of"); gerunds are fine.
    private func verbPosition(_ i: Int) -> Bool {
        let prev = f.word(i - 1)
        guard WordClass.prepositions.contains(prev), prev != "to" else { return true }
        return f.lower[i].hasSuffix("ing")
    }

    func isSpeech(_ i: Int) -> Int? { verbs.speech.match(at: i, lemmas: f.lemmas)?.length }

    // MARK: Verb groups

    func verbGroup(before t: Int, trigger: Trigger) -> VerbGroup {
        var g = VerbGroup(start: t)
        var i = t - 1
        var firstBe: Bool?
        var onlyTo = true
        while i >= 0, f.mentionAt[i] < 0 {
            let w = f.lower[i]
            if f.isNegator(i, verbs) { g.negated = true; onlyTo = false; firstBe = firstBe ?? false; i -= 1; continue }
            if let len = verbs.negators.matchEnding(at: i + 1, lemmas: f.lemmas), len > 1 {
                g.negated = true; onlyTo = false; i -= len; continue
            }
            if let len = verbs.refusals.matchEnding(at: i + 1, lemmas: f.lemmas) {
                g.refusal = (i - len + 1)..<(i + 1); onlyTo = false; firstBe = firstBe ?? false; i -= len; continue
            }
            if let len = verbs.hedges.matchEnding(at: i + 1, lemmas: f.lemmas) {
                g.hedged = true; onlyTo = false; firstBe = firstBe ?? false; i -= len; continue
            }
            if verbs.controls.matchEnding(at: i + 1, lemmas: f.lemmas, maxLength: 1) != nil, w != "to" {
                // A control noun after an article, a quote or a name heads a noun phrase ("the
                // 'Shield' plan to counter X"): the infinitive is a purpose clause, not the verb group.
                let prev = f.word(i - 1)
                if WordClass.controlNouns.contains(w), prev == "the" || prev == "a" || prev == "an" || WordClass.quotes.contains(prev)
                    || (i > 0 && f.mentionAt[i - 1] >= 0 && !f.isPossessive(f.mentionAt[i - 1])) { break }
                if firstBe == nil { firstBe = f.lemmas[i].contains("be") }
                if WordClass.aspirationNouns.contains(w) { g.aspiration = true }
                onlyTo = false
                i -= 1
                continue
            }
            if WordClass.adverbs.contains(w) || (w.count > 5 && w.hasSuffix("ly")) { i -= 1; continue }
            if w == "to" || w == "of" || w == "from" || w == "a" || w == "an" || w == "the" {
                if w != "to" { onlyTo = false }
                i -= 1
                continue
            }
            break
        }
        g.start = i + 1
        if g.start < t, onlyTo, f.lower[g.start] == "to" { g.purpose = true }
        // Passive: a form of "be" right before a past participle, "rejected by".
        let form = f.lower[trigger.range.lowerBound]
        let words = VerbLexicon.words(trigger.entry.phrase)
        // ("X is allied with Y", "is partnered with": a participle with its "with" partner states a
        // mutual tie, whoever did it.)
        let mutual = words.last == "with" && (trigger.entry.edge == .partnersWith || trigger.entry.edge == .tensionWith)
        if firstBe == true, !mutual, words.first != "be", words.last != "by", form != words.first,
           form.hasSuffix("ed") || form.hasSuffix("en") || Inflection.irregular[words.first ?? ""]?.contains(form) == true {
            g.passive = true
        }
        return g
    }

    // MARK: Arguments

    /// Whether mention `m` sits after a preposition or a verb (an object, not a subject).
    func isObjectLike(_ m: Int) -> Bool {
        var j = f.mentions[m].tokenRange.lowerBound - 1
        while j >= 0 {
            let w = f.lower[j]
            if WordClass.quotes.contains(w) || w == "the" || w == "a" || w == "an" || w == "'s" { j -= 1; continue }
            if let p = f.mention(at: j), f.isPossessive(p) { j = f.mentions[p].tokenRange.lowerBound - 1; continue }
            break
        }
        guard j >= 0 else { return false }
        let w = f.lower[j]
        if WordClass.subordinators.contains(w) { return false }
        return WordClass.prepositions.contains(w) || (verbish[j] && isSpeech(j) == nil)
    }

    /// A possessive or demonym stands for the actor only before a government word
    /// ("India's government", "Chinese officials").
    func standsForActor(_ m: Int) -> Bool {
        let e = f.mentions[m].tokenRange.upperBound
        if f.isPossessive(m) {
            let h = f.word(e) == "'s" || f.word(e) == "'" ? e + 1 : e
            return WordClass.governmentHeads.contains(f.word(h)) || (f.word(h) == "new" && WordClass.governmentHeads.contains(f.word(h + 1)))
        }
        if f.mentions[m].form == .demonym { return WordClass.governmentHeads.contains(f.word(e)) }
        return true
    }

    /// The subject of a clause whose verb group starts at `start`: the antecedent of a relative
    /// pronoun right before it, else the nearest actor leftwards that is not an object, a
    /// prepositional object or a possessor, without crossing a clause boundary.
    func subject(before start: Int, limit: Int = 25) -> (group: [Int], distance: Int, relative: Bool)? {
        var i = start - 1
        while i >= 0, f.mentionAt[i] < 0, WordClass.adverbs.contains(f.lower[i]) { i -= 1 }
        if let s = subjectBeforeParenthetical(closingAt: i, start: start) { return s }
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
        let participle = f.lower[start].count > 5 && f.lower[start].hasSuffix("ing") && f.mentionAt[start] < 0
            && (f.word(start - 1) == "," || messageBefore(start))
        // "India's decision to refrain from joining": the possessor of the verb group's noun.
        if i > 0, f.lower[i] == "'s", let m = f.mention(at: i - 1), SentenceFrame.isActor(f.types[m]) {
            return ([m], start - i, false)
        }
        if i >= 0, f.mentionAt[i] < 0, WordClass.relativePronouns.contains(f.lower[i]) {
            return antecedent(of: i, start: start)
        }
        // "..., Zinke will work with X": a name right before the verb that is no entity is the
        // subject; an earlier entity is not.
        if !coordinated, i > 0, i == start - 1, f.mentionAt[i] < 0, f.tokens[i].kind == .word, f.tokens[i].isCapitalized,
           verbs.titles.match(at: i, lemmas: f.lemmas) == nil, !verbs.titles.allWords.contains(f.lower[i]),
           !WordClass.determiners.contains(f.lower[i]), !WordClass.relativePronouns.contains(f.lower[i]), !WordClass.dateWords.contains(f.lower[i]),
           f.tokens[i].text.unicodeScalars.dropFirst().allSatisfy({ !("A"..."Z").contains($0) }) {
            return nil
        }
        var steps = 0
        while i >= 0, steps < limit {
            if triggerAt[i], !coordinated, i != start - 1 { return nil }
            if let m = f.mention(at: i) {
                let r = f.mentions[m].tokenRange
                // "Trump allies have accused X", "a U.S. judge blocked Y": the name modifies
                // the real subject, a group that is no entity.
                if SentenceFrame.isActor(f.types[m]), !f.isPossessive(m), f.mentions[m].form == .name,
                   WordClass.modifiedNonActors.contains(f.word(r.upperBound)) { return nil }
                // "a Facebook page contained ...", "NATO members backed ...": a plain noun between
                // the name and the verb is the subject, and the name only modifies it.
                // Only before a finite verb: in "the U.S. commitment to stand with X" the
                // infinitive's subject is the name's (a control noun).
                if SentenceFrame.isActor(f.types[m]), f.mentions[m].form == .name, r.upperBound + 1 == start, f.word(start) != "to",
                   nounModifiedByName(r.upperBound) { return nil }
                if SentenceFrame.isActor(f.types[m]), standsForActor(m), isAbsoluteSubject(m, before: start) {
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
            // An unresolved pronoun ("it would be harder to find ...") is a subject of its own.
            if ["it", "he", "she", "they", "we", "i", "you"].contains(w) { return nil }
            if WordClass.boundaries.contains(w) { return nil }
            if isSpeech(i) != nil, i < start - 1, !participle { return nil }
            i -= 1
            steps += 1
        }
        return nil
    }

    /// "X – which opposed Y – criticized Z", "X (a rival of Y) criticized Z", "X, whose navy
    /// patrols the coast, criticized Z": a parenthetical closing at `close`, right before the
    /// verb group, stands between the subject and its verb. Dashes and brackets enclose any
    /// aside; commas only a relative clause.
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
        if c == ",", !["which", "who", "whose", "whom"].contains(f.word(j + 1)) { return nil }
        guard let m = f.mention(at: j - 1), f.mentions[m].tokenRange.upperBound == j, SentenceFrame.isActor(f.types[m]),
              standsForActor(m), !f.isPossessive(m), !isObjectLike(f.group(of: m).first!) else { return nil }
        return (f.group(of: m), start - j, false)
    }

    /// A message noun right before `i`, or before a date phrase that ends there ("a letter on
    /// Monday accusing X"): the "-ing" verb at `i` is the message's author's act.
    func messageBefore(_ i: Int) -> Bool {
        var k = i - 1
        while k > i - 5, k > 0, f.mentionAt[k] < 0, WordClass.dateWords.contains(f.lower[k]) || WordClass.dateFillers.contains(f.lower[k]) {
            k -= 1
        }
        return k >= 0 && f.mentionAt[k] < 0 && WordClass.messageNouns.contains(f.lower[k])
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
        while k < f.count, WordClass.adverbs.contains(f.lower[k]) || (f.lower[k].count > 5 && f.lower[k].hasSuffix("ly")) { k += 1 }
        return k <= start + 3 && k < f.count && f.mentionAt[k] < 0 && f.lower[k].count > 4 && f.lower[k].hasSuffix("ing")
    }

    /// Whether the word at `k`, right after a name and right before a verb, is a common noun
    /// the name modifies (not an adverb, date, title, government word or known verb form).
    func nounModifiedByName(_ k: Int) -> Bool {
        guard k < f.count, f.mentionAt[k] < 0, f.tokens[k].kind == .word, !f.tokens[k].isCapitalized, !verbish[k] else { return false }
        let w = f.lower[k]
        if WordClass.adverbs.contains(w) || WordClass.dateWords.contains(w) || ["today", "yesterday", "tonight", "now"].contains(w)
            || WordClass.governmentHeads.contains(w) || verbs.titles.allWords.contains(w) || WordClass.prepositions.contains(w)
            || WordClass.boundaries.contains(w) || WordClass.determiners.contains(w) || ["and", "or", "'s", "'"].contains(w) { return false }
        // "Houthi rebels", "NATO members": the group's own people act for it.
        if WordClass.memberNouns.contains(w) { return false }
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
                if WordClass.boundaries.contains(f.lower[j]) || verbish[j] { break }
                j -= 1
                steps += 1
            }
            return fallback.map { (f.group(of: $0), start - f.mentions[$0].tokenRange.upperBound, true) }
        }
    }

    /// A name used as a modifier of a common noun ("a UN Security Council debate", "U.S. goods"):
    /// the noun, not the name, is what is backed, proposed or joined.
    func modifiesNoun(_ m: Int) -> Bool {
        guard f.mentions[m].form == .name, f.group(of: m).last == m else { return false }
        var e = f.mentions[m].tokenRange.upperBound
        if e < f.count, WordClass.quotes.contains(f.lower[e]) { e += 1 }  // "the 'open seas' principle"
        guard e < f.count, f.mentionAt[e] < 0, f.tokens[e].kind == .word, !f.tokens[e].isCapitalized else { return false }
        let w = f.lower[e]
        // "U.S. efforts", "the EU plan": nouns that are also control or proposal words.
        // "the White House meeting": an "-ing" word after "the NAME" is a noun.
        let noun = WordClass.controlNouns.contains(w) || WordClass.proposalNouns.contains(w)
            || w.count > 5 && w.hasSuffix("ing") && ["the", "a", "an"].contains(f.word(f.mentions[m].tokenRange.lowerBound - 1))
        if WordClass.prepositions.contains(w) || WordClass.boundaries.contains(w) || w == "and" || w == "or" || w == "'s" || verbish[e] && !noun {
            return false
        }
        // A verb or adverb after the name ("... surprised many", "... again") is no noun.
        if !noun, w.hasSuffix("ed") || w.hasSuffix("ly") || WordClass.adverbs.contains(w) || verbs.lemmas(of: w) != [w] { return false }
        // "... proposed X last week", "... backed X this year": a time phrase follows the object.
        if WordClass.timeStarters.contains(w) || WordClass.dateWords.contains(w) { return false }
        // "the 'Quad' security forum": a head further on may still name the thing itself (a
        // state's name never does: "the Paris climate accord" is no state).
        if f.types[m] == .country { return true }
        var k = e
        while k < min(f.count, e + 3), f.mentionAt[k] < 0, f.tokens[k].kind == .word, !f.tokens[k].isCapitalized {
            if WordClass.headNounsKeepingName.contains(f.lower[k]) { return false }
            k += 1
        }
        return true
    }

    /// The object of a trigger ending at `from`: the first mention of a type `accept` allows,
    /// skipping modifiers and other mentions, up to a stop word (clause boundary, preposition
    /// other than "of/in/for", comma, another verb). A possessor is passed over in favour of a
    /// mention inside its noun phrase ("Japan's 'Asian NATO' proposal"); a bare possessor is no object.
    func object(from: Int, limit: Int = 8, possessorOK: Bool = false, modifiersOnly: Bool = false, agentOK: Bool = false,
                authorOK: Bool = false, accept: (Int) -> Bool) -> (group: [Int], distance: Int)? {
        var i = from
        var steps = 0
        var skippedMention = false
        while i < f.count, steps <= limit {
            if let m = f.mention(at: i) {
                if f.isPossessive(m) {
                    var j = f.mentions[m].tokenRange.upperBound + 1
                    var k = 0
                    var proposal = false
                    while j < f.count, k < 5 {
                        // "rejected X's request for a Senate briefing": the name modifies a noun.
                        if let n = f.mention(at: j) {
                            if accept(n) && !(modifiersOnly && modifiesNoun(n)) { return ([n], j - from) }
                            // "condemned Russia's annexation of Crimea": the region is no actor,
                            // the possessor still is.
                            break
                        }
                        let w = f.lower[j]
                        if WordClass.quotes.contains(w) { j += 1; continue }
                        // "rejected Japan's call for an Asian NATO": read on to what is proposed.
                        if WordClass.proposalNouns.contains(w) { proposal = true; j += 1; k += 1; continue }
                        if proposal, w == "for" || w == "of" { j += 1; k += 1; continue }
                        // "Trump's predecessor, Barack Obama": the apposition names the object.
                        if w == ",", k <= 2, let n = f.mention(at: j + 1), f.types[n] == .person { return accept(n) ? ([n], j + 1 - from) : nil }
                        if WordClass.stopPrepositions.contains(w) || WordClass.boundaries.contains(w) || w == "," || verbish[j] { break }
                        j += 1
                        k += 1
                    }
                    // "criticised Trump's tactics": the possessor is the one opposed (but not the
                    // author of a proposal, whose content was not named).
                    // (Backing "Peru's bid" with no content named backs its author.)
                    let author = authorOK && proposal
                        && !(f.mentions[m].tokenRange.upperBound...min(j, f.count - 1)).contains { ["to", "for", "of", "that"].contains(f.lower[$0]) }
                    return (!proposal || author) && possessorOK && accept(m) && f.mentions[m].form != .reference ? ([m], i - from) : nil
                }
                if accept(m) {
                    if modifiersOnly, modifiesNoun(m) {
                        // "endorsed the Peruvian plan": backing a plan whose content is not named backs its author.
                        let e = f.mentions[m].tokenRange.upperBound
                        guard authorOK, f.mentions[m].form == .demonym || f.types[m] == .country, e < f.count,
                              WordClass.proposalNouns.contains(f.lower[e]), !["to", "for", "of", "that"].contains(f.word(e + 1)) else { return nil }
                        return ([m], i - from)
                    }
                    // "a plan for CIA Director Mike Pompeo": the name is part of a person's title.
                    let e = f.mentions[m].tokenRange.upperBound
                    if let t = verbs.titles.match(at: min(e, f.count - 1), lemmas: f.lemmas), e < f.count,
                       let n = f.mention(at: e + t.length), f.types[n] == .person {
                        // "criticised US President X's tactics": the title holder is the one opposed.
                        return possessorOK && accept(n) ? ([n], e + t.length - from) : nil
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
                i = f.mentions[m].tokenRange.upperBound
                steps += 1
                skippedMention = true
                continue
            }
            let w = f.lower[i]
            if skippedMention, w == "in" || w == "into" { i += 1; steps += 1; continue }
            if w == "such", f.word(i + 1) == "as" { i += 2; steps += 1; continue }
            if w == "belonging" || w == "owned", f.word(i + 1) == "to" || f.word(i + 1) == "by" { i += 2; steps += 1; continue }
            if WordClass.boundaries.contains(w) || WordClass.stopPrepositions.contains(w) || w == "," || w == "and" || w == "or" {
                if w == "like" { i += 1; steps += 1; continue }
                break
            }
            // "condemned the move announced on Monday by X": the agent of the act is the one
            // opposed (when no name came before it).
            if agentOK, !skippedMention, i > from, w.hasSuffix("ed") || Inflection.irregular.values.contains(where: { $0.contains(w) }),
               let by = (i + 1..<min(f.count, i + 5)).first(where: { f.lower[$0] == "by" }), !(i + 1..<by).contains(where: { f.mentionAt[$0] >= 0 }) {
                var k = by + 1
                while k < min(f.count, by + 4), f.mentionAt[k] < 0 { k += 1 }
                if let m = f.mention(at: k), accept(m), !f.isPossessive(m) { return ([m], k - from) }
            }
            // In that reading "the move", "the decision" are plain nouns.
            if verbish[i], i > from, !(agentOK && (WordClass.controlNouns.contains(w) || WordClass.proposalNouns.contains(w))) { break }
            i += 1
            steps += 1
        }
        return nil
    }
}
