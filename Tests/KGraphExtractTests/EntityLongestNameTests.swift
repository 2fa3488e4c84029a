import Testing
import KGraphModel
@testable import KGraphExtract

/// The longest name wins: names inside longer names, state names that open a party's name,
/// and one person spelled several ways. Every sentence here is invented.
@Suite struct EntityLongestNameTests {
    static let lexicon = testLexicon.adding(entities: [
        LexiconEntity(label: "United Kingdom", type: .country, aliases: ["Britain", "UK"], demonyms: ["British"], metonyms: ["London"]),
        LexiconEntity(label: "France", type: .country, demonyms: ["French"]),
        LexiconEntity(label: "Ruritania", type: .country, demonyms: ["Ruritanian"]),
        LexiconEntity(label: "House of Delegates", type: .organization),
        LexiconEntity(label: "Bank of Ruritania", type: .organization),
        LexiconEntity(label: "Ruritanian Navy", type: .organization),
        LexiconEntity(label: "NATO", type: .alliance, aliases: ["the Alliance"], ambiguousForms: ["the Alliance"]),
        LexiconEntity(label: "Velkan Empire", type: .country, aliases: ["the Dorn"]),
        LexiconEntity(label: "Ostrel IV", type: .person, aliases: ["the Vizor"]),
        LexiconEntity(label: "Harvest Party", type: .organization),
        LexiconEntity(label: "Vexa", type: .organization),
        LexiconEntity(label: "Tor Malvek", type: .person, aliases: ["President Tor"]),
    ])

    func ids(_ text: String) -> [String] { analyze(text, lexicon: Self.lexicon).typedIDs }

    @Test func anAmbiguousAliasOpeningALongerNameIsThatName() {
        let found = ids("Kara Voss, a spokeswoman for the Alliance of Furniture Makers, declined to comment.")
        #expect(!found.contains("nato:alliance"))
        #expect(found.contains { $0.hasPrefix("alliance-of-furniture-makers:") })
        // Alone, the alias still names the alliance.
        #expect(ids("Officials in Brussels said the Alliance would meet in June.").contains("nato:alliance"))
    }

    @Test func aTitledAliasFollowedByTheRestOfTheNameIsOneMention() {
        // "President Tor" is an alias; "President Tor Malvek" is the titled full name, one mention.
        let found = analyze("Ruritanian President Tor Malvek arrived on Monday.", lexicon: Self.lexicon).mentionList
        #expect(found == ["Ruritanian=ruritania/demonym", "Tor Malvek=tor-malvek/name"])
        #expect(analyze("President Tor arrived on Monday.", lexicon: Self.lexicon).mentionList == ["President Tor=tor-malvek/name"])
    }

    @Test func aPartyAdjectiveEndsNoName() {
        // "Assembly Republican leader X": the adjective modifies the noun after it.
        let found = ids("“It is a bad bill,” said Assembly Republican leader Dana Holt.")
        #expect(!found.contains { $0.hasPrefix("assembly-republican") })
        #expect(found.contains("dana-holt:person"))
        #expect(!ids("Dana Holt, chairman of the Assembly Democratic caucus, spoke.").contains { $0.hasPrefix("assembly-democratic") })
    }

    @Test func aCapitalNamingWhereAPactWasMadeIsNoActor() {
        #expect(!ids("Critics urged a return to the London fisheries accord of 1990.").contains("united-kingdom:country"))
        #expect(!ids("Talks stalled over the London summit declaration.").contains("united-kingdom:country"))
        // The capital acting is the state.
        #expect(ids("Officials said London rejected the accord.").contains("united-kingdom:country"))
    }

    @Test func aCompanysUnitNamedBeforeATitleIsABody() {
        // "Vexa Orbit CEO X" heads the unit Vexa Orbit, not Vexa; a modifying title does not count.
        let found = ids("Vexa Orbit CEO Dana Holt spoke on Monday.")
        #expect(found.contains("vexa-orbit:organization"))
        #expect(!found.contains("vexa:organization"))
        #expect(!ids("Vexa Hires Former CEO Dana Holt").contains("vexa-hires:organization"))
    }

    @Test func aPartyNameOpeningALongerNameIsAnotherParty() {
        // A regional chapter or a namesake abroad is not the national party.
        #expect(!ids("Dana Holt, chairman of the Harvest Party of Tamarind, spoke on Monday.").contains("harvest-party:organization"))
        #expect(ids("Dana Holt said the Harvest Party would win the vote on Monday.").contains("harvest-party:organization"))
    }

