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
}
