import RuleKit

/// Program counter of 2.6.16's direct migration of one page
/// (`migrate_pages` in mm/vmscan.c, 2.6.15-mm / 2.6.16).
public enum ShmemMigratePC: Int, ModelEnum {
  case isolate, lock, lockNew, dispatch, pageout, removeReferences, copy, unlock, retry, putback, done
}

/// Program counter of kswapd's `shrink_list` on one page.
public enum PageoutPC: Int, ModelEnum {
  case isolate, writepage, putback, done
}

extension World {
  /// `shmem_writepage` → `move_to_swap_cache` (mm/shmem.c, mm/swap_state.c,
  /// 2.6.16), called by `pageout` with the page locked: the page joins the
  /// swap cache and leaves the page cache (`remove_from_page_cache` sets
  /// `page->mapping` to NULL), stays dirty, and is unlocked.
  ///
  /// Locks (2.6.18's shmem_writepage / move_to_swap_cache, the same code as
  /// 2.6.16's per the seed's quote), all under the page lock: `get_swap_page`
  /// takes and drops `swap_lock`; then under `info->lock`,
  /// `__add_to_swap_cache` takes `swapper_space.tree_lock`,
  /// `remove_from_page_cache` the inode mapping's `tree_lock` (one after the
  /// other), and `swap_duplicate` takes `swap_lock`. They are declared in
  /// the order info->lock, swap_lock, tree_lock: the analysis counts a lock
  /// declared earlier in a step as held by the later ones, so this gives
  /// info->lock → swap_lock and info->lock → tree_lock (both nestings here)
  /// and swap_lock → tree_lock, which this function does not nest but the
  /// rmap.c comment documents and `remove_exclusive_swap_page` takes. The
  /// two tree locks are one class and are declared once (a second in the
  /// same step would read as nesting).
  func shmemWritepage<PC>(_ r: inout Step<PC>, _ f: Expr<Int>) {
    guard let sh = shmem else { return }
    if let info = shmemInfoLock, let swap = swapLock, let tree = treeLock {
      r.within(info[0])
      r.within(swap[0])
      r.within(tree[1], .write)
    }
    r.set(sh.swapCacheSlot.value, f)
    r.set(sh.swapCache[f], true)
    r.set(sh.pageCacheSlot.value, Expr(noFolio))
    r.set(sh.fileMapping[f], false)
    r.set(sh.dirty[f], true)
    r.release(pgLocked[f])
  }

