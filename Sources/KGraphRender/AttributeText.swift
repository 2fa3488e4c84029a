/// Makes attribute values safe to hand to Graphviz.
///
/// Graphviz XML-escapes labels and tooltips itself, but it also interprets backslash escapes
/// (`\N`, `\n`, `\l`, `\G`, `\E`) in label-like and "escString" attributes, passes control
/// characters through (XML 1.0 forbids them even as references) and, on 2.42.2, writes `&`
/// in URLs raw. These helpers take care of all three.
enum AttributeText {
    /// Attributes of Graphviz type lblString: backslash escapes become line breaks.
    static let labelAttributes: Set<String> = ["label", "xlabel", "headlabel", "taillabel"]

    /// Attributes of Graphviz type escString: `\N` and friends are substituted.
    static let escapedAttributes: Set<String> = Set([
        "id", "tooltip", "edgetooltip", "headtooltip", "tailtooltip", "labeltooltip",
        "target", "edgetarget", "headtarget", "tailtarget", "labeltarget",
    ]).union(urlAttributes)

    static let tooltipAttributes: Set<String> = ["tooltip", "edgetooltip", "headtooltip", "tailtooltip", "labeltooltip"]

    static let urlAttributes: Set<String> = [
        "URL", "href", "edgeURL", "edgehref", "headURL", "headhref", "tailURL", "tailhref", "labelURL", "labelhref",
    ]

    /// `value` as Graphviz must receive it for attribute `key` so it comes out as written.
    static func value(_ value: String, forKey key: String, escapeURLAmpersands: Bool) -> String {
        var text = clean(value)
        if labelAttributes.contains(key) {
            // A real newline in label text is a line break; say it the way Graphviz means it.
            text = escapeBackslashes(text).replacingOccurrences(of: "\n", with: "\\n")
        } else if tooltipAttributes.contains(key) {
            // Tooltips go through Graphviz's escape substitution twice (once when the object
            // is emitted, once more when the tooltip is prepared).
            text = escapeBackslashes(escapeBackslashes(text))
        } else if escapedAttributes.contains(key) {
            text = escapeBackslashes(text)
        }
        if escapeURLAmpersands && urlAttributes.contains(key) {
            // Graphviz 2.42.2 writes URLs into SVG attributes raw (fixed in 2.42.4).
            text = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
                .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
                .replacingOccurrences(of: "'", with: "&#39;")
        }
        return text
    }

    static func escapeBackslashes(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\")
    }

    /// Replaces characters that XML 1.0 cannot carry (C0 controls other than tab and newline,
    /// DEL, C1 controls, U+FFFE, U+FFFF) with a space; a carriage return becomes a newline.
    static func clean(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: isUnwanted) else { return s }
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in s.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            if scalar == "\r" { out.append("\n"); continue }
            if scalar == "\n" && previousWasCR { continue }
            out.append(isUnwanted(scalar) ? " " : scalar)
        }
        return String(out)
    }

    private static func isUnwanted(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x09, 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }
}
