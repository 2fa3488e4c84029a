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

/// Reactions read only from their own sentence's act, and only when stated (own sentences).
@Suite struct ReactionScopeTests {
    @Test func theActIsInTheReactionsOwnSentence() {
        // The sanctions of the sentence before are not "the move".
        let keys = relKeys("[Peru|country] imposed sanctions on [Chile|country].\n[Bolivia|country] test-fired a rocket on Sunday, a move [Ecuador|country] condemned.")
        #expect(keys.contains("bolivia tension-with ecuador") && !keys.contains("ecuador tension-with peru"))
    }

    @Test func aFrontedClauseOrAHopeHidesTheDoer() {
        #expect(relKeys("After [Peru|country] protested, [Chile|country] seized the boat, a move [Bolivia|country] condemned.") == [])
        #expect(relKeys("[Peru|country] hopes [Chile|country] will return to talks, a move [Bolivia|country] backed.") == [])
    }

    @Test func noReactionDrawnIsNone() {
        #expect(relKeys("[Peru|country] fired a rocket, drawing no condemnation from [Chile|country].") == [])
    }
}

/// Counterparts named with a plain pronoun, acts on a state's people, denied reports (own sentences).
@Suite struct ReviewMendTests {
    @Test func aCounterpartAfterAnUnresolvedPronoun() {
        let keys = relKeys("[Peruvian|country|Peru|dem] President [Ana Rojas|person] and his [Chilean|country|Chile|dem] counterpart [Luis Soto|person] signed a trade pact.")
        #expect(keys.contains("ana-rojas partners-with luis-soto") && keys.contains("luis-soto leads chile") && keys.contains("chile partners-with peru"))
    }

    @Test func anActOnAStatesPeopleIsNoQuarrelWithIt() {
        let keys = relKeys("[Peru|country] deported [Chilean|country|Chile|dem] migrants.")
        #expect(!keys.contains("chile tension-with peru"))
    }

    @Test func deniedReportsStateNothing() {
        #expect(relKeys("[Peru|country] denied reports that [Chile|country] had sold rifles to [Bolivia|country].") == [])
    }

    @Test func warshipsSentAreNoHelpButShipsHandedOverAre() {
        #expect(relKeys("[Peru|country] sent warships to [Chile|country] in a show of force.") == [])
        #expect(relKeys("[Peru|country] obtained intelligence from [Chile|country] through hacking.") == [])
        #expect(relKeys("[Peru|country] provided [Chile|country] with two warships.") == ["peru supports chile"])
    }

    @Test func frozenAssetsAreNoFrozenMembership() {
        let keys = relKeys("At the [Andes Pact|alliance] summit, [Peru|country] and [Chile|country] agreed to freeze [Bolivian|country|Bolivia|dem] assets.",
                           memberships: ["andes-pact": ["peru", "chile"]])
        #expect(keys.contains("peru member-of andes-pact") && keys.contains("chile member-of andes-pact"))
    }

    @Test func anArticleMembershipIsNotDrawnFromASentenceThatEndsIt() {
        let text = """
        The [Andes Pact|alliance] met on Monday.
        [Peru|country] pulled out of the [Andes Pact|alliance] last year.
        The [Andes Pact|alliance] will meet again.
        """
        #expect(!relKeys(text, memberships: ["andes-pact": ["peru"]]).contains("peru member-of andes-pact"))
        let denied = """
        The [Andes Pact|alliance] met on Monday.
        [Peru|country] says it is not a member of any bloc.
        The [Andes Pact|alliance] will meet again.
        """
        #expect(!relKeys(denied, memberships: ["andes-pact": ["peru"]]).contains("peru member-of andes-pact"))
        // A negation about something else leaves the membership.
        let other = """
        The [Andes Pact|alliance] met on Monday.
        [Peru|country] did not sign the statement.
        The [Andes Pact|alliance] will meet again.
        """
        #expect(relKeys(other, memberships: ["andes-pact": ["peru"]]).contains("peru member-of andes-pact"))
    }
}
