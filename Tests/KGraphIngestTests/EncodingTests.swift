import Testing
@testable import KGraphIngest

/// Byte order marks, UTF-16, the Windows-1252 fallback, binary and empty input.
@Suite struct EncodingTests {
    static let text = "Café talks in Zürich — “progress” was made on the accord between both governments."

    func readText(_ bytes: [UInt8]) throws -> String {
        try ArticleReader.read(bytes: bytes, id: "e", format: .text)[0].text
    }

    @Test func utf8WithAndWithoutBOM() throws {
        #expect(try readText(Array(Self.text.utf8)) == Self.text)
        #expect(try readText([0xEF, 0xBB, 0xBF] + Array(Self.text.utf8)) == Self.text)
    }

    @Test func utf16LittleAndBigEndianWithBOM() throws {
        let units = Array(Self.text.utf16)
        let le: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try readText(le) == Self.text)
        #expect(try readText(be) == Self.text)
    }

    @Test func latin1AndWindows1252Fallback() throws {
        // "Café talks in Zürich" in Latin-1, then Windows-1252 curly quotes and an em dash.
        var bytes: [UInt8] = Array("Caf".utf8) + [0xE9] + Array(" talks in Z".utf8) + [0xFC] + Array("rich ".utf8)
        bytes += [0x97, 0x20, 0x93] + Array("progress".utf8) + [0x94] + Array(" was made on the accord between both governments.".utf8)
        #expect(try readText(bytes) == Self.text)
    }

    @Test func binaryInputIsRefused() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        #expect(throws: IngestError.binary(path: "img.txt")) {
            try ArticleReader.read(bytes: png, id: "img", format: .text, source: "img.txt")
        }
        let controls = [UInt8](repeating: 0x01, count: 50) + Array("some text".utf8)
        #expect(throws: IngestError.binary(path: "c")) { try ArticleReader.read(bytes: controls, id: "c", format: nil) }
    }

    @Test func emptyAndWhitespaceOnlyInput() {
        #expect(throws: IngestError.empty(path: "e")) { try ArticleReader.read(bytes: [], id: "e", format: .text) }
        #expect(throws: IngestError.empty(path: "w.md")) {
            try ArticleReader.read(bytes: Array(" \n\t\n  \n".utf8), id: "w", format: .markdown, source: "w.md")
        }
        #expect(throws: IngestError.empty(path: "h")) {
            try ArticleReader.read(bytes: Array("<html><script>x()</script></html>".utf8), id: "h", format: .html)
        }
    }
}
