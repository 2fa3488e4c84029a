import Testing
import KGraphIngest
import KGraphModel
@testable import KGraphExtract

@Suite struct ExtractorTests {
    let texts = [
        "Japanese Prime Minister Hiroto Kasamatsu met Indian officials in Tokyo.",
        "The Kremlin rejected NATO. Russia and China held talks.",
        "Washington and New Delhi discussed the South China Sea.",
        "The Varnholt Policy Forum said strategic autonomy matters to India.",
    ]

    @Test func graphKeepsEntitiesWithoutEdgesAndTheArticleInfo() {
        let g = Extractor(lexicon: testLexicon).extract(Article(id: "a1", title: "T", text: texts[2], source: "x.txt"))
        #expect(g.nodes.map(\.id) == ["india", "south-china-sea", "united-states"])
        #expect(g.articles == [ArticleInfo(id: "a1", title: "T", source: "x.txt")])
        #expect(g.node(id: "india")?.mentions.first?.article == "a1")
    }

    @Test func parallelExtractionKeepsInputOrderAndIsDeterministic() async {
        let articles = (0..<24).map { Article(id: "art-\($0)", text: texts[$0 % texts.count]) }
        let extractor = Extractor(lexicon: testLexicon)
        let first = await extractor.extract(articles)
        let second = await extractor.extract(articles, maxConcurrency: 3)
        #expect(first.map { $0.articles.map(\.id) } == articles.map { [$0.id] })
        #expect(first.map { $0.jsonString() } == second.map { $0.jsonString() })
        #expect(first.map { $0.jsonString() } == articles.map { extractor.extract($0).jsonString() })
        #expect(first[1].nodes.map(\.id) == ["china", "nato", "russia"])
    }
}
