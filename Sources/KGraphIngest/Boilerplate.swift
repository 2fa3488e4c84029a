/// Separates article content from page furniture, in the spirit of jusText: each block is
/// first judged on its own (length, stop-word density, link density, furniture vocabulary,
/// shape), then short and borderline blocks take the verdict of their neighbours.
public enum Boilerplate {
    /// What a block was judged to be.
    public enum Kind: String, Sendable, Hashable {
        /// Prose of the article.
        case content
        /// A short heading kept because article content follows it.
        case heading
        /// Page furniture, dropped.
        case furniture
    }

    /// The verdict on one input block. `text` is the kept text: furniture sentences at the
    /// start or end of a content block are trimmed off.
    public struct Classified: Sendable, Hashable {
        public var kind: Kind
        public var text: String
        /// Short reason for the verdict ("vocabulary", "short between furniture", ...), for tests and debugging.
        public var reason: String
    }

    /// Classifies every block, in order.
    ///
    /// `structured`: the blocks are the main content element of a web page, already chosen
    /// by the page's structure, so only blocks that are furniture by their own words, shape
    /// or links go; short lines (a list of tour dates, a one-line paragraph) stay.
    public static func classify(_ blocks: [TextBlock], structured: Bool = false) -> [Classified] {
        let feats = judgedAlone(blocks, structured: structured)
        var cls = feats.map(\.initial)
        let transparent = feats.map { $0.initial == .bad && $0.transparent }
        // Borderline blocks side with the nearest decided neighbour that is content.
        let decided = Neighbours(cls, transparent, skip: [.nearGood, .short])
        for k in cls.indices where cls[k] == .nearGood {
            let prev = decided.before[k], next = decided.after[k]
            cls[k] = (prev == .good || next == .good || structured) ? .good : .bad
        }
        // Short blocks: kept between content; headings kept when content follows closely.
        let around = Neighbours(cls, transparent, skip: [.short])
        var out: [Classified] = []
        out.reserveCapacity(blocks.count)
        for k in cls.indices {
            let f = feats[k]
            switch cls[k] {
            case .good:
                out.append(Classified(kind: .content, text: f.keptText, reason: f.reason.isEmpty ? "content" : f.reason))
            case .bad:
                out.append(Classified(kind: .furniture, text: f.text, reason: f.reason.isEmpty ? "low content" : f.reason))
            case .short, .nearGood:
                out.append(shortVerdict(k, cls, feats, around, structured: structured))
            }
        }
        keepBestAvailable(&out, feats)
        return out
    }

    /// Every block's features and its verdict on its own and beside its neighbours
    /// (repeats, runs of short lines, the page's tail), before borderline blocks are resolved.
    static func judgedAlone(_ blocks: [TextBlock], structured: Bool) -> [Features] {
        // Each block's words are scanned once, for the language test and for its features.
        let words = blocks.map { scanWords($0.text) }
        let lexical = isEnglishLike(blocks, words: words)
        var feats = blocks.indices.map { Features(blocks[$0], lexical: lexical, words: words[$0]) }
        if structured {
            // Prose without stop words, and rows of a table of results, are content here.
            for k in feats.indices where feats[k].initial == .bad
                && (feats[k].reason == "few stop words" || feats[k].reason == "numbers or symbols" && feats[k].words >= 4) {
                feats[k].initial = .nearGood
            }
        }
        markDuplicates(&feats, structured: structured)
        markShortRuns(&feats)
        markTail(&feats)
        // A lone word or two right beside furniture is part of it ("Mail", "Print" after share buttons).
        for k in feats.indices where feats[k].tiny && feats[k].initial != .bad {
            if k > 0 && feats[k - 1].initial == .bad || k + 1 < feats.count && feats[k + 1].initial == .bad {
                feats[k].initial = .bad
                feats[k].reason = "beside furniture"
                feats[k].transparent = true  // part of a widget ("Mail", "Print"), which interrupts the text
            }
        }
        return feats
    }

