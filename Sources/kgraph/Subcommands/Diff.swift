import ArgumentParser

struct Diff: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "diff", abstract: "(not yet implemented)")

    func run() async throws {
        throw CLIError("kgraph diff is not implemented yet")
    }
}
