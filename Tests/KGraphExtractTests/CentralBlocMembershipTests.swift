import Testing
import KGraphIngest
import KGraphModel
@testable import KGraphExtract

/// Members of a small bloc an article is about are members of it, though no sentence says so (own sentences).
@Suite struct CentralBlocMembershipTests {
    let members: [String: Set<String>] = ["andes-pact": ["peru", "chile", "bolivia"]]

    @Test func membersOfASmallBlocTheArticleIsAbout() {
        let text = """
        The [Andes Pact|alliance] met on Monday to discuss tariffs.
        [Peru|country] asked for lower duties on copper.
        [Chile|country] said the talks went well.
        Officials of the [Andes Pact|alliance] will meet again in May.
        """
        let keys = relKeys(text, memberships: members)
        #expect(keys.contains("peru member-of andes-pact") && keys.contains("chile member-of andes-pact"))
        // Bolivia is never named.
        #expect(!keys.contains("bolivia member-of andes-pact"))
    }

    @Test func aBlocNamedInPassingOrAMembershipInQuestionGivesNone() {
        let passing = """
        [Peru|country] held an election on Sunday.
        [Peru|country] voters chose a new president, and [Peru|country] markets rose.
        The new leader once worked for the [Andes Pact|alliance] as an economist.
        [Peru|country] will announce a cabinet soon, and [Chile|country] sent congratulations to [Peru|country].
        """
        #expect(!relKeys(passing, memberships: members).contains("peru member-of andes-pact"))
        let leaving = """
        The [Andes Pact|alliance] met on Monday.
        [Peru|country] said it would leave the [Andes Pact|alliance] next year.
        """
        #expect(!relKeys(leaving, memberships: members).contains("peru member-of andes-pact"))
    }
}

/// A membership frozen or suspended is no membership (own sentences).
@Suite struct FrozenMembershipTests {
    @Test func aFrozenParticipationRejectsTheBloc() {
        let keys = relKeys("[Peru|country] has frozen its participation in the [Andes Pact|alliance].", memberships: ["andes-pact": ["peru"]])
        #expect(keys == ["peru rejects andes-pact"])
    }
}
