import KGraphModel

/// The stages of ``RelationExtractor/relations(in:entities:)`` between parsing and evidence:
/// titles, known roles, "we" in speech, attribution, and officials speaking for their state.
extension RelationExtractor {
    /// Title candidates (leads/serves) of every sentence, with service to the state of an organ;
    /// records each titled person's state and each leader's country.
    func titleCandidates(_ parsers: [ClauseParser], _ engine: inout RuleEngine, organs: [String: String],
                         titledState: inout [String: String]) -> [Candidate] {
        var cands: [Candidate] = []
        // (Sentences without mentions give no candidates: see ``ClauseParser/init(frame:verbs:)``.)
        for p in parsers where p.f.hasMentions {
            var titled = engine.titles(p, roles: roles)
            // "Pakistan's army chief X" serves Pakistan too.
            for c in titled where c.type == .serves || c.type == .leads {
                guard let state = organs[c.target] else { continue }
                var copy = c
                copy.target = state
                copy.type = .serves
                copy.rule = "title-organ"
                titled.append(copy)
            }
            for c in titled {
                cands.append(c)
                if titledState[c.source] == nil, engine.nodes[c.target]?.type == .country { titledState[c.source] = c.target }
                if c.type == .leads, engine.leaderOf[c.source] == nil, engine.nodes[c.target]?.type == .country { engine.leaderOf[c.source] = c.target }
            }
        }
        return cands
    }

    /// ``knownRoles(_:_:)`` and, for a role in an organ of a state, service to the state.
    func knownRolesAndOrgans(_ parsers: [ClauseParser], _ cands: [Candidate], organs: [String: String]) -> [Candidate] {
        var known = knownRoles(parsers, cands)
        // A lexicon role in an organ of a state is service to the state too.
        for c in known where c.type == .serves || c.type == .leads {
            guard let state = organs[c.target], state != c.source else { continue }
            var copy = c
            copy.target = state
            copy.type = .serves
            copy.rule = "title-organ"
            known.append(copy)
        }
        return known
    }

    /// Adds the speaker's state as a mention of "we" in reported speech, and reparses the
    /// sentences that changed.
    func resolveFirstPersonPlural(_ regions: [SpeechRegion], _ frames: [SentenceFrame], _ parsers: inout [ClauseParser],
                                  stateOf: StateTable, nodes: [String: Node]) {
        // "we" in someone's words is the speaker's state (or the speaker when it is a state).
        for region in regions {
            let state = region.speakerType == .person ? stateOf[region.speaker] : region.speaker
            guard let state, nodes[state] != nil else { continue }
            let f = frames[region.sentence]
            var changed = false
            for t in region.tokens where f.mentionAt[t] < 0 && f.isIn(t, WordClass.firstPersonPlural) {
                changed = f.add(EntityMention(nodeID: state, start: f.tokens[t].start, end: f.tokens[t].end, sentence: f.index,
                                              tokenRange: t..<(t + 1), text: f.tokens[t].text, form: .reference), nodes: nodes) || changed
            }
            if changed {
                parsers[region.sentence] = ClauseParser(frame: f, shared: sharedVerbs)
            }
        }
    }

    /// Attribution and the speaker's share of a state's stance: marks candidates in speech as
    /// reported (others as hedged where hedged), and adds the speaker's own stance.
    func attribute(_ cands: inout [Candidate], _ regions: [SpeechRegion], stateOf: StateTable, nodes: [String: Node] = [:]) {
        var extra: [Candidate] = []
        for k in cands.indices {
            let c = cands[k]
            guard !c.rule.hasPrefix("title"), let anchor = c.triggerTokens?.lowerBound ?? Optional(c.sourceTokens.lowerBound),
                  let region = regions.first(where: { $0.sentence == c.sentence && $0.tokens.contains(anchor) }) else {
                if c.hedged { cands[k].modality = .hedged }
                continue
            }
            cands[k].modality = .reported
            cands[k].attribution = region.speaker
            if region.speakerType == .person, c.source == stateOf[region.speaker],
               [.rejects, .supports, .proposes, .upholds].contains(c.type), c.target != region.speaker,
               // (As for officials below: a state's stance on a body at home, "campaigns for the
               // Senate", is no stance of the state's speaker.)
               nodes[c.target]?.type != .organization {
                var copy = cands[k]
                copy.source = region.speaker
                copy.rule = "speech-speaker"
                extra.append(copy)
            }
        }
        cands += extra
    }

