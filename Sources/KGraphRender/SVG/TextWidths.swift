/// Estimated text widths in Helvetica (Arial has the same advance widths), for the parts of
/// an SVG that this package lays out itself: the title and the legend.
enum TextWidths {
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
    static func width(_ text: String, fontSize: Double) -> Double {
        var thousandths = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v >= 32 && v <= 126 {
                thousandths += Int(ascii[Int(v) - 32])
            } else if v < 0x1100 {
                thousandths += 556
            } else if (0x1100...0x11FF).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                        || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFF60).contains(v) || v >= 0x20000 {
                thousandths += 1000
            } else {
                thousandths += 600
            }
        }
        return Double(thousandths) * fontSize / 1000
    }
}
