/// File names for articles' outputs, made from their ids (`kgraph extract -o DIR/`): safe on
/// every file system, within the file-name limit, the same for the same id, and distinct
/// within one run.
public enum ArticleFileNames {
    /// The longest file name (without ".json") made from an article id, in UTF-8 bytes.
    public static let maxBytes = 200

    /// One name per id, in order, without extension: a repeated name gets "-2", "-3", ...
    public static func names(for ids: [String]) -> [String] {
        var used: Set<String> = []
        return ids.map { id in
            let base = name(for: id)
            var name = base, n = 2
            while used.contains(name) { name = base + "-\(n)"; n += 1 }
            used.insert(name)
            return name
        }
    }

    /// A safe file name for an article id (ids from JSON Lines may hold slashes). Names
    /// longer than ``maxBytes`` are cut and given a hash of the whole id, so they fit the
    /// file-name limit (255 bytes, with ".json" and a "-2" for repeats) and stay distinct.
    public static func name(for id: String) -> String {
        var cleaned = String.UnicodeScalarView(id.unicodeScalars.map { s in
            s == "/" || s == "\\" || s == ":" || s.properties.generalCategory == .control ? "_" : s
        })
        if cleaned.isEmpty || cleaned.first == "." { cleaned.insert(contentsOf: "article".unicodeScalars, at: cleaned.startIndex) }
        let name = String(cleaned)
        guard name.utf8.count > maxBytes else { return name }
        // FNV-1a over the id's UTF-8: the same id always gets the same name.
        var hash: UInt64 = 0xcbf29ce484222325
        for b in id.utf8 { hash = (hash ^ UInt64(b)) &* 0x100000001b3 }
        let suffix = "-" + String(hash, radix: 16)
        var cut = String.UnicodeScalarView()
        var bytes = 0
        for s in cleaned {
            let n = String(s).utf8.count
            guard bytes + n + suffix.utf8.count <= maxBytes else { break }
            cut.append(s)
            bytes += n
        }
        return String(cut) + suffix
    }
}
