import Testing
@testable import KGraphIngest

/// Ingest's verdict on whole sentences (``Sentence/isFurniture``), which extraction only reads.
@Suite struct SentenceFurnitureTests {
    /// Sentences of `paragraphs` (one sentence each), marked.
    func marked(_ paragraphs: [String]) -> [Bool] {
        var sentences: [Sentence] = []
        var tokens: [[Token]] = []
        for (k, p) in paragraphs.enumerated() {
            sentences.append(Sentence(index: k, start: 0, end: p.unicodeScalars.count, text: p, paragraph: k))
            tokens.append(Tokenizer.tokens(p))
        }
        Boilerplate.markFurniture(&sentences, tokens: tokens)
        return sentences.map(\.isFurniture)
    }

    @Test(arguments: [
        "By Jane Doe", "Reporting by Ann Roe; Editing by Bo Lee", "Photo: Jane Doe", "Copyright 2024 Example News",
        "Read more: the summit in pictures", "Also, read: what the treaty says", "Related: talks resume",
        "The scene at the port 220315-A-BC123-045.JPG", "© Example Media", "Pictures from Getty show the port",
        "Login with your credentials to read the epaper", "Subscribe now", "All rights reserved.",
    ])
    func furnitureSentences(_ text: String) {
        #expect(marked([text]) == [true], "\(text)")
    }

    @Test(arguments: [
        "The ministers met in Geneva on Monday.", "India and Japan signed a defence pact.",
        "Officials said the file was sent by courier.", "Subscribers of the plan in all five states pay less than before this year.",
        "He read more reports than anyone.", "Trade by sea grew by a third.",
    ])
    func proseSentences(_ text: String) {
        #expect(marked([text]) == [false], "\(text)")
    }

    @Test func authorNoteMarksItsParagraph() {
        var sentences = [
            Sentence(index: 0, start: 0, end: 0, text: "", paragraph: 0),
            Sentence(index: 1, start: 0, end: 0, text: "", paragraph: 1),
            Sentence(index: 2, start: 0, end: 0, text: "", paragraph: 1),
            Sentence(index: 3, start: 0, end: 0, text: "", paragraph: 2),
        ]
        let texts = ["Talks resumed on Monday.", "Jane Doe covers trade for the paper.", "She lives in Lisbon.",
                     "Markets rose on Tuesday."]
        Boilerplate.markFurniture(&sentences, tokens: texts.map { Tokenizer.tokens($0) })
        #expect(sentences.map(\.isFurniture) == [false, true, true, false])
    }

    @Test func vocabularyIsLoadedFromItsDataFile() {
        let v = FurnitureVocabulary.bundled
        #expect(v.phrases.contains("read more"))
        #expect(v.imageExtensions.contains(".jpg"))
        #expect(Boilerplate.imageExtensions == v.imageExtensions)
        #expect(Boilerplate.menuWords.contains("share"))
        #expect(!Boilerplate.menuWords.contains("campaign"))
        // The credit words of datelines and credits inside sentences are this file's too.
        #expect(Boilerplate.creditAgencies.contains("reuters") && Boilerplate.creditAgencies == v.creditAgencies)
        #expect(Boilerplate.photoCreditWords.contains("courtesy") && !Boilerplate.photoCreditWords.contains("reuters"))
        // Every phrase is lowercase and has no doubled spaces, so it can match at all.
        for p in v.phrases + v.blockOpeners + v.terminalPhrases + v.sentenceOpeners {
            #expect(p == p.lowercased() && !p.contains("  ") && !p.isEmpty, "\(p)")
        }
    }

    /// A sentence's words as the credit rules read them (a plain stand-in for extraction's
    /// pieces: lowercase key, surface without periods).
    struct Word: CreditReadableWord {
        var key: String, bare: String, isWord: Bool, start: Int, end: Int
    }

    func words(_ text: String) -> [Word] {
        Tokenizer.tokens(text).map { Word(key: $0.lower.replacingOccurrences(of: ".", with: ""), bare: $0.text, isWord: $0.kind == .word,
                                        start: $0.start, end: $0.end) }
    }

    /// Words of `text` that a dateline or a credit takes, as text.
    func credited(_ text: String) -> [String] {
        let w = words(text)
        var marked = Set(0..<Boilerplate.datelineLength(w))
        Boilerplate.creditWords(w) { marked.insert($0) }
        return marked.sorted().map { w[$0].bare }
    }

    @Test func datelinesAreJudgedAtTheSentenceStart() {
        #expect(credited("GENEVA (Reuters) - Ministers met on Monday.") == ["GENEVA", "(", "Reuters", ")", "-"])
        #expect(credited("OSLO, May 4 (AFP) - Talks resumed.") == ["OSLO", ",", "May", "4", "(", "AFP", ")", "-"])
        // Capitals alone are no dateline, nor is a capitalized sentence start.
        #expect(credited("NATO (the alliance) grew.") == [])
        #expect(credited("Geneva (Reuters) - Ministers met.") == ["(", "Reuters", ")"])
        // A dash with no space on either side joins two names.
        #expect(credited("NATO\u{2013}Russia tensions grew.") == [])
        #expect(credited("GENEVA \u{2013} Ministers met.") == ["GENEVA", "\u{2013}"])
    }

    @Test func creditsAreJudgedAnywhereInTheSentence() {
        #expect(credited("Ministers met in Oslo (Reuters) on Monday.") == ["(", "Reuters", ")"])
        #expect(credited("The port at dawn. Photo: Jane Doe | Example News") == ["Photo", ":", "Jane", "Doe"])
        // A bracket without an agency is prose.
        #expect(credited("Ministers met in Oslo (Norway) on Monday.") == [])
    }
}
