import Foundation
import Testing
import ExplicitChecker
import MigrationModel
import RuleKit
import SpecFormat

/// Per-CPU LRU batches (`lru_batch`): the reference and the missing PG_lru
/// that make isolation and the refcount check fail until a drain.
@Suite struct LruBatchTests {
  @Test func batchedFolioIsNotIsolatedUntilDrained() throws {
    let (m, r) = try SpecRun.run("folio-6.1-lru-batch")
    #expect(r.properties.allSatisfy { $0.verdict == .holds })
    #expect(SpecRun.fired(m, r, "folio_isolate_lru → -EBUSY") > 0)
    #expect(SpecRun.fired(m, r, "lru_add_drain") > 0)
    // Without batches the folio is always on the LRU.
    let (m2, r2) = try SpecRun.run("folio-6.1-lru-batch") { $0.knobs.lruBatch = false; $0.actors.removeAll { $0 == .lruDrain } }
    #expect(SpecRun.fired(m2, r2, "folio_isolate_lru → -EBUSY") == 0)
  }

  @Test func batchReferenceFailsTheRefcountCheck() throws {
    let (m, r) = try SpecRun.run("folio-6.1-lru-batch-cow")
    #expect(r.properties.allSatisfy { $0.verdict == .holds })
    #expect(SpecRun.fired(m, r, "folio_migrate_mapping → -EAGAIN") > 0)
    // Removing the refcount check lets the migration move a folio whose
    // batch reference it does not account for: still safe (the batch only
    // holds a reference), but the COW's reference is then missed too.
    let (_, noCheck) = try SpecRun.run("folio-6.1-lru-batch-cow") { $0.knobs.refcountCheck = false }
    #expect(noCheck.result(for: "refcount_safety")?.verdict != .unknown)
  }

  @Test func drainNeedsTheKnob() {
    var c = ModelConfig()
    c.actors = [.lruDrain]
    #expect(c.validate().contains { $0.message.contains("lru_batch: true") })
    c.knobs.lruBatch = true
    #expect(c.validate().isEmpty)
  }
}
