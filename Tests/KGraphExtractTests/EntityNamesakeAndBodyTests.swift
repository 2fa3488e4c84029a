import Testing
import KGraphIngest
import KGraphModel
@testable import KGraphExtract

/// Names the recognizer dropped or mistyped on real bulk text (ents17): a known person's surname
/// after another given name, bodies headed "Alliance"/"Coalition" that no state belongs to, a
/// demonym inside a body's "for/of" complement, a Roman numeral read as a surname in capitals, and
/// a state's name standing for its team in a match report, titles before a known person read as a
/// name, a name cut at a tight dash ("U.S.-Peru Free Trade Agreement"), and a place before a
/// lowercase office read as a person ("the former Florida governor"), and a chamber cut from its
/// committee at a sentence start.
@Suite struct EntityNamesakeAndBodyTests {
    /// A test lexicon with a person known by a surname that is also a word ("Gale").
    static let lexicon = testLexicon.adding(entities: [
        LexiconEntity(label: "Robert Gale", type: .person, aliases: ["Robert M. Gale", "Gale"], ambiguousForms: ["Gale"]),
        LexiconEntity(label: "Ruritania", type: .country, demonyms: ["Ruritanian"]),
        LexiconEntity(label: "Freedonia", type: .country, demonyms: ["Freedonian"]),
        LexiconEntity(label: "Sahel", type: .region),
        LexiconEntity(label: "Jin Ho", type: .person, aliases: ["Ho"]),
        LexiconEntity(label: "Paul Vance", type: .person, aliases: ["Vance"]),
    ])

    @Test func aKnownSurnameAfterAnotherGivenNameIsANamesake() {
        let a = analyze("Kellerman and Rick Gale worked for Ruritania for years.", lexicon: Self.lexicon)
        #expect(a.nodes["rick-gale"]?.type == .person)
        #expect(a.nodes["robert-gale"] == nil)
        // The known person's own given name still names the known person.
        let b = analyze("Kellerman and Robert Gale worked for Ruritania for years.", lexicon: Self.lexicon)
        #expect(b.nodes["robert-gale"]?.type == .person)
        #expect(b.nodes["rick-gale"] == nil)
        // An ordinary capitalized word before the surname is no given name.
        let c = analyze("Kellerman and Storm Gale worked for Ruritania for years.", lexicon: Self.lexicon)
        #expect(c.nodes["storm-gale"] == nil)
    }

    @Test func aTitledSurnameIsTheArticlesOwnNamesake() {
        // The article names its own Rick Gale in full and the known Robert Gale never: "Mr. Gale" is Rick.
        let text = """
            The embargo on Ruritania ended in January.

            Rick Gale, one of the leading experts on the region, doubts the plan.

            "Nothing has changed," said Mr. Gale, a fellow at a university.

            Mr. Gale said he thought the talks would fail.
            """
        let a = analyze(text, lexicon: Self.lexicon)
        #expect(a.nodes["robert-gale"] == nil)
        #expect(a.mentions.joined().filter { $0.nodeID == "rick-gale" }.count == 3)
        // With no namesake in the article, the title names the known person.
        let b = analyze(text.replacingOccurrences(of: "Rick Gale", with: "Rick Vance"), lexicon: Self.lexicon)
        #expect(b.nodes["robert-gale"]?.type == .person)
    }

