import Testing
import KGraphModel
@testable import KGraphExtract

/// Summit meetings and visits, hostile event nouns with their agent after "by", and relation
/// nouns after "one of" (own sentences).
@Suite struct MeetingAndAgentTests {
    @Test func headsOfStateMeetingArePartners() {
        let keys = relKeys("""
            [Chilean|country|Chile|dem] President [Ana Soto|person] met [Peruvian|country|Peru|dem] President [Luis Vera|person] in [Lima|region].
            """)
        #expect(keys.contains("ana-soto partners-with luis-vera"))
        #expect(relKeys("[Chile|country] hosted [Peru|country]'s president for talks on fishing.").contains("chile partners-with peru"))
        #expect(relKeys("[Chilean|country|Chile|dem] President [Ana Soto|person] will visit [Peru|country] next week.")
            .contains("ana-soto partners-with peru"))
        #expect(relKeys("[Chilean|country|Chile|dem] President [Ana Soto|person]'s first visit to [Peru|country] ended.")
            .contains("ana-soto partners-with peru"))
    }

    @Test func meetingsThatSayNothingOfStates() {
        // A senator is no head of state; a guest who skipped a visit made none; a noun "meeting"
        // names an event, and "the first leader to meet X" has no named subject.
        #expect(relKeys("Senator [Ana Soto|person] met [Peru|country]'s ambassador.").filter { $0.contains("partners") } == [])
        #expect(relKeys("[Chilean|country|Chile|dem] President [Ana Soto|person] skipped visiting [Peru|country].")
            .filter { $0.contains("partners") } == [])
        #expect(relKeys("[Chilean|country|Chile|dem] President [Ana Soto|person] did not meet [Peru|country]'s president.")
            .filter { $0.contains("partners") } == [])
        #expect(relKeys("[Chile|country] beat hosts [Peru|country] in the final.") == [])
        // Two leaders of one state are colleagues.
        #expect(relKeys("""
            [Chilean|country|Chile|dem] President [Ana Soto|person] and [Chilean|country|Chile|dem] Prime Minister [Luis Vera|person] spoke.
            [Ana Soto|person] met [Luis Vera|person] on Monday.
            """).filter { $0.contains("partners") } == [])
    }

    @Test func hostileEventNounsTakeTheirAgentAfterBy() {
        #expect(relKeys("The council condemned rocket attacks by [Chile|country] on [Peru|country].") == ["chile tension-with peru"])
        #expect(relKeys("The invasion of [Peru|country] by [Chile|country] shocked the region.") == ["chile tension-with peru"])
        #expect(relKeys("Sanctions against [Peru|country] by the [Andean Pact|alliance] hurt trade.") == ["andean-pact counters peru"])
        #expect(relKeys("Air strikes by [Chilean|country|Chile|dem] jets on [Peru|country] went on overnight.") == ["chile counters peru", "chile tension-with peru"])
        // The possessor's armed group is the agent when it is named.
        #expect(relKeys("Raids on [Peru|country] by [Chile|country]'s [Red Brigade|organization] continued.") == ["red-brigade counters peru"])
        // General nouns ("action", "measures") are no hostility by themselves; a negated attack is none.
        #expect(relKeys("Barring some action on [Peru|country] by [Chile|country], talks will go on.") == [])
        #expect(relKeys("There were no attacks by [Chile|country] on [Peru|country] this year.") == [])
    }

    @Test func relationNounsAfterOneOf() {
        #expect(relKeys("[Chile|country] has become one of [Peru|country]'s staunchest backers.") == ["chile supports peru"])
        #expect(relKeys("[Chile|country] is one of [Peru|country]'s closest allies.") == ["chile partners-with peru"])
        #expect(relKeys("[Chile|country] remains [Peru|country]'s most loyal supporter.") == ["chile supports peru"])
    }
}

/// Goods handed over, disputes two sides are locked in, and absolute clauses (own sentences).
@Suite struct TransferAndDisputeTests {
    @Test func armsAndAidHandedOverAreSupport() {
        #expect(relKeys("[Chile|country] delivered two dozen tanks to [Peru|country] last year.") == ["chile supports peru"])
        #expect(relKeys("[Chile|country] was ready to provide [Peru|country] with fighter jets.") == ["chile supports peru"])
        // Energy sold abroad is trade.
        #expect(relKeys("[Chile|country] shipped liquefied gas to [Peru|country].") == ["chile partners-with peru"])
        // Denied, halted or negated transfers are none; a plain noun phrase has no giver.
        #expect(relKeys("[Chile|country] denied sending drones to [Peru|country].") == [])
        #expect(relKeys("[Chile|country] halted deliveries and stopped shipping arms to [Peru|country].") == [])
        #expect(relKeys("[Chile|country] provided [Peru|country] with a list of names.") == [])
    }

    @Test func memberDescriptionsGiveMembership() {
        #expect(relKeys("[Peru|country], an [Andean Shield|alliance] member, blocked the plan.") == ["peru member-of andean-shield"])
        #expect(relKeys("[Peru|country] and [Chile|country], both [Andean Shield|alliance] member states, objected.")
                == ["chile member-of andean-shield", "peru member-of andean-shield"])
        #expect(relKeys("[Ana Soto|person], a [Green League|organization] member who sits on the board, spoke.") == ["ana-soto member-of green-league"])
        // A member noun that heads a longer phrase, or a state's name before it, is no membership.
        #expect(relKeys("[Peru|country], an [Andean Shield|alliance] member group, blocked the plan.") == [])
        #expect(relKeys("[Ana Soto|person], a [Chile|country] member, spoke.") == [])
    }

    @Test func pledgedGoodsAndSecondObjectsAreSupport() {
        // Pledging or offering arms is support already; the goods may follow the receiver.
        #expect(relKeys("[Chile|country] pledged more artillery shells to [Peru|country].") == ["chile supports peru"])
        #expect(relKeys("[Chile|country] promised [Peru|country] its newest fighter jets.") == ["chile supports peru"])
        #expect(relKeys("[Chile|country] lent [Peru|country] emergency funding.") == ["chile supports peru"])
        #expect(relKeys("[Chile|country] will send more armoured vehicles to [Peru|country].") == ["chile supports peru"])
        // Other things sent or offered are no support.
        #expect(relKeys("[Chile|country] sent [Peru|country] a stern warning.") == [])
        #expect(relKeys("[Chile|country] offered [Peru|country] a seat at the table.") == [])
    }

    @Test func sidesLockedInADisputeAreInTension() {
        #expect(relKeys("[Chile|country] and [Peru|country] remain locked in a bitter dispute over fishing rights.") == ["chile tension-with peru"])
        #expect(relKeys("[Chile|country] and [Peru|country] are embroiled in a row over water.") == ["chile tension-with peru"])
        #expect(relKeys("[Chile|country] found itself embroiled in a war of words with [Peru|country].") == ["chile tension-with peru"])
        // Discussing someone else's conflict is no dispute between the two.
        #expect(relKeys("[Chile|country] and [Peru|country] discussed the conflict in the north.").contains("chile tension-with peru") == false)
    }

    @Test func nameAfterWithIsTheSubjectOfAnAbsoluteClause() {
        #expect(relKeys("The talks stalled, with [Chile|country] openly accusing [Peru|country] of bad faith.") == ["chile tension-with peru"])
        #expect(relKeys("The vote passed, with [Chile|country] likewise stressing the need to respect [free trade|principle].")
            == ["chile upholds free-trade"])
        // A name after "with" and before a plain noun is an object.
        #expect(relKeys("[Bolivia|country] met with [Chile|country] officials, denouncing [Peru|country].").contains("chile tension-with peru") == false)
    }
}

/// Offices in an organ of a state serve the state (own sentences).
@Suite struct StateOrganRoleTests {
    @Test func lexiconRoleInAStateOrganServesTheState() {
        let roles = ["ana-soto": [LexiconRole(office: "Trade Representative", of: "Chile Trade Representative", relation: .leads)]]
        let keys = relKeys("[Chile|country] wants a new deal. [Chile Trade Representative|organization] [Ana Soto|person] spoke on Monday.", roles: roles)
        #expect(keys.contains("ana-soto serves chile"))
        // A party named like an assembly is no organ of the state.
        let party = ["luis-vera": [LexiconRole(office: "President", of: "Chile Congress", relation: .leads)]]
        #expect(relKeys("[Chile|country] votes soon. [Chile Congress|organization] leader [Luis Vera|person] spoke.", roles: party)
            .contains("luis-vera serves chile") == false)
    }
}

/// A title between two names belongs to the second (own sentence).
@Suite struct TitleBetweenNamesTests {
    @Test func titleFollowedByANameIsThatNamesTitle() {
        let keys = relKeys("""
            On behalf of [Peruvian|country|Peru|dem] President [Luis Vera|person], Foreign Minister of [Chile|country], [Ana Soto|person], spoke.
            """)
        #expect(keys.contains("luis-vera leads peru"))
        #expect(keys.contains("luis-vera serves chile") == false)
        #expect(relKeys("[Luis Vera|person], Foreign Minister of [Chile|country], spoke.") == ["luis-vera serves chile"])
    }
}

/// The possessed body after a title is the employer (own sentence).
@Suite struct TitlePossessedBodyTests {
    @Test func possessedPartyIsTheEmployer() {
        let keys = relKeys("[Luis Vera|person], a spokesman for [Chile|country]'s [Green Party|organization], spoke.")
        #expect(keys.contains("luis-vera serves green-party"))
        #expect(keys.contains("luis-vera serves chile") == false)
        // A university's school is still the university's.
        #expect(relKeys("[Luis Vera|person], a professor at [Lima University|organization]'s [Law School|organization], spoke.")
            .contains("luis-vera serves lima-university"))
    }
}

/// A hard line towards another party is tension (own sentences).
@Suite struct HardLineTests {
    @Test func toughStanceIsTension() {
        #expect(relKeys("The [Chilean|country|Chile|dem] government's more hostile stance toward [Peru|country] hurt exporters.") == ["chile tension-with peru"])
        #expect(relKeys("[Chile|country] keeps a hard line on [Peru|country].") == ["chile tension-with peru"])
    }
}

/// A name before an "-ing" noun modifies it (own sentence).
@Suite struct IngNounModifierTests {
    @Test func nameBeforeAMeetingIsNoObject() {
        #expect(relKeys("[Luis Vera|person] pulled out of the [Chile|country] meeting on Friday.") == [])
        #expect(relKeys("[Peru|country] pulled out of the [Andean Pact|alliance] on Friday.") == ["peru rejects andean-pact"])
    }
}

/// A head meeting "his Ruritanian counterpart" meets that state's head; a pact "signed by A and
/// B" is their joint act.
@Suite struct CounterpartAndParticipleTests {
    @Test func counterpartNamedByADemonym() {
        #expect(relKeys("[Peruvian|country|Peru|dem] President [Ana Soto|person] met her [Chilean|country|Chile|dem] counterpart in Lima.")
            .contains("ana-soto partners-with chile"))
        // Other people of that nationality are no counterpart.
        #expect(relKeys("[Peruvian|country|Peru|dem] President [Ana Soto|person] met [Chilean|country|Chile|dem] farmers in Lima.")
            .contains("ana-soto partners-with chile") == false)
    }

    @Test func pactSignedByTwoSides() {
        #expect(relKeys("The deal, signed by [Peru|country] and [Chile|country] in March, cut tariffs.") == ["chile partners-with peru"])
        #expect(relKeys("A trade pact reached by [Peru|country] and [Chile|country] took effect.") == ["chile partners-with peru"])
        // Criticism by both is no joint act, and one side alone is no pair.
        #expect(relKeys("The deal was criticized by [Peru|country] and [Chile|country].") == [])
        #expect(relKeys("The deal, signed by [Peru|country] in March, cut tariffs.") == [])
    }
}

/// A counterpart named by a demonym after a possessive pronoun stands for that state's official.
@Suite struct CounterpartTests {
    @Test func anOfficialMeetingCounterparts() {
        #expect(relKeys("[Ana Soto|person] met her [Chilean|country|Chile|dem] counterpart.") == ["ana-soto partners-with chile"])
        #expect(relKeys("[Ana Soto|person] met her [Chilean|country|Chile|dem] and [Bolivian|country|Bolivia|dem] counterparts in Lima.")
            == ["ana-soto partners-with bolivia", "ana-soto partners-with chile"])
        #expect(relKeys("[Ana Soto|person] held talks with her [Chilean|country|Chile|dem] counterparts.") == ["ana-soto partners-with chile"])
    }

    @Test func aNamedCounterpartIsMetWithTheirState() {
        #expect(relKeys("[Ana Soto|person] met her [Chilean|country|Chile|dem] counterpart, [Luis Roa|person], in Lima.")
            == ["ana-soto partners-with chile", "ana-soto partners-with luis-roa"])
        #expect(relKeys("[Ana Soto|person] spoke by phone with her [Chilean|country|Chile|dem] counterpart [Luis Roa|person].")
            == ["ana-soto partners-with chile", "ana-soto partners-with luis-roa"])
    }

    @Test func talkingWithAHeadOfStateIsDialogue() {
        let heads = "[Peru|country] President [Ana Soto|person] and [Chile|country] President [Luis Roa|person] took office in May.\n"
        #expect(relKeys(heads + "[Soto|person|Ana Soto] spoke with [Roa|person|Luis Roa] on Tuesday.").contains("ana-soto partners-with luis-roa"))
        #expect(relKeys(heads + "[Soto|person|Ana Soto] phoned [Roa|person|Luis Roa].").contains("ana-soto partners-with luis-roa"))
        // Talking about someone, or the noun "talks", is no conversation with them.
        #expect(relKeys(heads + "[Soto|person|Ana Soto] spoke about [Roa|person|Luis Roa] on Tuesday.").contains("ana-soto partners-with luis-roa") == false)
        #expect(relKeys(heads + "[Soto|person|Ana Soto] talks about [Roa|person|Luis Roa] often.").contains("ana-soto partners-with luis-roa") == false)
    }

    @Test func aMeetingAsTheSettingOfTheClause() {
        // The clause's subject is the meeting's other side.
        #expect(relKeys("After talks with [Chile|country], [Peru|country] signed the accord.") == ["chile partners-with peru"])
        #expect(relKeys("[Peru|country] dropped its veto after brief talks with [Chile|country].") == ["chile partners-with peru"])
        #expect(relKeys("On Monday, [Peru|country] spoke during a summit with [Chile|country] leaders.").contains("chile partners-with peru"))
        // A subject inside a quotation's tail or a relative clause is not the clause's.
        #expect(relKeys("Trade will grow, an aide to [Peru|country] said after talks with [Chile|country].") == [])
    }

    @Test func talkingAMatterOverWithAnotherSide() {
        #expect(relKeys("[Peru|country] discussed fishing quotas with [Chile|country].") == ["chile partners-with peru"])
        #expect(relKeys("[Peru|country] has been negotiating a code of conduct with [Chile|country].") == ["chile partners-with peru"])
        #expect(relKeys("[Peru|country] coordinated its response with [Chile|country].") == ["chile partners-with peru"])
        // Talks wanted or refused, and a matter discussed with others, are none.
        #expect(relKeys("[Peru|country] wants to discuss fishing quotas with [Chile|country].") == [])
        #expect(relKeys("[Peru|country] refused to discuss fishing quotas with [Chile|country].").contains("chile partners-with peru") == false)
        #expect(relKeys("[Ana Soto|person] discussed the bill with [Luis Roa|person].") == [])
        // A relation noun as the matter takes the talking verb's negation.
        #expect(relKeys("[Peru|country] did not discuss trade with [Chile|country].") == [])
        #expect(relKeys("[Peru|country] boosted trade with [Chile|country].") == ["chile partners-with peru"])
    }

    @Test func aPronounPossessorReadsOnToThePerson() {
        #expect(relKeys("[Ana Soto|person] held talks with her [Chilean|country|Chile|dem] counterpart [Luis Roa|person].")
            == ["ana-soto partners-with luis-roa"])
    }

    @Test func aNameModifyingANounAfterAPronounIsNoObject() {
        #expect(relKeys("[Ana Soto|person] praised her [Lima|country|Peru|met] meetings.") == [])
        #expect(relKeys("[Peru|country] invested in its [Chile|country] office.") == [])
    }
}
