import Testing
@testable import KGraphIngest

/// Random mixtures of tricky fragments never crash any reader, and sentence offsets always
/// point at the sentence text.
@Suite struct FuzzTests {
    /// A small deterministic generator (SplitMix64) so failures reproduce.
    struct Rng {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ a: [T]) -> T { a[Int(next() % UInt64(a.count))] }
    }

    static let fragments = [
        "<p>", "</p>", "<div class=\"share\">", "</div>", "<article>", "<h1>", "</h1>", "<!--", "-->", "<script>", "</script>",
        "&amp;", "&#x2019;", "&#99999999;", "&", "<", ">", "\"", "“", "”", "…", "...", ". ", "? ", "! ", "U.S.", "Dr.", "S.",
        "\n", "\n\n", "  ", "\t", "# ", "- ", "1. ", "[link](", ")", "![", "**", "_", "`", "```", "{\"text\":", "}",
        "Minister", "said", "the", "talks", "Click to comment", "©", "2024", "é", "\u{FEFF}", "\r\n", "|", ":", "(", "A",
    ]

    @Test func randomInputsNeverCrash() {
        var rng = Rng(state: 42)
        for round in 0..<400 {
            var s = ""
            for _ in 0..<Int(rng.next() % 60) { s += rng.pick(Self.fragments) }
            let format: ArticleFormat? = [.text, .markdown, .html, .jsonLines, nil][round % 5]
            if let arts = try? ArticleReader.read(bytes: Array(s.utf8), id: "f", format: format) {
                for a in arts {
                    let scalars = Array(a.text.unicodeScalars)
                    for sentence in SentenceSplitter.split(a.text) {
                        #expect(String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end])) == sentence.text)
                    }
                }
            }
            let scalars = Array(s.unicodeScalars)
            for sentence in SentenceSplitter.split(s) {
                #expect(String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end])) == sentence.text)
            }
        }
    }

    @Test func randomBytesAreRefusedOrRead() {
        var rng = Rng(state: 7)
        for _ in 0..<200 {
            let bytes = (0..<Int(rng.next() % 300)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            do {
                _ = try ArticleReader.read(bytes: bytes, id: "r", format: nil)
            } catch {
                // Only the documented errors may come out.
                switch error {
                case .binary, .empty, .malformedLine: break
                case .unreadable: Issue.record("unexpected unreadable for in-memory bytes")
                }
            }
        }
    }
}
