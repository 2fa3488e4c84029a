import Testing
import KGraphModel
@testable import KGraphExport

@Suite struct ScriptWriterTests {
    @Test func cypherExactlyForTheTinyGraph() {
        #expect(CypherWriter().script(ExportFixtures.tiny) == """
        // kgraph graph as idempotent Cypher: cypher-shell -f FILE (running it again changes nothing)
        CREATE CONSTRAINT kgraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
        CREATE CONSTRAINT kgraph_article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
        MERGE (a:Article {id: "a1"}) SET a.title = "Talks", a.date = date("2024-03-01");
        MERGE (n:Entity {id: "freedonia"}) ON CREATE SET n.name = "Freedonia", n.type = "country" SET n:Country, n.aliases = reduce(acc = coalesce(n.aliases, []), x IN [] | CASE WHEN x IN acc THEN acc ELSE acc + x END), n.articles = reduce(acc = coalesce(n.articles, []), x IN ["a1"] | CASE WHEN x IN acc THEN acc ELSE acc + x END);
        MERGE (n:Entity {id: "sylvania"}) ON CREATE SET n.name = "Sylvania", n.type = "country" SET n:Country, n.aliases = reduce(acc = coalesce(n.aliases, []), x IN [] | CASE WHEN x IN acc THEN acc ELSE acc + x END), n.articles = reduce(acc = coalesce(n.articles, []), x IN ["a1"] | CASE WHEN x IN acc THEN acc ELSE acc + x END);
        MATCH (a:Article {id: "a1"}), (n:Entity {id: "freedonia"}) MERGE (a)-[m:MENTIONS]->(n) SET m.count = 1;
        MATCH (s:Entity {id: "freedonia"}), (t:Entity {id: "sylvania"}) MERGE (s)-[r:PARTNERS_WITH]-(t) SET r.confidence = CASE WHEN r.confidence > 0.8 THEN r.confidence ELSE 0.8 END, r.articles = reduce(acc = coalesce(r.articles, []), x IN ["a1"] | CASE WHEN x IN acc THEN acc ELSE acc + x END), r.evidence = reduce(acc = coalesce(r.evidence, []), x IN ["Freedonia & Sylvania <agree>."] | CASE WHEN x IN acc THEN acc ELSE acc + x END);

        """)
    }

    @Test func cypherDirectsOnlyAsymmetricRelationsAndEscapesStrings() {
        let script = CypherWriter().script(ExportFixtures.graph)
        #expect(script.contains("MERGE (s)-[r:REJECTS]->(t)") && script.contains("MERGE (s)-[r:TENSION_WITH]-(t)"))
        #expect(script.contains(#"x IN ["Freedonia rejected the Kolnor Pact,\nsaying no."]"#))
        #expect(script.contains(#""Freedonia and Sylvania traded \"warnings\" | again.""#))
        #expect(CypherWriter.string("back\\slash\u{1}") == #""back\\slash ""#)
        #expect(script.split(separator: "\n").dropFirst().allSatisfy { $0.hasSuffix(";") })
    }

    @Test func mermaidIsTheReportsFlowchart() {
        #expect(MermaidWriter().flowchart(ExportFixtures.graph) == """
        flowchart LR
          n_freedonia["Freedonia"]
          n_kolnor_pact{{"Kolnor Pact"}}
          n_rufus_firefly("Rufus Firefly")
          n_sylvania["Sylvania"]
          n_freedonia -->|rejects| n_kolnor_pact
          n_freedonia -->|supports| n_kolnor_pact
          n_freedonia ---|tension with| n_sylvania
          n_rufus_firefly -->|leads| n_freedonia
          classDef country fill:#d6e6f5,stroke:#3a6ea5
          class n_freedonia,n_sylvania country
          classDef person fill:#fde3c8,stroke:#b86e1f
          class n_rufus_firefly person
          classDef alliance fill:#e2d9f3,stroke:#6a4c9c
          class n_kolnor_pact alliance

        """)
        #expect(GraphExporter().files(ExportFixtures.graph, format: .mermaid) == [ExportFile(name: nil, text: MermaidWriter().flowchart(ExportFixtures.graph))])
    }

    @Test func mermaidLabelsAreEntityCoded() {
        #expect(MermaidWriter.label("a\nb `c` #d; [e] {f} (g) |h|") == "a b #96;c#96; #35;d#59; #91;e#93; #123;f#125; #40;g#41; #124;h#124;")
        #expect(MermaidWriter.label("São Paulo & 東京") == "São Paulo #38; 東京")
    }

    @Test func formatsFromExtensions() {
        #expect(ExportFormat(pathExtension: "GEXF") == .gexf)
        #expect(ExportFormat(pathExtension: "cql") == .cypher)
        #expect(ExportFormat(pathExtension: "mmd") == .mermaid)
        #expect(ExportFormat(pathExtension: "csv") == nil)
        #expect(ExportFormat.allCases.filter(\.writesFolder) == [.csv, .neo4j])
    }
}
