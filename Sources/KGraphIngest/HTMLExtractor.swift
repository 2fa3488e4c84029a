/// Finds a page's main content and turns it into blocks. The content element is, in order
/// of trust: the element holding the page's JSON-LD `articleBody` (found by its first and
/// last words), an `itemprop="articleBody"` element, an `<article>`/`<main>` holding much of
/// the paragraph text, else the element with the densest paragraphs, joined by the siblings
/// that carry on its text (sections cut apart by a figure, the paragraphs before a box holding
/// the rest). Where several qualify (a page that runs on into the next story), the first
/// after the headline wins.
enum HTMLExtractor {
    struct Result {
        var metadata: ArticleMetadata
        var blocks: [TextBlock]
    }

    static func extract(_ source: String) -> Result {
        let doc = HTMLDocument(source)
        let ld = LinkedData(doc.jsonLD)
        let headline = headlineElement(doc, ld: ld)
        let roots = mainElements(doc, ld: ld, headline: headline)
        let main = roots[0]
        var walker = Walker(doc: doc, useHints: true, mainScore: doc.elements[main].paragraphScore)
        for r in roots { walker.walk(r) }
        var blocks = walker.finish()
        let total = blocks.reduce(0) { $0 + $1.text.count }
        if total < 200 {
            // Hints were too eager (or the page has little text): take everything but dropped tags.
            var plainWalker = Walker(doc: doc, useHints: false, mainScore: 0)
            for r in roots { plainWalker.walk(r) }
            let plain = plainWalker.finish()
            if plain.reduce(0, { $0 + $1.text.count }) > total { blocks = plain }
        }
        let meta = HTMLMetadata.read(doc, ld: ld, headline: headline, main: main)
        return Result(metadata: meta, blocks: blocks)
    }

    /// The main content: the element the page's hints name, else the densest element with
    /// the sections of the text beside it (``withSections(_:_:)``), in document order.
    static func mainElements(_ doc: HTMLDocument, ld: LinkedData, headline: Int) -> [Int] {
        guard doc.elements[0].paragraphScore > 0 else { return [body(doc)] }
        if let k = hintedElement(doc, ld: ld, headline: headline) { return [k] }
        return withSections(densest(doc), doc)
    }

    static func mainElement(_ doc: HTMLDocument, ld: LinkedData, headline: Int) -> Int {
        mainElements(doc, ld: ld, headline: headline)[0]
    }

    /// `k` and the siblings that carry on its text: elements of the same tag and class cut
    /// off from it by an element without paragraphs (the article split into sections by
    /// figures or ad slots), and substantial paragraphs with few links (the text's start,
    /// before a box holding the rest). Siblings holding an `<h1>` are other stories.
    static func withSections(_ k: Int, _ doc: HTMLDocument) -> [Int] {
        let els = doc.elements
        let p = els[k].parent
        guard p > 0, els[p].tag != "body" else { return [k] }
        let siblings: [Int] = els[p].children.compactMap { if case .element(let e) = $0 { return e }; return nil }
        guard let at = siblings.firstIndex(of: k) else { return [k] }
        var out: [Int] = []
        for (i, e) in siblings.enumerated() {
            if e == k { out.append(e); continue }
            let el = els[e]
            guard el.paragraphs > 0, !el.excluded, el.linkLength * 4 < el.textLength else { continue }
            if isParagraphLike(e, doc) { out.append(e); continue }
            // The neighbour on k's side is what cut the text.
            let between = siblings[i < at ? i + 1 : i - 1]
            if el.tag == els[k].tag, !el.hint.isEmpty, el.hint == els[k].hint, els[between].paragraphs == 0, !holdsH1(e, doc) {
                out.append(e)
            }
        }
        return out
    }

    /// Whether an `<h1>` is inside element `k`.
    static func holdsH1(_ k: Int, _ doc: HTMLDocument) -> Bool {
        var e = k + 1
        while e < doc.elements.count, isAncestor(k, of: e, doc) {
            if doc.elements[e].tag == "h1" { return true }
            e += 1
        }
        return false
    }

