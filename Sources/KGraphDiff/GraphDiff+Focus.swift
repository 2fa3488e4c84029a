import KGraphModel

extension GraphDiff {
    /// This diff cut down to what changed and its neighbours: every added, removed or changed
    /// node and edge, the kept nodes at the ends of those edges, and the kept edges (with
    /// their other ends) that touch a changed node. `kgraph diff` draws this instead of the
    /// whole union when the union is too big to lay out (`--max-nodes`): what a reader looks
    /// for in a diff, at a size a layout can take. Its diagram's title says it is partial.
    public func changesAndNeighbours() -> GraphDiff {
        let changed = Set(nodes.lazy.filter { $0.status != .kept }.map(\.id))
        func wanted(_ e: EdgeDifference) -> Bool {
            e.status != .kept || changed.contains(e.source) || changed.contains(e.target)
        }
        var shown = changed
        for e in edges where wanted(e) {
            shown.insert(e.source)
            shown.insert(e.target)
        }
        var focused = GraphDiff(options: options, idMap: idMap,
                                nodes: allNodes.filter { shown.contains($0.id) },
                                edges: allEdges.filter { wanted($0) && shown.contains($0.source) && shown.contains($0.target) },
                                infoA: infoA, infoB: infoB)
        focused.isFocused = true
        return focused
    }
}
