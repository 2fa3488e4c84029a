import Foundation
import Testing
@testable import KGraphIngest

/// Invented pages whose article text is split or wrapped in ways that a single densest
/// block misses: boxes named by layout words, sections apart, paragraphs written as
/// `<div>`s, subheadings that repeat.
@Suite struct HTMLPageStructureTests {
    static let p1 = "The foreign ministers of both countries met in Geneva on Monday to discuss a new framework for regional security cooperation."
    static let p2 = "According to officials familiar with the talks, the two sides agreed to hold another round of meetings before the end of the year."
    static let p3 = "Analysts said the agreement could reshape the balance of power in the region, although many details of the plan remain unclear."
    static let p4 = "Neither government published the text of the framework, and a spokesman declined to say when it would be signed."
    static let p5 = "Diplomats from three neighbouring states are expected to join the next round as observers, the ministry said in a statement."

    func read(_ html: String) throws -> Article {
        let a = try ArticleReader.read(bytes: Array(html.utf8), id: "page", format: .html)
        try #require(a.count == 1)
        return a[0]
    }

    @Test func articleContinuedInsideALayoutNamedBoxIsKept() throws {
        let bio = "Jane Roe has covered European diplomacy for two decades and lives in Brussels with her family and two cats."
        let html = """
        <html><head><title>Ministers Agree</title></head><body><div class="page">
        <div class="story"><h1>Ministers Agree On Security Framework</h1><p>\(Self.p1)</p><p>\(Self.p2)</p>
        <div class="paywall"><p>\(Self.p3)</p><p>\(Self.p4)</p><p>\(Self.p5)</p></div></div>
        <div class="sidebar"><p>\(bio)</p><p>\(bio)</p></div></div></body></html>
        """
        let a = try read(html)
        #expect(a.body == [Self.p1, Self.p2, Self.p3, Self.p4, Self.p5].joined(separator: "\n\n"))
    }

    @Test func layoutNamedBoxWithLessTextThanTheArticleIsLeftOut() throws {
        let promo = "Our weekly digest brings the most important stories of the week to readers every Friday morning, free of charge."
        let html = """
        <html><head><title>Ministers Agree</title></head><body><div class="story">
        <h1>Ministers Agree On Security Framework</h1><p>\(Self.p1)</p><p>\(Self.p2)</p><p>\(Self.p3)</p><p>\(Self.p4)</p>
        <div class="modal"><p>\(promo)</p><p>\(promo)</p></div></div></body></html>
        """
        let a = try read(html)
        #expect(a.body == [Self.p1, Self.p2, Self.p3, Self.p4].joined(separator: "\n\n"))
    }

    /// A plan written as a pattern: the same subheadings and directions under each part.
    static func plan(_ name: String, dishes: [String]) -> String {
        "<h2>Menu for plan \(name)</h2>" + dishes.enumerated().map { k, dish in
            "<h3>Meal \(k + 1)</h3><p>Eat every two to three hours</p><p>For plan \(name), have \(dish), and drink a large glass of water with it.</p>"
        }.joined()
    }

    @Test func subheadingsRepeatedAsThePatternOfTheTextAreKept() throws {
        let dishes = ["a bowl of rice with black beans and a green salad", "a plate of grilled chicken with roasted peppers",
                      "a bowl of lentil soup with a slice of bread", "a piece of baked fish with steamed broccoli"]
        let html = """
        <html><head><title>Weekly Meal Plan</title></head><body><article><h1>Weekly Meal Plan</h1>
        <p>\(Self.p1)</p>\(Self.plan("A", dishes: dishes))\(Self.plan("B", dishes: dishes))</article></body></html>
        """
        let body = try read(html).body
        // Every plan keeps its own four meals, each with its directions.
        #expect(body.components(separatedBy: "Eat every two to three hours").count - 1 == 8)
        #expect(body.components(separatedBy: "Meal 4").count - 1 == 2)
        #expect(body.contains("For plan B, have a piece of baked fish with steamed broccoli"))
    }

