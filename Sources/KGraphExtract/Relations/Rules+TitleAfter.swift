import KGraphModel

/// The state of the scan along a title after a name ("X, a senior fellow at Y").
struct TitleAfterScan {
    /// The next token to read.
    var i: Int
    /// The first token of the title.
    let start: Int
    /// Names after the title's head, linked to it by "of", "at" or "with".
    var targets: [Int] = []
    /// Names before the title's head.
    var before: [Int] = []
    var steps = 0
    var sawHead = false
    /// Words after a preposition of the title ("of", "at"), counted from 1; 0 outside one.
    var looseWords = 0
    var headEnd: Int
    var afterPossessive = false
    var sawAt = false
    /// Targets whose unit (mission, office) the title is the head of.
    var unitOf: Set<Int> = []
    /// Plain words naming a field stood before the head ("the legislative director").
    var field = false
    /// The person whose aide the title names ("an adviser to President X").
    var principal: Int?

    init(start: Int) {
        i = start
        self.start = start
        headEnd = start
    }

    /// Reads the person `n` whose possessive opens the title as its principal; the title's
    /// words go on at `next`.
    mutating func takePrincipal(_ n: Int, next: Int) {
        principal = n
        i = next
        afterPossessive = true
    }
}

/// Titles after a person's name, in apposition: "Alice Wells, Washington's acting assistant
/// secretary of state", "X, a senior fellow at the Brookings Institution".
extension RuleEngine {
    /// The title phrase in apposition after a person's name, with the bodies it names.
    /// `coordinated`: a second title joined by "and" at `start` ("a law professor and former
    /// Acme Court judge").
    func titleAfter(_ p: ClauseParser, _ m: Int, from start: Int? = nil, coordinated: Bool = false) -> TitlePhrase? {
        let f = p.f
        let e = start ?? f.mentions[m].tokenRange.upperBound
        let opening = coordinated ? (f.word(e) == "and" ? (["a", "an", "the"].contains(f.word(e + 1)) ? e + 2 : e + 1) : nil) : titleStart(f, after: e)
        guard let first = opening else { return nil }
        // "served under X as adviser", "was tapped by President X as attorney general": the office
        // in an "as" adjunct is the clause subject's, not that of the object of a preposition.
        if f.word(e) == "as" {
            var j = f.mentions[m].tokenRange.lowerBound - 1
            while j >= 0, f.mentionAt[j] >= 0 || isTitleWord(p, j) && !f.isIn(j, WordClass.prepositions) { j -= 1 }
            if j >= 0, f.isIn(j, RuleEngine.agentPrepositions) { return nil }
        }
        guard let s = scanTitleAfter(p, from: first) else { return nil }
        // "After meeting X, Peru's foreign minister said ...": a title phrase that a verb follows
        // heads the clause when the name ends a fronted phrase; it is no apposition of the name.
        // ("..., says X, the chief of Y": a name after its own clause's verb is not fronted.)
        // (A past tense outside the lexicon is a verb too: "In a call with X, India's partners
        // raised concerns"; a participle with its preposition modifies the title: "a special
        // counsel appointed to investigate".)
        if !coordinated, f.word(e) == ",", !f.isIn(e + 1, WordClass.relativePronouns), s.i < f.count,
           p.verbish[s.i] || f.mentionAt[s.i] < 0 && !f.tokens[s.i].isCapitalized && f.lower[s.i].hasSuffix("ed")
            && UTF8Bytes.characterCount(f.lower[s.i]) > 4 && !f.isIn(s.i + 1, WordClass.prepositions) && f.word(s.i + 1) != "to",
           !f.isIn(s.i, WordClass.relativePronouns), !(0..<f.mentions[m].tokenRange.lowerBound).contains(where: { f.lower[$0] == "," }),
           p.isObjectLike(m) || f.isIn(0, WordClass.prepositions) || f.isIn(0, WordClass.subordinators) { return nil }
        let start = s.start, i = s.i, before = s.before, targets = s.targets, sawAt = s.sawAt
        let range = start..<i
        guard !range.isEmpty, let (rel, affiliation) = head(p, in: range) else { return nil }
        // The trigger is the title itself, up to its head word.
        let titleRange = start..<max(s.headEnd, start + 1)
        // "UN director at the Crisis Group": the body after "at" is the employer; a name before
        // the head then only qualifies the portfolio.
        // ("who was U.N. ambassador": the body an envoy is posted to employs no envoy, as before the name.)
        let posting = range.contains { f.isIn($0, RuleEngine.postingTitles) }
        let pre = sawAt ? [] : before.filter { (!affiliation || f.types[$0] == .organization) && !(posting && f.types[$0] == .organization) }
        let movement = nonStateLeader(p, in: range)
        // ("a researcher at New Zealand's Landcare Research": a state owning an unrecognized
        // body's name employs no researcher.)
        func ownsUnknownBody(_ t: Int) -> Bool {
            let e = f.mentions[t].tokenRange.upperBound
            return affiliation && f.types[t] == .country && f.word(e) == "'s" && e + 1 < f.count && f.mentionAt[e + 1] < 0
                && f.tokens[e + 1].isCapitalized && verbs.titles.match(at: e + 1, lemmas: f.lemmas) == nil
        }
        // ("X, the committee's chairman", "X, the chairman of the committee": a body named by a
        // description earlier in the article, as "the committee's chairman, X" before the name.)
        // (Only a description whose head word is in the body's name: "the committee" for a
        // committee, never for the chamber or a department.)
        func describedBody(_ t: Int) -> Bool {
            let r = f.mentions[t].tokenRange
            guard f.types[t] == .organization, r.count == 2, f.lower[r.lowerBound] == "the",
                  f.isPossessive(t) || ["of", "on", "at"].contains(f.word(r.lowerBound - 1)),
                  let label = nodes[f.mentions[t].nodeID]?.label.lowercased() else { return false }
            return label.split(separator: " ").contains { $0 == f.lower[r.upperBound - 1] }
        }
        var all = (pre + targets).filter { RuleEngine.targetOK(rel, f.types[$0]) && (f.mentions[$0].form != .reference || describedBody($0)) && f.isWholeTokens($0)
            && !(movement && f.types[$0] == .country) && !ownsUnknownBody($0) }
        if movement && all.isEmpty { return nil }
        // The head of a mission, office or unit of a body serves the body; a "director of X at Y"
        // (head of a department at Y) serves Y.
        var relation = rel
        // "the legislative director of Y": the head of a field or portfolio serves Y.
        // ("the spiritual head of Y", "the party's political leader" still lead.)
        if rel == .leads, s.field, !f.isIn(max(s.headEnd - 1, 0), RuleEngine.fieldHeads) { relation = .serves }
        // "X, a director at Y": one of several holders of the office serves ("a former director of Y"
        // was its head).
        if rel == .leads, sawAt, ["a", "an"].contains(f.word(start - 1)), !range.contains(where: { ["former", "late", "ex"].contains(f.lower[$0]) }) {
            relation = .serves
        }
        // ("the U.S. comptroller general at the GAO": a body has one such head, whoever names it.)
        let soleHead = RuleEngine.soleHeads.contains(f.lower[max(s.headEnd - 1, 0)])
        if rel == .leads, all.contains(where: { s.unitOf.contains($0) }) || sawAt && !before.isEmpty && !soleHead || sawAt && targets.count > 1 {
            relation = .serves
        }
        // "director of the X Center at Y University": leads X, serves Y.
        var served: [Int] = []
        if rel == .leads, sawAt, let j = f.lower[titleRange.upperBound..<min(f.count, i)].firstIndex(where: { $0 == "at" || $0 == "for" }),
           f.lower[titleRange.upperBound..<j].contains("of") {
            served = all.filter { f.mentions[$0].tokenRange.lowerBound > j }
            all = all.filter { f.mentions[$0].tokenRange.lowerBound < j }
            relation = .leads
        }
        // "director for games at Y", "managing director of wealth planning at Y": a portfolio in plain
        // words between the head and "at" is a part of Y, whose head serves Y.
        if relation == .leads, sawAt, served.isEmpty, ["for", "of"].contains(f.word(titleRange.upperBound)),
           let j = f.lower[titleRange.upperBound..<min(f.count, i)].firstIndex(of: "at"), j > titleRange.upperBound + 1,
           !(titleRange.upperBound..<j).contains(where: { f.mentionAt[$0] >= 0 }) {
            relation = .serves
        }
        // "Ruritania's director of water supply": a head of a portfolio named in plain words
        // after "of" serves the body or state named before the head ("head of state" still leads).
        let k = titleRange.upperBound + 1
        if relation == .leads, served.isEmpty, !all.isEmpty, f.word(k - 1) == "of", k < f.count, f.mentionAt[k] < 0,
           f.tokens[k].kind == .word, !f.tokens[k].isCapitalized, !f.isIn(k, WordClass.determiners), !p.verbish[k],
           !f.isIn(k, WordClass.prepositions), !f.isIn(k, WordClass.adverbs),
           !f.isIn(k, RuleEngine.governingWholes), !all.contains(where: { f.mentions[$0].tokenRange.lowerBound > k }) {
            relation = .serves
        }
        // (Only an office under the person: "campaign adviser to X" is no post of X's state.)
        // ("X, Trump's lawyer": a private employment, no office of the state, as before the name;
        // "X, Trump's partner": a tie, no post.)
        let head = titleRange.last(where: { verbs.titles.match(at: $0, lemmas: f.lemmas) != nil })
        let privateHead = head.map { RuleEngine.privateTitles.contains(f.lower[$0]) || RuleEngine.relationPersonNouns[f.lower[$0]] != nil } ?? false
        let principal = all.isEmpty && served.isEmpty && relation == .serves && !privateHead
            && !range.contains(where: { f.isIn($0, RuleEngine.privateFieldWords) }) && s.principal.map({ principalOK(p, $0, titleEnd: titleRange.upperBound) }) == true
            ? s.principal : nil
        return TitlePhrase(relation: relation, affiliation: affiliation, range: titleRange, targets: all, served: served, principal: principal)
    }

