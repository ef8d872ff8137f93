import Foundation
import Testing
import ExplicitChecker
import MigrationModel
import RuleKit
import SpecFormat

/// PTE-mapped large folios (`world.order`): frames, heads, per-page state.
@Suite struct LargeFolioTests {
  /// One try_to_migrate_one step converts both PTEs of an order-1 folio, and
  /// the restore maps page i of the destination where page i was.
  @Test func everyPageIsUnmappedAndRestored() throws {
    let (m, r) = try SpecRun.run("folio-6.1-large-vs-faults")
    #expect(r.properties.allSatisfy { $0.verdict == .holds })
    let perPage = { (page: Int) in
      r.coverage.filter { m.rules[$0.rule].name == "try_to_migrate_one" && m.rules[$0.rule].args.map(\.value) == [page] }.map(\.fired).reduce(0, +)
    }
    #expect(perPage(0) > 0)
    #expect(perPage(1) == 0)  // one step per VMA, at the folio's first page
    #expect(SpecRun.fired(m, r, "folio_put(dst)") > 0)
  }

  /// The same fork race as order 0: prepend breaks, append holds.
  @Test func forkRaceWithALargeFolio() throws {
    let (_, good) = try SpecRun.run("folio-6.1-large-vs-fork")
    #expect(good.properties.allSatisfy { $0.verdict == .holds })
    let (_, bad) = try SpecRun.run("folio-6.1-large-vs-fork-prepend")
    #expect(bad.result(for: "migration_restored")?.verdict == .violated)
    #expect(bad.result(for: "no_stale_migration_entry")?.verdict == .violated)
  }

  /// Order 2: four pages, four entries in one step.
  @Test func orderTwo() throws {
    let (m, r) = try SpecRun.run("folio-6.1-order2-vs-loads")
    #expect(r.properties.allSatisfy { $0.verdict == .holds })
    #expect(m.layout.vars.first { $0.name == "folio.data" }?.dims == [8])
  }

  /// Frames: the initial folio's head holds refcount = mapped pages; tails
  /// hold none; a reference on a tail's folio is a reference on its head.
  @Test func headAndTailsOnHandMadeStates() {
    var c = ModelConfig()
    c.pages = 2
    c.order = 1
    c.mapped = [0, 1]
    c.actors = [.migrate(process: 0, page: 0), .fault(process: 0, page: 1, write: false)]
    #expect(c.validate().isEmpty)
    let model = MigrationModel.build(c)
    var s = model.initial
    func slot(_ name: String, _ idx: [Int]) -> Int { model.layout.vars.first { $0.name == name }!.slot(idx) }
    let holds = { (id: PropertyID, s: [UInt8]) in model.property(id.rawValue)!.invariant!.evaluate(model.layout, s) != 0 }
    #expect(s[slot("folio.refcount", [0])] == 2 && s[slot("folio.refcount", [1])] == 0)
    #expect(holds(.refcountSafety, s) && holds(.mappingConsistency, s) && holds(.anonExclusive, s))
    s[slot("folio.mapcount", [1])] = 0  // page 1 still mapped by its PTE
    #expect(!holds(.refcountSafety, s))
    s[slot("folio.mapcount", [1])] = 1
    s[slot("pte", [0, 1])] = UInt8(PTEKind.migrationWrite.rawValue)
    s[slot("folio.mapcount", [1])] = 0
    s[slot("folio.refcount", [0])] = 1
    #expect(!holds(.noStaleMigrationEntry, s))  // the entry names F1, whose folio F0 is unlocked
    s[slot("PG_locked", [0])] = 1  // locking the head locks the folio
    #expect(holds(.noStaleMigrationEntry, s))
    #expect(holds(.refcountSafety, s))
  }

  /// Bad configurations are errors, not models.
  @Test func validation() {
    var c = ModelConfig()
    c.order = 1
    c.pages = 2
    c.mapped = [1, 0]
    c.actors = [.fault(process: 0, page: 0, write: false)]
    #expect(c.validate().contains { $0.message.contains("aligned") })
    c.mapped = [0, 1]
    c.actors = [.reclaim(page: 0)]
    #expect(c.validate().contains { $0.message.contains("reclaim of a large folio") })
    c.variant = "swapless-2.6.17"
    c.actors = [.fault(process: 0, page: 0, write: false)]
    #expect(c.validate().contains { $0.message.contains("folio-6.1 and folio-6.12 only") })
  }
}

/// PMD-mapped THPs (`world.pmd_mapped`).
@Suite struct ThpTests {
  @Test func pmdMigrationEntries() throws {
    let (m, r) = try SpecRun.run("folio-6.1-thp-vs-faults")
    #expect(r.properties.allSatisfy { $0.verdict == .holds })
    for rule in ["set_pmd_migration_entry", "remove_migration_pmd", "pmd_migration_entry_wait"] {
      #expect(SpecRun.fired(m, r, rule) > 0, "\(rule)")
    }
    #expect(SpecRun.fired(m, r, "try_to_migrate_one") == 0)  // no PTE maps the folio
  }

  @Test func forkSplitAndRace() throws {
    let (m, r) = try SpecRun.run("folio-6.1-thp-vs-fork")
    #expect(r.properties.allSatisfy { $0.verdict == .holds })
    for rule in ["copy_huge_pmd", "do_huge_pmd_wp_page → __split_huge_pmd", "set_pmd_migration_entry", "try_to_migrate_one"] {
      #expect(SpecRun.fired(m, r, rule) > 0, "\(rule)")
    }
    let (_, bad) = try SpecRun.run("folio-6.1-thp-vs-fork-prepend")
    #expect(bad.result(for: "migration_restored")?.verdict == .violated)
  }

  @Test func reuseAndSplitMeanwhile() throws {
    let (m, r) = try SpecRun.run("folio-6.1-thp-exit-reuse")
    #expect(r.properties.allSatisfy { $0.verdict == .holds })
    #expect(SpecRun.fired(m, r, "do_huge_pmd_wp_page: reuse") > 0)
    #expect(SpecRun.fired(m, r, "zap_huge_pmd") > 0)
    let (m2, r2) = try SpecRun.run("folio-6.1-thp-cow-threads")
    #expect(r2.properties.allSatisfy { $0.verdict == .holds })
    #expect(SpecRun.fired(m2, r2, "huge pmd split meanwhile → handle_pte_fault") > 0)
  }

  @Test func pmdMappedValidation() {
    var c = ModelConfig()
    c.pmdMapped = true
    c.actors = [.fault(process: 0, page: 0, write: false)]
    #expect(c.validate().contains { $0.message.contains("large folio") })
    c.order = 1
    c.pages = 2
    c.mapped = [0]
    #expect(c.validate().contains { $0.field == "pmd_mapped" || $0.field == "mapped" })
    c.mapped = [0, 1]
    #expect(c.validate().isEmpty)
  }
}
