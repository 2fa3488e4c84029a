import Testing
import KGraphIngest
import KGraphModel
@testable import KGraphExtract

@Suite struct RelationNationalTitleTests {
    /// Three sentences naming one state, then the sentence under test.
    static func aboutRuritania(_ last: String, other: String? = nil) -> [String] {
        let o = other.map { "\n[\($0)|country] watched.\n[\($0)|country] waited.\n[\($0)|country] agreed." } ?? ""
        return relKeys("[Ruritania|country] raised taxes.\nThe budget of [Ruritania|country] grew.\nOfficials in [Ruritania|country] agreed.\(o)\n" + last)
            .filter { $0.hasPrefix("ana-vell") }
    }

    @Test func aBareCabinetTitleInAnArticleAboutOneState() {
        #expect(Self.aboutRuritania("Finance Secretary [Ana Vell|person] called for a review.") == ["ana-vell serves ruritania"])
        #expect(Self.aboutRuritania("It was signed by Home Affairs Minister [Ana Vell|person] on Monday.") == ["ana-vell serves ruritania"])
        #expect(Self.aboutRuritania("Prime Minister [Ana Vell|person] called for a review.") == ["ana-vell leads ruritania"])
        #expect(Self.aboutRuritania("Deputy Prime Minister [Ana Vell|person] called for a review.") == ["ana-vell serves ruritania"])
        #expect(Self.aboutRuritania("Former Finance Minister [Ana Vell|person] called for a review.") == ["ana-vell serves ruritania"])
        #expect(Self.aboutRuritania("Former Minister [Ana Vell|person] called for a review.") == [])
        // Two states named as often: no owner. A place or body before the title, a chief minister
        // (a province's), a president or a bare minister: no owner either.
        #expect(Self.aboutRuritania("Finance Secretary [Ana Vell|person] called for a review.", other: "Freedonia") == [])
        #expect(Self.aboutRuritania("Delta Province Finance Minister [Ana Vell|person] called for a review.") == [])
        #expect(Self.aboutRuritania("Chief Minister [Ana Vell|person] called for a review.") == [])
        #expect(Self.aboutRuritania("President [Ana Vell|person] called for a review.") == [])
        #expect(Self.aboutRuritania("Minister [Ana Vell|person] called for a review.") == [])
    }

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

