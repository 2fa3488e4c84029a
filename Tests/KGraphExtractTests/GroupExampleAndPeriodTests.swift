import Testing
@testable import KGraphExtract

/// Groups that act or are acted on through their named examples, offices named by a period
/// in them, calls and bonds between two sides, threatened and targeted measures. Every
/// sentence here is invented.
@Suite struct GroupExampleAndPeriodTests {
    @Test func aGroupActsThroughTheExamplesItIncludes() {
        let keys = extractedEdgeKeys("Several countries, including Peru and Chile, condemned Bolivia on Monday.")
        #expect(keys.contains("bolivia tension-with peru") && keys.contains("bolivia tension-with chile"))
        #expect(extractedEdgeKeys("Critics, among them Japan, criticized China.").contains("china tension-with japan"))
        // Examples of a thing, not of actors, act for nobody.
        #expect(!extractedEdgeKeys("At least four Democrats will back the bills, including Senator Ana Ruiz of Ohio.")
            .contains("democratic-party supports ana-ruiz"))
    }

    @Test func theExamplesOfAnObjectAreTheObject() {
        let keys = extractedEdgeKeys("Peru condemned Western countries, including Britain and Canada.")
        #expect(keys.contains("peru tension-with united-kingdom") && keys.contains("canada tension-with peru"))
        let modified = extractedEdgeKeys("Brazil condemned U.S. adversaries such as Cuba and Venezuela.")
        #expect(modified.contains("brazil tension-with cuba") && modified.contains("brazil tension-with venezuela"))
        #expect(!modified.contains("brazil tension-with united-states"))
    }

    @Test func anAppositionWithAModifiedPartyKeepsThePersonAsSubject() {
        let keys = extractedEdgeKeys("Ana Ruiz, leader of the opposition Labour Party, condemned Peru.")
        #expect(keys.contains("ana-ruiz tension-with peru"))
        #expect(!keys.contains("labour-party tension-with peru"))
    }

    @Test func aPeriodInOfficeNamesTheOffice() {
        #expect(extractedEdgeKeys("Taro Sato visited Japan. Sato's term as Japanese premier ended in 2006.").contains("taro-sato leads japan"))
        #expect(extractedEdgeKeys("Ana Ruiz's tenure as Peruvian foreign minister was short.").contains("ana-ruiz serves peru"))
        // A period of something else names no office.
        #expect(!extractedEdgeKeys("Ana Ruiz's time in Peru as a student was short.").contains("ana-ruiz serves peru"))
    }

    @Test func aCallOrABondBetweenTwoSidesIsAPartnership() {
        #expect(extractedEdgeKeys("Peru and Chile spoke by phone on Monday.").contains("chile partners-with peru"))
        #expect(!extractedEdgeKeys("Peru and Chile spoke at the forum on Monday.").contains("chile partners-with peru"))
        #expect(extractedEdgeKeys("Peru and Chile have forged a close bond.").contains("chile partners-with peru"))
        #expect(extractedEdgeKeys("Peru and Chile have committed to strengthen trade links.").contains("chile partners-with peru"))
    }

    @Test func threatenedAndTargetedMeasuresAreAimedAtTheirTarget() {
        #expect(extractedEdgeKeys("Washington is threatening sanctions against Myanmar.").contains("united-states counters myanmar"))
        #expect(!extractedEdgeKeys("Washington did not threaten sanctions against Myanmar.").contains("united-states counters myanmar"))
        #expect(extractedEdgeKeys("Britain imposed sanctions targeting Russian banks.").contains("united-kingdom counters russia"))
        #expect(extractedEdgeKeys("Germany backed new sanctions on Russia.").contains("germany counters russia"))
        #expect(!extractedEdgeKeys("Germany opposed new sanctions on Russia.").contains("germany counters russia"))
        // A curb's layer named by its passive, before the target.
        #expect(extractedEdgeKeys("Tariffs imposed by Chile on Peruvian goods hurt farmers.").contains("chile counters peru"))
        // The supporting verb's own negation, however far from the measure.
        #expect(!extractedEdgeKeys("Moscow has never supported the imposition of a complete embargo on Cuba.").contains("russia counters cuba"))
    }
}

