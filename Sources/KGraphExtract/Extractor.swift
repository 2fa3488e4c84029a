import Foundation
import KGraphIngest
import KGraphModel

/// Turns articles into knowledge graphs: entities from ``EntityRecognizer``, edges from
/// ``RelationExtractor``. Output is deterministic: the same article gives the same bytes.
public struct Extractor: Sendable {
    public let lexicon: Lexicon
    private let recognizer: EntityRecognizer
    private let relations: RelationExtractor

    /// An extractor over `lexicon` (the bundled one by default).
    public init(lexicon: Lexicon = Lexicon()) {
        self.lexicon = lexicon
        self.recognizer = EntityRecognizer(lexicon: lexicon)
        self.relations = RelationExtractor(lexicon: lexicon)
    }

    /// Entities of one article (no relations).
    public func entities(in article: Article) -> EntityAnalysis {
        recognizer.analyze(article)
    }

    /// The graph of one article: every entity found (also those in no edge), every edge, and
    /// the article's info.
    public func extract(_ article: Article) -> KnowledgeGraph {
        let analysis = recognizer.analyze(article)
        // An edge must join two of the article's nodes; anything else would dangle in the graph.
        let edges = relations.relations(in: article, entities: analysis).filter {
            analysis.nodes[$0.source] != nil && analysis.nodes[$0.target] != nil
        }
        let info = ArticleInfo(id: article.id, title: article.title, source: article.source, date: article.date,
                               url: article.url, author: article.author)
        return KnowledgeGraph(title: article.title, articles: [info],
                              nodes: analysis.nodes.keys.sorted().map { analysis.nodes[$0]! }, edges: edges)
    }

    /// Graphs of many articles, extracted in parallel (at most one task per core) and returned
    /// in the order of `articles`.
    public func extract(_ articles: [Article], maxConcurrency: Int? = nil) async -> [KnowledgeGraph] {
        guard articles.count > 1 else { return articles.map(extract) }
        let width = max(1, min(maxConcurrency ?? ProcessInfo.processInfo.activeProcessorCount, articles.count))
        var results = [KnowledgeGraph?](repeating: nil, count: articles.count)
        await withTaskGroup(of: (Int, KnowledgeGraph).self) { group in
            var next = 0
            for _ in 0..<width {
                let i = next, a = articles[i]
                group.addTask { (i, self.extract(a)) }
                next += 1
            }
            while let (i, g) = await group.next() {
                results[i] = g
                if next < articles.count {
                    let j = next, a = articles[j]
                    group.addTask { (j, self.extract(a)) }
                    next += 1
                }
            }
        }
        return results.map { $0! }
    }
}
