import KGraphIngest
import KGraphModel
import Testing
@testable import KGraphExtract

/// Titles in less common forms: two titles joined by "and", a portfolio after "of", a campaign
/// post, and a surname that is also a title word. Every sentence here is invented.
@Suite struct TitleFormTests {
    @Test func aTitlePhraseHeadingTheClauseAfterAFrontedName() {
        // The name ends a fronted phrase; the title phrase is the subject of the verb after it.
        #expect(relKeys("After meeting [Ana Soto|person], [Peru|country]'s foreign minister said the talks went well.") == [])
        #expect(relKeys("Unlike [Ana Soto|person], [Peru|country]'s leaders have avoided threats.") == [])
        // A past tense outside the verb lexicon is the clause's verb too; a participle with its
        // preposition still modifies the title.
        #expect(relKeys("In a call with [Ana Soto|person], [Peru|country]'s partners raised the tariff issue.") == [])
        #expect(relKeys("The deal was drafted by [Ana Soto|person], [Peru|country]'s envoy appointed to the talks.") == ["ana-soto serves peru"])
        // Set off by commas, or after its own clause's verb, the title is the name's.
        #expect(relKeys("According to [Ana Soto|person], [Peru|country]'s foreign minister, the talks failed.") == ["ana-soto serves peru"])
        #expect(relKeys("Trade will grow, says [Ana Soto|person], [Peru|country]'s foreign minister.") == ["ana-soto serves peru"])
    }

