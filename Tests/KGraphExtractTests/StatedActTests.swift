import Testing
import KGraphIngest
import KGraphModel
@testable import KGraphExtract

/// Whether an act is stated, and who states it (own sentences).
@Suite struct StatedActTests {
    @Test func aDeniedOrQuestionedActIsNotStated() {
        #expect(relKeys("[Peru|country] denied on Friday that it had sold rifles to [Chile|country].") == [])
        #expect(relKeys("Asked whether [Peru|country] would send troops to [Chile|country], the envoy said nothing.") == [])
        #expect(relKeys("Officials are investigating whether [Peru|country] attacked [Chile|country].") == [])
        // A noun denied leaves the clause after it alone.
        #expect(relKeys("[Ana Soto|person] denied the charges, and [Peru|country] condemned [Chile|country].") == ["chile tension-with peru"])
    }

    @Test func theOfficialsOfAListOfStatesActForThem() {
        let keys = relKeys("The leaders of [Peru|country], [Chile|country] and [Bolivia|country] pledged to keep backing [Ecuador|country].")
        #expect(keys.contains("peru supports ecuador") && keys.contains("chile supports ecuador") && keys.contains("bolivia supports ecuador"))
        #expect(relKeys("The foreign ministers of [Peru|country] and [Chile|country] condemned [Bolivia|country].").contains("bolivia tension-with peru"))
        // A list after another noun's "of" is no subject.
        #expect(relKeys("The price of [Peruvian|country|Peru|dem] copper fell as [Chile|country] condemned the plan.") == [])
        #expect(!relKeys("A statement by critics of [Peru|country] and [Chile|country] condemned [Bolivia|country].").contains("bolivia tension-with peru"))
    }
}
