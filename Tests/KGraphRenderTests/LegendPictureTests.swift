import Foundation
import KGraphModel
import Testing
@testable import KGraphRender

/// The PNG/PDF legend shows the same pictures as the SVG one: Graphviz draws each item as a
/// small PNG that the legend table shows, and the pictures are gone after the render.
@Suite struct LegendPictureTests {
    @Test func pngLegendTableShowsOnePicturePerItem() {
        let legend = Diagram(graph: sampleGraph()).legend
        let paths = legend.indices.map { "/tmp/pic\($0).png" }
        let table = LegendTable.caption(title: "T", items: legend, images: paths)
        #expect(table.components(separatedBy: "<IMG SRC=\"").count - 1 == legend.count)
        for (item, path) in zip(legend, paths) {
            // Each picture sits beside its own caption.
            #expect(table.contains("<IMG SRC=\"\(path)\"/></TD><TD ALIGN=\"LEFT\">" + (item.kind == .edge ? "<FONT COLOR=\"\(item.attributes["fontcolor"]!)\">" : "") + item.label))
        }
        // DOT keeps the text swatches: no pictures without images.
        #expect(!LegendTable.caption(title: "T", items: legend).contains("<IMG"))
    }

    @Test func samplesDrawTheRealShapeAndArrowhead() {
        let legend = Diagram.typeLegend(nodeTypes: [.alliance], edgeTypes: [.founded])
        let node = LegendImages.sample(legend[0])
        #expect(node.nodes.count == 1 && node.edges.isEmpty)
        #expect(node.nodes[0].attributes["shape"] == "hexagon" && node.nodes[0].attributes["label"] == "")
        #expect(node.nodes[0].attributes["fillcolor"] == "#e2d9f3")
        let edge = LegendImages.sample(legend[1])
        #expect(edge.nodes.count == 2 && edge.edges.count == 1)
        #expect(edge.edges[0].attributes["arrowhead"] == "diamond" && edge.edges[0].attributes["color"] == "#37474f")
        #expect(edge.nodes.allSatisfy { $0.attributes["style"] == "invis" })
    }

    @Test(arguments: [OutputFormat.png, .pdf])
    func pngAndPDFRenderWithPicturesAndLeaveNoFilesBehind(_ format: OutputFormat) throws {
        func leftovers() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)
                .filter { $0.hasPrefix("kgraph-legend-") }
        }
        let before = try leftovers()
        let with = try Renderer.shared.render(Diagram(graph: sampleGraph()), format: format)
        var bare = Diagram(graph: sampleGraph())
        bare.legend = []
        let without = try Renderer.shared.render(bare, format: format)
        #expect(with.starts(with: format == .png ? [0x89, 0x50, 0x4E, 0x47] : Array("%PDF".utf8)))
        // The pictures make the file bigger than the same drawing without a legend.
        #expect(with.count > without.count + 500)
        // Another test's render may have its pictures on disk for a moment; leaked ones stay.
        var left = Set(try leftovers()).subtracting(before)
        for _ in 0..<100 where !left.isEmpty {
            Thread.sleep(forTimeInterval: 0.05)
            left = Set(try leftovers()).subtracting(before)
        }
        #expect(left.isEmpty)
        // Same machine, same bytes.
        #expect(try Renderer.shared.render(Diagram(graph: sampleGraph()), format: format) == with)
    }
}
