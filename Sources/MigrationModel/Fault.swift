import RuleKit

/// Program counter of a task touching one virtual page: the hardware access,
/// and on a fault `handle_mm_fault` → `handle_pte_fault` (mm/memory.c, 6.1).
public enum FaultPC: Int, ModelEnum {
  case access, lockMm, handle, wpCopy, wpInstall, anonInstall, sleep
  /// migration-cache variant: do_swap_page's lookup, lock_page, and map.
  case swapLookup, swapLock, swapMap
  /// folio eras: do_swap_page's folio_lock_or_retry waiting for the unlock.
  case swapRetryWait
  /// PMD-mapped THPs: `__handle_mm_fault` found a huge PMD (present or a
  /// migration entry) instead of a page table.
  case handleHuge
  case done
}

extension World {
  /// Adds a thread of `process` that reads or writes `page` once. A write
  /// stores `value`, distinct per writer, so a lost write is visible.
  /// Returns the references it holds on a folio and its "done" condition.
  ///
  /// `tlb` is the entry its CPU caches from the start, if any: an access
  /// may use it instead of walking the page table, stale or not, until a
  /// flush drops it; the thread's own page fault drops it too (x86
  /// invalidates the faulting translation), and so does finishing.
  func addFault(name: String, process p: Int, page v: Int, write: Bool, value: Int, tlb: TLBEntry? = nil) -> (refs: (Int) -> Expr<Int>, done: Expr<Bool>) {
    let a = b.actor(name, title: "\(write ? "write" : "read") P\(p) page \(v)", pcs: FaultPC.self)
    let waiter = waiters[name]!  // declared in World for every fault actor
    let old = folioLocal(a, "old_page")
    let new = folioLocal(a, "new_page")
    let f = pteFolio[p, v]
    let folio = folioOf(f)  // page_folio: the head frame of a large folio
    let val = Expr<Int>(value)
    let present = pteKind[p, v] == .present
    // A present PMD maps the whole VMA: page v of its folio.
    let hugeOK: Expr<Bool> = pmd.map { pmd in pmdPresent(p) && (write ? pmd.write[p] : trueExpr) } ?? falseExpr
    let accessOK = (write ? present && pteWrite[p, v] : present) || hugeOK
    let accessPage: Expr<Int> = pmd == nil ? f : ite(pmdPresent(p), pmdPage(p, v), f)

    // The access itself: the MMU, no lock. A cached translation (a TLB
    // hit) is used as it is; else a present, sufficiently permissive PTE
    // (the page walk; the entry may have been evicted at any time) means no
    // fault at all.
    if let tlb {
      let cached = Expr<Int>(tlb.folio)
      if write && tlb.writable {
        a.step("store (TLB hit)", at: .access, kernel: "hardware: a dirty writable TLB entry, no page walk",
               summary: "the CPU stores through its cached translation, whatever the PTE says now") { r in
          r.require(alive[p] && tlb.valid)
          r.check("refcount_safety", frameUsed(tlb.folio), "a store through a stale TLB entry into a freed folio (use after free)")
          r.set(data[cached], val)
          r.set(expected[p, v], val)
          r.set(tlb.valid, false)
          r.goto(.done)
        }
      } else if !write {
        a.step("load (TLB hit)", at: .access, kernel: "hardware: a TLB entry, no page walk",
               summary: "the CPU loads through its cached translation; the value must be the last one written") { r in
          r.require(alive[p] && tlb.valid)
          r.check("no_lost_write", data[cached] == expected[p, v], "a load through a TLB entry returned a value that is not the last one this process wrote")
          r.set(tlb.valid, false)
          r.goto(.done)
        }
      }
    }
    if write {
      a.step("store (pte writable)", at: .access, kernel: "hardware: no fault",
             summary: "the MMU stores through a present writable PTE") { r in
        r.require(alive[p] && accessOK)
        r.set(data[accessPage], val)
        r.set(expected[p, v], val)
        if let sw = swap { r.set(sw.pteDirty[p, v], true) }  // the MMU sets the dirty bit
        if let tlb { r.set(tlb.valid, false) }
        r.goto(.done)
      }
    } else {
      a.step("load (pte present)", at: .access, kernel: "hardware: no fault",
             summary: "the MMU loads through a present PTE; the value must be the last one written") { r in
        r.require(alive[p] && accessOK)
        r.check("no_lost_write", data[accessPage] == expected[p, v], "a load returned a value that is not the last one this process wrote")
        if let tlb { r.set(tlb.valid, false) }
        r.goto(.done)
      }
    }
    a.step("page fault", at: .access, kernel: "arch: do_user_addr_fault() → handle_mm_fault()") { r in
      r.require(alive[p] && !accessOK)
      if let tlb { r.set(tlb.valid, false) }
      r.goto(.lockMm)
    }
    a.step("mmap_read_lock", at: .lockMm, kernel: "arch: do_user_addr_fault()",
           summary: pmd == nil ? "" : "then __handle_mm_fault: a page table under the PMD goes to handle_pte_fault, a huge PMD to the THP paths") { r in
      r.acquire(mmapLock[p], .read)
      r.goto(ite(pmdIsTable(p), Expr(FaultPC.handle), Expr(.handleHuge)))
    }
    if pmd != nil { addHugePmdFault(a, process: p, page: v, write: write, value: value, accessOK: accessOK, waiter: waiter) }

    // handle_pte_fault: the cases, each under the PTL as the kernel rechecks there.
    a.step("handle_pte_fault: spurious", at: .handle, kernel: "mm/memory.c: handle_pte_fault()",
           summary: "the PTE was fixed meanwhile: return and retry the access") { r in
      r.within(ptl[p])
      r.require(accessOK)
      r.release(mmapLock[p], .read)
      r.goto(.access)
    }
    addMigrationEntryWait(a, at: .handle, sleep: .sleep, process: p, page: v, waiter: waiter) { [mmapLock] r in
      r.release(mmapLock[p], .read)
      r.goto(.access)
    }

    // Protections an ablation may remove (Knobs).
    let copyRef = config.knobs.wpCopyReference
    if write {
      // do_wp_page: a write to a present, write-protected PTE.
      a.step("do_wp_page: reuse", at: .handle, kernel: "mm/memory.c: do_wp_page() → wp_page_reuse()",
             summary: "PageAnonExclusive, or refcount 1 and folio_trylock succeeds: make the PTE writable and store") { r in
        r.within(ptl[p])
        r.require(present && !pteWrite[p, v])
        r.require(anonExclusive[f] || (refcount[folio] == 1 && pgLocked[folio].isFree))
        r.set(pteWrite[p, v], true)
        if let sw = swap { r.set(sw.pteDirty[p, v], true) }  // wp_page_reuse: pte_mkdirty
        // Not exclusive but refcount 1: page_move_anon_rmap moves the folio
        // to this VMA's own anon_vma and marks it exclusive.
        r.when(!anonExclusive[f], mapping[folio], ownAnonVma(p))
        r.set(anonExclusive[f], true)
        r.set(data[f], val)
        r.set(expected[p, v], val)
        r.release(mmapLock[p], .read)
        r.goto(.done)
      }
      a.step("do_wp_page: copy", at: .handle, kernel: "mm/memory.c: do_wp_page()",
             summary: "shared or busy folio: take a reference, drop the PTL, go copy") { r in
        r.within(ptl[p])
        r.require(present && !pteWrite[p, v])
        r.require(!(anonExclusive[f] || (refcount[folio] == 1 && pgLocked[folio].isFree)))
        if copyRef { r.update(refcount[folio]) { $0 + 1 } }
        r.set(old.value, f)
        r.goto(.wpCopy)
      }
      a.step("wp_page_copy: alloc + copy", at: .wpCopy, kernel: "mm/memory.c: wp_page_copy()",
             summary: "allocate and copy without the PTL and without locking the old folio") { r in
        r.require(anyFreeFolio)
        allocFolio(&r, into: new.value, data: data[old.value])
        r.goto(.wpInstall)
      }
      a.step("wp_page_copy → VM_FAULT_OOM", at: .wpCopy, kernel: "mm/memory.c: wp_page_copy()") { r in
        r.require(!anyFreeFolio)
        if copyRef { folioPut(&r, folioOf(old.value), what: "wp_page_copy") }
        r.set(old.value, Expr(noFolio))
        r.release(mmapLock[p], .read)
        r.goto(.done)
      }
      a.step("wp_page_copy: pte_same", at: .wpInstall, kernel: "mm/memory.c: wp_page_copy()",
             summary: "under the PTL the PTE is unchanged: map the copy writable, unmap the old folio, store") { r in
        let o = old.value, n = new.value
        r.within(ptl[p])
        if config.knobs.wpCopyPteSame { r.require(maps(p, v, o) && !pteWrite[p, v]) }
        setPTE(&r, p, v, Expr(.present), folio: n, write: true)
        if config.knobs.cowTlbFlush { flushTLB(&r, process: Expr(p), page: v, when: trueExpr) }  // ptep_clear_flush_notify
        r.set(mapcount[n], 1)
        r.set(anonExclusive[n], true)
        r.set(mapping[n], ownAnonVma(p))
        r.set(index[n], Expr(v))
        addToLRU(&r, n)  // folio_add_lru_vma
        r.set(data[n], val)
        r.set(expected[p, v], val)
        // page_remove_rmap(old): without the pte_same recheck the PTE may
        // no longer map it (an ablation): that is an underflow, not a wrap.
        r.check("refcount_safety", mapcount[o] > 0, "wp_page_copy: page_remove_rmap of a folio this PTE no longer maps")
        r.set(mapcount[o], ite(mapcount[o] > 0, mapcount[o] - 1, Expr(0)))
        folioPut(&r, folioOf(o), by: copyRef ? 2 : 1, what: "wp_page_copy")  // the PTE's reference and do_wp_page's
        r.set(old.value, Expr(noFolio))
        r.set(new.value, Expr(noFolio))
        r.release(mmapLock[p], .read)
        r.goto(.done)
      }
      if config.knobs.wpCopyPteSame {
      a.step("wp_page_copy: pte changed", at: .wpInstall, kernel: "mm/memory.c: wp_page_copy()",
             summary: "the PTE changed (e.g. became a migration entry): free the copy, drop the reference, retry") { r in
        r.within(ptl[p])
        r.require(!(maps(p, v, old.value) && !pteWrite[p, v]))
        folioPut(&r, new.value, what: "wp_page_copy")
        if copyRef { folioPut(&r, folioOf(old.value), what: "wp_page_copy") }
        r.set(old.value, Expr(noFolio))
        r.set(new.value, Expr(noFolio))
        r.release(mmapLock[p], .read)
        r.goto(.access)
      }
      }

      // do_anonymous_page for a write: allocate, then install under the PTL.
      a.step("do_anonymous_page: alloc", at: .handle, kernel: "mm/memory.c: do_anonymous_page()",
             summary: "the PTE read without the lock is none: allocate a zeroed folio") { r in
        r.require(pteKind[p, v] == .none && anyFreeFolio)
        allocFolio(&r, into: new.value, data: 0)
        r.goto(.anonInstall)
      }
      a.step("do_anonymous_page → VM_FAULT_OOM", at: .handle, kernel: "mm/memory.c: do_anonymous_page()") { r in
        r.require(pteKind[p, v] == .none && !anyFreeFolio)
        r.release(mmapLock[p], .read)
        r.goto(.done)
      }
      a.step("do_anonymous_page: set_pte_at", at: .anonInstall, kernel: "mm/memory.c: do_anonymous_page()",
             summary: "under the PTL the PTE is still none: map the new folio writable and store") { r in
        let n = new.value
        r.within(ptl[p])
        if config.knobs.anonFaultPteNone { r.require(pteKind[p, v] == .none) }
        setPTE(&r, p, v, Expr(.present), folio: n, write: true)
        r.set(mapcount[n], 1)
        r.set(anonExclusive[n], true)
        r.set(mapping[n], ownAnonVma(p))
        r.set(index[n], Expr(v))
        addToLRU(&r, n)  // folio_add_lru_vma
        r.set(data[n], val)
        r.set(expected[p, v], val)
        r.set(new.value, Expr(noFolio))
        r.release(mmapLock[p], .read)
        r.goto(.done)
      }
      if config.knobs.anonFaultPteNone {
      a.step("do_anonymous_page: pte not none", at: .anonInstall, kernel: "mm/memory.c: do_anonymous_page()",
             summary: "someone mapped it meanwhile: free the folio, retry") { r in
        r.within(ptl[p])
        r.require(pteKind[p, v] != .none)
        folioPut(&r, new.value, what: "do_anonymous_page")
        r.set(new.value, Expr(noFolio))
        r.release(mmapLock[p], .read)
        r.goto(.access)
      }
      }
    } else {
      a.step("do_anonymous_page: zero page", at: .handle, kernel: "mm/memory.c: do_anonymous_page()",
             summary: "read of a never-written page: the shared zero page, which reads 0") { r in
        r.require(pteKind[p, v] == .none)
        r.check("no_lost_write", expected[p, v] == 0, "a load found no page where this process had written")
        r.release(mmapLock[p], .read)
        r.goto(.done)
      }
    }
    var swapPage: StateVar<Int>? = nil
    if caches != nil {
      swapPage = addSwapIn(a, process: p, page: v, write: write)
    } else if swap != nil {
      swapPage = addFolioSwapIn(a, process: p, page: v, write: write)
    }
    return ({ f in (copyRef ? (self.folioOfOrNone(old.value) == Expr(f)).asInt : Expr(0)) + (new.value == Expr(f)).asInt + (swapPage.map { $0.value == Expr(f) } ?? falseExpr).asInt },
            a.isDone)
  }
}

