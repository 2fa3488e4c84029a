import KGraphDiff
import KGraphModel
import Testing

@Suite struct GraphDiffTests {
    typealias F = Fixture

    static let base = F.graph(
        [F.node("India"), F.node("Japan"), F.node("China"), F.node("Quad", .alliance), F.node("Indo-Pacific", .region)],
        [
            F.edge("india", .memberOf, "quad", article: "a1", sentence: "India sits in the Quad."),
            F.edge("japan", .supports, "china", article: "a1", sentence: "Japan backs the Chinese plan.", index: 1),
            F.edge("india", .partnersWith, "japan", article: "a1", sentence: "India and Japan work together.", index: 2),
            F.edge("china", .tensionWith, "indo-pacific"),
        ])

    @Test func identicalGraphsGiveAnEmptyDiff() {
        let d = GraphDiff(Self.base, Self.base)
        #expect(d.isEmpty)
        #expect(d.summary == "no differences")
        #expect(d.nodeIds(.kept) == ["china", "india", "indo-pacific", "japan", "quad"])
        #expect(d.edgeBriefs(.kept) == ["china tension-with indo-pacific", "india partners-with japan", "india member-of quad", "japan supports china"])
        for s in [DiffStatus.added, .removed, .changed] {
            #expect(d.nodes(s).isEmpty)
            #expect(d.edges(s).isEmpty)
        }
        #expect(d.idMap.isEmpty)
    }

    @Test func aliasOnlyDifferencesAreNoNodeChanges() {
        let a = F.graph([F.node("United States", aliases: ["US", "U.S."]), F.node("India")],
                        [F.edge("united-states", .partnersWith, "india")])
        // B names the same country "the U.S." with its own id; A knows it under the alias "US".
        let b = F.graph([F.node("the U.S.", id: "us"), F.node("India", aliases: ["Bharat"])],
                        [F.edge("india", .partnersWith, "us")])
        let d = GraphDiff(a, b)
        #expect(d.isEmpty)
        #expect(d.idMap == ["us": "united-states"])
        #expect(d.nodeIds(.kept) == ["india", "united-states"])
        #expect(d.edgeBriefs(.kept) == ["india partners-with united-states"])
        #expect(d.nodes(.kept)[1].b?.id == "us")
    }

    @Test func aliasMatchingIsCaseDiacriticAndPunctuationBlind() {
        let a = F.graph([F.node("Türkiye", aliases: ["Turkey"]), F.node("Non-Aligned Movement", .alliance)], [])
        let b = F.graph([F.node("TURKIYE", id: "tk"), F.node("non aligned movement", .alliance, id: "nam")], [])
        let d = GraphDiff(a, b)
        #expect(d.isEmpty)
        #expect(d.idMap == ["nam": "non-aligned-movement", "tk": "turkiye"])
    }

    @Test func aliasMatchDoesNotStealANodeMatchedById() {
        // B has both "us" (alias of A's united-states) and united-states itself: the id match wins,
        // and "us" stays a node of its own.
        let a = F.graph([F.node("United States", aliases: ["US"])], [])
        let b = F.graph([F.node("United States"), F.node("US", id: "us")], [])
        let d = GraphDiff(a, b)
        #expect(d.idMap.isEmpty)
        #expect(d.nodeIds(.added) == ["us"])
        #expect(d.nodeIds(.kept) == ["united-states"])
    }

    @Test func aTypeFlipIsExactlyOneChangedEdge() {
        var b = Self.base
        b.removeEdges { $0.type == .supports }
        b.add(F.edge("japan", .rejects, "china", article: "b1", sentence: "Japan turns the Chinese plan down."))
        let d = GraphDiff(Self.base, b)
        #expect(d.edgeBriefs(.changed) == ["japan supports>rejects china"])
        #expect(d.edges(.added).isEmpty)
        #expect(d.edges(.removed).isEmpty)
        #expect(d.nodes.allSatisfy { $0.status == .kept })
        #expect(d.summary == "0 nodes added, 0 removed; 0 edges added, 0 removed, 1 changed")
        let c = d.edges(.changed)[0]
        #expect(c.a?.evidence.map(\.article) == ["a1"])
        #expect(c.b?.evidence.map(\.sentence) == ["Japan turns the Chinese plan down."])
    }

    @Test func aReversedDirectedEdgeIsNotAChange() {
        let a = F.graph([F.node("Japan"), F.node("China")], [F.edge("japan", .supports, "china")])
        let b = F.graph([F.node("Japan"), F.node("China")], [F.edge("china", .rejects, "japan")])
        let d = GraphDiff(a, b)
        #expect(d.edgeBriefs(.changed) == [])
        #expect(d.edgeBriefs(.removed) == ["japan supports china"])
        #expect(d.edgeBriefs(.added) == ["china rejects japan"])
    }

