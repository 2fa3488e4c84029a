import KGraphIngest

/// Text that is not article content: bylines, credits, datelines, "read more" links.
/// Entities named there are not entities of the article.
enum Boilerplate {
    static let agencies = WordSet([
        "reuters", "ap", "afp", "bloomberg", "xinhua", "ians", "pti", "ani", "upi", "dpa", "kyodo", "yonhap",
        "tass", "efe", "ansa", "cnn", "bbc", "associated", "press", "agence", "france-presse", "presse",
    ])
    /// Wire services and news agencies by node id: they report, they do not act.
    static let wireAgencyIDs = WordSet([
        "reuters", "thomson-reuters", "associated-press", "ap", "afp", "agence-france-presse", "xinhua",
        "xinhua-news-agency", "kyodo", "kyodo-news", "yonhap", "yonhap-news-agency", "tass", "ani", "asian-news-international",
        "pti", "press-trust-of-india", "ians", "upi", "united-press-international", "dpa", "deutsche-presse-agentur", "efe",
        "ansa", "central-news-agency", "bernama", "antara", "anadolu-agency", "interfax", "ria-novosti", "wam", "spa", "irna",
    ])

    static func isWireAgency(_ id: String) -> Bool { wireAgencyIDs.contains(id) }

    private static let creditStarts = WordSet([
        "photo", "photos", "photograph", "image", "images", "credit", "credits", "caption", "file", "copyright",
        "©", "pictured", "picture", "illustration", "video", "watch", "advertisement", "sponsored",
    ])
    private static let linkStarts: [[String]] = [
        ["also", ",", "read"], ["also", "read"], ["read", "more"], ["read", "also"], ["related", ":"],
        ["click", "here"], ["sign", "up"], ["subscribe"], ["follow", "us"], ["share", "this"], ["see", "also"],
        ["more", "from"], ["recommended"], ["trending"], ["latest", "member"],
    ]

    /// A whole sentence of page furniture.
    private static let footerVerbs = WordSet(["reporting", "editing", "writing", "compiled", "produced", "edited",
                                                  "written", "photographs", "photo"])
    private static let creditSeparators = WordSet([":", "credit", "by", "/", "-", "\u{2014}", "(", "|"])
    /// Ingest's image file endings, without their dots (a sentence's tokens split "a.jpg" there).
    private static let imageExtensions = Set(KGraphIngest.Boilerplate.imageExtensions.map { String($0.dropFirst()) })

    /// Words of account, subscription and e-paper promotions; two different ones in a sentence
    /// mark site furniture run together with text ("Login using your Prime credentials").
    private static let promoWords = WordSet([
        "epaper", "e-paper", "login", "logged-in", "credentials", "membership", "newsletter", "newsletters",
        "inbox", "offline", "subscribers", "subscription", "download", "pdf",
    ])

    /// (first byte, length up to 15) of each promotion word, as a flat table.
    private static let promoKeys: [Bool] = {
        var t = [Bool](repeating: false, count: 256 * 16)
        for w in promoWords { t[Int(w.utf8.first!) * 16 + min(w.utf8.count, 15)] = true }
        return t
    }()
    /// First bytes of every word the token loop of ``isBoilerplate(_:)`` looks for.
    private static let firstBytes: [Bool] = {
        var t = [Bool](repeating: false, count: 256)
        for w in promoWords.union(footerVerbs).union(["\u{A9}", "getty", "shutterstock", "all", "."]) { t[Int(w.utf8.first!)] = true }
        return t
    }()

    static func isBoilerplate(_ tokens: [Token]) -> Bool {
        guard let first = tokens.first else { return true }
        let n = tokens.count
        var words = 0
        var promo: String? = nil
        for i in 0..<n {
            let t = tokens[i]
            if t.kind == .word { words += 1 }
            let w = t.lower
            // The tests below only pass for words whose first byte and length are right (a
            // lowercase string equal to an ASCII word is that word's bytes): a table look-up
            // rules out most tokens without hashing or comparing strings.
            let u = w.utf8
            guard let b = u.first, firstBytes[Int(b)] else { continue }
            if promoKeys[Int(b) &* 16 &+ min(u.count, 15)], promoWords.contains(w) {
                if let seen = promo, seen != w { return true }
                promo = w
            }
            // Agency footers: "Reporting by X; Editing by Y"; credits and copyright lines.
            if i + 1 < n, tokens[i + 1].lower == "by", footerVerbs.contains(w) { return true }
            if w == "\u{A9}" || w == "getty" || w == "shutterstock" { return true }
            if w == "all", i + 2 < n, tokens[i + 1].lower == "rights", tokens[i + 2].lower == "reserved" { return true }
            // "211206-F-YT915-003.JPG": an image file name.
            if t.text == ".", i > 0, i + 1 < n, imageExtensions.contains(tokens[i + 1].lower), t.start == tokens[i - 1].end { return true }
        }
        // Bylines: "By Jane Doe".
        if first.lower == "by", words <= 8, n > 1, Tokenized.isCapitalized(tokens[1].text) { return true }
        if creditStarts.contains(first.lower), n > 1, creditSeparators.contains(tokens[1].lower) || first.lower == "copyright" {
            return true
        }
        for pattern in linkStarts where n >= pattern.count && zip(tokens, pattern).allSatisfy({ $0.lower == $1 }) {
            if pattern == ["subscribe"] || pattern == ["recommended"] || pattern == ["trending"] {
                if words <= 6 { return true }
            } else {
                return true
            }
        }
        return false
    }

