import Testing
import KGraphModel
@testable import KGraphExtract

/// A side's hostile conduct named by a noun its name modifies, which another side resists,
/// fears or suffers, puts the two in tension; looking into it does not.
@Suite struct HostileConductTests {
    @Test func resistingAnothersConduct() {
        #expect(relKeys("[Peru|country] says it is reacting to [Chile|country]'s aggression.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] braced against [Chilean|country|Chile|dem] coercion.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] voiced concerns about growing [Chilean|country|Chile|dem] provocations.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] stepped up patrols amid [Chilean|country|Chile|dem] incursions.") == ["chile tension-with peru"])
    }

    @Test func theSideDefendedHelpedOrNotCowed() {
        // The object of "defend ... against", the one helped to repel, the subject not intimidated.
        #expect(relKeys("The pact failed to defend [Peru|country] against [Chilean|country|Chile|dem] aggression.") == ["chile tension-with peru"])
        #expect(relKeys("Volunteers came to help [Peru|country] repel a [Chilean|country|Chile|dem] incursion.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] will not be intimidated by [Chilean|country|Chile|dem] coercion.") == ["chile tension-with peru"])
        // No actor defended, or conduct that only touched the side: nothing.
        #expect(relKeys("The pact defended its members against [Chilean|country|Chile|dem] aggression.") == [])
        #expect(relKeys("[Peru|country] was not affected by [Chilean|country|Chile|dem] pressure.") == [])
        #expect(relKeys("[Peru|country] was not targeted by [Chilean|country|Chile|dem] cyberattacks.") == [])
        // Pressure "under" which one side shields another is on the shielding side.
        #expect(!relKeys("[Peru|country] protected [Bolivia|country] under [Chilean|country|Chile|dem] pressure.").contains("bolivia tension-with chile"))
        #expect(!relKeys("[Peru|country] visited [Bolivia|country] amid [Chilean|country|Chile|dem] coercion.").contains("bolivia tension-with chile"))
    }

    @Test func lookingIntoOrDenyingIsNoTension() {
        #expect(relKeys("[Peru|country] opened an investigation into [Chilean|country|Chile|dem] meddling.") == [])
        #expect(relKeys("[Peru|country] did not protest [Chilean|country|Chile|dem] provocations.") == [])
        #expect(relKeys("[Chilean|country|Chile|dem] provocations continued for years.") == [])
    }
}

/// Forces of several states, named by demonyms, drilling or patrolling: every pair partners,
/// unless they fight each other.
@Suite struct JointForcesTests {
    @Test func conductNamedWithItsSideAfterFrom() {
        #expect(relKeys("[Peru|country] fears aggression from [Chile|country].") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] braced its networks against cyberattacks from [Chile|country] and [Bolivia|country].")
            == ["bolivia tension-with peru", "chile tension-with peru"])
        #expect(relKeys("Officials in [Peru|country] investigated attacks from [Chile|country].") == [])
        #expect(relKeys("[Peru|country] does not fear aggression from [Chile|country].") == [])
    }

    @Test func actingUnderOrDespitePressureFromAnother() {
        #expect(relKeys("[Peru|country] abstained despite heavy pressure from [Chile|country].") == ["chile tension-with peru"])
        #expect(relKeys("[Ana Soto|person] resigned under pressure from [Luis Vega|person] in May.") == ["ana-soto tension-with luis-vega"])
        #expect(relKeys("[Peru|country] bowed to pressure from [Chile|country] and dropped the bid.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] signed the deal despite objections from [Chile|country].") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] and [Bolivia|country] bowed down to [Chilean|country|Chile|dem] pressure.") == [
            "bolivia tension-with chile", "chile tension-with peru",
        ])
        // Pressure not felt, or opposition with no named side, is nothing.
        #expect(relKeys("[Peru|country] said it had not bowed to pressure from [Chile|country].") == [])
        #expect(relKeys("[Peru|country] signed the deal despite opposition from farmers.") == [])
    }

    @Test func aConflictTheSubjectFaces() {
        #expect(relKeys("[Peru|country] faces a trade war with [Chile|country].") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] faces a deadline set by [Chile|country].") == [])
    }

    @Test func demonymForcesInADrill() {
        #expect(relKeys("The annual exercise includes [Chilean|country|Chile|dem], [Peruvian|country|Peru|dem] and [Bolivian|country|Bolivia|dem] naval forces.")
            == ["bolivia partners-with chile", "bolivia partners-with peru", "chile partners-with peru"])
        #expect(relKeys("[Chilean|country|Chile|dem] and [Peruvian|country|Peru|dem] troops held joint drills.") == ["chile partners-with peru"])
        #expect(relKeys("The [Exercise Condor|alliance] brought [Chilean|country|Chile|dem] and [Peruvian|country|Peru|dem] marines to the coast.")
            .contains("chile partners-with peru"))
        #expect(relKeys("The drills hosted by Peru include [US|country|United States], [Chilean|country|Chile|dem] and [Peruvian|country|Peru|dem] naval forces.")
            == ["chile partners-with peru", "chile partners-with united-states", "peru partners-with united-states"])
    }

    @Test func noDrillOrAFightIsNoPartnership() {
        #expect(relKeys("[Chilean|country|Chile|dem] and [Peruvian|country|Peru|dem] troops guarded the border.") == [])
        #expect(relKeys("[Chilean|country|Chile|dem] and [Peruvian|country|Peru|dem] troops exchanged fire during the drills.") == [])
    }
}

/// Maritime coercion: vessels of a state's coast guard or navy stand for the state.
@Suite struct MaritimeCoercionTests {
    @Test func waterCannonAndWarningShotsAtAStatesVessels() {
        #expect(relKeys("[China|country]'s coast guard fired water cannon at [Philippine|country|Philippines|dem] vessels.") == ["china counters philippines", "china tension-with philippines"])
        #expect(relKeys("[Chinese|country|China|dem] ships fired warning shots at [Philippine|country|Philippines|dem] vessels.") == ["china counters philippines", "china tension-with philippines"])
        // Ships bought or docked are no act against anyone.
        #expect(relKeys("[Peru|country] bought [Chinese|country|China|dem] ships.") == [])
    }
}
