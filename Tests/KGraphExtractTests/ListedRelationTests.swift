import Testing
@testable import KGraphExtract

/// A plural relation noun opening a list of examples ("allies such as A and B"): each example
/// stands in the noun's relation to the noun's holder, and the examples do nothing together.
@Suite struct ListedRelationTests {
    @Test func possessorOrNameBeforeTheNounHoldsIt() {
        #expect(relKeys("[Peru|country]'s allies such as [Chile|country] and [Bolivia|country] fear the deal.") == [
            "bolivia partners-with peru", "chile partners-with peru",
        ])
        #expect(relKeys("[Peru|country]'s closest allies, including [Chile|country] and [Bolivia|country], fear the deal.") == [
            "bolivia partners-with peru", "chile partners-with peru",
        ])
        #expect(relKeys("[Ana Soto|person] condemns [Peru|country] adversaries such as [Chile|country] and [Bolivia|country] on rights.").contains(
            "bolivia tension-with peru"))
    }

    @Test func theClauseSubjectHoldsABareNoun() {
        #expect(relKeys("[Peru|country] must not remain reliant on foreign competitors like [Chile|country] and [Bolivia|country] for copper.") == [
            "bolivia tension-with peru", "chile tension-with peru",
        ])
        #expect(relKeys("[Peru|country] has pressed allies including [Chile|country] and [Bolivia|country] to spend more.") == [
            "bolivia partners-with peru", "chile partners-with peru",
        ])
    }

    @Test func noHolderNoRelation() {
        // The noun opens the clause, or heads a phrase of its own.
        #expect(relKeys("Allies such as [Chile|country] and [Bolivia|country] welcomed the plan.") == [])
        #expect(relKeys("[Peru|country] met the other rivals such as [Chile|country] in May.") == [])
        // People and firms are no examples of a state's allies here.
        #expect(relKeys("[Peru|country]'s allies such as [Ana Soto|person] fear the deal.") == [])
    }
}

/// The administration named for a leader earlier ("the Soto administration ... the
/// administration") is what "the administration" means, not the state named last.
@Suite struct AdministrationReferenceTests {
    @Test func theAdministrationIsTheNamedGovernment() {
        let keys = relKeys("The [Soto administration|organization] criticized [Chile|country].\nThe administration imposed sanctions on [Bolivia|country].")
        #expect(keys.contains("soto-administration counters bolivia"))
        #expect(!keys.contains("chile counters bolivia"))
    }

    @Test func aLeadersGovernmentCurbsTradeForItsState() {
        let roles = ["ana-soto": [LexiconRole(office: "President", of: "Peru", relation: .leads)]]
        let keys = relKeys("[Ana Soto|person] governs [Peru|country].\nThe [Soto administration|organization] placed secondary sanctions on [Chile|country].", roles: roles)
        #expect(keys.contains("peru counters chile"))
    }

    @Test func noNamedGovernmentOrAnotherOneLeavesItOpen() {
        #expect(!relKeys("[Peru|country] criticized [Chile|country].\nThe administration imposed sanctions on [Bolivia|country].").contains {
            $0.hasSuffix("counters bolivia") })
        #expect(relKeys("The [Soto administration|organization] criticized [Chile|country].\nThe previous administration imposed sanctions on [Bolivia|country].")
            .allSatisfy { !$0.contains("bolivia") })
    }
}

/// Structure around the actors: a body's kind before its name after "by", and the list after
/// "such as" is no coordinated subject.
@Suite struct ReferenceStructureTests {
    @Test func aBodysKindBeforeItsNameAfterBy() {
        #expect(relKeys("An attack on [Chile|country] by the militant group [Red Hand|organization] killed ten.") == ["chile tension-with red-hand"])
    }

    @Test func examplesAreNoJointSubject() {
        #expect(!relKeys("[Peru|country]'s allies such as [Chile|country] and [Bolivia|country] signed the pact.").contains("bolivia partners-with chile"))
    }

    @Test func pluralGovernmentNounsAfterCoordinatedDemonyms() {
        #expect(relKeys("The [Chilean|country|Chile|dem] and [Peruvian|country|Peru|dem] governments issued a joint statement.") == [
            "chile partners-with peru",
        ])
    }

    @Test func aReducedPassiveInDashes() {
        #expect(relKeys("[Peru|country] – backed by [Chile|country] – blockaded the port.") == ["chile supports peru"])
        // A name after a preposition completes the noun the participle describes.
        #expect(relKeys("Rebels in [Peru|country] backed by [Chile|country] seized the port.").isEmpty)
        #expect(relKeys("The plan of [Peru|country] backed by [Chile|country] passed.").isEmpty)
    }

    @Test func theOneUrgedIsTheSubjectOfTheAct() {
        #expect(relKeys("[Ana Soto|person] urged the government to safeguard trade relations with [Chile|country].") == [])
    }
}

/// A quotation closed by a comma and a quotation mark before its speaker ("“...,” X said.") is
/// the speaker's: "we" and "our" in it are the speaker's state.
@Suite struct QuoteBeforeSpeakerTests {
    @Test func ourInAQuoteBeforeTheSpeakerIsTheSpeakersState() {
        let keys = relKeys("[Peru|country]'s President [Ana Soto|person] arrived in Lima.\n“We will deepen our partnership with [Chile|country],” [Soto|person|Ana Soto] said.")
        #expect(keys.contains("chile partners-with peru"))
    }

    @Test func theSpeakersTitleMayStandBeforeTheName() {
        let keys = relKeys("[Peru|country]'s President [Ana Soto|person] arrived in Lima.\n“We will deepen our partnership with [Chile|country],” Foreign Minister [Luis Roa|person] said.",
                           roles: ["luis-roa": [LexiconRole(office: "Foreign Minister", of: "Peru", relation: .serves)]])
        #expect(keys.contains("chile partners-with peru"))
    }

    @Test func earlierSentencesOfTheQuotationAreTheSpeakersToo() {
        let keys = relKeys("[Peru|country]'s President [Ana Soto|person] arrived in Lima.\n“We will deepen our partnership with [Chile|country].\nIt has never been stronger,” [Soto|person|Ana Soto] said.")
        #expect(keys.contains("chile partners-with peru"))
        // Another quotation opening before the close starts afresh.
        let other = relKeys("[Peru|country]'s President [Ana Soto|person] arrived in Lima.\n“We will deepen our partnership with [Chile|country].\nThen she said: “It has never been stronger,” [Soto|person|Ana Soto] said.")
        #expect(!other.contains("chile partners-with peru"))
    }

    @Test func aStatesStanceOnABodyAtHomeIsNotTheSpeakers() {
        let keys = relKeys("[Peru|country]'s President [Ana Soto|person] arrived in Lima.\n“We support the [Lima Council|organization],” [Soto|person|Ana Soto] said.")
        #expect(!keys.contains("ana-soto supports lima-council"))
    }
}
