import RuleKit

/// What a page-table entry holds. The migration-entry kinds mirror 6.1's
/// `make_{readable,readable_exclusive,writable}_migration_entry`.
public enum PTEKind: Int, ModelEnum {
  case none
  /// A present PTE; its write bit is `pteWrite`.
  case present
  /// `SWP_MIGRATION_READ`: restored write-protected and not exclusive.
  case migrationRead
  /// `SWP_MIGRATION_READ_EXCLUSIVE`: restored write-protected, exclusive.
  case migrationReadExclusive
  /// `SWP_MIGRATION_WRITE`: restored writable and exclusive.
  case migrationWrite
  /// migration-cache variant only: an entry of Tosatti's migration cache;
  /// `pte.folio` holds the cache id (the number of the folio first parked).
  case migrationCache
  /// A swap entry; `pte.folio` holds the slot. In the migration-cache
  /// variant, and in folio-6.1/6.12 with a `reclaim` actor (there: not
  /// exclusive, `pte_swp_exclusive` clear).
  case swap
  /// folio-6.1/6.12: a swap entry with `pte_swp_exclusive` set
  /// (try_to_unmap_one of a PageAnonExclusive page).
  case swapExclusive
}

/// What a process's PMD (the one covering its VMA) holds, with PMD-mapped
/// THPs (`world.pmd_mapped`): a page table (the PTEs are in use), or a huge
/// mapping of a whole folio, or a PMD migration entry (6.1's
/// `set_pmd_migration_entry`, the same three kinds as a PTE's).
public enum PMDKind: Int, ModelEnum {
  case table, present, migrationRead, migrationReadExclusive, migrationWrite
}

/// The PMD-level state of PMD-mapped THPs.
public struct PMDVars {
  public let kind: StateVar<PMDKind>
  /// The folio (head frame) a present PMD or PMD migration entry names.
  public let folio: StateVar<Int>
  public let write: StateVar<Bool>
  /// `folio->_entire_mapcount`: PMD mappings of the folio (at its head).
  public let entireMapcount: StateVar<Int>
}

/// The non-LRU movable page state of movable-4.8, per folio.
public struct MovableVars {
  /// PAGE_MAPPING_MOVABLE in `page->mapping` (`__PageMovable`).
  public let movable: StateVar<Bool>
  /// `page->mapping` still points at the driver's address_space
  /// (`PageMovable` = movable && hasMapping); `__ClearPageMovable` clears it.
  public let hasMapping: StateVar<Bool>
  /// PG_isolated.
  public let isolated: StateVar<Bool>
  /// On the driver's own list (e.g. the balloon's pages list).
  public let inList: StateVar<Bool>
  /// The driver holds its reference (it has not released the page).
  public let driverOwns: StateVar<Bool>
  /// Per driver object: the folio that currently backs it (migratepage
  /// moves it to the new page).
  public let backing: StateVar<Int>
}

/// A tmpfs file page and the swap cache (swapcache-2.6.16). One file
/// index, one swap slot: the radix-tree slot of each holds a folio or none.
public struct ShmemVars {
  /// `page->mapping` is the tmpfs inode's address_space (else NULL).
  public let fileMapping: StateVar<Bool>
  /// PG_swapcache (then `page_mapping()` answers `&swapper_space`).
  public let swapCache: StateVar<Bool>
  /// PG_dirty.
  public let dirty: StateVar<Bool>
  /// The inode's page-cache radix-tree slot (a folio, or `noFolio`).
  public let pageCacheSlot: StateVar<Int>
  /// The swapper space's radix-tree slot for the page's swap entry.
  public let swapCacheSlot: StateVar<Int>
}

/// The swap cache of folio-6.1/6.12 (present when a `reclaim` actor exists):
/// one swap slot per page mapped at the start, each with its `swap_map`
/// count, its swap-cache xarray entry and the data on the device; per folio
/// PG_swapcache, PG_dirty and `folio->swap` (page_private); per PTE the
/// hardware dirty bit, which migration entries carry too
/// (`make_migration_entry_dirty`, 5.19+).
public struct SwapVars {
  /// PG_swapcache.
  public let swapCache: StateVar<Bool>
  /// PG_dirty.
  public let dirty: StateVar<Bool>
  /// `folio->swap` (page_private): the folio's slot while PG_swapcache.
  public let slot: StateVar<Int>
  /// The swap address space's xarray: the folio cached for each slot, or `noFolio`.
  public let cache: StateVar<Int>
  /// `swap_map[slot]`: how many swap PTEs name the slot (SWAP_HAS_CACHE
  /// is `cache` being set).
  public let count: StateVar<Int>
  /// What the device holds for the slot (written by `pageout`).
  public let data: StateVar<Int>
  /// The PTE's dirty bit (a present PTE's, or a migration entry's).
  public let pteDirty: StateVar<Bool>
  /// Number of slots.
  public let slots: Int
}

/// Which cache an id of the migration-cache variant is in.
public enum CacheKind: Int, ModelEnum {
  case none, migration, swap
}

/// The migration cache and swap cache of the migration-cache variant
/// (seed 004): one id per initially mapped page; an id names a cache entry,
/// the page it holds, and a swap slot with the data written out.
public struct CacheVars {
  /// Which cache (if any) holds id's entry.
  public let kind: StateVar<CacheKind>
  /// The page in the entry (meaningful when `kind` is not none); the entry
  /// holds one reference on it.
  public let page: StateVar<Int>
  /// Data written to the swap slot by pageout.
  public let swapData: StateVar<Int>
}

