import Foundation
import KGraphModel

/// The relation trigger lexicon: verb phrases and nominalizations mapped to edge types, plus
/// the closed word lists the relation rules need (refusals, negators, hedges, control verbs,
/// speech verbs, titles) and the measured per-rule precision priors.
///
/// Phrases are written as lemmas ("team up with"); inflections are generated once into a
/// lookup table, so matching an article costs one dictionary lookup per token.
/// The bundled data is `Resources/Lexicon/verbs.json`; user lexicon `verbs` entries are added
/// with ``add(phrase:edge:inverse:nominal:)``.
public struct VerbLexicon: Sendable {
    /// One trigger phrase.
    public struct Entry: Sendable, Hashable {
        public var phrase: String
        public var edge: EdgeType
        /// The object is the source: "X includes Y" -> Y member-of X.
        public var inverse: Bool
        /// A noun phrase ("partnership with") rather than a verb phrase.
        public var nominal: Bool
        /// An aspiration ("prefers", "seeks"): a stance only when its object is a principle
        /// ("seeks a multipolar world"), since wanting a state or a person says nothing.
        public var principleOnly = false
        /// A tie that only states (and alliances) have with each other ("relies on", "depends
        /// on"): said of people or parties it is personal or about votes, no relation.
        public var statesOnly = false
        /// A dealing that states a relation only when refused ("refused to meet X", "declined
        /// to deal with Y": a snub, tension); met or done, it is left to the meeting rules.
        public var refusedOnly = false
    }

    public private(set) var entries: [Entry] = []
    var verbs = PhraseTable<Int>()
    var nominals = PhraseTable<Int>()
    var refusals = PhraseTable<Bool>()
    var negators = PhraseTable<Bool>()
    var hedges = PhraseTable<Bool>()
    var controls = PhraseTable<Bool>()
    var speech = PhraseTable<Bool>()
    /// Light verbs whose object noun carries the relation ("imposed an embargo on X").
    var light = PhraseTable<Bool>()
    /// Title phrases -> `.leads` or `.serves`; modifiers that may stand inside a title.
    var titles = PhraseTable<EdgeType>()
    var titleModifiers: WordSet = []
    /// Title heads that name an affiliation rather than an office ("fellow", "analyst"): they
    /// link a person to an organization, never to a state named before them.
    var titleAffiliations: WordSet = []
    /// Titles used by one state only ("senator", "congressman" in US news) -> that state's node
    /// id: a bare "Senator X" serves it when the article names the state.
    var nationalTitles = PhraseTable<[String]>()
    /// Party words said of a politician ("Republican", "Democrat") -> the party's node id.
    var partyWords: [String: String] = [:]
    /// Measured precision of each rule id (see ``RuleConfidence``).
    var priors: [String: Double] = [:]
    /// Hostile event nouns ("attack", "invasion", "sanctions") and their edge, read from the
    /// `nominals` entries "NOUN on/against/of/into": ``RuleEngine/agentNominals(_:)`` finds
    /// their agent after "by".
    private(set) var agentNouns: [String: EdgeType] = [:]
    /// Lowercased surface form -> candidate lemmas.
    private(set) var lemmaTable: [String: [String]] = [:]
    /// Candidate lemmas of a surface form with their word ids, for every form of
    /// ``lemmaTable`` and every phrase word (see ``PhraseTable``), in the order of their forms
    /// in ``lemmaForms``.
    private(set) var lemmaEntries: [LemmaEntry] = []
    /// The surface forms of ``lemmaEntries`` (a superset of ``lemmaTable``'s keys): one byte
    /// hash per token finds its entry.
    private var lemmaForms = WordIndex([])
    /// The ids of every entry of ``lemmaEntries`` in one array, then a -1 (the ids of a token
    /// without an entry): entry k's are `lemmaIDs[lemmaIDStart[k]..<lemmaIDStart[k + 1]]`.
    private(set) var lemmaIDs: [Int32] = [-1]
    private(set) var lemmaIDStart: [Int32] = [0]

