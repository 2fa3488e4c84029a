import Testing
import KGraphModel
@testable import KGraphExtract

/// Asides between a subject and its verb, verbs joined by "but", and participles that report
/// what a message's author does: the subject is found across them, and only across them.
@Suite struct RelationAsideTests {
    @Test func frontedSubordinateClauseEndsAtItsComma() {
        #expect(relKeys("Since [Peru|country] invaded [Chile|country], [Bolivia|country] joined the [Andean Pact|alliance].")
            == ["bolivia member-of andean-pact", "chile tension-with peru"])
        // With a conjunction it is still a list.
        #expect(relKeys("[Peru|country] invaded [Chile|country], [Bolivia|country] and [Ecuador|country].")
            == ["bolivia tension-with peru", "chile tension-with peru", "ecuador tension-with peru"])
    }

    @Test func whoseOrganActsForTheAntecedent() {
        #expect(relKeys("[Peru|country], whose air force has been supporting the [Chilean|country|Chile|dem] army, denied it.") == ["peru supports chile"])
        // Anything else it owns is no actor.
        #expect(relKeys("[Peru|country], whose economy has been supporting the [Chilean|country|Chile|dem] army, denied it.") == [])
    }

    @Test func asideInDashesOrBracketsOrARelativeClause() {
        #expect(relKeys("[Peru|country] – which long opposed the canal – criticized [Chile|country] on Monday.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] - a rival of the canal's owners - criticized [Chile|country].") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] (which long opposed the canal) criticized [Chile|country].") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country], whose navy patrols the coast, criticized [Chile|country].") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country], which has opposed it for years, criticized [Chile|country].") == ["chile tension-with peru"])
    }

    @Test func asideAfterAnObjectOrAPrepositionGivesNoSubject() {
        // The name before the aside is the object of another verb, or sits in a prepositional phrase.
        #expect(relKeys("Officials in [Peru|country] – a rival of the canal's owners – criticized [Chile|country].") == [])
        // A comma alone makes no aside unless a relative pronoun opens it.
        #expect(!relKeys("Talks with [Peru|country], the fishing season and the canal criticized [Chile|country].").contains("chile tension-with peru"))
    }

    @Test func verbsJoinedByBut() {
        #expect(relKeys("[Peru|country] rejected the plan but criticized [Chile|country].") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] not only rejected the plan but also criticized [Chile|country].") == ["chile tension-with peru"])
        // "but" before a new subject starts a clause of its own.
        #expect(relKeys("[Peru|country] rejected the plan but [Bolivia|country] criticized [Chile|country].") == ["bolivia tension-with chile"])
    }

    @Test func participleOfAMessageIsItsAuthorsAct() {
        #expect(relKeys("[Peru|country] issued a statement criticizing [Chile|country].") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] published a letter last week accusing [Chile|country] of bad faith.") == ["chile tension-with peru"])
        // A participle after another noun modifies that noun.
        #expect(relKeys("[Peru|country] sold the firms seeking [Chile|country]'s approval.") == [])
        // "following" works as a preposition.
        #expect(relKeys("[Peru|country] issued a statement following [Chile|country]'s vote.") == [])
    }

    @Test func participleInsideAReportedClauseKeepsItsOwnSubject() {
        // Only a participle after a comma or a message crosses the verb of saying.
        #expect(relKeys("[Peru|country] told reporters that officials were busy negotiating with [Chile|country].") == [])
        #expect(relKeys("[Peru|country] told reporters on Monday, negotiating with [Chile|country] for hours.") == ["chile partners-with peru"])
    }
}

/// Stance said with an adjective after a linking verb ("is critical of", "remains wary of",
/// "is allied with"); an adjective right after a noun describes that noun.
@Suite struct StanceAdjectiveTests {
    @Test func adjectiveAfterALinkingVerb() {
        #expect(relKeys("[Peru|country] has been highly critical of [Chile|country].") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] remains wary of [Chile|country].") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] stays hostile to [Chile|country].") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] is supportive of [Chile|country].") == ["peru supports chile"])
    }

