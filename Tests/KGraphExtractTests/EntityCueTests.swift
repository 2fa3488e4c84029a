import Testing
import KGraphModel
@testable import KGraphExtract

/// Words around a name that say what it names: an ambiguous alias ending another entity's longer
/// name, a laboratory's head word, a profession before a person, a body word modifying a
/// person's office. Every sentence here is invented.
@Suite struct EntityCueTests {
    static let lexicon = testLexicon.adding(entities: [
        LexiconEntity(label: "Freedonia", type: .country, aliases: ["Republic of Freedonia"], demonyms: ["Freedonian"]),
        LexiconEntity(label: "Pacific", type: .region),
        LexiconEntity(label: "NATO Alliance", type: .alliance, aliases: ["the Alliance"], ambiguousForms: ["the Alliance"]),
        LexiconEntity(label: "Vexa", type: .organization),
        LexiconEntity(label: "Quillon Platforms", type: .organization, aliases: ["Quillon"], ambiguousForms: ["Quillon"]),
    ])

    func ids(_ text: String) -> [String] { analyze(text, lexicon: Self.lexicon).typedIDs }

    @Test func anAmbiguousAliasAfterAPlaceInsideACapitalizedRunEndsALongerName() {
        let found = ids("Dana Holt, an adviser to the political group Great Freedonia Alliance, said the vote was close.")
        #expect(!found.contains("nato-alliance:alliance"))
        // The group's name is an organization (a group, not an alliance of states).
        #expect(found.contains("great-freedonia-alliance:organization"))
        #expect(!ids("Trade ministers of the Pacific Alliance met in Lima on Monday.").contains("nato-alliance:alliance"))
        // Alone, or after a body that owns it, the alias still names the alliance.
        #expect(ids("Officials said the Alliance would meet in June.").contains("nato-alliance:alliance"))
    }

    @Test func aFirmsAmbiguousNameBeforeATitleAndANameIsTheFirm() {
        let found = ids("Lawmakers questioned Quillon General Counsel Dana Holt on Monday.")
        #expect(found.contains("quillon-platforms:organization"))
        #expect(found.contains("dana-holt:person"))
        // Inside a longer capitalized name it is still no mention of the firm.
        #expect(!ids("Lawmakers met Upper Quillon Gov. Dana Holt on Monday.").contains("quillon-platforms:organization"))
        #expect(!ids("The Quillon Awards were held on Monday.").contains("quillon-platforms:organization"))
        // A state's office after a possessive is no firm's ("Freedonia's Quillon Minister X").
        #expect(!ids("Freedonia's Quillon Minister Dana Holt resigned on Monday.").contains("quillon-platforms:organization"))
    }

    @Test func aSurnameAfterAGivenNameMayEndLikeAnAdjective() {
        #expect(ids("Officials spoke with Sean Velority on Monday.").contains("sean-velority:person"))
        #expect(ids("Officials spoke with Ruth Kendering on Monday.").contains("ruth-kendering:person"))
        // Not a word joined by a hyphen, nor a plural.
        #expect(!ids("She starred in a Tony Award-winning play on Monday.").contains { $0.hasSuffix(":person") })
        #expect(!ids("Officials spoke with Ruth Galleries on Monday.").contains("ruth-galleries:person"))
    }

    @Test func aPluralProfessionBeforeAListOfNamesIntroducesEach() {
        let found = ids("Two designers Zorya Kelmet and Ovra Lindt cancelled their shows on Monday.")
        #expect(found.contains("zorya-kelmet:person") && found.contains("ovra-lindt:person"))
        // Without the profession, names of no common given name stay unknown.
        #expect(!ids("Two shows by Zorya Kelmet and Ovra Lindt closed on Monday.").contains("zorya-kelmet:person"))
    }

    @Test func anUnknownPlaceBeforeAPartyLabelQualifiesIt() {
        #expect(ids("On Monday, Velmont Democrat Ruth Kendell said so.").contains("ruth-kendell:person"))
        #expect(ids("Orvale Republican Tom Besting said so.").contains("tom-besting:person"))
        // A longer name that opens with such words is no person.
        #expect(!ids("The Velmont Democratic Party said so.").contains { $0.hasSuffix(":person") })
    }

    @Test func aLaboratoryIsABody() {
        let found = ids("Dana Holt of the Orvane Propulsion Laboratory said it was cold.")
        #expect(found.contains("orvane-propulsion-laboratory:organization"))
        #expect(!found.contains("orvane-propulsion-laboratory:person"))
    }

    @Test func aProfessionBeforeANameMarksAPerson() {
        let found = ids("The moon may hold water, said planetary geologist Rosaly Vendrix of the Orvane Propulsion Laboratory.")
        #expect(found.contains("rosaly-vendrix:person"))
        #expect(ids("The findings were reviewed by marine biologist Tamsin Oruela last year.").contains("tamsin-oruela:person"))
        // Ordinary words after the noun are no name.
        #expect(!ids("The talks were led by a negotiator Monday Morning did not name.").contains { $0.hasSuffix(":person") })
        // A company noun before the name says the name is a company's.
        #expect(!ids("Shares of carmaker Zolt Vantra fell on Monday.").contains("zolt-vantra:person"))
    }

    @Test func aBodyWordModifyingAnOfficeInAppositionLeavesAPerson() {
        let found = ids("Voters are tired, said Joshua Varnet, the group's communications director.")
        #expect(found.contains("joshua-varnet:person"))
        #expect(!found.contains("joshua-varnet:organization"))
        #expect(!ids("Ann Roe, a party official, declined to comment.").contains("ann-roe:organization"))
        // The body word heading the appositive still marks a body.
        #expect(ids("Lorvane Tide, a rebel group, seized the port.").contains("lorvane-tide:organization"))
    }

