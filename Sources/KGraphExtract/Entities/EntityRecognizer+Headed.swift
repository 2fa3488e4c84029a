import KGraphModel

extension RecognizerRun {
    /// Organizations, alliances and regions named by a head word and capitalized modifiers:
    /// "US Congressional Committee", "Ministry of External Affairs", "Warsaw Pact",
    /// "Taiwan Strait", "East and South China Seas" (two regions).
    mutating func matchHeadedNames(_ s: Int) {
        let p = pieces[s]
        // Right to left, so "House Armed Services Committee" is one name, not two.
        var h = p.count - 1
        while h >= 0 {
            defer { h -= 1 }
            guard isFree(s, h), p[h].isWord, p[h].isCapitalized else { continue }
            let key = p[h].key
            let type: NodeType
            if NameWords.organizationHeads.contains(key) { type = .organization }
            else if NameWords.allianceHeads.contains(key) { type = .alliance }
            else if NameWords.regionHeads.contains(key) { type = .region }
            else { continue }

            var lo = h
            var modifiersFree = true
            while lo > 0 {
                let j = lo - 1
                if isFree(s, j), p[j].isWord, p[j].isCapitalized, !NameWords.leftStops.contains(p[j].key),
                   !CommonWords.months.contains(p[j].key), !CommonWords.weekdays.contains(p[j].key) {
                    lo = j; continue
                }
                if let f = findAt(s, j), f.hi == lo, f.form != .reference, let d = drafts[f.nodeID],
                   d.type != .person, (f.lo..<f.hi).allSatisfy({ p[$0].isCapitalized || !p[$0].isWord }) {
                    lo = f.lo; modifiersFree = false; continue
                }
                // "Ways and Means Committee", "Special and Privileged Strategic Partnership".
                if p[j].key == "and", lo < h, !["seas", "straits", "oceans"].contains(key), j > 0, isFree(s, j - 1), isFree(s, lo),
                   p[j - 1].isWord, p[j - 1].isCapitalized, !NameWords.leftStops.contains(p[j - 1].key), !isSentenceInitial(s, j - 1) {
                    lo = j - 1; continue
                }
                // "People's Liberation Army", "Workers' Party": a common noun's possessive.
                if p[j].key == "'s", lo < h || NameWords.organizationHeads.contains(key), j > 0, isFree(s, j - 1), p[j - 1].isCapitalized,
                   CommonWords.contains(p[j - 1].key) || p[j - 1].key == "people" {
                    lo = j - 1; continue
                }
                break
            }
            // "Ministry of External Affairs", "Council on Foreign Relations", "Strait of Hormuz".
            var hi = h + 1
            if hi + 1 < p.count, ["of", "for", "on"].contains(p[hi].key) {
                var k = hi + 1
                if k < p.count, p[k].key == "the" { k += 1 }
                var end = k
                while end < p.count {
                    if isFree(s, end), p[end].isWord, p[end].isCapitalized, !CommonWords.months.contains(p[end].key),
                       !CommonWords.weekdays.contains(p[end].key) { end += 1; continue }
                    if let f = findAt(s, end), f.lo == end, let d = drafts[f.nodeID],
                       ((d.type == .country || d.type == .region) && (f.form == .name || f.form == .metonym))
                        || (d.type == .principle && (f.lo..<f.hi).allSatisfy({ p[$0].isCapitalized || !p[$0].isWord })) {
                        end = f.hi; continue
                    }
                    if end > k, end + 1 < p.count, p[end].key == "and", p[end + 1].isCapitalized, p[end + 1].isWord { end += 1; continue }
                    break
                }
                if end > k { hi = end }
            }
            // A capitalized ordinary word opening the sentence is not part of the name ("Key Security Council").
            while lo < h, isSentenceInitial(s, lo), isFree(s, lo), CommonWords.contains(p[lo].key), !NameWords.titles.contains(p[lo].key) { lo += 1 }
            guard lo < h || hi > h + 1 else { continue }
            // A lone capitalized word before the head at the start of a sentence is usually an
            // ordinary word ("Party members said"): require more than that.
            if hi == h + 1, lo == h - 1, isSentenceInitial(s, lo), CommonWords.contains(p[lo].key), modifiersFree { continue }
            if type == .region, key == "region" && !modifiersFree { continue }
            if type == .alliance, ["partnership", "agreement", "accord", "dialogue", "treaty"].contains(key),
               modifiersFree, (lo..<h).allSatisfy({ CommonWords.contains(p[$0].key) || NameWords.titles.contains(p[$0].key) }) {
                continue
            }
            // "East and South China Seas": the first region is "East China Sea".
            let plural = ["seas": "Sea", "straits": "Strait", "oceans": "Ocean"][key]
            var label = text(s, lo, hi)
            if let singular = plural, hi == h + 1 {
                label = text(s, lo, h) + " " + singular
                if lo >= 2, p[lo - 1].key == "and", isFree(s, lo - 2), p[lo - 2].isCapitalized, h - lo >= 2 {
                    let rest = text(s, lo + 1, h)
                    if let id = patternNode(label: p[lo - 2].bare + " " + rest + " " + singular, type: .region) {
                        claim(s, lo - 2, lo - 1, id, .name)
                        finds[s][finds[s].count - 1].isAlias = false
                    }
                }
            }
            if let id = patternNode(label: label, type: type) {
                // "Russian Foreign Ministry" still tells that Russia is in the article.
                for k in lo..<hi {
                    if let f = findAt(s, k), f.lo == k, f.form != .metonym, drafts[f.nodeID]?.type == .country { implied.append((s, f)) }
                }
                claim(s, lo, hi, id, .name)
            }
            h = lo
        }
    }

