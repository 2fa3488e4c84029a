import Testing
import KGraphModel
@testable import KGraphExtract

/// Dealings turned down: refusing to negotiate with, meet or cooperate with a side is a snub.
@Suite struct RefusedDealingTests {
    @Test func refusedDealingsAreTension() {
        #expect(relKeys("[Hamas|organization] has refused to negotiate with [Israel|country].") == ["hamas tension-with israel"])
        #expect(relKeys("[Peru|country] declined to cooperate with [Chile|country] on the inquiry.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] refused to meet with [Chile|country] in protest.") == ["chile tension-with peru"])
        #expect(relKeys("[Ana Soto|person] refused to meet [Luis Vega|person] last week.") == ["ana-soto tension-with luis-vega"])
        #expect(relKeys("[Peru|country] is unwilling to talk to [Chile|country].") == ["chile tension-with peru"])
    }

    @Test func plainNegationOrMeetingsAreNoSnub() {
        #expect(relKeys("[Peru|country] did not meet with [Chile|country] last year.") == [])
        #expect(relKeys("[Peru|country] will not negotiate with [Chile|country].") == [])
        // A dealing listed for its refusal only reads nothing elsewhere: the meeting rules keep
        // "meeting with" and "met".
        #expect(!relKeys("[Peru|country] held a meeting with [Chile|country] on trade.").contains("chile tension-with peru"))
        #expect(!relKeys("[Peru|country] met [Chile|country] to talk to its partners.").contains("chile tension-with peru"))
    }
}

/// Pressing a side to give something up is coercion; pressing it to do more is persuasion.
@Suite struct PressureToYieldTests {
    @Test func pressedToGiveUpIsTension() {
        #expect(relKeys("[Peru|country] is pressuring [Chile|country] to withdraw its troops.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] pressured [Chile|country] to halt its missile program.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] pressured [Chile|country] into abandoning the claim.") == ["chile tension-with peru"])
    }

    @Test func persuasionOrColleaguesStayNothing() {
        #expect(relKeys("[Peru|country] pressured [Chile|country] to raise its defence budget.") == [])
        #expect(relKeys("[Ana Soto|person] pressured [Luis Vega|person] to end the program.") == [])
        #expect(relKeys("Leaders condemned [Hamas|organization] as they tried to pressure [Israel|country] to abandon the raid.") == [])
    }
}

/// Projectiles fired at, over or into a side, and strikes carried out against it, counter it.
@Suite struct ProjectileTests {
    @Test func firedAtASide() {
        #expect(relKeys("[Peru|country] fired two missiles over [Chile|country] on Friday.") == ["chile tension-with peru", "peru counters chile"])
        #expect(relKeys("[Peru|country] launched a barrage of rockets into [Chile|country].") == ["chile tension-with peru", "peru counters chile"])
        #expect(relKeys("[Peru|country] fired missiles toward [Chile|country], raising tensions.") == ["chile tension-with peru", "peru counters chile"])
        #expect(relKeys("[Peru|country] carried out strikes against [Chile|country].") == ["chile tension-with peru", "peru counters chile"])
    }

    @Test func unfiredOrDeniedProjectiles() {
        #expect(relKeys("[Peru|country] did not fire missiles at [Chile|country].") == [])
        #expect(relKeys("[Peru|country] may fire missiles at [Chile|country].") == [])
    }
}

/// Another side's curbs suffered or answered are hostile conduct, as its pressure is.
@Suite struct CurbsSufferedTests {
    @Test func underOrAnsweringCurbs() {
        #expect(relKeys("[Peru|country] has been under [Chilean|country|Chile|dem] sanctions for years.") == ["chile tension-with peru"])
        #expect(relKeys("[Peru|country] responded to [Chile|country]'s high tariffs.") == ["chile tension-with peru"])
    }

    @Test func curbsNotSufferedAreNothing() {
        #expect(relKeys("[Peru|country] discussed [Chilean|country|Chile|dem] sanctions.") == [])
        #expect(relKeys("[Peru|country] did not respond to [Chilean|country|Chile|dem] tariffs.") == [])
    }
}

/// A threat named as the object of a hostile verb stands for the side it comes from.
@Suite struct ThreatFromSideTests {
    @Test func threatFromASide() {
        #expect(relKeys("[Peru|country] will counter the threat from [Chile|country].") == ["chile tension-with peru", "peru counters chile"])
        #expect(relKeys("[Peru|country] will confront the threat posed by [Chile|country].") == ["chile tension-with peru", "peru counters chile"])
        #expect(relKeys("[Ana Soto|person] fired back at [Luis Vega|person] over his remarks.") == ["ana-soto tension-with luis-vega"])
    }

    @Test func threatToASideIsNotFromIt() {
        #expect(relKeys("[Peru|country] discussed the threat from [Chile|country].") == [])
        #expect(relKeys("[Peru|country] welcomed the threat assessment from [Chile|country].").allSatisfy { !$0.contains("tension") })
    }
}

/// The possessor of a control noun is the subject of the light verb after it, as it is of a
/// trigger verb ("Peru's decision to impose 25% tariffs on X").
@Suite struct ControlNounPossessorTests {
    @Test func possessorOfTheDecisionActs() {
        #expect(relKeys("[Peru|country]'s decision to impose 25% tariffs on [Chile|country] hurt exporters.") == ["chile tension-with peru"])
    }

    @Test func refusedOrNegatedActsStayNothing() {
        #expect(relKeys("[Peru|country]'s refusal to impose 25% tariffs on [Chile|country] pleased exporters.") == [])
    }
}