    @Test func mutualParticipleIsNoPassive() {
        #expect(relKeys("[Peru|country] is closely allied with [Chile|country].") == ["chile partners-with peru"])
        #expect(relKeys("[Peru|country] was aligned with [Chile|country] for decades.") == ["chile partners-with peru"])
        // A true passive still needs its agent.
        #expect(relKeys("[Peru|country] was criticized by [Chile|country].") == ["chile tension-with peru"])
    }

    @Test func adjectiveAfterANounDescribesTheNoun() {
        #expect(relKeys("[Peru|country] hosted a page with postings critical of [Chile|country].") == [])
        #expect(relKeys("[Peru|country]'s envoy is one of those critical of [Chile|country].") == [])
    }
}

/// A noun phrase in apposition between a subject and its verb ("X, a close ally of Y, ..."),
/// and the relation such a phrase states when a name modifies its noun ("a close US ally").
@Suite struct NounPhraseAsideTests {
    @Test func subjectAcrossANounPhraseInApposition() {
        #expect(relKeys("[Peru|country], a fishing nation, criticized [Chile|country].") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country], one of the oldest republics, criticized [Chile|country].") == ["chile tension-with peru"])
        // The name inside the aside only modifies its noun; it is not the subject.
        #expect(relKeys("[Peru|country], a longtime [Bolivia|country] partner, has condemned [Chile|country].")
            == ["bolivia partners-with peru", "chile tension-with peru"])
        // A relative clause may stand inside the noun phrase.
        #expect(relKeys("[Peru|country], a country that borders [Bolivia|country], criticized [Chile|country].") == ["chile tension-with peru"])
        // A name before the aside that sits in a prepositional phrase is still no subject.
        #expect(relKeys("Officials in [Peru|country], a fishing nation, criticized [Chile|country].") == [])
        // A relative clause between the subject and its verb is passed over whole.
        #expect(relKeys("Romero, who lost the vote to President [Luis Vera|person], has been a critic of [Chile|country].") == [])
        #expect(relKeys("[Peru|country], which [Bolivia|country] has long backed, criticized [Chile|country].")
            .contains("chile tension-with peru"))
        #expect(!relKeys("[Peru|country], which [Bolivia|country] has long backed, criticized [Chile|country].")
            .contains("bolivia tension-with chile"))
        // Dashes and parentheses set an aside off as commas do.
        #expect(relKeys("[Peru|country] – a close ally of [Bolivia|country] – has condemned [Chile|country].")
            == ["bolivia partners-with peru", "chile tension-with peru"])
        #expect(relKeys("[Peru|country] (a close ally of [Bolivia|country]) has condemned [Chile|country].")
            == ["bolivia partners-with peru", "chile tension-with peru"])
    }

    @Test func nameModifyingARelationNounInADescription() {
        #expect(relKeys("[Ecuador|country] is a close [US|country|United States] ally.") == ["ecuador partners-with united-states"])
        // Plural, of a list.
        #expect(relKeys("[Ecuador|country] and [Peru|country] are close [US|country|United States] allies.")
            == ["ecuador partners-with united-states", "peru partners-with united-states"])
        let both = relKeys("[Ecuador|country] and [Peru|country], both [US|country|United States] allies, voted yes.")
        #expect(both.contains("ecuador partners-with united-states") && both.contains("peru partners-with united-states"))
        #expect(relKeys("[Ecuador|country], a key [US|country|United States] partner, voted yes.") == ["ecuador partners-with united-states"])
        #expect(relKeys("[Ruritania|country], a close [Freedonian|country|Freedonia|dem] ally, hosted the drills.") == ["freedonia partners-with ruritania"])
        #expect(relKeys("[Dana Holt|person], a longtime [Ivan Roe|person] critic, spoke.") == ["dana-holt tension-with ivan-roe"])
        // A demonym before "critic" tells nationality; a negated copula states no tie; the noun
        // must end its phrase.
        #expect(relKeys("[Dana Holt|person], a [Freedonian|country|Freedonia|dem] critic of the war, spoke.") == [])
        #expect(relKeys("[Ecuador|country] is not a [US|country|United States] ally.") == [])
        #expect(relKeys("[Ecuador|country], a [US|country|United States] ally group member, spoke.") == [])
    }

    @Test func listBeforeARelativeClauseOrAnAsideActsJointly() {
        #expect(relKeys("[Ruritania|country] and [Freedonia|country], which signed a defence pact last year, held talks on Monday.")
            == ["freedonia partners-with ruritania"])
        #expect(relKeys("[Ruritania|country] and [Freedonia|country], the two largest copper producers, signed a trade pact.")
            == ["freedonia partners-with ruritania"])
        #expect(relKeys("[Ruritania|country] and [Freedonia|country], which have long quarreled over fish, will hold talks.")
            .contains("freedonia partners-with ruritania"))
    }
}

