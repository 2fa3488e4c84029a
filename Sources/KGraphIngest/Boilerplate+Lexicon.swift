/// General word lists behind the boilerplate rules: English stop words (prose is dense in
/// them, menus and headline lists are not; from `Resources/english.json`) and the vocabulary
/// of web page furniture (from `Resources/furniture.json`).
extension Boilerplate {
    static let stopWords: Set<String> = Set(EnglishWords.bundled.stopWords)

    /// Phrases that mark page furniture wherever they occur (matched on lowercased words).
    static let furniturePhrases: [String] = FurnitureVocabulary.bundled.phrases

    /// Words that open a block of related links or a credit line.
    static let furnitureOpeners: [[String]] = FurnitureVocabulary.split(FurnitureVocabulary.bundled.blockOpeners)

    /// Endings of image file names ("211206-F-YT915-003.JPG"), which captions and galleries
    /// leave in the text; matched without regard to case.
    public static let imageExtensions: [String] = FurnitureVocabulary.bundled.imageExtensions

    /// Menu and button words ("Read", "Share", "Subscribe"): page furniture, never part of a name.
    public static let menuWords: Set<String> = Set(FurnitureVocabulary.bundled.menuWords)

    /// Whole surface forms of page furniture ("Read More", "Getty Images", "Latest member"):
    /// the bundled lexicon suppresses them, so they never become nodes.
    public static let furnitureNames: [String] = FurnitureVocabulary.bundled.neverNodes

    /// News agencies as words, in credits inside a sentence ("(Reuters)"; ``creditWords(_:mark:)``).
    static let creditAgencies: [String] = FurnitureVocabulary.bundled.creditAgencies

    /// First words of a photo credit inside a sentence ("Photo Credit: ANI"; ``creditWords(_:mark:)``).
    static let photoCreditWords: [String] = FurnitureVocabulary.bundled.photoCreditWords
}
