import ArgumentParser
import Foundation
import KGraphIngest
import KGraphModel

struct Text: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print the text kgraph reads from articles: title, body and metadata.",
        discussion: """
        Takes the same inputs as extract: text, HTML or Markdown files, folders of them, JSON \
        Lines corpora or - for stdin. Shows what an extraction is based on: the main content of \
        a web page without its furniture, the title, date, author and canonical URL.

        --format text (the default) prints each article's title, a blank line, then its \
        paragraphs; several articles are each headed by a line "==> SOURCE <==". --format jsonl \
        (the default for an output ending in .jsonl) prints one JSON object per article with \
        the keys id, title, text (the body without the headline), date, author, url and source \
        (null when unknown).

        Examples:
          kgraph text page.html
          kgraph text saved-pages/ --format jsonl -o corpus.jsonl
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl
    }

    @Argument(help: "Article files, folders, .jsonl corpora, or - for stdin.")
    var articles: [String]

    @Option(name: .shortAndLong, help: "Output file, or - for stdout (default).")
    var output: String?

    @Option(help: "text or jsonl (default: jsonl for an output ending in .jsonl, else text).")
    var format: Format?

    func validate() throws {
        guard !articles.isEmpty else { throw ValidationError("name at least one article") }
    }

    func run() async throws {
        let out = output ?? "-"
        let fmt = format ?? (out.lowercased().hasSuffix(".jsonl") || out.lowercased().hasSuffix(".ndjson") ? .jsonl : .text)
        try OutputFile.refuseOverwriting(inputs: articles, output: out)
        let items = try ArticleExtraction.readArticles(articles)
        try OutputFile.write(fmt == .jsonl ? Article.jsonLines(items) : Article.plainText(items), to: out)
    }
}
