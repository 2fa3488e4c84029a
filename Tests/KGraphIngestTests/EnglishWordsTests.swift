import Testing
@testable import KGraphIngest

/// The stop words and sentence-boundary words come from one data file, loaded once.
@Suite struct EnglishWordsTests {
    @Test func everyListIsLoadedLowercaseAndWithoutSpaces() {
        let w = EnglishWords.bundled
        let lists = [w.stopWords, w.titleAbbreviations, w.endableAbbreviations, w.nameSuffixes, w.speechVerbs, w.typicalStarters]
        for list in lists {
            #expect(!list.isEmpty)
            for word in list { #expect(word == word.lowercased() && !word.contains(" ") && !word.isEmpty, "\(word)") }
        }
    }

    @Test func theRulesUseTheDataFilesWords() {
        #expect(Boilerplate.stopWords == Set(EnglishWords.bundled.stopWords) && Boilerplate.stopWords.contains("the"))
        #expect(SentenceSplitter.titles.contains("dr") && !SentenceSplitter.titles.contains("inc"))
        // Short month names stay Ingest's calendar words; the data file adds the rest.
        #expect(SentenceSplitter.endable.contains("inc") && SentenceSplitter.endable.contains("jan"))
        #expect(SentenceSplitter.nameSuffixes.isSubset(of: SentenceSplitter.endable))
        #expect(SentenceSplitter.speechVerbs.contains("said") && SentenceSplitter.typicalStarters.contains("however"))
    }

    @Test func aTitleAbbreviationDoesNotEndTheSentence() {
        let text = "The talks were led by Dr. Ana Soto in Lima. She said they went well."
        let sentences = SentenceSplitter.split(text)
        #expect(sentences.map(\.text) == ["The talks were led by Dr. Ana Soto in Lima.", "She said they went well."])
    }
}
