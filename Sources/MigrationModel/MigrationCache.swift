import RuleKit

/// Program counter of reclaim meeting a page in the migration cache.
public enum ReclaimPC: Int, ModelEnum {
  case isolate, moveToSwap, pageout, removeMapping, done
}

extension World {
  /// The fault side of the migration-cache variant (seed 004): the 2.6.16
  /// `handle_pte_fault` reads the PTE without the PTL, `do_swap_page` looks
  /// the entry up in the migration or swap cache, locks the page, takes the
  /// PTL and (knob `fault_pte_same`) checks the PTE is still the one it
  /// read before mapping the page. Returns the local holding the page it
  /// looked up (a reference).
  func addSwapIn(_ a: ActorBuilder<FaultPC>, process p: Int, page v: Int, write: Bool) -> StateVar<Int> {
    guard let c = caches else { fatalError("addSwapIn needs the caches") }
    let origKind: StateVar<PTEKind> = a.local("orig_pte", PTEKind.domain)
    let origId: StateVar<Int> = a.local("orig_id", .int(max: F - 1))
    let page = folioLocal(a, "page")
    let id = origId.value
    let pg = page.value
    let pteSame = pteKind[p, v] == origKind.value && pteFolio[p, v] == id
    let wanted: Expr<CacheKind> = ite(origKind.value == .migrationCache, Expr(CacheKind.migration), Expr(.swap))

    a.step("do_swap_page: orig_pte = *pte", at: .handle, kernel: "mm/memory.c (2.6.16): handle_pte_fault() → do_swap_page()",
           summary: "the PTE is read WITHOUT the page-table lock: a migration-cache or swap entry") { r in
      r.require(isCacheEntry(p, v))
      r.set(origKind.value, pteKind[p, v])
      r.set(origId.value, pteFolio[p, v])
      r.goto(.swapLookup)
    }
    a.step("lookup_migration_cache / lookup_swap_cache", at: .swapLookup,
           kernel: "mm/memory.c (2.6.16): do_swap_page() → lookup_swap_cache() / lookup_migration_cache()",
           summary: "the entry is in its cache: take a reference on the page") { r in
      r.require(c.kind[id] == wanted)
      r.update(refcount[c.page[id]]) { $0 + 1 }
      r.set(pg, c.page[id])
      r.goto(.swapLock)
    }
    a.step("read_swap_cache_async", at: .swapLookup, kernel: "mm/swap_state.c: read_swap_cache_async()",
           summary: "a swap entry not in the swap cache: read the slot into a new page, add it to the swap cache") { r in
      r.require(origKind.value == .swap && c.kind[id] != .swap && c.kind[id] != .migration && anyFreeFolio)
      let n = firstFreeFolio
      allocFolio(&r, into: pg, data: c.swapData[id])
      r.set(refcount[n], 2)  // ours and the swap cache's
      r.set(lru[n], true)
      r.set(c.kind[id], Expr(.swap))
      r.set(c.page[id], n)
      r.goto(.swapLock)
    }
    a.step("cache miss: pte changed → retry", at: .swapLookup, kernel: "mm/memory.c (2.6.16): do_swap_page()",
           summary: "not in the cache it named: under the PTL the PTE is no longer orig_pte, someone else handled the fault; retry") { r in
      r.within(ptl[p])
      r.require(c.kind[id] != wanted && !(origKind.value == .swap && c.kind[id] != .migration) && !pteSame)
      r.release(mmapLock[p], .read)
      r.goto(.access)
    }
    a.step("lock_page", at: .swapLock, kernel: "mm/memory.c (2.6.16): do_swap_page() → lock_page()") { r in
      r.acquire(pgLocked[pg])
      r.goto(.swapMap)
    }
    func map(_ r: inout Step<FaultPC>) {
      // The entry's reference moves to the PTE; the cache drops its own.
      let cached = c.kind[id] != .none && c.page[id] == pg
      setPTE(&r, p, v, Expr(.present), folio: pg, write: Expr(write))
      // Saturating: only the unchecked map can exceed the bound (mapping a
      // page over its own PTE), and that state already breaks refcount safety.
      r.set(mapcount[pg], ite(mapcount[pg] < Expr(P + 1), mapcount[pg] + 1, mapcount[pg]))
      r.set(anonExclusive[pg], true)
      r.set(mapping[pg], Expr(p))
      r.set(index[pg], Expr(v))
      r.when(cached, c.kind[id], Expr(CacheKind.none))
      r.when(cached, refcount[pg], refcount[pg] - 1)  // our reference becomes the PTE's; the cache's goes
      r.release(pgLocked[pg])
      r.set(pg, Expr(noFolio))
      r.release(mmapLock[p], .read)
      r.goto(.access)  // the access is retried through the new PTE
    }
    if config.knobs.faultPteSame {
      a.step("do_swap_page: pte_same → map", at: .swapMap, kernel: "mm/memory.c (2.6.16): do_swap_page()",
             summary: "under the PTL the PTE is still orig_pte: map the page, drop its cache entry") { r in
        r.within(ptl[p])
        r.require(pteSame)
        map(&r)
      }
      a.step("do_swap_page: pte changed → retry", at: .swapMap, kernel: "mm/memory.c (2.6.16): do_swap_page()",
             summary: "the PTE changed since the lockless read: unlock and put the page, refault") { r in
        r.within(ptl[p])
        r.require(!pteSame)
        r.release(pgLocked[pg])
        folioPut(&r, pg, what: "do_swap_page")
        r.set(pg, Expr(noFolio))
        r.release(mmapLock[p], .read)
        r.goto(.access)
      }
    } else {
      a.step("do_swap_page: map (no pte_same)", at: .swapMap, kernel: "mm/memory.c (migration cache V0): do_swap_page()",
             summary: "maps the page it looked up without checking the PTE is still the entry it read") { r in
        r.within(ptl[p])
        map(&r)
      }
    }
    return page
  }

