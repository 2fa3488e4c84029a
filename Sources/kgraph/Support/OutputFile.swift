import Foundation
import KGraphIngest
import KGraphReport

/// Writes command output: `-` is stdout; files are written atomically (``AtomicFile``: a
/// fresh, randomly named temporary file in the same folder, then a rename), so a failed or
/// killed run never leaves a half-written file.
enum OutputFile {
    static func write(_ data: Data, to path: String) throws {
        if path == "-" {
            FileHandle.standardOutput.write(data)
            return
        }
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        var isDir: ObjCBool = false
        // Missing parent folders are made, as `-o DIR/` makes its folder.
        if !FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir) {
            try makeFolder(dir.path, for: path)
        } else if !isDir.boolValue {
            throw CLIError("\(path): \(dir.path) is not a folder")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw CLIError("\(path): is a folder; name an output file")
        }
        try AtomicFile.write(data, to: path)
    }

    static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Makes `folder` and its missing parents for the output `path` (the folder itself, or a
    /// file in it); a failure names both.
    static func makeFolder(_ folder: String, for path: String) throws {
        do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        catch { throw CLIError("\(path): cannot create the folder\(folder == path ? "" : " " + folder): \(error.localizedDescription)") }
    }

    /// Refuses an output that would overwrite a file the command reads: an input, a lexicon
    /// (pass every file the command reads), or an article file inside an input folder (graph
    /// JSON there is fine: folders are read for articles only).
    static func refuseOverwriting(inputs: [String], output: String) throws {
        guard output != "-" else { return }
        let out = canonical(output)
        let outURL = URL(fileURLWithPath: out)
        let readAsArticle = ArticleFormat(pathExtension: outURL.pathExtension) != nil && !outURL.lastPathComponent.hasPrefix(".")
        for input in inputs where input != "-" {
            let path = canonical(input)
            let inside = readAsArticle && out.hasPrefix(path.hasSuffix("/") ? path : path + "/") && isFolder(path)
            if path == out || inside {
                throw CLIError("\(output): the output would overwrite \(inside ? "a file in the input folder" : "the input") \(input); choose another output path")
            }
        }
    }

    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
