import Testing
import KGraphModel
@testable import KGraphExtract

/// A stance toward an act named by a definite noun ("condemned the launch") is a stance toward
/// the act's agent, found in this sentence or the two before.
@Suite struct EventReferenceTests {
    @Test func aGenericNounRefersToTheLastActStated() {
        #expect(relKeys("[Peru|country] announced new export curbs on Monday.\n[Chile|country] condemned the move.")
            == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] imposed new port fees.\n[Chile|country] welcomed the decision.") == ["chile supports peru"])
    }

    @Test func aSpecificNounRefersToItsOwnVerbOrNoun() {
        #expect(relKeys("[Peru|country] launched a missile on Sunday.\n[Chile|country] and [Bolivia|country] condemned the launch.")
            == ["bolivia tension-with peru", "chile tension-with peru"])
        #expect(relKeys("[Peru|country] carried out a nuclear test.\nThe region was alarmed.\n[Chile|country] denounced the test.")
            == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country]'s missile test alarmed the region.\n[Chile|country] condemned the test.")
            == ["chile tension-with peru"])
    }

    @Test func anAgentNamedAfterByNeedsNoSearch() {
        #expect(relKeys("[Chile|country] welcomed the decision by [Peru|country] to reopen the border.") == ["chile supports peru"])
    }

    @Test func noStanceWithoutAClearAgent() {
        // What was said is no act; a vote on a bill is no approval of its sponsor.
        #expect(relKeys("[Peru|country] said the move was wrong.\n[Chile|country] welcomed the move.") == [])
        #expect(relKeys("[Peru|country] drafted a bill on fishing.\n[Chile|country] backed the measure.") == [])
        // The subject's own act, an act three sentences back, and a negated stance.
        #expect(relKeys("[Peru|country] tested a missile and defended the test.") == [])
        #expect(relKeys("[Peru|country] launched a missile.\nIt flew far.\nIt fell into the sea.\nExperts studied it.\n[Chile|country] condemned the launch.") == [])
        #expect(relKeys("[Peru|country] launched a missile.\n[Chile|country] did not condemn the launch.") == [])
        // A trend is no single act that "the move" could name.
        #expect(relKeys("[Peru|country] has steadily deepened its fishing fleet.\n[Chile|country] welcomed the move.") == [])
    }
}

/// Hostilities traded with another side, and a fronted participle's subject.
@Suite struct ExchangeAndFrontedParticipleTests {
    @Test func hostilitiesTradedWithAnotherSide() {
        #expect(relKeys("[Peru|country] traded insults and threats with [Chile|country].") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] and [Chile|country] traded blame over the collision.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] exchanged fire with [Chilean|country|Chile|dem] leader [Ana Soto|person].").contains("ana-soto tension-with peru"))
        #expect(relKeys("[Peru|country] exchanged gifts with [Chile|country].") == [])
    }

    @Test func aFrontedParticipleBelongsToTheSubjectAfterItsComma() {
        #expect(relKeys("Criticising [Chile|country], [Peru|country] said it would act.") == ["chile tension-with peru"])
        #expect(relKeys("After condemning [Chile|country], [Peru|country] sent tanks to [Bolivia|country].")
            == ["chile tension-with peru", "peru supports bolivia"])
        #expect(relKeys("Pressuring [Chile|country] is a mistake, [Peru|country] said.") == [])
    }
}

/// Claims to another state's land, contested claims, warnings and time spent on a stance.
@Suite struct ClaimAndCautionTests {
    @Test func claimsToAnotherSide() {
        #expect(relKeys("[Peru|country]'s claims to [Chile|country] alarmed its neighbours.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] laid claim to [Chile|country].") == ["chile tension-with peru"])
        #expect(relKeys("[Bolivia|country] contests [Peru|country]'s sweeping claims to the lake.") == ["bolivia tension-with peru"])
        // A claim to an office or a seat is no dispute with anyone.
        #expect(relKeys("[Peru|country]'s claim to a council seat was discussed.") == [])
    }

    @Test func cautioningAnotherSideAgainstAnAct() {
        #expect(relKeys("[Peru|country] cautioned [Chile|country] against any escalation.") == ["chile tension-with peru"])
        #expect(relKeys("Analysts cautioned that [Peru|country] could suffer.") == [])
    }

