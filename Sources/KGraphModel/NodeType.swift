/// The kind of entity a node stands for (ontology.md, "Node types").
public enum NodeType: String, CaseIterable, Sendable, Hashable, Comparable {
    case country, person, alliance, organization, principle, region

    public static func < (a: NodeType, b: NodeType) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
