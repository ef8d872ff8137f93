/// Where `anon_vma_fork` links a child VMA into the parent's rmap list.
public enum RmapInsert: String, Codable, Sendable, CaseIterable {
  /// At the tail, as every kernel since 2.6.18 does (the interval tree in 3.7+
  /// sorts an equal-pgoff child after its parent).
  case append
  /// At the head, as 2.6.17 and 2.6.34's `anon_vma_prepare` did: the walk
  /// may pass the child before fork copies a migration entry into it.
  case prepend
  /// Either, chosen freely at each fork (two rules): the engines explore
  /// both, so a violation shows which position causes it.
  case any
}

/// The protocol knobs a variant or a spec may turn.
public struct Knobs: Codable, Sendable, Hashable {
  public var rmapInsert: RmapInsert = .append
  /// `migrate_pages` passes over a folio that keeps failing with -EAGAIN
  /// (6.1: 10). Specs keep it small: each pass multiplies the state space.
  public var migratePasses: Int = 2
  /// The first pass that is `force`d, i.e. sleeps in `folio_lock` instead
  /// of giving up on a busy folio lock (6.1: `pass > 2`, so 3).
  public var forceFromPass: Int = 3
  /// Test variant for the lock analysis: copy_pte_range also takes the
  /// anon_vma rwsem inside the page-table locks (a deliberate inversion).
  public var invertedLockingForTest: Bool = false
  /// References `migrate_page_remove_references` expects on an anonymous
  /// page without a mapping (swapless-2.6.17: `nr_refs` = 1; the value 2 it
  /// passed before the swapless patch lets an extra holder through).
  public var anonExpectedRefs: Int = 1
  /// On a failed move, restore the migration entries to the old page
  /// (`remove_migration_ptes(page, page)`); without it they are left behind.
  public var restoreOnFailure: Bool = true
  /// Which lock guards an anon_vma's list and its VMAs' `vm_start`/`vm_pgoff`.
  public var anonVmaLock: AnonVmaLockKind = .root
  /// migration-cache: `do_swap_page` rechecks `pte_same(*pte, orig_pte)`
  /// under the PTL before mapping the page it looked up without the lock.
  public var faultPteSame: Bool = true
  /// movable-4.8: `isolate_movable_page` takes the page lock around the
  /// PageMovable/PageIsolated checks and `a_ops->isolate_page`.
  public var isolatePageLock: Bool = true
  /// movable-4.8: how a driver releases a page compaction has isolated.
  public var driverRelease: DriverRelease = .clearMovable
  /// swapcache-2.6.16: `migrate_page_remove_references` validates the page
  /// by `page_mapping(page)` (the fix) or by the raw `page->mapping`.
  public var removeReferencesMapping: RemoveReferencesMapping = .pageMapping
  /// swapcache-2.6.16: shmem's address_space_operations have
  /// `.migratepage = migrate_page`, so migration never writes a shmem page out.
  public var shmemMigratepage: Bool = false
  /// anon-vma-chain-2.6.34: migration leaves exec's temporary stack alone
  /// (VM_STACK_INCOMPLETE_SETUP, a8bef8ff6ea1, 2.6.35).
  public var skipTemporaryStack: Bool = true
  /// folio-6.12: the mode `migrate_pages` is called with. `sync` (the
  /// `move_pages`/`migrate_pages`/`mbind` syscalls' MIGRATE_SYNC) goes through
  /// `migrate_pages_sync`: one MIGRATE_ASYNC batch, then every failure again
  /// on its own; `async` (compaction, NUMA balancing) is one batch.
  public var migrateMode: MigrateMode = .sync
  /// folio-6.12: `migrate_pages_batch` calls `try_to_unmap_flush()` between
  /// the unmap and the move phase. Off (an ablation, no kernel did this),
  /// the deferred flush happens only after the move phase.
  public var flushBeforeMove: Bool = true
  /// folio-6.1 and folio-6.12: model each faulting thread's CPU TLB (a
  /// translation cached from the initial mapping, used until flushed).
  public var tlb: Bool = true

  // Protections: each `true` is the kernel; `false` removes that one
  // protection (`migspec ablate` turns them off one at a time).

