/// Plain text to blocks: blank lines separate paragraphs. Scraped pages often come as one
/// huge line where runs of spaces or tabs mark the former block boundaries; such lines are
/// cut there (two spaces count only after a sentence end: inside a sentence they are a typo).
enum PlainText {
    /// A line longer than this (in bytes) with inner whitespace runs is treated as a flattened page.
    static let flattenedLineLength = 300

    static func blocks(_ text: String) -> [TextBlock] {
        var text = text
        return text.withUTF8 { b in
            var blocks: [TextBlock] = []
            let n = b.count
            var i = 0
            while i < n {
                // Skip blank space between paragraphs.
                while i < n, b[i] == 0x0A || UTF8Scan.hspace(b, i) > 0 { i += max(1, UTF8Scan.hspace(b, i)) }
                guard i < n else { break }
                let e = UTF8Scan.paragraphEnd(b, from: i)
                paragraph(b, i, e, into: &blocks)
                i = e
            }
            return blocks
        }
    }

    /// One paragraph; long lines are cut at whitespace runs into separate blocks.
    static func paragraph(_ b: UnsafeBufferPointer<UInt8>, _ ps: Int, _ pe: Int, into blocks: inout [TextBlock]) {
        var pieceStart = ps
        var lineStart = ps
        var k = ps
        func emit(_ s: Int, _ e: Int) {
            let t = UTF8Scan.normalize(b, s, e)
            if !t.isEmpty { blocks.append(TextBlock(text: t)) }
        }
        while k <= pe {
            if k == pe || b[k] == 0x0A {
                if k - lineStart > flattenedLineLength {
                    var m = lineStart
                    while m < k {
                        let h = UTF8Scan.hspace(b, m)
                        if h == 0 { m += 1; continue }
                        let runStart = m
                        var tab = false, spaces = 0
                        while m < k, UTF8Scan.hspace(b, m) > 0 {
                            if b[m] == 0x09 { tab = true }
                            spaces += 1
                            m += UTF8Scan.hspace(b, m)
                        }
                        let prev = runStart > lineStart ? b[runStart - 1] : 0
                        // . ! ? : " | and the last byte of ” ’ (E2 80 9D / 99).
                        let afterStop = prev == 0x2E || prev == 0x21 || prev == 0x3F || prev == 0x3A || prev == 0x22
                            || prev == 0x7C || prev == 0x9D || prev == 0x99
                        if tab || spaces >= 3 || spaces == 2 && afterStop {
                            emit(pieceStart, runStart)
                            pieceStart = m
                        }
                    }
                }
                lineStart = k + 1
            }
            k += 1
        }
        emit(pieceStart, pe)
    }
}