    @Test func aOneWordAliasWrittenWithTheStandsApartFromOtherNames() {
        // "Dorn Vizor" is a person whose given name and surname are two such aliases.
        #expect(!ids("Officials said, spokesman Dorn Vizor told reporters.").contains { $0.hasPrefix("velkan-empire") || $0.hasPrefix("ostrel-iv") })
        #expect(ids("Under the Dorn, the Vizor ruled the coast.") == ["ostrel-iv:person", "velkan-empire:country"])
        #expect(ids("Officials said Dorn troops and Vizor guards left.") == ["ostrel-iv:person", "velkan-empire:country"])
    }

    // MARK: Transliteration variants

    @Test func spellingVariantsOfOneNameAreOnePerson() {
        let a = analyze("Ambassador Dmitri Voronov met the senators on Monday. Dmitry Voronov denied any deal. Voronov said the talks were routine.",
                        lexicon: Self.lexicon)
        let people = a.nodes.values.filter { $0.type == .person }
        #expect(people.count == 1)
        #expect(people.first?.mentions.count == 3)
        // Named first, so its spelling is the label; the other spelling is an alias.
        #expect(people.first?.label == "Dmitri Voronov")
        #expect(people.first?.aliases.contains("Dmitry Voronov") == true)
    }

    @Test func transliterationKeyFoldsTheUsualSpellings() {
        for (a, b) in [("aleksey", "alexei"), ("yuriy", "yuri"), ("mikhail", "mihail"), ("zelenskyy", "zelensky"),
                       ("sergei", "sergey"), ("qasim", "kasim"), ("mohammed", "mohamed")] {
            #expect(Transliteration.key(a) == Transliteration.key(b), "\(a) \(b)")
        }
        #expect(Transliteration.key("anna") != Transliteration.key("anya"))
        #expect(Transliteration.key("olga") != Transliteration.key("irina"))
    }

    @Test func transliterationFirstByteIsTheKeysFirstByte() {
        // The surname pass skips words by this byte: it must be the key's own, for every step.
        for w in ["khan", "ksenia", "ckx", "phan", "qasim", "yuri", "k", "q", "y", "p", "kh", "al", "zelenskyy", "k\u{0301}h", "kösem"] {
            #expect(Transliteration.firstByte(w, hyphenated: false) == Transliteration.key(w).utf8.first, "\(w)")
        }
        // Hyphenated tokens are keyed as their parts joined by "-".
        for (first, rest) in [("k", "houry"), ("p", "han"), ("al", "bashir"), ("y", "ong")] {
            #expect(Transliteration.firstByte(first, hyphenated: true) == Transliteration.key(first + "-" + rest).utf8.first, "\(first)")
        }
        #expect(Transliteration.firstByte("émile", hyphenated: false) == nil)
        #expect(Transliteration.firstByte("", hyphenated: false) == nil)
    }

    @Test func differentGivenNamesOfOneFamilyStayApart() {
        let a = analyze("Ambassador Olga Voronova met Minister Irina Voronova in Riga on Monday.", lexicon: Self.lexicon)
        #expect(a.nodes.values.filter { $0.type == .person }.count == 2)
    }

    @Test func stateBeforeAGivenNameIsNotPartOfThePersonsName() {
        // (A capital is no state by itself before a capitalized word: "London Gazette".)
        let a = analyze("The new ambassador to London Maria Lindqvist arrived on Monday.", lexicon: Self.lexicon)
        #expect(a.typedIDs == ["maria-lindqvist:person", "united-kingdom:country"])
    }

    // MARK: A state's name opening a longer name

    @Test func stateNameAndANonNounMakeAPartyName() {
        let a = analyze("Members of Britain First rallied outside the court on Sunday. Britain First leader Tom Varley was fined.",
                        lexicon: Self.lexicon)
        #expect(a.nodes["britain-first"]?.type == .organization)
        #expect(a.nodes["united-kingdom"] == nil)
    }

