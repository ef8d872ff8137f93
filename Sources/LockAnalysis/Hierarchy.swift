/// The kernel's documented lock order for one era: the "Lock ordering in mm"
/// comment at the top of mm/rmap.c, written in the model's lockdep-style
/// class names.
///
/// The comment is a tree: a lock is taken before every lock indented below
/// it, and siblings are unordered. A hierarchy stores the tree as its
/// root-to-leaf `chains` (outer → inner), keeping only the locks that the
/// model has a class for or that place one (the rest are dropped: i_mutex,
/// sb_lock, mmlist_lock, …). Two classes are ordered only where one chain
/// holds both, so siblings (zone->lru_lock and swap_lock in 2.6.x) stay
/// unordered, as in the comment.
///
/// How the comment's names map to the model's classes (World.swift):
/// - `mm->mmap_sem` (≤ 5.7), `mm->mmap_lock` (5.8+) → `&mm->mmap_lock`;
/// - `page->flags PG_locked (lock_page)`, `folio_lock` (6.15+) → `PG_locked`;
/// - `mapping->i_mmap_lock` (spinlock, ≤ 3.0), `mapping->i_mmap_mutex`
///   (3.0–3.18), `mapping->i_mmap_rwsem` (3.19+) → `&mapping->i_mmap_rwsem`
///   (no model rule takes it yet: it only places its neighbours);
/// - `anon_vma->lock` (spinlock ≤ 2.6.38), `anon_vma->mutex` (2.6.39–3.7),
///   `anon_vma->rwsem` (3.8+) → `&anon_vma->rwsem`;
/// - `mm->page_table_lock or pte_lock` → `ptlock_ptr(page)` (the model's
///   PTL is per process: split PTE locks and the mm-wide lock are one class);
/// - `zone->lru_lock`, `zone_lru_lock`, `pgdat->lru_lock`, `lruvec->lru_lock`
///   → `lru_lock`;
/// - `swap_lock (in swap_duplicate, swap_info_get)` → `swap_lock`;
/// - `mapping->tree_lock` (an rwlock_t in 2.6.16, a spinlock from 2.6.27)
///   and its successor `i_pages lock` (the xarray's `xa_lock`, 4.17+) →
///   `&mapping->tree_lock`. The comment lists it twice (under inode_lock /
///   bdi.wb->list_lock, and from 4.8 also under private_lock and memcg's
///   move_lock); both chains are kept.
///
/// Locks the comment does not name get an order only from a cited second
/// source, in `extraChains` (the balloon driver's `pages_lock` in 4.8); a
/// class in no chain (shmem's `&info->lock`) is only checked for cycles.
public struct LockHierarchy: Sendable {
  /// The era, e.g. "Linux 2.6.16".
  public let name: String
  /// Where the comment was read (version, repository or message), and what
  /// stands in for it where the exact version could not be found.
  public let source: String
  /// Root-to-leaf paths of the rmap.c comment, outer → inner, in model names.
  public let chains: [[String]]
  /// Orders documented elsewhere for locks the comment does not name.
  public let extraChains: [(source: String, order: [String])]

  public init(name: String, source: String, chains: [[String]], extraChains: [(source: String, order: [String])] = []) {
    self.name = name
    self.source = source
    self.chains = chains
    self.extraChains = extraChains
  }

  /// The chain migration's locks lie on (the first), for display.
  public var order: [String] { chains.first ?? [] }

  /// Every chain, the comment's and the extra ones.
  public var allChains: [[String]] { chains + extraChains.map(\.order) }

  /// The rules "a before b" for classes present in `classes`: consecutive
  /// present classes along each chain (the rest follow by transitivity),
  /// without repeats.
  public func rules(for classes: [String]) -> [(outer: String, inner: String)] {
    var out: [(outer: String, inner: String)] = []
    var seen = Set<String>()
    for chain in allChains {
      let present = chain.filter { classes.contains($0) }
      for (a, b) in zip(present, present.dropFirst()) where seen.insert("\(a)|\(b)").inserted {
        out.append((a, b))
      }
    }
    return out
  }

