/// A piece of an XML document as ``XMLTokenizer`` reads it. Attribute values and text are
/// decoded (entities resolved), so callers work on plain strings and re-escape on output.
enum XMLToken: Equatable {
    case start(name: String, attributes: [(name: String, value: String)], selfClosing: Bool)
    case end(name: String)
    case text(String)

    static func == (a: XMLToken, b: XMLToken) -> Bool {
        switch (a, b) {
        case let (.start(n1, a1, s1), .start(n2, a2, s2)):
            return n1 == n2 && s1 == s2 && a1.count == a2.count && zip(a1, a2).allSatisfy { $0.name == $1.name && $0.value == $1.value }
        case let (.end(x), .end(y)): return x == y
        case let (.text(x), .text(y)): return x == y
        default: return false
        }
    }
}

/// Why an SVG could not be embedded.
public struct SVGEmbeddingError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { "SVG: " + message }
}

/// A small XML reader, enough for Graphviz's SVG: elements, attributes, text, CDATA.
/// Comments, processing instructions and the DOCTYPE are skipped (they have no place in
/// inline SVG). It never resolves external entities and never recurses, so any input is safe.
struct XMLTokenizer {
    private let s: [Unicode.Scalar]
    private var i = 0

    init(_ text: String) { s = Array(text.unicodeScalars) }

    /// All tokens of the document, or an error naming what was malformed.
    static func tokens(_ text: String) throws(SVGEmbeddingError) -> [XMLToken] {
        var t = XMLTokenizer(text)
        var out: [XMLToken] = []
        while let tok = try t.next() { out.append(tok) }
        return out
    }

    private func starts(with p: String, at j: Int) -> Bool {
        var k = j
        for c in p.unicodeScalars {
            guard k < s.count, s[k] == c else { return false }
            k += 1
        }
        return true
    }

    /// Index just past the first `terminator` at or after `i`.
    private func skip(past terminator: String, what: String) throws(SVGEmbeddingError) -> Int {
        var k = i
        while k < s.count {
            if starts(with: terminator, at: k) { return k + terminator.unicodeScalars.count }
            k += 1
        }
        throw SVGEmbeddingError("unterminated \(what)")
    }

    mutating func next() throws(SVGEmbeddingError) -> XMLToken? {
        while i < s.count {
            if s[i] != "<" {
                var k = i
                while k < s.count, s[k] != "<" { k += 1 }
                let raw = String(String.UnicodeScalarView(s[i..<k]))
                i = k
                return .text(XMLTokenizer.decode(raw))
            }
            if starts(with: "<!--", at: i) { i = try skip(past: "-->", what: "comment"); continue }
            if starts(with: "<?", at: i) { i = try skip(past: "?>", what: "processing instruction"); continue }
            if starts(with: "<![CDATA[", at: i) {
                let start = i + 9
                i = try skip(past: "]]>", what: "CDATA section")
                return .text(String(String.UnicodeScalarView(s[start..<(i - 3)])))
            }
            if starts(with: "<!", at: i) { try skipDeclaration(); continue }
            if starts(with: "</", at: i) {
                i += 2
                let name = try readName()
                skipSpace()
                guard i < s.count, s[i] == ">" else { throw SVGEmbeddingError("malformed end tag </\(name)") }
                i += 1
                return .end(name: name)
            }
            return try readStartTag()
        }
        return nil
    }

    /// Skips `<!DOCTYPE ...>`, including an internal subset in brackets.
    private mutating func skipDeclaration() throws(SVGEmbeddingError) {
        var depth = 0
        var quote: Unicode.Scalar? = nil
        while i < s.count {
            let c = s[i]
            i += 1
            if let q = quote { if c == q { quote = nil }; continue }
            switch c {
            case "\"", "'": quote = c
            case "[": depth += 1
            case "]": depth -= 1
            case ">" where depth <= 0: return
            default: break
            }
        }
        throw SVGEmbeddingError("unterminated declaration")
    }

    private mutating func skipSpace() {
        while i < s.count, s[i] == " " || s[i] == "\n" || s[i] == "\t" || s[i] == "\r" { i += 1 }
    }

