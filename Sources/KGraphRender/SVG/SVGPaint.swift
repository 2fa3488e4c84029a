/// Graphviz paint attributes (colours, `style`, `penwidth`, `fontname`) as SVG presentation
/// attributes. Only values that SVG can show exactly are accepted; anything else makes
/// ``SVGWriter/canDraw(_:)`` hand the diagram to Graphviz's own SVG renderer.
enum SVGPaint {
    /// A colour SVG understands: `#rgb`, `#rrggbb`, `#rrggbbaa` (alpha as an opacity), one of
    /// SVG's colour keywords, `none` or `transparent`.
    struct Color: Equatable, Sendable {
        /// The SVG value: `#rrggbb`, a keyword or `none`.
        var value: String
        /// Below 1 for `#rrggbbaa` and `transparent`.
        var opacity: Double

        static let black = Color(value: "black", opacity: 1)
        static let none = Color(value: "none", opacity: 1)

        init(value: String, opacity: Double) {
            self.value = value
            self.opacity = opacity
        }

        init?(_ s: String) {
            // The usual case, `#rrggbb` in lower case, without building new strings.
            if s.utf8.count == 7, s.utf8.first == UInt8(ascii: "#"), s.utf8.dropFirst().allSatisfy({ $0.isHexDigit }) {
                self.init(value: s, opacity: 1)
                return
            }
            let lower = s.lowercased()
            if lower == "transparent" || lower == "invis" { self.init(value: "transparent", opacity: 1); return }
            if lower == "none" { self.init(value: "none", opacity: 1); return }
            if SVGPaint.keywords.contains(lower) { self.init(value: lower, opacity: 1); return }
            guard lower.first == "#", lower.utf8.dropFirst().allSatisfy({ $0.isHexDigit }) else { return nil }
            let digits = Array(lower.utf8.dropFirst())
            switch digits.count {
            case 3: self.init(value: "#" + String(decoding: digits.flatMap { [$0, $0] }, as: UTF8.self), opacity: 1)
            case 6: self.init(value: lower, opacity: 1)
            case 8:
                let alpha = Double(Int(String(decoding: digits[6...], as: UTF8.self), radix: 16)!) / 255
                self.init(value: "#" + String(decoding: digits[..<6], as: UTF8.self), opacity: alpha)
            default: return nil
            }
        }
    }

    /// The line styles of `style`, and whether it asks for anything else SVG cannot draw here.
    struct Style: Equatable, Sendable {
        var filled = false
        var rounded = false
        var dashed = false
        var dotted = false
        var bold = false
        var invisible = false
        /// A style word this writer does not draw (`diagonals`, `striped`, `wedged`, `radial`, ...).
        var unsupported = false

        init(_ s: String?) {
            guard var s else { return }
            // Word by word without allocating: this runs for every node and edge.
            s.withUTF8 { bytes in
                var start = 0
                for i in 0...bytes.count where i == bytes.count || bytes[i] == UInt8(ascii: ",") || bytes[i] == UInt8(ascii: " ") {
                    defer { start = i + 1 }
                    guard i > start else { continue }
                    apply(UnsafeBufferPointer(rebasing: bytes[start..<i]))
                }
            }
        }

        private mutating func apply(_ word: UnsafeBufferPointer<UInt8>) {
            func is_(_ name: StaticString) -> Bool {
                name.utf8CodeUnitCount == word.count && zip(UnsafeBufferPointer(start: name.utf8Start, count: word.count), word)
                    .allSatisfy { $0 == $1 | 0x20 }
            }
            if is_("filled") { filled = true }
            else if is_("rounded") { rounded = true }
            else if is_("dashed") { dashed = true }
            else if is_("dotted") { dotted = true }
            else if is_("bold") { bold = true }
            else if is_("invis") || is_("invisible") { invisible = true }
            else if !is_("solid") { unsupported = true }
        }

        /// The SVG `stroke-dasharray`, as Graphviz's SVG renderer writes it.
        var dashArray: StaticString? { dashed ? "5,2" : dotted ? "1,5" : nil }
    }

