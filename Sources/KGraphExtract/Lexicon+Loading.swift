import Foundation
import KGraphIngest
import KGraphModel

extension Lexicon {
    /// The bundled lexicon, loaded on first use and then shared (thread-safe: a static let).
    public static let bundled: Lexicon = loadBundled()

    private static func loadBundled() -> Lexicon {
        var lex = Lexicon.empty
        guard let dir = Bundle.module.url(forResource: "Lexicon", withExtension: nil),
              let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path)
        else { return lex }
        // Page furniture's own names are Ingest's (Resources/furniture.json), suppressed here.
        var ents: [LexiconEntity] = [], sup: [String] = Boilerplate.furnitureNames, verbs: [LexiconVerb] = []
        var members: [LexiconMembership] = []
        // Name order, so later files override earlier ones the same way on every machine.
        for name in names.sorted() where name.hasSuffix(".json") {
            let path = dir.appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            do {
                let part = try LexiconFile.decode(bytes: Array(data), yaml: false, file: name, bundled: true)
                ents += part.entities; sup += part.suppress; verbs += part.verbs; members += part.memberships
            } catch {
                // A broken bundled file is a build defect caught by the tests; keep the rest usable.
                FileHandle.standardError.write(Data("kgraph: warning: bundled lexicon \(error)\n".utf8))
            }
        }
        // verbs.json's triggers are already in VerbLexicon.bundled (it reads the file's other sections too).
        lex = lex.adding(entities: ents, suppress: sup, verbs: verbs, intoVerbLexicon: false)
        lex.add(memberships: members)
        return lex
    }

    /// This lexicon plus a user file (JSON, or YAML when it ends in `.yaml`/`.yml` or does not
    /// start with `{`).
    public func adding(file path: String) throws(LexiconError) -> Lexicon {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw LexiconError(file: path, place: "", message: "no such lexicon file")
        }
        guard !isDir.boolValue else { throw LexiconError(file: path, place: "", message: "is a folder; name a lexicon file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LexiconError(file: path, place: "", message: "cannot read the lexicon file")
        }
        let lower = path.lowercased()
        let firstByte = data.first { ![0x20, 0x0A, 0x0D, 0x09, 0xEF, 0xBB, 0xBF].contains($0) }
        let yaml = lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") || (firstByte != UInt8(ascii: "{") && !lower.hasSuffix(".json"))
        return try adding(bytes: Array(data), yaml: yaml, file: path)
    }

    /// This lexicon plus the entries of a JSON or YAML text (`file` names it in errors).
    public func adding(bytes: [UInt8], yaml: Bool, file: String) throws(LexiconError) -> Lexicon {
        let part = try LexiconFile.decode(bytes: bytes, yaml: yaml, file: file)
        var lex = adding(entities: part.entities, suppress: part.suppress, verbs: part.verbs)
        lex.add(memberships: part.memberships)
        return lex
    }
}

/// The contents of one lexicon file.
struct LexiconFile {
    var entities: [LexiconEntity] = []
    var suppress: [String] = []
    var verbs: [LexiconVerb] = []
    var memberships: [LexiconMembership] = []

    /// Decodes a lexicon file. Unknown sections and keys are errors (a misspelt `entitis:`
    /// would otherwise make the whole file do nothing), except that bundled files may hold the
    /// sections and keys ``VerbLexicon`` reads. Errors name the line, also in JSON files.
    static func decode(bytes: [UInt8], yaml: Bool, file: String, bundled: Bool = false) throws(LexiconError) -> LexiconFile {
        if bytes.contains(0) { throw LexiconError(file: file, place: "", message: "looks like a binary file, not a lexicon") }
        let text = String(decoding: bytes, as: UTF8.self)
        let root: JSONValue
        var located: LexiconYAML?
        if yaml {
            do { located = try LexiconYAML.parse(text) }
            catch { throw LexiconError(file: file, line: error.line, column: error.column, place: "", message: error.message) }
            root = located!.root
        } else {
            do { root = try JSONValue.parse(bytes) }
            catch { throw LexiconError(file: file, line: error.line, column: error.column, place: "", message: error.message) }
        }
        var d = Decoder(file: file, bundled: bundled)
        do {
            return try d.file(root)
        } catch {
            // JSON is YAML too: the line of a bad key is found by reading the file again, only
            // when there is an error to report.
            if located == nil { located = try? LexiconYAML.parse(text) }
            var e = error
            e.line = located?.line(of: e.place)
            throw e
        }
    }

