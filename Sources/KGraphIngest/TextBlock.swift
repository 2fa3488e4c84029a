/// One block of source text before boilerplate removal: a paragraph, heading or list item.
public struct TextBlock: Sendable, Hashable {
    /// The block's text, whitespace collapsed; the lines of a multi-line block are separated by `\n`.
    public var text: String
    /// Marked as a heading by the source (`<h1>`-`<h6>`, Markdown `#`).
    public var isHeading: Bool
    /// Characters of the text that were inside links (HTML), for link density.
    public var linkChars: Int

    public init(text: String, isHeading: Bool = false, linkChars: Int = 0) {
        self.text = text
        self.isHeading = isHeading
        self.linkChars = linkChars
    }
}

/// Input formats the reader understands.
public enum ArticleFormat: String, Sendable, Hashable {
    case text, markdown, html, jsonLines

    /// The format a file name's extension names, or nil for an unknown extension.
    public init?(pathExtension ext: String) {
        switch ext.lowercased() {
        case "txt", "text": self = .text
        case "md", "markdown", "mdown", "mkd": self = .markdown
        case "html", "htm", "xhtml": self = .html
        case "jsonl", "ndjson": self = .jsonLines
        default: return nil
        }
    }

    /// Guesses the format of unnamed input (stdin) from its first few kilobytes.
    public static func sniff(_ text: String) -> ArticleFormat {
        var head = Substring(text.prefix(4096))
        while let f = head.first, f.isWhitespace { head = head.dropFirst() }
        // The markers are ASCII, so they are looked for in the UTF-8 bytes (tag names ignoring
        // ASCII case): Foundation's `contains` compares grapheme clusters with locale rules and
        // took a third of the time of reading a short stdin article.
        let bytes = Array(head.utf8)
        if bytes.first == UInt8(ascii: "{"), bytes.containsASCII("\"text\"") { return .jsonLines }
        for marker in ["<!doctype html", "<html", "<head", "<body", "<p>", "<p ", "<div", "<article", "<br"]
        where bytes.containsASCII(marker, ignoringCase: true) {
            return .html
        }
        var mdEvidence = 0
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true).prefix(80) {
            if line.starts(with: "# ".utf8) || line.starts(with: "## ".utf8) || line.starts(with: "### ".utf8)
                || line.starts(with: "```".utf8) { mdEvidence += 2 }
            if line.containsASCII("](") { mdEvidence += 1 }
            if line.containsASCII("**") { mdEvidence += 1 }
        }
        return mdEvidence >= 2 ? .markdown : .text
    }
}

extension Collection where Element == UInt8 {
    /// Whether the bytes hold the ASCII string `needle`, optionally ignoring ASCII case.
    func containsASCII(_ needle: String, ignoringCase: Bool = false) -> Bool {
        let n = Array(needle.utf8)
        guard let first = n.first else { return true }
        let fold: (UInt8) -> UInt8 = ignoringCase ? { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 } : { $0 }
        var i = startIndex
        while i != endIndex {
            if fold(self[i]) == first {
                var j = index(after: i), k = 1
                while k < n.count, j != endIndex, fold(self[j]) == n[k] { j = index(after: j); k += 1 }
                if k == n.count { return true }
            }
            i = index(after: i)
        }
        return false
    }
}

/// Shared helpers on Unicode scalars.
extension Unicode.Scalar {
    @inline(__always) var isHSpace: Bool {
        value == 0x20 || value == 0x09 || value == 0xA0 || value == 0x0C || value == 0x0B
            || (value >= 0x2000 && value <= 0x200A) || value == 0x202F || value == 0x205F || value == 0x3000
    }
    @inline(__always) var isAnySpace: Bool { value == 0x0A || isHSpace }
    /// Invisible format characters that sit inside words: soft hyphen, zero-width space, word
    /// joiner, BOM. They are dropped, never read as spaces ("Vladi\u{AD}mir" is "Vladimir").
    @inline(__always) var isInvisibleInWord: Bool {
        value == 0xAD || value == 0x200B || value == 0x2060 || value == 0xFEFF
    }
}

enum BlockText {
    /// Collapses runs of horizontal whitespace to one space and trims each line; drops empty lines.
    static func normalize<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var out = String.UnicodeScalarView()
        var pendingSpace = false, pendingNewline = false
        for s in scalars {
            if s == "\n" { if !out.isEmpty { pendingNewline = true }; pendingSpace = false; continue }
            if s.isInvisibleInWord { continue }
            if s.isHSpace { if !out.isEmpty && !pendingNewline { pendingSpace = true }; continue }
            if pendingNewline { out.append("\n"); pendingNewline = false; pendingSpace = false }
            else if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(s)
        }
        return String(out)
    }
}
