import KGraphModel

/// Runs the relation rules over one parsed sentence and returns candidates.
struct RuleEngine {
    /// The trigger lexicon, by reference: every pass gets the engine by value, and copying the
    /// lexicon's tables into each pass of each sentence cost more than some passes.
    private let shared: SharedVerbLexicon
    var verbs: VerbLexicon { _read { yield shared.lexicon } }
    let nodes: [String: Node]
    /// Member states by alliance or organization id.
    var memberships: [String: Set<String>] = [:]
    /// Heads of state or government known in the article (person -> state), so "the Trump
    /// administration" stands for the United States.
    var leaderOf: [String: String] = [:]
    /// Organization node id -> the state it is an organ of ("Pakistan Army" -> Pakistan), see
    /// ``StateOrgans/states(_:)``.
    var organState: [String: String] = [:]
    /// Bodies named for a head of state ("the Trump administration", a lexicon organization),
    /// which act for that state (body id -> state).
    var governmentOf: [String: String] = [:]

    init(verbs: VerbLexicon, nodes: [String: Node], memberships: [String: Set<String>] = [:]) {
        self.init(shared: SharedVerbLexicon(verbs), nodes: nodes, memberships: memberships)
    }

    init(shared: SharedVerbLexicon, nodes: [String: Node], memberships: [String: Set<String>] = [:]) {
        self.shared = shared
        self.nodes = nodes
        self.memberships = memberships
    }

    /// The node a mention stands for as an actor: a leader's name before "administration" or
    /// "government" is the state.
    func actor(_ p: ClauseParser, _ m: Int) -> String {
        let men = p.f.mentions[m]
        if p.f.types[m] == .person, ["administration", "government", "cabinet"].contains(p.f.word(men.tokenRange.upperBound)),
           let s = leaderOf[men.nodeID], nodes[s] != nil { return s }
        return men.nodeID
    }

    /// The one state the article is about, if one dominates its country mentions (at least
    /// three, and twice any other's): the owner of a bare cabinet title.
    var principalState: String? { RuleEngine.dominant(countryRanking, least: 3) }

    /// The article's countries by mention count, most first (``RelationExtractor/countryRanking(_:nodes:)``).
    var countryRanking: [(id: String, count: Int)] = []

    /// The first country of `ranking` when it has at least `least` mentions and at least twice
    /// as many as the next one.
    static func dominant(_ ranking: [(id: String, count: Int)], least: Int) -> String? {
        guard let top = ranking.first, top.count >= least else { return nil }
        if ranking.count > 1, ranking[1].count * 2 > top.count { return nil }
        return top.id
    }

    /// States of the article's officials (from titles and the lexicon's roles), once known.
    var stateOfPerson: StateTable?

    /// Whether node `id` is another state or bloc than `state`, an official of one, or an
    /// international body (one whose members the lexicon knows).
    private func foreign(_ id: String, to state: String) -> Bool {
        switch nodes[id]?.type {
        case .country, .alliance: return id != state
        case .person: return stateOfPerson?[id].map { $0 != state } ?? false
        case .organization: return memberships[id] != nil
        default: return false
        }
    }

    /// "The Trump administration was hostile to Iran": a leader's government acts for the state
    /// toward other states and their officials (toward its own people it is a body of its own).
    func actingForState(_ c: Candidate) -> Candidate {
        guard c.type != .leads, c.type != .serves, c.type != .memberOf else { return c }
        var c = c
        if let g = governmentOf[c.source], foreign(c.target, to: g) { c.source = g }
        if let g = governmentOf[c.target], foreign(c.source, to: g) { c.target = g }
        return c
    }

