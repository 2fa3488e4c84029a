import Foundation
import Testing
import KGraphIngest
import KGraphModel
@testable import KGraphExtract

/// ``Extractor/extract(streaming:maxConcurrency:each:)``: articles pulled one at a time from a
/// source that may block. (The name ends in ExtractorTests so CI's ThreadSanitizer run takes it.)
@Suite struct StreamingExtractorTests {
    /// Hands out articles from a list, one call at a time, and can fail at a given index.
    final class Feed: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        let articles: [Article]
        let failAt: Int?
        struct Failure: Error {}
        init(_ articles: [Article], failAt: Int? = nil) { self.articles = articles; self.failAt = failAt }
        func pull() throws -> Article? {
            try lock.withLock {
                if next == failAt { throw Failure() }
                guard next < articles.count else { return nil }
                defer { next += 1 }
                // A slow source: the extractor must not wait on it for graphs already done.
                if next % 5 == 0 { Thread.sleep(forTimeInterval: 0.01) }
                return articles[next]
            }
        }
    }

    let articles = (0..<30).map { i in
        Article(id: "s\(i)", text: ["Russia and China held talks.", "The Kremlin rejected NATO.", "India supports the plan of Japan."][i % 3])
    }

    @Test func graphsComeInTheOrderDeliveredAndMatchExtractingTheList() async throws {
        let extractor = Extractor(lexicon: testLexicon)
        let feed = Feed(articles)
        var seen: [(Int, String, String)] = []
        try await extractor.extract(streaming: { try feed.pull() }, maxConcurrency: 3) { i, a, g in
            seen.append((i, a.id, g.jsonString()))
        }
        #expect(seen.map(\.0) == Array(0..<30))
        #expect(seen.map(\.1) == articles.map(\.id))
        #expect(seen.map(\.2) == articles.map { extractor.extract($0).jsonString() })
        #expect(seen[1].2.contains("\"rejects\""))
    }

    @Test func aFailingSourceEndsTheRunAfterTheGraphsBeforeIt() async {
        let extractor = Extractor(lexicon: testLexicon)
        let feed = Feed(articles, failAt: 7)
        var handed: [String] = []
        await #expect(throws: Feed.Failure.self) {
            try await extractor.extract(streaming: { try feed.pull() }) { _, a, _ in handed.append(a.id) }
        }
        #expect(handed == (0..<7).map { "s\($0)" })
    }
}
