/// A protection of the protocol — a lock taken, a reference held, a
/// recheck, an ordering — with the knob value that removes it. The kernel
/// has every one; `migspec ablate` removes them one at a time to show which
/// race each prevents.
public struct Protection: Sendable {
  /// The knob (spec-file name) that removes it.
  public let knob: String
  /// The knob's value without the protection.
  public let removed: String
  /// Where the kernel has it.
  public let kernelFunction: String
  /// What it does, in a few words.
  public let summary: String
  /// The variants whose rules have it.
  public let variants: Set<String>

  /// `knobs` with this protection removed.
  public func removing(from knobs: Knobs) -> Knobs {
    var k = knobs
    Knobs.field(knob)?.set(&k, removed)
    return k
  }
}

extension Protection {
  static let folio: Set<String> = ["folio-6.1", "folio-6.12"]
  static let anon: Set<String> = ["folio-6.1", "folio-6.12", "swapless-2.6.17", "anon-vma-chain-2.6.34"]

  /// Every protection the model names, in the order of the migration path.
  public static let all: [Protection] = [
    Protection(knob: "src_folio_lock", removed: "false", kernelFunction: "mm/migrate.c: folio_trylock(src) / folio_lock(src)",
               summary: "the source folio stays locked from before the unmap until after the remap", variants: anon),
    Protection(knob: "anon_vma_pin", removed: "false", kernelFunction: "mm/rmap.c: folio_get_anon_vma()",
               summary: "a reference keeps the anon_vma alive for remove_migration_ptes after the folio is unmapped", variants: anon),
    Protection(knob: "dst_folio_lock", removed: "false", kernelFunction: "mm/migrate.c: folio_trylock(dst)",
               summary: "the destination folio is locked until its PTEs are restored", variants: anon),
    Protection(knob: "rmap_walk_lock", removed: "false", kernelFunction: "mm/rmap.c: rmap_walk_anon() → anon_vma_lock_read()",
               summary: "the rmap walks hold the anon_vma root rwsem for read against fork and exit changing the list", variants: anon),
    Protection(knob: "rmap_insert", removed: "prepend", kernelFunction: "mm/rmap.c: anon_vma_chain_link() (tail insertion, 0697212a411c)",
               summary: "fork links the child VMA after the parent's, so a walk in progress still reaches it", variants: anon),
    Protection(knob: "unmap_tlb_flush", removed: "false", kernelFunction: "mm/rmap.c: try_to_migrate_one() → ptep_clear_flush()",
               summary: "the unmap flushes the TLBs before the copy (6.12: unless batched)", variants: folio),
    Protection(knob: "flush_before_move", removed: "false", kernelFunction: "mm/migrate.c: migrate_pages_batch() → try_to_unmap_flush()",
               summary: "a batch flushes its deferred TLB flushes before it copies any folio", variants: ["folio-6.12"]),
    Protection(knob: "refcount_check", removed: "false", kernelFunction: "mm/migrate.c: folio_migrate_mapping()",
               summary: "a folio with a reference nobody accounts for (a pin, a COW in progress) is not moved", variants: anon),
    Protection(knob: "anon_expected_refs", removed: "2", kernelFunction: "mm/migrate.c: migrate_page_remove_references() (nr_refs 1, swapless 2006)",
               summary: "the refcount check expects exactly the isolation reference", variants: anon),
    Protection(knob: "restore_on_failure", removed: "false", kernelFunction: "mm/migrate.c: remove_migration_ptes(src, src)",
               summary: "a failed move restores the migration entries to the old folio", variants: anon),
    Protection(knob: "wp_copy_reference", removed: "false", kernelFunction: "mm/memory.c: do_wp_page() → folio_get()",
               summary: "COW holds a reference on the old folio while it copies without the PTL", variants: folio),
    Protection(knob: "wp_copy_pte_same", removed: "false", kernelFunction: "mm/memory.c: wp_page_copy() pte_same()",
               summary: "COW installs its copy only if the PTE is still the one it copied", variants: folio),
    Protection(knob: "cow_tlb_flush", removed: "false", kernelFunction: "mm/memory.c: wp_page_copy() → ptep_clear_flush_notify()",
               summary: "COW flushes the old translation from every CPU", variants: folio),
    Protection(knob: "anon_fault_pte_none", removed: "false", kernelFunction: "mm/memory.c: do_anonymous_page() pte_none recheck",
               summary: "a new anonymous page is installed only if the PTE is still empty", variants: folio),
    Protection(knob: "fork_mmap_lock", removed: "false", kernelFunction: "kernel/fork.c: dup_mmap() mmap_write_lock(oldmm)",
               summary: "fork holds the parent's mmap_lock for write, so the parent's faults wait", variants: anon),
    Protection(knob: "fork_tlb_flush", removed: "false", kernelFunction: "kernel/fork.c: dup_mmap() → flush_tlb_mm(oldmm)",
               summary: "fork flushes the parent's writable translations of the pages it write-protected", variants: folio),
    Protection(knob: "migrate_dirty", removed: "false", kernelFunction: "mm/migrate.c: folio_migrate_mapping() / folio_migrate_flags() dirty transfer",
               summary: "PG_dirty moves to the copy, so reclaim writes the copy out before freeing it", variants: folio),
    Protection(knob: "unmap_mark_dirty", removed: "false", kernelFunction: "mm/rmap.c: try_to_unmap_one() / try_to_migrate_one() folio_mark_dirty()",
               summary: "the dirty bit of a cleared PTE is moved to the folio", variants: folio),
    Protection(knob: "reclaim_flush_dirty", removed: "false", kernelFunction: "mm/vmscan.c: shrink_folio_list() → try_to_unmap_flush_dirty()",
               summary: "reclaim flushes the deferred TLB flushes of dirty PTEs before it writes the folio out", variants: folio),
    Protection(knob: "swapin_recheck", removed: "false", kernelFunction: "mm/memory.c: do_swap_page() folio_test_swapcache / page_private recheck",
               summary: "a swap-in that slept on the folio lock rechecks that the folio is still the slot's swap-cache folio", variants: folio),
    Protection(knob: "swapin_pte_same", removed: "false", kernelFunction: "mm/memory.c: do_swap_page() pte_same()",
               summary: "a swap-in maps the folio only if the PTE is still the swap entry it read", variants: folio),
    Protection(knob: "remove_mapping_freeze", removed: "false", kernelFunction: "mm/vmscan.c: __remove_mapping() folio_ref_freeze(1 + nr)",
               summary: "reclaim frees a swap-cache folio only if nobody else holds a reference", variants: folio),
    Protection(knob: "anon_vma_lock", removed: "own", kernelFunction: "mm/rmap.c: anon_vma_lock_read(root) (2.6.35, Rik van Riel)",
               summary: "every anon_vma of a process tree is guarded by its root's lock", variants: ["anon-vma-chain-2.6.34"]),
    Protection(knob: "skip_temporary_stack", removed: "false", kernelFunction: "mm/rmap.c: invalid_migration_vma() (a8bef8ff6ea1)",
               summary: "migration leaves exec's temporary stack alone while its page tables move", variants: ["anon-vma-chain-2.6.34"]),
    Protection(knob: "fault_pte_same", removed: "false", kernelFunction: "mm/memory.c: do_swap_page() pte_same (migration cache)",
               summary: "a fault that looked the entry up without the PTL rechecks it under the PTL", variants: ["migration-cache"]),
    Protection(knob: "isolate_page_lock", removed: "false", kernelFunction: "mm/migrate.c: isolate_movable_page() lock_page",
               summary: "PG_movable/PG_isolated are tested and set under the page lock", variants: ["movable-4.8"]),
    Protection(knob: "driver_release", removed: "clear_isolated", kernelFunction: "mm/compaction.c: __ClearPageMovable() (4.8)",
               summary: "a driver releasing an isolated page clears its mapping, so the VM puts it instead of putting it back", variants: ["movable-4.8"]),
    Protection(knob: "remove_references_mapping", removed: "page->mapping", kernelFunction: "mm/migrate.c: migrate_page_remove_references() page_mapping()",
               summary: "the refcount check judges a swap-cache page by page_mapping(), not the raw page->mapping", variants: ["swapcache-2.6.16"]),
  ]
}
