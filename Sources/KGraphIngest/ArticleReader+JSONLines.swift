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
        let result: Result<[Article], IngestError> = bytes.withUnsafeBufferPointer { buf in
            var start = buf.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            var line = 0
            while start < buf.count {
                line += 1
                var end = start
                while end < buf.count, buf[end] != 0x0A { end += 1 }
                let next = end + 1
                var e = end
                if e > start, buf[e - 1] == 0x0D { e -= 1 }
                var blank = true
                for k in start..<e where buf[k] != 0x20 && buf[k] != 0x09 { blank = false; break }
                if !blank {
                    let fields: [String: String]
                    do throws(JSONLines.LineError) {
                        fields = try JSONLines.object(buf, start, e)
                    } catch {
                        return .failure(.malformedLine(path: path, line: line, reason: error.reason))
                    }
                    guard let text = fields["text"] else {
                        return .failure(.malformedLine(path: path, line: line, reason: "missing string field \"text\""))
                    }
                    let id = fields["id"].flatMap { $0.isEmpty ? nil : $0 } ?? "line-\(line)"
                    let title = fields["title"].flatMap { $0.isEmpty ? nil : $0 }
                    do throws(IngestError) {
                        func field(_ k: String) -> String? { fields[k].flatMap { $0.isEmpty ? nil : $0 } }
                        var meta = ArticleMetadata(title: title, date: field("date"), author: field("author"), url: field("url"))
                        meta.source = meta.url ?? "\(path):\(line)"
                        let a = try assemble(id: id, meta: meta, blocks: PlainText.blocks(TextDecoding.normalizeNewlines(text)),
                                             path: "\(path):\(line)")
                        out.append(a)
                    } catch {
                        // A record with no text is skipped, not fatal.
                        if case .empty = error { skipped.append(SkippedArticle(place: "\(path):\(line)")) } else { return .failure(error) }
                    }
                }
                start = next
            }
            return .success(out)
        }
        switch result {
        case .success(let a):
            if a.isEmpty { throw .empty(path: path) }
            return a
        case .failure(let e): throw e
        }
    }
}
