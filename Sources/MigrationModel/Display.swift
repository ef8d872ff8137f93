import RuleKit

extension World {
  /// How PTEs, folio numbers and anon_vma numbers read in traces.
  func registerDisplays() {
    let kind = pteKind, folio = pteFolio, write = pteWrite
    let swapNames = swap != nil
    b.display(pteKind, CellDisplay(folds: [pteFolio.id, pteWrite.id]) { s, idx in
      let f = "F\(s.value(folio, idx))"
      switch PTEKind(rawValue: s.value(kind, idx)) ?? .none {
      case .none: return "none"
      case .present:
        let w = s.value(write, idx) != 0 ? "w" : "ro"
        return "present(\(f), \(w))"
      case .migrationRead: return "migration-read(\(f))"
      case .migrationReadExclusive: return "migration-read-excl(\(f))"
      case .migrationWrite: return "migration-write(\(f))"
      case .migrationCache: return "migration-cache(id\(s.value(folio, idx)))"
      case .swap: return swapNames ? "swap(slot\(s.value(folio, idx)))" : "swap(id\(s.value(folio, idx)))"
      case .swapExclusive: return "swap-excl(slot\(s.value(folio, idx)))"
      }
    })
    let noAV = noAnonVma
    let m = mapping
    b.display(mapping, CellDisplay { s, idx in
      let v = s.value(m, idx)
      return v == noAV ? "NULL" : "av\(v)"
    })
    let list = avList, len = avLen
    b.display(avList, CellDisplay(folds: []) { s, idx in
      idx[1] < s.value(len, [idx[0]]) ? "P\(s.value(list, idx))" : "-"
    })
  }

  /// Folio-valued state of the variants (cache slots, driver objects).
  func registerVariantDisplays() {
    if let sh = shmem { showFolio(sh.pageCacheSlot); showFolio(sh.swapCacheSlot) }
    if let c = caches { showFolio(c.page) }
    if let m = movable { showFolio(m.backing) }
    if let sw = swap { showFolio(sw.cache) }
    if let pmd { showFolio(pmd.folio) }
  }

  /// Declares an actor's local that holds a folio number or `noFolio` (its
  /// initial value), shown as `F<n>` / `-` in traces.
  func folioLocal<PC>(_ a: ActorBuilder<PC>, _ name: String) -> StateVar<Int> {
    let v: StateVar<Int> = a.local(name, .int(max: noFolio))
    b.initially(v.value, noFolio)
    showFolio(v)
    return v
  }

  /// Shows a local holding a folio number (or `noFolio`) as `F<n>` / `-`.
  func showFolio(_ v: StateVar<Int>) {
    let none = noFolio
    b.display(v, CellDisplay { s, idx in
      let x = s.value(v, idx)
      return x == none ? "-" : "F\(x)"
    })
  }

  /// Shows a local holding an anon_vma number (or none) as `av<n>` / `-`.
  func showAnonVma(_ v: StateVar<Int>) {
    let none = noAnonVma
    b.display(v, CellDisplay { s, idx in
      let x = s.value(v, idx)
      return x == none ? "-" : "av\(x)"
    })
  }
}
