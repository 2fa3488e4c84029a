/// Estimated text widths in Helvetica (Arial has the same advance widths), for the parts of
/// an SVG that this package lays out itself: the title and the legend.
package enum TextWidths {
    /// Advance widths of ASCII 32...126 in thousandths of the font size (the font's published
    /// metrics).
    private static let ascii: [UInt16] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // space ... /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  // 0 ... ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  // @ ... O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  // P ... _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  // ` ... o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,  // p ... ~
    ]

    /// The width of `text` in points at `fontSize`: other Latin, Greek and Cyrillic letters count
    /// as an average letter, East Asian ones as a full em.
    package static func width(_ text: String, fontSize: Double) -> Double {
        Double(text.unicodeScalars.reduce(0) { $0 + thousandths($1) }) * fontSize / 1000
    }

    /// One character's advance width in thousandths of the font size.
    static func thousandths(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 32 && v <= 126 { return Int(ascii[Int(v) - 32]) }
        if v < 0x1100 { return 556 }
        if (0x1100...0x11FF).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFF60).contains(v) || v >= 0x20000 {
            return 1000
        }
        return 600
    }

    /// `text` with every non-ASCII character replaced by ASCII letters of about its width.
    ///
    /// Graphviz's builtin text measurement sums a width per byte, so a Cyrillic or Chinese
    /// label (two or three bytes a character) got a box two or three times too wide. The SVG
    /// writer draws labels itself, so Graphviz lays out this stand-in instead, which its tables
    /// measure right, and the SVG shows the real text.
    static func layoutStandIn(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard scalar.value >= 0x80 else { out.append(scalar); continue }
            // Letters of known width (m, n, r, t, i), the widest that fits (with half the
            // narrowest to spare) first.
            var rest = thousandths(scalar)
            while rest > 111 {
                guard let (letter, width) = standInLetters.first(where: { $0.1 <= rest + 111 }) else { break }
                out.append(letter)
                rest -= width
            }
        }
        return String(out)
    }

    private static let standInLetters: [(Unicode.Scalar, Int)] = [("m", 833), ("n", 556), ("r", 333), ("t", 278), ("i", 222)]
}
