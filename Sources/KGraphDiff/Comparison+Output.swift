import KGraphModel

extension Comparison {
    /// An aligned table, one row per node then per edge: `x` where the input has it, `.`
    /// where not, and the count (`2/3`). Columns are separated by two spaces; lines carry no
    /// trailing spaces. Ends with a newline.
    public func text() -> String {
        let n = names.count
        var rows: [[String]] = [["kind", "element"] + names + ["count"]]
        for r in nodes { rows.append(["node", r.label] + r.present.map { $0 ? "x" : "." } + ["\(r.count)/\(n)"]) }
        for r in edges { rows.append(["edge", caption(r)] + r.present.map { $0 ? "x" : "." } + ["\(r.count)/\(n)"]) }
        var widths = Array(repeating: 0, count: rows[0].count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        return rows.map { row in
            var line = ""
            for (i, cell) in row.enumerated() {
                if i > 0 { line += "  " }
                line += cell + String(repeating: " ", count: widths[i] - cell.count)
            }
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n") + "\n"
    }

    /// RFC 4180 CSV: `kind,type,source,target,label,<input names…>,count`, then one row per
    /// node (`source` is the node id, `target` empty) and per edge, `1`/`0` per input.
    public func csv() -> String {
        var lines = [(["kind", "type", "source", "target", "label"] + names + ["count"]).map(Self.csvField).joined(separator: ",")]
        for r in nodes {
            lines.append((["node", r.type.rawValue, r.id, "", r.label] + r.present.map { $0 ? "1" : "0" } + [String(r.count)])
                .map(Self.csvField).joined(separator: ","))
        }
        for r in edges {
            lines.append((["edge", r.type.rawValue, r.source, r.target, caption(r)] + r.present.map { $0 ? "1" : "0" } + [String(r.count)])
                .map(Self.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The matrix as JSON, keys in this order:
    ///
    /// ```
    /// {
    ///   "format": "kgraph-compare", "version": 1,
    ///   "inputs": ["a.json", "b.json", "c.json"],
    ///   "options": {"ignore_types": […], "only": "all|nodes|edges", "min_confidence": 0},
    ///   "nodes": [{"id", "label", "type", "present": [true, false, true], "count": 2}],
    ///   "edges": [{"source", "target", "type", "label": "India rejects NATO",
    ///              "present": […], "count": 2,
    ///              "evidence": [{"input": 0, "article", "sentence_index", "sentence", "confidence"}]}]
    /// }
    /// ```
    /// Rows are ordered by node id, and by edge source, target and type; evidence by input, then article.
    public func jsonValue() -> JSONValue {
        .object([
            ("format", .string("kgraph-compare")),
            ("version", .number(1)),
            ("inputs", .array(names.map(JSONValue.string))),
            ("options", .object([
                ("ignore_types", .array(options.ignoredTypeNames.map(JSONValue.string))),
                ("only", .string(options.scope.rawValue)),
                ("min_confidence", .number(options.minConfidence)),
            ])),
            ("nodes", .array(nodes.map { r in
                .object([
                    ("id", .string(r.id)), ("label", .string(r.label)), ("type", .string(r.type.rawValue)),
                    ("present", .array(r.present.map(JSONValue.bool))), ("count", .number(Double(r.count))),
                ])
            })),
            ("edges", .array(edges.map { r in
                .object([
                    ("source", .string(r.source)), ("target", .string(r.target)), ("type", .string(r.type.rawValue)),
                    ("label", .string(caption(r))),
                    ("present", .array(r.present.map(JSONValue.bool))), ("count", .number(Double(r.count))),
                    ("evidence", .array(r.evidence.enumerated().flatMap { i, list in
                        list.map { v -> JSONValue in
                            guard case .object(let fields) = JSONOut.evidence(v) else { return .null }
                            return .object([("input", .number(Double(i)))] + fields)
                        }
                    })),
                ])
            })),
        ])
    }
}
