import ArgumentParser
import Foundation
import KGraphModel
import KGraphRender
import KGraphReport

struct Report: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML (or Markdown) report of articles and their graphs.",
        discussion: """
        Each input is an article (extracted on the fly) or a graph JSON file. The HTML report (on \
        stdout unless -o names a file) is one file with the diagrams inline and no scripts or external resources. With -o NAME.md the \
        report is Markdown and the diagrams are written beside it in NAME_files/.

        Article text is escaped everywhere and the page declares a Content-Security-Policy \
        that forbids scripts and remote content, so it is safe to open and to mail.

        Examples:
          kgraph report article.txt -o report.html
          kgraph report mon.json tue.json wed.json --diff --title "This week" -o week.html
          kgraph report a.json b.json -o report.md --mermaid   # drawings in report_files/
          kgraph report all.json -o russia.html --focus russia --min-articles 2
        """
    )

    @Argument(help: "Articles or graph JSON files (ARTICLE|GRAPH.json...).")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Output file: .html, or .md for Markdown; - (the default) for HTML on stdout.")
    var output: String = "-"

    @Option(help: "Report title (default: the article's title, or a count of articles).")
    var title: String?

    @Flag(help: "Add the differences between consecutive articles.")
    var diff = false

    @Flag(help: "Markdown only: add each graph as a ```mermaid block.")
    var mermaid = false

    @Option(name: .customLong("lexicon"), help: "Extra lexicon file for extracting articles (repeatable).")
    var lexicons: [String] = []

    @Option(help: "Graphviz layout engine (default: dot, sfdp for big graphs; see render --help).")
    var engine: LayoutEngine?

    @Option(help: "Format (default: md for an output ending in .md, else html).")
    var format: ReportFormat?

    @OptionGroup(title: "View") var view: ViewOptions

    @OptionGroup var limit: LayoutLimit

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give at least one article or graph JSON file") }
    }

    var resolvedFormat: ReportFormat {
        if let format { return format }
        let lower = output.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown") ? .md : .html
    }

    /// Failures print one line, `kgraph report: ...`, and exit with status 2 (see KGraphCommand).
    func run() async throws {
        try await generate()
    }

    func generate() async throws {
        let format = resolvedFormat
        if format == .md && output == "-" { throw CLIError("a Markdown report needs an output file (-o report.md) to put its drawings beside") }
        if mermaid && format != .md { throw CLIError("--mermaid applies to Markdown reports (-o report.md)") }
        if diff && inputs.count < 2 { throw CLIError("--diff needs at least two articles to compare") }
        try OutputFile.refuseOverwriting(inputs: inputs + lexicons, output: output)

        let loaded = try await InputGraphs.load(inputs, options: ExtractionOptions(lexiconPaths: lexicons))
        let whole = InputGraphs.whole(loaded)
        var builder = ReportBuilder(engine: engine)
        builder.view = view.view(for: whole, command: "report")
        // The merged graph is the report's biggest drawing (a diff draws at most the union of two).
        try limit.check(nodes: try ViewOptions.apply(builder.view, to: whole).nodes.count, "the report's merged graph")
        let doc = try CLIError.drawing("drawing failed") {
            try builder.document(title: title, inputs: loaded.map { ReportBuilder.Input(name: $0.path, graph: $0.graph) }, diffs: diff)
        }
        try CLIError.drawing("cannot embed a drawing") {
            switch format {
            case .html: try OutputFile.write(try HTMLReportWriter().html(doc), to: output)
            case .md: try writeMarkdown(doc)
            }
        }
    }

    /// Drawings first (each atomically), then the Markdown that links them, so the report
    /// never points at a missing file.
    func writeMarkdown(_ doc: ReportDocument) throws {
        let folder = MarkdownReportWriter.filesFolder(forReportNamed: URL(fileURLWithPath: output).lastPathComponent)
        let report = try MarkdownReportWriter(filesFolder: folder, mermaid: mermaid).markdown(doc)
        let base = URL(fileURLWithPath: output).deletingLastPathComponent()
        for file in report.files {
            try OutputFile.refuseOverwriting(inputs: inputs + lexicons, output: base.appendingPathComponent(file.path).path)
        }
        try report.writeFiles(besideReportAt: output)
        try OutputFile.write(report.markdown, to: output)
    }
}
