import KGraphModel

/// Short, one-line renderings of evidence for text output and tooltips.
enum Quote {
    /// The sentence on one line, cut at a word boundary to at most `limit` characters with "…".
    static func shortened(_ sentence: String, limit: Int = 100) -> String {
        let words = sentence.split(whereSeparator: { $0.isWhitespace || $0.isNewline })
        var out = ""
        for w in words {
            let next = out.isEmpty ? String(w) : out + " " + w
            if next.count > limit - 1 {
                if out.isEmpty { out = String(next.prefix(limit - 1)) }
                return out + "…"
            }
            out = next
        }
        return out
    }

    /// `art1: "sentence…"`, or just the quote when the evidence names no article.
    static func evidence(_ e: Evidence, limit: Int = 100) -> String {
        let q = "\"" + shortened(e.sentence, limit: limit) + "\""
        return e.article.isEmpty ? q : "\(e.article): \(q)"
    }

    /// One line per article naming a node: `art1: "India", "New Delhi" (3 mentions)`.
    static func mentions(_ mentions: [Mention]) -> [String] {
        var byArticle: [String: [Mention]] = [:]
        for m in mentions { byArticle[m.article, default: []].append(m) }
        return byArticle.keys.sorted().map { article in
            let ms = byArticle[article]!
            let forms = Set(ms.map(\.text)).sorted().prefix(3).map { "\"\($0)\"" }.joined(separator: ", ")
            let count = ms.count == 1 ? "1 mention" : "\(ms.count) mentions"
            return (article.isEmpty ? "" : "\(article): ") + "\(forms) (\(count))"
        }
    }
}
