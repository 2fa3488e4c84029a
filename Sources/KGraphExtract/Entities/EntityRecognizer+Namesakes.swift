import KGraphModel

extension RecognizerRun {
    /// Bare names of bodies ("Senate", "Congress"; see ``Politics``). The lexicon gives a bare
    /// name to one state's body. A state named right before it ("Freedonian Senate") makes it
    /// that state's body. When bodies of several states share the name (one state's
    /// legislature, another's party), the politics of the sentence, else of the whole article
    /// (parties, legislatures and their office holders of each state, from the lexicon) picks
    /// among them.
    mutating func resolveNamesakes() {
        let politics = lexicon.gazetteer.politics
        guard !politics.namesakes.isEmpty else { return }
        var bare: [(Int, Int, String)] = []
        for s in finds.indices {
            for (k, f) in finds[s].enumerated() where !f.removed && f.hi == f.lo + 1 {
                let key = pieces[s][f.lo].key
                if let n = politics.namesakes[key], n.defaultID == f.nodeID { bare.append((s, k, key)) }
            }
        }
        guard !bare.isEmpty else { return }
        // Bodies and office holders of a state's politics; the default body counts by its full
        // name only ("Freedonian Congress"), not by the bare mentions being decided.
        func cues(_ s: Int, _ state: String, besides id: String) -> Int {
            finds[s].filter { f in
                !f.removed && politics.political.contains(f.nodeID) && politics.stateOf[f.nodeID] == state
                    && !(f.nodeID == id && f.hi == f.lo + 1)
            }.count
        }
        for (s, k, key) in bare {
            let n = politics.namesakes[key]!
            let f = finds[s][k]
            guard let home = politics.stateOf[n.defaultID] else { continue }
            // "Freedonian Congress": the state named right before the bare name decides.
            if let m = findAt(s, f.lo - 1), m.hi == f.lo, m.form == .name || m.form == .demonym,
               drafts[m.nodeID]?.type == .country, m.nodeID != home {
                if let alt = n.alternates.first(where: { politics.stateOf[$0] == m.nodeID }) {
                    finds[s][k].nodeID = lexiconNode(alt)
                    repointAcronym(after: s, f.hi, from: n.defaultID, to: alt)
                } else if let id = patternNode(label: text(s, m.lo, f.hi), type: .organization) {
                    // Another state's body the lexicon does not know: a name of its own.
                    implied.append((s, m))
                    claim(s, m.lo, f.hi, id, .name)
                    repointAcronym(after: s, f.hi, from: n.defaultID, to: id)
                }
                continue
            }
            guard !n.alternates.isEmpty else { continue }
            let candidates = [n.defaultID] + n.alternates
            func best(_ score: (String) -> Int) -> String? {
                let scored = candidates.map { ($0, score(politics.stateOf[$0]!)) }
                guard let top = scored.max(by: { $0.1 < $1.1 }), top.1 > 0 else { return nil }
                // A tie with the default keeps the default.
                return scored.first(where: { $0.1 == top.1 })!.0
            }
            let here = best { cues(s, $0, besides: n.defaultID) }
            var choice = here ?? n.defaultID
            if here == nil {
                // Else the article's politics: the state whose parties and legislatures it names most.
                choice = best { state in finds.indices.reduce(0) { $0 + cues($1, state, besides: n.defaultID) } } ?? n.defaultID
            }
            if choice != n.defaultID {
                finds[s][k].nodeID = lexiconNode(choice)
                repointAcronym(after: s, f.hi, from: n.defaultID, to: choice)
            }
        }
    }

    /// An acronym defined right after a re-pointed name ("Freedonian Congress (FC)") names
    /// the new body wherever it stands.
    private mutating func repointAcronym(after s: Int, _ e: Int, from old: String, to new: String) {
        let p = pieces[s]
        guard e + 2 < p.count, p[e].key == "(", p[e + 2].key == ")", let a = findAt(s, e + 1), a.nodeID == old else { return }
        let surface = p[e + 1].bare
        acronyms[surface] = new
        for t in finds.indices {
            for k in finds[t].indices where !finds[t][k].removed && finds[t][k].nodeID == old
                && finds[t][k].hi == finds[t][k].lo + 1 && pieces[t][finds[t][k].lo].bare == surface {
                finds[t][k].nodeID = new
            }
        }
    }
}
