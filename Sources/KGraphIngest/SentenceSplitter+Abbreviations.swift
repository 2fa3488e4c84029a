/// Word lists behind the sentence-boundary decisions after a period.
extension SentenceSplitter {
    /// Abbreviations that precede a name or number and never end a sentence.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "lt", "col", "sen", "rep", "gov", "st", "capt", "cpt", "sgt", "maj",
        "adm", "cmdr", "rev", "hon", "pres", "supt", "insp", "amb", "sec", "rt", "messrs", "mme", "mlle", "vs", "v",
        "approx", "dept", "univ", "fr", "brig", "cpl", "pvt", "gens", "reps", "sens", "ave", "blvd", "mt", "ft",
    ]

    /// Abbreviations that may also end a sentence.
    static let endable: Set<String> = CalendarWords.shortMonths.union([
        "inc", "corp", "co", "ltd", "llc", "plc", "etc", "jr", "sr", "bros", "al", "est", "govt", "mins", "hrs", "yrs",
    ])

    /// Endable abbreviations that end a company's or a person's name ("Co.", "Jr.").
    static let nameSuffixes: Set<String> = ["inc", "corp", "co", "ltd", "llc", "plc", "jr", "sr", "bros"]

    /// Verbs of speech and action that, after "Name", show a new clause ("Smith said", "Smith says").
    static let speechVerbs: Set<String> = [
        "said", "says", "told", "tells", "added", "wrote", "writes", "noted", "argued", "warned", "insisted", "asked",
        "announced", "declared", "stressed", "tweeted", "posted", "urged", "replied", "responded", "confirmed", "denied",
        "met", "signed", "called", "will", "would", "has", "had", "was", "is",
    ]

    /// Words that commonly open a sentence; after an ambiguous abbreviation they signal a new one.
    static let typicalStarters: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "this",
        "that", "these", "those", "there", "but", "and", "or", "so", "yet", "in", "on", "at", "for", "as", "after",
        "before", "when", "while", "if", "however", "meanwhile", "still", "also", "then", "now", "some", "many", "most",
        "both", "each", "what", "why", "how", "who", "where", "last", "earlier", "later", "since", "although", "though",
        "because", "during", "under", "with", "without", "asked", "according", "speaking", "such", "one", "two",
        "despite", "instead", "moreover", "further", "furthermore", "separately", "officials", "critics",
        // Questions and numbers ("... in the U.S. Did they ...", "... Inc. Six weeks later ...").
        "did", "does", "do", "is", "was", "were", "are", "has", "had", "will", "would", "can", "could", "should",
        "three", "four", "five", "six", "seven", "eight", "nine", "ten", "former",
    ]
}
