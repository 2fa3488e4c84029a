/// A forgiving HTML parser into a flat element tree: enough structure to find the main
/// content element and to turn it into blocks. Unclosed and stray tags are tolerated.
struct HTMLDocument {
    enum Child { case element(Int), text(String) }

    struct Element {
        var tag: String
        var parent: Int
        var children: [Child] = []
        /// Lowercased `class` and `id` values, for furniture hints.
        var hint: String = ""
        var itemprop: String = ""
        var role: String = ""
        /// Text characters in the subtree (excluding dropped elements).
        var textLength = 0
        /// Characters of substantial `<p>` paragraphs in the subtree.
        var paragraphScore = 0
    }

    var elements: [Element] = [Element(tag: "#root", parent: -1)]
    var title: String?

    static let voidTags: Set<String> = ["br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base",
                                        "col", "embed", "param", "track", "keygen"]
    /// Never content.
    static let droppedTags: Set<String> = ["script", "style", "noscript", "svg", "iframe", "template", "nav", "header",
                                           "footer", "aside", "form", "figcaption", "button", "select", "textarea",
                                           "menu", "dialog", "object", "canvas", "video", "audio", "map", "head"]
    static let rawTextTags: Set<String> = ["script", "style", "textarea", "title", "xmp", "noscript", "template"]
    static let autoCloseSame: Set<String> = ["p", "li", "dt", "dd", "tr", "td", "th", "option"]
    static let blockTags: Set<String> = ["p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                                         "section", "article", "main", "figure", "table", "tr", "td", "th", "dl", "dt",
                                         "dd", "pre", "address", "center", "hr", "br", "body", "header", "footer", "tbody",
                                         "thead", "caption", "details", "summary", "fieldset", "picture"]