    /// Words that may follow a title's head inside its apposition ("X, Trump's adviser and ...").
    static let titleEndWords: WordSet = WordLists.set("titleEndWords")

    /// Whether the person `n` whose possessive opens a title after a name is the official the
    /// office is under: not a former one ("a former president's spokesman"), and the title
    /// ends at its head ("Trump's chief rival", "his official biographer" name no post).
    func principalOK(_ p: ClauseParser, _ n: Int, titleEnd e: Int) -> Bool {
        let f = p.f
        let lo = f.mentions[n].tokenRange.lowerBound
        if (max(0, lo - 2)..<f.mentions[n].tokenRange.upperBound).contains(where: { f.isIn($0, RuleEngine.pastMarkers) }) { return false }
        guard e < f.count, f.mentionAt[e] < 0, f.tokens[e].kind == .word, !f.tokens[e].isCapitalized else { return true }
        return f.isIn(e, WordClass.prepositions) || f.isIn(e, RuleEngine.titleEndWords) || p.verbish[e]
    }

    /// What a head governs as a whole ("head of state", "chairman of the board"): no portfolio.
    static let governingWholes: WordSet = WordLists.set("governingWholes")

    /// Where a title after the name ending at `e` starts: after ", [a|the]" (an apposition), or
    /// after a verb that gives the name an office, also in a relative clause ("is a", "has been
    /// the", "served as China's", "became president of", ", who was later named the"); nil
    /// otherwise.
    func titleStart(_ f: SentenceFrame, after e: Int) -> Int? {
        let articles: Set<String> = ["a", "an", "the"]
        // ("* X - deputy White House chief of staff, resigned": a dash opens the apposition too.)
        if f.word(e) == "," || f.isIn(e, WordClass.dashes), f.word(e + 1) != "who" {
            // "X, now a staff scientist at Y", "X, then the governor of Z": a time adverb opens the apposition.
            var k = e + 1
            while k < e + 3, f.isIn(k, RuleEngine.titleLinkAdverbs) { k += 1 }
            // "X, in Riyadh for talks with Saudi officials,": an adverbial aside holds no office.
            // ("X, since 2019 the president of Y," is a time, then the title.)
            if ["in", "on", "during", "after", "before"].contains(f.word(k)) { return nil }
            return articles.contains(f.word(k)) ? k + 1 : k
        }
        // "X's term as Japanese premier", "his tenure as envoy": a period in office names the
        // office as an "as" adjunct does.
        var period = (f.word(e) == "'s" || f.word(e) == "'" ? e + 1 : e)
        // ("X's 2001-2006 term as ...": the years of the term.)
        if period > e, period < f.count, f.tokens[period].kind == .number { period += 1 }
        let inOffice = f.isIn(period, RuleEngine.officePeriodNouns) && f.word(period + 1) == "as" && f.mentionAt[period] < 0
            && (period > e || f.mention(at: e - 1).map { f.mentions[$0].form == .reference && f.isPossessive($0) } == true)
        // "the resignation of X as director of Y", "replaced by X as chief of staff": an "as" adjunct
        // gives the name an office when a title word follows.
        if f.word(e) == "as" || inOffice {
            let a = inOffice ? period + 1 : e
            let k = articles.contains(f.word(a + 1)) ? a + 2 : a + 1
            var j = k
            while j < min(f.count, k + 4), verbs.titles.match(at: j, lemmas: f.lemmas) == nil, f.isIn(j, verbs.titleModifiers) || f.mentionAt[j] >= 0 && f.types[f.mentionAt[j]] != .person { j += 1 }
            return j < f.count && verbs.titles.match(at: j, lemmas: f.lemmas) != nil ? k : nil
        }
        // (", a former executive who was named X": a relative clause after an apposition, see
        // ``relativeAfterApposition(_:_:)``.)
        var j = f.word(e) == "," ? e + 2 : f.word(e) == "who" ? e + 1 : e
        while f.isIn(j, RuleEngine.titleLinkAdverbs) { j += 1 }
        guard var verbEnd = titleLinkVerbEnd(f, at: j) else { return nil }
        while f.isIn(verbEnd, RuleEngine.titleLinkAdverbs) { verbEnd += 1 }
        if articles.contains(f.word(verbEnd)) { return verbEnd + 1 }
        // Without an article only a possessor or a title word may follow ("served as China's
        // foreign minister", "became president of X"); "is expected to" is no title.
        // ("is Trump's secretary of education": a named person's possessive opens the title too.)
        if let m = f.mention(at: verbEnd), f.types[m] == .country || f.types[m] == .organization
            || f.types[m] == .person && f.mentions[m].form == .name {
            let next = f.mentions[m].tokenRange.upperBound
            if f.word(next) == "'s" { return verbEnd }
            // "was named DHS acting secretary", "was appointed State Department counselor": a body's
            // name opens the title.
            if f.types[m] != .person, verbs.titles.match(at: next, lemmas: f.lemmas) != nil
                || f.isIn(next, verbs.titleModifiers) && !f.isIn(next, WordClass.determiners) && !["of", "for", "and"].contains(f.word(next)) { return verbEnd }
        }
        if verbs.titles.match(at: verbEnd, lemmas: f.lemmas) != nil || f.isIn(verbEnd, verbs.titleModifiers) { return verbEnd }
        return nil
    }

