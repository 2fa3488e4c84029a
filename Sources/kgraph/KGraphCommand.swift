import ArgumentParser

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
        subcommands: [Extract.self, Render.self, Diff.self, Compare.self, Report.self]
    )
}

enum KGraphVersion {
    static let string = "0.1.0"
}
