import Testing
@testable import KGraphExtract

/// A seat on a committee ("the top Democrat on the X Committee") is an office of the committee;
/// "the committee" and "the panel" find the committee the article named last when its name
/// holds the description's words and no unnamed committee or panel came between.
@Suite struct CommitteeSeatTests {
    @Test func aSeatOnANamedCommitteeServesIt() {
        let keys = extractedEdgeKeys("Senator Dana Holt, the top Democrat on the Senate Farm Committee, opposed the bill.")
        #expect(keys.contains("dana-holt serves senate-farm-committee"))
        #expect(!keys.contains("dana-holt member-of senate-farm-committee"))
        // A name that does not end in the committee word is a committee too.
        #expect(extractedEdgeKeys("Senator Dana Holt, the top Democrat on the Senate Committee on Fisheries, opposed the bill.")
            .contains("dana-holt serves senate-committee-on-fisheries"))
    }

    @Test func theCommitteeAndThePanelResolveFarBack() {
        let text = """
            The Senate Farm Committee held a hearing on grain prices on Tuesday.
            Officials from the Agriculture Department and the National Grain Board testified.
            The Grain Growers Association said prices had doubled.
            Farmers in Iowa and Kansas agreed with the association.
            Exporters warned of shortages by spring.
            Senator Dana Holt, the top Democrat on the committee, called for relief.
            "We must act now," said Senator Rob Kent, the top Republican on the panel.
            """
        let keys = extractedEdgeKeys(text)
        #expect(keys.contains("dana-holt serves senate-farm-committee"))
        #expect(keys.contains("rob-kent serves senate-farm-committee"))
    }

    @Test func aModifierTheCommitteesNameLacksFindsNoCommittee() {
        let text = """
            The Senate Farm Committee held a hearing on Tuesday.
            Senator Dana Holt, the top Democrat on the ethics panel, called for relief.
            """
        #expect(!extractedEdgeKeys(text).contains { $0.hasPrefix("dana-holt serves senate-farm") })
    }

    @Test func anUnnamedPanelOrASubcommitteeIsNoNamedCommittee() {
        // A panel introduced without a name after the committee is the one meant.
        let judges = """
            The Senate Farm Committee met on Monday.
            A three-judge panel of the appeals court heard the grain case on Tuesday.
            Judge Rob Kent, the senior Democrat on the panel, dissented.
            """
        #expect(!extractedEdgeKeys(judges).contains { $0.hasPrefix("rob-kent serves senate-farm") })
        // "The subcommittee" is no full committee, "the panel" no commission.
        #expect(!extractedEdgeKeys("""
            The Senate Farm Committee met on Monday.
            Senator Rob Kent, the top Democrat on the subcommittee, dissented.
            """).contains { $0.hasPrefix("rob-kent serves senate-farm") })
        #expect(!extractedEdgeKeys("""
            The European Commission fined the grain traders on Monday.
            Senator Rob Kent, the top Republican on the panel, called the fine unfair.
            """).contains("rob-kent serves european-commission"))
    }

    @Test func aPanelMemberIsNoReferenceToThePanel() {
        // "the panel member" describes the person; "the panel" in it names no committee.
        let text = """
            The House Farm Committee met on Monday.
            Representative Dana Holt, the panel member who led the inquiry, criticized Peru.
            """
        let keys = extractedEdgeKeys(text)
        #expect(keys.contains("dana-holt tension-with peru"))
        #expect(!keys.contains { $0.contains("house-farm-committee") && $0.contains("peru") })
    }

    @Test func membersCountedAsAnObjectAreOthers() {
        #expect(!extractedEdgeKeys("On Friday the Farm Agency named two members of the National Grain Council to a new board.")
            .contains { $0.hasSuffix("member-of national-grain-council") })
        // Linked to the subject by "be", "become" or "as", they are the subject.
        #expect(extractedEdgeKeys("The Grain Growers Union is one of five members of the National Grain Council.")
            .contains("grain-growers-union member-of national-grain-council"))
        #expect(extractedEdgeKeys("The Grain Growers Union has been one of five members of the National Grain Council since 1990.")
            .contains("grain-growers-union member-of national-grain-council"))
        #expect(extractedEdgeKeys("The Grain Growers Union was admitted as one of three new members of the National Grain Council.")
            .contains("grain-growers-union member-of national-grain-council"))
    }

    @Test func launchingAProbeFoundsNothingItLooksInto() {
        #expect(extractedEdgeKeys("The Senate Farm Committee launched a probe of the Agriculture Department.")
            .filter { $0.contains(" founded ") }.isEmpty)
    }
}
