import KGraphIngest
import KGraphModel

/// Finds the countries, people, alliances, organizations, principles and regions named in an
/// article: lexicon names, aliases, demonyms and metonyms through the ``Gazetteer``, and
/// entities the lexicon does not know through name patterns (titles, speech verbs, head
/// words such as "Ministry" or "Strait"). Boilerplate sentences, bylines, credits and
/// datelines give no entities.
public struct EntityRecognizer: Sendable {
    public let lexicon: Lexicon
    /// ``SuppressionFilter`` of the lexicon's suppressed forms, made once.
    let suppression: SuppressionFilter

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        suppression = SuppressionFilter(lexicon.suppressed)
    }

    /// Entities of an article split with the ingestion sentence splitter.
    public func analyze(_ article: Article) -> EntityAnalysis {
        let scalars = UTF8Bytes.scalars(article.text)
        // (The text itself, not a string rebuilt from `scalars`: the same sentences, without the copy.)
        var run = RecognizerRun(lexicon: lexicon, article: article, sentences: SentenceSplitter.split(article.text), scalars: scalars,
                                suppression: suppression)
        run.recognize()
        return run.result()
    }

    /// Entities of an article whose sentences are already known.
    public func analyze(_ article: Article, sentences: [Sentence]) -> EntityAnalysis {
        var run = RecognizerRun(lexicon: lexicon, article: article, sentences: sentences, scalars: UTF8Bytes.scalars(article.text),
                                suppression: suppression)
        run.recognize()
        return run.result()
    }
}

/// Where a recognized name sits, in pieces of one sentence, and what it names.
struct Find {
    var lo: Int
    var hi: Int
    var nodeID: String
    var form: EntityMention.Form
    var removed = false
    /// The mention's text is a name of the node by itself (not "East" of "East and South China Seas").
    var isAlias = true
}

/// A node being assembled.
struct NodeDraft {
    var label: String
    var type: NodeType
    /// Distinct and sorted.
    var aliases: [String] = []
    var fromLexicon: Bool
    /// Pieces in the label (people): surname resolution only uses full names.
    var nameLength = 1
}

/// The state of one recognition run over one article.
struct RecognizerRun {
    let lexicon: Lexicon
    let article: Article
    var sentences: [Sentence]
    let scalars: [Unicode.Scalar]
    var tokens: [[Token]] = []
    var pieces: [[Piece]] = []
    /// Per sentence and piece: -1 free, -2 blocked (boilerplate), else an index into ``finds``.
    var owner: [[Int]] = []
    var finds: [[Find]] = []
    var headings: [Bool] = []
    var skipped: [Bool] = []
    var drafts: [String: NodeDraft] = [:]
    /// Words the article writes in lowercase somewhere: a capitalized one is likely not a name.
    /// Built on first use (only the name-shape rule needs it).
    var lowercaseWordsCache: LowercaseWords? = nil

    mutating func isWrittenLowercase(_ key: String) -> Bool {
        if lowercaseWordsCache == nil { lowercaseWordsCache = LowercaseWords(pieces) }
        return lowercaseWordsCache!.contains(key)
    }
    /// Sentences known to be (or not to be) title-case runs (``isTitleCaseRun(_:)``).
    var titleCaseRuns: [Int: Bool] = [:]
    /// Per capitalized word: up to two running-text sentences that contain it (built on first use).
    var capitalizedWordSentences: CapitalizedWords? = nil
    /// Words written right after a ship prefix (built on first use).
    var vesselNameCache: Set<String>? = nil
    /// Surname-only lexicon person finds awaiting support: (sentence, index into ``finds``).
    var surnameOnly: [(Int, Int)] = []
    /// One-word ambiguous names of a state's bodies ("State", "Senate"): (sentence, index into
    /// ``finds``), kept only if the article names that state (``dropHomelessBodies()``).
    var bareBodies: [(Int, Int)] = []
    /// Surname-only lexicon person finds right after a title ("Prime Minister Johnson"): (sentence,
    /// index into ``finds``, the title's word).
    var titledSurnames: [(s: Int, k: Int, title: String)] = []
    /// Ambiguous names opening a sentence or in a heading ("Turkey maintains ..."), kept until
    /// the article shows whether it names the entity elsewhere.
    var initialNames: [(s: Int, i: Int, len: Int, entry: Gazetteer.Entry)] = []
    /// Single-word person names waiting for the surname table: (sentence, pieces lo, hi, titled).
    var pendingSingles: [(Int, Int, Int, Bool)] = []
    /// Countries named inside an organization's name ("Russian Foreign Ministry"): nodes of
    /// the article, though not mentions of their own (mentions never overlap).
    var implied: [(Int, Find)] = []
    var exactCache: [String: String?] = [:]
    /// ``Tokenized/fold(_:cache:)``'s memo of accented words for the run.
    var foldCache: [String: String]? = [:]
    /// ``Lexicon/isSuppressed(_:)`` by surface, memoized for the run (it tokenizes the text).
    var suppressedCache: [String: Bool] = [:]
    /// Acronyms defined in the article, "(NAM)", by exact surface.
    var acronyms: [String: String] = [:]

