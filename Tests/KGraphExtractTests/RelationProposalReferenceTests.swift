import Testing
import KGraphModel
@testable import KGraphExtract

/// "the idea", "the plan", "such a proposal" refer back to what was just proposed.
@Suite struct RelationProposalReferenceTests {
    @Test func rejectingTheIdeaRejectsWhatWasProposed() {
        #expect(relKeys("""
        [Peru|country] proposed an [Andean Shield|alliance] last week.
        [Chile|country] rejected the idea on Monday.
        """) == ["chile rejects andean-shield", "peru proposes andean-shield"])
        #expect(relKeys("""
        [Peru|country] floated a plan for an [Andean Shield|alliance].
        [Chile|country] quickly welcomed the proposal.
        """) == ["chile supports andean-shield", "peru proposes andean-shield"])
    }

    @Test func theIdeaWithItsOwnContentIsNoReference() {
        #expect(relKeys("""
        [Peru|country] proposed an [Andean Shield|alliance] last week.
        [Chile|country] rejected the idea that it was needed.
        """) == ["peru proposes andean-shield"])
    }

    @Test func nothingProposedNothingReferred() {
        #expect(relKeys("""
        The [Andean Shield|alliance] met in May.
        [Chile|country] rejected the idea.
        """) == [])
        #expect(relKeys("""
        [Peru|country] proposed an [Andean Shield|alliance] in 2019.
        Trade grew.
        Prices fell.
        Farmers protested.
        [Chile|country] rejected the idea.
        """) == ["peru proposes andean-shield"])
    }

    @Test func negatedReferenceSaysNothing() {
        #expect(relKeys("""
        [Peru|country] proposed an [Andean Shield|alliance] last week.
        [Chile|country] did not reject the idea.
        """) == ["peru proposes andean-shield"])
    }
}
