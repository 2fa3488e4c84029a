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
        // The extractor gives a new node its aliases sorted and unique: kept as they are, with
        // no set built (strictly increasing means unique, so the result is the same).
        if aliases.isEmpty, let list = more as? [String], Node.isStrictlyIncreasing(list) {
            aliases = list.filter { !$0.isEmpty && $0 != label }
            return
        }
        var set = Set(aliases)
        for a in more where !a.isEmpty && a != label { set.insert(a) }
        aliases = set.sorted()
    }

    /// Adds mentions, keeping the list sorted and unique.
    public mutating func addMentions<S: Sequence>(_ more: S) where S.Element == Mention {
        // Mentions of a new node mostly come in text order already: then no set and no sort.
        if mentions.isEmpty, let list = more as? [Mention], Node.isStrictlyIncreasing(list) {
            // (Copied to an array of its own size: a graph keeps its nodes' mentions for long.)
            mentions.reserveCapacity(list.count)
            mentions.append(contentsOf: list)
            return
        }
        mentions = Array(Set(mentions).union(more)).sorted()
    }

    /// Whether every element is less than the next (so the list is sorted and unique).
    static func isStrictlyIncreasing<T: Comparable>(_ list: [T]) -> Bool {
        var k = 1
        while k < list.count {
            guard list[k - 1] < list[k] else { return false }
            k += 1
        }
        return true
    }
}
