/// Everything the extractor knows in advance: entities with aliases, and relation verbs.
/// (Interim stub: the entities work replaces it.)
public struct Lexicon: Sendable {
    public init() {}
}
