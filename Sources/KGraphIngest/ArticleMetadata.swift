/// What a source says about an article besides its text: the headline, publication date,
/// author and addresses. Every field is optional; HTML pages fill most of them.
public struct ArticleMetadata: Sendable, Hashable {
    public var title: String?
    /// ISO 8601: `2024-03-05`, or with a time and zone `2024-03-05T14:30:00+01:00`.
    public var date: String?
    public var author: String?
    /// The article's own (canonical) address.
    public var url: String?
    /// Where the text was read from: a path as given, or a URL.
    public var source: String?

    public init(title: String? = nil, date: String? = nil, author: String? = nil, url: String? = nil, source: String? = nil) {
        self.title = title
        self.date = date
        self.author = author
        self.url = url
        self.source = source
    }
}
