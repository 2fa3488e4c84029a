/// Finds a page's main content and turns it into blocks: an `<article>` (or `articleBody`)
/// element when one holds most paragraph text, otherwise the element with the densest
/// paragraphs, plus sibling containers that carry substantial paragraphs too.
enum HTMLExtractor {
    struct Result {
        var metadata: ArticleMetadata
        var blocks: [TextBlock]
    }

    /// class/id words that mark page furniture containers.
    static let furnitureHints: Set<String> = [
        "comment", "comments", "share", "sharing", "social", "related", "newsletter", "subscribe", "subscription",
        "advert", "advertisement", "ad", "ads", "promo", "cookie", "cookies", "sidebar", "breadcrumb", "breadcrumbs",
        "footer", "nav", "navbar", "navigation", "menu", "popup", "modal", "caption", "credit", "credits", "byline",
        "toolbar", "masthead", "widget", "recommended", "trending", "outbrain", "taboola", "signup", "paywall",
        "tags", "author-bio", "disclaimer", "print-only", "sr-only", "visually-hidden", "hidden",
    ]

    static func extract(_ source: String) -> Result {
        let doc = HTMLDocument(source)
        let main = mainElement(doc)
        var walker = Walker(doc: doc, useHints: true, mainScore: doc.elements[main].paragraphScore)
        var blocks = walker.run(main)
        let total = blocks.reduce(0) { $0 + $1.text.count }
        if total < 200 {
            // Hints were too eager (or the page has little text): take everything but dropped tags.
            var plainWalker = Walker(doc: doc, useHints: false, mainScore: 0)
            let plain = plainWalker.run(main)
            if plain.reduce(0, { $0 + $1.text.count }) > total { blocks = plain }
        }
        return Result(metadata: ArticleMetadata(title: title(doc, main: main)), blocks: blocks)
    }

    static func mainElement(_ doc: HTMLDocument) -> Int {
        let els = doc.elements
        let totalScore = els[0].paragraphScore
        guard totalScore > 0 else { return body(doc) }
        // Preferred: the article-like element holding at least half of the paragraph text.
        var bestArticle = -1
        for (k, el) in els.enumerated() where el.tag == "article" || el.itemprop == "articlebody" || el.tag == "main" || el.role == "main" {
            if bestArticle < 0 || el.paragraphScore > els[bestArticle].paragraphScore
                || (el.paragraphScore == els[bestArticle].paragraphScore && isAncestor(bestArticle, of: k, doc)) {
                bestArticle = k
            }
        }
        if bestArticle >= 0, els[bestArticle].paragraphScore * 2 >= totalScore { return bestArticle }
        // Densest: the element whose own children's paragraphs score highest.
        var direct = [Int](repeating: 0, count: els.count)
        for (k, el) in els.enumerated() where k > 0 && (el.tag == "p" || el.paragraphScore > 0) {
            let own = el.paragraphScore - el.children.reduce(0) { sum, c in
                if case .element(let e) = c { return sum + els[e].paragraphScore }
                return sum
            }
            guard own > 0 else { continue }
            let target = el.tag == "p" ? el.parent : k
            if target >= 0 { direct[target] += own }
            if target >= 0, els[target].parent > 0 { direct[els[target].parent] += own / 2 }
        }
        var best = 0
        for k in 1..<els.count where direct[k] > direct[best] { best = k }
        // Climb while the parent adds little other paragraph text (the article split in sections).
        var cur = best
        while cur > 0 {
            let p = els[cur].parent
            guard p > 0, els[p].tag != "body" else { break }
            if els[p].paragraphScore * 10 <= els[cur].paragraphScore * 13 { cur = p } else { break }
        }
        return cur
    }

    static func body(_ doc: HTMLDocument) -> Int {
        doc.elements.firstIndex(where: { $0.tag == "body" }) ?? 0
    }

    static func isAncestor(_ a: Int, of b: Int, _ doc: HTMLDocument) -> Bool {
        var k = doc.elements[b].parent
        while k >= 0 { if k == a { return true }; k = doc.elements[k].parent }
        return false
    }

