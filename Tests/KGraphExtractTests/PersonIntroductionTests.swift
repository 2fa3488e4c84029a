import Testing
import KGraphIngest
import KGraphModel
@testable import KGraphExtract

/// People named after capitalized modifiers of their office, after a possessive and a
/// relational noun, or after the place of their post; and the employer before a corporate office.
@Suite struct PersonIntroductionTests {
    var people: (EntityAnalysis) -> [String] { { $0.typedIDs.filter { $0.hasSuffix(":person") } } }

    @Test func modifiersBeforeAnOfficeNounStayOutOfTheName() {
        #expect(people(analyze("Yesterday Centrist Senator Quorvan Delisle met the envoy.")) == ["quorvan-delisle:person"])
        // A service before a military rank is neither part of the name nor an employer.
        let a = analyze("The top officer, Marine General Jorik Tasman, joined the talks.")
        #expect(a.typedIDs == ["jorik-tasman:person"])
    }

    @Test func anAgentNounOpeningASentenceIsNoFirstName() {
        #expect(people(analyze("Employee Steve Dorran told the paper he fought back.")) == ["steve-dorran:person"])
        #expect(people(analyze("Neuroscientist Hans Keltner, a stem cell researcher, is running.")) == ["hans-keltner:person"])
        #expect(people(analyze("Leg-spinner Matthew Orrin took four wickets.")) == ["matthew-orrin:person"])
        // A given name opening the sentence stays, and so does an agent-like word before a surname only.
        #expect(people(analyze("Oliver James Brandt told the paper he fought back.")) == ["oliver-james-brandt:person"])
        #expect(people(analyze("Carter Pagell told the paper he fought back.")) == ["carter-pagell:person"])
    }

    @Test func capitalizedWordsAfterABodysOfficeNameTheBody() {
        let a = analyze("Gil Hoffer, the executive director of Honest Lens, says the coverage is wrong. Honest Lens has tracked it for years.")
        #expect(a.typedIDs.contains("honest-lens:organization") && !a.typedIDs.contains("honest-lens:person"))
        #expect(analyze("Ann Roe, a partner of Roe Smith & Associates, said so.").typedIDs.contains("roe-smith-and-associates:organization"))
        // A given name after the office still opens a person's name ("the wife of", no office, is untouched).
        #expect(people(analyze("He met the wife of Gil Hoffer on Monday.")) == ["gil-hoffer:person"])
    }

    @Test func wordsGluedToAWebAddressAreNoName() {
        #expect(people(analyze("Telegram: t.me/RealDailyRanger Brightcast.com: more posts. Telegram: t.me/RealDailyRanger Brightcast.com: again.")) == [])
    }

    @Test func employerBeforeACorporateOffice() {
        let a = analyze("Officials met Velkor CEO Lena Brisk on Monday.")
        #expect(a.typedIDs == ["lena-brisk:person", "velkor:organization"])
        let g = Extractor(lexicon: testLexicon).extract(Article(id: "t", text: "Officials met Velkor CEO Lena Brisk on Monday."))
        #expect(g.edges.map { "\($0.source) \($0.type.rawValue) \($0.target)" } == ["lena-brisk leads velkor"])
        // Ordinary words and adjectives before the office are no employer.
        #expect(analyze("Officials met Regional Director Lena Brisk on Monday.").typedIDs == ["lena-brisk:person"])
    }

    @Test func employerAfterAJobTitle() {
        let text = "Lena Brisk, a spokeswoman for Harrow Gas Power, declined to comment. Tomas Vek, chief economist at Quillfield, said rates would rise."
        #expect(analyze(text).typedIDs == ["harrow-gas-power:organization", "lena-brisk:person", "quillfield:organization", "tomas-vek:person"])
        let g = Extractor(lexicon: testLexicon).extract(Article(id: "t", text: text))
        #expect(g.edges.map { "\($0.source) \($0.type.rawValue) \($0.target)" } == ["lena-brisk serves harrow-gas-power", "tomas-vek serves quillfield"])
        // A client, a surname, a title, a longer phrase or an ordinary word is no employer.
        #expect(analyze("Tomas Vek, a lawyer for Orlanda, spoke.").typedIDs == ["tomas-vek:person"])
        #expect(analyze("Senator Ann Orlanda voted no. A spokesman for Orlanda said so.").typedIDs == ["ann-orlanda:person"])
        #expect(analyze("A spokesman for Senator Ann Orlanda said so.").typedIDs == ["ann-orlanda:person"])
        #expect(analyze("He is an analyst for the Quillfield television network.").typedIDs == [])
        #expect(analyze("She is the director for Policy and a fellow at Harvest.").typedIDs == ["harvest:organization"])
    }

