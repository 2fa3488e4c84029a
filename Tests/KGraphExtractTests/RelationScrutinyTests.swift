import Testing
import KGraphModel
@testable import KGraphExtract

/// A body investigating a named body or person acts against it (counters); looking into a thing
/// of a state ("Chilean interference", "Chile's role") is no act against the state, and a person
/// investigating is no body acting.
@Suite struct RelationScrutinyTests {
    @Test func investigatingANamedBodyCounters() {
        #expect(relKeys("The [Andes Commission|organization] is investigating [Mapu Telecom|organization] over the outage.") == ["andes-commission counters mapu-telecom"])
        #expect(relKeys("The [Andes Commission|organization], which investigated [Luis Vera|person] in 2019, closed.") == ["andes-commission counters luis-vera"])
        #expect(relKeys("[Ana Soto|person], who investigated [Luis Vera|person] in 2019, retired.") == [])
        #expect(relKeys("[Ana Soto|person] said the [Andes Commission|organization] would not investigate [Mapu Telecom|organization].") == [])
    }

    @Test func investigatingAThingOfAStateIsNoAct() {
        #expect(relKeys("The [Andes Commission|organization] is investigating [Chilean|country|Chile|dem] interference in the vote.") == [])
        #expect(relKeys("The [Andes Commission|organization] is investigating [Chile|country]'s role in the vote.") == [])
        #expect(relKeys("The [Andes Commission|organization] is investigating [Chile|country] voter fraud claims.") == [])
    }
}

/// A mandative subjunctive ("urged that X investigate Y", "demanded that X back Y") asks for an
/// act and states none.
@Suite struct RelationMandativeTests {
    @Test func bareVerbAfterAskingThatStatesNoAct() {
        #expect(relKeys("[Ana Soto|person] repeated her urgings that the [Andes Commission|organization] investigate [Mapu Telecom|organization].") == [])
        #expect(relKeys("[Ana Soto|person] demanded that [Peru|country] back [Chile|country].") == [])
    }

    @Test func reportedFactKeepsTheAct() {
        #expect(relKeys("[Ana Soto|person] said that [Peru|country] backs [Chile|country].") == ["peru supports chile"])
        #expect(relKeys("[Ana Soto|person] noted that [Peru|country] and [Bolivia|country] back [Chile|country].") == ["bolivia supports chile", "peru supports chile"])
    }
}
