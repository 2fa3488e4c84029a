/// The article's text of a span, as names and mentions show it.
extension RecognizerRun {
    /// The article text of pieces `lo..<hi`, whitespace collapsed.
    func text(_ s: Int, _ lo: Int, _ hi: Int) -> String {
        spanText(pieces[s][lo].start, pieces[s][hi - 1].end)
    }

    /// The article text of scalars `start..<end`: whitespace runs as one space, none leading,
    /// soft hyphens dropped.
    func spanText(_ start: Int, _ end: Int) -> String {
        if scalars[start..<end].allSatisfy({ $0.isASCII }) { return asciiSpanText(start, end) }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(end - start)
        var space = false
        for u in scalars[start..<end] {
            if u.value < 0x80 ? u.value == 0x20 || u.value &- 9 < 5 : u.properties.isWhitespace { space = true; continue }
            if u == "\u{AD}" { continue }  // soft hyphen
            if space && !out.isEmpty { out.append(" ") }
            space = false
            out.append(u)
        }
        return Tokenized.string(out)
    }

    /// ``spanText(_:_:)`` of an ASCII span, written as bytes straight into the string (the
    /// same text: whitespace runs become one space, none leads).
    private func asciiSpanText(_ start: Int, _ end: Int) -> String {
        String(unsafeUninitializedCapacity: end - start) { buf in
            var n = 0, space = false
            for k in start..<end {
                let v = scalars[k].value
                if v == 0x20 || v &- 9 < 5 { space = true; continue }
                if space && n > 0 { buf[n] = 0x20; n += 1 }
                space = false
                buf[n] = UInt8(truncatingIfNeeded: v)
                n += 1
            }
            return n
        }
    }
}
