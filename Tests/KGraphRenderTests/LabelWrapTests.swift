import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import KGraphModel
import Testing
@testable import KGraphRender

/// Long labels wrap to a few lines, and every box fits its text in Helvetica and in DejaVu
/// Sans, whichever is wider.
@Suite struct LabelWrapTests {
    static let longName = "Joint Standing Committee of the Northern Maritime Provinces on Fisheries, "
        + "Coastal Shipping, Harbour Safety and the Protection of Migratory Seabird Colonies"

    @Test func wrapsAtSpacesWithinTheWidth() {
        let lines = TextWrap.lines(Self.longName, width: TextWrap.labelWidth, fontSize: 11)
        #expect(lines.count >= 4)
        #expect(lines.allSatisfy { TextWidths.width($0, fontSize: 11) <= TextWrap.labelWidth })
        #expect(lines.joined(separator: " ") == Self.longName)
        #expect(TextWrap.lines("Indo-Pacific Economic Framework for Prosperity", width: 80, fontSize: 11)
            == ["Indo-Pacific", "Economic", "Framework", "for Prosperity"])
        // A word longer than a line is cut; short labels and line breaks stay as they are.
        let cut = TextWrap.lines(String(repeating: "W", count: 40), width: 100, fontSize: 11)
        #expect(cut.count > 1 && cut.joined() == String(repeating: "W", count: 40))
        #expect(TextWrap.lines("Chile", width: 100, fontSize: 11) == ["Chile"])
        #expect(TextWrap.lines("one\ntwo", width: 100, fontSize: 11) == ["one", "two"])
    }

    @Test func widthsAreTheWiderOfHelveticaAndDejaVuSans() {
        // "mmmm": Helvetica 833, DejaVu Sans 974 thousandths a letter; "iiii": 222 and 278.
        #expect(abs(TextWidths.width("mmmm", fontSize: 10) - 4 * 9.74) < 0.001)
        #expect(abs(TextWidths.width("iiii", fontSize: 10) - 4 * 2.78) < 0.001)
        // Where Helvetica is wider ("f": 278 against 352 ... "r": 333 against 411), still the max.
        #expect(TextWidths.width("Paris", fontSize: 11) > Double(667 + 556 + 333 + 222 + 500) * 11 / 1000)
        // The node margin grows by half the difference, in hundredths of an inch.
        #expect(TextWidths.nodeMargin(forLabel: "") == "0.16,0.06")
        let margin = Double(TextWidths.nodeMargin(forLabel: "mmmmmmmmmm").split(separator: ",")[0])!
        #expect(abs(margin - (0.16 + (9.74 - 8.33) * 11 / 144)) < 0.011)
    }

    @Test func longLabelsMakeNarrowBoxesThatFitTheirText() throws {
        let g = KnowledgeGraph(nodes: [Node(label: Self.longName, type: .country), Node(label: "Freedonia", type: .country)],
                               edges: [Edge(source: "freedonia", target: Slug.make(Self.longName), type: .supports)])
        let diagram = Diagram(graph: g)
        #expect(diagram.nodes.first { $0.id != "freedonia" }?.attributes["label"]?.contains("\n") == true)
        let doc = try parseXML(try svgString(diagram))
        let nodes = try groups(doc, class: "kg-node")
        let long = try #require(nodes.first { (try? texts(of: $0).count) ?? 0 > 1 })
        let lines = try texts(of: long)
        #expect(lines.joined(separator: " ") == Self.longName)
        let rect = try #require(try long.nodes(forXPath: ".//*[local-name()='rect']").first as? XMLElement)
        let boxWidth = Double(try #require(rect.value("width")))!
        let widest = lines.map { TextWidths.width($0, fontSize: 11) }.max()!
        // The box holds the widest line in either font, with some margin left, and is far
        // narrower than the label on one line (about 800 points).
        #expect(boxWidth >= widest + 10)
        #expect(boxWidth < 260)
        // The lines sit inside the box, one under the other.
        let ys = try long.nodes(forXPath: ".//*[local-name()='text']").compactMap { $0 as? XMLElement }.map { Double($0.value("y")!)! }
        let top = Double(rect.value("y")!)!, height = Double(rect.value("height")!)!
        #expect(ys == ys.sorted() && ys.allSatisfy { $0 > top && $0 < top + height })
        // Every box, short ones too, fits its text in the wider font.
        for node in nodes {
            let r = try #require(try node.nodes(forXPath: ".//*[local-name()='rect']").first as? XMLElement)
            let w = Double(r.value("width")!)!
            #expect(try texts(of: node).allSatisfy { TextWidths.width($0, fontSize: 11) + 10 <= w })
        }
    }
}