/// One CPU's cached translation of one virtual page: the TLB entry a
/// faulting thread's CPU holds from before the run (the process touched its
/// pages: a writable one was written, so the entry is dirty and a store
/// through it needs no page walk). It names the folio the page was mapped
/// to at the start and stays usable, whatever the PTE says now, until a
/// flush of that CPU or the CPU's own page fault drops it.
public struct TLBEntry: Sendable {
  /// Which fault actor's CPU (its ordinal among the fault actors).
  public let cpu: Int
  public let process: Int
  public let page: Int
  public let folio: Int
  public let writable: Bool
  /// The entry is cached (the cell `tlb[faultN]`).
  public let valid: Expr<Bool>
}

/// A task that can sleep in `migration_entry_wait` (a fault or gup actor):
/// the folio it queued on, and (6.1's `migration_entry_wait_on_locked`)
/// whether `folio_unlock` has woken it.
public struct Waiter: Sendable {
  public let folio: StateVar<Int>
  /// 6.1+ only: the wake-up is recorded at the unlock itself, so the waiter
  /// runs even if the folio is locked again by then. Older kernels'
  /// `wait_on_page_locked` rechecked PG_locked and slept again (nil).
  public let woken: StateVar<Bool>?
}

/// The state of the whole modelled machine: processes with one anonymous VMA
/// each, their page tables, anon_vmas with ordered rmap lists, folios, locks.
///
/// Every field is a RuleKit state variable; the helpers below write the
/// recurring kernel idioms (`folio_put`, allocation, `pfn_swap_entry_to_page`)
/// once, as rule fragments, so that each rule reads like the kernel step.
public final class World {
  public let config: ModelConfig
  public let b: ModelBuilder
  /// Process slots = VMAs = anon_vmas (slot p's own anon_vma is p).
  public let P: Int
  public let V: Int
  public let F: Int
  /// `mapping` value meaning NULL; `dst`/`old` locals use `F` for "no folio".
  public let noAnonVma: Int
  public let noFolio: Int
  /// Largest data value (0 = zero page, 1 = initial contents, 2+ = writes).
  public let maxData: Int

  // Processes, VMAs, page tables.
  public let alive: StateVar<Bool>
  public let pteKind: StateVar<PTEKind>
  public let pteFolio: StateVar<Int>
  public let pteWrite: StateVar<Bool>
  /// Ghost: the value the process last wrote (or inherited) at each page;
  /// what a read must return.
  public let expected: StateVar<Int>

  // anon_vmas: ordered rmap lists of VMA (= process) ids.
  public let avList: StateVar<Int>
  public let avLen: StateVar<Int>
  public let avRefcount: StateVar<Int>

  // Folios.
  public let used: StateVar<Bool>
  public let refcount: StateVar<Int>
  public let mapcount: StateVar<Int>
  public let lru: StateVar<Bool>
  public let anonExclusive: StateVar<Bool>
  public let mapping: StateVar<Int>
  public let index: StateVar<Int>
  public let data: StateVar<Int>
  /// The NUMA node a folio was allocated on (two nodes: 0 and 1).
  public let node: StateVar<Int>
  /// Large folios (`world.order` > 0): frames `0..<largeFrames` are
  /// aligned runs of `nrPages`, one large folio each, whose first frame is
  /// the head (`compound_head`, fixed: a run is never split). The folio's
  /// fields — refcount, PG_locked, PG_lru, mapping, index, node, `used` —
  /// live in the head; `_mapcount`, PageAnonExclusive and the data are per
  /// page. Order-0 folios use the frames after them. 0 without large folios.
  public let largeFrames: Int
  /// Pages of the folios mapped at the start (and of their migration targets).
  public let nrPages: Int

  /// A process's VMA has `vm_start` a page lower than its `vm_pgoff` says:
  /// in a `vma_adjust` between its two writes, or for good once exec
  /// expanded its stack (only when a `vma_adjust` or `exec` actor exists).
  public let vmaStartMoved: StateVar<Bool>?
  /// VM_STACK_INCOMPLETE_SETUP: the VMA is exec's temporary stack (only
  /// when an `exec` actor exists).
  public let temporaryStack: StateVar<Bool>?
  /// The migration and swap caches (migration-cache variant only).
  public let caches: CacheVars?
  /// The tmpfs page and swap cache (swapcache-2.6.16 only).
  public let shmem: ShmemVars?
  /// Non-LRU movable page flags (movable-4.8 only).
  public let movable: MovableVars?
  /// The swap cache of folio-6.1/6.12 (only with a `reclaim` actor).
  public let swap: SwapVars?
  /// PMD-mapped THPs (`world.pmd_mapped`), else nil.
  public let pmd: PMDVars?
  /// With anon_vma reuse possible (`ModelConfig.anonVmaReuse`):
  /// `vma->anon_vma` of each process's VMA (where its new pages go; `noAnonVma`
  /// once unlinked), and `anon_vma->parent`. Else nil: process p's is p.
  public let vmaAnonVma: StateVar<Int>?
  public let avParent: StateVar<Int>?
  /// folio-6.1/6.12 with `lru_batch`: the folio sits in a CPU's
  /// `folio_batch`, which holds a reference, PG_lru not yet set.
  public let lruBatch: StateVar<Bool>?
  /// The faulting threads' CPUs' TLB entries (folio-6.1/6.12 with the
  /// `tlb` knob; empty otherwise: every PTE change is then seen at once).
  public let tlbs: [TLBEntry]
  /// FOLL_PIN pins per folio (`gup_flags: pin` with a gup actor only):
  /// what `folio_maybe_dma_pinned` answers from (the kernel's refcount bias
  /// is modelled as this exact count).
  public let pincount: StateVar<Int>?
  /// The tasks that may wait on a migration entry, by actor name (`fault0`, `gup0`).
  public private(set) var waiters: [String: Waiter] = [:]

