internal import CGraphviz

/// Collects what Graphviz reports through its process-wide error callback, so a failure
/// becomes a ``RenderError`` carrying Graphviz's own words instead of text on stderr.
///
/// Only ever touched while ``Renderer``'s lock is held (the callback runs inside Graphviz
/// calls made under that lock), which is what makes the unsynchronized storage safe.
enum GraphvizMessages {
    nonisolated(unsafe) private static var pending = ""
    nonisolated(unsafe) private static var lines: [String] = []
    nonisolated(unsafe) private static var installed = false

    /// Routes Graphviz's messages here instead of stderr (once per process).
    static func install() {
        guard !installed else { return }
        installed = true
        _ = agseterrf { piece in
            // agseterrf delivers a message in pieces ("Error", ": ", text "\n"): join them.
            guard let piece else { return 0 }
            GraphvizMessages.append(String(cString: piece))
            return 0
        }
    }

    /// Forgets earlier messages and Graphviz's error count before a new render.
    static func reset() {
        pending = ""
        lines = []
        _ = agreseterrors()
    }

    /// Whether Graphviz reported an error (not just a warning) since ``reset()``.
    static var sawError: Bool { agerrors() > 0 }

    /// The complete messages so far, one per line, without their trailing newlines.
    static func drain() -> [String] {
        var out = lines
        let rest = pending.trimmingWhitespace()
        if !rest.isEmpty { out.append(rest) }
        pending = ""
        lines = []
        return out
    }

    private static func append(_ text: String) {
        pending += text
        while let newline = pending.firstIndex(of: "\n") {
            let line = String(pending[..<newline]).trimmingWhitespace()
            if !line.isEmpty { lines.append(line) }
            pending = String(pending[pending.index(after: newline)...])
        }
    }

    /// One readable sentence from the messages for `what` (errors first, then warnings).
    static func failure(_ what: String) -> RenderError {
        let messages = drain()
        let errors = messages.filter { $0.lowercased().hasPrefix("error") }
        let chosen = errors.isEmpty ? messages : errors
        guard !chosen.isEmpty else { return RenderError("Graphviz could not \(what)") }
        return RenderError("Graphviz could not \(what): " + chosen.joined(separator: "; "))
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
