/// Where a layout engine put everything in a ``Diagram``, copied out of Graphviz so the SVG
/// writer can run without Graphviz (and outside the renderer's lock).
///
/// Coordinates are Graphviz's: points, y growing upwards, in the frame of ``bounds``.
struct DiagramLayout: Sendable, Equatable {
    struct Point: Sendable, Equatable {
        var x: Double
        var y: Double
    }

    /// A text label as Graphviz measured and placed it: already split into lines, with
    /// escapes such as `\N` substituted.
    struct Label: Sendable, Equatable {
        struct Line: Sendable, Equatable {
            var text: String
            /// `l`, `r` or `n` (centred).
            var justification: UInt8
            var height: Double
        }
        /// The centre of the label's box.
        var center: Point
        var width: Double
        var height: Double
        var fontSize: Double
        var lines: [Line]
    }

    struct NodeBox: Sendable, Equatable {
        /// The diagram node id (after ``AttributeText/clean(_:)``).
        var id: String
        var center: Point
        var width: Double
        var height: Double
        /// Graphviz's shape name (`box`, `ellipse`, ...).
        var shape: String
        /// The outline's corners relative to the centre, for polygon shapes (empty otherwise).
        var vertices: [Point]
        var label: Label?
        var xlabel: Label?
    }

    /// One cubic B-spline of an edge (Graphviz may route an edge as several).
    struct Spline: Sendable, Equatable {
        /// 3n+1 control points.
        var points: [Point]
        /// Where the tail arrow's tip is, when the spline starts with one.
        var tailTip: Point?
        /// Where the head arrow's tip is, when the spline ends with one.
        var headTip: Point?
    }

    struct EdgeRoute: Sendable, Equatable {
        var splines: [Spline]
        var label: Label?
        /// Filled in by the SVG writer (``EdgeLabelPlacement``), not by Graphviz.
        var xlabel: Label?
        var headLabel: Label?
        var tailLabel: Label?
    }

    /// The drawing's bounding box: lower left and upper right corners.
    var lowerLeft: Point
    var upperRight: Point
    /// In the order the builder created them (sorted by id).
    var nodes: [NodeBox]
    /// In the builder's canonical edge order.
    var edges: [EdgeRoute]
    /// Text kgraph sets itself beside the layout (the caption of ``IsolatedNodeShelf``).
    var captions: [Label] = []

    var width: Double { upperRight.x - lowerLeft.x }
    var height: Double { upperRight.y - lowerLeft.y }
}
