import KGraphModel

extension GraphDiff {
    /// The diff as JSON, keys always in this order (absent optional keys are left out):
    ///
    /// ```
    /// {
    ///   "format": "kgraph-diff", "version": 1,
    ///   "a": {"name": "a.json", "title"?: "…", "articles": ["art1", …]},
    ///   "b": {"name": "b.json", "title"?: "…", "articles": […]},
    ///   "options": {"ignore_types": ["region", "leads"], "only": "all|nodes|edges", "min_confidence": 0},
    ///   "identical": false,
    ///   "summary": {"nodes": {"added": 3, "removed": 1, "changed": 0, "kept": 9},
    ///               "edges": {"added": 4, "removed": 2, "changed": 1, "kept": 7}},
    ///   "id_map": [{"b": "us", "a": "united-states"}],
    ///   "nodes": {"added": [NODE…], "removed": […], "changed": […], "kept": […]},
    ///   "edges": {"added": [EDGE…], "removed": […], "changed": […], "kept": […]}
    /// }
    /// NODE = {"id": "india", "label": "India", "a"?: SIDE_NODE, "b"?: SIDE_NODE}
    /// SIDE_NODE = {"id", "label", "type", "aliases": […],
    ///              "mentions": [{"article", "sentence", "text"}]}
    /// EDGE = {"source": "japan", "target": "china", "source_label": "Japan", "target_label": "China",
    ///         "a"?: SIDE_EDGE, "b"?: SIDE_EDGE}
    /// SIDE_EDGE = {"source", "target", "type", "confidence",
    ///              "evidence": [{"article", "sentence_index", "sentence", "confidence"}]}
    /// ```
    ///
    /// Ids are A's (``idMap`` lists B ids mapped onto A's; a side's `id`/`source`/`target`
    /// inside "b" are B's own node id / the mapped ids). "a" is present for removed, changed
    /// and kept elements, "b" for added, changed and kept ones. Lists are ordered by id, and
    /// edges by source, target and type. Out-of-scope parts (`--only`) are empty lists.
    public func jsonValue(nameA: String, nameB: String) -> JSONValue {
        func info(_ name: String, _ i: GraphInfo) -> JSONValue {
            var o: [(String, JSONValue)] = [("name", .string(name))]
            if let t = i.title { o.append(("title", .string(t))) }
            o.append(("articles", .array(i.articles.map { .string($0.id) })))
            return .object(o)
        }
        func counts(_ n: Bool) -> JSONValue {
            .object(DiffStatus.allCases.map { s in
                (s.rawValue, .number(Double(n ? nodes(s).count : edges(s).count)))
            })
        }
        return .object([
            ("format", .string("kgraph-diff")),
            ("version", .number(1)),
            ("a", info(nameA, infoA)),
            ("b", info(nameB, infoB)),
            ("options", .object([
                ("ignore_types", .array(options.ignoredTypeNames.map(JSONValue.string))),
                ("only", .string(options.scope.rawValue)),
                ("min_confidence", .number(options.minConfidence)),
            ])),
            ("identical", .bool(isEmpty)),
            ("summary", .object([("nodes", counts(true)), ("edges", counts(false))])),
            ("id_map", .array(idMap.keys.sorted().map { .object([("b", .string($0)), ("a", .string(idMap[$0]!))]) })),
            ("nodes", .object(DiffStatus.allCases.map { s in (s.rawValue, .array(nodes(s).map(nodeJSON))) })),
            ("edges", .object(DiffStatus.allCases.map { s in (s.rawValue, .array(edges(s).map(edgeJSON))) })),
        ])
    }

    private func nodeJSON(_ n: NodeDifference) -> JSONValue {
        var o: [(String, JSONValue)] = [("id", .string(n.id)), ("label", .string(n.label))]
        if let a = n.a { o.append(("a", JSONOut.node(a))) }
        if let b = n.b { o.append(("b", JSONOut.node(b))) }
        return .object(o)
    }

    private func edgeJSON(_ e: EdgeDifference) -> JSONValue {
        var o: [(String, JSONValue)] = [
            ("source", .string(e.source)), ("target", .string(e.target)),
            ("source_label", .string(label(of: e.source))), ("target_label", .string(label(of: e.target))),
        ]
        if let a = e.a { o.append(("a", JSONOut.edge(a))) }
        if let b = e.b { o.append(("b", JSONOut.edge(b))) }
        return .object(o)
    }
}

/// JSON shapes shared by the diff and the comparison.
enum JSONOut {
    static func node(_ n: Node) -> JSONValue {
        .object([
            ("id", .string(n.id)), ("label", .string(n.label)), ("type", .string(n.type.rawValue)),
            ("aliases", .array(n.aliases.map(JSONValue.string))),
            ("mentions", .array(n.mentions.map { m in
                .object([("article", .string(m.article)), ("sentence", .number(Double(m.sentence))), ("text", .string(m.text))])
            })),
        ])
    }

    static func edge(_ e: Edge) -> JSONValue {
        .object([
            ("source", .string(e.source)), ("target", .string(e.target)), ("type", .string(e.type.rawValue)),
            ("confidence", .number(e.confidence)),
            ("evidence", .array(e.evidence.map(evidence))),
        ])
    }

    static func evidence(_ v: Evidence) -> JSONValue {
        .object([
            ("article", .string(v.article)), ("sentence_index", .number(Double(v.sentenceIndex))),
            ("sentence", .string(v.sentence)), ("confidence", .number(v.confidence)),
        ])
    }
}
