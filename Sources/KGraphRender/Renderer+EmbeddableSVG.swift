extension Renderer {
    /// Whether `prefix` can start an XML id: letters, digits, `-`, `_`, `.`, beginning with a
    /// letter or `_` (ASCII only, so it also works unquoted in CSS selectors).
    public static func isValidIDPrefix(_ prefix: String) -> Bool {
        guard let first = prefix.unicodeScalars.first, first.isASCIILetter || first == "_" else { return false }
        return prefix.unicodeScalars.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) }
    }

    /// `svg` made ready to inline in an HTML page next to other diagrams.
    ///
    /// - Removes the XML prolog, the DOCTYPE and all comments (Graphviz's comments repeat node
    ///   names).
    /// - Makes the root `<svg>` responsive: keeps `viewBox`, sets `width="100%"`, drops the
    ///   fixed `height`, and caps the width at the natural size with
    ///   `style="max-width:…;height:auto"`.
    /// - With `idPrefix`, prepends it verbatim to every `id` and to every reference to one of
    ///   those ids (`url(#…)` in any attribute, `href="#…"`, `xlink:href="#…"`). Fragment links
    ///   to ids not defined in the SVG (anchors in the host page) are left alone.
    ///
    /// Text content and CDATA are kept as they are.
    /// - Throws: ``RenderError`` when `idPrefix` is not valid (see ``isValidIDPrefix(_:)``) or
    ///   the input has no `<svg>` element.
    public static func embeddableSVG(_ svg: String, idPrefix: String? = nil) throws(RenderError) -> String {
        if let idPrefix, !isValidIDPrefix(idPrefix) {
            throw RenderError("invalid id prefix \"\(idPrefix)\": use letters, digits, '-', '_' or '.', starting with a letter or '_'")
        }
        let pieces = SVGPieces.split(svg)
        var ids = Set<String>()
        for case .tag(let tag) in pieces {
            if let id = tag.attributes.first(where: { $0.name == "id" }) { ids.insert(id.value) }
        }
        var out = ""
        var sawRoot = false
        for piece in pieces {
            switch piece {
            case .text(let text):
                // Whitespace between the removed prolog and the root element is dropped too.
                if sawRoot || !text.allSatisfy(\.isWhitespace) { out += text }
            case .tag(var tag):
                if !tag.isClosing && !sawRoot && tag.name == "svg" {
                    sawRoot = true
                    makeResponsive(&tag)
                }
                if let idPrefix { prefixIDs(&tag, idPrefix, ids) }
                out += tag.serialized()
            }
        }
        guard sawRoot else { throw RenderError("not an SVG document: no <svg> element") }
        while let last = out.last, last.isWhitespace { out.removeLast() }
        return out + "\n"
    }

    private static func makeResponsive(_ tag: inout SVGPieces.Tag) {
        let width = tag.attributes.first { $0.name == "width" }?.value
        tag.attributes.removeAll { $0.name == "width" || $0.name == "height" }
        var style = "height:auto"
        if let width, !width.hasSuffix("%"), !width.isEmpty {
            style = "max-width:\(width);" + style
        }
        if let i = tag.attributes.firstIndex(where: { $0.name == "style" }) {
            tag.attributes[i].value = style + ";" + tag.attributes[i].value
        } else {
            tag.attributes.insert(.init(name: "style", value: style, quote: "\""), at: 0)
        }
        tag.attributes.insert(.init(name: "width", value: "100%", quote: "\""), at: 0)
    }

    private static func prefixIDs(_ tag: inout SVGPieces.Tag, _ prefix: String, _ ids: Set<String>) {
        for i in tag.attributes.indices {
            let name = tag.attributes[i].name, value = tag.attributes[i].value
            if name == "id" {
                tag.attributes[i].value = prefix + value
            } else if name == "href" || name == "xlink:href" {
                if value.hasPrefix("#"), ids.contains(String(value.dropFirst())) {
                    tag.attributes[i].value = "#" + prefix + value.dropFirst()
                }
            } else if value.contains("url(") {
                tag.attributes[i].value = prefixURLReferences(value, prefix, ids)
            }
        }
    }

    /// Rewrites `url(#x)`, `url('#x')` and `url("#x")` (quotes may be entity-escaped) for known ids.
    private static func prefixURLReferences(_ value: String, _ prefix: String, _ ids: Set<String>) -> String {
        var out = ""
        var rest = Substring(value)
        while let open = rest.range(of: "url(") {
            out += rest[..<open.upperBound]
            rest = rest[open.upperBound...]
            guard let close = rest.firstIndex(of: ")") else { break }
            let inner = rest[..<close]
            var quote = ""
            for q in ["'", "\"", "&quot;", "&apos;", "&#39;", "&#34;"] where inner.hasPrefix(q) && inner.hasSuffix(q) && inner.count >= 2 * q.count {
                quote = q
                break
            }
            let body = inner.dropFirst(quote.count).dropLast(quote.count)
            if body.hasPrefix("#"), ids.contains(String(body.dropFirst())) {
                out += quote + "#" + prefix + body.dropFirst() + quote
            } else {
                out += inner
            }
            rest = rest[close...]
        }
        return out + rest
    }
}

private extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
