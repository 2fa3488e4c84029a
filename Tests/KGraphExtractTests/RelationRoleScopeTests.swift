import Testing
import KGraphIngest
import KGraphModel
@testable import KGraphExtract

/// How far a title reaches: a portfolio or a named unit of a body is served, not led; a body's
/// one head leads it whoever names the office; a party's leader in a chamber leads neither.
@Suite struct RelationRoleScopeTests {
    @Test func portfolioBeforeAtIsServed() {
        #expect(relKeys("[Tomas Vell|person], director for games at [Orbix|organization], said the launch slipped.")
            == ["tomas-vell serves orbix"])
        #expect(relKeys("[Tomas Vell|person], head of research at [Orbix|organization], said so.") == ["tomas-vell serves orbix"])
        // The head of the body itself still leads it.
        #expect(relKeys("[Tomas Vell|person], director of [Orbix|organization], said so.") == ["tomas-vell leads orbix"])
    }

    @Test func namedUnitOfAPossessorIsServed() {
        #expect(relKeys("[Ines Marr|person], the executive director of [Halden Institute|organization]'s Regional Water Research Consortium, spoke.")
            == ["ines-marr serves halden-institute"])
        #expect(relKeys("[Ines Marr|person], director of the [Halden Institute|organization]'s Coastal Program, spoke.")
            == ["ines-marr serves halden-institute"])
        // A capitalized name after the possessive without a unit noun is not taken for a unit.
        #expect(relKeys("[Ines Marr|person], director of the [Halden Institute|organization]'s Blue Wave, spoke.")
            == ["ines-marr leads halden-institute"])
    }

    @Test func soleHeadAtABodyLeadsIt() {
        #expect(relKeys("[Eli Dunn|person], the [U.S.|country|United States] comptroller general at the [Audit Office|organization], wrote back.")
            == ["eli-dunn leads audit-office"])
        // Other heads after a name and "at" stay services ("the UN director at the Crisis Group").
        #expect(relKeys("[Eli Dunn|person], the [UN|organization|United Nations] director at the [Crisis Board|organization], wrote back.")
            == ["eli-dunn serves crisis-board"])
    }

    @Test func partyLeaderInAChamberLeadsNeither() {
        let keys = relKeys("[U.S. Senate|organization] [Republican|organization|Republican Party] leader [Tom Hale|person] said the vote would wait.")
        #expect(!keys.contains("tom-hale leads u-s-senate") && !keys.contains("tom-hale leads republican-party"))
        #expect(keys.contains("tom-hale serves u-s-senate"))
        #expect(keys.contains("tom-hale member-of republican-party"))
        // An unrecognized chamber word before the party word: still no leader of the party.
        let bare = relKeys("Senate [Democratic|organization|Democratic Party] leader [Ann Roe|person] said the vote would wait.")
        #expect(!bare.contains("ann-roe leads democratic-party"))
        #expect(bare.contains("ann-roe member-of democratic-party"))
        // The party word before the chamber: the same.
        let before = relKeys("[Democratic|organization|Democratic Party] [Senate|organization|U.S. Senate] leader [Ann Roe|person] said the vote would wait.")
        #expect(!before.contains("ann-roe leads u-s-senate"))
        #expect(before.contains("ann-roe serves u-s-senate"))
        let after = relKeys("[Ann Roe|person], the [U.S. Senate|organization] [Democratic|organization|Democratic Party] leader, said the vote would wait.")
        #expect(!after.contains("ann-roe leads u-s-senate"))
        // A bare "Labour leader X" may be one of the party's leaders: membership, which holds either way.
        #expect(relKeys("[Labour|organization|Labour Party] leader [Keir Starmer|person] said so.") == ["keir-starmer member-of labour-party"])
    }

    @Test func aPartyWordOfAnotherLanguageMarksTheParty() {
        // "Kazhagam", "Dal", "Sena", "Partido": words for a party name one, wherever they stand.
        #expect(relKeys("[Tamil Unity Kazhagam|organization] leader [Ravi Menon|person] said so.") == ["ravi-menon member-of tamil-unity-kazhagam"])
        #expect(relKeys("[Partido Verde|organization] leader [Ana Soto|person] said so.") == ["ana-soto member-of partido-verde"])
        // A body that is no party keeps its leader.
        #expect(relKeys("[Tamil Unity Forum|organization] leader [Ravi Menon|person] said so.") == ["ravi-menon leads tamil-unity-forum"])
    }

    @Test func aPartyLeaderNamedBarelyIsAMember() {
        #expect(relKeys("[Kerala Unity Party|organization] leader [Ravi Menon|person] said the count was rigged.")
            == ["ravi-menon member-of kerala-unity-party"])
        #expect(relKeys("[Ravi Menon|person], a senior [Kerala Unity Party|organization] leader, said so.")
            == ["ravi-menon member-of kerala-unity-party"])
        // An alias ending in "party" marks the party too.
        let (a, e) = relAnalysis("[KUP|organization|Kerala Unity] leader [Ravi Menon|person] said so.")
        var nodes = e.nodes
        nodes["kerala-unity"]?.addAliases(["Kerala Unity Party"])
        let edges = RelationExtractor(verbs: .bundled).relations(in: a, entities: EntityAnalysis(nodes: nodes, sentences: e.sentences, tokens: e.tokens, mentions: e.mentions))
        #expect(edges.map { "\($0.source) \($0.type.rawValue) \($0.target)" } == ["ravi-menon member-of kerala-unity"])
        // The party's one head still leads it: definite, possessive, or "leader of".
        #expect(relKeys("[Ravi Menon|person], leader of the [Kerala Unity Party|organization], said so.") == ["ravi-menon leads kerala-unity-party"])
        #expect(relKeys("The [Kerala Unity Party|organization]'s leader, [Ravi Menon|person], said so.") == ["ravi-menon leads kerala-unity-party"])
        // A leader of a body that is no party leads it.
        #expect(relKeys("[Red Dawn Front|organization] leader [Ravi Menon|person] said so.") == ["ravi-menon leads red-dawn-front"])
    }

    @Test func theRoleWhoseOfficeTheTitleNamesComesFirst() {
        let roles = ["ada-quill": [LexiconRole(office: "President", of: "Ruritania", relation: .leads),
                                   LexiconRole(office: "Chair", of: "Central Reserve", relation: .leads)]]
        func byTitle(_ title: String) -> [String] {
            relEdges("\(title) [Ada Quill|person] spoke of [Ruritania|country] and the [Central Reserve|organization].", roles: roles)
                .filter { $0.evidence.contains { $0.rule == "title-lexicon-role" } }.map { "\($0.type.rawValue) \($0.target)" }
        }
        #expect(byTitle("Reserve Chair") == ["leads central-reserve"])
        #expect(byTitle("President") == ["leads ruritania"])
        // A title naming neither office keeps the lexicon's order.
        #expect(byTitle("Director") == ["leads ruritania"])
    }

    @Test func fieldWordsAfterARankWordBeforeTheHead() {
        #expect(relKeys("[Beth Sando|person], the chief program officer at [Civic Works|organization], said so.") == ["beth-sando serves civic-works"])
        #expect(relKeys("[Beth Sando|person], chief market analyst at [Civic Works|organization], said so.") == ["beth-sando serves civic-works"])
        // A head that is no rank word still ends the title before plain words ("the spokesman
        // press release at X" names no office at X).
        #expect(relKeys("[Beth Sando|person], the spokesman press release at [Civic Works|organization], said so.") == [])
    }

    @Test func aSingularPartNounIsTheLastNamesAlone() {
        #expect(relKeys("It paid [Whitmore Holdings|organization] and [Corvin LLC|organization], a subsidiary of [Mandrel Inc|organization], for the work.")
            == ["corvin-llc member-of mandrel-inc"])
        #expect(relKeys("[Ruritania|country] and [Freedonia|country], both members of [NATO|alliance], agreed.")
            .filter { $0.hasSuffix("member-of nato") } == ["freedonia member-of nato", "ruritania member-of nato"])
    }

    @Test func aPartnerInAFirmServesIt() {
        #expect(relKeys("[Ann Roe|person], a founding partner of [Roe Smith & Associates|organization], said so.")
            == ["ann-roe serves roe-smith-and-associates"])
        // States that are partners stay partners.
        #expect(relKeys("[Ruritania|country], a close partner of [Freedonia|country], said so.") == ["freedonia partners-with ruritania"])
    }

    @Test func professionsAtABodyServeIt() {
        #expect(relKeys("[Lena Ortiz|person], a physicist at [Norvale University|organization], said the result held.")
            == ["lena-ortiz serves norvale-university"])
        #expect(relKeys("[Lena Ortiz|person], an attorney with the [Harbour Law Center|organization], said so.")
            == ["lena-ortiz serves harbour-law-center"])
        #expect(relKeys("[Lena Ortiz|person], an immunologist at [Norvale University|organization], said so.") == ["lena-ortiz serves norvale-university"])
        #expect(relKeys("[Norvale University|organization] theorist [Lena Ortiz|person] said so.") == ["lena-ortiz serves norvale-university"])
        #expect(relKeys("[Lena Ortiz|person], a chest doctor at the [Norvale Infirmary|organization], said so.") == ["lena-ortiz serves norvale-infirmary"])
        #expect(relKeys("[Lena Ortiz|person], a doctor from [Ruritania|country], said so.") == [])
        #expect(relKeys("[Norvale Bank|organization] portfolio manager [Lena Ortiz|person] said so.") == ["lena-ortiz serves norvale-bank"])
        #expect(relKeys("Former [FBI|organization] agent [Lena Ortiz|person] said so.") == ["lena-ortiz serves fbi"])
        // A profession names no office of a state: not the place a professional comes from, nor a client's state.
        #expect(relKeys("[Lena Ortiz|person], a lawyer from [Ruritania|country], said so.") == [])
        #expect(relKeys("[Chilean|country|Chile|dem] physicist [Lena Ortiz|person] said so.") == [])
        // Unless the state's name and the word make one of its national titles.
        #expect(relKeys("Former [U.S.|country|United States] Attorney [Lena Ortiz|person] said so.") == ["lena-ortiz serves united-states"])
        #expect(relKeys("[Chilean|country|Chile|dem] attorney [Lena Ortiz|person] said so.") == [])
        #expect(relKeys("[Omar Haddad|person]'s lawyer, [Lena Ortiz|person], said so.").allSatisfy { !$0.hasPrefix("lena-ortiz serves") })
    }

    @Test func aTitleEndingInAPrepositionIsAnotherPersons() {
        // "a lawyer for X": X is the client, and gets no office from the title.
        let roles = ["omar-haddad": [LexiconRole(office: "Foreign Minister", of: "Ruritania", relation: .serves)]]
        func byTitle(_ markup: String) -> Bool {
            relEdges(markup, roles: roles).contains { $0.evidence.contains { $0.rule == "title-lexicon-role" } }
        }
        #expect(byTitle("Foreign Minister [Omar Haddad|person] declined to comment on [Ruritania|country]."))
        #expect(!byTitle("A lawyer for [Omar Haddad|person] declined to comment on [Ruritania|country]."))
        #expect(!byTitle("A spokesman for [Omar Haddad|person] declined to comment on [Ruritania|country]."))
    }

    @Test func secondTitleAfterABodyIsAnotherOffice() {
        // Each title names its own body: the firm's lawyer is not its director.
        #expect(relKeys("[Lena Ortiz|person], a lawyer with the firm [Brandt Hale|organization] and a former director of the [Patent Office|organization], spoke.")
            == ["lena-ortiz leads patent-office", "lena-ortiz serves brandt-hale"])
        #expect(relKeys("[Lena Ortiz|person], managing partner at [Brandt Hale|organization] and former chief executive officer at [Norvale Bank|organization], spoke.")
            == ["lena-ortiz leads norvale-bank", "lena-ortiz serves brandt-hale"])
    }

    @Test func participleInsideATitle() {
        #expect(relKeys("[Lena Ortiz|person], chief operating officer of [Brandt Hale|organization], spoke.") == ["lena-ortiz serves brandt-hale"])
        #expect(relKeys("[Brandt Hale|organization] political science professor [Lena Ortiz|person] spoke.") == ["lena-ortiz serves brandt-hale"])
    }

    @Test func pluralTitleBeforeAListIsEachNames() {
        #expect(relKeys("[Norvale Bank|organization] economists [Lena Ortiz|person] and [Omar Haddad|person] wrote in a note.")
            == ["lena-ortiz serves norvale-bank", "omar-haddad serves norvale-bank"])
        #expect(relKeys("Foreign ministers [Lena Ortiz|person] of [Chile|country] and [Omar Haddad|person] of [Peru|country] met.")
            == ["lena-ortiz serves chile", "omar-haddad serves peru"])
        // A singular title is the first name's only.
        #expect(relKeys("[Norvale Bank|organization] economist [Lena Ortiz|person] and [Omar Haddad|person] wrote in a note.")
            == ["lena-ortiz serves norvale-bank"])
    }

    @Test func pluralLegislatorTitleAndItsPartyWordCoverEveryNameOfTheList() {
        // Whole pipeline with the bundled lexicon: the names are found, the national title and
        // the party word hold for each.
        let text = "The United States Senate met on Monday. Republican Senators Dana Holt, Thom Varga and Lena Ortiz opposed the nominee."
        let g = Extractor(lexicon: .bundled).extract(Article(id: "t", text: text))
        let keys = Set(g.edges.map { "\($0.source) \($0.type.rawValue) \($0.target)" })
        for name in ["dana-holt", "thom-varga", "lena-ortiz"] {
            #expect(keys.contains("\(name) member-of republican-party"))
            #expect(keys.contains("\(name) serves united-states"))
        }
        // A singular title stays the first name's.
        let single = "The United States Senate met on Monday. Republican Senator Dana Holt and Thom Varga opposed the nominee."
        let one = Extractor(lexicon: .bundled).extract(Article(id: "t", text: single))
        #expect(!one.edges.contains { $0.source == "thom-varga" && $0.type == .memberOf })
    }
}