  /// `folio_migrate_mapping` compares the refcount with the expected one.
  public var refcountCheck: Bool = true
  /// `folio_get_anon_vma`: migration pins the anon_vma it walks.
  public var anonVmaPin: Bool = true
  /// `folio_trylock(src)` / `folio_lock(src)` around the whole migration.
  public var srcFolioLock: Bool = true
  /// `folio_trylock(dst)`.
  public var dstFolioLock: Bool = true
  /// `try_to_migrate` / `remove_migration_ptes` hold the anon_vma root rwsem for read.
  public var rmapWalkLock: Bool = true
  /// `try_to_migrate_one`'s `ptep_clear_flush` (where the flush is not batched).
  public var unmapTlbFlush: Bool = true
  /// `do_wp_page` takes a reference on the old folio before dropping the PTL.
  public var wpCopyReference: Bool = true
  /// `wp_page_copy` rechecks `pte_same` under the PTL before installing the copy.
  public var wpCopyPteSame: Bool = true
  /// `wp_page_copy`'s `ptep_clear_flush_notify` of the old translation.
  public var cowTlbFlush: Bool = true
  /// `do_anonymous_page` rechecks `pte_none` under the PTL.
  public var anonFaultPteNone: Bool = true
  /// `dup_mmap` holds the parent's mmap_lock for write.
  public var forkMmapLock: Bool = true
  /// The TLB flush after fork write-protects the parent's PTEs.
  public var forkTlbFlush: Bool = true
  /// How a `gup` actor takes its reference: FOLL_GET (a plain reference, as
  /// O_DIRECT did up to 6.2) or FOLL_PIN (counted as a pin, which
  /// `folio_maybe_dma_pinned` sees: fork copies a pinned exclusive page for
  /// the child, `try_to_migrate_one` will not unmap it).
  public var gupFlags: GupFlags = .get
  /// folio-6.1/6.12: `folio_add_lru` leaves a new folio in the CPU's
  /// `folio_batch` (a reference, PG_lru not yet set) until an `lru_drain`
  /// actor drains it; the folios mapped at the start are batched too (just
  /// faulted in). Off: every folio_add_lru is drained at once.
  public var lruBatch: Bool = false
  // Protections of the swap cache (folio eras with a `reclaim` actor).
  /// folio_migrate_mapping moves PG_dirty from a swap-cache folio to its copy.
  public var migrateDirty: Bool = true
  /// try_to_unmap_one / try_to_migrate_one set PG_dirty from the cleared PTE's dirty bit.
  public var unmapMarkDirty: Bool = true
  /// shrink_folio_list calls try_to_unmap_flush_dirty() before pageout.
  public var reclaimFlushDirty: Bool = true
  /// do_swap_page rechecks PG_swapcache and page_private after locking the folio.
  public var swapinRecheck: Bool = true
  /// do_swap_page rechecks pte_same under the PTL before mapping.
  public var swapinPteSame: Bool = true
  /// __remove_mapping frees a swap-cache folio only if folio_ref_freeze(1 + nr) succeeds.
  public var removeMappingFreeze: Bool = true
  public init() {}
}

/// How `get_user_pages` references the page.
public enum GupFlags: String, Codable, Sendable, CaseIterable {
  /// FOLL_GET: `get_page`, indistinguishable from any other reference.
  case get
  /// FOLL_PIN: `try_grab_page` with GUP_PIN_COUNTING_BIAS, `folio_maybe_dma_pinned`.
  case pin
}

/// The `enum migrate_mode` a folio-6.12 `migrate_pages` call runs in.
public enum MigrateMode: String, Codable, Sendable, CaseIterable {
  /// MIGRATE_SYNC: an async batch first, then the failures one by one (`migrate_pages_sync`).
  case sync
  /// MIGRATE_ASYNC: one batch, trylock only, TLB flushes deferred.
  case async
}

/// Which mapping `migrate_page_remove_references` validates a page by.
public enum RemoveReferencesMapping: String, Codable, Sendable, CaseIterable {
  /// `page_mapping(page)`: the swapper space for a swap-cache page.
  case pageMapping = "page_mapping"
  /// The raw `page->mapping`, NULL for a swap-cache page (2.6.15-rc mm).
  case rawPageMapping = "page->mapping"
}

/// How a driver releases a non-LRU movable page (movable-4.8).
public enum DriverRelease: String, Codable, Sendable, CaseIterable {
  /// The merged 4.8 rule: `__ClearPageMovable` under the page lock (the
  /// mapping goes, PG_isolated stays for the VM, which puts the page).
  case clearMovable = "clear_movable"
  /// The draft in the seed: on an isolated page clear only PG_isolated and
  /// keep PG_movable; the VM, seeing PG_isolated gone, puts instead of
  /// putting back.
  case clearIsolated = "clear_isolated"
}

/// Which anon_vma lock rmap walks and `vma_adjust` take.
public enum AnonVmaLockKind: String, Codable, Sendable, CaseIterable {
  /// 2.6.35+: every anon_vma of a process tree is guarded by its root's lock.
  case root
  /// 2.6.34: each anon_vma has its own lock; a walk takes the page's, and
  /// `vma_adjust` takes the VMA's own anon_vma's.
  case own
}

/// A knob as spec files and `migspec list` see it: its name, the values it
/// takes, and how it reads and writes `Knobs`. One table, so the parser,
/// the variant presets and the listings cannot disagree.
public struct KnobField: Sendable {
  public let name: String
  public let help: String
  /// The allowed values as spec text (an `Int` knob lists its range).
  public let values: [String]
  public let get: @Sendable (Knobs) -> String
  public let set: @Sendable (inout Knobs, String) -> Void

  static func bool(_ name: String, _ path: WritableKeyPath<Knobs, Bool> & Sendable, _ help: String) -> KnobField {
    KnobField(name: name, help: help, values: ["true", "false"], get: { String($0[keyPath: path]) },
              set: { $0[keyPath: path] = $1 == "true" })
  }
  static func int(_ name: String, _ path: WritableKeyPath<Knobs, Int> & Sendable, _ range: ClosedRange<Int>, _ help: String) -> KnobField {
    KnobField(name: name, help: help, values: range.map(String.init), get: { String($0[keyPath: path]) },
              set: { if let v = Int($1) { $0[keyPath: path] = v } })
  }
  static func choice<E: RawRepresentable & CaseIterable & Sendable>(_ name: String, _ path: WritableKeyPath<Knobs, E> & Sendable, _ help: String) -> KnobField
  where E.RawValue == String {
    KnobField(name: name, help: help, values: E.allCases.map(\.rawValue), get: { $0[keyPath: path].rawValue },
              set: { if let v = E(rawValue: $1) { $0[keyPath: path] = v } })
  }
}

