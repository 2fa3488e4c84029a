/// Why a lexicon file could not be used: the file, the place (line or path) and the reason.
public struct LexiconError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// `line 4, column 7` for syntax errors, or a path such as `entities[3].type`.
    public var place: String
    public var message: String

    public init(file: String, place: String, message: String) {
        self.file = file
        self.place = place
        self.message = message
    }

    /// One line for stderr: `my.yaml: line 4: expected "key: value"`.
    public var description: String {
        [file, place.isEmpty ? nil : place, message].compactMap { $0 }.joined(separator: ": ")
    }
}
