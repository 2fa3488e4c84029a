/// The edges of a trie over words (``Gazetteer``) in one open-addressing table, answering as
/// the trie's per-node `[String: Int32]` dictionaries do.
///
/// An ASCII word is hashed by its bytes (FNV-1a) together with the node, so a step costs no
/// `Hasher` run; a word that is not ASCII asks the node's dictionary (Swift compares strings
/// by canonical equivalence), and so does every word when a key holds one of the three
/// non-ASCII scalars canonically equal to ASCII (U+037E, U+1FEF, U+212A).
struct TrieEdges: Sendable {
    /// The trie's own dictionaries, for words that are not ASCII.
    private let children: [[String: Int32]]
    /// Per slot: the word's hash (never 0) in the high 32 bits and the edge's node in the low
    /// ones, or 0 for an empty slot (one load tells a miss, and a word's edge from another node,
    /// from a hit); then the edge's word and child.
    private let keys: [UInt64]
    private let words: [String]
    private let targets: [Int32]
    private let mask: Int
    private let dictionaryOnly: Bool

    init(_ children: [[String: Int32]]) {
        let count = children.reduce(0) { $0 + $1.count }
        var size = 8
        while size < count * 2 { size *= 2 }
        var keys = [UInt64](repeating: 0, count: size)
        var words = [String](repeating: "", count: size)
        var targets = [Int32](repeating: -1, count: size)
        var dictionaryOnly = false
        for (node, edges) in children.enumerated() {
            for (w, child) in edges {
                if w.unicodeScalars.contains(where: { $0 == "\u{037E}" || $0 == "\u{1FEF}" || $0 == "\u{212A}" }) { dictionaryOnly = true }
                guard let h = TrieEdges.hash(w) else { continue }
                var i = TrieEdges.slot(h, node, size - 1)
                while keys[i] != 0 { i = (i + 1) & (size - 1) }
                keys[i] = TrieEdges.key(h, node)
                words[i] = w
                targets[i] = child
            }
        }
        self.children = children
        self.keys = keys
        self.words = words
        self.targets = targets
        self.mask = size - 1
        self.dictionaryOnly = dictionaryOnly
    }

    /// The child of `node` along `word`, nil when there is none.
    @inline(__always)
    func child(_ node: Int, _ word: String) -> Int32? { child(node, word, asciiHash: ASCIIHash.fnv1a(word)) }

    /// The child of `node` along a piece's key, by the hash the piece carries.
    @inline(__always)
    func child(_ node: Int, _ piece: Piece) -> Int32? { child(node, piece.key, asciiHash: piece.asciiHash) }

    @inline(__always)
    private func child(_ node: Int, _ word: String, asciiHash: UInt32?) -> Int32? {
        guard !dictionaryOnly, let h = asciiHash.map({ $0 | 1 }) else { return children[node][word] }
        let key = TrieEdges.key(h, node)
        var i = TrieEdges.slot(h, node, mask)
        while true {
            let s = keys[i]
            if s == 0 { return nil }
            if s == key, words[i] == word { return targets[i] }
            i = (i + 1) & mask
        }
    }

    /// FNV-1a of an ASCII string's bytes (never 0); nil for any other string.
    @inline(__always)
    private static func hash(_ s: String) -> UInt32? {
        ASCIIHash.fnv1a(s).map { $0 | 1 }
    }

    /// A slot's key: hash (never 0) and node.
    @inline(__always)
    private static func key(_ h: UInt32, _ node: Int) -> UInt64 { UInt64(h) << 32 | UInt64(UInt32(truncatingIfNeeded: node)) }

    @inline(__always)
    private static func slot(_ h: UInt32, _ node: Int, _ mask: Int) -> Int {
        let x = h ^ (UInt32(truncatingIfNeeded: node) &* 0x9E37_79B1)
        return Int(x ^ (x >> 15)) & mask
    }
}
