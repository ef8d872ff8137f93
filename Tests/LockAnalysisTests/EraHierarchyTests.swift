import Testing
import MigrationModel
import RuleKit
@testable import LockAnalysis

/// Each variant is checked against its own era's documented lock order, and
/// the two variants whose steps took no declared lock now declare theirs.
@Suite struct EraHierarchyTests {
  /// The era each variant is compared with (`migspec locks --variant V`).
  @Test(arguments: [
    ("swapcache-2.6.16", "Linux 2.6.16"), ("swapless-2.6.17", "Linux 2.6.16"), ("migration-cache", "Linux 2.6.16"),
    ("anon-vma-chain-2.6.34", "Linux 2.6.34"), ("movable-4.8", "Linux 4.8"),
    ("folio-6.1", "Linux 6.1"), ("folio-6.12", "Linux 6.19"),
  ])
  func eachVariantIsComparedWithItsEra(variant: String, era: String) throws {
    #expect(Variants.names.contains(variant))
    let h = LockHierarchy.forVariant(variant)
    #expect(h.name == era)
    let report = try RankSolver.check(LockGraph(model: MigrationModel.build(Variants.sample(variant))), against: h)
    #expect(report.text.contains("compared with: \(era), "))
  }

  /// Every variant has an era, and every era is some variant's.
  @Test func everyEraIsUsed() {
    let used = Set(Variants.names.map { LockHierarchy.forVariant($0).name })
    #expect(used == Set(LockHierarchy.all.map(\.name)))
  }

  /// The hierarchies speak the model's class names: every name in a chain is
  /// a class some variant declares, except i_mmap_rwsem, which no rule takes
  /// yet (it stays in the chains to record where the comment puts it).
  @Test func hierarchyNamesAreModelClasses() {
    var classes = Set<String>()
    for v in Variants.names { classes.formUnion(MigrationModel.build(Variants.sample(v)).locks.map(\.name)) }
    for h in LockHierarchy.all {
      for name in h.allChains.joined() where name != "&mapping->i_mmap_rwsem" {
        #expect(classes.contains(name), "\(h.name): \(name) is no model class")
      }
    }
  }

  /// What the comments say, where the eras differ: in 2.6.x and 4.8
  /// zone->lru_lock and swap_lock are siblings under the PTL (unordered); in
  /// 6.1 lru_lock sits below i_pages, itself below swap_lock.
  @Test func erasDifferWhereTheCommentsDo() {
    let locks = ["ptlock_ptr(page)", "swap_lock", "&mapping->tree_lock", "lru_lock"]
    func pairs(_ h: LockHierarchy) -> Set<String> { Set(h.rules(for: locks).map { "\($0.outer) → \($0.inner)" }) }
    for old in [LockHierarchy.linux2616, .linux2634, .linux48] {
      #expect(pairs(old) == ["ptlock_ptr(page) → swap_lock", "swap_lock → &mapping->tree_lock", "ptlock_ptr(page) → lru_lock"])
    }
    for new in [LockHierarchy.linux61, .newest] {
      #expect(pairs(new) == ["ptlock_ptr(page) → swap_lock", "swap_lock → &mapping->tree_lock", "&mapping->tree_lock → lru_lock"])
    }
    // The balloon's pages_lock is placed (below PG_locked) only in 4.8, by its code, not by rmap.c.
    #expect(LockHierarchy.linux48.rules(for: ["PG_locked", "&b_dev_info->pages_lock"]).map { "\($0.outer) → \($0.inner)" } == ["PG_locked → &b_dev_info->pages_lock"])
    #expect(LockHierarchy.linux48.chains.allSatisfy { !$0.contains("&b_dev_info->pages_lock") })
  }

  /// The same dependency is checked against the era: swap_lock taken inside
  /// lru_lock agrees with 2.6.16 (siblings) and breaks 6.1's order.
  @Test func oneDependencyTwoEras() throws {
    enum PC: Int, ModelEnum { case a, done }
    let b = ModelBuilder(name: "swap-in-lru")
    let swap = b.mutex("swap_lock", count: 1)
    let lru = b.mutex("lru_lock", count: 1)
    _ = b.rwsem("&mapping->tree_lock", count: 1)
    let t = b.actor("t", title: "t", pcs: PC.self)
    t.step("lru then swap", at: .a, kernel: "x()") { r in r.within(lru[0]); r.within(swap[0]); r.goto(.done) }
    let g = LockGraph(model: b.build())
    #expect(try RankSolver.check(g, against: .linux2616).consistent)
    let r61 = try RankSolver.check(g, against: .linux61)
    #expect(!r61.consistent)
    #expect(r61.conflictEdges.map(\.rule) == ["lru then swap"])
    #expect(r61.text.contains("WARNING: possible circular locking dependency detected"))
    #expect(r61.text.contains("compared with: Linux 6.1"))
  }

