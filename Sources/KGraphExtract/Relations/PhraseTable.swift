/// Multi-word phrases written as lemmas, indexed by their first word for matching on
/// lemmatized tokens.
struct PhraseTable<Payload: Sendable>: Sendable {
    private(set) var phrases: [(words: [String], payload: Payload)] = []
    /// First lemma -> phrase indices, longest phrase first.
    private var byFirst: [String: [Int]] = [:]

    var isEmpty: Bool { phrases.isEmpty }

    mutating func insert(_ words: [String], _ payload: Payload) {
        guard let first = words.first else { return }
        phrases.append((words, payload))
        var list = byFirst[first, default: []]
        list.append(phrases.count - 1)
        list.sort { (phrases[$0].words.count, -$0) > (phrases[$1].words.count, -$1) }
        byFirst[first] = list
    }

    /// Every word of every phrase (to build the inflection table).
    var allWords: Set<String> { Set(phrases.flatMap(\.words)) }

    /// The longest phrase starting at token `i`, given each token's candidate lemmas.
    func match(at i: Int, lemmas: [[String]]) -> (length: Int, payload: Payload, index: Int)? {
        var best: (Int, Payload, Int)?
        for first in lemmas[i] {
            guard let list = byFirst[first] else { continue }
            for p in list {
                let words = phrases[p].words
                if let b = best, b.0 >= words.count { break }
                guard i + words.count <= lemmas.count else { continue }
                var ok = true
                for k in 1..<max(1, words.count) where !lemmas[i + k].contains(words[k]) { ok = false; break }
                if ok { best = (words.count, phrases[p].payload, p); break }
            }
        }
        return best.map { (length: $0.0, payload: $0.1, index: $0.2) }
    }

    /// Whether a phrase ends exactly at token `end - 1` (for scanning leftwards).
    func matchEnding(at end: Int, lemmas: [[String]], maxLength: Int = 4) -> Int? {
        for len in stride(from: min(maxLength, end), through: 1, by: -1) {
            if let m = match(at: end - len, lemmas: lemmas), m.length == len { return len }
        }
        return nil
    }
}
