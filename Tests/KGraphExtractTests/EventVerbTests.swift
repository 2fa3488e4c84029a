import Testing
import KGraphModel
@testable import KGraphExtract

/// Verbs of events between states, by family, in their irregular forms too.
@Suite struct EventVerbTests {
    @Test func irregularPastForms() {
        #expect(relKeys("[Peru|country] shot down [Chilean|country|Chile|dem] drones over the border.") == ["chile tension-with peru", "peru counters chile"])
        #expect(relKeys("[Peru|country] upheld [neutrality|principle] for decades.") == ["peru upholds neutrality"])
        #expect(relKeys("[Peru|country] upholds [neutrality|principle].") == ["peru upholds neutrality"])
        #expect(relKeys("[Peru|country] maintained [neutrality|principle] throughout the crisis.") == ["peru upholds neutrality"])
        #expect(Inflection.forms(of: "shoot").contains("shot"))
        #expect(Inflection.forms(of: "overthrow").contains("overthrown"))
    }

    @Test func aTieHaltedActsAgainstTheOtherSide() {
        #expect(relKeys("[Peru|country] suspended trade with [Chile|country] on Monday.") == ["chile tension-with peru", "peru counters chile"])
        #expect(relKeys("New [Peruvian|country|Peru|dem] rules restrict travel and trade with [Chile|country].") == ["chile tension-with peru", "peru counters chile"])
        #expect(relKeys("[Peru|country] banned imports from [Chile|country].") == ["chile tension-with peru", "peru counters chile"])
        #expect(relKeys("[Peru|country] blocked [Chilean|country|Chile|dem] copper imports.") == ["chile tension-with peru", "peru counters chile"])
        #expect(relKeys("[Peru|country] did not restrict imports from [Chile|country].") == [])
        #expect(relKeys("The envoy urged [Peru|country] to ban flights to [Chile|country].") == [])
        // A carrier's own flights, and flights "from" a place, are no curb on another side.
        #expect(relKeys("[Air Lima|organization] will suspend flights to [Chile|country].") == [])
        #expect(relKeys("[Peru|country] suspended flights from [Chile|country].") == [])
        #expect(relKeys("[Peru|country] expanded trade with [Chile|country] on Monday.") == ["chile partners-with peru"])
        #expect(relKeys("[Peru|country] will trade with [Chile|country].") == ["chile partners-with peru"])
        // Sales halted are no partnership; a noun before the flow noun may read as a verb by itself.
        #expect(relKeys("[Peru|country] halted arms sales to [Chile|country].") == ["chile tension-with peru", "peru counters chile"])
        #expect(relKeys("[Peru|country] suspended arms exports to [Chile|country].") == ["chile tension-with peru", "peru counters chile"])
        // A curb demanded of a state is not made.
        #expect(relKeys("Unions are demanding that the [Peruvian|country|Peru|dem] government halt arms sales to [Chile|country].") == [])
    }

    @Test func forceAndSubversionCounter() {
        #expect(relKeys("[Peruvian|country|Peru|dem] artillery shelled [Chilean|country|Chile|dem] positions.") == ["chile tension-with peru", "peru counters chile"])
        #expect(relKeys("[Peru|country] intercepted [Chilean|country|Chile|dem] missiles.") == ["chile tension-with peru", "peru counters chile"])
        #expect(relKeys("[Peru|country] tried to sabotage [Chile|country]'s elections.") == ["chile tension-with peru", "peru counters chile"])
        #expect(relKeys("Guards opened fire on [Chilean|country|Chile|dem] boats, [Peru|country] said.") == [])
    }

    @Test func reproachAndWarAreTension() {
        #expect(relKeys("[Peru|country] chided [Chile|country] for its remarks.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] railed against [Chile|country] at the summit.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] declared war on [Chile|country] in 1879.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] downgraded ties with [Chile|country].") == ["chile tension-with peru"])
    }

    @Test func praiseAndRecognitionSupport() {
        #expect(relKeys("[Peru|country] congratulated [Chile|country] on the vote.") == ["peru supports chile"])
        #expect(relKeys("[Peru|country] lauded [Chile|country]'s mediation.") == ["peru supports chile"])
        #expect(relKeys("[Peru|country] was congratulated by [Chile|country] on the vote.") == ["chile supports peru"])
    }

    @Test func newTiesPartner() {
        #expect(relKeys("[Peru|country] established diplomatic relations with [Fiji|country] in 1999.") == ["fiji partners-with peru"])
        #expect(relKeys("[Peru|country] joined forces with [Chile|country] against the cartels.") == ["chile partners-with peru"])
        #expect(relKeys("[Peru|country] sealed a deal with [Chile|country] on fishing rights.") == ["chile partners-with peru"])
    }

    @Test func votesAndObjectionsReject() {
        #expect(relKeys("[Peru|country] voted against the [Andean Pact|alliance].") == ["peru rejects andean-pact"])
        #expect(relKeys("[Peru|country] objected to the [Andean Pact|alliance].") == ["peru rejects andean-pact"])
        #expect(relKeys("[Ana Ruiz|person] chairs the [Andean Council|organization].") == ["ana-ruiz leads andean-council"])
    }
}