    /// What each object of a lexicon may hold.
    enum Keys {
        static let sections = ["entities", "suppress", "verbs", "memberships", "note"]
        /// Sections of the bundled verbs.json that ``VerbLexicon`` reads.
        static let bundledSections = ["nominals", "composedNominals", "refusals", "negators", "hedges", "controls", "light", "speech", "titles", "rules"]
        static let entity = ["label", "type", "aliases", "demonyms", "metonyms", "roles", "ambiguous", "note"]
        static let role = ["office", "of", "relation", "from", "to"]
        static let form = ["text", "ambiguous"]
        static let verb = ["phrase", "edge", "inverse"]
        static let bundledVerb = ["principleOnly", "statesOnly", "refusedOnly"]
        static let membership = ["of", "members"]
    }

    private struct Decoder {
        let file: String
        let bundled: Bool

        func fail(_ place: String, _ message: String) -> LexiconError {
            LexiconError(file: file, place: place, message: message)
        }

        /// Refuses a key of `object` that is not in `allowed`, suggesting the nearest one.
        func checkKeys(_ object: JSONValue, _ place: String, _ allowed: [String], what: String = "key") throws(LexiconError) {
            guard case .object(let pairs) = object else { return }
            for (key, _) in pairs where !allowed.contains(key) {
                let path = place.isEmpty ? key : "\(place).\(key)"
                let shown = allowed.filter { !Keys.bundledSections.contains($0) && !Keys.bundledVerb.contains($0) }
                var message = "unknown \(what) \"\(key)\""
                if let near = LexiconSpelling.nearest(key, in: shown) { message += " (did you mean \"\(near)\"?)" }
                message += "; expected \(shown.joined(separator: ", "))"
                throw fail(path, message)
            }
        }

        mutating func file(_ root: JSONValue) throws(LexiconError) -> LexiconFile {
            guard case .object(let pairs) = root else {
                if case .null = root { return LexiconFile() }  // an empty YAML file
                throw fail("", "expected an object with \"entities\", \"suppress\" or \"verbs\", found \(root.kindName)")
            }
            try checkKeys(root, "", Keys.sections + (bundled ? Keys.bundledSections : []), what: "section")
            var out = LexiconFile()
            for (key, value) in pairs {
                switch key {
                case "entities":
                    for (i, v) in try list(value, key).enumerated() { out.entities.append(try entity(v, "entities[\(i)]")) }
                case "suppress":
                    out.suppress += try strings(value, "suppress")
                case "verbs":
                    for (i, v) in try list(value, key).enumerated() { out.verbs.append(try verb(v, "verbs[\(i)]")) }
                case "memberships":
                    for (i, v) in try list(value, key).enumerated() { out.memberships.append(try membership(v, "memberships[\(i)]")) }
                default:
                    break  // "note", and the bundled sections VerbLexicon reads
                }
            }
            return out
        }

        func list(_ v: JSONValue, _ place: String) throws(LexiconError) -> [JSONValue] {
            if case .null = v { return [] }
            guard let a = v.arrayValue else { throw fail(place, "expected a list, found \(v.kindName)") }
            return a
        }

        func strings(_ v: JSONValue?, _ place: String) throws(LexiconError) -> [String] {
            var ambiguous: Set<String> = []
            return try forms(v, place, &ambiguous)
        }

        /// A list of surface forms: strings, or `{"text": ..., "ambiguous": true}` objects.
        func forms(_ v: JSONValue?, _ place: String, _ ambiguous: inout Set<String>) throws(LexiconError) -> [String] {
            guard let v else { return [] }
            var out: [String] = []
            for (i, x) in try list(v, place).enumerated() {
                var text = x.stringValue
                if case .object = x {
                    try checkKeys(x, "\(place)[\(i)]", Keys.form)
                    text = try string(x["text"], "\(place)[\(i)].text", required: true)
                    if x["ambiguous"] == .bool(true), let t = text { ambiguous.insert(t.trimmingCharacters(in: .whitespaces)) }
                }
                guard let s = text else { throw fail("\(place)[\(i)]", "expected a string, found \(x.kindName)") }
                let t = s.trimmingCharacters(in: .whitespaces)
                if !t.isEmpty { out.append(t) }
            }
            return out
        }

