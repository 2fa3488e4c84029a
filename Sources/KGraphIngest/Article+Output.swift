import KGraphModel

extension Article {
    /// What `kgraph text` prints: title, blank line, body; several articles each under a
    /// `==> SOURCE <==` line.
    public static func plainText(_ articles: [Article]) -> String {
        var out = ""
        for (k, a) in articles.enumerated() {
            if articles.count > 1 {
                if k > 0 { out += "\n" }
                out += "==> \(a.source ?? a.id) <==\n"
            }
            if let t = a.title { out += t + "\n\n" }
            let body = a.body
            if !body.isEmpty { out += body + "\n" }
        }
        return out
    }

    /// One object a line: id, title, text (the body without the headline), date, author,
    /// url, source (`null` when unknown); what `kgraph extract` reads back as it was.
    public static func jsonLines(_ articles: [Article]) -> String {
        var out = ""
        for a in articles {
            func opt(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
            let o: JSONValue = .object([
                ("id", .string(a.id)), ("title", opt(a.title)), ("text", .string(a.body)), ("date", opt(a.date)),
                ("author", opt(a.author)), ("url", opt(a.url)), ("source", opt(a.source)),
            ])
            out += o.serializedLine() + "\n"
        }
        return out
    }
}
