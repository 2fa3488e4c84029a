/// General word lists behind the boilerplate rules: English stop words (prose is dense in
/// them, menus and headline lists are not) and the vocabulary of web page furniture (from
/// `Resources/furniture.json`).
extension Boilerplate {
    static let stopWords: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "even", "few", "for", "from", "further", "had", "has", "have", "having",
        "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is",
        "it", "its", "itself", "just", "may", "me", "might", "more", "most", "much", "must", "my", "no", "nor", "not",
        "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours", "out", "over", "own", "said",
        "same", "she", "should", "since", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
        "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "upon", "very",
        "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would",
        "you", "your", "yours", "says", "say", "while", "still", "yet", "already", "though", "although", "against",
        "among", "within", "without", "across", "towards", "toward", "whether", "because", "being", "been",
    ]

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

    /// News agencies as words, in credits inside a sentence ("(Reuters)"): Extract's
    /// `Attribution` keeps their names out of the entities.
    public static let creditAgencies: [String] = FurnitureVocabulary.bundled.creditAgencies

    /// First words of a photo credit inside a sentence ("Photo Credit: ANI"), for Extract's `Attribution`.
    public static let photoCreditWords: [String] = FurnitureVocabulary.bundled.photoCreditWords
}
