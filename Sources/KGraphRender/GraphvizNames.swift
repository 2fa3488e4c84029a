internal import CGraphviz

/// The names Graphviz knows a diagram's graph and nodes by, and the way back to the real ones.
///
/// Real ids never reach cgraph as names: a name starting with `%` is taken for one of
/// cgraph's anonymous objects and crashed the neato, fdp, sfdp and twopi layouts with
/// `free(): invalid pointer` (issue 14, item 1). Nodes are named `n0`, `n1`, ... in node
/// order and the graph `G`; the real ids stay on kgraph's side. Where Graphviz writes names
/// itself (DOT, and `<title>`s and comments of its SVG device) they are put back, with
/// Graphviz's own quoting and escaping, so the output is what the real names would give.
struct GraphvizNames {
    static let graphName = "G"

    /// The real graph name (after ``AttributeText/clean(_:)``).
    let graph: String
    /// Real node ids, indexed by the number in their internal name.
    let nodes: [String]

    /// The internal name of the node at `index` in node order.
    static func node(_ index: Int) -> String { "n\(index)" }

    /// The real name behind an internal one, or nil if `name` is not one.
    func real(_ name: some Collection<UInt8>) -> String? {
        if name.elementsEqual(Self.graphName.utf8) { return graph }
        guard name.count >= 2, name.first == UInt8(ascii: "n") else { return nil }
        var index = 0
        for (k, b) in name.dropFirst().enumerated() {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b), !(k == 0 && b == UInt8(ascii: "0") && name.count > 2) else { return nil }
            index = index * 10 + Int(b - UInt8(ascii: "0"))
            if index >= nodes.count { return nil }
        }
        return nodes[index]
    }

    /// Graphviz SVG with the real names in `<title>`s and comments (titles name the graph,
    /// a node, or an edge as `tail->head`). Call under the renderer's lock (Graphviz's XML
    /// escaper has one static buffer).
    func restoringSVG(_ svg: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(svg.count + svg.count / 16)
        var i = 0
        let open = Array("<title>".utf8), close = Array("</title>".utf8)
        let commentOpen = Array("<!-- ".utf8), commentClose = Array(" -->".utf8)
        let titleOpen = Array("<!-- Title: ".utf8), titleClose = Array(" Pages: ".utf8)
        while i < svg.count {
            // Graphviz escapes every `<` of names and labels, so these markers are its own.
            var matched = false
            for (start, end) in [(open, close), (titleOpen, titleClose), (commentOpen, commentClose)] where svg.starts(with: start, at: i) {
                guard let stop = svg.firstIndex(of: end, from: i + start.count) else { break }
                out += start
                out += restoredTitle(svg[(i + start.count)..<stop]) ?? Array(svg[(i + start.count)..<stop])
                i = stop
                matched = true
                break
            }
            if !matched { out.append(svg[i]); i += 1 }
        }
        return out
    }

    /// A title or comment of internal names (`n3`, `G`, `n3&#45;&gt;n4`) with real names,
    /// escaped as Graphviz escapes them; nil for anything else.
    private func restoredTitle(_ text: ArraySlice<UInt8>) -> [UInt8]? {
        if let name = real(text) { return Self.xml(name) }
        for arrow in ["&#45;&gt;", "&#45;&#45;"] {
            let a = Array(arrow.utf8)
            guard let at = text.firstIndex(of: a, from: text.startIndex),
                  let tail = real(text[text.startIndex..<at]), let head = real(text[(at + a.count)...]) else { continue }
            return Self.xml(tail + (arrow.hasSuffix("&gt;") ? "->" : "--") + head)
        }
        return nil
    }

    private static func xml(_ s: String) -> [UInt8] {
        withMutableCString(s) { name in
            let escaped = xml_string(name)!
            return Array(UnsafeRawBufferPointer(start: escaped, count: strlen(escaped)))
        }
    }

    /// Canonical DOT (Graphviz's `canon` output) with the real names, quoted as Graphviz
    /// quotes them. Only names in node and graph position are replaced: identifiers outside
    /// attribute lists that are not keywords or attribute names. Quoted and HTML strings are
    /// copied as they are. Call under the renderer's lock (`agcanonStr` has one static buffer).
    func restoringDOT(_ dot: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(dot.count + dot.count / 16)
        var i = 0, depth = 0
        var previous: UInt8 = 0  // the last byte that is not white space
        while i < dot.count {
            let c = dot[i]
            if c == UInt8(ascii: "\"") {
                var k = i + 1
                while k < dot.count, dot[k] != UInt8(ascii: "\"") { k += dot[k] == UInt8(ascii: "\\") ? 2 : 1 }
                k = min(k + 1, dot.count)
                out += dot[i..<k]
                i = k
                previous = c
            } else if c == UInt8(ascii: "<") {
                var k = i, nesting = 0
                repeat {
                    if dot[k] == UInt8(ascii: "<") { nesting += 1 } else if dot[k] == UInt8(ascii: ">") { nesting -= 1 }
                    k += 1
                } while k < dot.count && nesting > 0
                out += dot[i..<k]
                i = k
                previous = UInt8(ascii: ">")
            } else if Self.isIDByte(c) {
                var k = i
                while k < dot.count, Self.isIDByte(dot[k]) { k += 1 }
                var next = k
                while next < dot.count, dot[next] == 0x20 || dot[next] == 0x09 || dot[next] == 0x0A { next += 1 }
                let isAttributeName = next < dot.count && dot[next] == UInt8(ascii: "=")
                if depth == 0, !isAttributeName, previous != UInt8(ascii: "="), let name = real(dot[i..<k]) {
                    out += withMutableCString(name) { p in
                        let canon = agcanonStr(p)!
                        return Array(UnsafeRawBufferPointer(start: canon, count: strlen(canon)))
                    }
                } else {
                    out += dot[i..<k]
                }
                i = k
                previous = c
            } else {
                if c == UInt8(ascii: "[") { depth += 1 } else if c == UInt8(ascii: "]") { depth = max(0, depth - 1) }
                out.append(c)
                i += 1
                if c != 0x20 && c != 0x09 && c != 0x0A { previous = c }
            }
        }
        return out
    }

    /// Bytes of DOT identifiers and numerals (keywords never clash: internal names are `n<k>` and `G`).
    private static func isIDByte(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), UInt8(ascii: "."), 0x80...0xFF:
            return true
        default:
            return false
        }
    }
}

private extension Array where Element == UInt8 {
    func starts(with prefix: [UInt8], at i: Int) -> Bool {
        i + prefix.count <= count && self[i..<(i + prefix.count)].elementsEqual(prefix)
    }

    func firstIndex(of needle: [UInt8], from start: Int) -> Int? {
        self[start...].firstIndex(of: needle, from: start)
    }
}

private extension ArraySlice where Element == UInt8 {
    func firstIndex(of needle: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, needle.count <= endIndex - start else { return nil }
        var k = start
        while k + needle.count <= endIndex {
            if self[k] == needle[0], self[k..<(k + needle.count)].elementsEqual(needle) { return k }
            k += 1
        }
        return nil
    }
}
