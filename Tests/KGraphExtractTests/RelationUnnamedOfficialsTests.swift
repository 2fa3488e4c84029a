import Testing
import KGraphModel
@testable import KGraphExtract

/// Unnamed officials meeting for their states, ties of reliance between states, and "back" as
/// the particle of another verb (own sentences).
@Suite struct RelationUnnamedOfficialsTests {
    @Test func unnamedOfficialsMeetForTheirStates() {
        #expect(relKeys("[Chile|country] met [Peruvian|country|Peru|dem] officials on Monday.") == ["chile partners-with peru"])
        #expect(relKeys("[Chilean|country|Chile|dem] diplomats met [Peruvian|country|Peru|dem] officials in Lima.") == ["chile partners-with peru"])
        #expect(relKeys("[Chilean|country|Chile|dem] officials met [Peru|country]'s foreign minister.") == ["chile partners-with peru"])
        #expect(relKeys("[Chile|country]'s top diplomat met [Peruvian|country|Peru|dem] officials.") == ["chile partners-with peru"])
        #expect(relKeys("A [Chilean|country|Chile|dem] delegation visited [Peru|country].") == ["chile partners-with peru"])
        #expect(relKeys("A delegation from [Chile|country] visited [Peru|country] last week.") == ["chile partners-with peru"])
        #expect(relKeys("[Peru|country] hosted a delegation from [Chile|country].") == ["chile partners-with peru"])
        // An organ of the state ("Chile's army") and its chief.
        #expect(relKeys("""
            [Chile|country] held a parade.
            [Chile's army|organization|Chile Army] chief met [Peruvian|country|Peru|dem] officials.
            """).contains("chile partners-with peru"))
    }

    @Test func officialsWhoSayNothingOfStates() {
        // A private person meeting officials, officials of one state, a visit to officials, and
        // an official met as a named person (no head of state) make no tie of states.
        #expect(relKeys("[Ana Soto|person] met [Peruvian|country|Peru|dem] officials.").filter { $0.contains("partners") } == [])
        #expect(relKeys("[Peruvian|country|Peru|dem] officials met [Peru|country]'s foreign minister.") == [])
        #expect(relKeys("[Chile|country] visited [Peruvian|country|Peru|dem] officials.") == [])
        #expect(relKeys("[Chilean|country|Chile|dem] firms met [Peruvian|country|Peru|dem] officials.") == [])
        #expect(relKeys("[Chile|country] met [Peruvian|country|Peru|dem] experts.") == [])
        #expect(relKeys("A lawyer from [Chile|country] visited [Peru|country].") == [])
        #expect(relKeys("A delegation from [Chile|country] did not visit [Peru|country].") == [])
        #expect(relKeys("[Chilean|country|Chile|dem] officials did not meet [Peruvian|country|Peru|dem] officials.") == [])
    }

    @Test func relianceOfAStateOnAnotherIsATie() {
        #expect(relKeys("[Chile|country] has long relied on [Peru|country] for loans.") == ["chile partners-with peru"])
        #expect(relKeys("[Chile|country], which depends on [Peru|country] for gas, protested.") == ["chile partners-with peru"])
        #expect(relKeys("[Chile|country] relies heavily on the [Andean Pact|alliance] for its security.") == ["andean-pact partners-with chile"])
    }

    @Test func relianceOfPeopleIsNoTie() {
        #expect(relKeys("[Ana Soto|person] can rely on [Luis Vera|person].") == [])
        #expect(relKeys("The [Green Party|organization] relied on [Luis Vera|person] for votes.") == [])
        #expect(relKeys("[Chile|country] does not depend on [Peru|country] for gas.") == [])
    }

    @Test func backAsAParticleIsNoBacking() {
        // (Rolling a principle back rejects it: see PolicyStanceTests.)
        #expect(relKeys("[Chile|country] wants to roll back the [detente|principle].") == ["chile rejects detente"])
        #expect(relKeys("[Chile|country] scaled back its troops near [Peru|country].").filter { $0.contains("supports") } == [])
        #expect(relKeys("[Chile|country] will back [Peru|country] at the summit.") == ["chile supports peru"])
    }

    @Test func standingBehindSomeoneInAPictureIsNoBacking() {
        #expect(relKeys("A photo shows [Ana Soto|person] standing behind [Luis Vera|person] at the podium.") == [])
        #expect(relKeys("[Ana Soto|person] is standing behind [Luis Vera|person] in the race.") == ["ana-soto supports luis-vera"])
    }

    @Test func perfectCopulaGivesTheRelationNoun() {
        #expect(relKeys("[Chile|country] has long been [Peru|country]'s main security partner.") == ["chile partners-with peru"])
        #expect(relKeys("[Chile|country], which has been [Peru|country]'s guarantor since 1990, urged calm.") == ["chile supports peru"])
        #expect(relKeys("[Chile|country] has never been [Peru|country]'s ally.") == [])
        #expect(relKeys("He was expelled from [Chile|country]'s socialist ally [Peru|country] in 2008.") == ["chile partners-with peru"])
    }

    @Test func aMessageTurnedDownIsNotTheSubjects() {
        #expect(relKeys("[Chile|country] abstained on the resolution condemning [Peru|country].") == [])
        #expect(relKeys("[Chile|country] vetoed a draft statement criticizing [Peru|country].") == [])
        #expect(relKeys("[Chile|country] issued a statement condemning [Peru|country].") == ["chile tension-with peru"])
    }

    @Test func hostilityTalkedAboutOrAimedElsewhereIsNoRivalry() {
        #expect(relKeys("[Ana Soto|person] and [Luis Vera|person] discussed economic sanctions.") == [])
        #expect(relKeys("[Chile|country] and [Peru|country] discussed the ceasefire.") == ["chile partners-with peru"])
        #expect(relKeys("[Chile|country] and [Peru|country] carried out strikes against the [Red Brigade|organization].")
            .contains("chile partners-with peru"))
        #expect(relKeys("[Chile|country] and [Peru|country] exchanged fire on the border.") == ["chile tension-with peru"])
    }

    @Test func aMetonymModifyingAnEventIsNotWhatIsQuit() {
        #expect(relKeys("[Ana Soto|person] pulled out of the [Casa Rosada|country|Chile|met] meeting.") == [])
        #expect(relKeys("[Ana Soto|person] criticized [Casa Rosada|country|Chile|met] over the meeting.") == ["ana-soto tension-with chile"])
    }

    @Test func unnamedOfficialsOfTwoStatesActTogether() {
        #expect(relKeys("[Chilean|country|Chile|dem] and [Peruvian|country|Peru|dem] officials held talks in Lima.") == ["chile partners-with peru"])
        #expect(relKeys("Officials from [Chile|country] and [Peru|country] met in Lima.") == ["chile partners-with peru"])
        #expect(relKeys("The foreign ministers of [Chile|country] and [Peru|country] signed a pact.") == ["chile partners-with peru"])
        #expect(relKeys("[Chilean|country|Chile|dem] and [Peruvian|country|Peru|dem] officials clashed over fishing.") == ["chile tension-with peru"])
    }

    @Test func officialsOfTwoStatesWhoDoNothingTogether() {
        #expect(relKeys("[Chilean|country|Chile|dem] and [Peruvian|country|Peru|dem] officials said the talks went well.") == [])
        #expect(relKeys("Businessmen from [Chile|country] and [Peru|country] met in Lima.") == [])
        #expect(relKeys("A meeting with [Chilean|country|Chile|dem] and [Peruvian|country|Peru|dem] officials ended early.") == [])
    }
}
