/// Sentence-level trimming: a content paragraph that runs into page furniture ("Sign up for
/// our newsletter", "© 2024 ...") keeps its prose and loses the furniture.
extension Boilerplate {
    /// Drops furniture sentences (and the short lead-ins around them) from the start and end
    /// of a block, so a content paragraph that runs into "Sign up for our newsletter" keeps its prose.
    static func trimFurnitureSentences(_ text: String) -> String {
        let sentences = roughSentences(text)
        guard sentences.count >= 2 else { return text }
        var furniture: [Bool] = [], weak: [Bool] = []
        var any = false
        for s in sentences {
            let ws = scanWords(s)
            // One furniture phrase in a longer sentence needs an imperative UI verb in front to count.
            let hits = phraseHits(ws)
            let f = hits >= 2 || hits == 1 && (ws.count <= 12 || uiVerbKeys.contains(ws[0].key))
                || startsWithOpener(ws) && ws.count <= 25 || ws.contains(where: \.copyright)
            furniture.append(f)
            weak.append(ws.count <= 8)
            any = any || f
        }
        guard any else { return text }
        var end = sentences.count
        var j = end - 1, saw = false
        while j >= 0, furniture[j] || weak[j] { if furniture[j] { saw = true }; j -= 1 }
        if saw { end = j + 1 }
        var start = 0
        var k = 0
        saw = false
        while k < end, furniture[k] || weak[k] { if furniture[k] { saw = true }; k += 1 }
        if saw { start = k }
        // Keep the lead-in before content when it held no furniture after all.
        guard start > 0 || end < sentences.count else { return text }
        if start >= end { return "" }
        // A little text wedged between furniture on both sides is furniture too.
        if start > 0, end < sentences.count, end - start <= 2 { return "" }
        return sentences[start..<end].joined(separator: " ")
    }

    /// Quick sentence cut for furniture trimming: a stop, then space, then an uppercase letter
    /// or a quote; also " | " separators. Abbreviation-blind on purpose (except single
    /// capital initials): it only needs to find where furniture begins.
    static func roughSentences(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { b in
            var out: [String] = []
            var start = 0
            let n = b.count
            func emit(_ s0: Int, _ e0: Int) {
                var s = s0, e = e0
                while s < e, b[s] == 0x20 || b[s] == 0x0A { s += 1 }
                while e > s, b[e - 1] == 0x20 || b[e - 1] == 0x0A { e -= 1 }
                if e > s { out.append(String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self)) }
            }
            var i = 0
            while i < n {
                let c = b[i]
                if c == 0x7C, i > 0, b[i - 1] == 0x20 { emit(start, i); start = i + 1; i += 1; continue }
                if c == 0x2E || c == 0x21 || c == 0x3F {
                    var j = i + 1
                    while j < n {
                        if b[j] == 0x22 || b[j] == 0x27 || b[j] == 0x29 { j += 1; continue }
                        if b[j] == 0xE2, j + 2 < n, b[j + 1] == 0x80, b[j + 2] == 0x9D || b[j + 2] == 0x99 { j += 3; continue }
                        break
                    }
                    if j < n, b[j] == 0x20 || b[j] == 0x0A {
                        var k = j
                        while k < n, b[k] == 0x20 || b[k] == 0x0A { k += 1 }
                        let initial = i >= 1 && b[i - 1] >= 65 && b[i - 1] <= 90 && (i < 2 || !UTF8Scan.isLetterAt(b, UTF8Scan.previousStart(b, i - 1)))
                        if k < n, !initial {
                            let d = b[k]
                            let opener = d == 0x22 || d == 0x28 || (d == 0xE2 && k + 2 < n && b[k + 1] == 0x80 && (b[k + 2] == 0x9C || b[k + 2] == 0x98))
                                || (d == 0xC2 && k + 1 < n && b[k + 1] == 0xA9)
                            if opener || UTF8Scan.isUpperAt(b, k) {
                                emit(start, j); start = k; i = k; continue
                            }
                        }
                    }
                }
                i += 1
            }
            emit(start, n)
            return out
        }
    }
}
