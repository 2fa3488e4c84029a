import KGraphDiff
import KGraphModel
import Testing

@Suite struct TextOutputTests {
    typealias F = Fixture

    static let a = F.graph(
        [F.node("Japan"), F.node("China"), F.node("Quad", .alliance), F.node("Taiwan")],
        [
            F.edge("japan", .supports, "china", article: "a1", sentence: "Japan  backs\nthe plan from Beijing.", index: 4),
            F.edge("japan", .memberOf, "quad", article: "a1", sentence: "Japan is in the Quad.", index: 2),
        ])
    static let b = F.graph(
        [F.node("Japan"), F.node("China"), F.node("India"), F.node("Taiwan", .region)],
        [
            F.edge("japan", .rejects, "china", article: "b1", sentence: "Japan turns down the plan from Beijing.", index: 1),
            F.edge("india", .partnersWith, "japan", article: "b1", sentence: "India and Japan hold joint drills.", index: 3),
            F.edge("india", .partnersWith, "japan", article: "b2", sentence: String(repeating: "Very long words here. ", count: 8)),
        ])

    @Test func textLinesAreExact() {
        let text = GraphDiff(Self.a, Self.b).text()
        #expect(text == """
        1 node added, 1 removed, 1 changed; 1 edge added, 1 removed, 1 changed

        + node India (country)
        - node Quad (alliance)
        ~ node Taiwan: country → region
        + edge India partners-with Japan
            b1: "India and Japan hold joint drills."
            b2: "Very long words here. Very long words here. Very long words here. Very long words here. Very long…"
        - edge Japan member-of Quad
            a1: "Japan is in the Quad."
        ~ edge Japan → China: supports → rejects
            - a1: "Japan backs the plan from Beijing."
            + b1: "Japan turns down the plan from Beijing."

        """)
    }

    @Test func colourOnlyWhenAsked() {
        let d = GraphDiff(Self.a, Self.b)
        #expect(!d.text().contains("\u{1B}"))
        let coloured = d.text(color: true).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(coloured[0] == "\u{1B}[1m1 node added, 1 removed, 1 changed; 1 edge added, 1 removed, 1 changed\u{1B}[0m")
        #expect(coloured[2] == "\u{1B}[32m+ node India (country)\u{1B}[0m")
        #expect(coloured[3] == "\u{1B}[31m- node Quad (alliance)\u{1B}[0m")
        #expect(coloured[4] == "\u{1B}[33m~ node Taiwan: country → region\u{1B}[0m")
        #expect(coloured[6] == "\u{1B}[2m    b1: \"India and Japan hold joint drills.\"\u{1B}[0m")
    }

    @Test func evidenceIsCappedPerSide() {
        let many = (0..<5).map { Evidence(article: "b\($0)", sentenceIndex: 0, sentence: "Japan backs China, says report \($0).") }
        let b = F.graph([F.node("Japan"), F.node("China")], [Edge(source: "japan", target: "china", type: .supports, evidence: many)])
        let text = GraphDiff(F.graph([F.node("Japan"), F.node("China")], []), b).text(evidenceLimit: 2)
        #expect(text == """
        0 nodes added, 0 removed; 1 edge added, 0 removed, 0 changed

        + edge Japan supports China
            b0: "Japan backs China, says report 0."
            b1: "Japan backs China, says report 1."
            … 3 more

        """)
    }

    @Test func noDifferencesIsOneLine() {
        #expect(GraphDiff(Self.a, Self.a).text(color: true) == "\u{1B}[1mno differences\u{1B}[0m\n")
    }
}
