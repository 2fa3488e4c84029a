import Foundation
import Testing
import KGraphIngest
import KGraphModel
@testable import KGraphExtract

/// What `kgraph extract` writes of the extractor (``Extractor`` + Outputs): graphs prepared,
/// streamed merges and lines, and the summary line.
@Suite struct ExtractorOutputsTests {
    let articles = (0..<7).map { i in
        Article(id: "o\(i)", text: ["Russia and China held talks.", "The Kremlin rejected NATO.", "India supports the plan of Japan."][i % 3])
    }

    /// Hands out `articles` one at a time.
    final class Feed: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        let articles: [Article]
        init(_ articles: [Article]) { self.articles = articles }
        func pull() -> Article? {
            lock.withLock {
                guard next < articles.count else { return nil }
                defer { next += 1 }
                return articles[next]
            }
        }
    }

    @Test func preparationFiltersAndTitles() {
        let g = Extractor(lexicon: testLexicon).extract(articles[1])
        #expect(!g.edges.isEmpty)
        let prepared = GraphPreparation(minConfidence: 1.01, title: "T").apply(g)
        #expect(prepared.title == "T")
        #expect(prepared.edges.isEmpty)
        #expect(GraphPreparation().apply(g) == g)
    }

    @Test func aStreamedMergeIsTheMergeOfTheGraphs() async throws {
        let extractor = Extractor(lexicon: testLexicon)
        let feed = Feed(articles)
        var calls = 0
        let (graph, extracted) = try await extractor.mergedGraph(streaming: { feed.pull() }, preparation: GraphPreparation(title: "All"),
                                                                 done: { calls += 1 })
        var merger = GraphMerger()
        for a in articles { merger.add(extractor.extract(a)) }
        #expect(extracted == 7 && calls == 7)
        #expect(graph.jsonString() == merger.result(title: "All").jsonString())
    }

    @Test func oneArticleMergedIsItsGraphAsItIs() async throws {
        let extractor = Extractor(lexicon: testLexicon)
        let feed = Feed([articles[2]])
        let (graph, extracted) = try await extractor.mergedGraph(streaming: { feed.pull() }, preparation: GraphPreparation())
        #expect(extracted == 1)
        #expect(graph.jsonString() == extractor.extract(articles[2]).jsonString())
    }

    @Test func linesComeInInputOrderAndAreTallied() async throws {
        let extractor = Extractor(lexicon: testLexicon)
        let feed = Feed(articles)
        var written: [String] = []
        let tally = try await extractor.extractGraphs(streaming: { feed.pull() }, preparation: GraphPreparation(),
                                                      write: { written.append($0.jsonString()) })
        let expected = articles.map { extractor.extract($0) }
        #expect(written == expected.map { $0.jsonString() })
        #expect(tally.extracted == 7)
        #expect(tally.nodes == expected.reduce(0) { $0 + $1.nodes.count })
        #expect(tally.edges == expected.reduce(0) { $0 + $1.edges.count })
    }

    @Test func aFailedWriteStopsWritingAndIsRethrown() async {
        struct Full: Error {}
        var written: [Int] = []
        var done = 0
        await #expect(throws: Full.self) {
            _ = try await Extractor(lexicon: testLexicon).extractGraphs(articles, preparation: GraphPreparation(), write: { i, _ in
                if i == 2 { throw Full() }
                written.append(i)
            }, done: { _ in done += 1 })
        }
        #expect(written == [0, 1])
        #expect(done == 7)
    }

    @Test func theSummaryCountsSkipsByReason() {
        let skipped = [SkippedArticle(place: "a"), SkippedArticle(place: "b", reason: "binary"), SkippedArticle(place: "c")]
        #expect(ExtractionTally.summary(extracted: 4, skipped: skipped, "x") ==
                "7 articles: 4 extracted, 3 skipped (2: \(SkippedArticle.noTextReason); 1: binary); x")
        #expect(ExtractionTally.summary(extracted: 1, skipped: [], "y") == "1 article: 1 extracted; y")
        #expect(ExtractionTally.count(1, "graph") == "1 graph" && ExtractionTally.count(0, "graph") == "0 graphs")
    }
}
