import Testing
@testable import KGraphExtract

/// A measure against another state's people, goods or places acts against that state. Every
/// sentence here is invented.
@Suite struct MeasureTargetTests {
    @Test func aMeasureOwnedByASideNamesTheStatesItHits() {
        #expect(relKeys("[Peru|country]'s new travel ban covers people from [Chile|country] and [Bolivia|country].")
            == ["bolivia tension-with peru", "chile tension-with peru", "peru counters bolivia", "peru counters chile"])
        #expect(relKeys("[Peru|country]'s embargo now reaches goods from [Chile|country] as well as shipments from [Bolivia|country].")
            == ["bolivia tension-with peru", "chile tension-with peru", "peru counters bolivia", "peru counters chile"])
    }

    @Test func aDefiniteMeasureKeepsTheOwnerNamedBefore() {
        let text = """
        [Peru|country]'s latest ban took effect on Monday.
        The ban targets travelers from [Chile|country] and [Bolivia|country].
        """
        #expect(relKeys(text) == ["bolivia tension-with peru", "chile tension-with peru", "peru counters bolivia", "peru counters chile"])
        // Without an owner named anywhere, the measure is nobody's.
        #expect(relKeys("The ban targets travelers from [Chile|country] and [Bolivia|country].") == [])
        // An indefinite measure is another one.
        #expect(relKeys("[Peru|country]'s ban took effect.\nA ban targets travelers from [Chile|country].") == [])
    }

    @Test func aMeasureLiftedOrWaivedHitsNobody() {
        #expect(relKeys("[Peru|country] lifted its ban on goods from [Chile|country].") == [])
        #expect(relKeys("[Peru|country]'s embargo no longer covers goods from [Chile|country].") == [])
        #expect(relKeys("[Peru|country]'s new ban exempts travelers from [Chile|country].") == [])
    }

    @Test func hostileActsOnPlacesAndPeopleOfAState() {
        #expect(relKeys("[Peru|country] struck targets in [Chile|country] overnight.") == ["chile tension-with peru", "peru counters chile"])
        #expect(relKeys("[Peru|country] banned travelers from [Chile|country] and [Bolivia|country].")
            == ["bolivia tension-with peru", "chile tension-with peru", "peru counters bolivia", "peru counters chile"])
        // One place, and a place deep inside the state.
        #expect(relKeys("[Peru|country] struck a refinery deep inside [Chile|country].") == ["chile tension-with peru", "peru counters chile"])
        // A visit to places in a state is nothing of the kind.
        #expect(relKeys("[Peru|country] visited sites in [Chile|country].") == [])
        #expect(relKeys("[Peru|country] visited a port deep inside [Chile|country].") == [])
        // Distance from a state, or where the fire came from, is no target.
        #expect(relKeys("[Peru|country] attacked a town far from [Chile|country].") == [])
        #expect(!relKeys("[Peru|country] shelled the town from [Bolivia|country].").contains("peru counters bolivia"))
    }
}
