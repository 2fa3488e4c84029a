/// Word lists (lowercase keys) for recognizing entities the lexicon does not know.
enum NameWords {
    /// Titles and office words before a person's name: "Foreign Minister", "Dr.", "Sen.".
    static let titles = WordSet([
        "president", "vice", "prime", "minister", "ministers", "pm", "secretary", "chancellor", "premier", "king",
        "queen", "prince", "princess", "emperor", "empress", "pope", "dr", "mr", "mrs", "ms", "mx", "gen", "general",
        "adm", "admiral", "sen", "senator", "rep", "representative", "congressman", "congresswoman", "gov",
        "governor", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman",
        "chair", "director", "commander", "lt", "lieutenant", "col", "colonel", "maj", "capt", "captain",
        "judge", "professor", "prof", "lord", "sir", "dame", "sheikh", "mayor", "leader", "chief", "ceo",
        "deputy", "speaker", "attorney", "marshal", "brig", "brigadier", "sgt", "sergeant", "foreign",
        "defence", "defense", "external", "affairs", "state", "home", "interior", "finance", "trade",
        "commerce", "treasury", "homeland", "security", "national", "assistant", "under", "senior", "press",
        "former", "acting", "crown", "supreme", "opposition", "cabinet", "elect", "first", "lady", "officer",
        "adviser", "advisor", "counselor", "counsellor", "delegate", "diplomat", "rev", "reverend",
        "archbishop", "cardinal", "ayatollah", "imam", "rabbi", "emir", "sultan", "chairperson", "founder",
        "executive", "managing", "head", "special", "u", "envoy", "economy", "energy", "health", "justice",
        "education", "labor", "labour", "agriculture", "transport", "information", "culture", "environment",
        "minority",
        "majority", "whip", "general", "secretary-general", "spokesmen",
        "analyst", "fellow", "researcher", "professor", "editor", "correspondent", "columnist", "author",
        "economist", "field", "counsel", "prosecutor", "solicitor", "inspector", "prez", "republican", "democrat", "independent", "cmdr", "cdr", "cpl", "pvt", "spc", "amb", "sgt", "supt", "insp", "det", "hon", "excellency", "commissioner", "undersecretary", "high", "strategist", "scholar", "expert", "lawmaker", "legislator", "mp", "mep",
        "senators", "sens", "reps", "representatives", "congressmen", "governors", "justices",
    ])

    /// Titles that name an office holder by themselves ("Senator", "CEO"), as against the
    /// modifiers that also stand in `titles` ("State", "Trade", "National"). After other
    /// capitalized words they still end the title: "Marine General Ann Roe", "Acme CEO Ann Roe".
    static let officeNouns = WordSet([
        "president", "minister", "secretary", "chancellor", "premier", "king", "queen", "general", "admiral",
        "senator", "sen", "rep", "representative", "congressman", "congresswoman", "governor", "gov",
        "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair",
        "director", "commander", "colonel", "captain", "judge", "professor", "mayor", "leader", "chief", "ceo",
        "speaker", "attorney", "marshal", "officer", "adviser", "advisor", "counselor", "counsellor", "diplomat",
        "analyst", "researcher", "editor", "correspondent", "economist", "prosecutor", "founder", "chairperson",
    ])

    /// Offices of companies and other bodies, whose holder's employer may stand before them.
    static let corporateOffices = WordSet([
        "ceo", "chairman", "chairwoman", "chairperson", "founder", "president", "chief", "spokesman",
        "spokeswoman", "spokesperson", "director", "economist", "analyst", "editor", "researcher",
    ])

    /// Relational nouns that introduce a named person after a possessive: "his associate
    /// Ann Roe", "her lawyer Ann Roe". They are no office, so they give no serves edge.
    static let relativeNouns = WordSet([
        "associate", "associates", "lawyer", "lawyers", "aide", "aides", "friend", "wife", "husband", "son",
        "daughter", "brother", "sister", "father", "mother", "cousin", "nephew", "niece", "colleague",
        "colleagues", "partner", "rival", "successor", "predecessor", "protege", "protégé", "ally", "confidant",
        "bodyguard", "biographer", "nominee", "challenger", "opponent", "fiancé", "fiancee", "fiancée",
    ])