    /// Rules out most surfaces as suppressed without tokenizing them.
    let suppression: SuppressionFilter

    init(lexicon: Lexicon, article: Article, sentences: [Sentence], scalars: [Unicode.Scalar], suppression: SuppressionFilter) {
        self.lexicon = lexicon
        self.suppression = suppression
        self.article = article
        self.sentences = sentences
        self.scalars = scalars
    }

    mutating func recognize() {
        let n = sentences.count
        tokens.reserveCapacity(n)
        pieces.reserveCapacity(n)
        owner.reserveCapacity(n)
        finds.reserveCapacity(n)
        skipped.reserveCapacity(n)
        headings.reserveCapacity(n)
        for s in sentences {
            let lo = max(0, min(s.start, scalars.count)), hi = max(lo, min(s.end, scalars.count))
            let t = Tokenized.joiningSoftHyphens(Tokenizer.tokens(scalars, in: lo..<hi))
            tokens.append(t)
            let p = Tokenized.pieces(t, foldCache: &foldCache)
            pieces.append(p)
            owner.append([Int](repeating: -1, count: p.count))
            finds.append([])
        }
        // Ingest judges which sentences are page furniture; their words name no entity.
        Boilerplate.markFurniture(&sentences, tokens: tokens)
        for i in 0..<n {
            skipped.append(sentences[i].isFurniture)
            headings.append(sentences[i].isHeading || Tokenized.looksLikeHeading(tokens[i]))
        }
        // Classified first: name evidence looks at later sentences.
        for i in 0..<n {
            if skipped[i] { for k in owner[i].indices { owner[i][k] = -2 }; continue }
            // Ingest judges datelines and credits inside the sentence; their words name no entity.
            for k in 0..<Boilerplate.datelineLength(pieces[i]) { owner[i][k] = -2 }
            Boilerplate.creditWords(pieces[i]) { k in if owner[i][k] == -1 { owner[i][k] = -2 } }
            matchLexicon(i)
            matchAlliancePatterns(i)
            matchLedCoalitions(i)
            if !headings[i] {
                matchHeadedNames(i)
                matchCuedOrganizations(i)
                matchTrailingCues(i)
                matchPartyWords(i)
                matchPeople(i)
                matchOfficeBodies(i)
                matchEmployers(i)
                matchEmployersBeforeTitles(i)
            }
            matchAcronymDefinitions(i)
        }
        claimInitialNames()
        dropUnsupportedSurnames()
        mergeTransliterations()
        resolveSingles()
        mergeShortNames()
        mergeBodyForms()
        resolveNamesakes()
        dropHomelessBodies()
        dropSportsTeams()
        joinAdjacentFinds()
    }

    /// Words of a match report ("wickets", "semifinals", "tournament"): see ``dropSportsTeams()``.
    static let matchReportWords = WordLists.set("matchReportWords")

