import KGraphDiff
import KGraphModel
import Testing

/// Issue 14: the diagram of a diff too big to lay out shows what changed and its neighbours.
@Suite struct DiffFocusTests {
    typealias F = Fixture

    /// A chain japan → china → india → brazil → chile → peru; in B, japan → china changes type
    /// and peru becomes a region.
    static let names = ["Japan", "China", "India", "Brazil", "Chile", "Peru"]
    static func chain(_ first: EdgeType, peru: NodeType) -> KnowledgeGraph {
        let ids = names.map { $0.lowercased() }
        return F.graph(names.map { F.node($0, $0 == "Peru" ? peru : .country) },
                       (1..<ids.count).map { F.edge(ids[$0 - 1], $0 == 1 ? first : .supports, ids[$0]) })
    }
    static let a = chain(.supports, peru: .country)
    static let b = chain(.rejects, peru: .region)

    @Test func keepsChangesAndTheirNeighboursOnly() {
        let full = GraphDiff(Self.a, Self.b)
        let focused = full.changesAndNeighbours()
        #expect(!full.isFocused && focused.isFocused)
        let d = focused.diagram(nameA: "a", nameB: "b")
        // peru changed type: it and its neighbour chile stay; the changed edge keeps its ends.
        #expect(d.nodes.map(\.id) == ["chile", "china", "japan", "peru"])
        #expect(d.edges.map { "\($0.source)>\($0.target)" } == ["chile>peru", "japan>china"])
        #expect(d.title == "a\n→ b\n(only what changed and its neighbours)")
        // The differences themselves are all still there.
        #expect(focused.count(.changed).nodes == 1 && focused.count(.changed).edges == 1)
        #expect(full.diagram(nameA: "a", nameB: "b").nodes.count == 6)
    }

    @Test func edgeScopeKeepsTheEndsOfChangedEdges() {
        var options = DiffOptions()
        options.scope = .edges
        let d = GraphDiff(Self.a, Self.b, options: options).changesAndNeighbours().diagram()
        #expect(d.nodes.map(\.id) == ["china", "japan"])
        #expect(d.edges.map { "\($0.source)>\($0.target)" } == ["japan>china"])
    }

    @Test func anUnchangedDiffFocusesOnNothing() {
        let d = GraphDiff(Self.a, Self.a).changesAndNeighbours().diagram()
        #expect(d.nodes.isEmpty && d.edges.isEmpty)
    }
}