  /// Reclaim meeting the page parked under migration-cache `id`
  /// (`shrink_list` in 2.6.16 with Schermerhorn's V8): isolate it, move it
  /// to the swap cache rewriting the entries (`migration_move_to_swap`),
  /// write it out, and free it from the swap cache if nobody else holds it.
  /// Returns the references it holds on a folio.
  func addReclaim(name: String, id: Int) -> (Int) -> Expr<Int> {
    guard let c = caches else { fatalError("addReclaim needs the caches") }
    let a = b.actor(name, title: "reclaim(id\(id))", pcs: ReclaimPC.self)
    let pg = folioLocal(a, "page")
    let page = pg.value

    a.step("isolate_lru_page + TestSetPageLocked", at: .isolate, kernel: "mm/vmscan.c (2.6.16): shrink_list()",
           summary: "a page in the migration cache, on the LRU and unlocked: isolate (+1 ref) and lock it") { r in
      let q = c.page[id]
      r.require(c.kind[id] == .migration)
      isolateLRU(&r, q)
      r.acquire(pgLocked[q], try: true)
      r.set(page, q)
      r.goto(.moveToSwap)
    }
    a.step("shrink_list: skip", at: .isolate, kernel: "mm/vmscan.c (2.6.16): shrink_list()",
           summary: "not in the migration cache (yet or any more), or busy: nothing to reclaim") { r in
      r.require(!(c.kind[id] == .migration && lru[c.page[id]] && pgLocked[c.page[id]].isFree))
      r.goto(.done)
    }
    a.step("migration_move_to_swap", at: .moveToSwap, kernel: "mm/vmscan.c (migration cache V8): migration_move_to_swap()",
           summary: "under the anon_vma lock and the PTL: the migration-cache entries become swap entries, the page moves to the swap cache") { r in
      r.within(rootLock(Expr(0)), .read)
      r.within(ptl[0])
      for v in 0..<V {
        r.when(pteKind[0, v] == .migrationCache && pteFolio[0, v] == Expr(id), pteKind[0, v], Expr(.swap))
      }
      r.set(c.kind[id], Expr(.swap))
      r.goto(.pageout)
    }
    a.step("pageout: swap_writepage", at: .pageout, kernel: "mm/vmscan.c: pageout() → swap_writepage()",
           summary: "the data goes to the swap slot") { r in
      r.set(c.swapData[id], data[page])
      r.goto(.removeMapping)
    }
    a.step("remove_mapping: free", at: .removeMapping, kernel: "mm/vmscan.c (2.6.16): remove_mapping() → __delete_from_swap_cache()",
           summary: "page_count == 2 (the swap cache's and ours): out of the swap cache, unlock, free") { r in
      r.require(refcount[page] == 2)
      r.set(c.kind[id], Expr(.none))
      r.release(pgLocked[page])
      folioPut(&r, page, by: 2, what: "shrink_list")
      r.set(page, Expr(noFolio))
      r.goto(.done)
    }
    a.step("remove_mapping: busy → keep", at: .removeMapping, kernel: "mm/vmscan.c (2.6.16): shrink_list() cannot_free / keep_locked",
           summary: "someone else holds the page: it stays in the swap cache; unlock, put back on the LRU") { r in
      r.require(refcount[page] != 2)
      r.release(pgLocked[page])
      r.set(lru[page], true)
      folioPut(&r, page, what: "putback_lru_page")
      r.set(page, Expr(noFolio))
      r.goto(.done)
    }
    return { f in (page == Expr(f)).asInt }
  }
}
