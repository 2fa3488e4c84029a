import Testing
import KGraphModel
@testable import KGraphExtract

/// "pressured X to act": pressing someone to do something is persuasion, not hostility.
@Suite struct RelationPressureToActTests {
    @Test func pressureToActIsNoTension() {
        #expect(relKeys("[Peru|country] pressured [Chile|country] to raise its tariffs.") == [])
        #expect(relKeys("[Peru|country] pressured [Chile|country] into signing the accord.") == [])
        #expect(relKeys("[Peru|country] will pressure [Chile|country] in talks next week to close the mine.") == [])
    }

    @Test func pressureWithoutAnAskedActStaysTension() {
        #expect(relKeys("[Peru|country] pressured [Chile|country] over the border dispute.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] criticized [Chile|country] to win votes.") == ["chile tension-with peru"])
    }
}
