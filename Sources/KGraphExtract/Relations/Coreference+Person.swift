import KGraphModel

/// Person pronouns: gender agreement, binding and salience.
///
/// - Gender of a person: the given name of its label (`maleGivenNames`, `femaleGivenNames`),
///   or a title or kinship noun seen with it in the article ("Queen X", "spokeswoman X",
///   "X, a congresswoman"). Conflicting or no evidence leaves it unknown, and unknown agrees
///   with both "he" and "she".
/// - Binding: an object pronoun ("attacked her", "praised him") is never the subject of its own
///   clause; a possessive ("his rival") may be.
/// - Salience: the subject of the sentence (its first person mention) beats the others; two
///   agreeing candidates with neither the subject leave the pronoun unresolved.
extension Coreference {
    enum Gender { case male, female }

    static let maleGivenNames: WordSet = WordLists.set("maleGivenNames")
    static let femaleGivenNames: WordSet = WordLists.set("femaleGivenNames")
    /// Titles, honorifics, kinship and person nouns of one sex ("Mrs", "queen", "spokeswoman", "wife", "woman").
    static let maleTitles: WordSet = WordLists.set("maleTitles")
    static let femaleTitles: WordSet = WordLists.set("femaleTitles")
    /// Articles and quantifiers that open a noun phrase ("an agent", "any plans").
    static let articles: Set<String> = ["a", "an", "the", "any", "no", "some"]
    /// Verbs of saying: "X said Y insulted her" opens a new clause after the verb.
    static let speechVerbs: WordSet = WordLists.set("speech")

    /// The gender of every person of the article that has evidence of one gender only.
    static func genders(_ frames: [SentenceFrame], nodes: [String: Node]) -> [String: Gender] {
        var seen: [String: (male: Bool, female: Bool)] = [:]
        func note(_ id: String, _ w: String) {
            if maleTitles.contains(w) || maleGivenNames.contains(w) { seen[id, default: (false, false)].male = true }
            if femaleTitles.contains(w) || femaleGivenNames.contains(w) { seen[id, default: (false, false)].female = true }
        }
        for f in frames {
            for (k, m) in f.mentions.enumerated() where f.types[k] == .person && m.form != .reference {
                let r = m.tokenRange
                // A title inside the mention or right before it ("Mrs. X", "Queen X", "his wife, X").
                for j in r where maleTitles.contains(f.lower[j]) || femaleTitles.contains(f.lower[j]) { note(m.nodeID, f.lower[j]) }
                var j = r.lowerBound - 1
                while j >= 0, j >= r.lowerBound - 3, [".", ","].contains(f.lower[j]) { j -= 1 }
                if j >= 0, f.mentionAt[j] < 0, maleTitles.contains(f.lower[j]) || femaleTitles.contains(f.lower[j]) { note(m.nodeID, f.lower[j]) }
                // "X, a congresswoman", "X, the queen": an apposition right after the name.
                if f.word(r.upperBound) == "," {
                    var a = r.upperBound + 1
                    if ["a", "an", "the"].contains(f.word(a)) { a += 1 }
                    for t in a..<min(f.count, a + 3) {
                        if f.mentionAt[t] >= 0 || f.lower[t] == "," { break }
                        if maleTitles.contains(f.lower[t]) || femaleTitles.contains(f.lower[t]) { note(m.nodeID, f.lower[t]); break }
                    }
                }
            }
        }
        var out: [String: Gender] = [:]
        for (id, node) in nodes where node.type == .person {
            // The first given name of the label ("Angela Merkel", "Dr. Jane Roe").
            // (Words made one at a time up to that one, not a list of them all.)
            for part in node.label.lowercased().split(whereSeparator: { $0 == " " || $0 == "." }) {
                let w = String(part)
                if !WordClass.titleAbbreviations.contains(w) { note(id, w); break }
            }
            guard let s = seen[id], s.male != s.female else { continue }
            out[id] = s.male ? .male : .female
        }
        return out
    }

    /// Whether the person pronoun `w` may stand for a person of gender `g` (unknown agrees with all).
    static func agrees(_ w: String, _ g: Gender?) -> Bool {
        guard let g else { return true }
        switch w {
        case "he", "his", "him", "himself": return g == .male
        case "she", "her", "hers", "herself": return g == .female
        default: return true
        }
    }

    /// Whether `noun` is a generic person noun of the gender of pronoun `w` ("woman" for "she").
    static func genericPersonNoun(_ w: String, _ noun: String) -> Bool {
        switch noun {
        case "man", "boy": return agrees(w, .male)
        case "woman", "girl": return agrees(w, .female)
        default: return false
        }
    }

    /// "attacked her", "praised him", "met her in May": an object pronoun ("her" not followed
    /// by the noun it would own).
    static func isObjectPronoun(_ f: SentenceFrame, _ i: Int) -> Bool {
        switch f.lower[i] {
        case "him": return true
        case "her":
            guard i + 1 < f.count else { return true }
            let next = f.lower[i + 1]
            if f.tokens[i + 1].kind != .word { return !f.isIn(i + 1, WordClass.quotes) }
            return f.isIn(i + 1, WordClass.prepositions) || f.isIn(i + 1, WordClass.boundaries)
                || f.isIn(i + 1, WordClass.subordinators) || ["and", "or", "to", "again", "too", "as"].contains(next)
        default: return false
        }
    }

