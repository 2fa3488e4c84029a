import KGraphIngest
import KGraphModel

/// Finds typed edges between the entities of an article with a shallow clause parser — never
/// from mere co-occurrence. Each edge carries one ``Evidence`` per supporting sentence: spans of
/// source, target and trigger, the rule that fired, modality, the speaker of reported speech,
/// and a confidence (see ``RuleConfidence``).
///
/// Pipeline per article: sentence frames -> coreference (pronouns, descriptions) -> titles
/// (leads/serves) -> speech regions ("X said ...", quotes) -> verb, nominal and membership rules
/// -> attribution (the speaker, and the speaker's state) -> the negation guard -> evidence.
public struct RelationExtractor: Sendable {
    let verbs: VerbLexicon
    /// ``verbs`` for the parsers, which all refer to this one copy.
    let sharedVerbs: SharedVerbLexicon
    /// Offices from the lexicon, by person node id.
    let roles: [String: [LexiconRole]]
    /// Member states by alliance or organization id (the lexicon's `memberships`).
    let memberships: [String: Set<String>]
    /// The state each lexicon head of state's surname stands for ("biden" -> United States),
    /// for bodies named after a leader ("the Biden administration"); a surname of two states'
    /// leaders is left out.
    let leaderSurnames: [String: String]
    /// Organizations whose lexicon members include a state (the EU, the African Union): "the
    /// bloc" may stand for them as for an alliance.
    let blocs: Set<String>

    /// Rules over the lexicon's trigger lexicon (bundled `verbs.json` plus user `verbs` entries)
    /// and people's roles.
    public init(lexicon: Lexicon) {
        var r: [String: [LexiconRole]] = [:]
        for (id, e) in lexicon.entities where !e.roles.isEmpty { r[id] = e.roles }
        var surnames: [String: String?] = [:]
        for (_, e) in lexicon.entities where e.type == .person {
            guard let state = e.roles.first(where: { $0.relation == .leads && lexicon.entity(id: $0.ofID)?.type == .country })?.ofID,
                  let last = e.label.split(separator: " ").last.map({ $0.lowercased() }) else { continue }
            if let old = surnames[last], old != state { surnames[last] = .some(nil) } else { surnames[last] = state }
        }
        let blocs = lexicon.memberships.filter { entry in
            lexicon.entity(id: entry.key)?.type == .organization && entry.value.contains { lexicon.entity(id: $0)?.type == .country }
        }
        self.init(verbs: lexicon.verbs, roles: r, memberships: lexicon.memberships, leaderSurnames: surnames.compactMapValues { $0 },
                  blocs: Set(blocs.keys))
    }

    package init(verbs: VerbLexicon, roles: [String: [LexiconRole]] = [:], memberships: [String: Set<String>] = [:],
                 leaderSurnames: [String: String] = [:], blocs: Set<String> = []) {
        self.verbs = verbs
        self.sharedVerbs = SharedVerbLexicon(verbs)
        self.roles = roles
        self.memberships = memberships
        self.leaderSurnames = leaderSurnames
        self.blocs = blocs
    }

