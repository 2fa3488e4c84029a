import KGraphModel

/// Titles before a person's name: "Chinese President Xi Jinping", "the UN envoy for Syria, X".
extension RuleEngine {
    /// The title phrase right before a person's name, with the state or body it names.
    func titleBefore(_ p: ClauseParser, _ m: Int) -> TitlePhrase? {
        let f = p.f
        let r = f.mentions[m].tokenRange
        let (i, end, comma) = titleBeforeSpan(p, m)
        let range = (i + 1)..<end
        guard !range.isEmpty, let (rel0, affiliation) = head(p, in: range) else { return nil }
        // "to Y, the panel's chairman, X demanded": a title set off by commas right after another
        // person's name is that person's apposition, not X's title.
        // (Only a title opened by an owner or an article, as an apposition is: a bare "Foreign
        // Secretary of India, X" after a fronted "On behalf of Y," is X's.)
        if comma {
            var b = range.lowerBound - 1
            if f.word(b) == "'s" || f.word(b) == "'", let o = f.mention(at: b - 1) { b = f.mentions[o].tokenRange.lowerBound - 1 }
            if f.isIn(b, WordClass.determiners) { b -= 1 }
            if b < range.lowerBound - 1, f.word(b) == ",", let q = f.mention(at: b - 1), f.types[q] == .person { return nil }
        }
        // "a lawyer for X", "a veteran of X": the title is another person's, whose client or field X is.
        if !comma, f.isIn(range.upperBound - 1, WordClass.prepositions) || f.lower[range.upperBound - 1] == "for" { return nil }
        var rel = rel0
        // "U.S. intelligence director", "EU foreign policy chief": the head of a portfolio serves
        // the state; only a bare "President" leads it.
        if rel == .leads, let h = range.last(where: { verbs.titles.match(at: $0, lemmas: f.lemmas)?.payload == .leads }),
           h > range.lowerBound, f.isIn(h - 1, RuleEngine.portfolioWords)
            || (range.lowerBound..<h).contains(where: { fieldWordAfterName(p, $0, titleEnd: range.upperBound) }) {
            rel = .serves
        }
        var targets = titleBeforeTargets(p, r, i, comma: comma)
        // "CIA chief X", "the party chief X": the chief of a body heads it.
        if rel == .serves, let t = targets.first, f.types[t] == .organization || f.types[t] == .alliance,
           f.lower[range.upperBound - 1] == "chief", bracketedGap(f, f.mentions[t].tokenRange.upperBound..<(range.upperBound - 1)) {
            rel = .leads
        }
        // "Malaysian U.N. Ambassador X": an envoy to a body serves the state named before it.
        if rel == .serves, let t = targets.first, f.types[t] == .organization,
           range.contains(where: { ["ambassador", "envoy", "representative", "delegate"].contains(f.lower[$0]) }),
           let c = f.mention(at: f.mentions[t].tokenRange.lowerBound - 1), f.types[c] == .country {
            targets = [c]
        }
        // "Secretary of Homeland Security X", "President of Ruritania X": the body after "of" inside
        // the title is the office's.
        // (After a comma only a title that opens its phrase: "The president of X, Y," not "rose to
        // the post of prime minister of X, Y".)
        if targets.isEmpty, !comma || i < 0 || ["the", "a", "an", ","].contains(f.lower[i]) || ["the", "a", "an"].contains(f.lower[range.lowerBound]),
           let k = range.first(where: { f.lower[$0] == "of" && $0 > range.lowerBound
               && (verbs.titles.match(at: $0 - 1, lemmas: f.lemmas) != nil || titleEnds(p, at: $0)) }),
           let c = f.mention(at: f.word(k + 1) == "the" ? k + 2 : k + 1) {
            targets = [c]
        }
        // "UN Ambassador X": a body an ambassador is posted to, with no state before it, is not
        // the ambassador's employer (a state sends ambassadors); the state comes from elsewhere.
        if rel == .serves, targets.count == 1, f.types[targets[0]] == .organization, f.mentions[targets[0]].tokenRange.upperBound == range.lowerBound,
           range.contains(where: { f.isIn($0, RuleEngine.postingTitles) }), !range.contains(where: { ["to", "for"].contains(f.lower[$0]) }) {
            targets = []
        }
        let movement = nonStateLeader(p, in: range)
        // ("Trump's lawyer X", "her campaign manager X": a private employment, no office of the state.)
        let privateHead = range.last(where: { verbs.titles.match(at: $0, lemmas: f.lemmas) != nil }).map { RuleEngine.privateTitles.contains(f.lower[$0]) } ?? false
            // ("Clinton's campaign chair X", "her personal lawyer X": no office either.)
            || range.contains { f.isIn($0, RuleEngine.privateFieldWords) }
        let principal = rel == .serves && !privateHead ? targets.first(where: { f.types[$0] == .person && f.isPossessive($0) }) : nil
        // ("U.S. Attorney X": an affiliation word that makes a state's national title with the
        // state's name before it is that state's office.)
        targets = targets.filter { RuleEngine.targetOK(rel, f.types[$0]) && (!affiliation || f.types[$0] == .organization || namesNationalTitle(f, $0, through: range.upperBound))
            && (f.mentions[$0].form != .reference || isOwnerPronoun(f, $0))
            && f.isWholeTokens($0) && !(movement && f.types[$0] == .country) }
        // An opposition or rebel leader's lexicon office (if any) is no evidence here.
        if movement && targets.isEmpty { return nil }
        return TitlePhrase(relation: rel, affiliation: affiliation, range: range, targets: targets, principal: principal)
    }

