/// Output formats the renderer writes.
public enum OutputFormat: String, Sendable, CaseIterable {
    case svg, png, pdf, dot, json
}

/// Graphviz layout engines.
public enum LayoutEngine: String, Sendable, CaseIterable {
    case dot, neato, fdp, sfdp, circo, twopi
}

/// A Graphviz failure, with Graphviz's own message when it gave one.
public struct RenderError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Lays out and renders ``Diagram``s in-process through libcgraph and libgvc.
/// (Interim stub: the renderer work replaces the body.)
public final class Renderer: Sendable {
    /// The process-wide renderer. Graphviz is not thread-safe, so every call is serialized.
    public static let shared = Renderer()

    /// Renders `diagram` to `format` (`json` is not a diagram format and is refused here).
    public func render(_ diagram: Diagram, format: OutputFormat, engine: LayoutEngine = .dot) throws(RenderError) -> [UInt8] {
        throw RenderError("renderer not implemented yet")
    }

    /// Node centres in points after laying out `diagram` with `engine`, by node id; used to
    /// pin positions so related diagrams keep their nodes in the same places.
    public func positions(of diagram: Diagram, engine: LayoutEngine = .dot) throws(RenderError) -> [String: (x: Double, y: Double)] {
        throw RenderError("renderer not implemented yet")
    }
}
