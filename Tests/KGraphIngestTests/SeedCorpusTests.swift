import Foundation
import Testing
@testable import KGraphIngest

/// Reads the shared seed articles (skipped when ../shared is absent): their page furniture
/// is gone and their content sentences remain.
@Suite struct SeedCorpusTests {
    static let seeds: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/corpus/seeds").standardizedFileURL

    func article(_ name: String) throws -> Article? {
        let path = Self.seeds.appendingPathComponent(name).path
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try ArticleReader.read(path: path).first
    }

    @Test func asianNatoSeedHasNoFurniture() throws {
        guard let a = try article("seed-asian-nato.txt") else { return }
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
        guard let a = try article("seed-nato-plus.txt") else { return }
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
