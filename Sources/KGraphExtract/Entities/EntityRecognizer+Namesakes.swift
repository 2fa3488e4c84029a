import KGraphModel

/// A bare name shared by bodies of different countries ("Congress": the U.S. legislature or
/// India's Indian National Congress). The lexicon maps the bare name to the more frequent body;
/// political context from the same sentence, else from the whole article, picks the other.
struct Namesake {
    /// The bare surface, as piece keys ("congress").
    var keys: [String]
    var defaultLabel: String
    var alternateLabel: String
    /// Bodies and people that place the text in the alternate's politics.
    var cues: [String]
    /// Bodies that place it in the default's politics.
    var counterCues: [String]
}

extension RecognizerRun {
    static let namesakes: [Namesake] = [
        Namesake(keys: ["congress"], defaultLabel: "U.S. Congress", alternateLabel: "Indian National Congress",
                 cues: ["Indian National Congress", "BJP", "Parliament of India", "Aam Aadmi Party",
                        "Rahul Gandhi", "Sonia Gandhi", "Mallikarjun Kharge"],
                 counterCues: ["U.S. Senate", "House of Representatives", "Republican Party", "Democratic Party"]),
    ]

    /// Re-points bare namesake mentions to the alternate body when the context is the alternate's.
    mutating func resolveNamesakes() {
        for n in Self.namesakes {
            let from = Slug.make(n.defaultLabel), to = Slug.make(n.alternateLabel)
            guard lexicon.entity(id: from) != nil, lexicon.entity(id: to) != nil else { continue }
            let cues = Set(n.cues.map(Slug.make)), counter = Set(n.counterCues.map(Slug.make))
            func count(_ ids: Set<String>, _ s: Int) -> Int {
                finds[s].filter { !$0.removed && ids.contains($0.nodeID) }.count
            }
            var bare: [(Int, Int)] = []
            var articleCues = 0, articleCounter = 0
            for s in finds.indices {
                articleCues += count(cues, s)
                articleCounter += count(counter, s)
                for (k, f) in finds[s].enumerated() where !f.removed && f.nodeID == from
                    && (f.lo..<f.hi).map({ pieces[s][$0].key }) == n.keys {
                    bare.append((s, k))
                }
            }
            for (s, k) in bare {
                let here = count(cues, s), against = count(counter, s)
                let alternate = here > 0 || against > 0 ? here > against : articleCues > 0 && articleCounter == 0
                if alternate {
                    finds[s][k].nodeID = lexiconNode(to)
                }
            }
        }
    }
}