    @Test func timeSpentOnAStanceIsPartOfTheVerbGroup() {
        #expect(relKeys("[Peru|country] has spent months railing against [Chile|country].") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] and [Chile|country] have exchanged bellicose rhetoric.") == ["chile tension-with peru"])
    }
}

/// A body named after a head of state ("the Soto administration") acts for the state toward
/// other states, not toward its own people.
@Suite struct LeaderGovernmentTests {
    let roles = ["ana-soto": [LexiconRole(office: "President", of: "Peru", relation: .leads)]]

    @Test func theLeadersGovernmentActsForTheStateAbroad() {
        let keys = relKeys("[Ana Soto|person] governs [Peru|country].\nThe [Soto administration|organization] imposed tariffs on [Chile|country].", roles: roles)
        #expect(keys.contains("peru counters chile"))
        #expect(!keys.contains { $0.contains("soto-administration") })
    }

    @Test func atHomeItIsABodyOfItsOwn() {
        let keys = relKeys("[Ana Soto|person] governs [Peru|country].\n[Luis Roa|person] sued the [Soto administration|organization].", roles: roles)
        #expect(keys.contains("luis-roa counters soto-administration"))
        #expect(!keys.contains { $0.hasPrefix("luis-roa") && $0.hasSuffix("peru") })
    }
}

/// A state's organ ("Peru's foreign ministry") takes the state's part toward other states; a
/// body whose other name names its state is an organ of it too.
@Suite struct OrganForStateTests {
    @Test func anOrgansStanceTowardAnotherStateIsTheStates() {
        let keys = relKeys("[Peru|country] is worried.\nThe [Peru Foreign Ministry|organization] criticized [Chile|country].")
        #expect(keys.contains("chile tension-with peru"))
        #expect(keys.contains("chile tension-with peru-foreign-ministry"))
    }

    @Test func towardItsOwnPeopleItIsNot() {
        let keys = relKeys("[Peru|country] is worried.\nThe [Peru Foreign Ministry|organization] criticized [Luis Roa|person].")
        #expect(keys == ["luis-roa tension-with peru-foreign-ministry"])
    }
}

/// A hostile stance named by any modifier and stance noun of the lexicon's classes.
@Suite struct ComposedStanceTests {
    @Test func aHostileStanceTowardAnotherSide() {
        #expect(relKeys("[Peru|country]'s hawkish posture toward [Chile|country] worried exporters.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] adopted a confrontational approach toward [Chile|country].") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] took a hard line on [Chile|country].") == ["chile tension-with peru"])
    }

    @Test func aWeakenedOrNeutralStanceIsNone() {
        #expect(relKeys("[Peru|country]'s less confrontational approach on [Chile|country] surprised many.") == [])
        #expect(relKeys("[Peru|country]'s stance on [Chile|country] is unclear.") == [])
    }
}

/// An act asked of someone through a relation noun ("urged X to take action against Y") is not done.
@Suite struct PersuadedNominalTests {
    @Test func anActAskedOfSomeoneIsNotDone() {
        #expect(relKeys("[Peru|country] pressed [Chile|country] to take tougher measures against [Bolivia|country].")
            .allSatisfy { !$0.contains("bolivia") })
        #expect(relKeys("[Chile|country] took tougher measures against [Bolivia|country].") == ["bolivia tension-with chile", "chile counters bolivia"])
    }
}

/// "X-backed" before a demonym and a title backs the person, not the demonym's state.
@Suite struct BackedPersonTests {
    @Test func theOneBackedIsThePerson() {
        let keys = relKeys("The [Peru|country]-backed former [Chilean|country|Chile|dem] president [Luis Roa|person] fled.")
        #expect(keys.contains("peru supports luis-roa"))
        #expect(!keys.contains("peru supports chile"))
        #expect(relKeys("The [Peru|country]-backed former [Chilean|country|Chile|dem] president fled.").allSatisfy { !$0.hasPrefix("peru supports") })
        #expect(relKeys("The [Peru|country]-backed [Houthis|organization] attacked ships.") == ["peru supports houthis"])
    }
}