    /// Words that are never part of a personal name: site furniture verbs ("Read", "Share") and
    /// nouns that end policy or event names ("Individual Mandate", "Clinton Campaign").
    static let neverNames = WordSet([
        "read", "view", "explore", "analyze", "analyse", "stay", "print", "share", "subscribe", "login", "log",
        "sign", "download", "watch", "listen", "click", "follow", "comment", "comments", "search", "menu",
        "explainers", "exclusives", "newsletter", "newsletters", "trending", "videos", "photos", "podcast",
        "podcasts", "opinion", "markets", "live", "updates", "campaign", "mandate", "arrivals", "act",
        "more", "less", "top", "latest", "popular", "sponsored", "advertisement", "premium", "epaper",
    ])

    /// Capitalized words that are no nouns and so, after a state's name, make a name with it
    /// (a party, slogan or newspaper) instead of being modified by it: ordinals and adverbs of
    /// time or manner.
    static let nonNounNameWords = WordSet([
        "first", "second", "third", "today", "tonight", "tomorrow", "now", "daily", "weekly", "forward",
        "together", "again", "alone", "ahead", "open", "unbound", "rising",
    ])

    /// Number words, which after a body's name make the name of something else ("Air Force One").
    static let numberWords = WordSet(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])

    /// Ship prefixes: "MV Sea Lark", "USS Lake Tern", "HMS Grey Heron".
    static let vesselPrefixes = WordSet(["mv", "mt", "uss", "hms", "ins", "ss", "rv", "hmas", "hmcs"])

    /// Words that tie a person to a statement: "X said", "said X", "according to X".
    static let speech = WordSet([
        "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "stated", "noted", "notes",
        "argued", "argues", "explained", "explains", "warned", "warns", "insisted", "insists", "claimed",
        "asked", "announced", "announces", "declared", "declares", "remarked", "stressed", "stresses",
        "emphasized", "emphasised", "tweeted", "posted", "urged", "urges", "replied", "responded",
        "acknowledged", "confirmed", "denied", "suggested", "suggests", "predicted", "recalled", "continued",
        "believes", "thinks", "wants", "met", "visited", "vowed", "pledged", "promised", "signed", "called",
        "criticized", "criticised", "praised", "welcomed", "rejected", "proposed", "dismissed",
    ])

    /// Heads of organization names: "Ministry of External Affairs", "Kohelet Policy Forum".
    static let organizationHeads = WordSet([
        "committee", "subcommittee", "ministry", "council", "agency", "party", "institute", "institution",
        "university", "college", "department", "commission", "bank", "forum", "foundation", "center",
        "centre", "corp", "corporation", "inc", "ltd", "llc", "plc", "co", "company", "group", "association",
        "union", "court", "army", "navy", "forces", "guard", "congress", "parliament", "assembly", "senate",
        "organization", "organisation", "office", "bureau", "authority", "secretariat", "caucus", "league",
        "federation", "society", "endowment", "fund", "board", "command", "embassy", "consulate", "cabinet",
        "politburo", "tribunal", "chamber", "movement", "front", "brigade", "brigades", "militia",
        "legislature", "holdings", "industries", "airlines", "technologies", "laboratories", "labs",
        "service", "services", "administration", "directorate", "academy", "school", "network",
        // (each names bodies in several unrelated bulk articles: "State Police", "Task Force",
        // "Army Corps", "Land Trust", "Internet Observatory")
        "police", "force", "corps", "trust", "observatory",
    ])

    /// Heads of the names of a state's own organs and institutions ("Freedonian Foreign Ministry",
    /// "Freedonia Supreme Court"): the state named inside such a name is in the article too. Not
    /// foundations, institutes, universities, companies or parties named after a country
    /// ("Freedonia Foundation"), which are no part of the state.
    static let stateOrganHeads = WordSet([
        "ministry", "department", "embassy", "consulate", "army", "navy", "forces", "guard", "military", "marines",
        "police", "government", "administration", "cabinet", "office", "parliament", "congress", "senate",
        "assembly", "legislature", "court", "tribunal", "council", "committee", "subcommittee", "commission",
        "agency", "bureau", "directorate", "authority", "service", "services", "command", "secretariat", "force",
        "house", "chamber", "duma", "diet", "mission", "delegation", "treasury", "intelligence", "coast", "congressional",
        "parliamentary",
    ])

    /// Generic nouns for a body: alone ("the Club", "Party") they never name an organization.
    static let genericBodies = WordSet([
        "club", "team", "lobby", "body", "firm", "outfit", "clique", "cell", "unit", "panel", "wing",
    ]).union(organizationHeads).union(allianceHeads)

    /// Words that make a name an organization's wherever they stand: "Amnesty International".
    static let organizationWords = WordSet([
        "international", "news", "digital", "solutions", "insider", "media", "global", "network", "partners",
        "systems", "capital", "holdings", "airlines", "energy", "technologies", "analytics", "research",
        "consulting", "intelligence", "strategies", "associates", "watch", "times", "post", "press", "daily",
        "journal", "herald", "tribune", "monitor", "wire", "today", "magazine", "review", "fund", "labs", "bank",
        "motors", "pharma",
    ]) .union(organizationHeads)

    /// Heads of alliance and framework names: "Warsaw Pact", "Trans-Pacific Partnership".
    static let allianceHeads = WordSet([
        "alliance", "pact", "bloc", "coalition", "partnership", "treaty", "agreement", "accord", "dialogue",
    ])

    /// Heads of geographic names: "Taiwan Strait", "Korean Peninsula", "Gulf of Aden".
    static let regionHeads = WordSet([
        "sea", "seas", "strait", "straits", "ocean", "oceans", "peninsula", "islands", "island", "gulf",
        "bay", "valley", "desert", "mountains", "basin", "coast", "plateau", "region", "archipelago",
        "canal", "river", "lake", "heights", "strip", "highlands", "steppe",
    ])

    /// Heads of other names that are not people (places, buildings, media, events): they
    /// only stop a capitalized pair from being read as a person.
    static let otherHeads = WordSet([
        "square", "street", "avenue", "road", "airport", "station", "hotel", "palace", "hall", "building",
        "tower", "towers", "base", "bridge", "park", "stadium", "museum", "prison", "hospital", "camp",
        "port", "harbor", "harbour", "city", "county", "province", "district", "village", "airways", "times",
        "post", "journal", "news", "daily", "review", "magazine", "television", "tv", "radio", "channel",
        "war", "act", "law", "bill", "day", "games", "cup", "olympics", "summit", "conference", "award",
        "prize", "program", "programme", "project", "initiative", "plan", "doctrine", "declaration",
        "resolution", "report", "index", "online", "media", "press", "herald", "tribune", "gazette",
        "express", "mail", "telegraph", "guardian", "observer", "monitor", "agency", "reuters", "ap",
        "state", "states", "kingdom", "republic", "empire", "dynasty", "revolution", "era", "age",
        "street", "wall", "house", "church", "mosque", "temple", "island", "islands", "mountain", "mount",
        "stock", "exchange", "index", "university", "school", "capitol", "pentagon", "basilica", "cathedral",
        "refuge", "forest", "monument", "memorial", "zone", "muslim", "muslims", "christian", "christians", "hindu", "hindus", "buddhist", "buddhists", "jews", "sunni",
        "sunnis", "shia", "shiite", "shiites", "arab", "arabs", "kurd", "kurds", "mall", "plaza", "centre", "center", "marg",
    ])

    /// First words of place names ("San Francisco", "New York"): not person names.
    static let placePrefixes = WordSet([
        "san", "santa", "new", "los", "las", "st", "saint", "fort", "port", "mount", "lake", "cape", "north",
        "south", "east", "west", "northern", "southern", "eastern", "western", "upper", "lower", "central",
        "greater", "el", "al", "le", "la", "great", "middle", "far", "near", "united", "royal", "southeast", "southwest", "northeast", "northwest",
    ])

    /// Lowercase words allowed inside a name between capitalized words.
    static let connectors = WordSet(["of", "for", "on", "and", "the", "de", "da", "del", "bin", "van", "von", "der", "du", "y", "&"])

    /// Words that end a leftward name extension: determiners, prepositions, sentence adverbs.
    static let leftStops = WordSet([
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
        "in", "on", "at", "for", "by", "with", "from", "as", "and", "but", "or", "when", "while", "after",
        "before", "both", "each", "many", "some", "if", "to", "of", "former", "said", "says", "told", "under",
        "per", "via", "all", "any", "every", "no", "not", "is", "was", "are", "were", "meanwhile", "however",
        "also", "then", "new", "recent", "recently", "last", "next", "top", "senior", "chief", "head",
        "why", "how", "what", "who", "where", "which", "during", "amid", "since", "until", "between",
        "against", "about", "into", "over", "through", "like", "unlike", "than", "because", "although",
        "though", "whether", "so", "yet", "nor", "it", "he", "she", "we", "they", "i", "you", "there", "here",
        "today", "yesterday", "tomorrow", "now", "later", "earlier", "why", "did", "does", "do", "can",
        "will", "would", "should", "could", "may", "might", "must", "has", "have", "had", "be", "been",
    ])
}