extension World {
  /// `migration_entry_wait` for a task that found a migration entry at
  /// (`p`, `v`) with the mmap_lock held for read: under the PTL, queue on
  /// the entry's folio lock and sleep; `wake` runs once it is unlocked.
  func addMigrationEntryWait<PC>(_ a: ActorBuilder<PC>, at: PC, sleep: PC, process p: Int, page v: Int, waiter: Waiter,
                                 wake: @escaping (inout Step<PC>) -> Void) {
    a.step("migration_entry_wait", at: at, kernel: "mm/migrate.c: __migration_entry_wait() → migration_entry_wait_on_locked()",
           summary: "under the PTL the entry is still a migration entry: queue on its folio's PG_locked, drop the PTL, sleep (no page reference in 6.1)") { r in
      r.within(ptl[p])
      r.require(isMigrationEntry(p, v))
      r.check("waiter_sees_locked_page", pgLocked[folioOf(pteFolio[p, v])].isHeld,
              "migration_entry_wait: pfn_swap_entry_to_page: BUG_ON(!PageLocked) — the entry's folio is not locked")
      r.set(waiter.folio.value, folioOf(pteFolio[p, v]))
      // Queued on PG_locked; marked woken at once if the bit is already clear.
      if let woken = waiter.woken { r.set(woken.value, pgLocked[folioOf(pteFolio[p, v])].isFree) }
      r.goto(sleep)
    }
    a.step("folio_unlock woke us", at: sleep, kernel: "mm/filemap.c: migration_entry_wait_on_locked()",
           summary: "woken by folio_unlock (6.1: at the unlock itself, even if the folio is locked again by now; older kernels: once PG_locked is clear): the fault returns and the access is retried") { r in
      if let woken = waiter.woken {
        // 6.1 migration_entry_wait_on_locked: woken by the unlock itself
        // (WQ_FLAG_WOKEN), even if the folio was locked again since.
        r.require(woken.value)
        r.set(woken.value, false)
      } else {
        // Older kernels' wait_on_page_locked: recheck PG_locked, sleep again.
        r.require(pgLocked[waiter.folio.value].isFree)
      }
      r.set(waiter.folio.value, Expr(noFolio))
      wake(&r)
    }
  }
}

