/// Double-quoted string literals with backslash escapes, the one writer for JSON and Cypher
/// (the markup formats use ``XMLEscaping``).
public enum QuotedString {
    /// What becomes of control characters, which neither language may hold raw.
    public enum Controls: Sendable {
        /// JSON: `\u00XX`, and U+2028/U+2029 escaped too (JavaScript reads them as line ends).
        case unicodeEscapes
        /// Cypher: a space, C1 controls included.
        case spaces
    }

    /// Appends `text` between double quotes to `out`: `"` and `\` escaped, line feed, carriage
    /// return and tab as `\n`, `\r`, `\t`, other controls as `controls` says.
    public static func write(_ text: String, controls: Controls, into out: inout String) {
        out.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}" where controls == .unicodeEscapes: out += "\\u2028"
            case "\u{2029}" where controls == .unicodeEscapes: out += "\\u2029"
            default:
                if scalar.value < 0x20, controls == .unicodeEscapes {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else if controls == .spaces, scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    out += " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append("\"")
    }
}
