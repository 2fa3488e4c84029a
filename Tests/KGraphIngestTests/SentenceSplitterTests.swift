import Testing
@testable import KGraphIngest

@Suite struct SentenceSplitterTests {
    func texts(_ s: String) -> [String] { SentenceSplitter.split(s).map(\.text) }

    @Test func titlesAndInitialsDoNotEndSentences() {
        #expect(texts("Dr. S. Jaishankar met U.S. officials. They talked.") ==
                ["Dr. S. Jaishankar met U.S. officials.", "They talked."])
        #expect(texts("Gen. Lt. Col. Mark Lee and Sen. Ann Roe of Gov. Ray's staff spoke. Prof. Kim agreed.") ==
                ["Gen. Lt. Col. Mark Lee and Sen. Ann Roe of Gov. Ray's staff spoke.", "Prof. Kim agreed."])
        #expect(texts("Mr. Brown and Mrs. Green met Ms. White at St. Paul's.") ==
                ["Mr. Brown and Mrs. Green met Ms. White at St. Paul's."])
    }

    @Test func dottedAbbreviationsSplitOnlyBeforeSentenceStarters() {
        #expect(texts("Troops returned to the U.S. The talks ended.") ==
                ["Troops returned to the U.S.", "The talks ended."])
        #expect(texts("The U.K. Foreign Office and the U.N. Security Council agreed.") ==
                ["The U.K. Foreign Office and the U.N. Security Council agreed."])
        #expect(texts("Leaders of the E.U. met at 9 a.m. Monday, e.g. Paris.") ==
                ["Leaders of the E.U. met at 9 a.m. Monday, e.g. Paris."])
    }

    @Test func dottedAbbreviationsBeforeNamesAndTitlesKeepTheSentence() {
        #expect(texts("On Friday the U.S. Navy said two ships had sailed. Later U.S. President Lena Cho met the U.K. Defence Secretary.") ==
                ["On Friday the U.S. Navy said two ships had sailed.", "Later U.S. President Lena Cho met the U.K. Defence Secretary."])
        #expect(texts("The U.S. Under Secretary of State spoke to the U.N. General Assembly.") ==
                ["The U.S. Under Secretary of State spoke to the U.N. General Assembly."])
        #expect(texts("Prices rose in the U.S. Did they rise in the E.U. as well? Six months later they fell.") ==
                ["Prices rose in the U.S.", "Did they rise in the E.U. as well?", "Six months later they fell."])
    }

    @Test func closingQuoteOrNameAndVerbAfterAnAbbreviationEndTheSentence() {
        #expect(texts("“We are friends of the U.S.” Marlow said on Monday.") ==
                ["“We are friends of the U.S.”", "Marlow said on Monday."])
        #expect(texts("The deal was made by Orbit Tools Co. Varga signed it on Monday. Acme Inc. Chief Jo Ray left.") ==
                ["The deal was made by Orbit Tools Co.", "Varga signed it on Monday.", "Acme Inc. Chief Jo Ray left."])
        #expect(texts("He beat Sam Trent Jr. Reyes said the fight was close.") ==
                ["He beat Sam Trent Jr.", "Reyes said the fight was close."])
        #expect(texts("Shares of Orbit Tools Inc. Asia unit rose.") == ["Shares of Orbit Tools Inc. Asia unit rose."])
        #expect(texts("Counsel to Friends of Orbit, Inc. (FOO) wrote to the committee.") ==
                ["Counsel to Friends of Orbit, Inc. (FOO) wrote to the committee."])
    }

    @Test func companiesMonthsAndNumbers() {
        #expect(texts("Acme Inc. Chief Jo Ray left on Jan. 5 with No. 2 aide. Growth was 3.5 percent.") ==
                ["Acme Inc. Chief Jo Ray left on Jan. 5 with No. 2 aide.", "Growth was 3.5 percent."])
        #expect(texts("They sold tanks, jets, etc. The deal closed.") == ["They sold tanks, jets, etc.", "The deal closed."])
        #expect(texts("It was Smith vs. Jones. Then Corp. results came.") == ["It was Smith vs. Jones.", "Then Corp. results came."])
    }

    @Test func quotesAndQuestionMarks() {
        #expect(texts("He said, \"We will not join.\" Then he left.") == ["He said, \"We will not join.\"", "Then he left."])
        #expect(texts("She said, “We agree.” Officials cheered!  Why now? Nobody knows.") ==
                ["She said, “We agree.”", "Officials cheered!", "Why now?", "Nobody knows."])
        #expect(texts("Is it over? yes, said one aide.") == ["Is it over? yes, said one aide."])
        #expect(texts("He posted: “… We agreed to talk.” Nobody else spoke...") == ["He posted: “… We agreed to talk.”", "Nobody else spoke..."])
        #expect(texts("“… We agreed to talk,” he said.") == ["“… We agreed to talk,” he said."])
        #expect(texts("He said \"no\". Then he left (quietly). Others stayed.") == ["He said \"no\".", "Then he left (quietly).", "Others stayed."])
    }

    @Test func paragraphsHeadingsAndLists() {
        let text = "Talks Resume In Geneva\n\nDiplomats met on Monday. They agreed.\n\nKey Points:\n- Trade rises\n- Aid resumes\n1. First item here\n\nA line without stop\nends here."
        let s = SentenceSplitter.split(text)
        #expect(s.map(\.text) == ["Talks Resume In Geneva", "Diplomats met on Monday.", "They agreed.", "Key Points:",
                                  "Trade rises", "Aid resumes", "First item here", "A line without stop\nends here."])
        #expect(s.map(\.paragraph) == [0, 1, 1, 2, 2, 2, 2, 3])
        #expect(s.map(\.isHeading) == [true, false, false, true, false, false, false, false])
        #expect(s.map(\.index) == Array(0..<8))
    }

    @Test func headlineIsNeverJoinedToNextParagraph() {
        let s = SentenceSplitter.split("Minister Visits Tokyo\n\nthe visit was brief.")
        #expect(s.map(\.text) == ["Minister Visits Tokyo", "the visit was brief."])
    }

    @Test func offsetsAreUnicodeScalarOffsets() {
        let text = "Café “talks” ended. Next one starts."
        let scalars = Array(text.unicodeScalars)
        for s in SentenceSplitter.split(text) {
            #expect(String(String.UnicodeScalarView(scalars[s.start..<s.end])) == s.text)
        }
        #expect(SentenceSplitter.split(text).map(\.start) == [0, 20])
    }
}
