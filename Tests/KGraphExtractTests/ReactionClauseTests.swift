import Testing
import KGraphIngest
import KGraphModel
@testable import KGraphExtract

/// Reactions hung on the main clause take a stance toward the act's doer (own sentences).
@Suite struct ReactionClauseTests {
    @Test func aMoveOthersCondemnedOrBacked() {
        #expect(relKeys("[Peru|country] imposed tariffs on [Chile|country], a move [Bolivia|country] condemned as reckless.")
            .contains("bolivia tension-with peru"))
        let backed = relKeys("[Peru|country] filed a complaint at the court, a move that [Chile|country] and [Bolivia|country] backed.")
        #expect(backed.contains("chile supports peru") && backed.contains("bolivia supports peru"))
        // A reaction denied is none.
        #expect(!relKeys("[Peru|country] imposed tariffs on [Chile|country], a move [Bolivia|country] did not condemn.")
            .contains("bolivia tension-with peru"))
    }

    @Test func anActNounWithItsAgentAfterBy() {
        let keys = relKeys("[Peru|country] test-fired a rocket over the sea, a launch condemned by [Chile|country] and [Bolivia|country].")
        #expect(keys.contains("chile tension-with peru") && keys.contains("bolivia tension-with peru"))
        #expect(relKeys("[Peru|country] moved its embassy to the coast, a step hailed by [Chile|country].") == ["chile supports peru"])
    }

    @Test func drawingAReactionFromSomeone() {
        let keys = relKeys("[Peruvian|country|Peru|dem] troops crossed the river, drawing sharp condemnation from [Chile|country].")
        #expect(keys == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] sold jets to [Chile|country], prompting [Bolivia|country] to retaliate.").contains("bolivia tension-with peru"))
        // Drawing a crowd from a place is no reaction.
        #expect(relKeys("[Peru|country] opened a fair, drawing visitors from [Chile|country].") == [])
    }
}
