import KGraphIngest
/// Multi-word phrases written as lemmas, indexed by their first word for matching on
/// lemmatized tokens.
///
/// Matching runs on integer word ids (``VerbLexicon`` numbers every phrase word and gives each
/// token its lemmas' ids once per sentence), so it hashes no strings.
struct PhraseTable<Payload: Sendable>: Sendable {
    /// Everything the table holds, in one object: copying the table (the rules read it out of
    /// the lexicon many times per sentence) retains one reference instead of copying each array
    /// through the generic value witnesses. Changed only by the mutating methods below, and
    /// only on an object no other table shares (copy on write); so its properties skip the
    /// runtime's exclusivity checks, which matching paid on every read.
    private final class Storage: @unchecked Sendable {
        @exclusivity(unchecked) var phrases: [(words: [String], payload: Payload)] = []
        @exclusivity(unchecked) var words: Set<String> = []
        @exclusivity(unchecked) var allWords: WordSet = []
        @exclusivity(unchecked) var startBit: UInt16 = 0
        @exclusivity(unchecked) var adjunctBeforeLastWord = false
        @exclusivity(unchecked) var adjunctClosers: (Int32, Int32, Int32, Int32) = (-1, -1, -1, -1)
        @exclusivity(unchecked) var phraseWords: [Int32] = []
        @exclusivity(unchecked) var wordStart: [Int32] = [0]
        @exclusivity(unchecked) var byFirst: [Int32] = []
        @exclusivity(unchecked) var firstStart: [Int32] = [0]

        init() {}

        func closesAdjunct(_ id: Int32) -> Bool {
            id >= 0 && (id == adjunctClosers.0 || id == adjunctClosers.1 || id == adjunctClosers.2 || id == adjunctClosers.3)
        }

        func copy() -> Storage {
            let c = Storage()
            c.phrases = phrases
            c.words = words
            c.allWords = allWords
            c.startBit = startBit
            c.adjunctBeforeLastWord = adjunctBeforeLastWord
            c.adjunctClosers = adjunctClosers
            c.phraseWords = phraseWords
            c.wordStart = wordStart
            c.byFirst = byFirst
            c.firstStart = firstStart
            return c
        }
    }

    private var storage = Storage()