    /// Whether a title starting at `k` names a body before its head word ("World Bank economist").
    func namesBodyBeforeHead(_ p: ClauseParser, from k: Int) -> Bool {
        let f = p.f
        var j = k
        while j < min(f.count, k + 6) {
            if let m = f.mention(at: j) { return f.types[m] == .organization || f.types[m] == .country || f.types[m] == .alliance }
            if verbs.titles.match(at: j, lemmas: f.lemmas) != nil || f.tokens[j].kind != .word { return false }
            j += 1
        }
        return false
    }

    /// The "who" of a relative clause closing an apposition after the name ending at `e`
    /// ("X, a former banker who was named State Department counselor"), when no comma, boundary
    /// or person's name stands between; nil otherwise.
    func relativeAfterApposition(_ f: SentenceFrame, _ e: Int) -> Int? {
        guard f.word(e) == ",", f.word(e + 1) != "who" else { return nil }
        var j = e + 1
        while j < min(f.count, e + 14) {
            if f.lower[j] == "who" { return j }
            if f.lower[j] == "," || f.isIn(j, WordClass.boundaries) || f.mention(at: j).map({ f.types[$0] == .person }) == true { return nil }
            j += 1
        }
        return nil
    }

    /// The end of a verb at `j` that says an office of its subject: a copula ("is", "became"),
    /// "has been", "served as", or a passive appointment ("was named", "was elected as").
    func titleLinkVerbEnd(_ f: SentenceFrame, at j: Int) -> Int? {
        let w = f.word(j), next = f.word(j + 1)
        if ["has", "had", "have"].contains(w), next == "been" {
            // "has been named acting secretary", "had been appointed as envoy".
            guard RuleEngine.appointmentVerbs.contains(f.word(j + 2)) else { return j + 2 }
            return f.word(j + 3) == "as" ? j + 4 : j + 3
        }
        if f.isIn(j, RuleEngine.asTitleVerbs), next == "as" { return j + 2 }
        // "stepped down as CEO", "will step down as head of X": a post left is still the person's.
        if ["step", "steps", "stepped"].contains(w), next == "down", f.word(j + 2) == "as" { return j + 3 }
        if w == "will", next == "step", f.word(j + 2) == "down", f.word(j + 3) == "as" { return j + 4 }
        guard ["is", "was", "became", "becomes", "remains", "remained"].contains(w) else { return nil }
        guard RuleEngine.appointmentVerbs.contains(next) else { return j + 1 }
        return f.word(j + 2) == "as" ? j + 3 : j + 2
    }

