import ArgumentParser

struct Extract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "(not yet implemented)")

    func run() async throws {
        throw CLIError("kgraph extract is not implemented yet")
    }
}
