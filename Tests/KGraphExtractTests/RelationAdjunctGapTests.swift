import Testing
import KGraphModel
@testable import KGraphExtract

/// A time or manner adjunct may split a relation phrase from its closing preposition ("held
/// talks last week with X", "clashed on Monday with Y").
@Suite struct RelationAdjunctGapTests {
    @Test func timeAdjunctBeforeWith() {
        #expect(relKeys("[Peru|country] held talks last week with [Chile|country].") == ["chile partners-with peru"])
        #expect(relKeys("[Peru|country] signed a trade deal in 2015 with [Chile|country].") == ["chile partners-with peru"])
        #expect(relKeys("[Peru|country] has reached an agreement in recent weeks with [Chile|country].") == ["chile partners-with peru"])
        #expect(relKeys("[Ana Soto|person], who clashed on Monday with [Luis Vera|person], resigned.") == ["ana-soto tension-with luis-vera"])
    }

    @Test func nominalTriggerTakesTheGapToo() {
        #expect(relKeys("[Peru|country]'s talks earlier this month with [Chile|country] went well.") == ["chile partners-with peru"])
    }

    @Test func anOfPhraseNamesWhatTheNounIsOf() {
        // "threats of force against X": the noun's "of" phrase stands before the closing preposition.
        #expect(relKeys("[Peru|country]'s threats of military action against [Chile|country] alarmed investors.") == ["chile tension-with peru"])
        #expect(AdjunctGap.length(["of", "military", "action", "against"], at: 0) == 3)
        // Accusations looked into are not the inquirer's.
        #expect(relKeys("[Peru|country] opened an inquiry into accusations of fraud against [Chile|country].") == [])
    }

    @Test func mannerAdjunctBeforeWith() {
        #expect(relKeys("[Peru|country] held talks by phone with [Chile|country].") == ["chile partners-with peru"])
    }

    @Test func onlyAdjunctsMayStandInTheGap() {
        // A comma ends the phrase.
        #expect(relKeys("[Peru|country] held talks last week, with [Chile|country] absent.") == [])
        #expect(relKeys("[Peru|country] held talks last week.") == [])
        #expect(AdjunctGap.length(["last", "week", "with"], at: 0) == 2)
        #expect(AdjunctGap.length(["earlier", "this", "year", "with"], at: 0) == 3)
        #expect(AdjunctGap.length(["on", "monday", "with"], at: 0) == 2)
        #expect(AdjunctGap.length(["in", "the", "past", "weeks", "with"], at: 0) == 4)
        #expect(AdjunctGap.length(["last", "resort", "with"], at: 0) == 0)
    }
}

/// A topic may split a relation noun or verb from its partner: "talks on trade with X".
@Suite struct RelationTopicAdjunctTests {
    @Test func topicBeforeWith() {
        #expect(relKeys("[Peru|country] held talks on trade and security with [Chile|country].") == ["chile partners-with peru"])
        #expect(relKeys("[Peru|country] is deepening cooperation on defence with [Chile|country].") == ["chile partners-with peru"])
        #expect(relKeys("[Peru|country] has a long dispute over fishing rights with [Chile|country].") == ["chile tension-with peru"])
    }

    @Test func topicShapes() {
        #expect(AdjunctGap.length(["on", "trade", "with"], at: 0) == 2)
        #expect(AdjunctGap.length(["about", "the", "new", "pipeline", "with"], at: 0) == 4)
        // A clause word, a second preposition, a participle last, or more than four words: no topic.
        #expect(AdjunctGap.length(["on", "what", "they", "said", "with"], at: 0) == 0)
        #expect(AdjunctGap.length(["on", "the", "future", "of", "ties", "with"], at: 0) == 0)
        #expect(AdjunctGap.length(["on", "firms", "working", "with"], at: 0) == 0)
        #expect(AdjunctGap.length(["on", "a", "very", "long", "list", "of", "with"], at: 0) == 0)
        #expect(AdjunctGap.length(["on", "trade"], at: 0) == 0)
    }
}

@Suite struct RelationMannerAdjunctTests {
    @Test func mannerAdjunctShapes() {
        #expect(AdjunctGap.length(["by", "phone", "with"], at: 0) == 2)
        #expect(AdjunctGap.length(["on", "the", "phone", "with"], at: 0) == 3)
        #expect(AdjunctGap.length(["behind", "closed", "doors", "with"], at: 0) == 3)
        #expect(AdjunctGap.length(["in", "the", "region", "with"], at: 0) == 0)
    }
}
