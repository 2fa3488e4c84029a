import KGraphModel
import Testing

@Suite struct XMLEscapingTests {
    let hostile = "a<b>&\"c'\td\r\ne\u{0}f\u{85}g\u{FFFF}  h\\"

    @Test func htmlEscapesTheFiveSpecialsAndReplacesForbiddenCharacters() {
        #expect(XMLEscaping.escaped(hostile, .html) == "a&lt;b&gt;&amp;&quot;c&#39;\td\r\ne\u{FFFD}f\u{FFFD}g\u{FFFD}  h\\")
    }

    @Test func xmlWritesWhitespaceAsReferences() {
        #expect(XMLEscaping.escaped(hostile, .xml) == "a&lt;b&gt;&amp;&quot;c&apos;&#9;d&#13;&#10;e\u{FFFD}f\u{FFFD}g\u{FFFD}  h\\")
    }

    @Test func svgTextFoldsLineBreaksAndKeepsSpaceRuns() {
        #expect(XMLEscaping.escaped(hostile, .svgText) == "a&lt;b&gt;&amp;&quot;c&#39;\td\ne f g  &#160;h\\")
        #expect(XMLEscaping.escaped(hostile, .svgAttribute) == "a&lt;b&gt;&amp;&quot;c&#39;&#9;d&#10;e f g   h\\")
    }

    @Test func graphvizLabelsBreakLinesAndDoubleBackslashes() {
        #expect(XMLEscaping.escaped(hostile, .graphvizHTML) == "a&lt;b&gt;&amp;&quot;c' d<BR/>e f g   h\\\\")
    }

    @Test func aCombiningMarkDoesNotHideADelimiter() {
        // "<" followed by U+0301 is one Character but still a markup delimiter.
        #expect(XMLEscaping.escaped("x<\u{301}y\"\u{301}", .html) == "x&lt;\u{301}y&quot;\u{301}")
    }

    @Test func plainTextIsCopiedAsItIs() {
        let text = "Déjà vu — 東京 ✓"
        for style in [XMLEscaping.Style.html, .xml, .svgText, .svgAttribute, .graphvizHTML] {
            #expect(XMLEscaping.escaped(text, style) == text)
        }
    }
}
