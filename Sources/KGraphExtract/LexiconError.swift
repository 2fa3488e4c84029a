/// Why a lexicon file could not be used: the file, the line, the key (as a path) and the reason.
public struct LexiconError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// Line (from 1) of the problem, when known.
    public var line: Int?
    /// Column (from 1) of a syntax error.
    public var column: Int?
    /// The key as a path, such as `entities[3].type`; empty for syntax errors.
    public var place: String
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, place: String, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.place = place
        self.message = message
    }

    /// One line for stderr, compiler style: `my.yaml:4: entities[0].colour: unknown key ...`,
    /// `my.yaml:4:7: mapping values are not allowed in this context`.
    public var description: String {
        let position = [line, line == nil ? nil : column].compactMap { $0 }.map(String.init)
        return ([file] + position).joined(separator: ":") + ": " + (place.isEmpty ? "" : place + ": ") + message
    }
}
