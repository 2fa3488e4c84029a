import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What a real XML parser sees in a report page: every element, the ids of the whole page,
/// and per inline `<svg>` its ids and the references (`url(#…)`, `href="#…"`) it makes.
final class PageCheck: NSObject, XMLParserDelegate {
    struct Element { var name: String; var attributes: [String: String] }
    struct SVG { var ids: Set<String> = []; var references: [String] = [] }

    private(set) var elements: [Element] = []
    private(set) var ids: [String] = []
    private(set) var svgs: [SVG] = []
    /// All text content, entities resolved (what a reader would see).
    private(set) var text = ""
    private(set) var wellFormed = false
    private(set) var parseError = ""
    private var svgDepth = 0

    init(_ html: String) {
        super.init()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = self
        wellFormed = parser.parse()
        if !wellFormed { parseError = "\(parser.parserError.map { "\($0)" } ?? "?") at line \(parser.lineNumber)" }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append(Element(name: name, attributes: attributes))
        if name == "svg" {
            if svgDepth == 0 { svgs.append(SVG()) }
            svgDepth += 1
        }
        if let id = attributes["id"] {
            ids.append(id)
            if svgDepth > 0 { svgs[svgs.count - 1].ids.insert(id) }
        }
        guard svgDepth > 0 else { return }
        for (key, value) in attributes {
            if (key == "href" || key == "xlink:href"), value.hasPrefix("#") {
                svgs[svgs.count - 1].references.append(String(value.dropFirst()))
            }
            var rest = Substring(value)
            while let r = rest.range(of: "url(#") {
                let after = rest[r.upperBound...]
                let end = after.firstIndex(of: ")") ?? after.endIndex
                svgs[svgs.count - 1].references.append(String(after[..<end]))
                rest = after[end...]
            }
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "svg" { svgDepth -= 1 }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    var scriptElements: Int { elements.filter { $0.name.lowercased() == "script" }.count }
    var eventAttributes: [String] { elements.flatMap { $0.attributes.keys.filter { $0.lowercased().hasPrefix("on") } } }
    var duplicateIDs: [String] { Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted() }
    /// References that do not name an id of their own SVG.
    var unresolvedReferences: [String] { svgs.flatMap { svg in svg.references.filter { !svg.ids.contains($0) } } }
    var allReferences: Int { svgs.map(\.references.count).reduce(0, +) }
    /// Every `href`/`src` value outside `#fragment` links (what a page could load or open).
    var externalLinks: [String] {
        elements.flatMap { e in
            e.attributes.filter { ["href", "xlink:href", "src"].contains($0.key) && !$0.value.hasPrefix("#") }.map(\.value)
        }
    }
}

/// Python's html.parser over the page (an HTML5-style tokenizer, unlike XMLParser), through
/// scripts/browser-check/html_check.py. Nil when python3 is not installed.
enum PythonHTMLCheck {
    struct Result: Decodable {
        var scripts: Int
        var eventAttributes: [String]
        var duplicateIds: [String]
        var unresolved: [String]
        var svgs: Int
        var references: Int
    }

    static func run(_ html: String) throws -> Result? {
        guard let python = which("python3") else { return nil }
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("page.html")
        try Data(html.utf8).write(to: page)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python)
        p.arguments = [Fixtures.packageRoot.appendingPathComponent("scripts/browser-check/html_check.py").path, page.path]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return try JSONDecoder().decode(Result.self, from: data)
    }
}

func which(_ tool: String) -> String? {
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
        let path = "\(dir)/\(tool)"
        if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
}
