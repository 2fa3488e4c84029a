import KGraphIngest
import KGraphModel

/// A token trie over every name, alias, demonym and metonym of a lexicon: finds, at a
/// position in a sentence, every lexicon pattern that starts there (longest first).
package struct Gazetteer: Sendable {
    /// What a matched pattern stands for.
    struct Entry: Sendable {
        var entityID: String
        var type: NodeType
        var form: EntityMention.Form
        /// Per pattern piece: the exact period-free surface an acronym piece must have ("US"),
        /// or nil when the piece matches case-insensitively.
        var exact: [String?]
        /// The pattern starts with a capital letter, so the text must too ("Quad" is not "quad").
        var needsCapital: Bool
        /// A single-word name that is also a common English word ("Bell", "Turkey"):
        /// the recognizer wants extra support before accepting it.
        var ambiguous: Bool
        var pieceCount: Int
        /// One word written with "the" in the lexicon ("the Raj", "the Shah"): without the
        /// article it must stand apart from other capitalized words ("Raj Shah" is a person).
        var articleDropped = false
    }

    /// The trie's edges while names are added (then handed to ``edges``).
    private var children: [[String: Int32]] = [[:]]
    /// ``children`` as one byte-hashed table, for matching (built once every name is added).
    private var edges = TrieEdges([[:]])
    /// The first pieces of every pattern, for a test before the hashed look-up (most words
    /// start no name).
    private var firstKeys = KeyFilter([])
    private var entries: [[Entry]] = [[]]
    /// Per trie node: whether a pattern ends there (``entries`` not empty), in one flat array
    /// (the match loop asks at every step; each node's list was a load of its own).
    private var ends: [Bool] = [false]
    /// Which state each body and person belongs to, and bare names several states' bodies share.
    private(set) var politics = Politics()
    /// Keys of each entity's label (``Tokenized/keys(of:)``), by entity id: computed at load,
    /// not per article.
    private(set) var labelKeys: [String: [String]] = [:]
    /// Each entity's aliases, demonyms and metonyms, distinct and sorted, by entity id: a node's
    /// aliases start from them (computed at load, not per article).
    private(set) var sortedAliases: [String: [String]] = [:]

    init(entities: [String: LexiconEntity]) {
        for id in entities.keys.sorted() {
            let e = entities[id]!
            labelKeys[id] = Tokenized.keys(of: e.label)
            sortedAliases[id] = Set(e.allAliases).sorted()
            add(e.label, e, .name)
            for a in e.aliases { add(a, e, .name) }
            for d in e.demonyms { add(d, e, .demonym) }
            for m in e.metonyms { add(m, e, .metonym) }
        }
        // Deterministic preference when one surface names several entities: names before
        // metonyms before demonyms, then by type and id.
        func rank(_ f: EntityMention.Form) -> Int { f == .name ? 0 : f == .metonym ? 1 : 2 }
        for i in entries.indices where entries[i].count > 1 {
            entries[i].sort { (rank($0.form), $0.type, $0.entityID) < (rank($1.form), $1.type, $1.entityID) }
        }
        firstKeys = KeyFilter(children[0].keys)
        edges = TrieEdges(children)
        ends = entries.map { !$0.isEmpty }
        children = []
        politics = Politics(entities: entities, gazetteer: self)
    }

    private mutating func add(_ surface: String, _ e: LexiconEntity, _ form: EntityMention.Form) {
        var text = surface.trimmingSpaces
        // "the Kremlin" is matched as "Kremlin": the article is not part of the name.
        let articleDropped = text.lowercased().hasPrefix("the ")
        if articleDropped { text = String(text.dropFirst(4)) }
        let pieces = Tokenized.pieces(Tokenizer.tokens(text))
        guard !pieces.isEmpty else { return }
        var node = 0
        for p in pieces {
            if let next = children[node][p.key] {
                node = Int(next)
            } else {
                children.append([:])
                entries.append([])
                let n = Int32(children.count - 1)
                children[node][p.key] = n
                node = Int(n)
            }
        }
        if entries[node].contains(where: { $0.entityID == e.id && $0.form == form }) { return }
        let exact: [String?] = pieces.map { p in
            let letters = p.bare.unicodeScalars
            let isAcronym = p.isWord && letters.count >= 2 && letters.count <= 4
                && letters.allSatisfy { $0.properties.isUppercase || ("0"..."9").contains($0) }
            // "LeT", "PfP": a short mixed-case acronym is written so too ("Let us ..." is no LeT).
            let mixedAcronym = p.isWord && letters.count >= 2 && letters.count <= 4 && letters.dropFirst().contains { $0.properties.isUppercase }
            return isAcronym || mixedAcronym ? p.bare : nil
        }
        let ambiguous = e.ambiguousForms.contains(surface)
            || (pieces.count == 1 && exact[0] == nil && CommonWords.contains(pieces[0].key))
        entries[node].append(Entry(entityID: e.id, type: e.type, form: form, exact: exact,
                                   // "the non-aligned movement": several words still name it in lowercase.
                                   // (not when the first word is an ordinary one: "to Lam" is not "To Lam").
                                   needsCapital: pieces[0].isCapitalized && (pieces.count == 1 || ambiguous
                                       || NameWords.leftStops.contains(pieces[0].key)),
                                   ambiguous: ambiguous,
                                   pieceCount: pieces.count, articleDropped: articleDropped && pieces.count == 1))
    }

    /// Patterns starting at `pieces[start]`, longest first: (piece count, entries).
    func matches(_ pieces: [Piece], from start: Int) -> [(Int, [Entry])] {
        guard start < pieces.count, firstKeys.mayContain(pieces[start]) else { return [] }
        var node = 0
        var found: [(Int, [Entry])] = []
        var i = start
        while i < pieces.count, let next = edges.child(node, pieces[i]) {
            node = Int(next)
            i += 1
            if ends[node] { found.append((i - start, entries[node])) }
        }
        found.reverse()  // (in place: no second array)
        return found
    }

    /// Whether the text pieces satisfy an entry's case rules.
    static func caseMatches(_ e: Entry, _ pieces: [Piece], from start: Int) -> Bool {
        if e.needsCapital && !pieces[start].isCapitalized { return false }
        // "the playing XI", "Louis XIV": a Roman numeral in capitals is no person's name written
        // in capitals ("Xi").
        if e.type == .person, e.exact.count == 1, e.exact[0] == nil, isRomanNumeral(pieces[start].bare) { return false }
        for (k, ex) in e.exact.enumerated() {
            // (A mixed-case acronym may be written in capitals: "AFD" for "AfD".)
            if let ex, pieces[start + k].bare != ex, pieces[start + k].bare != ex.uppercased() { return false }
        }
        return true
    }
}

