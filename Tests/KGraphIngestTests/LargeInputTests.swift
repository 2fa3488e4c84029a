import Foundation
import Testing
@testable import KGraphIngest

/// Hostile and huge inputs finish quickly (no quadratic paths, no stack exhaustion).
@Suite struct LargeInputTests {
    static let sentence = "The ministers met today in the capital to agree on a new plan for the region and its future."

    func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let t0 = Date()
        let r = try body()
        return (r, Date().timeIntervalSince(t0))
    }

    @Test func deeplyNestedUnclosedHTML() throws {
        let html = "<html><body>" + String(repeating: "<div>", count: 100_000) + "<p>\(Self.sentence)</p>" + String(repeating: "</span>", count: 100_000)
        let (arts, seconds) = try timed { try ArticleReader.read(bytes: Array(html.utf8), id: "deep", format: .html) }
        #expect(arts.map(\.text) == [Self.sentence])
        #expect(seconds < 60)  // a hang guard (quadratic paths take minutes), not a speed claim
    }

    @Test func manyShortParagraphs() throws {
        let text = (0..<50_000).map { "Item number \($0) here now" }.joined(separator: "\n\n") + "\n\n" + Self.sentence
        let (arts, seconds) = try timed { try ArticleReader.read(bytes: Array(text.utf8), id: "many", format: .text) }
        #expect(arts[0].text.hasSuffix(Self.sentence))
        #expect(seconds < 60)  // a hang guard (quadratic paths take minutes), not a speed claim
    }

    @Test func hugeSingleLineSplitsIntoManySentences() {
        let text = Array(repeating: "Dr. Lee met U.S. envoys on Jan. 5 in St. Louis.", count: 40_000).joined(separator: " ")
        let (sentences, seconds) = timed { SentenceSplitter.split(text) }
        #expect(sentences.count == 40_000)
        #expect(sentences.last?.text == "Dr. Lee met U.S. envoys on Jan. 5 in St. Louis.")
        #expect(sentences.last?.end == text.unicodeScalars.count)
        #expect(seconds < 60)  // a hang guard (quadratic paths take minutes), not a speed claim
    }

    @Test func unclosedMarkdownBrackets() throws {
        let md = "# Plans For The Region\n\n" + String(repeating: "[", count: 100_000) + "\n\n" + Self.sentence
        let (arts, seconds) = try timed { try ArticleReader.read(bytes: Array(md.utf8), id: "md", format: .markdown) }
        #expect(arts[0].text.hasSuffix(Self.sentence))
        #expect(seconds < 60)  // a hang guard (quadratic paths take minutes), not a speed claim
    }
}
