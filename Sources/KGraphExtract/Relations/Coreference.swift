import KGraphIngest
import KGraphModel

/// Resolves pronouns and definite descriptions to entities and adds them to the sentence
/// frames as `.reference` mentions, so the relation rules can use them as arguments.
///
/// - "it/its" -> the leftmost state, alliance or organization earlier in the sentence (the
///   subject is usually first), else in the previous two sentences; never an object "it";
///   "they/their/them" -> only a plural group name earlier in the sentence ("Democrats");
///   "he/she/his/her" -> likewise a person of agreeing gender; an object "him/her" by binding and
///   salience (``objectAntecedent(_:_:at:genders:)``).
/// - "the minister", "the president", "the bloc", "the alliance", "such a collective defense
///   framework", "this pact" -> the most recent entity of the right type within three sentences;
///   an indefinite "a (…) alliance/bloc/pact/framework" only to an alliance named in this or the
///   previous sentence.
enum Coreference {
    static func resolve(_ frames: inout [SentenceFrame], nodes: [String: Node], roles: [String: [LexiconRole]] = [:], blocs: Set<String> = []) {
        // (The tables in locals: a static read in the token loop costs a `swift_once` call per token.)
        let openingBytes = Coreference.openingBytes, pronouns = Coreference.pronouns
        let genders = genders(frames, nodes: nodes)
        for s in frames.indices {
            // Every antecedent search below looks at mentions of this sentence and the three
            // before it at most (``recent``; the others two): with none there, nothing in this
            // sentence can resolve (and only resolving adds a mention to it).
            if frames[s].mentions.isEmpty, s < 1 || frames[s - 1].mentions.isEmpty, s < 2 || frames[s - 2].mentions.isEmpty,
               s < 3 || frames[s - 3].mentions.isEmpty { continue }
            resolvePairs(&frames, s, nodes: nodes, roles: roles)
            var f = frames[s]  // one reference for the whole sentence (frames are classes)
            var i = 0
            while i < f.count {
                if f.mentionAt[i] >= 0 { i += 1; continue }
                let w = f.lower[i]
                // Only a word opening like a pronoun or a description goes on (most do not).
                guard let b = w.utf8.first, openingBytes[Int(b)] else { i += 1; continue }
                // One lookup says whether the word is a pronoun at all (most are not).
                if f.isIn(i, pronouns) {
                    resolvePronoun(frames, s, f, at: i, nodes: nodes, genders: genders)
                    // "Peru and Chile ... they": a plural pronoun for a list of names.
                    if f.mentionAt[i] < 0, f.isIn(i, WordClass.theyPronouns), let ids = pluralGroup(frames, s, at: i, nodes: nodes) {
                        f = resolvePluralGroup(&frames, s, at: i, ids, nodes: nodes)
                        i += ids.count
                        continue
                    }
                    i += 1
                    continue
                }
                if let (range, kind, indefinite) = description(f, at: i) {
                    resolveDescription(frames, s, f, range, kind, indefinite: indefinite, nodes: nodes, roles: roles, blocs: blocs)
                    i = range.upperBound
                    continue
                }
                i += 1
            }
        }
    }

