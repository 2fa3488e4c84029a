import KGraphIngest
import Testing

@Suite struct ArticleFileNamesTests {
    @Test func unsafeCharactersAndLeadingDotsAreReplaced() {
        #expect(ArticleFileNames.name(for: "news/2024:07\\a") == "news_2024_07_a")
        #expect(ArticleFileNames.name(for: ".hidden") == "article.hidden")
        #expect(ArticleFileNames.name(for: "") == "article")
    }

    @Test func longIdsAreCutAndKeepAHashOfTheWholeId() {
        let a = String(repeating: "é", count: 150) + "a", b = String(repeating: "é", count: 150) + "b"
        let (x, y) = (ArticleFileNames.name(for: a), ArticleFileNames.name(for: b))
        #expect(x.utf8.count <= ArticleFileNames.maxBytes && y.utf8.count <= ArticleFileNames.maxBytes)
        #expect(x != y)
        #expect(x == ArticleFileNames.name(for: a))
    }

    @Test func repeatedNamesGetNumbers() {
        #expect(ArticleFileNames.names(for: ["a/b", "a:b", "c", "a_b"]) == ["a_b", "a_b-2", "c", "a_b-3"])
    }
}
