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
    /// Publication date, ISO 8601 (`2024-03-05`, or with a time `2024-03-05T14:30:00+01:00`).
    public var date: String?
    /// The article's own address: a page's canonical URL, or a JSON Lines `url`.
    public var url: String?
    /// The author or authors as the page names them, joined with ", ".
    public var author: String?

    public init(id: String, title: String? = nil, text: String, source: String? = nil, date: String? = nil,
                url: String? = nil, author: String? = nil) {
        self.id = id
        self.title = title
        self.text = text
        self.source = source
        self.date = date
        self.url = url
        self.author = author
    }

    /// ``text`` without the headline: what follows the title paragraph.
    public var body: String {
        guard let title, text.hasPrefix(title) else { return text }
        let rest = text.unicodeScalars.dropFirst(title.unicodeScalars.count)
        if rest.isEmpty { return "" }
        guard rest.starts(with: "\n\n".unicodeScalars) else { return text }
        return String(String.UnicodeScalarView(rest.dropFirst(2)))
    }
}