    @Test func possessivesListsAndTitlesStillNameTheState() {
        #expect(ids("Britain's navy joined the drill, and Britain, France and Japan held talks.")
                == ["france:country", "japan:country", "united-kingdom:country"])
        // A noun after the state's name is modified by it; a title after it has it as owner.
        #expect(ids("Ruritania Government bonds fell.").contains("ruritania:country"))
        #expect(ids("Ruritania First Minister Ola Brandt spoke to reporters.").contains("ruritania:country"))
        #expect(!ids("Ruritania First Minister Ola Brandt spoke to reporters.").contains("ruritania-first:organization"))
    }

    // MARK: Names inside longer names

    @Test func stateInsideAFoundationsNameIsNotInTheArticle() {
        let a = analyze("Scholars at the Japan Foundation wrote the report on trade.", lexicon: Self.lexicon)
        #expect(a.typedIDs == ["japan-foundation:organization"])
        // A state's own organ still names the state.
        let b = analyze("The Japanese Defence Ministry protested on Friday.", lexicon: Self.lexicon)
        #expect(b.nodes["japan"] != nil)
        #expect(b.nodes["japanese-defence-ministry"]?.type == .organization)
    }

    @Test func stateInsideAKnownBodysNameCountsOnlyForItsOrgans() {
        #expect(ids("The Bank of Ruritania raised rates on Monday.") == ["bank-of-ruritania:organization"])
        #expect(ids("The Ruritanian Navy sent two ships.") == ["ruritania:country", "ruritanian-navy:organization"])
    }

    @Test func knownNameWithConnectorsInsideALongerBodyIsPartOfIt() {
        let a = analyze("The House of Delegates Budget Committee voted on Tuesday.", lexicon: Self.lexicon)
        #expect(a.typedIDs == ["house-of-delegates-budget-committee:organization"])
    }

    @Test func newAndAllOpenANameInsideASentence() {
        #expect(ids("She teaches at New Harbor University in the city.") == ["new-harbor-university:organization"])
        #expect(ids("He chairs the All Coastal Fishers Federation now.") == ["all-coastal-fishers-federation:organization"])
        // Not a lone "New" before the head, nor one opening the sentence.
        #expect(ids("Prices reached New Heights on Monday.").isEmpty)
    }

    // MARK: Bare names of bodies

    static let bodies = lexicon.adding(entities: [
        LexiconEntity(label: "U.S. Congress", type: .organization, aliases: ["US Congress", "Congress"], ambiguousForms: ["Congress"]),
        LexiconEntity(label: "U.S. Senate", type: .organization, aliases: ["Senate"], ambiguousForms: ["Senate"]),
        LexiconEntity(label: "Indian National Congress", type: .organization, aliases: ["Congress party"]),
    ])

    @Test func stateBeforeABareBodyNameMakesItThatStatesBody() {
        let a = analyze("The Ruritanian Senate passed the budget on Friday.", lexicon: Self.bodies)
        #expect(a.typedIDs == ["ruritania:country", "ruritanian-senate:organization"])
        // An acronym defined after it follows it.
        let b = analyze("Leaders of the Ruritanian Congress (RC) met on Monday. The RC said it would vote against the plan.",
                        lexicon: Self.bodies)
        #expect(b.mentionList.filter { $0.contains("congress") || $0.hasPrefix("RC=") }
                == ["Ruritanian Congress=ruritanian-congress/name", "RC=ruritanian-congress/name", "RC=ruritanian-congress/name"])
        // The body's own state keeps the lexicon's body.
        #expect(analyze("The American Senate voted.", lexicon: Self.bodies).nodes["u-s-senate"] != nil)
    }

    @Test func bareNameFollowsTheStateWhosePartiesTheArticleNamesMost() {
        // The party's own fuller name is a cue for its state.
        let a = analyze("The Congress party won two seats. Congress said it would form a coalition.", lexicon: Self.bodies)
        #expect(a.mentionList.filter { $0.hasPrefix("Congress") }.allSatisfy { $0.contains("indian-national-congress") })
        let b = analyze("The US Congress met. The Senate voted. Congress said it would act.", lexicon: Self.bodies)
        #expect(b.mentionList.filter { $0.hasPrefix("Congress=") } == ["Congress=u-s-congress/name"])
    }

    // MARK: Bodies by their head nouns

    @Test func unknownBodiesAreFoundByTheirHeadNouns() {
        let text = "The Ministry of Water Resources of Ruritania, the Valley Brigades and the Orion Group met. "
            + "The Freedom Party asked the Supreme Defence Council and the Eastern Studies Institute for help."
        let found = ids(text)
        for id in ["ministry-of-water-resources-of-ruritania", "valley-brigades", "orion-group", "freedom-party",
                   "supreme-defence-council", "eastern-studies-institute"] {
            #expect(found.contains("\(id):organization"), "\(id)")
        }
        let more = ids("Officers of the Harbor County Police and the Coastal Defence Force met staff of the Lakeside Trust, "
                       + "the Engineer Corps and the Ridge Observatory.")
        for id in ["harbor-county-police", "coastal-defence-force", "lakeside-trust", "engineer-corps", "ridge-observatory"] {
            #expect(more.contains("\(id):organization"), "\(id)")
        }
        // A number word after the head names a vehicle, not the body.
        #expect(ids("The minister spoke to reporters aboard Coastal Force One on Monday.").isEmpty)
    }
}
