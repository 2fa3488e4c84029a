import KGraphModel

/// Escaping for text placed in HTML (and XHTML: the output is kept well-formed XML).
enum HTMLText {
    /// Escapes `&`, `<`, `>`, `"` and `'`, and replaces characters XML forbids with U+FFFD,
    /// so the result is safe both as element content and inside a quoted attribute.
    static func escape(_ text: String) -> String { XMLEscaping.escaped(text, .html) }

    /// The URL when it is an absolute `http` or `https` URL with a host and no whitespace or
    /// control characters; anything else (`javascript:`, `data:`, relative paths) is not linked.
    static func linkableURL(_ text: String) -> String? {
        let t = text.trimmingSpaces
        let lower = t.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") { rest = t.dropFirst(8) } else if lower.hasPrefix("http://") { rest = t.dropFirst(7) } else { return nil }
        guard let first = rest.first, first != "/", first != "?", first != "#" else { return nil }
        guard !t.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "\\" }) else { return nil }
        return t
    }

    /// Confidence in [0, 1] as two decimals ("0.85"), the same on every platform and locale.
    /// A confidence with two decimals, or as many more (up to four) as it takes not to show a
    /// value below 1 as 1 or above 0 as 0: 0.9984 is "0.998", not "1.00"; 0.99999 is "0.9999".
    static func confidence(_ d: Double) -> String {
        guard d.isFinite else { return "–" }
        let v = min(1, max(0, d))
        for digits in 2...4 {
            let scale = [100.0, 1000.0, 10000.0][digits - 2]
            let n = Int((v * scale).rounded())
            if (n == Int(scale) && v < 1) || (n == 0 && v > 0) {
                if digits < 4 { continue }
                // Still 1 or 0 at four digits: the nearest value that is not.
                return fixed(v < 1 ? Int(scale) - 1 : 1, digits: digits)
            }
            return fixed(n, digits: digits)
        }
        return decimal2(v)
    }

    /// `n` / 10^digits with `digits` decimals, for non-negative `n`.
    private static func fixed(_ n: Int, digits: Int) -> String {
        var frac = String(n % [1, 10, 100, 1000, 10000][digits])
        while frac.count < digits { frac = "0" + frac }
        return "\(n / [1, 10, 100, 1000, 10000][digits]).\(frac)"
    }

    static func decimal2(_ d: Double) -> String {
        guard d.isFinite else { return "–" }
        let hundredths = Int((min(1_000_000, max(-1_000_000, d)) * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let m = abs(hundredths)
        let frac = m % 100
        return "\(sign)\(m / 100).\(frac < 10 ? "0" : "")\(frac)"
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