    /// "restrict South Africa to 161/9 in 20 overs", "led Uruguay to the World Cup semifinals": in a
    /// sentence of a match report (two words of ``matchReportWords``, or one and a cricket score),
    /// a state's name stands for its team, which is no actor of international relations.
    mutating func dropSportsTeams() {
        // (Only sentences that name a state are read: most name none.)
        for s in finds.indices where !skipped[s] && finds[s].contains(where: { !$0.removed && drafts[$0.nodeID]?.type == .country }) {
            let p = pieces[s]
            var cues: [String] = []
            for (k, w) in p.enumerated() {
                if w.isWord, Self.matchReportWords.contains(w), !cues.contains(w.key) { cues.append(w.key) }
                // A cricket score: runs / wickets ("161/9").
                if w.key == "/", k > 0, k + 1 < p.count, p[k - 1].end == w.start, p[k + 1].start == w.end,
                   p[k - 1].key.allSatisfy(\.isNumber), p[k + 1].key.allSatisfy(\.isNumber), !p[k + 1].key.isEmpty,
                   p[k + 1].key.count <= 2, !cues.contains("/") { cues.append("/") }
            }
            guard cues.count >= 2 else { continue }
            for (k, f) in finds[s].enumerated() where !f.removed && drafts[f.nodeID]?.type == .country {
                finds[s][k].removed = true
                for j in f.lo..<f.hi where owner[s][j] == k { owner[s][j] = -2 }
            }
        }
    }

    /// "President Xi" + "Jinping": a titled alias matched first leaves the rest of the full name
    /// as a second find of the same node right after it; the two are one mention.
    mutating func joinAdjacentFinds() {
        for s in finds.indices {
            var k = 0
            while k + 1 < owner[s].count {
                guard owner[s][k] >= 0, owner[s][k + 1] >= 0, owner[s][k] != owner[s][k + 1] else { k += 1; continue }
                let a = finds[s][owner[s][k]], b = finds[s][owner[s][k + 1]]
                // (People only: "U.S.U.S." written together is many mentions of a state.)
                guard a.nodeID == b.nodeID, a.form == .name, b.form == .name, a.hi == k + 1, b.lo == k + 1,
                      drafts[a.nodeID]?.type == .person else { k += 1; continue }
                // The title stays outside the name, as for any titled person ("President" "Xi Jinping").
                var lo = a.lo
                while lo < a.hi - 1, NameWords.titles.contains(pieces[s][lo].key) { lo += 1 }
                claim(s, lo, b.hi, a.nodeID, .name)
                k = b.hi - 1
            }
        }
    }

    // MARK: - Claims

    func isFree(_ s: Int, _ k: Int) -> Bool { k >= 0 && k < owner[s].count && owner[s][k] == -1 }

    func findAt(_ s: Int, _ k: Int) -> Find? {
        guard k >= 0, k < owner[s].count, owner[s][k] >= 0 else { return nil }
        return finds[s][owner[s][k]]
    }

    /// Claims pieces `lo..<hi` for a node, replacing any finds they overlap.
    mutating func claim(_ s: Int, _ lo: Int, _ hi: Int, _ id: String, _ form: EntityMention.Form) {
        for k in lo..<hi where owner[s][k] >= 0 {
            let f = owner[s][k]
            finds[s][f].removed = true
            for j in finds[s][f].lo..<finds[s][f].hi where owner[s][j] == f { owner[s][j] = -1 }
        }
        finds[s].append(Find(lo: lo, hi: hi, nodeID: id, form: form))
        let index = finds[s].count - 1
        for k in lo..<hi { owner[s][k] = index }
    }

    // MARK: - Nodes

    /// The node for a lexicon entity.
    mutating func lexiconNode(_ id: String) -> String {
        // (A key test, not `drafts[id] == nil`, which copied the draft out to compare it.)
        if drafts.index(forKey: id) == nil, let e = lexicon.entity(id: id) {
            var d = NodeDraft(label: e.label, type: e.type, fromLexicon: true)
            d.aliases = lexicon.gazetteer.sortedAliases[id] ?? Set(e.allAliases).sorted()
            d.nameLength = (lexicon.gazetteer.labelKeys[id] ?? Tokenized.keys(of: e.label)).count
            drafts[id] = d
        }
        return id
    }

    /// The lexicon entity a whole name denotes, memoized for the run (names repeat).
    mutating func lexiconEntity(named name: String) -> String? {
        if let hit = exactCache[name] { return hit }
        let id = lexicon.gazetteer.exactEntity(name)
        exactCache[name] = id
        return id
    }