    @Test func anAllianceOfNoStatesIsAnOrganization() {
        let a = analyze("Ann Roe, a spokeswoman for the Harbor Workers Alliance, criticized Ruritania.", lexicon: Self.lexicon)
        #expect(a.nodes["harbor-workers-alliance"]?.type == .organization)
        let b = analyze("Lena Vik, who heads the Coalition for Clean Rivers, criticized Ruritania.", lexicon: Self.lexicon)
        #expect(b.nodes["coalition-for-clean-rivers"]?.type == .organization)
        // A cause after "for" does not make it one of states ("Global Justice").
        let c = analyze("Lena Vik, who heads the Alliance for Global Fairness, criticized Ruritania.", lexicon: Self.lexicon)
        #expect(c.nodes["alliance-for-global-fairness"]?.type == .organization)
        // One that names states, a region or its reach stays an alliance.
        #expect(analyze("The Alliance of Sahel States criticized Freedonia.", lexicon: Self.lexicon)
            .nodes["alliance-of-sahel-states"]?.type == .alliance)
        #expect(analyze("The Global Coalition struck positions held by militants in Ruritania.", lexicon: Self.lexicon)
            .nodes["global-coalition"]?.type == .alliance)
        #expect(analyze("The Ruritania-Freedonia Alliance held drills near the border.", lexicon: Self.lexicon)
            .nodes.values.contains { $0.label.hasSuffix("Alliance") && $0.type == .alliance })
        // Other alliance heads are left as they were.
        #expect(analyze("The Harbor Workers Pact was signed in the capital.", lexicon: Self.lexicon)
            .nodes["harbor-workers-pact"]?.type == .alliance)
    }

    @Test func aDemonymInsideABodysComplementBelongsToTheName() {
        let a = analyze("Ann Roe, president of the Alliance for Ruritanian Shipbuilding, criticized Freedonia.", lexicon: Self.lexicon)
        #expect(a.nodes["alliance-for-ruritanian-shipbuilding"]?.type == .organization)
        #expect(a.nodes["ruritania"] == nil)
        let b = analyze("Ann Roe of the Center for Ruritanian Studies criticized Freedonia.", lexicon: Self.lexicon)
        #expect(b.nodes["center-for-ruritanian-studies"]?.type == .organization)
        // A demonym ending the complement is not taken into it.
        let c = analyze("The Center for Ruritanian welcomed the move.", lexicon: Self.lexicon)
        #expect(c.nodes["center-for-ruritanian"] == nil)
    }

    @Test func pluralCentersHeadABodysName() {
        let a = analyze("The Centers for Crop Safety warned Ruritania about the harvest.", lexicon: Self.lexicon)
        #expect(a.nodes["centers-for-crop-safety"]?.type == .organization)
    }

    @Test func aStateInAMatchReportIsItsTeamNoActor() {
        let a = analyze("Abel Mora and Jan Smit took 3 wickets apiece to restrict Ruritania to 151/8 in 20 overs.", lexicon: Self.lexicon)
        #expect(a.nodes["ruritania"] == nil)
        let b = analyze("Abel Mora led Ruritania to the semifinals of the tournament in 2010.", lexicon: Self.lexicon)
        #expect(b.nodes["ruritania"] == nil)
        // One word of a match report alone is not enough ("a tournament" of talks).
        let c = analyze("Abel Mora led Ruritania into a tournament of talks with Freedonia.", lexicon: Self.lexicon)
        #expect(c.nodes["ruritania"]?.type == .country)
    }

    @Test func titlesBeforeAKnownPersonAreNoNameOfTheirOwn() {
        let a = analyze("Republican House Speaker Paul Vance asked about growth.", lexicon: Self.lexicon)
        #expect(a.nodes["house-speaker"] == nil)
        #expect(a.nodes["paul-vance"]?.type == .person)
        let b = analyze("Kellerman met Ruritanian Trade Commissioner Paul Vance in the capital.", lexicon: Self.lexicon)
        #expect(!b.nodes.values.contains { $0.type == .person && $0.label.hasSuffix("Commissioner") })
    }

    @Test func aTightDashJoinsTwoNamesOfOneBody() {
        let a = analyze("Ann Roe, director of the Halden\u{2013}Tsing Center for Maritime Policy, said so.", lexicon: Self.lexicon)
        #expect(a.nodes.values.contains { $0.label == "Halden\u{2013}Tsing Center for Maritime Policy" && $0.type == .organization })
        let b = analyze("Ruritania ratified the Freedonia-Ruritania Free Trade Agreement in 2006.", lexicon: Self.lexicon)
        #expect(b.nodes["freedonia-ruritania-free-trade-agreement"]?.type == .alliance)
        // Not across a spaced dash, which sets off an aside.
        let c = analyze("Ann Roe spoke to Halden \u{2013} Tsing Center for Maritime Policy staff.", lexicon: Self.lexicon)
        #expect(!c.nodes.values.contains { $0.label.hasPrefix("Halden") && $0.type == .organization })
    }

    @Test func aNameBeforeALowercaseOfficeIsWhoseOfficeItIs() {
        let a = analyze("If the former North Dunmore governor is to beat Kellerman, she must widen her coalition.", lexicon: Self.lexicon)
        #expect(!a.nodes.values.contains { $0.type == .person && $0.label.contains("Dunmore") })
        // A given name opening the run is still a person's ("Ann Roe spokesman" aside, rare).
        let b = analyze("Officials said former Ruritanian minister Ann Roe resigned.", lexicon: Self.lexicon)
        #expect(b.nodes["ann-roe"]?.type == .person)
    }

    @Test func aChamberOpeningTheSentenceBelongsToItsCommittee() {
        let a = analyze("Senate Harbor Committee chairman Ann Roe criticized Ruritania.", lexicon: Self.lexicon)
        #expect(a.nodes["senate-harbor-committee"]?.type == .organization)
        #expect(a.nodes["harbor-committee"] == nil)
    }

    @Test func aRomanNumeralInCapitalsIsNoSurname() {
        let a = analyze("Kaif left Abel Mora out of his playing HO against Ruritania.", lexicon: Self.lexicon)
        #expect(a.nodes["jin-ho"] != nil)
        let b = analyze("Kaif named his playing XI against Ruritania.", lexicon: testLexicon.adding(entities: [
            LexiconEntity(label: "Xi Wen", type: .person, aliases: ["Xi"]),
        ]))
        #expect(b.nodes["xi-wen"] == nil)
        #expect(Gazetteer.isRomanNumeral("XI") && Gazetteer.isRomanNumeral("XIV") && Gazetteer.isRomanNumeral("MMXX"))
        #expect(!Gazetteer.isRomanNumeral("XIIII") && !Gazetteer.isRomanNumeral("CIVIL") && !Gazetteer.isRomanNumeral("I")
            && !Gazetteer.isRomanNumeral("Xi"))
    }
}
