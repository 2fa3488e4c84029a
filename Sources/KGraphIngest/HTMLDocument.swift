/// A forgiving HTML parser into a flat element tree: enough structure to find the main
/// content element and to turn it into blocks. Unclosed and stray tags are tolerated.
struct HTMLDocument {
    enum Child { case element(Int), text(String) }

    struct Element {
        var tag: String
        var parent: Int
        var children: [Child] = []
        /// The words of the `class` and `id` values, lowercased, camelCase split, each
        /// followed by a space ("relatedStories" gives "related stories "), for furniture hints.
        var hint: String = ""
        var itemprop: String = ""
        var role: String = ""
        /// `hidden`, `aria-hidden="true"` or an inline style that hides it.
        var hidden = false
        /// Text characters in the subtree (excluding dropped elements).
        var textLength = 0
        /// Characters of that text inside links.
        var linkLength = 0
        /// Characters of substantial paragraphs in the subtree, links not counted; hidden
        /// elements and furniture containers (by their class and id words) count nothing.
        var paragraphScore = 0
        /// Substantial paragraphs in the subtree.
        var paragraphs = 0
        /// Hidden, furniture by its class or id words, or inside such an element.
        var excluded = false
        /// Named by layout words only ("paywall", "widget") but holding most of the prose
        /// around it: the article goes on inside it, so it is no furniture.
        var denseLayout = false
    }

    var elements: [Element] = [Element(tag: "#root", parent: -1)]
    var title: String?
    /// `<meta>` values by lowercased `property`, `name` or `itemprop`, in document order.
    var meta: [(key: String, value: String)] = []
    /// `<link rel="canonical">`.
    var canonical: String?
    /// The raw text of `<script type="application/ld+json">` elements.
    var jsonLD: [String] = []
    /// `datetime` of `<time>` elements, with the element index.
    var times: [(element: Int, value: String)] = []

    static let voidTags: Set<String> = ["br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base",
                                        "col", "embed", "param", "track", "keygen"]
    /// Never content.
    static let droppedTags: Set<String> = ["script", "style", "noscript", "svg", "iframe", "template", "nav",
                                           "footer", "aside", "figcaption", "button", "select", "textarea",
                                           "menu", "dialog", "object", "canvas", "video", "audio", "map", "head"]
    /// Never content unless they hold paragraphs (a page built inside one `<form>`, a
    /// standfirst in the article's `<header>`).
    static let droppedUnlessParagraphs: Set<String> = ["header", "form"]
    static let rawTextTags: Set<String> = ["script", "style", "textarea", "title", "xmp", "noscript", "template"]
    static let autoCloseSame: Set<String> = ["p", "li", "dt", "dd", "tr", "td", "th", "option"]
    static let blockTags: Set<String> = ["p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                                         "section", "article", "main", "figure", "table", "tr", "dl", "dt",
                                         "dd", "pre", "address", "center", "hr", "br", "body", "header", "footer", "tbody",
                                         "thead", "caption", "details", "summary", "fieldset", "picture"]

    init(_ source: String) {
        let a = Array(source.unicodeScalars)
        let n = a.count
        var stack = [0]
        var i = 0
        var textBuf = String.UnicodeScalarView()
        func flushText() {
            if !textBuf.isEmpty {
                elements[stack.last!].children.append(.text(String(textBuf)))
                textBuf = String.UnicodeScalarView()
            }
        }
        while i < n {
            let c = a[i]
            if c == "&", let (s, next) = HTMLEntities.decode(a, at: i, end: n) {
                textBuf.append(s); i = next; continue
            }
            guard c == "<", i + 1 < n else { textBuf.append(c); i += 1; continue }
            if let next = Self.declarationEnd(a, at: i) { i = next; continue }
            guard let (tag, end) = Self.readTag(a, at: i) else { textBuf.append(c); i += 1; continue }
            i = min(end + 1, n)
            flushText()
            if tag.closing {
                closeElement(tag.name, stack: &stack)
            } else {
                i = openElement(tag, in: a, contentStart: i, stack: &stack)
            }
        }
        flushText()
        computeScores()
    }

