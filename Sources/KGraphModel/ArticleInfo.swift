/// What a graph knows of an article it was extracted from.
public struct ArticleInfo: Sendable, Hashable, Comparable {
    public var id: String
    public var title: String?
    /// Where it came from: a URL or a file path as given.
    public var source: String?
    /// Publication date, ISO 8601 (`2024-03-05` or `2024-03-05T14:30:00Z`), when known.
    public var date: String?
    /// The article's own address (a page's canonical URL), when known.
    public var url: String?
    /// Who wrote it, as the page names them ("Jane Roe, John Doe").
    public var author: String?

    public init(id: String, title: String? = nil, source: String? = nil, date: String? = nil,
                url: String? = nil, author: String? = nil) {
        self.id = id
        self.title = title
        self.source = source
        self.date = date
        self.url = url
        self.author = author
    }

    public static func < (a: ArticleInfo, b: ArticleInfo) -> Bool { a.id < b.id }
}