    /// Resolves the pronoun at `i` of sentence `s` (frame `f`) to an entity before it, if any.
    private static func resolvePronoun(_ frames: [SentenceFrame], _ s: Int, _ f: SentenceFrame, at i: Int, nodes: [String: Node],
                                       genders: [String: Gender]) {
        let w = f.lower[i]
        let person = f.isIn(i, WordClass.personPronouns)
        // "attacked her", "praised him": binding, agreement and salience decide (or nothing).
        if person, isObjectPronoun(f, i) {
            if let id = objectAntecedent(frames, s, at: i, genders: genders) { add(f, id, i..<(i + 1), nodes) }
            return
        }
        let position = w == "it" ? objectPosition(f, i) : nil
        // "sanctions against it", "ties with it": after a preposition "it" is still
        // often a state, rarely a body (mostly a bill or deal then).
        let stateOnly = position == .prepositional
        // "... destroy North Korea if it threatens ...": "it" opening a clause right
        // after a state's name is that state.
        if w == "it", ["if", "unless", "until", "when", "because", "once"].contains(f.word(i - 1)),
           let m = f.mention(at: i - 2), [.country, .alliance, .organization].contains(f.types[m]),
           f.mentions[m].form != .demonym, f.isWholeTokens(m) {
            add(f, f.mentions[m].nodeID, i..<(i + 1), nodes)
            return
        }
        // "Israel and its neighbours", "the US and its allies": "its" right after a name and
        // "and" is that name's, whoever the clause subject is.
        if w == "its", f.word(i - 1) == "and", let m = f.mention(at: i - 2), [.country, .alliance, .organization].contains(f.types[m]),
           f.mentions[m].form != .demonym, f.isWholeTokens(m), !f.isPossessive(m) {
            add(f, f.mentions[m].nodeID, i..<(i + 1), nodes)
            return
        }
        // "sanctioned Turkey over its purchase", "admonished Russia for its veto": "its" after
        // the object of a verb and "for"/"over" is the object's ("its own" stays the subject's).
        if w == "its", ["for", "over"].contains(f.word(i - 1)), f.word(i + 1) != "own", let m = f.mention(at: i - 2),
           [.country, .alliance, .organization].contains(f.types[m]), f.mentions[m].form == .name, f.isWholeTokens(m), !f.isPossessive(m),
           f.mentions[m].tokenRange.upperBound == i - 1 {
            let b = f.mentions[m].tokenRange.lowerBound - 1
            if b > 0, f.mentionAt[b] < 0, f.tokens[b].kind == .word, !f.tokens[b].isCapitalized,
               !f.isIn(b, WordClass.prepositions), !f.isIn(b, WordClass.determiners), !f.isIn(b, WordClass.boundaries),
               f.lower[b].hasSuffix("ed") || f.lower[b].hasSuffix("ing") {
                add(f, f.mentions[m].nodeID, i..<(i + 1), nodes)
                return
            }
        }
        let ok: (NodeType) -> Bool = {
            person ? $0 == .person : stateOnly ? $0 == .country : ($0 == .country || $0 == .alliance || $0 == .organization) }
        // "Chile imposed sanctions on it": an "it" after a preposition is never the subject of
        // its own clause (binding, as for "him" and "her").
        let bound = stateOnly ? clauseSubject(f, before: i, ok: ok) : nil
        if !(w == "it" && (pleonastic(f, i) || position == .direct)),
           let a = leftmost(frames, s, before: i, plural: WordClass.theyPronouns.contains(w), nodes: nodes,
                            agree: { $0 != bound && (!person || agrees(w, genders[$0])) }, ok: ok) {
            // "Democrats opposed the bill ... voted against it": a thing nearer than the actor is what "it" means.
            if w == "it", thingIntervenes(frames, s, at: i, a, object: position != nil) { return }
            add(f, a.id, i..<(i + 1), nodes)
        }
    }

