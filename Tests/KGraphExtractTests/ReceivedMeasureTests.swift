import Testing
@testable import KGraphExtract

/// Measures named by a noun: a blockade imposed, a measure suffered from a named side. Every
/// sentence here is invented.
@Suite struct ReceivedMeasureTests {
    @Test func aMeasureSufferedFromASideIsThatSidesAct() {
        #expect(extractedEdgeKeys("Bolivia faces a new round of sanctions from Chile.").contains("chile counters bolivia"))
        #expect(extractedEdgeKeys("Qatar has endured a blockade imposed by Bahrain since May.").contains("bahrain counters qatar"))
        // Feared or denied, it is not (yet) done.
        #expect(!extractedEdgeKeys("Bolivia could face sanctions from Chile.").contains("chile counters bolivia"))
        #expect(!extractedEdgeKeys("Bolivia does not face sanctions from Chile.").contains("chile counters bolivia"))
    }

    @Test func blockadesAndTightenedScrews() {
        #expect(extractedEdgeKeys("Bahrain imposed a blockade on Qatar in June.").contains("bahrain counters qatar"))
        #expect(extractedEdgeKeys("Chile tightened the screws on Bolivia.").contains("chile counters bolivia"))
    }
}
