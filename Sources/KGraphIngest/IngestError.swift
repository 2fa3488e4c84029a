/// Why an input could not be read as an article. Messages are one line, for stderr.
public enum IngestError: Error, Sendable, Hashable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case binary(path: String)
    case empty(path: String)
    case malformedLine(path: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let p, let r): return "\(p): cannot read: \(r)"
        case .binary(let p): return "\(p): looks like a binary file, not an article (expected text, HTML, Markdown or JSON Lines)"
        case .empty(let p): return "\(p): no article text found"
        case .malformedLine(let p, let l, let r): return "\(p):\(l): \(r)"
        }
    }
}
