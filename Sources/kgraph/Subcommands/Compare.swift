import ArgumentParser

struct Compare: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "compare", abstract: "(not yet implemented)")

    func run() async throws {
        throw CLIError("kgraph compare is not implemented yet")
    }
}
