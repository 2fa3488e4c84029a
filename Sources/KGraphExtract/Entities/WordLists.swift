import Foundation

/// The word lists of entity recognition and of the relation rules, read once from the bundled
/// `Resources/WordLists/` files (`wordlists.json` for `Entities/`, `relations.json` for
/// `Relations/`): the data lives there, the grammar that uses each list stays in Swift (each
/// list is documented where it is declared).
enum WordLists {
    /// The bundled files, in `Resources/WordLists/`; a list name stands in one of them only.
    static let files = ["wordlists", "relations"]

    /// Every list by name, loaded on first use and then shared (thread-safe: a static let).
    static let bundled: [String: [String]] = load()

    /// The list `name` as a set. A list missing from the bundled files is a build defect, caught
    /// by the tests: it stops the process instead of quietly changing what is recognized.
    static func set(_ name: String) -> WordSet {
        WordSet(words(name))
    }

    /// The list `name` as a `Set<String>`, for the rules that test membership that way.
    static func strings(_ name: String) -> Set<String> {
        Set(words(name))
    }

    private static func words(_ name: String) -> [String] {
        guard let words = bundled[name] else { fatalError("kgraph: word list \(name) missing from Resources/WordLists") }
        return words
    }

    /// The lists of one bundled file by name.
    static func lists(inFile file: String) -> [String: [String]] {
        guard let url = Bundle.module.url(forResource: file, withExtension: "json", subdirectory: "WordLists"),
              let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let lists = object["lists"] as? [String: [String]]
        else { fatalError("kgraph: the bundled word lists (WordLists/\(file).json) are missing or malformed") }
        return lists
    }

    private static func load() -> [String: [String]] {
        var all: [String: [String]] = [:]
        for file in files {
            all.merge(lists(inFile: file)) { _, _ in fatalError("kgraph: a word list of WordLists/\(file).json is in another file too") }
        }
        return all
    }
}
