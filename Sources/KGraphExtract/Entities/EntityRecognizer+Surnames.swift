import KGraphIngest
import KGraphModel

extension RecognizerRun {
    /// Resolves surnames ("Jaishankar", "Ishiba") and acronyms to the people and bodies named
    /// in full elsewhere in the article, then turns titled single names nobody claimed into
    /// people of their own ("President Xi").
    mutating func resolveSingles() {
        var surnames: [String: String] = [:]
        var clashes: Set<String> = []
        // Only people still named in full somewhere: a dropped "Johnson" must not come back.
        // The people of full names, in id order (picked before sorting: most drafts are none).
        var named: [(id: String, label: String)] = []
        for (id, d) in drafts where d.type == .person && d.nameLength >= 2 { named.append((id, d.label)) }
        named.sort { $0.id < $1.id }
        var live = Set<String>()
        if !named.isEmpty { for list in finds { for f in list where !f.removed { live.insert(f.nodeID) } } }
        for (id, label) in named where live.contains(id) {
            let tokens = Tokenizer.tokens(label).filter { $0.kind == .word && $0.text.unicodeScalars.count > 1 }
            guard tokens.count >= 2, let last = tokens.last else { continue }
            // Spelling variants of one surname are one key ("Zelensky", "Zelenskyy").
            var keys = [Transliteration.key(Tokenized.fold(last.lower))]
            // "al-Bashir" is also "Bashir".
            let parts = keys[0].split(separator: "-")
            if parts.count == 2, Self.nameConnectors.contains(String(parts[0])) || parts[0] == "el" { keys.append(String(parts[1])) }
            for key in keys {
                if let other = surnames[key], other != id { clashes.insert(key) }
                surnames[key] = id
            }
        }
        for c in clashes { surnames[c] = nil }
        for (s, lo, hi, titled) in pendingSingles where (lo..<hi).allSatisfy({ isFree(s, $0) }) {
            let key = tokenKey(s, lo, hi)
            if let id = surnames[Transliteration.key(key)] {
                claim(s, lo, hi, id, .name)
            } else if titled, !CommonWords.contains(key) {
                if let id = patternNode(label: text(s, lo, hi), type: .person) {
                    claim(s, lo, hi, id, .name)
                    surnames[Transliteration.key(key)] = id
                }
            }
        }
        guard !surnames.isEmpty || !acronyms.isEmpty else { return }
        // The first bytes of the surname keys, when every one is ASCII: a word whose key would
        // open with another byte finds no surname, and is passed over without building its key.
        var surnameFirsts = [Bool](repeating: false, count: 128)
        var byFirstByte = true
        for key in surnames.keys {
            guard let b = key.utf8.first, b < 0x80 else { byFirstByte = false; break }
            surnameFirsts[Int(b)] = true
        }
        for s in sentences.indices where !skipped[s] {
            let p = pieces[s]
            var k = 0
            while k < p.count {
                // Whole tokens only: "Thomas-Greenfield", not its "Greenfield".
                var hi = k + 1
                while hi < p.count, p[hi].token == p[k].token { hi += 1 }
                defer { k = hi }
                // (The piece's own flags first: most pieces are no capitalized word.)
                guard p[k].isWord, p[k].isCapitalized, k == 0 || p[k - 1].token != p[k].token,
                      (k..<hi).allSatisfy({ isFree(s, $0) }) else { continue }
                if !acronyms.isEmpty, let id = acronyms[hi == k + 1 ? p[k].bare : text(s, k, hi)] { claim(s, k, hi, id, .name); continue }
                guard !surnames.isEmpty else { continue }
                if byFirstByte, let b = Transliteration.firstByte(p[k].key, hyphenated: hi > k + 1), !surnameFirsts[Int(b)] { continue }
                let key = tokenKey(s, k, hi)
                guard let id = surnames[Transliteration.key(key)] else { continue }
                if CommonWords.contains(key) && isSentenceInitial(s, k) {
                    let n = hi < p.count ? p[hi].key : ""
                    guard NameWords.speech.contains(n) || n == "'s" else { continue }
                }
                // Not the first name of someone else: "Wells Fargo", "Abe Lincoln".
                if hi < p.count, isFree(s, hi), p[hi].isCapitalized, p[hi].isWord { continue }
                claim(s, k, hi, id, .name)
            }
        }
    }

    /// Folds people named by part of a longer name into the longer one: "Suu Kyi" into
    /// "Aung San Suu Kyi", "George Bush" into "George H.W. Bush".
    mutating func mergeShortNames() {
        func words(_ label: String) -> [String] {
            Tokenized.pieces(Tokenizer.tokens(label)).filter { $0.isWord && $0.bare.unicodeScalars.count > 1 }.map(\.key)
        }
        let people = drafts.filter { $0.value.type == .person }.map { ($0.key, words($0.value.label)) }.sorted { $0.0 < $1.0 }
        var into: [String: String] = [:]
        for (id, w) in people where !w.isEmpty && !(drafts[id]!.fromLexicon) {
            let longer = people.filter { other in
                other.0 != id && other.1.count > w.count
                    && (other.1.suffix(w.count) == w[...] || (w.count == 2 && other.1.first == w.first && other.1.last == w.last))
            }
            if longer.count == 1 { into[id] = longer[0].0 }
        }
        guard !into.isEmpty else { return }
        for s in finds.indices {
            for f in finds[s].indices where !finds[s][f].removed {
                if let target = into[finds[s][f].nodeID] { finds[s][f].nodeID = target }
            }
        }
    }

    /// The folded key of the token made of pieces `lo..<hi`: "thomas-greenfield".
    func tokenKey(_ s: Int, _ lo: Int, _ hi: Int) -> String {
        hi - lo == 1 ? pieces[s][lo].key : (lo..<hi).map { pieces[s][$0].key }.joined(separator: "-")
    }
}
