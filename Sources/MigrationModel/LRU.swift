import RuleKit

/// Program counter of a drain of the per-CPU LRU batches.
public enum LruDrainPC: Int, ModelEnum {
  case drain, done
}

extension World {
  /// `lru_add_drain()` of the CPU whose `folio_batch` holds new folios
  /// (mm/swap.c, 6.1: `folio_batch_move_lru` → `lru_add_fn` sets PG_lru,
  /// then `release_pages` drops the batch's references; the last one frees
  /// a folio unmapped meanwhile). It runs once, at any moment: a full batch,
  /// `lru_add_drain_all` from another task, the CPU's own next drain.
  /// Returns the references it holds (none: the batch's are `lru_batch`'s).
  func addLruDrain(name: String) -> (Int) -> Expr<Int> {
    guard let lruBatch else { fatalError("addLruDrain needs knobs.lru_batch") }
    let a = b.actor(name, title: "lru_add_drain", pcs: LruDrainPC.self)
    a.step("lru_add_drain", at: .drain, kernel: "mm/swap.c: lru_add_drain() → folio_batch_move_lru() → lru_add_fn(), release_pages()",
           summary: "every batched folio gets PG_lru (onto the LRU list) and the batch's reference is put; the last reference frees the folio") { r in
      for f in 0..<F {
        let batched = lruBatch[f]
        let freed = batched && refcount[f] == 1
        r.check("refcount_safety", implies(batched, refcount[f] > 0 && used[f]), "release_pages: put of a free folio")
        r.when(batched, lru[f], true)
        r.when(batched, refcount[f], refcount[f] - 1)
        r.set(lruBatch[f], false)
        freeFields(&r, Expr(f), when: freed)
      }
      r.goto(.done)
    }
    return { _ in Expr(0) }
  }
}
