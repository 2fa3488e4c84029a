import KGraphModel

/// How graph types are named in Neo4j: labels in UpperCamelCase, relationship types in
/// UPPER_SNAKE_CASE.
enum Neo4jNames {
    static func label(_ type: NodeType) -> String {
        type.rawValue.prefix(1).uppercased() + type.rawValue.dropFirst()
    }

    static func relationship(_ type: EdgeType) -> String {
        type.rawValue.uppercased().replacingOccurrences(of: "-", with: "_")
    }

    /// Every entity has the label `Entity` and its type's; articles have `Article`.
    static let entity = "Entity"
    static let article = "Article"
    static let mentions = "MENTIONS"
}
