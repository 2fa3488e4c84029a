import Foundation
import KGraphExtract
import KGraphIngest
import KGraphModel

/// Options shared by every command that extracts articles.
struct ExtractionOptions: Sendable {
    var lexiconPaths: [String] = []
    var minConfidence: Double = 0
}

/// Reads and extracts articles for every command that accepts articles.
enum ArticleExtraction {
    /// One graph of all articles at `paths`, merged.
    static func mergedGraph(of paths: [String], options: ExtractionOptions) async throws -> KnowledgeGraph {
        try await mergedGraph(of: try readArticles(paths), options: options)
    }

    /// One graph of articles already read, merged and filtered by confidence.
    static func mergedGraph(of articles: [Article], options: ExtractionOptions) async throws -> KnowledgeGraph {
        let extractor = Extractor(lexicon: try lexicon(options.lexiconPaths))
        var merger = GraphMerger()
        await extractor.extract(articles) { _, g in merger.add(g) }
        return merger.result().filtered(minConfidence: options.minConfidence)
    }

    /// The bundled lexicon plus user files; errors name the file and the place.
    static func lexicon(_ paths: [String]) throws -> Lexicon {
        try Lexicon(userFiles: paths)
    }

    /// One line on stderr for each article passed over.
    static func warn(_ skipped: [SkippedArticle]) {
        for s in skipped { KGraphCommand.warn("\(s)") }
    }

    /// Every article at `paths` in order (files, folders, `-`, `.jsonl` corpora).
    static func readArticles(_ paths: [String]) throws -> [Article] {
        var skipped: [SkippedArticle] = []
        return try readArticles(paths, skipped: &skipped)
    }

    /// ``readArticles(_:)``, adding the articles passed over (each also warned of) to `allSkipped`.
    static func readArticles(_ paths: [String], skipped allSkipped: inout [SkippedArticle]) throws -> [Article] {
        var out: [Article] = []
        for path in paths {
            let articles: [Article]
            var skipped: [SkippedArticle] = []
            articles = try ArticleReader.read(path: path, skipped: &skipped)
            warn(skipped)
            allSkipped += skipped
            try ArticleReader.check(articles, path: path)
            out += articles
        }
        return out
    }
}
