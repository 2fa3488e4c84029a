import Testing
import KGraphModel
@testable import KGraphExport

@Suite struct GEXFWriterTests {
    @Test func tinyGraphExactly() {
        let gexf = GEXFWriter(positions: ["freedonia": (x: 10.5, y: -20), "sylvania": (x: 100, y: 20.25)]).gexf(ExportFixtures.tiny)
        #expect(gexf == Self.tinyGEXF)
    }

    /// The whole GEXF file of ``ExportFixtures/tiny`` with two positions.
    static let tinyGEXF = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
          <meta>
            <creator>kgraph</creator>
            <description>Talks</description>
          </meta>
          <graph mode="dynamic" timeformat="date" defaultedgetype="directed" start="2024-03-01" end="2024-03-01">
            <attributes class="node" mode="static">
              <attribute id="type" title="type" type="string"/>
              <attribute id="aliases" title="aliases" type="string"/>
              <attribute id="articles" title="articles" type="string"/>
            </attributes>
            <attributes class="edge" mode="static">
              <attribute id="relation" title="relation" type="string"/>
              <attribute id="symmetric" title="symmetric" type="boolean"/>
              <attribute id="confidence" title="confidence" type="double"/>
              <attribute id="articles" title="articles" type="string"/>
              <attribute id="evidence" title="evidence" type="string"/>
            </attributes>
            <nodes count="2">
              <node id="freedonia" label="Freedonia">
                <attvalues>
                  <attvalue for="type" value="country"/>
                  <attvalue for="aliases" value=""/>
                  <attvalue for="articles" value="a1"/>
                </attvalues>
                <spells>
                  <spell start="2024-03-01" end="2024-03-01"/>
                </spells>
                <viz:color r="214" g="230" b="245"/>
                <viz:position x="10.5" y="-20" z="0"/>
              </node>
              <node id="sylvania" label="Sylvania">
                <attvalues>
                  <attvalue for="type" value="country"/>
                  <attvalue for="aliases" value=""/>
                  <attvalue for="articles" value="a1"/>
                </attvalues>
                <spells>
                  <spell start="2024-03-01" end="2024-03-01"/>
                </spells>
                <viz:color r="214" g="230" b="245"/>
                <viz:position x="100" y="20.25" z="0"/>
              </node>
            </nodes>
            <edges count="1">
              <edge id="e0" source="freedonia" target="sylvania" label="partners with" kind="partners-with" weight="1">
                <attvalues>
                  <attvalue for="relation" value="partners-with"/>
                  <attvalue for="symmetric" value="true"/>
                  <attvalue for="confidence" value="0.8"/>
                  <attvalue for="articles" value="a1"/>
                  <attvalue for="evidence" value="Freedonia &amp; Sylvania &lt;agree&gt;."/>
                </attvalues>
                <spells>
                  <spell start="2024-03-01" end="2024-03-01"/>
                </spells>
                <viz:color r="31" g="95" b="168"/>
              </edge>
            </edges>
          </graph>
        </gexf>

        """

    /// Spells of an element: its dates, in order.
    func spells(of element: String, in gexf: String) -> [String] {
        guard let start = gexf.range(of: element) else { return [] }
        let rest = gexf[start.upperBound...]
        let end = rest.range(of: "</node>") ?? rest.range(of: "</edge>")!
        return rest[..<end.lowerBound].components(separatedBy: "<spell start=\"").dropFirst().map { String($0.prefix(10)) }
    }

    @Test func spellsComeFromArticleDatesAndNodesCoverTheirEdges() {
        let gexf = GEXFWriter().gexf(ExportFixtures.graph)
        // a1 is dated 2024-03-01, a2 2024-03-05T08:00:00Z (read as its date).
        #expect(spells(of: "<node id=\"rufus-firefly\"", in: gexf) == ["2024-03-01"])
        // Kolnor Pact is named only in a2, but its "supports" edge comes from a1.
        #expect(spells(of: "<node id=\"kolnor-pact\"", in: gexf) == ["2024-03-01", "2024-03-05"])
        #expect(spells(of: "<edge id=\"e0\"", in: gexf) == ["2024-03-05"])
        #expect(spells(of: "<edge id=\"e2\"", in: gexf) == ["2024-03-01", "2024-03-05"])
        #expect(gexf.contains("<edge id=\"e1\" source=\"freedonia\" target=\"kolnor-pact\" label=\"supports\" kind=\"supports\" weight=\"1\">"))
        #expect(!gexf.contains("viz:position"))
    }

    @Test func undatedArticlesGiveNoSpells() {
        var g = ExportFixtures.tiny
        g.articles = [ArticleInfo(id: "a1", date: "March 1st")]
        let gexf = GEXFWriter().gexf(g)
        #expect(!gexf.contains("<spell") && gexf.contains("mode=\"dynamic\" timeformat=\"date\" defaultedgetype=\"directed\">"))
    }

    @Test func datesAreCalendarDatesOrNothing() {
        #expect(ExportDate.iso("2024-02-29") == "2024-02-29")
        #expect(ExportDate.iso(" 2024-03-05T08:00:00Z") == "2024-03-05")
        #expect(ExportDate.iso("2024-03-05 10:00") == "2024-03-05")
        #expect(ExportDate.iso("2023-02-29") == nil)
        #expect(ExportDate.iso("2024-13-01") == nil)
        #expect(ExportDate.iso("2024-03-05x") == nil)
        #expect(ExportDate.iso("05/03/2024") == nil)
        #expect(ExportDate.iso(nil) == nil)
    }
}
