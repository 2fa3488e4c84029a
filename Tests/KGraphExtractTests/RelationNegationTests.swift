import Testing
import KGraphModel
@testable import KGraphExtract

@Suite struct RelationNegationTests {
    @Test func anActUnderANegatedBeliefIsNotStated() {
        #expect(relKeys("[Peru|country] does not think [Chile|country] will attack [Bolivia|country].") == [])
        #expect(relKeys("[Ana Soto|person] did not believe that the [Andes Agency|organization] was investigating [Luis Vega|person].") == [])
        // Believed, or not doubted, it is read as before.
        #expect(relKeys("[Peru|country] thinks [Chile|country] will attack [Bolivia|country].") == ["bolivia tension-with chile"])
        #expect(relKeys("[Peru|country] does not doubt that [Chile|country] attacked [Bolivia|country].") == ["bolivia tension-with chile"])
        // "was not expected to" denies another act than the talks inside it.
        #expect(relKeys("[Ana Soto|person] was not expected to stress trade in her talks with [Luis Vega|person].") == ["ana-soto partners-with luis-vega"])
    }

    @Test func opposingAnActIsNoShareInIt() {
        // The subject takes a stance on the act, which is someone else's.
        #expect(relKeys("[Peru|country] opposed new aid to [Chile|country].") == [])
        #expect(relKeys("[Peru|country] criticized the sanctions on [Chile|country].") == [])
        #expect(relKeys("[Peru|country] opposed sending weapons to [Chile|country].") == [])
        // Announcing or backing it still makes it the subject's.
        #expect(relKeys("[Peru|country] announced new aid to [Chile|country].") == ["peru supports chile"])
    }

    @Test(arguments: [
        "[Peru|country] does not share the vision of the [Andean Shield|alliance].",
        "[Peru|country] has no intention of joining the [Andean Shield|alliance].",
        "[Peru|country] has refrained from becoming part of pacts such as the [Andean Shield|alliance].",
        "[Peru|country] will never join the [Andean Shield|alliance].",
        "[Peru|country] stopped short of joining the [Andean Shield|alliance].",
        "[Peru|country] declined to join the [Andean Shield|alliance].",
        "[Peru|country] ruled out joining the [Andean Shield|alliance].",
        "[Peru|country]'s refusal to join the [Andean Shield|alliance] was noted.",
        "[Peru|country]'s decision to refrain from joining the [Andean Shield|alliance] was noted.",
    ])
    func refusalBecomesRejects(_ text: String) {
        #expect(relKeys(text) == ["peru rejects andean-shield"])
    }

    @Test func negatedOtherRelationsSayNothing() {
        #expect(relKeys("[Peru|country] is not a member of the [Andean Shield|alliance].") == [])
        #expect(relKeys("[Peru|country] is a member of the [Andean Shield|alliance].") == ["peru member-of andean-shield"])
        #expect(relKeys("[Peru|country] did not criticize [Chile|country].") == [])
        #expect(relKeys("[Peru|country] did not reject the [Andean Shield|alliance].") == [])
    }

    /// The hard invariant: whatever the construction, a negated clause never yields
    /// member-of or supports.
    @Test(arguments: [
        "[Peru|country] does not support the [Andean Shield|alliance].",
        "[Peru|country] never joined [Mercosur|organization] and never backed [Chile|country].",
        "[Peru|country] cannot join the [Andean Shield|alliance].",
        "[Peru|country] doesn't back [Chile|country].",
        "[Peru|country] engages with many states rather than joining the [Andean Shield|alliance].",
        "[Peru|country] has no plans to participate in the [Andean Shield|alliance].",
    ])
    func negatedClauseNeverYieldsMembershipOrSupport(_ text: String) {
        let edges = relEdges(text)
        #expect(!edges.contains { $0.type == .memberOf || $0.type == .supports })
        #expect(!edges.isEmpty)
    }

    @Test func hedgedKeepsEdgeWithLowerConfidence() {
        let plain = relEdges("[Peru|country] joined the [Andean Shield|alliance].")
        let hedged = relEdges("[Peru|country] may join the [Andean Shield|alliance].")
        #expect(plain.count == 1 && hedged.count == 1)
        #expect(hedged[0].evidence[0].modality == .hedged)
        #expect(hedged[0].confidence < plain[0].confidence)
    }

    @Test func theLackOrAbsenceOfARelationNoun() {
        #expect(relKeys("[Peru|country] regretted the lack of a bilateral meeting with [Chile|country].") == [])
        #expect(relKeys("In the absence of talks with [Chile|country], [Peru|country] waited.") == [])
        #expect(relKeys("[Peru|country] welcomed a bilateral meeting with [Chile|country].") == ["chile partners-with peru"])
    }
}
