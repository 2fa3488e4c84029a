import Testing
import KGraphModel
@testable import KGraphExtract

/// A name that only modifies a common noun ("a Toronto company", "a Facebook page") is not the
/// argument the noun is.
@Suite struct RelationModifierNameTests {
    @Test func relativeClauseAntecedentIsTheNoun() {
        #expect(relKeys("[Ana Soto|person] runs [Andes Cheese|organization], a [Lima|organization] company that partners with [Chile|country].") == [])
        #expect(relKeys("[Peru|country], which partners with [Chile|country], voted no.") == ["chile partners-with peru"])
    }

    @Test func nounBetweenNameAndVerbIsTheSubject() {
        #expect(relKeys("A [Meta|organization] page contained attacks on [Ana Soto|person].") == [])
        #expect(relKeys("[Mapu|organization] rebels attacked [Chile|country].") == ["chile tension-with mapu"])
        #expect(relKeys("[Peru|country] today criticized [Chile|country].") == ["chile tension-with peru"])
    }

    @Test func includingSkipsModifierNames() {
        #expect(relKeys("[Peru|country] backed several measures, including [Chile|country] exports.") == [])
        #expect(relKeys("[Peru|country] backed several neighbours, including [Chile|country].") == ["peru supports chile"])
    }

    @Test func refusingToJoinAStateIsNoRejection() {
        #expect(relKeys("[Peru|country] could not join [Chile|country] and [Bolivia|country] in the mining venture.") == [])
        #expect(relKeys("[Peru|country] declined to join the [Chilean|country|Chile|dem] initiative.") == [])
        #expect(relKeys("[Peru|country] declined to join the [Andean Shield|alliance].") == ["peru rejects andean-shield"])
    }

    @Test func betweenListOfPairs() {
        #expect(relKeys("He settled disputes between [Peru|country] and [Chile|country], [Bolivia|country] and [Ecuador|country].") == [
            "bolivia tension-with ecuador", "chile tension-with peru",
        ])
        #expect(relKeys("Talks between [Peru|country], [Chile|country] and [Bolivia|country] resumed.") == [
            "bolivia partners-with chile", "bolivia partners-with peru", "chile partners-with peru",
        ])
    }
}

@Suite struct RelationModifierInfinitiveTests {
    @Test func infinitiveAfterNameAndNounKeepsTheName() {
        #expect(relKeys("[Ana Soto|person] stressed the [Peru|country] commitment to stand with [Chile|country].") == ["peru supports chile"])
        #expect(relKeys("The [Andes Party|organization] will return to the [Lima|region] race to support [Ana Soto|person].") == ["andes-party supports ana-soto"])
    }
}

@Suite struct RelationWhoAntecedentTests {
    @Test func whoIsThePersonNotTheBodyInTheOfPhrase() {
        #expect(relKeys("[Ana Soto|person], a veteran of the [Andes Bank|organization] who joined the [Green Party|organization] this year, spoke.") == [
            "ana-soto member-of green-party",
        ])
        #expect(relKeys("Members of the [Green Party|organization] who backed [Ana Soto|person] left.") == ["green-party supports ana-soto"])
    }
}

@Suite struct RelationModifierNounTests {
    @Test func nameBeforeAControlOrProposalNounModifiesIt() {
        #expect(relKeys("[Andes Labs|organization] supports [Peru|country] efforts to disclose ad buyers.") == [])
        #expect(relKeys("[Ana Soto|person] rejected [Luis Vera|person]'s request for a [Congress|organization] staff briefing.") == [])
    }

    @Test func stateNameInAnAccordNameIsNoState() {
        #expect(relKeys("[Ana Soto|person] decided to pull out of the [Lima|country|Peru] climate change accord.") == [])
    }

    @Test func demonymBeforeANounIsNotRejected() {
        #expect(relKeys("[Mapu|organization] rejected a proposed [Chilean|country|Chile|dem] truce deal.") == [])
        #expect(relKeys("[Peru|country] vowed to counter [Chilean|country|Chile|dem] aggression.") == ["chile tension-with peru", "peru counters chile"])
    }

    @Test func backedNeedsOnlyModifiersBeforeTheName() {
        #expect(relKeys("Users saw [Chilean|country|Chile|dem]-backed content on [Meta|organization] for years.") == [])
        #expect(relKeys("The [Chile|country]-backed [Mapu|organization] rebels advanced.") == ["chile supports mapu"])
    }
}
