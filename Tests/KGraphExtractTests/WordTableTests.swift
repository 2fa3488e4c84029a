import Testing
import KGraphIngest
@testable import KGraphExtract

/// The byte-hashed word tables of the hot paths (``WordIndex``, ``TrieEdges``, ``LemmaClass``)
/// answer exactly as the dictionaries and sets they stand in for.
@Suite struct WordTableTests {
    /// Keys the tables are asked: members, near misses, case variants, accents, and strings
    /// that are canonically equal to ASCII ones without being ASCII.
    static let probes = [
        "alpha", "beta", "gamma", "alph", "alphas", "Alpha", "", "caf\u{E9}", "cafe\u{301}", "cafe", "k", "\u{212A}",
        "x;y", "x\u{037E}y", "delta-epsilon", "\u{2019}s", "'s", "zeta", "eta", "theta", "iota", "kappa", "lambda",
    ]

    @Test func wordIndexAnswersAsADictionary() {
        for words in [["alpha", "beta", "gamma", "caf\u{E9}", "'s", "delta-epsilon"],
                      ["alpha", "K", "x;y"],
                      ["alpha", "\u{212A}", "x\u{037E}y"],
                      (0..<500).map { "w\($0)" } + ["alpha"]] {
            let index = WordIndex(words)
            var dict: [String: Int] = [:]
            for (k, w) in words.enumerated() { dict[w] = k }
            for p in WordTableTests.probes + words { #expect(index.position(of: p) == dict[p], "\(words.prefix(3)) \(p)") }
        }
        // A decomposed accent finds the precomposed word, as String equality does.
        #expect(WordIndex(["caf\u{E9}"]).position(of: "cafe\u{301}") == 0)
        #expect(WordIndex([]).position(of: "alpha") == nil)
    }

    @Test func trieEdgesAnswerAsTheNodesDictionaries() {
        let children: [[String: Int32]] = [
            ["alpha": 1, "beta": 2, "caf\u{E9}": 3],
            ["beta": 4, "gamma": 5],
            ["alpha": 6],
            [:], [:], [:], [:],
        ]
        let edges = TrieEdges(children)
        for node in children.indices {
            for p in WordTableTests.probes { #expect(edges.child(node, p) == children[node][p], "\(node) \(p)") }
        }
        // The same word leads to different children from different nodes.
        #expect(edges.child(0, "beta") == 2 && edges.child(1, "beta") == 4 && edges.child(2, "beta") == nil)
        #expect(edges.child(0, "cafe\u{301}") == 3)
    }

    @Test func gazetteerStillMatchesMultiWordNames() {
        let e = LexiconEntity(label: "South China Sea", type: .region, aliases: ["SCS"])
        let g = Gazetteer(entities: [e.id: e])
        let pieces = Tokenized.pieces(Tokenizer.tokens("in the South China Sea today"))
        let found = g.matches(pieces, from: 2)
        #expect(found.map(\.0) == [3])
        #expect(found.first?.1.first?.entityID == e.id)
        #expect(g.matches(pieces, from: 3).isEmpty)
        #expect(g.sortedAliases[e.id] == ["SCS"])
    }

    @Test func lemmaClassesAreTheRuleWordSets() {
        let classes: [(LemmaClass, WordSet)] = [
            (.tieMaking, RuleEngine.tieMakingVerbs), (.tieBreaking, RuleEngine.tieBreakingVerbs), (.regard, RuleEngine.regardVerbs),
            (.buy, RuleEngine.buyVerbs), (.transfer, RuleEngine.transferVerbs), (.receipt, RuleEngine.receiptVerbs),
            (.meeting, RuleEngine.meetingVerbs), (.persuasion, WordClass.persuasionVerbs),
        ]
        for (c, set) in classes {
            for w in set { #expect(LemmaClass.mask(of: w) & c.rawValue != 0, "\(w)") }
        }
        #expect(LemmaClass.mask(of: "curb") & LemmaClass.curb.rawValue != 0)
        #expect(LemmaClass.mask(of: "be") & LemmaClass.linking.rawValue != 0)
        #expect(LemmaClass.mask(of: "table") == 0)
        // "cut" both breaks ties and curbs a flow.
        #expect(LemmaClass.mask(of: "cut") & (LemmaClass.tieBreaking.rawValue | LemmaClass.curb.rawValue)
            == LemmaClass.tieBreaking.rawValue | LemmaClass.curb.rawValue)
    }

    @Test func lemmaColumnMarksTokensByTheirLemmas() {
        let lower = ["they", "restored", "ties", "and", "cut", "trade", "while", "buying", "oil", "zzzq"]
        let column = LemmaColumn(lower, VerbLexicon.bundled)
        #expect(column.isIn(1, .tieMaking) && !column.isIn(1, .tieBreaking))
        #expect(column.isIn(4, .tieBreaking) && column.isIn(4, .curb))
        #expect(column.isIn(7, .buy))
        #expect(!column.isIn(2, .tieMaking) && !column.isIn(9, [.tieMaking, .buy, .curb]))
        for k in lower.indices {
            let any = column[k].contains(where: RuleEngine.tieMakingVerbs.contains)
            #expect(column.isIn(k, .tieMaking) == any, "\(lower[k])")
        }
        #expect(column[9] == ["zzzq"])
    }

    /// A frame keeps each word's byte hash, so its word-class tests answer as the sets do on
    /// its words: folded curly apostrophes, a cut "then-" prefix, accents, and "" out of range.
    @Test func frameWordTestsAnswerAsTheSets() {
        let text = "Then-ambassador Ana Soto didn\u{2019}t say the caf\u{E9} and its rivals \u{201C}regularly\u{201D} met in October , without the"
        let tokens = Tokenizer.tokens(text)
        let sentence = Sentence(index: 0, start: 0, end: text.unicodeScalars.count, text: text, paragraph: 0)
        let f = SentenceFrame(index: 0, sentence: sentence, tokens: tokens, mentions: [], nodes: [:], verbs: .bundled)
        #expect(f.lower[0] == "ambassador" && f.lower[3] == "didn't")
        let sets = [WordClass.determiners, WordClass.prepositions, WordClass.adverbs, WordClass.quotes, WordClass.boundaries,
                    WordClass.dateWords, WordClass.possessivePronouns, WordSet(["ambassador", "didn't", "caf\u{E9}", "cafe\u{301}"])]
        for set in sets {
            for k in -1...f.count { #expect(f.isIn(k, set) == set.contains(f.word(k)), "\(f.word(k))") }
        }
        #expect(f.isIn(0, sets[7]) && f.isIn(3, sets[7]) && f.isIn(6, sets[7]))
        let column = LemmaColumn(f.lower, VerbLexicon.bundled)
        f.prepareLemmas()
        for k in 0..<f.count { #expect(f.lemmas[k] == column[k], "\(f.lower[k])") }
    }

    /// Every word of a list with a ``WordClassBits`` bit carries the list's bit, and a parsed
    /// frame (lemmas prepared) answers each such list by bits as the list's set does.
    @Test func classBitsAnswerAsTheSets() {
        for (k, name) in WordClassBits.lists.enumerated() {
            let set = WordLists.set(name)
            #expect(set.classBit == 1 << UInt64(k), "\(name)")
            for w in WordLists.list(name) { #expect(WordClassBits.bits(of: w) & set.classBit != 0, "\(name) \(w)") }
        }
        #expect(WordClassBits.bits(of: "zzzq") == 0 && WordSet(["ban"]).classBit == 0)
        let text = "The ban on arms sales, imposed by the two allies \u{2014} including Japan \u{2014} against \u{201C}their\u{201D} rivals, was lifted."
        let tokens = Tokenizer.tokens(text)
        let sentence = Sentence(index: 0, start: 0, end: text.unicodeScalars.count, text: text, paragraph: 0)
        let f = SentenceFrame(index: 0, sentence: sentence, tokens: tokens, mentions: [], nodes: [:], verbs: .bundled)
        #expect(f.lemmas.count == f.count)
        for name in WordClassBits.lists {
            let set = WordLists.set(name)
            for k in -1...f.count { #expect(f.isIn(k, set) == set.contains(f.word(k)), "\(name) \(f.word(k))") }
        }
        #expect(f.isIn(1, RuleEngine.measureNouns) && !f.isIn(2, RuleEngine.measureNouns))
    }

    /// The one-pass decoder gives the scalar view's scalars: ASCII, two-, three- and four-byte
    /// scalars, combining marks, the empty string and a bridged-free substring copy.
    @Test func scalarsDecodeAsTheScalarView() {
        for s in ["", "plain ASCII.", "caf\u{E9} cafe\u{301} \u{201C}quoted\u{201D} \u{2014} \u{1F30F} \u{10FFFF}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}",
                  String(repeating: "\u{4E2D}\u{6587}a", count: 40), String("xx\u{E9}yy".dropFirst())] {
            #expect(UTF8Bytes.scalars(s) == Array(s.unicodeScalars), "\(s)")
        }
    }

    /// The phrase-start masks only skip tokens where no phrase of a table starts: every table
    /// matches at every token as it does with the masks off.
    @Test func phraseStartMasksChangeNoMatch() {
        let lex = VerbLexicon.bundled
        var off = lex
        off.verbs.startBit = 0; off.nominals.startBit = 0; off.refusals.startBit = 0; off.negators.startBit = 0
        off.hedges.startBit = 0; off.controls.startBit = 0; off.speech.startBit = 0; off.light.startBit = 0
        off.titles.startBit = 0; off.nationalTitles.startBit = 0
        let lower = ["the", "foreign", "minister", "said", "they", "refused", "to", "team", "up", "with", "and", "did", "not",
                     "clashed", "publicly", "with", "imposed", "sanctions", "on", "senator", "may", "sign", "a", "pact", "zzzq", "."]
        let column = LemmaColumn(lower, lex)
        for i in lower.indices {
            #expect(lex.verbs.match(at: i, lemmas: column)?.index == off.verbs.match(at: i, lemmas: column)?.index)
            #expect(lex.nominals.match(at: i, lemmas: column)?.index == off.nominals.match(at: i, lemmas: column)?.index)
            for (a, b) in [(lex.refusals, off.refusals), (lex.negators, off.negators), (lex.hedges, off.hedges), (lex.controls, off.controls),
                           (lex.speech, off.speech), (lex.light, off.light)] {
                #expect(a.match(at: i, lemmas: column)?.length == b.match(at: i, lemmas: column)?.length)
                #expect(a.matchEnding(at: i + 1, lemmas: column) == b.matchEnding(at: i + 1, lemmas: column))
            }
            #expect(lex.titles.match(at: i, lemmas: column)?.index == off.titles.match(at: i, lemmas: column)?.index)
            #expect(lex.nationalTitles.match(at: i, lemmas: column)?.index == off.nationalTitles.match(at: i, lemmas: column)?.index)
        }
        #expect(lex.verbs.match(at: 7, lemmas: column)?.length == 3)
        #expect(lex.titles.allWords.contains("minister") && !lex.titles.allWords.contains("zzzq"))
    }
}