    @Test func symmetricTypesMatchEitherWayRound() {
        let nodes = [F.node("India"), F.node("Japan"), F.node("China")]
        let a = F.graph(nodes, [F.edge("japan", .partnersWith, "india"), F.edge("china", .tensionWith, "japan")])
        let b = F.graph(nodes, [F.edge("india", .partnersWith, "japan"), F.edge("japan", .tensionWith, "china")])
        let d = GraphDiff(a, b)
        #expect(d.isEmpty)
        #expect(d.edgeBriefs(.kept) == ["china tension-with japan", "india partners-with japan"])
        // A symmetric type changing into a directed one, written the other way round, is one change
        // drawn in the directed side's direction.
        let c = GraphDiff(a, F.graph(nodes, [F.edge("india", .partnersWith, "japan"), F.edge("japan", .counters, "china")]))
        #expect(c.edgeBriefs(.changed) == ["japan tension-with>counters china"])
        #expect(c.edges(.added).isEmpty && c.edges(.removed).isEmpty)
    }

    @Test func severalTypesBetweenOnePairPairUpInTypeOrder() {
        let nodes = [F.node("Japan"), F.node("China")]
        let a = F.graph(nodes, [F.edge("japan", .proposes, "china"), F.edge("japan", .supports, "china"), F.edge("japan", .counters, "china")])
        let b = F.graph(nodes, [F.edge("japan", .rejects, "china"), F.edge("japan", .counters, "china")])
        let d = GraphDiff(a, b)
        #expect(d.edgeBriefs(.kept) == ["japan counters china"])
        #expect(d.edgeBriefs(.changed) == ["japan proposes>rejects china"])
        #expect(d.edgeBriefs(.removed) == ["japan supports china"])
        #expect(d.edges(.added).isEmpty)
    }

    @Test func nodeTypeChangeIsOneChangedNode() {
        let a = F.graph([F.node("Taiwan")], [])
        let b = F.graph([F.node("Taiwan", .region)], [])
        let d = GraphDiff(a, b)
        #expect(d.nodeIds(.changed) == ["taiwan"])
        #expect(d.summary == "0 nodes added, 0 removed, 1 changed; 0 edges added, 0 removed, 0 changed")
    }

    @Test func ignoredTypesLeaveBothGraphs() throws {
        var b = Self.base
        b.removeNodes { $0.id == "indo-pacific" }
        b.add(F.node("Shigeru Ishiba", .person))
        b.add(F.edge("shigeru-ishiba", .leads, "japan"))
        var options = DiffOptions()
        try options.ignoreTypes("region, leads")
        #expect(options.ignoredNodeTypes == [.region])
        #expect(options.ignoredEdgeTypes == [.leads])
        let d = GraphDiff(Self.base, b, options: options)
        #expect(d.nodeIds(.added) == ["shigeru-ishiba"])
        #expect(d.nodeIds(.removed) == [])
        #expect(d.edges.allSatisfy { $0.status == .kept })
        #expect(d.edgeBriefs(.kept) == ["india partners-with japan", "india member-of quad", "japan supports china"])
        // Without the filter the region and the leads edge show up.
        let full = GraphDiff(Self.base, b)
        #expect(full.nodeIds(.removed) == ["indo-pacific"])
        #expect(full.edgeBriefs(.removed) == ["china tension-with indo-pacific"])
        #expect(full.edgeBriefs(.added) == ["shigeru-ishiba leads japan"])
    }

    @Test func unknownIgnoredTypeIsAnError() {
        var options = DiffOptions()
        #expect(throws: DiffOptionError.self) { try options.ignoreTypes("region,nation") }
    }

    @Test func onlyFiltersRestrictWhatIsReported() {
        var b = Self.base
        b.add(F.node("Russia"))
        b.removeEdges { $0.type == .memberOf }
        let nodesOnly = GraphDiff(Self.base, b, options: DiffOptions(scope: .nodes))
        #expect(nodesOnly.nodeIds(.added) == ["russia"])
        #expect(nodesOnly.edges.isEmpty)
        #expect(nodesOnly.summary == "1 node added, 0 removed")
        let edgesOnly = GraphDiff(Self.base, b, options: DiffOptions(scope: .edges))
        #expect(edgesOnly.nodes.isEmpty)
        #expect(edgesOnly.edgeBriefs(.removed) == ["india member-of quad"])
        #expect(edgesOnly.summary == "0 edges added, 1 removed, 0 changed")
        // A node-only change is no difference when only edges count.
        var c = Self.base
        c.add(F.node("Russia"))
        #expect(GraphDiff(Self.base, c, options: DiffOptions(scope: .edges)).isEmpty)
        #expect(!GraphDiff(Self.base, c).isEmpty)
    }

    @Test func minConfidenceDropsWeakEdges() {
        let nodes = [F.node("Japan"), F.node("China")]
        let a = F.graph(nodes, [])
        let b = F.graph(nodes, [F.edge("japan", .supports, "china", article: "b1", sentence: "Japan may back China.", confidence: 0.4)])
        #expect(GraphDiff(a, b).edgeBriefs(.added) == ["japan supports china"])
        #expect(GraphDiff(a, b, options: DiffOptions(minConfidence: 0.5)).isEmpty)
    }
}
