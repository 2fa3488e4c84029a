/// The words and phrases of page furniture, read once from the bundled
/// `Resources/furniture.json`: the one list of them. ``Boilerplate`` judges blocks and
/// sentences with it; Extract reads only the verdicts (``Sentence/isFurniture``),
/// ``Boilerplate/menuWords``, ``Boilerplate/furnitureNames`` and the credit words it blanks
/// inside sentences (``Boilerplate/creditAgencies``, ``Boilerplate/photoCreditWords``).
struct FurnitureVocabulary: Decodable, Sendable {
    /// Phrases that mark a block as furniture wherever they occur ("read more", "sign up").
    var phrases: [String]
    /// Words that open a block of related links or a credit line ("also read", "photo").
    var blockOpeners: [String]
    /// Phrases after which a page holds no more article text ("all rights reserved").
    var terminalPhrases: [String]
    /// Imperative verbs of a site's interface ("subscribe", "click").
    var uiVerbs: [String]
    /// Endings of image file names, with their dots (".jpg").
    var imageExtensions: [String]
    /// Token sequences that open a furniture sentence ("read more", "related :").
    var sentenceOpeners: [String]
    /// Openers that make a sentence furniture only when it is short (six words at most).
    var shortSentenceOpeners: [String]
    /// Verbs of an agency footer before "by" ("Reporting by X; Editing by Y").
    var footerVerbs: [String]
    /// First words of a credit line, before one of ``creditSeparators`` ("Photo: ...").
    var creditStarts: [String]
    /// What follows a credit's first word (":", "by", "/").
    var creditSeparators: [String]
    /// Words that make any sentence a credit or copyright line ("©", "Getty").
    var creditMarks: [String]
    /// News agencies as words, in credits inside a sentence ("(Reuters)", "(AP Photo/...)").
    var creditAgencies: [String]
    /// First words of a photo credit inside a sentence, before ":", "credit" or "/" ("Photo Credit: ANI").
    var photoCreditWords: [String]
    /// Words of account, subscription and e-paper promotions.
    var promoWords: [String]
    /// Nouns of an author's note ("John Roe is a staff writer at ...").
    var bioNouns: [String]
    /// Menu and button words, never part of a personal name ("Read", "Share").
    var menuWords: [String]
    /// Whole surface forms of furniture that never become a node ("Read More", "Getty Images").
    var neverNodes: [String]
    /// Words of an HTML element's class or id that mark a furniture container ("share", "byline").
    var containerClassWords: [String]
    /// Furniture class/id words that page layouts also put on the article's wrappers ("sidebar").
    var layoutClassWords: [String]

    /// The bundled vocabulary, loaded on first use and then shared (thread-safe: a static let).
    static let bundled: FurnitureVocabulary = BundledJSON.decode("furniture")

    /// Each phrase as its words (split at spaces).
    static func split(_ phrases: [String]) -> [[String]] {
        phrases.map { $0.split(separator: " ").map(String.init) }
    }
}
