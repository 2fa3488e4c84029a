extension KnowledgeGraph {
    /// Reads graph JSON (ontology.md). Unknown fields are ignored; `file` only names the
    /// source in errors. Edges must name existing nodes, and two different ones: a relation
    /// joins two entities, so a self-loop (`source` equal to `target`) is refused. Every
    /// `confidence` (an edge's, which is recomputed from its evidence, and each piece of
    /// evidence's) must be a number from 0 to 1.
    public init<Bytes: Collection>(jsonBytes: Bytes, file: String? = nil) throws(GraphDecodingError)
    where Bytes.Element == UInt8 {
        let value: JSONValue
        do {
            value = try JSONValue.parse(jsonBytes)
        } catch {
            throw GraphDecodingError(file: file, place: "line \(error.line), column \(error.column)", message: error.message)
        }
        try self.init(json: value, file: file)
    }

    public init(json: JSONValue, file: String? = nil) throws(GraphDecodingError) {
        let d = Decoder(file: file)
        guard case .object = json else { throw d.fail("", "expected a JSON object with \"nodes\" and \"edges\"", found: json) }
        self.init(title: try d.optionalString(json, "title", at: ""))
        for (i, a) in try d.array(json, "articles", at: "", required: false).enumerated() {
            let at = "articles[\(i)]"
            let url = try d.optionalString(a, "url", at: at)
            add(ArticleInfo(
                id: try d.string(a, "id", at: at), title: try d.optionalString(a, "title", at: at),
                source: try d.optionalString(a, "source", at: at) ?? url,
                date: try d.optionalString(a, "date", at: at), url: url,
                author: try d.optionalString(a, "author", at: at)))
        }
        for (i, n) in try d.array(json, "nodes", at: "", required: true).enumerated() {
            add(try d.node(n, at: "nodes[\(i)]"))
        }
        let ids = Set(nodes.map(\.id))
        for (i, e) in try d.array(json, "edges", at: "", required: true).enumerated() {
            let edge = try d.edge(e, at: "edges[\(i)]")
            for (field, id) in [("source", edge.source), ("target", edge.target)] where !ids.contains(id) {
                throw d.fail("edges[\(i)].\(field)", "expected the id of a node in \"nodes\", found \"\(id)\"")
            }
            if edge.source == edge.target {
                throw d.fail("edges[\(i)]", "source and target are both \"\(edge.source)\": a relation joins two different nodes, self-loops are not allowed")
            }
            add(edge)
        }
    }
}

/// Field readers that turn type mismatches into messages with the JSON path.
private struct Decoder {
    let file: String?

    func fail(_ place: String, _ message: String, found: JSONValue? = nil) -> GraphDecodingError {
        GraphDecodingError(file: file, place: place, message: message + (found.map { ", found \($0.kindName)" } ?? ""))
    }

    func path(_ at: String, _ key: String) -> String { at.isEmpty ? key : "\(at).\(key)" }

    func object(_ v: JSONValue, at: String) throws(GraphDecodingError) {
        guard case .object = v else { throw fail(at, "expected an object", found: v) }
    }

    func string(_ v: JSONValue, _ key: String, at: String) throws(GraphDecodingError) -> String {
        try object(v, at: at)
        guard let f = v[key] else { throw fail(path(at, key), "missing required string") }
        guard let s = f.stringValue else { throw fail(path(at, key), "expected a string", found: f) }
        return s
    }

    func optionalString(_ v: JSONValue, _ key: String, at: String) throws(GraphDecodingError) -> String? {
        guard let f = v[key], f != .null else { return nil }
        guard let s = f.stringValue else { throw fail(path(at, key), "expected a string", found: f) }
        return s
    }

    func int(_ v: JSONValue, _ key: String, at: String) throws(GraphDecodingError) -> Int? {
        guard let f = v[key], f != .null else { return nil }
        guard let d = f.numberValue, d == d.rounded(), abs(d) < 1e15 else {
            throw fail(path(at, key), "expected a whole number", found: f)
        }
        return Int(d)
    }

    func array(_ v: JSONValue, _ key: String, at: String, required: Bool) throws(GraphDecodingError) -> [JSONValue] {
        guard let f = v[key], f != .null else {
            if required { throw fail(path(at, key), "missing required array") }
            return []
        }
        guard let a = f.arrayValue else { throw fail(path(at, key), "expected an array", found: f) }
        return a
    }

