import KGraphModel

/// What a page's JSON-LD (`<script type="application/ld+json">`) says about its article:
/// the first object whose `@type` is an article type (`NewsArticle`, `BlogPosting`,
/// `ReportageNewsArticle`...), looked for at the top level, in arrays and in `@graph`.
struct LinkedData {
    var headline: String?
    var articleBody: String?
    var datePublished: String?
    var authors: [String] = []
    var url: String?

    init(_ scripts: [String]) {
        for script in scripts {
            // Broken JSON-LD is common and not the reader's problem: skip it.
            guard let value = try? JSONValue.parse(script) else { continue }
            if let article = Self.findArticle(value, depth: 0) {
                read(article)
                return
            }
        }
    }

    private mutating func read(_ a: JSONValue) {
        headline = Self.text(a["headline"]) ?? Self.text(a["name"])
        articleBody = Self.text(a["articleBody"])
        datePublished = Self.text(a["datePublished"]) ?? Self.text(a["dateCreated"])
        authors = Self.names(a["author"] ?? a["creator"])
        url = Self.text(a["url"]) ?? Self.text(a["mainEntityOfPage"]?["@id"]) ?? Self.text(a["mainEntityOfPage"])
    }

    static func isArticleType(_ v: JSONValue?) -> Bool {
        func check(_ s: String) -> Bool {
            s.hasSuffix("Article") || s == "BlogPosting" || s == "LiveBlogPosting" || s == "Report" || s == "SocialMediaPosting"
        }
        switch v {
        case .string(let s): return check(s)
        case .array(let a): return a.contains { $0.stringValue.map(check) ?? false }
        default: return false
        }
    }

    static func findArticle(_ v: JSONValue, depth: Int) -> JSONValue? {
        guard depth < 6 else { return nil }
        switch v {
        case .object:
            if isArticleType(v["@type"]) { return v }
            if let g = v["@graph"], let found = findArticle(g, depth: depth + 1) { return found }
            if let m = v["mainEntity"], let found = findArticle(m, depth: depth + 1) { return found }
            return nil
        case .array(let items):
            for item in items { if let found = findArticle(item, depth: depth + 1) { return found } }
            return nil
        default:
            return nil
        }
    }

    static func text(_ v: JSONValue?) -> String? {
        guard let s = v?.stringValue else { return nil }
        let t = BlockText.normalize(HTMLDocument.decodeEntities(s).replacingNewlines().unicodeScalars)
        return t.isEmpty ? nil : t
    }

    /// Author names from a string, a Person/Organization object or an array of them.
    static func names(_ v: JSONValue?) -> [String] {
        switch v {
        case .string: return text(v).map { [$0] } ?? []
        case .object: return text(v?["name"]).map { [$0] } ?? []
        case .array(let items): return items.flatMap { names($0) }
        default: return []
        }
    }
}