  // Locks, named as lockdep names them.
  public let mmapLock: LockClass
  public let anonVmaLock: LockClass
  public let ptl: LockClass
  public let pgLocked: LockClass
  /// The era locks only some variants' steps take (nil elsewhere, so that
  /// other variants' observations list no lock they never take). All are
  /// spinlocks (the tree lock an rwlock_t in 2.6.16) taken and dropped
  /// inside one step (`within`), so they never block a step across steps.
  /// swapcache-2.6.16: `mapping->tree_lock` of the tmpfs inode's mapping
  /// (instance 0) and of `swapper_space` (1); the global `swap_lock`
  /// (get_swap_page, swap_duplicate); shmem's `info->lock`; the zone's
  /// `lru_lock` (isolate_lru_page).
  public let treeLock: LockClass?
  public let swapLock: LockClass?
  public let shmemInfoLock: LockClass?
  public let lruLock: LockClass?
  /// movable-4.8: the driver's list lock, the balloon's
  /// `b_dev_info->pages_lock` (zsmalloc's class lock plays the same part).
  public let driverLock: LockClass?

  init(config: ModelConfig, builder b: ModelBuilder) {
    self.config = config
    self.b = b
    P = config.processes
    V = config.pages
    F = config.effectiveFolios
    noAnonVma = P
    noFolio = F
    let writers = config.actors.filter {
      switch $0 { case .fault(_, _, true), .gup: return true; default: return false }
    }.count
    maxData = 1 + writers
    let procs = (0..<P).map { "P\($0)" }
    let vpages = (0..<V).map { "\($0)" }
    let folioNames = (0..<F).map { "F\($0)" }
    let avNames = (0..<P).map { "av\($0)" }
    let refMax = P + config.actors.count + 2

    alive = b.bool("alive", dims: [P], indexNames: [procs])
    pteKind = b.enumeration("pte", PTEKind.self, dims: [P, V], indexNames: [procs, vpages])
    pteFolio = b.int("pte.folio", max: F - 1, dims: [P, V], indexNames: [procs, vpages])
    pteWrite = b.bool("pte.write", dims: [P, V], indexNames: [procs, vpages])
    expected = b.int("expected", max: maxData, dims: [P, V], indexNames: [procs, vpages])
    avList = b.int("anon_vma.list", max: P - 1, dims: [P, P], indexNames: [avNames, (0..<P).map { "\($0)" }])
    avLen = b.int("anon_vma.len", max: P, dims: [P], indexNames: [avNames])
    avRefcount = b.int("anon_vma.refcount", max: refMax, dims: [P], indexNames: [avNames])
    used = b.bool("folio.used", dims: [F], indexNames: [folioNames])
    refcount = b.int("folio.refcount", max: refMax, dims: [F], indexNames: [folioNames])
    // P + 1: a buggy setting may map a page twice in one PTE's place.
    mapcount = b.int("folio.mapcount", max: P + 1, dims: [F], indexNames: [folioNames])
    lru = b.bool("PG_lru", dims: [F], indexNames: [folioNames])
    anonExclusive = b.bool("PG_anon_exclusive", dims: [F], indexNames: [folioNames])
    mapping = b.int("folio.mapping", max: P, dims: [F], indexNames: [folioNames])
    index = b.int("folio.index", max: V - 1, dims: [F], indexNames: [folioNames])
    data = b.int("folio.data", max: maxData, dims: [F], indexNames: [folioNames])
    node = b.int("folio.node", max: 1, dims: [F], indexNames: [folioNames])
    nrPages = config.nrPages
    largeFrames = config.largeFrames
    let moves = config.actors.contains { switch $0 { case .vmaAdjust, .exec: return true; default: return false } }
    vmaStartMoved = moves ? b.bool("vma.vm_start_moved", dims: [P], indexNames: [procs]) : nil
    let execs = config.actors.contains { if case .exec = $0 { return true } else { return false } }
    temporaryStack = execs ? b.bool("VM_STACK_INCOMPLETE_SETUP", dims: [P], indexNames: [procs]) : nil
    if config.variant == "migration-cache" {
      let ids = config.mapped.indices.map { "id\($0)" }
      caches = CacheVars(
        kind: b.enumeration("cache.kind", CacheKind.self, dims: [config.mapped.count], indexNames: [ids]),
        page: b.int("cache.page", max: F - 1, dims: [config.mapped.count], indexNames: [ids]),
        swapData: b.int("swap.data", max: maxData, dims: [config.mapped.count], indexNames: [ids]))
    } else {
      caches = nil
    }
    if config.variant == "swapcache-2.6.16" {
      shmem = ShmemVars(
        fileMapping: b.bool("page.mapping(shmem)", dims: [F], indexNames: [folioNames]),
        swapCache: b.bool("PG_swapcache", dims: [F], indexNames: [folioNames]),
        dirty: b.bool("PG_dirty", dims: [F], indexNames: [folioNames]),
        pageCacheSlot: b.int("shmem.i_pages", max: F),
        swapCacheSlot: b.int("swapper_space.i_pages", max: F))
    } else {
      shmem = nil
    }
    if config.variant == "movable-4.8" {
      movable = MovableVars(
        movable: b.bool("PG_movable", dims: [F], indexNames: [folioNames]),
        hasMapping: b.bool("page.mapping(driver)", dims: [F], indexNames: [folioNames]),
        isolated: b.bool("PG_isolated", dims: [F], indexNames: [folioNames]),
        inList: b.bool("driver.list", dims: [F], indexNames: [folioNames]),
        driverOwns: b.bool("driver.owns", dims: [F], indexNames: [folioNames]),
        backing: b.int("driver.page", max: F - 1, dims: [max(config.driverPages, 1)], indexNames: [(0..<max(config.driverPages, 1)).map { "D\($0)" }]))
    } else {
      movable = nil
    }
    if config.hasFolioSwap {
      let S = max(config.mapped.count, 1)
      let slotNames = (0..<S).map { "slot\($0)" }
      swap = SwapVars(
        swapCache: b.bool("PG_swapcache", dims: [F], indexNames: [folioNames]),
        dirty: b.bool("PG_dirty", dims: [F], indexNames: [folioNames]),
        slot: b.int("folio.swap", max: S - 1, dims: [F], indexNames: [folioNames]),
        cache: b.int("swap_cache", max: F, dims: [S], indexNames: [slotNames]),
        count: b.int("swap_map", max: P, dims: [S], indexNames: [slotNames]),
        data: b.int("swap.data", max: maxData, dims: [S], indexNames: [slotNames]),
        pteDirty: b.bool("pte.dirty", dims: [P, V], indexNames: [procs, vpages]),
        slots: S)
    } else {
      swap = nil
    }
    pmd = config.pmdMapped ? PMDVars(
      kind: b.enumeration("pmd", PMDKind.self, dims: [P], indexNames: [procs]),
      folio: b.int("pmd.folio", max: F - 1, dims: [P], indexNames: [procs]),
      write: b.bool("pmd.write", dims: [P], indexNames: [procs]),
      entireMapcount: b.int("folio.entire_mapcount", max: P, dims: [F], indexNames: [folioNames])) : nil
    if config.anonVmaReuse {
      vmaAnonVma = b.int("vma.anon_vma", max: P, dims: [P], indexNames: [procs])
      avParent = b.int("anon_vma.parent", max: P - 1, dims: [P], indexNames: [avNames])
    } else {
      vmaAnonVma = nil
      avParent = nil
    }
    lruBatch = config.knobs.lruBatch && ["folio-6.1", "folio-6.12"].contains(config.variant)
      ? b.bool("lru_batch", dims: [F], indexNames: [folioNames]) : nil
    var entries: [(cpu: Int, p: Int, v: Int)] = []
    if config.knobs.tlb && ["folio-6.1", "folio-6.12"].contains(config.variant) {
      var cpu = 0
      for case .fault(let p, let v, _) in config.actors {
        if p < config.initialProcesses && config.mapped.contains(v) { entries.append((cpu, p, v)) }
        cpu += 1
      }
    }
    if entries.isEmpty {
      tlbs = []
    } else {
      let valid = b.bool("tlb", dims: [entries.count], indexNames: [entries.map { "fault\($0.cpu)" }])
      tlbs = entries.enumerated().map { (i, e) -> TLBEntry in
        TLBEntry(cpu: e.cpu, process: e.p, page: e.v, folio: config.mapped.firstIndex(of: e.v)!,
                 writable: config.initialProcesses == 1, valid: valid[i])
      }
    }
    let gupActors = config.actors.filter { if case .gup = $0 { return true } else { return false } }.count
    pincount = config.knobs.gupFlags == .pin && gupActors > 0 && ["folio-6.1", "folio-6.12"].contains(config.variant)
      ? b.int("folio.pincount", max: gupActors, dims: [F], indexNames: [folioNames]) : nil
    // Declared before any actor, so that folio_unlock (built with the
    // migrators) can wake the faults and gups declared after them.
    var waiterDecls: [(String, StateVar<Int>, StateVar<Bool>?)] = []
    var kinds: [String: Int] = [:]
    let wakeAtUnlock = ["folio-6.1", "folio-6.12"].contains(config.variant)
    for a in config.actors where a.kind == "fault" || a.kind == "gup" {
      let name = "\(a.kind)\(kinds[a.kind, default: 0])"
      kinds[a.kind, default: 0] += 1
      let folio: StateVar<Int> = b.int("\(name).wait_folio", max: F)
      b.initially(folio.value, F)
      waiterDecls.append((name, folio, wakeAtUnlock ? b.bool("\(name).woken") : nil))
    }
    mmapLock = b.rwsem("&mm->mmap_lock", count: P, indexNames: procs)
    anonVmaLock = b.rwsem("&anon_vma->rwsem", count: P, indexNames: avNames)
    ptl = b.mutex("ptlock_ptr(page)", count: P, indexNames: procs)
    pgLocked = b.mutex("PG_locked", count: F, indexNames: folioNames)
    let shmemEra = config.variant == "swapcache-2.6.16"
    // folio eras: the swap address space's `i_pages` xa_lock, same class.
    treeLock = shmemEra ? b.rwsem("&mapping->tree_lock", count: 2, indexNames: ["shmem", "swapper_space"])
      : config.hasFolioSwap ? b.mutex("&mapping->tree_lock", count: 1, indexNames: ["swapper_space"]) : nil
    swapLock = shmemEra ? b.mutex("swap_lock", count: 1) : nil
    shmemInfoLock = shmemEra ? b.mutex("&info->lock", count: 1) : nil
    lruLock = shmemEra ? b.mutex("lru_lock", count: 1) : nil
    driverLock = config.variant == "movable-4.8" ? b.mutex("&b_dev_info->pages_lock", count: 1) : nil
    for (name, folio, woken) in waiterDecls {
      waiters[name] = Waiter(folio: folio, woken: woken)
      showFolio(folio)
    }
  }