    /// Fills ``governmentOf`` from the leaders known (the article's, then the lexicon's heads of
    /// states the article names): a body's name is a leader's surname and a word for a
    /// government ("administration", "government").
    mutating func noteGovernments(leaderSurnames: [String: String] = [:]) {
        var stateOfSurname: [String: String] = [:]
        for (person, state) in leaderOf.sorted(by: { $0.key < $1.key }) {
            // (The article's own leaders come first.)
            if let last = nodes[person]?.label.split(separator: " ").last { stateOfSurname[last.lowercased()] = state }
        }
        for (id, node) in nodes where node.type == .organization {
            let words = node.label.lowercased().split(separator: " ")
            guard words.count == 2, RuleEngine.governingBodies.contains(String(words[1])) else { continue }
            let surname = String(words[0])
            if let state = stateOfSurname[surname] ?? leaderSurnames[surname].flatMap({ nodes[$0] != nil ? $0 : nil }) { governmentOf[id] = state }
        }
    }

    /// One pass of the rule engine over a parsed sentence: a rule family, named for the file
    /// that holds it (the candidates it makes carry finer rule ids, whose priors are in verbs.json).
    struct Pass: Sendable {
        let id: String
        let run: @Sendable (RuleEngine, ClauseParser) -> [Candidate]
    }

    /// The passes, in order; each reads the sentence independently of the others.
    static let passes: [Pass] = [
        Pass(id: "verbal") { e, p in p.verbTriggers.flatMap { e.verbal($0, p) } },
        Pass(id: "nominal") { e, p in p.nominalTriggers.flatMap { e.nominal($0, p) } },
        Pass(id: "membership-list") { e, p in e.membershipLists(p) },
        Pass(id: "reciprocal") { e, p in e.reciprocal(p) },
        Pass(id: "modifier-stance") { e, p in e.modifierStances(p) },
        Pass(id: "joint-action") { e, p in e.jointActions(p) },
        Pass(id: "possessed-relation") { e, p in e.possessedRelations(p) + e.compoundRelations(p) + e.describedRelations(p) + e.describedPairs(p) + e.possessedParties(p) },
        Pass(id: "known-membership") { e, p in e.knownMemberships(p) },
        Pass(id: "regard-as") { e, p in e.regardedAs(p) },
        Pass(id: "trade-flow") { e, p in e.tradeFlows(p) },
        Pass(id: "tie-change") { e, p in e.tieChanges(p) },
        Pass(id: "trade-curb") { e, p in e.tradeCurbs(p) + e.curbNouns(p) },
        Pass(id: "joint-opposition") { e, p in e.jointOppositions(p) },
        Pass(id: "agent-nominal") { e, p in e.agentNominals(p) },
        Pass(id: "meeting") { e, p in e.meetings(p) + e.dialogues(p) },
        Pass(id: "transfer") { e, p in e.transfers(p) },
        Pass(id: "envoy-action") { e, p in e.envoyActions(p) },
        Pass(id: "led-unit") { e, p in e.ledUnits(p) },
        Pass(id: "hostile-conduct") { e, p in e.hostileConduct(p) },
        Pass(id: "joint-forces") { e, p in e.jointForces(p) },
        Pass(id: "mutual-standing") { e, p in e.mutualStandings(p) },
        Pass(id: "listed-relation") { e, p in e.listedRelations(p) },
        Pass(id: "described-partisan") { e, p in e.describedPartisans(p) },
        Pass(id: "fellow-partisan") { e, p in e.fellowPartisans(p) },
        Pass(id: "included-official") { e, p in e.includedOfficials(p) },
        Pass(id: "listing") { e, p in e.listings(p) },
        Pass(id: "received-measure") { e, p in e.receivedMeasures(p) },
    ]

    func candidates(_ p: ClauseParser) -> [Candidate] {
        // Every pass pairs two mentions of the sentence through ``pairs`` (which drops a node
        // paired with itself) or two nodes of a hyphenated compound: a sentence with one
        // mention and no compound gives nothing, so the passes are not run for it.
        // (The exceptions pair a mention with the article's own state or court, which the
        // sentence need not name: ``impliedElections(_:)``, ``courtTitles(_:)``.)
        var out = countryRanking.isEmpty || p.f.mentions.isEmpty ? [] : impliedElections(p)
        // ("Justice Ann Roe" pairs the name with the article's court, which the sentence need not name.)
        out += courtTitles(p)
        guard p.f.mentions.count >= 2 || !p.f.compounds.isEmpty else { return out }
        for pass in RuleEngine.passes { out += pass.run(self, p) }
        return out.compactMap { legalAction($0, p) }.filter { !curbedTie($0, p) && !underNegatedBelief($0, p) }
    }

