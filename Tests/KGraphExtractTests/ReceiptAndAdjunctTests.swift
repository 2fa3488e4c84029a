import Testing
import KGraphModel
@testable import KGraphExtract

/// Goods received from a giver, cooperation said in an adjunct after the subject, and relation
/// nouns after "other" (own sentences).
@Suite struct ReceiptAndAdjunctTests {
    @Test func weaponDesignationsAreGoods() {
        #expect(relKeys("[Peru|country] received F-16s from [Chile|country].") == ["chile supports peru"])
        #expect(relKeys("[Chile|country] delivered S-400 systems to [Peru|country].") == ["chile supports peru"])
        #expect(RuleEngine.isModelDesignation("MiG-29"))
        #expect(!RuleEngine.isModelDesignation("Indo-Pacific") && !RuleEngine.isModelDesignation("COVID-19") && !RuleEngine.isModelDesignation("F-"))
    }

    @Test func receivingArmsOrAidFromAGiverIsTheGiversSupport() {
        #expect(relKeys("[Chile|country] has received military aid from [Peru|country] for years.") == ["peru supports chile"])
        #expect(relKeys("[Chile|country] obtained fighter jets from the [United States|country] last year.") == ["united-states supports chile"])
        // Energy bought in is trade, a partnership.
        #expect(relKeys("[Chile|country] receives gas from [Peru|country] through a pipeline.") == ["chile partners-with peru"])
        // Refused or halted deliveries say nothing of support.
        #expect(relKeys("[Chile|country] refused to accept aid from [Peru|country].") == [])
        // Receiving a visitor is no goods.
        #expect(relKeys("[Chile|country] received a letter from [Peru|country].") == [])
    }

    @Test func cooperationAdjunctAfterTheSubject() {
        #expect(relKeys("[Chile|country], in close coordination with [Peru|country] and [Bolivia|country], built the port.")
            == ["bolivia partners-with chile", "chile partners-with peru"])
        // Without the commas the adjunct belongs to the verb's clause, as before.
        #expect(relKeys("[Chile|country] built the port in cooperation with [Peru|country].") == ["chile partners-with peru"])
    }

    @Test func otherAndOnlyStandBeforeARelationNoun() {
        #expect(relKeys("[Chile|country], [Peru|country]'s other main ally, stayed out.") == ["chile partners-with peru"])
        #expect(relKeys("[Chile|country] is [Peru|country]'s only remaining rival in the region.") == ["chile tension-with peru"])
    }
}

/// Encounter nouns ("meeting", "conversation", "call") between states or heads of state are
/// dialogue; between other people they say nothing.
@Suite struct EncounterNounTests {
    @Test func encountersOfStatesAndTheirHeads() {
        #expect(relKeys("A phone call between [Chile|country] and [Peru|country] eased the row.").contains("chile partners-with peru"))
        let keys = relKeys("""
            [Chilean|country|Chile|dem] President [Ana Soto|person] flew home. [Peruvian|country|Peru|dem] President [Luis Vera|person] stayed.
            The conversation between [Ana Soto|person] and [Luis Vera|person] went well.
            """)
        #expect(keys.contains("ana-soto partners-with luis-vera"))
        #expect(relKeys("The conversation between [Ana Soto|person] and the diplomat [Luis Vera|person] was key.") == [])
        #expect(relKeys("The [Ana Soto|person]-[Luis Vera|person] meeting was short.") == [])
    }

    @Test func mistrustAndThaw() {
        #expect(relKeys("Deep mistrust between [Chile|country] and [Peru|country] remains.") == ["chile tension-with peru"])
        #expect(relKeys("The thaw between [Chile|country] and [Peru|country] surprised many.") == ["chile partners-with peru"])
    }
}

