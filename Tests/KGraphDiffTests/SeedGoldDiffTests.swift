import Foundation
import KGraphDiff
import KGraphModel
import Testing
import KGraphTestSupport

/// Where the shared seed gold graphs are.
enum SeedGoldDiffTestsFiles {
    static let seeds = SharedCorpus.url("corpus/seeds") ?? URL(fileURLWithPath: "/nonexistent")
    static let available = SharedCorpus.url("corpus/seeds") != nil
}

/// The diff of the two seed gold graphs, checked by hand against both files.
@Suite(.enabled(if: SeedGoldDiffTestsFiles.available, "needs ../shared/corpus/seeds beside the package"))
struct SeedGoldDiffTests {
    static func load(_ name: String) throws -> KnowledgeGraph {
        let data = try #require(FileManager.default.contents(atPath: SeedGoldDiffTestsFiles.seeds.appendingPathComponent(name).path))
        return try KnowledgeGraph(jsonBytes: data, file: name)
    }

    @Test func seedGoldGraphsDiffAsCheckedByHand() throws {
        let a = try Self.load("seed-asian-nato.gold.json"), b = try Self.load("seed-nato-plus.gold.json")
        let d = GraphDiff(a, b)
        #expect(d.idMap.isEmpty)
        #expect(d.nodeIds(.kept) == [
            "china", "india", "japan", "nato", "non-aligned-movement", "non-alignment", "s-jaishankar",
            "strategic-autonomy", "united-states",
        ])
        #expect(d.nodeIds(.removed) == [
            "asian-nato", "east-china-sea", "pakistan", "quad", "shigeru-ishiba", "south-asia", "south-china-sea",
            "soviet-union", "taiwan-strait",
        ])
        #expect(d.nodeIds(.added) == [
            "australia", "france", "indo-pacific", "israel", "jawaharlal-nehru", "multipolar-world-order", "nato-plus",
            "new-zealand", "peaceful-coexistence", "russia", "south-korea", "us-congressional-committee",
        ])
        #expect(d.nodes(.changed).isEmpty)
        #expect(Set(d.edgeBriefs(.kept)) == [
            "s-jaishankar serves india", "india upholds strategic-autonomy", "india upholds non-alignment",
            "india partners-with japan",
        ])
        #expect(Set(d.edgeBriefs(.removed)) == [
            "shigeru-ishiba leads japan", "shigeru-ishiba proposes asian-nato", "japan proposes asian-nato",
            "india rejects asian-nato", "s-jaishankar rejects asian-nato", "asian-nato counters china",
            "india founded non-aligned-movement", "india member-of quad", "soviet-union tension-with united-states",
            "india rejects nato",
        ])
        #expect(Set(d.edgeBriefs(.added)) == [
            "india rejects nato-plus", "s-jaishankar rejects nato-plus", "us-congressional-committee proposes nato-plus",
            "australia member-of nato-plus", "new-zealand member-of nato-plus", "japan member-of nato-plus",
            "israel member-of nato-plus", "south-korea member-of nato-plus", "nato-plus counters china",
            "india counters china", "india upholds multipolar-world-order", "jawaharlal-nehru leads india",
            "non-aligned-movement upholds peaceful-coexistence", "india partners-with united-states",
            "india partners-with russia", "france partners-with india", "australia partners-with india",
        ])
        #expect(d.edges(.changed).isEmpty)
        #expect(d.summary == "12 nodes added, 9 removed; 17 edges added, 10 removed, 0 changed")
        // Reversed, everything swaps sides.
        let r = GraphDiff(b, a)
        #expect(r.nodeIds(.added) == d.nodeIds(.removed))
        #expect(Set(r.edgeBriefs(.removed)) == Set(d.edgeBriefs(.added)))
    }
}
