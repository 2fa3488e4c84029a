/// Inflected forms of the lexicon's lemmas, computed once so matching is a table lookup
/// (no regexes, no suffix stripping on the hot path).
enum Inflection {
    /// Irregular verb forms by lemma.
    static let irregular: [String: [String]] = WordLists.map("irregularVerbs")
    /// Linking verbs that stand for "be" in phrase entries ("remain", "stay").
    static let copulas: [String] = WordLists.list("copulaVerbs")

    /// Every form of `lemma` as a verb or noun (the lemma itself included).
    static func forms(of lemma: String) -> [String] {
        var out: Set<String> = [lemma]
        if let irr = irregular[lemma] { out.formUnion(irr) }
        guard lemma.count >= 2, lemma.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" }) else {
            return out.sorted()
        }
        let chars = Array(lemma)
        let last = chars[chars.count - 1]
        let prev = chars[chars.count - 2]
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        // -s / -es / -ies
        if lemma.hasSuffix("s") || lemma.hasSuffix("x") || lemma.hasSuffix("z") || lemma.hasSuffix("ch") || lemma.hasSuffix("sh") || lemma.hasSuffix("o") {
            out.insert(lemma + "es")
        } else if last == "y" && !vowels.contains(prev) {
            out.insert(String(chars.dropLast()) + "ies")
        } else {
            out.insert(lemma + "s")
        }
        // -ed / -ing
        if last == "e" {
            out.insert(lemma + "d")
            if lemma.hasSuffix("ie") {
                out.insert(String(chars.dropLast(2)) + "ying")
            } else if lemma.hasSuffix("ee") {
                out.insert(lemma + "ing")
            } else {
                out.insert(String(chars.dropLast()) + "ing")
            }
        } else if last == "y" && !vowels.contains(prev) {
            out.insert(String(chars.dropLast()) + "ied")
            out.insert(lemma + "ing")
        } else {
            out.insert(lemma + "ed")
            out.insert(lemma + "ing")
            // Short consonant-vowel-consonant stems double: "ban" -> "banned", "stop" -> "stopped".
            if chars.count >= 3, !vowels.contains(last), !["w", "x", "y"].contains(last), vowels.contains(prev),
               !vowels.contains(chars[chars.count - 3]) {
                out.insert(lemma + String(last) + "ed")
                out.insert(lemma + String(last) + "ing")
            }
        }
        return out.sorted()
    }
}
