import KGraphModel

/// An SVG document as ``SVGWriter`` wrote it, ready to be written standalone or inlined in a
/// page. The writer marks where its root element is and where each id begins, so an embedded
/// copy gets its root attributes and id prefix spliced in at those places: nothing is parsed
/// again, and all text keeps the writer's escaping. (The writer draws no references to ids,
/// so prefixing the ids themselves is all it takes.)
public struct SVGDrawing: Sendable, Hashable {
    /// The standalone document, XML declaration included.
    let bytes: [UInt8]
    /// The `<svg …>` start tag of the root element.
    let root: Range<Int>
    /// Where each `id` value starts, ascending.
    let idStarts: [Int]
    /// The root's `width`, `height` (rounded up, in points) and `viewBox` as written.
    let width: String
    let height: String
    let viewBox: String

    /// The standalone document (`<?xml …?>` and the root `<svg>` with its natural size).
    public var document: [UInt8] { bytes }

    /// The drawing as `embedding` says: without the XML declaration, every id prefixed, the
    /// root sized and labelled for its place. Ends with a newline.
    public func embedded(_ embedding: SVGEmbedding) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 256 + idStarts.count * embedding.idPrefix.utf8.count)
        if embedding.standalone { out += bytes[..<root.lowerBound] }
        out += rootTag(embedding).utf8
        let prefix = Array(embedding.idPrefix.utf8)
        var copied = root.upperBound
        for start in idStarts where !prefix.isEmpty {
            out += bytes[copied..<start]
            out += prefix
            copied = start
        }
        out += bytes[copied...]
        return String(decoding: out, as: UTF8.self)
    }

    private func rootTag(_ e: SVGEmbedding) -> String {
        let namespaces = "xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
        var label = ""
        if let text = e.label { label = " role=\"img\" aria-label=\"" + XMLEscaping.escaped(text, .svgAttribute) + "\"" }
        switch e.sizing {
        case .natural:
            return "<svg \(namespaces)\(label) width=\"\(width)pt\" height=\"\(height)pt\" viewBox=\"\(viewBox)\">"
        case .fullWidth:
            return "<svg width=\"100%\" style=\"max-width:\(width)pt;height:auto\" viewBox=\"\(viewBox)\" \(namespaces)\(label)>"
        case .fitted:
            return "<svg \(namespaces)\(label) viewBox=\"\(viewBox)\" class=\"kg-svg\" style=\"max-width:\(width)pt\""
                + " preserveAspectRatio=\"xMidYMin meet\">"
        }
    }
}

/// How an ``SVGDrawing`` is inlined: the prefix for its ids, its accessible name and its size.
public struct SVGEmbedding: Sendable, Hashable {
    /// How the root element is sized.
    public enum Sizing: Sendable, Hashable {
        /// Its natural size in points (`width`/`height`), as a standalone file.
        case natural
        /// `width="100%"`, capped at the natural width, height following (`kgraph render --embed`).
        case fullWidth
        /// Sized by the page's CSS for `svg.kg-svg`, capped at the natural width, drawn at the
        /// top centre of its box (reports).
        case fitted
    }

    /// Prepended to every id, so several drawings can share a page.
    public let idPrefix: String
    /// Accessible name (`role="img"`, `aria-label`), e.g. the article's title.
    public var label: String?
    public var sizing: Sizing
    /// Keeps the XML declaration (a `.svg` file rather than markup for a page).
    public var standalone: Bool

    /// - Throws: ``RenderError`` when `idPrefix` is neither empty nor valid (``isValidIDPrefix(_:)``).
    public init(idPrefix: String = "", label: String? = nil, sizing: Sizing = .fullWidth,
                standalone: Bool = false) throws(RenderError) {
        if !idPrefix.isEmpty && !Self.isValidIDPrefix(idPrefix) {
            throw RenderError("invalid id prefix \"\(idPrefix)\": use letters, digits, '-', '_' or '.', starting with a letter or '_'")
        }
        self.idPrefix = idPrefix
        self.label = label
        self.sizing = sizing
        self.standalone = standalone
    }

    /// Whether `prefix` can start an XML id: letters, digits, `-`, `_`, `.`, beginning with a
    /// letter or `_` (ASCII only, so it also works unquoted in CSS selectors).
    public static func isValidIDPrefix(_ prefix: String) -> Bool {
        guard let first = prefix.unicodeScalars.first, first.isASCIILetter || first == "_" else { return false }
        return prefix.unicodeScalars.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) }
    }
}

private extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
