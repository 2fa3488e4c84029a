import KGraphIngest
import KGraphModel

/// "they/their/them" for coordinated names: "Peru and Chile held talks. They also criticized
/// Bolivia", "Bolivia warned Peru and Chile that it would punish them".
///
/// The antecedent is a list of two or more names of one kind (states, alliances and bodies; or
/// people) that is the subject of its sentence (no preposition before it, a verb after it),
/// or, for "them", any list before the pronoun's own clause. It is trusted only when nothing
/// competes: no plural common noun ("drills", "talks") or other actor stands between it and the
/// pronoun. The pronoun then gets one token per name, joined as a pair joins
/// (``SentenceFrame/repeating(token:times:nodes:)``), so every rule reads "A and B".
extension Coreference {
    /// The node ids a plural pronoun at `i` of sentence `s` stands for, or nil.
    static func pluralGroup(_ frames: [SentenceFrame], _ s: Int, at i: Int, nodes: [String: Node]) -> [String]? {
        let f = frames[s]
        let w = f.lower[i]
        let object = w == "them"
        // A "they" must be a subject ("they said", "and they"), a "their" owns what follows.
        if w == "they", !isSubjectPosition(f, i, object: false) { return nil }
        guard w == "they" || w == "their" || w == "them" else { return nil }
        // This sentence before the pronoun: the first list there.
        if let group = firstGroup(f, before: i) {
            // ("A and B restarted their purchases": the rules read a possessive "their" of the
            // sentence's own subject list through that subject already.)
            if w == "their" { return nil }
            let subject = subjectList(f, group)
            if object {
                // Binding: "them" is not the subject of its own clause, and its clause needs a
                // subject of its own ("A and B said C threatened them"; in "A and B asked the
                // court to protect them" or "courted A and B, threatening them" the rules
                // would only pair A with B).
                if subject != nil && f.mentions[group.last!].tokenRange.upperBound > clauseStart(f, before: i) { return nil }
                guard let own = clauseSubject(f, before: i, ok: { SentenceFrame.isActor($0) }), !ids(f, group).contains(own) else { return nil }
            } else if subject == nil {
                return nil
            }
            let list = subject ?? group
            let own = object ? clauseSubject(f, before: i, ok: { SentenceFrame.isActor($0) }) : nil
            if competes(f, from: f.mentions[list.last!].tokenRange.upperBound, to: i, ids: ids(f, list),
                        subjectPronoun: w == "they" && subject != nil, except: own) { return nil }
            return ids(f, list)
        }
        // Else the subject list of the previous sentence, with nothing competing before the
        // pronoun here but the clause's own subject ("Lima warned them").
        // (Or a plural group name opening it: "Democrats met ... They ...".)
        guard s > 0, let group = firstGroup(frames[s - 1], before: frames[s - 1].count) ?? pluralSubject(frames[s - 1], nodes),
              let list = subjectList(frames[s - 1], group) else { return nil }
        let g = frames[s - 1]
        let names = ids(g, list)
        // ("Their leaders ...", "and their ...": a possessive opening a clause is read as its subject.)
        let subjectPronoun = w == "they" || w == "their" && isSubjectPosition(f, i, object: false)
        if competes(g, from: g.mentions[list.last!].tokenRange.upperBound, to: g.count, ids: names, subjectPronoun: subjectPronoun) { return nil }
        let own = object ? clauseSubject(f, before: i, ok: { SentenceFrame.isActor($0) }) : nil
        if competes(f, from: 0, to: i, ids: names, subjectPronoun: false, except: own) { return nil }
        return names
    }

    /// The first list of two or more names of one kind in `f` before token `end`, as mentions.
    private static func firstGroup(_ f: SentenceFrame, before end: Int) -> [Int]? {
        var k = 0
        while k < f.mentions.count, f.mentions[k].tokenRange.upperBound <= end {
            let group = f.group(of: k)
            let last = group.last!
            guard f.mentions[last].tokenRange.upperBound <= end else { return nil }
            if group.count >= 2, group.count <= 4, SentenceFrame.isActor(f.types[k]),
               group.allSatisfy({ f.mentions[$0].form != .demonym && f.isWholeTokens($0) && f.word(f.mentions[$0].tokenRange.upperBound) != "-" }),
               Set(group.map { f.mentions[$0].nodeID }).count == group.count {
                return group
            }
            k = last + 1
        }
        return nil
    }

    /// The first mention of `g` when it is a plural group name ("Democrats", "the Houthis").
    private static func pluralSubject(_ g: SentenceFrame, _ nodes: [String: Node]) -> [Int]? {
        guard let k = g.mentions.indices.first, SentenceFrame.isActor(g.types[k]), g.isWholeTokens(k),
              pluralName(g.mentions[k], g.types[k], nodes) else { return nil }
        return [k]
    }

