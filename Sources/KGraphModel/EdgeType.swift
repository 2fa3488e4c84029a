/// The kind of relation an edge asserts (ontology.md, "Edge types").
public enum EdgeType: String, CaseIterable, Sendable, Hashable, Comparable {
    case proposes, rejects, supports
    case partnersWith = "partners-with"
    case tensionWith = "tension-with"
    case counters
    case memberOf = "member-of"
    case leads, serves, upholds, founded

    /// Symmetric relations are the same edge whichever way they are written.
    public var isSymmetric: Bool { self == .partnersWith || self == .tensionWith }

    /// Verb phrase for labels and prose ("partners with").
    public var phrase: String { rawValue.replacingOccurrences(of: "-", with: " ") }

    public static func < (a: EdgeType, b: EdgeType) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
