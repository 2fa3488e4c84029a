/// How the force-directed and radial engines put a diagram's separate pieces side by side.
///
/// By default Graphviz packs every piece (connected component) against all the others as
/// polyominoes, which grows with the square of their number: the diff of two 20,000-node
/// graphs cut down to what changed (4,674 nodes in 1,687 pieces, none over 24 nodes) spent
/// 88% of its 44 s of CPU packing them; `sfdp` on the same pieces took 72 s, 1.8 s with
/// array packing. Past ``arrayPackingPieces`` pieces they are set in a grid instead
/// (`packmode=array_N`, largest first), about square for pieces of a few nodes.
extension GraphBuilder {
    /// More pieces than this are packed in a grid.
    static let arrayPackingPieces = 200

    /// The engines that lay out pieces separately and pack them.
    static let packingEngines: Set<String> = ["neato", "fdp", "sfdp", "circo", "twopi"]

    /// `packmode` for this diagram, or nil to leave Graphviz's default: set only for a packing
    /// engine, many pieces, no pinned node and no `packmode` of the diagram's own.
    static func packMode(engine: String, index: DiagramIndex, graphAttributes: [String: String]) -> String? {
        guard packingEngines.contains(engine), graphAttributes["packmode"] == nil, graphAttributes["pack"] != "false",
              !index.nodeAttributes.values.contains(where: { $0["pos"] != nil }) else { return nil }
        let pieces = pieceCount(index)
        guard pieces > arrayPackingPieces else { return nil }
        // A third of the square root of the count as columns gave 11,173 x 11,749 pt for the
        // 1,687 pieces above (the largest pieces set the columns' widths).
        let columns = max(1, Int((Double(pieces).squareRoot() / 3).rounded()))
        return "array_\(columns)"
    }

    /// The number of connected components, edges taken as undirected (union-find).
    static func pieceCount(_ index: DiagramIndex) -> Int {
        var slot: [String: Int] = [:]
        var parent: [Int] = []
        func id(_ name: String) -> Int {
            if let s = slot[name] { return s }
            slot[name] = parent.count
            parent.append(parent.count)
            return parent.count - 1
        }
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        for n in index.nodeOrder { _ = id(n) }
        var joins = 0
        for e in index.edges {
            let ra = root(id(AttributeText.clean(e.source))), rb = root(id(AttributeText.clean(e.target)))
            if ra != rb { parent[max(ra, rb)] = min(ra, rb); joins += 1 }
        }
        return parent.count - joins
    }
}