  /// swapcache-2.6.16 (was: zero edges): shmem_writepage under the page
  /// lock, migrate_page_remove_references' tree_lock, shmem_getpage's lookups.
  @Test func swapcache2616TakesItsLocksInTheEraOrder() throws {
    let g = LockGraph(model: MigrationModel.build(Variants.sample("swapcache-2.6.16")))
    let pairs = Set(g.edges.map { "\($0.from) → \($0.to)" })
    #expect(pairs == [
      "PG_locked → &info->lock", "PG_locked → swap_lock", "PG_locked → &mapping->tree_lock",
      "&info->lock → swap_lock", "&info->lock → &mapping->tree_lock", "swap_lock → &mapping->tree_lock",
    ])
    #expect(g.selfDeadlocks.isEmpty)  // newpage's lock is annotated as nested
    let report = try RankSolver.check(g, against: .linux2616)
    #expect(report.consistent)
    let ranks = try #require(report.ranks)
    #expect(ranks["PG_locked"]! < ranks["swap_lock"]! && ranks["swap_lock"]! < ranks["&mapping->tree_lock"]!)
    // The documented rules it was held to include the era's swap_lock → tree_lock.
    #expect(LockHierarchy.linux2616.rules(for: g.classes).contains { $0.outer == "swap_lock" && $0.inner == "&mapping->tree_lock" })
    // Without pageout (shmem_migratepage), the tree_lock still comes from
    // migrate_page_remove_references, under both page locks.
    let m = MigrationModel.build(Variants.sample("swapcache-2.6.16"))
    #expect(m.rules.first { $0.name == "migrate_page_remove_references" }!.locks.map(\.lockClass) == ["&mapping->tree_lock"])
    #expect(m.rules.first { $0.name == "lookup_swap_cache" }!.locks.map(\.lockClass) == ["&info->lock", "&mapping->tree_lock"])
  }

  /// movable-4.8 (was: zero edges): the driver callbacks take pages_lock
  /// inside the page lock; the driver's trylock_page inside pages_lock adds
  /// no dependency, so there is no cycle.
  @Test func movable48TakesItsLocksInTheEraOrder() throws {
    let g = LockGraph(model: MigrationModel.build(Variants.sample("movable-4.8")))
    #expect(g.edges.map { "\($0.from) → \($0.to)" } == ["PG_locked → &b_dev_info->pages_lock"])
    let report = try RankSolver.check(g, against: .linux48)
    #expect(report.consistent)
    #expect(report.conflictRules.isEmpty)
    let m = MigrationModel.build(Variants.sample("movable-4.8"))
    let takers = Set(m.rules.filter { $0.locks.contains { $0.lockClass == "&b_dev_info->pages_lock" } }.map(\.name))
    #expect(takers == ["a_ops->isolate_page", "a_ops->migratepage", "putback_movable_page", "lock_page"])
    #expect(m.rules.first { $0.name == "lock_page" && $0.locks.contains { $0.lockClass == "&b_dev_info->pages_lock" } }!
      .locks.first { $0.lockClass == "PG_locked" }!.isTry)
  }

  /// The era locks are only ever taken and dropped inside one step: no rule
  /// holds one across steps, so their guards ("the lock is free") always
  /// hold and declaring them cannot change a state space or a verdict.
  @Test(arguments: ["swapcache-2.6.16", "movable-4.8"])
  func eraLocksAreTakenWithinOneStep(variant: String) {
    let m = MigrationModel.build(Variants.sample(variant))
    let old: Set<String> = ["&mm->mmap_lock", "&anon_vma->rwsem", "ptlock_ptr(page)", "PG_locked"]
    let ops = m.rules.flatMap(\.locks).filter { !old.contains($0.lockClass) }
    #expect(!ops.isEmpty)
    #expect(ops.allSatisfy { $0.action == .within })
  }

  /// Other variants get no era lock classes (their observations are
  /// unchanged), except the swap cache's xa_lock of the folio variants,
  /// which only a configuration with a `reclaim` actor declares.
  @Test func otherVariantsDeclareNoEraLocks() {
    let base = ["&mm->mmap_lock", "&anon_vma->rwsem", "ptlock_ptr(page)", "PG_locked"]
    for v in ["swapless-2.6.17", "anon-vma-chain-2.6.34", "migration-cache"] {
      #expect(MigrationModel.build(Variants.sample(v)).locks.map(\.name) == base)
    }
    for v in ["folio-6.1", "folio-6.12"] {
      var c = Variants.sample(v)
      #expect(MigrationModel.build(c).locks.map(\.name) == base + ["&mapping->tree_lock"])
      c.actors.removeAll { $0.kind == "reclaim" }
      #expect(MigrationModel.build(c).locks.map(\.name) == base)
    }
  }
}
