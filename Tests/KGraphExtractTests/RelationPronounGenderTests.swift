import Testing
import KGraphModel
@testable import KGraphExtract

/// Person pronouns: gender agreement, binding of object pronouns, salience and ambiguity
/// (invented sentences and names).
@Suite struct RelationPronounGenderTests {
    @Test func genderFromGivenNameDecidesASubjectPronoun() {
        // "He" skips the woman named first.
        #expect(relKeys("""
        [Ana Soto|person] met [Marco Ruiz|person] in May.
        He criticized [Chile|country].
        """) == ["chile tension-with marco-ruiz"])
    }

    @Test func genderFromATitleSeenWithThePerson() {
        // No given name is known; "spokeswoman" before the name tells.
        #expect(relKeys("""
        Spokeswoman [Kim Ode|person] met [Lee Tan|person] in May.
        He criticized [Chile|country].
        """) == ["chile tension-with lee-tan"])
        // Without it "he" may be either (unknown agrees with both): the subject wins.
        #expect(relKeys("""
        [Kim Ode|person] met [Lee Tan|person] in May.
        He criticized [Chile|country].
        """) == ["chile tension-with kim-ode"])
        // An apposition after the name tells too.
        #expect(relKeys("""
        [Kim Ode|person], a congresswoman, met [Lee Tan|person] in May.
        He criticized [Chile|country].
        """) == ["chile tension-with lee-tan"])
    }

    @Test func objectPronounAgreesInGender() {
        #expect(relKeys("""
        [Marco Ruiz|person] met [Ana Soto|person] in May.
        He criticized her.
        """).contains { $0.contains("ana-soto") && $0.contains("marco-ruiz") && $0.contains("tension-with") })
    }

    @Test func objectPronounIsNotTheSubjectOfItsClause() {
        // Unknown genders: binding alone rules the subject out.
        #expect(relKeys("""
        [Lee Tan|person] met [Kim Ode|person] in May.
        [Lee Tan|person] criticized him.
        """).contains { $0.contains("lee-tan") && $0.contains("kim-ode") && $0.contains("tension-with") })
        // The reporting subject is outside the clause of "her".
        #expect(relKeys("[Ana Soto|person] said [Marco Ruiz|person] had insulted her.")
            .contains { $0.contains("ana-soto") && $0.contains("marco-ruiz") && $0.contains("tension-with") })
        // "endorsed X and praised him": X is the first verb's object, not the subject.
        #expect(relKeys("[Marco Ruiz|person] endorsed [Jon Ode|person] and praised him.") == ["marco-ruiz supports jon-ode"])
    }

    @Test func anObjectPronounAloneWithItsSubjectStaysUnresolved() {
        // The only person is the subject: no self-reference, no edge.
        #expect(relKeys("[Marco Ruiz|person] praised him.") == [])
        // "she" is female, the only other person male: nothing.
        #expect(relKeys("""
        [Marco Ruiz|person] met [Jon Ode|person] in May.
        [Marco Ruiz|person] criticized her.
        """).allSatisfy { !$0.contains("tension-with") })
    }

    @Test func ambiguousObjectPronounIsLeftUnresolved() {
        // Two agreeing candidates, neither the subject: ambiguous.
        #expect(relKeys("""
        [Lee Tan|person] met [Kim Ode|person] and [Pat Rao|person].
        [Lee Tan|person] criticized him.
        """).allSatisfy { !$0.contains("tension-with") })
        // The subject of the previous sentence is more salient than its object.
        #expect(relKeys("""
        [Marco Ruiz|person] met [Jon Ode|person] in May.
        [Ana Soto|person] criticized him.
        """).contains { $0.contains("ana-soto") && $0.contains("marco-ruiz") && $0.contains("tension-with") })
    }

    @Test func possessiveHerIsNoObject() {
        // "her plan": the plan is criticized, not its owner; read as an object "her" it would be.
        #expect(relKeys("""
        [Marco Ruiz|person] met [Ana Soto|person] in May.
        He criticized her plan.
        """).allSatisfy { !$0.contains("tension-with") })
    }

    @Test func aGenericPersonNounOfTheGenderIsANearerAntecedent() {
        // "any woman ... she": the woman is no node, so "she" stays unresolved.
        #expect(relKeys("[Ana Soto|person] said any woman may speak up, even if she is accusing [Marco Ruiz|person].")
            .allSatisfy { !$0.contains("tension-with") })
        // A predicate noun ("is the man to ...") is the named person himself.
        #expect(relKeys("[Marco Ruiz|person] is the man to watch, and he has attacked [Chile|country].") == ["chile tension-with marco-ruiz"])
    }
}
