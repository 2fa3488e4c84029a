import KGraphIngest
import KGraphModel

/// One sentence prepared for the shallow parser: lowercased tokens, candidate lemmas,
/// entity mentions (names and resolved references) and which token each mention covers.
///
/// A class: coreference, the parser and every rule share one frame per sentence instead of
/// copying its arrays around. Its mutable properties skip the runtime's exclusivity checks
/// (`@exclusivity(unchecked)`): the rules read them per token, the checks cost more than some
/// rules, and a frame belongs to one article's run on one thread.
final class SentenceFrame {
    let index: Int
    let sentence: Sentence
    let tokens: [Token]
    /// Lowercased, curly apostrophes folded.
    let lower: [String]
    /// `ASCIIHash.fnv1a` of each word of ``lower`` (nil for one that is not ASCII), computed once
    /// with it: the lemma look-up and the word-class tests (``isIn(_:_:)``) hash no word again.
    let hashes: [UInt32?]
    /// Candidate lemmas of each token: empty until ``prepareLemmas()``, which the parser of a
    /// sentence with mentions calls (most sentences are never parsed, so they skip the work).
    /// A stored property, not a lazy one: the rules read it per token, and a lazy getter would
    /// copy the column on every read.
    @exclusivity(unchecked) private(set) var lemmas = LemmaColumn.empty
    @exclusivity(unchecked) private var lemmasReady = false
    private let shared: SharedVerbLexicon
    @exclusivity(unchecked) private(set) var mentions: [EntityMention]
    /// Node type of each mention (parallel to ``mentions``).
    @exclusivity(unchecked) private(set) var types: [NodeType]
    /// Token index -> index in ``mentions``, or -1.
    @exclusivity(unchecked) private(set) var mentionAt: [Int]
    /// Hyphenated compounds naming several entities in one token ("India-Pakistan"): token index
    /// and the node ids in text order.
    @exclusivity(unchecked) private(set) var compounds: [(token: Int, nodes: [String], types: [NodeType])] = []
    /// Token indices where the two mentions of a pair description meet ("the two | countries"):
    /// they form a list without a joining word.
    @exclusivity(unchecked) private(set) var pairJoints: [Int] = []

    convenience init(index: Int, sentence: Sentence, tokens: [Token], mentions: [EntityMention], nodes: [String: Node], verbs: VerbLexicon) {
        self.init(index: index, sentence: sentence, tokens: tokens, mentions: mentions, nodes: nodes, shared: SharedVerbLexicon(verbs))
        prepareLemmas()
    }

    /// Builds ``lemmas`` once (``ClauseParser`` does, for every sentence it parses).
    func prepareLemmas() {
        guard !lemmasReady else { return }
        lemmas = LemmaColumn(lower, hashes, shared.lexicon)
        lemmasReady = true
    }

    /// ``prepareLemmas()`` with the lexicon in hand (the parser's trigger scan has it: reading it
    /// again from the shared one would copy it once more).
    func prepareLemmas(_ verbs: borrowing VerbLexicon) {
        guard !lemmasReady else { return }
        let column = LemmaColumn(lower, hashes, verbs)
        lemmas = column
        lemmasReady = true
    }

