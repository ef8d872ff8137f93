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
(declare-fun fault0.pc@0 () (_ BitVec 8))
(declare-fun fault0.page@0 () (_ BitVec 8))
(declare-fun fault0.from_swap@0 () (_ BitVec 8))
(declare-fun kswapd0.pc@0 () (_ BitVec 8))
(declare-fun kswapd0.isolated@0 () (_ BitVec 8))
(declare-fun |alive[P0]@1| () (_ BitVec 8))
(declare-fun |pte[P0][0]@1| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@1| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@1| () (_ BitVec 8))
(declare-fun |expected[P0][0]@1| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@1| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@1| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@1| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@1| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@1| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@1| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@1| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@1| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@1| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@1| () (_ BitVec 8))
(declare-fun |folio.index[F0]@1| () (_ BitVec 8))
(declare-fun |folio.index[F1]@1| () (_ BitVec 8))
(declare-fun |folio.data[F1]@1| () (_ BitVec 8))
(declare-fun |folio.node[F0]@1| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@1| () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@1| () (_ BitVec 8))
(declare-fun |PG_dirty[F1]@1| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@1| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@1| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@1| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@1| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@1| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.writer[shmem]@1| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.writer[swapper_space]@1| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.readers[shmem]@1| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.readers[swapper_space]@1| () (_ BitVec 8))
(declare-fun |swap_lock[0]@1| () (_ BitVec 8))
(declare-fun |&info->lock[0]@1| () (_ BitVec 8))
(declare-fun |lru_lock[0]@1| () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@1 () (_ BitVec 8))
(declare-fun |alive[P0]@2| () (_ BitVec 8))
(declare-fun |pte[P0][0]@2| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@2| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@2| () (_ BitVec 8))
(declare-fun |expected[P0][0]@2| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@2| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@2| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@2| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@2| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@2| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@2| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@2| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@2| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@2| () (_ BitVec 8))
(declare-fun |folio.index[F0]@2| () (_ BitVec 8))
(declare-fun |folio.index[F1]@2| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@2| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@2| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@2| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@2| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@2| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.writer[shmem]@2| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.writer[swapper_space]@2| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.readers[shmem]@2| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.readers[swapper_space]@2| () (_ BitVec 8))
(declare-fun |swap_lock[0]@2| () (_ BitVec 8))
(declare-fun |&info->lock[0]@2| () (_ BitVec 8))
(declare-fun |lru_lock[0]@2| () (_ BitVec 8))
(declare-fun |alive[P0]@3| () (_ BitVec 8))
(declare-fun |pte[P0][0]@3| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@3| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@3| () (_ BitVec 8))
(declare-fun |expected[P0][0]@3| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@3| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@3| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@3| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@3| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@3| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@3| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@3| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@3| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@3| () (_ BitVec 8))
(declare-fun |folio.index[F0]@3| () (_ BitVec 8))
(declare-fun |folio.index[F1]@3| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@3| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@3| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@3| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@3| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@3| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.writer[shmem]@3| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.writer[swapper_space]@3| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.readers[shmem]@3| () (_ BitVec 8))
(declare-fun |&mapping->tree_lock.readers[swapper_space]@3| () (_ BitVec 8))
(declare-fun |swap_lock[0]@3| () (_ BitVec 8))
(declare-fun |&info->lock[0]@3| () (_ BitVec 8))
(declare-fun |lru_lock[0]@3| () (_ BitVec 8))
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
(declare-fun |PG_anon_exclusive[F0]@4| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@4| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@4| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@4| () (_ BitVec 8))
(declare-fun |folio.index[F0]@4| () (_ BitVec 8))
(declare-fun |folio.index[F1]@4| () (_ BitVec 8))
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
(declare-fun |folio.node[F0]@12| () (_ BitVec 8))
(declare-fun |folio.node[F0]@11| () (_ BitVec 8))
(declare-fun |folio.node[F1]@11| () (_ BitVec 8))
(declare-fun migrate0.newpage@11 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@11| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@11| () (_ BitVec 8))
(declare-fun fault0.page@11 () (_ BitVec 8))
(declare-fun rule@11 () (_ BitVec 8))
(declare-fun |folio.used[F0]@11| () (_ BitVec 8))
(declare-fun |folio.node[F1]@12| () (_ BitVec 8))
(declare-fun |PG_dirty[F1]@12| () (_ BitVec 8))
(declare-fun |PG_dirty[F1]@11| () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@11| () (_ BitVec 8))
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
(declare-fun |folio.node[F0]@10| () (_ BitVec 8))
(declare-fun |folio.node[F1]@10| () (_ BitVec 8))
(declare-fun migrate0.newpage@10 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@10| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@10| () (_ BitVec 8))
(declare-fun fault0.page@10 () (_ BitVec 8))
(declare-fun rule@10 () (_ BitVec 8))
(declare-fun |folio.used[F0]@10| () (_ BitVec 8))
(declare-fun kswapd0.isolated@1 () (_ BitVec 8))
(declare-fun kswapd0.pc@1 () (_ BitVec 8))
(declare-fun fault0.from_swap@1 () (_ BitVec 8))
(declare-fun fault0.page@1 () (_ BitVec 8))
(declare-fun fault0.pc@1 () (_ BitVec 8))
(declare-fun migrate0.pass@1 () (_ BitVec 8))
(declare-fun migrate0.ok@1 () (_ BitVec 8))
(declare-fun migrate0.newpage@1 () (_ BitVec 8))
(declare-fun migrate0.isolated@1 () (_ BitVec 8))
(declare-fun migrate0.pc@1 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@1| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@1| () (_ BitVec 8))
(declare-fun swapper_space.i_pages@1 () (_ BitVec 8))
(declare-fun shmem.i_pages@1 () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@1| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@1| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@1| () (_ BitVec 8))
(declare-fun |folio.node[F1]@1| () (_ BitVec 8))
(declare-fun |folio.data[F0]@1| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@1| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@1| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@1| () (_ BitVec 8))
(declare-fun |folio.used[F1]@1| () (_ BitVec 8))
(declare-fun |folio.used[F0]@1| () (_ BitVec 8))
(declare-fun rule@0 () (_ BitVec 8))
(declare-fun kswapd0.isolated@2 () (_ BitVec 8))
(declare-fun kswapd0.pc@2 () (_ BitVec 8))
(declare-fun fault0.from_swap@2 () (_ BitVec 8))
(declare-fun fault0.page@2 () (_ BitVec 8))
(declare-fun fault0.pc@2 () (_ BitVec 8))
(declare-fun migrate0.pass@2 () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@2 () (_ BitVec 8))
(declare-fun migrate0.ok@2 () (_ BitVec 8))
(declare-fun migrate0.newpage@2 () (_ BitVec 8))
(declare-fun migrate0.isolated@2 () (_ BitVec 8))
(declare-fun migrate0.pc@2 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@2| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@2| () (_ BitVec 8))
(declare-fun swapper_space.i_pages@2 () (_ BitVec 8))
(declare-fun shmem.i_pages@2 () (_ BitVec 8))
(declare-fun |PG_dirty[F1]@2| () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@2| () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@2| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@2| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@2| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@2| () (_ BitVec 8))
(declare-fun |folio.node[F1]@2| () (_ BitVec 8))
(declare-fun |folio.node[F0]@2| () (_ BitVec 8))
(declare-fun |folio.data[F1]@2| () (_ BitVec 8))
(declare-fun |folio.data[F0]@2| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@2| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@2| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@2| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@2| () (_ BitVec 8))
(declare-fun |folio.used[F1]@2| () (_ BitVec 8))
(declare-fun |folio.used[F0]@2| () (_ BitVec 8))
(declare-fun rule@1 () (_ BitVec 8))
(declare-fun kswapd0.isolated@3 () (_ BitVec 8))
(declare-fun kswapd0.pc@3 () (_ BitVec 8))
(declare-fun fault0.from_swap@3 () (_ BitVec 8))
(declare-fun fault0.page@3 () (_ BitVec 8))
(declare-fun fault0.pc@3 () (_ BitVec 8))
(declare-fun migrate0.pass@3 () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@3 () (_ BitVec 8))
(declare-fun migrate0.ok@3 () (_ BitVec 8))
(declare-fun migrate0.newpage@3 () (_ BitVec 8))
(declare-fun migrate0.isolated@3 () (_ BitVec 8))
(declare-fun migrate0.pc@3 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@3| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@3| () (_ BitVec 8))
(declare-fun swapper_space.i_pages@3 () (_ BitVec 8))
(declare-fun shmem.i_pages@3 () (_ BitVec 8))
(declare-fun |PG_dirty[F1]@3| () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@3| () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@3| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@3| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@3| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@3| () (_ BitVec 8))
(declare-fun |folio.node[F1]@3| () (_ BitVec 8))
(declare-fun |folio.node[F0]@3| () (_ BitVec 8))
(declare-fun |folio.data[F1]@3| () (_ BitVec 8))
(declare-fun |folio.data[F0]@3| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@3| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@3| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@3| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@3| () (_ BitVec 8))
(declare-fun |folio.used[F1]@3| () (_ BitVec 8))
(declare-fun |folio.used[F0]@3| () (_ BitVec 8))
(declare-fun rule@2 () (_ BitVec 8))
(declare-fun kswapd0.isolated@4 () (_ BitVec 8))
(declare-fun kswapd0.pc@4 () (_ BitVec 8))
(declare-fun fault0.from_swap@4 () (_ BitVec 8))
(declare-fun fault0.page@4 () (_ BitVec 8))
(declare-fun fault0.pc@4 () (_ BitVec 8))
(declare-fun migrate0.pass@4 () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@4 () (_ BitVec 8))
(declare-fun migrate0.ok@4 () (_ BitVec 8))
(declare-fun migrate0.newpage@4 () (_ BitVec 8))
(declare-fun migrate0.isolated@4 () (_ BitVec 8))
(declare-fun migrate0.pc@4 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@4| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@4| () (_ BitVec 8))
(declare-fun swapper_space.i_pages@4 () (_ BitVec 8))
(declare-fun shmem.i_pages@4 () (_ BitVec 8))
(declare-fun |PG_dirty[F1]@4| () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@4| () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@4| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@4| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@4| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@4| () (_ BitVec 8))
(declare-fun |folio.node[F1]@4| () (_ BitVec 8))
(declare-fun |folio.node[F0]@4| () (_ BitVec 8))
(declare-fun |folio.data[F1]@4| () (_ BitVec 8))
(declare-fun |folio.data[F0]@4| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@4| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@4| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@4| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@4| () (_ BitVec 8))
(declare-fun |folio.used[F1]@4| () (_ BitVec 8))
(declare-fun |folio.used[F0]@4| () (_ BitVec 8))
(declare-fun rule@3 () (_ BitVec 8))
(declare-fun kswapd0.isolated@5 () (_ BitVec 8))
(declare-fun kswapd0.pc@5 () (_ BitVec 8))
(declare-fun fault0.from_swap@5 () (_ BitVec 8))
(declare-fun fault0.page@5 () (_ BitVec 8))
(declare-fun fault0.pc@5 () (_ BitVec 8))
(declare-fun migrate0.pass@5 () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@5 () (_ BitVec 8))
(declare-fun migrate0.ok@5 () (_ BitVec 8))
(declare-fun migrate0.newpage@5 () (_ BitVec 8))
(declare-fun migrate0.isolated@5 () (_ BitVec 8))
(declare-fun migrate0.pc@5 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@5| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@5| () (_ BitVec 8))
(declare-fun swapper_space.i_pages@5 () (_ BitVec 8))
(declare-fun shmem.i_pages@5 () (_ BitVec 8))
(declare-fun |PG_dirty[F1]@5| () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@5| () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@5| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@5| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@5| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@5| () (_ BitVec 8))
(declare-fun |folio.node[F1]@5| () (_ BitVec 8))
(declare-fun |folio.node[F0]@5| () (_ BitVec 8))
(declare-fun |folio.data[F1]@5| () (_ BitVec 8))
(declare-fun |folio.data[F0]@5| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@5| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@5| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@5| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@5| () (_ BitVec 8))
(declare-fun |folio.used[F1]@5| () (_ BitVec 8))
(declare-fun |folio.used[F0]@5| () (_ BitVec 8))
(declare-fun rule@4 () (_ BitVec 8))
(declare-fun kswapd0.isolated@6 () (_ BitVec 8))
(declare-fun kswapd0.pc@6 () (_ BitVec 8))
(declare-fun fault0.from_swap@6 () (_ BitVec 8))
(declare-fun fault0.page@6 () (_ BitVec 8))
(declare-fun fault0.pc@6 () (_ BitVec 8))
(declare-fun migrate0.pass@6 () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@6 () (_ BitVec 8))
(declare-fun migrate0.ok@6 () (_ BitVec 8))
(declare-fun migrate0.newpage@6 () (_ BitVec 8))
(declare-fun migrate0.isolated@6 () (_ BitVec 8))
(declare-fun migrate0.pc@6 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@6| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@6| () (_ BitVec 8))
(declare-fun swapper_space.i_pages@6 () (_ BitVec 8))
(declare-fun shmem.i_pages@6 () (_ BitVec 8))
(declare-fun |PG_dirty[F1]@6| () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@6| () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@6| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@6| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@6| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@6| () (_ BitVec 8))
(declare-fun |folio.node[F1]@6| () (_ BitVec 8))
(declare-fun |folio.node[F0]@6| () (_ BitVec 8))
(declare-fun |folio.data[F1]@6| () (_ BitVec 8))
(declare-fun |folio.data[F0]@6| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@6| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@6| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@6| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@6| () (_ BitVec 8))
(declare-fun |folio.used[F1]@6| () (_ BitVec 8))
(declare-fun |folio.used[F0]@6| () (_ BitVec 8))
(declare-fun rule@5 () (_ BitVec 8))
(declare-fun kswapd0.isolated@7 () (_ BitVec 8))
(declare-fun kswapd0.pc@7 () (_ BitVec 8))
(declare-fun fault0.from_swap@7 () (_ BitVec 8))
(declare-fun fault0.page@7 () (_ BitVec 8))
(declare-fun fault0.pc@7 () (_ BitVec 8))
(declare-fun migrate0.pass@7 () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@7 () (_ BitVec 8))
(declare-fun migrate0.ok@7 () (_ BitVec 8))
(declare-fun migrate0.newpage@7 () (_ BitVec 8))
(declare-fun migrate0.isolated@7 () (_ BitVec 8))
(declare-fun migrate0.pc@7 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@7| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@7| () (_ BitVec 8))
(declare-fun swapper_space.i_pages@7 () (_ BitVec 8))
(declare-fun shmem.i_pages@7 () (_ BitVec 8))
(declare-fun |PG_dirty[F1]@7| () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@7| () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@7| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@7| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@7| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@7| () (_ BitVec 8))
(declare-fun |folio.node[F1]@7| () (_ BitVec 8))
(declare-fun |folio.node[F0]@7| () (_ BitVec 8))
(declare-fun |folio.data[F1]@7| () (_ BitVec 8))
(declare-fun |folio.data[F0]@7| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@7| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@7| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@7| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@7| () (_ BitVec 8))
(declare-fun |folio.used[F1]@7| () (_ BitVec 8))
(declare-fun |folio.used[F0]@7| () (_ BitVec 8))
(declare-fun rule@6 () (_ BitVec 8))
(declare-fun kswapd0.isolated@8 () (_ BitVec 8))
(declare-fun kswapd0.pc@8 () (_ BitVec 8))
(declare-fun fault0.from_swap@8 () (_ BitVec 8))
(declare-fun fault0.page@8 () (_ BitVec 8))
(declare-fun fault0.pc@8 () (_ BitVec 8))
(declare-fun migrate0.pass@8 () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@8 () (_ BitVec 8))
(declare-fun migrate0.ok@8 () (_ BitVec 8))
(declare-fun migrate0.newpage@8 () (_ BitVec 8))
(declare-fun migrate0.isolated@8 () (_ BitVec 8))
(declare-fun migrate0.pc@8 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@8| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@8| () (_ BitVec 8))
(declare-fun swapper_space.i_pages@8 () (_ BitVec 8))
(declare-fun shmem.i_pages@8 () (_ BitVec 8))
(declare-fun |PG_dirty[F1]@8| () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@8| () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@8| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@8| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@8| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@8| () (_ BitVec 8))
(declare-fun |folio.node[F1]@8| () (_ BitVec 8))
(declare-fun |folio.node[F0]@8| () (_ BitVec 8))
(declare-fun |folio.data[F1]@8| () (_ BitVec 8))
(declare-fun |folio.data[F0]@8| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@8| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@8| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@8| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@8| () (_ BitVec 8))
(declare-fun |folio.used[F1]@8| () (_ BitVec 8))
(declare-fun |folio.used[F0]@8| () (_ BitVec 8))
(declare-fun rule@7 () (_ BitVec 8))
(declare-fun kswapd0.isolated@9 () (_ BitVec 8))
(declare-fun kswapd0.pc@9 () (_ BitVec 8))
(declare-fun fault0.from_swap@9 () (_ BitVec 8))
(declare-fun fault0.page@9 () (_ BitVec 8))
(declare-fun fault0.pc@9 () (_ BitVec 8))
(declare-fun migrate0.pass@9 () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@9 () (_ BitVec 8))
(declare-fun migrate0.ok@9 () (_ BitVec 8))
(declare-fun migrate0.newpage@9 () (_ BitVec 8))
(declare-fun migrate0.isolated@9 () (_ BitVec 8))
(declare-fun migrate0.pc@9 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@9| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@9| () (_ BitVec 8))
(declare-fun swapper_space.i_pages@9 () (_ BitVec 8))
(declare-fun shmem.i_pages@9 () (_ BitVec 8))
(declare-fun |PG_dirty[F1]@9| () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@9| () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@9| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@9| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@9| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@9| () (_ BitVec 8))
(declare-fun |folio.node[F1]@9| () (_ BitVec 8))
(declare-fun |folio.node[F0]@9| () (_ BitVec 8))
(declare-fun |folio.data[F1]@9| () (_ BitVec 8))
(declare-fun |folio.data[F0]@9| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@9| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@9| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@9| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@9| () (_ BitVec 8))
(declare-fun |folio.used[F1]@9| () (_ BitVec 8))
(declare-fun |folio.used[F0]@9| () (_ BitVec 8))
(declare-fun rule@8 () (_ BitVec 8))
(declare-fun kswapd0.isolated@10 () (_ BitVec 8))
(declare-fun kswapd0.pc@10 () (_ BitVec 8))
(declare-fun fault0.from_swap@10 () (_ BitVec 8))
(declare-fun fault0.pc@10 () (_ BitVec 8))
(declare-fun migrate0.pass@10 () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@10 () (_ BitVec 8))
(declare-fun migrate0.ok@10 () (_ BitVec 8))
(declare-fun migrate0.isolated@10 () (_ BitVec 8))
(declare-fun migrate0.pc@10 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@10| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@10| () (_ BitVec 8))
(declare-fun swapper_space.i_pages@10 () (_ BitVec 8))
(declare-fun shmem.i_pages@10 () (_ BitVec 8))
(declare-fun |PG_dirty[F1]@10| () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@10| () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@10| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@10| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@10| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@10| () (_ BitVec 8))
(declare-fun |folio.data[F1]@10| () (_ BitVec 8))
(declare-fun |folio.data[F0]@10| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@10| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@10| () (_ BitVec 8))
(declare-fun |folio.used[F1]@10| () (_ BitVec 8))
(declare-fun rule@9 () (_ BitVec 8))
(declare-fun kswapd0.isolated@11 () (_ BitVec 8))
(declare-fun kswapd0.pc@11 () (_ BitVec 8))
(declare-fun fault0.from_swap@11 () (_ BitVec 8))
(declare-fun fault0.pc@11 () (_ BitVec 8))
(declare-fun migrate0.pass@11 () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@11 () (_ BitVec 8))
(declare-fun migrate0.ok@11 () (_ BitVec 8))
(declare-fun migrate0.isolated@11 () (_ BitVec 8))
(declare-fun migrate0.pc@11 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@11| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@11| () (_ BitVec 8))
(declare-fun swapper_space.i_pages@11 () (_ BitVec 8))
(declare-fun shmem.i_pages@11 () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@11| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@11| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@11| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@11| () (_ BitVec 8))
(declare-fun |folio.data[F1]@11| () (_ BitVec 8))
(declare-fun |folio.data[F0]@11| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@11| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@11| () (_ BitVec 8))
(declare-fun |folio.used[F1]@11| () (_ BitVec 8))
(declare-fun kswapd0.isolated@12 () (_ BitVec 8))
(declare-fun kswapd0.pc@12 () (_ BitVec 8))
(declare-fun fault0.from_swap@12 () (_ BitVec 8))
(declare-fun fault0.page@12 () (_ BitVec 8))
(declare-fun fault0.pc@12 () (_ BitVec 8))
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
(declare-fun |PG_dirty[F0]@12| () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@12| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@12| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@12| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@12| () (_ BitVec 8))
(declare-fun |folio.data[F1]@12| () (_ BitVec 8))
(declare-fun |folio.data[F0]@12| () (_ BitVec 8))
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
     (= migrate0.pass@0 #x00)
     (= fault0.pc@0 #x00)
     (= fault0.page@0 #x02)
     (= fault0.from_swap@0 #x00)
     (= kswapd0.pc@0 #x00)
     (= kswapd0.isolated@0 #x00)))
(assert (and (bvule |alive[P0]@0| #x01)
     (bvule |pte[P0][0]@0| #x07)
     (bvule |pte.folio[P0][0]@0| #x01)
     (bvule |pte.write[P0][0]@0| #x01)
     (bvule |expected[P0][0]@0| #x01)
     (bvule |anon_vma.list[av0][0]@0| #x00)
     (bvule |anon_vma.len[av0]@0| #x01)
     (bvule |anon_vma.refcount[av0]@0| #x06)
     (bvule |folio.used[F0]@0| #x01)
     (bvule |folio.used[F1]@0| #x01)
     (bvule |folio.refcount[F0]@0| #x06)
     (bvule |folio.refcount[F1]@0| #x06)
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
     (bvule |&mm->mmap_lock.writer[P0]@0| #x03)
     (bvule |&mm->mmap_lock.readers[P0]@0| #x03)
     (bvule |&anon_vma->rwsem.writer[av0]@0| #x03)
     (bvule |&anon_vma->rwsem.readers[av0]@0| #x03)
     (bvule |ptlock_ptr(page)[P0]@0| #x03)
     (bvule |PG_locked[F0]@0| #x03)
     (bvule |PG_locked[F1]@0| #x03)
     (bvule |&mapping->tree_lock.writer[shmem]@0| #x03)
     (bvule |&mapping->tree_lock.writer[swapper_space]@0| #x03)
     (bvule |&mapping->tree_lock.readers[shmem]@0| #x03)
     (bvule |&mapping->tree_lock.readers[swapper_space]@0| #x03)
     (bvule |swap_lock[0]@0| #x03)
     (bvule |&info->lock[0]@0| #x03)
     (bvule |lru_lock[0]@0| #x03)
     (bvule migrate0.pc@0 #x0a)
     (bvule migrate0.isolated@0 #x01)
     (bvule migrate0.newpage@0 #x02)
     (bvule migrate0.ok@0 #x01)
     (bvule migrate0.mapping_is_swapper@0 #x01)
     (bvule migrate0.pass@0 #x01)
     (bvule fault0.pc@0 #x03)
     (bvule fault0.page@0 #x02)
     (bvule fault0.from_swap@0 #x01)
     (bvule kswapd0.pc@0 #x03)
     (bvule kswapd0.isolated@0 #x01)))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@0| #x00))
                     (not (= |PG_lru[F0]@0| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@0| #x00)))
               (not (not (= |folio.used[F1]@0| #x00)))))
      (a!3 (ite (not (not (= |folio.used[F0]@0| #x00))) #x00 #x01))
      (a!5 (and (= rule@0 #x04)
                (= migrate0.pc@0 #x03)
                (or (not (= |PG_swapcache[F0]@0| #x00))
                    (not (= |page.mapping(shmem)[F0]@0| #x00)))
                (not (= |PG_swapcache[F0]@0| #x00))))
      (a!6 (and (= rule@0 #x05)
                (= migrate0.pc@0 #x03)
                (or (not (= |PG_swapcache[F0]@0| #x00))
                    (not (= |page.mapping(shmem)[F0]@0| #x00)))
                (not (not (= |PG_swapcache[F0]@0| #x00)))
                (not (= |PG_dirty[F0]@0| #x00))
                (= |&info->lock[0]@0| #x00)
                (= |swap_lock[0]@0| #x00)
                (= |&mapping->tree_lock.writer[swapper_space]@0| #x00)
                (= |&mapping->tree_lock.readers[swapper_space]@0| #x00)))
      (a!7 (and (= rule@0 #x06)
                (= migrate0.pc@0 #x03)
                (or (not (= |PG_swapcache[F0]@0| #x00))
                    (not (= |page.mapping(shmem)[F0]@0| #x00)))
                (not (not (= |PG_swapcache[F0]@0| #x00)))
                (not (not (= |PG_dirty[F0]@0| #x00)))))
      (a!8 (not (or (not (= |PG_swapcache[F0]@0| #x00))
                    (not (= |page.mapping(shmem)[F0]@0| #x00)))))
      (a!9 (= (ite (not (= migrate0.mapping_is_swapper@0 #x00)) #x01 #x00) #x00))
      (a!10 (= (ite (not (= migrate0.mapping_is_swapper@0 #x00))
                    swapper_space.i_pages@0
                    shmem.i_pages@0)
               #x00))
      (a!13 (and (= rule@0 #x0d)
                 (= migrate0.pc@0 #x07)
                 (not (not (= migrate0.ok@0 #x00)))))
      (a!14 (and (= rule@0 #x0f)
                 (= migrate0.pc@0 #x09)
                 (not (not (= migrate0.ok@0 #x00)))))
      (a!15 (and (= rule@0 #x14)
                 (= fault0.pc@0 #x01)
                 (= (ite (= fault0.page@0 #x00)
                         |PG_locked[F0]@0|
                         |PG_locked[F1]@0|)
                    #x00)))
      (a!16 (not (= (ite (= fault0.page@0 #x00)
                         |PG_swapcache[F0]@0|
                         |PG_swapcache[F1]@0|)
                    #x00)))
      (a!17 (not (= (ite (= fault0.page@0 #x00)
                         |page.mapping(shmem)[F0]@0|
                         |page.mapping(shmem)[F1]@0|)
                    #x00)))
      (a!19 (not (and (not (= |folio.used[F0]@0| #x00))
                      (not (= |PG_lru[F0]@0| #x00))
                      (= |PG_locked[F0]@0| #x00))))
      (a!20 (and (= rule@0 #x19)
                 (= kswapd0.pc@0 #x01)
                 (not (= |PG_dirty[F0]@0| #x00))
                 (not (= |page.mapping(shmem)[F0]@0| #x00))
                 (not (not (= |PG_swapcache[F0]@0| #x00)))
                 (= |&info->lock[0]@0| #x00)
                 (= |swap_lock[0]@0| #x00)
                 (= |&mapping->tree_lock.writer[swapper_space]@0| #x00)
                 (= |&mapping->tree_lock.readers[swapper_space]@0| #x00)))
      (a!21 (and (not (= |PG_dirty[F0]@0| #x00))
                 (not (= |page.mapping(shmem)[F0]@0| #x00))
                 (not (not (= |PG_swapcache[F0]@0| #x00)))))
      (a!23 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.used[F0]@0|
                      |folio.used[F1]@0|)))
      (a!24 (ite (= (ite (= fault0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= fault0.page@0 #x00)
                      |folio.used[F0]@0|
                      |folio.used[F1]@0|)))
      (a!33 (ite (and (= rule@0 #x17) true)
                 (bvadd |folio.refcount[F0]@0| #x01)
                 (ite (and (= rule@0 #x1b) true)
                      (bvsub |folio.refcount[F0]@0| #x01)
                      |folio.refcount[F0]@0|)))
      (a!44 (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                 (bvsub (ite (= fault0.page@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 |folio.refcount[F1]@0|))
      (a!53 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00) |PG_lru[F0]@0| |PG_lru[F1]@0|)))
      (a!54 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 #x01))
      (a!55 (ite (= (ite (= fault0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= fault0.page@0 #x00) |PG_lru[F0]@0| |PG_lru[F1]@0|)))
      (a!56 (ite (and (= rule@0 #x17) true)
                 #x00
                 (ite (and (= rule@0 #x1b) true)
                      (ite (= |folio.refcount[F0]@0| #x01) #x00 #x01)
                      |PG_lru[F0]@0|)))
      (a!64 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |PG_anon_exclusive[F0]@0|
                      |PG_anon_exclusive[F1]@0|)))
      (a!65 (ite (= (ite (= fault0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= fault0.page@0 #x00)
                      |PG_anon_exclusive[F0]@0|
                      |PG_anon_exclusive[F1]@0|)))
      (a!73 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.mapping[F0]@0|
                      |folio.mapping[F1]@0|)))
      (a!74 (ite (= (ite (= fault0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x01
                 (ite (= fault0.page@0 #x00)
                      |folio.mapping[F0]@0|
                      |folio.mapping[F1]@0|)))
      (a!82 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.index[F0]@0|
                      |folio.index[F1]@0|)))
      (a!83 (ite (= (ite (= fault0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= fault0.page@0 #x00)
                      |folio.index[F0]@0|
                      |folio.index[F1]@0|)))
      (a!91 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.data[F0]@0|
                      |folio.data[F1]@0|)))
      (a!92 (ite (= (ite (= fault0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= fault0.page@0 #x00)
                      |folio.data[F0]@0|
                      |folio.data[F1]@0|)))
      (a!102 (ite (= (ite (= migrate0.newpage@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@0 #x00)
                       |folio.node[F0]@0|
                       |folio.node[F1]@0|)))
      (a!103 (ite (= (ite (= fault0.page@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= fault0.page@0 #x00)
                       |folio.node[F0]@0|
                       |folio.node[F1]@0|)))
      (a!112 (ite (= (ite (= migrate0.newpage@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@0 #x00)
                       |page.mapping(shmem)[F0]@0|
                       |page.mapping(shmem)[F1]@0|)))
      (a!113 (ite (= (ite (= fault0.page@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= fault0.page@0 #x00)
                       |page.mapping(shmem)[F0]@0|
                       |page.mapping(shmem)[F1]@0|)))
      (a!114 (ite (and (= rule@0 #x19) true)
                  #x00
                  (ite (and (= rule@0 #x1b) true)
                       (ite (= |folio.refcount[F0]@0| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@0|)
                       |page.mapping(shmem)[F0]@0|)))
      (a!123 (ite (= (ite (= migrate0.newpage@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@0 #x00)
                       |PG_swapcache[F0]@0|
                       |PG_swapcache[F1]@0|)))
      (a!124 (ite (= (ite (= fault0.page@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= fault0.page@0 #x00)
                       |PG_swapcache[F0]@0|
                       |PG_swapcache[F1]@0|)))
      (a!125 (ite (and (= rule@0 #x19) true)
                  #x01
                  (ite (and (= rule@0 #x1b) true)
                       (ite (= |folio.refcount[F0]@0| #x01)
                            #x00
                            |PG_swapcache[F0]@0|)
                       |PG_swapcache[F0]@0|)))
      (a!134 (ite (= (ite (= migrate0.newpage@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@0 #x00)
                       |PG_dirty[F0]@0|
                       |PG_dirty[F1]@0|)))
      (a!135 (ite (= (ite (= fault0.page@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= fault0.page@0 #x00) |PG_dirty[F0]@0| |PG_dirty[F1]@0|)))
      (a!136 (ite (and (= rule@0 #x19) true)
                  #x01
                  (ite (and (= rule@0 #x1b) true)
                       (ite (= |folio.refcount[F0]@0| #x01)
                            #x00
                            |PG_dirty[F0]@0|)
                       |PG_dirty[F0]@0|)))
      (a!145 (ite (not (not (= migrate0.mapping_is_swapper@0 #x00)))
                  migrate0.newpage@0
                  shmem.i_pages@0))
      (a!148 (ite (and (= rule@0 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@0 #x00))
                       migrate0.newpage@0
                       swapper_space.i_pages@0)
                  (ite (and (= rule@0 #x19) true) #x00 swapper_space.i_pages@0)))
      (a!150 (ite (and (= rule@0 #x19) true)
                  #x00
                  (ite (and (= rule@0 #x1a) true) #x00 |PG_locked[F0]@0|)))
      (a!157 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                  #x00
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                       #x00
                       |PG_locked[F1]@0|)))
      (a!161 (ite (and (= rule@0 #x10) true)
                  #x01
                  (ite (and (= rule@0 #x11) true) #x09 migrate0.pc@0)))
      (a!170 (ite (and (= rule@0 #x0e) true)
                  #x00
                  (ite (and (= rule@0 #x0f) true) #x00 migrate0.isolated@0)))
      (a!172 (ite (and (= rule@0 #x0d) true)
                  #x02
                  (ite (and (= rule@0 #x0e) true) #x02 migrate0.newpage@0)))
      (a!174 (ite (and (= rule@0 #x0b) true)
                  #x01
                  (ite (and (= rule@0 #x11) true) #x00 migrate0.ok@0)))
      (a!176 (ite (and (= rule@0 #x04) true)
                  |PG_swapcache[F0]@0|
                  (ite (and (= rule@0 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@0)))
      (a!177 (= migrate0.pass@1
                (ite (and (= rule@0 #x10) true)
                     (bvadd migrate0.pass@0 #x01)
                     migrate0.pass@0)))
      (a!178 (ite (and (= rule@0 #x15) true)
                  #x03
                  (ite (and (= rule@0 #x16) true) #x00 fault0.pc@0)))
      (a!181 (ite (and (= rule@0 #x15) true)
                  #x02
                  (ite (and (= rule@0 #x16) true) #x02 fault0.page@0)))
      (a!183 (ite (and (= rule@0 #x12) true)
                  #x00
                  (ite (and (= rule@0 #x13) true) #x01 fault0.from_swap@0)))
      (a!184 (ite (and (= rule@0 #x1a) true)
                  #x02
                  (ite (and (= rule@0 #x1b) true) #x03 kswapd0.pc@0)))
      (a!187 (ite (and (= rule@0 #x17) true)
                  #x01
                  (ite (and (= rule@0 #x1b) true) #x00 kswapd0.isolated@0))))
(let ((a!4 (and (= rule@0 #x03)
                (= migrate0.pc@0 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@0| |PG_locked[F1]@0|) #x00)))
      (a!11 (and (= rule@0 #x09)
                 (= migrate0.pc@0 #x05)
                 (= (ite a!9
                         |&mapping->tree_lock.writer[shmem]@0|
                         |&mapping->tree_lock.writer[swapper_space]@0|)
                    #x00)
                 (= (ite a!9
                         |&mapping->tree_lock.readers[shmem]@0|
                         |&mapping->tree_lock.readers[swapper_space]@0|)
                    #x00)
                 (or (not (= |PG_swapcache[F0]@0| #x00))
                     (not (= |page.mapping(shmem)[F0]@0| #x00)))
                 (= |folio.refcount[F0]@0| #x02)
                 a!10))
      (a!12 (and (or (not (= |PG_swapcache[F0]@0| #x00))
                     (not (= |page.mapping(shmem)[F0]@0| #x00)))
                 (= |folio.refcount[F0]@0| #x02)
                 a!10))
      (a!18 (ite (not (= fault0.from_swap@0 #x00))
                 (and (= swapper_space.i_pages@0 fault0.page@0) a!16)
                 (and (= shmem.i_pages@0 fault0.page@0) a!17)))
      (a!25 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                 a!24
                 (ite (and (= rule@0 #x1b) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.used[F0]@0|)
                      |folio.used[F0]@0|)))
      (a!30 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                 a!24
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                      a!24
                      |folio.used[F1]@0|)))
      (a!34 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                 (bvsub (ite (= fault0.page@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!33))
      (a!45 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                 (bvsub (ite (= fault0.page@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!44))
      (a!57 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                 a!55
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00)) a!55 a!56)))
      (a!61 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                 a!55
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                      a!55
                      |PG_lru[F1]@0|)))
      (a!66 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                 a!65
                 (ite (and (= rule@0 #x1b) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@0|)
                      |PG_anon_exclusive[F0]@0|)))
      (a!70 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                 a!65
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                      a!65
                      |PG_anon_exclusive[F1]@0|)))
      (a!75 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                 a!74
                 (ite (and (= rule@0 #x1b) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x01
                           |folio.mapping[F0]@0|)
                      |folio.mapping[F0]@0|)))
      (a!79 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                 a!74
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                      a!74
                      |folio.mapping[F1]@0|)))
      (a!84 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                 a!83
                 (ite (and (= rule@0 #x1b) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.index[F0]@0|)
                      |folio.index[F0]@0|)))
      (a!88 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                 a!83
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                      a!83
                      |folio.index[F1]@0|)))
      (a!93 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                 a!92
                 (ite (and (= rule@0 #x1b) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.data[F0]@0|)
                      |folio.data[F0]@0|)))
      (a!98 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                 a!92
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                      a!92
                      |folio.data[F1]@0|)))
      (a!104 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                  a!103
                  (ite (and (= rule@0 #x1b) true)
                       (ite (= |folio.refcount[F0]@0| #x01)
                            #x00
                            |folio.node[F0]@0|)
                       |folio.node[F0]@0|)))
      (a!109 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                  a!103
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                       a!103
                       |folio.node[F1]@0|)))
      (a!115 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                  a!113
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x00)) a!113 a!114)))
      (a!120 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                  a!113
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                       a!113
                       |page.mapping(shmem)[F1]@0|)))
      (a!126 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                  a!124
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x00)) a!124 a!125)))
      (a!131 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                  a!124
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                       a!124
                       |PG_swapcache[F1]@0|)))
      (a!137 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                  a!135
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x00)) a!135 a!136)))
      (a!142 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                  a!135
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                       a!135
                       |PG_dirty[F1]@0|)))
      (a!146 (ite (and (= rule@0 #x09) true)
                  a!145
                  (ite (and (= rule@0 #x19) true) #x02 shmem.i_pages@0)))
      (a!149 (= swapper_space.i_pages@1
                (ite (and (= rule@0 #x05) true) #x00 a!148)))
      (a!151 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                  #x00
                  (ite (and (= rule@0 #x17) true) #x03 a!150)))
      (a!158 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                  #x00
                  (ite (and (= rule@0 #x14) (= fault0.page@0 #x01)) #x02 a!157)))
      (a!162 (ite (and (= rule@0 #x0e) true)
                  #x0a
                  (ite (and (= rule@0 #x0f) true) #x0a a!161)))
      (a!171 (= migrate0.isolated@1 (ite (and (= rule@0 #x00) true) #x01 a!170)))
      (a!173 (ite (and (= rule@0 #x03) true)
                  a!3
                  (ite (and (= rule@0 #x08) true) #x02 a!172)))
      (a!175 (ite (and (= rule@0 #x07) true)
                  #x00
                  (ite (and (= rule@0 #x0a) true) #x00 a!174)))
      (a!179 (ite (and (= rule@0 #x13) true)
                  #x01
                  (ite (and (= rule@0 #x14) true) #x02 a!178)))
      (a!182 (ite (and (= rule@0 #x12) true)
                  shmem.i_pages@0
                  (ite (and (= rule@0 #x13) true) swapper_space.i_pages@0 a!181)))
      (a!185 (ite (and (= rule@0 #x18) true)
                  #x03
                  (ite (and (= rule@0 #x19) true) #x02 a!184))))
(let ((a!22 (or (and (= rule@0 #x00)
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
                a!6
                a!7
                (and (= rule@0 #x07) (= migrate0.pc@0 #x03) a!8)
                (and (= rule@0 #x08) (= migrate0.pc@0 #x04))
                a!11
                (and (= rule@0 #x0a) (= migrate0.pc@0 #x05) (not a!12))
                (and (= rule@0 #x0b) (= migrate0.pc@0 #x06))
                (and (= rule@0 #x0c)
                     (= migrate0.pc@0 #x07)
                     (not (= migrate0.ok@0 #x00)))
                a!13
                (and (= rule@0 #x0e)
                     (= migrate0.pc@0 #x09)
                     (not (= migrate0.ok@0 #x00)))
                a!14
                (and (= rule@0 #x10)
                     (= migrate0.pc@0 #x08)
                     (bvult migrate0.pass@0 #x01))
                (and (= rule@0 #x11)
                     (= migrate0.pc@0 #x08)
                     (bvuge migrate0.pass@0 #x01))
                (and (= rule@0 #x12)
                     (= fault0.pc@0 #x00)
                     (= |&mapping->tree_lock.writer[shmem]@0| #x00)
                     (not (= shmem.i_pages@0 #x02)))
                (and (= rule@0 #x13)
                     (= fault0.pc@0 #x00)
                     (= |&info->lock[0]@0| #x00)
                     (= |&mapping->tree_lock.writer[swapper_space]@0| #x00)
                     (= shmem.i_pages@0 #x02)
                     (not (= swapper_space.i_pages@0 #x02)))
                a!15
                (and (= rule@0 #x15) (= fault0.pc@0 #x02) a!18)
                (and (= rule@0 #x16) (= fault0.pc@0 #x02) (not a!18))
                (and (= rule@0 #x17)
                     (= kswapd0.pc@0 #x00)
                     (= |lru_lock[0]@0| #x00)
                     (not (= |folio.used[F0]@0| #x00))
                     (not (= |PG_lru[F0]@0| #x00))
                     (= |PG_locked[F0]@0| #x00))
                (and (= rule@0 #x18) (= kswapd0.pc@0 #x00) a!19)
                a!20
                (and (= rule@0 #x1a) (= kswapd0.pc@0 #x01) (not a!21))
                (and (= rule@0 #x1b) (= kswapd0.pc@0 #x02))))
      (a!26 (ite (and (= rule@0 #x0f) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.used[F0]@0|)
                 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00)) a!24 a!25)))
      (a!31 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!23
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!23
                      a!30)))
      (a!35 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                 (bvsub (ite (= fault0.page@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!34))
      (a!46 (ite (and (= rule@0 #x13) (= swapper_space.i_pages@0 #x01))
                 (bvadd (ite (= swapper_space.i_pages@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!45))
      (a!58 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_lru[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01) #x00 #x01)
                      a!57)))
      (a!62 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!53
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!54
                      a!61)))
      (a!67 (ite (and (= rule@0 #x0f) true)
                 (ite (= |folio.refcount[F0]@0| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@0|)
                 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00)) a!65 a!66)))
      (a!71 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!64
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!64
                      a!70)))
      (a!76 (ite (and (= rule@0 #x0f) true)
                 (ite (= |folio.refcount[F0]@0| #x01)
                      #x01
                      |folio.mapping[F0]@0|)
                 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00)) a!74 a!75)))
      (a!80 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!73
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!73
                      a!79)))
      (a!85 (ite (and (= rule@0 #x0f) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.index[F0]@0|)
                 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00)) a!83 a!84)))
      (a!89 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!82
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!82
                      a!88)))
      (a!94 (ite (and (= rule@0 #x0f) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.data[F0]@0|)
                 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00)) a!92 a!93)))
      (a!99 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!91
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!91
                      a!98)))
      (a!105 (ite (and (= rule@0 #x0f) true)
                  (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.node[F0]@0|)
                  (ite (and (= rule@0 #x15) (= fault0.page@0 #x00)) a!103 a!104)))
      (a!110 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                  a!102
                  (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                       a!102
                       a!109)))
      (a!116 (ite (and (= rule@0 #x0e) true)
                  (ite (= |folio.refcount[F0]@0| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@0|)
                  (ite (and (= rule@0 #x0f) true)
                       (ite (= |folio.refcount[F0]@0| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@0|)
                       a!115)))
      (a!121 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                  a!112
                  (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                       a!112
                       a!120)))
      (a!127 (ite (and (= rule@0 #x0e) true)
                  (ite (= |folio.refcount[F0]@0| #x01)
                       #x00
                       |PG_swapcache[F0]@0|)
                  (ite (and (= rule@0 #x0f) true)
                       (ite (= |folio.refcount[F0]@0| #x01)
                            #x00
                            |PG_swapcache[F0]@0|)
                       a!126)))
      (a!132 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                  a!123
                  (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                       a!123
                       a!131)))
      (a!138 (ite (and (= rule@0 #x0e) true)
                  (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_dirty[F0]@0|)
                  (ite (and (= rule@0 #x0f) true)
                       (ite (= |folio.refcount[F0]@0| #x01)
                            #x00
                            |PG_dirty[F0]@0|)
                       a!137)))
      (a!143 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                  a!134
                  (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                       a!134
                       a!142)))
      (a!147 (= shmem.i_pages@1 (ite (and (= rule@0 #x05) true) #x02 a!146)))
      (a!152 (ite (and (= rule@0 #x14) (= fault0.page@0 #x00))
                  #x02
                  (ite (and (= rule@0 #x15) (= fault0.page@0 #x00)) #x00 a!151)))
      (a!159 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                  #x00
                  (ite (and (= rule@0 #x0c) (= migrate0.newpage@0 #x01))
                       #x00
                       a!158)))
      (a!163 (ite (and (= rule@0 #x0c) true)
                  #x09
                  (ite (and (= rule@0 #x0d) true) #x08 a!162)))
      (a!180 (= fault0.pc@1 (ite (and (= rule@0 #x12) true) #x01 a!179)))
      (a!186 (= kswapd0.pc@1 (ite (and (= rule@0 #x17) true) #x01 a!185))))
(let ((a!27 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                 a!23
                 (ite (and (= rule@0 #x0e) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.used[F0]@0|)
                      a!26)))
      (a!32 (ite (and (= rule@0 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                      a!23
                      a!31)))
      (a!36 (ite (and (= rule@0 #x13) (= swapper_space.i_pages@0 #x00))
                 (bvadd (ite (= swapper_space.i_pages@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!35))
      (a!47 (ite (and (= rule@0 #x12) (= shmem.i_pages@0 #x01))
                 (bvadd (ite (= shmem.i_pages@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!46))
      (a!59 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!53
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!54
                      a!58)))
      (a!63 (= |PG_lru[F1]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01)) a!53 a!62)))
      (a!68 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                 a!64
                 (ite (and (= rule@0 #x0e) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@0|)
                      a!67)))
      (a!72 (= |PG_anon_exclusive[F1]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01)) a!64 a!71)))
      (a!77 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                 a!73
                 (ite (and (= rule@0 #x0e) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x01
                           |folio.mapping[F0]@0|)
                      a!76)))
      (a!81 (= |folio.mapping[F1]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01)) a!73 a!80)))
      (a!86 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                 a!82
                 (ite (and (= rule@0 #x0e) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.index[F0]@0|)
                      a!85)))
      (a!90 (= |folio.index[F1]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01)) a!82 a!89)))
      (a!95 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                 a!91
                 (ite (and (= rule@0 #x0e) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.data[F0]@0|)
                      a!94)))
      (a!100 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                  a!91
                  (ite (and (= rule@0 #x0b) (= migrate0.newpage@0 #x01))
                       |folio.data[F0]@0|
                       a!99)))
      (a!106 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                  a!102
                  (ite (and (= rule@0 #x0e) true)
                       (ite (= |folio.refcount[F0]@0| #x01)
                            #x00
                            |folio.node[F0]@0|)
                       a!105)))
      (a!111 (ite (and (= rule@0 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@0|)
                  (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                       a!102
                       a!110)))
      (a!117 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                  a!112
                  (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                       a!112
                       a!116)))
      (a!122 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                  a!112
                  (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x01))
                       |page.mapping(shmem)[F0]@0|
                       a!121)))
      (a!128 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                  a!123
                  (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                       a!123
                       a!127)))
      (a!133 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                  a!123
                  (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x01))
                       |PG_swapcache[F0]@0|
                       a!132)))
      (a!139 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                  a!134
                  (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                       a!134
                       a!138)))
      (a!144 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                  a!134
                  (ite (and (= rule@0 #x0b) (= migrate0.newpage@0 #x01))
                       |PG_dirty[F0]@0|
                       a!143)))
      (a!153 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                  #x00
                  (ite (and (= rule@0 #x0d) true) #x00 a!152)))
      (a!160 (= |PG_locked[F1]@1|
                (ite (and (= rule@0 #x03) (= a!3 #x01)) #x01 a!159)))
      (a!164 (ite (and (= rule@0 #x0a) true)
                  #x07
                  (ite (and (= rule@0 #x0b) true) #x07 a!163))))
(let ((a!28 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                 a!23
                 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                      a!23
                      a!27)))
      (a!37 (ite (and (= rule@0 #x12) (= shmem.i_pages@0 #x00))
                 (bvadd (ite (= shmem.i_pages@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!36))
      (a!48 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!47))
      (a!60 (ite (and (= rule@0 #x00) true)
                 #x00
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      a!53
                      a!59)))
      (a!69 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                 a!64
                 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                      a!64
                      a!68)))
      (a!78 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                 a!73
                 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                      a!73
                      a!77)))
      (a!87 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                 a!82
                 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                      a!82
                      a!86)))
      (a!96 (ite (and (= rule@0 #x0b) (= migrate0.newpage@0 #x00))
                 |folio.data[F0]@0|
                 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                      a!91
                      a!95)))
      (a!101 (= |folio.data[F1]@1|
                (ite (and (= rule@0 #x03) (= a!3 #x01)) #x00 a!100)))
      (a!107 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                  a!102
                  (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                       a!102
                       a!106)))
      (a!118 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x00))
                  |page.mapping(shmem)[F0]@0|
                  (ite (and (= rule@0 #x0b) true) #x00 a!117)))
      (a!129 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x00))
                  |PG_swapcache[F0]@0|
                  (ite (and (= rule@0 #x0b) true) #x00 a!128)))
      (a!140 (ite (and (= rule@0 #x0b) (= migrate0.newpage@0 #x00))
                  |PG_dirty[F0]@0|
                  (ite (and (= rule@0 #x0b) true) #x00 a!139)))
      (a!154 (ite (and (= rule@0 #x0c) (= migrate0.newpage@0 #x00))
                  #x00
                  (ite (and (= rule@0 #x0c) true) #x00 a!153)))
      (a!165 (ite (and (= rule@0 #x08) true)
                  #x08
                  (ite (and (= rule@0 #x09) true) #x06 a!164))))
(let ((a!29 (= |folio.used[F0]@1|
               (ite (and (= rule@0 #x03) (= a!3 #x00)) #x01 a!28)))
      (a!38 (ite (and (= rule@0 #x0e) true)
                 (bvsub |folio.refcount[F0]@0| #x01)
                 (ite (and (= rule@0 #x0f) true)
                      (bvsub |folio.refcount[F0]@0| #x01)
                      a!37)))
      (a!49 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!48))
      (a!97 (ite (and (= rule@0 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      a!91
                      a!96)))
      (a!108 (= |folio.node[F0]@1|
                (ite (and (= rule@0 #x03) (= a!3 #x00))
                     (bvsub #x01 |folio.node[F0]@0|)
                     a!107)))
      (a!119 (ite (and (= rule@0 #x05) true)
                  #x00
                  (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                       a!112
                       a!118)))
      (a!130 (ite (and (= rule@0 #x05) true)
                  #x01
                  (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                       a!123
                       a!129)))
      (a!141 (ite (and (= rule@0 #x05) true)
                  #x01
                  (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                       a!134
                       a!140)))
      (a!155 (ite (and (= rule@0 #x05) true)
                  #x00
                  (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                       #x00
                       a!154)))
      (a!166 (ite (and (= rule@0 #x06) true)
                  #x05
                  (ite (and (= rule@0 #x07) true) #x07 a!165))))
(let ((a!39 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x01))
                 (bvadd (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!49))
      (a!156 (ite (and (= rule@0 #x02) true)
                  #x01
                  (ite (and (= rule@0 #x03) (= a!3 #x00)) #x01 a!155)))
      (a!167 (ite (and (= rule@0 #x04) true)
                  #x05
                  (ite (and (= rule@0 #x05) true) #x04 a!166))))
(let ((a!40 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!50))
      (a!168 (ite (and (= rule@0 #x02) true)
                  #x02
                  (ite (and (= rule@0 #x03) true) #x03 a!167))))
(let ((a!41 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x00))
                 (bvadd (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 (ite (and (= rule@0 #x09) true)
                      (bvsub |folio.refcount[F0]@0| #x01)
                      a!40)))
      (a!52 (= |folio.refcount[F1]@1|
               (ite (and (= rule@0 #x03) (= a!3 #x01)) #x01 a!51)))
      (a!169 (ite (and (= rule@0 #x00) true)
                  #x01
                  (ite (and (= rule@0 #x01) true) #x0a a!168))))
(let ((a!42 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!41)))
(let ((a!43 (ite (and (= rule@0 #x00) true)
                 (bvadd |folio.refcount[F0]@0| #x01)
                 (ite (and (= rule@0 #x03) (= a!3 #x00)) #x01 a!42))))
  (and a!22
       (= |alive[P0]@1| |alive[P0]@0|)
       (= |pte[P0][0]@1| |pte[P0][0]@0|)
       (= |pte.folio[P0][0]@1| |pte.folio[P0][0]@0|)
       (= |pte.write[P0][0]@1| |pte.write[P0][0]@0|)
       (= |expected[P0][0]@1| |expected[P0][0]@0|)
       (= |anon_vma.list[av0][0]@1| |anon_vma.list[av0][0]@0|)
       (= |anon_vma.len[av0]@1| |anon_vma.len[av0]@0|)
       (= |anon_vma.refcount[av0]@1| |anon_vma.refcount[av0]@0|)
       a!29
       (= |folio.used[F1]@1| a!32)
       (= |folio.refcount[F0]@1| a!43)
       a!52
       (= |folio.mapcount[F0]@1| |folio.mapcount[F0]@0|)
       (= |folio.mapcount[F1]@1| |folio.mapcount[F1]@0|)
       (= |PG_lru[F0]@1| a!60)
       a!63
       (= |PG_anon_exclusive[F0]@1| a!69)
       a!72
       (= |folio.mapping[F0]@1| a!78)
       a!81
       (= |folio.index[F0]@1| a!87)
       a!90
       (= |folio.data[F0]@1| a!97)
       a!101
       a!108
       (= |folio.node[F1]@1| a!111)
       (= |page.mapping(shmem)[F0]@1| a!119)
       (= |page.mapping(shmem)[F1]@1| a!122)
       (= |PG_swapcache[F0]@1| a!130)
       (= |PG_swapcache[F1]@1| a!133)
       (= |PG_dirty[F0]@1| a!141)
       (= |PG_dirty[F1]@1| a!144)
       a!147
       a!149
       (= |&mm->mmap_lock.writer[P0]@1| |&mm->mmap_lock.writer[P0]@0|)
       (= |&mm->mmap_lock.readers[P0]@1| |&mm->mmap_lock.readers[P0]@0|)
       (= |&anon_vma->rwsem.writer[av0]@1| |&anon_vma->rwsem.writer[av0]@0|)
       (= |&anon_vma->rwsem.readers[av0]@1| |&anon_vma->rwsem.readers[av0]@0|)
       (= |ptlock_ptr(page)[P0]@1| |ptlock_ptr(page)[P0]@0|)
       (= |PG_locked[F0]@1| a!156)
       a!160
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
       (= migrate0.pc@1 a!169)
       a!171
       (= migrate0.newpage@1 a!173)
       (= migrate0.ok@1 a!175)
       (= migrate0.mapping_is_swapper@1 a!176)
       a!177
       a!180
       (= fault0.page@1 a!182)
       (= fault0.from_swap@1 a!183)
       a!186
       (= kswapd0.isolated@1 a!187)
       (bvule |alive[P0]@1| #x01)
       (bvule |pte[P0][0]@1| #x07)
       (bvule |pte.folio[P0][0]@1| #x01)
       (bvule |pte.write[P0][0]@1| #x01)
       (bvule |expected[P0][0]@1| #x01)
       (bvule |anon_vma.list[av0][0]@1| #x00)
       (bvule |anon_vma.len[av0]@1| #x01)
       (bvule |anon_vma.refcount[av0]@1| #x06)
       (bvule |folio.used[F0]@1| #x01)
       (bvule |folio.used[F1]@1| #x01)
       (bvule |folio.refcount[F0]@1| #x06)
       (bvule |folio.refcount[F1]@1| #x06)
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
       (bvule |&mm->mmap_lock.writer[P0]@1| #x03)
       (bvule |&mm->mmap_lock.readers[P0]@1| #x03)
       (bvule |&anon_vma->rwsem.writer[av0]@1| #x03)
       (bvule |&anon_vma->rwsem.readers[av0]@1| #x03)
       (bvule |ptlock_ptr(page)[P0]@1| #x03)
       (bvule |PG_locked[F0]@1| #x03)
       (bvule |PG_locked[F1]@1| #x03)
       (bvule |&mapping->tree_lock.writer[shmem]@1| #x03)
       (bvule |&mapping->tree_lock.writer[swapper_space]@1| #x03)
       (bvule |&mapping->tree_lock.readers[shmem]@1| #x03)
       (bvule |&mapping->tree_lock.readers[swapper_space]@1| #x03)
       (bvule |swap_lock[0]@1| #x03)
       (bvule |&info->lock[0]@1| #x03)
       (bvule |lru_lock[0]@1| #x03)
       (bvule migrate0.pc@1 #x0a)
       (bvule migrate0.isolated@1 #x01)
       (bvule migrate0.newpage@1 #x02)
       (bvule migrate0.ok@1 #x01)
       (bvule migrate0.mapping_is_swapper@1 #x01)
       (bvule migrate0.pass@1 #x01)
       (bvule fault0.pc@1 #x03)
       (bvule fault0.page@1 #x02)
       (bvule fault0.from_swap@1 #x01)
       (bvule kswapd0.pc@1 #x03)
       (bvule kswapd0.isolated@1 #x01))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@1| #x00))
                     (not (= |PG_lru[F0]@1| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@1| #x00)))
               (not (not (= |folio.used[F1]@1| #x00)))))
      (a!3 (ite (not (not (= |folio.used[F0]@1| #x00))) #x00 #x01))
      (a!5 (and (= rule@1 #x04)
                (= migrate0.pc@1 #x03)
                (or (not (= |PG_swapcache[F0]@1| #x00))
                    (not (= |page.mapping(shmem)[F0]@1| #x00)))
                (not (= |PG_swapcache[F0]@1| #x00))))
      (a!6 (and (= rule@1 #x05)
                (= migrate0.pc@1 #x03)
                (or (not (= |PG_swapcache[F0]@1| #x00))
                    (not (= |page.mapping(shmem)[F0]@1| #x00)))
                (not (not (= |PG_swapcache[F0]@1| #x00)))
                (not (= |PG_dirty[F0]@1| #x00))
                (= |&info->lock[0]@1| #x00)
                (= |swap_lock[0]@1| #x00)
                (= |&mapping->tree_lock.writer[swapper_space]@1| #x00)
                (= |&mapping->tree_lock.readers[swapper_space]@1| #x00)))
      (a!7 (and (= rule@1 #x06)
                (= migrate0.pc@1 #x03)
                (or (not (= |PG_swapcache[F0]@1| #x00))
                    (not (= |page.mapping(shmem)[F0]@1| #x00)))
                (not (not (= |PG_swapcache[F0]@1| #x00)))
                (not (not (= |PG_dirty[F0]@1| #x00)))))
      (a!8 (not (or (not (= |PG_swapcache[F0]@1| #x00))
                    (not (= |page.mapping(shmem)[F0]@1| #x00)))))
      (a!9 (= (ite (not (= migrate0.mapping_is_swapper@1 #x00)) #x01 #x00) #x00))
      (a!10 (= (ite (not (= migrate0.mapping_is_swapper@1 #x00))
                    swapper_space.i_pages@1
                    shmem.i_pages@1)
               #x00))
      (a!13 (and (= rule@1 #x0d)
                 (= migrate0.pc@1 #x07)
                 (not (not (= migrate0.ok@1 #x00)))))
      (a!14 (and (= rule@1 #x0f)
                 (= migrate0.pc@1 #x09)
                 (not (not (= migrate0.ok@1 #x00)))))
      (a!15 (and (= rule@1 #x14)
                 (= fault0.pc@1 #x01)
                 (= (ite (= fault0.page@1 #x00)
                         |PG_locked[F0]@1|
                         |PG_locked[F1]@1|)
                    #x00)))
      (a!16 (not (= (ite (= fault0.page@1 #x00)
                         |PG_swapcache[F0]@1|
                         |PG_swapcache[F1]@1|)
                    #x00)))
      (a!17 (not (= (ite (= fault0.page@1 #x00)
                         |page.mapping(shmem)[F0]@1|
                         |page.mapping(shmem)[F1]@1|)
                    #x00)))
      (a!19 (not (and (not (= |folio.used[F0]@1| #x00))
                      (not (= |PG_lru[F0]@1| #x00))
                      (= |PG_locked[F0]@1| #x00))))
      (a!20 (and (= rule@1 #x19)
                 (= kswapd0.pc@1 #x01)
                 (not (= |PG_dirty[F0]@1| #x00))
                 (not (= |page.mapping(shmem)[F0]@1| #x00))
                 (not (not (= |PG_swapcache[F0]@1| #x00)))
                 (= |&info->lock[0]@1| #x00)
                 (= |swap_lock[0]@1| #x00)
                 (= |&mapping->tree_lock.writer[swapper_space]@1| #x00)
                 (= |&mapping->tree_lock.readers[swapper_space]@1| #x00)))
      (a!21 (and (not (= |PG_dirty[F0]@1| #x00))
                 (not (= |page.mapping(shmem)[F0]@1| #x00))
                 (not (not (= |PG_swapcache[F0]@1| #x00)))))
      (a!23 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.used[F0]@1|
                      |folio.used[F1]@1|)))
      (a!24 (ite (= (ite (= fault0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= fault0.page@1 #x00)
                      |folio.used[F0]@1|
                      |folio.used[F1]@1|)))
      (a!33 (ite (and (= rule@1 #x17) true)
                 (bvadd |folio.refcount[F0]@1| #x01)
                 (ite (and (= rule@1 #x1b) true)
                      (bvsub |folio.refcount[F0]@1| #x01)
                      |folio.refcount[F0]@1|)))
      (a!44 (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                 (bvsub (ite (= fault0.page@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 |folio.refcount[F1]@1|))
      (a!53 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00) |PG_lru[F0]@1| |PG_lru[F1]@1|)))
      (a!54 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 #x01))
      (a!55 (ite (= (ite (= fault0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= fault0.page@1 #x00) |PG_lru[F0]@1| |PG_lru[F1]@1|)))
      (a!56 (ite (and (= rule@1 #x17) true)
                 #x00
                 (ite (and (= rule@1 #x1b) true)
                      (ite (= |folio.refcount[F0]@1| #x01) #x00 #x01)
                      |PG_lru[F0]@1|)))
      (a!64 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |PG_anon_exclusive[F0]@1|
                      |PG_anon_exclusive[F1]@1|)))
      (a!65 (ite (= (ite (= fault0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= fault0.page@1 #x00)
                      |PG_anon_exclusive[F0]@1|
                      |PG_anon_exclusive[F1]@1|)))
      (a!73 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.mapping[F0]@1|
                      |folio.mapping[F1]@1|)))
      (a!74 (ite (= (ite (= fault0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x01
                 (ite (= fault0.page@1 #x00)
                      |folio.mapping[F0]@1|
                      |folio.mapping[F1]@1|)))
      (a!82 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.index[F0]@1|
                      |folio.index[F1]@1|)))
      (a!83 (ite (= (ite (= fault0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= fault0.page@1 #x00)
                      |folio.index[F0]@1|
                      |folio.index[F1]@1|)))
      (a!91 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.data[F0]@1|
                      |folio.data[F1]@1|)))
      (a!92 (ite (= (ite (= fault0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= fault0.page@1 #x00)
                      |folio.data[F0]@1|
                      |folio.data[F1]@1|)))
      (a!102 (ite (= (ite (= migrate0.newpage@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@1 #x00)
                       |folio.node[F0]@1|
                       |folio.node[F1]@1|)))
      (a!103 (ite (= (ite (= fault0.page@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= fault0.page@1 #x00)
                       |folio.node[F0]@1|
                       |folio.node[F1]@1|)))
      (a!112 (ite (= (ite (= migrate0.newpage@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@1 #x00)
                       |page.mapping(shmem)[F0]@1|
                       |page.mapping(shmem)[F1]@1|)))
      (a!113 (ite (= (ite (= fault0.page@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= fault0.page@1 #x00)
                       |page.mapping(shmem)[F0]@1|
                       |page.mapping(shmem)[F1]@1|)))
      (a!114 (ite (and (= rule@1 #x19) true)
                  #x00
                  (ite (and (= rule@1 #x1b) true)
                       (ite (= |folio.refcount[F0]@1| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@1|)
                       |page.mapping(shmem)[F0]@1|)))
      (a!123 (ite (= (ite (= migrate0.newpage@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@1 #x00)
                       |PG_swapcache[F0]@1|
                       |PG_swapcache[F1]@1|)))
      (a!124 (ite (= (ite (= fault0.page@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= fault0.page@1 #x00)
                       |PG_swapcache[F0]@1|
                       |PG_swapcache[F1]@1|)))
      (a!125 (ite (and (= rule@1 #x19) true)
                  #x01
                  (ite (and (= rule@1 #x1b) true)
                       (ite (= |folio.refcount[F0]@1| #x01)
                            #x00
                            |PG_swapcache[F0]@1|)
                       |PG_swapcache[F0]@1|)))
      (a!134 (ite (= (ite (= migrate0.newpage@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@1 #x00)
                       |PG_dirty[F0]@1|
                       |PG_dirty[F1]@1|)))
      (a!135 (ite (= (ite (= fault0.page@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= fault0.page@1 #x00) |PG_dirty[F0]@1| |PG_dirty[F1]@1|)))
      (a!136 (ite (and (= rule@1 #x19) true)
                  #x01
                  (ite (and (= rule@1 #x1b) true)
                       (ite (= |folio.refcount[F0]@1| #x01)
                            #x00
                            |PG_dirty[F0]@1|)
                       |PG_dirty[F0]@1|)))
      (a!145 (ite (not (not (= migrate0.mapping_is_swapper@1 #x00)))
                  migrate0.newpage@1
                  shmem.i_pages@1))
      (a!148 (ite (and (= rule@1 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@1 #x00))
                       migrate0.newpage@1
                       swapper_space.i_pages@1)
                  (ite (and (= rule@1 #x19) true) #x00 swapper_space.i_pages@1)))
      (a!150 (ite (and (= rule@1 #x19) true)
                  #x00
                  (ite (and (= rule@1 #x1a) true) #x00 |PG_locked[F0]@1|)))
      (a!157 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                  #x00
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                       #x00
                       |PG_locked[F1]@1|)))
      (a!161 (ite (and (= rule@1 #x10) true)
                  #x01
                  (ite (and (= rule@1 #x11) true) #x09 migrate0.pc@1)))
      (a!170 (ite (and (= rule@1 #x0e) true)
                  #x00
                  (ite (and (= rule@1 #x0f) true) #x00 migrate0.isolated@1)))
      (a!172 (ite (and (= rule@1 #x0d) true)
                  #x02
                  (ite (and (= rule@1 #x0e) true) #x02 migrate0.newpage@1)))
      (a!174 (ite (and (= rule@1 #x0b) true)
                  #x01
                  (ite (and (= rule@1 #x11) true) #x00 migrate0.ok@1)))
      (a!176 (ite (and (= rule@1 #x04) true)
                  |PG_swapcache[F0]@1|
                  (ite (and (= rule@1 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@1)))
      (a!177 (= migrate0.pass@2
                (ite (and (= rule@1 #x10) true)
                     (bvadd migrate0.pass@1 #x01)
                     migrate0.pass@1)))
      (a!178 (ite (and (= rule@1 #x15) true)
                  #x03
                  (ite (and (= rule@1 #x16) true) #x00 fault0.pc@1)))
      (a!181 (ite (and (= rule@1 #x15) true)
                  #x02
                  (ite (and (= rule@1 #x16) true) #x02 fault0.page@1)))
      (a!183 (ite (and (= rule@1 #x12) true)
                  #x00
                  (ite (and (= rule@1 #x13) true) #x01 fault0.from_swap@1)))
      (a!184 (ite (and (= rule@1 #x1a) true)
                  #x02
                  (ite (and (= rule@1 #x1b) true) #x03 kswapd0.pc@1)))
      (a!187 (ite (and (= rule@1 #x17) true)
                  #x01
                  (ite (and (= rule@1 #x1b) true) #x00 kswapd0.isolated@1))))
(let ((a!4 (and (= rule@1 #x03)
                (= migrate0.pc@1 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@1| |PG_locked[F1]@1|) #x00)))
      (a!11 (and (= rule@1 #x09)
                 (= migrate0.pc@1 #x05)
                 (= (ite a!9
                         |&mapping->tree_lock.writer[shmem]@1|
                         |&mapping->tree_lock.writer[swapper_space]@1|)
                    #x00)
                 (= (ite a!9
                         |&mapping->tree_lock.readers[shmem]@1|
                         |&mapping->tree_lock.readers[swapper_space]@1|)
                    #x00)
                 (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))
                 (= |folio.refcount[F0]@1| #x02)
                 a!10))
      (a!12 (and (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))
                 (= |folio.refcount[F0]@1| #x02)
                 a!10))
      (a!18 (ite (not (= fault0.from_swap@1 #x00))
                 (and (= swapper_space.i_pages@1 fault0.page@1) a!16)
                 (and (= shmem.i_pages@1 fault0.page@1) a!17)))
      (a!25 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                 a!24
                 (ite (and (= rule@1 #x1b) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.used[F0]@1|)
                      |folio.used[F0]@1|)))
      (a!30 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                 a!24
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                      a!24
                      |folio.used[F1]@1|)))
      (a!34 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                 (bvsub (ite (= fault0.page@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!33))
      (a!45 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                 (bvsub (ite (= fault0.page@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!44))
      (a!57 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                 a!55
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00)) a!55 a!56)))
      (a!61 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                 a!55
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                      a!55
                      |PG_lru[F1]@1|)))
      (a!66 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                 a!65
                 (ite (and (= rule@1 #x1b) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@1|)
                      |PG_anon_exclusive[F0]@1|)))
      (a!70 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                 a!65
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                      a!65
                      |PG_anon_exclusive[F1]@1|)))
      (a!75 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                 a!74
                 (ite (and (= rule@1 #x1b) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x01
                           |folio.mapping[F0]@1|)
                      |folio.mapping[F0]@1|)))
      (a!79 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                 a!74
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                      a!74
                      |folio.mapping[F1]@1|)))
      (a!84 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                 a!83
                 (ite (and (= rule@1 #x1b) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.index[F0]@1|)
                      |folio.index[F0]@1|)))
      (a!88 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                 a!83
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                      a!83
                      |folio.index[F1]@1|)))
      (a!93 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                 a!92
                 (ite (and (= rule@1 #x1b) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.data[F0]@1|)
                      |folio.data[F0]@1|)))
      (a!98 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                 a!92
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                      a!92
                      |folio.data[F1]@1|)))
      (a!104 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                  a!103
                  (ite (and (= rule@1 #x1b) true)
                       (ite (= |folio.refcount[F0]@1| #x01)
                            #x00
                            |folio.node[F0]@1|)
                       |folio.node[F0]@1|)))
      (a!109 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                  a!103
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                       a!103
                       |folio.node[F1]@1|)))
      (a!115 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                  a!113
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x00)) a!113 a!114)))
      (a!120 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                  a!113
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                       a!113
                       |page.mapping(shmem)[F1]@1|)))
      (a!126 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                  a!124
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x00)) a!124 a!125)))
      (a!131 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                  a!124
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                       a!124
                       |PG_swapcache[F1]@1|)))
      (a!137 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                  a!135
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x00)) a!135 a!136)))
      (a!142 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                  a!135
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                       a!135
                       |PG_dirty[F1]@1|)))
      (a!146 (ite (and (= rule@1 #x09) true)
                  a!145
                  (ite (and (= rule@1 #x19) true) #x02 shmem.i_pages@1)))
      (a!149 (= swapper_space.i_pages@2
                (ite (and (= rule@1 #x05) true) #x00 a!148)))
      (a!151 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                  #x00
                  (ite (and (= rule@1 #x17) true) #x03 a!150)))
      (a!158 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                  #x00
                  (ite (and (= rule@1 #x14) (= fault0.page@1 #x01)) #x02 a!157)))
      (a!162 (ite (and (= rule@1 #x0e) true)
                  #x0a
                  (ite (and (= rule@1 #x0f) true) #x0a a!161)))
      (a!171 (= migrate0.isolated@2 (ite (and (= rule@1 #x00) true) #x01 a!170)))
      (a!173 (ite (and (= rule@1 #x03) true)
                  a!3
                  (ite (and (= rule@1 #x08) true) #x02 a!172)))
      (a!175 (ite (and (= rule@1 #x07) true)
                  #x00
                  (ite (and (= rule@1 #x0a) true) #x00 a!174)))
      (a!179 (ite (and (= rule@1 #x13) true)
                  #x01
                  (ite (and (= rule@1 #x14) true) #x02 a!178)))
      (a!182 (ite (and (= rule@1 #x12) true)
                  shmem.i_pages@1
                  (ite (and (= rule@1 #x13) true) swapper_space.i_pages@1 a!181)))
      (a!185 (ite (and (= rule@1 #x18) true)
                  #x03
                  (ite (and (= rule@1 #x19) true) #x02 a!184))))
(let ((a!22 (or (and (= rule@1 #x00)
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
                a!6
                a!7
                (and (= rule@1 #x07) (= migrate0.pc@1 #x03) a!8)
                (and (= rule@1 #x08) (= migrate0.pc@1 #x04))
                a!11
                (and (= rule@1 #x0a) (= migrate0.pc@1 #x05) (not a!12))
                (and (= rule@1 #x0b) (= migrate0.pc@1 #x06))
                (and (= rule@1 #x0c)
                     (= migrate0.pc@1 #x07)
                     (not (= migrate0.ok@1 #x00)))
                a!13
                (and (= rule@1 #x0e)
                     (= migrate0.pc@1 #x09)
                     (not (= migrate0.ok@1 #x00)))
                a!14
                (and (= rule@1 #x10)
                     (= migrate0.pc@1 #x08)
                     (bvult migrate0.pass@1 #x01))
                (and (= rule@1 #x11)
                     (= migrate0.pc@1 #x08)
                     (bvuge migrate0.pass@1 #x01))
                (and (= rule@1 #x12)
                     (= fault0.pc@1 #x00)
                     (= |&mapping->tree_lock.writer[shmem]@1| #x00)
                     (not (= shmem.i_pages@1 #x02)))
                (and (= rule@1 #x13)
                     (= fault0.pc@1 #x00)
                     (= |&info->lock[0]@1| #x00)
                     (= |&mapping->tree_lock.writer[swapper_space]@1| #x00)
                     (= shmem.i_pages@1 #x02)
                     (not (= swapper_space.i_pages@1 #x02)))
                a!15
                (and (= rule@1 #x15) (= fault0.pc@1 #x02) a!18)
                (and (= rule@1 #x16) (= fault0.pc@1 #x02) (not a!18))
                (and (= rule@1 #x17)
                     (= kswapd0.pc@1 #x00)
                     (= |lru_lock[0]@1| #x00)
                     (not (= |folio.used[F0]@1| #x00))
                     (not (= |PG_lru[F0]@1| #x00))
                     (= |PG_locked[F0]@1| #x00))
                (and (= rule@1 #x18) (= kswapd0.pc@1 #x00) a!19)
                a!20
                (and (= rule@1 #x1a) (= kswapd0.pc@1 #x01) (not a!21))
                (and (= rule@1 #x1b) (= kswapd0.pc@1 #x02))))
      (a!26 (ite (and (= rule@1 #x0f) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.used[F0]@1|)
                 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00)) a!24 a!25)))
      (a!31 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!23
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!23
                      a!30)))
      (a!35 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                 (bvsub (ite (= fault0.page@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!34))
      (a!46 (ite (and (= rule@1 #x13) (= swapper_space.i_pages@1 #x01))
                 (bvadd (ite (= swapper_space.i_pages@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!45))
      (a!58 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_lru[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01) #x00 #x01)
                      a!57)))
      (a!62 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!53
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!54
                      a!61)))
      (a!67 (ite (and (= rule@1 #x0f) true)
                 (ite (= |folio.refcount[F0]@1| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@1|)
                 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00)) a!65 a!66)))
      (a!71 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!64
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!64
                      a!70)))
      (a!76 (ite (and (= rule@1 #x0f) true)
                 (ite (= |folio.refcount[F0]@1| #x01)
                      #x01
                      |folio.mapping[F0]@1|)
                 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00)) a!74 a!75)))
      (a!80 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!73
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!73
                      a!79)))
      (a!85 (ite (and (= rule@1 #x0f) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.index[F0]@1|)
                 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00)) a!83 a!84)))
      (a!89 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!82
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!82
                      a!88)))
      (a!94 (ite (and (= rule@1 #x0f) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.data[F0]@1|)
                 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00)) a!92 a!93)))
      (a!99 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!91
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!91
                      a!98)))
      (a!105 (ite (and (= rule@1 #x0f) true)
                  (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.node[F0]@1|)
                  (ite (and (= rule@1 #x15) (= fault0.page@1 #x00)) a!103 a!104)))
      (a!110 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                  a!102
                  (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                       a!102
                       a!109)))
      (a!116 (ite (and (= rule@1 #x0e) true)
                  (ite (= |folio.refcount[F0]@1| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@1|)
                  (ite (and (= rule@1 #x0f) true)
                       (ite (= |folio.refcount[F0]@1| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@1|)
                       a!115)))
      (a!121 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                  a!112
                  (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                       a!112
                       a!120)))
      (a!127 (ite (and (= rule@1 #x0e) true)
                  (ite (= |folio.refcount[F0]@1| #x01)
                       #x00
                       |PG_swapcache[F0]@1|)
                  (ite (and (= rule@1 #x0f) true)
                       (ite (= |folio.refcount[F0]@1| #x01)
                            #x00
                            |PG_swapcache[F0]@1|)
                       a!126)))
      (a!132 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                  a!123
                  (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                       a!123
                       a!131)))
      (a!138 (ite (and (= rule@1 #x0e) true)
                  (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_dirty[F0]@1|)
                  (ite (and (= rule@1 #x0f) true)
                       (ite (= |folio.refcount[F0]@1| #x01)
                            #x00
                            |PG_dirty[F0]@1|)
                       a!137)))
      (a!143 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                  a!134
                  (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                       a!134
                       a!142)))
      (a!147 (= shmem.i_pages@2 (ite (and (= rule@1 #x05) true) #x02 a!146)))
      (a!152 (ite (and (= rule@1 #x14) (= fault0.page@1 #x00))
                  #x02
                  (ite (and (= rule@1 #x15) (= fault0.page@1 #x00)) #x00 a!151)))
      (a!159 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                  #x00
                  (ite (and (= rule@1 #x0c) (= migrate0.newpage@1 #x01))
                       #x00
                       a!158)))
      (a!163 (ite (and (= rule@1 #x0c) true)
                  #x09
                  (ite (and (= rule@1 #x0d) true) #x08 a!162)))
      (a!180 (= fault0.pc@2 (ite (and (= rule@1 #x12) true) #x01 a!179)))
      (a!186 (= kswapd0.pc@2 (ite (and (= rule@1 #x17) true) #x01 a!185))))
(let ((a!27 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                 a!23
                 (ite (and (= rule@1 #x0e) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.used[F0]@1|)
                      a!26)))
      (a!32 (ite (and (= rule@1 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                      a!23
                      a!31)))
      (a!36 (ite (and (= rule@1 #x13) (= swapper_space.i_pages@1 #x00))
                 (bvadd (ite (= swapper_space.i_pages@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!35))
      (a!47 (ite (and (= rule@1 #x12) (= shmem.i_pages@1 #x01))
                 (bvadd (ite (= shmem.i_pages@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!46))
      (a!59 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!53
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!54
                      a!58)))
      (a!63 (= |PG_lru[F1]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01)) a!53 a!62)))
      (a!68 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                 a!64
                 (ite (and (= rule@1 #x0e) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@1|)
                      a!67)))
      (a!72 (= |PG_anon_exclusive[F1]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01)) a!64 a!71)))
      (a!77 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                 a!73
                 (ite (and (= rule@1 #x0e) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x01
                           |folio.mapping[F0]@1|)
                      a!76)))
      (a!81 (= |folio.mapping[F1]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01)) a!73 a!80)))
      (a!86 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                 a!82
                 (ite (and (= rule@1 #x0e) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.index[F0]@1|)
                      a!85)))
      (a!90 (= |folio.index[F1]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01)) a!82 a!89)))
      (a!95 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                 a!91
                 (ite (and (= rule@1 #x0e) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.data[F0]@1|)
                      a!94)))
      (a!100 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                  a!91
                  (ite (and (= rule@1 #x0b) (= migrate0.newpage@1 #x01))
                       |folio.data[F0]@1|
                       a!99)))
      (a!106 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                  a!102
                  (ite (and (= rule@1 #x0e) true)
                       (ite (= |folio.refcount[F0]@1| #x01)
                            #x00
                            |folio.node[F0]@1|)
                       a!105)))
      (a!111 (ite (and (= rule@1 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@1|)
                  (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                       a!102
                       a!110)))
      (a!117 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                  a!112
                  (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                       a!112
                       a!116)))
      (a!122 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                  a!112
                  (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x01))
                       |page.mapping(shmem)[F0]@1|
                       a!121)))
      (a!128 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                  a!123
                  (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                       a!123
                       a!127)))
      (a!133 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                  a!123
                  (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x01))
                       |PG_swapcache[F0]@1|
                       a!132)))
      (a!139 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                  a!134
                  (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                       a!134
                       a!138)))
      (a!144 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                  a!134
                  (ite (and (= rule@1 #x0b) (= migrate0.newpage@1 #x01))
                       |PG_dirty[F0]@1|
                       a!143)))
      (a!153 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                  #x00
                  (ite (and (= rule@1 #x0d) true) #x00 a!152)))
      (a!160 (= |PG_locked[F1]@2|
                (ite (and (= rule@1 #x03) (= a!3 #x01)) #x01 a!159)))
      (a!164 (ite (and (= rule@1 #x0a) true)
                  #x07
                  (ite (and (= rule@1 #x0b) true) #x07 a!163))))
(let ((a!28 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                 a!23
                 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                      a!23
                      a!27)))
      (a!37 (ite (and (= rule@1 #x12) (= shmem.i_pages@1 #x00))
                 (bvadd (ite (= shmem.i_pages@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!36))
      (a!48 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!47))
      (a!60 (ite (and (= rule@1 #x00) true)
                 #x00
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      a!53
                      a!59)))
      (a!69 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                 a!64
                 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                      a!64
                      a!68)))
      (a!78 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                 a!73
                 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                      a!73
                      a!77)))
      (a!87 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                 a!82
                 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                      a!82
                      a!86)))
      (a!96 (ite (and (= rule@1 #x0b) (= migrate0.newpage@1 #x00))
                 |folio.data[F0]@1|
                 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                      a!91
                      a!95)))
      (a!101 (= |folio.data[F1]@2|
                (ite (and (= rule@1 #x03) (= a!3 #x01)) #x00 a!100)))
      (a!107 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                  a!102
                  (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                       a!102
                       a!106)))
      (a!118 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x00))
                  |page.mapping(shmem)[F0]@1|
                  (ite (and (= rule@1 #x0b) true) #x00 a!117)))
      (a!129 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x00))
                  |PG_swapcache[F0]@1|
                  (ite (and (= rule@1 #x0b) true) #x00 a!128)))
      (a!140 (ite (and (= rule@1 #x0b) (= migrate0.newpage@1 #x00))
                  |PG_dirty[F0]@1|
                  (ite (and (= rule@1 #x0b) true) #x00 a!139)))
      (a!154 (ite (and (= rule@1 #x0c) (= migrate0.newpage@1 #x00))
                  #x00
                  (ite (and (= rule@1 #x0c) true) #x00 a!153)))
      (a!165 (ite (and (= rule@1 #x08) true)
                  #x08
                  (ite (and (= rule@1 #x09) true) #x06 a!164))))
(let ((a!29 (= |folio.used[F0]@2|
               (ite (and (= rule@1 #x03) (= a!3 #x00)) #x01 a!28)))
      (a!38 (ite (and (= rule@1 #x0e) true)
                 (bvsub |folio.refcount[F0]@1| #x01)
                 (ite (and (= rule@1 #x0f) true)
                      (bvsub |folio.refcount[F0]@1| #x01)
                      a!37)))
      (a!49 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!48))
      (a!97 (ite (and (= rule@1 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      a!91
                      a!96)))
      (a!108 (= |folio.node[F0]@2|
                (ite (and (= rule@1 #x03) (= a!3 #x00))
                     (bvsub #x01 |folio.node[F0]@1|)
                     a!107)))
      (a!119 (ite (and (= rule@1 #x05) true)
                  #x00
                  (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                       a!112
                       a!118)))
      (a!130 (ite (and (= rule@1 #x05) true)
                  #x01
                  (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                       a!123
                       a!129)))
      (a!141 (ite (and (= rule@1 #x05) true)
                  #x01
                  (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                       a!134
                       a!140)))
      (a!155 (ite (and (= rule@1 #x05) true)
                  #x00
                  (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                       #x00
                       a!154)))
      (a!166 (ite (and (= rule@1 #x06) true)
                  #x05
                  (ite (and (= rule@1 #x07) true) #x07 a!165))))
(let ((a!39 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x01))
                 (bvadd (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!49))
      (a!156 (ite (and (= rule@1 #x02) true)
                  #x01
                  (ite (and (= rule@1 #x03) (= a!3 #x00)) #x01 a!155)))
      (a!167 (ite (and (= rule@1 #x04) true)
                  #x05
                  (ite (and (= rule@1 #x05) true) #x04 a!166))))
(let ((a!40 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!50))
      (a!168 (ite (and (= rule@1 #x02) true)
                  #x02
                  (ite (and (= rule@1 #x03) true) #x03 a!167))))
(let ((a!41 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x00))
                 (bvadd (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 (ite (and (= rule@1 #x09) true)
                      (bvsub |folio.refcount[F0]@1| #x01)
                      a!40)))
      (a!52 (= |folio.refcount[F1]@2|
               (ite (and (= rule@1 #x03) (= a!3 #x01)) #x01 a!51)))
      (a!169 (ite (and (= rule@1 #x00) true)
                  #x01
                  (ite (and (= rule@1 #x01) true) #x0a a!168))))
(let ((a!42 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!41)))
(let ((a!43 (ite (and (= rule@1 #x00) true)
                 (bvadd |folio.refcount[F0]@1| #x01)
                 (ite (and (= rule@1 #x03) (= a!3 #x00)) #x01 a!42))))
  (and a!22
       (= |alive[P0]@2| |alive[P0]@1|)
       (= |pte[P0][0]@2| |pte[P0][0]@1|)
       (= |pte.folio[P0][0]@2| |pte.folio[P0][0]@1|)
       (= |pte.write[P0][0]@2| |pte.write[P0][0]@1|)
       (= |expected[P0][0]@2| |expected[P0][0]@1|)
       (= |anon_vma.list[av0][0]@2| |anon_vma.list[av0][0]@1|)
       (= |anon_vma.len[av0]@2| |anon_vma.len[av0]@1|)
       (= |anon_vma.refcount[av0]@2| |anon_vma.refcount[av0]@1|)
       a!29
       (= |folio.used[F1]@2| a!32)
       (= |folio.refcount[F0]@2| a!43)
       a!52
       (= |folio.mapcount[F0]@2| |folio.mapcount[F0]@1|)
       (= |folio.mapcount[F1]@2| |folio.mapcount[F1]@1|)
       (= |PG_lru[F0]@2| a!60)
       a!63
       (= |PG_anon_exclusive[F0]@2| a!69)
       a!72
       (= |folio.mapping[F0]@2| a!78)
       a!81
       (= |folio.index[F0]@2| a!87)
       a!90
       (= |folio.data[F0]@2| a!97)
       a!101
       a!108
       (= |folio.node[F1]@2| a!111)
       (= |page.mapping(shmem)[F0]@2| a!119)
       (= |page.mapping(shmem)[F1]@2| a!122)
       (= |PG_swapcache[F0]@2| a!130)
       (= |PG_swapcache[F1]@2| a!133)
       (= |PG_dirty[F0]@2| a!141)
       (= |PG_dirty[F1]@2| a!144)
       a!147
       a!149
       (= |&mm->mmap_lock.writer[P0]@2| |&mm->mmap_lock.writer[P0]@1|)
       (= |&mm->mmap_lock.readers[P0]@2| |&mm->mmap_lock.readers[P0]@1|)
       (= |&anon_vma->rwsem.writer[av0]@2| |&anon_vma->rwsem.writer[av0]@1|)
       (= |&anon_vma->rwsem.readers[av0]@2| |&anon_vma->rwsem.readers[av0]@1|)
       (= |ptlock_ptr(page)[P0]@2| |ptlock_ptr(page)[P0]@1|)
       (= |PG_locked[F0]@2| a!156)
       a!160
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
       (= migrate0.pc@2 a!169)
       a!171
       (= migrate0.newpage@2 a!173)
       (= migrate0.ok@2 a!175)
       (= migrate0.mapping_is_swapper@2 a!176)
       a!177
       a!180
       (= fault0.page@2 a!182)
       (= fault0.from_swap@2 a!183)
       a!186
       (= kswapd0.isolated@2 a!187)
       (bvule |alive[P0]@2| #x01)
       (bvule |pte[P0][0]@2| #x07)
       (bvule |pte.folio[P0][0]@2| #x01)
       (bvule |pte.write[P0][0]@2| #x01)
       (bvule |expected[P0][0]@2| #x01)
       (bvule |anon_vma.list[av0][0]@2| #x00)
       (bvule |anon_vma.len[av0]@2| #x01)
       (bvule |anon_vma.refcount[av0]@2| #x06)
       (bvule |folio.used[F0]@2| #x01)
       (bvule |folio.used[F1]@2| #x01)
       (bvule |folio.refcount[F0]@2| #x06)
       (bvule |folio.refcount[F1]@2| #x06)
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
       (bvule |&mm->mmap_lock.writer[P0]@2| #x03)
       (bvule |&mm->mmap_lock.readers[P0]@2| #x03)
       (bvule |&anon_vma->rwsem.writer[av0]@2| #x03)
       (bvule |&anon_vma->rwsem.readers[av0]@2| #x03)
       (bvule |ptlock_ptr(page)[P0]@2| #x03)
       (bvule |PG_locked[F0]@2| #x03)
       (bvule |PG_locked[F1]@2| #x03)
       (bvule |&mapping->tree_lock.writer[shmem]@2| #x03)
       (bvule |&mapping->tree_lock.writer[swapper_space]@2| #x03)
       (bvule |&mapping->tree_lock.readers[shmem]@2| #x03)
       (bvule |&mapping->tree_lock.readers[swapper_space]@2| #x03)
       (bvule |swap_lock[0]@2| #x03)
       (bvule |&info->lock[0]@2| #x03)
       (bvule |lru_lock[0]@2| #x03)
       (bvule migrate0.pc@2 #x0a)
       (bvule migrate0.isolated@2 #x01)
       (bvule migrate0.newpage@2 #x02)
       (bvule migrate0.ok@2 #x01)
       (bvule migrate0.mapping_is_swapper@2 #x01)
       (bvule migrate0.pass@2 #x01)
       (bvule fault0.pc@2 #x03)
       (bvule fault0.page@2 #x02)
       (bvule fault0.from_swap@2 #x01)
       (bvule kswapd0.pc@2 #x03)
       (bvule kswapd0.isolated@2 #x01))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@2| #x00))
                     (not (= |PG_lru[F0]@2| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@2| #x00)))
               (not (not (= |folio.used[F1]@2| #x00)))))
      (a!3 (ite (not (not (= |folio.used[F0]@2| #x00))) #x00 #x01))
      (a!5 (and (= rule@2 #x04)
                (= migrate0.pc@2 #x03)
                (or (not (= |PG_swapcache[F0]@2| #x00))
                    (not (= |page.mapping(shmem)[F0]@2| #x00)))
                (not (= |PG_swapcache[F0]@2| #x00))))
      (a!6 (and (= rule@2 #x05)
                (= migrate0.pc@2 #x03)
                (or (not (= |PG_swapcache[F0]@2| #x00))
                    (not (= |page.mapping(shmem)[F0]@2| #x00)))
                (not (not (= |PG_swapcache[F0]@2| #x00)))
                (not (= |PG_dirty[F0]@2| #x00))
                (= |&info->lock[0]@2| #x00)
                (= |swap_lock[0]@2| #x00)
                (= |&mapping->tree_lock.writer[swapper_space]@2| #x00)
                (= |&mapping->tree_lock.readers[swapper_space]@2| #x00)))
      (a!7 (and (= rule@2 #x06)
                (= migrate0.pc@2 #x03)
                (or (not (= |PG_swapcache[F0]@2| #x00))
                    (not (= |page.mapping(shmem)[F0]@2| #x00)))
                (not (not (= |PG_swapcache[F0]@2| #x00)))
                (not (not (= |PG_dirty[F0]@2| #x00)))))
      (a!8 (not (or (not (= |PG_swapcache[F0]@2| #x00))
                    (not (= |page.mapping(shmem)[F0]@2| #x00)))))
      (a!9 (= (ite (not (= migrate0.mapping_is_swapper@2 #x00)) #x01 #x00) #x00))
      (a!10 (= (ite (not (= migrate0.mapping_is_swapper@2 #x00))
                    swapper_space.i_pages@2
                    shmem.i_pages@2)
               #x00))
      (a!13 (and (= rule@2 #x0d)
                 (= migrate0.pc@2 #x07)
                 (not (not (= migrate0.ok@2 #x00)))))
      (a!14 (and (= rule@2 #x0f)
                 (= migrate0.pc@2 #x09)
                 (not (not (= migrate0.ok@2 #x00)))))
      (a!15 (and (= rule@2 #x14)
                 (= fault0.pc@2 #x01)
                 (= (ite (= fault0.page@2 #x00)
                         |PG_locked[F0]@2|
                         |PG_locked[F1]@2|)
                    #x00)))
      (a!16 (not (= (ite (= fault0.page@2 #x00)
                         |PG_swapcache[F0]@2|
                         |PG_swapcache[F1]@2|)
                    #x00)))
      (a!17 (not (= (ite (= fault0.page@2 #x00)
                         |page.mapping(shmem)[F0]@2|
                         |page.mapping(shmem)[F1]@2|)
                    #x00)))
      (a!19 (not (and (not (= |folio.used[F0]@2| #x00))
                      (not (= |PG_lru[F0]@2| #x00))
                      (= |PG_locked[F0]@2| #x00))))
      (a!20 (and (= rule@2 #x19)
                 (= kswapd0.pc@2 #x01)
                 (not (= |PG_dirty[F0]@2| #x00))
                 (not (= |page.mapping(shmem)[F0]@2| #x00))
                 (not (not (= |PG_swapcache[F0]@2| #x00)))
                 (= |&info->lock[0]@2| #x00)
                 (= |swap_lock[0]@2| #x00)
                 (= |&mapping->tree_lock.writer[swapper_space]@2| #x00)
                 (= |&mapping->tree_lock.readers[swapper_space]@2| #x00)))
      (a!21 (and (not (= |PG_dirty[F0]@2| #x00))
                 (not (= |page.mapping(shmem)[F0]@2| #x00))
                 (not (not (= |PG_swapcache[F0]@2| #x00)))))
      (a!23 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.used[F0]@2|
                      |folio.used[F1]@2|)))
      (a!24 (ite (= (ite (= fault0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= fault0.page@2 #x00)
                      |folio.used[F0]@2|
                      |folio.used[F1]@2|)))
      (a!33 (ite (and (= rule@2 #x17) true)
                 (bvadd |folio.refcount[F0]@2| #x01)
                 (ite (and (= rule@2 #x1b) true)
                      (bvsub |folio.refcount[F0]@2| #x01)
                      |folio.refcount[F0]@2|)))
      (a!44 (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                 (bvsub (ite (= fault0.page@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 |folio.refcount[F1]@2|))
      (a!53 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00) |PG_lru[F0]@2| |PG_lru[F1]@2|)))
      (a!54 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 #x01))
      (a!55 (ite (= (ite (= fault0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= fault0.page@2 #x00) |PG_lru[F0]@2| |PG_lru[F1]@2|)))
      (a!56 (ite (and (= rule@2 #x17) true)
                 #x00
                 (ite (and (= rule@2 #x1b) true)
                      (ite (= |folio.refcount[F0]@2| #x01) #x00 #x01)
                      |PG_lru[F0]@2|)))
      (a!64 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |PG_anon_exclusive[F0]@2|
                      |PG_anon_exclusive[F1]@2|)))
      (a!65 (ite (= (ite (= fault0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= fault0.page@2 #x00)
                      |PG_anon_exclusive[F0]@2|
                      |PG_anon_exclusive[F1]@2|)))
      (a!73 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.mapping[F0]@2|
                      |folio.mapping[F1]@2|)))
      (a!74 (ite (= (ite (= fault0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x01
                 (ite (= fault0.page@2 #x00)
                      |folio.mapping[F0]@2|
                      |folio.mapping[F1]@2|)))
      (a!82 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.index[F0]@2|
                      |folio.index[F1]@2|)))
      (a!83 (ite (= (ite (= fault0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= fault0.page@2 #x00)
                      |folio.index[F0]@2|
                      |folio.index[F1]@2|)))
      (a!91 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.data[F0]@2|
                      |folio.data[F1]@2|)))
      (a!92 (ite (= (ite (= fault0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= fault0.page@2 #x00)
                      |folio.data[F0]@2|
                      |folio.data[F1]@2|)))
      (a!102 (ite (= (ite (= migrate0.newpage@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@2 #x00)
                       |folio.node[F0]@2|
                       |folio.node[F1]@2|)))
      (a!103 (ite (= (ite (= fault0.page@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= fault0.page@2 #x00)
                       |folio.node[F0]@2|
                       |folio.node[F1]@2|)))
      (a!112 (ite (= (ite (= migrate0.newpage@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@2 #x00)
                       |page.mapping(shmem)[F0]@2|
                       |page.mapping(shmem)[F1]@2|)))
      (a!113 (ite (= (ite (= fault0.page@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= fault0.page@2 #x00)
                       |page.mapping(shmem)[F0]@2|
                       |page.mapping(shmem)[F1]@2|)))
      (a!114 (ite (and (= rule@2 #x19) true)
                  #x00
                  (ite (and (= rule@2 #x1b) true)
                       (ite (= |folio.refcount[F0]@2| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@2|)
                       |page.mapping(shmem)[F0]@2|)))
      (a!123 (ite (= (ite (= migrate0.newpage@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@2 #x00)
                       |PG_swapcache[F0]@2|
                       |PG_swapcache[F1]@2|)))
      (a!124 (ite (= (ite (= fault0.page@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= fault0.page@2 #x00)
                       |PG_swapcache[F0]@2|
                       |PG_swapcache[F1]@2|)))
      (a!125 (ite (and (= rule@2 #x19) true)
                  #x01
                  (ite (and (= rule@2 #x1b) true)
                       (ite (= |folio.refcount[F0]@2| #x01)
                            #x00
                            |PG_swapcache[F0]@2|)
                       |PG_swapcache[F0]@2|)))
      (a!134 (ite (= (ite (= migrate0.newpage@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@2 #x00)
                       |PG_dirty[F0]@2|
                       |PG_dirty[F1]@2|)))
      (a!135 (ite (= (ite (= fault0.page@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= fault0.page@2 #x00) |PG_dirty[F0]@2| |PG_dirty[F1]@2|)))
      (a!136 (ite (and (= rule@2 #x19) true)
                  #x01
                  (ite (and (= rule@2 #x1b) true)
                       (ite (= |folio.refcount[F0]@2| #x01)
                            #x00
                            |PG_dirty[F0]@2|)
                       |PG_dirty[F0]@2|)))
      (a!145 (ite (not (not (= migrate0.mapping_is_swapper@2 #x00)))
                  migrate0.newpage@2
                  shmem.i_pages@2))
      (a!148 (ite (and (= rule@2 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@2 #x00))
                       migrate0.newpage@2
                       swapper_space.i_pages@2)
                  (ite (and (= rule@2 #x19) true) #x00 swapper_space.i_pages@2)))
      (a!150 (ite (and (= rule@2 #x19) true)
                  #x00
                  (ite (and (= rule@2 #x1a) true) #x00 |PG_locked[F0]@2|)))
      (a!157 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                  #x00
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                       #x00
                       |PG_locked[F1]@2|)))
      (a!161 (ite (and (= rule@2 #x10) true)
                  #x01
                  (ite (and (= rule@2 #x11) true) #x09 migrate0.pc@2)))
      (a!170 (ite (and (= rule@2 #x0e) true)
                  #x00
                  (ite (and (= rule@2 #x0f) true) #x00 migrate0.isolated@2)))
      (a!172 (ite (and (= rule@2 #x0d) true)
                  #x02
                  (ite (and (= rule@2 #x0e) true) #x02 migrate0.newpage@2)))
      (a!174 (ite (and (= rule@2 #x0b) true)
                  #x01
                  (ite (and (= rule@2 #x11) true) #x00 migrate0.ok@2)))
      (a!176 (ite (and (= rule@2 #x04) true)
                  |PG_swapcache[F0]@2|
                  (ite (and (= rule@2 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@2)))
      (a!177 (= migrate0.pass@3
                (ite (and (= rule@2 #x10) true)
                     (bvadd migrate0.pass@2 #x01)
                     migrate0.pass@2)))
      (a!178 (ite (and (= rule@2 #x15) true)
                  #x03
                  (ite (and (= rule@2 #x16) true) #x00 fault0.pc@2)))
      (a!181 (ite (and (= rule@2 #x15) true)
                  #x02
                  (ite (and (= rule@2 #x16) true) #x02 fault0.page@2)))
      (a!183 (ite (and (= rule@2 #x12) true)
                  #x00
                  (ite (and (= rule@2 #x13) true) #x01 fault0.from_swap@2)))
      (a!184 (ite (and (= rule@2 #x1a) true)
                  #x02
                  (ite (and (= rule@2 #x1b) true) #x03 kswapd0.pc@2)))
      (a!187 (ite (and (= rule@2 #x17) true)
                  #x01
                  (ite (and (= rule@2 #x1b) true) #x00 kswapd0.isolated@2))))
(let ((a!4 (and (= rule@2 #x03)
                (= migrate0.pc@2 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@2| |PG_locked[F1]@2|) #x00)))
      (a!11 (and (= rule@2 #x09)
                 (= migrate0.pc@2 #x05)
                 (= (ite a!9
                         |&mapping->tree_lock.writer[shmem]@2|
                         |&mapping->tree_lock.writer[swapper_space]@2|)
                    #x00)
                 (= (ite a!9
                         |&mapping->tree_lock.readers[shmem]@2|
                         |&mapping->tree_lock.readers[swapper_space]@2|)
                    #x00)
                 (or (not (= |PG_swapcache[F0]@2| #x00))
                     (not (= |page.mapping(shmem)[F0]@2| #x00)))
                 (= |folio.refcount[F0]@2| #x02)
                 a!10))
      (a!12 (and (or (not (= |PG_swapcache[F0]@2| #x00))
                     (not (= |page.mapping(shmem)[F0]@2| #x00)))
                 (= |folio.refcount[F0]@2| #x02)
                 a!10))
      (a!18 (ite (not (= fault0.from_swap@2 #x00))
                 (and (= swapper_space.i_pages@2 fault0.page@2) a!16)
                 (and (= shmem.i_pages@2 fault0.page@2) a!17)))
      (a!25 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                 a!24
                 (ite (and (= rule@2 #x1b) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.used[F0]@2|)
                      |folio.used[F0]@2|)))
      (a!30 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                 a!24
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                      a!24
                      |folio.used[F1]@2|)))
      (a!34 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                 (bvsub (ite (= fault0.page@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!33))
      (a!45 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                 (bvsub (ite (= fault0.page@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!44))
      (a!57 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                 a!55
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00)) a!55 a!56)))
      (a!61 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                 a!55
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                      a!55
                      |PG_lru[F1]@2|)))
      (a!66 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                 a!65
                 (ite (and (= rule@2 #x1b) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@2|)
                      |PG_anon_exclusive[F0]@2|)))
      (a!70 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                 a!65
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                      a!65
                      |PG_anon_exclusive[F1]@2|)))
      (a!75 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                 a!74
                 (ite (and (= rule@2 #x1b) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x01
                           |folio.mapping[F0]@2|)
                      |folio.mapping[F0]@2|)))
      (a!79 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                 a!74
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                      a!74
                      |folio.mapping[F1]@2|)))
      (a!84 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                 a!83
                 (ite (and (= rule@2 #x1b) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.index[F0]@2|)
                      |folio.index[F0]@2|)))
      (a!88 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                 a!83
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                      a!83
                      |folio.index[F1]@2|)))
      (a!93 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                 a!92
                 (ite (and (= rule@2 #x1b) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.data[F0]@2|)
                      |folio.data[F0]@2|)))
      (a!98 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                 a!92
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                      a!92
                      |folio.data[F1]@2|)))
      (a!104 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                  a!103
                  (ite (and (= rule@2 #x1b) true)
                       (ite (= |folio.refcount[F0]@2| #x01)
                            #x00
                            |folio.node[F0]@2|)
                       |folio.node[F0]@2|)))
      (a!109 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                  a!103
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                       a!103
                       |folio.node[F1]@2|)))
      (a!115 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                  a!113
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x00)) a!113 a!114)))
      (a!120 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                  a!113
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                       a!113
                       |page.mapping(shmem)[F1]@2|)))
      (a!126 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                  a!124
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x00)) a!124 a!125)))
      (a!131 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                  a!124
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                       a!124
                       |PG_swapcache[F1]@2|)))
      (a!137 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                  a!135
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x00)) a!135 a!136)))
      (a!142 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                  a!135
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                       a!135
                       |PG_dirty[F1]@2|)))
      (a!146 (ite (and (= rule@2 #x09) true)
                  a!145
                  (ite (and (= rule@2 #x19) true) #x02 shmem.i_pages@2)))
      (a!149 (= swapper_space.i_pages@3
                (ite (and (= rule@2 #x05) true) #x00 a!148)))
      (a!151 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                  #x00
                  (ite (and (= rule@2 #x17) true) #x03 a!150)))
      (a!158 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                  #x00
                  (ite (and (= rule@2 #x14) (= fault0.page@2 #x01)) #x02 a!157)))
      (a!162 (ite (and (= rule@2 #x0e) true)
                  #x0a
                  (ite (and (= rule@2 #x0f) true) #x0a a!161)))
      (a!171 (= migrate0.isolated@3 (ite (and (= rule@2 #x00) true) #x01 a!170)))
      (a!173 (ite (and (= rule@2 #x03) true)
                  a!3
                  (ite (and (= rule@2 #x08) true) #x02 a!172)))
      (a!175 (ite (and (= rule@2 #x07) true)
                  #x00
                  (ite (and (= rule@2 #x0a) true) #x00 a!174)))
      (a!179 (ite (and (= rule@2 #x13) true)
                  #x01
                  (ite (and (= rule@2 #x14) true) #x02 a!178)))
      (a!182 (ite (and (= rule@2 #x12) true)
                  shmem.i_pages@2
                  (ite (and (= rule@2 #x13) true) swapper_space.i_pages@2 a!181)))
      (a!185 (ite (and (= rule@2 #x18) true)
                  #x03
                  (ite (and (= rule@2 #x19) true) #x02 a!184))))
(let ((a!22 (or (and (= rule@2 #x00)
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
                a!6
                a!7
                (and (= rule@2 #x07) (= migrate0.pc@2 #x03) a!8)
                (and (= rule@2 #x08) (= migrate0.pc@2 #x04))
                a!11
                (and (= rule@2 #x0a) (= migrate0.pc@2 #x05) (not a!12))
                (and (= rule@2 #x0b) (= migrate0.pc@2 #x06))
                (and (= rule@2 #x0c)
                     (= migrate0.pc@2 #x07)
                     (not (= migrate0.ok@2 #x00)))
                a!13
                (and (= rule@2 #x0e)
                     (= migrate0.pc@2 #x09)
                     (not (= migrate0.ok@2 #x00)))
                a!14
                (and (= rule@2 #x10)
                     (= migrate0.pc@2 #x08)
                     (bvult migrate0.pass@2 #x01))
                (and (= rule@2 #x11)
                     (= migrate0.pc@2 #x08)
                     (bvuge migrate0.pass@2 #x01))
                (and (= rule@2 #x12)
                     (= fault0.pc@2 #x00)
                     (= |&mapping->tree_lock.writer[shmem]@2| #x00)
                     (not (= shmem.i_pages@2 #x02)))
                (and (= rule@2 #x13)
                     (= fault0.pc@2 #x00)
                     (= |&info->lock[0]@2| #x00)
                     (= |&mapping->tree_lock.writer[swapper_space]@2| #x00)
                     (= shmem.i_pages@2 #x02)
                     (not (= swapper_space.i_pages@2 #x02)))
                a!15
                (and (= rule@2 #x15) (= fault0.pc@2 #x02) a!18)
                (and (= rule@2 #x16) (= fault0.pc@2 #x02) (not a!18))
                (and (= rule@2 #x17)
                     (= kswapd0.pc@2 #x00)
                     (= |lru_lock[0]@2| #x00)
                     (not (= |folio.used[F0]@2| #x00))
                     (not (= |PG_lru[F0]@2| #x00))
                     (= |PG_locked[F0]@2| #x00))
                (and (= rule@2 #x18) (= kswapd0.pc@2 #x00) a!19)
                a!20
                (and (= rule@2 #x1a) (= kswapd0.pc@2 #x01) (not a!21))
                (and (= rule@2 #x1b) (= kswapd0.pc@2 #x02))))
      (a!26 (ite (and (= rule@2 #x0f) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.used[F0]@2|)
                 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00)) a!24 a!25)))
      (a!31 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!23
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!23
                      a!30)))
      (a!35 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                 (bvsub (ite (= fault0.page@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!34))
      (a!46 (ite (and (= rule@2 #x13) (= swapper_space.i_pages@2 #x01))
                 (bvadd (ite (= swapper_space.i_pages@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!45))
      (a!58 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_lru[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01) #x00 #x01)
                      a!57)))
      (a!62 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!53
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!54
                      a!61)))
      (a!67 (ite (and (= rule@2 #x0f) true)
                 (ite (= |folio.refcount[F0]@2| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@2|)
                 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00)) a!65 a!66)))
      (a!71 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!64
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!64
                      a!70)))
      (a!76 (ite (and (= rule@2 #x0f) true)
                 (ite (= |folio.refcount[F0]@2| #x01)
                      #x01
                      |folio.mapping[F0]@2|)
                 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00)) a!74 a!75)))
      (a!80 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!73
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!73
                      a!79)))
      (a!85 (ite (and (= rule@2 #x0f) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.index[F0]@2|)
                 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00)) a!83 a!84)))
      (a!89 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!82
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!82
                      a!88)))
      (a!94 (ite (and (= rule@2 #x0f) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.data[F0]@2|)
                 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00)) a!92 a!93)))
      (a!99 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!91
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!91
                      a!98)))
      (a!105 (ite (and (= rule@2 #x0f) true)
                  (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.node[F0]@2|)
                  (ite (and (= rule@2 #x15) (= fault0.page@2 #x00)) a!103 a!104)))
      (a!110 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                  a!102
                  (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                       a!102
                       a!109)))
      (a!116 (ite (and (= rule@2 #x0e) true)
                  (ite (= |folio.refcount[F0]@2| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@2|)
                  (ite (and (= rule@2 #x0f) true)
                       (ite (= |folio.refcount[F0]@2| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@2|)
                       a!115)))
      (a!121 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                  a!112
                  (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                       a!112
                       a!120)))
      (a!127 (ite (and (= rule@2 #x0e) true)
                  (ite (= |folio.refcount[F0]@2| #x01)
                       #x00
                       |PG_swapcache[F0]@2|)
                  (ite (and (= rule@2 #x0f) true)
                       (ite (= |folio.refcount[F0]@2| #x01)
                            #x00
                            |PG_swapcache[F0]@2|)
                       a!126)))
      (a!132 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                  a!123
                  (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                       a!123
                       a!131)))
      (a!138 (ite (and (= rule@2 #x0e) true)
                  (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_dirty[F0]@2|)
                  (ite (and (= rule@2 #x0f) true)
                       (ite (= |folio.refcount[F0]@2| #x01)
                            #x00
                            |PG_dirty[F0]@2|)
                       a!137)))
      (a!143 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                  a!134
                  (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                       a!134
                       a!142)))
      (a!147 (= shmem.i_pages@3 (ite (and (= rule@2 #x05) true) #x02 a!146)))
      (a!152 (ite (and (= rule@2 #x14) (= fault0.page@2 #x00))
                  #x02
                  (ite (and (= rule@2 #x15) (= fault0.page@2 #x00)) #x00 a!151)))
      (a!159 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                  #x00
                  (ite (and (= rule@2 #x0c) (= migrate0.newpage@2 #x01))
                       #x00
                       a!158)))
      (a!163 (ite (and (= rule@2 #x0c) true)
                  #x09
                  (ite (and (= rule@2 #x0d) true) #x08 a!162)))
      (a!180 (= fault0.pc@3 (ite (and (= rule@2 #x12) true) #x01 a!179)))
      (a!186 (= kswapd0.pc@3 (ite (and (= rule@2 #x17) true) #x01 a!185))))
(let ((a!27 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                 a!23
                 (ite (and (= rule@2 #x0e) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.used[F0]@2|)
                      a!26)))
      (a!32 (ite (and (= rule@2 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                      a!23
                      a!31)))
      (a!36 (ite (and (= rule@2 #x13) (= swapper_space.i_pages@2 #x00))
                 (bvadd (ite (= swapper_space.i_pages@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!35))
      (a!47 (ite (and (= rule@2 #x12) (= shmem.i_pages@2 #x01))
                 (bvadd (ite (= shmem.i_pages@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!46))
      (a!59 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!53
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!54
                      a!58)))
      (a!63 (= |PG_lru[F1]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01)) a!53 a!62)))
      (a!68 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                 a!64
                 (ite (and (= rule@2 #x0e) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@2|)
                      a!67)))
      (a!72 (= |PG_anon_exclusive[F1]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01)) a!64 a!71)))
      (a!77 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                 a!73
                 (ite (and (= rule@2 #x0e) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x01
                           |folio.mapping[F0]@2|)
                      a!76)))
      (a!81 (= |folio.mapping[F1]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01)) a!73 a!80)))
      (a!86 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                 a!82
                 (ite (and (= rule@2 #x0e) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.index[F0]@2|)
                      a!85)))
      (a!90 (= |folio.index[F1]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01)) a!82 a!89)))
      (a!95 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                 a!91
                 (ite (and (= rule@2 #x0e) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.data[F0]@2|)
                      a!94)))
      (a!100 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                  a!91
                  (ite (and (= rule@2 #x0b) (= migrate0.newpage@2 #x01))
                       |folio.data[F0]@2|
                       a!99)))
      (a!106 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                  a!102
                  (ite (and (= rule@2 #x0e) true)
                       (ite (= |folio.refcount[F0]@2| #x01)
                            #x00
                            |folio.node[F0]@2|)
                       a!105)))
      (a!111 (ite (and (= rule@2 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@2|)
                  (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                       a!102
                       a!110)))
      (a!117 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                  a!112
                  (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                       a!112
                       a!116)))
      (a!122 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                  a!112
                  (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x01))
                       |page.mapping(shmem)[F0]@2|
                       a!121)))
      (a!128 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                  a!123
                  (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                       a!123
                       a!127)))
      (a!133 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                  a!123
                  (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x01))
                       |PG_swapcache[F0]@2|
                       a!132)))
      (a!139 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                  a!134
                  (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                       a!134
                       a!138)))
      (a!144 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                  a!134
                  (ite (and (= rule@2 #x0b) (= migrate0.newpage@2 #x01))
                       |PG_dirty[F0]@2|
                       a!143)))
      (a!153 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                  #x00
                  (ite (and (= rule@2 #x0d) true) #x00 a!152)))
      (a!160 (= |PG_locked[F1]@3|
                (ite (and (= rule@2 #x03) (= a!3 #x01)) #x01 a!159)))
      (a!164 (ite (and (= rule@2 #x0a) true)
                  #x07
                  (ite (and (= rule@2 #x0b) true) #x07 a!163))))
(let ((a!28 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                 a!23
                 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                      a!23
                      a!27)))
      (a!37 (ite (and (= rule@2 #x12) (= shmem.i_pages@2 #x00))
                 (bvadd (ite (= shmem.i_pages@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!36))
      (a!48 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!47))
      (a!60 (ite (and (= rule@2 #x00) true)
                 #x00
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      a!53
                      a!59)))
      (a!69 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                 a!64
                 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                      a!64
                      a!68)))
      (a!78 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                 a!73
                 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                      a!73
                      a!77)))
      (a!87 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                 a!82
                 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                      a!82
                      a!86)))
      (a!96 (ite (and (= rule@2 #x0b) (= migrate0.newpage@2 #x00))
                 |folio.data[F0]@2|
                 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                      a!91
                      a!95)))
      (a!101 (= |folio.data[F1]@3|
                (ite (and (= rule@2 #x03) (= a!3 #x01)) #x00 a!100)))
      (a!107 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                  a!102
                  (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                       a!102
                       a!106)))
      (a!118 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x00))
                  |page.mapping(shmem)[F0]@2|
                  (ite (and (= rule@2 #x0b) true) #x00 a!117)))
      (a!129 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x00))
                  |PG_swapcache[F0]@2|
                  (ite (and (= rule@2 #x0b) true) #x00 a!128)))
      (a!140 (ite (and (= rule@2 #x0b) (= migrate0.newpage@2 #x00))
                  |PG_dirty[F0]@2|
                  (ite (and (= rule@2 #x0b) true) #x00 a!139)))
      (a!154 (ite (and (= rule@2 #x0c) (= migrate0.newpage@2 #x00))
                  #x00
                  (ite (and (= rule@2 #x0c) true) #x00 a!153)))
      (a!165 (ite (and (= rule@2 #x08) true)
                  #x08
                  (ite (and (= rule@2 #x09) true) #x06 a!164))))
(let ((a!29 (= |folio.used[F0]@3|
               (ite (and (= rule@2 #x03) (= a!3 #x00)) #x01 a!28)))
      (a!38 (ite (and (= rule@2 #x0e) true)
                 (bvsub |folio.refcount[F0]@2| #x01)
                 (ite (and (= rule@2 #x0f) true)
                      (bvsub |folio.refcount[F0]@2| #x01)
                      a!37)))
      (a!49 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!48))
      (a!97 (ite (and (= rule@2 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      a!91
                      a!96)))
      (a!108 (= |folio.node[F0]@3|
                (ite (and (= rule@2 #x03) (= a!3 #x00))
                     (bvsub #x01 |folio.node[F0]@2|)
                     a!107)))
      (a!119 (ite (and (= rule@2 #x05) true)
                  #x00
                  (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                       a!112
                       a!118)))
      (a!130 (ite (and (= rule@2 #x05) true)
                  #x01
                  (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                       a!123
                       a!129)))
      (a!141 (ite (and (= rule@2 #x05) true)
                  #x01
                  (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                       a!134
                       a!140)))
      (a!155 (ite (and (= rule@2 #x05) true)
                  #x00
                  (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                       #x00
                       a!154)))
      (a!166 (ite (and (= rule@2 #x06) true)
                  #x05
                  (ite (and (= rule@2 #x07) true) #x07 a!165))))
(let ((a!39 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x01))
                 (bvadd (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!49))
      (a!156 (ite (and (= rule@2 #x02) true)
                  #x01
                  (ite (and (= rule@2 #x03) (= a!3 #x00)) #x01 a!155)))
      (a!167 (ite (and (= rule@2 #x04) true)
                  #x05
                  (ite (and (= rule@2 #x05) true) #x04 a!166))))
(let ((a!40 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!50))
      (a!168 (ite (and (= rule@2 #x02) true)
                  #x02
                  (ite (and (= rule@2 #x03) true) #x03 a!167))))
(let ((a!41 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x00))
                 (bvadd (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 (ite (and (= rule@2 #x09) true)
                      (bvsub |folio.refcount[F0]@2| #x01)
                      a!40)))
      (a!52 (= |folio.refcount[F1]@3|
               (ite (and (= rule@2 #x03) (= a!3 #x01)) #x01 a!51)))
      (a!169 (ite (and (= rule@2 #x00) true)
                  #x01
                  (ite (and (= rule@2 #x01) true) #x0a a!168))))
(let ((a!42 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!41)))
(let ((a!43 (ite (and (= rule@2 #x00) true)
                 (bvadd |folio.refcount[F0]@2| #x01)
                 (ite (and (= rule@2 #x03) (= a!3 #x00)) #x01 a!42))))
  (and a!22
       (= |alive[P0]@3| |alive[P0]@2|)
       (= |pte[P0][0]@3| |pte[P0][0]@2|)
       (= |pte.folio[P0][0]@3| |pte.folio[P0][0]@2|)
       (= |pte.write[P0][0]@3| |pte.write[P0][0]@2|)
       (= |expected[P0][0]@3| |expected[P0][0]@2|)
       (= |anon_vma.list[av0][0]@3| |anon_vma.list[av0][0]@2|)
       (= |anon_vma.len[av0]@3| |anon_vma.len[av0]@2|)
       (= |anon_vma.refcount[av0]@3| |anon_vma.refcount[av0]@2|)
       a!29
       (= |folio.used[F1]@3| a!32)
       (= |folio.refcount[F0]@3| a!43)
       a!52
       (= |folio.mapcount[F0]@3| |folio.mapcount[F0]@2|)
       (= |folio.mapcount[F1]@3| |folio.mapcount[F1]@2|)
       (= |PG_lru[F0]@3| a!60)
       a!63
       (= |PG_anon_exclusive[F0]@3| a!69)
       a!72
       (= |folio.mapping[F0]@3| a!78)
       a!81
       (= |folio.index[F0]@3| a!87)
       a!90
       (= |folio.data[F0]@3| a!97)
       a!101
       a!108
       (= |folio.node[F1]@3| a!111)
       (= |page.mapping(shmem)[F0]@3| a!119)
       (= |page.mapping(shmem)[F1]@3| a!122)
       (= |PG_swapcache[F0]@3| a!130)
       (= |PG_swapcache[F1]@3| a!133)
       (= |PG_dirty[F0]@3| a!141)
       (= |PG_dirty[F1]@3| a!144)
       a!147
       a!149
       (= |&mm->mmap_lock.writer[P0]@3| |&mm->mmap_lock.writer[P0]@2|)
       (= |&mm->mmap_lock.readers[P0]@3| |&mm->mmap_lock.readers[P0]@2|)
       (= |&anon_vma->rwsem.writer[av0]@3| |&anon_vma->rwsem.writer[av0]@2|)
       (= |&anon_vma->rwsem.readers[av0]@3| |&anon_vma->rwsem.readers[av0]@2|)
       (= |ptlock_ptr(page)[P0]@3| |ptlock_ptr(page)[P0]@2|)
       (= |PG_locked[F0]@3| a!156)
       a!160
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
       (= migrate0.pc@3 a!169)
       a!171
       (= migrate0.newpage@3 a!173)
       (= migrate0.ok@3 a!175)
       (= migrate0.mapping_is_swapper@3 a!176)
       a!177
       a!180
       (= fault0.page@3 a!182)
       (= fault0.from_swap@3 a!183)
       a!186
       (= kswapd0.isolated@3 a!187)
       (bvule |alive[P0]@3| #x01)
       (bvule |pte[P0][0]@3| #x07)
       (bvule |pte.folio[P0][0]@3| #x01)
       (bvule |pte.write[P0][0]@3| #x01)
       (bvule |expected[P0][0]@3| #x01)
       (bvule |anon_vma.list[av0][0]@3| #x00)
       (bvule |anon_vma.len[av0]@3| #x01)
       (bvule |anon_vma.refcount[av0]@3| #x06)
       (bvule |folio.used[F0]@3| #x01)
       (bvule |folio.used[F1]@3| #x01)
       (bvule |folio.refcount[F0]@3| #x06)
       (bvule |folio.refcount[F1]@3| #x06)
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
       (bvule |&mm->mmap_lock.writer[P0]@3| #x03)
       (bvule |&mm->mmap_lock.readers[P0]@3| #x03)
       (bvule |&anon_vma->rwsem.writer[av0]@3| #x03)
       (bvule |&anon_vma->rwsem.readers[av0]@3| #x03)
       (bvule |ptlock_ptr(page)[P0]@3| #x03)
       (bvule |PG_locked[F0]@3| #x03)
       (bvule |PG_locked[F1]@3| #x03)
       (bvule |&mapping->tree_lock.writer[shmem]@3| #x03)
       (bvule |&mapping->tree_lock.writer[swapper_space]@3| #x03)
       (bvule |&mapping->tree_lock.readers[shmem]@3| #x03)
       (bvule |&mapping->tree_lock.readers[swapper_space]@3| #x03)
       (bvule |swap_lock[0]@3| #x03)
       (bvule |&info->lock[0]@3| #x03)
       (bvule |lru_lock[0]@3| #x03)
       (bvule migrate0.pc@3 #x0a)
       (bvule migrate0.isolated@3 #x01)
       (bvule migrate0.newpage@3 #x02)
       (bvule migrate0.ok@3 #x01)
       (bvule migrate0.mapping_is_swapper@3 #x01)
       (bvule migrate0.pass@3 #x01)
       (bvule fault0.pc@3 #x03)
       (bvule fault0.page@3 #x02)
       (bvule fault0.from_swap@3 #x01)
       (bvule kswapd0.pc@3 #x03)
       (bvule kswapd0.isolated@3 #x01))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@3| #x00))
                     (not (= |PG_lru[F0]@3| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@3| #x00)))
               (not (not (= |folio.used[F1]@3| #x00)))))
      (a!3 (ite (not (not (= |folio.used[F0]@3| #x00))) #x00 #x01))
      (a!5 (and (= rule@3 #x04)
                (= migrate0.pc@3 #x03)
                (or (not (= |PG_swapcache[F0]@3| #x00))
                    (not (= |page.mapping(shmem)[F0]@3| #x00)))
                (not (= |PG_swapcache[F0]@3| #x00))))
      (a!6 (and (= rule@3 #x05)
                (= migrate0.pc@3 #x03)
                (or (not (= |PG_swapcache[F0]@3| #x00))
                    (not (= |page.mapping(shmem)[F0]@3| #x00)))
                (not (not (= |PG_swapcache[F0]@3| #x00)))
                (not (= |PG_dirty[F0]@3| #x00))
                (= |&info->lock[0]@3| #x00)
                (= |swap_lock[0]@3| #x00)
                (= |&mapping->tree_lock.writer[swapper_space]@3| #x00)
                (= |&mapping->tree_lock.readers[swapper_space]@3| #x00)))
      (a!7 (and (= rule@3 #x06)
                (= migrate0.pc@3 #x03)
                (or (not (= |PG_swapcache[F0]@3| #x00))
                    (not (= |page.mapping(shmem)[F0]@3| #x00)))
                (not (not (= |PG_swapcache[F0]@3| #x00)))
                (not (not (= |PG_dirty[F0]@3| #x00)))))
      (a!8 (not (or (not (= |PG_swapcache[F0]@3| #x00))
                    (not (= |page.mapping(shmem)[F0]@3| #x00)))))
      (a!9 (= (ite (not (= migrate0.mapping_is_swapper@3 #x00)) #x01 #x00) #x00))
      (a!10 (= (ite (not (= migrate0.mapping_is_swapper@3 #x00))
                    swapper_space.i_pages@3
                    shmem.i_pages@3)
               #x00))
      (a!13 (and (= rule@3 #x0d)
                 (= migrate0.pc@3 #x07)
                 (not (not (= migrate0.ok@3 #x00)))))
      (a!14 (and (= rule@3 #x0f)
                 (= migrate0.pc@3 #x09)
                 (not (not (= migrate0.ok@3 #x00)))))
      (a!15 (and (= rule@3 #x14)
                 (= fault0.pc@3 #x01)
                 (= (ite (= fault0.page@3 #x00)
                         |PG_locked[F0]@3|
                         |PG_locked[F1]@3|)
                    #x00)))
      (a!16 (not (= (ite (= fault0.page@3 #x00)
                         |PG_swapcache[F0]@3|
                         |PG_swapcache[F1]@3|)
                    #x00)))
      (a!17 (not (= (ite (= fault0.page@3 #x00)
                         |page.mapping(shmem)[F0]@3|
                         |page.mapping(shmem)[F1]@3|)
                    #x00)))
      (a!19 (not (and (not (= |folio.used[F0]@3| #x00))
                      (not (= |PG_lru[F0]@3| #x00))
                      (= |PG_locked[F0]@3| #x00))))
      (a!20 (and (= rule@3 #x19)
                 (= kswapd0.pc@3 #x01)
                 (not (= |PG_dirty[F0]@3| #x00))
                 (not (= |page.mapping(shmem)[F0]@3| #x00))
                 (not (not (= |PG_swapcache[F0]@3| #x00)))
                 (= |&info->lock[0]@3| #x00)
                 (= |swap_lock[0]@3| #x00)
                 (= |&mapping->tree_lock.writer[swapper_space]@3| #x00)
                 (= |&mapping->tree_lock.readers[swapper_space]@3| #x00)))
      (a!21 (and (not (= |PG_dirty[F0]@3| #x00))
                 (not (= |page.mapping(shmem)[F0]@3| #x00))
                 (not (not (= |PG_swapcache[F0]@3| #x00)))))
      (a!23 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.used[F0]@3|
                      |folio.used[F1]@3|)))
      (a!24 (ite (= (ite (= fault0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= fault0.page@3 #x00)
                      |folio.used[F0]@3|
                      |folio.used[F1]@3|)))
      (a!33 (ite (and (= rule@3 #x17) true)
                 (bvadd |folio.refcount[F0]@3| #x01)
                 (ite (and (= rule@3 #x1b) true)
                      (bvsub |folio.refcount[F0]@3| #x01)
                      |folio.refcount[F0]@3|)))
      (a!44 (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                 (bvsub (ite (= fault0.page@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 |folio.refcount[F1]@3|))
      (a!53 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00) |PG_lru[F0]@3| |PG_lru[F1]@3|)))
      (a!54 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 #x01))
      (a!55 (ite (= (ite (= fault0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= fault0.page@3 #x00) |PG_lru[F0]@3| |PG_lru[F1]@3|)))
      (a!56 (ite (and (= rule@3 #x17) true)
                 #x00
                 (ite (and (= rule@3 #x1b) true)
                      (ite (= |folio.refcount[F0]@3| #x01) #x00 #x01)
                      |PG_lru[F0]@3|)))
      (a!64 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |PG_anon_exclusive[F0]@3|
                      |PG_anon_exclusive[F1]@3|)))
      (a!65 (ite (= (ite (= fault0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= fault0.page@3 #x00)
                      |PG_anon_exclusive[F0]@3|
                      |PG_anon_exclusive[F1]@3|)))
      (a!73 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.mapping[F0]@3|
                      |folio.mapping[F1]@3|)))
      (a!74 (ite (= (ite (= fault0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x01
                 (ite (= fault0.page@3 #x00)
                      |folio.mapping[F0]@3|
                      |folio.mapping[F1]@3|)))
      (a!82 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.index[F0]@3|
                      |folio.index[F1]@3|)))
      (a!83 (ite (= (ite (= fault0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= fault0.page@3 #x00)
                      |folio.index[F0]@3|
                      |folio.index[F1]@3|)))
      (a!91 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.data[F0]@3|
                      |folio.data[F1]@3|)))
      (a!92 (ite (= (ite (= fault0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= fault0.page@3 #x00)
                      |folio.data[F0]@3|
                      |folio.data[F1]@3|)))
      (a!102 (ite (= (ite (= migrate0.newpage@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@3 #x00)
                       |folio.node[F0]@3|
                       |folio.node[F1]@3|)))
      (a!103 (ite (= (ite (= fault0.page@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= fault0.page@3 #x00)
                       |folio.node[F0]@3|
                       |folio.node[F1]@3|)))
      (a!112 (ite (= (ite (= migrate0.newpage@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@3 #x00)
                       |page.mapping(shmem)[F0]@3|
                       |page.mapping(shmem)[F1]@3|)))
      (a!113 (ite (= (ite (= fault0.page@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= fault0.page@3 #x00)
                       |page.mapping(shmem)[F0]@3|
                       |page.mapping(shmem)[F1]@3|)))
      (a!114 (ite (and (= rule@3 #x19) true)
                  #x00
                  (ite (and (= rule@3 #x1b) true)
                       (ite (= |folio.refcount[F0]@3| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@3|)
                       |page.mapping(shmem)[F0]@3|)))
      (a!123 (ite (= (ite (= migrate0.newpage@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@3 #x00)
                       |PG_swapcache[F0]@3|
                       |PG_swapcache[F1]@3|)))
      (a!124 (ite (= (ite (= fault0.page@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= fault0.page@3 #x00)
                       |PG_swapcache[F0]@3|
                       |PG_swapcache[F1]@3|)))
      (a!125 (ite (and (= rule@3 #x19) true)
                  #x01
                  (ite (and (= rule@3 #x1b) true)
                       (ite (= |folio.refcount[F0]@3| #x01)
                            #x00
                            |PG_swapcache[F0]@3|)
                       |PG_swapcache[F0]@3|)))
      (a!134 (ite (= (ite (= migrate0.newpage@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@3 #x00)
                       |PG_dirty[F0]@3|
                       |PG_dirty[F1]@3|)))
      (a!135 (ite (= (ite (= fault0.page@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= fault0.page@3 #x00) |PG_dirty[F0]@3| |PG_dirty[F1]@3|)))
      (a!136 (ite (and (= rule@3 #x19) true)
                  #x01
                  (ite (and (= rule@3 #x1b) true)
                       (ite (= |folio.refcount[F0]@3| #x01)
                            #x00
                            |PG_dirty[F0]@3|)
                       |PG_dirty[F0]@3|)))
      (a!145 (ite (not (not (= migrate0.mapping_is_swapper@3 #x00)))
                  migrate0.newpage@3
                  shmem.i_pages@3))
      (a!148 (ite (and (= rule@3 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@3 #x00))
                       migrate0.newpage@3
                       swapper_space.i_pages@3)
                  (ite (and (= rule@3 #x19) true) #x00 swapper_space.i_pages@3)))
      (a!150 (ite (and (= rule@3 #x19) true)
                  #x00
                  (ite (and (= rule@3 #x1a) true) #x00 |PG_locked[F0]@3|)))
      (a!157 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                  #x00
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                       #x00
                       |PG_locked[F1]@3|)))
      (a!161 (ite (and (= rule@3 #x10) true)
                  #x01
                  (ite (and (= rule@3 #x11) true) #x09 migrate0.pc@3)))
      (a!170 (ite (and (= rule@3 #x0e) true)
                  #x00
                  (ite (and (= rule@3 #x0f) true) #x00 migrate0.isolated@3)))
      (a!172 (ite (and (= rule@3 #x0d) true)
                  #x02
                  (ite (and (= rule@3 #x0e) true) #x02 migrate0.newpage@3)))
      (a!174 (ite (and (= rule@3 #x0b) true)
                  #x01
                  (ite (and (= rule@3 #x11) true) #x00 migrate0.ok@3)))
      (a!176 (ite (and (= rule@3 #x04) true)
                  |PG_swapcache[F0]@3|
                  (ite (and (= rule@3 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@3)))
      (a!177 (= migrate0.pass@4
                (ite (and (= rule@3 #x10) true)
                     (bvadd migrate0.pass@3 #x01)
                     migrate0.pass@3)))
      (a!178 (ite (and (= rule@3 #x15) true)
                  #x03
                  (ite (and (= rule@3 #x16) true) #x00 fault0.pc@3)))
      (a!181 (ite (and (= rule@3 #x15) true)
                  #x02
                  (ite (and (= rule@3 #x16) true) #x02 fault0.page@3)))
      (a!183 (ite (and (= rule@3 #x12) true)
                  #x00
                  (ite (and (= rule@3 #x13) true) #x01 fault0.from_swap@3)))
      (a!184 (ite (and (= rule@3 #x1a) true)
                  #x02
                  (ite (and (= rule@3 #x1b) true) #x03 kswapd0.pc@3)))
      (a!187 (ite (and (= rule@3 #x17) true)
                  #x01
                  (ite (and (= rule@3 #x1b) true) #x00 kswapd0.isolated@3))))
(let ((a!4 (and (= rule@3 #x03)
                (= migrate0.pc@3 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@3| |PG_locked[F1]@3|) #x00)))
      (a!11 (and (= rule@3 #x09)
                 (= migrate0.pc@3 #x05)
                 (= (ite a!9
                         |&mapping->tree_lock.writer[shmem]@3|
                         |&mapping->tree_lock.writer[swapper_space]@3|)
                    #x00)
                 (= (ite a!9
                         |&mapping->tree_lock.readers[shmem]@3|
                         |&mapping->tree_lock.readers[swapper_space]@3|)
                    #x00)
                 (or (not (= |PG_swapcache[F0]@3| #x00))
                     (not (= |page.mapping(shmem)[F0]@3| #x00)))
                 (= |folio.refcount[F0]@3| #x02)
                 a!10))
      (a!12 (and (or (not (= |PG_swapcache[F0]@3| #x00))
                     (not (= |page.mapping(shmem)[F0]@3| #x00)))
                 (= |folio.refcount[F0]@3| #x02)
                 a!10))
      (a!18 (ite (not (= fault0.from_swap@3 #x00))
                 (and (= swapper_space.i_pages@3 fault0.page@3) a!16)
                 (and (= shmem.i_pages@3 fault0.page@3) a!17)))
      (a!25 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                 a!24
                 (ite (and (= rule@3 #x1b) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.used[F0]@3|)
                      |folio.used[F0]@3|)))
      (a!30 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                 a!24
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                      a!24
                      |folio.used[F1]@3|)))
      (a!34 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                 (bvsub (ite (= fault0.page@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!33))
      (a!45 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                 (bvsub (ite (= fault0.page@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!44))
      (a!57 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                 a!55
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00)) a!55 a!56)))
      (a!61 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                 a!55
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                      a!55
                      |PG_lru[F1]@3|)))
      (a!66 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                 a!65
                 (ite (and (= rule@3 #x1b) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@3|)
                      |PG_anon_exclusive[F0]@3|)))
      (a!70 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                 a!65
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                      a!65
                      |PG_anon_exclusive[F1]@3|)))
      (a!75 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                 a!74
                 (ite (and (= rule@3 #x1b) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x01
                           |folio.mapping[F0]@3|)
                      |folio.mapping[F0]@3|)))
      (a!79 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                 a!74
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                      a!74
                      |folio.mapping[F1]@3|)))
      (a!84 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                 a!83
                 (ite (and (= rule@3 #x1b) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.index[F0]@3|)
                      |folio.index[F0]@3|)))
      (a!88 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                 a!83
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                      a!83
                      |folio.index[F1]@3|)))
      (a!93 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                 a!92
                 (ite (and (= rule@3 #x1b) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.data[F0]@3|)
                      |folio.data[F0]@3|)))
      (a!98 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                 a!92
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                      a!92
                      |folio.data[F1]@3|)))
      (a!104 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                  a!103
                  (ite (and (= rule@3 #x1b) true)
                       (ite (= |folio.refcount[F0]@3| #x01)
                            #x00
                            |folio.node[F0]@3|)
                       |folio.node[F0]@3|)))
      (a!109 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                  a!103
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                       a!103
                       |folio.node[F1]@3|)))
      (a!115 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                  a!113
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x00)) a!113 a!114)))
      (a!120 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                  a!113
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                       a!113
                       |page.mapping(shmem)[F1]@3|)))
      (a!126 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                  a!124
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x00)) a!124 a!125)))
      (a!131 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                  a!124
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                       a!124
                       |PG_swapcache[F1]@3|)))
      (a!137 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                  a!135
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x00)) a!135 a!136)))
      (a!142 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                  a!135
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                       a!135
                       |PG_dirty[F1]@3|)))
      (a!146 (ite (and (= rule@3 #x09) true)
                  a!145
                  (ite (and (= rule@3 #x19) true) #x02 shmem.i_pages@3)))
      (a!149 (= swapper_space.i_pages@4
                (ite (and (= rule@3 #x05) true) #x00 a!148)))
      (a!151 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                  #x00
                  (ite (and (= rule@3 #x17) true) #x03 a!150)))
      (a!158 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                  #x00
                  (ite (and (= rule@3 #x14) (= fault0.page@3 #x01)) #x02 a!157)))
      (a!162 (ite (and (= rule@3 #x0e) true)
                  #x0a
                  (ite (and (= rule@3 #x0f) true) #x0a a!161)))
      (a!171 (= migrate0.isolated@4 (ite (and (= rule@3 #x00) true) #x01 a!170)))
      (a!173 (ite (and (= rule@3 #x03) true)
                  a!3
                  (ite (and (= rule@3 #x08) true) #x02 a!172)))
      (a!175 (ite (and (= rule@3 #x07) true)
                  #x00
                  (ite (and (= rule@3 #x0a) true) #x00 a!174)))
      (a!179 (ite (and (= rule@3 #x13) true)
                  #x01
                  (ite (and (= rule@3 #x14) true) #x02 a!178)))
      (a!182 (ite (and (= rule@3 #x12) true)
                  shmem.i_pages@3
                  (ite (and (= rule@3 #x13) true) swapper_space.i_pages@3 a!181)))
      (a!185 (ite (and (= rule@3 #x18) true)
                  #x03
                  (ite (and (= rule@3 #x19) true) #x02 a!184))))
(let ((a!22 (or (and (= rule@3 #x00)
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
                a!6
                a!7
                (and (= rule@3 #x07) (= migrate0.pc@3 #x03) a!8)
                (and (= rule@3 #x08) (= migrate0.pc@3 #x04))
                a!11
                (and (= rule@3 #x0a) (= migrate0.pc@3 #x05) (not a!12))
                (and (= rule@3 #x0b) (= migrate0.pc@3 #x06))
                (and (= rule@3 #x0c)
                     (= migrate0.pc@3 #x07)
                     (not (= migrate0.ok@3 #x00)))
                a!13
                (and (= rule@3 #x0e)
                     (= migrate0.pc@3 #x09)
                     (not (= migrate0.ok@3 #x00)))
                a!14
                (and (= rule@3 #x10)
                     (= migrate0.pc@3 #x08)
                     (bvult migrate0.pass@3 #x01))
                (and (= rule@3 #x11)
                     (= migrate0.pc@3 #x08)
                     (bvuge migrate0.pass@3 #x01))
                (and (= rule@3 #x12)
                     (= fault0.pc@3 #x00)
                     (= |&mapping->tree_lock.writer[shmem]@3| #x00)
                     (not (= shmem.i_pages@3 #x02)))
                (and (= rule@3 #x13)
                     (= fault0.pc@3 #x00)
                     (= |&info->lock[0]@3| #x00)
                     (= |&mapping->tree_lock.writer[swapper_space]@3| #x00)
                     (= shmem.i_pages@3 #x02)
                     (not (= swapper_space.i_pages@3 #x02)))
                a!15
                (and (= rule@3 #x15) (= fault0.pc@3 #x02) a!18)
                (and (= rule@3 #x16) (= fault0.pc@3 #x02) (not a!18))
                (and (= rule@3 #x17)
                     (= kswapd0.pc@3 #x00)
                     (= |lru_lock[0]@3| #x00)
                     (not (= |folio.used[F0]@3| #x00))
                     (not (= |PG_lru[F0]@3| #x00))
                     (= |PG_locked[F0]@3| #x00))
                (and (= rule@3 #x18) (= kswapd0.pc@3 #x00) a!19)
                a!20
                (and (= rule@3 #x1a) (= kswapd0.pc@3 #x01) (not a!21))
                (and (= rule@3 #x1b) (= kswapd0.pc@3 #x02))))
      (a!26 (ite (and (= rule@3 #x0f) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.used[F0]@3|)
                 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00)) a!24 a!25)))
      (a!31 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!23
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!23
                      a!30)))
      (a!35 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                 (bvsub (ite (= fault0.page@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!34))
      (a!46 (ite (and (= rule@3 #x13) (= swapper_space.i_pages@3 #x01))
                 (bvadd (ite (= swapper_space.i_pages@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!45))
      (a!58 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_lru[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01) #x00 #x01)
                      a!57)))
      (a!62 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!53
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!54
                      a!61)))
      (a!67 (ite (and (= rule@3 #x0f) true)
                 (ite (= |folio.refcount[F0]@3| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@3|)
                 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00)) a!65 a!66)))
      (a!71 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!64
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!64
                      a!70)))
      (a!76 (ite (and (= rule@3 #x0f) true)
                 (ite (= |folio.refcount[F0]@3| #x01)
                      #x01
                      |folio.mapping[F0]@3|)
                 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00)) a!74 a!75)))
      (a!80 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!73
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!73
                      a!79)))
      (a!85 (ite (and (= rule@3 #x0f) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.index[F0]@3|)
                 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00)) a!83 a!84)))
      (a!89 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!82
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!82
                      a!88)))
      (a!94 (ite (and (= rule@3 #x0f) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.data[F0]@3|)
                 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00)) a!92 a!93)))
      (a!99 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!91
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!91
                      a!98)))
      (a!105 (ite (and (= rule@3 #x0f) true)
                  (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.node[F0]@3|)
                  (ite (and (= rule@3 #x15) (= fault0.page@3 #x00)) a!103 a!104)))
      (a!110 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                  a!102
                  (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                       a!102
                       a!109)))
      (a!116 (ite (and (= rule@3 #x0e) true)
                  (ite (= |folio.refcount[F0]@3| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@3|)
                  (ite (and (= rule@3 #x0f) true)
                       (ite (= |folio.refcount[F0]@3| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@3|)
                       a!115)))
      (a!121 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                  a!112
                  (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                       a!112
                       a!120)))
      (a!127 (ite (and (= rule@3 #x0e) true)
                  (ite (= |folio.refcount[F0]@3| #x01)
                       #x00
                       |PG_swapcache[F0]@3|)
                  (ite (and (= rule@3 #x0f) true)
                       (ite (= |folio.refcount[F0]@3| #x01)
                            #x00
                            |PG_swapcache[F0]@3|)
                       a!126)))
      (a!132 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                  a!123
                  (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                       a!123
                       a!131)))
      (a!138 (ite (and (= rule@3 #x0e) true)
                  (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_dirty[F0]@3|)
                  (ite (and (= rule@3 #x0f) true)
                       (ite (= |folio.refcount[F0]@3| #x01)
                            #x00
                            |PG_dirty[F0]@3|)
                       a!137)))
      (a!143 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                  a!134
                  (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                       a!134
                       a!142)))
      (a!147 (= shmem.i_pages@4 (ite (and (= rule@3 #x05) true) #x02 a!146)))
      (a!152 (ite (and (= rule@3 #x14) (= fault0.page@3 #x00))
                  #x02
                  (ite (and (= rule@3 #x15) (= fault0.page@3 #x00)) #x00 a!151)))
      (a!159 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                  #x00
                  (ite (and (= rule@3 #x0c) (= migrate0.newpage@3 #x01))
                       #x00
                       a!158)))
      (a!163 (ite (and (= rule@3 #x0c) true)
                  #x09
                  (ite (and (= rule@3 #x0d) true) #x08 a!162)))
      (a!180 (= fault0.pc@4 (ite (and (= rule@3 #x12) true) #x01 a!179)))
      (a!186 (= kswapd0.pc@4 (ite (and (= rule@3 #x17) true) #x01 a!185))))
(let ((a!27 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                 a!23
                 (ite (and (= rule@3 #x0e) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.used[F0]@3|)
                      a!26)))
      (a!32 (ite (and (= rule@3 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                      a!23
                      a!31)))
      (a!36 (ite (and (= rule@3 #x13) (= swapper_space.i_pages@3 #x00))
                 (bvadd (ite (= swapper_space.i_pages@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!35))
      (a!47 (ite (and (= rule@3 #x12) (= shmem.i_pages@3 #x01))
                 (bvadd (ite (= shmem.i_pages@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!46))
      (a!59 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!53
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!54
                      a!58)))
      (a!63 (= |PG_lru[F1]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01)) a!53 a!62)))
      (a!68 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                 a!64
                 (ite (and (= rule@3 #x0e) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@3|)
                      a!67)))
      (a!72 (= |PG_anon_exclusive[F1]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01)) a!64 a!71)))
      (a!77 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                 a!73
                 (ite (and (= rule@3 #x0e) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x01
                           |folio.mapping[F0]@3|)
                      a!76)))
      (a!81 (= |folio.mapping[F1]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01)) a!73 a!80)))
      (a!86 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                 a!82
                 (ite (and (= rule@3 #x0e) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.index[F0]@3|)
                      a!85)))
      (a!90 (= |folio.index[F1]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01)) a!82 a!89)))
      (a!95 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                 a!91
                 (ite (and (= rule@3 #x0e) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.data[F0]@3|)
                      a!94)))
      (a!100 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                  a!91
                  (ite (and (= rule@3 #x0b) (= migrate0.newpage@3 #x01))
                       |folio.data[F0]@3|
                       a!99)))
      (a!106 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                  a!102
                  (ite (and (= rule@3 #x0e) true)
                       (ite (= |folio.refcount[F0]@3| #x01)
                            #x00
                            |folio.node[F0]@3|)
                       a!105)))
      (a!111 (ite (and (= rule@3 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@3|)
                  (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                       a!102
                       a!110)))
      (a!117 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                  a!112
                  (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                       a!112
                       a!116)))
      (a!122 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                  a!112
                  (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x01))
                       |page.mapping(shmem)[F0]@3|
                       a!121)))
      (a!128 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                  a!123
                  (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                       a!123
                       a!127)))
      (a!133 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                  a!123
                  (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x01))
                       |PG_swapcache[F0]@3|
                       a!132)))
      (a!139 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                  a!134
                  (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                       a!134
                       a!138)))
      (a!144 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                  a!134
                  (ite (and (= rule@3 #x0b) (= migrate0.newpage@3 #x01))
                       |PG_dirty[F0]@3|
                       a!143)))
      (a!153 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                  #x00
                  (ite (and (= rule@3 #x0d) true) #x00 a!152)))
      (a!160 (= |PG_locked[F1]@4|
                (ite (and (= rule@3 #x03) (= a!3 #x01)) #x01 a!159)))
      (a!164 (ite (and (= rule@3 #x0a) true)
                  #x07
                  (ite (and (= rule@3 #x0b) true) #x07 a!163))))
(let ((a!28 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                 a!23
                 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                      a!23
                      a!27)))
      (a!37 (ite (and (= rule@3 #x12) (= shmem.i_pages@3 #x00))
                 (bvadd (ite (= shmem.i_pages@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!36))
      (a!48 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!47))
      (a!60 (ite (and (= rule@3 #x00) true)
                 #x00
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      a!53
                      a!59)))
      (a!69 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                 a!64
                 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                      a!64
                      a!68)))
      (a!78 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                 a!73
                 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                      a!73
                      a!77)))
      (a!87 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                 a!82
                 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                      a!82
                      a!86)))
      (a!96 (ite (and (= rule@3 #x0b) (= migrate0.newpage@3 #x00))
                 |folio.data[F0]@3|
                 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                      a!91
                      a!95)))
      (a!101 (= |folio.data[F1]@4|
                (ite (and (= rule@3 #x03) (= a!3 #x01)) #x00 a!100)))
      (a!107 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                  a!102
                  (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                       a!102
                       a!106)))
      (a!118 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x00))
                  |page.mapping(shmem)[F0]@3|
                  (ite (and (= rule@3 #x0b) true) #x00 a!117)))
      (a!129 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x00))
                  |PG_swapcache[F0]@3|
                  (ite (and (= rule@3 #x0b) true) #x00 a!128)))
      (a!140 (ite (and (= rule@3 #x0b) (= migrate0.newpage@3 #x00))
                  |PG_dirty[F0]@3|
                  (ite (and (= rule@3 #x0b) true) #x00 a!139)))
      (a!154 (ite (and (= rule@3 #x0c) (= migrate0.newpage@3 #x00))
                  #x00
                  (ite (and (= rule@3 #x0c) true) #x00 a!153)))
      (a!165 (ite (and (= rule@3 #x08) true)
                  #x08
                  (ite (and (= rule@3 #x09) true) #x06 a!164))))
(let ((a!29 (= |folio.used[F0]@4|
               (ite (and (= rule@3 #x03) (= a!3 #x00)) #x01 a!28)))
      (a!38 (ite (and (= rule@3 #x0e) true)
                 (bvsub |folio.refcount[F0]@3| #x01)
                 (ite (and (= rule@3 #x0f) true)
                      (bvsub |folio.refcount[F0]@3| #x01)
                      a!37)))
      (a!49 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!48))
      (a!97 (ite (and (= rule@3 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      a!91
                      a!96)))
      (a!108 (= |folio.node[F0]@4|
                (ite (and (= rule@3 #x03) (= a!3 #x00))
                     (bvsub #x01 |folio.node[F0]@3|)
                     a!107)))
      (a!119 (ite (and (= rule@3 #x05) true)
                  #x00
                  (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                       a!112
                       a!118)))
      (a!130 (ite (and (= rule@3 #x05) true)
                  #x01
                  (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                       a!123
                       a!129)))
      (a!141 (ite (and (= rule@3 #x05) true)
                  #x01
                  (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                       a!134
                       a!140)))
      (a!155 (ite (and (= rule@3 #x05) true)
                  #x00
                  (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                       #x00
                       a!154)))
      (a!166 (ite (and (= rule@3 #x06) true)
                  #x05
                  (ite (and (= rule@3 #x07) true) #x07 a!165))))
(let ((a!39 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x01))
                 (bvadd (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!49))
      (a!156 (ite (and (= rule@3 #x02) true)
                  #x01
                  (ite (and (= rule@3 #x03) (= a!3 #x00)) #x01 a!155)))
      (a!167 (ite (and (= rule@3 #x04) true)
                  #x05
                  (ite (and (= rule@3 #x05) true) #x04 a!166))))
(let ((a!40 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!50))
      (a!168 (ite (and (= rule@3 #x02) true)
                  #x02
                  (ite (and (= rule@3 #x03) true) #x03 a!167))))
(let ((a!41 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x00))
                 (bvadd (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 (ite (and (= rule@3 #x09) true)
                      (bvsub |folio.refcount[F0]@3| #x01)
                      a!40)))
      (a!52 (= |folio.refcount[F1]@4|
               (ite (and (= rule@3 #x03) (= a!3 #x01)) #x01 a!51)))
      (a!169 (ite (and (= rule@3 #x00) true)
                  #x01
                  (ite (and (= rule@3 #x01) true) #x0a a!168))))
(let ((a!42 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!41)))
(let ((a!43 (ite (and (= rule@3 #x00) true)
                 (bvadd |folio.refcount[F0]@3| #x01)
                 (ite (and (= rule@3 #x03) (= a!3 #x00)) #x01 a!42))))
  (and a!22
       (= |alive[P0]@4| |alive[P0]@3|)
       (= |pte[P0][0]@4| |pte[P0][0]@3|)
       (= |pte.folio[P0][0]@4| |pte.folio[P0][0]@3|)
       (= |pte.write[P0][0]@4| |pte.write[P0][0]@3|)
       (= |expected[P0][0]@4| |expected[P0][0]@3|)
       (= |anon_vma.list[av0][0]@4| |anon_vma.list[av0][0]@3|)
       (= |anon_vma.len[av0]@4| |anon_vma.len[av0]@3|)
       (= |anon_vma.refcount[av0]@4| |anon_vma.refcount[av0]@3|)
       a!29
       (= |folio.used[F1]@4| a!32)
       (= |folio.refcount[F0]@4| a!43)
       a!52
       (= |folio.mapcount[F0]@4| |folio.mapcount[F0]@3|)
       (= |folio.mapcount[F1]@4| |folio.mapcount[F1]@3|)
       (= |PG_lru[F0]@4| a!60)
       a!63
       (= |PG_anon_exclusive[F0]@4| a!69)
       a!72
       (= |folio.mapping[F0]@4| a!78)
       a!81
       (= |folio.index[F0]@4| a!87)
       a!90
       (= |folio.data[F0]@4| a!97)
       a!101
       a!108
       (= |folio.node[F1]@4| a!111)
       (= |page.mapping(shmem)[F0]@4| a!119)
       (= |page.mapping(shmem)[F1]@4| a!122)
       (= |PG_swapcache[F0]@4| a!130)
       (= |PG_swapcache[F1]@4| a!133)
       (= |PG_dirty[F0]@4| a!141)
       (= |PG_dirty[F1]@4| a!144)
       a!147
       a!149
       (= |&mm->mmap_lock.writer[P0]@4| |&mm->mmap_lock.writer[P0]@3|)
       (= |&mm->mmap_lock.readers[P0]@4| |&mm->mmap_lock.readers[P0]@3|)
       (= |&anon_vma->rwsem.writer[av0]@4| |&anon_vma->rwsem.writer[av0]@3|)
       (= |&anon_vma->rwsem.readers[av0]@4| |&anon_vma->rwsem.readers[av0]@3|)
       (= |ptlock_ptr(page)[P0]@4| |ptlock_ptr(page)[P0]@3|)
       (= |PG_locked[F0]@4| a!156)
       a!160
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
       (= migrate0.pc@4 a!169)
       a!171
       (= migrate0.newpage@4 a!173)
       (= migrate0.ok@4 a!175)
       (= migrate0.mapping_is_swapper@4 a!176)
       a!177
       a!180
       (= fault0.page@4 a!182)
       (= fault0.from_swap@4 a!183)
       a!186
       (= kswapd0.isolated@4 a!187)
       (bvule |alive[P0]@4| #x01)
       (bvule |pte[P0][0]@4| #x07)
       (bvule |pte.folio[P0][0]@4| #x01)
       (bvule |pte.write[P0][0]@4| #x01)
       (bvule |expected[P0][0]@4| #x01)
       (bvule |anon_vma.list[av0][0]@4| #x00)
       (bvule |anon_vma.len[av0]@4| #x01)
       (bvule |anon_vma.refcount[av0]@4| #x06)
       (bvule |folio.used[F0]@4| #x01)
       (bvule |folio.used[F1]@4| #x01)
       (bvule |folio.refcount[F0]@4| #x06)
       (bvule |folio.refcount[F1]@4| #x06)
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
       (bvule |&mm->mmap_lock.writer[P0]@4| #x03)
       (bvule |&mm->mmap_lock.readers[P0]@4| #x03)
       (bvule |&anon_vma->rwsem.writer[av0]@4| #x03)
       (bvule |&anon_vma->rwsem.readers[av0]@4| #x03)
       (bvule |ptlock_ptr(page)[P0]@4| #x03)
       (bvule |PG_locked[F0]@4| #x03)
       (bvule |PG_locked[F1]@4| #x03)
       (bvule |&mapping->tree_lock.writer[shmem]@4| #x03)
       (bvule |&mapping->tree_lock.writer[swapper_space]@4| #x03)
       (bvule |&mapping->tree_lock.readers[shmem]@4| #x03)
       (bvule |&mapping->tree_lock.readers[swapper_space]@4| #x03)
       (bvule |swap_lock[0]@4| #x03)
       (bvule |&info->lock[0]@4| #x03)
       (bvule |lru_lock[0]@4| #x03)
       (bvule migrate0.pc@4 #x0a)
       (bvule migrate0.isolated@4 #x01)
       (bvule migrate0.newpage@4 #x02)
       (bvule migrate0.ok@4 #x01)
       (bvule migrate0.mapping_is_swapper@4 #x01)
       (bvule migrate0.pass@4 #x01)
       (bvule fault0.pc@4 #x03)
       (bvule fault0.page@4 #x02)
       (bvule fault0.from_swap@4 #x01)
       (bvule kswapd0.pc@4 #x03)
       (bvule kswapd0.isolated@4 #x01))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@4| #x00))
                     (not (= |PG_lru[F0]@4| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@4| #x00)))
               (not (not (= |folio.used[F1]@4| #x00)))))
      (a!3 (ite (not (not (= |folio.used[F0]@4| #x00))) #x00 #x01))
      (a!5 (and (= rule@4 #x04)
                (= migrate0.pc@4 #x03)
                (or (not (= |PG_swapcache[F0]@4| #x00))
                    (not (= |page.mapping(shmem)[F0]@4| #x00)))
                (not (= |PG_swapcache[F0]@4| #x00))))
      (a!6 (and (= rule@4 #x05)
                (= migrate0.pc@4 #x03)
                (or (not (= |PG_swapcache[F0]@4| #x00))
                    (not (= |page.mapping(shmem)[F0]@4| #x00)))
                (not (not (= |PG_swapcache[F0]@4| #x00)))
                (not (= |PG_dirty[F0]@4| #x00))
                (= |&info->lock[0]@4| #x00)
                (= |swap_lock[0]@4| #x00)
                (= |&mapping->tree_lock.writer[swapper_space]@4| #x00)
                (= |&mapping->tree_lock.readers[swapper_space]@4| #x00)))
      (a!7 (and (= rule@4 #x06)
                (= migrate0.pc@4 #x03)
                (or (not (= |PG_swapcache[F0]@4| #x00))
                    (not (= |page.mapping(shmem)[F0]@4| #x00)))
                (not (not (= |PG_swapcache[F0]@4| #x00)))
                (not (not (= |PG_dirty[F0]@4| #x00)))))
      (a!8 (not (or (not (= |PG_swapcache[F0]@4| #x00))
                    (not (= |page.mapping(shmem)[F0]@4| #x00)))))
      (a!9 (= (ite (not (= migrate0.mapping_is_swapper@4 #x00)) #x01 #x00) #x00))
      (a!10 (= (ite (not (= migrate0.mapping_is_swapper@4 #x00))
                    swapper_space.i_pages@4
                    shmem.i_pages@4)
               #x00))
      (a!13 (and (= rule@4 #x0d)
                 (= migrate0.pc@4 #x07)
                 (not (not (= migrate0.ok@4 #x00)))))
      (a!14 (and (= rule@4 #x0f)
                 (= migrate0.pc@4 #x09)
                 (not (not (= migrate0.ok@4 #x00)))))
      (a!15 (and (= rule@4 #x14)
                 (= fault0.pc@4 #x01)
                 (= (ite (= fault0.page@4 #x00)
                         |PG_locked[F0]@4|
                         |PG_locked[F1]@4|)
                    #x00)))
      (a!16 (not (= (ite (= fault0.page@4 #x00)
                         |PG_swapcache[F0]@4|
                         |PG_swapcache[F1]@4|)
                    #x00)))
      (a!17 (not (= (ite (= fault0.page@4 #x00)
                         |page.mapping(shmem)[F0]@4|
                         |page.mapping(shmem)[F1]@4|)
                    #x00)))
      (a!19 (not (and (not (= |folio.used[F0]@4| #x00))
                      (not (= |PG_lru[F0]@4| #x00))
                      (= |PG_locked[F0]@4| #x00))))
      (a!20 (and (= rule@4 #x19)
                 (= kswapd0.pc@4 #x01)
                 (not (= |PG_dirty[F0]@4| #x00))
                 (not (= |page.mapping(shmem)[F0]@4| #x00))
                 (not (not (= |PG_swapcache[F0]@4| #x00)))
                 (= |&info->lock[0]@4| #x00)
                 (= |swap_lock[0]@4| #x00)
                 (= |&mapping->tree_lock.writer[swapper_space]@4| #x00)
                 (= |&mapping->tree_lock.readers[swapper_space]@4| #x00)))
      (a!21 (and (not (= |PG_dirty[F0]@4| #x00))
                 (not (= |page.mapping(shmem)[F0]@4| #x00))
                 (not (not (= |PG_swapcache[F0]@4| #x00)))))
      (a!23 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.used[F0]@4|
                      |folio.used[F1]@4|)))
      (a!24 (ite (= (ite (= fault0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= fault0.page@4 #x00)
                      |folio.used[F0]@4|
                      |folio.used[F1]@4|)))
      (a!33 (ite (and (= rule@4 #x17) true)
                 (bvadd |folio.refcount[F0]@4| #x01)
                 (ite (and (= rule@4 #x1b) true)
                      (bvsub |folio.refcount[F0]@4| #x01)
                      |folio.refcount[F0]@4|)))
      (a!44 (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                 (bvsub (ite (= fault0.page@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 |folio.refcount[F1]@4|))
      (a!53 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00) |PG_lru[F0]@4| |PG_lru[F1]@4|)))
      (a!54 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 #x01))
      (a!55 (ite (= (ite (= fault0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= fault0.page@4 #x00) |PG_lru[F0]@4| |PG_lru[F1]@4|)))
      (a!56 (ite (and (= rule@4 #x17) true)
                 #x00
                 (ite (and (= rule@4 #x1b) true)
                      (ite (= |folio.refcount[F0]@4| #x01) #x00 #x01)
                      |PG_lru[F0]@4|)))
      (a!64 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |PG_anon_exclusive[F0]@4|
                      |PG_anon_exclusive[F1]@4|)))
      (a!65 (ite (= (ite (= fault0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= fault0.page@4 #x00)
                      |PG_anon_exclusive[F0]@4|
                      |PG_anon_exclusive[F1]@4|)))
      (a!73 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.mapping[F0]@4|
                      |folio.mapping[F1]@4|)))
      (a!74 (ite (= (ite (= fault0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x01
                 (ite (= fault0.page@4 #x00)
                      |folio.mapping[F0]@4|
                      |folio.mapping[F1]@4|)))
      (a!82 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.index[F0]@4|
                      |folio.index[F1]@4|)))
      (a!83 (ite (= (ite (= fault0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= fault0.page@4 #x00)
                      |folio.index[F0]@4|
                      |folio.index[F1]@4|)))
      (a!91 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.data[F0]@4|
                      |folio.data[F1]@4|)))
      (a!92 (ite (= (ite (= fault0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= fault0.page@4 #x00)
                      |folio.data[F0]@4|
                      |folio.data[F1]@4|)))
      (a!102 (ite (= (ite (= migrate0.newpage@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@4 #x00)
                       |folio.node[F0]@4|
                       |folio.node[F1]@4|)))
      (a!103 (ite (= (ite (= fault0.page@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= fault0.page@4 #x00)
                       |folio.node[F0]@4|
                       |folio.node[F1]@4|)))
      (a!112 (ite (= (ite (= migrate0.newpage@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@4 #x00)
                       |page.mapping(shmem)[F0]@4|
                       |page.mapping(shmem)[F1]@4|)))
      (a!113 (ite (= (ite (= fault0.page@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= fault0.page@4 #x00)
                       |page.mapping(shmem)[F0]@4|
                       |page.mapping(shmem)[F1]@4|)))
      (a!114 (ite (and (= rule@4 #x19) true)
                  #x00
                  (ite (and (= rule@4 #x1b) true)
                       (ite (= |folio.refcount[F0]@4| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@4|)
                       |page.mapping(shmem)[F0]@4|)))
      (a!123 (ite (= (ite (= migrate0.newpage@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@4 #x00)
                       |PG_swapcache[F0]@4|
                       |PG_swapcache[F1]@4|)))
      (a!124 (ite (= (ite (= fault0.page@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= fault0.page@4 #x00)
                       |PG_swapcache[F0]@4|
                       |PG_swapcache[F1]@4|)))
      (a!125 (ite (and (= rule@4 #x19) true)
                  #x01
                  (ite (and (= rule@4 #x1b) true)
                       (ite (= |folio.refcount[F0]@4| #x01)
                            #x00
                            |PG_swapcache[F0]@4|)
                       |PG_swapcache[F0]@4|)))
      (a!134 (ite (= (ite (= migrate0.newpage@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@4 #x00)
                       |PG_dirty[F0]@4|
                       |PG_dirty[F1]@4|)))
      (a!135 (ite (= (ite (= fault0.page@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= fault0.page@4 #x00) |PG_dirty[F0]@4| |PG_dirty[F1]@4|)))
      (a!136 (ite (and (= rule@4 #x19) true)
                  #x01
                  (ite (and (= rule@4 #x1b) true)
                       (ite (= |folio.refcount[F0]@4| #x01)
                            #x00
                            |PG_dirty[F0]@4|)
                       |PG_dirty[F0]@4|)))
      (a!145 (ite (not (not (= migrate0.mapping_is_swapper@4 #x00)))
                  migrate0.newpage@4
                  shmem.i_pages@4))
      (a!148 (ite (and (= rule@4 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@4 #x00))
                       migrate0.newpage@4
                       swapper_space.i_pages@4)
                  (ite (and (= rule@4 #x19) true) #x00 swapper_space.i_pages@4)))
      (a!150 (ite (and (= rule@4 #x19) true)
                  #x00
                  (ite (and (= rule@4 #x1a) true) #x00 |PG_locked[F0]@4|)))
      (a!157 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                  #x00
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                       #x00
                       |PG_locked[F1]@4|)))
      (a!161 (ite (and (= rule@4 #x10) true)
                  #x01
                  (ite (and (= rule@4 #x11) true) #x09 migrate0.pc@4)))
      (a!170 (ite (and (= rule@4 #x0e) true)
                  #x00
                  (ite (and (= rule@4 #x0f) true) #x00 migrate0.isolated@4)))
      (a!172 (ite (and (= rule@4 #x0d) true)
                  #x02
                  (ite (and (= rule@4 #x0e) true) #x02 migrate0.newpage@4)))
      (a!174 (ite (and (= rule@4 #x0b) true)
                  #x01
                  (ite (and (= rule@4 #x11) true) #x00 migrate0.ok@4)))
      (a!176 (ite (and (= rule@4 #x04) true)
                  |PG_swapcache[F0]@4|
                  (ite (and (= rule@4 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@4)))
      (a!177 (= migrate0.pass@5
                (ite (and (= rule@4 #x10) true)
                     (bvadd migrate0.pass@4 #x01)
                     migrate0.pass@4)))
      (a!178 (ite (and (= rule@4 #x15) true)
                  #x03
                  (ite (and (= rule@4 #x16) true) #x00 fault0.pc@4)))
      (a!181 (ite (and (= rule@4 #x15) true)
                  #x02
                  (ite (and (= rule@4 #x16) true) #x02 fault0.page@4)))
      (a!183 (ite (and (= rule@4 #x12) true)
                  #x00
                  (ite (and (= rule@4 #x13) true) #x01 fault0.from_swap@4)))
      (a!184 (ite (and (= rule@4 #x1a) true)
                  #x02
                  (ite (and (= rule@4 #x1b) true) #x03 kswapd0.pc@4)))
      (a!187 (ite (and (= rule@4 #x17) true)
                  #x01
                  (ite (and (= rule@4 #x1b) true) #x00 kswapd0.isolated@4))))
(let ((a!4 (and (= rule@4 #x03)
                (= migrate0.pc@4 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@4| |PG_locked[F1]@4|) #x00)))
      (a!11 (and (= rule@4 #x09)
                 (= migrate0.pc@4 #x05)
                 (= (ite a!9
                         |&mapping->tree_lock.writer[shmem]@4|
                         |&mapping->tree_lock.writer[swapper_space]@4|)
                    #x00)
                 (= (ite a!9
                         |&mapping->tree_lock.readers[shmem]@4|
                         |&mapping->tree_lock.readers[swapper_space]@4|)
                    #x00)
                 (or (not (= |PG_swapcache[F0]@4| #x00))
                     (not (= |page.mapping(shmem)[F0]@4| #x00)))
                 (= |folio.refcount[F0]@4| #x02)
                 a!10))
      (a!12 (and (or (not (= |PG_swapcache[F0]@4| #x00))
                     (not (= |page.mapping(shmem)[F0]@4| #x00)))
                 (= |folio.refcount[F0]@4| #x02)
                 a!10))
      (a!18 (ite (not (= fault0.from_swap@4 #x00))
                 (and (= swapper_space.i_pages@4 fault0.page@4) a!16)
                 (and (= shmem.i_pages@4 fault0.page@4) a!17)))
      (a!25 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                 a!24
                 (ite (and (= rule@4 #x1b) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.used[F0]@4|)
                      |folio.used[F0]@4|)))
      (a!30 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                 a!24
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                      a!24
                      |folio.used[F1]@4|)))
      (a!34 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                 (bvsub (ite (= fault0.page@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!33))
      (a!45 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                 (bvsub (ite (= fault0.page@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!44))
      (a!57 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                 a!55
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00)) a!55 a!56)))
      (a!61 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                 a!55
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                      a!55
                      |PG_lru[F1]@4|)))
      (a!66 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                 a!65
                 (ite (and (= rule@4 #x1b) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@4|)
                      |PG_anon_exclusive[F0]@4|)))
      (a!70 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                 a!65
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                      a!65
                      |PG_anon_exclusive[F1]@4|)))
      (a!75 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                 a!74
                 (ite (and (= rule@4 #x1b) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x01
                           |folio.mapping[F0]@4|)
                      |folio.mapping[F0]@4|)))
      (a!79 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                 a!74
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                      a!74
                      |folio.mapping[F1]@4|)))
      (a!84 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                 a!83
                 (ite (and (= rule@4 #x1b) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.index[F0]@4|)
                      |folio.index[F0]@4|)))
      (a!88 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                 a!83
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                      a!83
                      |folio.index[F1]@4|)))
      (a!93 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                 a!92
                 (ite (and (= rule@4 #x1b) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.data[F0]@4|)
                      |folio.data[F0]@4|)))
      (a!98 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                 a!92
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                      a!92
                      |folio.data[F1]@4|)))
      (a!104 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                  a!103
                  (ite (and (= rule@4 #x1b) true)
                       (ite (= |folio.refcount[F0]@4| #x01)
                            #x00
                            |folio.node[F0]@4|)
                       |folio.node[F0]@4|)))
      (a!109 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                  a!103
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                       a!103
                       |folio.node[F1]@4|)))
      (a!115 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                  a!113
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x00)) a!113 a!114)))
      (a!120 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                  a!113
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                       a!113
                       |page.mapping(shmem)[F1]@4|)))
      (a!126 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                  a!124
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x00)) a!124 a!125)))
      (a!131 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                  a!124
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                       a!124
                       |PG_swapcache[F1]@4|)))
      (a!137 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                  a!135
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x00)) a!135 a!136)))
      (a!142 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                  a!135
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                       a!135
                       |PG_dirty[F1]@4|)))
      (a!146 (ite (and (= rule@4 #x09) true)
                  a!145
                  (ite (and (= rule@4 #x19) true) #x02 shmem.i_pages@4)))
      (a!149 (= swapper_space.i_pages@5
                (ite (and (= rule@4 #x05) true) #x00 a!148)))
      (a!151 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                  #x00
                  (ite (and (= rule@4 #x17) true) #x03 a!150)))
      (a!158 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                  #x00
                  (ite (and (= rule@4 #x14) (= fault0.page@4 #x01)) #x02 a!157)))
      (a!162 (ite (and (= rule@4 #x0e) true)
                  #x0a
                  (ite (and (= rule@4 #x0f) true) #x0a a!161)))
      (a!171 (= migrate0.isolated@5 (ite (and (= rule@4 #x00) true) #x01 a!170)))
      (a!173 (ite (and (= rule@4 #x03) true)
                  a!3
                  (ite (and (= rule@4 #x08) true) #x02 a!172)))
      (a!175 (ite (and (= rule@4 #x07) true)
                  #x00
                  (ite (and (= rule@4 #x0a) true) #x00 a!174)))
      (a!179 (ite (and (= rule@4 #x13) true)
                  #x01
                  (ite (and (= rule@4 #x14) true) #x02 a!178)))
      (a!182 (ite (and (= rule@4 #x12) true)
                  shmem.i_pages@4
                  (ite (and (= rule@4 #x13) true) swapper_space.i_pages@4 a!181)))
      (a!185 (ite (and (= rule@4 #x18) true)
                  #x03
                  (ite (and (= rule@4 #x19) true) #x02 a!184))))
(let ((a!22 (or (and (= rule@4 #x00)
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
                a!6
                a!7
                (and (= rule@4 #x07) (= migrate0.pc@4 #x03) a!8)
                (and (= rule@4 #x08) (= migrate0.pc@4 #x04))
                a!11
                (and (= rule@4 #x0a) (= migrate0.pc@4 #x05) (not a!12))
                (and (= rule@4 #x0b) (= migrate0.pc@4 #x06))
                (and (= rule@4 #x0c)
                     (= migrate0.pc@4 #x07)
                     (not (= migrate0.ok@4 #x00)))
                a!13
                (and (= rule@4 #x0e)
                     (= migrate0.pc@4 #x09)
                     (not (= migrate0.ok@4 #x00)))
                a!14
                (and (= rule@4 #x10)
                     (= migrate0.pc@4 #x08)
                     (bvult migrate0.pass@4 #x01))
                (and (= rule@4 #x11)
                     (= migrate0.pc@4 #x08)
                     (bvuge migrate0.pass@4 #x01))
                (and (= rule@4 #x12)
                     (= fault0.pc@4 #x00)
                     (= |&mapping->tree_lock.writer[shmem]@4| #x00)
                     (not (= shmem.i_pages@4 #x02)))
                (and (= rule@4 #x13)
                     (= fault0.pc@4 #x00)
                     (= |&info->lock[0]@4| #x00)
                     (= |&mapping->tree_lock.writer[swapper_space]@4| #x00)
                     (= shmem.i_pages@4 #x02)
                     (not (= swapper_space.i_pages@4 #x02)))
                a!15
                (and (= rule@4 #x15) (= fault0.pc@4 #x02) a!18)
                (and (= rule@4 #x16) (= fault0.pc@4 #x02) (not a!18))
                (and (= rule@4 #x17)
                     (= kswapd0.pc@4 #x00)
                     (= |lru_lock[0]@4| #x00)
                     (not (= |folio.used[F0]@4| #x00))
                     (not (= |PG_lru[F0]@4| #x00))
                     (= |PG_locked[F0]@4| #x00))
                (and (= rule@4 #x18) (= kswapd0.pc@4 #x00) a!19)
                a!20
                (and (= rule@4 #x1a) (= kswapd0.pc@4 #x01) (not a!21))
                (and (= rule@4 #x1b) (= kswapd0.pc@4 #x02))))
      (a!26 (ite (and (= rule@4 #x0f) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.used[F0]@4|)
                 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00)) a!24 a!25)))
      (a!31 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!23
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!23
                      a!30)))
      (a!35 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                 (bvsub (ite (= fault0.page@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!34))
      (a!46 (ite (and (= rule@4 #x13) (= swapper_space.i_pages@4 #x01))
                 (bvadd (ite (= swapper_space.i_pages@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!45))
      (a!58 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_lru[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01) #x00 #x01)
                      a!57)))
      (a!62 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!53
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!54
                      a!61)))
      (a!67 (ite (and (= rule@4 #x0f) true)
                 (ite (= |folio.refcount[F0]@4| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@4|)
                 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00)) a!65 a!66)))
      (a!71 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!64
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!64
                      a!70)))
      (a!76 (ite (and (= rule@4 #x0f) true)
                 (ite (= |folio.refcount[F0]@4| #x01)
                      #x01
                      |folio.mapping[F0]@4|)
                 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00)) a!74 a!75)))
      (a!80 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!73
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!73
                      a!79)))
      (a!85 (ite (and (= rule@4 #x0f) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.index[F0]@4|)
                 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00)) a!83 a!84)))
      (a!89 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!82
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!82
                      a!88)))
      (a!94 (ite (and (= rule@4 #x0f) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.data[F0]@4|)
                 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00)) a!92 a!93)))
      (a!99 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!91
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!91
                      a!98)))
      (a!105 (ite (and (= rule@4 #x0f) true)
                  (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.node[F0]@4|)
                  (ite (and (= rule@4 #x15) (= fault0.page@4 #x00)) a!103 a!104)))
      (a!110 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                  a!102
                  (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                       a!102
                       a!109)))
      (a!116 (ite (and (= rule@4 #x0e) true)
                  (ite (= |folio.refcount[F0]@4| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@4|)
                  (ite (and (= rule@4 #x0f) true)
                       (ite (= |folio.refcount[F0]@4| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@4|)
                       a!115)))
      (a!121 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                  a!112
                  (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                       a!112
                       a!120)))
      (a!127 (ite (and (= rule@4 #x0e) true)
                  (ite (= |folio.refcount[F0]@4| #x01)
                       #x00
                       |PG_swapcache[F0]@4|)
                  (ite (and (= rule@4 #x0f) true)
                       (ite (= |folio.refcount[F0]@4| #x01)
                            #x00
                            |PG_swapcache[F0]@4|)
                       a!126)))
      (a!132 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                  a!123
                  (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                       a!123
                       a!131)))
      (a!138 (ite (and (= rule@4 #x0e) true)
                  (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_dirty[F0]@4|)
                  (ite (and (= rule@4 #x0f) true)
                       (ite (= |folio.refcount[F0]@4| #x01)
                            #x00
                            |PG_dirty[F0]@4|)
                       a!137)))
      (a!143 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                  a!134
                  (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                       a!134
                       a!142)))
      (a!147 (= shmem.i_pages@5 (ite (and (= rule@4 #x05) true) #x02 a!146)))
      (a!152 (ite (and (= rule@4 #x14) (= fault0.page@4 #x00))
                  #x02
                  (ite (and (= rule@4 #x15) (= fault0.page@4 #x00)) #x00 a!151)))
      (a!159 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                  #x00
                  (ite (and (= rule@4 #x0c) (= migrate0.newpage@4 #x01))
                       #x00
                       a!158)))
      (a!163 (ite (and (= rule@4 #x0c) true)
                  #x09
                  (ite (and (= rule@4 #x0d) true) #x08 a!162)))
      (a!180 (= fault0.pc@5 (ite (and (= rule@4 #x12) true) #x01 a!179)))
      (a!186 (= kswapd0.pc@5 (ite (and (= rule@4 #x17) true) #x01 a!185))))
(let ((a!27 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                 a!23
                 (ite (and (= rule@4 #x0e) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.used[F0]@4|)
                      a!26)))
      (a!32 (ite (and (= rule@4 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                      a!23
                      a!31)))
      (a!36 (ite (and (= rule@4 #x13) (= swapper_space.i_pages@4 #x00))
                 (bvadd (ite (= swapper_space.i_pages@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!35))
      (a!47 (ite (and (= rule@4 #x12) (= shmem.i_pages@4 #x01))
                 (bvadd (ite (= shmem.i_pages@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!46))
      (a!59 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!53
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!54
                      a!58)))
      (a!63 (= |PG_lru[F1]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01)) a!53 a!62)))
      (a!68 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                 a!64
                 (ite (and (= rule@4 #x0e) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@4|)
                      a!67)))
      (a!72 (= |PG_anon_exclusive[F1]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01)) a!64 a!71)))
      (a!77 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                 a!73
                 (ite (and (= rule@4 #x0e) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x01
                           |folio.mapping[F0]@4|)
                      a!76)))
      (a!81 (= |folio.mapping[F1]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01)) a!73 a!80)))
      (a!86 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                 a!82
                 (ite (and (= rule@4 #x0e) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.index[F0]@4|)
                      a!85)))
      (a!90 (= |folio.index[F1]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01)) a!82 a!89)))
      (a!95 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                 a!91
                 (ite (and (= rule@4 #x0e) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.data[F0]@4|)
                      a!94)))
      (a!100 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                  a!91
                  (ite (and (= rule@4 #x0b) (= migrate0.newpage@4 #x01))
                       |folio.data[F0]@4|
                       a!99)))
      (a!106 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                  a!102
                  (ite (and (= rule@4 #x0e) true)
                       (ite (= |folio.refcount[F0]@4| #x01)
                            #x00
                            |folio.node[F0]@4|)
                       a!105)))
      (a!111 (ite (and (= rule@4 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@4|)
                  (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                       a!102
                       a!110)))
      (a!117 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                  a!112
                  (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                       a!112
                       a!116)))
      (a!122 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                  a!112
                  (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x01))
                       |page.mapping(shmem)[F0]@4|
                       a!121)))
      (a!128 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                  a!123
                  (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                       a!123
                       a!127)))
      (a!133 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                  a!123
                  (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x01))
                       |PG_swapcache[F0]@4|
                       a!132)))
      (a!139 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                  a!134
                  (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                       a!134
                       a!138)))
      (a!144 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                  a!134
                  (ite (and (= rule@4 #x0b) (= migrate0.newpage@4 #x01))
                       |PG_dirty[F0]@4|
                       a!143)))
      (a!153 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                  #x00
                  (ite (and (= rule@4 #x0d) true) #x00 a!152)))
      (a!160 (= |PG_locked[F1]@5|
                (ite (and (= rule@4 #x03) (= a!3 #x01)) #x01 a!159)))
      (a!164 (ite (and (= rule@4 #x0a) true)
                  #x07
                  (ite (and (= rule@4 #x0b) true) #x07 a!163))))
(let ((a!28 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                 a!23
                 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                      a!23
                      a!27)))
      (a!37 (ite (and (= rule@4 #x12) (= shmem.i_pages@4 #x00))
                 (bvadd (ite (= shmem.i_pages@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!36))
      (a!48 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!47))
      (a!60 (ite (and (= rule@4 #x00) true)
                 #x00
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      a!53
                      a!59)))
      (a!69 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                 a!64
                 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                      a!64
                      a!68)))
      (a!78 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                 a!73
                 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                      a!73
                      a!77)))
      (a!87 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                 a!82
                 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                      a!82
                      a!86)))
      (a!96 (ite (and (= rule@4 #x0b) (= migrate0.newpage@4 #x00))
                 |folio.data[F0]@4|
                 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                      a!91
                      a!95)))
      (a!101 (= |folio.data[F1]@5|
                (ite (and (= rule@4 #x03) (= a!3 #x01)) #x00 a!100)))
      (a!107 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                  a!102
                  (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                       a!102
                       a!106)))
      (a!118 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x00))
                  |page.mapping(shmem)[F0]@4|
                  (ite (and (= rule@4 #x0b) true) #x00 a!117)))
      (a!129 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x00))
                  |PG_swapcache[F0]@4|
                  (ite (and (= rule@4 #x0b) true) #x00 a!128)))
      (a!140 (ite (and (= rule@4 #x0b) (= migrate0.newpage@4 #x00))
                  |PG_dirty[F0]@4|
                  (ite (and (= rule@4 #x0b) true) #x00 a!139)))
      (a!154 (ite (and (= rule@4 #x0c) (= migrate0.newpage@4 #x00))
                  #x00
                  (ite (and (= rule@4 #x0c) true) #x00 a!153)))
      (a!165 (ite (and (= rule@4 #x08) true)
                  #x08
                  (ite (and (= rule@4 #x09) true) #x06 a!164))))
(let ((a!29 (= |folio.used[F0]@5|
               (ite (and (= rule@4 #x03) (= a!3 #x00)) #x01 a!28)))
      (a!38 (ite (and (= rule@4 #x0e) true)
                 (bvsub |folio.refcount[F0]@4| #x01)
                 (ite (and (= rule@4 #x0f) true)
                      (bvsub |folio.refcount[F0]@4| #x01)
                      a!37)))
      (a!49 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!48))
      (a!97 (ite (and (= rule@4 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      a!91
                      a!96)))
      (a!108 (= |folio.node[F0]@5|
                (ite (and (= rule@4 #x03) (= a!3 #x00))
                     (bvsub #x01 |folio.node[F0]@4|)
                     a!107)))
      (a!119 (ite (and (= rule@4 #x05) true)
                  #x00
                  (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                       a!112
                       a!118)))
      (a!130 (ite (and (= rule@4 #x05) true)
                  #x01
                  (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                       a!123
                       a!129)))
      (a!141 (ite (and (= rule@4 #x05) true)
                  #x01
                  (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                       a!134
                       a!140)))
      (a!155 (ite (and (= rule@4 #x05) true)
                  #x00
                  (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                       #x00
                       a!154)))
      (a!166 (ite (and (= rule@4 #x06) true)
                  #x05
                  (ite (and (= rule@4 #x07) true) #x07 a!165))))
(let ((a!39 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x01))
                 (bvadd (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!49))
      (a!156 (ite (and (= rule@4 #x02) true)
                  #x01
                  (ite (and (= rule@4 #x03) (= a!3 #x00)) #x01 a!155)))
      (a!167 (ite (and (= rule@4 #x04) true)
                  #x05
                  (ite (and (= rule@4 #x05) true) #x04 a!166))))
(let ((a!40 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!50))
      (a!168 (ite (and (= rule@4 #x02) true)
                  #x02
                  (ite (and (= rule@4 #x03) true) #x03 a!167))))
(let ((a!41 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x00))
                 (bvadd (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 (ite (and (= rule@4 #x09) true)
                      (bvsub |folio.refcount[F0]@4| #x01)
                      a!40)))
      (a!52 (= |folio.refcount[F1]@5|
               (ite (and (= rule@4 #x03) (= a!3 #x01)) #x01 a!51)))
      (a!169 (ite (and (= rule@4 #x00) true)
                  #x01
                  (ite (and (= rule@4 #x01) true) #x0a a!168))))
(let ((a!42 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!41)))
(let ((a!43 (ite (and (= rule@4 #x00) true)
                 (bvadd |folio.refcount[F0]@4| #x01)
                 (ite (and (= rule@4 #x03) (= a!3 #x00)) #x01 a!42))))
  (and a!22
       (= |alive[P0]@5| |alive[P0]@4|)
       (= |pte[P0][0]@5| |pte[P0][0]@4|)
       (= |pte.folio[P0][0]@5| |pte.folio[P0][0]@4|)
       (= |pte.write[P0][0]@5| |pte.write[P0][0]@4|)
       (= |expected[P0][0]@5| |expected[P0][0]@4|)
       (= |anon_vma.list[av0][0]@5| |anon_vma.list[av0][0]@4|)
       (= |anon_vma.len[av0]@5| |anon_vma.len[av0]@4|)
       (= |anon_vma.refcount[av0]@5| |anon_vma.refcount[av0]@4|)
       a!29
       (= |folio.used[F1]@5| a!32)
       (= |folio.refcount[F0]@5| a!43)
       a!52
       (= |folio.mapcount[F0]@5| |folio.mapcount[F0]@4|)
       (= |folio.mapcount[F1]@5| |folio.mapcount[F1]@4|)
       (= |PG_lru[F0]@5| a!60)
       a!63
       (= |PG_anon_exclusive[F0]@5| a!69)
       a!72
       (= |folio.mapping[F0]@5| a!78)
       a!81
       (= |folio.index[F0]@5| a!87)
       a!90
       (= |folio.data[F0]@5| a!97)
       a!101
       a!108
       (= |folio.node[F1]@5| a!111)
       (= |page.mapping(shmem)[F0]@5| a!119)
       (= |page.mapping(shmem)[F1]@5| a!122)
       (= |PG_swapcache[F0]@5| a!130)
       (= |PG_swapcache[F1]@5| a!133)
       (= |PG_dirty[F0]@5| a!141)
       (= |PG_dirty[F1]@5| a!144)
       a!147
       a!149
       (= |&mm->mmap_lock.writer[P0]@5| |&mm->mmap_lock.writer[P0]@4|)
       (= |&mm->mmap_lock.readers[P0]@5| |&mm->mmap_lock.readers[P0]@4|)
       (= |&anon_vma->rwsem.writer[av0]@5| |&anon_vma->rwsem.writer[av0]@4|)
       (= |&anon_vma->rwsem.readers[av0]@5| |&anon_vma->rwsem.readers[av0]@4|)
       (= |ptlock_ptr(page)[P0]@5| |ptlock_ptr(page)[P0]@4|)
       (= |PG_locked[F0]@5| a!156)
       a!160
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
       (= migrate0.pc@5 a!169)
       a!171
       (= migrate0.newpage@5 a!173)
       (= migrate0.ok@5 a!175)
       (= migrate0.mapping_is_swapper@5 a!176)
       a!177
       a!180
       (= fault0.page@5 a!182)
       (= fault0.from_swap@5 a!183)
       a!186
       (= kswapd0.isolated@5 a!187)
       (bvule |alive[P0]@5| #x01)
       (bvule |pte[P0][0]@5| #x07)
       (bvule |pte.folio[P0][0]@5| #x01)
       (bvule |pte.write[P0][0]@5| #x01)
       (bvule |expected[P0][0]@5| #x01)
       (bvule |anon_vma.list[av0][0]@5| #x00)
       (bvule |anon_vma.len[av0]@5| #x01)
       (bvule |anon_vma.refcount[av0]@5| #x06)
       (bvule |folio.used[F0]@5| #x01)
       (bvule |folio.used[F1]@5| #x01)
       (bvule |folio.refcount[F0]@5| #x06)
       (bvule |folio.refcount[F1]@5| #x06)
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
       (bvule |&mm->mmap_lock.writer[P0]@5| #x03)
       (bvule |&mm->mmap_lock.readers[P0]@5| #x03)
       (bvule |&anon_vma->rwsem.writer[av0]@5| #x03)
       (bvule |&anon_vma->rwsem.readers[av0]@5| #x03)
       (bvule |ptlock_ptr(page)[P0]@5| #x03)
       (bvule |PG_locked[F0]@5| #x03)
       (bvule |PG_locked[F1]@5| #x03)
       (bvule |&mapping->tree_lock.writer[shmem]@5| #x03)
       (bvule |&mapping->tree_lock.writer[swapper_space]@5| #x03)
       (bvule |&mapping->tree_lock.readers[shmem]@5| #x03)
       (bvule |&mapping->tree_lock.readers[swapper_space]@5| #x03)
       (bvule |swap_lock[0]@5| #x03)
       (bvule |&info->lock[0]@5| #x03)
       (bvule |lru_lock[0]@5| #x03)
       (bvule migrate0.pc@5 #x0a)
       (bvule migrate0.isolated@5 #x01)
       (bvule migrate0.newpage@5 #x02)
       (bvule migrate0.ok@5 #x01)
       (bvule migrate0.mapping_is_swapper@5 #x01)
       (bvule migrate0.pass@5 #x01)
       (bvule fault0.pc@5 #x03)
       (bvule fault0.page@5 #x02)
       (bvule fault0.from_swap@5 #x01)
       (bvule kswapd0.pc@5 #x03)
       (bvule kswapd0.isolated@5 #x01))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@5| #x00))
                     (not (= |PG_lru[F0]@5| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@5| #x00)))
               (not (not (= |folio.used[F1]@5| #x00)))))
      (a!3 (ite (not (not (= |folio.used[F0]@5| #x00))) #x00 #x01))
      (a!5 (and (= rule@5 #x04)
                (= migrate0.pc@5 #x03)
                (or (not (= |PG_swapcache[F0]@5| #x00))
                    (not (= |page.mapping(shmem)[F0]@5| #x00)))
                (not (= |PG_swapcache[F0]@5| #x00))))
      (a!6 (and (= rule@5 #x05)
                (= migrate0.pc@5 #x03)
                (or (not (= |PG_swapcache[F0]@5| #x00))
                    (not (= |page.mapping(shmem)[F0]@5| #x00)))
                (not (not (= |PG_swapcache[F0]@5| #x00)))
                (not (= |PG_dirty[F0]@5| #x00))
                (= |&info->lock[0]@5| #x00)
                (= |swap_lock[0]@5| #x00)
                (= |&mapping->tree_lock.writer[swapper_space]@5| #x00)
                (= |&mapping->tree_lock.readers[swapper_space]@5| #x00)))
      (a!7 (and (= rule@5 #x06)
                (= migrate0.pc@5 #x03)
                (or (not (= |PG_swapcache[F0]@5| #x00))
                    (not (= |page.mapping(shmem)[F0]@5| #x00)))
                (not (not (= |PG_swapcache[F0]@5| #x00)))
                (not (not (= |PG_dirty[F0]@5| #x00)))))
      (a!8 (not (or (not (= |PG_swapcache[F0]@5| #x00))
                    (not (= |page.mapping(shmem)[F0]@5| #x00)))))
      (a!9 (= (ite (not (= migrate0.mapping_is_swapper@5 #x00)) #x01 #x00) #x00))
      (a!10 (= (ite (not (= migrate0.mapping_is_swapper@5 #x00))
                    swapper_space.i_pages@5
                    shmem.i_pages@5)
               #x00))
      (a!13 (and (= rule@5 #x0d)
                 (= migrate0.pc@5 #x07)
                 (not (not (= migrate0.ok@5 #x00)))))
      (a!14 (and (= rule@5 #x0f)
                 (= migrate0.pc@5 #x09)
                 (not (not (= migrate0.ok@5 #x00)))))
      (a!15 (and (= rule@5 #x14)
                 (= fault0.pc@5 #x01)
                 (= (ite (= fault0.page@5 #x00)
                         |PG_locked[F0]@5|
                         |PG_locked[F1]@5|)
                    #x00)))
      (a!16 (not (= (ite (= fault0.page@5 #x00)
                         |PG_swapcache[F0]@5|
                         |PG_swapcache[F1]@5|)
                    #x00)))
      (a!17 (not (= (ite (= fault0.page@5 #x00)
                         |page.mapping(shmem)[F0]@5|
                         |page.mapping(shmem)[F1]@5|)
                    #x00)))
      (a!19 (not (and (not (= |folio.used[F0]@5| #x00))
                      (not (= |PG_lru[F0]@5| #x00))
                      (= |PG_locked[F0]@5| #x00))))
      (a!20 (and (= rule@5 #x19)
                 (= kswapd0.pc@5 #x01)
                 (not (= |PG_dirty[F0]@5| #x00))
                 (not (= |page.mapping(shmem)[F0]@5| #x00))
                 (not (not (= |PG_swapcache[F0]@5| #x00)))
                 (= |&info->lock[0]@5| #x00)
                 (= |swap_lock[0]@5| #x00)
                 (= |&mapping->tree_lock.writer[swapper_space]@5| #x00)
                 (= |&mapping->tree_lock.readers[swapper_space]@5| #x00)))
      (a!21 (and (not (= |PG_dirty[F0]@5| #x00))
                 (not (= |page.mapping(shmem)[F0]@5| #x00))
                 (not (not (= |PG_swapcache[F0]@5| #x00)))))
      (a!23 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.used[F0]@5|
                      |folio.used[F1]@5|)))
      (a!24 (ite (= (ite (= fault0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= fault0.page@5 #x00)
                      |folio.used[F0]@5|
                      |folio.used[F1]@5|)))
      (a!33 (ite (and (= rule@5 #x17) true)
                 (bvadd |folio.refcount[F0]@5| #x01)
                 (ite (and (= rule@5 #x1b) true)
                      (bvsub |folio.refcount[F0]@5| #x01)
                      |folio.refcount[F0]@5|)))
      (a!44 (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                 (bvsub (ite (= fault0.page@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 |folio.refcount[F1]@5|))
      (a!53 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00) |PG_lru[F0]@5| |PG_lru[F1]@5|)))
      (a!54 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 #x01))
      (a!55 (ite (= (ite (= fault0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= fault0.page@5 #x00) |PG_lru[F0]@5| |PG_lru[F1]@5|)))
      (a!56 (ite (and (= rule@5 #x17) true)
                 #x00
                 (ite (and (= rule@5 #x1b) true)
                      (ite (= |folio.refcount[F0]@5| #x01) #x00 #x01)
                      |PG_lru[F0]@5|)))
      (a!64 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |PG_anon_exclusive[F0]@5|
                      |PG_anon_exclusive[F1]@5|)))
      (a!65 (ite (= (ite (= fault0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= fault0.page@5 #x00)
                      |PG_anon_exclusive[F0]@5|
                      |PG_anon_exclusive[F1]@5|)))
      (a!73 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.mapping[F0]@5|
                      |folio.mapping[F1]@5|)))
      (a!74 (ite (= (ite (= fault0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x01
                 (ite (= fault0.page@5 #x00)
                      |folio.mapping[F0]@5|
                      |folio.mapping[F1]@5|)))
      (a!82 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.index[F0]@5|
                      |folio.index[F1]@5|)))
      (a!83 (ite (= (ite (= fault0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= fault0.page@5 #x00)
                      |folio.index[F0]@5|
                      |folio.index[F1]@5|)))
      (a!91 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.data[F0]@5|
                      |folio.data[F1]@5|)))
      (a!92 (ite (= (ite (= fault0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= fault0.page@5 #x00)
                      |folio.data[F0]@5|
                      |folio.data[F1]@5|)))
      (a!102 (ite (= (ite (= migrate0.newpage@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@5 #x00)
                       |folio.node[F0]@5|
                       |folio.node[F1]@5|)))
      (a!103 (ite (= (ite (= fault0.page@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= fault0.page@5 #x00)
                       |folio.node[F0]@5|
                       |folio.node[F1]@5|)))
      (a!112 (ite (= (ite (= migrate0.newpage@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@5 #x00)
                       |page.mapping(shmem)[F0]@5|
                       |page.mapping(shmem)[F1]@5|)))
      (a!113 (ite (= (ite (= fault0.page@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= fault0.page@5 #x00)
                       |page.mapping(shmem)[F0]@5|
                       |page.mapping(shmem)[F1]@5|)))
      (a!114 (ite (and (= rule@5 #x19) true)
                  #x00
                  (ite (and (= rule@5 #x1b) true)
                       (ite (= |folio.refcount[F0]@5| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@5|)
                       |page.mapping(shmem)[F0]@5|)))
      (a!123 (ite (= (ite (= migrate0.newpage@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@5 #x00)
                       |PG_swapcache[F0]@5|
                       |PG_swapcache[F1]@5|)))
      (a!124 (ite (= (ite (= fault0.page@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= fault0.page@5 #x00)
                       |PG_swapcache[F0]@5|
                       |PG_swapcache[F1]@5|)))
      (a!125 (ite (and (= rule@5 #x19) true)
                  #x01
                  (ite (and (= rule@5 #x1b) true)
                       (ite (= |folio.refcount[F0]@5| #x01)
                            #x00
                            |PG_swapcache[F0]@5|)
                       |PG_swapcache[F0]@5|)))
      (a!134 (ite (= (ite (= migrate0.newpage@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@5 #x00)
                       |PG_dirty[F0]@5|
                       |PG_dirty[F1]@5|)))
      (a!135 (ite (= (ite (= fault0.page@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= fault0.page@5 #x00) |PG_dirty[F0]@5| |PG_dirty[F1]@5|)))
      (a!136 (ite (and (= rule@5 #x19) true)
                  #x01
                  (ite (and (= rule@5 #x1b) true)
                       (ite (= |folio.refcount[F0]@5| #x01)
                            #x00
                            |PG_dirty[F0]@5|)
                       |PG_dirty[F0]@5|)))
      (a!145 (ite (not (not (= migrate0.mapping_is_swapper@5 #x00)))
                  migrate0.newpage@5
                  shmem.i_pages@5))
      (a!148 (ite (and (= rule@5 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@5 #x00))
                       migrate0.newpage@5
                       swapper_space.i_pages@5)
                  (ite (and (= rule@5 #x19) true) #x00 swapper_space.i_pages@5)))
      (a!150 (ite (and (= rule@5 #x19) true)
                  #x00
                  (ite (and (= rule@5 #x1a) true) #x00 |PG_locked[F0]@5|)))
      (a!157 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                  #x00
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                       #x00
                       |PG_locked[F1]@5|)))
      (a!161 (ite (and (= rule@5 #x10) true)
                  #x01
                  (ite (and (= rule@5 #x11) true) #x09 migrate0.pc@5)))
      (a!170 (ite (and (= rule@5 #x0e) true)
                  #x00
                  (ite (and (= rule@5 #x0f) true) #x00 migrate0.isolated@5)))
      (a!172 (ite (and (= rule@5 #x0d) true)
                  #x02
                  (ite (and (= rule@5 #x0e) true) #x02 migrate0.newpage@5)))
      (a!174 (ite (and (= rule@5 #x0b) true)
                  #x01
                  (ite (and (= rule@5 #x11) true) #x00 migrate0.ok@5)))
      (a!176 (ite (and (= rule@5 #x04) true)
                  |PG_swapcache[F0]@5|
                  (ite (and (= rule@5 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@5)))
      (a!177 (= migrate0.pass@6
                (ite (and (= rule@5 #x10) true)
                     (bvadd migrate0.pass@5 #x01)
                     migrate0.pass@5)))
      (a!178 (ite (and (= rule@5 #x15) true)
                  #x03
                  (ite (and (= rule@5 #x16) true) #x00 fault0.pc@5)))
      (a!181 (ite (and (= rule@5 #x15) true)
                  #x02
                  (ite (and (= rule@5 #x16) true) #x02 fault0.page@5)))
      (a!183 (ite (and (= rule@5 #x12) true)
                  #x00
                  (ite (and (= rule@5 #x13) true) #x01 fault0.from_swap@5)))
      (a!184 (ite (and (= rule@5 #x1a) true)
                  #x02
                  (ite (and (= rule@5 #x1b) true) #x03 kswapd0.pc@5)))
      (a!187 (ite (and (= rule@5 #x17) true)
                  #x01
                  (ite (and (= rule@5 #x1b) true) #x00 kswapd0.isolated@5))))
(let ((a!4 (and (= rule@5 #x03)
                (= migrate0.pc@5 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@5| |PG_locked[F1]@5|) #x00)))
      (a!11 (and (= rule@5 #x09)
                 (= migrate0.pc@5 #x05)
                 (= (ite a!9
                         |&mapping->tree_lock.writer[shmem]@5|
                         |&mapping->tree_lock.writer[swapper_space]@5|)
                    #x00)
                 (= (ite a!9
                         |&mapping->tree_lock.readers[shmem]@5|
                         |&mapping->tree_lock.readers[swapper_space]@5|)
                    #x00)
                 (or (not (= |PG_swapcache[F0]@5| #x00))
                     (not (= |page.mapping(shmem)[F0]@5| #x00)))
                 (= |folio.refcount[F0]@5| #x02)
                 a!10))
      (a!12 (and (or (not (= |PG_swapcache[F0]@5| #x00))
                     (not (= |page.mapping(shmem)[F0]@5| #x00)))
                 (= |folio.refcount[F0]@5| #x02)
                 a!10))
      (a!18 (ite (not (= fault0.from_swap@5 #x00))
                 (and (= swapper_space.i_pages@5 fault0.page@5) a!16)
                 (and (= shmem.i_pages@5 fault0.page@5) a!17)))
      (a!25 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                 a!24
                 (ite (and (= rule@5 #x1b) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.used[F0]@5|)
                      |folio.used[F0]@5|)))
      (a!30 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                 a!24
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                      a!24
                      |folio.used[F1]@5|)))
      (a!34 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                 (bvsub (ite (= fault0.page@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!33))
      (a!45 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                 (bvsub (ite (= fault0.page@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!44))
      (a!57 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                 a!55
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00)) a!55 a!56)))
      (a!61 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                 a!55
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                      a!55
                      |PG_lru[F1]@5|)))
      (a!66 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                 a!65
                 (ite (and (= rule@5 #x1b) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@5|)
                      |PG_anon_exclusive[F0]@5|)))
      (a!70 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                 a!65
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                      a!65
                      |PG_anon_exclusive[F1]@5|)))
      (a!75 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                 a!74
                 (ite (and (= rule@5 #x1b) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x01
                           |folio.mapping[F0]@5|)
                      |folio.mapping[F0]@5|)))
      (a!79 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                 a!74
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                      a!74
                      |folio.mapping[F1]@5|)))
      (a!84 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                 a!83
                 (ite (and (= rule@5 #x1b) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.index[F0]@5|)
                      |folio.index[F0]@5|)))
      (a!88 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                 a!83
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                      a!83
                      |folio.index[F1]@5|)))
      (a!93 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                 a!92
                 (ite (and (= rule@5 #x1b) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.data[F0]@5|)
                      |folio.data[F0]@5|)))
      (a!98 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                 a!92
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                      a!92
                      |folio.data[F1]@5|)))
      (a!104 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                  a!103
                  (ite (and (= rule@5 #x1b) true)
                       (ite (= |folio.refcount[F0]@5| #x01)
                            #x00
                            |folio.node[F0]@5|)
                       |folio.node[F0]@5|)))
      (a!109 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                  a!103
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                       a!103
                       |folio.node[F1]@5|)))
      (a!115 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                  a!113
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x00)) a!113 a!114)))
      (a!120 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                  a!113
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                       a!113
                       |page.mapping(shmem)[F1]@5|)))
      (a!126 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                  a!124
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x00)) a!124 a!125)))
      (a!131 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                  a!124
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                       a!124
                       |PG_swapcache[F1]@5|)))
      (a!137 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                  a!135
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x00)) a!135 a!136)))
      (a!142 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                  a!135
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                       a!135
                       |PG_dirty[F1]@5|)))
      (a!146 (ite (and (= rule@5 #x09) true)
                  a!145
                  (ite (and (= rule@5 #x19) true) #x02 shmem.i_pages@5)))
      (a!149 (= swapper_space.i_pages@6
                (ite (and (= rule@5 #x05) true) #x00 a!148)))
      (a!151 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                  #x00
                  (ite (and (= rule@5 #x17) true) #x03 a!150)))
      (a!158 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                  #x00
                  (ite (and (= rule@5 #x14) (= fault0.page@5 #x01)) #x02 a!157)))
      (a!162 (ite (and (= rule@5 #x0e) true)
                  #x0a
                  (ite (and (= rule@5 #x0f) true) #x0a a!161)))
      (a!171 (= migrate0.isolated@6 (ite (and (= rule@5 #x00) true) #x01 a!170)))
      (a!173 (ite (and (= rule@5 #x03) true)
                  a!3
                  (ite (and (= rule@5 #x08) true) #x02 a!172)))
      (a!175 (ite (and (= rule@5 #x07) true)
                  #x00
                  (ite (and (= rule@5 #x0a) true) #x00 a!174)))
      (a!179 (ite (and (= rule@5 #x13) true)
                  #x01
                  (ite (and (= rule@5 #x14) true) #x02 a!178)))
      (a!182 (ite (and (= rule@5 #x12) true)
                  shmem.i_pages@5
                  (ite (and (= rule@5 #x13) true) swapper_space.i_pages@5 a!181)))
      (a!185 (ite (and (= rule@5 #x18) true)
                  #x03
                  (ite (and (= rule@5 #x19) true) #x02 a!184))))
(let ((a!22 (or (and (= rule@5 #x00)
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
                a!6
                a!7
                (and (= rule@5 #x07) (= migrate0.pc@5 #x03) a!8)
                (and (= rule@5 #x08) (= migrate0.pc@5 #x04))
                a!11
                (and (= rule@5 #x0a) (= migrate0.pc@5 #x05) (not a!12))
                (and (= rule@5 #x0b) (= migrate0.pc@5 #x06))
                (and (= rule@5 #x0c)
                     (= migrate0.pc@5 #x07)
                     (not (= migrate0.ok@5 #x00)))
                a!13
                (and (= rule@5 #x0e)
                     (= migrate0.pc@5 #x09)
                     (not (= migrate0.ok@5 #x00)))
                a!14
                (and (= rule@5 #x10)
                     (= migrate0.pc@5 #x08)
                     (bvult migrate0.pass@5 #x01))
                (and (= rule@5 #x11)
                     (= migrate0.pc@5 #x08)
                     (bvuge migrate0.pass@5 #x01))
                (and (= rule@5 #x12)
                     (= fault0.pc@5 #x00)
                     (= |&mapping->tree_lock.writer[shmem]@5| #x00)
                     (not (= shmem.i_pages@5 #x02)))
                (and (= rule@5 #x13)
                     (= fault0.pc@5 #x00)
                     (= |&info->lock[0]@5| #x00)
                     (= |&mapping->tree_lock.writer[swapper_space]@5| #x00)
                     (= shmem.i_pages@5 #x02)
                     (not (= swapper_space.i_pages@5 #x02)))
                a!15
                (and (= rule@5 #x15) (= fault0.pc@5 #x02) a!18)
                (and (= rule@5 #x16) (= fault0.pc@5 #x02) (not a!18))
                (and (= rule@5 #x17)
                     (= kswapd0.pc@5 #x00)
                     (= |lru_lock[0]@5| #x00)
                     (not (= |folio.used[F0]@5| #x00))
                     (not (= |PG_lru[F0]@5| #x00))
                     (= |PG_locked[F0]@5| #x00))
                (and (= rule@5 #x18) (= kswapd0.pc@5 #x00) a!19)
                a!20
                (and (= rule@5 #x1a) (= kswapd0.pc@5 #x01) (not a!21))
                (and (= rule@5 #x1b) (= kswapd0.pc@5 #x02))))
      (a!26 (ite (and (= rule@5 #x0f) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.used[F0]@5|)
                 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00)) a!24 a!25)))
      (a!31 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!23
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!23
                      a!30)))
      (a!35 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                 (bvsub (ite (= fault0.page@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!34))
      (a!46 (ite (and (= rule@5 #x13) (= swapper_space.i_pages@5 #x01))
                 (bvadd (ite (= swapper_space.i_pages@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!45))
      (a!58 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_lru[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01) #x00 #x01)
                      a!57)))
      (a!62 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!53
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!54
                      a!61)))
      (a!67 (ite (and (= rule@5 #x0f) true)
                 (ite (= |folio.refcount[F0]@5| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@5|)
                 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00)) a!65 a!66)))
      (a!71 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!64
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!64
                      a!70)))
      (a!76 (ite (and (= rule@5 #x0f) true)
                 (ite (= |folio.refcount[F0]@5| #x01)
                      #x01
                      |folio.mapping[F0]@5|)
                 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00)) a!74 a!75)))
      (a!80 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!73
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!73
                      a!79)))
      (a!85 (ite (and (= rule@5 #x0f) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.index[F0]@5|)
                 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00)) a!83 a!84)))
      (a!89 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!82
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!82
                      a!88)))
      (a!94 (ite (and (= rule@5 #x0f) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.data[F0]@5|)
                 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00)) a!92 a!93)))
      (a!99 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!91
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!91
                      a!98)))
      (a!105 (ite (and (= rule@5 #x0f) true)
                  (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.node[F0]@5|)
                  (ite (and (= rule@5 #x15) (= fault0.page@5 #x00)) a!103 a!104)))
      (a!110 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                  a!102
                  (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                       a!102
                       a!109)))
      (a!116 (ite (and (= rule@5 #x0e) true)
                  (ite (= |folio.refcount[F0]@5| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@5|)
                  (ite (and (= rule@5 #x0f) true)
                       (ite (= |folio.refcount[F0]@5| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@5|)
                       a!115)))
      (a!121 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                  a!112
                  (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                       a!112
                       a!120)))
      (a!127 (ite (and (= rule@5 #x0e) true)
                  (ite (= |folio.refcount[F0]@5| #x01)
                       #x00
                       |PG_swapcache[F0]@5|)
                  (ite (and (= rule@5 #x0f) true)
                       (ite (= |folio.refcount[F0]@5| #x01)
                            #x00
                            |PG_swapcache[F0]@5|)
                       a!126)))
      (a!132 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                  a!123
                  (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                       a!123
                       a!131)))
      (a!138 (ite (and (= rule@5 #x0e) true)
                  (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_dirty[F0]@5|)
                  (ite (and (= rule@5 #x0f) true)
                       (ite (= |folio.refcount[F0]@5| #x01)
                            #x00
                            |PG_dirty[F0]@5|)
                       a!137)))
      (a!143 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                  a!134
                  (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                       a!134
                       a!142)))
      (a!147 (= shmem.i_pages@6 (ite (and (= rule@5 #x05) true) #x02 a!146)))
      (a!152 (ite (and (= rule@5 #x14) (= fault0.page@5 #x00))
                  #x02
                  (ite (and (= rule@5 #x15) (= fault0.page@5 #x00)) #x00 a!151)))
      (a!159 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                  #x00
                  (ite (and (= rule@5 #x0c) (= migrate0.newpage@5 #x01))
                       #x00
                       a!158)))
      (a!163 (ite (and (= rule@5 #x0c) true)
                  #x09
                  (ite (and (= rule@5 #x0d) true) #x08 a!162)))
      (a!180 (= fault0.pc@6 (ite (and (= rule@5 #x12) true) #x01 a!179)))
      (a!186 (= kswapd0.pc@6 (ite (and (= rule@5 #x17) true) #x01 a!185))))
(let ((a!27 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                 a!23
                 (ite (and (= rule@5 #x0e) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.used[F0]@5|)
                      a!26)))
      (a!32 (ite (and (= rule@5 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                      a!23
                      a!31)))
      (a!36 (ite (and (= rule@5 #x13) (= swapper_space.i_pages@5 #x00))
                 (bvadd (ite (= swapper_space.i_pages@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!35))
      (a!47 (ite (and (= rule@5 #x12) (= shmem.i_pages@5 #x01))
                 (bvadd (ite (= shmem.i_pages@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!46))
      (a!59 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!53
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!54
                      a!58)))
      (a!63 (= |PG_lru[F1]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01)) a!53 a!62)))
      (a!68 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                 a!64
                 (ite (and (= rule@5 #x0e) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@5|)
                      a!67)))
      (a!72 (= |PG_anon_exclusive[F1]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01)) a!64 a!71)))
      (a!77 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                 a!73
                 (ite (and (= rule@5 #x0e) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x01
                           |folio.mapping[F0]@5|)
                      a!76)))
      (a!81 (= |folio.mapping[F1]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01)) a!73 a!80)))
      (a!86 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                 a!82
                 (ite (and (= rule@5 #x0e) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.index[F0]@5|)
                      a!85)))
      (a!90 (= |folio.index[F1]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01)) a!82 a!89)))
      (a!95 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                 a!91
                 (ite (and (= rule@5 #x0e) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.data[F0]@5|)
                      a!94)))
      (a!100 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                  a!91
                  (ite (and (= rule@5 #x0b) (= migrate0.newpage@5 #x01))
                       |folio.data[F0]@5|
                       a!99)))
      (a!106 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                  a!102
                  (ite (and (= rule@5 #x0e) true)
                       (ite (= |folio.refcount[F0]@5| #x01)
                            #x00
                            |folio.node[F0]@5|)
                       a!105)))
      (a!111 (ite (and (= rule@5 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@5|)
                  (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                       a!102
                       a!110)))
      (a!117 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                  a!112
                  (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                       a!112
                       a!116)))
      (a!122 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                  a!112
                  (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x01))
                       |page.mapping(shmem)[F0]@5|
                       a!121)))
      (a!128 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                  a!123
                  (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                       a!123
                       a!127)))
      (a!133 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                  a!123
                  (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x01))
                       |PG_swapcache[F0]@5|
                       a!132)))
      (a!139 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                  a!134
                  (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                       a!134
                       a!138)))
      (a!144 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                  a!134
                  (ite (and (= rule@5 #x0b) (= migrate0.newpage@5 #x01))
                       |PG_dirty[F0]@5|
                       a!143)))
      (a!153 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                  #x00
                  (ite (and (= rule@5 #x0d) true) #x00 a!152)))
      (a!160 (= |PG_locked[F1]@6|
                (ite (and (= rule@5 #x03) (= a!3 #x01)) #x01 a!159)))
      (a!164 (ite (and (= rule@5 #x0a) true)
                  #x07
                  (ite (and (= rule@5 #x0b) true) #x07 a!163))))
(let ((a!28 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                 a!23
                 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                      a!23
                      a!27)))
      (a!37 (ite (and (= rule@5 #x12) (= shmem.i_pages@5 #x00))
                 (bvadd (ite (= shmem.i_pages@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!36))
      (a!48 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!47))
      (a!60 (ite (and (= rule@5 #x00) true)
                 #x00
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      a!53
                      a!59)))
      (a!69 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                 a!64
                 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                      a!64
                      a!68)))
      (a!78 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                 a!73
                 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                      a!73
                      a!77)))
      (a!87 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                 a!82
                 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                      a!82
                      a!86)))
      (a!96 (ite (and (= rule@5 #x0b) (= migrate0.newpage@5 #x00))
                 |folio.data[F0]@5|
                 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                      a!91
                      a!95)))
      (a!101 (= |folio.data[F1]@6|
                (ite (and (= rule@5 #x03) (= a!3 #x01)) #x00 a!100)))
      (a!107 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                  a!102
                  (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                       a!102
                       a!106)))
      (a!118 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x00))
                  |page.mapping(shmem)[F0]@5|
                  (ite (and (= rule@5 #x0b) true) #x00 a!117)))
      (a!129 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x00))
                  |PG_swapcache[F0]@5|
                  (ite (and (= rule@5 #x0b) true) #x00 a!128)))
      (a!140 (ite (and (= rule@5 #x0b) (= migrate0.newpage@5 #x00))
                  |PG_dirty[F0]@5|
                  (ite (and (= rule@5 #x0b) true) #x00 a!139)))
      (a!154 (ite (and (= rule@5 #x0c) (= migrate0.newpage@5 #x00))
                  #x00
                  (ite (and (= rule@5 #x0c) true) #x00 a!153)))
      (a!165 (ite (and (= rule@5 #x08) true)
                  #x08
                  (ite (and (= rule@5 #x09) true) #x06 a!164))))
(let ((a!29 (= |folio.used[F0]@6|
               (ite (and (= rule@5 #x03) (= a!3 #x00)) #x01 a!28)))
      (a!38 (ite (and (= rule@5 #x0e) true)
                 (bvsub |folio.refcount[F0]@5| #x01)
                 (ite (and (= rule@5 #x0f) true)
                      (bvsub |folio.refcount[F0]@5| #x01)
                      a!37)))
      (a!49 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!48))
      (a!97 (ite (and (= rule@5 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      a!91
                      a!96)))
      (a!108 (= |folio.node[F0]@6|
                (ite (and (= rule@5 #x03) (= a!3 #x00))
                     (bvsub #x01 |folio.node[F0]@5|)
                     a!107)))
      (a!119 (ite (and (= rule@5 #x05) true)
                  #x00
                  (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                       a!112
                       a!118)))
      (a!130 (ite (and (= rule@5 #x05) true)
                  #x01
                  (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                       a!123
                       a!129)))
      (a!141 (ite (and (= rule@5 #x05) true)
                  #x01
                  (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                       a!134
                       a!140)))
      (a!155 (ite (and (= rule@5 #x05) true)
                  #x00
                  (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                       #x00
                       a!154)))
      (a!166 (ite (and (= rule@5 #x06) true)
                  #x05
                  (ite (and (= rule@5 #x07) true) #x07 a!165))))
(let ((a!39 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x01))
                 (bvadd (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!49))
      (a!156 (ite (and (= rule@5 #x02) true)
                  #x01
                  (ite (and (= rule@5 #x03) (= a!3 #x00)) #x01 a!155)))
      (a!167 (ite (and (= rule@5 #x04) true)
                  #x05
                  (ite (and (= rule@5 #x05) true) #x04 a!166))))
(let ((a!40 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!50))
      (a!168 (ite (and (= rule@5 #x02) true)
                  #x02
                  (ite (and (= rule@5 #x03) true) #x03 a!167))))
(let ((a!41 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x00))
                 (bvadd (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 (ite (and (= rule@5 #x09) true)
                      (bvsub |folio.refcount[F0]@5| #x01)
                      a!40)))
      (a!52 (= |folio.refcount[F1]@6|
               (ite (and (= rule@5 #x03) (= a!3 #x01)) #x01 a!51)))
      (a!169 (ite (and (= rule@5 #x00) true)
                  #x01
                  (ite (and (= rule@5 #x01) true) #x0a a!168))))
(let ((a!42 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!41)))
(let ((a!43 (ite (and (= rule@5 #x00) true)
                 (bvadd |folio.refcount[F0]@5| #x01)
                 (ite (and (= rule@5 #x03) (= a!3 #x00)) #x01 a!42))))
  (and a!22
       (= |alive[P0]@6| |alive[P0]@5|)
       (= |pte[P0][0]@6| |pte[P0][0]@5|)
       (= |pte.folio[P0][0]@6| |pte.folio[P0][0]@5|)
       (= |pte.write[P0][0]@6| |pte.write[P0][0]@5|)
       (= |expected[P0][0]@6| |expected[P0][0]@5|)
       (= |anon_vma.list[av0][0]@6| |anon_vma.list[av0][0]@5|)
       (= |anon_vma.len[av0]@6| |anon_vma.len[av0]@5|)
       (= |anon_vma.refcount[av0]@6| |anon_vma.refcount[av0]@5|)
       a!29
       (= |folio.used[F1]@6| a!32)
       (= |folio.refcount[F0]@6| a!43)
       a!52
       (= |folio.mapcount[F0]@6| |folio.mapcount[F0]@5|)
       (= |folio.mapcount[F1]@6| |folio.mapcount[F1]@5|)
       (= |PG_lru[F0]@6| a!60)
       a!63
       (= |PG_anon_exclusive[F0]@6| a!69)
       a!72
       (= |folio.mapping[F0]@6| a!78)
       a!81
       (= |folio.index[F0]@6| a!87)
       a!90
       (= |folio.data[F0]@6| a!97)
       a!101
       a!108
       (= |folio.node[F1]@6| a!111)
       (= |page.mapping(shmem)[F0]@6| a!119)
       (= |page.mapping(shmem)[F1]@6| a!122)
       (= |PG_swapcache[F0]@6| a!130)
       (= |PG_swapcache[F1]@6| a!133)
       (= |PG_dirty[F0]@6| a!141)
       (= |PG_dirty[F1]@6| a!144)
       a!147
       a!149
       (= |&mm->mmap_lock.writer[P0]@6| |&mm->mmap_lock.writer[P0]@5|)
       (= |&mm->mmap_lock.readers[P0]@6| |&mm->mmap_lock.readers[P0]@5|)
       (= |&anon_vma->rwsem.writer[av0]@6| |&anon_vma->rwsem.writer[av0]@5|)
       (= |&anon_vma->rwsem.readers[av0]@6| |&anon_vma->rwsem.readers[av0]@5|)
       (= |ptlock_ptr(page)[P0]@6| |ptlock_ptr(page)[P0]@5|)
       (= |PG_locked[F0]@6| a!156)
       a!160
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
       (= migrate0.pc@6 a!169)
       a!171
       (= migrate0.newpage@6 a!173)
       (= migrate0.ok@6 a!175)
       (= migrate0.mapping_is_swapper@6 a!176)
       a!177
       a!180
       (= fault0.page@6 a!182)
       (= fault0.from_swap@6 a!183)
       a!186
       (= kswapd0.isolated@6 a!187)
       (bvule |alive[P0]@6| #x01)
       (bvule |pte[P0][0]@6| #x07)
       (bvule |pte.folio[P0][0]@6| #x01)
       (bvule |pte.write[P0][0]@6| #x01)
       (bvule |expected[P0][0]@6| #x01)
       (bvule |anon_vma.list[av0][0]@6| #x00)
       (bvule |anon_vma.len[av0]@6| #x01)
       (bvule |anon_vma.refcount[av0]@6| #x06)
       (bvule |folio.used[F0]@6| #x01)
       (bvule |folio.used[F1]@6| #x01)
       (bvule |folio.refcount[F0]@6| #x06)
       (bvule |folio.refcount[F1]@6| #x06)
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
       (bvule |&mm->mmap_lock.writer[P0]@6| #x03)
       (bvule |&mm->mmap_lock.readers[P0]@6| #x03)
       (bvule |&anon_vma->rwsem.writer[av0]@6| #x03)
       (bvule |&anon_vma->rwsem.readers[av0]@6| #x03)
       (bvule |ptlock_ptr(page)[P0]@6| #x03)
       (bvule |PG_locked[F0]@6| #x03)
       (bvule |PG_locked[F1]@6| #x03)
       (bvule |&mapping->tree_lock.writer[shmem]@6| #x03)
       (bvule |&mapping->tree_lock.writer[swapper_space]@6| #x03)
       (bvule |&mapping->tree_lock.readers[shmem]@6| #x03)
       (bvule |&mapping->tree_lock.readers[swapper_space]@6| #x03)
       (bvule |swap_lock[0]@6| #x03)
       (bvule |&info->lock[0]@6| #x03)
       (bvule |lru_lock[0]@6| #x03)
       (bvule migrate0.pc@6 #x0a)
       (bvule migrate0.isolated@6 #x01)
       (bvule migrate0.newpage@6 #x02)
       (bvule migrate0.ok@6 #x01)
       (bvule migrate0.mapping_is_swapper@6 #x01)
       (bvule migrate0.pass@6 #x01)
       (bvule fault0.pc@6 #x03)
       (bvule fault0.page@6 #x02)
       (bvule fault0.from_swap@6 #x01)
       (bvule kswapd0.pc@6 #x03)
       (bvule kswapd0.isolated@6 #x01))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@6| #x00))
                     (not (= |PG_lru[F0]@6| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@6| #x00)))
               (not (not (= |folio.used[F1]@6| #x00)))))
      (a!3 (ite (not (not (= |folio.used[F0]@6| #x00))) #x00 #x01))
      (a!5 (and (= rule@6 #x04)
                (= migrate0.pc@6 #x03)
                (or (not (= |PG_swapcache[F0]@6| #x00))
                    (not (= |page.mapping(shmem)[F0]@6| #x00)))
                (not (= |PG_swapcache[F0]@6| #x00))))
      (a!6 (and (= rule@6 #x05)
                (= migrate0.pc@6 #x03)
                (or (not (= |PG_swapcache[F0]@6| #x00))
                    (not (= |page.mapping(shmem)[F0]@6| #x00)))
                (not (not (= |PG_swapcache[F0]@6| #x00)))
                (not (= |PG_dirty[F0]@6| #x00))
                (= |&info->lock[0]@6| #x00)
                (= |swap_lock[0]@6| #x00)
                (= |&mapping->tree_lock.writer[swapper_space]@6| #x00)
                (= |&mapping->tree_lock.readers[swapper_space]@6| #x00)))
      (a!7 (and (= rule@6 #x06)
                (= migrate0.pc@6 #x03)
                (or (not (= |PG_swapcache[F0]@6| #x00))
                    (not (= |page.mapping(shmem)[F0]@6| #x00)))
                (not (not (= |PG_swapcache[F0]@6| #x00)))
                (not (not (= |PG_dirty[F0]@6| #x00)))))
      (a!8 (not (or (not (= |PG_swapcache[F0]@6| #x00))
                    (not (= |page.mapping(shmem)[F0]@6| #x00)))))
      (a!9 (= (ite (not (= migrate0.mapping_is_swapper@6 #x00)) #x01 #x00) #x00))
      (a!10 (= (ite (not (= migrate0.mapping_is_swapper@6 #x00))
                    swapper_space.i_pages@6
                    shmem.i_pages@6)
               #x00))
      (a!13 (and (= rule@6 #x0d)
                 (= migrate0.pc@6 #x07)
                 (not (not (= migrate0.ok@6 #x00)))))
      (a!14 (and (= rule@6 #x0f)
                 (= migrate0.pc@6 #x09)
                 (not (not (= migrate0.ok@6 #x00)))))
      (a!15 (and (= rule@6 #x14)
                 (= fault0.pc@6 #x01)
                 (= (ite (= fault0.page@6 #x00)
                         |PG_locked[F0]@6|
                         |PG_locked[F1]@6|)
                    #x00)))
      (a!16 (not (= (ite (= fault0.page@6 #x00)
                         |PG_swapcache[F0]@6|
                         |PG_swapcache[F1]@6|)
                    #x00)))
      (a!17 (not (= (ite (= fault0.page@6 #x00)
                         |page.mapping(shmem)[F0]@6|
                         |page.mapping(shmem)[F1]@6|)
                    #x00)))
      (a!19 (not (and (not (= |folio.used[F0]@6| #x00))
                      (not (= |PG_lru[F0]@6| #x00))
                      (= |PG_locked[F0]@6| #x00))))
      (a!20 (and (= rule@6 #x19)
                 (= kswapd0.pc@6 #x01)
                 (not (= |PG_dirty[F0]@6| #x00))
                 (not (= |page.mapping(shmem)[F0]@6| #x00))
                 (not (not (= |PG_swapcache[F0]@6| #x00)))
                 (= |&info->lock[0]@6| #x00)
                 (= |swap_lock[0]@6| #x00)
                 (= |&mapping->tree_lock.writer[swapper_space]@6| #x00)
                 (= |&mapping->tree_lock.readers[swapper_space]@6| #x00)))
      (a!21 (and (not (= |PG_dirty[F0]@6| #x00))
                 (not (= |page.mapping(shmem)[F0]@6| #x00))
                 (not (not (= |PG_swapcache[F0]@6| #x00)))))
      (a!23 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.used[F0]@6|
                      |folio.used[F1]@6|)))
      (a!24 (ite (= (ite (= fault0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= fault0.page@6 #x00)
                      |folio.used[F0]@6|
                      |folio.used[F1]@6|)))
      (a!33 (ite (and (= rule@6 #x17) true)
                 (bvadd |folio.refcount[F0]@6| #x01)
                 (ite (and (= rule@6 #x1b) true)
                      (bvsub |folio.refcount[F0]@6| #x01)
                      |folio.refcount[F0]@6|)))
      (a!44 (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                 (bvsub (ite (= fault0.page@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 |folio.refcount[F1]@6|))
      (a!53 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00) |PG_lru[F0]@6| |PG_lru[F1]@6|)))
      (a!54 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 #x01))
      (a!55 (ite (= (ite (= fault0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= fault0.page@6 #x00) |PG_lru[F0]@6| |PG_lru[F1]@6|)))
      (a!56 (ite (and (= rule@6 #x17) true)
                 #x00
                 (ite (and (= rule@6 #x1b) true)
                      (ite (= |folio.refcount[F0]@6| #x01) #x00 #x01)
                      |PG_lru[F0]@6|)))
      (a!64 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |PG_anon_exclusive[F0]@6|
                      |PG_anon_exclusive[F1]@6|)))
      (a!65 (ite (= (ite (= fault0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= fault0.page@6 #x00)
                      |PG_anon_exclusive[F0]@6|
                      |PG_anon_exclusive[F1]@6|)))
      (a!73 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.mapping[F0]@6|
                      |folio.mapping[F1]@6|)))
      (a!74 (ite (= (ite (= fault0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x01
                 (ite (= fault0.page@6 #x00)
                      |folio.mapping[F0]@6|
                      |folio.mapping[F1]@6|)))
      (a!82 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.index[F0]@6|
                      |folio.index[F1]@6|)))
      (a!83 (ite (= (ite (= fault0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= fault0.page@6 #x00)
                      |folio.index[F0]@6|
                      |folio.index[F1]@6|)))
      (a!91 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.data[F0]@6|
                      |folio.data[F1]@6|)))
      (a!92 (ite (= (ite (= fault0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= fault0.page@6 #x00)
                      |folio.data[F0]@6|
                      |folio.data[F1]@6|)))
      (a!102 (ite (= (ite (= migrate0.newpage@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@6 #x00)
                       |folio.node[F0]@6|
                       |folio.node[F1]@6|)))
      (a!103 (ite (= (ite (= fault0.page@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= fault0.page@6 #x00)
                       |folio.node[F0]@6|
                       |folio.node[F1]@6|)))
      (a!112 (ite (= (ite (= migrate0.newpage@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@6 #x00)
                       |page.mapping(shmem)[F0]@6|
                       |page.mapping(shmem)[F1]@6|)))
      (a!113 (ite (= (ite (= fault0.page@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= fault0.page@6 #x00)
                       |page.mapping(shmem)[F0]@6|
                       |page.mapping(shmem)[F1]@6|)))
      (a!114 (ite (and (= rule@6 #x19) true)
                  #x00
                  (ite (and (= rule@6 #x1b) true)
                       (ite (= |folio.refcount[F0]@6| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@6|)
                       |page.mapping(shmem)[F0]@6|)))
      (a!123 (ite (= (ite (= migrate0.newpage@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@6 #x00)
                       |PG_swapcache[F0]@6|
                       |PG_swapcache[F1]@6|)))
      (a!124 (ite (= (ite (= fault0.page@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= fault0.page@6 #x00)
                       |PG_swapcache[F0]@6|
                       |PG_swapcache[F1]@6|)))
      (a!125 (ite (and (= rule@6 #x19) true)
                  #x01
                  (ite (and (= rule@6 #x1b) true)
                       (ite (= |folio.refcount[F0]@6| #x01)
                            #x00
                            |PG_swapcache[F0]@6|)
                       |PG_swapcache[F0]@6|)))
      (a!134 (ite (= (ite (= migrate0.newpage@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@6 #x00)
                       |PG_dirty[F0]@6|
                       |PG_dirty[F1]@6|)))
      (a!135 (ite (= (ite (= fault0.page@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= fault0.page@6 #x00) |PG_dirty[F0]@6| |PG_dirty[F1]@6|)))
      (a!136 (ite (and (= rule@6 #x19) true)
                  #x01
                  (ite (and (= rule@6 #x1b) true)
                       (ite (= |folio.refcount[F0]@6| #x01)
                            #x00
                            |PG_dirty[F0]@6|)
                       |PG_dirty[F0]@6|)))
      (a!145 (ite (not (not (= migrate0.mapping_is_swapper@6 #x00)))
                  migrate0.newpage@6
                  shmem.i_pages@6))
      (a!148 (ite (and (= rule@6 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@6 #x00))
                       migrate0.newpage@6
                       swapper_space.i_pages@6)
                  (ite (and (= rule@6 #x19) true) #x00 swapper_space.i_pages@6)))
      (a!150 (ite (and (= rule@6 #x19) true)
                  #x00
                  (ite (and (= rule@6 #x1a) true) #x00 |PG_locked[F0]@6|)))
      (a!157 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                  #x00
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                       #x00
                       |PG_locked[F1]@6|)))
      (a!161 (ite (and (= rule@6 #x10) true)
                  #x01
                  (ite (and (= rule@6 #x11) true) #x09 migrate0.pc@6)))
      (a!170 (ite (and (= rule@6 #x0e) true)
                  #x00
                  (ite (and (= rule@6 #x0f) true) #x00 migrate0.isolated@6)))
      (a!172 (ite (and (= rule@6 #x0d) true)
                  #x02
                  (ite (and (= rule@6 #x0e) true) #x02 migrate0.newpage@6)))
      (a!174 (ite (and (= rule@6 #x0b) true)
                  #x01
                  (ite (and (= rule@6 #x11) true) #x00 migrate0.ok@6)))
      (a!176 (ite (and (= rule@6 #x04) true)
                  |PG_swapcache[F0]@6|
                  (ite (and (= rule@6 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@6)))
      (a!177 (= migrate0.pass@7
                (ite (and (= rule@6 #x10) true)
                     (bvadd migrate0.pass@6 #x01)
                     migrate0.pass@6)))
      (a!178 (ite (and (= rule@6 #x15) true)
                  #x03
                  (ite (and (= rule@6 #x16) true) #x00 fault0.pc@6)))
      (a!181 (ite (and (= rule@6 #x15) true)
                  #x02
                  (ite (and (= rule@6 #x16) true) #x02 fault0.page@6)))
      (a!183 (ite (and (= rule@6 #x12) true)
                  #x00
                  (ite (and (= rule@6 #x13) true) #x01 fault0.from_swap@6)))
      (a!184 (ite (and (= rule@6 #x1a) true)
                  #x02
                  (ite (and (= rule@6 #x1b) true) #x03 kswapd0.pc@6)))
      (a!187 (ite (and (= rule@6 #x17) true)
                  #x01
                  (ite (and (= rule@6 #x1b) true) #x00 kswapd0.isolated@6))))
(let ((a!4 (and (= rule@6 #x03)
                (= migrate0.pc@6 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@6| |PG_locked[F1]@6|) #x00)))
      (a!11 (and (= rule@6 #x09)
                 (= migrate0.pc@6 #x05)
                 (= (ite a!9
                         |&mapping->tree_lock.writer[shmem]@6|
                         |&mapping->tree_lock.writer[swapper_space]@6|)
                    #x00)
                 (= (ite a!9
                         |&mapping->tree_lock.readers[shmem]@6|
                         |&mapping->tree_lock.readers[swapper_space]@6|)
                    #x00)
                 (or (not (= |PG_swapcache[F0]@6| #x00))
                     (not (= |page.mapping(shmem)[F0]@6| #x00)))
                 (= |folio.refcount[F0]@6| #x02)
                 a!10))
      (a!12 (and (or (not (= |PG_swapcache[F0]@6| #x00))
                     (not (= |page.mapping(shmem)[F0]@6| #x00)))
                 (= |folio.refcount[F0]@6| #x02)
                 a!10))
      (a!18 (ite (not (= fault0.from_swap@6 #x00))
                 (and (= swapper_space.i_pages@6 fault0.page@6) a!16)
                 (and (= shmem.i_pages@6 fault0.page@6) a!17)))
      (a!25 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                 a!24
                 (ite (and (= rule@6 #x1b) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.used[F0]@6|)
                      |folio.used[F0]@6|)))
      (a!30 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                 a!24
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                      a!24
                      |folio.used[F1]@6|)))
      (a!34 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                 (bvsub (ite (= fault0.page@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!33))
      (a!45 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                 (bvsub (ite (= fault0.page@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!44))
      (a!57 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                 a!55
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00)) a!55 a!56)))
      (a!61 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                 a!55
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                      a!55
                      |PG_lru[F1]@6|)))
      (a!66 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                 a!65
                 (ite (and (= rule@6 #x1b) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@6|)
                      |PG_anon_exclusive[F0]@6|)))
      (a!70 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                 a!65
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                      a!65
                      |PG_anon_exclusive[F1]@6|)))
      (a!75 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                 a!74
                 (ite (and (= rule@6 #x1b) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x01
                           |folio.mapping[F0]@6|)
                      |folio.mapping[F0]@6|)))
      (a!79 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                 a!74
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                      a!74
                      |folio.mapping[F1]@6|)))
      (a!84 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                 a!83
                 (ite (and (= rule@6 #x1b) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.index[F0]@6|)
                      |folio.index[F0]@6|)))
      (a!88 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                 a!83
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                      a!83
                      |folio.index[F1]@6|)))
      (a!93 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                 a!92
                 (ite (and (= rule@6 #x1b) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.data[F0]@6|)
                      |folio.data[F0]@6|)))
      (a!98 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                 a!92
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                      a!92
                      |folio.data[F1]@6|)))
      (a!104 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                  a!103
                  (ite (and (= rule@6 #x1b) true)
                       (ite (= |folio.refcount[F0]@6| #x01)
                            #x00
                            |folio.node[F0]@6|)
                       |folio.node[F0]@6|)))
      (a!109 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                  a!103
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                       a!103
                       |folio.node[F1]@6|)))
      (a!115 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                  a!113
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x00)) a!113 a!114)))
      (a!120 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                  a!113
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                       a!113
                       |page.mapping(shmem)[F1]@6|)))
      (a!126 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                  a!124
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x00)) a!124 a!125)))
      (a!131 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                  a!124
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                       a!124
                       |PG_swapcache[F1]@6|)))
      (a!137 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                  a!135
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x00)) a!135 a!136)))
      (a!142 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                  a!135
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                       a!135
                       |PG_dirty[F1]@6|)))
      (a!146 (ite (and (= rule@6 #x09) true)
                  a!145
                  (ite (and (= rule@6 #x19) true) #x02 shmem.i_pages@6)))
      (a!149 (= swapper_space.i_pages@7
                (ite (and (= rule@6 #x05) true) #x00 a!148)))
      (a!151 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                  #x00
                  (ite (and (= rule@6 #x17) true) #x03 a!150)))
      (a!158 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                  #x00
                  (ite (and (= rule@6 #x14) (= fault0.page@6 #x01)) #x02 a!157)))
      (a!162 (ite (and (= rule@6 #x0e) true)
                  #x0a
                  (ite (and (= rule@6 #x0f) true) #x0a a!161)))
      (a!171 (= migrate0.isolated@7 (ite (and (= rule@6 #x00) true) #x01 a!170)))
      (a!173 (ite (and (= rule@6 #x03) true)
                  a!3
                  (ite (and (= rule@6 #x08) true) #x02 a!172)))
      (a!175 (ite (and (= rule@6 #x07) true)
                  #x00
                  (ite (and (= rule@6 #x0a) true) #x00 a!174)))
      (a!179 (ite (and (= rule@6 #x13) true)
                  #x01
                  (ite (and (= rule@6 #x14) true) #x02 a!178)))
      (a!182 (ite (and (= rule@6 #x12) true)
                  shmem.i_pages@6
                  (ite (and (= rule@6 #x13) true) swapper_space.i_pages@6 a!181)))
      (a!185 (ite (and (= rule@6 #x18) true)
                  #x03
                  (ite (and (= rule@6 #x19) true) #x02 a!184))))
(let ((a!22 (or (and (= rule@6 #x00)
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
                a!6
                a!7
                (and (= rule@6 #x07) (= migrate0.pc@6 #x03) a!8)
                (and (= rule@6 #x08) (= migrate0.pc@6 #x04))
                a!11
                (and (= rule@6 #x0a) (= migrate0.pc@6 #x05) (not a!12))
                (and (= rule@6 #x0b) (= migrate0.pc@6 #x06))
                (and (= rule@6 #x0c)
                     (= migrate0.pc@6 #x07)
                     (not (= migrate0.ok@6 #x00)))
                a!13
                (and (= rule@6 #x0e)
                     (= migrate0.pc@6 #x09)
                     (not (= migrate0.ok@6 #x00)))
                a!14
                (and (= rule@6 #x10)
                     (= migrate0.pc@6 #x08)
                     (bvult migrate0.pass@6 #x01))
                (and (= rule@6 #x11)
                     (= migrate0.pc@6 #x08)
                     (bvuge migrate0.pass@6 #x01))
                (and (= rule@6 #x12)
                     (= fault0.pc@6 #x00)
                     (= |&mapping->tree_lock.writer[shmem]@6| #x00)
                     (not (= shmem.i_pages@6 #x02)))
                (and (= rule@6 #x13)
                     (= fault0.pc@6 #x00)
                     (= |&info->lock[0]@6| #x00)
                     (= |&mapping->tree_lock.writer[swapper_space]@6| #x00)
                     (= shmem.i_pages@6 #x02)
                     (not (= swapper_space.i_pages@6 #x02)))
                a!15
                (and (= rule@6 #x15) (= fault0.pc@6 #x02) a!18)
                (and (= rule@6 #x16) (= fault0.pc@6 #x02) (not a!18))
                (and (= rule@6 #x17)
                     (= kswapd0.pc@6 #x00)
                     (= |lru_lock[0]@6| #x00)
                     (not (= |folio.used[F0]@6| #x00))
                     (not (= |PG_lru[F0]@6| #x00))
                     (= |PG_locked[F0]@6| #x00))
                (and (= rule@6 #x18) (= kswapd0.pc@6 #x00) a!19)
                a!20
                (and (= rule@6 #x1a) (= kswapd0.pc@6 #x01) (not a!21))
                (and (= rule@6 #x1b) (= kswapd0.pc@6 #x02))))
      (a!26 (ite (and (= rule@6 #x0f) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.used[F0]@6|)
                 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00)) a!24 a!25)))
      (a!31 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!23
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!23
                      a!30)))
      (a!35 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                 (bvsub (ite (= fault0.page@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!34))
      (a!46 (ite (and (= rule@6 #x13) (= swapper_space.i_pages@6 #x01))
                 (bvadd (ite (= swapper_space.i_pages@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!45))
      (a!58 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_lru[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01) #x00 #x01)
                      a!57)))
      (a!62 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!53
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!54
                      a!61)))
      (a!67 (ite (and (= rule@6 #x0f) true)
                 (ite (= |folio.refcount[F0]@6| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@6|)
                 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00)) a!65 a!66)))
      (a!71 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!64
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!64
                      a!70)))
      (a!76 (ite (and (= rule@6 #x0f) true)
                 (ite (= |folio.refcount[F0]@6| #x01)
                      #x01
                      |folio.mapping[F0]@6|)
                 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00)) a!74 a!75)))
      (a!80 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!73
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!73
                      a!79)))
      (a!85 (ite (and (= rule@6 #x0f) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.index[F0]@6|)
                 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00)) a!83 a!84)))
      (a!89 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!82
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!82
                      a!88)))
      (a!94 (ite (and (= rule@6 #x0f) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.data[F0]@6|)
                 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00)) a!92 a!93)))
      (a!99 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!91
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!91
                      a!98)))
      (a!105 (ite (and (= rule@6 #x0f) true)
                  (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.node[F0]@6|)
                  (ite (and (= rule@6 #x15) (= fault0.page@6 #x00)) a!103 a!104)))
      (a!110 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                  a!102
                  (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                       a!102
                       a!109)))
      (a!116 (ite (and (= rule@6 #x0e) true)
                  (ite (= |folio.refcount[F0]@6| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@6|)
                  (ite (and (= rule@6 #x0f) true)
                       (ite (= |folio.refcount[F0]@6| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@6|)
                       a!115)))
      (a!121 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                  a!112
                  (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                       a!112
                       a!120)))
      (a!127 (ite (and (= rule@6 #x0e) true)
                  (ite (= |folio.refcount[F0]@6| #x01)
                       #x00
                       |PG_swapcache[F0]@6|)
                  (ite (and (= rule@6 #x0f) true)
                       (ite (= |folio.refcount[F0]@6| #x01)
                            #x00
                            |PG_swapcache[F0]@6|)
                       a!126)))
      (a!132 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                  a!123
                  (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                       a!123
                       a!131)))
      (a!138 (ite (and (= rule@6 #x0e) true)
                  (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_dirty[F0]@6|)
                  (ite (and (= rule@6 #x0f) true)
                       (ite (= |folio.refcount[F0]@6| #x01)
                            #x00
                            |PG_dirty[F0]@6|)
                       a!137)))
      (a!143 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                  a!134
                  (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                       a!134
                       a!142)))
      (a!147 (= shmem.i_pages@7 (ite (and (= rule@6 #x05) true) #x02 a!146)))
      (a!152 (ite (and (= rule@6 #x14) (= fault0.page@6 #x00))
                  #x02
                  (ite (and (= rule@6 #x15) (= fault0.page@6 #x00)) #x00 a!151)))
      (a!159 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                  #x00
                  (ite (and (= rule@6 #x0c) (= migrate0.newpage@6 #x01))
                       #x00
                       a!158)))
      (a!163 (ite (and (= rule@6 #x0c) true)
                  #x09
                  (ite (and (= rule@6 #x0d) true) #x08 a!162)))
      (a!180 (= fault0.pc@7 (ite (and (= rule@6 #x12) true) #x01 a!179)))
      (a!186 (= kswapd0.pc@7 (ite (and (= rule@6 #x17) true) #x01 a!185))))
(let ((a!27 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                 a!23
                 (ite (and (= rule@6 #x0e) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.used[F0]@6|)
                      a!26)))
      (a!32 (ite (and (= rule@6 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                      a!23
                      a!31)))
      (a!36 (ite (and (= rule@6 #x13) (= swapper_space.i_pages@6 #x00))
                 (bvadd (ite (= swapper_space.i_pages@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!35))
      (a!47 (ite (and (= rule@6 #x12) (= shmem.i_pages@6 #x01))
                 (bvadd (ite (= shmem.i_pages@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!46))
      (a!59 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!53
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!54
                      a!58)))
      (a!63 (= |PG_lru[F1]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01)) a!53 a!62)))
      (a!68 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                 a!64
                 (ite (and (= rule@6 #x0e) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@6|)
                      a!67)))
      (a!72 (= |PG_anon_exclusive[F1]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01)) a!64 a!71)))
      (a!77 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                 a!73
                 (ite (and (= rule@6 #x0e) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x01
                           |folio.mapping[F0]@6|)
                      a!76)))
      (a!81 (= |folio.mapping[F1]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01)) a!73 a!80)))
      (a!86 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                 a!82
                 (ite (and (= rule@6 #x0e) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.index[F0]@6|)
                      a!85)))
      (a!90 (= |folio.index[F1]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01)) a!82 a!89)))
      (a!95 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                 a!91
                 (ite (and (= rule@6 #x0e) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.data[F0]@6|)
                      a!94)))
      (a!100 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                  a!91
                  (ite (and (= rule@6 #x0b) (= migrate0.newpage@6 #x01))
                       |folio.data[F0]@6|
                       a!99)))
      (a!106 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                  a!102
                  (ite (and (= rule@6 #x0e) true)
                       (ite (= |folio.refcount[F0]@6| #x01)
                            #x00
                            |folio.node[F0]@6|)
                       a!105)))
      (a!111 (ite (and (= rule@6 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@6|)
                  (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                       a!102
                       a!110)))
      (a!117 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                  a!112
                  (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                       a!112
                       a!116)))
      (a!122 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                  a!112
                  (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x01))
                       |page.mapping(shmem)[F0]@6|
                       a!121)))
      (a!128 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                  a!123
                  (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                       a!123
                       a!127)))
      (a!133 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                  a!123
                  (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x01))
                       |PG_swapcache[F0]@6|
                       a!132)))
      (a!139 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                  a!134
                  (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                       a!134
                       a!138)))
      (a!144 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                  a!134
                  (ite (and (= rule@6 #x0b) (= migrate0.newpage@6 #x01))
                       |PG_dirty[F0]@6|
                       a!143)))
      (a!153 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                  #x00
                  (ite (and (= rule@6 #x0d) true) #x00 a!152)))
      (a!160 (= |PG_locked[F1]@7|
                (ite (and (= rule@6 #x03) (= a!3 #x01)) #x01 a!159)))
      (a!164 (ite (and (= rule@6 #x0a) true)
                  #x07
                  (ite (and (= rule@6 #x0b) true) #x07 a!163))))
(let ((a!28 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                 a!23
                 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                      a!23
                      a!27)))
      (a!37 (ite (and (= rule@6 #x12) (= shmem.i_pages@6 #x00))
                 (bvadd (ite (= shmem.i_pages@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!36))
      (a!48 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!47))
      (a!60 (ite (and (= rule@6 #x00) true)
                 #x00
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      a!53
                      a!59)))
      (a!69 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                 a!64
                 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                      a!64
                      a!68)))
      (a!78 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                 a!73
                 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                      a!73
                      a!77)))
      (a!87 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                 a!82
                 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                      a!82
                      a!86)))
      (a!96 (ite (and (= rule@6 #x0b) (= migrate0.newpage@6 #x00))
                 |folio.data[F0]@6|
                 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                      a!91
                      a!95)))
      (a!101 (= |folio.data[F1]@7|
                (ite (and (= rule@6 #x03) (= a!3 #x01)) #x00 a!100)))
      (a!107 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                  a!102
                  (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                       a!102
                       a!106)))
      (a!118 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x00))
                  |page.mapping(shmem)[F0]@6|
                  (ite (and (= rule@6 #x0b) true) #x00 a!117)))
      (a!129 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x00))
                  |PG_swapcache[F0]@6|
                  (ite (and (= rule@6 #x0b) true) #x00 a!128)))
      (a!140 (ite (and (= rule@6 #x0b) (= migrate0.newpage@6 #x00))
                  |PG_dirty[F0]@6|
                  (ite (and (= rule@6 #x0b) true) #x00 a!139)))
      (a!154 (ite (and (= rule@6 #x0c) (= migrate0.newpage@6 #x00))
                  #x00
                  (ite (and (= rule@6 #x0c) true) #x00 a!153)))
      (a!165 (ite (and (= rule@6 #x08) true)
                  #x08
                  (ite (and (= rule@6 #x09) true) #x06 a!164))))
(let ((a!29 (= |folio.used[F0]@7|
               (ite (and (= rule@6 #x03) (= a!3 #x00)) #x01 a!28)))
      (a!38 (ite (and (= rule@6 #x0e) true)
                 (bvsub |folio.refcount[F0]@6| #x01)
                 (ite (and (= rule@6 #x0f) true)
                      (bvsub |folio.refcount[F0]@6| #x01)
                      a!37)))
      (a!49 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!48))
      (a!97 (ite (and (= rule@6 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      a!91
                      a!96)))
      (a!108 (= |folio.node[F0]@7|
                (ite (and (= rule@6 #x03) (= a!3 #x00))
                     (bvsub #x01 |folio.node[F0]@6|)
                     a!107)))
      (a!119 (ite (and (= rule@6 #x05) true)
                  #x00
                  (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                       a!112
                       a!118)))
      (a!130 (ite (and (= rule@6 #x05) true)
                  #x01
                  (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                       a!123
                       a!129)))
      (a!141 (ite (and (= rule@6 #x05) true)
                  #x01
                  (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                       a!134
                       a!140)))
      (a!155 (ite (and (= rule@6 #x05) true)
                  #x00
                  (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                       #x00
                       a!154)))
      (a!166 (ite (and (= rule@6 #x06) true)
                  #x05
                  (ite (and (= rule@6 #x07) true) #x07 a!165))))
(let ((a!39 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x01))
                 (bvadd (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!49))
      (a!156 (ite (and (= rule@6 #x02) true)
                  #x01
                  (ite (and (= rule@6 #x03) (= a!3 #x00)) #x01 a!155)))
      (a!167 (ite (and (= rule@6 #x04) true)
                  #x05
                  (ite (and (= rule@6 #x05) true) #x04 a!166))))
(let ((a!40 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!50))
      (a!168 (ite (and (= rule@6 #x02) true)
                  #x02
                  (ite (and (= rule@6 #x03) true) #x03 a!167))))
(let ((a!41 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x00))
                 (bvadd (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 (ite (and (= rule@6 #x09) true)
                      (bvsub |folio.refcount[F0]@6| #x01)
                      a!40)))
      (a!52 (= |folio.refcount[F1]@7|
               (ite (and (= rule@6 #x03) (= a!3 #x01)) #x01 a!51)))
      (a!169 (ite (and (= rule@6 #x00) true)
                  #x01
                  (ite (and (= rule@6 #x01) true) #x0a a!168))))
(let ((a!42 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!41)))
(let ((a!43 (ite (and (= rule@6 #x00) true)
                 (bvadd |folio.refcount[F0]@6| #x01)
                 (ite (and (= rule@6 #x03) (= a!3 #x00)) #x01 a!42))))
  (and a!22
       (= |alive[P0]@7| |alive[P0]@6|)
       (= |pte[P0][0]@7| |pte[P0][0]@6|)
       (= |pte.folio[P0][0]@7| |pte.folio[P0][0]@6|)
       (= |pte.write[P0][0]@7| |pte.write[P0][0]@6|)
       (= |expected[P0][0]@7| |expected[P0][0]@6|)
       (= |anon_vma.list[av0][0]@7| |anon_vma.list[av0][0]@6|)
       (= |anon_vma.len[av0]@7| |anon_vma.len[av0]@6|)
       (= |anon_vma.refcount[av0]@7| |anon_vma.refcount[av0]@6|)
       a!29
       (= |folio.used[F1]@7| a!32)
       (= |folio.refcount[F0]@7| a!43)
       a!52
       (= |folio.mapcount[F0]@7| |folio.mapcount[F0]@6|)
       (= |folio.mapcount[F1]@7| |folio.mapcount[F1]@6|)
       (= |PG_lru[F0]@7| a!60)
       a!63
       (= |PG_anon_exclusive[F0]@7| a!69)
       a!72
       (= |folio.mapping[F0]@7| a!78)
       a!81
       (= |folio.index[F0]@7| a!87)
       a!90
       (= |folio.data[F0]@7| a!97)
       a!101
       a!108
       (= |folio.node[F1]@7| a!111)
       (= |page.mapping(shmem)[F0]@7| a!119)
       (= |page.mapping(shmem)[F1]@7| a!122)
       (= |PG_swapcache[F0]@7| a!130)
       (= |PG_swapcache[F1]@7| a!133)
       (= |PG_dirty[F0]@7| a!141)
       (= |PG_dirty[F1]@7| a!144)
       a!147
       a!149
       (= |&mm->mmap_lock.writer[P0]@7| |&mm->mmap_lock.writer[P0]@6|)
       (= |&mm->mmap_lock.readers[P0]@7| |&mm->mmap_lock.readers[P0]@6|)
       (= |&anon_vma->rwsem.writer[av0]@7| |&anon_vma->rwsem.writer[av0]@6|)
       (= |&anon_vma->rwsem.readers[av0]@7| |&anon_vma->rwsem.readers[av0]@6|)
       (= |ptlock_ptr(page)[P0]@7| |ptlock_ptr(page)[P0]@6|)
       (= |PG_locked[F0]@7| a!156)
       a!160
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
       (= migrate0.pc@7 a!169)
       a!171
       (= migrate0.newpage@7 a!173)
       (= migrate0.ok@7 a!175)
       (= migrate0.mapping_is_swapper@7 a!176)
       a!177
       a!180
       (= fault0.page@7 a!182)
       (= fault0.from_swap@7 a!183)
       a!186
       (= kswapd0.isolated@7 a!187)
       (bvule |alive[P0]@7| #x01)
       (bvule |pte[P0][0]@7| #x07)
       (bvule |pte.folio[P0][0]@7| #x01)
       (bvule |pte.write[P0][0]@7| #x01)
       (bvule |expected[P0][0]@7| #x01)
       (bvule |anon_vma.list[av0][0]@7| #x00)
       (bvule |anon_vma.len[av0]@7| #x01)
       (bvule |anon_vma.refcount[av0]@7| #x06)
       (bvule |folio.used[F0]@7| #x01)
       (bvule |folio.used[F1]@7| #x01)
       (bvule |folio.refcount[F0]@7| #x06)
       (bvule |folio.refcount[F1]@7| #x06)
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
       (bvule |&mm->mmap_lock.writer[P0]@7| #x03)
       (bvule |&mm->mmap_lock.readers[P0]@7| #x03)
       (bvule |&anon_vma->rwsem.writer[av0]@7| #x03)
       (bvule |&anon_vma->rwsem.readers[av0]@7| #x03)
       (bvule |ptlock_ptr(page)[P0]@7| #x03)
       (bvule |PG_locked[F0]@7| #x03)
       (bvule |PG_locked[F1]@7| #x03)
       (bvule |&mapping->tree_lock.writer[shmem]@7| #x03)
       (bvule |&mapping->tree_lock.writer[swapper_space]@7| #x03)
       (bvule |&mapping->tree_lock.readers[shmem]@7| #x03)
       (bvule |&mapping->tree_lock.readers[swapper_space]@7| #x03)
       (bvule |swap_lock[0]@7| #x03)
       (bvule |&info->lock[0]@7| #x03)
       (bvule |lru_lock[0]@7| #x03)
       (bvule migrate0.pc@7 #x0a)
       (bvule migrate0.isolated@7 #x01)
       (bvule migrate0.newpage@7 #x02)
       (bvule migrate0.ok@7 #x01)
       (bvule migrate0.mapping_is_swapper@7 #x01)
       (bvule migrate0.pass@7 #x01)
       (bvule fault0.pc@7 #x03)
       (bvule fault0.page@7 #x02)
       (bvule fault0.from_swap@7 #x01)
       (bvule kswapd0.pc@7 #x03)
       (bvule kswapd0.isolated@7 #x01))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@7| #x00))
                     (not (= |PG_lru[F0]@7| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@7| #x00)))
               (not (not (= |folio.used[F1]@7| #x00)))))
      (a!3 (ite (not (not (= |folio.used[F0]@7| #x00))) #x00 #x01))
      (a!5 (and (= rule@7 #x04)
                (= migrate0.pc@7 #x03)
                (or (not (= |PG_swapcache[F0]@7| #x00))
                    (not (= |page.mapping(shmem)[F0]@7| #x00)))
                (not (= |PG_swapcache[F0]@7| #x00))))
      (a!6 (and (= rule@7 #x05)
                (= migrate0.pc@7 #x03)
                (or (not (= |PG_swapcache[F0]@7| #x00))
                    (not (= |page.mapping(shmem)[F0]@7| #x00)))
                (not (not (= |PG_swapcache[F0]@7| #x00)))
                (not (= |PG_dirty[F0]@7| #x00))
                (= |&info->lock[0]@7| #x00)
                (= |swap_lock[0]@7| #x00)
                (= |&mapping->tree_lock.writer[swapper_space]@7| #x00)
                (= |&mapping->tree_lock.readers[swapper_space]@7| #x00)))
      (a!7 (and (= rule@7 #x06)
                (= migrate0.pc@7 #x03)
                (or (not (= |PG_swapcache[F0]@7| #x00))
                    (not (= |page.mapping(shmem)[F0]@7| #x00)))
                (not (not (= |PG_swapcache[F0]@7| #x00)))
                (not (not (= |PG_dirty[F0]@7| #x00)))))
      (a!8 (not (or (not (= |PG_swapcache[F0]@7| #x00))
                    (not (= |page.mapping(shmem)[F0]@7| #x00)))))
      (a!9 (= (ite (not (= migrate0.mapping_is_swapper@7 #x00)) #x01 #x00) #x00))
      (a!10 (= (ite (not (= migrate0.mapping_is_swapper@7 #x00))
                    swapper_space.i_pages@7
                    shmem.i_pages@7)
               #x00))
      (a!13 (and (= rule@7 #x0d)
                 (= migrate0.pc@7 #x07)
                 (not (not (= migrate0.ok@7 #x00)))))
      (a!14 (and (= rule@7 #x0f)
                 (= migrate0.pc@7 #x09)
                 (not (not (= migrate0.ok@7 #x00)))))
      (a!15 (and (= rule@7 #x14)
                 (= fault0.pc@7 #x01)
                 (= (ite (= fault0.page@7 #x00)
                         |PG_locked[F0]@7|
                         |PG_locked[F1]@7|)
                    #x00)))
      (a!16 (not (= (ite (= fault0.page@7 #x00)
                         |PG_swapcache[F0]@7|
                         |PG_swapcache[F1]@7|)
                    #x00)))
      (a!17 (not (= (ite (= fault0.page@7 #x00)
                         |page.mapping(shmem)[F0]@7|
                         |page.mapping(shmem)[F1]@7|)
                    #x00)))
      (a!19 (not (and (not (= |folio.used[F0]@7| #x00))
                      (not (= |PG_lru[F0]@7| #x00))
                      (= |PG_locked[F0]@7| #x00))))
      (a!20 (and (= rule@7 #x19)
                 (= kswapd0.pc@7 #x01)
                 (not (= |PG_dirty[F0]@7| #x00))
                 (not (= |page.mapping(shmem)[F0]@7| #x00))
                 (not (not (= |PG_swapcache[F0]@7| #x00)))
                 (= |&info->lock[0]@7| #x00)
                 (= |swap_lock[0]@7| #x00)
                 (= |&mapping->tree_lock.writer[swapper_space]@7| #x00)
                 (= |&mapping->tree_lock.readers[swapper_space]@7| #x00)))
      (a!21 (and (not (= |PG_dirty[F0]@7| #x00))
                 (not (= |page.mapping(shmem)[F0]@7| #x00))
                 (not (not (= |PG_swapcache[F0]@7| #x00)))))
      (a!23 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.used[F0]@7|
                      |folio.used[F1]@7|)))
      (a!24 (ite (= (ite (= fault0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= fault0.page@7 #x00)
                      |folio.used[F0]@7|
                      |folio.used[F1]@7|)))
      (a!33 (ite (and (= rule@7 #x17) true)
                 (bvadd |folio.refcount[F0]@7| #x01)
                 (ite (and (= rule@7 #x1b) true)
                      (bvsub |folio.refcount[F0]@7| #x01)
                      |folio.refcount[F0]@7|)))
      (a!44 (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                 (bvsub (ite (= fault0.page@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 |folio.refcount[F1]@7|))
      (a!53 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00) |PG_lru[F0]@7| |PG_lru[F1]@7|)))
      (a!54 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 #x01))
      (a!55 (ite (= (ite (= fault0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= fault0.page@7 #x00) |PG_lru[F0]@7| |PG_lru[F1]@7|)))
      (a!56 (ite (and (= rule@7 #x17) true)
                 #x00
                 (ite (and (= rule@7 #x1b) true)
                      (ite (= |folio.refcount[F0]@7| #x01) #x00 #x01)
                      |PG_lru[F0]@7|)))
      (a!64 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |PG_anon_exclusive[F0]@7|
                      |PG_anon_exclusive[F1]@7|)))
      (a!65 (ite (= (ite (= fault0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= fault0.page@7 #x00)
                      |PG_anon_exclusive[F0]@7|
                      |PG_anon_exclusive[F1]@7|)))
      (a!73 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.mapping[F0]@7|
                      |folio.mapping[F1]@7|)))
      (a!74 (ite (= (ite (= fault0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x01
                 (ite (= fault0.page@7 #x00)
                      |folio.mapping[F0]@7|
                      |folio.mapping[F1]@7|)))
      (a!82 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.index[F0]@7|
                      |folio.index[F1]@7|)))
      (a!83 (ite (= (ite (= fault0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= fault0.page@7 #x00)
                      |folio.index[F0]@7|
                      |folio.index[F1]@7|)))
      (a!91 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.data[F0]@7|
                      |folio.data[F1]@7|)))
      (a!92 (ite (= (ite (= fault0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= fault0.page@7 #x00)
                      |folio.data[F0]@7|
                      |folio.data[F1]@7|)))
      (a!102 (ite (= (ite (= migrate0.newpage@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@7 #x00)
                       |folio.node[F0]@7|
                       |folio.node[F1]@7|)))
      (a!103 (ite (= (ite (= fault0.page@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= fault0.page@7 #x00)
                       |folio.node[F0]@7|
                       |folio.node[F1]@7|)))
      (a!112 (ite (= (ite (= migrate0.newpage@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@7 #x00)
                       |page.mapping(shmem)[F0]@7|
                       |page.mapping(shmem)[F1]@7|)))
      (a!113 (ite (= (ite (= fault0.page@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= fault0.page@7 #x00)
                       |page.mapping(shmem)[F0]@7|
                       |page.mapping(shmem)[F1]@7|)))
      (a!114 (ite (and (= rule@7 #x19) true)
                  #x00
                  (ite (and (= rule@7 #x1b) true)
                       (ite (= |folio.refcount[F0]@7| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@7|)
                       |page.mapping(shmem)[F0]@7|)))
      (a!123 (ite (= (ite (= migrate0.newpage@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@7 #x00)
                       |PG_swapcache[F0]@7|
                       |PG_swapcache[F1]@7|)))
      (a!124 (ite (= (ite (= fault0.page@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= fault0.page@7 #x00)
                       |PG_swapcache[F0]@7|
                       |PG_swapcache[F1]@7|)))
      (a!125 (ite (and (= rule@7 #x19) true)
                  #x01
                  (ite (and (= rule@7 #x1b) true)
                       (ite (= |folio.refcount[F0]@7| #x01)
                            #x00
                            |PG_swapcache[F0]@7|)
                       |PG_swapcache[F0]@7|)))
      (a!134 (ite (= (ite (= migrate0.newpage@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@7 #x00)
                       |PG_dirty[F0]@7|
                       |PG_dirty[F1]@7|)))
      (a!135 (ite (= (ite (= fault0.page@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= fault0.page@7 #x00) |PG_dirty[F0]@7| |PG_dirty[F1]@7|)))
      (a!136 (ite (and (= rule@7 #x19) true)
                  #x01
                  (ite (and (= rule@7 #x1b) true)
                       (ite (= |folio.refcount[F0]@7| #x01)
                            #x00
                            |PG_dirty[F0]@7|)
                       |PG_dirty[F0]@7|)))
      (a!145 (ite (not (not (= migrate0.mapping_is_swapper@7 #x00)))
                  migrate0.newpage@7
                  shmem.i_pages@7))
      (a!148 (ite (and (= rule@7 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@7 #x00))
                       migrate0.newpage@7
                       swapper_space.i_pages@7)
                  (ite (and (= rule@7 #x19) true) #x00 swapper_space.i_pages@7)))
      (a!150 (ite (and (= rule@7 #x19) true)
                  #x00
                  (ite (and (= rule@7 #x1a) true) #x00 |PG_locked[F0]@7|)))
      (a!157 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                  #x00
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                       #x00
                       |PG_locked[F1]@7|)))
      (a!161 (ite (and (= rule@7 #x10) true)
                  #x01
                  (ite (and (= rule@7 #x11) true) #x09 migrate0.pc@7)))
      (a!170 (ite (and (= rule@7 #x0e) true)
                  #x00
                  (ite (and (= rule@7 #x0f) true) #x00 migrate0.isolated@7)))
      (a!172 (ite (and (= rule@7 #x0d) true)
                  #x02
                  (ite (and (= rule@7 #x0e) true) #x02 migrate0.newpage@7)))
      (a!174 (ite (and (= rule@7 #x0b) true)
                  #x01
                  (ite (and (= rule@7 #x11) true) #x00 migrate0.ok@7)))
      (a!176 (ite (and (= rule@7 #x04) true)
                  |PG_swapcache[F0]@7|
                  (ite (and (= rule@7 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@7)))
      (a!177 (= migrate0.pass@8
                (ite (and (= rule@7 #x10) true)
                     (bvadd migrate0.pass@7 #x01)
                     migrate0.pass@7)))
      (a!178 (ite (and (= rule@7 #x15) true)
                  #x03
                  (ite (and (= rule@7 #x16) true) #x00 fault0.pc@7)))
      (a!181 (ite (and (= rule@7 #x15) true)
                  #x02
                  (ite (and (= rule@7 #x16) true) #x02 fault0.page@7)))
      (a!183 (ite (and (= rule@7 #x12) true)
                  #x00
                  (ite (and (= rule@7 #x13) true) #x01 fault0.from_swap@7)))
      (a!184 (ite (and (= rule@7 #x1a) true)
                  #x02
                  (ite (and (= rule@7 #x1b) true) #x03 kswapd0.pc@7)))
      (a!187 (ite (and (= rule@7 #x17) true)
                  #x01
                  (ite (and (= rule@7 #x1b) true) #x00 kswapd0.isolated@7))))
(let ((a!4 (and (= rule@7 #x03)
                (= migrate0.pc@7 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@7| |PG_locked[F1]@7|) #x00)))
      (a!11 (and (= rule@7 #x09)
                 (= migrate0.pc@7 #x05)
                 (= (ite a!9
                         |&mapping->tree_lock.writer[shmem]@7|
                         |&mapping->tree_lock.writer[swapper_space]@7|)
                    #x00)
                 (= (ite a!9
                         |&mapping->tree_lock.readers[shmem]@7|
                         |&mapping->tree_lock.readers[swapper_space]@7|)
                    #x00)
                 (or (not (= |PG_swapcache[F0]@7| #x00))
                     (not (= |page.mapping(shmem)[F0]@7| #x00)))
                 (= |folio.refcount[F0]@7| #x02)
                 a!10))
      (a!12 (and (or (not (= |PG_swapcache[F0]@7| #x00))
                     (not (= |page.mapping(shmem)[F0]@7| #x00)))
                 (= |folio.refcount[F0]@7| #x02)
                 a!10))
      (a!18 (ite (not (= fault0.from_swap@7 #x00))
                 (and (= swapper_space.i_pages@7 fault0.page@7) a!16)
                 (and (= shmem.i_pages@7 fault0.page@7) a!17)))
      (a!25 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                 a!24
                 (ite (and (= rule@7 #x1b) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.used[F0]@7|)
                      |folio.used[F0]@7|)))
      (a!30 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                 a!24
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                      a!24
                      |folio.used[F1]@7|)))
      (a!34 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                 (bvsub (ite (= fault0.page@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!33))
      (a!45 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                 (bvsub (ite (= fault0.page@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!44))
      (a!57 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                 a!55
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00)) a!55 a!56)))
      (a!61 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                 a!55
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                      a!55
                      |PG_lru[F1]@7|)))
      (a!66 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                 a!65
                 (ite (and (= rule@7 #x1b) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@7|)
                      |PG_anon_exclusive[F0]@7|)))
      (a!70 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                 a!65
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                      a!65
                      |PG_anon_exclusive[F1]@7|)))
      (a!75 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                 a!74
                 (ite (and (= rule@7 #x1b) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x01
                           |folio.mapping[F0]@7|)
                      |folio.mapping[F0]@7|)))
      (a!79 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                 a!74
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                      a!74
                      |folio.mapping[F1]@7|)))
      (a!84 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                 a!83
                 (ite (and (= rule@7 #x1b) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.index[F0]@7|)
                      |folio.index[F0]@7|)))
      (a!88 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                 a!83
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                      a!83
                      |folio.index[F1]@7|)))
      (a!93 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                 a!92
                 (ite (and (= rule@7 #x1b) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.data[F0]@7|)
                      |folio.data[F0]@7|)))
      (a!98 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                 a!92
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                      a!92
                      |folio.data[F1]@7|)))
      (a!104 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                  a!103
                  (ite (and (= rule@7 #x1b) true)
                       (ite (= |folio.refcount[F0]@7| #x01)
                            #x00
                            |folio.node[F0]@7|)
                       |folio.node[F0]@7|)))
      (a!109 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                  a!103
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                       a!103
                       |folio.node[F1]@7|)))
      (a!115 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                  a!113
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x00)) a!113 a!114)))
      (a!120 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                  a!113
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                       a!113
                       |page.mapping(shmem)[F1]@7|)))
      (a!126 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                  a!124
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x00)) a!124 a!125)))
      (a!131 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                  a!124
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                       a!124
                       |PG_swapcache[F1]@7|)))
      (a!137 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                  a!135
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x00)) a!135 a!136)))
      (a!142 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                  a!135
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                       a!135
                       |PG_dirty[F1]@7|)))
      (a!146 (ite (and (= rule@7 #x09) true)
                  a!145
                  (ite (and (= rule@7 #x19) true) #x02 shmem.i_pages@7)))
      (a!149 (= swapper_space.i_pages@8
                (ite (and (= rule@7 #x05) true) #x00 a!148)))
      (a!151 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                  #x00
                  (ite (and (= rule@7 #x17) true) #x03 a!150)))
      (a!158 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                  #x00
                  (ite (and (= rule@7 #x14) (= fault0.page@7 #x01)) #x02 a!157)))
      (a!162 (ite (and (= rule@7 #x0e) true)
                  #x0a
                  (ite (and (= rule@7 #x0f) true) #x0a a!161)))
      (a!171 (= migrate0.isolated@8 (ite (and (= rule@7 #x00) true) #x01 a!170)))
      (a!173 (ite (and (= rule@7 #x03) true)
                  a!3
                  (ite (and (= rule@7 #x08) true) #x02 a!172)))
      (a!175 (ite (and (= rule@7 #x07) true)
                  #x00
                  (ite (and (= rule@7 #x0a) true) #x00 a!174)))
      (a!179 (ite (and (= rule@7 #x13) true)
                  #x01
                  (ite (and (= rule@7 #x14) true) #x02 a!178)))
      (a!182 (ite (and (= rule@7 #x12) true)
                  shmem.i_pages@7
                  (ite (and (= rule@7 #x13) true) swapper_space.i_pages@7 a!181)))
      (a!185 (ite (and (= rule@7 #x18) true)
                  #x03
                  (ite (and (= rule@7 #x19) true) #x02 a!184))))
(let ((a!22 (or (and (= rule@7 #x00)
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
                a!6
                a!7
                (and (= rule@7 #x07) (= migrate0.pc@7 #x03) a!8)
                (and (= rule@7 #x08) (= migrate0.pc@7 #x04))
                a!11
                (and (= rule@7 #x0a) (= migrate0.pc@7 #x05) (not a!12))
                (and (= rule@7 #x0b) (= migrate0.pc@7 #x06))
                (and (= rule@7 #x0c)
                     (= migrate0.pc@7 #x07)
                     (not (= migrate0.ok@7 #x00)))
                a!13
                (and (= rule@7 #x0e)
                     (= migrate0.pc@7 #x09)
                     (not (= migrate0.ok@7 #x00)))
                a!14
                (and (= rule@7 #x10)
                     (= migrate0.pc@7 #x08)
                     (bvult migrate0.pass@7 #x01))
                (and (= rule@7 #x11)
                     (= migrate0.pc@7 #x08)
                     (bvuge migrate0.pass@7 #x01))
                (and (= rule@7 #x12)
                     (= fault0.pc@7 #x00)
                     (= |&mapping->tree_lock.writer[shmem]@7| #x00)
                     (not (= shmem.i_pages@7 #x02)))
                (and (= rule@7 #x13)
                     (= fault0.pc@7 #x00)
                     (= |&info->lock[0]@7| #x00)
                     (= |&mapping->tree_lock.writer[swapper_space]@7| #x00)
                     (= shmem.i_pages@7 #x02)
                     (not (= swapper_space.i_pages@7 #x02)))
                a!15
                (and (= rule@7 #x15) (= fault0.pc@7 #x02) a!18)
                (and (= rule@7 #x16) (= fault0.pc@7 #x02) (not a!18))
                (and (= rule@7 #x17)
                     (= kswapd0.pc@7 #x00)
                     (= |lru_lock[0]@7| #x00)
                     (not (= |folio.used[F0]@7| #x00))
                     (not (= |PG_lru[F0]@7| #x00))
                     (= |PG_locked[F0]@7| #x00))
                (and (= rule@7 #x18) (= kswapd0.pc@7 #x00) a!19)
                a!20
                (and (= rule@7 #x1a) (= kswapd0.pc@7 #x01) (not a!21))
                (and (= rule@7 #x1b) (= kswapd0.pc@7 #x02))))
      (a!26 (ite (and (= rule@7 #x0f) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.used[F0]@7|)
                 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00)) a!24 a!25)))
      (a!31 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!23
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!23
                      a!30)))
      (a!35 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                 (bvsub (ite (= fault0.page@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!34))
      (a!46 (ite (and (= rule@7 #x13) (= swapper_space.i_pages@7 #x01))
                 (bvadd (ite (= swapper_space.i_pages@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!45))
      (a!58 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_lru[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01) #x00 #x01)
                      a!57)))
      (a!62 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!53
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!54
                      a!61)))
      (a!67 (ite (and (= rule@7 #x0f) true)
                 (ite (= |folio.refcount[F0]@7| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@7|)
                 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00)) a!65 a!66)))
      (a!71 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!64
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!64
                      a!70)))
      (a!76 (ite (and (= rule@7 #x0f) true)
                 (ite (= |folio.refcount[F0]@7| #x01)
                      #x01
                      |folio.mapping[F0]@7|)
                 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00)) a!74 a!75)))
      (a!80 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!73
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!73
                      a!79)))
      (a!85 (ite (and (= rule@7 #x0f) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.index[F0]@7|)
                 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00)) a!83 a!84)))
      (a!89 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!82
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!82
                      a!88)))
      (a!94 (ite (and (= rule@7 #x0f) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.data[F0]@7|)
                 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00)) a!92 a!93)))
      (a!99 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!91
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!91
                      a!98)))
      (a!105 (ite (and (= rule@7 #x0f) true)
                  (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.node[F0]@7|)
                  (ite (and (= rule@7 #x15) (= fault0.page@7 #x00)) a!103 a!104)))
      (a!110 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                  a!102
                  (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                       a!102
                       a!109)))
      (a!116 (ite (and (= rule@7 #x0e) true)
                  (ite (= |folio.refcount[F0]@7| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@7|)
                  (ite (and (= rule@7 #x0f) true)
                       (ite (= |folio.refcount[F0]@7| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@7|)
                       a!115)))
      (a!121 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                  a!112
                  (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                       a!112
                       a!120)))
      (a!127 (ite (and (= rule@7 #x0e) true)
                  (ite (= |folio.refcount[F0]@7| #x01)
                       #x00
                       |PG_swapcache[F0]@7|)
                  (ite (and (= rule@7 #x0f) true)
                       (ite (= |folio.refcount[F0]@7| #x01)
                            #x00
                            |PG_swapcache[F0]@7|)
                       a!126)))
      (a!132 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                  a!123
                  (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                       a!123
                       a!131)))
      (a!138 (ite (and (= rule@7 #x0e) true)
                  (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_dirty[F0]@7|)
                  (ite (and (= rule@7 #x0f) true)
                       (ite (= |folio.refcount[F0]@7| #x01)
                            #x00
                            |PG_dirty[F0]@7|)
                       a!137)))
      (a!143 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                  a!134
                  (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                       a!134
                       a!142)))
      (a!147 (= shmem.i_pages@8 (ite (and (= rule@7 #x05) true) #x02 a!146)))
      (a!152 (ite (and (= rule@7 #x14) (= fault0.page@7 #x00))
                  #x02
                  (ite (and (= rule@7 #x15) (= fault0.page@7 #x00)) #x00 a!151)))
      (a!159 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                  #x00
                  (ite (and (= rule@7 #x0c) (= migrate0.newpage@7 #x01))
                       #x00
                       a!158)))
      (a!163 (ite (and (= rule@7 #x0c) true)
                  #x09
                  (ite (and (= rule@7 #x0d) true) #x08 a!162)))
      (a!180 (= fault0.pc@8 (ite (and (= rule@7 #x12) true) #x01 a!179)))
      (a!186 (= kswapd0.pc@8 (ite (and (= rule@7 #x17) true) #x01 a!185))))
(let ((a!27 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                 a!23
                 (ite (and (= rule@7 #x0e) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.used[F0]@7|)
                      a!26)))
      (a!32 (ite (and (= rule@7 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                      a!23
                      a!31)))
      (a!36 (ite (and (= rule@7 #x13) (= swapper_space.i_pages@7 #x00))
                 (bvadd (ite (= swapper_space.i_pages@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!35))
      (a!47 (ite (and (= rule@7 #x12) (= shmem.i_pages@7 #x01))
                 (bvadd (ite (= shmem.i_pages@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!46))
      (a!59 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!53
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!54
                      a!58)))
      (a!63 (= |PG_lru[F1]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01)) a!53 a!62)))
      (a!68 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                 a!64
                 (ite (and (= rule@7 #x0e) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@7|)
                      a!67)))
      (a!72 (= |PG_anon_exclusive[F1]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01)) a!64 a!71)))
      (a!77 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                 a!73
                 (ite (and (= rule@7 #x0e) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x01
                           |folio.mapping[F0]@7|)
                      a!76)))
      (a!81 (= |folio.mapping[F1]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01)) a!73 a!80)))
      (a!86 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                 a!82
                 (ite (and (= rule@7 #x0e) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.index[F0]@7|)
                      a!85)))
      (a!90 (= |folio.index[F1]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01)) a!82 a!89)))
      (a!95 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                 a!91
                 (ite (and (= rule@7 #x0e) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.data[F0]@7|)
                      a!94)))
      (a!100 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                  a!91
                  (ite (and (= rule@7 #x0b) (= migrate0.newpage@7 #x01))
                       |folio.data[F0]@7|
                       a!99)))
      (a!106 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                  a!102
                  (ite (and (= rule@7 #x0e) true)
                       (ite (= |folio.refcount[F0]@7| #x01)
                            #x00
                            |folio.node[F0]@7|)
                       a!105)))
      (a!111 (ite (and (= rule@7 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@7|)
                  (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                       a!102
                       a!110)))
      (a!117 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                  a!112
                  (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                       a!112
                       a!116)))
      (a!122 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                  a!112
                  (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x01))
                       |page.mapping(shmem)[F0]@7|
                       a!121)))
      (a!128 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                  a!123
                  (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                       a!123
                       a!127)))
      (a!133 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                  a!123
                  (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x01))
                       |PG_swapcache[F0]@7|
                       a!132)))
      (a!139 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                  a!134
                  (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                       a!134
                       a!138)))
      (a!144 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                  a!134
                  (ite (and (= rule@7 #x0b) (= migrate0.newpage@7 #x01))
                       |PG_dirty[F0]@7|
                       a!143)))
      (a!153 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                  #x00
                  (ite (and (= rule@7 #x0d) true) #x00 a!152)))
      (a!160 (= |PG_locked[F1]@8|
                (ite (and (= rule@7 #x03) (= a!3 #x01)) #x01 a!159)))
      (a!164 (ite (and (= rule@7 #x0a) true)
                  #x07
                  (ite (and (= rule@7 #x0b) true) #x07 a!163))))
(let ((a!28 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                 a!23
                 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                      a!23
                      a!27)))
      (a!37 (ite (and (= rule@7 #x12) (= shmem.i_pages@7 #x00))
                 (bvadd (ite (= shmem.i_pages@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!36))
      (a!48 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!47))
      (a!60 (ite (and (= rule@7 #x00) true)
                 #x00
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      a!53
                      a!59)))
      (a!69 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                 a!64
                 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                      a!64
                      a!68)))
      (a!78 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                 a!73
                 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                      a!73
                      a!77)))
      (a!87 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                 a!82
                 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                      a!82
                      a!86)))
      (a!96 (ite (and (= rule@7 #x0b) (= migrate0.newpage@7 #x00))
                 |folio.data[F0]@7|
                 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                      a!91
                      a!95)))
      (a!101 (= |folio.data[F1]@8|
                (ite (and (= rule@7 #x03) (= a!3 #x01)) #x00 a!100)))
      (a!107 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                  a!102
                  (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                       a!102
                       a!106)))
      (a!118 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x00))
                  |page.mapping(shmem)[F0]@7|
                  (ite (and (= rule@7 #x0b) true) #x00 a!117)))
      (a!129 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x00))
                  |PG_swapcache[F0]@7|
                  (ite (and (= rule@7 #x0b) true) #x00 a!128)))
      (a!140 (ite (and (= rule@7 #x0b) (= migrate0.newpage@7 #x00))
                  |PG_dirty[F0]@7|
                  (ite (and (= rule@7 #x0b) true) #x00 a!139)))
      (a!154 (ite (and (= rule@7 #x0c) (= migrate0.newpage@7 #x00))
                  #x00
                  (ite (and (= rule@7 #x0c) true) #x00 a!153)))
      (a!165 (ite (and (= rule@7 #x08) true)
                  #x08
                  (ite (and (= rule@7 #x09) true) #x06 a!164))))
(let ((a!29 (= |folio.used[F0]@8|
               (ite (and (= rule@7 #x03) (= a!3 #x00)) #x01 a!28)))
      (a!38 (ite (and (= rule@7 #x0e) true)
                 (bvsub |folio.refcount[F0]@7| #x01)
                 (ite (and (= rule@7 #x0f) true)
                      (bvsub |folio.refcount[F0]@7| #x01)
                      a!37)))
      (a!49 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!48))
      (a!97 (ite (and (= rule@7 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      a!91
                      a!96)))
      (a!108 (= |folio.node[F0]@8|
                (ite (and (= rule@7 #x03) (= a!3 #x00))
                     (bvsub #x01 |folio.node[F0]@7|)
                     a!107)))
      (a!119 (ite (and (= rule@7 #x05) true)
                  #x00
                  (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                       a!112
                       a!118)))
      (a!130 (ite (and (= rule@7 #x05) true)
                  #x01
                  (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                       a!123
                       a!129)))
      (a!141 (ite (and (= rule@7 #x05) true)
                  #x01
                  (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                       a!134
                       a!140)))
      (a!155 (ite (and (= rule@7 #x05) true)
                  #x00
                  (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                       #x00
                       a!154)))
      (a!166 (ite (and (= rule@7 #x06) true)
                  #x05
                  (ite (and (= rule@7 #x07) true) #x07 a!165))))
(let ((a!39 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x01))
                 (bvadd (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!49))
      (a!156 (ite (and (= rule@7 #x02) true)
                  #x01
                  (ite (and (= rule@7 #x03) (= a!3 #x00)) #x01 a!155)))
      (a!167 (ite (and (= rule@7 #x04) true)
                  #x05
                  (ite (and (= rule@7 #x05) true) #x04 a!166))))
(let ((a!40 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!50))
      (a!168 (ite (and (= rule@7 #x02) true)
                  #x02
                  (ite (and (= rule@7 #x03) true) #x03 a!167))))
(let ((a!41 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x00))
                 (bvadd (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 (ite (and (= rule@7 #x09) true)
                      (bvsub |folio.refcount[F0]@7| #x01)
                      a!40)))
      (a!52 (= |folio.refcount[F1]@8|
               (ite (and (= rule@7 #x03) (= a!3 #x01)) #x01 a!51)))
      (a!169 (ite (and (= rule@7 #x00) true)
                  #x01
                  (ite (and (= rule@7 #x01) true) #x0a a!168))))
(let ((a!42 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!41)))
(let ((a!43 (ite (and (= rule@7 #x00) true)
                 (bvadd |folio.refcount[F0]@7| #x01)
                 (ite (and (= rule@7 #x03) (= a!3 #x00)) #x01 a!42))))
  (and a!22
       (= |alive[P0]@8| |alive[P0]@7|)
       (= |pte[P0][0]@8| |pte[P0][0]@7|)
       (= |pte.folio[P0][0]@8| |pte.folio[P0][0]@7|)
       (= |pte.write[P0][0]@8| |pte.write[P0][0]@7|)
       (= |expected[P0][0]@8| |expected[P0][0]@7|)
       (= |anon_vma.list[av0][0]@8| |anon_vma.list[av0][0]@7|)
       (= |anon_vma.len[av0]@8| |anon_vma.len[av0]@7|)
       (= |anon_vma.refcount[av0]@8| |anon_vma.refcount[av0]@7|)
       a!29
       (= |folio.used[F1]@8| a!32)
       (= |folio.refcount[F0]@8| a!43)
       a!52
       (= |folio.mapcount[F0]@8| |folio.mapcount[F0]@7|)
       (= |folio.mapcount[F1]@8| |folio.mapcount[F1]@7|)
       (= |PG_lru[F0]@8| a!60)
       a!63
       (= |PG_anon_exclusive[F0]@8| a!69)
       a!72
       (= |folio.mapping[F0]@8| a!78)
       a!81
       (= |folio.index[F0]@8| a!87)
       a!90
       (= |folio.data[F0]@8| a!97)
       a!101
       a!108
       (= |folio.node[F1]@8| a!111)
       (= |page.mapping(shmem)[F0]@8| a!119)
       (= |page.mapping(shmem)[F1]@8| a!122)
       (= |PG_swapcache[F0]@8| a!130)
       (= |PG_swapcache[F1]@8| a!133)
       (= |PG_dirty[F0]@8| a!141)
       (= |PG_dirty[F1]@8| a!144)
       a!147
       a!149
       (= |&mm->mmap_lock.writer[P0]@8| |&mm->mmap_lock.writer[P0]@7|)
       (= |&mm->mmap_lock.readers[P0]@8| |&mm->mmap_lock.readers[P0]@7|)
       (= |&anon_vma->rwsem.writer[av0]@8| |&anon_vma->rwsem.writer[av0]@7|)
       (= |&anon_vma->rwsem.readers[av0]@8| |&anon_vma->rwsem.readers[av0]@7|)
       (= |ptlock_ptr(page)[P0]@8| |ptlock_ptr(page)[P0]@7|)
       (= |PG_locked[F0]@8| a!156)
       a!160
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
       (= migrate0.pc@8 a!169)
       a!171
       (= migrate0.newpage@8 a!173)
       (= migrate0.ok@8 a!175)
       (= migrate0.mapping_is_swapper@8 a!176)
       a!177
       a!180
       (= fault0.page@8 a!182)
       (= fault0.from_swap@8 a!183)
       a!186
       (= kswapd0.isolated@8 a!187)
       (bvule |alive[P0]@8| #x01)
       (bvule |pte[P0][0]@8| #x07)
       (bvule |pte.folio[P0][0]@8| #x01)
       (bvule |pte.write[P0][0]@8| #x01)
       (bvule |expected[P0][0]@8| #x01)
       (bvule |anon_vma.list[av0][0]@8| #x00)
       (bvule |anon_vma.len[av0]@8| #x01)
       (bvule |anon_vma.refcount[av0]@8| #x06)
       (bvule |folio.used[F0]@8| #x01)
       (bvule |folio.used[F1]@8| #x01)
       (bvule |folio.refcount[F0]@8| #x06)
       (bvule |folio.refcount[F1]@8| #x06)
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
       (bvule |&mm->mmap_lock.writer[P0]@8| #x03)
       (bvule |&mm->mmap_lock.readers[P0]@8| #x03)
       (bvule |&anon_vma->rwsem.writer[av0]@8| #x03)
       (bvule |&anon_vma->rwsem.readers[av0]@8| #x03)
       (bvule |ptlock_ptr(page)[P0]@8| #x03)
       (bvule |PG_locked[F0]@8| #x03)
       (bvule |PG_locked[F1]@8| #x03)
       (bvule |&mapping->tree_lock.writer[shmem]@8| #x03)
       (bvule |&mapping->tree_lock.writer[swapper_space]@8| #x03)
       (bvule |&mapping->tree_lock.readers[shmem]@8| #x03)
       (bvule |&mapping->tree_lock.readers[swapper_space]@8| #x03)
       (bvule |swap_lock[0]@8| #x03)
       (bvule |&info->lock[0]@8| #x03)
       (bvule |lru_lock[0]@8| #x03)
       (bvule migrate0.pc@8 #x0a)
       (bvule migrate0.isolated@8 #x01)
       (bvule migrate0.newpage@8 #x02)
       (bvule migrate0.ok@8 #x01)
       (bvule migrate0.mapping_is_swapper@8 #x01)
       (bvule migrate0.pass@8 #x01)
       (bvule fault0.pc@8 #x03)
       (bvule fault0.page@8 #x02)
       (bvule fault0.from_swap@8 #x01)
       (bvule kswapd0.pc@8 #x03)
       (bvule kswapd0.isolated@8 #x01))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@8| #x00))
                     (not (= |PG_lru[F0]@8| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@8| #x00)))
               (not (not (= |folio.used[F1]@8| #x00)))))
      (a!3 (ite (not (not (= |folio.used[F0]@8| #x00))) #x00 #x01))
      (a!5 (and (= rule@8 #x04)
                (= migrate0.pc@8 #x03)
                (or (not (= |PG_swapcache[F0]@8| #x00))
                    (not (= |page.mapping(shmem)[F0]@8| #x00)))
                (not (= |PG_swapcache[F0]@8| #x00))))
      (a!6 (and (= rule@8 #x05)
                (= migrate0.pc@8 #x03)
                (or (not (= |PG_swapcache[F0]@8| #x00))
                    (not (= |page.mapping(shmem)[F0]@8| #x00)))
                (not (not (= |PG_swapcache[F0]@8| #x00)))
                (not (= |PG_dirty[F0]@8| #x00))
                (= |&info->lock[0]@8| #x00)
                (= |swap_lock[0]@8| #x00)
                (= |&mapping->tree_lock.writer[swapper_space]@8| #x00)
                (= |&mapping->tree_lock.readers[swapper_space]@8| #x00)))
      (a!7 (and (= rule@8 #x06)
                (= migrate0.pc@8 #x03)
                (or (not (= |PG_swapcache[F0]@8| #x00))
                    (not (= |page.mapping(shmem)[F0]@8| #x00)))
                (not (not (= |PG_swapcache[F0]@8| #x00)))
                (not (not (= |PG_dirty[F0]@8| #x00)))))
      (a!8 (not (or (not (= |PG_swapcache[F0]@8| #x00))
                    (not (= |page.mapping(shmem)[F0]@8| #x00)))))
      (a!9 (= (ite (not (= migrate0.mapping_is_swapper@8 #x00)) #x01 #x00) #x00))
      (a!10 (= (ite (not (= migrate0.mapping_is_swapper@8 #x00))
                    swapper_space.i_pages@8
                    shmem.i_pages@8)
               #x00))
      (a!13 (and (= rule@8 #x0d)
                 (= migrate0.pc@8 #x07)
                 (not (not (= migrate0.ok@8 #x00)))))
      (a!14 (and (= rule@8 #x0f)
                 (= migrate0.pc@8 #x09)
                 (not (not (= migrate0.ok@8 #x00)))))
      (a!15 (and (= rule@8 #x14)
                 (= fault0.pc@8 #x01)
                 (= (ite (= fault0.page@8 #x00)
                         |PG_locked[F0]@8|
                         |PG_locked[F1]@8|)
                    #x00)))
      (a!16 (not (= (ite (= fault0.page@8 #x00)
                         |PG_swapcache[F0]@8|
                         |PG_swapcache[F1]@8|)
                    #x00)))
      (a!17 (not (= (ite (= fault0.page@8 #x00)
                         |page.mapping(shmem)[F0]@8|
                         |page.mapping(shmem)[F1]@8|)
                    #x00)))
      (a!19 (not (and (not (= |folio.used[F0]@8| #x00))
                      (not (= |PG_lru[F0]@8| #x00))
                      (= |PG_locked[F0]@8| #x00))))
      (a!20 (and (= rule@8 #x19)
                 (= kswapd0.pc@8 #x01)
                 (not (= |PG_dirty[F0]@8| #x00))
                 (not (= |page.mapping(shmem)[F0]@8| #x00))
                 (not (not (= |PG_swapcache[F0]@8| #x00)))
                 (= |&info->lock[0]@8| #x00)
                 (= |swap_lock[0]@8| #x00)
                 (= |&mapping->tree_lock.writer[swapper_space]@8| #x00)
                 (= |&mapping->tree_lock.readers[swapper_space]@8| #x00)))
      (a!21 (and (not (= |PG_dirty[F0]@8| #x00))
                 (not (= |page.mapping(shmem)[F0]@8| #x00))
                 (not (not (= |PG_swapcache[F0]@8| #x00)))))
      (a!23 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.used[F0]@8|
                      |folio.used[F1]@8|)))
      (a!24 (ite (= (ite (= fault0.page@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= fault0.page@8 #x00)
                      |folio.used[F0]@8|
                      |folio.used[F1]@8|)))
      (a!33 (ite (and (= rule@8 #x17) true)
                 (bvadd |folio.refcount[F0]@8| #x01)
                 (ite (and (= rule@8 #x1b) true)
                      (bvsub |folio.refcount[F0]@8| #x01)
                      |folio.refcount[F0]@8|)))
      (a!44 (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                 (bvsub (ite (= fault0.page@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 |folio.refcount[F1]@8|))
      (a!53 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00) |PG_lru[F0]@8| |PG_lru[F1]@8|)))
      (a!54 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 #x01))
      (a!55 (ite (= (ite (= fault0.page@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= fault0.page@8 #x00) |PG_lru[F0]@8| |PG_lru[F1]@8|)))
      (a!56 (ite (and (= rule@8 #x17) true)
                 #x00
                 (ite (and (= rule@8 #x1b) true)
                      (ite (= |folio.refcount[F0]@8| #x01) #x00 #x01)
                      |PG_lru[F0]@8|)))
      (a!64 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |PG_anon_exclusive[F0]@8|
                      |PG_anon_exclusive[F1]@8|)))
      (a!65 (ite (= (ite (= fault0.page@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= fault0.page@8 #x00)
                      |PG_anon_exclusive[F0]@8|
                      |PG_anon_exclusive[F1]@8|)))
      (a!73 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.mapping[F0]@8|
                      |folio.mapping[F1]@8|)))
      (a!74 (ite (= (ite (= fault0.page@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x01
                 (ite (= fault0.page@8 #x00)
                      |folio.mapping[F0]@8|
                      |folio.mapping[F1]@8|)))
      (a!82 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.index[F0]@8|
                      |folio.index[F1]@8|)))
      (a!83 (ite (= (ite (= fault0.page@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= fault0.page@8 #x00)
                      |folio.index[F0]@8|
                      |folio.index[F1]@8|)))
      (a!91 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.data[F0]@8|
                      |folio.data[F1]@8|)))
      (a!92 (ite (= (ite (= fault0.page@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= fault0.page@8 #x00)
                      |folio.data[F0]@8|
                      |folio.data[F1]@8|)))
      (a!102 (ite (= (ite (= migrate0.newpage@8 #x00)
                          |folio.refcount[F0]@8|
                          |folio.refcount[F1]@8|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@8 #x00)
                       |folio.node[F0]@8|
                       |folio.node[F1]@8|)))
      (a!103 (ite (= (ite (= fault0.page@8 #x00)
                          |folio.refcount[F0]@8|
                          |folio.refcount[F1]@8|)
                     #x01)
                  #x00
                  (ite (= fault0.page@8 #x00)
                       |folio.node[F0]@8|
                       |folio.node[F1]@8|)))
      (a!112 (ite (= (ite (= migrate0.newpage@8 #x00)
                          |folio.refcount[F0]@8|
                          |folio.refcount[F1]@8|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@8 #x00)
                       |page.mapping(shmem)[F0]@8|
                       |page.mapping(shmem)[F1]@8|)))
      (a!113 (ite (= (ite (= fault0.page@8 #x00)
                          |folio.refcount[F0]@8|
                          |folio.refcount[F1]@8|)
                     #x01)
                  #x00
                  (ite (= fault0.page@8 #x00)
                       |page.mapping(shmem)[F0]@8|
                       |page.mapping(shmem)[F1]@8|)))
      (a!114 (ite (and (= rule@8 #x19) true)
                  #x00
                  (ite (and (= rule@8 #x1b) true)
                       (ite (= |folio.refcount[F0]@8| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@8|)
                       |page.mapping(shmem)[F0]@8|)))
      (a!123 (ite (= (ite (= migrate0.newpage@8 #x00)
                          |folio.refcount[F0]@8|
                          |folio.refcount[F1]@8|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@8 #x00)
                       |PG_swapcache[F0]@8|
                       |PG_swapcache[F1]@8|)))
      (a!124 (ite (= (ite (= fault0.page@8 #x00)
                          |folio.refcount[F0]@8|
                          |folio.refcount[F1]@8|)
                     #x01)
                  #x00
                  (ite (= fault0.page@8 #x00)
                       |PG_swapcache[F0]@8|
                       |PG_swapcache[F1]@8|)))
      (a!125 (ite (and (= rule@8 #x19) true)
                  #x01
                  (ite (and (= rule@8 #x1b) true)
                       (ite (= |folio.refcount[F0]@8| #x01)
                            #x00
                            |PG_swapcache[F0]@8|)
                       |PG_swapcache[F0]@8|)))
      (a!134 (ite (= (ite (= migrate0.newpage@8 #x00)
                          |folio.refcount[F0]@8|
                          |folio.refcount[F1]@8|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@8 #x00)
                       |PG_dirty[F0]@8|
                       |PG_dirty[F1]@8|)))
      (a!135 (ite (= (ite (= fault0.page@8 #x00)
                          |folio.refcount[F0]@8|
                          |folio.refcount[F1]@8|)
                     #x01)
                  #x00
                  (ite (= fault0.page@8 #x00) |PG_dirty[F0]@8| |PG_dirty[F1]@8|)))
      (a!136 (ite (and (= rule@8 #x19) true)
                  #x01
                  (ite (and (= rule@8 #x1b) true)
                       (ite (= |folio.refcount[F0]@8| #x01)
                            #x00
                            |PG_dirty[F0]@8|)
                       |PG_dirty[F0]@8|)))
      (a!145 (ite (not (not (= migrate0.mapping_is_swapper@8 #x00)))
                  migrate0.newpage@8
                  shmem.i_pages@8))
      (a!148 (ite (and (= rule@8 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@8 #x00))
                       migrate0.newpage@8
                       swapper_space.i_pages@8)
                  (ite (and (= rule@8 #x19) true) #x00 swapper_space.i_pages@8)))
      (a!150 (ite (and (= rule@8 #x19) true)
                  #x00
                  (ite (and (= rule@8 #x1a) true) #x00 |PG_locked[F0]@8|)))
      (a!157 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                  #x00
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                       #x00
                       |PG_locked[F1]@8|)))
      (a!161 (ite (and (= rule@8 #x10) true)
                  #x01
                  (ite (and (= rule@8 #x11) true) #x09 migrate0.pc@8)))
      (a!170 (ite (and (= rule@8 #x0e) true)
                  #x00
                  (ite (and (= rule@8 #x0f) true) #x00 migrate0.isolated@8)))
      (a!172 (ite (and (= rule@8 #x0d) true)
                  #x02
                  (ite (and (= rule@8 #x0e) true) #x02 migrate0.newpage@8)))
      (a!174 (ite (and (= rule@8 #x0b) true)
                  #x01
                  (ite (and (= rule@8 #x11) true) #x00 migrate0.ok@8)))
      (a!176 (ite (and (= rule@8 #x04) true)
                  |PG_swapcache[F0]@8|
                  (ite (and (= rule@8 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@8)))
      (a!177 (= migrate0.pass@9
                (ite (and (= rule@8 #x10) true)
                     (bvadd migrate0.pass@8 #x01)
                     migrate0.pass@8)))
      (a!178 (ite (and (= rule@8 #x15) true)
                  #x03
                  (ite (and (= rule@8 #x16) true) #x00 fault0.pc@8)))
      (a!181 (ite (and (= rule@8 #x15) true)
                  #x02
                  (ite (and (= rule@8 #x16) true) #x02 fault0.page@8)))
      (a!183 (ite (and (= rule@8 #x12) true)
                  #x00
                  (ite (and (= rule@8 #x13) true) #x01 fault0.from_swap@8)))
      (a!184 (ite (and (= rule@8 #x1a) true)
                  #x02
                  (ite (and (= rule@8 #x1b) true) #x03 kswapd0.pc@8)))
      (a!187 (ite (and (= rule@8 #x17) true)
                  #x01
                  (ite (and (= rule@8 #x1b) true) #x00 kswapd0.isolated@8))))
(let ((a!4 (and (= rule@8 #x03)
                (= migrate0.pc@8 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@8| |PG_locked[F1]@8|) #x00)))
      (a!11 (and (= rule@8 #x09)
                 (= migrate0.pc@8 #x05)
                 (= (ite a!9
                         |&mapping->tree_lock.writer[shmem]@8|
                         |&mapping->tree_lock.writer[swapper_space]@8|)
                    #x00)
                 (= (ite a!9
                         |&mapping->tree_lock.readers[shmem]@8|
                         |&mapping->tree_lock.readers[swapper_space]@8|)
                    #x00)
                 (or (not (= |PG_swapcache[F0]@8| #x00))
                     (not (= |page.mapping(shmem)[F0]@8| #x00)))
                 (= |folio.refcount[F0]@8| #x02)
                 a!10))
      (a!12 (and (or (not (= |PG_swapcache[F0]@8| #x00))
                     (not (= |page.mapping(shmem)[F0]@8| #x00)))
                 (= |folio.refcount[F0]@8| #x02)
                 a!10))
      (a!18 (ite (not (= fault0.from_swap@8 #x00))
                 (and (= swapper_space.i_pages@8 fault0.page@8) a!16)
                 (and (= shmem.i_pages@8 fault0.page@8) a!17)))
      (a!25 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                 a!24
                 (ite (and (= rule@8 #x1b) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.used[F0]@8|)
                      |folio.used[F0]@8|)))
      (a!30 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                 a!24
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                      a!24
                      |folio.used[F1]@8|)))
      (a!34 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                 (bvsub (ite (= fault0.page@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!33))
      (a!45 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                 (bvsub (ite (= fault0.page@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!44))
      (a!57 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                 a!55
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00)) a!55 a!56)))
      (a!61 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                 a!55
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                      a!55
                      |PG_lru[F1]@8|)))
      (a!66 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                 a!65
                 (ite (and (= rule@8 #x1b) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@8|)
                      |PG_anon_exclusive[F0]@8|)))
      (a!70 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                 a!65
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                      a!65
                      |PG_anon_exclusive[F1]@8|)))
      (a!75 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                 a!74
                 (ite (and (= rule@8 #x1b) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x01
                           |folio.mapping[F0]@8|)
                      |folio.mapping[F0]@8|)))
      (a!79 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                 a!74
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                      a!74
                      |folio.mapping[F1]@8|)))
      (a!84 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                 a!83
                 (ite (and (= rule@8 #x1b) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.index[F0]@8|)
                      |folio.index[F0]@8|)))
      (a!88 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                 a!83
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                      a!83
                      |folio.index[F1]@8|)))
      (a!93 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                 a!92
                 (ite (and (= rule@8 #x1b) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.data[F0]@8|)
                      |folio.data[F0]@8|)))
      (a!98 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                 a!92
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                      a!92
                      |folio.data[F1]@8|)))
      (a!104 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                  a!103
                  (ite (and (= rule@8 #x1b) true)
                       (ite (= |folio.refcount[F0]@8| #x01)
                            #x00
                            |folio.node[F0]@8|)
                       |folio.node[F0]@8|)))
      (a!109 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                  a!103
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                       a!103
                       |folio.node[F1]@8|)))
      (a!115 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                  a!113
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x00)) a!113 a!114)))
      (a!120 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                  a!113
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                       a!113
                       |page.mapping(shmem)[F1]@8|)))
      (a!126 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                  a!124
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x00)) a!124 a!125)))
      (a!131 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                  a!124
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                       a!124
                       |PG_swapcache[F1]@8|)))
      (a!137 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                  a!135
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x00)) a!135 a!136)))
      (a!142 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                  a!135
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                       a!135
                       |PG_dirty[F1]@8|)))
      (a!146 (ite (and (= rule@8 #x09) true)
                  a!145
                  (ite (and (= rule@8 #x19) true) #x02 shmem.i_pages@8)))
      (a!149 (= swapper_space.i_pages@9
                (ite (and (= rule@8 #x05) true) #x00 a!148)))
      (a!151 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                  #x00
                  (ite (and (= rule@8 #x17) true) #x03 a!150)))
      (a!158 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                  #x00
                  (ite (and (= rule@8 #x14) (= fault0.page@8 #x01)) #x02 a!157)))
      (a!162 (ite (and (= rule@8 #x0e) true)
                  #x0a
                  (ite (and (= rule@8 #x0f) true) #x0a a!161)))
      (a!171 (= migrate0.isolated@9 (ite (and (= rule@8 #x00) true) #x01 a!170)))
      (a!173 (ite (and (= rule@8 #x03) true)
                  a!3
                  (ite (and (= rule@8 #x08) true) #x02 a!172)))
      (a!175 (ite (and (= rule@8 #x07) true)
                  #x00
                  (ite (and (= rule@8 #x0a) true) #x00 a!174)))
      (a!179 (ite (and (= rule@8 #x13) true)
                  #x01
                  (ite (and (= rule@8 #x14) true) #x02 a!178)))
      (a!182 (ite (and (= rule@8 #x12) true)
                  shmem.i_pages@8
                  (ite (and (= rule@8 #x13) true) swapper_space.i_pages@8 a!181)))
      (a!185 (ite (and (= rule@8 #x18) true)
                  #x03
                  (ite (and (= rule@8 #x19) true) #x02 a!184))))
(let ((a!22 (or (and (= rule@8 #x00)
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
                a!6
                a!7
                (and (= rule@8 #x07) (= migrate0.pc@8 #x03) a!8)
                (and (= rule@8 #x08) (= migrate0.pc@8 #x04))
                a!11
                (and (= rule@8 #x0a) (= migrate0.pc@8 #x05) (not a!12))
                (and (= rule@8 #x0b) (= migrate0.pc@8 #x06))
                (and (= rule@8 #x0c)
                     (= migrate0.pc@8 #x07)
                     (not (= migrate0.ok@8 #x00)))
                a!13
                (and (= rule@8 #x0e)
                     (= migrate0.pc@8 #x09)
                     (not (= migrate0.ok@8 #x00)))
                a!14
                (and (= rule@8 #x10)
                     (= migrate0.pc@8 #x08)
                     (bvult migrate0.pass@8 #x01))
                (and (= rule@8 #x11)
                     (= migrate0.pc@8 #x08)
                     (bvuge migrate0.pass@8 #x01))
                (and (= rule@8 #x12)
                     (= fault0.pc@8 #x00)
                     (= |&mapping->tree_lock.writer[shmem]@8| #x00)
                     (not (= shmem.i_pages@8 #x02)))
                (and (= rule@8 #x13)
                     (= fault0.pc@8 #x00)
                     (= |&info->lock[0]@8| #x00)
                     (= |&mapping->tree_lock.writer[swapper_space]@8| #x00)
                     (= shmem.i_pages@8 #x02)
                     (not (= swapper_space.i_pages@8 #x02)))
                a!15
                (and (= rule@8 #x15) (= fault0.pc@8 #x02) a!18)
                (and (= rule@8 #x16) (= fault0.pc@8 #x02) (not a!18))
                (and (= rule@8 #x17)
                     (= kswapd0.pc@8 #x00)
                     (= |lru_lock[0]@8| #x00)
                     (not (= |folio.used[F0]@8| #x00))
                     (not (= |PG_lru[F0]@8| #x00))
                     (= |PG_locked[F0]@8| #x00))
                (and (= rule@8 #x18) (= kswapd0.pc@8 #x00) a!19)
                a!20
                (and (= rule@8 #x1a) (= kswapd0.pc@8 #x01) (not a!21))
                (and (= rule@8 #x1b) (= kswapd0.pc@8 #x02))))
      (a!26 (ite (and (= rule@8 #x0f) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.used[F0]@8|)
                 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00)) a!24 a!25)))
      (a!31 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!23
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!23
                      a!30)))
      (a!35 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                 (bvsub (ite (= fault0.page@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!34))
      (a!46 (ite (and (= rule@8 #x13) (= swapper_space.i_pages@8 #x01))
                 (bvadd (ite (= swapper_space.i_pages@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!45))
      (a!58 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |PG_lru[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01) #x00 #x01)
                      a!57)))
      (a!62 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!53
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!54
                      a!61)))
      (a!67 (ite (and (= rule@8 #x0f) true)
                 (ite (= |folio.refcount[F0]@8| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@8|)
                 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00)) a!65 a!66)))
      (a!71 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!64
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!64
                      a!70)))
      (a!76 (ite (and (= rule@8 #x0f) true)
                 (ite (= |folio.refcount[F0]@8| #x01)
                      #x01
                      |folio.mapping[F0]@8|)
                 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00)) a!74 a!75)))
      (a!80 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!73
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!73
                      a!79)))
      (a!85 (ite (and (= rule@8 #x0f) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.index[F0]@8|)
                 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00)) a!83 a!84)))
      (a!89 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!82
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!82
                      a!88)))
      (a!94 (ite (and (= rule@8 #x0f) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.data[F0]@8|)
                 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00)) a!92 a!93)))
      (a!99 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!91
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!91
                      a!98)))
      (a!105 (ite (and (= rule@8 #x0f) true)
                  (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.node[F0]@8|)
                  (ite (and (= rule@8 #x15) (= fault0.page@8 #x00)) a!103 a!104)))
      (a!110 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                  a!102
                  (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                       a!102
                       a!109)))
      (a!116 (ite (and (= rule@8 #x0e) true)
                  (ite (= |folio.refcount[F0]@8| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@8|)
                  (ite (and (= rule@8 #x0f) true)
                       (ite (= |folio.refcount[F0]@8| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@8|)
                       a!115)))
      (a!121 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                  a!112
                  (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                       a!112
                       a!120)))
      (a!127 (ite (and (= rule@8 #x0e) true)
                  (ite (= |folio.refcount[F0]@8| #x01)
                       #x00
                       |PG_swapcache[F0]@8|)
                  (ite (and (= rule@8 #x0f) true)
                       (ite (= |folio.refcount[F0]@8| #x01)
                            #x00
                            |PG_swapcache[F0]@8|)
                       a!126)))
      (a!132 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                  a!123
                  (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                       a!123
                       a!131)))
      (a!138 (ite (and (= rule@8 #x0e) true)
                  (ite (= |folio.refcount[F0]@8| #x01) #x00 |PG_dirty[F0]@8|)
                  (ite (and (= rule@8 #x0f) true)
                       (ite (= |folio.refcount[F0]@8| #x01)
                            #x00
                            |PG_dirty[F0]@8|)
                       a!137)))
      (a!143 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                  a!134
                  (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                       a!134
                       a!142)))
      (a!147 (= shmem.i_pages@9 (ite (and (= rule@8 #x05) true) #x02 a!146)))
      (a!152 (ite (and (= rule@8 #x14) (= fault0.page@8 #x00))
                  #x02
                  (ite (and (= rule@8 #x15) (= fault0.page@8 #x00)) #x00 a!151)))
      (a!159 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                  #x00
                  (ite (and (= rule@8 #x0c) (= migrate0.newpage@8 #x01))
                       #x00
                       a!158)))
      (a!163 (ite (and (= rule@8 #x0c) true)
                  #x09
                  (ite (and (= rule@8 #x0d) true) #x08 a!162)))
      (a!180 (= fault0.pc@9 (ite (and (= rule@8 #x12) true) #x01 a!179)))
      (a!186 (= kswapd0.pc@9 (ite (and (= rule@8 #x17) true) #x01 a!185))))
(let ((a!27 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                 a!23
                 (ite (and (= rule@8 #x0e) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.used[F0]@8|)
                      a!26)))
      (a!32 (ite (and (= rule@8 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                      a!23
                      a!31)))
      (a!36 (ite (and (= rule@8 #x13) (= swapper_space.i_pages@8 #x00))
                 (bvadd (ite (= swapper_space.i_pages@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!35))
      (a!47 (ite (and (= rule@8 #x12) (= shmem.i_pages@8 #x01))
                 (bvadd (ite (= shmem.i_pages@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!46))
      (a!59 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!53
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!54
                      a!58)))
      (a!63 (= |PG_lru[F1]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01)) a!53 a!62)))
      (a!68 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                 a!64
                 (ite (and (= rule@8 #x0e) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@8|)
                      a!67)))
      (a!72 (= |PG_anon_exclusive[F1]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01)) a!64 a!71)))
      (a!77 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                 a!73
                 (ite (and (= rule@8 #x0e) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x01
                           |folio.mapping[F0]@8|)
                      a!76)))
      (a!81 (= |folio.mapping[F1]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01)) a!73 a!80)))
      (a!86 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                 a!82
                 (ite (and (= rule@8 #x0e) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.index[F0]@8|)
                      a!85)))
      (a!90 (= |folio.index[F1]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01)) a!82 a!89)))
      (a!95 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                 a!91
                 (ite (and (= rule@8 #x0e) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.data[F0]@8|)
                      a!94)))
      (a!100 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                  a!91
                  (ite (and (= rule@8 #x0b) (= migrate0.newpage@8 #x01))
                       |folio.data[F0]@8|
                       a!99)))
      (a!106 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                  a!102
                  (ite (and (= rule@8 #x0e) true)
                       (ite (= |folio.refcount[F0]@8| #x01)
                            #x00
                            |folio.node[F0]@8|)
                       a!105)))
      (a!111 (ite (and (= rule@8 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@8|)
                  (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                       a!102
                       a!110)))
      (a!117 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                  a!112
                  (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                       a!112
                       a!116)))
      (a!122 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                  a!112
                  (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x01))
                       |page.mapping(shmem)[F0]@8|
                       a!121)))
      (a!128 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                  a!123
                  (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                       a!123
                       a!127)))
      (a!133 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                  a!123
                  (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x01))
                       |PG_swapcache[F0]@8|
                       a!132)))
      (a!139 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                  a!134
                  (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                       a!134
                       a!138)))
      (a!144 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                  a!134
                  (ite (and (= rule@8 #x0b) (= migrate0.newpage@8 #x01))
                       |PG_dirty[F0]@8|
                       a!143)))
      (a!153 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                  #x00
                  (ite (and (= rule@8 #x0d) true) #x00 a!152)))
      (a!160 (= |PG_locked[F1]@9|
                (ite (and (= rule@8 #x03) (= a!3 #x01)) #x01 a!159)))
      (a!164 (ite (and (= rule@8 #x0a) true)
                  #x07
                  (ite (and (= rule@8 #x0b) true) #x07 a!163))))
(let ((a!28 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                 a!23
                 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                      a!23
                      a!27)))
      (a!37 (ite (and (= rule@8 #x12) (= shmem.i_pages@8 #x00))
                 (bvadd (ite (= shmem.i_pages@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!36))
      (a!48 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!47))
      (a!60 (ite (and (= rule@8 #x00) true)
                 #x00
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      a!53
                      a!59)))
      (a!69 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                 a!64
                 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                      a!64
                      a!68)))
      (a!78 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                 a!73
                 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                      a!73
                      a!77)))
      (a!87 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                 a!82
                 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                      a!82
                      a!86)))
      (a!96 (ite (and (= rule@8 #x0b) (= migrate0.newpage@8 #x00))
                 |folio.data[F0]@8|
                 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                      a!91
                      a!95)))
      (a!101 (= |folio.data[F1]@9|
                (ite (and (= rule@8 #x03) (= a!3 #x01)) #x00 a!100)))
      (a!107 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                  a!102
                  (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                       a!102
                       a!106)))
      (a!118 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x00))
                  |page.mapping(shmem)[F0]@8|
                  (ite (and (= rule@8 #x0b) true) #x00 a!117)))
      (a!129 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x00))
                  |PG_swapcache[F0]@8|
                  (ite (and (= rule@8 #x0b) true) #x00 a!128)))
      (a!140 (ite (and (= rule@8 #x0b) (= migrate0.newpage@8 #x00))
                  |PG_dirty[F0]@8|
                  (ite (and (= rule@8 #x0b) true) #x00 a!139)))
      (a!154 (ite (and (= rule@8 #x0c) (= migrate0.newpage@8 #x00))
                  #x00
                  (ite (and (= rule@8 #x0c) true) #x00 a!153)))
      (a!165 (ite (and (= rule@8 #x08) true)
                  #x08
                  (ite (and (= rule@8 #x09) true) #x06 a!164))))
(let ((a!29 (= |folio.used[F0]@9|
               (ite (and (= rule@8 #x03) (= a!3 #x00)) #x01 a!28)))
      (a!38 (ite (and (= rule@8 #x0e) true)
                 (bvsub |folio.refcount[F0]@8| #x01)
                 (ite (and (= rule@8 #x0f) true)
                      (bvsub |folio.refcount[F0]@8| #x01)
                      a!37)))
      (a!49 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!48))
      (a!97 (ite (and (= rule@8 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      a!91
                      a!96)))
      (a!108 (= |folio.node[F0]@9|
                (ite (and (= rule@8 #x03) (= a!3 #x00))
                     (bvsub #x01 |folio.node[F0]@8|)
                     a!107)))
      (a!119 (ite (and (= rule@8 #x05) true)
                  #x00
                  (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                       a!112
                       a!118)))
      (a!130 (ite (and (= rule@8 #x05) true)
                  #x01
                  (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                       a!123
                       a!129)))
      (a!141 (ite (and (= rule@8 #x05) true)
                  #x01
                  (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                       a!134
                       a!140)))
      (a!155 (ite (and (= rule@8 #x05) true)
                  #x00
                  (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                       #x00
                       a!154)))
      (a!166 (ite (and (= rule@8 #x06) true)
                  #x05
                  (ite (and (= rule@8 #x07) true) #x07 a!165))))
(let ((a!39 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x01))
                 (bvadd (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!49))
      (a!156 (ite (and (= rule@8 #x02) true)
                  #x01
                  (ite (and (= rule@8 #x03) (= a!3 #x00)) #x01 a!155)))
      (a!167 (ite (and (= rule@8 #x04) true)
                  #x05
                  (ite (and (= rule@8 #x05) true) #x04 a!166))))
(let ((a!40 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!50))
      (a!168 (ite (and (= rule@8 #x02) true)
                  #x02
                  (ite (and (= rule@8 #x03) true) #x03 a!167))))
(let ((a!41 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x00))
                 (bvadd (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 (ite (and (= rule@8 #x09) true)
                      (bvsub |folio.refcount[F0]@8| #x01)
                      a!40)))
      (a!52 (= |folio.refcount[F1]@9|
               (ite (and (= rule@8 #x03) (= a!3 #x01)) #x01 a!51)))
      (a!169 (ite (and (= rule@8 #x00) true)
                  #x01
                  (ite (and (= rule@8 #x01) true) #x0a a!168))))
(let ((a!42 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!41)))
(let ((a!43 (ite (and (= rule@8 #x00) true)
                 (bvadd |folio.refcount[F0]@8| #x01)
                 (ite (and (= rule@8 #x03) (= a!3 #x00)) #x01 a!42))))
  (and a!22
       (= |alive[P0]@9| |alive[P0]@8|)
       (= |pte[P0][0]@9| |pte[P0][0]@8|)
       (= |pte.folio[P0][0]@9| |pte.folio[P0][0]@8|)
       (= |pte.write[P0][0]@9| |pte.write[P0][0]@8|)
       (= |expected[P0][0]@9| |expected[P0][0]@8|)
       (= |anon_vma.list[av0][0]@9| |anon_vma.list[av0][0]@8|)
       (= |anon_vma.len[av0]@9| |anon_vma.len[av0]@8|)
       (= |anon_vma.refcount[av0]@9| |anon_vma.refcount[av0]@8|)
       a!29
       (= |folio.used[F1]@9| a!32)
       (= |folio.refcount[F0]@9| a!43)
       a!52
       (= |folio.mapcount[F0]@9| |folio.mapcount[F0]@8|)
       (= |folio.mapcount[F1]@9| |folio.mapcount[F1]@8|)
       (= |PG_lru[F0]@9| a!60)
       a!63
       (= |PG_anon_exclusive[F0]@9| a!69)
       a!72
       (= |folio.mapping[F0]@9| a!78)
       a!81
       (= |folio.index[F0]@9| a!87)
       a!90
       (= |folio.data[F0]@9| a!97)
       a!101
       a!108
       (= |folio.node[F1]@9| a!111)
       (= |page.mapping(shmem)[F0]@9| a!119)
       (= |page.mapping(shmem)[F1]@9| a!122)
       (= |PG_swapcache[F0]@9| a!130)
       (= |PG_swapcache[F1]@9| a!133)
       (= |PG_dirty[F0]@9| a!141)
       (= |PG_dirty[F1]@9| a!144)
       a!147
       a!149
       (= |&mm->mmap_lock.writer[P0]@9| |&mm->mmap_lock.writer[P0]@8|)
       (= |&mm->mmap_lock.readers[P0]@9| |&mm->mmap_lock.readers[P0]@8|)
       (= |&anon_vma->rwsem.writer[av0]@9| |&anon_vma->rwsem.writer[av0]@8|)
       (= |&anon_vma->rwsem.readers[av0]@9| |&anon_vma->rwsem.readers[av0]@8|)
       (= |ptlock_ptr(page)[P0]@9| |ptlock_ptr(page)[P0]@8|)
       (= |PG_locked[F0]@9| a!156)
       a!160
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
       (= migrate0.pc@9 a!169)
       a!171
       (= migrate0.newpage@9 a!173)
       (= migrate0.ok@9 a!175)
       (= migrate0.mapping_is_swapper@9 a!176)
       a!177
       a!180
       (= fault0.page@9 a!182)
       (= fault0.from_swap@9 a!183)
       a!186
       (= kswapd0.isolated@9 a!187)
       (bvule |alive[P0]@9| #x01)
       (bvule |pte[P0][0]@9| #x07)
       (bvule |pte.folio[P0][0]@9| #x01)
       (bvule |pte.write[P0][0]@9| #x01)
       (bvule |expected[P0][0]@9| #x01)
       (bvule |anon_vma.list[av0][0]@9| #x00)
       (bvule |anon_vma.len[av0]@9| #x01)
       (bvule |anon_vma.refcount[av0]@9| #x06)
       (bvule |folio.used[F0]@9| #x01)
       (bvule |folio.used[F1]@9| #x01)
       (bvule |folio.refcount[F0]@9| #x06)
       (bvule |folio.refcount[F1]@9| #x06)
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
       (bvule |&mm->mmap_lock.writer[P0]@9| #x03)
       (bvule |&mm->mmap_lock.readers[P0]@9| #x03)
       (bvule |&anon_vma->rwsem.writer[av0]@9| #x03)
       (bvule |&anon_vma->rwsem.readers[av0]@9| #x03)
       (bvule |ptlock_ptr(page)[P0]@9| #x03)
       (bvule |PG_locked[F0]@9| #x03)
       (bvule |PG_locked[F1]@9| #x03)
       (bvule |&mapping->tree_lock.writer[shmem]@9| #x03)
       (bvule |&mapping->tree_lock.writer[swapper_space]@9| #x03)
       (bvule |&mapping->tree_lock.readers[shmem]@9| #x03)
       (bvule |&mapping->tree_lock.readers[swapper_space]@9| #x03)
       (bvule |swap_lock[0]@9| #x03)
       (bvule |&info->lock[0]@9| #x03)
       (bvule |lru_lock[0]@9| #x03)
       (bvule migrate0.pc@9 #x0a)
       (bvule migrate0.isolated@9 #x01)
       (bvule migrate0.newpage@9 #x02)
       (bvule migrate0.ok@9 #x01)
       (bvule migrate0.mapping_is_swapper@9 #x01)
       (bvule migrate0.pass@9 #x01)
       (bvule fault0.pc@9 #x03)
       (bvule fault0.page@9 #x02)
       (bvule fault0.from_swap@9 #x01)
       (bvule kswapd0.pc@9 #x03)
       (bvule kswapd0.isolated@9 #x01))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@9| #x00))
                     (not (= |PG_lru[F0]@9| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@9| #x00)))
               (not (not (= |folio.used[F1]@9| #x00)))))
      (a!3 (ite (not (not (= |folio.used[F0]@9| #x00))) #x00 #x01))
      (a!5 (and (= rule@9 #x04)
                (= migrate0.pc@9 #x03)
                (or (not (= |PG_swapcache[F0]@9| #x00))
                    (not (= |page.mapping(shmem)[F0]@9| #x00)))
                (not (= |PG_swapcache[F0]@9| #x00))))
      (a!6 (and (= rule@9 #x05)
                (= migrate0.pc@9 #x03)
                (or (not (= |PG_swapcache[F0]@9| #x00))
                    (not (= |page.mapping(shmem)[F0]@9| #x00)))
                (not (not (= |PG_swapcache[F0]@9| #x00)))
                (not (= |PG_dirty[F0]@9| #x00))
                (= |&info->lock[0]@9| #x00)
                (= |swap_lock[0]@9| #x00)
                (= |&mapping->tree_lock.writer[swapper_space]@9| #x00)
                (= |&mapping->tree_lock.readers[swapper_space]@9| #x00)))
      (a!7 (and (= rule@9 #x06)
                (= migrate0.pc@9 #x03)
                (or (not (= |PG_swapcache[F0]@9| #x00))
                    (not (= |page.mapping(shmem)[F0]@9| #x00)))
                (not (not (= |PG_swapcache[F0]@9| #x00)))
                (not (not (= |PG_dirty[F0]@9| #x00)))))
      (a!8 (not (or (not (= |PG_swapcache[F0]@9| #x00))
                    (not (= |page.mapping(shmem)[F0]@9| #x00)))))
      (a!9 (= (ite (not (= migrate0.mapping_is_swapper@9 #x00)) #x01 #x00) #x00))
      (a!10 (= (ite (not (= migrate0.mapping_is_swapper@9 #x00))
                    swapper_space.i_pages@9
                    shmem.i_pages@9)
               #x00))
      (a!13 (and (= rule@9 #x0d)
                 (= migrate0.pc@9 #x07)
                 (not (not (= migrate0.ok@9 #x00)))))
      (a!14 (and (= rule@9 #x0f)
                 (= migrate0.pc@9 #x09)
                 (not (not (= migrate0.ok@9 #x00)))))
      (a!15 (and (= rule@9 #x14)
                 (= fault0.pc@9 #x01)
                 (= (ite (= fault0.page@9 #x00)
                         |PG_locked[F0]@9|
                         |PG_locked[F1]@9|)
                    #x00)))
      (a!16 (not (= (ite (= fault0.page@9 #x00)
                         |PG_swapcache[F0]@9|
                         |PG_swapcache[F1]@9|)
                    #x00)))
      (a!17 (not (= (ite (= fault0.page@9 #x00)
                         |page.mapping(shmem)[F0]@9|
                         |page.mapping(shmem)[F1]@9|)
                    #x00)))
      (a!19 (not (and (not (= |folio.used[F0]@9| #x00))
                      (not (= |PG_lru[F0]@9| #x00))
                      (= |PG_locked[F0]@9| #x00))))
      (a!20 (and (= rule@9 #x19)
                 (= kswapd0.pc@9 #x01)
                 (not (= |PG_dirty[F0]@9| #x00))
                 (not (= |page.mapping(shmem)[F0]@9| #x00))
                 (not (not (= |PG_swapcache[F0]@9| #x00)))
                 (= |&info->lock[0]@9| #x00)
                 (= |swap_lock[0]@9| #x00)
                 (= |&mapping->tree_lock.writer[swapper_space]@9| #x00)
                 (= |&mapping->tree_lock.readers[swapper_space]@9| #x00)))
      (a!21 (and (not (= |PG_dirty[F0]@9| #x00))
                 (not (= |page.mapping(shmem)[F0]@9| #x00))
                 (not (not (= |PG_swapcache[F0]@9| #x00)))))
      (a!23 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.used[F0]@9|
                      |folio.used[F1]@9|)))
      (a!24 (ite (= (ite (= fault0.page@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= fault0.page@9 #x00)
                      |folio.used[F0]@9|
                      |folio.used[F1]@9|)))
      (a!33 (ite (and (= rule@9 #x17) true)
                 (bvadd |folio.refcount[F0]@9| #x01)
                 (ite (and (= rule@9 #x1b) true)
                      (bvsub |folio.refcount[F0]@9| #x01)
                      |folio.refcount[F0]@9|)))
      (a!44 (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                 (bvsub (ite (= fault0.page@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 |folio.refcount[F1]@9|))
      (a!53 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00) |PG_lru[F0]@9| |PG_lru[F1]@9|)))
      (a!54 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 #x01))
      (a!55 (ite (= (ite (= fault0.page@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= fault0.page@9 #x00) |PG_lru[F0]@9| |PG_lru[F1]@9|)))
      (a!56 (ite (and (= rule@9 #x17) true)
                 #x00
                 (ite (and (= rule@9 #x1b) true)
                      (ite (= |folio.refcount[F0]@9| #x01) #x00 #x01)
                      |PG_lru[F0]@9|)))
      (a!64 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |PG_anon_exclusive[F0]@9|
                      |PG_anon_exclusive[F1]@9|)))
      (a!65 (ite (= (ite (= fault0.page@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= fault0.page@9 #x00)
                      |PG_anon_exclusive[F0]@9|
                      |PG_anon_exclusive[F1]@9|)))
      (a!73 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.mapping[F0]@9|
                      |folio.mapping[F1]@9|)))
      (a!74 (ite (= (ite (= fault0.page@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x01
                 (ite (= fault0.page@9 #x00)
                      |folio.mapping[F0]@9|
                      |folio.mapping[F1]@9|)))
      (a!82 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.index[F0]@9|
                      |folio.index[F1]@9|)))
      (a!83 (ite (= (ite (= fault0.page@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= fault0.page@9 #x00)
                      |folio.index[F0]@9|
                      |folio.index[F1]@9|)))
      (a!91 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.data[F0]@9|
                      |folio.data[F1]@9|)))
      (a!92 (ite (= (ite (= fault0.page@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= fault0.page@9 #x00)
                      |folio.data[F0]@9|
                      |folio.data[F1]@9|)))
      (a!102 (ite (= (ite (= migrate0.newpage@9 #x00)
                          |folio.refcount[F0]@9|
                          |folio.refcount[F1]@9|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@9 #x00)
                       |folio.node[F0]@9|
                       |folio.node[F1]@9|)))
      (a!103 (ite (= (ite (= fault0.page@9 #x00)
                          |folio.refcount[F0]@9|
                          |folio.refcount[F1]@9|)
                     #x01)
                  #x00
                  (ite (= fault0.page@9 #x00)
                       |folio.node[F0]@9|
                       |folio.node[F1]@9|)))
      (a!112 (ite (= (ite (= migrate0.newpage@9 #x00)
                          |folio.refcount[F0]@9|
                          |folio.refcount[F1]@9|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@9 #x00)
                       |page.mapping(shmem)[F0]@9|
                       |page.mapping(shmem)[F1]@9|)))
      (a!113 (ite (= (ite (= fault0.page@9 #x00)
                          |folio.refcount[F0]@9|
                          |folio.refcount[F1]@9|)
                     #x01)
                  #x00
                  (ite (= fault0.page@9 #x00)
                       |page.mapping(shmem)[F0]@9|
                       |page.mapping(shmem)[F1]@9|)))
      (a!114 (ite (and (= rule@9 #x19) true)
                  #x00
                  (ite (and (= rule@9 #x1b) true)
                       (ite (= |folio.refcount[F0]@9| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@9|)
                       |page.mapping(shmem)[F0]@9|)))
      (a!123 (ite (= (ite (= migrate0.newpage@9 #x00)
                          |folio.refcount[F0]@9|
                          |folio.refcount[F1]@9|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@9 #x00)
                       |PG_swapcache[F0]@9|
                       |PG_swapcache[F1]@9|)))
      (a!124 (ite (= (ite (= fault0.page@9 #x00)
                          |folio.refcount[F0]@9|
                          |folio.refcount[F1]@9|)
                     #x01)
                  #x00
                  (ite (= fault0.page@9 #x00)
                       |PG_swapcache[F0]@9|
                       |PG_swapcache[F1]@9|)))
      (a!125 (ite (and (= rule@9 #x19) true)
                  #x01
                  (ite (and (= rule@9 #x1b) true)
                       (ite (= |folio.refcount[F0]@9| #x01)
                            #x00
                            |PG_swapcache[F0]@9|)
                       |PG_swapcache[F0]@9|)))
      (a!134 (ite (= (ite (= migrate0.newpage@9 #x00)
                          |folio.refcount[F0]@9|
                          |folio.refcount[F1]@9|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@9 #x00)
                       |PG_dirty[F0]@9|
                       |PG_dirty[F1]@9|)))
      (a!135 (ite (= (ite (= fault0.page@9 #x00)
                          |folio.refcount[F0]@9|
                          |folio.refcount[F1]@9|)
                     #x01)
                  #x00
                  (ite (= fault0.page@9 #x00) |PG_dirty[F0]@9| |PG_dirty[F1]@9|)))
      (a!136 (ite (and (= rule@9 #x19) true)
                  #x01
                  (ite (and (= rule@9 #x1b) true)
                       (ite (= |folio.refcount[F0]@9| #x01)
                            #x00
                            |PG_dirty[F0]@9|)
                       |PG_dirty[F0]@9|)))
      (a!145 (ite (not (not (= migrate0.mapping_is_swapper@9 #x00)))
                  migrate0.newpage@9
                  shmem.i_pages@9))
      (a!148 (ite (and (= rule@9 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@9 #x00))
                       migrate0.newpage@9
                       swapper_space.i_pages@9)
                  (ite (and (= rule@9 #x19) true) #x00 swapper_space.i_pages@9)))
      (a!150 (ite (and (= rule@9 #x19) true)
                  #x00
                  (ite (and (= rule@9 #x1a) true) #x00 |PG_locked[F0]@9|)))
      (a!157 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                  #x00
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                       #x00
                       |PG_locked[F1]@9|)))
      (a!161 (ite (and (= rule@9 #x10) true)
                  #x01
                  (ite (and (= rule@9 #x11) true) #x09 migrate0.pc@9)))
      (a!170 (ite (and (= rule@9 #x0e) true)
                  #x00
                  (ite (and (= rule@9 #x0f) true) #x00 migrate0.isolated@9)))
      (a!172 (ite (and (= rule@9 #x0d) true)
                  #x02
                  (ite (and (= rule@9 #x0e) true) #x02 migrate0.newpage@9)))
      (a!174 (ite (and (= rule@9 #x0b) true)
                  #x01
                  (ite (and (= rule@9 #x11) true) #x00 migrate0.ok@9)))
      (a!176 (ite (and (= rule@9 #x04) true)
                  |PG_swapcache[F0]@9|
                  (ite (and (= rule@9 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@9)))
      (a!177 (= migrate0.pass@10
                (ite (and (= rule@9 #x10) true)
                     (bvadd migrate0.pass@9 #x01)
                     migrate0.pass@9)))
      (a!178 (ite (and (= rule@9 #x15) true)
                  #x03
                  (ite (and (= rule@9 #x16) true) #x00 fault0.pc@9)))
      (a!181 (ite (and (= rule@9 #x15) true)
                  #x02
                  (ite (and (= rule@9 #x16) true) #x02 fault0.page@9)))
      (a!183 (ite (and (= rule@9 #x12) true)
                  #x00
                  (ite (and (= rule@9 #x13) true) #x01 fault0.from_swap@9)))
      (a!184 (ite (and (= rule@9 #x1a) true)
                  #x02
                  (ite (and (= rule@9 #x1b) true) #x03 kswapd0.pc@9)))
      (a!187 (ite (and (= rule@9 #x17) true)
                  #x01
                  (ite (and (= rule@9 #x1b) true) #x00 kswapd0.isolated@9))))
(let ((a!4 (and (= rule@9 #x03)
                (= migrate0.pc@9 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@9| |PG_locked[F1]@9|) #x00)))
      (a!11 (and (= rule@9 #x09)
                 (= migrate0.pc@9 #x05)
                 (= (ite a!9
                         |&mapping->tree_lock.writer[shmem]@9|
                         |&mapping->tree_lock.writer[swapper_space]@9|)
                    #x00)
                 (= (ite a!9
                         |&mapping->tree_lock.readers[shmem]@9|
                         |&mapping->tree_lock.readers[swapper_space]@9|)
                    #x00)
                 (or (not (= |PG_swapcache[F0]@9| #x00))
                     (not (= |page.mapping(shmem)[F0]@9| #x00)))
                 (= |folio.refcount[F0]@9| #x02)
                 a!10))
      (a!12 (and (or (not (= |PG_swapcache[F0]@9| #x00))
                     (not (= |page.mapping(shmem)[F0]@9| #x00)))
                 (= |folio.refcount[F0]@9| #x02)
                 a!10))
      (a!18 (ite (not (= fault0.from_swap@9 #x00))
                 (and (= swapper_space.i_pages@9 fault0.page@9) a!16)
                 (and (= shmem.i_pages@9 fault0.page@9) a!17)))
      (a!25 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                 a!24
                 (ite (and (= rule@9 #x1b) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.used[F0]@9|)
                      |folio.used[F0]@9|)))
      (a!30 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                 a!24
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                      a!24
                      |folio.used[F1]@9|)))
      (a!34 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                 (bvsub (ite (= fault0.page@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!33))
      (a!45 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                 (bvsub (ite (= fault0.page@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!44))
      (a!57 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                 a!55
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00)) a!55 a!56)))
      (a!61 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                 a!55
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                      a!55
                      |PG_lru[F1]@9|)))
      (a!66 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                 a!65
                 (ite (and (= rule@9 #x1b) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@9|)
                      |PG_anon_exclusive[F0]@9|)))
      (a!70 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                 a!65
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                      a!65
                      |PG_anon_exclusive[F1]@9|)))
      (a!75 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                 a!74
                 (ite (and (= rule@9 #x1b) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x01
                           |folio.mapping[F0]@9|)
                      |folio.mapping[F0]@9|)))
      (a!79 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                 a!74
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                      a!74
                      |folio.mapping[F1]@9|)))
      (a!84 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                 a!83
                 (ite (and (= rule@9 #x1b) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.index[F0]@9|)
                      |folio.index[F0]@9|)))
      (a!88 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                 a!83
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                      a!83
                      |folio.index[F1]@9|)))
      (a!93 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                 a!92
                 (ite (and (= rule@9 #x1b) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.data[F0]@9|)
                      |folio.data[F0]@9|)))
      (a!98 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                 a!92
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                      a!92
                      |folio.data[F1]@9|)))
      (a!104 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                  a!103
                  (ite (and (= rule@9 #x1b) true)
                       (ite (= |folio.refcount[F0]@9| #x01)
                            #x00
                            |folio.node[F0]@9|)
                       |folio.node[F0]@9|)))
      (a!109 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                  a!103
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                       a!103
                       |folio.node[F1]@9|)))
      (a!115 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                  a!113
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x00)) a!113 a!114)))
      (a!120 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                  a!113
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                       a!113
                       |page.mapping(shmem)[F1]@9|)))
      (a!126 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                  a!124
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x00)) a!124 a!125)))
      (a!131 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                  a!124
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                       a!124
                       |PG_swapcache[F1]@9|)))
      (a!137 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                  a!135
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x00)) a!135 a!136)))
      (a!142 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                  a!135
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                       a!135
                       |PG_dirty[F1]@9|)))
      (a!146 (ite (and (= rule@9 #x09) true)
                  a!145
                  (ite (and (= rule@9 #x19) true) #x02 shmem.i_pages@9)))
      (a!149 (= swapper_space.i_pages@10
                (ite (and (= rule@9 #x05) true) #x00 a!148)))
      (a!151 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                  #x00
                  (ite (and (= rule@9 #x17) true) #x03 a!150)))
      (a!158 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                  #x00
                  (ite (and (= rule@9 #x14) (= fault0.page@9 #x01)) #x02 a!157)))
      (a!162 (ite (and (= rule@9 #x0e) true)
                  #x0a
                  (ite (and (= rule@9 #x0f) true) #x0a a!161)))
      (a!171 (= migrate0.isolated@10
                (ite (and (= rule@9 #x00) true) #x01 a!170)))
      (a!173 (ite (and (= rule@9 #x03) true)
                  a!3
                  (ite (and (= rule@9 #x08) true) #x02 a!172)))
      (a!175 (ite (and (= rule@9 #x07) true)
                  #x00
                  (ite (and (= rule@9 #x0a) true) #x00 a!174)))
      (a!179 (ite (and (= rule@9 #x13) true)
                  #x01
                  (ite (and (= rule@9 #x14) true) #x02 a!178)))
      (a!182 (ite (and (= rule@9 #x12) true)
                  shmem.i_pages@9
                  (ite (and (= rule@9 #x13) true) swapper_space.i_pages@9 a!181)))
      (a!185 (ite (and (= rule@9 #x18) true)
                  #x03
                  (ite (and (= rule@9 #x19) true) #x02 a!184))))
(let ((a!22 (or (and (= rule@9 #x00)
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
                a!6
                a!7
                (and (= rule@9 #x07) (= migrate0.pc@9 #x03) a!8)
                (and (= rule@9 #x08) (= migrate0.pc@9 #x04))
                a!11
                (and (= rule@9 #x0a) (= migrate0.pc@9 #x05) (not a!12))
                (and (= rule@9 #x0b) (= migrate0.pc@9 #x06))
                (and (= rule@9 #x0c)
                     (= migrate0.pc@9 #x07)
                     (not (= migrate0.ok@9 #x00)))
                a!13
                (and (= rule@9 #x0e)
                     (= migrate0.pc@9 #x09)
                     (not (= migrate0.ok@9 #x00)))
                a!14
                (and (= rule@9 #x10)
                     (= migrate0.pc@9 #x08)
                     (bvult migrate0.pass@9 #x01))
                (and (= rule@9 #x11)
                     (= migrate0.pc@9 #x08)
                     (bvuge migrate0.pass@9 #x01))
                (and (= rule@9 #x12)
                     (= fault0.pc@9 #x00)
                     (= |&mapping->tree_lock.writer[shmem]@9| #x00)
                     (not (= shmem.i_pages@9 #x02)))
                (and (= rule@9 #x13)
                     (= fault0.pc@9 #x00)
                     (= |&info->lock[0]@9| #x00)
                     (= |&mapping->tree_lock.writer[swapper_space]@9| #x00)
                     (= shmem.i_pages@9 #x02)
                     (not (= swapper_space.i_pages@9 #x02)))
                a!15
                (and (= rule@9 #x15) (= fault0.pc@9 #x02) a!18)
                (and (= rule@9 #x16) (= fault0.pc@9 #x02) (not a!18))
                (and (= rule@9 #x17)
                     (= kswapd0.pc@9 #x00)
                     (= |lru_lock[0]@9| #x00)
                     (not (= |folio.used[F0]@9| #x00))
                     (not (= |PG_lru[F0]@9| #x00))
                     (= |PG_locked[F0]@9| #x00))
                (and (= rule@9 #x18) (= kswapd0.pc@9 #x00) a!19)
                a!20
                (and (= rule@9 #x1a) (= kswapd0.pc@9 #x01) (not a!21))
                (and (= rule@9 #x1b) (= kswapd0.pc@9 #x02))))
      (a!26 (ite (and (= rule@9 #x0f) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.used[F0]@9|)
                 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00)) a!24 a!25)))
      (a!31 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!23
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!23
                      a!30)))
      (a!35 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                 (bvsub (ite (= fault0.page@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!34))
      (a!46 (ite (and (= rule@9 #x13) (= swapper_space.i_pages@9 #x01))
                 (bvadd (ite (= swapper_space.i_pages@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!45))
      (a!58 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |PG_lru[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01) #x00 #x01)
                      a!57)))
      (a!62 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!53
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!54
                      a!61)))
      (a!67 (ite (and (= rule@9 #x0f) true)
                 (ite (= |folio.refcount[F0]@9| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@9|)
                 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00)) a!65 a!66)))
      (a!71 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!64
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!64
                      a!70)))
      (a!76 (ite (and (= rule@9 #x0f) true)
                 (ite (= |folio.refcount[F0]@9| #x01)
                      #x01
                      |folio.mapping[F0]@9|)
                 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00)) a!74 a!75)))
      (a!80 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!73
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!73
                      a!79)))
      (a!85 (ite (and (= rule@9 #x0f) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.index[F0]@9|)
                 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00)) a!83 a!84)))
      (a!89 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!82
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!82
                      a!88)))
      (a!94 (ite (and (= rule@9 #x0f) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.data[F0]@9|)
                 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00)) a!92 a!93)))
      (a!99 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!91
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!91
                      a!98)))
      (a!105 (ite (and (= rule@9 #x0f) true)
                  (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.node[F0]@9|)
                  (ite (and (= rule@9 #x15) (= fault0.page@9 #x00)) a!103 a!104)))
      (a!110 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                  a!102
                  (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                       a!102
                       a!109)))
      (a!116 (ite (and (= rule@9 #x0e) true)
                  (ite (= |folio.refcount[F0]@9| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@9|)
                  (ite (and (= rule@9 #x0f) true)
                       (ite (= |folio.refcount[F0]@9| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@9|)
                       a!115)))
      (a!121 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                  a!112
                  (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                       a!112
                       a!120)))
      (a!127 (ite (and (= rule@9 #x0e) true)
                  (ite (= |folio.refcount[F0]@9| #x01)
                       #x00
                       |PG_swapcache[F0]@9|)
                  (ite (and (= rule@9 #x0f) true)
                       (ite (= |folio.refcount[F0]@9| #x01)
                            #x00
                            |PG_swapcache[F0]@9|)
                       a!126)))
      (a!132 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                  a!123
                  (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                       a!123
                       a!131)))
      (a!138 (ite (and (= rule@9 #x0e) true)
                  (ite (= |folio.refcount[F0]@9| #x01) #x00 |PG_dirty[F0]@9|)
                  (ite (and (= rule@9 #x0f) true)
                       (ite (= |folio.refcount[F0]@9| #x01)
                            #x00
                            |PG_dirty[F0]@9|)
                       a!137)))
      (a!143 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                  a!134
                  (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                       a!134
                       a!142)))
      (a!147 (= shmem.i_pages@10 (ite (and (= rule@9 #x05) true) #x02 a!146)))
      (a!152 (ite (and (= rule@9 #x14) (= fault0.page@9 #x00))
                  #x02
                  (ite (and (= rule@9 #x15) (= fault0.page@9 #x00)) #x00 a!151)))
      (a!159 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                  #x00
                  (ite (and (= rule@9 #x0c) (= migrate0.newpage@9 #x01))
                       #x00
                       a!158)))
      (a!163 (ite (and (= rule@9 #x0c) true)
                  #x09
                  (ite (and (= rule@9 #x0d) true) #x08 a!162)))
      (a!180 (= fault0.pc@10 (ite (and (= rule@9 #x12) true) #x01 a!179)))
      (a!186 (= kswapd0.pc@10 (ite (and (= rule@9 #x17) true) #x01 a!185))))
(let ((a!27 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                 a!23
                 (ite (and (= rule@9 #x0e) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.used[F0]@9|)
                      a!26)))
      (a!32 (ite (and (= rule@9 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                      a!23
                      a!31)))
      (a!36 (ite (and (= rule@9 #x13) (= swapper_space.i_pages@9 #x00))
                 (bvadd (ite (= swapper_space.i_pages@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!35))
      (a!47 (ite (and (= rule@9 #x12) (= shmem.i_pages@9 #x01))
                 (bvadd (ite (= shmem.i_pages@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!46))
      (a!59 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!53
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!54
                      a!58)))
      (a!63 (= |PG_lru[F1]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01)) a!53 a!62)))
      (a!68 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                 a!64
                 (ite (and (= rule@9 #x0e) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@9|)
                      a!67)))
      (a!72 (= |PG_anon_exclusive[F1]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01)) a!64 a!71)))
      (a!77 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                 a!73
                 (ite (and (= rule@9 #x0e) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x01
                           |folio.mapping[F0]@9|)
                      a!76)))
      (a!81 (= |folio.mapping[F1]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01)) a!73 a!80)))
      (a!86 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                 a!82
                 (ite (and (= rule@9 #x0e) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.index[F0]@9|)
                      a!85)))
      (a!90 (= |folio.index[F1]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01)) a!82 a!89)))
      (a!95 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                 a!91
                 (ite (and (= rule@9 #x0e) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.data[F0]@9|)
                      a!94)))
      (a!100 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                  a!91
                  (ite (and (= rule@9 #x0b) (= migrate0.newpage@9 #x01))
                       |folio.data[F0]@9|
                       a!99)))
      (a!106 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                  a!102
                  (ite (and (= rule@9 #x0e) true)
                       (ite (= |folio.refcount[F0]@9| #x01)
                            #x00
                            |folio.node[F0]@9|)
                       a!105)))
      (a!111 (ite (and (= rule@9 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@9|)
                  (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                       a!102
                       a!110)))
      (a!117 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                  a!112
                  (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                       a!112
                       a!116)))
      (a!122 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                  a!112
                  (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x01))
                       |page.mapping(shmem)[F0]@9|
                       a!121)))
      (a!128 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                  a!123
                  (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                       a!123
                       a!127)))
      (a!133 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                  a!123
                  (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x01))
                       |PG_swapcache[F0]@9|
                       a!132)))
      (a!139 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                  a!134
                  (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                       a!134
                       a!138)))
      (a!144 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                  a!134
                  (ite (and (= rule@9 #x0b) (= migrate0.newpage@9 #x01))
                       |PG_dirty[F0]@9|
                       a!143)))
      (a!153 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                  #x00
                  (ite (and (= rule@9 #x0d) true) #x00 a!152)))
      (a!160 (= |PG_locked[F1]@10|
                (ite (and (= rule@9 #x03) (= a!3 #x01)) #x01 a!159)))
      (a!164 (ite (and (= rule@9 #x0a) true)
                  #x07
                  (ite (and (= rule@9 #x0b) true) #x07 a!163))))
(let ((a!28 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                 a!23
                 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                      a!23
                      a!27)))
      (a!37 (ite (and (= rule@9 #x12) (= shmem.i_pages@9 #x00))
                 (bvadd (ite (= shmem.i_pages@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!36))
      (a!48 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!47))
      (a!60 (ite (and (= rule@9 #x00) true)
                 #x00
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      a!53
                      a!59)))
      (a!69 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                 a!64
                 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                      a!64
                      a!68)))
      (a!78 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                 a!73
                 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                      a!73
                      a!77)))
      (a!87 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                 a!82
                 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                      a!82
                      a!86)))
      (a!96 (ite (and (= rule@9 #x0b) (= migrate0.newpage@9 #x00))
                 |folio.data[F0]@9|
                 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                      a!91
                      a!95)))
      (a!101 (= |folio.data[F1]@10|
                (ite (and (= rule@9 #x03) (= a!3 #x01)) #x00 a!100)))
      (a!107 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                  a!102
                  (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                       a!102
                       a!106)))
      (a!118 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x00))
                  |page.mapping(shmem)[F0]@9|
                  (ite (and (= rule@9 #x0b) true) #x00 a!117)))
      (a!129 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x00))
                  |PG_swapcache[F0]@9|
                  (ite (and (= rule@9 #x0b) true) #x00 a!128)))
      (a!140 (ite (and (= rule@9 #x0b) (= migrate0.newpage@9 #x00))
                  |PG_dirty[F0]@9|
                  (ite (and (= rule@9 #x0b) true) #x00 a!139)))
      (a!154 (ite (and (= rule@9 #x0c) (= migrate0.newpage@9 #x00))
                  #x00
                  (ite (and (= rule@9 #x0c) true) #x00 a!153)))
      (a!165 (ite (and (= rule@9 #x08) true)
                  #x08
                  (ite (and (= rule@9 #x09) true) #x06 a!164))))
(let ((a!29 (= |folio.used[F0]@10|
               (ite (and (= rule@9 #x03) (= a!3 #x00)) #x01 a!28)))
      (a!38 (ite (and (= rule@9 #x0e) true)
                 (bvsub |folio.refcount[F0]@9| #x01)
                 (ite (and (= rule@9 #x0f) true)
                      (bvsub |folio.refcount[F0]@9| #x01)
                      a!37)))
      (a!49 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!48))
      (a!97 (ite (and (= rule@9 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      a!91
                      a!96)))
      (a!108 (= |folio.node[F0]@10|
                (ite (and (= rule@9 #x03) (= a!3 #x00))
                     (bvsub #x01 |folio.node[F0]@9|)
                     a!107)))
      (a!119 (ite (and (= rule@9 #x05) true)
                  #x00
                  (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                       a!112
                       a!118)))
      (a!130 (ite (and (= rule@9 #x05) true)
                  #x01
                  (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                       a!123
                       a!129)))
      (a!141 (ite (and (= rule@9 #x05) true)
                  #x01
                  (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                       a!134
                       a!140)))
      (a!155 (ite (and (= rule@9 #x05) true)
                  #x00
                  (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                       #x00
                       a!154)))
      (a!166 (ite (and (= rule@9 #x06) true)
                  #x05
                  (ite (and (= rule@9 #x07) true) #x07 a!165))))
(let ((a!39 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x01))
                 (bvadd (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!49))
      (a!156 (ite (and (= rule@9 #x02) true)
                  #x01
                  (ite (and (= rule@9 #x03) (= a!3 #x00)) #x01 a!155)))
      (a!167 (ite (and (= rule@9 #x04) true)
                  #x05
                  (ite (and (= rule@9 #x05) true) #x04 a!166))))
(let ((a!40 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!50))
      (a!168 (ite (and (= rule@9 #x02) true)
                  #x02
                  (ite (and (= rule@9 #x03) true) #x03 a!167))))
(let ((a!41 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x00))
                 (bvadd (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 (ite (and (= rule@9 #x09) true)
                      (bvsub |folio.refcount[F0]@9| #x01)
                      a!40)))
      (a!52 (= |folio.refcount[F1]@10|
               (ite (and (= rule@9 #x03) (= a!3 #x01)) #x01 a!51)))
      (a!169 (ite (and (= rule@9 #x00) true)
                  #x01
                  (ite (and (= rule@9 #x01) true) #x0a a!168))))
(let ((a!42 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!41)))
(let ((a!43 (ite (and (= rule@9 #x00) true)
                 (bvadd |folio.refcount[F0]@9| #x01)
                 (ite (and (= rule@9 #x03) (= a!3 #x00)) #x01 a!42))))
  (and a!22
       (= |alive[P0]@10| |alive[P0]@9|)
       (= |pte[P0][0]@10| |pte[P0][0]@9|)
       (= |pte.folio[P0][0]@10| |pte.folio[P0][0]@9|)
       (= |pte.write[P0][0]@10| |pte.write[P0][0]@9|)
       (= |expected[P0][0]@10| |expected[P0][0]@9|)
       (= |anon_vma.list[av0][0]@10| |anon_vma.list[av0][0]@9|)
       (= |anon_vma.len[av0]@10| |anon_vma.len[av0]@9|)
       (= |anon_vma.refcount[av0]@10| |anon_vma.refcount[av0]@9|)
       a!29
       (= |folio.used[F1]@10| a!32)
       (= |folio.refcount[F0]@10| a!43)
       a!52
       (= |folio.mapcount[F0]@10| |folio.mapcount[F0]@9|)
       (= |folio.mapcount[F1]@10| |folio.mapcount[F1]@9|)
       (= |PG_lru[F0]@10| a!60)
       a!63
       (= |PG_anon_exclusive[F0]@10| a!69)
       a!72
       (= |folio.mapping[F0]@10| a!78)
       a!81
       (= |folio.index[F0]@10| a!87)
       a!90
       (= |folio.data[F0]@10| a!97)
       a!101
       a!108
       (= |folio.node[F1]@10| a!111)
       (= |page.mapping(shmem)[F0]@10| a!119)
       (= |page.mapping(shmem)[F1]@10| a!122)
       (= |PG_swapcache[F0]@10| a!130)
       (= |PG_swapcache[F1]@10| a!133)
       (= |PG_dirty[F0]@10| a!141)
       (= |PG_dirty[F1]@10| a!144)
       a!147
       a!149
       (= |&mm->mmap_lock.writer[P0]@10| |&mm->mmap_lock.writer[P0]@9|)
       (= |&mm->mmap_lock.readers[P0]@10| |&mm->mmap_lock.readers[P0]@9|)
       (= |&anon_vma->rwsem.writer[av0]@10| |&anon_vma->rwsem.writer[av0]@9|)
       (= |&anon_vma->rwsem.readers[av0]@10| |&anon_vma->rwsem.readers[av0]@9|)
       (= |ptlock_ptr(page)[P0]@10| |ptlock_ptr(page)[P0]@9|)
       (= |PG_locked[F0]@10| a!156)
       a!160
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
       (= migrate0.pc@10 a!169)
       a!171
       (= migrate0.newpage@10 a!173)
       (= migrate0.ok@10 a!175)
       (= migrate0.mapping_is_swapper@10 a!176)
       a!177
       a!180
       (= fault0.page@10 a!182)
       (= fault0.from_swap@10 a!183)
       a!186
       (= kswapd0.isolated@10 a!187)
       (bvule |alive[P0]@10| #x01)
       (bvule |pte[P0][0]@10| #x07)
       (bvule |pte.folio[P0][0]@10| #x01)
       (bvule |pte.write[P0][0]@10| #x01)
       (bvule |expected[P0][0]@10| #x01)
       (bvule |anon_vma.list[av0][0]@10| #x00)
       (bvule |anon_vma.len[av0]@10| #x01)
       (bvule |anon_vma.refcount[av0]@10| #x06)
       (bvule |folio.used[F0]@10| #x01)
       (bvule |folio.used[F1]@10| #x01)
       (bvule |folio.refcount[F0]@10| #x06)
       (bvule |folio.refcount[F1]@10| #x06)
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
       (bvule |&mm->mmap_lock.writer[P0]@10| #x03)
       (bvule |&mm->mmap_lock.readers[P0]@10| #x03)
       (bvule |&anon_vma->rwsem.writer[av0]@10| #x03)
       (bvule |&anon_vma->rwsem.readers[av0]@10| #x03)
       (bvule |ptlock_ptr(page)[P0]@10| #x03)
       (bvule |PG_locked[F0]@10| #x03)
       (bvule |PG_locked[F1]@10| #x03)
       (bvule |&mapping->tree_lock.writer[shmem]@10| #x03)
       (bvule |&mapping->tree_lock.writer[swapper_space]@10| #x03)
       (bvule |&mapping->tree_lock.readers[shmem]@10| #x03)
       (bvule |&mapping->tree_lock.readers[swapper_space]@10| #x03)
       (bvule |swap_lock[0]@10| #x03)
       (bvule |&info->lock[0]@10| #x03)
       (bvule |lru_lock[0]@10| #x03)
       (bvule migrate0.pc@10 #x0a)
       (bvule migrate0.isolated@10 #x01)
       (bvule migrate0.newpage@10 #x02)
       (bvule migrate0.ok@10 #x01)
       (bvule migrate0.mapping_is_swapper@10 #x01)
       (bvule migrate0.pass@10 #x01)
       (bvule fault0.pc@10 #x03)
       (bvule fault0.page@10 #x02)
       (bvule fault0.from_swap@10 #x01)
       (bvule kswapd0.pc@10 #x03)
       (bvule kswapd0.isolated@10 #x01))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@10| #x00))
                     (not (= |PG_lru[F0]@10| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@10| #x00)))
               (not (not (= |folio.used[F1]@10| #x00)))))
      (a!3 (ite (not (not (= |folio.used[F0]@10| #x00))) #x00 #x01))
      (a!5 (and (= rule@10 #x04)
                (= migrate0.pc@10 #x03)
                (or (not (= |PG_swapcache[F0]@10| #x00))
                    (not (= |page.mapping(shmem)[F0]@10| #x00)))
                (not (= |PG_swapcache[F0]@10| #x00))))
      (a!6 (and (= rule@10 #x05)
                (= migrate0.pc@10 #x03)
                (or (not (= |PG_swapcache[F0]@10| #x00))
                    (not (= |page.mapping(shmem)[F0]@10| #x00)))
                (not (not (= |PG_swapcache[F0]@10| #x00)))
                (not (= |PG_dirty[F0]@10| #x00))
                (= |&info->lock[0]@10| #x00)
                (= |swap_lock[0]@10| #x00)
                (= |&mapping->tree_lock.writer[swapper_space]@10| #x00)
                (= |&mapping->tree_lock.readers[swapper_space]@10| #x00)))
      (a!7 (and (= rule@10 #x06)
                (= migrate0.pc@10 #x03)
                (or (not (= |PG_swapcache[F0]@10| #x00))
                    (not (= |page.mapping(shmem)[F0]@10| #x00)))
                (not (not (= |PG_swapcache[F0]@10| #x00)))
                (not (not (= |PG_dirty[F0]@10| #x00)))))
      (a!8 (not (or (not (= |PG_swapcache[F0]@10| #x00))
                    (not (= |page.mapping(shmem)[F0]@10| #x00)))))
      (a!9 (= (ite (not (= migrate0.mapping_is_swapper@10 #x00)) #x01 #x00)
              #x00))
      (a!10 (= (ite (not (= migrate0.mapping_is_swapper@10 #x00))
                    swapper_space.i_pages@10
                    shmem.i_pages@10)
               #x00))
      (a!13 (and (= rule@10 #x0d)
                 (= migrate0.pc@10 #x07)
                 (not (not (= migrate0.ok@10 #x00)))))
      (a!14 (and (= rule@10 #x0f)
                 (= migrate0.pc@10 #x09)
                 (not (not (= migrate0.ok@10 #x00)))))
      (a!15 (and (= rule@10 #x14)
                 (= fault0.pc@10 #x01)
                 (= (ite (= fault0.page@10 #x00)
                         |PG_locked[F0]@10|
                         |PG_locked[F1]@10|)
                    #x00)))
      (a!16 (not (= (ite (= fault0.page@10 #x00)
                         |PG_swapcache[F0]@10|
                         |PG_swapcache[F1]@10|)
                    #x00)))
      (a!17 (not (= (ite (= fault0.page@10 #x00)
                         |page.mapping(shmem)[F0]@10|
                         |page.mapping(shmem)[F1]@10|)
                    #x00)))
      (a!19 (not (and (not (= |folio.used[F0]@10| #x00))
                      (not (= |PG_lru[F0]@10| #x00))
                      (= |PG_locked[F0]@10| #x00))))
      (a!20 (and (= rule@10 #x19)
                 (= kswapd0.pc@10 #x01)
                 (not (= |PG_dirty[F0]@10| #x00))
                 (not (= |page.mapping(shmem)[F0]@10| #x00))
                 (not (not (= |PG_swapcache[F0]@10| #x00)))
                 (= |&info->lock[0]@10| #x00)
                 (= |swap_lock[0]@10| #x00)
                 (= |&mapping->tree_lock.writer[swapper_space]@10| #x00)
                 (= |&mapping->tree_lock.readers[swapper_space]@10| #x00)))
      (a!21 (and (not (= |PG_dirty[F0]@10| #x00))
                 (not (= |page.mapping(shmem)[F0]@10| #x00))
                 (not (not (= |PG_swapcache[F0]@10| #x00)))))
      (a!23 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.used[F0]@10|
                      |folio.used[F1]@10|)))
      (a!24 (ite (= (ite (= fault0.page@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= fault0.page@10 #x00)
                      |folio.used[F0]@10|
                      |folio.used[F1]@10|)))
      (a!33 (ite (and (= rule@10 #x17) true)
                 (bvadd |folio.refcount[F0]@10| #x01)
                 (ite (and (= rule@10 #x1b) true)
                      (bvsub |folio.refcount[F0]@10| #x01)
                      |folio.refcount[F0]@10|)))
      (a!44 (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                 (bvsub (ite (= fault0.page@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 |folio.refcount[F1]@10|))
      (a!53 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |PG_lru[F0]@10|
                      |PG_lru[F1]@10|)))
      (a!54 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 #x01))
      (a!55 (ite (= (ite (= fault0.page@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= fault0.page@10 #x00) |PG_lru[F0]@10| |PG_lru[F1]@10|)))
      (a!56 (ite (and (= rule@10 #x17) true)
                 #x00
                 (ite (and (= rule@10 #x1b) true)
                      (ite (= |folio.refcount[F0]@10| #x01) #x00 #x01)
                      |PG_lru[F0]@10|)))
      (a!64 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |PG_anon_exclusive[F0]@10|
                      |PG_anon_exclusive[F1]@10|)))
      (a!65 (ite (= (ite (= fault0.page@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= fault0.page@10 #x00)
                      |PG_anon_exclusive[F0]@10|
                      |PG_anon_exclusive[F1]@10|)))
      (a!73 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.mapping[F0]@10|
                      |folio.mapping[F1]@10|)))
      (a!74 (ite (= (ite (= fault0.page@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x01
                 (ite (= fault0.page@10 #x00)
                      |folio.mapping[F0]@10|
                      |folio.mapping[F1]@10|)))
      (a!82 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.index[F0]@10|
                      |folio.index[F1]@10|)))
      (a!83 (ite (= (ite (= fault0.page@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= fault0.page@10 #x00)
                      |folio.index[F0]@10|
                      |folio.index[F1]@10|)))
      (a!91 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.data[F0]@10|
                      |folio.data[F1]@10|)))
      (a!92 (ite (= (ite (= fault0.page@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= fault0.page@10 #x00)
                      |folio.data[F0]@10|
                      |folio.data[F1]@10|)))
      (a!102 (ite (= (ite (= migrate0.newpage@10 #x00)
                          |folio.refcount[F0]@10|
                          |folio.refcount[F1]@10|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@10 #x00)
                       |folio.node[F0]@10|
                       |folio.node[F1]@10|)))
      (a!103 (ite (= (ite (= fault0.page@10 #x00)
                          |folio.refcount[F0]@10|
                          |folio.refcount[F1]@10|)
                     #x01)
                  #x00
                  (ite (= fault0.page@10 #x00)
                       |folio.node[F0]@10|
                       |folio.node[F1]@10|)))
      (a!112 (ite (= (ite (= migrate0.newpage@10 #x00)
                          |folio.refcount[F0]@10|
                          |folio.refcount[F1]@10|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@10 #x00)
                       |page.mapping(shmem)[F0]@10|
                       |page.mapping(shmem)[F1]@10|)))
      (a!113 (ite (= (ite (= fault0.page@10 #x00)
                          |folio.refcount[F0]@10|
                          |folio.refcount[F1]@10|)
                     #x01)
                  #x00
                  (ite (= fault0.page@10 #x00)
                       |page.mapping(shmem)[F0]@10|
                       |page.mapping(shmem)[F1]@10|)))
      (a!114 (ite (and (= rule@10 #x19) true)
                  #x00
                  (ite (and (= rule@10 #x1b) true)
                       (ite (= |folio.refcount[F0]@10| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@10|)
                       |page.mapping(shmem)[F0]@10|)))
      (a!123 (ite (= (ite (= migrate0.newpage@10 #x00)
                          |folio.refcount[F0]@10|
                          |folio.refcount[F1]@10|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@10 #x00)
                       |PG_swapcache[F0]@10|
                       |PG_swapcache[F1]@10|)))
      (a!124 (ite (= (ite (= fault0.page@10 #x00)
                          |folio.refcount[F0]@10|
                          |folio.refcount[F1]@10|)
                     #x01)
                  #x00
                  (ite (= fault0.page@10 #x00)
                       |PG_swapcache[F0]@10|
                       |PG_swapcache[F1]@10|)))
      (a!125 (ite (and (= rule@10 #x19) true)
                  #x01
                  (ite (and (= rule@10 #x1b) true)
                       (ite (= |folio.refcount[F0]@10| #x01)
                            #x00
                            |PG_swapcache[F0]@10|)
                       |PG_swapcache[F0]@10|)))
      (a!134 (ite (= (ite (= migrate0.newpage@10 #x00)
                          |folio.refcount[F0]@10|
                          |folio.refcount[F1]@10|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@10 #x00)
                       |PG_dirty[F0]@10|
                       |PG_dirty[F1]@10|)))
      (a!135 (ite (= (ite (= fault0.page@10 #x00)
                          |folio.refcount[F0]@10|
                          |folio.refcount[F1]@10|)
                     #x01)
                  #x00
                  (ite (= fault0.page@10 #x00)
                       |PG_dirty[F0]@10|
                       |PG_dirty[F1]@10|)))
      (a!136 (ite (and (= rule@10 #x19) true)
                  #x01
                  (ite (and (= rule@10 #x1b) true)
                       (ite (= |folio.refcount[F0]@10| #x01)
                            #x00
                            |PG_dirty[F0]@10|)
                       |PG_dirty[F0]@10|)))
      (a!145 (ite (not (not (= migrate0.mapping_is_swapper@10 #x00)))
                  migrate0.newpage@10
                  shmem.i_pages@10))
      (a!148 (ite (and (= rule@10 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@10 #x00))
                       migrate0.newpage@10
                       swapper_space.i_pages@10)
                  (ite (and (= rule@10 #x19) true)
                       #x00
                       swapper_space.i_pages@10)))
      (a!150 (ite (and (= rule@10 #x19) true)
                  #x00
                  (ite (and (= rule@10 #x1a) true) #x00 |PG_locked[F0]@10|)))
      (a!157 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                  #x00
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                       #x00
                       |PG_locked[F1]@10|)))
      (a!161 (ite (and (= rule@10 #x10) true)
                  #x01
                  (ite (and (= rule@10 #x11) true) #x09 migrate0.pc@10)))
      (a!170 (ite (and (= rule@10 #x0e) true)
                  #x00
                  (ite (and (= rule@10 #x0f) true) #x00 migrate0.isolated@10)))
      (a!172 (ite (and (= rule@10 #x0d) true)
                  #x02
                  (ite (and (= rule@10 #x0e) true) #x02 migrate0.newpage@10)))
      (a!174 (ite (and (= rule@10 #x0b) true)
                  #x01
                  (ite (and (= rule@10 #x11) true) #x00 migrate0.ok@10)))
      (a!176 (ite (and (= rule@10 #x04) true)
                  |PG_swapcache[F0]@10|
                  (ite (and (= rule@10 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@10)))
      (a!177 (= migrate0.pass@11
                (ite (and (= rule@10 #x10) true)
                     (bvadd migrate0.pass@10 #x01)
                     migrate0.pass@10)))
      (a!178 (ite (and (= rule@10 #x15) true)
                  #x03
                  (ite (and (= rule@10 #x16) true) #x00 fault0.pc@10)))
      (a!181 (ite (and (= rule@10 #x15) true)
                  #x02
                  (ite (and (= rule@10 #x16) true) #x02 fault0.page@10)))
      (a!183 (ite (and (= rule@10 #x12) true)
                  #x00
                  (ite (and (= rule@10 #x13) true) #x01 fault0.from_swap@10)))
      (a!184 (ite (and (= rule@10 #x1a) true)
                  #x02
                  (ite (and (= rule@10 #x1b) true) #x03 kswapd0.pc@10)))
      (a!187 (ite (and (= rule@10 #x17) true)
                  #x01
                  (ite (and (= rule@10 #x1b) true) #x00 kswapd0.isolated@10))))
(let ((a!4 (and (= rule@10 #x03)
                (= migrate0.pc@10 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@10| |PG_locked[F1]@10|)
                   #x00)))
      (a!11 (and (= rule@10 #x09)
                 (= migrate0.pc@10 #x05)
                 (= (ite a!9
                         |&mapping->tree_lock.writer[shmem]@10|
                         |&mapping->tree_lock.writer[swapper_space]@10|)
                    #x00)
                 (= (ite a!9
                         |&mapping->tree_lock.readers[shmem]@10|
                         |&mapping->tree_lock.readers[swapper_space]@10|)
                    #x00)
                 (or (not (= |PG_swapcache[F0]@10| #x00))
                     (not (= |page.mapping(shmem)[F0]@10| #x00)))
                 (= |folio.refcount[F0]@10| #x02)
                 a!10))
      (a!12 (and (or (not (= |PG_swapcache[F0]@10| #x00))
                     (not (= |page.mapping(shmem)[F0]@10| #x00)))
                 (= |folio.refcount[F0]@10| #x02)
                 a!10))
      (a!18 (ite (not (= fault0.from_swap@10 #x00))
                 (and (= swapper_space.i_pages@10 fault0.page@10) a!16)
                 (and (= shmem.i_pages@10 fault0.page@10) a!17)))
      (a!25 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                 a!24
                 (ite (and (= rule@10 #x1b) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.used[F0]@10|)
                      |folio.used[F0]@10|)))
      (a!30 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                 a!24
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                      a!24
                      |folio.used[F1]@10|)))
      (a!34 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                 (bvsub (ite (= fault0.page@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!33))
      (a!45 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                 (bvsub (ite (= fault0.page@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!44))
      (a!57 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                 a!55
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00)) a!55 a!56)))
      (a!61 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                 a!55
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                      a!55
                      |PG_lru[F1]@10|)))
      (a!66 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                 a!65
                 (ite (and (= rule@10 #x1b) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@10|)
                      |PG_anon_exclusive[F0]@10|)))
      (a!70 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                 a!65
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                      a!65
                      |PG_anon_exclusive[F1]@10|)))
      (a!75 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                 a!74
                 (ite (and (= rule@10 #x1b) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x01
                           |folio.mapping[F0]@10|)
                      |folio.mapping[F0]@10|)))
      (a!79 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                 a!74
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                      a!74
                      |folio.mapping[F1]@10|)))
      (a!84 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                 a!83
                 (ite (and (= rule@10 #x1b) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.index[F0]@10|)
                      |folio.index[F0]@10|)))
      (a!88 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                 a!83
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                      a!83
                      |folio.index[F1]@10|)))
      (a!93 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                 a!92
                 (ite (and (= rule@10 #x1b) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.data[F0]@10|)
                      |folio.data[F0]@10|)))
      (a!98 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                 a!92
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                      a!92
                      |folio.data[F1]@10|)))
      (a!104 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                  a!103
                  (ite (and (= rule@10 #x1b) true)
                       (ite (= |folio.refcount[F0]@10| #x01)
                            #x00
                            |folio.node[F0]@10|)
                       |folio.node[F0]@10|)))
      (a!109 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                  a!103
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                       a!103
                       |folio.node[F1]@10|)))
      (a!115 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                  a!113
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                       a!113
                       a!114)))
      (a!120 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                  a!113
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                       a!113
                       |page.mapping(shmem)[F1]@10|)))
      (a!126 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                  a!124
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                       a!124
                       a!125)))
      (a!131 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                  a!124
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                       a!124
                       |PG_swapcache[F1]@10|)))
      (a!137 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                  a!135
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                       a!135
                       a!136)))
      (a!142 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                  a!135
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                       a!135
                       |PG_dirty[F1]@10|)))
      (a!146 (ite (and (= rule@10 #x09) true)
                  a!145
                  (ite (and (= rule@10 #x19) true) #x02 shmem.i_pages@10)))
      (a!149 (= swapper_space.i_pages@11
                (ite (and (= rule@10 #x05) true) #x00 a!148)))
      (a!151 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                  #x00
                  (ite (and (= rule@10 #x17) true) #x03 a!150)))
      (a!158 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                  #x00
                  (ite (and (= rule@10 #x14) (= fault0.page@10 #x01))
                       #x02
                       a!157)))
      (a!162 (ite (and (= rule@10 #x0e) true)
                  #x0a
                  (ite (and (= rule@10 #x0f) true) #x0a a!161)))
      (a!171 (= migrate0.isolated@11
                (ite (and (= rule@10 #x00) true) #x01 a!170)))
      (a!173 (ite (and (= rule@10 #x03) true)
                  a!3
                  (ite (and (= rule@10 #x08) true) #x02 a!172)))
      (a!175 (ite (and (= rule@10 #x07) true)
                  #x00
                  (ite (and (= rule@10 #x0a) true) #x00 a!174)))
      (a!179 (ite (and (= rule@10 #x13) true)
                  #x01
                  (ite (and (= rule@10 #x14) true) #x02 a!178)))
      (a!182 (ite (and (= rule@10 #x12) true)
                  shmem.i_pages@10
                  (ite (and (= rule@10 #x13) true)
                       swapper_space.i_pages@10
                       a!181)))
      (a!185 (ite (and (= rule@10 #x18) true)
                  #x03
                  (ite (and (= rule@10 #x19) true) #x02 a!184))))
(let ((a!22 (or (and (= rule@10 #x00)
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
                a!6
                a!7
                (and (= rule@10 #x07) (= migrate0.pc@10 #x03) a!8)
                (and (= rule@10 #x08) (= migrate0.pc@10 #x04))
                a!11
                (and (= rule@10 #x0a) (= migrate0.pc@10 #x05) (not a!12))
                (and (= rule@10 #x0b) (= migrate0.pc@10 #x06))
                (and (= rule@10 #x0c)
                     (= migrate0.pc@10 #x07)
                     (not (= migrate0.ok@10 #x00)))
                a!13
                (and (= rule@10 #x0e)
                     (= migrate0.pc@10 #x09)
                     (not (= migrate0.ok@10 #x00)))
                a!14
                (and (= rule@10 #x10)
                     (= migrate0.pc@10 #x08)
                     (bvult migrate0.pass@10 #x01))
                (and (= rule@10 #x11)
                     (= migrate0.pc@10 #x08)
                     (bvuge migrate0.pass@10 #x01))
                (and (= rule@10 #x12)
                     (= fault0.pc@10 #x00)
                     (= |&mapping->tree_lock.writer[shmem]@10| #x00)
                     (not (= shmem.i_pages@10 #x02)))
                (and (= rule@10 #x13)
                     (= fault0.pc@10 #x00)
                     (= |&info->lock[0]@10| #x00)
                     (= |&mapping->tree_lock.writer[swapper_space]@10| #x00)
                     (= shmem.i_pages@10 #x02)
                     (not (= swapper_space.i_pages@10 #x02)))
                a!15
                (and (= rule@10 #x15) (= fault0.pc@10 #x02) a!18)
                (and (= rule@10 #x16) (= fault0.pc@10 #x02) (not a!18))
                (and (= rule@10 #x17)
                     (= kswapd0.pc@10 #x00)
                     (= |lru_lock[0]@10| #x00)
                     (not (= |folio.used[F0]@10| #x00))
                     (not (= |PG_lru[F0]@10| #x00))
                     (= |PG_locked[F0]@10| #x00))
                (and (= rule@10 #x18) (= kswapd0.pc@10 #x00) a!19)
                a!20
                (and (= rule@10 #x1a) (= kswapd0.pc@10 #x01) (not a!21))
                (and (= rule@10 #x1b) (= kswapd0.pc@10 #x02))))
      (a!26 (ite (and (= rule@10 #x0f) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |folio.used[F0]@10|)
                 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00)) a!24 a!25)))
      (a!31 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!23
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!23
                      a!30)))
      (a!35 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                 (bvsub (ite (= fault0.page@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!34))
      (a!46 (ite (and (= rule@10 #x13) (= swapper_space.i_pages@10 #x01))
                 (bvadd (ite (= swapper_space.i_pages@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!45))
      (a!58 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |PG_lru[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01) #x00 #x01)
                      a!57)))
      (a!62 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!53
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!54
                      a!61)))
      (a!67 (ite (and (= rule@10 #x0f) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@10|)
                 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00)) a!65 a!66)))
      (a!71 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!64
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!64
                      a!70)))
      (a!76 (ite (and (= rule@10 #x0f) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x01
                      |folio.mapping[F0]@10|)
                 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00)) a!74 a!75)))
      (a!80 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!73
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!73
                      a!79)))
      (a!85 (ite (and (= rule@10 #x0f) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x00
                      |folio.index[F0]@10|)
                 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00)) a!83 a!84)))
      (a!89 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!82
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!82
                      a!88)))
      (a!94 (ite (and (= rule@10 #x0f) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |folio.data[F0]@10|)
                 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00)) a!92 a!93)))
      (a!99 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!91
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!91
                      a!98)))
      (a!105 (ite (and (= rule@10 #x0f) true)
                  (ite (= |folio.refcount[F0]@10| #x01)
                       #x00
                       |folio.node[F0]@10|)
                  (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                       a!103
                       a!104)))
      (a!110 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                  a!102
                  (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                       a!102
                       a!109)))
      (a!116 (ite (and (= rule@10 #x0e) true)
                  (ite (= |folio.refcount[F0]@10| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@10|)
                  (ite (and (= rule@10 #x0f) true)
                       (ite (= |folio.refcount[F0]@10| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@10|)
                       a!115)))
      (a!121 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                  a!112
                  (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                       a!112
                       a!120)))
      (a!127 (ite (and (= rule@10 #x0e) true)
                  (ite (= |folio.refcount[F0]@10| #x01)
                       #x00
                       |PG_swapcache[F0]@10|)
                  (ite (and (= rule@10 #x0f) true)
                       (ite (= |folio.refcount[F0]@10| #x01)
                            #x00
                            |PG_swapcache[F0]@10|)
                       a!126)))
      (a!132 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                  a!123
                  (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                       a!123
                       a!131)))
      (a!138 (ite (and (= rule@10 #x0e) true)
                  (ite (= |folio.refcount[F0]@10| #x01) #x00 |PG_dirty[F0]@10|)
                  (ite (and (= rule@10 #x0f) true)
                       (ite (= |folio.refcount[F0]@10| #x01)
                            #x00
                            |PG_dirty[F0]@10|)
                       a!137)))
      (a!143 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                  a!134
                  (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                       a!134
                       a!142)))
      (a!147 (= shmem.i_pages@11 (ite (and (= rule@10 #x05) true) #x02 a!146)))
      (a!152 (ite (and (= rule@10 #x14) (= fault0.page@10 #x00))
                  #x02
                  (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                       #x00
                       a!151)))
      (a!159 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                  #x00
                  (ite (and (= rule@10 #x0c) (= migrate0.newpage@10 #x01))
                       #x00
                       a!158)))
      (a!163 (ite (and (= rule@10 #x0c) true)
                  #x09
                  (ite (and (= rule@10 #x0d) true) #x08 a!162)))
      (a!180 (= fault0.pc@11 (ite (and (= rule@10 #x12) true) #x01 a!179)))
      (a!186 (= kswapd0.pc@11 (ite (and (= rule@10 #x17) true) #x01 a!185))))
(let ((a!27 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                 a!23
                 (ite (and (= rule@10 #x0e) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.used[F0]@10|)
                      a!26)))
      (a!32 (ite (and (= rule@10 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                      a!23
                      a!31)))
      (a!36 (ite (and (= rule@10 #x13) (= swapper_space.i_pages@10 #x00))
                 (bvadd (ite (= swapper_space.i_pages@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!35))
      (a!47 (ite (and (= rule@10 #x12) (= shmem.i_pages@10 #x01))
                 (bvadd (ite (= shmem.i_pages@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!46))
      (a!59 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!53
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!54
                      a!58)))
      (a!63 (= |PG_lru[F1]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                    a!53
                    a!62)))
      (a!68 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                 a!64
                 (ite (and (= rule@10 #x0e) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@10|)
                      a!67)))
      (a!72 (= |PG_anon_exclusive[F1]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                    a!64
                    a!71)))
      (a!77 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                 a!73
                 (ite (and (= rule@10 #x0e) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x01
                           |folio.mapping[F0]@10|)
                      a!76)))
      (a!81 (= |folio.mapping[F1]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                    a!73
                    a!80)))
      (a!86 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                 a!82
                 (ite (and (= rule@10 #x0e) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.index[F0]@10|)
                      a!85)))
      (a!90 (= |folio.index[F1]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                    a!82
                    a!89)))
      (a!95 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                 a!91
                 (ite (and (= rule@10 #x0e) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.data[F0]@10|)
                      a!94)))
      (a!100 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                  a!91
                  (ite (and (= rule@10 #x0b) (= migrate0.newpage@10 #x01))
                       |folio.data[F0]@10|
                       a!99)))
      (a!106 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                  a!102
                  (ite (and (= rule@10 #x0e) true)
                       (ite (= |folio.refcount[F0]@10| #x01)
                            #x00
                            |folio.node[F0]@10|)
                       a!105)))
      (a!111 (ite (and (= rule@10 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@10|)
                  (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                       a!102
                       a!110)))
      (a!117 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                  a!112
                  (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                       a!112
                       a!116)))
      (a!122 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                  a!112
                  (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x01))
                       |page.mapping(shmem)[F0]@10|
                       a!121)))
      (a!128 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                  a!123
                  (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                       a!123
                       a!127)))
      (a!133 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                  a!123
                  (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x01))
                       |PG_swapcache[F0]@10|
                       a!132)))
      (a!139 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                  a!134
                  (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                       a!134
                       a!138)))
      (a!144 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                  a!134
                  (ite (and (= rule@10 #x0b) (= migrate0.newpage@10 #x01))
                       |PG_dirty[F0]@10|
                       a!143)))
      (a!153 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                  #x00
                  (ite (and (= rule@10 #x0d) true) #x00 a!152)))
      (a!160 (= |PG_locked[F1]@11|
                (ite (and (= rule@10 #x03) (= a!3 #x01)) #x01 a!159)))
      (a!164 (ite (and (= rule@10 #x0a) true)
                  #x07
                  (ite (and (= rule@10 #x0b) true) #x07 a!163))))
(let ((a!28 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                 a!23
                 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                      a!23
                      a!27)))
      (a!37 (ite (and (= rule@10 #x12) (= shmem.i_pages@10 #x00))
                 (bvadd (ite (= shmem.i_pages@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!36))
      (a!48 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!47))
      (a!60 (ite (and (= rule@10 #x00) true)
                 #x00
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      a!53
                      a!59)))
      (a!69 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                 a!64
                 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                      a!64
                      a!68)))
      (a!78 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                 a!73
                 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                      a!73
                      a!77)))
      (a!87 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                 a!82
                 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                      a!82
                      a!86)))
      (a!96 (ite (and (= rule@10 #x0b) (= migrate0.newpage@10 #x00))
                 |folio.data[F0]@10|
                 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                      a!91
                      a!95)))
      (a!101 (= |folio.data[F1]@11|
                (ite (and (= rule@10 #x03) (= a!3 #x01)) #x00 a!100)))
      (a!107 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                  a!102
                  (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                       a!102
                       a!106)))
      (a!118 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x00))
                  |page.mapping(shmem)[F0]@10|
                  (ite (and (= rule@10 #x0b) true) #x00 a!117)))
      (a!129 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x00))
                  |PG_swapcache[F0]@10|
                  (ite (and (= rule@10 #x0b) true) #x00 a!128)))
      (a!140 (ite (and (= rule@10 #x0b) (= migrate0.newpage@10 #x00))
                  |PG_dirty[F0]@10|
                  (ite (and (= rule@10 #x0b) true) #x00 a!139)))
      (a!154 (ite (and (= rule@10 #x0c) (= migrate0.newpage@10 #x00))
                  #x00
                  (ite (and (= rule@10 #x0c) true) #x00 a!153)))
      (a!165 (ite (and (= rule@10 #x08) true)
                  #x08
                  (ite (and (= rule@10 #x09) true) #x06 a!164))))
(let ((a!29 (= |folio.used[F0]@11|
               (ite (and (= rule@10 #x03) (= a!3 #x00)) #x01 a!28)))
      (a!38 (ite (and (= rule@10 #x0e) true)
                 (bvsub |folio.refcount[F0]@10| #x01)
                 (ite (and (= rule@10 #x0f) true)
                      (bvsub |folio.refcount[F0]@10| #x01)
                      a!37)))
      (a!49 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!48))
      (a!97 (ite (and (= rule@10 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      a!91
                      a!96)))
      (a!108 (= |folio.node[F0]@11|
                (ite (and (= rule@10 #x03) (= a!3 #x00))
                     (bvsub #x01 |folio.node[F0]@10|)
                     a!107)))
      (a!119 (ite (and (= rule@10 #x05) true)
                  #x00
                  (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                       a!112
                       a!118)))
      (a!130 (ite (and (= rule@10 #x05) true)
                  #x01
                  (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                       a!123
                       a!129)))
      (a!141 (ite (and (= rule@10 #x05) true)
                  #x01
                  (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                       a!134
                       a!140)))
      (a!155 (ite (and (= rule@10 #x05) true)
                  #x00
                  (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                       #x00
                       a!154)))
      (a!166 (ite (and (= rule@10 #x06) true)
                  #x05
                  (ite (and (= rule@10 #x07) true) #x07 a!165))))
(let ((a!39 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x01))
                 (bvadd (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!49))
      (a!156 (ite (and (= rule@10 #x02) true)
                  #x01
                  (ite (and (= rule@10 #x03) (= a!3 #x00)) #x01 a!155)))
      (a!167 (ite (and (= rule@10 #x04) true)
                  #x05
                  (ite (and (= rule@10 #x05) true) #x04 a!166))))
(let ((a!40 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!50))
      (a!168 (ite (and (= rule@10 #x02) true)
                  #x02
                  (ite (and (= rule@10 #x03) true) #x03 a!167))))
(let ((a!41 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x00))
                 (bvadd (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 (ite (and (= rule@10 #x09) true)
                      (bvsub |folio.refcount[F0]@10| #x01)
                      a!40)))
      (a!52 (= |folio.refcount[F1]@11|
               (ite (and (= rule@10 #x03) (= a!3 #x01)) #x01 a!51)))
      (a!169 (ite (and (= rule@10 #x00) true)
                  #x01
                  (ite (and (= rule@10 #x01) true) #x0a a!168))))
(let ((a!42 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!41)))
(let ((a!43 (ite (and (= rule@10 #x00) true)
                 (bvadd |folio.refcount[F0]@10| #x01)
                 (ite (and (= rule@10 #x03) (= a!3 #x00)) #x01 a!42))))
  (and a!22
       (= |alive[P0]@11| |alive[P0]@10|)
       (= |pte[P0][0]@11| |pte[P0][0]@10|)
       (= |pte.folio[P0][0]@11| |pte.folio[P0][0]@10|)
       (= |pte.write[P0][0]@11| |pte.write[P0][0]@10|)
       (= |expected[P0][0]@11| |expected[P0][0]@10|)
       (= |anon_vma.list[av0][0]@11| |anon_vma.list[av0][0]@10|)
       (= |anon_vma.len[av0]@11| |anon_vma.len[av0]@10|)
       (= |anon_vma.refcount[av0]@11| |anon_vma.refcount[av0]@10|)
       a!29
       (= |folio.used[F1]@11| a!32)
       (= |folio.refcount[F0]@11| a!43)
       a!52
       (= |folio.mapcount[F0]@11| |folio.mapcount[F0]@10|)
       (= |folio.mapcount[F1]@11| |folio.mapcount[F1]@10|)
       (= |PG_lru[F0]@11| a!60)
       a!63
       (= |PG_anon_exclusive[F0]@11| a!69)
       a!72
       (= |folio.mapping[F0]@11| a!78)
       a!81
       (= |folio.index[F0]@11| a!87)
       a!90
       (= |folio.data[F0]@11| a!97)
       a!101
       a!108
       (= |folio.node[F1]@11| a!111)
       (= |page.mapping(shmem)[F0]@11| a!119)
       (= |page.mapping(shmem)[F1]@11| a!122)
       (= |PG_swapcache[F0]@11| a!130)
       (= |PG_swapcache[F1]@11| a!133)
       (= |PG_dirty[F0]@11| a!141)
       (= |PG_dirty[F1]@11| a!144)
       a!147
       a!149
       (= |&mm->mmap_lock.writer[P0]@11| |&mm->mmap_lock.writer[P0]@10|)
       (= |&mm->mmap_lock.readers[P0]@11| |&mm->mmap_lock.readers[P0]@10|)
       (= |&anon_vma->rwsem.writer[av0]@11| |&anon_vma->rwsem.writer[av0]@10|)
       (= |&anon_vma->rwsem.readers[av0]@11| |&anon_vma->rwsem.readers[av0]@10|)
       (= |ptlock_ptr(page)[P0]@11| |ptlock_ptr(page)[P0]@10|)
       (= |PG_locked[F0]@11| a!156)
       a!160
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
       (= migrate0.pc@11 a!169)
       a!171
       (= migrate0.newpage@11 a!173)
       (= migrate0.ok@11 a!175)
       (= migrate0.mapping_is_swapper@11 a!176)
       a!177
       a!180
       (= fault0.page@11 a!182)
       (= fault0.from_swap@11 a!183)
       a!186
       (= kswapd0.isolated@11 a!187)
       (bvule |alive[P0]@11| #x01)
       (bvule |pte[P0][0]@11| #x07)
       (bvule |pte.folio[P0][0]@11| #x01)
       (bvule |pte.write[P0][0]@11| #x01)
       (bvule |expected[P0][0]@11| #x01)
       (bvule |anon_vma.list[av0][0]@11| #x00)
       (bvule |anon_vma.len[av0]@11| #x01)
       (bvule |anon_vma.refcount[av0]@11| #x06)
       (bvule |folio.used[F0]@11| #x01)
       (bvule |folio.used[F1]@11| #x01)
       (bvule |folio.refcount[F0]@11| #x06)
       (bvule |folio.refcount[F1]@11| #x06)
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
       (bvule |&mm->mmap_lock.writer[P0]@11| #x03)
       (bvule |&mm->mmap_lock.readers[P0]@11| #x03)
       (bvule |&anon_vma->rwsem.writer[av0]@11| #x03)
       (bvule |&anon_vma->rwsem.readers[av0]@11| #x03)
       (bvule |ptlock_ptr(page)[P0]@11| #x03)
       (bvule |PG_locked[F0]@11| #x03)
       (bvule |PG_locked[F1]@11| #x03)
       (bvule |&mapping->tree_lock.writer[shmem]@11| #x03)
       (bvule |&mapping->tree_lock.writer[swapper_space]@11| #x03)
       (bvule |&mapping->tree_lock.readers[shmem]@11| #x03)
       (bvule |&mapping->tree_lock.readers[swapper_space]@11| #x03)
       (bvule |swap_lock[0]@11| #x03)
       (bvule |&info->lock[0]@11| #x03)
       (bvule |lru_lock[0]@11| #x03)
       (bvule migrate0.pc@11 #x0a)
       (bvule migrate0.isolated@11 #x01)
       (bvule migrate0.newpage@11 #x02)
       (bvule migrate0.ok@11 #x01)
       (bvule migrate0.mapping_is_swapper@11 #x01)
       (bvule migrate0.pass@11 #x01)
       (bvule fault0.pc@11 #x03)
       (bvule fault0.page@11 #x02)
       (bvule fault0.from_swap@11 #x01)
       (bvule kswapd0.pc@11 #x03)
       (bvule kswapd0.isolated@11 #x01))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@11| #x00))
                     (not (= |PG_lru[F0]@11| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@11| #x00)))
               (not (not (= |folio.used[F1]@11| #x00)))))
      (a!3 (ite (not (not (= |folio.used[F0]@11| #x00))) #x00 #x01))
      (a!5 (and (= rule@11 #x04)
                (= migrate0.pc@11 #x03)
                (or (not (= |PG_swapcache[F0]@11| #x00))
                    (not (= |page.mapping(shmem)[F0]@11| #x00)))
                (not (= |PG_swapcache[F0]@11| #x00))))
      (a!6 (and (= rule@11 #x05)
                (= migrate0.pc@11 #x03)
                (or (not (= |PG_swapcache[F0]@11| #x00))
                    (not (= |page.mapping(shmem)[F0]@11| #x00)))
                (not (not (= |PG_swapcache[F0]@11| #x00)))
                (not (= |PG_dirty[F0]@11| #x00))
                (= |&info->lock[0]@11| #x00)
                (= |swap_lock[0]@11| #x00)
                (= |&mapping->tree_lock.writer[swapper_space]@11| #x00)
                (= |&mapping->tree_lock.readers[swapper_space]@11| #x00)))
      (a!7 (and (= rule@11 #x06)
                (= migrate0.pc@11 #x03)
                (or (not (= |PG_swapcache[F0]@11| #x00))
                    (not (= |page.mapping(shmem)[F0]@11| #x00)))
                (not (not (= |PG_swapcache[F0]@11| #x00)))
                (not (not (= |PG_dirty[F0]@11| #x00)))))
      (a!8 (not (or (not (= |PG_swapcache[F0]@11| #x00))
                    (not (= |page.mapping(shmem)[F0]@11| #x00)))))
      (a!9 (= (ite (not (= migrate0.mapping_is_swapper@11 #x00)) #x01 #x00)
              #x00))
      (a!10 (= (ite (not (= migrate0.mapping_is_swapper@11 #x00))
                    swapper_space.i_pages@11
                    shmem.i_pages@11)
               #x00))
      (a!13 (and (= rule@11 #x0d)
                 (= migrate0.pc@11 #x07)
                 (not (not (= migrate0.ok@11 #x00)))))
      (a!14 (and (= rule@11 #x0f)
                 (= migrate0.pc@11 #x09)
                 (not (not (= migrate0.ok@11 #x00)))))
      (a!15 (and (= rule@11 #x14)
                 (= fault0.pc@11 #x01)
                 (= (ite (= fault0.page@11 #x00)
                         |PG_locked[F0]@11|
                         |PG_locked[F1]@11|)
                    #x00)))
      (a!16 (not (= (ite (= fault0.page@11 #x00)
                         |PG_swapcache[F0]@11|
                         |PG_swapcache[F1]@11|)
                    #x00)))
      (a!17 (not (= (ite (= fault0.page@11 #x00)
                         |page.mapping(shmem)[F0]@11|
                         |page.mapping(shmem)[F1]@11|)
                    #x00)))
      (a!19 (not (and (not (= |folio.used[F0]@11| #x00))
                      (not (= |PG_lru[F0]@11| #x00))
                      (= |PG_locked[F0]@11| #x00))))
      (a!20 (and (= rule@11 #x19)
                 (= kswapd0.pc@11 #x01)
                 (not (= |PG_dirty[F0]@11| #x00))
                 (not (= |page.mapping(shmem)[F0]@11| #x00))
                 (not (not (= |PG_swapcache[F0]@11| #x00)))
                 (= |&info->lock[0]@11| #x00)
                 (= |swap_lock[0]@11| #x00)
                 (= |&mapping->tree_lock.writer[swapper_space]@11| #x00)
                 (= |&mapping->tree_lock.readers[swapper_space]@11| #x00)))
      (a!21 (and (not (= |PG_dirty[F0]@11| #x00))
                 (not (= |page.mapping(shmem)[F0]@11| #x00))
                 (not (not (= |PG_swapcache[F0]@11| #x00)))))
      (a!23 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.used[F0]@11|
                      |folio.used[F1]@11|)))
      (a!24 (ite (= (ite (= fault0.page@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= fault0.page@11 #x00)
                      |folio.used[F0]@11|
                      |folio.used[F1]@11|)))
      (a!33 (ite (and (= rule@11 #x17) true)
                 (bvadd |folio.refcount[F0]@11| #x01)
                 (ite (and (= rule@11 #x1b) true)
                      (bvsub |folio.refcount[F0]@11| #x01)
                      |folio.refcount[F0]@11|)))
      (a!44 (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                 (bvsub (ite (= fault0.page@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 |folio.refcount[F1]@11|))
      (a!53 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |PG_lru[F0]@11|
                      |PG_lru[F1]@11|)))
      (a!54 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 #x01))
      (a!55 (ite (= (ite (= fault0.page@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= fault0.page@11 #x00) |PG_lru[F0]@11| |PG_lru[F1]@11|)))
      (a!56 (ite (and (= rule@11 #x17) true)
                 #x00
                 (ite (and (= rule@11 #x1b) true)
                      (ite (= |folio.refcount[F0]@11| #x01) #x00 #x01)
                      |PG_lru[F0]@11|)))
      (a!64 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |PG_anon_exclusive[F0]@11|
                      |PG_anon_exclusive[F1]@11|)))
      (a!65 (ite (= (ite (= fault0.page@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= fault0.page@11 #x00)
                      |PG_anon_exclusive[F0]@11|
                      |PG_anon_exclusive[F1]@11|)))
      (a!73 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.mapping[F0]@11|
                      |folio.mapping[F1]@11|)))
      (a!74 (ite (= (ite (= fault0.page@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x01
                 (ite (= fault0.page@11 #x00)
                      |folio.mapping[F0]@11|
                      |folio.mapping[F1]@11|)))
      (a!82 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.index[F0]@11|
                      |folio.index[F1]@11|)))
      (a!83 (ite (= (ite (= fault0.page@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= fault0.page@11 #x00)
                      |folio.index[F0]@11|
                      |folio.index[F1]@11|)))
      (a!91 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.data[F0]@11|
                      |folio.data[F1]@11|)))
      (a!92 (ite (= (ite (= fault0.page@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= fault0.page@11 #x00)
                      |folio.data[F0]@11|
                      |folio.data[F1]@11|)))
      (a!102 (ite (= (ite (= migrate0.newpage@11 #x00)
                          |folio.refcount[F0]@11|
                          |folio.refcount[F1]@11|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@11 #x00)
                       |folio.node[F0]@11|
                       |folio.node[F1]@11|)))
      (a!103 (ite (= (ite (= fault0.page@11 #x00)
                          |folio.refcount[F0]@11|
                          |folio.refcount[F1]@11|)
                     #x01)
                  #x00
                  (ite (= fault0.page@11 #x00)
                       |folio.node[F0]@11|
                       |folio.node[F1]@11|)))
      (a!112 (ite (= (ite (= migrate0.newpage@11 #x00)
                          |folio.refcount[F0]@11|
                          |folio.refcount[F1]@11|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@11 #x00)
                       |page.mapping(shmem)[F0]@11|
                       |page.mapping(shmem)[F1]@11|)))
      (a!113 (ite (= (ite (= fault0.page@11 #x00)
                          |folio.refcount[F0]@11|
                          |folio.refcount[F1]@11|)
                     #x01)
                  #x00
                  (ite (= fault0.page@11 #x00)
                       |page.mapping(shmem)[F0]@11|
                       |page.mapping(shmem)[F1]@11|)))
      (a!114 (ite (and (= rule@11 #x19) true)
                  #x00
                  (ite (and (= rule@11 #x1b) true)
                       (ite (= |folio.refcount[F0]@11| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@11|)
                       |page.mapping(shmem)[F0]@11|)))
      (a!123 (ite (= (ite (= migrate0.newpage@11 #x00)
                          |folio.refcount[F0]@11|
                          |folio.refcount[F1]@11|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@11 #x00)
                       |PG_swapcache[F0]@11|
                       |PG_swapcache[F1]@11|)))
      (a!124 (ite (= (ite (= fault0.page@11 #x00)
                          |folio.refcount[F0]@11|
                          |folio.refcount[F1]@11|)
                     #x01)
                  #x00
                  (ite (= fault0.page@11 #x00)
                       |PG_swapcache[F0]@11|
                       |PG_swapcache[F1]@11|)))
      (a!125 (ite (and (= rule@11 #x19) true)
                  #x01
                  (ite (and (= rule@11 #x1b) true)
                       (ite (= |folio.refcount[F0]@11| #x01)
                            #x00
                            |PG_swapcache[F0]@11|)
                       |PG_swapcache[F0]@11|)))
      (a!134 (ite (= (ite (= migrate0.newpage@11 #x00)
                          |folio.refcount[F0]@11|
                          |folio.refcount[F1]@11|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@11 #x00)
                       |PG_dirty[F0]@11|
                       |PG_dirty[F1]@11|)))
      (a!135 (ite (= (ite (= fault0.page@11 #x00)
                          |folio.refcount[F0]@11|
                          |folio.refcount[F1]@11|)
                     #x01)
                  #x00
                  (ite (= fault0.page@11 #x00)
                       |PG_dirty[F0]@11|
                       |PG_dirty[F1]@11|)))
      (a!136 (ite (and (= rule@11 #x19) true)
                  #x01
                  (ite (and (= rule@11 #x1b) true)
                       (ite (= |folio.refcount[F0]@11| #x01)
                            #x00
                            |PG_dirty[F0]@11|)
                       |PG_dirty[F0]@11|)))
      (a!145 (ite (not (not (= migrate0.mapping_is_swapper@11 #x00)))
                  migrate0.newpage@11
                  shmem.i_pages@11))
      (a!148 (ite (and (= rule@11 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@11 #x00))
                       migrate0.newpage@11
                       swapper_space.i_pages@11)
                  (ite (and (= rule@11 #x19) true)
                       #x00
                       swapper_space.i_pages@11)))
      (a!150 (ite (and (= rule@11 #x19) true)
                  #x00
                  (ite (and (= rule@11 #x1a) true) #x00 |PG_locked[F0]@11|)))
      (a!157 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                  #x00
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                       #x00
                       |PG_locked[F1]@11|)))
      (a!161 (ite (and (= rule@11 #x10) true)
                  #x01
                  (ite (and (= rule@11 #x11) true) #x09 migrate0.pc@11)))
      (a!170 (ite (and (= rule@11 #x0e) true)
                  #x00
                  (ite (and (= rule@11 #x0f) true) #x00 migrate0.isolated@11)))
      (a!172 (ite (and (= rule@11 #x0d) true)
                  #x02
                  (ite (and (= rule@11 #x0e) true) #x02 migrate0.newpage@11)))
      (a!174 (ite (and (= rule@11 #x0b) true)
                  #x01
                  (ite (and (= rule@11 #x11) true) #x00 migrate0.ok@11)))
      (a!176 (ite (and (= rule@11 #x04) true)
                  |PG_swapcache[F0]@11|
                  (ite (and (= rule@11 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@11)))
      (a!177 (= migrate0.pass@12
                (ite (and (= rule@11 #x10) true)
                     (bvadd migrate0.pass@11 #x01)
                     migrate0.pass@11)))
      (a!178 (ite (and (= rule@11 #x15) true)
                  #x03
                  (ite (and (= rule@11 #x16) true) #x00 fault0.pc@11)))
      (a!181 (ite (and (= rule@11 #x15) true)
                  #x02
                  (ite (and (= rule@11 #x16) true) #x02 fault0.page@11)))
      (a!183 (ite (and (= rule@11 #x12) true)
                  #x00
                  (ite (and (= rule@11 #x13) true) #x01 fault0.from_swap@11)))
      (a!184 (ite (and (= rule@11 #x1a) true)
                  #x02
                  (ite (and (= rule@11 #x1b) true) #x03 kswapd0.pc@11)))
      (a!187 (ite (and (= rule@11 #x17) true)
                  #x01
                  (ite (and (= rule@11 #x1b) true) #x00 kswapd0.isolated@11))))
(let ((a!4 (and (= rule@11 #x03)
                (= migrate0.pc@11 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@11| |PG_locked[F1]@11|)
                   #x00)))
      (a!11 (and (= rule@11 #x09)
                 (= migrate0.pc@11 #x05)
                 (= (ite a!9
                         |&mapping->tree_lock.writer[shmem]@11|
                         |&mapping->tree_lock.writer[swapper_space]@11|)
                    #x00)
                 (= (ite a!9
                         |&mapping->tree_lock.readers[shmem]@11|
                         |&mapping->tree_lock.readers[swapper_space]@11|)
                    #x00)
                 (or (not (= |PG_swapcache[F0]@11| #x00))
                     (not (= |page.mapping(shmem)[F0]@11| #x00)))
                 (= |folio.refcount[F0]@11| #x02)
                 a!10))
      (a!12 (and (or (not (= |PG_swapcache[F0]@11| #x00))
                     (not (= |page.mapping(shmem)[F0]@11| #x00)))
                 (= |folio.refcount[F0]@11| #x02)
                 a!10))
      (a!18 (ite (not (= fault0.from_swap@11 #x00))
                 (and (= swapper_space.i_pages@11 fault0.page@11) a!16)
                 (and (= shmem.i_pages@11 fault0.page@11) a!17)))
      (a!25 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                 a!24
                 (ite (and (= rule@11 #x1b) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.used[F0]@11|)
                      |folio.used[F0]@11|)))
      (a!30 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                 a!24
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                      a!24
                      |folio.used[F1]@11|)))
      (a!34 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                 (bvsub (ite (= fault0.page@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!33))
      (a!45 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                 (bvsub (ite (= fault0.page@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!44))
      (a!57 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                 a!55
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00)) a!55 a!56)))
      (a!61 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                 a!55
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                      a!55
                      |PG_lru[F1]@11|)))
      (a!66 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                 a!65
                 (ite (and (= rule@11 #x1b) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@11|)
                      |PG_anon_exclusive[F0]@11|)))
      (a!70 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                 a!65
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                      a!65
                      |PG_anon_exclusive[F1]@11|)))
      (a!75 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                 a!74
                 (ite (and (= rule@11 #x1b) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x01
                           |folio.mapping[F0]@11|)
                      |folio.mapping[F0]@11|)))
      (a!79 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                 a!74
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                      a!74
                      |folio.mapping[F1]@11|)))
      (a!84 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                 a!83
                 (ite (and (= rule@11 #x1b) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.index[F0]@11|)
                      |folio.index[F0]@11|)))
      (a!88 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                 a!83
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                      a!83
                      |folio.index[F1]@11|)))
      (a!93 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                 a!92
                 (ite (and (= rule@11 #x1b) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.data[F0]@11|)
                      |folio.data[F0]@11|)))
      (a!98 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                 a!92
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                      a!92
                      |folio.data[F1]@11|)))
      (a!104 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                  a!103
                  (ite (and (= rule@11 #x1b) true)
                       (ite (= |folio.refcount[F0]@11| #x01)
                            #x00
                            |folio.node[F0]@11|)
                       |folio.node[F0]@11|)))
      (a!109 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                  a!103
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                       a!103
                       |folio.node[F1]@11|)))
      (a!115 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                  a!113
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                       a!113
                       a!114)))
      (a!120 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                  a!113
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                       a!113
                       |page.mapping(shmem)[F1]@11|)))
      (a!126 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                  a!124
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                       a!124
                       a!125)))
      (a!131 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                  a!124
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                       a!124
                       |PG_swapcache[F1]@11|)))
      (a!137 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                  a!135
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                       a!135
                       a!136)))
      (a!142 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                  a!135
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                       a!135
                       |PG_dirty[F1]@11|)))
      (a!146 (ite (and (= rule@11 #x09) true)
                  a!145
                  (ite (and (= rule@11 #x19) true) #x02 shmem.i_pages@11)))
      (a!149 (= swapper_space.i_pages@12
                (ite (and (= rule@11 #x05) true) #x00 a!148)))
      (a!151 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                  #x00
                  (ite (and (= rule@11 #x17) true) #x03 a!150)))
      (a!158 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                  #x00
                  (ite (and (= rule@11 #x14) (= fault0.page@11 #x01))
                       #x02
                       a!157)))
      (a!162 (ite (and (= rule@11 #x0e) true)
                  #x0a
                  (ite (and (= rule@11 #x0f) true) #x0a a!161)))
      (a!171 (= migrate0.isolated@12
                (ite (and (= rule@11 #x00) true) #x01 a!170)))
      (a!173 (ite (and (= rule@11 #x03) true)
                  a!3
                  (ite (and (= rule@11 #x08) true) #x02 a!172)))
      (a!175 (ite (and (= rule@11 #x07) true)
                  #x00
                  (ite (and (= rule@11 #x0a) true) #x00 a!174)))
      (a!179 (ite (and (= rule@11 #x13) true)
                  #x01
                  (ite (and (= rule@11 #x14) true) #x02 a!178)))
      (a!182 (ite (and (= rule@11 #x12) true)
                  shmem.i_pages@11
                  (ite (and (= rule@11 #x13) true)
                       swapper_space.i_pages@11
                       a!181)))
      (a!185 (ite (and (= rule@11 #x18) true)
                  #x03
                  (ite (and (= rule@11 #x19) true) #x02 a!184))))
(let ((a!22 (or (and (= rule@11 #x00)
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
                a!6
                a!7
                (and (= rule@11 #x07) (= migrate0.pc@11 #x03) a!8)
                (and (= rule@11 #x08) (= migrate0.pc@11 #x04))
                a!11
                (and (= rule@11 #x0a) (= migrate0.pc@11 #x05) (not a!12))
                (and (= rule@11 #x0b) (= migrate0.pc@11 #x06))
                (and (= rule@11 #x0c)
                     (= migrate0.pc@11 #x07)
                     (not (= migrate0.ok@11 #x00)))
                a!13
                (and (= rule@11 #x0e)
                     (= migrate0.pc@11 #x09)
                     (not (= migrate0.ok@11 #x00)))
                a!14
                (and (= rule@11 #x10)
                     (= migrate0.pc@11 #x08)
                     (bvult migrate0.pass@11 #x01))
                (and (= rule@11 #x11)
                     (= migrate0.pc@11 #x08)
                     (bvuge migrate0.pass@11 #x01))
                (and (= rule@11 #x12)
                     (= fault0.pc@11 #x00)
                     (= |&mapping->tree_lock.writer[shmem]@11| #x00)
                     (not (= shmem.i_pages@11 #x02)))
                (and (= rule@11 #x13)
                     (= fault0.pc@11 #x00)
                     (= |&info->lock[0]@11| #x00)
                     (= |&mapping->tree_lock.writer[swapper_space]@11| #x00)
                     (= shmem.i_pages@11 #x02)
                     (not (= swapper_space.i_pages@11 #x02)))
                a!15
                (and (= rule@11 #x15) (= fault0.pc@11 #x02) a!18)
                (and (= rule@11 #x16) (= fault0.pc@11 #x02) (not a!18))
                (and (= rule@11 #x17)
                     (= kswapd0.pc@11 #x00)
                     (= |lru_lock[0]@11| #x00)
                     (not (= |folio.used[F0]@11| #x00))
                     (not (= |PG_lru[F0]@11| #x00))
                     (= |PG_locked[F0]@11| #x00))
                (and (= rule@11 #x18) (= kswapd0.pc@11 #x00) a!19)
                a!20
                (and (= rule@11 #x1a) (= kswapd0.pc@11 #x01) (not a!21))
                (and (= rule@11 #x1b) (= kswapd0.pc@11 #x02))))
      (a!26 (ite (and (= rule@11 #x0f) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |folio.used[F0]@11|)
                 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00)) a!24 a!25)))
      (a!31 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!23
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!23
                      a!30)))
      (a!35 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                 (bvsub (ite (= fault0.page@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!34))
      (a!46 (ite (and (= rule@11 #x13) (= swapper_space.i_pages@11 #x01))
                 (bvadd (ite (= swapper_space.i_pages@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!45))
      (a!58 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |PG_lru[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01) #x00 #x01)
                      a!57)))
      (a!62 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!53
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!54
                      a!61)))
      (a!67 (ite (and (= rule@11 #x0f) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@11|)
                 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00)) a!65 a!66)))
      (a!71 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!64
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!64
                      a!70)))
      (a!76 (ite (and (= rule@11 #x0f) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x01
                      |folio.mapping[F0]@11|)
                 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00)) a!74 a!75)))
      (a!80 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!73
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!73
                      a!79)))
      (a!85 (ite (and (= rule@11 #x0f) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x00
                      |folio.index[F0]@11|)
                 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00)) a!83 a!84)))
      (a!89 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!82
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!82
                      a!88)))
      (a!94 (ite (and (= rule@11 #x0f) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |folio.data[F0]@11|)
                 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00)) a!92 a!93)))
      (a!99 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!91
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!91
                      a!98)))
      (a!105 (ite (and (= rule@11 #x0f) true)
                  (ite (= |folio.refcount[F0]@11| #x01)
                       #x00
                       |folio.node[F0]@11|)
                  (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                       a!103
                       a!104)))
      (a!110 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                  a!102
                  (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                       a!102
                       a!109)))
      (a!116 (ite (and (= rule@11 #x0e) true)
                  (ite (= |folio.refcount[F0]@11| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@11|)
                  (ite (and (= rule@11 #x0f) true)
                       (ite (= |folio.refcount[F0]@11| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@11|)
                       a!115)))
      (a!121 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                  a!112
                  (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                       a!112
                       a!120)))
      (a!127 (ite (and (= rule@11 #x0e) true)
                  (ite (= |folio.refcount[F0]@11| #x01)
                       #x00
                       |PG_swapcache[F0]@11|)
                  (ite (and (= rule@11 #x0f) true)
                       (ite (= |folio.refcount[F0]@11| #x01)
                            #x00
                            |PG_swapcache[F0]@11|)
                       a!126)))
      (a!132 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                  a!123
                  (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                       a!123
                       a!131)))
      (a!138 (ite (and (= rule@11 #x0e) true)
                  (ite (= |folio.refcount[F0]@11| #x01) #x00 |PG_dirty[F0]@11|)
                  (ite (and (= rule@11 #x0f) true)
                       (ite (= |folio.refcount[F0]@11| #x01)
                            #x00
                            |PG_dirty[F0]@11|)
                       a!137)))
      (a!143 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                  a!134
                  (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                       a!134
                       a!142)))
      (a!147 (= shmem.i_pages@12 (ite (and (= rule@11 #x05) true) #x02 a!146)))
      (a!152 (ite (and (= rule@11 #x14) (= fault0.page@11 #x00))
                  #x02
                  (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                       #x00
                       a!151)))
      (a!159 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                  #x00
                  (ite (and (= rule@11 #x0c) (= migrate0.newpage@11 #x01))
                       #x00
                       a!158)))
      (a!163 (ite (and (= rule@11 #x0c) true)
                  #x09
                  (ite (and (= rule@11 #x0d) true) #x08 a!162)))
      (a!180 (= fault0.pc@12 (ite (and (= rule@11 #x12) true) #x01 a!179)))
      (a!186 (= kswapd0.pc@12 (ite (and (= rule@11 #x17) true) #x01 a!185))))
(let ((a!27 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                 a!23
                 (ite (and (= rule@11 #x0e) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.used[F0]@11|)
                      a!26)))
      (a!32 (ite (and (= rule@11 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                      a!23
                      a!31)))
      (a!36 (ite (and (= rule@11 #x13) (= swapper_space.i_pages@11 #x00))
                 (bvadd (ite (= swapper_space.i_pages@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!35))
      (a!47 (ite (and (= rule@11 #x12) (= shmem.i_pages@11 #x01))
                 (bvadd (ite (= shmem.i_pages@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!46))
      (a!59 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!53
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!54
                      a!58)))
      (a!63 (= |PG_lru[F1]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                    a!53
                    a!62)))
      (a!68 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                 a!64
                 (ite (and (= rule@11 #x0e) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@11|)
                      a!67)))
      (a!72 (= |PG_anon_exclusive[F1]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                    a!64
                    a!71)))
      (a!77 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                 a!73
                 (ite (and (= rule@11 #x0e) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x01
                           |folio.mapping[F0]@11|)
                      a!76)))
      (a!81 (= |folio.mapping[F1]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                    a!73
                    a!80)))
      (a!86 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                 a!82
                 (ite (and (= rule@11 #x0e) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.index[F0]@11|)
                      a!85)))
      (a!90 (= |folio.index[F1]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                    a!82
                    a!89)))
      (a!95 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                 a!91
                 (ite (and (= rule@11 #x0e) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.data[F0]@11|)
                      a!94)))
      (a!100 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                  a!91
                  (ite (and (= rule@11 #x0b) (= migrate0.newpage@11 #x01))
                       |folio.data[F0]@11|
                       a!99)))
      (a!106 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                  a!102
                  (ite (and (= rule@11 #x0e) true)
                       (ite (= |folio.refcount[F0]@11| #x01)
                            #x00
                            |folio.node[F0]@11|)
                       a!105)))
      (a!111 (ite (and (= rule@11 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@11|)
                  (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                       a!102
                       a!110)))
      (a!117 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                  a!112
                  (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                       a!112
                       a!116)))
      (a!122 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                  a!112
                  (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x01))
                       |page.mapping(shmem)[F0]@11|
                       a!121)))
      (a!128 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                  a!123
                  (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                       a!123
                       a!127)))
      (a!133 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                  a!123
                  (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x01))
                       |PG_swapcache[F0]@11|
                       a!132)))
      (a!139 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                  a!134
                  (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                       a!134
                       a!138)))
      (a!144 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                  a!134
                  (ite (and (= rule@11 #x0b) (= migrate0.newpage@11 #x01))
                       |PG_dirty[F0]@11|
                       a!143)))
      (a!153 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                  #x00
                  (ite (and (= rule@11 #x0d) true) #x00 a!152)))
      (a!160 (= |PG_locked[F1]@12|
                (ite (and (= rule@11 #x03) (= a!3 #x01)) #x01 a!159)))
      (a!164 (ite (and (= rule@11 #x0a) true)
                  #x07
                  (ite (and (= rule@11 #x0b) true) #x07 a!163))))
(let ((a!28 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                 a!23
                 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                      a!23
                      a!27)))
      (a!37 (ite (and (= rule@11 #x12) (= shmem.i_pages@11 #x00))
                 (bvadd (ite (= shmem.i_pages@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!36))
      (a!48 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!47))
      (a!60 (ite (and (= rule@11 #x00) true)
                 #x00
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      a!53
                      a!59)))
      (a!69 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                 a!64
                 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                      a!64
                      a!68)))
      (a!78 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                 a!73
                 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                      a!73
                      a!77)))
      (a!87 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                 a!82
                 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                      a!82
                      a!86)))
      (a!96 (ite (and (= rule@11 #x0b) (= migrate0.newpage@11 #x00))
                 |folio.data[F0]@11|
                 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                      a!91
                      a!95)))
      (a!101 (= |folio.data[F1]@12|
                (ite (and (= rule@11 #x03) (= a!3 #x01)) #x00 a!100)))
      (a!107 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                  a!102
                  (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                       a!102
                       a!106)))
      (a!118 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x00))
                  |page.mapping(shmem)[F0]@11|
                  (ite (and (= rule@11 #x0b) true) #x00 a!117)))
      (a!129 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x00))
                  |PG_swapcache[F0]@11|
                  (ite (and (= rule@11 #x0b) true) #x00 a!128)))
      (a!140 (ite (and (= rule@11 #x0b) (= migrate0.newpage@11 #x00))
                  |PG_dirty[F0]@11|
                  (ite (and (= rule@11 #x0b) true) #x00 a!139)))
      (a!154 (ite (and (= rule@11 #x0c) (= migrate0.newpage@11 #x00))
                  #x00
                  (ite (and (= rule@11 #x0c) true) #x00 a!153)))
      (a!165 (ite (and (= rule@11 #x08) true)
                  #x08
                  (ite (and (= rule@11 #x09) true) #x06 a!164))))
(let ((a!29 (= |folio.used[F0]@12|
               (ite (and (= rule@11 #x03) (= a!3 #x00)) #x01 a!28)))
      (a!38 (ite (and (= rule@11 #x0e) true)
                 (bvsub |folio.refcount[F0]@11| #x01)
                 (ite (and (= rule@11 #x0f) true)
                      (bvsub |folio.refcount[F0]@11| #x01)
                      a!37)))
      (a!49 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!48))
      (a!97 (ite (and (= rule@11 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      a!91
                      a!96)))
      (a!108 (= |folio.node[F0]@12|
                (ite (and (= rule@11 #x03) (= a!3 #x00))
                     (bvsub #x01 |folio.node[F0]@11|)
                     a!107)))
      (a!119 (ite (and (= rule@11 #x05) true)
                  #x00
                  (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                       a!112
                       a!118)))
      (a!130 (ite (and (= rule@11 #x05) true)
                  #x01
                  (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                       a!123
                       a!129)))
      (a!141 (ite (and (= rule@11 #x05) true)
                  #x01
                  (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                       a!134
                       a!140)))
      (a!155 (ite (and (= rule@11 #x05) true)
                  #x00
                  (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                       #x00
                       a!154)))
      (a!166 (ite (and (= rule@11 #x06) true)
                  #x05
                  (ite (and (= rule@11 #x07) true) #x07 a!165))))
(let ((a!39 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x01))
                 (bvadd (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!49))
      (a!156 (ite (and (= rule@11 #x02) true)
                  #x01
                  (ite (and (= rule@11 #x03) (= a!3 #x00)) #x01 a!155)))
      (a!167 (ite (and (= rule@11 #x04) true)
                  #x05
                  (ite (and (= rule@11 #x05) true) #x04 a!166))))
(let ((a!40 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!50))
      (a!168 (ite (and (= rule@11 #x02) true)
                  #x02
                  (ite (and (= rule@11 #x03) true) #x03 a!167))))
(let ((a!41 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x00))
                 (bvadd (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 (ite (and (= rule@11 #x09) true)
                      (bvsub |folio.refcount[F0]@11| #x01)
                      a!40)))
      (a!52 (= |folio.refcount[F1]@12|
               (ite (and (= rule@11 #x03) (= a!3 #x01)) #x01 a!51)))
      (a!169 (ite (and (= rule@11 #x00) true)
                  #x01
                  (ite (and (= rule@11 #x01) true) #x0a a!168))))
(let ((a!42 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!41)))
(let ((a!43 (ite (and (= rule@11 #x00) true)
                 (bvadd |folio.refcount[F0]@11| #x01)
                 (ite (and (= rule@11 #x03) (= a!3 #x00)) #x01 a!42))))
  (and a!22
       (= |alive[P0]@12| |alive[P0]@11|)
       (= |pte[P0][0]@12| |pte[P0][0]@11|)
       (= |pte.folio[P0][0]@12| |pte.folio[P0][0]@11|)
       (= |pte.write[P0][0]@12| |pte.write[P0][0]@11|)
       (= |expected[P0][0]@12| |expected[P0][0]@11|)
       (= |anon_vma.list[av0][0]@12| |anon_vma.list[av0][0]@11|)
       (= |anon_vma.len[av0]@12| |anon_vma.len[av0]@11|)
       (= |anon_vma.refcount[av0]@12| |anon_vma.refcount[av0]@11|)
       a!29
       (= |folio.used[F1]@12| a!32)
       (= |folio.refcount[F0]@12| a!43)
       a!52
       (= |folio.mapcount[F0]@12| |folio.mapcount[F0]@11|)
       (= |folio.mapcount[F1]@12| |folio.mapcount[F1]@11|)
       (= |PG_lru[F0]@12| a!60)
       a!63
       (= |PG_anon_exclusive[F0]@12| a!69)
       a!72
       (= |folio.mapping[F0]@12| a!78)
       a!81
       (= |folio.index[F0]@12| a!87)
       a!90
       (= |folio.data[F0]@12| a!97)
       a!101
       a!108
       (= |folio.node[F1]@12| a!111)
       (= |page.mapping(shmem)[F0]@12| a!119)
       (= |page.mapping(shmem)[F1]@12| a!122)
       (= |PG_swapcache[F0]@12| a!130)
       (= |PG_swapcache[F1]@12| a!133)
       (= |PG_dirty[F0]@12| a!141)
       (= |PG_dirty[F1]@12| a!144)
       a!147
       a!149
       (= |&mm->mmap_lock.writer[P0]@12| |&mm->mmap_lock.writer[P0]@11|)
       (= |&mm->mmap_lock.readers[P0]@12| |&mm->mmap_lock.readers[P0]@11|)
       (= |&anon_vma->rwsem.writer[av0]@12| |&anon_vma->rwsem.writer[av0]@11|)
       (= |&anon_vma->rwsem.readers[av0]@12| |&anon_vma->rwsem.readers[av0]@11|)
       (= |ptlock_ptr(page)[P0]@12| |ptlock_ptr(page)[P0]@11|)
       (= |PG_locked[F0]@12| a!156)
       a!160
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
       (= migrate0.pc@12 a!169)
       a!171
       (= migrate0.newpage@12 a!173)
       (= migrate0.ok@12 a!175)
       (= migrate0.mapping_is_swapper@12 a!176)
       a!177
       a!180
       (= fault0.page@12 a!182)
       (= fault0.from_swap@12 a!183)
       a!186
       (= kswapd0.isolated@12 a!187)
       (bvule |alive[P0]@12| #x01)
       (bvule |pte[P0][0]@12| #x07)
       (bvule |pte.folio[P0][0]@12| #x01)
       (bvule |pte.write[P0][0]@12| #x01)
       (bvule |expected[P0][0]@12| #x01)
       (bvule |anon_vma.list[av0][0]@12| #x00)
       (bvule |anon_vma.len[av0]@12| #x01)
       (bvule |anon_vma.refcount[av0]@12| #x06)
       (bvule |folio.used[F0]@12| #x01)
       (bvule |folio.used[F1]@12| #x01)
       (bvule |folio.refcount[F0]@12| #x06)
       (bvule |folio.refcount[F1]@12| #x06)
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
       (bvule |&mm->mmap_lock.writer[P0]@12| #x03)
       (bvule |&mm->mmap_lock.readers[P0]@12| #x03)
       (bvule |&anon_vma->rwsem.writer[av0]@12| #x03)
       (bvule |&anon_vma->rwsem.readers[av0]@12| #x03)
       (bvule |ptlock_ptr(page)[P0]@12| #x03)
       (bvule |PG_locked[F0]@12| #x03)
       (bvule |PG_locked[F1]@12| #x03)
       (bvule |&mapping->tree_lock.writer[shmem]@12| #x03)
       (bvule |&mapping->tree_lock.writer[swapper_space]@12| #x03)
       (bvule |&mapping->tree_lock.readers[shmem]@12| #x03)
       (bvule |&mapping->tree_lock.readers[swapper_space]@12| #x03)
       (bvule |swap_lock[0]@12| #x03)
       (bvule |&info->lock[0]@12| #x03)
       (bvule |lru_lock[0]@12| #x03)
       (bvule migrate0.pc@12 #x0a)
       (bvule migrate0.isolated@12 #x01)
       (bvule migrate0.newpage@12 #x02)
       (bvule migrate0.ok@12 #x01)
       (bvule migrate0.mapping_is_swapper@12 #x01)
       (bvule migrate0.pass@12 #x01)
       (bvule fault0.pc@12 #x03)
       (bvule fault0.page@12 #x02)
       (bvule fault0.from_swap@12 #x01)
       (bvule kswapd0.pc@12 #x03)
       (bvule kswapd0.isolated@12 #x01))))))))))))))
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
      (a!9 (or (not (not (= |pte[P0][0]@0| #x00)))
               (= (ite (= |pte.folio[P0][0]@0| #x00)
                       |folio.data[F0]@0|
                       |folio.data[F1]@0|)
                  |expected[P0][0]@0|)))
      (a!10 (not (= (ite (= fault0.page@0 #x00)
                         |PG_swapcache[F0]@0|
                         |PG_swapcache[F1]@0|)
                    #x00)))
      (a!11 (not (= (ite (= fault0.page@0 #x00)
                         |page.mapping(shmem)[F0]@0|
                         |page.mapping(shmem)[F1]@0|)
                    #x00)))
      (a!13 (not (= (ite (= fault0.page@0 #x00)
                         |folio.data[F0]@0|
                         |folio.data[F1]@0|)
                    #x01)))
      (a!14 (= |folio.mapcount[F0]@0|
               (ite (and (= |pte[P0][0]@0| #x01) (= |pte.folio[P0][0]@0| #x00))
                    #x01
                    #x00)))
      (a!15 (bvadd migrate0.isolated@0
                   (ite (= migrate0.newpage@0 #x00) #x01 #x00)
                   (ite (= fault0.page@0 #x00) #x01 #x00)
                   kswapd0.isolated@0))
      (a!16 (bvadd (ite (= shmem.i_pages@0 #x00) #x01 #x00)
                   (ite (= swapper_space.i_pages@0 #x00) #x01 #x00)))
      (a!17 (not (and (not (= |pte[P0][0]@0| #x00))
                      (= |pte.folio[P0][0]@0| #x00))))
      (a!19 (= |folio.mapcount[F1]@0|
               (ite (and (= |pte[P0][0]@0| #x01) (= |pte.folio[P0][0]@0| #x01))
                    #x01
                    #x00)))
      (a!20 (bvadd (ite (= migrate0.newpage@0 #x01) #x01 #x00)
                   (ite (= fault0.page@0 #x01) #x01 #x00)))
      (a!21 (bvadd (ite (= shmem.i_pages@0 #x01) #x01 #x00)
                   (ite (= swapper_space.i_pages@0 #x01) #x01 #x00)))
      (a!22 (not (and (not (= |pte[P0][0]@0| #x00))
                      (= |pte.folio[P0][0]@0| #x01))))
      (a!24 (not (= (ite (= migrate0.newpage@0 #x00)
                         |folio.used[F0]@0|
                         |folio.used[F1]@0|)
                    #x00)))
      (a!26 (and (= migrate0.pc@0 #x07) (not (not (= migrate0.ok@0 #x00)))))
      (a!28 (not (and (bvuge |folio.refcount[F0]@0| #x01)
                      (not (= |folio.used[F0]@0| #x00)))))
      (a!30 (and (= migrate0.pc@0 #x09) (not (not (= migrate0.ok@0 #x00)))))
      (a!31 (not (= (ite (= fault0.page@0 #x00)
                         |folio.used[F0]@0|
                         |folio.used[F1]@0|)
                    #x00)))
      (a!33 (and (= migrate0.pc@0 #x0a)
                 (= fault0.pc@0 #x03)
                 (= kswapd0.pc@0 #x03)))
      (a!36 (not (and (not (= |folio.used[F0]@0| #x00))
                      (not (= |PG_lru[F0]@0| #x00)))))
      (a!37 (or (not (not (= |folio.used[F0]@0| #x00)))
                (not (not (= |folio.used[F1]@0| #x00)))))
      (a!38 (ite (not (not (= |folio.used[F0]@0| #x00))) #x00 #x01))
      (a!40 (and (= migrate0.pc@0 #x03)
                 (or (not (= |PG_swapcache[F0]@0| #x00))
                     (not (= |page.mapping(shmem)[F0]@0| #x00)))
                 (not (= |PG_swapcache[F0]@0| #x00))))
      (a!41 (and (= migrate0.pc@0 #x03)
                 (or (not (= |PG_swapcache[F0]@0| #x00))
                     (not (= |page.mapping(shmem)[F0]@0| #x00)))
                 (not (not (= |PG_swapcache[F0]@0| #x00)))
                 (not (= |PG_dirty[F0]@0| #x00))
                 (= |&info->lock[0]@0| #x00)
                 (= |swap_lock[0]@0| #x00)
                 (= |&mapping->tree_lock.writer[swapper_space]@0| #x00)
                 (= |&mapping->tree_lock.readers[swapper_space]@0| #x00)))
      (a!42 (and (= migrate0.pc@0 #x03)
                 (or (not (= |PG_swapcache[F0]@0| #x00))
                     (not (= |page.mapping(shmem)[F0]@0| #x00)))
                 (not (not (= |PG_swapcache[F0]@0| #x00)))
                 (not (not (= |PG_dirty[F0]@0| #x00)))))
      (a!43 (not (or (not (= |PG_swapcache[F0]@0| #x00))
                     (not (= |page.mapping(shmem)[F0]@0| #x00)))))
      (a!44 (and (= fault0.pc@0 #x01)
                 (= (ite (= fault0.page@0 #x00)
                         |PG_locked[F0]@0|
                         |PG_locked[F1]@0|)
                    #x00)))
      (a!45 (not (and (not (= |folio.used[F0]@0| #x00))
                      (not (= |PG_lru[F0]@0| #x00))
                      (= |PG_locked[F0]@0| #x00))))
      (a!46 (and (= kswapd0.pc@0 #x01)
                 (not (= |PG_dirty[F0]@0| #x00))
                 (not (= |page.mapping(shmem)[F0]@0| #x00))
                 (not (not (= |PG_swapcache[F0]@0| #x00)))
                 (= |&info->lock[0]@0| #x00)
                 (= |swap_lock[0]@0| #x00)
                 (= |&mapping->tree_lock.writer[swapper_space]@0| #x00)
                 (= |&mapping->tree_lock.readers[swapper_space]@0| #x00)))
      (a!47 (and (not (= |PG_dirty[F0]@0| #x00))
                 (not (= |page.mapping(shmem)[F0]@0| #x00))
                 (not (not (= |PG_swapcache[F0]@0| #x00)))))
      (a!49 (not (= (ite (= |pte.folio[P0][0]@1| #x00)
                         |folio.used[F0]@1|
                         |folio.used[F1]@1|)
                    #x00)))
      (a!50 (not (= (ite (= |pte.folio[P0][0]@1| #x00)
                         |folio.mapping[F0]@1|
                         |folio.mapping[F1]@1|)
                    #x01)))
      (a!53 (= (ite (not (= migrate0.mapping_is_swapper@1 #x00)) #x01 #x00)
               #x00))
      (a!54 (= (ite (not (= migrate0.mapping_is_swapper@1 #x00))
                    swapper_space.i_pages@1
                    shmem.i_pages@1)
               #x00))
      (a!57 (or (not (not (= |pte[P0][0]@1| #x00)))
                (= (ite (= |pte.folio[P0][0]@1| #x00)
                        |folio.data[F0]@1|
                        |folio.data[F1]@1|)
                   |expected[P0][0]@1|)))
      (a!58 (not (= (ite (= fault0.page@1 #x00)
                         |PG_swapcache[F0]@1|
                         |PG_swapcache[F1]@1|)
                    #x00)))
      (a!59 (not (= (ite (= fault0.page@1 #x00)
                         |page.mapping(shmem)[F0]@1|
                         |page.mapping(shmem)[F1]@1|)
                    #x00)))
      (a!61 (not (= (ite (= fault0.page@1 #x00)
                         |folio.data[F0]@1|
                         |folio.data[F1]@1|)
                    #x01)))
      (a!62 (= |folio.mapcount[F0]@1|
               (ite (and (= |pte[P0][0]@1| #x01) (= |pte.folio[P0][0]@1| #x00))
                    #x01
                    #x00)))
      (a!63 (bvadd migrate0.isolated@1
                   (ite (= migrate0.newpage@1 #x00) #x01 #x00)
                   (ite (= fault0.page@1 #x00) #x01 #x00)
                   kswapd0.isolated@1))
      (a!64 (bvadd (ite (= shmem.i_pages@1 #x00) #x01 #x00)
                   (ite (= swapper_space.i_pages@1 #x00) #x01 #x00)))
      (a!65 (not (and (not (= |pte[P0][0]@1| #x00))
                      (= |pte.folio[P0][0]@1| #x00))))
      (a!67 (= |folio.mapcount[F1]@1|
               (ite (and (= |pte[P0][0]@1| #x01) (= |pte.folio[P0][0]@1| #x01))
                    #x01
                    #x00)))
      (a!68 (bvadd (ite (= migrate0.newpage@1 #x01) #x01 #x00)
                   (ite (= fault0.page@1 #x01) #x01 #x00)))
      (a!69 (bvadd (ite (= shmem.i_pages@1 #x01) #x01 #x00)
                   (ite (= swapper_space.i_pages@1 #x01) #x01 #x00)))
      (a!70 (not (and (not (= |pte[P0][0]@1| #x00))
                      (= |pte.folio[P0][0]@1| #x01))))
      (a!72 (not (= (ite (= migrate0.newpage@1 #x00)
                         |folio.used[F0]@1|
                         |folio.used[F1]@1|)
                    #x00)))
      (a!74 (and (= migrate0.pc@1 #x07) (not (not (= migrate0.ok@1 #x00)))))
      (a!76 (not (and (bvuge |folio.refcount[F0]@1| #x01)
                      (not (= |folio.used[F0]@1| #x00)))))
      (a!78 (and (= migrate0.pc@1 #x09) (not (not (= migrate0.ok@1 #x00)))))
      (a!79 (not (= (ite (= fault0.page@1 #x00)
                         |folio.used[F0]@1|
                         |folio.used[F1]@1|)
                    #x00)))
      (a!81 (and (= migrate0.pc@1 #x0a)
                 (= fault0.pc@1 #x03)
                 (= kswapd0.pc@1 #x03)))
      (a!84 (not (and (not (= |folio.used[F0]@1| #x00))
                      (not (= |PG_lru[F0]@1| #x00)))))
      (a!85 (or (not (not (= |folio.used[F0]@1| #x00)))
                (not (not (= |folio.used[F1]@1| #x00)))))
      (a!86 (ite (not (not (= |folio.used[F0]@1| #x00))) #x00 #x01))
      (a!88 (and (= migrate0.pc@1 #x03)
                 (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))
                 (not (= |PG_swapcache[F0]@1| #x00))))
      (a!89 (and (= migrate0.pc@1 #x03)
                 (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))
                 (not (not (= |PG_swapcache[F0]@1| #x00)))
                 (not (= |PG_dirty[F0]@1| #x00))
                 (= |&info->lock[0]@1| #x00)
                 (= |swap_lock[0]@1| #x00)
                 (= |&mapping->tree_lock.writer[swapper_space]@1| #x00)
                 (= |&mapping->tree_lock.readers[swapper_space]@1| #x00)))
      (a!90 (and (= migrate0.pc@1 #x03)
                 (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))
                 (not (not (= |PG_swapcache[F0]@1| #x00)))
                 (not (not (= |PG_dirty[F0]@1| #x00)))))
      (a!91 (not (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))))
      (a!92 (and (= fault0.pc@1 #x01)
                 (= (ite (= fault0.page@1 #x00)
                         |PG_locked[F0]@1|
                         |PG_locked[F1]@1|)
                    #x00)))
      (a!93 (not (and (not (= |folio.used[F0]@1| #x00))
                      (not (= |PG_lru[F0]@1| #x00))
                      (= |PG_locked[F0]@1| #x00))))
      (a!94 (and (= kswapd0.pc@1 #x01)
                 (not (= |PG_dirty[F0]@1| #x00))
                 (not (= |page.mapping(shmem)[F0]@1| #x00))
                 (not (not (= |PG_swapcache[F0]@1| #x00)))
                 (= |&info->lock[0]@1| #x00)
                 (= |swap_lock[0]@1| #x00)
                 (= |&mapping->tree_lock.writer[swapper_space]@1| #x00)
                 (= |&mapping->tree_lock.readers[swapper_space]@1| #x00)))
      (a!95 (and (not (= |PG_dirty[F0]@1| #x00))
                 (not (= |page.mapping(shmem)[F0]@1| #x00))
                 (not (not (= |PG_swapcache[F0]@1| #x00)))))
      (a!97 (not (= (ite (= |pte.folio[P0][0]@2| #x00)
                         |folio.used[F0]@2|
                         |folio.used[F1]@2|)
                    #x00)))
      (a!98 (not (= (ite (= |pte.folio[P0][0]@2| #x00)
                         |folio.mapping[F0]@2|
                         |folio.mapping[F1]@2|)
                    #x01)))
      (a!101 (= (ite (not (= migrate0.mapping_is_swapper@2 #x00)) #x01 #x00)
                #x00))
      (a!102 (= (ite (not (= migrate0.mapping_is_swapper@2 #x00))
                     swapper_space.i_pages@2
                     shmem.i_pages@2)
                #x00))
      (a!105 (or (not (not (= |pte[P0][0]@2| #x00)))
                 (= (ite (= |pte.folio[P0][0]@2| #x00)
                         |folio.data[F0]@2|
                         |folio.data[F1]@2|)
                    |expected[P0][0]@2|)))
      (a!106 (not (= (ite (= fault0.page@2 #x00)
                          |PG_swapcache[F0]@2|
                          |PG_swapcache[F1]@2|)
                     #x00)))
      (a!107 (not (= (ite (= fault0.page@2 #x00)
                          |page.mapping(shmem)[F0]@2|
                          |page.mapping(shmem)[F1]@2|)
                     #x00)))
      (a!109 (not (= (ite (= fault0.page@2 #x00)
                          |folio.data[F0]@2|
                          |folio.data[F1]@2|)
                     #x01)))
      (a!110 (= |folio.mapcount[F0]@2|
                (ite (and (= |pte[P0][0]@2| #x01) (= |pte.folio[P0][0]@2| #x00))
                     #x01
                     #x00)))
      (a!111 (bvadd migrate0.isolated@2
                    (ite (= migrate0.newpage@2 #x00) #x01 #x00)
                    (ite (= fault0.page@2 #x00) #x01 #x00)
                    kswapd0.isolated@2))
      (a!112 (bvadd (ite (= shmem.i_pages@2 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@2 #x00) #x01 #x00)))
      (a!113 (not (and (not (= |pte[P0][0]@2| #x00))
                       (= |pte.folio[P0][0]@2| #x00))))
      (a!115 (= |folio.mapcount[F1]@2|
                (ite (and (= |pte[P0][0]@2| #x01) (= |pte.folio[P0][0]@2| #x01))
                     #x01
                     #x00)))
      (a!116 (bvadd (ite (= migrate0.newpage@2 #x01) #x01 #x00)
                    (ite (= fault0.page@2 #x01) #x01 #x00)))
      (a!117 (bvadd (ite (= shmem.i_pages@2 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@2 #x01) #x01 #x00)))
      (a!118 (not (and (not (= |pte[P0][0]@2| #x00))
                       (= |pte.folio[P0][0]@2| #x01))))
      (a!120 (not (= (ite (= migrate0.newpage@2 #x00)
                          |folio.used[F0]@2|
                          |folio.used[F1]@2|)
                     #x00)))
      (a!122 (and (= migrate0.pc@2 #x07) (not (not (= migrate0.ok@2 #x00)))))
      (a!124 (not (and (bvuge |folio.refcount[F0]@2| #x01)
                       (not (= |folio.used[F0]@2| #x00)))))
      (a!126 (and (= migrate0.pc@2 #x09) (not (not (= migrate0.ok@2 #x00)))))
      (a!127 (not (= (ite (= fault0.page@2 #x00)
                          |folio.used[F0]@2|
                          |folio.used[F1]@2|)
                     #x00)))
      (a!129 (and (= migrate0.pc@2 #x0a)
                  (= fault0.pc@2 #x03)
                  (= kswapd0.pc@2 #x03)))
      (a!132 (not (and (not (= |folio.used[F0]@2| #x00))
                       (not (= |PG_lru[F0]@2| #x00)))))
      (a!133 (or (not (not (= |folio.used[F0]@2| #x00)))
                 (not (not (= |folio.used[F1]@2| #x00)))))
      (a!134 (ite (not (not (= |folio.used[F0]@2| #x00))) #x00 #x01))
      (a!136 (and (= migrate0.pc@2 #x03)
                  (or (not (= |PG_swapcache[F0]@2| #x00))
                      (not (= |page.mapping(shmem)[F0]@2| #x00)))
                  (not (= |PG_swapcache[F0]@2| #x00))))
      (a!137 (and (= migrate0.pc@2 #x03)
                  (or (not (= |PG_swapcache[F0]@2| #x00))
                      (not (= |page.mapping(shmem)[F0]@2| #x00)))
                  (not (not (= |PG_swapcache[F0]@2| #x00)))
                  (not (= |PG_dirty[F0]@2| #x00))
                  (= |&info->lock[0]@2| #x00)
                  (= |swap_lock[0]@2| #x00)
                  (= |&mapping->tree_lock.writer[swapper_space]@2| #x00)
                  (= |&mapping->tree_lock.readers[swapper_space]@2| #x00)))
      (a!138 (and (= migrate0.pc@2 #x03)
                  (or (not (= |PG_swapcache[F0]@2| #x00))
                      (not (= |page.mapping(shmem)[F0]@2| #x00)))
                  (not (not (= |PG_swapcache[F0]@2| #x00)))
                  (not (not (= |PG_dirty[F0]@2| #x00)))))
      (a!139 (not (or (not (= |PG_swapcache[F0]@2| #x00))
                      (not (= |page.mapping(shmem)[F0]@2| #x00)))))
      (a!140 (and (= fault0.pc@2 #x01)
                  (= (ite (= fault0.page@2 #x00)
                          |PG_locked[F0]@2|
                          |PG_locked[F1]@2|)
                     #x00)))
      (a!141 (not (and (not (= |folio.used[F0]@2| #x00))
                       (not (= |PG_lru[F0]@2| #x00))
                       (= |PG_locked[F0]@2| #x00))))
      (a!142 (and (= kswapd0.pc@2 #x01)
                  (not (= |PG_dirty[F0]@2| #x00))
                  (not (= |page.mapping(shmem)[F0]@2| #x00))
                  (not (not (= |PG_swapcache[F0]@2| #x00)))
                  (= |&info->lock[0]@2| #x00)
                  (= |swap_lock[0]@2| #x00)
                  (= |&mapping->tree_lock.writer[swapper_space]@2| #x00)
                  (= |&mapping->tree_lock.readers[swapper_space]@2| #x00)))
      (a!143 (and (not (= |PG_dirty[F0]@2| #x00))
                  (not (= |page.mapping(shmem)[F0]@2| #x00))
                  (not (not (= |PG_swapcache[F0]@2| #x00)))))
      (a!145 (not (= (ite (= |pte.folio[P0][0]@3| #x00)
                          |folio.used[F0]@3|
                          |folio.used[F1]@3|)
                     #x00)))
      (a!146 (not (= (ite (= |pte.folio[P0][0]@3| #x00)
                          |folio.mapping[F0]@3|
                          |folio.mapping[F1]@3|)
                     #x01)))
      (a!149 (= (ite (not (= migrate0.mapping_is_swapper@3 #x00)) #x01 #x00)
                #x00))
      (a!150 (= (ite (not (= migrate0.mapping_is_swapper@3 #x00))
                     swapper_space.i_pages@3
                     shmem.i_pages@3)
                #x00))
      (a!153 (or (not (not (= |pte[P0][0]@3| #x00)))
                 (= (ite (= |pte.folio[P0][0]@3| #x00)
                         |folio.data[F0]@3|
                         |folio.data[F1]@3|)
                    |expected[P0][0]@3|)))
      (a!154 (not (= (ite (= fault0.page@3 #x00)
                          |PG_swapcache[F0]@3|
                          |PG_swapcache[F1]@3|)
                     #x00)))
      (a!155 (not (= (ite (= fault0.page@3 #x00)
                          |page.mapping(shmem)[F0]@3|
                          |page.mapping(shmem)[F1]@3|)
                     #x00)))
      (a!157 (not (= (ite (= fault0.page@3 #x00)
                          |folio.data[F0]@3|
                          |folio.data[F1]@3|)
                     #x01)))
      (a!158 (= |folio.mapcount[F0]@3|
                (ite (and (= |pte[P0][0]@3| #x01) (= |pte.folio[P0][0]@3| #x00))
                     #x01
                     #x00)))
      (a!159 (bvadd migrate0.isolated@3
                    (ite (= migrate0.newpage@3 #x00) #x01 #x00)
                    (ite (= fault0.page@3 #x00) #x01 #x00)
                    kswapd0.isolated@3))
      (a!160 (bvadd (ite (= shmem.i_pages@3 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@3 #x00) #x01 #x00)))
      (a!161 (not (and (not (= |pte[P0][0]@3| #x00))
                       (= |pte.folio[P0][0]@3| #x00))))
      (a!163 (= |folio.mapcount[F1]@3|
                (ite (and (= |pte[P0][0]@3| #x01) (= |pte.folio[P0][0]@3| #x01))
                     #x01
                     #x00)))
      (a!164 (bvadd (ite (= migrate0.newpage@3 #x01) #x01 #x00)
                    (ite (= fault0.page@3 #x01) #x01 #x00)))
      (a!165 (bvadd (ite (= shmem.i_pages@3 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@3 #x01) #x01 #x00)))
      (a!166 (not (and (not (= |pte[P0][0]@3| #x00))
                       (= |pte.folio[P0][0]@3| #x01))))
      (a!168 (not (= (ite (= migrate0.newpage@3 #x00)
                          |folio.used[F0]@3|
                          |folio.used[F1]@3|)
                     #x00)))
      (a!170 (and (= migrate0.pc@3 #x07) (not (not (= migrate0.ok@3 #x00)))))
      (a!172 (not (and (bvuge |folio.refcount[F0]@3| #x01)
                       (not (= |folio.used[F0]@3| #x00)))))
      (a!174 (and (= migrate0.pc@3 #x09) (not (not (= migrate0.ok@3 #x00)))))
      (a!175 (not (= (ite (= fault0.page@3 #x00)
                          |folio.used[F0]@3|
                          |folio.used[F1]@3|)
                     #x00)))
      (a!177 (and (= migrate0.pc@3 #x0a)
                  (= fault0.pc@3 #x03)
                  (= kswapd0.pc@3 #x03)))
      (a!180 (not (and (not (= |folio.used[F0]@3| #x00))
                       (not (= |PG_lru[F0]@3| #x00)))))
      (a!181 (or (not (not (= |folio.used[F0]@3| #x00)))
                 (not (not (= |folio.used[F1]@3| #x00)))))
      (a!182 (ite (not (not (= |folio.used[F0]@3| #x00))) #x00 #x01))
      (a!184 (and (= migrate0.pc@3 #x03)
                  (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))
                  (not (= |PG_swapcache[F0]@3| #x00))))
      (a!185 (and (= migrate0.pc@3 #x03)
                  (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))
                  (not (not (= |PG_swapcache[F0]@3| #x00)))
                  (not (= |PG_dirty[F0]@3| #x00))
                  (= |&info->lock[0]@3| #x00)
                  (= |swap_lock[0]@3| #x00)
                  (= |&mapping->tree_lock.writer[swapper_space]@3| #x00)
                  (= |&mapping->tree_lock.readers[swapper_space]@3| #x00)))
      (a!186 (and (= migrate0.pc@3 #x03)
                  (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))
                  (not (not (= |PG_swapcache[F0]@3| #x00)))
                  (not (not (= |PG_dirty[F0]@3| #x00)))))
      (a!187 (not (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))))
      (a!188 (and (= fault0.pc@3 #x01)
                  (= (ite (= fault0.page@3 #x00)
                          |PG_locked[F0]@3|
                          |PG_locked[F1]@3|)
                     #x00)))
      (a!189 (not (and (not (= |folio.used[F0]@3| #x00))
                       (not (= |PG_lru[F0]@3| #x00))
                       (= |PG_locked[F0]@3| #x00))))
      (a!190 (and (= kswapd0.pc@3 #x01)
                  (not (= |PG_dirty[F0]@3| #x00))
                  (not (= |page.mapping(shmem)[F0]@3| #x00))
                  (not (not (= |PG_swapcache[F0]@3| #x00)))
                  (= |&info->lock[0]@3| #x00)
                  (= |swap_lock[0]@3| #x00)
                  (= |&mapping->tree_lock.writer[swapper_space]@3| #x00)
                  (= |&mapping->tree_lock.readers[swapper_space]@3| #x00)))
      (a!191 (and (not (= |PG_dirty[F0]@3| #x00))
                  (not (= |page.mapping(shmem)[F0]@3| #x00))
                  (not (not (= |PG_swapcache[F0]@3| #x00)))))
      (a!193 (not (= (ite (= |pte.folio[P0][0]@4| #x00)
                          |folio.used[F0]@4|
                          |folio.used[F1]@4|)
                     #x00)))
      (a!194 (not (= (ite (= |pte.folio[P0][0]@4| #x00)
                          |folio.mapping[F0]@4|
                          |folio.mapping[F1]@4|)
                     #x01)))
      (a!197 (= (ite (not (= migrate0.mapping_is_swapper@4 #x00)) #x01 #x00)
                #x00))
      (a!198 (= (ite (not (= migrate0.mapping_is_swapper@4 #x00))
                     swapper_space.i_pages@4
                     shmem.i_pages@4)
                #x00))
      (a!201 (or (not (not (= |pte[P0][0]@4| #x00)))
                 (= (ite (= |pte.folio[P0][0]@4| #x00)
                         |folio.data[F0]@4|
                         |folio.data[F1]@4|)
                    |expected[P0][0]@4|)))
      (a!202 (not (= (ite (= fault0.page@4 #x00)
                          |PG_swapcache[F0]@4|
                          |PG_swapcache[F1]@4|)
                     #x00)))
      (a!203 (not (= (ite (= fault0.page@4 #x00)
                          |page.mapping(shmem)[F0]@4|
                          |page.mapping(shmem)[F1]@4|)
                     #x00)))
      (a!205 (not (= (ite (= fault0.page@4 #x00)
                          |folio.data[F0]@4|
                          |folio.data[F1]@4|)
                     #x01)))
      (a!206 (= |folio.mapcount[F0]@4|
                (ite (and (= |pte[P0][0]@4| #x01) (= |pte.folio[P0][0]@4| #x00))
                     #x01
                     #x00)))
      (a!207 (bvadd migrate0.isolated@4
                    (ite (= migrate0.newpage@4 #x00) #x01 #x00)
                    (ite (= fault0.page@4 #x00) #x01 #x00)
                    kswapd0.isolated@4))
      (a!208 (bvadd (ite (= shmem.i_pages@4 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@4 #x00) #x01 #x00)))
      (a!209 (not (and (not (= |pte[P0][0]@4| #x00))
                       (= |pte.folio[P0][0]@4| #x00))))
      (a!211 (= |folio.mapcount[F1]@4|
                (ite (and (= |pte[P0][0]@4| #x01) (= |pte.folio[P0][0]@4| #x01))
                     #x01
                     #x00)))
      (a!212 (bvadd (ite (= migrate0.newpage@4 #x01) #x01 #x00)
                    (ite (= fault0.page@4 #x01) #x01 #x00)))
      (a!213 (bvadd (ite (= shmem.i_pages@4 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@4 #x01) #x01 #x00)))
      (a!214 (not (and (not (= |pte[P0][0]@4| #x00))
                       (= |pte.folio[P0][0]@4| #x01))))
      (a!216 (not (= (ite (= migrate0.newpage@4 #x00)
                          |folio.used[F0]@4|
                          |folio.used[F1]@4|)
                     #x00)))
      (a!218 (and (= migrate0.pc@4 #x07) (not (not (= migrate0.ok@4 #x00)))))
      (a!220 (not (and (bvuge |folio.refcount[F0]@4| #x01)
                       (not (= |folio.used[F0]@4| #x00)))))
      (a!222 (and (= migrate0.pc@4 #x09) (not (not (= migrate0.ok@4 #x00)))))
      (a!223 (not (= (ite (= fault0.page@4 #x00)
                          |folio.used[F0]@4|
                          |folio.used[F1]@4|)
                     #x00)))
      (a!225 (and (= migrate0.pc@4 #x0a)
                  (= fault0.pc@4 #x03)
                  (= kswapd0.pc@4 #x03)))
      (a!228 (not (and (not (= |folio.used[F0]@4| #x00))
                       (not (= |PG_lru[F0]@4| #x00)))))
      (a!229 (or (not (not (= |folio.used[F0]@4| #x00)))
                 (not (not (= |folio.used[F1]@4| #x00)))))
      (a!230 (ite (not (not (= |folio.used[F0]@4| #x00))) #x00 #x01))
      (a!232 (and (= migrate0.pc@4 #x03)
                  (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))
                  (not (= |PG_swapcache[F0]@4| #x00))))
      (a!233 (and (= migrate0.pc@4 #x03)
                  (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))
                  (not (not (= |PG_swapcache[F0]@4| #x00)))
                  (not (= |PG_dirty[F0]@4| #x00))
                  (= |&info->lock[0]@4| #x00)
                  (= |swap_lock[0]@4| #x00)
                  (= |&mapping->tree_lock.writer[swapper_space]@4| #x00)
                  (= |&mapping->tree_lock.readers[swapper_space]@4| #x00)))
      (a!234 (and (= migrate0.pc@4 #x03)
                  (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))
                  (not (not (= |PG_swapcache[F0]@4| #x00)))
                  (not (not (= |PG_dirty[F0]@4| #x00)))))
      (a!235 (not (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))))
      (a!236 (and (= fault0.pc@4 #x01)
                  (= (ite (= fault0.page@4 #x00)
                          |PG_locked[F0]@4|
                          |PG_locked[F1]@4|)
                     #x00)))
      (a!237 (not (and (not (= |folio.used[F0]@4| #x00))
                       (not (= |PG_lru[F0]@4| #x00))
                       (= |PG_locked[F0]@4| #x00))))
      (a!238 (and (= kswapd0.pc@4 #x01)
                  (not (= |PG_dirty[F0]@4| #x00))
                  (not (= |page.mapping(shmem)[F0]@4| #x00))
                  (not (not (= |PG_swapcache[F0]@4| #x00)))
                  (= |&info->lock[0]@4| #x00)
                  (= |swap_lock[0]@4| #x00)
                  (= |&mapping->tree_lock.writer[swapper_space]@4| #x00)
                  (= |&mapping->tree_lock.readers[swapper_space]@4| #x00)))
      (a!239 (and (not (= |PG_dirty[F0]@4| #x00))
                  (not (= |page.mapping(shmem)[F0]@4| #x00))
                  (not (not (= |PG_swapcache[F0]@4| #x00)))))
      (a!241 (not (= (ite (= |pte.folio[P0][0]@5| #x00)
                          |folio.used[F0]@5|
                          |folio.used[F1]@5|)
                     #x00)))
      (a!242 (not (= (ite (= |pte.folio[P0][0]@5| #x00)
                          |folio.mapping[F0]@5|
                          |folio.mapping[F1]@5|)
                     #x01)))
      (a!245 (= (ite (not (= migrate0.mapping_is_swapper@5 #x00)) #x01 #x00)
                #x00))
      (a!246 (= (ite (not (= migrate0.mapping_is_swapper@5 #x00))
                     swapper_space.i_pages@5
                     shmem.i_pages@5)
                #x00))
      (a!249 (or (not (not (= |pte[P0][0]@5| #x00)))
                 (= (ite (= |pte.folio[P0][0]@5| #x00)
                         |folio.data[F0]@5|
                         |folio.data[F1]@5|)
                    |expected[P0][0]@5|)))
      (a!250 (not (= (ite (= fault0.page@5 #x00)
                          |PG_swapcache[F0]@5|
                          |PG_swapcache[F1]@5|)
                     #x00)))
      (a!251 (not (= (ite (= fault0.page@5 #x00)
                          |page.mapping(shmem)[F0]@5|
                          |page.mapping(shmem)[F1]@5|)
                     #x00)))
      (a!253 (not (= (ite (= fault0.page@5 #x00)
                          |folio.data[F0]@5|
                          |folio.data[F1]@5|)
                     #x01)))
      (a!254 (= |folio.mapcount[F0]@5|
                (ite (and (= |pte[P0][0]@5| #x01) (= |pte.folio[P0][0]@5| #x00))
                     #x01
                     #x00)))
      (a!255 (bvadd migrate0.isolated@5
                    (ite (= migrate0.newpage@5 #x00) #x01 #x00)
                    (ite (= fault0.page@5 #x00) #x01 #x00)
                    kswapd0.isolated@5))
      (a!256 (bvadd (ite (= shmem.i_pages@5 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@5 #x00) #x01 #x00)))
      (a!257 (not (and (not (= |pte[P0][0]@5| #x00))
                       (= |pte.folio[P0][0]@5| #x00))))
      (a!259 (= |folio.mapcount[F1]@5|
                (ite (and (= |pte[P0][0]@5| #x01) (= |pte.folio[P0][0]@5| #x01))
                     #x01
                     #x00)))
      (a!260 (bvadd (ite (= migrate0.newpage@5 #x01) #x01 #x00)
                    (ite (= fault0.page@5 #x01) #x01 #x00)))
      (a!261 (bvadd (ite (= shmem.i_pages@5 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@5 #x01) #x01 #x00)))
      (a!262 (not (and (not (= |pte[P0][0]@5| #x00))
                       (= |pte.folio[P0][0]@5| #x01))))
      (a!264 (not (= (ite (= migrate0.newpage@5 #x00)
                          |folio.used[F0]@5|
                          |folio.used[F1]@5|)
                     #x00)))
      (a!266 (and (= migrate0.pc@5 #x07) (not (not (= migrate0.ok@5 #x00)))))
      (a!268 (not (and (bvuge |folio.refcount[F0]@5| #x01)
                       (not (= |folio.used[F0]@5| #x00)))))
      (a!270 (and (= migrate0.pc@5 #x09) (not (not (= migrate0.ok@5 #x00)))))
      (a!271 (not (= (ite (= fault0.page@5 #x00)
                          |folio.used[F0]@5|
                          |folio.used[F1]@5|)
                     #x00)))
      (a!273 (and (= migrate0.pc@5 #x0a)
                  (= fault0.pc@5 #x03)
                  (= kswapd0.pc@5 #x03)))
      (a!276 (not (and (not (= |folio.used[F0]@5| #x00))
                       (not (= |PG_lru[F0]@5| #x00)))))
      (a!277 (or (not (not (= |folio.used[F0]@5| #x00)))
                 (not (not (= |folio.used[F1]@5| #x00)))))
      (a!278 (ite (not (not (= |folio.used[F0]@5| #x00))) #x00 #x01))
      (a!280 (and (= migrate0.pc@5 #x03)
                  (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))
                  (not (= |PG_swapcache[F0]@5| #x00))))
      (a!281 (and (= migrate0.pc@5 #x03)
                  (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))
                  (not (not (= |PG_swapcache[F0]@5| #x00)))
                  (not (= |PG_dirty[F0]@5| #x00))
                  (= |&info->lock[0]@5| #x00)
                  (= |swap_lock[0]@5| #x00)
                  (= |&mapping->tree_lock.writer[swapper_space]@5| #x00)
                  (= |&mapping->tree_lock.readers[swapper_space]@5| #x00)))
      (a!282 (and (= migrate0.pc@5 #x03)
                  (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))
                  (not (not (= |PG_swapcache[F0]@5| #x00)))
                  (not (not (= |PG_dirty[F0]@5| #x00)))))
      (a!283 (not (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))))
      (a!284 (and (= fault0.pc@5 #x01)
                  (= (ite (= fault0.page@5 #x00)
                          |PG_locked[F0]@5|
                          |PG_locked[F1]@5|)
                     #x00)))
      (a!285 (not (and (not (= |folio.used[F0]@5| #x00))
                       (not (= |PG_lru[F0]@5| #x00))
                       (= |PG_locked[F0]@5| #x00))))
      (a!286 (and (= kswapd0.pc@5 #x01)
                  (not (= |PG_dirty[F0]@5| #x00))
                  (not (= |page.mapping(shmem)[F0]@5| #x00))
                  (not (not (= |PG_swapcache[F0]@5| #x00)))
                  (= |&info->lock[0]@5| #x00)
                  (= |swap_lock[0]@5| #x00)
                  (= |&mapping->tree_lock.writer[swapper_space]@5| #x00)
                  (= |&mapping->tree_lock.readers[swapper_space]@5| #x00)))
      (a!287 (and (not (= |PG_dirty[F0]@5| #x00))
                  (not (= |page.mapping(shmem)[F0]@5| #x00))
                  (not (not (= |PG_swapcache[F0]@5| #x00)))))
      (a!289 (not (= (ite (= |pte.folio[P0][0]@6| #x00)
                          |folio.used[F0]@6|
                          |folio.used[F1]@6|)
                     #x00)))
      (a!290 (not (= (ite (= |pte.folio[P0][0]@6| #x00)
                          |folio.mapping[F0]@6|
                          |folio.mapping[F1]@6|)
                     #x01)))
      (a!293 (= (ite (not (= migrate0.mapping_is_swapper@6 #x00)) #x01 #x00)
                #x00))
      (a!294 (= (ite (not (= migrate0.mapping_is_swapper@6 #x00))
                     swapper_space.i_pages@6
                     shmem.i_pages@6)
                #x00))
      (a!297 (or (not (not (= |pte[P0][0]@6| #x00)))
                 (= (ite (= |pte.folio[P0][0]@6| #x00)
                         |folio.data[F0]@6|
                         |folio.data[F1]@6|)
                    |expected[P0][0]@6|)))
      (a!298 (not (= (ite (= fault0.page@6 #x00)
                          |PG_swapcache[F0]@6|
                          |PG_swapcache[F1]@6|)
                     #x00)))
      (a!299 (not (= (ite (= fault0.page@6 #x00)
                          |page.mapping(shmem)[F0]@6|
                          |page.mapping(shmem)[F1]@6|)
                     #x00)))
      (a!301 (not (= (ite (= fault0.page@6 #x00)
                          |folio.data[F0]@6|
                          |folio.data[F1]@6|)
                     #x01)))
      (a!302 (= |folio.mapcount[F0]@6|
                (ite (and (= |pte[P0][0]@6| #x01) (= |pte.folio[P0][0]@6| #x00))
                     #x01
                     #x00)))
      (a!303 (bvadd migrate0.isolated@6
                    (ite (= migrate0.newpage@6 #x00) #x01 #x00)
                    (ite (= fault0.page@6 #x00) #x01 #x00)
                    kswapd0.isolated@6))
      (a!304 (bvadd (ite (= shmem.i_pages@6 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@6 #x00) #x01 #x00)))
      (a!305 (not (and (not (= |pte[P0][0]@6| #x00))
                       (= |pte.folio[P0][0]@6| #x00))))
      (a!307 (= |folio.mapcount[F1]@6|
                (ite (and (= |pte[P0][0]@6| #x01) (= |pte.folio[P0][0]@6| #x01))
                     #x01
                     #x00)))
      (a!308 (bvadd (ite (= migrate0.newpage@6 #x01) #x01 #x00)
                    (ite (= fault0.page@6 #x01) #x01 #x00)))
      (a!309 (bvadd (ite (= shmem.i_pages@6 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@6 #x01) #x01 #x00)))
      (a!310 (not (and (not (= |pte[P0][0]@6| #x00))
                       (= |pte.folio[P0][0]@6| #x01))))
      (a!312 (not (= (ite (= migrate0.newpage@6 #x00)
                          |folio.used[F0]@6|
                          |folio.used[F1]@6|)
                     #x00)))
      (a!314 (and (= migrate0.pc@6 #x07) (not (not (= migrate0.ok@6 #x00)))))
      (a!316 (not (and (bvuge |folio.refcount[F0]@6| #x01)
                       (not (= |folio.used[F0]@6| #x00)))))
      (a!318 (and (= migrate0.pc@6 #x09) (not (not (= migrate0.ok@6 #x00)))))
      (a!319 (not (= (ite (= fault0.page@6 #x00)
                          |folio.used[F0]@6|
                          |folio.used[F1]@6|)
                     #x00)))
      (a!321 (and (= migrate0.pc@6 #x0a)
                  (= fault0.pc@6 #x03)
                  (= kswapd0.pc@6 #x03)))
      (a!324 (not (and (not (= |folio.used[F0]@6| #x00))
                       (not (= |PG_lru[F0]@6| #x00)))))
      (a!325 (or (not (not (= |folio.used[F0]@6| #x00)))
                 (not (not (= |folio.used[F1]@6| #x00)))))
      (a!326 (ite (not (not (= |folio.used[F0]@6| #x00))) #x00 #x01))
      (a!328 (and (= migrate0.pc@6 #x03)
                  (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))
                  (not (= |PG_swapcache[F0]@6| #x00))))
      (a!329 (and (= migrate0.pc@6 #x03)
                  (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))
                  (not (not (= |PG_swapcache[F0]@6| #x00)))
                  (not (= |PG_dirty[F0]@6| #x00))
                  (= |&info->lock[0]@6| #x00)
                  (= |swap_lock[0]@6| #x00)
                  (= |&mapping->tree_lock.writer[swapper_space]@6| #x00)
                  (= |&mapping->tree_lock.readers[swapper_space]@6| #x00)))
      (a!330 (and (= migrate0.pc@6 #x03)
                  (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))
                  (not (not (= |PG_swapcache[F0]@6| #x00)))
                  (not (not (= |PG_dirty[F0]@6| #x00)))))
      (a!331 (not (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))))
      (a!332 (and (= fault0.pc@6 #x01)
                  (= (ite (= fault0.page@6 #x00)
                          |PG_locked[F0]@6|
                          |PG_locked[F1]@6|)
                     #x00)))
      (a!333 (not (and (not (= |folio.used[F0]@6| #x00))
                       (not (= |PG_lru[F0]@6| #x00))
                       (= |PG_locked[F0]@6| #x00))))
      (a!334 (and (= kswapd0.pc@6 #x01)
                  (not (= |PG_dirty[F0]@6| #x00))
                  (not (= |page.mapping(shmem)[F0]@6| #x00))
                  (not (not (= |PG_swapcache[F0]@6| #x00)))
                  (= |&info->lock[0]@6| #x00)
                  (= |swap_lock[0]@6| #x00)
                  (= |&mapping->tree_lock.writer[swapper_space]@6| #x00)
                  (= |&mapping->tree_lock.readers[swapper_space]@6| #x00)))
      (a!335 (and (not (= |PG_dirty[F0]@6| #x00))
                  (not (= |page.mapping(shmem)[F0]@6| #x00))
                  (not (not (= |PG_swapcache[F0]@6| #x00)))))
      (a!337 (not (= (ite (= |pte.folio[P0][0]@7| #x00)
                          |folio.used[F0]@7|
                          |folio.used[F1]@7|)
                     #x00)))
      (a!338 (not (= (ite (= |pte.folio[P0][0]@7| #x00)
                          |folio.mapping[F0]@7|
                          |folio.mapping[F1]@7|)
                     #x01)))
      (a!341 (= (ite (not (= migrate0.mapping_is_swapper@7 #x00)) #x01 #x00)
                #x00))
      (a!342 (= (ite (not (= migrate0.mapping_is_swapper@7 #x00))
                     swapper_space.i_pages@7
                     shmem.i_pages@7)
                #x00))
      (a!345 (or (not (not (= |pte[P0][0]@7| #x00)))
                 (= (ite (= |pte.folio[P0][0]@7| #x00)
                         |folio.data[F0]@7|
                         |folio.data[F1]@7|)
                    |expected[P0][0]@7|)))
      (a!346 (not (= (ite (= fault0.page@7 #x00)
                          |PG_swapcache[F0]@7|
                          |PG_swapcache[F1]@7|)
                     #x00)))
      (a!347 (not (= (ite (= fault0.page@7 #x00)
                          |page.mapping(shmem)[F0]@7|
                          |page.mapping(shmem)[F1]@7|)
                     #x00)))
      (a!349 (not (= (ite (= fault0.page@7 #x00)
                          |folio.data[F0]@7|
                          |folio.data[F1]@7|)
                     #x01)))
      (a!350 (= |folio.mapcount[F0]@7|
                (ite (and (= |pte[P0][0]@7| #x01) (= |pte.folio[P0][0]@7| #x00))
                     #x01
                     #x00)))
      (a!351 (bvadd migrate0.isolated@7
                    (ite (= migrate0.newpage@7 #x00) #x01 #x00)
                    (ite (= fault0.page@7 #x00) #x01 #x00)
                    kswapd0.isolated@7))
      (a!352 (bvadd (ite (= shmem.i_pages@7 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@7 #x00) #x01 #x00)))
      (a!353 (not (and (not (= |pte[P0][0]@7| #x00))
                       (= |pte.folio[P0][0]@7| #x00))))
      (a!355 (= |folio.mapcount[F1]@7|
                (ite (and (= |pte[P0][0]@7| #x01) (= |pte.folio[P0][0]@7| #x01))
                     #x01
                     #x00)))
      (a!356 (bvadd (ite (= migrate0.newpage@7 #x01) #x01 #x00)
                    (ite (= fault0.page@7 #x01) #x01 #x00)))
      (a!357 (bvadd (ite (= shmem.i_pages@7 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@7 #x01) #x01 #x00)))
      (a!358 (not (and (not (= |pte[P0][0]@7| #x00))
                       (= |pte.folio[P0][0]@7| #x01))))
      (a!360 (not (= (ite (= migrate0.newpage@7 #x00)
                          |folio.used[F0]@7|
                          |folio.used[F1]@7|)
                     #x00)))
      (a!362 (and (= migrate0.pc@7 #x07) (not (not (= migrate0.ok@7 #x00)))))
      (a!364 (not (and (bvuge |folio.refcount[F0]@7| #x01)
                       (not (= |folio.used[F0]@7| #x00)))))
      (a!366 (and (= migrate0.pc@7 #x09) (not (not (= migrate0.ok@7 #x00)))))
      (a!367 (not (= (ite (= fault0.page@7 #x00)
                          |folio.used[F0]@7|
                          |folio.used[F1]@7|)
                     #x00)))
      (a!369 (and (= migrate0.pc@7 #x0a)
                  (= fault0.pc@7 #x03)
                  (= kswapd0.pc@7 #x03)))
      (a!372 (not (and (not (= |folio.used[F0]@7| #x00))
                       (not (= |PG_lru[F0]@7| #x00)))))
      (a!373 (or (not (not (= |folio.used[F0]@7| #x00)))
                 (not (not (= |folio.used[F1]@7| #x00)))))
      (a!374 (ite (not (not (= |folio.used[F0]@7| #x00))) #x00 #x01))
      (a!376 (and (= migrate0.pc@7 #x03)
                  (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))
                  (not (= |PG_swapcache[F0]@7| #x00))))
      (a!377 (and (= migrate0.pc@7 #x03)
                  (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))
                  (not (not (= |PG_swapcache[F0]@7| #x00)))
                  (not (= |PG_dirty[F0]@7| #x00))
                  (= |&info->lock[0]@7| #x00)
                  (= |swap_lock[0]@7| #x00)
                  (= |&mapping->tree_lock.writer[swapper_space]@7| #x00)
                  (= |&mapping->tree_lock.readers[swapper_space]@7| #x00)))
      (a!378 (and (= migrate0.pc@7 #x03)
                  (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))
                  (not (not (= |PG_swapcache[F0]@7| #x00)))
                  (not (not (= |PG_dirty[F0]@7| #x00)))))
      (a!379 (not (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))))
      (a!380 (and (= fault0.pc@7 #x01)
                  (= (ite (= fault0.page@7 #x00)
                          |PG_locked[F0]@7|
                          |PG_locked[F1]@7|)
                     #x00)))
      (a!381 (not (and (not (= |folio.used[F0]@7| #x00))
                       (not (= |PG_lru[F0]@7| #x00))
                       (= |PG_locked[F0]@7| #x00))))
      (a!382 (and (= kswapd0.pc@7 #x01)
                  (not (= |PG_dirty[F0]@7| #x00))
                  (not (= |page.mapping(shmem)[F0]@7| #x00))
                  (not (not (= |PG_swapcache[F0]@7| #x00)))
                  (= |&info->lock[0]@7| #x00)
                  (= |swap_lock[0]@7| #x00)
                  (= |&mapping->tree_lock.writer[swapper_space]@7| #x00)
                  (= |&mapping->tree_lock.readers[swapper_space]@7| #x00)))
      (a!383 (and (not (= |PG_dirty[F0]@7| #x00))
                  (not (= |page.mapping(shmem)[F0]@7| #x00))
                  (not (not (= |PG_swapcache[F0]@7| #x00)))))
      (a!385 (not (= (ite (= |pte.folio[P0][0]@8| #x00)
                          |folio.used[F0]@8|
                          |folio.used[F1]@8|)
                     #x00)))
      (a!386 (not (= (ite (= |pte.folio[P0][0]@8| #x00)
                          |folio.mapping[F0]@8|
                          |folio.mapping[F1]@8|)
                     #x01)))
      (a!389 (= (ite (not (= migrate0.mapping_is_swapper@8 #x00)) #x01 #x00)
                #x00))
      (a!390 (= (ite (not (= migrate0.mapping_is_swapper@8 #x00))
                     swapper_space.i_pages@8
                     shmem.i_pages@8)
                #x00))
      (a!393 (or (not (not (= |pte[P0][0]@8| #x00)))
                 (= (ite (= |pte.folio[P0][0]@8| #x00)
                         |folio.data[F0]@8|
                         |folio.data[F1]@8|)
                    |expected[P0][0]@8|)))
      (a!394 (not (= (ite (= fault0.page@8 #x00)
                          |PG_swapcache[F0]@8|
                          |PG_swapcache[F1]@8|)
                     #x00)))
      (a!395 (not (= (ite (= fault0.page@8 #x00)
                          |page.mapping(shmem)[F0]@8|
                          |page.mapping(shmem)[F1]@8|)
                     #x00)))
      (a!397 (not (= (ite (= fault0.page@8 #x00)
                          |folio.data[F0]@8|
                          |folio.data[F1]@8|)
                     #x01)))
      (a!398 (= |folio.mapcount[F0]@8|
                (ite (and (= |pte[P0][0]@8| #x01) (= |pte.folio[P0][0]@8| #x00))
                     #x01
                     #x00)))
      (a!399 (bvadd migrate0.isolated@8
                    (ite (= migrate0.newpage@8 #x00) #x01 #x00)
                    (ite (= fault0.page@8 #x00) #x01 #x00)
                    kswapd0.isolated@8))
      (a!400 (bvadd (ite (= shmem.i_pages@8 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@8 #x00) #x01 #x00)))
      (a!401 (not (and (not (= |pte[P0][0]@8| #x00))
                       (= |pte.folio[P0][0]@8| #x00))))
      (a!403 (= |folio.mapcount[F1]@8|
                (ite (and (= |pte[P0][0]@8| #x01) (= |pte.folio[P0][0]@8| #x01))
                     #x01
                     #x00)))
      (a!404 (bvadd (ite (= migrate0.newpage@8 #x01) #x01 #x00)
                    (ite (= fault0.page@8 #x01) #x01 #x00)))
      (a!405 (bvadd (ite (= shmem.i_pages@8 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@8 #x01) #x01 #x00)))
      (a!406 (not (and (not (= |pte[P0][0]@8| #x00))
                       (= |pte.folio[P0][0]@8| #x01))))
      (a!408 (not (= (ite (= migrate0.newpage@8 #x00)
                          |folio.used[F0]@8|
                          |folio.used[F1]@8|)
                     #x00)))
      (a!410 (and (= migrate0.pc@8 #x07) (not (not (= migrate0.ok@8 #x00)))))
      (a!412 (not (and (bvuge |folio.refcount[F0]@8| #x01)
                       (not (= |folio.used[F0]@8| #x00)))))
      (a!414 (and (= migrate0.pc@8 #x09) (not (not (= migrate0.ok@8 #x00)))))
      (a!415 (not (= (ite (= fault0.page@8 #x00)
                          |folio.used[F0]@8|
                          |folio.used[F1]@8|)
                     #x00)))
      (a!417 (and (= migrate0.pc@8 #x0a)
                  (= fault0.pc@8 #x03)
                  (= kswapd0.pc@8 #x03)))
      (a!420 (not (and (not (= |folio.used[F0]@8| #x00))
                       (not (= |PG_lru[F0]@8| #x00)))))
      (a!421 (or (not (not (= |folio.used[F0]@8| #x00)))
                 (not (not (= |folio.used[F1]@8| #x00)))))
      (a!422 (ite (not (not (= |folio.used[F0]@8| #x00))) #x00 #x01))
      (a!424 (and (= migrate0.pc@8 #x03)
                  (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))
                  (not (= |PG_swapcache[F0]@8| #x00))))
      (a!425 (and (= migrate0.pc@8 #x03)
                  (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))
                  (not (not (= |PG_swapcache[F0]@8| #x00)))
                  (not (= |PG_dirty[F0]@8| #x00))
                  (= |&info->lock[0]@8| #x00)
                  (= |swap_lock[0]@8| #x00)
                  (= |&mapping->tree_lock.writer[swapper_space]@8| #x00)
                  (= |&mapping->tree_lock.readers[swapper_space]@8| #x00)))
      (a!426 (and (= migrate0.pc@8 #x03)
                  (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))
                  (not (not (= |PG_swapcache[F0]@8| #x00)))
                  (not (not (= |PG_dirty[F0]@8| #x00)))))
      (a!427 (not (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))))
      (a!428 (and (= fault0.pc@8 #x01)
                  (= (ite (= fault0.page@8 #x00)
                          |PG_locked[F0]@8|
                          |PG_locked[F1]@8|)
                     #x00)))
      (a!429 (not (and (not (= |folio.used[F0]@8| #x00))
                       (not (= |PG_lru[F0]@8| #x00))
                       (= |PG_locked[F0]@8| #x00))))
      (a!430 (and (= kswapd0.pc@8 #x01)
                  (not (= |PG_dirty[F0]@8| #x00))
                  (not (= |page.mapping(shmem)[F0]@8| #x00))
                  (not (not (= |PG_swapcache[F0]@8| #x00)))
                  (= |&info->lock[0]@8| #x00)
                  (= |swap_lock[0]@8| #x00)
                  (= |&mapping->tree_lock.writer[swapper_space]@8| #x00)
                  (= |&mapping->tree_lock.readers[swapper_space]@8| #x00)))
      (a!431 (and (not (= |PG_dirty[F0]@8| #x00))
                  (not (= |page.mapping(shmem)[F0]@8| #x00))
                  (not (not (= |PG_swapcache[F0]@8| #x00)))))
      (a!433 (not (= (ite (= |pte.folio[P0][0]@9| #x00)
                          |folio.used[F0]@9|
                          |folio.used[F1]@9|)
                     #x00)))
      (a!434 (not (= (ite (= |pte.folio[P0][0]@9| #x00)
                          |folio.mapping[F0]@9|
                          |folio.mapping[F1]@9|)
                     #x01)))
      (a!437 (= (ite (not (= migrate0.mapping_is_swapper@9 #x00)) #x01 #x00)
                #x00))
      (a!438 (= (ite (not (= migrate0.mapping_is_swapper@9 #x00))
                     swapper_space.i_pages@9
                     shmem.i_pages@9)
                #x00))
      (a!441 (or (not (not (= |pte[P0][0]@9| #x00)))
                 (= (ite (= |pte.folio[P0][0]@9| #x00)
                         |folio.data[F0]@9|
                         |folio.data[F1]@9|)
                    |expected[P0][0]@9|)))
      (a!442 (not (= (ite (= fault0.page@9 #x00)
                          |PG_swapcache[F0]@9|
                          |PG_swapcache[F1]@9|)
                     #x00)))
      (a!443 (not (= (ite (= fault0.page@9 #x00)
                          |page.mapping(shmem)[F0]@9|
                          |page.mapping(shmem)[F1]@9|)
                     #x00)))
      (a!445 (not (= (ite (= fault0.page@9 #x00)
                          |folio.data[F0]@9|
                          |folio.data[F1]@9|)
                     #x01)))
      (a!446 (= |folio.mapcount[F0]@9|
                (ite (and (= |pte[P0][0]@9| #x01) (= |pte.folio[P0][0]@9| #x00))
                     #x01
                     #x00)))
      (a!447 (bvadd migrate0.isolated@9
                    (ite (= migrate0.newpage@9 #x00) #x01 #x00)
                    (ite (= fault0.page@9 #x00) #x01 #x00)
                    kswapd0.isolated@9))
      (a!448 (bvadd (ite (= shmem.i_pages@9 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@9 #x00) #x01 #x00)))
      (a!449 (not (and (not (= |pte[P0][0]@9| #x00))
                       (= |pte.folio[P0][0]@9| #x00))))
      (a!451 (= |folio.mapcount[F1]@9|
                (ite (and (= |pte[P0][0]@9| #x01) (= |pte.folio[P0][0]@9| #x01))
                     #x01
                     #x00)))
      (a!452 (bvadd (ite (= migrate0.newpage@9 #x01) #x01 #x00)
                    (ite (= fault0.page@9 #x01) #x01 #x00)))
      (a!453 (bvadd (ite (= shmem.i_pages@9 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@9 #x01) #x01 #x00)))
      (a!454 (not (and (not (= |pte[P0][0]@9| #x00))
                       (= |pte.folio[P0][0]@9| #x01))))
      (a!456 (not (= (ite (= migrate0.newpage@9 #x00)
                          |folio.used[F0]@9|
                          |folio.used[F1]@9|)
                     #x00)))
      (a!458 (and (= migrate0.pc@9 #x07) (not (not (= migrate0.ok@9 #x00)))))
      (a!460 (not (and (bvuge |folio.refcount[F0]@9| #x01)
                       (not (= |folio.used[F0]@9| #x00)))))
      (a!462 (and (= migrate0.pc@9 #x09) (not (not (= migrate0.ok@9 #x00)))))
      (a!463 (not (= (ite (= fault0.page@9 #x00)
                          |folio.used[F0]@9|
                          |folio.used[F1]@9|)
                     #x00)))
      (a!465 (and (= migrate0.pc@9 #x0a)
                  (= fault0.pc@9 #x03)
                  (= kswapd0.pc@9 #x03)))
      (a!468 (not (and (not (= |folio.used[F0]@9| #x00))
                       (not (= |PG_lru[F0]@9| #x00)))))
      (a!469 (or (not (not (= |folio.used[F0]@9| #x00)))
                 (not (not (= |folio.used[F1]@9| #x00)))))
      (a!470 (ite (not (not (= |folio.used[F0]@9| #x00))) #x00 #x01))
      (a!472 (and (= migrate0.pc@9 #x03)
                  (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))
                  (not (= |PG_swapcache[F0]@9| #x00))))
      (a!473 (and (= migrate0.pc@9 #x03)
                  (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))
                  (not (not (= |PG_swapcache[F0]@9| #x00)))
                  (not (= |PG_dirty[F0]@9| #x00))
                  (= |&info->lock[0]@9| #x00)
                  (= |swap_lock[0]@9| #x00)
                  (= |&mapping->tree_lock.writer[swapper_space]@9| #x00)
                  (= |&mapping->tree_lock.readers[swapper_space]@9| #x00)))
      (a!474 (and (= migrate0.pc@9 #x03)
                  (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))
                  (not (not (= |PG_swapcache[F0]@9| #x00)))
                  (not (not (= |PG_dirty[F0]@9| #x00)))))
      (a!475 (not (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))))
      (a!476 (and (= fault0.pc@9 #x01)
                  (= (ite (= fault0.page@9 #x00)
                          |PG_locked[F0]@9|
                          |PG_locked[F1]@9|)
                     #x00)))
      (a!477 (not (and (not (= |folio.used[F0]@9| #x00))
                       (not (= |PG_lru[F0]@9| #x00))
                       (= |PG_locked[F0]@9| #x00))))
      (a!478 (and (= kswapd0.pc@9 #x01)
                  (not (= |PG_dirty[F0]@9| #x00))
                  (not (= |page.mapping(shmem)[F0]@9| #x00))
                  (not (not (= |PG_swapcache[F0]@9| #x00)))
                  (= |&info->lock[0]@9| #x00)
                  (= |swap_lock[0]@9| #x00)
                  (= |&mapping->tree_lock.writer[swapper_space]@9| #x00)
                  (= |&mapping->tree_lock.readers[swapper_space]@9| #x00)))
      (a!479 (and (not (= |PG_dirty[F0]@9| #x00))
                  (not (= |page.mapping(shmem)[F0]@9| #x00))
                  (not (not (= |PG_swapcache[F0]@9| #x00)))))
      (a!481 (not (= (ite (= |pte.folio[P0][0]@10| #x00)
                          |folio.used[F0]@10|
                          |folio.used[F1]@10|)
                     #x00)))
      (a!482 (not (= (ite (= |pte.folio[P0][0]@10| #x00)
                          |folio.mapping[F0]@10|
                          |folio.mapping[F1]@10|)
                     #x01)))
      (a!485 (= (ite (not (= migrate0.mapping_is_swapper@10 #x00)) #x01 #x00)
                #x00))
      (a!486 (= (ite (not (= migrate0.mapping_is_swapper@10 #x00))
                     swapper_space.i_pages@10
                     shmem.i_pages@10)
                #x00))
      (a!489 (or (not (not (= |pte[P0][0]@10| #x00)))
                 (= (ite (= |pte.folio[P0][0]@10| #x00)
                         |folio.data[F0]@10|
                         |folio.data[F1]@10|)
                    |expected[P0][0]@10|)))
      (a!490 (not (= (ite (= fault0.page@10 #x00)
                          |PG_swapcache[F0]@10|
                          |PG_swapcache[F1]@10|)
                     #x00)))
      (a!491 (not (= (ite (= fault0.page@10 #x00)
                          |page.mapping(shmem)[F0]@10|
                          |page.mapping(shmem)[F1]@10|)
                     #x00)))
      (a!493 (not (= (ite (= fault0.page@10 #x00)
                          |folio.data[F0]@10|
                          |folio.data[F1]@10|)
                     #x01)))
      (a!494 (= |folio.mapcount[F0]@10|
                (ite (and (= |pte[P0][0]@10| #x01)
                          (= |pte.folio[P0][0]@10| #x00))
                     #x01
                     #x00)))
      (a!495 (bvadd migrate0.isolated@10
                    (ite (= migrate0.newpage@10 #x00) #x01 #x00)
                    (ite (= fault0.page@10 #x00) #x01 #x00)
                    kswapd0.isolated@10))
      (a!496 (bvadd (ite (= shmem.i_pages@10 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@10 #x00) #x01 #x00)))
      (a!497 (not (and (not (= |pte[P0][0]@10| #x00))
                       (= |pte.folio[P0][0]@10| #x00))))
      (a!499 (= |folio.mapcount[F1]@10|
                (ite (and (= |pte[P0][0]@10| #x01)
                          (= |pte.folio[P0][0]@10| #x01))
                     #x01
                     #x00)))
      (a!500 (bvadd (ite (= migrate0.newpage@10 #x01) #x01 #x00)
                    (ite (= fault0.page@10 #x01) #x01 #x00)))
      (a!501 (bvadd (ite (= shmem.i_pages@10 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@10 #x01) #x01 #x00)))
      (a!502 (not (and (not (= |pte[P0][0]@10| #x00))
                       (= |pte.folio[P0][0]@10| #x01))))
      (a!504 (not (= (ite (= migrate0.newpage@10 #x00)
                          |folio.used[F0]@10|
                          |folio.used[F1]@10|)
                     #x00)))
      (a!506 (and (= migrate0.pc@10 #x07) (not (not (= migrate0.ok@10 #x00)))))
      (a!508 (not (and (bvuge |folio.refcount[F0]@10| #x01)
                       (not (= |folio.used[F0]@10| #x00)))))
      (a!510 (and (= migrate0.pc@10 #x09) (not (not (= migrate0.ok@10 #x00)))))
      (a!511 (not (= (ite (= fault0.page@10 #x00)
                          |folio.used[F0]@10|
                          |folio.used[F1]@10|)
                     #x00)))
      (a!513 (and (= migrate0.pc@10 #x0a)
                  (= fault0.pc@10 #x03)
                  (= kswapd0.pc@10 #x03)))
      (a!516 (not (and (not (= |folio.used[F0]@10| #x00))
                       (not (= |PG_lru[F0]@10| #x00)))))
      (a!517 (or (not (not (= |folio.used[F0]@10| #x00)))
                 (not (not (= |folio.used[F1]@10| #x00)))))
      (a!518 (ite (not (not (= |folio.used[F0]@10| #x00))) #x00 #x01))
      (a!520 (and (= migrate0.pc@10 #x03)
                  (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))
                  (not (= |PG_swapcache[F0]@10| #x00))))
      (a!521 (and (= migrate0.pc@10 #x03)
                  (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))
                  (not (not (= |PG_swapcache[F0]@10| #x00)))
                  (not (= |PG_dirty[F0]@10| #x00))
                  (= |&info->lock[0]@10| #x00)
                  (= |swap_lock[0]@10| #x00)
                  (= |&mapping->tree_lock.writer[swapper_space]@10| #x00)
                  (= |&mapping->tree_lock.readers[swapper_space]@10| #x00)))
      (a!522 (and (= migrate0.pc@10 #x03)
                  (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))
                  (not (not (= |PG_swapcache[F0]@10| #x00)))
                  (not (not (= |PG_dirty[F0]@10| #x00)))))
      (a!523 (not (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))))
      (a!524 (and (= fault0.pc@10 #x01)
                  (= (ite (= fault0.page@10 #x00)
                          |PG_locked[F0]@10|
                          |PG_locked[F1]@10|)
                     #x00)))
      (a!525 (not (and (not (= |folio.used[F0]@10| #x00))
                       (not (= |PG_lru[F0]@10| #x00))
                       (= |PG_locked[F0]@10| #x00))))
      (a!526 (and (= kswapd0.pc@10 #x01)
                  (not (= |PG_dirty[F0]@10| #x00))
                  (not (= |page.mapping(shmem)[F0]@10| #x00))
                  (not (not (= |PG_swapcache[F0]@10| #x00)))
                  (= |&info->lock[0]@10| #x00)
                  (= |swap_lock[0]@10| #x00)
                  (= |&mapping->tree_lock.writer[swapper_space]@10| #x00)
                  (= |&mapping->tree_lock.readers[swapper_space]@10| #x00)))
      (a!527 (and (not (= |PG_dirty[F0]@10| #x00))
                  (not (= |page.mapping(shmem)[F0]@10| #x00))
                  (not (not (= |PG_swapcache[F0]@10| #x00)))))
      (a!529 (not (= (ite (= |pte.folio[P0][0]@11| #x00)
                          |folio.used[F0]@11|
                          |folio.used[F1]@11|)
                     #x00)))
      (a!530 (not (= (ite (= |pte.folio[P0][0]@11| #x00)
                          |folio.mapping[F0]@11|
                          |folio.mapping[F1]@11|)
                     #x01)))
      (a!533 (= (ite (not (= migrate0.mapping_is_swapper@11 #x00)) #x01 #x00)
                #x00))
      (a!534 (= (ite (not (= migrate0.mapping_is_swapper@11 #x00))
                     swapper_space.i_pages@11
                     shmem.i_pages@11)
                #x00))
      (a!537 (or (not (not (= |pte[P0][0]@11| #x00)))
                 (= (ite (= |pte.folio[P0][0]@11| #x00)
                         |folio.data[F0]@11|
                         |folio.data[F1]@11|)
                    |expected[P0][0]@11|)))
      (a!538 (not (= (ite (= fault0.page@11 #x00)
                          |PG_swapcache[F0]@11|
                          |PG_swapcache[F1]@11|)
                     #x00)))
      (a!539 (not (= (ite (= fault0.page@11 #x00)
                          |page.mapping(shmem)[F0]@11|
                          |page.mapping(shmem)[F1]@11|)
                     #x00)))
      (a!541 (not (= (ite (= fault0.page@11 #x00)
                          |folio.data[F0]@11|
                          |folio.data[F1]@11|)
                     #x01)))
      (a!542 (= |folio.mapcount[F0]@11|
                (ite (and (= |pte[P0][0]@11| #x01)
                          (= |pte.folio[P0][0]@11| #x00))
                     #x01
                     #x00)))
      (a!543 (bvadd migrate0.isolated@11
                    (ite (= migrate0.newpage@11 #x00) #x01 #x00)
                    (ite (= fault0.page@11 #x00) #x01 #x00)
                    kswapd0.isolated@11))
      (a!544 (bvadd (ite (= shmem.i_pages@11 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@11 #x00) #x01 #x00)))
      (a!545 (not (and (not (= |pte[P0][0]@11| #x00))
                       (= |pte.folio[P0][0]@11| #x00))))
      (a!547 (= |folio.mapcount[F1]@11|
                (ite (and (= |pte[P0][0]@11| #x01)
                          (= |pte.folio[P0][0]@11| #x01))
                     #x01
                     #x00)))
      (a!548 (bvadd (ite (= migrate0.newpage@11 #x01) #x01 #x00)
                    (ite (= fault0.page@11 #x01) #x01 #x00)))
      (a!549 (bvadd (ite (= shmem.i_pages@11 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@11 #x01) #x01 #x00)))
      (a!550 (not (and (not (= |pte[P0][0]@11| #x00))
                       (= |pte.folio[P0][0]@11| #x01))))
      (a!552 (not (= (ite (= migrate0.newpage@11 #x00)
                          |folio.used[F0]@11|
                          |folio.used[F1]@11|)
                     #x00)))
      (a!554 (and (= migrate0.pc@11 #x07) (not (not (= migrate0.ok@11 #x00)))))
      (a!556 (not (and (bvuge |folio.refcount[F0]@11| #x01)
                       (not (= |folio.used[F0]@11| #x00)))))
      (a!558 (and (= migrate0.pc@11 #x09) (not (not (= migrate0.ok@11 #x00)))))
      (a!559 (not (= (ite (= fault0.page@11 #x00)
                          |folio.used[F0]@11|
                          |folio.used[F1]@11|)
                     #x00)))
      (a!561 (and (= migrate0.pc@11 #x0a)
                  (= fault0.pc@11 #x03)
                  (= kswapd0.pc@11 #x03)))
      (a!564 (not (and (not (= |folio.used[F0]@11| #x00))
                       (not (= |PG_lru[F0]@11| #x00)))))
      (a!565 (or (not (not (= |folio.used[F0]@11| #x00)))
                 (not (not (= |folio.used[F1]@11| #x00)))))
      (a!566 (ite (not (not (= |folio.used[F0]@11| #x00))) #x00 #x01))
      (a!568 (and (= migrate0.pc@11 #x03)
                  (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))
                  (not (= |PG_swapcache[F0]@11| #x00))))
      (a!569 (and (= migrate0.pc@11 #x03)
                  (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))
                  (not (not (= |PG_swapcache[F0]@11| #x00)))
                  (not (= |PG_dirty[F0]@11| #x00))
                  (= |&info->lock[0]@11| #x00)
                  (= |swap_lock[0]@11| #x00)
                  (= |&mapping->tree_lock.writer[swapper_space]@11| #x00)
                  (= |&mapping->tree_lock.readers[swapper_space]@11| #x00)))
      (a!570 (and (= migrate0.pc@11 #x03)
                  (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))
                  (not (not (= |PG_swapcache[F0]@11| #x00)))
                  (not (not (= |PG_dirty[F0]@11| #x00)))))
      (a!571 (not (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))))
      (a!572 (and (= fault0.pc@11 #x01)
                  (= (ite (= fault0.page@11 #x00)
                          |PG_locked[F0]@11|
                          |PG_locked[F1]@11|)
                     #x00)))
      (a!573 (not (and (not (= |folio.used[F0]@11| #x00))
                       (not (= |PG_lru[F0]@11| #x00))
                       (= |PG_locked[F0]@11| #x00))))
      (a!574 (and (= kswapd0.pc@11 #x01)
                  (not (= |PG_dirty[F0]@11| #x00))
                  (not (= |page.mapping(shmem)[F0]@11| #x00))
                  (not (not (= |PG_swapcache[F0]@11| #x00)))
                  (= |&info->lock[0]@11| #x00)
                  (= |swap_lock[0]@11| #x00)
                  (= |&mapping->tree_lock.writer[swapper_space]@11| #x00)
                  (= |&mapping->tree_lock.readers[swapper_space]@11| #x00)))
      (a!575 (and (not (= |PG_dirty[F0]@11| #x00))
                  (not (= |page.mapping(shmem)[F0]@11| #x00))
                  (not (not (= |PG_swapcache[F0]@11| #x00)))))
      (a!577 (not (= (ite (= |pte.folio[P0][0]@12| #x00)
                          |folio.used[F0]@12|
                          |folio.used[F1]@12|)
                     #x00)))
      (a!578 (not (= (ite (= |pte.folio[P0][0]@12| #x00)
                          |folio.mapping[F0]@12|
                          |folio.mapping[F1]@12|)
                     #x01)))
      (a!581 (= (ite (not (= migrate0.mapping_is_swapper@12 #x00)) #x01 #x00)
                #x00))
      (a!582 (= (ite (not (= migrate0.mapping_is_swapper@12 #x00))
                     swapper_space.i_pages@12
                     shmem.i_pages@12)
                #x00))
      (a!585 (or (not (not (= |pte[P0][0]@12| #x00)))
                 (= (ite (= |pte.folio[P0][0]@12| #x00)
                         |folio.data[F0]@12|
                         |folio.data[F1]@12|)
                    |expected[P0][0]@12|)))
      (a!586 (not (= (ite (= fault0.page@12 #x00)
                          |PG_swapcache[F0]@12|
                          |PG_swapcache[F1]@12|)
                     #x00)))
      (a!587 (not (= (ite (= fault0.page@12 #x00)
                          |page.mapping(shmem)[F0]@12|
                          |page.mapping(shmem)[F1]@12|)
                     #x00)))
      (a!589 (not (= (ite (= fault0.page@12 #x00)
                          |folio.data[F0]@12|
                          |folio.data[F1]@12|)
                     #x01)))
      (a!590 (= |folio.mapcount[F0]@12|
                (ite (and (= |pte[P0][0]@12| #x01)
                          (= |pte.folio[P0][0]@12| #x00))
                     #x01
                     #x00)))
      (a!591 (bvadd migrate0.isolated@12
                    (ite (= migrate0.newpage@12 #x00) #x01 #x00)
                    (ite (= fault0.page@12 #x00) #x01 #x00)
                    kswapd0.isolated@12))
      (a!592 (bvadd (ite (= shmem.i_pages@12 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@12 #x00) #x01 #x00)))
      (a!593 (not (and (not (= |pte[P0][0]@12| #x00))
                       (= |pte.folio[P0][0]@12| #x00))))
      (a!595 (= |folio.mapcount[F1]@12|
                (ite (and (= |pte[P0][0]@12| #x01)
                          (= |pte.folio[P0][0]@12| #x01))
                     #x01
                     #x00)))
      (a!596 (bvadd (ite (= migrate0.newpage@12 #x01) #x01 #x00)
                    (ite (= fault0.page@12 #x01) #x01 #x00)))
      (a!597 (bvadd (ite (= shmem.i_pages@12 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@12 #x01) #x01 #x00)))
      (a!598 (not (and (not (= |pte[P0][0]@12| #x00))
                       (= |pte.folio[P0][0]@12| #x01))))
      (a!600 (not (= (ite (= migrate0.newpage@12 #x00)
                          |folio.used[F0]@12|
                          |folio.used[F1]@12|)
                     #x00)))
      (a!602 (and (= migrate0.pc@12 #x07) (not (not (= migrate0.ok@12 #x00)))))
      (a!604 (not (and (bvuge |folio.refcount[F0]@12| #x01)
                       (not (= |folio.used[F0]@12| #x00)))))
      (a!606 (and (= migrate0.pc@12 #x09) (not (not (= migrate0.ok@12 #x00)))))
      (a!607 (not (= (ite (= fault0.page@12 #x00)
                          |folio.used[F0]@12|
                          |folio.used[F1]@12|)
                     #x00)))
      (a!609 (and (= migrate0.pc@12 #x0a)
                  (= fault0.pc@12 #x03)
                  (= kswapd0.pc@12 #x03)))
      (a!612 (not (and (not (= |folio.used[F0]@12| #x00))
                       (not (= |PG_lru[F0]@12| #x00)))))
      (a!613 (or (not (not (= |folio.used[F0]@12| #x00)))
                 (not (not (= |folio.used[F1]@12| #x00)))))
      (a!614 (ite (not (not (= |folio.used[F0]@12| #x00))) #x00 #x01))
      (a!616 (and (= migrate0.pc@12 #x03)
                  (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))
                  (not (= |PG_swapcache[F0]@12| #x00))))
      (a!617 (and (= migrate0.pc@12 #x03)
                  (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))
                  (not (not (= |PG_swapcache[F0]@12| #x00)))
                  (not (= |PG_dirty[F0]@12| #x00))
                  (= |&info->lock[0]@12| #x00)
                  (= |swap_lock[0]@12| #x00)
                  (= |&mapping->tree_lock.writer[swapper_space]@12| #x00)
                  (= |&mapping->tree_lock.readers[swapper_space]@12| #x00)))
      (a!618 (and (= migrate0.pc@12 #x03)
                  (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))
                  (not (not (= |PG_swapcache[F0]@12| #x00)))
                  (not (not (= |PG_dirty[F0]@12| #x00)))))
      (a!619 (not (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))))
      (a!620 (and (= fault0.pc@12 #x01)
                  (= (ite (= fault0.page@12 #x00)
                          |PG_locked[F0]@12|
                          |PG_locked[F1]@12|)
                     #x00)))
      (a!621 (not (and (not (= |folio.used[F0]@12| #x00))
                       (not (= |PG_lru[F0]@12| #x00))
                       (= |PG_locked[F0]@12| #x00))))
      (a!622 (and (= kswapd0.pc@12 #x01)
                  (not (= |PG_dirty[F0]@12| #x00))
                  (not (= |page.mapping(shmem)[F0]@12| #x00))
                  (not (not (= |PG_swapcache[F0]@12| #x00)))
                  (= |&info->lock[0]@12| #x00)
                  (= |swap_lock[0]@12| #x00)
                  (= |&mapping->tree_lock.writer[swapper_space]@12| #x00)
                  (= |&mapping->tree_lock.readers[swapper_space]@12| #x00)))
      (a!623 (and (not (= |PG_dirty[F0]@12| #x00))
                  (not (= |page.mapping(shmem)[F0]@12| #x00))
                  (not (not (= |PG_swapcache[F0]@12| #x00))))))
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
                (or (not (= |PG_swapcache[F0]@0| #x00))
                    (not (= |page.mapping(shmem)[F0]@0| #x00)))
                (= |folio.refcount[F0]@0| #x02)
                a!6))
      (a!8 (and (or (not (= |PG_swapcache[F0]@0| #x00))
                    (not (= |page.mapping(shmem)[F0]@0| #x00)))
                (= |folio.refcount[F0]@0| #x02)
                a!6))
      (a!12 (ite (not (= fault0.from_swap@0 #x00))
                 (and (= swapper_space.i_pages@0 fault0.page@0) a!10)
                 (and (= shmem.i_pages@0 fault0.page@0) a!11)))
      (a!18 (ite (not (= |folio.used[F0]@0| #x00))
                 (and a!14
                      (= |folio.refcount[F0]@0|
                         (bvadd |folio.mapcount[F0]@0| a!15 a!16)))
                 (and (= |folio.refcount[F0]@0| #x00)
                      (= |folio.mapcount[F0]@0| #x00)
                      (= a!15 #x00)
                      (= a!16 #x00)
                      a!17)))
      (a!23 (ite (not (= |folio.used[F1]@0| #x00))
                 (and a!19
                      (= |folio.refcount[F1]@0|
                         (bvadd |folio.mapcount[F1]@0| a!20 a!21)))
                 (and (= |folio.refcount[F1]@0| #x00)
                      (= |folio.mapcount[F1]@0| #x00)
                      (= a!20 #x00)
                      (= a!21 #x00)
                      a!22)))
      (a!25 (and (bvuge (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!24))
      (a!29 (and (and (= migrate0.pc@0 #x09) (not (= migrate0.ok@0 #x00))) a!28))
      (a!32 (and (bvuge (ite (= fault0.page@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!31))
      (a!34 (or (not (not (= |folio.used[F0]@0| #x00)))
                (and (or (bvugt |folio.mapcount[F0]@0| #x00) (bvugt a!16 #x00))
                     (not (= |PG_lru[F0]@0| #x00))
                     (= |PG_locked[F0]@0| #x00))))
      (a!35 (or (not (not (= |folio.used[F1]@0| #x00)))
                (and (or (bvugt |folio.mapcount[F1]@0| #x00) (bvugt a!21 #x00))
                     (not (= |PG_lru[F1]@0| #x00))
                     (= |PG_locked[F1]@0| #x00))))
      (a!39 (and (= migrate0.pc@0 #x02)
                 a!37
                 (= (ite (= a!38 #x00) |PG_locked[F0]@0| |PG_locked[F1]@0|)
                    #x00)))
      (a!51 (and a!49
                 a!50
                 (= (ite (= |pte.folio[P0][0]@1| #x00)
                         |folio.index[F0]@1|
                         |folio.index[F1]@1|)
                    #x00)
                 (bvult #x00 |anon_vma.len[av0]@1|)
                 (= |anon_vma.list[av0][0]@1| #x00)))
      (a!55 (and (= migrate0.pc@1 #x05)
                 (= (ite a!53
                         |&mapping->tree_lock.writer[shmem]@1|
                         |&mapping->tree_lock.writer[swapper_space]@1|)
                    #x00)
                 (= (ite a!53
                         |&mapping->tree_lock.readers[shmem]@1|
                         |&mapping->tree_lock.readers[swapper_space]@1|)
                    #x00)
                 (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))
                 (= |folio.refcount[F0]@1| #x02)
                 a!54))
      (a!56 (and (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))
                 (= |folio.refcount[F0]@1| #x02)
                 a!54))
      (a!60 (ite (not (= fault0.from_swap@1 #x00))
                 (and (= swapper_space.i_pages@1 fault0.page@1) a!58)
                 (and (= shmem.i_pages@1 fault0.page@1) a!59)))
      (a!66 (ite (not (= |folio.used[F0]@1| #x00))
                 (and a!62
                      (= |folio.refcount[F0]@1|
                         (bvadd |folio.mapcount[F0]@1| a!63 a!64)))
                 (and (= |folio.refcount[F0]@1| #x00)
                      (= |folio.mapcount[F0]@1| #x00)
                      (= a!63 #x00)
                      (= a!64 #x00)
                      a!65)))
      (a!71 (ite (not (= |folio.used[F1]@1| #x00))
                 (and a!67
                      (= |folio.refcount[F1]@1|
                         (bvadd |folio.mapcount[F1]@1| a!68 a!69)))
                 (and (= |folio.refcount[F1]@1| #x00)
                      (= |folio.mapcount[F1]@1| #x00)
                      (= a!68 #x00)
                      (= a!69 #x00)
                      a!70)))
      (a!73 (and (bvuge (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!72))
      (a!77 (and (and (= migrate0.pc@1 #x09) (not (= migrate0.ok@1 #x00))) a!76))
      (a!80 (and (bvuge (ite (= fault0.page@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!79))
      (a!82 (or (not (not (= |folio.used[F0]@1| #x00)))
                (and (or (bvugt |folio.mapcount[F0]@1| #x00) (bvugt a!64 #x00))
                     (not (= |PG_lru[F0]@1| #x00))
                     (= |PG_locked[F0]@1| #x00))))
      (a!83 (or (not (not (= |folio.used[F1]@1| #x00)))
                (and (or (bvugt |folio.mapcount[F1]@1| #x00) (bvugt a!69 #x00))
                     (not (= |PG_lru[F1]@1| #x00))
                     (= |PG_locked[F1]@1| #x00))))
      (a!87 (and (= migrate0.pc@1 #x02)
                 a!85
                 (= (ite (= a!86 #x00) |PG_locked[F0]@1| |PG_locked[F1]@1|)
                    #x00)))
      (a!99 (and a!97
                 a!98
                 (= (ite (= |pte.folio[P0][0]@2| #x00)
                         |folio.index[F0]@2|
                         |folio.index[F1]@2|)
                    #x00)
                 (bvult #x00 |anon_vma.len[av0]@2|)
                 (= |anon_vma.list[av0][0]@2| #x00)))
      (a!103 (and (= migrate0.pc@2 #x05)
                  (= (ite a!101
                          |&mapping->tree_lock.writer[shmem]@2|
                          |&mapping->tree_lock.writer[swapper_space]@2|)
                     #x00)
                  (= (ite a!101
                          |&mapping->tree_lock.readers[shmem]@2|
                          |&mapping->tree_lock.readers[swapper_space]@2|)
                     #x00)
                  (or (not (= |PG_swapcache[F0]@2| #x00))
                      (not (= |page.mapping(shmem)[F0]@2| #x00)))
                  (= |folio.refcount[F0]@2| #x02)
                  a!102))
      (a!104 (and (or (not (= |PG_swapcache[F0]@2| #x00))
                      (not (= |page.mapping(shmem)[F0]@2| #x00)))
                  (= |folio.refcount[F0]@2| #x02)
                  a!102))
      (a!108 (ite (not (= fault0.from_swap@2 #x00))
                  (and (= swapper_space.i_pages@2 fault0.page@2) a!106)
                  (and (= shmem.i_pages@2 fault0.page@2) a!107)))
      (a!114 (ite (not (= |folio.used[F0]@2| #x00))
                  (and a!110
                       (= |folio.refcount[F0]@2|
                          (bvadd |folio.mapcount[F0]@2| a!111 a!112)))
                  (and (= |folio.refcount[F0]@2| #x00)
                       (= |folio.mapcount[F0]@2| #x00)
                       (= a!111 #x00)
                       (= a!112 #x00)
                       a!113)))
      (a!119 (ite (not (= |folio.used[F1]@2| #x00))
                  (and a!115
                       (= |folio.refcount[F1]@2|
                          (bvadd |folio.mapcount[F1]@2| a!116 a!117)))
                  (and (= |folio.refcount[F1]@2| #x00)
                       (= |folio.mapcount[F1]@2| #x00)
                       (= a!116 #x00)
                       (= a!117 #x00)
                       a!118)))
      (a!121 (and (bvuge (ite (= migrate0.newpage@2 #x00)
                              |folio.refcount[F0]@2|
                              |folio.refcount[F1]@2|)
                         #x01)
                  a!120))
      (a!125 (and (and (= migrate0.pc@2 #x09) (not (= migrate0.ok@2 #x00)))
                  a!124))
      (a!128 (and (bvuge (ite (= fault0.page@2 #x00)
                              |folio.refcount[F0]@2|
                              |folio.refcount[F1]@2|)
                         #x01)
                  a!127))
      (a!130 (or (not (not (= |folio.used[F0]@2| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@2| #x00)
                          (bvugt a!112 #x00))
                      (not (= |PG_lru[F0]@2| #x00))
                      (= |PG_locked[F0]@2| #x00))))
      (a!131 (or (not (not (= |folio.used[F1]@2| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@2| #x00)
                          (bvugt a!117 #x00))
                      (not (= |PG_lru[F1]@2| #x00))
                      (= |PG_locked[F1]@2| #x00))))
      (a!135 (and (= migrate0.pc@2 #x02)
                  a!133
                  (= (ite (= a!134 #x00) |PG_locked[F0]@2| |PG_locked[F1]@2|)
                     #x00)))
      (a!147 (and a!145
                  a!146
                  (= (ite (= |pte.folio[P0][0]@3| #x00)
                          |folio.index[F0]@3|
                          |folio.index[F1]@3|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@3|)
                  (= |anon_vma.list[av0][0]@3| #x00)))
      (a!151 (and (= migrate0.pc@3 #x05)
                  (= (ite a!149
                          |&mapping->tree_lock.writer[shmem]@3|
                          |&mapping->tree_lock.writer[swapper_space]@3|)
                     #x00)
                  (= (ite a!149
                          |&mapping->tree_lock.readers[shmem]@3|
                          |&mapping->tree_lock.readers[swapper_space]@3|)
                     #x00)
                  (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))
                  (= |folio.refcount[F0]@3| #x02)
                  a!150))
      (a!152 (and (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))
                  (= |folio.refcount[F0]@3| #x02)
                  a!150))
      (a!156 (ite (not (= fault0.from_swap@3 #x00))
                  (and (= swapper_space.i_pages@3 fault0.page@3) a!154)
                  (and (= shmem.i_pages@3 fault0.page@3) a!155)))
      (a!162 (ite (not (= |folio.used[F0]@3| #x00))
                  (and a!158
                       (= |folio.refcount[F0]@3|
                          (bvadd |folio.mapcount[F0]@3| a!159 a!160)))
                  (and (= |folio.refcount[F0]@3| #x00)
                       (= |folio.mapcount[F0]@3| #x00)
                       (= a!159 #x00)
                       (= a!160 #x00)
                       a!161)))
      (a!167 (ite (not (= |folio.used[F1]@3| #x00))
                  (and a!163
                       (= |folio.refcount[F1]@3|
                          (bvadd |folio.mapcount[F1]@3| a!164 a!165)))
                  (and (= |folio.refcount[F1]@3| #x00)
                       (= |folio.mapcount[F1]@3| #x00)
                       (= a!164 #x00)
                       (= a!165 #x00)
                       a!166)))
      (a!169 (and (bvuge (ite (= migrate0.newpage@3 #x00)
                              |folio.refcount[F0]@3|
                              |folio.refcount[F1]@3|)
                         #x01)
                  a!168))
      (a!173 (and (and (= migrate0.pc@3 #x09) (not (= migrate0.ok@3 #x00)))
                  a!172))
      (a!176 (and (bvuge (ite (= fault0.page@3 #x00)
                              |folio.refcount[F0]@3|
                              |folio.refcount[F1]@3|)
                         #x01)
                  a!175))
      (a!178 (or (not (not (= |folio.used[F0]@3| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@3| #x00)
                          (bvugt a!160 #x00))
                      (not (= |PG_lru[F0]@3| #x00))
                      (= |PG_locked[F0]@3| #x00))))
      (a!179 (or (not (not (= |folio.used[F1]@3| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@3| #x00)
                          (bvugt a!165 #x00))
                      (not (= |PG_lru[F1]@3| #x00))
                      (= |PG_locked[F1]@3| #x00))))
      (a!183 (and (= migrate0.pc@3 #x02)
                  a!181
                  (= (ite (= a!182 #x00) |PG_locked[F0]@3| |PG_locked[F1]@3|)
                     #x00)))
      (a!195 (and a!193
                  a!194
                  (= (ite (= |pte.folio[P0][0]@4| #x00)
                          |folio.index[F0]@4|
                          |folio.index[F1]@4|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@4|)
                  (= |anon_vma.list[av0][0]@4| #x00)))
      (a!199 (and (= migrate0.pc@4 #x05)
                  (= (ite a!197
                          |&mapping->tree_lock.writer[shmem]@4|
                          |&mapping->tree_lock.writer[swapper_space]@4|)
                     #x00)
                  (= (ite a!197
                          |&mapping->tree_lock.readers[shmem]@4|
                          |&mapping->tree_lock.readers[swapper_space]@4|)
                     #x00)
                  (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))
                  (= |folio.refcount[F0]@4| #x02)
                  a!198))
      (a!200 (and (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))
                  (= |folio.refcount[F0]@4| #x02)
                  a!198))
      (a!204 (ite (not (= fault0.from_swap@4 #x00))
                  (and (= swapper_space.i_pages@4 fault0.page@4) a!202)
                  (and (= shmem.i_pages@4 fault0.page@4) a!203)))
      (a!210 (ite (not (= |folio.used[F0]@4| #x00))
                  (and a!206
                       (= |folio.refcount[F0]@4|
                          (bvadd |folio.mapcount[F0]@4| a!207 a!208)))
                  (and (= |folio.refcount[F0]@4| #x00)
                       (= |folio.mapcount[F0]@4| #x00)
                       (= a!207 #x00)
                       (= a!208 #x00)
                       a!209)))
      (a!215 (ite (not (= |folio.used[F1]@4| #x00))
                  (and a!211
                       (= |folio.refcount[F1]@4|
                          (bvadd |folio.mapcount[F1]@4| a!212 a!213)))
                  (and (= |folio.refcount[F1]@4| #x00)
                       (= |folio.mapcount[F1]@4| #x00)
                       (= a!212 #x00)
                       (= a!213 #x00)
                       a!214)))
      (a!217 (and (bvuge (ite (= migrate0.newpage@4 #x00)
                              |folio.refcount[F0]@4|
                              |folio.refcount[F1]@4|)
                         #x01)
                  a!216))
      (a!221 (and (and (= migrate0.pc@4 #x09) (not (= migrate0.ok@4 #x00)))
                  a!220))
      (a!224 (and (bvuge (ite (= fault0.page@4 #x00)
                              |folio.refcount[F0]@4|
                              |folio.refcount[F1]@4|)
                         #x01)
                  a!223))
      (a!226 (or (not (not (= |folio.used[F0]@4| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@4| #x00)
                          (bvugt a!208 #x00))
                      (not (= |PG_lru[F0]@4| #x00))
                      (= |PG_locked[F0]@4| #x00))))
      (a!227 (or (not (not (= |folio.used[F1]@4| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@4| #x00)
                          (bvugt a!213 #x00))
                      (not (= |PG_lru[F1]@4| #x00))
                      (= |PG_locked[F1]@4| #x00))))
      (a!231 (and (= migrate0.pc@4 #x02)
                  a!229
                  (= (ite (= a!230 #x00) |PG_locked[F0]@4| |PG_locked[F1]@4|)
                     #x00)))
      (a!243 (and a!241
                  a!242
                  (= (ite (= |pte.folio[P0][0]@5| #x00)
                          |folio.index[F0]@5|
                          |folio.index[F1]@5|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@5|)
                  (= |anon_vma.list[av0][0]@5| #x00)))
      (a!247 (and (= migrate0.pc@5 #x05)
                  (= (ite a!245
                          |&mapping->tree_lock.writer[shmem]@5|
                          |&mapping->tree_lock.writer[swapper_space]@5|)
                     #x00)
                  (= (ite a!245
                          |&mapping->tree_lock.readers[shmem]@5|
                          |&mapping->tree_lock.readers[swapper_space]@5|)
                     #x00)
                  (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))
                  (= |folio.refcount[F0]@5| #x02)
                  a!246))
      (a!248 (and (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))
                  (= |folio.refcount[F0]@5| #x02)
                  a!246))
      (a!252 (ite (not (= fault0.from_swap@5 #x00))
                  (and (= swapper_space.i_pages@5 fault0.page@5) a!250)
                  (and (= shmem.i_pages@5 fault0.page@5) a!251)))
      (a!258 (ite (not (= |folio.used[F0]@5| #x00))
                  (and a!254
                       (= |folio.refcount[F0]@5|
                          (bvadd |folio.mapcount[F0]@5| a!255 a!256)))
                  (and (= |folio.refcount[F0]@5| #x00)
                       (= |folio.mapcount[F0]@5| #x00)
                       (= a!255 #x00)
                       (= a!256 #x00)
                       a!257)))
      (a!263 (ite (not (= |folio.used[F1]@5| #x00))
                  (and a!259
                       (= |folio.refcount[F1]@5|
                          (bvadd |folio.mapcount[F1]@5| a!260 a!261)))
                  (and (= |folio.refcount[F1]@5| #x00)
                       (= |folio.mapcount[F1]@5| #x00)
                       (= a!260 #x00)
                       (= a!261 #x00)
                       a!262)))
      (a!265 (and (bvuge (ite (= migrate0.newpage@5 #x00)
                              |folio.refcount[F0]@5|
                              |folio.refcount[F1]@5|)
                         #x01)
                  a!264))
      (a!269 (and (and (= migrate0.pc@5 #x09) (not (= migrate0.ok@5 #x00)))
                  a!268))
      (a!272 (and (bvuge (ite (= fault0.page@5 #x00)
                              |folio.refcount[F0]@5|
                              |folio.refcount[F1]@5|)
                         #x01)
                  a!271))
      (a!274 (or (not (not (= |folio.used[F0]@5| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@5| #x00)
                          (bvugt a!256 #x00))
                      (not (= |PG_lru[F0]@5| #x00))
                      (= |PG_locked[F0]@5| #x00))))
      (a!275 (or (not (not (= |folio.used[F1]@5| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@5| #x00)
                          (bvugt a!261 #x00))
                      (not (= |PG_lru[F1]@5| #x00))
                      (= |PG_locked[F1]@5| #x00))))
      (a!279 (and (= migrate0.pc@5 #x02)
                  a!277
                  (= (ite (= a!278 #x00) |PG_locked[F0]@5| |PG_locked[F1]@5|)
                     #x00)))
      (a!291 (and a!289
                  a!290
                  (= (ite (= |pte.folio[P0][0]@6| #x00)
                          |folio.index[F0]@6|
                          |folio.index[F1]@6|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@6|)
                  (= |anon_vma.list[av0][0]@6| #x00)))
      (a!295 (and (= migrate0.pc@6 #x05)
                  (= (ite a!293
                          |&mapping->tree_lock.writer[shmem]@6|
                          |&mapping->tree_lock.writer[swapper_space]@6|)
                     #x00)
                  (= (ite a!293
                          |&mapping->tree_lock.readers[shmem]@6|
                          |&mapping->tree_lock.readers[swapper_space]@6|)
                     #x00)
                  (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))
                  (= |folio.refcount[F0]@6| #x02)
                  a!294))
      (a!296 (and (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))
                  (= |folio.refcount[F0]@6| #x02)
                  a!294))
      (a!300 (ite (not (= fault0.from_swap@6 #x00))
                  (and (= swapper_space.i_pages@6 fault0.page@6) a!298)
                  (and (= shmem.i_pages@6 fault0.page@6) a!299)))
      (a!306 (ite (not (= |folio.used[F0]@6| #x00))
                  (and a!302
                       (= |folio.refcount[F0]@6|
                          (bvadd |folio.mapcount[F0]@6| a!303 a!304)))
                  (and (= |folio.refcount[F0]@6| #x00)
                       (= |folio.mapcount[F0]@6| #x00)
                       (= a!303 #x00)
                       (= a!304 #x00)
                       a!305)))
      (a!311 (ite (not (= |folio.used[F1]@6| #x00))
                  (and a!307
                       (= |folio.refcount[F1]@6|
                          (bvadd |folio.mapcount[F1]@6| a!308 a!309)))
                  (and (= |folio.refcount[F1]@6| #x00)
                       (= |folio.mapcount[F1]@6| #x00)
                       (= a!308 #x00)
                       (= a!309 #x00)
                       a!310)))
      (a!313 (and (bvuge (ite (= migrate0.newpage@6 #x00)
                              |folio.refcount[F0]@6|
                              |folio.refcount[F1]@6|)
                         #x01)
                  a!312))
      (a!317 (and (and (= migrate0.pc@6 #x09) (not (= migrate0.ok@6 #x00)))
                  a!316))
      (a!320 (and (bvuge (ite (= fault0.page@6 #x00)
                              |folio.refcount[F0]@6|
                              |folio.refcount[F1]@6|)
                         #x01)
                  a!319))
      (a!322 (or (not (not (= |folio.used[F0]@6| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@6| #x00)
                          (bvugt a!304 #x00))
                      (not (= |PG_lru[F0]@6| #x00))
                      (= |PG_locked[F0]@6| #x00))))
      (a!323 (or (not (not (= |folio.used[F1]@6| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@6| #x00)
                          (bvugt a!309 #x00))
                      (not (= |PG_lru[F1]@6| #x00))
                      (= |PG_locked[F1]@6| #x00))))
      (a!327 (and (= migrate0.pc@6 #x02)
                  a!325
                  (= (ite (= a!326 #x00) |PG_locked[F0]@6| |PG_locked[F1]@6|)
                     #x00)))
      (a!339 (and a!337
                  a!338
                  (= (ite (= |pte.folio[P0][0]@7| #x00)
                          |folio.index[F0]@7|
                          |folio.index[F1]@7|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@7|)
                  (= |anon_vma.list[av0][0]@7| #x00)))
      (a!343 (and (= migrate0.pc@7 #x05)
                  (= (ite a!341
                          |&mapping->tree_lock.writer[shmem]@7|
                          |&mapping->tree_lock.writer[swapper_space]@7|)
                     #x00)
                  (= (ite a!341
                          |&mapping->tree_lock.readers[shmem]@7|
                          |&mapping->tree_lock.readers[swapper_space]@7|)
                     #x00)
                  (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))
                  (= |folio.refcount[F0]@7| #x02)
                  a!342))
      (a!344 (and (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))
                  (= |folio.refcount[F0]@7| #x02)
                  a!342))
      (a!348 (ite (not (= fault0.from_swap@7 #x00))
                  (and (= swapper_space.i_pages@7 fault0.page@7) a!346)
                  (and (= shmem.i_pages@7 fault0.page@7) a!347)))
      (a!354 (ite (not (= |folio.used[F0]@7| #x00))
                  (and a!350
                       (= |folio.refcount[F0]@7|
                          (bvadd |folio.mapcount[F0]@7| a!351 a!352)))
                  (and (= |folio.refcount[F0]@7| #x00)
                       (= |folio.mapcount[F0]@7| #x00)
                       (= a!351 #x00)
                       (= a!352 #x00)
                       a!353)))
      (a!359 (ite (not (= |folio.used[F1]@7| #x00))
                  (and a!355
                       (= |folio.refcount[F1]@7|
                          (bvadd |folio.mapcount[F1]@7| a!356 a!357)))
                  (and (= |folio.refcount[F1]@7| #x00)
                       (= |folio.mapcount[F1]@7| #x00)
                       (= a!356 #x00)
                       (= a!357 #x00)
                       a!358)))
      (a!361 (and (bvuge (ite (= migrate0.newpage@7 #x00)
                              |folio.refcount[F0]@7|
                              |folio.refcount[F1]@7|)
                         #x01)
                  a!360))
      (a!365 (and (and (= migrate0.pc@7 #x09) (not (= migrate0.ok@7 #x00)))
                  a!364))
      (a!368 (and (bvuge (ite (= fault0.page@7 #x00)
                              |folio.refcount[F0]@7|
                              |folio.refcount[F1]@7|)
                         #x01)
                  a!367))
      (a!370 (or (not (not (= |folio.used[F0]@7| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@7| #x00)
                          (bvugt a!352 #x00))
                      (not (= |PG_lru[F0]@7| #x00))
                      (= |PG_locked[F0]@7| #x00))))
      (a!371 (or (not (not (= |folio.used[F1]@7| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@7| #x00)
                          (bvugt a!357 #x00))
                      (not (= |PG_lru[F1]@7| #x00))
                      (= |PG_locked[F1]@7| #x00))))
      (a!375 (and (= migrate0.pc@7 #x02)
                  a!373
                  (= (ite (= a!374 #x00) |PG_locked[F0]@7| |PG_locked[F1]@7|)
                     #x00)))
      (a!387 (and a!385
                  a!386
                  (= (ite (= |pte.folio[P0][0]@8| #x00)
                          |folio.index[F0]@8|
                          |folio.index[F1]@8|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@8|)
                  (= |anon_vma.list[av0][0]@8| #x00)))
      (a!391 (and (= migrate0.pc@8 #x05)
                  (= (ite a!389
                          |&mapping->tree_lock.writer[shmem]@8|
                          |&mapping->tree_lock.writer[swapper_space]@8|)
                     #x00)
                  (= (ite a!389
                          |&mapping->tree_lock.readers[shmem]@8|
                          |&mapping->tree_lock.readers[swapper_space]@8|)
                     #x00)
                  (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))
                  (= |folio.refcount[F0]@8| #x02)
                  a!390))
      (a!392 (and (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))
                  (= |folio.refcount[F0]@8| #x02)
                  a!390))
      (a!396 (ite (not (= fault0.from_swap@8 #x00))
                  (and (= swapper_space.i_pages@8 fault0.page@8) a!394)
                  (and (= shmem.i_pages@8 fault0.page@8) a!395)))
      (a!402 (ite (not (= |folio.used[F0]@8| #x00))
                  (and a!398
                       (= |folio.refcount[F0]@8|
                          (bvadd |folio.mapcount[F0]@8| a!399 a!400)))
                  (and (= |folio.refcount[F0]@8| #x00)
                       (= |folio.mapcount[F0]@8| #x00)
                       (= a!399 #x00)
                       (= a!400 #x00)
                       a!401)))
      (a!407 (ite (not (= |folio.used[F1]@8| #x00))
                  (and a!403
                       (= |folio.refcount[F1]@8|
                          (bvadd |folio.mapcount[F1]@8| a!404 a!405)))
                  (and (= |folio.refcount[F1]@8| #x00)
                       (= |folio.mapcount[F1]@8| #x00)
                       (= a!404 #x00)
                       (= a!405 #x00)
                       a!406)))
      (a!409 (and (bvuge (ite (= migrate0.newpage@8 #x00)
                              |folio.refcount[F0]@8|
                              |folio.refcount[F1]@8|)
                         #x01)
                  a!408))
      (a!413 (and (and (= migrate0.pc@8 #x09) (not (= migrate0.ok@8 #x00)))
                  a!412))
      (a!416 (and (bvuge (ite (= fault0.page@8 #x00)
                              |folio.refcount[F0]@8|
                              |folio.refcount[F1]@8|)
                         #x01)
                  a!415))
      (a!418 (or (not (not (= |folio.used[F0]@8| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@8| #x00)
                          (bvugt a!400 #x00))
                      (not (= |PG_lru[F0]@8| #x00))
                      (= |PG_locked[F0]@8| #x00))))
      (a!419 (or (not (not (= |folio.used[F1]@8| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@8| #x00)
                          (bvugt a!405 #x00))
                      (not (= |PG_lru[F1]@8| #x00))
                      (= |PG_locked[F1]@8| #x00))))
      (a!423 (and (= migrate0.pc@8 #x02)
                  a!421
                  (= (ite (= a!422 #x00) |PG_locked[F0]@8| |PG_locked[F1]@8|)
                     #x00)))
      (a!435 (and a!433
                  a!434
                  (= (ite (= |pte.folio[P0][0]@9| #x00)
                          |folio.index[F0]@9|
                          |folio.index[F1]@9|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@9|)
                  (= |anon_vma.list[av0][0]@9| #x00)))
      (a!439 (and (= migrate0.pc@9 #x05)
                  (= (ite a!437
                          |&mapping->tree_lock.writer[shmem]@9|
                          |&mapping->tree_lock.writer[swapper_space]@9|)
                     #x00)
                  (= (ite a!437
                          |&mapping->tree_lock.readers[shmem]@9|
                          |&mapping->tree_lock.readers[swapper_space]@9|)
                     #x00)
                  (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))
                  (= |folio.refcount[F0]@9| #x02)
                  a!438))
      (a!440 (and (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))
                  (= |folio.refcount[F0]@9| #x02)
                  a!438))
      (a!444 (ite (not (= fault0.from_swap@9 #x00))
                  (and (= swapper_space.i_pages@9 fault0.page@9) a!442)
                  (and (= shmem.i_pages@9 fault0.page@9) a!443)))
      (a!450 (ite (not (= |folio.used[F0]@9| #x00))
                  (and a!446
                       (= |folio.refcount[F0]@9|
                          (bvadd |folio.mapcount[F0]@9| a!447 a!448)))
                  (and (= |folio.refcount[F0]@9| #x00)
                       (= |folio.mapcount[F0]@9| #x00)
                       (= a!447 #x00)
                       (= a!448 #x00)
                       a!449)))
      (a!455 (ite (not (= |folio.used[F1]@9| #x00))
                  (and a!451
                       (= |folio.refcount[F1]@9|
                          (bvadd |folio.mapcount[F1]@9| a!452 a!453)))
                  (and (= |folio.refcount[F1]@9| #x00)
                       (= |folio.mapcount[F1]@9| #x00)
                       (= a!452 #x00)
                       (= a!453 #x00)
                       a!454)))
      (a!457 (and (bvuge (ite (= migrate0.newpage@9 #x00)
                              |folio.refcount[F0]@9|
                              |folio.refcount[F1]@9|)
                         #x01)
                  a!456))
      (a!461 (and (and (= migrate0.pc@9 #x09) (not (= migrate0.ok@9 #x00)))
                  a!460))
      (a!464 (and (bvuge (ite (= fault0.page@9 #x00)
                              |folio.refcount[F0]@9|
                              |folio.refcount[F1]@9|)
                         #x01)
                  a!463))
      (a!466 (or (not (not (= |folio.used[F0]@9| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@9| #x00)
                          (bvugt a!448 #x00))
                      (not (= |PG_lru[F0]@9| #x00))
                      (= |PG_locked[F0]@9| #x00))))
      (a!467 (or (not (not (= |folio.used[F1]@9| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@9| #x00)
                          (bvugt a!453 #x00))
                      (not (= |PG_lru[F1]@9| #x00))
                      (= |PG_locked[F1]@9| #x00))))
      (a!471 (and (= migrate0.pc@9 #x02)
                  a!469
                  (= (ite (= a!470 #x00) |PG_locked[F0]@9| |PG_locked[F1]@9|)
                     #x00)))
      (a!483 (and a!481
                  a!482
                  (= (ite (= |pte.folio[P0][0]@10| #x00)
                          |folio.index[F0]@10|
                          |folio.index[F1]@10|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@10|)
                  (= |anon_vma.list[av0][0]@10| #x00)))
      (a!487 (and (= migrate0.pc@10 #x05)
                  (= (ite a!485
                          |&mapping->tree_lock.writer[shmem]@10|
                          |&mapping->tree_lock.writer[swapper_space]@10|)
                     #x00)
                  (= (ite a!485
                          |&mapping->tree_lock.readers[shmem]@10|
                          |&mapping->tree_lock.readers[swapper_space]@10|)
                     #x00)
                  (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))
                  (= |folio.refcount[F0]@10| #x02)
                  a!486))
      (a!488 (and (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))
                  (= |folio.refcount[F0]@10| #x02)
                  a!486))
      (a!492 (ite (not (= fault0.from_swap@10 #x00))
                  (and (= swapper_space.i_pages@10 fault0.page@10) a!490)
                  (and (= shmem.i_pages@10 fault0.page@10) a!491)))
      (a!498 (ite (not (= |folio.used[F0]@10| #x00))
                  (and a!494
                       (= |folio.refcount[F0]@10|
                          (bvadd |folio.mapcount[F0]@10| a!495 a!496)))
                  (and (= |folio.refcount[F0]@10| #x00)
                       (= |folio.mapcount[F0]@10| #x00)
                       (= a!495 #x00)
                       (= a!496 #x00)
                       a!497)))
      (a!503 (ite (not (= |folio.used[F1]@10| #x00))
                  (and a!499
                       (= |folio.refcount[F1]@10|
                          (bvadd |folio.mapcount[F1]@10| a!500 a!501)))
                  (and (= |folio.refcount[F1]@10| #x00)
                       (= |folio.mapcount[F1]@10| #x00)
                       (= a!500 #x00)
                       (= a!501 #x00)
                       a!502)))
      (a!505 (and (bvuge (ite (= migrate0.newpage@10 #x00)
                              |folio.refcount[F0]@10|
                              |folio.refcount[F1]@10|)
                         #x01)
                  a!504))
      (a!509 (and (and (= migrate0.pc@10 #x09) (not (= migrate0.ok@10 #x00)))
                  a!508))
      (a!512 (and (bvuge (ite (= fault0.page@10 #x00)
                              |folio.refcount[F0]@10|
                              |folio.refcount[F1]@10|)
                         #x01)
                  a!511))
      (a!514 (or (not (not (= |folio.used[F0]@10| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@10| #x00)
                          (bvugt a!496 #x00))
                      (not (= |PG_lru[F0]@10| #x00))
                      (= |PG_locked[F0]@10| #x00))))
      (a!515 (or (not (not (= |folio.used[F1]@10| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@10| #x00)
                          (bvugt a!501 #x00))
                      (not (= |PG_lru[F1]@10| #x00))
                      (= |PG_locked[F1]@10| #x00))))
      (a!519 (and (= migrate0.pc@10 #x02)
                  a!517
                  (= (ite (= a!518 #x00) |PG_locked[F0]@10| |PG_locked[F1]@10|)
                     #x00)))
      (a!531 (and a!529
                  a!530
                  (= (ite (= |pte.folio[P0][0]@11| #x00)
                          |folio.index[F0]@11|
                          |folio.index[F1]@11|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@11|)
                  (= |anon_vma.list[av0][0]@11| #x00)))
      (a!535 (and (= migrate0.pc@11 #x05)
                  (= (ite a!533
                          |&mapping->tree_lock.writer[shmem]@11|
                          |&mapping->tree_lock.writer[swapper_space]@11|)
                     #x00)
                  (= (ite a!533
                          |&mapping->tree_lock.readers[shmem]@11|
                          |&mapping->tree_lock.readers[swapper_space]@11|)
                     #x00)
                  (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))
                  (= |folio.refcount[F0]@11| #x02)
                  a!534))
      (a!536 (and (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))
                  (= |folio.refcount[F0]@11| #x02)
                  a!534))
      (a!540 (ite (not (= fault0.from_swap@11 #x00))
                  (and (= swapper_space.i_pages@11 fault0.page@11) a!538)
                  (and (= shmem.i_pages@11 fault0.page@11) a!539)))
      (a!546 (ite (not (= |folio.used[F0]@11| #x00))
                  (and a!542
                       (= |folio.refcount[F0]@11|
                          (bvadd |folio.mapcount[F0]@11| a!543 a!544)))
                  (and (= |folio.refcount[F0]@11| #x00)
                       (= |folio.mapcount[F0]@11| #x00)
                       (= a!543 #x00)
                       (= a!544 #x00)
                       a!545)))
      (a!551 (ite (not (= |folio.used[F1]@11| #x00))
                  (and a!547
                       (= |folio.refcount[F1]@11|
                          (bvadd |folio.mapcount[F1]@11| a!548 a!549)))
                  (and (= |folio.refcount[F1]@11| #x00)
                       (= |folio.mapcount[F1]@11| #x00)
                       (= a!548 #x00)
                       (= a!549 #x00)
                       a!550)))
      (a!553 (and (bvuge (ite (= migrate0.newpage@11 #x00)
                              |folio.refcount[F0]@11|
                              |folio.refcount[F1]@11|)
                         #x01)
                  a!552))
      (a!557 (and (and (= migrate0.pc@11 #x09) (not (= migrate0.ok@11 #x00)))
                  a!556))
      (a!560 (and (bvuge (ite (= fault0.page@11 #x00)
                              |folio.refcount[F0]@11|
                              |folio.refcount[F1]@11|)
                         #x01)
                  a!559))
      (a!562 (or (not (not (= |folio.used[F0]@11| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@11| #x00)
                          (bvugt a!544 #x00))
                      (not (= |PG_lru[F0]@11| #x00))
                      (= |PG_locked[F0]@11| #x00))))
      (a!563 (or (not (not (= |folio.used[F1]@11| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@11| #x00)
                          (bvugt a!549 #x00))
                      (not (= |PG_lru[F1]@11| #x00))
                      (= |PG_locked[F1]@11| #x00))))
      (a!567 (and (= migrate0.pc@11 #x02)
                  a!565
                  (= (ite (= a!566 #x00) |PG_locked[F0]@11| |PG_locked[F1]@11|)
                     #x00)))
      (a!579 (and a!577
                  a!578
                  (= (ite (= |pte.folio[P0][0]@12| #x00)
                          |folio.index[F0]@12|
                          |folio.index[F1]@12|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@12|)
                  (= |anon_vma.list[av0][0]@12| #x00)))
      (a!583 (and (= migrate0.pc@12 #x05)
                  (= (ite a!581
                          |&mapping->tree_lock.writer[shmem]@12|
                          |&mapping->tree_lock.writer[swapper_space]@12|)
                     #x00)
                  (= (ite a!581
                          |&mapping->tree_lock.readers[shmem]@12|
                          |&mapping->tree_lock.readers[swapper_space]@12|)
                     #x00)
                  (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))
                  (= |folio.refcount[F0]@12| #x02)
                  a!582))
      (a!584 (and (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))
                  (= |folio.refcount[F0]@12| #x02)
                  a!582))
      (a!588 (ite (not (= fault0.from_swap@12 #x00))
                  (and (= swapper_space.i_pages@12 fault0.page@12) a!586)
                  (and (= shmem.i_pages@12 fault0.page@12) a!587)))
      (a!594 (ite (not (= |folio.used[F0]@12| #x00))
                  (and a!590
                       (= |folio.refcount[F0]@12|
                          (bvadd |folio.mapcount[F0]@12| a!591 a!592)))
                  (and (= |folio.refcount[F0]@12| #x00)
                       (= |folio.mapcount[F0]@12| #x00)
                       (= a!591 #x00)
                       (= a!592 #x00)
                       a!593)))
      (a!599 (ite (not (= |folio.used[F1]@12| #x00))
                  (and a!595
                       (= |folio.refcount[F1]@12|
                          (bvadd |folio.mapcount[F1]@12| a!596 a!597)))
                  (and (= |folio.refcount[F1]@12| #x00)
                       (= |folio.mapcount[F1]@12| #x00)
                       (= a!596 #x00)
                       (= a!597 #x00)
                       a!598)))
      (a!601 (and (bvuge (ite (= migrate0.newpage@12 #x00)
                              |folio.refcount[F0]@12|
                              |folio.refcount[F1]@12|)
                         #x01)
                  a!600))
      (a!605 (and (and (= migrate0.pc@12 #x09) (not (= migrate0.ok@12 #x00)))
                  a!604))
      (a!608 (and (bvuge (ite (= fault0.page@12 #x00)
                              |folio.refcount[F0]@12|
                              |folio.refcount[F1]@12|)
                         #x01)
                  a!607))
      (a!610 (or (not (not (= |folio.used[F0]@12| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@12| #x00)
                          (bvugt a!592 #x00))
                      (not (= |PG_lru[F0]@12| #x00))
                      (= |PG_locked[F0]@12| #x00))))
      (a!611 (or (not (not (= |folio.used[F1]@12| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@12| #x00)
                          (bvugt a!597 #x00))
                      (not (= |PG_lru[F1]@12| #x00))
                      (= |PG_locked[F1]@12| #x00))))
      (a!615 (and (= migrate0.pc@12 #x02)
                  a!613
                  (= (ite (= a!614 #x00) |PG_locked[F0]@12| |PG_locked[F1]@12|)
                     #x00))))
(let ((a!4 (or (not (not (= |pte[P0][0]@0| #x00))) a!3))
      (a!27 (and (and (= migrate0.pc@0 #x09) (not (= migrate0.ok@0 #x00)))
                 (not a!25)))
      (a!48 (or (and (= migrate0.pc@0 #x00)
                     (= |lru_lock[0]@0| #x00)
                     (not (= |folio.used[F0]@0| #x00))
                     (not (= |PG_lru[F0]@0| #x00)))
                (and (= migrate0.pc@0 #x00) a!36)
                (and (= migrate0.pc@0 #x01) (= |PG_locked[F0]@0| #x00))
                a!39
                a!40
                a!41
                a!42
                (and (= migrate0.pc@0 #x03) a!43)
                (= migrate0.pc@0 #x04)
                a!7
                (and (= migrate0.pc@0 #x05) (not a!8))
                (= migrate0.pc@0 #x06)
                (and (= migrate0.pc@0 #x07) (not (= migrate0.ok@0 #x00)))
                a!26
                (and (= migrate0.pc@0 #x09) (not (= migrate0.ok@0 #x00)))
                a!30
                (and (= migrate0.pc@0 #x08) (bvult migrate0.pass@0 #x01))
                (and (= migrate0.pc@0 #x08) (bvuge migrate0.pass@0 #x01))
                (and (= fault0.pc@0 #x00)
                     (= |&mapping->tree_lock.writer[shmem]@0| #x00)
                     (not (= shmem.i_pages@0 #x02)))
                (and (= fault0.pc@0 #x00)
                     (= |&info->lock[0]@0| #x00)
                     (= |&mapping->tree_lock.writer[swapper_space]@0| #x00)
                     (= shmem.i_pages@0 #x02)
                     (not (= swapper_space.i_pages@0 #x02)))
                a!44
                (and (= fault0.pc@0 #x02) a!12)
                (and (= fault0.pc@0 #x02) (not a!12))
                (and (= kswapd0.pc@0 #x00)
                     (= |lru_lock[0]@0| #x00)
                     (not (= |folio.used[F0]@0| #x00))
                     (not (= |PG_lru[F0]@0| #x00))
                     (= |PG_locked[F0]@0| #x00))
                (and (= kswapd0.pc@0 #x00) a!45)
                a!46
                (and (= kswapd0.pc@0 #x01) (not a!47))
                (= kswapd0.pc@0 #x02)))
      (a!52 (or (not (not (= |pte[P0][0]@1| #x00))) a!51))
      (a!75 (and (and (= migrate0.pc@1 #x09) (not (= migrate0.ok@1 #x00)))
                 (not a!73)))
      (a!96 (or (and (= migrate0.pc@1 #x00)
                     (= |lru_lock[0]@1| #x00)
                     (not (= |folio.used[F0]@1| #x00))
                     (not (= |PG_lru[F0]@1| #x00)))
                (and (= migrate0.pc@1 #x00) a!84)
                (and (= migrate0.pc@1 #x01) (= |PG_locked[F0]@1| #x00))
                a!87
                a!88
                a!89
                a!90
                (and (= migrate0.pc@1 #x03) a!91)
                (= migrate0.pc@1 #x04)
                a!55
                (and (= migrate0.pc@1 #x05) (not a!56))
                (= migrate0.pc@1 #x06)
                (and (= migrate0.pc@1 #x07) (not (= migrate0.ok@1 #x00)))
                a!74
                (and (= migrate0.pc@1 #x09) (not (= migrate0.ok@1 #x00)))
                a!78
                (and (= migrate0.pc@1 #x08) (bvult migrate0.pass@1 #x01))
                (and (= migrate0.pc@1 #x08) (bvuge migrate0.pass@1 #x01))
                (and (= fault0.pc@1 #x00)
                     (= |&mapping->tree_lock.writer[shmem]@1| #x00)
                     (not (= shmem.i_pages@1 #x02)))
                (and (= fault0.pc@1 #x00)
                     (= |&info->lock[0]@1| #x00)
                     (= |&mapping->tree_lock.writer[swapper_space]@1| #x00)
                     (= shmem.i_pages@1 #x02)
                     (not (= swapper_space.i_pages@1 #x02)))
                a!92
                (and (= fault0.pc@1 #x02) a!60)
                (and (= fault0.pc@1 #x02) (not a!60))
                (and (= kswapd0.pc@1 #x00)
                     (= |lru_lock[0]@1| #x00)
                     (not (= |folio.used[F0]@1| #x00))
                     (not (= |PG_lru[F0]@1| #x00))
                     (= |PG_locked[F0]@1| #x00))
                (and (= kswapd0.pc@1 #x00) a!93)
                a!94
                (and (= kswapd0.pc@1 #x01) (not a!95))
                (= kswapd0.pc@1 #x02)))
      (a!100 (or (not (not (= |pte[P0][0]@2| #x00))) a!99))
      (a!123 (and (and (= migrate0.pc@2 #x09) (not (= migrate0.ok@2 #x00)))
                  (not a!121)))
      (a!144 (or (and (= migrate0.pc@2 #x00)
                      (= |lru_lock[0]@2| #x00)
                      (not (= |folio.used[F0]@2| #x00))
                      (not (= |PG_lru[F0]@2| #x00)))
                 (and (= migrate0.pc@2 #x00) a!132)
                 (and (= migrate0.pc@2 #x01) (= |PG_locked[F0]@2| #x00))
                 a!135
                 a!136
                 a!137
                 a!138
                 (and (= migrate0.pc@2 #x03) a!139)
                 (= migrate0.pc@2 #x04)
                 a!103
                 (and (= migrate0.pc@2 #x05) (not a!104))
                 (= migrate0.pc@2 #x06)
                 (and (= migrate0.pc@2 #x07) (not (= migrate0.ok@2 #x00)))
                 a!122
                 (and (= migrate0.pc@2 #x09) (not (= migrate0.ok@2 #x00)))
                 a!126
                 (and (= migrate0.pc@2 #x08) (bvult migrate0.pass@2 #x01))
                 (and (= migrate0.pc@2 #x08) (bvuge migrate0.pass@2 #x01))
                 (and (= fault0.pc@2 #x00)
                      (= |&mapping->tree_lock.writer[shmem]@2| #x00)
                      (not (= shmem.i_pages@2 #x02)))
                 (and (= fault0.pc@2 #x00)
                      (= |&info->lock[0]@2| #x00)
                      (= |&mapping->tree_lock.writer[swapper_space]@2| #x00)
                      (= shmem.i_pages@2 #x02)
                      (not (= swapper_space.i_pages@2 #x02)))
                 a!140
                 (and (= fault0.pc@2 #x02) a!108)
                 (and (= fault0.pc@2 #x02) (not a!108))
                 (and (= kswapd0.pc@2 #x00)
                      (= |lru_lock[0]@2| #x00)
                      (not (= |folio.used[F0]@2| #x00))
                      (not (= |PG_lru[F0]@2| #x00))
                      (= |PG_locked[F0]@2| #x00))
                 (and (= kswapd0.pc@2 #x00) a!141)
                 a!142
                 (and (= kswapd0.pc@2 #x01) (not a!143))
                 (= kswapd0.pc@2 #x02)))
      (a!148 (or (not (not (= |pte[P0][0]@3| #x00))) a!147))
      (a!171 (and (and (= migrate0.pc@3 #x09) (not (= migrate0.ok@3 #x00)))
                  (not a!169)))
      (a!192 (or (and (= migrate0.pc@3 #x00)
                      (= |lru_lock[0]@3| #x00)
                      (not (= |folio.used[F0]@3| #x00))
                      (not (= |PG_lru[F0]@3| #x00)))
                 (and (= migrate0.pc@3 #x00) a!180)
                 (and (= migrate0.pc@3 #x01) (= |PG_locked[F0]@3| #x00))
                 a!183
                 a!184
                 a!185
                 a!186
                 (and (= migrate0.pc@3 #x03) a!187)
                 (= migrate0.pc@3 #x04)
                 a!151
                 (and (= migrate0.pc@3 #x05) (not a!152))
                 (= migrate0.pc@3 #x06)
                 (and (= migrate0.pc@3 #x07) (not (= migrate0.ok@3 #x00)))
                 a!170
                 (and (= migrate0.pc@3 #x09) (not (= migrate0.ok@3 #x00)))
                 a!174
                 (and (= migrate0.pc@3 #x08) (bvult migrate0.pass@3 #x01))
                 (and (= migrate0.pc@3 #x08) (bvuge migrate0.pass@3 #x01))
                 (and (= fault0.pc@3 #x00)
                      (= |&mapping->tree_lock.writer[shmem]@3| #x00)
                      (not (= shmem.i_pages@3 #x02)))
                 (and (= fault0.pc@3 #x00)
                      (= |&info->lock[0]@3| #x00)
                      (= |&mapping->tree_lock.writer[swapper_space]@3| #x00)
                      (= shmem.i_pages@3 #x02)
                      (not (= swapper_space.i_pages@3 #x02)))
                 a!188
                 (and (= fault0.pc@3 #x02) a!156)
                 (and (= fault0.pc@3 #x02) (not a!156))
                 (and (= kswapd0.pc@3 #x00)
                      (= |lru_lock[0]@3| #x00)
                      (not (= |folio.used[F0]@3| #x00))
                      (not (= |PG_lru[F0]@3| #x00))
                      (= |PG_locked[F0]@3| #x00))
                 (and (= kswapd0.pc@3 #x00) a!189)
                 a!190
                 (and (= kswapd0.pc@3 #x01) (not a!191))
                 (= kswapd0.pc@3 #x02)))
      (a!196 (or (not (not (= |pte[P0][0]@4| #x00))) a!195))
      (a!219 (and (and (= migrate0.pc@4 #x09) (not (= migrate0.ok@4 #x00)))
                  (not a!217)))
      (a!240 (or (and (= migrate0.pc@4 #x00)
                      (= |lru_lock[0]@4| #x00)
                      (not (= |folio.used[F0]@4| #x00))
                      (not (= |PG_lru[F0]@4| #x00)))
                 (and (= migrate0.pc@4 #x00) a!228)
                 (and (= migrate0.pc@4 #x01) (= |PG_locked[F0]@4| #x00))
                 a!231
                 a!232
                 a!233
                 a!234
                 (and (= migrate0.pc@4 #x03) a!235)
                 (= migrate0.pc@4 #x04)
                 a!199
                 (and (= migrate0.pc@4 #x05) (not a!200))
                 (= migrate0.pc@4 #x06)
                 (and (= migrate0.pc@4 #x07) (not (= migrate0.ok@4 #x00)))
                 a!218
                 (and (= migrate0.pc@4 #x09) (not (= migrate0.ok@4 #x00)))
                 a!222
                 (and (= migrate0.pc@4 #x08) (bvult migrate0.pass@4 #x01))
                 (and (= migrate0.pc@4 #x08) (bvuge migrate0.pass@4 #x01))
                 (and (= fault0.pc@4 #x00)
                      (= |&mapping->tree_lock.writer[shmem]@4| #x00)
                      (not (= shmem.i_pages@4 #x02)))
                 (and (= fault0.pc@4 #x00)
                      (= |&info->lock[0]@4| #x00)
                      (= |&mapping->tree_lock.writer[swapper_space]@4| #x00)
                      (= shmem.i_pages@4 #x02)
                      (not (= swapper_space.i_pages@4 #x02)))
                 a!236
                 (and (= fault0.pc@4 #x02) a!204)
                 (and (= fault0.pc@4 #x02) (not a!204))
                 (and (= kswapd0.pc@4 #x00)
                      (= |lru_lock[0]@4| #x00)
                      (not (= |folio.used[F0]@4| #x00))
                      (not (= |PG_lru[F0]@4| #x00))
                      (= |PG_locked[F0]@4| #x00))
                 (and (= kswapd0.pc@4 #x00) a!237)
                 a!238
                 (and (= kswapd0.pc@4 #x01) (not a!239))
                 (= kswapd0.pc@4 #x02)))
      (a!244 (or (not (not (= |pte[P0][0]@5| #x00))) a!243))
      (a!267 (and (and (= migrate0.pc@5 #x09) (not (= migrate0.ok@5 #x00)))
                  (not a!265)))
      (a!288 (or (and (= migrate0.pc@5 #x00)
                      (= |lru_lock[0]@5| #x00)
                      (not (= |folio.used[F0]@5| #x00))
                      (not (= |PG_lru[F0]@5| #x00)))
                 (and (= migrate0.pc@5 #x00) a!276)
                 (and (= migrate0.pc@5 #x01) (= |PG_locked[F0]@5| #x00))
                 a!279
                 a!280
                 a!281
                 a!282
                 (and (= migrate0.pc@5 #x03) a!283)
                 (= migrate0.pc@5 #x04)
                 a!247
                 (and (= migrate0.pc@5 #x05) (not a!248))
                 (= migrate0.pc@5 #x06)
                 (and (= migrate0.pc@5 #x07) (not (= migrate0.ok@5 #x00)))
                 a!266
                 (and (= migrate0.pc@5 #x09) (not (= migrate0.ok@5 #x00)))
                 a!270
                 (and (= migrate0.pc@5 #x08) (bvult migrate0.pass@5 #x01))
                 (and (= migrate0.pc@5 #x08) (bvuge migrate0.pass@5 #x01))
                 (and (= fault0.pc@5 #x00)
                      (= |&mapping->tree_lock.writer[shmem]@5| #x00)
                      (not (= shmem.i_pages@5 #x02)))
                 (and (= fault0.pc@5 #x00)
                      (= |&info->lock[0]@5| #x00)
                      (= |&mapping->tree_lock.writer[swapper_space]@5| #x00)
                      (= shmem.i_pages@5 #x02)
                      (not (= swapper_space.i_pages@5 #x02)))
                 a!284
                 (and (= fault0.pc@5 #x02) a!252)
                 (and (= fault0.pc@5 #x02) (not a!252))
                 (and (= kswapd0.pc@5 #x00)
                      (= |lru_lock[0]@5| #x00)
                      (not (= |folio.used[F0]@5| #x00))
                      (not (= |PG_lru[F0]@5| #x00))
                      (= |PG_locked[F0]@5| #x00))
                 (and (= kswapd0.pc@5 #x00) a!285)
                 a!286
                 (and (= kswapd0.pc@5 #x01) (not a!287))
                 (= kswapd0.pc@5 #x02)))
      (a!292 (or (not (not (= |pte[P0][0]@6| #x00))) a!291))
      (a!315 (and (and (= migrate0.pc@6 #x09) (not (= migrate0.ok@6 #x00)))
                  (not a!313)))
      (a!336 (or (and (= migrate0.pc@6 #x00)
                      (= |lru_lock[0]@6| #x00)
                      (not (= |folio.used[F0]@6| #x00))
                      (not (= |PG_lru[F0]@6| #x00)))
                 (and (= migrate0.pc@6 #x00) a!324)
                 (and (= migrate0.pc@6 #x01) (= |PG_locked[F0]@6| #x00))
                 a!327
                 a!328
                 a!329
                 a!330
                 (and (= migrate0.pc@6 #x03) a!331)
                 (= migrate0.pc@6 #x04)
                 a!295
                 (and (= migrate0.pc@6 #x05) (not a!296))
                 (= migrate0.pc@6 #x06)
                 (and (= migrate0.pc@6 #x07) (not (= migrate0.ok@6 #x00)))
                 a!314
                 (and (= migrate0.pc@6 #x09) (not (= migrate0.ok@6 #x00)))
                 a!318
                 (and (= migrate0.pc@6 #x08) (bvult migrate0.pass@6 #x01))
                 (and (= migrate0.pc@6 #x08) (bvuge migrate0.pass@6 #x01))
                 (and (= fault0.pc@6 #x00)
                      (= |&mapping->tree_lock.writer[shmem]@6| #x00)
                      (not (= shmem.i_pages@6 #x02)))
                 (and (= fault0.pc@6 #x00)
                      (= |&info->lock[0]@6| #x00)
                      (= |&mapping->tree_lock.writer[swapper_space]@6| #x00)
                      (= shmem.i_pages@6 #x02)
                      (not (= swapper_space.i_pages@6 #x02)))
                 a!332
                 (and (= fault0.pc@6 #x02) a!300)
                 (and (= fault0.pc@6 #x02) (not a!300))
                 (and (= kswapd0.pc@6 #x00)
                      (= |lru_lock[0]@6| #x00)
                      (not (= |folio.used[F0]@6| #x00))
                      (not (= |PG_lru[F0]@6| #x00))
                      (= |PG_locked[F0]@6| #x00))
                 (and (= kswapd0.pc@6 #x00) a!333)
                 a!334
                 (and (= kswapd0.pc@6 #x01) (not a!335))
                 (= kswapd0.pc@6 #x02)))
      (a!340 (or (not (not (= |pte[P0][0]@7| #x00))) a!339))
      (a!363 (and (and (= migrate0.pc@7 #x09) (not (= migrate0.ok@7 #x00)))
                  (not a!361)))
      (a!384 (or (and (= migrate0.pc@7 #x00)
                      (= |lru_lock[0]@7| #x00)
                      (not (= |folio.used[F0]@7| #x00))
                      (not (= |PG_lru[F0]@7| #x00)))
                 (and (= migrate0.pc@7 #x00) a!372)
                 (and (= migrate0.pc@7 #x01) (= |PG_locked[F0]@7| #x00))
                 a!375
                 a!376
                 a!377
                 a!378
                 (and (= migrate0.pc@7 #x03) a!379)
                 (= migrate0.pc@7 #x04)
                 a!343
                 (and (= migrate0.pc@7 #x05) (not a!344))
                 (= migrate0.pc@7 #x06)
                 (and (= migrate0.pc@7 #x07) (not (= migrate0.ok@7 #x00)))
                 a!362
                 (and (= migrate0.pc@7 #x09) (not (= migrate0.ok@7 #x00)))
                 a!366
                 (and (= migrate0.pc@7 #x08) (bvult migrate0.pass@7 #x01))
                 (and (= migrate0.pc@7 #x08) (bvuge migrate0.pass@7 #x01))
                 (and (= fault0.pc@7 #x00)
                      (= |&mapping->tree_lock.writer[shmem]@7| #x00)
                      (not (= shmem.i_pages@7 #x02)))
                 (and (= fault0.pc@7 #x00)
                      (= |&info->lock[0]@7| #x00)
                      (= |&mapping->tree_lock.writer[swapper_space]@7| #x00)
                      (= shmem.i_pages@7 #x02)
                      (not (= swapper_space.i_pages@7 #x02)))
                 a!380
                 (and (= fault0.pc@7 #x02) a!348)
                 (and (= fault0.pc@7 #x02) (not a!348))
                 (and (= kswapd0.pc@7 #x00)
                      (= |lru_lock[0]@7| #x00)
                      (not (= |folio.used[F0]@7| #x00))
                      (not (= |PG_lru[F0]@7| #x00))
                      (= |PG_locked[F0]@7| #x00))
                 (and (= kswapd0.pc@7 #x00) a!381)
                 a!382
                 (and (= kswapd0.pc@7 #x01) (not a!383))
                 (= kswapd0.pc@7 #x02)))
      (a!388 (or (not (not (= |pte[P0][0]@8| #x00))) a!387))
      (a!411 (and (and (= migrate0.pc@8 #x09) (not (= migrate0.ok@8 #x00)))
                  (not a!409)))
      (a!432 (or (and (= migrate0.pc@8 #x00)
                      (= |lru_lock[0]@8| #x00)
                      (not (= |folio.used[F0]@8| #x00))
                      (not (= |PG_lru[F0]@8| #x00)))
                 (and (= migrate0.pc@8 #x00) a!420)
                 (and (= migrate0.pc@8 #x01) (= |PG_locked[F0]@8| #x00))
                 a!423
                 a!424
                 a!425
                 a!426
                 (and (= migrate0.pc@8 #x03) a!427)
                 (= migrate0.pc@8 #x04)
                 a!391
                 (and (= migrate0.pc@8 #x05) (not a!392))
                 (= migrate0.pc@8 #x06)
                 (and (= migrate0.pc@8 #x07) (not (= migrate0.ok@8 #x00)))
                 a!410
                 (and (= migrate0.pc@8 #x09) (not (= migrate0.ok@8 #x00)))
                 a!414
                 (and (= migrate0.pc@8 #x08) (bvult migrate0.pass@8 #x01))
                 (and (= migrate0.pc@8 #x08) (bvuge migrate0.pass@8 #x01))
                 (and (= fault0.pc@8 #x00)
                      (= |&mapping->tree_lock.writer[shmem]@8| #x00)
                      (not (= shmem.i_pages@8 #x02)))
                 (and (= fault0.pc@8 #x00)
                      (= |&info->lock[0]@8| #x00)
                      (= |&mapping->tree_lock.writer[swapper_space]@8| #x00)
                      (= shmem.i_pages@8 #x02)
                      (not (= swapper_space.i_pages@8 #x02)))
                 a!428
                 (and (= fault0.pc@8 #x02) a!396)
                 (and (= fault0.pc@8 #x02) (not a!396))
                 (and (= kswapd0.pc@8 #x00)
                      (= |lru_lock[0]@8| #x00)
                      (not (= |folio.used[F0]@8| #x00))
                      (not (= |PG_lru[F0]@8| #x00))
                      (= |PG_locked[F0]@8| #x00))
                 (and (= kswapd0.pc@8 #x00) a!429)
                 a!430
                 (and (= kswapd0.pc@8 #x01) (not a!431))
                 (= kswapd0.pc@8 #x02)))
      (a!436 (or (not (not (= |pte[P0][0]@9| #x00))) a!435))
      (a!459 (and (and (= migrate0.pc@9 #x09) (not (= migrate0.ok@9 #x00)))
                  (not a!457)))
      (a!480 (or (and (= migrate0.pc@9 #x00)
                      (= |lru_lock[0]@9| #x00)
                      (not (= |folio.used[F0]@9| #x00))
                      (not (= |PG_lru[F0]@9| #x00)))
                 (and (= migrate0.pc@9 #x00) a!468)
                 (and (= migrate0.pc@9 #x01) (= |PG_locked[F0]@9| #x00))
                 a!471
                 a!472
                 a!473
                 a!474
                 (and (= migrate0.pc@9 #x03) a!475)
                 (= migrate0.pc@9 #x04)
                 a!439
                 (and (= migrate0.pc@9 #x05) (not a!440))
                 (= migrate0.pc@9 #x06)
                 (and (= migrate0.pc@9 #x07) (not (= migrate0.ok@9 #x00)))
                 a!458
                 (and (= migrate0.pc@9 #x09) (not (= migrate0.ok@9 #x00)))
                 a!462
                 (and (= migrate0.pc@9 #x08) (bvult migrate0.pass@9 #x01))
                 (and (= migrate0.pc@9 #x08) (bvuge migrate0.pass@9 #x01))
                 (and (= fault0.pc@9 #x00)
                      (= |&mapping->tree_lock.writer[shmem]@9| #x00)
                      (not (= shmem.i_pages@9 #x02)))
                 (and (= fault0.pc@9 #x00)
                      (= |&info->lock[0]@9| #x00)
                      (= |&mapping->tree_lock.writer[swapper_space]@9| #x00)
                      (= shmem.i_pages@9 #x02)
                      (not (= swapper_space.i_pages@9 #x02)))
                 a!476
                 (and (= fault0.pc@9 #x02) a!444)
                 (and (= fault0.pc@9 #x02) (not a!444))
                 (and (= kswapd0.pc@9 #x00)
                      (= |lru_lock[0]@9| #x00)
                      (not (= |folio.used[F0]@9| #x00))
                      (not (= |PG_lru[F0]@9| #x00))
                      (= |PG_locked[F0]@9| #x00))
                 (and (= kswapd0.pc@9 #x00) a!477)
                 a!478
                 (and (= kswapd0.pc@9 #x01) (not a!479))
                 (= kswapd0.pc@9 #x02)))
      (a!484 (or (not (not (= |pte[P0][0]@10| #x00))) a!483))
      (a!507 (and (and (= migrate0.pc@10 #x09) (not (= migrate0.ok@10 #x00)))
                  (not a!505)))
      (a!528 (or (and (= migrate0.pc@10 #x00)
                      (= |lru_lock[0]@10| #x00)
                      (not (= |folio.used[F0]@10| #x00))
                      (not (= |PG_lru[F0]@10| #x00)))
                 (and (= migrate0.pc@10 #x00) a!516)
                 (and (= migrate0.pc@10 #x01) (= |PG_locked[F0]@10| #x00))
                 a!519
                 a!520
                 a!521
                 a!522
                 (and (= migrate0.pc@10 #x03) a!523)
                 (= migrate0.pc@10 #x04)
                 a!487
                 (and (= migrate0.pc@10 #x05) (not a!488))
                 (= migrate0.pc@10 #x06)
                 (and (= migrate0.pc@10 #x07) (not (= migrate0.ok@10 #x00)))
                 a!506
                 (and (= migrate0.pc@10 #x09) (not (= migrate0.ok@10 #x00)))
                 a!510
                 (and (= migrate0.pc@10 #x08) (bvult migrate0.pass@10 #x01))
                 (and (= migrate0.pc@10 #x08) (bvuge migrate0.pass@10 #x01))
                 (and (= fault0.pc@10 #x00)
                      (= |&mapping->tree_lock.writer[shmem]@10| #x00)
                      (not (= shmem.i_pages@10 #x02)))
                 (and (= fault0.pc@10 #x00)
                      (= |&info->lock[0]@10| #x00)
                      (= |&mapping->tree_lock.writer[swapper_space]@10| #x00)
                      (= shmem.i_pages@10 #x02)
                      (not (= swapper_space.i_pages@10 #x02)))
                 a!524
                 (and (= fault0.pc@10 #x02) a!492)
                 (and (= fault0.pc@10 #x02) (not a!492))
                 (and (= kswapd0.pc@10 #x00)
                      (= |lru_lock[0]@10| #x00)
                      (not (= |folio.used[F0]@10| #x00))
                      (not (= |PG_lru[F0]@10| #x00))
                      (= |PG_locked[F0]@10| #x00))
                 (and (= kswapd0.pc@10 #x00) a!525)
                 a!526
                 (and (= kswapd0.pc@10 #x01) (not a!527))
                 (= kswapd0.pc@10 #x02)))
      (a!532 (or (not (not (= |pte[P0][0]@11| #x00))) a!531))
      (a!555 (and (and (= migrate0.pc@11 #x09) (not (= migrate0.ok@11 #x00)))
                  (not a!553)))
      (a!576 (or (and (= migrate0.pc@11 #x00)
                      (= |lru_lock[0]@11| #x00)
                      (not (= |folio.used[F0]@11| #x00))
                      (not (= |PG_lru[F0]@11| #x00)))
                 (and (= migrate0.pc@11 #x00) a!564)
                 (and (= migrate0.pc@11 #x01) (= |PG_locked[F0]@11| #x00))
                 a!567
                 a!568
                 a!569
                 a!570
                 (and (= migrate0.pc@11 #x03) a!571)
                 (= migrate0.pc@11 #x04)
                 a!535
                 (and (= migrate0.pc@11 #x05) (not a!536))
                 (= migrate0.pc@11 #x06)
                 (and (= migrate0.pc@11 #x07) (not (= migrate0.ok@11 #x00)))
                 a!554
                 (and (= migrate0.pc@11 #x09) (not (= migrate0.ok@11 #x00)))
                 a!558
                 (and (= migrate0.pc@11 #x08) (bvult migrate0.pass@11 #x01))
                 (and (= migrate0.pc@11 #x08) (bvuge migrate0.pass@11 #x01))
                 (and (= fault0.pc@11 #x00)
                      (= |&mapping->tree_lock.writer[shmem]@11| #x00)
                      (not (= shmem.i_pages@11 #x02)))
                 (and (= fault0.pc@11 #x00)
                      (= |&info->lock[0]@11| #x00)
                      (= |&mapping->tree_lock.writer[swapper_space]@11| #x00)
                      (= shmem.i_pages@11 #x02)
                      (not (= swapper_space.i_pages@11 #x02)))
                 a!572
                 (and (= fault0.pc@11 #x02) a!540)
                 (and (= fault0.pc@11 #x02) (not a!540))
                 (and (= kswapd0.pc@11 #x00)
                      (= |lru_lock[0]@11| #x00)
                      (not (= |folio.used[F0]@11| #x00))
                      (not (= |PG_lru[F0]@11| #x00))
                      (= |PG_locked[F0]@11| #x00))
                 (and (= kswapd0.pc@11 #x00) a!573)
                 a!574
                 (and (= kswapd0.pc@11 #x01) (not a!575))
                 (= kswapd0.pc@11 #x02)))
      (a!580 (or (not (not (= |pte[P0][0]@12| #x00))) a!579))
      (a!603 (and (and (= migrate0.pc@12 #x09) (not (= migrate0.ok@12 #x00)))
                  (not a!601)))
      (a!624 (or (and (= migrate0.pc@12 #x00)
                      (= |lru_lock[0]@12| #x00)
                      (not (= |folio.used[F0]@12| #x00))
                      (not (= |PG_lru[F0]@12| #x00)))
                 (and (= migrate0.pc@12 #x00) a!612)
                 (and (= migrate0.pc@12 #x01) (= |PG_locked[F0]@12| #x00))
                 a!615
                 a!616
                 a!617
                 a!618
                 (and (= migrate0.pc@12 #x03) a!619)
                 (= migrate0.pc@12 #x04)
                 a!583
                 (and (= migrate0.pc@12 #x05) (not a!584))
                 (= migrate0.pc@12 #x06)
                 (and (= migrate0.pc@12 #x07) (not (= migrate0.ok@12 #x00)))
                 a!602
                 (and (= migrate0.pc@12 #x09) (not (= migrate0.ok@12 #x00)))
                 a!606
                 (and (= migrate0.pc@12 #x08) (bvult migrate0.pass@12 #x01))
                 (and (= migrate0.pc@12 #x08) (bvuge migrate0.pass@12 #x01))
                 (and (= fault0.pc@12 #x00)
                      (= |&mapping->tree_lock.writer[shmem]@12| #x00)
                      (not (= shmem.i_pages@12 #x02)))
                 (and (= fault0.pc@12 #x00)
                      (= |&info->lock[0]@12| #x00)
                      (= |&mapping->tree_lock.writer[swapper_space]@12| #x00)
                      (= shmem.i_pages@12 #x02)
                      (not (= swapper_space.i_pages@12 #x02)))
                 a!620
                 (and (= fault0.pc@12 #x02) a!588)
                 (and (= fault0.pc@12 #x02) (not a!588))
                 (and (= kswapd0.pc@12 #x00)
                      (= |lru_lock[0]@12| #x00)
                      (not (= |folio.used[F0]@12| #x00))
                      (not (= |PG_lru[F0]@12| #x00))
                      (= |PG_locked[F0]@12| #x00))
                 (and (= kswapd0.pc@12 #x00) a!621)
                 a!622
                 (and (= kswapd0.pc@12 #x01) (not a!623))
                 (= kswapd0.pc@12 #x02))))
  (or (not a!4)
      (and a!7 (not true))
      (and (and (= migrate0.pc@0 #x05) (not a!8)) (not true))
      (not a!9)
      (and (and (= fault0.pc@0 #x02) a!12) a!13)
      (not (and a!18 a!23))
      (and (= migrate0.pc@0 #x04) (not a!25))
      (and a!26 (not a!25))
      a!27
      a!29
      (and a!30 a!28)
      (and (and (= fault0.pc@0 #x02) a!12) (not a!32))
      (and (and (= fault0.pc@0 #x02) (not a!12)) (not a!32))
      (and (= kswapd0.pc@0 #x02) a!28)
      (and a!33 (not (and a!34 a!35)))
      (and (not a!33) (not a!48))
      (not a!52)
      (and a!55 (not true))
      (and (and (= migrate0.pc@1 #x05) (not a!56)) (not true))
      (not a!57)
      (and (and (= fault0.pc@1 #x02) a!60) a!61)
      (not (and a!66 a!71))
      (and (= migrate0.pc@1 #x04) (not a!73))
      (and a!74 (not a!73))
      a!75
      a!77
      (and a!78 a!76)
      (and (and (= fault0.pc@1 #x02) a!60) (not a!80))
      (and (and (= fault0.pc@1 #x02) (not a!60)) (not a!80))
      (and (= kswapd0.pc@1 #x02) a!76)
      (and a!81 (not (and a!82 a!83)))
      (and (not a!81) (not a!96))
      (not a!100)
      (and a!103 (not true))
      (and (and (= migrate0.pc@2 #x05) (not a!104)) (not true))
      (not a!105)
      (and (and (= fault0.pc@2 #x02) a!108) a!109)
      (not (and a!114 a!119))
      (and (= migrate0.pc@2 #x04) (not a!121))
      (and a!122 (not a!121))
      a!123
      a!125
      (and a!126 a!124)
      (and (and (= fault0.pc@2 #x02) a!108) (not a!128))
      (and (and (= fault0.pc@2 #x02) (not a!108)) (not a!128))
      (and (= kswapd0.pc@2 #x02) a!124)
      (and a!129 (not (and a!130 a!131)))
      (and (not a!129) (not a!144))
      (not a!148)
      (and a!151 (not true))
      (and (and (= migrate0.pc@3 #x05) (not a!152)) (not true))
      (not a!153)
      (and (and (= fault0.pc@3 #x02) a!156) a!157)
      (not (and a!162 a!167))
      (and (= migrate0.pc@3 #x04) (not a!169))
      (and a!170 (not a!169))
      a!171
      a!173
      (and a!174 a!172)
      (and (and (= fault0.pc@3 #x02) a!156) (not a!176))
      (and (and (= fault0.pc@3 #x02) (not a!156)) (not a!176))
      (and (= kswapd0.pc@3 #x02) a!172)
      (and a!177 (not (and a!178 a!179)))
      (and (not a!177) (not a!192))
      (not a!196)
      (and a!199 (not true))
      (and (and (= migrate0.pc@4 #x05) (not a!200)) (not true))
      (not a!201)
      (and (and (= fault0.pc@4 #x02) a!204) a!205)
      (not (and a!210 a!215))
      (and (= migrate0.pc@4 #x04) (not a!217))
      (and a!218 (not a!217))
      a!219
      a!221
      (and a!222 a!220)
      (and (and (= fault0.pc@4 #x02) a!204) (not a!224))
      (and (and (= fault0.pc@4 #x02) (not a!204)) (not a!224))
      (and (= kswapd0.pc@4 #x02) a!220)
      (and a!225 (not (and a!226 a!227)))
      (and (not a!225) (not a!240))
      (not a!244)
      (and a!247 (not true))
      (and (and (= migrate0.pc@5 #x05) (not a!248)) (not true))
      (not a!249)
      (and (and (= fault0.pc@5 #x02) a!252) a!253)
      (not (and a!258 a!263))
      (and (= migrate0.pc@5 #x04) (not a!265))
      (and a!266 (not a!265))
      a!267
      a!269
      (and a!270 a!268)
      (and (and (= fault0.pc@5 #x02) a!252) (not a!272))
      (and (and (= fault0.pc@5 #x02) (not a!252)) (not a!272))
      (and (= kswapd0.pc@5 #x02) a!268)
      (and a!273 (not (and a!274 a!275)))
      (and (not a!273) (not a!288))
      (not a!292)
      (and a!295 (not true))
      (and (and (= migrate0.pc@6 #x05) (not a!296)) (not true))
      (not a!297)
      (and (and (= fault0.pc@6 #x02) a!300) a!301)
      (not (and a!306 a!311))
      (and (= migrate0.pc@6 #x04) (not a!313))
      (and a!314 (not a!313))
      a!315
      a!317
      (and a!318 a!316)
      (and (and (= fault0.pc@6 #x02) a!300) (not a!320))
      (and (and (= fault0.pc@6 #x02) (not a!300)) (not a!320))
      (and (= kswapd0.pc@6 #x02) a!316)
      (and a!321 (not (and a!322 a!323)))
      (and (not a!321) (not a!336))
      (not a!340)
      (and a!343 (not true))
      (and (and (= migrate0.pc@7 #x05) (not a!344)) (not true))
      (not a!345)
      (and (and (= fault0.pc@7 #x02) a!348) a!349)
      (not (and a!354 a!359))
      (and (= migrate0.pc@7 #x04) (not a!361))
      (and a!362 (not a!361))
      a!363
      a!365
      (and a!366 a!364)
      (and (and (= fault0.pc@7 #x02) a!348) (not a!368))
      (and (and (= fault0.pc@7 #x02) (not a!348)) (not a!368))
      (and (= kswapd0.pc@7 #x02) a!364)
      (and a!369 (not (and a!370 a!371)))
      (and (not a!369) (not a!384))
      (not a!388)
      (and a!391 (not true))
      (and (and (= migrate0.pc@8 #x05) (not a!392)) (not true))
      (not a!393)
      (and (and (= fault0.pc@8 #x02) a!396) a!397)
      (not (and a!402 a!407))
      (and (= migrate0.pc@8 #x04) (not a!409))
      (and a!410 (not a!409))
      a!411
      a!413
      (and a!414 a!412)
      (and (and (= fault0.pc@8 #x02) a!396) (not a!416))
      (and (and (= fault0.pc@8 #x02) (not a!396)) (not a!416))
      (and (= kswapd0.pc@8 #x02) a!412)
      (and a!417 (not (and a!418 a!419)))
      (and (not a!417) (not a!432))
      (not a!436)
      (and a!439 (not true))
      (and (and (= migrate0.pc@9 #x05) (not a!440)) (not true))
      (not a!441)
      (and (and (= fault0.pc@9 #x02) a!444) a!445)
      (not (and a!450 a!455))
      (and (= migrate0.pc@9 #x04) (not a!457))
      (and a!458 (not a!457))
      a!459
      a!461
      (and a!462 a!460)
      (and (and (= fault0.pc@9 #x02) a!444) (not a!464))
      (and (and (= fault0.pc@9 #x02) (not a!444)) (not a!464))
      (and (= kswapd0.pc@9 #x02) a!460)
      (and a!465 (not (and a!466 a!467)))
      (and (not a!465) (not a!480))
      (not a!484)
      (and a!487 (not true))
      (and (and (= migrate0.pc@10 #x05) (not a!488)) (not true))
      (not a!489)
      (and (and (= fault0.pc@10 #x02) a!492) a!493)
      (not (and a!498 a!503))
      (and (= migrate0.pc@10 #x04) (not a!505))
      (and a!506 (not a!505))
      a!507
      a!509
      (and a!510 a!508)
      (and (and (= fault0.pc@10 #x02) a!492) (not a!512))
      (and (and (= fault0.pc@10 #x02) (not a!492)) (not a!512))
      (and (= kswapd0.pc@10 #x02) a!508)
      (and a!513 (not (and a!514 a!515)))
      (and (not a!513) (not a!528))
      (not a!532)
      (and a!535 (not true))
      (and (and (= migrate0.pc@11 #x05) (not a!536)) (not true))
      (not a!537)
      (and (and (= fault0.pc@11 #x02) a!540) a!541)
      (not (and a!546 a!551))
      (and (= migrate0.pc@11 #x04) (not a!553))
      (and a!554 (not a!553))
      a!555
      a!557
      (and a!558 a!556)
      (and (and (= fault0.pc@11 #x02) a!540) (not a!560))
      (and (and (= fault0.pc@11 #x02) (not a!540)) (not a!560))
      (and (= kswapd0.pc@11 #x02) a!556)
      (and a!561 (not (and a!562 a!563)))
      (and (not a!561) (not a!576))
      (not a!580)
      (and a!583 (not true))
      (and (and (= migrate0.pc@12 #x05) (not a!584)) (not true))
      (not a!585)
      (and (and (= fault0.pc@12 #x02) a!588) a!589)
      (not (and a!594 a!599))
      (and (= migrate0.pc@12 #x04) (not a!601))
      (and a!602 (not a!601))
      a!603
      a!605
      (and a!606 a!604)
      (and (and (= fault0.pc@12 #x02) a!588) (not a!608))
      (and (and (= fault0.pc@12 #x02) (not a!588)) (not a!608))
      (and (= kswapd0.pc@12 #x02) a!604)
      (and a!609 (not (and a!610 a!611)))
      (and (not a!609) (not a!624)))))))
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
(model-add fault0.pc@0 () (_ BitVec 8) #x00)
(model-add fault0.page@0 () (_ BitVec 8) #x02)
(model-add fault0.from_swap@0 () (_ BitVec 8) #x00)
(model-add kswapd0.pc@0 () (_ BitVec 8) #x00)
(model-add kswapd0.isolated@0 () (_ BitVec 8) #x00)
(model-add |alive[P0]@1| () (_ BitVec 8) #x01)
(model-add |pte[P0][0]@1| () (_ BitVec 8) #x00)
(model-add |pte.folio[P0][0]@1| () (_ BitVec 8) #x00)
(model-add |pte.write[P0][0]@1| () (_ BitVec 8) #x00)
(model-add |expected[P0][0]@1| () (_ BitVec 8) #x00)
(model-add |anon_vma.list[av0][0]@1| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@1| () (_ BitVec 8) #x01)
(model-add |anon_vma.refcount[av0]@1| () (_ BitVec 8) #x01)
(model-add |folio.mapcount[F0]@1| () (_ BitVec 8) #x00)
(model-add |folio.mapcount[F1]@1| () (_ BitVec 8) #x00)
(model-add |PG_lru[F1]@1| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F0]@1| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F1]@1| () (_ BitVec 8) #x00)
(model-add |folio.mapping[F0]@1| () (_ BitVec 8) #x01)
(model-add |folio.mapping[F1]@1| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@1| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@1| () (_ BitVec 8) #x00)
(model-add |folio.data[F1]@1| () (_ BitVec 8) #x00)
(model-add |folio.node[F0]@1| () (_ BitVec 8) #x00)
(model-add |page.mapping(shmem)[F1]@1| () (_ BitVec 8) #x00)
(model-add |PG_swapcache[F1]@1| () (_ BitVec 8) #x00)
(model-add |PG_dirty[F1]@1| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@1| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@1| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@1| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av0]@1| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@1| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.writer[shmem]@1| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.writer[swapper_space]@1| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.readers[shmem]@1| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.readers[swapper_space]@1| () (_ BitVec 8) #x00)
(model-add |swap_lock[0]@1| () (_ BitVec 8) #x00)
(model-add |&info->lock[0]@1| () (_ BitVec 8) #x00)
(model-add |lru_lock[0]@1| () (_ BitVec 8) #x00)
(model-add migrate0.mapping_is_swapper@1 () (_ BitVec 8) #x00)
(model-add |alive[P0]@2| () (_ BitVec 8) #x01)
(model-add |pte[P0][0]@2| () (_ BitVec 8) #x00)
(model-add |pte.folio[P0][0]@2| () (_ BitVec 8) #x00)
(model-add |pte.write[P0][0]@2| () (_ BitVec 8) #x00)
(model-add |expected[P0][0]@2| () (_ BitVec 8) #x00)
(model-add |anon_vma.list[av0][0]@2| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@2| () (_ BitVec 8) #x01)
(model-add |anon_vma.refcount[av0]@2| () (_ BitVec 8) #x01)
(model-add |folio.mapcount[F0]@2| () (_ BitVec 8) #x00)
(model-add |folio.mapcount[F1]@2| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F0]@2| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F1]@2| () (_ BitVec 8) #x00)
(model-add |folio.mapping[F0]@2| () (_ BitVec 8) #x01)
(model-add |folio.mapping[F1]@2| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@2| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@2| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@2| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@2| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@2| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av0]@2| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@2| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.writer[shmem]@2| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.writer[swapper_space]@2| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.readers[shmem]@2| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.readers[swapper_space]@2| () (_ BitVec 8) #x00)
(model-add |swap_lock[0]@2| () (_ BitVec 8) #x00)
(model-add |&info->lock[0]@2| () (_ BitVec 8) #x00)
(model-add |lru_lock[0]@2| () (_ BitVec 8) #x00)
(model-add |alive[P0]@3| () (_ BitVec 8) #x01)
(model-add |pte[P0][0]@3| () (_ BitVec 8) #x00)
(model-add |pte.folio[P0][0]@3| () (_ BitVec 8) #x00)
(model-add |pte.write[P0][0]@3| () (_ BitVec 8) #x00)
(model-add |expected[P0][0]@3| () (_ BitVec 8) #x00)
(model-add |anon_vma.list[av0][0]@3| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@3| () (_ BitVec 8) #x01)
(model-add |anon_vma.refcount[av0]@3| () (_ BitVec 8) #x01)
(model-add |folio.mapcount[F0]@3| () (_ BitVec 8) #x00)
(model-add |folio.mapcount[F1]@3| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F0]@3| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F1]@3| () (_ BitVec 8) #x00)
(model-add |folio.mapping[F0]@3| () (_ BitVec 8) #x01)
(model-add |folio.mapping[F1]@3| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@3| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@3| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@3| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@3| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@3| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av0]@3| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@3| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.writer[shmem]@3| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.writer[swapper_space]@3| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.readers[shmem]@3| () (_ BitVec 8) #x00)
(model-add |&mapping->tree_lock.readers[swapper_space]@3| () (_ BitVec 8) #x00)
(model-add |swap_lock[0]@3| () (_ BitVec 8) #x00)
(model-add |&info->lock[0]@3| () (_ BitVec 8) #x00)
(model-add |lru_lock[0]@3| () (_ BitVec 8) #x00)
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
(model-add |PG_anon_exclusive[F0]@4| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F1]@4| () (_ BitVec 8) #x00)
(model-add |folio.mapping[F0]@4| () (_ BitVec 8) #x01)
(model-add |folio.mapping[F1]@4| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@4| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@4| () (_ BitVec 8) #x00)
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
(model-add |folio.node[F0]@12|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@11| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= fault0.page@11 #x00)
                                   |folio.refcount[F0]@11|
                                   |folio.refcount[F1]@11|)
                              #x01)
                           #x00
                           (ite (= fault0.page@11 #x00)
                                |folio.node[F0]@11|
                                |folio.node[F1]@11|)))
                 (a!5 (ite (= (ite (= migrate0.newpage@11 #x00)
                                   |folio.refcount[F0]@11|
                                   |folio.refcount[F1]@11|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@11 #x00)
                                |folio.node[F0]@11|
                                |folio.node[F1]@11|))))
           (let ((a!3 (ite (or (not (= fault0.page@11 #x00))
                               (not (= rule@11 #x16)))
                           (ite (= rule@11 #x1b)
                                (ite (= |folio.refcount[F0]@11| #x01)
                                     #x00
                                     |folio.node[F0]@11|)
                                |folio.node[F0]@11|)
                           a!2)))
           (let ((a!4 (ite (or (not (= fault0.page@11 #x00))
                               (not (= rule@11 #x15)))
                           a!3
                           a!2)))
           (let ((a!6 (ite (or (not (= rule@11 #x0e))
                               (not (= migrate0.newpage@11 #x00)))
                           (ite (or (= rule@11 #x0e) (= rule@11 #x0f))
                                (ite (= |folio.refcount[F0]@11| #x01)
                                     #x00
                                     |folio.node[F0]@11|)
                                a!4)
                           a!5)))
           (let ((a!7 (ite (or (not (= migrate0.newpage@11 #x00))
                               (not (= rule@11 #x0d)))
                           a!6
                           a!5)))
           (let ((a!8 (ite (or (not (= migrate0.newpage@11 #x00))
                               (not (= rule@11 #x08)))
                           a!7
                           a!5)))
             (ite (or (not (= rule@11 #x03)) a!1)
                  a!8
                  (bvadd #x01 (bvmul #xff |folio.node[F0]@11|))))))))))
(model-add |folio.node[F1]@12|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@11| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= fault0.page@11 #x00)
                                   |folio.refcount[F0]@11|
                                   |folio.refcount[F1]@11|)
                              #x01)
                           #x00
                           (ite (= fault0.page@11 #x00)
                                |folio.node[F0]@11|
                                |folio.node[F1]@11|)))
                 (a!5 (ite (= (ite (= migrate0.newpage@11 #x00)
                                   |folio.refcount[F0]@11|
                                   |folio.refcount[F1]@11|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@11 #x00)
                                |folio.node[F0]@11|
                                |folio.node[F1]@11|))))
           (let ((a!3 (ite (or (not (= fault0.page@11 #x01))
                               (not (= rule@11 #x16)))
                           |folio.node[F1]@11|
                           a!2)))
           (let ((a!4 (ite (or (not (= rule@11 #x15))
                               (not (= fault0.page@11 #x01)))
                           a!3
                           a!2)))
           (let ((a!6 (ite (or (not (= rule@11 #x0e))
                               (not (= migrate0.newpage@11 #x01)))
                           a!4
                           a!5)))
           (let ((a!7 (ite (or (not (= migrate0.newpage@11 #x01))
                               (not (= rule@11 #x0d)))
                           a!6
                           a!5)))
           (let ((a!8 (ite (or (not (= migrate0.newpage@11 #x01))
                               (not (= rule@11 #x08)))
                           a!7
                           a!5)))
             (ite (or (not (= rule@11 #x03)) a!1)
                  a!8
                  (bvadd #x01 (bvmul #xff |folio.node[F0]@11|))))))))))
(model-add |PG_dirty[F1]@12|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= fault0.page@11 #x00)
                                   |folio.refcount[F0]@11|
                                   |folio.refcount[F1]@11|)
                              #x01)
                           #x00
                           (ite (= fault0.page@11 #x00)
                                |PG_dirty[F0]@11|
                                |PG_dirty[F1]@11|)))
                 (a!4 (ite (= (ite (= migrate0.newpage@11 #x00)
                                   |folio.refcount[F0]@11|
                                   |folio.refcount[F1]@11|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@11 #x00)
                                |PG_dirty[F0]@11|
                                |PG_dirty[F1]@11|))))
           (let ((a!2 (ite (or (not (= fault0.page@11 #x01))
                               (not (= rule@11 #x16)))
                           |PG_dirty[F1]@11|
                           a!1)))
           (let ((a!3 (ite (or (not (= rule@11 #x15))
                               (not (= fault0.page@11 #x01)))
                           a!2
                           a!1)))
           (let ((a!5 (ite (or (not (= rule@11 #x0e))
                               (not (= migrate0.newpage@11 #x01)))
                           a!3
                           a!4)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@11 #x01))
                               (not (= rule@11 #x0d)))
                           a!5
                           a!4)))
           (let ((a!7 (ite (or (not (= rule@11 #x0b))
                               (not (= migrate0.newpage@11 #x01)))
                           a!6
                           |PG_dirty[F0]@11|)))
             (ite (or (not (= migrate0.newpage@11 #x01)) (not (= rule@11 #x08)))
                  a!7
                  a!4))))))))
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
(model-add |folio.node[F1]@11|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@10| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= fault0.page@10 #x00)
                                   |folio.refcount[F0]@10|
                                   |folio.refcount[F1]@10|)
                              #x01)
                           #x00
                           (ite (= fault0.page@10 #x00)
                                |folio.node[F0]@10|
                                |folio.node[F1]@10|)))
                 (a!5 (ite (= (ite (= migrate0.newpage@10 #x00)
                                   |folio.refcount[F0]@10|
                                   |folio.refcount[F1]@10|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@10 #x00)
                                |folio.node[F0]@10|
                                |folio.node[F1]@10|))))
           (let ((a!3 (ite (or (not (= rule@10 #x16))
                               (not (= fault0.page@10 #x01)))
                           |folio.node[F1]@10|
                           a!2)))
           (let ((a!4 (ite (or (not (= fault0.page@10 #x01))
                               (not (= rule@10 #x15)))
                           a!3
                           a!2)))
           (let ((a!6 (ite (or (not (= rule@10 #x0e))
                               (not (= migrate0.newpage@10 #x01)))
                           a!4
                           a!5)))
           (let ((a!7 (ite (or (not (= migrate0.newpage@10 #x01))
                               (not (= rule@10 #x0d)))
                           a!6
                           a!5)))
           (let ((a!8 (ite (or (not (= migrate0.newpage@10 #x01))
                               (not (= rule@10 #x08)))
                           a!7
                           a!5)))
             (ite (or (not (= rule@10 #x03)) a!1)
                  a!8
                  (bvadd #x01 (bvmul #xff |folio.node[F0]@10|))))))))))
(check-sat)
