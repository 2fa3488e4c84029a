/// Month and weekday names, lowercased, in one place: Ingest reads dates and timestamps with
/// them, Extract keeps them out of names and datelines.
public enum CalendarWords {
    /// Full month names, January first.
    public static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august",
                                    "september", "october", "november", "december"]
    /// Three-letter month abbreviations, January first.
    public static let monthAbbreviations = monthNames.map { String($0.prefix(3)) }
    /// Months as dates write them: full names, three-letter abbreviations and "sept".
    public static let months: Set<String> = Set(monthNames + monthAbbreviations + ["sept"])
    /// Weekdays: full names and their usual abbreviations.
    public static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
    ]
}
