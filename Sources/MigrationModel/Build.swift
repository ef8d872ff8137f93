import RuleKit

/// The protocol variants migspec knows. A variant selects and parameterises
/// the shared rules and says which actors its era had; it never copies a
/// rule. `buggy` and `fixed` are knob presets a spec picks with `setting:`.
public enum Variants {
  public struct Info: Sendable {
    public let name: String
    /// The seed thread (in ../shared/seeds/) the variant comes from, if any.
    public let seed: String?
    public let summary: String
    public let actorKinds: Set<String>
    /// Knob values (spec text) of the setting that reproduces the seed's bug.
    public let buggy: [String: String]
    /// Knob values of the kernel's fix.
    public let fixed: [String: String]
  }

  static let anonActors: Set<String> = ["migrate", "fault", "fork", "exit"]

  public static let all: [Info] = [
    Info(name: "swapcache-2.6.16", seed: "000",
         summary: "direct migration of 2.6.15-mm/2.6.16 (mm/vmscan.c migrate_pages): dispatch on page_mapping(page)->a_ops->migratepage, pageout() of dirty pages without one, migrate_page_remove_references; a dirty shmem page written out by shmem_writepage moves to the swap cache",
         actorKinds: ["migrate_shmem", "pageout", "shmem_fault"],
         buggy: ["remove_references_mapping": "page->mapping", "shmem_migratepage": "false"],
         fixed: ["remove_references_mapping": "page_mapping", "shmem_migratepage": "false"]),
    Info(name: "folio-6.1", seed: nil,
         summary: "the modern anonymous-folio path of Linux 6.1: folio lock, anon_vma pin, try_to_migrate, folio_migrate_mapping refcount check, remove_migration_ptes",
         actorKinds: anonActors.union(["gup", "reclaim", "lru_drain"]),
         buggy: ["rmap_insert": "prepend"], fixed: ["rmap_insert": "append"]),
    Info(name: "folio-6.12", seed: nil,
         summary: "the batched path of Linux 6.3+ (6.12 LTS): migrate_pages_batch unmaps every folio of the list (try_to_migrate with TTU_BATCH_FLUSH), one try_to_unmap_flush, then moves each; -EAGAIN folios are retried, leftovers undone, MIGRATE_SYNC retries the async batch's failures one by one; per-CPU TLB entries show what the deferred flush risks",
         actorKinds: anonActors.union(["gup", "reclaim", "lru_drain"]),
         buggy: ["flush_before_move": "false"], fixed: ["flush_before_move": "true"]),
    Info(name: "swapless-2.6.17", seed: "001",
         summary: "Lameter's swapless migration (2.6.17/18): migration entries, migrate_page_remove_references' refcount check (nr_refs 1 without a mapping), remove_migration_ptes(page, page) on failure",
         actorKinds: anonActors.union(["gup"]),
         buggy: ["anon_expected_refs": "2", "restore_on_failure": "true"],
         fixed: ["anon_expected_refs": "1", "restore_on_failure": "true"]),
    Info(name: "anon-vma-chain-2.6.34", seed: "002",
         summary: "anon_vma chains (2.6.34): each anon_vma has its own lock, a walk takes the page's, vma_adjust takes the VMA's own; the 2.6.35 fix locks the root",
         actorKinds: anonActors.union(["vma_adjust", "exec"]),
         buggy: ["anon_vma_lock": "own", "rmap_insert": "prepend", "skip_temporary_stack": "false"],
         fixed: ["anon_vma_lock": "root", "rmap_insert": "append", "skip_temporary_stack": "true"]),
    Info(name: "migration-cache", seed: "004",
         summary: "Tosatti's migration cache as Schermerhorn ported it to 2.6.16 (never merged): anon pages parked in a migration cache, faulted in lazily through do_swap_page's lockless PTE read, moved to the swap cache by reclaim",
         actorKinds: ["migrate", "fault", "reclaim"],
         buggy: ["fault_pte_same": "false"], fixed: ["fault_pte_same": "true"]),
    Info(name: "movable-4.8", seed: "003",
         summary: "Minchan Kim's non-LRU movable pages (4.8, bda807d44454): isolate_movable_page, a_ops->isolate_page/migratepage/putback_page, PG_movable/PG_isolated under the page lock, a driver that releases pages",
         actorKinds: ["compact", "driver_free"],
         buggy: ["driver_release": "clear_isolated", "isolate_page_lock": "true"],
         fixed: ["driver_release": "clear_movable", "isolate_page_lock": "true"]),
  ]
  public static var names: [String] { all.map(\.name) }
  public static func info(_ name: String) -> Info? { all.first { $0.name == name } }

