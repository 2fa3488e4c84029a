import Foundation

/// The data files bundled with Ingest (`Resources/*.json`), each decoded once by the type
/// that holds it (``FurnitureVocabulary``, ``EnglishWords``).
enum BundledJSON {
    /// `Resources/<name>.json` decoded as `T`. A missing or malformed file is a build defect,
    /// caught by the tests: it stops the process instead of quietly changing what is read.
    static func decode<T: Decodable>(_ name: String, as type: T.Type = T.self) -> T {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json"),
              let data = try? Data(contentsOf: url)
        else { fatalError("kgraph: the bundled \(name).json is missing") }
        do { return try JSONDecoder().decode(T.self, from: data) }
        catch { fatalError("kgraph: the bundled \(name).json is malformed: \(error)") }
    }
}