    /// Bottom-up text lengths and paragraph scores (children always follow their parents).
    /// Containers named by layout words only are first scored as content: one with two
    /// paragraphs or more, few links, and most of the paragraph text of the nearest ancestor
    /// that has more, is kept as content (the article continued in a `paywall` box, a page
    /// builder's `widget-wrap` around the whole text); the others are furniture.
    private mutating func computeScores() {
        var hasH1 = [Bool](repeating: false, count: elements.count)
        for k in stride(from: elements.count - 1, through: 1, by: -1) where elements[k].tag == "h1" || hasH1[k] {
            hasH1[k] = true
            if elements[k].parent >= 0 { hasH1[elements[k].parent] = true }
        }
        var kind = [FurnitureKind](repeating: .none, count: elements.count)
        var anyLayout = false
        for k in 1..<elements.count where !hasH1[k] {
            kind[k] = furnitureKind(k)
            if kind[k] == .layout { anyLayout = true }
        }
        guard anyLayout else { scoreTree(kind); return }
        var firstPass = kind
        for k in firstPass.indices where firstPass[k] == .layout { firstPass[k] = .none }
        scoreTree(firstPass)
        // Parents come before their children: a kept container's layout-named children are judged inside it.
        for k in 1..<elements.count where kind[k] == .layout && !elements[k].excluded && elements[k].paragraphs >= 2
            && elements[k].linkLength * 3 < elements[k].textLength {
            let own = elements[k].paragraphScore
            var a = elements[k].parent
            while a > 0, elements[a].paragraphScore <= own { a = elements[a].parent }
            if a <= 0 || own * 2 > elements[a].paragraphScore {
                kind[k] = .none
                elements[k].denseLayout = true
            }
        }
        // The others are furniture after all: their paragraphs leave their ancestors' scores.
        var k = 1
        while k < elements.count {
            guard kind[k] == .layout, !elements[k].excluded else { k += 1; continue }
            let end = subtreeEnd(k)
            let (score, count) = (elements[k].paragraphScore, elements[k].paragraphs)
            var a = elements[k].parent
            while a >= 0 {
                elements[a].paragraphScore -= score
                elements[a].paragraphs -= count
                a = elements[a].parent
            }
            for e in k..<end {
                elements[e].excluded = true
                elements[e].paragraphScore = 0
                elements[e].paragraphs = 0
            }
            k = end
        }
    }

    /// The index after the last element inside `k` (elements are numbered in document order).
    func subtreeEnd(_ k: Int) -> Int {
        var e = k
        while let last = elements[e].children.last(where: { if case .element = $0 { return true }; return false }),
              case .element(let c) = last {
            e = c
        }
        return e + 1
    }

    /// One bottom-up scoring pass with the given furniture verdicts.
    private mutating func scoreTree(_ kind: [FurnitureKind]) {
        // Parents come before their children. A page wrapper holding the headline is never
        // furniture, whatever its class says ("page-with-sidebar").
        for k in 1..<elements.count {
            let p = elements[k].parent
            elements[k].excluded = (p > 0 && elements[p].excluded) || elements[k].hidden || kind[k] != .none
        }
        for k in stride(from: elements.count - 1, through: 1, by: -1) {
            let el = elements[k]
            if Self.droppedTags.contains(el.tag) { continue }
            var own = 0
            for child in el.children { if case .text(let t) = child { own += Self.weightedLength(t) } }
            elements[k].textLength += own
            if el.tag == "a" { elements[k].linkLength = elements[k].textLength }
            if !el.excluded, el.tag == "p" || (own >= 120 && el.tag != "a") {
                // Short paragraphs and link lists are usually furniture.
                let len = el.tag == "p" ? elements[k].textLength : own
                let links = el.tag == "p" ? elements[k].linkLength : 0
                if len >= 40, links * 2 < len {
                    elements[k].paragraphScore += len - links
                    elements[k].paragraphs += 1
                }
            }
            let p = el.parent
            if p >= 0 {
                elements[p].textLength += elements[k].textLength
                elements[p].linkLength += elements[k].linkLength
                elements[p].paragraphScore += elements[k].paragraphScore
                elements[p].paragraphs += elements[k].paragraphs
            }
        }
    }

