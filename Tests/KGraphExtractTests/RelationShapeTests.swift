import Testing
import KGraphIngest
import KGraphModel
@testable import KGraphExtract

// Smaller families: aides, object and title shapes, lexicon families, stances towards officials,
// principles, territory, parts of bodies and known membership.

@Suite struct RelationAideTests {
    @Test func aideServesThePrincipalsState() {
        let keys = relKeys("""
            President [Luis Vera|person] of [Peru|country] arrived.
            [Vera|person|Luis Vera]'s spokesman [Ana Soto|person] said the talks went well.
            """)
        #expect(keys.contains("ana-soto serves peru"))
        #expect(!keys.contains { $0.hasPrefix("ana-soto serves luis") })
        // No state known for the principal: nothing.
        #expect(relKeys("[Luis Vera|person]'s spokesman [Ana Soto|person] spoke.") == [])
    }
}

@Suite struct RelationObjectShapeTests {
    @Test func titleHolderAfterAStateIsTheOneOpposed() {
        #expect(relKeys("[Marta Ruiz|person] criticised [Peruvian|country|Peru|dem] President [Luis Vera|person]'s tactics.")
            .contains("luis-vera tension-with marta-ruiz"))
    }

    @Test func demonymBeforeAGovernmentWordIsThePartner() {
        #expect(relKeys("[Chile|country] will cooperate with [Peruvian|country|Peru|dem] intelligence agents.") == ["chile partners-with peru"])
        // Not before a plain noun.
        #expect(relKeys("[Chile|country] will cooperate with [Peruvian|country|Peru|dem] farmers.") == [])
    }

    @Test func regardedObjectWithModifiersAndHead() {
        #expect(relKeys("[Chile|country] sees the growing [Andes Union|organization] bloc as a threat.") == ["andes-union tension-with chile"])
    }
}

@Suite struct RelationTitleShapeTests {
    @Test func postingInsideTheTitle() {
        #expect(relKeys("[Chilean|country|Chile|dem] Ambassador to [Peru|country] [Ana Soto|person] left.") == ["ana-soto serves chile"])
        #expect(relKeys("[Chile|country]'s envoy to the [Andes Union|organization], [Ana Soto|person], left.") == ["ana-soto serves chile"])
    }

    @Test func envoyToABodyServesTheState() {
        #expect(relKeys("[Chilean|country|Chile|dem] [U.N.|organization|United Nations] Ambassador [Ana Soto|person] spoke.") == ["ana-soto serves chile"])
    }

    @Test func headOfAPortfolioServes() {
        #expect(relKeys("Former [Chilean|country|Chile|dem] intelligence director [Ana Soto|person] spoke.") == ["ana-soto serves chile"])
        #expect(relKeys("[Chilean|country|Chile|dem] President [Ana Soto|person] spoke.") == ["ana-soto leads chile"])
    }

    @Test func knownOfficeWithTheStateInOneSentence() {
        let roles = ["ana-soto": [LexiconRole(office: "President", of: "Chile", relation: .leads)]]
        #expect(relKeys("[Ana Soto|person] said [Chile|country] would wait.", roles: roles) == ["ana-soto leads chile"])
        #expect(relEdges("[Ana Soto|person] said [Chile|country] would wait.", roles: roles).first?.evidence.first?.rule == "role-known")
        // The state elsewhere, or not at all: nothing.
        #expect(relKeys("[Ana Soto|person] said [Peru|country] would wait.", roles: roles) == [])
    }
}

@Suite struct RelationLexiconFamilyTests {
    @Test func criticismReceivedIsTension() {
        #expect(relKeys("[Chile|country] drew criticism from [Peru|country] over the dam.") == ["chile tension-with peru"])
        #expect(relKeys("The vote angered [Peru|country] and [Chile|country] alike.").isEmpty)
        #expect(relKeys("[Chile|country] angered [Peru|country] with the vote.") == ["chile tension-with peru"])
    }