    /// Whether a title of one to three words ends right before token `j` ("Envoy", "Chief Justice").
    func titleEnds(_ p: ClauseParser, at j: Int) -> Bool {
        (1...3).contains { d in
            j - d >= 0 && p.f.mentionAt[j - d] < 0 && verbs.titles.match(at: j - d, lemmas: p.f.lemmas)?.length == d
        }
    }

    /// Whether the state named by mention `t` and the words after it up to `end` make one of that
    /// state's national titles ("U.S. Attorney").
    func namesNationalTitle(_ f: SentenceFrame, _ t: Int, through end: Int) -> Bool {
        let lo = f.mentions[t].tokenRange.lowerBound
        guard f.types[t] == .country, let mt = verbs.nationalTitles.match(at: lo, lemmas: f.lemmas) else { return false }
        return lo + mt.length == end && mt.payload.contains(f.mentions[t].nodeID)
    }

    /// Whether the word at `i` is one of up to two plain lowercase words naming a field between
    /// a name and a title ("White House economic [adviser]", "Ruritania University political
    /// [scientist]").
    func fieldWordAfterName(_ p: ClauseParser, _ i: Int, titleEnd: Int, afterPossessive: Bool = false) -> Bool {
        let f = p.f
        func plain(_ k: Int) -> Bool {
            k >= 0 && k < f.count && f.mentionAt[k] < 0 && f.tokens[k].kind == .word && !f.tokens[k].isCapitalized && !p.verbish[k]
                && !f.isIn(k, WordClass.boundaries) && !f.isIn(k, WordClass.prepositions)
                && !f.isIn(k, WordClass.determiners) && f.lower[k] != "and" && f.lower[k] != "or"
                && !f.lower[k].hasSuffix("ing") && !f.lower[k].hasSuffix("ed") && !f.isIn(k, verbs.titleModifiers)
                // ("Ruritania cricket chief X" heads a sports body, not a portfolio of the state.)
                && !f.isIn(k, RuleEngine.sportFieldWords)
        }
        // ("Vexa founder and co-CEO X": a title word is no field.)
        guard plain(i), verbs.titles.match(at: i, lemmas: f.lemmas) == nil else { return false }
        // Only plain words or modifiers, then one lowercase title that ends the phrase: "economic
        // [adviser] X", not "a post comparing [President] X" or "judge orders [former] X".
        var j = i + 1
        while j < titleEnd, verbs.titles.match(at: j, lemmas: f.lemmas) == nil, plain(j) || f.isIn(j, verbs.titleModifiers) { j += 1 }
        guard j < titleEnd, let t = verbs.titles.match(at: j, lemmas: f.lemmas), j + t.length == titleEnd, !f.tokens[j].isCapitalized else { return false }
        var k = i - 1
        while k >= i - 2, plain(k) || f.isIn(k, verbs.titleModifiers) && f.mentionAt[max(k, 0)] < 0 && k >= 0 { k -= 1 }
        // ("CNN's chief medical [correspondent] X": a body's possessive owns the field words too.)
        // (Only to read the title's words: "North Korea's young leader" still leads.)
        if afterPossessive, k >= 1, f.lower[k] == "'s", f.mentionAt[k - 1] >= 0 { return true }
        return k >= 0 && f.mentionAt[k] >= 0 && !["the", "a", "an"].contains(f.lower[k])
    }

