import Testing
import KGraphModel
@testable import KGraphExtract

/// "X sits on the Y committee": a seat on a body is membership of it.
@Suite struct RelationSitOnTests {
    @Test func seatOnABodyIsMembership() {
        #expect(relKeys("[Ana Soto|person] sits on the [Andes Finance Committee|organization].") == ["ana-soto member-of andes-finance-committee"])
        #expect(relKeys("[Ana Soto|person], who sat on the [Andes Finance Committee|organization], retired.") == ["ana-soto member-of andes-finance-committee"])
    }

    @Test func sittingOnAThingOfABodyIsNoMembership() {
        #expect(relKeys("[Ana Soto|person] is sitting on [Andes Bank|organization]'s cash reserves.") == [])
    }
}