    private static let organizationCues = Set<String>([
        "firm", "firms", "company", "companies", "group", "groups", "chain", "chains", "conglomerate", "giant", "giants",
        "maker", "makers", "manufacturer", "manufacturers", "lender", "lenders", "insurer", "startup", "start-up",
        "outlet", "newspaper", "broadcaster", "carrier", "airline", "airlines", "operator", "contractor", "contractors",
        "producer", "producers", "retailer", "retailers", "automaker", "automakers", "brands", "brand", "tank", "corporation",
    ])

    /// Organizations named right after a common noun that says what they are:
    /// "cybersecurity firm Mandiant", "firms like Danone and Carlsberg", "chains X and Y".
    mutating func matchCuedOrganizations(_ s: Int) {
        let p = pieces[s]
        var i = 0
        while i < p.count {
            defer { i += 1 }
            guard p[i].isWord, !p[i].isCapitalized || isSentenceInitial(s, i), Self.organizationCues.contains(p[i].key) else { continue }
            var k = i + 1
            if k < p.count, p[k].key == "like" || p[k].key == "including" { k += 1 }
            else if k + 1 < p.count, p[k].key == "such", p[k + 1].key == "as" { k += 2 }
            // One name, or a list "X, Y and Z" (some of which may be known already).
            while k < p.count, p[k].isWord, p[k].isCapitalized {
                if let f = findAt(s, k), f.lo == k {
                    guard drafts[f.nodeID]?.type == .organization, f.hi + 1 < p.count, p[f.hi].key == "," || p[f.hi].key == "and" else { break }
                    k = f.hi + 1
                    if k < p.count, p[k].key == "and" { k += 1 }
                    continue
                }
                guard isFree(s, k) else { break }
                var e = k + 1
                while e < p.count, e - k < 4, isFree(s, e), p[e].isWord, p[e].isCapitalized { e += 1 }
                let key = p[e - 1].key
                if CommonWords.contains(key) && e - k == 1 || NameWords.titles.contains(p[k].key) { break }
                if let id = patternNode(label: text(s, k, e), type: .organization) { claim(s, k, e, id, .name) }
                guard e + 1 < p.count, p[e].key == "," || p[e].key == "and" else { break }
                k = e + 1
                if k < p.count, p[k].key == "and" { k += 1 }
            }
        }
    }

    private static let trailingCues = Set<String>([
        "party", "group", "movement", "militia", "organization", "organisation", "faction", "firm", "company",
        "network", "newspaper", "broadcaster", "outfit", "think", "conglomerate", "insurgency", "rebels",
    ])

    /// "the Ennahda party", "the Woodrow Wilson think tank", "Ansar al-Sharia, an
    /// al-Qaeda-linked organization": a name followed by what kind of body it is. The name
    /// alone also names the body later in the article.
    mutating func matchTrailingCues(_ s: Int) {
        let p = pieces[s]
        var i = 0
        while i < p.count {
            guard isFree(s, i), p[i].isWord, p[i].isCapitalized, !isSentenceInitial(s, i) || !CommonWords.contains(p[i].key) else { i += 1; continue }
            var e = i + 1
            while e < p.count, isFree(s, e), p[e].isWord, p[e].isCapitalized || p[e].token == p[e - 1].token
                    || (p[e].key == "al" && e + 1 < p.count && p[e + 1].token == p[e].token) { e += 1 }
            defer { i = e }
            guard e - i <= 4, e < p.count else { continue }
            var cue = e
            // Appositive: "X, a/an/the [up to four words] organization".
            if p[e].key == ",", e + 2 < p.count, ["a", "an", "the"].contains(p[e + 1].key) {
                var k = e + 2
                while k < p.count, k - e <= 6, p[k].isWord, !p[k].isCapitalized || p[k].token == p[k - 1].token,
                      !Self.trailingCues.contains(p[k].key) {
                    // "X, a senior vice president at ... firm" describes a person, not X as a firm.
                    if NameWords.titles.contains(p[k].key) || ["at", "of", "for", "in", "with", "from", "by", "who", "which"].contains(p[k].key) { k = p.count; break }
                    k += 1
                }
                cue = k
            }
            guard cue < p.count, p[cue].isWord, !p[cue].isCapitalized, Self.trailingCues.contains(p[cue].key) else { continue }
            if p[cue].key == "think", !(cue + 1 < p.count && p[cue + 1].key == "tank") { continue }
            if (i..<e).allSatisfy({ CommonWords.contains(p[$0].key) }) { continue }
            if NameWords.titles.contains(p[i].key) { continue }
            // "Islamist group", "Arab group": an adjective, not a name.
            if e - i == 1, RecognizerRun.hasNonNameSuffix(p[i].key) || NameWords.otherHeads.contains(p[i].key) { continue }
            if let id = patternNode(label: text(s, i, e), type: .organization) {
                claim(s, i, e, id, .name)
                if e - i == 1 || (i..<e).allSatisfy({ p[$0].token == p[i].token }) { acronyms[text(s, i, e)] = id }
            }
        }
    }

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
            guard p[i].key == "(", p[i + 2].key == ")", isFree(s, i + 1), i > 0, let f = findAt(s, i - 1),
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
