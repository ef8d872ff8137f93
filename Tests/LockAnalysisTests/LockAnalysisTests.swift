import Testing
import MigrationModel
import RuleKit
@testable import LockAnalysis

func fullConfig(inverted: Bool = false) -> ModelConfig {
  var c = ModelConfig()
  c.processes = 2
  c.knobs.invertedLockingForTest = inverted
  c.actors = [.migrate(process: 0, page: 0), .fork(parent: 0, child: 1), .fault(process: 1, page: 0, write: true),
              .fault(process: 0, page: 0, write: false), .exit(process: 1)]
  return c
}

@Suite struct LockAnalysisTests {
  @Test func folio61GraphFollowsTheKernelOrder() throws {
    let g = LockGraph(model: MigrationModel.build(fullConfig()))
    let pairs = Set(g.edges.map { "\($0.from) → \($0.to)" })
    // Migration: folio lock, then the anon_vma rwsem, then page-table locks.
    #expect(pairs.contains("PG_locked → &anon_vma->rwsem"))
    #expect(pairs.contains("&anon_vma->rwsem → ptlock_ptr(page)"))
    // Fork: mmap_lock (write), then the anon_vma rwsem and the PTLs.
    #expect(pairs.contains("&mm->mmap_lock → &anon_vma->rwsem"))
    #expect(pairs.contains("&mm->mmap_lock → ptlock_ptr(page)"))
    // Trylocks (folio_trylock(dst) under src's lock) and annotated nesting
    // (the child's mmap_lock, spin_lock_nested on the parent's PTL) add no self-edge.
    #expect(!pairs.contains { $0.hasPrefix("PG_locked → PG_locked") })
    #expect(g.selfDeadlocks.isEmpty)
    let report = try RankSolver.check(g, against: .linux61)
    #expect(report.consistent)
    let ranks = try #require(report.ranks)
    #expect(ranks["&mm->mmap_lock"]! < ranks["PG_locked"]!)
    #expect(ranks["PG_locked"]! < ranks["&anon_vma->rwsem"]!)
    #expect(ranks["&anon_vma->rwsem"]! < ranks["ptlock_ptr(page)"]!)
  }

  @Test func invertedAcquisitionIsCaughtAndNamed() throws {
    let report = try RankSolver.check(LockGraph(model: MigrationModel.build(fullConfig(inverted: true))), against: .linux61)
    #expect(!report.consistent)
    #expect(report.conflictEdges.contains { $0.from == "ptlock_ptr(page)" && $0.to == "&anon_vma->rwsem" && $0.rule == "copy_pte_range" })
    #expect(report.conflictRules.contains { $0.outer == "&anon_vma->rwsem" && $0.inner == "ptlock_ptr(page)" })
    // The rules alone close the cycle with the rmap walk's anon_vma->rwsem → PTL.
    #expect(Set(report.cycle.map(\.to)) == ["&anon_vma->rwsem", "ptlock_ptr(page)"])
    #expect(report.text.contains("WARNING: possible circular locking dependency detected"))
    #expect(report.text.contains("fork0 is trying to acquire lock:\n (&anon_vma->rwsem) at: copy_pte_range"))
    #expect(report.dot.contains("color=red"))
  }

  /// A same-class acquisition without a nesting annotation is recursive locking.
  @Test func unannotatedSameClassNestingIsReported() {
    enum PC: Int, ModelEnum { case a, b, done }
    let b = ModelBuilder(name: "recursive")
    let l = b.mutex("&lock", count: 2)
    let t = b.actor("t", title: "t", pcs: PC.self)
    t.step("lock 0", at: .a, kernel: "x()") { r in r.acquire(l[0]); r.goto(.b) }
    t.step("lock 1", at: .b, kernel: "y()") { r in r.acquire(l[1]); r.goto(.done) }
    let g = LockGraph(model: b.build())
    #expect(g.selfDeadlocks.map(\.rule) == ["lock 1"])
  }

  /// Every variant's rules (all its actor kinds, fixed setting) take locks in
  /// the order of its own era's mm/rmap.c comment.
  @Test(arguments: Variants.names)
  func everyVariantFollowsTheKernelOrder(variant: String) throws {
    let config = Variants.sample(variant)
    #expect(config.validate().isEmpty)
    let g = LockGraph(model: MigrationModel.build(config))
    let era = LockHierarchy.forVariant(variant)
    if variant == "folio-6.12" {
      // The one report the class-level analysis makes for 6.12: folio_lock(src)
      // reachable with another PG_locked held. Only the MIGRATE_SYNC
      // one-by-one stage sleeps there, with one folio on its list (the fix
      // fb3592c41a44 "migrate_pages: fix deadlock in batched migration";
      // before it a sync batch slept on folio B holding folio A). The
      // analysis is path-insensitive and cannot see that stage; the explicit
      // checker's deadlock_freedom covers the interleavings.
      #expect(g.selfDeadlocks.map(\.rule) == ["folio_lock(src)"])
      #expect(try RankSolver.check(g, against: era).ranks != nil)
    } else {
      #expect(g.selfDeadlocks.isEmpty)
      #expect(try RankSolver.check(g, against: era).consistent)
    }
  }
}
