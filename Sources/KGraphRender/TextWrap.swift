/// Greedy word wrapping by measured width (``TextWidths``, the wider of Helvetica and DejaVu
/// Sans), for node labels and titles: a reader takes in a few short lines at a glance, and a
/// box 1,900 points wide breaks the drawing.
public enum TextWrap {
    /// Node labels wrap at about this many points at 11 pt (some 28 average letters).
    public static let labelWidth = 160.0

    /// `text` broken into lines of at most `width` points at `fontSize`, at spaces (and after
    /// a hyphen or slash that follows a letter or digit); a word longer than a line is cut. Existing line breaks stay.
    public static func lines(_ text: String, width: Double, fontSize: Double) -> [String] {
        var out: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in words(String(paragraph)) {
                let candidate = line + word
                if line.isEmpty || fits(candidate.trimmingTrailingSpaces, width, fontSize) {
                    line = candidate
                    continue
                }
                out.append(line.trimmingTrailingSpaces)
                line = String(word.drop { $0 == " " })
            }
            // Cut what is still too long (a single long word) at the last letter that fits.
            while !fits(line.trimmingTrailingSpaces, width, fontSize), line.count > 1 {
                var head = ""
                for c in line {
                    if !head.isEmpty && !fits(head + String(c), width, fontSize) { break }
                    head.append(c)
                }
                out.append(head)
                line = String(line.dropFirst(head.count))
            }
            out.append(line.trimmingTrailingSpaces)
        }
        return out
    }

    /// `text` wrapped as ``lines(_:width:fontSize:)``, joined with newlines.
    public static func wrapped(_ text: String, width: Double, fontSize: Double) -> String {
        lines(text, width: width, fontSize: fontSize).joined(separator: "\n")
    }

    private static func fits(_ s: String, _ width: Double, _ fontSize: Double) -> Bool {
        TextWidths.width(s, fontSize: fontSize) <= width
    }

    /// Words with the spaces before them; a hyphen or slash after a letter or digit ends a word too.
    private static func words(_ s: String) -> [String] {
        var out: [String] = [], current = ""
        for c in s {
            if c == " " && !current.isEmpty && current.last != " " {
                out.append(current)
                current = ""
            }
            current.append(c)
            if (c == "-" || c == "/"), let before = current.dropLast().last, before.isLetter || before.isNumber {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
