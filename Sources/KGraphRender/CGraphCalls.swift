internal import CGraphviz

/// The cgraph calls that create a graph, its nodes and its edges. Each returns nil when
/// cgraph fails (it reports why through ``GraphvizMessages``); ``GraphBuilder`` turns that
/// into a thrown ``RenderError``.
struct CGraphCalls: Sendable {
    var openGraph: @Sendable (_ name: String) -> UnsafeMutablePointer<Agraph_t>?
    var node: @Sendable (_ graph: UnsafeMutablePointer<Agraph_t>, _ name: String) -> UnsafeMutablePointer<Agnode_t>?
    var edge: @Sendable (_ graph: UnsafeMutablePointer<Agraph_t>, _ tail: UnsafeMutablePointer<Agnode_t>?,
               _ head: UnsafeMutablePointer<Agnode_t>?) -> UnsafeMutablePointer<Agedge_t>?

    /// The real calls: an arena-backed directed graph, named nodes, anonymous edges.
    static let graphviz = CGraphCalls(
        openGraph: { name in withMutableCString(name) { kgraph_open_arena_graph($0, kgraph_directed()) } },
        node: { g, name in withMutableCString(name) { agnode(g, $0, 1) } },
        edge: { g, tail, head in
            // cgraph dereferences both ends: a missing one is a failure, not a call.
            guard let tail, let head else { return nil }
            return agedge(g, tail, head, nil, 1)
        }
    )
}
