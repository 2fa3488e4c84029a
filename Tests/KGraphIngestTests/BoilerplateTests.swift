import Foundation
import Testing
@testable import KGraphIngest

/// Each kind of page furniture is removed while real paragraphs and headings stay.
@Suite struct BoilerplateTests {
    static let p1 = "The foreign ministers of both countries met in Geneva on Monday to discuss a new framework for regional security cooperation."
    static let p2 = "According to officials familiar with the talks, the two sides agreed to hold another round of meetings before the end of the year."
    static let p3 = "Analysts said the agreement could reshape the balance of power in the region, although many details of the plan remain unclear."

    /// Kept block texts of a page made of the given blocks (one per paragraph).
    func kept(_ blocks: [String]) -> [String] {
        Boilerplate.clean(blocks.map { TextBlock(text: $0) }).map(\.text)
    }

    @Test(arguments: [
        // navigation, share and comment prompts
        "Click to comment", "Leave a Reply", "Continue Reading", "Connect with us", "Share this article",
        "Your email address will not be published. Required fields are marked *",
        // related lists and read-more prompts
        "Also, Read: Ten reasons to visit the coast this summer", "Read more: Markets rally after the holiday",
        "Related: Leaders gather for the annual summit",
        // image names and photo credits
        "220315-A-BC123-045.JPG", "Photo: Reuters", "(AP Photo/Jane Roe)", "Photo Credit: Staff Photographer",
        // tickers, prices, cookies, bylines, newsletters, timestamps
        "+ 12.50 + 0.45 + 1,204.10 - 3.20", "We use cookies to improve your experience on our site.",
        "By Jane Doe", "Reporting by Jane Doe; Editing by John Roe", "Sign up for our newsletter",
        "Updated: 10:42 AM IST, March 3, 2024", "December 20, 2023", "Copyright © 2024 Example Media. All rights reserved.",
        "— Some Person (@someperson) May 1, 2024",
        "Chat: @example_person Web: example.org/people Mail: person@example.org",
        "Curious about the next summit? Sign up for our free weekly politics newsletter and get every update delivered to your inbox first.",
    ])
    func furnitureLineBetweenContentIsRemoved(_ line: String) {
        #expect(kept([Self.p1, line, Self.p2, Self.p3]) == [Self.p1, Self.p2, Self.p3])
    }

    @Test func forumStatisticsBlockIsRemoved() {
        let page = [Self.p1, Self.p2, Self.p3, "Forum statistics", "Threads", "1,234", "Messages", "56,789", "Members",
                    "4,321", "Latest member", "Someone", "Back", "Top"]
        #expect(kept(page) == [Self.p1, Self.p2, Self.p3])
    }

    @Test func menuRunAtStartIsRemovedButTitleKept() {
        let page = ["Home", "World", "Business", "Opinion", "Ministers Agree On New Security Framework", Self.p1, Self.p2]
        #expect(kept(page) == ["Ministers Agree On New Security Framework", Self.p1, Self.p2])
    }

    @Test func headingsBeforeContentAreKept() {
        let page = ["Ministers Agree On New Security Framework", Self.p1, "Strategic Autonomy:", Self.p2, "What Comes Next", Self.p3]
        let c = Boilerplate.classify(page.map { TextBlock(text: $0) })
        #expect(c.map(\.kind) == [.heading, .content, .heading, .content, .heading, .content])
    }

    @Test func repeatedTitleMidPageIsRemoved() {
        let title = "Why The Talks Matter For The Region"
        #expect(kept([title, Self.p1, Self.p2, title, Self.p3]) == [title, Self.p1, Self.p2, Self.p3])
    }

    @Test func shortParagraphBetweenContentIsKept() {
        #expect(kept([Self.p1, "Nobody objected.", Self.p2]) == [Self.p1, "Nobody objected.", Self.p2])
    }

    @Test func adSlotDoesNotBreakTheText() {
        let short = "That was the easy part of the day."
        #expect(kept([Self.p1, "Advertisement", short, Self.p2]) == [Self.p1, short, Self.p2])
    }

    @Test func trailingFurnitureSentencesAreTrimmedFromContent() {
        let block = Self.p3 + " Got a news tip? Sign up for free newsletters and get more delivered to your inbox. © 2024 Example Media LLC. All Rights Reserved."
        #expect(kept([Self.p1, Self.p2, block]) == [Self.p1, Self.p2, Self.p3])
    }

    @Test func everythingAfterCommentSectionLateInPageIsRemoved() {
        let page = [Self.p1, Self.p2, Self.p3, "Leave a comment",
                    "This is a very long reader comment that talks about the article and the policy and many other things at length."]
        #expect(kept(page) == [Self.p1, Self.p2, Self.p3])
    }

    @Test func linkHeavyBlockIsFurniture() {
        let links = TextBlock(text: "World leaders gather for the summit and markets rally on news of the agreement today", linkChars: 80)
        let out = Boilerplate.clean([TextBlock(text: Self.p1), links, TextBlock(text: Self.p2)])
        #expect(out.map(\.text) == [Self.p1, Self.p2])
    }

    @Test func singleFurnitureLinesAreRecognised() {
        #expect(Boilerplate.isFurnitureLine("Click to comment"))
        #expect(Boilerplate.isFurnitureLine("IMG_2041.jpeg"))
        #expect(!Boilerplate.isFurnitureLine(Self.p1))
    }

    @Test func flattenedPageIsCutAtWhitespaceRuns() {
        let page = "Top Stories     \(Self.p1)  \(Self.p2)\t\t\(Self.p3)        Subscribe to our newsletter        Terms & conditions"
        let a = try? ArticleReader.read(bytes: Array(page.utf8), id: "f", format: .text)
        #expect(a?.first?.text == "\(Self.p1)\n\n\(Self.p2)\n\n\(Self.p3)")
    }

    @Test func doubleSpaceInsideSentenceDoesNotCutIt() throws {
        let line = "The minister said the plan would  proceed as agreed, and " + Self.p1.lowercased().dropLast() + ", while " + Self.p2.lowercased().dropLast() + ", and " + Self.p3.lowercased()
        let a = try ArticleReader.read(bytes: Array(line.utf8), id: "d", format: .text)
        #expect(a[0].text == line.replacingOccurrences(of: "  ", with: " "))
    }
}

/// Short sentences of running text are prose even when they are mostly names.
@Suite struct ShortSentenceBlockTests {
    static let p1 = "The foreign ministers of both countries met in Geneva on Monday to discuss a new framework for regional security cooperation."
    static let p2 = "According to officials familiar with the talks, the two sides agreed to hold another round of meetings before the end of the year."

    @Test func shortNameHeavySentenceBetweenParagraphsIsKept() {
        let blocks = [Self.p1, "Officials met Velkor CEO Lena Brisk on Monday.", Self.p2].map { TextBlock(text: $0) }
        #expect(Boilerplate.clean(blocks).count == 3)
    }

    @Test func shortClosingSentenceIsKept() {
        let blocks = [Self.p1, Self.p2, "Talks resume in March."].map { TextBlock(text: $0) }
        #expect(Boilerplate.clean(blocks).map(\.text).last == "Talks resume in March.")
        // A closing line that is no sentence stays furniture.
        let menu = [Self.p1, Self.p2, "Talks Markets Sport"].map { TextBlock(text: $0) }
        #expect(Boilerplate.clean(menu).count == 2)
    }
}
