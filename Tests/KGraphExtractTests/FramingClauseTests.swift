import Testing
@testable import KGraphExtract

/// "what it called X's aggression": a phrase its speaker frames is still the verb's object, and
/// calling another side's conduct hostile is the speaker's own stance. Every sentence here is
/// invented.
@Suite struct FramingClauseTests {
    @Test func theFramedPhraseIsTheObject() {
        #expect(extractedEdgeKeys("Chile denounced what it called Peru's reckless fishing policy.")
            .contains("chile tension-with peru"))
        #expect(extractedEdgeKeys("Norway criticized what it has long described as Danish interference.")
            .contains("denmark tension-with norway"))
        // A named framer is skipped, not taken for the object.
        let keys = extractedEdgeKeys("Ghana welcomed what Nigeria sees as Togo's constructive approach.")
        #expect(keys.contains("ghana supports togo"))
        #expect(!keys.contains("ghana supports nigeria"))
    }

    @Test func callingConductHostileIsTheFramersStance() {
        #expect(extractedEdgeKeys("Oman's foreign minister Sami Haddad said the raids were a response to what he called Yemeni provocations.")
            .contains("sami-haddad tension-with yemen"))
        // Without a framing clause, naming the conduct in a copula says nothing of the speaker.
        #expect(!extractedEdgeKeys("Oman's foreign minister Sami Haddad said the raids were a response to Yemeni provocations.")
            .contains("sami-haddad tension-with yemen"))
    }
}
