import RuleKit

/// Program counter of a migrating task.
///
/// folio-6.1 (and the older variants): `migrate_pages` → `unmap_and_move` →
/// `__unmap_and_move` for one order-0 anonymous folio (mm/migrate.c, 6.1),
/// `isolate` … `putSrc`.
///
/// folio-6.12 adds the labels of `migrate_pages_batch` (6.3+): the unmap
/// phase walks the list (`unmapAndMove` … `unmapDone`, `unmapPassEnd`),
/// `flush` is the one `try_to_unmap_flush()`, the move phase walks the
/// unmapped folios (`move` … `putSrc`, `movePassEnd`), `cleanup` undoes what
/// is still unmapped, `batchEnd` ends the batch, `syncNext` is
/// `migrate_pages_sync`'s one-by-one retry, `traceEnd` the
/// `mm_migrate_pages` tracepoint with the call's counts.
public enum MigratePC: Int, ModelEnum {
  case isolate, unmapAndMove, trylockSrc, lockSrc, getAnonVma, getAnonVmaRecheck, trylockDst, addToCache, tryToMigrate, unmapWalk
  case move, copy, addLru, remap, remapWalk, unlockDst, putAnonVma, unlockSrc
  case putDst, putSrc, failed, putback
  case unmapUndoDst, unmapDone, unmapPassEnd, flush, movePassEnd, cleanup, batchEnd, syncNext, traceEnd
  case done
}

/// Where one folio of a folio-6.12 `migrate_pages` call is: which of the
/// kernel's lists holds it.
public enum MigrateFolioState: Int, ModelEnum {
  /// Not on the list: isolation failed (or not tried yet).
  case none
  /// On `from`: to be unmapped in this batch (an -EAGAIN stays here).
  case pending
  /// `migrate_pages_sync`: failed in the async batch, waiting to be retried on its own.
  case deferred
  /// On `unmap_folios`: locked, unmapped (migration entries), destination locked.
  case unmapped
  /// Migrated (or freed under us): counted in nr_succeeded.
  case migrated
  /// On `ret_folios`: counted in nr_failed, put back by the caller.
  case failed
}

