extension JSONValue {
    /// Serializes with two-space indentation, `": "` separators and a final newline.
    /// Arrays of scalars and small flat objects stay on one line to keep files readable.
    public func serialized() -> String {
        var out = ""
        write(to: &out, indent: 0)
        out.append("\n")
        return out
    }

    private var isCompact: Bool {
        switch self {
        case .array(let a): return a.allSatisfy(\.isScalar)
        case .object(let o): return o.count <= 6 && o.allSatisfy { $0.1.isScalar || $0.1.isScalarArray }
        default: return true
        }
    }

    private var isScalarArray: Bool {
        if case .array(let a) = self { return a.allSatisfy(\.isScalar) }
        return false
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    private func write(to out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let d): out += JSONValue.format(d)
        case .string(let s): JSONValue.writeString(s, to: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            if isCompact {
                out += "["
                for (i, v) in items.enumerated() {
                    if i > 0 { out += ", " }
                    v.write(to: &out, indent: indent)
                }
                out += "]"
                return
            }
            out += "[\n"
            for (i, v) in items.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                v.write(to: &out, indent: indent + 1)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "]"
        case .object(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            if isCompact && indent > 0 {
                out += "{"
                for (i, (k, v)) in pairs.enumerated() {
                    if i > 0 { out += ", " }
                    JSONValue.writeString(k, to: &out)
                    out += ": "
                    v.write(to: &out, indent: indent)
                }
                out += "}"
                return
            }
            out += "{\n"
            for (i, (k, v)) in pairs.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                JSONValue.writeString(k, to: &out)
                out += ": "
                v.write(to: &out, indent: indent + 1)
                out += i == pairs.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "}"
        }
    }

    /// Integers print without a fraction; others with at most 4 decimals, trailing zeros cut,
    /// so the same value always gives the same text on every platform. Values too big for
    /// that (from about 9.2e14, where 4 decimals overflow `Int64`) print in Swift's shortest
    /// round-trip form, such as `3e+20` or `1000000000000000.0`, which is also the same everywhere.
    public static func format(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        let scaled = (d * 10_000).rounded()
        guard abs(scaled) < 0x1p63 else { return d.description }
        let negative = scaled < 0
        let magnitude = Int64(abs(scaled))
        var frac = String(magnitude % 10_000)
        frac = String(repeating: "0", count: 4 - frac.count) + frac
        while frac.hasSuffix("0") { frac.removeLast() }
        let whole = String(magnitude / 10_000)
        return (negative ? "-" : "") + whole + (frac.isEmpty ? "" : "." + frac)
    }

    static func writeString(_ s: String, to out: inout String) {
        QuotedString.write(s, controls: .unicodeEscapes, into: &out)
    }
}
