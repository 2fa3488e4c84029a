import Testing
import KGraphModel
@testable import KGraphExtract

@Suite struct RelationCoreferenceTests {
    @Test func pronounsResolveToTheRightKind() {
        #expect(relKeys("""
        [Peru|country] has made clear that it will join the [Andean Shield|alliance].
        """) == ["peru member-of andean-shield"])
        #expect(relKeys("""
        [Ana Soto|person] arrived in [Lima|region].
        She criticized [Chile|country] sharply.
        """) == ["ana-soto tension-with chile"])
        #expect(relKeys("""
        [Peru|country] hosted the summit.
        Its leaders backed [Chile|country] on trade.
        """) == ["peru supports chile"])
    }

    @Test func definiteDescriptions() {
        #expect(relKeys("""
        [Peru|country] proposed the [Andean Shield|alliance] in May.
        [Chile|country] soon joined the bloc.
        """) == ["chile member-of andean-shield", "peru proposes andean-shield"])
        #expect(relKeys("""
        [Peru|country] has long eyed the [Andean Shield|alliance].
        [Chile|country] does not share the vision of such a collective defense framework.
        """) == ["chile rejects andean-shield"])
        #expect(relKeys("""
        [Ana Soto|person] arrived on Monday.
        [Chile|country] welcomed the minister warmly.
        """) == ["chile supports ana-soto"])
    }

    @Test func referenceArgumentsLowerConfidence() {
        let direct = relEdges("[Chile|country] joined the [Andean Shield|alliance].")[0]
        let viaRef = relEdges("""
        [Peru|country] proposed the [Andean Shield|alliance] in May.
        [Chile|country] joined the bloc.
        """).first { $0.type == .memberOf }!
        #expect(viaRef.confidence < direct.confidence)
    }
}

/// Pronouns that mostly stand for no entity are left unresolved.
@Suite struct RelationPronounPrecisionTests {
    @Test func objectItIsNotResolved() {
        // "it" here is the bill, not the party.
        #expect(relKeys("The [Green Party|organization] drafted the bill, and many [Liberals|organization|Liberal Party] opposed it.") == [])
        #expect(relKeys("[Peru|country] signed the treaty, but the [Green Party|organization] campaigned against it.") == [])
    }

    @Test func itAfterAPrepositionMayStillBeAState() {
        #expect(relKeys("[Peru|country] is isolated, and [Chile|country] has imposed sanctions against it.") == ["chile counters peru"])
    }

    @Test func subjectItIsStillResolved() {
        #expect(relKeys("[Peru|country] said it would join the [Andean Shield|alliance].") == ["peru member-of andean-shield"])
    }

    @Test func pluralPronounsNeedAPluralGroupName() {
        // "them" is the migrants, not the state named before.
        #expect(relKeys("[Peru|country] granted a status to migrants that protects them from deportation.") == [])
        #expect(relKeys("Most [Liberals|organization|Liberal Party] said they backed [Ana Soto|person].") == ["liberal-party supports ana-soto"])
    }
}
