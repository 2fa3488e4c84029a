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
        // Runs of scalars written as they are are appended whole (a byte copy), not scalar by
        // scalar: most of a sentence or a name needs no escape. The runs are cut at scalar
        // boundaries of the scalar view, so the bytes written are the same.
        let scalars = text.unicodeScalars
        var run = scalars.startIndex
        var i = run
        while i != scalars.endIndex {
            let scalar = scalars[i]
            let escape: String?
            switch scalar {
            case "\"": escape = "\\\""
            case "\\": escape = "\\\\"
            case "\n": escape = "\\n"
            case "\r": escape = "\\r"
            case "\t": escape = "\\t"
            case "\u{2028}" where controls == .unicodeEscapes: escape = "\\u2028"
            case "\u{2029}" where controls == .unicodeEscapes: escape = "\\u2029"
            default:
                if scalar.value < 0x20, controls == .unicodeEscapes {
                    let hex = String(scalar.value, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else if controls == .spaces, scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    escape = " "
                } else {
                    escape = nil
                }
            }
            let next = scalars.index(after: i)
            if let escape {
                if run != i { out.append(contentsOf: Substring(scalars[run..<i])) }
                out += escape
                run = next
            }
            i = next
        }
        if run != scalars.endIndex { out.append(contentsOf: Substring(scalars[run..<scalars.endIndex])) }
        out.append("\"")
    }
}