        func string(_ v: JSONValue?, _ place: String, required: Bool) throws(LexiconError) -> String? {
            guard let v, v != .null else {
                if required { throw fail(place, "missing") }
                return nil
            }
            guard let s = v.stringValue else { throw fail(place, "expected a string, found \(v.kindName)") }
            let t = s.trimmingCharacters(in: .whitespaces)
            if required && t.isEmpty { throw fail(place, "must not be empty") }
            return t
        }

        func year(_ v: JSONValue?, _ place: String) throws(LexiconError) -> Int? {
            guard let v, v != .null else { return nil }
            if let d = v.numberValue, d == d.rounded(), abs(d) < 100_000 { return Int(d) }
            if let s = v.stringValue, let n = Int(s) { return n }
            throw fail(place, "expected a year or null, found \(v.kindName)")
        }

        func entity(_ v: JSONValue, _ place: String) throws(LexiconError) -> LexiconEntity {
            guard case .object = v else { throw fail(place, "expected an object, found \(v.kindName)") }
            try checkKeys(v, place, Keys.entity)
            let label = try string(v["label"], "\(place).label", required: true)!
            let typeName = try string(v["type"], "\(place).type", required: true)!
            guard let type = NodeType(rawValue: typeName) else {
                throw fail("\(place).type", "expected one of \(NodeType.allCases.map(\.rawValue).joined(separator: ", ")), found \"\(typeName)\"")
            }
            var roles: [LexiconRole] = []
            if let r = v["roles"] {
                for (i, x) in try list(r, "\(place).roles").enumerated() {
                    let p = "\(place).roles[\(i)]"
                    guard case .object = x else { throw fail(p, "expected an object, found \(x.kindName)") }
                    try checkKeys(x, p, Keys.role)
                    let rel = try string(x["relation"], "\(p).relation", required: false) ?? "serves"
                    guard rel == "leads" || rel == "serves" else { throw fail("\(p).relation", "expected leads or serves, found \"\(rel)\"") }
                    roles.append(LexiconRole(
                        office: try string(x["office"], "\(p).office", required: false) ?? "",
                        of: try string(x["of"], "\(p).of", required: true)!,
                        relation: rel == "leads" ? .leads : .serves,
                        from: try year(x["from"], "\(p).from"), to: try year(x["to"], "\(p).to")))
                }
            }
            var ambiguous: Set<String> = []
            if v["ambiguous"] == .bool(true) { ambiguous.insert(label) }
            return LexiconEntity(
                label: label, type: type,
                aliases: try forms(v["aliases"], "\(place).aliases", &ambiguous),
                demonyms: try forms(v["demonyms"], "\(place).demonyms", &ambiguous),
                metonyms: try forms(v["metonyms"], "\(place).metonyms", &ambiguous),
                roles: roles, note: try string(v["note"], "\(place).note", required: false),
                ambiguousForms: ambiguous)
        }

        func membership(_ v: JSONValue, _ place: String) throws(LexiconError) -> LexiconMembership {
            guard case .object = v else { throw fail(place, "expected an object, found \(v.kindName)") }
            try checkKeys(v, place, Keys.membership)
            let of = try string(v["of"], "\(place).of", required: true)!
            return LexiconMembership(of: of, members: try strings(v["members"], "\(place).members"))
        }

        func verb(_ v: JSONValue, _ place: String) throws(LexiconError) -> LexiconVerb {
            guard case .object = v else { throw fail(place, "expected an object, found \(v.kindName)") }
            try checkKeys(v, place, Keys.verb + (bundled ? Keys.bundledVerb : []))
            let phrase = try string(v["phrase"], "\(place).phrase", required: true)!
            let edgeName = try string(v["edge"], "\(place).edge", required: true)!
            guard let edge = EdgeType(rawValue: edgeName) else {
                throw fail("\(place).edge", "expected one of \(EdgeType.allCases.map(\.rawValue).joined(separator: ", ")), found \"\(edgeName)\"")
            }
            return LexiconVerb(phrase: phrase, edge: edge, inverse: v["inverse"] == .bool(true))
        }
    }
}
