import KGraphModel
import KGraphRender

/// Colours and classes of the diff diagram, one set per ``DiffStatus``; shapes, labels and
/// layout come from ``DiagramStyle``.
enum DiffStyle {
    /// Stroke and text colour.
    static func color(_ s: DiffStatus) -> String {
        switch s {
        case .added: return "#2e7d32"
        case .removed: return "#c62828"
        case .changed: return "#ef6c00"
        case .kept: return "#9e9e9e"
        }
    }

    static func fill(_ s: DiffStatus) -> String {
        switch s {
        case .added: return "#e8f5e9"
        case .removed: return "#ffebee"
        case .changed: return "#fff3e0"
        case .kept: return "#f5f5f5"
        }
    }

    /// The SVG `class` attribute value (`diff-added`, ...).
    static func cssClass(_ s: DiffStatus) -> String { "diff-" + s.rawValue }

    static func nodeAttributes(_ s: DiffStatus, type: NodeType) -> [String: String] {
        let (shape, rounded) = shape(type)
        return [
            "shape": shape, "color": color(s), "fontcolor": s == .kept ? "#616161" : color(s), "fillcolor": fill(s),
            "style": (rounded ? "rounded," : "") + (s == .removed ? "filled,dashed" : "filled"),
            "penwidth": s == .kept ? "1" : "2", "class": cssClass(s),
        ]
    }

    /// The node shapes of the standard graph view (``DiagramStyle``), so a diff reads like the
    /// graphs it compares.
    static func shape(_ type: NodeType) -> (String, rounded: Bool) { DiagramStyle.shape(type) }

    static func edgeAttributes(_ s: DiffStatus) -> [String: String] {
        var a = [
            "color": color(s), "fontcolor": s == .kept ? "#616161" : color(s),
            "penwidth": s == .kept ? "1" : "2", "class": cssClass(s),
        ]
        if s == .removed { a["style"] = "dashed" }
        return a
    }
}