    /// Sports, whose word before a title names a sports body ("cricket chief").
    static let sportFieldWords: WordSet = WordLists.set("sportWords")

    /// Whether `gap` is empty or a bracketed abbreviation ("Sugar Board (SB) chief").
    func bracketedGap(_ f: SentenceFrame, _ gap: Range<Int>) -> Bool {
        gap.isEmpty || gap.count <= 4 && f.word(gap.lowerBound) == "(" && f.word(gap.upperBound - 1) == ")"
    }

    /// Field words of a private post under a named person ("campaign chair", "personal lawyer").
    static let privateFieldWords: WordSet = WordLists.set("privateFieldWords")

    /// Titles of private employment, which make no aide of a named person ("Trump's lawyer").
    static let privateTitles: Set<String> = WordLists.strings("privateTitles")

    /// Titles of envoys a state posts to a body ("UN ambassador X" serves the sending state).
    static let postingTitles: WordSet = WordLists.set("postingTitles")

    /// Possessive pronouns that name the owner of an office once resolved ("Acme said its chief
    /// executive, X, ..."); a description ("the ministry's") is too loose an owner.
    static let ownerPronouns: WordSet = WordLists.set("ownerPronouns")

    /// Whether mention `m` is a resolved "its"/"their".
    func isOwnerPronoun(_ f: SentenceFrame, _ m: Int) -> Bool {
        if f.isIn(f.mentions[m].tokenRange.lowerBound, RuleEngine.ownerPronouns) { return true }
        // "the kingdom's energy minister": a possessive description owns the office as "its" does
        // ("the state's governor" is rather a province's, whatever state was named before).
        let r = f.mentions[m].tokenRange
        return r.count > 1 && f.types[m] != .person && f.lower[r.upperBound - 1] != "state" && f.isPossessive(m)
    }

    /// The words of a title before a name, scanned leftwards: the token before the title (`i`),
    /// the title's end, and whether a comma separates it from the name.
    func titleBeforeSpan(_ p: ClauseParser, _ m: Int) -> (i: Int, end: Int, comma: Bool) {
        let f = p.f
        let r = f.mentions[m].tokenRange
        var i = r.lowerBound - 1
        while i >= 0, f.isIn(i, WordClass.honorifics) || f.lower[i] == "." && f.isIn(i - 1, WordClass.honorifics) {
            // "Ruritania University professor X": a title word after a body's name is the office.
            if i >= 1, f.mentionAt[i - 1] >= 0, verbs.titles.match(at: i, lemmas: f.lemmas) != nil { break }
            // "political science professor X": a title after plain field words stays a title.
            if i >= 1, verbs.titles.match(at: i, lemmas: f.lemmas) != nil, fieldWordAfterName(p, i - 1, titleEnd: i + 1) { break }
            i -= 1
        }
        // "Chile's defence chief, Gen. Ana Soto": a rank between the comma and the name.
        // (Only after a title: "In May, Rep. X" keeps its own.)
        if f.word(i) == ".", f.isIn(i - 1, RuleEngine.ranks), f.word(i - 2) == ",", verbs.titles.match(at: i - 3, lemmas: f.lemmas) != nil { i -= 2 }
        else if f.isIn(i, RuleEngine.ranks), f.word(i - 1) == ",", verbs.titles.match(at: i - 2, lemmas: f.lemmas) != nil { i -= 1 }
        let comma = i >= 0 && f.lower[i] == ","
        if comma { i -= 1 }
        var end = i + 1
        // A recognizer may keep the title inside the name ("President Xi").
        if !comma, end == r.lowerBound, let t = verbs.titles.match(at: r.lowerBound, lemmas: f.lemmas), t.length < r.count {
            end = r.lowerBound + t.length
        }
        var steps = 0
        while i >= 0, steps < 7 {
            // "Ambassador to Britain X", "the envoy for Syria, X": a posting inside the title.
            if let pm = f.mention(at: i) {
                // "Britain's Middle East minister X", "the ministry's top Asia official, X": a
                // region names the portfolio.
                let lo = f.mentions[pm].tokenRange.lowerBound
                if f.types[pm] == .region, steps > 0, lo >= 1, f.word(lo - 1) == "'s" || f.isIn(lo - 1, verbs.titleModifiers)
                    || f.mention(at: lo - 1).map({ f.types[$0] == .country }) == true {
                    i = lo - 1
                    steps += 1
                    continue
                }
                var k = f.mentions[pm].tokenRange.lowerBound - 1
                if f.word(k) == "the" { k -= 1 }
                // ("Chief Justice of India X": a title of a few words before the preposition.)
                guard ["to", "for", "on", "of"].contains(f.word(k)), k >= 1, f.mentionAt[k - 1] < 0,
                      verbs.titles.match(at: k - 1, lemmas: f.lemmas)?.length == 1 || titleEnds(p, at: k) else { break }
                i = k - 1
                steps += 1
                continue
            }
            // "Shiv Sena (UBT) leader X": an abbreviation in brackets after the body's name.
            if f.lower[i] == ")", i >= 3, let j = [i - 2, i - 3].first(where: { $0 >= 1 && f.lower[$0] == "(" }), f.mentionAt[j - 1] >= 0 {
                i = j - 1
                steps += 1
                continue
            }
            // "Chile's director of water supply, X": a portfolio of plain words after "of".
            if comma, f.lower[i] != "'s", !isTitleWord(p, i), f.tokens[i].kind == .word, !f.tokens[i].isCapitalized,
               let j = ((i - 3)..<i).reversed().first(where: { $0 >= 1 && f.lower[$0] == "of" }),
               verbs.titles.match(at: j - 1, lemmas: f.lemmas) != nil,
               ((j + 1)...i).allSatisfy({ f.mentionAt[$0] < 0 && f.tokens[$0].kind == .word && !f.tokens[$0].isCapitalized && !f.isIn($0, WordClass.determiners) }) {
                i = j - 1
                steps += 1
                continue
            }
            guard f.lower[i] != "'s", isTitleWord(p, i) || steps > 0 && fieldWordAfterName(p, i, titleEnd: end, afterPossessive: true) else { break }
            // "and" joins two portfolios ("Foreign and Defence Minister"), never a name and a
            // title ("between Russia and President X").
            if f.lower[i] == "and", i == 0 || f.mentionAt[i - 1] >= 0 || f.lower[i - 1] == "and" || !isTitleWord(p, i - 1) { break }
            i -= 1
            steps += 1
        }
        return (i, end, comma)
    }

