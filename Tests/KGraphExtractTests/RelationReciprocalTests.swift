import Testing
import KGraphIngest
import KGraphModel
@testable import KGraphExtract

@Suite struct RelationReciprocalTests {
    @Test func hyphenatedPairs() {
        #expect(relKeys("The [Peru|country]-[Chile|country] conflict dragged on.") == ["chile tension-with peru"])
        #expect(relKeys("Strained [Peru|country]-[Chile|country] ties worried investors.") == ["chile tension-with peru"])
        #expect(relKeys("The [Peru|country]-[Chile|country] trade talks resumed.") == ["chile partners-with peru"])
        #expect(relKeys("The [Peru|country]-[Chile|country] border is long.") == [])
    }

    /// Through the recognizer: how the text is tokenized decides these.
    @Test func dashedPairsInRunningText() {
        func keys(_ text: String) -> [String] {
            Extractor(lexicon: testLexicon).extract(Article(id: "t", text: text)).edges.map { "\($0.source) \($0.type.rawValue) \($0.target)" }
        }
        // An en dash without spaces joins two names like a hyphen, also opening a sentence
        // (where a spaced dash would end a dateline).
        #expect(keys("NATO\u{2013}Russia tensions have grown.") == ["nato tension-with russia"])
        #expect(keys("Analysts see growing Japan\u{2013}China tensions.") == ["china tension-with japan"])
        #expect(keys("Analysts see growing Japan \u{2013} China tensions.") == [])
        // A name of two words before the hyphen.
        #expect(keys("Analysts praised the United States-Japan talks.") == ["japan partners-with united-states"])
    }

    @Test func betweenAfterTheNoun() {
        #expect(relKeys("Brief clashes in May between [Peru|country] and [Chile|country] ended.") == ["chile tension-with peru"])
        // A meeting of two states is dialogue, as the meeting verbs are (see EncounterNounTests).
        #expect(relKeys("A meeting in May between [Peru|country] and [Chile|country] ended.") == ["chile partners-with peru"])
        #expect(relKeys("A border in the south between [Peru|country] and [Chile|country] is long.") == [])
    }

    @Test func reciprocalVerbWithPluralSubject() {
        #expect(relKeys("[Peru|country] and [Chile|country] clashed at the border.") == ["chile tension-with peru"])
    }

    @Test func leaderAdministrationIsTheState() {
        let roles = ["ana-soto": [LexiconRole(office: "President", of: "Peru", relation: .leads)]]
        let keys = relKeys("""
        [Peru|country] held elections.
        The [Ana Soto|person] administration rejected the [Andean Shield|alliance].
        """, roles: roles)
        // The stance is the state's; "the Soto administration" also says Soto leads Peru.
        #expect(keys == ["ana-soto leads peru", "peru rejects andean-shield"])
    }

    @Test func affiliationsLinkToOrganizationsOnly() {
        #expect(relKeys("[Luis Vera|person], a senior analyst at security firm [Andes Labs|organization], said so.") == ["luis-vera serves andes-labs"])
        #expect(relKeys("[Luis Vera|person], a [Peru|country] expert at [Andes Labs|organization], said so.") == ["luis-vera serves andes-labs"])
    }

    @Test func parentheticalMembers() {
        #expect(relKeys("Its [Andean Pact|alliance] ([Peru|country], [Chile|country] and [Bolivia|country]) partners met.") == [
            "bolivia member-of andean-pact", "chile member-of andean-pact", "peru member-of andean-pact",
        ])
    }

    @Test func objectListEndsBeforeTheNextClause() {
        #expect(relKeys("Though [Peru|country] backed [Chile|country], [Bolivia|country] and [Ecuador|country] are wary.") == ["peru supports chile"])
    }

    @Test func foundIsNotFounded() {
        #expect(relKeys("[Shell|organization] and [BP|organization] have found the pact hard.") == [])
        #expect(relKeys("[Peru|country] founded the [Andean Pact|alliance].") == ["peru founded andean-pact"])
    }
}

@Suite struct RelationMembershipExtraTests {
    @Test func passiveJoinInAnOrganization() {
        #expect(relKeys("[Mercosur|organization] is joined in the [Andean Pact|alliance] talks by [Peru|country] and [Chile|country].") == [
            "chile member-of andean-pact", "mercosur member-of andean-pact", "peru member-of andean-pact",
        ])
    }

    @Test func partyMembership() {
        #expect(relKeys("The rise of [Ana Soto|person] of the [Liberal party|organization] surprised many.") == ["ana-soto member-of liberal-party"])
        #expect(relKeys("[Ana Soto|person]'s [Liberal party|organization] won.") == ["ana-soto member-of liberal-party"])
    }

    @Test func officialsSpeakForTheirState() {
        let keys = relKeys("[Peru|country]'s Foreign Minister [Ana Soto|person] proposed the [Andean Shield|alliance].")
        #expect(keys == ["ana-soto proposes andean-shield", "ana-soto serves peru", "peru proposes andean-shield"])
    }

    @Test func lightVerbNominal() {
        #expect(relKeys("[Peru|country] imposed a comprehensive trade embargo against [Chile|country].") == ["chile tension-with peru", "peru counters chile"])
    }
}

