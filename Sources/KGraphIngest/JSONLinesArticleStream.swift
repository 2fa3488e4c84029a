import Foundation

/// The articles of a JSON Lines corpus read a record at a time, from a file or a pipe, as the
/// lines arrive: memory holds one line, however long the corpus. Records are read as
/// ``ArticleReader`` reads a whole `.jsonl` file (the same ids, sources and skips).
public final class JSONLinesArticleStream {
    /// The name in sources and messages (`corpus.jsonl`, or `-` for stdin).
    public let path: String
    /// Records passed over because no text was left, so far.
    public private(set) var skipped: [SkippedArticle] = []
    /// Bytes of input read so far.
    public var bytesRead: Int { reader.consumed }
    private var reader: LineReader
    private let handle: FileHandle
    private var line = 0
    private var articles = 0

    private init(handle: FileHandle, reader: LineReader, path: String) {
        self.handle = handle
        self.reader = reader
        self.path = path
    }

    /// A stream over `handle` if what it starts with is UTF-8 JSON Lines: its first 4 KB, as
    /// ``ArticleFormat/sniff(_:)`` judges a whole input, or its first line, a JSON object with
    /// a `text` (whose key may come after 4 KB of other fields); otherwise nil and `head` holds
    /// everything the handle gave, read to its end, for reading the usual way.
    public static func open(_ handle: FileHandle, path: String, head: inout [UInt8]) -> JSONLinesArticleStream? {
        var reader = LineReader(handle: handle)
        let first = reader.peek(limit: 4096)
        let utf16 = first.starts(with: [0xFF, 0xFE]) || first.starts(with: [0xFE, 0xFF])
        if !utf16 && (ArticleFormat.sniff(String(decoding: first, as: UTF8.self)) == .jsonLines || isRecord(&reader)) {
            return JSONLinesArticleStream(handle: handle, reader: reader, path: path)
        }
        head = reader.rest()
        return nil
    }

    /// Whether the first line is a JSON object with a `text` field (read up to 64 MB).
    private static func isRecord(_ reader: inout LineReader) -> Bool {
        var line = reader.peek(limit: 1 << 26)
        guard line.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D && $0 != 0x0A }) == UInt8(ascii: "{") else { return false }
        if let nl = line.firstIndex(of: 0x0A) { line = line[..<nl] }
        if line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
        let fields = try? line.withUnsafeBufferPointer { (buf) throws(JSONLines.LineError) in try JSONLines.object(buf, 0, buf.count) }
        return fields?["text"] != nil
    }

    /// The next article, or nil at the end. Throws on a malformed line, and at the end when
    /// no record had any text (as reading the whole corpus does).
    public func next() throws(IngestError) -> Article? {
        while var raw = reader.next() {
            line += 1
            if line == 1 && raw.starts(with: [0xEF, 0xBB, 0xBF]) { raw = raw.dropFirst(3) }
            if let a = try ArticleReader.jsonLinesRecord(raw, path: path, line: line, skipped: &skipped) {
                articles += 1
                return a
            }
        }
        if articles == 0 { throw .empty(path: path) }
        return nil
    }
}
