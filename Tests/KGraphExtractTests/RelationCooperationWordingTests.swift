import Testing
@testable import KGraphExtract

/// Cooperation stated in the wordings of wire reports and analysis pieces: aid handed to a
/// state named with its article, membership by apposition with a count or a rank, signatories,
/// members listed in a relative clause, reliance, and a pair described as allies.
@Suite struct RelationCooperationWordingTests {
    @Test func aidHandedToAStateNamedWithItsArticle() {
        #expect(relKeys("[Peru|country] agreed to provide the [Maldives|country] with emergency aid.") == ["peru supports maldives"])
        #expect(relKeys("[Peru|country] gave the [Maldives|country] a $400 million loan on Monday.") == ["peru supports maldives"])
        #expect(relKeys("[Peru|country] extended a $2 billion credit to [Chile|country].") == ["peru supports chile"])
        // Not goods of support, or a tour given to people.
        #expect(relKeys("[Peru|country] gave the [Maldives|country] a warning on Monday.") == [])
        #expect(relKeys("[Peru|country] did not give the [Maldives|country] a loan.") == [])
    }

    @Test func membershipByAppositionWithACountOrARank() {
        #expect(relKeys("[Chile|country] and [Peru|country], the two largest members of the [Andean Forum|alliance], objected.")
            == ["chile member-of andean-forum", "peru member-of andean-forum"])
        #expect(relKeys("[Chile|country], one of the founding members of the [Andean Forum|alliance], objected.")
            == ["chile member-of andean-forum"])
        #expect(relKeys("[Chile|country], a signatory of the [Andean Pact|alliance], trains pilots.") == ["chile member-of andean-pact"])
        // A rank alone, without "members of", says nothing.
        #expect(relKeys("[Chile|country], the largest economy of the [Andean Forum|alliance], objected.") == [])
    }

    @Test func membersListedInARelativeClause() {
        #expect(relKeys("She spoke at the [Andean Forum|alliance], a maritime grouping whose members include [Chile|country], [Peru|country] and [Bolivia|country].")
            == ["bolivia member-of andean-forum", "chile member-of andean-forum", "peru member-of andean-forum"])
        #expect(relKeys("The [Andean Forum|alliance], a [grouping|alliance|Andean Forum|ref] whose members include [Chile|country] and [Peru|country], met.")
            == ["chile member-of andean-forum", "peru member-of andean-forum"])
        #expect(relKeys("The [Andean Forum|alliance], whose member states are [Chile|country] and [Peru|country], met.")
            == ["chile member-of andean-forum", "peru member-of andean-forum"])
        // A clause about the members' views names no members.
        #expect(relKeys("The [Andean Forum|alliance], whose members criticized [Chile|country], met.").contains("chile member-of andean-forum") == false)
    }

    @Test func commitmentsUnderAPactAndAMemorandumWithAState() {
        #expect(relKeys("[Peru|country] promised to uphold its commitments under [free trade|principle].") == ["peru upholds free-trade"])
        #expect(relKeys("[Peru|country] signed a memorandum of understanding with [Chile|country] on lithium.") == ["chile partners-with peru"])
        #expect(relKeys("[Peru|country] did not sign a memorandum of understanding with [Chile|country].") == [])
    }

    @Test func itsInAClauseJoinedByAndIsThatClausesSubject() {
        let keys = relKeys("[Ana Soto|person] lobbied [Chile|country], and [Peru|country] has vowed to keep its commitment to [free trade|principle].")
        #expect(keys.contains("peru upholds free-trade"))
        #expect(keys.contains("chile upholds free-trade") == false)
    }

    @Test func relationNounPhrasesJoinedByAnd() {
        #expect(relKeys("[China|country], [North Korea|country]'s neighbour and main trading partner, was silent.") == ["china partners-with north-korea"])
        #expect(relKeys("The [EU|alliance], as [Chile|country]'s biggest aid donor and [Israel|country]'s top trade partner, objected.")
            .contains("eu partners-with israel"))
        // A plain noun without a relation noun after "and" tells nothing.
        #expect(relKeys("[China|country], [North Korea|country]'s neighbour and a nuclear power, was silent.") == [])
    }

    @Test func aPairThatHasAPact() {
        #expect(relKeys("[India|country] and [Bangladesh|country] have an extradition treaty.") == ["bangladesh partners-with india"])
        #expect(relKeys("[India|country] and [Bangladesh|country] have signed an extradition treaty.") == ["bangladesh partners-with india"])
        // A dispute they have is no partnership (nor, after a plain verb, a hostility of their own).
        #expect(relKeys("[India|country] and [Bangladesh|country] have a border dispute.").contains("bangladesh partners-with india") == false)
    }

    @Test func leaningOnAnotherState() {
        #expect(relKeys("[Peru|country] has leaned on [Chile|country] for loans and jets.") == ["chile partners-with peru"])
        // A person leaning on a state is no tie between states.
        #expect(relKeys("[Ana Soto|person] leaned on [Chile|country] to drop the case.") == [])
    }

    @Test func aPairDescribedAsAlliesIsAPartnership() {
        #expect(relKeys("""
        Floods struck [Chile|country] and [Peru|country] in May.
        The two allies face elections next year.
        """) == ["chile partners-with peru"])
        // Former allies are partners no longer; "the two countries" tells no tie of its own.
        #expect(relKeys("""
        Floods struck [Chile|country] and [Peru|country] in May.
        The two former allies face elections next year.
        """) == [])
        #expect(relKeys("""
        Floods struck [Chile|country] and [Peru|country] in May.
        The two countries face elections next year.
        """) == [])
    }

    @Test func aPairDescribedAsRivalsIsInTension() {
        #expect(relKeys("""
        Floods struck [Chile|country] and [Peru|country] in May.
        The two rivals face elections next year.
        """) == ["chile tension-with peru"])
        #expect(relKeys("""
        Floods struck [Chile|country] and [Peru|country] in May.
        The two former rivals face elections next year.
        """) == [])
    }

    @Test func aStatesRankInABlocNamedByItsPossessive() {
        #expect(relKeys("[Chile|country] became the [Andean Forum|alliance]'s 32nd member in 2024.") == ["chile member-of andean-forum"])
        #expect(relKeys("[Chile|country], the [Andean Forum|alliance]'s largest economy, objected.") == ["chile member-of andean-forum"])
        #expect(relKeys("The [Andean Forum|alliance]'s newest member, [Chile|country], objected.") == ["chile member-of andean-forum"])
        // A person is no member state; a rank without "member" or "economy" tells nothing.
        #expect(relKeys("[Ana Soto|person], the [Andean Forum|alliance]'s newest member, objected.") == [])
        #expect(relKeys("[Chile|country], the [Andean Forum|alliance]'s largest market, objected.") == [])
    }

    @Test func relationNounAfterALastModifierOrAnAside() {
        #expect(relKeys("[Tuvalu|country] remains one of [Taiwan|country]'s last diplomatic allies.") == ["taiwan partners-with tuvalu"])
        #expect(relKeys("[Tuvalu|country], by contrast, remains one of [Taiwan|country]'s allies.") == ["taiwan partners-with tuvalu"])
        // A name inside the aside is no subject.
        #expect(relKeys("[Tuvalu|country], unlike [Fiji|country], is one of [Taiwan|country]'s allies.").contains("fiji partners-with taiwan") == false)
    }

    @Test func aSecondPactJoinedAsObjectOfTheSameVerb() {
        #expect(relKeys("[Peru|country] signed a defence agreement with [Chile|country] in 2023 and a security treaty with [Bolivia|country] a year later.")
            == ["bolivia partners-with peru", "chile partners-with peru"])
        #expect(relKeys("[Peru|country] signed a policing arrangement with [Chile|country].") == ["chile partners-with peru"])
        // The second noun after a verb of its own is that verb's.
        #expect(relKeys("[Peru|country] signed a defence agreement with [Chile|country] and criticized a treaty with [Bolivia|country].")
            .contains("bolivia partners-with peru") == false)
    }
}
