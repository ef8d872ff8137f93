import Foundation
import Testing

/// `migspec run`, `show` and `replay --states` on specs/ and proofs/.
@Suite struct ReferenceCommandTests {
  static let cex = "proofs/counterexamples/migrate-vs-fork-prepend/waiter_sees_locked_page.json"

  @Test func sameSeedSameRun() throws {
    let a = try CLI.run(["run", "specs/migrate-vs-fork-append.yaml", "--seed", "11", "--steps", "400", "--no-save"])
    let b = try CLI.run(["run", "specs/migrate-vs-fork-append.yaml", "--seed", "11", "--steps", "400", "--no-save"])
    let c = try CLI.run(["run", "specs/migrate-vs-fork-append.yaml", "--seed", "12", "--steps", "400", "--no-save"])
    #expect(a.status == 0 && a.stdout == b.stdout)
    #expect(a.stdout != c.stdout)
    #expect(a.stdout.hasPrefix("seed 11: "))
    #expect(a.stdout.contains("no property broke in 400 events"))
  }

  @Test func runFindsShrinksAndSavesTheRace() throws {
    let tmp = try CLI.tempDir()
    var found = false
    for seed in 1...20 where !found {
      let r = try CLI.run(["run", "specs/migrate-vs-fork-prepend.yaml", "--seed", String(seed), "--steps", "3000", "--trace-dir", tmp.path, "--quiet"])
      #expect(r.status == 0, "a violation the spec expects is not a failure: \(r.stderr)")
      guard r.stdout.contains("VIOLATED"), r.stdout.contains("shrunk from") else { continue }
      found = true
      let saved = r.stdout.split(separator: "\n").filter { $0.hasPrefix("saved: ") }.map { String($0.dropFirst(7)) }
      #expect(saved.count == 2)
      for path in saved { #expect(try CLI.run(["replay", path]).status == 0, "\(path)") }
    }
    #expect(found)
  }

  @Test func unexpectedViolationExitsOne() throws {
    // The prepend race in a spec that expects every property to hold.
    let tmp = try CLI.tempDir()
    let text = try String(contentsOf: CLI.root.appendingPathComponent("specs/migrate-vs-fork-append.yaml"), encoding: .utf8)
      .replacingOccurrences(of: "rmap_insert: append", with: "rmap_insert: prepend")
    let spec = tmp.appendingPathComponent("s.yaml")
    try text.write(to: spec, atomically: true, encoding: .utf8)
    var statuses: Set<Int32> = []
    for seed in 1...10 { statuses.insert(try CLI.run(["run", spec.path, "--seed", String(seed), "--steps", "3000", "--no-save", "--quiet"]).status) }
    #expect(statuses.contains(1))
  }

  @Test func showFormats() throws {
    let tmp = try CLI.tempDir()
    let text = try CLI.run(["show", Self.cex])
    #expect(text.status == 0 && text.stdout.contains("| fault0") && text.stdout.contains("VIOLATED: waiter_sees_locked_page"))

    let json = try CLI.run(["show", Self.cex, "--format", "json"])
    let doc = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
    let steps = doc["steps"] as! [[String: Any]]
    #expect(doc["format"] as? String == "migspec-show" && steps.count == 28)
    let last = (steps.last!["state"] as! [String: Any])["ptes"] as! [[String: Any]]
    #expect(last.contains { $0["kind"] as? String == "migration" && $0["target"] as? String == "F0" })

    let dot = try CLI.run(["show", Self.cex, "--format", "dot"])
    #expect(dot.stdout.hasPrefix("digraph trace {") && dot.stdout.contains("violation [") && dot.stdout.contains("rank=same"))

    let html = tmp.appendingPathComponent("t.html")
    #expect(try CLI.run(["show", Self.cex, "--format", "html", "-o", html.path]).status == 0)
    let page = try String(contentsOf: html, encoding: .utf8)
    #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("application/json") && !page.contains("src=\"http"))

    let itf = try CLI.run(["show", Self.cex, "--format", "itf"])
    let t = try JSONSerialization.jsonObject(with: Data(itf.stdout.utf8)) as! [String: Any]
    #expect((t["#meta"] as! [String: Any])["format"] as? String == "ITF")
    let states = t["states"] as! [[String: Any]]
    #expect(states.count == 29 && states[1]["mbt::actionTaken"] as? String == "folio_isolate_lru")
    #expect((states[0]["folio.refcount"] as! [[String: String]])[0]["#bigint"] == "1")

    let svg = try CLI.run(["show", Self.cex, "--format", "svg"])
    if FileManager.default.isExecutableFile(atPath: "/usr/bin/dot") {
      #expect(svg.status == 0 && svg.stdout.contains("<svg"))
    } else {
      #expect(svg.status == 2 && svg.stderr.contains("Graphviz"))
    }
  }

  @Test func showAndReplayNameTheStepThatDoesNotReplay() throws {
    let tmp = try CLI.tempDir()
    var text = try String(contentsOf: CLI.root.appendingPathComponent(Self.cex), encoding: .utf8)
    text = text.replacingOccurrences(of: "\"rule\" : \"try_to_migrate\"", with: "\"rule\" : \"try_to_migrate_twice\"")
    let bad = tmp.appendingPathComponent("bad.json")
    try text.write(to: bad, atomically: true, encoding: .utf8)
    let r = try CLI.run(["show", bad.path, "--format", "json"])
    #expect(r.status == 1 && r.stderr.contains("step 7"))
    let garbage = tmp.appendingPathComponent("garbage.json")
    try "{ not json".write(to: garbage, atomically: true, encoding: .utf8)
    #expect(try CLI.run(["show", garbage.path]).status == 2)
  }

  @Test func replayPrintsEveryState() throws {
    let r = try CLI.run(["replay", Self.cex, "--states"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("state 0 (initial):") && r.stdout.contains("state 28 after fault0: migration_entry_wait:"))
  }
}