    /// The first token of the clause of the pronoun at `i`: after the nearest clause boundary,
    /// relative or complementizer, or verb of saying ("X said Y insulted her"), or after the
    /// comma that closes a fronted phrase ("After meeting X, Y praised her").
    static func clauseStart(_ f: SentenceFrame, before i: Int) -> Int {
        var j = i - 1
        while j >= 0 {
            if f.mentionAt[j] < 0 {
                if f.isIn(j, WordClass.boundaries) || f.isIn(j, WordClass.subordinators) || f.isIn(j, WordClass.quotes) { return j + 1 }
                // ("told him": the verb's own object is still in its clause.)
                if j < i - 1, f.isIn(j, speechVerbs) { return j + 1 }
                if f.lower[j] == ",", f.isIn(0, WordClass.prepositions) || f.isIn(0, WordClass.subordinators),
                   !f.lower[..<j].contains(",") { return j + 1 }
            }
            j -= 1
        }
        return 0
    }

    /// The subject of the clause of the pronoun at `i`: the nearest person of the clause before it
    /// that is no possessor ("X's aide"), no prepositional object, and not followed by a comma
    /// or a conjunction ("endorsed X and praised him": X is the first verb's object).
    static func clauseSubject(_ f: SentenceFrame, before i: Int, ok: (NodeType) -> Bool = { $0 == .person }) -> String? {
        let start = clauseStart(f, before: i)
        for k in f.mentions.indices.reversed() where ok(f.types[k]) {
            let r = f.mentions[k].tokenRange
            guard r.upperBound <= i else { continue }
            if r.lowerBound < start { break }
            if f.isPossessive(k) || inPrepositionalPhrase(f, k) || [",", "and", "or"].contains(f.word(r.upperBound)) { continue }
            return f.mentions[k].nodeID
        }
        return nil
    }

    /// The antecedent of the object pronoun at `i`. Never the subject of its own clause; an
    /// agreeing person earlier in the sentence, else in the previous two sentences: the first
    /// person of that sentence (its subject) when it is a candidate, else the only candidate;
    /// two or more candidates with neither the subject leave it unresolved.
    static func objectAntecedent(_ frames: [SentenceFrame], _ s: Int, at i: Int, genders: [String: Gender]) -> String? {
        let f = frames[s]
        let w = f.lower[i]
        let start = clauseStart(f, before: i)
        // "gave money to an agent to help him", "any plans to oust him": an infinitive after a
        // noun has that noun as its subject, and the clause's subject is free again ("failed to
        // welcome her", after a verb, keeps it bound).
        let nounInfinitive = (start..<i).contains { t in
            f.lower[t] == "to" && t + 1 < i && f.mentionAt[t + 1] < 0 && f.tokens[t + 1].kind == .word && !f.tokens[t + 1].isCapitalized
                && !f.isIn(t + 1, WordClass.determiners) && (max(0, t - 3)..<max(0, t - 1)).contains { articles.contains(f.lower[$0]) }
        }
        let subject = nounInfinitive ? nil : clauseSubject(f, before: i)
        // The candidates of one sentence (or its part before `end`), in order.
        func pick(_ g: SentenceFrame, end: Int) -> (String?, Bool) {
            let persons = g.mentions.indices.filter { g.types[$0] == .person && g.mentions[$0].tokenRange.upperBound <= end
                && g.mentions[$0].form != .demonym && g.isWholeTokens($0) }
            var ids: [String] = []
            for k in persons {
                let id = g.mentions[k].nodeID
                if id == subject || !agrees(w, genders[id]) || ids.contains(id) { continue }
                ids.append(id)
            }
            if ids.isEmpty { return (nil, false) }
            // The subject of that sentence: its first person, not inside a prepositional phrase
            // nor after a comma ("Many, including X, distanced themselves from Y").
            if let first = persons.first, g.mentions[first].nodeID == ids[0], !inPrepositionalPhrase(g, first),
               g.word(g.mentions[first].tokenRange.lowerBound - 1) != "," { return (ids[0], true) }
            return (ids.count == 1 ? ids[0] : nil, true)
        }
        let here = pick(f, end: i)
        if here.1 { return here.0 }
        for back in 1...2 where s - back >= 0 {
            let r = pick(frames[s - back], end: frames[s - back].count)
            if r.1 { return r.0 }
        }
        return nil
    }

    /// "the lifting of sanctions on X": a mention right after a preposition (and articles).
    static func inPrepositionalPhrase(_ f: SentenceFrame, _ k: Int) -> Bool {
        var j = f.mentions[k].tokenRange.lowerBound - 1
        while j >= 0, ["the", "a", "an"].contains(f.lower[j]) { j -= 1 }
        return j >= 0 && f.isIn(j, WordClass.prepositions) && !f.isIn(j, WordClass.subordinators)
    }
}
