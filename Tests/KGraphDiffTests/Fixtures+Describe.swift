import KGraphDiff
import KGraphModel

extension EdgeDifference {
    /// "japan supports>rejects china" for changed edges, "india rejects nato" otherwise.
    var brief: String {
        if status == .changed { return "\(source) \(a!.type.rawValue)>\(b!.type.rawValue) \(target)" }
        return "\(source) \(type.rawValue) \(target)"
    }
}

extension GraphDiff {
    func nodeIds(_ s: DiffStatus) -> [String] { nodes(s).map(\.id) }
    func edgeBriefs(_ s: DiffStatus) -> [String] { edges(s).map(\.brief) }
}
