import Foundation
import KGraphModel

/// The word lists of entity recognition and of the relation rules, read once from the bundled
/// `Resources/WordLists/` files (`wordlists.json` for `Entities/`, `relations.json` for
/// `Relations/`): the data lives there, the grammar that uses each list stays in Swift (each
/// list is documented where it is declared).
enum WordLists {
    /// The bundled files, in `Resources/WordLists/`; a list name stands in one of them only.
    static let files = ["wordlists", "relations"]

    /// One bundled file: its lists, and its maps (words grouped by what they give, an edge type
    /// or a node kind, "tension-with": ["conflict", ...]; or forms by their lemma).
    struct File: Decodable, Sendable {
        var lists: [String: [String]]
        var maps: [String: [String: [String]]]?
    }

    /// Both files, each read once on first use and then shared (thread-safe: a static let).
    private static let loaded: (lists: [String: [String]], maps: [String: [String: [String]]]) = load()

    /// Every list by name.
    static var bundled: [String: [String]] { loaded.lists }

    /// Every map by name (`"maps"` of the files).
    static var bundledMaps: [String: [String: [String]]] { loaded.maps }

    /// The list `name` as a set, with the list's ``WordClassBits`` bit if it has one. A list
    /// missing from the bundled files is a build defect, caught by the tests: it stops the
    /// process instead of quietly changing what is recognized.
    static func set(_ name: String) -> WordSet {
        WordSet(words(name), classBit: WordClassBits.bit(ofList: name))
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

    /// The bundled file `WordLists/<file>.json`.
    static func contents(ofFile file: String) -> File {
        guard let url = Bundle.module.url(forResource: file, withExtension: "json", subdirectory: "WordLists"),
              let data = try? Data(contentsOf: url),
              let contents = try? JSONDecoder().decode(File.self, from: data)
        else { fatalError("kgraph: the bundled word lists (WordLists/\(file).json) are missing or malformed") }
        return contents
    }

    /// The lists and maps of every file, merged; a name given twice stops the process.
    private static func load() -> (lists: [String: [String]], maps: [String: [String: [String]]]) {
        var lists: [String: [String]] = [:], maps: [String: [String: [String]]] = [:]
        for file in files {
            let contents = contents(ofFile: file)
            lists.merge(contents.lists) { _, _ in fatalError("kgraph: a list of WordLists/\(file).json is in another file too") }
            maps.merge(contents.maps ?? [:]) { _, _ in fatalError("kgraph: a map of WordLists/\(file).json is in another file too") }
        }
        return (lists, maps)
    }
}
