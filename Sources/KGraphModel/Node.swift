/// An entity of the graph: a country, person, alliance, organization, principle or region.
public struct Node: Sendable, Hashable, Identifiable {
    /// Stable slug of the canonical label (`united-states`); see ``Slug``.
    public var id: String
    /// Canonical name a reader expects ("United States").
    public var label: String
    public var type: NodeType
    /// Other surface forms seen or known; kept sorted and free of the label itself.
    public var aliases: [String]
    /// Where the entity is named; kept sorted.
    public var mentions: [Mention]

    public init(id: String? = nil, label: String, type: NodeType, aliases: [String] = [], mentions: [Mention] = []) {
        self.id = id ?? Slug.make(label)
        self.label = label
        self.type = type
        self.aliases = []
        self.mentions = []
        addAliases(aliases)
        addMentions(mentions)
    }

    /// Adds surface forms, keeping the list sorted, unique and without the label.
    public mutating func addAliases<S: Sequence>(_ more: S) where S.Element == String {
        var set = Set(aliases)
        for a in more where !a.isEmpty && a != label { set.insert(a) }
        aliases = set.sorted()
    }

    /// Adds mentions, keeping the list sorted and unique.
    public mutating func addMentions<S: Sequence>(_ more: S) where S.Element == Mention {
        mentions = Array(Set(mentions).union(more)).sorted()
    }
}