    /// The storage, ready to change: copied first when another table shares it.
    private var unique: Storage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
            return storage
        }
    }

    var phrases: [(words: [String], payload: Payload)] { storage.phrases }
    /// Every word of every phrase (the inflection table: kept up to date by ``insert(_:_:)``
    /// rather than rebuilt on every access).
    var words: Set<String> { storage.words }
    /// ``words`` as a ``WordSet``, for the title-word tests on the hot path (built by
    /// ``index(_:)``, which runs after the last insert and before any match).
    var allWords: WordSet { storage.allWords }
    /// This table's bit in ``LemmaColumn``'s phrase-start masks (set by ``VerbLexicon``), or 0:
    /// ``match(at:lemmas:)`` returns at once for a token whose lemmas start no phrase here.
    var startBit: UInt16 {
        get { storage.startBit }
        set { unique.startBit = newValue }
    }
    /// Whether a time or manner adjunct may stand before the closing preposition of a phrase
    /// ("held talks last week with", "clashed on Monday with"), and quotation marks between its
    /// words ("its “special relationship” with"): set for the relation triggers only.
    var adjunctBeforeLastWord: Bool {
        get { storage.adjunctBeforeLastWord }
        set { unique.adjunctBeforeLastWord = newValue }
    }
    // The ids of the closing prepositions after which ``adjunctBeforeLastWord`` applies (after
    // ``index(_:)``) are kept inline (up to four; -1 unused).
    //
    // Phrase words as ids of the vocabulary last given to ``index(_:)``, all phrases in one
    // array: phrase p's are `phraseWords[wordStart[p]..<wordStart[p + 1]]`. (Flat arrays: a
    // list per phrase or per word was retained and released on every read of the hot match.)
    // Word id -> the phrases starting with it, longest phrase first:
    // `byFirst[firstStart[id]..<firstStart[id + 1]]`.

    var isEmpty: Bool { storage.phrases.isEmpty }

    /// Adds a phrase; ``index(_:)`` must run before the next match.
    mutating func insert(_ words: [String], _ payload: Payload) {
        guard !words.isEmpty else { return }
        let s = unique
        s.phrases.append((words, payload))
        s.words.formUnion(words)
    }

    /// Numbers the phrases' words with `vocabulary`, which holds every one of them.
    mutating func index(_ vocabulary: [String: Int32]) {
        let s = unique
        let phraseIDs = s.phrases.map { $0.words.map { vocabulary[$0]! } }
        var lists: [[Int]] = Array(repeating: [], count: vocabulary.count)
        for (p, ids) in phraseIDs.enumerated() { lists[Int(ids[0])].append(p) }
        for k in lists.indices where lists[k].count > 1 {
            lists[k].sort { (phraseIDs[$0].count, -$0) > (phraseIDs[$1].count, -$1) }
        }
        s.phraseWords = phraseIDs.flatMap { $0 }
        var wordStart: [Int32] = [0]
        for ids in phraseIDs { wordStart.append(wordStart.last! + Int32(ids.count)) }
        s.wordStart = wordStart
        s.byFirst = lists.flatMap { $0.map(Int32.init) }
        var firstStart: [Int32] = [0]
        for l in lists { firstStart.append(firstStart.last! + Int32(l.count)) }
        s.firstStart = firstStart
        s.allWords = WordSet(s.words)
        let ids = AdjunctGap.closingPrepositions.compactMap { vocabulary[$0] } + [-1, -1, -1, -1]
        s.adjunctClosers = (ids[0], ids[1], ids[2], ids[3])
    }

    /// The ids that start a phrase of this table (after ``index(_:)``).
    var firstIDs: [Int32] {
        let firstStart = storage.firstStart
        return (0..<(firstStart.count - 1)).filter { firstStart[$0] < firstStart[$0 + 1] }.map(Int32.init)
    }

    /// The longest phrase starting at token `i`, given each token's candidate lemmas.
    func match(at i: Int, lemmas: LemmaColumn) -> (length: Int, payload: Payload, index: Int)? {
        // (Callers probe the token after a name, which may be the sentence's end.)
        guard i >= 0, i < lemmas.count else { return nil }
        let s = storage
        if s.startBit != 0 && !lemmas.mayStart(i, s.startBit) { return nil }
        // (Each array read once into a local: one retain per call, none per phrase tried.)
        let firstStart = s.firstStart, byFirst = s.byFirst, wordStart = s.wordStart, phraseWords = s.phraseWords
        let adjunctBeforeLastWord = s.adjunctBeforeLastWord
        var best: (Int, Int)?
        let firstCount = firstStart.count - 1
        for j in lemmas.idRange(i) {
            let first = Int(lemmas.id(at: j))
            guard first >= 0 && first < firstCount else { continue }
            for q in Int(firstStart[first])..<Int(firstStart[first + 1]) {
                let p = Int(byFirst[q])
                let ws = Int(wordStart[p]), n = Int(wordStart[p + 1]) - ws
                if let b = best, b.0 >= n { break }
                guard i + n <= lemmas.count else { continue }
                var ok = true
                for k in 1..<max(1, n) where !lemmas.has(i + k, id: phraseWords[ws + k]) { ok = false; break }
                if ok { best = (n, p); break }
                // "clashed publicly with": one manner adverb may stand after the verb.
                if n >= 2, i + n < lemmas.count, lemmas.isMannerAdverb(i + 1) {
                    var gapped = true
                    for k in 1..<n where !lemmas.has(i + k + 1, id: phraseWords[ws + k]) { gapped = false; break }
                    if gapped, best.map({ $0.0 < n + 1 }) ?? true { best = (n + 1, p); break }
                }
                // "its “special relationship” with": quotation marks may stand inside the phrase.
                if adjunctBeforeLastWord, n >= 2, let length = quotedMatch(at: i, ws: ws, n: n, lemmas: lemmas, phraseWords),
                   best.map({ $0.0 < length }) ?? true { best = (length, p); break }
                // "held talks last week with", "clashed on Monday with": a time or manner adjunct
                // may stand before the closing preposition.
                if adjunctBeforeLastWord, n >= 2, s.closesAdjunct(phraseWords[ws + n - 1]) {
                    var head = true
                    for k in 1..<(n - 1) where !lemmas.has(i + k, id: phraseWords[ws + k]) { head = false; break }
                    let gap = head ? lemmas.adjunctLength(at: i + n - 1) : 0
                    if gap > 0, i + n - 1 + gap < lemmas.count, lemmas.has(i + n - 1 + gap, id: phraseWords[ws + n - 1]),
                       best.map({ $0.0 < n + gap }) ?? true { best = (n + gap, p); break }
                }
            }
        }
        return best.map { (length: $0.0, payload: s.phrases[$0.1].payload, index: $0.1) }
    }

    /// The length of a match of the phrase at `ws` (of `n` words) from token `i` when up to two
    /// quotation marks stand between its words, or nil.
    private func quotedMatch(at i: Int, ws: Int, n: Int, lemmas: LemmaColumn, _ phraseWords: [Int32]) -> Int? {
        var t = i + 1, skipped = 0
        for k in 1..<n {
            while t < lemmas.count, skipped < 2, lemmas.isQuote(t) { t += 1; skipped += 1 }
            guard t < lemmas.count, lemmas.has(t, id: phraseWords[ws + k]) else { return nil }
            t += 1
        }
        return skipped > 0 ? t - i : nil
    }

    /// Whether a phrase ends exactly at token `end - 1` (for scanning leftwards).
    func matchEnding(at end: Int, lemmas: LemmaColumn, maxLength: Int = 4) -> Int? {
        for len in stride(from: min(maxLength, end), through: 1, by: -1) {
            if let m = match(at: end - len, lemmas: lemmas), m.length == len { return len }
        }
        return nil
    }
}