    private static func isNameScalar(_ c: Unicode.Scalar, first: Bool) -> Bool {
        if c == "_" || c == ":" || c.properties.isAlphabetic { return true }
        return !first && (c == "-" || c == "." || ("0"..."9").contains(c))
    }

    private mutating func readName() throws(SVGEmbeddingError) -> String {
        let start = i
        while i < s.count, XMLTokenizer.isNameScalar(s[i], first: i == start) { i += 1 }
        guard i > start else { throw SVGEmbeddingError("expected a name at character \(start)") }
        return String(String.UnicodeScalarView(s[start..<i]))
    }

    private mutating func readStartTag() throws(SVGEmbeddingError) -> XMLToken {
        i += 1
        let name = try readName()
        var attributes: [(name: String, value: String)] = []
        while true {
            skipSpace()
            guard i < s.count else { throw SVGEmbeddingError("unterminated tag <\(name)") }
            if s[i] == ">" { i += 1; return .start(name: name, attributes: attributes, selfClosing: false) }
            if s[i] == "/" {
                guard i + 1 < s.count, s[i + 1] == ">" else { throw SVGEmbeddingError("malformed tag <\(name)") }
                i += 2
                return .start(name: name, attributes: attributes, selfClosing: true)
            }
            let attr = try readName()
            skipSpace()
            guard i < s.count, s[i] == "=" else { throw SVGEmbeddingError("attribute \(attr) of <\(name)> has no value") }
            i += 1
            skipSpace()
            guard i < s.count, s[i] == "\"" || s[i] == "'" else { throw SVGEmbeddingError("attribute \(attr) of <\(name)> is not quoted") }
            let quote = s[i]
            i += 1
            let start = i
            while i < s.count, s[i] != quote {
                if s[i] == "<" { throw SVGEmbeddingError("'<' in attribute \(attr) of <\(name)>") }
                i += 1
            }
            guard i < s.count else { throw SVGEmbeddingError("unterminated attribute \(attr) of <\(name)>") }
            let raw = String(String.UnicodeScalarView(s[start..<i]))
            i += 1
            guard !attributes.contains(where: { $0.name == attr }) else { throw SVGEmbeddingError("duplicate attribute \(attr) in <\(name)>") }
            attributes.append((attr, decode(attribute: raw)))
        }
    }

    /// Attribute values also normalize literal whitespace characters to spaces, as XML does.
    private func decode(attribute raw: String) -> String {
        var v = XMLTokenizer.decode(raw)
        if v.contains(where: { $0 == "\n" || $0 == "\t" || $0 == "\r" }) {
            v = String(v.map { $0 == "\n" || $0 == "\t" || $0 == "\r" ? " " : $0 })
        }
        return v
    }

    /// Resolves the XML entities and character references; an unknown reference stays as text.
    static func decode(_ raw: String) -> String {
        guard raw.contains("&") else { return raw }
        var out = String.UnicodeScalarView()
        let u = Array(raw.unicodeScalars)
        var k = 0
        while k < u.count {
            guard u[k] == "&", let semi = u[k...].prefix(12).firstIndex(of: ";") else {
                out.append(u[k]); k += 1; continue
            }
            let body = String(String.UnicodeScalarView(u[(k + 1)..<semi]))
            if let scalar = entity(body) {
                out.append(scalar)
                k = semi + 1
            } else {
                out.append(u[k]); k += 1
            }
        }
        return String(out)
    }

    private static func entity(_ body: String) -> Unicode.Scalar? {
        switch body {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return "\u{A0}"
        default: break
        }
        guard body.hasPrefix("#") else { return nil }
        let digits = body.dropFirst()
        let code: UInt32?
        if digits.hasPrefix("x") || digits.hasPrefix("X") {
            code = UInt32(digits.dropFirst(), radix: 16)
        } else {
            code = UInt32(digits, radix: 10)
        }
        // NUL and other C0 controls are not allowed in XML or HTML text; drop them to U+FFFD.
        guard let c = code, let scalar = Unicode.Scalar(c) else { return nil }
        if c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D { return "\u{FFFD}" }
        return scalar
    }
}
