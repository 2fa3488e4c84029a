/// One sentence of an article.
public struct Sentence: Sendable, Hashable {
    /// Position in the article, from 0.
    public var index: Int
    /// Unicode scalar offsets into ``Article/text``.
    public var start: Int
    public var end: Int
    public var text: String
    /// Index of the paragraph (block) the sentence belongs to.
    public var paragraph: Int
    /// A headline or heading: a short block without a final stop, in title case.
    public var isHeading: Bool
    /// Page furniture by its own words (a byline, a credit, a "read more" link, an author's
    /// note), set by ``Boilerplate/markFurniture(_:tokens:)``: extraction takes nothing from it.
    public var isFurniture = false

    public init(index: Int, start: Int, end: Int, text: String, paragraph: Int, isHeading: Bool = false) {
        self.index = index
        self.start = start
        self.end = end
        self.text = text
        self.paragraph = paragraph
        self.isHeading = isHeading
    }
}