extension World {
  /// Adds a migrator of the folios `sources` (named `name`).
  ///
  /// One source is `migrate_pages` of one folio, the 6.1 path. In
  /// folio-6.12 the sources are one list handed to `migrate_pages`, which
  /// runs `migrate_pages_batch` (mm/migrate.c, 6.3+): every folio is unmapped
  /// first (`migrate_folio_unmap`), the TLB flush deferred, then one
  /// `try_to_unmap_flush()`, then each is moved (`migrate_folio_move`);
  /// what is left is undone (`migrate_folio_undo_src/dst`). The per-folio
  /// steps are the same rules in both eras; only where they lead differs.
  ///
  /// Read from a recent mm/migrate.c and mm/rmap.c (newer than 6.12) and the
  /// 2023 series that introduced the batch (5dfab109d519, 7e12beb8ca2a,
  /// 2ef7dbb26990, fb3592c41a44). Where they differ from 6.12: later trees
  /// count folio splits (`nr_split`) and some pass a `can_luf` result out of
  /// `try_to_migrate` for the proposed lazy unmap flush; neither is modelled
  /// (order-0 folios, and 6.12 has no LUF). `NR_MAX_MIGRATE_ASYNC_RETRY` (3)
  /// and `NR_MAX_MIGRATE_SYNC_RETRY` (7) are both the `migrate_passes` knob.
  ///
  /// The caller's side (`move_pages`, compaction) holds no mmap_lock: the
  /// core must not rely on it, so neither does the model.
  /// Returns the references it holds on a folio (isolation, allocation).
  func addMigrator(name: String, sources: [Int]) -> (Int) -> Expr<Int> {
    let n = sources.count
    let batched = config.variant == "folio-6.12"
    let title = n == 1 ? "migrate_pages(F\(sources[0]))" : "migrate_pages(\(sources.map { "F\($0)" }.joined(separator: ", ")))"
    let a = b.actor(name, title: title, pcs: MigratePC.self)
    let names = [sources.map { "F\($0)" }]
    let cur: StateVar<Int>? = n > 1 ? a.local("cur", .int(max: n - 1)) : nil
    let at: Expr<Int> = cur?.value ?? Expr(0)
    /// A per-folio local: a scalar for a list of one (as in 6.1), else indexed by the list position.
    func perFolio<T>(_ local: StateVar<T>) -> (Expr<Int>) -> Expr<T> {
      n == 1 ? { _ in local.value } : { k in local[k] }
    }
    let dims = n == 1 ? [] : [n]
    let isolatedVar: StateVar<Bool> = a.local("isolated", .bool, dims: dims, indexNames: n == 1 ? [] : names)
    let dstVar: StateVar<Int> = a.local("dst", .int(max: noFolio), dims: dims, indexNames: n == 1 ? [] : names)
    let avVar: StateVar<Int> = a.local("anon_vma", .int(max: noAnonVma), dims: dims, indexNames: n == 1 ? [] : names)
    showFolio(dstVar)
    showAnonVma(avVar)
    for k in 0..<n {
      b.initially(n == 1 ? dstVar.value : dstVar[k], noFolio)
      b.initially(n == 1 ? avVar.value : avVar[k], noAnonVma)
    }
    let cursor: StateVar<Int> = a.local("cursor", .int(max: P))
    let wasMappedVar: StateVar<Bool> = a.local("page_was_mapped", .bool, dims: dims, indexNames: n == 1 ? [] : names)
    let ok: StateVar<Bool> = a.local("ok", .bool)
    let pass: StateVar<Int> = a.local("pass", .int(max: config.knobs.migratePasses - 1))
    let isolated = perFolio(isolatedVar), dst = perFolio(dstVar), av = perFolio(avVar), wasMapped = perFolio(wasMappedVar)
    // folio-6.12 only: the lists, migrate_pages_sync's stage, the deferred
    // flush's cpumask (tlb_ubc), and the counts the call returns.
    let state: StateVar<MigrateFolioState>? = batched ? a.local("list", MigrateFolioState.domain, dims: [n], indexNames: names) : nil
    let syncStage: StateVar<Bool>? = batched && config.knobs.migrateMode == .sync ? a.local("sync_one_by_one", .bool) : nil
    let noMem: StateVar<Bool>? = batched ? a.local("rc_saved_enomem", .bool) : nil
    let ubc: StateVar<Bool>? = batched && !tlbs.isEmpty ? a.local("tlb_ubc.cpumask", .bool, dims: [P], indexNames: [(0..<P).map { "P\($0)" }]) : nil
    let nrSucceeded: StateVar<Int>? = batched ? a.local("nr_succeeded", .int(max: n)) : nil
    let nrFailed: StateVar<Int>? = batched ? a.local("nr_failed", .int(max: n)) : nil

    /// The folio at list position `k`.
    func source(_ k: Expr<Int>) -> Expr<Int> {
      (0..<n - 1).reversed().reduce(Expr<Int>(sources[n - 1])) { acc, i in ite(k == Expr(i), Expr(sources[i]), acc) }
    }
    let s = source(at)
    let d = dst(at)
    let m = mapping[s]  // the folio's anon_vma; stable while the folio is locked
    let lastPass = config.knobs.migratePasses - 1
    // 6.1: passes 3+ sleep in folio_lock. 6.12: only MIGRATE_SYNC does
    // (the one-by-one stage); every MIGRATE_ASYNC batch trylocks.
    let force: Expr<Bool> = batched ? (syncStage?.value ?? falseExpr) : pass.value >= Expr(config.knobs.forceFromPass)
    // try_to_migrate(src, mode == MIGRATE_ASYNC ? TTU_BATCH_FLUSH : 0).
    let deferFlush: Expr<Bool> = batched ? !(syncStage?.value ?? falseExpr) : falseExpr
    // remove_migration_ptes(page, page) on failure (knob: off reproduces
    // the entries left behind when it is missing).
    let restore = Expr<Bool>(config.knobs.restoreOnFailure)
    let kernelUnmap = batched ? "mm/migrate.c: migrate_folio_unmap()" : "mm/migrate.c: __unmap_and_move()"
    let kernelMove = batched ? "mm/migrate.c: migrate_folio_move()" : "mm/migrate.c: __unmap_and_move()"

    /// `list_for_each_entry_safe`: on to the next list position, or `end`
    /// after the last (position 0 again).
    func advance(_ r: inout Step<MigratePC>, _ phase: MigratePC, else end: MigratePC) {
      guard let cur else { r.goto(end); return }
      let last = cur.value == Expr(n - 1)
      r.set(cur.value, ite(last, Expr(0), cur.value + 1))
      r.goto(ite(last, Expr(end), Expr(phase)))
    }
    /// The list walk of `phase` passes over a folio that is not on its list.
    func skip(_ phase: MigratePC, on list: MigrateFolioState, else end: MigratePC, _ what: String) {
      guard let state else { return }
      a.step("list_for_each_entry_safe: not on \(what)", at: phase, kernel: "mm/migrate.c: migrate_pages_batch()",
             summary: "this folio is not on the list being walked") { r in
        r.require(state[at] != list)
        advance(&r, phase, else: end)
      }
    }
    /// 6.12: the folio is on `from` (6.1 has only the one folio).
    func requireOnList(_ r: inout Step<MigratePC>) { if let state { r.require(state[at] == .pending) } }

    /// rmap_walk_anon visiting the VMA at the cursor: the next VMA `q` on
    /// the anon_vma's list, for which `visits(q)` holds; the anon_vma must
    /// still be alive, and the step runs under `q`'s page-table lock (the
    /// PTE or the PMD lock). Returns `q`.
    func visitVma(_ r: inout Step<MigratePC>, _ walk: String, where visits: (Expr<Int>) -> Expr<Bool>) -> Expr<Int> {
      let q = avList[m, cursor.value]
      r.require(cursor.value < avLen[m] && visits(q))
      r.check("refcount_safety", avRefcount[m] > 0, "\(walk): rmap walk of a freed anon_vma")
      r.within(ptl[q])
      return q
    }

    // S0: isolate (the caller, e.g. add_page_for_migration, once per page).
    a.step("folio_isolate_lru", at: .isolate, kernel: "mm/vmscan.c: folio_isolate_lru()",
           summary: "test-and-clear PG_lru; the isolation takes a reference") { r in
      isolateLRU(&r, s)
      r.set(isolated(at), true)
      if let state { r.set(state[at], .pending); advance(&r, .isolate, else: .unmapAndMove) } else { r.goto(.unmapAndMove) }
    }
    a.step("folio_isolate_lru → -EBUSY", at: .isolate, kernel: "mm/vmscan.c: folio_isolate_lru()",
           summary: "not on the LRU (freed, or isolated by someone else): nothing to migrate") { r in
      r.require(!(used[s] && lru[s]))
      if state != nil { advance(&r, .isolate, else: .unmapAndMove) } else { r.goto(.done) }
    }

    // S1/S2: unmap_and_move (6.12: the start of migrate_folio_unmap).
    skip(.unmapAndMove, on: .pending, else: .unmapPassEnd, "from")
    a.step(batched ? "migrate_folio_unmap: freed under us" : "unmap_and_move: freed under us", at: .unmapAndMove,
           kernel: batched ? "mm/migrate.c: migrate_folio_unmap()" : "mm/migrate.c: unmap_and_move()",
           summary: "page_count == 1: only the isolation reference is left; put it (success)") { r in
      requireOnList(&r)
      r.require(refcount[s] == 1)
      folioPut(&r, s, what: batched ? "migrate_folio_done" : "unmap_and_move")
      r.set(isolated(at), false)
      if let state { r.set(state[at], .migrated); advance(&r, .unmapAndMove, else: .unmapPassEnd) } else { r.goto(.done) }
    }
    a.step("get_new_page", at: .unmapAndMove, kernel: "mm/migrate.c: alloc_migration_target()",
           summary: "allocate the destination folio (one reference)") { r in
      requireOnList(&r)
      r.require(refcount[s] != 1 && anyFreeRun(nrPages))
      allocLargeFolio(&r, pages: nrPages, into: d, on: Expr(1) - node[s])
      r.goto(.trylockSrc)
    }
    a.step("get_new_page → -ENOMEM", at: .unmapAndMove, kernel: batched ? "mm/migrate.c: migrate_pages_batch()" : "mm/migrate.c: unmap_and_move()",
           summary: batched ? "no free folio: rc_saved = -ENOMEM, go straight to the move phase; the call fails" : "no free folio: migrate_pages gives up, the caller puts the folio back") { r in
      requireOnList(&r)
      r.require(refcount[s] != 1 && !anyFreeRun(nrPages))
      if let noMem { r.set(noMem.value, true); r.goto(.flush) } else { r.goto(.putback) }
    }

    // S3: lock the source.
    let lockSrc = config.knobs.srcFolioLock, lockDst = config.knobs.dstFolioLock, walkLock = config.knobs.rmapWalkLock
    a.step("folio_trylock(src)", at: .trylockSrc, kernel: kernelUnmap,
           summary: lockSrc ? "" : "ABLATION (src_folio_lock: false): the source folio is not locked") { r in
      if lockSrc { r.acquire(pgLocked[s], try: true) }
      r.goto(.getAnonVma)
    }
    a.step("folio_trylock(src) → -EAGAIN", at: .trylockSrc, kernel: kernelUnmap,
           summary: batched ? "busy folio lock in MIGRATE_ASYNC: give up on it for this pass" : "busy folio lock on an unforced pass") { r in
      r.require(pgLocked[s].isHeld && !force)
      r.set(ok.value, false)
      r.goto(batched ? .unmapUndoDst : .failed)
    }
    a.step("folio_trylock(src) failed: sleep", at: .trylockSrc, kernel: kernelUnmap,
           summary: batched ? "MIGRATE_SYNC (one folio on the list): fall back to folio_lock" : "forced pass: fall back to folio_lock") { r in
      r.require(pgLocked[s].isHeld && force)
      r.goto(.lockSrc)
    }
    a.step("folio_lock(src)", at: .lockSrc, kernel: "mm/filemap.c: folio_lock()") { r in
      if lockSrc { r.acquire(pgLocked[s]) }
      r.goto(.getAnonVma)
    }
    if batched {
      a.step("migrate_folio_undo_dst", at: .unmapUndoDst, kernel: "mm/migrate.c: migrate_folio_unmap() → migrate_folio_undo_dst()",
             summary: "-EAGAIN before anything was locked: free the destination; the folio stays on the list for the next pass") { r in
        folioPut(&r, d, what: "migrate_folio_undo_dst")
        r.set(d, Expr(noFolio))
        advance(&r, .unmapAndMove, else: .unmapPassEnd)
      }
    }

    // S5: pin the anon_vma so that it outlives the mappings (B5).
    a.step("folio_get_anon_vma", at: .getAnonVma, kernel: "mm/rmap.c: folio_get_anon_vma()",
           summary: "mapped anon folio: take a reference on its anon_vma (inc_not_zero)") { r in
      r.require(folioMapped(s) && m != Expr(noAnonVma))
      r.require(avRefcount[m] > 0)
      if config.knobs.anonVmaPin {
        r.update(avRefcount[m]) { $0 + 1 }
        r.set(av(at), m)
        r.goto(.getAnonVmaRecheck)
      } else {
        r.goto(.trylockDst)
      }
    }
    // folio_get_anon_vma's second look: the reference is safe (the anon_vma is
    // SLAB_TYPESAFE_BY_RCU) but if the folio was unmapped meanwhile (an exit
    // zapped it) the anon_vma may be on its way out: put it, return NULL.
    a.step("folio_get_anon_vma: still mapped", at: .getAnonVmaRecheck, kernel: "mm/rmap.c: folio_get_anon_vma()",
           summary: "folio_mapped() again after inc_not_zero: keep the reference") { r in
      r.require(folioMapped(s))
      r.goto(.trylockDst)
    }
    a.step("folio_get_anon_vma: unmapped meanwhile → NULL", at: .getAnonVmaRecheck, kernel: "mm/rmap.c: folio_get_anon_vma()",
           summary: "no longer mapped: put_anon_vma and return NULL (nothing left to unmap)") { r in
      r.require(!folioMapped(s))
      putAnonVma(&r, av(at), when: trueExpr, what: "folio_get_anon_vma")
      r.set(av(at), Expr(noAnonVma))
      r.goto(.trylockDst)
    }
    a.step("folio_get_anon_vma → NULL", at: .getAnonVma, kernel: "mm/rmap.c: folio_get_anon_vma()",
           summary: "not mapped: no anon_vma to pin") { r in
      r.require(!(folioMapped(s) && m != Expr(noAnonVma) && avRefcount[m] > 0))
      r.goto(.trylockDst)
    }

    // S6: lock the destination; nobody else knows it, so the trylock succeeds.
    a.step("folio_trylock(dst)", at: .trylockDst, kernel: kernelUnmap) { r in
      if lockDst { r.acquire(pgLocked[d], try: true) }
      r.goto(caches == nil ? .tryToMigrate : .addToCache)
    }
    if let c = caches {
      // Where 2.6.16 did add_to_swap(): the page gets a migration-cache id
      // (its own number), and the cache takes a reference.
      a.step("add_to_migration_cache", at: .addToCache, kernel: "mm/migrate.c (migration cache V8): add_to_migration_cache()",
             summary: "park the page in the migration cache under its id; the cache holds a reference") { r in
        r.set(c.kind[s], Expr(.migration))
        r.set(c.page[s], s)
        r.update(refcount[s]) { $0 + 1 }
        r.goto(.tryToMigrate)
      }
    }

    // S7: try_to_migrate — an rmap walk over the folio's anon_vma, root rwsem held for read.
    let unmapped: MigratePC = batched ? .unmapDone : .move
    a.step("try_to_migrate", at: .tryToMigrate, kernel: "mm/rmap.c: try_to_migrate() → rmap_walk_anon()",
           summary: batched ? "folio mapped: lock the anon_vma root for read and walk its VMAs (TTU_BATCH_FLUSH in MIGRATE_ASYNC)" : "folio mapped: lock the anon_vma root for read and walk its VMAs") { r in
      r.require(folioMapped(s))
      if walkLock { r.acquire(rootLock(m), .read) }
      r.set(cursor.value, 0)
      r.set(wasMapped(at), true)
      r.goto(.unmapWalk)
    }
    a.step("try_to_migrate: not mapped", at: .tryToMigrate, kernel: kernelUnmap) { r in
      r.require(!folioMapped(s))
      r.set(wasMapped(at), false)
      r.goto(unmapped)
    }
    for v in 0..<V {
      a.step("try_to_migrate_one", at: .unmapWalk, kernel: "mm/rmap.c: try_to_migrate_one()", args: [RuleArg("page", v),],
             summary: (batched
               ? "under the VMA's PTL: a present PTE of the folio becomes a migration entry; mapcount and refcount drop; the TLB flush is ptep_clear_flush, or with TTU_BATCH_FLUSH only recorded (set_tlb_ubc_flush_pending)"
               : "under the VMA's PTL: a present PTE of the folio becomes a migration entry (ptep_clear_flush); mapcount and refcount drop")
               + (nrPages > 1 ? "; page_vma_mapped_walk visits every PTE of the large folio in the VMA, each page's entry carrying its own exclusivity" : "")) { r in
        let c = cursor.value
        let q = visitVma(&r, "try_to_migrate") { q in
          folioMapped(s) && !skipsTemporaryStack(q) && vmaAddressValid(q, index[s]) && vmaAddress(q, index[s]) == Expr(v)
            && !(pmdPresent(q) && (pmd.map { $0.folio[q] == s } ?? falseExpr))  // set_pmd_migration_entry's step
        }
        var unmappedHere = Expr<Int>(0)
        for i in 0..<nrPages where v + i < V {
          let u = v + i, x = page(s, i)
          let hit = maps(q, u, x)
          if pincount != nil { r.require(!(hit && anonExclusive[x] && maybeDmaPinned(s))) }
          let entry: Expr<PTEKind> = caches != nil ? Expr(.migrationCache)  // names the id, which is s
            : ite(pteWrite[q, u], Expr(.migrationWrite), ite(anonExclusive[x], Expr(.migrationReadExclusive), Expr(.migrationRead)))
          r.when(hit, pteKind[q, u], entry)
          r.when(hit, pteWrite[q, u], false)
          r.when(hit, anonExclusive[x], false)  // page_try_share_anon_rmap: exclusivity now lives in the entry
          // "Set the dirty flag on the folio now the pte is gone"; the entry
          // keeps the PTE's dirty bit (make_migration_entry_dirty).
          if let sw = swap, config.knobs.unmapMarkDirty { r.when(hit && sw.pteDirty[q, u], sw.dirty[s], true) }
          r.when(hit, mapcount[x], mapcount[x] - 1)
          unmappedHere = unmappedHere + hit.asInt
          if let ubc {
            if config.knobs.unmapTlbFlush { flushTLB(&r, process: q, page: u, when: hit && !deferFlush) }
            r.when(hit && deferFlush, ubc[q], true)
          } else if config.knobs.unmapTlbFlush {
            flushTLB(&r, process: q, page: u, when: hit)
          }
        }
        r.update(refcount[s]) { $0 - unmappedHere }
        r.set(cursor.value, c + 1)
      }
    }
    if let pmd {
      a.step("set_pmd_migration_entry", at: .unmapWalk, kernel: "mm/rmap.c: try_to_migrate_one() → mm/huge_memory.c: set_pmd_migration_entry()",
             summary: "under the PMD lock: pmdp_invalidate (TLB flushed), the huge PMD becomes a PMD migration entry (writable, readable-exclusive or readable), page_remove_rmap(compound), put_page") { r in
        let c = cursor.value
        let q = visitVma(&r, "try_to_migrate") { q in folioMapped(s) && pmdPresent(q) && pmd.folio[q] == s }
        r.set(pmd.kind[q], ite(pmd.write[q], Expr(PMDKind.migrationWrite), ite(anonExclusive[s], Expr(.migrationReadExclusive), Expr(.migrationRead))))
        r.set(pmd.write[q], false)
        r.set(anonExclusive[s], false)
        r.set(pmd.entireMapcount[s], pmd.entireMapcount[s] - 1)
        r.update(refcount[s]) { $0 - 1 }
        for v in 0..<V { flushTLB(&r, process: q, page: v, when: trueExpr) }
        r.set(cursor.value, c + 1)
      }
    }
    // 6.1: page_try_share_anon_rmap() fails on a maybe-pinned exclusive
    // page: the PTE is set back and the walk stops (ret = false); the folio
    // stays mapped and the migration fails with -EAGAIN.
    addPinnedRefusal(a, at: .unmapWalk, cursor: cursor.value, anonVma: m, folio: s, walk: "try_to_migrate_one",
                     summary: "under the PTL: an exclusive page that may be DMA-pinned cannot lose its exclusivity to a migration entry: the PTE is restored and the walk ends")
    addVmaAddressFault(a, at: .unmapWalk, cursor: cursor.value, anonVma: m, folio: s, walk: "try_to_migrate")
    if temporaryStack != nil && config.knobs.skipTemporaryStack {
      a.step("invalid_migration_vma: temporary stack", at: .unmapWalk, kernel: "mm/rmap.c: try_to_unmap_anon() is_vma_temporary_stack() (2.6.35; 6.1: invalid_migration_vma())",
             summary: "exec's stack is still being moved: leave its PTEs alone (the folio stays mapped, migration fails with -EAGAIN)") { r in
        let c = cursor.value
        r.require(c < avLen[m] && folioMapped(s) && skipsTemporaryStack(avList[m, c]))
        r.set(cursor.value, c + 1)
      }
    }
    a.step("try_to_migrate: walk done", at: .unmapWalk, kernel: "mm/rmap.c: rmap_walk_anon()",
           summary: "end of the list, or rwc->done(): the folio is no longer mapped; unlock the anon_vma") { r in
      r.require(cursor.value >= avLen[m] || !folioMapped(s))
      if walkLock { r.release(rootLock(m), .read) }
      r.set(cursor.value, 0)
      r.goto(unmapped)
    }

    if let state {
      // The end of migrate_folio_unmap: unmapped, or undone with -EAGAIN.
      a.step("migrate_folio_unmap → MIGRATEPAGE_UNMAP", at: .unmapDone, kernel: "mm/migrate.c: migrate_folio_unmap() → __migrate_folio_record()",
             summary: "!folio_mapped: onto unmap_folios (src and dst stay locked, the entries stay, the anon_vma stays pinned)") { r in
        r.require(!folioMapped(s))
        r.set(state[at], .unmapped)
        advance(&r, .unmapAndMove, else: .unmapPassEnd)
      }
      a.step("migrate_folio_unmap: still mapped → -EAGAIN", at: .unmapDone, kernel: "mm/migrate.c: migrate_folio_unmap() → migrate_folio_undo_src()",
             summary: "still mapped after try_to_migrate: undo (restore the entries, unlock) and leave it on the list for the next pass") { r in
        r.require(folioMapped(s))
        r.set(ok.value, false)
        r.goto(ite(wasMapped(at) && restore, Expr(MigratePC.remap), Expr(.putAnonVma)))
      }
      let anyPending = any(0..<n) { state[$0] == .pending }
      a.step("migrate_pages_batch: next unmap pass", at: .unmapPassEnd, kernel: "mm/migrate.c: migrate_pages_batch()",
             summary: "some folio got -EAGAIN: walk the list again (nr_pass bounds it: migrate_passes here)") { r in
        r.require(anyPending && pass.value < Expr(lastPass) && !noMem!.value)
        r.update(pass.value) { $0 + 1 }
        r.goto(.unmapAndMove)
      }
      a.step("migrate_pages_batch: unmap phase done", at: .unmapPassEnd, kernel: "mm/migrate.c: migrate_pages_batch()",
             summary: "nothing to retry, or the last pass: the folios still on from count as failed (retry)") { r in
        r.require(!(anyPending && pass.value < Expr(lastPass) && !noMem!.value))
        r.set(pass.value, 0)
        r.goto(.flush)
      }
      /// try_to_unmap_flush(): flush the TLBs of every CPU recorded in the batch.
      func unmapFlush(_ r: inout Step<MigratePC>) {
        guard let ubc else { return }
        for (t, e) in tlbs.enumerated() { r.when(ubc[e.process], tlbs[t].valid, false) }
        for q in 0..<P { r.set(ubc[q], false) }
      }
      if config.knobs.flushBeforeMove {
        a.step("try_to_unmap_flush", at: .flush, kernel: "mm/rmap.c: try_to_unmap_flush() (from migrate_pages_batch())",
               summary: "one TLB flush for every folio unmapped with TTU_BATCH_FLUSH, before any is copied") { r in
          unmapFlush(&r)
          r.goto(.move)
        }
      } else {
        a.step("move phase (no try_to_unmap_flush: ablation)", at: .flush, kernel: "mm/migrate.c: migrate_pages_batch() (flush_before_move: false)",
               summary: "ABLATION: the deferred TLB flush is skipped here and done after the move phase") { r in
          r.goto(.move)
        }
      }
      let anyUnmapped = any(0..<n) { state[$0] == .unmapped }
      a.step("migrate_pages_batch: next move pass", at: .movePassEnd, kernel: "mm/migrate.c: migrate_pages_batch()",
             summary: "some move got -EAGAIN: the folio stays unmapped and locked; walk unmap_folios again") { r in
        r.require(anyUnmapped && pass.value < Expr(lastPass))
        r.update(pass.value) { $0 + 1 }
        r.goto(.move)
      }
      a.step("migrate_pages_batch: move phase done", at: .movePassEnd, kernel: "mm/migrate.c: migrate_pages_batch()",
             summary: config.knobs.flushBeforeMove ? "the move passes are over: undo what is still unmapped" : "ABLATION: the deferred TLB flush happens only now, after the copies") { r in
        r.require(!(anyUnmapped && pass.value < Expr(lastPass)))
        if !config.knobs.flushBeforeMove { unmapFlush(&r) }
        r.set(pass.value, 0)
        r.goto(.cleanup)
      }
      skip(.cleanup, on: .unmapped, else: .batchEnd, "unmap_folios")
      a.step("migrate_folio_undo_src", at: .cleanup, kernel: "mm/migrate.c: migrate_pages_batch() out: → migrate_folio_undo_src()",
             summary: "still unmapped after the last move pass: restore the entries to src, put the anon_vma, unlock src; then undo dst") { r in
        r.require(state[at] == .unmapped)
        r.set(ok.value, false)
        r.goto(ite(wasMapped(at) && restore, Expr(MigratePC.remap), Expr(.putAnonVma)))
      }
      // Failures of the async batch of a MIGRATE_SYNC call are retried on their own.
      let retryLater: Expr<Bool> = syncStage.map { !$0.value && !noMem!.value } ?? falseExpr
      a.step("migrate_pages_batch: done", at: .batchEnd, kernel: "mm/migrate.c: migrate_pages_batch() / migrate_pages_sync()",
             summary: "folios still on from and on ret_folios: failed, or in MIGRATE_SYNC's async batch kept to be retried one by one") { r in
        for k in 0..<n {
          r.when(state[k] == .pending || state[k] == .failed, state[k], ite(retryLater, Expr(MigrateFolioState.deferred), Expr(.failed)))
        }
        if let syncStage { r.set(syncStage.value, true) }
        r.goto(syncStage == nil ? .traceEnd : .syncNext)
      }
      if syncStage != nil {
        let anyDeferred = any(0..<n) { state[$0] == .deferred }
        a.step("migrate_pages_sync: one by one", at: .syncNext, kernel: "mm/migrate.c: migrate_pages_sync()",
               summary: "the next folio that failed the async batch, alone on the list, MIGRATE_SYNC (folio_lock may sleep, no TTU_BATCH_FLUSH)") { r in
          r.require(anyDeferred)
          // list_move(from->next, &folios): the first deferred folio.
          for k in 0..<n {
            let first = state[k] == .deferred && all(0..<k) { state[$0] != .deferred }
            r.when(first, state[k], .pending)
          }
          r.set(pass.value, 0)
          if let cur { r.set(cur.value, 0) }
          r.goto(.unmapAndMove)
        }
        a.step("migrate_pages_sync: done", at: .syncNext, kernel: "mm/migrate.c: migrate_pages_sync()") { r in
          r.require(!anyDeferred)
          r.goto(.traceEnd)
        }
      }
      a.step("trace_mm_migrate_pages", at: .traceEnd, kernel: "mm/migrate.c: migrate_pages()",
             summary: "the call returns nr_failed; the tracepoint prints nr_succeeded and nr_failed") { r in
        r.set(nrSucceeded!.value, count(0..<n) { state[$0] == .migrated })
        r.set(nrFailed!.value, count(0..<n) { state[$0] == .failed })
        if let noMem { r.set(noMem.value, false) }
        r.goto(.putback)
      }
    }

    // S8: move_to_new_folio → migrate_folio → folio_migrate_mapping (mapping == NULL).
    // The migration cache's reference counts as a mapping's (nr_refs 2).
    if batched { skip(.move, on: .unmapped, else: .movePassEnd, "unmap_folios") }
    // folio_expected_refs: 1 + nr for a folio with a mapping (the swap cache's).
    let expectedRefs = Expr<Int>(config.knobs.anonExpectedRefs + (caches == nil ? 0 : 1)) + (swap.map { $0.swapCache[s].asInt } ?? Expr(0))
    // 6.1 moves only `if (!folio_mapped(src))`; 6.12's move phase does not look.
    let unmappedOK: Expr<Bool> = batched ? (state.map { $0[at] == .unmapped } ?? trueExpr) : !folioMapped(s)
    // refcount_check: false (ablation) moves whatever references there are.
    let refsOK: Expr<Bool> = config.knobs.refcountCheck ? refcount[s] == expectedRefs : trueExpr
    a.step("folio_migrate_mapping", at: .move, kernel: "mm/migrate.c: folio_migrate_mapping() (2.6.17: migrate_page_remove_references())",
           summary: "refcount is the expected \(config.knobs.anonExpectedRefs) (1 = only the isolation reference): dst takes src's mapping and index") { r in
      r.require(unmappedOK && refsOK)
      r.set(mapping[d], m)
      r.set(index[d], index[s])
      if let sw = swap, let xa = treeLock {
        // A swap-cache folio: under the xa_lock, folio_ref_freeze(expected),
        // the copy takes the cache's reference, PG_swapcache and the slot,
        // PG_dirty moves over (migrate_dirty), xas_store(newfolio), and the
        // old folio's cache reference goes (folio_ref_unfreeze(expected - nr)).
        let inCache = sw.swapCache[s]
        r.within(xa[0])
        r.when(inCache, refcount[d], refcount[d] + 1)
        r.when(inCache, refcount[s], refcount[s] - 1)
        r.when(inCache, sw.swapCache[d], true)
        r.when(inCache, sw.slot[d], sw.slot[s])
        r.when(inCache, sw.cache[sw.slot[s]], d)
        if config.knobs.migrateDirty {
          r.when(inCache && sw.dirty[s], sw.dirty[d], true)
          r.when(inCache, sw.dirty[s], false)
        }
      }
      if let c = caches {
        // radix slot replaced: get_page(newpage), __put_page(page).
        r.set(c.page[s], d)
        r.update(refcount[d]) { $0 + 1 }
        r.update(refcount[s]) { $0 - 1 }
      }
      r.goto(.copy)
    }
    a.step("folio_migrate_mapping → -EAGAIN", at: .move, kernel: "mm/migrate.c: folio_migrate_mapping()",
           summary: batched ? "someone else holds a reference: the folio stays unmapped and locked for the next move pass" : "someone else holds a reference") { r in
      r.require(unmappedOK && !refsOK)
      r.set(ok.value, false)
      if batched { advance(&r, .move, else: .movePassEnd) } else {
        r.goto(ite(wasMapped(at) && restore, Expr(MigratePC.remap), Expr(.unlockDst)))
      }
    }
    if !batched {
      a.step("folio_mapped → -EAGAIN", at: .move, kernel: "mm/migrate.c: __unmap_and_move()",
             summary: "still mapped after try_to_migrate: skip the move") { r in
        r.require(folioMapped(s))
        r.set(ok.value, false)
        r.goto(ite(wasMapped(at) && restore, Expr(MigratePC.remap), Expr(.unlockDst)))
      }
    }
    a.step("folio_migrate_copy", at: .copy, kernel: "mm/migrate.c: folio_migrate_copy() → folio_copy()",
           summary: "copy the data (src has no mappings, both folios locked)") { r in
      for i in 0..<nrPages { r.set(data[page(d, i)], data[page(s, i)]) }  // folio_copy: every page
      r.set(ok.value, true)
      if let sw = swap {
        // folio_migrate_flags: "Move dirty on pages not done by
        // folio_migrate_mapping()", and folio_clear_swapcache(src).
        if config.knobs.migrateDirty { r.when(sw.dirty[s], sw.dirty[d], true) }
        r.set(sw.swapCache[s], false)
      }
      r.goto(.addLru)
    }
    // S9.
    a.step("folio_add_lru(dst)", at: .addLru, kernel: "mm/swap.c: folio_add_lru() + lru_add_drain()",
           summary: caches == nil ? "" : "lazy migration: the entries stay, tasks fault the new page in from the migration cache") { r in
      // lru_cache_add(dst), and lru_add_drain() at once if src was mapped
      // ("so that remove_migration_ptes() will update the counters").
      addToLRU(&r, d, drained: wasMapped(at))
      r.goto(caches != nil ? Expr(MigratePC.unlockDst) : ite(wasMapped(at), Expr(MigratePC.remap), Expr(.unlockDst)))
    }

    // S10: remove_migration_ptes(src, ok ? dst : src) — walk again, restore every entry of src.
    let target = ite(ok.value, d, s)
    a.step("remove_migration_ptes", at: .remap, kernel: "mm/migrate.c: remove_migration_ptes() → rmap_walk()",
           summary: "lock the anon_vma root for read (kept alive by the pin) and walk every VMA") { r in
      // rmap_walk_anon_lock → anon_vma_lock_read: the anon_vma must still be alive.
      r.check("refcount_safety", implies(m != Expr(noAnonVma), avRefcount[ite(m != Expr(noAnonVma), m, Expr(0))] > 0),
              "remove_migration_ptes: anon_vma_lock_read of a freed anon_vma")
      if walkLock { r.acquire(rootLock(m), .read) }
      r.set(cursor.value, 0)
      r.goto(.remapWalk)
    }
    for v in 0..<V {
      a.step("remove_migration_pte", at: .remapWalk, kernel: "mm/migrate.c: remove_migration_pte()", args: [RuleArg("page", v)],
             summary: "under the VMA's PTL: a migration entry of src becomes a present PTE of the target; +1 ref, +1 mapcount" + (nrPages > 1 ? " (per page of the large folio: page i of src → page i of the target)" : "")) { r in
        let c = cursor.value
        let q = visitVma(&r, "remove_migration_ptes") { q in
          vmaAddressValid(q, index[s]) && vmaAddress(q, index[s]) == Expr(v)
            && !(pmdMigrationEntry(q) && (pmd.map { $0.folio[q] == s } ?? falseExpr))  // remove_migration_pmd's step
        }
        var restoredHere = Expr<Int>(0)
        for i in 0..<nrPages where v + i < V {
          let u = v + i, x = page(s, i), t = page(target, i)
          let hit = caches == nil ? isMigrationEntry(q, u, for: x) : pteKind[q, u] == .migrationCache && pteFolio[q, u] == x
          r.when(hit, pteWrite[q, u], pteKind[q, u] == .migrationWrite)
          // pte_mkdirty if the folio is dirty and the entry was (6.1).
          if let sw = swap { r.when(hit, sw.pteDirty[q, u], sw.pteDirty[q, u] && sw.dirty[target]) }
          r.when(hit, pteKind[q, u], Expr(.present))
          r.when(hit, pteFolio[q, u], t)
          r.when(hit, mapcount[t], mapcount[t] + 1)
          r.when(hit && pteKind[q, u] != .migrationRead, anonExclusive[t], true)
          restoredHere = restoredHere + hit.asInt
        }
        r.update(refcount[target]) { $0 + restoredHere }
        r.set(cursor.value, c + 1)
      }
    }
    if let pmd {
      a.step("remove_migration_pmd", at: .remapWalk, kernel: "mm/migrate.c: remove_migration_pte() → mm/huge_memory.c: remove_migration_pmd()",
             summary: "under the PMD lock: the PMD migration entry becomes a huge PMD of the target (writable if the entry was), page_add_anon_rmap(RMAP_COMPOUND, exclusive unless readable), +1 reference") { r in
        let c = cursor.value
        let q = visitVma(&r, "remove_migration_ptes") { q in pmdMigrationEntry(q) && pmd.folio[q] == s }
        r.set(pmd.write[q], pmd.kind[q] == .migrationWrite)
        r.when(pmd.kind[q] != .migrationRead, anonExclusive[target], true)
        r.set(pmd.kind[q], .present)
        r.set(pmd.folio[q], target)
        r.set(pmd.entireMapcount[target], pmd.entireMapcount[target] + 1)
        r.update(refcount[target]) { $0 + 1 }
        r.set(cursor.value, c + 1)
      }
    }
    addVmaAddressFault(a, at: .remapWalk, cursor: cursor.value, anonVma: m, folio: s, walk: "remove_migration_ptes")
    a.step("remove_migration_ptes: walk done", at: .remapWalk, kernel: "mm/rmap.c: rmap_walk_anon()") { r in
      r.require(cursor.value >= avLen[m])
      if Protection.folio.contains(config.variant) {
        r.check(PropertyID.migrationRestored.rawValue, !hasMigrationEntry(of: s),
                "remove_migration_ptes: the walk is over but a migration entry of the source is left (a VMA the walk did not reach)")
      }
      if walkLock { r.release(rootLock(m), .read) }
      r.set(cursor.value, 0)
      if let c = caches {
        // Only the failure path walks here: the page leaves the migration cache.
        r.set(c.kind[s], Expr(.none))
        r.update(refcount[s]) { $0 - 1 }
      }
      // 6.12's undo (migrate_folio_undo_src) puts the anon_vma and unlocks
      // src before undoing dst; 6.1 unlocks dst first.
      r.goto(batched ? ite(ok.value, Expr(MigratePC.unlockDst), Expr(.putAnonVma)) : Expr(.unlockDst))
    }

    // S11: unlock dst, put_anon_vma, unlock src (which wakes the faulters).
    // 6.12's migrate_folio_move: unlock dst, put dst, put_anon_vma, unlock src, put src.
    a.step("folio_unlock(dst)", at: .unlockDst, kernel: kernelMove) { r in
      if lockDst { r.release(pgLocked[d]) }
      wakeWaiters(&r, d)
      r.goto(batched ? .putDst : .putAnonVma)
    }
    a.step("put_anon_vma", at: .putAnonVma, kernel: "mm/rmap.c: put_anon_vma()",
           summary: "drop the pin taken by folio_get_anon_vma (if any)") { r in
      putAnonVma(&r, av(at), when: av(at) != Expr(noAnonVma), what: "migration")
      r.set(av(at), Expr(noAnonVma))
      r.goto(.unlockSrc)
    }
    a.step("folio_unlock(src)", at: .unlockSrc, kernel: kernelMove,
           summary: "wakes tasks waiting in migration_entry_wait") { r in
      if lockSrc { r.release(pgLocked[s]) }
      wakeWaiters(&r, s)
      r.goto(batched ? ite(ok.value, Expr(MigratePC.putSrc), Expr(.unlockDst)) : ite(ok.value, Expr(MigratePC.putDst), Expr(.failed)))
    }

    // S12, success.
    a.step("folio_put(dst)", at: .putDst, kernel: kernelMove,
           summary: "drop the allocation reference; dst keeps one per restored PTE") { r in
      folioPut(&r, d, what: batched ? "migrate_folio_move" : "__unmap_and_move")
      r.set(d, Expr(noFolio))
      guard let state else { r.goto(.putSrc); return }
      // 6.12: the success path goes on to put_anon_vma; an undo ends here
      // (migrate_folio_undo_dst), the folio back on from (-EAGAIN in the
      // unmap phase) or on ret_folios (the cleanup after the move phase).
      let undoInUnmap = !ok.value && state[at] == .pending
      let undoInCleanup = !ok.value && state[at] == .unmapped
      r.when(undoInCleanup, state[at], .failed)
      if let cur {
        let last = cur.value == Expr(n - 1)
        r.when(!ok.value, cur.value, ite(last, Expr(0), cur.value + 1))
        r.goto(ite(ok.value, Expr(MigratePC.putAnonVma),
                   ite(undoInUnmap, ite(last, Expr(.unmapPassEnd), Expr(.unmapAndMove)), ite(last, Expr(.batchEnd), Expr(.cleanup)))))
      } else {
        r.goto(ite(ok.value, Expr(MigratePC.putAnonVma), ite(undoInUnmap, Expr(.unmapPassEnd), Expr(.batchEnd))))
      }
    }
    a.step(batched ? "migrate_folio_done(src)" : "put_page(src)", at: .putSrc, kernel: batched ? "mm/migrate.c: migrate_folio_move() → migrate_folio_done()" : "mm/migrate.c: unmap_and_move()",
           summary: "drop the isolation reference: the old folio is freed") { r in
      folioPut(&r, s, what: batched ? "migrate_folio_done" : "unmap_and_move")
      r.set(isolated(at), false)
      if let state {
        r.set(state[at], .migrated)
        r.set(ok.value, false)
        advance(&r, .move, else: .movePassEnd)
      } else {
        r.goto(.done)
      }
    }

    // S12, failure: free dst; retry while passes remain, else the caller puts src back.
    if !batched {
      a.step("put_page(newpage) → retry", at: .failed, kernel: "mm/migrate.c: unmap_and_move() / migrate_pages()",
             summary: "-EAGAIN: free the destination, try again on the next pass") { r in
        r.require(pass.value < Expr(lastPass))
        folioPut(&r, d, what: "unmap_and_move")
        r.set(d, Expr(noFolio))
        r.update(pass.value) { $0 + 1 }
        r.goto(.unmapAndMove)
      }
      a.step("put_page(newpage) → give up", at: .failed, kernel: "mm/migrate.c: unmap_and_move() / migrate_pages()",
             summary: "-EAGAIN on the last pass: free the destination; the folio stays isolated for the caller") { r in
        r.require(pass.value >= Expr(lastPass))
        folioPut(&r, d, what: "unmap_and_move")
        r.set(d, Expr(noFolio))
        r.goto(.putback)
      }
    }
    if batched { skip(.putback, on: .failed, else: .done, "ret_folios (putback)") }
    a.step("putback_lru_page(src)", at: .putback, kernel: "mm/migrate.c: putback_movable_pages() → folio_putback_lru()",
           summary: "back on the LRU, isolation reference dropped") { r in
      if let state { r.require(state[at] == .failed && isolated(at)) }
      r.set(lru[s], true)
      folioPut(&r, s, what: "putback_lru_page")
      r.set(isolated(at), false)
      if state != nil { advance(&r, .putback, else: .done) } else { r.goto(.done) }
    }
    return { f in
      sum(sources.indices.filter { sources[$0] == f }) { k in isolated(Expr(k)).asInt } + sum(0..<n) { k in (dst(Expr(k)) == Expr(f)).asInt }
    }
  }
}

