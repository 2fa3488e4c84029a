extension HTMLExtractor {
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
            walk(root)
            return finish()
        }

        /// Adds the blocks of one subtree; ``finish()`` gives them all.
        mutating func walk(_ root: Int) {
            visit(root, depth: 0, inLink: false)
            flush()
        }

        mutating func finish() -> [TextBlock] {
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

        func isFurniture(_ k: Int) -> Bool {
            guard useHints else { return false }
            return doc.elements[k].hidden || doc.isFurnitureContainer(k) || isCaptionBox(k)
        }

        /// A `<div>` holding an image and at most one short paragraph: a figure written
        /// without `<figure>`, its text a caption.
        func isCaptionBox(_ k: Int) -> Bool {
            let el = doc.elements[k]
            guard el.tag == "div", el.paragraphs <= 1, el.textLength > 0, el.textLength <= 400 else { return false }
            return el.children.contains { child in
                if case .element(let c) = child { return doc.elements[c].tag == "img" || doc.elements[c].tag == "picture" }
                return false
            }
        }

        /// Iterative walk for very deep subtrees: text in document order, blocks at block tags.
        mutating func visitFlat(_ root: Int) {
            var stack: [(Int, Int)] = [(root, 0)]
            while let (k, resumeAt) = stack.popLast() {
                var child = resumeAt
                let el = doc.elements[k]
                if child == 0 {
                    if HTMLDocument.droppedTags.contains(el.tag) || isFurniture(k) { continue }
                    if HTMLDocument.droppedUnlessParagraphs.contains(el.tag), el.paragraphScore == 0 { continue }
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
            if k > 0, HTMLDocument.droppedTags.contains(el.tag) { return }
            if depth > 0, HTMLDocument.droppedUnlessParagraphs.contains(el.tag), el.paragraphScore == 0 { return }
            if depth > 0, isFurniture(k) { return }
            if el.tag == "img" || el.tag == "picture" { return }
            let isBlock = HTMLDocument.blockTags.contains(el.tag) && depth < 400
            if isBlock { flush() }
            if el.tag.count == 2, el.tag.hasPrefix("h"), let d = el.tag.last, ("1"..."6").contains(d) { heading = true }
            let link = inLink || el.tag == "a"
            // A table row is one line, its cells apart.
            let cell = el.tag == "td" || el.tag == "th"
            if cell { buf.append(" ") }
            defer { if cell { buf.append(" ") } }
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
