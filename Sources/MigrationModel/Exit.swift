import RuleKit

/// Program counter of `exit_mmap` (mm/mmap.c, 6.1).
public enum ExitPC: Int, ModelEnum {
  case lockRead, zap, unlockRead, lockWrite, unlinkAnonVmas, putAnonVmas, tlbFinish, done
}

extension World {
  /// Adds the exit of `process` (its mm's last user), after its threads:
  /// `threadsDone` says those threads (fault actors) have finished. Returns
  /// the references it holds (the TLB batch).
  func addExit(name: String, process p: Int, threadsDone: Expr<Bool>) -> (Int) -> Expr<Int> {
    let a = b.actor(name, title: "exit_mmap P\(p)", pcs: ExitPC.self)
    let addr: StateVar<Int> = a.local("addr", .int(max: V))
    // Pages zapped but still referenced by the mmu_gather batch until tlb_finish_mmu.
    let gathered: StateVar<Bool> = a.local("tlb_batch", .bool, dims: [F], indexNames: [(0..<F).map { "F\($0)" }])
    // Large folios: the batch holds one reference per page zapped (per folio, at its head).
    let batch: StateVar<Int>? = largeFrames == 0 ? nil : a.local("tlb_batch.pages", .int(max: V), dims: [F], indexNames: [(0..<F).map { "F\($0)" }])
    // anon_vmas whose tree unlink_anon_vmas emptied: put after the unlock.
    let emptied: StateVar<Bool> = a.local("emptied", .bool, dims: [P], indexNames: [(0..<P).map { "av\($0)" }])

    a.step("mmap_read_lock", at: .lockRead, kernel: "mm/mmap.c: exit_mmap()",
           summary: "the last user of the mm: every thread has exited") { r in
      r.require(alive[p])
      r.require(threadsDone)
      r.acquire(mmapLock[p], .read)
      r.set(addr.value, 0)
      r.goto(.zap)
    }
    if let pmd, let batch {
      a.step("zap_huge_pmd", at: .zap, kernel: "mm/huge_memory.c: zap_huge_pmd()",
             summary: "under the PMD lock: a present huge PMD is cleared (entire mapcount -1, its reference parked in the TLB batch); a PMD migration entry is just cleared") { r in
        r.require(addr.value == 0 && !pmdIsTable(p))
        r.within(ptl[p])
        let h = pmd.folio[p]
        let isPresent = pmdPresent(p)
        r.check("no_stale_migration_entry", implies(pmdMigrationEntry(p), pgLocked[h].isHeld), "zap_huge_pmd: a PMD migration entry of an unlocked folio")
        r.when(isPresent, pmd.entireMapcount[h], pmd.entireMapcount[h] - 1)
        r.when(isPresent, batch[h], batch[h] + 1)
        r.set(pmd.kind[p], .table)
        r.set(pmd.folio[p], 0)
        r.set(pmd.write[p], false)
        for v in 0..<V { r.set(expected[p, v], 0) }
        r.set(addr.value, Expr(V))
        r.goto(.unlockRead)
      }
    }
    for v in 0..<V {
      a.step("zap_pte_range", at: .zap, kernel: "mm/memory.c: zap_pte_range()", args: [RuleArg("page", v)],
             summary: "under the PTL: a present PTE is cleared and page_remove_rmap'd, its reference parked in the TLB batch; a migration entry is just cleared") { r in
        r.require(addr.value == Expr(v) && pmdIsTable(p))
        r.within(ptl[p])
        let f = pteFolio[p, v]
        let isPresent = pteKind[p, v] == .present
        checkEntryLocked(&r, p, v, property: "no_stale_migration_entry", in: "zap_pte_range")
        r.when(isPresent, mapcount[f], mapcount[f] - 1)
        if largeFrames > 0 {
          r.when(isPresent, batch![folioOf(f)], batch![folioOf(f)] + 1)  // one reference per page zapped
        } else {
          r.when(isPresent, gathered[f], true)
        }
        // A swap entry: free_swap_and_cache → the slot's count drops (its
        // swap-cache folio, if any, is left for reclaim: the opportunistic
        // __try_to_reclaim_swap is not modelled).
        if let sw = swap {
          let k = ite(isSwapEntry(p, v), f, Expr(0))
          r.when(isSwapEntry(p, v), sw.count[k], sw.count[k] - 1)
        }
        clearPTE(&r, p, v)
        r.set(expected[p, v], 0)
        r.set(addr.value, Expr(v + 1))
        r.goto(v + 1 == V ? .unlockRead : .zap)
      }
    }
    a.step("mmap_read_unlock", at: .unlockRead, kernel: "mm/mmap.c: exit_mmap()") { r in
      r.release(mmapLock[p], .read)
      r.goto(.lockWrite)
    }
    a.step("mmap_write_lock", at: .lockWrite, kernel: "mm/mmap.c: exit_mmap()") { r in
      r.acquire(mmapLock[p], .write)
      r.goto(.unlinkAnonVmas)
    }
    a.step("unlink_anon_vmas", at: .unlinkAnonVmas, kernel: "mm/memory.c: free_pgtables() → mm/rmap.c: unlink_anon_vmas()",
           summary: "under the root rwsem (write): remove the VMA from every anon_vma; the ones left empty are put after the unlock") { r in
      r.within(anonVmaLock[0], .write)
      for av in 0..<P {
        let avx = Expr<Int>(av)
        let member = linked(p, in: avx)
        // Remove p from the list, keeping the others in order.
        for k in 0..<P {
          let atOrAfter = any(0...k) { j in Expr<Int>(j) < avLen[av] && avList[av, j] == Expr(p) }
          let shifted = k + 1 < P ? avList[av, k + 1] : Expr<Int>(0)
          r.when(member, avList[av, k], ite(atOrAfter, shifted, avList[av, k]))
        }
        r.when(member, avLen[av], avLen[av] - 1)
        r.when(member && avLen[av] == 1, emptied[av], true)
      }
      // vma->anon_vma->num_active_vmas--; vma->anon_vma = NULL.
      if let vmaAnonVma { r.set(vmaAnonVma[p], Expr(noAnonVma)) }
      r.goto(.putAnonVmas)
    }
    // unlink_anon_vmas' second loop, without the lock (__put_anon_vma must be
    // able to take the root's): newest first, so the root goes last; a child
    // anon_vma's free drops its pin on the root (2.6.35+).
    a.step("unlink_anon_vmas: put_anon_vma", at: .putAnonVmas, kernel: "mm/rmap.c: unlink_anon_vmas() → put_anon_vma() → __put_anon_vma()",
           summary: "put every anon_vma the unlink left empty; the last reference frees it, and a child's free puts its root") { r in
      for av in stride(from: P - 1, through: 0, by: -1) {
        let e = emptied[av]
        let cur = r.current(avRefcount[av])
        r.check("refcount_safety", implies(e, avRefcount[av] > 0), "unlink_anon_vmas: put_anon_vma on a freed anon_vma")
        r.update(avRefcount[av]) { ite(e, $0 - 1, $0) }
        if av != 0 && config.knobs.anonVmaLock == .root {
          r.update(avRefcount[0]) { ite(e && cur == 1, $0 - 1, $0) }
        }
        r.set(emptied[av], false)
      }
      r.goto(.tlbFinish)
    }
    a.step("tlb_finish_mmu", at: .tlbFinish, kernel: "mm/mmu_gather.c: tlb_finish_mmu() → release_pages()",
           summary: "drop the batched page references; the last one frees the folio; unlock and the mm is gone") { r in
      for f in 0..<F {
        if let batch {
          let n = batch[f]
          r.check("refcount_safety", implies(n > 0, refcount[f] >= n && used[f]), "release_pages: put of a free folio")
          r.update(refcount[f]) { $0 - n }
          freeFields(&r, Expr(f), when: n > 0 && refcount[f] == n)
          r.set(batch[f], 0)
        } else {
          let held = gathered[f]
          r.check("refcount_safety", implies(held, refcount[f] > 0 && used[f]), "release_pages: put of a free folio")
          r.when(held, refcount[f], refcount[f] - 1)
          freeFields(&r, Expr(f), when: held && refcount[f] == 1)
          r.set(gathered[f], false)
        }
      }
      r.release(mmapLock[p], .write)
      r.set(alive[p], false)
      r.set(addr.value, 0)
      r.goto(.done)
    }
    return { f in batch.map { $0[f] } ?? gathered[f].asInt }
  }
}
