import Foundation

/// Turns labels into node ids: lowercase ASCII words joined by `-`.
public enum Slug {
    /// "S. Jaishankar" -> "s-jaishankar", "François-Xavier" -> "francois-xavier",
    /// "People's Daily" -> "peoples-daily". Never empty.
    public static func make(_ label: String) -> String {
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
}

private extension UInt8 {
    init(ascii scalar: Unicode.Scalar) { self = UInt8(truncatingIfNeeded: scalar.value) }
}
