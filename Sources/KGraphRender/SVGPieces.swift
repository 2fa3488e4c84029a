/// A small SVG/XML scanner for ``Renderer/embeddableSVG(_:idPrefix:)``: splits a document
/// into tags and everything else, dropping the prolog, processing instructions, DOCTYPE and
/// comments. It does not validate; it only needs to find tags and their attributes reliably.
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
        var pieces: [Piece] = []
        var text = ""
        var s = Substring(document)
        func flush() {
            if !text.isEmpty { pieces.append(.text(text)); text = "" }
        }
        while let lt = s.firstIndex(of: "<") {
            text += s[..<lt]
            s = s[lt...]
            if s.hasPrefix("<!--") {
                s = skip(s, past: "-->")
            } else if s.hasPrefix("<?") {
                s = skip(s, past: "?>")
            } else if s.hasPrefix("<![CDATA[") {
                let end = s.range(of: "]]>")?.upperBound ?? s.endIndex
                text += s[..<end]
                s = s[end...]
            } else if s.hasPrefix("<!") {
                s = skipDeclaration(s)
            } else if let (tag, rest) = parseTag(s) {
                flush()
                pieces.append(.tag(tag))
                s = rest
            } else {
                // A stray '<' that starts no tag: keep it as (escaped) text.
                text += "&lt;"
                s = s.dropFirst()
            }
        }
        text += s
        flush()
        return pieces
    }

    private static func skip(_ s: Substring, past end: String) -> Substring {
        guard let r = s.range(of: end) else { return s[s.endIndex...] }
        return s[r.upperBound...]
    }

    /// Skips `<!DOCTYPE ...>` including an internal subset in brackets.
    private static func skipDeclaration(_ s: Substring) -> Substring {
        var depth = 0
        var quote: Character?
        var i = s.index(s.startIndex, offsetBy: 2)
        while i < s.endIndex {
            let c = s[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "[" {
                depth += 1
            } else if c == "]" {
                depth -= 1
            } else if c == ">" && depth <= 0 {
                return s[s.index(after: i)...]
            }
            i = s.index(after: i)
        }
        return s[s.endIndex...]
    }

    private static func isNameCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "-" || c == "_" || c == ":" || c == "."
    }

    /// Parses `<name attr="v" ...>`, `</name>` or `<name .../>` at the start of `s`.
    private static func parseTag(_ s: Substring) -> (Tag, Substring)? {
        var i = s.index(after: s.startIndex)
        var closing = false
        if i < s.endIndex && s[i] == "/" { closing = true; i = s.index(after: i) }
        let nameStart = i
        while i < s.endIndex && isNameCharacter(s[i]) { i = s.index(after: i) }
        guard i > nameStart else { return nil }
        var tag = Tag(name: String(s[nameStart..<i]), isClosing: closing, isSelfClosing: false, attributes: [])
        while true {
            while i < s.endIndex && s[i].isWhitespace { i = s.index(after: i) }
            guard i < s.endIndex else { return nil }
            if s[i] == ">" { return (tag, s[s.index(after: i)...]) }
            if s[i] == "/" {
                let next = s.index(after: i)
                guard next < s.endIndex, s[next] == ">" else { return nil }
                tag.isSelfClosing = true
                return (tag, s[s.index(after: next)...])
            }
            let attrStart = i
            while i < s.endIndex && isNameCharacter(s[i]) { i = s.index(after: i) }
            guard i > attrStart else { return nil }
            let name = String(s[attrStart..<i])
            while i < s.endIndex && s[i].isWhitespace { i = s.index(after: i) }
            guard i < s.endIndex, s[i] == "=" else { return nil }
            i = s.index(after: i)
            while i < s.endIndex && s[i].isWhitespace { i = s.index(after: i) }
            guard i < s.endIndex, s[i] == "\"" || s[i] == "'" else { return nil }
            let quote = s[i]
            i = s.index(after: i)
            guard let end = s[i...].firstIndex(of: quote) else { return nil }
            tag.attributes.append(Attribute(name: name, value: String(s[i..<end]), quote: quote))
            i = s.index(after: end)
        }
    }
}
