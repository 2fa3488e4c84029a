import Foundation
import KGraphIngest
import KGraphModel

/// Reads the graphs of one input: a graph JSON file, a JSON Lines file of graphs (one a line,
/// read line by line so memory holds one graph at a time), or `-` (stdin, either kind).
enum GraphStream {
    static func read(_ path: String, _ each: (KnowledgeGraph) throws -> Void) throws {
        if path == "-" {
            let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            if let json = try? JSONValue.parse(bytes), case .object = json {
                return try each(decode(json: json, file: "-"))
            }
            var line = 0
            for raw in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
                line += 1
                if let g = try decodeLine(raw, file: "-", line: line) { try each(g) }
            }
            return
        }
        guard path.lowercased().hasSuffix(".jsonl") else { return try each(InputGraphs.readGraph(path)) }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw CLIError("\(path): no such file") }
        guard !isDir.boolValue, let handle = FileHandle(forReadingAtPath: path) else { throw CLIError("\(path): cannot read the file") }
        defer { try? handle.close() }
        var reader = LineReader(handle: handle)
        var line = 0
        while let raw = reader.next() {
            line += 1
            if let g = try decodeLine(raw, file: path, line: line) { try each(g) }
        }
    }

    /// One JSON Lines record as a graph; nil for a blank line.
    private static func decodeLine<Bytes: Collection>(_ raw: Bytes, file: String, line: Int) throws -> KnowledgeGraph?
    where Bytes.Element == UInt8 {
        if raw.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
        let json: JSONValue
        do {
            json = try JSONValue.parse(raw)
        } catch {
            throw CLIError("\(file):\(line): column \(error.column): \(error.message)")
        }
        return try decode(json: json, file: "\(file):\(line)")
    }

    private static func decode(json: JSONValue, file: String) throws -> KnowledgeGraph {
        try KnowledgeGraph(json: json, file: file)
    }
}