    /// Graphviz draws `bold` at least two points wide.
    static func strokeWidth(penwidth: String?, bold: Bool) -> Double {
        let width = penwidth.flatMap(number).map { max(0, $0) } ?? 1
        return bold ? max(width, 2) : width
    }

    /// `s` as a number: plain decimals such as `1.6` are read directly (every element has a
    /// pen width), anything else by `Double(_:)`.
    static func number(_ s: String) -> Double? {
        var whole = 0, fraction = 0, scale = 1, seenPoint = false, digits = 0
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9") where digits < 12:
                digits += 1
                if seenPoint { fraction = fraction * 10 + Int(b - 48); scale *= 10 } else { whole = whole * 10 + Int(b - 48) }
            case UInt8(ascii: ".") where !seenPoint:
                seenPoint = true
            default:
                return Double(s)
            }
        }
        return digits == 0 ? nil : Double(whole) + Double(fraction) / Double(scale)
    }

    /// The CSS `font-family` for a Graphviz `fontname`, with a generic fallback.
    static func fontFamily(_ fontname: String?) -> String {
        guard let name = fontname, name != "Helvetica" else { return "Helvetica,Arial,sans-serif" }
        let lower = name.lowercased()
        if lower.hasPrefix("helvetica") || lower.hasPrefix("arial") || lower == "sans" || lower == "sans-serif" {
            return "Helvetica,Arial,sans-serif"
        }
        if lower.hasPrefix("times") || lower == "serif" { return "Times,serif" }
        if lower.hasPrefix("courier") || lower == "monospace" { return "Courier,monospace" }
        return name + ",sans-serif"
    }

    /// SVG 1.1's colour keywords (the CSS named colours).
    static let keywords: Set<String> = [
        "aliceblue", "antiquewhite", "aqua", "aquamarine", "azure", "beige", "bisque", "black", "blanchedalmond",
        "blue", "blueviolet", "brown", "burlywood", "cadetblue", "chartreuse", "chocolate", "coral",
        "cornflowerblue", "cornsilk", "crimson", "cyan", "darkblue", "darkcyan", "darkgoldenrod", "darkgray",
        "darkgreen", "darkgrey", "darkkhaki", "darkmagenta", "darkolivegreen", "darkorange", "darkorchid",
        "darkred", "darksalmon", "darkseagreen", "darkslateblue", "darkslategray", "darkslategrey",
        "darkturquoise", "darkviolet", "deeppink", "deepskyblue", "dimgray", "dimgrey", "dodgerblue",
        "firebrick", "floralwhite", "forestgreen", "fuchsia", "gainsboro", "ghostwhite", "gold", "goldenrod",
        "gray", "grey", "green", "greenyellow", "honeydew", "hotpink", "indianred", "indigo", "ivory", "khaki",
        "lavender", "lavenderblush", "lawngreen", "lemonchiffon", "lightblue", "lightcoral", "lightcyan",
        "lightgoldenrodyellow", "lightgray", "lightgreen", "lightgrey", "lightpink", "lightsalmon",
        "lightseagreen", "lightskyblue", "lightslategray", "lightslategrey", "lightsteelblue", "lightyellow",
        "lime", "limegreen", "linen", "magenta", "maroon", "mediumaquamarine", "mediumblue", "mediumorchid",
        "mediumpurple", "mediumseagreen", "mediumslateblue", "mediumspringgreen", "mediumturquoise",
        "mediumvioletred", "midnightblue", "mintcream", "mistyrose", "moccasin", "navajowhite", "navy",
        "oldlace", "olive", "olivedrab", "orange", "orangered", "orchid", "palegoldenrod", "palegreen",
        "paleturquoise", "palevioletred", "papayawhip", "peachpuff", "peru", "pink", "plum", "powderblue",
        "purple", "red", "rosybrown", "royalblue", "saddlebrown", "salmon", "sandybrown", "seagreen",
        "seashell", "sienna", "silver", "skyblue", "slateblue", "slategray", "slategrey", "snow", "springgreen",
        "steelblue", "tan", "teal", "thistle", "tomato", "turquoise", "violet", "wheat", "white", "whitesmoke",
        "yellow", "yellowgreen",
    ]
}

private extension UInt8 {
    var isHexDigit: Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self)
    }
}
