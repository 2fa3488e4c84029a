/// English words the ingest rules need apart from page furniture, read once from the bundled
/// `Resources/english.json`: the data lives there, the rules that use each list stay in Swift.
struct EnglishWords: Decodable, Sendable {
    /// Stop words: prose is dense in them, menus and headline lists are not (``Boilerplate``).
    var stopWords: [String]
    /// Abbreviations that precede a name or number and never end a sentence ("Dr.", "Gen.").
    var titleAbbreviations: [String]
    /// Abbreviations that may also end a sentence ("Inc.", "etc."), besides short month names.
    var endableAbbreviations: [String]
    /// Endable abbreviations that end a company's or a person's name ("Co.", "Jr.").
    var nameSuffixes: [String]
    /// Verbs of speech and action that, after "Name", show a new clause ("Smith said").
    var speechVerbs: [String]
    /// Words that commonly open a sentence ("The", "However", "Did").
    var typicalStarters: [String]

    /// The bundled words, loaded on first use and then shared (thread-safe: a static let).
    static let bundled: EnglishWords = BundledJSON.decode("english")
}