    /// The verdict on short block `k` (a heading, a short line) by the resolved blocks around it.
    static func shortVerdict(_ k: Int, _ cls: [Class], _ feats: [Features], _ around: Neighbours, structured: Bool) -> Classified {
        let f = feats[k]
        if f.headingLike, contentFollows(cls, feats, after: k) {
            return Classified(kind: .heading, text: f.text, reason: "heading before content")
        }
        let prev = around.before[k], next = around.after[k]
        if structured, !f.tiny, !f.headingLike || f.words >= 3 || f.endsSentence, prev == .good || next == .good {
            return Classified(kind: .content, text: f.text, reason: "short in the main content")
        } else if prev == .good, next == .good, !f.headingLike || f.words >= 3 || f.endsSentence {
            return Classified(kind: .content, text: f.text, reason: "short between content")
        } else if prev == .good, k == cls.count - 1, f.endsSentence, f.words >= 4 {
            // The text's last paragraph, one short sentence: the story's end, not a widget.
            return Classified(kind: .content, text: f.text, reason: "short sentence ending the text")
        }
        return Classified(kind: .furniture, text: f.text, reason: "short beside furniture")
    }

    /// A short text with no clearly good block keeps whatever was not furniture on its own.
    static func keepBestAvailable(_ out: inout [Classified], _ feats: [Features]) {
        guard !out.contains(where: { $0.kind == .content }) else { return }
        for k in out.indices where feats[k].initial != .bad && !feats[k].tiny {
            out[k] = Classified(kind: feats[k].headingLike ? .heading : .content, text: feats[k].keptText, reason: "best available")
        }
        if !out.contains(where: { $0.kind == .content }) {
            for k in out.indices where out[k].kind == .heading { out[k].kind = .content }
        }
    }

    /// Whether stop-word density can tell prose from furniture here: true unless the
    /// blocks' words hold few English stop words (another language, or no words at all).
    static func isEnglishLike(_ blocks: [TextBlock]) -> Bool {
        isEnglishLike(blocks, words: blocks.map { scanWords($0.text) })
    }

    /// ``isEnglishLike(_:)`` with each block's words (``scanWords(_:)``) already scanned.
    static func isEnglishLike(_ blocks: [TextBlock], words blockWords: [[Word]]) -> Bool {
        var words = 0, stops = 0, scalars = 0
        for (b, ws) in zip(blocks, blockWords) {
            scalars += UTF8Scan.scalarCount(b.text)
            for w in ws {
                words += 1
                if stopWordKeys.contains(w.key) { stops += 1 }
            }
        }
        // CJK text has few spaces: few "words" for much text.
        if words * 12 < scalars { return false }
        return words < 30 || stops * 100 >= words * 8
    }

    /// The content and heading blocks, furniture removed and trimmed.
    public static func clean(_ blocks: [TextBlock], structured: Bool = false) -> [TextBlock] {
        var kept: [TextBlock] = []
        for (b, c) in zip(blocks, classify(blocks, structured: structured)) where c.kind != .furniture {
            kept.append(TextBlock(text: c.text, isHeading: c.kind == .heading || b.isHeading, linkChars: b.linkChars))
        }
        return kept
    }

    /// What is kept when ``clean(_:)`` leaves nothing: a pasted snippet ("North Korea fired
    /// missiles.") or a paragraph repeating itself is still an article. Blocks that read as
    /// sentences are kept unless their own words or links mark them as furniture.
    public static func fallback(_ blocks: [TextBlock]) -> [TextBlock] {
        var kept: [TextBlock] = []
        for b in blocks {
            let f = Features(b)
            guard f.words >= 2, f.endsSentence || f.words >= 8, f.initial != .bad || softReasons.contains(f.reason) else { continue }
            kept.append(TextBlock(text: f.keptText, isHeading: b.isHeading, linkChars: b.linkChars))
        }
        return kept
    }

    /// Verdicts on a block's shape alone, which a pasted snippet may well have.
    static let softReasons: Set<String> = ["few stop words", "repetitive", "run-together headlines"]

    /// The blocks of a decoded source text in `format`, before classification (HTML: the
    /// main content element's blocks).
    public static func blocks(of text: String, format: ArticleFormat) -> [TextBlock] {
        switch format {
        case .html: return HTMLExtractor.extract(text).blocks
        case .markdown: return Markdown.blocks(text)
        case .text, .jsonLines: return PlainText.blocks(text)
        }
    }

