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
    /// The speech table on its own, read in place for every token (read through ``lexicon``
    /// it was copied whole on each read).
    let speech: PhraseTable<Bool>
    init(_ lexicon: VerbLexicon) {
        self.lexicon = lexicon
        self.speech = lexicon.speech
    }
}

/// The shallow parser over one sentence: triggers, verb groups, and argument search.
/// (A class, so passing it to each rule copies nothing. Its trigger arrays skip the runtime's
/// exclusivity checks, as ``SentenceFrame``'s properties do: the rules read them per token.)
final class ClauseParser {
    let f: SentenceFrame
    /// The trigger lexicon, shared by every parser of a run (a copy of it per sentence cost
    /// as much as parsing the sentence).
    private let shared: SharedVerbLexicon
    var verbs: VerbLexicon { _read { yield shared.lexicon } }
    /// Tokens that are part of a verb (trigger, control or auxiliary): a mention right after one is its object.
    @exclusivity(unchecked) private(set) var verbish: [Bool]
    @exclusivity(unchecked) private(set) var verbTriggers: [Trigger] = []
    /// Tokens of verb triggers (not auxiliaries or control verbs).
    @exclusivity(unchecked) private(set) var triggerAt: [Bool]
    @exclusivity(unchecked) private(set) var nominalTriggers: [Trigger] = []

    convenience init(frame: SentenceFrame, verbs: VerbLexicon) {
        self.init(frame: frame, shared: SharedVerbLexicon(verbs))
    }

    convenience init(frame: SentenceFrame, shared: SharedVerbLexicon) {
        self.init(frame: frame, shared: shared, verbs: shared.lexicon)
    }

    /// A parser of `frame`; `verbs` is `shared`'s lexicon, borrowed from the caller (reading it
    /// from `shared` here copied the whole lexicon, and destroyed the copy, once per sentence).
    init(frame: SentenceFrame, shared: SharedVerbLexicon, verbs: borrowing VerbLexicon) {
        f = frame
        self.shared = shared
        verbish = Array(repeating: false, count: frame.count)
        triggerAt = verbish
        // Every candidate has a mention of its sentence as its source, so a sentence without
        // one needs no triggers (speech regions only look for a speaker there, and find none).
        guard frame.hasMentions else { return }
        // One method of the lexicon for the whole sentence: reading it through ``verbs`` token by
        // token copied the whole lexicon (and destroyed the copy) again and again.
        verbs.findTriggers(self)
    }

    /// Records a verb trigger over `range`; an aspiration ("wants", "seeks") is often only a
    /// control verb ("wants a meeting aimed at reviving X"), so it does not end the subject
    /// search of a verb after it.
    fileprivate func addVerbTrigger(_ t: Trigger, aspiration: Bool) {
        verbTriggers.append(t)
        for k in t.range { verbish[k] = true; triggerAt[k] = !aspiration }
    }

    fileprivate func addNominalTrigger(_ t: Trigger) { nominalTriggers.append(t) }

    fileprivate func markVerbish(_ i: Int) { verbish[i] = true }

    /// Token `i` follows a determiner or a possessive name ("the", "India's"): a noun, not a verb.
    fileprivate static func afterDeterminer(_ f: SentenceFrame, _ i: Int) -> Bool {
        f.isIn(i - 1, WordClass.determiners) || (i > 0 && f.mentionAt[i - 1] >= 0 && f.isPossessive(f.mentionAt[i - 1]))
    }

    /// Token `i` follows up to two adjectives after a determiner or a possessive name ("Turkey's
    /// bitter feud with", "the long-running clash with"): a noun too. Only words shaped or
    /// listed as adjectives count ("Russia's troops clash with" keeps its verb).
    fileprivate static func afterModifiedDeterminer(_ f: SentenceFrame, _ i: Int) -> Bool {
        var k = i - 1
        var steps = 0
        while k > 0, steps < 2, f.mentionAt[k] < 0, f.tokens[k].kind == .word, !f.tokens[k].isCapitalized {
            let w = f.lower[k]
            let shaped = w.contains("-") || UTF8Bytes.characterCount(w) > 5 && w.hasSuffix("ing")
            guard shaped || f.isIn(k, RuleEngine.relationNounModifiers) || f.isIn(k, RuleEngine.strainAdjectives),
                  !WordClass.determiners.contains(w) else { return false }
            if afterDeterminer(f, k) { return true }
            k -= 1
            steps += 1
        }
        return false
    }

