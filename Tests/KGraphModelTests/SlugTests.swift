import Testing
import KGraphModel

@Suite("Node ids")
struct SlugTests {
    @Test(arguments: [
        ("S. Jaishankar", "s-jaishankar"),
        ("United States", "united-states"),
        ("People's Daily", "peoples-daily"),
        ("François-Xavier Bagnoud Center", "francois-xavier-bagnoud-center"),
        ("George H.W. Bush", "george-h-w-bush"),
        ("Council on Foreign Relations", "council-on-foreign-relations"),
        ("AT&T", "at-and-t"),
        ("  --  ", "node"),
    ])
    func slug(label: String, expected: String) {
        #expect(Slug.make(label) == expected)
    }
}
