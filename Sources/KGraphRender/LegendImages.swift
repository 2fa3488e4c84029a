internal import CGraphviz
import Foundation

/// The pictures of a PNG or PDF legend: Graphviz's HTML-like tables cannot draw a hexagon or
/// an arrowhead, but they can show an image, so each item's picture is drawn by Graphviz
/// itself (a lone node of the type's shape, or a short edge with its arrowhead) as a small
/// PNG in a private temporary folder, which the legend table shows with `<IMG>`. The folder
/// is removed (``remove()``) when the render is done. Call only under ``Renderer``'s lock.
struct LegendImages {
    /// One PNG path per legend item, in the legend's order.
    private(set) var paths: [String]
    private let folder: URL

    init(_ items: [Diagram.LegendItem], gvc: OpaquePointer) throws(RenderError) {
        let folder = FileManager.default.temporaryDirectory.appending(path: "kgraph-legend-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw RenderError("cannot create a folder for the legend's pictures: \(error.localizedDescription)")
        }
        self.folder = folder
        self.paths = []
        do throws(RenderError) { paths = try Self.draw(items, gvc: gvc, into: folder) } catch {
            remove()
            throw error
        }
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    private static func draw(_ items: [Diagram.LegendItem], gvc: OpaquePointer, into folder: URL) throws(RenderError) -> [String] {
        var paths: [String] = []
        for (i, item) in items.enumerated() {
            let built = try GraphBuilder(diagram: Self.sample(item), engine: "dot", escapeURLAmpersands: false).build()
            defer { agclose(built.graph) }
            guard gvLayout(gvc, built.graph, "dot") == 0, !GraphvizMessages.sawError else {
                gvFreeLayout(gvc, built.graph)
                throw GraphvizMessages.failure("lay out the legend")
            }
            defer { gvFreeLayout(gvc, built.graph) }
            var data: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            let rc = gvRenderData(gvc, built.graph, "png:cairo", &data, &length)
            defer { if let data { gvFreeRenderData(data) } }
            guard rc == 0, !GraphvizMessages.sawError, let data else { throw GraphvizMessages.failure("draw the legend") }
            let path = folder.appending(path: "item\(i).png").path
            guard FileManager.default.createFile(atPath: path, contents: Data(bytes: data, count: Int(length))) else {
                throw RenderError("cannot write the legend's pictures to \(folder.path)")
            }
            paths.append(path)
        }
        return paths
    }

    /// A diagram of the item alone: a node of its shape and colours without text, or an edge
    /// between two invisible points with its line, colour and arrowheads.
    static func sample(_ item: Diagram.LegendItem) -> Diagram {
        let paint = ["bgcolor": "white", "pad": "0.01", "rankdir": "LR", "ranksep": String(LegendSymbol.edgeSize.width / 72), "nodesep": "0.05"]
        var a = item.attributes
        a["class"] = nil
        a["tooltip"] = nil
        switch item.kind {
        case .node:
            a["label"] = ""
            a["fixedsize"] = "true"
            a["width"] = String(LegendSymbol.nodeSize.width / 72)
            a["height"] = String(LegendSymbol.nodeSize.height / 72)
            return Diagram(name: "legend", graphAttributes: paint, nodes: [Diagram.Node(id: "n", attributes: a)])
        case .edge:
            a["label"] = nil
            a["xlabel"] = nil
            // Ends as tall as the picture, so the drawing's box takes in the whole arrowhead.
            let point = ["shape": "box", "label": "", "fixedsize": "true", "width": "0.01",
                         "height": String(LegendSymbol.edgeSize.height / 72), "style": "invis"]
            return Diagram(name: "legend", graphAttributes: paint,
                           nodes: [Diagram.Node(id: "a", attributes: point), Diagram.Node(id: "b", attributes: point)],
                           edges: [Diagram.Edge(source: "a", target: "b", attributes: a)])
        }
    }
}