    init(_ source: String) {
        let a = Array(source.unicodeScalars)
        let n = a.count
        var stack = [0]
        var i = 0
        var textBuf = String.UnicodeScalarView()
        func flushText() {
            if !textBuf.isEmpty {
                elements[stack.last!].children.append(.text(String(textBuf)))
                textBuf = String.UnicodeScalarView()
            }
        }
        func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
            (s.value >= 65 && s.value <= 90) ? Unicode.Scalar(s.value + 32)! : s
        }
        while i < n {
            let c = a[i]
            if c == "&", let (s, next) = HTMLEntities.decode(a, at: i, end: n) {
                textBuf.append(s); i = next; continue
            }
            guard c == "<", i + 1 < n else { textBuf.append(c); i += 1; continue }
            let d = a[i + 1]
            if d == "!" || d == "?" {
                // Comment, doctype, CDATA or processing instruction.
                if i + 3 < n, a[i + 2] == "-", a[i + 3] == "-" {
                    i = Self.find(a, "-->", from: i + 4).map { $0 + 3 } ?? n
                } else {
                    i = Self.indexOf(a, ">", from: i + 2).map { $0 + 1 } ?? n
                }
                continue
            }
            let closing = d == "/"
            var j = closing ? i + 2 : i + 1
            guard j < n, a[j].properties.isAlphabetic else { textBuf.append(c); i += 1; continue }
            var name = String.UnicodeScalarView()
            while j < n, a[j].properties.isAlphabetic || ("0"..."9").contains(a[j]) || a[j] == "-" || a[j] == ":" {
                name.append(lower(a[j])); j += 1
            }
            let tag = String(name)
            // Attributes up to the closing '>' (quotes may contain '>').
            var attrs: [(String, String)] = []
            var selfClosing = false
            while j < n, a[j] != ">" {
                if a[j].isAnySpace || a[j] == "\n" { j += 1; continue }
                if a[j] == "/" { selfClosing = true; j += 1; continue }
                var an = String.UnicodeScalarView()
                while j < n, !a[j].isAnySpace, a[j] != "=", a[j] != ">", a[j] != "/" || an.isEmpty { an.append(lower(a[j])); j += 1 }
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
                selfClosing = false
                attrs.append((String(an), String(value)))
            }
            i = min(j + 1, n)
            flushText()
            if closing {
                // Look for the open element only near the top: deep unclosed markup must not make this quadratic.
                var k = stack.count - 1
                while k > 0, stack.count - k <= 256, elements[stack[k]].tag != tag { k -= 1 }
                if k > 0, stack.count - k <= 256 { stack.removeSubrange(k...) }
                continue
            }
            if Self.autoCloseSame.contains(tag), let top = stack.last, elements[top].tag == tag { stack.removeLast() }
            if tag != "p", tag != "br", Self.blockTags.contains(tag), let top = stack.last, elements[top].tag == "p" { stack.removeLast() }
            var el = Element(tag: tag, parent: stack.last!)
            for (k, v) in attrs {
                switch k {
                case "class", "id": el.hint += " " + v.lowercased()
                case "itemprop": el.itemprop = v.lowercased()
                case "role": el.role = v.lowercased()
                default: break
                }
            }
            let index = elements.count
            elements.append(el)
            elements[stack.last!].children.append(.element(index))
            if Self.voidTags.contains(tag) || selfClosing { continue }
            if Self.rawTextTags.contains(tag) {
                // Raw text runs to the matching end tag; only <title> keeps it.
                let end = Self.findEndTag(a, tag, from: i) ?? n
                if tag == "title", title == nil {
                    var t = String.UnicodeScalarView()
                    var k = i
                    while k < end {
                        if a[k] == "&", let (s, next) = HTMLEntities.decode(a, at: k, end: end) { t.append(s); k = next; continue }
                        t.append(a[k]); k += 1
                    }
                    title = BlockText.normalize(String(t).replacingNewlines().unicodeScalars)
                }
                i = Self.indexOf(a, ">", from: end).map { $0 + 1 } ?? n
                continue
            }
            stack.append(index)
        }
        flushText()
        computeScores()
    }

    /// Bottom-up text lengths and paragraph scores (children always follow their parents).
    private mutating func computeScores() {
        for k in stride(from: elements.count - 1, through: 1, by: -1) {
            let el = elements[k]
            if Self.droppedTags.contains(el.tag) { continue }
            var own = 0
            for child in el.children { if case .text(let t) = child { own += t.unicodeScalars.count } }
            elements[k].textLength += own
            if el.tag == "p" || (own >= 120 && el.tag != "a") {
                // Whitespace-only text nodes do not count; short paragraphs are usually furniture.
                let len = el.tag == "p" ? elements[k].textLength : own
                if len >= 40 { elements[k].paragraphScore += len }
            }
            let p = el.parent
            if p >= 0 {
                elements[p].textLength += elements[k].textLength
                elements[p].paragraphScore += elements[k].paragraphScore
            }
        }
    }

    static func indexOf(_ a: [Unicode.Scalar], _ c: Unicode.Scalar, from: Int) -> Int? {
        var k = from
        while k < a.count { if a[k] == c { return k }; k += 1 }
        return nil
    }

    static func find(_ a: [Unicode.Scalar], _ s: String, from: Int) -> Int? {
        let p = Array(s.unicodeScalars)
        var k = from
        while k + p.count <= a.count {
            if a[k] == p[0] {
                var m = 1
                while m < p.count, a[k + m] == p[m] { m += 1 }
                if m == p.count { return k }
            }
            k += 1
        }
        return nil
    }

    /// Index of `</tag` (case-insensitive) at or after `from`.
    static func findEndTag(_ a: [Unicode.Scalar], _ tag: String, from: Int) -> Int? {
        let t = Array(tag.unicodeScalars)
        var k = from
        while k + 2 + t.count <= a.count {
            if a[k] == "<", a[k + 1] == "/" {
                var m = 0
                while m < t.count {
                    let v = a[k + 2 + m].value
                    let lv = (v >= 65 && v <= 90) ? v + 32 : v
                    if lv != t[m].value { break }
                    m += 1
                }
                if m == t.count { return k }
            }
            k += 1
        }
        return nil
    }
}

extension String {
    func replacingNewlines() -> String {
        guard utf8.contains(0x0A) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\n" ? " " : $0 }))
    }
}
