import Foundation

extension MarkdownReport {
    /// Writes the drawings into the folder beside the Markdown file at `reportPath`, each
    /// atomically (``AtomicFile``: a fresh temporary file in the same folder, then a rename), creating the folder
    /// if needed. Call it before writing the Markdown itself, so the report never links a
    /// missing file. Returns the paths written.
    @discardableResult
    public func writeFiles(besideReportAt reportPath: String) throws(ReportFileError) -> [String] {
        let base = URL(fileURLWithPath: reportPath).deletingLastPathComponent()
        var written: [String] = []
        var folders = Set<String>()
        for file in files {
            let url = base.appendingPathComponent(file.path)
            let folder = url.deletingLastPathComponent()
            if folders.insert(folder.path).inserted {
                var isDir: ObjCBool = false
                if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDir), !isDir.boolValue {
                    throw ReportFileError("\(folder.path): exists and is not a folder; cannot write the report's drawings there")
                }
                do {
                    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                } catch {
                    throw ReportFileError("\(folder.path): cannot create the folder: \(error.localizedDescription)")
                }
            }
            try Self.writeAtomically(Data(file.contents.utf8), to: url)
            written.append(url.path)
        }
        return written
    }

    static func writeAtomically(_ data: Data, to url: URL) throws(ReportFileError) {
        try AtomicFile.write(data, to: url.path)
    }
}

/// A file of a report could not be written; the message names the path and the reason.
public struct ReportFileError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
