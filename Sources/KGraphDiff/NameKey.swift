import Foundation

/// Normalizes entity names so surface variants compare equal: case, diacritics,
/// punctuation and spacing are ignored, and a leading "the" is dropped
/// ("the U.S." ~ "US", "Non-alignment" ~ "non alignment", "Türkiye" ~ "Turkiye").
enum NameKey {
    static func make(_ name: String) -> String {
        var words: [String] = []
        var word = ""
        for scalar in name.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            // Apostrophes and dots join rather than split ("People's", "U.S.").
            if scalar == "'" || scalar == "\u{2019}" || scalar == "." { continue }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                word.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        if words.count > 1 && words[0] == "the" { words.removeFirst() }
        return words.joined()
    }
}
