import KGraphModel
import Yams

/// A YAML (or JSON) lexicon text as the ``JSONValue`` the lexicon decoder reads, with the line
/// of every key and list item, so errors can name where they are.
///
/// Full YAML through Yams (libyaml): block and flow collections, anchors and aliases, merge
/// keys (`<<: *base`), literal and folded block scalars, tags, comments. Plain scalars are read
/// with YAML 1.2's core schema: `null`/`~`/empty, `true`/`false` (not `yes`/`no`/`on`/`off`, so
/// "NO" stays a string), decimal integers and floats; quoted scalars are always strings.
/// Duplicate keys and several documents are errors.
struct LexiconYAML {
    var root: JSONValue
    /// Line (from 1) of each path the decoder names: `entities[2].type`, `suppress[0]`.
    var lines: [String: Int]

    /// What went wrong, and where.
    struct Failure: Error {
        var line: Int?
        var column: Int?
        var message: String
    }

    /// Aliases can make a small file expand to a huge tree ("billion laughs"); past this many
    /// values the file is refused.
    static let maxValues = 200_000
    static let maxDepth = 256

    static func parse(_ text: String) throws(Failure) -> LexiconYAML {
        let node: Yams.Node?
        do {
            node = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw failure(error)
        } catch {
            throw Failure(message: String(describing: error))
        }
        var reader = Reader()
        guard let node else { return LexiconYAML(root: .null, lines: [:]) }
        let root = try reader.value(node, path: "", depth: 0)
        return LexiconYAML(root: root, lines: reader.lines)
    }

    /// The line of `path`, or of the nearest enclosing path that has one.
    func line(of path: String) -> Int? {
        var p = Substring(path)
        while true {
            if let l = lines[String(p)] { return l }
            guard let cut = p.lastIndex(where: { $0 == "." || $0 == "[" }) else { return nil }
            p = p[..<cut]
        }
    }

    private static func failure(_ error: YamlError) -> Failure {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let where_ = context.map { " (\($0.text), from line \($0.mark.line))" } ?? ""
            return Failure(line: mark.line, column: mark.column, message: oneLine(problem + where_))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Failure(line: context.mark.line, column: context.mark.column,
                           message: "duplicate key \(duplicates.map { "\"\($0)\"" }.joined(separator: ", ")) in the mapping that starts here")
        case .reader(let problem, _, _, _):
            return Failure(message: oneLine("not readable as text: \(problem)"))
        default:
            return Failure(message: oneLine(String(describing: error)))
        }
    }

    private static func oneLine(_ s: String) -> String {
        s.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    private struct Reader {
        var lines: [String: Int] = [:]
        var count = 0

        mutating func value(_ node: Yams.Node, path: String, depth: Int) throws(Failure) -> JSONValue {
            count += 1
            guard count <= LexiconYAML.maxValues else {
                throw Failure(line: node.mark?.line, message: "more than \(LexiconYAML.maxValues) values once aliases are expanded")
            }
            guard depth <= LexiconYAML.maxDepth else { throw Failure(line: node.mark?.line, message: "nested too deeply") }
            if lines[path] == nil, let line = node.mark?.line { lines[path] = line }
            switch node {
            case .scalar(let s):
                return Self.scalar(s)
            case .sequence(let seq):
                var items: [JSONValue] = []
                for (i, item) in seq.enumerated() {
                    items.append(try value(item, path: "\(path)[\(i)]", depth: depth + 1))
                }
                return .array(items)
            case .mapping(let map):
                var pairs: [(String, JSONValue)] = []
                var merged: [(String, JSONValue)] = []
                for (k, v) in map {
                    guard case .scalar(let key) = k else {
                        throw Failure(line: k.mark?.line, column: k.mark?.column, message: "a key must be plain text, not a list or mapping")
                    }
                    if key.string == "<<" && key.style == Yams.Node.Scalar.Style.plain {
                        merged += try merge(v, path: path, depth: depth)
                        continue
                    }
                    let child = path.isEmpty ? key.string : "\(path).\(key.string)"
                    lines[child] = key.mark?.line ?? lines[child]
                    pairs.append((key.string, try value(v, path: child, depth: depth + 1)))
                }
                // Keys written out win over merged ones.
                for (k, v) in merged where !pairs.contains(where: { $0.0 == k }) { pairs.append((k, v)) }
                return .object(pairs)
            case .alias(let a):
                throw Failure(line: a.mark?.line, message: "unresolved alias")
            }
        }

        /// The pairs a merge key (`<<: *base` or `<<: [*a, *b]`) brings in; earlier maps win.
        mutating func merge(_ node: Yams.Node, path: String, depth: Int) throws(Failure) -> [(String, JSONValue)] {
            let sources: [Yams.Node]
            if case .sequence(let seq) = node { sources = Array(seq) } else { sources = [node] }
            var out: [(String, JSONValue)] = []
            for source in sources {
                guard case .mapping = source else {
                    throw Failure(line: source.mark?.line, column: source.mark?.column, message: "a merge key (<<) takes a mapping or a list of mappings")
                }
                guard case .object(let pairs) = try value(source, path: path, depth: depth + 1) else { continue }
                for (k, v) in pairs where !out.contains(where: { $0.0 == k }) { out.append((k, v)) }
            }
            return out
        }

        /// YAML 1.2 core schema for plain scalars; quoted, block and explicitly `!!str` scalars are strings.
        static func scalar(_ s: Yams.Node.Scalar) -> JSONValue {
            let text = s.string
            let tag = Tag.Name(rawValue: s.tag.rawValue)
            if tag == .str { return .string(text) }
            if tag == .null { return .null }
            if tag == .bool, let b = bool(text) { return .bool(b) }
            if tag == .int || tag == .float, let d = number(text) { return .number(d) }
            guard s.style == Yams.Node.Scalar.Style.plain, tag == .implicit else { return .string(text) }
            if text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL" { return .null }
            if let b = bool(text) { return .bool(b) }
            if let d = number(text) { return .number(d) }
            return .string(text)
        }

        static func bool(_ text: String) -> Bool? {
            switch text {
            case "true", "True", "TRUE": return true
            case "false", "False", "FALSE": return false
            default: return nil
            }
        }

        /// Decimal integers and floats only (`12`, `-3.5`, `1e3`), not `inf`, `nan` or `0x1F`.
        static func number(_ text: String) -> Double? {
            guard text.utf8.contains(where: { (48...57).contains($0) }),
                  text.utf8.allSatisfy({ (48...57).contains($0) || $0 == 43 || $0 == 45 || $0 == 46 || $0 == 69 || $0 == 101 })
            else { return nil }
            return Double(text)
        }
    }
}
