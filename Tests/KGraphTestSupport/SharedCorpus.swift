import Foundation

/// Where the package and `../shared` are, for tests that read the shared corpus at test time
/// (never copied into the repository). Tests that need it are disabled with
/// `.enabled(if: SharedCorpus.url(...) != nil)`, so they show as skipped, never as passed.
public enum SharedCorpus {
    /// The package root (this file is `Tests/KGraphTestSupport/SharedCorpus.swift`).
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/<relative>` beside the package, or nil when it is absent.
    public static func url(_ relative: String) -> URL? {
        let url = packageRoot.deletingLastPathComponent().appending(path: "shared").appending(path: relative)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}
