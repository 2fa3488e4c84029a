import KGraphIngest

/// Text that is not article content: bylines, credits, datelines, "read more" links.
/// Entities named there are not entities of the article.
enum Boilerplate {
    static let agencies = Set<String>([
        "reuters", "ap", "afp", "bloomberg", "xinhua", "ians", "pti", "ani", "upi", "dpa", "kyodo", "yonhap",
        "tass", "efe", "ansa", "cnn", "bbc", "associated", "press", "agence", "france-presse", "presse",
    ])
    /// Wire services and news agencies by node id: they report, they do not act.
    static let wireAgencyIDs = Set<String>([
        "reuters", "thomson-reuters", "associated-press", "ap", "afp", "agence-france-presse", "xinhua",
        "xinhua-news-agency", "kyodo", "kyodo-news", "yonhap", "yonhap-news-agency", "tass", "ani", "asian-news-international",
        "pti", "press-trust-of-india", "ians", "upi", "united-press-international", "dpa", "deutsche-presse-agentur", "efe",
        "ansa", "central-news-agency", "bernama", "antara", "anadolu-agency", "interfax", "ria-novosti", "wam", "spa", "irna",
    ])

    static func isWireAgency(_ id: String) -> Bool { wireAgencyIDs.contains(id) }

    private static let creditStarts = Set<String>([
        "photo", "photos", "photograph", "image", "images", "credit", "credits", "caption", "file", "copyright",
        "©", "pictured", "picture", "illustration", "video", "watch", "advertisement", "sponsored",
    ])
    private static let linkStarts: [[String]] = [
        ["also", ",", "read"], ["also", "read"], ["read", "more"], ["read", "also"], ["related", ":"],
        ["click", "here"], ["sign", "up"], ["subscribe"], ["follow", "us"], ["share", "this"], ["see", "also"],
        ["more", "from"], ["recommended"], ["trending"], ["latest", "member"],
    ]

    /// A whole sentence of page furniture.
    static func isBoilerplate(_ tokens: [Token]) -> Bool {
        guard let first = tokens.first else { return true }
        let words = tokens.filter { $0.kind == .word }
        let lowers = tokens.map(\.lower)
        // Bylines and agency footers: "By Jane Doe", "Reporting by X; Editing by Y".
        if first.lower == "by", words.count <= 8, tokens.count > 1, tokens[1].isCapitalized { return true }
        for i in 0..<max(0, lowers.count - 1) where lowers[i + 1] == "by" {
            if ["reporting", "editing", "writing", "compiled", "produced", "edited", "written", "photographs", "photo"].contains(lowers[i]) {
                return true
            }
        }
        if creditStarts.contains(first.lower), tokens.count > 1, [":", "credit", "by", "/", "-", "\u{2014}", "(", "|"].contains(lowers[1]) || first.lower == "©" || first.lower == "copyright" {
            return true
        }
        for pattern in linkStarts where lowers.starts(with: pattern) {
            if pattern == ["subscribe"] || pattern == ["recommended"] || pattern == ["trending"] {
                if words.count <= 6 { return true }
            } else {
                return true
            }
        }
        if lowers.contains("©") { return true }
        if lowers.count >= 3 {
            for i in 0..<(lowers.count - 2) where lowers[i] == "all" && lowers[i + 1] == "rights" && lowers[i + 2] == "reserved" { return true }
        }
        for i in 0..<max(0, tokens.count - 1) where tokens[i].text == "." {
            let ext = tokens[i + 1].lower
            if ["jpg", "jpeg", "png", "gif", "webp"].contains(ext), tokens[i].start == tokens[max(0, i - 1)].end { return true }
        }
        if lowers.contains("getty") || lowers.contains("shutterstock") { return true }
        return false
    }

    private static let bioNouns = Set<String>(["reporter", "correspondent", "writer", "columnist", "editor", "contributor",
                                               "journalist", "producer", "author"])

    /// An author's note at the end of a story: "Jane Doe covers the White House.",
    /// "John Roe is a staff writer at ...". The rest of its paragraph is about the author too.
    static func isAuthorBio(_ tokens: [Token]) -> Bool {
        var i = 0
        while i < tokens.count, i < 4, tokens[i].kind == .word, tokens[i].isCapitalized { i += 1 }
        guard i >= 2, i < tokens.count else { return false }
        let verb = tokens[i].lower
        if verb == "covers" || verb == "writes" { return true }
        guard verb == "is", tokens.count > i + 2 else { return false }
        return tokens[(i + 1)..<min(tokens.count, i + 6)].contains { bioNouns.contains($0.lower) }
    }

    /// A title or section heading: no final stop, short, mostly capitalized words.
    static func looksLikeHeading(_ tokens: [Token]) -> Bool {
        guard let last = tokens.last else { return false }
        if last.kind == .punctuation, [".", "!", "?", "\"", "\u{201D}", "'", "\u{2019}", ")", ";"].contains(last.text) { return false }
        let words = tokens.filter { $0.kind == .word && $0.text != "'s" }
        guard !words.isEmpty, words.count <= (last.text == ":" ? 8 : 24) else { return false }
        let small: Set<String> = ["a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "at", "by", "with", "from", "as", "vs", "is"]
        let content = words.filter { !small.contains($0.lower) }
        guard !content.isEmpty else { return false }
        let caps = content.filter(\.isCapitalized).count
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

    /// "(Reuters)", "(AP Photo/...)", "Photo Credit: ANI": credits anywhere in a sentence.
    static func blockAgencyCredits(_ p: [Piece], _ owner: inout [Int]) {
        var i = 0
        while i < p.count {
            if ["photo", "credit", "credits", "image", "photograph", "pictured", "courtesy"].contains(p[i].key),
               i + 1 < p.count, p[i + 1].key == ":" || p[i + 1].key == "credit" || p[i + 1].key == "/" {
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
