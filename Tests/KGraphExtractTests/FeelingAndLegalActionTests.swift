import Testing
@testable import KGraphExtract

/// Worry and anger toward a side, and a hard line on it, are friction; legal and police action
/// against a party counters it. Every sentence here is invented.
@Suite struct FeelingTowardASideTests {
    @Test func worryOrAngerAboutASideIsTension() {
        #expect(relKeys("[Chile|country] is worried about [Peru|country].") == ["chile tension-with peru"])
        #expect(relKeys("[Chile|country] is alarmed by [Peru|country]'s naval drills.") == ["chile tension-with peru"])
        #expect(relKeys("[Chile|country] voiced concern over [Peruvian|country|Peru|dem] military drills.") == [])
        #expect(relKeys("[Chile|country] expressed concern over [Peru|country]'s missile tests.") == ["chile tension-with peru"])
        #expect(relKeys("[Chile|country] is angry with [Peru|country].") == ["chile tension-with peru"])
    }

    @Test func worryForASidesWelfareIsNoFriction() {
        #expect(relKeys("[Chile|country] is worried about [Peru|country]'s fragile economy.") == [])
        #expect(relKeys("[Chile|country] is concerned about [Peru|country]'s security.") == [])
    }

    @Test func feelingsAreReadBetweenSidesOnly() {
        // A person or firm as the object, or a name that only modifies a noun, says nothing of a tie.
        #expect(relKeys("[Ana Soto|person] is unhappy with [Luis Roa|person].") == [])
        #expect(relKeys("[Ana Soto|person] raised concerns over [Peru|country] policy.") == [])
    }

    @Test func aHardLineOnASide() {
        #expect(relKeys("[Chile|country] wants to be tough on [Peru|country].") == ["chile tension-with peru"])
        #expect(relKeys("[Ana Soto|person] is hawkish on [Peru|country].") == ["ana-soto tension-with peru"])
    }

    @Test func aPoseIsNoStance() {
        #expect(relKeys("Voters like to see [Ana Soto|person] seem tough on [Peru|country].") == [])
    }

    @Test func aTieUnderACurbIsNoPartnership() {
        #expect(relKeys("[Chile|country] announced new curbs on shipping and trade with [Peru|country].") == [])
        #expect(relKeys("[Chile|country] expanded trade with [Peru|country].") == ["chile partners-with peru"])
    }

    @Test func hostilityToAPrincipleIsItsRejection() {
        #expect(relKeys("[Chile|country] is hostile to [free trade|principle].") == ["chile rejects free-trade"])
        #expect(relKeys("[Ana Soto|person] attacked [free trade|principle] again.") == ["ana-soto rejects free-trade"])
    }
}

@Suite struct LegalActionTests {
    @Test func chargesSuitsAndArrestsCounterTheParty() {
        #expect(relKeys("Special counsel [Ana Soto|person] charged [Luis Roa|person] with fraud.") == ["ana-soto counters luis-roa"])
        #expect(relKeys("The [Justice Ministry|organization] sued [Acme Mining|organization] on Monday.")
            == ["justice-ministry counters acme-mining"])
        #expect(relKeys("The [Justice Ministry|organization] filed a lawsuit against [Acme Mining|organization].")
            == ["justice-ministry counters acme-mining"])
        #expect(relKeys("[Peru|country] arrested [Luis Roa|person] at the airport.") == ["peru counters luis-roa"])
        #expect(relKeys("The [Trade Tribunal|organization] fined [Acme Mining|organization] $5 million.")
            == ["trade-tribunal counters acme-mining"])
    }

    @Test func aCaseBetweenStatesIsADispute() {
        #expect(relKeys("[Peru|country] sued [Chile|country] at the world court.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] brought charges against [Chile|country].") == ["chile tension-with peru"])
    }

    @Test func whatLooksLikeLegalActionButIsNone() {
        // An office taken, a participle before a noun, a case dropped.
        #expect(relKeys("[Ana Soto|person] took charge of the [Budget Office|organization] in May.") == [])
        #expect(relKeys("[Ana Soto|person] mailed the arrested man's letters to the [Senate|organization].") == [])
        #expect(relKeys("The [Justice Ministry|organization] dropped its case against [Acme Mining|organization].") == [])
        // Charging a state's nationals, or someone's aides, is no action against the state or the boss.
        #expect(relKeys("[Peru|country] fined three [Chilean|country|Chile|dem] fishing crews.") == [])
        #expect(relKeys("[Ana Soto|person] sued two [Luis Roa|person] companies.") == [])
    }

    @Test func legalActionWithTitlesBeforeTheName() {
        #expect(relKeys("[Peru|country] indicted former minister [Luis Roa|person] on Friday.") == ["peru counters luis-roa"])
        #expect(relKeys("The [Trade Tribunal|organization] fines [Acme Mining|organization] again.") == ["trade-tribunal counters acme-mining"])
        #expect(relKeys("The [Justice Ministry|organization] took legal action against [Acme Mining|organization].")
            == ["justice-ministry counters acme-mining"])
        // The object of another verb: no tie by "with".
        #expect(relKeys("Critics compared [Ana Soto|person] with the [Andes Union|organization].") == [])
    }

    @Test func thanksAndChallengesBetweenSides() {
        // Thanks tell of the other side's help.
        #expect(relKeys("[Chile|country] thanked [Peru|country] for its help.") == ["peru supports chile"])
        #expect(relKeys("[Chile|country] challenged [Peru|country] over the border.") == ["chile tension-with peru"])
        // A principle that only modifies a noun is no target of hostility.
        #expect(!relKeys("[Chile|country] condemned [human rights|principle] abuses in [Peru|country].").contains("chile rejects human-rights"))
    }

    @Test func aDareIsNoChallenge() {
        #expect(relKeys("[Ana Soto|person] challenged [Luis Roa|person] to a debate.") == [])
        #expect(relKeys("[Ana Soto|person] challenged [Luis Roa|person] in the primary.") == ["ana-soto tension-with luis-roa"])
    }
}
