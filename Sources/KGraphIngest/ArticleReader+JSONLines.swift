extension ArticleReader {
    /// Articles of a JSON Lines corpus held in memory (UTF-8). Lines are independent, so
    /// the cost is linear in the input.
    package static func jsonLines(_ bytes: [UInt8], path: String) throws(IngestError) -> [Article] {
        var skipped: [SkippedArticle] = []
        return try jsonLines(bytes, path: path, skipped: &skipped)
    }

    /// ``jsonLines(_:path:)``, listing the records that had no text left.
    package static func jsonLines(_ bytes: [UInt8], path: String, skipped: inout [SkippedArticle]) throws(IngestError) -> [Article] {
        var out: [Article] = []
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 0
        while start < bytes.count {
            line += 1
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            var e = end
            if e > start, bytes[e - 1] == 0x0D { e -= 1 }
            if let a = try jsonLinesRecord(bytes[start..<e], path: path, line: line, skipped: &skipped) { out.append(a) }
            start = end + 1
        }
        if out.isEmpty { throw .empty(path: path) }
        return out
    }

    /// The article of one JSON Lines record (`line` without its line end; `number` counts from
    /// 1), or nil for a blank line or a record with no text left (added to `skipped`).
    ///
    /// The article's id is the record's `id`, else `line-N`; its source is the record's
    /// `source`, else its `url`, else `PATH:N`. `kgraph text --format jsonl` writes `id` and
    /// `source`, so records it wrote, or records split across machines that carry them, give
    /// the same graphs as the input they came from.
    package static func jsonLinesRecord(_ line: ArraySlice<UInt8>, path: String, line number: Int,
                                        skipped: inout [SkippedArticle]) throws(IngestError) -> Article? {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return nil }
        let fields: [String: String]
        do throws(JSONLines.LineError) {
            fields = try line.withUnsafeBufferPointer { (buf) throws(JSONLines.LineError) in
                try JSONLines.object(buf, 0, buf.count)
            }
        } catch {
            throw .malformedLine(path: path, line: number, reason: error.reason)
        }
        guard let text = fields["text"] else {
            throw .malformedLine(path: path, line: number, reason: "missing string field \"text\"")
        }
        func field(_ k: String) -> String? { fields[k].flatMap { $0.isEmpty ? nil : $0 } }
        var meta = ArticleMetadata(title: field("title"), date: field("date"), author: field("author"), url: field("url"))
        meta.source = field("source") ?? meta.url ?? "\(path):\(number)"
        do throws(IngestError) {
            return try assemble(id: field("id") ?? "line-\(number)", meta: meta,
                                blocks: PlainText.blocks(TextDecoding.normalizeNewlines(text)), path: "\(path):\(number)")
        } catch {
            // A record with no text is skipped, not fatal.
            guard case .empty = error else { throw error }
            skipped.append(SkippedArticle(place: "\(path):\(number)"))
            return nil
        }
    }
}
