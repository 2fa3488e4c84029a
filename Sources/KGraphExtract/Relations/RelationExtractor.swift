import KGraphIngest
import KGraphModel

/// Finds typed edges between the entities of an article. (Interim stub: the relations
/// work replaces the body.)
public struct RelationExtractor: Sendable {
    public init(lexicon: Lexicon) {}

    /// Edges with evidence for one article, given its entities.
    public func relations(in article: Article, entities: EntityAnalysis) -> [Edge] { [] }
}
