/// An article's content after ingestion: page furniture removed, paragraphs separated by
/// blank lines. Offsets elsewhere (sentences, tokens, mentions) are Unicode scalar
/// offsets into ``text``.
public struct Article: Sendable, Hashable {
    /// Stable id: the file name without extension, or the JSON Lines `id`.
    public var id: String
    public var title: String?
    /// The cleaned body text (the title is its first paragraph when the source had one).
    public var text: String
    /// Where it came from: a URL or the path as given.
    public var source: String?
    public var date: String?

    public init(id: String, title: String? = nil, text: String, source: String? = nil, date: String? = nil) {
        self.id = id
        self.title = title
        self.text = text
        self.source = source
        self.date = date
    }
}
