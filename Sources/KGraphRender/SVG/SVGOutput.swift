/// The bytes of an SVG document being written: numbers in Graphviz's style (at most two
/// decimals, no trailing zeros) and XML-escaped text, appended without intermediate strings.
struct SVGOutput {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Text that is already safe (ASCII names, colours checked by ``SVGPaint``).
    mutating func raw(_ s: String) {
        bytes.append(contentsOf: s.utf8)
    }

    /// `v` rounded to hundredths: `12`, `12.5`, `-0.25`.
    mutating func number(_ v: Double) {
        guard v.isFinite, abs(v) < 1e15 else { bytes.append(UInt8(ascii: "0")); return }
        var hundredths = Int((abs(v) * 100).rounded())
        if v < 0 && hundredths != 0 { bytes.append(UInt8(ascii: "-")) }
        let fraction = hundredths % 100
        hundredths /= 100
        integer(hundredths)
        if fraction != 0 {
            bytes.append(UInt8(ascii: "."))
            bytes.append(UInt8(ascii: "0") + UInt8(fraction / 10))
            if fraction % 10 != 0 { bytes.append(UInt8(ascii: "0") + UInt8(fraction % 10)) }
        }
    }

    /// A non-negative integer's digits, written in place from the last one.
    mutating func integer(_ n: Int) {
        var digits = 1, rest = n / 10
        while rest > 0 { digits += 1; rest /= 10 }
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: digits))
        var value = n
        bytes.withUnsafeMutableBufferPointer { buffer in
            var i = start + digits - 1
            repeat {
                buffer[i] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
                i -= 1
            } while value > 0
        }
    }

    /// `x,y`
    mutating func point(_ x: Double, _ y: Double) {
        number(x)
        bytes.append(UInt8(ascii: ","))
        number(y)
    }

    /// `text` escaped for XML character data or a double-quoted attribute: the five specials
    /// as entities, characters XML cannot carry replaced by a space (as
    /// ``AttributeText/clean(_:)`` does). In attributes a newline is written `&#10;` so it
    /// survives attribute normalization; in text content a space after a space is a no-break
    /// space, so runs of spaces show. Runs of ordinary bytes are copied in one go.
    mutating func text(_ text: String, attribute: Bool) {
        var text = text
        text.withUTF8 { s in
            let n = s.count
            var i = 0, run = 0
            while i < n {
                let b = s[i]
                let replacement: StaticString?
                var width = 1
                switch b {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                case 0x0A: replacement = attribute ? "&#10;" : nil
                case 0x09: replacement = attribute ? "&#9;" : nil
                case 0x0D:
                    // CRLF or CR: one newline.
                    if i + 1 < n && s[i + 1] == 0x0A { width = 2 }
                    replacement = attribute ? "&#10;" : "\n"
                case 0x20 where !attribute && i > 0 && s[i - 1] == 0x20: replacement = "&#160;"
                case 0x00...0x1F, 0x7F: replacement = " "
                case 0xC2 where i + 1 < n && (0x80...0x9F).contains(s[i + 1]):
                    replacement = " "; width = 2
                case 0xEF where i + 2 < n && s[i + 1] == 0xBF && (s[i + 2] == 0xBE || s[i + 2] == 0xBF):
                    replacement = " "; width = 3
                default: replacement = nil
                }
                guard let replacement else { i += 1; continue }
                if i > run { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: s[run..<i])) }
                raw(replacement)
                i += width
                run = i
            }
            if n > run { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: s[run..<n])) }
        }
    }

    /// ` name="value"` with `value` escaped.
    mutating func attribute(_ name: StaticString, _ value: String) {
        raw(" ")
        raw(name)
        raw("=\"")
        text(value, attribute: true)
        raw("\"")
    }

    /// ` name="number"`
    mutating func attribute(_ name: StaticString, _ value: Double) {
        raw(" ")
        raw(name)
        raw("=\"")
        number(value)
        raw("\"")
    }
}
