import RuleKit

/// Program counter of `vma_adjust` on one VMA.
public enum VmaAdjustPC: Int, ModelEnum {
  case lockMm, lockAnonVma, setStart, setPgoff, unlock, done
}

extension World {
  /// Adds a `vma_adjust` of process `p`'s VMA that moves `vm_start` and
  /// `vm_pgoff` down by one page together (a merge with the VMA below, or
  /// `expand_downwards`): every existing page keeps its address, but the
  /// two fields are written one after the other (seed 002, B3).
  ///
  /// 2.6.34 (mm/mmap.c: vma_adjust) locks `vma->anon_vma->lock`, the VMA's
  /// own anon_vma, which need not be the lock an rmap walk of one of its
  /// pages holds; 2.6.35 (012f18004da3) takes the root's, which is.
  func addVmaAdjust(name: String, process p: Int) -> Expr<Bool> {
    guard let moved = vmaStartMoved else { fatalError("vma_adjust needs World.vmaStartMoved") }
    let a = b.actor(name, title: "vma_adjust(P\(p))", pcs: VmaAdjustPC.self)
    // Process p's own anon_vma is slot p; `rootLock` picks the lock the era took.
    let lock = rootLock(Expr(p))

    a.step("mmap_write_lock", at: .lockMm, kernel: "mm/mmap.c: vma_merge() caller (mmap/mprotect/brk)") { r in
      r.require(alive[p])
      r.acquire(mmapLock[p], .write)
      r.goto(.lockAnonVma)
    }
    a.step("anon_vma_lock(vma->anon_vma)", at: .lockAnonVma, kernel: "mm/mmap.c: vma_adjust()",
           summary: config.knobs.anonVmaLock == .root ? "the root anon_vma's lock (2.6.35)" : "the VMA's own anon_vma's lock (2.6.34)") { r in
      r.acquire(lock, .write)
      r.goto(.setStart)
    }
    a.step("vma->vm_start = start", at: .setStart, kernel: "mm/mmap.c: vma_adjust()",
           summary: "vm_start moves down a page; until vm_pgoff follows, vma_address() of every page is off by one") { r in
      r.set(moved[p], true)
      r.goto(.setPgoff)
    }
    a.step("vma->vm_pgoff = pgoff", at: .setPgoff, kernel: "mm/mmap.c: vma_adjust()") { r in
      r.set(moved[p], false)
      r.goto(.unlock)
    }
    a.step("anon_vma_unlock + mmap_write_unlock", at: .unlock, kernel: "mm/mmap.c: vma_adjust()") { r in
      r.release(lock, .write)
      r.release(mmapLock[p], .write)
      r.goto(.done)
    }
    return a.isDone
  }
}
