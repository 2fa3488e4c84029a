import KGraphIngest

/// Common English words (lowercase). A capitalized one is usually a sentence start, a heading
/// or part of a title, not a name; single-word lexicon names among them ("Bell", "Turkey")
/// need extra support, and unknown-name patterns never start with one.
enum CommonWords {
    static func contains(_ lower: String) -> Bool { wordSet.contains(lower) }
    /// Whether a piece's key is one (by the hash the piece carries).
    static func contains(_ piece: Piece) -> Bool { wordSet.contains(piece) }

    static let months = WordSet(CalendarWords.months)
    static let weekdays = WordSet(CalendarWords.weekdays)
    /// ``words`` for the tests (see ``WordSet``).
    private static let wordSet = WordSet(words)

    /// The list `commonWords` of the word lists, with months and weekdays.
    static let words: WordSet = WordLists.set("commonWords").union(months).union(weekdays)
}
