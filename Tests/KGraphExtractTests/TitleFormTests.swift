import KGraphIngest
import KGraphModel
import Testing
@testable import KGraphExtract

/// Titles in less common forms: two titles joined by "and", a portfolio after "of", a campaign
/// post, and a surname that is also a title word. Every sentence here is invented.
@Suite struct TitleFormTests {
    func edgeKeys(_ text: String) -> Set<String> {
        let g = Extractor(lexicon: .bundled).extract(Article(id: "t", text: text))
        return Set(g.edges.map { "\($0.source) \($0.type.rawValue) \($0.target)" })
    }

    @Test func aSecondTitleAfterAnd() {
        let keys = edgeKeys("Laura Vintner, a Georgetown University law professor and former World Trade Organization appellate judge, said so.")
        #expect(keys.contains("laura-vintner serves georgetown-university"))
        #expect(keys.contains("laura-vintner serves world-trade-organization"))
    }

    @Test func aPortfolioNamedAfterOf() {
        #expect(edgeKeys("Sweden's deputy director of public prosecutions, Eva Lindqvar, said so.").contains("eva-lindqvar serves sweden"))
        // The head of a portfolio serves the state; the head of state leads it.
        #expect(edgeKeys("Sweden's director of prosecutions, Eva Lindqvar, said so.") == ["eva-lindqvar serves sweden"])
        #expect(edgeKeys("Sweden's head of state, Eva Lindqvar, said so.") == ["eva-lindqvar leads sweden"])
    }

    @Test func plainWordsBeforeABodysNameDescribeIt() {
        #expect(edgeKeys("Dale Vantrell, former chief executive of coal company Massey Energy, spoke.").contains("dale-vantrell leads massey-energy"))
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
        let g = Extractor(lexicon: .bundled).extract(Article(id: "t", text: "Erik Prince, founder of a security firm, testified on Monday."))
        #expect(g.nodes.contains { $0.label == "Erik Prince" && $0.type == .person })
        #expect(!Extractor(lexicon: .bundled).extract(Article(id: "t", text: "Erik Prince of Wales arrived on Monday.")).nodes.contains { $0.label == "Erik Prince" })
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
