import Testing
import KGraphIngest
@testable import KGraphExtract

/// The word lists of entity recognition come from one data file, loaded once.
@Suite struct WordListsTests {
    @Test func everyListIsLoadedAndLowercase() {
        let lists = WordLists.bundled
        #expect(lists.count >= 30)
        for (name, words) in lists {
            #expect(!words.isEmpty, "\(name)")
            for w in words { #expect(w == w.lowercased() && !w.contains(" "), "\(name): \(w)") }
        }
    }

    @Test func swiftListsAreTheDataFilesLists() {
        #expect(Set(NameWords.titles) == Set(WordLists.bundled["titles"] ?? []))
        #expect(NameWords.titles.contains("minister") && NameWords.speech.contains("said"))
        #expect(GivenNames.contains("alice") && !GivenNames.contains("ministry"))
        #expect(Tokenized.abbreviations.contains("dr"))
        // Unions stay in Swift: generic bodies include every organization head.
        #expect(NameWords.organizationHeads.allSatisfy { NameWords.genericBodies.contains($0) })
    }

    @Test func calendarAndFurnitureWordsComeFromIngest() {
        #expect(CalendarWords.months.allSatisfy { CommonWords.words.contains($0) })
        #expect(CalendarWords.weekdays.allSatisfy { CommonWords.words.contains($0) })
        #expect(Boilerplate.menuWords.allSatisfy { NameWords.neverNames.contains($0) })
        #expect(NameWords.neverNames.contains("mandate"))
    }
}

/// Page furniture's names are Ingest's data; the bundled lexicon suppresses them.
@Suite struct FurnitureNameTests {
    @Test func bundledLexiconSuppressesIngestsFurnitureNames() {
        #expect(Boilerplate.furnitureNames.contains("Getty Images"))
        for name in ["Read More", "getty images", "Latest member"] { #expect(Lexicon.bundled.isSuppressed(name), "\(name)") }
        #expect(!Lexicon.bundled.isSuppressed("Getty Museum"))
        #expect(!Lexicon.empty.isSuppressed("Read More"))
    }
}
