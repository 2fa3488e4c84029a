import KGraphModel

extension RecognizerRun {
    /// New or proposed alliances named after an existing one: "an Asian NATO", "NATO Plus".
    mutating func matchAlliancePatterns(_ s: Int) {
        let p = pieces[s]
        for fi in finds[s].indices {
            let f = finds[s][fi]
            guard !f.removed, f.form == .name, let d = drafts[f.nodeID], d.type == .alliance else { continue }
            // "NATO Plus", "NATO+", "NATO plus".
            if f.hi < p.count, isFree(s, f.hi), p[f.hi].key == "plus" || p[f.hi].key == "+" {
                if let id = patternNode(label: d.label + " Plus", type: .alliance) {
                    claim(s, f.lo, f.hi + 1, id, .name)
                }
                continue
            }
            // "Asian NATO", "Pacific NATO": a geographic adjective in front.
            let j = f.lo - 1
            guard j >= 0, p[j].isWord, p[j].isCapitalized else { continue }
            let adjective = p[j].key
            let geographic = adjective.hasSuffix("an") || adjective.hasSuffix("ern") || adjective.hasSuffix("ese")
                || ["pacific", "atlantic", "arctic", "gulf", "mideast", "indo-pacific", "global"].contains(adjective)
            guard geographic, !CommonWords.contains(adjective), !NameWords.leftStops.contains(adjective) else { continue }
            if isFree(s, j) || findAt(s, j).flatMap({ drafts[$0.nodeID] })?.type == .region {
                if let id = patternNode(label: p[j].bare + " " + d.label, type: .alliance) {
                    claim(s, j, f.hi, id, .name)
                }
            }
        }
    }

    /// "Non-Aligned Movement (NAM)": the acronym names the same node, here and later.
    mutating func matchAcronymDefinitions(_ s: Int) {
        let p = pieces[s]
        var i = 0
        while i + 2 < p.count {
            defer { i += 1 }
            // (A word is no parenthesis: the flag first, a string comparison only for punctuation.)
            guard !p[i].isWord, p[i].key == "(", p[i + 2].key == ")", isFree(s, i + 1), i > 0, let f = findAt(s, i - 1),
                  f.form == .name, let d = drafts[f.nodeID], d.type != .person else { continue }
            let bare = p[i + 1].bare
            let letters = bare.unicodeScalars
            guard letters.count >= 2, letters.count <= 8, letters.first!.properties.isUppercase,
                  letters.filter({ $0.properties.isUppercase }).count >= 2 else { continue }
            claim(s, i + 1, i + 2, f.nodeID, .name)
            acronyms[bare] = f.nodeID
        }
    }
}
