import ArgumentParser
import Foundation
import KGraphDiff
import KGraphExport
import KGraphModel
import KGraphRender

// Typed option values: ArgumentParser checks them, `--help` lists them and the completion
// scripts offer them (`allValueStrings`). Names are matched without regard to case.

extension LayoutEngine: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

extension ExportFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

extension DiffSide: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

/// `render --format`.
enum RenderFormat: String, CaseIterable, ExpressibleByArgument, DiagramChoice {
    case svg, png, pdf, dot, json
    init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

/// `diff --format`.
enum DiffFormat: String, CaseIterable, ExpressibleByArgument, DiagramChoice {
    case text, json, svg, png, pdf, dot
    init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

/// `compare --format`.
enum CompareFormat: String, CaseIterable, ExpressibleByArgument, DiagramChoice {
    case text, csv, json, svg, png, pdf, dot
    init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

/// A format option whose choices include text and the diagram formats.
protocol DiagramChoice: RawRepresentable<String> {}

extension DiagramChoice {
    /// The diagram format this choice names, if it is one (svg, png, pdf or dot).
    var diagram: OutputFormat? { rawValue == "json" ? nil : OutputFormat(rawValue: rawValue) }
}

/// `report --format`.
enum ReportFormat: String, CaseIterable, ExpressibleByArgument {
    case html, md
    init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

/// `diff --color`.
enum ColorMode: String, CaseIterable, ExpressibleByArgument {
    case auto, always, never
    init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

/// `--only`: report only nodes or only edges.
enum OnlyScope: String, CaseIterable, ExpressibleByArgument {
    case nodes, edges
    init?(argument: String) { self.init(rawValue: argument.lowercased()) }

    var scope: DiffOptions.Scope { self == .nodes ? .nodes : .edges }
}

/// `--min-confidence`: a number from 0 to 1.
struct Confidence: ExpressibleByArgument, Sendable {
    var value: Double
    init(_ value: Double) { self.value = value }
    init?(argument: String) {
        guard let v = Double(argument), v >= 0, v <= 1 else { return nil }
        value = v
    }
    var defaultValueDescription: String { JSONValue.format(value) }
}

/// `--ignore-types`: a comma-separated list of node and edge type names.
struct TypeList: ExpressibleByArgument, Sendable {
    var nodeTypes: Set<NodeType> = []
    var edgeTypes: Set<EdgeType> = []

    init?(argument: String) {
        for raw in argument.split(separator: ",") {
            let name = raw.trimmingCharacters(in: .whitespaces).lowercased()
            if name.isEmpty { continue }
            if let t = NodeType(rawValue: name) {
                nodeTypes.insert(t)
            } else if let t = EdgeType(rawValue: name) {
                edgeTypes.insert(t)
            } else {
                return nil
            }
        }
    }

    static var allValueStrings: [String] { NodeType.allCases.map(\.rawValue) + EdgeType.allCases.map(\.rawValue) }
    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }

    /// Removes the listed node types (with their edges) and edge types from `graph`.
    func apply(to graph: inout KnowledgeGraph) {
        if !nodeTypes.isEmpty { graph.removeNodes { nodeTypes.contains($0.type) } }
        if !edgeTypes.isEmpty { graph.removeEdges { edgeTypes.contains($0.type) } }
    }
}

/// `extract --format`.
enum ExtractFormat: String, CaseIterable, ExpressibleByArgument {
    case json, jsonl
    init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}
