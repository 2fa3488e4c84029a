import Testing
import KGraphModel
@testable import KGraphExtract

@Suite struct RelationNationalTitleTests {
    @Test func bareStateOnlyTitleServesTheNamedState() {
        #expect(relKeys("Senator [Dana Holt|person] criticized the plan, and the [United States|country] delayed it.")
            .contains("dana-holt serves united-states"))
        #expect(relKeys("Rep. [Dana Holt|person] of Ohio said the [United States|country] should wait.")
            .contains("dana-holt serves united-states"))
    }

    @Test func noStateInArticleNoEdge() {
        #expect(relKeys("Senator [Dana Holt|person] criticized the plan.") == [])
    }

    @Test func internationalOrForeignTitleIsNotTheState() {
        // "Special Representative" is an office of an international body.
        #expect(!relKeys("Special Representative [Dana Holt|person] met officials as the [United States|country] watched.")
            .contains("dana-holt serves united-states"))
        // A state before the title names the state served.
        #expect(relKeys("[Chile|country]'s Senator [Dana Holt|person] spoke as the [United States|country] watched.")
            .contains("dana-holt serves chile"))
        #expect(!relKeys("[Chile|country]'s Senator [Dana Holt|person] spoke as the [United States|country] watched.")
            .contains("dana-holt serves united-states"))
    }

    @Test func partyWordBeforeTitle() {
        let keys = relKeys("Republican Senator [Dana Holt|person] spoke as the [Republican Party|organization] met in the [United States|country].")
        #expect(keys.contains("dana-holt member-of republican-party"))
        #expect(keys.contains("dana-holt serves united-states"))
    }

    @Test func partyNounInApposition() {
        #expect(relKeys("[Dana Holt|person], a moderate Republican from Ohio, left the [Republican Party|organization] caucus.")
            .contains("dana-holt member-of republican-party"))
        #expect(relKeys("[Dana Holt|person], the top Democrat on the panel, praised the [Democratic Party|organization].")
            .contains("dana-holt member-of democratic-party"))
        // A party noun that is not the head of the apposition says nothing.
        #expect(!relKeys("[Dana Holt|person], a critic of Republican tax plans, spoke to the [Republican Party|organization].")
            .contains("dana-holt member-of republican-party"))
        // Without the party in the article, nothing.
        #expect(relKeys("[Dana Holt|person], a moderate Republican from Ohio, spoke.") == [])
    }
}

@Suite struct RelationLeaderContextTests {
    let roles = ["ana-soto": [LexiconRole(office: "President", of: "Peru", relation: .leads)]]

    @Test func administrationOfKnownLeader() {
        #expect(relKeys("The [Ana Soto|person] administration courted [Peru|country] investors.", roles: roles)
            .contains("ana-soto leads peru"))
        // Without a lexicon role, the phrase says nothing about which state.
        #expect(!relKeys("The [Ana Soto|person] administration courted [Peru|country] investors.")
            .contains("ana-soto leads peru"))
    }

    @Test func predecessorApposition() {
        #expect(relKeys("[Luis Vera|person]'s predecessor, [Ana Soto|person], visited [Peru|country].", roles: roles)
            .contains("ana-soto leads peru"))
        #expect(relKeys("[Ana Soto|person], [Luis Vera|person]'s predecessor, visited [Peru|country].", roles: roles)
            .contains("ana-soto leads peru"))
    }

    @Test func placeBeforeAppositionIsNoPolitician() {
        #expect(relKeys("The senator from [Dana Holt|person], a Democrat, spoke to the [Democratic Party|organization].") == [])
    }
}

@Suite struct RelationPartyHomeStateTests {
    @Test func homeStateBeforePartyApposition() {
        #expect(relKeys("[Dana Holt|person] of New Jersey, the top Democrat on the panel, met the [Democratic Party|organization].")
            .contains("dana-holt member-of democratic-party"))
    }
}

@Suite struct RelationStateOrganTests {
    @Test func servingAStatesArmyServesTheState() {
        // The chief of the army heads it, and serves the state.
        #expect(relKeys("[Peru|country] hosted talks.\n[Peru Army|organization] chief [Luis Vera|person] spoke.") == [
            "luis-vera leads peru-army", "luis-vera serves peru",
        ])
    }

    @Test func otherOrganizationsAreNoOrgans() {
        #expect(relKeys("[Peru|country] hosted talks.\n[Peru Mining Council|organization] chief [Luis Vera|person] spoke.") == [
            "luis-vera leads peru-mining-council",
        ])
    }
}
