import RuleKit

/// Program counter of a migrating task: `migrate_pages` →
/// `unmap_and_move` → `__unmap_and_move` for one order-0 anonymous folio
/// (mm/migrate.c, Linux 6.1).
public enum MigratePC: Int, ModelEnum {
  case isolate, unmapAndMove, trylockSrc, lockSrc, getAnonVma, trylockDst, addToCache, tryToMigrate, unmapWalk
  case move, copy, addLru, remap, remapWalk, unlockDst, putAnonVma, unlockSrc
  case putDst, putSrc, failed, putback, done
}

extension World {
  /// Adds a migrator of folio `src` (named `name`).
  ///
  /// The caller's side (`move_pages`, compaction) holds no mmap_lock: the
  /// core must not rely on it, so neither does the model.
  /// Returns the references it holds on a folio (isolation, allocation).
  func addMigrator(name: String, src: Int) -> (Int) -> Expr<Int> {
    let a = b.actor(name, title: "migrate_pages(F\(src))", pcs: MigratePC.self)
    let s = Expr<Int>(src)
    let isolated: StateVar<Bool> = a.local("isolated", .bool)
    let dst = folioLocal(a, "dst")
    let av: StateVar<Int> = a.local("anon_vma", .int(max: noAnonVma))
    let cursor: StateVar<Int> = a.local("cursor", .int(max: P))
    let wasMapped: StateVar<Bool> = a.local("page_was_mapped", .bool)
    let ok: StateVar<Bool> = a.local("ok", .bool)
    let pass: StateVar<Int> = a.local("pass", .int(max: config.knobs.migratePasses - 1))
    showAnonVma(av)
    b.initially(av.value, noAnonVma)
    let d = dst.value
    let m = mapping[s]  // the folio's anon_vma; stable while the folio is locked
    let lastPass = config.knobs.migratePasses - 1
    let force = pass.value >= Expr(config.knobs.forceFromPass)
    // remove_migration_ptes(page, page) on failure (knob: off reproduces
    // the entries left behind when it is missing).
    let restore = Expr<Bool>(config.knobs.restoreOnFailure)

    // S0: isolate (the caller, e.g. add_page_for_migration).
    a.step("folio_isolate_lru", at: .isolate, kernel: "mm/vmscan.c: folio_isolate_lru()",
           summary: "test-and-clear PG_lru; the isolation takes a reference") { r in
      isolateLRU(&r, s)
      r.set(isolated.value, true)
      r.goto(.unmapAndMove)
    }
    a.step("folio_isolate_lru → -EBUSY", at: .isolate, kernel: "mm/vmscan.c: folio_isolate_lru()",
           summary: "not on the LRU (freed, or isolated by someone else): nothing to migrate") { r in
      r.require(!(used[s] && lru[s]))
      r.goto(.done)
    }

    // S1/S2: unmap_and_move.
    a.step("unmap_and_move: freed under us", at: .unmapAndMove, kernel: "mm/migrate.c: unmap_and_move()",
           summary: "page_count == 1: only the isolation reference is left; put it (success)") { r in
      r.require(refcount[s] == 1)
      folioPut(&r, s, what: "unmap_and_move")
      r.set(isolated.value, false)
      r.goto(.done)
    }
    a.step("get_new_page", at: .unmapAndMove, kernel: "mm/migrate.c: alloc_migration_target()",
           summary: "allocate the destination folio (one reference)") { r in
      r.require(refcount[s] != 1 && anyFreeFolio)
      allocFolio(&r, into: dst.value, data: 0, on: Expr(1) - node[s])
      r.goto(.trylockSrc)
    }
    a.step("get_new_page → -ENOMEM", at: .unmapAndMove, kernel: "mm/migrate.c: unmap_and_move()",
           summary: "no free folio: migrate_pages gives up, the caller puts the folio back") { r in
      r.require(refcount[s] != 1 && !anyFreeFolio)
      r.goto(.putback)
    }

    // S3: lock the source.
    a.step("folio_trylock(src)", at: .trylockSrc, kernel: "mm/migrate.c: __unmap_and_move()") { r in
      r.acquire(pgLocked[s], try: true)
      r.goto(.getAnonVma)
    }
    a.step("folio_trylock(src) → -EAGAIN", at: .trylockSrc, kernel: "mm/migrate.c: __unmap_and_move()",
           summary: "busy folio lock on an unforced pass") { r in
      r.require(pgLocked[s].isHeld && !force)
      r.set(ok.value, false)
      r.goto(.failed)
    }
    a.step("folio_trylock(src) failed: sleep", at: .trylockSrc, kernel: "mm/migrate.c: __unmap_and_move()",
           summary: "forced pass: fall back to folio_lock") { r in
      r.require(pgLocked[s].isHeld && force)
      r.goto(.lockSrc)
    }
    a.step("folio_lock(src)", at: .lockSrc, kernel: "mm/filemap.c: folio_lock()") { r in
      r.acquire(pgLocked[s])
      r.goto(.getAnonVma)
    }

    // S5: pin the anon_vma so that it outlives the mappings (B5).
    a.step("folio_get_anon_vma", at: .getAnonVma, kernel: "mm/rmap.c: folio_get_anon_vma()",
           summary: "mapped anon folio: take a reference on its anon_vma (inc_not_zero)") { r in
      r.require(mapcount[s] > 0 && m != Expr(noAnonVma))
      r.require(avRefcount[m] > 0)
      r.update(avRefcount[m]) { $0 + 1 }
      r.set(av.value, m)
      r.goto(.trylockDst)
    }
    a.step("folio_get_anon_vma → NULL", at: .getAnonVma, kernel: "mm/rmap.c: folio_get_anon_vma()",
           summary: "not mapped: no anon_vma to pin") { r in
      r.require(!(mapcount[s] > 0 && m != Expr(noAnonVma) && avRefcount[m] > 0))
      r.goto(.trylockDst)
    }

    // S6: lock the destination; nobody else knows it, so the trylock succeeds.
    a.step("folio_trylock(dst)", at: .trylockDst, kernel: "mm/migrate.c: __unmap_and_move()") { r in
      r.acquire(pgLocked[d], try: true)
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
    a.step("try_to_migrate", at: .tryToMigrate, kernel: "mm/rmap.c: try_to_migrate() → rmap_walk_anon()",
           summary: "folio mapped: lock the anon_vma root for read and walk its VMAs") { r in
      r.require(mapcount[s] > 0)
      r.acquire(rootLock(m), .read)
      r.set(cursor.value, 0)
      r.set(wasMapped.value, true)
      r.goto(.unmapWalk)
    }
    a.step("try_to_migrate: not mapped", at: .tryToMigrate, kernel: "mm/migrate.c: __unmap_and_move()") { r in
      r.require(mapcount[s] == 0)
      r.set(wasMapped.value, false)
      r.goto(.move)
    }
    for v in 0..<V {
      a.step("try_to_migrate_one", at: .unmapWalk, kernel: "mm/rmap.c: try_to_migrate_one()", args: [RuleArg("page", v),],
             summary: "under the VMA's PTL: a present PTE of the folio becomes a migration entry; mapcount and refcount drop") { r in
        let c = cursor.value
        let q = avList[m, c]
        r.require(c < avLen[m] && mapcount[s] > 0 && !skipsTemporaryStack(q) && vmaAddressValid(q, index[s]) && vmaAddress(q, index[s]) == Expr(v))
        r.check("refcount_safety", avRefcount[m] > 0, "try_to_migrate: rmap walk of a freed anon_vma")
        r.within(ptl[q])
        let hit = maps(q, v, s)
        let entry: Expr<PTEKind> = caches != nil ? Expr(.migrationCache)  // names the id, which is s
          : ite(pteWrite[q, v], Expr(.migrationWrite), ite(anonExclusive[s], Expr(.migrationReadExclusive), Expr(.migrationRead)))
        r.when(hit, pteKind[q, v], entry)
        r.when(hit, pteWrite[q, v], false)
        r.when(hit, anonExclusive[s], false)  // page_try_share_anon_rmap: exclusivity now lives in the entry
        r.when(hit, mapcount[s], mapcount[s] - 1)
        r.when(hit, refcount[s], refcount[s] - 1)
        r.set(cursor.value, c + 1)
      }
    }
    addVmaAddressFault(a, at: .unmapWalk, cursor: cursor.value, anonVma: m, folio: s, walk: "try_to_migrate")
    if temporaryStack != nil && config.knobs.skipTemporaryStack {
      a.step("invalid_migration_vma: temporary stack", at: .unmapWalk, kernel: "mm/rmap.c: try_to_unmap_anon() is_vma_temporary_stack() (2.6.35; 6.1: invalid_migration_vma())",
             summary: "exec's stack is still being moved: leave its PTEs alone (the folio stays mapped, migration fails with -EAGAIN)") { r in
        let c = cursor.value
        r.require(c < avLen[m] && mapcount[s] > 0 && skipsTemporaryStack(avList[m, c]))
        r.set(cursor.value, c + 1)
      }
    }
    a.step("try_to_migrate: walk done", at: .unmapWalk, kernel: "mm/rmap.c: rmap_walk_anon()",
           summary: "end of the list, or rwc->done(): the folio is no longer mapped; unlock the anon_vma") { r in
      r.require(cursor.value >= avLen[m] || mapcount[s] == 0)
      r.release(rootLock(m), .read)
      r.set(cursor.value, 0)
      r.goto(.move)
    }

    // S8: move_to_new_folio → migrate_folio → folio_migrate_mapping (mapping == NULL).
    // The migration cache's reference counts as a mapping's (nr_refs 2).
    let expectedRefs = Expr<Int>(config.knobs.anonExpectedRefs + (caches == nil ? 0 : 1))
    a.step("folio_migrate_mapping", at: .move, kernel: "mm/migrate.c: folio_migrate_mapping() (2.6.17: migrate_page_remove_references())",
           summary: "refcount is the expected \(config.knobs.anonExpectedRefs) (1 = only the isolation reference): dst takes src's mapping and index") { r in
      r.require(mapcount[s] == 0 && refcount[s] == expectedRefs)
      r.set(mapping[d], m)
      r.set(index[d], index[s])
      if let c = caches {
        // radix slot replaced: get_page(newpage), __put_page(page).
        r.set(c.page[s], d)
        r.update(refcount[d]) { $0 + 1 }
        r.update(refcount[s]) { $0 - 1 }
      }
      r.goto(.copy)
    }
    a.step("folio_migrate_mapping → -EAGAIN", at: .move, kernel: "mm/migrate.c: folio_migrate_mapping()",
           summary: "someone else holds a reference") { r in
      r.require(mapcount[s] == 0 && refcount[s] != expectedRefs)
      r.set(ok.value, false)
      r.goto(ite(wasMapped.value && restore, Expr(MigratePC.remap), Expr(.unlockDst)))
    }
    a.step("folio_mapped → -EAGAIN", at: .move, kernel: "mm/migrate.c: __unmap_and_move()",
           summary: "still mapped after try_to_migrate: skip the move") { r in
      r.require(mapcount[s] > 0)
      r.set(ok.value, false)
      r.goto(ite(wasMapped.value && restore, Expr(MigratePC.remap), Expr(.unlockDst)))
    }
    a.step("folio_migrate_copy", at: .copy, kernel: "mm/migrate.c: folio_migrate_copy() → folio_copy()",
           summary: "copy the data (src has no mappings, both folios locked)") { r in
      r.set(data[d], data[s])
      r.set(ok.value, true)
      r.goto(.addLru)
    }
    // S9.
    a.step("folio_add_lru(dst)", at: .addLru, kernel: "mm/swap.c: folio_add_lru() + lru_add_drain()",
           summary: caches == nil ? "" : "lazy migration: the entries stay, tasks fault the new page in from the migration cache") { r in
      r.set(lru[d], true)
      r.goto(caches != nil ? Expr(MigratePC.unlockDst) : ite(wasMapped.value, Expr(MigratePC.remap), Expr(.unlockDst)))
    }

    // S10: remove_migration_ptes(src, ok ? dst : src) — walk again, restore every entry of src.
    let target = ite(ok.value, d, s)
    a.step("remove_migration_ptes", at: .remap, kernel: "mm/migrate.c: remove_migration_ptes() → rmap_walk()",
           summary: "lock the anon_vma root for read (kept alive by the pin) and walk every VMA") { r in
      r.acquire(rootLock(m), .read)
      r.set(cursor.value, 0)
      r.goto(.remapWalk)
    }
    for v in 0..<V {
      a.step("remove_migration_pte", at: .remapWalk, kernel: "mm/migrate.c: remove_migration_pte()", args: [RuleArg("page", v)],
             summary: "under the VMA's PTL: a migration entry of src becomes a present PTE of the target; +1 ref, +1 mapcount") { r in
        let c = cursor.value
        let q = avList[m, c]
        r.require(c < avLen[m] && vmaAddressValid(q, index[s]) && vmaAddress(q, index[s]) == Expr(v))
        r.check("refcount_safety", avRefcount[m] > 0, "remove_migration_ptes: rmap walk of a freed anon_vma")
        r.within(ptl[q])
        let hit = caches == nil ? isMigrationEntry(q, v, for: s) : pteKind[q, v] == .migrationCache && pteFolio[q, v] == s
        r.when(hit, pteWrite[q, v], pteKind[q, v] == .migrationWrite)
        r.when(hit, pteKind[q, v], Expr(.present))
        r.when(hit, pteFolio[q, v], target)
        r.when(hit, refcount[target], refcount[target] + 1)
        r.when(hit, mapcount[target], mapcount[target] + 1)
        r.when(hit && pteKind[q, v] != .migrationRead, anonExclusive[target], true)
        r.set(cursor.value, c + 1)
      }
    }
    addVmaAddressFault(a, at: .remapWalk, cursor: cursor.value, anonVma: m, folio: s, walk: "remove_migration_ptes")
    a.step("remove_migration_ptes: walk done", at: .remapWalk, kernel: "mm/rmap.c: rmap_walk_anon()") { r in
      r.require(cursor.value >= avLen[m])
      r.release(rootLock(m), .read)
      r.set(cursor.value, 0)
      if let c = caches {
        // Only the failure path walks here: the page leaves the migration cache.
        r.set(c.kind[s], Expr(.none))
        r.update(refcount[s]) { $0 - 1 }
      }
      r.goto(.unlockDst)
    }

    // S11: unlock dst, put_anon_vma, unlock src (which wakes the faulters).
    a.step("folio_unlock(dst)", at: .unlockDst, kernel: "mm/migrate.c: __unmap_and_move()") { r in
      r.release(pgLocked[d])
      r.goto(.putAnonVma)
    }
    a.step("put_anon_vma", at: .putAnonVma, kernel: "mm/rmap.c: put_anon_vma()",
           summary: "drop the pin taken by folio_get_anon_vma (if any)") { r in
      let pinned = av.value != Expr(noAnonVma)
      r.check("refcount_safety", implies(pinned, avRefcount[ite(pinned, av.value, Expr(0))] > 0), "put_anon_vma on a freed anon_vma")
      let pin = ite(pinned, av.value, Expr(0))  // never index with the "none" value
      r.when(pinned, avRefcount[pin], avRefcount[pin] - 1)
      r.set(av.value, Expr(noAnonVma))
      r.goto(.unlockSrc)
    }
    a.step("folio_unlock(src)", at: .unlockSrc, kernel: "mm/migrate.c: __unmap_and_move()",
           summary: "wakes tasks waiting in migration_entry_wait") { r in
      r.release(pgLocked[s])
      r.goto(ite(ok.value, Expr(MigratePC.putDst), Expr(.failed)))
    }

    // S12, success.
    a.step("folio_put(dst)", at: .putDst, kernel: "mm/migrate.c: __unmap_and_move()",
           summary: "drop the allocation reference; dst keeps one per restored PTE") { r in
      folioPut(&r, d, what: "__unmap_and_move")
      r.set(dst.value, Expr(noFolio))
      r.goto(.putSrc)
    }
    a.step("put_page(src)", at: .putSrc, kernel: "mm/migrate.c: unmap_and_move()",
           summary: "drop the isolation reference: the old folio is freed") { r in
      folioPut(&r, s, what: "unmap_and_move")
      r.set(isolated.value, false)
      r.goto(.done)
    }

    // S12, failure: free dst; retry while passes remain, else the caller puts src back.
    a.step("put_page(newpage) → retry", at: .failed, kernel: "mm/migrate.c: unmap_and_move() / migrate_pages()",
           summary: "-EAGAIN: free the destination, try again on the next pass") { r in
      r.require(pass.value < Expr(lastPass))
      folioPut(&r, d, what: "unmap_and_move")
      r.set(dst.value, Expr(noFolio))
      r.update(pass.value) { $0 + 1 }
      r.goto(.unmapAndMove)
    }
    a.step("put_page(newpage) → give up", at: .failed, kernel: "mm/migrate.c: unmap_and_move() / migrate_pages()",
           summary: "-EAGAIN on the last pass: free the destination; the folio stays isolated for the caller") { r in
      r.require(pass.value >= Expr(lastPass))
      folioPut(&r, d, what: "unmap_and_move")
      r.set(dst.value, Expr(noFolio))
      r.goto(.putback)
    }
    a.step("putback_lru_page(src)", at: .putback, kernel: "mm/migrate.c: putback_movable_pages() → folio_putback_lru()",
           summary: "back on the LRU, isolation reference dropped") { r in
      r.set(lru[s], true)
      folioPut(&r, s, what: "putback_lru_page")
      r.set(isolated.value, false)
      r.goto(.done)
    }
    return { f in (isolated.value && s == Expr(f)).asInt + (d == Expr(f)).asInt }
  }
}

extension World {
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
