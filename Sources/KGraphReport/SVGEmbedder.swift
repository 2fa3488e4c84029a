import Foundation
import KGraphModel

/// Turns a standalone SVG document (Graphviz's output) into markup that can sit inline in
/// an HTML page next to other SVGs, or be written as a clean standalone file.
///
/// The SVG is re-serialized from parsed tokens, not patched as text, so nothing passes
/// through unchecked:
/// - the XML prolog, DOCTYPE, comments and processing instructions are dropped;
/// - only drawing elements are kept (no `script`, `foreignObject`, `style`, animation);
///   `on*` event attributes and links other than `#local`, `http(s)` anchors and
///   `data:image/` rasters are removed, as are `url(...)` values that are not local;
/// - every `id` gets ``idPrefix`` (and is made unique and CSS/URL-safe), and every
///   `url(#…)`, `href="#…"` and `xlink:href="#…"` is rewritten to match; references to
///   ids that do not exist are dropped, so each remaining one resolves in the same SVG.
public struct SVGEmbedder: Sendable {
    /// Prepended to every id ("kg1-"); empty to keep ids as they are (still made safe).
    public var idPrefix: String
    /// Drop the fixed `width`/`height` so the drawing scales to its container, capped at its
    /// natural width by an inline `max-width`.
    public var responsive: Bool
    /// Accessible name for the drawing (`aria-label`), e.g. the article title.
    public var label: String?

    public init(idPrefix: String = "", responsive: Bool = true, label: String? = nil) {
        self.idPrefix = idPrefix
        self.responsive = responsive
        self.label = label
    }

    static let allowedElements: Set<String> = [
        "svg", "g", "title", "desc", "defs", "a", "polygon", "polyline", "path", "ellipse", "circle",
        "rect", "line", "text", "tspan", "linearGradient", "radialGradient", "stop", "clipPath",
        "image", "marker", "symbol", "use", "pattern", "mask",
    ]

    /// The `<svg>` element and its content, ready to inline.
    public func embed(_ svg: String) throws(SVGEmbeddingError) -> String {
        let tokens = try Self.filtered(XMLTokenizer.tokens(svg))
        let (ids, assigned) = idMap(tokens)
        var out = ""
        out.reserveCapacity(svg.utf8.count + svg.utf8.count / 8)
        var first = true
        for (index, token) in tokens.enumerated() {
            switch token {
            case let .start(name, attributes, selfClosing):
                var attrs = cleanAttributes(attributes, element: name, newID: assigned[index], ids: ids)
                if first { attrs = rootAttributes(attrs) }
                first = false
                out += "<" + name
                for (n, v) in attrs { out += " \(n)=\"\(Self.escapeXML(v, attribute: true))\"" }
                out += selfClosing ? "/>" : ">"
            case let .end(name):
                out += "</\(name)>"
            case let .text(t):
                out += Self.escapeXML(t, attribute: false)
            }
        }
        return out
    }

