/// One bit per word list for the lists the relation rules test most often on a sentence's
/// tokens, and per word the bits of the lists that hold it.
///
/// The lemma look-up table of ``VerbLexicon`` holds these words too, each entry with its bits,
/// so a parsed sentence's ``LemmaColumn`` gets every token's bits from the one look-up it makes
/// anyway; a test of such a list on a token (``SentenceFrame/isIn(_:_:)``) is then a bit test
/// instead of a hash probe (rules scan every token for ``RuleEngine/measureNouns``,
/// ``RuleEngine/curbNouns`` and the like).
///
/// A ``WordSet`` made by ``WordLists/set(_:)`` from a list named here carries that list's bit
/// (``WordSet/classBit``); any other set has none and is probed as before. The words are the
/// lists' own, so a bit answers exactly as the set's `contains` does.
enum WordClassBits {
    /// The lists with a bit, most tested first (at most 64; counted over the bulk corpus).
    static let lists: [String] = [
        "organizationCues", "measureNouns", "interferenceWords", "drillNouns", "agentTargetPrepositions", "boundaries",
        "curbNouns", "exampleOpeners", "quotes", "speech", "determiners", "visitNouns", "meetingNouns", "subordinators",
        "relationNounModifiers", "adverbs", "maleTitles", "femaleTitles", "firstPersonPlural", "hostileConductModifiers",
        "hostileConductNouns", "membershipChangeWords", "exitWords", "dashes", "theyPronouns", "thingNouns",
        "auxiliaryVerbs", "reactionOpeners", "supportGoods", "strategicGoods", "personPronouns", "stopPrepositions",
        "titleLinkAdverbs", "ranks", "governmentNouns", "committeeWords", "honorifics", "generalEventNouns",
        "relativePronouns", "asTitleVerbs", "reportingVerbs", "exportNouns", "importNouns", "nonStateLeaderWords",
        "modifiedNonActors", "timeSpanNouns", "transferNouns", "privateFieldWords", "titleAbbreviations", "metonymicHeads",
        "genericActNouns", "governmentHeads", "tieObjectNouns", "peopleAndGoodsNouns", "postingTitles", "memberRankWords",
        "aspirationVerbs", "partyOffices", "pleonasticHeads", "localWords", "titleOwnerModifiers", "othersOfAName",
        "controlNouns", "pairPartnerNouns",
    ]

    /// The bit of list `name`, or 0 when it has none.
    static func bit(ofList name: String) -> UInt64 {
        guard let k = lists.firstIndex(of: name) else { return 0 }
        precondition(k < 64, "WordClassBits: at most 64 lists")
        return 1 << UInt64(k)
    }

    /// Every word of the lists (distinct as `String`s compare, sorted) and its bits.
    private static let table = WordMasks<UInt64>(lists.enumerated().map { (bit: 1 << UInt64($0.offset), words: WordLists.list($0.element)) })

    /// Every word of the lists.
    static var words: [String] { table.words }

    /// The bits of the lists that hold `word` (as their sets' `contains` answers).
    static func bits(of word: String) -> UInt64 { table.mask(of: word) }
}
