import Foundation

/// Reads articles from files, folders, stdin and JSON Lines corpora. (Interim version:
/// plain UTF-8 text only; the ingestion work replaces it.)
public enum ArticleReader {
    /// Every article at `path` (`-` is stdin). A folder yields its articles in name order.
    public static func read(path: String) throws(IngestError) -> [Article] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "no such file")
        }
        let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return [Article(id: id, text: String(decoding: data, as: UTF8.self), source: path)]
    }
}
