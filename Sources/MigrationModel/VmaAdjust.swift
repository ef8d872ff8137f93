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

    addMmapLock(a, "mmap_write_lock", at: .lockMm, process: p, .write, kernel: "mm/mmap.c: vma_merge() caller (mmap/mprotect/brk)", then: .lockAnonVma)
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

/// Program counter of exec's `shift_arg_pages`.
public enum ExecPC: Int, ModelEnum {
  case lockMm, expand, movePageTables, shrink, done
}

extension World {
  /// Adds `execve`'s `shift_arg_pages` (fs/exec.c, 2.6.34) on process `p`'s
  /// temporary stack VMA (seed 002, B4): `vma_adjust` expands the VMA a page
  /// down with `vm_pgoff` unchanged — from then on `vma_address()` of its
  /// pages is a page lower — then `move_page_tables` moves the PTEs (only
  /// the PTLs: an anonymous VMA's move takes no anon_vma lock), then
  /// `vma_adjust` shrinks it and setup_arg_pages clears
  /// VM_STACK_INCOMPLETE_SETUP.
  func addExec(name: String, process p: Int) -> Expr<Bool> {
    guard let moved = vmaStartMoved, let stack = temporaryStack else { fatalError("exec needs the VMA state") }
    let a = b.actor(name, title: "exec(P\(p)): shift_arg_pages", pcs: ExecPC.self)
    let lock = rootLock(Expr(p))

    addMmapLock(a, "mmap_write_lock", at: .lockMm, process: p, .write, kernel: "fs/exec.c: setup_arg_pages()", then: .expand)
    a.step("vma_adjust(vma, new_start, old_end)", at: .expand, kernel: "fs/exec.c: shift_arg_pages() → mm/mmap.c: vma_adjust()",
           summary: "under the anon_vma lock: vm_start moves a page down, vm_pgoff stays; vma_address() of the stack's pages is now their new address") { r in
      r.within(lock, .write)
      r.set(moved[p], true)
      r.goto(.movePageTables)
    }
    a.step("move_page_tables", at: .movePageTables, kernel: "fs/exec.c: shift_arg_pages() → mm/mremap.c: move_page_tables() → move_ptes()",
           summary: "under the PTL: the PTE (present or migration entry) moves from the old address to the new one") { r in
      r.within(ptl[p])
      for v in 1..<V {
        r.set(pteKind[p, v - 1], pteKind[p, v])
        r.set(pteFolio[p, v - 1], pteFolio[p, v])
        r.set(pteWrite[p, v - 1], pteWrite[p, v])
        r.set(expected[p, v - 1], expected[p, v])
      }
      clearPTE(&r, p, V - 1)
      r.set(expected[p, V - 1], 0)
      r.goto(.shrink)
    }
    a.step("vma_adjust(vma, new_start, new_end) + clear VM_STACK_INCOMPLETE_SETUP", at: .shrink, kernel: "fs/exec.c: shift_arg_pages(), setup_arg_pages()",
           summary: "the stack is in place: no longer a temporary stack") { r in
      r.within(lock, .write)
      r.set(stack[p], false)
      r.release(mmapLock[p], .write)
      r.goto(.done)
    }
    return a.isDone
  }
}