    /// Stances of officials given to their state, and stances towards officials given to theirs.
    /// "China's foreign ministry criticised Japan": a stance of a state's organ toward another
    /// state or bloc is the state's too (toward its own people or bodies it is not).
    func organsForStates(_ cands: [Candidate], organs: [String: String], nodes: [String: Node]) -> [Candidate] {
        guard !organs.isEmpty else { return [] }
        var out: [Candidate] = []
        for c in cands where [.proposes, .rejects, .supports, .partnersWith, .tensionWith, .counters].contains(c.type) {
            func other(_ id: String, _ state: String) -> Bool {
                guard id != state, let t = nodes[id]?.type else { return false }
                return t == .country || t == .alliance || t == .principle && c.type != .partnersWith && c.type != .tensionWith
            }
            // "U.S. forces struck al-Shabaab": a state's armed forces fight a group for the state.
            func fought(_ organ: String, _ id: String) -> Bool {
                guard c.type == .counters || c.type == .tensionWith, nodes[id]?.type == .organization, organs[id] == nil,
                      let label = nodes[organ]?.label.lowercased() else { return false }
                return StateOrgans.armedHeads.contains(where: { label.hasSuffix(" " + $0) })
            }
            var copy = c
            if let state = organs[c.source], nodes[state] != nil, other(c.target, state) || fought(c.source, c.target) { copy.source = state }
            if let state = organs[c.target], nodes[state] != nil, other(c.source, state) { copy.target = state }
            guard copy.source != c.source || copy.target != c.target, copy.source != copy.target else { continue }
            copy.rule = "official-for-state"
            out.append(copy)
        }
        return out
    }

    /// "The Saudi-led coalition struck X": a coalition named only by its leader
    /// (``RecognizerRun/matchLedCoalitions(_:)``, joined by the leader under rule "nominal-led")
    /// acts for the leading state too.
    func coalitionsForLeaders(_ cands: [Candidate], nodes: [String: Node]) -> [Candidate] {
        var leader: [String: String] = [:]
        for c in cands where c.rule == "nominal-led" && c.type == .memberOf && nodes[c.source]?.type == .country
            && nodes[c.target]?.label.contains("-led ") == true && leader[c.target] == nil { leader[c.target] = c.source }
        guard !leader.isEmpty else { return [] }
        var out: [Candidate] = []
        for c in cands where [.proposes, .rejects, .supports, .partnersWith, .tensionWith, .counters].contains(c.type) {
            var copy = c
            if let l = leader[c.source] { copy.source = l }
            if let l = leader[c.target] { copy.target = l }
            guard copy.source != c.source || copy.target != c.target, copy.source != copy.target else { continue }
            copy.rule = "coalition-leader"
            out.append(copy)
        }
        return out
    }

    func officialsForStates(_ cands: [Candidate], stateOf: StateTable, nodes: [String: Node]) -> [Candidate] {
        // A head of state or minister proposing, rejecting or backing something does so for the
        // state (ontology: a statement made for a state gives the edge to both).
        var official: [Candidate] = []
        for c in cands where [.proposes, .rejects, .supports, .partnersWith, .tensionWith, .counters].contains(c.type) && nodes[c.source]?.type == .person
            && !c.fromHostility {
            guard let state = stateOf[c.source], state != c.target, nodes[state] != nil else { continue }
            // Endorsing a candidate or defending an agency is politics at home, not the state's
            // stance: only stances on states, alliances and principles pass to the state.
            guard let tt = nodes[c.target]?.type, tt == .country || tt == .alliance || tt == .principle else { continue }
            var copy = c
            copy.source = state
            copy.rule = "official-for-state"
            official.append(copy)
        }
        // The same for the other side: a stance towards a head of state or minister is a stance
        // towards the state ("Japan criticised Kim" -> Japan and North Korea), when the source
        // is a state, or an official whose state is known.
        var towards: [Candidate] = []
        for c in cands + official where [.partnersWith, .tensionWith, .counters].contains(c.type) && nodes[c.target]?.type == .person {
            guard let state = stateOf[c.target], state != c.source, nodes[state] != nil else { continue }
            let source = nodes[c.source]?.type == .person ? stateOf[c.source] : c.source
            guard let source, source != state, nodes[source]?.type == .country || nodes[source]?.type == .alliance else { continue }
            var copy = c
            copy.source = source
            copy.target = state
            copy.rule = "official-for-state"
            towards.append(copy)
        }
        return official + towards
    }
}