    /// The state or body a title before the name `r` names: a possessive or name opening it
    /// (token `i`), else "of X" after the name.
    func titleBeforeTargets(_ p: ClauseParser, _ r: Range<Int>, _ i: Int, comma: Bool) -> [Int] {
        let f = p.f
        var targets: [Int] = []
        if i >= 0 {
            // ("a senior Iranian official, X": modifiers may stand between the article and the state.)
            var d = i >= 0 ? (f.mention(at: i).map { f.mentions[$0].tokenRange.lowerBound } ?? i) - 1 : -1
            while d >= 0, f.isIn(d, RuleEngine.ownerlessModifiers) { d -= 1 }
            if f.lower[i] == "'s", let c = f.mention(at: i - 1) { targets = [c] } else if let c = f.mention(at: i),
                !comma || f.mentions[c].tokenRange.lowerBound == 0 || ["the", "a", "an"].contains(f.word(d))
                    || f.mentions[c].form == .reference && isOwnerPronoun(f, c) {
                // (After a comma only a title that opens its phrase: "the UN envoy for Syria, X",
                // not a list "Russia, President X".)
                targets = [c]
            }
        }
        // "President Lula of Brazil"
        if targets.isEmpty, f.word(r.upperBound) == "of", let c = f.mention(at: r.upperBound + 1) ?? f.mention(at: r.upperBound + 2) {
            targets = [c]
        }
        return targets
    }

    /// Modifiers between an article and the state opening a title ("the then UK home secretary, X",
    /// "a senior Iranian official, X").
    static let ownerlessModifiers: WordSet = WordLists.set("titleOwnerModifiers")

    /// Military ranks that may stand between an apposed title and the name ("the army chief,
    /// General X").
    static let ranks: WordSet = WordLists.set("ranks")
    /// Nouns of a state's organs inside a title before a name ("foreign ministry spokesperson X").
    static let titleBodyNouns: WordSet = WordLists.set("titleBodyNouns")

    /// Portfolio words before a head title: the head of a portfolio serves ("intelligence director").
    static let portfolioWords: WordSet = WordLists.set("portfolioWords")
}
