import ArgumentParser
import KGraphDiff

/// The filters `diff` and `compare` share: which types to leave out, nodes or edges only,
/// and the weakest evidence to count.
struct GraphFilterOptions: ParsableArguments {
    @Option(name: .customLong("ignore-types"), help: ArgumentHelp("Comma-separated node and edge types to leave out of every graph, e.g. region,leads.", valueName: "types"))
    var ignoreTypes: TypeList?

    @Option(help: "Only nodes or only edges.")
    var only: OnlyScope?

    @Option(name: .customLong("min-confidence"), help: ArgumentHelp("Ignore evidence below this confidence.", valueName: "0-1"))
    var minConfidence: Confidence?

    /// The filters as diff options.
    func diffOptions() -> DiffOptions {
        DiffOptions(ignoredNodeTypes: ignoreTypes?.nodeTypes ?? [], ignoredEdgeTypes: ignoreTypes?.edgeTypes ?? [],
                    scope: only?.scope ?? .all, minConfidence: minConfidence?.value ?? 0)
    }
}
