import KGraphIngest

/// Word lists (lowercase keys) for recognizing entities the lexicon does not know.
enum NameWords {
    /// Titles and office words before a person's name: "Foreign Minister", "Dr.", "Sen.".
    static let titles = WordLists.set("titles")
    /// Party adjectives that may stand inside a title ("Senate Democratic Leader").
    static let partyAdjectives = WordLists.set("partyAdjectives")
    /// Party words that label a politician before the name ("Democrat", "Republican", "Tory").
    static let partyLabels = WordLists.set("partyLabels")
    /// A chamber's own offices, ending a title after its bare name ("Senate Majority Leader").
    static let chamberOffices = WordLists.set("chamberOffices")
    /// A firm's or group's own offices, ending a title after its name ("General Counsel",
    /// "Chief Executive"): a body's offices ("director of X") and a firm's.
    static let firmOffices = WordLists.set("bodyOffices").union(WordLists.set("firmOffices"))
    /// Plural titles that introduce a list of names ("Senators", "Foreign Ministers"), titles of
    /// their own too.
    static let pluralTitles = WordLists.set("pluralTitles")
    /// Nouns of a pact or meeting a city's name may modify ("the Paris accord", "the Minsk
    /// agreements"): the city is where it was made, not an actor.
    static let placeAgreementNouns = WordLists.set("placeAgreementNouns")

    /// Titles that name an office holder by themselves ("Senator", "CEO"), as against the
    /// modifiers that also stand in `titles` ("State", "Trade", "National"). After other
    /// capitalized words they still end the title: "Marine General Ann Roe", "Acme CEO Ann Roe".
    static let officeNouns = WordLists.set("officeNouns")
    /// Nouns of a post or role described after a name ("…, a member of", "…, a senior fellow at").
    static let appositionHeads = WordLists.set("appositionHeads")

    /// Offices of companies and other bodies, whose holder's employer may stand before them.
    static let corporateOffices = WordLists.set("corporateOffices")

    /// Relational nouns that introduce a named person after a possessive: "his associate
    /// Ann Roe", "her lawyer Ann Roe". They are no office, so they give no serves edge.
    static let relativeNouns = WordLists.set("relativeNouns")

    /// Words that are never part of a personal name: Ingest's menu and button words ("Read",
    /// "Share") and nouns that end policy or event names ("Individual Mandate", "Clinton Campaign").
    static let neverNames = Boilerplate.menuWords.union(WordLists.set("neverNames"))

    /// Capitalized words that are no nouns and so, after a state's name, make a name with it
    /// (a party, slogan or newspaper) instead of being modified by it: ordinals and adverbs of
    /// time or manner.
    static let nonNounNameWords = WordLists.set("nonNounNameWords")

    /// Number words, which after a body's name make the name of something else ("Air Force One").
    static let numberWords = WordLists.set("numberWords")

    /// Ship prefixes: "MV Sea Lark", "USS Lake Tern", "HMS Grey Heron".
    static let vesselPrefixes = WordLists.set("vesselPrefixes")

    /// Words that tie a person to a statement: "X said", "said X", "according to X".
    static let speech = WordLists.set("speech")

    /// Heads of organization names: "Ministry of External Affairs", "Kohelet Policy Forum".
    /// (Each names bodies in several unrelated articles: "State Police", "Task Force", "Army
    /// Corps", "Land Trust", "Internet Observatory".)
    static let organizationHeads = WordLists.set("organizationHeads")

    /// Heads of the names of a state's own organs and institutions ("Freedonian Foreign Ministry",
    /// "Freedonia Supreme Court"): the state named inside such a name is in the article too. Not
    /// foundations, institutes, universities, companies or parties named after a country
    /// ("Freedonia Foundation"), which are no part of the state.
    static let stateOrganHeads = WordLists.set("stateOrganHeads")

    /// Generic nouns for a body: alone ("the Club", "Party") they never name an organization.
    static let genericBodies = WordLists.set("genericBodies").union(organizationHeads).union(allianceHeads)

    /// Words that make a name an organization's wherever they stand: "Amnesty International".
    static let organizationWords = WordLists.set("organizationWords").union(organizationHeads)

    /// Heads of alliance and framework names: "Warsaw Pact", "Trans-Pacific Partnership".
    static let allianceHeads = WordLists.set("allianceHeads")

    /// Heads of geographic names: "Taiwan Strait", "Korean Peninsula", "Gulf of Aden".
    static let regionHeads = WordLists.set("regionHeads")

    /// Heads of other names that are not people (places, buildings, media, events): they
    /// only stop a capitalized pair from being read as a person.
    static let otherHeads = WordLists.set("otherHeads")

    /// First words of place names ("San Francisco", "New York"): not person names.
    static let placePrefixes = WordLists.set("placePrefixes")

    /// Title words that only modify an office ("former", "first", "acting"), no office themselves.
    static let titleModifierWords = WordLists.set("titleModifierWords")

    /// Lowercase words allowed inside a name between capitalized words.
    static let connectors = WordLists.set("connectors")

    /// Words that end a leftward name extension: determiners, prepositions, sentence adverbs.
    static let leftStops = WordLists.set("leftStops")
}