extension Gazetteer {
    /// Whether `word` is a Roman numeral of two letters or more in capitals ("XI", "XIV", "MMXX").
    static func isRomanNumeral(_ word: String) -> Bool {
        let u = Array(word.unicodeScalars)
        guard u.count >= 2, u.count <= 12, u.allSatisfy({ "IVXLCDM".unicodeScalars.contains($0) }) else { return false }
        let value: [Unicode.Scalar: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
        // Read it, then write the number back: only a numeral in its usual form gives itself again.
        var n = 0
        for (k, c) in u.enumerated() {
            let v = value[c]!
            if k + 1 < u.count, v < value[u[k + 1]]! { n -= v } else { n += v }
        }
        guard n > 0, n < 4000 else { return false }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = n, written = ""
        for (v, w) in table { while rest >= v { written += w; rest -= v } }
        return written == word
    }

    /// The entity a whole name denotes ("south china sea" -> `south-china-sea`), if any.
    func exactEntity(_ name: String) -> String? {
        var text = name.trimmingSpaces
        if text.lowercased().hasPrefix("the ") { text = String(text.dropFirst(4)) }
        let p = Tokenized.pieces(Tokenizer.tokens(text))
        guard !p.isEmpty else { return nil }
        for (len, entries) in matches(p, from: 0) where len == p.count {
            if let e = entries.first(where: { Gazetteer.caseMatches($0, p, from: 0) || !$0.exact.contains { $0 != nil } }) {
                return e.entityID
            }
        }
        return nil
    }
}