    /// Nouns of a period in office before "as" and the office ("term", "tenure").
    static let officePeriodNouns: WordSet = WordLists.set("officePeriodNouns")

    /// Verbs before "as" and an office ("served as", "resigned as", "quit as").
    static let asTitleVerbs: WordSet = WordLists.set("asTitleVerbs")

    /// Adverbs around the verb that gives a name an office ("who later became", "is now").
    static let titleLinkAdverbs: WordSet = WordLists.set("titleLinkAdverbs")
    /// Passive participles that give an office ("was named", "was appointed").
    static let appointmentVerbs: Set<String> = WordLists.strings("appointmentVerbs")

    /// Reads the words and names of a title after a name from `start`; nil when another
    /// person's name shows the title is not an apposition.
    func scanTitleAfter(_ p: ClauseParser, from start: Int) -> TitleAfterScan? {
        let f = p.f
        var s = TitleAfterScan(start: start)
        // "X, the president's chief of staff", "X, his spokesman": a person named by a description
        // or pronoun owns the office as a name does (the article before the title is skipped).
        if let n = f.mention(at: start) ?? f.mention(at: start - 1), f.types[n] == .person, f.mentions[n].form == .reference {
            let e = f.mentions[n].tokenRange.upperBound
            if e > start, f.word(e) == "'s" || f.isPossessive(n) && e == start + 1 {
                s.takePrincipal(n, next: f.word(e) == "'s" ? e + 1 : e)
            }
        }
        while s.i < f.count, s.steps < 14 {
            // (Coreference may have read the title itself as a reference to a person: "the foreign
            // secretary"; its words are still the title's.)
            if let n = f.mention(at: s.i), !(f.types[n] == .person && f.mentions[n].form == .reference) {
                // "X, Pakistani Prime Minister Y said": the title is Y's, not an apposition to X.
                // ("deputy director of Biden's economic council": a person possessing the body after a
                // preposition of the title is no apposition.)
                if f.types[n] == .person {
                    let nEnd = f.mentions[n].tokenRange.upperBound, lo = f.mentions[n].tokenRange.lowerBound
                    // "an adviser to the pro-Trump group X": a name inside a word is a plain word.
                    if f.tokens[lo].start < f.mentions[n].start || f.tokens[nEnd - 1].end > f.mentions[n].end {
                        s.i = nEnd
                        if s.looseWords > 0 { s.looseWords += 1 }
                        s.steps += 1
                        continue
                    }
                    // "X, a top aide to Vice President Y": the aide serves Y's state (the title ends before "to").
                    // ("an adviser to Trump's campaign" is the campaign's.)
                    // ("an adviser to the Trump campaign": a name modifying a noun is no principal.)
                    let modifier = nEnd < f.count && f.tokens[nEnd].kind == .word && !f.tokens[nEnd].isCapitalized && !p.verbish[nEnd]
                        && !f.isIn(nEnd, WordClass.prepositions) && !f.isIn(nEnd, WordClass.boundaries) && f.lower[nEnd] != "and"
                    // (The principal's own title may stand between: "an aide to Vice President Y".)
                    // ("a top adviser to Y during his election campaign": a campaign's post.)
                    let campaign = (nEnd..<min(f.count, nEnd + 6)).prefix(while: { f.lower[$0] != "," && !f.isIn($0, WordClass.boundaries) })
                        .contains { f.isIn($0, RuleEngine.privateFieldWords) }
                    if s.sawHead, f.mentions[n].form == .name, f.word(nEnd) != "'s", !modifier, !campaign,
                       let to = (s.start..<lo).last(where: { f.lower[$0] == "to" }), to > s.start, f.isIn(to - 1, RuleEngine.aideTitles),
                       (to + 1..<lo).allSatisfy({ isTitleWord(p, $0) || f.lower[$0] == "the" }) {
                        s.principal = n
                        s.i = to
                        s.headEnd = to
                        return s
                    }
                    // "X, Trump's national security adviser": a named person's possessive opening the
                    // title names the official the office is under, whose state it serves.
                    if !s.sawHead, lo == s.start, s.principal == nil, f.mentions[n].form == .name, f.word(nEnd) == "'s" {
                        s.takePrincipal(n, next: nEnd + 1)
                        s.steps += 1
                        continue
                    }
                    guard s.sawHead, f.word(nEnd) == "'s", ["of", "at", "for"].contains(f.word(lo - 1)) else { return nil }
                    s.i = nEnd + 1
                    s.afterPossessive = true
                    s.looseWords = 0
                    s.steps += 1
                    continue
                }
                titleAfterMention(p, n, &s)
                continue
            }
            let i = s.i
            let w = f.lower[i]
            // ("chief operating officer": a participle before a title word is part of the title.)
            if w == "," || WordClass.boundaries.contains(w)
                || (p.verbish[i] && verbs.titles.match(at: i, lemmas: f.lemmas) == nil && !(w.hasSuffix("ing") && verbs.titles.match(at: i + 1, lemmas: f.lemmas) != nil)) { break }
            if let t = verbs.titles.match(at: i, lemmas: f.lemmas) { s.sawHead = true; s.headEnd = i + t.length }
            // "a lawyer with Y and a former director of Z", "a law professor and former Z judge": a
            // second title after a complete one is another office. (Without a body yet, "and a"
            // goes on below, "editor of a blog and a professor at Y", and so does "and former"
            // unless the second title names its own body before its head: "founder and former
            // chief executive of Y" share Y.)
            if w == "and", s.sawHead {
                let former = ["former", "ex"].contains(f.word(i + 1)) || f.word(i + 1).hasPrefix("ex-")
                if (former || ["a", "an", "the"].contains(f.word(i + 1))) && !s.targets.isEmpty || former && namesBodyBeforeHead(p, from: i + 2) { break }
            }
            if w == "and", ["a", "an", "the"].contains(f.word(i + 1)) { s.i += 2; s.steps += 1; s.sawHead = false; s.looseWords = 0; s.field = false; continue }
            // ("budget chief and acting director of Y": a second title after "and" has its own words.)
            if w == "and", i + 1 < f.count, f.isIn(i + 1, verbs.titleModifiers) || verbs.titles.match(at: i + 1, lemmas: f.lemmas) != nil {
                // "White House budget chief and acting director of Y": after a complete title whose
                // body came before its head, the second is another office (its own body follows).
                if s.sawHead, !s.before.isEmpty, s.targets.isEmpty { break }
                s.field = false
            }
            if ["of", "at", "with", "for", "from"].contains(w) || w == "to" && s.sawHead && f.isIn(max(s.headEnd - 1, 0), RuleEngine.advisoryTitles) { s.looseWords = 1 } else if s.looseWords > 0, s.looseWords <= 5, f.tokens[i].kind == .word {
                s.looseWords += 1
            } else if !(isTitleWord(p, i) || ["to", "for", "on", "the", "in"].contains(w) || w.hasSuffix("ing") && verbs.titles.match(at: i + 1, lemmas: f.lemmas) != nil) {
                // "X, a political science professor at Y", "the legislative director of Y": plain
                // lowercase words naming the field before the head.
                // ("the chief program officer at Y", "chief market analyst": field words between a
                // rank-like title word and the head.)
                if !s.sawHead || s.headEnd == i && f.isIn(i - 1, RuleEngine.rankTitleWords), s.looseWords == 0, fieldWordsBeforeHead(p, from: i) {
                    s.field = true
                    s.i += 1
                    s.steps += 1
                    continue
                }
                // "X, a former banker and U.S. ambassador to Y": another occupation first.
                if !s.sawHead, s.looseWords == 0, f.tokens[i].kind == .word, f.word(i + 1) == "and", i + 2 < f.count,
                   f.mentionAt[i + 2] >= 0 || isTitleWord(p, i + 2) {
                    s.i += 2
                    s.steps += 2
                    continue
                }
                break
            }
            s.i += 1
            s.steps += 1
        }
        return s
    }

