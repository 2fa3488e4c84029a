/// Escaping for the XML formats (GraphML, GEXF).
public enum XMLText {
    /// C0 controls other than tab, newline and carriage return, C1 controls, and the
    /// non-characters U+FFFE/U+FFFF: XML 1.0 documents cannot hold them (and C1 controls
    /// are never wanted in text).
    public static func isForbidden(_ s: Unicode.Scalar) -> Bool {
        (s.value < 0x20 && s != "\t" && s != "\n" && s != "\r") || s.value == 0xFFFE || s.value == 0xFFFF
            || (0x7F...0x9F).contains(s.value)
    }

    /// `text` safe inside element content and double- or single-quoted attributes: markup
    /// characters as entities, tab and line breaks as character references (so attribute
    /// normalization cannot turn them into spaces), forbidden characters as U+FFFD.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            switch s {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default:
                if isForbidden(s) { out += "\u{FFFD}" } else { out.unicodeScalars.append(s) }
            }
        }
        return out
    }
}
