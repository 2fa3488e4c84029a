/// A typed relation `source -> target` between two nodes, with the sentences that support it.
public struct Edge: Sendable, Hashable {
    /// What makes two edges the same edge: symmetric types are stored with the
    /// smaller id first, so "A partners-with B" and "B partners-with A" share a key.
    public struct Key: Sendable, Hashable, Comparable {
        public var source: String
        public var type: EdgeType
        public var target: String

        public init(source: String, type: EdgeType, target: String) {
            if type.isSymmetric && target < source {
                self.source = target
                self.target = source
            } else {
                self.source = source
                self.target = target
            }
            self.type = type
        }

        public static func < (a: Key, b: Key) -> Bool {
            (a.source, a.target, a.type) < (b.source, b.target, b.type)
        }
    }

    public var source: String
    public var target: String
    public var type: EdgeType
    /// Supporting sentences, kept sorted and unique.
    public var evidence: [Evidence]

    /// Combined confidence: the chance that at least one piece of evidence is right,
    /// treating them as independent (1 when an edge carries no evidence, e.g. hand-written).
    public var confidence: Double {
        guard !evidence.isEmpty else { return 1 }
        return 1 - evidence.reduce(1.0) { $0 * (1 - $1.confidence) }
    }

    public var key: Key { Key(source: source, type: type, target: target) }

    public init(source: String, target: String, type: EdgeType, evidence: [Evidence] = []) {
        let k = Key(source: source, type: type, target: target)
        self.source = k.source
        self.target = k.target
        self.type = type
        self.evidence = Array(Set(evidence)).sorted()
    }

    /// An edge whose evidence is already sorted and unique (as ``init(source:target:type:evidence:)``
    /// would leave it), so it is not hashed and sorted again.
    package init(source: String, target: String, type: EdgeType, sortedEvidence: [Evidence]) {
        let k = Key(source: source, type: type, target: target)
        self.source = k.source
        self.target = k.target
        self.type = type
        self.evidence = sortedEvidence
    }

    public mutating func addEvidence<S: Sequence>(_ more: S) where S.Element == Evidence {
        evidence = Array(Set(evidence).union(more)).sorted()
    }
}