    /// Takes the name `n` (no person's) at the scan position into the title: as a plain word,
    /// a name before the head, or a body the title belongs to.
    func titleAfterMention(_ p: ClauseParser, _ n: Int, _ s: inout TitleAfterScan) {
        let f = p.f
        let start = s.start, i = s.i
        // A principle or region inside the title is a plain word ("cybersecurity firm X").
        if f.types[n] == .principle || f.types[n] == .region {
            s.i = f.mentions[n].tokenRange.upperBound
            if s.looseWords > 0 { s.looseWords += 1 }
            s.steps += 1
            return
        }
        // The preposition that links the mention to the title ("at cybersecurity firm X").
        var k = f.mentions[n].tokenRange.lowerBound - 1
        var back = 0
        while k > start, back < 5, !f.isIn(k, WordClass.prepositions), f.lower[k] != "for", !f.isIn(k, verbs.titles.allWords) {
            k -= 1
            back += 1
        }
        // ("a senior official from X", "an adviser to X": the employer, as with "at".)
        let via = f.word(k) == "for" || f.word(k) == "from" || f.word(k) == "to" && f.isIn(max(s.headEnd - 1, 0), RuleEngine.advisoryTitles) ? "at" : f.word(k)
        let nEnd = f.mentions[n].tokenRange.upperBound
        // A name inside the possessed noun phrase ("minister of Ruritania's Baltic trade
        // council") modifies the body; the possessor is the state.
        // "chief of its Ruritania embassy": a state between an owner's pronoun and a unit noun is the host.
        let hosted = f.types[n] == .country && f.isIn(f.mentions[n].tokenRange.lowerBound - 1, RuleEngine.ownerPronouns)
            && f.isIn(nEnd, RuleEngine.unitNouns)
        let insidePossessed = hosted || s.afterPossessive && f.mentionAt[min(nEnd, f.count - 1)] < 0
            && nEnd < f.count && f.tokens[nEnd].kind == .word && !f.isIn(nEnd, WordClass.prepositions)
        let nStart = f.mentions[n].tokenRange.lowerBound
        // "pollster Ipsos Peru": a state's name ending a company's name.
        let nameTail = f.types[n] == .country && nStart > 0 && f.mentionAt[nStart - 1] < 0 && f.tokens[nStart - 1].isCapitalized
            && verbs.titles.match(at: nStart - 1, lemmas: f.lemmas) == nil
        if s.afterPossessive, nStart == i, f.types[n] == .organization, let last = s.targets.last, f.types[last] == .country,
           f.mentions[last].tokenRange.upperBound == i - 1 {
            // "spokesman for Ruritania's Green Party": the possessed body is the employer, not the state
            // (a university's school is still the university's).
            s.targets[s.targets.count - 1] = n
        } else if insidePossessed || nameTail {
            // a modifier, not the office's body
        } else if !s.sawHead {
            s.before.append(n)
        } else if f.word(k) == "from", f.types[n] == .country, s.sawHead, verbs.titleAffiliations.contains(f.lower[max(s.headEnd - 1, 0)]) {
            // "a lawyer from London": where a professional comes from, not an employer.
        } else if via == "of" || via == "at" || via == "with", f.mentions[n].form != .demonym || f.isIn(nEnd, WordClass.governmentHeads) {
            // (A demonym after the head names no body: "president of the group Americans United";
            // before a government word it names the state: "spokesperson for the Chilean government".)
            s.targets.append(n)
            if via == "at" { s.sawAt = true }
            // "head of the UN monitoring mission": the name modifies a unit of the body.
            if subUnit(p, after: nEnd) || possessedUnit(p, after: nEnd) || f.isIn(nStart - 1, RuleEngine.localWords) { s.unitOf.insert(n) }
        }
        s.i = nEnd
        // "former World Trade Organization (WTO) appellate judge": the body's acronym in
        // parentheses goes with its name.
        if f.word(nEnd) == "(", let a = f.mention(at: nEnd + 1), f.mentions[a].nodeID == f.mentions[n].nodeID,
           f.word(f.mentions[a].tokenRange.upperBound) == ")" { s.i = f.mentions[a].tokenRange.upperBound + 1 }
        s.afterPossessive = false
        if f.word(s.i) == "'s" { s.i += 1; s.afterPossessive = true }
        s.looseWords = 0
        s.steps += 1
    }

