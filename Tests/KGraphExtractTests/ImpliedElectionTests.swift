import Testing
import KGraphModel
@testable import KGraphExtract

/// Meddling in an election the sentence does not place is meddling in the vote of the state
/// the article is about: an act against that state (`counters`, and so tension).
@Suite struct ImpliedElectionTests {
    /// An article about Peru (three mentions) that names Chile twice.
    private func keys(_ sentence: String) -> [String] {
        relKeys("""
            Lawmakers in [Peru|country] opened a new session.
            [Lima|country|Peru|met] will publish its budget, officials in [Peru|country] said.
            \(sentence)
            A court in [Chile|country] ruled on the case.
            """)
    }

    @Test func meddlingInAnUnplacedElection() {
        #expect(keys("Investigators found that [Chile|country] meddled in the 2021 presidential election.") == ["chile counters peru", "chile tension-with peru"])
        #expect(keys("Officials say [Santiago|country|Chile|met] meddled in the vote.") == ["chile counters peru", "chile tension-with peru"])
        #expect(keys("The panel is looking into alleged [Chilean|country|Chile|dem] interference in last year's election.") == ["chile counters peru", "chile tension-with peru"])
        #expect(keys("The inquiry into [Chile|country]'s meddling in the campaign continues.") == ["chile counters peru", "chile tension-with peru"])
    }

    @Test func coercionActsAgainstTheCoerced() {
        #expect(extractedEdgeKeys("Peru tried to coerce Chile into signing the border deal.") == ["chile tension-with peru", "peru counters chile"])
    }

    @Test func noActOrAnotherStatesElection() {
        // Not done, or only a case put.
        #expect(keys("[Chile|country] did not interfere in the election.") == [])
        #expect(keys("[Chile|country] has denied interfering in the vote.") == [])
        #expect(keys("It would be unlawful for [Chile|country] to interfere in elections.") == [])
        #expect(keys("[Chile|country] says it is wrong for them to interfere in the vote.") == [])
        // The election is placed by a name, or the meddling is in something else.
        #expect(keys("[Chile|country] meddled in the election in [Bolivia|country].") == [])
        #expect(keys("[Chile|country] meddled in the talks.") == [])
    }

    @Test func noStateTheArticleIsAbout() {
        // Peru and Bolivia named as often: whose election it was is not told.
        #expect(relKeys("""
            Voters in [Peru|country] and [Bolivia|country] are tired.
            [Chile|country] meddled in the election, officials in [Peru|country] and [Bolivia|country] said.
            """) == [])
    }
}
