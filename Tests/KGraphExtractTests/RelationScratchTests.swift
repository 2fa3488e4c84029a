import Testing
import KGraphModel
@testable import KGraphExtract

@Suite struct RelationScratchTests {
    @Test func scratch() {
        for s in [
            "[Peru|country] Rejects [Chile|country]'s \"[Andean Shield|alliance]\" Plan to Counter [Bolivia|country], Reaffirms [Neutrality|principle]",
            "The [Lima Group|alliance], a forum that brings together [Mercosur|organization] and three states – [Peru|country], [Chile|country], and [Panama|country] – met.",
            "[Peru|country] will not join the [Andean Shield|alliance].",
            "[Peru|country], after many long months of quiet and careful talks with its many neighbours over trade, joined the [Andean Shield|alliance].",
        ] {
            let (a, e) = relAnalysis(s)
            print("TOKENS", e.tokens[0].map(\.text))
            for edge in RelationExtractor(verbs: .bundled).relations(in: a, entities: e) {
                print("EDGE", edge.source, edge.type, edge.target, edge.evidence.map { "\($0.rule!) \($0.confidence)" })
            }
        }
    }
}
