import Testing
@testable import KGraphExtract

/// "they/them/their" for a list of names ("Peru and Chile ... they").
@Suite struct RelationPluralPronounTests {
    @Test func theyForTheSubjectListOfTheSentence() {
        #expect(relKeys("[Peru|country] and [Chile|country] said they would sanction [Bolivia|country].")
            == ["bolivia tension-with chile", "bolivia tension-with peru", "chile counters bolivia", "peru counters bolivia"])
        // Near miss: a list after a verb is no subject.
        #expect(relKeys("[Ecuador|country] praised [Peru|country] and [Chile|country], and analysts said they would sanction [Bolivia|country].")
            .contains("peru counters bolivia") == false)
    }

    @Test func theyForThePreviousSentencesSubjectList() {
        #expect(relKeys("""
        [Peru|country] and [Chile|country] held drills on Monday.
        They also criticized [Bolivia|country].
        """) == ["bolivia tension-with chile", "bolivia tension-with peru", "chile partners-with peru"])
    }

    @Test func theyForAPluralGroupNameOpeningThePreviousSentence() {
        #expect(relKeys("""
        Most [Liberals|organization|Liberal Party] met on Monday.
        They later criticized [Ana Soto|person].
        """) == ["ana-soto tension-with liberal-party"])
        // Near miss: the group name is no subject there.
        #expect(relKeys("""
        Voters met the [Liberals|organization|Liberal Party] on Monday.
        They later criticized [Ana Soto|person].
        """) == [])
    }

    @Test func themNeedsNoCompetingPluralNoun() {
        #expect(relKeys("""
        [Ana Soto|person] and [Luis Vera|person] skipped the meeting.
        [Marco Ruiz|person] attacked them on television.
        """) == ["ana-soto tension-with marco-ruiz", "luis-vera tension-with marco-ruiz"])
        // Near miss: "them" may be the drills.
        #expect(relKeys("""
        [Peru|country] and [Chile|country] held drills on Monday.
        [Bolivia|country] condemned them.
        """) == ["chile partners-with peru"])
    }

    @Test func themIsNotItsClausesSubject() {
        #expect(relKeys("[Bolivia|country] warned [Peru|country] and [Chile|country] that it would punish them.")
            == ["bolivia tension-with chile", "bolivia tension-with peru"])
        // The list's own clause: "them" would only pair the list with itself.
        #expect(relKeys("[Peru|country] and [Chile|country] asked the court to protect them.").contains("chile supports peru") == false)
        #expect(relKeys("[Peru|country] and [Chile|country] said [Bolivia|country] had threatened them.")
            .contains("bolivia tension-with peru"))
    }

    @Test func aFirstNameAfterAVerbAndACommaIsNotInTheList() {
        // "though X has backed Y, A and B ... they": the list is A and B.
        #expect(relKeys("Though [Peru|country] has backed [Ecuador|country], [Bolivia|country] and [Chile|country] are talking again after they clashed at the border.")
            .contains("ecuador tension-with peru") == false)
    }
}
