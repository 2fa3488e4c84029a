/// A page's visible text as one whitespace-collapsed run, with where each element's text
/// starts and ends in it: finds which element shows a given passage.
struct PageText {
    private(set) var text: [Unicode.Scalar] = []
    private var start: [Int]
    private var end: [Int]

    init(_ doc: HTMLDocument) {
        start = [Int](repeating: -1, count: doc.elements.count)
        end = start
        var stack: [(Int, Int)] = [(0, 0)]
        var space = true
        while let (k, child) = stack.popLast() {
            let el = doc.elements[k]
            if child == 0 {
                if k > 0, HTMLDocument.droppedTags.contains(el.tag) || el.hidden { continue }
                start[k] = text.count
            }
            var c = child
            while c < el.children.count {
                if case .element(let e) = el.children[c] {
                    stack.append((k, c + 1))
                    stack.append((e, 0))
                    break
                }
                if case .text(let t) = el.children[c] {
                    for s in t.unicodeScalars where !s.isInvisibleInWord {
                        if s.isAnySpace {
                            if !space { text.append(" "); space = true }
                        } else {
                            text.append(s); space = false
                        }
                    }
                }
                c += 1
            }
            if c == el.children.count { end[k] = text.count }
        }
    }

    /// The deepest element whose text contains the first occurrence of `needle`.
    func element(containing needle: [Unicode.Scalar]) -> Int? {
        guard let first = needle.first, needle.count <= text.count else { return nil }
        var at = -1
        var i = 0
        while i + needle.count <= text.count {
            if text[i] == first {
                var m = 1
                while m < needle.count, text[i + m] == needle[m] { m += 1 }
                if m == needle.count { at = i; break }
            }
            i += 1
        }
        guard at >= 0 else { return nil }
        var best: Int?
        for k in start.indices where start[k] >= 0 && start[k] <= at && end[k] >= at + needle.count {
            best = k
        }
        return best
    }
}
