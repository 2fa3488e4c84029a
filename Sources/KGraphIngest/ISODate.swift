/// Publication dates in the forms pages write them, normalised to ISO 8601: `2024-03-05`,
/// or `2024-03-05T14:30:00+01:00` when a time is given (`Z` kept, seconds added when absent).
enum ISODate {
    static let months = CalendarWords.monthNames.map { String($0.prefix(3)) }

    /// `2024-03-05T14:30:00+0100`, `2024-03-05 14:30`, `20240305`, `Tue, 05 Mar 2024 14:30:00 GMT`,
    /// `March 5, 2024`, `5 March 2024`; nil for anything else or an impossible date.
    static func normalize(_ raw: String) -> String? {
        let s = Array(raw.trimmingSpaces.unicodeScalars)
        if let iso = numeric(s) { return iso }
        return named(s)
    }

    /// The date in an address such as `/2024/03/05/` or `/2024-03-05-title`.
    static func fromURL(_ url: String) -> String? {
        let parts = url.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "_" || $0 == "." || $0 == "?" || $0 == "&" || $0 == "=" })
        guard parts.count >= 3 else { return nil }
        for k in 0..<(parts.count - 2) {
            guard parts[k].count == 4, let y = Int(parts[k]), (1990...2100).contains(y),
                  parts[k + 1].count <= 2, let m = Int(parts[k + 1]),
                  parts[k + 2].count <= 2, let d = Int(parts[k + 2]) else { continue }
            if let out = ymd(y, m, d) { return out }
        }
        return nil
    }

    static func ymd(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1900...2200).contains(y), (1...12).contains(m), d >= 1, d <= daysIn(m, y) else { return nil }
        return "\(y)-\(pad(m))-\(pad(d))"
    }

    static func daysIn(_ m: Int, _ y: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// Reads digits at `i`, at most `max` of them.
    static func digits(_ s: [Unicode.Scalar], _ i: inout Int, max: Int = 4) -> (value: Int, count: Int)? {
        var v = 0, c = 0
        while i < s.count, c < max, let d = s[i].properties.numericType != nil ? Int(String(s[i])) : nil { v = v * 10 + d; c += 1; i += 1 }
        return c > 0 ? (v, c) : nil
    }

    /// `YYYY-MM-DD` (or `YYYY/MM/DD`, `YYYYMMDD`) with an optional `THH:MM[:SS][.fff][Z|±HH[:]MM]`.
    static func numeric(_ s: [Unicode.Scalar]) -> String? {
        var i = 0
        guard let y = digits(s, &i), y.count == 4 else { return nil }
        var m: Int, d: Int
        if i < s.count, s[i] == "-" || s[i] == "/" || s[i] == "." {
            let sep = s[i]; i += 1
            guard let mm = digits(s, &i, max: 2), i < s.count, s[i] == sep else { return nil }
            i += 1
            guard let dd = digits(s, &i, max: 2) else { return nil }
            m = mm.value; d = dd.value
        } else {
            // 20240305
            var j = 0
            guard s.count >= 8, let all = digits(s, &j, max: 8), all.count == 8 else { return nil }
            i = 8
            m = (all.value / 100) % 100; d = all.value % 100
            guard let date = ymd(all.value / 10000, m, d) else { return nil }
            return i == s.count ? date : date
        }
        guard let date = ymd(y.value, m, d) else { return nil }
        // Time of day.
        guard i < s.count, s[i] == "T" || s[i] == " " else { return date }
        i += 1
        guard let hh = digits(s, &i, max: 2), hh.count == 2, hh.value < 24, i < s.count, s[i] == ":" else { return date }
        i += 1
        guard let mi = digits(s, &i, max: 2), mi.count == 2, mi.value < 60 else { return date }
        var sec = 0
        if i < s.count, s[i] == ":" {
            i += 1
            guard let ss = digits(s, &i, max: 2), ss.value < 61 else { return date }
            sec = min(ss.value, 59)
        }
        if i < s.count, s[i] == "." || s[i] == "," { i += 1; _ = digits(s, &i, max: 9) }
        var zone = ""
        while i < s.count, s[i] == " " { i += 1 }
        if i < s.count, s[i] == "Z" || s[i] == "z" {
            zone = "Z"
        } else if i < s.count, s[i] == "+" || s[i] == "-" {
            let sign = s[i]; i += 1
            guard let zh = digits(s, &i, max: 2), zh.count == 2, zh.value <= 14 else { return date + "T\(pad(hh.value)):\(pad(mi.value)):\(pad(sec))" }
            var zm = 0
            if i < s.count, s[i] == ":" { i += 1 }
            if let z = digits(s, &i, max: 2), z.count == 2, z.value < 60 { zm = z.value }
            zone = "\(sign)\(pad(zh.value)):\(pad(zm))"
        }
        return date + "T\(pad(hh.value)):\(pad(mi.value)):\(pad(sec))" + zone
    }

    /// A date written with a month name: `Tue, 05 Mar 2024`, `March 5, 2024`, `5 March 2024`.
    static func named(_ s: [Unicode.Scalar]) -> String? {
        var words: [String] = []
        var cur = ""
        for c in s {
            if c.properties.isAlphabetic || c.properties.numericType != nil { cur.unicodeScalars.append(c) } else if !cur.isEmpty { words.append(cur); cur = "" }
        }
        if !cur.isEmpty { words.append(cur) }
        var month = 0, day = 0, year = 0
        for w in words.prefix(8) {
            let l = w.lowercased()
            if month == 0, l.count >= 3, let k = months.firstIndex(of: String(l.prefix(3))), l.count == 3 || l.hasPrefix(fullMonth(k).prefix(l.count)) {
                month = k + 1
            } else if let n = Int(w) {
                if w.count == 4, year == 0 { year = n } else if w.count <= 2, day == 0, n >= 1, n <= 31 { day = n }
            } else if let n = Int(w.prefix(while: { $0.isNumber })), day == 0, ["st", "nd", "rd", "th"].contains(String(l.drop(while: { $0.isNumber }))) {
                day = n
            }
        }
        guard month > 0, day > 0, year > 0 else { return nil }
        return ymd(year, month, day)
    }

    static func fullMonth(_ k: Int) -> String {
        CalendarWords.monthNames[k]
    }
}

extension String {
    var trimmingSpaces: String {
        let sc = unicodeScalars
        guard let s = sc.firstIndex(where: { !$0.isAnySpace }), let e = sc.lastIndex(where: { !$0.isAnySpace }) else { return "" }
        return String(sc[s...e])
    }
}
