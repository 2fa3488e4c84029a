import Foundation

/// Reads articles from files, folders, stdin and JSON Lines corpora.
public enum ArticleReader {
    /// Every article at `path` (`-` is stdin, format sniffed). A folder yields the article
    /// files inside it, recursively, in sorted path order; hidden files and `.json` files
    /// (gold and graph files) are skipped.
    public static func read(path: String) throws(IngestError) -> [Article] {
        var skipped: [SkippedArticle] = []
        return try read(path: path, skipped: &skipped)
    }

    /// ``read(path:)``, also listing the articles of a folder or JSON Lines corpus that were
    /// passed over because no text was left (empty, or only page furniture), so callers can
    /// say so; such an article is not an error unless nothing is left at all.
    public static func read(path: String, skipped: inout [SkippedArticle]) throws(IngestError) -> [Article] {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return try read(bytes: [UInt8](data), id: "stdin", format: nil, source: "-", skipped: &skipped)
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw .unreadable(path: path, reason: "no such file or folder")
        }
        if isDir.boolValue { return try readFolder(path, skipped: &skipped) }
        let url = URL(fileURLWithPath: path)
        let format = ArticleFormat(pathExtension: url.pathExtension)
        if format == .jsonLines { return try readJSONLines(path: path, skipped: &skipped) }
        return try read(bytes: try load(path), id: url.deletingPathExtension().lastPathComponent, format: format, source: path)
    }

    /// Articles from in-memory bytes. `format` nil means sniff it (as for stdin).
    public static func read(bytes: [UInt8], id: String, format: ArticleFormat?, source: String? = nil) throws(IngestError) -> [Article] {
        var skipped: [SkippedArticle] = []
        return try read(bytes: bytes, id: id, format: format, source: source, skipped: &skipped)
    }

    /// ``read(bytes:id:format:source:)``, listing the JSON Lines records passed over (see
    /// ``read(path:skipped:)``).
    public static func read(bytes: [UInt8], id: String, format: ArticleFormat?, source: String? = nil,
                            skipped: inout [SkippedArticle]) throws(IngestError) -> [Article] {
        let name = source ?? id
        let text = try TextDecoding.decode(bytes, path: name)
        let fmt = format ?? ArticleFormat.sniff(text)
        if fmt == .jsonLines {
            return try jsonLines(Array(text.utf8), path: name, skipped: &skipped)
        }
        return [try article(text: text, format: fmt, id: id, source: source, path: name)]
    }

    /// Reads a JSON Lines corpus: one `{"id","title","text"}` object a line (`date`, `url`
    /// optional). Blank lines are skipped; any other bad line throws `.malformedLine`.
    public static func readJSONLines(path: String) throws(IngestError) -> [Article] {
        var skipped: [SkippedArticle] = []
        return try readJSONLines(path: path, skipped: &skipped)
    }

    /// ``readJSONLines(path:)``, listing the records passed over (see ``read(path:skipped:)``).
    public static func readJSONLines(path: String, skipped: inout [SkippedArticle]) throws(IngestError) -> [Article] {
        let bytes = try load(path)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return try jsonLines(Array(try TextDecoding.decode(bytes, path: path).utf8), path: path, skipped: &skipped)
        }
        return try jsonLines(bytes, path: path, skipped: &skipped)
    }

    /// Builds one article from decoded text of a known format.
    package static func article(text: String, format: ArticleFormat, id: String, source: String?, path: String) throws(IngestError) -> Article {
        var meta = ArticleMetadata(source: source)
        var blocks: [TextBlock]
        switch format {
        case .html:
            let r = HTMLExtractor.extract(text)
            meta.title = r.metadata.title
            meta.date = r.metadata.date
            meta.author = r.metadata.author
            meta.url = r.metadata.url
            blocks = r.blocks
        case .markdown:
            blocks = Markdown.blocks(text)
        case .text, .jsonLines:
            blocks = PlainText.blocks(text)
        }
        return try assemble(id: id, meta: meta, blocks: blocks, path: path, structured: format == .html)
    }

    /// Removes furniture and joins the blocks; a known title becomes the first paragraph,
    /// otherwise a leading short unpunctuated line is taken as the title.
    package static func assemble(id: String, meta: ArticleMetadata, blocks: [TextBlock], path: String,
                                 structured: Bool = false) throws(IngestError) -> Article {
        var kept = Boilerplate.clean(blocks, structured: structured)
        if kept.isEmpty { kept = Boilerplate.fallback(blocks) }
        var title = meta.title.map { BlockText.normalize($0.unicodeScalars) }.flatMap { $0.isEmpty ? nil : $0 }
        if let t = title {
            let tl = t.lowercased()
            func same(_ b: TextBlock) -> Bool { b.text.utf8.count == t.utf8.count && b.text.lowercased() == tl }
            if let first = kept.first, same(first) {
                title = first.text
            } else {
                kept.removeAll(where: same)
                kept.insert(TextBlock(text: t, isHeading: true), at: 0)
            }
        } else {
            // The title is the last of the leading headline lines (earlier ones are kickers and section names).
            var k = 0
            while k + 1 < kept.count, isTitleLine(kept[k].text), isTitleLine(kept[k + 1].text), kept[k + 1].isHeading { k += 1 }
            if k + 1 < kept.count, isTitleLine(kept[k].text) {
                title = kept[k].text
                kept.removeFirst(k)
            }
        }
        guard !kept.isEmpty else {
            throw .empty(path: path)
        }
        let text = kept.map(\.text).joined(separator: "\n\n")
        return Article(id: id, title: title, text: text, source: meta.source, date: meta.date, url: meta.url, author: meta.author)
    }

    /// A short single line without a final period.
    static func isTitleLine(_ s: String) -> Bool {
        guard !(UTF8Scan.asciiContains(s, 0x0A) ?? s.contains("\n")), let last = s.last else { return false }
        return s.count <= 200 && last != "." && Boilerplate.words(s).count <= 25
    }

    static func load(_ path: String) throws(IngestError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: FileManager.default.isReadableFile(atPath: path) ? "read failed" : "permission denied or no such file")
        }
        return [UInt8](data)
    }

    static func readFolder(_ path: String, skipped: inout [SkippedArticle]) throws(IngestError) -> [Article] {
        let root = URL(fileURLWithPath: path)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: [.skipsHiddenFiles]) else {
            throw .unreadable(path: path, reason: "cannot list the folder")
        }
        var files: [String] = []
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                  ArticleFormat(pathExtension: url.pathExtension) != nil else { continue }
            files.append(url.path)
        }
        files.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        // A page saved beside its extracted text (NAME.html + NAME.txt) is one article: prefer the text.
        let ids = Set(files.filter { $0.lowercased().hasSuffix(".txt") }.map { ($0 as NSString).deletingPathExtension })
        var out: [Article] = []
        for f in files {
            let lower = f.lowercased()
            let stem = (f as NSString).deletingPathExtension
            if !lower.hasSuffix(".txt"), ids.contains(stem) {
                skipped.append(SkippedArticle(place: f, reason: "the text beside it, \((stem as NSString).lastPathComponent).txt, is read instead"))
                continue
            }
            do {
                out.append(contentsOf: try read(path: f, skipped: &skipped))
            } catch .empty {
                skipped.append(SkippedArticle(place: f))  // skipped, not fatal, in a corpus folder
            }
        }
        guard !out.isEmpty else { throw .empty(path: path) }
        return out
    }
}

/// An input passed over: an empty file or record, one that was all page furniture
/// (navigation, share prompts, cookie notices...), or a page saved beside its own text.
public struct SkippedArticle: Sendable, Hashable, CustomStringConvertible {
    /// The file, or `file:line` of a JSON Lines record.
    public var place: String
    /// Why, as a short phrase for the warning line.
    public var reason: String

    public static let noTextReason = "no article text left (empty, or only page furniture)"

    public init(place: String, reason: String = SkippedArticle.noTextReason) {
        self.place = place
        self.reason = reason
    }

    public var description: String { "\(place): skipped: \(reason)" }
}
