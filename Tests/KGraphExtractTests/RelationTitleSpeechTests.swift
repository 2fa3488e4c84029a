import Testing
import KGraphModel
@testable import KGraphExtract

@Suite struct RelationTitleSpeechTests {
    @Test func titleBeforeNameWithPossessive() {
        #expect(relKeys("[Peru|country]'s new Prime Minister, [Ana Soto|person], spoke.") == ["ana-soto leads peru"])
        #expect(relKeys("[Peru|country]'s Foreign Minister, Dr. [Ana Soto|person], spoke.") == ["ana-soto serves peru"])
    }

    @Test func titleWithDemonymOrName() {
        #expect(relKeys("[Chilean|country|Chile|dem] President [Luis Vera|person] spoke.") == ["luis-vera leads chile"])
        #expect(relKeys("[Chile|country] Secretary of State [Luis Vera|person] spoke.") == ["luis-vera serves chile"])
        #expect(relKeys("[Chilean|country|Chile|dem] Vice President [Luis Vera|person] spoke.") == ["luis-vera serves chile"])
    }

    @Test func appositionAfterName() {
        #expect(relKeys("[Luis Vera|person], [Chile|country]'s acting assistant secretary of state, spoke.") == ["luis-vera serves chile"])
        #expect(relKeys("[Luis Vera|person], a senior fellow at the [Andes Institute|organization], spoke.") == ["luis-vera serves andes-institute"])
        #expect(relKeys("[Luis Vera|person], a former [Chilean|country|Chile|dem] ambassador to [Peru|country], spoke.") == ["luis-vera serves chile"])
    }

    @Test func officeGivenByAVerb() {
        #expect(relKeys("[Luis Vera|person] served as [Chile|country]'s foreign minister for a decade.") == ["luis-vera serves chile"])
        #expect(relKeys("[Luis Vera|person] became [Chile|country]'s president in 2003.") == ["luis-vera leads chile"])
        #expect(relKeys("[Luis Vera|person] was named [Chile|country]'s envoy to [Peru|country].") == ["luis-vera serves chile"])
        #expect(relKeys("[Luis Vera|person] was appointed foreign minister of [Chile|country].") == ["luis-vera serves chile"])
        #expect(relKeys("[Luis Vera|person], who is now [Chile|country]'s ambassador to [Peru|country], spoke.") == ["luis-vera serves chile"])
        #expect(relKeys("[Luis Vera|person], who later served as [Chile|country]'s trade minister, spoke.") == ["luis-vera serves chile"])
        // A copula with neither article, possessor nor title gives no office.
        #expect(relKeys("[Luis Vera|person] was [Chile|country]'s best hope.") == [])
        #expect(relKeys("[Luis Vera|person] is expected to lead [Chile|country]'s team.") == [])
    }

    @Test func titleAfterAnotherOccupation() {
        #expect(relKeys("[Luis Vera|person], a former banker and [Chile|country]'s ambassador to [Peru|country], spoke.") == ["luis-vera serves chile"])
        #expect(relKeys("[Luis Vera|person], a lawyer and friend of [Chile|country], spoke.") == [])
    }

    @Test func bodyLedByAPerson() {
        #expect(relKeys("A [Chilean|country|Chile|dem] delegation led by [Ana Soto|person] arrived.") == ["ana-soto serves chile"])
        #expect(relKeys("[Chile|country]'s coalition government, headed by [Ana Soto|person], fell.") == ["ana-soto leads chile"])
        // A body of no state names no office.
        #expect(relKeys("A team led by [Ana Soto|person] studied [Chile|country].") == [])
    }

    @Test func headOfAStatesUnitServesTheState() {
        #expect(relKeys("[Ana Soto|person], head of [Chile|country]'s delegation, arrived.") == ["ana-soto serves chile"])
        #expect(relKeys("[Ana Soto|person], who heads [Chile|country]'s foreign ministry, arrived.") == ["ana-soto serves chile"])
        #expect(relKeys("[Ana Soto|person], a spokesperson for the [Chilean|country|Chile|dem] government, arrived.") == ["ana-soto serves chile"])
    }

    @Test func stateOrganInsideATitle() {
        #expect(relKeys("[Peru|country]'s foreign ministry spokesperson [Ana Soto|person] said so.") == ["ana-soto serves peru"])
        #expect(relKeys("[Peruvian|country|Peru|dem] government spokesman [Ana Soto|person] said so.") == ["ana-soto serves peru"])
    }

