import RuleKit

/// Program counter of `fork()`'s `dup_mmap` for the parent's one anonymous VMA.
public enum ForkPC: Int, ModelEnum {
  case lockOld, lockNew, anonVmaFork, ownAnonVma, copyRange, finish, done
}

extension World {
  /// Adds a `fork()` of `parent` that creates process slot `child`; the
  /// forking task is a thread of the parent. Returns its "done" condition.
  func addFork(name: String, parent q: Int, child c: Int) -> Expr<Bool> {
    let a = b.actor(name, title: "fork P\(q) → P\(c)", pcs: ForkPC.self)
    let addr: StateVar<Int> = a.local("addr", .int(max: V))

    let lockOld = config.knobs.forkMmapLock
    if lockOld {
      addMmapLock(a, "mmap_write_lock(oldmm)", at: .lockOld, process: q, .write, kernel: "kernel/fork.c: dup_mmap()", then: .lockNew)
    } else {
      a.step("mmap_write_lock(oldmm) (ablation: not taken)", at: .lockOld, kernel: "kernel/fork.c: dup_mmap() (fork_mmap_lock: false)") { r in
        r.require(alive[q])
        r.goto(.lockNew)
      }
    }
    a.step("mmap_write_lock_nested(mm)", at: .lockNew, kernel: "kernel/fork.c: dup_mmap()") { r in
      r.acquire(mmapLock[c], .write, nested: true)  // SINGLE_DEPTH_NESTING
      r.goto(.anonVmaFork)
    }

    // anon_vma_fork: link the child VMA into every anon_vma of the parent
    // VMA (anon_vma_clone), then give it its own anon_vma, all under the
    // root rwsem held for write. This happens BEFORE any PTE is copied.
    let positions: [(RmapInsert, String)] = switch config.knobs.rmapInsert {
    case .append: [(.append, "anon_vma_fork")]
    case .prepend: [(.prepend, "anon_vma_fork")]
    case .any: [(.append, "anon_vma_fork (append)"), (.prepend, "anon_vma_fork (prepend)")]
    }
    /// anon_vma_chain_link: the child joins `av`'s list if the parent is in it.
    func link(_ r: inout Step<ForkPC>, _ av: Int, _ position: RmapInsert) {
      let member = linked(q, in: Expr<Int>(av))
      if position == .append {
        for k in 0..<P { r.when(member && avLen[av] == Expr(k), avList[av, k], Expr(c)) }
      } else {
        for k in stride(from: P - 1, through: 1, by: -1) { r.when(member, avList[av, k], avList[av, k - 1]) }
        r.when(member, avList[av, 0], Expr(c))
      }
      r.when(member, avLen[av], avLen[av] + 1)
    }
    /// The child's own anon_vma (root = the parent's root): its new COW pages go there.
    func allocOwnAnonVma(_ r: inout Step<ForkPC>) {
      r.set(avList[c, 0], Expr(c))
      r.set(avLen[c], 1)
      r.set(avRefcount[c], 1)
      if let vmaAnonVma, let avParent {
        r.set(vmaAnonVma[c], Expr(c))
        r.set(avParent[c], vmaAnonVma[q])  // anon_vma->parent = pvma->anon_vma
      }
      r.set(addr.value, 0)
      r.goto(.copyRange)
    }
    /// anon_vma_clone's reuse (6.1, 2555283eb40d): the first anon_vma of
    /// the parent VMA's chain, oldest first, with no active VMA and fewer
    /// than two children (the root counts itself: never reused).
    func reuse(_ r: inout Step<ForkPC>) -> Expr<Bool> {
      guard let vmaAnonVma, let avParent else { return falseExpr }
      let depth = { (k: Int) -> Int in var d = 0, x = k; while d <= self.P, let up = self.config.parent(of: x) { d += 1; x = up }; return d }  // bounded: a cyclic spec never runs its forks
      let order = (1..<P).filter { $0 != c }.sorted { (depth($0), $0) < (depth($1), $1) }
      func eligible(_ av: Int) -> Expr<Bool> {
        let children = count((0..<P).filter { $0 != av }) { k in avLen[k] > 0 && avParent[k] == Expr(av) }
        let active = count(0..<P) { p in vmaAnonVma[p] == Expr(av) }
        return linked(q, in: Expr(av)) && children < 2 && active == 0
      }
      let chosen = order.reversed().reduce(Expr<Int>(noAnonVma)) { acc, av in ite(eligible(av), Expr(av), acc) }
      r.set(vmaAnonVma[c], chosen)
      return chosen != Expr(noAnonVma)
    }
    let targets = (0..<P).filter { $0 != c }
    switch config.knobs.anonVmaLock {
    case .root:
      // Two critical sections, as in 6.1: anon_vma_clone() links the child
      // into the parent's anon_vmas under the root rwsem; then the child's
      // own anon_vma is allocated, pins its root (get_anon_vma(root): the
      // lock lives there) and is linked, under the root rwsem again.
      for (position, ruleName) in positions {
        a.step(ruleName, at: .anonVmaFork, kernel: "mm/rmap.c: anon_vma_fork() → anon_vma_clone() → anon_vma_chain_link()",
               summary: "link the child VMA into the parent's anon_vmas (\(position.rawValue)), under the root rwsem (write)") { r in
          r.within(anonVmaLock[0], .write)
          for av in targets { link(&r, av, position) }
          let reused = reuse(&r)
          r.when(reused, addr.value, 0)
          r.goto(ite(reused, Expr(ForkPC.copyRange), Expr(.ownAnonVma)))
        }
      }
      a.step("anon_vma_fork: own anon_vma", at: .ownAnonVma, kernel: "mm/rmap.c: anon_vma_fork() → anon_vma_alloc(), get_anon_vma(root), anon_vma_chain_link()",
             summary: "allocate the child's own anon_vma (root = the parent's root, which it pins) and link the child VMA into it") { r in
        r.within(anonVmaLock[0], .write)
        r.update(avRefcount[0]) { $0 + 1 }
        allocOwnAnonVma(&r)
      }
    case .own:
      // 2.6.34: anon_vma_clone links into each anon_vma under that
      // anon_vma's own lock, one at a time, oldest first.
      let next: StateVar<Int> = a.local("clone_cursor", .int(max: targets.count))
      for (k, av) in targets.enumerated() {
        for (position, ruleName) in positions {
          a.step(position == .append || config.knobs.rmapInsert != .any ? "anon_vma_chain_link" + (config.knobs.rmapInsert == .any ? " (append)" : "") : "anon_vma_chain_link (prepend)", at: .anonVmaFork,
                 kernel: "mm/rmap.c (2.6.34): anon_vma_clone() → anon_vma_chain_link()", args: [RuleArg("anon_vma", av)],
                 summary: "under av\(av)'s own lock: link the child VMA into its list (\(position.rawValue)) if the parent is in it") { r in
            r.require(next.value == Expr(k))
            r.within(anonVmaLock[av], .write)
            link(&r, av, position)
            r.set(next.value, Expr(k + 1))
          }
        }
      }
      a.step("anon_vma_fork: own anon_vma", at: .anonVmaFork, kernel: "mm/rmap.c (2.6.34): anon_vma_fork()",
             summary: "allocate the child's own anon_vma (nobody else can see it yet)") { r in
        r.require(next.value == Expr(targets.count))
        r.set(next.value, 0)
        allocOwnAnonVma(&r)
      }
    }

    // copy_page_range → copy_pmd_range: a huge PMD is copied whole.
    if let pmd {
      a.step("copy_huge_pmd", at: .copyRange, kernel: "mm/huge_memory.c: copy_huge_pmd()",
             summary: "under both PMD locks: a present huge PMD is shared write-protected (+1 reference, +1 entire mapcount, PageAnonExclusive cleared: page_try_dup_anon_rmap); a PMD migration entry is copied as a readable one, the parent's made readable too") { r in
        r.require(addr.value == 0 && !pmdIsTable(q))
        r.within(ptl[c])
        r.within(ptl[q], nested: true)
        let h = pmd.folio[q]
        let isPresent = pmdPresent(q)
        r.when(isPresent, refcount[h], refcount[h] + 1)
        r.when(isPresent, pmd.entireMapcount[h], pmd.entireMapcount[h] + 1)
        r.when(isPresent, anonExclusive[h], false)
        r.set(pmd.write[q], false)
        r.when(!isPresent, pmd.kind[q], .migrationRead)
        r.set(pmd.kind[c], ite(isPresent, Expr(PMDKind.present), Expr(.migrationRead)))
        r.set(pmd.folio[c], h)
        r.set(pmd.write[c], false)
        for v in 0..<V {
          if config.knobs.forkTlbFlush { flushTLB(&r, process: Expr(q), page: v, when: isPresent) }
          r.set(expected[c, v], expected[q, v])
        }
        r.set(addr.value, Expr(V))
        r.goto(.finish)
      }
    }

    // copy_page_range → copy_pte_range: child PTL, then parent PTL nested.
    for v in 0..<V {
      a.step("copy_pte_range", at: .copyRange, kernel: "mm/memory.c: copy_pte_range() → copy_present_pte() / copy_nonpresent_pte()",
             args: [RuleArg("page", v)],
             summary: "under both PTLs: a present PTE is shared write-protected (+1 ref, +1 mapcount); a migration entry is copied as a readable entry, no count changes") { r in
        r.require(addr.value == Expr(v) && pmdIsTable(q))
        r.within(ptl[c])
        r.within(ptl[q], nested: true)  // spin_lock_nested(src_ptl, SINGLE_DEPTH_NESTING)
        if config.knobs.invertedLockingForTest {
          // Test variant only: link into the anon_vma under the PTLs, the
          // inverse of the rmap walk's anon_vma->rwsem → PTL.
          r.within(anonVmaLock[0], .write)
        }
        let f = pteFolio[q, v]
        // 6.1 copy_present_pte: page_try_dup_anon_rmap() refuses a maybe-pinned
        // exclusive page, and copy_present_page() gives the child its own copy
        // at once (Peter Xu, 70e806e4e645 "mm: Do early cow for pinned pages
        // during fork() for ptes"), so the pin keeps pointing at the parent's page.
        let earlyCow = pteKind[q, v] == .present && anonExclusive[f] && maybeDmaPinned(f)
        let folio = folioOf(f)  // the page's folio: its refcount is the folio's
        let isPresent = pteKind[q, v] == .present && !earlyCow
        let isMig = isMigrationEntry(q, v)
        checkEntryLocked(&r, q, v, property: "no_stale_migration_entry", in: "copy_nonpresent_pte")
        // copy_present_pte: get_page, page_try_dup_anon_rmap, wrprotect both.
        r.when(isPresent, refcount[folio], refcount[folio] + 1)
        r.when(isPresent, mapcount[f], mapcount[f] + 1)
        r.when(isPresent, anonExclusive[f], false)
        r.when(isPresent, pteWrite[q, v], false)
        // The parent's stale writable translation goes here; the kernel
        // flushes once, flush_tlb_mm(oldmm) at the end of dup_mmap (a
        // store in between lands in the now shared folio: not modelled).
        // flush_tlb_mm flushes every entry of the mm, among them one whose
        // PTE reclaim already turned into a swap entry, its flush deferred.
        if config.knobs.forkTlbFlush { flushTLB(&r, process: Expr(q), page: v, when: isPresent || isSwapEntry(q, v)) }
        // copy_nonpresent_pte: a writable or exclusive entry becomes readable in both.
        r.when(isMig, pteKind[q, v], Expr(.migrationRead))
        let isSwap = isSwapEntry(q, v)
        r.set(pteKind[c, v], ite(isPresent || earlyCow, Expr(.present), ite(isMig, Expr(.migrationRead), ite(isSwap, Expr(.swap), Expr(PTEKind.none)))))
        r.set(pteFolio[c, v], ite(isPresent || isMig || isSwap, f, 0))
        r.set(pteWrite[c, v], false)
        if let sw = swap {
          // copy_nonpresent_pte of a swap entry: swap_duplicate, and the
          // entry is shared now (pte_swp_clear_exclusive in the parent).
          let k = ite(isSwap, f, Expr(0))  // a slot only where it is a swap entry
          r.when(isSwap, sw.count[k], sw.count[k] + 1)
          r.when(isSwap, pteKind[q, v], Expr(.swap))
          // The child's PTE keeps the dirty bit (a private mapping is not
          // cleaned); a copied entry keeps the entry's.
          r.set(sw.pteDirty[c, v], ite(isPresent || isMig, sw.pteDirty[q, v], falseExpr) || earlyCow)
        }
        if pincount != nil {
          // copy_present_page: a new exclusive folio for the child, writable, with the data.
          let n = firstFreeFolio
          r.check("refcount_safety", implies(earlyCow, anyFreeFolio), "copy_present_page: no free folio (the configuration has too few folio slots)")
          r.when(earlyCow, used[n], true)
          r.when(earlyCow, refcount[n], lruBatch == nil ? 1 : 2)  // the PTE's (and the folio_batch's)
          if let lruBatch { r.when(earlyCow, lruBatch[n], true) }
          r.when(earlyCow, mapcount[n], 1)
          r.when(earlyCow, anonExclusive[n], true)
          r.when(earlyCow, mapping[n], ownAnonVma(c))
          r.when(earlyCow, index[n], Expr(v))
          if lruBatch == nil { r.when(earlyCow, lru[n], true) }
          r.when(earlyCow, data[n], data[f])
          r.when(earlyCow, pteFolio[c, v], n)
          r.when(earlyCow, pteWrite[c, v], true)
        }
        r.set(expected[c, v], expected[q, v])
        r.set(addr.value, Expr(v + 1))
        r.goto(v + 1 == V ? .finish : .copyRange)
      }
    }
    a.step("dup_mmap: done", at: .finish, kernel: "kernel/fork.c: dup_mmap() / copy_process()",
           summary: "unlock both mms; the child becomes runnable") { r in
      r.release(mmapLock[c], .write)
      if lockOld { r.release(mmapLock[q], .write) }
      r.set(alive[c], true)
      r.set(addr.value, 0)
      r.goto(.done)
    }
    return a.isDone
  }
}
