import RuleKit

/// Program counter of compaction taking one non-LRU movable page:
/// `isolate_movable_page`, then `unmap_and_move` → `move_to_new_page`, or
/// `putback_movable_pages` (mm/migrate.c, 4.8, bda807d44454).
public enum CompactPC: Int, ModelEnum {
  case getPage, checkMovable, trylock, checkFlags, isolateCallback, setIsolated
  case allocNew, lockSrc, move, unlockSrc, putSrc, putNew
  case putbackLock, putback, putbackUnlock, done
}

/// Program counter of a driver releasing one of its movable pages.
public enum DriverPC: Int, ModelEnum {
  case lock, release, put, done
}

extension World {
  /// Adds a compaction thread that isolates and migrates the folio backing
  /// driver object `k` at the start (a pfn scanner finds a page, not an
  /// object). Returns the references it holds on a folio.
  func addCompaction(name: String, object k: Int) -> (Int) -> Expr<Int> {
    guard let mv = movable else { fatalError("compaction needs the movable-page state") }
    let f = config.mapped.count + k
    let a = b.actor(name, title: "compact(F\(f))", pcs: CompactPC.self)
    let got: StateVar<Bool> = a.local("ref", .bool)
    let dst = folioLocal(a, "newpage")
    let ok: StateVar<Bool> = a.local("ok", .bool)
    let s = Expr<Int>(f)
    let d = dst.value
    let locked = config.knobs.isolatePageLock
    let draft = config.knobs.driverRelease == .clearIsolated
    // PageMovable(): the movable bit and a driver mapping with a_ops.
    let pageMovable = mv.movable[s] && mv.hasMapping[s]
    // How the VM tells that the driver released the page it isolated.
    let released = draft ? !mv.isolated[s] : !pageMovable

    func giveUp(_ r: inout Step<CompactPC>) {
      folioPut(&r, s, what: "isolate_movable_page")
      r.set(got.value, false)
      r.goto(.done)
    }

    // isolate_movable_page()
    a.step("get_page_unless_zero", at: .getPage, kernel: "mm/migrate.c: isolate_movable_page()") { r in
      r.require(used[s] && refcount[s] > 0)
      r.update(refcount[s]) { $0 + 1 }
      r.set(got.value, true)
      r.goto(.checkMovable)
    }
    a.step("get_page_unless_zero → free", at: .getPage, kernel: "mm/migrate.c: isolate_movable_page()") { r in
      r.require(!(used[s] && refcount[s] > 0))
      r.goto(.done)
    }
    a.step("__PageMovable", at: .checkMovable, kernel: "mm/migrate.c: isolate_movable_page()",
           summary: "the movable bit, read before the page lock") { r in
      r.require(mv.movable[s])
      r.goto(locked ? .trylock : .checkFlags)
    }
    a.step("!__PageMovable → put", at: .checkMovable, kernel: "mm/migrate.c: isolate_movable_page()") { r in
      r.require(!mv.movable[s])
      giveUp(&r)
    }
    if locked {
      a.step("trylock_page", at: .trylock, kernel: "mm/migrate.c: isolate_movable_page()") { r in
        r.acquire(pgLocked[s], try: true)
        r.goto(.checkFlags)
      }
      a.step("trylock_page failed → put", at: .trylock, kernel: "mm/migrate.c: isolate_movable_page()") { r in
        r.require(pgLocked[s].isHeld)
        giveUp(&r)
      }
    }
    a.step("PageMovable && !PageIsolated", at: .checkFlags, kernel: "mm/migrate.c: isolate_movable_page()",
           summary: locked ? "under the page lock" : "WITHOUT the page lock (the RFC's alternative)") { r in
      r.require(pageMovable && !mv.isolated[s])
      r.goto(.isolateCallback)
    }
    a.step("already isolated or released → put", at: .checkFlags, kernel: "mm/migrate.c: isolate_movable_page()") { r in
      r.require(!(pageMovable && !mv.isolated[s]))
      if locked { r.release(pgLocked[s]) }
      giveUp(&r)
    }
    a.step("a_ops->isolate_page", at: .isolateCallback, kernel: "mm/balloon_compaction.c: balloon_page_isolate() (driver callback)",
           summary: "page->mapping->a_ops->isolate_page: the driver takes the page off its list") { r in
      r.check("movable_page_protocol", mv.hasMapping[s], "isolate_movable_page: page->mapping->a_ops with page->mapping == NULL (the driver released the page)")
      r.check("movable_page_protocol", mv.inList[s] && mv.driverOwns[s], "isolate_page on a page its driver no longer owns: it is isolated twice")
      // balloon_page_isolate: list_del under b_dev_info->pages_lock (inside the page lock).
      if let pages = driverLock { r.within(pages[0]) }
      r.set(mv.inList[s], false)
      r.goto(.setIsolated)
    }
    a.step("__SetPageIsolated + unlock_page", at: .setIsolated, kernel: "mm/migrate.c: isolate_movable_page()") { r in
      r.set(mv.isolated[s], true)
      if locked { r.release(pgLocked[s]) }
      r.goto(.allocNew)
    }

    // unmap_and_move()
    a.step("get_new_page", at: .allocNew, kernel: "mm/compaction.c: compaction_alloc()") { r in
      r.require(refcount[s] != 1 && anyFreeFolio)
      allocFolio(&r, into: d, data: 0, on: node[s])  // compaction stays in the zone
      r.goto(.lockSrc)
    }
    a.step("get_new_page → -ENOMEM", at: .allocNew, kernel: "mm/migrate.c: unmap_and_move()") { r in
      r.require(refcount[s] != 1 && !anyFreeFolio)
      r.goto(.putbackLock)
    }
    a.step("unmap_and_move: freed under us", at: .allocNew, kernel: "mm/migrate.c: unmap_and_move()",
           summary: "page_count == 1: the driver released it; under the page lock clear PG_isolated if !PageMovable, put it") { r in
      r.require(refcount[s] == 1)
      r.within(pgLocked[s])
      r.when(!pageMovable, mv.isolated[s], false)
      folioPut(&r, s, what: "unmap_and_move")
      r.set(got.value, false)
      r.goto(.done)
    }
    a.step("lock_page(src)", at: .lockSrc, kernel: "mm/migrate.c: __unmap_and_move()") { r in
      r.acquire(pgLocked[s])
      r.goto(.move)
    }
    a.step("move_to_new_page: released → success", at: .move, kernel: "mm/migrate.c: move_to_new_page()",
           summary: draft ? "PG_isolated cleared by the driver: it released the page; nothing to migrate" : "!PageMovable: the driver released the page after isolation; clear PG_isolated, count it migrated") { r in
      r.require(released)
      r.set(mv.isolated[s], false)
      r.set(ok.value, true)
      r.goto(.unlockSrc)
    }
    /// mapping->a_ops->migratepage: only on a page its driver still has.
    func migratepage(_ r: inout Step<CompactPC>) {
      r.require(!released)
      r.check("movable_page_protocol", mv.hasMapping[s] && mv.driverOwns[s], "migratepage callback on a page its driver released")
    }
    a.step("a_ops->migratepage", at: .move, kernel: "mm/balloon_compaction.c: balloon_page_migrate() (driver callback); mm/migrate.c: move_to_new_page()",
           summary: "the driver moves its data to newpage and lists it (__SetPageMovable), drops its old page (__ClearPageMovable, put_page); the VM clears PG_isolated") { r in
      migratepage(&r)
      // virtballoon_migratepage (4.8), under both page locks: mutex_trylock(&vb->balloon_lock)
      // (a trylock: no dependency), then newpage joins the list under pages_lock.
      if let pages = driverLock { r.within(pages[0]) }
      r.set(data[d], data[s])
      r.update(refcount[d]) { $0 + 1 }
      for flag in [mv.movable, mv.hasMapping, mv.inList, mv.driverOwns] { r.set(flag[d], true) }
      r.set(mv.backing[k], d)
      r.set(mv.hasMapping[s], false)
      r.set(mv.driverOwns[s], false)
      r.set(mv.isolated[s], false)
      // The driver's reference (ours keeps the page); a driver that already
      // released the page has put it then.
      r.when(mv.driverOwns[s], refcount[s], refcount[s] - 1)
      r.set(ok.value, true)
      r.goto(.unlockSrc)
    }
    a.step("a_ops->migratepage → -EAGAIN", at: .move, kernel: "mm/balloon_compaction.c: balloon_page_migrate()",
           summary: "the driver cannot move the page now") { r in
      migratepage(&r)
      r.set(ok.value, false)
      r.goto(.unlockSrc)
    }
    a.step("unlock_page(src)", at: .unlockSrc, kernel: "mm/migrate.c: __unmap_and_move()") { r in
      r.release(pgLocked[s])
      r.goto(ite(ok.value, Expr(CompactPC.putSrc), Expr(.putNew)))
    }
    a.step("put_page(page)", at: .putSrc, kernel: "mm/migrate.c: unmap_and_move()",
           summary: "success: drop the isolation reference (the old page is freed)") { r in
      folioPut(&r, s, what: "unmap_and_move")
      r.set(got.value, false)
      r.goto(.putNew)
    }
    a.step("put_page(newpage)", at: .putNew, kernel: "mm/migrate.c: unmap_and_move()",
           summary: "drop the allocation reference (the driver holds its own on success)") { r in
      folioPut(&r, d, what: "unmap_and_move")
      r.set(dst.value, Expr(noFolio))
      r.goto(ite(ok.value, Expr(CompactPC.done), Expr(.putbackLock)))
    }

    // putback_movable_pages()
    a.step("lock_page", at: .putbackLock, kernel: "mm/migrate.c: putback_movable_pages()") { r in
      r.acquire(pgLocked[s])
      r.goto(.putback)
    }
    a.step("putback_movable_page", at: .putback, kernel: "mm/migrate.c: putback_movable_page() → a_ops->putback_page",
           summary: "the driver lists the page again; the VM clears PG_isolated") { r in
      r.require(!released)
      r.check("movable_page_protocol", mv.hasMapping[s] && mv.driverOwns[s],
              "putback_page on a page its driver released: it must be put, not put back")
      // balloon_page_putback: list_add under b_dev_info->pages_lock (inside the page lock).
      if let pages = driverLock { r.within(pages[0]) }
      r.set(mv.inList[s], true)
      r.set(mv.isolated[s], false)
      r.goto(.putbackUnlock)
    }
    a.step("released: __ClearPageIsolated", at: .putback, kernel: "mm/migrate.c: putback_movable_pages()",
           summary: "the driver released the page: no putback, just drop PG_isolated and put") { r in
      r.require(released)
      r.set(mv.isolated[s], false)
      r.goto(.putbackUnlock)
    }
    a.step("unlock_page + put_page", at: .putbackUnlock, kernel: "mm/migrate.c: putback_movable_pages()") { r in
      r.release(pgLocked[s])
      folioPut(&r, s, what: "putback_movable_pages")
      r.set(got.value, false)
      r.goto(.done)
    }
    return { g in (got.value && s == Expr(g)).asInt + (d == Expr(g)).asInt }
  }