extension Knobs {
  /// Every knob, by its spec-file name.
  public static let fields: [KnobField] = [
    .choice("rmap_insert", \.rmapInsert, "where anon_vma_fork links the child VMA: append | prepend | any"),
    .int("migrate_passes", \.migratePasses, 1...10, "migrate_pages passes over a folio that keeps failing with -EAGAIN"),
    .int("force_from_pass", \.forceFromPass, 0...10, "first pass that sleeps in folio_lock instead of giving up"),
    .bool("inverted_locking_for_test", \.invertedLockingForTest, "lock-analysis test: copy_pte_range takes the anon_vma rwsem under the PTLs"),
    .int("anon_expected_refs", \.anonExpectedRefs, 1...2, "references the refcount check expects on an anonymous page without a mapping"),
    .bool("restore_on_failure", \.restoreOnFailure, "a failed move restores the migration entries to the old page"),
    .choice("anon_vma_lock", \.anonVmaLock, "root (2.6.35+) or own (2.6.34): the lock rmap walks and vma_adjust take"),
    .bool("fault_pte_same", \.faultPteSame, "migration-cache: do_swap_page rechecks the PTE it read without the lock under the PTL"),
    .bool("isolate_page_lock", \.isolatePageLock, "movable-4.8: isolate_movable_page checks the flags and calls isolate_page under the page lock"),
    .choice("driver_release", \.driverRelease, "movable-4.8: a driver releasing an isolated page clears PG_movable (4.8) or only PG_isolated (draft)"),
    .choice("remove_references_mapping", \.removeReferencesMapping, "swapcache-2.6.16: migrate_page_remove_references checks page_mapping(page) or page->mapping"),
    .bool("skip_temporary_stack", \.skipTemporaryStack, "anon-vma-chain-2.6.34: try_to_migrate skips exec's temporary stack (VM_STACK_INCOMPLETE_SETUP)"),
    .choice("migrate_mode", \.migrateMode, "folio-6.12: MIGRATE_SYNC (async batch, then failures one by one) or MIGRATE_ASYNC (one batch)"),
    .bool("flush_before_move", \.flushBeforeMove, "folio-6.12: try_to_unmap_flush() between the unmap and the move phase of a batch (false: ablation, after the move phase)"),
    .bool("tlb", \.tlb, "folio-6.1/6.12: model per-CPU TLB entries cached from the initial mappings"),
    .bool("refcount_check", \.refcountCheck, "protection: folio_migrate_mapping compares the refcount with the expected one"),
    .bool("anon_vma_pin", \.anonVmaPin, "protection: folio_get_anon_vma pins the anon_vma for the migration's rmap walks"),
    .bool("src_folio_lock", \.srcFolioLock, "protection: the migration holds the source folio's lock (folio_trylock/folio_lock(src))"),
    .bool("dst_folio_lock", \.dstFolioLock, "protection: the migration holds the destination folio's lock (folio_trylock(dst))"),
    .bool("rmap_walk_lock", \.rmapWalkLock, "protection: try_to_migrate and remove_migration_ptes hold the anon_vma root rwsem for read"),
    .bool("unmap_tlb_flush", \.unmapTlbFlush, "protection: try_to_migrate_one flushes the TLB (ptep_clear_flush) where it does not batch"),
    .bool("wp_copy_reference", \.wpCopyReference, "protection: do_wp_page takes a reference on the old folio before dropping the PTL"),
    .bool("wp_copy_pte_same", \.wpCopyPteSame, "protection: wp_page_copy rechecks pte_same under the PTL"),
    .bool("cow_tlb_flush", \.cowTlbFlush, "protection: wp_page_copy flushes the old translation (ptep_clear_flush_notify)"),
    .bool("anon_fault_pte_none", \.anonFaultPteNone, "protection: do_anonymous_page rechecks pte_none under the PTL"),
    .bool("fork_mmap_lock", \.forkMmapLock, "protection: dup_mmap holds the parent's mmap_lock for write"),
    .choice("gup_flags", \.gupFlags, "folio-6.1/6.12: the gup actor's reference: get (FOLL_GET) or pin (FOLL_PIN, folio_maybe_dma_pinned)"),
    .bool("fork_tlb_flush", \.forkTlbFlush, "protection: fork flushes the parent's write-protected translations"),
    .bool("migrate_dirty", \.migrateDirty, "protection: folio_migrate_mapping moves PG_dirty from a swap-cache folio to its copy"),
    .bool("unmap_mark_dirty", \.unmapMarkDirty, "protection: try_to_unmap_one / try_to_migrate_one set PG_dirty from the cleared PTE's dirty bit"),
    .bool("reclaim_flush_dirty", \.reclaimFlushDirty, "protection: shrink_folio_list calls try_to_unmap_flush_dirty() before pageout"),
    .bool("swapin_recheck", \.swapinRecheck, "protection: do_swap_page rechecks PG_swapcache and page_private after locking the folio"),
    .bool("swapin_pte_same", \.swapinPteSame, "protection: do_swap_page rechecks pte_same under the PTL before mapping"),
    .bool("remove_mapping_freeze", \.removeMappingFreeze, "protection: __remove_mapping frees a swap-cache folio only if folio_ref_freeze(1 + nr) succeeds"),
    .bool("lru_batch", \.lruBatch, "folio-6.1/6.12: new folios (and the initial ones) wait in a per-CPU folio_batch, with a reference and without PG_lru, until an lru_drain actor drains them"),
    .bool("shmem_migratepage", \.shmemMigratepage, "swapcache-2.6.16: shmem_aops.migratepage = migrate_page (no writeout during migration)"),
  ]

  public static func field(_ name: String) -> KnobField? { fields.first { $0.name == name } }
}