    @Test func aWordlikeGivenNameOpeningASentenceWithAnOfficeInApposition() {
        #expect(analyze("Mark Meadows, chairman of the caucus, said so.").typedIDs == ["mark-meadows:person"])
        // Without a given name, ordinary words opening a sentence are no name.
        #expect(analyze("Human Rights, chairman of the caucus, said so.").typedIDs == [])
    }

    @Test func possessiveAndRelationalNounIntroduceAPerson() {
        // Without the noun, an unknown pair once is too weak (see EntityEvidenceTests).
        #expect(people(analyze("Prosecutors charged Quorvan Delisle on Monday.")) == [])
        #expect(people(analyze("Prosecutors charged his associate Quorvan Delisle on Monday.")) == ["quorvan-delisle:person"])
        #expect(people(analyze("The minister's lawyer Quorvan Delisle spoke.")) == ["quorvan-delisle:person"])
        // A relational noun alone, without a possessor, is no introduction.
        #expect(people(analyze("A partner Quorvan Delisle spoke.")) == [])
    }

    @Test func postsPlaceIsNotTheFirstName() {
        let a = analyze("The American ambassador to Tokyo Jorik Tasman wrote to the ministry.")
        #expect(people(a) == ["jorik-tasman:person"])
        #expect(a.nodes["japan"] != nil)
    }
}

/// Party words where they can only mean the party give its node and the politician's
/// membership; the office still belongs to the state.
@Suite struct PartyWordTests {
    static let lexicon = testLexicon.adding(entities: [
        LexiconEntity(label: "Republican Party", type: .organization, aliases: ["GOP"]),
        LexiconEntity(label: "Democratic Party", type: .organization),
    ])

    func edgeKeys(_ text: String) -> [String] {
        Extractor(lexicon: Self.lexicon).extract(Article(id: "t", text: text)).edges
            .map { "\($0.source) \($0.type.rawValue) \($0.target)" }.sorted()
    }

    @Test func partyWordBeforeAnOfficeAndAName() {
        #expect(edgeKeys("Republican Senator Quorvan Delisle met the U.S. envoy on Monday.")
            == ["quorvan-delisle member-of republican-party", "quorvan-delisle serves united-states"])
    }

    @Test func partyNounHeadingAnApposition() {
        #expect(edgeKeys("Senator Quorvan Delisle, a Democrat, opposed the bill.") == ["quorvan-delisle member-of democratic-party"])
        #expect(edgeKeys("Senator Quorvan Delisle, a Democrat appointed in May, opposed the bill.") == ["quorvan-delisle member-of democratic-party"])
    }

    @Test func partyWordBeforeAnOfficeInApposition() {
        // Membership only: the office is not the party's.
        #expect(edgeKeys("Quorvan Delisle, a Republican strategist, said so.") == ["quorvan-delisle member-of republican-party"])
        #expect(edgeKeys("Quorvan Delisle, the Republican chairman of the panel, said so.") == ["quorvan-delisle member-of republican-party"])
        #expect(edgeKeys("Quorvan Delisle, the Republican leader, said so.").contains("quorvan-delisle member-of republican-party"))
        // Not an apposition: a new clause, or the office of someone named after "of".
        #expect(edgeKeys("They thanked Quorvan Delisle, the Republican president had said.") == [])
        #expect(!edgeKeys("Quorvan Delisle, a critic of Republican leader Ann Roe, said so.").contains("quorvan-delisle member-of republican-party"))
    }

    @Test func partyAdjectiveElsewhereIsNoParty() {
        let a = analyze("Democratic values matter, and Republican voters agree.", lexicon: Self.lexicon)
        #expect(a.nodes.isEmpty)
    }
}

extension PersonIntroductionTests {
    @Test func employerAfterASentenceOpeningConjunctionOnly() {
        #expect(analyze("But Velkor CEO Lena Brisk disagreed.").typedIDs == ["lena-brisk:person", "velkor:organization"])
        // Part of a longer capitalized name is no employer by itself.
        #expect(analyze("Officials met Oster Velkor CEO Lena Brisk on Monday.").nodes["velkor"] == nil)
    }
}