  /// Adds 2.6.16's migration of shmem folio `f`. Returns the references
  /// it holds on a folio.
  func addShmemMigrator(name: String, page f: Int) -> (Int) -> Expr<Int> {
    guard let sh = shmem else { fatalError("needs the shmem state") }
    let a = b.actor(name, title: "migrate_pages(F\(f))", pcs: ShmemMigratePC.self)
    let isolated: StateVar<Bool> = a.local("isolated", .bool)
    let dst = folioLocal(a, "newpage")
    let ok: StateVar<Bool> = a.local("ok", .bool)
    let viaSwapper: StateVar<Bool> = a.local("mapping_is_swapper", .bool)
    let pass: StateVar<Int> = a.local("pass", .int(max: config.knobs.migratePasses - 1))
    let s = Expr<Int>(f)
    let d = dst.value
    // page_mapping(page): &swapper_space for a swap-cache page, else page->mapping.
    let mappingSet = sh.swapCache[s] || sh.fileMapping[s]
    let shmemHasMigratepage = config.knobs.shmemMigratepage

    a.step("isolate_lru_page", at: .isolate, kernel: "mm/vmscan.c (2.6.16): isolate_lru_page()") { r in
      if let lru = lruLock { r.within(lru[0]) }  // spin_lock_irq(&zone->lru_lock)
      isolateLRU(&r, s)
      r.set(isolated.value, true)
      r.goto(.lock)
    }
    a.step("isolate_lru_page → -EBUSY", at: .isolate, kernel: "mm/vmscan.c (2.6.16): isolate_lru_page()") { r in
      r.require(!(used[s] && lru[s]))
      r.goto(.done)
    }
    a.step("lock_page(page)", at: .lock, kernel: "mm/vmscan.c (2.6.16): migrate_pages()") { r in
      r.acquire(pgLocked[s])
      r.goto(.lockNew)
    }
    a.step("newpage = lru_to_page(to); lock_page(newpage)", at: .lockNew, kernel: "mm/vmscan.c (2.6.16): migrate_pages()") { r in
      r.require(anyFreeFolio)
      let n = firstFreeFolio
      allocFolio(&r, into: d, data: 0, on: Expr(1) - node[s])
      // A second PG_locked inside the first: newpage is private to us, so
      // nobody can hold it or wait for it in the other order.
      r.acquire(pgLocked[n], nested: true)
      r.goto(.dispatch)
    }
    a.step("mapping = page_mapping(page) → a_ops->migratepage", at: .dispatch, kernel: "mm/vmscan.c (2.6.16): migrate_pages()",
           summary: shmemHasMigratepage ? "swapper_space and shmem both have migratepage = migrate_page" : "swapper_space's migratepage = migrate_page (shmem has none)") { r in
      r.require(mappingSet && (sh.swapCache[s] || Expr(shmemHasMigratepage)))
      r.set(viaSwapper.value, sh.swapCache[s])
      r.goto(.removeReferences)
    }
    a.step("no migratepage, PageDirty → pageout()", at: .dispatch, kernel: "mm/vmscan.c (2.6.16): migrate_pages() → pageout() → shmem_writepage()",
           summary: "default handling: a dirty page must be written out first; shmem_writepage moves it to the swap cache and unlocks it") { r in
      r.require(mappingSet && !sh.swapCache[s] && !Expr(shmemHasMigratepage) && sh.dirty[s])
      shmemWritepage(&r, s)
      r.goto(.pageout)
    }
    a.step("no migratepage, clean → migrate_page()", at: .dispatch, kernel: "mm/vmscan.c (2.6.16): migrate_pages() → migrate_page()") { r in
      r.require(mappingSet && !sh.swapCache[s] && !Expr(shmemHasMigratepage) && !sh.dirty[s])
      r.set(viaSwapper.value, false)
      r.goto(.removeReferences)
    }
    a.step("!mapping → unlock_both", at: .dispatch, kernel: "mm/vmscan.c (2.6.16): migrate_pages()") { r in
      r.require(!mappingSet)
      r.set(ok.value, false)
      r.goto(.unlock)
    }
    a.step("PAGE_SUCCESS: unlock_page(newpage); goto next", at: .pageout, kernel: "mm/vmscan.c (2.6.16): migrate_pages()",
           summary: "the page was unlocked by writepage: give newpage back and retry the page on the next pass") { r in
      r.release(pgLocked[d])
      folioPut(&r, d, what: "migrate_pages")
      r.set(dst.value, Expr(noFolio))
      r.goto(.retry)
    }

    // migrate_page() → migrate_page_remove_references(newpage, page, 2)
    let tree = ite(viaSwapper.value, sh.swapCacheSlot.value, sh.pageCacheSlot.value)
    let judgedBy: Expr<Bool> = config.knobs.removeReferencesMapping == .pageMapping ? mappingSet : sh.fileMapping[s]
    a.step("migrate_page_remove_references", at: .removeReferences, kernel: "mm/vmscan.c (2.6.16): migrate_page_remove_references()",
           summary: "under mapping->tree_lock: the page is the radix slot's and page_count == 2 (cache + isolation): newpage takes the slot") { r in
      // write_lock_irq(&mapping->tree_lock) of page_mapping(page): swapper_space's or the inode's.
      if let tree = treeLock { r.within(tree[ite(viaSwapper.value, Expr(1), Expr(0))], .write) }
      r.check("mapping_consistency", judgedBy == mappingSet,
              "migrate_page_remove_references judges the page by page->mapping (NULL: shmem_writepage moved it to the swap cache) while it works on page_mapping(page) = &swapper_space")
      r.require(judgedBy && refcount[s] == 2 && tree == s)
      r.when(viaSwapper.value, sh.swapCacheSlot.value, d)
      r.when(!viaSwapper.value, sh.pageCacheSlot.value, d)
      r.set(sh.fileMapping[d], sh.fileMapping[s])
      r.set(sh.swapCache[d], sh.swapCache[s])
      r.update(refcount[d]) { $0 + 1 }
      r.update(refcount[s]) { $0 - 1 }
      r.goto(.copy)
    }
    a.step("migrate_page_remove_references → fail", at: .removeReferences, kernel: "mm/vmscan.c (2.6.16): migrate_page_remove_references()",
           summary: "no mapping, extra references, or not the slot's page: give up on this page for now") { r in
      // No lock declared: the !mapping and page-count checks return before
      // write_lock_irq(&mapping->tree_lock); only the slot check is under it,
      // and the success step above already declares that dependency.
      r.check("mapping_consistency", judgedBy == mappingSet,
              "migrate_page_remove_references judges the page by page->mapping (NULL: shmem_writepage moved it to the swap cache) while it works on page_mapping(page) = &swapper_space")
      r.require(!(judgedBy && refcount[s] == 2 && tree == s))
      r.set(ok.value, false)
      r.goto(.unlock)
    }
    a.step("migrate_page_copy", at: .copy, kernel: "mm/vmscan.c (2.6.16): migrate_page_copy()",
           summary: "data and flags move to newpage; the old page loses PG_swapcache and its mapping") { r in
      r.set(data[d], data[s])
      r.set(sh.dirty[d], sh.dirty[s])
      r.set(sh.dirty[s], false)
      r.set(sh.swapCache[s], false)
      r.set(sh.fileMapping[s], false)
      r.set(ok.value, true)
      r.goto(.unlock)
    }
    a.step("unlock_both", at: .unlock, kernel: "mm/vmscan.c (2.6.16): migrate_pages()") { r in
      r.require(ok.value)
      r.release(pgLocked[d])
      r.release(pgLocked[s])
      r.goto(.putback)
    }
    a.step("unlock_both; newpage back", at: .unlock, kernel: "mm/vmscan.c (2.6.16): migrate_pages()",
           summary: "failed: unlock both, free newpage, retry the page on the next pass") { r in
      r.require(!ok.value)
      r.release(pgLocked[d])
      r.release(pgLocked[s])
      folioPut(&r, d, what: "migrate_pages")
      r.set(dst.value, Expr(noFolio))
      r.goto(.retry)
    }
    a.step("next: moved", at: .putback, kernel: "mm/vmscan.c (2.6.16): migrate_pages() / putback_lru_pages()",
           summary: "success: newpage goes on the LRU; the old page's isolation reference is dropped (freed)") { r in
      r.require(ok.value)
      r.set(lru[d], true)
      folioPut(&r, d, what: "migrate_pages")
      r.set(dst.value, Expr(noFolio))
      folioPut(&r, s, what: "migrate_pages")
      r.set(isolated.value, false)
      r.goto(.done)
    }
    a.step("next: failed → putback_lru_pages", at: .putback, kernel: "mm/vmscan.c (2.6.16): putback_lru_pages()") { r in
      r.require(!ok.value)
      r.set(lru[s], true)
      folioPut(&r, s, what: "putback_lru_pages")
      r.set(isolated.value, false)
      r.goto(.done)
    }
    let lastPass = config.knobs.migratePasses - 1
    a.step("retry", at: .retry, kernel: "mm/vmscan.c (2.6.16): migrate_pages() redo:",
           summary: "-EAGAIN: try the page again on the next pass (free newpage)") { r in
      r.require(pass.value < Expr(lastPass))
      r.update(pass.value) { $0 + 1 }
      r.goto(.lock)
    }
    a.step("give up", at: .retry, kernel: "mm/vmscan.c (2.6.16): migrate_pages()") { r in
      r.require(pass.value >= Expr(lastPass))
      r.set(ok.value, false)
      r.goto(.putback)
    }
    return { g in (isolated.value && s == Expr(g)).asInt + (d == Expr(g)).asInt }
  }

