import RuleKit

/// Program counter of reclaim of one anonymous folio: `shrink_folio_list`
/// (mm/vmscan.c, 6.1) from isolation to the free or the putback.
public enum ShrinkPC: Int, ModelEnum {
  case isolate, trylock, addToSwap, tryToUnmap, unmapWalk, unmapDone, pageout, relock, removeMapping, finish, done
}

/// What `shrink_folio_list` does with the folio at the end.
public enum ShrinkOutcome: Int, ModelEnum {
  /// Still deciding.
  case none
  /// `keep` / `activate_locked` / `keep_locked`: back on the LRU.
  case keep
  /// `free_it`: on `free_folios`, freed after `try_to_unmap_flush()`.
  case free
}

extension World {
  /// Reclaim of the folio process 0 maps at `page` (or, once it is
  /// swapped out, that entry's swap-cache folio): `shrink_folio_list` of
  /// linux-6.1.20 mm/vmscan.c for an anonymous, swap-backed order-0 folio.
  /// `folio_isolate_lru` (isolate_lru_folios), `folio_trylock`, the
  /// FOLL_PIN check, `add_to_swap` (a slot, the swap cache, PG_dirty),
  /// `try_to_unmap` with TTU_BATCH_FLUSH (swap entries, `swap_duplicate`,
  /// exclusivity into the entry, the PTE's dirty bit into PG_dirty, the TLB
  /// flush deferred), `try_to_unmap_flush_dirty`, `pageout` →
  /// `swap_writepage` (the write modelled as completed before the
  /// `folio_test_writeback` check: a fast device; a slow one only delays the
  /// free to a later scan), the re-`folio_trylock` and recheck,
  /// `__remove_mapping` (xa_lock, `folio_ref_freeze(1 + nr)`, dirty
  /// recheck, `__delete_from_swap_cache`, `put_swap_folio`), and at the end
  /// `try_to_unmap_flush()` before `free_unref_page_list`, or the putback.
  ///
  /// Not modelled: the referenced/active heuristics (the folio is always a
  /// candidate), MADV_FREE lazyfree folios, the shadow entries, demotion,
  /// and the opportunistic `__try_to_reclaim_swap` of `free_swap_and_cache`
  /// (a zapped swap entry leaves its swap-cache folio for reclaim).
  /// Returns the references it holds on a folio.
  func addShrink(name: String, page v: Int) -> (Int) -> Expr<Int> {
    guard let sw = swap, let xa = treeLock else { fatalError("addShrink needs the folio swap cache") }
    let a = b.actor(name, title: "shrink_folio_list(P0 page \(v))", pcs: ShrinkPC.self)
    let fl = folioLocal(a, "folio")
    let f = fl.value
    let outcome: StateVar<ShrinkOutcome> = a.local("outcome", ShrinkOutcome.domain)
    let cursor: StateVar<Int> = a.local("cursor", .int(max: P))
    // The deferred flush's tlb_ubc: the CPUs of each mm, and `writable`
    // (a dirty PTE was among them).
    let ubc: StateVar<Bool>? = tlbs.isEmpty ? nil : a.local("tlb_ubc.cpumask", .bool, dims: [P], indexNames: [(0..<P).map { "P\($0)" }])
    let ubcWritable: StateVar<Bool>? = tlbs.isEmpty ? nil : a.local("tlb_ubc.writable", .bool)
    let m = mapping[f]
    let slot = sw.slot[f]
    let pinned = maybeDmaPinned(f)
    let freeSlot = any(0..<sw.slots) { k in sw.count[k] == 0 && sw.cache[k] == Expr(noFolio) }
    let firstSlot = (0..<sw.slots).reversed().reduce(Expr<Int>(0)) { acc, k in ite(sw.count[k] == 0 && sw.cache[k] == Expr(noFolio), Expr(k), acc) }

    /// `try_to_unmap_flush()` / `_dirty()`: flush every CPU recorded.
    func flush(_ r: inout Step<ShrinkPC>, when cond: Expr<Bool>) {
      guard let ubc, let ubcWritable else { return }
      for e in tlbs { r.when(cond && ubc[e.process], e.valid, false) }
      for q in 0..<P { r.when(cond, ubc[q], false) }
      r.when(cond, ubcWritable.value, false)
    }
    func unlock(_ r: inout Step<ShrinkPC>) {
      r.release(pgLocked[f])
      wakeWaiters(&r, f)
    }

    // The folio on the inactive list: the one mapped at (0, v), or the
    // swap-cache folio of the swap entry there.
    let atPage = ite(pteKind[0, v] == .present, pteFolio[0, v],
                     ite(isSwapEntry(0, v), sw.cache[ite(isSwapEntry(0, v), pteFolio[0, v], Expr(0))], Expr(noFolio)))
    let candidate = atPage != Expr(noFolio) && used[ite(atPage != Expr(noFolio), atPage, Expr(0))] && lru[ite(atPage != Expr(noFolio), atPage, Expr(0))]
    a.step("isolate_lru_folios", at: .isolate, kernel: "mm/vmscan.c: isolate_lru_folios() (shrink_inactive_list())",
           summary: "the folio is on the LRU: take it off (PG_lru cleared, +1 reference)") { r in
      r.require(candidate)
      isolateLRU(&r, atPage)
      r.set(f, atPage)
      r.goto(.trylock)
    }
    a.step("isolate_lru_folios: not on the LRU", at: .isolate, kernel: "mm/vmscan.c: isolate_lru_folios()",
           summary: "nothing to reclaim at this page (isolated by a migration, being freed, or gone)") { r in
      r.require(!candidate)
      r.goto(.done)
    }
    a.step("folio_trylock", at: .trylock, kernel: "mm/vmscan.c: shrink_folio_list()") { r in
      r.acquire(pgLocked[f], try: true)
      r.goto(.addToSwap)
    }
    a.step("folio_trylock failed → keep", at: .trylock, kernel: "mm/vmscan.c: shrink_folio_list()",
           summary: "someone holds the folio lock (a migration): keep it for a later scan") { r in
      r.require(pgLocked[f].isHeld)
      r.set(outcome.value, .keep)
      r.goto(.finish)
    }
    a.step("add_to_swap", at: .addToSwap, kernel: "mm/swap_state.c: add_to_swap() → folio_alloc_swap(), add_to_swap_cache()",
           summary: "not yet in the swap cache: a free slot, the folio in the slot's xarray entry (+1 reference, PG_swapcache, folio->swap), folio_mark_dirty") { r in
      r.require(!sw.swapCache[f] && !pinned && freeSlot)
      r.within(xa[0])
      r.set(sw.cache[firstSlot], f)
      r.set(sw.swapCache[f], true)
      r.set(sw.slot[f], firstSlot)
      r.update(refcount[f]) { $0 + 1 }
      r.set(sw.dirty[f], true)
      r.goto(.tryToUnmap)
    }
    a.step("add_to_swap: no slot → activate_locked", at: .addToSwap, kernel: "mm/vmscan.c: shrink_folio_list() activate_locked_split",
           summary: "no free swap slot: unlock, back to the LRU") { r in
      r.require(!sw.swapCache[f] && !pinned && !freeSlot)
      unlock(&r)
      r.set(outcome.value, .keep)
      r.goto(.finish)
    }
    if pincount != nil {
      a.step("folio_maybe_dma_pinned → keep_locked", at: .addToSwap, kernel: "mm/vmscan.c: shrink_folio_list()",
             summary: "a FOLL_PIN'd folio is not added to the swap cache") { r in
        r.require(!sw.swapCache[f] && pinned)
        unlock(&r)
        r.set(outcome.value, .keep)
        r.goto(.finish)
      }
    }
    a.step("already in the swap cache", at: .addToSwap, kernel: "mm/vmscan.c: shrink_folio_list()",
           summary: "PG_swapcache: it has its slot already") { r in
      r.require(sw.swapCache[f])
      r.goto(.tryToUnmap)
    }
    a.step("try_to_unmap", at: .tryToUnmap, kernel: "mm/vmscan.c: shrink_folio_list() → mm/rmap.c: try_to_unmap() (TTU_BATCH_FLUSH)",
           summary: "folio mapped: lock the anon_vma root for read and walk its VMAs") { r in
      r.require(mapcount[f] > 0)
      r.acquire(rootLock(m), .read)
      r.set(cursor.value, 0)
      r.goto(.unmapWalk)
    }
    a.step("folio not mapped", at: .tryToUnmap, kernel: "mm/vmscan.c: shrink_folio_list()") { r in
      r.require(mapcount[f] == 0)
      r.goto(.pageout)
    }
    let markDirty = config.knobs.unmapMarkDirty
    for u in 0..<V {
      a.step("try_to_unmap_one", at: .unmapWalk, kernel: "mm/rmap.c: try_to_unmap_one()", args: [RuleArg("page", u)],
             summary: "under the PTL: the PTE is cleared (flush deferred: set_tlb_ubc_flush_pending), its dirty bit goes to PG_dirty, a swap entry (exclusive if the page was) replaces it (swap_duplicate); mapcount and refcount drop") { r in
        let c = cursor.value
        let q = avList[m, c]
        r.require(c < avLen[m] && mapcount[f] > 0 && vmaAddress(q, index[f]) == Expr(u))
        r.within(ptl[q])
        let hit = maps(q, u, f)
        if pincount != nil { r.require(!(hit && anonExclusive[f] && pinned)) }
        let dirtyPte = sw.pteDirty[q, u]
        if markDirty { r.when(hit && dirtyPte, sw.dirty[f], true) }
        if let ubc, let ubcWritable {
          r.when(hit, ubc[q], true)
          r.when(hit && dirtyPte, ubcWritable.value, true)
        }
        r.when(hit, sw.count[slot], sw.count[slot] + 1)
        r.when(hit, pteKind[q, u], ite(anonExclusive[f], Expr(PTEKind.swapExclusive), Expr(.swap)))
        r.when(hit, pteFolio[q, u], slot)
        r.when(hit, pteWrite[q, u], false)
        r.when(hit, sw.pteDirty[q, u], false)
        r.when(hit, anonExclusive[f], false)
        r.when(hit, mapcount[f], mapcount[f] - 1)
        r.when(hit, refcount[f], refcount[f] - 1)
        r.set(cursor.value, c + 1)
      }
    }
    addPinnedRefusal(a, at: .unmapWalk, cursor: cursor.value, anonVma: m, folio: f, walk: "try_to_unmap_one",
                     summary: "an exclusive page that may be DMA-pinned keeps its PTE; the walk ends (the folio stays mapped)")
    a.step("try_to_unmap: walk done", at: .unmapWalk, kernel: "mm/rmap.c: rmap_walk_anon()") { r in
      r.require(cursor.value >= avLen[m] || mapcount[f] == 0)
      r.release(rootLock(m), .read)
      r.set(cursor.value, 0)
      r.goto(.unmapDone)
    }
    a.step("still mapped → activate_locked", at: .unmapDone, kernel: "mm/vmscan.c: shrink_folio_list()",
           summary: "try_to_unmap left a mapping: unlock, back to the LRU") { r in
      r.require(mapcount[f] > 0)
      unlock(&r)
      r.set(outcome.value, .keep)
      r.goto(.finish)
    }
    a.step("unmapped", at: .unmapDone, kernel: "mm/vmscan.c: shrink_folio_list()") { r in
      r.require(mapcount[f] == 0)
      r.goto(.pageout)
    }
    a.step("pageout: swap_writepage", at: .pageout, kernel: "mm/vmscan.c: try_to_unmap_flush_dirty(), pageout() → mm/page_io.c: swap_writepage()",
           summary: config.knobs.reclaimFlushDirty
             ? "PG_dirty: flush the deferred TLB flushes if a dirty PTE was cleared, clear PG_dirty (folio_clear_dirty_for_io), write the folio to its slot, unlock"
             : "ABLATION (reclaim_flush_dirty: false): PG_dirty: write out without flushing the deferred TLB flushes first") { r in
      r.require(sw.dirty[f])
      if config.knobs.reclaimFlushDirty { flush(&r, when: ubcWritable?.value ?? falseExpr) }
      r.set(sw.dirty[f], false)
      r.set(sw.data[slot], data[f])
      unlock(&r)
      r.goto(.relock)
    }
    a.step("clean: PAGE_CLEAN", at: .pageout, kernel: "mm/vmscan.c: shrink_folio_list()",
           summary: "not dirty: the slot already holds the data; try to free it") { r in
      r.require(!sw.dirty[f])
      r.goto(.removeMapping)
    }
    a.step("PAGE_SUCCESS: folio_trylock", at: .relock, kernel: "mm/vmscan.c: shrink_folio_list()",
           summary: "the write completed: lock the folio again to free it") { r in
      r.acquire(pgLocked[f], try: true)
      r.goto(.removeMapping)
    }
    a.step("PAGE_SUCCESS: folio_trylock failed → keep", at: .relock, kernel: "mm/vmscan.c: shrink_folio_list()") { r in
      r.require(pgLocked[f].isHeld)
      r.set(outcome.value, .keep)
      r.goto(.finish)
    }
    let freezeOK: Expr<Bool> = config.knobs.removeMappingFreeze ? refcount[f] == 2 : trueExpr
    a.step("__remove_mapping", at: .removeMapping, kernel: "mm/vmscan.c: __remove_mapping() → __delete_from_swap_cache(), put_swap_folio()",
           summary: config.knobs.removeMappingFreeze
             ? "under the xa_lock: folio_ref_freeze(2) succeeds (only the swap cache's and the isolation's references) and not dirty: out of the swap cache, the slot's cache reference gone; unlock; to free_folios"
             : "ABLATION (remove_mapping_freeze: false): out of the swap cache whatever the refcount") { r in
      r.within(xa[0])
      r.require(sw.swapCache[f] && freezeOK && !sw.dirty[f])
      r.set(sw.cache[slot], Expr(noFolio))
      r.set(sw.swapCache[f], false)
      r.set(sw.slot[f], 0)
      folioPut(&r, f, what: "__remove_mapping")
      unlock(&r)
      r.set(outcome.value, .free)
      r.goto(.finish)
    }
    a.step("__remove_mapping: busy or dirty → keep_locked", at: .removeMapping, kernel: "mm/vmscan.c: __remove_mapping() cannot_free",
           summary: "another reference (a swap-in, a migration) or dirtied again: unlock, back to the LRU") { r in
      r.within(xa[0])
      r.require(!(sw.swapCache[f] && freezeOK && !sw.dirty[f]))
      unlock(&r)
      r.set(outcome.value, .keep)
      r.goto(.finish)
    }
    a.step("try_to_unmap_flush; free or putback", at: .finish, kernel: "mm/vmscan.c: shrink_folio_list() → try_to_unmap_flush(), free_unref_page_list() / move_folios_to_lru()",
           summary: "flush the deferred TLB flushes, then free the reclaimed folio (its last reference) or put the kept one back on the LRU") { r in
      flush(&r, when: trueExpr)
      r.when(outcome.value == .keep, lru[f], true)
      folioPut(&r, f, what: "free_unref_page_list / putback")
      r.set(f, Expr(noFolio))
      r.set(outcome.value, .none)
      r.goto(.done)
    }
    return { g in (f == Expr(g)).asInt }
  }