/// Candidate lemmas of each token of a sentence, as strings (for the rules) and as word ids of
/// the ``VerbLexicon`` vocabulary (for ``PhraseTable`` matching; -1 for a word no phrase has),
/// with the ``LemmaClass`` classes of each token's lemmas.
///
/// A class: the rules pass the frame's column to every match, and a struct of six arrays was
/// retained and released whole on each pass.
final class LemmaColumn: Sendable {
    /// The sentence's lowercased tokens: a token without an entry is its own only lemma.
    private let words: [String]
    /// The lexicon's lemma entries (shared, not copied) and the position of each token's
    /// entry there, or -1: no lemma list is built per token.
    private let entries: [VerbLexicon.LemmaEntry]
    private let entryOf: [Int32]
    /// The word ids of every entry, in one array shared with the lexicon (``VerbLexicon/lemmaIDs``):
    /// entry k's are `flatIDs[idStart[k]..<idStart[k + 1]]`; the last element is a -1, the ids of
    /// a token without an entry. (Nothing is copied per token.)
    private let flatIDs: [Int32]
    private let idStart: [Int32]
    /// Per token: whether it is a manner adverb in -ly (computed once here:
    /// ``PhraseTable/match(at:lemmas:)`` asks for every token), the ``LemmaClass`` bits of its
    /// lemmas, and its phrase-start mask (the ``PhraseTable/startBit`` of every table with a
    /// phrase starting with one of its lemmas). One array, one allocation per sentence.
    private let marks: [TokenMarks]

    private struct TokenMarks {
        var classes: UInt32
        var phraseStarts: UInt16
        var adverb: Bool
        /// The ``WordClassBits`` of the word itself.
        var wordClasses: UInt64
    }

    /// The column of a sentence not parsed (empty; one shared by every such sentence).
    static let empty = LemmaColumn()

    /// An empty column (a sentence not parsed).
    init() {
        words = []
        entries = []
        entryOf = []
        flatIDs = [-1]
        idStart = [0]
        marks = []
    }

    convenience init(_ lower: [String], _ verbs: borrowing VerbLexicon) {
        self.init(lower, lower.map(ASCIIHash.fnv1a), verbs)
    }

