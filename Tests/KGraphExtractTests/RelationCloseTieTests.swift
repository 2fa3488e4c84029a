import Testing
import KGraphModel
@testable import KGraphExtract

/// A close tie ("a close relationship with X", "its special relationship with Y") is a
/// partnership; a bare "relationship with" says nothing of its kind. Quotation marks may stand
/// inside a relation phrase.
@Suite struct RelationCloseTieTests {
    @Test func closeRelationshipIsPartnership() {
        #expect(relKeys("[Peru|country] has a close relationship with [Chile|country].") == ["chile partners-with peru"])
        #expect(relKeys("[Peru|country]'s relationship with [Chile|country] is under review.") == [])
    }

    @Test func aTieEnjoyedOrCultivated() {
        #expect(relKeys("[Peru|country] enjoys a cozy relationship with [Chile|country].") == ["chile partners-with peru"])
        #expect(relKeys("[Peru|country] has cultivated close ties with [Chile|country].") == ["chile partners-with peru"])
        // Acting in support of a side backs it.
        #expect(relKeys("[Peru|country] sent ships in support of [Chile|country].") == ["peru supports chile"])
    }

    @Test func quotationMarksInsideThePhrase() {
        #expect(relKeys("[Peru|country]'s so-called “special relationship” with [Chile|country] is strong.") == ["chile partners-with peru"])
        #expect(relKeys("[Peru|country]'s “hostile stance” toward [Chile|country] worries Lima.") == ["chile tension-with peru"])
        // Without the quotes' gap the phrase ends at the mark: no partnership.
        #expect(relKeys("[Peru|country]'s “special” [Chile|country] relationship is strong.") == [])
    }

    @Test func durationModifiersBeforeARelationNoun() {
        #expect(relKeys("[Peru|country] watched [Chile|country], its long-term rival, closely.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] hosted [Chile|country], its longstanding partner.") == ["chile partners-with peru"])
    }
}