extension World {
  /// The PMD-level fault paths of a PMD-mapped THP (`__handle_mm_fault` of
  /// linux-6.1.20 mm/memory.c with mm/huge_memory.c), each under the PMD
  /// lock (the model's per-process page-table lock): a spurious fault; a PMD
  /// migration entry (`pmd_migration_entry_wait`: queue on the folio lock,
  /// like `migration_entry_wait`); a write to a write-protected huge PMD
  /// (`do_huge_pmd_wp_page`: reuse if PageAnonExclusive or the only
  /// reference, else the fallback: `__split_huge_pmd` into PTEs of the same
  /// folio, then `handle_pte_fault` breaks COW on the one page); a PMD split
  /// meanwhile (back to the PTE path).
  func addHugePmdFault(_ a: ActorBuilder<FaultPC>, process p: Int, page v: Int, write: Bool, value: Int, accessOK: Expr<Bool>, waiter: Waiter) {
    guard let pmd else { return }
    let h = pmd.folio[p]
    a.step("huge pmd: spurious", at: .handleHuge, kernel: "mm/memory.c: __handle_mm_fault()",
           summary: "the huge PMD allows the access now: retry it") { r in
      r.within(ptl[p])
      r.require(pmdPresent(p) && accessOK)
      r.release(mmapLock[p], .read)
      r.goto(.access)
    }
    a.step("pmd_migration_entry_wait", at: .handleHuge, kernel: "mm/migrate.c: pmd_migration_entry_wait() → migration_entry_wait_on_locked()",
           summary: "under the PMD lock the PMD is a migration entry: queue on its folio's PG_locked, drop the lock, sleep") { r in
      r.within(ptl[p])
      r.require(pmdMigrationEntry(p))
      r.check("waiter_sees_locked_page", pgLocked[h].isHeld, "pmd_migration_entry_wait: the entry's folio is not locked")
      r.set(waiter.folio.value, h)
      if let woken = waiter.woken { r.set(woken.value, pgLocked[h].isFree) }
      r.goto(.sleep)
    }
    a.step("huge pmd split meanwhile → handle_pte_fault", at: .handleHuge, kernel: "mm/memory.c: __handle_mm_fault()",
           summary: "the PMD is a page table now (split by another task): the PTE paths") { r in
      r.require(pmdIsTable(p))
      r.goto(.handle)
    }
    guard write else { return }
    let reusable = anonExclusive[h] || (refcount[h] == 1 && pgLocked[h].isFree)
    a.step("do_huge_pmd_wp_page: reuse", at: .handleHuge, kernel: "mm/huge_memory.c: do_huge_pmd_wp_page()",
           summary: "PageAnonExclusive, or the only reference (folio_trylock): make the huge PMD writable and store") { r in
      r.within(ptl[p])
      r.require(pmdPresent(p) && !pmd.write[p] && reusable)
      r.set(pmd.write[p], true)
      r.when(!anonExclusive[h], mapping[h], ownAnonVma(p))  // page_move_anon_rmap
      r.set(anonExclusive[h], true)
      r.set(data[pmdPage(p, v)], Expr(value))
      r.set(expected[p, v], Expr(value))
      r.release(mmapLock[p], .read)
      r.goto(.done)
    }
    a.step("do_huge_pmd_wp_page → __split_huge_pmd", at: .handleHuge, kernel: "mm/huge_memory.c: do_huge_pmd_wp_page() fallback → __split_huge_pmd_locked()",
           summary: "shared: split the PMD into PTEs of the same folio (one reference and one _mapcount per page, PageAnonExclusive propagated), flush, and fall back to handle_pte_fault's COW") { r in
      r.within(ptl[p])
      r.require(pmdPresent(p) && !pmd.write[p] && !reusable)
      splitHugePmd(&r, process: p)
      r.goto(.handle)
    }
  }

  /// `__split_huge_pmd_locked` of a present huge PMD of process `p` (not
  /// frozen): every page gets a PTE with the PMD's write bit, a `_mapcount`
  /// and a reference (`page_ref_add(page, HPAGE_PMD_NR - 1)` plus the PMD's
  /// own), PageAnonExclusive is propagated from the head, the entire
  /// mapcount drops, and `pmdp_invalidate` flushes the TLB.
  func splitHugePmd<PC>(_ r: inout Step<PC>, process p: Int) {
    guard let pmd else { return }
    let h = pmd.folio[p]
    for i in 0..<nrPages where i < V {
      let x = page(h, i)
      setPTE(&r, p, i, Expr(.present), folio: x, write: pmd.write[p])
      r.set(mapcount[x], mapcount[x] + 1)
      if i > 0 { r.when(anonExclusive[h], anonExclusive[x], true) }
      flushTLB(&r, process: Expr(p), page: i, when: trueExpr)
    }
    r.update(refcount[h]) { $0 + (nrPages - 1) }
    r.set(pmd.entireMapcount[h], pmd.entireMapcount[h] - 1)
    r.set(pmd.kind[p], .table)
    r.set(pmd.write[p], false)
    r.set(pmd.folio[p], 0)
  }
}
