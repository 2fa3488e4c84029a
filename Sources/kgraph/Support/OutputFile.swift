import Foundation

/// Writes command output: `-` is stdout; files are written atomically (temporary file in
/// the same folder, then rename), so a failed run never leaves a half-written file.
enum OutputFile {
    static func write(_ data: Data, to path: String) throws {
        if path == "-" {
            FileHandle.standardOutput.write(data)
            return
        }
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue else {
            throw CLIError("\(path): the folder \(dir.path) does not exist")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw CLIError("\(path): is a folder; name an output file")
        }
        let temp = dir.appendingPathComponent(".\(url.lastPathComponent).kgraph-\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temp)
            if rename(temp.path, path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temp)
                throw CLIError("\(path): cannot write: \(reason)")
            }
        } catch let error as CLIError {
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw CLIError("\(path): cannot write: \(error.localizedDescription)")
        }
    }

    static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Refuses an output that would overwrite one of the inputs.
    static func refuseOverwriting(inputs: [String], output: String) throws {
        guard output != "-" else { return }
        let out = canonical(output)
        for input in inputs where input != "-" && canonical(input) == out {
            throw CLIError("\(output): the output would overwrite the input \(input); choose another output path")
        }
    }

    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