  // MARK: Derived expressions

  /// The anon_vma lock that guards `av`'s list. Every process of a
  /// configuration descends from process 0, so with root locking (2.6.35+)
  /// that is always anon_vma 0's; in 2.6.34 each anon_vma had its own.
  public func rootLock(_ av: Expr<Int>) -> LockRef {
    config.knobs.anonVmaLock == .root ? anonVmaLock[0] : anonVmaLock[av]
  }

  /// `vma_address(page, vma)`: the virtual page at which process `q`'s VMA
  /// maps page index `idx` — `vm_start + (idx - vm_pgoff)`, which is `idx`
  /// unless a `vma_adjust` has moved `vm_start` and not yet `vm_pgoff`.
  public func vmaAddress(_ q: some IndexExpr, _ idx: Expr<Int>) -> Expr<Int> {
    guard let moved = vmaStartMoved else { return idx }
    return idx - moved[q].asInt
  }

  /// try_to_migrate leaves VMA `q` alone: exec's temporary stack, with the
  /// 2.6.35 fix (`invalid_migration_vma` in 6.1).
  public func skipsTemporaryStack(_ q: some IndexExpr) -> Expr<Bool> {
    guard let stack = temporaryStack, config.knobs.skipTemporaryStack else { return falseExpr }
    return stack[q]
  }

