extension ArticleReader {
    /// Refuses what `path` gave when it holds no article a command can use: an article with a
    /// NUL character (a binary file read as text), one with no text, or no article at all.
    public static func check(_ articles: [Article], path: String) throws(IngestError) {
        for a in articles { try check(a, path: path) }
        if articles.isEmpty { throw .empty(path: path) }
    }

    /// ``check(_:path:)`` for one article of `path`.
    public static func check(_ article: Article, path: String) throws(IngestError) {
        if article.text.unicodeScalars.contains("\u{0}") { throw .binary(path: path) }
        if article.text.allSatisfy(\.isWhitespace) { throw .empty(path: path) }
    }
}
