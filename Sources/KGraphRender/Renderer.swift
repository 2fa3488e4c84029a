internal import CGraphviz
import Foundation

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
///
/// **Thread safety.** Graphviz is not thread-safe, not even for reading, and reports errors
/// through process-wide state. Every Graphviz call this module makes therefore runs while
/// holding one process-wide lock owned by ``shared``; render from any thread or task, calls
/// are simply serialized. There is deliberately no public initializer.
///
/// **SVG.** Graphviz lays the diagram out and this package writes the SVG itself
/// (``SVGWriter``): Graphviz is given only what decides positions, and the document follows
/// Graphviz's structure (ids, classes, titles, tooltips), with the title and legend drawn above
/// the drawing. This halves the cost of an SVG. A diagram that uses what the writer does not
/// draw (links, images, gradients, unusual shapes) is drawn by Graphviz's SVG device instead.
///
/// **Contexts.** SVG and DOT come from a long-lived context with only Graphviz's builtin
/// core, dot and neato plugins: text is measured with fixed width tables, so the bytes are the
/// same on every machine. PNG and PDF need cairo and come from a second, plugin-loading
/// context made on first use (their text is measured with the installed fonts); they, and DOT,
/// carry the legend as an HTML-like table in the root graph's label.
///
/// **Errors.** Graphviz's messages are captured, never printed; a failed layout or render
/// (or any error-level message) throws ``RenderError`` with Graphviz's words.
public final class Renderer: Sendable {
    /// The process-wide renderer.
    public static let shared = Renderer()

    private let lock = NSLock()
    private let contexts = Contexts()

    private init() {}

    /// Renders `diagram` to `format` (`json` is not a diagram format and is refused here).
    ///
    /// `dot` output is the diagram as canonical DOT text (attributes included, no positions),
    /// which `dot -Tsvg` turns into the same drawing. SVG and DOT are byte-identical on every
    /// machine; PNG and PDF are repeatable on one machine (PDF dates are pinned to the epoch).
    public func render(_ diagram: Diagram, format: OutputFormat, engine: LayoutEngine = .dot) throws(RenderError) -> [UInt8] {
        if format == .svg {
            let index = DiagramIndex(diagram)
            if let prepared = SVGPreparation(diagram, index) { return try svg(diagram, index, prepared, engine: engine).document }
        }
        let device: String
        switch format {
        case .svg: device = "svg"
        case .dot: device = "canon"
        case .png: device = "png:cairo"
        case .pdf: device = "pdf:cairo"
        case .json: throw RenderError("json is a graph format, not a diagram format; write the graph's JSON instead")
        }
        let bytes = try render(diagram, device: device, engine: engine.rawValue, cairo: format == .png || format == .pdf)
        switch format {
        case .pdf: return PDFDates.normalize(bytes)
        case .svg: return GradientIDs.renumber(bytes)
        default: return bytes
        }
    }

    /// `diagram` drawn by kgraph's SVG writer, to be written standalone or inlined in a page
    /// (``SVGDrawing/embedded(_:)``); ``render(_:format:engine:)`` with `.svg` writes the same
    /// document.
    /// - Throws: ``RenderError`` when the layout fails, or when the diagram uses what only
    ///   Graphviz's own SVG renderer draws (links, images, HTML-like labels; see the writer's
    ///   `canDraw`), whose output is not made embeddable.
    public func drawing(_ diagram: Diagram, engine: LayoutEngine = .dot) throws(RenderError) -> SVGDrawing {
        let index = DiagramIndex(diagram)
        guard let prepared = SVGPreparation(diagram, index) else {
            throw RenderError("the diagram uses Graphviz features (links, images, HTML-like labels or the like) that cannot be embedded")
        }
        return try svg(diagram, index, prepared, engine: engine)
    }

    /// Node centres in points after laying out `diagram` with `engine`, by node id; used to
    /// pin positions so related diagrams keep their nodes in the same places. Coordinates are
    /// Graphviz's: points, y growing upwards; the builtin context is used, so they are the same
    /// on every machine, and on a grid of 1/256 pt so that they are the same in every process.
    /// (A node's `pos` attribute, e.g. `"72,144!"`, pins it for neato/fdp.)
    public func positions(of diagram: Diagram, engine: LayoutEngine = .dot) throws(RenderError) -> [String: (x: Double, y: Double)] {
        try withGraphviz { () throws(RenderError) in
            let gvc = try contexts.builtin()
            let built = try GraphBuilder(diagram: diagram, engine: engine.rawValue, escapeURLAmpersands: false).build()
            defer { agclose(built.graph) }
            try layout(gvc, built.graph, engine.rawValue)
            defer { gvFreeLayout(gvc, built.graph) }
            var out: [String: (x: Double, y: Double)] = [:]
            // On a 1/256 pt grid: sfdp's coordinates differ between processes in their last bits,
            // and pinned positions are written into the next layout's input.
            func grid(_ v: Double) -> Double { (v * 256).rounded() / 256 }
            for (id, node) in built.nodes { out[id] = (grid(kgraph_node_x(node)), grid(kgraph_node_y(node))) }
            return out
        }
    }

