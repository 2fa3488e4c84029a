import Foundation
import KGraphIngest

/// The articles of `extract`'s inputs, one at a time in input order: JSON Lines corpora (files
/// or stdin) are read a record at a time as they arrive, other inputs whole. Used from one
/// thread at a time (the extractor's reading thread); `bytesRead` and `skipped` may be asked
/// from another.
final class ArticleSource: @unchecked Sendable {
    private let paths: [String]
    private var index = 0
    private var stream: JSONLinesArticleStream?
    private var handle: FileHandle?
    private var streamSkips = 0
    private var pending: [Article] = []
    private var pendingStart = 0
    private let lock = NSLock()
    private var _skipped: [SkippedArticle] = []
    private var doneBytes = 0
    private var streamBytes = 0

    init(_ paths: [String]) { self.paths = paths }

    /// Articles passed over so far (each also warned of on stderr when met).
    var skipped: [SkippedArticle] { lock.withLock { _skipped } }

    /// Bytes of input read so far (for progress).
    var bytesRead: Int { lock.withLock { doneBytes + streamBytes } }

    /// The total size of the inputs when all are files (for progress), else nil.
    var totalBytes: Int? {
        var sum = 0
        for p in paths {
            guard p != "-", let attrs = try? FileManager.default.attributesOfItem(atPath: p),
                  attrs[.type] as? FileAttributeType == .typeRegular, let size = attrs[.size] as? Int else { return nil }
            sum += size
        }
        return sum
    }

    /// The next article, or nil after the last.
    func next() throws -> Article? {
        while true {
            if pendingStart < pending.count {
                defer { pendingStart += 1 }
                return pending[pendingStart]
            }
            if let stream {
                let a: Article?
                var failure: IngestError?
                do { a = try stream.next() } catch { a = nil; failure = error }
                // Records passed over on the way are warned of as they are met (also before
                // an error: "no article text found" follows the warnings that explain it).
                let new = Array(stream.skipped[streamSkips...])
                streamSkips = stream.skipped.count
                ArticleExtraction.warn(new)
                lock.withLock { streamBytes = stream.bytesRead; _skipped += new }
                if let failure { throw failure }
                if let a { try ArticleReader.check(a, path: stream.path); return a }
                lock.withLock { doneBytes += streamBytes; streamBytes = 0 }
                self.stream = nil
                try? handle?.close()
                handle = nil
            }
            guard index < paths.count else { return nil }
            let path = paths[index]
            index += 1
            try open(path)
        }
    }

    /// Starts reading `path`: a stream for JSON Lines, else the whole input's articles.
    private func open(_ path: String) throws {
        pending = []
        pendingStart = 0
        var articles: [Article] = []
        var skipped: [SkippedArticle] = []
        var head: [UInt8] = []
        if let h = Self.jsonLinesHandle(path) {
            if let s = JSONLinesArticleStream.open(h, path: path, head: &head) {
                stream = s
                streamSkips = 0
                handle = h
                return
            }
            try? h.close()
            // Stdin that is not JSON Lines: one article, read the usual way from what came.
            articles = try ArticleReader.read(bytes: head, id: "stdin", format: nil, source: "-", skipped: &skipped)
        } else {
            articles = try ArticleReader.read(path: path, skipped: &skipped)
        }
        ArticleExtraction.warn(skipped)
        lock.withLock { _skipped += skipped; doneBytes += Self.size(path) ?? head.count }
        try ArticleReader.check(articles, path: path)
        pending = articles
    }

    /// Stdin, or an open `.jsonl` file; nil for anything else.
    private static func jsonLinesHandle(_ path: String) -> FileHandle? {
        if path == "-" { return FileHandle.standardInput }
        guard path.lowercased().hasSuffix(".jsonl") else { return nil }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue else { return nil }
        return FileHandle(forReadingAtPath: path)
    }

    private static func size(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
    }
}
