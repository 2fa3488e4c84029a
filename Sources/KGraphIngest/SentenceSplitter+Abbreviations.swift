/// Word lists behind the sentence-boundary decisions after a period (from `Resources/english.json`).
extension SentenceSplitter {
    /// Abbreviations that precede a name or number and never end a sentence.
    static let titles: Set<String> = Set(EnglishWords.bundled.titleAbbreviations)

    /// Abbreviations that may also end a sentence.
    static let endable: Set<String> = CalendarWords.shortMonths.union(EnglishWords.bundled.endableAbbreviations)

    /// Endable abbreviations that end a company's or a person's name ("Co.", "Jr.").
    static let nameSuffixes: Set<String> = Set(EnglishWords.bundled.nameSuffixes)

    /// Verbs of speech and action that, after "Name", show a new clause ("Smith said", "Smith says").
    static let speechVerbs: Set<String> = Set(EnglishWords.bundled.speechVerbs)

    /// Words that commonly open a sentence; after an ambiguous abbreviation they signal a new
    /// one. Questions and numbers count ("... in the U.S. Did they ...", "... Inc. Six weeks later ...").
    static let typicalStarters: Set<String> = Set(EnglishWords.bundled.typicalStarters)
}