    /// The element the page's own hints name as its article, when they are trusted.
    static func hintedElement(_ doc: HTMLDocument, ld: LinkedData, headline: Int) -> Int? {
        let els = doc.elements
        let totalScore = els[0].paragraphScore
        if let body = ld.articleBody, let k = anchoredElement(doc, text: body) { return k }
        // Marked article bodies: trusted when they hold a fair share of the paragraph text.
        let marked = els.indices.filter { els[$0].itemprop == "articlebody" && els[$0].paragraphScore > 0 }
        if let k = firstStrong(marked, doc, headline: headline), els[k].paragraphScore * 4 >= totalScore { return k }
        let articles = els.indices.filter {
            let el = els[$0]
            return (el.tag == "article" || el.tag == "main" || el.role == "main") && el.paragraphScore > 0
        }
        if let k = firstStrong(articles, doc, headline: headline) {
            let share = els[k].paragraphScore * 10
            if share >= totalScore * 4 || share >= totalScore * 2 && (headline < 0 || isAncestor(k, of: headline, doc)) { return k }
        }
        return nil
    }

    /// Of candidate elements (in document order), the first at or after the headline with at
    /// least half the best score; nested candidates count once (the outermost).
    static func firstStrong(_ candidates: [Int], _ doc: HTMLDocument, headline: Int) -> Int? {
        let els = doc.elements
        guard let best = candidates.map({ els[$0].paragraphScore }).max(), best > 0 else { return nil }
        let strong = candidates.filter { els[$0].paragraphScore * 2 >= best }
        // A candidate inside another strong one that holds nearly all of its score is the same article.
        func pick(_ list: [Int]) -> Int? {
            for k in list {
                if let inner = list.first(where: { $0 > k && isAncestor(k, of: $0, doc) }),
                   els[inner].paragraphScore * 10 >= els[k].paragraphScore * 9 {
                    return inner
                }
                return k
            }
            return nil
        }
        if headline >= 0 {
            // The candidate holding the headline, unless it holds little of the text.
            if let k = candidates.last(where: { isAncestor($0, of: headline, doc) }), els[k].paragraphScore * 5 >= best,
               els[k].paragraphs >= 1 {
                return k
            }
            let after = strong.filter { $0 > headline || isAncestor($0, of: headline, doc) }
            if let k = pick(after) { return k }
        }
        return pick(strong)
    }

    /// The element whose own children's paragraphs score highest, climbing while the parent
    /// adds little other paragraph text (the article split in sections).
    static func densest(_ doc: HTMLDocument) -> Int {
        let els = doc.elements
        var direct = [Int](repeating: 0, count: els.count)
        for (k, el) in els.enumerated() where k > 0 && el.paragraphScore > 0 {
            let own = el.paragraphScore - el.children.reduce(0) { sum, c in
                if case .element(let e) = c { return sum + els[e].paragraphScore }
                return sum
            }
            guard own > 0 else { continue }
            // Paragraph text gives its score to the container; so does text in inline elements
            // (a post written as <span>s between <br>s).
            var target = el.tag == "p" || Self.inlineTags.contains(el.tag) ? el.parent : k
            // Text in inline wrappers, and a paragraph written as a <div>, count for the container.
            while target > 0, Self.inlineTags.contains(els[target].tag) || isParagraphLike(target, doc) { target = els[target].parent }
            if target >= 0 { direct[target] += own }
            // List items are separate entries (teasers of other stories), not one text.
            if target >= 0, els[target].parent > 0, els[target].tag != "li" { direct[els[target].parent] += own / 2 }
        }
        var best = 0
        for k in 1..<els.count where direct[k] > direct[best] { best = k }
        var cur = best
        while cur > 0 {
            let p = els[cur].parent
            guard p > 0, els[p].tag != "body" else { break }
            if els[p].paragraphScore * 10 <= els[cur].paragraphScore * 13 { cur = p } else { break }
        }
        return cur
    }

    /// A `<p>`, or a `<div>` used as one: a single paragraph, its text in inline elements
    /// only (no block inside but line breaks).
    static func isParagraphLike(_ k: Int, _ doc: HTMLDocument) -> Bool {
        let el = doc.elements[k]
        if el.tag == "p" { return el.paragraphs == 1 }
        guard el.tag == "div", el.paragraphs == 1 else { return false }
        var stack = [k], seen = 0
        while let e = stack.popLast() {
            seen += 1
            if seen > 64 { return false }
            for child in doc.elements[e].children {
                guard case .element(let c) = child else { continue }
                let tag = doc.elements[c].tag
                if tag != "br", HTMLDocument.blockTags.contains(tag), doc.elements[c].textLength > 0 { return false }
                stack.append(c)
            }
        }
        return true
    }