  /// A configuration with every kind of actor the variant has (fixed
  /// setting), so that every one of its rules is built: what `migspec
  /// locks --variant` analyses.
  public static func sample(_ variant: String) -> ModelConfig {
    var c = ModelConfig()
    c.variant = variant
    c.setting = "fixed"
    switch variant {
    case "migration-cache":
      c.actors = [.migrate(process: 0, page: 0), .reclaim(page: 0), .fault(process: 0, page: 0, write: false), .fault(process: 0, page: 0, write: true)]
    case "movable-4.8":
      c.mapped = []
      c.driverPages = 1
      c.actors = [.compact(driverPage: 0), .compact(driverPage: 0), .driverFree(driverPage: 0)]
    case "swapcache-2.6.16":
      c.mapped = []
      c.shmemPages = 1
      c.actors = [.migrateShmem(shmemPage: 0), .pageout(shmemPage: 0), .shmemFault(shmemPage: 0)]
    default:
      c.processes = 2
      c.actors = [.migrate(process: 0, page: 0), .fork(parent: 0, child: 1), .fault(process: 1, page: 0, write: true),
                  .fault(process: 0, page: 0, write: false), .exit(process: 1)]
      if info(variant)?.actorKinds.contains("gup") == true { c.actors.append(.gup(process: 0, page: 0)) }
      if info(variant)?.actorKinds.contains("reclaim") == true { c.actors.append(.reclaim(page: 0)) }
      if info(variant)?.actorKinds.contains("exec") == true {
        c.pages = 2
        c.actors += [.vmaAdjust(process: 1), .exec(process: 0)]
      }
    }
    apply(setting: "fixed", of: variant, to: &c.knobs)
    return c
  }

  /// The knobs of `setting` for `variant` applied to `knobs`.
  public static func apply(setting: String, of variant: String, to knobs: inout Knobs) {
    guard let info = info(variant) else { return }
    for (name, value) in setting == "buggy" ? info.buggy : info.fixed {
      Knobs.field(name)?.set(&knobs, value)
    }
  }
}

/// Builds the transition system for a configuration.
public enum MigrationModel {
  /// Errors found in the configuration (empty = buildable).
  public static func validate(_ config: ModelConfig) -> [ModelConfig.Issue] { config.validate() }

  /// Builds the model. Precondition: `validate(config)` is empty.
  public static func build(_ config: ModelConfig, name: String = "model") -> Model {
    let issues = config.validate()
    precondition(issues.isEmpty, "invalid configuration: \(issues.map(\.message))")
    let b = ModelBuilder(name: name)
    let w = World(config: config, builder: b)
    w.setInitialState()
    w.registerDisplays()
    w.registerVariantDisplays()

    var held: [(Int) -> Expr<Int>] = []
    var counts: [String: Int] = [:]
    var writer = 0
    func nextName(_ kind: String) -> String {
      let n = counts[kind, default: 0]
      counts[kind] = n + 1
      return "\(kind)\(n)"
    }
    var threadsDone: [Int: Expr<Bool>] = [:]
    for a in config.actors {
      switch a {
      case .migrate(_, let v):
        let src = config.initialFolio(ofPage: v)!
        held.append(w.addMigrator(name: nextName("migrate"), sources: [src]))
      case .migrateBatch(_, let vs):
        held.append(w.addMigrator(name: nextName("migrate"), sources: vs.map { config.initialFolio(ofPage: $0)! }))
      case .fault(let p, let v, let write):
        let value = write ? 2 + writer : 0
        if write { writer += 1 }
        let cpu = counts["fault", default: 0]
        let (refs, done) = w.addFault(name: nextName("fault"), process: p, page: v, write: write, value: value, tlb: w.tlbEntry(cpu: cpu))
        held.append(refs)
        threadsDone[p] = (threadsDone[p] ?? trueExpr) && done
      case .fork(let q, let c):
        let done = w.addFork(name: nextName("fork"), parent: q, child: c)
        threadsDone[q] = (threadsDone[q] ?? trueExpr) && done
      case .gup(let p, let v):
        let (refs, done) = w.addGup(name: nextName("gup"), process: p, page: v, value: 2 + writer)
        writer += 1
        held.append(refs)
        threadsDone[p] = (threadsDone[p] ?? trueExpr) && done
      case .vmaAdjust(let p):
        let done = w.addVmaAdjust(name: nextName("vma_adjust"), process: p)
        threadsDone[p] = (threadsDone[p] ?? trueExpr) && done
      case .exec(let p):
        let done = w.addExec(name: nextName("exec"), process: p)
        threadsDone[p] = (threadsDone[p] ?? trueExpr) && done
      case .compact(let k):
        held.append(w.addCompaction(name: nextName("compact"), object: k))
      case .driverFree(let k):
        held.append(w.addDriverFree(name: nextName("driver"), object: k))
      case .migrateShmem(let k):
        held.append(w.addShmemMigrator(name: nextName("migrate"), page: config.shmemFolio(k)))
      case .pageout(let k):
        held.append(w.addPageout(name: nextName("kswapd"), page: config.shmemFolio(k)))
      case .shmemFault(let k):
        held.append(w.addShmemFault(name: nextName("fault"), page: config.shmemFolio(k)))
      case .reclaim(let v):
        if w.swap != nil {
          held.append(w.addShrink(name: nextName("reclaim"), page: v))
        } else {
          held.append(w.addReclaim(name: nextName("reclaim"), id: config.mapped.firstIndex(of: v)!))
        }
      case .lruDrain:
        held.append(w.addLruDrain(name: nextName("lru_drain")))
      case .exit:
        break  // below, once every thread of the process is known
      }
    }
    // exit_mmap runs when the mm's last user goes: after every thread of the
    // process (its faults and forks), wherever they are listed.
    for case .exit(let p) in config.actors {
      held.append(w.addExit(name: nextName("exit"), process: p, threadsDone: threadsDone[p] ?? trueExpr))
    }
    if let batch = w.lruBatch { held.append { f in batch[f].asInt } }  // the folio_batch's references
    w.addProperties { f in sum(held) { $0(f) } }
    return b.build()
  }
}

