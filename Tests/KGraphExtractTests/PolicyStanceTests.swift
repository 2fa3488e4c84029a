import Testing
import KGraphIngest
import KGraphModel
@testable import KGraphExtract

/// Stances toward a principle read through the policy noun it names ("an 'X First' approach",
/// "its policy of free trade").
@Suite struct PolicyStanceTests {
    func keys(_ text: String) -> [String] {
        Extractor(lexicon: testLexicon).extract(Article(id: "t", text: text)).edges.map { "\($0.source) \($0.type.rawValue) \($0.target)" }.sorted()
    }

    /// Modifiers between the possessor and the principle, and between the principle and its noun.
    @Test func modifiedPolicyNoun() {
        #expect(relKeys("Critics mocked [Ana Soto|person]'s stubborn \"[Peru First|principle]\" policy.") == ["ana-soto upholds peru-first"])
        #expect(relKeys("Critics mocked [Ana Soto|person]'s \"[Peru First|principle]\" foreign policy.") == ["ana-soto upholds peru-first"])
        // A name, not a plain modifier, between them owns nothing.
        #expect(relKeys("Critics mocked [Ana Soto|person]'s [Chile|country] \"[Peru First|principle]\" policy.") == [])
    }

    /// A possessive pronoun that stands for an actor owns the policy.
    @Test func pronounOwner() {
        #expect(relKeys("[His|person|Ana Soto|ref] \"[Peru First|principle]\" vision alarmed neighbours.") == ["ana-soto upholds peru-first"])
        #expect(relKeys("[His|person|Ana Soto|ref] \"[Peru First|principle]\" world-view alarmed neighbours.") == ["ana-soto upholds peru-first"])
    }

    /// A principle modifying a policy noun is what the verb's object names.
    @Test func principleBeforePolicyNoun() {
        #expect(keys("India pursued a strategic autonomy policy.") == ["india upholds strategic-autonomy"])
        #expect(keys("India embraced a strategic autonomy approach.") == ["india upholds strategic-autonomy"])
    }

    /// A policy given up is rejected, not also upheld through "its policy of".
    @Test func abandonedPolicy() {
        #expect(keys("India abandoned its policy of strategic autonomy.") == ["india rejects strategic-autonomy"])
        #expect(keys("India kept its policy of strategic autonomy.") == ["india upholds strategic-autonomy"])
        #expect(keys("India dumped its strategic autonomy policy.") == ["india rejects strategic-autonomy"])
        #expect(keys("India kept its strategic autonomy policy.") == ["india upholds strategic-autonomy"])
    }

    /// Verbs of harm give a rejection only toward a principle, and not toward another side's own.
    @Test func harmToAPrinciple() {
        #expect(keys("Russia undermined strategic autonomy.") == ["russia rejects strategic-autonomy"])
        #expect(keys("Japan wanted to roll back strategic autonomy.") == ["japan rejects strategic-autonomy"])
        #expect(keys("Russia undermined India's strategic autonomy.") == [])
        #expect(keys("Russia undermined Japan.") == [])
        #expect(keys("India ended its policy of strategic autonomy.") == ["india rejects strategic-autonomy"])
        #expect(keys("India ended its talks with Japan.") == [])
    }

    /// A principle naming a pact only describes the pact.
    @Test func pactNamedByAPrinciple() {
        #expect(keys("Russia violated the strategic autonomy treaty.") == [])
        #expect(keys("Russia violated strategic autonomy.") == ["russia rejects strategic-autonomy"])
    }

    /// The author named after a principle: a participle of authorship, or a bare "by" after "a".
    @Test func authorAfterThePrinciple() {
        #expect(relKeys("Trade grew under a cautious [strategic autonomy|principle] by former president [Ana Soto|person].")
                == ["ana-soto upholds strategic-autonomy"])
        #expect(relKeys("Many died in the [war on drugs|principle] declared by [Peru|country].") == ["peru upholds war-on-drugs"])
        // A harm done to a principle names no author; nor does "the" without a participle.
        #expect(relKeys("Critics decried the erosion of the [rule of law|principle] by [Ana Soto|person].") == [])
        #expect(relKeys("The [rule of law|principle] undermined by [Peru|country] worried [Chile|country].") == ["peru rejects rule-of-law"])
    }
}
