import Testing
import KGraphIngest
import KGraphModel
@testable import KGraphExtract

@Suite struct EntityRecognizerTests {
    @Test func aliasesOfOneCountryMergeIntoOneNode() {
        let a = analyze("The U.S. and the US Navy met. America is far. Washington said no. United States troops left. American officials agreed.")
        #expect(a.nodes["united-states"]?.type == .country)
        #expect(a.mentionList.filter { $0.contains("=united-states/") } == [
            "U.S.=united-states/name", "America=united-states/name",
            "Washington=united-states/metonym", "United States=united-states/name", "American=united-states/demonym",
        ])
        #expect(a.nodes["us-navy"]?.type == .organization)
        let aliases = a.nodes["united-states"]!.aliases
        #expect(aliases.contains("U.S.") && aliases.contains("Washington") && aliases.contains("USA"))
    }

    @Test func lowercaseUsIsNotACountry() {
        let a = analyze("Let us talk about it with them.")
        #expect(a.nodes.isEmpty)
    }

    @Test func demonymsAndMetonymsLinkToTheCountry() {
        let a = analyze("The Indian government refused. New Delhi said it would wait. The Kremlin disagreed.")
        #expect(a.typedIDs == ["india:country", "russia:country"])
        #expect(a.mentionList == ["Indian=india/demonym", "New Delhi=india/metonym", "Kremlin=russia/metonym"])
    }

    @Test func aCapitalAfterAnOpeningParticipleIsTheState() {
        let a = analyze("Visiting Beijing, the minister spoke. Criticising Moscow, Tokyo said it would act.")
        #expect(a.typedIDs == ["china:country", "japan:country", "russia:country"])
        // A capitalized word before a capital inside a name still keeps it out ("Washington Post").
        #expect(analyze("Readers of the Washington Post wrote in.").nodes["united-states"] == nil)
    }

    @Test func titledPersonAndSurnameResolveToOneNode() {
        let a = analyze("India's External Affairs Minister, Dr. S. Jaishankar, spoke on Monday. Later Jaishankar said more.")
        #expect(a.nodes["s-jaishankar"]?.type == .person)
        #expect(a.mentionList.filter { $0.contains("s-jaishankar") } == ["S. Jaishankar=s-jaishankar/name", "Jaishankar=s-jaishankar/name"])
    }

    @Test func unknownPeopleFromTitlesSpeechAndSurnames() {
        let a = analyze("Japanese Prime Minister Hiroto Kasamatsu spoke first. Kasamatsu later met Ambassador Olena Petrenko. \"We agree,\" said Marek Zielony.")
        #expect(a.nodes["hiroto-kasamatsu"]?.type == .person)
        #expect(a.nodes["olena-petrenko"]?.type == .person)
        #expect(a.nodes["marek-zielony"]?.type == .person)
        #expect(a.nodes["hiroto-kasamatsu"]!.mentions.map(\.text) == ["Hiroto Kasamatsu", "Kasamatsu"])
        #expect(a.nodes["japan"] != nil)
        #expect(a.nodes.count == 4)
    }

    @Test func initialsWithoutPeriodsAfterATitle() {
        // Two or three capitals right after an office open a name ("Chief Minister MK Varan").
        let a = analyze("Chief Minister MK Varan spoke. The league's secretary RT Palanivel agreed.")
        #expect(a.nodes["mk-varan"]?.type == .person)
        #expect(a.nodes["rt-palanivel"]?.type == .person)
        // Not after a modifier of a title, nor before a word the lexicon or common words know.
        let b = analyze("She won her first WTA Finals title. He joined former FC Barcelona teammates.")
        #expect(!b.nodes.values.contains { $0.type == .person })
        // Capitals before a full name of two words are a province's, not initials.
        let c = analyze("Chief Minister KP Amir Varan spoke.")
        #expect(c.nodes["kp-amir-varan"] == nil)
    }

    @Test func organizationsByHeadWord() {
        let a = analyze("The Ministry of External Affairs issued a note. The US Congressional Committee met the Varnholt Policy Forum.")
        #expect(a.nodes["ministry-of-external-affairs"]?.type == .organization)
        #expect(a.nodes["us-congressional-committee"]?.type == .organization)
        #expect(a.nodes["varnholt-policy-forum"]?.type == .organization)
        // "US" is part of the committee's name: no mention of its own, but the country is in the article.
        #expect(!a.mentionList.contains { $0.contains("united-states") })
        #expect(a.nodes["united-states"]?.mentions.map(\.text) == ["US"])
    }

    @Test func newAlliancesAndRegionsByPattern() {
        let a = analyze("Tokyo proposed an Asian NATO. Others floated NATO plus. Ships sailed the East and South China Seas and the Lumbar Strait.")
        #expect(a.nodes["asian-nato"]?.type == .alliance)
        #expect(a.nodes["nato-plus"]?.type == .alliance)
        #expect(a.nodes["nato"] == nil)
        #expect(a.nodes["east-china-sea"]?.type == .region)
        #expect(a.nodes["south-china-sea"]?.type == .region)
        #expect(a.nodes["lumbar-strait"]?.type == .region)
    }

    @Test func ambiguousNamesNeedSupport() {
        let plain = analyze("Turkey was served at dinner.")
        #expect(plain.nodes["turkey"] == nil)
        let actor = analyze("Officials said that Turkey would object.")
        #expect(actor.nodes["turkey"]?.type == .country)
        let speaking = analyze("Turkey said it would object.")
        #expect(speaking.nodes["turkey"] != nil)
    }

    @Test func possessedOfficeInAppositionMarksAPerson() {
        let a = analyze("Officials met on Monday. Ri Tae Song, India's top diplomat, declined the offer.")
        #expect(a.nodes["ri-tae-song"]?.type == .person)
        // A possessor without an office says nothing of the name.
        let b = analyze("Officials met on Monday. Blue Harbor, India's largest port, reopened.")
        #expect(b.nodes["blue-harbor"]?.type != .person)
    }

    @Test func ambiguousNameOpeningASentenceFollowsTheArticle() {
        // Named mid-sentence elsewhere, the sentence-initial capital is the same name.
        let known = analyze("Turkey maintains close ties with Japan. Officials in Turkey agreed.")
        #expect(known.mentionList.filter { $0.contains("=turkey/") } == ["Turkey=turkey/name", "Turkey=turkey/name"])
        // Among two or more other states it is the state too, and so beside another state or a
        // bloc of states in its own sentence (a one-sentence snippet); beside one elsewhere it stays unread.
        let amongStates = analyze("Turkey shot down a jet over Russia and China.")
        #expect(amongStates.mentionList.filter { $0.contains("=turkey/") } == ["Turkey=turkey/name"])
        #expect(analyze("Turkey shot down a jet over Russia.").mentionList.filter { $0.contains("=turkey/") } == ["Turkey=turkey/name"])
        #expect(analyze("Chad is a member of the African Union.", lexicon: .bundled).mentionList.filter { $0.contains("=chad/") } == ["Chad=chad/name"])
        #expect(analyze("Turkey was roasted for hours. Russia sent a chef.").mentionList.filter { $0.contains("=turkey/") } == [])
        #expect(analyze("Turkey blocked Japan's NATO bid.").mentionList.filter { $0.contains("=turkey/") } == ["Turkey=turkey/name"])
        // Alone at the start of a sentence it stays a word.
        let alone = analyze("Turkey was served at dinner. Japan sent a chef.")
        #expect(alone.nodes["turkey"] == nil)
        #expect(alone.typedIDs == ["japan:country"])
    }

    @Test func aShortMixedCaseAcronymMatchesOnlyAsWritten() {
        let lex = Lexicon.empty.adding(entities: [LexiconEntity(label: "Lashkar-e-Taiba", type: .organization, aliases: ["LeT"])])
        #expect(analyze("He said: \"Let us be clear about it.\"", lexicon: lex).nodes["lashkar-e-taiba"] == nil)
        #expect(analyze("Police blamed the LeT for the attack.", lexicon: lex).nodes["lashkar-e-taiba"]?.type == .organization)
        #expect(analyze("Police blamed the LET for the attack.", lexicon: lex).nodes["lashkar-e-taiba"]?.type == .organization)
    }

    @Test func aStateNameAfterAGivenNameIsASurname() {
        #expect(analyze("The singer John Nepal said the film would open.", lexicon: .bundled).nodes["nepal"] == nil)
        // Not after an ordinary word or a month, nor a name the state's own sentence opens.
        #expect(analyze("In May Nepal signed the accord.", lexicon: .bundled).nodes["nepal"]?.type == .country)
        #expect(analyze("Officials said Nepal signed the accord.", lexicon: .bundled).nodes["nepal"]?.type == .country)
    }

    @Test func genericHeadOfALongerNameNeedsItsArticle() {
        let lexicon = testLexicon.adding(entities: [
            LexiconEntity(label: "Andean Union", type: .organization, aliases: ["the Union"], ambiguousForms: ["the Union"]),
        ])
        #expect(analyze("The Union said it would respond.", lexicon: lexicon).typedIDs == ["andean-union:organization"])
        #expect(analyze("Several Union ministers met in Delhi.", lexicon: lexicon).typedIDs == [])
    }

    @Test func sportsNationalBodyIsNotTheState() {
        let a = analyze("Officials at Cricket Japan met the India squad.")
        #expect(a.typedIDs == ["cricket-japan:organization", "india:country"])
        let g = Extractor(lexicon: testLexicon).extract(Article(id: "t", text: "Hockey India president Tomas Vek spoke."))
        #expect(g.edges.map { "\($0.source) \($0.type.rawValue) \($0.target)" } == ["tomas-vek leads hockey-india"])
    }

    @Test func metonymInsideALongerNameIsNotTheState() {
        let a = analyze("He wrote for the Washington Gazette. George Washington was the first president.")
        #expect(a.nodes["united-states"] == nil)
    }

    @Test func bylinesDatelinesAndCreditsGiveNoEntities() {
        let text = "By Hannelore Vasquez-Brandt\n\nMOSCOW (Reuters) - Indian diplomats arrived. Reporting by Tomas Quill; Editing by Ana Reyes"
        let a = analyze(text)
        #expect(a.typedIDs == ["india:country"])
    }

    @Test func monthsAndSentenceInitialWordsAreNotPeople() {
        let a = analyze("Strategic Partnerships remain vital. In March Officials met. However Greater Cooperation helps.")
        #expect(a.nodes.isEmpty)
    }

    @Test func principlesComeFromTheLexicon() {
        let a = analyze("India values its Strategic Autonomy and strategic autonomy matters.")
        #expect(a.nodes["strategic-autonomy"]?.type == .principle)
        #expect(a.nodes["strategic-autonomy"]?.mentions.count == 2)
    }

    @Test func acronymDefinedInParenthesesNamesTheSameNode() {
        let a = analyze("The Kestrel Research Institute (KRI) published a study. KRI said ties improved.")
        #expect(a.nodes["kestrel-research-institute"]?.mentions.map(\.text) == ["Kestrel Research Institute", "KRI", "KRI"])
    }

    @Test func mentionsCarrySpansTokensAndNoOverlap() {
        let a = analyze("Russia and China met.")
        let ms = a.mentions[0]
        #expect(ms.map(\.start) == [0, 11])
        #expect(ms.map(\.end) == [6, 16])
        #expect(ms.map(\.tokenRange) == [0..<1, 2..<3])
        #expect(a.tokens[0].map(\.text) == ["Russia", "and", "China", "met", "."])
    }

    @Test func organizationsNamedByWhatTheyAre() {
        let a = analyze("Analysts at security firm Quillbright agreed. Voters backed the Sarvadal party. Later Sarvadal lost seats. Firms like Orvanta and Belcrest left.")
        #expect(a.typedIDs == ["belcrest:organization", "orvanta:organization", "quillbright:organization", "sarvadal:organization"])
        #expect(a.nodes["sarvadal"]?.mentions.count == 2)
    }

    @Test func speakingOrganizationIsNotAPerson() {
        let a = analyze("Veridian International said the talks failed. Olena Petrenko, a senior fellow at Veridian International, agreed.")
        #expect(a.nodes["veridian-international"]?.type == .organization)
        #expect(a.nodes["olena-petrenko"]?.type == .person)
    }

    @Test func softHyphenInsideANameIsIgnored() {
        let a = analyze("President Vladi\u{AD}mir Kostrov met Japanese officials.")
        #expect(a.nodes["vladimir-kostrov"]?.label == "Vladimir Kostrov")
    }

    @Test func partialNamesMergeIntoTheFullName() {
        let a = analyze("Myanmar leader Aung Sel Moe Kyaw spoke. Critics of Moe Kyaw protested.")
        #expect(a.nodes.keys.filter { $0 != "myanmar" }.sorted() == ["aung-sel-moe-kyaw"])
        #expect(a.nodes["aung-sel-moe-kyaw"]?.mentions.map(\.text) == ["Aung Sel Moe Kyaw", "Moe Kyaw"])
    }

    @Test func authorNoteGivesNoEntities() {
        let a = analyze("Indian officials met.\n\nMarta Kowalczyk covers the White House. Before that she covered China.")
        #expect(a.typedIDs == ["india:country"])
    }

    @Test func wireAgenciesAndNewsSourcesAreNotActors() {
        let lex = testLexicon.adding(entities: [
            LexiconEntity(label: "Reuters", type: .organization),
            LexiconEntity(label: "Daily Lantern", type: .organization),
            LexiconEntity(label: "Commerce Department", type: .organization),
        ])
        let a = analyze("Russia told Reuters it would wait. According to the Daily Lantern, talks failed. According to Commerce Department data, trade grew.", lexicon: lex)
        #expect(a.typedIDs == ["commerce-department:organization", "russia:country"])
    }

    @Test func initialsAndParticlesStayInNames() {
        let a = analyze("His adviser R.C. Tamsworth said no. Ursel von der Lindqvist agreed. Tamsworth left.")
        #expect(a.nodes["r-c-tamsworth"]?.mentions.map(\.text) == ["R.C. Tamsworth", "Tamsworth"])
        #expect(a.nodes["ursel-von-der-lindqvist"]?.type == .person)
    }
}