/// What an actor of the configuration does.
public enum ActorConfig: Codable, Sendable, Hashable {
  /// `migrate_pages` of the folio mapped at (`process`, `page`) at the start.
  case migrate(process: Int, page: Int)
  /// folio-6.12: one `migrate_pages` call of the folios mapped at
  /// (`process`, each of `pages`) at the start, as one list (a batch).
  case migrateBatch(process: Int, pages: [Int])
  /// One access of one virtual page by a thread of `process`.
  case fault(process: Int, page: Int, write: Bool)
  /// `fork()` of `parent`, creating the process in slot `child`.
  case fork(parent: Int, child: Int)
  /// `exit_mmap` of `process`, once its threads (fault actors) are done.
  case exit(process: Int)
  /// `get_user_pages` of (`process`, `page`) for direct I/O: a reference
  /// held across a device write into the page, then `put_page`.
  case gup(process: Int, page: Int)
  /// `vma_adjust` of `process`'s VMA: `vm_start` and `vm_pgoff` move down
  /// together by a page (a merge with the VMA below); existing pages keep
  /// their addresses, but the two fields are written one after the other.
  case vmaAdjust(process: Int)
  /// `execve`'s `shift_arg_pages` on `process`'s VMA, the temporary stack:
  /// `vma_adjust` expands it a page down, `move_page_tables` moves its
  /// pages' PTEs down a page, `vma_adjust` shrinks it (needs 2 pages).
  case exec(process: Int)
  /// Reclaim meeting the page first mapped at `page` in the migration
  /// cache: `migration_move_to_swap`, pageout to swap, and freeing it from
  /// the swap cache (migration-cache variant).
  case reclaim(page: Int)
  /// folio-6.1/6.12 with `lru_batch`: `lru_add_drain` on the CPU whose
  /// per-CPU `folio_batch` holds new folios (a full batch, a timer, or
  /// `lru_add_drain_all` of another task), once, at any moment: every folio
  /// then batched gets PG_lru and the batch's reference is dropped.
  case lruDrain
  /// Compaction of driver page `driverPage` (movable-4.8):
  /// `isolate_movable_page`, then `migrate_pages` of the non-LRU page, or
  /// `putback_movable_pages` when that fails.
  case compact(driverPage: Int)
  /// The driver releasing driver page `driverPage` (balloon deflate,
  /// zsmalloc free), whether or not compaction has it isolated.
  case driverFree(driverPage: Int)
  /// 2.6.16 direct migration (`migrate_pages` in mm/vmscan.c) of shmem page
  /// `shmemPage` (swapcache-2.6.16).
  case migrateShmem(shmemPage: Int)
  /// kswapd's `shrink_list` meeting shmem page `shmemPage`: a dirty page
  /// goes through `pageout` → `shmem_writepage` into the swap cache.
  case pageout(shmemPage: Int)
  /// A task reading shmem page `shmemPage` through `shmem_getpage`
  /// (swapcache-2.6.16): page cache, else swap cache; lock, recheck, read.
  case shmemFault(shmemPage: Int)

  /// A short human-readable form: `migrate(P0 page 0)`.
  public var summary: String {
    switch self {
    case .migrate(let p, let v): return "migrate(P\(p) page \(v))"
    case .migrateBatch(let p, let vs): return "migrate(P\(p) pages \(vs.map(String.init).joined(separator: ",")))"
    case .fault(let p, let v, let w): return "\(w ? "write" : "read")(P\(p) page \(v))"
    case .fork(let q, let c): return "fork(P\(q)→P\(c))"
    case .exit(let p): return "exit(P\(p))"
    case .gup(let p, let v): return "gup(P\(p) page \(v))"
    case .vmaAdjust(let p): return "vma_adjust(P\(p))"
    case .exec(let p): return "exec(P\(p))"
    case .reclaim(let v): return "reclaim(page \(v))"
    case .lruDrain: return "lru_add_drain"
    case .compact(let k): return "compact(D\(k))"
    case .driverFree(let k): return "driver_free(D\(k))"
    case .migrateShmem(let k): return "migrate(S\(k))"
    case .pageout(let k): return "pageout(S\(k))"
    case .shmemFault(let k): return "read(S\(k))"
    }
  }

  public var kind: String {
    switch self {
    case .migrate, .migrateBatch: return "migrate"
    case .fault: return "fault"
    case .fork: return "fork"
    case .exit: return "exit"
    case .gup: return "gup"
    case .vmaAdjust: return "vma_adjust"
    case .exec: return "exec"
    case .reclaim: return "reclaim"
    case .lruDrain: return "lru_drain"
    case .compact: return "compact"
    case .driverFree: return "driver_free"
    case .migrateShmem: return "migrate_shmem"
    case .pageout: return "pageout"
    case .shmemFault: return "shmem_fault"
    }
  }
}