    /// Prepositions whose object has no office in a following "as" adjunct ("under X as ...").
    static let agentPrepositions: WordSet = WordLists.set("asAdjunctStops")

    /// Whether the word at `i` opens up to three lowercase words that end right before a title
    /// word: "political science [professor]", "coal [analyst]".
    func fieldWordsBeforeHead(_ p: ClauseParser, from i: Int) -> Bool {
        let f = p.f
        var k = i
        while k < min(f.count, i + 3) {
            guard f.mentionAt[k] < 0, f.tokens[k].kind == .word, !f.tokens[k].isCapitalized, !p.verbish[k],
                  !f.isIn(k, WordClass.boundaries), !f.isIn(k, WordClass.prepositions),
                  !f.isIn(k, WordClass.determiners), f.lower[k] != "and", f.lower[k] != "or" else { return false }
            k += 1
            if k < f.count, verbs.titles.match(at: k, lemmas: f.lemmas) != nil { return true }
        }
        return false
    }

    /// Last words of heads a body has only one of ("comptroller general", "secretary-general").
    static let soleHeads: Set<String> = WordLists.strings("soleHeads")

    /// Title words that rank a head named after field words ("chief [market] analyst").
    static let rankTitleWords: WordSet = WordLists.set("rankTitleWords")

    /// Heads that keep leading after field words ("spiritual head").
    static let fieldHeads: WordSet = WordLists.set("fieldHeads")