    /// Whether one line, on its own, reads as page furniture (vocabulary, credits, file names,
    /// tickers, timestamps).
    public static func isFurnitureLine(_ line: String) -> Bool {
        Features(TextBlock(text: line)).initial == .bad
    }

    enum Class { case good, nearGood, short, bad }

    /// For every block, the class of the nearest block before and after it that is neither in
    /// `skip` nor transparent furniture (ad slots, credits interrupt the text without ending
    /// it). The page edges count as furniture. Linear time.
    struct Neighbours {
        var before: [Class]
        var after: [Class]

        init(_ cls: [Class], _ transparent: [Bool], skip: Set<Class>) {
            before = [Class](repeating: .bad, count: cls.count)
            after = before
            var last = Class.bad
            for k in cls.indices {
                before[k] = last
                if !skip.contains(cls[k]), !transparent[k] { last = cls[k] }
            }
            last = .bad
            for k in cls.indices.reversed() {
                after[k] = last
                if !skip.contains(cls[k]), !transparent[k] { last = cls[k] }
            }
        }
    }

    /// A good block follows within the next few blocks, with only short non-furniture blocks between.
    static func contentFollows(_ cls: [Class], _ feats: [Features], after k: Int) -> Bool {
        var j = k + 1
        var hops = 0
        while j < cls.count, hops < 4 {
            switch cls[j] {
            case .good: return true
            case .bad:
                // Image names and credits often sit between a headline and its text.
                if !feats[j].transparent && feats[j].words > 4 { return false }
            case .short, .nearGood:
                if !feats[j].headingLike && !feats[j].tiny { return false }
            }
            j += 1
            hops += 1
        }
        return false
    }

    /// A block whose text repeats an earlier block (a title echoed mid-page, a repeated menu) is furniture.
    /// In a page's main content (`structured`), many repeats are the text's own pattern (a
    /// meal plan's "Meal 1", "Eat every 2-3 hours" under each of its plans) and stay.
    static func markDuplicates(_ feats: inout [Features], structured: Bool = false) {
        var seen = Set<UInt64>()
        var repeats: [Int] = []
        for k in feats.indices where feats[k].words <= 40 && feats[k].words > 0 {
            if feats[k].text.utf8.count >= 3, !seen.insert(feats[k].signature).inserted { repeats.append(k) }
        }
        if structured, repeats.count >= patternRepeats, repeats.count * 10 >= feats.count { return }
        for k in repeats {
            feats[k].initial = .bad
            feats[k].reason = "repeated"
        }
    }

    /// Repeated blocks that make a pattern of the main content rather than echoes in it.
    static let patternRepeats = 6

    /// Past the middle of the page, a copyright line or comment prompt ends the article:
    /// everything after it is furniture.
    static func markTail(_ feats: inout [Features]) {
        let total = feats.reduce(0) { $0 + $1.text.utf8.count }
        var seen = 0
        for k in feats.indices {
            seen += feats[k].text.utf8.count
            if feats[k].terminal, seen * 2 >= total {
                // The terminal block keeps its own (trimmed) verdict; everything after it goes.
                for m in (k + 1)..<max(k + 1, feats.count) where feats[m].initial != .bad {
                    feats[m].initial = .bad
                    feats[m].reason = "after the end of the article"
                }
                for m in k..<feats.count { feats[m].transparent = false }
                return
            }
        }
    }

    /// Three or more very short blocks in a row (menus, statistics widgets, tag lists) are furniture.
    static func markShortRuns(_ feats: inout [Features]) {
        var k = 0
        while k < feats.count {
            guard feats[k].tiny else { k += 1; continue }
            var j = k
            while j < feats.count, feats[j].tiny || (feats[j].initial == .bad && feats[j].words <= 3) { j += 1 }
            if j - k >= 3 {
                for m in k..<j where feats[m].initial != .bad {
                    feats[m].initial = .bad
                    feats[m].reason = "run of short lines"
                }
            }
            k = max(j, k + 1)
        }
    }
}