    /// A standalone `.svg` file: the sanitized drawing with an XML declaration.
    public func standaloneDocument(_ svg: String) throws(SVGEmbeddingError) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n" + (try embed(svg)) + "\n"
    }

    /// Keeps the root `<svg>` element and the allowed elements inside it; drops disallowed
    /// elements with their whole content. Also checks that tags nest properly.
    static func filtered(_ tokens: [XMLToken]) throws(SVGEmbeddingError) -> [XMLToken] {
        var out: [XMLToken] = []
        var stack: [String] = []
        var skipDepth = 0
        var done = false
        for token in tokens {
            switch token {
            case let .start(name, _, selfClosing):
                if done { throw SVGEmbeddingError("content after the root <svg> element") }
                if stack.isEmpty && name != "svg" { throw SVGEmbeddingError("the root element is <\(name)>, not <svg>") }
                if skipDepth == 0 && !allowedElements.contains(name) {
                    if !selfClosing { skipDepth = 1; stack.append(name) }
                    continue
                }
                if skipDepth > 0 { if !selfClosing { skipDepth += 1; stack.append(name) }; continue }
                out.append(token)
                if !selfClosing { stack.append(name) } else if stack.isEmpty { done = true }
            case let .end(name):
                guard let open = stack.popLast(), open == name else { throw SVGEmbeddingError("unexpected </\(name)>") }
                if skipDepth > 0 { skipDepth -= 1; continue }
                out.append(token)
                if stack.isEmpty { done = true }
            case let .text(t):
                if stack.isEmpty {
                    guard t.allSatisfy(\.isWhitespace) else { throw SVGEmbeddingError("text outside the root element") }
                    continue
                }
                if skipDepth == 0 { out.append(token) }
            }
        }
        guard !out.isEmpty else { throw SVGEmbeddingError("no <svg> element") }
        guard stack.isEmpty else { throw SVGEmbeddingError("<\(stack.last!)> is never closed") }
        return out
    }

    /// New ids: `references` maps an old id to the new id of its first element (what
    /// `#id` means); `assigned` gives each element (by token index) its own unique new id.
    func idMap(_ tokens: [XMLToken]) -> (references: [String: String], assigned: [Int: String]) {
        var map: [String: String] = [:]
        var assigned: [Int: String] = [:]
        var used = Set<String>()
        for (index, token) in tokens.enumerated() {
            guard case let .start(_, attributes, _) = token,
                  let id = attributes.first(where: { $0.name == "id" })?.value else { continue }
            let base = idPrefix + Self.safeID(id)
            var candidate = base
            var n = 2
            while used.contains(candidate) { candidate = "\(base)-\(n)"; n += 1 }
            used.insert(candidate)
            assigned[index] = candidate
            if map[id] == nil { map[id] = candidate }
        }
        return (map, assigned)
    }

    /// Keeps letters, digits, `-`, `_` and `.`; anything else becomes `_`.
    static func safeID(_ id: String) -> String {
        let s = String(String.UnicodeScalarView(id.unicodeScalars.map { c in
            (c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c))) || c == "-" || c == "_" || c == "." ? c : "_"
        }))
        return s.isEmpty ? "_" : s
    }

    func cleanAttributes(_ attributes: [(name: String, value: String)], element: String, newID: String?, ids: [String: String]) -> [(String, String)] {
        var out: [(String, String)] = []
        for (name, value) in attributes {
            let lower = name.lowercased()
            if lower.hasPrefix("on") { continue }
            if name.contains(":") && !["xlink:href", "xlink:title", "xmlns:xlink", "xml:space"].contains(name) { continue }
            if name == "xmlns" && element != "svg" { continue }
            switch name {
            case "id":
                if let newID { out.append((name, newID)) }
            case "href", "xlink:href":
                if let kept = link(value, element: element, ids: ids) { out.append((name, kept)) }
            default:
                if let kept = Self.rewriteURLs(value, ids: ids) { out.append((name, kept)) }
            }
        }
        return out
    }

    func link(_ value: String, element: String, ids: [String: String]) -> String? {
        let v = value.trimmingSpaces
        if v.hasPrefix("#") { return ids[String(v.dropFirst())].map { "#" + $0 } }
        let lower = v.lowercased()
        if element == "a", HTMLText.linkableURL(v) != nil { return v }
        if element == "image", lower.hasPrefix("data:image/"), !lower.hasPrefix("data:image/svg") { return v }
        return nil
    }

    /// Rewrites every `url(#id)` to the new id; nil (drop the attribute) when a `url(...)`
    /// is not local or names an id that does not exist.
    static func rewriteURLs(_ value: String, ids: [String: String]) -> String? {
        guard value.range(of: "url(", options: .caseInsensitive) != nil else { return value }
        var out = ""
        var rest = Substring(value)
        while let r = rest.range(of: "url(", options: .caseInsensitive) {
            out += rest[..<r.lowerBound]
            rest = rest[r.upperBound...]
            guard let close = rest.firstIndex(of: ")") else { return nil }
            var inner = rest[..<close].trimmingCharacters(in: .whitespaces)
            if let q = inner.first, q == "\"" || q == "'", inner.count >= 2, inner.last == q {
                inner = String(inner.dropFirst().dropLast())
            }
            guard inner.hasPrefix("#"), let new = ids[String(inner.dropFirst())] else { return nil }
            out += "url(#\(new))"
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// Root attributes: namespaces always present; responsive sizing when asked.
    func rootAttributes(_ attrs: [(String, String)]) -> [(String, String)] {
        var a = attrs.filter { $0.0 != "xmlns" && $0.0 != "xmlns:xlink" }
        var head: [(String, String)] = [("xmlns", "http://www.w3.org/2000/svg"), ("xmlns:xlink", "http://www.w3.org/1999/xlink")]
        if responsive {
            let width = a.first { $0.0 == "width" }?.1
            let height = a.first { $0.0 == "height" }?.1
            a.removeAll { $0.0 == "width" || $0.0 == "height" || $0.0 == "style" || $0.0 == "preserveAspectRatio" }
            if !a.contains(where: { $0.0 == "viewBox" }), let w = width.flatMap(Self.points), let h = height.flatMap(Self.points) {
                a.append(("viewBox", "0 0 \(Self.number(w)) \(Self.number(h))"))
            }
            if let i = a.firstIndex(where: { $0.0 == "class" }) { a[i].1 += " kg-svg" } else { a.append(("class", "kg-svg")) }
            if let w = width.flatMap(Self.points) { a.append(("style", "max-width:\(Self.number(w))pt")) }
            a.append(("preserveAspectRatio", "xMidYMin meet"))
        }
        if let label {
            a.removeAll { $0.0 == "role" || $0.0 == "aria-label" }
            head += [("role", "img"), ("aria-label", label)]
        }
        return head + a
    }

    /// "156pt" -> 156; plain numbers and px are taken as they are.
    static func points(_ length: String) -> Double? {
        var t = length.trimmingSpaces
        for unit in ["pt", "px"] where t.hasSuffix(unit) { t.removeLast(2) }
        guard let d = Double(t), d.isFinite, d > 0 else { return nil }
        return d
    }

    static func number(_ d: Double) -> String {
        d == d.rounded() && abs(d) < 1e12 ? String(Int(d)) : String(d)
    }

    static func escapeXML(_ text: String, attribute: Bool) -> String {
        XMLEscaping.escaped(text, attribute ? attributeStyle : textStyle)
    }

    private static let textStyle = XMLEscaping.Style(quote: false)
    private static let attributeStyle = XMLEscaping.Style()
}