    /// The article's countries by how often its mentions name them, most first (ties by id).
    static func countryRanking<S: Sequence>(_ mentions: S, nodes: [String: Node]) -> [(id: String, count: Int)] where S.Element == [EntityMention] {
        var count: [String: Int] = [:]
        for ms in mentions { for m in ms where nodes[m.nodeID]?.type == .country { count[m.nodeID, default: 0] += 1 } }
        return count.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Edges with evidence for one article, given its entities.
    public func relations(in article: Article, entities: EntityAnalysis) -> [Edge] {
        let n = min(entities.sentences.count, entities.tokens.count, entities.mentions.count)
        guard n > 0 else { return [] }
        let nodes = entities.nodes
        var frames: [SentenceFrame] = []
        frames.reserveCapacity(n)
        for s in 0..<n {
            frames.append(SentenceFrame(index: entities.sentences[s].index, sentence: entities.sentences[s],
                                        tokens: entities.tokens[s], mentions: entities.mentions[s], nodes: nodes, shared: sharedVerbs))
        }
        Coreference.resolve(&frames, nodes: nodes, roles: roles, blocs: blocs)
        var parsers: [ClauseParser] = []
        parsers.reserveCapacity(frames.count)
        for f in frames { parsers.append(ClauseParser(frame: f, shared: sharedVerbs, verbs: verbs)) }
        var engine = RuleEngine(shared: sharedVerbs, nodes: nodes, memberships: memberships)
        engine.countryRanking = Self.countryRanking(entities.mentions.prefix(n), nodes: nodes)

        let organs = StateOrgans.states(nodes)
        engine.organState = organs
        var titledState: [String: String] = [:]
        var cands = titleCandidates(parsers, &engine, organs: organs, titledState: &titledState)
        // "X met his Nigerian counterpart, Y": Y's office mirrors X's.
        var office: [String: (EdgeType, String)] = [:]
        for c in cands where (c.type == .leads || c.type == .serves) && nodes[c.target]?.type == .country && office[c.source] == nil {
            office[c.source] = (c.type, c.target)
        }
        for id in nodes.keys where office[id] == nil && nodes[id]?.type == .person {
            if let r = roles[id]?.first(where: { nodes[$0.ofID]?.type == .country }) { office[id] = (r.relation, r.ofID) }
        }
        for c in engine.counterparts(parsers, office: office) {
            cands.append(c)
            if titledState[c.source] == nil { titledState[c.source] = c.target }
            if c.type == .leads, engine.leaderOf[c.source] == nil { engine.leaderOf[c.source] = c.target }
        }
        let stateOf = StateTable(titled: titledState, roles: roles, nodes: nodes)
        // An aide serves the state of the official they work for ("his spokesman X"), not of a
        // legislator ("Senator Y's communications director" works for the senator).
        func legislatorTitle(_ c: Candidate) -> Bool {
            c.triggerTokens.map { $0.contains { frames[c.sentence].isIn($0, RuleEngine.legislatorTitles) } } ?? false
        }
        let offices = cands.contains(where: { $0.rule == "title-aide" })
            ? cands.filter { ($0.type == .serves || $0.type == .leads) && nodes[$0.target]?.type == .country } : []
        let legislators = Set(offices.filter(legislatorTitle).map(\.source)).subtracting(offices.filter { !legislatorTitle($0) }.map(\.source))
        cands = cands.compactMap { c in
            guard c.rule == "title-aide" else { return c }
            guard let state = stateOf[c.target], state != c.source, !legislators.contains(c.target) else { return nil }
            var copy = c
            copy.target = state
            return copy
        }
        // Only the article's nodes: a loop over every lexicon role would cost more than the article.
        for id in nodes.keys where engine.leaderOf[id] == nil {
            if let rs = roles[id], let r = rs.first(where: { $0.relation == .leads && nodes[$0.ofID]?.type == .country }) { engine.leaderOf[id] = r.ofID }
        }
        engine.noteGovernments(leaderSurnames: leaderSurnames)
        engine.stateOfPerson = stateOf
        cands += knownRolesAndOrgans(parsers, cands, organs: organs)
        // Leadership said by context ("the Biden administration") needs the leaders known above.
        for p in parsers where p.f.hasMentions { cands += engine.leaderContext(p, roles: roles) }

        let regions = Speech.regions(parsers)
        resolveFirstPersonPlural(regions, frames, &parsers, stateOf: stateOf, nodes: nodes)
        for p in parsers where p.f.hasMentions { cands += engine.candidates(p) }
        cands += engine.proposalReferences(parsers, cands)
        cands += engine.eventReferences(parsers)
        cands += engine.reactionClauses(parsers)
        cands += engine.centralBlocMemberships(parsers)
        cands += engine.measureTargets(parsers)

        attribute(&cands, regions, stateOf: stateOf, nodes: nodes)
        cands += officialsForStates(cands, stateOf: stateOf, nodes: nodes)
        cands += organsForStates(cands, organs: organs, nodes: nodes)
        cands += coalitionsForLeaders(cands, nodes: nodes)
        if !engine.governmentOf.isEmpty { cands = cands.map { engine.actingForState($0) }.filter { $0.source != $0.target } }
        cands += hostilityOfActs(cands, nodes: nodes, frames: frames)

        return assemble(cands.filter { !violatesNegationInvariant($0, parsers[$0.sentence]) && !deniedOrAsked($0, parsers[$0.sentence])
                                             && !againstOwnState($0, frames, stateOf, nodes)
                                             && !domesticStance($0, frames, stateOf, nodes, organs: organs) && !leavesAPost($0, frames, nodes) },
                        article: article, frames: frames)
    }

    /// Offices the lexicon knows, stated by the article only through the office holder and the
    /// state (or body) appearing in one sentence ("Trump said the United States would ..."):
    /// `leads`/`serves` with rule `role-known`, once per article, from the first such sentence.
    func knownRoles(_ parsers: [ClauseParser], _ cands: [Candidate]) -> [Candidate] {
        let have = Set(cands.filter { $0.type == .leads || $0.type == .serves }.map { "\($0.source) \($0.target)" })
        var done: Set<String> = []
        var out: [Candidate] = []
        for p in parsers {
            let f = p.f
            for m in f.mentions.indices where f.types[m] == .person && f.mentions[m].form == .name {
                let id = f.mentions[m].nodeID
                guard let rs = roles[id] else { continue }
                for role in rs {
                    let key = "\(id) \(role.ofID)"
                    guard !have.contains(key), !done.contains(key),
                          let o = f.mentions.indices.first(where: { f.mentions[$0].nodeID == role.ofID && f.mentions[$0].form != .demonym }),
                          f.mentions[o].form != .reference else { continue }
                    done.insert(key)
                    out.append(Candidate(source: id, target: role.ofID, type: role.relation, sentence: f.index,
                                         sourceTokens: f.mentions[m].tokenRange, targetTokens: f.mentions[o].tokenRange,
                                         triggerTokens: nil, rule: "role-known"))
                }
            }
        }
        return out
    }

    /// A person never has a stance (`tension-with`, `counters`, `rejects`, `supports`,
    /// `partners-with`, ...) towards their own state
    /// ("Israeli counterpart X discussed the Israel-Hamas conflict"): the state is known from a
    /// title in the article, the lexicon's roles, or a name or demonym of the state just before
    /// the person's name.
    func againstOwnState(_ c: Candidate, _ frames: [SentenceFrame], _ stateOf: StateTable, _ nodes: [String: Node]) -> Bool {
        guard c.type != .leads, c.type != .serves, c.type != .memberOf, c.sentence < frames.count else { return false }
        let f = frames[c.sentence]
        func check(_ person: String, _ tokens: Range<Int>, _ state: String) -> Bool {
            guard nodes[person]?.type == .person, nodes[state]?.type == .country else { return false }
            if stateOf[person] == state || roles[person]?.contains(where: { $0.ofID == state }) == true { return true }
            // "her Ruritanian counterpart Ola Brandt": only title words (or "counterpart")
            // between the state and the name.
            guard let pm = f.mention(at: tokens.lowerBound), f.mentions[pm].form == .name else { return false }
            var k = tokens.lowerBound - 1
            while k >= max(0, tokens.lowerBound - 4) {
                if let m = f.mention(at: k) { return f.mentions[m].nodeID == state }
                let w = f.lower[k]
                guard f.tokens[k].isCapitalized || w == "counterpart" || verbs.titles.allWords.contains(w) || verbs.titleModifiers.contains(w)
                else { return false }
                k -= 1
            }
            return false
        }
        // Two officials of one state are colleagues, not partners or rivals of each other.
        if nodes[c.source]?.type == .person, nodes[c.target]?.type == .person, let a = stateOf[c.source], a == stateOf[c.target],
           c.type == .partnersWith || c.type == .supports {
            return true
        }
        return check(c.source, c.sourceTokens, c.target) || check(c.target, c.targetTokens, c.source)
    }

    /// Hard guard: `member-of` and `supports` never come from a clause with a negator or refusal
    /// in its verb group (whatever rule proposed them).
    func violatesNegationInvariant(_ c: Candidate, _ p: ClauseParser) -> Bool {
        guard c.type == .memberOf || c.type == .supports, let t = c.triggerTokens else { return false }
        let g = p.verbGroup(before: t.lowerBound, trigger: Trigger(range: t, entry: .init(phrase: "x", edge: c.type, inverse: false, nominal: false)))
        if g.negated || g.refusal != nil { return true }
        for k in max(0, g.start - 2)..<t.lowerBound where p.f.isNegator(k, verbs) { return true }
        // "stopped shipping arms to X": a refusal right before a verb group it does not head.
        for k in max(0, g.start - 3)..<g.start where verbs.refusals.match(at: k, lemmas: p.f.lemmas) != nil { return true }
        return false
    }

    /// Nouns for a state's people ("Albanian migrants", "a Malian imam"): an act on them is no
    /// quarrel with their state.
    static let peopleNouns: WordSet = WordLists.set("peopleNouns")

    /// An act of one state against another (`counters`) is hostility between them too:
    /// "Ruritania sanctioned Freedonia" puts the two at odds (ontology: rivalry, conflict).
    /// (A bloc's, a body's or a person's measures need not make them a party to a conflict, nor
    /// does an act on a state's people: "deported Albanian migrants".)
    func hostilityOfActs(_ cands: [Candidate], nodes: [String: Node], frames: [SentenceFrame]) -> [Candidate] {
        cands.compactMap { c in
            guard c.type == .counters, nodes[c.target]?.type == .country, nodes[c.source]?.type == .country else { return nil }
            let f = frames[c.sentence]
            if let t = f.mention(at: c.targetTokens.lowerBound), f.mentions[t].form == .demonym,
               f.isIn(f.mentions[t].tokenRange.upperBound, RelationExtractor.peopleNouns) { return nil }
            var copy = c
            copy.type = .tensionWith
            copy.rule = "counter-tension"
            return copy
        }
    }

    /// "Ruritania denied that it had sold drones to X", "Asked whether Y would send troops": an
    /// act denied, or asked about, is not stated. (Offices are named, not asserted, there.)
    func deniedOrAsked(_ c: Candidate, _ p: ClauseParser) -> Bool {
        guard c.type != .leads, c.type != .serves, !c.rule.hasPrefix("member-party"), c.rule != "member-known",
              let t = c.triggerTokens else { return false }
        let f = p.f
        var k = min(c.sourceTokens.lowerBound, t.lowerBound) - 1
        var steps = 0
        // Only a clause can be denied ("denied that it had ..."), not a noun ("denied the claims").
        var clauseOnly = true
        while k >= 0, steps < 5 {
            let w = f.lower[k]
            if w == "whether" || clauseOnly && ["deny", "denies", "denied", "denying"].contains(w) { return true }
            if f.mentionAt[k] >= 0 || w != "that" && f.isIn(k, WordClass.boundaries) { return false }
            // ("denied reports that ...": the claims denied are the clause.)
            if w != "that", !f.isIn(k, WordClass.dateWords), !f.isIn(k, WordClass.adverbs), w != "on",
               !["reports", "report", "claims", "claim", "allegations", "accusations", "suggestions"].contains(w) { clauseOnly = false }
            k -= 1
            steps += 1
        }
        return false
    }

    /// One evidence per (edge, sentence): the most confident candidate. A sentence whose text
    /// repeats an earlier one of the same edge (a paragraph pasted twice, a live page's repeated
    /// block) is the same statement, not more support, so it adds no evidence.
    private func assemble(_ cands: [Candidate], article: Article, frames: [SentenceFrame]) -> [Edge] {
        var best: [Edge.Key: [Int: (Candidate, Double)]] = [:]
        for c in cands {
            let key = Edge.Key(source: c.source, type: c.type, target: c.target)
            let conf = RuleConfidence.confidence(c, priors: verbs.priors)
            if let old = best[key]?[c.sentence], old.1 > conf || (old.1 == conf && old.0.rule <= c.rule) { continue }
            best[key, default: [:]][c.sentence] = (c, conf)
        }
        var edges: [Edge] = []
        for key in best.keys.sorted() {
            var ev: [Evidence] = []
            var seen: Set<String> = []
            for (s, pair) in best[key]!.sorted(by: { $0.key < $1.key }) {
                let (c, conf) = pair
                // (Frame `s` is sentence `s` when the sentences are numbered from 0 in order, as they are.)
                let f = s >= 0 && s < frames.count && frames[s].index == s ? frames[s] : frames.first { $0.index == s }!
                guard seen.insert(f.sentence.text).inserted else { continue }
                func span(_ r: Range<Int>) -> TextSpan { TextSpan(start: f.tokens[r.lowerBound].start, end: f.tokens[r.upperBound - 1].end) }
                let swapped = key.source != c.source
                let trig = c.triggerTokens.map { text(f, $0) }
                ev.append(Evidence(
                    article: article.id, sentenceIndex: s, sentence: f.sentence.text,
                    span: TextSpan(start: f.sentence.start, end: f.sentence.end),
                    sourceSpan: span(swapped ? c.targetTokens : c.sourceTokens),
                    targetSpan: span(swapped ? c.sourceTokens : c.targetTokens),
                    triggerSpan: c.triggerTokens.map(span), trigger: trig, rule: c.rule, modality: c.modality,
                    attribution: c.attribution, confidence: conf))
            }
            // One article, one evidence per sentence, in sentence order: sorted and unique already.
            edges.append(Edge(source: key.source, target: key.target, type: key.type, sortedEvidence: ev))
        }
        return edges
    }

    /// The article text a token range covers, as written.
    private func text(_ f: SentenceFrame, _ r: Range<Int>) -> String {
        let a = f.tokens[r.lowerBound].start - f.sentence.start, b = f.tokens[r.upperBound - 1].end - f.sentence.start
        // An ASCII sentence (most are) has one byte per scalar: its UTF-8 view is cut at the
        // same offsets without walking the scalars up to them.
        let u = f.sentence.text.utf8
        var ascii = true
        for x in u where x >= 0x80 { ascii = false; break }
        if ascii, a >= 0, b <= u.count, a < b, let t = String(u[u.index(u.startIndex, offsetBy: a)..<u.index(u.startIndex, offsetBy: b)]) {
            return t
        }
        let scalars = f.sentence.text.unicodeScalars
        guard a >= 0, b <= scalars.count, a < b else { return f.tokens[r].map(\.text).joined(separator: " ") }
        let lo = scalars.index(scalars.startIndex, offsetBy: a), hi = scalars.index(scalars.startIndex, offsetBy: b)
        return String(String.UnicodeScalarView(scalars[lo..<hi]))
    }
}

/// Each person's state: the one a title in the article gives, else the first state among the
/// person's lexicon roles that the article names. Looked up on demand, so an article costs no
/// loop over every role of the lexicon.
struct StateTable {
    let titled: [String: String]
    let roles: [String: [LexiconRole]]
    let nodes: [String: Node]

    subscript(_ id: String) -> String? {
        if let s = titled[id] { return s }
        return roles[id]?.first(where: { nodes[$0.ofID]?.type == .country })?.ofID
    }
}
