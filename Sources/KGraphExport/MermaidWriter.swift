import KGraphModel

/// A graph as a Mermaid flowchart: `kgraph export --format mermaid` and the ```mermaid blocks
/// of Markdown reports (one code path for both).
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
            // Edge labels are the fixed relation phrases (plain words), so they need no quotes.
            out += "  \(s) \(arrow)|\(Self.label(e.type.phrase))| \(t)\n"
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
                } else if XMLEscaping.isForbidden(c) {
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

    /// The renderer's standard view colours (fill, border) for each node type.
    static func classStyle(_ t: NodeType) -> String {
        switch t {
        case .country: return "fill:#d6e6f5,stroke:#3a6ea5"
        case .person: return "fill:#fde3c8,stroke:#b86e1f"
        case .alliance: return "fill:#e2d9f3,stroke:#6a4c9c"
        case .organization: return "fill:#dcefd9,stroke:#3f7f3a"
        case .principle: return "fill:#fff4c2,stroke:#a08420"
        case .region: return "fill:#e8e8e8,stroke:#6b6b6b"
        }
    }
}
