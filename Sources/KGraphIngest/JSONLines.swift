import KGraphModel

/// Reads one JSON Lines record with the model's JSON parser: string fields are kept, numbers
/// are kept as written (a numeric "id"), other values are validated and ignored.
enum JSONLines {
    struct LineError: Error { var reason: String }

    /// The string-valued fields of the object in `b[start..<end]`.
    static func object(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) throws(LineError) -> [String: String] {
        let value: JSONValue
        do {
            value = try JSONValue.parse(UnsafeBufferPointer(rebasing: b[start..<end]))
        } catch {
            throw LineError(reason: "column \(error.column): \(error.message)")
        }
        guard case .object(let pairs) = value else { throw LineError(reason: "expected a JSON object, found \(value.kindName)") }
        var out: [String: String] = [:]
        for (key, v) in pairs {
            switch v {
            case .string(let s): out[key] = s
            case .number: out[key] = String(v.serialized().dropLast())
            default: break
            }
        }
        return out
    }
}