    /// Resolves the definite (or indefinite) description over `range` of sentence `s` to a
    /// recent entity of its kind that fits its head word.
    private static func resolveDescription(_ frames: [SentenceFrame], _ s: Int, _ f: SentenceFrame, _ range: Range<Int>, _ kind: KGraphNodeKind,
                                           indefinite: Bool, nodes: [String: Node], roles: [String: [LexiconRole]], blocs: Set<String>) {
        // "The bloc" of a union of states the lexicon files as an organization (members known).
        let bloc = kind == .alliance && !indefinite && !blocs.isEmpty
        let ok: (NodeType) -> Bool = { t in
            switch kind {
            case .person: return t == .person
            case .alliance: return t == .alliance || bloc && t == .organization
            case .state: return t == .country
            case .organization: return t == .organization
            }
        }
        let head = f.lower[range.upperBound - 1]
        // "the Indian leader": the demonym names the person's state.
        let state = range.compactMap { f.mention(at: $0) }
            .first { f.mentions[$0].form != .reference && f.types[$0] == .country }
            .map { f.mentions[$0].nodeID }
        // "the interim government in Lima", "the regime in Damascus": the state whose capital
        // (or whose name) follows "in".
        if kind == .state, f.word(range.upperBound) == "in", let m = f.mention(at: range.upperBound + 1), f.types[m] == .country,
           f.mentions[m].form == .name || f.mentions[m].form == .metonym, !f.isPossessive(m) {
            let id = f.mentions[m].nodeID  // (removing the modifiers renumbers the mentions)
            f.removeModifiers(in: range)
            add(f, id, range, nodes)
            return
        }
        // "the administration": the government named for a leader earlier in the article ("the
        // Trump administration"), not whichever state was named last; unresolved without one,
        // or when a modifier sets it apart ("the previous administration").
        if kind == .state, state == nil, f.isIn(range.upperBound - 1, leaderGovernmentHeads) {
            guard !range.contains(where: { f.isIn($0, otherTimeModifiers) }),
                  let id = namedGovernment(frames, s, before: range.lowerBound, head: head, nodes: nodes) else { return }
            f.removeModifiers(in: range)
            add(f, id, range, nodes)
            return
        }
        let fits: (SentenceFrame, Int) -> Bool = { g, k in
            switch kind {
            case .person: return DescriptionFit.person(g, k, head: head, state: state, roles: roles)
            case .organization: return DescriptionFit.organization(g, k, label: nodes[g.mentions[k].nodeID]?.label ?? g.mentions[k].text, head: head)
            // ("the Chinese government" is China's whichever state was named last: "Mexico
            // criticized the Chinese government"; left unresolved, its demonym names it.)
            case .state: return DescriptionFit.state(id: g.mentions[k].nodeID, head: head) && (state == nil || g.mentions[k].nodeID == state)
            default: return true
            }
        }
        // Binding: "Washington held drills with the country" — a description after its clause's
        // subject is never that subject; the next entity is tried, in this or the previous
        // sentence only.
        // ("Russia defends the country's interests": a possessor may still be the subject; so may
        // the subject of a clause of its own, "Peru said the country would ...".)
        let bound = ["'s", "’s", "'"].contains(f.word(range.upperBound)) || verbFollows(f, range.upperBound) ? nil
            : clauseSubject(f, before: range.lowerBound, ok: ok)
        let visible: (SentenceFrame, Int) -> Bool = { g, k in
            (g.types[k] != .organization || kind != .alliance || blocs.contains(g.mentions[k].nodeID)) && g.mentions[k].nodeID != bound }
        // "The committee", "the panel": the committee the article named last, within a dozen
        // sentences, when its name holds the head's kind and every modifier ("the intelligence
        // panel" is no ethics committee), and no unnamed committee or panel came between ("a
        // three-judge panel"). Otherwise a committee is sought as any description is (a
        // "powerful committee" nearby); a panel is not.
        if kind == .organization, !indefinite, f.isIn(range.upperBound - 1, committeeHeads) {
            if let id = namedCommittee(frames, s, range, nodes: nodes, visible: visible) {
                f.removeModifiers(in: range)
                add(f, id, range, nodes)
                return
            }
            if head != "committee" { return }
        }
        if let id = (kind == .state && range.lowerBound == 0 ? previousSubject(frames, s, ok: ok, fits: fits) : nil)
            ?? recent(frames, s, before: range.lowerBound, within: indefinite || bound != nil ? 1 : 3, ok: ok, visible: visible, fits: fits) {
            f.removeModifiers(in: range)
            add(f, id, range, nodes)
        }
    }

    /// Heads of a description that name a committee ("the committee", "the panel").
    static let committeeHeads: WordSet = WordLists.set("committeeWords")
    /// The same words as strings, to test a body's name.
    static let committeeWords: Set<String> = WordLists.strings("committeeWords")

    /// The committee the description over `range` of sentence `s` names (see ``resolveDescription``):
    /// the nearest named body whose name holds the description's modifiers and a word of the
    /// head's kind ("subcommittee" for "the subcommittee"), unless an unnamed committee word
    /// stands nearer.
    private static func namedCommittee(_ frames: [SentenceFrame], _ s: Int, _ range: Range<Int>, nodes: [String: Node],
                                       visible: (SentenceFrame, Int) -> Bool) -> String? {
        let f = frames[s]
        let head = f.lower[range.upperBound - 1]
        let kinds: Set<String> = head == "subcommittee" ? ["subcommittee"] : committeeWords
        let modifiers = range.dropFirst().dropLast().map { f.lower[$0] }
        for back in 0...min(s, 12) {
            let g = frames[s - back]
            let limit = back == 0 ? range.lowerBound : g.count
            var best: (at: Int, id: String)?
            for k in g.mentions.indices where g.types[k] == .organization && g.mentions[k].form != .demonym && visible(g, k) {
                let r = g.mentions[k].tokenRange
                guard r.upperBound <= limit, let label = nodes[g.mentions[k].nodeID]?.label else { continue }
                let have = Set(VerbLexicon.words(label))
                guard modifiers.allSatisfy(have.contains), !have.isDisjoint(with: kinds) else { continue }
                if best == nil || r.lowerBound > best!.at { best = (r.lowerBound, g.mentions[k].nodeID) }
            }
            // "A three-judge panel", "a panel of experts": an unnamed one introduced nearer is meant.
            if let u = (0..<limit).last(where: { introducesUnnamedCommittee(g, at: $0) }), u > (best?.at ?? -1) { return nil }
            if let best { return best.id }
        }
        return nil
    }

