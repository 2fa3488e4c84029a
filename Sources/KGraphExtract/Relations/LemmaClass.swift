/// The word classes the rule families test on a token's candidate lemmas ("is any lemma of
/// this token a tie-making verb?"), as bits.
///
/// The rules asked each class of each token's lemmas in turn, a hashed look-up per lemma, per
/// class and per pass. ``LemmaColumn`` now gives every token one mask, built once per parsed
/// sentence from one look-up per lemma (``mask(of:)``), and a test is a bit test. The classes
/// themselves stay where the rules declare them.
struct LemmaClass: OptionSet, Sendable {
    let rawValue: UInt32

    static let tieMaking = LemmaClass(rawValue: 1 << 0)
    static let tieBreaking = LemmaClass(rawValue: 1 << 1)
    static let regard = LemmaClass(rawValue: 1 << 2)
    static let buy = LemmaClass(rawValue: 1 << 3)
    static let mutualHostile = LemmaClass(rawValue: 1 << 4)
    static let curb = LemmaClass(rawValue: 1 << 5)
    static let persuasion = LemmaClass(rawValue: 1 << 6)
    static let transfer = LemmaClass(rawValue: 1 << 7)
    static let transferDenial = LemmaClass(rawValue: 1 << 8)
    static let receipt = LemmaClass(rawValue: 1 << 9)
    static let meeting = LemmaClass(rawValue: 1 << 10)
    static let calledOff = LemmaClass(rawValue: 1 << 11)
    static let cooperation = LemmaClass(rawValue: 1 << 12)
    static let selfJoint = LemmaClass(rawValue: 1 << 13)
    static let joint = LemmaClass(rawValue: 1 << 14)
    static let disputeState = LemmaClass(rawValue: 1 << 15)
    static let resisting = LemmaClass(rawValue: 1 << 16)
    static let war = LemmaClass(rawValue: 1 << 17)
    /// "be", "remain", "become" (``RuleEngine/mutualStandings(_:)``).
    static let linking = LemmaClass(rawValue: 1 << 18)
    static let envoyProtest = LemmaClass(rawValue: 1 << 19)
    static let contain = LemmaClass(rawValue: 1 << 20)
    static let membershipDenial = LemmaClass(rawValue: 1 << 21)
    /// Verbs of provoking a reaction (``ClauseParser/actOwner(before:verb:)``).
    static let provoking = LemmaClass(rawValue: 1 << 22)
    /// Verbs of giving and taking in turn (``RuleEngine/exchangedHostilities(_:)``).
    static let exchange = LemmaClass(rawValue: 1 << 23)
    /// Verbs of talking with another party (``RuleEngine/meetings(_:)``).
    static let conversation = LemmaClass(rawValue: 1 << 24)
    /// Verbs of talking a matter over with someone (``RuleEngine/dialogues(_:)``).
    static let dialogue = LemmaClass(rawValue: 1 << 25)
    /// Verbs of upholding that say nothing of an actor as their object (``RuleEngine/principleOnlyVerbs``).
    static let principleOnly = LemmaClass(rawValue: 1 << 26)
    /// Verbs that put a side on a list (``RuleEngine/listings(_:)``).
    static let listing = LemmaClass(rawValue: 1 << 27)
    /// Verbs of suffering a measure (``RuleEngine/receivedMeasures(_:)``).
    static let measureReceiving = LemmaClass(rawValue: 1 << 28)

    /// Each class with its words, as the rule families declare them.
    private static let classes: [(LemmaClass, [String])] = [
        (.tieMaking, Array(RuleEngine.tieMakingVerbs)), (.tieBreaking, Array(RuleEngine.tieBreakingVerbs)),
        (.regard, Array(RuleEngine.regardVerbs)), (.buy, Array(RuleEngine.buyVerbs)),
        (.mutualHostile, Array(RuleEngine.mutualHostileVerbs)), (.curb, Array(RuleEngine.curbVerbs)),
        (.persuasion, Array(WordClass.persuasionVerbs)), (.transfer, Array(RuleEngine.transferVerbs)),
        (.transferDenial, Array(RuleEngine.transferDenials)), (.receipt, Array(RuleEngine.receiptVerbs)),
        (.meeting, Array(RuleEngine.meetingVerbs)), (.calledOff, Array(RuleEngine.calledOff)),
        (.cooperation, Array(RuleEngine.cooperationVerbs)), (.selfJoint, Array(RuleEngine.selfJointVerbs)),
        (.joint, Array(RuleEngine.jointVerbs)), (.disputeState, Array(RuleEngine.disputeStateVerbs)),
        (.resisting, Array(RuleEngine.resistingWords)), (.war, Array(RuleEngine.warVerbs)),
        (.linking, ["be", "remain", "become"]),
        (.envoyProtest, Array(RuleEngine.envoyProtestVerbs)), (.contain, Array(RuleEngine.containVerbs)),
        (.membershipDenial, Array(RuleEngine.membershipDenials)), (.provoking, Array(WordClass.provokingVerbs)),
        (.exchange, Array(RuleEngine.exchangeVerbs)), (.conversation, Array(RuleEngine.conversationVerbs)),
        (.dialogue, Array(RuleEngine.dialogueVerbs)), (.principleOnly, Array(RuleEngine.principleOnlyVerbs)),
        (.listing, Array(RuleEngine.listingVerbs)), (.measureReceiving, Array(RuleEngine.measureReceivingVerbs)),
    ]

    /// Every word of any class, with the classes of each.
    private static let table = WordMasks<UInt32>(classes.map { (bit: $0.0.rawValue, words: $0.1) })

    /// Every word of any class.
    static var words: [String] { table.words }

    /// The classes that hold `word` (as each class's `contains` answers).
    static func mask(of word: String) -> UInt32 { table.mask(of: word) }
}
