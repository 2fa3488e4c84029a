/// Markdown to blocks: headings, paragraphs and list items keep their text; code fences,
/// images, link targets, reference definitions, rules and emphasis markers are dropped.
enum Markdown {
    static func blocks(_ text: String) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var para: [String] = []
        var inFence: Substring? = nil
        func flush() {
            if !para.isEmpty {
                let t = BlockText.normalize(para.joined(separator: "\n").unicodeScalars)
                if !t.isEmpty { blocks.append(TextBlock(text: t)) }
                para.removeAll()
            }
        }
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = rawLine.drop(while: { $0 == " " || $0 == "\t" })
            if let fence = inFence {
                if line.hasPrefix(fence) { inFence = nil }
                continue
            }
            if line.hasPrefix("```") || line.hasPrefix("~~~") {
                flush(); inFence = line.prefix(3); continue
            }
            if line.isEmpty { flush(); continue }
            if isRule(line) { flush(); continue }
            // Reference-style link definitions: "[id]: http://…".
            if line.hasPrefix("["), let close = line.firstIndex(of: "]"),
               line[line.index(after: close)...].hasPrefix(":") { continue }
            while line.hasPrefix(">") { line = line.dropFirst().drop(while: { $0 == " " }) }
            if line.hasPrefix("#") {
                let hashes = line.prefix(while: { $0 == "#" })
                let rest = line.dropFirst(hashes.count)
                if hashes.count <= 6, rest.isEmpty || rest.first == " " {
                    flush()
                    var t = Substring(rest.trimmingCharacters(" "))
                    while t.hasSuffix("#") { t = t.dropLast() }
                    let h = BlockText.normalize(inline(String(t)).unicodeScalars)
                    if !h.isEmpty { blocks.append(TextBlock(text: h, isHeading: true)) }
                    continue
                }
            }
            // Setext headings: a line of === or --- under a paragraph line.
            if !para.isEmpty, line.allSatisfy({ $0 == "=" || $0 == "-" }), line.count >= 2 {
                let h = para.removeLast()
                flush()
                blocks.append(TextBlock(text: h, isHeading: true))
                continue
            }
            // List markers "* " and "+ " become "- " so the sentence splitter sees list items.
            if line.hasPrefix("* ") || line.hasPrefix("+ ") { line = "- " + line.dropFirst(2) }
            let t = inline(String(line))
            if !t.allSatisfy({ $0 == " " }) { para.append(t) }
        }
        flush()
        return blocks
    }

    static func isRule(_ line: Substring) -> Bool {
        let chars = line.filter { $0 != " " }
        guard chars.count >= 3, let c = chars.first, c == "-" || c == "*" || c == "_" else { return false }
        return chars.allSatisfy { $0 == c }
    }

    /// Inline markup: images dropped, links to their text, code spans and emphasis unwrapped.
    static func inline(_ s: String) -> String {
        let a = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        let n = a.count
        func isWordChar(_ k: Int) -> Bool { k >= 0 && k < n && (a[k].properties.isAlphabetic || ("0"..."9").contains(a[k])) }
        while i < n {
            let c = a[i]
            if c == "\\", i + 1 < n, !a[i + 1].properties.isAlphabetic { out.append(a[i + 1]); i += 2; continue }
            if c == "!", i + 1 < n, a[i + 1] == "[", let (_, after) = link(a, at: i + 1) { i = after; continue }
            if c == "[", let (textRange, after) = link(a, at: i) {
                out.append(contentsOf: inline(String(String.UnicodeScalarView(a[textRange]))).unicodeScalars)
                i = after; continue
            }
            if c == "`" {
                var j = i
                while j < n, a[j] == "`" { j += 1 }
                let ticks = j - i
                var k = j
                while k < n {
                    if a[k] == "`" {
                        var m = k
                        while m < n, a[m] == "`" { m += 1 }
                        if m - k == ticks { break }
                        k = m
                    } else { k += 1 }
                }
                if k < n { out.append(contentsOf: a[j..<k]); i = k + ticks; continue }
            }
            // Emphasis markers: * always; _ only at word edges (snake_case stays).
            if c == "*" { i += 1; continue }
            if c == "_", !(isWordChar(i - 1) && isWordChar(i + 1)) {
                var j = i
                while j < n, a[j] == "_" { j += 1 }
                if isWordChar(j) || isWordChar(i - 1) { i = j; continue }
            }
            if c == "~", i + 1 < n, a[i + 1] == "~" { i += 2; continue }
            if c == "<", let close = a[i..<min(n, i + 200)].firstIndex(of: ">"),
               i + 1 < n, a[i + 1].properties.isAlphabetic || a[i + 1] == "/" {
                // Inline HTML tag or autolink <http://…>.
                let inner = String(String.UnicodeScalarView(a[(i + 1)..<close]))
                if inner.hasPrefix("http") { out.append(contentsOf: inner.unicodeScalars) }
                i = close + 1; continue
            }
            out.append(c)
            i += 1
        }
        return String(out)
    }

    /// `[text](target)` or `[text][ref]` starting at `i`: the text range and the index after it.
    static func link(_ a: [Unicode.Scalar], at i: Int) -> (Range<Int>, Int)? {
        // Bounded search: unclosed brackets in a huge line must not make this quadratic.
        let limit = min(a.count, i + 2000)
        var depth = 0
        var j = i
        while j < limit {
            if a[j] == "[" { depth += 1 } else if a[j] == "]" { depth -= 1; if depth == 0 { break } }
            j += 1
        }
        guard j < limit, j + 1 < a.count else { return nil }
        let open = a[j + 1]
        guard open == "(" || open == "[" else { return nil }
        let closeChar: Unicode.Scalar = open == "(" ? ")" : "]"
        var k = j + 2, d = 1
        while k < min(a.count, j + 2000) {
            if a[k] == open { d += 1 } else if a[k] == closeChar { d -= 1; if d == 0 { break } }
            k += 1
        }
        guard k < min(a.count, j + 2000) else { return nil }
        return ((i + 1)..<j, k + 1)
    }
}

extension StringProtocol {
    func trimmingCharacters(_ c: Character) -> Substring {
        var s = Substring(self)
        while s.first == c { s = s.dropFirst() }
        while s.last == c { s = s.dropLast() }
        return s
    }
}