  /// The PTE at (p, v) sits where folio `f`'s index puts it: at `v`, or a
  /// page lower once exec moved the stack (between exec's `vma_adjust` and
  /// `move_page_tables`, and inside `vma_adjust`, either is seen).
  public func atIndex(_ p: Int, _ v: Int, _ f: Expr<Int>) -> Expr<Bool> {
    if largeFrames > 0 { let h = folioOf(f); return index[h] + (f - h) == Expr(v) }
    guard let moved = vmaStartMoved else { return index[f] == Expr(v) }
    return index[f] == Expr(v) || (moved[p] && index[f] == Expr(v + 1))
  }

  /// `vma_address` lies inside the VMA (else the walk gets -EFAULT and skips it).
  public func vmaAddressValid(_ q: some IndexExpr, _ idx: Expr<Int>) -> Expr<Bool> {
    guard let moved = vmaStartMoved else { return trueExpr }
    return idx >= moved[q].asInt
  }

  /// `compound_head` of frame `x`.
  public func headFrame(_ x: Int) -> Int { x < largeFrames ? x - x % nrPages : x }

  /// `page_folio(page)`: the folio (head frame) of page frame `page`.
  public func folioOf(_ page: Expr<Int>) -> Expr<Int> {
    guard largeFrames > 0 else { return page }
    return (0..<largeFrames).filter { $0 % nrPages != 0 }.reduce(page) { acc, x in ite(page == Expr(x), Expr(x - x % nrPages), acc) }
  }

  /// `page_folio` of a local that may hold `noFolio` (which stays `noFolio`).
  public func folioOfOrNone(_ page: Expr<Int>) -> Expr<Int> { folioOf(page) }

  /// Frame `x` is a page of folio `f`, in use.
  public func inFolio(_ x: Int, _ f: Expr<Int>) -> Expr<Bool> {
    guard largeFrames > 0 else { return f == Expr(x) }
    return f == Expr(headFrame(x)) && used[headFrame(x)]
  }

  /// Frame `x` belongs to a folio in use (its head's `used`).
  public func frameUsed(_ x: Int) -> Expr<Bool> { used[headFrame(x)] }

  /// The frame a PTE names belongs to a folio in use.
  public func frameUsed(_ x: Expr<Int>) -> Expr<Bool> { used[folioOf(x)] }

  /// `folio_mapped(f)`: some page of the folio is mapped.
  public func folioMapped(_ f: Expr<Int>) -> Expr<Bool> {
    guard largeFrames > 0 else { return mapcount[f] > 0 }
    return any(0..<F) { x in inFolio(x, f) && mapcount[x] > 0 } || (pmd.map { $0.entireMapcount[f] > 0 } ?? falseExpr)
  }

  /// `folio_mapcount(f)`: the mappings of all its pages.
  public func folioMapcount(_ f: Int) -> Expr<Int> {
    guard largeFrames > 0 else { return mapcount[f] }
    return sum(0..<F) { x in ite(inFolio(x, Expr(f)), mapcount[x], Expr(0)) } + (pmd.map { $0.entireMapcount[f] } ?? Expr(0))
  }

  /// `vma->anon_vma` of process `p`'s VMA: where its new (COW, fault)
  /// pages are anon-mapped. Its own anon_vma (`p`) unless it reused one.
  public func ownAnonVma(_ p: Int) -> Expr<Int> {
    vmaAnonVma.map { $0[p] } ?? Expr(p)
  }

