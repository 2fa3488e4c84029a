/// Furniture judged per sentence, on the tokens extraction reads: whole sentences that are
/// bylines, credits, agency footers, "read more" links, promotions or an author's note. Ingest
/// makes the verdict (``Sentence/isFurniture``); extraction only reads it.
extension Boilerplate {
    /// Sets ``Sentence/isFurniture`` on every sentence; `tokens[i]` are the tokens of
    /// `sentences[i]`. An author's note ("Jane Doe covers the White House.") marks the rest of
    /// its paragraph too.
    public static func markFurniture(_ sentences: inout [Sentence], tokens: [[Token]]) {
        var bioParagraph = -1
        for i in sentences.indices {
            if isAuthorBio(tokens[i]) { bioParagraph = sentences[i].paragraph }
            sentences[i].isFurniture = isFurnitureSentence(tokens[i]) || sentences[i].paragraph == bioParagraph
        }
    }

    private static let vocabulary = FurnitureVocabulary.bundled
    private static let sentenceOpeners = FurnitureVocabulary.split(vocabulary.sentenceOpeners)
    private static let shortSentenceOpeners = FurnitureVocabulary.split(vocabulary.shortSentenceOpeners)
    private static let footerVerbs = Set(vocabulary.footerVerbs)
    private static let creditStarts = Set(vocabulary.creditStarts)
    private static let creditSeparators = Set(vocabulary.creditSeparators)
    private static let creditMarks = Set(vocabulary.creditMarks)
    private static let promoWords = Set(vocabulary.promoWords)
    private static let bioNouns = Set(vocabulary.bioNouns)
    /// ``imageExtensions`` without their dots (a sentence's tokens split "a.jpg" there).
    private static let bareImageExtensions = Set(imageExtensions.map { String($0.dropFirst()) })

    /// (first byte, length up to 15) of each promotion word, credit mark and footer verb, as flat tables.
    private static let promoKeys = byteLengthTable(promoWords)
    private static let creditMarkKeys = byteLengthTable(creditMarks)
    private static let footerKeys = byteLengthTable(footerVerbs)

    private static func byteLengthTable(_ words: Set<String>) -> [Bool] {
        var t = [Bool](repeating: false, count: 256 * 16)
        for w in words { t[Int(w.utf8.first!) * 16 + min(w.utf8.count, 15)] = true }
        return t
    }
    /// First bytes of every word the token loop of ``isFurnitureSentence(_:)`` looks for.
    private static let firstBytes: [Bool] = {
        var t = [Bool](repeating: false, count: 256)
        for w in promoWords.union(footerVerbs).union(creditMarks).union(["all", "."]) { t[Int(w.utf8.first!)] = true }
        return t
    }()

    /// A whole sentence of page furniture: two different promotion words ("Login using your
    /// Prime credentials"), an agency footer, a credit or copyright line, an image file name,
    /// a byline, or a related-link opener.
    static func isFurnitureSentence(_ tokens: [Token]) -> Bool {
        guard let first = tokens.first else { return true }
        let n = tokens.count
        var words = 0
        var promo: String? = nil
        // (The tables in locals: a static read in the loop costs a `swift_once` call per token.)
        let firstBytes = Self.firstBytes, promoKeys = Self.promoKeys, creditMarkKeys = Self.creditMarkKeys, footerKeys = Self.footerKeys
        for i in 0..<n {
            // (Fields read in place: copying each token retained both its strings.)
            if tokens[i].kind == .word { words += 1 }
            // The tests below only pass for words whose first byte and length are right (a
            // lowercase string equal to an ASCII word is that word's bytes): a table look-up
            // rules out most tokens without hashing or comparing strings.
            guard let b = tokens[i].lower.utf8.first, firstBytes[Int(b)] else { continue }
            let w = tokens[i].lower
            let slot = Int(b) &* 16 &+ min(w.utf8.count, 15)
            if promoKeys[slot], promoWords.contains(w) {
                if let seen = promo, seen != w { return true }
                promo = w
            }
            // Agency footers: "Reporting by X; Editing by Y"; credits and copyright lines.
            if footerKeys[slot], i + 1 < n, tokens[i + 1].lower == "by", footerVerbs.contains(w) { return true }
            if creditMarkKeys[slot], creditMarks.contains(w) { return true }
            if slot == 0x61 &* 16 &+ 3, w == "all", i + 2 < n, tokens[i + 1].lower == "rights", tokens[i + 2].lower == "reserved" { return true }
            // "211206-F-YT915-003.JPG": an image file name. (A "." token's lowercase is ".".)
            if b == 0x2E, tokens[i].text == ".", i > 0, i + 1 < n, bareImageExtensions.contains(tokens[i + 1].lower),
               tokens[i].start == tokens[i - 1].end { return true }
        }
        // Bylines: "By Jane Doe".
        if first.lower == "by", words <= 8, n > 1, tokens[1].isCapitalized { return true }
        if creditStarts.contains(first.lower), n > 1, creditSeparators.contains(tokens[1].lower) || first.lower == "copyright" {
            return true
        }
        if sentenceOpeners.contains(where: { opens(tokens, $0) }) { return true }
        return words <= 6 && shortSentenceOpeners.contains(where: { opens(tokens, $0) })
    }

    /// The tokens start with `pattern` (lowercased).
    private static func opens(_ tokens: [Token], _ pattern: [String]) -> Bool {
        // (By index: a zip of the two arrays retained both for every pattern of every sentence.)
        guard tokens.count >= pattern.count else { return false }
        for k in pattern.indices where tokens[k].lower != pattern[k] { return false }
        return true
    }

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
}
