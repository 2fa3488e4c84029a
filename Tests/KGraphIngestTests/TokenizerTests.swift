import Foundation
import Testing
@testable import KGraphIngest
import KGraphTestSupport

/// The tokenizer's ASCII fast path must give exactly the tokens of the Unicode-property
/// version it replaced (kept below as the reference).
@Suite struct TokenizerTests {
    enum Reference {
    static func tokens(_ scalars: [Unicode.Scalar], in range: Range<Int>, base: Int = 0) -> [Token] {
        var out: [Token] = []
        var i = range.lowerBound
        let end = range.upperBound
        func isLetter(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic }
        func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
        func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }
        while i < end {
            let s = scalars[i]
            if s.properties.isWhitespace { i += 1; continue }
            let start = i
            if isLetter(s) || isDigit(s) {
                let numeric = isDigit(s)
                i += 1
                while i < end {
                    let c = scalars[i]
                    if isLetter(c) || isDigit(c) || c.properties.generalCategory == .nonspacingMark { i += 1; continue }
                    let next: Unicode.Scalar? = i + 1 < end ? scalars[i + 1] : nil
                    // Inner hyphen or apostrophe inside a word: "non-aligned", "O'Brien" (not the possessive 's).
                    if (c == "-" || c == "\u{2010}" || c == "\u{2011}"), let n = next, isLetter(n) || isDigit(n) { i += 1; continue }
                    if isApostrophe(c), let n = next, isLetter(n),
                       !((n == "s" || n == "S") && (i + 2 >= end || !isLetter(scalars[i + 2]))) { i += 1; continue }
                    // Decimal and thousands separators in numbers: "2,855", "3.5".
                    if numeric, c == "," || c == ".", let n = next, isDigit(n) { i += 1; continue }
                    // Abbreviations with inner periods: "U.S.", "U.S.S.R." — a period followed by a letter and a period.
                    if c == ".", !numeric, i - start <= 2, let n = next, isLetter(n), i + 2 < end, scalars[i + 2] == "." {
                        i += 1; continue
                    }
                    break
                }
                // Keep the final period of an inner-period abbreviation ("U.S." not "U.S").
                if i < end, scalars[i] == ".", i - start >= 3, scalars[start..<i].contains(".") { i += 1 }
                let text = String(String.UnicodeScalarView(scalars[start..<i]))
                out.append(Token(text: text, start: base + start, end: base + i, kind: numeric ? .number : .word))
                continue
            }
            // The possessive clitic "'s" is a token of its own so "Japan's" yields "Japan".
            if isApostrophe(s), i + 1 < end, scalars[i + 1] == "s" || scalars[i + 1] == "S",
               i + 2 >= end || !isLetter(scalars[i + 2]) {
                i += 2
                out.append(Token(text: "'s", start: base + start, end: base + i, kind: .word))
                continue
            }
            i += 1
            let text = isApostrophe(s) ? "'" : String(s)
            out.append(Token(text: text, start: base + start, end: base + i, kind: .punctuation))
        }
        return out
    }

    }

    static func reference(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        return Reference.tokens(scalars, in: 0..<scalars.count)
    }

    @Test func wordsNumbersAbbreviationsAndClitics() {
        let toks = Tokenizer.tokens("The U.S. and India's non-aligned stance cost 2,855.5 rupees, O'Brien said.")
        #expect(toks.map(\.text) == ["The", "U.S.", "and", "India", "'s", "non-aligned", "stance", "cost", "2,855.5",
                                      "rupees", ",", "O'Brien", "said", "."])
        #expect(toks[3].start == 13 && toks[3].end == 18)
        #expect(toks[8].kind == .number && toks[10].kind == .punctuation)
    }

    @Test func nonASCIIMatchesReference() {
        let samples = [
            "Erdoğan met Lula da Silva in São Paulo\u{2019}s café\u{00A0}district.",
            "Zoe\u{0301} and Łukasz\u{2009}spoke\u{3000}in 東京 — then left…",
            "tab\there\u{000B}vt\u{0085}nel\u{1C}fs x\u{2011}y Ä.B.C. 3.5%",
            "Vladi\u{AD}mir said \u{201C}no\u{201D}; ‘quoted’ and it’s fine's",
        ]
        for s in samples { #expect(Tokenizer.tokens(s) == Self.reference(s), "\(s)") }
    }

    static let bulk = SharedCorpus.url("corpus/bulk/articles.jsonl")

    /// Every article of the bulk corpus tokenizes identically (reported as skipped without ../shared).
    @Test(.enabled(if: bulk != nil, "needs ../shared/corpus/bulk beside the package"))
    func bulkCorpusMatchesReference() throws {
        let bulk = try #require(Self.bulk)
        let data = try #require(FileManager.default.contents(atPath: bulk.path))
        let text = String(decoding: data, as: UTF8.self)
        var lines = 0
        for line in text.split(separator: "\n") {
            lines += 1
            guard let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let body = obj["text"] as? String else { continue }
            let a = Tokenizer.tokens(body), b = Self.reference(body)
            #expect(a == b)
            if a != b { break }
        }
        #expect(lines > 0)
    }
}

/// Invisible format characters inside words are removed, not read as spaces.
@Suite struct BlockTextInvisibleTests {
    @Test func softHyphenZeroWidthAndJoinersVanish() {
        #expect(BlockText.normalize("Vladi\u{AD}mir Pu\u{200B}tin\u{2060}s \u{FEFF}visit".unicodeScalars) == "Vladimir Putins visit")
        #expect(BlockText.normalize("a\u{2009}\u{00A0} b\n\n c ".unicodeScalars) == "a b\nc")
    }
}