    struct LemmaEntry: Sendable {
        var lemmas: [String]
        /// Ids of the lemmas that are phrase words, in the order of ``lemmas``.
        var ids: [Int32]
        /// The ``LemmaClass`` bits of ``lemmas``.
        var classes: UInt32
        /// The ``PhraseTable/startBit`` of every table with a phrase starting with one of ``ids``.
        var phraseStarts: UInt16 = 0
        /// The ``WordClassBits`` of the surface form itself.
        var wordClasses: UInt64 = 0
    }

    /// An empty lexicon.
    public init() {}

    /// The bundled `verbs.json`, loaded once per process.
    public static let bundled: VerbLexicon = {
        guard let dir = Bundle.module.url(forResource: "Lexicon", withExtension: nil),
              let data = FileManager.default.contents(atPath: dir.appendingPathComponent("verbs.json").path),
              let json = try? JSONValue.parse(Array(data))
        else { return VerbLexicon() }
        return VerbLexicon(json: json)
    }()

    /// A lexicon from a `verbs.json`-shaped document (unknown keys are ignored).
    package init(json: JSONValue) {
        for v in json["verbs"]?.arrayValue ?? [] {
            if let p = v["phrase"]?.stringValue, let e = v["edge"]?.stringValue.flatMap(EdgeType.init(rawValue:)) {
                var entry = Entry(phrase: p, edge: e, inverse: v["inverse"] == .bool(true), nominal: false)
                entry.principleOnly = v["principleOnly"] == .bool(true)
                entry.statesOnly = v["statesOnly"] == .bool(true)
                entry.refusedOnly = v["refusedOnly"] == .bool(true)
                insert(entry)
            }
        }
        for v in json["nominals"]?.arrayValue ?? [] {
            if let p = v["phrase"]?.stringValue, let e = v["edge"]?.stringValue.flatMap(EdgeType.init(rawValue:)) {
                insert(Entry(phrase: p, edge: e, inverse: false, nominal: true))
            }
        }
        // Word classes whose every combination is a nominal trigger ("tough stance on",
        // "hawkish posture toward"), so the lexicon lists classes, not phrases.
        for g in json["composedNominals"]?.arrayValue ?? [] {
            guard let e = g["edge"]?.stringValue.flatMap(EdgeType.init(rawValue:)) else { continue }
            let list = { (k: String) in (g[k]?.arrayValue ?? []).compactMap(\.stringValue) }
            // (No modifiers: every noun with every preposition, "missile at", "rocket into".)
            let modifiers = list("modifiers")
            for m in modifiers.isEmpty ? [""] : modifiers { for n in list("nouns") { for p in list("prepositions") {
                insert(Entry(phrase: m.isEmpty ? "\(n) \(p)" : "\(m) \(n) \(p)", edge: e, inverse: false, nominal: true))
            } } }
        }
        func words(_ key: String) -> [[String]] {
            (json[key]?.arrayValue ?? []).compactMap { $0.stringValue.map(VerbLexicon.words) }
        }
        for w in words("refusals") { refusals.insert(w, true) }
        for w in words("negators") { negators.insert(w, true) }
        for w in words("hedges") { hedges.insert(w, true) }
        for w in words("controls") { controls.insert(w, true) }
        for w in words("speech") { speech.insert(w, true) }
        for w in words("light") { light.insert(w, true) }
        if let t = json["titles"] {
            for s in t["leads"]?.arrayValue ?? [] { if let s = s.stringValue { titles.insert(VerbLexicon.words(s), .leads) } }
            for s in t["serves"]?.arrayValue ?? [] { if let s = s.stringValue { titles.insert(VerbLexicon.words(s), .serves) } }
            // "the founder of X", "X co-founder Y": a founder founded the body, whether or not they head it.
            for s in t["founded"]?.arrayValue ?? [] { if let s = s.stringValue { titles.insert(VerbLexicon.words(s), .founded) } }
            titleModifiers = WordSet((t["modifiers"]?.arrayValue ?? []).compactMap(\.stringValue).flatMap(VerbLexicon.words))
            titleAffiliations = WordSet((t["affiliations"]?.arrayValue ?? []).compactMap(\.stringValue).flatMap(VerbLexicon.words))
            if case .object(let states)? = t["national"] {
                // A title several states use ("MP") keeps all of them; the article picks one.
                var owners: [String: [String]] = [:]
                for (id, list) in states { for s in list.arrayValue ?? [] { if let s = s.stringValue { owners[s.lowercased(), default: []].append(id) } } }
                for (s, ids) in owners.sorted(by: { $0.key < $1.key }) { nationalTitles.insert(VerbLexicon.words(s), ids.sorted()) }
            }
            if case .object(let parties)? = t["parties"] {
                for (id, list) in parties { for s in list.arrayValue ?? [] { if let s = s.stringValue { partyWords[s.lowercased()] = id } } }
            }
        }
        if case .object(let pairs)? = json["rules"] {
            for (k, v) in pairs { if let d = v.numberValue { priors[k] = d } }
        }
        rebuildLemmas()
    }