    /// Titles whose "to X" names the employer ("an adviser to the central bank").
    static let advisoryTitles: WordSet = WordLists.set("advisoryTitles")
    /// Titles of a person's aides, which may name the principal after "to" ("an aide to X").
    static let aideTitles: WordSet = WordLists.set("aideTitles")

    /// Whether a name is followed by "'s" and a common noun phrase that is no name: "director of
    /// the university's research initiative" heads a part of the university.
    func possessedUnit(_ p: ClauseParser, after e: Int) -> Bool {
        guard p.f.word(e) == "'s", e + 1 < p.f.count, p.f.mentionAt[e + 1] < 0, p.f.tokens[e + 1].kind == .word,
              !p.f.isIn(e + 1, WordClass.prepositions) else { return false }
        // "director of the X Institute's Regional Research Consortium": a capitalized unit name that
        // is no body of its own, ended by a unit noun.
        if p.f.tokens[e + 1].isCapitalized {
            var k = e + 1
            while k < min(p.f.count, e + 9), p.f.mentionAt[k] < 0, p.f.tokens[k].kind == .word,
                  p.f.tokens[k].isCapitalized || ["of", "for", "on", "and"].contains(p.f.lower[k]) {
                if RuleEngine.namedUnitNouns.contains(p.f.lower[k]) { return true }
                k += 1
            }
            return false
        }
        // ("head of Ruritania's civilian-led government" heads the state's government itself.)
        var k = e + 1
        while k < min(p.f.count, e + 5), p.f.mentionAt[k] < 0, p.f.tokens[k].kind == .word, !p.f.isIn(k, WordClass.prepositions) {
            if p.f.isIn(k, WordClass.governmentHeads) { return false }
            k += 1
        }
        return true
    }

