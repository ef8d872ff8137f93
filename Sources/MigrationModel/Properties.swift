import RuleKit

/// The properties of DESIGN.md, by their stable ids.
public enum PropertyID: String, CaseIterable, Sendable {
  case noStaleMigrationEntry = "no_stale_migration_entry"
  case waiterSeesLockedPage = "waiter_sees_locked_page"
  case noLostWrite = "no_lost_write"
  case refcountSafety = "refcount_safety"
  case mappingConsistency = "mapping_consistency"
  case appendOrder = "append_order"
  case deadlockFreedom = "deadlock_freedom"
  case movablePageProtocol = "movable_page_protocol"
  case anonExclusive = "anon_exclusive"
  case anonVmaAlive = "anon_vma_alive"
  case swapConsistency = "swap_consistency"
  case migrationRestored = "migration_restored"
}

extension World {
  /// no_lost_write for a swap entry: the slot's swap-cache folio (unless it
  /// is locked: being migrated or read in) or else the device holds the
  /// value the process last wrote.
  func swappedOutDataOK(_ p: Int, _ v: Int) -> Expr<Bool> {
    guard let sw = swap else { return trueExpr }
    let k = ite(isSwapEntry(p, v), pteFolio[p, v], Expr(0))
    let c = sw.cache[k]
    let cached = c != Expr(noFolio)
    let safe = ite(cached, c, Expr(0))
    return implies(isSwapEntry(p, v) && !(cached && pgLocked[safe].isHeld), ite(cached, data[safe], sw.data[k]) == expected[p, v])
  }