    init(index: Int, sentence: Sentence, tokens: [Token], mentions: [EntityMention], nodes: [String: Node], shared: SharedVerbLexicon) {
        self.shared = shared
        self.index = index
        self.sentence = sentence
        self.tokens = tokens
        var low: [String] = []
        var hs: [UInt32?] = []
        low.reserveCapacity(tokens.count)
        hs.reserveCapacity(tokens.count)
        for t in tokens {
            // One pass over the bytes: the hash, and whether the word is ASCII (then it has no
            // U+2019 to fold, which starts with byte E2).
            var (w, h) = SentenceFrame.hashed(t.lower)
            if h == nil {
                w = SentenceFrame.foldingCurlyApostrophes(w)
                h = ASCIIHash.fnv1a(w)
            }
            // "then-ambassador", "ex-minister": a past office is read as the office ("former
            // ambassador" is read the same way).
            let cut = SentenceFrame.pastOfficePrefixLength(w)
            if cut > 0 { w = String(w.dropFirst(cut)); h = ASCIIHash.fnv1a(w) }
            low.append(w)
            hs.append(h)
        }
        lower = low
        hashes = hs
        self.mentions = []
        types = []
        mentionAt = Array(repeating: -1, count: tokens.count)
        // Tokens with two or more one-token mentions, found by counting (linear; they are rare).
        var perToken = mentions.count < 2 ? [] : Array(repeating: 0, count: tokens.count)
        for m in mentions where m.tokenRange.count == 1 && perToken.indices.contains(m.tokenRange.lowerBound) {
            perToken[m.tokenRange.lowerBound] += 1
        }
        var byToken: [Int: [EntityMention]] = [:]
        for m in mentions where m.tokenRange.count == 1 && perToken.indices.contains(m.tokenRange.lowerBound)
            && perToken[m.tokenRange.lowerBound] >= 2 {
            byToken[m.tokenRange.lowerBound, default: []].append(m)
        }
        for (t, ms) in byToken.sorted(by: { $0.key < $1.key }) {
            let sorted = ms.sorted { $0.start < $1.start }
            let ids = sorted.map(\.nodeID)
            guard Set(ids).count == ids.count, let ts = Optional(ids.compactMap { nodes[$0]?.type }), ts.count == ids.count else { continue }
            compounds.append((t, ids, ts))
        }
        // "European Union-Ukraine relations": a longer name ending inside the hyphenated token
        // that another name ends. (Only the first can be a mention: mentions never overlap.)
        if mentions.count >= 2, mentions.contains(where: { $0.tokenRange.count > 1 && $0.tokenRange.lowerBound >= 0 && $0.tokenRange.upperBound <= tokens.count
                                              && $0.end < tokens[$0.tokenRange.upperBound - 1].end }) {
            let byStart = mentions.sorted { $0.start < $1.start }
            for (a, b) in zip(byStart, byStart.dropFirst()) where a.tokenRange.count > 1 && b.tokenRange.count == 1
                && b.tokenRange.lowerBound == a.tokenRange.upperBound - 1 && b.start == a.end + 1 && a.nodeID != b.nodeID {
                guard let ta = nodes[a.nodeID]?.type, let tb = nodes[b.nodeID]?.type else { continue }
                compounds.append((b.tokenRange.lowerBound, [a.nodeID, b.nodeID], [ta, tb]))
            }
        }
        for m in mentions { _ = add(m, nodes: nodes) }
    }

    var count: Int { tokens.count }

    /// Whether any entity is named here (as a mention or inside a hyphenated compound): only
    /// then can a rule find an edge in the sentence.
    var hasMentions: Bool { !mentions.isEmpty || !compounds.isEmpty }

