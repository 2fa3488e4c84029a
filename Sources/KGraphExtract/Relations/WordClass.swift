import KGraphIngest

/// Closed-class words the shallow parser needs: determiners, prepositions, clause
/// boundaries, pronouns, and nouns that stand for a government.
enum WordClass {
    static let determiners: WordSet = [
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "such",
        "any", "some", "every", "each", "no", "both", "all", "many", "several", "various", "other", "another",
        "'s", "it's", "more", "most", "two", "three", "four", "five", "six", "new",
    ]
    /// Prepositions that end a direct object search ("with", "from", ...); "of", "in", "into"
    /// and "for" are let through because they sit inside object noun phrases.
    static let stopPrepositions: WordSet = [
        "with", "from", "against", "by", "to", "on", "at", "over", "about", "after", "before", "during",
        "between", "among", "amongst", "through", "under", "toward", "towards", "across", "via", "than",
        "as", "despite", "amid", "since", "until", "without", "within", "beyond", "around", "behind",
        "near", "upon", "like", "unlike", "per", "following", "regarding", "concerning", "in", "into", "for",
        "throughout", "inside", "outside", "alongside", "beside", "below", "above", "beneath", "versus",
        "except", "amidst", "atop", "excluding", "notwithstanding",
    ]
    /// Any preposition (a mention right after one is inside a prepositional phrase).
    /// Nouns that a name before them only modifies, naming people who do not act for the
    /// named entity ("Trump allies", "U.S. judge", "EU lawmakers" are not Trump, the US, the EU).
    static let modifiedNonActors: WordSet = [
        "ally", "allies", "aide", "aides", "supporters", "supporter", "critics", "critic", "loyalists", "associates",
        "adviser", "advisers", "advisors", "lawyer", "lawyers", "family", "campaign", "judge", "judges", "court", "courts",
        "lawmakers", "lawmaker", "companies", "company", "firms", "firm", "banks", "voters", "investors", "citizens",
        "consumers", "businesses", "media", "opponents", "donors", "fans", "prosecutors", "employees", "staff", "staffers",
    ]
    /// Others that a name before them or its possessive only describes: backing or criticizing
    /// "U.S. allies", "Chile's voters" or "Chilean firms" is no stance toward the named actor.
    static let othersOfAName: WordSet = [
        "ally", "allies", "supporters", "supporter", "critics", "critic", "loyalists", "opponents", "donors", "fans", "voters",
        "investors", "citizens", "consumers", "businesses", "companies", "company", "firms", "firm", "banks", "lawyers", "lawyer",
    ]
    /// Nouns for a group's own people: after the group's name they act for it ("Houthi rebels").
    static let memberNouns: WordSet = [
        "rebels", "militants", "fighters", "insurgents", "members", "negotiators", "delegates", "soldiers", "guerrillas",
        "jihadists", "militia", "militias", "representatives", "envoys", "ministers", "legislators", "senators",
    ]
    /// Words opening a time phrase after an object ("last week", "this year", "today").
    static let timeStarters: WordSet = ["last", "next", "this", "earlier", "later", "today", "yesterday", "tomorrow", "tonight"]
    /// Months (full and short) and weekdays (full: "Sun", "Wed" are names too): capitalized, but
    /// never a clause's subject ("in October expelled"). Ingest's calendar words.
    static let dateWords = WordSet(CalendarWords.months.union(CalendarWords.weekdayNames))
    static let prepositions: WordSet = stopPrepositions.union(["of", "in", "into", "for", "including", "onto", "along"])
    /// Words that end a clause for argument search.
    static let boundaries: WordSet = [
        ";", ":", "but", "while", "whereas", "although", "though", "because", "which", "who", "whom", "whose",
        "that", "if", "when", "unless", "however", "yet", "so", "whether", "where", "—", "(", ")", "?", "!",
        "meanwhile",
    ]
    /// Words that are prepositions or clause openers ("after it joins"): a mention after them may be a subject.
    static let subordinators: WordSet = ["after", "before", "since", "until", "as", "once", "because", "when", "while"]
    /// Dashes that open or close an aside.
    static let dashes: WordSet = ["—", "–", "-", "--"]
    /// Nouns for a message, whose "-ing" participle is its author's act ("a statement accusing X").
    static let messageNouns: WordSet = [
        "statement", "statements", "letter", "report", "resolution", "tweet", "post", "message", "speech", "communique",
        "communiqué", "note", "memo", "editorial", "column", "interview", "remarks", "comments", "declaration", "video",
        "broadcast", "address", "op-ed", "essay", "article", "filing", "complaint",
    ]
    /// Words of a date phrase besides month and day names ("last week", "on Monday").
    static let dateFillers: WordSet = ["on", "last", "this", "earlier", "late", "week", "month", "year", "weekend", "today", "yesterday"]
    /// Participles used as prepositions ("following the talks", "including X").
    static let prepositionalParticiples: WordSet = ["following", "including", "regarding", "concerning", "according", "excluding", "pending", "barring"]
    /// Control words that are nouns ("the plan to", "a bid to").
    static let controlNouns: WordSet = ["plan", "plans", "decision", "intention", "bid", "effort", "efforts", "move", "push",
                                            "desire", "determination", "attempt", "pledge", "promise", "vow", "threat"]
    /// Verbs that ask an act of their object ("urged Beijing to ...", "convince Xi to ...").
    static let persuasionVerbs: WordSet = [
        "convince", "urge", "ask", "press", "push", "encourage", "persuade", "call", "want", "need", "expect", "force",
        "pressure", "get", "help", "allow", "invite", "tell", "lobby", "implore", "beg", "prod", "nudge", "coax", "require",
    ]
    /// Nouns of a sought, not yet done, act ("a bid to join", "its ambitions to join").
    static let aspirationNouns: WordSet = ["bid", "bids", "ambition", "ambitions", "aspiration", "aspirations", "application",
                                               "quest", "hope", "hopes", "drive", "attempt", "attempts", "candidacy", "effort", "efforts"]
    /// Nouns naming a proposal by its author ("Japan's call for an Asian NATO"): rejecting or
    /// backing one is about its content, not about the author.
    static let proposalNouns: WordSet = ["call", "calls", "proposal", "proposals", "plan", "plans", "offer", "offers",
                                             "idea", "ideas", "bid", "push", "initiative", "suggestion", "request", "demand",
                                             "demands", "vision", "scheme", "blueprint", "pitch"]
    /// Nouns after a name that still denote the named thing ("the Quad grouping", "the NATO alliance").
    static let headNounsKeepingName: WordSet = [
        "alliance", "bloc", "grouping", "group", "framework", "pact", "treaty", "initiative", "proposal", "plan", "idea",
        "concept", "membership", "forum", "partnership", "agreement", "deal", "accord", "format", "mechanism",
        "organization", "organisation", "nations", "countries", "members", "member", "states", "summit", "talks",
    ]
    static let relativePronouns: WordSet = ["which", "who", "that"]
    static let quotes: WordSet = ["\"", "“", "”", "‘", "’", "'", "«", "»"]
    /// Heads after a possessive or demonym that make it the state itself ("India's government",
    /// "the Indian foreign ministry", "Japan's foreign policy").
    static let governmentHeads: WordSet = [
        "government", "administration", "leadership", "officials", "official", "leaders", "leader", "authorities",
        "ministry", "military", "army", "navy", "forces", "diplomats", "side", "delegation", "regime", "state",
        "policy", "policymakers", "cabinet", "parliament", "establishment", "foreign", "defence", "defense",
        "security", "strategic", "president", "embassy", "envoy", "troops", "coast", "guard", "intelligence", "agents",
        "negotiators", "counterparts", "counterpart", "authorities",
        // Armed forces and their arms act for the state: "Peruvian gunboats shelled ...".
        "warships", "warplanes", "jets", "drones", "artillery", "soldiers", "marines", "sailors", "gunboats",
        "navies", "militaries", "hackers", "spies", "ambassador", "spokesman", "spokeswoman", "spokesperson",
        "lawmakers", "generals", "commanders", "ships", "vessels", "boats", "aircraft", "missiles", "rockets",
        // So do its instruments: "new Peruvian rules restrict ...".
        "rules", "regulations", "law", "decree", "measures", "sanctions", "tariffs",
    ]
    /// Adverbs that may stand anywhere in a verb group.
    static let adverbs: WordSet = [
        "also", "still", "already", "yet", "ever", "again", "now", "then", "further", "once", "even", "just",
        "only", "long", "recently", "actively", "historically", "officially", "formally", "publicly", "firmly",
        "consistently", "repeatedly", "always", "often", "increasingly", "quickly", "soon", "finally", "strongly",
        "openly", "effectively", "essentially", "largely", "reportedly", "allegedly", "clearly", "explicitly",
        "previously", "jointly", "subsequently", "immediately", "eventually", "partly", "fully", "readily",
        "duly", "squarely", "vigorously", "emphatically", "categorically", "reluctantly", "unilaterally",
        "together", "hard", "too", "much", "very", "well", "steadfastly", "likewise", "similarly",
    ]
    static let itPronouns: WordSet = ["it", "its", "itself"]
    /// Possessive pronouns ("its ambassador" is the subject's own).
    static let possessivePronouns: WordSet = ["its", "their", "his", "her", "our", "my", "your"]
    static let theyPronouns: WordSet = ["they", "their", "them", "themselves", "theirs"]
    static let personPronouns: WordSet = ["he", "his", "him", "himself", "she", "her", "hers", "herself"]
    static let firstPersonPlural: WordSet = ["we", "our", "us", "ours", "ourselves"]
    /// Abbreviated titles whose period the tokenizer splits off ("Sen", ".").
    static let titleAbbreviations: WordSet = ["sen", "rep", "gen", "adm"]
    /// Honorifics between a title and a name ("Dr. S. Jaishankar").
    static let honorifics: WordSet = ["dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "sir", "madam", "prof.", "professor", "lord", "dame", "sheikh", "h.e."]
    /// Heads of definite descriptions and the node type they refer to.
    static let descriptionHeads: [String: KGraphNodeKind] = [
        "minister": .person, "president": .person, "premier": .person, "chancellor": .person, "leader": .person,
        "secretary": .person, "ambassador": .person, "envoy": .person, "spokesman": .person, "spokeswoman": .person,
        "senator": .person, "diplomat": .person,
        "bloc": .alliance, "alliance": .alliance, "pact": .alliance, "grouping": .alliance, "framework": .alliance,
        "coalition": .alliance, "arrangement": .alliance, "partnership": .alliance, "forum": .alliance,
        "country": .state, "nation": .state, "government": .state, "administration": .state, "state": .state,
        "organization": .organization, "organisation": .organization, "body": .organization, "agency": .organization,
        "institution": .organization, "committee": .organization, "group": .organization,
    ]
    /// Heads that may be indefinite and still refer back ("a strategic military alliance" after
    /// "an Asian NATO" has just been named).
    static let indefiniteAllianceHeads: WordSet = ["alliance", "bloc", "pact", "framework", "grouping", "coalition"]
}

/// Coarse entity kinds for coreference and argument type checks.
enum KGraphNodeKind: Sendable { case person, alliance, state, organization }
