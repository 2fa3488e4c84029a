import Foundation

/// Turns labels into node ids: lowercase ASCII words joined by `-`.
public enum Slug {
    /// "S. Jaishankar" -> "s-jaishankar", "François-Xavier" -> "francois-xavier",
    /// "People's Daily" -> "peoples-daily". Never empty.
    public static func make(_ label: String) -> String {
        if let ascii = makeASCII(label) { return ascii }
        var out = ""
        var pendingDash = false
        for scalar in label.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2018}" { continue }
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(Unicode.Scalar(UInt8(ascii: scalar) | (scalar.properties.isUppercase ? 0x20 : 0)))
            } else if scalar == "&" {
                if !out.isEmpty { out += "-and" }
                pendingDash = true
            } else if !scalar.isASCII && scalar.properties.isAlphabetic {
                // Non-Latin letters are kept as they are rather than dropped, so ids stay distinct.
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? "node" : out
    }

    /// ``make(_:)`` of an ASCII label, on bytes (ASCII has no decompositions or marks, so the
    /// result is the same), or nil when the label has other characters.
    private static func makeASCII(_ label: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(label.utf8.count + 4)
        var pendingDash = false
        for b in label.utf8 {
            guard b < 0x80 else { return nil }
            if b == UInt8(ascii: "'") { continue }
            let lower = b | 0x20
            if (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) {
                if pendingDash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingDash = false
                out.append(b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") ? b : lower)
            } else if b == UInt8(ascii: "&") {
                if !out.isEmpty { out.append(contentsOf: "-and".utf8) }
                pendingDash = true
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? "node" : String(decoding: out, as: UTF8.self)
    }
}

private extension UInt8 {
    init(ascii scalar: Unicode.Scalar) { self = UInt8(truncatingIfNeeded: scalar.value) }
}