    /// A column of `lower`, whose words' `ASCIIHash.fnv1a` are `hashes` (the frame's).
    init(_ lower: [String], _ hashes: [UInt32?], _ verbs: borrowing VerbLexicon) {
        precondition(hashes.count == lower.count, "one hash per word")
        words = lower
        let entries = verbs.lemmaEntries
        self.entries = entries
        flatIDs = verbs.lemmaIDs
        idStart = verbs.lemmaIDStart
        var entryOf: [Int32] = [], marks: [TokenMarks] = []
        entryOf.reserveCapacity(lower.count)
        marks.reserveCapacity(lower.count)
        for (w, h) in zip(lower, hashes) {
            let adverb = MannerAdverbs.contains(w)
            if let k = verbs.lemmaPosition(of: w, asciiHash: h) {
                entryOf.append(Int32(k))
                marks.append(TokenMarks(classes: entries[k].classes, phraseStarts: entries[k].phraseStarts, adverb: adverb,
                                        wordClasses: entries[k].wordClasses))
            } else {
                // (Every word of a ``LemmaClass`` or a ``WordClassBits`` list has an entry: this one is in none.)
                entryOf.append(-1)
                marks.append(TokenMarks(classes: 0, phraseStarts: 0, adverb: adverb, wordClasses: 0))
            }
        }
        self.entryOf = entryOf
        self.marks = marks
    }

    var count: Int { entryOf.count }

    /// Whether a phrase of the table of `bit` (``PhraseTable/startBit``) may start at token `i`.
    @inline(__always)
    func mayStart(_ i: Int, _ bit: UInt16) -> Bool { marks[i].phraseStarts & bit != 0 }

    /// Whether token `i` is a manner adverb in -ly ("sharply").
    func isMannerAdverb(_ i: Int) -> Bool { marks[i].adverb }

    /// Candidate lemmas of token `i`.
    subscript(_ i: Int) -> [String] {
        let k = Int(entryOf[i])
        return k >= 0 ? entries[k].lemmas : [words[i]]
    }

    /// Whether `lemma` is a candidate lemma of token `i` (as `self[i].contains(lemma)`, without
    /// building a list for a token that has no entry).
    func contains(_ i: Int, lemma: String) -> Bool {
        let k = Int(entryOf[i])
        return k >= 0 ? entries[k].lemmas.contains(lemma) : words[i] == lemma
    }

    /// Whether a lemma of token `i` is in one of `classes`.
    func isIn(_ i: Int, _ c: LemmaClass) -> Bool { marks[i].classes & c.rawValue != 0 }

    /// The ``WordClassBits`` of token `i`'s word.
    @inline(__always)
    func wordClasses(_ i: Int) -> UInt64 { marks[i].wordClasses }

    /// Where the word ids of token `i`'s lemmas lie (in the order of ``subscript(_:)``), for
    /// ``id(at:)``: matching reads them without making a slice of the column.
    @inline(__always)
    func idRange(_ i: Int) -> Range<Int> {
        let k = Int(entryOf[i])
        return k >= 0 ? Int(idStart[k])..<Int(idStart[k + 1]) : (flatIDs.count - 1)..<flatIDs.count
    }

    /// The id at `j` of ``idRange(_:)``.
    @inline(__always)
    func id(at j: Int) -> Int32 { flatIDs[j] }

    /// Whether a lemma of token `i` is a phrase word at all (no phrase starts at a token
    /// without one: ``PhraseTable/match(at:lemmas:)`` finds nothing there).
    @inline(__always)
    func hasPhraseWord(_ i: Int) -> Bool {
        for j in idRange(i) where flatIDs[j] >= 0 { return true }
        return false
    }

    /// The length of a time or manner adjunct starting at token `i` ("last week", "on Monday",
    /// "earlier this year", "in recent weeks", "by phone"), or 0.
    func adjunctLength(at i: Int) -> Int {
        AdjunctGap.length(words, at: i)
    }

    /// Whether token `i` is a quotation mark.
    func isQuote(_ i: Int) -> Bool { WordClass.quotes.contains(words[i]) }

    /// Whether token `i` has a lemma of word id `id`.
    @inline(__always)
    func has(_ i: Int, id: Int32) -> Bool {
        for j in idRange(i) where flatIDs[j] == id { return true }
        return false
    }
}

/// Adverbs of manner in -ly ("sharply", "publicly", "repeatedly"), which may split a verb from its particle.
enum MannerAdverbs {
    /// Words in -ly that are no manner adverbs.
    static let lyNonAdverbs: Set<String> = WordLists.strings("lyNonAdverbs")