  /// The chains restricted to `classes`, those with at least two of them:
  /// what a report prints as the order it compared with.
  public func presentChains(for classes: [String]) -> [[String]] {
    var out: [[String]] = []
    for chain in allChains {
      let present = chain.filter { classes.contains($0) }
      if present.count >= 2 && !out.contains(present) && !out.contains(where: { isSubsequence(present, of: $0) }) {
        out.removeAll { isSubsequence($0, of: present) }
        out.append(present)
      }
    }
    return out
  }

  func isSubsequence(_ a: [String], of b: [String]) -> Bool {
    var i = a.startIndex
    for x in b where i < a.endIndex && a[i] == x { i += 1 }
    return i == a.endIndex
  }
}

extension LockHierarchy {
  /// Linux 2.6.16. No 2.6.16 tree could be read; its two neighbours agree on
  /// every lock below mmap_sem, so that order is 2.6.16's:
  /// - 2.6.15: mm/rmap.c in an annotated 2.6.15 tree of the code index
  ///   ("inode->i_sem", "zone->lru_lock (in mark_page_accessed)");
  /// - the i_sem → i_mutex conversion of that comment (Ingo Molnar, "[patch
  ///   14/19] mutex subsystem, semaphore to mutex: VFS, ->i_sem, more",
  ///   LKML 3 Jan 2006, merged for 2.6.16);
  /// - 2.6.18: github.com/rocklee104/linux-2.6.18 mm/rmap.c ("inode->i_mutex",
  ///   "zone->lru_lock (in mark_page_accessed, isolate_lru_page)").
  ///
  /// ```
  /// mm->mmap_sem
  ///   page->flags PG_locked (lock_page)
  ///     mapping->i_mmap_lock
  ///       anon_vma->lock
  ///         mm->page_table_lock or pte_lock
  ///           zone->lru_lock (in mark_page_accessed, isolate_lru_page)
  ///           swap_lock (in swap_duplicate, swap_info_get)
  ///             mmlist_lock, mapping->private_lock
  ///             inode_lock (in set_page_dirty's __mark_inode_dirty)
  ///               sb_lock
  ///               mapping->tree_lock (widely used, in set_page_dirty, …)
  /// ```
  /// swap_lock → tree_lock is by way of inode_lock; the code nests them
  /// directly in `remove_exclusive_swap_page` (swap_info_get, then
  /// swapper_space.tree_lock).
  public static let linux2616 = LockHierarchy(
    name: "Linux 2.6.16",
    source: "mm/rmap.c lock-ordering comment; 2.6.16 not found: read 2.6.15 (code index) and 2.6.18 (rocklee104/linux-2.6.18), identical below mmap_sem",
    chains: [
      ["&mm->mmap_lock", "PG_locked", "&mapping->i_mmap_rwsem", "&anon_vma->rwsem", "ptlock_ptr(page)", "swap_lock", "&mapping->tree_lock"],
      ["&mm->mmap_lock", "PG_locked", "&mapping->i_mmap_rwsem", "&anon_vma->rwsem", "ptlock_ptr(page)", "lru_lock"],
    ])

