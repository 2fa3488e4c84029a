import Testing
import KGraphModel
@testable import KGraphExtract

/// Ties described as strained are tension, not partnership.
@Suite struct RelationStrainTests {
    @Test func strainedModifiersBeforeTies() {
        #expect(relKeys("Frosty relations between [Peru|country] and [Chile|country] worried investors.") == ["chile tension-with peru"])
        #expect(relKeys("The already poor [Peru|country]-[Chile|country] ties got worse.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country]'s chilly diplomatic ties with [Chile|country] are old.") == ["chile tension-with peru"])
    }

    @Test func strainNounGoverningTies() {
        #expect(relKeys("Analysts noted a sharp decline in relations between [Peru|country] and [Chile|country].") == ["chile tension-with peru"])
        #expect(relKeys("The crisis in [Peru|country]-[Chile|country] relations deepened.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] regretted the souring of its ties with [Chile|country|Chile].") == ["chile tension-with peru"])
    }

    @Test func strainPredicateAfterTies() {
        #expect(relKeys("Relations between [Peru|country] and [Chile|country] have steadily soured.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country]-[Chile|country] ties hit a new low last year.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country]'s relations with [Chile|country] are facing turbulence.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country]-[Chile|country] relations deteriorated after the vote.") == ["chile tension-with peru"])
        #expect(relKeys("With [Peru|country]-[Chile|country] relations in crisis, talks stalled.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] wants to stabilize its relations with [Chile|country] which are now at a historical low-point.") == [
            "chile tension-with peru",
        ])
        #expect(relKeys("[Peru|country] wants to mend its relations with [Chile|country], which are at a historic low.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] has struggled in its relations with [Chile|country].") == ["chile tension-with peru"])
    }

    @Test func unstrainedTiesStayPartnership() {
        #expect(relKeys("Relations between [Peru|country] and [Chile|country] improved after years of strain.") == ["chile partners-with peru"])
        #expect(relKeys("[Peru|country]'s ties with [Chile|country] have deepened.") == ["chile partners-with peru"])
        #expect(relKeys("[Peru|country]-[Chile|country] ties are strong.") == ["chile partners-with peru"])
    }

    @Test func strainedTalksSayNothing() {
        // A collapsed deal is neither partnership nor, by itself, tension.
        #expect(relKeys("The collapse of the deal between [Peru|country] and [Chile|country] surprised nobody.") == [])
        #expect(relKeys("A summit between [Peru|country] and [Chile|country] was held.") == ["chile partners-with peru"])
    }

    @Test func negatedNounBeforeBetween() {
        #expect(relKeys("The deadline passed without a deal between [Peru|country] and [Chile|country].") == [])
    }

    @Test func lastOfTwoRelationNounsIsTheHead() {
        #expect(relKeys("The [Peru|country]-[Chile|country] trade war hurt farmers.") == ["chile tension-with peru"])
        #expect(relKeys("The [Peru|country]-[Chile|country] trade talks resumed.") == ["chile partners-with peru"])
        // A stuck dispute is a dispute: "impasse", "deadlock", "stalemate".
        #expect(relKeys("An end to the [Peru|country]-[Chile|country] trade impasse would help.") == ["chile tension-with peru"])
        #expect(relKeys("The stalemate between [Peru|country] and [Chile|country] dragged on.") == ["chile tension-with peru"])
    }

    @Test func undercuttingAnotherSideIsTension() {
        #expect(relKeys("[Ana Solis|person] has undercut [Tom Reed|person] on trade.") == ["ana-solis tension-with tom-reed"])
    }
}

/// Aspiration verbs ("prefers", "seeks", "wants") are a stance only towards a principle.
@Suite struct RelationAspirationTests {
    @Test func aspirationTowardsAPrincipleUpholdsIt() {
        #expect(relKeys("[Peru|country] prefers a [multipolar world order|principle|multipolarity].") == ["peru upholds multipolarity"])
        #expect(relKeys("[Peru|country] seeks [denuclearization|principle] of the region.") == ["peru upholds denuclearization"])
        #expect(relKeys("[Chile|country] has long wanted a [two-state solution|principle].") == ["chile upholds two-state-solution"])
    }

    @Test func aspirationTowardsAnActorSaysNothing() {
        #expect(relKeys("[Peru|country] wants [Chile|country] on its side.") == [])
        #expect(relKeys("[Peru|country] seeks a meeting with [Ana Soto|person].") == [])
        #expect(relKeys("[Peru|country] prefers [Chile|country] to [Bolivia|country].") == [])
    }

    @Test func aspirationDoesNotHideTheVerbAfterIt() {
        // (Membership wanted is a push for it.)
        #expect(relKeys("[Peru|country] wants to join the [Andean Pact|alliance].") == ["peru proposes andean-pact"])
        #expect(relKeys("[Peru|country] seeks closer ties with [Chile|country].") == ["chile partners-with peru"])
    }

    @Test func negatedAspirationRejects() {
        #expect(relKeys("[Peru|country] does not want [protectionism|principle].") == ["peru rejects protectionism"])
    }
}

@Suite struct RelationAspirationSubjectTests {
    @Test func aspirationKeepsTheSubjectOfALaterVerb() {
        #expect(relKeys("[Peru|country] wants talks soon aimed at reviving the [Andean Pact|alliance].") == ["peru proposes andean-pact"])
    }
}

/// Ending, mediating or fuelling a war makes no one a side in it; waging it does.
@Suite struct RelationWarSideTests {
    @Test func onlyTheOneWhoWagesAWarIsASide() {
        #expect(relKeys("[Ana Soto|person] flew to [Lima|region] for talks aimed at ending the war with [Chile|country].") == [])
        #expect(relKeys("[Peru|country] launched a war against [Chile|country] in May.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] has continued its war in [Chile|country].") == ["chile tension-with peru"])
    }
}

/// A head of state's or minister's stance towards a state is also the state's.
@Suite struct RelationOfficialStanceTests {
    @Test func leaderTensionAndPartnershipPassToTheState() {
        let roles = ["luis-vera": [LexiconRole(office: "President", of: "Peru", relation: .leads)]]
        #expect(relKeys("[Peru|country] voted.\n[Luis Vera|person] criticized [Chile|country] on Monday.", roles: roles) == [
            "chile tension-with luis-vera", "chile tension-with peru",
        ])
        #expect(relKeys("[Peru|country] voted.\n[Luis Vera|person] wants to work with [Chile|country].", roles: roles) == [
            "chile partners-with luis-vera", "chile partners-with peru",
        ])
        // Towards a person it stays personal.
        #expect(relKeys("[Peru|country] voted.\n[Luis Vera|person] criticized [Ana Soto|person] on Monday.", roles: roles) == ["ana-soto tension-with luis-vera"])
    }
}

/// Condemning an act is tension with whoever did it.
@Suite struct RelationActAgentTests {
    @Test func condemningAMoveByXIsTensionWithX() {
        #expect(relKeys("The [Andes Union|organization] condemned the move announced on Monday by [Peru|country].") == [
            "andes-union tension-with peru",
        ])
        #expect(relKeys("[Chile|country] criticized the decision taken by the [Peru|country] government.") == ["chile tension-with peru"])
        // Backing such a move is about the move, not its author.
        #expect(relKeys("[Chile|country] backed the move announced by [Peru|country].") == [])
    }
}
