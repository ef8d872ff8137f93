import Foundation
import Testing

/// `migspec crosscheck` as a user runs it: the explicit engine and Z3 BMC
/// compared on small specs.
@Suite(.serialized) struct CrosscheckCommandTests {
  /// Small specs whose explicit diameter BMC reaches in seconds (one with an
  /// assertion counterexample: 6 steps in both engines, BMC's depth 5), plus
  /// one compared to the depth a short budget allows: every property agrees,
  /// exit 0, and the JSON says how far each comparison goes.
  @Test func smallSpecsAgree() throws {
    let r = try CLI.run(["crosscheck", "specs/gup-vs-fork-get.yaml", "specs/swapcache-2.6.16-shmem-migratepage.yaml",
                         "specs/movable-4.8-unlocked-isolate.yaml", "specs/swapcache-2.6.16-buggy.yaml",
                         "specs/migrate-vs-fork-prepend.yaml", "--budget", "6", "--json"])
    #expect(r.status == 0, "stderr: \(r.stderr)\nstdout: \(r.stdout.prefix(2000))")
    let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    #expect(doc["format"] as? String == "migspec-crosscheck")
    #expect(doc["allAgree"] as? Bool == true)
    let results = try #require(doc["results"] as? [[String: Any]])
    #expect(Set(results.map { $0["spec"] as? String ?? "" }).count == 5)
    #expect(results.allSatisfy { ["agree", "agree-to-depth"].contains($0["agreement"] as? String ?? "") })
    let isolate = try #require(results.first { $0["spec"] as? String == "movable-4.8-unlocked-isolate" && $0["property"] as? String == "movable_page_protocol" })
    #expect(isolate["agreement"] as? String == "agree")
    #expect((isolate["explicit"] as? [String: Any])?["steps"] as? Int == 6)
    #expect((isolate["z3"] as? [String: Any])?["steps"] as? Int == 6)
    let specs = try #require(doc["specs"] as? [[String: Any]])
    for name in ["gup-vs-fork-get", "swapcache-2.6.16-shmem-migratepage", "movable-4.8-unlocked-isolate"] {
      let s = try #require(specs.first { $0["spec"] as? String == name })
      #expect(s["reachedDepth"] as? Int == s["diameter"] as? Int, "\(name): BMC to the diameter")
      #expect(results.filter { $0["spec"] as? String == name }.allSatisfy { $0["agreement"] as? String == "agree" })
    }
    // The prepend spec's diameter (30) is beyond 6 s of BMC: agreement to the depth reached, said so.
    let prepend = try #require(specs.first { $0["spec"] as? String == "migrate-vs-fork-prepend" })
    #expect((prepend["reachedDepth"] as? Int ?? 99) < 30)
    #expect(prepend["bmcStoppedBy"] as? String == "time budget")
    let shallow = results.filter { $0["spec"] as? String == "migrate-vs-fork-prepend" && $0["agreement"] as? String == "agree-to-depth" }
    #expect(!shallow.isEmpty)
    #expect(shallow.allSatisfy { $0["depth"] as? Int == prepend["reachedDepth"] as? Int })
  }

  /// The text table: one row per property with both engines and the agreement.
  @Test func textTable() throws {
    let r = try CLI.run(["crosscheck", "specs/movable-4.8-unlocked-isolate.yaml"])
    #expect(r.status == 0, "stderr: \(r.stderr)")
    #expect(r.stdout.contains("movable-4.8-unlocked-isolate       movable_page_protocol      violated (6 steps)     violated (6 steps)     agree"))
    #expect(r.stdout.contains("Z3 BMC to depth 15 (the diameter)"))
    #expect(r.stdout.contains("3/3 properties agree across 1 spec(s) (3 fully, 0 to a depth)"))
  }

  @Test func badInput() throws {
    #expect(try CLI.run(["crosscheck", "specs/no-such-spec.yaml"]).status == 2)
    #expect(try CLI.run(["crosscheck", "--budget", "0"]).status == 2)
    #expect(try CLI.run(["crosscheck", "--max-depth", "-1"]).status == 2)
  }
}
