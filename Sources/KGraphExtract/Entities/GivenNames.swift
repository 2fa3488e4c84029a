/// Common given names worldwide (lowercase, romanized). A capitalized pair that starts with one
/// is a likely personal name even without a title or speech verb.
enum GivenNames {
    static func contains(_ lower: String) -> Bool { nameSet.contains(lower) }
    /// Whether a piece's key is one (by the hash the piece carries).
    static func contains(_ piece: Piece) -> Bool { nameSet.contains(piece) }
    /// ``names`` for the tests (see ``WordSet``).
    private static let nameSet = WordSet(names)

    /// The list `givenNames` of the word lists.
    static let names: WordSet = WordLists.set("givenNames")
}
