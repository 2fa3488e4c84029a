import Testing
import KGraphIngest
import KGraphModel
@testable import KGraphExtract

/// Support named by nouns of aid and of backers, and principles urged on others (own sentences).
@Suite struct AidAndBackerTests {
    @Test func anAidPackageOrArmsSaleForASide() {
        #expect(relKeys("[Peru|country] announced a new aid package for [Chile|country] on Friday.") == ["peru supports chile"])
        #expect(relKeys("[Peru|country] approved an arms sale to [Chile|country].") == ["peru supports chile"])
        // The body named before the package gives it, not the one that blocks it.
        #expect(relKeys("[Bolivia|country] vetoed an [Andes Union|organization] aid package for [Chile|country].").contains("andes-union supports chile"))
        #expect(!relKeys("[Bolivia|country] vetoed an [Andes Union|organization] aid package for [Chile|country].").contains("bolivia supports chile"))
    }

    @Test func aListOfStatesInAppositionToAPersonsBackers() {
        let keys = relKeys("[Peru|country] and [Chile|country], [Ana Soto|person]'s main backers, were surprised.")
        #expect(keys.contains("peru supports ana-soto") && keys.contains("chile supports ana-soto"))
        // A person's friends are not states.
        #expect(!relKeys("[Peru|country], [Ana Soto|person]'s closest friend, was surprised.").contains("ana-soto partners-with peru"))
    }

    @Test func urgingOthersToKeepAPrincipleUpholdsIt() {
        #expect(relKeys("[Peru|country] urged [Chile|country] to abide by [free trade|principle].") == ["peru upholds free-trade"])
        // Asked to keep a body's rules, no principle is named.
        #expect(relKeys("[Peru|country] urged [Chile|country] to abide by [Andes Union|organization] rules.") == [])
        #expect(relKeys("[Peru|country] pledged to build a [multipolar order|principle].") == ["peru upholds multipolar-order"])
    }
}

/// Officials acting together, and asides that hold no office (own sentences).
@Suite struct CounterpartAndAsideTests {
    @Test func aPersonAndTheirCounterpartActTogether() {
        let keys = relKeys("[Peruvian|country|Peru|dem] President [Ana Rojas|person] and [his|person|Ana Rojas|ref] [Chilean|country|Chile|dem] counterpart [Luis Soto|person] signed a trade pact.")
        #expect(keys.contains("ana-rojas partners-with luis-soto"))
        // A counterpart who is the object of a verb before acts with no one.
        #expect(!relKeys("[Bolivia|country] praised [Ana Rojas|person] and [her|person|Ana Rojas|ref] [Chilean|country|Chile|dem] counterpart [Luis Soto|person] signed a pact.")
            .contains("ana-rojas partners-with luis-soto"))
    }

    @Test func anAdverbialAsideAfterANameHoldsNoOffice() {
        let keys = relKeys("[Peru|country]'s envoy [Ana Rojas|person], in [Lima|country|Chile] for talks with [Chilean|country|Chile|dem] officials, said the talks went well.")
        #expect(keys.contains("ana-rojas serves peru") && !keys.contains("ana-rojas serves chile"))
    }
}

/// Goods handed to a state or its organs (own sentences).
@Suite struct TransferReceiverTests {
    @Test func aStatesOrganReceivesForIt() {
        #expect(relKeys("[Peru|country] will provide [Chile|country]'s coast guard with a patrol ship.") == ["peru supports chile"])
        #expect(relKeys("[Peru|country] provided [Chile|country]'s army with training.") == ["peru supports chile"])
        // A state's firm is no organ of it.
        #expect(relKeys("[Peru|country] provided [Chile|country]'s largest bank with ships.") == [])
    }

    @Test func aPossessorsSupplyOfGoodsToAnother() {
        #expect(relKeys("Talks stalled over [Peru|country]'s supply of drones and missiles to [Chile|country].") == ["peru supports chile"])
        #expect(relKeys("[Peru|country]'s continued deliveries of tanks to [Chile|country] angered [Bolivia|country].").contains("peru supports chile"))
        // Denied, or of goods that are no help, or to a place that is no actor.
        #expect(!relKeys("[Bolivia|country] denied [Peru|country]'s deliveries of tanks to [Chile|country].").contains("peru supports chile"))
        #expect(!relKeys("[Bolivia|country] rejected claims about [Peru|country]'s supply of missiles to [Chile|country].").contains("peru supports chile"))
        #expect(relKeys("[Peru|country]'s supply of toys to [Chile|country] rose.") == [])
    }

    @Test func shipsAndTrainingAreSupportButTroopsAreNot() {
        #expect(relKeys("[Peru|country] provided [Chile|country] with two vessels.") == ["peru supports chile"])
        // Troops sent may be an invasion.
        #expect(relKeys("[Peru|country] sent troops to [Chile|country].") == [])
    }

    @Test func alignedGroupsArePartnersNotBackers() {
        #expect(extractedEdgeKeys("The Iran-aligned Houthis fired drones at a tanker.") == ["houthis partners-with iran"])
        #expect(extractedEdgeKeys("The Iran-backed Houthis fired drones at a tanker.") == ["iran supports houthis"])
    }
}