  /// Declares every property over this world. `heldRefs(f)` counts the
  /// references actors hold on folio `f` (isolation, allocation, the COW
  /// and TLB-batch references): the model knows every holder, so refcount
  /// safety is checked as an equality.
  func addProperties(heldRefs: (Int) -> Expr<Int>) {
    let pv = (0..<P).flatMap { p in (0..<V).map { (p, $0) } }

    b.property(Property(
      id: PropertyID.noStaleMigrationEntry.rawValue, title: "no stale migration entry",
      statement: "every migration entry names a folio that is locked (its migration is in progress): once the folio is unlocked no entry for it is left; fork and zap never resolve an entry of an unlocked folio",
      invariant: (all(pv) { p, v in implies(isMigrationEntry(p, v), pgLocked[folioOf(pteFolio[p, v])].isHeld) }
                  && allPMDs { p, pmd in implies(pmdMigrationEntry(p), pgLocked[pmd.folio[p]].isHeld) }).node))

    b.property(Property(
      id: PropertyID.waiterSeesLockedPage.rawValue, title: "waiter sees a locked page",
      statement: "a task that finds a migration entry and goes to wait finds its folio locked (migration_entry_wait's BUG_ON(!PageLocked))"))

    b.property(Property(
      id: PropertyID.noLostWrite.rawValue, title: "no lost write",
      statement: "every page a process maps (or has a migration entry for) holds the last value that process wrote there; every load returns it",
      invariant: all(pv) { p, v in
        implies(namesFolio(p, v), data[pteFolio[p, v]] == expected[p, v]) && implies(isCacheEntry(p, v) && !cachedPageLocked(p, v), cachedData(p, v) == expected[p, v])
          && swappedOutDataOK(p, v)
          && implies(pmdPresent(p) || pmdMigrationEntry(p), data[pmdPage(p, v)] == expected[p, v])
      }.node))

    // Per page frame: _mapcount = the PTEs mapping it; per folio (its head,
    // every frame with order-0 folios): refcount = the mappings of all its
    // pages + the references the model's actors and caches hold.
    let folioOK = all(0..<F) { f -> Expr<Bool> in
      let ptes = count(pv) { p, v in maps(p, v, Expr(f)) }
      let anyEntry = any(pv) { p, v in namesFolio(p, v) && pteFolio[p, v] == Expr(f) }
      let refs = refcount[f] == folioMapcount(f) + heldRefs(f) + cacheRefs(f) + driverRefs(f)
      if headFrame(f) != f {
        // A tail page: its _mapcount is its own; the references are the head's.
        return ite(frameUsed(f), mapcount[f] == ptes, mapcount[f] == 0 && !anyEntry)
      }
      // PMD-mapped THPs: the entire mapcount counts the huge PMDs.
      let pmds: Expr<Bool> = pmd.map { pmd in
        ite(used[f], pmd.entireMapcount[f] == count(0..<P) { p in pmdPresent(p) && pmd.folio[p] == Expr(f) },
            pmd.entireMapcount[f] == 0 && !any(0..<P) { p in !pmdIsTable(p) && pmd.folio[p] == Expr(f) })
      } ?? trueExpr
      return pmds && ite(used[f],
                 mapcount[f] == ptes && refs,
                 refcount[f] == 0 && mapcount[f] == 0 && heldRefs(f) == 0 && cacheRefs(f) == 0 && !anyEntry)
    }
    let noLeak = all((0..<F).filter { headFrame($0) == $0 }) { f in
      implies(used[f], ((folioMapcount(f) > 0 || cacheRefs(f) > 0) && (lru[f] || (lruBatch.map { $0[f] } ?? falseExpr)) || driverRefs(f) > 0) && pgLocked[f].isFree)
    }
    b.property(Property(
      id: PropertyID.refcountSafety.rawValue, title: "refcount safety",
      statement: "refcount = mapcount + references held by actors, mapcount = present PTEs; a free folio has no references and no PTE or entry names it; no folio_put below zero; no walk of a freed anon_vma; when all actors are done every folio in use is mapped, on the LRU and unlocked (no leak)",
      invariant: folioOK.node, atTermination: noLeak.node))

    b.property(Property(
      id: PropertyID.mappingConsistency.rawValue, title: "mapping consistency",
      statement: "a page-table entry (present or migration) names a folio in use whose anon_vma is set, whose index is the entry's page, and whose anon_vma's rmap list holds the entry's VMA, so rmap walks can find it",
      invariant: (all(pv) { p, v in
        let f = pteFolio[p, v]
        let h = folioOf(f)
        return implies(namesFolio(p, v),
                       used[h] && mapping[h] != Expr(noAnonVma) && atIndex(p, v, f) && linked(p, in: mapping[h]))
      } && allPMDs { p, pmd in
        let h = pmd.folio[p]
        return implies(!pmdIsTable(p), used[h] && mapping[h] != Expr(noAnonVma) && index[h] == 0 && linked(p, in: mapping[h]))
      }).node))

    let pairs = (0..<P).compactMap { c in config.parent(of: c).map { (child: c, parent: $0) } }
    b.property(Property(
      id: PropertyID.appendOrder.rawValue, title: "append order",
      statement: "in every anon_vma rmap list a forked child's VMA comes after its parent's, so a walk already in progress still reaches it",
      invariant: all(0..<P) { av in
        all(pairs) { pair in
          all(0..<P) { i in
            all((i + 1)..<max(i + 1, P)) { j in
              !(Expr<Int>(j) < avLen[av] && avList[av, i] == Expr(pair.child) && avList[av, j] == Expr(pair.parent))
            }
          }
        }
      }.node))

    if let mv = movable {
      b.property(Property(
        id: PropertyID.movablePageProtocol.rawValue, title: "movable page protocol",
        statement: "the driver callbacks (isolate_page, migratepage, putback_page) are called only on a page whose page->mapping is still the driver's and that the driver still owns; an isolated page has one owner (it is off the driver's list); a page the driver released while isolated is put, not put back",
        invariant: all(0..<F) { f in implies(mv.isolated[f], !mv.inList[f]) }.node))
    }

    if ["folio-6.1", "folio-6.12"].contains(config.variant) {
      // 6.1's PageAnonExclusive (b6af8cd7a0ba and the series around it):
      // only an exclusive page may be mapped writable, and an exclusive page
      // has exactly one mapping (exclusivity moves into a migration entry
      // while the folio is unmapped, and back at the restore).
      b.property(Property(
        id: PropertyID.anonExclusive.rawValue, title: "anon exclusive",
        statement: "a writable PTE maps a PageAnonExclusive folio, and a PageAnonExclusive folio has at most one mapping",
        invariant: (all(pv) { p, v in implies(pteKind[p, v] == .present && pteWrite[p, v], anonExclusive[pteFolio[p, v]]) }
                    && all(0..<F) { f in implies(anonExclusive[f], mapcount[f] + (pmd.map { $0.entireMapcount[f] } ?? Expr(0)) <= 1) }
                    && allPMDs { p, pmd in implies(pmdPresent(p) && pmd.write[p], anonExclusive[pmd.folio[p]]) }).node))
      // remove_migration_ptes' contract: its rmap walk reaches every VMA
      // that may hold an entry of the folio (the ones try_to_migrate
      // unmapped, and fork's copies), so the destination (or, on failure,
      // the source) ends up mapped wherever the source was, except where an
      // exit zapped the entry.
      b.property(Property(
        id: PropertyID.migrationRestored.rawValue, title: "migration restored",
        statement: "when remove_migration_ptes' walk ends, no migration entry of the source folio is left: the destination (or the source, after a failure) is mapped wherever the source was, minus the entries an exit zapped"))
      // An anon_vma is freed when its last reference goes (put_anon_vma); a
      // folio that is mapped, or has migration entries, through it keeps
      // being found by rmap walks, so the anon_vma must outlive them.
      b.property(Property(
        id: PropertyID.anonVmaAlive.rawValue, title: "anon_vma alive",
        statement: "the anon_vma of a folio that is mapped, or named by a migration entry, is alive (refcount > 0)",
        invariant: all(0..<F) { f -> Expr<Bool> in
          let av = mapping[f]
          let named = folioMapped(Expr(f)) || hasMigrationEntry(of: Expr(f))
          return implies(used[f] && av != Expr(noAnonVma) && named, avRefcount[ite(av != Expr(noAnonVma), av, Expr(0))] > 0)
        }.node))
    }

    if let sw = swap {
      // swap_map counts the swap PTEs; the swap cache's xarray and the
      // folios' PG_swapcache/folio->swap agree (a migrating folio, locked,
      // keeps PG_swapcache from folio_migrate_mapping until
      // folio_migrate_flags clears it).
      let counts = all(0..<sw.slots) { k in sw.count[k] == count(pv) { p, v in isSwapEntry(p, v) && pteFolio[p, v] == Expr(k) } }
      let cacheOK = all(0..<sw.slots) { k in
        all(0..<F) { f in implies(sw.cache[k] == Expr(f), used[f] && sw.swapCache[f] && sw.slot[f] == Expr(k)) }
      }
      let flagOK = all(0..<F) { f in implies(used[f] && sw.swapCache[f], sw.cache[sw.slot[f]] == Expr(f) || pgLocked[f].isHeld) }
      b.property(Property(
        id: PropertyID.swapConsistency.rawValue, title: "swap consistency",
        statement: "swap_map[slot] is the number of swap PTEs naming the slot; the swap cache's folio for a slot is in use, PG_swapcache and has that slot in folio->swap; a PG_swapcache folio is its slot's cache entry unless it is locked mid-migration",
        invariant: (counts && cacheOK && flagOK).node))
    }

    b.property(Property(
      id: PropertyID.deadlockFreedom.rawValue, title: "deadlock freedom",
      statement: "in every reachable state either every actor is done or some rule is enabled",
      checksDeadlock: true))
  }
}
