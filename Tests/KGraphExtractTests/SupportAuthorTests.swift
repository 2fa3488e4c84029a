import Testing
import KGraphModel
@testable import KGraphExtract

/// Backing someone's plan or bid whose content is not named backs its author; support won or
/// enjoyed "of"/"from" a giver is the giver's support.
@Suite struct SupportAuthorTests {
    @Test func backingAnUnnamedPlanBacksItsAuthor() {
        #expect(relKeys("[Peru|country] backed [Chile|country]'s bid.") == ["peru supports chile"])
        #expect(relKeys("[Peru|country] welcomed [Chile|country]'s proposal on Monday.") == ["peru supports chile"])
        // Content named: the content, not the author, is what is backed.
        #expect(!relKeys("[Peru|country] welcomed [Chile|country]'s call for a ceasefire.").contains("peru supports chile"))
        // Rejecting an author's plan is not read as rejecting the author.
        #expect(relKeys("[Peru|country] rejected [Chile|country]'s proposal.") == [])
    }

    @Test func supportWonOrEnjoyedFromAGiver() {
        #expect(relKeys("[Peru|country] won the backing of [Chile|country].") == ["chile supports peru"])
        #expect(relKeys("[Peru|country] has the support of [Chile|country].") == ["chile supports peru"])
        #expect(relKeys("[Peru|country] enjoys strong support from [Chile|country].") == ["chile supports peru"])
        #expect(relKeys("[Peru|country] had no support from [Chile|country].") == [])
        // A possessed person is the giver, not the possessor.
        #expect(relKeys("[Peru|country] has support from [Chile|country]'s former governor.") == [])
    }
}

/// Goods flowing between two named states are trade; a flow that is restricted is none.
@Suite struct ExportFlowTests {
    @Test func exportsAndImportsBetweenStates() {
        #expect(relKeys("[Peru|country]'s exports to [Chile|country] rose by a fifth.") == ["chile partners-with peru"])
        #expect(relKeys("[Peruvian|country|Peru|dem] copper exports to [Chile|country] doubled.") == ["chile partners-with peru"])
        #expect(relKeys("[Chile|country]'s imports from [Peru|country] fell.") == ["chile partners-with peru"])
    }

    @Test func restrictedFlowsAreNoPartnership() {
        #expect(!relKeys("[Bolivia|country] imposed controls on [Peruvian|country|Peru|dem] exports to [Chile|country].")
            .contains("chile partners-with peru"))
        #expect(!relKeys("[Bolivia|country] raised tariffs on [Chile|country]'s imports from [Peru|country].")
            .contains("chile partners-with peru"))
    }
}
