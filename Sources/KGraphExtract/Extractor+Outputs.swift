import KGraphIngest
import KGraphModel

/// What is done to each extracted graph before it is written: evidence (and edges) below a
/// confidence dropped, and a title set.
public struct GraphPreparation: Sendable {
    /// Evidence below this confidence is dropped, and edges left without evidence.
    public var minConfidence: Double
    /// The title every graph gets; nil keeps the article's.
    public var title: String?

    public init(minConfidence: Double = 0, title: String? = nil) {
        self.minConfidence = minConfidence
        self.title = title
    }

    /// `graph`, filtered and titled.
    public func apply(_ graph: KnowledgeGraph) -> KnowledgeGraph {
        var g = graph.filtered(minConfidence: minConfidence)
        if let title { g.title = title }
        return g
    }
}

/// What one extraction run gave: graphs extracted, and their nodes and edges in all.
public struct ExtractionTally: Sendable {
    /// Articles extracted.
    public var extracted = 0
    /// Nodes of every graph, added up.
    public var nodes = 0
    /// Edges of every graph, added up.
    public var edges = 0

    public init() {}

    /// Counts one more graph.
    public mutating func add(_ graph: KnowledgeGraph) {
        extracted += 1
        nodes += graph.nodes.count
        edges += graph.edges.count
    }

    /// The run's summary line: "1777 articles: 1771 extracted, 6 skipped (6: no article text
    /// left ...); REST", skip reasons most frequent first.
    public static func summary(extracted: Int, skipped: [SkippedArticle], _ rest: String) -> String {
        var s = "\(count(extracted + skipped.count, "article")): \(extracted) extracted"
        if !skipped.isEmpty {
            var reasons: [String: Int] = [:]
            for k in skipped { reasons[k.reason, default: 0] += 1 }
            s += ", \(skipped.count) skipped (" + reasons.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { "\($0.value): \($0.key)" }.joined(separator: "; ") + ")"
        }
        return s + "; " + rest
    }

    /// A count with its noun: `count(1777, "article")` is "1777 articles", `count(1, "graph")` "1 graph".
    public static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}

extension Extractor {
    /// Extracts the articles `next` delivers and hands each graph, prepared, to `write` in
    /// input order as soon as it and those before it are done (one graph a line), calling
    /// `done` after each.
    public func extractGraphs(streaming next: @escaping @Sendable () throws -> Article?, preparation: GraphPreparation,
                              write: (KnowledgeGraph) -> Void, done: () -> Void = {}) async throws -> ExtractionTally {
        var tally = ExtractionTally()
        try await extract(streaming: next) { _, _, g in
            let g = preparation.apply(g)
            tally.add(g)
            write(g)
            done()
        }
        return tally
    }

    /// One graph of every article `next` delivers, merged as the graphs arrive (the merge of
    /// ``GraphMerger``, titled `title`); the graph of a single article is that graph as it is.
    /// Calls `done` after each article.
    public func mergedGraph(streaming next: @escaping @Sendable () throws -> Article?, preparation: GraphPreparation,
                            done: () -> Void = {}) async throws -> (graph: KnowledgeGraph, extracted: Int) {
        var extracted = 0
        var merger = GraphMerger()
        var first: KnowledgeGraph?
        try await extract(streaming: next) { _, _, g in
            let g = preparation.apply(g)
            if extracted == 0 { first = g } else {
                if let f = first { merger.add(f); first = nil }
                merger.add(g)
            }
            extracted += 1
            done()
        }
        return (extracted == 1 ? first! : merger.result(title: preparation.title), extracted)
    }

    /// Extracts `articles` in parallel and hands each graph, prepared, with its index to
    /// `write` in order; after the first error `write` throws, the other graphs are passed
    /// over and the error is rethrown at the end. Calls `done` with each article's index.
    public func extractGraphs(_ articles: [Article], preparation: GraphPreparation,
                              write: (Int, KnowledgeGraph) throws -> Void, done: (Int) -> Void = { _ in }) async throws -> ExtractionTally {
        var tally = ExtractionTally()
        var failure: Error?
        await extract(articles) { i, g in
            done(i)
            guard failure == nil else { return }
            let g = preparation.apply(g)
            tally.add(g)
            do { try write(i, g) } catch { failure = error }
        }
        if let failure { throw failure }
        return tally
    }
}
