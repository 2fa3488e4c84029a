import KGraphModel

extension GraphDiff {
    /// The `--stat`-like summary: "3 nodes added, 1 removed; 4 edges added, 2 removed, 1 changed",
    /// or "no differences". "changed" is shown for nodes only when some node changed type;
    /// parts outside the scope are left out.
    public var summary: String {
        if isEmpty { return "no differences" }
        var parts: [String] = []
        if options.scope != .edges {
            let c = (nodes(.added).count, nodes(.removed).count, nodes(.changed).count)
            var s = "\(c.0) \(c.0 == 1 ? "node" : "nodes") added, \(c.1) removed"
            if c.2 > 0 { s += ", \(c.2) changed" }
            parts.append(s)
        }
        if options.scope != .nodes {
            let c = (edges(.added).count, edges(.removed).count, edges(.changed).count)
            parts.append("\(c.0) \(c.0 == 1 ? "edge" : "edges") added, \(c.1) removed, \(c.2) changed")
        }
        return parts.joined(separator: "; ")
    }

    /// The diff as text: the summary, a blank line, then `+` (added), `-` (removed) and `~`
    /// (changed) lines, nodes before edges, each followed by up to `evidenceLimit` indented
    /// quotes per side. With `color`, lines are coloured with ANSI escapes (green, red,
    /// yellow; quotes dim). Kept elements are not listed. Ends with a newline.
    public func text(color: Bool = false, evidenceLimit: Int = 3) -> String {
        let paint = Paint(enabled: color)
        var lines: [String] = [paint.bold(summary)]
        if isEmpty { return lines[0] + "\n" }
        lines.append("")
        for status in [DiffStatus.added, .removed, .changed] {
            for n in nodes(status) {
                lines.append(paint.status(status, nodeLine(n)))
                if let a = n.a, status != .added {
                    lines += Quote.mentions(a.mentions).prefix(evidenceLimit).map { paint.dim("    " + (status == .changed ? "- " : "") + $0) }
                }
                if let b = n.b, status != .removed {
                    lines += Quote.mentions(b.mentions).prefix(evidenceLimit).map { paint.dim("    " + (status == .changed ? "+ " : "") + $0) }
                }
            }
        }
        for status in [DiffStatus.added, .removed, .changed] {
            for e in edges(status) {
                lines.append(paint.status(status, edgeLine(e)))
                let marked = status == .changed
                if let a = e.a, status != .added { lines += evidenceLines(a.evidence, mark: marked ? "- " : "", limit: evidenceLimit, paint) }
                if let b = e.b, status != .removed { lines += evidenceLines(b.evidence, mark: marked ? "+ " : "", limit: evidenceLimit, paint) }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `+ node NATO Plus (alliance)`, `~ node Taiwan: country → region`.
    func nodeLine(_ n: NodeDifference) -> String {
        switch n.status {
        case .added: return "+ node \(n.label) (\(n.b!.type.rawValue))"
        case .removed: return "- node \(n.label) (\(n.a!.type.rawValue))"
        case .changed: return "~ node \(n.label): \(n.a!.type.rawValue) → \(n.b!.type.rawValue)"
        case .kept: return "  node \(n.label) (\(n.a!.type.rawValue))"
        }
    }

    /// `+ edge India rejects NATO Plus`, `~ edge Japan → China: supports → rejects`
    /// (`↔` when neither type is directed).
    func edgeLine(_ e: EdgeDifference) -> String {
        let s = label(of: e.source), t = label(of: e.target)
        switch e.status {
        case .added: return "+ edge \(s) \(e.type.rawValue) \(t)"
        case .removed: return "- edge \(s) \(e.type.rawValue) \(t)"
        case .kept: return "  edge \(s) \(e.type.rawValue) \(t)"
        case .changed:
            return "~ edge \(s) \(e.isUndirected ? "↔" : "→") \(t): \(e.a!.type.rawValue) → \(e.b!.type.rawValue)"
        }
    }

    private func evidenceLines(_ evidence: [Evidence], mark: String, limit: Int, _ paint: Paint) -> [String] {
        let withText = evidence.filter { !$0.sentence.isEmpty }
        var out = withText.prefix(limit).map { paint.dim("    " + mark + Quote.evidence($0)) }
        if withText.count > limit { out.append(paint.dim("    " + mark + "… \(withText.count - limit) more")) }
        return out
    }
}

/// ANSI colouring that is a no-op when disabled.
struct Paint {
    var enabled: Bool

    func wrap(_ code: String, _ s: String) -> String { enabled ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
    func bold(_ s: String) -> String { wrap("1", s) }
    func dim(_ s: String) -> String { wrap("2", s) }
    func status(_ status: DiffStatus, _ s: String) -> String {
        switch status {
        case .added: return wrap("32", s)
        case .removed: return wrap("31", s)
        case .changed: return wrap("33", s)
        case .kept: return s
        }
    }
}
