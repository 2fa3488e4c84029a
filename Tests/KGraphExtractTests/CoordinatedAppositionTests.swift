import Testing
@testable import KGraphExtract

/// "X, an economist and a fierce critic of Y": the second of two coordinated appositions
/// describes X too; a list of people before "and", or a new clause after ", and", does not.
@Suite struct CoordinatedAppositionTests {
    @Test func theSecondAppositionIsThePersons() {
        let keys = extractedEdgeKeys("On Monday Dale Morrow, chairman of the Acme Group and a longtime ally of Chancellor Olaf Scholz, resigned.")
        #expect(keys.contains("dale-morrow leads acme-group"))
        #expect(keys.contains("dale-morrow partners-with olaf-scholz"))
        #expect(extractedEdgeKeys("Senator Dana Holt, a farmer and a fierce critic of Peru, voted no.")
            .contains("dana-holt tension-with peru"))
    }

    @Test func aListOfPeopleOrANewClauseIsNoApposition() {
        // Names, titled names, counted or plural nouns: a list of people.
        #expect(!extractedEdgeKeys("Trump met Putin, Xi Jinping and a critic of Russia.")
            .contains { $0.hasPrefix("vladimir-putin tension-with") })
        #expect(!extractedEdgeKeys("Trump met Dana Holt, Senator Rob Kent and a critic of China.")
            .contains("china tension-with dana-holt"))
        #expect(!extractedEdgeKeys("Trump met Dana Holt, three aides and a critic of China.")
            .contains("china tension-with dana-holt"))
        #expect(!extractedEdgeKeys("Trump met Dana Holt, local farmers and a critic of China.")
            .contains("china tension-with dana-holt"))
        // ", and a ..." opens a new clause.
        #expect(!extractedEdgeKeys("Trump met Dana Holt, and a critic of China called the meeting a mistake.")
            .contains("china tension-with dana-holt"))
        // A verb in the first part makes it a clause, not an apposition.
        #expect(!extractedEdgeKeys("Dale Morrow, who founded the Acme Group and a critic of Peru, spoke.")
            .contains("dale-morrow tension-with peru"))
    }

    @Test func aSecondTitleAfterAndFormer() {
        // A second title naming its own body before its head is another office.
        let both = extractedEdgeKeys("Maria Hanson, once a Yale University lecturer and former World Bank economist, now runs a farm.")
        #expect(both.contains("maria-hanson serves yale-university"))
        #expect(both.contains("maria-hanson serves world-bank"))
        #expect(extractedEdgeKeys("Maria Hanson, an architect and former World Bank economist, now runs a farm.")
            .contains("maria-hanson serves world-bank"))
        // A first title whose body came before its head ends at "and": the second has its own.
        let split = extractedEdgeKeys("Dale Morrow, a Harvard University law professor and acting director of the Acme Institute, said so.")
        #expect(split.contains("dale-morrow serves harvard-university"))
        #expect(split.contains("dale-morrow leads acme-institute"))
        #expect(!split.contains("dale-morrow leads harvard-university"))
        // Two titles sharing one body after the second keep it both.
        let shared = extractedEdgeKeys("Dale Morrow, the founder and former chief executive of the Acme Group, spoke on Monday.")
        #expect(shared.contains("dale-morrow founded acme-group"))
        #expect(shared.contains("dale-morrow leads acme-group"))
    }

    @Test func aBodysAcronymInParenthesesStaysInTheTitle() {
        let keys = extractedEdgeKeys("\"It will not pass,\" said Ana Soto, a Lima law lecturer and former International Monetary Fund (IMF) economist.")
        #expect(keys.contains("ana-soto serves international-monetary-fund"))
    }
}
