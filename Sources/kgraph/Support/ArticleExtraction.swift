import Foundation
import KGraphModel

/// Options shared by every command that extracts articles.
struct ExtractionOptions: Sendable {
    var lexiconPaths: [String] = []
    var minConfidence: Double = 0
}

/// Reads and extracts articles. (Interim: the extractor work fills this in.)
enum ArticleExtraction {
    static func mergedGraph(of paths: [String], options: ExtractionOptions) async throws -> KnowledgeGraph {
        throw CLIError("\(paths.joined(separator: ", ")): extracting articles is not implemented yet; give graph JSON")
    }
}
