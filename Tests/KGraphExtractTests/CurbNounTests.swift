import Testing
@testable import KGraphExtract

/// Curbs named by a noun whose target comes after a measure phrase ("tariffs of 20 percent on
/// Ruritanian wine"). Every sentence here is invented.
@Suite struct CurbNounTests {
    @Test func aCurbLaidOnAnotherSidesGoods() {
        #expect(relKeys("[Peru|country] imposed retaliatory tariffs of up to 30 percent on [Chilean|country|Chile|dem] copper.")
            == ["chile tension-with peru", "peru counters chile"])
        #expect(relKeys("[Peru|country] slapped levies worth $2 billion on imports from [Chile|country].") == ["chile tension-with peru", "peru counters chile"])
        #expect(relKeys("[Peru|country] responded with countermeasures on [Chilean|country|Chile|dem] wine.") == ["chile tension-with peru", "peru counters chile"])
        #expect(relKeys("[Peru|country] raised duties on [Chilean|country|Chile|dem] fruit.") == ["chile tension-with peru", "peru counters chile"])
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

/// A plural relation noun set off after a list of names describes each of them.
@Suite struct PluralAppositionTests {
    @Test func aListDescribedByAPluralNoun() {
        #expect(relKeys("[Peru|country] and [Chile|country], partners of [Brazil|country] in a trade pact, objected.")
            == ["brazil partners-with chile", "brazil partners-with peru"])
        #expect(relKeys("[Ana Soto|person] and [Luis Roa|person], both members of the [Budget Committee|organization], spoke.")
            == ["ana-soto member-of budget-committee", "luis-roa member-of budget-committee"])
        // A plural noun after a single name is no apposition to a list.
        #expect(relKeys("Officials from [Peru|country], partners of [Brazil|country] for years, objected.") == [])
    }
}