/// A bounded configuration: sizes, initial mappings, knobs and actors.
public struct ModelConfig: Codable, Sendable, Hashable {
  public var variant: String = "folio-6.1"
  /// `buggy` or `fixed`: the variant's preset knobs (see `Variants`), before
  /// the spec's own knobs; nil for none.
  public var setting: String? = nil
  /// Process slots, each with one anonymous VMA (initial ones plus fork children).
  public var processes: Int = 1
  /// Virtual pages per VMA.
  public var pages: Int = 1
  /// Physical folio slots (initial folios, migration targets, new pages).
  /// 0 means "as many as the actors can need".
  public var folios: Int = 0
  /// Processes alive at the start: 0, and 1... as already-forked children of
  /// 0 that share its pages read-only.
  public var initialProcesses: Int = 1
  /// Virtual pages mapped at the start, in order: one order-0 folio each,
  /// or with `order` > 0 one large folio per aligned group of 2^order pages.
  public var mapped: [Int] = [0]
  /// folio-6.1/6.12: the order of the folios mapped at the start (0: one
  /// page each; 1, 2: PTE-mapped large anonymous folios of 2 or 4 pages).
  /// Folio slots are then page frames: a large folio takes 2^order
  /// consecutive ones, its first the head (`compound_head`).
  public var order: Int = 0
  /// folio-6.1/6.12 with `order` > 0: the large folios mapped at the start
  /// are PMD-mapped THPs (one per VMA: `pages` = 2^order, all mapped), not
  /// PTE-mapped.
  public var pmdMapped: Bool = false
  /// Pages per folio mapped at the start.
  public var nrPages: Int { 1 << max(0, min(order, 2)) }
  /// Large folios: the page frames `0..<largeFrames` are aligned runs of
  /// `nrPages`, each run one large folio's (the initial folios, then one per
  /// migrated folio for its destination); order-0 folios (COW copies, new
  /// pages) use the frames after them. 0 without large folios.
  public var largeFrames: Int {
    guard order > 0 else { return 0 }
    let targets = actors.reduce(0) {
      switch $1 {
      case .migrate: return $0 + 1
      case .migrateBatch(_, let pages): return $0 + pages.count
      default: return $0
      }
    }
    return mapped.count + targets * nrPages
  }

  /// The head page frame of the folio that maps page `v` at the start.
  public func initialFolio(ofPage v: Int) -> Int? {
    guard let k = mapped.firstIndex(of: v) else { return nil }
    return k - k % nrPages
  }
  /// Non-LRU movable pages owned by a driver at the start (movable-4.8);
  /// they are folios `mapped.count ..< mapped.count + driverPages`.
  public var driverPages: Int = 0
  /// Pages of a tmpfs file in the page cache, dirty, at the start
  /// (swapcache-2.6.16); folios after the mapped and driver pages.
  public var shmemPages: Int = 0

  /// The folio of shmem page `k`.
  public func shmemFolio(_ k: Int) -> Int { mapped.count + driverPages + k }
  public var knobs = Knobs()
  public var actors: [ActorConfig] = []

  public init() {}

  /// A problem with the configuration; `actor` names the actor entry it is
  /// about, `field` the key.
  public struct Issue: Error, Sendable, Equatable {
    public let actor: Int?
    public let field: String
    public let message: String
  }

  /// Folio slots needed when `folios` is 0: the initial ones, one target per
  /// migrator, one new page per writing fault.
  /// folio-6.1/6.12 with a `reclaim` actor: the swap cache is modelled.
  public var hasFolioSwap: Bool {
    ["folio-6.1", "folio-6.12"].contains(variant) && actors.contains { if case .reclaim = $0 { return true } else { return false } }
  }

  public var effectiveFolios: Int {
    if folios > 0 { return folios }
    let migrators = actors.reduce(0) {
      switch $1 {
      case .migrate: return $0 + nrPages
      case .migrateBatch(_, let pages): return $0 + pages.count * nrPages
      default: return $0
      }
    }
    let writers = actors.filter {
      switch $0 {
      case .fault(_, _, let write): return write || variant == "migration-cache" || hasFolioSwap  // every swap-in allocates
      case .gup: return false
      default: return false
      }
    }.count
    let compactors = actors.filter { if case .compact = $0 { return true } else { return false } }.count
    let shmemMigrators = actors.filter { if case .migrateShmem = $0 { return true } else { return false } }.count
    // FOLL_PIN: fork copies a pinned exclusive page for the child (copy_present_page).
    let gups = actors.filter { if case .gup = $0 { return true } else { return false } }.count
    let forks = actors.filter { if case .fork = $0 { return true } else { return false } }.count
    let pinCopies = knobs.gupFlags == .pin ? min(gups, 1) * forks : 0
    // At least one frame: a configuration with nothing mapped and nothing
    // allocated still indexes folio arrays (a zap reads pte.folio = 0).
    return max(1, mapped.count + driverPages + shmemPages + migrators + compactors + shmemMigrators + writers + pinCopies)
  }

  /// `anon_vma_clone` may reuse an anon_vma (6.1: one with no active VMA
  /// and fewer than two children): only possible when a forked child forks
  /// again and some process exits, so only such configurations carry the
  /// per-VMA anon_vma pointer and the anon_vmas' parents.
  public var anonVmaReuse: Bool {
    guard ["folio-6.1", "folio-6.12"].contains(variant), knobs.anonVmaLock == .root else { return false }
    let children = Set(actors.compactMap { if case .fork(_, let c) = $0 { return c } else { return nil } }).union(1..<max(1, initialProcesses))
    let grandForks = actors.contains { if case .fork(let q, _) = $0 { return children.contains(q) } else { return false } }
    let exits = actors.contains { if case .exit = $0 { return true } else { return false } }
    return grandForks && exits
  }

  /// The process a slot is forked from, if any.
  public func parent(of process: Int) -> Int? {
    if process > 0 && process < initialProcesses { return 0 }
    for a in actors { if case .fork(let p, let c) = a, c == process { return p } }
    return nil
  }

