import Foundation
import Testing
import MigrationModel
import RuleKit

/// `migspec check` as a user runs it, on the real specs/.
@Suite(.serialized) struct CheckCommandTests {
  /// Every spec in specs/ gets its expected verdict; JSON has the documented shape.
  @Test func checkAllSpecsJSON() throws {
    let tmp = try CLI.tempDir()
    let r = try CLI.run(["check", "--json", "--traces", "none", "--trace-dir", tmp.path])
    #expect(r.status == 0, "stderr: \(r.stderr)")
    let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    #expect(doc["allExpected"] as? Bool == true)
    let results = doc["results"] as! [[String: Any]]
    let specFiles = try FileManager.default.contentsOfDirectory(atPath: CLI.root.appendingPathComponent("specs").path).filter { $0.hasSuffix(".yaml") }
    #expect(Set(results.map { $0["spec"] as! String }).count == specFiles.count)
    for rec in results {
      for key in ["spec", "property", "verdict", "engine", "bound", "states", "transitions", "seconds"] {
        #expect(rec[key] != nil, "missing \(key)")
      }
      #expect(rec["engine"] as? String == "explicit")
      #expect(rec["verdict"] as? String == rec["expected"] as? String)
      if rec["verdict"] as? String == "violated" { #expect(rec["trace"] is [String: Any]) }
      else { #expect(rec["trace"] is NSNull || rec["trace"] == nil) }
    }
  }

  /// The prepend spec: a stale migration entry left in a child that the
  /// remove walk had already passed when fork copied the entry.
  @Test func prependCounterexampleIsTheForkRace() throws {
    let tmp = try CLI.tempDir()
    let r = try CLI.run(["check", "specs/migrate-vs-fork-prepend.yaml", "--json", "--trace-dir", tmp.path])
    #expect(r.status == 0, "stderr: \(r.stderr)")
    let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    let results = doc["results"] as! [[String: Any]]
    let stale = results.first { $0["property"] as? String == "no_stale_migration_entry" }!
    #expect(stale["verdict"] as? String == "violated")
    let file = try JSONDecoder().decode(TraceFile.self, from: JSONSerialization.data(withJSONObject: stale["trace"]!))
    let steps = file.trace.steps
    #expect(steps.count <= 30)
    // The walk passes the child (prepended: visited first) before fork copies
    // the entry into it, and the migration unlocks the folio at the end.
    let anonVmaFork = steps.firstIndex { $0.rule == "anon_vma_fork" }!
    let copy = steps.firstIndex { $0.rule == "copy_pte_range" }!
    let firstRemove = steps.firstIndex { $0.rule == "remove_migration_pte" }!
    #expect(anonVmaFork < firstRemove && firstRemove < copy)
    #expect(steps.last?.rule == "folio_unlock(src)")
    #expect(file.model().confirmViolation(file.trace) == nil)
    // The same counterexample was saved and replays through the CLI.
    let saved = tmp.appendingPathComponent("migrate-vs-fork-prepend/no_stale_migration_entry.json").path
    let replay = try CLI.run(["replay", saved])
    #expect(replay.status == 0, "\(replay.stderr)")
    #expect(replay.stdout.contains("the violation is reproduced"))
    #expect(replay.stdout.contains("copy_pte_range"))
  }

  /// Text output: the kernel-style table with one column per actor.
  @Test func textTableHasActorColumns() throws {
    let r = try CLI.run(["check", "specs/migrate-vs-fork-prepend.yaml", "--no-save"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("| migrate0"))
    #expect(r.stdout.contains("| fork0"))
    #expect(r.stdout.contains("VIOLATED: no_stale_migration_entry"))
    #expect(r.stdout.contains("pte[P1][0] = migration-read(F0)"))
    #expect(r.stdout.contains("rules that never fired"))
  }

  /// Exit 1 when a verdict is not the expected one.
  @Test func unexpectedVerdictExitsOne() throws {
    let tmp = try CLI.tempDir()
    let text = try String(contentsOf: CLI.root.appendingPathComponent("specs/migrate-vs-fork-append.yaml"), encoding: .utf8)
      .replacingOccurrences(of: "rmap_insert: append", with: "rmap_insert: prepend")
    let spec = tmp.appendingPathComponent("wrong.yaml")
    try text.write(to: spec, atomically: true, encoding: .utf8)
    let r = try CLI.run(["check", spec.path, "--no-save", "--traces", "unexpected"])
    #expect(r.status == 1)
    #expect(r.stdout.contains("UNEXPECTED"))
  }

  /// Exit 2 with file:line:column on a typo.
  @Test func typoExitsTwoWithLocation() throws {
    let tmp = try CLI.tempDir()
    let spec = tmp.appendingPathComponent("typo.yaml")
    try "name: t\nvariant: folio-6.1\nworld:\n  processes: 1\n  pagez: 1\nactors: []\nexpect: {}\n".write(to: spec, atomically: true, encoding: .utf8)
    let r = try CLI.run(["check", spec.path])
    #expect(r.status == 2)
    #expect(r.stderr.contains("typo.yaml:5:3: error: world: unknown key 'pagez'"))
    #expect(r.stderr.contains("did you mean 'pages'"))
  }

  @Test func badUsageExitsTwo() throws {
    #expect(try CLI.run(["check", "--max-states", "0"]).status == 2)
    #expect(try CLI.run(["check", "/nonexistent.yaml"]).status == 2)
    #expect(try CLI.run(["frobnicate"]).status != 0)
  }

  /// --max-states stops the search: verdicts that were not violated are unknown, never holds.
  @Test func limitsGiveUnknown() throws {
    let r = try CLI.run(["check", "specs/migrate-vs-fork-append.yaml", "--max-states", "10", "--json", "--no-save"])
    #expect(r.status == 1)
    let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    let verdicts = (doc["results"] as! [[String: Any]]).map { $0["verdict"] as! String }
    #expect(!verdicts.contains("holds"))
    #expect(verdicts.contains("unknown"))
  }

  @Test func replayRejectsATamperedTrace() throws {
    let tmp = try CLI.tempDir()
    _ = try CLI.run(["check", "specs/migrate-vs-fork-prepend.yaml", "--trace-dir", tmp.path, "--traces", "none"])
    let path = tmp.appendingPathComponent("migrate-vs-fork-prepend/no_stale_migration_entry.json")
    var file = try JSONDecoder().decode(TraceFile.self, from: Data(contentsOf: path))
    file.trace.steps.remove(at: 2)  // drop folio_trylock(src): later steps are no longer enabled
    let bad = tmp.appendingPathComponent("bad.json")
    try JSONEncoder().encode(file).write(to: bad)
    let r = try CLI.run(["replay", bad.path])
    #expect(r.status == 1)
    #expect(r.stderr.contains("does not replay"))
    try "{".write(to: bad, atomically: true, encoding: .utf8)
    #expect(try CLI.run(["replay", bad.path]).status == 2)
  }

  @Test func listShowsSpecsAndProperties() throws {
    let r = try CLI.run(["list", "--rules"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("folio-6.1"))
    #expect(r.stdout.contains("append_order"))
    #expect(r.stdout.contains("migrate-vs-fork-prepend"))
    #expect(r.stdout.contains("mm/rmap.c: try_to_migrate_one()"))
  }
}