/// Light verbs carry a relation noun's source: "applied pressure on X", "tightened sanctions on X".
@Suite struct LightVerbPressureTests {
    @Test func pressureAndSanctionsOnATarget() {
        #expect(relKeys("[Peru|country] applied pressure on [Chile|country] over the vote.") == ["chile tension-with peru", "peru counters chile"])
        #expect(relKeys("[Peru|country] has exerted heavy pressure on [Chile|country].") == ["chile tension-with peru", "peru counters chile"])
        #expect(relKeys("[Peru|country] put pressure on [Chile|country].") == ["chile tension-with peru", "peru counters chile"])
        #expect(relKeys("[Peru|country] tightened sanctions on [Chile|country].") == ["chile tension-with peru", "peru counters chile"])
        // A deal put on hold is no partnership made.
        #expect(relKeys("[Peru|country] put the deal with [Chile|country] on hold.") == [])
    }

    @Test func aStatesNameBeforeModifiersOfTheNoun() {
        #expect(relKeys("The [Peru|country] pressure campaign against [Chile|country] grew.") == ["chile tension-with peru", "peru counters chile"])
        #expect(relKeys("Fears grew over [Peru|country] trade tariffs on [Chile|country]n wine.").contains("peru counters chile"))
        // A verb between the name and the noun is no modifier; a name after a preposition is a place.
        #expect(relKeys("The [Peru|country] said campaigns against [Chile|country] grew.").isEmpty)
        #expect(relKeys("Officials in [Peru|country] pressure campaigns against [Chile|country].").isEmpty)
    }

    @Test func defendingAgainstAThreatCountersItsSource() {
        #expect(relKeys("[Peru|country] will defend against the threat from [Chile|country].").contains("peru counters chile"))
        #expect(relKeys("[Peru|country] will guard against attacks from [Chile|country].").contains("peru counters chile"))
    }
}

/// Words that look like verbs of saying but are nouns, and descriptions of a relation noun,
/// do not cut a subject off from its verb.
@Suite struct NounLikeWordsTests {
    @Test func speechNounAfterAnArticleIsNoVerb() {
        #expect(relKeys("[Norway|country] is a critic of the claims in the [Barents Sea|region] and has accused [Moscow|country|Russia|met] of lying.")
            == ["norway tension-with russia"])
        // A verb of saying after a quantifier is still a verb: its subject is someone else.
        #expect(relKeys("[Norway|country] made what some say has been a pact with [Sweden|country].") == [])
    }

    @Test func oneOfAndACommonPossessiveDescribeTheNoun() {
        #expect(relKeys("[Norway|country] is one of the region's most vocal critics of [Sweden|country].") == ["norway tension-with sweden"])
        // Without them the noun is too far from its verb.
        #expect(relKeys("[Norway|country] is by some distance and for years the loudest critic of [Sweden|country].") == [])
    }
}
