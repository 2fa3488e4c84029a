/// Estimated text widths, for the parts of an SVG that this package lays out itself (the title
/// and the legend) and for the boxes Graphviz sizes around labels: the wider of Helvetica
/// (Arial has the same advance widths) and DejaVu Sans, the usual fallback where neither
/// Helvetica nor Arial is installed (about 12% wider), so text fits its box in either.
public enum TextWidths {
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

    /// DejaVu Sans's advance widths of ASCII 32...126 in thousandths of the font size (the
    /// font's hmtx table, 2048 units to the em).
    private static let dejaVuASCII: [UInt16] = [
        318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,  // space ... /
        636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,  // 0 ... ?
        1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,  // @ ... O
        603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,  // P ... _
        500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,  // ` ... o
        635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,  // p ... ~
    ]

    /// The width of `text` in points at `fontSize`, the wider of Helvetica and DejaVu Sans:
    /// other Latin, Greek and Cyrillic letters count as an average letter, East Asian ones as
    /// a full em.
    public static func width(_ text: String, fontSize: Double) -> Double {
        var helvetica = 0, dejaVu = 0
        for scalar in text.unicodeScalars {
            helvetica += thousandths(scalar)
            dejaVu += dejaVuThousandths(scalar)
        }
        return Double(max(helvetica, dejaVu)) * fontSize / 1000
    }

    /// One character's advance width in DejaVu Sans, in thousandths of the font size.
    static func dejaVuThousandths(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 32 && v <= 126 { return Int(dejaVuASCII[Int(v) - 32]) }
        if v < 0x400 { return 640 }
        if v < 0x1100 { return 720 }
        return thousandths(scalar)
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

    /// The node `margin` (inches, "x,y") that makes a box fit `label` at `fontSize` in the
    /// wider of Helvetica and DejaVu Sans: Graphviz sizes boxes by Helvetica widths (its
    /// builtin tables, or the installed Helvetica or Arial), and a browser falling back to
    /// DejaVu Sans draws the text about 12% wider. The horizontal margin grows by half the
    /// difference of the widest line; Graphviz then fits each shape around it as usual.
    public static func nodeMargin(forLabel label: String, fontSize: Double = 11, base: (x: Double, y: Double) = (0.16, 0.06)) -> String {
        var extra = 0.0
        for line in label.split(separator: "\n") {
            let helvetica = Double(line.unicodeScalars.reduce(0) { $0 + thousandths($1) }) * fontSize / 1000
            extra = max(extra, width(String(line), fontSize: fontSize) - helvetica)
        }
        // Hundredths of an inch, rounded up: same label, same bytes.
        let x = ((base.x + extra / 144) * 100).rounded(.up) / 100
        func text(_ v: Double) -> String {
            let h = Int((v * 100).rounded())
            return "\(h / 100)." + (h % 100 < 10 ? "0" : "") + "\(h % 100)"
        }
        return text(x) + "," + text(base.y)
    }

    private static let standInLetters: [(Unicode.Scalar, Int)] = [("m", 833), ("n", 556), ("r", 333), ("t", 278), ("i", 222)]
}
