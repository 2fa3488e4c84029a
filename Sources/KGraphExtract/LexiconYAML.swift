import KGraphModel

/// A YAML syntax error with the line (from 1) where it was found.
struct YAMLSyntaxError: Error {
    var line: Int
    var message: String
}

/// Reads the small YAML subset lexicon files need, into the same ``JSONValue`` as JSON files.
///
/// Supported: block mappings (`key: value`), block lists (`- item`, `- key: value` items),
/// flow lists of scalars (`[a, "b", 'c']`), plain, "double-quoted" (with `\"`, `\\`, `\n`,
/// `\t`, `\uXXXX` escapes) and 'single-quoted' scalars, `null`/`~`/empty, `true`/`false`,
/// integers, and `#` comments. Not supported (rejected or read as plain text): anchors and
/// aliases, tags, multi-line and block scalars (`|`, `>`), flow mappings (`{...}`), several
/// documents, and tab indentation.
enum YAMLSubset {
    static func parse(_ text: String) throws(YAMLSyntaxError) -> JSONValue {
        var lines: [Line] = []
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var s = Substring(raw)
            if s.hasSuffix("\r") { s = s.dropLast() }
            if number == 1, s.hasPrefix("\u{FEFF}") { s = s.dropFirst() }
            let indent = s.prefix { $0 == " " }.count
            if s.dropFirst(indent).hasPrefix("\t") { throw YAMLSyntaxError(line: number, message: "tabs are not allowed for indentation; use spaces") }
            let content = stripComment(String(s.dropFirst(indent)))
            if content.isEmpty || content == "---" { continue }
            if content == "..." { break }
            lines.append(Line(indent: indent, text: content, number: number))
        }
        var p = Parser(lines: lines)
        guard !lines.isEmpty else { return .null }
        let v = try p.block(indent: lines[0].indent)
        if p.i < lines.count {
            throw YAMLSyntaxError(line: lines[p.i].number, message: "unexpected indentation")
        }
        return v
    }

    struct Line {
        var indent: Int
        var text: String
        var number: Int
    }

    /// Drops a `#` comment that starts a line or follows a space, outside quotes.
    static func stripComment(_ s: String) -> String {
        var quote: Character? = nil
        var prev: Character = " "
        var out = ""
        for c in s {
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                if prev == " " || prev == "[" || prev == "," || prev == ":" || prev == "-" { quote = c }
            } else if c == "#", prev == " " || prev == "\t" {
                break
            }
            out.append(c)
            prev = c
        }
        while out.last == " " { out.removeLast() }
        return out
    }

    struct Parser {
        var lines: [Line]
        var i = 0

        func isListItem(_ l: Line) -> Bool { l.text == "-" || l.text.hasPrefix("- ") }

        mutating func block(indent: Int) throws(YAMLSyntaxError) -> JSONValue {
            guard i < lines.count else { return .null }
            return isListItem(lines[i]) ? try list(indent: indent) : try mapping(indent: indent)
        }

        mutating func list(indent: Int) throws(YAMLSyntaxError) -> JSONValue {
            var items: [JSONValue] = []
            while i < lines.count, lines[i].indent == indent, isListItem(lines[i]) {
                let line = lines[i]
                let rest = String(line.text.dropFirst(1).drop { $0 == " " })
                if rest.isEmpty {
                    i += 1
                    if i < lines.count, lines[i].indent > indent { items.append(try block(indent: lines[i].indent)) }
                    else { items.append(.null) }
                } else if YAMLSubset.splitKey(rest) != nil {
                    // "- key: value" starts a mapping whose keys line up with "key".
                    let inner = indent + (line.text.count - rest.count)
                    lines[i] = Line(indent: inner, text: rest, number: line.number)
                    items.append(try mapping(indent: inner))
                } else {
                    items.append(try YAMLSubset.scalarOrFlow(rest, line: line.number))
                    i += 1
                }
            }
            if i < lines.count, lines[i].indent > indent {
                throw YAMLSyntaxError(line: lines[i].number, message: "unexpected indentation in a list")
            }
            return .array(items)
        }

        mutating func mapping(indent: Int) throws(YAMLSyntaxError) -> JSONValue {
            var pairs: [(String, JSONValue)] = []
            while i < lines.count, lines[i].indent == indent {
                let line = lines[i]
                if isListItem(line) { throw YAMLSyntaxError(line: line.number, message: "a list item where a \"key: value\" line was expected") }
                guard let (key, value) = YAMLSubset.splitKey(line.text) else {
                    throw YAMLSyntaxError(line: line.number, message: "expected \"key: value\"")
                }
                if pairs.contains(where: { $0.0 == key }) { throw YAMLSyntaxError(line: line.number, message: "duplicate key \"\(key)\"") }
                i += 1
                if value.isEmpty {
                    if i < lines.count, lines[i].indent > indent {
                        pairs.append((key, try block(indent: lines[i].indent)))
                    } else if i < lines.count, lines[i].indent == indent, isListItem(lines[i]) {
                        pairs.append((key, try list(indent: indent)))
                    } else {
                        pairs.append((key, .null))
                    }
                } else {
                    pairs.append((key, try YAMLSubset.scalarOrFlow(value, line: line.number)))
                }
            }
            if i < lines.count, lines[i].indent > indent {
                throw YAMLSyntaxError(line: lines[i].number, message: "unexpected indentation")
            }
            return .object(pairs)
        }
    }

    /// `key: value` or `key:` (key plain or quoted) -> (key, value text).
    static func splitKey(_ s: String) -> (String, String)? {
        let chars = Array(s)
        var j = 0
        var key: String
        if let q = chars.first, q == "\"" || q == "'" {
            guard let close = chars.dropFirst().firstIndex(of: q) else { return nil }
            key = String(chars[1..<close])
            j = close + 1
            guard j < chars.count, chars[j] == ":" else { return nil }
        } else {
            while j < chars.count {
                if chars[j] == ":", j + 1 == chars.count || chars[j + 1] == " " { break }
                j += 1
            }
            guard j < chars.count else { return nil }
            key = String(chars[0..<j]).trimmingSpaces
            if key.isEmpty || key.hasPrefix("[") || key.hasPrefix("{") { return nil }
        }
        let value = String(chars[(j + 1)...]).trimmingSpaces
        return (key, value)
    }

    static func scalarOrFlow(_ s: String, line: Int) throws(YAMLSyntaxError) -> JSONValue {
        if s.hasPrefix("[") {
            guard s.hasSuffix("]") else { throw YAMLSyntaxError(line: line, message: "unclosed [ list (flow lists must fit on one line)") }
            let inner = s.dropFirst().dropLast()
            var items: [JSONValue] = []
            var cur = "", quote: Character? = nil, escaped = false
            for c in inner {
                if let q = quote {
                    cur.append(c)
                    if escaped { escaped = false } else if c == "\\" && q == "\"" { escaped = true } else if c == q { quote = nil }
                    continue
                }
                if c == "\"" || c == "'" { quote = c; cur.append(c); continue }
                if c == "," { items.append(try scalar(cur.trimmingSpaces, line: line)); cur = ""; continue }
                cur.append(c)
            }
            if quote != nil { throw YAMLSyntaxError(line: line, message: "unclosed quote") }
            if !cur.trimmingSpaces.isEmpty || !items.isEmpty { items.append(try scalar(cur.trimmingSpaces, line: line)) }
            return .array(items)
        }
        if s.hasPrefix("{") { throw YAMLSyntaxError(line: line, message: "flow mappings ({...}) are not supported; use indented \"key: value\" lines") }
        if s.hasPrefix("|") || s.hasPrefix(">") { throw YAMLSyntaxError(line: line, message: "block scalars (| and >) are not supported; write the text on one line") }
        if s.hasPrefix("&") || s.hasPrefix("*") || s.hasPrefix("!") { throw YAMLSyntaxError(line: line, message: "anchors, aliases and tags are not supported") }
        return try scalar(s, line: line)
    }

    static func scalar(_ s: String, line: Int) throws(YAMLSyntaxError) -> JSONValue {
        if s.hasPrefix("\"") {
            guard s.count >= 2, s.hasSuffix("\""), !s.hasSuffix("\\\"") || s.hasSuffix("\\\\\"") else { throw YAMLSyntaxError(line: line, message: "unclosed double quote") }
            var out = "", esc = false
            var it = Array(s.dropFirst().dropLast()).makeIterator()
            while let c = it.next() {
                if esc {
                    esc = false
                    switch c {
                    case "n": out.append("\n")
                    case "t": out.append("\t")
                    case "u":
                        var hex = ""
                        for _ in 0..<4 { if let h = it.next() { hex.append(h) } }
                        guard let v = UInt32(hex, radix: 16), let u = Unicode.Scalar(v) else { throw YAMLSyntaxError(line: line, message: "bad \\u escape") }
                        out.unicodeScalars.append(u)
                    default: out.append(c)
                    }
                } else if c == "\\" { esc = true } else { out.append(c) }
            }
            return .string(out)
        }
        if s.hasPrefix("'") {
            guard s.count >= 2, s.hasSuffix("'") else { throw YAMLSyntaxError(line: line, message: "unclosed single quote") }
            return .string(String(s.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'"))
        }
        switch s {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        if let n = Int(s) { return .number(Double(n)) }
        return .string(s)
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
