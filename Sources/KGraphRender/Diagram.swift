/// A drawing to lay out and render: nodes and edges with Graphviz attributes.
///
/// It is the renderer's input and says nothing of where the data came from, so the plain
/// graph view (``Diagram/init(graph:title:)``), the diff view and the comparison view are
/// all just different ways of building one. Attribute values are plain text; the renderer
/// escapes them for DOT, and Graphviz escapes them for SVG.
public struct Diagram: Sendable, Hashable {
    /// A node to draw: its id and Graphviz attributes.
    public struct Node: Sendable, Hashable {
        /// Unique name in the drawing (the graph node id).
        public var id: String
        /// Graphviz attributes: `label`, `shape`, `fillcolor`, `tooltip`, `class`, `pos`, ...
        public var attributes: [String: String]
        public init(id: String, attributes: [String: String] = [:]) {
            self.id = id
            self.attributes = attributes
        }
    }

    /// An edge to draw between two node ids, with its Graphviz attributes.
    public struct Edge: Sendable, Hashable {
        public var source: String
        public var target: String
        /// Graphviz attributes: `label`, `color`, `style`, `tooltip`, `class`, `penwidth`, ...
        public var attributes: [String: String]
        public init(source: String, target: String, attributes: [String: String] = [:]) {
            self.source = source
            self.target = target
            self.attributes = attributes
        }
    }

    /// One entry of the legend, captioned `label`. It is drawn in the root label under the
    /// title: a node type as a small box in its `fillcolor` and `color`, an edge type as its
    /// caption in `fontcolor`, underlined in its `color`, `style` (dashed, dotted, bold) and
    /// `penwidth`.
    public struct LegendItem: Sendable, Hashable {
        /// Whether the item pictures a node type or an edge type.
        public enum Kind: Sendable, Hashable { case node, edge }
        public var kind: Kind
        public var label: String
        public var attributes: [String: String]
        public init(kind: Kind, label: String, attributes: [String: String]) {
            self.kind = kind
            self.label = label
            self.attributes = attributes
        }
    }

    /// Graph name (used for the SVG `<title>`); never empty.
    public var name: String
    /// Caption drawn above the diagram.
    public var title: String?
    /// Root graph attributes (`rankdir`, `id`, ...), applied over the renderer's defaults.
    public var graphAttributes: [String: String]
    public var nodes: [Node]
    public var edges: [Edge]
    public var legend: [LegendItem]

    public init(name: String, title: String? = nil, graphAttributes: [String: String] = [:],
                nodes: [Node] = [], edges: [Edge] = [], legend: [LegendItem] = []) {
        self.name = name.isEmpty ? "kgraph" : name
        self.title = title
        self.graphAttributes = graphAttributes
        self.nodes = nodes
        self.edges = edges
        self.legend = legend
    }
}
