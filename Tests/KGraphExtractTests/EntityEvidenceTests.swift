import Testing
import KGraphModel
@testable import KGraphExtract

/// Unknown people need evidence beyond two capitalized words; shared surnames of lexicon
/// people need the full name or a title.
@Suite struct EntityEvidenceTests {
    static let johnsonLexicon = testLexicon.adding(entities: [
        LexiconEntity(label: "Boris Johnson", type: .person, aliases: ["Johnson"], ambiguousForms: ["Johnson"]),
    ])

    var people: (EntityAnalysis) -> [String] { { $0.typedIDs.filter { $0.hasSuffix(":person") } } }

    @Test func siteMenuWordsAreNotPeople() {
        let a = analyze("Print View Read the full story below. Exclusives Stay informed with our daily brief. Mood Analyze your portfolio today.")
        #expect(people(a) == [])
    }

    @Test func policyNamesAreNotPeople() {
        let a = analyze("Repealing the Individual Mandate remains hard. The Individual Mandate costs money. The Clinton Campaign disagreed.")
        #expect(people(a) == [])
    }

    @Test func commonGivenNameIsEvidence() {
        let a = analyze("The report was drafted by Maria Kowalczyk in the spring.")
        #expect(people(a) == ["maria-kowalczyk:person"])
    }

    @Test func unknownPairNeedsItsSurnameAgain() {
        let once = analyze("The prize went to Quorvan Delisle last year.")
        #expect(people(once) == [])
        let twice = analyze("The prize went to Quorvan Delisle last year. Delisle accepted it gladly.")
        #expect(people(twice) == ["quorvan-delisle:person"])
    }

    @Test func writtenInitialIsEvidence() {
        let a = analyze("The firm was run by L. Qendrim Vasquezi until the merger.")
        #expect(people(a) == ["l-qendrim-vasquezi:person"])
    }

    @Test func sharedSurnameAloneIsNotTheLexiconPerson() {
        let a = analyze("The senator met Johnson on Tuesday. Johnson told reporters the bill would pass.", lexicon: Self.johnsonLexicon)
        #expect(a.nodes["boris-johnson"] == nil)
    }

    @Test func sharedSurnameWithFullNameOrTitle() {
        let full = analyze("Boris Johnson visited India. Later Johnson told reporters the talks went well.", lexicon: Self.johnsonLexicon)
        #expect(full.nodes["boris-johnson"]?.mentions.count == 2)
        let titled = analyze("Prime Minister Johnson spoke in Tokyo.", lexicon: Self.johnsonLexicon)
        #expect(titled.nodes["boris-johnson"]?.mentions.count == 1)
    }

    @Test func titleThatDoesNotFitTheKnownOfficeNamesANamesake() {
        let lex = testLexicon.adding(entities: [
            LexiconEntity(label: "Rhea Calloway", type: .person, aliases: ["Calloway"],
                          roles: [LexiconRole(office: "National Security Adviser", of: "United States", relation: .serves)],
                          ambiguousForms: ["Calloway"]),
        ])
        // "Judge Calloway" is the judge the article names, not the adviser of the same surname.
        let judge = analyze("The case went to District Judge Orrin Calloway. Judge Calloway set a date.", lexicon: lex)
        #expect(judge.nodes["rhea-calloway"] == nil)
        #expect(judge.nodes["orrin-calloway"]?.mentions.count == 2)
        #expect(analyze("Judge Calloway set a date for the hearing.", lexicon: lex).nodes["rhea-calloway"] == nil)
        // A title of the known office, its abbreviation, or a courtesy title still names the person.
        #expect(analyze("Adviser Calloway spoke in Tokyo.", lexicon: lex).nodes["rhea-calloway"]?.mentions.count == 1)
        #expect(analyze("Ms. Calloway spoke in Tokyo.", lexicon: lex).nodes["rhea-calloway"]?.mentions.count == 1)
        let pm = testLexicon.adding(entities: [
            LexiconEntity(label: "Boris Johnson", type: .person, aliases: ["Johnson"],
                          roles: [LexiconRole(office: "Prime Minister", of: "United Kingdom", relation: .leads)],
                          ambiguousForms: ["Johnson"]),
        ])
        #expect(analyze("PM Johnson spoke in Tokyo.", lexicon: pm).nodes["boris-johnson"]?.mentions.count == 1)
        #expect(analyze("Senator Johnson spoke in Tokyo.", lexicon: pm).nodes["boris-johnson"] == nil)
    }

    @Test func promotionFurnitureGivesNoEntities() {
        let a = analyze("Login using your XY Prime credentials and read the PDF version of XY newspaper in India. Download the ePaper and read it offline in Japan. India and Japan signed a pact.")
        #expect(a.mentionList == ["India=india/name", "Japan=japan/name"])
    }

    @Test func officeWordsBetweenTitlesStayOutOfTheName() {
        let a = analyze("House Speaker Paul Korrin spoke on Monday. Later Republican House Speaker Korrin told reporters no.")
        #expect(people(a) == ["paul-korrin:person"])
        #expect(a.nodes["paul-korrin"]?.mentions.map(\.text) == ["Paul Korrin", "Korrin"])
    }

    @Test func employerTitleThenPersonIsAPerson() {
        let a = analyze("Growth will slow, Velmar Analytics Chief Economist Jorik Tasman wrote in a note.")
        #expect(a.typedIDs == ["jorik-tasman:person"])
    }

    @Test func pluralTitleAfterOfEndsABodyName() {
        let a = analyze("The House of Representatives Science Committee warned the agency. Senators Jorik Tasman and Lena Brisk agreed.")
        #expect(people(a) == ["jorik-tasman:person", "lena-brisk:person"])
    }

    @Test func shipsAreNotPeople() {
        let a = analyze("A drone struck the tanker MV Norra Veldt near the coast. The Norra Veldt crew is safe, Maria Kowalczyk said.")
        #expect(people(a) == ["maria-kowalczyk:person"])
    }

    @Test func titleCaseHeadlineWordsAreNotPeople() {
        let a = analyze("India Turns Down Japan's Call for a New Pact\n\nIndia said on Monday that it would not join.")
        #expect(people(a) == [])
        #expect(a.typedIDs == ["india:country", "japan:country"])
    }
}
