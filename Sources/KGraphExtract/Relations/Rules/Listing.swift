import KGraphModel

/// "Washington put the fund on a U.S. sanctions list", "the firms were added to China's
/// unreliable entity list": a side listed on another's sanctions or blacklist is acted against by
/// the list's owner (a name, demonym or possessive inside the list's noun phrase).
extension RuleEngine {
    /// Words that make a "list" a list of those sanctioned or shunned ("sanctions", "entity").
    static let blacklistWords: WordSet = WordLists.set("blacklistWords")
    /// Nouns of a list itself, and one-word blacklists ("blacklist", "watchlist").
    static let listNouns: WordSet = WordLists.set("listNouns")
    /// Verbs (as lemmas) that put a side on a list.
    static let listingVerbs: Set<String> = WordLists.strings("listingVerbs")

    func listings(_ p: ClauseParser) -> [Candidate] {
        let f = p.f
        var out: [Candidate] = []
        for k in 0..<f.count where f.mentionAt[k] < 0 && f.isIn(k, RuleEngine.listNouns) {
            // The list's noun phrase, back to "on"/"to": a blacklist word and the owner inside it.
            var j = k - 1
            var owner: Int?
            // ("the U.S. list of state sponsors of terrorism": the blacklist word after "of".)
            var black = f.lower[k] != "list" || f.word(k + 1) == "of" && (k + 2..<min(f.count, k + 7)).contains { f.isIn($0, RuleEngine.blacklistWords) }
            while j > 0, k - j <= 6, f.lower[j] != "on" && f.lower[j] != "to" {
                if let m = f.mention(at: j) {
                    guard owner == nil, f.types[m] == .country || f.types[m] == .alliance || f.types[m] == .organization else { break }
                    owner = m
                    j = f.mentions[m].tokenRange.lowerBound - 1
                    continue
                }
                if f.isIn(j, RuleEngine.blacklistWords) { black = true }
                j -= 1
            }
            guard black, let o = owner, j > 1, f.lower[j] == "on" || f.lower[j] == "to" else { continue }
            // The verb that puts the side there, and the side: its object, or its subject in the passive.
            let v = f.word(j - 1) == "back" ? j - 2 : j - 1  // ("put back on")
            if let listed = f.mention(at: v), SentenceFrame.isActor(f.types[listed]) {
                // "put the fund on ...": the object right before the preposition.
                var b = f.mentions[listed].tokenRange.lowerBound - 1
                if f.word(b) == "the" { b -= 1 }
                guard b >= 0, f.isLemma(b, in: .listing), !(max(0, b - 3)..<b).contains(where: { f.isNegator($0, verbs) }) else { continue }
                out += pairs(p, [o], f.group(of: listed), .counters, trigger: b..<(b + 1), rule: "listing", distance: k - b)
            } else if f.mentionAt[v] < 0, f.isLemma(v, in: .listing) {
                // "X was put on ...", "X has been added to ...": a passive with its subject.
                var b = v - 1
                while b > 0, f.mentionAt[b] < 0, f.isIn(b, WordClass.adverbs) { b -= 1 }
                guard b > 0, f.has(b, lemma: "be") else { continue }
                var a = b
                while a > 0, f.mentionAt[a - 1] < 0, f.isIn(a - 1, WordClass.auxiliaryVerbs) || f.has(a - 1, lemma: "be") { a -= 1 }
                guard !(max(0, a - 2)..<v).contains(where: { f.isNegator($0, verbs) }), let s = p.subject(before: a) else { continue }
                out += pairs(p, [o], s.group, .counters, trigger: v..<(v + 1), rule: "listing", distance: s.distance + (k - v))
            }
        }
        return out
    }
}
