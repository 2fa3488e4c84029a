import Foundation

/// The word lists of entity recognition, read once from the bundled
/// `Resources/WordLists/wordlists.json`: the data lives there, the grammar that uses each list
/// stays in Swift (each list is documented where it is declared).
enum WordLists {
    /// Every list by name, loaded on first use and then shared (thread-safe: a static let).
    static let bundled: [String: [String]] = load()

    /// The list `name` as a set. A list missing from the bundled file is a build defect, caught
    /// by the tests: it stops the process instead of quietly changing what is recognized.
    static func set(_ name: String) -> WordSet {
        guard let words = bundled[name] else { fatalError("kgraph: word list \(name) missing from wordlists.json") }
        return WordSet(words)
    }

    private static func load() -> [String: [String]] {
        guard let url = Bundle.module.url(forResource: "wordlists", withExtension: "json", subdirectory: "WordLists"),
              let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let lists = object["lists"] as? [String: [String]]
        else { fatalError("kgraph: the bundled word lists (WordLists/wordlists.json) are missing or malformed") }
        return lists
    }
}
