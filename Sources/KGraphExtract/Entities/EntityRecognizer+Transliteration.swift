import KGraphIngest
import KGraphModel

/// Names written from another script come in several spellings: "Yuriy"/"Yuri",
/// "Aleksey"/"Alexei", "Mikhail"/"Mihail", "Zelenskyy"/"Zelensky". Within one article, two
/// people whose names agree word for word up to these spellings are one person.
enum Transliteration {
    /// A spelling-insensitive key of one folded, lowercase name word: "kh" is "h", "ks" is
    /// "x", "q" is "k", "ph" is "f", "y" is "i", and doubled letters count once ("ey" and "ei",
    /// "iy" and "y", "ii" and "i" alike).
    static func key(_ word: String) -> String {
        if let ascii = asciiKey(word) { return ascii }
        let s = Array(word.unicodeScalars)
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            let c = s[i], n: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
            var m = c
            var step = 1
            switch (c, n) {
            case ("k", "h"): m = "h"; step = 2
            case ("k", "s"): m = "x"; step = 2
            case ("c", "k"): m = "k"; step = 2
            case ("p", "h"): m = "f"; step = 2
            case ("q", _): m = "k"
            case ("y", _): m = "i"
            default: break
            }
            if out.last != m { out.append(m) }
            i += step
        }
        return Tokenized.string(out)
    }

    /// ``key(_:)`` of an ASCII word, made from its bytes by the same steps (nil for any other).
    private static func asciiKey(_ word: String) -> String? {
        UTF8Bytes.scan(word) { s -> String? in
            guard !s.contains(where: { $0 >= 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: s.count) { out in
                var n = 0, i = 0
                while i < s.count {
                    let c = s[i], next: UInt8 = i + 1 < s.count ? s[i + 1] : 0
                    var m = c, step = 1
                    switch (c, next) {
                    case (0x6B, 0x68): m = 0x68; step = 2  // kh -> h
                    case (0x6B, 0x73): m = 0x78; step = 2  // ks -> x
                    case (0x63, 0x6B): m = 0x6B; step = 2  // ck -> k
                    case (0x70, 0x68): m = 0x66; step = 2  // ph -> f
                    case (0x71, _): m = 0x6B              // q -> k
                    case (0x79, _): m = 0x69              // y -> i
                    default: break
                    }
                    if n == 0 || out[n - 1] != m { out[n] = m; n += 1 }
                    i += step
                }
                return n
            }
        }
    }

    /// The first byte of ``key(_:)`` of `word` (or of `word` and more parts after a hyphen, as
    /// ``RecognizerRun/tokenKey(_:_:_:)`` joins them, when `hyphenated`), from its first two bytes;
    /// nil for an empty word or one opening with a scalar that is not ASCII.
    static func firstByte(_ word: String, hyphenated: Bool) -> UInt8? {
        var bytes = word.utf8.makeIterator()
        guard let c = bytes.next(), c < 0x80 else { return nil }
        // (A second byte that is not ASCII starts a scalar no step below pairs with, as in ``key(_:)``.)
        let next: UInt8 = bytes.next() ?? (hyphenated ? 0x2D : 0)
        switch (c, next) {
        case (0x6B, 0x68): return 0x68  // kh -> h
        case (0x6B, 0x73): return 0x78  // ks -> x
        case (0x63, 0x6B): return 0x6B  // ck -> k
        case (0x70, 0x68): return 0x66  // ph -> f
        case (0x71, _): return 0x6B     // q -> k
        case (0x79, _): return 0x69     // y -> i
        default: return c
        }
    }

    /// The keys of a person's name words (initials and particles kept, punctuation dropped).
    static func keys(of label: String) -> [String] {
        Tokenized.pieces(Tokenizer.tokens(label)).filter(\.isWord).map { key($0.key) }
    }
}

extension RecognizerRun {
    /// Folds people whose names are spelling variants of each other into one node: the
    /// lexicon's person when one of them is known, else the one named most often (first named
    /// on a tie). Runs before surnames are resolved, so "Kolyvanov" alone then finds one person.
    mutating func mergeTransliterations() {
        // The people grouped by the keys of their names first, whether still named or not: in
        // most articles no two share keys, and then no find needs counting (a hashed access
        // per mention). A group is then cut to the people still named, as if only they had
        // been grouped.
        var people = 0
        for (_, d) in drafts where d.type == .person { people += 1; if people > 1 { break } }
        guard people > 1 else { return }
        var groups: [[String]: [String]] = [:]
        for (id, d) in drafts where d.type == .person {
            let k = Transliteration.keys(of: d.label)
            guard k.count >= 2 else { continue }
            groups[k, default: []].append(id)
        }
        guard groups.contains(where: { $0.value.count > 1 }) else { return }
        var count: [String: Int] = [:]
        var first: [String: (Int, Int)] = [:]
        for s in finds.indices {
            for f in finds[s] where !f.removed {
                count[f.nodeID, default: 0] += 1
                if first[f.nodeID] == nil { first[f.nodeID] = (s, f.lo) }
            }
        }
        var into: [String: String] = [:]
        for (_, all) in groups where all.count > 1 {
            let ids = all.filter { count[$0] != nil }
            guard ids.count > 1 else { continue }
            let lexiconIDs = ids.filter { drafts[$0]!.fromLexicon }
            // Two different known people never merge by spelling.
            guard lexiconIDs.count <= 1 else { continue }
            let target = lexiconIDs.first ?? ids.max { a, b in
                let ca = count[a]!, cb = count[b]!
                if ca != cb { return ca < cb }
                let fa = first[a]!, fb = first[b]!
                return (fa.0, fa.1, a) > (fb.0, fb.1, b)
            }!
            for id in ids where id != target { into[id] = target }
        }
        guard !into.isEmpty else { return }
        for s in finds.indices {
            for f in finds[s].indices where !finds[s][f].removed {
                if let target = into[finds[s][f].nodeID] { finds[s][f].nodeID = target }
            }
        }
    }
}
