/// Inflected forms of the lexicon's lemmas, computed once so matching is a table lookup
/// (no regexes, no suffix stripping on the hot path).
enum Inflection {
    /// Irregular verb forms by lemma.
    static let irregular: [String: [String]] = [
        "be": ["is", "are", "was", "were", "been", "being", "am"],
        "have": ["has", "had", "having"], "do": ["does", "did", "done", "doing"],
        "bring": ["brought"], "take": ["took", "taken"], "lead": ["led"], "seek": ["sought"],
        "hold": ["held"], "make": ["made"], "say": ["said"], "tell": ["told"], "meet": ["met"],
        "build": ["built"], "stand": ["stood"], "fight": ["fought"], "become": ["became"],
        "go": ["went", "gone"], "give": ["gave", "given"], "write": ["wrote", "written"],
        "speak": ["spoke", "spoken"], "break": ["broke", "broken"], "draw": ["drew", "drawn"],
        "withdraw": ["withdrew", "withdrawn"], "keep": ["kept"], "send": ["sent"], "win": ["won"],
        "strike": ["struck"], "rise": ["rose", "risen"], "pay": ["paid"], "put": ["put"],
        "set": ["set"], "quit": ["quit"], "leave": ["left"], "see": ["saw", "seen"],
        "know": ["knew", "known"], "grow": ["grew", "grown"], "choose": ["chose", "chosen"],
        "begin": ["began", "begun"], "think": ["thought"], "find": ["found"], "get": ["got", "gotten"],
        "forge": ["forged"], "hit": ["hit"], "cut": ["cut"], "let": ["let"], "mean": ["meant"],
        "throw": ["threw", "thrown"], "come": ["came"], "rush": ["rushed"], "freeze": ["froze", "frozen"], "withhold": ["withheld"], "sell": ["sold"], "buy": ["bought"],
        "shoot": ["shot"], "sink": ["sank", "sunk"], "fly": ["flew", "flown"], "flee": ["fled"],
        "feed": ["fed"], "lend": ["lent"], "spend": ["spent"], "lose": ["lost"], "run": ["ran"],
        "bear": ["bore", "borne"], "beat": ["beaten"], "bid": ["bid"], "hide": ["hid", "hidden"],
        "steal": ["stole", "stolen"], "swear": ["swore", "sworn"], "teach": ["taught"], "catch": ["caught"],
        "tear": ["tore", "torn"], "uphold": ["upheld"], "oversee": ["oversaw", "overseen"],
        "overthrow": ["overthrew", "overthrown"], "undertake": ["undertook", "undertaken"],
        "mislead": ["misled"], "rebuild": ["rebuilt"], "withstand": ["withstood"], "deal": ["dealt"],
        "drive": ["drove", "driven"], "fall": ["fell", "fallen"], "hear": ["heard"], "show": ["shown"],
        "sit": ["sat"], "spread": ["spread"], "shut": ["shut"], "upset": ["upset"], "cast": ["cast"],
        "bind": ["bound"], "understand": ["understood"], "undergo": ["underwent", "undergone"],
        "forbid": ["forbade", "forbidden"], "forgive": ["forgave", "forgiven"], "shed": ["shed"],
        "can": ["cannot", "could"], "will": ["would", "'ll"], "shall": ["should"], "may": ["might"],
    ]

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