    @Test func partyWordBeforeAStateAndTitle() {
        // "Democratic U.S. Senator X": the state's short name or full name between party and office.
        #expect(extractedEdgeKeys("A letter from Democratic U.S. Senator Dana Holt reached the ministry.")
            .contains("dana-holt member-of democratic-party"))
        #expect(extractedEdgeKeys("Republican United States Senator Rob Kent wrote to the ministry.")
            .contains("rob-kent member-of republican-party"))
        #expect(extractedEdgeKeys("The bill was drafted by Democratic US congressman Dana Holt.")
            .contains("dana-holt member-of democratic-party"))
        // Without a title after the state, the party word qualifies something else.
        #expect(!extractedEdgeKeys("Democratic U.S. voters backed Dana Holt in the primary.")
            .contains { $0.hasSuffix("member-of democratic-party") })
    }

    @Test func fellowPartisansAndAPartysCandidateInApposition() {
        let party = " as the [Democratic Party|organization] met."
        #expect(relKeys("[Rob Kent|person]'s fellow Democrats in the senate backed the bill" + party) == ["rob-kent member-of democratic-party"])
        // The person apposed before the possessor is one of them too.
        #expect(relKeys("\"No,\" said [Dana Holt|person], [Kent|person|Rob Kent]'s fellow Democratic senator, as the [Democratic Party|organization] met.")
            == ["dana-holt member-of democratic-party", "rob-kent member-of democratic-party"])
        #expect(relKeys("In Ohio, the Democratic nominee, [Dana Holt|person], won" + party) == ["dana-holt member-of democratic-party"])
        // The name before the possessor must be in apposition, and the runner's noun must open its clause.
        #expect(relKeys("Unlike [Dana Holt|person], [Kent|person|Rob Kent]'s fellow Democrats voted no" + party) == ["rob-kent member-of democratic-party"])
        #expect(relKeys("After beating the Democratic nominee, [Dana Holt|person], a lawyer, won" + party).isEmpty)
        #expect(relKeys("[Rob Kent|person]'s fellow former Democrats left" + party).isEmpty)
        // A fellow of no party, or a candidate's noun that is no apposition, says nothing.
        #expect(relKeys("[Rob Kent|person]'s fellow senators backed the bill" + party).isEmpty)
        #expect(relKeys("The Democratic nominee, a lawyer, praised [Dana Holt|person]" + party).isEmpty)
    }

    @Test func partyAdjectiveBeforeRoleNouns() {
        let keys = relKeys("Democratic presidential candidate [Dana Holt|person] beat Republican incumbent [Rob Kent|person] as the [Democratic Party|organization] and the [Republican Party|organization] spent heavily.")
        #expect(keys.contains("dana-holt member-of democratic-party"))
        #expect(keys.contains("rob-kent member-of republican-party"))
        #expect(relKeys("[Dana Holt|person], a Democratic pollster based in Ohio, said the [Democratic Party|organization] would win.")
            .contains("dana-holt member-of democratic-party"))
        #expect(relKeys("[Dana Holt|person], the Republican nominee for governor, said the [Republican Party|organization] would win.")
            .contains("dana-holt member-of republican-party"))
        // A party's plural or noun opens a clause about the name, not a label of it.
        #expect(!relKeys("Democrats see [Rob Kent|person] as weak, the [Democratic Party|organization] said.").contains("rob-kent member-of democratic-party"))
        #expect(!relKeys("Senate Democrat presses [Rob Kent|person] on taxes as the [Democratic Party|organization] waits.").contains("rob-kent member-of democratic-party"))
    }

    @Test func partyInitialBeforeTheHomeState() {
        #expect(relKeys("Sen. [Dana Holt|person], R-Ohio, said the [Republican Party|organization] would win.").contains("dana-holt member-of republican-party"))
        #expect(relKeys("Rep. [Dana Holt|person] (D-Calif.) said the [Democratic Party|organization] would win.").contains("dana-holt member-of democratic-party"))
        // Another capital after a dash is no party: "X, N-Korea".
        #expect(!relKeys("[Dana Holt|person], N-Ohio, said the [Democratic Party|organization] would win.").contains("dana-holt member-of democratic-party"))
    }

    @Test func partyNounBeforeAName() {
        let keys = relKeys("Democrat [Dana Holt|person] beat Republican [Rob Kent|person] after the [Democratic Party|organization] and the [Republican Party|organization] spent heavily.")
        #expect(keys.contains("dana-holt member-of democratic-party"))
        #expect(keys.contains("rob-kent member-of republican-party"))
        // A one-word name may be a place: "deeply Republican Alabama".
        #expect(!relKeys("Voters in deeply Republican [Holt|person] backed the [Republican Party|organization].").contains("holt member-of republican-party"))
        // The party word only labels the person a stance is about.
        let stance = relKeys("[Kara Voss|person] criticized Republican [Rob Kent|person] as the [Republican Party|organization] met.")
        #expect(stance.contains("kara-voss tension-with rob-kent"))
        #expect(!stance.contains("kara-voss tension-with republican-party"))
    }

    @Test func aPersonsPartyIsTheirs() {
        #expect(relKeys("Last year, [Dana Holt|person]'s [Harrow Party|organization] lost its majority.") == ["dana-holt member-of harrow-party"])
        #expect(relKeys("[Dana Holt|person]'s ruling [Harrow Party|organization] won.") == ["dana-holt member-of harrow-party"])
        // A person's company is no party.
        #expect(relKeys("[Dana Holt|person]'s [Harrow Mining|organization] won the bid.") == [])
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

/// Cabinet and legislative titles that only one state uses, or a few of which the article names
/// one, say whom a person serves: before the name or in apposition after it, in any case.
@Suite struct OneStateTitleTests {
    func edgeKeys(_ text: String) -> Set<String> { extractedEdgeKeys(text) }

    @Test func cabinetTitleBeforeTheName() {
        #expect(edgeKeys("Britain will tighten visa rules. Home Secretary Orla Brennick said so on Monday.")
            .contains("orla-brennick serves united-kingdom"))
        #expect(edgeKeys("The United States kept its tariffs. Treasury Secretary Dale Vantrell defended them.")
            .contains("dale-vantrell serves united-states"))
        // A title the state does not use says nothing about it.
        #expect(!edgeKeys("Britain kept its tariffs. Treasury Secretary Dale Vantrell defended them.")
            .contains("dale-vantrell serves united-kingdom"))
    }

    @Test func placeRightBeforeACabinetTitleMakesItALocalOffice() {
        // A province or US state the lexicon does not know, right before the title.
        #expect(!edgeKeys("The United States kept its tariffs, and on Monday Tamarind Attorney General Dale Vantrell sued over them.")
            .contains("dale-vantrell serves united-states"))
        // A modifier of the title is no place.
        #expect(edgeKeys("The United States kept its tariffs, and former Attorney General Dale Vantrell defended them.")
            .contains("dale-vantrell serves united-states"))
    }

    @Test func titleInAppositionInLowercase() {
        #expect(edgeKeys("Britain will tighten visa rules. Orla Brennick, the home secretary, said so on Monday.")
            .contains("orla-brennick serves united-kingdom"))
        #expect(edgeKeys("The United States opened an inquiry. It is led by special counsel Dale Vantrell.")
            .contains("dale-vantrell serves united-states"))
    }

    @Test func titleSharedBySeveralStatesNeedsExactlyOneNamed() {
        #expect(edgeKeys("Canada debated the bill. MP Orla Brennick voted against it.")
            .contains("orla-brennick serves canada"))
        let both = edgeKeys("Canada and Britain debated the bill. MP Orla Brennick voted against it.")
        #expect(!both.contains("orla-brennick serves canada"))
        #expect(!both.contains("orla-brennick serves united-kingdom"))
    }

    @Test func unknownPlaceBeforeTheTitleMakesItALocalOffice() {
        // A province's or US state's own cabinet: the capitalized word before the title is no title word.
        #expect(!edgeKeys("The United States sued. Ruritia Attorney General Dale Vantrell joined the case.")
            .contains("dale-vantrell serves united-states"))
        // Members of the national legislature are named with their constituency.
        #expect(edgeKeys("The United States sued. Ruritia Senator Dale Vantrell backed the case.")
            .contains("dale-vantrell serves united-states"))
    }
}
