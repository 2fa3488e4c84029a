import KGraphIngest
import KGraphModel

/// What the lexicon tells about states' politics, derived once per lexicon: the state a body
/// or person belongs to, which of them are political (parties, legislatures and the people
/// holding office in them), and bare names that bodies of several states share ("Congress").
struct Politics: Sendable {
    /// Entity id (organization or person) -> the country id it belongs to.
    var stateOf: [String: String] = [:]
    /// Parties, legislatures and the people holding office in them, with a known state.
    var political: Set<String> = []
    /// Bare key ("congress", "senate") -> the body the lexicon gives the bare name, and other
    /// bodies of other states whose names end in that word ("Freedonian National Congress"),
    /// if any.
    var namesakes: [String: (defaultID: String, alternates: [String])] = [:]

    /// Head words of party and legislature names.
    static let politicalHeads: WordSet = WordLists.set("politicalHeads")

    init() {}

    init(entities: [String: LexiconEntity], gazetteer g: Gazetteer) {
        let ids = entities.keys.sorted()
        // People: the countries their offices are of.
        let personState = Self.personStates(entities, ids)
        addBodies(entities, ids, personState: personState, gazetteer: g)
        for (pid, st) in personState {
            stateOf[pid] = st
            if entities[pid]!.roles.contains(where: { political.contains($0.ofID) }) { political.insert(pid) }
        }
        addNamesakes(entities, ids, gazetteer: g)
    }

    /// The pieces of a name as the recognizer reads them.
    private static func pieces(_ surface: String) -> [Piece] { Tokenized.pieces(Tokenizer.tokens(surface)) }

    /// The head of a name: the word before "of"/"for"/"on", else the last word.
    private static func head(_ p: [Piece]) -> String? {
        let words = p.filter(\.isWord)
        if let k = words.indices.first(where: { $0 > 0 && ["of", "for", "on"].contains(words[$0].key) }) { return words[k - 1].key }
        return words.last?.key
    }

    /// The countries named (by name or demonym) inside a surface: "Freedonian Navy" -> freedonia.
    private static func states(in p: [Piece], _ g: Gazetteer) -> Set<String> {
        var out = Set<String>()
        for k in p.indices {
            for (_, entries) in g.matches(p, from: k) {
                if let c = entries.first(where: { $0.type == .country && ($0.form == .name || $0.form == .demonym) }) {
                    out.insert(c.entityID)
                    break
                }
            }
        }
        return out
    }

    /// People with offices of exactly one country, and that country.
    private static func personStates(_ entities: [String: LexiconEntity], _ ids: [String]) -> [String: String] {
        var personState: [String: String] = [:]
        for id in ids {
            guard let e = entities[id], e.type == .person else { continue }
            let countries = Set(e.roles.map(\.ofID).filter { entities[$0]?.type == .country })
            if countries.count == 1 { personState[id] = countries.first! }
        }
        return personState
    }

    /// The states of bodies, and which of them are political.
    private mutating func addBodies(_ entities: [String: LexiconEntity], _ ids: [String], personState: [String: String], gazetteer g: Gazetteer) {
        // Bodies: a country inside one of their names, else the one country of the people
        // holding office in them.
        var holders: [String: Set<String>] = [:]
        for (pid, st) in personState {
            for r in entities[pid]!.roles where entities[r.ofID]?.type == .organization { holders[r.ofID, default: []].insert(st) }
        }
        for id in ids {
            guard let e = entities[id], e.type == .organization else { continue }
            let surfaces = ([e.label] + e.aliases).map(Self.pieces)
            var found = Set<String>()
            for p in surfaces { found.formUnion(Self.states(in: p, g)) }
            if found.isEmpty, let h = holders[id] { found = h }
            if found.count == 1 { stateOf[id] = found.first! }
            if stateOf[id] != nil, surfaces.contains(where: { Self.head($0).map(Self.politicalHeads.contains) ?? false }) { political.insert(id) }
        }
    }

    /// Bare names shared by bodies of several states (``namesakes``).
    private mutating func addNamesakes(_ entities: [String: LexiconEntity], _ ids: [String], gazetteer g: Gazetteer) {
        // Bare names: an ambiguous one-word alias of a body ("Senate"), and the other states'
        // bodies with that head word that are called by that word too ("Congress party").
        var byHead: [String: [String]] = [:]
        for id in ids {
            guard let e = entities[id], e.type == .organization, stateOf[id] != nil, let h = Self.head(Self.pieces(e.label)),
                  ([e.label] + e.aliases).contains(where: { Self.pieces($0).first?.key == h }) else { continue }
            byHead[h, default: []].append(id)
        }
        for id in ids {
            guard let e = entities[id], e.type == .organization, let home = stateOf[id] else { continue }
            for a in e.ambiguousForms {
                let p = Self.pieces(a)
                guard p.count == 1, p[0].isWord, NameWords.organizationHeads.contains(p[0]) || Self.politicalHeads.contains(p[0]),
                      g.matches(p, from: 0).first?.1.first?.entityID == id else { continue }
                namesakes[p[0].key] = (id, (byHead[p[0].key] ?? []).filter { $0 != id && stateOf[$0] != home })
            }
        }
    }
}
