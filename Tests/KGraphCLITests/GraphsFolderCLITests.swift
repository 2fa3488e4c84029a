import Foundation
import Testing
import KGraphTestSupport

/// graphs/ is what scripts/make-graphs.sh makes from examples/: the same commands give the
/// same bytes, so regenerating it leaves `git status` clean (screenshots are kept unless their
/// pixels change; see scripts/png-same.py).
@Suite("graphs/ is reproducible")
struct GraphsFolderCLITests {
    static let root = CLIRunner.packageRoot()
    static var present: Bool { FileManager.default.fileExists(atPath: root.appending(path: "graphs/report.html").path) }

    func same(_ args: [String], _ committed: String, stdout: Bool = false) throws {
        let out = try CLIRunner.temporaryDirectory().appending(path: URL(fileURLWithPath: committed).lastPathComponent)
        let r = try CLIRunner.run(args + (stdout ? [] : ["-o", out.path]), in: Self.root)
        #expect(r.status == 0 || (args.first == "diff" && r.status == 1), "\(args): \(r.stderr)")
        let made = stdout ? r.stdout : try Data(contentsOf: out)
        let expected = try Data(contentsOf: Self.root.appending(path: committed))
        #expect(made == expected, "\(committed) differs from what \(args.joined(separator: " ")) makes now: run scripts/make-graphs.sh")
    }

    @Test(.enabled(if: present, "graphs/ not present"), arguments: ["asian-nato", "nato-plus", "quad-summit"])
    func graphsAndDrawingsAreByteForByteReproducible(_ name: String) throws {
        try same(["extract", "examples/\(name).txt"], "graphs/\(name).json")
        try same(["render", "graphs/\(name).json"], "graphs/\(name).svg")
    }

    @Test(.enabled(if: present, "graphs/ not present"))
    func diffCompareAndReportAreByteForByteReproducible() throws {
        try same(["diff", "graphs/asian-nato.json", "graphs/nato-plus.json", "--format", "svg"], "graphs/diff-asian-nato-nato-plus.svg")
        try same(["diff", "graphs/asian-nato.json", "graphs/nato-plus.json", "--format", "text", "--color", "never"],
                 "graphs/diff-asian-nato-nato-plus.txt", stdout: true)
        try same(["compare", "graphs/asian-nato.json", "graphs/nato-plus.json", "graphs/quad-summit.json", "--format", "svg"], "graphs/compare.svg")
        try same(["report", "examples/asian-nato.txt", "examples/nato-plus.txt", "examples/quad-summit.txt", "--diff"], "graphs/report.html")
    }
}