    static let inlineTags: Set<String> = ["span", "font", "b", "i", "em", "strong", "u", "small"]

    /// The element holding a known article text (JSON-LD `articleBody`): the smallest one
    /// that contains both its opening and its closing words. Nil when either is not on the
    /// page (a summary, or a body the page does not show).
    static func anchoredElement(_ doc: HTMLDocument, text: String) -> Int? {
        let body = Array(BlockText.normalize(withoutTags(text).replacingNewlines().unicodeScalars).unicodeScalars)
        guard body.count >= 200 else { return nil }
        let index = PageText(doc)
        guard let first = index.element(containing: Array(body[0..<40])),
              let last = index.element(containing: Array(body[(body.count - 40)...])) else { return nil }
        var k = first
        while k > 0, !isAncestor(k, of: last, doc), k != last { k = doc.elements[k].parent }
        while k > 0, doc.elements[k].tag == "p" || doc.elements[k].paragraphScore == 0 { k = doc.elements[k].parent }
        guard k > 0, doc.elements[k].tag != "body", doc.elements[k].tag != "html" else { return nil }
        return k
    }

    /// Text with `<...>` markup removed (some pages put HTML into JSON-LD `articleBody`).
    static func withoutTags(_ text: String) -> String {
        guard text.contains("<") else { return text }
        var out = String.UnicodeScalarView()
        var inTag = false
        for s in text.unicodeScalars {
            if s == "<" { inTag = true; out.append(" "); continue }
            if s == ">" && inTag { inTag = false; continue }
            if !inTag { out.append(s) }
        }
        return String(out)
    }

    static func body(_ doc: HTMLDocument) -> Int {
        doc.elements.firstIndex(where: { $0.tag == "body" }) ?? 0
    }

    static func isAncestor(_ a: Int, of b: Int, _ doc: HTMLDocument) -> Bool {
        guard a < b else { return false }
        var k = doc.elements[b].parent
        while k >= a { if k == a { return true }; k = doc.elements[k].parent }
        return false
    }

    /// The heading that is the article's headline: the `<h1>` (else `<h2>`) that the
    /// `og:title`, JSON-LD headline or `<title>` repeats; -1 when none does.
    static func headlineElement(_ doc: HTMLDocument, ld: LinkedData) -> Int {
        var headings: [(k: Int, text: String)] = []
        for (k, el) in doc.elements.enumerated() where el.tag == "h1" || el.tag == "h2" {
            if isDropped(k, doc) { continue }
            var w = Walker(doc: doc, useHints: false, mainScore: 0)
            let t = BlockText.normalize(w.text(of: k).unicodeScalars)
            if t.count >= 8 { headings.append((k, t)) }
        }
        let titles = [doc.metaValue(["og:title", "twitter:title"]), ld.headline, doc.title].compactMap { $0.map(titleKey) }.filter { !$0.isEmpty }
        // An <h1> first; an <h2> only when it repeats a declared title.
        for level in ["h1", "h2"] {
            for title in titles {
                if let h = headings.first(where: {
                    let h = titleKey($0.text)
                    return doc.elements[$0.k].tag == level && !h.isEmpty && (title.contains(h) || h.contains(title))
                }) { return h.k }
            }
        }
        return -1
    }

    /// Letters and digits only, lowercased: "Só quem se Ama…" and "Só Quem Se Ama..." match.
    static func titleKey(_ s: String) -> String {
        String(String.UnicodeScalarView(s.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }))
    }

    /// Inside an element that is never content (scripts, navigation, page header...).
    static func isDropped(_ k: Int, _ doc: HTMLDocument) -> Bool {
        var p = doc.elements[k].parent
        while p >= 0 {
            let el = doc.elements[p]
            if HTMLDocument.droppedTags.contains(el.tag) || el.hidden { return true }
            p = el.parent
        }
        return false
    }
}
