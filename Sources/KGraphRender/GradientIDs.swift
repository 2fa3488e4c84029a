/// Graphviz 2.42 numbers SVG gradient ids (`l_0`, `r_0`) from a process-wide counter that
/// never resets, so a gradient fill would make the output depend on what was rendered before.
/// Renumbering them per document, in order of appearance, restores determinism.
enum GradientIDs {
    static func renumber(_ svg: [UInt8]) -> [UInt8] {
        // Almost no diagram has a gradient: a byte search decides without decoding the text.
        guard contains(svg, Array("Gradient id=\"".utf8)) else { return svg }
        let text = String(decoding: svg, as: UTF8.self)
        var mapping: [Substring: String] = [:]
        var next: [Character: Int] = [:]
        let pattern = /(id="|url\(#)([lr])_([0-9]+)/
        let out = text.replacing(pattern) { match in
            let (whole, lead, kind, _) = match.output
            let key = whole.dropFirst(lead.count)
            if mapping[key] == nil {
                let k = Character(String(kind))
                mapping[key] = "\(kind)_\(next[k, default: 0])"
                next[k, default: 0] += 1
            }
            return lead + mapping[key]!
        }
        return Array(out.utf8)
    }

    static func contains(_ bytes: [UInt8], _ pattern: [UInt8]) -> Bool {
        guard let first = pattern.first, bytes.count >= pattern.count else { return false }
        return bytes.withUnsafeBufferPointer { b in
            var i = 0
            let last = b.count - pattern.count
            while i <= last {
                if b[i] == first && b[i..<(i + pattern.count)].elementsEqual(pattern) { return true }
                i += 1
            }
            return false
        }
    }
}