    /// The node ids of a list.
    private static func ids(_ f: SentenceFrame, _ group: [Int]) -> [String] { group.map { f.mentions[$0].nodeID } }

    /// The list as the subject of its clause, or nil: no preposition before it, nothing but an
    /// opener, a determiner or a capitalized word (a title) right before it, no possessive
    /// "'s" after it, and a verb after it. "Though X backed A, B and C are ...": a first name
    /// after a verb and a bare comma is that verb's object, and the rest is the list.
    private static func subjectList(_ f: SentenceFrame, _ group: [Int]) -> [Int]? {
        guard let first = group.first, let last = group.last,
              !f.isPossessive(last), verbFollows(f, f.mentions[last].tokenRange.upperBound) else { return nil }
        let start = f.mentions[first].tokenRange.lowerBound
        if start == 0 { return group }
        let p = start - 1
        let opener = f.mentionAt[p] < 0 && (f.tokens[p].kind != .word || f.tokens[p].isCapitalized || f.isIn(p, WordClass.boundaries)
            || f.isIn(p, WordClass.subordinators) || f.isIn(p, WordClass.quotes) || ["and", "but", "or", "both", "the"].contains(f.lower[p]))
        if opener { return inPrepositionalPhrase(f, first) ? nil : group }
        // (A verb or noun right before: only the names after a bare comma may be the subject.)
        guard group.count >= 3, f.word(f.mentions[first].tokenRange.upperBound) == ",",
              f.mentions[group[1]].tokenRange.lowerBound == f.mentions[first].tokenRange.upperBound + 1 else { return nil }
        return Array(group.dropFirst())
    }

    /// Whether a verb (an auxiliary, a verb of saying or a verb-shaped word) opens the words at
    /// `n`, after adverbs.
    static func verbFollows(_ f: SentenceFrame, _ start: Int) -> Bool {
        var n = start
        while n < f.count, f.isIn(n, WordClass.adverbs) || f.lower[n] == "not" { n += 1 }
        guard n < f.count, f.tokens[n].kind == .word, !f.tokens[n].isCapitalized, f.mentionAt[n] < 0 else { return false }
        let w = f.lower[n]
        if subjectAuxiliaries.contains(w) || ["are", "were", "have"].contains(w) || f.isIn(n, speechVerbs) || f.isIn(n, irregularVerbForms) { return true }
        return w.utf8.count > 3 && w.hasSuffix("ed")
    }

    /// The irregular inflected forms of the verb lexicon ("held", "met", "fought", "took").
    static let irregularVerbForms = WordSet(Set(Inflection.irregular.values.joined()))

    /// Whether something between tokens `from` and `to` of `f` could be what the plural pronoun
    /// stands for instead: another actor (not one of `ids`, nor `except`) or a plural common
    /// noun. Objects of the list's own verb are passed over for a subject "they" ("A and B held
    /// drills, and they ...").
    private static func competes(_ f: SentenceFrame, from: Int, to: Int, ids: [String], subjectPronoun: Bool, except: String? = nil) -> Bool {
        guard from < to else { return false }
        for t in from..<to {
            if let m = f.mention(at: t) {
                let id = f.mentions[m].nodeID
                if ids.contains(id) || id == except || f.mentions[m].form == .demonym || !SentenceFrame.isActor(f.types[m]) { continue }
                if subjectPronoun { continue }
                return true
            }
            if subjectPronoun { continue }
            let w = f.lower[t]
            guard f.tokens[t].kind == .word, !f.tokens[t].isCapitalized, w.utf8.count > 3, w.hasSuffix("s"),
                  !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is"), !w.hasSuffix("'s") else { continue }
            // ("says", "wants": a verb right after a name or a pronoun is no plural noun.)
            if t > 0, f.mentionAt[t - 1] >= 0 || ["it", "he", "she", "who", "which", "that"].contains(f.lower[t - 1]) { continue }
            return true
        }
        return false
    }

    /// Rewrites sentence `s` so the pronoun at `i` names every entity of `ids` (one token each,
    /// joined as a list), and returns the new frame.
    static func resolvePluralGroup(_ frames: inout [SentenceFrame], _ s: Int, at i: Int, _ ids: [String], nodes: [String: Node]) -> SentenceFrame {
        let g = frames[s].repeating(token: i, times: ids.count - 1, nodes: nodes)
        for (n, id) in ids.enumerated() {
            add(g, id, (i + n)..<(i + n + 1), nodes)
            if n > 0 { g.joinPair(at: i + n) }
        }
        frames[s] = g
        return g
    }
}