    func span(_ v: JSONValue, _ key: String, at: String) throws(GraphDecodingError) -> TextSpan? {
        guard let f = v[key], f != .null else { return nil }
        guard let a = f.arrayValue, a.count == 2, let s = a[0].numberValue, let e = a[1].numberValue,
              s >= 0, e >= s, s < 1e15, e < 1e15 else {
            throw fail(path(at, key), "expected [start, end] with 0 <= start <= end")
        }
        return TextSpan(start: Int(s), end: Int(e))
    }

    func node(_ n: JSONValue, at: String) throws(GraphDecodingError) -> Node {
        try object(n, at: at)
        let label = try optionalString(n, "label", at: at)
        let id = try optionalString(n, "id", at: at)
        guard let name = label ?? id, !name.isEmpty else { throw fail(path(at, "label"), "a node needs a non-empty \"label\" or \"id\"") }
        let typeName = try string(n, "type", at: at)
        guard let type = NodeType(rawValue: typeName) else {
            throw fail(path(at, "type"), "expected one of \(NodeType.allCases.map(\.rawValue).joined(separator: ", ")), found \"\(typeName)\"")
        }
        var aliases: [String] = []
        for (i, a) in try array(n, "aliases", at: at, required: false).enumerated() {
            guard let s = a.stringValue else { throw fail("\(path(at, "aliases"))[\(i)]", "expected a string", found: a) }
            aliases.append(s)
        }
        var mentions: [Mention] = []
        for (i, m) in try array(n, "mentions", at: at, required: false).enumerated() {
            let mat = "\(path(at, "mentions"))[\(i)]"
            let start = try int(m, "start", at: mat) ?? 0
            let end = try int(m, "end", at: mat) ?? start
            mentions.append(Mention(
                article: try optionalString(m, "article", at: mat) ?? "", sentence: try int(m, "sentence", at: mat) ?? 0,
                span: TextSpan(start: start, end: end), text: try optionalString(m, "text", at: mat) ?? ""))
        }
        return Node(id: id.map { $0.isEmpty ? Slug.make(name) : $0 }, label: label ?? name, type: type, aliases: aliases, mentions: mentions)
    }

    /// An optional `confidence`, a number from 0 to 1.
    func confidence(_ v: JSONValue, at: String) throws(GraphDecodingError) -> Double? {
        guard let c = v["confidence"], c != .null else { return nil }
        guard let d = c.numberValue else { throw fail(path(at, "confidence"), "expected a number from 0 to 1", found: c) }
        guard d >= 0, d <= 1 else { throw fail(path(at, "confidence"), "expected a number from 0 to 1, found \(JSONValue.format(d))") }
        return d
    }

    func edge(_ e: JSONValue, at: String) throws(GraphDecodingError) -> Edge {
        let source = try string(e, "source", at: at)
        let target = try string(e, "target", at: at)
        let typeName = try string(e, "type", at: at)
        guard let type = EdgeType(rawValue: typeName) else {
            throw fail(path(at, "type"), "expected one of \(EdgeType.allCases.map(\.rawValue).joined(separator: ", ")), found \"\(typeName)\"")
        }
        _ = try confidence(e, at: at)
        var evidence: [Evidence] = []
        for (i, v) in try array(e, "evidence", at: at, required: false).enumerated() {
            let vat = "\(path(at, "evidence"))[\(i)]"
            let modalityName = try optionalString(v, "modality", at: vat) ?? "asserted"
            guard let modality = Modality(rawValue: modalityName) else {
                throw fail(path(vat, "modality"), "expected one of asserted, hedged, reported, found \"\(modalityName)\"")
            }
            let confidence = try self.confidence(v, at: vat) ?? 1
            evidence.append(Evidence(
                article: try optionalString(v, "article", at: vat) ?? "",
                sentenceIndex: try int(v, "sentence_index", at: vat) ?? 0,
                sentence: try string(v, "sentence", at: vat),
                span: try span(v, "span", at: vat),
                sourceSpan: try span(v, "source_span", at: vat), targetSpan: try span(v, "target_span", at: vat),
                triggerSpan: try span(v, "trigger_span", at: vat),
                trigger: try optionalString(v, "trigger", at: vat), rule: try optionalString(v, "rule", at: vat),
                modality: modality, attribution: try optionalString(v, "attribution", at: vat), confidence: confidence))
        }
        return Edge(source: source, target: target, type: type, evidence: evidence)
    }
}
