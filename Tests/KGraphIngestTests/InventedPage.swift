import Testing
@testable import KGraphIngest

/// The paragraphs of an invented news story that the page tests build their pages from, and
/// how they read a page.
enum InventedPage {
    static let p1 = "The foreign ministers of both countries met in Geneva on Monday to discuss a new framework for regional security cooperation."
    static let p2 = "According to officials familiar with the talks, the two sides agreed to hold another round of meetings before the end of the year."
    static let p3 = "Analysts said the agreement could reshape the balance of power in the region, although many details of the plan remain unclear."
    static let p4 = "Neither government published the text of the framework, and a spokesman declined to say when it would be signed."
    static let p5 = "Diplomats from three neighbouring states are expected to join the next round as observers, the ministry said in a statement."

    static func read(_ html: String) throws -> Article {
        let a = try ArticleReader.read(bytes: Array(html.utf8), id: "page", format: .html)
        try #require(a.count == 1)
        return a[0]
    }
}