  /// Checks sizes and cross-references; an empty result means the model can be built.
  public func validate() -> [Issue] {
    var out: [Issue] = []
    func bad(_ actor: Int?, _ field: String, _ msg: String) { out.append(Issue(actor: actor, field: field, message: msg)) }
    guard let info = Variants.info(variant) else {
      bad(nil, "variant", "unknown variant '\(variant)'; expected one of: \(Variants.names.joined(separator: ", "))")
      return out
    }
    if variant == "migration-cache" && processes != 1 {
      bad(nil, "processes", "the migration-cache variant models one process (its threads are the fault actors), got \(processes)")
    }
    if let s = setting, !["buggy", "fixed"].contains(s) { bad(nil, "setting", "expected buggy or fixed, got '\(s)'") }
    for (i, a) in actors.enumerated() where !info.actorKinds.contains(a.kind) {
      bad(i, "kind", "variant \(variant) has no '\(a.kind)' actor; it has: \(info.actorKinds.sorted().joined(separator: ", "))")
    }
    // Sizes first: every range below is built from them, so a size out of
    // its bounds (a trace's JSON can hold any integer) stops here, before
    // a range with a negative count or an overflowing sum is formed.
    let sizeIssues = out.count
    if !(1...6).contains(processes) { bad(nil, "processes", "expected 1...6 process slots, got \(processes)") }
    if !(1...4).contains(pages) { bad(nil, "pages", "expected 1...4 virtual pages, got \(pages)") }
    if !(0...2).contains(order) { bad(nil, "order", "expected folio order 0, 1 or 2 (1, 2 or 4 pages), got \(order)") }
    if folios != 0 && !(1...8).contains(folios) { bad(nil, "folios", "expected 1...8 folio slots, got \(folios)") }
    if !(1...max(1, min(processes, 6))).contains(initialProcesses) {
      bad(nil, "initial_processes", "expected 1...\(max(1, min(processes, 6))) initial processes (at most world.processes), got \(initialProcesses)")
    }
    if !(0...1).contains(shmemPages) { bad(nil, "shmem_pages", "expected 0 or 1 shmem pages, got \(shmemPages)") }
    if !(0...2).contains(driverPages) { bad(nil, "driver_pages", "expected 0...2 driver pages, got \(driverPages)") }
    if mapped.count > 4 { bad(nil, "mapped", "expected at most 4 mapped pages, got \(mapped.count)") }
    if actors.count > 8 { bad(nil, "actors", "at most 8 actors, got \(actors.count)") }
    for (i, a) in actors.enumerated() {
      if case .migrateBatch(_, let vs) = a, vs.count > 2 { bad(i, "pages", "expected 1 or 2 pages in a batch, got \(vs.count)") }
    }
    for f in Knobs.fields where !f.values.contains(f.get(knobs)) {
      let ints = f.values.compactMap { Int($0) }
      let expected = ints.count == f.values.count && !ints.isEmpty ? "\(ints.min() ?? 0)...\(ints.max() ?? 0)" : f.values.joined(separator: " | ")
      bad(nil, f.name, "expected \(expected), got \(f.get(knobs))")
    }
    if out.count > sizeIssues { return out }
    if Set(mapped).count != mapped.count { bad(nil, "mapped", "a page is listed twice") }
    if order > 0 {
      if !["folio-6.1", "folio-6.12"].contains(variant) { bad(nil, "order", "large folios (order \(order)) are modelled in folio-6.1 and folio-6.12 only, not \(variant)") }
      let n = nrPages
      let groups = stride(from: 0, to: mapped.count, by: n).map { Array(mapped[$0..<min($0 + n, mapped.count)]) }
      for g in groups where g.count != n || g[0] % n != 0 || g != Array(g[0]..<g[0] + n) {
        bad(nil, "mapped", "with order \(order) the mapped pages must be whole aligned runs of \(n) (e.g. \(Array(0..<n))), one large folio each; got \(mapped)")
        break
      }
      if pmdMapped && (pages != nrPages || mapped != Array(0..<nrPages)) {
        bad(nil, "pmd_mapped", "a PMD-mapped THP covers its whole VMA: pages: \(nrPages) and mapped: \(Array(0..<nrPages)) with order \(order)")
      }
      for (i, a) in actors.enumerated() where a.kind == "gup" {
        bad(i, "page", "get_user_pages on a large folio (per-page pins, page_try_share_anon_rmap of one page of the folio) is not modelled: use order 0 with gup")
      }
      for (i, a) in actors.enumerated() where a.kind == "reclaim" {
        bad(i, "page", "reclaim of a large folio (split to swap it out, add_to_swap of 2^order slots) is not modelled: use order 0 with reclaim")
      }
    } else if pages > 2 {
      bad(nil, "pages", "more than 2 virtual pages only with large folios (world.order: 2)")
    }
    if pmdMapped && order == 0 { bad(nil, "pmd_mapped", "a PMD-mapped THP is a large folio: set world.order to 1 or 2") }
    for v in mapped where !(0..<pages).contains(v) { bad(nil, "mapped", "page \(v) is not in 0..<\(pages)") }
    if effectiveFolios > 8 { bad(nil, "folios", "the actors need \(effectiveFolios) folio slots; at most 8") }
    if effectiveFolios < mapped.count { bad(nil, "folios", "\(effectiveFolios) folio slots cannot hold \(mapped.count) mapped pages") }
    if order > 0 && effectiveFolios < largeFrames { bad(nil, "folios", "\(effectiveFolios) page frames cannot hold the large folios and their migration targets (\(largeFrames) frames)") }
    if actors.isEmpty { bad(nil, "actors", "no actors: nothing would happen") }
    var exited = Set<Int>()
    for (i, a) in actors.enumerated() {
      if case .exit(let p) = a, !exited.insert(p).inserted { bad(i, "process", "process \(p) exits twice") }
    }
    var created = Set(0..<initialProcesses)
    var migrated = Set<Int>()
    for (i, a) in actors.enumerated() {
      switch a {
      case .migrate(let p, let v):
        if !(0..<initialProcesses).contains(p) { bad(i, "process", "migrate needs a process alive at the start (0..<\(initialProcesses)), got \(p)") }
        if !mapped.contains(v) { bad(i, "page", "page \(v) is not mapped at the start (mapped: \(mapped))") }
        if !migrated.insert(initialFolio(ofPage: v) ?? v).inserted { bad(i, "page", "two migrators of the same folio (page \(v))") }
      case .migrateBatch(let p, let vs):
        if variant != "folio-6.12" { bad(i, "pages", "a list of pages is one batched migrate_pages call (folio-6.12); \(variant) migrates one page per migrate actor: use page:") }
        if !(1...2).contains(vs.count) { bad(i, "pages", "expected 1 or 2 pages in a batch, got \(vs.count)") }
        if !(0..<initialProcesses).contains(p) { bad(i, "process", "migrate needs a process alive at the start (0..<\(initialProcesses)), got \(p)") }
        for v in vs {
          if !mapped.contains(v) { bad(i, "pages", "page \(v) is not mapped at the start (mapped: \(mapped))") }
          if !migrated.insert(initialFolio(ofPage: v) ?? v).inserted { bad(i, "pages", "page \(v)'s folio is migrated twice (two migrators of the same folio, or listed twice)") }
        }
      case .fault(let p, let v, _):
        if !(0..<processes).contains(p) { bad(i, "process", "process \(p) is not in 0..<\(processes)") }
        if !(0..<pages).contains(v) { bad(i, "page", "page \(v) is not in 0..<\(pages)") }
      case .fork(let parent, let child):
        if !(0..<processes).contains(parent) { bad(i, "parent", "process \(parent) is not in 0..<\(processes)") }
        if !(initialProcesses..<processes).contains(child) {
          bad(i, "child", "the child must be a free process slot in \(initialProcesses)..<\(processes), got \(child)")
        } else if !created.insert(child).inserted {
          bad(i, "child", "process slot \(child) is created twice")
        }
      case .exit(let p), .vmaAdjust(let p):
        if !(0..<processes).contains(p) { bad(i, "process", "process \(p) is not in 0..<\(processes)") }
      case .exec(let p):
        if !(0..<processes).contains(p) { bad(i, "process", "process \(p) is not in 0..<\(processes)") }
        if pages != 2 { bad(i, "process", "exec moves the stack down a page: it needs world.pages: 2") }
      case .migrateShmem(let k), .pageout(let k), .shmemFault(let k):
        if !(0..<shmemPages).contains(k) { bad(i, "shmem_page", "shmem page \(k) is not in 0..<\(shmemPages) (world.shmem_pages)") }
      case .compact(let k), .driverFree(let k):
        if !(0..<driverPages).contains(k) { bad(i, "driver_page", "driver page \(k) is not in 0..<\(driverPages) (world.driver_pages)") }
      case .lruDrain:
        if !knobs.lruBatch { bad(i, "lru_drain", "lru_drain drains the per-CPU LRU batches: set knobs.lru_batch: true") }
        if !["folio-6.1", "folio-6.12"].contains(variant) { bad(i, "lru_drain", "LRU batches are modelled in folio-6.1 and folio-6.12 only") }
      case .reclaim(let v):
        if !mapped.contains(v) { bad(i, "page", "page \(v) is not mapped at the start (mapped: \(mapped))") }
      case .gup(let p, let v):
        if !(0..<processes).contains(p) { bad(i, "process", "process \(p) is not in 0..<\(processes)") }
        if !(0..<pages).contains(v) { bad(i, "page", "page \(v) is not in 0..<\(pages)") }
      }
    }
    for (i, a) in actors.enumerated() {
      switch a {
      case .fault(let p, _, _), .exit(let p), .gup(let p, _), .vmaAdjust(let p), .exec(let p):
        if (0..<processes).contains(p) && !created.contains(p) { bad(i, "process", "process \(p) is never alive: no fork creates it") }
      case .fork(let parent, _):
        if (0..<processes).contains(parent) && !created.contains(parent) { bad(i, "parent", "process \(parent) is never alive") }
      case .migrate, .migrateBatch, .reclaim, .lruDrain, .compact, .driverFree, .migrateShmem, .pageout, .shmemFault: break
      }
    }
    return out
  }
}

