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
          kgraph export article.json -o article.gexf
          kgraph diff first.txt second.txt
          kgraph report a.txt b.txt -o report.html
        """,
        version: KGraphVersion.string,
        subcommands: [Extract.self, Text.self, Merge.self, Render.self, Export.self, Diff.self, Compare.self, Report.self]
    )

    /// Runs the command with kgraph's exit statuses: 0 success, 1 only where a command says
    /// so (diff: "the graphs differ"), 2 for every error, usage errors included, each
    /// reported as one line on stderr: `kgraph <command>: <message>`.
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
            FileHandle.standardError.write(Data((errorLine(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }

    /// The one stderr line for a failure, prefixed with the subcommand it came from.
    static func errorLine(for error: Error) -> String {
        let text = CLIError.message(for: error) ?? message(for: error)
        // ArgumentParser lists long choices one per line ("- dot"): join them with commas.
        var parts: [String] = []
        var items: [String] = []
        for line in text.split(whereSeparator: \.isNewline).map({ $0.trimmingCharacters(in: .whitespaces) }) where !line.isEmpty {
            if line.hasPrefix("- ") { items.append(String(line.dropFirst(2))); continue }
            if !items.isEmpty { parts.append(items.joined(separator: ", ")); items = [] }
            parts.append(line)
        }
        if !items.isEmpty { parts.append(items.joined(separator: ", ")) }
        return prefix + parts.joined(separator: " ")
    }

    /// `kgraph <command>: `, or `kgraph: ` before a subcommand is named: every error and
    /// warning line starts with it.
    static var prefix: String {
        let names = configuration.subcommands.map { $0.configuration.commandName ?? "" }
        let command = CommandLine.arguments.dropFirst().first { !$0.hasPrefix("-") }.flatMap { names.contains($0) ? $0 : nil }
        return "kgraph" + (command.map { " " + $0 } ?? "") + ": "
    }

    /// Prints one warning line on stderr: `kgraph <command>: warning: <message>`.
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data((prefix + "warning: " + message + "\n").utf8))
    }
}

enum KGraphVersion {
    static let string = "0.1.0"
}
