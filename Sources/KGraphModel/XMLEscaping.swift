/// The one escaper for text written into XML, SVG and HTML (and Graphviz's HTML-like labels):
/// every writer of markup uses it, with a ``Style`` for what its place needs.
///
/// It scans UTF-8 bytes, so a delimiter followed by a combining mark is still escaped, and
/// copies runs of ordinary bytes in one go.
public enum XMLEscaping {
    /// What happens to the characters that are not always the same: `&`, `<` and `>` always
    /// become entities, characters XML cannot carry (``isForbidden(_:)``) always become
    /// ``forbidden``.
    public struct Style: Sendable {
        /// `"` as `&quot;`.
        public var quote: Bool
        /// How `'` is written; nil keeps it.
        public var apostrophe: StaticString?
        /// How a tab is written; nil keeps it.
        public var tab: StaticString?
        /// How a line feed is written; nil keeps it.
        public var newline: StaticString?
        /// How a carriage return is written; nil keeps it. With ``foldsCarriageReturns`` a CR or
        /// CRLF is one newline instead (written as ``newline`` says).
        public var carriageReturn: StaticString?
        public var foldsCarriageReturns: Bool
        /// What stands for a character XML cannot carry.
        public var forbidden: StaticString
        /// `\` doubled (Graphviz substitutes `\N` and friends even in HTML-like labels).
        public var doublesBackslashes: Bool
        /// A space after a space as a no-break space, so runs of spaces show in SVG text.
        public var keepsSpaceRuns: Bool

        public init(quote: Bool = true, apostrophe: StaticString? = nil, tab: StaticString? = nil,
                    newline: StaticString? = nil, carriageReturn: StaticString? = nil,
                    foldsCarriageReturns: Bool = false, forbidden: StaticString = "\u{FFFD}",
                    doublesBackslashes: Bool = false, keepsSpaceRuns: Bool = false) {
            self.quote = quote
            self.apostrophe = apostrophe
            self.tab = tab
            self.newline = newline
            self.carriageReturn = carriageReturn
            self.foldsCarriageReturns = foldsCarriageReturns
            self.forbidden = forbidden
            self.doublesBackslashes = doublesBackslashes
            self.keepsSpaceRuns = keepsSpaceRuns
            ordinary = Self.table(quote: quote, apostrophe: apostrophe != nil, backslash: doublesBackslashes,
                                  space: keepsSpaceRuns)
        }

        /// Bytes copied as they are: everything but the XML specials this style changes,
        /// controls, and the lead bytes of C1 controls (0xC2) and of U+FFFE/U+FFFF (0xEF).
        let ordinary: [Bool]

        private static func table(quote: Bool, apostrophe: Bool, backslash: Bool, space: Bool) -> [Bool] {
            (0...255).map { (b: Int) -> Bool in
                switch b {
                case 0x00...0x1F, 0x7F, 0xC2, 0xEF, 0x26, 0x3C, 0x3E: return false  // controls, DEL, leads, & < >
                case 0x22: return !quote
                case 0x27: return !apostrophe
                case 0x5C: return !backslash
                case 0x20: return !space
                default: return true
                }
            }
        }

        /// HTML element content and quoted attributes.
        public static let html = Style(apostrophe: "&#39;")
        /// The XML interchange formats: tab and line breaks as references, so attribute
        /// normalization cannot turn them into spaces.
        public static let xml = Style(apostrophe: "&apos;", tab: "&#9;", newline: "&#10;", carriageReturn: "&#13;")
        /// SVG character data as kgraph writes it: controls as spaces, runs of spaces kept.
        public static let svgText = Style(apostrophe: "&#39;", foldsCarriageReturns: true, forbidden: " ",
                                          keepsSpaceRuns: true)
        /// SVG attribute values: line breaks and tabs as references.
        public static let svgAttribute = Style(apostrophe: "&#39;", tab: "&#9;", newline: "&#10;",
                                               foldsCarriageReturns: true, forbidden: " ")
        /// Text in Graphviz's HTML-like labels: line breaks as `<BR/>`, tabs as spaces.
        public static let graphvizHTML = Style(tab: " ", newline: "<BR/>", foldsCarriageReturns: true,
                                               forbidden: " ", doublesBackslashes: true)
    }

