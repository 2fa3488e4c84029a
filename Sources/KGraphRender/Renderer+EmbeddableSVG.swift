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
                if sawRoot || !text.unicodeScalars.allSatisfy(\.properties.isWhitespace) { out += text }
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
        // Trailing whitespace by scalar: a Character would take a combining mark with it.
        while let last = out.unicodeScalars.last, last.properties.isWhitespace { out.unicodeScalars.removeLast() }
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
                // By scalar: "#" followed by a combining mark is still a fragment reference.
                let fragment = String(value.unicodeScalars.dropFirst())
                if value.unicodeScalars.first == "#", ids.contains(fragment) {
                    tag.attributes[i].value = "#" + prefix + fragment
                }
            } else if value.utf8.firstRange(of: "url(".utf8) != nil {
                tag.attributes[i].value = prefixURLReferences(value, prefix, ids)
            }
        }
    }

    /// Rewrites `url(#x)`, `url('#x')` and `url("#x")` (quotes may be entity-escaped) for known ids.
    /// Works on UTF-8 bytes: a `)` or quote followed by a combining mark is still found.
    private static func prefixURLReferences(_ value: String, _ prefix: String, _ ids: Set<String>) -> String {
        let v = Array(value.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(v.count + prefix.utf8.count)
        var i = 0
        func starts(_ literal: [UInt8], at k: Int, end: Int) -> Bool {
            k + literal.count <= end && v[k..<(k + literal.count)].elementsEqual(literal)
        }
        let open = Array("url(".utf8), quotes = ["'", "\"", "&quot;", "&apos;", "&#39;", "&#34;"].map { Array($0.utf8) }
        while i < v.count {
            guard starts(open, at: i, end: v.count) else { out.append(v[i]); i += 1; continue }
            out += open
            i += open.count
            guard let close = v[i...].firstIndex(of: UInt8(ascii: ")")) else { break }
            var quote: [UInt8] = []
            for q in quotes where close - i >= 2 * q.count && starts(q, at: i, end: close) && starts(q, at: close - q.count, end: close) {
                quote = q
                break
            }
            let body = (i + quote.count)..<(close - quote.count)
            if v[body].first == UInt8(ascii: "#"), ids.contains(String(decoding: v[(body.lowerBound + 1)..<body.upperBound], as: UTF8.self)) {
                out += quote + [UInt8(ascii: "#")] + Array(prefix.utf8) + v[(body.lowerBound + 1)..<body.upperBound] + quote
            } else {
                out += v[i..<close]
            }
            i = close
        }
        if i < v.count { out += v[i...] }
        return String(decoding: out, as: UTF8.self)
    }
}

private extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
