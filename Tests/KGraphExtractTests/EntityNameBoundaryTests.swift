import Testing
import KGraphModel
@testable import KGraphExtract

/// Names that share a word with a known body, or that start with one.
@Suite struct EntityNameBoundaryTests {
    @Test func andAfterABodysHeadOrAPersonJoinsTwoNames() {
        let ids = analyze("Regulators fined Orvane Inc and Belcor Corp on Monday.").typedIDs
        #expect(ids.contains("belcor-corp:organization") && !ids.contains { $0.hasPrefix("orvane-inc-and") })
        #expect(!analyze("The talks included Lena Brisk and Velkor Inc on Monday.").typedIDs.contains { $0.contains("-and-") })
        // Modifiers joined by "and" before the head stay one name.
        #expect(analyze("He testified before the Ways and Means Committee on Monday.").typedIDs == ["ways-and-means-committee:organization"])
    }

    @Test func aHyphenatedSurnameBeforeAnotherNameIsThatPersonsGivenName() {
        let lexicon = testLexicon.adding(entities: [LexiconEntity(label: "Karla Jean-Paul", type: .person, aliases: ["Jean-Paul"])])
        #expect(analyze("Agency spokesman Jean-Paul Vernier said the talks went well.", lexicon: lexicon).typedIDs == ["jean-paul-vernier:person"])
        #expect(analyze("Press secretary Jean-Paul said on Monday the talks went well.", lexicon: lexicon).typedIDs == ["karla-jean-paul:person"])
    }

    @Test func aPlaceBasedCompoundIsNoName() {
        #expect(analyze("A Lagos-based group sued the city on Monday.").typedIDs == [])
        #expect(analyze("The Velkor Fund, a Geneva-based group, sued the city.").typedIDs == ["velkor-fund:organization"])
        // A capitalized name before the cue still names the body.
        #expect(analyze("The Velkor Tamar group sued the city on Monday.").typedIDs == ["velkor-tamar:organization"])
    }

    static let lexicon = testLexicon.adding(entities: [
        LexiconEntity(label: "U.S. Congress", type: .organization, aliases: ["US Congress", "Congress"], ambiguousForms: ["Congress"]),
        LexiconEntity(label: "Indian National Congress", type: .organization, aliases: ["Congress party"]),
        LexiconEntity(label: "BJP", type: .organization, aliases: ["Bharatiya Janata Party"]),
        // An office holder ties the party to its state (parties name no state themselves).
        LexiconEntity(label: "Asha Rao", type: .person, roles: [LexiconRole(office: "President", of: "BJP", relation: .leads),
                                                                LexiconRole(office: "Health Minister", of: "India", relation: .serves)]),
        LexiconEntity(label: "U.S. Senate", type: .organization, aliases: ["Senate"], ambiguousForms: ["Senate"]),
        LexiconEntity(label: "Google", type: .organization),
    ])

    func congressMentions(_ text: String) -> [String] {
        analyze(text, lexicon: Self.lexicon).mentionList.filter { $0.hasPrefix("Congress=") }
    }

    @Test func bareCongressFollowsTheArticlesPolitics() {
        // Indian party context in the article: the Indian National Congress.
        #expect(congressMentions("The BJP won the state vote on Sunday. Congress said it would ask for a recount.")
                == ["Congress=indian-national-congress/name"])
        // A cue in the same sentence decides even when the article names both.
        #expect(congressMentions("The Senate passed the bill. Leaders of the BJP and the Congress met in Delhi.")
                == ["Congress=indian-national-congress/name"])
        // American context (another American body named by its bare name counts): the U.S. Congress.
        #expect(congressMentions("The BJP praised the deal. Congress said the Senate would vote on it.")
                == ["Congress=u-s-congress/name"])
        // None: an article that never names the United States (nor its bodies or office holders)
        // speaks of some other state's congress (ents15: on bulk, 3 of 3 such mentions were India's
        // party or Peru's congress), so the bare name is dropped.
        #expect(congressMentions("India and Japan signed a deal. Congress said it would review arms sales to India.") == [])
    }

    @Test func organizationNameOpeningALongerNameIsNotTheOrganization() {
        let a = analyze("Researchers at Google Brain wrote the paper. Google CEO Mira Tall praised them. Google Monday said it agreed.",
                        lexicon: Self.lexicon)
        #expect(a.mentionList.filter { $0.contains("google") } ==
                ["Google Brain=google-brain/name", "Google=google/name", "Google=google/name"])
        #expect(a.nodes["google-brain"]?.type == .organization)
        // A product, not where people work: neither Google nor a new organization.
        let b = analyze("The tool works with Google Chrome and other browsers.", lexicon: Self.lexicon)
        #expect(b.nodes.isEmpty)
    }

    @Test func genericNounAloneIsNeverAnOrganization() {
        let a = analyze("Ann Vale, president of the lobbying group Club for Growth, said the tax plan was wrong.", lexicon: Self.lexicon)
        #expect(a.nodes["club-for-growth"]?.type == .organization)
        #expect(a.nodes["club"] == nil)
        let b = analyze("Staff of the watchdog group Citizens for Responsibility and Ethics in Washington filed it.", lexicon: Self.lexicon)
        #expect(b.nodes["citizens-for-responsibility-and-ethics"]?.type == .organization)
        let c = analyze("A senior official of the firm Club told us.", lexicon: Self.lexicon)
        #expect(c.nodes["club"] == nil)
    }
}