extension World {
  /// The initial world: processes 0..<initialProcesses alive (1... as forked
  /// children of 0), each page in `mapped` backed by one folio with data 1.
  func setInitialState() {
    let n = config.initialProcesses
    let shared = n > 1
    for p in 0..<P {
      // The root (anon_vma 0) is also pinned by each already-forked child's
      // own anon_vma (anon_vma_fork's get_anon_vma(root), 2.6.35+).
      let childPins = p == 0 && config.knobs.anonVmaLock == .root ? n - 1 : 0
      b.initially(avRefcount[p], p < n ? 1 + childPins : 0)
      b.initially(avLen[p], p == 0 ? n : (p < n ? 1 : 0))
      if p < n {
        b.initially(alive[p], true)
        if p > 0 { b.initially(avList[p, 0], p) }
      }
    }
    for k in 0..<n { b.initially(avList[0, k], k) }
    if let vmaAnonVma {
      for p in 0..<P { b.initially(vmaAnonVma[p], p < n ? p : noAnonVma) }
    }
    let nr = config.nrPages
    for (f, v) in config.mapped.enumerated() {
      // Page frame f; with large folios the head is the first of its run,
      // which holds the folio's fields (refcount, LRU, mapping, index).
      let h = f - f % nr
      // A PMD-mapped THP: one PMD per process maps it whole (entire
      // mapcount, one reference each), PageAnonExclusive on the head only.
      let huge = pmd != nil
      b.initially(mapcount[f], huge ? 0 : n)
      b.initially(anonExclusive[f], !shared && (!huge || f == h))
      b.initially(data[f], 1)
      if f == h {
        b.initially(used[f], true)
        // Just faulted in with LRU batches: still in the CPU's folio_batch.
        let batched = lruBatch != nil
        b.initially(refcount[f], (huge ? n : n * nr) + (batched ? 1 : 0))
        if let pmd { b.initially(pmd.entireMapcount[f], n) }
        b.initially(lru[f], !batched)
        if let lruBatch { b.initially(lruBatch[f], true) }
        b.initially(index[f], v)
      }
      for p in 0..<n {
        if let pmd {
          b.initially(pmd.kind[p], PMDKind.present)
          b.initially(pmd.folio[p], 0)
          b.initially(pmd.write[p], !shared)
          b.initially(expected[p, v], 1)
          continue
        }
        b.initially(pteKind[p, v], PTEKind.present)
        b.initially(pteFolio[p, v], f)
        b.initially(pteWrite[p, v], !shared)
        b.initially(expected[p, v], 1)
        // Written before the run (data 1), so dirty; fork keeps the bit.
        if let sw = swap { b.initially(sw.pteDirty[p, v], true) }
      }
    }
    for f in 0..<F {
      b.initially(mapping[f], config.mapped.indices.contains(f) && f % nr == 0 ? 0 : noAnonVma)
    }
    for e in tlbs { b.initially(e.valid, true) }
    if let sw = swap {
      for k in 0..<sw.slots { b.initially(sw.cache[k], noFolio) }
    }
    if let stack = temporaryStack {
      for case .exec(let p) in config.actors { b.initially(stack[p], true) }
    }
    if let sh = shmem {
      b.initially(sh.pageCacheSlot.value, noFolio)
      b.initially(sh.swapCacheSlot.value, noFolio)
      for k in 0..<config.shmemPages {
        let f = config.shmemFolio(k)
        b.initially(used[f], true)
        b.initially(refcount[f], 1)  // the page cache's
        b.initially(lru[f], true)
        b.initially(data[f], 1)
        b.initially(sh.fileMapping[f], true)
        b.initially(sh.dirty[f], true)
        b.initially(sh.pageCacheSlot.value, f)
      }
    }
    if let m = movable {
      for k in 0..<config.driverPages {
        let f = config.mapped.count + k
        b.initially(used[f], true)
        b.initially(refcount[f], 1)  // the driver's
        b.initially(data[f], 1)
        for flag in [m.movable, m.hasMapping, m.inList, m.driverOwns] { b.initially(flag[f], true) }
        b.initially(m.backing[k], f)
      }
    }
  }
}