/// Participles after a subordinator, verbs of crushing force, rhetoric against a side and
/// bonds. Every sentence here is invented.
@Suite struct SubordinateParticipleAndForceTests {
    @Test func aParticipleAfterASubordinatorIsTheMainSubjectsAct() {
        #expect(extractedEdgeKeys("Peru railed against Chile while providing Bolivia with weapons.").contains("peru supports bolivia"))
        #expect(extractedEdgeKeys("Peru angered Chile by backing Bolivia.").contains("peru supports bolivia"))
        // Not the object of the main verb.
        #expect(!extractedEdgeKeys("Peru angered Chile by backing Bolivia.").contains("chile supports bolivia"))
    }

    @Test func verbsOfCrushingForceActAgainstTheirObject() {
        #expect(extractedEdgeKeys("Colombia pounded rebel camps in Venezuela.").contains("colombia counters venezuela"))
        #expect(extractedEdgeKeys("Peru vowed to crush Bolivia.").contains("peru counters bolivia"))
        #expect(!extractedEdgeKeys("Peru did not vow to crush Bolivia.").contains("peru counters bolivia"))
    }

    @Test func rhetoricAgainstASideIsTension() {
        #expect(extractedEdgeKeys("Peru stepped up its rhetoric against Chile.").contains("chile tension-with peru"))
        // Name-calling is tension too.
        #expect(extractedEdgeKeys("Ana Ruiz called Taro Sato a madman.").contains("ana-ruiz tension-with taro-sato"))
    }

    @Test func sidesThatBondArePartnersAndAYearSpanMayDateATerm() {
        #expect(extractedEdgeKeys("Peru and Chile bonded over trade.").contains("chile partners-with peru"))
        #expect(extractedEdgeKeys("Taro Sato's 2001-2006 term as Japanese premier ended.").contains("taro-sato leads japan"))
        // A possessive that ends the text has no period after it (and must not trap).
        #expect(extractedEdgeKeys("Taro Sato visited Japan. The plan was Sato's").contains("taro-sato partners-with japan") == false)
    }
}

/// Causatives, curbs asked of others, and fragments that end where a rule looks one token
/// further. Every sentence here is invented.
@Suite struct CausativeAndFragmentTests {
    @Test func theObjectOfAVerbOfCausingDoesTheInfinitivesAct() {
        #expect(extractedEdgeKeys("The attack led Japan to impose sanctions on Russia.").contains("japan counters russia"))
        #expect(extractedEdgeKeys("The raid led President Ana Ruiz to launch strikes on Chile.").contains("ana-ruiz counters chile"))
        // A curb only asked for is not laid.
        #expect(!extractedEdgeKeys("Peru urged Japan to impose sanctions on Russia.").contains("japan counters russia"))
    }

    @Test func fragmentsThatEndOnAPossessiveOrPrepositionAreExtracted() {
        // Each of these once read one token past the sentence's end and trapped.
        #expect(extractedGraph("Chile's ambassador Ana Ruiz met Peru's").nodes.contains { $0.id == "peru" })
        #expect(extractedGraph("Peru and Chile argued between the").nodes.contains { $0.id == "peru" })
        #expect(extractedGraph("Ruiz won Sato's").edges.isEmpty)
    }
}

/// Ships named after people, and other named things listed with "the". Every sentence here is invented.
@Suite struct VesselNameTests {
    @Test func aShipNamedAfterAPersonIsNoPerson() {
        let g = extractedGraph("The carrier Gerald R. Ford sailed with the Ronald Reagan, the Theodore Roosevelt and the Nimitz near Japan.")
        #expect(!g.nodes.contains { $0.type == .person })
        #expect(g.nodes.contains { $0.id == "japan" })
    }

    @Test func thePersonHimselfIsStillAPerson() {
        let g = extractedGraph("Ronald Reagan met the Soviet leader in Geneva, and Gerald R. Ford met him too.")
        #expect(g.nodes.contains { $0.id == "ronald-reagan" && $0.type == .person })
        #expect(g.nodes.contains { $0.id == "gerald-ford" && $0.type == .person })
    }
}