    /// Whether the lexicon suppresses a surface form, memoized for the run (names repeat).
    mutating func isSuppressed(_ surface: String) -> Bool {
        if suppression.rulesOut(surface) { return false }
        if let hit = suppressedCache[surface] { return hit }
        let r = lexicon.isSuppressed(surface)
        suppressedCache[surface] = r
        return r
    }

    /// ``isSuppressed(_:)`` of ``text(_:_:_:)`` of pieces `lo..<hi` of sentence `s`, the text
    /// built only when the filter does not rule it out from the article's scalars.
    mutating func isSuppressed(_ s: Int, _ lo: Int, _ hi: Int) -> Bool {
        let start = pieces[s][lo].start, end = pieces[s][hi - 1].end
        if scalars[start..<end].withContiguousStorageIfAvailable({ suppression.rulesOut($0) }) == true { return false }
        return isSuppressed(text(s, lo, hi))
    }

    /// The node for a name found by pattern: the lexicon's entity when the name is one of its
    /// names, else a new node of `type`. Nil when the name is suppressed.
    mutating func patternNode(label: String, type: NodeType, nameLength: Int = 1) -> String? {
        if isSuppressed(label) { return nil }
        if let id = lexiconEntity(named: label) { return lexiconNode(id) }
        // "Club" of "Club for Growth": a generic noun alone is never the body's name.
        // (A byte test for an ASCII label; Foundation's search only for another.)
        let spaced = UTF8Bytes.asciiContains(label, 0x20) ?? label.contains(" ")
        if type == .organization || type == .alliance, !spaced, NameWords.genericBodies.contains(label.lowercased()) { return nil }
        // "Senate Democratic (leader)", "House Republican (caucus)": a party's adjective ends no
        // name; it modifies the noun after it.
        if spaced, let last = label.split(separator: " ").last, RuleEngine.partyAdjectives.contains(last.lowercased()) { return nil }
        let id = Slug.make(label)
        if drafts[id] == nil {
            drafts[id] = NodeDraft(label: label, type: type, fromLexicon: false, nameLength: nameLength)
        }
        return id
    }

    // MARK: - Result

    func result() -> EntityAnalysis {
        var mentions: [[EntityMention]] = []
        var nodeMentions: [String: [Mention]] = [:]
        var surfaces: [String: Set<String>] = [:]
        for s in sentences.indices {
            var list: [EntityMention] = []
            for f in finds[s] where !f.removed {
                let p = pieces[s]
                let start = p[f.lo].start, end = p[f.hi - 1].end
                let t = spanText(start, end)
                list.append(EntityMention(nodeID: f.nodeID, start: start, end: end, sentence: s,
                                          tokenRange: p[f.lo].token..<(p[f.hi - 1].token + 1), text: t, form: f.form))
                nodeMentions[f.nodeID, default: []].append(Mention(article: article.id, sentence: s,
                                                                   span: TextSpan(start: start, end: end), text: t))
                if f.isAlias { surfaces[f.nodeID, default: []].insert(t) }
            }
            list.sort { ($0.start, $0.end) < ($1.start, $1.end) }
            mentions.append(list)
        }
        for (s, f) in implied where nodeMentions[f.nodeID] == nil {
            let start = pieces[s][f.lo].start, end = pieces[s][f.hi - 1].end
            let t = spanText(start, end)
            nodeMentions[f.nodeID, default: []].append(Mention(article: article.id, sentence: s, span: TextSpan(start: start, end: end), text: t))
            surfaces[f.nodeID, default: []].insert(t)
        }
        var nodes: [String: Node] = [:]
        for (id, ms) in nodeMentions {
            guard let d = drafts[id] else { continue }
            // The draft's sorted aliases and the surfaces, as the sorted set of both.
            var aliases = d.aliases
            for t in surfaces[id] ?? [] where !t.hasPrefix("'") {
                var lo = 0, hi = aliases.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if aliases[mid] < t { lo = mid + 1 } else { hi = mid }
                }
                if lo == aliases.count || aliases[lo] != t { aliases.insert(t, at: lo) }
            }
            nodes[id] = Node(id: id, label: d.label, type: d.type, aliases: aliases, mentions: ms)
        }
        return EntityAnalysis(nodes: nodes, sentences: sentences, tokens: tokens, mentions: mentions)
    }
}
