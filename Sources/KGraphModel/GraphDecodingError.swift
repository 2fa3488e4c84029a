/// Why a graph JSON file could not be read: where (file, line and column or JSON path)
/// and what was expected there.
public struct GraphDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file as the user named it, if the JSON came from a file.
    public var file: String?
    /// A JSON path such as `edges[3].type`, or `line 4, column 7` for syntax errors.
    public var place: String
    public var message: String

    public init(file: String? = nil, place: String, message: String) {
        self.file = file
        self.place = place
        self.message = message
    }

    /// `graph.json: edges[3].type: expected one of ..., found "nation"`.
    public var description: String {
        [file, place.isEmpty ? nil : place, message].compactMap { $0 }.joined(separator: ": ")
    }
}
