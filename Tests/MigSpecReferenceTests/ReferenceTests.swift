import Foundation
import Testing
import MigrationModel
import RuleKit
@testable import MigSpecReference

func forkConfig(_ insert: RmapInsert) -> ModelConfig {
  var c = ModelConfig()
  c.processes = 2
  c.knobs.rmapInsert = insert
  c.knobs.migratePasses = 1
  c.actors = [.migrate(process: 0, page: 0), .fork(parent: 0, child: 1), .fault(process: 1, page: 0, write: false)]
  return c
}

@Suite struct ReferenceTests {
  @Test func eventsApplyAndUndo() throws {
    let ref = try Reference(config: forkConfig(.append))
    let first = ref.enabledEvents
    #expect(first.contains { $0.actor == "migrate0" && $0.name == "folio_isolate_lru" })
    let before = ref.observe()
    try ref.apply(Event(actor: "migrate0", name: "folio_isolate_lru"))
    let after = ref.observe()
    #expect(after.pages[0].refcount == before.pages[0].refcount + 1)
    #expect(!after.pages[0].flags.contains("lru") && before.pages[0].flags.contains("lru"))
    #expect(ref.undo())
    #expect(ref.observe() == before)
    #expect(!ref.undo())
  }

  @Test func aDisabledEventIsRefusedWithWhatIsEnabled() throws {
    let ref = try Reference(config: forkConfig(.append))
    #expect(throws: ReferenceError.self) { try ref.apply(Event(actor: "migrate0", name: "try_to_migrate")) }
    do { try ref.apply(Event(actor: "nobody", name: "x")) } catch { #expect(error.message.contains("enabled: ")) }
  }

  @Test func invalidConfigurationIsAnError() {
    var c = ModelConfig()
    c.actors = []
    #expect(throws: ReferenceError.self) { _ = try Reference(config: c) }
  }

  @Test func observationShowsEntriesAndLockHolders() throws {
    let ref = try Reference(config: forkConfig(.append))
    for name in ["folio_isolate_lru", "get_new_page", "folio_trylock(src)", "folio_get_anon_vma", "folio_get_anon_vma: still mapped", "folio_trylock(dst)", "try_to_migrate"] {
      try ref.apply(Event(actor: "migrate0", name: name))
    }
    try ref.apply(Event(actor: "migrate0", name: "try_to_migrate_one", args: ["page": 0]))
    let o = ref.observe()
    let pte = o.ptes.first { $0.process == 0 && $0.page == 0 }!
    #expect(pte.kind == "migration" && pte.target == "F0" && pte.entry == "write")
    #expect(o.locks.contains { $0.name == "PG_locked[F0]" && $0.holder == "migrate0" })
    #expect(o.locks.contains { $0.name == "&anon_vma->rwsem[av0]" && $0.readers == 1 })
    // Stable JSON round trip.
    let data = try JSONEncoder().encode(o)
    #expect(try JSONDecoder().decode(Observation.self, from: data) == o)
  }

  /// A long random schedule of the prepend race breaks a property; the
  /// shrunk trace is no longer than the shortest counterexample BFS finds
  /// plus a little, still replays and still breaks the same property.
  @Test func shrinkingKeepsTheViolation() throws {
    let ref = try Reference(config: forkConfig(.prepend))
    var rng = SplitMix64(seed: 1)
    var found: (Trace, String)? = nil
    for _ in 0..<20000 where found == nil {
      let enabled = ref.enabledEvents
      if enabled.isEmpty { ref.reset(); continue }
      let failures = try ref.apply(enabled[Int(rng.next() % UInt64(enabled.count))])
      // Other properties (append_order breaks as soon as fork prepends) are ignored here.
      if let f = failures.first(where: { $0.property == "no_stale_migration_entry" }) { found = (ref.trace(violation: f.violation), f.property) }
    }
    let (trace, property) = try #require(found)
    let shrunk = ref.shrink(trace, property: property)
    #expect(shrunk.steps.count <= trace.steps.count)
    #expect(shrunk.steps.count <= 24)  // BFS's shortest is 22
    #expect(ref.firstFailure(of: property, in: shrunk.steps)?.length == shrunk.steps.count)
    // 1-minimal: dropping any single step loses the replay or the violation.
    for i in shrunk.steps.indices {
      var fewer = shrunk.steps
      fewer.remove(at: i)
      #expect(ref.firstFailure(of: property, in: fewer) == nil)
    }
  }

  @Test func sameSeedSameSchedule() {
    var a = SplitMix64(seed: 42), b = SplitMix64(seed: 42), c = SplitMix64(seed: 43)
    let x = (0..<5).map { _ in a.next() }, y = (0..<5).map { _ in b.next() }, z = (0..<5).map { _ in c.next() }
    #expect(x == y && x != z)
  }
}