  /// Linux 2.6.34: github.com/urbanspr1nter/linux-2.6.34 ("Mirror of
  /// 2.6.34") mm/rmap.c; word for word 2.6.32's
  /// (github.com/mikuhatsune001/linux2.6.32). Each anon_vma still has its
  /// own `anon_vma->lock` (root locking came in 2.6.35).
  /// ```
  /// inode->i_mutex
  ///   inode->i_alloc_sem (vmtruncate_range)
  ///   mm->mmap_sem
  ///     page->flags PG_locked (lock_page)
  ///       mapping->i_mmap_lock
  ///         anon_vma->lock
  ///           mm->page_table_lock or pte_lock
  ///             zone->lru_lock (in mark_page_accessed, isolate_lru_page)
  ///             swap_lock (in swap_duplicate, swap_info_get)
  ///               mmlist_lock, mapping->private_lock
  ///               inode_lock
  ///                 sb_lock
  ///                 mapping->tree_lock
  /// (code doesn't rely on that order so it could be switched around)
  /// ->tasklist_lock
  ///   anon_vma->lock      (memory_failure, collect_procs_anon)
  ///     pte map lock
  /// ```
  public static let linux2634 = LockHierarchy(
    name: "Linux 2.6.34",
    source: "mm/rmap.c lock-ordering comment of 2.6.34 (urbanspr1nter/linux-2.6.34; same text in 2.6.32)",
    chains: [
      ["&mm->mmap_lock", "PG_locked", "&mapping->i_mmap_rwsem", "&anon_vma->rwsem", "ptlock_ptr(page)", "swap_lock", "&mapping->tree_lock"],
      ["&mm->mmap_lock", "PG_locked", "&mapping->i_mmap_rwsem", "&anon_vma->rwsem", "ptlock_ptr(page)", "lru_lock"],
    ])

  /// Linux 4.8: github.com/squirrel20/linux-4.8.15 (4.8.15 stable) mm/rmap.c.
  /// ```
  /// inode->i_mutex
  ///   mm->mmap_sem
  ///     page->flags PG_locked (lock_page)
  ///       hugetlbfs_i_mmap_rwsem_key (in huge_pmd_share)
  ///         mapping->i_mmap_rwsem
  ///           anon_vma->rwsem
  ///             mm->page_table_lock or pte_lock
  ///               zone_lru_lock (in mark_page_accessed, isolate_lru_page)
  ///               swap_lock (in swap_duplicate, swap_info_get)
  ///                 mmlist_lock
  ///                 mapping->private_lock (in __set_page_dirty_buffers)
  ///                   mem_cgroup_{begin,end}_page_stat (memcg->move_lock)
  ///                     mapping->tree_lock (widely used)
  ///                 inode->i_lock, bdi.wb->list_lock
  ///                   sb_lock, mapping->tree_lock
  /// ```
  /// The comment does not name a movable page's driver lock. Its place
  /// comes from 4.8's own code and documentation: `isolate_movable_page`
  /// calls `a_ops->isolate_page` with the page locked (trylock_page),
  /// `balloon_page_migrate` asserts `PageLocked` on both pages before the
  /// driver's migratepage, `putback_movable_pages` calls putback_page under
  /// lock_page, and the balloon's callbacks take `b_dev_info->pages_lock`;
  /// `balloon_page_dequeue` takes pages_lock and then only `trylock_page`.
  public static let linux48 = LockHierarchy(
    name: "Linux 4.8",
    source: "mm/rmap.c lock-ordering comment of 4.8.15 (squirrel20/linux-4.8.15)",
    chains: [
      ["&mm->mmap_lock", "PG_locked", "&mapping->i_mmap_rwsem", "&anon_vma->rwsem", "ptlock_ptr(page)", "swap_lock", "&mapping->tree_lock"],
      ["&mm->mmap_lock", "PG_locked", "&mapping->i_mmap_rwsem", "&anon_vma->rwsem", "ptlock_ptr(page)", "lru_lock"],
    ],
    extraChains: [
      (source: "mm/migrate.c isolate_movable_page, mm/balloon_compaction.c balloon_page_migrate (4.8): a_ops callbacks run under the page lock",
       order: ["PG_locked", "&b_dev_info->pages_lock"]),
    ])

