/// Month and weekday names, lowercased, in one place: Ingest reads dates, timestamps and
/// abbreviations with them, Extract keeps them out of names and datelines.
public enum CalendarWords {
    /// Full month names, January first.
    public static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august",
                                    "september", "october", "november", "december"]
    /// Month names written short ("Jan", "Sept"): the first three letters of each name that is
    /// longer, and "sept".
    public static let shortMonths: Set<String> = Set(monthNames.map { String($0.prefix(3)) }).subtracting(monthNames).union(["sept"])
    /// Months as dates write them: full names and short ones.
    public static let months: Set<String> = Set(monthNames).union(shortMonths)
    /// Full weekday names, Monday first.
    public static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    /// Weekdays: full names and their usual abbreviations.
    public static let weekdays: Set<String> = Set(weekdayNames).union(["mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun"])
}
