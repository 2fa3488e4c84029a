import KGraphIngest
import KGraphModel
import Testing
@testable import KGraphExtract

/// One body named by its full name and by its initials or a shorter name; judges of the
/// article's court; people tied to bodies by "with"; names whose words are also English words.
/// Every sentence here is invented.
@Suite struct BodyFormsAndCourtTests {
    func graph(_ text: String) -> KnowledgeGraph { extractedGraph(text) }
    func labels(_ text: String) -> [String] { graph(text).nodes.map(\.label).sorted() }
    func edgeKeys(_ text: String) -> Set<String> { extractedEdgeKeys(text) }

    @Test func initialsAndAShorterNameAreTheSameBody() {
        #expect(labels("The Coastal Fisheries Alliance met in Lima. CFA delegates voted on Monday.").filter { $0.contains("Fisheries") || $0 == "CFA" }
            == ["Coastal Fisheries Alliance"])
        #expect(labels("The Chilean Maritime Tribunal ruled on Monday. The Maritime Tribunal said the ban stays.")
            .filter { $0.contains("Tribunal") } == ["Chilean Maritime Tribunal"])
        // Two longer names that fit leave the short one alone.
        #expect(labels("The Chilean Maritime Tribunal and the Peruvian Maritime Tribunal met. The Maritime Tribunal said so.")
            .filter { $0.contains("Tribunal") }.count == 3)
    }

    @Test func justicesSitOnTheArticlesCourt() {
        let keys = edgeKeys("The Supreme Court of Kiribati ruled on Monday.\nJustices Ana Soto and Luis Roa dissented.\nLater, Chief Justice Marta Vidal wrote the opinion.")
        #expect(keys.contains("ana-soto serves supreme-court-of-kiribati"))
        #expect(keys.contains("luis-roa serves supreme-court-of-kiribati"))
        #expect(keys.contains("marta-vidal leads supreme-court-of-kiribati"))
        // Beside an appeals court, the supreme court is the justices'.
        #expect(edgeKeys("The Supreme Court of Kiribati and the Kiribati Court of Appeal ruled.\nJustice Ana Soto dissented.")
            .contains("ana-soto serves supreme-court-of-kiribati"))
        // With no court, or two, the title says nothing of which.
        #expect(!edgeKeys("Justice Ana Soto dissented on Monday.").contains { $0.hasPrefix("ana-soto serves") })
    }

    @Test func aPersonWithABody() {
        #expect(edgeKeys("\"It is unfair,\" said Ana Soto with the Geneva-based Norwegian Refugee Council.")
            .contains("ana-soto serves norwegian-refugee-council"))
    }

    @Test func givenNameAndWordSurnameWithAnOfficeInApposition() {
        let g = graph("Rates rose on Tuesday.\nMark Green, a spokesman for the Federal Reserve, declined to comment.")
        #expect(g.nodes.contains { $0.label == "Mark Green" && $0.type == .person })
        #expect(g.edges.contains { $0.source == "mark-green" && $0.type == .serves && $0.target == "federal-reserve" })
        // Without the apposition, two English words are no name.
        #expect(!labels("Rates rose on Tuesday.\nMark Green ink on the page.").contains("Mark Green"))
    }

    @Test func aStateLedCoalitionActsForTheState() {
        #expect(edgeKeys("The Saudi-led coalition struck Houthi targets in Yemen.").contains("saudi-arabia counters houthis"))
    }

    @Test func anIslandRepublicIsStillARepublic() {
        #expect(edgeKeys("Cyprus held elections on Sunday. The republic has accused Turkey of meddling.").contains("cyprus tension-with turkey"))
    }

    @Test func theIslandIsAnIslandState() {
        #expect(edgeKeys("Cyprus held elections on Sunday. The island has accused Turkey of meddling.").contains("cyprus tension-with turkey"))
        // Not a state that is no island.
        #expect(!edgeKeys("Peru held elections on Sunday. The island has accused Chile of meddling.").contains("chile tension-with peru"))
    }

    @Test func aTitleSeveralStatesUseGoesToTheArticlesState() {
        let text = "The United States changed the rules. The United States will enforce them in the United States. "
            + "A British newspaper reported it. Attorney General Dale Vantrell defended the rules."
        #expect(edgeKeys(text).contains("dale-vantrell serves united-states"))
    }
}
