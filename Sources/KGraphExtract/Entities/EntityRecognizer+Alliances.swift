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

extension RecognizerRun {
    /// Nouns of a group named by the one that leads it ("the Saudi-led coalition").
    static let ledGroupHeads = WordLists.set("ledGroupHeads")

    /// "the Saudi-led coalition", "a U.S.-led military alliance": a coalition the text names only
    /// by its leader is a node of its own, labelled with the leader and the head noun so every
    /// article's "X-led coalition" is one node. The leader keeps its mention; the head (with up
    /// to two modifiers before it) is the coalition's, and the leader joins it
    /// (``RuleEngine/modifierStances(_:)``).
    mutating func matchLedCoalitions(_ s: Int) {
        let p = pieces[s]
        for fi in finds[s].indices {
            let f = finds[s][fi]
            guard !f.removed, let d = drafts[f.nodeID], d.type == .country || d.type == .alliance || d.type == .organization else { continue }
            // "Saudi-led" is one token of two pieces; "U.S.-led" is "U.S." "-" "led".
            var k = f.hi
            if k < p.count, p[k].key == "-", !p[k].isWord, p[k].start == p[k - 1].end { k += 1 }
            guard k < p.count, p[k].key == "led", p[k].start == p[k - 1].end + (p[k].token == p[k - 1].token ? 1 : 0) else { continue }
            var h = k + 1
            while h < min(p.count, k + 4), isFree(s, h), p[h].isWord, !Self.ledGroupHeads.contains(p[h]),
                  !NameWords.leftStops.contains(p[h].key) { h += 1 }
            guard h < p.count, isFree(s, h), Self.ledGroupHeads.contains(p[h]) else { continue }
            // (Periods dropped, so "U.S.-led" and "US-led" name one coalition.)
            let label = (f.lo..<f.hi).map { p[$0].bare }.joined(separator: " ") + "-led " + p[h].key
            guard let id = patternNode(label: label, type: .alliance) else { continue }
            claim(s, k + 1, h + 1, id, .name)
        }
    }
}