    /// Whether `w` (lowercase) is one.
    static func contains(_ w: String) -> Bool {
        // A string ending in the characters "ly" ends in the bytes "ly": the byte test rules
        // out almost every token before the (slower) character test runs.
        let u = w.utf8
        guard u.count > 4, u[u.index(u.endIndex, offsetBy: -1)] == 0x79,
              u[u.index(u.endIndex, offsetBy: -2)] == 0x6C else { return false }
        return w.hasSuffix("ly") && !lyNonAdverbs.contains(w)
    }
}

/// Time and manner adjuncts that may split a relation phrase from its closing preposition
/// ("held talks last week with X"). The words are data (`relations.json`: `adjunctClosers`,
/// `mannerAdjunct*`, `timeStarters`, `timeSpanNouns`, `recentWords`); the shapes are here.
enum AdjunctGap {
    /// Prepositions that close a relation phrase and may follow an adjunct.
    static let closingPrepositions: [String] = WordLists.list("adjunctClosers")
    /// Manner adjuncts ("by phone", "in person", "on the phone", "behind closed doors"): an
    /// opening preposition, up to two filler words, and a head word.
    static let mannerOpeners: Set<String> = WordLists.strings("mannerAdjunctOpeners")
    static let mannerFillers: Set<String> = WordLists.strings("mannerAdjunctFillers")
    static let mannerHeads: Set<String> = WordLists.strings("mannerAdjunctHeads")
    static let timeStarters: Set<String> = WordLists.strings("timeStarters")
    static let spanNouns: Set<String> = WordLists.strings("timeSpanNouns")
    /// "recent", "past", "coming": words between "in (the)" and a span noun.
    static let recentWords: Set<String> = WordLists.strings("recentWords")
    static let periods: Set<String> = spanNouns.union(["weekend"]).union(CalendarWords.months).union(CalendarWords.weekdayNames)
    /// Topic adjuncts ("talks on trade and security with X", "a dispute over fishing rights with
    /// Y"): an opening preposition and up to four words of a plain noun phrase, none of which
    /// opens another clause or phrase (`topicAdjunctStops`).
    static let topicOpeners: Set<String> = WordLists.strings("topicAdjunctOpeners")
    static let topicStops: Set<String> = WordLists.strings("topicAdjunctStops")

    static func isYear(_ w: String) -> Bool {
        w.utf8.count == 4 && w.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// The adjunct's length at `i` of `words` (lowercased tokens), or 0.
    static func length(_ words: [String], at i: Int) -> Int {
        guard i < words.count else { return 0 }
        func w(_ k: Int) -> String { i + k < words.count ? words[i + k] : "" }
        let first = w(0)
        if mannerOpeners.contains(first) {
            var k = 1
            while k < 3, mannerFillers.contains(w(k)) { k += 1 }
            if mannerHeads.contains(w(k)) { return k + 1 }
        }
        if ["today", "yesterday", "tonight"].contains(first) { return 1 }
        if timeStarters.contains(first) {
            // "last week", "this year", "earlier this month", "last Friday".
            if periods.contains(w(1)) { return 2 }
            if ["earlier", "later"].contains(first), w(1) == "this" || w(1) == "last", periods.contains(w(2)) { return 3 }
            return 0
        }
        if first == "on", CalendarWords.weekdayNames.contains(w(1)) || CalendarWords.months.contains(w(1)) { return 2 }
        if first == "in" {
            // "in 2015", "in May", "in recent weeks", "in the past month".
            if isYear(w(1)) || CalendarWords.months.contains(w(1)) { return 2 }
            if recentWords.contains(w(1)), spanNouns.contains(w(2)) { return 3 }
            if w(1) == "the", recentWords.contains(w(2)), spanNouns.contains(w(3)) { return 4 }
        }
        if topicOpeners.contains(first) {
            // (Only as long as the words run up to the closing preposition: the caller checks it.)
            var k = 1
            while k <= 4, i + k < words.count, !closingPrepositions.contains(w(k)) {
                let word = w(k)
                guard !topicStops.contains(word), word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" }) else { return 0 }
                k += 1
            }
            // "sanctions on firms working with X": a participle last takes the preposition itself.
            let last = w(k - 1)
            if last.count > 4, last.hasSuffix("ing") || last.hasSuffix("ed") { return 0 }
            return k > 1 && closingPrepositions.contains(w(k)) ? k : 0
        }
        return 0
    }
}
