import Foundation
import Testing
@testable import KGraphIngest

/// Invented pages whose article text is split or wrapped in ways that a single densest
/// block misses: boxes named by layout words, sections apart, paragraphs written as
/// `<div>`s, subheadings that repeat.
@Suite struct HTMLPageStructureTests {
    @Test func articleContinuedInsideALayoutNamedBoxIsKept() throws {
        let bio = "Jane Roe has covered European diplomacy for two decades and lives in Brussels with her family and two cats."
        let html = """
        <html><head><title>Ministers Agree</title></head><body><div class="page">
        <div class="story"><h1>Ministers Agree On Security Framework</h1><p>\(InventedPage.p1)</p><p>\(InventedPage.p2)</p>
        <div class="paywall"><p>\(InventedPage.p3)</p><p>\(InventedPage.p4)</p><p>\(InventedPage.p5)</p></div></div>
        <div class="sidebar"><p>\(bio)</p><p>\(bio)</p></div></div></body></html>
        """
        let a = try InventedPage.read(html)
        #expect(a.body == [InventedPage.p1, InventedPage.p2, InventedPage.p3, InventedPage.p4, InventedPage.p5].joined(separator: "\n\n"))
    }

    @Test func layoutNamedBoxWithLessTextThanTheArticleIsLeftOut() throws {
        let promo = "Our weekly digest brings the most important stories of the week to readers every Friday morning, free of charge."
        let html = """
        <html><head><title>Ministers Agree</title></head><body><div class="story">
        <h1>Ministers Agree On Security Framework</h1><p>\(InventedPage.p1)</p><p>\(InventedPage.p2)</p><p>\(InventedPage.p3)</p><p>\(InventedPage.p4)</p>
        <div class="modal"><p>\(promo)</p><p>\(promo)</p></div></div></body></html>
        """
        let a = try InventedPage.read(html)
        #expect(a.body == [InventedPage.p1, InventedPage.p2, InventedPage.p3, InventedPage.p4].joined(separator: "\n\n"))
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
        <p>\(InventedPage.p1)</p>\(Self.plan("A", dishes: dishes))\(Self.plan("B", dishes: dishes))</article></body></html>
        """
        let body = try InventedPage.read(html).body
        // Every plan keeps its own four meals, each with its directions.
        #expect(body.components(separatedBy: "Eat every two to three hours").count - 1 == 8)
        #expect(body.components(separatedBy: "Meal 4").count - 1 == 2)
        #expect(body.contains("For plan B, have a piece of baked fish with steamed broccoli"))
    }

    @Test func aParagraphEchoedOnceInTheTextIsDroppedAgain() throws {
        let html = """
        <html><head><title>Ministers Agree</title></head><body><article><h1>Ministers Agree On Security Framework</h1>
        <p>\(InventedPage.p1)</p><p>\(InventedPage.p2)</p><blockquote>\(InventedPage.p2)</blockquote><p>\(InventedPage.p3)</p></article></body></html>
        """
        #expect(try InventedPage.read(html).body == [InventedPage.p1, InventedPage.p2, InventedPage.p3].joined(separator: "\n\n"))
    }

    @Test func sectionsCutApartByAFigureAreJoined() throws {
        let html = """
        <html><head><title>Ministers Agree</title></head><body><div class="page"><h1>Ministers Agree On Security Framework</h1>
        <div class="text-block"><p>\(InventedPage.p1)</p><p>\(InventedPage.p2)</p></div>
        <figure><img src="geneva.jpg"><figcaption>The ministers in Geneva.</figcaption></figure>
        <div class="text-block"><p>\(InventedPage.p3)</p><p>\(InventedPage.p4)</p><p>\(InventedPage.p5)</p></div>
        <div class="rail"><ul><li><a href="/1">Central bank raises rates again</a></li><li><a href="/2">Floods hit the north</a></li></ul></div>
        </div></body></html>
        """
        #expect(try InventedPage.read(html).body == [InventedPage.p1, InventedPage.p2, InventedPage.p3, InventedPage.p4, InventedPage.p5].joined(separator: "\n\n"))
    }

    @Test func aBoxOfTheSameClassRightAfterTheTextIsNotJoined() throws {
        let about = "Example Corp is a maker of industrial pumps based in Rotterdam, with offices in twelve countries and some four thousand staff."
        let html = """
        <html><head><title>Ministers Agree</title></head><body><div class="page"><h1>Ministers Agree On Security Framework</h1>
        <div class="text-block"><p>\(InventedPage.p1)</p><p>\(InventedPage.p2)</p><p>\(InventedPage.p3)</p><p>\(InventedPage.p4)</p></div>
        <div class="text-block"><p>\(about)</p><p>\(about)</p></div>
        </div></body></html>
        """
        #expect(try InventedPage.read(html).body == [InventedPage.p1, InventedPage.p2, InventedPage.p3, InventedPage.p4].joined(separator: "\n\n"))
    }

    @Test func theTextsStartBeforeABoxHoldingTheRestIsKept() throws {
        let html = """
        <html><head><title>Ministers Agree</title></head><body><div class="page"><div class="story">
        <h1>Ministers Agree On Security Framework</h1><p>\(InventedPage.p1)</p>
        <div class="more"><p>\(InventedPage.p2)</p><p>\(InventedPage.p3)</p><p>\(InventedPage.p4)</p></div></div>
        <p class="note">Subscribe today and get the first month free, then pay only what you want.</p></div></body></html>
        """
        #expect(try InventedPage.read(html).body == [InventedPage.p1, InventedPage.p2, InventedPage.p3, InventedPage.p4].joined(separator: "\n\n"))
    }

    @Test func paragraphsWrittenAsDivsAreReadTogether() throws {
        let html = """
        <html><head><title>Ministers Agree</title></head><body><div class="post">
        <h1>Ministers Agree On Security Framework</h1>
        <div class="post-body"><div style="text-align: justify"><span><span>\(InventedPage.p1)<br></span></span></div>
        <div class="reader"><div><span>\(InventedPage.p2)</span></div><div><span> </span></div>
        <div><span><em>\(InventedPage.p3)</em></span></div><div><span>\(InventedPage.p4)</span></div></div></div></div>
        <ul class="links"><li><a href="/1">Central bank raises rates again</a></li></ul></body></html>
        """
        #expect(try InventedPage.read(html).body == [InventedPage.p1, InventedPage.p2, InventedPage.p3, InventedPage.p4].joined(separator: "\n\n"))
    }

    @Test func anImageBoxWithItsCaptionIsLeftOutButAnImageInTheTextIsNot() throws {
        let caption = "The two foreign ministers shake hands before their meeting in Geneva on Monday, watched by both of their delegations."
        let html = """
        <html><head><title>Ministers Agree</title></head><body><div class="story"><h1>Ministers Agree On Security Framework</h1>
        <div class="image top"><img src="geneva.jpg" alt="Geneva"><p>\(caption)</p></div>
        <p>\(InventedPage.p1)</p><p><img src="map.png" alt="">\(InventedPage.p2)</p>
        <div class="figure-wide"><img src="chart.png"><p>\(InventedPage.p3)</p><p>\(InventedPage.p4)</p></div></div></body></html>
        """
        #expect(try InventedPage.read(html).body == [InventedPage.p1, InventedPage.p2, InventedPage.p3, InventedPage.p4].joined(separator: "\n\n"))
    }
}
