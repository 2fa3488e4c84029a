import Foundation
import KGraphReport

/// Where `extract --format jsonl` writes its lines as they come: stdout, or a file that
/// appears (atomically) only when the run succeeds.
final class JSONLinesSink {
    private let stream: AtomicFile.Stream?

    init(_ path: String) throws {
        if path == "-" { stream = nil; return }
        var isDir: ObjCBool = false
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
            throw CLIError("\(path): the folder \(folder) does not exist")
        }
        stream = try AtomicFile.Stream(path: path)
    }

    func write(_ data: Data) {
        if let stream { stream.write(data) } else { FileHandle.standardOutput.write(data) }
    }

    func commit() throws {
        try stream?.commit()
    }
}
