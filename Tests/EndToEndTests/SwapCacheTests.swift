import Foundation
import Testing
import ExplicitChecker
import MigrationModel
import RuleKit
import SpecFormat

/// The swap cache of folio-6.1/6.12 (a `reclaim` actor): the paths it makes
/// reachable, the protections it needs, and `check --coverage` over specs/.
@Suite struct SwapCacheTests {
  /// Reclaim holding the folio lock makes the migrator's trylock fail, and
  /// from pass 3 (force) sleep in folio_lock: paths no spec reached before.
  @Test func forcedPassesSleepInFolioLock() throws {
    let (m, r) = try SpecRun.run("folio-6.1-forced-passes")
    #expect(r.properties.allSatisfy { $0.verdict == .holds })
    for rule in ["folio_trylock(src) → -EAGAIN", "folio_trylock(src) failed: sleep", "folio_lock(src)", "put_page(newpage) → retry"] {
      #expect(SpecRun.fired(m, r, rule) > 0, "\(rule) never fired")
    }
    // With 2 passes the forced pass is never reached.
    let (m2, r2) = try SpecRun.run("folio-6.1-forced-passes") { $0.knobs.migratePasses = 2 }
    #expect(SpecRun.fired(m2, r2, "folio_lock(src)") == 0)
  }

  /// A swap-cache folio migrates with its xarray entry and reference; the
  /// dirty bit must follow, else a second reclaim frees unwritten data.
  @Test func dirtyBitFollowsTheData() throws {
    let (m, r) = try SpecRun.run("folio-6.1-reclaim-twice")
    #expect(r.properties.allSatisfy { $0.verdict == .holds })
    #expect(SpecRun.fired(m, r, "__remove_mapping") > 0)
    #expect(SpecRun.fired(m, r, "swap_cache_get_folio") > 0)
    let (_, bad) = try SpecRun.run("folio-6.1-reclaim-twice") { $0.knobs.migrateDirty = false }
    #expect(bad.result(for: "no_lost_write")?.verdict == .violated)
    let (_, noMark) = try SpecRun.run("folio-6.1-reclaim-twice") { $0.knobs.unmapMarkDirty = false }
    #expect(noMark.result(for: "no_lost_write")?.verdict == .violated)
  }

  /// Reclaim's deferred TLB flush must happen before pageout when a dirty
  /// PTE was cleared (try_to_unmap_flush_dirty).
  @Test func flushDirtyBeforePageout() throws {
    let (_, r) = try SpecRun.run("folio-6.1-reclaim-vs-migrate")
    #expect(r.properties.allSatisfy { $0.verdict == .holds })
    let (_, bad) = try SpecRun.run("folio-6.1-reclaim-vs-migrate") { $0.knobs.reclaimFlushDirty = false }
    #expect(bad.result(for: "no_lost_write")?.verdict == .violated)
    // Without TLBs there is no stale entry to store through.
    let (_, noTLB) = try SpecRun.run("folio-6.1-reclaim-vs-migrate") { $0.knobs.reclaimFlushDirty = false; $0.knobs.tlb = false }
    #expect(noTLB.result(for: "no_lost_write")?.verdict == .holds)
  }

  /// Fork shares a swap entry (swap_duplicate, exclusive bit cleared); the
  /// parent's write then maps read-only and breaks COW.
  @Test func forkSharesSwapEntries() throws {
    let (m, r) = try SpecRun.run("folio-6.1-swap-fork")
    #expect(r.properties.allSatisfy { $0.verdict == .holds })
    #expect(SpecRun.fired(m, r, "do_swap_page: map, then do_wp_page") > 0)
    #expect(SpecRun.fired(m, r, "add_to_swap: no slot → activate_locked") > 0)
  }

  /// Every rule of every spec in specs/ fires in some spec, except the ones
  /// the README lists with their reasons.
  @Test func coverageOverSpecsMatchesTheReadme() throws {
    let r = try CLI.run(["check", "specs", "--coverage", "--traces", "none", "--no-save"])
    #expect(r.status == 0)
    let line = r.stdout.split(separator: "\n").first { $0.hasPrefix("rules that fired in none of these specs:") }
    let never = line.map { $0.dropFirst("rules that fired in none of these specs:".count).split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) } } ?? []
    let readme = try String(contentsOf: CLI.root.appendingPathComponent("README.md"), encoding: .utf8)
    let section = readme.components(separatedBy: "<!-- coverage-exceptions:begin -->").last?.components(separatedBy: "<!-- coverage-exceptions:end -->").first ?? ""
    for rule in never {
      #expect(section.contains("`\(rule)`"), "\(rule) never fires and is not a README exception")
    }
    #expect(!never.isEmpty || section.isEmpty)
  }
}

/// swap_consistency on hand-made states.
@Suite struct SwapConsistencyTests {
  static func config() -> ModelConfig {
    var c = ModelConfig()
    c.actors = [.reclaim(page: 0), .fault(process: 0, page: 0, write: false)]
    return c
  }
  @Test func swapMapCountsSwapEntries() {
    let model = MigrationModel.build(Self.config())
    var s = model.initial
    func slot(_ name: String, _ idx: [Int]) -> Int { model.layout.vars.first { $0.name == name }!.slot(idx) }
    let holds = { (s: [UInt8]) in model.property("swap_consistency")!.invariant!.evaluate(model.layout, s) != 0 }
    #expect(holds(s))
    s[slot("pte", [0, 0])] = UInt8(PTEKind.swapExclusive.rawValue)
    s[slot("pte.folio", [0, 0])] = 0
    #expect(!holds(s))  // a swap entry swap_map does not count
    s[slot("swap_map", [0])] = 1
    #expect(holds(s))
    s[slot("swap_cache", [0])] = 0  // F0 in the cache without PG_swapcache
    #expect(!holds(s))
    s[slot("PG_swapcache", [0])] = 1
    #expect(holds(s))
    s[slot("swap_cache", [0])] = UInt8(model.layout.vars.first { $0.name == "folio.used" }!.dims[0])  // noFolio
    #expect(!holds(s))  // PG_swapcache but not the slot's entry, and unlocked
    s[slot("PG_locked", [0])] = 1
    #expect(holds(s))  // mid-migration
  }
}
