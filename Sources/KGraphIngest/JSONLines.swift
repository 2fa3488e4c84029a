/// A small, strict JSON reader for JSON Lines corpora: each line one object; string fields
/// are decoded, other values are validated and skipped. Works on UTF-8 bytes for speed.
enum JSONLines {
    struct LineError: Error { var reason: String }

    /// The string-valued fields of the object in `b[start..<end]`.
    static func object(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) throws(LineError) -> [String: String] {
        var p = Parser(b: b, i: start, end: end)
        p.skipSpace()
        guard p.i < end, b[p.i] == UInt8(ascii: "{") else { throw LineError(reason: "expected a JSON object") }
        p.i += 1
        var out: [String: String] = [:]
        p.skipSpace()
        if p.i < end, b[p.i] == UInt8(ascii: "}") { p.i += 1 } else {
            while true {
                p.skipSpace()
                guard p.i < end, b[p.i] == UInt8(ascii: "\"") else { throw LineError(reason: "expected a field name") }
                let key = try p.string()
                p.skipSpace()
                guard p.i < end, b[p.i] == UInt8(ascii: ":") else { throw LineError(reason: "expected ':' after \"\(key)\"") }
                p.i += 1
                p.skipSpace()
                if p.i < end, b[p.i] == UInt8(ascii: "\"") {
                    out[key] = try p.string()
                } else {
                    // Numbers are kept as written (a numeric "id"); other values are validated and skipped.
                    let valueStart = p.i
                    try p.skipValue(depth: 0)
                    let c = b[valueStart]
                    if c == UInt8(ascii: "-") || (c >= 48 && c <= 57) {
                        out[key] = String(decoding: UnsafeBufferPointer(rebasing: b[valueStart..<p.i]), as: UTF8.self)
                    }
                }
                p.skipSpace()
                guard p.i < end else { throw LineError(reason: "unterminated object") }
                if b[p.i] == UInt8(ascii: ",") { p.i += 1; continue }
                if b[p.i] == UInt8(ascii: "}") { p.i += 1; break }
                throw LineError(reason: "expected ',' or '}'")
            }
        }
        p.skipSpace()
        guard p.i == end else { throw LineError(reason: "unexpected text after the object") }
        return out
    }

    struct Parser {
        let b: UnsafeBufferPointer<UInt8>
        var i: Int
        let end: Int

        mutating func skipSpace() {
            while i < end, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0D || b[i] == 0x0A { i += 1 }
        }

        mutating func string() throws(LineError) -> String {
            i += 1
            let start = i
            // Fast path: no escapes.
            while i < end, b[i] != UInt8(ascii: "\""), b[i] != UInt8(ascii: "\\") {
                if b[i] < 0x20 { throw LineError(reason: "control character in string") }
                i += 1
            }
            guard i < end else { throw LineError(reason: "unterminated string") }
            if b[i] == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
                i += 1
                return s
            }
            var bytes = Array(b[start..<i])
            bytes.reserveCapacity(end - start)
            while i < end {
                let c = b[i]
                if c == UInt8(ascii: "\"") { i += 1; return String(decoding: bytes, as: UTF8.self) }
                if c < 0x20 { throw LineError(reason: "control character in string") }
                if c != UInt8(ascii: "\\") {
                    // Copy the run up to the next quote, escape or control byte at once.
                    var j = i + 1
                    while j < end, b[j] != UInt8(ascii: "\""), b[j] != UInt8(ascii: "\\"), b[j] >= 0x20 { j += 1 }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<j]))
                    i = j
                    continue
                }
                i += 1
                guard i < end else { break }
                let e = b[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""): bytes.append(0x22)
                case UInt8(ascii: "\\"): bytes.append(0x5C)
                case UInt8(ascii: "/"): bytes.append(0x2F)
                case UInt8(ascii: "b"): bytes.append(0x08)
                case UInt8(ascii: "f"): bytes.append(0x0C)
                case UInt8(ascii: "n"): bytes.append(0x0A)
                case UInt8(ascii: "r"): bytes.append(0x0D)
                case UInt8(ascii: "t"): bytes.append(0x09)
                case UInt8(ascii: "u"):
                    var v = try hex4()
                    if v >= 0xD800, v < 0xDC00, i + 1 < end, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u") {
                        i += 2
                        let lo = try hex4()
                        if lo >= 0xDC00, lo < 0xE000 { v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00) } else { v = 0xFFFD }
                    }
                    let s = Unicode.Scalar(v) ?? "\u{FFFD}"
                    bytes.append(contentsOf: Array(String(s).utf8))
                default: throw LineError(reason: "bad escape in string")
                }
            }
            throw LineError(reason: "unterminated string")
        }

        mutating func hex4() throws(LineError) -> UInt32 {
            guard i + 4 <= end else { throw LineError(reason: "bad \\u escape") }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let c = UInt32(b[i])
                if c >= 48 && c <= 57 { v = v * 16 + c - 48 }
                else if (c | 0x20) >= 97 && (c | 0x20) <= 102 { v = v * 16 + (c | 0x20) - 87 }
                else { throw LineError(reason: "bad \\u escape") }
                i += 1
            }
            return v
        }

        mutating func skipValue(depth: Int) throws(LineError) {
            guard depth < 256 else { throw LineError(reason: "nesting too deep") }
            skipSpace()
            guard i < end else { throw LineError(reason: "missing value") }
            switch b[i] {
            case UInt8(ascii: "\""): _ = try string()
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let close = b[i] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                let isObject = close == UInt8(ascii: "}")
                i += 1
                skipSpace()
                if i < end, b[i] == close { i += 1; return }
                while true {
                    skipSpace()
                    if isObject {
                        guard i < end, b[i] == UInt8(ascii: "\"") else { throw LineError(reason: "expected a field name") }
                        _ = try string()
                        skipSpace()
                        guard i < end, b[i] == UInt8(ascii: ":") else { throw LineError(reason: "expected ':'") }
                        i += 1
                    }
                    try skipValue(depth: depth + 1)
                    skipSpace()
                    guard i < end else { throw LineError(reason: "unterminated value") }
                    if b[i] == UInt8(ascii: ",") { i += 1; continue }
                    if b[i] == close { i += 1; return }
                    throw LineError(reason: "expected ',' or closing bracket")
                }
            default:
                let start = i
                while i < end, b[i] != UInt8(ascii: ","), b[i] != UInt8(ascii: "}"), b[i] != UInt8(ascii: "]"),
                      b[i] != 0x20, b[i] != 0x09, b[i] != 0x0A, b[i] != 0x0D { i += 1 }
                let word = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
                if word == "true" || word == "false" || word == "null" { return }
                if Double(word) != nil, let f = word.first, f == "-" || f.isNumber { return }
                throw LineError(reason: "invalid JSON value '\(word.prefix(20))'")
            }
        }
    }
}
