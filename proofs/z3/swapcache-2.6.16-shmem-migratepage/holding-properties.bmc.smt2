(set-logic QF_BV)
(declare-fun |alive[P0]@0| () (_ BitVec 8))
(declare-fun |pte[P0][0]@0| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@0| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@0| () (_ BitVec 8))
(declare-fun |expected[P0][0]@0| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@0| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@0| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@0| () (_ BitVec 8))
(declare-fun |folio.used[F0]@0| () (_ BitVec 8))
(declare-fun |folio.used[F1]@0| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@0| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@0| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@0| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@0| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@0| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@0| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@0| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@0| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@0| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@0| () (_ BitVec 8))
(declare-fun |folio.index[F0]@0| () (_ BitVec 8))
(declare-fun |folio.index[F1]@0| () (_ BitVec 8))
(declare-fun |folio.data[F0]@0| () (_ BitVec 8))
(declare-fun |folio.data[F1]@0| () (_ BitVec 8))
(declare-fun |folio.node[F0]@0| () (_ BitVec 8))
(declare-fun |folio.node[F1]@0| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@0| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@0| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@0| () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@0| () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@0| () (_ BitVec 8))
(declare-fun |PG_dirty[F1]@0| () (_ BitVec 8))
(declare-fun shmem.i_pages@0 () (_ BitVec 8))
(declare-fun swapper_space.i_pages@0 () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@0| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@0| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@0| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@0| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@0| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@0| () (_ BitVec 8))
(declare-fun |PG_locked[F1]@0| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.writer[shmem]@0| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.writer[swapper_space]@0| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.readers[shmem]@0| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.readers[swapper_space]@0| () (_ BitVec 8))
(declare-fun |swap_lock[0]@0| () (_ BitVec 8))
(declare-fun |&info->lock[0]@0| () (_ BitVec 8))
(declare-fun |lru_lock[0]@0| () (_ BitVec 8))
(declare-fun migrate0.pc@0 () (_ BitVec 8))
(declare-fun migrate0.isolated@0 () (_ BitVec 8))
(declare-fun migrate0.newpage@0 () (_ BitVec 8))
(declare-fun migrate0.ok@0 () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@0 () (_ BitVec 8))
(declare-fun migrate0.pass@0 () (_ BitVec 8))
(declare-fun rule@0 () (_ BitVec 8))
(declare-fun |alive[P0]@1| () (_ BitVec 8))
(declare-fun |pte[P0][0]@1| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@1| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@1| () (_ BitVec 8))
(declare-fun |expected[P0][0]@1| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@1| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@1| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@1| () (_ BitVec 8))
(declare-fun |folio.used[F0]@1| () (_ BitVec 8))
(declare-fun |folio.used[F1]@1| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@1| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@1| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@1| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@1| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@1| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@1| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@1| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@1| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@1| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@1| () (_ BitVec 8))
(declare-fun |folio.index[F0]@1| () (_ BitVec 8))
(declare-fun |folio.index[F1]@1| () (_ BitVec 8))
(declare-fun |folio.data[F0]@1| () (_ BitVec 8))
(declare-fun |folio.data[F1]@1| () (_ BitVec 8))
(declare-fun |folio.node[F0]@1| () (_ BitVec 8))
(declare-fun |folio.node[F1]@1| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@1| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@1| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@1| () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@1| () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@1| () (_ BitVec 8))
(declare-fun |PG_dirty[F1]@1| () (_ BitVec 8))
(declare-fun shmem.i_pages@1 () (_ BitVec 8))
(declare-fun swapper_space.i_pages@1 () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@1| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@1| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@1| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@1| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@1| () (_ BitVec 8))
(declare-fun |PG_locked[F1]@1| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.writer[shmem]@1| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.writer[swapper_space]@1| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.readers[shmem]@1| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.readers[swapper_space]@1| () (_ BitVec 8))
(declare-fun |swap_lock[0]@1| () (_ BitVec 8))
(declare-fun |&info->lock[0]@1| () (_ BitVec 8))
(declare-fun |lru_lock[0]@1| () (_ BitVec 8))
(declare-fun migrate0.pc@1 () (_ BitVec 8))
(declare-fun migrate0.isolated@1 () (_ BitVec 8))
(declare-fun migrate0.newpage@1 () (_ BitVec 8))
(declare-fun migrate0.ok@1 () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@1 () (_ BitVec 8))
(declare-fun migrate0.pass@1 () (_ BitVec 8))
(declare-fun |PG_locked[F0]@1| () (_ BitVec 8))
(declare-fun |alive[P0]@2| () (_ BitVec 8))
(declare-fun |pte[P0][0]@2| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@2| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@2| () (_ BitVec 8))
(declare-fun |expected[P0][0]@2| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@2| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@2| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@2| () (_ BitVec 8))
(declare-fun |folio.used[F0]@2| () (_ BitVec 8))
(declare-fun |folio.used[F1]@2| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@2| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@2| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@2| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@2| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@2| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@2| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@2| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@2| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@2| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@2| () (_ BitVec 8))
(declare-fun |folio.index[F0]@2| () (_ BitVec 8))
(declare-fun |folio.index[F1]@2| () (_ BitVec 8))
(declare-fun |folio.data[F0]@2| () (_ BitVec 8))
(declare-fun |folio.data[F1]@2| () (_ BitVec 8))
(declare-fun |folio.node[F0]@2| () (_ BitVec 8))
(declare-fun |folio.node[F1]@2| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@2| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@2| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@2| () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@2| () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@2| () (_ BitVec 8))
(declare-fun |PG_dirty[F1]@2| () (_ BitVec 8))
(declare-fun shmem.i_pages@2 () (_ BitVec 8))
(declare-fun swapper_space.i_pages@2 () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@2| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@2| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@2| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@2| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@2| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@2| () (_ BitVec 8))
(declare-fun |PG_locked[F1]@2| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.writer[shmem]@2| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.writer[swapper_space]@2| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.readers[shmem]@2| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.readers[swapper_space]@2| () (_ BitVec 8))
(declare-fun |swap_lock[0]@2| () (_ BitVec 8))
(declare-fun |&info->lock[0]@2| () (_ BitVec 8))
(declare-fun |lru_lock[0]@2| () (_ BitVec 8))
(declare-fun migrate0.pc@2 () (_ BitVec 8))
(declare-fun migrate0.isolated@2 () (_ BitVec 8))
(declare-fun migrate0.newpage@2 () (_ BitVec 8))
(declare-fun migrate0.ok@2 () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@2 () (_ BitVec 8))
(declare-fun migrate0.pass@2 () (_ BitVec 8))
(declare-fun |alive[P0]@3| () (_ BitVec 8))
(declare-fun |pte[P0][0]@3| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@3| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@3| () (_ BitVec 8))
(declare-fun |expected[P0][0]@3| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@3| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@3| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@3| () (_ BitVec 8))
(declare-fun |folio.used[F0]@3| () (_ BitVec 8))
(declare-fun |folio.used[F1]@3| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@3| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@3| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@3| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@3| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@3| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@3| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@3| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@3| () (_ BitVec 8))
(declare-fun |folio.index[F0]@3| () (_ BitVec 8))
(declare-fun |folio.index[F1]@3| () (_ BitVec 8))
(declare-fun |folio.data[F0]@3| () (_ BitVec 8))
(declare-fun |folio.data[F1]@3| () (_ BitVec 8))
(declare-fun |folio.node[F0]@3| () (_ BitVec 8))
(declare-fun |folio.node[F1]@3| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@3| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@3| () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@3| () (_ BitVec 8))
(declare-fun |PG_dirty[F1]@3| () (_ BitVec 8))
(declare-fun swapper_space.i_pages@3 () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@3| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@3| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@3| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@3| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@3| () (_ BitVec 8))
(declare-fun |PG_locked[F1]@3| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.writer[shmem]@3| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.writer[swapper_space]@3| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.readers[shmem]@3| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.readers[swapper_space]@3| () (_ BitVec 8))
(declare-fun |swap_lock[0]@3| () (_ BitVec 8))
(declare-fun |&info->lock[0]@3| () (_ BitVec 8))
(declare-fun |lru_lock[0]@3| () (_ BitVec 8))
(declare-fun migrate0.newpage@3 () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@3 () (_ BitVec 8))
(declare-fun |alive[P0]@4| () (_ BitVec 8))
(declare-fun |pte[P0][0]@4| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@4| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@4| () (_ BitVec 8))
(declare-fun |expected[P0][0]@4| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@4| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@4| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@4| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@4| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@4| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@4| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@4| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@4| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@4| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@4| () (_ BitVec 8))
(declare-fun |folio.index[F0]@4| () (_ BitVec 8))
(declare-fun |folio.index[F1]@4| () (_ BitVec 8))
(declare-fun |folio.node[F0]@4| () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@4| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@4| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@4| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@4| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@4| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@4| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.writer[shmem]@4| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.writer[swapper_space]@4| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.readers[shmem]@4| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.readers[swapper_space]@4| () (_ BitVec 8))
(declare-fun |swap_lock[0]@4| () (_ BitVec 8))
(declare-fun |&info->lock[0]@4| () (_ BitVec 8))
(declare-fun |lru_lock[0]@4| () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@4 () (_ BitVec 8))
(declare-fun |alive[P0]@5| () (_ BitVec 8))
(declare-fun |pte[P0][0]@5| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@5| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@5| () (_ BitVec 8))
(declare-fun |expected[P0][0]@5| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@5| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@5| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@5| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@5| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@5| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@5| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@5| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@5| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@5| () (_ BitVec 8))
(declare-fun |folio.index[F0]@5| () (_ BitVec 8))
(declare-fun |folio.index[F1]@5| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@5| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@5| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@5| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@5| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@5| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.writer[shmem]@5| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.writer[swapper_space]@5| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.readers[shmem]@5| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.readers[swapper_space]@5| () (_ BitVec 8))
(declare-fun |swap_lock[0]@5| () (_ BitVec 8))
(declare-fun |&info->lock[0]@5| () (_ BitVec 8))
(declare-fun |lru_lock[0]@5| () (_ BitVec 8))
(declare-fun |alive[P0]@6| () (_ BitVec 8))
(declare-fun |pte[P0][0]@6| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@6| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@6| () (_ BitVec 8))
(declare-fun |expected[P0][0]@6| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@6| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@6| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@6| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@6| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@6| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@6| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@6| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@6| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@6| () (_ BitVec 8))
(declare-fun |folio.index[F0]@6| () (_ BitVec 8))
(declare-fun |folio.index[F1]@6| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@6| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@6| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@6| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@6| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@6| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.writer[shmem]@6| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.writer[swapper_space]@6| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.readers[shmem]@6| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.readers[swapper_space]@6| () (_ BitVec 8))
(declare-fun |swap_lock[0]@6| () (_ BitVec 8))
(declare-fun |&info->lock[0]@6| () (_ BitVec 8))
(declare-fun |lru_lock[0]@6| () (_ BitVec 8))
(declare-fun |alive[P0]@7| () (_ BitVec 8))
(declare-fun |pte[P0][0]@7| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@7| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@7| () (_ BitVec 8))
(declare-fun |expected[P0][0]@7| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@7| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@7| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@7| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@7| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@7| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@7| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@7| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@7| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@7| () (_ BitVec 8))
(declare-fun |folio.index[F0]@7| () (_ BitVec 8))
(declare-fun |folio.index[F1]@7| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@7| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@7| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@7| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@7| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@7| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.writer[shmem]@7| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.writer[swapper_space]@7| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.readers[shmem]@7| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.readers[swapper_space]@7| () (_ BitVec 8))
(declare-fun |swap_lock[0]@7| () (_ BitVec 8))
(declare-fun |&info->lock[0]@7| () (_ BitVec 8))
(declare-fun |lru_lock[0]@7| () (_ BitVec 8))
(declare-fun |alive[P0]@8| () (_ BitVec 8))
(declare-fun |pte[P0][0]@8| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@8| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@8| () (_ BitVec 8))
(declare-fun |expected[P0][0]@8| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@8| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@8| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@8| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@8| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@8| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@8| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@8| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@8| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@8| () (_ BitVec 8))
(declare-fun |folio.index[F0]@8| () (_ BitVec 8))
(declare-fun |folio.index[F1]@8| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@8| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@8| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@8| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@8| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@8| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.writer[shmem]@8| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.writer[swapper_space]@8| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.readers[shmem]@8| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.readers[swapper_space]@8| () (_ BitVec 8))
(declare-fun |swap_lock[0]@8| () (_ BitVec 8))
(declare-fun |&info->lock[0]@8| () (_ BitVec 8))
(declare-fun |lru_lock[0]@8| () (_ BitVec 8))
(declare-fun |alive[P0]@9| () (_ BitVec 8))
(declare-fun |pte[P0][0]@9| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@9| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@9| () (_ BitVec 8))
(declare-fun |expected[P0][0]@9| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@9| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@9| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@9| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@9| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@9| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@9| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@9| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@9| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@9| () (_ BitVec 8))
(declare-fun |folio.index[F0]@9| () (_ BitVec 8))
(declare-fun |folio.index[F1]@9| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@9| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@9| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@9| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@9| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@9| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.writer[shmem]@9| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.writer[swapper_space]@9| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.readers[shmem]@9| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.readers[swapper_space]@9| () (_ BitVec 8))
(declare-fun |swap_lock[0]@9| () (_ BitVec 8))
(declare-fun |&info->lock[0]@9| () (_ BitVec 8))
(declare-fun |lru_lock[0]@9| () (_ BitVec 8))
(declare-fun |alive[P0]@10| () (_ BitVec 8))
(declare-fun |pte[P0][0]@10| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@10| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@10| () (_ BitVec 8))
(declare-fun |expected[P0][0]@10| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@10| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@10| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@10| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@10| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@10| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@10| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@10| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@10| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@10| () (_ BitVec 8))
(declare-fun |folio.index[F0]@10| () (_ BitVec 8))
(declare-fun |folio.index[F1]@10| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@10| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@10| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@10| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@10| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@10| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.writer[shmem]@10| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.writer[swapper_space]@10| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.readers[shmem]@10| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.readers[swapper_space]@10| () (_ BitVec 8))
(declare-fun |swap_lock[0]@10| () (_ BitVec 8))
(declare-fun |&info->lock[0]@10| () (_ BitVec 8))
(declare-fun |lru_lock[0]@10| () (_ BitVec 8))
(declare-fun |alive[P0]@11| () (_ BitVec 8))
(declare-fun |pte[P0][0]@11| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@11| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@11| () (_ BitVec 8))
(declare-fun |expected[P0][0]@11| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@11| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@11| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@11| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@11| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@11| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@11| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@11| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@11| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@11| () (_ BitVec 8))
(declare-fun |folio.index[F0]@11| () (_ BitVec 8))
(declare-fun |folio.index[F1]@11| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@11| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@11| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@11| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@11| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@11| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.writer[shmem]@11| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.writer[swapper_space]@11| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.readers[shmem]@11| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.readers[swapper_space]@11| () (_ BitVec 8))
(declare-fun |swap_lock[0]@11| () (_ BitVec 8))
(declare-fun |&info->lock[0]@11| () (_ BitVec 8))
(declare-fun |lru_lock[0]@11| () (_ BitVec 8))
(declare-fun |alive[P0]@12| () (_ BitVec 8))
(declare-fun |pte[P0][0]@12| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@12| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@12| () (_ BitVec 8))
(declare-fun |expected[P0][0]@12| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@12| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@12| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@12| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@12| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@12| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@12| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@12| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@12| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@12| () (_ BitVec 8))
(declare-fun |folio.index[F0]@12| () (_ BitVec 8))
(declare-fun |folio.index[F1]@12| () (_ BitVec 8))
(declare-fun |folio.data[F0]@12| () (_ BitVec 8))
(declare-fun |folio.data[F1]@11| () (_ BitVec 8))
(declare-fun |folio.data[F0]@11| () (_ BitVec 8))
(declare-fun migrate0.newpage@11 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@11| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@11| () (_ BitVec 8))
(declare-fun rule@11 () (_ BitVec 8))
(declare-fun |folio.used[F0]@11| () (_ BitVec 8))
(declare-fun |folio.data[F1]@12| () (_ BitVec 8))
(declare-fun |folio.node[F0]@12| () (_ BitVec 8))
(declare-fun |folio.node[F0]@11| () (_ BitVec 8))
(declare-fun |folio.node[F1]@11| () (_ BitVec 8))
(declare-fun |folio.node[F1]@12| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@12| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@11| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@11| () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@12| () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@11| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@11| () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@12| () (_ BitVec 8))
(declare-fun |PG_dirty[F1]@11| () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@11| () (_ BitVec 8))
(declare-fun |PG_dirty[F1]@12| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@12| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@12| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@12| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@12| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@12| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.writer[shmem]@12| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.writer[swapper_space]@12| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.readers[shmem]@12| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.readers[swapper_space]@12| () (_ BitVec 8))
(declare-fun |swap_lock[0]@12| () (_ BitVec 8))
(declare-fun |&info->lock[0]@12| () (_ BitVec 8))
(declare-fun |lru_lock[0]@12| () (_ BitVec 8))
(declare-fun rule@1 () (_ BitVec 8))
(declare-fun |folio.data[F1]@10| () (_ BitVec 8))
(declare-fun |folio.data[F0]@10| () (_ BitVec 8))
(declare-fun migrate0.newpage@10 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@10| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@10| () (_ BitVec 8))
(declare-fun rule@10 () (_ BitVec 8))
(declare-fun |folio.used[F0]@10| () (_ BitVec 8))
(declare-fun |folio.node[F0]@10| () (_ BitVec 8))
(declare-fun |folio.node[F1]@10| () (_ BitVec 8))
(declare-fun |PG_dirty[F1]@10| () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@10| () (_ BitVec 8))
(declare-fun |folio.data[F1]@9| () (_ BitVec 8))
(declare-fun |folio.data[F0]@9| () (_ BitVec 8))
(declare-fun migrate0.newpage@9 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@9| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@9| () (_ BitVec 8))
(declare-fun rule@9 () (_ BitVec 8))
(declare-fun |folio.used[F0]@9| () (_ BitVec 8))
(declare-fun |PG_dirty[F1]@9| () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@9| () (_ BitVec 8))
(declare-fun |folio.data[F1]@8| () (_ BitVec 8))
(declare-fun |folio.data[F0]@8| () (_ BitVec 8))
(declare-fun migrate0.newpage@8 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@8| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@8| () (_ BitVec 8))
(declare-fun rule@8 () (_ BitVec 8))
(declare-fun |folio.used[F0]@8| () (_ BitVec 8))
(declare-fun |PG_dirty[F1]@8| () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@8| () (_ BitVec 8))
(declare-fun |folio.data[F1]@7| () (_ BitVec 8))
(declare-fun |folio.data[F0]@7| () (_ BitVec 8))
(declare-fun migrate0.newpage@7 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@7| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@7| () (_ BitVec 8))
(declare-fun rule@7 () (_ BitVec 8))
(declare-fun |folio.used[F0]@7| () (_ BitVec 8))
(declare-fun |PG_dirty[F1]@7| () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@7| () (_ BitVec 8))
(declare-fun |folio.data[F1]@6| () (_ BitVec 8))
(declare-fun |folio.data[F0]@6| () (_ BitVec 8))
(declare-fun migrate0.newpage@6 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@6| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@6| () (_ BitVec 8))
(declare-fun rule@6 () (_ BitVec 8))
(declare-fun |folio.used[F0]@6| () (_ BitVec 8))
(declare-fun |PG_dirty[F1]@6| () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@6| () (_ BitVec 8))
(declare-fun |folio.data[F1]@5| () (_ BitVec 8))
(declare-fun |folio.data[F0]@5| () (_ BitVec 8))
(declare-fun migrate0.newpage@5 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@5| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@5| () (_ BitVec 8))
(declare-fun rule@5 () (_ BitVec 8))
(declare-fun |folio.used[F0]@5| () (_ BitVec 8))
(declare-fun |PG_dirty[F1]@5| () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@5| () (_ BitVec 8))
(declare-fun |folio.data[F1]@4| () (_ BitVec 8))
(declare-fun |folio.data[F0]@4| () (_ BitVec 8))
(declare-fun migrate0.newpage@4 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@4| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@4| () (_ BitVec 8))
(declare-fun rule@4 () (_ BitVec 8))
(declare-fun |folio.used[F0]@4| () (_ BitVec 8))
(declare-fun |PG_dirty[F1]@4| () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@4| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@3| () (_ BitVec 8))
(declare-fun rule@3 () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@3| () (_ BitVec 8))
(declare-fun rule@2 () (_ BitVec 8))
(declare-fun migrate0.pass@3 () (_ BitVec 8))
(declare-fun migrate0.ok@3 () (_ BitVec 8))
(declare-fun migrate0.isolated@3 () (_ BitVec 8))
(declare-fun migrate0.pc@3 () (_ BitVec 8))
(declare-fun |PG_locked[F0]@3| () (_ BitVec 8))
(declare-fun shmem.i_pages@3 () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@3| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@3| () (_ BitVec 8))
(declare-fun migrate0.pass@4 () (_ BitVec 8))
(declare-fun migrate0.ok@4 () (_ BitVec 8))
(declare-fun migrate0.isolated@4 () (_ BitVec 8))
(declare-fun migrate0.pc@4 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@4| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@4| () (_ BitVec 8))
(declare-fun swapper_space.i_pages@4 () (_ BitVec 8))
(declare-fun shmem.i_pages@4 () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@4| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@4| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@4| () (_ BitVec 8))
(declare-fun |folio.node[F1]@4| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@4| () (_ BitVec 8))
(declare-fun |folio.used[F1]@4| () (_ BitVec 8))
(declare-fun migrate0.pass@5 () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@5 () (_ BitVec 8))
(declare-fun migrate0.ok@5 () (_ BitVec 8))
(declare-fun migrate0.isolated@5 () (_ BitVec 8))
(declare-fun migrate0.pc@5 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@5| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@5| () (_ BitVec 8))
(declare-fun swapper_space.i_pages@5 () (_ BitVec 8))
(declare-fun shmem.i_pages@5 () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@5| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@5| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@5| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@5| () (_ BitVec 8))
(declare-fun |folio.node[F1]@5| () (_ BitVec 8))
(declare-fun |folio.node[F0]@5| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@5| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@5| () (_ BitVec 8))
(declare-fun |folio.used[F1]@5| () (_ BitVec 8))
(declare-fun migrate0.pass@6 () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@6 () (_ BitVec 8))
(declare-fun migrate0.ok@6 () (_ BitVec 8))
(declare-fun migrate0.isolated@6 () (_ BitVec 8))
(declare-fun migrate0.pc@6 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@6| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@6| () (_ BitVec 8))
(declare-fun swapper_space.i_pages@6 () (_ BitVec 8))
(declare-fun shmem.i_pages@6 () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@6| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@6| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@6| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@6| () (_ BitVec 8))
(declare-fun |folio.node[F1]@6| () (_ BitVec 8))
(declare-fun |folio.node[F0]@6| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@6| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@6| () (_ BitVec 8))
(declare-fun |folio.used[F1]@6| () (_ BitVec 8))
(declare-fun migrate0.pass@7 () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@7 () (_ BitVec 8))
(declare-fun migrate0.ok@7 () (_ BitVec 8))
(declare-fun migrate0.isolated@7 () (_ BitVec 8))
(declare-fun migrate0.pc@7 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@7| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@7| () (_ BitVec 8))
(declare-fun swapper_space.i_pages@7 () (_ BitVec 8))
(declare-fun shmem.i_pages@7 () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@7| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@7| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@7| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@7| () (_ BitVec 8))
(declare-fun |folio.node[F1]@7| () (_ BitVec 8))
(declare-fun |folio.node[F0]@7| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@7| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@7| () (_ BitVec 8))
(declare-fun |folio.used[F1]@7| () (_ BitVec 8))
(declare-fun migrate0.pass@8 () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@8 () (_ BitVec 8))
(declare-fun migrate0.ok@8 () (_ BitVec 8))
(declare-fun migrate0.isolated@8 () (_ BitVec 8))
(declare-fun migrate0.pc@8 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@8| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@8| () (_ BitVec 8))
(declare-fun swapper_space.i_pages@8 () (_ BitVec 8))
(declare-fun shmem.i_pages@8 () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@8| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@8| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@8| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@8| () (_ BitVec 8))
(declare-fun |folio.node[F1]@8| () (_ BitVec 8))
(declare-fun |folio.node[F0]@8| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@8| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@8| () (_ BitVec 8))
(declare-fun |folio.used[F1]@8| () (_ BitVec 8))
(declare-fun migrate0.pass@9 () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@9 () (_ BitVec 8))
(declare-fun migrate0.ok@9 () (_ BitVec 8))
(declare-fun migrate0.isolated@9 () (_ BitVec 8))
(declare-fun migrate0.pc@9 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@9| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@9| () (_ BitVec 8))
(declare-fun swapper_space.i_pages@9 () (_ BitVec 8))
(declare-fun shmem.i_pages@9 () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@9| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@9| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@9| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@9| () (_ BitVec 8))
(declare-fun |folio.node[F1]@9| () (_ BitVec 8))
(declare-fun |folio.node[F0]@9| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@9| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@9| () (_ BitVec 8))
(declare-fun |folio.used[F1]@9| () (_ BitVec 8))
(declare-fun migrate0.pass@10 () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@10 () (_ BitVec 8))
(declare-fun migrate0.ok@10 () (_ BitVec 8))
(declare-fun migrate0.isolated@10 () (_ BitVec 8))
(declare-fun migrate0.pc@10 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@10| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@10| () (_ BitVec 8))
(declare-fun swapper_space.i_pages@10 () (_ BitVec 8))
(declare-fun shmem.i_pages@10 () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@10| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@10| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@10| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@10| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@10| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@10| () (_ BitVec 8))
(declare-fun |folio.used[F1]@10| () (_ BitVec 8))
(declare-fun migrate0.pass@11 () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@11 () (_ BitVec 8))
(declare-fun migrate0.ok@11 () (_ BitVec 8))
(declare-fun migrate0.isolated@11 () (_ BitVec 8))
(declare-fun migrate0.pc@11 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@11| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@11| () (_ BitVec 8))
(declare-fun swapper_space.i_pages@11 () (_ BitVec 8))
(declare-fun shmem.i_pages@11 () (_ BitVec 8))
(declare-fun |PG_lru[F1]@11| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@11| () (_ BitVec 8))
(declare-fun |folio.used[F1]@11| () (_ BitVec 8))
(declare-fun migrate0.pass@12 () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@12 () (_ BitVec 8))
(declare-fun migrate0.ok@12 () (_ BitVec 8))
(declare-fun migrate0.newpage@12 () (_ BitVec 8))
(declare-fun migrate0.isolated@12 () (_ BitVec 8))
(declare-fun migrate0.pc@12 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@12| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@12| () (_ BitVec 8))
(declare-fun swapper_space.i_pages@12 () (_ BitVec 8))
(declare-fun shmem.i_pages@12 () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@12| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@12| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@12| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@12| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@12| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@12| () (_ BitVec 8))
(declare-fun |folio.used[F1]@12| () (_ BitVec 8))
(declare-fun |folio.used[F0]@12| () (_ BitVec 8))
(assert (and (= |alive[P0]@0| #x01)
     (= |pte[P0][0]@0| #x00)
     (= |pte.folio[P0][0]@0| #x00)
     (= |pte.write[P0][0]@0| #x00)
     (= |expected[P0][0]@0| #x00)
     (= |anon_vma.list[av0][0]@0| #x00)
     (= |anon_vma.len[av0]@0| #x01)
     (= |anon_vma.refcount[av0]@0| #x01)
     (= |folio.used[F0]@0| #x01)
     (= |folio.used[F1]@0| #x00)
     (= |folio.refcount[F0]@0| #x01)
     (= |folio.refcount[F1]@0| #x00)
     (= |folio.mapcount[F0]@0| #x00)
     (= |folio.mapcount[F1]@0| #x00)
     (= |PG_lru[F0]@0| #x01)
     (= |PG_lru[F1]@0| #x00)
     (= |PG_anon_exclusive[F0]@0| #x00)
     (= |PG_anon_exclusive[F1]@0| #x00)
     (= |folio.mapping[F0]@0| #x01)
     (= |folio.mapping[F1]@0| #x01)
     (= |folio.index[F0]@0| #x00)
     (= |folio.index[F1]@0| #x00)
     (= |folio.data[F0]@0| #x01)
     (= |folio.data[F1]@0| #x00)
     (= |folio.node[F0]@0| #x00)
     (= |folio.node[F1]@0| #x00)
     (= |page.mapping(shmem)[F0]@0| #x01)
     (= |page.mapping(shmem)[F1]@0| #x00)
     (= |PG_swapcache[F0]@0| #x00)
     (= |PG_swapcache[F1]@0| #x00)
     (= |PG_dirty[F0]@0| #x01)
     (= |PG_dirty[F1]@0| #x00)
     (= shmem.i_pages@0 #x00)
     (= swapper_space.i_pages@0 #x02)
     (= |&mm->mmap_lock.writer[P0]@0| #x00)
     (= |&mm->mmap_lock.readers[P0]@0| #x00)
     (= |&anon_vma->rwsem.writer[av0]@0| #x00)
     (= |&anon_vma->rwsem.readers[av0]@0| #x00)
     (= |ptlock_ptr(page)[P0]@0| #x00)
     (= |PG_locked[F0]@0| #x00)
     (= |PG_locked[F1]@0| #x00)
     (= |&mapping->tree_lock.writer[shmem]@0| #x00)
     (= |&mapping->tree_lock.writer[swapper_space]@0| #x00)
     (= |&mapping->tree_lock.readers[shmem]@0| #x00)
     (= |&mapping->tree_lock.readers[swapper_space]@0| #x00)
     (= |swap_lock[0]@0| #x00)
     (= |&info->lock[0]@0| #x00)
     (= |lru_lock[0]@0| #x00)
     (= migrate0.pc@0 #x00)
     (= migrate0.isolated@0 #x00)
     (= migrate0.newpage@0 #x02)
     (= migrate0.ok@0 #x00)
     (= migrate0.mapping_is_swapper@0 #x00)
     (= migrate0.pass@0 #x00)))
(assert (and (bvule |alive[P0]@0| #x01)
     (bvule |pte[P0][0]@0| #x07)
     (bvule |pte.folio[P0][0]@0| #x01)
     (bvule |pte.write[P0][0]@0| #x01)
     (bvule |expected[P0][0]@0| #x01)
     (bvule |anon_vma.list[av0][0]@0| #x00)
     (bvule |anon_vma.len[av0]@0| #x01)
     (bvule |anon_vma.refcount[av0]@0| #x04)
     (bvule |folio.used[F0]@0| #x01)
     (bvule |folio.used[F1]@0| #x01)
     (bvule |folio.refcount[F0]@0| #x04)
     (bvule |folio.refcount[F1]@0| #x04)
     (bvule |folio.mapcount[F0]@0| #x02)
     (bvule |folio.mapcount[F1]@0| #x02)
     (bvule |PG_lru[F0]@0| #x01)
     (bvule |PG_lru[F1]@0| #x01)
     (bvule |PG_anon_exclusive[F0]@0| #x01)
     (bvule |PG_anon_exclusive[F1]@0| #x01)
     (bvule |folio.mapping[F0]@0| #x01)
     (bvule |folio.mapping[F1]@0| #x01)
     (bvule |folio.index[F0]@0| #x00)
     (bvule |folio.index[F1]@0| #x00)
     (bvule |folio.data[F0]@0| #x01)
     (bvule |folio.data[F1]@0| #x01)
     (bvule |folio.node[F0]@0| #x01)
     (bvule |folio.node[F1]@0| #x01)
     (bvule |page.mapping(shmem)[F0]@0| #x01)
     (bvule |page.mapping(shmem)[F1]@0| #x01)
     (bvule |PG_swapcache[F0]@0| #x01)
     (bvule |PG_swapcache[F1]@0| #x01)
     (bvule |PG_dirty[F0]@0| #x01)
     (bvule |PG_dirty[F1]@0| #x01)
     (bvule shmem.i_pages@0 #x02)
     (bvule swapper_space.i_pages@0 #x02)
     (bvule |&mm->mmap_lock.writer[P0]@0| #x01)
     (bvule |&mm->mmap_lock.readers[P0]@0| #x01)
     (bvule |&anon_vma->rwsem.writer[av0]@0| #x01)
     (bvule |&anon_vma->rwsem.readers[av0]@0| #x01)
     (bvule |ptlock_ptr(page)[P0]@0| #x01)
     (bvule |PG_locked[F0]@0| #x01)
     (bvule |PG_locked[F1]@0| #x01)
     (bvule |&mapping->tree_lock.writer[shmem]@0| #x01)
     (bvule |&mapping->tree_lock.writer[swapper_space]@0| #x01)
     (bvule |&mapping->tree_lock.readers[shmem]@0| #x01)
     (bvule |&mapping->tree_lock.readers[swapper_space]@0| #x01)
     (bvule |swap_lock[0]@0| #x01)
     (bvule |&info->lock[0]@0| #x01)
     (bvule |lru_lock[0]@0| #x01)
     (bvule migrate0.pc@0 #x0a)
     (bvule migrate0.isolated@0 #x01)
     (bvule migrate0.newpage@0 #x02)
     (bvule migrate0.ok@0 #x01)
     (bvule migrate0.mapping_is_swapper@0 #x01)
     (bvule migrate0.pass@0 #x01)))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@0| #x00))
                     (not (= |PG_lru[F0]@0| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@0| #x00)))
               (not (not (= |folio.used[F1]@0| #x00)))))
      (a!3 (ite (not (not (= |folio.used[F0]@0| #x00))) #x00 #x01))
      (a!5 (and (= rule@0 #x04)
                (= migrate0.pc@0 #x03)
                (or (not (= |PG_swapcache[F0]@0| #x00))
                    (not (= |page.mapping(shmem)[F0]@0| #x00)))))
      (a!6 (not (or (not (= |PG_swapcache[F0]@0| #x00))
                    (not (= |page.mapping(shmem)[F0]@0| #x00)))))
      (a!7 (= (ite (not (= migrate0.mapping_is_swapper@0 #x00)) #x01 #x00) #x00))
      (a!8 (= (ite (not (= migrate0.mapping_is_swapper@0 #x00))
                   swapper_space.i_pages@0
                   shmem.i_pages@0)
              #x00))
      (a!10 (and (= rule@0 #x0d)
                 (= migrate0.pc@0 #x07)
                 (not (not (= migrate0.ok@0 #x00)))))
      (a!11 (and (= rule@0 #x0f)
                 (= migrate0.pc@0 #x09)
                 (not (not (= migrate0.ok@0 #x00)))))
      (a!13 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.used[F0]@0|
                      |folio.used[F1]@0|)))
      (a!14 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.used[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.used[F0]@0|)
                      |folio.used[F0]@0|)))
      (a!19 (ite (and (= rule@0 #x0e) true)
                 (bvsub |folio.refcount[F0]@0| #x01)
                 (ite (and (= rule@0 #x0f) true)
                      (bvsub |folio.refcount[F0]@0| #x01)
                      |folio.refcount[F0]@0|)))
      (a!25 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 |folio.refcount[F1]@0|))
      (a!30 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00) |PG_lru[F0]@0| |PG_lru[F1]@0|)))
      (a!31 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 #x01))
      (a!32 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_lru[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01) #x00 #x01)
                      |PG_lru[F0]@0|)))
      (a!37 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |PG_anon_exclusive[F0]@0|
                      |PG_anon_exclusive[F1]@0|)))
      (a!38 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@0|)
                      |PG_anon_exclusive[F0]@0|)))
      (a!43 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.mapping[F0]@0|
                      |folio.mapping[F1]@0|)))
      (a!44 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01)
                      #x01
                      |folio.mapping[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x01
                           |folio.mapping[F0]@0|)
                      |folio.mapping[F0]@0|)))
      (a!49 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.index[F0]@0|
                      |folio.index[F1]@0|)))
      (a!50 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.index[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.index[F0]@0|)
                      |folio.index[F0]@0|)))
      (a!55 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.data[F0]@0|
                      |folio.data[F1]@0|)))
      (a!56 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.data[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.data[F0]@0|)
                      |folio.data[F0]@0|)))
      (a!63 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.node[F0]@0|
                      |folio.node[F1]@0|)))
      (a!64 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.node[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.node[F0]@0|)
                      |folio.node[F0]@0|)))
      (a!69 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |page.mapping(shmem)[F0]@0|
                      |page.mapping(shmem)[F1]@0|)))
      (a!70 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@0|)
                      |page.mapping(shmem)[F0]@0|)))
      (a!76 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |PG_swapcache[F0]@0|
                      |PG_swapcache[F1]@0|)))
      (a!77 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_swapcache[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |PG_swapcache[F0]@0|)
                      |PG_swapcache[F0]@0|)))
      (a!83 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |PG_dirty[F0]@0|
                      |PG_dirty[F1]@0|)))
      (a!84 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_dirty[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |PG_dirty[F0]@0|)
                      |PG_dirty[F0]@0|)))
      (a!90 (ite (not (not (= migrate0.mapping_is_swapper@0 #x00)))
                 migrate0.newpage@0
                 shmem.i_pages@0))
      (a!92 (ite (and (= rule@0 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@0 #x00))
                      migrate0.newpage@0
                      swapper_space.i_pages@0)
                 swapper_space.i_pages@0))
      (a!94 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 #x00
                 (ite (and (= rule@0 #x0d) true) #x00 |PG_locked[F0]@0|)))
      (a!98 (ite (and (= rule@0 #x0c) (= migrate0.newpage@0 #x01))
                 #x00
                 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                      #x00
                      |PG_locked[F1]@0|)))
      (a!100 (ite (and (= rule@0 #x10) true)
                  #x01
                  (ite (and (= rule@0 #x11) true) #x09 migrate0.pc@0)))
      (a!109 (ite (and (= rule@0 #x0e) true)
                  #x00
                  (ite (and (= rule@0 #x0f) true) #x00 migrate0.isolated@0)))
      (a!111 (ite (and (= rule@0 #x0d) true)
                  #x02
                  (ite (and (= rule@0 #x0e) true) #x02 migrate0.newpage@0)))
      (a!113 (ite (and (= rule@0 #x0b) true)
                  #x01
                  (ite (and (= rule@0 #x11) true) #x00 migrate0.ok@0)))
      (a!115 (ite (and (= rule@0 #x04) true)
                  |PG_swapcache[F0]@0|
                  (ite (and (= rule@0 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@0)))
      (a!116 (= migrate0.pass@1
                (ite (and (= rule@0 #x10) true)
                     (bvadd migrate0.pass@0 #x01)
                     migrate0.pass@0))))
(let ((a!4 (and (= rule@0 #x03)
                (= migrate0.pc@0 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@0| |PG_locked[F1]@0|) #x00)))
      (a!9 (not (and (not (= |page.mapping(shmem)[F0]@0| #x00))
                     (= |folio.refcount[F0]@0| #x02)
                     a!8)))
      (a!15 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!13
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!13
                      a!14)))
      (a!17 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!13
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!13
                      |folio.used[F1]@0|)))
      (a!20 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!19))
      (a!26 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!25))
      (a!33 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!30
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!31
                      a!32)))
      (a!35 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!30
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!31
                      |PG_lru[F1]@0|)))
      (a!39 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!37
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!37
                      a!38)))
      (a!41 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!37
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!37
                      |PG_anon_exclusive[F1]@0|)))
      (a!45 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!43
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!43
                      a!44)))
      (a!47 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!43
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!43
                      |folio.mapping[F1]@0|)))
      (a!51 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!49
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!49
                      a!50)))
      (a!53 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!49
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!49
                      |folio.index[F1]@0|)))
      (a!57 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!55
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!55
                      a!56)))
      (a!60 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!55
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!55
                      |folio.data[F1]@0|)))
      (a!65 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!63
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!63
                      a!64)))
      (a!67 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!63
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!63
                      |folio.node[F1]@0|)))
      (a!71 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!69
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!69
                      a!70)))
      (a!74 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!69
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!69
                      |page.mapping(shmem)[F1]@0|)))
      (a!78 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!76
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!76
                      a!77)))
      (a!81 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!76
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!76
                      |PG_swapcache[F1]@0|)))
      (a!85 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!83
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!83
                      a!84)))
      (a!88 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!83
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!83
                      |PG_dirty[F1]@0|)))
      (a!91 (ite (and (= rule@0 #x05) true)
                 #x02
                 (ite (and (= rule@0 #x09) true) a!90 shmem.i_pages@0)))
      (a!93 (= swapper_space.i_pages@1
               (ite (and (= rule@0 #x05) true) #x00 a!92)))
      (a!95 (ite (and (= rule@0 #x0c) (= migrate0.newpage@0 #x00))
                 #x00
                 (ite (and (= rule@0 #x0c) true) #x00 a!94)))
      (a!99 (ite (and (= rule@0 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                      #x00
                      a!98)))
      (a!101 (ite (and (= rule@0 #x0e) true)
                  #x0a
                  (ite (and (= rule@0 #x0f) true) #x0a a!100)))
      (a!110 (= migrate0.isolated@1 (ite (and (= rule@0 #x00) true) #x01 a!109)))
      (a!112 (ite (and (= rule@0 #x03) true)
                  a!3
                  (ite (and (= rule@0 #x08) true) #x02 a!111)))
      (a!114 (ite (and (= rule@0 #x07) true)
                  #x00
                  (ite (and (= rule@0 #x0a) true) #x00 a!113))))
(let ((a!12 (or (and (= rule@0 #x00)
                     (= migrate0.pc@0 #x00)
                     (= |lru_lock[0]@0| #x00)
                     (not (= |folio.used[F0]@0| #x00))
                     (not (= |PG_lru[F0]@0| #x00)))
                (and (= rule@0 #x01) (= migrate0.pc@0 #x00) a!1)
                (and (= rule@0 #x02)
                     (= migrate0.pc@0 #x01)
                     (= |PG_locked[F0]@0| #x00))
                a!4
                a!5
                (and (= rule@0 #x05) false)
                (and (= rule@0 #x06) false)
                (and (= rule@0 #x07) (= migrate0.pc@0 #x03) a!6)
                (and (= rule@0 #x08) (= migrate0.pc@0 #x04))
                (and (= rule@0 #x09)
                     (= migrate0.pc@0 #x05)
                     (= (ite a!7
                             |&mapping->tree_lock.writer[shmem]@0|
                             |&mapping->tree_lock.writer[swapper_space]@0|)
                        #x00)
                     (= (ite a!7
                             |&mapping->tree_lock.readers[shmem]@0|
                             |&mapping->tree_lock.readers[swapper_space]@0|)
                        #x00)
                     (not (= |page.mapping(shmem)[F0]@0| #x00))
                     (= |folio.refcount[F0]@0| #x02)
                     a!8)
                (and (= rule@0 #x0a) (= migrate0.pc@0 #x05) a!9)
                (and (= rule@0 #x0b) (= migrate0.pc@0 #x06))
                (and (= rule@0 #x0c)
                     (= migrate0.pc@0 #x07)
                     (not (= migrate0.ok@0 #x00)))
                a!10
                (and (= rule@0 #x0e)
                     (= migrate0.pc@0 #x09)
                     (not (= migrate0.ok@0 #x00)))
                a!11
                (and (= rule@0 #x10)
                     (= migrate0.pc@0 #x08)
                     (bvult migrate0.pass@0 #x01))
                (and (= rule@0 #x11)
                     (= migrate0.pc@0 #x08)
                     (bvuge migrate0.pass@0 #x01))))
      (a!16 (ite (and (= rule@0 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      a!13
                      a!15)))
      (a!18 (ite (and (= rule@0 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                      a!13
                      a!17)))
      (a!21 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!20))
      (a!27 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x01))
                 (bvadd (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@0 #x00) true)
                 #x00
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      a!30
                      a!33)))
      (a!36 (= |PG_lru[F1]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01)) a!30 a!35)))
      (a!40 (= |PG_anon_exclusive[F0]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00)) a!37 a!39)))
      (a!42 (= |PG_anon_exclusive[F1]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01)) a!37 a!41)))
      (a!46 (= |folio.mapping[F0]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00)) a!43 a!45)))
      (a!48 (= |folio.mapping[F1]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01)) a!43 a!47)))
      (a!52 (= |folio.index[F0]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00)) a!49 a!51)))
      (a!54 (= |folio.index[F1]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01)) a!49 a!53)))
      (a!58 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                 a!55
                 (ite (and (= rule@0 #x0b) (= migrate0.newpage@0 #x00))
                      |folio.data[F0]@0|
                      a!57)))
      (a!61 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                 a!55
                 (ite (and (= rule@0 #x0b) (= migrate0.newpage@0 #x01))
                      |folio.data[F0]@0|
                      a!60)))
      (a!66 (ite (and (= rule@0 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@0|)
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      a!63
                      a!65)))
      (a!68 (ite (and (= rule@0 #x03) (= a!3 #x01))
                 (bvsub #x01 |folio.node[F0]@0|)
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                      a!63
                      a!67)))
      (a!72 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x00))
                 |page.mapping(shmem)[F0]@0|
                 (ite (and (= rule@0 #x0b) true) #x00 a!71)))
      (a!75 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                 a!69
                 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x01))
                      |page.mapping(shmem)[F0]@0|
                      a!74)))
      (a!79 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x00))
                 |PG_swapcache[F0]@0|
                 (ite (and (= rule@0 #x0b) true) #x00 a!78)))
      (a!82 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                 a!76
                 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x01))
                      |PG_swapcache[F0]@0|
                      a!81)))
      (a!86 (ite (and (= rule@0 #x0b) (= migrate0.newpage@0 #x00))
                 |PG_dirty[F0]@0|
                 (ite (and (= rule@0 #x0b) true) #x00 a!85)))
      (a!89 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                 a!83
                 (ite (and (= rule@0 #x0b) (= migrate0.newpage@0 #x01))
                      |PG_dirty[F0]@0|
                      a!88)))
      (a!96 (ite (and (= rule@0 #x05) true)
                 #x00
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      #x00
                      a!95)))
      (a!102 (ite (and (= rule@0 #x0c) true)
                  #x09
                  (ite (and (= rule@0 #x0d) true) #x08 a!101))))
(let ((a!22 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x00))
                 (bvadd (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 (ite (and (= rule@0 #x09) true)
                      (bvsub |folio.refcount[F0]@0| #x01)
                      a!21)))
      (a!28 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!27))
      (a!59 (= |folio.data[F0]@1|
               (ite (and (= rule@0 #x03) (= a!3 #x00)) #x00 a!58)))
      (a!62 (= |folio.data[F1]@1|
               (ite (and (= rule@0 #x03) (= a!3 #x01)) #x00 a!61)))
      (a!73 (ite (and (= rule@0 #x05) true)
                 #x00
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      a!69
                      a!72)))
      (a!80 (ite (and (= rule@0 #x05) true)
                 #x01
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      a!76
                      a!79)))
      (a!87 (ite (and (= rule@0 #x05) true)
                 #x01
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      a!83
                      a!86)))
      (a!97 (ite (and (= rule@0 #x02) true)
                 #x01
                 (ite (and (= rule@0 #x03) (= a!3 #x00)) #x01 a!96)))
      (a!103 (ite (and (= rule@0 #x0a) true)
                  #x07
                  (ite (and (= rule@0 #x0b) true) #x07 a!102))))
(let ((a!23 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!22))
      (a!29 (= |folio.refcount[F1]@1|
               (ite (and (= rule@0 #x03) (= a!3 #x01)) #x01 a!28)))
      (a!104 (ite (and (= rule@0 #x08) true)
                  #x08
                  (ite (and (= rule@0 #x09) true) #x06 a!103))))
(let ((a!24 (ite (and (= rule@0 #x00) true)
                 (bvadd |folio.refcount[F0]@0| #x01)
                 (ite (and (= rule@0 #x03) (= a!3 #x00)) #x01 a!23)))
      (a!105 (ite (and (= rule@0 #x06) true)
                  #x05
                  (ite (and (= rule@0 #x07) true) #x07 a!104))))
(let ((a!106 (ite (and (= rule@0 #x04) true)
                  #x05
                  (ite (and (= rule@0 #x05) true) #x04 a!105))))
(let ((a!107 (ite (and (= rule@0 #x02) true)
                  #x02
                  (ite (and (= rule@0 #x03) true) #x03 a!106))))
(let ((a!108 (ite (and (= rule@0 #x00) true)
                  #x01
                  (ite (and (= rule@0 #x01) true) #x0a a!107))))
  (and a!12
       (= |alive[P0]@1| |alive[P0]@0|)
       (= |pte[P0][0]@1| |pte[P0][0]@0|)
       (= |pte.folio[P0][0]@1| |pte.folio[P0][0]@0|)
       (= |pte.write[P0][0]@1| |pte.write[P0][0]@0|)
       (= |expected[P0][0]@1| |expected[P0][0]@0|)
       (= |anon_vma.list[av0][0]@1| |anon_vma.list[av0][0]@0|)
       (= |anon_vma.len[av0]@1| |anon_vma.len[av0]@0|)
       (= |anon_vma.refcount[av0]@1| |anon_vma.refcount[av0]@0|)
       (= |folio.used[F0]@1| a!16)
       (= |folio.used[F1]@1| a!18)
       (= |folio.refcount[F0]@1| a!24)
       a!29
       (= |folio.mapcount[F0]@1| |folio.mapcount[F0]@0|)
       (= |folio.mapcount[F1]@1| |folio.mapcount[F1]@0|)
       (= |PG_lru[F0]@1| a!34)
       a!36
       a!40
       a!42
       a!46
       a!48
       a!52
       a!54
       a!59
       a!62
       (= |folio.node[F0]@1| a!66)
       (= |folio.node[F1]@1| a!68)
       (= |page.mapping(shmem)[F0]@1| a!73)
       (= |page.mapping(shmem)[F1]@1| a!75)
       (= |PG_swapcache[F0]@1| a!80)
       (= |PG_swapcache[F1]@1| a!82)
       (= |PG_dirty[F0]@1| a!87)
       (= |PG_dirty[F1]@1| a!89)
       (= shmem.i_pages@1 a!91)
       a!93
       (= |&mm->mmap_lock.writer[P0]@1| |&mm->mmap_lock.writer[P0]@0|)
       (= |&mm->mmap_lock.readers[P0]@1| |&mm->mmap_lock.readers[P0]@0|)
       (= |&anon_vma->rwsem.writer[av0]@1| |&anon_vma->rwsem.writer[av0]@0|)
       (= |&anon_vma->rwsem.readers[av0]@1| |&anon_vma->rwsem.readers[av0]@0|)
       (= |ptlock_ptr(page)[P0]@1| |ptlock_ptr(page)[P0]@0|)
       (= |PG_locked[F0]@1| a!97)
       (= |PG_locked[F1]@1| a!99)
       (= |&mapping->tree_lock.writer[shmem]@1|
          |&mapping->tree_lock.writer[shmem]@0|)
       (= |&mapping->tree_lock.writer[swapper_space]@1|
          |&mapping->tree_lock.writer[swapper_space]@0|)
       (= |&mapping->tree_lock.readers[shmem]@1|
          |&mapping->tree_lock.readers[shmem]@0|)
       (= |&mapping->tree_lock.readers[swapper_space]@1|
          |&mapping->tree_lock.readers[swapper_space]@0|)
       (= |swap_lock[0]@1| |swap_lock[0]@0|)
       (= |&info->lock[0]@1| |&info->lock[0]@0|)
       (= |lru_lock[0]@1| |lru_lock[0]@0|)
       (= migrate0.pc@1 a!108)
       a!110
       (= migrate0.newpage@1 a!112)
       (= migrate0.ok@1 a!114)
       (= migrate0.mapping_is_swapper@1 a!115)
       a!116
       (bvule |alive[P0]@1| #x01)
       (bvule |pte[P0][0]@1| #x07)
       (bvule |pte.folio[P0][0]@1| #x01)
       (bvule |pte.write[P0][0]@1| #x01)
       (bvule |expected[P0][0]@1| #x01)
       (bvule |anon_vma.list[av0][0]@1| #x00)
       (bvule |anon_vma.len[av0]@1| #x01)
       (bvule |anon_vma.refcount[av0]@1| #x04)
       (bvule |folio.used[F0]@1| #x01)
       (bvule |folio.used[F1]@1| #x01)
       (bvule |folio.refcount[F0]@1| #x04)
       (bvule |folio.refcount[F1]@1| #x04)
       (bvule |folio.mapcount[F0]@1| #x02)
       (bvule |folio.mapcount[F1]@1| #x02)
       (bvule |PG_lru[F0]@1| #x01)
       (bvule |PG_lru[F1]@1| #x01)
       (bvule |PG_anon_exclusive[F0]@1| #x01)
       (bvule |PG_anon_exclusive[F1]@1| #x01)
       (bvule |folio.mapping[F0]@1| #x01)
       (bvule |folio.mapping[F1]@1| #x01)
       (bvule |folio.index[F0]@1| #x00)
       (bvule |folio.index[F1]@1| #x00)
       (bvule |folio.data[F0]@1| #x01)
       (bvule |folio.data[F1]@1| #x01)
       (bvule |folio.node[F0]@1| #x01)
       (bvule |folio.node[F1]@1| #x01)
       (bvule |page.mapping(shmem)[F0]@1| #x01)
       (bvule |page.mapping(shmem)[F1]@1| #x01)
       (bvule |PG_swapcache[F0]@1| #x01)
       (bvule |PG_swapcache[F1]@1| #x01)
       (bvule |PG_dirty[F0]@1| #x01)
       (bvule |PG_dirty[F1]@1| #x01)
       (bvule shmem.i_pages@1 #x02)
       (bvule swapper_space.i_pages@1 #x02)
       (bvule |&mm->mmap_lock.writer[P0]@1| #x01)
       (bvule |&mm->mmap_lock.readers[P0]@1| #x01)
       (bvule |&anon_vma->rwsem.writer[av0]@1| #x01)
       (bvule |&anon_vma->rwsem.readers[av0]@1| #x01)
       (bvule |ptlock_ptr(page)[P0]@1| #x01)
       (bvule |PG_locked[F0]@1| #x01)
       (bvule |PG_locked[F1]@1| #x01)
       (bvule |&mapping->tree_lock.writer[shmem]@1| #x01)
       (bvule |&mapping->tree_lock.writer[swapper_space]@1| #x01)
       (bvule |&mapping->tree_lock.readers[shmem]@1| #x01)
       (bvule |&mapping->tree_lock.readers[swapper_space]@1| #x01)
       (bvule |swap_lock[0]@1| #x01)
       (bvule |&info->lock[0]@1| #x01)
       (bvule |lru_lock[0]@1| #x01)
       (bvule migrate0.pc@1 #x0a)
       (bvule migrate0.isolated@1 #x01)
       (bvule migrate0.newpage@1 #x02)
       (bvule migrate0.ok@1 #x01)
       (bvule migrate0.mapping_is_swapper@1 #x01)
       (bvule migrate0.pass@1 #x01))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@1| #x00))
                     (not (= |PG_lru[F0]@1| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@1| #x00)))
               (not (not (= |folio.used[F1]@1| #x00)))))
      (a!3 (ite (not (not (= |folio.used[F0]@1| #x00))) #x00 #x01))
      (a!5 (and (= rule@1 #x04)
                (= migrate0.pc@1 #x03)
                (or (not (= |PG_swapcache[F0]@1| #x00))
                    (not (= |page.mapping(shmem)[F0]@1| #x00)))))
      (a!6 (not (or (not (= |PG_swapcache[F0]@1| #x00))
                    (not (= |page.mapping(shmem)[F0]@1| #x00)))))
      (a!7 (= (ite (not (= migrate0.mapping_is_swapper@1 #x00)) #x01 #x00) #x00))
      (a!8 (= (ite (not (= migrate0.mapping_is_swapper@1 #x00))
                   swapper_space.i_pages@1
                   shmem.i_pages@1)
              #x00))
      (a!10 (and (= rule@1 #x0d)
                 (= migrate0.pc@1 #x07)
                 (not (not (= migrate0.ok@1 #x00)))))
      (a!11 (and (= rule@1 #x0f)
                 (= migrate0.pc@1 #x09)
                 (not (not (= migrate0.ok@1 #x00)))))
      (a!13 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.used[F0]@1|
                      |folio.used[F1]@1|)))
      (a!14 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.used[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.used[F0]@1|)
                      |folio.used[F0]@1|)))
      (a!19 (ite (and (= rule@1 #x0e) true)
                 (bvsub |folio.refcount[F0]@1| #x01)
                 (ite (and (= rule@1 #x0f) true)
                      (bvsub |folio.refcount[F0]@1| #x01)
                      |folio.refcount[F0]@1|)))
      (a!25 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 |folio.refcount[F1]@1|))
      (a!30 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00) |PG_lru[F0]@1| |PG_lru[F1]@1|)))
      (a!31 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 #x01))
      (a!32 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_lru[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01) #x00 #x01)
                      |PG_lru[F0]@1|)))
      (a!37 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |PG_anon_exclusive[F0]@1|
                      |PG_anon_exclusive[F1]@1|)))
      (a!38 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@1|)
                      |PG_anon_exclusive[F0]@1|)))
      (a!43 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.mapping[F0]@1|
                      |folio.mapping[F1]@1|)))
      (a!44 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01)
                      #x01
                      |folio.mapping[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x01
                           |folio.mapping[F0]@1|)
                      |folio.mapping[F0]@1|)))
      (a!49 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.index[F0]@1|
                      |folio.index[F1]@1|)))
      (a!50 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.index[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.index[F0]@1|)
                      |folio.index[F0]@1|)))
      (a!55 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.data[F0]@1|
                      |folio.data[F1]@1|)))
      (a!56 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.data[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.data[F0]@1|)
                      |folio.data[F0]@1|)))
      (a!63 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.node[F0]@1|
                      |folio.node[F1]@1|)))
      (a!64 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.node[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.node[F0]@1|)
                      |folio.node[F0]@1|)))
      (a!69 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |page.mapping(shmem)[F0]@1|
                      |page.mapping(shmem)[F1]@1|)))
      (a!70 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@1|)
                      |page.mapping(shmem)[F0]@1|)))
      (a!76 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |PG_swapcache[F0]@1|
                      |PG_swapcache[F1]@1|)))
      (a!77 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_swapcache[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |PG_swapcache[F0]@1|)
                      |PG_swapcache[F0]@1|)))
      (a!83 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |PG_dirty[F0]@1|
                      |PG_dirty[F1]@1|)))
      (a!84 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_dirty[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |PG_dirty[F0]@1|)
                      |PG_dirty[F0]@1|)))
      (a!90 (ite (not (not (= migrate0.mapping_is_swapper@1 #x00)))
                 migrate0.newpage@1
                 shmem.i_pages@1))
      (a!92 (ite (and (= rule@1 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@1 #x00))
                      migrate0.newpage@1
                      swapper_space.i_pages@1)
                 swapper_space.i_pages@1))
      (a!94 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 #x00
                 (ite (and (= rule@1 #x0d) true) #x00 |PG_locked[F0]@1|)))
      (a!98 (ite (and (= rule@1 #x0c) (= migrate0.newpage@1 #x01))
                 #x00
                 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                      #x00
                      |PG_locked[F1]@1|)))
      (a!100 (ite (and (= rule@1 #x10) true)
                  #x01
                  (ite (and (= rule@1 #x11) true) #x09 migrate0.pc@1)))
      (a!109 (ite (and (= rule@1 #x0e) true)
                  #x00
                  (ite (and (= rule@1 #x0f) true) #x00 migrate0.isolated@1)))
      (a!111 (ite (and (= rule@1 #x0d) true)
                  #x02
                  (ite (and (= rule@1 #x0e) true) #x02 migrate0.newpage@1)))
      (a!113 (ite (and (= rule@1 #x0b) true)
                  #x01
                  (ite (and (= rule@1 #x11) true) #x00 migrate0.ok@1)))
      (a!115 (ite (and (= rule@1 #x04) true)
                  |PG_swapcache[F0]@1|
                  (ite (and (= rule@1 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@1)))
      (a!116 (= migrate0.pass@2
                (ite (and (= rule@1 #x10) true)
                     (bvadd migrate0.pass@1 #x01)
                     migrate0.pass@1))))
(let ((a!4 (and (= rule@1 #x03)
                (= migrate0.pc@1 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@1| |PG_locked[F1]@1|) #x00)))
      (a!9 (not (and (not (= |page.mapping(shmem)[F0]@1| #x00))
                     (= |folio.refcount[F0]@1| #x02)
                     a!8)))
      (a!15 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!13
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!13
                      a!14)))
      (a!17 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!13
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!13
                      |folio.used[F1]@1|)))
      (a!20 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!19))
      (a!26 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!25))
      (a!33 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!30
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!31
                      a!32)))
      (a!35 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!30
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!31
                      |PG_lru[F1]@1|)))
      (a!39 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!37
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!37
                      a!38)))
      (a!41 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!37
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!37
                      |PG_anon_exclusive[F1]@1|)))
      (a!45 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!43
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!43
                      a!44)))
      (a!47 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!43
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!43
                      |folio.mapping[F1]@1|)))
      (a!51 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!49
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!49
                      a!50)))
      (a!53 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!49
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!49
                      |folio.index[F1]@1|)))
      (a!57 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!55
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!55
                      a!56)))
      (a!60 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!55
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!55
                      |folio.data[F1]@1|)))
      (a!65 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!63
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!63
                      a!64)))
      (a!67 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!63
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!63
                      |folio.node[F1]@1|)))
      (a!71 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!69
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!69
                      a!70)))
      (a!74 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!69
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!69
                      |page.mapping(shmem)[F1]@1|)))
      (a!78 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!76
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!76
                      a!77)))
      (a!81 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!76
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!76
                      |PG_swapcache[F1]@1|)))
      (a!85 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!83
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!83
                      a!84)))
      (a!88 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!83
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!83
                      |PG_dirty[F1]@1|)))
      (a!91 (ite (and (= rule@1 #x05) true)
                 #x02
                 (ite (and (= rule@1 #x09) true) a!90 shmem.i_pages@1)))
      (a!93 (= swapper_space.i_pages@2
               (ite (and (= rule@1 #x05) true) #x00 a!92)))
      (a!95 (ite (and (= rule@1 #x0c) (= migrate0.newpage@1 #x00))
                 #x00
                 (ite (and (= rule@1 #x0c) true) #x00 a!94)))
      (a!99 (ite (and (= rule@1 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                      #x00
                      a!98)))
      (a!101 (ite (and (= rule@1 #x0e) true)
                  #x0a
                  (ite (and (= rule@1 #x0f) true) #x0a a!100)))
      (a!110 (= migrate0.isolated@2 (ite (and (= rule@1 #x00) true) #x01 a!109)))
      (a!112 (ite (and (= rule@1 #x03) true)
                  a!3
                  (ite (and (= rule@1 #x08) true) #x02 a!111)))
      (a!114 (ite (and (= rule@1 #x07) true)
                  #x00
                  (ite (and (= rule@1 #x0a) true) #x00 a!113))))
(let ((a!12 (or (and (= rule@1 #x00)
                     (= migrate0.pc@1 #x00)
                     (= |lru_lock[0]@1| #x00)
                     (not (= |folio.used[F0]@1| #x00))
                     (not (= |PG_lru[F0]@1| #x00)))
                (and (= rule@1 #x01) (= migrate0.pc@1 #x00) a!1)
                (and (= rule@1 #x02)
                     (= migrate0.pc@1 #x01)
                     (= |PG_locked[F0]@1| #x00))
                a!4
                a!5
                (and (= rule@1 #x05) false)
                (and (= rule@1 #x06) false)
                (and (= rule@1 #x07) (= migrate0.pc@1 #x03) a!6)
                (and (= rule@1 #x08) (= migrate0.pc@1 #x04))
                (and (= rule@1 #x09)
                     (= migrate0.pc@1 #x05)
                     (= (ite a!7
                             |&mapping->tree_lock.writer[shmem]@1|
                             |&mapping->tree_lock.writer[swapper_space]@1|)
                        #x00)
                     (= (ite a!7
                             |&mapping->tree_lock.readers[shmem]@1|
                             |&mapping->tree_lock.readers[swapper_space]@1|)
                        #x00)
                     (not (= |page.mapping(shmem)[F0]@1| #x00))
                     (= |folio.refcount[F0]@1| #x02)
                     a!8)
                (and (= rule@1 #x0a) (= migrate0.pc@1 #x05) a!9)
                (and (= rule@1 #x0b) (= migrate0.pc@1 #x06))
                (and (= rule@1 #x0c)
                     (= migrate0.pc@1 #x07)
                     (not (= migrate0.ok@1 #x00)))
                a!10
                (and (= rule@1 #x0e)
                     (= migrate0.pc@1 #x09)
                     (not (= migrate0.ok@1 #x00)))
                a!11
                (and (= rule@1 #x10)
                     (= migrate0.pc@1 #x08)
                     (bvult migrate0.pass@1 #x01))
                (and (= rule@1 #x11)
                     (= migrate0.pc@1 #x08)
                     (bvuge migrate0.pass@1 #x01))))
      (a!16 (ite (and (= rule@1 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      a!13
                      a!15)))
      (a!18 (ite (and (= rule@1 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                      a!13
                      a!17)))
      (a!21 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!20))
      (a!27 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x01))
                 (bvadd (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@1 #x00) true)
                 #x00
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      a!30
                      a!33)))
      (a!36 (= |PG_lru[F1]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01)) a!30 a!35)))
      (a!40 (= |PG_anon_exclusive[F0]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00)) a!37 a!39)))
      (a!42 (= |PG_anon_exclusive[F1]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01)) a!37 a!41)))
      (a!46 (= |folio.mapping[F0]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00)) a!43 a!45)))
      (a!48 (= |folio.mapping[F1]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01)) a!43 a!47)))
      (a!52 (= |folio.index[F0]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00)) a!49 a!51)))
      (a!54 (= |folio.index[F1]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01)) a!49 a!53)))
      (a!58 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                 a!55
                 (ite (and (= rule@1 #x0b) (= migrate0.newpage@1 #x00))
                      |folio.data[F0]@1|
                      a!57)))
      (a!61 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                 a!55
                 (ite (and (= rule@1 #x0b) (= migrate0.newpage@1 #x01))
                      |folio.data[F0]@1|
                      a!60)))
      (a!66 (ite (and (= rule@1 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@1|)
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      a!63
                      a!65)))
      (a!68 (ite (and (= rule@1 #x03) (= a!3 #x01))
                 (bvsub #x01 |folio.node[F0]@1|)
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                      a!63
                      a!67)))
      (a!72 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x00))
                 |page.mapping(shmem)[F0]@1|
                 (ite (and (= rule@1 #x0b) true) #x00 a!71)))
      (a!75 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                 a!69
                 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x01))
                      |page.mapping(shmem)[F0]@1|
                      a!74)))
      (a!79 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x00))
                 |PG_swapcache[F0]@1|
                 (ite (and (= rule@1 #x0b) true) #x00 a!78)))
      (a!82 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                 a!76
                 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x01))
                      |PG_swapcache[F0]@1|
                      a!81)))
      (a!86 (ite (and (= rule@1 #x0b) (= migrate0.newpage@1 #x00))
                 |PG_dirty[F0]@1|
                 (ite (and (= rule@1 #x0b) true) #x00 a!85)))
      (a!89 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                 a!83
                 (ite (and (= rule@1 #x0b) (= migrate0.newpage@1 #x01))
                      |PG_dirty[F0]@1|
                      a!88)))
      (a!96 (ite (and (= rule@1 #x05) true)
                 #x00
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      #x00
                      a!95)))
      (a!102 (ite (and (= rule@1 #x0c) true)
                  #x09
                  (ite (and (= rule@1 #x0d) true) #x08 a!101))))
(let ((a!22 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x00))
                 (bvadd (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 (ite (and (= rule@1 #x09) true)
                      (bvsub |folio.refcount[F0]@1| #x01)
                      a!21)))
      (a!28 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!27))
      (a!59 (= |folio.data[F0]@2|
               (ite (and (= rule@1 #x03) (= a!3 #x00)) #x00 a!58)))
      (a!62 (= |folio.data[F1]@2|
               (ite (and (= rule@1 #x03) (= a!3 #x01)) #x00 a!61)))
      (a!73 (ite (and (= rule@1 #x05) true)
                 #x00
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      a!69
                      a!72)))
      (a!80 (ite (and (= rule@1 #x05) true)
                 #x01
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      a!76
                      a!79)))
      (a!87 (ite (and (= rule@1 #x05) true)
                 #x01
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      a!83
                      a!86)))
      (a!97 (ite (and (= rule@1 #x02) true)
                 #x01
                 (ite (and (= rule@1 #x03) (= a!3 #x00)) #x01 a!96)))
      (a!103 (ite (and (= rule@1 #x0a) true)
                  #x07
                  (ite (and (= rule@1 #x0b) true) #x07 a!102))))
(let ((a!23 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!22))
      (a!29 (= |folio.refcount[F1]@2|
               (ite (and (= rule@1 #x03) (= a!3 #x01)) #x01 a!28)))
      (a!104 (ite (and (= rule@1 #x08) true)
                  #x08
                  (ite (and (= rule@1 #x09) true) #x06 a!103))))
(let ((a!24 (ite (and (= rule@1 #x00) true)
                 (bvadd |folio.refcount[F0]@1| #x01)
                 (ite (and (= rule@1 #x03) (= a!3 #x00)) #x01 a!23)))
      (a!105 (ite (and (= rule@1 #x06) true)
                  #x05
                  (ite (and (= rule@1 #x07) true) #x07 a!104))))
(let ((a!106 (ite (and (= rule@1 #x04) true)
                  #x05
                  (ite (and (= rule@1 #x05) true) #x04 a!105))))
(let ((a!107 (ite (and (= rule@1 #x02) true)
                  #x02
                  (ite (and (= rule@1 #x03) true) #x03 a!106))))
(let ((a!108 (ite (and (= rule@1 #x00) true)
                  #x01
                  (ite (and (= rule@1 #x01) true) #x0a a!107))))
  (and a!12
       (= |alive[P0]@2| |alive[P0]@1|)
       (= |pte[P0][0]@2| |pte[P0][0]@1|)
       (= |pte.folio[P0][0]@2| |pte.folio[P0][0]@1|)
       (= |pte.write[P0][0]@2| |pte.write[P0][0]@1|)
       (= |expected[P0][0]@2| |expected[P0][0]@1|)
       (= |anon_vma.list[av0][0]@2| |anon_vma.list[av0][0]@1|)
       (= |anon_vma.len[av0]@2| |anon_vma.len[av0]@1|)
       (= |anon_vma.refcount[av0]@2| |anon_vma.refcount[av0]@1|)
       (= |folio.used[F0]@2| a!16)
       (= |folio.used[F1]@2| a!18)
       (= |folio.refcount[F0]@2| a!24)
       a!29
       (= |folio.mapcount[F0]@2| |folio.mapcount[F0]@1|)
       (= |folio.mapcount[F1]@2| |folio.mapcount[F1]@1|)
       (= |PG_lru[F0]@2| a!34)
       a!36
       a!40
       a!42
       a!46
       a!48
       a!52
       a!54
       a!59
       a!62
       (= |folio.node[F0]@2| a!66)
       (= |folio.node[F1]@2| a!68)
       (= |page.mapping(shmem)[F0]@2| a!73)
       (= |page.mapping(shmem)[F1]@2| a!75)
       (= |PG_swapcache[F0]@2| a!80)
       (= |PG_swapcache[F1]@2| a!82)
       (= |PG_dirty[F0]@2| a!87)
       (= |PG_dirty[F1]@2| a!89)
       (= shmem.i_pages@2 a!91)
       a!93
       (= |&mm->mmap_lock.writer[P0]@2| |&mm->mmap_lock.writer[P0]@1|)
       (= |&mm->mmap_lock.readers[P0]@2| |&mm->mmap_lock.readers[P0]@1|)
       (= |&anon_vma->rwsem.writer[av0]@2| |&anon_vma->rwsem.writer[av0]@1|)
       (= |&anon_vma->rwsem.readers[av0]@2| |&anon_vma->rwsem.readers[av0]@1|)
       (= |ptlock_ptr(page)[P0]@2| |ptlock_ptr(page)[P0]@1|)
       (= |PG_locked[F0]@2| a!97)
       (= |PG_locked[F1]@2| a!99)
       (= |&mapping->tree_lock.writer[shmem]@2|
          |&mapping->tree_lock.writer[shmem]@1|)
       (= |&mapping->tree_lock.writer[swapper_space]@2|
          |&mapping->tree_lock.writer[swapper_space]@1|)
       (= |&mapping->tree_lock.readers[shmem]@2|
          |&mapping->tree_lock.readers[shmem]@1|)
       (= |&mapping->tree_lock.readers[swapper_space]@2|
          |&mapping->tree_lock.readers[swapper_space]@1|)
       (= |swap_lock[0]@2| |swap_lock[0]@1|)
       (= |&info->lock[0]@2| |&info->lock[0]@1|)
       (= |lru_lock[0]@2| |lru_lock[0]@1|)
       (= migrate0.pc@2 a!108)
       a!110
       (= migrate0.newpage@2 a!112)
       (= migrate0.ok@2 a!114)
       (= migrate0.mapping_is_swapper@2 a!115)
       a!116
       (bvule |alive[P0]@2| #x01)
       (bvule |pte[P0][0]@2| #x07)
       (bvule |pte.folio[P0][0]@2| #x01)
       (bvule |pte.write[P0][0]@2| #x01)
       (bvule |expected[P0][0]@2| #x01)
       (bvule |anon_vma.list[av0][0]@2| #x00)
       (bvule |anon_vma.len[av0]@2| #x01)
       (bvule |anon_vma.refcount[av0]@2| #x04)
       (bvule |folio.used[F0]@2| #x01)
       (bvule |folio.used[F1]@2| #x01)
       (bvule |folio.refcount[F0]@2| #x04)
       (bvule |folio.refcount[F1]@2| #x04)
       (bvule |folio.mapcount[F0]@2| #x02)
       (bvule |folio.mapcount[F1]@2| #x02)
       (bvule |PG_lru[F0]@2| #x01)
       (bvule |PG_lru[F1]@2| #x01)
       (bvule |PG_anon_exclusive[F0]@2| #x01)
       (bvule |PG_anon_exclusive[F1]@2| #x01)
       (bvule |folio.mapping[F0]@2| #x01)
       (bvule |folio.mapping[F1]@2| #x01)
       (bvule |folio.index[F0]@2| #x00)
       (bvule |folio.index[F1]@2| #x00)
       (bvule |folio.data[F0]@2| #x01)
       (bvule |folio.data[F1]@2| #x01)
       (bvule |folio.node[F0]@2| #x01)
       (bvule |folio.node[F1]@2| #x01)
       (bvule |page.mapping(shmem)[F0]@2| #x01)
       (bvule |page.mapping(shmem)[F1]@2| #x01)
       (bvule |PG_swapcache[F0]@2| #x01)
       (bvule |PG_swapcache[F1]@2| #x01)
       (bvule |PG_dirty[F0]@2| #x01)
       (bvule |PG_dirty[F1]@2| #x01)
       (bvule shmem.i_pages@2 #x02)
       (bvule swapper_space.i_pages@2 #x02)
       (bvule |&mm->mmap_lock.writer[P0]@2| #x01)
       (bvule |&mm->mmap_lock.readers[P0]@2| #x01)
       (bvule |&anon_vma->rwsem.writer[av0]@2| #x01)
       (bvule |&anon_vma->rwsem.readers[av0]@2| #x01)
       (bvule |ptlock_ptr(page)[P0]@2| #x01)
       (bvule |PG_locked[F0]@2| #x01)
       (bvule |PG_locked[F1]@2| #x01)
       (bvule |&mapping->tree_lock.writer[shmem]@2| #x01)
       (bvule |&mapping->tree_lock.writer[swapper_space]@2| #x01)
       (bvule |&mapping->tree_lock.readers[shmem]@2| #x01)
       (bvule |&mapping->tree_lock.readers[swapper_space]@2| #x01)
       (bvule |swap_lock[0]@2| #x01)
       (bvule |&info->lock[0]@2| #x01)
       (bvule |lru_lock[0]@2| #x01)
       (bvule migrate0.pc@2 #x0a)
       (bvule migrate0.isolated@2 #x01)
       (bvule migrate0.newpage@2 #x02)
       (bvule migrate0.ok@2 #x01)
       (bvule migrate0.mapping_is_swapper@2 #x01)
       (bvule migrate0.pass@2 #x01))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@2| #x00))
                     (not (= |PG_lru[F0]@2| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@2| #x00)))
               (not (not (= |folio.used[F1]@2| #x00)))))
      (a!3 (ite (not (not (= |folio.used[F0]@2| #x00))) #x00 #x01))
      (a!5 (and (= rule@2 #x04)
                (= migrate0.pc@2 #x03)
                (or (not (= |PG_swapcache[F0]@2| #x00))
                    (not (= |page.mapping(shmem)[F0]@2| #x00)))))
      (a!6 (not (or (not (= |PG_swapcache[F0]@2| #x00))
                    (not (= |page.mapping(shmem)[F0]@2| #x00)))))
      (a!7 (= (ite (not (= migrate0.mapping_is_swapper@2 #x00)) #x01 #x00) #x00))
      (a!8 (= (ite (not (= migrate0.mapping_is_swapper@2 #x00))
                   swapper_space.i_pages@2
                   shmem.i_pages@2)
              #x00))
      (a!10 (and (= rule@2 #x0d)
                 (= migrate0.pc@2 #x07)
                 (not (not (= migrate0.ok@2 #x00)))))
      (a!11 (and (= rule@2 #x0f)
                 (= migrate0.pc@2 #x09)
                 (not (not (= migrate0.ok@2 #x00)))))
      (a!13 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.used[F0]@2|
                      |folio.used[F1]@2|)))
      (a!14 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.used[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.used[F0]@2|)
                      |folio.used[F0]@2|)))
      (a!19 (ite (and (= rule@2 #x0e) true)
                 (bvsub |folio.refcount[F0]@2| #x01)
                 (ite (and (= rule@2 #x0f) true)
                      (bvsub |folio.refcount[F0]@2| #x01)
                      |folio.refcount[F0]@2|)))
      (a!25 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 |folio.refcount[F1]@2|))
      (a!30 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00) |PG_lru[F0]@2| |PG_lru[F1]@2|)))
      (a!31 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 #x01))
      (a!32 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_lru[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01) #x00 #x01)
                      |PG_lru[F0]@2|)))
      (a!37 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |PG_anon_exclusive[F0]@2|
                      |PG_anon_exclusive[F1]@2|)))
      (a!38 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@2|)
                      |PG_anon_exclusive[F0]@2|)))
      (a!43 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.mapping[F0]@2|
                      |folio.mapping[F1]@2|)))
      (a!44 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01)
                      #x01
                      |folio.mapping[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x01
                           |folio.mapping[F0]@2|)
                      |folio.mapping[F0]@2|)))
      (a!49 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.index[F0]@2|
                      |folio.index[F1]@2|)))
      (a!50 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.index[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.index[F0]@2|)
                      |folio.index[F0]@2|)))
      (a!55 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.data[F0]@2|
                      |folio.data[F1]@2|)))
      (a!56 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.data[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.data[F0]@2|)
                      |folio.data[F0]@2|)))
      (a!63 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.node[F0]@2|
                      |folio.node[F1]@2|)))
      (a!64 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.node[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.node[F0]@2|)
                      |folio.node[F0]@2|)))
      (a!69 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |page.mapping(shmem)[F0]@2|
                      |page.mapping(shmem)[F1]@2|)))
      (a!70 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@2|)
                      |page.mapping(shmem)[F0]@2|)))
      (a!76 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |PG_swapcache[F0]@2|
                      |PG_swapcache[F1]@2|)))
      (a!77 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_swapcache[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |PG_swapcache[F0]@2|)
                      |PG_swapcache[F0]@2|)))
      (a!83 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |PG_dirty[F0]@2|
                      |PG_dirty[F1]@2|)))
      (a!84 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_dirty[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |PG_dirty[F0]@2|)
                      |PG_dirty[F0]@2|)))
      (a!90 (ite (not (not (= migrate0.mapping_is_swapper@2 #x00)))
                 migrate0.newpage@2
                 shmem.i_pages@2))
      (a!92 (ite (and (= rule@2 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@2 #x00))
                      migrate0.newpage@2
                      swapper_space.i_pages@2)
                 swapper_space.i_pages@2))
      (a!94 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 #x00
                 (ite (and (= rule@2 #x0d) true) #x00 |PG_locked[F0]@2|)))
      (a!98 (ite (and (= rule@2 #x0c) (= migrate0.newpage@2 #x01))
                 #x00
                 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                      #x00
                      |PG_locked[F1]@2|)))
      (a!100 (ite (and (= rule@2 #x10) true)
                  #x01
                  (ite (and (= rule@2 #x11) true) #x09 migrate0.pc@2)))
      (a!109 (ite (and (= rule@2 #x0e) true)
                  #x00
                  (ite (and (= rule@2 #x0f) true) #x00 migrate0.isolated@2)))
      (a!111 (ite (and (= rule@2 #x0d) true)
                  #x02
                  (ite (and (= rule@2 #x0e) true) #x02 migrate0.newpage@2)))
      (a!113 (ite (and (= rule@2 #x0b) true)
                  #x01
                  (ite (and (= rule@2 #x11) true) #x00 migrate0.ok@2)))
      (a!115 (ite (and (= rule@2 #x04) true)
                  |PG_swapcache[F0]@2|
                  (ite (and (= rule@2 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@2)))
      (a!116 (= migrate0.pass@3
                (ite (and (= rule@2 #x10) true)
                     (bvadd migrate0.pass@2 #x01)
                     migrate0.pass@2))))
(let ((a!4 (and (= rule@2 #x03)
                (= migrate0.pc@2 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@2| |PG_locked[F1]@2|) #x00)))
      (a!9 (not (and (not (= |page.mapping(shmem)[F0]@2| #x00))
                     (= |folio.refcount[F0]@2| #x02)
                     a!8)))
      (a!15 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!13
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!13
                      a!14)))
      (a!17 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!13
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!13
                      |folio.used[F1]@2|)))
      (a!20 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!19))
      (a!26 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!25))
      (a!33 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!30
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!31
                      a!32)))
      (a!35 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!30
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!31
                      |PG_lru[F1]@2|)))
      (a!39 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!37
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!37
                      a!38)))
      (a!41 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!37
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!37
                      |PG_anon_exclusive[F1]@2|)))
      (a!45 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!43
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!43
                      a!44)))
      (a!47 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!43
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!43
                      |folio.mapping[F1]@2|)))
      (a!51 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!49
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!49
                      a!50)))
      (a!53 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!49
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!49
                      |folio.index[F1]@2|)))
      (a!57 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!55
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!55
                      a!56)))
      (a!60 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!55
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!55
                      |folio.data[F1]@2|)))
      (a!65 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!63
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!63
                      a!64)))
      (a!67 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!63
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!63
                      |folio.node[F1]@2|)))
      (a!71 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!69
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!69
                      a!70)))
      (a!74 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!69
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!69
                      |page.mapping(shmem)[F1]@2|)))
      (a!78 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!76
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!76
                      a!77)))
      (a!81 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!76
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!76
                      |PG_swapcache[F1]@2|)))
      (a!85 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!83
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!83
                      a!84)))
      (a!88 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!83
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!83
                      |PG_dirty[F1]@2|)))
      (a!91 (ite (and (= rule@2 #x05) true)
                 #x02
                 (ite (and (= rule@2 #x09) true) a!90 shmem.i_pages@2)))
      (a!93 (= swapper_space.i_pages@3
               (ite (and (= rule@2 #x05) true) #x00 a!92)))
      (a!95 (ite (and (= rule@2 #x0c) (= migrate0.newpage@2 #x00))
                 #x00
                 (ite (and (= rule@2 #x0c) true) #x00 a!94)))
      (a!99 (ite (and (= rule@2 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                      #x00
                      a!98)))
      (a!101 (ite (and (= rule@2 #x0e) true)
                  #x0a
                  (ite (and (= rule@2 #x0f) true) #x0a a!100)))
      (a!110 (= migrate0.isolated@3 (ite (and (= rule@2 #x00) true) #x01 a!109)))
      (a!112 (ite (and (= rule@2 #x03) true)
                  a!3
                  (ite (and (= rule@2 #x08) true) #x02 a!111)))
      (a!114 (ite (and (= rule@2 #x07) true)
                  #x00
                  (ite (and (= rule@2 #x0a) true) #x00 a!113))))
(let ((a!12 (or (and (= rule@2 #x00)
                     (= migrate0.pc@2 #x00)
                     (= |lru_lock[0]@2| #x00)
                     (not (= |folio.used[F0]@2| #x00))
                     (not (= |PG_lru[F0]@2| #x00)))
                (and (= rule@2 #x01) (= migrate0.pc@2 #x00) a!1)
                (and (= rule@2 #x02)
                     (= migrate0.pc@2 #x01)
                     (= |PG_locked[F0]@2| #x00))
                a!4
                a!5
                (and (= rule@2 #x05) false)
                (and (= rule@2 #x06) false)
                (and (= rule@2 #x07) (= migrate0.pc@2 #x03) a!6)
                (and (= rule@2 #x08) (= migrate0.pc@2 #x04))
                (and (= rule@2 #x09)
                     (= migrate0.pc@2 #x05)
                     (= (ite a!7
                             |&mapping->tree_lock.writer[shmem]@2|
                             |&mapping->tree_lock.writer[swapper_space]@2|)
                        #x00)
                     (= (ite a!7
                             |&mapping->tree_lock.readers[shmem]@2|
                             |&mapping->tree_lock.readers[swapper_space]@2|)
                        #x00)
                     (not (= |page.mapping(shmem)[F0]@2| #x00))
                     (= |folio.refcount[F0]@2| #x02)
                     a!8)
                (and (= rule@2 #x0a) (= migrate0.pc@2 #x05) a!9)
                (and (= rule@2 #x0b) (= migrate0.pc@2 #x06))
                (and (= rule@2 #x0c)
                     (= migrate0.pc@2 #x07)
                     (not (= migrate0.ok@2 #x00)))
                a!10
                (and (= rule@2 #x0e)
                     (= migrate0.pc@2 #x09)
                     (not (= migrate0.ok@2 #x00)))
                a!11
                (and (= rule@2 #x10)
                     (= migrate0.pc@2 #x08)
                     (bvult migrate0.pass@2 #x01))
                (and (= rule@2 #x11)
                     (= migrate0.pc@2 #x08)
                     (bvuge migrate0.pass@2 #x01))))
      (a!16 (ite (and (= rule@2 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      a!13
                      a!15)))
      (a!18 (ite (and (= rule@2 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                      a!13
                      a!17)))
      (a!21 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!20))
      (a!27 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x01))
                 (bvadd (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@2 #x00) true)
                 #x00
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      a!30
                      a!33)))
      (a!36 (= |PG_lru[F1]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01)) a!30 a!35)))
      (a!40 (= |PG_anon_exclusive[F0]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00)) a!37 a!39)))
      (a!42 (= |PG_anon_exclusive[F1]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01)) a!37 a!41)))
      (a!46 (= |folio.mapping[F0]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00)) a!43 a!45)))
      (a!48 (= |folio.mapping[F1]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01)) a!43 a!47)))
      (a!52 (= |folio.index[F0]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00)) a!49 a!51)))
      (a!54 (= |folio.index[F1]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01)) a!49 a!53)))
      (a!58 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                 a!55
                 (ite (and (= rule@2 #x0b) (= migrate0.newpage@2 #x00))
                      |folio.data[F0]@2|
                      a!57)))
      (a!61 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                 a!55
                 (ite (and (= rule@2 #x0b) (= migrate0.newpage@2 #x01))
                      |folio.data[F0]@2|
                      a!60)))
      (a!66 (ite (and (= rule@2 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@2|)
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      a!63
                      a!65)))
      (a!68 (ite (and (= rule@2 #x03) (= a!3 #x01))
                 (bvsub #x01 |folio.node[F0]@2|)
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                      a!63
                      a!67)))
      (a!72 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x00))
                 |page.mapping(shmem)[F0]@2|
                 (ite (and (= rule@2 #x0b) true) #x00 a!71)))
      (a!75 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                 a!69
                 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x01))
                      |page.mapping(shmem)[F0]@2|
                      a!74)))
      (a!79 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x00))
                 |PG_swapcache[F0]@2|
                 (ite (and (= rule@2 #x0b) true) #x00 a!78)))
      (a!82 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                 a!76
                 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x01))
                      |PG_swapcache[F0]@2|
                      a!81)))
      (a!86 (ite (and (= rule@2 #x0b) (= migrate0.newpage@2 #x00))
                 |PG_dirty[F0]@2|
                 (ite (and (= rule@2 #x0b) true) #x00 a!85)))
      (a!89 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                 a!83
                 (ite (and (= rule@2 #x0b) (= migrate0.newpage@2 #x01))
                      |PG_dirty[F0]@2|
                      a!88)))
      (a!96 (ite (and (= rule@2 #x05) true)
                 #x00
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      #x00
                      a!95)))
      (a!102 (ite (and (= rule@2 #x0c) true)
                  #x09
                  (ite (and (= rule@2 #x0d) true) #x08 a!101))))
(let ((a!22 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x00))
                 (bvadd (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 (ite (and (= rule@2 #x09) true)
                      (bvsub |folio.refcount[F0]@2| #x01)
                      a!21)))
      (a!28 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!27))
      (a!59 (= |folio.data[F0]@3|
               (ite (and (= rule@2 #x03) (= a!3 #x00)) #x00 a!58)))
      (a!62 (= |folio.data[F1]@3|
               (ite (and (= rule@2 #x03) (= a!3 #x01)) #x00 a!61)))
      (a!73 (ite (and (= rule@2 #x05) true)
                 #x00
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      a!69
                      a!72)))
      (a!80 (ite (and (= rule@2 #x05) true)
                 #x01
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      a!76
                      a!79)))
      (a!87 (ite (and (= rule@2 #x05) true)
                 #x01
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      a!83
                      a!86)))
      (a!97 (ite (and (= rule@2 #x02) true)
                 #x01
                 (ite (and (= rule@2 #x03) (= a!3 #x00)) #x01 a!96)))
      (a!103 (ite (and (= rule@2 #x0a) true)
                  #x07
                  (ite (and (= rule@2 #x0b) true) #x07 a!102))))
(let ((a!23 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!22))
      (a!29 (= |folio.refcount[F1]@3|
               (ite (and (= rule@2 #x03) (= a!3 #x01)) #x01 a!28)))
      (a!104 (ite (and (= rule@2 #x08) true)
                  #x08
                  (ite (and (= rule@2 #x09) true) #x06 a!103))))
(let ((a!24 (ite (and (= rule@2 #x00) true)
                 (bvadd |folio.refcount[F0]@2| #x01)
                 (ite (and (= rule@2 #x03) (= a!3 #x00)) #x01 a!23)))
      (a!105 (ite (and (= rule@2 #x06) true)
                  #x05
                  (ite (and (= rule@2 #x07) true) #x07 a!104))))
(let ((a!106 (ite (and (= rule@2 #x04) true)
                  #x05
                  (ite (and (= rule@2 #x05) true) #x04 a!105))))
(let ((a!107 (ite (and (= rule@2 #x02) true)
                  #x02
                  (ite (and (= rule@2 #x03) true) #x03 a!106))))
(let ((a!108 (ite (and (= rule@2 #x00) true)
                  #x01
                  (ite (and (= rule@2 #x01) true) #x0a a!107))))
  (and a!12
       (= |alive[P0]@3| |alive[P0]@2|)
       (= |pte[P0][0]@3| |pte[P0][0]@2|)
       (= |pte.folio[P0][0]@3| |pte.folio[P0][0]@2|)
       (= |pte.write[P0][0]@3| |pte.write[P0][0]@2|)
       (= |expected[P0][0]@3| |expected[P0][0]@2|)
       (= |anon_vma.list[av0][0]@3| |anon_vma.list[av0][0]@2|)
       (= |anon_vma.len[av0]@3| |anon_vma.len[av0]@2|)
       (= |anon_vma.refcount[av0]@3| |anon_vma.refcount[av0]@2|)
       (= |folio.used[F0]@3| a!16)
       (= |folio.used[F1]@3| a!18)
       (= |folio.refcount[F0]@3| a!24)
       a!29
       (= |folio.mapcount[F0]@3| |folio.mapcount[F0]@2|)
       (= |folio.mapcount[F1]@3| |folio.mapcount[F1]@2|)
       (= |PG_lru[F0]@3| a!34)
       a!36
       a!40
       a!42
       a!46
       a!48
       a!52
       a!54
       a!59
       a!62
       (= |folio.node[F0]@3| a!66)
       (= |folio.node[F1]@3| a!68)
       (= |page.mapping(shmem)[F0]@3| a!73)
       (= |page.mapping(shmem)[F1]@3| a!75)
       (= |PG_swapcache[F0]@3| a!80)
       (= |PG_swapcache[F1]@3| a!82)
       (= |PG_dirty[F0]@3| a!87)
       (= |PG_dirty[F1]@3| a!89)
       (= shmem.i_pages@3 a!91)
       a!93
       (= |&mm->mmap_lock.writer[P0]@3| |&mm->mmap_lock.writer[P0]@2|)
       (= |&mm->mmap_lock.readers[P0]@3| |&mm->mmap_lock.readers[P0]@2|)
       (= |&anon_vma->rwsem.writer[av0]@3| |&anon_vma->rwsem.writer[av0]@2|)
       (= |&anon_vma->rwsem.readers[av0]@3| |&anon_vma->rwsem.readers[av0]@2|)
       (= |ptlock_ptr(page)[P0]@3| |ptlock_ptr(page)[P0]@2|)
       (= |PG_locked[F0]@3| a!97)
       (= |PG_locked[F1]@3| a!99)
       (= |&mapping->tree_lock.writer[shmem]@3|
          |&mapping->tree_lock.writer[shmem]@2|)
       (= |&mapping->tree_lock.writer[swapper_space]@3|
          |&mapping->tree_lock.writer[swapper_space]@2|)
       (= |&mapping->tree_lock.readers[shmem]@3|
          |&mapping->tree_lock.readers[shmem]@2|)
       (= |&mapping->tree_lock.readers[swapper_space]@3|
          |&mapping->tree_lock.readers[swapper_space]@2|)
       (= |swap_lock[0]@3| |swap_lock[0]@2|)
       (= |&info->lock[0]@3| |&info->lock[0]@2|)
       (= |lru_lock[0]@3| |lru_lock[0]@2|)
       (= migrate0.pc@3 a!108)
       a!110
       (= migrate0.newpage@3 a!112)
       (= migrate0.ok@3 a!114)
       (= migrate0.mapping_is_swapper@3 a!115)
       a!116
       (bvule |alive[P0]@3| #x01)
       (bvule |pte[P0][0]@3| #x07)
       (bvule |pte.folio[P0][0]@3| #x01)
       (bvule |pte.write[P0][0]@3| #x01)
       (bvule |expected[P0][0]@3| #x01)
       (bvule |anon_vma.list[av0][0]@3| #x00)
       (bvule |anon_vma.len[av0]@3| #x01)
       (bvule |anon_vma.refcount[av0]@3| #x04)
       (bvule |folio.used[F0]@3| #x01)
       (bvule |folio.used[F1]@3| #x01)
       (bvule |folio.refcount[F0]@3| #x04)
       (bvule |folio.refcount[F1]@3| #x04)
       (bvule |folio.mapcount[F0]@3| #x02)
       (bvule |folio.mapcount[F1]@3| #x02)
       (bvule |PG_lru[F0]@3| #x01)
       (bvule |PG_lru[F1]@3| #x01)
       (bvule |PG_anon_exclusive[F0]@3| #x01)
       (bvule |PG_anon_exclusive[F1]@3| #x01)
       (bvule |folio.mapping[F0]@3| #x01)
       (bvule |folio.mapping[F1]@3| #x01)
       (bvule |folio.index[F0]@3| #x00)
       (bvule |folio.index[F1]@3| #x00)
       (bvule |folio.data[F0]@3| #x01)
       (bvule |folio.data[F1]@3| #x01)
       (bvule |folio.node[F0]@3| #x01)
       (bvule |folio.node[F1]@3| #x01)
       (bvule |page.mapping(shmem)[F0]@3| #x01)
       (bvule |page.mapping(shmem)[F1]@3| #x01)
       (bvule |PG_swapcache[F0]@3| #x01)
       (bvule |PG_swapcache[F1]@3| #x01)
       (bvule |PG_dirty[F0]@3| #x01)
       (bvule |PG_dirty[F1]@3| #x01)
       (bvule shmem.i_pages@3 #x02)
       (bvule swapper_space.i_pages@3 #x02)
       (bvule |&mm->mmap_lock.writer[P0]@3| #x01)
       (bvule |&mm->mmap_lock.readers[P0]@3| #x01)
       (bvule |&anon_vma->rwsem.writer[av0]@3| #x01)
       (bvule |&anon_vma->rwsem.readers[av0]@3| #x01)
       (bvule |ptlock_ptr(page)[P0]@3| #x01)
       (bvule |PG_locked[F0]@3| #x01)
       (bvule |PG_locked[F1]@3| #x01)
       (bvule |&mapping->tree_lock.writer[shmem]@3| #x01)
       (bvule |&mapping->tree_lock.writer[swapper_space]@3| #x01)
       (bvule |&mapping->tree_lock.readers[shmem]@3| #x01)
       (bvule |&mapping->tree_lock.readers[swapper_space]@3| #x01)
       (bvule |swap_lock[0]@3| #x01)
       (bvule |&info->lock[0]@3| #x01)
       (bvule |lru_lock[0]@3| #x01)
       (bvule migrate0.pc@3 #x0a)
       (bvule migrate0.isolated@3 #x01)
       (bvule migrate0.newpage@3 #x02)
       (bvule migrate0.ok@3 #x01)
       (bvule migrate0.mapping_is_swapper@3 #x01)
       (bvule migrate0.pass@3 #x01))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@3| #x00))
                     (not (= |PG_lru[F0]@3| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@3| #x00)))
               (not (not (= |folio.used[F1]@3| #x00)))))
      (a!3 (ite (not (not (= |folio.used[F0]@3| #x00))) #x00 #x01))
      (a!5 (and (= rule@3 #x04)
                (= migrate0.pc@3 #x03)
                (or (not (= |PG_swapcache[F0]@3| #x00))
                    (not (= |page.mapping(shmem)[F0]@3| #x00)))))
      (a!6 (not (or (not (= |PG_swapcache[F0]@3| #x00))
                    (not (= |page.mapping(shmem)[F0]@3| #x00)))))
      (a!7 (= (ite (not (= migrate0.mapping_is_swapper@3 #x00)) #x01 #x00) #x00))
      (a!8 (= (ite (not (= migrate0.mapping_is_swapper@3 #x00))
                   swapper_space.i_pages@3
                   shmem.i_pages@3)
              #x00))
      (a!10 (and (= rule@3 #x0d)
                 (= migrate0.pc@3 #x07)
                 (not (not (= migrate0.ok@3 #x00)))))
      (a!11 (and (= rule@3 #x0f)
                 (= migrate0.pc@3 #x09)
                 (not (not (= migrate0.ok@3 #x00)))))
      (a!13 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.used[F0]@3|
                      |folio.used[F1]@3|)))
      (a!14 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.used[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.used[F0]@3|)
                      |folio.used[F0]@3|)))
      (a!19 (ite (and (= rule@3 #x0e) true)
                 (bvsub |folio.refcount[F0]@3| #x01)
                 (ite (and (= rule@3 #x0f) true)
                      (bvsub |folio.refcount[F0]@3| #x01)
                      |folio.refcount[F0]@3|)))
      (a!25 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 |folio.refcount[F1]@3|))
      (a!30 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00) |PG_lru[F0]@3| |PG_lru[F1]@3|)))
      (a!31 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 #x01))
      (a!32 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_lru[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01) #x00 #x01)
                      |PG_lru[F0]@3|)))
      (a!37 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |PG_anon_exclusive[F0]@3|
                      |PG_anon_exclusive[F1]@3|)))
      (a!38 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@3|)
                      |PG_anon_exclusive[F0]@3|)))
      (a!43 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.mapping[F0]@3|
                      |folio.mapping[F1]@3|)))
      (a!44 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01)
                      #x01
                      |folio.mapping[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x01
                           |folio.mapping[F0]@3|)
                      |folio.mapping[F0]@3|)))
      (a!49 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.index[F0]@3|
                      |folio.index[F1]@3|)))
      (a!50 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.index[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.index[F0]@3|)
                      |folio.index[F0]@3|)))
      (a!55 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.data[F0]@3|
                      |folio.data[F1]@3|)))
      (a!56 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.data[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.data[F0]@3|)
                      |folio.data[F0]@3|)))
      (a!63 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.node[F0]@3|
                      |folio.node[F1]@3|)))
      (a!64 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.node[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.node[F0]@3|)
                      |folio.node[F0]@3|)))
      (a!69 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |page.mapping(shmem)[F0]@3|
                      |page.mapping(shmem)[F1]@3|)))
      (a!70 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@3|)
                      |page.mapping(shmem)[F0]@3|)))
      (a!76 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |PG_swapcache[F0]@3|
                      |PG_swapcache[F1]@3|)))
      (a!77 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_swapcache[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |PG_swapcache[F0]@3|)
                      |PG_swapcache[F0]@3|)))
      (a!83 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |PG_dirty[F0]@3|
                      |PG_dirty[F1]@3|)))
      (a!84 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_dirty[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |PG_dirty[F0]@3|)
                      |PG_dirty[F0]@3|)))
      (a!90 (ite (not (not (= migrate0.mapping_is_swapper@3 #x00)))
                 migrate0.newpage@3
                 shmem.i_pages@3))
      (a!92 (ite (and (= rule@3 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@3 #x00))
                      migrate0.newpage@3
                      swapper_space.i_pages@3)
                 swapper_space.i_pages@3))
      (a!94 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 #x00
                 (ite (and (= rule@3 #x0d) true) #x00 |PG_locked[F0]@3|)))
      (a!98 (ite (and (= rule@3 #x0c) (= migrate0.newpage@3 #x01))
                 #x00
                 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                      #x00
                      |PG_locked[F1]@3|)))
      (a!100 (ite (and (= rule@3 #x10) true)
                  #x01
                  (ite (and (= rule@3 #x11) true) #x09 migrate0.pc@3)))
      (a!109 (ite (and (= rule@3 #x0e) true)
                  #x00
                  (ite (and (= rule@3 #x0f) true) #x00 migrate0.isolated@3)))
      (a!111 (ite (and (= rule@3 #x0d) true)
                  #x02
                  (ite (and (= rule@3 #x0e) true) #x02 migrate0.newpage@3)))
      (a!113 (ite (and (= rule@3 #x0b) true)
                  #x01
                  (ite (and (= rule@3 #x11) true) #x00 migrate0.ok@3)))
      (a!115 (ite (and (= rule@3 #x04) true)
                  |PG_swapcache[F0]@3|
                  (ite (and (= rule@3 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@3)))
      (a!116 (= migrate0.pass@4
                (ite (and (= rule@3 #x10) true)
                     (bvadd migrate0.pass@3 #x01)
                     migrate0.pass@3))))
(let ((a!4 (and (= rule@3 #x03)
                (= migrate0.pc@3 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@3| |PG_locked[F1]@3|) #x00)))
      (a!9 (not (and (not (= |page.mapping(shmem)[F0]@3| #x00))
                     (= |folio.refcount[F0]@3| #x02)
                     a!8)))
      (a!15 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!13
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!13
                      a!14)))
      (a!17 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!13
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!13
                      |folio.used[F1]@3|)))
      (a!20 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!19))
      (a!26 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!25))
      (a!33 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!30
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!31
                      a!32)))
      (a!35 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!30
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!31
                      |PG_lru[F1]@3|)))
      (a!39 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!37
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!37
                      a!38)))
      (a!41 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!37
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!37
                      |PG_anon_exclusive[F1]@3|)))
      (a!45 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!43
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!43
                      a!44)))
      (a!47 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!43
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!43
                      |folio.mapping[F1]@3|)))
      (a!51 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!49
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!49
                      a!50)))
      (a!53 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!49
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!49
                      |folio.index[F1]@3|)))
      (a!57 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!55
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!55
                      a!56)))
      (a!60 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!55
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!55
                      |folio.data[F1]@3|)))
      (a!65 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!63
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!63
                      a!64)))
      (a!67 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!63
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!63
                      |folio.node[F1]@3|)))
      (a!71 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!69
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!69
                      a!70)))
      (a!74 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!69
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!69
                      |page.mapping(shmem)[F1]@3|)))
      (a!78 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!76
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!76
                      a!77)))
      (a!81 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!76
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!76
                      |PG_swapcache[F1]@3|)))
      (a!85 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!83
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!83
                      a!84)))
      (a!88 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!83
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!83
                      |PG_dirty[F1]@3|)))
      (a!91 (ite (and (= rule@3 #x05) true)
                 #x02
                 (ite (and (= rule@3 #x09) true) a!90 shmem.i_pages@3)))
      (a!93 (= swapper_space.i_pages@4
               (ite (and (= rule@3 #x05) true) #x00 a!92)))
      (a!95 (ite (and (= rule@3 #x0c) (= migrate0.newpage@3 #x00))
                 #x00
                 (ite (and (= rule@3 #x0c) true) #x00 a!94)))
      (a!99 (ite (and (= rule@3 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                      #x00
                      a!98)))
      (a!101 (ite (and (= rule@3 #x0e) true)
                  #x0a
                  (ite (and (= rule@3 #x0f) true) #x0a a!100)))
      (a!110 (= migrate0.isolated@4 (ite (and (= rule@3 #x00) true) #x01 a!109)))
      (a!112 (ite (and (= rule@3 #x03) true)
                  a!3
                  (ite (and (= rule@3 #x08) true) #x02 a!111)))
      (a!114 (ite (and (= rule@3 #x07) true)
                  #x00
                  (ite (and (= rule@3 #x0a) true) #x00 a!113))))
(let ((a!12 (or (and (= rule@3 #x00)
                     (= migrate0.pc@3 #x00)
                     (= |lru_lock[0]@3| #x00)
                     (not (= |folio.used[F0]@3| #x00))
                     (not (= |PG_lru[F0]@3| #x00)))
                (and (= rule@3 #x01) (= migrate0.pc@3 #x00) a!1)
                (and (= rule@3 #x02)
                     (= migrate0.pc@3 #x01)
                     (= |PG_locked[F0]@3| #x00))
                a!4
                a!5
                (and (= rule@3 #x05) false)
                (and (= rule@3 #x06) false)
                (and (= rule@3 #x07) (= migrate0.pc@3 #x03) a!6)
                (and (= rule@3 #x08) (= migrate0.pc@3 #x04))
                (and (= rule@3 #x09)
                     (= migrate0.pc@3 #x05)
                     (= (ite a!7
                             |&mapping->tree_lock.writer[shmem]@3|
                             |&mapping->tree_lock.writer[swapper_space]@3|)
                        #x00)
                     (= (ite a!7
                             |&mapping->tree_lock.readers[shmem]@3|
                             |&mapping->tree_lock.readers[swapper_space]@3|)
                        #x00)
                     (not (= |page.mapping(shmem)[F0]@3| #x00))
                     (= |folio.refcount[F0]@3| #x02)
                     a!8)
                (and (= rule@3 #x0a) (= migrate0.pc@3 #x05) a!9)
                (and (= rule@3 #x0b) (= migrate0.pc@3 #x06))
                (and (= rule@3 #x0c)
                     (= migrate0.pc@3 #x07)
                     (not (= migrate0.ok@3 #x00)))
                a!10
                (and (= rule@3 #x0e)
                     (= migrate0.pc@3 #x09)
                     (not (= migrate0.ok@3 #x00)))
                a!11
                (and (= rule@3 #x10)
                     (= migrate0.pc@3 #x08)
                     (bvult migrate0.pass@3 #x01))
                (and (= rule@3 #x11)
                     (= migrate0.pc@3 #x08)
                     (bvuge migrate0.pass@3 #x01))))
      (a!16 (ite (and (= rule@3 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      a!13
                      a!15)))
      (a!18 (ite (and (= rule@3 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                      a!13
                      a!17)))
      (a!21 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!20))
      (a!27 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x01))
                 (bvadd (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@3 #x00) true)
                 #x00
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      a!30
                      a!33)))
      (a!36 (= |PG_lru[F1]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01)) a!30 a!35)))
      (a!40 (= |PG_anon_exclusive[F0]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00)) a!37 a!39)))
      (a!42 (= |PG_anon_exclusive[F1]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01)) a!37 a!41)))
      (a!46 (= |folio.mapping[F0]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00)) a!43 a!45)))
      (a!48 (= |folio.mapping[F1]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01)) a!43 a!47)))
      (a!52 (= |folio.index[F0]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00)) a!49 a!51)))
      (a!54 (= |folio.index[F1]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01)) a!49 a!53)))
      (a!58 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                 a!55
                 (ite (and (= rule@3 #x0b) (= migrate0.newpage@3 #x00))
                      |folio.data[F0]@3|
                      a!57)))
      (a!61 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                 a!55
                 (ite (and (= rule@3 #x0b) (= migrate0.newpage@3 #x01))
                      |folio.data[F0]@3|
                      a!60)))
      (a!66 (ite (and (= rule@3 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@3|)
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      a!63
                      a!65)))
      (a!68 (ite (and (= rule@3 #x03) (= a!3 #x01))
                 (bvsub #x01 |folio.node[F0]@3|)
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                      a!63
                      a!67)))
      (a!72 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x00))
                 |page.mapping(shmem)[F0]@3|
                 (ite (and (= rule@3 #x0b) true) #x00 a!71)))
      (a!75 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                 a!69
                 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x01))
                      |page.mapping(shmem)[F0]@3|
                      a!74)))
      (a!79 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x00))
                 |PG_swapcache[F0]@3|
                 (ite (and (= rule@3 #x0b) true) #x00 a!78)))
      (a!82 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                 a!76
                 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x01))
                      |PG_swapcache[F0]@3|
                      a!81)))
      (a!86 (ite (and (= rule@3 #x0b) (= migrate0.newpage@3 #x00))
                 |PG_dirty[F0]@3|
                 (ite (and (= rule@3 #x0b) true) #x00 a!85)))
      (a!89 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                 a!83
                 (ite (and (= rule@3 #x0b) (= migrate0.newpage@3 #x01))
                      |PG_dirty[F0]@3|
                      a!88)))
      (a!96 (ite (and (= rule@3 #x05) true)
                 #x00
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      #x00
                      a!95)))
      (a!102 (ite (and (= rule@3 #x0c) true)
                  #x09
                  (ite (and (= rule@3 #x0d) true) #x08 a!101))))
(let ((a!22 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x00))
                 (bvadd (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 (ite (and (= rule@3 #x09) true)
                      (bvsub |folio.refcount[F0]@3| #x01)
                      a!21)))
      (a!28 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!27))
      (a!59 (= |folio.data[F0]@4|
               (ite (and (= rule@3 #x03) (= a!3 #x00)) #x00 a!58)))
      (a!62 (= |folio.data[F1]@4|
               (ite (and (= rule@3 #x03) (= a!3 #x01)) #x00 a!61)))
      (a!73 (ite (and (= rule@3 #x05) true)
                 #x00
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      a!69
                      a!72)))
      (a!80 (ite (and (= rule@3 #x05) true)
                 #x01
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      a!76
                      a!79)))
      (a!87 (ite (and (= rule@3 #x05) true)
                 #x01
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      a!83
                      a!86)))
      (a!97 (ite (and (= rule@3 #x02) true)
                 #x01
                 (ite (and (= rule@3 #x03) (= a!3 #x00)) #x01 a!96)))
      (a!103 (ite (and (= rule@3 #x0a) true)
                  #x07
                  (ite (and (= rule@3 #x0b) true) #x07 a!102))))
(let ((a!23 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!22))
      (a!29 (= |folio.refcount[F1]@4|
               (ite (and (= rule@3 #x03) (= a!3 #x01)) #x01 a!28)))
      (a!104 (ite (and (= rule@3 #x08) true)
                  #x08
                  (ite (and (= rule@3 #x09) true) #x06 a!103))))
(let ((a!24 (ite (and (= rule@3 #x00) true)
                 (bvadd |folio.refcount[F0]@3| #x01)
                 (ite (and (= rule@3 #x03) (= a!3 #x00)) #x01 a!23)))
      (a!105 (ite (and (= rule@3 #x06) true)
                  #x05
                  (ite (and (= rule@3 #x07) true) #x07 a!104))))
(let ((a!106 (ite (and (= rule@3 #x04) true)
                  #x05
                  (ite (and (= rule@3 #x05) true) #x04 a!105))))
(let ((a!107 (ite (and (= rule@3 #x02) true)
                  #x02
                  (ite (and (= rule@3 #x03) true) #x03 a!106))))
(let ((a!108 (ite (and (= rule@3 #x00) true)
                  #x01
                  (ite (and (= rule@3 #x01) true) #x0a a!107))))
  (and a!12
       (= |alive[P0]@4| |alive[P0]@3|)
       (= |pte[P0][0]@4| |pte[P0][0]@3|)
       (= |pte.folio[P0][0]@4| |pte.folio[P0][0]@3|)
       (= |pte.write[P0][0]@4| |pte.write[P0][0]@3|)
       (= |expected[P0][0]@4| |expected[P0][0]@3|)
       (= |anon_vma.list[av0][0]@4| |anon_vma.list[av0][0]@3|)
       (= |anon_vma.len[av0]@4| |anon_vma.len[av0]@3|)
       (= |anon_vma.refcount[av0]@4| |anon_vma.refcount[av0]@3|)
       (= |folio.used[F0]@4| a!16)
       (= |folio.used[F1]@4| a!18)
       (= |folio.refcount[F0]@4| a!24)
       a!29
       (= |folio.mapcount[F0]@4| |folio.mapcount[F0]@3|)
       (= |folio.mapcount[F1]@4| |folio.mapcount[F1]@3|)
       (= |PG_lru[F0]@4| a!34)
       a!36
       a!40
       a!42
       a!46
       a!48
       a!52
       a!54
       a!59
       a!62
       (= |folio.node[F0]@4| a!66)
       (= |folio.node[F1]@4| a!68)
       (= |page.mapping(shmem)[F0]@4| a!73)
       (= |page.mapping(shmem)[F1]@4| a!75)
       (= |PG_swapcache[F0]@4| a!80)
       (= |PG_swapcache[F1]@4| a!82)
       (= |PG_dirty[F0]@4| a!87)
       (= |PG_dirty[F1]@4| a!89)
       (= shmem.i_pages@4 a!91)
       a!93
       (= |&mm->mmap_lock.writer[P0]@4| |&mm->mmap_lock.writer[P0]@3|)
       (= |&mm->mmap_lock.readers[P0]@4| |&mm->mmap_lock.readers[P0]@3|)
       (= |&anon_vma->rwsem.writer[av0]@4| |&anon_vma->rwsem.writer[av0]@3|)
       (= |&anon_vma->rwsem.readers[av0]@4| |&anon_vma->rwsem.readers[av0]@3|)
       (= |ptlock_ptr(page)[P0]@4| |ptlock_ptr(page)[P0]@3|)
       (= |PG_locked[F0]@4| a!97)
       (= |PG_locked[F1]@4| a!99)
       (= |&mapping->tree_lock.writer[shmem]@4|
          |&mapping->tree_lock.writer[shmem]@3|)
       (= |&mapping->tree_lock.writer[swapper_space]@4|
          |&mapping->tree_lock.writer[swapper_space]@3|)
       (= |&mapping->tree_lock.readers[shmem]@4|
          |&mapping->tree_lock.readers[shmem]@3|)
       (= |&mapping->tree_lock.readers[swapper_space]@4|
          |&mapping->tree_lock.readers[swapper_space]@3|)
       (= |swap_lock[0]@4| |swap_lock[0]@3|)
       (= |&info->lock[0]@4| |&info->lock[0]@3|)
       (= |lru_lock[0]@4| |lru_lock[0]@3|)
       (= migrate0.pc@4 a!108)
       a!110
       (= migrate0.newpage@4 a!112)
       (= migrate0.ok@4 a!114)
       (= migrate0.mapping_is_swapper@4 a!115)
       a!116
       (bvule |alive[P0]@4| #x01)
       (bvule |pte[P0][0]@4| #x07)
       (bvule |pte.folio[P0][0]@4| #x01)
       (bvule |pte.write[P0][0]@4| #x01)
       (bvule |expected[P0][0]@4| #x01)
       (bvule |anon_vma.list[av0][0]@4| #x00)
       (bvule |anon_vma.len[av0]@4| #x01)
       (bvule |anon_vma.refcount[av0]@4| #x04)
       (bvule |folio.used[F0]@4| #x01)
       (bvule |folio.used[F1]@4| #x01)
       (bvule |folio.refcount[F0]@4| #x04)
       (bvule |folio.refcount[F1]@4| #x04)
       (bvule |folio.mapcount[F0]@4| #x02)
       (bvule |folio.mapcount[F1]@4| #x02)
       (bvule |PG_lru[F0]@4| #x01)
       (bvule |PG_lru[F1]@4| #x01)
       (bvule |PG_anon_exclusive[F0]@4| #x01)
       (bvule |PG_anon_exclusive[F1]@4| #x01)
       (bvule |folio.mapping[F0]@4| #x01)
       (bvule |folio.mapping[F1]@4| #x01)
       (bvule |folio.index[F0]@4| #x00)
       (bvule |folio.index[F1]@4| #x00)
       (bvule |folio.data[F0]@4| #x01)
       (bvule |folio.data[F1]@4| #x01)
       (bvule |folio.node[F0]@4| #x01)
       (bvule |folio.node[F1]@4| #x01)
       (bvule |page.mapping(shmem)[F0]@4| #x01)
       (bvule |page.mapping(shmem)[F1]@4| #x01)
       (bvule |PG_swapcache[F0]@4| #x01)
       (bvule |PG_swapcache[F1]@4| #x01)
       (bvule |PG_dirty[F0]@4| #x01)
       (bvule |PG_dirty[F1]@4| #x01)
       (bvule shmem.i_pages@4 #x02)
       (bvule swapper_space.i_pages@4 #x02)
       (bvule |&mm->mmap_lock.writer[P0]@4| #x01)
       (bvule |&mm->mmap_lock.readers[P0]@4| #x01)
       (bvule |&anon_vma->rwsem.writer[av0]@4| #x01)
       (bvule |&anon_vma->rwsem.readers[av0]@4| #x01)
       (bvule |ptlock_ptr(page)[P0]@4| #x01)
       (bvule |PG_locked[F0]@4| #x01)
       (bvule |PG_locked[F1]@4| #x01)
       (bvule |&mapping->tree_lock.writer[shmem]@4| #x01)
       (bvule |&mapping->tree_lock.writer[swapper_space]@4| #x01)
       (bvule |&mapping->tree_lock.readers[shmem]@4| #x01)
       (bvule |&mapping->tree_lock.readers[swapper_space]@4| #x01)
       (bvule |swap_lock[0]@4| #x01)
       (bvule |&info->lock[0]@4| #x01)
       (bvule |lru_lock[0]@4| #x01)
       (bvule migrate0.pc@4 #x0a)
       (bvule migrate0.isolated@4 #x01)
       (bvule migrate0.newpage@4 #x02)
       (bvule migrate0.ok@4 #x01)
       (bvule migrate0.mapping_is_swapper@4 #x01)
       (bvule migrate0.pass@4 #x01))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@4| #x00))
                     (not (= |PG_lru[F0]@4| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@4| #x00)))
               (not (not (= |folio.used[F1]@4| #x00)))))
      (a!3 (ite (not (not (= |folio.used[F0]@4| #x00))) #x00 #x01))
      (a!5 (and (= rule@4 #x04)
                (= migrate0.pc@4 #x03)
                (or (not (= |PG_swapcache[F0]@4| #x00))
                    (not (= |page.mapping(shmem)[F0]@4| #x00)))))
      (a!6 (not (or (not (= |PG_swapcache[F0]@4| #x00))
                    (not (= |page.mapping(shmem)[F0]@4| #x00)))))
      (a!7 (= (ite (not (= migrate0.mapping_is_swapper@4 #x00)) #x01 #x00) #x00))
      (a!8 (= (ite (not (= migrate0.mapping_is_swapper@4 #x00))
                   swapper_space.i_pages@4
                   shmem.i_pages@4)
              #x00))
      (a!10 (and (= rule@4 #x0d)
                 (= migrate0.pc@4 #x07)
                 (not (not (= migrate0.ok@4 #x00)))))
      (a!11 (and (= rule@4 #x0f)
                 (= migrate0.pc@4 #x09)
                 (not (not (= migrate0.ok@4 #x00)))))
      (a!13 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.used[F0]@4|
                      |folio.used[F1]@4|)))
      (a!14 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.used[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.used[F0]@4|)
                      |folio.used[F0]@4|)))
      (a!19 (ite (and (= rule@4 #x0e) true)
                 (bvsub |folio.refcount[F0]@4| #x01)
                 (ite (and (= rule@4 #x0f) true)
                      (bvsub |folio.refcount[F0]@4| #x01)
                      |folio.refcount[F0]@4|)))
      (a!25 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 |folio.refcount[F1]@4|))
      (a!30 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00) |PG_lru[F0]@4| |PG_lru[F1]@4|)))
      (a!31 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 #x01))
      (a!32 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_lru[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01) #x00 #x01)
                      |PG_lru[F0]@4|)))
      (a!37 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |PG_anon_exclusive[F0]@4|
                      |PG_anon_exclusive[F1]@4|)))
      (a!38 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@4|)
                      |PG_anon_exclusive[F0]@4|)))
      (a!43 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.mapping[F0]@4|
                      |folio.mapping[F1]@4|)))
      (a!44 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01)
                      #x01
                      |folio.mapping[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x01
                           |folio.mapping[F0]@4|)
                      |folio.mapping[F0]@4|)))
      (a!49 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.index[F0]@4|
                      |folio.index[F1]@4|)))
      (a!50 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.index[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.index[F0]@4|)
                      |folio.index[F0]@4|)))
      (a!55 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.data[F0]@4|
                      |folio.data[F1]@4|)))
      (a!56 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.data[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.data[F0]@4|)
                      |folio.data[F0]@4|)))
      (a!63 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.node[F0]@4|
                      |folio.node[F1]@4|)))
      (a!64 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.node[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.node[F0]@4|)
                      |folio.node[F0]@4|)))
      (a!69 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |page.mapping(shmem)[F0]@4|
                      |page.mapping(shmem)[F1]@4|)))
      (a!70 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@4|)
                      |page.mapping(shmem)[F0]@4|)))
      (a!76 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |PG_swapcache[F0]@4|
                      |PG_swapcache[F1]@4|)))
      (a!77 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_swapcache[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |PG_swapcache[F0]@4|)
                      |PG_swapcache[F0]@4|)))
      (a!83 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |PG_dirty[F0]@4|
                      |PG_dirty[F1]@4|)))
      (a!84 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_dirty[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |PG_dirty[F0]@4|)
                      |PG_dirty[F0]@4|)))
      (a!90 (ite (not (not (= migrate0.mapping_is_swapper@4 #x00)))
                 migrate0.newpage@4
                 shmem.i_pages@4))
      (a!92 (ite (and (= rule@4 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@4 #x00))
                      migrate0.newpage@4
                      swapper_space.i_pages@4)
                 swapper_space.i_pages@4))
      (a!94 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 #x00
                 (ite (and (= rule@4 #x0d) true) #x00 |PG_locked[F0]@4|)))
      (a!98 (ite (and (= rule@4 #x0c) (= migrate0.newpage@4 #x01))
                 #x00
                 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                      #x00
                      |PG_locked[F1]@4|)))
      (a!100 (ite (and (= rule@4 #x10) true)
                  #x01
                  (ite (and (= rule@4 #x11) true) #x09 migrate0.pc@4)))
      (a!109 (ite (and (= rule@4 #x0e) true)
                  #x00
                  (ite (and (= rule@4 #x0f) true) #x00 migrate0.isolated@4)))
      (a!111 (ite (and (= rule@4 #x0d) true)
                  #x02
                  (ite (and (= rule@4 #x0e) true) #x02 migrate0.newpage@4)))
      (a!113 (ite (and (= rule@4 #x0b) true)
                  #x01
                  (ite (and (= rule@4 #x11) true) #x00 migrate0.ok@4)))
      (a!115 (ite (and (= rule@4 #x04) true)
                  |PG_swapcache[F0]@4|
                  (ite (and (= rule@4 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@4)))
      (a!116 (= migrate0.pass@5
                (ite (and (= rule@4 #x10) true)
                     (bvadd migrate0.pass@4 #x01)
                     migrate0.pass@4))))
(let ((a!4 (and (= rule@4 #x03)
                (= migrate0.pc@4 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@4| |PG_locked[F1]@4|) #x00)))
      (a!9 (not (and (not (= |page.mapping(shmem)[F0]@4| #x00))
                     (= |folio.refcount[F0]@4| #x02)
                     a!8)))
      (a!15 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!13
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!13
                      a!14)))
      (a!17 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!13
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!13
                      |folio.used[F1]@4|)))
      (a!20 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!19))
      (a!26 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!25))
      (a!33 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!30
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!31
                      a!32)))
      (a!35 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!30
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!31
                      |PG_lru[F1]@4|)))
      (a!39 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!37
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!37
                      a!38)))
      (a!41 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!37
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!37
                      |PG_anon_exclusive[F1]@4|)))
      (a!45 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!43
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!43
                      a!44)))
      (a!47 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!43
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!43
                      |folio.mapping[F1]@4|)))
      (a!51 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!49
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!49
                      a!50)))
      (a!53 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!49
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!49
                      |folio.index[F1]@4|)))
      (a!57 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!55
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!55
                      a!56)))
      (a!60 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!55
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!55
                      |folio.data[F1]@4|)))
      (a!65 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!63
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!63
                      a!64)))
      (a!67 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!63
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!63
                      |folio.node[F1]@4|)))
      (a!71 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!69
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!69
                      a!70)))
      (a!74 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!69
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!69
                      |page.mapping(shmem)[F1]@4|)))
      (a!78 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!76
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!76
                      a!77)))
      (a!81 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!76
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!76
                      |PG_swapcache[F1]@4|)))
      (a!85 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!83
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!83
                      a!84)))
      (a!88 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!83
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!83
                      |PG_dirty[F1]@4|)))
      (a!91 (ite (and (= rule@4 #x05) true)
                 #x02
                 (ite (and (= rule@4 #x09) true) a!90 shmem.i_pages@4)))
      (a!93 (= swapper_space.i_pages@5
               (ite (and (= rule@4 #x05) true) #x00 a!92)))
      (a!95 (ite (and (= rule@4 #x0c) (= migrate0.newpage@4 #x00))
                 #x00
                 (ite (and (= rule@4 #x0c) true) #x00 a!94)))
      (a!99 (ite (and (= rule@4 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                      #x00
                      a!98)))
      (a!101 (ite (and (= rule@4 #x0e) true)
                  #x0a
                  (ite (and (= rule@4 #x0f) true) #x0a a!100)))
      (a!110 (= migrate0.isolated@5 (ite (and (= rule@4 #x00) true) #x01 a!109)))
      (a!112 (ite (and (= rule@4 #x03) true)
                  a!3
                  (ite (and (= rule@4 #x08) true) #x02 a!111)))
      (a!114 (ite (and (= rule@4 #x07) true)
                  #x00
                  (ite (and (= rule@4 #x0a) true) #x00 a!113))))
(let ((a!12 (or (and (= rule@4 #x00)
                     (= migrate0.pc@4 #x00)
                     (= |lru_lock[0]@4| #x00)
                     (not (= |folio.used[F0]@4| #x00))
                     (not (= |PG_lru[F0]@4| #x00)))
                (and (= rule@4 #x01) (= migrate0.pc@4 #x00) a!1)
                (and (= rule@4 #x02)
                     (= migrate0.pc@4 #x01)
                     (= |PG_locked[F0]@4| #x00))
                a!4
                a!5
                (and (= rule@4 #x05) false)
                (and (= rule@4 #x06) false)
                (and (= rule@4 #x07) (= migrate0.pc@4 #x03) a!6)
                (and (= rule@4 #x08) (= migrate0.pc@4 #x04))
                (and (= rule@4 #x09)
                     (= migrate0.pc@4 #x05)
                     (= (ite a!7
                             |&mapping->tree_lock.writer[shmem]@4|
                             |&mapping->tree_lock.writer[swapper_space]@4|)
                        #x00)
                     (= (ite a!7
                             |&mapping->tree_lock.readers[shmem]@4|
                             |&mapping->tree_lock.readers[swapper_space]@4|)
                        #x00)
                     (not (= |page.mapping(shmem)[F0]@4| #x00))
                     (= |folio.refcount[F0]@4| #x02)
                     a!8)
                (and (= rule@4 #x0a) (= migrate0.pc@4 #x05) a!9)
                (and (= rule@4 #x0b) (= migrate0.pc@4 #x06))
                (and (= rule@4 #x0c)
                     (= migrate0.pc@4 #x07)
                     (not (= migrate0.ok@4 #x00)))
                a!10
                (and (= rule@4 #x0e)
                     (= migrate0.pc@4 #x09)
                     (not (= migrate0.ok@4 #x00)))
                a!11
                (and (= rule@4 #x10)
                     (= migrate0.pc@4 #x08)
                     (bvult migrate0.pass@4 #x01))
                (and (= rule@4 #x11)
                     (= migrate0.pc@4 #x08)
                     (bvuge migrate0.pass@4 #x01))))
      (a!16 (ite (and (= rule@4 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      a!13
                      a!15)))
      (a!18 (ite (and (= rule@4 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                      a!13
                      a!17)))
      (a!21 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!20))
      (a!27 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x01))
                 (bvadd (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@4 #x00) true)
                 #x00
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      a!30
                      a!33)))
      (a!36 (= |PG_lru[F1]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01)) a!30 a!35)))
      (a!40 (= |PG_anon_exclusive[F0]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00)) a!37 a!39)))
      (a!42 (= |PG_anon_exclusive[F1]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01)) a!37 a!41)))
      (a!46 (= |folio.mapping[F0]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00)) a!43 a!45)))
      (a!48 (= |folio.mapping[F1]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01)) a!43 a!47)))
      (a!52 (= |folio.index[F0]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00)) a!49 a!51)))
      (a!54 (= |folio.index[F1]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01)) a!49 a!53)))
      (a!58 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                 a!55
                 (ite (and (= rule@4 #x0b) (= migrate0.newpage@4 #x00))
                      |folio.data[F0]@4|
                      a!57)))
      (a!61 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                 a!55
                 (ite (and (= rule@4 #x0b) (= migrate0.newpage@4 #x01))
                      |folio.data[F0]@4|
                      a!60)))
      (a!66 (ite (and (= rule@4 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@4|)
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      a!63
                      a!65)))
      (a!68 (ite (and (= rule@4 #x03) (= a!3 #x01))
                 (bvsub #x01 |folio.node[F0]@4|)
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                      a!63
                      a!67)))
      (a!72 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x00))
                 |page.mapping(shmem)[F0]@4|
                 (ite (and (= rule@4 #x0b) true) #x00 a!71)))
      (a!75 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                 a!69
                 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x01))
                      |page.mapping(shmem)[F0]@4|
                      a!74)))
      (a!79 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x00))
                 |PG_swapcache[F0]@4|
                 (ite (and (= rule@4 #x0b) true) #x00 a!78)))
      (a!82 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                 a!76
                 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x01))
                      |PG_swapcache[F0]@4|
                      a!81)))
      (a!86 (ite (and (= rule@4 #x0b) (= migrate0.newpage@4 #x00))
                 |PG_dirty[F0]@4|
                 (ite (and (= rule@4 #x0b) true) #x00 a!85)))
      (a!89 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                 a!83
                 (ite (and (= rule@4 #x0b) (= migrate0.newpage@4 #x01))
                      |PG_dirty[F0]@4|
                      a!88)))
      (a!96 (ite (and (= rule@4 #x05) true)
                 #x00
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      #x00
                      a!95)))
      (a!102 (ite (and (= rule@4 #x0c) true)
                  #x09
                  (ite (and (= rule@4 #x0d) true) #x08 a!101))))
(let ((a!22 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x00))
                 (bvadd (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 (ite (and (= rule@4 #x09) true)
                      (bvsub |folio.refcount[F0]@4| #x01)
                      a!21)))
      (a!28 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!27))
      (a!59 (= |folio.data[F0]@5|
               (ite (and (= rule@4 #x03) (= a!3 #x00)) #x00 a!58)))
      (a!62 (= |folio.data[F1]@5|
               (ite (and (= rule@4 #x03) (= a!3 #x01)) #x00 a!61)))
      (a!73 (ite (and (= rule@4 #x05) true)
                 #x00
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      a!69
                      a!72)))
      (a!80 (ite (and (= rule@4 #x05) true)
                 #x01
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      a!76
                      a!79)))
      (a!87 (ite (and (= rule@4 #x05) true)
                 #x01
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      a!83
                      a!86)))
      (a!97 (ite (and (= rule@4 #x02) true)
                 #x01
                 (ite (and (= rule@4 #x03) (= a!3 #x00)) #x01 a!96)))
      (a!103 (ite (and (= rule@4 #x0a) true)
                  #x07
                  (ite (and (= rule@4 #x0b) true) #x07 a!102))))
(let ((a!23 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!22))
      (a!29 (= |folio.refcount[F1]@5|
               (ite (and (= rule@4 #x03) (= a!3 #x01)) #x01 a!28)))
      (a!104 (ite (and (= rule@4 #x08) true)
                  #x08
                  (ite (and (= rule@4 #x09) true) #x06 a!103))))
(let ((a!24 (ite (and (= rule@4 #x00) true)
                 (bvadd |folio.refcount[F0]@4| #x01)
                 (ite (and (= rule@4 #x03) (= a!3 #x00)) #x01 a!23)))
      (a!105 (ite (and (= rule@4 #x06) true)
                  #x05
                  (ite (and (= rule@4 #x07) true) #x07 a!104))))
(let ((a!106 (ite (and (= rule@4 #x04) true)
                  #x05
                  (ite (and (= rule@4 #x05) true) #x04 a!105))))
(let ((a!107 (ite (and (= rule@4 #x02) true)
                  #x02
                  (ite (and (= rule@4 #x03) true) #x03 a!106))))
(let ((a!108 (ite (and (= rule@4 #x00) true)
                  #x01
                  (ite (and (= rule@4 #x01) true) #x0a a!107))))
  (and a!12
       (= |alive[P0]@5| |alive[P0]@4|)
       (= |pte[P0][0]@5| |pte[P0][0]@4|)
       (= |pte.folio[P0][0]@5| |pte.folio[P0][0]@4|)
       (= |pte.write[P0][0]@5| |pte.write[P0][0]@4|)
       (= |expected[P0][0]@5| |expected[P0][0]@4|)
       (= |anon_vma.list[av0][0]@5| |anon_vma.list[av0][0]@4|)
       (= |anon_vma.len[av0]@5| |anon_vma.len[av0]@4|)
       (= |anon_vma.refcount[av0]@5| |anon_vma.refcount[av0]@4|)
       (= |folio.used[F0]@5| a!16)
       (= |folio.used[F1]@5| a!18)
       (= |folio.refcount[F0]@5| a!24)
       a!29
       (= |folio.mapcount[F0]@5| |folio.mapcount[F0]@4|)
       (= |folio.mapcount[F1]@5| |folio.mapcount[F1]@4|)
       (= |PG_lru[F0]@5| a!34)
       a!36
       a!40
       a!42
       a!46
       a!48
       a!52
       a!54
       a!59
       a!62
       (= |folio.node[F0]@5| a!66)
       (= |folio.node[F1]@5| a!68)
       (= |page.mapping(shmem)[F0]@5| a!73)
       (= |page.mapping(shmem)[F1]@5| a!75)
       (= |PG_swapcache[F0]@5| a!80)
       (= |PG_swapcache[F1]@5| a!82)
       (= |PG_dirty[F0]@5| a!87)
       (= |PG_dirty[F1]@5| a!89)
       (= shmem.i_pages@5 a!91)
       a!93
       (= |&mm->mmap_lock.writer[P0]@5| |&mm->mmap_lock.writer[P0]@4|)
       (= |&mm->mmap_lock.readers[P0]@5| |&mm->mmap_lock.readers[P0]@4|)
       (= |&anon_vma->rwsem.writer[av0]@5| |&anon_vma->rwsem.writer[av0]@4|)
       (= |&anon_vma->rwsem.readers[av0]@5| |&anon_vma->rwsem.readers[av0]@4|)
       (= |ptlock_ptr(page)[P0]@5| |ptlock_ptr(page)[P0]@4|)
       (= |PG_locked[F0]@5| a!97)
       (= |PG_locked[F1]@5| a!99)
       (= |&mapping->tree_lock.writer[shmem]@5|
          |&mapping->tree_lock.writer[shmem]@4|)
       (= |&mapping->tree_lock.writer[swapper_space]@5|
          |&mapping->tree_lock.writer[swapper_space]@4|)
       (= |&mapping->tree_lock.readers[shmem]@5|
          |&mapping->tree_lock.readers[shmem]@4|)
       (= |&mapping->tree_lock.readers[swapper_space]@5|
          |&mapping->tree_lock.readers[swapper_space]@4|)
       (= |swap_lock[0]@5| |swap_lock[0]@4|)
       (= |&info->lock[0]@5| |&info->lock[0]@4|)
       (= |lru_lock[0]@5| |lru_lock[0]@4|)
       (= migrate0.pc@5 a!108)
       a!110
       (= migrate0.newpage@5 a!112)
       (= migrate0.ok@5 a!114)
       (= migrate0.mapping_is_swapper@5 a!115)
       a!116
       (bvule |alive[P0]@5| #x01)
       (bvule |pte[P0][0]@5| #x07)
       (bvule |pte.folio[P0][0]@5| #x01)
       (bvule |pte.write[P0][0]@5| #x01)
       (bvule |expected[P0][0]@5| #x01)
       (bvule |anon_vma.list[av0][0]@5| #x00)
       (bvule |anon_vma.len[av0]@5| #x01)
       (bvule |anon_vma.refcount[av0]@5| #x04)
       (bvule |folio.used[F0]@5| #x01)
       (bvule |folio.used[F1]@5| #x01)
       (bvule |folio.refcount[F0]@5| #x04)
       (bvule |folio.refcount[F1]@5| #x04)
       (bvule |folio.mapcount[F0]@5| #x02)
       (bvule |folio.mapcount[F1]@5| #x02)
       (bvule |PG_lru[F0]@5| #x01)
       (bvule |PG_lru[F1]@5| #x01)
       (bvule |PG_anon_exclusive[F0]@5| #x01)
       (bvule |PG_anon_exclusive[F1]@5| #x01)
       (bvule |folio.mapping[F0]@5| #x01)
       (bvule |folio.mapping[F1]@5| #x01)
       (bvule |folio.index[F0]@5| #x00)
       (bvule |folio.index[F1]@5| #x00)
       (bvule |folio.data[F0]@5| #x01)
       (bvule |folio.data[F1]@5| #x01)
       (bvule |folio.node[F0]@5| #x01)
       (bvule |folio.node[F1]@5| #x01)
       (bvule |page.mapping(shmem)[F0]@5| #x01)
       (bvule |page.mapping(shmem)[F1]@5| #x01)
       (bvule |PG_swapcache[F0]@5| #x01)
       (bvule |PG_swapcache[F1]@5| #x01)
       (bvule |PG_dirty[F0]@5| #x01)
       (bvule |PG_dirty[F1]@5| #x01)
       (bvule shmem.i_pages@5 #x02)
       (bvule swapper_space.i_pages@5 #x02)
       (bvule |&mm->mmap_lock.writer[P0]@5| #x01)
       (bvule |&mm->mmap_lock.readers[P0]@5| #x01)
       (bvule |&anon_vma->rwsem.writer[av0]@5| #x01)
       (bvule |&anon_vma->rwsem.readers[av0]@5| #x01)
       (bvule |ptlock_ptr(page)[P0]@5| #x01)
       (bvule |PG_locked[F0]@5| #x01)
       (bvule |PG_locked[F1]@5| #x01)
       (bvule |&mapping->tree_lock.writer[shmem]@5| #x01)
       (bvule |&mapping->tree_lock.writer[swapper_space]@5| #x01)
       (bvule |&mapping->tree_lock.readers[shmem]@5| #x01)
       (bvule |&mapping->tree_lock.readers[swapper_space]@5| #x01)
       (bvule |swap_lock[0]@5| #x01)
       (bvule |&info->lock[0]@5| #x01)
       (bvule |lru_lock[0]@5| #x01)
       (bvule migrate0.pc@5 #x0a)
       (bvule migrate0.isolated@5 #x01)
       (bvule migrate0.newpage@5 #x02)
       (bvule migrate0.ok@5 #x01)
       (bvule migrate0.mapping_is_swapper@5 #x01)
       (bvule migrate0.pass@5 #x01))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@5| #x00))
                     (not (= |PG_lru[F0]@5| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@5| #x00)))
               (not (not (= |folio.used[F1]@5| #x00)))))
      (a!3 (ite (not (not (= |folio.used[F0]@5| #x00))) #x00 #x01))
      (a!5 (and (= rule@5 #x04)
                (= migrate0.pc@5 #x03)
                (or (not (= |PG_swapcache[F0]@5| #x00))
                    (not (= |page.mapping(shmem)[F0]@5| #x00)))))
      (a!6 (not (or (not (= |PG_swapcache[F0]@5| #x00))
                    (not (= |page.mapping(shmem)[F0]@5| #x00)))))
      (a!7 (= (ite (not (= migrate0.mapping_is_swapper@5 #x00)) #x01 #x00) #x00))
      (a!8 (= (ite (not (= migrate0.mapping_is_swapper@5 #x00))
                   swapper_space.i_pages@5
                   shmem.i_pages@5)
              #x00))
      (a!10 (and (= rule@5 #x0d)
                 (= migrate0.pc@5 #x07)
                 (not (not (= migrate0.ok@5 #x00)))))
      (a!11 (and (= rule@5 #x0f)
                 (= migrate0.pc@5 #x09)
                 (not (not (= migrate0.ok@5 #x00)))))
      (a!13 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.used[F0]@5|
                      |folio.used[F1]@5|)))
      (a!14 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.used[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.used[F0]@5|)
                      |folio.used[F0]@5|)))
      (a!19 (ite (and (= rule@5 #x0e) true)
                 (bvsub |folio.refcount[F0]@5| #x01)
                 (ite (and (= rule@5 #x0f) true)
                      (bvsub |folio.refcount[F0]@5| #x01)
                      |folio.refcount[F0]@5|)))
      (a!25 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 |folio.refcount[F1]@5|))
      (a!30 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00) |PG_lru[F0]@5| |PG_lru[F1]@5|)))
      (a!31 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 #x01))
      (a!32 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_lru[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01) #x00 #x01)
                      |PG_lru[F0]@5|)))
      (a!37 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |PG_anon_exclusive[F0]@5|
                      |PG_anon_exclusive[F1]@5|)))
      (a!38 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@5|)
                      |PG_anon_exclusive[F0]@5|)))
      (a!43 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.mapping[F0]@5|
                      |folio.mapping[F1]@5|)))
      (a!44 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01)
                      #x01
                      |folio.mapping[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x01
                           |folio.mapping[F0]@5|)
                      |folio.mapping[F0]@5|)))
      (a!49 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.index[F0]@5|
                      |folio.index[F1]@5|)))
      (a!50 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.index[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.index[F0]@5|)
                      |folio.index[F0]@5|)))
      (a!55 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.data[F0]@5|
                      |folio.data[F1]@5|)))
      (a!56 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.data[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.data[F0]@5|)
                      |folio.data[F0]@5|)))
      (a!63 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.node[F0]@5|
                      |folio.node[F1]@5|)))
      (a!64 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.node[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.node[F0]@5|)
                      |folio.node[F0]@5|)))
      (a!69 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |page.mapping(shmem)[F0]@5|
                      |page.mapping(shmem)[F1]@5|)))
      (a!70 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@5|)
                      |page.mapping(shmem)[F0]@5|)))
      (a!76 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |PG_swapcache[F0]@5|
                      |PG_swapcache[F1]@5|)))
      (a!77 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_swapcache[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |PG_swapcache[F0]@5|)
                      |PG_swapcache[F0]@5|)))
      (a!83 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |PG_dirty[F0]@5|
                      |PG_dirty[F1]@5|)))
      (a!84 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_dirty[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |PG_dirty[F0]@5|)
                      |PG_dirty[F0]@5|)))
      (a!90 (ite (not (not (= migrate0.mapping_is_swapper@5 #x00)))
                 migrate0.newpage@5
                 shmem.i_pages@5))
      (a!92 (ite (and (= rule@5 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@5 #x00))
                      migrate0.newpage@5
                      swapper_space.i_pages@5)
                 swapper_space.i_pages@5))
      (a!94 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 #x00
                 (ite (and (= rule@5 #x0d) true) #x00 |PG_locked[F0]@5|)))
      (a!98 (ite (and (= rule@5 #x0c) (= migrate0.newpage@5 #x01))
                 #x00
                 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                      #x00
                      |PG_locked[F1]@5|)))
      (a!100 (ite (and (= rule@5 #x10) true)
                  #x01
                  (ite (and (= rule@5 #x11) true) #x09 migrate0.pc@5)))
      (a!109 (ite (and (= rule@5 #x0e) true)
                  #x00
                  (ite (and (= rule@5 #x0f) true) #x00 migrate0.isolated@5)))
      (a!111 (ite (and (= rule@5 #x0d) true)
                  #x02
                  (ite (and (= rule@5 #x0e) true) #x02 migrate0.newpage@5)))
      (a!113 (ite (and (= rule@5 #x0b) true)
                  #x01
                  (ite (and (= rule@5 #x11) true) #x00 migrate0.ok@5)))
      (a!115 (ite (and (= rule@5 #x04) true)
                  |PG_swapcache[F0]@5|
                  (ite (and (= rule@5 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@5)))
      (a!116 (= migrate0.pass@6
                (ite (and (= rule@5 #x10) true)
                     (bvadd migrate0.pass@5 #x01)
                     migrate0.pass@5))))
(let ((a!4 (and (= rule@5 #x03)
                (= migrate0.pc@5 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@5| |PG_locked[F1]@5|) #x00)))
      (a!9 (not (and (not (= |page.mapping(shmem)[F0]@5| #x00))
                     (= |folio.refcount[F0]@5| #x02)
                     a!8)))
      (a!15 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!13
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!13
                      a!14)))
      (a!17 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!13
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!13
                      |folio.used[F1]@5|)))
      (a!20 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!19))
      (a!26 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!25))
      (a!33 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!30
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!31
                      a!32)))
      (a!35 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!30
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!31
                      |PG_lru[F1]@5|)))
      (a!39 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!37
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!37
                      a!38)))
      (a!41 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!37
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!37
                      |PG_anon_exclusive[F1]@5|)))
      (a!45 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!43
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!43
                      a!44)))
      (a!47 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!43
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!43
                      |folio.mapping[F1]@5|)))
      (a!51 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!49
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!49
                      a!50)))
      (a!53 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!49
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!49
                      |folio.index[F1]@5|)))
      (a!57 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!55
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!55
                      a!56)))
      (a!60 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!55
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!55
                      |folio.data[F1]@5|)))
      (a!65 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!63
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!63
                      a!64)))
      (a!67 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!63
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!63
                      |folio.node[F1]@5|)))
      (a!71 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!69
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!69
                      a!70)))
      (a!74 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!69
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!69
                      |page.mapping(shmem)[F1]@5|)))
      (a!78 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!76
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!76
                      a!77)))
      (a!81 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!76
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!76
                      |PG_swapcache[F1]@5|)))
      (a!85 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!83
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!83
                      a!84)))
      (a!88 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!83
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!83
                      |PG_dirty[F1]@5|)))
      (a!91 (ite (and (= rule@5 #x05) true)
                 #x02
                 (ite (and (= rule@5 #x09) true) a!90 shmem.i_pages@5)))
      (a!93 (= swapper_space.i_pages@6
               (ite (and (= rule@5 #x05) true) #x00 a!92)))
      (a!95 (ite (and (= rule@5 #x0c) (= migrate0.newpage@5 #x00))
                 #x00
                 (ite (and (= rule@5 #x0c) true) #x00 a!94)))
      (a!99 (ite (and (= rule@5 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                      #x00
                      a!98)))
      (a!101 (ite (and (= rule@5 #x0e) true)
                  #x0a
                  (ite (and (= rule@5 #x0f) true) #x0a a!100)))
      (a!110 (= migrate0.isolated@6 (ite (and (= rule@5 #x00) true) #x01 a!109)))
      (a!112 (ite (and (= rule@5 #x03) true)
                  a!3
                  (ite (and (= rule@5 #x08) true) #x02 a!111)))
      (a!114 (ite (and (= rule@5 #x07) true)
                  #x00
                  (ite (and (= rule@5 #x0a) true) #x00 a!113))))
(let ((a!12 (or (and (= rule@5 #x00)
                     (= migrate0.pc@5 #x00)
                     (= |lru_lock[0]@5| #x00)
                     (not (= |folio.used[F0]@5| #x00))
                     (not (= |PG_lru[F0]@5| #x00)))
                (and (= rule@5 #x01) (= migrate0.pc@5 #x00) a!1)
                (and (= rule@5 #x02)
                     (= migrate0.pc@5 #x01)
                     (= |PG_locked[F0]@5| #x00))
                a!4
                a!5
                (and (= rule@5 #x05) false)
                (and (= rule@5 #x06) false)
                (and (= rule@5 #x07) (= migrate0.pc@5 #x03) a!6)
                (and (= rule@5 #x08) (= migrate0.pc@5 #x04))
                (and (= rule@5 #x09)
                     (= migrate0.pc@5 #x05)
                     (= (ite a!7
                             |&mapping->tree_lock.writer[shmem]@5|
                             |&mapping->tree_lock.writer[swapper_space]@5|)
                        #x00)
                     (= (ite a!7
                             |&mapping->tree_lock.readers[shmem]@5|
                             |&mapping->tree_lock.readers[swapper_space]@5|)
                        #x00)
                     (not (= |page.mapping(shmem)[F0]@5| #x00))
                     (= |folio.refcount[F0]@5| #x02)
                     a!8)
                (and (= rule@5 #x0a) (= migrate0.pc@5 #x05) a!9)
                (and (= rule@5 #x0b) (= migrate0.pc@5 #x06))
                (and (= rule@5 #x0c)
                     (= migrate0.pc@5 #x07)
                     (not (= migrate0.ok@5 #x00)))
                a!10
                (and (= rule@5 #x0e)
                     (= migrate0.pc@5 #x09)
                     (not (= migrate0.ok@5 #x00)))
                a!11
                (and (= rule@5 #x10)
                     (= migrate0.pc@5 #x08)
                     (bvult migrate0.pass@5 #x01))
                (and (= rule@5 #x11)
                     (= migrate0.pc@5 #x08)
                     (bvuge migrate0.pass@5 #x01))))
      (a!16 (ite (and (= rule@5 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      a!13
                      a!15)))
      (a!18 (ite (and (= rule@5 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                      a!13
                      a!17)))
      (a!21 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!20))
      (a!27 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x01))
                 (bvadd (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@5 #x00) true)
                 #x00
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      a!30
                      a!33)))
      (a!36 (= |PG_lru[F1]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01)) a!30 a!35)))
      (a!40 (= |PG_anon_exclusive[F0]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00)) a!37 a!39)))
      (a!42 (= |PG_anon_exclusive[F1]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01)) a!37 a!41)))
      (a!46 (= |folio.mapping[F0]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00)) a!43 a!45)))
      (a!48 (= |folio.mapping[F1]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01)) a!43 a!47)))
      (a!52 (= |folio.index[F0]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00)) a!49 a!51)))
      (a!54 (= |folio.index[F1]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01)) a!49 a!53)))
      (a!58 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                 a!55
                 (ite (and (= rule@5 #x0b) (= migrate0.newpage@5 #x00))
                      |folio.data[F0]@5|
                      a!57)))
      (a!61 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                 a!55
                 (ite (and (= rule@5 #x0b) (= migrate0.newpage@5 #x01))
                      |folio.data[F0]@5|
                      a!60)))
      (a!66 (ite (and (= rule@5 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@5|)
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      a!63
                      a!65)))
      (a!68 (ite (and (= rule@5 #x03) (= a!3 #x01))
                 (bvsub #x01 |folio.node[F0]@5|)
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                      a!63
                      a!67)))
      (a!72 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x00))
                 |page.mapping(shmem)[F0]@5|
                 (ite (and (= rule@5 #x0b) true) #x00 a!71)))
      (a!75 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                 a!69
                 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x01))
                      |page.mapping(shmem)[F0]@5|
                      a!74)))
      (a!79 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x00))
                 |PG_swapcache[F0]@5|
                 (ite (and (= rule@5 #x0b) true) #x00 a!78)))
      (a!82 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                 a!76
                 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x01))
                      |PG_swapcache[F0]@5|
                      a!81)))
      (a!86 (ite (and (= rule@5 #x0b) (= migrate0.newpage@5 #x00))
                 |PG_dirty[F0]@5|
                 (ite (and (= rule@5 #x0b) true) #x00 a!85)))
      (a!89 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                 a!83
                 (ite (and (= rule@5 #x0b) (= migrate0.newpage@5 #x01))
                      |PG_dirty[F0]@5|
                      a!88)))
      (a!96 (ite (and (= rule@5 #x05) true)
                 #x00
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      #x00
                      a!95)))
      (a!102 (ite (and (= rule@5 #x0c) true)
                  #x09
                  (ite (and (= rule@5 #x0d) true) #x08 a!101))))
(let ((a!22 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x00))
                 (bvadd (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 (ite (and (= rule@5 #x09) true)
                      (bvsub |folio.refcount[F0]@5| #x01)
                      a!21)))
      (a!28 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!27))
      (a!59 (= |folio.data[F0]@6|
               (ite (and (= rule@5 #x03) (= a!3 #x00)) #x00 a!58)))
      (a!62 (= |folio.data[F1]@6|
               (ite (and (= rule@5 #x03) (= a!3 #x01)) #x00 a!61)))
      (a!73 (ite (and (= rule@5 #x05) true)
                 #x00
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      a!69
                      a!72)))
      (a!80 (ite (and (= rule@5 #x05) true)
                 #x01
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      a!76
                      a!79)))
      (a!87 (ite (and (= rule@5 #x05) true)
                 #x01
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      a!83
                      a!86)))
      (a!97 (ite (and (= rule@5 #x02) true)
                 #x01
                 (ite (and (= rule@5 #x03) (= a!3 #x00)) #x01 a!96)))
      (a!103 (ite (and (= rule@5 #x0a) true)
                  #x07
                  (ite (and (= rule@5 #x0b) true) #x07 a!102))))
(let ((a!23 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!22))
      (a!29 (= |folio.refcount[F1]@6|
               (ite (and (= rule@5 #x03) (= a!3 #x01)) #x01 a!28)))
      (a!104 (ite (and (= rule@5 #x08) true)
                  #x08
                  (ite (and (= rule@5 #x09) true) #x06 a!103))))
(let ((a!24 (ite (and (= rule@5 #x00) true)
                 (bvadd |folio.refcount[F0]@5| #x01)
                 (ite (and (= rule@5 #x03) (= a!3 #x00)) #x01 a!23)))
      (a!105 (ite (and (= rule@5 #x06) true)
                  #x05
                  (ite (and (= rule@5 #x07) true) #x07 a!104))))
(let ((a!106 (ite (and (= rule@5 #x04) true)
                  #x05
                  (ite (and (= rule@5 #x05) true) #x04 a!105))))
(let ((a!107 (ite (and (= rule@5 #x02) true)
                  #x02
                  (ite (and (= rule@5 #x03) true) #x03 a!106))))
(let ((a!108 (ite (and (= rule@5 #x00) true)
                  #x01
                  (ite (and (= rule@5 #x01) true) #x0a a!107))))
  (and a!12
       (= |alive[P0]@6| |alive[P0]@5|)
       (= |pte[P0][0]@6| |pte[P0][0]@5|)
       (= |pte.folio[P0][0]@6| |pte.folio[P0][0]@5|)
       (= |pte.write[P0][0]@6| |pte.write[P0][0]@5|)
       (= |expected[P0][0]@6| |expected[P0][0]@5|)
       (= |anon_vma.list[av0][0]@6| |anon_vma.list[av0][0]@5|)
       (= |anon_vma.len[av0]@6| |anon_vma.len[av0]@5|)
       (= |anon_vma.refcount[av0]@6| |anon_vma.refcount[av0]@5|)
       (= |folio.used[F0]@6| a!16)
       (= |folio.used[F1]@6| a!18)
       (= |folio.refcount[F0]@6| a!24)
       a!29
       (= |folio.mapcount[F0]@6| |folio.mapcount[F0]@5|)
       (= |folio.mapcount[F1]@6| |folio.mapcount[F1]@5|)
       (= |PG_lru[F0]@6| a!34)
       a!36
       a!40
       a!42
       a!46
       a!48
       a!52
       a!54
       a!59
       a!62
       (= |folio.node[F0]@6| a!66)
       (= |folio.node[F1]@6| a!68)
       (= |page.mapping(shmem)[F0]@6| a!73)
       (= |page.mapping(shmem)[F1]@6| a!75)
       (= |PG_swapcache[F0]@6| a!80)
       (= |PG_swapcache[F1]@6| a!82)
       (= |PG_dirty[F0]@6| a!87)
       (= |PG_dirty[F1]@6| a!89)
       (= shmem.i_pages@6 a!91)
       a!93
       (= |&mm->mmap_lock.writer[P0]@6| |&mm->mmap_lock.writer[P0]@5|)
       (= |&mm->mmap_lock.readers[P0]@6| |&mm->mmap_lock.readers[P0]@5|)
       (= |&anon_vma->rwsem.writer[av0]@6| |&anon_vma->rwsem.writer[av0]@5|)
       (= |&anon_vma->rwsem.readers[av0]@6| |&anon_vma->rwsem.readers[av0]@5|)
       (= |ptlock_ptr(page)[P0]@6| |ptlock_ptr(page)[P0]@5|)
       (= |PG_locked[F0]@6| a!97)
       (= |PG_locked[F1]@6| a!99)
       (= |&mapping->tree_lock.writer[shmem]@6|
          |&mapping->tree_lock.writer[shmem]@5|)
       (= |&mapping->tree_lock.writer[swapper_space]@6|
          |&mapping->tree_lock.writer[swapper_space]@5|)
       (= |&mapping->tree_lock.readers[shmem]@6|
          |&mapping->tree_lock.readers[shmem]@5|)
       (= |&mapping->tree_lock.readers[swapper_space]@6|
          |&mapping->tree_lock.readers[swapper_space]@5|)
       (= |swap_lock[0]@6| |swap_lock[0]@5|)
       (= |&info->lock[0]@6| |&info->lock[0]@5|)
       (= |lru_lock[0]@6| |lru_lock[0]@5|)
       (= migrate0.pc@6 a!108)
       a!110
       (= migrate0.newpage@6 a!112)
       (= migrate0.ok@6 a!114)
       (= migrate0.mapping_is_swapper@6 a!115)
       a!116
       (bvule |alive[P0]@6| #x01)
       (bvule |pte[P0][0]@6| #x07)
       (bvule |pte.folio[P0][0]@6| #x01)
       (bvule |pte.write[P0][0]@6| #x01)
       (bvule |expected[P0][0]@6| #x01)
       (bvule |anon_vma.list[av0][0]@6| #x00)
       (bvule |anon_vma.len[av0]@6| #x01)
       (bvule |anon_vma.refcount[av0]@6| #x04)
       (bvule |folio.used[F0]@6| #x01)
       (bvule |folio.used[F1]@6| #x01)
       (bvule |folio.refcount[F0]@6| #x04)
       (bvule |folio.refcount[F1]@6| #x04)
       (bvule |folio.mapcount[F0]@6| #x02)
       (bvule |folio.mapcount[F1]@6| #x02)
       (bvule |PG_lru[F0]@6| #x01)
       (bvule |PG_lru[F1]@6| #x01)
       (bvule |PG_anon_exclusive[F0]@6| #x01)
       (bvule |PG_anon_exclusive[F1]@6| #x01)
       (bvule |folio.mapping[F0]@6| #x01)
       (bvule |folio.mapping[F1]@6| #x01)
       (bvule |folio.index[F0]@6| #x00)
       (bvule |folio.index[F1]@6| #x00)
       (bvule |folio.data[F0]@6| #x01)
       (bvule |folio.data[F1]@6| #x01)
       (bvule |folio.node[F0]@6| #x01)
       (bvule |folio.node[F1]@6| #x01)
       (bvule |page.mapping(shmem)[F0]@6| #x01)
       (bvule |page.mapping(shmem)[F1]@6| #x01)
       (bvule |PG_swapcache[F0]@6| #x01)
       (bvule |PG_swapcache[F1]@6| #x01)
       (bvule |PG_dirty[F0]@6| #x01)
       (bvule |PG_dirty[F1]@6| #x01)
       (bvule shmem.i_pages@6 #x02)
       (bvule swapper_space.i_pages@6 #x02)
       (bvule |&mm->mmap_lock.writer[P0]@6| #x01)
       (bvule |&mm->mmap_lock.readers[P0]@6| #x01)
       (bvule |&anon_vma->rwsem.writer[av0]@6| #x01)
       (bvule |&anon_vma->rwsem.readers[av0]@6| #x01)
       (bvule |ptlock_ptr(page)[P0]@6| #x01)
       (bvule |PG_locked[F0]@6| #x01)
       (bvule |PG_locked[F1]@6| #x01)
       (bvule |&mapping->tree_lock.writer[shmem]@6| #x01)
       (bvule |&mapping->tree_lock.writer[swapper_space]@6| #x01)
       (bvule |&mapping->tree_lock.readers[shmem]@6| #x01)
       (bvule |&mapping->tree_lock.readers[swapper_space]@6| #x01)
       (bvule |swap_lock[0]@6| #x01)
       (bvule |&info->lock[0]@6| #x01)
       (bvule |lru_lock[0]@6| #x01)
       (bvule migrate0.pc@6 #x0a)
       (bvule migrate0.isolated@6 #x01)
       (bvule migrate0.newpage@6 #x02)
       (bvule migrate0.ok@6 #x01)
       (bvule migrate0.mapping_is_swapper@6 #x01)
       (bvule migrate0.pass@6 #x01))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@6| #x00))
                     (not (= |PG_lru[F0]@6| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@6| #x00)))
               (not (not (= |folio.used[F1]@6| #x00)))))
      (a!3 (ite (not (not (= |folio.used[F0]@6| #x00))) #x00 #x01))
      (a!5 (and (= rule@6 #x04)
                (= migrate0.pc@6 #x03)
                (or (not (= |PG_swapcache[F0]@6| #x00))
                    (not (= |page.mapping(shmem)[F0]@6| #x00)))))
      (a!6 (not (or (not (= |PG_swapcache[F0]@6| #x00))
                    (not (= |page.mapping(shmem)[F0]@6| #x00)))))
      (a!7 (= (ite (not (= migrate0.mapping_is_swapper@6 #x00)) #x01 #x00) #x00))
      (a!8 (= (ite (not (= migrate0.mapping_is_swapper@6 #x00))
                   swapper_space.i_pages@6
                   shmem.i_pages@6)
              #x00))
      (a!10 (and (= rule@6 #x0d)
                 (= migrate0.pc@6 #x07)
                 (not (not (= migrate0.ok@6 #x00)))))
      (a!11 (and (= rule@6 #x0f)
                 (= migrate0.pc@6 #x09)
                 (not (not (= migrate0.ok@6 #x00)))))
      (a!13 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.used[F0]@6|
                      |folio.used[F1]@6|)))
      (a!14 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.used[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.used[F0]@6|)
                      |folio.used[F0]@6|)))
      (a!19 (ite (and (= rule@6 #x0e) true)
                 (bvsub |folio.refcount[F0]@6| #x01)
                 (ite (and (= rule@6 #x0f) true)
                      (bvsub |folio.refcount[F0]@6| #x01)
                      |folio.refcount[F0]@6|)))
      (a!25 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 |folio.refcount[F1]@6|))
      (a!30 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00) |PG_lru[F0]@6| |PG_lru[F1]@6|)))
      (a!31 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 #x01))
      (a!32 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_lru[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01) #x00 #x01)
                      |PG_lru[F0]@6|)))
      (a!37 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |PG_anon_exclusive[F0]@6|
                      |PG_anon_exclusive[F1]@6|)))
      (a!38 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@6|)
                      |PG_anon_exclusive[F0]@6|)))
      (a!43 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.mapping[F0]@6|
                      |folio.mapping[F1]@6|)))
      (a!44 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01)
                      #x01
                      |folio.mapping[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x01
                           |folio.mapping[F0]@6|)
                      |folio.mapping[F0]@6|)))
      (a!49 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.index[F0]@6|
                      |folio.index[F1]@6|)))
      (a!50 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.index[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.index[F0]@6|)
                      |folio.index[F0]@6|)))
      (a!55 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.data[F0]@6|
                      |folio.data[F1]@6|)))
      (a!56 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.data[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.data[F0]@6|)
                      |folio.data[F0]@6|)))
      (a!63 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.node[F0]@6|
                      |folio.node[F1]@6|)))
      (a!64 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.node[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.node[F0]@6|)
                      |folio.node[F0]@6|)))
      (a!69 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |page.mapping(shmem)[F0]@6|
                      |page.mapping(shmem)[F1]@6|)))
      (a!70 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@6|)
                      |page.mapping(shmem)[F0]@6|)))
      (a!76 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |PG_swapcache[F0]@6|
                      |PG_swapcache[F1]@6|)))
      (a!77 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_swapcache[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |PG_swapcache[F0]@6|)
                      |PG_swapcache[F0]@6|)))
      (a!83 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |PG_dirty[F0]@6|
                      |PG_dirty[F1]@6|)))
      (a!84 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_dirty[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |PG_dirty[F0]@6|)
                      |PG_dirty[F0]@6|)))
      (a!90 (ite (not (not (= migrate0.mapping_is_swapper@6 #x00)))
                 migrate0.newpage@6
                 shmem.i_pages@6))
      (a!92 (ite (and (= rule@6 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@6 #x00))
                      migrate0.newpage@6
                      swapper_space.i_pages@6)
                 swapper_space.i_pages@6))
      (a!94 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 #x00
                 (ite (and (= rule@6 #x0d) true) #x00 |PG_locked[F0]@6|)))
      (a!98 (ite (and (= rule@6 #x0c) (= migrate0.newpage@6 #x01))
                 #x00
                 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                      #x00
                      |PG_locked[F1]@6|)))
      (a!100 (ite (and (= rule@6 #x10) true)
                  #x01
                  (ite (and (= rule@6 #x11) true) #x09 migrate0.pc@6)))
      (a!109 (ite (and (= rule@6 #x0e) true)
                  #x00
                  (ite (and (= rule@6 #x0f) true) #x00 migrate0.isolated@6)))
      (a!111 (ite (and (= rule@6 #x0d) true)
                  #x02
                  (ite (and (= rule@6 #x0e) true) #x02 migrate0.newpage@6)))
      (a!113 (ite (and (= rule@6 #x0b) true)
                  #x01
                  (ite (and (= rule@6 #x11) true) #x00 migrate0.ok@6)))
      (a!115 (ite (and (= rule@6 #x04) true)
                  |PG_swapcache[F0]@6|
                  (ite (and (= rule@6 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@6)))
      (a!116 (= migrate0.pass@7
                (ite (and (= rule@6 #x10) true)
                     (bvadd migrate0.pass@6 #x01)
                     migrate0.pass@6))))
(let ((a!4 (and (= rule@6 #x03)
                (= migrate0.pc@6 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@6| |PG_locked[F1]@6|) #x00)))
      (a!9 (not (and (not (= |page.mapping(shmem)[F0]@6| #x00))
                     (= |folio.refcount[F0]@6| #x02)
                     a!8)))
      (a!15 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!13
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!13
                      a!14)))
      (a!17 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!13
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!13
                      |folio.used[F1]@6|)))
      (a!20 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!19))
      (a!26 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!25))
      (a!33 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!30
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!31
                      a!32)))
      (a!35 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!30
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!31
                      |PG_lru[F1]@6|)))
      (a!39 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!37
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!37
                      a!38)))
      (a!41 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!37
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!37
                      |PG_anon_exclusive[F1]@6|)))
      (a!45 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!43
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!43
                      a!44)))
      (a!47 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!43
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!43
                      |folio.mapping[F1]@6|)))
      (a!51 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!49
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!49
                      a!50)))
      (a!53 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!49
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!49
                      |folio.index[F1]@6|)))
      (a!57 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!55
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!55
                      a!56)))
      (a!60 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!55
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!55
                      |folio.data[F1]@6|)))
      (a!65 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!63
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!63
                      a!64)))
      (a!67 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!63
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!63
                      |folio.node[F1]@6|)))
      (a!71 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!69
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!69
                      a!70)))
      (a!74 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!69
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!69
                      |page.mapping(shmem)[F1]@6|)))
      (a!78 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!76
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!76
                      a!77)))
      (a!81 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!76
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!76
                      |PG_swapcache[F1]@6|)))
      (a!85 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!83
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!83
                      a!84)))
      (a!88 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!83
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!83
                      |PG_dirty[F1]@6|)))
      (a!91 (ite (and (= rule@6 #x05) true)
                 #x02
                 (ite (and (= rule@6 #x09) true) a!90 shmem.i_pages@6)))
      (a!93 (= swapper_space.i_pages@7
               (ite (and (= rule@6 #x05) true) #x00 a!92)))
      (a!95 (ite (and (= rule@6 #x0c) (= migrate0.newpage@6 #x00))
                 #x00
                 (ite (and (= rule@6 #x0c) true) #x00 a!94)))
      (a!99 (ite (and (= rule@6 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                      #x00
                      a!98)))
      (a!101 (ite (and (= rule@6 #x0e) true)
                  #x0a
                  (ite (and (= rule@6 #x0f) true) #x0a a!100)))
      (a!110 (= migrate0.isolated@7 (ite (and (= rule@6 #x00) true) #x01 a!109)))
      (a!112 (ite (and (= rule@6 #x03) true)
                  a!3
                  (ite (and (= rule@6 #x08) true) #x02 a!111)))
      (a!114 (ite (and (= rule@6 #x07) true)
                  #x00
                  (ite (and (= rule@6 #x0a) true) #x00 a!113))))
(let ((a!12 (or (and (= rule@6 #x00)
                     (= migrate0.pc@6 #x00)
                     (= |lru_lock[0]@6| #x00)
                     (not (= |folio.used[F0]@6| #x00))
                     (not (= |PG_lru[F0]@6| #x00)))
                (and (= rule@6 #x01) (= migrate0.pc@6 #x00) a!1)
                (and (= rule@6 #x02)
                     (= migrate0.pc@6 #x01)
                     (= |PG_locked[F0]@6| #x00))
                a!4
                a!5
                (and (= rule@6 #x05) false)
                (and (= rule@6 #x06) false)
                (and (= rule@6 #x07) (= migrate0.pc@6 #x03) a!6)
                (and (= rule@6 #x08) (= migrate0.pc@6 #x04))
                (and (= rule@6 #x09)
                     (= migrate0.pc@6 #x05)
                     (= (ite a!7
                             |&mapping->tree_lock.writer[shmem]@6|
                             |&mapping->tree_lock.writer[swapper_space]@6|)
                        #x00)
                     (= (ite a!7
                             |&mapping->tree_lock.readers[shmem]@6|
                             |&mapping->tree_lock.readers[swapper_space]@6|)
                        #x00)
                     (not (= |page.mapping(shmem)[F0]@6| #x00))
                     (= |folio.refcount[F0]@6| #x02)
                     a!8)
                (and (= rule@6 #x0a) (= migrate0.pc@6 #x05) a!9)
                (and (= rule@6 #x0b) (= migrate0.pc@6 #x06))
                (and (= rule@6 #x0c)
                     (= migrate0.pc@6 #x07)
                     (not (= migrate0.ok@6 #x00)))
                a!10
                (and (= rule@6 #x0e)
                     (= migrate0.pc@6 #x09)
                     (not (= migrate0.ok@6 #x00)))
                a!11
                (and (= rule@6 #x10)
                     (= migrate0.pc@6 #x08)
                     (bvult migrate0.pass@6 #x01))
                (and (= rule@6 #x11)
                     (= migrate0.pc@6 #x08)
                     (bvuge migrate0.pass@6 #x01))))
      (a!16 (ite (and (= rule@6 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      a!13
                      a!15)))
      (a!18 (ite (and (= rule@6 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                      a!13
                      a!17)))
      (a!21 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!20))
      (a!27 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x01))
                 (bvadd (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@6 #x00) true)
                 #x00
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      a!30
                      a!33)))
      (a!36 (= |PG_lru[F1]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01)) a!30 a!35)))
      (a!40 (= |PG_anon_exclusive[F0]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00)) a!37 a!39)))
      (a!42 (= |PG_anon_exclusive[F1]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01)) a!37 a!41)))
      (a!46 (= |folio.mapping[F0]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00)) a!43 a!45)))
      (a!48 (= |folio.mapping[F1]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01)) a!43 a!47)))
      (a!52 (= |folio.index[F0]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00)) a!49 a!51)))
      (a!54 (= |folio.index[F1]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01)) a!49 a!53)))
      (a!58 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                 a!55
                 (ite (and (= rule@6 #x0b) (= migrate0.newpage@6 #x00))
                      |folio.data[F0]@6|
                      a!57)))
      (a!61 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                 a!55
                 (ite (and (= rule@6 #x0b) (= migrate0.newpage@6 #x01))
                      |folio.data[F0]@6|
                      a!60)))
      (a!66 (ite (and (= rule@6 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@6|)
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      a!63
                      a!65)))
      (a!68 (ite (and (= rule@6 #x03) (= a!3 #x01))
                 (bvsub #x01 |folio.node[F0]@6|)
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                      a!63
                      a!67)))
      (a!72 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x00))
                 |page.mapping(shmem)[F0]@6|
                 (ite (and (= rule@6 #x0b) true) #x00 a!71)))
      (a!75 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                 a!69
                 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x01))
                      |page.mapping(shmem)[F0]@6|
                      a!74)))
      (a!79 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x00))
                 |PG_swapcache[F0]@6|
                 (ite (and (= rule@6 #x0b) true) #x00 a!78)))
      (a!82 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                 a!76
                 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x01))
                      |PG_swapcache[F0]@6|
                      a!81)))
      (a!86 (ite (and (= rule@6 #x0b) (= migrate0.newpage@6 #x00))
                 |PG_dirty[F0]@6|
                 (ite (and (= rule@6 #x0b) true) #x00 a!85)))
      (a!89 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                 a!83
                 (ite (and (= rule@6 #x0b) (= migrate0.newpage@6 #x01))
                      |PG_dirty[F0]@6|
                      a!88)))
      (a!96 (ite (and (= rule@6 #x05) true)
                 #x00
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      #x00
                      a!95)))
      (a!102 (ite (and (= rule@6 #x0c) true)
                  #x09
                  (ite (and (= rule@6 #x0d) true) #x08 a!101))))
(let ((a!22 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x00))
                 (bvadd (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 (ite (and (= rule@6 #x09) true)
                      (bvsub |folio.refcount[F0]@6| #x01)
                      a!21)))
      (a!28 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!27))
      (a!59 (= |folio.data[F0]@7|
               (ite (and (= rule@6 #x03) (= a!3 #x00)) #x00 a!58)))
      (a!62 (= |folio.data[F1]@7|
               (ite (and (= rule@6 #x03) (= a!3 #x01)) #x00 a!61)))
      (a!73 (ite (and (= rule@6 #x05) true)
                 #x00
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      a!69
                      a!72)))
      (a!80 (ite (and (= rule@6 #x05) true)
                 #x01
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      a!76
                      a!79)))
      (a!87 (ite (and (= rule@6 #x05) true)
                 #x01
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      a!83
                      a!86)))
      (a!97 (ite (and (= rule@6 #x02) true)
                 #x01
                 (ite (and (= rule@6 #x03) (= a!3 #x00)) #x01 a!96)))
      (a!103 (ite (and (= rule@6 #x0a) true)
                  #x07
                  (ite (and (= rule@6 #x0b) true) #x07 a!102))))
(let ((a!23 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!22))
      (a!29 (= |folio.refcount[F1]@7|
               (ite (and (= rule@6 #x03) (= a!3 #x01)) #x01 a!28)))
      (a!104 (ite (and (= rule@6 #x08) true)
                  #x08
                  (ite (and (= rule@6 #x09) true) #x06 a!103))))
(let ((a!24 (ite (and (= rule@6 #x00) true)
                 (bvadd |folio.refcount[F0]@6| #x01)
                 (ite (and (= rule@6 #x03) (= a!3 #x00)) #x01 a!23)))
      (a!105 (ite (and (= rule@6 #x06) true)
                  #x05
                  (ite (and (= rule@6 #x07) true) #x07 a!104))))
(let ((a!106 (ite (and (= rule@6 #x04) true)
                  #x05
                  (ite (and (= rule@6 #x05) true) #x04 a!105))))
(let ((a!107 (ite (and (= rule@6 #x02) true)
                  #x02
                  (ite (and (= rule@6 #x03) true) #x03 a!106))))
(let ((a!108 (ite (and (= rule@6 #x00) true)
                  #x01
                  (ite (and (= rule@6 #x01) true) #x0a a!107))))
  (and a!12
       (= |alive[P0]@7| |alive[P0]@6|)
       (= |pte[P0][0]@7| |pte[P0][0]@6|)
       (= |pte.folio[P0][0]@7| |pte.folio[P0][0]@6|)
       (= |pte.write[P0][0]@7| |pte.write[P0][0]@6|)
       (= |expected[P0][0]@7| |expected[P0][0]@6|)
       (= |anon_vma.list[av0][0]@7| |anon_vma.list[av0][0]@6|)
       (= |anon_vma.len[av0]@7| |anon_vma.len[av0]@6|)
       (= |anon_vma.refcount[av0]@7| |anon_vma.refcount[av0]@6|)
       (= |folio.used[F0]@7| a!16)
       (= |folio.used[F1]@7| a!18)
       (= |folio.refcount[F0]@7| a!24)
       a!29
       (= |folio.mapcount[F0]@7| |folio.mapcount[F0]@6|)
       (= |folio.mapcount[F1]@7| |folio.mapcount[F1]@6|)
       (= |PG_lru[F0]@7| a!34)
       a!36
       a!40
       a!42
       a!46
       a!48
       a!52
       a!54
       a!59
       a!62
       (= |folio.node[F0]@7| a!66)
       (= |folio.node[F1]@7| a!68)
       (= |page.mapping(shmem)[F0]@7| a!73)
       (= |page.mapping(shmem)[F1]@7| a!75)
       (= |PG_swapcache[F0]@7| a!80)
       (= |PG_swapcache[F1]@7| a!82)
       (= |PG_dirty[F0]@7| a!87)
       (= |PG_dirty[F1]@7| a!89)
       (= shmem.i_pages@7 a!91)
       a!93
       (= |&mm->mmap_lock.writer[P0]@7| |&mm->mmap_lock.writer[P0]@6|)
       (= |&mm->mmap_lock.readers[P0]@7| |&mm->mmap_lock.readers[P0]@6|)
       (= |&anon_vma->rwsem.writer[av0]@7| |&anon_vma->rwsem.writer[av0]@6|)
       (= |&anon_vma->rwsem.readers[av0]@7| |&anon_vma->rwsem.readers[av0]@6|)
       (= |ptlock_ptr(page)[P0]@7| |ptlock_ptr(page)[P0]@6|)
       (= |PG_locked[F0]@7| a!97)
       (= |PG_locked[F1]@7| a!99)
       (= |&mapping->tree_lock.writer[shmem]@7|
          |&mapping->tree_lock.writer[shmem]@6|)
       (= |&mapping->tree_lock.writer[swapper_space]@7|
          |&mapping->tree_lock.writer[swapper_space]@6|)
       (= |&mapping->tree_lock.readers[shmem]@7|
          |&mapping->tree_lock.readers[shmem]@6|)
       (= |&mapping->tree_lock.readers[swapper_space]@7|
          |&mapping->tree_lock.readers[swapper_space]@6|)
       (= |swap_lock[0]@7| |swap_lock[0]@6|)
       (= |&info->lock[0]@7| |&info->lock[0]@6|)
       (= |lru_lock[0]@7| |lru_lock[0]@6|)
       (= migrate0.pc@7 a!108)
       a!110
       (= migrate0.newpage@7 a!112)
       (= migrate0.ok@7 a!114)
       (= migrate0.mapping_is_swapper@7 a!115)
       a!116
       (bvule |alive[P0]@7| #x01)
       (bvule |pte[P0][0]@7| #x07)
       (bvule |pte.folio[P0][0]@7| #x01)
       (bvule |pte.write[P0][0]@7| #x01)
       (bvule |expected[P0][0]@7| #x01)
       (bvule |anon_vma.list[av0][0]@7| #x00)
       (bvule |anon_vma.len[av0]@7| #x01)
       (bvule |anon_vma.refcount[av0]@7| #x04)
       (bvule |folio.used[F0]@7| #x01)
       (bvule |folio.used[F1]@7| #x01)
       (bvule |folio.refcount[F0]@7| #x04)
       (bvule |folio.refcount[F1]@7| #x04)
       (bvule |folio.mapcount[F0]@7| #x02)
       (bvule |folio.mapcount[F1]@7| #x02)
       (bvule |PG_lru[F0]@7| #x01)
       (bvule |PG_lru[F1]@7| #x01)
       (bvule |PG_anon_exclusive[F0]@7| #x01)
       (bvule |PG_anon_exclusive[F1]@7| #x01)
       (bvule |folio.mapping[F0]@7| #x01)
       (bvule |folio.mapping[F1]@7| #x01)
       (bvule |folio.index[F0]@7| #x00)
       (bvule |folio.index[F1]@7| #x00)
       (bvule |folio.data[F0]@7| #x01)
       (bvule |folio.data[F1]@7| #x01)
       (bvule |folio.node[F0]@7| #x01)
       (bvule |folio.node[F1]@7| #x01)
       (bvule |page.mapping(shmem)[F0]@7| #x01)
       (bvule |page.mapping(shmem)[F1]@7| #x01)
       (bvule |PG_swapcache[F0]@7| #x01)
       (bvule |PG_swapcache[F1]@7| #x01)
       (bvule |PG_dirty[F0]@7| #x01)
       (bvule |PG_dirty[F1]@7| #x01)
       (bvule shmem.i_pages@7 #x02)
       (bvule swapper_space.i_pages@7 #x02)
       (bvule |&mm->mmap_lock.writer[P0]@7| #x01)
       (bvule |&mm->mmap_lock.readers[P0]@7| #x01)
       (bvule |&anon_vma->rwsem.writer[av0]@7| #x01)
       (bvule |&anon_vma->rwsem.readers[av0]@7| #x01)
       (bvule |ptlock_ptr(page)[P0]@7| #x01)
       (bvule |PG_locked[F0]@7| #x01)
       (bvule |PG_locked[F1]@7| #x01)
       (bvule |&mapping->tree_lock.writer[shmem]@7| #x01)
       (bvule |&mapping->tree_lock.writer[swapper_space]@7| #x01)
       (bvule |&mapping->tree_lock.readers[shmem]@7| #x01)
       (bvule |&mapping->tree_lock.readers[swapper_space]@7| #x01)
       (bvule |swap_lock[0]@7| #x01)
       (bvule |&info->lock[0]@7| #x01)
       (bvule |lru_lock[0]@7| #x01)
       (bvule migrate0.pc@7 #x0a)
       (bvule migrate0.isolated@7 #x01)
       (bvule migrate0.newpage@7 #x02)
       (bvule migrate0.ok@7 #x01)
       (bvule migrate0.mapping_is_swapper@7 #x01)
       (bvule migrate0.pass@7 #x01))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@7| #x00))
                     (not (= |PG_lru[F0]@7| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@7| #x00)))
               (not (not (= |folio.used[F1]@7| #x00)))))
      (a!3 (ite (not (not (= |folio.used[F0]@7| #x00))) #x00 #x01))
      (a!5 (and (= rule@7 #x04)
                (= migrate0.pc@7 #x03)
                (or (not (= |PG_swapcache[F0]@7| #x00))
                    (not (= |page.mapping(shmem)[F0]@7| #x00)))))
      (a!6 (not (or (not (= |PG_swapcache[F0]@7| #x00))
                    (not (= |page.mapping(shmem)[F0]@7| #x00)))))
      (a!7 (= (ite (not (= migrate0.mapping_is_swapper@7 #x00)) #x01 #x00) #x00))
      (a!8 (= (ite (not (= migrate0.mapping_is_swapper@7 #x00))
                   swapper_space.i_pages@7
                   shmem.i_pages@7)
              #x00))
      (a!10 (and (= rule@7 #x0d)
                 (= migrate0.pc@7 #x07)
                 (not (not (= migrate0.ok@7 #x00)))))
      (a!11 (and (= rule@7 #x0f)
                 (= migrate0.pc@7 #x09)
                 (not (not (= migrate0.ok@7 #x00)))))
      (a!13 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.used[F0]@7|
                      |folio.used[F1]@7|)))
      (a!14 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.used[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.used[F0]@7|)
                      |folio.used[F0]@7|)))
      (a!19 (ite (and (= rule@7 #x0e) true)
                 (bvsub |folio.refcount[F0]@7| #x01)
                 (ite (and (= rule@7 #x0f) true)
                      (bvsub |folio.refcount[F0]@7| #x01)
                      |folio.refcount[F0]@7|)))
      (a!25 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 |folio.refcount[F1]@7|))
      (a!30 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00) |PG_lru[F0]@7| |PG_lru[F1]@7|)))
      (a!31 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 #x01))
      (a!32 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_lru[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01) #x00 #x01)
                      |PG_lru[F0]@7|)))
      (a!37 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |PG_anon_exclusive[F0]@7|
                      |PG_anon_exclusive[F1]@7|)))
      (a!38 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@7|)
                      |PG_anon_exclusive[F0]@7|)))
      (a!43 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.mapping[F0]@7|
                      |folio.mapping[F1]@7|)))
      (a!44 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01)
                      #x01
                      |folio.mapping[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x01
                           |folio.mapping[F0]@7|)
                      |folio.mapping[F0]@7|)))
      (a!49 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.index[F0]@7|
                      |folio.index[F1]@7|)))
      (a!50 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.index[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.index[F0]@7|)
                      |folio.index[F0]@7|)))
      (a!55 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.data[F0]@7|
                      |folio.data[F1]@7|)))
      (a!56 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.data[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.data[F0]@7|)
                      |folio.data[F0]@7|)))
      (a!63 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.node[F0]@7|
                      |folio.node[F1]@7|)))
      (a!64 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.node[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.node[F0]@7|)
                      |folio.node[F0]@7|)))
      (a!69 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |page.mapping(shmem)[F0]@7|
                      |page.mapping(shmem)[F1]@7|)))
      (a!70 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@7|)
                      |page.mapping(shmem)[F0]@7|)))
      (a!76 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |PG_swapcache[F0]@7|
                      |PG_swapcache[F1]@7|)))
      (a!77 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_swapcache[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |PG_swapcache[F0]@7|)
                      |PG_swapcache[F0]@7|)))
      (a!83 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |PG_dirty[F0]@7|
                      |PG_dirty[F1]@7|)))
      (a!84 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_dirty[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |PG_dirty[F0]@7|)
                      |PG_dirty[F0]@7|)))
      (a!90 (ite (not (not (= migrate0.mapping_is_swapper@7 #x00)))
                 migrate0.newpage@7
                 shmem.i_pages@7))
      (a!92 (ite (and (= rule@7 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@7 #x00))
                      migrate0.newpage@7
                      swapper_space.i_pages@7)
                 swapper_space.i_pages@7))
      (a!94 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 #x00
                 (ite (and (= rule@7 #x0d) true) #x00 |PG_locked[F0]@7|)))
      (a!98 (ite (and (= rule@7 #x0c) (= migrate0.newpage@7 #x01))
                 #x00
                 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                      #x00
                      |PG_locked[F1]@7|)))
      (a!100 (ite (and (= rule@7 #x10) true)
                  #x01
                  (ite (and (= rule@7 #x11) true) #x09 migrate0.pc@7)))
      (a!109 (ite (and (= rule@7 #x0e) true)
                  #x00
                  (ite (and (= rule@7 #x0f) true) #x00 migrate0.isolated@7)))
      (a!111 (ite (and (= rule@7 #x0d) true)
                  #x02
                  (ite (and (= rule@7 #x0e) true) #x02 migrate0.newpage@7)))
      (a!113 (ite (and (= rule@7 #x0b) true)
                  #x01
                  (ite (and (= rule@7 #x11) true) #x00 migrate0.ok@7)))
      (a!115 (ite (and (= rule@7 #x04) true)
                  |PG_swapcache[F0]@7|
                  (ite (and (= rule@7 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@7)))
      (a!116 (= migrate0.pass@8
                (ite (and (= rule@7 #x10) true)
                     (bvadd migrate0.pass@7 #x01)
                     migrate0.pass@7))))
(let ((a!4 (and (= rule@7 #x03)
                (= migrate0.pc@7 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@7| |PG_locked[F1]@7|) #x00)))
      (a!9 (not (and (not (= |page.mapping(shmem)[F0]@7| #x00))
                     (= |folio.refcount[F0]@7| #x02)
                     a!8)))
      (a!15 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!13
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!13
                      a!14)))
      (a!17 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!13
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!13
                      |folio.used[F1]@7|)))
      (a!20 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!19))
      (a!26 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!25))
      (a!33 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!30
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!31
                      a!32)))
      (a!35 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!30
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!31
                      |PG_lru[F1]@7|)))
      (a!39 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!37
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!37
                      a!38)))
      (a!41 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!37
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!37
                      |PG_anon_exclusive[F1]@7|)))
      (a!45 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!43
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!43
                      a!44)))
      (a!47 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!43
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!43
                      |folio.mapping[F1]@7|)))
      (a!51 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!49
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!49
                      a!50)))
      (a!53 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!49
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!49
                      |folio.index[F1]@7|)))
      (a!57 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!55
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!55
                      a!56)))
      (a!60 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!55
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!55
                      |folio.data[F1]@7|)))
      (a!65 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!63
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!63
                      a!64)))
      (a!67 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!63
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!63
                      |folio.node[F1]@7|)))
      (a!71 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!69
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!69
                      a!70)))
      (a!74 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!69
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!69
                      |page.mapping(shmem)[F1]@7|)))
      (a!78 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!76
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!76
                      a!77)))
      (a!81 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!76
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!76
                      |PG_swapcache[F1]@7|)))
      (a!85 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!83
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!83
                      a!84)))
      (a!88 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!83
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!83
                      |PG_dirty[F1]@7|)))
      (a!91 (ite (and (= rule@7 #x05) true)
                 #x02
                 (ite (and (= rule@7 #x09) true) a!90 shmem.i_pages@7)))
      (a!93 (= swapper_space.i_pages@8
               (ite (and (= rule@7 #x05) true) #x00 a!92)))
      (a!95 (ite (and (= rule@7 #x0c) (= migrate0.newpage@7 #x00))
                 #x00
                 (ite (and (= rule@7 #x0c) true) #x00 a!94)))
      (a!99 (ite (and (= rule@7 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                      #x00
                      a!98)))
      (a!101 (ite (and (= rule@7 #x0e) true)
                  #x0a
                  (ite (and (= rule@7 #x0f) true) #x0a a!100)))
      (a!110 (= migrate0.isolated@8 (ite (and (= rule@7 #x00) true) #x01 a!109)))
      (a!112 (ite (and (= rule@7 #x03) true)
                  a!3
                  (ite (and (= rule@7 #x08) true) #x02 a!111)))
      (a!114 (ite (and (= rule@7 #x07) true)
                  #x00
                  (ite (and (= rule@7 #x0a) true) #x00 a!113))))
(let ((a!12 (or (and (= rule@7 #x00)
                     (= migrate0.pc@7 #x00)
                     (= |lru_lock[0]@7| #x00)
                     (not (= |folio.used[F0]@7| #x00))
                     (not (= |PG_lru[F0]@7| #x00)))
                (and (= rule@7 #x01) (= migrate0.pc@7 #x00) a!1)
                (and (= rule@7 #x02)
                     (= migrate0.pc@7 #x01)
                     (= |PG_locked[F0]@7| #x00))
                a!4
                a!5
                (and (= rule@7 #x05) false)
                (and (= rule@7 #x06) false)
                (and (= rule@7 #x07) (= migrate0.pc@7 #x03) a!6)
                (and (= rule@7 #x08) (= migrate0.pc@7 #x04))
                (and (= rule@7 #x09)
                     (= migrate0.pc@7 #x05)
                     (= (ite a!7
                             |&mapping->tree_lock.writer[shmem]@7|
                             |&mapping->tree_lock.writer[swapper_space]@7|)
                        #x00)
                     (= (ite a!7
                             |&mapping->tree_lock.readers[shmem]@7|
                             |&mapping->tree_lock.readers[swapper_space]@7|)
                        #x00)
                     (not (= |page.mapping(shmem)[F0]@7| #x00))
                     (= |folio.refcount[F0]@7| #x02)
                     a!8)
                (and (= rule@7 #x0a) (= migrate0.pc@7 #x05) a!9)
                (and (= rule@7 #x0b) (= migrate0.pc@7 #x06))
                (and (= rule@7 #x0c)
                     (= migrate0.pc@7 #x07)
                     (not (= migrate0.ok@7 #x00)))
                a!10
                (and (= rule@7 #x0e)
                     (= migrate0.pc@7 #x09)
                     (not (= migrate0.ok@7 #x00)))
                a!11
                (and (= rule@7 #x10)
                     (= migrate0.pc@7 #x08)
                     (bvult migrate0.pass@7 #x01))
                (and (= rule@7 #x11)
                     (= migrate0.pc@7 #x08)
                     (bvuge migrate0.pass@7 #x01))))
      (a!16 (ite (and (= rule@7 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      a!13
                      a!15)))
      (a!18 (ite (and (= rule@7 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                      a!13
                      a!17)))
      (a!21 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!20))
      (a!27 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x01))
                 (bvadd (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@7 #x00) true)
                 #x00
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      a!30
                      a!33)))
      (a!36 (= |PG_lru[F1]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01)) a!30 a!35)))
      (a!40 (= |PG_anon_exclusive[F0]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00)) a!37 a!39)))
      (a!42 (= |PG_anon_exclusive[F1]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01)) a!37 a!41)))
      (a!46 (= |folio.mapping[F0]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00)) a!43 a!45)))
      (a!48 (= |folio.mapping[F1]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01)) a!43 a!47)))
      (a!52 (= |folio.index[F0]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00)) a!49 a!51)))
      (a!54 (= |folio.index[F1]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01)) a!49 a!53)))
      (a!58 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                 a!55
                 (ite (and (= rule@7 #x0b) (= migrate0.newpage@7 #x00))
                      |folio.data[F0]@7|
                      a!57)))
      (a!61 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                 a!55
                 (ite (and (= rule@7 #x0b) (= migrate0.newpage@7 #x01))
                      |folio.data[F0]@7|
                      a!60)))
      (a!66 (ite (and (= rule@7 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@7|)
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      a!63
                      a!65)))
      (a!68 (ite (and (= rule@7 #x03) (= a!3 #x01))
                 (bvsub #x01 |folio.node[F0]@7|)
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                      a!63
                      a!67)))
      (a!72 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x00))
                 |page.mapping(shmem)[F0]@7|
                 (ite (and (= rule@7 #x0b) true) #x00 a!71)))
      (a!75 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                 a!69
                 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x01))
                      |page.mapping(shmem)[F0]@7|
                      a!74)))
      (a!79 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x00))
                 |PG_swapcache[F0]@7|
                 (ite (and (= rule@7 #x0b) true) #x00 a!78)))
      (a!82 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                 a!76
                 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x01))
                      |PG_swapcache[F0]@7|
                      a!81)))
      (a!86 (ite (and (= rule@7 #x0b) (= migrate0.newpage@7 #x00))
                 |PG_dirty[F0]@7|
                 (ite (and (= rule@7 #x0b) true) #x00 a!85)))
      (a!89 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                 a!83
                 (ite (and (= rule@7 #x0b) (= migrate0.newpage@7 #x01))
                      |PG_dirty[F0]@7|
                      a!88)))
      (a!96 (ite (and (= rule@7 #x05) true)
                 #x00
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      #x00
                      a!95)))
      (a!102 (ite (and (= rule@7 #x0c) true)
                  #x09
                  (ite (and (= rule@7 #x0d) true) #x08 a!101))))
(let ((a!22 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x00))
                 (bvadd (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 (ite (and (= rule@7 #x09) true)
                      (bvsub |folio.refcount[F0]@7| #x01)
                      a!21)))
      (a!28 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!27))
      (a!59 (= |folio.data[F0]@8|
               (ite (and (= rule@7 #x03) (= a!3 #x00)) #x00 a!58)))
      (a!62 (= |folio.data[F1]@8|
               (ite (and (= rule@7 #x03) (= a!3 #x01)) #x00 a!61)))
      (a!73 (ite (and (= rule@7 #x05) true)
                 #x00
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      a!69
                      a!72)))
      (a!80 (ite (and (= rule@7 #x05) true)
                 #x01
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      a!76
                      a!79)))
      (a!87 (ite (and (= rule@7 #x05) true)
                 #x01
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      a!83
                      a!86)))
      (a!97 (ite (and (= rule@7 #x02) true)
                 #x01
                 (ite (and (= rule@7 #x03) (= a!3 #x00)) #x01 a!96)))
      (a!103 (ite (and (= rule@7 #x0a) true)
                  #x07
                  (ite (and (= rule@7 #x0b) true) #x07 a!102))))
(let ((a!23 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!22))
      (a!29 (= |folio.refcount[F1]@8|
               (ite (and (= rule@7 #x03) (= a!3 #x01)) #x01 a!28)))
      (a!104 (ite (and (= rule@7 #x08) true)
                  #x08
                  (ite (and (= rule@7 #x09) true) #x06 a!103))))
(let ((a!24 (ite (and (= rule@7 #x00) true)
                 (bvadd |folio.refcount[F0]@7| #x01)
                 (ite (and (= rule@7 #x03) (= a!3 #x00)) #x01 a!23)))
      (a!105 (ite (and (= rule@7 #x06) true)
                  #x05
                  (ite (and (= rule@7 #x07) true) #x07 a!104))))
(let ((a!106 (ite (and (= rule@7 #x04) true)
                  #x05
                  (ite (and (= rule@7 #x05) true) #x04 a!105))))
(let ((a!107 (ite (and (= rule@7 #x02) true)
                  #x02
                  (ite (and (= rule@7 #x03) true) #x03 a!106))))
(let ((a!108 (ite (and (= rule@7 #x00) true)
                  #x01
                  (ite (and (= rule@7 #x01) true) #x0a a!107))))
  (and a!12
       (= |alive[P0]@8| |alive[P0]@7|)
       (= |pte[P0][0]@8| |pte[P0][0]@7|)
       (= |pte.folio[P0][0]@8| |pte.folio[P0][0]@7|)
       (= |pte.write[P0][0]@8| |pte.write[P0][0]@7|)
       (= |expected[P0][0]@8| |expected[P0][0]@7|)
       (= |anon_vma.list[av0][0]@8| |anon_vma.list[av0][0]@7|)
       (= |anon_vma.len[av0]@8| |anon_vma.len[av0]@7|)
       (= |anon_vma.refcount[av0]@8| |anon_vma.refcount[av0]@7|)
       (= |folio.used[F0]@8| a!16)
       (= |folio.used[F1]@8| a!18)
       (= |folio.refcount[F0]@8| a!24)
       a!29
       (= |folio.mapcount[F0]@8| |folio.mapcount[F0]@7|)
       (= |folio.mapcount[F1]@8| |folio.mapcount[F1]@7|)
       (= |PG_lru[F0]@8| a!34)
       a!36
       a!40
       a!42
       a!46
       a!48
       a!52
       a!54
       a!59
       a!62
       (= |folio.node[F0]@8| a!66)
       (= |folio.node[F1]@8| a!68)
       (= |page.mapping(shmem)[F0]@8| a!73)
       (= |page.mapping(shmem)[F1]@8| a!75)
       (= |PG_swapcache[F0]@8| a!80)
       (= |PG_swapcache[F1]@8| a!82)
       (= |PG_dirty[F0]@8| a!87)
       (= |PG_dirty[F1]@8| a!89)
       (= shmem.i_pages@8 a!91)
       a!93
       (= |&mm->mmap_lock.writer[P0]@8| |&mm->mmap_lock.writer[P0]@7|)
       (= |&mm->mmap_lock.readers[P0]@8| |&mm->mmap_lock.readers[P0]@7|)
       (= |&anon_vma->rwsem.writer[av0]@8| |&anon_vma->rwsem.writer[av0]@7|)
       (= |&anon_vma->rwsem.readers[av0]@8| |&anon_vma->rwsem.readers[av0]@7|)
       (= |ptlock_ptr(page)[P0]@8| |ptlock_ptr(page)[P0]@7|)
       (= |PG_locked[F0]@8| a!97)
       (= |PG_locked[F1]@8| a!99)
       (= |&mapping->tree_lock.writer[shmem]@8|
          |&mapping->tree_lock.writer[shmem]@7|)
       (= |&mapping->tree_lock.writer[swapper_space]@8|
          |&mapping->tree_lock.writer[swapper_space]@7|)
       (= |&mapping->tree_lock.readers[shmem]@8|
          |&mapping->tree_lock.readers[shmem]@7|)
       (= |&mapping->tree_lock.readers[swapper_space]@8|
          |&mapping->tree_lock.readers[swapper_space]@7|)
       (= |swap_lock[0]@8| |swap_lock[0]@7|)
       (= |&info->lock[0]@8| |&info->lock[0]@7|)
       (= |lru_lock[0]@8| |lru_lock[0]@7|)
       (= migrate0.pc@8 a!108)
       a!110
       (= migrate0.newpage@8 a!112)
       (= migrate0.ok@8 a!114)
       (= migrate0.mapping_is_swapper@8 a!115)
       a!116
       (bvule |alive[P0]@8| #x01)
       (bvule |pte[P0][0]@8| #x07)
       (bvule |pte.folio[P0][0]@8| #x01)
       (bvule |pte.write[P0][0]@8| #x01)
       (bvule |expected[P0][0]@8| #x01)
       (bvule |anon_vma.list[av0][0]@8| #x00)
       (bvule |anon_vma.len[av0]@8| #x01)
       (bvule |anon_vma.refcount[av0]@8| #x04)
       (bvule |folio.used[F0]@8| #x01)
       (bvule |folio.used[F1]@8| #x01)
       (bvule |folio.refcount[F0]@8| #x04)
       (bvule |folio.refcount[F1]@8| #x04)
       (bvule |folio.mapcount[F0]@8| #x02)
       (bvule |folio.mapcount[F1]@8| #x02)
       (bvule |PG_lru[F0]@8| #x01)
       (bvule |PG_lru[F1]@8| #x01)
       (bvule |PG_anon_exclusive[F0]@8| #x01)
       (bvule |PG_anon_exclusive[F1]@8| #x01)
       (bvule |folio.mapping[F0]@8| #x01)
       (bvule |folio.mapping[F1]@8| #x01)
       (bvule |folio.index[F0]@8| #x00)
       (bvule |folio.index[F1]@8| #x00)
       (bvule |folio.data[F0]@8| #x01)
       (bvule |folio.data[F1]@8| #x01)
       (bvule |folio.node[F0]@8| #x01)
       (bvule |folio.node[F1]@8| #x01)
       (bvule |page.mapping(shmem)[F0]@8| #x01)
       (bvule |page.mapping(shmem)[F1]@8| #x01)
       (bvule |PG_swapcache[F0]@8| #x01)
       (bvule |PG_swapcache[F1]@8| #x01)
       (bvule |PG_dirty[F0]@8| #x01)
       (bvule |PG_dirty[F1]@8| #x01)
       (bvule shmem.i_pages@8 #x02)
       (bvule swapper_space.i_pages@8 #x02)
       (bvule |&mm->mmap_lock.writer[P0]@8| #x01)
       (bvule |&mm->mmap_lock.readers[P0]@8| #x01)
       (bvule |&anon_vma->rwsem.writer[av0]@8| #x01)
       (bvule |&anon_vma->rwsem.readers[av0]@8| #x01)
       (bvule |ptlock_ptr(page)[P0]@8| #x01)
       (bvule |PG_locked[F0]@8| #x01)
       (bvule |PG_locked[F1]@8| #x01)
       (bvule |&mapping->tree_lock.writer[shmem]@8| #x01)
       (bvule |&mapping->tree_lock.writer[swapper_space]@8| #x01)
       (bvule |&mapping->tree_lock.readers[shmem]@8| #x01)
       (bvule |&mapping->tree_lock.readers[swapper_space]@8| #x01)
       (bvule |swap_lock[0]@8| #x01)
       (bvule |&info->lock[0]@8| #x01)
       (bvule |lru_lock[0]@8| #x01)
       (bvule migrate0.pc@8 #x0a)
       (bvule migrate0.isolated@8 #x01)
       (bvule migrate0.newpage@8 #x02)
       (bvule migrate0.ok@8 #x01)
       (bvule migrate0.mapping_is_swapper@8 #x01)
       (bvule migrate0.pass@8 #x01))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@8| #x00))
                     (not (= |PG_lru[F0]@8| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@8| #x00)))
               (not (not (= |folio.used[F1]@8| #x00)))))
      (a!3 (ite (not (not (= |folio.used[F0]@8| #x00))) #x00 #x01))
      (a!5 (and (= rule@8 #x04)
                (= migrate0.pc@8 #x03)
                (or (not (= |PG_swapcache[F0]@8| #x00))
                    (not (= |page.mapping(shmem)[F0]@8| #x00)))))
      (a!6 (not (or (not (= |PG_swapcache[F0]@8| #x00))
                    (not (= |page.mapping(shmem)[F0]@8| #x00)))))
      (a!7 (= (ite (not (= migrate0.mapping_is_swapper@8 #x00)) #x01 #x00) #x00))
      (a!8 (= (ite (not (= migrate0.mapping_is_swapper@8 #x00))
                   swapper_space.i_pages@8
                   shmem.i_pages@8)
              #x00))
      (a!10 (and (= rule@8 #x0d)
                 (= migrate0.pc@8 #x07)
                 (not (not (= migrate0.ok@8 #x00)))))
      (a!11 (and (= rule@8 #x0f)
                 (= migrate0.pc@8 #x09)
                 (not (not (= migrate0.ok@8 #x00)))))
      (a!13 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.used[F0]@8|
                      |folio.used[F1]@8|)))
      (a!14 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.used[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.used[F0]@8|)
                      |folio.used[F0]@8|)))
      (a!19 (ite (and (= rule@8 #x0e) true)
                 (bvsub |folio.refcount[F0]@8| #x01)
                 (ite (and (= rule@8 #x0f) true)
                      (bvsub |folio.refcount[F0]@8| #x01)
                      |folio.refcount[F0]@8|)))
      (a!25 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 |folio.refcount[F1]@8|))
      (a!30 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00) |PG_lru[F0]@8| |PG_lru[F1]@8|)))
      (a!31 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 #x01))
      (a!32 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |PG_lru[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01) #x00 #x01)
                      |PG_lru[F0]@8|)))
      (a!37 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |PG_anon_exclusive[F0]@8|
                      |PG_anon_exclusive[F1]@8|)))
      (a!38 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@8|)
                      |PG_anon_exclusive[F0]@8|)))
      (a!43 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.mapping[F0]@8|
                      |folio.mapping[F1]@8|)))
      (a!44 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01)
                      #x01
                      |folio.mapping[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x01
                           |folio.mapping[F0]@8|)
                      |folio.mapping[F0]@8|)))
      (a!49 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.index[F0]@8|
                      |folio.index[F1]@8|)))
      (a!50 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.index[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.index[F0]@8|)
                      |folio.index[F0]@8|)))
      (a!55 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.data[F0]@8|
                      |folio.data[F1]@8|)))
      (a!56 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.data[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.data[F0]@8|)
                      |folio.data[F0]@8|)))
      (a!63 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.node[F0]@8|
                      |folio.node[F1]@8|)))
      (a!64 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.node[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.node[F0]@8|)
                      |folio.node[F0]@8|)))
      (a!69 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |page.mapping(shmem)[F0]@8|
                      |page.mapping(shmem)[F1]@8|)))
      (a!70 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@8|)
                      |page.mapping(shmem)[F0]@8|)))
      (a!76 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |PG_swapcache[F0]@8|
                      |PG_swapcache[F1]@8|)))
      (a!77 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |PG_swapcache[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |PG_swapcache[F0]@8|)
                      |PG_swapcache[F0]@8|)))
      (a!83 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |PG_dirty[F0]@8|
                      |PG_dirty[F1]@8|)))
      (a!84 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |PG_dirty[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |PG_dirty[F0]@8|)
                      |PG_dirty[F0]@8|)))
      (a!90 (ite (not (not (= migrate0.mapping_is_swapper@8 #x00)))
                 migrate0.newpage@8
                 shmem.i_pages@8))
      (a!92 (ite (and (= rule@8 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@8 #x00))
                      migrate0.newpage@8
                      swapper_space.i_pages@8)
                 swapper_space.i_pages@8))
      (a!94 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 #x00
                 (ite (and (= rule@8 #x0d) true) #x00 |PG_locked[F0]@8|)))
      (a!98 (ite (and (= rule@8 #x0c) (= migrate0.newpage@8 #x01))
                 #x00
                 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                      #x00
                      |PG_locked[F1]@8|)))
      (a!100 (ite (and (= rule@8 #x10) true)
                  #x01
                  (ite (and (= rule@8 #x11) true) #x09 migrate0.pc@8)))
      (a!109 (ite (and (= rule@8 #x0e) true)
                  #x00
                  (ite (and (= rule@8 #x0f) true) #x00 migrate0.isolated@8)))
      (a!111 (ite (and (= rule@8 #x0d) true)
                  #x02
                  (ite (and (= rule@8 #x0e) true) #x02 migrate0.newpage@8)))
      (a!113 (ite (and (= rule@8 #x0b) true)
                  #x01
                  (ite (and (= rule@8 #x11) true) #x00 migrate0.ok@8)))
      (a!115 (ite (and (= rule@8 #x04) true)
                  |PG_swapcache[F0]@8|
                  (ite (and (= rule@8 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@8)))
      (a!116 (= migrate0.pass@9
                (ite (and (= rule@8 #x10) true)
                     (bvadd migrate0.pass@8 #x01)
                     migrate0.pass@8))))
(let ((a!4 (and (= rule@8 #x03)
                (= migrate0.pc@8 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@8| |PG_locked[F1]@8|) #x00)))
      (a!9 (not (and (not (= |page.mapping(shmem)[F0]@8| #x00))
                     (= |folio.refcount[F0]@8| #x02)
                     a!8)))
      (a!15 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!13
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!13
                      a!14)))
      (a!17 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!13
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!13
                      |folio.used[F1]@8|)))
      (a!20 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!19))
      (a!26 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!25))
      (a!33 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!30
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!31
                      a!32)))
      (a!35 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!30
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!31
                      |PG_lru[F1]@8|)))
      (a!39 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!37
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!37
                      a!38)))
      (a!41 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!37
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!37
                      |PG_anon_exclusive[F1]@8|)))
      (a!45 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!43
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!43
                      a!44)))
      (a!47 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!43
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!43
                      |folio.mapping[F1]@8|)))
      (a!51 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!49
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!49
                      a!50)))
      (a!53 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!49
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!49
                      |folio.index[F1]@8|)))
      (a!57 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!55
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!55
                      a!56)))
      (a!60 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!55
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!55
                      |folio.data[F1]@8|)))
      (a!65 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!63
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!63
                      a!64)))
      (a!67 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!63
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!63
                      |folio.node[F1]@8|)))
      (a!71 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!69
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!69
                      a!70)))
      (a!74 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!69
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!69
                      |page.mapping(shmem)[F1]@8|)))
      (a!78 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!76
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!76
                      a!77)))
      (a!81 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!76
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!76
                      |PG_swapcache[F1]@8|)))
      (a!85 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!83
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!83
                      a!84)))
      (a!88 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!83
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!83
                      |PG_dirty[F1]@8|)))
      (a!91 (ite (and (= rule@8 #x05) true)
                 #x02
                 (ite (and (= rule@8 #x09) true) a!90 shmem.i_pages@8)))
      (a!93 (= swapper_space.i_pages@9
               (ite (and (= rule@8 #x05) true) #x00 a!92)))
      (a!95 (ite (and (= rule@8 #x0c) (= migrate0.newpage@8 #x00))
                 #x00
                 (ite (and (= rule@8 #x0c) true) #x00 a!94)))
      (a!99 (ite (and (= rule@8 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                      #x00
                      a!98)))
      (a!101 (ite (and (= rule@8 #x0e) true)
                  #x0a
                  (ite (and (= rule@8 #x0f) true) #x0a a!100)))
      (a!110 (= migrate0.isolated@9 (ite (and (= rule@8 #x00) true) #x01 a!109)))
      (a!112 (ite (and (= rule@8 #x03) true)
                  a!3
                  (ite (and (= rule@8 #x08) true) #x02 a!111)))
      (a!114 (ite (and (= rule@8 #x07) true)
                  #x00
                  (ite (and (= rule@8 #x0a) true) #x00 a!113))))
(let ((a!12 (or (and (= rule@8 #x00)
                     (= migrate0.pc@8 #x00)
                     (= |lru_lock[0]@8| #x00)
                     (not (= |folio.used[F0]@8| #x00))
                     (not (= |PG_lru[F0]@8| #x00)))
                (and (= rule@8 #x01) (= migrate0.pc@8 #x00) a!1)
                (and (= rule@8 #x02)
                     (= migrate0.pc@8 #x01)
                     (= |PG_locked[F0]@8| #x00))
                a!4
                a!5
                (and (= rule@8 #x05) false)
                (and (= rule@8 #x06) false)
                (and (= rule@8 #x07) (= migrate0.pc@8 #x03) a!6)
                (and (= rule@8 #x08) (= migrate0.pc@8 #x04))
                (and (= rule@8 #x09)
                     (= migrate0.pc@8 #x05)
                     (= (ite a!7
                             |&mapping->tree_lock.writer[shmem]@8|
                             |&mapping->tree_lock.writer[swapper_space]@8|)
                        #x00)
                     (= (ite a!7
                             |&mapping->tree_lock.readers[shmem]@8|
                             |&mapping->tree_lock.readers[swapper_space]@8|)
                        #x00)
                     (not (= |page.mapping(shmem)[F0]@8| #x00))
                     (= |folio.refcount[F0]@8| #x02)
                     a!8)
                (and (= rule@8 #x0a) (= migrate0.pc@8 #x05) a!9)
                (and (= rule@8 #x0b) (= migrate0.pc@8 #x06))
                (and (= rule@8 #x0c)
                     (= migrate0.pc@8 #x07)
                     (not (= migrate0.ok@8 #x00)))
                a!10
                (and (= rule@8 #x0e)
                     (= migrate0.pc@8 #x09)
                     (not (= migrate0.ok@8 #x00)))
                a!11
                (and (= rule@8 #x10)
                     (= migrate0.pc@8 #x08)
                     (bvult migrate0.pass@8 #x01))
                (and (= rule@8 #x11)
                     (= migrate0.pc@8 #x08)
                     (bvuge migrate0.pass@8 #x01))))
      (a!16 (ite (and (= rule@8 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      a!13
                      a!15)))
      (a!18 (ite (and (= rule@8 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                      a!13
                      a!17)))
      (a!21 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!20))
      (a!27 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x01))
                 (bvadd (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@8 #x00) true)
                 #x00
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      a!30
                      a!33)))
      (a!36 (= |PG_lru[F1]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01)) a!30 a!35)))
      (a!40 (= |PG_anon_exclusive[F0]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00)) a!37 a!39)))
      (a!42 (= |PG_anon_exclusive[F1]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01)) a!37 a!41)))
      (a!46 (= |folio.mapping[F0]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00)) a!43 a!45)))
      (a!48 (= |folio.mapping[F1]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01)) a!43 a!47)))
      (a!52 (= |folio.index[F0]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00)) a!49 a!51)))
      (a!54 (= |folio.index[F1]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01)) a!49 a!53)))
      (a!58 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                 a!55
                 (ite (and (= rule@8 #x0b) (= migrate0.newpage@8 #x00))
                      |folio.data[F0]@8|
                      a!57)))
      (a!61 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                 a!55
                 (ite (and (= rule@8 #x0b) (= migrate0.newpage@8 #x01))
                      |folio.data[F0]@8|
                      a!60)))
      (a!66 (ite (and (= rule@8 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@8|)
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      a!63
                      a!65)))
      (a!68 (ite (and (= rule@8 #x03) (= a!3 #x01))
                 (bvsub #x01 |folio.node[F0]@8|)
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                      a!63
                      a!67)))
      (a!72 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x00))
                 |page.mapping(shmem)[F0]@8|
                 (ite (and (= rule@8 #x0b) true) #x00 a!71)))
      (a!75 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                 a!69
                 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x01))
                      |page.mapping(shmem)[F0]@8|
                      a!74)))
      (a!79 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x00))
                 |PG_swapcache[F0]@8|
                 (ite (and (= rule@8 #x0b) true) #x00 a!78)))
      (a!82 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                 a!76
                 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x01))
                      |PG_swapcache[F0]@8|
                      a!81)))
      (a!86 (ite (and (= rule@8 #x0b) (= migrate0.newpage@8 #x00))
                 |PG_dirty[F0]@8|
                 (ite (and (= rule@8 #x0b) true) #x00 a!85)))
      (a!89 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                 a!83
                 (ite (and (= rule@8 #x0b) (= migrate0.newpage@8 #x01))
                      |PG_dirty[F0]@8|
                      a!88)))
      (a!96 (ite (and (= rule@8 #x05) true)
                 #x00
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      #x00
                      a!95)))
      (a!102 (ite (and (= rule@8 #x0c) true)
                  #x09
                  (ite (and (= rule@8 #x0d) true) #x08 a!101))))
(let ((a!22 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x00))
                 (bvadd (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 (ite (and (= rule@8 #x09) true)
                      (bvsub |folio.refcount[F0]@8| #x01)
                      a!21)))
      (a!28 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!27))
      (a!59 (= |folio.data[F0]@9|
               (ite (and (= rule@8 #x03) (= a!3 #x00)) #x00 a!58)))
      (a!62 (= |folio.data[F1]@9|
               (ite (and (= rule@8 #x03) (= a!3 #x01)) #x00 a!61)))
      (a!73 (ite (and (= rule@8 #x05) true)
                 #x00
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      a!69
                      a!72)))
      (a!80 (ite (and (= rule@8 #x05) true)
                 #x01
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      a!76
                      a!79)))
      (a!87 (ite (and (= rule@8 #x05) true)
                 #x01
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      a!83
                      a!86)))
      (a!97 (ite (and (= rule@8 #x02) true)
                 #x01
                 (ite (and (= rule@8 #x03) (= a!3 #x00)) #x01 a!96)))
      (a!103 (ite (and (= rule@8 #x0a) true)
                  #x07
                  (ite (and (= rule@8 #x0b) true) #x07 a!102))))
(let ((a!23 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!22))
      (a!29 (= |folio.refcount[F1]@9|
               (ite (and (= rule@8 #x03) (= a!3 #x01)) #x01 a!28)))
      (a!104 (ite (and (= rule@8 #x08) true)
                  #x08
                  (ite (and (= rule@8 #x09) true) #x06 a!103))))
(let ((a!24 (ite (and (= rule@8 #x00) true)
                 (bvadd |folio.refcount[F0]@8| #x01)
                 (ite (and (= rule@8 #x03) (= a!3 #x00)) #x01 a!23)))
      (a!105 (ite (and (= rule@8 #x06) true)
                  #x05
                  (ite (and (= rule@8 #x07) true) #x07 a!104))))
(let ((a!106 (ite (and (= rule@8 #x04) true)
                  #x05
                  (ite (and (= rule@8 #x05) true) #x04 a!105))))
(let ((a!107 (ite (and (= rule@8 #x02) true)
                  #x02
                  (ite (and (= rule@8 #x03) true) #x03 a!106))))
(let ((a!108 (ite (and (= rule@8 #x00) true)
                  #x01
                  (ite (and (= rule@8 #x01) true) #x0a a!107))))
  (and a!12
       (= |alive[P0]@9| |alive[P0]@8|)
       (= |pte[P0][0]@9| |pte[P0][0]@8|)
       (= |pte.folio[P0][0]@9| |pte.folio[P0][0]@8|)
       (= |pte.write[P0][0]@9| |pte.write[P0][0]@8|)
       (= |expected[P0][0]@9| |expected[P0][0]@8|)
       (= |anon_vma.list[av0][0]@9| |anon_vma.list[av0][0]@8|)
       (= |anon_vma.len[av0]@9| |anon_vma.len[av0]@8|)
       (= |anon_vma.refcount[av0]@9| |anon_vma.refcount[av0]@8|)
       (= |folio.used[F0]@9| a!16)
       (= |folio.used[F1]@9| a!18)
       (= |folio.refcount[F0]@9| a!24)
       a!29
       (= |folio.mapcount[F0]@9| |folio.mapcount[F0]@8|)
       (= |folio.mapcount[F1]@9| |folio.mapcount[F1]@8|)
       (= |PG_lru[F0]@9| a!34)
       a!36
       a!40
       a!42
       a!46
       a!48
       a!52
       a!54
       a!59
       a!62
       (= |folio.node[F0]@9| a!66)
       (= |folio.node[F1]@9| a!68)
       (= |page.mapping(shmem)[F0]@9| a!73)
       (= |page.mapping(shmem)[F1]@9| a!75)
       (= |PG_swapcache[F0]@9| a!80)
       (= |PG_swapcache[F1]@9| a!82)
       (= |PG_dirty[F0]@9| a!87)
       (= |PG_dirty[F1]@9| a!89)
       (= shmem.i_pages@9 a!91)
       a!93
       (= |&mm->mmap_lock.writer[P0]@9| |&mm->mmap_lock.writer[P0]@8|)
       (= |&mm->mmap_lock.readers[P0]@9| |&mm->mmap_lock.readers[P0]@8|)
       (= |&anon_vma->rwsem.writer[av0]@9| |&anon_vma->rwsem.writer[av0]@8|)
       (= |&anon_vma->rwsem.readers[av0]@9| |&anon_vma->rwsem.readers[av0]@8|)
       (= |ptlock_ptr(page)[P0]@9| |ptlock_ptr(page)[P0]@8|)
       (= |PG_locked[F0]@9| a!97)
       (= |PG_locked[F1]@9| a!99)
       (= |&mapping->tree_lock.writer[shmem]@9|
          |&mapping->tree_lock.writer[shmem]@8|)
       (= |&mapping->tree_lock.writer[swapper_space]@9|
          |&mapping->tree_lock.writer[swapper_space]@8|)
       (= |&mapping->tree_lock.readers[shmem]@9|
          |&mapping->tree_lock.readers[shmem]@8|)
       (= |&mapping->tree_lock.readers[swapper_space]@9|
          |&mapping->tree_lock.readers[swapper_space]@8|)
       (= |swap_lock[0]@9| |swap_lock[0]@8|)
       (= |&info->lock[0]@9| |&info->lock[0]@8|)
       (= |lru_lock[0]@9| |lru_lock[0]@8|)
       (= migrate0.pc@9 a!108)
       a!110
       (= migrate0.newpage@9 a!112)
       (= migrate0.ok@9 a!114)
       (= migrate0.mapping_is_swapper@9 a!115)
       a!116
       (bvule |alive[P0]@9| #x01)
       (bvule |pte[P0][0]@9| #x07)
       (bvule |pte.folio[P0][0]@9| #x01)
       (bvule |pte.write[P0][0]@9| #x01)
       (bvule |expected[P0][0]@9| #x01)
       (bvule |anon_vma.list[av0][0]@9| #x00)
       (bvule |anon_vma.len[av0]@9| #x01)
       (bvule |anon_vma.refcount[av0]@9| #x04)
       (bvule |folio.used[F0]@9| #x01)
       (bvule |folio.used[F1]@9| #x01)
       (bvule |folio.refcount[F0]@9| #x04)
       (bvule |folio.refcount[F1]@9| #x04)
       (bvule |folio.mapcount[F0]@9| #x02)
       (bvule |folio.mapcount[F1]@9| #x02)
       (bvule |PG_lru[F0]@9| #x01)
       (bvule |PG_lru[F1]@9| #x01)
       (bvule |PG_anon_exclusive[F0]@9| #x01)
       (bvule |PG_anon_exclusive[F1]@9| #x01)
       (bvule |folio.mapping[F0]@9| #x01)
       (bvule |folio.mapping[F1]@9| #x01)
       (bvule |folio.index[F0]@9| #x00)
       (bvule |folio.index[F1]@9| #x00)
       (bvule |folio.data[F0]@9| #x01)
       (bvule |folio.data[F1]@9| #x01)
       (bvule |folio.node[F0]@9| #x01)
       (bvule |folio.node[F1]@9| #x01)
       (bvule |page.mapping(shmem)[F0]@9| #x01)
       (bvule |page.mapping(shmem)[F1]@9| #x01)
       (bvule |PG_swapcache[F0]@9| #x01)
       (bvule |PG_swapcache[F1]@9| #x01)
       (bvule |PG_dirty[F0]@9| #x01)
       (bvule |PG_dirty[F1]@9| #x01)
       (bvule shmem.i_pages@9 #x02)
       (bvule swapper_space.i_pages@9 #x02)
       (bvule |&mm->mmap_lock.writer[P0]@9| #x01)
       (bvule |&mm->mmap_lock.readers[P0]@9| #x01)
       (bvule |&anon_vma->rwsem.writer[av0]@9| #x01)
       (bvule |&anon_vma->rwsem.readers[av0]@9| #x01)
       (bvule |ptlock_ptr(page)[P0]@9| #x01)
       (bvule |PG_locked[F0]@9| #x01)
       (bvule |PG_locked[F1]@9| #x01)
       (bvule |&mapping->tree_lock.writer[shmem]@9| #x01)
       (bvule |&mapping->tree_lock.writer[swapper_space]@9| #x01)
       (bvule |&mapping->tree_lock.readers[shmem]@9| #x01)
       (bvule |&mapping->tree_lock.readers[swapper_space]@9| #x01)
       (bvule |swap_lock[0]@9| #x01)
       (bvule |&info->lock[0]@9| #x01)
       (bvule |lru_lock[0]@9| #x01)
       (bvule migrate0.pc@9 #x0a)
       (bvule migrate0.isolated@9 #x01)
       (bvule migrate0.newpage@9 #x02)
       (bvule migrate0.ok@9 #x01)
       (bvule migrate0.mapping_is_swapper@9 #x01)
       (bvule migrate0.pass@9 #x01))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@9| #x00))
                     (not (= |PG_lru[F0]@9| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@9| #x00)))
               (not (not (= |folio.used[F1]@9| #x00)))))
      (a!3 (ite (not (not (= |folio.used[F0]@9| #x00))) #x00 #x01))
      (a!5 (and (= rule@9 #x04)
                (= migrate0.pc@9 #x03)
                (or (not (= |PG_swapcache[F0]@9| #x00))
                    (not (= |page.mapping(shmem)[F0]@9| #x00)))))
      (a!6 (not (or (not (= |PG_swapcache[F0]@9| #x00))
                    (not (= |page.mapping(shmem)[F0]@9| #x00)))))
      (a!7 (= (ite (not (= migrate0.mapping_is_swapper@9 #x00)) #x01 #x00) #x00))
      (a!8 (= (ite (not (= migrate0.mapping_is_swapper@9 #x00))
                   swapper_space.i_pages@9
                   shmem.i_pages@9)
              #x00))
      (a!10 (and (= rule@9 #x0d)
                 (= migrate0.pc@9 #x07)
                 (not (not (= migrate0.ok@9 #x00)))))
      (a!11 (and (= rule@9 #x0f)
                 (= migrate0.pc@9 #x09)
                 (not (not (= migrate0.ok@9 #x00)))))
      (a!13 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.used[F0]@9|
                      |folio.used[F1]@9|)))
      (a!14 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.used[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.used[F0]@9|)
                      |folio.used[F0]@9|)))
      (a!19 (ite (and (= rule@9 #x0e) true)
                 (bvsub |folio.refcount[F0]@9| #x01)
                 (ite (and (= rule@9 #x0f) true)
                      (bvsub |folio.refcount[F0]@9| #x01)
                      |folio.refcount[F0]@9|)))
      (a!25 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 |folio.refcount[F1]@9|))
      (a!30 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00) |PG_lru[F0]@9| |PG_lru[F1]@9|)))
      (a!31 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 #x01))
      (a!32 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |PG_lru[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01) #x00 #x01)
                      |PG_lru[F0]@9|)))
      (a!37 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |PG_anon_exclusive[F0]@9|
                      |PG_anon_exclusive[F1]@9|)))
      (a!38 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@9|)
                      |PG_anon_exclusive[F0]@9|)))
      (a!43 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.mapping[F0]@9|
                      |folio.mapping[F1]@9|)))
      (a!44 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01)
                      #x01
                      |folio.mapping[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x01
                           |folio.mapping[F0]@9|)
                      |folio.mapping[F0]@9|)))
      (a!49 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.index[F0]@9|
                      |folio.index[F1]@9|)))
      (a!50 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.index[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.index[F0]@9|)
                      |folio.index[F0]@9|)))
      (a!55 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.data[F0]@9|
                      |folio.data[F1]@9|)))
      (a!56 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.data[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.data[F0]@9|)
                      |folio.data[F0]@9|)))
      (a!63 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.node[F0]@9|
                      |folio.node[F1]@9|)))
      (a!64 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.node[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.node[F0]@9|)
                      |folio.node[F0]@9|)))
      (a!69 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |page.mapping(shmem)[F0]@9|
                      |page.mapping(shmem)[F1]@9|)))
      (a!70 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@9|)
                      |page.mapping(shmem)[F0]@9|)))
      (a!76 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |PG_swapcache[F0]@9|
                      |PG_swapcache[F1]@9|)))
      (a!77 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |PG_swapcache[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |PG_swapcache[F0]@9|)
                      |PG_swapcache[F0]@9|)))
      (a!83 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |PG_dirty[F0]@9|
                      |PG_dirty[F1]@9|)))
      (a!84 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |PG_dirty[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |PG_dirty[F0]@9|)
                      |PG_dirty[F0]@9|)))
      (a!90 (ite (not (not (= migrate0.mapping_is_swapper@9 #x00)))
                 migrate0.newpage@9
                 shmem.i_pages@9))
      (a!92 (ite (and (= rule@9 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@9 #x00))
                      migrate0.newpage@9
                      swapper_space.i_pages@9)
                 swapper_space.i_pages@9))
      (a!94 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 #x00
                 (ite (and (= rule@9 #x0d) true) #x00 |PG_locked[F0]@9|)))
      (a!98 (ite (and (= rule@9 #x0c) (= migrate0.newpage@9 #x01))
                 #x00
                 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                      #x00
                      |PG_locked[F1]@9|)))
      (a!100 (ite (and (= rule@9 #x10) true)
                  #x01
                  (ite (and (= rule@9 #x11) true) #x09 migrate0.pc@9)))
      (a!109 (ite (and (= rule@9 #x0e) true)
                  #x00
                  (ite (and (= rule@9 #x0f) true) #x00 migrate0.isolated@9)))
      (a!111 (ite (and (= rule@9 #x0d) true)
                  #x02
                  (ite (and (= rule@9 #x0e) true) #x02 migrate0.newpage@9)))
      (a!113 (ite (and (= rule@9 #x0b) true)
                  #x01
                  (ite (and (= rule@9 #x11) true) #x00 migrate0.ok@9)))
      (a!115 (ite (and (= rule@9 #x04) true)
                  |PG_swapcache[F0]@9|
                  (ite (and (= rule@9 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@9)))
      (a!116 (= migrate0.pass@10
                (ite (and (= rule@9 #x10) true)
                     (bvadd migrate0.pass@9 #x01)
                     migrate0.pass@9))))
(let ((a!4 (and (= rule@9 #x03)
                (= migrate0.pc@9 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@9| |PG_locked[F1]@9|) #x00)))
      (a!9 (not (and (not (= |page.mapping(shmem)[F0]@9| #x00))
                     (= |folio.refcount[F0]@9| #x02)
                     a!8)))
      (a!15 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!13
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!13
                      a!14)))
      (a!17 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!13
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!13
                      |folio.used[F1]@9|)))
      (a!20 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!19))
      (a!26 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!25))
      (a!33 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!30
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!31
                      a!32)))
      (a!35 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!30
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!31
                      |PG_lru[F1]@9|)))
      (a!39 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!37
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!37
                      a!38)))
      (a!41 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!37
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!37
                      |PG_anon_exclusive[F1]@9|)))
      (a!45 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!43
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!43
                      a!44)))
      (a!47 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!43
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!43
                      |folio.mapping[F1]@9|)))
      (a!51 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!49
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!49
                      a!50)))
      (a!53 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!49
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!49
                      |folio.index[F1]@9|)))
      (a!57 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!55
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!55
                      a!56)))
      (a!60 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!55
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!55
                      |folio.data[F1]@9|)))
      (a!65 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!63
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!63
                      a!64)))
      (a!67 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!63
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!63
                      |folio.node[F1]@9|)))
      (a!71 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!69
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!69
                      a!70)))
      (a!74 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!69
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!69
                      |page.mapping(shmem)[F1]@9|)))
      (a!78 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!76
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!76
                      a!77)))
      (a!81 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!76
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!76
                      |PG_swapcache[F1]@9|)))
      (a!85 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!83
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!83
                      a!84)))
      (a!88 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!83
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!83
                      |PG_dirty[F1]@9|)))
      (a!91 (ite (and (= rule@9 #x05) true)
                 #x02
                 (ite (and (= rule@9 #x09) true) a!90 shmem.i_pages@9)))
      (a!93 (= swapper_space.i_pages@10
               (ite (and (= rule@9 #x05) true) #x00 a!92)))
      (a!95 (ite (and (= rule@9 #x0c) (= migrate0.newpage@9 #x00))
                 #x00
                 (ite (and (= rule@9 #x0c) true) #x00 a!94)))
      (a!99 (ite (and (= rule@9 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                      #x00
                      a!98)))
      (a!101 (ite (and (= rule@9 #x0e) true)
                  #x0a
                  (ite (and (= rule@9 #x0f) true) #x0a a!100)))
      (a!110 (= migrate0.isolated@10
                (ite (and (= rule@9 #x00) true) #x01 a!109)))
      (a!112 (ite (and (= rule@9 #x03) true)
                  a!3
                  (ite (and (= rule@9 #x08) true) #x02 a!111)))
      (a!114 (ite (and (= rule@9 #x07) true)
                  #x00
                  (ite (and (= rule@9 #x0a) true) #x00 a!113))))
(let ((a!12 (or (and (= rule@9 #x00)
                     (= migrate0.pc@9 #x00)
                     (= |lru_lock[0]@9| #x00)
                     (not (= |folio.used[F0]@9| #x00))
                     (not (= |PG_lru[F0]@9| #x00)))
                (and (= rule@9 #x01) (= migrate0.pc@9 #x00) a!1)
                (and (= rule@9 #x02)
                     (= migrate0.pc@9 #x01)
                     (= |PG_locked[F0]@9| #x00))
                a!4
                a!5
                (and (= rule@9 #x05) false)
                (and (= rule@9 #x06) false)
                (and (= rule@9 #x07) (= migrate0.pc@9 #x03) a!6)
                (and (= rule@9 #x08) (= migrate0.pc@9 #x04))
                (and (= rule@9 #x09)
                     (= migrate0.pc@9 #x05)
                     (= (ite a!7
                             |&mapping->tree_lock.writer[shmem]@9|
                             |&mapping->tree_lock.writer[swapper_space]@9|)
                        #x00)
                     (= (ite a!7
                             |&mapping->tree_lock.readers[shmem]@9|
                             |&mapping->tree_lock.readers[swapper_space]@9|)
                        #x00)
                     (not (= |page.mapping(shmem)[F0]@9| #x00))
                     (= |folio.refcount[F0]@9| #x02)
                     a!8)
                (and (= rule@9 #x0a) (= migrate0.pc@9 #x05) a!9)
                (and (= rule@9 #x0b) (= migrate0.pc@9 #x06))
                (and (= rule@9 #x0c)
                     (= migrate0.pc@9 #x07)
                     (not (= migrate0.ok@9 #x00)))
                a!10
                (and (= rule@9 #x0e)
                     (= migrate0.pc@9 #x09)
                     (not (= migrate0.ok@9 #x00)))
                a!11
                (and (= rule@9 #x10)
                     (= migrate0.pc@9 #x08)
                     (bvult migrate0.pass@9 #x01))
                (and (= rule@9 #x11)
                     (= migrate0.pc@9 #x08)
                     (bvuge migrate0.pass@9 #x01))))
      (a!16 (ite (and (= rule@9 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      a!13
                      a!15)))
      (a!18 (ite (and (= rule@9 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                      a!13
                      a!17)))
      (a!21 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!20))
      (a!27 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x01))
                 (bvadd (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@9 #x00) true)
                 #x00
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      a!30
                      a!33)))
      (a!36 (= |PG_lru[F1]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01)) a!30 a!35)))
      (a!40 (= |PG_anon_exclusive[F0]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00)) a!37 a!39)))
      (a!42 (= |PG_anon_exclusive[F1]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01)) a!37 a!41)))
      (a!46 (= |folio.mapping[F0]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00)) a!43 a!45)))
      (a!48 (= |folio.mapping[F1]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01)) a!43 a!47)))
      (a!52 (= |folio.index[F0]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00)) a!49 a!51)))
      (a!54 (= |folio.index[F1]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01)) a!49 a!53)))
      (a!58 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                 a!55
                 (ite (and (= rule@9 #x0b) (= migrate0.newpage@9 #x00))
                      |folio.data[F0]@9|
                      a!57)))
      (a!61 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                 a!55
                 (ite (and (= rule@9 #x0b) (= migrate0.newpage@9 #x01))
                      |folio.data[F0]@9|
                      a!60)))
      (a!66 (ite (and (= rule@9 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@9|)
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      a!63
                      a!65)))
      (a!68 (ite (and (= rule@9 #x03) (= a!3 #x01))
                 (bvsub #x01 |folio.node[F0]@9|)
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                      a!63
                      a!67)))
      (a!72 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x00))
                 |page.mapping(shmem)[F0]@9|
                 (ite (and (= rule@9 #x0b) true) #x00 a!71)))
      (a!75 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                 a!69
                 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x01))
                      |page.mapping(shmem)[F0]@9|
                      a!74)))
      (a!79 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x00))
                 |PG_swapcache[F0]@9|
                 (ite (and (= rule@9 #x0b) true) #x00 a!78)))
      (a!82 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                 a!76
                 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x01))
                      |PG_swapcache[F0]@9|
                      a!81)))
      (a!86 (ite (and (= rule@9 #x0b) (= migrate0.newpage@9 #x00))
                 |PG_dirty[F0]@9|
                 (ite (and (= rule@9 #x0b) true) #x00 a!85)))
      (a!89 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                 a!83
                 (ite (and (= rule@9 #x0b) (= migrate0.newpage@9 #x01))
                      |PG_dirty[F0]@9|
                      a!88)))
      (a!96 (ite (and (= rule@9 #x05) true)
                 #x00
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      #x00
                      a!95)))
      (a!102 (ite (and (= rule@9 #x0c) true)
                  #x09
                  (ite (and (= rule@9 #x0d) true) #x08 a!101))))
(let ((a!22 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x00))
                 (bvadd (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 (ite (and (= rule@9 #x09) true)
                      (bvsub |folio.refcount[F0]@9| #x01)
                      a!21)))
      (a!28 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!27))
      (a!59 (= |folio.data[F0]@10|
               (ite (and (= rule@9 #x03) (= a!3 #x00)) #x00 a!58)))
      (a!62 (= |folio.data[F1]@10|
               (ite (and (= rule@9 #x03) (= a!3 #x01)) #x00 a!61)))
      (a!73 (ite (and (= rule@9 #x05) true)
                 #x00
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      a!69
                      a!72)))
      (a!80 (ite (and (= rule@9 #x05) true)
                 #x01
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      a!76
                      a!79)))
      (a!87 (ite (and (= rule@9 #x05) true)
                 #x01
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      a!83
                      a!86)))
      (a!97 (ite (and (= rule@9 #x02) true)
                 #x01
                 (ite (and (= rule@9 #x03) (= a!3 #x00)) #x01 a!96)))
      (a!103 (ite (and (= rule@9 #x0a) true)
                  #x07
                  (ite (and (= rule@9 #x0b) true) #x07 a!102))))
(let ((a!23 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!22))
      (a!29 (= |folio.refcount[F1]@10|
               (ite (and (= rule@9 #x03) (= a!3 #x01)) #x01 a!28)))
      (a!104 (ite (and (= rule@9 #x08) true)
                  #x08
                  (ite (and (= rule@9 #x09) true) #x06 a!103))))
(let ((a!24 (ite (and (= rule@9 #x00) true)
                 (bvadd |folio.refcount[F0]@9| #x01)
                 (ite (and (= rule@9 #x03) (= a!3 #x00)) #x01 a!23)))
      (a!105 (ite (and (= rule@9 #x06) true)
                  #x05
                  (ite (and (= rule@9 #x07) true) #x07 a!104))))
(let ((a!106 (ite (and (= rule@9 #x04) true)
                  #x05
                  (ite (and (= rule@9 #x05) true) #x04 a!105))))
(let ((a!107 (ite (and (= rule@9 #x02) true)
                  #x02
                  (ite (and (= rule@9 #x03) true) #x03 a!106))))
(let ((a!108 (ite (and (= rule@9 #x00) true)
                  #x01
                  (ite (and (= rule@9 #x01) true) #x0a a!107))))
  (and a!12
       (= |alive[P0]@10| |alive[P0]@9|)
       (= |pte[P0][0]@10| |pte[P0][0]@9|)
       (= |pte.folio[P0][0]@10| |pte.folio[P0][0]@9|)
       (= |pte.write[P0][0]@10| |pte.write[P0][0]@9|)
       (= |expected[P0][0]@10| |expected[P0][0]@9|)
       (= |anon_vma.list[av0][0]@10| |anon_vma.list[av0][0]@9|)
       (= |anon_vma.len[av0]@10| |anon_vma.len[av0]@9|)
       (= |anon_vma.refcount[av0]@10| |anon_vma.refcount[av0]@9|)
       (= |folio.used[F0]@10| a!16)
       (= |folio.used[F1]@10| a!18)
       (= |folio.refcount[F0]@10| a!24)
       a!29
       (= |folio.mapcount[F0]@10| |folio.mapcount[F0]@9|)
       (= |folio.mapcount[F1]@10| |folio.mapcount[F1]@9|)
       (= |PG_lru[F0]@10| a!34)
       a!36
       a!40
       a!42
       a!46
       a!48
       a!52
       a!54
       a!59
       a!62
       (= |folio.node[F0]@10| a!66)
       (= |folio.node[F1]@10| a!68)
       (= |page.mapping(shmem)[F0]@10| a!73)
       (= |page.mapping(shmem)[F1]@10| a!75)
       (= |PG_swapcache[F0]@10| a!80)
       (= |PG_swapcache[F1]@10| a!82)
       (= |PG_dirty[F0]@10| a!87)
       (= |PG_dirty[F1]@10| a!89)
       (= shmem.i_pages@10 a!91)
       a!93
       (= |&mm->mmap_lock.writer[P0]@10| |&mm->mmap_lock.writer[P0]@9|)
       (= |&mm->mmap_lock.readers[P0]@10| |&mm->mmap_lock.readers[P0]@9|)
       (= |&anon_vma->rwsem.writer[av0]@10| |&anon_vma->rwsem.writer[av0]@9|)
       (= |&anon_vma->rwsem.readers[av0]@10| |&anon_vma->rwsem.readers[av0]@9|)
       (= |ptlock_ptr(page)[P0]@10| |ptlock_ptr(page)[P0]@9|)
       (= |PG_locked[F0]@10| a!97)
       (= |PG_locked[F1]@10| a!99)
       (= |&mapping->tree_lock.writer[shmem]@10|
          |&mapping->tree_lock.writer[shmem]@9|)
       (= |&mapping->tree_lock.writer[swapper_space]@10|
          |&mapping->tree_lock.writer[swapper_space]@9|)
       (= |&mapping->tree_lock.readers[shmem]@10|
          |&mapping->tree_lock.readers[shmem]@9|)
       (= |&mapping->tree_lock.readers[swapper_space]@10|
          |&mapping->tree_lock.readers[swapper_space]@9|)
       (= |swap_lock[0]@10| |swap_lock[0]@9|)
       (= |&info->lock[0]@10| |&info->lock[0]@9|)
       (= |lru_lock[0]@10| |lru_lock[0]@9|)
       (= migrate0.pc@10 a!108)
       a!110
       (= migrate0.newpage@10 a!112)
       (= migrate0.ok@10 a!114)
       (= migrate0.mapping_is_swapper@10 a!115)
       a!116
       (bvule |alive[P0]@10| #x01)
       (bvule |pte[P0][0]@10| #x07)
       (bvule |pte.folio[P0][0]@10| #x01)
       (bvule |pte.write[P0][0]@10| #x01)
       (bvule |expected[P0][0]@10| #x01)
       (bvule |anon_vma.list[av0][0]@10| #x00)
       (bvule |anon_vma.len[av0]@10| #x01)
       (bvule |anon_vma.refcount[av0]@10| #x04)
       (bvule |folio.used[F0]@10| #x01)
       (bvule |folio.used[F1]@10| #x01)
       (bvule |folio.refcount[F0]@10| #x04)
       (bvule |folio.refcount[F1]@10| #x04)
       (bvule |folio.mapcount[F0]@10| #x02)
       (bvule |folio.mapcount[F1]@10| #x02)
       (bvule |PG_lru[F0]@10| #x01)
       (bvule |PG_lru[F1]@10| #x01)
       (bvule |PG_anon_exclusive[F0]@10| #x01)
       (bvule |PG_anon_exclusive[F1]@10| #x01)
       (bvule |folio.mapping[F0]@10| #x01)
       (bvule |folio.mapping[F1]@10| #x01)
       (bvule |folio.index[F0]@10| #x00)
       (bvule |folio.index[F1]@10| #x00)
       (bvule |folio.data[F0]@10| #x01)
       (bvule |folio.data[F1]@10| #x01)
       (bvule |folio.node[F0]@10| #x01)
       (bvule |folio.node[F1]@10| #x01)
       (bvule |page.mapping(shmem)[F0]@10| #x01)
       (bvule |page.mapping(shmem)[F1]@10| #x01)
       (bvule |PG_swapcache[F0]@10| #x01)
       (bvule |PG_swapcache[F1]@10| #x01)
       (bvule |PG_dirty[F0]@10| #x01)
       (bvule |PG_dirty[F1]@10| #x01)
       (bvule shmem.i_pages@10 #x02)
       (bvule swapper_space.i_pages@10 #x02)
       (bvule |&mm->mmap_lock.writer[P0]@10| #x01)
       (bvule |&mm->mmap_lock.readers[P0]@10| #x01)
       (bvule |&anon_vma->rwsem.writer[av0]@10| #x01)
       (bvule |&anon_vma->rwsem.readers[av0]@10| #x01)
       (bvule |ptlock_ptr(page)[P0]@10| #x01)
       (bvule |PG_locked[F0]@10| #x01)
       (bvule |PG_locked[F1]@10| #x01)
       (bvule |&mapping->tree_lock.writer[shmem]@10| #x01)
       (bvule |&mapping->tree_lock.writer[swapper_space]@10| #x01)
       (bvule |&mapping->tree_lock.readers[shmem]@10| #x01)
       (bvule |&mapping->tree_lock.readers[swapper_space]@10| #x01)
       (bvule |swap_lock[0]@10| #x01)
       (bvule |&info->lock[0]@10| #x01)
       (bvule |lru_lock[0]@10| #x01)
       (bvule migrate0.pc@10 #x0a)
       (bvule migrate0.isolated@10 #x01)
       (bvule migrate0.newpage@10 #x02)
       (bvule migrate0.ok@10 #x01)
       (bvule migrate0.mapping_is_swapper@10 #x01)
       (bvule migrate0.pass@10 #x01))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@10| #x00))
                     (not (= |PG_lru[F0]@10| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@10| #x00)))
               (not (not (= |folio.used[F1]@10| #x00)))))
      (a!3 (ite (not (not (= |folio.used[F0]@10| #x00))) #x00 #x01))
      (a!5 (and (= rule@10 #x04)
                (= migrate0.pc@10 #x03)
                (or (not (= |PG_swapcache[F0]@10| #x00))
                    (not (= |page.mapping(shmem)[F0]@10| #x00)))))
      (a!6 (not (or (not (= |PG_swapcache[F0]@10| #x00))
                    (not (= |page.mapping(shmem)[F0]@10| #x00)))))
      (a!7 (= (ite (not (= migrate0.mapping_is_swapper@10 #x00)) #x01 #x00)
              #x00))
      (a!8 (= (ite (not (= migrate0.mapping_is_swapper@10 #x00))
                   swapper_space.i_pages@10
                   shmem.i_pages@10)
              #x00))
      (a!10 (and (= rule@10 #x0d)
                 (= migrate0.pc@10 #x07)
                 (not (not (= migrate0.ok@10 #x00)))))
      (a!11 (and (= rule@10 #x0f)
                 (= migrate0.pc@10 #x09)
                 (not (not (= migrate0.ok@10 #x00)))))
      (a!13 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.used[F0]@10|
                      |folio.used[F1]@10|)))
      (a!14 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |folio.used[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.used[F0]@10|)
                      |folio.used[F0]@10|)))
      (a!19 (ite (and (= rule@10 #x0e) true)
                 (bvsub |folio.refcount[F0]@10| #x01)
                 (ite (and (= rule@10 #x0f) true)
                      (bvsub |folio.refcount[F0]@10| #x01)
                      |folio.refcount[F0]@10|)))
      (a!25 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 |folio.refcount[F1]@10|))
      (a!30 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |PG_lru[F0]@10|
                      |PG_lru[F1]@10|)))
      (a!31 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 #x01))
      (a!32 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |PG_lru[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01) #x00 #x01)
                      |PG_lru[F0]@10|)))
      (a!37 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |PG_anon_exclusive[F0]@10|
                      |PG_anon_exclusive[F1]@10|)))
      (a!38 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@10|)
                      |PG_anon_exclusive[F0]@10|)))
      (a!43 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.mapping[F0]@10|
                      |folio.mapping[F1]@10|)))
      (a!44 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x01
                      |folio.mapping[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x01
                           |folio.mapping[F0]@10|)
                      |folio.mapping[F0]@10|)))
      (a!49 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.index[F0]@10|
                      |folio.index[F1]@10|)))
      (a!50 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x00
                      |folio.index[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.index[F0]@10|)
                      |folio.index[F0]@10|)))
      (a!55 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.data[F0]@10|
                      |folio.data[F1]@10|)))
      (a!56 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |folio.data[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.data[F0]@10|)
                      |folio.data[F0]@10|)))
      (a!63 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.node[F0]@10|
                      |folio.node[F1]@10|)))
      (a!64 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |folio.node[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.node[F0]@10|)
                      |folio.node[F0]@10|)))
      (a!69 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |page.mapping(shmem)[F0]@10|
                      |page.mapping(shmem)[F1]@10|)))
      (a!70 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@10|)
                      |page.mapping(shmem)[F0]@10|)))
      (a!76 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |PG_swapcache[F0]@10|
                      |PG_swapcache[F1]@10|)))
      (a!77 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x00
                      |PG_swapcache[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |PG_swapcache[F0]@10|)
                      |PG_swapcache[F0]@10|)))
      (a!83 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |PG_dirty[F0]@10|
                      |PG_dirty[F1]@10|)))
      (a!84 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |PG_dirty[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |PG_dirty[F0]@10|)
                      |PG_dirty[F0]@10|)))
      (a!90 (ite (not (not (= migrate0.mapping_is_swapper@10 #x00)))
                 migrate0.newpage@10
                 shmem.i_pages@10))
      (a!92 (ite (and (= rule@10 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@10 #x00))
                      migrate0.newpage@10
                      swapper_space.i_pages@10)
                 swapper_space.i_pages@10))
      (a!94 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 #x00
                 (ite (and (= rule@10 #x0d) true) #x00 |PG_locked[F0]@10|)))
      (a!98 (ite (and (= rule@10 #x0c) (= migrate0.newpage@10 #x01))
                 #x00
                 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                      #x00
                      |PG_locked[F1]@10|)))
      (a!100 (ite (and (= rule@10 #x10) true)
                  #x01
                  (ite (and (= rule@10 #x11) true) #x09 migrate0.pc@10)))
      (a!109 (ite (and (= rule@10 #x0e) true)
                  #x00
                  (ite (and (= rule@10 #x0f) true) #x00 migrate0.isolated@10)))
      (a!111 (ite (and (= rule@10 #x0d) true)
                  #x02
                  (ite (and (= rule@10 #x0e) true) #x02 migrate0.newpage@10)))
      (a!113 (ite (and (= rule@10 #x0b) true)
                  #x01
                  (ite (and (= rule@10 #x11) true) #x00 migrate0.ok@10)))
      (a!115 (ite (and (= rule@10 #x04) true)
                  |PG_swapcache[F0]@10|
                  (ite (and (= rule@10 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@10)))
      (a!116 (= migrate0.pass@11
                (ite (and (= rule@10 #x10) true)
                     (bvadd migrate0.pass@10 #x01)
                     migrate0.pass@10))))
(let ((a!4 (and (= rule@10 #x03)
                (= migrate0.pc@10 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@10| |PG_locked[F1]@10|)
                   #x00)))
      (a!9 (not (and (not (= |page.mapping(shmem)[F0]@10| #x00))
                     (= |folio.refcount[F0]@10| #x02)
                     a!8)))
      (a!15 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!13
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!13
                      a!14)))
      (a!17 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!13
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!13
                      |folio.used[F1]@10|)))
      (a!20 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!19))
      (a!26 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!25))
      (a!33 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!30
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!31
                      a!32)))
      (a!35 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!30
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!31
                      |PG_lru[F1]@10|)))
      (a!39 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!37
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!37
                      a!38)))
      (a!41 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!37
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!37
                      |PG_anon_exclusive[F1]@10|)))
      (a!45 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!43
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!43
                      a!44)))
      (a!47 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!43
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!43
                      |folio.mapping[F1]@10|)))
      (a!51 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!49
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!49
                      a!50)))
      (a!53 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!49
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!49
                      |folio.index[F1]@10|)))
      (a!57 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!55
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!55
                      a!56)))
      (a!60 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!55
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!55
                      |folio.data[F1]@10|)))
      (a!65 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!63
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!63
                      a!64)))
      (a!67 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!63
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!63
                      |folio.node[F1]@10|)))
      (a!71 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!69
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!69
                      a!70)))
      (a!74 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!69
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!69
                      |page.mapping(shmem)[F1]@10|)))
      (a!78 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!76
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!76
                      a!77)))
      (a!81 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!76
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!76
                      |PG_swapcache[F1]@10|)))
      (a!85 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!83
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!83
                      a!84)))
      (a!88 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!83
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!83
                      |PG_dirty[F1]@10|)))
      (a!91 (ite (and (= rule@10 #x05) true)
                 #x02
                 (ite (and (= rule@10 #x09) true) a!90 shmem.i_pages@10)))
      (a!93 (= swapper_space.i_pages@11
               (ite (and (= rule@10 #x05) true) #x00 a!92)))
      (a!95 (ite (and (= rule@10 #x0c) (= migrate0.newpage@10 #x00))
                 #x00
                 (ite (and (= rule@10 #x0c) true) #x00 a!94)))
      (a!99 (ite (and (= rule@10 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                      #x00
                      a!98)))
      (a!101 (ite (and (= rule@10 #x0e) true)
                  #x0a
                  (ite (and (= rule@10 #x0f) true) #x0a a!100)))
      (a!110 (= migrate0.isolated@11
                (ite (and (= rule@10 #x00) true) #x01 a!109)))
      (a!112 (ite (and (= rule@10 #x03) true)
                  a!3
                  (ite (and (= rule@10 #x08) true) #x02 a!111)))
      (a!114 (ite (and (= rule@10 #x07) true)
                  #x00
                  (ite (and (= rule@10 #x0a) true) #x00 a!113))))
(let ((a!12 (or (and (= rule@10 #x00)
                     (= migrate0.pc@10 #x00)
                     (= |lru_lock[0]@10| #x00)
                     (not (= |folio.used[F0]@10| #x00))
                     (not (= |PG_lru[F0]@10| #x00)))
                (and (= rule@10 #x01) (= migrate0.pc@10 #x00) a!1)
                (and (= rule@10 #x02)
                     (= migrate0.pc@10 #x01)
                     (= |PG_locked[F0]@10| #x00))
                a!4
                a!5
                (and (= rule@10 #x05) false)
                (and (= rule@10 #x06) false)
                (and (= rule@10 #x07) (= migrate0.pc@10 #x03) a!6)
                (and (= rule@10 #x08) (= migrate0.pc@10 #x04))
                (and (= rule@10 #x09)
                     (= migrate0.pc@10 #x05)
                     (= (ite a!7
                             |&mapping->tree_lock.writer[shmem]@10|
                             |&mapping->tree_lock.writer[swapper_space]@10|)
                        #x00)
                     (= (ite a!7
                             |&mapping->tree_lock.readers[shmem]@10|
                             |&mapping->tree_lock.readers[swapper_space]@10|)
                        #x00)
                     (not (= |page.mapping(shmem)[F0]@10| #x00))
                     (= |folio.refcount[F0]@10| #x02)
                     a!8)
                (and (= rule@10 #x0a) (= migrate0.pc@10 #x05) a!9)
                (and (= rule@10 #x0b) (= migrate0.pc@10 #x06))
                (and (= rule@10 #x0c)
                     (= migrate0.pc@10 #x07)
                     (not (= migrate0.ok@10 #x00)))
                a!10
                (and (= rule@10 #x0e)
                     (= migrate0.pc@10 #x09)
                     (not (= migrate0.ok@10 #x00)))
                a!11
                (and (= rule@10 #x10)
                     (= migrate0.pc@10 #x08)
                     (bvult migrate0.pass@10 #x01))
                (and (= rule@10 #x11)
                     (= migrate0.pc@10 #x08)
                     (bvuge migrate0.pass@10 #x01))))
      (a!16 (ite (and (= rule@10 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      a!13
                      a!15)))
      (a!18 (ite (and (= rule@10 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                      a!13
                      a!17)))
      (a!21 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!20))
      (a!27 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x01))
                 (bvadd (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@10 #x00) true)
                 #x00
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      a!30
                      a!33)))
      (a!36 (= |PG_lru[F1]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                    a!30
                    a!35)))
      (a!40 (= |PG_anon_exclusive[F0]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                    a!37
                    a!39)))
      (a!42 (= |PG_anon_exclusive[F1]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                    a!37
                    a!41)))
      (a!46 (= |folio.mapping[F0]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                    a!43
                    a!45)))
      (a!48 (= |folio.mapping[F1]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                    a!43
                    a!47)))
      (a!52 (= |folio.index[F0]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                    a!49
                    a!51)))
      (a!54 (= |folio.index[F1]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                    a!49
                    a!53)))
      (a!58 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                 a!55
                 (ite (and (= rule@10 #x0b) (= migrate0.newpage@10 #x00))
                      |folio.data[F0]@10|
                      a!57)))
      (a!61 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                 a!55
                 (ite (and (= rule@10 #x0b) (= migrate0.newpage@10 #x01))
                      |folio.data[F0]@10|
                      a!60)))
      (a!66 (ite (and (= rule@10 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@10|)
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      a!63
                      a!65)))
      (a!68 (ite (and (= rule@10 #x03) (= a!3 #x01))
                 (bvsub #x01 |folio.node[F0]@10|)
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                      a!63
                      a!67)))
      (a!72 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x00))
                 |page.mapping(shmem)[F0]@10|
                 (ite (and (= rule@10 #x0b) true) #x00 a!71)))
      (a!75 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                 a!69
                 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x01))
                      |page.mapping(shmem)[F0]@10|
                      a!74)))
      (a!79 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x00))
                 |PG_swapcache[F0]@10|
                 (ite (and (= rule@10 #x0b) true) #x00 a!78)))
      (a!82 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                 a!76
                 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x01))
                      |PG_swapcache[F0]@10|
                      a!81)))
      (a!86 (ite (and (= rule@10 #x0b) (= migrate0.newpage@10 #x00))
                 |PG_dirty[F0]@10|
                 (ite (and (= rule@10 #x0b) true) #x00 a!85)))
      (a!89 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                 a!83
                 (ite (and (= rule@10 #x0b) (= migrate0.newpage@10 #x01))
                      |PG_dirty[F0]@10|
                      a!88)))
      (a!96 (ite (and (= rule@10 #x05) true)
                 #x00
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      #x00
                      a!95)))
      (a!102 (ite (and (= rule@10 #x0c) true)
                  #x09
                  (ite (and (= rule@10 #x0d) true) #x08 a!101))))
(let ((a!22 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x00))
                 (bvadd (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 (ite (and (= rule@10 #x09) true)
                      (bvsub |folio.refcount[F0]@10| #x01)
                      a!21)))
      (a!28 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!27))
      (a!59 (= |folio.data[F0]@11|
               (ite (and (= rule@10 #x03) (= a!3 #x00)) #x00 a!58)))
      (a!62 (= |folio.data[F1]@11|
               (ite (and (= rule@10 #x03) (= a!3 #x01)) #x00 a!61)))
      (a!73 (ite (and (= rule@10 #x05) true)
                 #x00
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      a!69
                      a!72)))
      (a!80 (ite (and (= rule@10 #x05) true)
                 #x01
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      a!76
                      a!79)))
      (a!87 (ite (and (= rule@10 #x05) true)
                 #x01
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      a!83
                      a!86)))
      (a!97 (ite (and (= rule@10 #x02) true)
                 #x01
                 (ite (and (= rule@10 #x03) (= a!3 #x00)) #x01 a!96)))
      (a!103 (ite (and (= rule@10 #x0a) true)
                  #x07
                  (ite (and (= rule@10 #x0b) true) #x07 a!102))))
(let ((a!23 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!22))
      (a!29 (= |folio.refcount[F1]@11|
               (ite (and (= rule@10 #x03) (= a!3 #x01)) #x01 a!28)))
      (a!104 (ite (and (= rule@10 #x08) true)
                  #x08
                  (ite (and (= rule@10 #x09) true) #x06 a!103))))
(let ((a!24 (ite (and (= rule@10 #x00) true)
                 (bvadd |folio.refcount[F0]@10| #x01)
                 (ite (and (= rule@10 #x03) (= a!3 #x00)) #x01 a!23)))
      (a!105 (ite (and (= rule@10 #x06) true)
                  #x05
                  (ite (and (= rule@10 #x07) true) #x07 a!104))))
(let ((a!106 (ite (and (= rule@10 #x04) true)
                  #x05
                  (ite (and (= rule@10 #x05) true) #x04 a!105))))
(let ((a!107 (ite (and (= rule@10 #x02) true)
                  #x02
                  (ite (and (= rule@10 #x03) true) #x03 a!106))))
(let ((a!108 (ite (and (= rule@10 #x00) true)
                  #x01
                  (ite (and (= rule@10 #x01) true) #x0a a!107))))
  (and a!12
       (= |alive[P0]@11| |alive[P0]@10|)
       (= |pte[P0][0]@11| |pte[P0][0]@10|)
       (= |pte.folio[P0][0]@11| |pte.folio[P0][0]@10|)
       (= |pte.write[P0][0]@11| |pte.write[P0][0]@10|)
       (= |expected[P0][0]@11| |expected[P0][0]@10|)
       (= |anon_vma.list[av0][0]@11| |anon_vma.list[av0][0]@10|)
       (= |anon_vma.len[av0]@11| |anon_vma.len[av0]@10|)
       (= |anon_vma.refcount[av0]@11| |anon_vma.refcount[av0]@10|)
       (= |folio.used[F0]@11| a!16)
       (= |folio.used[F1]@11| a!18)
       (= |folio.refcount[F0]@11| a!24)
       a!29
       (= |folio.mapcount[F0]@11| |folio.mapcount[F0]@10|)
       (= |folio.mapcount[F1]@11| |folio.mapcount[F1]@10|)
       (= |PG_lru[F0]@11| a!34)
       a!36
       a!40
       a!42
       a!46
       a!48
       a!52
       a!54
       a!59
       a!62
       (= |folio.node[F0]@11| a!66)
       (= |folio.node[F1]@11| a!68)
       (= |page.mapping(shmem)[F0]@11| a!73)
       (= |page.mapping(shmem)[F1]@11| a!75)
       (= |PG_swapcache[F0]@11| a!80)
       (= |PG_swapcache[F1]@11| a!82)
       (= |PG_dirty[F0]@11| a!87)
       (= |PG_dirty[F1]@11| a!89)
       (= shmem.i_pages@11 a!91)
       a!93
       (= |&mm->mmap_lock.writer[P0]@11| |&mm->mmap_lock.writer[P0]@10|)
       (= |&mm->mmap_lock.readers[P0]@11| |&mm->mmap_lock.readers[P0]@10|)
       (= |&anon_vma->rwsem.writer[av0]@11| |&anon_vma->rwsem.writer[av0]@10|)
       (= |&anon_vma->rwsem.readers[av0]@11| |&anon_vma->rwsem.readers[av0]@10|)
       (= |ptlock_ptr(page)[P0]@11| |ptlock_ptr(page)[P0]@10|)
       (= |PG_locked[F0]@11| a!97)
       (= |PG_locked[F1]@11| a!99)
       (= |&mapping->tree_lock.writer[shmem]@11|
          |&mapping->tree_lock.writer[shmem]@10|)
       (= |&mapping->tree_lock.writer[swapper_space]@11|
          |&mapping->tree_lock.writer[swapper_space]@10|)
       (= |&mapping->tree_lock.readers[shmem]@11|
          |&mapping->tree_lock.readers[shmem]@10|)
       (= |&mapping->tree_lock.readers[swapper_space]@11|
          |&mapping->tree_lock.readers[swapper_space]@10|)
       (= |swap_lock[0]@11| |swap_lock[0]@10|)
       (= |&info->lock[0]@11| |&info->lock[0]@10|)
       (= |lru_lock[0]@11| |lru_lock[0]@10|)
       (= migrate0.pc@11 a!108)
       a!110
       (= migrate0.newpage@11 a!112)
       (= migrate0.ok@11 a!114)
       (= migrate0.mapping_is_swapper@11 a!115)
       a!116
       (bvule |alive[P0]@11| #x01)
       (bvule |pte[P0][0]@11| #x07)
       (bvule |pte.folio[P0][0]@11| #x01)
       (bvule |pte.write[P0][0]@11| #x01)
       (bvule |expected[P0][0]@11| #x01)
       (bvule |anon_vma.list[av0][0]@11| #x00)
       (bvule |anon_vma.len[av0]@11| #x01)
       (bvule |anon_vma.refcount[av0]@11| #x04)
       (bvule |folio.used[F0]@11| #x01)
       (bvule |folio.used[F1]@11| #x01)
       (bvule |folio.refcount[F0]@11| #x04)
       (bvule |folio.refcount[F1]@11| #x04)
       (bvule |folio.mapcount[F0]@11| #x02)
       (bvule |folio.mapcount[F1]@11| #x02)
       (bvule |PG_lru[F0]@11| #x01)
       (bvule |PG_lru[F1]@11| #x01)
       (bvule |PG_anon_exclusive[F0]@11| #x01)
       (bvule |PG_anon_exclusive[F1]@11| #x01)
       (bvule |folio.mapping[F0]@11| #x01)
       (bvule |folio.mapping[F1]@11| #x01)
       (bvule |folio.index[F0]@11| #x00)
       (bvule |folio.index[F1]@11| #x00)
       (bvule |folio.data[F0]@11| #x01)
       (bvule |folio.data[F1]@11| #x01)
       (bvule |folio.node[F0]@11| #x01)
       (bvule |folio.node[F1]@11| #x01)
       (bvule |page.mapping(shmem)[F0]@11| #x01)
       (bvule |page.mapping(shmem)[F1]@11| #x01)
       (bvule |PG_swapcache[F0]@11| #x01)
       (bvule |PG_swapcache[F1]@11| #x01)
       (bvule |PG_dirty[F0]@11| #x01)
       (bvule |PG_dirty[F1]@11| #x01)
       (bvule shmem.i_pages@11 #x02)
       (bvule swapper_space.i_pages@11 #x02)
       (bvule |&mm->mmap_lock.writer[P0]@11| #x01)
       (bvule |&mm->mmap_lock.readers[P0]@11| #x01)
       (bvule |&anon_vma->rwsem.writer[av0]@11| #x01)
       (bvule |&anon_vma->rwsem.readers[av0]@11| #x01)
       (bvule |ptlock_ptr(page)[P0]@11| #x01)
       (bvule |PG_locked[F0]@11| #x01)
       (bvule |PG_locked[F1]@11| #x01)
       (bvule |&mapping->tree_lock.writer[shmem]@11| #x01)
       (bvule |&mapping->tree_lock.writer[swapper_space]@11| #x01)
       (bvule |&mapping->tree_lock.readers[shmem]@11| #x01)
       (bvule |&mapping->tree_lock.readers[swapper_space]@11| #x01)
       (bvule |swap_lock[0]@11| #x01)
       (bvule |&info->lock[0]@11| #x01)
       (bvule |lru_lock[0]@11| #x01)
       (bvule migrate0.pc@11 #x0a)
       (bvule migrate0.isolated@11 #x01)
       (bvule migrate0.newpage@11 #x02)
       (bvule migrate0.ok@11 #x01)
       (bvule migrate0.mapping_is_swapper@11 #x01)
       (bvule migrate0.pass@11 #x01))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@11| #x00))
                     (not (= |PG_lru[F0]@11| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@11| #x00)))
               (not (not (= |folio.used[F1]@11| #x00)))))
      (a!3 (ite (not (not (= |folio.used[F0]@11| #x00))) #x00 #x01))
      (a!5 (and (= rule@11 #x04)
                (= migrate0.pc@11 #x03)
                (or (not (= |PG_swapcache[F0]@11| #x00))
                    (not (= |page.mapping(shmem)[F0]@11| #x00)))))
      (a!6 (not (or (not (= |PG_swapcache[F0]@11| #x00))
                    (not (= |page.mapping(shmem)[F0]@11| #x00)))))
      (a!7 (= (ite (not (= migrate0.mapping_is_swapper@11 #x00)) #x01 #x00)
              #x00))
      (a!8 (= (ite (not (= migrate0.mapping_is_swapper@11 #x00))
                   swapper_space.i_pages@11
                   shmem.i_pages@11)
              #x00))
      (a!10 (and (= rule@11 #x0d)
                 (= migrate0.pc@11 #x07)
                 (not (not (= migrate0.ok@11 #x00)))))
      (a!11 (and (= rule@11 #x0f)
                 (= migrate0.pc@11 #x09)
                 (not (not (= migrate0.ok@11 #x00)))))
      (a!13 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.used[F0]@11|
                      |folio.used[F1]@11|)))
      (a!14 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |folio.used[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.used[F0]@11|)
                      |folio.used[F0]@11|)))
      (a!19 (ite (and (= rule@11 #x0e) true)
                 (bvsub |folio.refcount[F0]@11| #x01)
                 (ite (and (= rule@11 #x0f) true)
                      (bvsub |folio.refcount[F0]@11| #x01)
                      |folio.refcount[F0]@11|)))
      (a!25 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 |folio.refcount[F1]@11|))
      (a!30 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |PG_lru[F0]@11|
                      |PG_lru[F1]@11|)))
      (a!31 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 #x01))
      (a!32 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |PG_lru[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01) #x00 #x01)
                      |PG_lru[F0]@11|)))
      (a!37 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |PG_anon_exclusive[F0]@11|
                      |PG_anon_exclusive[F1]@11|)))
      (a!38 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@11|)
                      |PG_anon_exclusive[F0]@11|)))
      (a!43 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.mapping[F0]@11|
                      |folio.mapping[F1]@11|)))
      (a!44 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x01
                      |folio.mapping[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x01
                           |folio.mapping[F0]@11|)
                      |folio.mapping[F0]@11|)))
      (a!49 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.index[F0]@11|
                      |folio.index[F1]@11|)))
      (a!50 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x00
                      |folio.index[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.index[F0]@11|)
                      |folio.index[F0]@11|)))
      (a!55 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.data[F0]@11|
                      |folio.data[F1]@11|)))
      (a!56 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |folio.data[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.data[F0]@11|)
                      |folio.data[F0]@11|)))
      (a!63 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.node[F0]@11|
                      |folio.node[F1]@11|)))
      (a!64 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |folio.node[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.node[F0]@11|)
                      |folio.node[F0]@11|)))
      (a!69 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |page.mapping(shmem)[F0]@11|
                      |page.mapping(shmem)[F1]@11|)))
      (a!70 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@11|)
                      |page.mapping(shmem)[F0]@11|)))
      (a!76 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |PG_swapcache[F0]@11|
                      |PG_swapcache[F1]@11|)))
      (a!77 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x00
                      |PG_swapcache[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |PG_swapcache[F0]@11|)
                      |PG_swapcache[F0]@11|)))
      (a!83 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |PG_dirty[F0]@11|
                      |PG_dirty[F1]@11|)))
      (a!84 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |PG_dirty[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |PG_dirty[F0]@11|)
                      |PG_dirty[F0]@11|)))
      (a!90 (ite (not (not (= migrate0.mapping_is_swapper@11 #x00)))
                 migrate0.newpage@11
                 shmem.i_pages@11))
      (a!92 (ite (and (= rule@11 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@11 #x00))
                      migrate0.newpage@11
                      swapper_space.i_pages@11)
                 swapper_space.i_pages@11))
      (a!94 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 #x00
                 (ite (and (= rule@11 #x0d) true) #x00 |PG_locked[F0]@11|)))
      (a!98 (ite (and (= rule@11 #x0c) (= migrate0.newpage@11 #x01))
                 #x00
                 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                      #x00
                      |PG_locked[F1]@11|)))
      (a!100 (ite (and (= rule@11 #x10) true)
                  #x01
                  (ite (and (= rule@11 #x11) true) #x09 migrate0.pc@11)))
      (a!109 (ite (and (= rule@11 #x0e) true)
                  #x00
                  (ite (and (= rule@11 #x0f) true) #x00 migrate0.isolated@11)))
      (a!111 (ite (and (= rule@11 #x0d) true)
                  #x02
                  (ite (and (= rule@11 #x0e) true) #x02 migrate0.newpage@11)))
      (a!113 (ite (and (= rule@11 #x0b) true)
                  #x01
                  (ite (and (= rule@11 #x11) true) #x00 migrate0.ok@11)))
      (a!115 (ite (and (= rule@11 #x04) true)
                  |PG_swapcache[F0]@11|
                  (ite (and (= rule@11 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@11)))
      (a!116 (= migrate0.pass@12
                (ite (and (= rule@11 #x10) true)
                     (bvadd migrate0.pass@11 #x01)
                     migrate0.pass@11))))
(let ((a!4 (and (= rule@11 #x03)
                (= migrate0.pc@11 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@11| |PG_locked[F1]@11|)
                   #x00)))
      (a!9 (not (and (not (= |page.mapping(shmem)[F0]@11| #x00))
                     (= |folio.refcount[F0]@11| #x02)
                     a!8)))
      (a!15 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!13
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!13
                      a!14)))
      (a!17 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!13
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!13
                      |folio.used[F1]@11|)))
      (a!20 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!19))
      (a!26 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!25))
      (a!33 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!30
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!31
                      a!32)))
      (a!35 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!30
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!31
                      |PG_lru[F1]@11|)))
      (a!39 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!37
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!37
                      a!38)))
      (a!41 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!37
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!37
                      |PG_anon_exclusive[F1]@11|)))
      (a!45 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!43
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!43
                      a!44)))
      (a!47 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!43
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!43
                      |folio.mapping[F1]@11|)))
      (a!51 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!49
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!49
                      a!50)))
      (a!53 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!49
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!49
                      |folio.index[F1]@11|)))
      (a!57 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!55
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!55
                      a!56)))
      (a!60 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!55
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!55
                      |folio.data[F1]@11|)))
      (a!65 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!63
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!63
                      a!64)))
      (a!67 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!63
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!63
                      |folio.node[F1]@11|)))
      (a!71 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!69
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!69
                      a!70)))
      (a!74 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!69
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!69
                      |page.mapping(shmem)[F1]@11|)))
      (a!78 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!76
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!76
                      a!77)))
      (a!81 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!76
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!76
                      |PG_swapcache[F1]@11|)))
      (a!85 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!83
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!83
                      a!84)))
      (a!88 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!83
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!83
                      |PG_dirty[F1]@11|)))
      (a!91 (ite (and (= rule@11 #x05) true)
                 #x02
                 (ite (and (= rule@11 #x09) true) a!90 shmem.i_pages@11)))
      (a!93 (= swapper_space.i_pages@12
               (ite (and (= rule@11 #x05) true) #x00 a!92)))
      (a!95 (ite (and (= rule@11 #x0c) (= migrate0.newpage@11 #x00))
                 #x00
                 (ite (and (= rule@11 #x0c) true) #x00 a!94)))
      (a!99 (ite (and (= rule@11 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                      #x00
                      a!98)))
      (a!101 (ite (and (= rule@11 #x0e) true)
                  #x0a
                  (ite (and (= rule@11 #x0f) true) #x0a a!100)))
      (a!110 (= migrate0.isolated@12
                (ite (and (= rule@11 #x00) true) #x01 a!109)))
      (a!112 (ite (and (= rule@11 #x03) true)
                  a!3
                  (ite (and (= rule@11 #x08) true) #x02 a!111)))
      (a!114 (ite (and (= rule@11 #x07) true)
                  #x00
                  (ite (and (= rule@11 #x0a) true) #x00 a!113))))
(let ((a!12 (or (and (= rule@11 #x00)
                     (= migrate0.pc@11 #x00)
                     (= |lru_lock[0]@11| #x00)
                     (not (= |folio.used[F0]@11| #x00))
                     (not (= |PG_lru[F0]@11| #x00)))
                (and (= rule@11 #x01) (= migrate0.pc@11 #x00) a!1)
                (and (= rule@11 #x02)
                     (= migrate0.pc@11 #x01)
                     (= |PG_locked[F0]@11| #x00))
                a!4
                a!5
                (and (= rule@11 #x05) false)
                (and (= rule@11 #x06) false)
                (and (= rule@11 #x07) (= migrate0.pc@11 #x03) a!6)
                (and (= rule@11 #x08) (= migrate0.pc@11 #x04))
                (and (= rule@11 #x09)
                     (= migrate0.pc@11 #x05)
                     (= (ite a!7
                             |&mapping->tree_lock.writer[shmem]@11|
                             |&mapping->tree_lock.writer[swapper_space]@11|)
                        #x00)
                     (= (ite a!7
                             |&mapping->tree_lock.readers[shmem]@11|
                             |&mapping->tree_lock.readers[swapper_space]@11|)
                        #x00)
                     (not (= |page.mapping(shmem)[F0]@11| #x00))
                     (= |folio.refcount[F0]@11| #x02)
                     a!8)
                (and (= rule@11 #x0a) (= migrate0.pc@11 #x05) a!9)
                (and (= rule@11 #x0b) (= migrate0.pc@11 #x06))
                (and (= rule@11 #x0c)
                     (= migrate0.pc@11 #x07)
                     (not (= migrate0.ok@11 #x00)))
                a!10
                (and (= rule@11 #x0e)
                     (= migrate0.pc@11 #x09)
                     (not (= migrate0.ok@11 #x00)))
                a!11
                (and (= rule@11 #x10)
                     (= migrate0.pc@11 #x08)
                     (bvult migrate0.pass@11 #x01))
                (and (= rule@11 #x11)
                     (= migrate0.pc@11 #x08)
                     (bvuge migrate0.pass@11 #x01))))
      (a!16 (ite (and (= rule@11 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      a!13
                      a!15)))
      (a!18 (ite (and (= rule@11 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                      a!13
                      a!17)))
      (a!21 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!20))
      (a!27 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x01))
                 (bvadd (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@11 #x00) true)
                 #x00
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      a!30
                      a!33)))
      (a!36 (= |PG_lru[F1]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                    a!30
                    a!35)))
      (a!40 (= |PG_anon_exclusive[F0]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                    a!37
                    a!39)))
      (a!42 (= |PG_anon_exclusive[F1]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                    a!37
                    a!41)))
      (a!46 (= |folio.mapping[F0]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                    a!43
                    a!45)))
      (a!48 (= |folio.mapping[F1]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                    a!43
                    a!47)))
      (a!52 (= |folio.index[F0]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                    a!49
                    a!51)))
      (a!54 (= |folio.index[F1]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                    a!49
                    a!53)))
      (a!58 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                 a!55
                 (ite (and (= rule@11 #x0b) (= migrate0.newpage@11 #x00))
                      |folio.data[F0]@11|
                      a!57)))
      (a!61 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                 a!55
                 (ite (and (= rule@11 #x0b) (= migrate0.newpage@11 #x01))
                      |folio.data[F0]@11|
                      a!60)))
      (a!66 (ite (and (= rule@11 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@11|)
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      a!63
                      a!65)))
      (a!68 (ite (and (= rule@11 #x03) (= a!3 #x01))
                 (bvsub #x01 |folio.node[F0]@11|)
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                      a!63
                      a!67)))
      (a!72 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x00))
                 |page.mapping(shmem)[F0]@11|
                 (ite (and (= rule@11 #x0b) true) #x00 a!71)))
      (a!75 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                 a!69
                 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x01))
                      |page.mapping(shmem)[F0]@11|
                      a!74)))
      (a!79 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x00))
                 |PG_swapcache[F0]@11|
                 (ite (and (= rule@11 #x0b) true) #x00 a!78)))
      (a!82 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                 a!76
                 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x01))
                      |PG_swapcache[F0]@11|
                      a!81)))
      (a!86 (ite (and (= rule@11 #x0b) (= migrate0.newpage@11 #x00))
                 |PG_dirty[F0]@11|
                 (ite (and (= rule@11 #x0b) true) #x00 a!85)))
      (a!89 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                 a!83
                 (ite (and (= rule@11 #x0b) (= migrate0.newpage@11 #x01))
                      |PG_dirty[F0]@11|
                      a!88)))
      (a!96 (ite (and (= rule@11 #x05) true)
                 #x00
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      #x00
                      a!95)))
      (a!102 (ite (and (= rule@11 #x0c) true)
                  #x09
                  (ite (and (= rule@11 #x0d) true) #x08 a!101))))
(let ((a!22 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x00))
                 (bvadd (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 (ite (and (= rule@11 #x09) true)
                      (bvsub |folio.refcount[F0]@11| #x01)
                      a!21)))
      (a!28 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!27))
      (a!59 (= |folio.data[F0]@12|
               (ite (and (= rule@11 #x03) (= a!3 #x00)) #x00 a!58)))
      (a!62 (= |folio.data[F1]@12|
               (ite (and (= rule@11 #x03) (= a!3 #x01)) #x00 a!61)))
      (a!73 (ite (and (= rule@11 #x05) true)
                 #x00
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      a!69
                      a!72)))
      (a!80 (ite (and (= rule@11 #x05) true)
                 #x01
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      a!76
                      a!79)))
      (a!87 (ite (and (= rule@11 #x05) true)
                 #x01
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      a!83
                      a!86)))
      (a!97 (ite (and (= rule@11 #x02) true)
                 #x01
                 (ite (and (= rule@11 #x03) (= a!3 #x00)) #x01 a!96)))
      (a!103 (ite (and (= rule@11 #x0a) true)
                  #x07
                  (ite (and (= rule@11 #x0b) true) #x07 a!102))))
(let ((a!23 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!22))
      (a!29 (= |folio.refcount[F1]@12|
               (ite (and (= rule@11 #x03) (= a!3 #x01)) #x01 a!28)))
      (a!104 (ite (and (= rule@11 #x08) true)
                  #x08
                  (ite (and (= rule@11 #x09) true) #x06 a!103))))
(let ((a!24 (ite (and (= rule@11 #x00) true)
                 (bvadd |folio.refcount[F0]@11| #x01)
                 (ite (and (= rule@11 #x03) (= a!3 #x00)) #x01 a!23)))
      (a!105 (ite (and (= rule@11 #x06) true)
                  #x05
                  (ite (and (= rule@11 #x07) true) #x07 a!104))))
(let ((a!106 (ite (and (= rule@11 #x04) true)
                  #x05
                  (ite (and (= rule@11 #x05) true) #x04 a!105))))
(let ((a!107 (ite (and (= rule@11 #x02) true)
                  #x02
                  (ite (and (= rule@11 #x03) true) #x03 a!106))))
(let ((a!108 (ite (and (= rule@11 #x00) true)
                  #x01
                  (ite (and (= rule@11 #x01) true) #x0a a!107))))
  (and a!12
       (= |alive[P0]@12| |alive[P0]@11|)
       (= |pte[P0][0]@12| |pte[P0][0]@11|)
       (= |pte.folio[P0][0]@12| |pte.folio[P0][0]@11|)
       (= |pte.write[P0][0]@12| |pte.write[P0][0]@11|)
       (= |expected[P0][0]@12| |expected[P0][0]@11|)
       (= |anon_vma.list[av0][0]@12| |anon_vma.list[av0][0]@11|)
       (= |anon_vma.len[av0]@12| |anon_vma.len[av0]@11|)
       (= |anon_vma.refcount[av0]@12| |anon_vma.refcount[av0]@11|)
       (= |folio.used[F0]@12| a!16)
       (= |folio.used[F1]@12| a!18)
       (= |folio.refcount[F0]@12| a!24)
       a!29
       (= |folio.mapcount[F0]@12| |folio.mapcount[F0]@11|)
       (= |folio.mapcount[F1]@12| |folio.mapcount[F1]@11|)
       (= |PG_lru[F0]@12| a!34)
       a!36
       a!40
       a!42
       a!46
       a!48
       a!52
       a!54
       a!59
       a!62
       (= |folio.node[F0]@12| a!66)
       (= |folio.node[F1]@12| a!68)
       (= |page.mapping(shmem)[F0]@12| a!73)
       (= |page.mapping(shmem)[F1]@12| a!75)
       (= |PG_swapcache[F0]@12| a!80)
       (= |PG_swapcache[F1]@12| a!82)
       (= |PG_dirty[F0]@12| a!87)
       (= |PG_dirty[F1]@12| a!89)
       (= shmem.i_pages@12 a!91)
       a!93
       (= |&mm->mmap_lock.writer[P0]@12| |&mm->mmap_lock.writer[P0]@11|)
       (= |&mm->mmap_lock.readers[P0]@12| |&mm->mmap_lock.readers[P0]@11|)
       (= |&anon_vma->rwsem.writer[av0]@12| |&anon_vma->rwsem.writer[av0]@11|)
       (= |&anon_vma->rwsem.readers[av0]@12| |&anon_vma->rwsem.readers[av0]@11|)
       (= |ptlock_ptr(page)[P0]@12| |ptlock_ptr(page)[P0]@11|)
       (= |PG_locked[F0]@12| a!97)
       (= |PG_locked[F1]@12| a!99)
       (= |&mapping->tree_lock.writer[shmem]@12|
          |&mapping->tree_lock.writer[shmem]@11|)
       (= |&mapping->tree_lock.writer[swapper_space]@12|
          |&mapping->tree_lock.writer[swapper_space]@11|)
       (= |&mapping->tree_lock.readers[shmem]@12|
          |&mapping->tree_lock.readers[shmem]@11|)
       (= |&mapping->tree_lock.readers[swapper_space]@12|
          |&mapping->tree_lock.readers[swapper_space]@11|)
       (= |swap_lock[0]@12| |swap_lock[0]@11|)
       (= |&info->lock[0]@12| |&info->lock[0]@11|)
       (= |lru_lock[0]@12| |lru_lock[0]@11|)
       (= migrate0.pc@12 a!108)
       a!110
       (= migrate0.newpage@12 a!112)
       (= migrate0.ok@12 a!114)
       (= migrate0.mapping_is_swapper@12 a!115)
       a!116
       (bvule |alive[P0]@12| #x01)
       (bvule |pte[P0][0]@12| #x07)
       (bvule |pte.folio[P0][0]@12| #x01)
       (bvule |pte.write[P0][0]@12| #x01)
       (bvule |expected[P0][0]@12| #x01)
       (bvule |anon_vma.list[av0][0]@12| #x00)
       (bvule |anon_vma.len[av0]@12| #x01)
       (bvule |anon_vma.refcount[av0]@12| #x04)
       (bvule |folio.used[F0]@12| #x01)
       (bvule |folio.used[F1]@12| #x01)
       (bvule |folio.refcount[F0]@12| #x04)
       (bvule |folio.refcount[F1]@12| #x04)
       (bvule |folio.mapcount[F0]@12| #x02)
       (bvule |folio.mapcount[F1]@12| #x02)
       (bvule |PG_lru[F0]@12| #x01)
       (bvule |PG_lru[F1]@12| #x01)
       (bvule |PG_anon_exclusive[F0]@12| #x01)
       (bvule |PG_anon_exclusive[F1]@12| #x01)
       (bvule |folio.mapping[F0]@12| #x01)
       (bvule |folio.mapping[F1]@12| #x01)
       (bvule |folio.index[F0]@12| #x00)
       (bvule |folio.index[F1]@12| #x00)
       (bvule |folio.data[F0]@12| #x01)
       (bvule |folio.data[F1]@12| #x01)
       (bvule |folio.node[F0]@12| #x01)
       (bvule |folio.node[F1]@12| #x01)
       (bvule |page.mapping(shmem)[F0]@12| #x01)
       (bvule |page.mapping(shmem)[F1]@12| #x01)
       (bvule |PG_swapcache[F0]@12| #x01)
       (bvule |PG_swapcache[F1]@12| #x01)
       (bvule |PG_dirty[F0]@12| #x01)
       (bvule |PG_dirty[F1]@12| #x01)
       (bvule shmem.i_pages@12 #x02)
       (bvule swapper_space.i_pages@12 #x02)
       (bvule |&mm->mmap_lock.writer[P0]@12| #x01)
       (bvule |&mm->mmap_lock.readers[P0]@12| #x01)
       (bvule |&anon_vma->rwsem.writer[av0]@12| #x01)
       (bvule |&anon_vma->rwsem.readers[av0]@12| #x01)
       (bvule |ptlock_ptr(page)[P0]@12| #x01)
       (bvule |PG_locked[F0]@12| #x01)
       (bvule |PG_locked[F1]@12| #x01)
       (bvule |&mapping->tree_lock.writer[shmem]@12| #x01)
       (bvule |&mapping->tree_lock.writer[swapper_space]@12| #x01)
       (bvule |&mapping->tree_lock.readers[shmem]@12| #x01)
       (bvule |&mapping->tree_lock.readers[swapper_space]@12| #x01)
       (bvule |swap_lock[0]@12| #x01)
       (bvule |&info->lock[0]@12| #x01)
       (bvule |lru_lock[0]@12| #x01)
       (bvule migrate0.pc@12 #x0a)
       (bvule migrate0.isolated@12 #x01)
       (bvule migrate0.newpage@12 #x02)
       (bvule migrate0.ok@12 #x01)
       (bvule migrate0.mapping_is_swapper@12 #x01)
       (bvule migrate0.pass@12 #x01))))))))))))
(assert (let ((a!1 (not (= (ite (= |pte.folio[P0][0]@0| #x00)
                        |folio.used[F0]@0|
                        |folio.used[F1]@0|)
                   #x00)))
      (a!2 (not (= (ite (= |pte.folio[P0][0]@0| #x00)
                        |folio.mapping[F0]@0|
                        |folio.mapping[F1]@0|)
                   #x01)))
      (a!5 (= (ite (not (= migrate0.mapping_is_swapper@0 #x00)) #x01 #x00) #x00))
      (a!6 (= (ite (not (= migrate0.mapping_is_swapper@0 #x00))
                   swapper_space.i_pages@0
                   shmem.i_pages@0)
              #x00))
      (a!8 (ite (or (not (= |PG_swapcache[F0]@0| #x00))
                    (not (= |page.mapping(shmem)[F0]@0| #x00)))
                #x01
                #x00))
      (a!10 (= |folio.mapcount[F0]@0|
               (ite (and (= |pte[P0][0]@0| #x01) (= |pte.folio[P0][0]@0| #x00))
                    #x01
                    #x00)))
      (a!11 (bvadd (ite (= shmem.i_pages@0 #x00) #x01 #x00)
                   (ite (= swapper_space.i_pages@0 #x00) #x01 #x00)))
      (a!13 (= (bvadd migrate0.isolated@0
                      (ite (= migrate0.newpage@0 #x00) #x01 #x00))
               #x00))
      (a!14 (not (and (not (= |pte[P0][0]@0| #x00))
                      (= |pte.folio[P0][0]@0| #x00))))
      (a!15 (= |folio.mapcount[F1]@0|
               (ite (and (= |pte[P0][0]@0| #x01) (= |pte.folio[P0][0]@0| #x01))
                    #x01
                    #x00)))
      (a!16 (bvadd (ite (= shmem.i_pages@0 #x01) #x01 #x00)
                   (ite (= swapper_space.i_pages@0 #x01) #x01 #x00)))
      (a!18 (not (and (not (= |pte[P0][0]@0| #x00))
                      (= |pte.folio[P0][0]@0| #x01))))
      (a!21 (not (= (ite (= migrate0.newpage@0 #x00)
                         |folio.used[F0]@0|
                         |folio.used[F1]@0|)
                    #x00)))
      (a!23 (and (= migrate0.pc@0 #x07) (not (not (= migrate0.ok@0 #x00)))))
      (a!25 (not (and (bvuge |folio.refcount[F0]@0| #x01)
                      (not (= |folio.used[F0]@0| #x00)))))
      (a!27 (and (= migrate0.pc@0 #x09) (not (not (= migrate0.ok@0 #x00)))))
      (a!30 (not (and (not (= |folio.used[F0]@0| #x00))
                      (not (= |PG_lru[F0]@0| #x00)))))
      (a!31 (or (not (not (= |folio.used[F0]@0| #x00)))
                (not (not (= |folio.used[F1]@0| #x00)))))
      (a!32 (ite (not (not (= |folio.used[F0]@0| #x00))) #x00 #x01))
      (a!34 (and (= migrate0.pc@0 #x03)
                 (or (not (= |PG_swapcache[F0]@0| #x00))
                     (not (= |page.mapping(shmem)[F0]@0| #x00)))))
      (a!35 (not (or (not (= |PG_swapcache[F0]@0| #x00))
                     (not (= |page.mapping(shmem)[F0]@0| #x00)))))
      (a!37 (not (= (ite (= |pte.folio[P0][0]@1| #x00)
                         |folio.used[F0]@1|
                         |folio.used[F1]@1|)
                    #x00)))
      (a!38 (not (= (ite (= |pte.folio[P0][0]@1| #x00)
                         |folio.mapping[F0]@1|
                         |folio.mapping[F1]@1|)
                    #x01)))
      (a!41 (= (ite (not (= migrate0.mapping_is_swapper@1 #x00)) #x01 #x00)
               #x00))
      (a!42 (= (ite (not (= migrate0.mapping_is_swapper@1 #x00))
                    swapper_space.i_pages@1
                    shmem.i_pages@1)
               #x00))
      (a!44 (ite (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))
                 #x01
                 #x00))
      (a!46 (= |folio.mapcount[F0]@1|
               (ite (and (= |pte[P0][0]@1| #x01) (= |pte.folio[P0][0]@1| #x00))
                    #x01
                    #x00)))
      (a!47 (bvadd (ite (= shmem.i_pages@1 #x00) #x01 #x00)
                   (ite (= swapper_space.i_pages@1 #x00) #x01 #x00)))
      (a!49 (= (bvadd migrate0.isolated@1
                      (ite (= migrate0.newpage@1 #x00) #x01 #x00))
               #x00))
      (a!50 (not (and (not (= |pte[P0][0]@1| #x00))
                      (= |pte.folio[P0][0]@1| #x00))))
      (a!51 (= |folio.mapcount[F1]@1|
               (ite (and (= |pte[P0][0]@1| #x01) (= |pte.folio[P0][0]@1| #x01))
                    #x01
                    #x00)))
      (a!52 (bvadd (ite (= shmem.i_pages@1 #x01) #x01 #x00)
                   (ite (= swapper_space.i_pages@1 #x01) #x01 #x00)))
      (a!54 (not (and (not (= |pte[P0][0]@1| #x00))
                      (= |pte.folio[P0][0]@1| #x01))))
      (a!57 (not (= (ite (= migrate0.newpage@1 #x00)
                         |folio.used[F0]@1|
                         |folio.used[F1]@1|)
                    #x00)))
      (a!59 (and (= migrate0.pc@1 #x07) (not (not (= migrate0.ok@1 #x00)))))
      (a!61 (not (and (bvuge |folio.refcount[F0]@1| #x01)
                      (not (= |folio.used[F0]@1| #x00)))))
      (a!63 (and (= migrate0.pc@1 #x09) (not (not (= migrate0.ok@1 #x00)))))
      (a!66 (not (and (not (= |folio.used[F0]@1| #x00))
                      (not (= |PG_lru[F0]@1| #x00)))))
      (a!67 (or (not (not (= |folio.used[F0]@1| #x00)))
                (not (not (= |folio.used[F1]@1| #x00)))))
      (a!68 (ite (not (not (= |folio.used[F0]@1| #x00))) #x00 #x01))
      (a!70 (and (= migrate0.pc@1 #x03)
                 (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))))
      (a!71 (not (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))))
      (a!73 (not (= (ite (= |pte.folio[P0][0]@2| #x00)
                         |folio.used[F0]@2|
                         |folio.used[F1]@2|)
                    #x00)))
      (a!74 (not (= (ite (= |pte.folio[P0][0]@2| #x00)
                         |folio.mapping[F0]@2|
                         |folio.mapping[F1]@2|)
                    #x01)))
      (a!77 (= (ite (not (= migrate0.mapping_is_swapper@2 #x00)) #x01 #x00)
               #x00))
      (a!78 (= (ite (not (= migrate0.mapping_is_swapper@2 #x00))
                    swapper_space.i_pages@2
                    shmem.i_pages@2)
               #x00))
      (a!80 (ite (or (not (= |PG_swapcache[F0]@2| #x00))
                     (not (= |page.mapping(shmem)[F0]@2| #x00)))
                 #x01
                 #x00))
      (a!82 (= |folio.mapcount[F0]@2|
               (ite (and (= |pte[P0][0]@2| #x01) (= |pte.folio[P0][0]@2| #x00))
                    #x01
                    #x00)))
      (a!83 (bvadd (ite (= shmem.i_pages@2 #x00) #x01 #x00)
                   (ite (= swapper_space.i_pages@2 #x00) #x01 #x00)))
      (a!85 (= (bvadd migrate0.isolated@2
                      (ite (= migrate0.newpage@2 #x00) #x01 #x00))
               #x00))
      (a!86 (not (and (not (= |pte[P0][0]@2| #x00))
                      (= |pte.folio[P0][0]@2| #x00))))
      (a!87 (= |folio.mapcount[F1]@2|
               (ite (and (= |pte[P0][0]@2| #x01) (= |pte.folio[P0][0]@2| #x01))
                    #x01
                    #x00)))
      (a!88 (bvadd (ite (= shmem.i_pages@2 #x01) #x01 #x00)
                   (ite (= swapper_space.i_pages@2 #x01) #x01 #x00)))
      (a!90 (not (and (not (= |pte[P0][0]@2| #x00))
                      (= |pte.folio[P0][0]@2| #x01))))
      (a!93 (not (= (ite (= migrate0.newpage@2 #x00)
                         |folio.used[F0]@2|
                         |folio.used[F1]@2|)
                    #x00)))
      (a!95 (and (= migrate0.pc@2 #x07) (not (not (= migrate0.ok@2 #x00)))))
      (a!97 (not (and (bvuge |folio.refcount[F0]@2| #x01)
                      (not (= |folio.used[F0]@2| #x00)))))
      (a!99 (and (= migrate0.pc@2 #x09) (not (not (= migrate0.ok@2 #x00)))))
      (a!102 (not (and (not (= |folio.used[F0]@2| #x00))
                       (not (= |PG_lru[F0]@2| #x00)))))
      (a!103 (or (not (not (= |folio.used[F0]@2| #x00)))
                 (not (not (= |folio.used[F1]@2| #x00)))))
      (a!104 (ite (not (not (= |folio.used[F0]@2| #x00))) #x00 #x01))
      (a!106 (and (= migrate0.pc@2 #x03)
                  (or (not (= |PG_swapcache[F0]@2| #x00))
                      (not (= |page.mapping(shmem)[F0]@2| #x00)))))
      (a!107 (not (or (not (= |PG_swapcache[F0]@2| #x00))
                      (not (= |page.mapping(shmem)[F0]@2| #x00)))))
      (a!109 (not (= (ite (= |pte.folio[P0][0]@3| #x00)
                          |folio.used[F0]@3|
                          |folio.used[F1]@3|)
                     #x00)))
      (a!110 (not (= (ite (= |pte.folio[P0][0]@3| #x00)
                          |folio.mapping[F0]@3|
                          |folio.mapping[F1]@3|)
                     #x01)))
      (a!113 (= (ite (not (= migrate0.mapping_is_swapper@3 #x00)) #x01 #x00)
                #x00))
      (a!114 (= (ite (not (= migrate0.mapping_is_swapper@3 #x00))
                     swapper_space.i_pages@3
                     shmem.i_pages@3)
                #x00))
      (a!116 (ite (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))
                  #x01
                  #x00))
      (a!118 (= |folio.mapcount[F0]@3|
                (ite (and (= |pte[P0][0]@3| #x01) (= |pte.folio[P0][0]@3| #x00))
                     #x01
                     #x00)))
      (a!119 (bvadd (ite (= shmem.i_pages@3 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@3 #x00) #x01 #x00)))
      (a!121 (= (bvadd migrate0.isolated@3
                       (ite (= migrate0.newpage@3 #x00) #x01 #x00))
                #x00))
      (a!122 (not (and (not (= |pte[P0][0]@3| #x00))
                       (= |pte.folio[P0][0]@3| #x00))))
      (a!123 (= |folio.mapcount[F1]@3|
                (ite (and (= |pte[P0][0]@3| #x01) (= |pte.folio[P0][0]@3| #x01))
                     #x01
                     #x00)))
      (a!124 (bvadd (ite (= shmem.i_pages@3 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@3 #x01) #x01 #x00)))
      (a!126 (not (and (not (= |pte[P0][0]@3| #x00))
                       (= |pte.folio[P0][0]@3| #x01))))
      (a!129 (not (= (ite (= migrate0.newpage@3 #x00)
                          |folio.used[F0]@3|
                          |folio.used[F1]@3|)
                     #x00)))
      (a!131 (and (= migrate0.pc@3 #x07) (not (not (= migrate0.ok@3 #x00)))))
      (a!133 (not (and (bvuge |folio.refcount[F0]@3| #x01)
                       (not (= |folio.used[F0]@3| #x00)))))
      (a!135 (and (= migrate0.pc@3 #x09) (not (not (= migrate0.ok@3 #x00)))))
      (a!138 (not (and (not (= |folio.used[F0]@3| #x00))
                       (not (= |PG_lru[F0]@3| #x00)))))
      (a!139 (or (not (not (= |folio.used[F0]@3| #x00)))
                 (not (not (= |folio.used[F1]@3| #x00)))))
      (a!140 (ite (not (not (= |folio.used[F0]@3| #x00))) #x00 #x01))
      (a!142 (and (= migrate0.pc@3 #x03)
                  (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))))
      (a!143 (not (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))))
      (a!145 (not (= (ite (= |pte.folio[P0][0]@4| #x00)
                          |folio.used[F0]@4|
                          |folio.used[F1]@4|)
                     #x00)))
      (a!146 (not (= (ite (= |pte.folio[P0][0]@4| #x00)
                          |folio.mapping[F0]@4|
                          |folio.mapping[F1]@4|)
                     #x01)))
      (a!149 (= (ite (not (= migrate0.mapping_is_swapper@4 #x00)) #x01 #x00)
                #x00))
      (a!150 (= (ite (not (= migrate0.mapping_is_swapper@4 #x00))
                     swapper_space.i_pages@4
                     shmem.i_pages@4)
                #x00))
      (a!152 (ite (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))
                  #x01
                  #x00))
      (a!154 (= |folio.mapcount[F0]@4|
                (ite (and (= |pte[P0][0]@4| #x01) (= |pte.folio[P0][0]@4| #x00))
                     #x01
                     #x00)))
      (a!155 (bvadd (ite (= shmem.i_pages@4 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@4 #x00) #x01 #x00)))
      (a!157 (= (bvadd migrate0.isolated@4
                       (ite (= migrate0.newpage@4 #x00) #x01 #x00))
                #x00))
      (a!158 (not (and (not (= |pte[P0][0]@4| #x00))
                       (= |pte.folio[P0][0]@4| #x00))))
      (a!159 (= |folio.mapcount[F1]@4|
                (ite (and (= |pte[P0][0]@4| #x01) (= |pte.folio[P0][0]@4| #x01))
                     #x01
                     #x00)))
      (a!160 (bvadd (ite (= shmem.i_pages@4 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@4 #x01) #x01 #x00)))
      (a!162 (not (and (not (= |pte[P0][0]@4| #x00))
                       (= |pte.folio[P0][0]@4| #x01))))
      (a!165 (not (= (ite (= migrate0.newpage@4 #x00)
                          |folio.used[F0]@4|
                          |folio.used[F1]@4|)
                     #x00)))
      (a!167 (and (= migrate0.pc@4 #x07) (not (not (= migrate0.ok@4 #x00)))))
      (a!169 (not (and (bvuge |folio.refcount[F0]@4| #x01)
                       (not (= |folio.used[F0]@4| #x00)))))
      (a!171 (and (= migrate0.pc@4 #x09) (not (not (= migrate0.ok@4 #x00)))))
      (a!174 (not (and (not (= |folio.used[F0]@4| #x00))
                       (not (= |PG_lru[F0]@4| #x00)))))
      (a!175 (or (not (not (= |folio.used[F0]@4| #x00)))
                 (not (not (= |folio.used[F1]@4| #x00)))))
      (a!176 (ite (not (not (= |folio.used[F0]@4| #x00))) #x00 #x01))
      (a!178 (and (= migrate0.pc@4 #x03)
                  (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))))
      (a!179 (not (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))))
      (a!181 (not (= (ite (= |pte.folio[P0][0]@5| #x00)
                          |folio.used[F0]@5|
                          |folio.used[F1]@5|)
                     #x00)))
      (a!182 (not (= (ite (= |pte.folio[P0][0]@5| #x00)
                          |folio.mapping[F0]@5|
                          |folio.mapping[F1]@5|)
                     #x01)))
      (a!185 (= (ite (not (= migrate0.mapping_is_swapper@5 #x00)) #x01 #x00)
                #x00))
      (a!186 (= (ite (not (= migrate0.mapping_is_swapper@5 #x00))
                     swapper_space.i_pages@5
                     shmem.i_pages@5)
                #x00))
      (a!188 (ite (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))
                  #x01
                  #x00))
      (a!190 (= |folio.mapcount[F0]@5|
                (ite (and (= |pte[P0][0]@5| #x01) (= |pte.folio[P0][0]@5| #x00))
                     #x01
                     #x00)))
      (a!191 (bvadd (ite (= shmem.i_pages@5 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@5 #x00) #x01 #x00)))
      (a!193 (= (bvadd migrate0.isolated@5
                       (ite (= migrate0.newpage@5 #x00) #x01 #x00))
                #x00))
      (a!194 (not (and (not (= |pte[P0][0]@5| #x00))
                       (= |pte.folio[P0][0]@5| #x00))))
      (a!195 (= |folio.mapcount[F1]@5|
                (ite (and (= |pte[P0][0]@5| #x01) (= |pte.folio[P0][0]@5| #x01))
                     #x01
                     #x00)))
      (a!196 (bvadd (ite (= shmem.i_pages@5 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@5 #x01) #x01 #x00)))
      (a!198 (not (and (not (= |pte[P0][0]@5| #x00))
                       (= |pte.folio[P0][0]@5| #x01))))
      (a!201 (not (= (ite (= migrate0.newpage@5 #x00)
                          |folio.used[F0]@5|
                          |folio.used[F1]@5|)
                     #x00)))
      (a!203 (and (= migrate0.pc@5 #x07) (not (not (= migrate0.ok@5 #x00)))))
      (a!205 (not (and (bvuge |folio.refcount[F0]@5| #x01)
                       (not (= |folio.used[F0]@5| #x00)))))
      (a!207 (and (= migrate0.pc@5 #x09) (not (not (= migrate0.ok@5 #x00)))))
      (a!210 (not (and (not (= |folio.used[F0]@5| #x00))
                       (not (= |PG_lru[F0]@5| #x00)))))
      (a!211 (or (not (not (= |folio.used[F0]@5| #x00)))
                 (not (not (= |folio.used[F1]@5| #x00)))))
      (a!212 (ite (not (not (= |folio.used[F0]@5| #x00))) #x00 #x01))
      (a!214 (and (= migrate0.pc@5 #x03)
                  (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))))
      (a!215 (not (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))))
      (a!217 (not (= (ite (= |pte.folio[P0][0]@6| #x00)
                          |folio.used[F0]@6|
                          |folio.used[F1]@6|)
                     #x00)))
      (a!218 (not (= (ite (= |pte.folio[P0][0]@6| #x00)
                          |folio.mapping[F0]@6|
                          |folio.mapping[F1]@6|)
                     #x01)))
      (a!221 (= (ite (not (= migrate0.mapping_is_swapper@6 #x00)) #x01 #x00)
                #x00))
      (a!222 (= (ite (not (= migrate0.mapping_is_swapper@6 #x00))
                     swapper_space.i_pages@6
                     shmem.i_pages@6)
                #x00))
      (a!224 (ite (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))
                  #x01
                  #x00))
      (a!226 (= |folio.mapcount[F0]@6|
                (ite (and (= |pte[P0][0]@6| #x01) (= |pte.folio[P0][0]@6| #x00))
                     #x01
                     #x00)))
      (a!227 (bvadd (ite (= shmem.i_pages@6 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@6 #x00) #x01 #x00)))
      (a!229 (= (bvadd migrate0.isolated@6
                       (ite (= migrate0.newpage@6 #x00) #x01 #x00))
                #x00))
      (a!230 (not (and (not (= |pte[P0][0]@6| #x00))
                       (= |pte.folio[P0][0]@6| #x00))))
      (a!231 (= |folio.mapcount[F1]@6|
                (ite (and (= |pte[P0][0]@6| #x01) (= |pte.folio[P0][0]@6| #x01))
                     #x01
                     #x00)))
      (a!232 (bvadd (ite (= shmem.i_pages@6 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@6 #x01) #x01 #x00)))
      (a!234 (not (and (not (= |pte[P0][0]@6| #x00))
                       (= |pte.folio[P0][0]@6| #x01))))
      (a!237 (not (= (ite (= migrate0.newpage@6 #x00)
                          |folio.used[F0]@6|
                          |folio.used[F1]@6|)
                     #x00)))
      (a!239 (and (= migrate0.pc@6 #x07) (not (not (= migrate0.ok@6 #x00)))))
      (a!241 (not (and (bvuge |folio.refcount[F0]@6| #x01)
                       (not (= |folio.used[F0]@6| #x00)))))
      (a!243 (and (= migrate0.pc@6 #x09) (not (not (= migrate0.ok@6 #x00)))))
      (a!246 (not (and (not (= |folio.used[F0]@6| #x00))
                       (not (= |PG_lru[F0]@6| #x00)))))
      (a!247 (or (not (not (= |folio.used[F0]@6| #x00)))
                 (not (not (= |folio.used[F1]@6| #x00)))))
      (a!248 (ite (not (not (= |folio.used[F0]@6| #x00))) #x00 #x01))
      (a!250 (and (= migrate0.pc@6 #x03)
                  (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))))
      (a!251 (not (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))))
      (a!253 (not (= (ite (= |pte.folio[P0][0]@7| #x00)
                          |folio.used[F0]@7|
                          |folio.used[F1]@7|)
                     #x00)))
      (a!254 (not (= (ite (= |pte.folio[P0][0]@7| #x00)
                          |folio.mapping[F0]@7|
                          |folio.mapping[F1]@7|)
                     #x01)))
      (a!257 (= (ite (not (= migrate0.mapping_is_swapper@7 #x00)) #x01 #x00)
                #x00))
      (a!258 (= (ite (not (= migrate0.mapping_is_swapper@7 #x00))
                     swapper_space.i_pages@7
                     shmem.i_pages@7)
                #x00))
      (a!260 (ite (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))
                  #x01
                  #x00))
      (a!262 (= |folio.mapcount[F0]@7|
                (ite (and (= |pte[P0][0]@7| #x01) (= |pte.folio[P0][0]@7| #x00))
                     #x01
                     #x00)))
      (a!263 (bvadd (ite (= shmem.i_pages@7 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@7 #x00) #x01 #x00)))
      (a!265 (= (bvadd migrate0.isolated@7
                       (ite (= migrate0.newpage@7 #x00) #x01 #x00))
                #x00))
      (a!266 (not (and (not (= |pte[P0][0]@7| #x00))
                       (= |pte.folio[P0][0]@7| #x00))))
      (a!267 (= |folio.mapcount[F1]@7|
                (ite (and (= |pte[P0][0]@7| #x01) (= |pte.folio[P0][0]@7| #x01))
                     #x01
                     #x00)))
      (a!268 (bvadd (ite (= shmem.i_pages@7 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@7 #x01) #x01 #x00)))
      (a!270 (not (and (not (= |pte[P0][0]@7| #x00))
                       (= |pte.folio[P0][0]@7| #x01))))
      (a!273 (not (= (ite (= migrate0.newpage@7 #x00)
                          |folio.used[F0]@7|
                          |folio.used[F1]@7|)
                     #x00)))
      (a!275 (and (= migrate0.pc@7 #x07) (not (not (= migrate0.ok@7 #x00)))))
      (a!277 (not (and (bvuge |folio.refcount[F0]@7| #x01)
                       (not (= |folio.used[F0]@7| #x00)))))
      (a!279 (and (= migrate0.pc@7 #x09) (not (not (= migrate0.ok@7 #x00)))))
      (a!282 (not (and (not (= |folio.used[F0]@7| #x00))
                       (not (= |PG_lru[F0]@7| #x00)))))
      (a!283 (or (not (not (= |folio.used[F0]@7| #x00)))
                 (not (not (= |folio.used[F1]@7| #x00)))))
      (a!284 (ite (not (not (= |folio.used[F0]@7| #x00))) #x00 #x01))
      (a!286 (and (= migrate0.pc@7 #x03)
                  (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))))
      (a!287 (not (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))))
      (a!289 (not (= (ite (= |pte.folio[P0][0]@8| #x00)
                          |folio.used[F0]@8|
                          |folio.used[F1]@8|)
                     #x00)))
      (a!290 (not (= (ite (= |pte.folio[P0][0]@8| #x00)
                          |folio.mapping[F0]@8|
                          |folio.mapping[F1]@8|)
                     #x01)))
      (a!293 (= (ite (not (= migrate0.mapping_is_swapper@8 #x00)) #x01 #x00)
                #x00))
      (a!294 (= (ite (not (= migrate0.mapping_is_swapper@8 #x00))
                     swapper_space.i_pages@8
                     shmem.i_pages@8)
                #x00))
      (a!296 (ite (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))
                  #x01
                  #x00))
      (a!298 (= |folio.mapcount[F0]@8|
                (ite (and (= |pte[P0][0]@8| #x01) (= |pte.folio[P0][0]@8| #x00))
                     #x01
                     #x00)))
      (a!299 (bvadd (ite (= shmem.i_pages@8 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@8 #x00) #x01 #x00)))
      (a!301 (= (bvadd migrate0.isolated@8
                       (ite (= migrate0.newpage@8 #x00) #x01 #x00))
                #x00))
      (a!302 (not (and (not (= |pte[P0][0]@8| #x00))
                       (= |pte.folio[P0][0]@8| #x00))))
      (a!303 (= |folio.mapcount[F1]@8|
                (ite (and (= |pte[P0][0]@8| #x01) (= |pte.folio[P0][0]@8| #x01))
                     #x01
                     #x00)))
      (a!304 (bvadd (ite (= shmem.i_pages@8 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@8 #x01) #x01 #x00)))
      (a!306 (not (and (not (= |pte[P0][0]@8| #x00))
                       (= |pte.folio[P0][0]@8| #x01))))
      (a!309 (not (= (ite (= migrate0.newpage@8 #x00)
                          |folio.used[F0]@8|
                          |folio.used[F1]@8|)
                     #x00)))
      (a!311 (and (= migrate0.pc@8 #x07) (not (not (= migrate0.ok@8 #x00)))))
      (a!313 (not (and (bvuge |folio.refcount[F0]@8| #x01)
                       (not (= |folio.used[F0]@8| #x00)))))
      (a!315 (and (= migrate0.pc@8 #x09) (not (not (= migrate0.ok@8 #x00)))))
      (a!318 (not (and (not (= |folio.used[F0]@8| #x00))
                       (not (= |PG_lru[F0]@8| #x00)))))
      (a!319 (or (not (not (= |folio.used[F0]@8| #x00)))
                 (not (not (= |folio.used[F1]@8| #x00)))))
      (a!320 (ite (not (not (= |folio.used[F0]@8| #x00))) #x00 #x01))
      (a!322 (and (= migrate0.pc@8 #x03)
                  (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))))
      (a!323 (not (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))))
      (a!325 (not (= (ite (= |pte.folio[P0][0]@9| #x00)
                          |folio.used[F0]@9|
                          |folio.used[F1]@9|)
                     #x00)))
      (a!326 (not (= (ite (= |pte.folio[P0][0]@9| #x00)
                          |folio.mapping[F0]@9|
                          |folio.mapping[F1]@9|)
                     #x01)))
      (a!329 (= (ite (not (= migrate0.mapping_is_swapper@9 #x00)) #x01 #x00)
                #x00))
      (a!330 (= (ite (not (= migrate0.mapping_is_swapper@9 #x00))
                     swapper_space.i_pages@9
                     shmem.i_pages@9)
                #x00))
      (a!332 (ite (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))
                  #x01
                  #x00))
      (a!334 (= |folio.mapcount[F0]@9|
                (ite (and (= |pte[P0][0]@9| #x01) (= |pte.folio[P0][0]@9| #x00))
                     #x01
                     #x00)))
      (a!335 (bvadd (ite (= shmem.i_pages@9 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@9 #x00) #x01 #x00)))
      (a!337 (= (bvadd migrate0.isolated@9
                       (ite (= migrate0.newpage@9 #x00) #x01 #x00))
                #x00))
      (a!338 (not (and (not (= |pte[P0][0]@9| #x00))
                       (= |pte.folio[P0][0]@9| #x00))))
      (a!339 (= |folio.mapcount[F1]@9|
                (ite (and (= |pte[P0][0]@9| #x01) (= |pte.folio[P0][0]@9| #x01))
                     #x01
                     #x00)))
      (a!340 (bvadd (ite (= shmem.i_pages@9 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@9 #x01) #x01 #x00)))
      (a!342 (not (and (not (= |pte[P0][0]@9| #x00))
                       (= |pte.folio[P0][0]@9| #x01))))
      (a!345 (not (= (ite (= migrate0.newpage@9 #x00)
                          |folio.used[F0]@9|
                          |folio.used[F1]@9|)
                     #x00)))
      (a!347 (and (= migrate0.pc@9 #x07) (not (not (= migrate0.ok@9 #x00)))))
      (a!349 (not (and (bvuge |folio.refcount[F0]@9| #x01)
                       (not (= |folio.used[F0]@9| #x00)))))
      (a!351 (and (= migrate0.pc@9 #x09) (not (not (= migrate0.ok@9 #x00)))))
      (a!354 (not (and (not (= |folio.used[F0]@9| #x00))
                       (not (= |PG_lru[F0]@9| #x00)))))
      (a!355 (or (not (not (= |folio.used[F0]@9| #x00)))
                 (not (not (= |folio.used[F1]@9| #x00)))))
      (a!356 (ite (not (not (= |folio.used[F0]@9| #x00))) #x00 #x01))
      (a!358 (and (= migrate0.pc@9 #x03)
                  (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))))
      (a!359 (not (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))))
      (a!361 (not (= (ite (= |pte.folio[P0][0]@10| #x00)
                          |folio.used[F0]@10|
                          |folio.used[F1]@10|)
                     #x00)))
      (a!362 (not (= (ite (= |pte.folio[P0][0]@10| #x00)
                          |folio.mapping[F0]@10|
                          |folio.mapping[F1]@10|)
                     #x01)))
      (a!365 (= (ite (not (= migrate0.mapping_is_swapper@10 #x00)) #x01 #x00)
                #x00))
      (a!366 (= (ite (not (= migrate0.mapping_is_swapper@10 #x00))
                     swapper_space.i_pages@10
                     shmem.i_pages@10)
                #x00))
      (a!368 (ite (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))
                  #x01
                  #x00))
      (a!370 (= |folio.mapcount[F0]@10|
                (ite (and (= |pte[P0][0]@10| #x01)
                          (= |pte.folio[P0][0]@10| #x00))
                     #x01
                     #x00)))
      (a!371 (bvadd (ite (= shmem.i_pages@10 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@10 #x00) #x01 #x00)))
      (a!373 (= (bvadd migrate0.isolated@10
                       (ite (= migrate0.newpage@10 #x00) #x01 #x00))
                #x00))
      (a!374 (not (and (not (= |pte[P0][0]@10| #x00))
                       (= |pte.folio[P0][0]@10| #x00))))
      (a!375 (= |folio.mapcount[F1]@10|
                (ite (and (= |pte[P0][0]@10| #x01)
                          (= |pte.folio[P0][0]@10| #x01))
                     #x01
                     #x00)))
      (a!376 (bvadd (ite (= shmem.i_pages@10 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@10 #x01) #x01 #x00)))
      (a!378 (not (and (not (= |pte[P0][0]@10| #x00))
                       (= |pte.folio[P0][0]@10| #x01))))
      (a!381 (not (= (ite (= migrate0.newpage@10 #x00)
                          |folio.used[F0]@10|
                          |folio.used[F1]@10|)
                     #x00)))
      (a!383 (and (= migrate0.pc@10 #x07) (not (not (= migrate0.ok@10 #x00)))))
      (a!385 (not (and (bvuge |folio.refcount[F0]@10| #x01)
                       (not (= |folio.used[F0]@10| #x00)))))
      (a!387 (and (= migrate0.pc@10 #x09) (not (not (= migrate0.ok@10 #x00)))))
      (a!390 (not (and (not (= |folio.used[F0]@10| #x00))
                       (not (= |PG_lru[F0]@10| #x00)))))
      (a!391 (or (not (not (= |folio.used[F0]@10| #x00)))
                 (not (not (= |folio.used[F1]@10| #x00)))))
      (a!392 (ite (not (not (= |folio.used[F0]@10| #x00))) #x00 #x01))
      (a!394 (and (= migrate0.pc@10 #x03)
                  (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))))
      (a!395 (not (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))))
      (a!397 (not (= (ite (= |pte.folio[P0][0]@11| #x00)
                          |folio.used[F0]@11|
                          |folio.used[F1]@11|)
                     #x00)))
      (a!398 (not (= (ite (= |pte.folio[P0][0]@11| #x00)
                          |folio.mapping[F0]@11|
                          |folio.mapping[F1]@11|)
                     #x01)))
      (a!401 (= (ite (not (= migrate0.mapping_is_swapper@11 #x00)) #x01 #x00)
                #x00))
      (a!402 (= (ite (not (= migrate0.mapping_is_swapper@11 #x00))
                     swapper_space.i_pages@11
                     shmem.i_pages@11)
                #x00))
      (a!404 (ite (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))
                  #x01
                  #x00))
      (a!406 (= |folio.mapcount[F0]@11|
                (ite (and (= |pte[P0][0]@11| #x01)
                          (= |pte.folio[P0][0]@11| #x00))
                     #x01
                     #x00)))
      (a!407 (bvadd (ite (= shmem.i_pages@11 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@11 #x00) #x01 #x00)))
      (a!409 (= (bvadd migrate0.isolated@11
                       (ite (= migrate0.newpage@11 #x00) #x01 #x00))
                #x00))
      (a!410 (not (and (not (= |pte[P0][0]@11| #x00))
                       (= |pte.folio[P0][0]@11| #x00))))
      (a!411 (= |folio.mapcount[F1]@11|
                (ite (and (= |pte[P0][0]@11| #x01)
                          (= |pte.folio[P0][0]@11| #x01))
                     #x01
                     #x00)))
      (a!412 (bvadd (ite (= shmem.i_pages@11 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@11 #x01) #x01 #x00)))
      (a!414 (not (and (not (= |pte[P0][0]@11| #x00))
                       (= |pte.folio[P0][0]@11| #x01))))
      (a!417 (not (= (ite (= migrate0.newpage@11 #x00)
                          |folio.used[F0]@11|
                          |folio.used[F1]@11|)
                     #x00)))
      (a!419 (and (= migrate0.pc@11 #x07) (not (not (= migrate0.ok@11 #x00)))))
      (a!421 (not (and (bvuge |folio.refcount[F0]@11| #x01)
                       (not (= |folio.used[F0]@11| #x00)))))
      (a!423 (and (= migrate0.pc@11 #x09) (not (not (= migrate0.ok@11 #x00)))))
      (a!426 (not (and (not (= |folio.used[F0]@11| #x00))
                       (not (= |PG_lru[F0]@11| #x00)))))
      (a!427 (or (not (not (= |folio.used[F0]@11| #x00)))
                 (not (not (= |folio.used[F1]@11| #x00)))))
      (a!428 (ite (not (not (= |folio.used[F0]@11| #x00))) #x00 #x01))
      (a!430 (and (= migrate0.pc@11 #x03)
                  (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))))
      (a!431 (not (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))))
      (a!433 (not (= (ite (= |pte.folio[P0][0]@12| #x00)
                          |folio.used[F0]@12|
                          |folio.used[F1]@12|)
                     #x00)))
      (a!434 (not (= (ite (= |pte.folio[P0][0]@12| #x00)
                          |folio.mapping[F0]@12|
                          |folio.mapping[F1]@12|)
                     #x01)))
      (a!437 (= (ite (not (= migrate0.mapping_is_swapper@12 #x00)) #x01 #x00)
                #x00))
      (a!438 (= (ite (not (= migrate0.mapping_is_swapper@12 #x00))
                     swapper_space.i_pages@12
                     shmem.i_pages@12)
                #x00))
      (a!440 (ite (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))
                  #x01
                  #x00))
      (a!442 (= |folio.mapcount[F0]@12|
                (ite (and (= |pte[P0][0]@12| #x01)
                          (= |pte.folio[P0][0]@12| #x00))
                     #x01
                     #x00)))
      (a!443 (bvadd (ite (= shmem.i_pages@12 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@12 #x00) #x01 #x00)))
      (a!445 (= (bvadd migrate0.isolated@12
                       (ite (= migrate0.newpage@12 #x00) #x01 #x00))
                #x00))
      (a!446 (not (and (not (= |pte[P0][0]@12| #x00))
                       (= |pte.folio[P0][0]@12| #x00))))
      (a!447 (= |folio.mapcount[F1]@12|
                (ite (and (= |pte[P0][0]@12| #x01)
                          (= |pte.folio[P0][0]@12| #x01))
                     #x01
                     #x00)))
      (a!448 (bvadd (ite (= shmem.i_pages@12 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@12 #x01) #x01 #x00)))
      (a!450 (not (and (not (= |pte[P0][0]@12| #x00))
                       (= |pte.folio[P0][0]@12| #x01))))
      (a!453 (not (= (ite (= migrate0.newpage@12 #x00)
                          |folio.used[F0]@12|
                          |folio.used[F1]@12|)
                     #x00)))
      (a!455 (and (= migrate0.pc@12 #x07) (not (not (= migrate0.ok@12 #x00)))))
      (a!457 (not (and (bvuge |folio.refcount[F0]@12| #x01)
                       (not (= |folio.used[F0]@12| #x00)))))
      (a!459 (and (= migrate0.pc@12 #x09) (not (not (= migrate0.ok@12 #x00)))))
      (a!462 (not (and (not (= |folio.used[F0]@12| #x00))
                       (not (= |PG_lru[F0]@12| #x00)))))
      (a!463 (or (not (not (= |folio.used[F0]@12| #x00)))
                 (not (not (= |folio.used[F1]@12| #x00)))))
      (a!464 (ite (not (not (= |folio.used[F0]@12| #x00))) #x00 #x01))
      (a!466 (and (= migrate0.pc@12 #x03)
                  (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))))
      (a!467 (not (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00))))))
(let ((a!3 (and a!1
                a!2
                (= (ite (= |pte.folio[P0][0]@0| #x00)
                        |folio.index[F0]@0|
                        |folio.index[F1]@0|)
                   #x00)
                (bvult #x00 |anon_vma.len[av0]@0|)
                (= |anon_vma.list[av0][0]@0| #x00)))
      (a!7 (and (= migrate0.pc@0 #x05)
                (= (ite a!5
                        |&mapping->tree_lock.writer[shmem]@0|
                        |&mapping->tree_lock.writer[swapper_space]@0|)
                   #x00)
                (= (ite a!5
                        |&mapping->tree_lock.readers[shmem]@0|
                        |&mapping->tree_lock.readers[swapper_space]@0|)
                   #x00)
                (not (= |page.mapping(shmem)[F0]@0| #x00))
                (= |folio.refcount[F0]@0| #x02)
                a!6))
      (a!9 (not (and (not (= |page.mapping(shmem)[F0]@0| #x00))
                     (= |folio.refcount[F0]@0| #x02)
                     a!6)))
      (a!12 (bvadd |folio.mapcount[F0]@0|
                   (bvadd migrate0.isolated@0
                          (ite (= migrate0.newpage@0 #x00) #x01 #x00))
                   a!11))
      (a!17 (= |folio.refcount[F1]@0|
               (bvadd |folio.mapcount[F1]@0|
                      (ite (= migrate0.newpage@0 #x01) #x01 #x00)
                      a!16)))
      (a!19 (and (= |folio.refcount[F1]@0| #x00)
                 (= |folio.mapcount[F1]@0| #x00)
                 (= (ite (= migrate0.newpage@0 #x01) #x01 #x00) #x00)
                 (= a!16 #x00)
                 a!18))
      (a!22 (and (bvuge (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!21))
      (a!26 (and (and (= migrate0.pc@0 #x09) (not (= migrate0.ok@0 #x00))) a!25))
      (a!28 (or (not (not (= |folio.used[F0]@0| #x00)))
                (and (or (bvugt |folio.mapcount[F0]@0| #x00) (bvugt a!11 #x00))
                     (not (= |PG_lru[F0]@0| #x00))
                     (= |PG_locked[F0]@0| #x00))))
      (a!29 (or (not (not (= |folio.used[F1]@0| #x00)))
                (and (or (bvugt |folio.mapcount[F1]@0| #x00) (bvugt a!16 #x00))
                     (not (= |PG_lru[F1]@0| #x00))
                     (= |PG_locked[F1]@0| #x00))))
      (a!33 (and (= migrate0.pc@0 #x02)
                 a!31
                 (= (ite (= a!32 #x00) |PG_locked[F0]@0| |PG_locked[F1]@0|)
                    #x00)))
      (a!39 (and a!37
                 a!38
                 (= (ite (= |pte.folio[P0][0]@1| #x00)
                         |folio.index[F0]@1|
                         |folio.index[F1]@1|)
                    #x00)
                 (bvult #x00 |anon_vma.len[av0]@1|)
                 (= |anon_vma.list[av0][0]@1| #x00)))
      (a!43 (and (= migrate0.pc@1 #x05)
                 (= (ite a!41
                         |&mapping->tree_lock.writer[shmem]@1|
                         |&mapping->tree_lock.writer[swapper_space]@1|)
                    #x00)
                 (= (ite a!41
                         |&mapping->tree_lock.readers[shmem]@1|
                         |&mapping->tree_lock.readers[swapper_space]@1|)
                    #x00)
                 (not (= |page.mapping(shmem)[F0]@1| #x00))
                 (= |folio.refcount[F0]@1| #x02)
                 a!42))
      (a!45 (not (and (not (= |page.mapping(shmem)[F0]@1| #x00))
                      (= |folio.refcount[F0]@1| #x02)
                      a!42)))
      (a!48 (bvadd |folio.mapcount[F0]@1|
                   (bvadd migrate0.isolated@1
                          (ite (= migrate0.newpage@1 #x00) #x01 #x00))
                   a!47))
      (a!53 (= |folio.refcount[F1]@1|
               (bvadd |folio.mapcount[F1]@1|
                      (ite (= migrate0.newpage@1 #x01) #x01 #x00)
                      a!52)))
      (a!55 (and (= |folio.refcount[F1]@1| #x00)
                 (= |folio.mapcount[F1]@1| #x00)
                 (= (ite (= migrate0.newpage@1 #x01) #x01 #x00) #x00)
                 (= a!52 #x00)
                 a!54))
      (a!58 (and (bvuge (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!57))
      (a!62 (and (and (= migrate0.pc@1 #x09) (not (= migrate0.ok@1 #x00))) a!61))
      (a!64 (or (not (not (= |folio.used[F0]@1| #x00)))
                (and (or (bvugt |folio.mapcount[F0]@1| #x00) (bvugt a!47 #x00))
                     (not (= |PG_lru[F0]@1| #x00))
                     (= |PG_locked[F0]@1| #x00))))
      (a!65 (or (not (not (= |folio.used[F1]@1| #x00)))
                (and (or (bvugt |folio.mapcount[F1]@1| #x00) (bvugt a!52 #x00))
                     (not (= |PG_lru[F1]@1| #x00))
                     (= |PG_locked[F1]@1| #x00))))
      (a!69 (and (= migrate0.pc@1 #x02)
                 a!67
                 (= (ite (= a!68 #x00) |PG_locked[F0]@1| |PG_locked[F1]@1|)
                    #x00)))
      (a!75 (and a!73
                 a!74
                 (= (ite (= |pte.folio[P0][0]@2| #x00)
                         |folio.index[F0]@2|
                         |folio.index[F1]@2|)
                    #x00)
                 (bvult #x00 |anon_vma.len[av0]@2|)
                 (= |anon_vma.list[av0][0]@2| #x00)))
      (a!79 (and (= migrate0.pc@2 #x05)
                 (= (ite a!77
                         |&mapping->tree_lock.writer[shmem]@2|
                         |&mapping->tree_lock.writer[swapper_space]@2|)
                    #x00)
                 (= (ite a!77
                         |&mapping->tree_lock.readers[shmem]@2|
                         |&mapping->tree_lock.readers[swapper_space]@2|)
                    #x00)
                 (not (= |page.mapping(shmem)[F0]@2| #x00))
                 (= |folio.refcount[F0]@2| #x02)
                 a!78))
      (a!81 (not (and (not (= |page.mapping(shmem)[F0]@2| #x00))
                      (= |folio.refcount[F0]@2| #x02)
                      a!78)))
      (a!84 (bvadd |folio.mapcount[F0]@2|
                   (bvadd migrate0.isolated@2
                          (ite (= migrate0.newpage@2 #x00) #x01 #x00))
                   a!83))
      (a!89 (= |folio.refcount[F1]@2|
               (bvadd |folio.mapcount[F1]@2|
                      (ite (= migrate0.newpage@2 #x01) #x01 #x00)
                      a!88)))
      (a!91 (and (= |folio.refcount[F1]@2| #x00)
                 (= |folio.mapcount[F1]@2| #x00)
                 (= (ite (= migrate0.newpage@2 #x01) #x01 #x00) #x00)
                 (= a!88 #x00)
                 a!90))
      (a!94 (and (bvuge (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!93))
      (a!98 (and (and (= migrate0.pc@2 #x09) (not (= migrate0.ok@2 #x00))) a!97))
      (a!100 (or (not (not (= |folio.used[F0]@2| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@2| #x00) (bvugt a!83 #x00))
                      (not (= |PG_lru[F0]@2| #x00))
                      (= |PG_locked[F0]@2| #x00))))
      (a!101 (or (not (not (= |folio.used[F1]@2| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@2| #x00) (bvugt a!88 #x00))
                      (not (= |PG_lru[F1]@2| #x00))
                      (= |PG_locked[F1]@2| #x00))))
      (a!105 (and (= migrate0.pc@2 #x02)
                  a!103
                  (= (ite (= a!104 #x00) |PG_locked[F0]@2| |PG_locked[F1]@2|)
                     #x00)))
      (a!111 (and a!109
                  a!110
                  (= (ite (= |pte.folio[P0][0]@3| #x00)
                          |folio.index[F0]@3|
                          |folio.index[F1]@3|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@3|)
                  (= |anon_vma.list[av0][0]@3| #x00)))
      (a!115 (and (= migrate0.pc@3 #x05)
                  (= (ite a!113
                          |&mapping->tree_lock.writer[shmem]@3|
                          |&mapping->tree_lock.writer[swapper_space]@3|)
                     #x00)
                  (= (ite a!113
                          |&mapping->tree_lock.readers[shmem]@3|
                          |&mapping->tree_lock.readers[swapper_space]@3|)
                     #x00)
                  (not (= |page.mapping(shmem)[F0]@3| #x00))
                  (= |folio.refcount[F0]@3| #x02)
                  a!114))
      (a!117 (not (and (not (= |page.mapping(shmem)[F0]@3| #x00))
                       (= |folio.refcount[F0]@3| #x02)
                       a!114)))
      (a!120 (bvadd |folio.mapcount[F0]@3|
                    (bvadd migrate0.isolated@3
                           (ite (= migrate0.newpage@3 #x00) #x01 #x00))
                    a!119))
      (a!125 (= |folio.refcount[F1]@3|
                (bvadd |folio.mapcount[F1]@3|
                       (ite (= migrate0.newpage@3 #x01) #x01 #x00)
                       a!124)))
      (a!127 (and (= |folio.refcount[F1]@3| #x00)
                  (= |folio.mapcount[F1]@3| #x00)
                  (= (ite (= migrate0.newpage@3 #x01) #x01 #x00) #x00)
                  (= a!124 #x00)
                  a!126))
      (a!130 (and (bvuge (ite (= migrate0.newpage@3 #x00)
                              |folio.refcount[F0]@3|
                              |folio.refcount[F1]@3|)
                         #x01)
                  a!129))
      (a!134 (and (and (= migrate0.pc@3 #x09) (not (= migrate0.ok@3 #x00)))
                  a!133))
      (a!136 (or (not (not (= |folio.used[F0]@3| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@3| #x00)
                          (bvugt a!119 #x00))
                      (not (= |PG_lru[F0]@3| #x00))
                      (= |PG_locked[F0]@3| #x00))))
      (a!137 (or (not (not (= |folio.used[F1]@3| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@3| #x00)
                          (bvugt a!124 #x00))
                      (not (= |PG_lru[F1]@3| #x00))
                      (= |PG_locked[F1]@3| #x00))))
      (a!141 (and (= migrate0.pc@3 #x02)
                  a!139
                  (= (ite (= a!140 #x00) |PG_locked[F0]@3| |PG_locked[F1]@3|)
                     #x00)))
      (a!147 (and a!145
                  a!146
                  (= (ite (= |pte.folio[P0][0]@4| #x00)
                          |folio.index[F0]@4|
                          |folio.index[F1]@4|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@4|)
                  (= |anon_vma.list[av0][0]@4| #x00)))
      (a!151 (and (= migrate0.pc@4 #x05)
                  (= (ite a!149
                          |&mapping->tree_lock.writer[shmem]@4|
                          |&mapping->tree_lock.writer[swapper_space]@4|)
                     #x00)
                  (= (ite a!149
                          |&mapping->tree_lock.readers[shmem]@4|
                          |&mapping->tree_lock.readers[swapper_space]@4|)
                     #x00)
                  (not (= |page.mapping(shmem)[F0]@4| #x00))
                  (= |folio.refcount[F0]@4| #x02)
                  a!150))
      (a!153 (not (and (not (= |page.mapping(shmem)[F0]@4| #x00))
                       (= |folio.refcount[F0]@4| #x02)
                       a!150)))
      (a!156 (bvadd |folio.mapcount[F0]@4|
                    (bvadd migrate0.isolated@4
                           (ite (= migrate0.newpage@4 #x00) #x01 #x00))
                    a!155))
      (a!161 (= |folio.refcount[F1]@4|
                (bvadd |folio.mapcount[F1]@4|
                       (ite (= migrate0.newpage@4 #x01) #x01 #x00)
                       a!160)))
      (a!163 (and (= |folio.refcount[F1]@4| #x00)
                  (= |folio.mapcount[F1]@4| #x00)
                  (= (ite (= migrate0.newpage@4 #x01) #x01 #x00) #x00)
                  (= a!160 #x00)
                  a!162))
      (a!166 (and (bvuge (ite (= migrate0.newpage@4 #x00)
                              |folio.refcount[F0]@4|
                              |folio.refcount[F1]@4|)
                         #x01)
                  a!165))
      (a!170 (and (and (= migrate0.pc@4 #x09) (not (= migrate0.ok@4 #x00)))
                  a!169))
      (a!172 (or (not (not (= |folio.used[F0]@4| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@4| #x00)
                          (bvugt a!155 #x00))
                      (not (= |PG_lru[F0]@4| #x00))
                      (= |PG_locked[F0]@4| #x00))))
      (a!173 (or (not (not (= |folio.used[F1]@4| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@4| #x00)
                          (bvugt a!160 #x00))
                      (not (= |PG_lru[F1]@4| #x00))
                      (= |PG_locked[F1]@4| #x00))))
      (a!177 (and (= migrate0.pc@4 #x02)
                  a!175
                  (= (ite (= a!176 #x00) |PG_locked[F0]@4| |PG_locked[F1]@4|)
                     #x00)))
      (a!183 (and a!181
                  a!182
                  (= (ite (= |pte.folio[P0][0]@5| #x00)
                          |folio.index[F0]@5|
                          |folio.index[F1]@5|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@5|)
                  (= |anon_vma.list[av0][0]@5| #x00)))
      (a!187 (and (= migrate0.pc@5 #x05)
                  (= (ite a!185
                          |&mapping->tree_lock.writer[shmem]@5|
                          |&mapping->tree_lock.writer[swapper_space]@5|)
                     #x00)
                  (= (ite a!185
                          |&mapping->tree_lock.readers[shmem]@5|
                          |&mapping->tree_lock.readers[swapper_space]@5|)
                     #x00)
                  (not (= |page.mapping(shmem)[F0]@5| #x00))
                  (= |folio.refcount[F0]@5| #x02)
                  a!186))
      (a!189 (not (and (not (= |page.mapping(shmem)[F0]@5| #x00))
                       (= |folio.refcount[F0]@5| #x02)
                       a!186)))
      (a!192 (bvadd |folio.mapcount[F0]@5|
                    (bvadd migrate0.isolated@5
                           (ite (= migrate0.newpage@5 #x00) #x01 #x00))
                    a!191))
      (a!197 (= |folio.refcount[F1]@5|
                (bvadd |folio.mapcount[F1]@5|
                       (ite (= migrate0.newpage@5 #x01) #x01 #x00)
                       a!196)))
      (a!199 (and (= |folio.refcount[F1]@5| #x00)
                  (= |folio.mapcount[F1]@5| #x00)
                  (= (ite (= migrate0.newpage@5 #x01) #x01 #x00) #x00)
                  (= a!196 #x00)
                  a!198))
      (a!202 (and (bvuge (ite (= migrate0.newpage@5 #x00)
                              |folio.refcount[F0]@5|
                              |folio.refcount[F1]@5|)
                         #x01)
                  a!201))
      (a!206 (and (and (= migrate0.pc@5 #x09) (not (= migrate0.ok@5 #x00)))
                  a!205))
      (a!208 (or (not (not (= |folio.used[F0]@5| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@5| #x00)
                          (bvugt a!191 #x00))
                      (not (= |PG_lru[F0]@5| #x00))
                      (= |PG_locked[F0]@5| #x00))))
      (a!209 (or (not (not (= |folio.used[F1]@5| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@5| #x00)
                          (bvugt a!196 #x00))
                      (not (= |PG_lru[F1]@5| #x00))
                      (= |PG_locked[F1]@5| #x00))))
      (a!213 (and (= migrate0.pc@5 #x02)
                  a!211
                  (= (ite (= a!212 #x00) |PG_locked[F0]@5| |PG_locked[F1]@5|)
                     #x00)))
      (a!219 (and a!217
                  a!218
                  (= (ite (= |pte.folio[P0][0]@6| #x00)
                          |folio.index[F0]@6|
                          |folio.index[F1]@6|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@6|)
                  (= |anon_vma.list[av0][0]@6| #x00)))
      (a!223 (and (= migrate0.pc@6 #x05)
                  (= (ite a!221
                          |&mapping->tree_lock.writer[shmem]@6|
                          |&mapping->tree_lock.writer[swapper_space]@6|)
                     #x00)
                  (= (ite a!221
                          |&mapping->tree_lock.readers[shmem]@6|
                          |&mapping->tree_lock.readers[swapper_space]@6|)
                     #x00)
                  (not (= |page.mapping(shmem)[F0]@6| #x00))
                  (= |folio.refcount[F0]@6| #x02)
                  a!222))
      (a!225 (not (and (not (= |page.mapping(shmem)[F0]@6| #x00))
                       (= |folio.refcount[F0]@6| #x02)
                       a!222)))
      (a!228 (bvadd |folio.mapcount[F0]@6|
                    (bvadd migrate0.isolated@6
                           (ite (= migrate0.newpage@6 #x00) #x01 #x00))
                    a!227))
      (a!233 (= |folio.refcount[F1]@6|
                (bvadd |folio.mapcount[F1]@6|
                       (ite (= migrate0.newpage@6 #x01) #x01 #x00)
                       a!232)))
      (a!235 (and (= |folio.refcount[F1]@6| #x00)
                  (= |folio.mapcount[F1]@6| #x00)
                  (= (ite (= migrate0.newpage@6 #x01) #x01 #x00) #x00)
                  (= a!232 #x00)
                  a!234))
      (a!238 (and (bvuge (ite (= migrate0.newpage@6 #x00)
                              |folio.refcount[F0]@6|
                              |folio.refcount[F1]@6|)
                         #x01)
                  a!237))
      (a!242 (and (and (= migrate0.pc@6 #x09) (not (= migrate0.ok@6 #x00)))
                  a!241))
      (a!244 (or (not (not (= |folio.used[F0]@6| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@6| #x00)
                          (bvugt a!227 #x00))
                      (not (= |PG_lru[F0]@6| #x00))
                      (= |PG_locked[F0]@6| #x00))))
      (a!245 (or (not (not (= |folio.used[F1]@6| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@6| #x00)
                          (bvugt a!232 #x00))
                      (not (= |PG_lru[F1]@6| #x00))
                      (= |PG_locked[F1]@6| #x00))))
      (a!249 (and (= migrate0.pc@6 #x02)
                  a!247
                  (= (ite (= a!248 #x00) |PG_locked[F0]@6| |PG_locked[F1]@6|)
                     #x00)))
      (a!255 (and a!253
                  a!254
                  (= (ite (= |pte.folio[P0][0]@7| #x00)
                          |folio.index[F0]@7|
                          |folio.index[F1]@7|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@7|)
                  (= |anon_vma.list[av0][0]@7| #x00)))
      (a!259 (and (= migrate0.pc@7 #x05)
                  (= (ite a!257
                          |&mapping->tree_lock.writer[shmem]@7|
                          |&mapping->tree_lock.writer[swapper_space]@7|)
                     #x00)
                  (= (ite a!257
                          |&mapping->tree_lock.readers[shmem]@7|
                          |&mapping->tree_lock.readers[swapper_space]@7|)
                     #x00)
                  (not (= |page.mapping(shmem)[F0]@7| #x00))
                  (= |folio.refcount[F0]@7| #x02)
                  a!258))
      (a!261 (not (and (not (= |page.mapping(shmem)[F0]@7| #x00))
                       (= |folio.refcount[F0]@7| #x02)
                       a!258)))
      (a!264 (bvadd |folio.mapcount[F0]@7|
                    (bvadd migrate0.isolated@7
                           (ite (= migrate0.newpage@7 #x00) #x01 #x00))
                    a!263))
      (a!269 (= |folio.refcount[F1]@7|
                (bvadd |folio.mapcount[F1]@7|
                       (ite (= migrate0.newpage@7 #x01) #x01 #x00)
                       a!268)))
      (a!271 (and (= |folio.refcount[F1]@7| #x00)
                  (= |folio.mapcount[F1]@7| #x00)
                  (= (ite (= migrate0.newpage@7 #x01) #x01 #x00) #x00)
                  (= a!268 #x00)
                  a!270))
      (a!274 (and (bvuge (ite (= migrate0.newpage@7 #x00)
                              |folio.refcount[F0]@7|
                              |folio.refcount[F1]@7|)
                         #x01)
                  a!273))
      (a!278 (and (and (= migrate0.pc@7 #x09) (not (= migrate0.ok@7 #x00)))
                  a!277))
      (a!280 (or (not (not (= |folio.used[F0]@7| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@7| #x00)
                          (bvugt a!263 #x00))
                      (not (= |PG_lru[F0]@7| #x00))
                      (= |PG_locked[F0]@7| #x00))))
      (a!281 (or (not (not (= |folio.used[F1]@7| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@7| #x00)
                          (bvugt a!268 #x00))
                      (not (= |PG_lru[F1]@7| #x00))
                      (= |PG_locked[F1]@7| #x00))))
      (a!285 (and (= migrate0.pc@7 #x02)
                  a!283
                  (= (ite (= a!284 #x00) |PG_locked[F0]@7| |PG_locked[F1]@7|)
                     #x00)))
      (a!291 (and a!289
                  a!290
                  (= (ite (= |pte.folio[P0][0]@8| #x00)
                          |folio.index[F0]@8|
                          |folio.index[F1]@8|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@8|)
                  (= |anon_vma.list[av0][0]@8| #x00)))
      (a!295 (and (= migrate0.pc@8 #x05)
                  (= (ite a!293
                          |&mapping->tree_lock.writer[shmem]@8|
                          |&mapping->tree_lock.writer[swapper_space]@8|)
                     #x00)
                  (= (ite a!293
                          |&mapping->tree_lock.readers[shmem]@8|
                          |&mapping->tree_lock.readers[swapper_space]@8|)
                     #x00)
                  (not (= |page.mapping(shmem)[F0]@8| #x00))
                  (= |folio.refcount[F0]@8| #x02)
                  a!294))
      (a!297 (not (and (not (= |page.mapping(shmem)[F0]@8| #x00))
                       (= |folio.refcount[F0]@8| #x02)
                       a!294)))
      (a!300 (bvadd |folio.mapcount[F0]@8|
                    (bvadd migrate0.isolated@8
                           (ite (= migrate0.newpage@8 #x00) #x01 #x00))
                    a!299))
      (a!305 (= |folio.refcount[F1]@8|
                (bvadd |folio.mapcount[F1]@8|
                       (ite (= migrate0.newpage@8 #x01) #x01 #x00)
                       a!304)))
      (a!307 (and (= |folio.refcount[F1]@8| #x00)
                  (= |folio.mapcount[F1]@8| #x00)
                  (= (ite (= migrate0.newpage@8 #x01) #x01 #x00) #x00)
                  (= a!304 #x00)
                  a!306))
      (a!310 (and (bvuge (ite (= migrate0.newpage@8 #x00)
                              |folio.refcount[F0]@8|
                              |folio.refcount[F1]@8|)
                         #x01)
                  a!309))
      (a!314 (and (and (= migrate0.pc@8 #x09) (not (= migrate0.ok@8 #x00)))
                  a!313))
      (a!316 (or (not (not (= |folio.used[F0]@8| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@8| #x00)
                          (bvugt a!299 #x00))
                      (not (= |PG_lru[F0]@8| #x00))
                      (= |PG_locked[F0]@8| #x00))))
      (a!317 (or (not (not (= |folio.used[F1]@8| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@8| #x00)
                          (bvugt a!304 #x00))
                      (not (= |PG_lru[F1]@8| #x00))
                      (= |PG_locked[F1]@8| #x00))))
      (a!321 (and (= migrate0.pc@8 #x02)
                  a!319
                  (= (ite (= a!320 #x00) |PG_locked[F0]@8| |PG_locked[F1]@8|)
                     #x00)))
      (a!327 (and a!325
                  a!326
                  (= (ite (= |pte.folio[P0][0]@9| #x00)
                          |folio.index[F0]@9|
                          |folio.index[F1]@9|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@9|)
                  (= |anon_vma.list[av0][0]@9| #x00)))
      (a!331 (and (= migrate0.pc@9 #x05)
                  (= (ite a!329
                          |&mapping->tree_lock.writer[shmem]@9|
                          |&mapping->tree_lock.writer[swapper_space]@9|)
                     #x00)
                  (= (ite a!329
                          |&mapping->tree_lock.readers[shmem]@9|
                          |&mapping->tree_lock.readers[swapper_space]@9|)
                     #x00)
                  (not (= |page.mapping(shmem)[F0]@9| #x00))
                  (= |folio.refcount[F0]@9| #x02)
                  a!330))
      (a!333 (not (and (not (= |page.mapping(shmem)[F0]@9| #x00))
                       (= |folio.refcount[F0]@9| #x02)
                       a!330)))
      (a!336 (bvadd |folio.mapcount[F0]@9|
                    (bvadd migrate0.isolated@9
                           (ite (= migrate0.newpage@9 #x00) #x01 #x00))
                    a!335))
      (a!341 (= |folio.refcount[F1]@9|
                (bvadd |folio.mapcount[F1]@9|
                       (ite (= migrate0.newpage@9 #x01) #x01 #x00)
                       a!340)))
      (a!343 (and (= |folio.refcount[F1]@9| #x00)
                  (= |folio.mapcount[F1]@9| #x00)
                  (= (ite (= migrate0.newpage@9 #x01) #x01 #x00) #x00)
                  (= a!340 #x00)
                  a!342))
      (a!346 (and (bvuge (ite (= migrate0.newpage@9 #x00)
                              |folio.refcount[F0]@9|
                              |folio.refcount[F1]@9|)
                         #x01)
                  a!345))
      (a!350 (and (and (= migrate0.pc@9 #x09) (not (= migrate0.ok@9 #x00)))
                  a!349))
      (a!352 (or (not (not (= |folio.used[F0]@9| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@9| #x00)
                          (bvugt a!335 #x00))
                      (not (= |PG_lru[F0]@9| #x00))
                      (= |PG_locked[F0]@9| #x00))))
      (a!353 (or (not (not (= |folio.used[F1]@9| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@9| #x00)
                          (bvugt a!340 #x00))
                      (not (= |PG_lru[F1]@9| #x00))
                      (= |PG_locked[F1]@9| #x00))))
      (a!357 (and (= migrate0.pc@9 #x02)
                  a!355
                  (= (ite (= a!356 #x00) |PG_locked[F0]@9| |PG_locked[F1]@9|)
                     #x00)))
      (a!363 (and a!361
                  a!362
                  (= (ite (= |pte.folio[P0][0]@10| #x00)
                          |folio.index[F0]@10|
                          |folio.index[F1]@10|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@10|)
                  (= |anon_vma.list[av0][0]@10| #x00)))
      (a!367 (and (= migrate0.pc@10 #x05)
                  (= (ite a!365
                          |&mapping->tree_lock.writer[shmem]@10|
                          |&mapping->tree_lock.writer[swapper_space]@10|)
                     #x00)
                  (= (ite a!365
                          |&mapping->tree_lock.readers[shmem]@10|
                          |&mapping->tree_lock.readers[swapper_space]@10|)
                     #x00)
                  (not (= |page.mapping(shmem)[F0]@10| #x00))
                  (= |folio.refcount[F0]@10| #x02)
                  a!366))
      (a!369 (not (and (not (= |page.mapping(shmem)[F0]@10| #x00))
                       (= |folio.refcount[F0]@10| #x02)
                       a!366)))
      (a!372 (bvadd |folio.mapcount[F0]@10|
                    (bvadd migrate0.isolated@10
                           (ite (= migrate0.newpage@10 #x00) #x01 #x00))
                    a!371))
      (a!377 (= |folio.refcount[F1]@10|
                (bvadd |folio.mapcount[F1]@10|
                       (ite (= migrate0.newpage@10 #x01) #x01 #x00)
                       a!376)))
      (a!379 (and (= |folio.refcount[F1]@10| #x00)
                  (= |folio.mapcount[F1]@10| #x00)
                  (= (ite (= migrate0.newpage@10 #x01) #x01 #x00) #x00)
                  (= a!376 #x00)
                  a!378))
      (a!382 (and (bvuge (ite (= migrate0.newpage@10 #x00)
                              |folio.refcount[F0]@10|
                              |folio.refcount[F1]@10|)
                         #x01)
                  a!381))
      (a!386 (and (and (= migrate0.pc@10 #x09) (not (= migrate0.ok@10 #x00)))
                  a!385))
      (a!388 (or (not (not (= |folio.used[F0]@10| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@10| #x00)
                          (bvugt a!371 #x00))
                      (not (= |PG_lru[F0]@10| #x00))
                      (= |PG_locked[F0]@10| #x00))))
      (a!389 (or (not (not (= |folio.used[F1]@10| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@10| #x00)
                          (bvugt a!376 #x00))
                      (not (= |PG_lru[F1]@10| #x00))
                      (= |PG_locked[F1]@10| #x00))))
      (a!393 (and (= migrate0.pc@10 #x02)
                  a!391
                  (= (ite (= a!392 #x00) |PG_locked[F0]@10| |PG_locked[F1]@10|)
                     #x00)))
      (a!399 (and a!397
                  a!398
                  (= (ite (= |pte.folio[P0][0]@11| #x00)
                          |folio.index[F0]@11|
                          |folio.index[F1]@11|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@11|)
                  (= |anon_vma.list[av0][0]@11| #x00)))
      (a!403 (and (= migrate0.pc@11 #x05)
                  (= (ite a!401
                          |&mapping->tree_lock.writer[shmem]@11|
                          |&mapping->tree_lock.writer[swapper_space]@11|)
                     #x00)
                  (= (ite a!401
                          |&mapping->tree_lock.readers[shmem]@11|
                          |&mapping->tree_lock.readers[swapper_space]@11|)
                     #x00)
                  (not (= |page.mapping(shmem)[F0]@11| #x00))
                  (= |folio.refcount[F0]@11| #x02)
                  a!402))
      (a!405 (not (and (not (= |page.mapping(shmem)[F0]@11| #x00))
                       (= |folio.refcount[F0]@11| #x02)
                       a!402)))
      (a!408 (bvadd |folio.mapcount[F0]@11|
                    (bvadd migrate0.isolated@11
                           (ite (= migrate0.newpage@11 #x00) #x01 #x00))
                    a!407))
      (a!413 (= |folio.refcount[F1]@11|
                (bvadd |folio.mapcount[F1]@11|
                       (ite (= migrate0.newpage@11 #x01) #x01 #x00)
                       a!412)))
      (a!415 (and (= |folio.refcount[F1]@11| #x00)
                  (= |folio.mapcount[F1]@11| #x00)
                  (= (ite (= migrate0.newpage@11 #x01) #x01 #x00) #x00)
                  (= a!412 #x00)
                  a!414))
      (a!418 (and (bvuge (ite (= migrate0.newpage@11 #x00)
                              |folio.refcount[F0]@11|
                              |folio.refcount[F1]@11|)
                         #x01)
                  a!417))
      (a!422 (and (and (= migrate0.pc@11 #x09) (not (= migrate0.ok@11 #x00)))
                  a!421))
      (a!424 (or (not (not (= |folio.used[F0]@11| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@11| #x00)
                          (bvugt a!407 #x00))
                      (not (= |PG_lru[F0]@11| #x00))
                      (= |PG_locked[F0]@11| #x00))))
      (a!425 (or (not (not (= |folio.used[F1]@11| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@11| #x00)
                          (bvugt a!412 #x00))
                      (not (= |PG_lru[F1]@11| #x00))
                      (= |PG_locked[F1]@11| #x00))))
      (a!429 (and (= migrate0.pc@11 #x02)
                  a!427
                  (= (ite (= a!428 #x00) |PG_locked[F0]@11| |PG_locked[F1]@11|)
                     #x00)))
      (a!435 (and a!433
                  a!434
                  (= (ite (= |pte.folio[P0][0]@12| #x00)
                          |folio.index[F0]@12|
                          |folio.index[F1]@12|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@12|)
                  (= |anon_vma.list[av0][0]@12| #x00)))
      (a!439 (and (= migrate0.pc@12 #x05)
                  (= (ite a!437
                          |&mapping->tree_lock.writer[shmem]@12|
                          |&mapping->tree_lock.writer[swapper_space]@12|)
                     #x00)
                  (= (ite a!437
                          |&mapping->tree_lock.readers[shmem]@12|
                          |&mapping->tree_lock.readers[swapper_space]@12|)
                     #x00)
                  (not (= |page.mapping(shmem)[F0]@12| #x00))
                  (= |folio.refcount[F0]@12| #x02)
                  a!438))
      (a!441 (not (and (not (= |page.mapping(shmem)[F0]@12| #x00))
                       (= |folio.refcount[F0]@12| #x02)
                       a!438)))
      (a!444 (bvadd |folio.mapcount[F0]@12|
                    (bvadd migrate0.isolated@12
                           (ite (= migrate0.newpage@12 #x00) #x01 #x00))
                    a!443))
      (a!449 (= |folio.refcount[F1]@12|
                (bvadd |folio.mapcount[F1]@12|
                       (ite (= migrate0.newpage@12 #x01) #x01 #x00)
                       a!448)))
      (a!451 (and (= |folio.refcount[F1]@12| #x00)
                  (= |folio.mapcount[F1]@12| #x00)
                  (= (ite (= migrate0.newpage@12 #x01) #x01 #x00) #x00)
                  (= a!448 #x00)
                  a!450))
      (a!454 (and (bvuge (ite (= migrate0.newpage@12 #x00)
                              |folio.refcount[F0]@12|
                              |folio.refcount[F1]@12|)
                         #x01)
                  a!453))
      (a!458 (and (and (= migrate0.pc@12 #x09) (not (= migrate0.ok@12 #x00)))
                  a!457))
      (a!460 (or (not (not (= |folio.used[F0]@12| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@12| #x00)
                          (bvugt a!443 #x00))
                      (not (= |PG_lru[F0]@12| #x00))
                      (= |PG_locked[F0]@12| #x00))))
      (a!461 (or (not (not (= |folio.used[F1]@12| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@12| #x00)
                          (bvugt a!448 #x00))
                      (not (= |PG_lru[F1]@12| #x00))
                      (= |PG_locked[F1]@12| #x00))))
      (a!465 (and (= migrate0.pc@12 #x02)
                  a!463
                  (= (ite (= a!464 #x00) |PG_locked[F0]@12| |PG_locked[F1]@12|)
                     #x00))))
(let ((a!4 (or (not (not (= |pte[P0][0]@0| #x00))) a!3))
      (a!20 (and (ite (not (= |folio.used[F0]@0| #x00))
                      (and a!10 (= |folio.refcount[F0]@0| a!12))
                      (and (= |folio.refcount[F0]@0| #x00)
                           (= |folio.mapcount[F0]@0| #x00)
                           a!13
                           (= a!11 #x00)
                           a!14))
                 (ite (not (= |folio.used[F1]@0| #x00)) (and a!15 a!17) a!19)))
      (a!24 (and (and (= migrate0.pc@0 #x09) (not (= migrate0.ok@0 #x00)))
                 (not a!22)))
      (a!36 (or (and (= migrate0.pc@0 #x00)
                     (= |lru_lock[0]@0| #x00)
                     (not (= |folio.used[F0]@0| #x00))
                     (not (= |PG_lru[F0]@0| #x00)))
                (and (= migrate0.pc@0 #x00) a!30)
                (and (= migrate0.pc@0 #x01) (= |PG_locked[F0]@0| #x00))
                a!33
                a!34
                false
                false
                (and (= migrate0.pc@0 #x03) a!35)
                (= migrate0.pc@0 #x04)
                a!7
                (and (= migrate0.pc@0 #x05) a!9)
                (= migrate0.pc@0 #x06)
                (and (= migrate0.pc@0 #x07) (not (= migrate0.ok@0 #x00)))
                a!23
                (and (= migrate0.pc@0 #x09) (not (= migrate0.ok@0 #x00)))
                a!27
                (and (= migrate0.pc@0 #x08) (bvult migrate0.pass@0 #x01))
                (and (= migrate0.pc@0 #x08) (bvuge migrate0.pass@0 #x01))))
      (a!40 (or (not (not (= |pte[P0][0]@1| #x00))) a!39))
      (a!56 (and (ite (not (= |folio.used[F0]@1| #x00))
                      (and a!46 (= |folio.refcount[F0]@1| a!48))
                      (and (= |folio.refcount[F0]@1| #x00)
                           (= |folio.mapcount[F0]@1| #x00)
                           a!49
                           (= a!47 #x00)
                           a!50))
                 (ite (not (= |folio.used[F1]@1| #x00)) (and a!51 a!53) a!55)))
      (a!60 (and (and (= migrate0.pc@1 #x09) (not (= migrate0.ok@1 #x00)))
                 (not a!58)))
      (a!72 (or (and (= migrate0.pc@1 #x00)
                     (= |lru_lock[0]@1| #x00)
                     (not (= |folio.used[F0]@1| #x00))
                     (not (= |PG_lru[F0]@1| #x00)))
                (and (= migrate0.pc@1 #x00) a!66)
                (and (= migrate0.pc@1 #x01) (= |PG_locked[F0]@1| #x00))
                a!69
                a!70
                false
                false
                (and (= migrate0.pc@1 #x03) a!71)
                (= migrate0.pc@1 #x04)
                a!43
                (and (= migrate0.pc@1 #x05) a!45)
                (= migrate0.pc@1 #x06)
                (and (= migrate0.pc@1 #x07) (not (= migrate0.ok@1 #x00)))
                a!59
                (and (= migrate0.pc@1 #x09) (not (= migrate0.ok@1 #x00)))
                a!63
                (and (= migrate0.pc@1 #x08) (bvult migrate0.pass@1 #x01))
                (and (= migrate0.pc@1 #x08) (bvuge migrate0.pass@1 #x01))))
      (a!76 (or (not (not (= |pte[P0][0]@2| #x00))) a!75))
      (a!92 (and (ite (not (= |folio.used[F0]@2| #x00))
                      (and a!82 (= |folio.refcount[F0]@2| a!84))
                      (and (= |folio.refcount[F0]@2| #x00)
                           (= |folio.mapcount[F0]@2| #x00)
                           a!85
                           (= a!83 #x00)
                           a!86))
                 (ite (not (= |folio.used[F1]@2| #x00)) (and a!87 a!89) a!91)))
      (a!96 (and (and (= migrate0.pc@2 #x09) (not (= migrate0.ok@2 #x00)))
                 (not a!94)))
      (a!108 (or (and (= migrate0.pc@2 #x00)
                      (= |lru_lock[0]@2| #x00)
                      (not (= |folio.used[F0]@2| #x00))
                      (not (= |PG_lru[F0]@2| #x00)))
                 (and (= migrate0.pc@2 #x00) a!102)
                 (and (= migrate0.pc@2 #x01) (= |PG_locked[F0]@2| #x00))
                 a!105
                 a!106
                 false
                 false
                 (and (= migrate0.pc@2 #x03) a!107)
                 (= migrate0.pc@2 #x04)
                 a!79
                 (and (= migrate0.pc@2 #x05) a!81)
                 (= migrate0.pc@2 #x06)
                 (and (= migrate0.pc@2 #x07) (not (= migrate0.ok@2 #x00)))
                 a!95
                 (and (= migrate0.pc@2 #x09) (not (= migrate0.ok@2 #x00)))
                 a!99
                 (and (= migrate0.pc@2 #x08) (bvult migrate0.pass@2 #x01))
                 (and (= migrate0.pc@2 #x08) (bvuge migrate0.pass@2 #x01))))
      (a!112 (or (not (not (= |pte[P0][0]@3| #x00))) a!111))
      (a!128 (and (ite (not (= |folio.used[F0]@3| #x00))
                       (and a!118 (= |folio.refcount[F0]@3| a!120))
                       (and (= |folio.refcount[F0]@3| #x00)
                            (= |folio.mapcount[F0]@3| #x00)
                            a!121
                            (= a!119 #x00)
                            a!122))
                  (ite (not (= |folio.used[F1]@3| #x00))
                       (and a!123 a!125)
                       a!127)))
      (a!132 (and (and (= migrate0.pc@3 #x09) (not (= migrate0.ok@3 #x00)))
                  (not a!130)))
      (a!144 (or (and (= migrate0.pc@3 #x00)
                      (= |lru_lock[0]@3| #x00)
                      (not (= |folio.used[F0]@3| #x00))
                      (not (= |PG_lru[F0]@3| #x00)))
                 (and (= migrate0.pc@3 #x00) a!138)
                 (and (= migrate0.pc@3 #x01) (= |PG_locked[F0]@3| #x00))
                 a!141
                 a!142
                 false
                 false
                 (and (= migrate0.pc@3 #x03) a!143)
                 (= migrate0.pc@3 #x04)
                 a!115
                 (and (= migrate0.pc@3 #x05) a!117)
                 (= migrate0.pc@3 #x06)
                 (and (= migrate0.pc@3 #x07) (not (= migrate0.ok@3 #x00)))
                 a!131
                 (and (= migrate0.pc@3 #x09) (not (= migrate0.ok@3 #x00)))
                 a!135
                 (and (= migrate0.pc@3 #x08) (bvult migrate0.pass@3 #x01))
                 (and (= migrate0.pc@3 #x08) (bvuge migrate0.pass@3 #x01))))
      (a!148 (or (not (not (= |pte[P0][0]@4| #x00))) a!147))
      (a!164 (and (ite (not (= |folio.used[F0]@4| #x00))
                       (and a!154 (= |folio.refcount[F0]@4| a!156))
                       (and (= |folio.refcount[F0]@4| #x00)
                            (= |folio.mapcount[F0]@4| #x00)
                            a!157
                            (= a!155 #x00)
                            a!158))
                  (ite (not (= |folio.used[F1]@4| #x00))
                       (and a!159 a!161)
                       a!163)))
      (a!168 (and (and (= migrate0.pc@4 #x09) (not (= migrate0.ok@4 #x00)))
                  (not a!166)))
      (a!180 (or (and (= migrate0.pc@4 #x00)
                      (= |lru_lock[0]@4| #x00)
                      (not (= |folio.used[F0]@4| #x00))
                      (not (= |PG_lru[F0]@4| #x00)))
                 (and (= migrate0.pc@4 #x00) a!174)
                 (and (= migrate0.pc@4 #x01) (= |PG_locked[F0]@4| #x00))
                 a!177
                 a!178
                 false
                 false
                 (and (= migrate0.pc@4 #x03) a!179)
                 (= migrate0.pc@4 #x04)
                 a!151
                 (and (= migrate0.pc@4 #x05) a!153)
                 (= migrate0.pc@4 #x06)
                 (and (= migrate0.pc@4 #x07) (not (= migrate0.ok@4 #x00)))
                 a!167
                 (and (= migrate0.pc@4 #x09) (not (= migrate0.ok@4 #x00)))
                 a!171
                 (and (= migrate0.pc@4 #x08) (bvult migrate0.pass@4 #x01))
                 (and (= migrate0.pc@4 #x08) (bvuge migrate0.pass@4 #x01))))
      (a!184 (or (not (not (= |pte[P0][0]@5| #x00))) a!183))
      (a!200 (and (ite (not (= |folio.used[F0]@5| #x00))
                       (and a!190 (= |folio.refcount[F0]@5| a!192))
                       (and (= |folio.refcount[F0]@5| #x00)
                            (= |folio.mapcount[F0]@5| #x00)
                            a!193
                            (= a!191 #x00)
                            a!194))
                  (ite (not (= |folio.used[F1]@5| #x00))
                       (and a!195 a!197)
                       a!199)))
      (a!204 (and (and (= migrate0.pc@5 #x09) (not (= migrate0.ok@5 #x00)))
                  (not a!202)))
      (a!216 (or (and (= migrate0.pc@5 #x00)
                      (= |lru_lock[0]@5| #x00)
                      (not (= |folio.used[F0]@5| #x00))
                      (not (= |PG_lru[F0]@5| #x00)))
                 (and (= migrate0.pc@5 #x00) a!210)
                 (and (= migrate0.pc@5 #x01) (= |PG_locked[F0]@5| #x00))
                 a!213
                 a!214
                 false
                 false
                 (and (= migrate0.pc@5 #x03) a!215)
                 (= migrate0.pc@5 #x04)
                 a!187
                 (and (= migrate0.pc@5 #x05) a!189)
                 (= migrate0.pc@5 #x06)
                 (and (= migrate0.pc@5 #x07) (not (= migrate0.ok@5 #x00)))
                 a!203
                 (and (= migrate0.pc@5 #x09) (not (= migrate0.ok@5 #x00)))
                 a!207
                 (and (= migrate0.pc@5 #x08) (bvult migrate0.pass@5 #x01))
                 (and (= migrate0.pc@5 #x08) (bvuge migrate0.pass@5 #x01))))
      (a!220 (or (not (not (= |pte[P0][0]@6| #x00))) a!219))
      (a!236 (and (ite (not (= |folio.used[F0]@6| #x00))
                       (and a!226 (= |folio.refcount[F0]@6| a!228))
                       (and (= |folio.refcount[F0]@6| #x00)
                            (= |folio.mapcount[F0]@6| #x00)
                            a!229
                            (= a!227 #x00)
                            a!230))
                  (ite (not (= |folio.used[F1]@6| #x00))
                       (and a!231 a!233)
                       a!235)))
      (a!240 (and (and (= migrate0.pc@6 #x09) (not (= migrate0.ok@6 #x00)))
                  (not a!238)))
      (a!252 (or (and (= migrate0.pc@6 #x00)
                      (= |lru_lock[0]@6| #x00)
                      (not (= |folio.used[F0]@6| #x00))
                      (not (= |PG_lru[F0]@6| #x00)))
                 (and (= migrate0.pc@6 #x00) a!246)
                 (and (= migrate0.pc@6 #x01) (= |PG_locked[F0]@6| #x00))
                 a!249
                 a!250
                 false
                 false
                 (and (= migrate0.pc@6 #x03) a!251)
                 (= migrate0.pc@6 #x04)
                 a!223
                 (and (= migrate0.pc@6 #x05) a!225)
                 (= migrate0.pc@6 #x06)
                 (and (= migrate0.pc@6 #x07) (not (= migrate0.ok@6 #x00)))
                 a!239
                 (and (= migrate0.pc@6 #x09) (not (= migrate0.ok@6 #x00)))
                 a!243
                 (and (= migrate0.pc@6 #x08) (bvult migrate0.pass@6 #x01))
                 (and (= migrate0.pc@6 #x08) (bvuge migrate0.pass@6 #x01))))
      (a!256 (or (not (not (= |pte[P0][0]@7| #x00))) a!255))
      (a!272 (and (ite (not (= |folio.used[F0]@7| #x00))
                       (and a!262 (= |folio.refcount[F0]@7| a!264))
                       (and (= |folio.refcount[F0]@7| #x00)
                            (= |folio.mapcount[F0]@7| #x00)
                            a!265
                            (= a!263 #x00)
                            a!266))
                  (ite (not (= |folio.used[F1]@7| #x00))
                       (and a!267 a!269)
                       a!271)))
      (a!276 (and (and (= migrate0.pc@7 #x09) (not (= migrate0.ok@7 #x00)))
                  (not a!274)))
      (a!288 (or (and (= migrate0.pc@7 #x00)
                      (= |lru_lock[0]@7| #x00)
                      (not (= |folio.used[F0]@7| #x00))
                      (not (= |PG_lru[F0]@7| #x00)))
                 (and (= migrate0.pc@7 #x00) a!282)
                 (and (= migrate0.pc@7 #x01) (= |PG_locked[F0]@7| #x00))
                 a!285
                 a!286
                 false
                 false
                 (and (= migrate0.pc@7 #x03) a!287)
                 (= migrate0.pc@7 #x04)
                 a!259
                 (and (= migrate0.pc@7 #x05) a!261)
                 (= migrate0.pc@7 #x06)
                 (and (= migrate0.pc@7 #x07) (not (= migrate0.ok@7 #x00)))
                 a!275
                 (and (= migrate0.pc@7 #x09) (not (= migrate0.ok@7 #x00)))
                 a!279
                 (and (= migrate0.pc@7 #x08) (bvult migrate0.pass@7 #x01))
                 (and (= migrate0.pc@7 #x08) (bvuge migrate0.pass@7 #x01))))
      (a!292 (or (not (not (= |pte[P0][0]@8| #x00))) a!291))
      (a!308 (and (ite (not (= |folio.used[F0]@8| #x00))
                       (and a!298 (= |folio.refcount[F0]@8| a!300))
                       (and (= |folio.refcount[F0]@8| #x00)
                            (= |folio.mapcount[F0]@8| #x00)
                            a!301
                            (= a!299 #x00)
                            a!302))
                  (ite (not (= |folio.used[F1]@8| #x00))
                       (and a!303 a!305)
                       a!307)))
      (a!312 (and (and (= migrate0.pc@8 #x09) (not (= migrate0.ok@8 #x00)))
                  (not a!310)))
      (a!324 (or (and (= migrate0.pc@8 #x00)
                      (= |lru_lock[0]@8| #x00)
                      (not (= |folio.used[F0]@8| #x00))
                      (not (= |PG_lru[F0]@8| #x00)))
                 (and (= migrate0.pc@8 #x00) a!318)
                 (and (= migrate0.pc@8 #x01) (= |PG_locked[F0]@8| #x00))
                 a!321
                 a!322
                 false
                 false
                 (and (= migrate0.pc@8 #x03) a!323)
                 (= migrate0.pc@8 #x04)
                 a!295
                 (and (= migrate0.pc@8 #x05) a!297)
                 (= migrate0.pc@8 #x06)
                 (and (= migrate0.pc@8 #x07) (not (= migrate0.ok@8 #x00)))
                 a!311
                 (and (= migrate0.pc@8 #x09) (not (= migrate0.ok@8 #x00)))
                 a!315
                 (and (= migrate0.pc@8 #x08) (bvult migrate0.pass@8 #x01))
                 (and (= migrate0.pc@8 #x08) (bvuge migrate0.pass@8 #x01))))
      (a!328 (or (not (not (= |pte[P0][0]@9| #x00))) a!327))
      (a!344 (and (ite (not (= |folio.used[F0]@9| #x00))
                       (and a!334 (= |folio.refcount[F0]@9| a!336))
                       (and (= |folio.refcount[F0]@9| #x00)
                            (= |folio.mapcount[F0]@9| #x00)
                            a!337
                            (= a!335 #x00)
                            a!338))
                  (ite (not (= |folio.used[F1]@9| #x00))
                       (and a!339 a!341)
                       a!343)))
      (a!348 (and (and (= migrate0.pc@9 #x09) (not (= migrate0.ok@9 #x00)))
                  (not a!346)))
      (a!360 (or (and (= migrate0.pc@9 #x00)
                      (= |lru_lock[0]@9| #x00)
                      (not (= |folio.used[F0]@9| #x00))
                      (not (= |PG_lru[F0]@9| #x00)))
                 (and (= migrate0.pc@9 #x00) a!354)
                 (and (= migrate0.pc@9 #x01) (= |PG_locked[F0]@9| #x00))
                 a!357
                 a!358
                 false
                 false
                 (and (= migrate0.pc@9 #x03) a!359)
                 (= migrate0.pc@9 #x04)
                 a!331
                 (and (= migrate0.pc@9 #x05) a!333)
                 (= migrate0.pc@9 #x06)
                 (and (= migrate0.pc@9 #x07) (not (= migrate0.ok@9 #x00)))
                 a!347
                 (and (= migrate0.pc@9 #x09) (not (= migrate0.ok@9 #x00)))
                 a!351
                 (and (= migrate0.pc@9 #x08) (bvult migrate0.pass@9 #x01))
                 (and (= migrate0.pc@9 #x08) (bvuge migrate0.pass@9 #x01))))
      (a!364 (or (not (not (= |pte[P0][0]@10| #x00))) a!363))
      (a!380 (and (ite (not (= |folio.used[F0]@10| #x00))
                       (and a!370 (= |folio.refcount[F0]@10| a!372))
                       (and (= |folio.refcount[F0]@10| #x00)
                            (= |folio.mapcount[F0]@10| #x00)
                            a!373
                            (= a!371 #x00)
                            a!374))
                  (ite (not (= |folio.used[F1]@10| #x00))
                       (and a!375 a!377)
                       a!379)))
      (a!384 (and (and (= migrate0.pc@10 #x09) (not (= migrate0.ok@10 #x00)))
                  (not a!382)))
      (a!396 (or (and (= migrate0.pc@10 #x00)
                      (= |lru_lock[0]@10| #x00)
                      (not (= |folio.used[F0]@10| #x00))
                      (not (= |PG_lru[F0]@10| #x00)))
                 (and (= migrate0.pc@10 #x00) a!390)
                 (and (= migrate0.pc@10 #x01) (= |PG_locked[F0]@10| #x00))
                 a!393
                 a!394
                 false
                 false
                 (and (= migrate0.pc@10 #x03) a!395)
                 (= migrate0.pc@10 #x04)
                 a!367
                 (and (= migrate0.pc@10 #x05) a!369)
                 (= migrate0.pc@10 #x06)
                 (and (= migrate0.pc@10 #x07) (not (= migrate0.ok@10 #x00)))
                 a!383
                 (and (= migrate0.pc@10 #x09) (not (= migrate0.ok@10 #x00)))
                 a!387
                 (and (= migrate0.pc@10 #x08) (bvult migrate0.pass@10 #x01))
                 (and (= migrate0.pc@10 #x08) (bvuge migrate0.pass@10 #x01))))
      (a!400 (or (not (not (= |pte[P0][0]@11| #x00))) a!399))
      (a!416 (and (ite (not (= |folio.used[F0]@11| #x00))
                       (and a!406 (= |folio.refcount[F0]@11| a!408))
                       (and (= |folio.refcount[F0]@11| #x00)
                            (= |folio.mapcount[F0]@11| #x00)
                            a!409
                            (= a!407 #x00)
                            a!410))
                  (ite (not (= |folio.used[F1]@11| #x00))
                       (and a!411 a!413)
                       a!415)))
      (a!420 (and (and (= migrate0.pc@11 #x09) (not (= migrate0.ok@11 #x00)))
                  (not a!418)))
      (a!432 (or (and (= migrate0.pc@11 #x00)
                      (= |lru_lock[0]@11| #x00)
                      (not (= |folio.used[F0]@11| #x00))
                      (not (= |PG_lru[F0]@11| #x00)))
                 (and (= migrate0.pc@11 #x00) a!426)
                 (and (= migrate0.pc@11 #x01) (= |PG_locked[F0]@11| #x00))
                 a!429
                 a!430
                 false
                 false
                 (and (= migrate0.pc@11 #x03) a!431)
                 (= migrate0.pc@11 #x04)
                 a!403
                 (and (= migrate0.pc@11 #x05) a!405)
                 (= migrate0.pc@11 #x06)
                 (and (= migrate0.pc@11 #x07) (not (= migrate0.ok@11 #x00)))
                 a!419
                 (and (= migrate0.pc@11 #x09) (not (= migrate0.ok@11 #x00)))
                 a!423
                 (and (= migrate0.pc@11 #x08) (bvult migrate0.pass@11 #x01))
                 (and (= migrate0.pc@11 #x08) (bvuge migrate0.pass@11 #x01))))
      (a!436 (or (not (not (= |pte[P0][0]@12| #x00))) a!435))
      (a!452 (and (ite (not (= |folio.used[F0]@12| #x00))
                       (and a!442 (= |folio.refcount[F0]@12| a!444))
                       (and (= |folio.refcount[F0]@12| #x00)
                            (= |folio.mapcount[F0]@12| #x00)
                            a!445
                            (= a!443 #x00)
                            a!446))
                  (ite (not (= |folio.used[F1]@12| #x00))
                       (and a!447 a!449)
                       a!451)))
      (a!456 (and (and (= migrate0.pc@12 #x09) (not (= migrate0.ok@12 #x00)))
                  (not a!454)))
      (a!468 (or (and (= migrate0.pc@12 #x00)
                      (= |lru_lock[0]@12| #x00)
                      (not (= |folio.used[F0]@12| #x00))
                      (not (= |PG_lru[F0]@12| #x00)))
                 (and (= migrate0.pc@12 #x00) a!462)
                 (and (= migrate0.pc@12 #x01) (= |PG_locked[F0]@12| #x00))
                 a!465
                 a!466
                 false
                 false
                 (and (= migrate0.pc@12 #x03) a!467)
                 (= migrate0.pc@12 #x04)
                 a!439
                 (and (= migrate0.pc@12 #x05) a!441)
                 (= migrate0.pc@12 #x06)
                 (and (= migrate0.pc@12 #x07) (not (= migrate0.ok@12 #x00)))
                 a!455
                 (and (= migrate0.pc@12 #x09) (not (= migrate0.ok@12 #x00)))
                 a!459
                 (and (= migrate0.pc@12 #x08) (bvult migrate0.pass@12 #x01))
                 (and (= migrate0.pc@12 #x08) (bvuge migrate0.pass@12 #x01)))))
  (or (not a!4)
      (and a!7 (not (= |page.mapping(shmem)[F0]@0| a!8)))
      (and (and (= migrate0.pc@0 #x05) a!9)
           (not (= |page.mapping(shmem)[F0]@0| a!8)))
      (not a!20)
      (and (= migrate0.pc@0 #x04) (not a!22))
      (and a!23 (not a!22))
      a!24
      a!26
      (and a!27 a!25)
      (and (= migrate0.pc@0 #x0a) (not (and a!28 a!29)))
      (and (not (= migrate0.pc@0 #x0a)) (not a!36))
      (not a!40)
      (and a!43 (not (= |page.mapping(shmem)[F0]@1| a!44)))
      (and (and (= migrate0.pc@1 #x05) a!45)
           (not (= |page.mapping(shmem)[F0]@1| a!44)))
      (not a!56)
      (and (= migrate0.pc@1 #x04) (not a!58))
      (and a!59 (not a!58))
      a!60
      a!62
      (and a!63 a!61)
      (and (= migrate0.pc@1 #x0a) (not (and a!64 a!65)))
      (and (not (= migrate0.pc@1 #x0a)) (not a!72))
      (not a!76)
      (and a!79 (not (= |page.mapping(shmem)[F0]@2| a!80)))
      (and (and (= migrate0.pc@2 #x05) a!81)
           (not (= |page.mapping(shmem)[F0]@2| a!80)))
      (not a!92)
      (and (= migrate0.pc@2 #x04) (not a!94))
      (and a!95 (not a!94))
      a!96
      a!98
      (and a!99 a!97)
      (and (= migrate0.pc@2 #x0a) (not (and a!100 a!101)))
      (and (not (= migrate0.pc@2 #x0a)) (not a!108))
      (not a!112)
      (and a!115 (not (= |page.mapping(shmem)[F0]@3| a!116)))
      (and (and (= migrate0.pc@3 #x05) a!117)
           (not (= |page.mapping(shmem)[F0]@3| a!116)))
      (not a!128)
      (and (= migrate0.pc@3 #x04) (not a!130))
      (and a!131 (not a!130))
      a!132
      a!134
      (and a!135 a!133)
      (and (= migrate0.pc@3 #x0a) (not (and a!136 a!137)))
      (and (not (= migrate0.pc@3 #x0a)) (not a!144))
      (not a!148)
      (and a!151 (not (= |page.mapping(shmem)[F0]@4| a!152)))
      (and (and (= migrate0.pc@4 #x05) a!153)
           (not (= |page.mapping(shmem)[F0]@4| a!152)))
      (not a!164)
      (and (= migrate0.pc@4 #x04) (not a!166))
      (and a!167 (not a!166))
      a!168
      a!170
      (and a!171 a!169)
      (and (= migrate0.pc@4 #x0a) (not (and a!172 a!173)))
      (and (not (= migrate0.pc@4 #x0a)) (not a!180))
      (not a!184)
      (and a!187 (not (= |page.mapping(shmem)[F0]@5| a!188)))
      (and (and (= migrate0.pc@5 #x05) a!189)
           (not (= |page.mapping(shmem)[F0]@5| a!188)))
      (not a!200)
      (and (= migrate0.pc@5 #x04) (not a!202))
      (and a!203 (not a!202))
      a!204
      a!206
      (and a!207 a!205)
      (and (= migrate0.pc@5 #x0a) (not (and a!208 a!209)))
      (and (not (= migrate0.pc@5 #x0a)) (not a!216))
      (not a!220)
      (and a!223 (not (= |page.mapping(shmem)[F0]@6| a!224)))
      (and (and (= migrate0.pc@6 #x05) a!225)
           (not (= |page.mapping(shmem)[F0]@6| a!224)))
      (not a!236)
      (and (= migrate0.pc@6 #x04) (not a!238))
      (and a!239 (not a!238))
      a!240
      a!242
      (and a!243 a!241)
      (and (= migrate0.pc@6 #x0a) (not (and a!244 a!245)))
      (and (not (= migrate0.pc@6 #x0a)) (not a!252))
      (not a!256)
      (and a!259 (not (= |page.mapping(shmem)[F0]@7| a!260)))
      (and (and (= migrate0.pc@7 #x05) a!261)
           (not (= |page.mapping(shmem)[F0]@7| a!260)))
      (not a!272)
      (and (= migrate0.pc@7 #x04) (not a!274))
      (and a!275 (not a!274))
      a!276
      a!278
      (and a!279 a!277)
      (and (= migrate0.pc@7 #x0a) (not (and a!280 a!281)))
      (and (not (= migrate0.pc@7 #x0a)) (not a!288))
      (not a!292)
      (and a!295 (not (= |page.mapping(shmem)[F0]@8| a!296)))
      (and (and (= migrate0.pc@8 #x05) a!297)
           (not (= |page.mapping(shmem)[F0]@8| a!296)))
      (not a!308)
      (and (= migrate0.pc@8 #x04) (not a!310))
      (and a!311 (not a!310))
      a!312
      a!314
      (and a!315 a!313)
      (and (= migrate0.pc@8 #x0a) (not (and a!316 a!317)))
      (and (not (= migrate0.pc@8 #x0a)) (not a!324))
      (not a!328)
      (and a!331 (not (= |page.mapping(shmem)[F0]@9| a!332)))
      (and (and (= migrate0.pc@9 #x05) a!333)
           (not (= |page.mapping(shmem)[F0]@9| a!332)))
      (not a!344)
      (and (= migrate0.pc@9 #x04) (not a!346))
      (and a!347 (not a!346))
      a!348
      a!350
      (and a!351 a!349)
      (and (= migrate0.pc@9 #x0a) (not (and a!352 a!353)))
      (and (not (= migrate0.pc@9 #x0a)) (not a!360))
      (not a!364)
      (and a!367 (not (= |page.mapping(shmem)[F0]@10| a!368)))
      (and (and (= migrate0.pc@10 #x05) a!369)
           (not (= |page.mapping(shmem)[F0]@10| a!368)))
      (not a!380)
      (and (= migrate0.pc@10 #x04) (not a!382))
      (and a!383 (not a!382))
      a!384
      a!386
      (and a!387 a!385)
      (and (= migrate0.pc@10 #x0a) (not (and a!388 a!389)))
      (and (not (= migrate0.pc@10 #x0a)) (not a!396))
      (not a!400)
      (and a!403 (not (= |page.mapping(shmem)[F0]@11| a!404)))
      (and (and (= migrate0.pc@11 #x05) a!405)
           (not (= |page.mapping(shmem)[F0]@11| a!404)))
      (not a!416)
      (and (= migrate0.pc@11 #x04) (not a!418))
      (and a!419 (not a!418))
      a!420
      a!422
      (and a!423 a!421)
      (and (= migrate0.pc@11 #x0a) (not (and a!424 a!425)))
      (and (not (= migrate0.pc@11 #x0a)) (not a!432))
      (not a!436)
      (and a!439 (not (= |page.mapping(shmem)[F0]@12| a!440)))
      (and (and (= migrate0.pc@12 #x05) a!441)
           (not (= |page.mapping(shmem)[F0]@12| a!440)))
      (not a!452)
      (and (= migrate0.pc@12 #x04) (not a!454))
      (and a!455 (not a!454))
      a!456
      a!458
      (and a!459 a!457)
      (and (= migrate0.pc@12 #x0a) (not (and a!460 a!461)))
      (and (not (= migrate0.pc@12 #x0a)) (not a!468)))))))
(model-add |alive[P0]@0| () (_ BitVec 8) #x01)
(model-add |pte[P0][0]@0| () (_ BitVec 8) #x00)
(model-add |pte.folio[P0][0]@0| () (_ BitVec 8) #x00)
(model-add |pte.write[P0][0]@0| () (_ BitVec 8) #x00)
(model-add |expected[P0][0]@0| () (_ BitVec 8) #x00)
(model-add |anon_vma.list[av0][0]@0| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@0| () (_ BitVec 8) #x01)
(model-add |anon_vma.refcount[av0]@0| () (_ BitVec 8) #x01)
(model-add |folio.used[F0]@0| () (_ BitVec 8) #x01)
(model-add |folio.used[F1]@0| () (_ BitVec 8) #x00)
(model-add |folio.refcount[F0]@0| () (_ BitVec 8) #x01)
(model-add |folio.refcount[F1]@0| () (_ BitVec 8) #x00)
(model-add |folio.mapcount[F0]@0| () (_ BitVec 8) #x00)
(model-add |folio.mapcount[F1]@0| () (_ BitVec 8) #x00)
(model-add |PG_lru[F0]@0| () (_ BitVec 8) #x01)
(model-add |PG_lru[F1]@0| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F0]@0| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F1]@0| () (_ BitVec 8) #x00)
(model-add |folio.mapping[F0]@0| () (_ BitVec 8) #x01)
(model-add |folio.mapping[F1]@0| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@0| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@0| () (_ BitVec 8) #x00)
(model-add |folio.data[F0]@0| () (_ BitVec 8) #x01)
(model-add |folio.data[F1]@0| () (_ BitVec 8) #x00)
(model-add |folio.node[F0]@0| () (_ BitVec 8) #x00)
(model-add |folio.node[F1]@0| () (_ BitVec 8) #x00)
(model-add |page.mapping(shmem)[F0]@0| () (_ BitVec 8) #x01)
(model-add |page.mapping(shmem)[F1]@0| () (_ BitVec 8) #x00)
(model-add |PG_swapcache[F0]@0| () (_ BitVec 8) #x00)
(model-add |PG_swapcache[F1]@0| () (_ BitVec 8) #x00)
(model-add |PG_dirty[F0]@0| () (_ BitVec 8) #x01)
(model-add |PG_dirty[F1]@0| () (_ BitVec 8) #x00)
(model-add shmem.i_pages@0 () (_ BitVec 8) #x00)
(model-add swapper_space.i_pages@0 () (_ BitVec 8) #x02)
(model-add |&mm->mmap_lock.writer[P0]@0| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@0| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@0| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av0]@0| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@0| () (_ BitVec 8) #x00)
(model-add |PG_locked[F0]@0| () (_ BitVec 8) #x00)
(model-add |PG_locked[F1]@0| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.writer[shmem]@0| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.writer[swapper_space]@0| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.readers[shmem]@0| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.readers[swapper_space]@0| () (_ BitVec 8) #x00)
(model-add |swap_lock[0]@0| () (_ BitVec 8) #x00)
(model-add |&info->lock[0]@0| () (_ BitVec 8) #x00)
(model-add |lru_lock[0]@0| () (_ BitVec 8) #x00)
(model-add migrate0.pc@0 () (_ BitVec 8) #x00)
(model-add migrate0.isolated@0 () (_ BitVec 8) #x00)
(model-add migrate0.newpage@0 () (_ BitVec 8) #x02)
(model-add migrate0.ok@0 () (_ BitVec 8) #x00)
(model-add migrate0.mapping_is_swapper@0 () (_ BitVec 8) #x00)
(model-add migrate0.pass@0 () (_ BitVec 8) #x00)
(model-add rule@0 () (_ BitVec 8) #x00)
(model-add |alive[P0]@1| () (_ BitVec 8) #x01)
(model-add |pte[P0][0]@1| () (_ BitVec 8) #x00)
(model-add |pte.folio[P0][0]@1| () (_ BitVec 8) #x00)
(model-add |pte.write[P0][0]@1| () (_ BitVec 8) #x00)
(model-add |expected[P0][0]@1| () (_ BitVec 8) #x00)
(model-add |anon_vma.list[av0][0]@1| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@1| () (_ BitVec 8) #x01)
(model-add |anon_vma.refcount[av0]@1| () (_ BitVec 8) #x01)
(model-add |folio.used[F0]@1| () (_ BitVec 8) #x01)
(model-add |folio.used[F1]@1| () (_ BitVec 8) #x00)
(model-add |folio.refcount[F0]@1| () (_ BitVec 8) #x02)
(model-add |folio.refcount[F1]@1| () (_ BitVec 8) #x00)
(model-add |folio.mapcount[F0]@1| () (_ BitVec 8) #x00)
(model-add |folio.mapcount[F1]@1| () (_ BitVec 8) #x00)
(model-add |PG_lru[F0]@1| () (_ BitVec 8) #x00)
(model-add |PG_lru[F1]@1| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F0]@1| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F1]@1| () (_ BitVec 8) #x00)
(model-add |folio.mapping[F0]@1| () (_ BitVec 8) #x01)
(model-add |folio.mapping[F1]@1| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@1| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@1| () (_ BitVec 8) #x00)
(model-add |folio.data[F0]@1| () (_ BitVec 8) #x01)
(model-add |folio.data[F1]@1| () (_ BitVec 8) #x00)
(model-add |folio.node[F0]@1| () (_ BitVec 8) #x00)
(model-add |folio.node[F1]@1| () (_ BitVec 8) #x00)
(model-add |page.mapping(shmem)[F0]@1| () (_ BitVec 8) #x01)
(model-add |page.mapping(shmem)[F1]@1| () (_ BitVec 8) #x00)
(model-add |PG_swapcache[F0]@1| () (_ BitVec 8) #x00)
(model-add |PG_swapcache[F1]@1| () (_ BitVec 8) #x00)
(model-add |PG_dirty[F0]@1| () (_ BitVec 8) #x01)
(model-add |PG_dirty[F1]@1| () (_ BitVec 8) #x00)
(model-add shmem.i_pages@1 () (_ BitVec 8) #x00)
(model-add swapper_space.i_pages@1 () (_ BitVec 8) #x02)
(model-add |&mm->mmap_lock.writer[P0]@1| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@1| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@1| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av0]@1| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@1| () (_ BitVec 8) #x00)
(model-add |PG_locked[F1]@1| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.writer[shmem]@1| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.writer[swapper_space]@1| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.readers[shmem]@1| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.readers[swapper_space]@1| () (_ BitVec 8) #x00)
(model-add |swap_lock[0]@1| () (_ BitVec 8) #x00)
(model-add |&info->lock[0]@1| () (_ BitVec 8) #x00)
(model-add |lru_lock[0]@1| () (_ BitVec 8) #x00)
(model-add migrate0.pc@1 () (_ BitVec 8) #x01)
(model-add migrate0.isolated@1 () (_ BitVec 8) #x01)
(model-add migrate0.newpage@1 () (_ BitVec 8) #x02)
(model-add migrate0.ok@1 () (_ BitVec 8) #x00)
(model-add migrate0.mapping_is_swapper@1 () (_ BitVec 8) #x00)
(model-add migrate0.pass@1 () (_ BitVec 8) #x00)
(model-add |PG_locked[F0]@1| () (_ BitVec 8) #x00)
(model-add |alive[P0]@2| () (_ BitVec 8) #x01)
(model-add |pte[P0][0]@2| () (_ BitVec 8) #x00)
(model-add |pte.folio[P0][0]@2| () (_ BitVec 8) #x00)
(model-add |pte.write[P0][0]@2| () (_ BitVec 8) #x00)
(model-add |expected[P0][0]@2| () (_ BitVec 8) #x00)
(model-add |anon_vma.list[av0][0]@2| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@2| () (_ BitVec 8) #x01)
(model-add |anon_vma.refcount[av0]@2| () (_ BitVec 8) #x01)
(model-add |folio.used[F0]@2| () (_ BitVec 8) #x01)
(model-add |folio.used[F1]@2| () (_ BitVec 8) #x00)
(model-add |folio.refcount[F0]@2| () (_ BitVec 8) #x02)
(model-add |folio.refcount[F1]@2| () (_ BitVec 8) #x00)
(model-add |folio.mapcount[F0]@2| () (_ BitVec 8) #x00)
(model-add |folio.mapcount[F1]@2| () (_ BitVec 8) #x00)
(model-add |PG_lru[F0]@2| () (_ BitVec 8) #x00)
(model-add |PG_lru[F1]@2| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F0]@2| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F1]@2| () (_ BitVec 8) #x00)
(model-add |folio.mapping[F0]@2| () (_ BitVec 8) #x01)
(model-add |folio.mapping[F1]@2| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@2| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@2| () (_ BitVec 8) #x00)
(model-add |folio.data[F0]@2| () (_ BitVec 8) #x01)
(model-add |folio.data[F1]@2| () (_ BitVec 8) #x00)
(model-add |folio.node[F0]@2| () (_ BitVec 8) #x00)
(model-add |folio.node[F1]@2| () (_ BitVec 8) #x00)
(model-add |page.mapping(shmem)[F0]@2| () (_ BitVec 8) #x01)
(model-add |page.mapping(shmem)[F1]@2| () (_ BitVec 8) #x00)
(model-add |PG_swapcache[F0]@2| () (_ BitVec 8) #x00)
(model-add |PG_swapcache[F1]@2| () (_ BitVec 8) #x00)
(model-add |PG_dirty[F0]@2| () (_ BitVec 8) #x01)
(model-add |PG_dirty[F1]@2| () (_ BitVec 8) #x00)
(model-add shmem.i_pages@2 () (_ BitVec 8) #x00)
(model-add swapper_space.i_pages@2 () (_ BitVec 8) #x02)
(model-add |&mm->mmap_lock.writer[P0]@2| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@2| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@2| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av0]@2| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@2| () (_ BitVec 8) #x00)
(model-add |PG_locked[F0]@2| () (_ BitVec 8) #x01)
(model-add |PG_locked[F1]@2| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.writer[shmem]@2| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.writer[swapper_space]@2| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.readers[shmem]@2| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.readers[swapper_space]@2| () (_ BitVec 8) #x00)
(model-add |swap_lock[0]@2| () (_ BitVec 8) #x00)
(model-add |&info->lock[0]@2| () (_ BitVec 8) #x00)
(model-add |lru_lock[0]@2| () (_ BitVec 8) #x00)
(model-add migrate0.pc@2 () (_ BitVec 8) #x02)
(model-add migrate0.isolated@2 () (_ BitVec 8) #x01)
(model-add migrate0.newpage@2 () (_ BitVec 8) #x02)
(model-add migrate0.ok@2 () (_ BitVec 8) #x00)
(model-add migrate0.mapping_is_swapper@2 () (_ BitVec 8) #x00)
(model-add migrate0.pass@2 () (_ BitVec 8) #x00)
(model-add |alive[P0]@3| () (_ BitVec 8) #x01)
(model-add |pte[P0][0]@3| () (_ BitVec 8) #x00)
(model-add |pte.folio[P0][0]@3| () (_ BitVec 8) #x00)
(model-add |pte.write[P0][0]@3| () (_ BitVec 8) #x00)
(model-add |expected[P0][0]@3| () (_ BitVec 8) #x00)
(model-add |anon_vma.list[av0][0]@3| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@3| () (_ BitVec 8) #x01)
(model-add |anon_vma.refcount[av0]@3| () (_ BitVec 8) #x01)
(model-add |folio.used[F0]@3| () (_ BitVec 8) #x01)
(model-add |folio.used[F1]@3| () (_ BitVec 8) #x01)
(model-add |folio.refcount[F1]@3| () (_ BitVec 8) #x01)
(model-add |folio.mapcount[F0]@3| () (_ BitVec 8) #x00)
(model-add |folio.mapcount[F1]@3| () (_ BitVec 8) #x00)
(model-add |PG_lru[F1]@3| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F0]@3| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F1]@3| () (_ BitVec 8) #x00)
(model-add |folio.mapping[F0]@3| () (_ BitVec 8) #x01)
(model-add |folio.mapping[F1]@3| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@3| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@3| () (_ BitVec 8) #x00)
(model-add |folio.data[F0]@3| () (_ BitVec 8) #x01)
(model-add |folio.data[F1]@3| () (_ BitVec 8) #x00)
(model-add |folio.node[F0]@3| () (_ BitVec 8) #x00)
(model-add |folio.node[F1]@3| () (_ BitVec 8) #x01)
(model-add |page.mapping(shmem)[F1]@3| () (_ BitVec 8) #x00)
(model-add |PG_swapcache[F0]@3| () (_ BitVec 8) #x00)
(model-add |PG_swapcache[F1]@3| () (_ BitVec 8) #x00)
(model-add |PG_dirty[F1]@3| () (_ BitVec 8) #x00)
(model-add swapper_space.i_pages@3 () (_ BitVec 8) #x02)
(model-add |&mm->mmap_lock.writer[P0]@3| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@3| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@3| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av0]@3| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@3| () (_ BitVec 8) #x00)
(model-add |PG_locked[F1]@3| () (_ BitVec 8) #x01)
(model-add |&mapping->tree_lock.writer[shmem]@3| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.writer[swapper_space]@3| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.readers[shmem]@3| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.readers[swapper_space]@3| () (_ BitVec 8) #x00)
(model-add |swap_lock[0]@3| () (_ BitVec 8) #x00)
(model-add |&info->lock[0]@3| () (_ BitVec 8) #x00)
(model-add |lru_lock[0]@3| () (_ BitVec 8) #x00)
(model-add migrate0.newpage@3 () (_ BitVec 8) #x01)
(model-add migrate0.mapping_is_swapper@3 () (_ BitVec 8) #x00)
(model-add |alive[P0]@4| () (_ BitVec 8) #x01)
(model-add |pte[P0][0]@4| () (_ BitVec 8) #x00)
(model-add |pte.folio[P0][0]@4| () (_ BitVec 8) #x00)
(model-add |pte.write[P0][0]@4| () (_ BitVec 8) #x00)
(model-add |expected[P0][0]@4| () (_ BitVec 8) #x00)
(model-add |anon_vma.list[av0][0]@4| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@4| () (_ BitVec 8) #x01)
(model-add |anon_vma.refcount[av0]@4| () (_ BitVec 8) #x01)
(model-add |folio.mapcount[F0]@4| () (_ BitVec 8) #x00)
(model-add |folio.mapcount[F1]@4| () (_ BitVec 8) #x00)
(model-add |PG_lru[F1]@4| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F0]@4| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F1]@4| () (_ BitVec 8) #x00)
(model-add |folio.mapping[F0]@4| () (_ BitVec 8) #x01)
(model-add |folio.mapping[F1]@4| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@4| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@4| () (_ BitVec 8) #x00)
(model-add |folio.node[F0]@4| () (_ BitVec 8) #x00)
(model-add |PG_swapcache[F1]@4| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@4| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@4| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@4| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av0]@4| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@4| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.writer[shmem]@4| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.writer[swapper_space]@4| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.readers[shmem]@4| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.readers[swapper_space]@4| () (_ BitVec 8) #x00)
(model-add |swap_lock[0]@4| () (_ BitVec 8) #x00)
(model-add |&info->lock[0]@4| () (_ BitVec 8) #x00)
(model-add |lru_lock[0]@4| () (_ BitVec 8) #x00)
(model-add migrate0.mapping_is_swapper@4 () (_ BitVec 8) #x00)
(model-add |alive[P0]@5| () (_ BitVec 8) #x01)
(model-add |pte[P0][0]@5| () (_ BitVec 8) #x00)
(model-add |pte.folio[P0][0]@5| () (_ BitVec 8) #x00)
(model-add |pte.write[P0][0]@5| () (_ BitVec 8) #x00)
(model-add |expected[P0][0]@5| () (_ BitVec 8) #x00)
(model-add |anon_vma.list[av0][0]@5| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@5| () (_ BitVec 8) #x01)
(model-add |anon_vma.refcount[av0]@5| () (_ BitVec 8) #x01)
(model-add |folio.mapcount[F0]@5| () (_ BitVec 8) #x00)
(model-add |folio.mapcount[F1]@5| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F0]@5| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F1]@5| () (_ BitVec 8) #x00)
(model-add |folio.mapping[F0]@5| () (_ BitVec 8) #x01)
(model-add |folio.mapping[F1]@5| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@5| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@5| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@5| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@5| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@5| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av0]@5| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@5| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.writer[shmem]@5| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.writer[swapper_space]@5| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.readers[shmem]@5| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.readers[swapper_space]@5| () (_ BitVec 8) #x00)
(model-add |swap_lock[0]@5| () (_ BitVec 8) #x00)
(model-add |&info->lock[0]@5| () (_ BitVec 8) #x00)
(model-add |lru_lock[0]@5| () (_ BitVec 8) #x00)
(model-add |alive[P0]@6| () (_ BitVec 8) #x01)
(model-add |pte[P0][0]@6| () (_ BitVec 8) #x00)
(model-add |pte.folio[P0][0]@6| () (_ BitVec 8) #x00)
(model-add |pte.write[P0][0]@6| () (_ BitVec 8) #x00)
(model-add |expected[P0][0]@6| () (_ BitVec 8) #x00)
(model-add |anon_vma.list[av0][0]@6| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@6| () (_ BitVec 8) #x01)
(model-add |anon_vma.refcount[av0]@6| () (_ BitVec 8) #x01)
(model-add |folio.mapcount[F0]@6| () (_ BitVec 8) #x00)
(model-add |folio.mapcount[F1]@6| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F0]@6| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F1]@6| () (_ BitVec 8) #x00)
(model-add |folio.mapping[F0]@6| () (_ BitVec 8) #x01)
(model-add |folio.mapping[F1]@6| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@6| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@6| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@6| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@6| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@6| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av0]@6| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@6| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.writer[shmem]@6| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.writer[swapper_space]@6| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.readers[shmem]@6| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.readers[swapper_space]@6| () (_ BitVec 8) #x00)
(model-add |swap_lock[0]@6| () (_ BitVec 8) #x00)
(model-add |&info->lock[0]@6| () (_ BitVec 8) #x00)
(model-add |lru_lock[0]@6| () (_ BitVec 8) #x00)
(model-add |alive[P0]@7| () (_ BitVec 8) #x01)
(model-add |pte[P0][0]@7| () (_ BitVec 8) #x00)
(model-add |pte.folio[P0][0]@7| () (_ BitVec 8) #x00)
(model-add |pte.write[P0][0]@7| () (_ BitVec 8) #x00)
(model-add |expected[P0][0]@7| () (_ BitVec 8) #x00)
(model-add |anon_vma.list[av0][0]@7| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@7| () (_ BitVec 8) #x01)
(model-add |anon_vma.refcount[av0]@7| () (_ BitVec 8) #x01)
(model-add |folio.mapcount[F0]@7| () (_ BitVec 8) #x00)
(model-add |folio.mapcount[F1]@7| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F0]@7| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F1]@7| () (_ BitVec 8) #x00)
(model-add |folio.mapping[F0]@7| () (_ BitVec 8) #x01)
(model-add |folio.mapping[F1]@7| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@7| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@7| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@7| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@7| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@7| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av0]@7| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@7| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.writer[shmem]@7| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.writer[swapper_space]@7| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.readers[shmem]@7| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.readers[swapper_space]@7| () (_ BitVec 8) #x00)
(model-add |swap_lock[0]@7| () (_ BitVec 8) #x00)
(model-add |&info->lock[0]@7| () (_ BitVec 8) #x00)
(model-add |lru_lock[0]@7| () (_ BitVec 8) #x00)
(model-add |alive[P0]@8| () (_ BitVec 8) #x01)
(model-add |pte[P0][0]@8| () (_ BitVec 8) #x00)
(model-add |pte.folio[P0][0]@8| () (_ BitVec 8) #x00)
(model-add |pte.write[P0][0]@8| () (_ BitVec 8) #x00)
(model-add |expected[P0][0]@8| () (_ BitVec 8) #x00)
(model-add |anon_vma.list[av0][0]@8| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@8| () (_ BitVec 8) #x01)
(model-add |anon_vma.refcount[av0]@8| () (_ BitVec 8) #x01)
(model-add |folio.mapcount[F0]@8| () (_ BitVec 8) #x00)
(model-add |folio.mapcount[F1]@8| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F0]@8| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F1]@8| () (_ BitVec 8) #x00)
(model-add |folio.mapping[F0]@8| () (_ BitVec 8) #x01)
(model-add |folio.mapping[F1]@8| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@8| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@8| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@8| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@8| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@8| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av0]@8| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@8| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.writer[shmem]@8| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.writer[swapper_space]@8| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.readers[shmem]@8| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.readers[swapper_space]@8| () (_ BitVec 8) #x00)
(model-add |swap_lock[0]@8| () (_ BitVec 8) #x00)
(model-add |&info->lock[0]@8| () (_ BitVec 8) #x00)
(model-add |lru_lock[0]@8| () (_ BitVec 8) #x00)
(model-add |alive[P0]@9| () (_ BitVec 8) #x01)
(model-add |pte[P0][0]@9| () (_ BitVec 8) #x00)
(model-add |pte.folio[P0][0]@9| () (_ BitVec 8) #x00)
(model-add |pte.write[P0][0]@9| () (_ BitVec 8) #x00)
(model-add |expected[P0][0]@9| () (_ BitVec 8) #x00)
(model-add |anon_vma.list[av0][0]@9| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@9| () (_ BitVec 8) #x01)
(model-add |anon_vma.refcount[av0]@9| () (_ BitVec 8) #x01)
(model-add |folio.mapcount[F0]@9| () (_ BitVec 8) #x00)
(model-add |folio.mapcount[F1]@9| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F0]@9| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F1]@9| () (_ BitVec 8) #x00)
(model-add |folio.mapping[F0]@9| () (_ BitVec 8) #x01)
(model-add |folio.mapping[F1]@9| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@9| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@9| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@9| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@9| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@9| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av0]@9| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@9| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.writer[shmem]@9| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.writer[swapper_space]@9| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.readers[shmem]@9| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.readers[swapper_space]@9| () (_ BitVec 8) #x00)
(model-add |swap_lock[0]@9| () (_ BitVec 8) #x00)
(model-add |&info->lock[0]@9| () (_ BitVec 8) #x00)
(model-add |lru_lock[0]@9| () (_ BitVec 8) #x00)
(model-add |alive[P0]@10| () (_ BitVec 8) #x01)
(model-add |pte[P0][0]@10| () (_ BitVec 8) #x00)
(model-add |pte.folio[P0][0]@10| () (_ BitVec 8) #x00)
(model-add |pte.write[P0][0]@10| () (_ BitVec 8) #x00)
(model-add |expected[P0][0]@10| () (_ BitVec 8) #x00)
(model-add |anon_vma.list[av0][0]@10| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@10| () (_ BitVec 8) #x01)
(model-add |anon_vma.refcount[av0]@10| () (_ BitVec 8) #x01)
(model-add |folio.mapcount[F0]@10| () (_ BitVec 8) #x00)
(model-add |folio.mapcount[F1]@10| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F0]@10| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F1]@10| () (_ BitVec 8) #x00)
(model-add |folio.mapping[F0]@10| () (_ BitVec 8) #x01)
(model-add |folio.mapping[F1]@10| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@10| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@10| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@10| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@10| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@10| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av0]@10| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@10| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.writer[shmem]@10| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.writer[swapper_space]@10| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.readers[shmem]@10| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.readers[swapper_space]@10| () (_ BitVec 8) #x00)
(model-add |swap_lock[0]@10| () (_ BitVec 8) #x00)
(model-add |&info->lock[0]@10| () (_ BitVec 8) #x00)
(model-add |lru_lock[0]@10| () (_ BitVec 8) #x00)
(model-add |alive[P0]@11| () (_ BitVec 8) #x01)
(model-add |pte[P0][0]@11| () (_ BitVec 8) #x00)
(model-add |pte.folio[P0][0]@11| () (_ BitVec 8) #x00)
(model-add |pte.write[P0][0]@11| () (_ BitVec 8) #x00)
(model-add |expected[P0][0]@11| () (_ BitVec 8) #x00)
(model-add |anon_vma.list[av0][0]@11| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@11| () (_ BitVec 8) #x01)
(model-add |anon_vma.refcount[av0]@11| () (_ BitVec 8) #x01)
(model-add |folio.mapcount[F0]@11| () (_ BitVec 8) #x00)
(model-add |folio.mapcount[F1]@11| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F0]@11| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F1]@11| () (_ BitVec 8) #x00)
(model-add |folio.mapping[F0]@11| () (_ BitVec 8) #x01)
(model-add |folio.mapping[F1]@11| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@11| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@11| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@11| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@11| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@11| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av0]@11| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@11| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.writer[shmem]@11| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.writer[swapper_space]@11| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.readers[shmem]@11| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.readers[swapper_space]@11| () (_ BitVec 8) #x00)
(model-add |swap_lock[0]@11| () (_ BitVec 8) #x00)
(model-add |&info->lock[0]@11| () (_ BitVec 8) #x00)
(model-add |lru_lock[0]@11| () (_ BitVec 8) #x00)
(model-add |alive[P0]@12| () (_ BitVec 8) #x01)
(model-add |pte[P0][0]@12| () (_ BitVec 8) #x00)
(model-add |pte.folio[P0][0]@12| () (_ BitVec 8) #x00)
(model-add |pte.write[P0][0]@12| () (_ BitVec 8) #x00)
(model-add |expected[P0][0]@12| () (_ BitVec 8) #x00)
(model-add |anon_vma.list[av0][0]@12| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@12| () (_ BitVec 8) #x01)
(model-add |anon_vma.refcount[av0]@12| () (_ BitVec 8) #x01)
(model-add |folio.mapcount[F0]@12| () (_ BitVec 8) #x00)
(model-add |folio.mapcount[F1]@12| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F0]@12| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F1]@12| () (_ BitVec 8) #x00)
(model-add |folio.mapping[F0]@12| () (_ BitVec 8) #x01)
(model-add |folio.mapping[F1]@12| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@12| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@12| () (_ BitVec 8) #x00)
(model-add |folio.data[F0]@12|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@11| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= migrate0.newpage@11 #x00)
                                   |folio.refcount[F0]@11|
                                   |folio.refcount[F1]@11|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@11 #x00)
                                |folio.data[F0]@11|
                                |folio.data[F1]@11|))))
           (let ((a!3 (ite (or (not (= rule@11 #x0e))
                               (not (= migrate0.newpage@11 #x00)))
                           (ite (or (= rule@11 #x0e) (= rule@11 #x0f))
                                (ite (= |folio.refcount[F0]@11| #x01)
                                     #x00
                                     |folio.data[F0]@11|)
                                |folio.data[F0]@11|)
                           a!2)))
           (let ((a!4 (ite (or (not (= rule@11 #x0d))
                               (not (= migrate0.newpage@11 #x00)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= rule@11 #x0b))
                               (not (= migrate0.newpage@11 #x00)))
                           a!4
                           |folio.data[F0]@11|)))
           (let ((a!6 (ite (or (not (= rule@11 #x08))
                               (not (= migrate0.newpage@11 #x00)))
                           a!5
                           a!2)))
             (ite (or (not (= rule@11 #x03)) a!1) a!6 #x00)))))))
(model-add |folio.data[F1]@12|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@11| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= migrate0.newpage@11 #x00)
                                   |folio.refcount[F0]@11|
                                   |folio.refcount[F1]@11|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@11 #x00)
                                |folio.data[F0]@11|
                                |folio.data[F1]@11|))))
           (let ((a!3 (ite (or (not (= migrate0.newpage@11 #x01))
                               (not (= rule@11 #x0e)))
                           |folio.data[F1]@11|
                           a!2)))
           (let ((a!4 (ite (or (not (= rule@11 #x0d))
                               (not (= migrate0.newpage@11 #x01)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@11 #x01))
                               (not (= rule@11 #x0b)))
                           a!4
                           |folio.data[F0]@11|)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@11 #x01))
                               (not (= rule@11 #x08)))
                           a!5
                           a!2)))
             (ite (or (not (= rule@11 #x03)) a!1) a!6 #x00)))))))
(model-add |folio.node[F0]@12|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@11| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= migrate0.newpage@11 #x00)
                                   |folio.refcount[F0]@11|
                                   |folio.refcount[F1]@11|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@11 #x00)
                                |folio.node[F0]@11|
                                |folio.node[F1]@11|))))
           (let ((a!3 (ite (or (not (= rule@11 #x0e))
                               (not (= migrate0.newpage@11 #x00)))
                           (ite (or (= rule@11 #x0e) (= rule@11 #x0f))
                                (ite (= |folio.refcount[F0]@11| #x01)
                                     #x00
                                     |folio.node[F0]@11|)
                                |folio.node[F0]@11|)
                           a!2)))
           (let ((a!4 (ite (or (not (= rule@11 #x0d))
                               (not (= migrate0.newpage@11 #x00)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= rule@11 #x08))
                               (not (= migrate0.newpage@11 #x00)))
                           a!4
                           a!2)))
             (ite (or (not (= rule@11 #x03)) a!1)
                  a!5
                  (bvadd #x01 (bvmul #xff |folio.node[F0]@11|))))))))
(model-add |folio.node[F1]@12|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@11| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= migrate0.newpage@11 #x00)
                                   |folio.refcount[F0]@11|
                                   |folio.refcount[F1]@11|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@11 #x00)
                                |folio.node[F0]@11|
                                |folio.node[F1]@11|))))
           (let ((a!3 (ite (or (not (= migrate0.newpage@11 #x01))
                               (not (= rule@11 #x0e)))
                           |folio.node[F1]@11|
                           a!2)))
           (let ((a!4 (ite (or (not (= rule@11 #x0d))
                               (not (= migrate0.newpage@11 #x01)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@11 #x01))
                               (not (= rule@11 #x08)))
                           a!4
                           a!2)))
             (ite (or (not (= rule@11 #x03)) a!1)
                  a!5
                  (bvadd #x01 (bvmul #xff |folio.node[F0]@11|))))))))
(model-add |page.mapping(shmem)[F1]@12|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= migrate0.newpage@11 #x00)
                                   |folio.refcount[F0]@11|
                                   |folio.refcount[F1]@11|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@11 #x00)
                                |page.mapping(shmem)[F0]@11|
                                |page.mapping(shmem)[F1]@11|))))
           (let ((a!2 (ite (or (not (= migrate0.newpage@11 #x01))
                               (not (= rule@11 #x0e)))
                           |page.mapping(shmem)[F1]@11|
                           a!1)))
           (let ((a!3 (ite (or (not (= rule@11 #x0d))
                               (not (= migrate0.newpage@11 #x01)))
                           a!2
                           a!1)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@11 #x01))
                               (not (= rule@11 #x09)))
                           a!3
                           |page.mapping(shmem)[F0]@11|)))
             (ite (or (not (= migrate0.newpage@11 #x01)) (not (= rule@11 #x08)))
                  a!4
                  a!1))))))
(model-add |PG_swapcache[F1]@12|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= migrate0.newpage@11 #x00)
                                   |folio.refcount[F0]@11|
                                   |folio.refcount[F1]@11|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@11 #x00)
                                |PG_swapcache[F0]@11|
                                |PG_swapcache[F1]@11|))))
           (let ((a!2 (ite (or (not (= migrate0.newpage@11 #x01))
                               (not (= rule@11 #x0e)))
                           |PG_swapcache[F1]@11|
                           a!1)))
           (let ((a!3 (ite (or (not (= rule@11 #x0d))
                               (not (= migrate0.newpage@11 #x01)))
                           a!2
                           a!1)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@11 #x01))
                               (not (= rule@11 #x09)))
                           a!3
                           |PG_swapcache[F0]@11|)))
             (ite (or (not (= migrate0.newpage@11 #x01)) (not (= rule@11 #x08)))
                  a!4
                  a!1))))))
(model-add |PG_dirty[F0]@12|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= migrate0.newpage@11 #x00)
                                   |folio.refcount[F0]@11|
                                   |folio.refcount[F1]@11|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@11 #x00)
                                |PG_dirty[F0]@11|
                                |PG_dirty[F1]@11|))))
           (let ((a!2 (ite (or (not (= rule@11 #x0e))
                               (not (= migrate0.newpage@11 #x00)))
                           (ite (or (= rule@11 #x0e) (= rule@11 #x0f))
                                (ite (= |folio.refcount[F0]@11| #x01)
                                     #x00
                                     |PG_dirty[F0]@11|)
                                |PG_dirty[F0]@11|)
                           a!1)))
           (let ((a!3 (ite (or (not (= rule@11 #x0d))
                               (not (= migrate0.newpage@11 #x00)))
                           a!2
                           a!1)))
           (let ((a!4 (ite (or (not (= rule@11 #x0b))
                               (not (= migrate0.newpage@11 #x00)))
                           (ite (= rule@11 #x0b) #x00 a!3)
                           |PG_dirty[F0]@11|)))
           (let ((a!5 (ite (or (not (= rule@11 #x08))
                               (not (= migrate0.newpage@11 #x00)))
                           a!4
                           a!1)))
             (ite (= rule@11 #x05) #x01 a!5)))))))
(model-add |PG_dirty[F1]@12|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= migrate0.newpage@11 #x00)
                                   |folio.refcount[F0]@11|
                                   |folio.refcount[F1]@11|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@11 #x00)
                                |PG_dirty[F0]@11|
                                |PG_dirty[F1]@11|))))
           (let ((a!2 (ite (or (not (= migrate0.newpage@11 #x01))
                               (not (= rule@11 #x0e)))
                           |PG_dirty[F1]@11|
                           a!1)))
           (let ((a!3 (ite (or (not (= rule@11 #x0d))
                               (not (= migrate0.newpage@11 #x01)))
                           a!2
                           a!1)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@11 #x01))
                               (not (= rule@11 #x0b)))
                           a!3
                           |PG_dirty[F0]@11|)))
             (ite (or (not (= migrate0.newpage@11 #x01)) (not (= rule@11 #x08)))
                  a!4
                  a!1))))))
(model-add |&mm->mmap_lock.writer[P0]@12| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@12| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@12| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av0]@12| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@12| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.writer[shmem]@12| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.writer[swapper_space]@12| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.readers[shmem]@12| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.readers[swapper_space]@12| () (_ BitVec 8) #x00)
(model-add |swap_lock[0]@12| () (_ BitVec 8) #x00)
(model-add |&info->lock[0]@12| () (_ BitVec 8) #x00)
(model-add |lru_lock[0]@12| () (_ BitVec 8) #x00)
(model-add rule@1 () (_ BitVec 8) #x02)
(model-add |folio.data[F0]@11|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@10| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= migrate0.newpage@10 #x00)
                                   |folio.refcount[F0]@10|
                                   |folio.refcount[F1]@10|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@10 #x00)
                                |folio.data[F0]@10|
                                |folio.data[F1]@10|))))
           (let ((a!3 (ite (or (not (= migrate0.newpage@10 #x00))
                               (not (= rule@10 #x0e)))
                           (ite (or (= rule@10 #x0e) (= rule@10 #x0f))
                                (ite (= |folio.refcount[F0]@10| #x01)
                                     #x00
                                     |folio.data[F0]@10|)
                                |folio.data[F0]@10|)
                           a!2)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@10 #x00))
                               (not (= rule@10 #x0d)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@10 #x00))
                               (not (= rule@10 #x0b)))
                           a!4
                           |folio.data[F0]@10|)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@10 #x00))
                               (not (= rule@10 #x08)))
                           a!5
                           a!2)))
             (ite (or (not (= rule@10 #x03)) a!1) a!6 #x00)))))))
(model-add |folio.data[F1]@11|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@10| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= migrate0.newpage@10 #x00)
                                   |folio.refcount[F0]@10|
                                   |folio.refcount[F1]@10|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@10 #x00)
                                |folio.data[F0]@10|
                                |folio.data[F1]@10|))))
           (let ((a!3 (ite (or (not (= migrate0.newpage@10 #x01))
                               (not (= rule@10 #x0e)))
                           |folio.data[F1]@10|
                           a!2)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@10 #x01))
                               (not (= rule@10 #x0d)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@10 #x01))
                               (not (= rule@10 #x0b)))
                           a!4
                           |folio.data[F0]@10|)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@10 #x01))
                               (not (= rule@10 #x08)))
                           a!5
                           a!2)))
             (ite (or (not (= rule@10 #x03)) a!1) a!6 #x00)))))))
(model-add |folio.node[F1]@11|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@10| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= migrate0.newpage@10 #x00)
                                   |folio.refcount[F0]@10|
                                   |folio.refcount[F1]@10|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@10 #x00)
                                |folio.node[F0]@10|
                                |folio.node[F1]@10|))))
           (let ((a!3 (ite (or (not (= migrate0.newpage@10 #x01))
                               (not (= rule@10 #x0e)))
                           |folio.node[F1]@10|
                           a!2)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@10 #x01))
                               (not (= rule@10 #x0d)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@10 #x01))
                               (not (= rule@10 #x08)))
                           a!4
                           a!2)))
             (ite (or (not (= rule@10 #x03)) a!1)
                  a!5
                  (bvadd #x01 (bvmul #xff |folio.node[F0]@10|))))))))
(model-add |PG_dirty[F0]@11|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= migrate0.newpage@10 #x00)
                                   |folio.refcount[F0]@10|
                                   |folio.refcount[F1]@10|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@10 #x00)
                                |PG_dirty[F0]@10|
                                |PG_dirty[F1]@10|))))
           (let ((a!2 (ite (or (not (= migrate0.newpage@10 #x00))
                               (not (= rule@10 #x0e)))
                           (ite (or (= rule@10 #x0e) (= rule@10 #x0f))
                                (ite (= |folio.refcount[F0]@10| #x01)
                                     #x00
                                     |PG_dirty[F0]@10|)
                                |PG_dirty[F0]@10|)
                           a!1)))
           (let ((a!3 (ite (or (not (= migrate0.newpage@10 #x00))
                               (not (= rule@10 #x0d)))
                           a!2
                           a!1)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@10 #x00))
                               (not (= rule@10 #x0b)))
                           (ite (= rule@10 #x0b) #x00 a!3)
                           |PG_dirty[F0]@10|)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@10 #x00))
                               (not (= rule@10 #x08)))
                           a!4
                           a!1)))
             (ite (= rule@10 #x05) #x01 a!5)))))))
(model-add |PG_dirty[F1]@11|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= migrate0.newpage@10 #x00)
                                   |folio.refcount[F0]@10|
                                   |folio.refcount[F1]@10|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@10 #x00)
                                |PG_dirty[F0]@10|
                                |PG_dirty[F1]@10|))))
           (let ((a!2 (ite (or (not (= migrate0.newpage@10 #x01))
                               (not (= rule@10 #x0e)))
                           |PG_dirty[F1]@10|
                           a!1)))
           (let ((a!3 (ite (or (not (= migrate0.newpage@10 #x01))
                               (not (= rule@10 #x0d)))
                           a!2
                           a!1)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@10 #x01))
                               (not (= rule@10 #x0b)))
                           a!3
                           |PG_dirty[F0]@10|)))
             (ite (or (not (= migrate0.newpage@10 #x01)) (not (= rule@10 #x08)))
                  a!4
                  a!1))))))
(model-add |folio.data[F0]@10|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@9| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= migrate0.newpage@9 #x00)
                                   |folio.refcount[F0]@9|
                                   |folio.refcount[F1]@9|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@9 #x00)
                                |folio.data[F0]@9|
                                |folio.data[F1]@9|))))
           (let ((a!3 (ite (or (not (= rule@9 #x0e))
                               (not (= migrate0.newpage@9 #x00)))
                           (ite (or (= rule@9 #x0e) (= rule@9 #x0f))
                                (ite (= |folio.refcount[F0]@9| #x01)
                                     #x00
                                     |folio.data[F0]@9|)
                                |folio.data[F0]@9|)
                           a!2)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@9 #x00))
                               (not (= rule@9 #x0d)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@9 #x00))
                               (not (= rule@9 #x0b)))
                           a!4
                           |folio.data[F0]@9|)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@9 #x00))
                               (not (= rule@9 #x08)))
                           a!5
                           a!2)))
             (ite (or (not (= rule@9 #x03)) a!1) a!6 #x00)))))))
(model-add |folio.data[F1]@10|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@9| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= migrate0.newpage@9 #x00)
                                   |folio.refcount[F0]@9|
                                   |folio.refcount[F1]@9|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@9 #x00)
                                |folio.data[F0]@9|
                                |folio.data[F1]@9|))))
           (let ((a!3 (ite (or (not (= migrate0.newpage@9 #x01))
                               (not (= rule@9 #x0e)))
                           |folio.data[F1]@9|
                           a!2)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@9 #x01))
                               (not (= rule@9 #x0d)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@9 #x01))
                               (not (= rule@9 #x0b)))
                           a!4
                           |folio.data[F0]@9|)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@9 #x01))
                               (not (= rule@9 #x08)))
                           a!5
                           a!2)))
             (ite (or (not (= rule@9 #x03)) a!1) a!6 #x00)))))))
(model-add |PG_dirty[F0]@10|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= migrate0.newpage@9 #x00)
                                   |folio.refcount[F0]@9|
                                   |folio.refcount[F1]@9|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@9 #x00)
                                |PG_dirty[F0]@9|
                                |PG_dirty[F1]@9|))))
           (let ((a!2 (ite (or (not (= rule@9 #x0e))
                               (not (= migrate0.newpage@9 #x00)))
                           (ite (or (= rule@9 #x0e) (= rule@9 #x0f))
                                (ite (= |folio.refcount[F0]@9| #x01)
                                     #x00
                                     |PG_dirty[F0]@9|)
                                |PG_dirty[F0]@9|)
                           a!1)))
           (let ((a!3 (ite (or (not (= migrate0.newpage@9 #x00))
                               (not (= rule@9 #x0d)))
                           a!2
                           a!1)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@9 #x00))
                               (not (= rule@9 #x0b)))
                           (ite (= rule@9 #x0b) #x00 a!3)
                           |PG_dirty[F0]@9|)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@9 #x00))
                               (not (= rule@9 #x08)))
                           a!4
                           a!1)))
             (ite (= rule@9 #x05) #x01 a!5)))))))
(model-add |PG_dirty[F1]@10|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= migrate0.newpage@9 #x00)
                                   |folio.refcount[F0]@9|
                                   |folio.refcount[F1]@9|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@9 #x00)
                                |PG_dirty[F0]@9|
                                |PG_dirty[F1]@9|))))
           (let ((a!2 (ite (or (not (= migrate0.newpage@9 #x01))
                               (not (= rule@9 #x0e)))
                           |PG_dirty[F1]@9|
                           a!1)))
           (let ((a!3 (ite (or (not (= migrate0.newpage@9 #x01))
                               (not (= rule@9 #x0d)))
                           a!2
                           a!1)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@9 #x01))
                               (not (= rule@9 #x0b)))
                           a!3
                           |PG_dirty[F0]@9|)))
             (ite (or (not (= migrate0.newpage@9 #x01)) (not (= rule@9 #x08)))
                  a!4
                  a!1))))))
(model-add |folio.data[F0]@9|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@8| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= migrate0.newpage@8 #x00)
                                   |folio.refcount[F0]@8|
                                   |folio.refcount[F1]@8|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@8 #x00)
                                |folio.data[F0]@8|
                                |folio.data[F1]@8|))))
           (let ((a!3 (ite (or (not (= migrate0.newpage@8 #x00))
                               (not (= rule@8 #x0e)))
                           (ite (or (= rule@8 #x0e) (= rule@8 #x0f))
                                (ite (= |folio.refcount[F0]@8| #x01)
                                     #x00
                                     |folio.data[F0]@8|)
                                |folio.data[F0]@8|)
                           a!2)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@8 #x00))
                               (not (= rule@8 #x0d)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@8 #x00))
                               (not (= rule@8 #x0b)))
                           a!4
                           |folio.data[F0]@8|)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@8 #x00))
                               (not (= rule@8 #x08)))
                           a!5
                           a!2)))
             (ite (or (not (= rule@8 #x03)) a!1) a!6 #x00)))))))
(model-add |folio.data[F1]@9|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@8| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= migrate0.newpage@8 #x00)
                                   |folio.refcount[F0]@8|
                                   |folio.refcount[F1]@8|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@8 #x00)
                                |folio.data[F0]@8|
                                |folio.data[F1]@8|))))
           (let ((a!3 (ite (or (not (= migrate0.newpage@8 #x01))
                               (not (= rule@8 #x0e)))
                           |folio.data[F1]@8|
                           a!2)))
           (let ((a!4 (ite (or (not (= rule@8 #x0d))
                               (not (= migrate0.newpage@8 #x01)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@8 #x01))
                               (not (= rule@8 #x0b)))
                           a!4
                           |folio.data[F0]@8|)))
           (let ((a!6 (ite (or (not (= rule@8 #x08))
                               (not (= migrate0.newpage@8 #x01)))
                           a!5
                           a!2)))
             (ite (or (not (= rule@8 #x03)) a!1) a!6 #x00)))))))
(model-add |PG_dirty[F0]@9|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= migrate0.newpage@8 #x00)
                                   |folio.refcount[F0]@8|
                                   |folio.refcount[F1]@8|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@8 #x00)
                                |PG_dirty[F0]@8|
                                |PG_dirty[F1]@8|))))
           (let ((a!2 (ite (or (not (= migrate0.newpage@8 #x00))
                               (not (= rule@8 #x0e)))
                           (ite (or (= rule@8 #x0e) (= rule@8 #x0f))
                                (ite (= |folio.refcount[F0]@8| #x01)
                                     #x00
                                     |PG_dirty[F0]@8|)
                                |PG_dirty[F0]@8|)
                           a!1)))
           (let ((a!3 (ite (or (not (= migrate0.newpage@8 #x00))
                               (not (= rule@8 #x0d)))
                           a!2
                           a!1)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@8 #x00))
                               (not (= rule@8 #x0b)))
                           (ite (= rule@8 #x0b) #x00 a!3)
                           |PG_dirty[F0]@8|)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@8 #x00))
                               (not (= rule@8 #x08)))
                           a!4
                           a!1)))
             (ite (= rule@8 #x05) #x01 a!5)))))))
(model-add |PG_dirty[F1]@9|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= migrate0.newpage@8 #x00)
                                   |folio.refcount[F0]@8|
                                   |folio.refcount[F1]@8|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@8 #x00)
                                |PG_dirty[F0]@8|
                                |PG_dirty[F1]@8|))))
           (let ((a!2 (ite (or (not (= migrate0.newpage@8 #x01))
                               (not (= rule@8 #x0e)))
                           |PG_dirty[F1]@8|
                           a!1)))
           (let ((a!3 (ite (or (not (= rule@8 #x0d))
                               (not (= migrate0.newpage@8 #x01)))
                           a!2
                           a!1)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@8 #x01))
                               (not (= rule@8 #x0b)))
                           a!3
                           |PG_dirty[F0]@8|)))
             (ite (or (not (= rule@8 #x08)) (not (= migrate0.newpage@8 #x01)))
                  a!4
                  a!1))))))
(model-add |folio.data[F0]@8|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@7| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= migrate0.newpage@7 #x00)
                                   |folio.refcount[F0]@7|
                                   |folio.refcount[F1]@7|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@7 #x00)
                                |folio.data[F0]@7|
                                |folio.data[F1]@7|))))
           (let ((a!3 (ite (or (not (= rule@7 #x0e))
                               (not (= migrate0.newpage@7 #x00)))
                           (ite (or (= rule@7 #x0e) (= rule@7 #x0f))
                                (ite (= |folio.refcount[F0]@7| #x01)
                                     #x00
                                     |folio.data[F0]@7|)
                                |folio.data[F0]@7|)
                           a!2)))
           (let ((a!4 (ite (or (not (= rule@7 #x0d))
                               (not (= migrate0.newpage@7 #x00)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@7 #x00))
                               (not (= rule@7 #x0b)))
                           a!4
                           |folio.data[F0]@7|)))
           (let ((a!6 (ite (or (not (= rule@7 #x08))
                               (not (= migrate0.newpage@7 #x00)))
                           a!5
                           a!2)))
             (ite (or (not (= rule@7 #x03)) a!1) a!6 #x00)))))))
(model-add |folio.data[F1]@8|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@7| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= migrate0.newpage@7 #x00)
                                   |folio.refcount[F0]@7|
                                   |folio.refcount[F1]@7|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@7 #x00)
                                |folio.data[F0]@7|
                                |folio.data[F1]@7|))))
           (let ((a!3 (ite (or (not (= migrate0.newpage@7 #x01))
                               (not (= rule@7 #x0e)))
                           |folio.data[F1]@7|
                           a!2)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@7 #x01))
                               (not (= rule@7 #x0d)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@7 #x01))
                               (not (= rule@7 #x0b)))
                           a!4
                           |folio.data[F0]@7|)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@7 #x01))
                               (not (= rule@7 #x08)))
                           a!5
                           a!2)))
             (ite (or (not (= rule@7 #x03)) a!1) a!6 #x00)))))))
(model-add |PG_dirty[F0]@8|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= migrate0.newpage@7 #x00)
                                   |folio.refcount[F0]@7|
                                   |folio.refcount[F1]@7|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@7 #x00)
                                |PG_dirty[F0]@7|
                                |PG_dirty[F1]@7|))))
           (let ((a!2 (ite (or (not (= rule@7 #x0e))
                               (not (= migrate0.newpage@7 #x00)))
                           (ite (or (= rule@7 #x0e) (= rule@7 #x0f))
                                (ite (= |folio.refcount[F0]@7| #x01)
                                     #x00
                                     |PG_dirty[F0]@7|)
                                |PG_dirty[F0]@7|)
                           a!1)))
           (let ((a!3 (ite (or (not (= rule@7 #x0d))
                               (not (= migrate0.newpage@7 #x00)))
                           a!2
                           a!1)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@7 #x00))
                               (not (= rule@7 #x0b)))
                           (ite (= rule@7 #x0b) #x00 a!3)
                           |PG_dirty[F0]@7|)))
           (let ((a!5 (ite (or (not (= rule@7 #x08))
                               (not (= migrate0.newpage@7 #x00)))
                           a!4
                           a!1)))
             (ite (= rule@7 #x05) #x01 a!5)))))))
(model-add |PG_dirty[F1]@8|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= migrate0.newpage@7 #x00)
                                   |folio.refcount[F0]@7|
                                   |folio.refcount[F1]@7|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@7 #x00)
                                |PG_dirty[F0]@7|
                                |PG_dirty[F1]@7|))))
           (let ((a!2 (ite (or (not (= migrate0.newpage@7 #x01))
                               (not (= rule@7 #x0e)))
                           |PG_dirty[F1]@7|
                           a!1)))
           (let ((a!3 (ite (or (not (= migrate0.newpage@7 #x01))
                               (not (= rule@7 #x0d)))
                           a!2
                           a!1)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@7 #x01))
                               (not (= rule@7 #x0b)))
                           a!3
                           |PG_dirty[F0]@7|)))
             (ite (or (not (= migrate0.newpage@7 #x01)) (not (= rule@7 #x08)))
                  a!4
                  a!1))))))
(model-add |folio.data[F0]@7|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@6| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= migrate0.newpage@6 #x00)
                                   |folio.refcount[F0]@6|
                                   |folio.refcount[F1]@6|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@6 #x00)
                                |folio.data[F0]@6|
                                |folio.data[F1]@6|))))
           (let ((a!3 (ite (or (not (= rule@6 #x0e))
                               (not (= migrate0.newpage@6 #x00)))
                           (ite (or (= rule@6 #x0e) (= rule@6 #x0f))
                                (ite (= |folio.refcount[F0]@6| #x01)
                                     #x00
                                     |folio.data[F0]@6|)
                                |folio.data[F0]@6|)
                           a!2)))
           (let ((a!4 (ite (or (not (= rule@6 #x0d))
                               (not (= migrate0.newpage@6 #x00)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= rule@6 #x0b))
                               (not (= migrate0.newpage@6 #x00)))
                           a!4
                           |folio.data[F0]@6|)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@6 #x00))
                               (not (= rule@6 #x08)))
                           a!5
                           a!2)))
             (ite (or (not (= rule@6 #x03)) a!1) a!6 #x00)))))))
(model-add |folio.data[F1]@7|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@6| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= migrate0.newpage@6 #x00)
                                   |folio.refcount[F0]@6|
                                   |folio.refcount[F1]@6|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@6 #x00)
                                |folio.data[F0]@6|
                                |folio.data[F1]@6|))))
           (let ((a!3 (ite (or (not (= rule@6 #x0e))
                               (not (= migrate0.newpage@6 #x01)))
                           |folio.data[F1]@6|
                           a!2)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@6 #x01))
                               (not (= rule@6 #x0d)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= rule@6 #x0b))
                               (not (= migrate0.newpage@6 #x01)))
                           a!4
                           |folio.data[F0]@6|)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@6 #x01))
                               (not (= rule@6 #x08)))
                           a!5
                           a!2)))
             (ite (or (not (= rule@6 #x03)) a!1) a!6 #x00)))))))
(model-add |PG_dirty[F0]@7|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= migrate0.newpage@6 #x00)
                                   |folio.refcount[F0]@6|
                                   |folio.refcount[F1]@6|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@6 #x00)
                                |PG_dirty[F0]@6|
                                |PG_dirty[F1]@6|))))
           (let ((a!2 (ite (or (not (= rule@6 #x0e))
                               (not (= migrate0.newpage@6 #x00)))
                           (ite (or (= rule@6 #x0e) (= rule@6 #x0f))
                                (ite (= |folio.refcount[F0]@6| #x01)
                                     #x00
                                     |PG_dirty[F0]@6|)
                                |PG_dirty[F0]@6|)
                           a!1)))
           (let ((a!3 (ite (or (not (= rule@6 #x0d))
                               (not (= migrate0.newpage@6 #x00)))
                           a!2
                           a!1)))
           (let ((a!4 (ite (or (not (= rule@6 #x0b))
                               (not (= migrate0.newpage@6 #x00)))
                           (ite (= rule@6 #x0b) #x00 a!3)
                           |PG_dirty[F0]@6|)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@6 #x00))
                               (not (= rule@6 #x08)))
                           a!4
                           a!1)))
             (ite (= rule@6 #x05) #x01 a!5)))))))
(model-add |PG_dirty[F1]@7|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= migrate0.newpage@6 #x00)
                                   |folio.refcount[F0]@6|
                                   |folio.refcount[F1]@6|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@6 #x00)
                                |PG_dirty[F0]@6|
                                |PG_dirty[F1]@6|))))
           (let ((a!2 (ite (or (not (= rule@6 #x0e))
                               (not (= migrate0.newpage@6 #x01)))
                           |PG_dirty[F1]@6|
                           a!1)))
           (let ((a!3 (ite (or (not (= migrate0.newpage@6 #x01))
                               (not (= rule@6 #x0d)))
                           a!2
                           a!1)))
           (let ((a!4 (ite (or (not (= rule@6 #x0b))
                               (not (= migrate0.newpage@6 #x01)))
                           a!3
                           |PG_dirty[F0]@6|)))
             (ite (or (not (= migrate0.newpage@6 #x01)) (not (= rule@6 #x08)))
                  a!4
                  a!1))))))
(model-add |folio.data[F0]@6|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@5| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= migrate0.newpage@5 #x00)
                                   |folio.refcount[F0]@5|
                                   |folio.refcount[F1]@5|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@5 #x00)
                                |folio.data[F0]@5|
                                |folio.data[F1]@5|))))
           (let ((a!3 (ite (or (not (= migrate0.newpage@5 #x00))
                               (not (= rule@5 #x0e)))
                           (ite (or (= rule@5 #x0e) (= rule@5 #x0f))
                                (ite (= |folio.refcount[F0]@5| #x01)
                                     #x00
                                     |folio.data[F0]@5|)
                                |folio.data[F0]@5|)
                           a!2)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@5 #x00))
                               (not (= rule@5 #x0d)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@5 #x00))
                               (not (= rule@5 #x0b)))
                           a!4
                           |folio.data[F0]@5|)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@5 #x00))
                               (not (= rule@5 #x08)))
                           a!5
                           a!2)))
             (ite (or (not (= rule@5 #x03)) a!1) a!6 #x00)))))))
(model-add |folio.data[F1]@6|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@5| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= migrate0.newpage@5 #x00)
                                   |folio.refcount[F0]@5|
                                   |folio.refcount[F1]@5|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@5 #x00)
                                |folio.data[F0]@5|
                                |folio.data[F1]@5|))))
           (let ((a!3 (ite (or (not (= migrate0.newpage@5 #x01))
                               (not (= rule@5 #x0e)))
                           |folio.data[F1]@5|
                           a!2)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@5 #x01))
                               (not (= rule@5 #x0d)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@5 #x01))
                               (not (= rule@5 #x0b)))
                           a!4
                           |folio.data[F0]@5|)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@5 #x01))
                               (not (= rule@5 #x08)))
                           a!5
                           a!2)))
             (ite (or (not (= rule@5 #x03)) a!1) a!6 #x00)))))))
(model-add |PG_dirty[F0]@6|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= migrate0.newpage@5 #x00)
                                   |folio.refcount[F0]@5|
                                   |folio.refcount[F1]@5|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@5 #x00)
                                |PG_dirty[F0]@5|
                                |PG_dirty[F1]@5|))))
           (let ((a!2 (ite (or (not (= migrate0.newpage@5 #x00))
                               (not (= rule@5 #x0e)))
                           (ite (or (= rule@5 #x0e) (= rule@5 #x0f))
                                (ite (= |folio.refcount[F0]@5| #x01)
                                     #x00
                                     |PG_dirty[F0]@5|)
                                |PG_dirty[F0]@5|)
                           a!1)))
           (let ((a!3 (ite (or (not (= migrate0.newpage@5 #x00))
                               (not (= rule@5 #x0d)))
                           a!2
                           a!1)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@5 #x00))
                               (not (= rule@5 #x0b)))
                           (ite (= rule@5 #x0b) #x00 a!3)
                           |PG_dirty[F0]@5|)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@5 #x00))
                               (not (= rule@5 #x08)))
                           a!4
                           a!1)))
             (ite (= rule@5 #x05) #x01 a!5)))))))
(model-add |PG_dirty[F1]@6|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= migrate0.newpage@5 #x00)
                                   |folio.refcount[F0]@5|
                                   |folio.refcount[F1]@5|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@5 #x00)
                                |PG_dirty[F0]@5|
                                |PG_dirty[F1]@5|))))
           (let ((a!2 (ite (or (not (= migrate0.newpage@5 #x01))
                               (not (= rule@5 #x0e)))
                           |PG_dirty[F1]@5|
                           a!1)))
           (let ((a!3 (ite (or (not (= migrate0.newpage@5 #x01))
                               (not (= rule@5 #x0d)))
                           a!2
                           a!1)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@5 #x01))
                               (not (= rule@5 #x0b)))
                           a!3
                           |PG_dirty[F0]@5|)))
             (ite (or (not (= migrate0.newpage@5 #x01)) (not (= rule@5 #x08)))
                  a!4
                  a!1))))))
(model-add |folio.data[F0]@5|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@4| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= migrate0.newpage@4 #x00)
                                   |folio.refcount[F0]@4|
                                   |folio.refcount[F1]@4|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@4 #x00)
                                |folio.data[F0]@4|
                                |folio.data[F1]@4|))))
           (let ((a!3 (ite (or (not (= migrate0.newpage@4 #x00))
                               (not (= rule@4 #x0e)))
                           (ite (or (= rule@4 #x0e) (= rule@4 #x0f))
                                (ite (= |folio.refcount[F0]@4| #x01)
                                     #x00
                                     |folio.data[F0]@4|)
                                |folio.data[F0]@4|)
                           a!2)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@4 #x00))
                               (not (= rule@4 #x0d)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@4 #x00))
                               (not (= rule@4 #x0b)))
                           a!4
                           |folio.data[F0]@4|)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@4 #x00))
                               (not (= rule@4 #x08)))
                           a!5
                           a!2)))
             (ite (or (not (= rule@4 #x03)) a!1) a!6 #x00)))))))
(model-add |folio.data[F1]@5|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@4| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= migrate0.newpage@4 #x00)
                                   |folio.refcount[F0]@4|
                                   |folio.refcount[F1]@4|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@4 #x00)
                                |folio.data[F0]@4|
                                |folio.data[F1]@4|))))
           (let ((a!3 (ite (or (not (= rule@4 #x0e))
                               (not (= migrate0.newpage@4 #x01)))
                           |folio.data[F1]@4|
                           a!2)))
           (let ((a!4 (ite (or (not (= rule@4 #x0d))
                               (not (= migrate0.newpage@4 #x01)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= rule@4 #x0b))
                               (not (= migrate0.newpage@4 #x01)))
                           a!4
                           |folio.data[F0]@4|)))
           (let ((a!6 (ite (or (not (= rule@4 #x08))
                               (not (= migrate0.newpage@4 #x01)))
                           a!5
                           a!2)))
             (ite (or (not (= rule@4 #x03)) a!1) a!6 #x00)))))))
(model-add |PG_dirty[F0]@5|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= migrate0.newpage@4 #x00)
                                   |folio.refcount[F0]@4|
                                   |folio.refcount[F1]@4|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@4 #x00)
                                |PG_dirty[F0]@4|
                                |PG_dirty[F1]@4|))))
           (let ((a!2 (ite (or (not (= migrate0.newpage@4 #x00))
                               (not (= rule@4 #x0e)))
                           (ite (or (= rule@4 #x0e) (= rule@4 #x0f))
                                (ite (= |folio.refcount[F0]@4| #x01)
                                     #x00
                                     |PG_dirty[F0]@4|)
                                |PG_dirty[F0]@4|)
                           a!1)))
           (let ((a!3 (ite (or (not (= migrate0.newpage@4 #x00))
                               (not (= rule@4 #x0d)))
                           a!2
                           a!1)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@4 #x00))
                               (not (= rule@4 #x0b)))
                           (ite (= rule@4 #x0b) #x00 a!3)
                           |PG_dirty[F0]@4|)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@4 #x00))
                               (not (= rule@4 #x08)))
                           a!4
                           a!1)))
             (ite (= rule@4 #x05) #x01 a!5)))))))
(model-add |PG_dirty[F1]@5|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= migrate0.newpage@4 #x00)
                                   |folio.refcount[F0]@4|
                                   |folio.refcount[F1]@4|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@4 #x00)
                                |PG_dirty[F0]@4|
                                |PG_dirty[F1]@4|))))
           (let ((a!2 (ite (or (not (= rule@4 #x0e))
                               (not (= migrate0.newpage@4 #x01)))
                           |PG_dirty[F1]@4|
                           a!1)))
           (let ((a!3 (ite (or (not (= rule@4 #x0d))
                               (not (= migrate0.newpage@4 #x01)))
                           a!2
                           a!1)))
           (let ((a!4 (ite (or (not (= rule@4 #x0b))
                               (not (= migrate0.newpage@4 #x01)))
                           a!3
                           |PG_dirty[F0]@4|)))
             (ite (or (not (= rule@4 #x08)) (not (= migrate0.newpage@4 #x01)))
                  a!4
                  a!1))))))
(model-add |folio.data[F0]@4|
           ()
           (_ BitVec 8)
           (ite (or (= rule@3 #x0e) (= rule@3 #x0f))
                (ite (= |folio.refcount[F0]@3| #x01) #x00 #x01)
                #x01))
(model-add |folio.data[F1]@4|
           ()
           (_ BitVec 8)
           (ite (or (= rule@3 #x03) (= rule@3 #x08))
                #x00
                (ite (= rule@3 #x0b) #x01 #x00)))
(model-add |PG_dirty[F0]@4|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= rule@3 #x0b)
                           #x00
                           (ite (or (= rule@3 #x0e) (= rule@3 #x0f))
                                (ite (= |folio.refcount[F0]@3| #x01)
                                     #x00
                                     |PG_dirty[F0]@3|)
                                |PG_dirty[F0]@3|))))
             (ite (= rule@3 #x05) #x01 a!1)))
(model-add |PG_dirty[F1]@4|
           ()
           (_ BitVec 8)
           (ite (= rule@3 #x08)
                #x00
                (ite (= rule@3 #x0b) |PG_dirty[F0]@3| #x00)))
(model-add |PG_dirty[F0]@3| () (_ BitVec 8) (ite (= rule@2 #x0b) #x00 #x01))
(check-sat)
