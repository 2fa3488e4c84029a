import KGraphModel

/// A graph as a Mermaid flowchart (for Markdown viewers that render ```mermaid blocks).
///
/// Node ids are ASCII slugs (`n_united_states`), never the label, and labels are quoted with
/// every character outside a small safe set written as a Mermaid entity code (`#quot;`,
/// `#35;`), so article text cannot break out of a label or add statements.
public struct MermaidWriter: Sendable {
    public init() {}

    public func flowchart(_ graph: KnowledgeGraph) -> String {
        var ids: [String: String] = [:]
        var used = Set<String>()
        for n in graph.nodes {
            let base = "n_" + Self.asciiSlug(n.id)
            var id = base
            var k = 2
            while used.contains(id) { id = "\(base)_\(k)"; k += 1 }
            used.insert(id)
            ids[n.id] = id
        }
        var out = "flowchart LR\n"
        for n in graph.nodes {
            let (open, close) = Self.shape(n.type)
            out += "  \(ids[n.id]!)\(open)\"\(Self.label(n.label))\"\(close)\n"
        }
        for e in graph.edges {
            guard let s = ids[e.source], let t = ids[e.target] else { continue }
            let arrow = e.type.isSymmetric ? "---" : "-->"
            out += "  \(s) \(arrow)|\"\(Self.label(e.type.phrase))\"| \(t)\n"
        }
        for type in NodeType.allCases {
            let members = graph.nodes.filter { $0.type == type }.map { ids[$0.id]! }
            guard !members.isEmpty else { continue }
            out += "  classDef \(type.rawValue) \(Self.classStyle(type))\n"
            out += "  class \(members.joined(separator: ",")) \(type.rawValue)\n"
        }
        return out
    }

    /// Lowercase ASCII letters and digits; everything else becomes `_`.
    static func asciiSlug(_ s: String) -> String {
        let mapped = s.unicodeScalars.map { c -> Character in
            c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c)) ? Character(String(c).lowercased()) : "_"
        }
        let slug = String(mapped)
        return slug.isEmpty ? "node" : slug
    }

    /// Keeps letters, digits, spaces and a few punctuation marks; writes the rest as entity codes.
    static func label(_ text: String) -> String {
        var out = ""
        for c in text.unicodeScalars {
            switch c {
            case "\"": out += "#quot;"
            case "\n", "\r", "\t", "\u{2028}", "\u{2029}": out += " "
            case " ", ".", ",", "-", "'", "/", ":", "?", "!", "+", "=", "@", "$", "%":
                out.unicodeScalars.append(c)
            default:
                if c.properties.isAlphabetic || c.properties.numericType != nil {
                    out.unicodeScalars.append(c)
                } else if HTMLText.isForbidden(c) {
                    out += " "
                } else {
                    out += "#\(c.value);"
                }
            }
        }
        return out
    }

    static func shape(_ t: NodeType) -> (String, String) {
        switch t {
        case .country: return ("[", "]")
        case .person: return ("(", ")")
        case .alliance: return ("{{", "}}")
        case .organization: return ("[[", "]]")
        case .principle: return ("([", "])")
        case .region: return ("[/", "/]")
        }
    }

    static func classStyle(_ t: NodeType) -> String {
        switch t {
        case .country: return "fill:#dce8f5,stroke:#3b6ea5"
        case .person: return "fill:#fbe9d7,stroke:#c26a1b"
        case .alliance: return "fill:#f7dcdc,stroke:#b8383b"
        case .organization: return "fill:#d8efed,stroke:#2f8580"
        case .principle: return "fill:#e1f0dc,stroke:#4b8a3b"
        case .region: return "fill:#eee1f2,stroke:#8a5a9a"
        }
    }
}
