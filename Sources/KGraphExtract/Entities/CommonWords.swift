import KGraphIngest

/// Common English words (lowercase). A capitalized one is usually a sentence start, a heading
/// or part of a title, not a name; single-word lexicon names among them ("Bell", "Turkey")
/// need extra support, and unknown-name patterns never start with one.
enum CommonWords {
    static func contains(_ lower: String) -> Bool { words.contains(lower) }

    static let months = CalendarWords.months
    static let weekdays = CalendarWords.weekdays

    /// The list `commonWords` of the word lists, with months and weekdays.
    static let words: Set<String> = WordLists.set("commonWords").union(months).union(weekdays)
}
