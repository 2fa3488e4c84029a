import Testing
import KGraphModel
@testable import KGraphExport

@Suite struct TableWriterTests {
    func text(_ files: [ExportFile], _ name: String) -> String? { files.first { $0.name == name }?.text }

    @Test func csvExactly() {
        let files = CSVWriter().files(ExportFixtures.graph)
        #expect(files.map(\.name) == ["nodes.csv", "edges.csv"])
        #expect(text(files, "nodes.csv") == """
        Id,Label,Type,Aliases,Articles\r
        freedonia,Freedonia,country,Freedonian,a1 | a2\r
        kolnor-pact,Kolnor Pact,alliance,,a1 | a2\r
        rufus-firefly,Rufus Firefly,person,,a1\r
        sylvania,Sylvania,country,,a1 | a2\r

        """)
        #expect(text(files, "edges.csv") == """
        Source,Target,Type,Kind,Label,Weight,Confidence,Articles,Evidence\r
        freedonia,kolnor-pact,Directed,rejects,rejects,1,0.7,a2,"Freedonia rejected the Kolnor Pact,
        saying no."\r
        freedonia,kolnor-pact,Directed,supports,supports,1,0.6,a1,Freedonia once backed the pact.\r
        freedonia,sylvania,Undirected,tension-with,tension with,2,0.9,a1 | a2,"Freedonia and Sylvania traded ""warnings"" | again. | Tensions between Sylvania and Freedonia grew."\r
        rufus-firefly,freedonia,Directed,leads,leads,1,0.9,a1,"Rufus Firefly, who leads Freedonia, spoke."\r

        """)
    }

    @Test func csvFieldsFollowRFC4180() {
        #expect(CSVText.field("plain") == "plain")
        #expect(CSVText.field("a,b") == "\"a,b\"")
        #expect(CSVText.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVText.field("two\r\nlines") == "\"two\r\nlines\"")
        #expect(CSVText.field("nul\u{0}here") == "nul here")
    }

    @Test func neo4jImportFilesExactly() {
        let files = Neo4jImportWriter().files(ExportFixtures.graph)
        #expect(files.map(\.name) == ["articles.csv", "entities.csv", "mentions.csv", "relations.csv"])
        let d = "\u{1F}"
        #expect(text(files, "entities.csv") == """
        id:ID(Entity),name,type,aliases:string[],articles:string[],mentions:int,:LABEL\r
        freedonia,Freedonia,country,Freedonian,a1\(d)a2,2,Entity\(d)Country\r
        kolnor-pact,Kolnor Pact,alliance,,a1\(d)a2,1,Entity\(d)Alliance\r
        rufus-firefly,Rufus Firefly,person,,a1,1,Entity\(d)Person\r
        sylvania,Sylvania,country,,a1\(d)a2,1,Entity\(d)Country\r

        """)
        #expect(text(files, "articles.csv") == """
        id:ID(Article),title,source,date:date,:LABEL\r
        a1,Freedonia & Sylvania talk,https://example.org/a1,2024-03-01,Article\r
        a2,The Kolnor Pact,,2024-03-05,Article\r

        """)
        #expect(text(files, "mentions.csv") == """
        :START_ID(Article),:END_ID(Entity),:TYPE,count:int\r
        a1,freedonia,MENTIONS,1\r
        a1,rufus-firefly,MENTIONS,1\r
        a1,sylvania,MENTIONS,1\r
        a2,freedonia,MENTIONS,1\r
        a2,kolnor-pact,MENTIONS,1\r

        """)
        // Symmetric tension-with once; line breaks in evidence become spaces.
        #expect(text(files, "relations.csv") == """
        :START_ID(Entity),:END_ID(Entity),:TYPE,confidence:double,weight:int,articles:string[],evidence:string[]\r
        freedonia,kolnor-pact,REJECTS,0.7,1,a2,"Freedonia rejected the Kolnor Pact, saying no."\r
        freedonia,kolnor-pact,SUPPORTS,0.6,1,a1,Freedonia once backed the pact.\r
        freedonia,sylvania,TENSION_WITH,0.9,2,a1\(d)a2,"Freedonia and Sylvania traded ""warnings"" | again.\(d)Tensions between Sylvania and Freedonia grew."\r
        rufus-firefly,freedonia,LEADS,0.9,1,a1,"Rufus Firefly, who leads Freedonia, spoke."\r

        """)
    }

    @Test func theArrayDelimiterNeverOccursInsideAValue() {
        let g = KnowledgeGraph(nodes: [Node(label: "Odd\u{1F}Name", type: .region, aliases: ["a\u{1F}b", " "])])
        let entities = Neo4jImportWriter().files(g).first { $0.name == "entities.csv" }!.text
        #expect(entities.hasSuffix("odd-name,Odd Name,region,a b,,0,Entity\u{1F}Region\r\n"))
    }
}