  /// Adds kswapd's `shrink_list` meeting shmem folio `f`: isolate and
  /// trylock it; a dirty page goes through `pageout` → `shmem_writepage`.
  func addPageout(name: String, page f: Int) -> (Int) -> Expr<Int> {
    guard let sh = shmem else { fatalError("needs the shmem state") }
    let a = b.actor(name, title: "kswapd: shrink_list(F\(f))", pcs: PageoutPC.self)
    let isolated: StateVar<Bool> = a.local("isolated", .bool)
    let s = Expr<Int>(f)
    a.step("isolate_lru_page + TestSetPageLocked", at: .isolate, kernel: "mm/vmscan.c (2.6.16): shrink_list()") { r in
      // shrink_cache isolates under zone->lru_lock and drops it; shrink_list
      // then only trylocks the page (no dependency).
      if let lru = lruLock { r.within(lru[0]) }
      isolateLRU(&r, s)
      r.acquire(pgLocked[s], try: true)
      r.set(isolated.value, true)
      r.goto(.writepage)
    }
    a.step("shrink_list: skip", at: .isolate, kernel: "mm/vmscan.c (2.6.16): shrink_list()",
           summary: "not on the LRU (migration has it) or locked") { r in
      r.require(!(used[s] && lru[s] && pgLocked[s].isFree))
      r.goto(.done)
    }
    a.step("pageout → shmem_writepage", at: .writepage, kernel: "mm/vmscan.c: pageout() → mm/shmem.c: shmem_writepage()",
           summary: "a dirty page in the tmpfs page cache moves to the swap cache; page->mapping becomes NULL") { r in
      r.require(sh.dirty[s] && sh.fileMapping[s] && !sh.swapCache[s])
      shmemWritepage(&r, s)
      r.goto(.putback)
    }
    a.step("keep: unlock_page", at: .writepage, kernel: "mm/vmscan.c (2.6.16): shrink_list() keep_locked") { r in
      r.require(!(sh.dirty[s] && sh.fileMapping[s] && !sh.swapCache[s]))
      r.release(pgLocked[s])
      r.goto(.putback)
    }
    a.step("putback_lru_page", at: .putback, kernel: "mm/vmscan.c (2.6.16): shrink_list()") { r in
      r.set(lru[s], true)
      folioPut(&r, s, what: "shrink_list")
      r.set(isolated.value, false)
      r.goto(.done)
    }
    return { g in (isolated.value && s == Expr(g)).asInt }
  }
}

