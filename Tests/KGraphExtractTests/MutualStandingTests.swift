import Testing
import KGraphModel
@testable import KGraphExtract

/// Sides named together and given a shared relation by a linking verb.
@Suite struct MutualStandingTests {
    @Test func listsSharingARelationNoun() {
        #expect(relKeys("[Chile|country] and [Peru|country] are close allies.") == ["chile partners-with peru"])
        #expect(relKeys("[Chile|country] and [Peru|country] have long been bitter rivals.") == ["chile tension-with peru"])
        #expect(relKeys("[Chile|country], [Peru|country] and [Bolivia|country] remain trading partners.")
            == ["bolivia partners-with chile", "bolivia partners-with peru", "chile partners-with peru"])
        #expect(relKeys("[Chile|country] and [Peru|country] were at war in 1879.") == ["chile tension-with peru"])
    }

    @Test func thirdSidesNegationAndPrivateLife() {
        #expect(relEdges("[Chile|country] and [Peru|country] are allies of [Bolivia|country].").filter { $0.type == .partnersWith && $0.source == "chile" && $0.target == "peru" }
            .allSatisfy { $0.evidence.allSatisfy { $0.rule != "mutual-standing" } })
        #expect(relKeys("[Chile|country] and [Peru|country] are not allies.") == [])
        #expect(relKeys("[Ana Ruiz|person] and [Luis Soto|person] are old friends.") == [])
        #expect(relKeys("[Ana Ruiz|person] and [Luis Soto|person] are bitter rivals.") == ["ana-ruiz tension-with luis-soto"])
    }

    @Test func tradeCounterpartsAndCounting() {
        #expect(relKeys("[Chile|country] is [Peru|country]'s largest copper buyer.").isEmpty)
        #expect(relKeys("[Chile|country] is [Peru|country]'s largest arms buyer.") == ["chile partners-with peru"])
        #expect(relKeys("[Peru|country] counts [Chile|country] as a close friend.") == ["chile partners-with peru"])
    }
}

/// Membership an article takes for granted is questioned only by words near the two names.
@Suite struct KnownMembershipWindowTests {
    let members = ["andean-pact": Set(["peru", "chile"])]

    @Test func farChangeWordsDoNotBlock() {
        #expect(relKeys("[Peru|country] hosted the [Andean Pact|alliance] summit, a week after the minister left office.", memberships: members)
            == ["peru member-of andean-pact"])
        #expect(relKeys("[Peru|country]'s bid to join the [Andean Pact|alliance] stalled.", memberships: members)
            .contains("peru member-of andean-pact") == false)
    }
}
