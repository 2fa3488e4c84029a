import KGraphRender
import KGraphExport
import KGraphModel

/// A Markdown report and the drawings to write beside it.
public struct MarkdownReport: Sendable {
    /// A drawing to write beside the report.
    public struct File: Sendable, Hashable {
        /// Relative to the folder of the Markdown file, e.g. `report_files/1-first-article.svg`.
        public var path: String
        public var contents: String
    }

    public var markdown: String
    public var files: [File]
}

/// Writes a ``ReportDocument`` as Markdown: headings, tables, evidence, each drawing as an SVG
/// file in ``filesFolder`` linked relatively, and optionally each graph as a Mermaid block.
public struct MarkdownReportWriter: Sendable {
    /// Folder for the drawings, relative to the Markdown file (`report_files` for `report.md`).
    public var filesFolder: String
    public var mermaid: Bool

    public init(filesFolder: String, mermaid: Bool = false) {
        self.filesFolder = filesFolder
        self.mermaid = mermaid
    }

    /// The folder named after the report: `report.md` -> `report_files`.
    public static func filesFolder(forReportNamed name: String) -> String {
        var stem = Substring(name)
        if let dot = stem.lastIndex(of: "."), dot != stem.startIndex { stem = stem[..<dot] }
        return stem + "_files"
    }

    public func markdown(_ doc: ReportDocument) throws(RenderError) -> MarkdownReport {
        var md = "# \(MarkdownText.escape(doc.title))\n\n"
        var files: [MarkdownReport.File] = []
        let multi = doc.articles.count > 1
        md += "## Contents\n\n"
        for (i, a) in doc.articles.enumerated() { md += "\(i + 1). \(MarkdownText.escape(a.title))\n" }
        if multi, doc.merged != nil { md += "\(doc.articles.count + 1). Merged graph\n" }
        if !doc.diffs.isEmpty { md += "\(doc.articles.count + (multi && doc.merged != nil ? 2 : 1)). Changes between articles\n" }
        md += "\n"

        for (i, a) in doc.articles.enumerated() {
            md += "## \(i + 1). \(MarkdownText.escape(a.title))\n\n"
            let sources = a.sources.map { s -> String in
                if let url = HTMLText.linkableURL(s) { return "[\(MarkdownText.escape(s))](<\(url)>)" }
                return MarkdownText.escape(s)
            }
            md += (a.sources.count > 1 ? "Sources: " : "Source: ") + sources.joined(separator: ", ")
            if let date = a.date { md += " · \(MarkdownText.escape(date))" }
            md += "\n\n"
            try section(a.content, name: "\(i + 1)-\(Slug.make(a.title).prefix(60))", alt: "Graph of \(a.title)",
                        showArticleIDs: false, md: &md, files: &files)
        }
        if multi, let merged = doc.merged {
            md += "## Merged graph\n\n"
            try section(merged, name: "merged", alt: "Merged graph", showArticleIDs: true, md: &md, files: &files)
        }
        if !doc.diffs.isEmpty {
            md += "## Changes between articles\n\n"
            for (i, d) in doc.diffs.enumerated() {
                md += "### \(MarkdownText.escape(d.fromTitle)) → \(MarkdownText.escape(d.toTitle))\n\n"
                if let svg = d.svg {
                    md += try image(svg, name: "diff-\(i + 1)", alt: "Changes from \(d.fromTitle) to \(d.toTitle)", files: &files)
                }
                if d.changes.isEmpty { md += "No changes.\n\n"; continue }
                for c in d.changes { md += "- **\(c.kind.rawValue)** \(MarkdownText.escape(c.text))\n" }
                md += "\n"
            }
        }
        return MarkdownReport(markdown: md, files: files)
    }

    func image(_ svg: SVGDrawing, name: String, alt: String, files: inout [MarkdownReport.File]) throws(RenderError) -> String {
        let path = "\(filesFolder)/\(name).svg"
        files.append(.init(path: path, contents: svg.embedded(try SVGEmbedding(label: alt, sizing: .natural, standalone: true))))
        return "![\(MarkdownText.escape(alt))](\(MarkdownText.pathForLink(path)))\n\n"
    }

    func section(_ g: ReportGraph, name: String, alt: String, showArticleIDs: Bool,
                 md: inout String, files: inout [MarkdownReport.File]) throws(RenderError) {
        if let svg = g.svg { md += try image(svg, name: name, alt: alt, files: &files) }
        if mermaid { md += "```mermaid\n" + MermaidWriter().flowchart(g.graph) + "```\n\n" }
        let t = GraphTables(g.graph)
        md += "### Entities (\(t.entities.count))\n\n"
        if t.entities.isEmpty {
            md += "No entities.\n\n"
        } else {
            md += "| Entity | Type | Names used | Mentions |\n| --- | --- | --- | ---: |\n"
            for e in t.entities {
                md += "| \(MarkdownText.escape(e.label)) | \(e.type.rawValue) | \(MarkdownText.escape(e.usedForms.joined(separator: ", ") + (e.otherAliases.isEmpty ? "" : (e.usedForms.isEmpty ? "" : "; ") + "also known as " + e.otherAliases.joined(separator: ", ")))) | \(e.mentions) |\n"
            }
            md += "\n"
        }
        md += "### Relations (\(t.relations.count))\n\n"
        if t.relations.isEmpty { md += "No relations.\n\n"; return }
        md += "| Source | Relation | Target | Confidence | Evidence |\n| --- | --- | --- | ---: | --- |\n"
        for r in t.relations {
            let evidence = r.evidence.map { ev -> String in
                let (quote, marked) = Self.quote(ev)
                let notes = ev.notes(showArticle: showArticleIDs, triggerShown: marked)
                return "“\(quote)”" + (notes.isEmpty ? "" : " (\(MarkdownText.escape(notes.joined(separator: " · "))))")
            }
            md += "| \(MarkdownText.escape(r.source)) | \(r.type.phrase) | \(MarkdownText.escape(r.target)) | \(HTMLText.confidence(r.confidence)) | \(evidence.joined(separator: "<br>")) |\n"
        }
        md += "\n"
    }

    /// The escaped sentence with its trigger (first occurrence) in bold, when the trigger is
    /// found and has no surrounding spaces (which would break the emphasis).
    static func quote(_ ev: Evidence) -> (String, marked: Bool) {
        let sentence = ev.sentence
        guard let trigger = ev.trigger, !trigger.isEmpty, trigger.trimmingSpaces == trigger,
              let r = sentence.range(of: trigger) else {
            return (MarkdownText.escape(sentence), false)
        }
        let text = MarkdownText.escape(String(sentence[..<r.lowerBound])) + "**" + MarkdownText.escape(String(sentence[r]))
            + "**" + MarkdownText.escape(String(sentence[r.upperBound...]))
        return (text, true)
    }
}
