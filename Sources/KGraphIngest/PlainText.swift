/// Plain text to blocks: blank lines separate paragraphs. Scraped pages often come as one
/// huge line where runs of spaces or tabs mark the former block boundaries; such lines are
/// cut there.
enum PlainText {
    /// A line longer than this with inner whitespace runs is treated as a flattened page.
    static let flattenedLineLength = 300

    static func blocks(_ text: String) -> [TextBlock] {
        let scalars = Array(text.unicodeScalars)
        var blocks: [TextBlock] = []
        var paraStart = 0
        var i = 0
        let n = scalars.count
        func flush(_ end: Int) {
            if end > paraStart { appendParagraph(scalars[paraStart..<end], to: &blocks) }
        }
        while i < n {
            if scalars[i] == "\n" {
                // A blank line (only whitespace between two newlines) ends the paragraph.
                var j = i + 1
                while j < n, scalars[j].isHSpace { j += 1 }
                if j < n, scalars[j] == "\n" {
                    flush(i)
                    while j < n, scalars[j].isAnySpace { j += 1 }
                    paraStart = j
                    i = j
                    continue
                }
            }
            i += 1
        }
        flush(n)
        return blocks
    }

    private static func appendParagraph(_ para: ArraySlice<Unicode.Scalar>, to blocks: inout [TextBlock]) {
        // Split flattened lines at whitespace runs (two or more spaces, or any tab).
        var pieces: [ArraySlice<Unicode.Scalar>] = []
        var lineStart = para.startIndex
        var current: [ArraySlice<Unicode.Scalar>] = []
        var idx = para.startIndex
        func endLine(_ end: Int) {
            let line = para[lineStart..<end]
            if line.count > flattenedLineLength {
                var segStart = line.startIndex
                var k = line.startIndex
                while k < line.endIndex {
                    if line[k].isHSpace {
                        var m = k
                        var tab = false
                        while m < line.endIndex, line[m].isHSpace { if line[m] == "\t" { tab = true }; m += 1 }
                        // Two spaces only count after a sentence end: inside a sentence they are a typo.
                        let afterStop = k > line.startIndex && ".!?:\"”’|".unicodeScalars.contains(line[k - 1])
                        if tab || m - k >= 3 || m - k == 2 && afterStop {
                            if k > segStart { current.append(line[segStart..<k]); pieces.append(contentsOf: flushCurrent(&current)) }
                            segStart = m
                        }
                        k = m
                        continue
                    }
                    k += 1
                }
                if segStart < line.endIndex { current.append(line[segStart..<line.endIndex]) }
            } else {
                current.append(line)
            }
        }
        while idx < para.endIndex {
            if para[idx] == "\n" { endLine(idx); lineStart = idx + 1 }
            idx += 1
        }
        endLine(para.endIndex)
        pieces.append(contentsOf: flushCurrent(&current))
        for p in pieces {
            let t = BlockText.normalize(p)
            if !t.isEmpty { blocks.append(TextBlock(text: t)) }
        }
    }

    /// Joins the pending lines of one piece with newlines.
    private static func flushCurrent(_ current: inout [ArraySlice<Unicode.Scalar>]) -> [ArraySlice<Unicode.Scalar>] {
        defer { current.removeAll() }
        if current.isEmpty { return [] }
        if current.count == 1 { return [current[0]] }
        var joined: [Unicode.Scalar] = []
        for (k, l) in current.enumerated() {
            if k > 0 { joined.append("\n") }
            joined.append(contentsOf: l)
        }
        return [joined[...]]
    }
}
