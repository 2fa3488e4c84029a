extension JSONValue {
    /// Serializes on one line without a final newline, for JSON Lines: `{"a": 1, "b": [2]}`.
    public func serializedLine() -> String {
        var out = ""
        writeLine(to: &out)
        return out
    }

    private func writeLine(to out: inout String) {
        switch self {
        case .array(let items):
            out += "["
            for (i, v) in items.enumerated() {
                if i > 0 { out += ", " }
                v.writeLine(to: &out)
            }
            out += "]"
        case .object(let pairs):
            out += "{"
            for (i, (k, v)) in pairs.enumerated() {
                if i > 0 { out += ", " }
                JSONValue.writeString(k, to: &out)
                out += ": "
                v.writeLine(to: &out)
            }
            out += "}"
        case .string(let s): JSONValue.writeString(s, to: &out)
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let d): out += JSONValue.format(d)
        }
    }
}