    /// C0 controls other than tab, newline and carriage return, DEL and the C1 controls, and
    /// the non-characters U+FFFE/U+FFFF: XML 1.0 documents cannot hold them (and C1 controls are
    /// never wanted in text).
    public static func isForbidden(_ s: Unicode.Scalar) -> Bool {
        (s.value < 0x20 && s != "\t" && s != "\n" && s != "\r") || s.value == 0xFFFE || s.value == 0xFFFF
            || (0x7F...0x9F).contains(s.value)
    }

    /// `text` escaped as `style` says.
    public static func escaped(_ text: String, _ style: Style) -> String {
        var out = ""
        escape(text, style, into: &out)
        return out
    }

    /// Appends `text`, escaped as `style` says, to `out`.
    public static func escape(_ text: String, _ style: Style, into out: inout String) {
        out.reserveCapacity(out.utf8.count + text.utf8.count)
        escape(text, style) { out += String(decoding: $0, as: UTF8.self) }
    }

    /// Hands `text`, escaped as `style` says, to `emit` in pieces of UTF-8.
    public static func escape(_ text: String, _ style: Style, _ emit: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        style.ordinary.withUnsafeBufferPointer { ordinary in text.withUTF8 { s in
            let n = s.count
            var i = 0, run = 0
            while i < n {
                // Ordinary bytes (most of them) are skipped with one table lookup.
                if ordinary[Int(s[i])] { i += 1; continue }
                let (replacement, width) = Self.replacement(s, at: i, style)
                guard let replacement else { i += 1; continue }
                if i > run { emit(UnsafeBufferPointer(rebasing: s[run..<i])) }
                replacement.withUTF8Buffer { emit($0) }
                i += width
                run = i
            }
            if n > run { emit(UnsafeBufferPointer(rebasing: s[run..<n])) }
        } }
    }

    /// The entity for one of the five XML specials (`'` as `&#39;`), else nil.
    public static func entity(_ b: UInt8) -> StaticString? {
        switch b {
        case UInt8(ascii: "&"): return "&amp;"
        case UInt8(ascii: "<"): return "&lt;"
        case UInt8(ascii: ">"): return "&gt;"
        case UInt8(ascii: "\""): return "&quot;"
        case UInt8(ascii: "'"): return "&#39;"
        default: return nil
        }
    }

    /// What the byte at `i` becomes (nil: itself) and how many bytes that replaces.
    private static func replacement(_ s: UnsafeBufferPointer<UInt8>, at i: Int, _ style: Style) -> (StaticString?, Int) {
        let n = s.count
        switch s[i] {
        case UInt8(ascii: "&"): return ("&amp;", 1)
        case UInt8(ascii: "<"): return ("&lt;", 1)
        case UInt8(ascii: ">"): return ("&gt;", 1)
        case UInt8(ascii: "\""): return (style.quote ? "&quot;" : nil, 1)
        case UInt8(ascii: "'"): return (style.apostrophe, 1)
        case UInt8(ascii: "\\"): return (style.doublesBackslashes ? "\\\\" : nil, 1)
        case 0x20: return (style.keepsSpaceRuns && i > 0 && s[i - 1] == 0x20 ? "&#160;" : nil, 1)
        case 0x09: return (style.tab, 1)
        case 0x0A: return (style.newline, 1)
        case 0x0D:
            guard style.foldsCarriageReturns else { return (style.carriageReturn, 1) }
            // CRLF or CR: one newline.
            return (style.newline ?? "\n", i + 1 < n && s[i + 1] == 0x0A ? 2 : 1)
        case 0x00...0x1F, 0x7F: return (style.forbidden, 1)
        case 0xC2 where i + 1 < n && (0x80...0x9F).contains(s[i + 1]): return (style.forbidden, 2)
        case 0xEF where i + 2 < n && s[i + 1] == 0xBF && (s[i + 2] == 0xBE || s[i + 2] == 0xBF): return (style.forbidden, 3)
        default: return (nil, 1)
        }
    }
}
