import Testing
import KGraphIngest
import KGraphModel
@testable import KGraphExtract

/// Which side a stance runs from, and who it is given to (own sentences).
@Suite struct StanceDirectionTests {
    @Test func thanksGoToTheHelper() {
        // "X thanked Y (for its help)": the help came from Y.
        #expect(relKeys("[Peru|country] thanked [Chile|country] for its support.") == ["chile supports peru"])
        #expect(relKeys("[Ana Rojas|person] thanked [Luis Soto|person] for his backing.") == ["luis-soto supports ana-rojas"])
        #expect(relKeys("[Peru|country] did not thank [Chile|country].") == [])
    }

    @Test func reluctanceToActTellsNoStance() {
        #expect(relKeys("[Peru|country] has been cautious about criticising [Chile|country].") == [])
        #expect(relKeys("[Peru|country] is wary of confronting [Chile|country].") == [])
        #expect(relKeys("[Peru|country] has criticised [Chile|country].") == ["chile tension-with peru"])
    }

    @Test func anAppositionAfterAPossessiveRelationNounKeepsItsArticle() {
        #expect(relKeys("[Peru|country]'s closest ally, the [United States|country], vetoed the plan.") == ["peru partners-with united-states"])
        // The article before a plain noun names no one.
        #expect(relKeys("[Peru|country]'s closest ally, the neighbour to the south, vetoed the plan.") == [])
    }

    @Test func aStatesArmedForcesFightAGroupForTheState() {
        let keys = relKeys("[Peru|country] said on Monday that it would act.\nThe [Peruvian Army|organization|Peru Army] launched strikes against the [Shining Path|organization].")
        #expect(keys.contains("peru-army counters shining-path") && keys.contains("peru counters shining-path"))
        // A ministry's quarrel with a group is not the state's war.
        let ministry = relKeys("[Peru|country] said on Monday that it would act.\nThe [Peruvian Foreign Ministry|organization] criticised the [Acme Group|organization].")
        #expect(!ministry.contains("peru tension-with acme-group"))
    }
}

/// Acts against a state put the two states at odds (own sentences).
@Suite struct HostilityOfActsTests {
    @Test func aStatesActAgainstAnotherIsTensionToo() {
        let keys = relKeys("[Peru|country] imposed sanctions on [Chile|country] on Monday.")
        #expect(keys.contains("peru counters chile") && keys.contains("chile tension-with peru"))
    }

    @Test func aPersonsOrABodysActIsNot() {
        let person = relKeys("[Ana Soto|person] imposed sanctions on [Chile|country] on Monday.")
        #expect(person.contains("ana-soto counters chile") && !person.contains("ana-soto tension-with chile"))
        let body = relKeys("The [Andes Union|organization] imposed sanctions on [Chile|country] on Monday.")
        #expect(!body.contains("andes-union tension-with chile"))
    }
}
