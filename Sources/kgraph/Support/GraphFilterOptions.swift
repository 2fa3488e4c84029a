import ArgumentParser
import KGraphDiff

/// The filters `diff` and `compare` share: which types to leave out, nodes or edges only,
/// and the weakest evidence to count.
struct GraphFilterOptions: ParsableArguments {
    @Option(name: .customLong("ignore-types"), help: "Comma-separated node and edge types to leave out of every graph, e.g. region,leads.")
    var ignoreTypes: String?

    @Option(help: "Only nodes or only edges.")
    var only: String?

    @Option(name: .customLong("min-confidence"), help: "Ignore evidence below this confidence (0 to 1).")
    var minConfidence: String?

    /// The filters as diff options; invalid values are one-line errors.
    func diffOptions() throws -> DiffOptions {
        try DiffCLI.options(ignoreTypes: ignoreTypes, only: only, minConfidence: minConfidence)
    }
}