    /// Whether token `t` is a committee word of a body introduced without a name: "a (three-judge)
    /// panel" (an indefinite article within four words, no name between) or "a panel of ...".
    private static func introducesUnnamedCommittee(_ g: SentenceFrame, at t: Int) -> Bool {
        guard g.mentionAt[t] < 0, g.isIn(t, committeeHeads) else { return false }
        if g.word(t + 1) == "of" { return true }
        guard let a = (max(0, t - 4)..<t).last(where: { g.lower[$0] == "a" || g.lower[$0] == "an" }) else { return false }
        return !((a + 1)..<t).contains { g.mentionAt[$0] >= 0 }
    }

    /// Nouns that make a body's description a modifier ("the panel member", "the committee staff").
    static let bodyCompoundNouns: WordSet = WordLists.set("bodyCompoundNouns")

    /// Heads of a description that mean a leader's government ("the administration").
    static let leaderGovernmentHeads: WordSet = WordLists.set("leaderGovernmentHeads")
    /// Modifiers that set a government apart from the one in office ("the previous administration").
    static let otherTimeModifiers: WordSet = WordLists.set("otherTimeModifiers")

    /// The most recent mention, in sentence `s` before token `i` or any sentence before it, of a
    /// body named for a leader by the description's head ("the Trump administration" for "the
    /// administration"): a two-word label, a capitalized name and the head.
    private static func namedGovernment(_ frames: [SentenceFrame], _ s: Int, before i: Int, head: String, nodes: [String: Node]) -> String? {
        for back in 0...s {
            let g = frames[s - back]
            for k in g.mentions.indices.reversed() where g.types[k] == .organization && g.mentions[k].form != .reference {
                if back == 0 && g.mentions[k].tokenRange.upperBound > i { continue }
                guard let label = nodes[g.mentions[k].nodeID]?.label else { continue }
                let words = label.split(separator: " ")
                if words.count == 2, words[1].lowercased() == head, words[0].first?.isUppercase == true { return g.mentions[k].nodeID }
            }
        }
        return nil
    }

    /// "The UAE, which has invested in Egypt, offered talks. The Gulf state also ...": a state
    /// description opening its sentence continues the subject of the sentence before (its first
    /// mention: no possessor, not after a preposition, followed by a verb or a comma), when that fits.
    private static func previousSubject(_ frames: [SentenceFrame], _ s: Int, ok: (NodeType) -> Bool,
                                        fits: (SentenceFrame, Int) -> Bool) -> String? {
        guard s > 0, let k = frames[s - 1].mentions.indices.first else { return nil }
        let g = frames[s - 1]
        let end = g.mentions[k].tokenRange.upperBound
        // (Not the first of a list: "Chile, Peru and Bolivia ... The country" is ambiguous.)
        guard ok(g.types[k]), g.mentions[k].form != .demonym, g.isWholeTokens(k), !g.isPossessive(k), !inPrepositionalPhrase(g, k),
              g.group(of: k).count == 1,
              g.word(end) == "," || verbFollows(g, end), fits(g, k) else { return nil }
        return g.mentions[k].nodeID
    }

