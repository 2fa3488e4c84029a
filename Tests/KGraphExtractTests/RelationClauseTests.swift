import Testing
import KGraphModel
@testable import KGraphExtract

@Suite struct RelationClauseTests {
    @Test func twoNamesJoinedByACommaAndAreTwoClauses() {
        let keys = relKeys("[Peru|country] took a tough stance against its rival [Chile|country], and [Bolivia|country] is eager for close ties with [Ecuador|country].")
        #expect(keys.contains("bolivia partners-with ecuador") && !keys.contains("chile partners-with ecuador"))
        // A list of three with a comma before "and" is still one list.
        #expect(relKeys("[Peru|country] criticized [Chile|country], [Bolivia|country], and [Ecuador|country].")
                == ["bolivia tension-with peru", "chile tension-with peru", "ecuador tension-with peru"])
    }

    @Test func aContactRelativeWithItsSpeakerHasANounSubject() {
        #expect(relKeys("[Peru|country] named 21 states it said had been targeted by [Chile|country].") == [])
        #expect(relKeys("[Peru|country] named the firms it said had backed [Chile|country].") == [])
        // The speaker's own clause keeps its subject.
        #expect(relKeys("[Peru|country] said it had backed [Chile|country].") == ["peru supports chile"])
    }

    @Test func anActsAgentListIsOpposedWhole() {
        #expect(relKeys("[Peru|country] criticised the drills held by [Chile|country], [Bolivia|country] and [Ecuador|country].")
                == ["bolivia tension-with peru", "chile tension-with peru", "ecuador tension-with peru"])
        #expect(relKeys("[Peru|country] condemned the move by [Chile|country] and [Bolivia|country].")
                == ["bolivia tension-with peru", "chile tension-with peru"])
    }

    @Test func theObjectOfAnUnreadVerbIsNotTheSubjectOfTheNextVerb() {
        #expect(relKeys("[Peru|country] visited [Bolivia|country] and backed [Chile|country].").contains("peru supports chile"))
        #expect(relKeys("[Peru|country] refused to pay [Bolivia|country] and backed [Chile|country].") == ["peru supports chile"])
        #expect(relKeys("[Ana Soto|person] spoke in [Lima|region], restraining [Bolivia|country] and backing [Chile|country].") == ["ana-soto supports chile"])
        #expect(relKeys("[Peru|country] met [Bolivia|country]'s leaders and backed [Chile|country].").contains("bolivia supports chile") == false)
        // After a verb of saying the name opens the reported clause; a controller is the
        // infinitives' subject; an adjective in "-ed" after an article is no verb.
        #expect(relKeys("Officials said [Bolivia|country] had talks and backed [Chile|country].") == ["bolivia supports chile"])
        #expect(relKeys("[Peru|country] ordered [Bolivia|country] to leave and back [Chile|country].").contains("bolivia supports chile"))
        #expect(relKeys("Voters and the embattled [Bolivia|country] backed [Chile|country].") == ["bolivia supports chile"])
    }

    @Test func subjectVerbObject() {
        #expect(relKeys("[Brazil|country] joined [Mercosur|organization] in 1991.") == ["brazil member-of mercosur"])
        #expect(relKeys("[Peru|country] strongly criticized [Chile|country] on Monday.") == ["chile tension-with peru"])
    }

    @Test func coOccurrenceIsNoEdge() {
        #expect(relKeys("[Brazil|country] and [Chile|country] held elections while [Peru|country] watched.") == [])
    }

    @Test func passiveVoiceWithAgent() {
        #expect(relKeys("The [Andean Pact|alliance] was rejected by [Peru|country] last year.") == ["peru rejects andean-pact"])
        #expect(relKeys("The [Andean Pact|alliance] was rejected last year.") == [])
    }

    @Test func particleVerbs() {
        #expect(relKeys("[Peru|country] teamed up with [Chile|country] on fisheries.") == ["chile partners-with peru"])
        #expect(relKeys("[Peru|country] opted out of the [Andean Pact|alliance].") == ["peru rejects andean-pact"])
        #expect(relKeys("[Ecuador|country] pulled out of [OPEC|organization] in 2020.") == ["ecuador rejects opec"])
        #expect(relKeys("[Ecuador|country] sided with [Bolivia|country] in the dispute.") == ["ecuador supports bolivia"])
    }

    @Test func listsOnBothSides() {
        #expect(relKeys("[Chile|country], [Peru|country] and [Colombia|country] joined the [Pacific Alliance|alliance].") == [
            "chile member-of pacific-alliance", "colombia member-of pacific-alliance", "peru member-of pacific-alliance",
        ])
        #expect(relKeys("[Peru|country] criticized [Chile|country] and [Bolivia|country].") == [
            "bolivia tension-with peru", "chile tension-with peru",
        ])
    }

    @Test func relativeClauseSubject() {
        #expect(relKeys("The plan angered [Bolivia|country], which rejected the [Andean Pact|alliance].") == ["bolivia rejects andean-pact"])
    }

    @Test func inverseVerbWithDashList() {
        #expect(relKeys("The [Lima Group|alliance], a forum that brings together [Mercosur|organization] and three states – [Peru|country], [Chile|country], and [Panama|country] – met.")
            .filter { $0.hasSuffix("lima-group") } == [
                "chile member-of lima-group", "mercosur member-of lima-group", "panama member-of lima-group", "peru member-of lima-group",
            ])
    }

    @Test func purposeClauseCounters() {
        #expect(relKeys("[Peru|country] proposed the [Andean Shield|alliance] to counter [Bolivia|country].").contains("andean-shield counters bolivia"))
        #expect(relKeys("[Peru|country] proposed the [Andean Shield|alliance] to counter [Bolivia|country].").contains("peru proposes andean-shield"))
    }

    @Test func headlineWithCoordinatedVerb() {
        let keys = relKeys("Peru Rejects Chile's \"Andean Shield\" Plan to Counter Bolivia, Reaffirms Neutrality"
            .replacingOccurrences(of: "Peru Rejects", with: "[Peru|country] Rejects")
            .replacingOccurrences(of: "Chile's", with: "[Chile|country]'s")
            .replacingOccurrences(of: "Andean Shield", with: "[Andean Shield|alliance]")
            .replacingOccurrences(of: "Counter Bolivia", with: "Counter [Bolivia|country]")
            .replacingOccurrences(of: "Neutrality", with: "[Neutrality|principle|neutrality]"))
        #expect(keys == ["andean-shield counters bolivia", "peru rejects andean-shield", "peru upholds neutrality"])
    }

    @Test func nominalizations() {
        #expect(relKeys("[Chile|country]'s recent proposal of an [Andean Shield|alliance] surprised many.") == ["chile proposes andean-shield"])
        #expect(relKeys("[Peru|country]'s partnerships with [Chile|country], [Brazil|country] and [Panama|country] grew.") == [
            "brazil partners-with peru", "chile partners-with peru", "panama partners-with peru",
        ])
        #expect(relKeys("It ended the rivalry between the [Ottomans|country|Ottoman Empire] and [Persia|country].") == ["ottoman-empire tension-with persia"])
        #expect(relKeys("[Peru|country]'s commitment to [neutrality|principle] is old.") == ["peru upholds neutrality"])
        #expect(relKeys("[Peru|country] pioneered the [Andean Pact|alliance] in 1969.") == ["peru founded andean-pact"])
    }

    @Test func principleStanceBecomesUpholds() {
        #expect(relKeys("[Peru|country] backs [free trade|principle] in the region.") == ["peru upholds free-trade"])
    }

    @Test func secondSideAfterAPossessiveDescription() {
        #expect(relKeys("Talks exposed a rift between [Peru|country] and its old protector, [Chile|country].").contains("chile tension-with peru"))
        // Without the name there is no second side.
        #expect(relKeys("Talks exposed a rift between [Peru|country] and its old protector.") == [])
    }

    @Test func squabblingIsTension() {
        #expect(relKeys("[Peru|country] and [Chile|country] have squabbled over fishing rights.") == ["chile tension-with peru"])
    }

    @Test func aFailedActStatesNoStance() {
        #expect(relKeys("[Peru|country] failed to back [Chile|country] at the summit.") == [])
        #expect(relKeys("[Peru|country] backed [Chile|country] at the summit.") == ["peru supports chile"])
    }

    @Test func asWellAsJoinsAList() {
        #expect(relKeys("[Peru|country] signed trade deals with [Chile|country] as well as [Bolivia|country].")
            == ["bolivia partners-with peru", "chile partners-with peru"])
        #expect(relKeys("[Peru|country] as well as [Chile|country] condemned [Bolivia|country].")
            == ["bolivia tension-with chile", "bolivia tension-with peru"])
    }

    @Test func upholdingVerbsOfPrinciplesOnlySayNothingOfAnActor() {
        #expect(relKeys("[Peru|country] follows [neutrality|principle].") == ["peru upholds neutrality"])
        // A ranking, control of a body, a chase: no support.
        #expect(relKeys("Exports went to [Peru|country] first, followed by [Chile|country] and [Bolivia|country].") == [])
        #expect(relKeys("The [Blue Party|organization] hopes to maintain control of the [Senate|organization].") == [])
        // A commitment to an actor still is support.
        #expect(relKeys("[Peru|country] is committed to the [Andean Pact|alliance].") == ["peru supports andean-pact"])
    }
}

