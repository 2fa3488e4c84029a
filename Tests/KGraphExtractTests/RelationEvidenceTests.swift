import Testing
import KGraphModel
@testable import KGraphExtract

@Suite struct RelationEvidenceTests {
    @Test func evidenceCarriesEveryField() {
        let (a, e) = relAnalysis("The summit opened.\n[Peru|country] teamed up with [Chile|country] on fisheries.", id: "art-1")
        let edges = RelationExtractor(verbs: .bundled).relations(in: a, entities: e)
        #expect(edges.count == 1)
        let ev = edges[0].evidence[0]
        #expect(ev.article == "art-1")
        #expect(ev.sentenceIndex == 1)
        #expect(ev.sentence == "Peru teamed up with Chile on fisheries.")
        let scalars = Array(a.text.unicodeScalars)
        func slice(_ s: TextSpan?) -> String { String(String.UnicodeScalarView(scalars[s!.start..<s!.end])) }
        #expect(slice(ev.span) == ev.sentence)
        #expect(ev.trigger == "teamed up with")
        #expect(slice(ev.triggerSpan) == "teamed up with")
        // partners-with is symmetric: stored chile -> peru, spans follow the stored direction.
        #expect(edges[0].source == "chile")
        #expect(slice(ev.sourceSpan) == "Chile")
        #expect(slice(ev.targetSpan) == "Peru")
        #expect(ev.rule == "svo")
        #expect(ev.modality == .asserted)
        #expect(ev.attribution == nil)
        #expect(ev.confidence > 0 && ev.confidence <= 1)
    }

    @Test func oneEvidencePerSentence() {
        let edges = relEdges("""
        [Peru|country] joined the [Andean Shield|alliance] and, after [Peru|country] joined the [Andean Shield|alliance], it grew.
        [Peru|country] joined the [Andean Shield|alliance] again.
        """)
        #expect(edges.count == 1)
        #expect(edges[0].evidence.map(\.sentenceIndex) == [0, 1])
    }

    @Test func repeatedSentenceIsOneEvidence() {
        // A paragraph pasted twice states the relation once; a reworded sentence is new support.
        let edges = relEdges("""
        [Peru|country] joined the [Andean Shield|alliance].
        [Peru|country] joined the [Andean Shield|alliance].
        Later [Peru|country] joined the [Andean Shield|alliance] for good.
        """)
        #expect(edges.count == 1)
        #expect(edges[0].evidence.map(\.sentenceIndex) == [0, 2])
    }

    @Test func confidenceOrdering() {
        func conf(_ s: String) -> Double { relEdges(s).first { $0.target == "andean-shield" }?.evidence[0].confidence ?? -1 }
        let asserted = conf("[Peru|country] joined the [Andean Shield|alliance].")
        let hedged = conf("[Peru|country] could join the [Andean Shield|alliance].")
        let flipped = conf("[Peru|country] will not join the [Andean Shield|alliance].")
        let far = conf("[Peru|country], after many long months of quiet talks with neighbours, joined the [Andean Shield|alliance].")
        #expect(asserted > hedged)
        #expect(asserted > flipped)
        #expect(asserted > far)
    }

    @Test func deterministic() {
        let text = "[Peru|country]'s partnerships with [Chile|country], [Brazil|country] and [Panama|country] grew."
        let a = relEdges(text), b = relEdges(text)
        #expect(a == b)
    }

    @Test func userVerbsExtendTheLexicon() {
        var v = VerbLexicon.bundled
        #expect(relKeys("[Peru|country] buddied up with [Chile|country].") == [])
        v.add(phrase: "buddy up with", edge: .partnersWith)
        let (a, e) = relAnalysis("[Peru|country] buddied up with [Chile|country].")
        let keys = RelationExtractor(verbs: v).relations(in: a, entities: e).map { "\($0.source) \($0.type.rawValue) \($0.target)" }
        #expect(keys == ["chile partners-with peru"])
    }
}
