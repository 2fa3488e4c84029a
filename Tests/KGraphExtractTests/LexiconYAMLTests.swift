import Foundation
import Testing
import KGraphModel
@testable import KGraphExtract

/// Lexicon files through Yams: full YAML in, and every mistake named by file, line and key.
@Suite struct LexiconYAMLTests {
    func decode(_ text: String, yaml: Bool = true, file: String = "x.yaml") throws(LexiconError) -> Lexicon {
        try Lexicon.empty.adding(bytes: Array(text.utf8), yaml: yaml, file: file)
    }

    func failure(_ text: String, yaml: Bool = true, file: String = "x.yaml") -> LexiconError? {
        do {
            _ = try decode(text, yaml: yaml, file: file)
            return nil
        } catch {
            return error
        }
    }

    @Test func anchorsMergeKeysAndBlockScalarsWork() throws {
        let lex = try decode("""
        entities:
          - label: Ilse Varga
            type: person
            roles:
              - &minister
                office: Foreign Minister
                of: Freedonia
                relation: serves
                from: 2021
            note: >
              Folded
              text.
          - label: Otto Varga
            type: person
            roles:
              - <<: *minister
                from: 2024
          - label: Freedonia
            type: country
            note: |
              Made up for a test;
              two lines.
        memberships:
          - of: Kolnor Pact
            members: &core [Freedonia, Sylvania]
          - of: Vistula Forum
            members: *core
        """)
        #expect(lex.entity(id: "ilse-varga")?.roles == [LexiconRole(office: "Foreign Minister", of: "Freedonia", relation: .serves, from: 2021, to: nil)])
        #expect(lex.entity(id: "otto-varga")?.roles == [LexiconRole(office: "Foreign Minister", of: "Freedonia", relation: .serves, from: 2024, to: nil)])
        #expect(lex.entity(id: "ilse-varga")?.note == "Folded text.\n")
        #expect(lex.entity(id: "freedonia")?.note == "Made up for a test;\ntwo lines.\n")
        #expect(lex.memberships["kolnor-pact"] == ["freedonia", "sylvania"])
        #expect(lex.memberships["vistula-forum"] == ["freedonia", "sylvania"])
    }

    @Test func plainScalarsFollowTheCoreSchema() throws {
        // YAML 1.1 would read NO, yes and on as booleans; quoted scalars are always text.
        let lex = try decode("""
        entities:
          - {label: Norland, type: country, aliases: [NO, yes, on, "true", '12']}
        """)
        #expect(lex.entity(id: "norland")?.aliases.sorted() == ["12", "NO", "on", "true", "yes"])
        #expect(failure("entities:\n  - label: Norland\n    type: country\n    aliases: [true]\n")?.description
                == "x.yaml:4: entities[0].aliases[0]: expected a string, found a boolean")
    }

    @Test func misspeltSectionsAndUnknownKeysAreErrorsWithTheLine() {
        #expect(failure("# mine\nentitis:\n  - label: X\n    type: country\n")?.description
                == "x.yaml:2: entitis: unknown section \"entitis\" (did you mean \"entities\"?); expected entities, suppress, verbs, memberships, note")
        #expect(failure("entities:\n  - label: X\n    type: country\n    colour: red\n")?.description
                == "x.yaml:4: entities[0].colour: unknown key \"colour\"; expected label, type, aliases, demonyms, metonyms, roles, ambiguous, note")
        #expect(failure("entities:\n  - label: X\n    type: person\n    roles:\n      - of: Y\n        ofice: Envoy\n")?.description
                == "x.yaml:6: entities[0].roles[0].ofice: unknown key \"ofice\" (did you mean \"office\"?); expected office, of, relation, from, to")
        #expect(failure("verbs:\n  - phrase: team up with\n    edge: partners-with\n    principleOnly: true\n")?.place == "verbs[0].principleOnly")
        // Sections only the bundled verbs.json may hold.
        #expect(failure("nominals: []\n")?.place == "nominals")
    }

    @Test func jsonLexiconsAreStrictTooAndNameTheLine() {
        let json = """
        {
          "entities": [
            {"label": "X", "type": "country"},
            {"label": "Y", "type": "country",
             "demonym": ["Yish"]}
          ]
        }
        """
        #expect(failure(json, yaml: false, file: "x.json")?.description
                == "x.json:5: entities[1].demonym: unknown key \"demonym\" (did you mean \"demonyms\"?); expected label, type, aliases, demonyms, metonyms, roles, ambiguous, note")
        #expect(failure("{\"entities\": [], \"supress\": []}", yaml: false, file: "y.json")?.description.hasPrefix("y.json:1: supress: unknown section") == true)
    }

    @Test func badYAMLIsOneLineWithLineAndColumn() {
        // libyaml finds the unclosed quote at the end of the input, and says where it started.
        #expect(failure("entities:\n  - label: \"X\n")?.description == "x.yaml:3:1: found unexpected end of stream (while scanning a quoted scalar, from line 2)")
        #expect(failure("entities:\n\t- label: X\n")?.line == 2)
        let duplicate = failure("entities: []\nentities: []\n")
        #expect(duplicate?.description == "x.yaml:1:1: duplicate key \"entities\" in the mapping that starts here")
        #expect(failure("entities: []\n---\nentities: []\n") != nil)
        for e in [failure("entities:\n  - label: \"X\n"), duplicate] {
            #expect(e.map { !$0.description.contains("\n") } == true)
        }
    }

    @Test func aliasBombsAreRefused() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...8 { yaml += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        do {
            _ = try LexiconYAML.parse(yaml)
            Issue.record("expected the expansion to be refused")
        } catch {
            #expect(error.message.contains("more than 200000 values"))
        }
    }

    @Test func deepNestingIsRefusedNotACrash() {
        #expect(failure(String(repeating: "- ", count: 999) + "x\n")?.message == "nested too deeply")
        let flow = "entities: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n"
        #expect(failure(flow)?.message.hasPrefix("Maximum nesting level reached") == true)
    }

    @Test func bundledFilesKeepTheirExtraSections() throws {
        let dir = try #require(Bundle.module.url(forResource: "Lexicon", withExtension: nil))
        let data = try #require(FileManager.default.contents(atPath: dir.appendingPathComponent("verbs.json").path))
        #expect(throws: Never.self) { _ = try LexiconFile.decode(bytes: Array(data), yaml: false, file: "verbs.json", bundled: true) }
        #expect(throws: LexiconError.self) { _ = try LexiconFile.decode(bytes: Array(data), yaml: false, file: "verbs.json") }
    }
}
