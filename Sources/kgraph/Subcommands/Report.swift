import ArgumentParser

struct Report: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "(not yet implemented)")

    func run() async throws {
        throw CLIError("kgraph report is not implemented yet")
    }
}
