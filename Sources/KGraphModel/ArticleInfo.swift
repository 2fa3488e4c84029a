/// What a graph knows of an article it was extracted from.
public struct ArticleInfo: Sendable, Hashable, Comparable {
    public var id: String
    public var title: String?
    /// Where it came from: a URL or a file path as given.
    public var source: String?
    public var date: String?

    public init(id: String, title: String? = nil, source: String? = nil, date: String? = nil) {
        self.id = id
        self.title = title
        self.source = source
        self.date = date
    }

    public static func < (a: ArticleInfo, b: ArticleInfo) -> Bool { a.id < b.id }
}
