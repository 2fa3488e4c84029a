import KGraphDiff
import KGraphExtract
import KGraphIngest
import KGraphModel
import KGraphRender
import KGraphReport

/// A user-facing failure of the command line itself: printed as one line on stderr, exit status 2.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }

    /// The one place a failure becomes its stderr message: the libraries' typed errors are
    /// worded for the user already and pass through as they are (every one exits with status
    /// 2, see ``KGraphCommand/main()``); nil for errors the argument parser words itself.
    static func message(for error: Error) -> String? {
        switch error {
        case let e as CLIError: e.description
        case let e as IngestError: e.description
        case let e as LexiconError: e.description
        case let e as GraphDecodingError: e.description
        case let e as GraphView.FocusError: e.description
        case let e as DiffOptionError: e.description
        case let e as RenderError: e.description
        case let e as ReportFileError: e.description
        default: nil
        }
    }

    /// Runs `body`; a failure to draw becomes one line that says what was being drawn:
    /// `CONTEXT: message`. Other errors pass through to ``message(for:)``.
    static func drawing<T>(_ context: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as RenderError {
            throw CLIError("\(context): \(error.message)")
        }
    }
}
