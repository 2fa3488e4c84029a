import Foundation
import Testing
@testable import KGraphIngest
import KGraphTestSupport

/// Where the shared seed articles are.
enum SeedCorpusTestsFiles {
    static let seeds = SharedCorpus.url("corpus/seeds") ?? URL(fileURLWithPath: "/nonexistent")
    static let available = SharedCorpus.url("corpus/seeds") != nil
}

/// Reads the shared seed articles (reported as skipped, never as passed, when ../shared is
/// absent): their page furniture is gone and their content sentences remain.
@Suite(.enabled(if: SeedCorpusTestsFiles.available, "needs ../shared/corpus/seeds beside the package"))
struct SeedCorpusTests {
    func article(_ name: String) throws -> Article {
        try #require(try ArticleReader.read(path: SeedCorpusTestsFiles.seeds.appendingPathComponent(name).path).first)
    }

    @Test func asianNatoSeedHasNoFurniture() throws {
        let a = try article("seed-asian-nato.txt")
        for junk in ["Forum statistics", "Latest member", ".JPG", "Threads", "Messages", "Members"] {
            #expect(!a.text.contains(junk), "furniture left: \(junk)")
        }
        #expect(a.title?.hasPrefix("India Rejects Japan") == true)
        #expect(a.text.contains("Dr. S. Jaishankar, made it clear"))
        #expect(a.text.hasSuffix("defined the 20th century."))
        let sentences = SentenceSplitter.split(a.text)
        #expect(sentences.contains { $0.text.hasPrefix("However, India’s External Affairs Minister, Dr. S. Jaishankar,") && $0.text.hasSuffix("strategic autonomy.") })
        #expect(sentences.first?.isHeading == true)
    }

    @Test func natoPlusSeedHasNoFurniture() throws {
        let a = try article("seed-nato-plus.txt")
        for junk in ["Also, Read", "Click to comment", "Leave a Reply", "Continue Reading", "Connect with us", "email address"] {
            #expect(!a.text.contains(junk), "furniture left: \(junk)")
        }
        #expect(a.title == "NATO Plus: Why India is Opting Out?")
        // The title is kept once, as the first paragraph, not repeated mid-text.
        #expect(a.text.components(separatedBy: "NATO Plus: Why India is Opting Out?").count == 2)
        #expect(a.text.contains("Strategic Autonomy:\n\nIndia has consistently emphasized"))
        #expect(a.text.hasSuffix("contributing to global peace and stability."))
    }
}
