import Foundation
import Testing
import MigrationModel

/// `migspec prove` and `migspec locks` as a user runs them.
@Suite(.serialized) struct ProveAndLocksTests {
  /// Z3 finds the prepend race at the explicit engine's depth, and the
  /// decoded counterexample replays through `migspec replay`.
  @Test func provePrependGivesAReplayableCounterexample() throws {
    let tmp = try CLI.tempDir()
    let spec = tmp.appendingPathComponent("prepend.yaml")
    // Only the stale-entry property, to keep the run short.
    let text = try String(contentsOf: CLI.root.appendingPathComponent("specs/migrate-vs-fork-prepend.yaml"), encoding: .utf8)
    let head = text.components(separatedBy: "expect:")[0]
    try (head + "expect:\n  no_stale_migration_entry: violated\n").write(to: spec, atomically: true, encoding: .utf8)
    let r = try CLI.run(["prove", spec.path, "--depth", "24", "--json", "--trace-dir", tmp.path, "--no-induction"])
    #expect(r.status == 0, "\(r.stderr)")
    let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    let rec = (doc["results"] as! [[String: Any]])[0]
    #expect(rec["verdict"] as? String == "violated")
    #expect(rec["engine"] as? String == "z3-bmc")
    #expect((rec["bound"] as! [String: Any])["description"] as? String == "violated after 24 steps")
    let saved = try #require(rec["traceFile"] as? String)
    let replay = try CLI.run(["replay", saved])
    #expect(replay.status == 0, "\(replay.stderr)")
    #expect(replay.stdout.contains("the violation is reproduced"))
  }

  /// A bounded result is not a "holds": it prints as holds-to-depth K, is
  /// "bounded" in JSON, and meets `expect: holds` only with --accept-bounded.
  @Test func proveAppendHoldsToTheDepth() throws {
    let r = try CLI.run(["prove", "specs/migrate-vs-fork-append.yaml", "--depth", "6", "--no-save", "--no-induction"])
    #expect(r.status == 1, "\(r.stderr)")
    #expect(r.stdout.contains("holds-to-depth 6"))
    #expect(r.stdout.contains("BOUNDED (unknown beyond depth 6"))
    #expect(!r.stdout.contains(" holds     expected holds     ok"))
    let a = try CLI.run(["prove", "specs/migrate-vs-fork-append.yaml", "--depth", "6", "--no-save", "--no-induction", "--accept-bounded"])
    #expect(a.status == 0, "\(a.stderr)")
    let n = InterruptTests.properties("specs/migrate-vs-fork-append.yaml")
    #expect(a.stdout.contains("\(n)/\(n) verdicts as expected"))
    let j = try CLI.run(["prove", "specs/migrate-vs-fork-append.yaml", "--depth", "4", "--no-save", "--no-induction", "--json", "--accept-bounded"])
    let doc = try JSONSerialization.jsonObject(with: Data(j.stdout.utf8)) as? [String: Any]
    let verdicts = Set(((doc?["results"] as? [[String: Any]]) ?? []).compactMap { $0["verdict"] as? String })
    #expect(verdicts == ["bounded"])
  }

  @Test func locksOnFolio61IsConsistent() throws {
    let tmp = try CLI.tempDir()
    let dot = tmp.appendingPathComponent("locks.dot")
    let r = try CLI.run(["locks", "--dot", dot.path])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("consistent"))
    #expect(try String(contentsOf: dot, encoding: .utf8).hasPrefix("digraph locks"))
    let j = try CLI.run(["locks", "--json"])
    let doc = try JSONSerialization.jsonObject(with: Data(j.stdout.utf8)) as! [String: Any]
    #expect(doc["consistent"] as? Bool == true)
  }

  @Test func locksCatchesTheInvertedTestVariant() throws {
    let tmp = try CLI.tempDir()
    let spec = tmp.appendingPathComponent("inverted.yaml")
    let text = try String(contentsOf: CLI.root.appendingPathComponent("specs/migrate-vs-fork-append.yaml"), encoding: .utf8)
      .replacingOccurrences(of: "  rmap_insert: append", with: "  rmap_insert: append\n  inverted_locking_for_test: true")
    try text.write(to: spec, atomically: true, encoding: .utf8)
    let r = try CLI.run(["locks", "--spec", spec.path])
    #expect(r.status == 1)
    #expect(r.stdout.contains("WARNING: possible circular locking dependency detected"))
    #expect(r.stdout.contains("(&anon_vma->rwsem) at: copy_pte_range"))
    #expect(r.stdout.contains("but task is already holding lock:\n (ptlock_ptr(page))"))
  }

  @Test func badProveUsage() throws {
    #expect(try CLI.run(["prove", "--depth", "-1"]).status == 2)
    #expect(try CLI.run(["locks", "--variant", "folio-9"]).status == 2)
  }
}
