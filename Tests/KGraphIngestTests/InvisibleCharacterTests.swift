import Testing
@testable import KGraphIngest

@Suite("Invisible format characters in plain text")
struct InvisibleCharacterTests {
    /// Soft hyphens, zero-width spaces, word joiners and stray byte order marks join the
    /// letters around them instead of splitting a word in two.
    @Test(arguments: ["\u{AD}", "\u{200B}", "\u{2060}", "\u{FEFF}"])
    func invisibleCharactersAreDroppedNotTurnedIntoSpaces(_ mark: String) throws {
        let text = "The envoy Ma\(mark)rta Kowal\(mark)ska met ministers in Warsaw on Friday to talk about trade."
        let articles = try ArticleReader.read(bytes: Array(text.utf8), id: "t", format: .text, source: nil)
        #expect(articles.first?.text == "The envoy Marta Kowalska met ministers in Warsaw on Friday to talk about trade.")
    }
}
