import Testing
import KGraphModel
@testable import KGraphExtract

/// Wordings of rivalry, refusal and hostility between states that analysts draw as tension,
/// counters or rejects (issue #10), and their look-alikes that say nothing of the kind. The
/// sentences are invented.
@Suite struct RelationConflictWordingTests {
    @Test func strainedRelationshipIsTension() {
        #expect(relKeys("[Peru|country]'s frosty relationship with [Chile|country] worried investors.") == ["chile tension-with peru"])
        #expect(relKeys("Analysts point to the uneasy relationship between [Peru|country] and [Chile|country].") == ["chile tension-with peru"])
        #expect(relKeys("Ties between [Peru|country] and [Chile|country] remain cool.") == ["chile tension-with peru"])
        #expect(relKeys("Relations between [Peru|country] and [Chile|country] have been difficult for years.") == ["chile tension-with peru"])
        // A bare relationship says nothing of its kind.
        #expect(relKeys("[Peru|country]'s relationship with [Chile|country] is a long one.") == [])
    }

    @Test func stanceAdjectiveSetOffAfterTheSubject() {
        #expect(relKeys("[Peru|country], long at odds with [Chile|country] over fishing rights, signed a pact with [Bolivia|country].")
            == ["bolivia partners-with peru", "chile tension-with peru"])
        #expect(relKeys("[Peru|country] and [Ecuador|country], both wary of [Chile|country]'s naval buildup, expressed concern.")
            == ["chile tension-with ecuador", "chile tension-with peru"])
        // A trailing phrase is the subject's, not the object's; a name after a verb opens no aside.
        #expect(!relKeys("[Peru|country] met [Ecuador|country], wary of [Chile|country].").contains("chile tension-with ecuador"))
        #expect(relKeys("Analysts say [Peru|country], wary of [Chile|country], will wait.") == [])
    }

    @Test func coordinatedPastFormsShareTheirArguments() {
        #expect(relKeys("The [Northern Front|organization], armed and trained by [Peru|country], crossed the border.")
            == ["peru supports northern-front"])
        #expect(relKeys("[Peru|country] armed and trained the [Northern Front|organization].") == ["peru supports northern-front"])
        #expect(relKeys("[Peru|country] invaded and annexed [Ecuador|country] in a week.") == ["ecuador tension-with peru"])
        // A name after "and" starts a clause of its own.
        #expect(relKeys("[Peru|country] attacked and [Chile|country] answered.") == [])
    }

    @Test func recognitionBetweenStates() {
        #expect(relKeys("[Peru|country] recognised [Kosovo|country] in 2008.") == ["peru supports kosovo"])
        #expect(relKeys("[Peru|country] does not recognise [Kosovo|country].") == ["peru rejects kosovo"])
        #expect(relKeys("[Peru|country] has refused to recognise [Kosovo|country].") == ["kosovo tension-with peru"])
        // Recognising is a state's act; a person's recognition is praise of another kind.
        #expect(relKeys("[Ana Soto|person] recognised [Kosovo|country] as a partner in the fight.") == [])
    }

    @Test func regardedAsAThreatWithModifiersAndDemonyms() {
        #expect(relKeys("[Peru|country] still sees [Chile|country] as its principal strategic threat.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] views the [Chilean|country|Chile|dem] and [Bolivian|country|Bolivia|dem] navies as a threat to its northern flank.")
            == ["bolivia tension-with peru", "chile tension-with peru"])
        // A threat to a third side names that side, not the judge's own rival.
        #expect(relKeys("[Peru|country] sees [Chile|country] as a threat to [Bolivia|country].") == [])
        // A demonym's noun must be the thing cast in the role.
        #expect(relKeys("[Peru|country] sees the [Chilean|country|Chile|dem] market as an opportunity.") == [])
    }

    @Test func calledByACondemningWord() {
        // A condemning adjective or noun said of an actor or of its conduct.
        #expect(relKeys("[Peru|country] called the [Chilean|country|Chile|dem] decision reckless.") == ["chile tension-with peru"])
        #expect(relKeys("[Ana Soto|person] described [Luis Vega|person]'s remarks as \u{201C}abhorrent\u{201D} on Monday.") == ["ana-soto tension-with luis-vega"])
        #expect(relKeys("[Ana Soto|person] has called [Luis Vega|person]'s inquiry a witch hunt.") == ["ana-soto tension-with luis-vega"])
        #expect(relKeys("[Peru|country] called the [Chilean|country|Chile|dem] move a provocation.") == ["chile tension-with peru"])
        // An adjective before a noun of its own is no judgement of the object; a denial is none.
        #expect(relKeys("[Peru|country] called the [Chilean|country|Chile|dem] decision a dangerous precedent.") == [])
        #expect(relKeys("[Peru|country] did not call the [Chilean|country|Chile|dem] decision reckless.") == [])
        #expect(relKeys("[Peru|country] called the [Chilean|country|Chile|dem] decision historic.") == [])
        // A word of plight judges a body said to be one, not a state in a plight.
        #expect(relKeys("[Ana Soto|person] called the [Andes Fund|organization] a total disaster.") == ["ana-soto tension-with andes-fund"])
        #expect(relKeys("The [Relief League|organization] described [Peru|country] as a humanitarian nightmare.") == [])
    }

    @Test func regardedWithSuspicion() {
        #expect(relKeys("[Peru|country] has long viewed [Chile|country] with suspicion.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] regards [Chile|country]'s overtures to [Bolivia|country] with open hostility.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] does not view [Chile|country] with suspicion.") == [])
        // Regard stated as a role keeps its own reading; a stance noun after a comma is another phrase.
        #expect(relKeys("[Peru|country] sees [Chile|country] as an ally, with suspicion of others.") == ["chile partners-with peru"])
    }

    @Test func airstrikesAgainst() {
        #expect(relKeys("[Peru|country] has carried out airstrikes against [Ecuadorian|country|Ecuador|dem] targets.") == ["ecuador tension-with peru", "peru counters ecuador"])
    }

    @Test func governmentDescribedByDemonymOrSeat() {
        #expect(relKeys("[Mexico|country] criticized the [Chinese|country|China|dem] government.") == ["china tension-with mexico"])
        #expect(relKeys("[Mexico|country] and [Colombia|country] refused to recognise the interim government in [Lima|country|Peru|met].")
            == ["colombia tension-with peru", "mexico tension-with peru"])
        // A modifier mention before the seat is dropped with the description (the seat's mention keeps its state).
        #expect(relKeys("[Mexico|country] criticized the new [Peruvian|country|Peru|dem] government in [Lima|country|Peru|met].")
            == ["mexico tension-with peru"])
        // The last state named is not the one a demonym names.
        #expect(relKeys("[Mexico|country] sanctioned the [Chinese|country|China|dem] government.") == ["china tension-with mexico", "mexico counters china"])
    }

    @Test func possessiveAfterANameAndAnd() {
        // "its" is Israel's: no deal between the clause subject and Israel.
        #expect(!relKeys("[Iran|country] opposes the deals between [Israel|country] and its Arab neighbours.").contains("iran partners-with israel"))
    }

    @Test func stanceOnAnAttackIsNoStanceTowardItsVictim() {
        #expect(relKeys("[Serbia|country] did not endorse the invasion of [Ukraine|country].") == [])
        #expect(relKeys("[Serbia|country] backed the war on [Ukraine|country].") == [])
    }

    @Test func ownMembershipCalledOff() {
        #expect(relKeys("[Armenia|country] froze its participation in the [Treaty Organization|alliance].") == ["armenia rejects treaty-organization"])
        #expect(relKeys("[Turkey|country] suspended their membership of the [Council|organization].") == [])
        // Blocking another's membership is no membership, nor a rejection of the body.
        #expect(relKeys("[Turkey|country] froze [Sweden|country]'s membership of the [Alliance|alliance].").allSatisfy { !$0.contains("rejects") })
    }

    @Test func feudNounAfterAdjectives() {
        #expect(relKeys("[Turkey|country]'s bitter feud with [Greece|country] resurfaced.") == ["greece tension-with turkey"])
        #expect(relKeys("[Turkey|country]'s long-running feud with [Greece|country] resurfaced.") == ["greece tension-with turkey"])
        // A plain noun before the phrase leaves it a verb.
        #expect(relKeys("[Turkey|country]'s troops clash with [Greek|country|Greece|dem] forces.") == ["greece tension-with turkey"])
    }

    @Test func competingClaims() {
        #expect(relKeys("[Vietnam|country] has competing claims with [China|country] over the islands.") == ["china tension-with vietnam"])
    }

    @Test func actsAskedOfAGovernmentAreNotDone() {
        #expect(relKeys("What we are demanding is that the [Australian|country|Australia|dem] government sanction [Israel|country].") == [])
        #expect(relKeys("Farmers lobbied the [Canadian|country|Canada|dem] government to hold back any trade agreement with [Britain|country].") == [])
    }
}
