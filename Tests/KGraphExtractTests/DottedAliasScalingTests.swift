import Foundation
import Testing
import KGraphIngest
import KGraphModel
@testable import KGraphExtract

/// Issue 14, item 3: dotted aliases written together ("U.S.U.S.U.S....", also U.K., U.N.,
/// U.S.A.) make one sentence of thousands of names: 160 KB took 1.3 s, 1 MB about 45 s.
/// Two steps did work proportional to the sentence for every name in it. Ten times the
/// names must take about ten times as long, not a hundred.
@Suite struct DottedAliasScalingTests {
    /// Best of three runs, in seconds (the machine may be busy).
    func seconds(_ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<3 {
            let t0 = Date()
            body()
            best = min(best, Date().timeIntervalSince(t0))
        }
        return best
    }

    /// A frame of one sentence of `n` mentions of one node, added in text order.
    func frame(mentions n: Int) -> SentenceFrame {
        let text = String(repeating: "US ", count: n)
        let tokens = Tokenizer.tokens(text)
        let node = Node(label: "United States", type: .country)
        let mentions = tokens.enumerated().map { k, t in
            EntityMention(nodeID: node.id, start: t.start, end: t.end, sentence: 0, tokenRange: k..<(k + 1), text: t.text, form: .name)
        }
        let sentence = Sentence(index: 0, start: 0, end: text.unicodeScalars.count, text: text, paragraph: 0)
        return SentenceFrame(index: 0, sentence: sentence, tokens: tokens, mentions: mentions, nodes: [node.id: node], verbs: .bundled)
    }

    @Test func sentenceFrameTakesThousandsOfMentionsInLinearTime() {
        _ = frame(mentions: 10)  // loads the verb lexicon
        let small = seconds { #expect(frame(mentions: 3_000).mentions.count == 3_000) }
        let large = seconds { #expect(frame(mentions: 30_000).mentions.count == 30_000) }
        #expect(large / small < 40, "\(small) s for 3,000 mentions, \(large) s for 30,000")
        // Mentions added out of order still land sorted, with the token map renumbered.
        let tokens = Tokenizer.tokens("A B C D")
        let nodes = ["a": Node(label: "A", type: .country), "c": Node(label: "C", type: .country), "d": Node(label: "D", type: .country)]
        let sentence = Sentence(index: 0, start: 0, end: 7, text: "A B C D", paragraph: 0)
        func m(_ id: String, _ k: Int) -> EntityMention {
            EntityMention(nodeID: id, start: tokens[k].start, end: tokens[k].end, sentence: 0, tokenRange: k..<(k + 1), text: tokens[k].text, form: .name)
        }
        let f = SentenceFrame(index: 0, sentence: sentence, tokens: tokens, mentions: [m("d", 3), m("a", 0)], nodes: nodes, verbs: .bundled)
        let added = f.add(m("c", 2), nodes: nodes), overlapping = f.add(m("a", 2), nodes: nodes)
        #expect(added && !overlapping)
        #expect(f.mentions.map(\.nodeID) == ["a", "c", "d"])
        #expect((0..<4).map { f.mention(at: $0) } == [0, nil, 1, 2])
    }

    @Test func nameCandidatesInOneHugeSentenceTakeLinearTime() {
        // The test lexicon does not know "U.S.A.": every piece is a name candidate.
        let small = seconds { _ = analyze(String(repeating: "U.S.A.", count: 1_000)) }
        let large = seconds { _ = analyze(String(repeating: "U.S.A.", count: 10_000)) }
        #expect(large / small < 40, "\(small) s for 6 KB, \(large) s for 60 KB")
    }

    @Test func extractionFindsEveryDottedAliasWrittenTogether() {
        for (unit, id) in [("U.S.", "united-states"), ("U.K.", "united-kingdom"), ("U.N.", "united-nations"), ("U.S.A.", "united-states")] {
            let graph = Extractor(lexicon: .bundled).extract(Article(id: "dots", text: String(repeating: unit, count: 2_000)))
            #expect((graph.node(id: id)?.mentions.count ?? 0) >= 1_000, "\(unit): \(graph.nodes.map { "\($0.id) \($0.mentions.count)" })")
        }
    }
}