    @Test func guaranteesAndTariffHikes() {
        #expect(relKeys("[Chile|country] offered security guarantees for [Peru|country].") == ["chile supports peru"])
        #expect(relKeys("[Chile|country] announced a tariff hike on [Peru|country].") == ["chile tension-with peru"])
        // A relationship may be anything ("its complex relationship with X"): no edge from the word alone.
        #expect(relKeys("[Chile|country] has a complex relationship with [Peru|country].") == [])
    }
}

@Suite struct RelationBulkPrecisionTests {
    @Test func actsAskedOfOthersAreNotDone() {
        #expect(relKeys("[Chile|country] will try to convince [Peru|country] to sanction [Bolivia|country].").contains("peru counters bolivia") == false)
        #expect(relKeys("[Chile|country] urged [Peru|country] to sanction [Bolivia|country].").contains("peru counters bolivia") == false)
        // A subject's own plan still counts.
        #expect(relKeys("[Peru|country] plans to sanction [Bolivia|country].") == ["bolivia tension-with peru", "peru counters bolivia"])
    }

    @Test func chiefOfABodyLeadsIt() {
        #expect(relKeys("[Andes Union|organization] chief [Ana Soto|person] spoke.") == ["ana-soto leads andes-union"])
        #expect(relKeys("[Chilean|country|Chile|dem] army chief [Ana Soto|person] spoke.") == ["ana-soto serves chile"])
    }
}