    @Test func widelyNamedAgenciesAreInTheBundledLexicon() {
        let found = analyze("NASA said the launch was delayed, and the EPA and the CBO said nothing.", lexicon: .bundled).typedIDs
        #expect(found.contains("nasa:organization"))
        #expect(found.contains("environmental-protection-agency:organization"))
        #expect(found.contains("congressional-budget-office:organization"))
    }
}

/// Where a headed name starts and ends: a head word and "of" before it, "for a" after it, a
/// thing named after the body. Every sentence here is invented.
@Suite struct EntityHeadedNameBoundsTests {
    func ids(_ text: String) -> [String] { analyze(text, lexicon: EntityCueTests.lexicon).typedIDs }

    @Test func aHeadAndOfBeforeTheModifiersOpenTheName() {
        let found = ids("The bill was approved by the District of Lorvane Council on Monday.")
        #expect(found.contains("district-of-lorvane-council:organization"))
        #expect(!found.contains("lorvane-council:organization"))
    }

    @Test func forAJoinsTheRestOfTheName() {
        #expect(ids("Donors funded the European Centre for a Modern Freedonia, a group in Brussels.")
            .contains("european-centre-for-a-modern-freedonia:organization"))
    }

    @Test func aThingNamedAfterABodyIsNotTheBody() {
        let found = ids("Ministers altered the Federal Civil Service Bill last week.")
        #expect(!found.contains("federal-civil-service:organization"))
        #expect(ids("He joined the Federal Civil Service in 2001.").contains("federal-civil-service:organization"))
    }
}

/// A lexicon body's name inside a longer name of another place's body. Invented sentences.
@Suite struct EntityInnerBodyNameTests {
    static let lexicon = testLexicon.adding(entities: [
        LexiconEntity(label: "Department of Health", type: .organization, aliases: ["U.S. Department of Health"]),
        LexiconEntity(label: "Lorvane", type: .region),
    ])

    func ids(_ text: String) -> [String] { analyze(text, lexicon: Self.lexicon).typedIDs }

    @Test func aBodyOfAnotherPlaceIsALongerName() {
        let found = ids("Dr. Ann Roe of the Lorvane Department of Health said the risk remains.")
        #expect(!found.contains("department-of-health:organization"))
        #expect(found.contains("lorvane-department-of-health:organization"))
        #expect(!ids("Officials of the Tarnish Department of Health said so.").contains("department-of-health:organization"))
        // Alone, or after its own state, it is the lexicon's body.
        #expect(ids("Officials of the Department of Health said so.").contains("department-of-health:organization"))
        #expect(ids("Officials of the U.S. Department of Health said so.").contains("department-of-health:organization"))
    }
}

/// Words before a capitalized pair that end like agent nouns but name no profession. Invented.
@Suite struct EntityNonProfessionTests {
    func ids(_ text: String) -> [String] { analyze(text, lexicon: EntityCueTests.lexicon).typedIDs }

    @Test func comparativesIdeologiesAndCompanyNounsAreNoProfession() {
        #expect(!ids("The move would anger the broader Velkan World, officials said.").contains { $0.hasSuffix(":person") })
        #expect(!ids("Troops fought the communist Varo Kong for years.").contains { $0.hasSuffix(":person") })
        #expect(!ids("A court delayed the sale of refiner Tarlo Petroleum last week.").contains("tarlo-petroleum:person"))
        // A profession still marks a person.
        #expect(ids("The show starred comedian Elouise Varnek last year.").contains("elouise-varnek:person"))
    }
}

/// Sentence-opening words that are no given names. Invented sentences.
@Suite struct EntityOpeningWordTests {
    func ids(_ text: String) -> [String] { analyze(text, lexicon: EntityCueTests.lexicon).typedIDs }

    @Test func anOpeningAdverbIsNoGivenName() {
        let found = ids("Reportedly Dana Velkoz said the talks failed.")
        #expect(found.contains("dana-velkoz:person"))
        #expect(!found.contains { $0.hasPrefix("reportedly") })
        // A body's word before a title stays outside the name, as before.
        #expect(ids("The assembly met. Assembly Speaker Dana Velkoz said it would vote.").contains("dana-velkoz:person"))
    }
}

/// A state body's bare name in an article that never names that state. Invented sentences.
@Suite struct EntityHomelessBodyTests {
    static let lexicon = testLexicon.adding(entities: [
        LexiconEntity(label: "State Department", type: .organization, aliases: ["U.S. State Department", "State"],
                      ambiguousForms: ["State"]),
        LexiconEntity(label: "Harlow Oil", type: .organization, aliases: ["American Harlow Oil", "Harlow"], ambiguousForms: ["Harlow"]),
    ])

    func ids(_ text: String) -> [String] { analyze(text, lexicon: Self.lexicon).typedIDs }

    @Test func aBareBodyNameNeedsItsState() {
        // An article that names no United States: "the State" is some other state.
        #expect(!ids("The union receives financial support from the State, its chairman said.").contains("state-department:organization"))
        // Where the state is named, the bare name is its body.
        #expect(ids("The union receives support from the State. American diplomats said so.").contains("state-department:organization"))
        // A company based in a state is no body of it.
        #expect(ids("Officials at Harlow said output rose.").contains("harlow-oil:organization"))
    }
}