    /// Adds a mention (a resolved reference) unless it overlaps one already there.
    @discardableResult
    func add(_ m: EntityMention, nodes: [String: Node]) -> Bool {
        guard let type = nodes[m.nodeID]?.type, m.tokenRange.lowerBound >= 0, m.tokenRange.upperBound <= count,
              !m.tokenRange.isEmpty, !m.tokenRange.contains(where: { mentionAt[$0] >= 0 }) else { return false }
        // Mentions are sorted and never overlap: binary search, and renumber only the tokens of
        // the mentions after this one. Mentions mostly arrive in text order, so adding one is
        // O(1) and a sentence of thousands of names ("U.S.U.S.U.S....") stays linear.
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].tokenRange.lowerBound > m.tokenRange.lowerBound { hi = mid } else { lo = mid + 1 }
        }
        let pos = lo
        if pos < mentions.count {
            for i in mentions[pos].tokenRange.lowerBound..<count where mentionAt[i] >= pos { mentionAt[i] += 1 }
        }
        mentions.insert(m, at: pos)
        types.insert(type, at: pos)
        for t in m.tokenRange { mentionAt[t] = pos }
        return true
    }

    /// Removes mentions inside `range` that only modify a noun there ("such a [collective
    /// defense] framework"), so a description can cover the whole noun phrase.
    func removeModifiers(in range: Range<Int>) {
        var i = 0
        while i < mentions.count {
            if range.contains(mentions[i].tokenRange.lowerBound) {
                for t in mentions[i].tokenRange { mentionAt[t] = -1 }
                mentions.remove(at: i)
                types.remove(at: i)
                for k in mentionAt.indices where mentionAt[k] > i { mentionAt[k] -= 1 }
            } else {
                i += 1
            }
        }
    }

    /// Whether mention `m` spans whole tokens (not "Russia" inside "pro-Russia").
    func isWholeTokens(_ m: Int) -> Bool {
        let r = mentions[m].tokenRange
        // ("then-Peruvian": the word after a past-office prefix counts as the whole token.)
        let start = tokens[r.lowerBound].start
        return (mentions[m].start == start || mentions[m].start - start == SentenceFrame.pastOfficePrefixLength(tokens[r.lowerBound].lower))
            && mentions[m].end == tokens[r.upperBound - 1].end
    }

    func mention(at token: Int) -> Int? {
        guard token >= 0, token < count else { return nil }
        let m = mentionAt[token]
        return m >= 0 ? m : nil
    }

    /// `w` and its `ASCIIHash.fnv1a`.
    @inline(__always)
    static func hashed(_ w: String) -> (String, UInt32?) { (w, ASCIIHash.fnv1a(w)) }

    /// Whether word `i`, as ``word(_:)`` gives it, is in `set` (by its ``WordClassBits`` or the
    /// hash kept for it).
    @inline(__always)
    func isIn(_ i: Int, _ set: WordSet) -> Bool {
        guard i >= 0 && i < count else { return set.contains("") }
        // (A parsed sentence's lemma column has each word's ``WordClassBits``, from its one look-up.)
        if set.classBit != 0, lemmasReady { return lemmas.wordClasses(i) & set.classBit != 0 }
        return set.contains(lower[i], asciiHash: hashes[i])
    }

    /// `w` with every U+2019 as `'`. U+2019 is E2 80 99 in UTF-8: one byte scan rules it out
    /// for almost every token, and the rare word that has it ("don\u{2019}t") is rebuilt
    /// character by character, without Foundation's search.
    static func foldingCurlyApostrophes(_ w: String) -> String {
        guard UTF8Bytes.contains(w, 0xE2), w.contains("\u{2019}" as Character) else { return w }
        return String(w.map { $0 == "\u{2019}" ? "'" : $0 })
    }

    /// The length of a "then-" or "ex-" before a word of three or more letters, else 0. A byte
    /// at the hyphen's place is tested first: this runs for every token.
    static func pastOfficePrefixLength(_ w: String) -> Int {
        let u = w.utf8
        guard let first = u.first, first == 0x74 || first == 0x65 else { return 0 }
        let prefix = first == 0x74 ? "then-" : "ex-"
        let n = prefix.utf8.count
        guard u.count > n + 2, u[u.index(u.startIndex, offsetBy: n - 1)] == 0x2D, w.hasPrefix(prefix) else { return 0 }
        return n
    }

    func word(_ i: Int) -> String { i >= 0 && i < count ? lower[i] : "" }

    /// Words that make a name before them, in one hyphenated token, describe a time or a manner
    /// ("Obama-era officials", "Soviet-style planning"): the name is no party to anything there.
    static let eraSuffixes: Set<String> = WordLists.strings("eraSuffixes")

    /// Whether mention `m` ends inside its token before an era or style word ("Obama-era").
    func namesAnEraOrStyle(_ m: Int) -> Bool {
        let last = mentions[m].tokenRange.upperBound - 1
        let t = tokens[last]
        guard mentions[m].end < t.end, mentions[m].end > t.start else { return false }
        let rest = lower[last].split(separator: "-").last.map(String.init) ?? ""
        return SentenceFrame.eraSuffixes.contains(rest)
    }

    /// Whether token `i` is a hyphen, or an en dash written without spaces, that joins the
    /// words on its sides ("U.S.-Israeli", "NATO–Russia"); a spaced dash sets off an aside.
    func isJoiningDash(_ i: Int) -> Bool {
        let w = word(i)
        if w == "-" { return true }
        // (U+2013 is E2 80 93: a first-byte test spares the slow comparison with a literal that is not ASCII.)
        guard w.utf8.first == 0xE2, w == "\u{2013}", i > 0, i + 1 < count else { return false }
        return tokens[i - 1].end == tokens[i].start && tokens[i].end == tokens[i + 1].start
    }
    func has(_ i: Int, lemma: String) -> Bool { i >= 0 && i < count && lemmas.contains(i, lemma: lemma) }
    /// Whether a lemma of token `i` is in one of the rule families' word classes `c` (a bit
    /// test; see ``LemmaClass``).
    func isLemma(_ i: Int, in c: LemmaClass) -> Bool { i >= 0 && i < count && lemmas.isIn(i, c) }

    /// Whether token `i` counts what follows: a number word or digits, "several" or "few".
    func isCount(_ i: Int) -> Bool {
        guard i >= 0, i < count else { return false }
        let w = lower[i]
        return isIn(i, NameWords.numberWords) || !w.isEmpty && w.allSatisfy(\.isNumber) || w == "several" || w == "few"
    }

    func isNegator(_ i: Int, _ verbs: VerbLexicon) -> Bool {
        guard i >= 0, i < count else { return false }
        let w = lower[i]
        if w.hasSuffix("n't") || w == "cannot" { return true }
        if w == "not", word(i + 1) == "only" { return false }
        return verbs.negators.match(at: i, lemmas: lemmas)?.length == 1
    }

    /// Whether mention `m` is followed by the possessive "'s" (or a bare apostrophe).
    func isPossessive(_ m: Int) -> Bool {
        let e = mentions[m].tokenRange.upperBound
        if mentions[m].form == .reference, mentions[m].tokenRange.count == 1,
           ["its", "their", "his", "her", "our"].contains(lower[mentions[m].tokenRange.lowerBound]) {
            // "attacked her": an object "her" owns nothing.
            return !Coreference.isObjectPronoun(self, mentions[m].tokenRange.lowerBound)
        }
        return word(e) == "'s" || (word(e) == "'" && mentions[m].text.hasSuffix("s"))
    }

    /// Entity kinds allowed as state-like actors.
    static func isActor(_ t: NodeType) -> Bool { t == .country || t == .alliance || t == .organization || t == .person }

    /// The list of mentions joined to `m` by commas and conjunctions ("Australia, Japan, and
    /// South Korea"), of the same broad kind, in text order.
    func group(of m: Int) -> [Int] {
        func kind(_ t: NodeType) -> Int {
            switch t {
            case .person: return 0
            case .country, .organization, .alliance: return 1
            case .principle: return 2
            case .region: return 3
            }
        }
        let k = kind(types[m])
        var out = [m]
        var cur = m
        while cur + 1 < mentions.count, kind(types[cur + 1]) == k, !pronounJoin(cur, cur + 1),
              isListJoin(mentions[cur].tokenRange.upperBound, mentions[cur + 1].tokenRange.lowerBound) {
            cur += 1
            out.append(cur)
        }
        cur = m
        while cur > 0, kind(types[cur - 1]) == k, !pronounJoin(cur - 1, cur),
              isListJoin(mentions[cur - 1].tokenRange.upperBound, mentions[cur].tokenRange.lowerBound) {
            cur -= 1
            out.insert(cur, at: 0)
        }
        // "... against Iran, and Qatar is eager ...": two names joined by a comma and "and" are two
        // clauses, not a list (a list of two takes no comma).
        if out.count == 2 {
            let gap = mentions[out[0]].tokenRange.upperBound..<mentions[out[1]].tokenRange.lowerBound
            if gap.contains(where: { lower[$0] == "," }) && gap.contains(where: { lower[$0] == "and" || lower[$0] == "or" }) { return [m] }
        }
        // "Under a directive from X, Y will ...": commas alone after a prepositional object end a
        // fronted phrase; they make a list only with a conjunction somewhere in it.
        if out.count >= 2, !(0..<(out.count - 1)).contains(where: { k in
            pairJoints.contains(mentions[out[k + 1]].tokenRange.lowerBound)
                || (mentions[out[k]].tokenRange.upperBound..<mentions[out[k + 1]].tokenRange.lowerBound).contains { ["and", "or", "&", "plus", "well"].contains(lower[$0]) }
        }) {
            var j = mentions[out[0]].tokenRange.lowerBound - 1
            var steps = 0
            // (A capitalized word is passed over as part of a name, unless it is the preposition
            // opening the sentence: "Unlike X, Y backs Z".)
            while j >= 0, steps < 4, mentionAt[j] < 0, tokens[j].isCapitalized && !WordClass.prepositions.contains(lower[j]) || ["the", "a", "an"].contains(lower[j]) { j -= 1; steps += 1 }
            if j >= 0, mentionAt[j] < 0, WordClass.prepositions.contains(lower[j]) { return [m] }
            // "Since X invaded Y, Z joined ...": the comma ends a fronted subordinate clause.
            let first = mentions[out[0]].tokenRange.lowerBound
            // So does a fronted participle ("Having condemned X, Y sent ...", "Criticising X, Y said").
            let opener = count > 0 && mentionAt[0] < 0
                && (WordClass.clauseOpeners.contains(lower[0]) || lower[0] == "having" || lower[0].count > 5 && lower[0].hasSuffix("ing"))
            if opener, !(0..<first).contains(where: { lower[$0] == "," }) { return [m] }
        }
        return out
    }

    /// Whether mentions `a` and `b` (next to each other) meet at a resolved "it" or "they"
    /// without a pair joint: "X met Y, and it criticized Z" lists no "Y and it" (a person
    /// pronoun may be listed: "between X and himself", "X and he agreed").
    private func pronounJoin(_ a: Int, _ b: Int) -> Bool {
        func pronoun(_ k: Int) -> Bool {
            mentions[k].form == .reference && mentions[k].tokenRange.count == 1
                && ["it", "they"].contains(lower[mentions[k].tokenRange.lowerBound])
        }
        return (pronoun(a) || pronoun(b)) && !pairJoints.contains(mentions[b].tokenRange.lowerBound)
    }

    /// Marks the mentions meeting at token `t` as one pair (see ``Coreference/resolvePairs``).
    func joinPair(at t: Int) { pairJoints.append(t) }

    /// A copy of this frame with token `t` written `n` more times right after it (same text and
    /// offsets), the mentions, compounds and pair joints after it moved along: a plural pronoun
    /// that stands for "A and B" gets one token per entity (see ``Coreference/resolvePluralGroup``).
    func repeating(token t: Int, times n: Int, nodes: [String: Node]) -> SentenceFrame {
        var toks = tokens
        toks.insert(contentsOf: repeatElement(tokens[t], count: n), at: t + 1)
        func moved(_ k: Int) -> Int { k > t ? k + n : k }
        let ms = mentions.map { m -> EntityMention in
            var c = m
            c.tokenRange = moved(m.tokenRange.lowerBound)..<(moved(m.tokenRange.upperBound - 1) + 1)
            return c
        }
        let g = SentenceFrame(index: index, sentence: sentence, tokens: toks, mentions: ms, nodes: nodes, shared: shared)
        g.compounds = compounds.map { (moved($0.token), $0.nodes, $0.types) }
        g.pairJoints = pairJoints.map(moved)
        if lemmasReady { g.prepareLemmas() }
        return g
    }

    private func isListJoin(_ from: Int, _ to: Int) -> Bool {
        if from == to { return pairJoints.contains(from) }
        guard to > from, to - from <= 4 else { return false }
        var joiner = false
        for i in from..<to {
            switch lower[i] {
            case ",", "and", "or", "&", "plus": joiner = true
            case "the", "as", "well", "also", "both": break
            default: return false
            }
        }
        // "A as well as B" joins as "and" does.
        if !joiner, let a = (from..<to).first(where: { lower[$0] == "as" }), a + 2 < to, lower[a + 1] == "well", lower[a + 2] == "as" { joiner = true }
        return joiner
    }

    /// The first mention in tokens `from..<from+within` when it is a person ("Ruritanian
    /// counterpart X", "former Ruritanian president X" after the demonym), else nil.
    func person(from: Int, within: Int) -> Int? {
        for j in from..<max(from, min(count, from + within)) {
            if let m = mention(at: j) { return types[m] == .person ? m : nil }
        }
        return nil
    }

    /// Token range covering a group of mentions.
    func span(of group: [Int]) -> Range<Int> {
        mentions[group.first!].tokenRange.lowerBound..<mentions[group.last!].tokenRange.upperBound
    }
}
