import KGraphIngest

/// Closed-class words the shallow parser needs: determiners, prepositions, clause
/// boundaries, pronouns, and nouns that stand for a government.
enum WordClass {
    static let determiners: WordSet = WordLists.set("determiners")
    /// Prepositions that end a direct object search ("with", "from", ...); "of", "in", "into"
    /// and "for" are let through because they sit inside object noun phrases.
    static let stopPrepositions: WordSet = WordLists.set("stopPrepositions")
    /// Nouns that a name before them only modifies, naming people who do not act for the
    /// named entity ("Trump allies", "U.S. judge", "EU lawmakers" are not Trump, the US, the EU).
    static let modifiedNonActors: WordSet = WordLists.set("modifiedNonActors")
    /// Others that a name before them or its possessive only describes: backing or criticizing
    /// "U.S. allies", "Chile's voters" or "Chilean firms" is no stance toward the named actor.
    static let othersOfAName: WordSet = WordLists.set("othersOfAName")
    /// Nouns for a group's own people: after the group's name they act for it ("Houthi rebels").
    static let memberNouns: WordSet = WordLists.set("memberNouns")
    /// Words opening a time phrase after an object ("last week", "this year", "today").
    static let timeStarters: WordSet = WordLists.set("timeStarters")
    /// Months (full and short) and weekdays (full: "Sun", "Wed" are names too): capitalized, but
    /// never a clause's subject ("in October expelled"). Ingest's calendar words.
    static let dateWords = WordSet(CalendarWords.months.union(CalendarWords.weekdayNames))
    /// Any preposition (a mention right after one is inside a prepositional phrase): the stop
    /// prepositions and those that sit inside object noun phrases.
    static let prepositions: WordSet = stopPrepositions.union(WordLists.set("nounPhrasePrepositions"))
    /// Words that end a clause for argument search.
    static let boundaries: WordSet = WordLists.set("boundaries")
    /// Words that are prepositions or clause openers ("after it joins"): a mention after them may be a subject.
    static let subordinators: WordSet = WordLists.set("subordinators")
    /// Dashes that open or close an aside.
    static let dashes: WordSet = WordLists.set("dashes")
    /// Nouns for a message, whose "-ing" participle is its author's act ("a statement accusing X").
    static let messageNouns: WordSet = WordLists.set("messageNouns")
    /// Words of a date phrase besides month and day names ("last week", "on Monday").
    static let dateFillers: WordSet = WordLists.set("dateFillers")
    /// Participles used as prepositions ("following the talks", "including X").
    static let prepositionalParticiples: WordSet = WordLists.set("prepositionalParticiples")
    /// Control words that are nouns ("the plan to", "a bid to").
    static let controlNouns: WordSet = WordLists.set("controlNouns")
    /// Verbs that ask an act of their object ("urged Beijing to ...", "convince Xi to ...", "hired a
    /// firm to ...", "her request to ...").
    static let persuasionVerbs: WordSet = WordLists.set("persuasionVerbs")
    /// Persuasion verbs by which the persuader takes the side of the act asked ("urged voters to
    /// back X"), unlike hiring, expecting or requesting.
    static let urgingVerbs: Set<String> = WordLists.strings("urgingVerbs")
    /// Nouns of a sought, not yet done, act ("a bid to join", "its ambitions to join").
    static let aspirationNouns: WordSet = WordLists.set("aspirationNouns")
    /// Verbs (as lemmas) of wanting or trying to do what follows ("applied to join").
    static let aspirationVerbs: WordSet = WordLists.set("aspirationVerbs")
    /// Nouns of a state's place in a body ("Chile's membership of X", "its accession to Y"):
    /// acting on them is acting on the state, and blocking or seeking them grants nothing.
    static let membershipNouns: WordSet = WordLists.set("membershipNouns")
    /// Nouns naming a proposal by its author ("Japan's call for an Asian NATO"): rejecting or
    /// backing one is about its content, not about the author.
    static let proposalNouns: WordSet = WordLists.set("proposalNouns")
    /// Nouns after a name that still denote the named thing ("the Quad grouping", "the NATO alliance").
    static let headNounsKeepingName: WordSet = WordLists.set("headNounsKeepingName")
    /// Nouns of signed pacts ("treaty", "deal"): a principle before one only describes it.
    static let pactNouns: WordSet = WordLists.set("pactNouns")
    static let relativePronouns: WordSet = WordLists.set("relativePronouns")
    static let quotes: WordSet = WordLists.set("quotes")
    /// Heads after a possessive or demonym that make it the state itself ("India's government",
    /// "the Indian foreign ministry", "Japan's foreign policy"). Armed forces and their arms act
    /// for the state ("Peruvian gunboats shelled ..."), and so do its instruments ("new Peruvian
    /// rules restrict ...").
    static let governmentHeads: WordSet = WordLists.set("governmentHeads")
    /// Adverbs that may stand anywhere in a verb group.
    static let adverbs: WordSet = WordLists.set("adverbs")
    static let itPronouns: WordSet = WordLists.set("itPronouns")
    /// Possessive pronouns ("its ambassador" is the subject's own).
    static let possessivePronouns: WordSet = WordLists.set("possessivePronouns")
    static let theyPronouns: WordSet = WordLists.set("theyPronouns")
    static let personPronouns: WordSet = WordLists.set("personPronouns")
    static let firstPersonPlural: WordSet = WordLists.set("firstPersonPlural")
    /// Abbreviated titles whose period the tokenizer splits off ("Sen", ".").
    static let titleAbbreviations: WordSet = WordLists.set("titleAbbreviations")
    /// Nouns of events and dealings that a name before them only modifies ("the China talks",
    /// "the Iran deal"), also where the word could be a verb.
    static let eventNouns: Set<String> = WordLists.strings("eventNouns")
    /// Verbs that end or settle a conflict: "help end X's war" helps no X.
    static let settlingVerbs: WordSet = WordLists.set("settlingVerbs")
    /// Modals, deliberation verbs and other words that leave the act after them unrealised: "could
    /// provoke", "should expel", "was considering a plan to oust", "played down the need to
    /// sanction", "did nothing to help". (Not "capable": "is capable of countering X" states a
    /// stance.)
    static let irrealisWords: WordSet = WordLists.set("irrealisWords")
    /// Irrealis words that report an intention when the clause reports its subject's words ("said
    /// it would block X").
    static let reportedIntentionModals: WordSet = WordLists.set("reportedIntentionModals")
    /// Subordinators that open a fronted clause ended by a comma ("Since X invaded Y, ...").
    /// (Wider than ``subordinators``, which also serve as prepositions: "if", "although" open
    /// only clauses.)
    static let clauseOpeners: Set<String> = WordLists.strings("clauseOpeners")
    /// Nouns of a span of time ("spent months doing it").
    static let timeSpanNouns: WordSet = WordLists.set("timeSpanNouns")
    /// Auxiliaries and adverbs between a verb group's start and its verb ("has also angered").
    static let auxiliaryVerbs: WordSet = WordLists.set("auxiliaryVerbs")
    /// Forms of "have" that open a perfect ("have since restored": "since" is then an adverb).
    static let perfectAuxiliaries: Set<String> = ["have", "has", "had", "'ve"]
    /// Verbs (as lemmas) of provoking a reaction in someone ("angered", "alarmed").
    static let provokingVerbs: Set<String> = WordLists.strings("provokingVerbs")
    /// Nouns of an actor's acts and stances ("move", "annexation", "buildup").
    static let actNouns: WordSet = WordLists.set("actNouns")
    /// Honorifics between a title and a name ("Dr. S. Jaishankar").
    static let honorifics: WordSet = WordLists.set("honorifics")
    /// Heads of definite descriptions and the node type they refer to.
    static let descriptionHeads: [String: KGraphNodeKind] = WordLists.lookup("descriptionHeads", as: KGraphNodeKind.self)
    /// Heads that may be indefinite and still refer back ("a strategic military alliance" after
    /// "an Asian NATO" has just been named).
    static let indefiniteAllianceHeads: WordSet = WordLists.set("indefiniteAllianceHeads")
}

/// Coarse entity kinds for coreference and argument type checks.
enum KGraphNodeKind: String, Sendable { case person, alliance, state, organization }
