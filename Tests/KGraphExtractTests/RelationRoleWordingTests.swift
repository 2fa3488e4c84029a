import Testing
import KGraphModel
@testable import KGraphExtract

/// Wordings of a person's post that name the body: more title words (co-heads, a chamber's
/// speaker, prosecutors, traders), field words after a body's possessive, an apposition opened
/// by a time adverb, appointments with "has been named" or a body's name opening the title, a
/// head of a portfolio named in plain words, and a reporter's outlet.
@Suite struct RelationRoleWordingTests {
    @Test func moreTitleWords() {
        #expect(relKeys("The talk was with [Vexa|organization] founder and co-CEO [Lena Ward|person] on Monday.")
            == ["lena-ward founded vexa", "lena-ward leads vexa"])
        #expect(relKeys("[Riksdal Assembly|organization] Speaker [Omar Bell|person] visited the site.")
            == ["omar-bell leads riksdal-assembly"])
        #expect(relKeys("The dollar may slip, said [Juan Pardo|person], senior currency trader and strategist at [Kestrel Markets|organization].")
            == ["juan-pardo serves kestrel-markets"])
        #expect(relKeys("The vote was criticised by the [UN|organization|United Nations] Special Rapporteur for [Ruritania|country] [Tom Hale|person] on Monday.")
            == ["tom-hale serves united-nations"])
        #expect(relKeys("[Republican|organization|Republican Party] Gov. [Ed Marsh|person] avoided the question.")
            == ["ed-marsh member-of republican-party"])
        // "associate" makes a head's office a service, as "deputy" does.
        #expect(relKeys("[Ana Ruiz|person], the associate director of [Halden Institute|organization], spoke.")
            == ["ana-ruiz serves halden-institute"])
        // A trader with no body named gets nothing.
        #expect(relKeys("[Juan Pardo|person], a veteran trader, said the dollar may slip.").isEmpty)
    }

    @Test func fieldWordsAfterABodysPossessive() {
        #expect(relKeys("As [Vexa News|organization]'s chief medical correspondent Dr. [Sara Lind|person] noted, the risk is small.")
            == ["sara-lind serves vexa-news"])
        // Without the possessive the field words still need a body before them.
        #expect(relKeys("The chief medical correspondent [Sara Lind|person] noted the risk.").isEmpty)
    }

    @Test func anAppositionOpenedByATimeAdverb() {
        #expect(relKeys("[Kate Dorn|person], now a staff scientist at the [Halden Institute|organization], found the cells.")
            == ["kate-dorn serves halden-institute"])
        #expect(relKeys("[Kate Dorn|person], then the governor of [Ruritania|country], signed it.")
            == ["kate-dorn serves ruritania"])
        // An adverb before a number or a name opens no title.
        #expect(relKeys("[Kate Dorn|person], now 54, lives near the [Halden Institute|organization].").isEmpty)
    }

    @Test func appointmentsNamingTheBody() {
        #expect(relKeys("[Carl Wolf|person] has been named new [DHS|organization|Department of Homeland Security] acting secretary.")
            == ["carl-wolf serves department-of-homeland-security"])
        #expect(relKeys("[Mara Beam|person] was named [State Department|organization] counselor in August.")
            == ["mara-beam serves state-department"])
        #expect(relKeys("[Carl Wolf|person] had been appointed as envoy of [Ruritania|country] last year.")
            == ["carl-wolf serves ruritania"])
        // A body's name followed by no title word is no title ("was named in the Vexa case").
        #expect(relKeys("[Carl Wolf|person] was named [Vexa|organization] player of the year.").isEmpty)
    }

    @Test func aHeadOfAPortfolioInPlainWordsServes() {
        #expect(relKeys("[Eva Lund|person], [Ruritania|country]'s deputy director of public prosecutions, dropped the case.")
            == ["eva-lund serves ruritania"])
        #expect(relKeys("[Eva Lund|person], [Ruritania|country]'s director of public prosecutions, dropped the case.")
            == ["eva-lund serves ruritania"])
        // A head of the whole still leads it.
        #expect(relKeys("[Eva Lund|person], the chairman of the board of [Vexa|organization], left.") == ["eva-lund leads vexa"])
        #expect(relKeys("[Eva Lund|person], the director of [Vexa|organization], left.") == ["eva-lund leads vexa"])
    }

    @Test func aReportersOutlet() {
        #expect(relKeys("The lines would freeze, [Vexa News|organization]'s [Kevin Lark|person] reported.")
            == ["kevin-lark serves vexa-news"])
        #expect(relKeys("As [Emma Feld|person] reports for [Vexa News|organization], the cases came to light.")
            == ["emma-feld serves vexa-news"])
        #expect(relKeys("[Emma Feld|person], who writes for the [Daily Clarion|organization], saw it.")
            == ["emma-feld serves daily-clarion"])
        // Any other verb after a body's possessive names no reporter; nor does writing about a body.
        #expect(relKeys("[Vexa|organization]'s [Tim Cole|person] said the phone would ship.").isEmpty)
        #expect(relKeys("[Emma Feld|person] wrote about [Vexa News|organization] last year.").isEmpty)
    }

    @Test func aNameInsideAWordIsAPlainWordOfTheTitle() {
        #expect(relKeys("[Andy Sura|person], an adviser to the pro-[Trump|person|Donald Trump] group [Vexa Alliance|organization], said so.")
            == ["andy-sura serves vexa-alliance"])
    }

    @Test func aPostLeftIsStillThePersons() {
        #expect(relKeys("[Rita Cord|person], who resigned as [Vexa Bureau|organization] director on Friday, left.")
            == ["rita-cord leads vexa-bureau"])
        #expect(relKeys("[Adam Nell|person] stepped down as chief executive of [Vexa|organization] in May.")
            == ["adam-nell leads vexa"])
        #expect(relKeys("[Adam Nell|person] will step down as head of the [Vexa Bureau|organization] next year.")
            == ["adam-nell leads vexa-bureau"])
        // "resigned" with no "as" names no post.
        #expect(relKeys("[Adam Nell|person] resigned after [Vexa|organization] lost the case.").isEmpty)
    }

    @Test func aTitleOfSeveralWordsBeforeOf() {
        #expect(relKeys("A bench of Chief Justice of [Ruritania|country] [Ravi Gal|person] will hear the matter.")
            == ["ravi-gal serves ruritania"])
    }

    @Test func anAideToAPersonServesTheirState() {
        let text = "[Ruritania|country]'s President [Ana Solis|person] spoke.\n[Tom Reed|person], a top security aide to President [Ana Solis|person], said so."
        #expect(relKeys(text) == ["ana-solis leads ruritania", "tom-reed serves ruritania"])
        // A campaign's aide, or an adviser to the person's campaign, holds no post of the state.
        let campaign = "[Ruritania|country]'s President [Ana Solis|person] spoke.\n[Tom Reed|person], a former campaign aide to President [Ana Solis|person], said so."
        #expect(relKeys(campaign) == ["ana-solis leads ruritania"])
        let possessed = "[Ruritania|country]'s President [Ana Solis|person] spoke.\n[Tom Reed|person], an adviser to [Ana Solis|person]'s campaign, said so."
        #expect(relKeys(possessed) == ["ana-solis leads ruritania"])
        let modifier = "[Ruritania|country]'s President [Ana Solis|person] spoke.\n[Tom Reed|person], an adviser to the [Ana Solis|person] campaign, said so."
        #expect(relKeys(modifier) == ["ana-solis leads ruritania"])
        let during = "[Ruritania|country]'s President [Ana Solis|person] spoke.\n[Tom Reed|person], a top adviser to [Ana Solis|person] during her campaign, quit."
        #expect(relKeys(during) == ["ana-solis leads ruritania"])
    }

    @Test func anOfficeUnderALeaderNamedByPossessiveServesTheLeadersState() {
        let lead = "[Ruritania|country]'s President [Ana Solis|person] spoke.\n"
        #expect(relKeys(lead + "[Tom Reed|person], [Solis|person|Ana Solis]'s national security adviser, resigned.")
            == ["ana-solis leads ruritania", "tom-reed serves ruritania"])
        #expect(relKeys(lead + "[Tom Reed|person] is [Solis|person|Ana Solis]'s secretary of education.")
            == ["ana-solis leads ruritania", "tom-reed serves ruritania"])
        #expect(relKeys(lead + "[Tom Reed|person], [the president|person|Ana Solis|ref]'s chief of staff, spoke.")
            == ["ana-solis leads ruritania", "tom-reed serves ruritania"])
        // A private employment or a campaign post is no office of the state.
        #expect(relKeys(lead + "[Tom Reed|person], [Solis|person|Ana Solis]'s lawyer, spoke.") == ["ana-solis leads ruritania"])
        #expect(relKeys(lead + "[Tom Reed|person], [Solis|person|Ana Solis]'s former campaign chairman, spoke.") == ["ana-solis leads ruritania"])
        // Nor is a family or other tie, a title that only describes ("chief rival"), or a former leader's aide.
        #expect(relKeys(lead + "[Tom Reed|person], [Solis|person|Ana Solis]'s son, spoke.") == ["ana-solis leads ruritania"])
        #expect(relKeys(lead + "[Tom Reed|person], [Solis|person|Ana Solis]'s partner, spoke.") == ["ana-solis leads ruritania"])
        #expect(!relKeys(lead + "[Tom Reed|person], [Solis|person|Ana Solis]'s chief rival, spoke.").contains("tom-reed serves ruritania"))
        #expect(!relKeys(lead + "[Tom Reed|person], [the former president|person|Ana Solis|ref]'s spokesman, spoke.").contains("tom-reed serves ruritania"))
        // A legislator's staff work for the legislator, not in an office of the state.
        #expect(relKeys("[Ruritania|country]'s Senator [Rob Kent|person] spoke.\n[Tom Reed|person], [Kent|person|Rob Kent]'s spokesman, said so.")
            == ["rob-kent serves ruritania"])
    }

    @Test func anOfficeInARelativeClauseAfterAnApposition() {
        #expect(relKeys("[Mara Beam|person], a former bank executive who was named [State Department|organization] counselor in May, left.")
            == ["mara-beam serves state-department"])
        #expect(relKeys("[Ann Roe|person], a longtime friend who is now the head of the [Vexa Group|organization], spoke.")
            == ["ann-roe leads vexa-group"])
        // A body the apposition names keeps the apposition's office; another person's name ends the search.
        #expect(relKeys("[Ann Roe|person], a lawyer at [Dechert|organization] who was a senior [Vexa Group|organization] official, spoke.")
            == ["ann-roe serves dechert"])
        // (The clause is then the nearer name's.)
        #expect(relKeys("[Ann Roe|person], a friend of [Tom Reed|person] who is the head of the [Vexa Group|organization], spoke.")
            == ["tom-reed leads vexa-group"])
    }
}
