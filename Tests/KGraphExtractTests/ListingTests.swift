import Testing
@testable import KGraphExtract

/// A side put on another's sanctions list or blacklist. Every sentence here is invented.
@Suite struct ListingTests {
    @Test func theListsOwnerActsAgainstTheListed() {
        #expect(extractedEdgeKeys("Tokyo put the Rodina Bank on a Japanese sanctions list in May.").contains("japan counters rodina-bank"))
        let passive = extractedEdgeKeys("Boeing and Airbus were placed on China's unreliable entity list last week.")
        #expect(passive.contains("china counters boeing") && passive.contains("china counters airbus"))
        #expect(extractedEdgeKeys("Cuba was put back on the U.S. list of state sponsors of terrorism.").contains("united-states counters cuba"))
    }

    @Test func otherListsAndDenialsActAgainstNobody() {
        #expect(!extractedEdgeKeys("Chile was placed on Peru's list of priority partners.").contains("peru counters chile"))
        #expect(!extractedEdgeKeys("Boeing was not added to China's unreliable entity list.").contains("china counters boeing"))
    }
}
