import KGraphModel

/// Escaping for Markdown (CommonMark + GitHub tables).
enum MarkdownText {
    /// Backslash-escapes the characters that would start markup or end a table cell, and
    /// folds line breaks, so article text shows as written and cannot inject HTML or links.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "|", "<", ">", "*", "_", "[", "]", "`", "&", "~", "#", "!":
                out.append("\\")
                out.unicodeScalars.append(scalar)
            case "\n", "\r", "\t", "\u{2028}", "\u{2029}":
                out.append(" ")
            default:
                out.unicodeScalars.append(XMLEscaping.isForbidden(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        return out
    }

    /// Percent-encodes a relative path for a link destination, keeping `/`.
    static func pathForLink(_ path: String) -> String {
        var out = ""
        for b in path.utf8 {
            let c = Character(Unicode.Scalar(b))
            if (b < 0x80 && (c.isLetter || c.isNumber)) || "-._~/".contains(c) {
                out.append(c)
            } else {
                out += "%" + (b < 16 ? "0" : "") + String(b, radix: 16, uppercase: true)
            }
        }
        return out
    }
}
