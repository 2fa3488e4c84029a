import Testing
@testable import KGraphExtract

/// "X, founder of Y and a supporter of Z": the second of two coordinated appositions describes
/// X too; a list of names before "and" is no apposition.
@Suite struct CoordinatedAppositionTests {
    @Test func theSecondAppositionIsThePersons() {
        let keys = extractedEdgeKeys("Dale Morrow, founder of the Acme Group and a supporter of President Donald Trump, spoke on Monday.")
        #expect(keys.contains("dale-morrow founded acme-group"))
        #expect(keys.contains("dale-morrow supports donald-trump"))
        #expect(extractedEdgeKeys("Senator Dana Holt, another Democrat and a critic of Trump, did not comment.")
            .contains("dana-holt tension-with donald-trump"))
    }

    @Test func aListOfNamesIsNoApposition() {
        // "Putin, Xi Jinping and a critic of Russia" lists three people: Putin is not the critic.
        #expect(!extractedEdgeKeys("Trump met Putin, Xi Jinping and a critic of Russia.")
            .contains { $0.hasPrefix("vladimir-putin tension-with") })
        // A verb in the first part makes it a clause, not an apposition.
        #expect(!extractedEdgeKeys("Dale Morrow, who founded the Acme Group and a critic of Peru, spoke.")
            .contains("dale-morrow tension-with peru"))
    }

    @Test func aSecondTitleAfterAndFormer() {
        // Each title gives its own body, whether or not the first names one.
        let both = extractedEdgeKeys("Maria Hanson, a Harvard University law professor and former World Bank economist, said so.")
        #expect(both.contains("maria-hanson serves harvard-university"))
        #expect(both.contains("maria-hanson serves world-bank"))
        #expect(extractedEdgeKeys("Maria Hanson, a lawyer and former World Bank economist, said so.")
            .contains("maria-hanson serves world-bank"))
    }
}