    /// A container its class or id words name as page furniture (comments, related stories,
    /// share rows...). Article-like elements never are.
    func isFurnitureContainer(_ k: Int) -> Bool {
        furnitureKind(k) != .none && !elements[k].denseLayout
    }

    /// How a container's class and id words name it: not furniture, furniture by a word
    /// that says what it holds ("comments", "related"), or by a layout word alone
    /// ("sidebar", "paywall", "widget"), which pages also put on the article's own boxes.
    enum FurnitureKind { case none, named, layout }

    func furnitureKind(_ k: Int) -> FurnitureKind {
        let el = elements[k]
        guard !el.hint.isEmpty, el.tag != "body", el.tag != "html", el.tag != "article", el.tag != "main",
              el.itemprop != "articlebody" else { return .none }
        var responsive = false, hidden = false, weak = false, content = false
        var start = el.hint.startIndex
        for i in el.hint.indices where el.hint[i] == " " {
            let w = String(el.hint[start..<i])
            start = el.hint.index(after: i)
            if Self.furnitureWords.contains(w) { return .named }
            if w == "hidden" { hidden = true }
            if Self.responsiveWords.contains(w) { responsive = true }
            if Self.layoutFurnitureWords.contains(w) { weak = true }
            if Self.contentWords.contains(w) { content = true }
        }
        // Layout words also name wrappers of the article ("l-sidebar-fixed l-article-body").
        if content { return .none }
        if hidden && !responsive { return .named }
        return weak ? .layout : .none
    }

    /// class/id words that mark page furniture containers (Resources/furniture.json).
    static let furnitureWords = Set(FurnitureVocabulary.bundled.containerClassWords)
    /// Furniture words that page layouts also put on the article's wrappers.
    static let layoutFurnitureWords = Set(FurnitureVocabulary.bundled.layoutClassWords)
    /// Words that name the article itself.
    static let contentWords: Set<String> = ["article", "body", "content", "entry", "story", "main", "text", "post"]
    /// Words beside "hidden" that only hide an element on some screens ("hidden-xs").
    static let responsiveWords: Set<String> = ["xs", "sm", "md", "lg", "xl", "mobile", "desktop", "tablet", "phone"]

    /// `<meta>` and `<link rel="canonical">` values.
    mutating func collectHeadData(_ tag: String, _ attrs: [(String, String)]) {
        func attr(_ name: String) -> String? { attrs.first { $0.0 == name }?.1 }
        if tag == "link" {
            if canonical == nil, let rel = attr("rel"), rel.lowercased().split(separator: " ").contains("canonical"),
               let href = attr("href"), !href.isEmpty {
                canonical = Self.decodeEntities(href)
            }
            return
        }
        guard let key = attr("property") ?? attr("name") ?? attr("itemprop"), let value = attr("content") else { return }
        let v = BlockText.normalize(Self.decodeEntities(value).replacingNewlines().unicodeScalars)
        if !v.isEmpty { meta.append((key.lowercased(), v)) }
    }

    /// The first `<meta>` value of any of `keys`, in the order of `keys`.
    func metaValue(_ keys: [String]) -> String? {
        for key in keys { if let m = meta.first(where: { $0.key == key }) { return m.value } }
        return nil
    }
}

extension String {
    func replacingNewlines() -> String {
        guard utf8.contains(0x0A) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\n" ? " " : $0 }))
    }
}