  /// Linux 6.1: github.com/c1336658570/linux-6.1.20 mm/rmap.c.
  /// ```
  /// inode->i_rwsem
  ///   mm->mmap_lock
  ///     mapping->invalidate_lock (in filemap_fault)
  ///       page->flags PG_locked (lock_page)
  ///         hugetlbfs_i_mmap_rwsem_key (in huge_pmd_share, see hugetlbfs below)
  ///           mapping->i_mmap_rwsem
  ///             anon_vma->rwsem
  ///               mm->page_table_lock or pte_lock
  ///                 swap_lock (in swap_duplicate, swap_info_get)
  ///                   mmlist_lock
  ///                   mapping->private_lock (in block_dirty_folio)
  ///                     folio_lock_memcg move_lock (in block_dirty_folio)
  ///                       i_pages lock (widely used)
  ///                         lruvec->lru_lock (in folio_lruvec_lock_irq)
  ///                   inode->i_lock, bdi.wb->list_lock
  ///                     sb_lock, i_pages lock
  /// ```
  /// lru_lock now sits below i_pages (below swap_lock), one chain with it.
  public static let linux61 = LockHierarchy(
    name: "Linux 6.1",
    source: "mm/rmap.c lock-ordering comment of 6.1.20 (c1336658570/linux-6.1.20)",
    chains: [
      ["&mm->mmap_lock", "PG_locked", "&mapping->i_mmap_rwsem", "&anon_vma->rwsem", "ptlock_ptr(page)", "swap_lock", "&mapping->tree_lock", "lru_lock"],
    ])

  /// The newest tree read: Linux 6.19 (github.com/matankalina/linux-6.19.10-fork,
  /// "Import Linux v6.19") mm/rmap.c. The locks the model has are ordered as
  /// in 6.1; the page lock is now spelled `folio_lock`, `vma_start_write`
  /// (per-VMA locks, no class in the model) sits between it and
  /// i_mmap_rwsem, and memcg's move_lock is gone from the private_lock →
  /// i_pages → lru_lock chain.
  /// ```
  /// inode->i_rwsem
  ///   mm->mmap_lock
  ///     mapping->invalidate_lock (in filemap_fault)
  ///       folio_lock
  ///         hugetlbfs_i_mmap_rwsem_key (in huge_pmd_share, see hugetlbfs below)
  ///           vma_start_write
  ///             mapping->i_mmap_rwsem
  ///               anon_vma->rwsem
  ///                 mm->page_table_lock or pte_lock
  ///                   swap_lock (in swap_duplicate, swap_info_get)
  ///                     mmlist_lock
  ///                     mapping->private_lock (in block_dirty_folio)
  ///                         i_pages lock (widely used)
  ///                           lruvec->lru_lock (in folio_lruvec_lock_irq)
  ///                     inode->i_lock, bdi.wb->list_lock
  ///                       sb_lock, i_pages lock
  /// ```
  public static let newest = LockHierarchy(
    name: "Linux 6.19",
    source: "mm/rmap.c lock-ordering comment of 6.19 (matankalina/linux-6.19.10-fork, the newest tree read)",
    chains: [
      ["&mm->mmap_lock", "PG_locked", "&mapping->i_mmap_rwsem", "&anon_vma->rwsem", "ptlock_ptr(page)", "swap_lock", "&mapping->tree_lock", "lru_lock"],
    ])

  /// Every era's hierarchy, oldest first.
  public static let all: [LockHierarchy] = [linux2616, linux2634, linux48, linux61, newest]

  /// The hierarchy of the era a variant models: its own kernel's comment,
  /// or for a variant between two eras the nearest one read.
  /// - swapcache-2.6.16, swapless-2.6.17 (2.6.17's comment is 2.6.16's and
  ///   2.6.18's) and migration-cache (ported to 2.6.16) → 2.6.16;
  /// - anon-vma-chain-2.6.34 → 2.6.34; movable-4.8 → 4.8; folio-6.1 → 6.1;
  /// - folio-6.12 → the newest tree read (6.19; 6.12 itself was not read);
  /// - anything else → the newest.
  public static func forVariant(_ variant: String) -> LockHierarchy {
    switch variant {
    case "swapcache-2.6.16", "swapless-2.6.17", "migration-cache": return linux2616
    case "anon-vma-chain-2.6.34": return linux2634
    case "movable-4.8": return linux48
    case "folio-6.1": return linux61
    default: return newest
    }
  }
}