    /// Adds a trigger (user lexicon `verbs` entries); an identical entry is not added twice.
    public mutating func add(phrase: String, edge: EdgeType, inverse: Bool = false, nominal: Bool = false) {
        let e = Entry(phrase: phrase.lowercased(), edge: edge, inverse: inverse, nominal: nominal)
        guard !entries.contains(e) else { return }
        insert(e)
        rebuildLemmas()
    }

    private mutating func insert(_ e: Entry) {
        let w = VerbLexicon.words(e.phrase)
        guard !w.isEmpty, !entries.contains(e) else { return }
        entries.append(e)
        if e.nominal { nominals.insert(w, entries.count - 1) } else { verbs.insert(w, entries.count - 1) }
    }

    private mutating func rebuildLemmas() {
        agentNouns = [:]
        for e in entries where e.nominal && (e.edge == .counters || e.edge == .tensionWith) {
            let w = VerbLexicon.words(e.phrase)
            if w.count == 2, ["on", "against", "of", "into"].contains(w[1]) { agentNouns[w[0]] = e.edge }
        }
        var all = verbs.words.union(nominals.words).union(refusals.words).union(hedges.words)
        all.formUnion(controls.words)
        all.formUnion(speech.words)
        all.formUnion(light.words)
        all.formUnion(negators.words)
        all.formUnion(titles.words)
        all.formUnion(RuleEngine.lemmaWords)
        all.formUnion(Inflection.irregular.keys)
        var table: [String: Set<String>] = [:]
        for lemma in all {
            for f in Inflection.forms(of: lemma) { table[f, default: []].insert(lemma) }
        }
        // A surface form is also itself ("found" is both "find" and "found").
        var irregularPast: [String: String] = [:]
        for (lemma, forms) in Inflection.irregular { for f in forms { irregularPast[f] = lemma } }
        let triggerWords = verbs.words.union(nominals.words)
        for (f, lemma) in irregularPast where table[f] != nil && triggerWords.contains(f) && all.contains(lemma) { table[f] = [lemma] }
        // "remains committed to", "stayed at odds with": a copula other than "be" still reads
        // the phrases written with "be".
        for lemma in Inflection.copulas { for f in Inflection.forms(of: lemma) { table[f, default: [f]].insert("be") } }
        lemmaTable = table.mapValues { set in set.sorted() }
        for (f, var l) in lemmaTable where !l.contains(f) && !(irregularPast[f] != nil && triggerWords.contains(f)) {
            l.append(f)
            lemmaTable[f] = l
        }
        rebuildPhraseIndex()
    }