  // MARK: PMD-mapped THPs

  /// Process `p`'s PMD is a page table: its PTEs are what counts (always,
  /// without PMD-mapped THPs).
  public func pmdIsTable(_ p: some IndexExpr) -> Expr<Bool> {
    guard let pmd else { return trueExpr }
    return pmd.kind[p] == .table
  }

  /// Process `p`'s PMD maps a folio huge (present).
  public func pmdPresent(_ p: some IndexExpr) -> Expr<Bool> {
    guard let pmd else { return falseExpr }
    return pmd.kind[p] == .present
  }

  /// Process `p`'s PMD is a migration entry.
  public func pmdMigrationEntry(_ p: some IndexExpr) -> Expr<Bool> {
    guard let pmd else { return falseExpr }
    return pmd.kind[p] != .table && pmd.kind[p] != .present
  }

  /// `body` holds for every process's PMD (true without PMD-mapped THPs).
  public func allPMDs(_ body: (Int, PMDVars) -> Expr<Bool>) -> Expr<Bool> {
    guard let pmd else { return trueExpr }
    return all(0..<P) { p in body(p, pmd) }
  }

  /// Some migration entry — a PTE's, or a PMD's — names a page of folio `f`.
  public func hasMigrationEntry(of f: Expr<Int>) -> Expr<Bool> {
    let ptes = any((0..<P).flatMap { p in (0..<V).map { (p, $0) } }) { p, v in isMigrationEntry(p, v) && folioOf(pteFolio[p, v]) == f }
    return ptes || !allPMDs { p, pmd in !(pmdMigrationEntry(p) && pmd.folio[p] == f) }
  }

  /// The page frame process `p` reaches at virtual page `v` through a
  /// present PMD or PMD migration entry (page v of the folio: the VMA is
  /// the THP's range).
  public func pmdPage(_ p: some IndexExpr, _ v: Int) -> Expr<Int> {
    guard let pmd else { return Expr(0) }
    return page(pmd.folio[p], v)
  }


  /// Page `i` of folio `f` (its frame), clamped into range: meaningful
  /// only where `i` < the folio's pages.
  public func page(_ f: Expr<Int>, _ i: Int) -> Expr<Int> {
    i == 0 ? f : ite(f + i < Expr(F), f + i, f)
  }

  /// The PTE at (process, page) is present and maps `folio`.
  public func maps(_ p: some IndexExpr, _ v: some IndexExpr, _ folio: Expr<Int>) -> Expr<Bool> {
    pteKind[p, v] == .present && pteFolio[p, v] == folio
  }

  /// The PTE at (process, page) is a migration entry of any kind.
  public func isMigrationEntry(_ p: some IndexExpr, _ v: some IndexExpr) -> Expr<Bool> {
    guard caches != nil || swap != nil else { return pteKind[p, v] != .none && pteKind[p, v] != .present }
    let k = Expr<Int>(node: pteKind[p, v].node)
    return k >= Expr(PTEKind.migrationRead.rawValue) && k <= Expr(PTEKind.migrationWrite.rawValue)
  }

  /// The PTE names a folio directly: present, or a migration entry (not a
  /// cache entry, which names a cache id).
  public func namesFolio(_ p: some IndexExpr, _ v: some IndexExpr) -> Expr<Bool> {
    guard caches != nil || swap != nil else { return pteKind[p, v] != .none }
    return pteKind[p, v] == .present || isMigrationEntry(p, v)
  }

  /// A cache entry (migration cache or swap) at (process, page).
  public func isCacheEntry(_ p: some IndexExpr, _ v: some IndexExpr) -> Expr<Bool> {
    guard caches != nil else { return falseExpr }
    return pteKind[p, v] == .migrationCache || pteKind[p, v] == .swap
  }

  /// The cache id a cache entry at (process, page) names (0 for any other
  /// PTE, so that indexing with it is always in range).
  public func cacheId(_ p: some IndexExpr, _ v: some IndexExpr) -> Expr<Int> {
    ite(isCacheEntry(p, v), pteFolio[p, v], Expr(0))
  }

  /// What a process would read through the cache entry at (process, page):
  /// the cached page's data, or the swap slot's once it left the cache.
  public func cachedData(_ p: some IndexExpr, _ v: some IndexExpr) -> Expr<Int> {
    guard let c = caches else { return Expr(0) }
    let id = cacheId(p, v)
    return ite(c.kind[id] != .none, data[c.page[id]], c.swapData[id])
  }

  /// The page behind a cache entry is locked (being migrated or read in):
  /// a fault must lock it before use, so its contents may still change.
  public func cachedPageLocked(_ p: some IndexExpr, _ v: some IndexExpr) -> Expr<Bool> {
    guard let c = caches else { return falseExpr }
    let id = cacheId(p, v)
    return c.kind[id] != .none && pgLocked[c.page[id]].isHeld
  }

  /// The reference a driver holds on its movable page `f` (movable-4.8).
  public func driverRefs(_ f: Int) -> Expr<Int> {
    guard let mv = movable else { return Expr(0) }
    return mv.driverOwns[f].asInt
  }

  /// A swap entry (exclusive or not) at (process, page), folio eras.
  public func isSwapEntry(_ p: some IndexExpr, _ v: some IndexExpr) -> Expr<Bool> {
    guard swap != nil else { return falseExpr }
    return pteKind[p, v] == .swap || pteKind[p, v] == .swapExclusive
  }

