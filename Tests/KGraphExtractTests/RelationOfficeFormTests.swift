import Testing
import KGraphIngest
import KGraphModel
@testable import KGraphExtract

/// Offices said in less common shapes: founders, an "as" adjunct, a body after "of" inside a
/// title before the name, a bracketed abbreviation, an employer after "from" or "adviser to".
@Suite struct RelationOfficeFormTests {
    @Test func founderTitleGivesFounded() {
        #expect(relKeys("[Lena Ortiz|person], co-founder of [Brightwell Labs|organization], spoke on Friday.") == ["lena-ortiz founded brightwell-labs"])
        #expect(relKeys("[Brightwell Labs|organization] founder [Lena Ortiz|person] spoke on Friday.") == ["lena-ortiz founded brightwell-labs"])
        // A founder who also heads the body: both relations.
        #expect(relKeys("[Lena Ortiz|person], founder and chief executive of [Brightwell Labs|organization], spoke.")
            == ["lena-ortiz founded brightwell-labs", "lena-ortiz leads brightwell-labs"])
        #expect(relKeys("[Lena Ortiz|person], CEO and co-founder of [Brightwell Labs|organization], spoke.")
            == ["lena-ortiz founded brightwell-labs", "lena-ortiz leads brightwell-labs"])
        // A founder is no head by that title alone.
        #expect(!relKeys("[Brightwell Labs|organization] founder [Lena Ortiz|person] spoke.").contains("lena-ortiz leads brightwell-labs"))
    }

    @Test func asAdjunctGivesTheOffice() {
        #expect(relKeys("The resignation of [Omar Haddad|person] as director of the [Office of Fair Trade|organization] surprised many.")
            == ["omar-haddad leads office-of-fair-trade"])
        #expect(relKeys("The board named [Omar Haddad|person] as chief executive of [Norvale Bank|organization] on Monday.")
            == ["omar-haddad leads norvale-bank"])
        // The object of "by" or "under" does not hold the office of the adjunct.
        #expect(relKeys("[Ivo Brandt|person] served under [Omar Haddad|person] as head of the [Office of Fair Trade|organization].")
            .allSatisfy { !$0.hasPrefix("omar-haddad") })
        #expect(relKeys("[Ivo Brandt|person] was picked by [Omar Haddad|person] as chair of [Norvale Bank|organization].")
            .allSatisfy { !$0.hasPrefix("omar-haddad") })
        // "as well as" is no office.
        #expect(relKeys("[Omar Haddad|person] as well as [Norvale Bank|organization] objected.").allSatisfy { !$0.contains(" leads ") && !$0.contains(" serves ") })
    }

    @Test func bodyAfterOfInsideATitleBeforeTheName() {
        #expect(relKeys("Acting Secretary of [Coastal Security|organization] [Mara Lind|person] said the program would end.")
            == ["mara-lind serves coastal-security"])
        #expect(relKeys("President of [Ruritania|country] [Mara Lind|person] met the delegation.") == ["mara-lind leads ruritania"])
        #expect(relKeys("The chairman of the [Harbour Board|organization], [Mara Lind|person], said the port would reopen.")
            == ["mara-lind leads harbour-board"])
        // A title that does not open its phrase before the comma is no apposition to the name.
        #expect(!relKeys("He rose to the post of prime minister of [Ruritania|country], [Mara Lind|person] said.").contains("mara-lind leads ruritania"))
    }

    @Test func bracketedAbbreviationBetweenBodyAndTitle() {
        #expect(relKeys("[Harrow Party|organization] (HP) chair [Ravi Menon|person] urged cadres to stay calm.") == ["ravi-menon leads harrow-party"])
        #expect(relKeys("[Sugar Board|organization] (SB) chief [Ravi Menon|person] said prices would fall.") == ["ravi-menon leads sugar-board"])
    }

    @Test func employerAfterFromOrAdviserTo() {
        #expect(relKeys("[Nadia Roy|person], a senior official from [Kestrel Energy|organization], said prices would rise.")
            == ["nadia-roy serves kestrel-energy"])
        #expect(relKeys("[Nadia Roy|person] was an adviser to the [Central Bank of Ruritania|organization].")
            == ["nadia-roy serves central-bank-of-ruritania"])
        // "envoy to X" still names the posting, not the employer.
        #expect(!relKeys("[Nadia Roy|person], the envoy to the [Harbour Council|organization], spoke.").contains("nadia-roy serves harbour-council"))
    }

    @Test func possessedBodyInsideATitleAfterTheName() {
        // A person's body after "of": the body is the employer, the person no apposition.
        #expect(relKeys("[Tom Reyes|person], the former deputy director of [Ana Vidal|person]'s [Economic Council|organization], said so.")
            == ["tom-reyes serves economic-council"])
        // Heading a part of a body ("the university's research initiative") serves the body.
        #expect(relKeys("[Jane Roe|person], director of [Eastfield University|organization]'s research initiative on climate, spoke.")
            == ["jane-roe serves eastfield-university"])
        // Heading a state's government is heading the state.
        #expect(relKeys("[Jane Roe|person], head of [Ruritania|country]'s civilian-led government, spoke.") == ["jane-roe leads ruritania"])
    }

    @Test func ambassadorToABodyServesTheSendingState() {
        // "UN Ambassador X": the body is the posting; with no state named, no edge to the body.
        #expect(!relKeys("[United Nations|organization] Ambassador [Ivan Petrov|person] said the vote was a mistake.")
            .contains("ivan-petrov serves united-nations"))
        // A body's own ambassador posted to a state serves the body.
        #expect(relKeys("[European Union|organization] Ambassador to [Ruritania|country] [Ivan Petrov|person] said so.")
            .contains("ivan-petrov serves european-union"))
    }

    @Test func thenBeforeTheStateOfATitle() {
        #expect(relKeys("In June, the then [United Kingdom|country] Home Secretary, [Sam Pryor|person], approved the request.")
            == ["sam-pryor serves united-kingdom"])
    }
}

