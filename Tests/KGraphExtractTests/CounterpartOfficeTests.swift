import Testing
import KGraphIngest
import KGraphModel
@testable import KGraphExtract

/// "X met her Chilean counterpart, Y": Y holds for the state named the office X holds.
@Suite struct CounterpartOfficeTests {
    func offices(_ markup: String) -> [String] {
        relKeys(markup).filter { $0.contains(" leads ") || $0.contains(" serves ") }
    }

    @Test func theCounterpartOfAHeadOfStateLeadsAndOfAMinisterServes() {
        #expect(offices("[Peru|country]'s President [Ana Soto|person] met her [Chilean|country|Chile|dem] counterpart, [Luis Vera|person], on Monday.")
                == ["ana-soto leads peru", "luis-vera leads chile"])
        #expect(offices("[Peruvian|country|Peru|dem] Foreign Minister [Ana Soto|person] will host her [Chilean|country|Chile|dem] counterpart [Luis Vera|person] in May.")
                == ["ana-soto serves peru", "luis-vera serves chile"])
        // The possessor's office may be stated in an earlier sentence.
        #expect(offices("""
        [Peru|country]'s President [Ana Soto|person] arrived in [Quito|region] on Sunday.
        [Soto|person|Ana Soto]'s [Ecuadorian|country|Ecuador|dem] counterpart [Luis Vera|person] greeted her.
        """) == ["ana-soto leads peru", "luis-vera leads ecuador"])
    }

    @Test func noOfficeOrTheSameStateGivesNothing() {
        // Whose counterpart is unknown: no office to mirror.
        #expect(offices("[Ana Soto|person] met her [Chilean|country|Chile|dem] counterpart, [Luis Vera|person], on Monday.") == [])
        // A counterpart "from" one's own state is no foreign office holder.
        #expect(offices("[Peru|country]'s President [Ana Soto|person] met her [Peruvian|country|Peru|dem] counterpart [Luis Vera|person].")
                == ["ana-soto leads peru"])
    }

    @Test func aCounterpartIntroducesAPerson() {
        let ids = analyze("The minister will host her Chilean counterpart, Alberto Vargas, on Monday.").typedIDs
        #expect(ids.contains("alberto-vargas:person"))
        #expect(analyze("The minister will host her counterpart Alberto Vargas on Monday.").typedIDs.contains("alberto-vargas:person"))
    }
}
