import ArgumentParser

struct Render: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render", abstract: "(not yet implemented)")

    func run() async throws {
        throw CLIError("kgraph render is not implemented yet")
    }
}
