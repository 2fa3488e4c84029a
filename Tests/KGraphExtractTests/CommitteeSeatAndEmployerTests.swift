import Testing
import KGraphModel
@testable import KGraphExtract

/// A legislator's seat on a committee (an office of it: `serves`) said by a party noun in apposition ("X, the top Democrat
/// on the Y Committee"), and an employer the lexicon does not know named right before a
/// lowercase job title and a person ("Harvel analyst X"). Every sentence here is invented.
@Suite struct CommitteeSeatAndEmployerTests {
    @Test func aPartyNounOnACommitteeIsASeatOnIt() {
        #expect(relKeys("[Dana Holt|person], the top [Democrat|organization|Democratic Party] on the [Senate Tariff Committee|organization], said the bill was weak.")
            == ["dana-holt member-of democratic-party", "dana-holt serves senate-tariff-committee"])
        // Modifiers before the party noun and after "on the"; a home state before the comma.
        #expect(relKeys("Senator [Dana Holt|person], an Ohio Republican on the tax-writing [Revenue Committee|organization], agreed.")
            .contains("dana-holt serves revenue-committee"))
        #expect(relKeys("Representative [Omar Vail|person] of New Jersey, the senior Democrat on the [Harbor Panel|organization], objected.")
            == ["omar-vail serves harbor-panel"])
        // A seat in a chamber is membership of it.
        #expect(relKeys("[Dana Holt|person], the top Democrat on the [Ruritanian Assembly|organization], objected.")
            == ["dana-holt member-of ruritanian-assembly"])
    }

    @Test func noSeatWithoutACommitteeRightAfterOn() {
        // A body naming a noun ("the Senate floor"), a party, or a verb between: no seat.
        #expect(!relKeys("[Dana Holt|person], a Democrat on the [Senate|organization] floor, spoke for an hour.")
            .contains { $0.hasPrefix("dana-holt member-of senate") })
        #expect(!relKeys("[Dana Holt|person], a Democrat who voted on the [Revenue Committee|organization] bill, objected.")
            .contains("dana-holt member-of revenue-committee"))
        #expect(!relKeys("[Dana Holt|person], a critic of the Democrat on the [Revenue Committee|organization], objected.")
            .contains("dana-holt member-of revenue-committee"))
    }

    func ids(_ text: String) -> [String] { analyze(text).typedIDs }

    @Test func anUnknownNameBeforeALowercaseTitleAndAPersonIsTheEmployer() {
        #expect(ids("Prices may fall, said Harvel analyst Dana Holt on Monday.").contains("harvel:organization"))
        #expect(ids("The fee is fair, OFWA spokeswoman Dana Holt told reporters.").contains("ofwa:organization"))
        #expect(ids("The plan is bad, NRVA chief executive Omar Vail said.").contains("nrva:organization"))
        // A sentence-opening conjunction may stand before the name.
        #expect(ids("But Harvel analyst Dana Holt disagreed.").contains("harvel:organization"))
    }

    @Test func noEmployerFromOrdinaryWordsSurnamesOrShortAcronyms() {
        // A capital opening the sentence may be an ordinary word's.
        #expect(!ids("Marine scientist Dana Holt said the reef was dying.").contains { $0.hasSuffix(":organization") })
        // A surname the article gives: the aide speaks for that person.
        #expect(!ids("Omar Vail lost. Vail spokesman Dana Holt said he would appeal.").contains("vail:organization"))
        // Two capital letters name a field ("chief AI scientist"), not a body.
        #expect(!ids("The model is new, said chief AI scientist Dana Holt.").contains("ai:organization"))
        // A bare "executive" after a place is a trade.
        #expect(!ids("The deal was signed by Harvel executive Dana Holt.").contains("harvel:organization"))
        // Only the known start of a longer capitalized name: nothing.
        #expect(!ids("Prices fell, New Harvel analyst Dana Holt said.").contains("harvel:organization"))
    }

    @Test func theEmployerGivesTheTitleItsBody() {
        #expect(relKeys("Prices may fall, said [Harvel|organization] analyst [Dana Holt|person] on Monday.")
            == ["dana-holt serves harvel"])
    }
}

/// A body's kind between "of" and the body's name ("X of the law firm Y"), and employers named
/// after "with" or by an acronym the article does not spell out. Every sentence here is invented.
@Suite struct AffiliationKindAndEmployerWithTests {
    @Test func aBodysKindMayStandBeforeItsName() {
        #expect(relKeys("[Tom Holt|person] of the accounting firm [Harvel Partners|organization] said calls rose.")
            == ["tom-holt serves harvel-partners"])
        #expect(relKeys("[Tom Holt|person] of the think tank [Harvel Forum|organization] disagreed.")
            == ["tom-holt serves harvel-forum"])
        // A plain noun that names no kind of body: no tie ("X of the village Y").
        #expect(relKeys("[Tom Holt|person] of the northern village [Harvel|organization] disagreed.").isEmpty)
    }

    func ids(_ text: String) -> [String] { analyze(text).typedIDs }

    @Test func employersAfterWithAndUnspelledAcronyms() {
        #expect(ids("The rule is costly, said Dana Holt, a partner with Brannick Sandell.").contains("brannick-sandell:organization"))
        #expect(ids("The rule is costly, said Dana Holt, a spokeswoman for the NVFA.").contains("nvfa:organization"))
        // An acronym the article spells out is that body's name, not a new one.
        #expect(!ids("The National Vole Fanciers Association (NVFA) met. The rule is costly, said Dana Holt, a spokeswoman for the NVFA.")
            .contains("nvfa:organization"))
        // Two capital letters are too few to name a body.
        #expect(!ids("The rule is costly, said Dana Holt, an analyst at TX.").contains("tx:organization"))
    }
}

/// A dash opens an apposition as a comma does ("* X - deputy chief of staff, resigned").
@Suite struct DashAppositionTests {
    @Test func aTitleAfterADash() {
        #expect(relKeys("* [Dana Holt|person] - founder of [Harvel Media|organization], resigned in May.")
            == ["dana-holt founded harvel-media"])
        #expect(relKeys("[Dana Holt|person] - the head of the [Harvel Office|organization], who clashed with the board, stepped down.")
            == ["dana-holt leads harvel-office"])
        // No title after the dash: nothing.
        #expect(relKeys("[Dana Holt|person] - never a fan of [Harvel Media|organization] - left early.").isEmpty)
    }
}
