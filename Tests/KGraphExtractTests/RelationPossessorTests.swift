import Testing
import KGraphModel
@testable import KGraphExtract

/// What a stance towards "X's <noun>" is a stance towards.
@Suite struct RelationPossessorTests {
    @Test func theRelativeNamedAfterThePossessorsNounIsTheObject() {
        #expect(relKeys("[Ana Soto|person] opposed [Luis Vera|person]'s nominee [Eva Ruiz|person].") == ["ana-soto tension-with eva-ruiz"])
        #expect(relKeys("[Ana Soto|person] opposed [Luis Vera|person]'s [EPA|organization|Environmental Protection Agency] nominee [Eva Ruiz|person].")
                == ["ana-soto tension-with eva-ruiz"])
        #expect(relKeys("[Peru|country] criticized [Chile|country]'s ally, [Bolivia|country].").contains("bolivia tension-with peru"))
        // Without a name after it, the possessor's relatives are others.
        #expect(relKeys("[Peru|country] criticized [Chile|country]'s allies.") == [])
    }

    @Test func rejectingAPartysDealingsRejectsNoParty() {
        #expect(relKeys("[Ana Soto|person] opposed [Velkor Inc|organization]'s purchase of [Tamar Corp|organization].") == [])
        #expect(relKeys("[Democrats|organization|Democratic Party] dismissed the [Republicans|organization|Republican Party]' activities.") == [])
        // The party itself, or a proposal of its own, stays rejected.
        #expect(relKeys("[Ana Soto|person] opposed [Velkor Inc|organization].") == ["ana-soto rejects velkor-inc"])
        #expect(relKeys("[Peru|country] opposed [Chile|country] over its purchase of jets.") == ["peru rejects chile"])
    }
}
