import Testing
@testable import KGraphExtract

/// Diplomatic protest through envoys and formal protests: summoning another state's envoy,
/// recalling one's own, protesting to a state. Each gives tension with that state.
@Suite struct EnvoyActionTests {
    @Test func summoningAnotherStatesEnvoy() {
        #expect(relKeys("[Peru|country] summoned the [Chilean|country|Chile|dem] ambassador over the remarks.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country]'s foreign ministry summoned [Chile|country]'s envoy.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] declared two [Chilean|country|Chile|dem] diplomats persona non grata.") == ["chile tension-with peru"])
    }

    @Test func recallingOnesOwnEnvoyFromAState() {
        #expect(relKeys("[Peru|country] recalled its ambassador from [Chile|country].") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] withdrew its envoy to [Chile|country] on Monday.") == ["chile tension-with peru"])
    }

    @Test func recallingEnvoysFromAListOfStates() {
        #expect(relKeys("[Peru|country] withdrew its diplomats from [Chile|country], [Bolivia|country] and [Ecuador|country].") == [
            "bolivia tension-with peru", "chile tension-with peru", "ecuador tension-with peru",
        ])
    }

    @Test func noEnvoyActionWithoutTheActOrItsState() {
        // Negated, remembered, passive, or "declare" without "persona non grata".
        #expect(relKeys("[Peru|country] did not recall its ambassador from [Chile|country].") == [])
        #expect(relKeys("[Peru|country] recalled that [Chile|country]'s ambassador had said so.") == [])
        #expect(relKeys("[Peru|country] declared the [Chilean|country|Chile|dem] ambassador a friend.") == [])
        // Without a state the envoy comes from or is posted to, there is no other side.
        #expect(relKeys("[Peru|country] recalled its ambassador for talks with [Ana Soto|person].") == [])
    }

    @Test func formalProtestsAndFightingAlongside() {
        #expect(relKeys("[Peru|country] protested to [Chile|country] over the vote.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] lodged a formal protest with [Chile|country].") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] and [Chile|country] exchanged ambassadors in 2022.") == ["chile partners-with peru"])
        // A list opening a clause joined by ", and" is its subject too.
        #expect(relKeys("The boycott ended, and [Peru|country] and [Chile|country] exchanged ambassadors.") == ["chile partners-with peru"])
        #expect(relKeys("[Peru|country] fought alongside [Chile|country] in the war.") == ["chile partners-with peru"])
    }
}

/// Agreements suspended or ended between states are ties broken.
@Suite struct AgreementBrokenTests {
    @Test func suspendingAnAgreementWithAState() {
        #expect(relKeys("[Peru|country] suspended a military agreement with [Chile|country].") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] ended the fishing accord with [Chile|country] on Monday.") == ["chile tension-with peru"])
        // A firm ending a contract with a person is no tie between states.
        #expect(relKeys("[Harrow Gas|organization] ended a consulting agreement with [Dana Holt|person].") == [])
    }
}