extension PartyWordTests {
    @Test func partyWordEndingAnotherPartysNameIsNotThatParty() {
        #expect(edgeKeys("Former Liberal Democrat leader Quorvan Delisle spoke in London.").filter { $0.contains("democratic-party") } == [])
    }
}

/// The body after an office in apposition to a person ("Ann Roe, chief executive of Acme Foods").
@Suite struct OfficeBodyTests {
    func graphKeys(_ text: String) -> (nodes: [String], edges: [String]) {
        let g = Extractor(lexicon: testLexicon).extract(Article(id: "t", text: text))
        return (g.nodes.map { "\($0.id):\($0.type.rawValue)" }.sorted(), g.edges.map { "\($0.source) \($0.type.rawValue) \($0.target)" }.sorted())
    }

    @Test func officeInAppositionNamesTheBody() {
        let g = graphKeys("Prices rose, said Jorik Tasman, chief executive of Velkor Foods, on Monday.")
        #expect(g.nodes == ["jorik-tasman:person", "velkor-foods:organization"])
        #expect(g.edges == ["jorik-tasman leads velkor-foods"])
        // A state's name ending the run belongs to the body's name.
        #expect(graphKeys("Sales fell, said Jorik Tasman, chairman of Velkor India, on Monday.").edges == ["jorik-tasman leads velkor-india"])
    }

    @Test func departmentsAndStatesAreNoNewBodies() {
        #expect(graphKeys("Lena Brisk, head of Marketing, left in May.").nodes == ["lena-brisk:person"])
        #expect(graphKeys("Lena Brisk, the president of India, spoke.").edges == ["lena-brisk leads india"])
    }
}

extension PartyWordTests {
    static let labourLexicon = testLexicon.adding(entities: [
        LexiconEntity(label: "Labour Party", type: .organization, aliases: ["Labour"]),
        LexiconEntity(label: "Republican Party", type: .organization),
    ])

    @Test func partyLawmakerIsAMemberAndPartyHeadLeadsIt() {
        func keys(_ text: String) -> [String] {
            Extractor(lexicon: Self.labourLexicon).extract(Article(id: "t", text: text)).edges
                .map { "\($0.source) \($0.type.rawValue) \($0.target)" }.sorted()
        }
        #expect(keys("Opposition Labour lawmaker Quorvan Delisle spoke.") == ["quorvan-delisle member-of labour-party"])
        // A bare "Labour leader X" may be one of the party's leaders: membership, true either way.
        #expect(keys("Labour leader Quorvan Delisle spoke.") == ["quorvan-delisle member-of labour-party"])
        #expect(keys("Quorvan Delisle, leader of the Labour Party, spoke.").contains("quorvan-delisle leads labour-party"))
        #expect(keys("It began before Republican President Quorvan Delisle took office.") == ["quorvan-delisle member-of republican-party"])
    }
}

/// A region inside a title names the portfolio, not the body served (own sentences).
@Suite struct RegionPortfolioTests {
    @Test func regionBetweenStateAndTitle() {
        #expect(relKeys("[Chile|country]'s [Middle East|region] minister [Ana Soto|person] spoke.") == ["ana-soto serves chile"])
        #expect(relKeys("[Chilean|country|Chile|dem] [Asia|region] envoy [Ana Soto|person] spoke.") == ["ana-soto serves chile"])
    }
}

extension PersonIntroductionTests {
    @Test func postingBeforeTheNameEndsTheTitle() {
        let a = analyze("Officials spoke with the Ambassador to the United States Quorvan Delisle that day.")
        #expect(people(a) == ["quorvan-delisle:person"])
        // The posting may be a body, and a comma may stand between it and the name.
        #expect(people(analyze("Japan's ambassador to NATO, Quorvan Delisle, spoke.")) == ["quorvan-delisle:person"])
        let g = Extractor(lexicon: testLexicon).extract(Article(id: "t", text: "Japan's envoy to China, Quorvan Delisle, spoke."))
        #expect(g.edges.map { "\($0.source) \($0.type.rawValue) \($0.target)" } == ["quorvan-delisle serves japan"])
        // Without an office before the posting, a place and a name are only a list.
        #expect(people(analyze("They toured Japan, China, Quorvan Delisle and more.")) == [])
    }
}
