import ArgumentParser
import Foundation
import KGraphReport

@main
struct KGraphCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kgraph",
        abstract: "Turn international-relations articles into knowledge graphs, diagrams, diffs and reports.",
        discussion: """
        Typical use:
          kgraph extract article.txt -o article.json
          kgraph render article.json -o article.svg
          kgraph diff first.txt second.txt
          kgraph report a.txt b.txt -o report.html
        """,
        version: KGraphVersion.string,
        subcommands: [Extract.self, Text.self, Render.self, Diff.self, Compare.self, Report.self]
    )

    /// Runs the command with kgraph's exit statuses: 0 success, 1 only where a command says
    /// so (diff: "the graphs differ"), 2 for every error, usage errors included, each
    /// reported as one line on stderr.
    static func main() async {
        // A killed run must not leave its temporary output files behind.
        AtomicFile.removeTemporaryFilesOnTermination()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            if exitCode(for: error) == .success {
                // --help and --version arrive as errors that print to stdout.
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            let message = fullMessage(for: error).trimmingCharacters(in: .whitespacesAndNewlines)
            FileHandle.standardError.write(Data(("kgraph: " + message.replacingOccurrences(of: "Error: ", with: "error: ") + "\n").utf8))
            Foundation.exit(2)
        }
    }
}

enum KGraphVersion {
    static let string = "0.1.0"
}