    /// "Peru does not think Chile will attack Bolivia", "X did not believe the FBI was
    /// investigating Y": an act in the clause that a negated verb of believing governs is not
    /// stated ("does not doubt" affirms it).
    func underNegatedBelief(_ c: Candidate, _ p: ClauseParser) -> Bool {
        guard RuleEngine.irrealisEdges.contains(c.type), let t = c.triggerTokens else { return false }
        let f = p.f
        var k = min(t.lowerBound, c.sourceTokens.lowerBound, c.targetTokens.lowerBound) - 1
        var steps = 0
        while k > 0, steps < 12, !f.isIn(k, WordClass.boundaries) || f.lower[k] == "that" {
            // (A clause follows the verb: "that", or its subject; "was not expected to put ... in
            // his talks with X" denies another act, not the talks.)
            if f.mentionAt[k] < 0, f.lemmas[k].contains(where: { $0 != "doubt" && RuleEngine.believingLemmas.contains($0) }),
               f.word(k + 1) == "that" || f.mentionAt[k + 1] >= 0 || f.isIn(k + 1, WordClass.determiners) && f.word(k + 1) != "a",
               (max(0, k - 3)..<k).contains(where: { f.isNegator($0, verbs) }) { return true }
            k -= 1
            steps += 1
        }
        return false
    }

    /// Verbs the rule families read by lemma, so their inflections are known too.
    static let lemmaWords: Set<String> = Set(jointVerbs).union(selfJointVerbs).union(regardVerbs).union(WordClass.persuasionVerbs)
        .union(affiliationVerbs.keys).union(buyVerbs)
        .union(tieMakingVerbs).union(tieBreakingVerbs).union(meetingVerbs).union(disputeStateVerbs).union(transferVerbs).union(transferDenials).union(receiptVerbs).union(resistingWords).union(mutualHostileVerbs).union(envoyProtestVerbs).union(containVerbs).union(membershipDenials).union(WordClass.provokingVerbs).union(actVerbs).union(exchangeVerbs)
        .union(conversationVerbs).union(WordClass.aspirationVerbs).union(actLightVerbs).union(curbImposeVerbs).union(curbLiftWords).union(tradeCutVerbs).union(dialogueVerbs)

    // MARK: Types

    /// Whether a node of type `t` can be the target of `edge`.
    static func targetOK(_ edge: EdgeType, _ t: NodeType) -> Bool {
        switch edge {
        // Proposals are of alliances, frameworks and principles; "calls for a boycott of a
        // broadcaster" or "called for Congress to act" proposes no organization.
        case .proposes: return t == .alliance || t == .principle
        case .founded: return t == .alliance || t == .organization || t == .principle
        case .rejects, .supports: return t != .region
        case .partnersWith, .tensionWith, .counters: return SentenceFrame.isActor(t)
        case .memberOf: return t == .alliance || t == .organization
        case .leads, .serves: return t == .country || t == .organization || t == .alliance
        case .upholds: return t == .principle
        }
    }

    static func sourceOK(_ edge: EdgeType, _ t: NodeType) -> Bool {
        switch edge {
        case .leads, .serves: return t == .person
        default: return SentenceFrame.isActor(t)
        }
    }

    /// Verbs of upholding a principle that mean something else with an actor as their object:
    /// "followed by Iraq" (a ranking), "maintain control of Congress", "pursue Smith".
    static let principleOnlyVerbs: WordSet = WordLists.set("principleOnlyVerbs")