// Traces store the configuration; a knob or field added later must not
// make older traces unreadable, so missing keys take their defaults.
extension Knobs {
  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let d = Knobs()
    rmapInsert = try c.decodeIfPresent(RmapInsert.self, forKey: .rmapInsert) ?? d.rmapInsert
    migratePasses = try c.decodeIfPresent(Int.self, forKey: .migratePasses) ?? d.migratePasses
    forceFromPass = try c.decodeIfPresent(Int.self, forKey: .forceFromPass) ?? d.forceFromPass
    invertedLockingForTest = try c.decodeIfPresent(Bool.self, forKey: .invertedLockingForTest) ?? d.invertedLockingForTest
    anonExpectedRefs = try c.decodeIfPresent(Int.self, forKey: .anonExpectedRefs) ?? d.anonExpectedRefs
    restoreOnFailure = try c.decodeIfPresent(Bool.self, forKey: .restoreOnFailure) ?? d.restoreOnFailure
    anonVmaLock = try c.decodeIfPresent(AnonVmaLockKind.self, forKey: .anonVmaLock) ?? d.anonVmaLock
    faultPteSame = try c.decodeIfPresent(Bool.self, forKey: .faultPteSame) ?? d.faultPteSame
    isolatePageLock = try c.decodeIfPresent(Bool.self, forKey: .isolatePageLock) ?? d.isolatePageLock
    driverRelease = try c.decodeIfPresent(DriverRelease.self, forKey: .driverRelease) ?? d.driverRelease
    removeReferencesMapping = try c.decodeIfPresent(RemoveReferencesMapping.self, forKey: .removeReferencesMapping) ?? d.removeReferencesMapping
    shmemMigratepage = try c.decodeIfPresent(Bool.self, forKey: .shmemMigratepage) ?? d.shmemMigratepage
    skipTemporaryStack = try c.decodeIfPresent(Bool.self, forKey: .skipTemporaryStack) ?? d.skipTemporaryStack
    migrateMode = try c.decodeIfPresent(MigrateMode.self, forKey: .migrateMode) ?? d.migrateMode
    flushBeforeMove = try c.decodeIfPresent(Bool.self, forKey: .flushBeforeMove) ?? d.flushBeforeMove
    tlb = try c.decodeIfPresent(Bool.self, forKey: .tlb) ?? d.tlb
    refcountCheck = try c.decodeIfPresent(Bool.self, forKey: .refcountCheck) ?? d.refcountCheck
    anonVmaPin = try c.decodeIfPresent(Bool.self, forKey: .anonVmaPin) ?? d.anonVmaPin
    srcFolioLock = try c.decodeIfPresent(Bool.self, forKey: .srcFolioLock) ?? d.srcFolioLock
    dstFolioLock = try c.decodeIfPresent(Bool.self, forKey: .dstFolioLock) ?? d.dstFolioLock
    rmapWalkLock = try c.decodeIfPresent(Bool.self, forKey: .rmapWalkLock) ?? d.rmapWalkLock
    unmapTlbFlush = try c.decodeIfPresent(Bool.self, forKey: .unmapTlbFlush) ?? d.unmapTlbFlush
    wpCopyReference = try c.decodeIfPresent(Bool.self, forKey: .wpCopyReference) ?? d.wpCopyReference
    wpCopyPteSame = try c.decodeIfPresent(Bool.self, forKey: .wpCopyPteSame) ?? d.wpCopyPteSame
    cowTlbFlush = try c.decodeIfPresent(Bool.self, forKey: .cowTlbFlush) ?? d.cowTlbFlush
    anonFaultPteNone = try c.decodeIfPresent(Bool.self, forKey: .anonFaultPteNone) ?? d.anonFaultPteNone
    forkMmapLock = try c.decodeIfPresent(Bool.self, forKey: .forkMmapLock) ?? d.forkMmapLock
    forkTlbFlush = try c.decodeIfPresent(Bool.self, forKey: .forkTlbFlush) ?? d.forkTlbFlush
    gupFlags = try c.decodeIfPresent(GupFlags.self, forKey: .gupFlags) ?? d.gupFlags
    lruBatch = try c.decodeIfPresent(Bool.self, forKey: .lruBatch) ?? d.lruBatch
    migrateDirty = try c.decodeIfPresent(Bool.self, forKey: .migrateDirty) ?? d.migrateDirty
    unmapMarkDirty = try c.decodeIfPresent(Bool.self, forKey: .unmapMarkDirty) ?? d.unmapMarkDirty
    reclaimFlushDirty = try c.decodeIfPresent(Bool.self, forKey: .reclaimFlushDirty) ?? d.reclaimFlushDirty
    swapinRecheck = try c.decodeIfPresent(Bool.self, forKey: .swapinRecheck) ?? d.swapinRecheck
    swapinPteSame = try c.decodeIfPresent(Bool.self, forKey: .swapinPteSame) ?? d.swapinPteSame
    removeMappingFreeze = try c.decodeIfPresent(Bool.self, forKey: .removeMappingFreeze) ?? d.removeMappingFreeze
  }
}

