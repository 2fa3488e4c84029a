import ArgumentParser

/// `--max-nodes`: the largest diagram a command lays out. Graphviz's layouts grow much faster
/// than the graph (a diff SVG of a 5k- and a 20k-node graph took 280 s and 1.8 GB, a PNG of
/// 20k nodes over 300 s and 3.4 GB), so past the limit a command refuses at once, in one
/// line naming the option, instead of running for minutes. Text, CSV and JSON outputs have
/// no limit.
struct LayoutLimit: ParsableArguments {
    static let defaultMaxNodes = 5_000

    @Option(name: .customLong("max-nodes"), help: ArgumentHelp("Refuse to lay out a diagram of more nodes than this (default \(LayoutLimit.defaultMaxNodes)).", valueName: "n"))
    var maxNodes: Int = LayoutLimit.defaultMaxNodes

    func validate() throws {
        guard maxNodes > 0 else { throw ValidationError("--max-nodes must be at least 1") }
    }

    /// Throws when a diagram of `nodes` nodes is over the limit; `what` names it.
    func check(nodes: Int, _ what: String) throws {
        guard nodes > maxNodes else { return }
        throw CLIError("\(what) has \(nodes) nodes, more than --max-nodes \(maxNodes): its layout would take minutes and gigabytes; raise --max-nodes to draw it anyway, or write text or JSON")
    }
}
