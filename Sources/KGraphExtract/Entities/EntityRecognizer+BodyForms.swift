import KGraphIngest
import KGraphModel

/// One body named two ways in an article: by its initials ("American Civil Liberties Union",
/// then "ACLU") or by its name without the state in front ("U.S. Supreme Court", then "the
/// Supreme Court").
extension RecognizerRun {
    /// Words skipped when a name's initials are taken ("of", "the", "for", "and").
    private static let initialsSkipped: Set<String> = ["of", "the", "for", "and", "on", "in", "to", "de", "la", "du", "des"]

    /// The initials of a name's capitalized words: "American Civil Liberties Union" -> "ACLU".
    static func initials(_ label: String) -> String {
        var out = ""
        for word in label.split(whereSeparator: { $0 == " " || $0 == "-" }) where !initialsSkipped.contains(word.lowercased()) {
            guard let c = word.first, c.isUppercase else { return "" }
            out.append(c)
        }
        return out
    }

    /// Folds an organization or alliance named by the initials of another's name, or by another's
    /// name after a state ("U.S.", "Indian"), into that other one, when exactly one fits.
    mutating func mergeBodyForms() {
        var bodies: [(id: String, label: String, lexicon: Bool)] = []
        for (id, d) in drafts where d.type == .organization || d.type == .alliance { bodies.append((id, d.label, d.fromLexicon)) }
        guard bodies.count >= 2 else { return }
        bodies.sort { $0.id < $1.id }
        var initials: [String: String] = [:]
        var into: [String: String] = [:]
        for b in bodies where !b.lexicon {
            let acronym = (2...6).contains(b.label.count) && b.label.allSatisfy { $0.isUppercase && $0.isLetter }
            guard acronym || b.label.contains(" ") else { continue }
            let fits = bodies.filter { o in
                guard o.id != b.id, o.label.count > b.label.count else { return false }
                if acronym {
                    if initials[o.id] == nil { initials[o.id] = RecognizerRun.initials(o.label) }
                    return initials[o.id] == b.label
                }
                // "U.S. Supreme Court" for "Supreme Court": the longer name is a state's name and this one.
                guard o.label.hasSuffix(" " + b.label) else { return false }
                let prefix = String(o.label.dropLast(b.label.count + 1))
                guard !prefix.contains(" "), let id = lexiconEntity(named: prefix) else { return false }
                return lexicon.entities[id]?.type == .country
            }
            if fits.count == 1 { into[b.id] = fits[0].id }
        }
        guard !into.isEmpty else { return }
        for s in finds.indices {
            for f in finds[s].indices where !finds[s][f].removed {
                if let target = into[finds[s][f].nodeID] { finds[s][f].nodeID = target }
            }
        }
    }
}
