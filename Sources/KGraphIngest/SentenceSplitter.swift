/// Splits article text into sentences. (Interim version: the ingestion work replaces it.)
public enum SentenceSplitter {
    public static func split(_ text: String) -> [Sentence] {
        let scalars = Array(text.unicodeScalars)
        var out: [Sentence] = []
        var start = 0, paragraph = 0
        var i = 0
        func emit(_ end: Int) {
            var s = start, e = end
            while s < e, scalars[s].properties.isWhitespace { s += 1 }
            while e > s, scalars[e - 1].properties.isWhitespace { e -= 1 }
            if e > s {
                out.append(Sentence(index: out.count, start: s, end: e,
                                    text: String(String.UnicodeScalarView(scalars[s..<e])), paragraph: paragraph))
            }
            start = end
        }
        while i < scalars.count {
            let c = scalars[i]
            if c == "\n", i + 1 < scalars.count, scalars[i + 1] == "\n" {
                emit(i); paragraph += 1; i += 2; continue
            }
            if c == "." || c == "!" || c == "?", i + 1 < scalars.count, scalars[i + 1] == " " {
                emit(i + 1)
            }
            i += 1
        }
        emit(scalars.count)
        return out
    }
}
