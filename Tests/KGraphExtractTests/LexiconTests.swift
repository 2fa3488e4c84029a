import Foundation
import Testing
import KGraphIngest
import KGraphModel
@testable import KGraphExtract

@Suite struct LexiconTests {
    /// Writes `text` to a temporary file with the given extension and returns its path.
    func tempFile(_ text: String, ext: String) throws -> String {
        let path = NSTemporaryDirectory() + "kgraph-lexicon-test-\(UUID().uuidString).\(ext)"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func everyBundledFileDecodes() throws {
        let dir = try #require(Bundle.module.url(forResource: "Lexicon", withExtension: nil))
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".json") }
        #expect(!names.isEmpty)
        for name in names {
            let data = try #require(FileManager.default.contents(atPath: dir.appendingPathComponent(name).path))
            #expect(throws: Never.self) { _ = try LexiconFile.decode(bytes: Array(data), yaml: false, file: name, bundled: true) }
        }
        #expect(Lexicon.bundled.entity(id: "india")?.type == .country)
    }

    /// Every member a bundled membership lists is a known state or person (a misspelt member
    /// would silently never match), and regional blocs list their member states.
    @Test func bundledMembershipsNameKnownEntities() {
        let lex = Lexicon.bundled
        for (body, members) in lex.memberships {
            #expect(lex.entity(id: body) != nil, "\(body)")
            for m in members { #expect(lex.entity(id: m) != nil, "\(body): \(m)") }
        }
        for (kind, ids) in WordLists.map("stateKindMembers") {
            for id in ids { #expect(lex.entity(id: id)?.type == .country, "\(kind): \(id)") }
        }
        #expect(lex.memberships["ecowas"]?.contains("ghana") == true)
        #expect(lex.memberships["african-union"]?.count == 55)
        let g = Extractor(lexicon: .bundled).extract(Article(id: "t", text: "ECOWAS leaders met in Abuja on Monday as Ghana and Senegal pledged troops."))
        #expect(g.edges.filter { $0.type == .memberOf }.map { "\($0.source) \($0.target)" }.sorted() == ["ghana ecowas", "senegal ecowas"])
    }

    /// Companies named without a company word ("Glencore", "Codelco") come from the bundled
    /// organizations; one that is also an ordinary word ("Vale") needs an actor's verb or a
    /// capital that the sentence start does not explain, and colours, cars and streets stay words.
    @Test func bundledCompaniesAreFoundAndOrdinaryWordsAreNot() {
        let text = "Glencore signed a copper deal with Codelco and Vitol on Monday. Vale said it would cut output.\n\nOrange blends well with brown. She parked a black Volvo on State Street."
        let a = EntityRecognizer(lexicon: .bundled).analyze(article(text), sentences: sentences(of: text))
        #expect(a.typedIDs.contains("glencore:organization"))
        #expect(a.typedIDs.contains("codelco:organization"))
        #expect(a.typedIDs.contains("vitol:organization"))
        #expect(a.typedIDs.contains("vale:organization"))
        #expect(!a.typedIDs.contains { $0.hasPrefix("orange") || $0.hasPrefix("volvo") || $0.hasPrefix("state-street") })
    }

    @Test func bundledLexiconLoadsOnceAndHasNoBrokenEntries() {
        let a = Lexicon.bundled, b = Lexicon()
        #expect(a.entities.count == b.entities.count)
        for (id, e) in a.entities {
            #expect(id == Slug.make(e.label))
            #expect(!e.label.isEmpty)
        }
    }

    @Test func jsonUserFileAddsEntityAliasSuppressionAndVerb() throws {
        let path = try tempFile("""
        {"entities": [
           {"label": "Varnholt Institute", "type": "organization", "aliases": ["VI"]},
           {"label": "India", "type": "country", "aliases": ["Hindustan"], "demonyms": ["Indian"]}
         ],
         "suppress": ["Forum Statistics"],
         "verbs": [{"phrase": "clink glasses with", "edge": "partners-with"}]}
        """, ext: "json")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let lex = try testLexicon.adding(file: path)
        #expect(lex.entity(id: "varnholt-institute")?.aliases == ["VI"])
        #expect(lex.entity(id: "india")?.aliases == ["Hindustan"])  // user entry overrides
        #expect(lex.isSuppressed("forum statistics"))
        #expect(lex.verbEntries == [LexiconVerb(phrase: "clink glasses with", edge: .partnersWith)])
        #expect(lex.verbs.entries.contains { $0.phrase == "clink glasses with" && $0.edge == .partnersWith })
        #expect(!testLexicon.verbs.entries.contains { $0.phrase == "clink glasses with" })
        let a = EntityRecognizer(lexicon: lex).analyze(article("VI met Hindustan officials. Forum Statistics"),
                                                       sentences: sentences(of: "VI met Hindustan officials. Forum Statistics"))
        #expect(a.typedIDs == ["india:country", "varnholt-institute:organization"])
    }

    @Test func yamlUserFileHasTheSameStructure() throws {
        let path = try tempFile("""
        # extra entities
        entities:
          - label: Kestrel Accord Group   # a made-up body
            type: organization
            aliases: [KAG, "Kestrel Group"]
          - label: Ilse Morgenthau
            type: person
            aliases:
              - Morgenthau
            roles:
              - office: Foreign Minister
                of: India
                relation: serves
                from: 2021
                to: null
        suppress:
          - Latest Member
        verbs:
          - phrase: 'stand shoulder to shoulder with'
            edge: partners-with
        """, ext: "yaml")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let lex = try testLexicon.adding(file: path)
        #expect(lex.entity(id: "kestrel-accord-group")?.aliases == ["KAG", "Kestrel Group"])
        let person = try #require(lex.entity(id: "ilse-morgenthau"))
        #expect(person.roles == [LexiconRole(office: "Foreign Minister", of: "India", relation: .serves, from: 2021, to: nil)])
        #expect(lex.isSuppressed("Latest Member"))
        #expect(lex.verbEntries.map(\.phrase) == ["stand shoulder to shoulder with"])
        let a = analyze("KAG hosted Morgenthau in Tokyo.", lexicon: lex)
        #expect(a.typedIDs == ["ilse-morgenthau:person", "japan:country", "kestrel-accord-group:organization"])
    }

    @Test func suppressionRemovesAFalsePositive() throws {
        let before = analyze("The Quarry Policy Forum met.")
        #expect(before.nodes["quarry-policy-forum"] != nil)
        let lex = try testLexicon.adding(bytes: Array("suppress: [Quarry Policy Forum]".utf8), yaml: true, file: "s.yaml")
        #expect(analyze("The Quarry Policy Forum met.", lexicon: lex).nodes.isEmpty)
    }

    @Test func errorsNameTheFileTheLineAndThePlace() throws {
        #expect(throws: LexiconError(file: "a.json", line: 1, place: "entities[0].type",
                                     message: "expected one of country, person, alliance, organization, principle, region, found \"nation\"")) {
            try Lexicon.empty.adding(bytes: Array(#"{"entities": [{"label": "X", "type": "nation"}]}"#.utf8), yaml: false, file: "a.json")
        }
        do {
            _ = try Lexicon.empty.adding(bytes: Array("entities:\n  - label: X\n    type: country: x\n".utf8), yaml: true, file: "b.yaml")
            Issue.record("expected a syntax error")
        } catch {
            #expect(error.description == "b.yaml:3:18: mapping values are not allowed in this context")
        }
        do {
            _ = try Lexicon.empty.adding(bytes: Array("{\"entities\": [,]}".utf8), yaml: false, file: "c.json")
            Issue.record("expected a syntax error")
        } catch {
            #expect(error.line == 1 && error.column == 15 && error.place.isEmpty)
            #expect(error.description.hasPrefix("c.json:1:15: "))
        }
        #expect(throws: LexiconError.self) { try Lexicon.empty.adding(file: "/nonexistent/lexicon.yaml") }
    }

    @Test func yamlScalarsListsAndComments() throws {
        let v = try LexiconYAML.parse("""
        a: "x # not a comment"   # a comment
        b: [1, 'two', "th\\"ree"]
        c:
        d:
        - null
        - true
        - plain text: with colon
        """).root
        #expect(v == .object([
            ("a", .string("x # not a comment")),
            ("b", .array([.number(1), .string("two"), .string("th\"ree")])),
            ("c", .null),
            ("d", .array([.null, .bool(true), .object([("plain text", .string("with colon"))])])),
        ]))
    }
}
