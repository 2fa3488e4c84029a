import KGraphModel
import Testing
@testable import KGraphExtract

/// A coalition named only by the state or body that leads it ("the Saudi-led coalition").
/// Every sentence here is invented.
@Suite struct LedCoalitionTests {
    @Test func theCoalitionIsANodeAndTheLeaderKeepsItsMention() {
        let a = analyze("Jets of the Egyptian-led coalition struck rebel camps on Monday.", lexicon: .bundled)
        #expect(a.nodes["egyptian-led-coalition"]?.type == .alliance)
        #expect(a.nodes["egypt"]?.type == .country)
        // Modifiers before the head are the coalition's; the label keeps leader and head only.
        let b = analyze("A U.S.-led naval alliance patrols the strait, and the US-led alliance will grow.", lexicon: .bundled)
        #expect(b.nodes["us-led-alliance"]?.mentions.count == 2)
        #expect(b.nodes["u-s-led-alliance"] == nil)
    }

    @Test func theLeaderJoinsAndTheCoalitionActs() {
        let keys = extractedEdgeKeys("The Egyptian-led coalition bombed Houthi camps near the border.")
        #expect(keys.contains("egypt member-of egyptian-led-coalition"))
        #expect(keys.contains("egyptian-led-coalition counters houthis"))
        // It acts for its leader too; a named alliance's acts stay the alliance's.
        #expect(keys.contains("egypt counters houthis"))
        #expect(!extractedEdgeKeys("The U.S.-led NATO alliance condemned Russia.").contains("russia tension-with united-states"))
        // "The coalition" later is the same body.
        #expect(extractedEdgeKeys("The Turkish-led bloc met in Ankara. Later the bloc accused Syria of shelling the border.")
            .contains("syria tension-with turkish-led-bloc"))
    }

    @Test func otherLedNounsAndNamedAlliancesMakeNoNode() {
        // A named alliance keeps its name ("the U.S.-led NATO alliance" is NATO).
        let a = analyze("Moscow condemned the NATO-led operation and the U.S.-led NATO alliance.", lexicon: .bundled)
        #expect(!a.nodes.keys.contains { $0.contains("-led") })
        #expect(extractedEdgeKeys("Officials praised the U.S.-led NATO alliance.").contains("united-states member-of nato"))
    }
}
