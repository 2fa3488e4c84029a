import ArgumentParser
import Foundation
import KGraphModel

/// The view options `render` and `report` share (see ``GraphView`` for what each does and
/// in which order they apply).
struct ViewOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Show only these nodes (id or name; comma-separated or repeated) and their neighbours.", valueName: "id"))
    var focus: [String] = []

    @Option(help: ArgumentHelp("With --focus: how many edges away from the focus to go.", valueName: "n"))
    var depth: Int = 1

    @Option(help: ArgumentHelp("Show only the N nodes with the most evidence on their edges.", valueName: "n"))
    var top: Int?

    @Option(help: ArgumentHelp("Show only these node types, comma-separated, e.g. country,person.", valueName: "types"))
    var types: NodeTypeList?

    @Option(name: .customLong("edge-types"), help: ArgumentHelp("Show only these relations, comma-separated, e.g. rejects,counters.", valueName: "types"))
    var edgeTypes: EdgeTypeList?

    @Option(name: .customLong("min-confidence"), help: ArgumentHelp("Leave out evidence (and edges) below this confidence.", valueName: "0-1"))
    var minConfidence: Confidence?

    @Option(name: .customLong("min-articles"), help: ArgumentHelp("Show only edges stated by at least K articles.", valueName: "k"))
    var minArticles: Int?

    @Option(help: ArgumentHelp("Only what articles dated on or after this day say (YYYY-MM-DD).", valueName: "date"))
    var since: Day?

    @Option(help: ArgumentHelp("Only what articles dated on or before this day say (YYYY-MM-DD).", valueName: "date"))
    var until: Day?

    @Flag(name: .customLong("hide-isolated"), help: "Leave out nodes without edges.")
    var hideIsolated = false

    @Flag(name: .customLong("show-isolated"), help: "Draw nodes without edges even in big merged graphs (see --hide-isolated).")
    var showIsolated = false

    /// Merged graphs of more nodes than this hide their isolated nodes unless --show-isolated.
    static let isolatedLimit = 500

    func validate() throws {
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if let minArticles, minArticles < 1 { throw ValidationError("--min-articles must be at least 1") }
        if hideIsolated && showIsolated { throw ValidationError("--hide-isolated and --show-isolated contradict each other; give one") }
        if let since, let until, since.value > until.value {
            throw ValidationError("--since \(since.value) is after --until \(until.value)")
        }
    }

    /// The view the options ask for, before any default.
    var view: GraphView {
        GraphView(
            focus: focus.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty },
            depth: depth, top: top, nodeTypes: types?.types ?? [], edgeTypes: edgeTypes?.types ?? [],
            minConfidence: minConfidence?.value ?? 0, minArticles: minArticles ?? 1,
            since: since?.value, until: until?.value, hideIsolated: hideIsolated)
    }

    /// The view for `graph`: a merged graph (two or more articles) of more than
    /// ``isolatedLimit`` nodes hides its isolated nodes unless --show-isolated, and `command`
    /// says so in one line on stderr.
    func view(for graph: KnowledgeGraph, command: String) -> GraphView {
        var v = view
        guard !v.hideIsolated, !showIsolated, graph.articles.count >= 2, graph.nodes.count > Self.isolatedLimit else { return v }
        let linked = graph.linkedNodeIDs
        let isolated = graph.nodes.count - graph.nodes.filter { linked.contains($0.id) }.count
        guard isolated > 0 else { return v }
        v.hideIsolated = true
        FileHandle.standardError.write(Data("kgraph \(command): note: hiding \(isolated) of \(graph.nodes.count) nodes that have no relations (a merged graph of more than \(Self.isolatedLimit) nodes); --show-isolated draws them\n".utf8))
        return v
    }

    /// Applies `view` to `graph`; an unknown focus is a one-line error.
    static func apply(_ view: GraphView, to graph: KnowledgeGraph) throws -> KnowledgeGraph {
        try view.apply(to: graph)
    }
}

/// `--since`/`--until`: a day, `YYYY-MM-DD`.
struct Day: ExpressibleByArgument, Sendable {
    var value: String
    init?(argument: String) {
        let parts = argument.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m), (1...31).contains(d) else { return nil }
        value = argument
    }
}

/// `--types`: comma-separated node types.
struct NodeTypeList: ExpressibleByArgument, Sendable {
    var types: Set<NodeType> = []
    init?(argument: String) {
        for raw in argument.split(separator: ",") {
            guard let t = NodeType(rawValue: raw.trimmingCharacters(in: .whitespaces).lowercased()) else { return nil }
            types.insert(t)
        }
        if types.isEmpty { return nil }
    }
    static var allValueStrings: [String] { NodeType.allCases.map(\.rawValue) }
    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}

/// `--edge-types`: comma-separated relation types.
struct EdgeTypeList: ExpressibleByArgument, Sendable {
    var types: Set<EdgeType> = []
    init?(argument: String) {
        for raw in argument.split(separator: ",") {
            guard let t = EdgeType(rawValue: raw.trimmingCharacters(in: .whitespaces).lowercased()) else { return nil }
            types.insert(t)
        }
        if types.isEmpty { return nil }
    }
    static var allValueStrings: [String] { EdgeType.allCases.map(\.rawValue) }
    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