    /// Nouns naming a part of an organization: a mission, office or unit.
    static let unitNouns: WordSet = WordLists.set("unitNouns")
    /// Head nouns of a unit's own name after a body's possessive ("the X Institute's Gun Violence
    /// Research Consortium").
    static let namedUnitNouns: Set<String> = WordLists.strings("namedUnitNouns")
    /// Words before a body's name that make it a local branch ("the county Republican Party").
    static let localWords: WordSet = WordLists.set("localWords")

    /// Whether the words after a name (up to the next comma, preposition or name) end in a
    /// unit noun: "UN [election observer] team".
    func subUnit(_ p: ClauseParser, after e: Int) -> Bool {
        var k = e
        var last: String?
        // "the Acme Institute's Berlin office": a unit the body owns.
        if p.f.word(k) == "'s" || p.f.word(k) == "'" { k += 1 }
        while k < min(p.f.count, e + 6) {
            // A principle or a place inside the unit's name ("free trade monitoring team", "Berlin
            // office") is a modifier.
            if let m = p.f.mention(at: k) {
                guard p.f.types[m] == .principle || k > e && [.country, .region].contains(p.f.types[m]) && p.f.mentions[m].form != .demonym else { break }
                last = nil
                k = p.f.mentions[m].tokenRange.upperBound
                continue
            }
            guard p.f.tokens[k].kind == .word, !p.f.isIn(k, WordClass.prepositions),
                  !p.f.isIn(k, WordClass.boundaries), !p.verbish[k] else { break }
            last = p.f.lower[k]
            k += 1
        }
        guard let last, RuleEngine.unitNouns.contains(last) else { return false }
        // "the X spy agency" names X itself; "the X monitoring mission" is a part of X.
        return k - e >= 2 || ["mission", "missions", "office", "unit", "team", "desk", "committee", "subcommittee", "panel", "caucus"].contains(last)
    }
}
