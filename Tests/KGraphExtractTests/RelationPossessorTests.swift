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

    @Test func aPlanForAPlaceIsItsAuthors() {
        // A state after a proposal's "for" is what the plan is about: backing it backs the author.
        #expect(relKeys("[Peru|country] backed [Chile|country]'s autonomy plan for [Bolivia|country].") == ["peru supports chile"])
        #expect(relKeys("[Peru|country] endorsed [Chile|country]'s peace plan for the [Andes|region].") == ["peru supports chile"])
        // What is proposed, when named, stays the object.
        #expect(relKeys("[Peru|country] backed [Chile|country]'s call for a [Pacific Union|alliance].").contains("peru supports pacific-union"))
        #expect(!relKeys("[Peru|country] backed [Chile|country]'s call for a [Pacific Union|alliance].").contains("peru supports chile"))
    }

    @Test func rejectingAPartysDealingsRejectsNoParty() {
        #expect(relKeys("[Ana Soto|person] opposed [Velkor Inc|organization]'s purchase of [Tamar Corp|organization].") == [])
        #expect(relKeys("[Democrats|organization|Democratic Party] dismissed the [Republicans|organization|Republican Party]' activities.") == [])
        // The party itself, or a proposal of its own, stays rejected.
        #expect(relKeys("[Ana Soto|person] opposed [Velkor Inc|organization].") == ["ana-soto rejects velkor-inc"])
        #expect(relKeys("[Peru|country] opposed [Chile|country] over its purchase of jets.") == ["peru rejects chile"])
    }
}