    /// The page title: the `<h1>` that the `<title>` repeats, else the first `<h1>` inside the
    /// main content, else the first `<h1>` outside furniture, else `<title>` without its
    /// site-name suffix.
    static func title(_ doc: HTMLDocument, main: Int) -> String? {
        var headings: [(text: String, inMain: Bool)] = []
        for (k, el) in doc.elements.enumerated() where el.tag == "h1" {
            var p = el.parent, dropped = false, inMain = k == main
            while p >= 0 {
                if p == main { inMain = true }
                if HTMLDocument.droppedTags.contains(doc.elements[p].tag) && doc.elements[p].tag != "header" { dropped = true; break }
                p = doc.elements[p].parent
            }
            if dropped { continue }
            var w = Walker(doc: doc, useHints: false, mainScore: 0)
            let t = BlockText.normalize(w.text(of: k).unicodeScalars)
            if t.count >= 8 { headings.append((t, inMain)) }
        }
        let pageTitle = doc.title.map { $0.lowercased() } ?? ""
        if !pageTitle.isEmpty, let h = headings.first(where: { pageTitle.contains($0.text.lowercased()) }) { return h.text }
        if let h = headings.first(where: \.inMain) ?? headings.first { return h.text }
        guard var t = doc.title, !t.isEmpty else { return nil }
        for sep in [" | ", " - ", " – ", " — ", " :: "] where t.contains(sep) {
            let parts = t.components(separatedBy: sep)
            t = parts.max(by: { $0.count < $1.count }) ?? t
        }
        return t.isEmpty ? nil : t
    }

    /// Turns an element subtree into blocks.
    struct Walker {
        let doc: HTMLDocument
        let useHints: Bool
        let mainScore: Int
        var blocks: [TextBlock] = []
        var buf = String.UnicodeScalarView()
        var linkChars = 0
        var heading = false

        init(doc: HTMLDocument, useHints: Bool, mainScore: Int) {
            self.doc = doc
            self.useHints = useHints
            self.mainScore = mainScore
        }

        mutating func run(_ root: Int) -> [TextBlock] {
            visit(root, depth: 0, inLink: false)
            flush()
            return blocks
        }

        mutating func text(of k: Int) -> String {
            visit(k, depth: 0, inLink: false)
            flush()
            return blocks.map(\.text).joined(separator: " ")
        }

        mutating func flush() {
            let t = BlockText.normalize(buf)
            if !t.isEmpty { blocks.append(TextBlock(text: t, isHeading: heading, linkChars: min(linkChars, t.count))) }
            buf = String.UnicodeScalarView()
            linkChars = 0
            heading = false
        }

        func isFurniture(_ el: HTMLDocument.Element) -> Bool {
            guard useHints, !el.hint.isEmpty, el.tag != "body", el.tag != "html", el.tag != "article", el.tag != "main" else { return false }
            // A container holding most of the article's paragraphs is never furniture.
            if mainScore > 0, el.paragraphScore * 2 >= mainScore { return false }
            var word = ""
            for ch in el.hint.unicodeScalars {
                if ch.properties.isAlphabetic { word.unicodeScalars.append(ch) } else {
                    if HTMLExtractor.furnitureHints.contains(word) { return true }
                    word = ""
                }
            }
            return HTMLExtractor.furnitureHints.contains(word)
        }

        /// Iterative walk for very deep subtrees: text in document order, blocks at block tags.
        mutating func visitFlat(_ root: Int) {
            var stack: [(Int, Int)] = [(root, 0)]
            while let (k, resumeAt) = stack.popLast() {
                var child = resumeAt
                let el = doc.elements[k]
                if child == 0 {
                    if HTMLDocument.droppedTags.contains(el.tag) || isFurniture(el) { continue }
                    if HTMLDocument.blockTags.contains(el.tag) { flush() }
                }
                while child < el.children.count {
                    switch el.children[child] {
                    case .text(let t):
                        for sc in t.unicodeScalars { buf.append(sc == "\n" ? " " : sc) }
                        child += 1
                    case .element(let e):
                        stack.append((k, child + 1))
                        stack.append((e, 0))
                        child = el.children.count + 1
                    }
                }
                // Finished (not suspended for a child element): close the block.
                if child == el.children.count, HTMLDocument.blockTags.contains(el.tag) { flush() }
            }
        }

        mutating func visit(_ k: Int, depth: Int, inLink: Bool) {
            // Pathologically deep (unclosed) markup: walk the rest without recursion.
            guard depth < 1000 else { visitFlat(k); return }
            let el = doc.elements[k]
            if k > 0, HTMLDocument.droppedTags.contains(el.tag) && !(el.tag == "header" && el.paragraphScore > 0) { return }
            if k > 0, isFurniture(el) { return }
            if el.tag == "img" || el.tag == "picture" { return }
            let isBlock = HTMLDocument.blockTags.contains(el.tag) && depth < 400
            if isBlock { flush() }
            if el.tag.count == 2, el.tag.hasPrefix("h"), let d = el.tag.last, ("1"..."6").contains(d) { heading = true }
            let link = inLink || el.tag == "a"
            for child in el.children {
                switch child {
                case .text(let t):
                    for s in t.unicodeScalars { buf.append(s == "\n" ? " " : s) }
                    if link { linkChars += t.unicodeScalars.count }
                case .element(let e):
                    visit(e, depth: depth + 1, inLink: link)
                }
            }
            if isBlock { flush() }
        }
    }
}