    /// SVG written by ``SVGWriter`` from a Graphviz layout of what decides positions only.
    /// What the writer needs from the attributes is prepared before the lock is taken, and the
    /// document is written after it is released. (Preparing on another core during the layout
    /// measured no faster, within this machine's noise; freeing the graph on another core was
    /// slower, as the next render waited for the lock.)
    private func svg(_ diagram: Diagram, _ index: DiagramIndex, _ prepared: consuming SVGPreparation,
                     engine: LayoutEngine) throws(RenderError) -> SVGDrawing {
        // Pinned diagrams (a diff and its sides) keep every node where the pins put it.
        let pinned = index.nodeAttributes.values.contains { $0["pos"] != nil }
        let isolated = pinned ? [] : IsolatedNodeShelf.isolated(index)
        let laidOut: DiagramLayout
        if isolated.isEmpty {
            laidOut = try withGraphviz { () throws(RenderError) in try layOut(diagram, index, engine: engine.rawValue) }
        } else {
            // Graphviz lays out only the connected part; the rest is shelved below it.
            let (connected, shelf) = IsolatedNodeShelf.split(diagram, index, isolated: Set(isolated))
            let connectedIndex = DiagramIndex(connected), shelfIndex = DiagramIndex(shelf)
            let (main, sized) = try withGraphviz { () throws(RenderError) in
                (connectedIndex.nodeOrder.isEmpty ? nil : try layOut(connected, connectedIndex, engine: engine.rawValue),
                 try layOut(shelf, shelfIndex, engine: "nop"))
            }
            laidOut = IsolatedNodeShelf.combine(connected: main, shelf: sized, order: index.nodeOrder) {
                index.nodeAttributes[$0]?["class"] ?? ""
            }
        }
        return SVGWriter(diagram: diagram, layout: laidOut, prepared: prepared).document()
    }

    /// The layout of what decides positions in `diagram`. Call under the lock.
    private func layOut(_ diagram: Diagram, _ index: DiagramIndex, engine: String) throws(RenderError) -> DiagramLayout {
        let gvc = try contexts.builtin()
        var builder = GraphBuilder(diagram: diagram, engine: engine, escapeURLAmpersands: false)
        builder.paint = false
        builder.index = index
        let built = try builder.build()
        do throws(RenderError) {
            try layout(gvc, built.graph, engine)
        } catch {
            agclose(built.graph)
            throw error
        }
        let result = DiagramLayout(built)
        gvFreeLayout(gvc, built.graph)
        agclose(built.graph)
        return result
    }

    /// Renders with a raw Graphviz device and engine name: the public API cannot name a bad
    /// engine or format, so tests use this to make Graphviz itself fail.
    package func render(_ diagram: Diagram, device: String, engine: String, cairo: Bool) throws(RenderError) -> [UInt8] {
        try withGraphviz { () throws(RenderError) in
            let gvc = cairo ? try contexts.cairo() : try contexts.builtin()
            // PNG and PDF legends show each item's picture, drawn by Graphviz beforehand.
            let images = cairo && !diagram.legend.isEmpty ? try LegendImages(diagram.legend, gvc: gvc) : nil
            defer { images?.remove() }
            var builder = GraphBuilder(diagram: diagram, engine: engine, escapeURLAmpersands: device.hasPrefix("svg"))
            builder.legendImages = images?.paths
            let built = try builder.build()
            defer { agclose(built.graph) }
            // Every device needs a layout, even canon (DOT) output.
            try layout(gvc, built.graph, engine)
            defer { gvFreeLayout(gvc, built.graph) }
            // PNG and PDF place edge labels as the SVG writer does, beside their own edges.
            if cairo { EdgeLabelPlacement.apply(to: built, diagram) }
            var data: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0  // unsigned int on Graphviz 2.42 (size_t from Graphviz 14)
            let rc = gvRenderData(gvc, built.graph, device, &data, &length)
            defer { if let data { gvFreeRenderData(data) } }
            guard rc == 0, !GraphvizMessages.sawError, let data else {
                throw GraphvizMessages.failure("render \(device)")
            }
            let bytes = Array(UnsafeRawBufferPointer(start: data, count: Int(length)))
            // Graphviz writes the internal names; the output shows the real ones.
            if device == "canon" { return built.names.restoringDOT(bytes) }
            if device.hasPrefix("svg") { return built.names.restoringSVG(bytes) }
            return bytes
        }
    }

    private func layout(_ gvc: OpaquePointer, _ g: UnsafeMutablePointer<Agraph_t>, _ engine: String) throws(RenderError) {
        if gvLayout(gvc, g, engine) != 0 || GraphvizMessages.sawError {
            let error = GraphvizMessages.failure("lay out the diagram with \(engine)")
            gvFreeLayout(gvc, g)
            throw error
        }
    }

    /// Runs `body` holding the Graphviz lock, with Graphviz's messages captured.
    func withGraphviz<T>(_ body: () throws(RenderError) -> T) throws(RenderError) -> T {
        lock.lock()
        defer { lock.unlock() }
        GraphvizMessages.install()
        GraphvizMessages.reset()
        defer { GraphvizMessages.reset() }
        return try body()
    }
}

/// The two Graphviz contexts, made on first use and kept for the life of the process
/// (`gvFreeContext` leaks plugin lists, so contexts are never recreated). Guarded by the
/// renderer's lock.
private final class Contexts: @unchecked Sendable {
    private var builtinContext: Result<OpaquePointer, RenderError>?
    private var cairoContext: Result<OpaquePointer, RenderError>?

    /// A failure is kept too: the plugins are looked for (`dlopen`) once per process, not on
    /// every render.
    func builtin() throws(RenderError) -> OpaquePointer {
        if builtinContext == nil {
            builtinContext = Result { () throws(RenderError) in
                let symbols = try BuiltinPlugins.symbolList()
                guard let gvc = gvContextPlugins(symbols, 0) else {
                    throw GraphvizMessages.failure("create a context with the builtin plugins")
                }
                return gvc
            }
        }
        return try builtinContext!.get()
    }

    func cairo() throws(RenderError) -> OpaquePointer {
        if cairoContext == nil {
            cairoContext = Result { () throws(RenderError) in
                guard let gvc = gvContext() else { throw GraphvizMessages.failure("create a context") }
                return gvc
            }
        }
        return try cairoContext!.get()
    }
}