/// Program counter of a read of a tmpfs page.
public enum ShmemFaultPC: Int, ModelEnum {
  case lookup, lock, read, done
}

extension World {
  /// Adds a task reading the tmpfs page first held in folio `f`
  /// (`shmem_getpage`, mm/shmem.c 2.6.16, read side): `find_lock_page` in
  /// the page cache, else `lookup_swap_cache` for the inode's swap entry;
  /// after `lock_page` it rechecks the page is still where it found it
  /// (else unlock, put, repeat) and reads it. The data must be the file's
  /// (1: nobody writes). Bringing a swap-cache page back into the page
  /// cache on swapin is not modelled. Returns the references it holds.
  func addShmemFault(name: String, page f: Int) -> (Int) -> Expr<Int> {
    guard let sh = shmem else { fatalError("needs the shmem state") }
    let a = b.actor(name, title: "read tmpfs page (F\(f))", pcs: ShmemFaultPC.self)
    let page = folioLocal(a, "page")
    let fromSwap: StateVar<Bool> = a.local("from_swap", .bool)
    let pg = page.value
    let pageCache = sh.pageCacheSlot.value, swapCache = sh.swapCacheSlot.value

    a.step("find_get_page", at: .lookup, kernel: "mm/shmem.c (2.6.16): shmem_getpage() → find_lock_page()",
           summary: "the page is in the tmpfs page cache: take a reference") { r in
      if let tree = treeLock { r.within(tree[0], .read) }  // read_lock_irq(&mapping->tree_lock)
      r.require(pageCache != Expr(noFolio))
      r.update(refcount[pageCache]) { $0 + 1 }
      r.set(pg, pageCache)
      r.set(fromSwap.value, false)
      r.goto(.lock)
    }
    a.step("lookup_swap_cache", at: .lookup, kernel: "mm/shmem.c (2.6.16): shmem_getpage() → lookup_swap_cache()",
           summary: "not in the page cache: the inode's swap entry, found in the swap cache") { r in
      // Under info->lock (the swap entry), find_get_page(&swapper_space).
      if let info = shmemInfoLock, let tree = treeLock {
        r.within(info[0])
        r.within(tree[1], .read)
      }
      r.require(pageCache == Expr(noFolio) && swapCache != Expr(noFolio))
      r.update(refcount[swapCache]) { $0 + 1 }
      r.set(pg, swapCache)
      r.set(fromSwap.value, true)
      r.goto(.lock)
    }
    a.step("lock_page", at: .lock, kernel: "mm/filemap.c: find_lock_page() / mm/shmem.c: shmem_getpage()") { r in
      r.acquire(pgLocked[pg])
      r.goto(.read)
    }
    let stillThere = ite(fromSwap.value, swapCache == pg && sh.swapCache[pg], pageCache == pg && sh.fileMapping[pg])
    a.step("read + unlock_page + put_page", at: .read, kernel: "mm/shmem.c (2.6.16): shmem_file_read() / shmem_nopage()",
           summary: "still the cache's page: read it") { r in
      r.require(stillThere)
      r.check("no_lost_write", data[pg] == 1, "a read of the tmpfs page returned data the file never held")
      r.release(pgLocked[pg])
      folioPut(&r, pg, what: "shmem_getpage")
      r.set(pg, Expr(noFolio))
      r.goto(.done)
    }
    a.step("page moved: unlock, put, repeat", at: .read, kernel: "mm/filemap.c: find_lock_page() (page->mapping != mapping) / shmem_getpage() (!PageSwapCache)",
           summary: "migrated or moved to the swap cache while we waited for the lock") { r in
      r.require(!stillThere)
      r.release(pgLocked[pg])
      folioPut(&r, pg, what: "shmem_getpage")
      r.set(pg, Expr(noFolio))
      r.goto(.lookup)
    }
    return { g in (pg == Expr(g)).asInt }
  }
}
