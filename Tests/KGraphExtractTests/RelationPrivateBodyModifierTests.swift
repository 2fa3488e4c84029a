import Testing
import KGraphModel
@testable import KGraphExtract

/// A name or demonym right before a private body's noun ("a Lima lobbying firm", "Chilean
/// media outlets") is not the actor.
@Suite struct RelationPrivateBodyModifierTests {
    @Test func nameBeforePrivateBodyNounIsNoActor() {
        #expect(relKeys("[Chile|country] signed a deal with [Peru|country] lobbying firm Andes Group.") == [])
        #expect(relKeys("[Ana Soto|person] accused [Chilean|country|Chile|dem] media outlets of lying.") == [])
        #expect(relKeys("[Peru|country] criticized [Chile|country] companies for dumping steel.") == [])
    }

    @Test func stateBodiesAndTheNameItselfStayActors() {
        #expect(relKeys("[Ana Soto|person] accused [Chilean|country|Chile|dem] state media of lying.") == ["ana-soto tension-with chile"])
        #expect(relKeys("[Peru|country] criticized [Chile|country] for dumping steel.") == ["chile tension-with peru"])
    }
}