  /// Adds the driver releasing its object `k` (whichever folio backs it
  /// now; the driver finds it under its own lock — balloon's pages_lock,
  /// zsmalloc's migrate_lock — which excludes the migratepage callback, so
  /// lookup and lock_page are one step here). Under the page lock it takes the page off its
  /// list and (4.8) clears page->mapping, or (the draft) clears only
  /// PG_isolated if compaction has the page isolated; then it puts its
  /// reference. Returns the references it holds between the two.
  func addDriverFree(name: String, object k: Int) -> (Int) -> Expr<Int> {
    guard let mv = movable else { fatalError("the driver needs the movable-page state") }
    let a = b.actor(name, title: "driver releases D\(k)", pcs: DriverPC.self)
    let page = folioLocal(a, "page")
    let s = page.value
    let draft = config.knobs.driverRelease == .clearIsolated

    a.step("lock_page", at: .lock, kernel: "mm/balloon_compaction.c: balloon_page_dequeue() / mm/zsmalloc.c: free_zspage()") { r in
      // balloon_page_dequeue (4.8): spin_lock_irqsave(&b_dev_info->pages_lock),
      // then trylock_page: a trylock inside the driver's lock adds no
      // dependency (the compaction side takes pages_lock inside the page
      // lock). The model waits for the page lock, as a retry of the trylock
      // would; pages_lock is declared in this step only (the kernel holds it
      // until after unlock_page, across the next two steps here).
      if let pages = driverLock { r.within(pages[0]) }
      r.acquire(pgLocked[mv.backing[k]], try: true)
      r.set(page.value, mv.backing[k])
      r.goto(.release)
    }
    a.step(draft ? "release (draft rule)" : "__ClearPageMovable", at: .release,
           kernel: draft ? "driver release per the seed's draft documentation" : "mm/compaction.c: __ClearPageMovable()",
           summary: draft ? "isolated: clear only PG_isolated (PG_movable stays); otherwise clear both; off the list"
                          : "page->mapping loses the driver's address_space (the movable bit stays); off the list") { r in
      r.set(mv.inList[s], false)
      if draft {
        r.when(mv.isolated[s], mv.isolated[s], false)
        r.when(!mv.isolated[s], mv.movable[s], false)
        r.when(!mv.isolated[s], mv.hasMapping[s], false)
      } else {
        r.set(mv.hasMapping[s], false)
      }
      // From here the reference is this thread's, about to be put.
      r.set(mv.driverOwns[s], false)
      r.goto(.put)
    }
    a.step("unlock_page + put_page", at: .put, kernel: "mm/balloon_compaction.c: balloon_page_free()") { r in
      r.release(pgLocked[s])
      folioPut(&r, s, what: "driver release")
      r.set(page.value, Expr(noFolio))
      r.goto(.done)
    }
    return { g in (a.pc == .put && s == Expr(g)).asInt }
  }
}