/// A name after a preposition and a lowercase place word ("much of northern X") is no subject.
@Suite struct PlaceWordObjectTests {
    @Test func aParticipleSkipsTheNameInARelativeClause() {
        let keys = relKeys("The [Houthis|organization], who control much of northern [Yemen|country], vowed to keep attacking ships, defying [American|country|United States|dem] strikes.")
        #expect(keys.contains("houthis tension-with united-states"))
        #expect(!keys.contains("united-states tension-with yemen"))
    }

    @Test func thoseWhoJoinAnotherInAnActDoItWithIt() {
        let keys = relKeys("[Chile|country] and [Peru|country] have joined [Brazil|country] in imposing sanctions on [Bolivia|country].")
        #expect(["brazil counters bolivia", "chile counters bolivia", "peru counters bolivia"].allSatisfy(keys.contains))
        // Without "in" and a gerund, the one joined does nothing here.
        #expect(!relKeys("[Chile|country] joined [Brazil|country] and condemned [Bolivia|country].").contains("bolivia tension-with brazil"))
    }

    @Test func aGroupSetOffWithItsLeadersActsThroughThem() {
        let keys = relKeys("Lima's regional partners, led by [Chile|country] and [Brazil|country], have pledged to keep supplying [Peru|country] with grain.")
        #expect(keys.contains("chile supports peru") && keys.contains("brazil supports peru"))
        // Named without "led by", the names are only objects of a preposition.
        #expect(!relKeys("Lima's regional partners, with [Chile|country] and [Brazil|country], have pledged to keep supplying [Peru|country] with grain.")
            .contains("chile supports peru"))
    }
}