  /// `do_swap_page` of linux-6.1.20 (mm/memory.c) for a fault actor that
  /// found a swap entry at (`p`, `v`): look the slot up in the swap cache
  /// (a reference) or read it into a new folio added to the swap cache
  /// (`swapin_readahead` → `__read_swap_cache_async`, the read modelled as
  /// done when the folio is unlocked); `folio_lock_or_retry` (on
  /// contention: drop the mmap_lock, wait, VM_FAULT_RETRY); the
  /// PG_swapcache/page_private recheck; `pte_same` under the PTL;
  /// `swap_free`, `folio_free_swap` for a write that will be the only user
  /// (`should_try_to_free_swap`), the exclusivity from the entry or the
  /// refcount, `page_add_anon_rmap`, `folio_unlock`; a write that could not
  /// map writable goes on to `do_wp_page`. Not modelled: the
  /// SWP_SYNCHRONOUS_IO path that skips the swap cache (a zram device).
  /// Returns the local holding its folio reference.
  func addFolioSwapIn(_ a: ActorBuilder<FaultPC>, process p: Int, page v: Int, write: Bool) -> StateVar<Int> {
    guard let sw = swap else { fatalError("addFolioSwapIn needs the folio swap cache") }
    let origSlot: StateVar<Int> = a.local("orig_pte.slot", .int(max: sw.slots - 1))
    let origExclusive: StateVar<Bool> = a.local("orig_pte.exclusive", .bool)
    let page = folioLocal(a, "swapcache")
    let pg = page.value
    let slot = origSlot.value
    let pteSame = pteKind[p, v] == ite(origExclusive.value, Expr(PTEKind.swapExclusive), Expr(.swap)) && pteFolio[p, v] == slot

    func retry(_ r: inout Step<FaultPC>, unlock: Bool) {
      if unlock { r.release(pgLocked[pg]); wakeWaiters(&r, pg) }
      folioPut(&r, pg, what: "do_swap_page")
      r.set(pg, Expr(noFolio))
      r.release(mmapLock[p], .read)
      r.goto(.access)
    }

    a.step("do_swap_page: swap entry", at: .handle, kernel: "mm/memory.c: handle_pte_fault() → do_swap_page()",
           summary: "vmf->orig_pte, read without the PTL, is a swap entry") { r in
      r.require(isSwapEntry(p, v))
      r.set(origSlot.value, pteFolio[p, v])
      r.set(origExclusive.value, pteKind[p, v] == .swapExclusive)
      r.goto(.swapLookup)
    }
    a.step("swap_cache_get_folio", at: .swapLookup, kernel: "mm/swap_state.c: swap_cache_get_folio()",
           summary: "the slot's folio is in the swap cache: take a reference") { r in
      let c = sw.cache[slot]
      r.require(c != Expr(noFolio))
      r.update(refcount[ite(c != Expr(noFolio), c, Expr(0))]) { $0 + 1 }
      r.set(pg, c)
      r.goto(.swapLock)
    }
    a.step("swapin_readahead: read into a new folio", at: .swapLookup, kernel: "mm/swap_state.c: __read_swap_cache_async() → add_to_swap_cache(), swap_readpage()",
           summary: "not cached: allocate a folio, add it to the swap cache (its reference and ours), read the slot, onto the LRU") { r in
      r.require(sw.cache[slot] == Expr(noFolio) && sw.count[slot] > 0 && anyFreeFolio)
      let n = firstFreeFolio
      allocFolio(&r, into: pg, data: sw.data[slot])
      r.set(refcount[n], lruBatch == nil ? 2 : 3)  // ours, the swap cache's (and the folio_batch's)
      if let lruBatch { r.set(lruBatch[n], true) } else { r.set(lru[n], true) }
      r.set(sw.swapCache[n], true)
      r.set(sw.slot[n], slot)
      r.set(sw.cache[slot], n)
      r.goto(.swapLock)
    }
    a.step("swapin_readahead → NULL", at: .swapLookup, kernel: "mm/memory.c: do_swap_page()",
           summary: "no folio (no memory, or the entry was freed meanwhile): under the PTL, VM_FAULT_OOM if the PTE is unchanged, else retry") { r in
      r.require(sw.cache[slot] == Expr(noFolio) && !(sw.count[slot] > 0 && anyFreeFolio))
      r.within(ptl[p])
      r.release(mmapLock[p], .read)
      r.goto(ite(pteSame, Expr(FaultPC.done), Expr(.access)))
    }
    a.step("folio_lock_or_retry", at: .swapLock, kernel: "mm/filemap.c: folio_lock_or_retry()",
           summary: "the folio lock is free: take it") { r in
      r.acquire(pgLocked[pg], try: true)
      r.goto(.swapMap)
    }
    a.step("folio_lock_or_retry → VM_FAULT_RETRY", at: .swapLock, kernel: "mm/filemap.c: __folio_lock_or_retry()",
           summary: "the folio is locked (a migration, reclaim): drop the mmap_lock and wait for the unlock, then retry the fault") { r in
      r.require(pgLocked[pg].isHeld)
      r.release(mmapLock[p], .read)
      r.goto(.swapRetryWait)
    }
    a.step("folio_wait_locked → retry", at: .swapRetryWait, kernel: "mm/filemap.c: folio_wait_locked()",
           summary: "the folio is unlocked: put it and retry the fault") { r in
      r.require(pgLocked[pg].isFree)
      folioPut(&r, pg, what: "do_swap_page")
      r.set(pg, Expr(noFolio))
      r.goto(.access)
    }
    let stillCached = sw.swapCache[pg] && sw.slot[pg] == slot
    let recheck = config.knobs.swapinRecheck
    if recheck {
      a.step("do_swap_page: not the slot's swap cache → out_page", at: .swapMap, kernel: "mm/memory.c: do_swap_page()",
             summary: "!folio_test_swapcache or page_private changed (migrated, or freed from the swap cache): unlock, put, retry") { r in
        r.require(!stillCached)
        retry(&r, unlock: true)
      }
    }
    let okCache: Expr<Bool> = recheck ? stillCached : trueExpr
    let pteSameOK: Expr<Bool> = config.knobs.swapinPteSame ? pteSame : trueExpr
    if config.knobs.swapinPteSame {
      a.step("do_swap_page: pte changed → out_nomap", at: .swapMap, kernel: "mm/memory.c: do_swap_page()",
             summary: "under the PTL the PTE is no longer the swap entry: unlock, put, retry") { r in
        r.within(ptl[p])
        r.require(okCache && !pteSame)
        retry(&r, unlock: true)
      }
    }
    // should_try_to_free_swap: a write, refcount 2 (ours + the cache's);
    // folio_free_swap: only if no other swap entry names the slot (after
    // our swap_free).
    let freeSwap = Expr<Bool>(write) && sw.swapCache[pg] && sw.slot[pg] == slot && refcount[pg] == 2 && sw.count[slot] == 1
    let refs = refcount[pg] - freeSwap.asInt
    let exclusive = origExclusive.value || refs == 1
    func map(_ r: inout Step<FaultPC>, writable: Expr<Bool>) {
      r.within(ptl[p])
      r.require(okCache && pteSameOK)
      // "A swap pte must never point at an anonymous page in the swapcache
      // that is PG_anon_exclusive" (checked under the PT lock).
      r.check("swap_consistency", !(mapping[pg] != Expr(noAnonVma) && anonExclusive[pg]),
              "do_swap_page: BUG_ON(folio_test_anon(folio) && PageAnonExclusive(page))")
      let s = sw.count[slot]
      r.check("refcount_safety", s > 0, "do_swap_page: swap_free of a slot with no swap entries (double free)")
      r.set(sw.count[slot], ite(s > 0, s - 1, Expr(0)))
      r.when(freeSwap, sw.cache[slot], Expr(noFolio))
      r.when(freeSwap, sw.swapCache[pg], false)
      r.when(freeSwap, sw.slot[pg], 0)
      r.when(freeSwap, sw.dirty[pg], true)
      r.set(refcount[pg], refs)
      setPTE(&r, p, v, Expr(.present), folio: pg, write: writable)
      r.set(mapcount[pg], ite(mapcount[pg] < Expr(P + 1), mapcount[pg] + 1, mapcount[pg]))
      // __page_set_anon_rmap for a folio not yet anon: the VMA's own
      // anon_vma if exclusive, else the root.
      r.when(mapping[pg] == Expr(noAnonVma), mapping[pg], ite(exclusive, ownAnonVma(p), Expr(0)))
      r.set(index[pg], Expr(v))
      r.when(exclusive, anonExclusive[pg], true)
      r.release(pgLocked[pg])
      wakeWaiters(&r, pg)
      r.set(pg, Expr(noFolio))
    }
    let summary = "under the PTL: swap_free; a write that will be the only user frees the swap cache (PG_dirty); exclusive (from the entry, or refcount 1) → RMAP_EXCLUSIVE; our reference becomes the mapping's; unlock"
    let kernel = "mm/memory.c: do_swap_page() → swap_free(), folio_free_swap(), page_add_anon_rmap()"
    if write {
      a.step("do_swap_page: map writable", at: .swapMap, kernel: kernel, summary: summary + "; exclusive: writable and dirty") { r in
        r.require(exclusive)
        map(&r, writable: trueExpr)
        r.release(mmapLock[p], .read)
        r.goto(.access)
      }
      a.step("do_swap_page: map, then do_wp_page", at: .swapMap, kernel: kernel, summary: summary + "; not exclusive: read-only, do_wp_page next (the mmap_lock still held)") { r in
        r.require(!exclusive)
        map(&r, writable: falseExpr)
        r.goto(.handle)
      }
    } else {
      a.step("do_swap_page: map", at: .swapMap, kernel: kernel, summary: summary) { r in
        map(&r, writable: falseExpr)
        r.release(mmapLock[p], .read)
        r.goto(.access)
      }
    }
    return page
  }
}
