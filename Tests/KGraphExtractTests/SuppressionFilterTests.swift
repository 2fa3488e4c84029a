import Testing
@testable import KGraphExtract

/// ``SuppressionFilter`` rules a surface out only when the full suppression test would say no,
/// and it does rule out ordinary names.
@Suite struct SuppressionFilterTests {
    static let forms = ["Forum Statistics", "Read More", "U.S. Desk", "Caf\u{E9} Society", "Top-10 Lists"]

    /// Surfaces asked: suppressed ones written otherwise (case, periods, hyphens, spacing),
    /// anagrams with the same letters, and plain names.
    static let surfaces = [
        "Forum Statistics", "forum statistics", "FORUM  STATISTICS", "Forum-Statistics", "Forum Statistic",
        "Statistics Forum", "Read More", "read. more", "Read Mor", "US Desk", "U.S. Desk", "u s desk", "Cafe Society",
        "Caf\u{E9} Society", "Top 10 Lists", "top-10-lists", "Top-11 Lists", "Ruritania", "Ola Brandt", "", "10",
    ]

    @Test func neverRulesOutASuppressedSurface() {
        let lexicon = Lexicon.empty.adding(entities: [], suppress: SuppressionFilterTests.forms)
        let filter = SuppressionFilter(lexicon.suppressed)
        var ruledOut = 0
        for s in SuppressionFilterTests.surfaces {
            if filter.rulesOut(s) {
                ruledOut += 1
                #expect(!lexicon.isSuppressed(s), "\(s)")
            }
            // The span test reads scalars and answers as the string test.
            let scalars = Array(s.unicodeScalars)
            #expect(scalars.withUnsafeBufferPointer { filter.rulesOut($0) } == filter.rulesOut(s), "\(s)")
        }
        // Ordinary names and near misses are ruled out without the full test.
        #expect(ruledOut >= 7)
        for s in ["Ruritania", "Ola Brandt", "Read Mor", "Top-11 Lists"] { #expect(filter.rulesOut(s), "\(s)") }
        // Suppressed surfaces (and text that is not ASCII) are left to the full test.
        for s in ["forum statistics", "FORUM  STATISTICS", "Forum-Statistics", "read. more", "US Desk", "Caf\u{E9} Society"] {
            #expect(!filter.rulesOut(s), "\(s)")
        }
    }

    @Test func anEmptyLexiconRulesOutEverythingASCII() {
        let filter = SuppressionFilter([])
        #expect(filter.rulesOut("Forum Statistics"))
        #expect(!filter.rulesOut("Caf\u{E9}"))
    }
}