    @Test func rankBetweenAnApposedTitleAndTheName() {
        #expect(relKeys("[Chile|country]'s defence chief, Gen. [Ana Soto|person], spoke.") == ["ana-soto serves chile"])
        #expect(relKeys("[Chile|country]'s army chief, General [Ana Soto|person], spoke.") == ["ana-soto serves chile"])
        // Without a title before the comma the rank is the person's only title.
        #expect(relKeys("In [Chile|country], Gen. [Ana Soto|person] spoke.") == [])
    }

    @Test func regionInsideATitleBeforeAComma() {
        #expect(relKeys("[Chile|country]'s top [Asia|region] official, [Ana Soto|person], spoke.") == ["ana-soto serves chile"])
    }

    @Test func titleWithoutStateUsesLexiconRole() {
        let roles = ["ana-soto": [LexiconRole(office: "Defence Minister", of: "Peru", relation: .serves)]]
        #expect(relKeys("Defence Minister [Ana Soto|person] visited [Peru|country].", roles: roles) == ["ana-soto serves peru"])
        // Mentioned without any title: the known office, read from the name and the state
        // together, with its own rule.
        #expect(relEdges("[Ana Soto|person] visited [Peru|country].", roles: roles).map { $0.evidence[0].rule } == ["role-known"])
        #expect(relKeys("[Ana Soto|person] visited [Chile|country].", roles: roles) == [])
        // Without a role, a bare title gives no state.
        #expect(relKeys("Defence Minister [Ana Soto|person] visited [Peru|country].") == [])
    }

    @Test func speechGoesToSpeakerAndState() {
        let edges = relEdges("""
        [Peru|country]'s Foreign Minister, [Ana Soto|person], said that [Peru|country] rejects the [Andean Shield|alliance].
        """)
        let keys = edges.map { "\($0.source) \($0.type.rawValue) \($0.target)" }.sorted()
        #expect(keys == ["ana-soto rejects andean-shield", "ana-soto serves peru", "peru rejects andean-shield"])
        let stance = edges.first { $0.source == "peru" && $0.type == .rejects }!
        #expect(stance.evidence[0].modality == .reported)
        #expect(stance.evidence[0].attribution == "ana-soto")
    }

    @Test func inQuoteWeIsTheSpeakersState() {
        let keys = relKeys("""
        [Peru|country]'s Foreign Minister, [Ana Soto|person], remarked, “We will never join the [Andean Shield|alliance].”
        """)
        #expect(keys == ["ana-soto rejects andean-shield", "ana-soto serves peru", "peru rejects andean-shield"])
    }

    @Test func invertedSpeech() {
        let e = relEdges("[Chile|country] will oppose the [Andean Shield|alliance], [Luis Vera|person] said.")
        #expect(e.count == 1)
        #expect(e[0].evidence[0].attribution == "luis-vera")
    }
}

@Suite struct RelationTitleUnitTests {
    @Test func chairOfACommitteeOfABodyServesTheBody() {
        #expect(relKeys("[Luis Vera|person], chairman of the [Congress|organization] tax committee, said so.") == ["luis-vera serves congress"])
        #expect(relKeys("[Luis Vera|person], chairman of the [Congress|organization] committee, said so.") == ["luis-vera serves congress"])
        #expect(relKeys("[Luis Vera|person], chairman of the [Green Party|organization], said so.") == ["luis-vera leads green-party"])
    }

    @Test func chairOfALocalBranchServesTheParty() {
        #expect(relKeys("[Luis Vera|person], a former chair of the county [Green Party|organization], said so.") == ["luis-vera serves green-party"])
    }
}

@Suite struct RelationTitleLongBodyTests {
    @Test func longUnitNameBeforeTheEmployer() {
        #expect(relKeys("[Luis Vera|person], head of the consumer financial services group for law firm [Andes Legal|organization], said so.") == [
            "luis-vera serves andes-legal",
        ])
    }

    @Test func demonymAfterTheHeadIsNoBody() {
        #expect(relKeys("[Luis Vera|person], president of the advocacy group [Peruvians|country|Peru|dem] United for Life, said so.") == [])
    }
}
