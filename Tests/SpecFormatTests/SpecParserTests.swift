import Testing
import MigrationModel
@testable import SpecFormat

let good = """
name: t
variant: folio-6.1
knobs:
  rmap_insert: prepend
world:
  processes: 2
  pages: 1
actors:
  - migrate: {process: 0, page: 0}
  - fork: {parent: 0, child: 1}
expect:
  no_stale_migration_entry: violated
  deadlock_freedom: holds
limits:
  max_states: 1000
"""

func parseError(_ text: String) -> SpecError? {
  do { _ = try SpecParser.parse(text, path: "x.yaml"); return nil } catch { return error }
}

@Suite struct SpecParserTests {
  @Test func parsesAValidSpec() throws {
    let s = try SpecParser.parse(good, path: "x.yaml")
    #expect(s.name == "t")
    #expect(s.config.knobs.rmapInsert == .prepend)
    #expect(s.config.actors == [.migrate(process: 0, page: 0), .fork(parent: 0, child: 1)])
    #expect(s.expect.map(\.property) == ["no_stale_migration_entry", "deadlock_freedom"])
    #expect(s.expect[0].verdict == .violated)
    #expect(s.maxStates == 1000)
  }

  @Test func misspeltKeyNamesLineAndExpectedKeys() {
    let e = parseError(good.replacingOccurrences(of: "  processes: 2", with: "  procesess: 2"))
    #expect(e?.line == 6)
    #expect(e?.column == 3)
    #expect(e?.message.contains("unknown key 'procesess'") == true)
    #expect(e?.message.contains("did you mean 'processes'") == true)
    #expect(e?.description.hasPrefix("x.yaml:6:3: error:") == true)
  }

  @Test func badValues() {
    #expect(parseError(good.replacingOccurrences(of: "rmap_insert: prepend", with: "rmap_insert: prepnd"))?.message.contains("did you mean 'prepend'") == true)
    #expect(parseError(good.replacingOccurrences(of: "processes: 2", with: "processes: two"))?.message.contains("expected an integer") == true)
    #expect(parseError(good.replacingOccurrences(of: "processes: 2", with: "processes: 9"))?.message.contains("out of range") == true)
    #expect(parseError(good.replacingOccurrences(of: "deadlock_freedom: holds", with: "deadlock_freedom: maybe"))?.line == 13)
    #expect(parseError(good.replacingOccurrences(of: "deadlock_freedom", with: "deadlock_freedm"))?.message.contains("did you mean 'deadlock_freedom'") == true)
    #expect(parseError(good.replacingOccurrences(of: "variant: folio-6.1", with: "variant: folio-9"))?.line == 2)
  }

  @Test func missingKey() {
    let e = parseError(good.replacingOccurrences(of: "name: t\n", with: ""))
    #expect(e?.message.contains("missing key 'name'") == true)
  }

  @Test func configurationErrorsPointAtTheActor() {
    let e = parseError(good.replacingOccurrences(of: "child: 1", with: "child: 0"))
    #expect(e?.line == 10)
    #expect(e?.message.contains("actors[1]") == true)
    #expect(e?.message.contains("free process slot") == true)
  }

  @Test func yamlSyntaxErrorsHaveALine() {
    let e = parseError("name: t\nworld: [1, 2\nexpect: {}\n")
    #expect(e != nil)
    #expect((e?.line ?? 0) >= 2)
    #expect(e?.message.hasPrefix("YAML syntax") == true)
  }

  @Test func emptyFile() {
    #expect(parseError("")?.message.contains("empty") == true)
  }
}
