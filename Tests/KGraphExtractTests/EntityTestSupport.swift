import KGraphIngest
import KGraphModel
@testable import KGraphExtract

/// A small lexicon written for the tests (independent of the bundled data files).
let testLexicon = Lexicon.empty.adding(entities: [
    LexiconEntity(label: "India", type: .country, aliases: ["Republic of India"], demonyms: ["Indian", "Indians"],
                  metonyms: ["New Delhi"]),
    LexiconEntity(label: "United States", type: .country,
                  aliases: ["US", "U.S.", "USA", "America", "United States of America"],
                  demonyms: ["American", "Americans"], metonyms: ["Washington", "the White House"]),
    LexiconEntity(label: "Russia", type: .country, demonyms: ["Russian"], metonyms: ["Moscow", "the Kremlin"]),
    LexiconEntity(label: "Japan", type: .country, demonyms: ["Japanese"], metonyms: ["Tokyo"]),
    LexiconEntity(label: "China", type: .country, demonyms: ["Chinese"], metonyms: ["Beijing"]),
    LexiconEntity(label: "Turkey", type: .country, demonyms: ["Turkish"], metonyms: ["Ankara"], ambiguousForms: ["Turkey"]),
    LexiconEntity(label: "NATO", type: .alliance, aliases: ["North Atlantic Treaty Organization"]),
    LexiconEntity(label: "S. Jaishankar", type: .person, aliases: ["Subrahmanyam Jaishankar", "Jaishankar"],
                  roles: [LexiconRole(office: "External Affairs Minister", of: "India", relation: .serves, from: 2019)]),
    LexiconEntity(label: "strategic autonomy", type: .principle),
    LexiconEntity(label: "South China Sea", type: .region),
])

func article(_ text: String, id: String = "t") -> Article {
    Article(id: id, text: text)
}

/// Sentences split at blank lines, and on ". " only when a capital follows and the period does not end a short
/// abbreviation, so test texts do not depend on the ingestion splitter of the day.
func sentences(of text: String) -> [Sentence] {
    let scalars = Array(text.unicodeScalars)
    var out: [Sentence] = []
    var start = 0
    var i = 0
    while i < scalars.count {
        if scalars[i] == "\n", i + 1 < scalars.count, scalars[i + 1] == "\n" {
            if i > start {
                out.append(Sentence(index: out.count, start: start, end: i,
                                    text: String(String.UnicodeScalarView(scalars[start..<i])), paragraph: 0))
            }
            start = i + 2
            i += 2
            continue
        }
        if scalars[i] == ".", i + 2 < scalars.count, scalars[i + 1] == " ", scalars[i + 2].properties.isUppercase {
            var w = i
            while w > start, scalars[w - 1].properties.isAlphabetic { w -= 1 }
            let word = String(String.UnicodeScalarView(scalars[w..<i]))
            if !["Dr", "Mr", "Mrs", "Ms", "Gen", "Sen", "St"].contains(word) && word.count > 1 {
                out.append(Sentence(index: out.count, start: start, end: i + 1,
                                    text: String(String.UnicodeScalarView(scalars[start..<(i + 1)])), paragraph: 0))
                start = i + 2
            }
        }
        i += 1
    }
    if start < scalars.count {
        out.append(Sentence(index: out.count, start: start, end: scalars.count,
                            text: String(String.UnicodeScalarView(scalars[start...])), paragraph: 0))
    }
    return out
}

/// Entities of a text, split with ``sentences(of:)``.
func analyze(_ text: String, lexicon: Lexicon = testLexicon) -> EntityAnalysis {
    EntityRecognizer(lexicon: lexicon).analyze(article(text), sentences: sentences(of: text))
}

extension EntityAnalysis {
    /// "id:type" of every node, sorted.
    var typedIDs: [String] { nodes.values.map { "\($0.id):\($0.type.rawValue)" }.sorted() }
    /// "text=node/form" of every mention, in order.
    var mentionList: [String] { mentions.flatMap { $0 }.map { "\($0.text)=\($0.nodeID)/\($0.form.rawValue)" } }
}
