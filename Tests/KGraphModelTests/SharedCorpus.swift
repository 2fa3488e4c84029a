import Foundation

/// Locates ../shared beside the package root; nil (and tests skip) when it is absent.
enum SharedCorpus {
    static func url(_ relative: String, file: StaticString = #filePath) -> URL? {
        let root = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let url = root.deletingLastPathComponent().appending(path: "shared").appending(path: relative)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}

extension Array where Element == UInt8 {
    init(contentsOf url: URL) throws { self = [UInt8](try Data(contentsOf: url)) }
}
