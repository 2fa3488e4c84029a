import Foundation
import Testing
import KGraphTestSupport

@Suite("kgraph command line")
struct GeneralCLITests {
    @Test func versionPrintsTheVersion() throws {
        let r = try CLIRunner.run(["--version"])
        #expect(r.status == 0)
        #expect(r.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }

    @Test(arguments: ["extract", "text", "render", "export", "diff", "compare", "report"])
    func everySubcommandHasHelpWithExamples(_ name: String) throws {
        let r = try CLIRunner.run([name, "--help"])
        #expect(r.status == 0)
        #expect(r.stdoutText.contains("kgraph \(name)"))
        #expect(r.stdoutText.lowercased().contains("example"))
    }

    @Test func unknownSubcommandIsAUsageError() throws {
        let r = try CLIRunner.run(["frobnicate"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("frobnicate"))
    }
}
