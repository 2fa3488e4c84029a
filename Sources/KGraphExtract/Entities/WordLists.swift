import Foundation
import KGraphModel

/// The word lists of entity recognition and of the relation rules, read once from the bundled
/// `Resources/WordLists/` files (`wordlists.json` for `Entities/`, `relations.json` for
/// `Relations/`): the data lives there, the grammar that uses each list stays in Swift (each
/// list is documented where it is declared).
enum WordLists {
    /// The bundled files, in `Resources/WordLists/`; a list name stands in one of them only.
    static let files = ["wordlists", "relations"]

    /// Every list by name, loaded on first use and then shared (thread-safe: a static let).
    static let bundled: [String: [String]] = load("lists")

    /// Every map by name (`"maps"` of the files): words grouped by what they give, an edge type
    /// or a node kind ("tension-with": ["conflict", ...]), or forms by their lemma.
    static let bundledMaps: [String: [String: [String]]] = load("maps")

    /// The list `name` as a set. A list missing from the bundled files is a build defect, caught
    /// by the tests: it stops the process instead of quietly changing what is recognized.
    static func set(_ name: String) -> WordSet {
        WordSet(words(name))
    }

    /// The list `name` as a `Set<String>`, for the rules that test membership that way.
    static func strings(_ name: String) -> Set<String> {
        Set(words(name))
    }

    /// The list `name` as it is written, for tests over its entries (suffixes, say) rather than membership.
    static func list(_ name: String) -> [String] {
        words(name)
    }

    /// The map `name` as it is written: key to words.
    static func map(_ name: String) -> [String: [String]] {
        guard let map = bundledMaps[name] else { fatalError("kgraph: word map \(name) missing from Resources/WordLists") }
        return map
    }

    /// The map `name`, whose keys are values of `Value` (edge types, node kinds), turned around:
    /// each word to its value. A key that is no value, or a word under two keys, stops the process.
    static func lookup<Value: RawRepresentable>(_ name: String, as: Value.Type) -> [String: Value] where Value.RawValue == String {
        var out: [String: Value] = [:]
        for (key, words) in map(name) {
            guard let value = Value(rawValue: key) else { fatalError("kgraph: word map \(name): \(key) is no \(Value.self)") }
            for w in words where out.updateValue(value, forKey: w) != nil { fatalError("kgraph: word map \(name): \(w) stands twice") }
        }
        return out
    }

    private static func words(_ name: String) -> [String] {
        guard let words = bundled[name] else { fatalError("kgraph: word list \(name) missing from Resources/WordLists") }
        return words
    }

    /// The bundled file `file` as JSON.
    static func contents(ofFile file: String) -> [String: Any] {
        guard let url = Bundle.module.url(forResource: file, withExtension: "json", subdirectory: "WordLists"),
              let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              object["lists"] is [String: [String]]
        else { fatalError("kgraph: the bundled word lists (WordLists/\(file).json) are missing or malformed") }
        return object
    }

    /// The section `section` of every file, merged; a name given twice stops the process.
    private static func load<T>(_ section: String) -> [String: T] {
        var all: [String: T] = [:]
        for file in files {
            guard let part = contents(ofFile: file)[section] else { continue }
            guard let entries = part as? [String: T] else { fatalError("kgraph: WordLists/\(file).json: \(section) is malformed") }
            all.merge(entries) { _, _ in fatalError("kgraph: a word list of WordLists/\(file).json is in another file too") }
        }
        return all
    }
}
