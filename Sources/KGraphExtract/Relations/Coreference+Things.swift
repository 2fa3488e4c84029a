import KGraphModel

/// "It" for a thing: a bill, deal, plan, report or probe is often the nearest fitting
/// antecedent of "it", and then "it" is no actor ("Democrats opposed the measure ... voted
/// against it", "The bill passed the House. It sets up a board").
///
/// - A non-subject "it" ("voted against it", "opposed it due to ...") takes the nearest
///   candidate: a thing noun between the named antecedent and the pronoun wins.
/// - A subject "it" prefers the subject before it ("China signed a deal with Japan, and it
///   also ..." is China): only a thing noun in a sentence after the antecedent's ("... in the
///   tax debate, which ... before it can garner ...") wins.
/// - Either one: a thing noun heading the subject of the antecedent's earlier sentence ("The
///   bill, passed by both houses in X, aims ... It establishes ...") is the more salient.
extension Coreference {
    /// Where the antecedent chosen for a pronoun is named: `back` sentences before it, at `token`.
    struct Antecedent {
        let id: String
        let back: Int
        let token: Int
    }

    /// Singular nouns of inanimate things "it" often stands for (documents, laws, agreements,
    /// plans, inquiries, votes).
    static let thingNouns: WordSet = WordLists.set("thingNouns")

    /// Auxiliaries and modals that follow a subject "it" ("it would", "it has", "it's").
    static let subjectAuxiliaries: Set<String> = ["is", "was", "'s", "has", "had", "have", "will", "would", "can", "could", "may",
                                                  "might", "must", "should", "shall", "does", "did", "do", "remains", "became"]

    /// Whether the pronoun at `i` is the subject of its clause: no object position
    /// (``objectPosition(_:_:)``), and first in the sentence, after a clause boundary,
    /// conjunction, comma, quote or verb of saying ("X said it ..."), or before an auxiliary or
    /// a verb-shaped word ("it can garner", "it establishes", "it also said").
    static func isSubjectPosition(_ f: SentenceFrame, _ i: Int, object: Bool) -> Bool {
        if object { return false }
        guard i > 0 else { return true }
        let p = i - 1
        if f.mentionAt[p] < 0 {
            if f.isIn(p, WordClass.boundaries) || f.isIn(p, WordClass.subordinators) || f.isIn(p, WordClass.quotes) { return true }
            if [",", "and", "or", "but", "that", "(", "—", "–"].contains(f.lower[p]) || f.isIn(p, speechVerbs) { return true }
        }
        var n = i + 1
        while n < f.count, f.isIn(n, WordClass.adverbs) || f.lower[n] == "not" { n += 1 }
        guard n < f.count, f.tokens[n].kind == .word, !f.tokens[n].isCapitalized, f.mentionAt[n] < 0 else { return false }
        let w = f.lower[n]
        return subjectAuxiliaries.contains(w) || w.utf8.count > 3 && (w.hasSuffix("ed") || w.hasSuffix("es") || w.hasSuffix("s") && !w.hasSuffix("ss"))
    }

    /// Whether token `t` is a thing noun heading its phrase (not "the bill's sponsor", not part
    /// of a name).
    private static func isThing(_ g: SentenceFrame, _ t: Int) -> Bool {
        guard g.mentionAt[t] < 0, g.isIn(t, thingNouns) else { return false }
        let next = g.word(t + 1)
        return next != "'s" && next != "-" && next != "'"
    }

    /// Whether a thing noun is a nearer or more salient antecedent of the "it" at `i` of
    /// sentence `s` than the named antecedent `a` (see the type's comment).
    static func thingIntervenes(_ frames: [SentenceFrame], _ s: Int, at i: Int, _ a: Antecedent, object: Bool) -> Bool {
        let f = frames[s]
        if a.back == 0 && a.token > i { return false }  // (cataphora: "After its ports reopened, X ...")
        let subject = isSubjectPosition(f, i, object: object)
        for b in 0...a.back where s - b >= 0 {
            let g = frames[s - b]
            // A subject "it" passes over things in the antecedent's own sentence.
            if subject && b == a.back { break }
            let from = b == a.back ? a.token + 1 : 0
            let to = b == 0 ? i : g.count
            if from < to, (from..<to).contains(where: { isThing(g, $0) }) { return true }
        }
        // "The bill, passed by both houses in X, ...": a thing heading the subject of the
        // antecedent's sentence, before any preposition, comma or name there.
        if a.back > 0, s - a.back >= 0 {
            let g = frames[s - a.back]
            var t = 0
            while t < min(a.token, 6) {
                if g.mentionAt[t] >= 0 || g.lower[t] == "," || g.isIn(t, WordClass.prepositions) || g.isIn(t, WordClass.subordinators) { break }
                if isThing(g, t) { return true }
                t += 1
            }
        }
        return false
    }
}
