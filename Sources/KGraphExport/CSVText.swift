import KGraphModel

/// RFC 4180 CSV: records end in CRLF; a field holding a comma, quote, CR or LF is quoted,
/// with quotes doubled.
enum CSVText {
    /// One record; `keeping` is a control character to leave in values (Neo4j's array delimiter).
    static func record(_ fields: [String], keeping: Unicode.Scalar? = nil) -> String {
        fields.map { field($0, keeping: keeping) }.joined(separator: ",") + "\r\n"
    }

    static func field(_ value: String, keeping: Unicode.Scalar? = nil) -> String {
        var clean = ""
        var needsQuotes = false
        for s in value.unicodeScalars {
            if s == "," || s == "\"" || s == "\r" || s == "\n" { needsQuotes = true }
            // NUL and other controls break spreadsheet and CSV readers; tab and line breaks are quoted.
            if XMLEscaping.isForbidden(s) && s != keeping { clean += " " } else { clean.unicodeScalars.append(s) }
        }
        guard needsQuotes else { return clean }
        return "\"" + clean.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
