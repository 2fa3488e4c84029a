import Testing
@testable import KGraphExtract

/// People named as some of a side's officials ("Kenyan ministers such as X"). Every sentence
/// here is invented.
@Suite struct IncludedOfficialsTests {
    @Test func someOfASidesOfficialsServeIt() {
        let keys = extractedEdgeKeys("The talks drew Kenyan ministers such as Amina Odhiambo and Peter Mwangi.")
        #expect(keys.contains("amina-odhiambo serves kenya") && keys.contains("peter-mwangi serves kenya"))
        #expect(extractedEdgeKeys("He met Chilean officials, including Deputy Minister Rosa Vidal, in Lima.")
            .contains("rosa-vidal serves chile"))
    }

    @Test func otherGroupsAndOtherWordsTieNobody() {
        // People in a list after a noun that is no one's office are no officials.
        #expect(!extractedEdgeKeys("Kenyan farmers, including Amina Odhiambo, protested in Nairobi.").contains("amina-odhiambo serves kenya"))
        // "with" is no inclusion.
        #expect(!extractedEdgeKeys("Kenyan ministers met with Amina Odhiambo in Nairobi.").contains("amina-odhiambo serves kenya"))
    }
}
