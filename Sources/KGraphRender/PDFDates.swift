/// Makes cairo's PDF output reproducible: cairo stamps `/CreationDate (D:…)` (and possibly
/// `/ModDate`) with the current time. The dates are overwritten in place with the epoch, digit
/// for digit, so every byte offset in the cross-reference table stays valid.
enum PDFDates {
    static func normalize(_ pdf: [UInt8]) -> [UInt8] {
        var out = pdf
        for key in ["/CreationDate (D:", "/ModDate (D:"] {
            let pattern = Array(key.utf8)
            var i = 0
            while let start = find(pattern, in: out, from: i) {
                var j = start + pattern.count
                let epoch = Array("19700101000000".utf8)
                var k = 0
                // Digits become the epoch (then zeros); the time zone marks stay where they are.
                while j < out.count, out[j] != UInt8(ascii: ")"), j - start < 64 {
                    if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(out[j]) {
                        out[j] = k < epoch.count ? epoch[k] : UInt8(ascii: "0")
                        k += 1
                    } else if out[j] == UInt8(ascii: "+") || out[j] == UInt8(ascii: "-") {
                        out[j] = UInt8(ascii: "+")
                    }
                    j += 1
                }
                i = j
            }
        }
        return out
    }

    private static func find(_ pattern: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard !pattern.isEmpty, bytes.count >= pattern.count, from <= bytes.count - pattern.count else { return nil }
        var i = from
        while i <= bytes.count - pattern.count {
            if bytes[i] == pattern[0] && Array(bytes[i..<(i + pattern.count)]) == pattern { return i }
            i += 1
        }
        return nil
    }
}
