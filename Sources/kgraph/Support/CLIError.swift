/// A user-facing failure: printed as one line on stderr, exit status 2 unless said otherwise.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}
