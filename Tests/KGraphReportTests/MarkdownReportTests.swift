import Foundation
import KGraphModel
import Testing
import KGraphExport
@testable import KGraphReport

@Suite struct MarkdownReportTests {
    @Test func writesTablesAndLinksTheDrawingsBeside() throws {
        let report = try MarkdownReportWriter(filesFolder: "report_files").markdown(Fixtures.twoArticleDocument)
        let md = report.markdown
        #expect(md.hasPrefix("# Valdoria \\& its neighbours\n\n## Contents\n\n1. Valdoria keeps its distance\n2. Valdoria and Ostland sign a pact\n3. Merged graph\n4. Changes between articles\n"))
        #expect(report.files.map(\.path) == ["report_files/1-valdoria-keeps-its-distance.svg", "report_files/2-valdoria-and-ostland-sign-a-pact.svg",
                                              "report_files/merged.svg", "report_files/diff-1.svg"])
        #expect(md.contains("![Graph of Valdoria keeps its distance](report_files/1-valdoria-keeps-its-distance.svg)"))
        #expect(md.contains("Source: [https://news.example.org/valdoria?id=1\\&lang=en](<https://news.example.org/valdoria?id=1&lang=en>)"))
        #expect(md.contains("| Valdoria | country | also known as Valdorian, the Valdorian government | 2 |"))
        #expect(md.contains("| Valdoria | rejects | Northern Pact | 0.90 | “Valdoria said it has **no plan to join** the Northern Pact.” |"))
        #expect(md.contains("- **added** Valdoria partners with Ostland"))
        #expect(!md.contains("```mermaid"))
        // The files beside are standalone SVG documents with their natural size and their alt text.
        let file = try #require(report.files.first?.contents)
        #expect(file.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        let root = try #require(PageCheck(file).elements.first)
        #expect(root.attributes["width"]?.hasSuffix("pt") == true && root.attributes["height"]?.hasSuffix("pt") == true)
        #expect(root.attributes["aria-label"] == "Graph of Valdoria keeps its distance")
        #expect(!file.contains("DOCTYPE"))
        #expect(PageCheck(file).wellFormed)
    }

    @Test func escapesArticleText() throws {
        let doc = try Fixtures.hostileDocument
        let md = try MarkdownReportWriter(filesFolder: "r_files").markdown(doc).markdown
        #expect(md.contains("| \\<script\\>window.\\_\\_kgPwned=1\\</script\\> | country | \"\\>\\<img src=x onerror=\"window.\\_\\_kgPwned=1\"\\>, \\<svg onload=window.\\_\\_kgPwned=1\\> | 0 |"))
        #expect(md.contains("\\| \\*bold\\* \\[link\\](javascript:x) \\`code\\`"))
        // The trigger "<img" is bolded as escaped text.
        #expect(md.contains("“It said \"\\>**\\<img** src=x"))
        // Not a link: the source is not http(s).
        #expect(md.contains("Source: javascript:window.\\_\\_kgPwned=1\n"))
        for line in md.split(separator: "\n") where line.hasPrefix("| ") {
            // Every table row keeps its column count: no unescaped `|` from the text.
            let cells = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            #expect(cells == 5 || cells == 6, "\(line)")
        }
    }

    @Test func folderIsNamedAfterTheReport() {
        #expect(MarkdownReportWriter.filesFolder(forReportNamed: "report.md") == "report_files")
        #expect(MarkdownReportWriter.filesFolder(forReportNamed: "my.report.markdown") == "my.report_files")
        #expect(MarkdownReportWriter.filesFolder(forReportNamed: ".md") == ".md_files")
        #expect(MarkdownText.pathForLink("my report_files/1-a.svg") == "my%20report_files/1-a.svg")
    }

    @Test func mermaidBlocksWhenAsked() throws {
        let md = try MarkdownReportWriter(filesFolder: "report_files", mermaid: true).markdown(Fixtures.twoArticleDocument).markdown
        #expect(md.contains("""
        ```mermaid
        flowchart LR
          n_ilse_marten("Ilse Marten")
          n_northern_pact{{"Northern Pact"}}
          n_valdoria["Valdoria"]
          n_ilse_marten -->|serves| n_valdoria
          n_valdoria -->|rejects| n_northern_pact
          classDef country fill:#d6e6f5,stroke:#3a6ea5
          class n_valdoria country
          classDef person fill:#fde3c8,stroke:#b86e1f
          class n_ilse_marten person
          classDef alliance fill:#e2d9f3,stroke:#6a4c9c
          class n_northern_pact alliance
        ```
        """))
        #expect(md.contains("  n_ostland ---|partners with| n_valdoria\n"))
    }

    @Test func mermaidLabelsAreSanitized() {
        let chart = MermaidWriter().flowchart(Fixtures.hostile)
        #expect(chart.contains("n_evil_a[\"#60;script#62;window.#95;#95;kgPwned=1#60;/script#62;\"]"))
        #expect(chart.contains("n_evil_b___b_id__x[[\"#quot;#62;#60;img src=x onerror=#quot;window.#95;#95;kgPwned=1#quot;#62;\"]]"))
        for line in chart.split(separator: "\n").dropFirst() {
            // Inside a statement, the only quotes are the label delimiters and no raw markup is left.
            #expect(!line.contains("<") && !line.contains(">") || line.contains("-->"), "\(line)")
            #expect(line.filter { $0 == "\"" }.count == (line.contains("|") || line.contains("class") ? 0 : 2), "\(line)")
        }
    }

    @Test func sameDocumentSameBytes() throws {
        let w = MarkdownReportWriter(filesFolder: "report_files", mermaid: true)
        let a = try w.markdown(Fixtures.twoArticleDocument)
        let b = try w.markdown(Fixtures.twoArticleDocument)
        #expect(a.markdown == b.markdown)
        #expect(a.files == b.files)
    }
}

@Suite struct MarkdownFilesTests {
    @Test func writesTheDrawingsBesideTheReport() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let reportPath = dir.appendingPathComponent("weekly report.md").path
        let folder = MarkdownReportWriter.filesFolder(forReportNamed: "weekly report.md")
        let report = try MarkdownReportWriter(filesFolder: folder).markdown(Fixtures.twoArticleDocument)
        let written = try report.writeFiles(besideReportAt: reportPath)
        #expect(written.map { URL(fileURLWithPath: $0).lastPathComponent } == [
            "1-valdoria-keeps-its-distance.svg", "2-valdoria-and-ostland-sign-a-pact.svg", "merged.svg", "diff-1.svg"])
        let listing = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("weekly report_files").path).sorted()
        // No temporary files are left behind.
        #expect(listing == ["1-valdoria-keeps-its-distance.svg", "2-valdoria-and-ostland-sign-a-pact.svg", "diff-1.svg", "merged.svg"])
        let merged = try String(contentsOfFile: dir.appendingPathComponent("weekly report_files/merged.svg").path, encoding: .utf8)
        #expect(merged == report.files[2].contents)
        // The Markdown links each file relatively, with the space encoded.
        #expect(report.markdown.contains("](weekly%20report_files/merged.svg)"))
        // Rewriting replaces the files in place.
        try report.writeFiles(besideReportAt: reportPath)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("weekly report_files").path).count == 4)
    }

    @Test func refusesWhenTheFolderNameIsAFile() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("x".utf8).write(to: dir.appendingPathComponent("r_files"))
        let report = try MarkdownReportWriter(filesFolder: "r_files").markdown(Fixtures.twoArticleDocument)
        #expect(throws: ReportFileError.self) { try report.writeFiles(besideReportAt: dir.appendingPathComponent("r.md").path) }
    }
}
