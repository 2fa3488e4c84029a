/// A half-open range of Unicode scalar offsets into an article's text.
///
/// Scalar offsets (not UTF-16 units, not bytes) so that Python's `text[start:end]`
/// and Swift's `unicodeScalars` slicing agree with what is written in the JSON.
public struct TextSpan: Sendable, Hashable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    public var length: Int { end - start }

    public static func < (a: TextSpan, b: TextSpan) -> Bool {
        (a.start, a.end) < (b.start, b.end)
    }
}
