import KGraphIngest
import Testing

@Suite struct ArticleCheckTests {
    func article(_ text: String) -> Article { Article(id: "a", title: nil, text: text) }

    @Test func textWithANulIsBinary() {
        #expect(throws: IngestError.binary(path: "x.txt")) { try ArticleReader.check([article("Valdor\u{0}met")], path: "x.txt") }
    }

    @Test func blankTextOrNoArticleIsEmpty() {
        #expect(throws: IngestError.empty(path: "x.txt")) { try ArticleReader.check([article(" \n\t")], path: "x.txt") }
        #expect(throws: IngestError.empty(path: "x.txt")) { try ArticleReader.check([], path: "x.txt") }
    }

    @Test func realTextPasses() throws {
        try ArticleReader.check([article("Valdoria signed the treaty.")], path: "x.txt")
    }
}
