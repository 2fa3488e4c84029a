import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import KGraphModel
@testable import KGraphRender

/// A small graph written for the tests (no corpus text).
func sampleGraph() -> KnowledgeGraph {
    KnowledgeGraph(
        title: "Sample relations",
        nodes: [
            Node(label: "Freedonia", type: .country, aliases: ["Freedonian", "Fredville"]),
            Node(label: "Sylvania", type: .country),
            Node(label: "Rufus Firefly", type: .person),
            Node(label: "Northern Pact", type: .alliance),
            Node(label: "open seas", type: .principle),
        ],
        edges: [
            Edge(source: "freedonia", target: "northern-pact", type: .rejects,
                 evidence: [Evidence(article: "a1", sentenceIndex: 2, sentence: "Freedonia will not join the pact.")]),
            Edge(source: "freedonia", target: "sylvania", type: .tensionWith,
                 evidence: [Evidence(article: "a1", sentenceIndex: 3, sentence: "The two rivals clashed again."),
                            Evidence(article: "a2", sentenceIndex: 0, sentence: "Border talks failed.")]),
            Edge(source: "rufus-firefly", target: "freedonia", type: .leads),
            Edge(source: "sylvania", target: "open-seas", type: .upholds),
        ])
}

func svgString(_ diagram: Diagram, engine: LayoutEngine = .dot) throws -> String {
    String(decoding: try Renderer.shared.render(diagram, format: .svg, engine: engine), as: UTF8.self)
}

/// Parses `xml` strictly; throws when it is not well-formed.
func parseXML(_ xml: String) throws -> XMLDocument {
    try XMLDocument(data: Data(xml.utf8), options: [])
}

/// Elements named `name` (any namespace).
func elements(_ doc: XMLDocument, _ name: String) throws -> [XMLElement] {
    try doc.nodes(forXPath: "//*[local-name()='\(name)']").compactMap { $0 as? XMLElement }
}

extension XMLElement {
    /// The attribute's value, by qualified name (`class`, `xlink:title`); looked up by hand
    /// because `attribute(forName:)` misses attributes of namespaced elements on Linux.
    func value(_ attribute: String) -> String? {
        attributes?.first { $0.name == attribute || "xlink:" + ($0.localName ?? "") == attribute && $0.prefix == "xlink" }?.stringValue
    }
    var classes: Set<String> { Set((value("class") ?? "").split(separator: " ").map(String.init)) }
}

/// Every `<g>` whose class list contains `cls`.
func groups(_ doc: XMLDocument, class cls: String) throws -> [XMLElement] {
    try elements(doc, "g").filter { $0.classes.contains(cls) }
}

/// The `xlink:title` of the first link inside `group`.
func tooltip(of group: XMLElement) throws -> String? {
    try group.nodes(forXPath: ".//*[local-name()='a']").compactMap { ($0 as? XMLElement)?.value("xlink:title") }.first
}

/// Texts drawn inside `group`.
func texts(of group: XMLElement) throws -> [String] {
    try group.nodes(forXPath: ".//*[local-name()='text']").compactMap { $0.stringValue }
}