    private static let bioNouns = WordSet(["reporter", "correspondent", "writer", "columnist", "editor", "contributor",
                                               "journalist", "producer", "author"])

    /// An author's note at the end of a story: "Jane Doe covers the White House.",
    /// "John Roe is a staff writer at ...". The rest of its paragraph is about the author too.
    static func isAuthorBio(_ tokens: [Token]) -> Bool {
        var i = 0
        while i < tokens.count, i < 4, tokens[i].kind == .word, Tokenized.isCapitalized(tokens[i].text) { i += 1 }
        guard i >= 2, i < tokens.count else { return false }
        let verb = tokens[i].lower
        if verb == "covers" || verb == "writes" { return true }
        guard verb == "is", tokens.count > i + 2 else { return false }
        return tokens[(i + 1)..<min(tokens.count, i + 6)].contains { bioNouns.contains($0.lower) }
    }

    private static let headingSmallWords: WordSet = [
        "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "at", "by", "with", "from", "as", "vs", "is",
    ]

    /// A title or section heading: no final stop, short, mostly capitalized words.
    static func looksLikeHeading(_ tokens: [Token]) -> Bool {
        guard let last = tokens.last else { return false }
        if last.kind == .punctuation, [".", "!", "?", "\"", "\u{201D}", "'", "\u{2019}", ")", ";"].contains(last.text) { return false }
        let words = tokens.filter { $0.kind == .word && $0.text != "'s" }
        guard !words.isEmpty, words.count <= (last.text == ":" ? 8 : 24) else { return false }
        let content = words.filter { !headingSmallWords.contains($0.lower) }
        guard !content.isEmpty else { return false }
        let caps = content.filter { Tokenized.isCapitalized($0.text) }.count
        return Double(caps) >= 0.75 * Double(content.count)
    }

    /// Pieces of a dateline at the start of a sentence: "WASHINGTON (Reuters) -", "BEIJING, Nov 5 (Reuters) -".
    static func datelineLength(_ p: [Piece]) -> Int {
        var i = 0
        var sawCaps = false
        while i < p.count, p[i].isWord || p[i].key == "," || (p[i].key.first?.isNumber ?? false) {
            if p[i].isWord, p[i].bare.count >= 2, p[i].bare == p[i].bare.uppercased() { sawCaps = true }
            else if p[i].isWord, !(CommonWords.months.contains(p[i].key)) { if !sawCaps { return 0 } }
            i += 1
            if i > 8 { return 0 }
        }
        guard sawCaps || i == 0 else { return 0 }
        if i < p.count, p[i].key == "(" {
            var j = i + 1
            while j < p.count, p[j].key != ")" { j += 1; if j - i > 5 { return 0 } }
            guard j < p.count else { return 0 }
            i = j + 1
        } else if i == 0 {
            return 0
        }
        if i < p.count, ["-", "\u{2014}", "\u{2013}", "--", ":"].contains(p[i].key) { return i + 1 }
        return 0
    }

    private static let photoCreditWords: WordSet = ["photo", "credit", "credits", "image", "photograph", "pictured", "courtesy"]

    /// "(Reuters)", "(AP Photo/...)", "Photo Credit: ANI": credits anywhere in a sentence.
    static func blockAgencyCredits(_ p: [Piece], _ owner: inout [Int]) {
        var i = 0
        while i < p.count {
            // (The rare separator first: most pieces are then passed over without a lookup.)
            if i + 1 < p.count, p[i + 1].key == ":" || p[i + 1].key == "credit" || p[i + 1].key == "/",
               photoCreditWords.contains(p[i].key) {
                var j = i
                while j < p.count, p[j].key != ")", p[j].key != "|" { if owner[j] == -1 { owner[j] = -2 }; j += 1 }
                i = j
                continue
            }
            if p[i].key == "(", i + 1 < p.count, agencies.contains(p[i + 1].key) {
                var j = i + 1
                while j < p.count, p[j].key != ")", j - i < 12 { j += 1 }
                if j < p.count, p[j].key == ")" {
                    for k in i...j where owner[k] == -1 { owner[k] = -2 }
                    i = j + 1
                    continue
                }
            }
            i += 1
        }
    }
}
