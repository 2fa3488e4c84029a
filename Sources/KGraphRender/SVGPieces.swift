/// A small SVG/XML scanner for ``Renderer/embeddableSVG(_:idPrefix:)``: splits a document
/// into tags and everything else, dropping the prolog, processing instructions, DOCTYPE and
/// comments. It does not validate; it only needs to find tags and their attributes reliably.
///
/// It scans UTF-8 bytes, never `Character`s: a grapheme cluster fuses a `"`, `<` or `>` with
/// a following combining mark (U+0301, U+200D), which would hide the delimiter. Every
/// delimiter is ASCII, so slicing at one always leaves valid UTF-8.
enum SVGPieces {
    struct Attribute: Equatable {
        var name: String
        /// The raw (still entity-escaped) value.
        var value: String
        var quote: Character
    }

    struct Tag {
        var name: String
        var isClosing: Bool
        var isSelfClosing: Bool
        var attributes: [Attribute]

        func serialized() -> String {
            if isClosing { return "</\(name)>" }
            var s = "<" + name
            for a in attributes { s += " \(a.name)=\(a.quote)\(a.value)\(a.quote)" }
            return s + (isSelfClosing ? "/>" : ">")
        }
    }

    enum Piece {
        /// Character data or CDATA sections, kept verbatim.
        case text(String)
        case tag(Tag)
    }

    static func split(_ document: String) -> [Piece] {
        let s = Array(document.utf8)
        var pieces: [Piece] = []
        var text: [UInt8] = []
        func flush() {
            if !text.isEmpty { pieces.append(.text(String(decoding: text, as: UTF8.self))); text = [] }
        }
        var i = 0
        while i < s.count {
            guard let lt = s[i...].firstIndex(of: UInt8(ascii: "<")) else { break }
            text += s[i..<lt]
            i = lt
            if has(s, "<!--", at: i) {
                i = skip(s, from: i, past: "-->")
            } else if has(s, "<?", at: i) {
                i = skip(s, from: i, past: "?>")
            } else if has(s, "<![CDATA[", at: i) {
                let end = skip(s, from: i, past: "]]>")
                text += s[i..<end]
                i = end
            } else if has(s, "<!", at: i) {
                i = skipDeclaration(s, from: i)
            } else if let (tag, rest) = parseTag(s, at: i) {
                flush()
                pieces.append(.tag(tag))
                i = rest
            } else {
                // A stray '<' that starts no tag: keep it as (escaped) text.
                text += "&lt;".utf8
                i += 1
            }
        }
        if i < s.count { text += s[i...] }
        flush()
        return pieces
    }

    private static func has(_ s: [UInt8], _ literal: StaticString, at i: Int) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard i + n <= s.count else { return false }
        return literal.withUTF8Buffer { lit in (0..<n).allSatisfy { s[i + $0] == lit[$0] } }
    }

    /// The index just past the first `end` at or after `i`, or the end of `s`.
    private static func skip(_ s: [UInt8], from i: Int, past end: StaticString) -> Int {
        var k = i
        while k < s.count {
            if has(s, end, at: k) { return k + end.utf8CodeUnitCount }
            k += 1
        }
        return s.count
    }

    /// Skips `<!DOCTYPE ...>` including an internal subset in brackets.
    private static func skipDeclaration(_ s: [UInt8], from start: Int) -> Int {
        var depth = 0
        var quote: UInt8?
        var i = start + 2
        while i < s.count {
            let c = s[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                quote = c
            } else if c == UInt8(ascii: "[") {
                depth += 1
            } else if c == UInt8(ascii: "]") {
                depth -= 1
            } else if c == UInt8(ascii: ">") && depth <= 0 {
                return i + 1
            }
            i += 1
        }
        return s.count
    }

    /// Name bytes: ASCII letters, digits, `-_:.`, and every byte of a non-ASCII character
    /// (XML allows most of them in names; none of them is a delimiter).
    private static func isNameByte(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: "."), 0x80...0xFF:
            return true
        default:
            return false
        }
    }

    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }

    private static func string(_ s: [UInt8], _ range: Range<Int>) -> String { String(decoding: s[range], as: UTF8.self) }

    /// Parses `<name attr="v" ...>`, `</name>` or `<name .../>` at `start`; returns the tag and
    /// the index just past it.
    private static func parseTag(_ s: [UInt8], at start: Int) -> (Tag, Int)? {
        var i = start + 1
        var closing = false
        if i < s.count && s[i] == UInt8(ascii: "/") { closing = true; i += 1 }
        let nameStart = i
        while i < s.count && isNameByte(s[i]) { i += 1 }
        guard i > nameStart else { return nil }
        var tag = Tag(name: string(s, nameStart..<i), isClosing: closing, isSelfClosing: false, attributes: [])
        while true {
            while i < s.count && isSpace(s[i]) { i += 1 }
            guard i < s.count else { return nil }
            if s[i] == UInt8(ascii: ">") { return (tag, i + 1) }
            if s[i] == UInt8(ascii: "/") {
                guard i + 1 < s.count, s[i + 1] == UInt8(ascii: ">") else { return nil }
                tag.isSelfClosing = true
                return (tag, i + 2)
            }
            let attrStart = i
            while i < s.count && isNameByte(s[i]) { i += 1 }
            guard i > attrStart else { return nil }
            let name = string(s, attrStart..<i)
            while i < s.count && isSpace(s[i]) { i += 1 }
            guard i < s.count, s[i] == UInt8(ascii: "=") else { return nil }
            i += 1
            while i < s.count && isSpace(s[i]) { i += 1 }
            guard i < s.count, s[i] == UInt8(ascii: "\"") || s[i] == UInt8(ascii: "'") else { return nil }
            let quote = s[i]
            i += 1
            guard let end = s[i...].firstIndex(of: quote) else { return nil }
            tag.attributes.append(Attribute(name: name, value: string(s, i..<end), quote: Character(Unicode.Scalar(quote))))
            i = end + 1
        }
    }
}
