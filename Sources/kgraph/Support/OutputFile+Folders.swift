import Foundation
import KGraphIngest

extension OutputFile {
    /// The output file of each article id in the folder `folder` (made when missing): every
    /// name is settled and checked before the first file is written, so a bad one cannot stop
    /// the run half-way. `inputs` are every file the command reads.
    static func articlePaths(for ids: [String], in folder: String, inputs: [String]) throws -> [String] {
        var isDir: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isDir) {
            try makeFolder(folder, for: folder)
        } else if !isDir.boolValue {
            throw CLIError("\(folder): exists and is not a folder")
        }
        var paths: [String] = []
        for name in ArticleFileNames.names(for: ids) {
            let path = (folder as NSString).appendingPathComponent(name + ".json")
            try refuseOverwriting(inputs: inputs, output: path)
            if isFolder(path) { throw CLIError("\(path): is a folder; nothing was written") }
            paths.append(path)
        }
        return paths
    }

    /// `path` names an existing folder.
    static func isFolder(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }
}