    @Test func aParagraphEchoedOnceInTheTextIsDroppedAgain() throws {
        let html = """
        <html><head><title>Ministers Agree</title></head><body><article><h1>Ministers Agree On Security Framework</h1>
        <p>\(Self.p1)</p><p>\(Self.p2)</p><blockquote>\(Self.p2)</blockquote><p>\(Self.p3)</p></article></body></html>
        """
        #expect(try read(html).body == [Self.p1, Self.p2, Self.p3].joined(separator: "\n\n"))
    }

    @Test func sectionsCutApartByAFigureAreJoined() throws {
        let html = """
        <html><head><title>Ministers Agree</title></head><body><div class="page"><h1>Ministers Agree On Security Framework</h1>
        <div class="text-block"><p>\(Self.p1)</p><p>\(Self.p2)</p></div>
        <figure><img src="geneva.jpg"><figcaption>The ministers in Geneva.</figcaption></figure>
        <div class="text-block"><p>\(Self.p3)</p><p>\(Self.p4)</p><p>\(Self.p5)</p></div>
        <div class="rail"><ul><li><a href="/1">Central bank raises rates again</a></li><li><a href="/2">Floods hit the north</a></li></ul></div>
        </div></body></html>
        """
        #expect(try read(html).body == [Self.p1, Self.p2, Self.p3, Self.p4, Self.p5].joined(separator: "\n\n"))
    }

    @Test func aBoxOfTheSameClassRightAfterTheTextIsNotJoined() throws {
        let about = "Example Corp is a maker of industrial pumps based in Rotterdam, with offices in twelve countries and some four thousand staff."
        let html = """
        <html><head><title>Ministers Agree</title></head><body><div class="page"><h1>Ministers Agree On Security Framework</h1>
        <div class="text-block"><p>\(Self.p1)</p><p>\(Self.p2)</p><p>\(Self.p3)</p><p>\(Self.p4)</p></div>
        <div class="text-block"><p>\(about)</p><p>\(about)</p></div>
        </div></body></html>
        """
        #expect(try read(html).body == [Self.p1, Self.p2, Self.p3, Self.p4].joined(separator: "\n\n"))
    }

    @Test func theTextsStartBeforeABoxHoldingTheRestIsKept() throws {
        let html = """
        <html><head><title>Ministers Agree</title></head><body><div class="page"><div class="story">
        <h1>Ministers Agree On Security Framework</h1><p>\(Self.p1)</p>
        <div class="more"><p>\(Self.p2)</p><p>\(Self.p3)</p><p>\(Self.p4)</p></div></div>
        <p class="note">Subscribe today and get the first month free, then pay only what you want.</p></div></body></html>
        """
        #expect(try read(html).body == [Self.p1, Self.p2, Self.p3, Self.p4].joined(separator: "\n\n"))
    }

    @Test func paragraphsWrittenAsDivsAreReadTogether() throws {
        let html = """
        <html><head><title>Ministers Agree</title></head><body><div class="post">
        <h1>Ministers Agree On Security Framework</h1>
        <div class="post-body"><div style="text-align: justify"><span><span>\(Self.p1)<br></span></span></div>
        <div class="reader"><div><span>\(Self.p2)</span></div><div><span> </span></div>
        <div><span><em>\(Self.p3)</em></span></div><div><span>\(Self.p4)</span></div></div></div></div>
        <ul class="links"><li><a href="/1">Central bank raises rates again</a></li></ul></body></html>
        """
        #expect(try read(html).body == [Self.p1, Self.p2, Self.p3, Self.p4].joined(separator: "\n\n"))
    }

    @Test func anImageBoxWithItsCaptionIsLeftOutButAnImageInTheTextIsNot() throws {
        let caption = "The two foreign ministers shake hands before their meeting in Geneva on Monday, watched by both of their delegations."
        let html = """
        <html><head><title>Ministers Agree</title></head><body><div class="story"><h1>Ministers Agree On Security Framework</h1>
        <div class="image top"><img src="geneva.jpg" alt="Geneva"><p>\(caption)</p></div>
        <p>\(Self.p1)</p><p><img src="map.png" alt="">\(Self.p2)</p>
        <div class="figure-wide"><img src="chart.png"><p>\(Self.p3)</p><p>\(Self.p4)</p></div></div></body></html>
        """
        #expect(try read(html).body == [Self.p1, Self.p2, Self.p3, Self.p4].joined(separator: "\n\n"))
    }
}
