import Foundation

/// Article dates as the calendar dates interchange formats take (`xs:date`, Neo4j `date`).
public enum ExportDate {
    /// `YYYY-MM-DD` when `text` starts with a valid calendar date, alone or followed by a time
    /// (`2024-03-05`, `2024-03-05T10:00:00Z`, `2024-03-05 10:00`); nil for anything else, so a
    /// date kgraph cannot read is left out rather than guessed.
    public static func iso(_ text: String?) -> String? {
        guard let text else { return nil }
        let s = Array(text.trimmingCharacters(in: .whitespaces).utf8)
        guard s.count >= 10, s[4] == UInt8(ascii: "-"), s[7] == UInt8(ascii: "-") else { return nil }
        if s.count > 10, s[10] != UInt8(ascii: "T"), s[10] != UInt8(ascii: " ") { return nil }
        func number(_ r: Range<Int>) -> Int? {
            var n = 0
            for i in r {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(s[i]) else { return nil }
                n = n * 10 + Int(s[i] - UInt8(ascii: "0"))
            }
            return n
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              year >= 1, (1...12).contains(month), day >= 1 else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard day <= days else { return nil }
        return String(decoding: s[0..<10], as: UTF8.self)
    }
}
