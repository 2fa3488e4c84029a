import KGraphModel

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

    /// How an attribute's value must be escaped; decided once per attribute name.
    enum Escaping {
        /// Taken as written (after control characters are replaced).
        case plain
        /// lblString: backslashes doubled, newlines written `\n`.
        case label
        /// escString: backslashes doubled.
        case escaped
        /// Tooltips go through Graphviz's escape substitution twice (once when the object is
        /// emitted, once more when the tooltip is prepared): backslashes quadrupled.
        case tooltip
        /// escString that Graphviz 2.42.2 writes into SVG raw: also XML-escaped for SVG.
        case url

        init(key: String) {
            if AttributeText.labelAttributes.contains(key) { self = .label }
            else if AttributeText.tooltipAttributes.contains(key) { self = .tooltip }
            else if AttributeText.urlAttributes.contains(key) { self = .url }
            else if AttributeText.escapedAttributes.contains(key) { self = .escaped }
            else { self = .plain }
        }
    }

    /// `value` as Graphviz must receive it for attribute `key` so it comes out as written.
    static func value(_ value: String, forKey key: String, escapeURLAmpersands: Bool) -> String {
        var bytes: [UInt8] = []
        encode(value, Escaping(key: key), escapeURLAmpersands: escapeURLAmpersands, into: &bytes)
        return String(decoding: bytes.dropLast(), as: UTF8.self)
    }

    /// Writes `value`, escaped as `escaping` says and NUL-terminated, into `out` (emptied
    /// first): one pass over the UTF-8 bytes, since this runs for every attribute of every
    /// node and edge. It does what ``clean(_:)`` does, then the escaping.
    static func encode(_ value: String, _ escaping: Escaping, escapeURLAmpersands: Bool, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        var value = value
        value.withUTF8 { s in
            let n = s.count
            out.reserveCapacity(n + 16)
            var i = 0
            while i < n {
                // Copy the run of bytes that need nothing in one go (most values are one run).
                let run = i
                while i < n && !needsAttention(s[i]) { i += 1 }
                if i > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: s[run..<i])) }
                guard i < n else { break }
                let b = s[i]
                i += 1
                switch b {
                case UInt8(ascii: "\\"):
                    switch escaping {
                    case .plain: out.append(b)
                    case .label, .escaped, .url: out.append(b); out.append(b)
                    case .tooltip: out.append(contentsOf: [b, b, b, b])
                    }
                case 0x0A, 0x0D:
                    // A carriage return (or CRLF) is a newline; in label text a newline is `\n`.
                    if b == 0x0D && i < n && s[i] == 0x0A { i += 1 }
                    if escaping == .label { out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "n")) }
                    else { out.append(0x0A) }
                case 0x09:
                    out.append(b)
                case 0x00...0x1F, 0x7F:
                    out.append(0x20)
                case 0xC2 where i < n && (0x80...0x9F).contains(s[i]):
                    // C1 controls U+0080...U+009F.
                    out.append(0x20); i += 1
                case 0xEF where i + 1 < n && s[i] == 0xBF && (s[i + 1] == 0xBE || s[i + 1] == 0xBF):
                    // The noncharacters U+FFFE and U+FFFF.
                    out.append(0x20); i += 2
                case UInt8(ascii: "&"), UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "'"):
                    // Graphviz 2.42.2 writes URLs into SVG attributes raw (fixed in 2.42.4).
                    guard escaping == .url && escapeURLAmpersands, let entity = XMLEscaping.entity(b) else {
                        out.append(b)
                        break
                    }
                    entity.withUTF8Buffer { out.append(contentsOf: $0) }
                default:
                    out.append(b)
                }
            }
        }
        out.append(0)
    }

    /// Bytes that may need escaping or replacing: controls, DEL, backslash, the XML specials,
    /// and the lead bytes of C1 controls and U+FFFE/U+FFFF.
    @inline(__always)
    private static func needsAttention(_ b: UInt8) -> Bool {
        switch b {
        case 0x00...0x1F, 0x7F, 0xC2, 0xEF, UInt8(ascii: "\\"), UInt8(ascii: "&"), UInt8(ascii: "\""),
             UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "'"):
            return true
        default:
            return false
        }
    }

    /// Replaces characters that XML 1.0 cannot carry (C0 controls other than tab and newline,
    /// DEL, C1 controls, U+FFFE, U+FFFF) with a space; a carriage return becomes a newline.
    static func clean(_ s: String) -> String {
        // Bytes that can start an unwanted character; almost all text has none.
        guard s.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xEF }),
              s.unicodeScalars.contains(where: isUnwanted) else { return s }
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
