/// The tag scanner behind ``HTMLDocument/init(_:)``: markup declarations, start and end tags
/// with their attributes, and the elements they open and close.
extension HTMLDocument {
    /// A start or end tag as written in the source.
    struct Tag {
        var name: String
        var closing: Bool
        var attributes: [(String, String)] = []
        /// Ends in `/>`.
        var selfClosing = false
    }

    /// ASCII letters lowercased, everything else as it is.
    static func lowered(_ s: Unicode.Scalar) -> Unicode.Scalar {
        (s.value >= 65 && s.value <= 90) ? Unicode.Scalar(s.value + 32)! : s
    }

    /// Where a comment, doctype, CDATA section or processing instruction starting at the `<`
    /// at `i` ends (the index after it); nil when `i` starts none of them.
    static func declarationEnd(_ a: [Unicode.Scalar], at i: Int) -> Int? {
        let n = a.count
        let d = a[i + 1]
        guard d == "!" || d == "?" else { return nil }
        if i + 3 < n, a[i + 2] == "-", a[i + 3] == "-" {
            return find(a, "-->", from: i + 4).map { $0 + 3 } ?? n
        }
        return indexOf(a, ">", from: i + 2).map { $0 + 1 } ?? n
    }

    /// The tag starting at the `<` at `i`, and the index of its closing `>` (or the end of
    /// the source). Nil when no letter follows: the `<` is text then.
    static func readTag(_ a: [Unicode.Scalar], at i: Int) -> (Tag, end: Int)? {
        let n = a.count
        let closing = a[i + 1] == "/"
        var j = closing ? i + 2 : i + 1
        guard j < n, a[j].properties.isAlphabetic else { return nil }
        var name = String.UnicodeScalarView()
        while j < n, a[j].properties.isAlphabetic || ("0"..."9").contains(a[j]) || a[j] == "-" || a[j] == ":" {
            name.append(lowered(a[j])); j += 1
        }
        var tag = Tag(name: String(name), closing: closing)
        j = readAttributes(a, from: j, into: &tag)
        return (tag, j)
    }

    /// Attributes up to the closing `>` (quoted values may contain `>`); returns the index
    /// of that `>`, or the end of the source.
    static func readAttributes(_ a: [Unicode.Scalar], from start: Int, into tag: inout Tag) -> Int {
        let n = a.count
        var j = start
        while j < n, a[j] != ">" {
            if a[j].isAnySpace || a[j] == "\n" { j += 1; continue }
            if a[j] == "/" { tag.selfClosing = true; j += 1; continue }
            var an = String.UnicodeScalarView()
            while j < n, !a[j].isAnySpace, a[j] != "=", a[j] != ">", a[j] != "/" || an.isEmpty { an.append(lowered(a[j])); j += 1 }
            if an.isEmpty { j += 1; continue }
            while j < n, a[j].isAnySpace { j += 1 }
            var value = String.UnicodeScalarView()
            if j < n, a[j] == "=" {
                j += 1
                while j < n, a[j].isAnySpace { j += 1 }
                if j < n, a[j] == "\"" || a[j] == "'" {
                    let q = a[j]; j += 1
                    while j < n, a[j] != q { value.append(a[j]); j += 1 }
                    j += 1
                } else {
                    while j < n, !a[j].isAnySpace, a[j] != ">" { value.append(a[j]); j += 1 }
                }
            }
            tag.selfClosing = false
            tag.attributes.append((String(an), String(value)))
        }
        return j
    }

    /// Closes the open element named `name`, and every element opened inside it.
    mutating func closeElement(_ name: String, stack: inout [Int]) {
        // Look for the open element only near the top: deep unclosed markup must not make this quadratic.
        var k = stack.count - 1
        while k > 0, stack.count - k <= 256, elements[stack[k]].tag != name { k -= 1 }
        if k > 0, stack.count - k <= 256 { stack.removeSubrange(k...) }
    }

    /// Adds the element a start tag opens; its content starts at `i`. Returns where scanning
    /// goes on: after the end tag for raw-text elements, else at `i`.
    mutating func openElement(_ tag: Tag, in a: [Unicode.Scalar], contentStart i: Int, stack: inout [Int]) -> Int {
        let name = tag.name
        if Self.autoCloseSame.contains(name), let top = stack.last, elements[top].tag == name { stack.removeLast() }
        if name != "p", name != "br", Self.blockTags.contains(name), let top = stack.last, elements[top].tag == "p" { stack.removeLast() }
        var el = Element(tag: name, parent: stack.last!)
        var isLD = false
        for (k, v) in tag.attributes {
            switch k {
            case "class", "id": el.hint += Self.hintWords(v)
            case "itemprop": el.itemprop = v.lowercased()
            case "role": el.role = v.lowercased()
            case "hidden": el.hidden = true
            case "aria-hidden": if v.lowercased() == "true" { el.hidden = true }
            case "style": if Self.hidesElement(v) { el.hidden = true }
            case "type": isLD = name == "script" && v.lowercased().contains("ld+json")
            case "datetime": if name == "time", !v.isEmpty { times.append((elements.count, v)) }
            default: break
            }
        }
        if name == "meta" || name == "link" { collectHeadData(name, tag.attributes) }
        let index = elements.count
        elements.append(el)
        elements[stack.last!].children.append(.element(index))
        if Self.voidTags.contains(name) || tag.selfClosing { return i }
        if Self.rawTextTags.contains(name) { return skipRawText(name, isJSONLD: isLD, in: a, from: i) }
        stack.append(index)
        return i
    }

    /// Raw text runs to the matching end tag; only `<title>` and JSON-LD keep it. Returns the
    /// index after that end tag.
    mutating func skipRawText(_ name: String, isJSONLD: Bool, in a: [Unicode.Scalar], from i: Int) -> Int {
        let n = a.count
        let end = Self.findEndTag(a, name, from: i) ?? n
        if isJSONLD, end > i { jsonLD.append(String(String.UnicodeScalarView(a[i..<end]))) }
        if name == "title", title == nil {
            var t = String.UnicodeScalarView()
            var k = i
            while k < end {
                if a[k] == "&", let (s, next) = HTMLEntities.decode(a, at: k, end: end) { t.append(s); k = next; continue }
                t.append(a[k]); k += 1
            }
            title = BlockText.normalize(String(t).replacingNewlines().unicodeScalars)
        }
        return Self.indexOf(a, ">", from: end).map { $0 + 1 } ?? n
    }
}
