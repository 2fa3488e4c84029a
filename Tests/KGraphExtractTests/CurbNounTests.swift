import Testing
@testable import KGraphExtract

/// Curbs named by a noun whose target comes after a measure phrase ("tariffs of 20 percent on
/// Ruritanian wine"). Every sentence here is invented.
@Suite struct CurbNounTests {
    @Test func aCurbLaidOnAnotherSidesGoods() {
        #expect(relKeys("[Peru|country] imposed retaliatory tariffs of up to 30 percent on [Chilean|country|Chile|dem] copper.")
            == ["peru counters chile"])
        #expect(relKeys("[Peru|country] slapped levies worth $2 billion on imports from [Chile|country].") == ["peru counters chile"])
        #expect(relKeys("[Peru|country] responded with countermeasures on [Chilean|country|Chile|dem] wine.") == ["peru counters chile"])
        #expect(relKeys("[Peru|country] raised duties on [Chilean|country|Chile|dem] fruit.") == ["peru counters chile"])
    }

    @Test func aCurbLiftedThreatenedOrHypotheticalIsNone() {
        #expect(relKeys("[Peru|country] lifted tariffs of 10 percent on [Chilean|country|Chile|dem] copper.") == [])
        #expect(relKeys("[Peru|country] threatened tariffs of 10 percent on [Chilean|country|Chile|dem] copper.") == [])
        #expect(relKeys("If [Peru|country] imposes tariffs of 10 percent on [Chilean|country|Chile|dem] copper, prices rise.") == [])
        #expect(relKeys("[Peru|country] did not impose tariffs of 10 percent on [Chilean|country|Chile|dem] copper.") == [])
        // A demonym that is no goods' modifier is no target.
        #expect(relKeys("[Peru|country] imposed tariffs of 10 percent on [Chilean|country|Chile|dem].") == [])
    }
}