/// Interference nouns and a body's name right before an event noun (own sentences).
@Suite struct InterferenceAndBodyModifierTests {
    @Test func meddlingInAStatesElection() {
        #expect(relKeys("[Chilean|country|Chile|dem] meddling in the 2020 [Peruvian|country|Peru|dem] election angered many.")
            == ["chile counters peru", "chile tension-with peru"])
        #expect(relKeys("Prosecutors studied [Chile|country]'s interference in [Peru|country].") == ["chile counters peru", "chile tension-with peru"])
        // Interference without a named actor says nothing.
        #expect(relKeys("Officials denied any interference in [Peru|country]'s election.") == [])
    }

    @Test func bodyNameBeforeTheEventNoun() {
        #expect(relKeys("The [Andean Pact|alliance] operations against [Peru|country] continued.") == ["andean-pact counters peru"])
        #expect(relKeys("[Chile|country] set off an arms race with [Peru|country].") == ["chile tension-with peru"])
    }
}

extension ReceiptAndAdjunctTests {
    @Test func withheldOrFrozenSupportIsNone() {
        #expect(relKeys("[Chile|country] withheld military aid to [Peru|country] in May.") == [])
        #expect(relKeys("[Chile|country] froze its support for [Peru|country].") == [])
        #expect(relKeys("[Chile|country] raised its support for [Peru|country].") == ["chile supports peru"])
    }
}

/// Grievance nouns and shared interests (own sentences).
@Suite struct GrievanceAndSharedInterestTests {
    @Test func grievanceNounsAreTension() {
        #expect(relKeys("[Chile|country] voiced frustration with [Peru|country] over the talks.") == ["chile tension-with peru"])
        #expect(relKeys("[Chilean|country|Chile|dem] discontent with [Peruvian|country|Peru|dem] policy grew.") == ["chile tension-with peru"])
        // Meddling is an act against the state (and so tension between states).
        #expect(relKeys("[Chile|country] meddled in [Peru|country]'s election.") == ["chile counters peru", "chile tension-with peru"])
    }

    @Test func sharedInterestsArePartnership() {
        #expect(relKeys("[Chile|country] and [Peru|country] share common interests in the region.") == ["chile partners-with peru"])
        #expect(relKeys("[Chile|country] and [Peru|country] have a common border.") == [])
    }
}

extension GrievanceAndSharedInterestTests {
    @Test func sharedThingsAreNoJointAct() {
        #expect(relKeys("The treaty governs how [Chile|country] and [Peru|country] manage their shared rivers.") == [])
    }
}

/// Stance phrases: breaking with or turning against a state, coming to its aid (own sentences).
@Suite struct StancePhraseTests {
    @Test func breakingAndSummoning() {
        #expect(relKeys("[Chile|country] broke with [Peru|country] over the vote.") == ["chile tension-with peru"])
        #expect(relKeys("[Chile|country] turned against [Peru|country] in May.") == ["chile tension-with peru"])
        #expect(relKeys("[Chile|country] came to the aid of [Peru|country].") == ["chile supports peru"])
        // Breaking with things that are no actors says nothing.
        #expect(relKeys("[Chile|country] broke with tradition in May.") == [])
    }
}

extension StancePhraseTests {
    @Test func mannerAdverbBetweenVerbAndParticle() {
        #expect(relKeys("[Chile|country] clashed publicly with [Peru|country].") == ["chile tension-with peru"])
        #expect(relKeys("[Chile|country] cooperated closely with [Peru|country].") == ["chile partners-with peru"])
        // Only one adverb, and only in -ly: "clashed in May with" is no phrase.
        #expect(relKeys("[Chile|country] sided early with [Peru|country].") == [])
    }
}

/// A list of objects running into a verb (own sentences).
@Suite struct ObjectListBeforeVerbTests {
    @Test func pluralVerbAfterAListWithoutComma() {
        #expect(relKeys("[Chile|country]'s alliances with [Peru|country] and [Bolivia|country] are strong.")
            == ["bolivia partners-with chile", "chile partners-with peru"])
        // A comma ends the object list: the rest is the next clause's subject.
        #expect(relKeys("[Chile|country] backed [Peru|country], [Bolivia|country] and [Ecuador|country] are worried.")
            == ["chile supports peru"])
        // A singular verb after the last name starts a new clause.
        #expect(relKeys("[Chile|country] signed a deal with [Peru|country] and [Bolivia|country] is worried.")
            == ["chile partners-with peru"])
    }
}
