import Foundation
import KGraphDiff
import KGraphModel
import KGraphRender
import Testing

/// Renders diff diagrams through Graphviz and checks the SVG itself.
@Suite struct DiffSVGTests {
    /// One `<g id="node…">` or `<g id="edge…">` group of the SVG.
    struct Element {
        var id: String
        var classes: [String]
        var title: String
        var strokes: [String]
        /// The first label's position.
        var text: (x: Double, y: Double)?
    }

    static func elements(_ svg: String) -> [Element] {
        let unescaped = svg.replacingOccurrences(of: "&#45;", with: "-").replacingOccurrences(of: "&gt;", with: ">")
        var out: [Element] = []
        // Groups start at <g id="nodeN"> / <g id="edgeN">; nested link groups (a_nodeN) stay inside.
        var chunks: [String] = []
        for piece in unescaped.components(separatedBy: "<g id=\"").dropFirst() {
            if piece.hasPrefix("node") || piece.hasPrefix("edge") || chunks.isEmpty {
                chunks.append(piece)
            } else {
                chunks[chunks.count - 1] += piece
            }
        }
        for chunk in chunks {
            let id = String(chunk.prefix { $0 != "\"" })
            guard id.hasPrefix("node") || id.hasPrefix("edge") else { continue }
            let classes = value(of: "class", in: chunk)?.split(separator: " ").map(String.init) ?? []
            let title = chunk.components(separatedBy: "<title>").dropFirst().first?.components(separatedBy: "</title>").first ?? ""
            let strokes = chunk.components(separatedBy: "stroke=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            var text: (Double, Double)?
            if let t = chunk.components(separatedBy: "<text ").dropFirst().first,
               let x = value(of: "x", in: t).flatMap(Double.init), let y = value(of: "y", in: t).flatMap(Double.init) {
                text = (x, y)
            }
            out.append(Element(id: id, classes: classes, title: title, strokes: strokes, text: text))
        }
        return out
    }

    static func value(of attribute: String, in s: String) -> String? {
        s.components(separatedBy: " \(attribute)=\"").dropFirst().first.map { String($0.prefix { $0 != "\"" }) }
    }

    static let diff = DiffDiagramTests.diff

    @Test func svgCarriesClassAndStrokeColourPerStatus() throws {
        let svg = String(decoding: try Self.diff.render(format: .svg, nameA: "a.json", nameB: "b.json"), as: UTF8.self)
        let elements = Self.elements(svg).filter { !$0.classes.contains("diff-legend") }
        let colours = ["diff-added": "#2e7d32", "diff-removed": "#c62828", "diff-changed": "#ef6c00", "diff-kept": "#9e9e9e"]
        var seen: [String: [String]] = [:]
        for e in elements {
            let cls = try #require(e.classes.first { colours[$0] != nil }, "no diff class on \(e.title)")
            seen[cls, default: []].append(e.title)
            // Every stroke of the shape, line and arrowhead has the class colour.
            #expect(!e.strokes.isEmpty)
            #expect(e.strokes.allSatisfy { $0 == colours[cls] }, "\(e.title): \(e.strokes)")
        }
        #expect(seen["diff-added"]?.sorted() == ["india", "india->japan"])
        #expect(seen["diff-removed"]?.sorted() == ["japan->quad", "quad"])
        #expect(seen["diff-changed"] == ["japan->china"])
        #expect(seen["diff-kept"]?.sorted() == ["china", "china->japan", "japan"])
        #expect(svg.contains(">supports → rejects</text>"))
        #expect(svg.contains("xlink:title=\"Japan → China: supports → rejects (changed from a.json to b.json)"))
        #expect(svg.contains("stroke-dasharray"))  // removed elements are dashed
        // The legend: one sample edge and caption per status.
        let legend = Self.elements(svg).filter { $0.classes.contains("diff-legend") && $0.id.hasPrefix("edge") }
        #expect(legend.map { $0.strokes.first } == ["#2e7d32", "#c62828", "#ef6c00", "#9e9e9e"])
        #expect(svg.contains(">added (only in b.json)</text>"))
    }

    @Test func sidesKeepTheMergedLayout() throws {
        func centres(_ side: DiffSide?) throws -> [String: (x: Double, y: Double)] {
            let svg = String(decoding: try Self.diff.render(format: .svg, side: side), as: UTF8.self)
            var out: [String: (x: Double, y: Double)] = [:]
            for e in Self.elements(svg) where e.id.hasPrefix("node") && !e.classes.contains("diff-legend") {
                out[e.title] = e.text
            }
            return out
        }
        let merged = try centres(nil), a = try centres(.a), b = try centres(.b)
        #expect(merged.keys.sorted() == ["china", "india", "japan", "quad"])
        #expect(a.keys.sorted() == ["china", "japan", "quad"])
        #expect(b.keys.sorted() == ["china", "india", "japan"])
        // Same places up to a translation of the whole drawing: offsets from China agree.
        for (view, centres) in [("a", a), ("b", b)] {
            for (id, p) in centres {
                let dx = (p.x - centres["china"]!.x) - (merged[id]!.x - merged["china"]!.x)
                let dy = (p.y - centres["china"]!.y) - (merged[id]!.y - merged["china"]!.y)
                #expect(abs(dx) < 0.5 && abs(dy) < 0.5, "\(view): \(id) moved by \(dx), \(dy)")
            }
        }
    }

    @Test func dotOutputPinsNodesAndNamesClasses() throws {
        let dot = String(decoding: try Self.diff.render(format: .dot), as: UTF8.self)
        #expect(dot.contains("inputscale=72"))
        #expect(dot.contains("class=\"diff-changed\""))
        #expect(dot.contains("color=\"#ef6c00\""))
        let pins = dot.components(separatedBy: "pos=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        // Four graph nodes and three dots plus a caption per legend row, all pinned.
        #expect(pins.count >= 4 + 4 * 3)
        #expect(pins.allSatisfy { $0.hasSuffix("!") })
    }

    @Test func renderingIsByteForByteRepeatable() throws {
        let one = try Self.diff.render(format: .svg)
        let two = try Self.diff.render(format: .svg)
        #expect(one == two)
    }

    @Test func comparisonSVGWeighsEdges() throws {
        let svg = String(decoding: try Renderer.shared.render(Comparison(ComparisonTests.inputs).diagram(), format: .svg),
                         as: UTF8.self)
        let edges = Self.elements(svg).filter { $0.classes.contains("compare-edge") }
        #expect(edges.count == 3)
        #expect(svg.contains(">rejects 2/3</text>"))
        #expect(svg.contains("stroke-width=\"3\""))
    }
}
