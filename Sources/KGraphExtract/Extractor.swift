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
        // Nodes by unique id and edges by unique key (``RelationExtractor`` sorts them), each
        // edge's evidence sorted and unique: the graph's canonical order already.
        return KnowledgeGraph(title: article.title, sortedArticles: [info],
                              sortedNodes: analysis.nodes.keys.sorted().map { analysis.nodes[$0]! }, sortedEdges: edges)
    }

    /// Graphs of many articles, extracted in parallel (at most one task per core) and returned
    /// in the order of `articles`.
    public func extract(_ articles: [Article], maxConcurrency: Int? = nil) async -> [KnowledgeGraph] {
        var out: [KnowledgeGraph] = []
        out.reserveCapacity(articles.count)
        await extract(articles, maxConcurrency: maxConcurrency) { _, g in out.append(g) }
        return out
    }

    /// Extracts in parallel like ``extract(_:maxConcurrency:)``, but hands each graph to `each`
    /// (with its index) in the order of `articles` as soon as it and every one before it are
    /// done, so only a few graphs are held at once: memory stays bounded however many
    /// articles there are.
    public func extract(_ articles: [Article], maxConcurrency: Int? = nil,
                        each: (Int, KnowledgeGraph) -> Void) async {
        guard articles.count > 1 else {
            for (i, a) in articles.enumerated() { each(i, extract(a)) }
            return
        }
        let width = max(1, min(maxConcurrency ?? ProcessInfo.processInfo.activeProcessorCount, articles.count))
        // Finished graphs wait here until every earlier one is handed over. A new task starts
        // only when few are waiting, so one slow article cannot make the rest pile up.
        var waiting: [Int: KnowledgeGraph] = [:]
        var handed = 0
        await withTaskGroup(of: (Int, KnowledgeGraph).self) { group in
            var next = 0
            for _ in 0..<width {
                let i = next, a = articles[i]
                group.addTask { (i, self.extract(a)) }
                next += 1
            }
            while let (i, g) = await group.next() {
                waiting[i] = g
                while let ready = waiting.removeValue(forKey: handed) {
                    each(handed, ready)
                    handed += 1
                }
                // In flight: started, less handed over, less waiting.
                var free = width - (next - handed - waiting.count)
                while free > 0 && next < articles.count && next - handed < width * 8 {
                    let j = next, a = articles[j]
                    group.addTask { (j, self.extract(a)) }
                    next += 1
                    free -= 1
                }
            }
        }
    }
}
