import KGraphModel
import Testing
@testable import KGraphRender

@Suite struct AttributeEncodingTests {
    func encoded(_ value: String, _ key: String, urls: Bool = true) -> String {
        var bytes: [UInt8] = [0x41]  // leftovers from an earlier value must go
        AttributeText.encode(value, .init(key: key), escapeURLAmpersands: urls, into: &bytes)
        #expect(bytes.last == 0)
        return String(decoding: bytes.dropLast(), as: UTF8.self)
    }

    @Test func eachKindOfAttributeIsEscapedItsOwnWay() {
        #expect(encoded("a\\b\nc\r\nd\re", "label") == "a\\\\b\\nc\\nd\\ne")
        #expect(encoded("a\\b\nc", "xlabel") == "a\\\\b\\nc")
        #expect(encoded("a\\b\nc", "tooltip") == "a\\\\\\\\b\nc")
        #expect(encoded("a\\b", "id") == "a\\\\b")
        #expect(encoded("a\\b & \"<'>\"", "fillcolor") == "a\\b & \"<'>\"")
        #expect(encoded("x?a=1&b=\"2\"<'>", "URL") == "x?a=1&amp;b=&quot;2&quot;&lt;&#39;&gt;")
        #expect(encoded("x?a=1&b", "href", urls: false) == "x?a=1&b")
    }

    @Test func unwantedCharactersBecomeSpacesAndTextIsKept() {
        #expect(encoded("a\u{0}b\u{1F}c\u{7F}d\u{85}e\u{FFFE}f\u{FFFF}g\th", "class") == "a b c d e f g\th")
        #expect(encoded("Zürich – 東京 \u{A0}ok", "label") == "Zürich – 東京 \u{A0}ok")
        #expect(encoded("", "label") == "")
        #expect(AttributeText.value("a\\b\nc", forKey: "label", escapeURLAmpersands: false) == "a\\\\b\\nc")
    }

    @Test func legendStripsHoldAtMostSixItemsInEvenCounts() {
        let edges = EdgeType.allCases.map { Diagram.LegendItem(kind: .edge, label: $0.phrase, attributes: ["color": "#123456"]) }
        let nodes = NodeType.allCases.map { Diagram.LegendItem(kind: .node, label: $0.rawValue, attributes: ["fillcolor": "red"]) }
        let html = LegendTable.caption(title: "T\\G <x>", items: nodes + edges)
        let strips = html.components(separatedBy: "<TR><TD><FONT").dropFirst()
        // Six node types in one strip; eleven edge types in strips of six and five.
        #expect(strips.map { $0.components(separatedBy: "</TD>").count - 2 } == [6, 6, 5])
        #expect(html.hasPrefix("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"0\"><TR><TD>T\\\\G &lt;x&gt;</TD></TR>"))
        #expect(html.contains("<TD BGCOLOR=\"red\" COLOR=\"#000000\" BORDER=\"1\">country</TD>"))
        #expect(html.contains("<TD SIDES=\"B\" BORDER=\"2\" COLOR=\"#123456\"><FONT COLOR=\"#123456\">partners with</FONT></TD>"))
    }
}