extension ModelConfig {
  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let d = ModelConfig()
    variant = try c.decodeIfPresent(String.self, forKey: .variant) ?? d.variant
    setting = try c.decodeIfPresent(String.self, forKey: .setting)
    processes = try c.decodeIfPresent(Int.self, forKey: .processes) ?? d.processes
    pages = try c.decodeIfPresent(Int.self, forKey: .pages) ?? d.pages
    folios = try c.decodeIfPresent(Int.self, forKey: .folios) ?? d.folios
    initialProcesses = try c.decodeIfPresent(Int.self, forKey: .initialProcesses) ?? d.initialProcesses
    order = try c.decodeIfPresent(Int.self, forKey: .order) ?? d.order
    pmdMapped = try c.decodeIfPresent(Bool.self, forKey: .pmdMapped) ?? d.pmdMapped
    mapped = try c.decodeIfPresent([Int].self, forKey: .mapped) ?? d.mapped
    driverPages = try c.decodeIfPresent(Int.self, forKey: .driverPages) ?? d.driverPages
    shmemPages = try c.decodeIfPresent(Int.self, forKey: .shmemPages) ?? d.shmemPages
    knobs = try c.decodeIfPresent(Knobs.self, forKey: .knobs) ?? d.knobs
    actors = try c.decodeIfPresent([ActorConfig].self, forKey: .actors) ?? d.actors
  }
}
