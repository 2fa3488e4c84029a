import Testing
import KGraphIngest
import KGraphModel
@testable import KGraphExtract

/// "it" opening a sentence points back, unless it stands in a fronted phrase. Run through the
/// whole extractor (own sentences), because the bug lived in how a pronoun became a subject.
@Suite struct RelationCataphoraTests {
    func edgeKeys(_ text: String) -> Set<String> { extractedEdgeKeys(text, lexicon: testLexicon) }

    @Test func sentenceInitialItPointsBackNotIntoAList() {
        let keys = edgeKeys("India values its strategic autonomy. It has built strategic partnerships with the United States, Russia, China and Japan.")
        #expect(keys.isSuperset(of: ["india partners-with united-states", "india partners-with russia", "china partners-with india", "india partners-with japan"]))
        #expect(!keys.contains("russia partners-with united-states"))
        #expect(!keys.contains("china partners-with russia"))
        #expect(!keys.contains("japan partners-with russia"))
    }

    @Test func pronounInAFrontedPhrasePointsToTheSubjectAfterTheComma() {
        let keys = edgeKeys("With its partnerships with Japan, India has rejected NATO.")
        #expect(keys.contains("india rejects nato"))
    }
}

/// Rejecting or backing someone's proposal is about what is proposed (own sentences).
@Suite struct RelationProposalObjectTests {
    @Test func theContentOfAProposalIsTheObjectNotItsAuthor() {
        let keys = relKeys("[Brazil|country] rejected [Chile|country]'s call for an [Andean NATO|alliance].")
        #expect(keys.contains("brazil rejects andean-nato"))
        #expect(!keys.contains("brazil rejects chile"))
    }

    @Test func aProposalWithoutNamedContentGivesNoEdgeToItsAuthor() {
        #expect(!relKeys("[Brazil|country] rejected [Chile|country]'s proposal.").contains("brazil rejects chile"))
    }

    @Test func otherPossessedThingsStillPointAtTheirOwner() {
        #expect(relKeys("[Brazil|country] criticised [Chile|country]'s tactics.") == ["brazil tension-with chile"])
    }
}

/// Staying in a group is membership; its negation never is (own sentences).
@Suite struct RelationRemainMemberTests {
    @Test func remainingAMemberIsMembership() {
        #expect(relKeys("[Chile|country] remains a member of the [Andean Shield|alliance].") == ["chile member-of andean-shield"])
        #expect(relKeys("[Peru|country] is a founding member of the [Andean Shield|alliance].") == ["peru member-of andean-shield"])
    }

    @Test func notRemainingAMemberIsNoMembership() {
        #expect(!relKeys("[Chile|country] will not remain a member of the [Andean Shield|alliance].").contains("chile member-of andean-shield"))
    }
}
