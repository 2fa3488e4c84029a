/// Common given names worldwide (lowercase, romanized). A capitalized pair that starts with one
/// is a likely personal name even without a title or speech verb.
enum GivenNames {
    static func contains(_ lower: String) -> Bool { names.contains(lower) }

    /// The list `givenNames` of the word lists.
    static let names: Set<String> = WordLists.set("givenNames")
}