  /// References the caches hold on folio `f` (one per entry holding it).
  public func cacheRefs(_ f: Int) -> Expr<Int> {
    if let sw = swap { return count(0..<sw.slots) { sw.cache[$0] == Expr(f) } }
    if let sh = shmem { return (sh.pageCacheSlot.value == Expr(f)).asInt + (sh.swapCacheSlot.value == Expr(f)).asInt }
    guard let c = caches else { return Expr(0) }
    return count(config.mapped.indices) { id in c.kind[id] != .none && c.page[id] == Expr(f) }
  }

  /// The PTE is a migration entry for `folio`.
  public func isMigrationEntry(_ p: some IndexExpr, _ v: some IndexExpr, for folio: Expr<Int>) -> Expr<Bool> {
    isMigrationEntry(p, v) && pteFolio[p, v] == folio
  }

  /// VMA `vma` is linked in `av`'s rmap list.
  public func linked(_ vma: Int, in av: Expr<Int>) -> Expr<Bool> {
    any(0..<P) { k in Expr<Int>(k) < avLen[av] && avList[av, k] == Expr<Int>(vma) }
  }

  /// Some folio slot is free (for an order-0 folio: after the large runs).
  public var anyFreeFolio: Expr<Bool> { any(largeFrames..<F) { !used[$0] } }

  /// The lowest free folio slot (meaningful when `anyFreeFolio`): the page
  /// allocator's choice, made deterministic.
  public var firstFreeFolio: Expr<Int> {
    (largeFrames..<F).reversed().reduce(Expr<Int>(F - 1)) { acc, f in ite(!used[f], Expr(f), acc) }
  }

  // MARK: Rule fragments

  /// `folio_put` ×`n`: drop references; the last one frees the folio (all
  /// its fields return to the free state). Putting a folio whose refcount
  /// is already too low is a use-after-free / double free.
  public func folioPut<PC>(_ r: inout Step<PC>, _ f: Expr<Int>, by n: Int = 1, what: String) {
    r.check("refcount_safety", refcount[f] >= Expr(n) && used[f], "\(what): folio_put on a folio with refcount < \(n) (double free / use after free)")
    let freed = refcount[f] == Expr(n)
    r.update(refcount[f]) { $0 - Expr(n) }
    freeFields(&r, f, when: freed)
  }

  /// A task of live process `p` takes its mm's mmap_lock (`mmap_read_lock`
  /// / `mmap_write_lock`) as one step, then goes on at `next`.
  func addMmapLock<PC>(_ a: ActorBuilder<PC>, _ name: String, at: PC, process p: Int, _ mode: LockMode, kernel: String, then next: PC) {
    a.step(name, at: at, kernel: kernel) { r in
      r.require(alive[p])
      r.acquire(mmapLock[p], mode)
      r.goto(next)
    }
  }

  /// `isolate_lru_page` / `folio_isolate_lru`: a page in use and on the LRU
  /// leaves it, and the isolation takes a reference.
  public func isolateLRU<PC>(_ r: inout Step<PC>, _ f: Expr<Int>) {
    r.require(used[f] && lru[f])
    r.set(lru[f], false)
    r.update(refcount[f]) { $0 + 1 }
  }

  /// `folio_add_lru(f)` when `cond` holds: with LRU batches the folio goes
  /// into the CPU's `folio_batch` (+1 reference, PG_lru still clear), else
  /// onto the LRU at once. `drained`: an `lru_add_drain()` follows at once.
  public func addToLRU<PC>(_ r: inout Step<PC>, _ f: Expr<Int>, when cond: Expr<Bool> = trueExpr, drained: Expr<Bool> = falseExpr) {
    guard let lruBatch else { r.when(cond, lru[f], true); return }
    r.when(cond && drained, lru[f], true)
    r.when(cond && !drained, lruBatch[f], true)
    r.when(cond && !drained, refcount[f], refcount[f] + 1)
  }

  /// Clears a folio's fields when `cond` holds (it is being freed).
  func freeFields<PC>(_ r: inout Step<PC>, _ f: Expr<Int>, when cond: Expr<Bool>) {
    r.when(cond, used[f], false)
    r.when(cond, lru[f], false)
    r.when(cond, anonExclusive[f], false)
    r.when(cond, mapping[f], Expr(noAnonVma))
    r.when(cond, index[f], 0)
    r.when(cond, data[f], 0)
    r.when(cond, node[f], 0)
    if let m = movable {
      for flag in [m.movable, m.hasMapping, m.isolated, m.inList, m.driverOwns] { r.when(cond, flag[f], false) }
    }
    if let sh = shmem {
      for flag in [sh.fileMapping, sh.swapCache, sh.dirty] { r.when(cond, flag[f], false) }
    }
    if let sw = swap {
      r.when(cond, sw.swapCache[f], false)
      r.when(cond, sw.dirty[f], false)
      r.when(cond, sw.slot[f], 0)
    }
  }

  /// Allocates the first free folio with one reference (the allocation's),
  /// storing its number in `into`. The caller requires `anyFreeFolio`.
  /// `on` is the node it is allocated on: a migration target's is the other
  /// node (`alloc_migration_target`), a faulting task's is node 0.
  public func allocFolio<PC>(_ r: inout Step<PC>, into local: Expr<Int>, data value: Expr<Int>, on n: Expr<Int> = Expr(0)) {
    let f = firstFreeFolio
    r.set(used[f], true)
    r.set(refcount[f], 1)
    r.set(data[f], value)
    r.set(node[f], n)
    r.set(local, f)
  }