extension World {
  /// The rmap walk's step for a PTE of a maybe-pinned PageAnonExclusive
  /// folio in `walk` (try_to_migrate_one, try_to_unmap_one): the PTE is put
  /// back and the walk ends (only with FOLL_PIN pins in the configuration).
  func addPinnedRefusal<PC>(_ a: ActorBuilder<PC>, at: PC, cursor: Expr<Int>, anonVma m: Expr<Int>, folio s: Expr<Int>, walk: String, summary: String) {
    guard pincount != nil else { return }
    for v in 0..<V {
      a.step("\(walk): pinned → restore, stop", at: at, kernel: "mm/rmap.c: \(walk)() → page_try_share_anon_rmap() -EBUSY",
             args: [RuleArg("page", v)], summary: summary) { r in
        let q = avList[m, cursor]
        r.require(cursor < avLen[m] && folioMapped(s) && vmaAddress(q, index[s]) == Expr(v))
        r.within(ptl[q])
        r.require(maps(q, v, s) && anonExclusive[s] && maybeDmaPinned(s))
        r.set(cursor, avLen[m])
      }
    }
  }

  /// `vma_address()` outside the VMA (a `vma_adjust` moved `vm_start` but
  /// not yet `vm_pgoff`): the walk gets -EFAULT and goes on to the next VMA
  /// without looking at its page table. Only configurations with a
  /// `vma_adjust` actor have this rule.
  func addVmaAddressFault<PC>(_ a: ActorBuilder<PC>, at: PC, cursor: Expr<Int>, anonVma m: Expr<Int>, folio s: Expr<Int>, walk: String) {
    guard vmaStartMoved != nil else { return }
    a.step("vma_address → -EFAULT", at: at, kernel: "mm/rmap.c: vma_address() in \(walk)'s rmap_walk_anon()",
           summary: "the VMA's vm_start/vm_pgoff are half updated: the page's address falls outside it, skip the VMA") { r in
      let q = avList[m, cursor]
      r.require(cursor < avLen[m] && !vmaAddressValid(q, index[s]) && !(walk == "try_to_migrate" ? skipsTemporaryStack(q) : falseExpr))
      r.set(cursor, cursor + 1)
    }
  }
}