    @Test func aTitleSetOffAfterAnotherNameIsThatNamesApposition() {
        // "to Y, the panel's chairman, X demanded": the title is Y's, not X's.
        let keys = edgeKeys("""
            The House Farm Committee met on Monday.
            In a letter to Representative Dale Morrow, the panel's Republican chairman, Ann Hale demanded documents.
            """)
        #expect(!keys.contains("ann-hale leads house-farm-committee"))
        // Before the name alone, the same title is the name's.
        #expect(edgeKeys("""
            The House Farm Committee met on Monday.
            Ann Hale said the panel's Republican chairman, Dale Morrow, refused.
            """).contains("dale-morrow leads house-farm-committee"))
    }

    func edgeKeys(_ text: String) -> Set<String> { extractedEdgeKeys(text) }

    @Test func aSecondTitleAfterAnd() {
        #expect(relKeys("[Lena Ortiz|person], a [Lima University|organization] history lecturer and former [Andean Trade Court|organization] appeals judge, spoke.")
            == ["lena-ortiz serves andean-trade-court", "lena-ortiz serves lima-university"])
        // A party word in the second title gives membership, not service.
        #expect(!relKeys("[Lena Ortiz|person], a [Lima University|organization] lecturer and former [Labour|organization|Labour Party|dem] minister, spoke.")
            .contains("lena-ortiz serves labour-party"))
    }

    @Test func aPortfolioNamedAfterOf() {
        #expect(edgeKeys("Norway's deputy director of public health, Eva Lindqvar, said so.").contains("eva-lindqvar serves norway"))
        // The head of a portfolio serves the state; the head of state leads it.
        #expect(edgeKeys("Norway's director of public health, Eva Lindqvar, said so.") == ["eva-lindqvar serves norway"])
        #expect(edgeKeys("Norway's head of state, Eva Lindqvar, said so.") == ["eva-lindqvar leads norway"])
    }

    @Test func aChambersOwnOfficeBeforeAName() {
        // A holder the lexicon knows in the chamber.
        let lexicon = Lexicon.bundled.adding(entities: [
            LexiconEntity(label: "Dana Kroll", type: .person, roles: [LexiconRole(office: "Senator", of: "U.S. Senate", relation: .serves)]),
        ])
        func keys(_ text: String) -> Set<String> { extractedEdgeKeys(text, lexicon: lexicon) }
        let us = "The United States Senate met on Monday. "
        #expect(keys("The United States hosted talks. Senate Majority Leader Dana Kroll said so.")
            == ["dana-kroll serves u-s-senate", "dana-kroll serves united-states"])
        // A party's leader in the chamber sits in it; it is no longer name ("Senate Democratic").
        #expect(keys(us + "On Tuesday, Senate Democratic Leader Dana Kroll said so.")
            .isSuperset(of: ["dana-kroll serves u-s-senate", "dana-kroll serves united-states"]))
        // The office holder, not the chamber, is the agent of a passive.
        #expect(keys(us + "Ana Solis, who was favored by Senate Majority Leader Dana Kroll, won.").contains("dana-kroll supports ana-solis"))
        #expect(keys(us + "Ana Solis, backed by Senate Minority Leader Dana Kroll, won.").contains("dana-kroll supports ana-solis"))
        // A bare "Senate Leader" is the majority's, no head of the chamber.
        #expect(keys(us + "Senate Leader Dana Kroll said so.").contains("dana-kroll serves u-s-senate"))
        #expect(!keys(us + "Senate Leader Dana Kroll said so.").contains("dana-kroll leads u-s-senate"))
        #expect(!keys(us + "Ana Solis, who was favored by Senate Majority Leader Dana Kroll, won.").contains("u-s-senate supports ana-solis"))
        // Another title after the chamber's name is no chamber office.
        #expect(!keys(us + "The Senate President Dana Kroll read the letters.").contains("dana-kroll leads u-s-senate"))
        // A holder the lexicon does not know may lead some state's own senate.
        #expect(!edgeKeys("The United States hosted talks. Senate Majority Leader Rob Tamsin said the state budget was short.")
            .contains("rob-tamsin serves u-s-senate"))
    }

    @Test func aTitleAfterTheNameOfABodyNamedByADescription() {
        let panel = "The Senate Intelligence Committee met on Monday. "
        #expect(edgeKeys(panel + "Dana Kroll, the committee's chairman, said so.").contains("dana-kroll leads senate-intelligence-committee"))
        #expect(edgeKeys(panel + "Dana Kroll, the chairman of the committee, said so.").contains("dana-kroll leads senate-intelligence-committee"))
        #expect(edgeKeys(panel + "Dana Kroll, the committee's ranking member, said so.").contains("dana-kroll serves senate-intelligence-committee"))
        // A description resolved to a body whose name lacks its head word names no body here.
        let committee = "[Acme Committee|organization] met.\n[Dana Kroll|person], [the committee|organization|Acme Committee|ref]'s chairman, said so."
        #expect(relKeys(committee) == ["dana-kroll leads acme-committee"])
        let senate = "[Acme Senate|organization] met.\n[Dana Kroll|person], [the committee|organization|Acme Senate|ref]'s chairman, said so."
        #expect(relKeys(senate).isEmpty)
    }

    @Test func plainWordsBeforeABodysNameDescribeIt() {
        #expect(relKeys("[Dale Vantrell|person], former chief executive of mining firm [Nordvale Lines|organization], spoke.")
            == ["dale-vantrell leads nordvale-lines"])
    }

    @Test func aSpeakersHostilityToAPrincipleStaysTheSpeakers() {
        let keys = edgeKeys("The United States held elections. Senator Dale Vantrell said President Donald Trump threatened democracy.")
        #expect(keys.contains("donald-trump rejects democracy"))
        #expect(!keys.contains("united-states rejects democracy"))
    }

    @Test func aCampaignPostServesNoState() {
        let keys = edgeKeys("President Donald Trump spoke in Ohio. He praised Trump campaign manager Dale Vantrell.")
        #expect(!keys.contains("dale-vantrell serves united-states"))
    }

    @Test func aTitleWordAsSurnameBeforeAnOffice() {
        let g = Extractor(lexicon: .bundled).extract(Article(id: "t", text: "Tomas Prince, founder of a mapping firm, testified on Monday."))
        #expect(g.nodes.contains { $0.label == "Tomas Prince" && $0.type == .person })
        #expect(!Extractor(lexicon: .bundled).extract(Article(id: "t", text: "Tomas Prince of Wales arrived on Monday.")).nodes.contains { $0.label == "Tomas Prince" })
    }
}

/// A politician described by party and office ("the Republican president") is the party's member.
@Suite struct DescribedPartisanTests {
    @Test func aPartyAndAnOfficeDescribeAMember() {
        let text = "[Ana Soto|person] spoke on Monday.\nThe [Republican|organization|Republican Party|dem] [president|person|Ana Soto|ref] criticized [Peru|country]."
        let roles = ["ana-soto": [LexiconRole(office: "President", of: "Chile", relation: .leads)]]
        #expect(relKeys(text, roles: roles).contains("ana-soto member-of republican-party"))
        // A description resolved to someone not known to hold the office gives no party.
        #expect(!relKeys(text).contains("ana-soto member-of republican-party"))
    }
}
