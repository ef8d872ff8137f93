import RuleKit

/// Program counter of a direct-I/O read into user memory: `get_user_pages`
/// pins the page, the device writes it with no PTE involved, `put_page`.
public enum GupPC: Int, ModelEnum {
  case lockMm, follow, sleep, dma, put, done
}

extension World {
  /// Adds a thread of `process` that reads from a device into `page`
  /// (O_DIRECT): the extra reference migration must notice (seed 001).
  /// The device writes `value`, which the process must then see.
  /// Returns the references it holds on a folio and its "done" condition.
  func addGup(name: String, process p: Int, page v: Int, value: Int) -> (refs: (Int) -> Expr<Int>, done: Expr<Bool>) {
    let a = b.actor(name, title: "O_DIRECT read into P\(p) page \(v)", pcs: GupPC.self)
    let pinned = folioLocal(a, "page")
    let waiter = waiters[name]!  // declared in World for every gup actor
    let f = pteFolio[p, v]

    addMmapLock(a, "mmap_read_lock", at: .lockMm, process: p, .read, kernel: "mm/gup.c: get_user_pages_unlocked()", then: .follow)
    let pin = pincount
    a.step(pin == nil ? "follow_page: get_page" : "follow_page: try_grab_page(FOLL_PIN)", at: .follow,
           kernel: pin == nil ? "mm/gup.c: follow_page_pte() (FOLL_WRITE|FOLL_GET)" : "mm/gup.c: follow_page_pte() → try_grab_page() (FOLL_WRITE|FOLL_PIN)",
           summary: pin == nil ? "under the PTL a present writable PTE: take a reference on its page; drop mmap_lock for the I/O"
             : "under the PTL a present writable (so PageAnonExclusive) PTE: pin its page (a reference folio_maybe_dma_pinned sees); drop mmap_lock for the I/O") { r in
      r.within(ptl[p])
      r.require(pteKind[p, v] == .present && pteWrite[p, v])
      r.update(refcount[f]) { $0 + 1 }
      if let pin { r.update(pin[f]) { $0 + 1 } }
      r.set(pinned.value, f)
      r.release(mmapLock[p], .read)
      r.goto(.dma)
    }
    // A migration entry: faultin_page → handle_mm_fault → migration_entry_wait, then follow again.
    addMigrationEntryWait(a, at: .follow, sleep: .sleep, process: p, page: v, waiter: waiter) { r in
      r.goto(.follow)
    }
    a.step("follow_page → -EFAULT", at: .follow, kernel: "mm/gup.c: __get_user_pages()",
           summary: "no writable page (none, or COW-shared: breaking COW is not modelled): the I/O fails") { r in
      r.within(ptl[p])
      r.require(!(pteKind[p, v] == .present && pteWrite[p, v]) && !isMigrationEntry(p, v))
      r.release(mmapLock[p], .read)
      r.goto(.done)
    }
    a.step("device writes the page", at: .dma, kernel: "block: bio completion (DMA into the pinned page)",
           summary: "the data lands in the pinned page, whatever the page tables map now") { r in
      r.set(data[pinned.value], Expr(value))
      r.set(expected[p, v], Expr(value))
      r.goto(.put)
    }
    a.step(pin == nil ? "put_page" : "unpin_user_page", at: .put, kernel: pin == nil ? "mm/gup.c: put_page()" : "mm/gup.c: unpin_user_page()") { r in
      if let pin { r.update(pin[pinned.value]) { $0 - 1 } }
      folioPut(&r, pinned.value, what: "direct I/O completion")
      r.set(pinned.value, Expr(noFolio))
      r.goto(.done)
    }
    return ({ f in (pinned.value == Expr(f)).asInt }, a.isDone)
  }
}
