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

    @Test func lookingIntoOrDenyingIsNoTension() {
        #expect(relKeys("[Peru|country] opened an investigation into [Chilean|country|Chile|dem] meddling.") == [])
        #expect(relKeys("[Peru|country] did not protest [Chilean|country|Chile|dem] provocations.") == [])
        #expect(relKeys("[Chilean|country|Chile|dem] provocations continued for years.") == [])
    }
}
