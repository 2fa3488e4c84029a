import KGraphModel

extension RecognizerRun {
    /// Offices that head or speak for a body, in "Ann Roe, chief executive of Acme Foods".
    static let bodyOffices = WordLists.set("bodyOffices")

    /// The body named after an office in apposition to a person: "Ann Roe, chief executive of
    /// Acme Foods," and "Ann Roe, the founder of Blue Harbor". The capitalized words after "of"
    /// are an organization when nothing else has claimed them; the title rules then tie the
    /// person to it.
    mutating func matchOfficeBodies(_ s: Int) {
        let p = pieces[s]
        var k = 0
        while k + 3 < p.count {
            defer { k += 1 }
            guard p[k].key == ",", let f = findAt(s, k - 1), f.hi == k, drafts[f.nodeID]?.type == .person else { continue }
            var t = k + 1
            if ["the", "a", "an"].contains(p[t].key) { t += 1 }
            // Up to two words of the office before its head: "chief executive", "managing director".
            var e = t
            while e < min(p.count, t + 3), p[e].isWord, !p[e].isCapitalized || Tokenized.isWrittenUppercase(p[e].bare), p[e].key != "of" { e += 1 }
            guard e > t, e < p.count, p[e].key == "of", Self.bodyOffices.contains(p[e - 1]) else { continue }
            var a = e + 1
            if a < p.count, p[a].key == "the" { a += 1 }
            var b = a
            // ("Roe Smith & Associates": an ampersand between capitalized words joins the name.)
            while b < p.count, b - a < 5, isFree(s, b), p[b].isWord && p[b].isCapitalized
                    || p[b].key == "&" && b > a && b + 1 < p.count && p[b + 1].isWord && p[b + 1].isCapitalized { b += 1 }
            if b > a, p[b - 1].key == "&" { b -= 1 }
            // "chairman of Acme India": a state's name ending the run is part of the body's name.
            if b > a, b < p.count, let f = findAt(s, b), f.lo == b, f.form == .name,
               let t = drafts[f.nodeID]?.type, t == .country || t == .region,
               f.hi >= p.count || !(p[f.hi].isWord && p[f.hi].isCapitalized) { b = f.hi }
            guard b > a, a < p.count, isFree(s, a), !(a..<b).allSatisfy({ CommonWords.contains(p[$0]) }),
                  !CommonWords.months.contains(p[b - 1]), !CommonWords.weekdays.contains(p[b - 1]),
                  !NameWords.regionHeads.contains(p[b - 1]), !NameWords.placePrefixes.contains(p[a]) else { continue }
            // A single capitalized word may be a department or an ordinary word ("head of Marketing").
            if b - a == 1, isWrittenLowercase(p[a].key) || Self.hasNonNameSuffix(p[a].key) || CommonWords.contains(p[a]) { continue }
            if let id = patternNode(label: text(s, a, b), type: .organization) { claim(s, a, b, id, .name) }
        }
    }
}
