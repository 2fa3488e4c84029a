import Testing
@testable import KGraphExtract

/// "it" for a bill, deal or plan is no actor; "it" after a preposition is never its own clause's subject.
@Suite struct RelationThingPronounTests {
    @Test func aThingNearerThanTheStateIsWhatANonSubjectItMeans() {
        // "it" is the measure, not Peru.
        #expect(relKeys("""
        [Peru|country] hosted the talks.
        The [Green Party|organization] backed the measure, while the [Liberal Party|organization] voted against it.
        """) == [])
        // Near miss: no thing between, and "it" is the state.
        #expect(relKeys("""
        [Peru|country] sent troops to the border.
        [Chile|country] imposed sanctions on it.
        """) == ["chile counters peru", "chile tension-with peru"])
        #expect(relKeys("""
        [Peru|country] drafted a new law.
        [Chile|country] imposed sanctions on it.
        """) == [])
    }

    @Test func aThingHeadingTheEarlierSubjectIsWhatASubjectItMeans() {
        #expect(relKeys("""
        The new trade bill, drafted in [Peru|country], passed on Monday.
        It bans imports from [Chile|country].
        """) == [])
        // Near miss: the state is the subject, the bill its object.
        #expect(relKeys("""
        [Peru|country] passed a new trade bill on Monday.
        It also criticized [Chile|country].
        """) == ["chile tension-with peru"])
    }

    @Test func aThingInTheSentenceOfASubjectItBeatsAnEarlierSentencesState() {
        #expect(relKeys("""
        [Peru|country] hosted the summit.
        Much depends on the plan, which will fail unless it wins the backing of [Chile|country].
        """).contains("peru supports chile") == false)
        #expect(relKeys("""
        [Peru|country] hosted the summit.
        Much depends on the weather, and it also criticized [Chile|country].
        """) == ["chile tension-with peru"])
    }

    @Test func itAfterAPrepositionIsNotItsClausesSubject() {
        // Without binding, "it" would be Chile itself (no edge).
        #expect(relKeys("""
        [Peru|country] massed troops at the border.
        [Chile|country] then imposed sanctions against it.
        """) == ["chile counters peru", "chile tension-with peru"])
    }
}

@Suite struct RelationPleonasticItTests {
    @Test func extraposedItAfterAnAdverbOrAnEvaluativeNounIsNoEntity() {
        #expect(relKeys("""
        [Peru|country] hosted the summit.
        It is somewhat rare for members of the [Andean Shield|alliance] to resign.
        """) == [])
        #expect(relKeys("""
        [Peru|country] hosted the summit.
        Aides said it would be a mistake to attack the [Red Front|organization].
        """) == [])
        // Near miss: "it" followed by a verb of its own is the state.
        #expect(relKeys("""
        [Peru|country] hosted the summit.
        Aides said it would soon attack the [Red Front|organization].
        """) == ["peru tension-with red-front"])
    }
}

@Suite struct RelationPronounListTests {
    @Test func aResolvedItJoinsNoListOfNames() {
        // "Bolivia, and it" is no list: "it" is Peru, the subject of the first clause.
        #expect(relKeys("[Peru|country] met [Bolivia|country], and it criticized [Chile|country].")
            == ["bolivia partners-with peru", "chile tension-with peru"])
        // Near miss: a reflexive may be listed with names.
        #expect(relKeys("[Ana Soto|person] hopes for a summit between [Luis Vera|person] and herself.")
            == ["ana-soto partners-with luis-vera"])
    }
}
