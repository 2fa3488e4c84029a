import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import KGraphModel
import Testing
@testable import KGraphRender

@Suite struct RendererTests {
    let diagram = Diagram(graph: sampleGraph())

    @Test func formatsHaveTheirSignatures() throws {
        let svg = try Renderer.shared.render(diagram, format: .svg)
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg width="))
        let png = try Renderer.shared.render(diagram, format: .png)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let pdf = try Renderer.shared.render(diagram, format: .pdf)
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
        let dot = String(decoding: try Renderer.shared.render(diagram, format: .dot), as: UTF8.self)
        #expect(dot.hasPrefix("digraph \"sample-relations\" {"))
        #expect(dot.contains("label=\"Rufus Firefly\""))
        // The legend is an HTML-like table in the root label, not a cluster of sample nodes.
        #expect(dot.contains("label=<<TABLE"))
        #expect(!dot.contains("subgraph"))
    }

    @Test func jsonIsRefused() {
        #expect(throws: RenderError.self) { try Renderer.shared.render(diagram, format: .json) }
    }

    @Test(arguments: LayoutEngine.allCases)
    func everyEngineRendersEveryNode(engine: LayoutEngine) throws {
        let doc = try parseXML(try svgString(diagram, engine: engine))
        #expect(try groups(doc, class: "kg-node").count == 5)
        #expect(try groups(doc, class: "kg-edge").count == 4)
    }

    @Test func sameDiagramGivesSameBytesWhateverTheInputOrder() throws {
        let first = try Renderer.shared.render(diagram, format: .svg)
        // Cairo output in between must not disturb the builtin context.
        _ = try Renderer.shared.render(diagram, format: .png)
        var shuffled = diagram
        shuffled.nodes.reverse()
        shuffled.edges.reverse()
        #expect(try Renderer.shared.render(shuffled, format: .svg) == first)
        #expect(try Renderer.shared.render(diagram, format: .dot) == Renderer.shared.render(shuffled, format: .dot))
        #expect(try Renderer.shared.render(diagram, format: .png) == Renderer.shared.render(diagram, format: .png))
    }

    @Test func failingLayoutSurfacesGraphvizMessage() {
        do {
            _ = try Renderer.shared.render(diagram, device: "svg", engine: "no-such-engine", cairo: false)
            Issue.record("expected a RenderError")
        } catch {
            #expect(error.message.contains("Layout type: \"no-such-engine\" not recognized"))
            #expect(error.message.hasPrefix("Graphviz could not lay out the diagram with no-such-engine"))
        }
        // The renderer is still usable afterwards, with no stale messages.
        #expect(throws: Never.self) { try Renderer.shared.render(diagram, format: .svg) }
    }

    @Test func failingRenderSurfacesGraphvizMessage() {
        do {
            _ = try Renderer.shared.render(diagram, device: "no-such-format", engine: "dot", cairo: false)
            Issue.record("expected a RenderError")
        } catch {
            #expect(error.message.contains("no-such-format"))
        }
    }

    @Test func badAttributeValueIsAnErrorNotACrash() {
        var d = diagram
        d.nodes[0].attributes["pos"] = "not,a,position"
        #expect(throws: RenderError.self) { try Renderer.shared.render(d, format: .svg, engine: .neato) }
    }

    @Test func concurrentRendersFromManyThreads() async throws {
        let expected = try Renderer.shared.render(diagram, format: .svg)
        let d = diagram
        let results = try await withThrowingTaskGroup(of: Bool.self) { group in
            for i in 0..<16 {
                group.addTask {
                    if i % 4 == 3 { _ = try Renderer.shared.positions(of: d, engine: .neato) }
                    if i % 8 == 5 { _ = try Renderer.shared.render(d, format: .png) }
                    return try Renderer.shared.render(d, format: .svg) == expected
                }
            }
            var all: [Bool] = []
            for try await r in group { all.append(r) }
            return all
        }
        #expect(results == Array(repeating: true, count: 16))
    }

    @Test func positionsCoverEveryDiagramNodeAndNoLegendNode() throws {
        let positions = try Renderer.shared.positions(of: diagram)
        #expect(Set(positions.keys) == ["freedonia", "sylvania", "rufus-firefly", "northern-pact", "open-seas"])
        // rankdir LR: a leader sits left of the country it leads.
        #expect(positions["rufus-firefly"]!.x < positions["freedonia"]!.x)
    }

    @Test func attributesOnSomeNodesLeaveTheOthersAlone() throws {
        let d = Diagram(name: "partial", nodes: [
            .init(id: "a", attributes: ["label": "Alpha", "": "ignored", "fillcolor": "red", "style": "filled"]),
            .init(id: "b"),
        ])
        let doc = try parseXML(try svgString(d))
        let nodes = try groups(doc, class: "node")
        #expect(try nodes.map { try texts(of: $0) } == [["Alpha"], ["b"]])
        let fills = try nodes.map { try ($0.nodes(forXPath: "./*[local-name()='ellipse']").first as? XMLElement)?.value("fill") }
        #expect(fills == ["red", "none"])
    }

    @Test func edgesNamingUnknownNodesGetNodesNamedAfterTheirIds() throws {
        let d = Diagram(name: "implicit", edges: [.init(source: "x", target: "y", attributes: ["label": "to"])])
        let doc = try parseXML(try svgString(d))
        let titles = try elements(doc, "title").compactMap(\.stringValue)
        #expect(titles == ["implicit", "x", "y", "x->y"])
    }
}

@Suite struct PDFDateTests {
    @Test func creationDateIsPinnedWithoutMovingBytes() {
        let pdf = Array("x /CreationDate (D:20261123101417Z) y /ModDate (D:20250101120000+01'00') z".utf8)
        let out = PDFDates.normalize(pdf)
        #expect(String(decoding: out, as: UTF8.self) == "x /CreationDate (D:19700101000000Z) y /ModDate (D:19700101000000+00'00') z")
        #expect(out.count == pdf.count)
    }

    @Test func pdfRendersAreRepeatableAcrossSeconds() async throws {
        let diagram = Diagram(graph: sampleGraph())
        let first = try Renderer.shared.render(diagram, format: .pdf)
        try await Task.sleep(for: .milliseconds(1100))
        let second = try Renderer.shared.render(diagram, format: .pdf)
        #expect(first == second)
        #expect(String(decoding: first, as: UTF8.self).contains("/CreationDate (D:19700101000000"))
    }
}

@Suite struct GradientTests {
    @Test func gradientIdsDoNotDependOnEarlierRenders() throws {
        let d = Diagram(name: "gradients", nodes: [
            .init(id: "a", attributes: ["style": "filled", "fillcolor": "red:blue"]),
            .init(id: "b", attributes: ["style": "radial", "fillcolor": "white:green"]),
        ])
        let first = try svgString(d)
        let second = try svgString(d)
        #expect(first == second)
        #expect(first.contains("<linearGradient id=\"l_0\"") && first.contains("fill=\"url(#l_0)\""))
        #expect(first.contains("<radialGradient id=\"r_0\"") && first.contains("fill=\"url(#r_0)\""))
    }
}