    /// Every pronoun resolved above.
    private static let pronouns = WordClass.itPronouns.union(WordClass.theyPronouns).union(WordClass.personPronouns)
    /// First bytes of the pronouns and of the description openers of ``description(_:at:)``
    /// ("t", "s", "a"), and every non-ASCII byte (a word's first byte tells nothing then).
    private static let openingBytes: [Bool] = {
        var t = [Bool](repeating: false, count: 256)
        for w in pronouns { if let b = w.utf8.first { t[Int(b)] = true } }
        for b in [0x74, 0x73, 0x61] + Array(0x80...0xFF) { t[b] = true }
        return t
    }()

    static func add(_ f: SentenceFrame, _ id: String, _ r: Range<Int>, _ nodes: [String: Node]) {
        let text = f.tokens[r].map(\.text).joined(separator: " ")
        f.add(EntityMention(nodeID: id, start: f.tokens[r.lowerBound].start, end: f.tokens[r.upperBound - 1].end,
                            sentence: f.index, tokenRange: r, text: text, form: .reference), nodes: nodes)
    }

    /// The keys of ``WordClass/descriptionHeads``, tested before the hashed look-up (most words are none).
    static let descriptionHeadWords = WordSet(WordClass.descriptionHeads.keys)

    /// Heads that name a person only after a state's name ("the Kremlin chief").
    static let metonymicHeads: WordSet = WordLists.set("metonymicHeads")

    /// Nouns for a person by office ("the Kremlin chief", "a U.S. leader"): the person heads of
    /// descriptions and a few more.
    static let personNouns = WordSet(Set(WordClass.descriptionHeads.filter { $0.value == .person }.keys)
        .union(WordLists.set("morePersonNouns")))

    enum ObjectPosition { case direct, prepositional }

    /// "Democrats opposed it.", "backed it in May": a direct object "it" mostly stands for a
    /// bill, plan or deal (no entity), so it is left unresolved; "it" after a preposition
    /// ("sanctions against it") is `.prepositional`.
    private static func objectPosition(_ f: SentenceFrame, _ i: Int) -> ObjectPosition? {
        let prev = f.word(i - 1), next = f.word(i + 1)
        if WordClass.prepositions.contains(prev), !WordClass.subordinators.contains(prev) { return .prepositional }
        if next.isEmpty || [".", ",", ";", ":", "!", "?", ")", "and", "or", "but", "\"", "”", "—", "–"].contains(next) { return .direct }
        // "planned to back it because ...": a clause opening after "it" ends the object.
        if WordClass.subordinators.contains(next) || ["so", "though", "although", "if", "unless"].contains(next) { return .direct }
        return WordClass.prepositions.contains(next) && next != "to" ? .direct : nil
    }