@Suite struct RelationPurposeTests {
    @Test func frontedPurposeClause() {
        #expect(relKeys("To curb [Bolivia|country]'s smuggling, [Peru|country] closed the border.") == ["bolivia tension-with peru", "peru counters bolivia"])
    }
}

@Suite struct RelationRegressionTests {
    @Test func titleBeforeTheNextNameIsNotAnApposition() {
        #expect(relKeys("In talks with [Luis Vera|person], [Chilean|country|Chile|dem] Prime Minister [Ana Soto|person] said so.") == ["ana-soto leads chile"])
    }

    @Test func quotedNameInsideAPrincipleIsNoObject() {
        #expect(relKeys("[Peru|country] will abide by the 'one [Chile|country]' principle.") == [])
    }

    @Test func cataphoricPronoun() {
        #expect(relKeys("With its invasion of [Bolivia|country], [Peru|country] changed the region.") == ["bolivia tension-with peru"])
    }
}

@Suite struct RelationModifierTests {
    @Test func objectRelativeClause() {
        #expect(relKeys("Critics dislike the [neutrality|principle] that [Peru|country] has been pursuing.") == ["peru upholds neutrality"])
    }

    @Test func principleNamingAPolicy() {
        #expect(relKeys("Many fear [Ana Soto|person]'s \"[Peru First|principle]\" agenda.") == ["ana-soto upholds peru-first"])
    }

    @Test func backedCompound() {
        #expect(relKeys("The [Peru|country]-backed [Andean Front|organization] fighters advanced.") == ["peru supports andean-front"])
    }
}

@Suite struct RelationReciprocalObjectTests {
    @Test func reciprocalNeedsNoDirectObject() {
        #expect(relKeys("[Peru|country] and [Chile|country] clashed repeatedly over the border.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] and [Chile|country] criticized the decision.") == [])
        #expect(relKeys("He courted partners such as [Peru|country] and [Chile|country], threatening them with tariffs.") == [])
    }
}

@Suite struct RelationParticipleTests {
    @Test func participleAfterACommonNounHasNoEntitySubject() {
        #expect(relKeys("[Ana Soto|person] met leaders and urged them to curb militants accused of helping [Chile|country].") == [])
        #expect(relKeys("[Ana Soto|person] accused [Chile|country] of lying.") == ["ana-soto tension-with chile"])
    }
}

@Suite struct RelationLedAndUniteTests {
    @Test func ledAllianceHasTheLeaderAsMember() {
        #expect(relKeys("Officials met at the [Peru|country]-led [Andean Shield|alliance] summit.") == ["peru member-of andean-shield"])
        // An invasion is no membership (the invasion itself is tension).
        #expect(relKeys("The [Peru|country]-led invasion of [Bolivia|country] failed.") == ["bolivia tension-with peru"])
    }

    @Test func unitingMembers() {
        #expect(relKeys("The [Andean Shield|alliance] unites [Peru|country], [Chile|country] and [Bolivia|country].") == [
            "bolivia member-of andean-shield", "chile member-of andean-shield", "peru member-of andean-shield",
        ])
        #expect(relKeys("[Ana Soto|person] united [Peru|country] behind the plan.") == [])
    }
}

@Suite struct RelationSplitCompoundTests {
    @Test func abbreviationBeforeHyphenStillModifies() {
        #expect(relKeys("He visited the [U.S.|country|United States]-led [Andean Shield|alliance] in May.") == ["united-states member-of andean-shield"])
        #expect(relKeys("The [U.S.|country|United States]-backed [Mapu|organization] rebels advanced.") == ["united-states supports mapu"])
    }
}

@Suite struct RelationSplitHyphenPairTests {
    @Test func abbreviationHyphenNamePair() {
        #expect(relKeys("Where do [U.S.|country|United States]-[Israeli|country|Israel|dem] relations go from here?") == [
            "israel partners-with united-states",
        ])
        #expect(relKeys("Strained [U.S.|country|United States]-[India|country] ties worried investors.") == ["india tension-with united-states"])
        #expect(relKeys("The [U.S.|country|United States]-[India|country] border is long.") == [])
    }

    @Test func theSecondSideNamedAfterADescription() {
        #expect(relKeys("They discussed the trade pact between [Peru|country] and the [Andean|region|Andes|dem] trade bloc [Corandes|alliance].")
            == ["corandes partners-with peru"])
        #expect(relKeys("Tensions between [Peru|country] and the neighbouring country [Chile|country] rose.") == ["chile tension-with peru"])
        // A person after a description is read by the title rules.
        #expect(relKeys("Talks between [Peru|country] and the minister [Ana Soto|person] began.") == [])
    }
}

/// "between them" after a list of two: the list is the pair.
@Suite struct BetweenThemTests {
    @Test func betweenThemNamesTheListBefore() {
        #expect(relKeys("[Kenya|country] and [Uganda|country] will seek to play down the friction between them.") == ["kenya tension-with uganda"])
        // Three sides leave the pair unknown; a list inside a prepositional phrase is no subject.
        #expect(relKeys("[Kenya|country], [Uganda|country] and [Tanzania|country] discussed the differences between them.") == [])
        #expect(relKeys("Officials from [Kenya|country] and [Uganda|country] said the talks between them went well.") == [])
    }
}