  /// A free large-folio run exists (the destination of a large folio).
  public func anyFreeRun(_ pages: Int) -> Expr<Bool> {
    guard pages > 1 else { return anyFreeFolio }
    return any(stride(from: 0, to: largeFrames, by: pages)) { !used[$0] }
  }

  /// Allocates a large folio (the first free run; the caller requires
  /// `anyFreeRun(pages)`): one reference, every page zero-filled, unmapped,
  /// not exclusive.
  public func allocLargeFolio<PC>(_ r: inout Step<PC>, pages: Int, into local: Expr<Int>, on n: Expr<Int>) {
    guard pages > 1 else { allocFolio(&r, into: local, data: 0, on: n); return }
    let starts = Array(stride(from: 0, to: largeFrames, by: pages))
    let f = starts.reversed().reduce(Expr<Int>(starts.first ?? 0)) { acc, k in ite(!used[k], Expr(k), acc) }
    for i in 0..<pages {
      let x = page(f, i)
      r.set(data[x], 0)
      r.set(anonExclusive[x], false)
    }
    r.set(used[f], true)
    r.set(refcount[f], 1)
    r.set(node[f], n)
    r.set(local, f)
  }

  /// `pfn_swap_entry_to_page`: 6.1 `BUG_ON(is_migration_entry(entry) && !PageLocked(p))`.
  /// Any use of a migration entry requires its folio to be locked.
  public func checkEntryLocked<PC>(_ r: inout Step<PC>, _ p: some IndexExpr, _ v: some IndexExpr, property: String, in function: String) {
    r.check(property, implies(isMigrationEntry(p, v), pgLocked[folioOf(pteFolio[p, v])].isHeld),
            "\(function): pfn_swap_entry_to_page: BUG_ON(!PageLocked) — migration entry for an unlocked folio")
  }

  /// Sets a PTE (canonical: a cleared PTE has folio 0 and no write bit).
  /// With the swap cache the dirty bit is set too: `dirty`, else `write`
  /// (every writable PTE a fault installs is `pte_mkdirty`'d).
  public func setPTE<PC>(_ r: inout Step<PC>, _ p: some IndexExpr, _ v: some IndexExpr, _ kind: Expr<PTEKind>, folio: Expr<Int>, write: Expr<Bool>, dirty: Expr<Bool>? = nil) {
    r.set(pteKind[p, v], kind)
    r.set(pteFolio[p, v], folio)
    r.set(pteWrite[p, v], write)
    if let sw = swap { r.set(sw.pteDirty[p, v], dirty ?? write) }
  }

  /// `put_anon_vma(av)` when `cond` holds: the last reference frees it, and
  /// (2.6.35+, root locking) a child anon_vma's free drops the reference it
  /// held on its root (`__put_anon_vma`). `av` must be a real anon_vma where
  /// `cond` holds; anon_vma 0 is every configuration's root.
  public func putAnonVma<PC>(_ r: inout Step<PC>, _ av: Expr<Int>, when cond: Expr<Bool>, what: String) {
    let safe = ite(cond, av, Expr(0))  // never index with an out-of-range value
    r.check("refcount_safety", implies(cond, avRefcount[safe] > 0), "\(what): put_anon_vma on a freed anon_vma")
    let freesChild = cond && avRefcount[safe] == 1 && safe != Expr(0) && Expr(config.knobs.anonVmaLock == .root)
    // One assignment per anon_vma (static indices): the put and the root's put never alias.
    for k in 0..<P {
      let put = (cond && safe == Expr(k)).asInt + (k == 0 ? freesChild.asInt : Expr(0))
      r.update(avRefcount[k]) { ite(put > 0, $0 - put, $0) }
    }
  }

  /// `folio_unlock(f)`'s wake-up of the tasks queued on `f` (6.1+: they are
  /// marked woken now, whatever happens to the lock before they run).
  public func wakeWaiters<PC>(_ r: inout Step<PC>, _ f: Expr<Int>) {
    for w in waiters.values.sorted(by: { $0.folio.id.index < $1.folio.id.index }) {
      if let woken = w.woken { r.when(w.folio.value == f, woken.value, true) }
    }
  }

  /// The TLB flush of a PTE change (`ptep_clear_flush`, `flush_tlb_page`):
  /// every CPU drops its entry for (`q`, `v`) when `cond` holds.
  public func flushTLB<PC>(_ r: inout Step<PC>, process q: Expr<Int>, page v: Int, when cond: Expr<Bool>) {
    for e in tlbs where e.page == v { r.when(cond && q == Expr(e.process), e.valid, false) }
  }

  /// The TLB entry of fault actor number `cpu`, if its CPU caches one.
  public func tlbEntry(cpu: Int) -> TLBEntry? { tlbs.first { $0.cpu == cpu } }

  /// `folio_maybe_dma_pinned(f)` (false without FOLL_PIN pins in the configuration).
  public func maybeDmaPinned(_ f: Expr<Int>) -> Expr<Bool> {
    guard let pincount else { return falseExpr }
    return pincount[f] > 0
  }

  /// Clears a PTE to none.
  public func clearPTE<PC>(_ r: inout Step<PC>, _ p: some IndexExpr, _ v: some IndexExpr) {
    setPTE(&r, p, v, Expr(PTEKind.none), folio: 0, write: false)
  }
}
