import ArgumentParser
import Foundation

/// Shared option handling of `diff` and `compare`: the output format and terminal colour.
enum DiffCLI {
    /// The explicit format, else the one the output's extension names, else text.
    static func format<Format: DiagramChoice>(_ explicit: Format?, output: String) -> Format {
        if let explicit { return explicit }
        let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
        if output != "-", let byExtension = Format(rawValue: ["gv": "dot", "txt": "text"][ext] ?? ext) { return byExtension }
        return Format(rawValue: "text")!
    }

    /// Colour only on a terminal, and never when NO_COLOR is set to anything non-empty.
    static func stdoutWantsColor() -> Bool {
        if let v = ProcessInfo.processInfo.environment["NO_COLOR"], !v.isEmpty { return false }
        return isatty(STDOUT_FILENO) != 0
    }
}

/// The options `diff` and `compare` share, in the order their help lists them: the output,
/// its format, the graph filters and the lexicons.
struct ComparisonOptions<Format: DiagramChoice & ExpressibleByArgument>: ParsableArguments {
    @Option(name: .shortAndLong, help: "Output file, or - for stdout.")
    var output: String = "-"

    @Option(help: "Format (default: from the -o extension, else text).")
    var format: Format?

    @OptionGroup var filters: GraphFilterOptions

    @OptionGroup var lexicon: LexiconOption

    /// The format to write: the one given, else the one the output's extension names, else text.
    var resolvedFormat: Format { DiffCLI.format(format, output: output) }

    /// Each input as a graph, articles extracted on the fly with the lexicons (evidence below
    /// --min-confidence left out), once the output is known to overwrite none of them.
    func load(_ inputs: [String]) async throws -> [InputGraphs.Loaded] {
        try OutputFile.refuseOverwriting(inputs: inputs + lexicon.paths, output: output)
        let options = ExtractionOptions(lexiconPaths: lexicon.paths, minConfidence: filters.diffOptions().minConfidence)
        return try await InputGraphs.load(inputs, options: options)
    }
}
