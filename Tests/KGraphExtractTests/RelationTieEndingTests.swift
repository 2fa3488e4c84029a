import Testing
import KGraphIngest
import KGraphModel
@testable import KGraphExtract

/// Ties ended, scrapped or suspended are tension, also with the subject's own possessive in
/// between ("ended its military cooperation with X"); a negated or refused ending keeps them.
/// Support ended or withdrawn is no support.
@Suite struct RelationTieEndingTests {
    @Test func endedTiesWithAPossessiveAreTension() {
        #expect(relKeys("[Peru|country] ended its military cooperation with [Chile|country] in May.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] severed its ties with [Chile|country].") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] has terminated its alliance with [Chile|country].") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] tore up its defence pact with [Chile|country].") == ["chile tension-with peru"])
    }

    @Test func endedTiesWithoutAPossessiveAreTension() {
        #expect(relKeys("[Peru|country] has ended ties with [Chile|country].") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] scrapped all cooperation with [Chile|country].") == ["chile tension-with peru"])
    }

    @Test func agreementsEndedCountBetweenStatesOnly() {
        #expect(relKeys("[Peru|country] revoked its military agreements with [Chile|country].") == ["chile tension-with peru"])
        // A firm ending a contract with a person is no partnership, and no state tension either.
        #expect(relKeys("[Acme Holdings|organization] ended its consulting agreement with [Ana Soto|person].") == [])
    }

    @Test func negatedOrRefusedEndingKeepsTheTies() {
        #expect(relKeys("[Peru|country] will not abandon its partnership with [Chile|country].") == [])
        // (An alliance one cannot afford to end is there.)
        #expect(relKeys("[Peru|country] cannot afford to abruptly end its alliance with [Chile|country].") == ["chile partners-with peru"])
        #expect(relKeys("[Peru|country] refused to cut ties with [Chile|country].") == [])
    }

    @Test func kepTiesStayPartnership() {
        #expect(relKeys("[Peru|country] renewed its defence pact with [Chile|country].") == ["chile partners-with peru"])
        #expect(relKeys("[Peru|country] strengthened its partnership with [Chile|country].") == ["chile partners-with peru"])
    }

    @Test func supportEndedOrWithdrawnIsNone() {
        #expect(relKeys("The [Andean Party|organization] has withdrawn its support for [Ana Soto|person].") == [])
        #expect(relKeys("[Peru|country] ended its support for [Chile|country].") == [])
        #expect(relKeys("[Peru|country] renewed its support for [Chile|country].") == ["peru supports chile"])
    }

    @Test func sinceAfterAPerfectAuxiliaryIsAnAdverb() {
        #expect(relKeys("[Peru|country] has since criticized [Chile|country].") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] and [Chile|country] have since exchanged ambassadors.") == ["chile partners-with peru"])
        // A clause opened by "since" is still no part of the verb group.
        #expect(relKeys("Since [Peru|country] criticized [Chile|country], trade has slowed.") == ["chile tension-with peru"])
    }

    @Test func countingOnAStateIsReliance() {
        #expect(relKeys("[Peru|country] can count on [Chile|country] for gas.") == ["chile partners-with peru"])
        // Only between states or alliances, as "rely on".
        #expect(relKeys("[Peru|country] counts on [Ana Soto|person] to win.") == [])
    }

    @Test func aComplaintFiledAgainstAStateIsTension() {
        #expect(relKeys("[Peru|country] filed a complaint against [Chile|country] at the tribunal.") == ["chile tension-with peru"])
    }

    @Test func tiesFrozenOrSeveredAsPredicateAreTension() {
        #expect(relKeys("Relations between [Peru|country] and [Chile|country] have been frozen since 2021.") == ["chile tension-with peru"])
        #expect(relKeys("Ties between [Peru|country] and [Chile|country] were severed in 1978.") == ["chile tension-with peru"])
        #expect(relKeys("Ties between [Peru|country] and [Chile|country] were restored in 1990.") == ["chile partners-with peru"])
    }
}

/// A trade balance with another state ("Peru's trade surplus with Chile") tells of trade
/// between them: a partnership, as trade flows are.
@Suite struct RelationTradeBalanceTests {
    @Test func tradeSurplusOrDeficitWithAStateIsTrade() {
        #expect(relKeys("[Peru|country] had a $9 billion trade surplus with [Chile|country] last year.") == ["chile partners-with peru"])
        #expect(relKeys("[Peru|country]'s large trade deficit with [Chile|country] is growing.") == ["chile partners-with peru"])
        #expect(relKeys("[Peru|country] has no trade surplus with [Chile|country].") == [])
    }
}

/// A span of time after the object ("two years ago") is no noun the name modifies.
@Suite struct RelationTimeSpanAfterObjectTests {
    @Test func timeSpanAfterThePartnerKeepsIt() {
        #expect(relKeys("[Peru|country] signed a policing pact with [Chile|country] three years later.") == ["chile partners-with peru"])
        #expect(relKeys("[Peru|country] held talks with [Chile|country] two weeks ago.") == ["chile partners-with peru"])
        // A noun the name does modify still stops it.
        #expect(relKeys("[Peru|country] signed a pact with [Chile|country] firms.") == [])
    }
}

/// A name after a preposition is an object also with a capitalized title (and its state)
/// between them, so it is no subject of a later coordinated verb.
@Suite struct RelationTitledObjectTests {
    @Test func titledNameAfterAPrepositionIsNoSubject() {
        #expect(relKeys("[Peru|country] reopened the file on the death of President [Ana Soto|person] but criticized [Chile|country].")
            == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] praised the work of [Chilean|country|Chile|dem] President [Ana Soto|person] but criticized [Bolivia|country].")
            .contains("bolivia tension-with peru"))
        #expect(!relKeys("[Peru|country] praised the work of [Chilean|country|Chile|dem] President [Ana Soto|person] but criticized [Bolivia|country].")
            .contains("ana-soto tension-with bolivia"))
    }
}

/// The combining forms "Sino-" and "Indo-" name China and India in a compound ("Sino-Indian
/// tensions", "the Indo-Pakistani war"); "Indo-Pacific" stays the region. (The bundled
/// lexicon holds the forms.)
@Suite struct CombiningFormCompoundTests {
    func edgeKeys(_ text: String) -> Set<String> { extractedEdgeKeys(text) }

    @Test func sinoAndIndoCompoundsNameTheirStates() {
        #expect(edgeKeys("Sino-Indian border tensions flared again.") == ["china tension-with india"])
        #expect(edgeKeys("The 1971 Indo-Pakistani war reshaped the region.") == ["india tension-with pakistan"])
        #expect(!edgeKeys("Japan backs a free and open Indo-Pacific.").contains { $0.contains("india") })
    }
}