    /// A stance towards a principle is upholding it ("backs free trade" -> upholds).
    static func refine(_ edge: EdgeType, target: NodeType) -> EdgeType {
        if (edge == .supports || edge == .proposes) && target == .principle { return .upholds }
        // Commitment to an actor is support ("committed to NATO").
        if edge == .upholds && target != .principle && target != .region { return .supports }
        // Opposing a person is a rivalry, not the rejection of a proposal.
        if edge == .rejects && target == .person { return .tensionWith }
        // Hostility to a principle or policy is its rejection ("criticized free trade").
        if edge == .tensionWith && target == .principle { return .rejects }
        return edge
    }

    func accept(_ p: ClauseParser, _ edge: EdgeType) -> (Int) -> Bool {
        { m in
            let t = p.f.types[m]
            guard RuleEngine.targetOK(edge, t) || (edge == .supports || edge == .proposes) && t == .principle
                // ("condemned human rights abuses": a principle modifying a noun is no target.)
                || edge == .tensionWith && t == .principle && !p.modifiesNoun(m)
                || edge == .upholds && (t == .country || t == .alliance || t == .organization) else { return false }
            // "countering Chinese aggression" names the state; "joined Chinese firms" does not.
            // "rejected a proposed Israeli truce deal" rejects the deal, not the state.
            // "cooperate with American intelligence agents": a demonym before a government word
            // stands for the state.
            if p.f.mentions[m].form == .demonym {
                return edge == .counters || edge == .tensionWith || (edge == .partnersWith || edge == .supports) && p.standsForActor(m)
            }
            return true
        }
    }

    /// Factor for the quality of an argument mention.
    func quality(_ p: ClauseParser, _ m: Int) -> Double {
        let men = p.f.mentions[m]
        switch men.form {
        case .reference:
            let w = p.f.word(men.tokenRange.lowerBound)
            return w == "a" || w == "an" ? 0.75 : 0.9
        case .demonym: return 0.9
        default: return 1
        }
    }

    /// Candidates for every source × target pair.
    func pairs(_ p: ClauseParser, _ sources: [Int], _ targets: [Int], _ edge: EdgeType, trigger: Range<Int>?,
               rule: String, distance: Int, hedged: Bool = false, flipped: Bool = false, sameListOK: Bool = false) -> [Candidate] {
        var out: [Candidate] = []
        for s in sources {
            // Members of one coordinated list ("with A, B and C") are never each other's
            // arguments, unless the rule is about the list itself ("A and B clashed").
            let list = sameListOK ? [] : p.f.group(of: s)
            for t in targets where !list.contains(t) {
                let sm = p.f.mentions[s], tm = p.f.mentions[t]
                let sid = edge == .leads || edge == .serves ? sm.nodeID : actor(p, s)
                let tid = edge == .leads || edge == .serves ? tm.nodeID : actor(p, t)
                let st = nodes[sid]?.type ?? p.f.types[s], tt = nodes[tid]?.type ?? p.f.types[t]
                guard sid != tid, RuleEngine.sourceOK(edge, st) else { continue }
                // "a Washington lobbying firm", "Russian media outlets": a name that only
                // modifies a private body's noun is not the actor.
                if edge != .leads, edge != .serves, p.modifiesPrivateBody(s) || p.modifiesPrivateBody(t) { continue }
                if flipped && tt == .person { continue }  // "did not back Smith" is no rejection of Smith
                // ("committed to NATO" is support of it; "followed by Iraq" is none.)
                if edge == .upholds, tt != .principle, tt != .region, let tr = trigger,
                   tr.contains(where: { p.f.isLemma($0, in: .principleOnly) }) { continue }
                let type = flipped ? edge : RuleEngine.refine(edge, target: tt)
                guard RuleEngine.targetOK(type, tt) else { continue }
                var c = Candidate(source: sid, target: tid, type: type, sentence: p.f.index,
                                  sourceTokens: sm.tokenRange, targetTokens: tm.tokenRange, triggerTokens: trigger, rule: rule)
                c.hedged = hedged
                c.flipped = flipped
                c.fromHostility = edge == .tensionWith && type == .rejects
                c.distance = distance
                c.argumentFactor = quality(p, s) * quality(p, t)
                out.append(c)
            }
        }
        return out
    }
}