@Suite struct RelationStanceTowardsOfficialTests {
    @Test func stanceTowardsAHeadOfStateReachesTheState() {
        let keys = relKeys("""
            [Peruvian|country|Peru|dem] President [Luis Vera|person] arrived.
            [Chile|country] criticized [Luis Vera|person] over the dam.
            """)
        #expect(keys.contains("chile tension-with luis-vera"))
        #expect(keys.contains("chile tension-with peru"))
        // Support for a person stays with the person ("welcomed the president" backs no state).
        #expect(!relKeys("""
            [Peruvian|country|Peru|dem] President [Luis Vera|person] arrived.
            [Chile|country] welcomed [Luis Vera|person] warmly.
            """).contains("chile supports peru"))
    }
}

@Suite struct RelationPrincipleTests {
    @Test func adherenceWordsGiveUpholds() {
        #expect(relKeys("[Peru|country] insists on [non-interference|principle].") == ["peru upholds non-interference"])
        #expect(relKeys("[Peru|country] has a long history of [neutrality|principle].") == ["peru upholds neutrality"])
        #expect(relKeys("[Peru|country] sticks to [neutrality|principle] in the dispute.") == ["peru upholds neutrality"])
        #expect(relKeys("[Peru|country]'s foreign policy rests on [neutrality|principle].") == ["peru upholds neutrality"])
        #expect(relKeys("[Peru|country] is rooted in [non-interference|principle].") == ["peru upholds non-interference"])
        // Honouring a person or a state is no principle, and nothing rests on a state.
        #expect(relKeys("[Peru|country] honoured [Chile|country] at the summit.") == [])
        #expect(relKeys("The plan rests on [Chile|country].") == [])
    }
}

@Suite struct RelationTerritorialTests {
    @Test func annexingOrOccupyingIsConflict() {
        #expect(relKeys("[Chile|country] annexed part of [Peru|country] in 1884.") == ["chile tension-with peru"])
        #expect(relKeys("[Chile|country] vowed to reunify [Peru|country] with the mainland.") == ["chile tension-with peru"])
        #expect(relKeys("[Chile|country] did not occupy [Peru|country].") == [])
    }
}

@Suite struct RelationPartOfBodyTests {
    @Test func wingOrBranchIsMembership() {
        #expect(relKeys("The [Sol Brigades|organization], the armed wing of the [Andes Front|organization], fired rockets.")
            == ["sol-brigades member-of andes-front"])
        #expect(relKeys("[Lima Trust|organization], an affiliate of [Andes Bank|organization], closed.") == ["lima-trust member-of andes-bank"])
        // A state is never a wing.
        #expect(relKeys("[Peru|country], the southern wing of the [Andes Union|organization], voted.").isEmpty)
    }
}

@Suite struct RelationKnownMembershipFormTests {
    @Test func bodyWrittenWithTheArticleCounts() {
        let members = ["quad": Set(["japan"])]
        #expect(relKeys("[Japan|country] hosted [the Quad|alliance|Quad] ministers.", memberships: members) == ["japan member-of quad"])
    }

    @Test func aNameModifyingARelationNoun() {
        #expect(relKeys("Prosecutors charged [Kremlin|country|Russia|met] critic [Ivan Dorov|person].") == ["ivan-dorov tension-with russia"])
        #expect(relKeys("Prosecutors charged [Soto|person] ally [Ivan Dorov|person].") == ["ivan-dorov partners-with soto"])
        // A nationality is no relation: "a Russian critic".
        #expect(relKeys("Prosecutors charged [Russian|country|Russia|dem] critic [Ivan Dorov|person].") == [])
    }

    @Test func aStateModifyingAnotherStatesRelationNoun() {
        #expect(relKeys("[Peruvian|country|Peru|dem] ally [Chile|country] objected.") == ["chile partners-with peru"])
        #expect(relKeys("The tour includes [US|country|United States] allies [Chile|country] and [Bolivia|country].")
            == ["bolivia partners-with united-states", "chile partners-with united-states"])
        #expect(relKeys("Longtime [Peru|country] foe [Chile|country] objected.") == ["chile tension-with peru"])
        // An ally in a bloc is a member of it.
        #expect(relKeys("[Andean Pact|alliance] ally [Chile|country] objected.") == ["chile member-of andean-pact"])
        // A demonym before a body's name tells nationality; a singular noun takes no list.
        #expect(relKeys("[Peruvian|country|Peru|dem] rival [Acme Mining|organization] objected.") == [])
        #expect(relKeys("[Peru|country] ally [Chile|country] and [Bolivia|country] objected.") == ["chile partners-with peru"])
    }

    @Test func sidesActingTogetherAgainstAThird() {
        #expect(relKeys("[Peru|country] has worked closely with [Chile|country] against the [Andean Front|organization].")
            == ["chile counters andean-front", "chile partners-with peru", "peru counters andean-front"])
        #expect(relKeys("[Peru|country] and [Chile|country] joined forces against [Bolivia|country].") == ["bolivia tension-with chile", "bolivia tension-with peru", "chile counters bolivia", "peru counters bolivia"])
        #expect(relKeys("[Peru|country] will lead the side against [Bolivia|country] next month.") == [])
        // (A case filed against a state is a dispute with it, but no act against it with others.)
        #expect(relKeys("[Peru|country] filed a case against [Bolivia|country].") == ["bolivia tension-with peru"])
    }

    @Test func aTitleSaidOfTheName() {
        #expect(relKeys("[Dana Holt|person] is a professor at [Harrow University|organization].") == ["dana-holt serves harrow-university"])
        #expect(relKeys("[Dana Holt|person] has been the chief executive of [Quillfield Bank|organization] since 2019.") == ["dana-holt leads quillfield-bank"])
        #expect(relKeys("[Dana Holt|person] served as the ambassador of [Peru|country].") == ["dana-holt serves peru"])
        // No title, no affiliation: a stance noun is read by the stance rules.
        #expect(relKeys("[Dana Holt|person] is a frequent visitor to [Peru|country].") == [])
    }

    @Test func theHeadOfAUnitABodyOwnsServesTheBody() {
        #expect(relKeys("[Tomas Vek|person], head of the [Harrow Institute|organization]'s [Lisbon|country|Portugal|met] office, said so.")
            == ["tomas-vek serves harrow-institute"])
        #expect(relKeys("[Tomas Vek|person], head of the [Harrow Institute|organization], said so.") == ["tomas-vek leads harrow-institute"])
    }
}