@Suite struct RelationOfficeHeadTests {
    @Test func titleWordInsideABodysNameIsNoHead() {
        #expect(relKeys("The chairman of the [House of Representatives Trade Committee|organization], [Ana Soto|person], spoke.")
            == ["ana-soto leads house-of-representatives-trade-committee"])
    }

    @Test func oneOfSeveralHoldersServes() {
        #expect(relKeys("[Ana Soto|person], a director at the [Harbour Officers Association|organization], said voters could revolt.")
            == ["ana-soto serves harbour-officers-association"])
        #expect(relKeys("[Ana Soto|person], the director of the [Harbour Officers Association|organization], said so.")
            == ["ana-soto leads harbour-officers-association"])
        #expect(relKeys("[Ana Soto|person], a former director of the [Harbour Officers Association|organization], said so.")
            == ["ana-soto leads harbour-officers-association"])
    }

    @Test func hostStateOfAnEmbassyIsNoEmployer() {
        #expect(!relKeys("[Ruritania|country] named [Ana Soto|person] as the new chief of its [Freedonia|country] embassy.")
            .contains("ana-soto serves freedonia"))
    }
}

@Suite struct RelationOfficeTitleWordTests {
    @Test func judgesInspectorsAndAdministrators() {
        #expect(relKeys("[Ruritania|country] District Judge [Alma Reyes|person] blocked the order.") == ["alma-reyes serves ruritania"])
        #expect(relKeys("[Fair Trade Office|organization] Inspector General [Alma Reyes|person] opened a review.")
            == ["alma-reyes serves fair-trade-office"])
        #expect(relKeys("[Space Agency of Ruritania|organization] Administrator [Alma Reyes|person] said the launch would slip.")
            == ["alma-reyes leads space-agency-of-ruritania"])
        #expect(relKeys("[Alma Reyes|person], an associate professor at [Eastfield University|organization], said so.")
            == ["alma-reyes serves eastfield-university"])
    }

    @Test func honorificTitleAfterABody() {
        #expect(relKeys("[Eastfield University|organization] professor [Alma Reyes|person] said the case was weak.")
            == ["alma-reyes serves eastfield-university"])
        // The honorific alone names no body.
        #expect(relKeys("Professor [Alma Reyes|person] said the case was weak.") == [])
    }

    @Test func fieldWordsBeforeTheHeadOfAnApposition() {
        #expect(relKeys("[Dana Roe|person], a political science professor at [Eastfield University|organization], said so.")
            == ["dana-roe serves eastfield-university"])
        #expect(relKeys("[Dana Roe|person], the legislative director of the [Marsh Trust|organization], said so.")
            == ["dana-roe serves marsh-trust"])
        #expect(relKeys("[Dana Roe|person], a political scientist at [Eastfield University|organization], said so.")
            == ["dana-roe serves eastfield-university"])
        #expect(relKeys("[Dana Roe|person], the spiritual head of the [Marsh Church|organization], said so.")
            == ["dana-roe leads marsh-church"])
        #expect(relKeys("[Dana Roe|person], budget chief and acting director of the [Marsh Trust|organization], said so.")
            == ["dana-roe leads marsh-trust"])
        #expect(relKeys("[Dana Roe|person], the [Marsh Council|organization] budget director and one of its critics, said so.")
            == ["dana-roe serves marsh-council"])
        // Words that are no title's modifiers still end the apposition.
        #expect(relKeys("[Dana Roe|person], who lost to [Eastfield University|organization] staff, said so.") == [])
    }

    @Test func fieldWordsBetweenABodyAndATitleBeforeTheName() {
        #expect(relKeys("[Eastfield University|organization] political scientist [Dana Roe|person] said so.")
            == ["dana-roe serves eastfield-university"])
        #expect(relKeys("[Marsh Council|organization] legislative affairs director [Dana Roe|person] said so.")
            == ["dana-roe serves marsh-council"])
        #expect(relKeys("[Marsh Council|organization] executive director [Dana Roe|person] said so.") == ["dana-roe leads marsh-council"])
        #expect(!relKeys("[Ruritania|country] cricket chief [Dana Roe|person] said so.").contains("dana-roe serves ruritania"))
        // Without a body before them the words are no title's.
        #expect(relKeys("The angry political scientist [Dana Roe|person] said so.") == [])
    }

    @Test func aListAfterANameIsNoTitle() {
        // "criticized X, the FBI and the Department of Justice": names listed, no apposition.
        #expect(relKeys("Critics attacked [Alma Reyes|person], the [Harbour Bureau|organization] and the [Office of the Trade Representative|organization] on Monday.")
            .allSatisfy { !$0.contains(" serves ") && !$0.contains(" leads ") })
    }
}

@Suite struct FounderBodyRecognitionTests {
    @Test func aFoundersOfNamesTheBody() {
        let text = "\u{201C}It works,\u{201D} said Lena Ortiz, co-founder of Brightwell, a small startup."
        let g = Extractor(lexicon: testLexicon).extract(Article(id: "a1", title: "T", text: text, source: "x.txt"))
        let labels = Set(g.nodes.map(\.label))
        #expect(labels.contains("Brightwell"))
        #expect(g.edges.contains { $0.type == .founded })
    }
}