    /// A name that "they/their/them" can stand for: a plural name of a group ("Democrats" for
    /// the Democratic Party, "the Houthis"). States and single bodies are "it", and a plural
    /// pronoun near them mostly means people or things ("immigrants", "countries").
    static func pluralName(_ m: EntityMention, _ type: NodeType, _ nodes: [String: Node]) -> Bool {
        guard type != .person, type != .country, let label = nodes[m.nodeID]?.label.lowercased() else { return false }
        let text = m.text.lowercased()
        func plural(_ w: String) -> Bool { w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is") }
        if text != label, plural(text), !text.contains(" ") { return true }
        return !label.contains(" ") && plural(label)
    }

    /// Words after "it is" that make "it" pleonastic (built once, not per call).
    private static let pleonasticHeads: WordSet = WordLists.set("pleonasticHeads")

    /// "it is clear", "it was expected", "made it clear", "it is time".
    private static func pleonastic(_ f: SentenceFrame, _ i: Int) -> Bool {
        if ["make", "made", "makes", "making", "find", "found", "take", "took"].contains(f.word(i - 1)) { return true }
        // "it would be tougher to ...": a modal before the copula.
        let copula = ["would", "will", "could", "might", "may"].contains(f.word(i + 1)) && f.word(i + 2) == "be" ? i + 1 : i
        guard ["is", "was", "'s", "seems", "seemed", "remains", "appears", "becomes", "became", "be"].contains(f.word(copula + 1)) else { return false }
        // ("it is not also", "it is somewhat rare", "it was increasingly clear": adverbs between.)
        var n = copula + 2
        while true {
            if pleonasticHeads.contains(f.word(n)) { return true }
            guard n < copula + 5, ["not", "somewhat", "quite", "rather", "so", "very", "more", "most", "less", "even"].contains(f.word(n))
                    || f.isIn(n, WordClass.adverbs) || MannerAdverbs.contains(f.word(n)) else { break }
            n += 1
        }
        // "it would be a mistake to ...", "it is a good idea for ...": an article, up to two
        // modifiers and such a head before an extraposed clause.
        guard ["a", "an", "the"].contains(f.word(n)) else { return false }
        return (n + 1...n + 3).contains { pleonasticHeads.contains(f.word($0)) && ["to", "for", "that"].contains(f.word($0 + 1)) }
    }

    /// Conjunctions after a comma that open a clause of their own, with its own subject.
    private static let contrastOpeners: Set<String> = ["while", "whereas", "but", "although", "though"]
    /// Finite auxiliaries that show a name before them is a clause's subject.
    private static let finiteAuxiliaries: Set<String> = ["has", "have", "had", "is", "was", "are", "were", "will", "would", "could", "can", "should", "must", "may", "might"]
    /// Whether token `k` is a finite auxiliary (a clause's verb begins there).
    private static func finiteAfter(_ f: SentenceFrame, _ k: Int) -> Bool { finiteAuxiliaries.contains(f.word(k)) }

    private static func leftmost(_ frames: [SentenceFrame], _ s: Int, before i: Int, plural: Bool = false, nodes: [String: Node],
                                 agree: (String) -> Bool = { _ in true }, ok: (NodeType) -> Bool) -> Antecedent? {
        let f = frames[s]
        // Leftmost first (the subject is usually first), passing over mentions inside a
        // prepositional phrase ("the lifting of US sanctions, Sudan said it ...").
        var fallback: Antecedent?
        // "A met B since he launched ...": two people before "he" opening a subordinate clause
        // leave it ambiguous ("A cursed B and he then ..." keeps the subject).
        if !plural, ok(.person), ["since", "after", "before", "when", "because", "until", "while", "as", "if", "once"].contains(f.word(i - 1)),
           Set(f.mentions.indices.filter { f.types[$0] == .person && f.mentions[$0].tokenRange.upperBound <= i && agree(f.mentions[$0].nodeID) }
            .map { f.mentions[$0].nodeID }).count >= 2 { return nil }
        // Salience: when the first person is passed over for its gender ("Perez said Ms. Roe
        // ... she"), the others are equally salient: only one agreeing person may be left.
        func unique(_ g: SentenceFrame, before end: Int, _ id: String) -> String? {
            let persons = g.mentions.indices.filter { g.types[$0] == .person && g.mentions[$0].tokenRange.upperBound <= end
                && g.mentions[$0].form != .demonym }
            guard let first = persons.first, !agree(g.mentions[first].nodeID) else { return id }
            return Set(persons.map { g.mentions[$0].nodeID }.filter(agree)).count == 1 ? id : nil
        }
        // "A deepened ties with B, while C ended its pact": a contrasting clause opened before the
        // pronoun has its own subject, which the pronoun stands for.
        // (So does ", and" before a name and a finite auxiliary: "A lobbied B, and C has vowed to
        // keep its pledge".)
        if !plural, let c = (0..<i).last(where: { j in f.mentionAt[j] < 0 && f.word(j - 1) == "," && (contrastOpeners.contains(f.lower[j])
                || f.lower[j] == "and" && f.mention(at: j + 1).map { m in finiteAfter(f, f.mentions[m].tokenRange.upperBound) } == true) }) {
            let at = f.word(c + 1) == "the" ? c + 2 : c + 1
            if let k = f.mention(at: at), f.mentions[k].tokenRange.upperBound <= i, ok(f.types[k]), f.mentions[k].form != .demonym,
               f.isWholeTokens(k), agree(f.mentions[k].nodeID), !f.isPossessive(k) {
                return Antecedent(id: f.mentions[k].nodeID, back: 0, token: f.mentions[k].tokenRange.lowerBound)
            }
        }
        for (k, m) in f.mentions.enumerated() where m.tokenRange.upperBound <= i && ok(f.types[k]) && m.form != .demonym && agree(m.nodeID) {
            if plural, !pluralName(m, f.types[k], nodes) { continue }
            // A name inside a compound modifier ("the Iran-backed rebels ... their") is not what
            // the pronoun stands for.
            if !f.isWholeTokens(k) || f.word(m.tokenRange.upperBound) == "-" { continue }
            // "As a NATO member it ...": a name after "a/an" that modifies the noun after it.
            if ["a", "an"].contains(f.word(m.tokenRange.lowerBound - 1)), m.tokenRange.upperBound < f.count,
               f.tokens[m.tokenRange.upperBound].kind == .word, !f.tokens[m.tokenRange.upperBound].isCapitalized { continue }
            // "it" is singular: "Democrats" or "Republicans" (a plural name of a singular node) are not it.
            if !plural, f.types[k] != .person, m.text.hasSuffix("s"), let label = nodes[m.nodeID]?.label,
               !label.lowercased().contains(m.text.lowercased()) { continue }
            var j = m.tokenRange.lowerBound - 1
            while j >= 0, ["the", "a", "an"].contains(f.lower[j]) { j -= 1 }
            if j >= 0, f.isIn(j, WordClass.prepositions), !f.isIn(j, WordClass.subordinators) {
                fallback = fallback ?? Antecedent(id: m.nodeID, back: 0, token: m.tokenRange.lowerBound)
                continue
            }
            // "X said any woman who felt wronged may speak up, even if she ...": a generic person
            // noun of the pronoun's gender after the name is a nearer antecedent (no node).
            if f.types[k] == .person, (m.tokenRange.upperBound..<i).contains(where: {
                f.mentionAt[$0] < 0 && !f.tokens[$0].isCapitalized && genericPersonNoun(f.lower[i], f.lower[$0])
                    // ("X is the man to solve it, and he ...": a predicate noun is X.)
                    && !(["the", "a"].contains(f.word($0 - 1)) && ["is", "'s", "’s", "was", "be", "became"].contains(f.word($0 - 2))) }) {
                return nil
            }
            let here = Antecedent(id: m.nodeID, back: 0, token: m.tokenRange.lowerBound)
            return f.types[k] == .person ? unique(f, before: i, m.nodeID).map { _ in here } : here
        }
        if let fallback { return nodes[fallback.id]?.type == .person ? unique(f, before: i, fallback.id).map { _ in fallback } : fallback }
        // Cataphora: "After its ports reopened, Ruritania has ..." — a pronoun in a fronted
        // phrase points to the subject after the comma.
        // Only a phrase fronted by a preposition or subordinator counts: in "It has built ties
        // with A, B and C" the comma ends no fronted phrase and B is not what "it" means.
        if !plural, i > 0, i < 6, f.isIn(0, WordClass.prepositions) || f.isIn(0, WordClass.subordinators),
           !f.lower[..<i].contains(","), let comma = f.lower[i...].firstIndex(of: ",") {
            var k = comma + 1
            while k < min(f.count, comma + 3), f.mentionAt[k] < 0 { k += 1 }
            if let m = f.mention(at: k), ok(f.types[m]), f.mentions[m].form != .demonym, !f.isPossessive(m), agree(f.mentions[m].nodeID) {
                return Antecedent(id: f.mentions[m].nodeID, back: 0, token: f.mentions[m].tokenRange.lowerBound)
            }
        }
        // "The minister has not seen the general since he ordered ...": a person named by a
        // title alone earlier in the sentence is a nearer antecedent than any earlier sentence.
        if ok(.person), f.lower[..<i].enumerated().contains(where: { f.mentionAt[$0.offset] < 0 && personNouns.contains($0.element) }) {
            return nil
        }
        // "they/their" often stand for a plural common noun ("Western firms ... their withdrawal"):
        // only an antecedent in the same sentence is trusted for them.
        for back in 1...2 where s - back >= 0 && !plural {
            let g = frames[s - back]
            for (k, m) in g.mentions.enumerated() where ok(g.types[k]) && m.form != .demonym && agree(m.nodeID) {
                if g.types[k] != .person, m.text.hasSuffix("s"), let label = nodes[m.nodeID]?.label,
                   !label.lowercased().contains(m.text.lowercased()) { continue }
                let there = Antecedent(id: m.nodeID, back: back, token: m.tokenRange.lowerBound)
                return g.types[k] == .person ? unique(g, before: g.count, m.nodeID).map { _ in there } : there
            }
        }
        return nil
    }

    /// The most recent mention of the right type; the nearest one of that type decides (a
    /// description that does not fit it is left unresolved rather than passed further back,
    /// where it would more likely be wrong).
    private static func recent(_ frames: [SentenceFrame], _ s: Int, before i: Int, within: Int, ok: (NodeType) -> Bool,
                               visible: (SentenceFrame, Int) -> Bool = { _, _ in true },
                               fits: (SentenceFrame, Int) -> Bool = { _, _ in true }) -> String? {
        var rejected: Set<String> = []
        for back in 0...within where s - back >= 0 {
            let g = frames[s - back]
            for k in g.mentions.indices.reversed() where ok(g.types[k]) && g.mentions[k].form != .demonym && visible(g, k) {
                if back == 0 && g.mentions[k].tokenRange.upperBound > i { continue }
                if rejected.contains(g.mentions[k].nodeID) { continue }
                if fits(g, k) { return g.mentions[k].nodeID }
                rejected.insert(g.mentions[k].nodeID)
                // Only the two most recent entities of the type are candidates.
                if rejected.count >= 2 { return nil }
            }
        }
        return nil
    }

    /// A definite (or "such a") description starting at `i`: determiner, up to three modifiers,
    /// a singular head noun, and not followed by a name, "of X" or "between".
    private static func description(_ f: SentenceFrame, at i: Int) -> (Range<Int>, KGraphNodeKind, Bool)? {
        let w = f.lower[i]
        // Every opener below starts with "t", "s" or "a" (a byte test before string compares).
        switch w.utf8.first {
        case 0x74, 0x73, 0x61: break
        default: return nil
        }
        guard w.utf8.count <= 4 else { return nil }  // (and none is longer than four bytes)
        var indefinite = false
        var j = i + 1
        switch w {
        case "the", "this", "that": break
        case "such":
            if f.word(j) == "a" || f.word(j) == "an" { j += 1 }
        case "a", "an": indefinite = true
        default: return nil
        }
        var mods = 0
        // "the Kremlin chief", "the U.S. leader": a state's name (or metonym) before a person head.
        var stateName = false
        while j < f.count, mods <= 3 {
            let x = f.lower[j]
            let officeHead = stateName && !indefinite && f.isIn(j, metonymicHeads)
            if let kind = officeHead ? .person : f.isIn(j, descriptionHeadWords) ? WordClass.descriptionHeads[x] : nil {
                // "the U.S. ambassador to X" is a title the title rules read, not a reference.
                if stateName && !officeHead { return nil }
                // "Ana Soto, the Peru leader, ...": an apposition names its own person.
                if stateName, f.word(i - 1) == ",", let p = f.mention(at: i - 2), f.types[p] == .person { return nil }
                if indefinite && !f.isIn(j, WordClass.indefiniteAllianceHeads) { return nil }
                let next = f.word(j + 1)
                if ["of", "between", "with", "that", "which", "who"].contains(next) && (indefinite || kind != .person) { return nil }
                if j + 1 < f.count, f.tokens[j + 1].isCapitalized || f.mentionAt[j + 1] >= 0 { return nil }
                if kind == .organization, f.isIn(j + 1, bodyCompoundNouns) { return nil }
                if next == "of" || next == "-" { return nil }
                return (i..<(j + 1), kind, indefinite)
            }
            if let m = f.mention(at: j) {
                // Only a principle, a demonym or a region may modify the head ("such a collective
                // defense framework"), or a state's name a person's office.
                if f.types[m] == .country, f.mentions[m].form == .name || f.mentions[m].form == .metonym, mods == 0 {
                    stateName = true
                    j = f.mentions[m].tokenRange.upperBound
                    mods += 1
                    continue
                }
                // (A region's name places a state: "the Gulf kingdom", "the Baltic state".)
                guard f.types[m] == .principle || f.mentions[m].form == .demonym || f.types[m] == .region else { return nil }
                j = f.mentions[m].tokenRange.upperBound
                mods += 1
                continue
            }
            if f.isIn(j, WordClass.boundaries) || f.isIn(j, WordClass.prepositions) || x == "," || x == "and" || f.tokens[j].kind != .word
                && !f.isIn(j, WordClass.quotes) { return nil }
            if f.isIn(j, WordClass.determiners) && x != "new" && x != "more" { return nil }
            j += 1
            mods += 1
        }
        return nil
    }
}
