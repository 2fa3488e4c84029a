import Foundation
import Testing
import KGraphIngest
@testable import KGraphExtract

/// The word lists of entity recognition and of the relation rules come from the data files of
/// `Resources/WordLists/`, loaded once.
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

    @Test func eachFileHasItsOwnListsAndTheRelationListsAreLoaded() {
        let entity = WordLists.contents(ofFile: "wordlists").lists
        let relation = WordLists.contents(ofFile: "relations").lists
        #expect(entity.count >= 30 && relation.count >= 100)
        #expect(Set(entity.keys).isDisjoint(with: relation.keys))
        #expect(WordLists.bundled.count == entity.count + relation.count)
        #expect(Set(WordClass.determiners) == Set(relation["determiners"] ?? []))
        #expect(WordClass.prepositions.contains("against") && WordClass.prepositions.contains("of"))
        #expect(RuleEngine.encounterNouns.contains("meeting") && !RuleEngine.encounterNouns.contains("talks"))
    }

    /// A name given twice in one file would silently keep only its last list (the decoder
    /// takes the last value), so every list and map name stands once in its file's text.
    @Test func noListNameStandsTwiceInItsFile() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/KGraphExtract/Resources/WordLists")
        for file in ["wordlists", "relations"] {
            let text = try String(contentsOf: folder.appendingPathComponent(file + ".json"), encoding: .utf8)
            let contents = WordLists.contents(ofFile: file)
            for name in Array(contents.lists.keys) + Array((contents.maps ?? [:]).keys) {
                #expect(text.components(separatedBy: "\"\(name)\":").count - 1 == 1, "\(file).json: \(name)")
            }
        }
    }

    @Test func mapsGiveEachWordItsEdgeKindOrForms() {
        #expect(RuleEngine.relationNouns["conflict"] == .tensionWith && RuleEngine.relationNouns["treaty"] == .partnersWith)
        #expect(RuleEngine.relationPersonNouns["backer"] == .supports)
        #expect(RuleEngine.affiliationVerbs["chair"] == .leads && RuleEngine.affiliationVerbs["advise"] == .serves)
        #expect(WordClass.descriptionHeads["bloc"] == .alliance && WordClass.descriptionHeads["envoy"] == .person)
        #expect(Inflection.irregular["be"]?.contains("was") == true)
        #expect(Inflection.forms(of: "lead").contains("led"))
        for (name, map) in WordLists.bundledMaps {
            #expect(!map.isEmpty, "\(name)")
            for (key, words) in map { #expect(!words.isEmpty && words.allSatisfy { $0 == $0.lowercased() && !$0.contains(" ") }, "\(name).\(key)") }
        }
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
