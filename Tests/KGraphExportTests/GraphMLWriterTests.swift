import Testing
import KGraphModel
@testable import KGraphExport

@Suite struct GraphMLWriterTests {
    @Test func tinyGraphExactly() {
        #expect(GraphMLWriter().graphML(ExportFixtures.tiny) == """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
          <key id="n_label" for="node" attr.name="label" attr.type="string"/>
          <key id="n_type" for="node" attr.name="type" attr.type="string"/>
          <key id="n_aliases" for="node" attr.name="aliases" attr.type="string"/>
          <key id="n_articles" for="node" attr.name="articles" attr.type="string"/>
          <key id="n_mentions" for="node" attr.name="mentions" attr.type="int"/>
          <key id="e_type" for="edge" attr.name="type" attr.type="string"/>
          <key id="e_label" for="edge" attr.name="label" attr.type="string"/>
          <key id="e_symmetric" for="edge" attr.name="symmetric" attr.type="boolean"/>
          <key id="e_confidence" for="edge" attr.name="confidence" attr.type="double"/>
          <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>
          <key id="e_articles" for="edge" attr.name="articles" attr.type="string"/>
          <key id="e_evidence" for="edge" attr.name="evidence" attr.type="string"/>
          <graph id="G" edgedefault="directed">
            <node id="freedonia">
              <data key="n_label">Freedonia</data>
              <data key="n_type">country</data>
              <data key="n_aliases"></data>
              <data key="n_articles">a1</data>
              <data key="n_mentions">1</data>
            </node>
            <node id="sylvania">
              <data key="n_label">Sylvania</data>
              <data key="n_type">country</data>
              <data key="n_aliases"></data>
              <data key="n_articles">a1</data>
              <data key="n_mentions">0</data>
            </node>
            <edge id="e0" source="freedonia" target="sylvania">
              <data key="e_type">partners-with</data>
              <data key="e_label">partners with</data>
              <data key="e_symmetric">true</data>
              <data key="e_confidence">0.8</data>
              <data key="e_weight">1</data>
              <data key="e_articles">a1</data>
              <data key="e_evidence">Freedonia &amp; Sylvania &lt;agree&gt;.</data>
            </edge>
          </graph>
        </graphml>

        """)
    }

    @Test func parallelEdgesStaySeparateWithTheirTypes() {
        let xml = GraphMLWriter().graphML(ExportFixtures.graph)
        #expect(xml.contains("""
            <edge id="e0" source="freedonia" target="kolnor-pact">
              <data key="e_type">rejects</data>
        """))
        #expect(xml.contains("""
            <edge id="e1" source="freedonia" target="kolnor-pact">
              <data key="e_type">supports</data>
        """))
        // Lists become one string; a line break survives as a character reference.
        #expect(xml.contains("<data key=\"e_evidence\">Freedonia and Sylvania traded &quot;warnings&quot; | again. | Tensions between Sylvania and Freedonia grew.</data>"))
        #expect(xml.contains("<data key=\"e_evidence\">Freedonia rejected the Kolnor Pact,&#10;saying no.</data>"))
        #expect(xml.contains("<data key=\"n_articles\">a1 | a2</data>"))
        // Every key precedes the graph.
        #expect(xml.range(of: "<key ", options: .backwards)!.lowerBound < xml.range(of: "<graph ")!.lowerBound)
    }

    @Test func controlCharactersCannotBreakTheXML() {
        let g = KnowledgeGraph(nodes: [Node(id: "x\u{1}y", label: "A\u{0}B\u{7F}", type: .region)])
        let xml = GraphMLWriter().graphML(g)
        #expect(xml.contains("<node id=\"x\u{FFFD}y\">") && xml.contains(">A\u{FFFD}B\u{FFFD}<"))
    }
}
