import Testing
@testable import KGraphExtract

/// A seat on a committee ("the top Democrat on the X Committee") is an office of the committee;
/// "the committee" and "the panel" find the committee the article named last, however many
/// bodies came between, when its name holds the description's words.
@Suite struct CommitteeSeatTests {
    @Test func aSeatOnANamedCommitteeServesIt() {
        let keys = extractedEdgeKeys("Senator Dana Holt, the top Democrat on the Senate Farm Committee, opposed the bill.")
        #expect(keys.contains("dana-holt serves senate-farm-committee"))
        #expect(!keys.contains("dana-holt member-of senate-farm-committee"))
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

    @Test func aPanelMemberIsNoReferenceToThePanel() {
        // "the Republican panel member" describes the person; the party word still gives membership.
        let text = """
            The House Farm Committee met on Monday, and the Republican Party kept its majority on it.
            Representative Dana Holt, the Republican panel member who led the inquiry, declined to comment.
            """
        #expect(extractedEdgeKeys(text).contains("dana-holt member-of republican-party"))
    }

    @Test func membersCountedAsAnObjectAreOthers() {
        #expect(!extractedEdgeKeys("The Farm Agency will announce three new members of the National Grain Council on Tuesday.")
            .contains { $0.hasSuffix("member-of national-grain-council") })
        #expect(extractedEdgeKeys("The Grain Growers Union is one of five members of the National Grain Council.")
            .contains("grain-growers-union member-of national-grain-council"))
    }

    @Test func launchingAProbeFoundsNothingItLooksInto() {
        #expect(extractedEdgeKeys("The Senate Farm Committee launched a probe of the Agriculture Department.")
            .filter { $0.contains(" founded ") }.isEmpty)
    }
}