    fileprivate static func overlapsMention(_ f: SentenceFrame, _ i: Int, _ len: Int) -> Bool {
        (i..<(i + len)).contains { f.mentionAt[$0] >= 0 }
    }

    /// A base or finite verb form after a preposition is a noun ("in respect of"); gerunds are fine.
    fileprivate func verbPosition(_ i: Int) -> Bool {
        guard f.isIn(i - 1, WordClass.prepositions), f.word(i - 1) != "to" else { return true }
        // "has since criticized": an adverb after a perfect auxiliary.
        if f.word(i - 1) == "since", WordClass.perfectAuxiliaries.contains(f.word(i - 2)) { return true }
        return f.lower[i].hasSuffix("ing")
    }

    func isSpeech(_ i: Int) -> Int? { shared.speech.match(at: i, lemmas: f.lemmas)?.length }

    /// ``isSpeech(_:)`` with the frame's lemma column in hand (read once per sentence).
    func isSpeech(_ i: Int, _ lemmas: LemmaColumn) -> Int? { shared.speech.match(at: i, lemmas: lemmas)?.length }

    // MARK: Verb groups

    func verbGroup(before t: Int, trigger: Trigger) -> VerbGroup {
        var g = VerbGroup(start: t)
        var i = t - 1
        var firstBe: Bool?
        var onlyTo = true
        let lemmas = f.lemmas  // (read once: each read of the frame's column retains it)
        while i >= 0, f.mentionAt[i] < 0 {
            let w = f.lower[i]
            if f.isNegator(i, verbs) { g.negated = true; onlyTo = false; firstBe = firstBe ?? false; i -= 1; continue }
            if let len = verbs.negators.matchEnding(at: i + 1, lemmas: lemmas), len > 1 {
                g.negated = true; onlyTo = false; i -= len; continue
            }
            if let len = verbs.refusals.matchEnding(at: i + 1, lemmas: lemmas) {
                g.refusal = (i - len + 1)..<(i + 1); onlyTo = false; firstBe = firstBe ?? false; i -= len; continue
            }
            if let len = verbs.hedges.matchEnding(at: i + 1, lemmas: lemmas) {
                g.hedged = true; onlyTo = false; firstBe = firstBe ?? false; i -= len; continue
            }
            if verbs.controls.matchEnding(at: i + 1, lemmas: lemmas, maxLength: 1) != nil, w != "to" {
                // A control noun after an article, a quote or a name heads a noun phrase ("the
                // 'Shield' plan to counter X"): the infinitive is a purpose clause, not the verb group.
                let prev = f.word(i - 1)
                if f.isIn(i, WordClass.controlNouns), prev == "the" || prev == "a" || prev == "an" || f.isIn(i - 1, WordClass.quotes)
                    || (i > 0 && f.mentionAt[i - 1] >= 0 && !f.isPossessive(f.mentionAt[i - 1])) { break }
                if firstBe == nil { firstBe = f.lemmas[i].contains("be") }
                if f.isIn(i, WordClass.aspirationNouns) || f.lemmas[i].contains(where: { WordClass.aspirationVerbs.contains($0) }) { g.aspiration = true }
                onlyTo = false
                i -= 1
                continue
            }
            if f.isIn(i, WordClass.adverbs) || (UTF8Bytes.characterCount(w) > 5 && w.hasSuffix("ly")) { i -= 1; continue }
            // "have since restored ties": after a perfect auxiliary "since" is an adverb.
            if w == "since", i > 0, f.mentionAt[i - 1] < 0, WordClass.perfectAuxiliaries.contains(f.lower[i - 1]) { i -= 1; continue }
            // "has spent months railing against X": time spent doing it is part of the group.
            if WordClass.timeSpanNouns.contains(w) {
                var k = i - 1
                while k > i - 4, k >= 0, f.mentionAt[k] < 0, ["the", "past", "last", "many", "several", "two", "three", "few", "a"].contains(f.lower[k]) { k -= 1 }
                if k >= 0, f.mentionAt[k] < 0, ["spend", "spends", "spent", "spending"].contains(f.lower[k]) { onlyTo = false; i = k - 1; continue }
            }
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
        // (The phrase's words only after a "be": splitting them for every trigger cost more.)
        guard firstBe == true else { return g }
        let form = f.lower[trigger.range.lowerBound]
        let words = VerbLexicon.words(trigger.entry.phrase)
        // ("X is allied with Y", "is partnered with": a participle with its "with" partner states a
        // mutual tie, whoever did it.)
        let mutual = words.last == "with" && (trigger.entry.edge == .partnersWith || trigger.entry.edge == .tensionWith)
        if !mutual, words.first != "be", words.last != "by", form != words.first,
           form.hasSuffix("ed") || form.hasSuffix("en") || Inflection.irregular[words.first ?? ""]?.contains(form) == true {
            g.passive = true
        }
        return g
    }
}

extension VerbLexicon {
    /// Builds the lemmas of `p`'s sentence, finds its verb and nominal triggers and marks its
    /// verb-like tokens (triggers, control verbs, speech verbs, light verbs not after a determiner).
    fileprivate func findTriggers(_ p: ClauseParser) {
        p.f.prepareLemmas(self)
        let f = p.f, lemmas = f.lemmas, mentionAt = f.mentionAt
        var i = 0
        while i < f.count {
            // (A token with no phrase word starts no phrase of any table below.)
            if mentionAt[i] >= 0 || !lemmas.hasPhraseWord(i) { i += 1; continue }
            var v = verbs.match(at: i, lemmas: lemmas)
            // A dealing listed for its refusal only ("refused to meet X") is read only as a bare
            // infinitive: "meeting", "talks with" and "he meets" stay with the meeting rules.
            if let m = v, entries[m.payload].refusedOnly,
               f.word(i - 1) != "to" || VerbLexicon.words(entries[m.payload].phrase).first != f.lower[i] { v = nil }
            let n = nominals.match(at: i, lemmas: lemmas)
            // Asked only where a phrase matched (a set lookup per token otherwise).
            let matched = v != nil || n != nil
            // (Adjectives between count only where a noun phrase of the lexicon starts: "his
            // steadfast support of X" keeps the verb reading it has no noun entry for.)
            let afterDeterminer = matched && (ClauseParser.afterDeterminer(f, i) || n != nil && ClauseParser.afterModifiedDeterminer(f, i))
            let nominalFirst = n != nil && (v == nil || n!.length > v!.length || afterDeterminer)
            if nominalFirst, let n, !ClauseParser.overlapsMention(f, i, n.length) {
                p.addNominalTrigger(Trigger(range: i..<(i + n.length), entry: entries[n.payload]))
                i += n.length
                continue
            }
            if let v, !afterDeterminer, p.verbPosition(i), f.lower[i] != "including", !ClauseParser.overlapsMention(f, i, v.length) {
                p.addVerbTrigger(Trigger(range: i..<(i + v.length), entry: entries[v.payload]), aspiration: entries[v.payload].principleOnly)
                i += v.length
                continue
            }
            if controls.match(at: i, lemmas: lemmas)?.length == 1 && f.lower[i] != "to" || speech.match(at: i, lemmas: lemmas) != nil
                || (light.match(at: i, lemmas: lemmas) != nil && !(matched ? afterDeterminer : ClauseParser.afterDeterminer(f, i))) { p.markVerbish(i) }
            i += 1
        }
    }
}