    /// Numbers every phrase word (ids in sorted word order, so they are deterministic) and
    /// indexes the phrase tables and the lemma entries with those ids.
    private mutating func rebuildPhraseIndex() {
        var words = verbs.words.union(nominals.words).union(refusals.words).union(negators.words)
        for t in [hedges, controls, speech, light] { words.formUnion(t.words) }
        words.formUnion(titles.words)
        words.formUnion(nationalTitles.words)
        var vocabulary: [String: Int32] = [:]
        for (k, w) in words.sorted().enumerated() { vocabulary[w] = Int32(k) }
        verbs.index(vocabulary)
        nominals.index(vocabulary)
        verbs.adjunctBeforeLastWord = true
        nominals.adjunctBeforeLastWord = true
        refusals.index(vocabulary)
        negators.index(vocabulary)
        hedges.index(vocabulary)
        controls.index(vocabulary)
        speech.index(vocabulary)
        light.index(vocabulary)
        titles.index(vocabulary)
        nationalTitles.index(vocabulary)
        // Which tables have a phrase starting with each word id (each table its bit).
        var startMask = [UInt16](repeating: 0, count: vocabulary.count)
        func mark<P>(_ table: inout PhraseTable<P>, _ bit: Int) {
            table.startBit = 1 << UInt16(bit)
            for id in table.firstIDs { startMask[Int(id)] |= table.startBit }
        }
        mark(&verbs, 0)
        mark(&nominals, 1)
        mark(&refusals, 2)
        mark(&negators, 3)
        mark(&hedges, 4)
        mark(&controls, 5)
        mark(&speech, 6)
        mark(&light, 7)
        mark(&titles, 8)
        mark(&nationalTitles, 9)
        var entries: [String: LemmaEntry] = [:]
        func entry(_ lemmas: [String], _ ids: [Int32]) -> LemmaEntry {
            LemmaEntry(lemmas: lemmas, ids: ids, classes: lemmas.reduce(0) { $0 | LemmaClass.mask(of: $1) },
                       phraseStarts: ids.reduce(0) { $1 >= 0 ? $0 | startMask[Int($1)] : $0 })
        }
        for (form, lemmas) in lemmaTable { entries[form] = entry(lemmas, lemmas.compactMap { vocabulary[$0] }) }
        for (w, id) in vocabulary where entries[w] == nil { entries[w] = entry([w], [id]) }
        // A word of a rule family's class that is no form above is its own lemma, with no id
        // (-1, as a token without an entry gets): one look-up per token then finds its classes too.
        for w in LemmaClass.words where entries[w] == nil { entries[w] = entry([w], [-1]) }
        // So is a word of a list with a ``WordClassBits`` bit: the look-up finds its bits too.
        for w in WordClassBits.words where entries[w] == nil { entries[w] = entry([w], [-1]) }
        let forms = entries.keys.sorted()
        lemmaEntries = forms.map { form in
            var e = entries[form]!
            e.wordClasses = WordClassBits.bits(of: form)
            return e
        }
        lemmaForms = WordIndex(forms)
        lemmaIDs = lemmaEntries.flatMap(\.ids) + [-1]
        lemmaIDStart = [0]
        for e in lemmaEntries { lemmaIDStart.append(lemmaIDStart.last! + Int32(e.ids.count)) }
    }

    /// The lemmas and word ids of a lowercased token, or nil when it is no form the lexicon
    /// knows (its only lemma is itself, which no phrase has).
    func lemmaEntry(of lower: String) -> LemmaEntry? { lemmaForms.position(of: lower).map { lemmaEntries[$0] } }

    /// The position of a lowercased token's entry in ``lemmaEntries``, nil when it has none.
    func lemmaPosition(of lower: String) -> Int? { lemmaForms.position(of: lower) }

    /// ``lemmaPosition(of:)``, given `ASCIIHash.fnv1a(lower)`.
    func lemmaPosition(of lower: String, asciiHash: UInt32?) -> Int? { lemmaForms.position(of: lower, asciiHash: asciiHash) }

    /// Candidate lemmas of a lowercased token.
    func lemmas(of lower: String) -> [String] { lemmaForms.position(of: lower) == nil ? [lower] : lemmaTable[lower] ?? [lower] }

    /// Lowercased words of a phrase, apostrophes folded.
    static func words(_ phrase: String) -> [String] {
        let low = phrase.lowercased()
        // U+2019 is E2 80 99 in UTF-8: without an E2 byte there is nothing to fold, and the
        // Foundation call (the rules ask for a trigger's words per sentence) is skipped.
        let folded = low.utf8.contains(0xE2) ? low.replacingOccurrences(of: "\u{2019}", with: "'") : low
        return folded.split(whereSeparator: { $0 == " " }).map(String.init)
    }
}
