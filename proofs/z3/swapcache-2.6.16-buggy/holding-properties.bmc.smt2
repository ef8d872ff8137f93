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
     (= fault0.from_swap@0 #x00)))
(assert (and (bvule |alive[P0]@0| #x01)
     (bvule |pte[P0][0]@0| #x07)
     (bvule |pte.folio[P0][0]@0| #x01)
     (bvule |pte.write[P0][0]@0| #x01)
     (bvule |expected[P0][0]@0| #x01)
     (bvule |anon_vma.list[av0][0]@0| #x00)
     (bvule |anon_vma.len[av0]@0| #x01)
     (bvule |anon_vma.refcount[av0]@0| #x05)
     (bvule |folio.used[F0]@0| #x01)
     (bvule |folio.used[F1]@0| #x01)
     (bvule |folio.refcount[F0]@0| #x05)
     (bvule |folio.refcount[F1]@0| #x05)
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
     (bvule |&mm->mmap_lock.writer[P0]@0| #x02)
     (bvule |&mm->mmap_lock.readers[P0]@0| #x02)
     (bvule |&anon_vma->rwsem.writer[av0]@0| #x02)
     (bvule |&anon_vma->rwsem.readers[av0]@0| #x02)
     (bvule |ptlock_ptr(page)[P0]@0| #x02)
     (bvule |PG_locked[F0]@0| #x02)
     (bvule |PG_locked[F1]@0| #x02)
     (bvule |&mapping->tree_lock.writer[shmem]@0| #x02)
     (bvule |&mapping->tree_lock.writer[swapper_space]@0| #x02)
     (bvule |&mapping->tree_lock.readers[shmem]@0| #x02)
     (bvule |&mapping->tree_lock.readers[swapper_space]@0| #x02)
     (bvule |swap_lock[0]@0| #x02)
     (bvule |&info->lock[0]@0| #x02)
     (bvule |lru_lock[0]@0| #x02)
     (bvule migrate0.pc@0 #x0a)
     (bvule migrate0.isolated@0 #x01)
     (bvule migrate0.newpage@0 #x02)
     (bvule migrate0.ok@0 #x01)
     (bvule migrate0.mapping_is_swapper@0 #x01)
     (bvule migrate0.pass@0 #x01)
     (bvule fault0.pc@0 #x03)
     (bvule fault0.page@0 #x02)
     (bvule fault0.from_swap@0 #x01)))
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
      (a!12 (and (= rule@0 #x0d)
                 (= migrate0.pc@0 #x07)
                 (not (not (= migrate0.ok@0 #x00)))))
      (a!13 (and (= rule@0 #x0f)
                 (= migrate0.pc@0 #x09)
                 (not (not (= migrate0.ok@0 #x00)))))
      (a!14 (and (= rule@0 #x14)
                 (= fault0.pc@0 #x01)
                 (= (ite (= fault0.page@0 #x00)
                         |PG_locked[F0]@0|
                         |PG_locked[F1]@0|)
                    #x00)))
      (a!15 (not (= (ite (= fault0.page@0 #x00)
                         |PG_swapcache[F0]@0|
                         |PG_swapcache[F1]@0|)
                    #x00)))
      (a!16 (not (= (ite (= fault0.page@0 #x00)
                         |page.mapping(shmem)[F0]@0|
                         |page.mapping(shmem)[F1]@0|)
                    #x00)))
      (a!19 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.used[F0]@0|
                      |folio.used[F1]@0|)))
      (a!20 (ite (= (ite (= fault0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= fault0.page@0 #x00)
                      |folio.used[F0]@0|
                      |folio.used[F1]@0|)))
      (a!28 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                 (bvsub (ite (= fault0.page@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 |folio.refcount[F0]@0|))
      (a!38 (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                 (bvsub (ite (= fault0.page@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 |folio.refcount[F1]@0|))
      (a!47 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00) |PG_lru[F0]@0| |PG_lru[F1]@0|)))
      (a!48 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 #x01))
      (a!49 (ite (= (ite (= fault0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= fault0.page@0 #x00) |PG_lru[F0]@0| |PG_lru[F1]@0|)))
      (a!57 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |PG_anon_exclusive[F0]@0|
                      |PG_anon_exclusive[F1]@0|)))
      (a!58 (ite (= (ite (= fault0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= fault0.page@0 #x00)
                      |PG_anon_exclusive[F0]@0|
                      |PG_anon_exclusive[F1]@0|)))
      (a!66 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.mapping[F0]@0|
                      |folio.mapping[F1]@0|)))
      (a!67 (ite (= (ite (= fault0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x01
                 (ite (= fault0.page@0 #x00)
                      |folio.mapping[F0]@0|
                      |folio.mapping[F1]@0|)))
      (a!75 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.index[F0]@0|
                      |folio.index[F1]@0|)))
      (a!76 (ite (= (ite (= fault0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= fault0.page@0 #x00)
                      |folio.index[F0]@0|
                      |folio.index[F1]@0|)))
      (a!84 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.data[F0]@0|
                      |folio.data[F1]@0|)))
      (a!85 (ite (= (ite (= fault0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= fault0.page@0 #x00)
                      |folio.data[F0]@0|
                      |folio.data[F1]@0|)))
      (a!95 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.node[F0]@0|
                      |folio.node[F1]@0|)))
      (a!96 (ite (= (ite (= fault0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= fault0.page@0 #x00)
                      |folio.node[F0]@0|
                      |folio.node[F1]@0|)))
      (a!104 (ite (= (ite (= migrate0.newpage@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@0 #x00)
                       |page.mapping(shmem)[F0]@0|
                       |page.mapping(shmem)[F1]@0|)))
      (a!105 (ite (= (ite (= fault0.page@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= fault0.page@0 #x00)
                       |page.mapping(shmem)[F0]@0|
                       |page.mapping(shmem)[F1]@0|)))
      (a!114 (ite (= (ite (= migrate0.newpage@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@0 #x00)
                       |PG_swapcache[F0]@0|
                       |PG_swapcache[F1]@0|)))
      (a!115 (ite (= (ite (= fault0.page@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= fault0.page@0 #x00)
                       |PG_swapcache[F0]@0|
                       |PG_swapcache[F1]@0|)))
      (a!124 (ite (= (ite (= migrate0.newpage@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@0 #x00)
                       |PG_dirty[F0]@0|
                       |PG_dirty[F1]@0|)))
      (a!125 (ite (= (ite (= fault0.page@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= fault0.page@0 #x00) |PG_dirty[F0]@0| |PG_dirty[F1]@0|)))
      (a!134 (ite (not (not (= migrate0.mapping_is_swapper@0 #x00)))
                  migrate0.newpage@0
                  shmem.i_pages@0))
      (a!136 (ite (and (= rule@0 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@0 #x00))
                       migrate0.newpage@0
                       swapper_space.i_pages@0)
                  swapper_space.i_pages@0))
      (a!138 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                  #x00
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                       #x00
                       |PG_locked[F0]@0|)))
      (a!144 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                  #x00
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                       #x00
                       |PG_locked[F1]@0|)))
      (a!148 (ite (and (= rule@0 #x10) true)
                  #x01
                  (ite (and (= rule@0 #x11) true) #x09 migrate0.pc@0)))
      (a!157 (ite (and (= rule@0 #x0e) true)
                  #x00
                  (ite (and (= rule@0 #x0f) true) #x00 migrate0.isolated@0)))
      (a!159 (ite (and (= rule@0 #x0d) true)
                  #x02
                  (ite (and (= rule@0 #x0e) true) #x02 migrate0.newpage@0)))
      (a!161 (ite (and (= rule@0 #x0b) true)
                  #x01
                  (ite (and (= rule@0 #x11) true) #x00 migrate0.ok@0)))
      (a!163 (ite (and (= rule@0 #x04) true)
                  |PG_swapcache[F0]@0|
                  (ite (and (= rule@0 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@0)))
      (a!164 (= migrate0.pass@1
                (ite (and (= rule@0 #x10) true)
                     (bvadd migrate0.pass@0 #x01)
                     migrate0.pass@0)))
      (a!165 (ite (and (= rule@0 #x15) true)
                  #x03
                  (ite (and (= rule@0 #x16) true) #x00 fault0.pc@0)))
      (a!168 (ite (and (= rule@0 #x15) true)
                  #x02
                  (ite (and (= rule@0 #x16) true) #x02 fault0.page@0)))
      (a!170 (ite (and (= rule@0 #x12) true)
                  #x00
                  (ite (and (= rule@0 #x13) true) #x01 fault0.from_swap@0))))
(let ((a!4 (and (= rule@0 #x03)
                (= migrate0.pc@0 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@0| |PG_locked[F1]@0|) #x00)))
      (a!11 (not (and (not (= |page.mapping(shmem)[F0]@0| #x00))
                      (= |folio.refcount[F0]@0| #x02)
                      a!10)))
      (a!17 (ite (not (= fault0.from_swap@0 #x00))
                 (and (= swapper_space.i_pages@0 fault0.page@0) a!15)
                 (and (= shmem.i_pages@0 fault0.page@0) a!16)))
      (a!21 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                 a!20
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                      a!20
                      |folio.used[F0]@0|)))
      (a!25 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                 a!20
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                      a!20
                      |folio.used[F1]@0|)))
      (a!29 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                 (bvsub (ite (= fault0.page@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!28))
      (a!39 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                 (bvsub (ite (= fault0.page@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                 a!49
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                      a!49
                      |PG_lru[F0]@0|)))
      (a!54 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                 a!49
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                      a!49
                      |PG_lru[F1]@0|)))
      (a!59 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                 a!58
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                      a!58
                      |PG_anon_exclusive[F0]@0|)))
      (a!63 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                 a!58
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                      a!58
                      |PG_anon_exclusive[F1]@0|)))
      (a!68 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                 a!67
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                      a!67
                      |folio.mapping[F0]@0|)))
      (a!72 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                 a!67
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                      a!67
                      |folio.mapping[F1]@0|)))
      (a!77 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                 a!76
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                      a!76
                      |folio.index[F0]@0|)))
      (a!81 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                 a!76
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                      a!76
                      |folio.index[F1]@0|)))
      (a!86 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                 a!85
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                      a!85
                      |folio.data[F0]@0|)))
      (a!91 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                 a!85
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                      a!85
                      |folio.data[F1]@0|)))
      (a!97 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                 a!96
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                      a!96
                      |folio.node[F0]@0|)))
      (a!101 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                  a!96
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                       a!96
                       |folio.node[F1]@0|)))
      (a!106 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                  a!105
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                       a!105
                       |page.mapping(shmem)[F0]@0|)))
      (a!111 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                  a!105
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                       a!105
                       |page.mapping(shmem)[F1]@0|)))
      (a!116 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                  a!115
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                       a!115
                       |PG_swapcache[F0]@0|)))
      (a!121 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                  a!115
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                       a!115
                       |PG_swapcache[F1]@0|)))
      (a!126 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                  a!125
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                       a!125
                       |PG_dirty[F0]@0|)))
      (a!131 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                  a!125
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                       a!125
                       |PG_dirty[F1]@0|)))
      (a!135 (ite (and (= rule@0 #x05) true)
                  #x02
                  (ite (and (= rule@0 #x09) true) a!134 shmem.i_pages@0)))
      (a!137 (= swapper_space.i_pages@1
                (ite (and (= rule@0 #x05) true) #x00 a!136)))
      (a!139 (ite (and (= rule@0 #x0d) true)
                  #x00
                  (ite (and (= rule@0 #x14) (= fault0.page@0 #x00)) #x02 a!138)))
      (a!145 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                  #x00
                  (ite (and (= rule@0 #x14) (= fault0.page@0 #x01)) #x02 a!144)))
      (a!149 (ite (and (= rule@0 #x0e) true)
                  #x0a
                  (ite (and (= rule@0 #x0f) true) #x0a a!148)))
      (a!158 (= migrate0.isolated@1 (ite (and (= rule@0 #x00) true) #x01 a!157)))
      (a!160 (ite (and (= rule@0 #x03) true)
                  a!3
                  (ite (and (= rule@0 #x08) true) #x02 a!159)))
      (a!162 (ite (and (= rule@0 #x07) true)
                  #x00
                  (ite (and (= rule@0 #x0a) true) #x00 a!161)))
      (a!166 (ite (and (= rule@0 #x13) true)
                  #x01
                  (ite (and (= rule@0 #x14) true) #x02 a!165)))
      (a!169 (ite (and (= rule@0 #x12) true)
                  shmem.i_pages@0
                  (ite (and (= rule@0 #x13) true) swapper_space.i_pages@0 a!168))))
(let ((a!18 (or (and (= rule@0 #x00)
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
                (and (= rule@0 #x09)
                     (= migrate0.pc@0 #x05)
                     (= (ite a!9
                             |&mapping->tree_lock.writer[shmem]@0|
                             |&mapping->tree_lock.writer[swapper_space]@0|)
                        #x00)
                     (= (ite a!9
                             |&mapping->tree_lock.readers[shmem]@0|
                             |&mapping->tree_lock.readers[swapper_space]@0|)
                        #x00)
                     (not (= |page.mapping(shmem)[F0]@0| #x00))
                     (= |folio.refcount[F0]@0| #x02)
                     a!10)
                (and (= rule@0 #x0a) (= migrate0.pc@0 #x05) a!11)
                (and (= rule@0 #x0b) (= migrate0.pc@0 #x06))
                (and (= rule@0 #x0c)
                     (= migrate0.pc@0 #x07)
                     (not (= migrate0.ok@0 #x00)))
                a!12
                (and (= rule@0 #x0e)
                     (= migrate0.pc@0 #x09)
                     (not (= migrate0.ok@0 #x00)))
                a!13
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
                a!14
                (and (= rule@0 #x15) (= fault0.pc@0 #x02) a!17)
                (and (= rule@0 #x16) (= fault0.pc@0 #x02) (not a!17))))
      (a!22 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.used[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.used[F0]@0|)
                      a!21)))
      (a!26 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!19
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!19
                      a!25)))
      (a!30 (ite (and (= rule@0 #x13) (= swapper_space.i_pages@0 #x00))
                 (bvadd (ite (= swapper_space.i_pages@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!29))
      (a!40 (ite (and (= rule@0 #x13) (= swapper_space.i_pages@0 #x01))
                 (bvadd (ite (= swapper_space.i_pages@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_lru[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01) #x00 #x01)
                      a!50)))
      (a!55 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!47
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!48
                      a!54)))
      (a!60 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@0|)
                      a!59)))
      (a!64 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!57
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!57
                      a!63)))
      (a!69 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01)
                      #x01
                      |folio.mapping[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x01
                           |folio.mapping[F0]@0|)
                      a!68)))
      (a!73 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!66
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!66
                      a!72)))
      (a!78 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.index[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.index[F0]@0|)
                      a!77)))
      (a!82 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!75
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!75
                      a!81)))
      (a!87 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.data[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.data[F0]@0|)
                      a!86)))
      (a!92 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!84
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!84
                      a!91)))
      (a!98 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.node[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.node[F0]@0|)
                      a!97)))
      (a!102 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                  a!95
                  (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                       a!95
                       a!101)))
      (a!107 (ite (and (= rule@0 #x0e) true)
                  (ite (= |folio.refcount[F0]@0| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@0|)
                  (ite (and (= rule@0 #x0f) true)
                       (ite (= |folio.refcount[F0]@0| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@0|)
                       a!106)))
      (a!112 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                  a!104
                  (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                       a!104
                       a!111)))
      (a!117 (ite (and (= rule@0 #x0e) true)
                  (ite (= |folio.refcount[F0]@0| #x01)
                       #x00
                       |PG_swapcache[F0]@0|)
                  (ite (and (= rule@0 #x0f) true)
                       (ite (= |folio.refcount[F0]@0| #x01)
                            #x00
                            |PG_swapcache[F0]@0|)
                       a!116)))
      (a!122 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                  a!114
                  (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                       a!114
                       a!121)))
      (a!127 (ite (and (= rule@0 #x0e) true)
                  (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_dirty[F0]@0|)
                  (ite (and (= rule@0 #x0f) true)
                       (ite (= |folio.refcount[F0]@0| #x01)
                            #x00
                            |PG_dirty[F0]@0|)
                       a!126)))
      (a!132 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                  a!124
                  (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                       a!124
                       a!131)))
      (a!140 (ite (and (= rule@0 #x0c) true)
                  #x00
                  (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                       #x00
                       a!139)))
      (a!146 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                  #x00
                  (ite (and (= rule@0 #x0c) (= migrate0.newpage@0 #x01))
                       #x00
                       a!145)))
      (a!150 (ite (and (= rule@0 #x0c) true)
                  #x09
                  (ite (and (= rule@0 #x0d) true) #x08 a!149)))
      (a!167 (= fault0.pc@1 (ite (and (= rule@0 #x12) true) #x01 a!166))))
(let ((a!23 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!19
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!19
                      a!22)))
      (a!27 (ite (and (= rule@0 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                      a!19
                      a!26)))
      (a!31 (ite (and (= rule@0 #x12) (= shmem.i_pages@0 #x00))
                 (bvadd (ite (= shmem.i_pages@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!30))
      (a!41 (ite (and (= rule@0 #x12) (= shmem.i_pages@0 #x01))
                 (bvadd (ite (= shmem.i_pages@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!40))
      (a!52 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!47
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!48
                      a!51)))
      (a!56 (= |PG_lru[F1]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01)) a!47 a!55)))
      (a!61 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!57
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!57
                      a!60)))
      (a!65 (= |PG_anon_exclusive[F1]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01)) a!57 a!64)))
      (a!70 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!66
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!66
                      a!69)))
      (a!74 (= |folio.mapping[F1]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01)) a!66 a!73)))
      (a!79 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!75
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!75
                      a!78)))
      (a!83 (= |folio.index[F1]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01)) a!75 a!82)))
      (a!88 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!84
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!84
                      a!87)))
      (a!93 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                 a!84
                 (ite (and (= rule@0 #x0b) (= migrate0.newpage@0 #x01))
                      |folio.data[F0]@0|
                      a!92)))
      (a!99 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!95
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!95
                      a!98)))
      (a!103 (ite (and (= rule@0 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@0|)
                  (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                       a!95
                       a!102)))
      (a!108 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                  a!104
                  (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                       a!104
                       a!107)))
      (a!113 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                  a!104
                  (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x01))
                       |page.mapping(shmem)[F0]@0|
                       a!112)))
      (a!118 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                  a!114
                  (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                       a!114
                       a!117)))
      (a!123 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                  a!114
                  (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x01))
                       |PG_swapcache[F0]@0|
                       a!122)))
      (a!128 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                  a!124
                  (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                       a!124
                       a!127)))
      (a!133 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                  a!124
                  (ite (and (= rule@0 #x0b) (= migrate0.newpage@0 #x01))
                       |PG_dirty[F0]@0|
                       a!132)))
      (a!141 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                  #x00
                  (ite (and (= rule@0 #x0c) (= migrate0.newpage@0 #x00))
                       #x00
                       a!140)))
      (a!147 (= |PG_locked[F1]@1|
                (ite (and (= rule@0 #x03) (= a!3 #x01)) #x01 a!146)))
      (a!151 (ite (and (= rule@0 #x0a) true)
                  #x07
                  (ite (and (= rule@0 #x0b) true) #x07 a!150))))
(let ((a!24 (ite (and (= rule@0 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      a!19
                      a!23)))
      (a!32 (ite (and (= rule@0 #x0e) true)
                 (bvsub |folio.refcount[F0]@0| #x01)
                 (ite (and (= rule@0 #x0f) true)
                      (bvsub |folio.refcount[F0]@0| #x01)
                      a!31)))
      (a!42 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!41))
      (a!53 (ite (and (= rule@0 #x00) true)
                 #x00
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      a!47
                      a!52)))
      (a!62 (= |PG_anon_exclusive[F0]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00)) a!57 a!61)))
      (a!71 (= |folio.mapping[F0]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00)) a!66 a!70)))
      (a!80 (= |folio.index[F0]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00)) a!75 a!79)))
      (a!89 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                 a!84
                 (ite (and (= rule@0 #x0b) (= migrate0.newpage@0 #x00))
                      |folio.data[F0]@0|
                      a!88)))
      (a!94 (= |folio.data[F1]@1|
               (ite (and (= rule@0 #x03) (= a!3 #x01)) #x00 a!93)))
      (a!100 (ite (and (= rule@0 #x03) (= a!3 #x00))
                  (bvsub #x01 |folio.node[F0]@0|)
                  (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                       a!95
                       a!99)))
      (a!109 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x00))
                  |page.mapping(shmem)[F0]@0|
                  (ite (and (= rule@0 #x0b) true) #x00 a!108)))
      (a!119 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x00))
                  |PG_swapcache[F0]@0|
                  (ite (and (= rule@0 #x0b) true) #x00 a!118)))
      (a!129 (ite (and (= rule@0 #x0b) (= migrate0.newpage@0 #x00))
                  |PG_dirty[F0]@0|
                  (ite (and (= rule@0 #x0b) true) #x00 a!128)))
      (a!142 (ite (and (= rule@0 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@0 #x05) true) #x00 a!141)))
      (a!152 (ite (and (= rule@0 #x08) true)
                  #x08
                  (ite (and (= rule@0 #x09) true) #x06 a!151))))
(let ((a!33 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!32))
      (a!43 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!42))
      (a!90 (= |folio.data[F0]@1|
               (ite (and (= rule@0 #x03) (= a!3 #x00)) #x00 a!89)))
      (a!110 (ite (and (= rule@0 #x05) true)
                  #x00
                  (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                       a!104
                       a!109)))
      (a!120 (ite (and (= rule@0 #x05) true)
                  #x01
                  (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                       a!114
                       a!119)))
      (a!130 (ite (and (= rule@0 #x05) true)
                  #x01
                  (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                       a!124
                       a!129)))
      (a!143 (= |PG_locked[F0]@1| (ite (and (= rule@0 #x02) true) #x01 a!142)))
      (a!153 (ite (and (= rule@0 #x06) true)
                  #x05
                  (ite (and (= rule@0 #x07) true) #x07 a!152))))
(let ((a!34 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!33))
      (a!44 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x01))
                 (bvadd (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!43))
      (a!154 (ite (and (= rule@0 #x04) true)
                  #x05
                  (ite (and (= rule@0 #x05) true) #x04 a!153))))
(let ((a!35 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x00))
                 (bvadd (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 (ite (and (= rule@0 #x09) true)
                      (bvsub |folio.refcount[F0]@0| #x01)
                      a!34)))
      (a!45 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!44))
      (a!155 (ite (and (= rule@0 #x02) true)
                  #x02
                  (ite (and (= rule@0 #x03) true) #x03 a!154))))
(let ((a!36 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!35))
      (a!46 (= |folio.refcount[F1]@1|
               (ite (and (= rule@0 #x03) (= a!3 #x01)) #x01 a!45)))
      (a!156 (ite (and (= rule@0 #x00) true)
                  #x01
                  (ite (and (= rule@0 #x01) true) #x0a a!155))))
(let ((a!37 (ite (and (= rule@0 #x00) true)
                 (bvadd |folio.refcount[F0]@0| #x01)
                 (ite (and (= rule@0 #x03) (= a!3 #x00)) #x01 a!36))))
  (and a!18
       (= |alive[P0]@1| |alive[P0]@0|)
       (= |pte[P0][0]@1| |pte[P0][0]@0|)
       (= |pte.folio[P0][0]@1| |pte.folio[P0][0]@0|)
       (= |pte.write[P0][0]@1| |pte.write[P0][0]@0|)
       (= |expected[P0][0]@1| |expected[P0][0]@0|)
       (= |anon_vma.list[av0][0]@1| |anon_vma.list[av0][0]@0|)
       (= |anon_vma.len[av0]@1| |anon_vma.len[av0]@0|)
       (= |anon_vma.refcount[av0]@1| |anon_vma.refcount[av0]@0|)
       (= |folio.used[F0]@1| a!24)
       (= |folio.used[F1]@1| a!27)
       (= |folio.refcount[F0]@1| a!37)
       a!46
       (= |folio.mapcount[F0]@1| |folio.mapcount[F0]@0|)
       (= |folio.mapcount[F1]@1| |folio.mapcount[F1]@0|)
       (= |PG_lru[F0]@1| a!53)
       a!56
       a!62
       a!65
       a!71
       a!74
       a!80
       a!83
       a!90
       a!94
       (= |folio.node[F0]@1| a!100)
       (= |folio.node[F1]@1| a!103)
       (= |page.mapping(shmem)[F0]@1| a!110)
       (= |page.mapping(shmem)[F1]@1| a!113)
       (= |PG_swapcache[F0]@1| a!120)
       (= |PG_swapcache[F1]@1| a!123)
       (= |PG_dirty[F0]@1| a!130)
       (= |PG_dirty[F1]@1| a!133)
       (= shmem.i_pages@1 a!135)
       a!137
       (= |&mm->mmap_lock.writer[P0]@1| |&mm->mmap_lock.writer[P0]@0|)
       (= |&mm->mmap_lock.readers[P0]@1| |&mm->mmap_lock.readers[P0]@0|)
       (= |&anon_vma->rwsem.writer[av0]@1| |&anon_vma->rwsem.writer[av0]@0|)
       (= |&anon_vma->rwsem.readers[av0]@1| |&anon_vma->rwsem.readers[av0]@0|)
       (= |ptlock_ptr(page)[P0]@1| |ptlock_ptr(page)[P0]@0|)
       a!143
       a!147
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
       (= migrate0.pc@1 a!156)
       a!158
       (= migrate0.newpage@1 a!160)
       (= migrate0.ok@1 a!162)
       (= migrate0.mapping_is_swapper@1 a!163)
       a!164
       a!167
       (= fault0.page@1 a!169)
       (= fault0.from_swap@1 a!170)
       (bvule |alive[P0]@1| #x01)
       (bvule |pte[P0][0]@1| #x07)
       (bvule |pte.folio[P0][0]@1| #x01)
       (bvule |pte.write[P0][0]@1| #x01)
       (bvule |expected[P0][0]@1| #x01)
       (bvule |anon_vma.list[av0][0]@1| #x00)
       (bvule |anon_vma.len[av0]@1| #x01)
       (bvule |anon_vma.refcount[av0]@1| #x05)
       (bvule |folio.used[F0]@1| #x01)
       (bvule |folio.used[F1]@1| #x01)
       (bvule |folio.refcount[F0]@1| #x05)
       (bvule |folio.refcount[F1]@1| #x05)
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
       (bvule |&mm->mmap_lock.writer[P0]@1| #x02)
       (bvule |&mm->mmap_lock.readers[P0]@1| #x02)
       (bvule |&anon_vma->rwsem.writer[av0]@1| #x02)
       (bvule |&anon_vma->rwsem.readers[av0]@1| #x02)
       (bvule |ptlock_ptr(page)[P0]@1| #x02)
       (bvule |PG_locked[F0]@1| #x02)
       (bvule |PG_locked[F1]@1| #x02)
       (bvule |&mapping->tree_lock.writer[shmem]@1| #x02)
       (bvule |&mapping->tree_lock.writer[swapper_space]@1| #x02)
       (bvule |&mapping->tree_lock.readers[shmem]@1| #x02)
       (bvule |&mapping->tree_lock.readers[swapper_space]@1| #x02)
       (bvule |swap_lock[0]@1| #x02)
       (bvule |&info->lock[0]@1| #x02)
       (bvule |lru_lock[0]@1| #x02)
       (bvule migrate0.pc@1 #x0a)
       (bvule migrate0.isolated@1 #x01)
       (bvule migrate0.newpage@1 #x02)
       (bvule migrate0.ok@1 #x01)
       (bvule migrate0.mapping_is_swapper@1 #x01)
       (bvule migrate0.pass@1 #x01)
       (bvule fault0.pc@1 #x03)
       (bvule fault0.page@1 #x02)
       (bvule fault0.from_swap@1 #x01)))))))))))))
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
      (a!12 (and (= rule@1 #x0d)
                 (= migrate0.pc@1 #x07)
                 (not (not (= migrate0.ok@1 #x00)))))
      (a!13 (and (= rule@1 #x0f)
                 (= migrate0.pc@1 #x09)
                 (not (not (= migrate0.ok@1 #x00)))))
      (a!14 (and (= rule@1 #x14)
                 (= fault0.pc@1 #x01)
                 (= (ite (= fault0.page@1 #x00)
                         |PG_locked[F0]@1|
                         |PG_locked[F1]@1|)
                    #x00)))
      (a!15 (not (= (ite (= fault0.page@1 #x00)
                         |PG_swapcache[F0]@1|
                         |PG_swapcache[F1]@1|)
                    #x00)))
      (a!16 (not (= (ite (= fault0.page@1 #x00)
                         |page.mapping(shmem)[F0]@1|
                         |page.mapping(shmem)[F1]@1|)
                    #x00)))
      (a!19 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.used[F0]@1|
                      |folio.used[F1]@1|)))
      (a!20 (ite (= (ite (= fault0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= fault0.page@1 #x00)
                      |folio.used[F0]@1|
                      |folio.used[F1]@1|)))
      (a!28 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                 (bvsub (ite (= fault0.page@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 |folio.refcount[F0]@1|))
      (a!38 (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                 (bvsub (ite (= fault0.page@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 |folio.refcount[F1]@1|))
      (a!47 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00) |PG_lru[F0]@1| |PG_lru[F1]@1|)))
      (a!48 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 #x01))
      (a!49 (ite (= (ite (= fault0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= fault0.page@1 #x00) |PG_lru[F0]@1| |PG_lru[F1]@1|)))
      (a!57 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |PG_anon_exclusive[F0]@1|
                      |PG_anon_exclusive[F1]@1|)))
      (a!58 (ite (= (ite (= fault0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= fault0.page@1 #x00)
                      |PG_anon_exclusive[F0]@1|
                      |PG_anon_exclusive[F1]@1|)))
      (a!66 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.mapping[F0]@1|
                      |folio.mapping[F1]@1|)))
      (a!67 (ite (= (ite (= fault0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x01
                 (ite (= fault0.page@1 #x00)
                      |folio.mapping[F0]@1|
                      |folio.mapping[F1]@1|)))
      (a!75 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.index[F0]@1|
                      |folio.index[F1]@1|)))
      (a!76 (ite (= (ite (= fault0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= fault0.page@1 #x00)
                      |folio.index[F0]@1|
                      |folio.index[F1]@1|)))
      (a!84 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.data[F0]@1|
                      |folio.data[F1]@1|)))
      (a!85 (ite (= (ite (= fault0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= fault0.page@1 #x00)
                      |folio.data[F0]@1|
                      |folio.data[F1]@1|)))
      (a!95 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.node[F0]@1|
                      |folio.node[F1]@1|)))
      (a!96 (ite (= (ite (= fault0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= fault0.page@1 #x00)
                      |folio.node[F0]@1|
                      |folio.node[F1]@1|)))
      (a!104 (ite (= (ite (= migrate0.newpage@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@1 #x00)
                       |page.mapping(shmem)[F0]@1|
                       |page.mapping(shmem)[F1]@1|)))
      (a!105 (ite (= (ite (= fault0.page@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= fault0.page@1 #x00)
                       |page.mapping(shmem)[F0]@1|
                       |page.mapping(shmem)[F1]@1|)))
      (a!114 (ite (= (ite (= migrate0.newpage@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@1 #x00)
                       |PG_swapcache[F0]@1|
                       |PG_swapcache[F1]@1|)))
      (a!115 (ite (= (ite (= fault0.page@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= fault0.page@1 #x00)
                       |PG_swapcache[F0]@1|
                       |PG_swapcache[F1]@1|)))
      (a!124 (ite (= (ite (= migrate0.newpage@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@1 #x00)
                       |PG_dirty[F0]@1|
                       |PG_dirty[F1]@1|)))
      (a!125 (ite (= (ite (= fault0.page@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= fault0.page@1 #x00) |PG_dirty[F0]@1| |PG_dirty[F1]@1|)))
      (a!134 (ite (not (not (= migrate0.mapping_is_swapper@1 #x00)))
                  migrate0.newpage@1
                  shmem.i_pages@1))
      (a!136 (ite (and (= rule@1 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@1 #x00))
                       migrate0.newpage@1
                       swapper_space.i_pages@1)
                  swapper_space.i_pages@1))
      (a!138 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                  #x00
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                       #x00
                       |PG_locked[F0]@1|)))
      (a!144 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                  #x00
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                       #x00
                       |PG_locked[F1]@1|)))
      (a!148 (ite (and (= rule@1 #x10) true)
                  #x01
                  (ite (and (= rule@1 #x11) true) #x09 migrate0.pc@1)))
      (a!157 (ite (and (= rule@1 #x0e) true)
                  #x00
                  (ite (and (= rule@1 #x0f) true) #x00 migrate0.isolated@1)))
      (a!159 (ite (and (= rule@1 #x0d) true)
                  #x02
                  (ite (and (= rule@1 #x0e) true) #x02 migrate0.newpage@1)))
      (a!161 (ite (and (= rule@1 #x0b) true)
                  #x01
                  (ite (and (= rule@1 #x11) true) #x00 migrate0.ok@1)))
      (a!163 (ite (and (= rule@1 #x04) true)
                  |PG_swapcache[F0]@1|
                  (ite (and (= rule@1 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@1)))
      (a!164 (= migrate0.pass@2
                (ite (and (= rule@1 #x10) true)
                     (bvadd migrate0.pass@1 #x01)
                     migrate0.pass@1)))
      (a!165 (ite (and (= rule@1 #x15) true)
                  #x03
                  (ite (and (= rule@1 #x16) true) #x00 fault0.pc@1)))
      (a!168 (ite (and (= rule@1 #x15) true)
                  #x02
                  (ite (and (= rule@1 #x16) true) #x02 fault0.page@1)))
      (a!170 (ite (and (= rule@1 #x12) true)
                  #x00
                  (ite (and (= rule@1 #x13) true) #x01 fault0.from_swap@1))))
(let ((a!4 (and (= rule@1 #x03)
                (= migrate0.pc@1 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@1| |PG_locked[F1]@1|) #x00)))
      (a!11 (not (and (not (= |page.mapping(shmem)[F0]@1| #x00))
                      (= |folio.refcount[F0]@1| #x02)
                      a!10)))
      (a!17 (ite (not (= fault0.from_swap@1 #x00))
                 (and (= swapper_space.i_pages@1 fault0.page@1) a!15)
                 (and (= shmem.i_pages@1 fault0.page@1) a!16)))
      (a!21 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                 a!20
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                      a!20
                      |folio.used[F0]@1|)))
      (a!25 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                 a!20
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                      a!20
                      |folio.used[F1]@1|)))
      (a!29 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                 (bvsub (ite (= fault0.page@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!28))
      (a!39 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                 (bvsub (ite (= fault0.page@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                 a!49
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                      a!49
                      |PG_lru[F0]@1|)))
      (a!54 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                 a!49
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                      a!49
                      |PG_lru[F1]@1|)))
      (a!59 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                 a!58
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                      a!58
                      |PG_anon_exclusive[F0]@1|)))
      (a!63 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                 a!58
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                      a!58
                      |PG_anon_exclusive[F1]@1|)))
      (a!68 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                 a!67
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                      a!67
                      |folio.mapping[F0]@1|)))
      (a!72 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                 a!67
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                      a!67
                      |folio.mapping[F1]@1|)))
      (a!77 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                 a!76
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                      a!76
                      |folio.index[F0]@1|)))
      (a!81 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                 a!76
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                      a!76
                      |folio.index[F1]@1|)))
      (a!86 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                 a!85
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                      a!85
                      |folio.data[F0]@1|)))
      (a!91 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                 a!85
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                      a!85
                      |folio.data[F1]@1|)))
      (a!97 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                 a!96
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                      a!96
                      |folio.node[F0]@1|)))
      (a!101 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                  a!96
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                       a!96
                       |folio.node[F1]@1|)))
      (a!106 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                  a!105
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                       a!105
                       |page.mapping(shmem)[F0]@1|)))
      (a!111 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                  a!105
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                       a!105
                       |page.mapping(shmem)[F1]@1|)))
      (a!116 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                  a!115
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                       a!115
                       |PG_swapcache[F0]@1|)))
      (a!121 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                  a!115
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                       a!115
                       |PG_swapcache[F1]@1|)))
      (a!126 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                  a!125
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                       a!125
                       |PG_dirty[F0]@1|)))
      (a!131 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                  a!125
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                       a!125
                       |PG_dirty[F1]@1|)))
      (a!135 (ite (and (= rule@1 #x05) true)
                  #x02
                  (ite (and (= rule@1 #x09) true) a!134 shmem.i_pages@1)))
      (a!137 (= swapper_space.i_pages@2
                (ite (and (= rule@1 #x05) true) #x00 a!136)))
      (a!139 (ite (and (= rule@1 #x0d) true)
                  #x00
                  (ite (and (= rule@1 #x14) (= fault0.page@1 #x00)) #x02 a!138)))
      (a!145 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                  #x00
                  (ite (and (= rule@1 #x14) (= fault0.page@1 #x01)) #x02 a!144)))
      (a!149 (ite (and (= rule@1 #x0e) true)
                  #x0a
                  (ite (and (= rule@1 #x0f) true) #x0a a!148)))
      (a!158 (= migrate0.isolated@2 (ite (and (= rule@1 #x00) true) #x01 a!157)))
      (a!160 (ite (and (= rule@1 #x03) true)
                  a!3
                  (ite (and (= rule@1 #x08) true) #x02 a!159)))
      (a!162 (ite (and (= rule@1 #x07) true)
                  #x00
                  (ite (and (= rule@1 #x0a) true) #x00 a!161)))
      (a!166 (ite (and (= rule@1 #x13) true)
                  #x01
                  (ite (and (= rule@1 #x14) true) #x02 a!165)))
      (a!169 (ite (and (= rule@1 #x12) true)
                  shmem.i_pages@1
                  (ite (and (= rule@1 #x13) true) swapper_space.i_pages@1 a!168))))
(let ((a!18 (or (and (= rule@1 #x00)
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
                (and (= rule@1 #x09)
                     (= migrate0.pc@1 #x05)
                     (= (ite a!9
                             |&mapping->tree_lock.writer[shmem]@1|
                             |&mapping->tree_lock.writer[swapper_space]@1|)
                        #x00)
                     (= (ite a!9
                             |&mapping->tree_lock.readers[shmem]@1|
                             |&mapping->tree_lock.readers[swapper_space]@1|)
                        #x00)
                     (not (= |page.mapping(shmem)[F0]@1| #x00))
                     (= |folio.refcount[F0]@1| #x02)
                     a!10)
                (and (= rule@1 #x0a) (= migrate0.pc@1 #x05) a!11)
                (and (= rule@1 #x0b) (= migrate0.pc@1 #x06))
                (and (= rule@1 #x0c)
                     (= migrate0.pc@1 #x07)
                     (not (= migrate0.ok@1 #x00)))
                a!12
                (and (= rule@1 #x0e)
                     (= migrate0.pc@1 #x09)
                     (not (= migrate0.ok@1 #x00)))
                a!13
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
                a!14
                (and (= rule@1 #x15) (= fault0.pc@1 #x02) a!17)
                (and (= rule@1 #x16) (= fault0.pc@1 #x02) (not a!17))))
      (a!22 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.used[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.used[F0]@1|)
                      a!21)))
      (a!26 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!19
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!19
                      a!25)))
      (a!30 (ite (and (= rule@1 #x13) (= swapper_space.i_pages@1 #x00))
                 (bvadd (ite (= swapper_space.i_pages@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!29))
      (a!40 (ite (and (= rule@1 #x13) (= swapper_space.i_pages@1 #x01))
                 (bvadd (ite (= swapper_space.i_pages@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_lru[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01) #x00 #x01)
                      a!50)))
      (a!55 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!47
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!48
                      a!54)))
      (a!60 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@1|)
                      a!59)))
      (a!64 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!57
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!57
                      a!63)))
      (a!69 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01)
                      #x01
                      |folio.mapping[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x01
                           |folio.mapping[F0]@1|)
                      a!68)))
      (a!73 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!66
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!66
                      a!72)))
      (a!78 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.index[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.index[F0]@1|)
                      a!77)))
      (a!82 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!75
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!75
                      a!81)))
      (a!87 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.data[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.data[F0]@1|)
                      a!86)))
      (a!92 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!84
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!84
                      a!91)))
      (a!98 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.node[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.node[F0]@1|)
                      a!97)))
      (a!102 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                  a!95
                  (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                       a!95
                       a!101)))
      (a!107 (ite (and (= rule@1 #x0e) true)
                  (ite (= |folio.refcount[F0]@1| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@1|)
                  (ite (and (= rule@1 #x0f) true)
                       (ite (= |folio.refcount[F0]@1| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@1|)
                       a!106)))
      (a!112 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                  a!104
                  (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                       a!104
                       a!111)))
      (a!117 (ite (and (= rule@1 #x0e) true)
                  (ite (= |folio.refcount[F0]@1| #x01)
                       #x00
                       |PG_swapcache[F0]@1|)
                  (ite (and (= rule@1 #x0f) true)
                       (ite (= |folio.refcount[F0]@1| #x01)
                            #x00
                            |PG_swapcache[F0]@1|)
                       a!116)))
      (a!122 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                  a!114
                  (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                       a!114
                       a!121)))
      (a!127 (ite (and (= rule@1 #x0e) true)
                  (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_dirty[F0]@1|)
                  (ite (and (= rule@1 #x0f) true)
                       (ite (= |folio.refcount[F0]@1| #x01)
                            #x00
                            |PG_dirty[F0]@1|)
                       a!126)))
      (a!132 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                  a!124
                  (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                       a!124
                       a!131)))
      (a!140 (ite (and (= rule@1 #x0c) true)
                  #x00
                  (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                       #x00
                       a!139)))
      (a!146 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                  #x00
                  (ite (and (= rule@1 #x0c) (= migrate0.newpage@1 #x01))
                       #x00
                       a!145)))
      (a!150 (ite (and (= rule@1 #x0c) true)
                  #x09
                  (ite (and (= rule@1 #x0d) true) #x08 a!149)))
      (a!167 (= fault0.pc@2 (ite (and (= rule@1 #x12) true) #x01 a!166))))
(let ((a!23 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!19
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!19
                      a!22)))
      (a!27 (ite (and (= rule@1 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                      a!19
                      a!26)))
      (a!31 (ite (and (= rule@1 #x12) (= shmem.i_pages@1 #x00))
                 (bvadd (ite (= shmem.i_pages@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!30))
      (a!41 (ite (and (= rule@1 #x12) (= shmem.i_pages@1 #x01))
                 (bvadd (ite (= shmem.i_pages@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!40))
      (a!52 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!47
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!48
                      a!51)))
      (a!56 (= |PG_lru[F1]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01)) a!47 a!55)))
      (a!61 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!57
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!57
                      a!60)))
      (a!65 (= |PG_anon_exclusive[F1]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01)) a!57 a!64)))
      (a!70 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!66
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!66
                      a!69)))
      (a!74 (= |folio.mapping[F1]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01)) a!66 a!73)))
      (a!79 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!75
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!75
                      a!78)))
      (a!83 (= |folio.index[F1]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01)) a!75 a!82)))
      (a!88 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!84
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!84
                      a!87)))
      (a!93 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                 a!84
                 (ite (and (= rule@1 #x0b) (= migrate0.newpage@1 #x01))
                      |folio.data[F0]@1|
                      a!92)))
      (a!99 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!95
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!95
                      a!98)))
      (a!103 (ite (and (= rule@1 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@1|)
                  (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                       a!95
                       a!102)))
      (a!108 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                  a!104
                  (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                       a!104
                       a!107)))
      (a!113 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                  a!104
                  (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x01))
                       |page.mapping(shmem)[F0]@1|
                       a!112)))
      (a!118 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                  a!114
                  (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                       a!114
                       a!117)))
      (a!123 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                  a!114
                  (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x01))
                       |PG_swapcache[F0]@1|
                       a!122)))
      (a!128 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                  a!124
                  (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                       a!124
                       a!127)))
      (a!133 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                  a!124
                  (ite (and (= rule@1 #x0b) (= migrate0.newpage@1 #x01))
                       |PG_dirty[F0]@1|
                       a!132)))
      (a!141 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                  #x00
                  (ite (and (= rule@1 #x0c) (= migrate0.newpage@1 #x00))
                       #x00
                       a!140)))
      (a!147 (= |PG_locked[F1]@2|
                (ite (and (= rule@1 #x03) (= a!3 #x01)) #x01 a!146)))
      (a!151 (ite (and (= rule@1 #x0a) true)
                  #x07
                  (ite (and (= rule@1 #x0b) true) #x07 a!150))))
(let ((a!24 (ite (and (= rule@1 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      a!19
                      a!23)))
      (a!32 (ite (and (= rule@1 #x0e) true)
                 (bvsub |folio.refcount[F0]@1| #x01)
                 (ite (and (= rule@1 #x0f) true)
                      (bvsub |folio.refcount[F0]@1| #x01)
                      a!31)))
      (a!42 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!41))
      (a!53 (ite (and (= rule@1 #x00) true)
                 #x00
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      a!47
                      a!52)))
      (a!62 (= |PG_anon_exclusive[F0]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00)) a!57 a!61)))
      (a!71 (= |folio.mapping[F0]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00)) a!66 a!70)))
      (a!80 (= |folio.index[F0]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00)) a!75 a!79)))
      (a!89 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                 a!84
                 (ite (and (= rule@1 #x0b) (= migrate0.newpage@1 #x00))
                      |folio.data[F0]@1|
                      a!88)))
      (a!94 (= |folio.data[F1]@2|
               (ite (and (= rule@1 #x03) (= a!3 #x01)) #x00 a!93)))
      (a!100 (ite (and (= rule@1 #x03) (= a!3 #x00))
                  (bvsub #x01 |folio.node[F0]@1|)
                  (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                       a!95
                       a!99)))
      (a!109 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x00))
                  |page.mapping(shmem)[F0]@1|
                  (ite (and (= rule@1 #x0b) true) #x00 a!108)))
      (a!119 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x00))
                  |PG_swapcache[F0]@1|
                  (ite (and (= rule@1 #x0b) true) #x00 a!118)))
      (a!129 (ite (and (= rule@1 #x0b) (= migrate0.newpage@1 #x00))
                  |PG_dirty[F0]@1|
                  (ite (and (= rule@1 #x0b) true) #x00 a!128)))
      (a!142 (ite (and (= rule@1 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@1 #x05) true) #x00 a!141)))
      (a!152 (ite (and (= rule@1 #x08) true)
                  #x08
                  (ite (and (= rule@1 #x09) true) #x06 a!151))))
(let ((a!33 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!32))
      (a!43 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!42))
      (a!90 (= |folio.data[F0]@2|
               (ite (and (= rule@1 #x03) (= a!3 #x00)) #x00 a!89)))
      (a!110 (ite (and (= rule@1 #x05) true)
                  #x00
                  (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                       a!104
                       a!109)))
      (a!120 (ite (and (= rule@1 #x05) true)
                  #x01
                  (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                       a!114
                       a!119)))
      (a!130 (ite (and (= rule@1 #x05) true)
                  #x01
                  (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                       a!124
                       a!129)))
      (a!143 (= |PG_locked[F0]@2| (ite (and (= rule@1 #x02) true) #x01 a!142)))
      (a!153 (ite (and (= rule@1 #x06) true)
                  #x05
                  (ite (and (= rule@1 #x07) true) #x07 a!152))))
(let ((a!34 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!33))
      (a!44 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x01))
                 (bvadd (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!43))
      (a!154 (ite (and (= rule@1 #x04) true)
                  #x05
                  (ite (and (= rule@1 #x05) true) #x04 a!153))))
(let ((a!35 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x00))
                 (bvadd (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 (ite (and (= rule@1 #x09) true)
                      (bvsub |folio.refcount[F0]@1| #x01)
                      a!34)))
      (a!45 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!44))
      (a!155 (ite (and (= rule@1 #x02) true)
                  #x02
                  (ite (and (= rule@1 #x03) true) #x03 a!154))))
(let ((a!36 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!35))
      (a!46 (= |folio.refcount[F1]@2|
               (ite (and (= rule@1 #x03) (= a!3 #x01)) #x01 a!45)))
      (a!156 (ite (and (= rule@1 #x00) true)
                  #x01
                  (ite (and (= rule@1 #x01) true) #x0a a!155))))
(let ((a!37 (ite (and (= rule@1 #x00) true)
                 (bvadd |folio.refcount[F0]@1| #x01)
                 (ite (and (= rule@1 #x03) (= a!3 #x00)) #x01 a!36))))
  (and a!18
       (= |alive[P0]@2| |alive[P0]@1|)
       (= |pte[P0][0]@2| |pte[P0][0]@1|)
       (= |pte.folio[P0][0]@2| |pte.folio[P0][0]@1|)
       (= |pte.write[P0][0]@2| |pte.write[P0][0]@1|)
       (= |expected[P0][0]@2| |expected[P0][0]@1|)
       (= |anon_vma.list[av0][0]@2| |anon_vma.list[av0][0]@1|)
       (= |anon_vma.len[av0]@2| |anon_vma.len[av0]@1|)
       (= |anon_vma.refcount[av0]@2| |anon_vma.refcount[av0]@1|)
       (= |folio.used[F0]@2| a!24)
       (= |folio.used[F1]@2| a!27)
       (= |folio.refcount[F0]@2| a!37)
       a!46
       (= |folio.mapcount[F0]@2| |folio.mapcount[F0]@1|)
       (= |folio.mapcount[F1]@2| |folio.mapcount[F1]@1|)
       (= |PG_lru[F0]@2| a!53)
       a!56
       a!62
       a!65
       a!71
       a!74
       a!80
       a!83
       a!90
       a!94
       (= |folio.node[F0]@2| a!100)
       (= |folio.node[F1]@2| a!103)
       (= |page.mapping(shmem)[F0]@2| a!110)
       (= |page.mapping(shmem)[F1]@2| a!113)
       (= |PG_swapcache[F0]@2| a!120)
       (= |PG_swapcache[F1]@2| a!123)
       (= |PG_dirty[F0]@2| a!130)
       (= |PG_dirty[F1]@2| a!133)
       (= shmem.i_pages@2 a!135)
       a!137
       (= |&mm->mmap_lock.writer[P0]@2| |&mm->mmap_lock.writer[P0]@1|)
       (= |&mm->mmap_lock.readers[P0]@2| |&mm->mmap_lock.readers[P0]@1|)
       (= |&anon_vma->rwsem.writer[av0]@2| |&anon_vma->rwsem.writer[av0]@1|)
       (= |&anon_vma->rwsem.readers[av0]@2| |&anon_vma->rwsem.readers[av0]@1|)
       (= |ptlock_ptr(page)[P0]@2| |ptlock_ptr(page)[P0]@1|)
       a!143
       a!147
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
       (= migrate0.pc@2 a!156)
       a!158
       (= migrate0.newpage@2 a!160)
       (= migrate0.ok@2 a!162)
       (= migrate0.mapping_is_swapper@2 a!163)
       a!164
       a!167
       (= fault0.page@2 a!169)
       (= fault0.from_swap@2 a!170)
       (bvule |alive[P0]@2| #x01)
       (bvule |pte[P0][0]@2| #x07)
       (bvule |pte.folio[P0][0]@2| #x01)
       (bvule |pte.write[P0][0]@2| #x01)
       (bvule |expected[P0][0]@2| #x01)
       (bvule |anon_vma.list[av0][0]@2| #x00)
       (bvule |anon_vma.len[av0]@2| #x01)
       (bvule |anon_vma.refcount[av0]@2| #x05)
       (bvule |folio.used[F0]@2| #x01)
       (bvule |folio.used[F1]@2| #x01)
       (bvule |folio.refcount[F0]@2| #x05)
       (bvule |folio.refcount[F1]@2| #x05)
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
       (bvule |&mm->mmap_lock.writer[P0]@2| #x02)
       (bvule |&mm->mmap_lock.readers[P0]@2| #x02)
       (bvule |&anon_vma->rwsem.writer[av0]@2| #x02)
       (bvule |&anon_vma->rwsem.readers[av0]@2| #x02)
       (bvule |ptlock_ptr(page)[P0]@2| #x02)
       (bvule |PG_locked[F0]@2| #x02)
       (bvule |PG_locked[F1]@2| #x02)
       (bvule |&mapping->tree_lock.writer[shmem]@2| #x02)
       (bvule |&mapping->tree_lock.writer[swapper_space]@2| #x02)
       (bvule |&mapping->tree_lock.readers[shmem]@2| #x02)
       (bvule |&mapping->tree_lock.readers[swapper_space]@2| #x02)
       (bvule |swap_lock[0]@2| #x02)
       (bvule |&info->lock[0]@2| #x02)
       (bvule |lru_lock[0]@2| #x02)
       (bvule migrate0.pc@2 #x0a)
       (bvule migrate0.isolated@2 #x01)
       (bvule migrate0.newpage@2 #x02)
       (bvule migrate0.ok@2 #x01)
       (bvule migrate0.mapping_is_swapper@2 #x01)
       (bvule migrate0.pass@2 #x01)
       (bvule fault0.pc@2 #x03)
       (bvule fault0.page@2 #x02)
       (bvule fault0.from_swap@2 #x01)))))))))))))
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
      (a!12 (and (= rule@2 #x0d)
                 (= migrate0.pc@2 #x07)
                 (not (not (= migrate0.ok@2 #x00)))))
      (a!13 (and (= rule@2 #x0f)
                 (= migrate0.pc@2 #x09)
                 (not (not (= migrate0.ok@2 #x00)))))
      (a!14 (and (= rule@2 #x14)
                 (= fault0.pc@2 #x01)
                 (= (ite (= fault0.page@2 #x00)
                         |PG_locked[F0]@2|
                         |PG_locked[F1]@2|)
                    #x00)))
      (a!15 (not (= (ite (= fault0.page@2 #x00)
                         |PG_swapcache[F0]@2|
                         |PG_swapcache[F1]@2|)
                    #x00)))
      (a!16 (not (= (ite (= fault0.page@2 #x00)
                         |page.mapping(shmem)[F0]@2|
                         |page.mapping(shmem)[F1]@2|)
                    #x00)))
      (a!19 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.used[F0]@2|
                      |folio.used[F1]@2|)))
      (a!20 (ite (= (ite (= fault0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= fault0.page@2 #x00)
                      |folio.used[F0]@2|
                      |folio.used[F1]@2|)))
      (a!28 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                 (bvsub (ite (= fault0.page@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 |folio.refcount[F0]@2|))
      (a!38 (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                 (bvsub (ite (= fault0.page@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 |folio.refcount[F1]@2|))
      (a!47 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00) |PG_lru[F0]@2| |PG_lru[F1]@2|)))
      (a!48 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 #x01))
      (a!49 (ite (= (ite (= fault0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= fault0.page@2 #x00) |PG_lru[F0]@2| |PG_lru[F1]@2|)))
      (a!57 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |PG_anon_exclusive[F0]@2|
                      |PG_anon_exclusive[F1]@2|)))
      (a!58 (ite (= (ite (= fault0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= fault0.page@2 #x00)
                      |PG_anon_exclusive[F0]@2|
                      |PG_anon_exclusive[F1]@2|)))
      (a!66 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.mapping[F0]@2|
                      |folio.mapping[F1]@2|)))
      (a!67 (ite (= (ite (= fault0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x01
                 (ite (= fault0.page@2 #x00)
                      |folio.mapping[F0]@2|
                      |folio.mapping[F1]@2|)))
      (a!75 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.index[F0]@2|
                      |folio.index[F1]@2|)))
      (a!76 (ite (= (ite (= fault0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= fault0.page@2 #x00)
                      |folio.index[F0]@2|
                      |folio.index[F1]@2|)))
      (a!84 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.data[F0]@2|
                      |folio.data[F1]@2|)))
      (a!85 (ite (= (ite (= fault0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= fault0.page@2 #x00)
                      |folio.data[F0]@2|
                      |folio.data[F1]@2|)))
      (a!95 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.node[F0]@2|
                      |folio.node[F1]@2|)))
      (a!96 (ite (= (ite (= fault0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= fault0.page@2 #x00)
                      |folio.node[F0]@2|
                      |folio.node[F1]@2|)))
      (a!104 (ite (= (ite (= migrate0.newpage@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@2 #x00)
                       |page.mapping(shmem)[F0]@2|
                       |page.mapping(shmem)[F1]@2|)))
      (a!105 (ite (= (ite (= fault0.page@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= fault0.page@2 #x00)
                       |page.mapping(shmem)[F0]@2|
                       |page.mapping(shmem)[F1]@2|)))
      (a!114 (ite (= (ite (= migrate0.newpage@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@2 #x00)
                       |PG_swapcache[F0]@2|
                       |PG_swapcache[F1]@2|)))
      (a!115 (ite (= (ite (= fault0.page@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= fault0.page@2 #x00)
                       |PG_swapcache[F0]@2|
                       |PG_swapcache[F1]@2|)))
      (a!124 (ite (= (ite (= migrate0.newpage@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@2 #x00)
                       |PG_dirty[F0]@2|
                       |PG_dirty[F1]@2|)))
      (a!125 (ite (= (ite (= fault0.page@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= fault0.page@2 #x00) |PG_dirty[F0]@2| |PG_dirty[F1]@2|)))
      (a!134 (ite (not (not (= migrate0.mapping_is_swapper@2 #x00)))
                  migrate0.newpage@2
                  shmem.i_pages@2))
      (a!136 (ite (and (= rule@2 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@2 #x00))
                       migrate0.newpage@2
                       swapper_space.i_pages@2)
                  swapper_space.i_pages@2))
      (a!138 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                  #x00
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                       #x00
                       |PG_locked[F0]@2|)))
      (a!144 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                  #x00
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                       #x00
                       |PG_locked[F1]@2|)))
      (a!148 (ite (and (= rule@2 #x10) true)
                  #x01
                  (ite (and (= rule@2 #x11) true) #x09 migrate0.pc@2)))
      (a!157 (ite (and (= rule@2 #x0e) true)
                  #x00
                  (ite (and (= rule@2 #x0f) true) #x00 migrate0.isolated@2)))
      (a!159 (ite (and (= rule@2 #x0d) true)
                  #x02
                  (ite (and (= rule@2 #x0e) true) #x02 migrate0.newpage@2)))
      (a!161 (ite (and (= rule@2 #x0b) true)
                  #x01
                  (ite (and (= rule@2 #x11) true) #x00 migrate0.ok@2)))
      (a!163 (ite (and (= rule@2 #x04) true)
                  |PG_swapcache[F0]@2|
                  (ite (and (= rule@2 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@2)))
      (a!164 (= migrate0.pass@3
                (ite (and (= rule@2 #x10) true)
                     (bvadd migrate0.pass@2 #x01)
                     migrate0.pass@2)))
      (a!165 (ite (and (= rule@2 #x15) true)
                  #x03
                  (ite (and (= rule@2 #x16) true) #x00 fault0.pc@2)))
      (a!168 (ite (and (= rule@2 #x15) true)
                  #x02
                  (ite (and (= rule@2 #x16) true) #x02 fault0.page@2)))
      (a!170 (ite (and (= rule@2 #x12) true)
                  #x00
                  (ite (and (= rule@2 #x13) true) #x01 fault0.from_swap@2))))
(let ((a!4 (and (= rule@2 #x03)
                (= migrate0.pc@2 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@2| |PG_locked[F1]@2|) #x00)))
      (a!11 (not (and (not (= |page.mapping(shmem)[F0]@2| #x00))
                      (= |folio.refcount[F0]@2| #x02)
                      a!10)))
      (a!17 (ite (not (= fault0.from_swap@2 #x00))
                 (and (= swapper_space.i_pages@2 fault0.page@2) a!15)
                 (and (= shmem.i_pages@2 fault0.page@2) a!16)))
      (a!21 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                 a!20
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                      a!20
                      |folio.used[F0]@2|)))
      (a!25 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                 a!20
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                      a!20
                      |folio.used[F1]@2|)))
      (a!29 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                 (bvsub (ite (= fault0.page@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!28))
      (a!39 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                 (bvsub (ite (= fault0.page@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                 a!49
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                      a!49
                      |PG_lru[F0]@2|)))
      (a!54 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                 a!49
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                      a!49
                      |PG_lru[F1]@2|)))
      (a!59 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                 a!58
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                      a!58
                      |PG_anon_exclusive[F0]@2|)))
      (a!63 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                 a!58
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                      a!58
                      |PG_anon_exclusive[F1]@2|)))
      (a!68 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                 a!67
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                      a!67
                      |folio.mapping[F0]@2|)))
      (a!72 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                 a!67
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                      a!67
                      |folio.mapping[F1]@2|)))
      (a!77 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                 a!76
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                      a!76
                      |folio.index[F0]@2|)))
      (a!81 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                 a!76
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                      a!76
                      |folio.index[F1]@2|)))
      (a!86 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                 a!85
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                      a!85
                      |folio.data[F0]@2|)))
      (a!91 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                 a!85
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                      a!85
                      |folio.data[F1]@2|)))
      (a!97 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                 a!96
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                      a!96
                      |folio.node[F0]@2|)))
      (a!101 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                  a!96
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                       a!96
                       |folio.node[F1]@2|)))
      (a!106 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                  a!105
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                       a!105
                       |page.mapping(shmem)[F0]@2|)))
      (a!111 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                  a!105
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                       a!105
                       |page.mapping(shmem)[F1]@2|)))
      (a!116 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                  a!115
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                       a!115
                       |PG_swapcache[F0]@2|)))
      (a!121 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                  a!115
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                       a!115
                       |PG_swapcache[F1]@2|)))
      (a!126 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                  a!125
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                       a!125
                       |PG_dirty[F0]@2|)))
      (a!131 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                  a!125
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                       a!125
                       |PG_dirty[F1]@2|)))
      (a!135 (ite (and (= rule@2 #x05) true)
                  #x02
                  (ite (and (= rule@2 #x09) true) a!134 shmem.i_pages@2)))
      (a!137 (= swapper_space.i_pages@3
                (ite (and (= rule@2 #x05) true) #x00 a!136)))
      (a!139 (ite (and (= rule@2 #x0d) true)
                  #x00
                  (ite (and (= rule@2 #x14) (= fault0.page@2 #x00)) #x02 a!138)))
      (a!145 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                  #x00
                  (ite (and (= rule@2 #x14) (= fault0.page@2 #x01)) #x02 a!144)))
      (a!149 (ite (and (= rule@2 #x0e) true)
                  #x0a
                  (ite (and (= rule@2 #x0f) true) #x0a a!148)))
      (a!158 (= migrate0.isolated@3 (ite (and (= rule@2 #x00) true) #x01 a!157)))
      (a!160 (ite (and (= rule@2 #x03) true)
                  a!3
                  (ite (and (= rule@2 #x08) true) #x02 a!159)))
      (a!162 (ite (and (= rule@2 #x07) true)
                  #x00
                  (ite (and (= rule@2 #x0a) true) #x00 a!161)))
      (a!166 (ite (and (= rule@2 #x13) true)
                  #x01
                  (ite (and (= rule@2 #x14) true) #x02 a!165)))
      (a!169 (ite (and (= rule@2 #x12) true)
                  shmem.i_pages@2
                  (ite (and (= rule@2 #x13) true) swapper_space.i_pages@2 a!168))))
(let ((a!18 (or (and (= rule@2 #x00)
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
                (and (= rule@2 #x09)
                     (= migrate0.pc@2 #x05)
                     (= (ite a!9
                             |&mapping->tree_lock.writer[shmem]@2|
                             |&mapping->tree_lock.writer[swapper_space]@2|)
                        #x00)
                     (= (ite a!9
                             |&mapping->tree_lock.readers[shmem]@2|
                             |&mapping->tree_lock.readers[swapper_space]@2|)
                        #x00)
                     (not (= |page.mapping(shmem)[F0]@2| #x00))
                     (= |folio.refcount[F0]@2| #x02)
                     a!10)
                (and (= rule@2 #x0a) (= migrate0.pc@2 #x05) a!11)
                (and (= rule@2 #x0b) (= migrate0.pc@2 #x06))
                (and (= rule@2 #x0c)
                     (= migrate0.pc@2 #x07)
                     (not (= migrate0.ok@2 #x00)))
                a!12
                (and (= rule@2 #x0e)
                     (= migrate0.pc@2 #x09)
                     (not (= migrate0.ok@2 #x00)))
                a!13
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
                a!14
                (and (= rule@2 #x15) (= fault0.pc@2 #x02) a!17)
                (and (= rule@2 #x16) (= fault0.pc@2 #x02) (not a!17))))
      (a!22 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.used[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.used[F0]@2|)
                      a!21)))
      (a!26 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!19
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!19
                      a!25)))
      (a!30 (ite (and (= rule@2 #x13) (= swapper_space.i_pages@2 #x00))
                 (bvadd (ite (= swapper_space.i_pages@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!29))
      (a!40 (ite (and (= rule@2 #x13) (= swapper_space.i_pages@2 #x01))
                 (bvadd (ite (= swapper_space.i_pages@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_lru[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01) #x00 #x01)
                      a!50)))
      (a!55 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!47
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!48
                      a!54)))
      (a!60 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@2|)
                      a!59)))
      (a!64 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!57
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!57
                      a!63)))
      (a!69 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01)
                      #x01
                      |folio.mapping[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x01
                           |folio.mapping[F0]@2|)
                      a!68)))
      (a!73 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!66
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!66
                      a!72)))
      (a!78 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.index[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.index[F0]@2|)
                      a!77)))
      (a!82 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!75
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!75
                      a!81)))
      (a!87 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.data[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.data[F0]@2|)
                      a!86)))
      (a!92 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!84
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!84
                      a!91)))
      (a!98 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.node[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.node[F0]@2|)
                      a!97)))
      (a!102 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                  a!95
                  (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                       a!95
                       a!101)))
      (a!107 (ite (and (= rule@2 #x0e) true)
                  (ite (= |folio.refcount[F0]@2| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@2|)
                  (ite (and (= rule@2 #x0f) true)
                       (ite (= |folio.refcount[F0]@2| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@2|)
                       a!106)))
      (a!112 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                  a!104
                  (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                       a!104
                       a!111)))
      (a!117 (ite (and (= rule@2 #x0e) true)
                  (ite (= |folio.refcount[F0]@2| #x01)
                       #x00
                       |PG_swapcache[F0]@2|)
                  (ite (and (= rule@2 #x0f) true)
                       (ite (= |folio.refcount[F0]@2| #x01)
                            #x00
                            |PG_swapcache[F0]@2|)
                       a!116)))
      (a!122 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                  a!114
                  (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                       a!114
                       a!121)))
      (a!127 (ite (and (= rule@2 #x0e) true)
                  (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_dirty[F0]@2|)
                  (ite (and (= rule@2 #x0f) true)
                       (ite (= |folio.refcount[F0]@2| #x01)
                            #x00
                            |PG_dirty[F0]@2|)
                       a!126)))
      (a!132 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                  a!124
                  (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                       a!124
                       a!131)))
      (a!140 (ite (and (= rule@2 #x0c) true)
                  #x00
                  (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                       #x00
                       a!139)))
      (a!146 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                  #x00
                  (ite (and (= rule@2 #x0c) (= migrate0.newpage@2 #x01))
                       #x00
                       a!145)))
      (a!150 (ite (and (= rule@2 #x0c) true)
                  #x09
                  (ite (and (= rule@2 #x0d) true) #x08 a!149)))
      (a!167 (= fault0.pc@3 (ite (and (= rule@2 #x12) true) #x01 a!166))))
(let ((a!23 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!19
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!19
                      a!22)))
      (a!27 (ite (and (= rule@2 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                      a!19
                      a!26)))
      (a!31 (ite (and (= rule@2 #x12) (= shmem.i_pages@2 #x00))
                 (bvadd (ite (= shmem.i_pages@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!30))
      (a!41 (ite (and (= rule@2 #x12) (= shmem.i_pages@2 #x01))
                 (bvadd (ite (= shmem.i_pages@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!40))
      (a!52 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!47
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!48
                      a!51)))
      (a!56 (= |PG_lru[F1]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01)) a!47 a!55)))
      (a!61 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!57
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!57
                      a!60)))
      (a!65 (= |PG_anon_exclusive[F1]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01)) a!57 a!64)))
      (a!70 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!66
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!66
                      a!69)))
      (a!74 (= |folio.mapping[F1]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01)) a!66 a!73)))
      (a!79 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!75
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!75
                      a!78)))
      (a!83 (= |folio.index[F1]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01)) a!75 a!82)))
      (a!88 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!84
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!84
                      a!87)))
      (a!93 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                 a!84
                 (ite (and (= rule@2 #x0b) (= migrate0.newpage@2 #x01))
                      |folio.data[F0]@2|
                      a!92)))
      (a!99 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!95
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!95
                      a!98)))
      (a!103 (ite (and (= rule@2 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@2|)
                  (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                       a!95
                       a!102)))
      (a!108 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                  a!104
                  (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                       a!104
                       a!107)))
      (a!113 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                  a!104
                  (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x01))
                       |page.mapping(shmem)[F0]@2|
                       a!112)))
      (a!118 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                  a!114
                  (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                       a!114
                       a!117)))
      (a!123 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                  a!114
                  (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x01))
                       |PG_swapcache[F0]@2|
                       a!122)))
      (a!128 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                  a!124
                  (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                       a!124
                       a!127)))
      (a!133 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                  a!124
                  (ite (and (= rule@2 #x0b) (= migrate0.newpage@2 #x01))
                       |PG_dirty[F0]@2|
                       a!132)))
      (a!141 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                  #x00
                  (ite (and (= rule@2 #x0c) (= migrate0.newpage@2 #x00))
                       #x00
                       a!140)))
      (a!147 (= |PG_locked[F1]@3|
                (ite (and (= rule@2 #x03) (= a!3 #x01)) #x01 a!146)))
      (a!151 (ite (and (= rule@2 #x0a) true)
                  #x07
                  (ite (and (= rule@2 #x0b) true) #x07 a!150))))
(let ((a!24 (ite (and (= rule@2 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      a!19
                      a!23)))
      (a!32 (ite (and (= rule@2 #x0e) true)
                 (bvsub |folio.refcount[F0]@2| #x01)
                 (ite (and (= rule@2 #x0f) true)
                      (bvsub |folio.refcount[F0]@2| #x01)
                      a!31)))
      (a!42 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!41))
      (a!53 (ite (and (= rule@2 #x00) true)
                 #x00
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      a!47
                      a!52)))
      (a!62 (= |PG_anon_exclusive[F0]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00)) a!57 a!61)))
      (a!71 (= |folio.mapping[F0]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00)) a!66 a!70)))
      (a!80 (= |folio.index[F0]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00)) a!75 a!79)))
      (a!89 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                 a!84
                 (ite (and (= rule@2 #x0b) (= migrate0.newpage@2 #x00))
                      |folio.data[F0]@2|
                      a!88)))
      (a!94 (= |folio.data[F1]@3|
               (ite (and (= rule@2 #x03) (= a!3 #x01)) #x00 a!93)))
      (a!100 (ite (and (= rule@2 #x03) (= a!3 #x00))
                  (bvsub #x01 |folio.node[F0]@2|)
                  (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                       a!95
                       a!99)))
      (a!109 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x00))
                  |page.mapping(shmem)[F0]@2|
                  (ite (and (= rule@2 #x0b) true) #x00 a!108)))
      (a!119 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x00))
                  |PG_swapcache[F0]@2|
                  (ite (and (= rule@2 #x0b) true) #x00 a!118)))
      (a!129 (ite (and (= rule@2 #x0b) (= migrate0.newpage@2 #x00))
                  |PG_dirty[F0]@2|
                  (ite (and (= rule@2 #x0b) true) #x00 a!128)))
      (a!142 (ite (and (= rule@2 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@2 #x05) true) #x00 a!141)))
      (a!152 (ite (and (= rule@2 #x08) true)
                  #x08
                  (ite (and (= rule@2 #x09) true) #x06 a!151))))
(let ((a!33 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!32))
      (a!43 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!42))
      (a!90 (= |folio.data[F0]@3|
               (ite (and (= rule@2 #x03) (= a!3 #x00)) #x00 a!89)))
      (a!110 (ite (and (= rule@2 #x05) true)
                  #x00
                  (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                       a!104
                       a!109)))
      (a!120 (ite (and (= rule@2 #x05) true)
                  #x01
                  (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                       a!114
                       a!119)))
      (a!130 (ite (and (= rule@2 #x05) true)
                  #x01
                  (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                       a!124
                       a!129)))
      (a!143 (= |PG_locked[F0]@3| (ite (and (= rule@2 #x02) true) #x01 a!142)))
      (a!153 (ite (and (= rule@2 #x06) true)
                  #x05
                  (ite (and (= rule@2 #x07) true) #x07 a!152))))
(let ((a!34 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!33))
      (a!44 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x01))
                 (bvadd (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!43))
      (a!154 (ite (and (= rule@2 #x04) true)
                  #x05
                  (ite (and (= rule@2 #x05) true) #x04 a!153))))
(let ((a!35 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x00))
                 (bvadd (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 (ite (and (= rule@2 #x09) true)
                      (bvsub |folio.refcount[F0]@2| #x01)
                      a!34)))
      (a!45 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!44))
      (a!155 (ite (and (= rule@2 #x02) true)
                  #x02
                  (ite (and (= rule@2 #x03) true) #x03 a!154))))
(let ((a!36 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!35))
      (a!46 (= |folio.refcount[F1]@3|
               (ite (and (= rule@2 #x03) (= a!3 #x01)) #x01 a!45)))
      (a!156 (ite (and (= rule@2 #x00) true)
                  #x01
                  (ite (and (= rule@2 #x01) true) #x0a a!155))))
(let ((a!37 (ite (and (= rule@2 #x00) true)
                 (bvadd |folio.refcount[F0]@2| #x01)
                 (ite (and (= rule@2 #x03) (= a!3 #x00)) #x01 a!36))))
  (and a!18
       (= |alive[P0]@3| |alive[P0]@2|)
       (= |pte[P0][0]@3| |pte[P0][0]@2|)
       (= |pte.folio[P0][0]@3| |pte.folio[P0][0]@2|)
       (= |pte.write[P0][0]@3| |pte.write[P0][0]@2|)
       (= |expected[P0][0]@3| |expected[P0][0]@2|)
       (= |anon_vma.list[av0][0]@3| |anon_vma.list[av0][0]@2|)
       (= |anon_vma.len[av0]@3| |anon_vma.len[av0]@2|)
       (= |anon_vma.refcount[av0]@3| |anon_vma.refcount[av0]@2|)
       (= |folio.used[F0]@3| a!24)
       (= |folio.used[F1]@3| a!27)
       (= |folio.refcount[F0]@3| a!37)
       a!46
       (= |folio.mapcount[F0]@3| |folio.mapcount[F0]@2|)
       (= |folio.mapcount[F1]@3| |folio.mapcount[F1]@2|)
       (= |PG_lru[F0]@3| a!53)
       a!56
       a!62
       a!65
       a!71
       a!74
       a!80
       a!83
       a!90
       a!94
       (= |folio.node[F0]@3| a!100)
       (= |folio.node[F1]@3| a!103)
       (= |page.mapping(shmem)[F0]@3| a!110)
       (= |page.mapping(shmem)[F1]@3| a!113)
       (= |PG_swapcache[F0]@3| a!120)
       (= |PG_swapcache[F1]@3| a!123)
       (= |PG_dirty[F0]@3| a!130)
       (= |PG_dirty[F1]@3| a!133)
       (= shmem.i_pages@3 a!135)
       a!137
       (= |&mm->mmap_lock.writer[P0]@3| |&mm->mmap_lock.writer[P0]@2|)
       (= |&mm->mmap_lock.readers[P0]@3| |&mm->mmap_lock.readers[P0]@2|)
       (= |&anon_vma->rwsem.writer[av0]@3| |&anon_vma->rwsem.writer[av0]@2|)
       (= |&anon_vma->rwsem.readers[av0]@3| |&anon_vma->rwsem.readers[av0]@2|)
       (= |ptlock_ptr(page)[P0]@3| |ptlock_ptr(page)[P0]@2|)
       a!143
       a!147
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
       (= migrate0.pc@3 a!156)
       a!158
       (= migrate0.newpage@3 a!160)
       (= migrate0.ok@3 a!162)
       (= migrate0.mapping_is_swapper@3 a!163)
       a!164
       a!167
       (= fault0.page@3 a!169)
       (= fault0.from_swap@3 a!170)
       (bvule |alive[P0]@3| #x01)
       (bvule |pte[P0][0]@3| #x07)
       (bvule |pte.folio[P0][0]@3| #x01)
       (bvule |pte.write[P0][0]@3| #x01)
       (bvule |expected[P0][0]@3| #x01)
       (bvule |anon_vma.list[av0][0]@3| #x00)
       (bvule |anon_vma.len[av0]@3| #x01)
       (bvule |anon_vma.refcount[av0]@3| #x05)
       (bvule |folio.used[F0]@3| #x01)
       (bvule |folio.used[F1]@3| #x01)
       (bvule |folio.refcount[F0]@3| #x05)
       (bvule |folio.refcount[F1]@3| #x05)
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
       (bvule |&mm->mmap_lock.writer[P0]@3| #x02)
       (bvule |&mm->mmap_lock.readers[P0]@3| #x02)
       (bvule |&anon_vma->rwsem.writer[av0]@3| #x02)
       (bvule |&anon_vma->rwsem.readers[av0]@3| #x02)
       (bvule |ptlock_ptr(page)[P0]@3| #x02)
       (bvule |PG_locked[F0]@3| #x02)
       (bvule |PG_locked[F1]@3| #x02)
       (bvule |&mapping->tree_lock.writer[shmem]@3| #x02)
       (bvule |&mapping->tree_lock.writer[swapper_space]@3| #x02)
       (bvule |&mapping->tree_lock.readers[shmem]@3| #x02)
       (bvule |&mapping->tree_lock.readers[swapper_space]@3| #x02)
       (bvule |swap_lock[0]@3| #x02)
       (bvule |&info->lock[0]@3| #x02)
       (bvule |lru_lock[0]@3| #x02)
       (bvule migrate0.pc@3 #x0a)
       (bvule migrate0.isolated@3 #x01)
       (bvule migrate0.newpage@3 #x02)
       (bvule migrate0.ok@3 #x01)
       (bvule migrate0.mapping_is_swapper@3 #x01)
       (bvule migrate0.pass@3 #x01)
       (bvule fault0.pc@3 #x03)
       (bvule fault0.page@3 #x02)
       (bvule fault0.from_swap@3 #x01)))))))))))))
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
      (a!12 (and (= rule@3 #x0d)
                 (= migrate0.pc@3 #x07)
                 (not (not (= migrate0.ok@3 #x00)))))
      (a!13 (and (= rule@3 #x0f)
                 (= migrate0.pc@3 #x09)
                 (not (not (= migrate0.ok@3 #x00)))))
      (a!14 (and (= rule@3 #x14)
                 (= fault0.pc@3 #x01)
                 (= (ite (= fault0.page@3 #x00)
                         |PG_locked[F0]@3|
                         |PG_locked[F1]@3|)
                    #x00)))
      (a!15 (not (= (ite (= fault0.page@3 #x00)
                         |PG_swapcache[F0]@3|
                         |PG_swapcache[F1]@3|)
                    #x00)))
      (a!16 (not (= (ite (= fault0.page@3 #x00)
                         |page.mapping(shmem)[F0]@3|
                         |page.mapping(shmem)[F1]@3|)
                    #x00)))
      (a!19 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.used[F0]@3|
                      |folio.used[F1]@3|)))
      (a!20 (ite (= (ite (= fault0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= fault0.page@3 #x00)
                      |folio.used[F0]@3|
                      |folio.used[F1]@3|)))
      (a!28 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                 (bvsub (ite (= fault0.page@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 |folio.refcount[F0]@3|))
      (a!38 (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                 (bvsub (ite (= fault0.page@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 |folio.refcount[F1]@3|))
      (a!47 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00) |PG_lru[F0]@3| |PG_lru[F1]@3|)))
      (a!48 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 #x01))
      (a!49 (ite (= (ite (= fault0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= fault0.page@3 #x00) |PG_lru[F0]@3| |PG_lru[F1]@3|)))
      (a!57 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |PG_anon_exclusive[F0]@3|
                      |PG_anon_exclusive[F1]@3|)))
      (a!58 (ite (= (ite (= fault0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= fault0.page@3 #x00)
                      |PG_anon_exclusive[F0]@3|
                      |PG_anon_exclusive[F1]@3|)))
      (a!66 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.mapping[F0]@3|
                      |folio.mapping[F1]@3|)))
      (a!67 (ite (= (ite (= fault0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x01
                 (ite (= fault0.page@3 #x00)
                      |folio.mapping[F0]@3|
                      |folio.mapping[F1]@3|)))
      (a!75 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.index[F0]@3|
                      |folio.index[F1]@3|)))
      (a!76 (ite (= (ite (= fault0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= fault0.page@3 #x00)
                      |folio.index[F0]@3|
                      |folio.index[F1]@3|)))
      (a!84 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.data[F0]@3|
                      |folio.data[F1]@3|)))
      (a!85 (ite (= (ite (= fault0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= fault0.page@3 #x00)
                      |folio.data[F0]@3|
                      |folio.data[F1]@3|)))
      (a!95 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.node[F0]@3|
                      |folio.node[F1]@3|)))
      (a!96 (ite (= (ite (= fault0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= fault0.page@3 #x00)
                      |folio.node[F0]@3|
                      |folio.node[F1]@3|)))
      (a!104 (ite (= (ite (= migrate0.newpage@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@3 #x00)
                       |page.mapping(shmem)[F0]@3|
                       |page.mapping(shmem)[F1]@3|)))
      (a!105 (ite (= (ite (= fault0.page@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= fault0.page@3 #x00)
                       |page.mapping(shmem)[F0]@3|
                       |page.mapping(shmem)[F1]@3|)))
      (a!114 (ite (= (ite (= migrate0.newpage@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@3 #x00)
                       |PG_swapcache[F0]@3|
                       |PG_swapcache[F1]@3|)))
      (a!115 (ite (= (ite (= fault0.page@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= fault0.page@3 #x00)
                       |PG_swapcache[F0]@3|
                       |PG_swapcache[F1]@3|)))
      (a!124 (ite (= (ite (= migrate0.newpage@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@3 #x00)
                       |PG_dirty[F0]@3|
                       |PG_dirty[F1]@3|)))
      (a!125 (ite (= (ite (= fault0.page@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= fault0.page@3 #x00) |PG_dirty[F0]@3| |PG_dirty[F1]@3|)))
      (a!134 (ite (not (not (= migrate0.mapping_is_swapper@3 #x00)))
                  migrate0.newpage@3
                  shmem.i_pages@3))
      (a!136 (ite (and (= rule@3 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@3 #x00))
                       migrate0.newpage@3
                       swapper_space.i_pages@3)
                  swapper_space.i_pages@3))
      (a!138 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                  #x00
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                       #x00
                       |PG_locked[F0]@3|)))
      (a!144 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                  #x00
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                       #x00
                       |PG_locked[F1]@3|)))
      (a!148 (ite (and (= rule@3 #x10) true)
                  #x01
                  (ite (and (= rule@3 #x11) true) #x09 migrate0.pc@3)))
      (a!157 (ite (and (= rule@3 #x0e) true)
                  #x00
                  (ite (and (= rule@3 #x0f) true) #x00 migrate0.isolated@3)))
      (a!159 (ite (and (= rule@3 #x0d) true)
                  #x02
                  (ite (and (= rule@3 #x0e) true) #x02 migrate0.newpage@3)))
      (a!161 (ite (and (= rule@3 #x0b) true)
                  #x01
                  (ite (and (= rule@3 #x11) true) #x00 migrate0.ok@3)))
      (a!163 (ite (and (= rule@3 #x04) true)
                  |PG_swapcache[F0]@3|
                  (ite (and (= rule@3 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@3)))
      (a!164 (= migrate0.pass@4
                (ite (and (= rule@3 #x10) true)
                     (bvadd migrate0.pass@3 #x01)
                     migrate0.pass@3)))
      (a!165 (ite (and (= rule@3 #x15) true)
                  #x03
                  (ite (and (= rule@3 #x16) true) #x00 fault0.pc@3)))
      (a!168 (ite (and (= rule@3 #x15) true)
                  #x02
                  (ite (and (= rule@3 #x16) true) #x02 fault0.page@3)))
      (a!170 (ite (and (= rule@3 #x12) true)
                  #x00
                  (ite (and (= rule@3 #x13) true) #x01 fault0.from_swap@3))))
(let ((a!4 (and (= rule@3 #x03)
                (= migrate0.pc@3 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@3| |PG_locked[F1]@3|) #x00)))
      (a!11 (not (and (not (= |page.mapping(shmem)[F0]@3| #x00))
                      (= |folio.refcount[F0]@3| #x02)
                      a!10)))
      (a!17 (ite (not (= fault0.from_swap@3 #x00))
                 (and (= swapper_space.i_pages@3 fault0.page@3) a!15)
                 (and (= shmem.i_pages@3 fault0.page@3) a!16)))
      (a!21 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                 a!20
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                      a!20
                      |folio.used[F0]@3|)))
      (a!25 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                 a!20
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                      a!20
                      |folio.used[F1]@3|)))
      (a!29 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                 (bvsub (ite (= fault0.page@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!28))
      (a!39 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                 (bvsub (ite (= fault0.page@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                 a!49
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                      a!49
                      |PG_lru[F0]@3|)))
      (a!54 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                 a!49
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                      a!49
                      |PG_lru[F1]@3|)))
      (a!59 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                 a!58
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                      a!58
                      |PG_anon_exclusive[F0]@3|)))
      (a!63 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                 a!58
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                      a!58
                      |PG_anon_exclusive[F1]@3|)))
      (a!68 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                 a!67
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                      a!67
                      |folio.mapping[F0]@3|)))
      (a!72 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                 a!67
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                      a!67
                      |folio.mapping[F1]@3|)))
      (a!77 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                 a!76
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                      a!76
                      |folio.index[F0]@3|)))
      (a!81 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                 a!76
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                      a!76
                      |folio.index[F1]@3|)))
      (a!86 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                 a!85
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                      a!85
                      |folio.data[F0]@3|)))
      (a!91 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                 a!85
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                      a!85
                      |folio.data[F1]@3|)))
      (a!97 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                 a!96
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                      a!96
                      |folio.node[F0]@3|)))
      (a!101 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                  a!96
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                       a!96
                       |folio.node[F1]@3|)))
      (a!106 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                  a!105
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                       a!105
                       |page.mapping(shmem)[F0]@3|)))
      (a!111 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                  a!105
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                       a!105
                       |page.mapping(shmem)[F1]@3|)))
      (a!116 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                  a!115
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                       a!115
                       |PG_swapcache[F0]@3|)))
      (a!121 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                  a!115
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                       a!115
                       |PG_swapcache[F1]@3|)))
      (a!126 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                  a!125
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                       a!125
                       |PG_dirty[F0]@3|)))
      (a!131 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                  a!125
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                       a!125
                       |PG_dirty[F1]@3|)))
      (a!135 (ite (and (= rule@3 #x05) true)
                  #x02
                  (ite (and (= rule@3 #x09) true) a!134 shmem.i_pages@3)))
      (a!137 (= swapper_space.i_pages@4
                (ite (and (= rule@3 #x05) true) #x00 a!136)))
      (a!139 (ite (and (= rule@3 #x0d) true)
                  #x00
                  (ite (and (= rule@3 #x14) (= fault0.page@3 #x00)) #x02 a!138)))
      (a!145 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                  #x00
                  (ite (and (= rule@3 #x14) (= fault0.page@3 #x01)) #x02 a!144)))
      (a!149 (ite (and (= rule@3 #x0e) true)
                  #x0a
                  (ite (and (= rule@3 #x0f) true) #x0a a!148)))
      (a!158 (= migrate0.isolated@4 (ite (and (= rule@3 #x00) true) #x01 a!157)))
      (a!160 (ite (and (= rule@3 #x03) true)
                  a!3
                  (ite (and (= rule@3 #x08) true) #x02 a!159)))
      (a!162 (ite (and (= rule@3 #x07) true)
                  #x00
                  (ite (and (= rule@3 #x0a) true) #x00 a!161)))
      (a!166 (ite (and (= rule@3 #x13) true)
                  #x01
                  (ite (and (= rule@3 #x14) true) #x02 a!165)))
      (a!169 (ite (and (= rule@3 #x12) true)
                  shmem.i_pages@3
                  (ite (and (= rule@3 #x13) true) swapper_space.i_pages@3 a!168))))
(let ((a!18 (or (and (= rule@3 #x00)
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
                (and (= rule@3 #x09)
                     (= migrate0.pc@3 #x05)
                     (= (ite a!9
                             |&mapping->tree_lock.writer[shmem]@3|
                             |&mapping->tree_lock.writer[swapper_space]@3|)
                        #x00)
                     (= (ite a!9
                             |&mapping->tree_lock.readers[shmem]@3|
                             |&mapping->tree_lock.readers[swapper_space]@3|)
                        #x00)
                     (not (= |page.mapping(shmem)[F0]@3| #x00))
                     (= |folio.refcount[F0]@3| #x02)
                     a!10)
                (and (= rule@3 #x0a) (= migrate0.pc@3 #x05) a!11)
                (and (= rule@3 #x0b) (= migrate0.pc@3 #x06))
                (and (= rule@3 #x0c)
                     (= migrate0.pc@3 #x07)
                     (not (= migrate0.ok@3 #x00)))
                a!12
                (and (= rule@3 #x0e)
                     (= migrate0.pc@3 #x09)
                     (not (= migrate0.ok@3 #x00)))
                a!13
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
                a!14
                (and (= rule@3 #x15) (= fault0.pc@3 #x02) a!17)
                (and (= rule@3 #x16) (= fault0.pc@3 #x02) (not a!17))))
      (a!22 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.used[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.used[F0]@3|)
                      a!21)))
      (a!26 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!19
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!19
                      a!25)))
      (a!30 (ite (and (= rule@3 #x13) (= swapper_space.i_pages@3 #x00))
                 (bvadd (ite (= swapper_space.i_pages@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!29))
      (a!40 (ite (and (= rule@3 #x13) (= swapper_space.i_pages@3 #x01))
                 (bvadd (ite (= swapper_space.i_pages@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_lru[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01) #x00 #x01)
                      a!50)))
      (a!55 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!47
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!48
                      a!54)))
      (a!60 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@3|)
                      a!59)))
      (a!64 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!57
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!57
                      a!63)))
      (a!69 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01)
                      #x01
                      |folio.mapping[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x01
                           |folio.mapping[F0]@3|)
                      a!68)))
      (a!73 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!66
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!66
                      a!72)))
      (a!78 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.index[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.index[F0]@3|)
                      a!77)))
      (a!82 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!75
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!75
                      a!81)))
      (a!87 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.data[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.data[F0]@3|)
                      a!86)))
      (a!92 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!84
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!84
                      a!91)))
      (a!98 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.node[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.node[F0]@3|)
                      a!97)))
      (a!102 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                  a!95
                  (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                       a!95
                       a!101)))
      (a!107 (ite (and (= rule@3 #x0e) true)
                  (ite (= |folio.refcount[F0]@3| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@3|)
                  (ite (and (= rule@3 #x0f) true)
                       (ite (= |folio.refcount[F0]@3| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@3|)
                       a!106)))
      (a!112 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                  a!104
                  (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                       a!104
                       a!111)))
      (a!117 (ite (and (= rule@3 #x0e) true)
                  (ite (= |folio.refcount[F0]@3| #x01)
                       #x00
                       |PG_swapcache[F0]@3|)
                  (ite (and (= rule@3 #x0f) true)
                       (ite (= |folio.refcount[F0]@3| #x01)
                            #x00
                            |PG_swapcache[F0]@3|)
                       a!116)))
      (a!122 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                  a!114
                  (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                       a!114
                       a!121)))
      (a!127 (ite (and (= rule@3 #x0e) true)
                  (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_dirty[F0]@3|)
                  (ite (and (= rule@3 #x0f) true)
                       (ite (= |folio.refcount[F0]@3| #x01)
                            #x00
                            |PG_dirty[F0]@3|)
                       a!126)))
      (a!132 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                  a!124
                  (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                       a!124
                       a!131)))
      (a!140 (ite (and (= rule@3 #x0c) true)
                  #x00
                  (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                       #x00
                       a!139)))
      (a!146 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                  #x00
                  (ite (and (= rule@3 #x0c) (= migrate0.newpage@3 #x01))
                       #x00
                       a!145)))
      (a!150 (ite (and (= rule@3 #x0c) true)
                  #x09
                  (ite (and (= rule@3 #x0d) true) #x08 a!149)))
      (a!167 (= fault0.pc@4 (ite (and (= rule@3 #x12) true) #x01 a!166))))
(let ((a!23 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!19
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!19
                      a!22)))
      (a!27 (ite (and (= rule@3 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                      a!19
                      a!26)))
      (a!31 (ite (and (= rule@3 #x12) (= shmem.i_pages@3 #x00))
                 (bvadd (ite (= shmem.i_pages@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!30))
      (a!41 (ite (and (= rule@3 #x12) (= shmem.i_pages@3 #x01))
                 (bvadd (ite (= shmem.i_pages@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!40))
      (a!52 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!47
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!48
                      a!51)))
      (a!56 (= |PG_lru[F1]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01)) a!47 a!55)))
      (a!61 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!57
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!57
                      a!60)))
      (a!65 (= |PG_anon_exclusive[F1]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01)) a!57 a!64)))
      (a!70 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!66
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!66
                      a!69)))
      (a!74 (= |folio.mapping[F1]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01)) a!66 a!73)))
      (a!79 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!75
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!75
                      a!78)))
      (a!83 (= |folio.index[F1]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01)) a!75 a!82)))
      (a!88 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!84
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!84
                      a!87)))
      (a!93 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                 a!84
                 (ite (and (= rule@3 #x0b) (= migrate0.newpage@3 #x01))
                      |folio.data[F0]@3|
                      a!92)))
      (a!99 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!95
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!95
                      a!98)))
      (a!103 (ite (and (= rule@3 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@3|)
                  (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                       a!95
                       a!102)))
      (a!108 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                  a!104
                  (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                       a!104
                       a!107)))
      (a!113 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                  a!104
                  (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x01))
                       |page.mapping(shmem)[F0]@3|
                       a!112)))
      (a!118 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                  a!114
                  (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                       a!114
                       a!117)))
      (a!123 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                  a!114
                  (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x01))
                       |PG_swapcache[F0]@3|
                       a!122)))
      (a!128 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                  a!124
                  (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                       a!124
                       a!127)))
      (a!133 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                  a!124
                  (ite (and (= rule@3 #x0b) (= migrate0.newpage@3 #x01))
                       |PG_dirty[F0]@3|
                       a!132)))
      (a!141 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                  #x00
                  (ite (and (= rule@3 #x0c) (= migrate0.newpage@3 #x00))
                       #x00
                       a!140)))
      (a!147 (= |PG_locked[F1]@4|
                (ite (and (= rule@3 #x03) (= a!3 #x01)) #x01 a!146)))
      (a!151 (ite (and (= rule@3 #x0a) true)
                  #x07
                  (ite (and (= rule@3 #x0b) true) #x07 a!150))))
(let ((a!24 (ite (and (= rule@3 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      a!19
                      a!23)))
      (a!32 (ite (and (= rule@3 #x0e) true)
                 (bvsub |folio.refcount[F0]@3| #x01)
                 (ite (and (= rule@3 #x0f) true)
                      (bvsub |folio.refcount[F0]@3| #x01)
                      a!31)))
      (a!42 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!41))
      (a!53 (ite (and (= rule@3 #x00) true)
                 #x00
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      a!47
                      a!52)))
      (a!62 (= |PG_anon_exclusive[F0]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00)) a!57 a!61)))
      (a!71 (= |folio.mapping[F0]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00)) a!66 a!70)))
      (a!80 (= |folio.index[F0]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00)) a!75 a!79)))
      (a!89 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                 a!84
                 (ite (and (= rule@3 #x0b) (= migrate0.newpage@3 #x00))
                      |folio.data[F0]@3|
                      a!88)))
      (a!94 (= |folio.data[F1]@4|
               (ite (and (= rule@3 #x03) (= a!3 #x01)) #x00 a!93)))
      (a!100 (ite (and (= rule@3 #x03) (= a!3 #x00))
                  (bvsub #x01 |folio.node[F0]@3|)
                  (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                       a!95
                       a!99)))
      (a!109 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x00))
                  |page.mapping(shmem)[F0]@3|
                  (ite (and (= rule@3 #x0b) true) #x00 a!108)))
      (a!119 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x00))
                  |PG_swapcache[F0]@3|
                  (ite (and (= rule@3 #x0b) true) #x00 a!118)))
      (a!129 (ite (and (= rule@3 #x0b) (= migrate0.newpage@3 #x00))
                  |PG_dirty[F0]@3|
                  (ite (and (= rule@3 #x0b) true) #x00 a!128)))
      (a!142 (ite (and (= rule@3 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@3 #x05) true) #x00 a!141)))
      (a!152 (ite (and (= rule@3 #x08) true)
                  #x08
                  (ite (and (= rule@3 #x09) true) #x06 a!151))))
(let ((a!33 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!32))
      (a!43 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!42))
      (a!90 (= |folio.data[F0]@4|
               (ite (and (= rule@3 #x03) (= a!3 #x00)) #x00 a!89)))
      (a!110 (ite (and (= rule@3 #x05) true)
                  #x00
                  (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                       a!104
                       a!109)))
      (a!120 (ite (and (= rule@3 #x05) true)
                  #x01
                  (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                       a!114
                       a!119)))
      (a!130 (ite (and (= rule@3 #x05) true)
                  #x01
                  (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                       a!124
                       a!129)))
      (a!143 (= |PG_locked[F0]@4| (ite (and (= rule@3 #x02) true) #x01 a!142)))
      (a!153 (ite (and (= rule@3 #x06) true)
                  #x05
                  (ite (and (= rule@3 #x07) true) #x07 a!152))))
(let ((a!34 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!33))
      (a!44 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x01))
                 (bvadd (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!43))
      (a!154 (ite (and (= rule@3 #x04) true)
                  #x05
                  (ite (and (= rule@3 #x05) true) #x04 a!153))))
(let ((a!35 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x00))
                 (bvadd (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 (ite (and (= rule@3 #x09) true)
                      (bvsub |folio.refcount[F0]@3| #x01)
                      a!34)))
      (a!45 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!44))
      (a!155 (ite (and (= rule@3 #x02) true)
                  #x02
                  (ite (and (= rule@3 #x03) true) #x03 a!154))))
(let ((a!36 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!35))
      (a!46 (= |folio.refcount[F1]@4|
               (ite (and (= rule@3 #x03) (= a!3 #x01)) #x01 a!45)))
      (a!156 (ite (and (= rule@3 #x00) true)
                  #x01
                  (ite (and (= rule@3 #x01) true) #x0a a!155))))
(let ((a!37 (ite (and (= rule@3 #x00) true)
                 (bvadd |folio.refcount[F0]@3| #x01)
                 (ite (and (= rule@3 #x03) (= a!3 #x00)) #x01 a!36))))
  (and a!18
       (= |alive[P0]@4| |alive[P0]@3|)
       (= |pte[P0][0]@4| |pte[P0][0]@3|)
       (= |pte.folio[P0][0]@4| |pte.folio[P0][0]@3|)
       (= |pte.write[P0][0]@4| |pte.write[P0][0]@3|)
       (= |expected[P0][0]@4| |expected[P0][0]@3|)
       (= |anon_vma.list[av0][0]@4| |anon_vma.list[av0][0]@3|)
       (= |anon_vma.len[av0]@4| |anon_vma.len[av0]@3|)
       (= |anon_vma.refcount[av0]@4| |anon_vma.refcount[av0]@3|)
       (= |folio.used[F0]@4| a!24)
       (= |folio.used[F1]@4| a!27)
       (= |folio.refcount[F0]@4| a!37)
       a!46
       (= |folio.mapcount[F0]@4| |folio.mapcount[F0]@3|)
       (= |folio.mapcount[F1]@4| |folio.mapcount[F1]@3|)
       (= |PG_lru[F0]@4| a!53)
       a!56
       a!62
       a!65
       a!71
       a!74
       a!80
       a!83
       a!90
       a!94
       (= |folio.node[F0]@4| a!100)
       (= |folio.node[F1]@4| a!103)
       (= |page.mapping(shmem)[F0]@4| a!110)
       (= |page.mapping(shmem)[F1]@4| a!113)
       (= |PG_swapcache[F0]@4| a!120)
       (= |PG_swapcache[F1]@4| a!123)
       (= |PG_dirty[F0]@4| a!130)
       (= |PG_dirty[F1]@4| a!133)
       (= shmem.i_pages@4 a!135)
       a!137
       (= |&mm->mmap_lock.writer[P0]@4| |&mm->mmap_lock.writer[P0]@3|)
       (= |&mm->mmap_lock.readers[P0]@4| |&mm->mmap_lock.readers[P0]@3|)
       (= |&anon_vma->rwsem.writer[av0]@4| |&anon_vma->rwsem.writer[av0]@3|)
       (= |&anon_vma->rwsem.readers[av0]@4| |&anon_vma->rwsem.readers[av0]@3|)
       (= |ptlock_ptr(page)[P0]@4| |ptlock_ptr(page)[P0]@3|)
       a!143
       a!147
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
       (= migrate0.pc@4 a!156)
       a!158
       (= migrate0.newpage@4 a!160)
       (= migrate0.ok@4 a!162)
       (= migrate0.mapping_is_swapper@4 a!163)
       a!164
       a!167
       (= fault0.page@4 a!169)
       (= fault0.from_swap@4 a!170)
       (bvule |alive[P0]@4| #x01)
       (bvule |pte[P0][0]@4| #x07)
       (bvule |pte.folio[P0][0]@4| #x01)
       (bvule |pte.write[P0][0]@4| #x01)
       (bvule |expected[P0][0]@4| #x01)
       (bvule |anon_vma.list[av0][0]@4| #x00)
       (bvule |anon_vma.len[av0]@4| #x01)
       (bvule |anon_vma.refcount[av0]@4| #x05)
       (bvule |folio.used[F0]@4| #x01)
       (bvule |folio.used[F1]@4| #x01)
       (bvule |folio.refcount[F0]@4| #x05)
       (bvule |folio.refcount[F1]@4| #x05)
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
       (bvule |&mm->mmap_lock.writer[P0]@4| #x02)
       (bvule |&mm->mmap_lock.readers[P0]@4| #x02)
       (bvule |&anon_vma->rwsem.writer[av0]@4| #x02)
       (bvule |&anon_vma->rwsem.readers[av0]@4| #x02)
       (bvule |ptlock_ptr(page)[P0]@4| #x02)
       (bvule |PG_locked[F0]@4| #x02)
       (bvule |PG_locked[F1]@4| #x02)
       (bvule |&mapping->tree_lock.writer[shmem]@4| #x02)
       (bvule |&mapping->tree_lock.writer[swapper_space]@4| #x02)
       (bvule |&mapping->tree_lock.readers[shmem]@4| #x02)
       (bvule |&mapping->tree_lock.readers[swapper_space]@4| #x02)
       (bvule |swap_lock[0]@4| #x02)
       (bvule |&info->lock[0]@4| #x02)
       (bvule |lru_lock[0]@4| #x02)
       (bvule migrate0.pc@4 #x0a)
       (bvule migrate0.isolated@4 #x01)
       (bvule migrate0.newpage@4 #x02)
       (bvule migrate0.ok@4 #x01)
       (bvule migrate0.mapping_is_swapper@4 #x01)
       (bvule migrate0.pass@4 #x01)
       (bvule fault0.pc@4 #x03)
       (bvule fault0.page@4 #x02)
       (bvule fault0.from_swap@4 #x01)))))))))))))
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
      (a!12 (and (= rule@4 #x0d)
                 (= migrate0.pc@4 #x07)
                 (not (not (= migrate0.ok@4 #x00)))))
      (a!13 (and (= rule@4 #x0f)
                 (= migrate0.pc@4 #x09)
                 (not (not (= migrate0.ok@4 #x00)))))
      (a!14 (and (= rule@4 #x14)
                 (= fault0.pc@4 #x01)
                 (= (ite (= fault0.page@4 #x00)
                         |PG_locked[F0]@4|
                         |PG_locked[F1]@4|)
                    #x00)))
      (a!15 (not (= (ite (= fault0.page@4 #x00)
                         |PG_swapcache[F0]@4|
                         |PG_swapcache[F1]@4|)
                    #x00)))
      (a!16 (not (= (ite (= fault0.page@4 #x00)
                         |page.mapping(shmem)[F0]@4|
                         |page.mapping(shmem)[F1]@4|)
                    #x00)))
      (a!19 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.used[F0]@4|
                      |folio.used[F1]@4|)))
      (a!20 (ite (= (ite (= fault0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= fault0.page@4 #x00)
                      |folio.used[F0]@4|
                      |folio.used[F1]@4|)))
      (a!28 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                 (bvsub (ite (= fault0.page@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 |folio.refcount[F0]@4|))
      (a!38 (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                 (bvsub (ite (= fault0.page@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 |folio.refcount[F1]@4|))
      (a!47 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00) |PG_lru[F0]@4| |PG_lru[F1]@4|)))
      (a!48 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 #x01))
      (a!49 (ite (= (ite (= fault0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= fault0.page@4 #x00) |PG_lru[F0]@4| |PG_lru[F1]@4|)))
      (a!57 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |PG_anon_exclusive[F0]@4|
                      |PG_anon_exclusive[F1]@4|)))
      (a!58 (ite (= (ite (= fault0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= fault0.page@4 #x00)
                      |PG_anon_exclusive[F0]@4|
                      |PG_anon_exclusive[F1]@4|)))
      (a!66 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.mapping[F0]@4|
                      |folio.mapping[F1]@4|)))
      (a!67 (ite (= (ite (= fault0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x01
                 (ite (= fault0.page@4 #x00)
                      |folio.mapping[F0]@4|
                      |folio.mapping[F1]@4|)))
      (a!75 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.index[F0]@4|
                      |folio.index[F1]@4|)))
      (a!76 (ite (= (ite (= fault0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= fault0.page@4 #x00)
                      |folio.index[F0]@4|
                      |folio.index[F1]@4|)))
      (a!84 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.data[F0]@4|
                      |folio.data[F1]@4|)))
      (a!85 (ite (= (ite (= fault0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= fault0.page@4 #x00)
                      |folio.data[F0]@4|
                      |folio.data[F1]@4|)))
      (a!95 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.node[F0]@4|
                      |folio.node[F1]@4|)))
      (a!96 (ite (= (ite (= fault0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= fault0.page@4 #x00)
                      |folio.node[F0]@4|
                      |folio.node[F1]@4|)))
      (a!104 (ite (= (ite (= migrate0.newpage@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@4 #x00)
                       |page.mapping(shmem)[F0]@4|
                       |page.mapping(shmem)[F1]@4|)))
      (a!105 (ite (= (ite (= fault0.page@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= fault0.page@4 #x00)
                       |page.mapping(shmem)[F0]@4|
                       |page.mapping(shmem)[F1]@4|)))
      (a!114 (ite (= (ite (= migrate0.newpage@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@4 #x00)
                       |PG_swapcache[F0]@4|
                       |PG_swapcache[F1]@4|)))
      (a!115 (ite (= (ite (= fault0.page@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= fault0.page@4 #x00)
                       |PG_swapcache[F0]@4|
                       |PG_swapcache[F1]@4|)))
      (a!124 (ite (= (ite (= migrate0.newpage@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@4 #x00)
                       |PG_dirty[F0]@4|
                       |PG_dirty[F1]@4|)))
      (a!125 (ite (= (ite (= fault0.page@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= fault0.page@4 #x00) |PG_dirty[F0]@4| |PG_dirty[F1]@4|)))
      (a!134 (ite (not (not (= migrate0.mapping_is_swapper@4 #x00)))
                  migrate0.newpage@4
                  shmem.i_pages@4))
      (a!136 (ite (and (= rule@4 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@4 #x00))
                       migrate0.newpage@4
                       swapper_space.i_pages@4)
                  swapper_space.i_pages@4))
      (a!138 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                  #x00
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                       #x00
                       |PG_locked[F0]@4|)))
      (a!144 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                  #x00
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                       #x00
                       |PG_locked[F1]@4|)))
      (a!148 (ite (and (= rule@4 #x10) true)
                  #x01
                  (ite (and (= rule@4 #x11) true) #x09 migrate0.pc@4)))
      (a!157 (ite (and (= rule@4 #x0e) true)
                  #x00
                  (ite (and (= rule@4 #x0f) true) #x00 migrate0.isolated@4)))
      (a!159 (ite (and (= rule@4 #x0d) true)
                  #x02
                  (ite (and (= rule@4 #x0e) true) #x02 migrate0.newpage@4)))
      (a!161 (ite (and (= rule@4 #x0b) true)
                  #x01
                  (ite (and (= rule@4 #x11) true) #x00 migrate0.ok@4)))
      (a!163 (ite (and (= rule@4 #x04) true)
                  |PG_swapcache[F0]@4|
                  (ite (and (= rule@4 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@4)))
      (a!164 (= migrate0.pass@5
                (ite (and (= rule@4 #x10) true)
                     (bvadd migrate0.pass@4 #x01)
                     migrate0.pass@4)))
      (a!165 (ite (and (= rule@4 #x15) true)
                  #x03
                  (ite (and (= rule@4 #x16) true) #x00 fault0.pc@4)))
      (a!168 (ite (and (= rule@4 #x15) true)
                  #x02
                  (ite (and (= rule@4 #x16) true) #x02 fault0.page@4)))
      (a!170 (ite (and (= rule@4 #x12) true)
                  #x00
                  (ite (and (= rule@4 #x13) true) #x01 fault0.from_swap@4))))
(let ((a!4 (and (= rule@4 #x03)
                (= migrate0.pc@4 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@4| |PG_locked[F1]@4|) #x00)))
      (a!11 (not (and (not (= |page.mapping(shmem)[F0]@4| #x00))
                      (= |folio.refcount[F0]@4| #x02)
                      a!10)))
      (a!17 (ite (not (= fault0.from_swap@4 #x00))
                 (and (= swapper_space.i_pages@4 fault0.page@4) a!15)
                 (and (= shmem.i_pages@4 fault0.page@4) a!16)))
      (a!21 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                 a!20
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                      a!20
                      |folio.used[F0]@4|)))
      (a!25 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                 a!20
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                      a!20
                      |folio.used[F1]@4|)))
      (a!29 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                 (bvsub (ite (= fault0.page@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!28))
      (a!39 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                 (bvsub (ite (= fault0.page@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                 a!49
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                      a!49
                      |PG_lru[F0]@4|)))
      (a!54 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                 a!49
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                      a!49
                      |PG_lru[F1]@4|)))
      (a!59 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                 a!58
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                      a!58
                      |PG_anon_exclusive[F0]@4|)))
      (a!63 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                 a!58
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                      a!58
                      |PG_anon_exclusive[F1]@4|)))
      (a!68 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                 a!67
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                      a!67
                      |folio.mapping[F0]@4|)))
      (a!72 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                 a!67
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                      a!67
                      |folio.mapping[F1]@4|)))
      (a!77 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                 a!76
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                      a!76
                      |folio.index[F0]@4|)))
      (a!81 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                 a!76
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                      a!76
                      |folio.index[F1]@4|)))
      (a!86 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                 a!85
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                      a!85
                      |folio.data[F0]@4|)))
      (a!91 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                 a!85
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                      a!85
                      |folio.data[F1]@4|)))
      (a!97 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                 a!96
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                      a!96
                      |folio.node[F0]@4|)))
      (a!101 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                  a!96
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                       a!96
                       |folio.node[F1]@4|)))
      (a!106 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                  a!105
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                       a!105
                       |page.mapping(shmem)[F0]@4|)))
      (a!111 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                  a!105
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                       a!105
                       |page.mapping(shmem)[F1]@4|)))
      (a!116 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                  a!115
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                       a!115
                       |PG_swapcache[F0]@4|)))
      (a!121 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                  a!115
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                       a!115
                       |PG_swapcache[F1]@4|)))
      (a!126 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                  a!125
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                       a!125
                       |PG_dirty[F0]@4|)))
      (a!131 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                  a!125
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                       a!125
                       |PG_dirty[F1]@4|)))
      (a!135 (ite (and (= rule@4 #x05) true)
                  #x02
                  (ite (and (= rule@4 #x09) true) a!134 shmem.i_pages@4)))
      (a!137 (= swapper_space.i_pages@5
                (ite (and (= rule@4 #x05) true) #x00 a!136)))
      (a!139 (ite (and (= rule@4 #x0d) true)
                  #x00
                  (ite (and (= rule@4 #x14) (= fault0.page@4 #x00)) #x02 a!138)))
      (a!145 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                  #x00
                  (ite (and (= rule@4 #x14) (= fault0.page@4 #x01)) #x02 a!144)))
      (a!149 (ite (and (= rule@4 #x0e) true)
                  #x0a
                  (ite (and (= rule@4 #x0f) true) #x0a a!148)))
      (a!158 (= migrate0.isolated@5 (ite (and (= rule@4 #x00) true) #x01 a!157)))
      (a!160 (ite (and (= rule@4 #x03) true)
                  a!3
                  (ite (and (= rule@4 #x08) true) #x02 a!159)))
      (a!162 (ite (and (= rule@4 #x07) true)
                  #x00
                  (ite (and (= rule@4 #x0a) true) #x00 a!161)))
      (a!166 (ite (and (= rule@4 #x13) true)
                  #x01
                  (ite (and (= rule@4 #x14) true) #x02 a!165)))
      (a!169 (ite (and (= rule@4 #x12) true)
                  shmem.i_pages@4
                  (ite (and (= rule@4 #x13) true) swapper_space.i_pages@4 a!168))))
(let ((a!18 (or (and (= rule@4 #x00)
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
                (and (= rule@4 #x09)
                     (= migrate0.pc@4 #x05)
                     (= (ite a!9
                             |&mapping->tree_lock.writer[shmem]@4|
                             |&mapping->tree_lock.writer[swapper_space]@4|)
                        #x00)
                     (= (ite a!9
                             |&mapping->tree_lock.readers[shmem]@4|
                             |&mapping->tree_lock.readers[swapper_space]@4|)
                        #x00)
                     (not (= |page.mapping(shmem)[F0]@4| #x00))
                     (= |folio.refcount[F0]@4| #x02)
                     a!10)
                (and (= rule@4 #x0a) (= migrate0.pc@4 #x05) a!11)
                (and (= rule@4 #x0b) (= migrate0.pc@4 #x06))
                (and (= rule@4 #x0c)
                     (= migrate0.pc@4 #x07)
                     (not (= migrate0.ok@4 #x00)))
                a!12
                (and (= rule@4 #x0e)
                     (= migrate0.pc@4 #x09)
                     (not (= migrate0.ok@4 #x00)))
                a!13
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
                a!14
                (and (= rule@4 #x15) (= fault0.pc@4 #x02) a!17)
                (and (= rule@4 #x16) (= fault0.pc@4 #x02) (not a!17))))
      (a!22 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.used[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.used[F0]@4|)
                      a!21)))
      (a!26 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!19
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!19
                      a!25)))
      (a!30 (ite (and (= rule@4 #x13) (= swapper_space.i_pages@4 #x00))
                 (bvadd (ite (= swapper_space.i_pages@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!29))
      (a!40 (ite (and (= rule@4 #x13) (= swapper_space.i_pages@4 #x01))
                 (bvadd (ite (= swapper_space.i_pages@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_lru[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01) #x00 #x01)
                      a!50)))
      (a!55 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!47
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!48
                      a!54)))
      (a!60 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@4|)
                      a!59)))
      (a!64 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!57
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!57
                      a!63)))
      (a!69 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01)
                      #x01
                      |folio.mapping[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x01
                           |folio.mapping[F0]@4|)
                      a!68)))
      (a!73 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!66
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!66
                      a!72)))
      (a!78 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.index[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.index[F0]@4|)
                      a!77)))
      (a!82 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!75
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!75
                      a!81)))
      (a!87 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.data[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.data[F0]@4|)
                      a!86)))
      (a!92 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!84
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!84
                      a!91)))
      (a!98 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.node[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.node[F0]@4|)
                      a!97)))
      (a!102 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                  a!95
                  (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                       a!95
                       a!101)))
      (a!107 (ite (and (= rule@4 #x0e) true)
                  (ite (= |folio.refcount[F0]@4| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@4|)
                  (ite (and (= rule@4 #x0f) true)
                       (ite (= |folio.refcount[F0]@4| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@4|)
                       a!106)))
      (a!112 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                  a!104
                  (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                       a!104
                       a!111)))
      (a!117 (ite (and (= rule@4 #x0e) true)
                  (ite (= |folio.refcount[F0]@4| #x01)
                       #x00
                       |PG_swapcache[F0]@4|)
                  (ite (and (= rule@4 #x0f) true)
                       (ite (= |folio.refcount[F0]@4| #x01)
                            #x00
                            |PG_swapcache[F0]@4|)
                       a!116)))
      (a!122 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                  a!114
                  (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                       a!114
                       a!121)))
      (a!127 (ite (and (= rule@4 #x0e) true)
                  (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_dirty[F0]@4|)
                  (ite (and (= rule@4 #x0f) true)
                       (ite (= |folio.refcount[F0]@4| #x01)
                            #x00
                            |PG_dirty[F0]@4|)
                       a!126)))
      (a!132 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                  a!124
                  (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                       a!124
                       a!131)))
      (a!140 (ite (and (= rule@4 #x0c) true)
                  #x00
                  (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                       #x00
                       a!139)))
      (a!146 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                  #x00
                  (ite (and (= rule@4 #x0c) (= migrate0.newpage@4 #x01))
                       #x00
                       a!145)))
      (a!150 (ite (and (= rule@4 #x0c) true)
                  #x09
                  (ite (and (= rule@4 #x0d) true) #x08 a!149)))
      (a!167 (= fault0.pc@5 (ite (and (= rule@4 #x12) true) #x01 a!166))))
(let ((a!23 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!19
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!19
                      a!22)))
      (a!27 (ite (and (= rule@4 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                      a!19
                      a!26)))
      (a!31 (ite (and (= rule@4 #x12) (= shmem.i_pages@4 #x00))
                 (bvadd (ite (= shmem.i_pages@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!30))
      (a!41 (ite (and (= rule@4 #x12) (= shmem.i_pages@4 #x01))
                 (bvadd (ite (= shmem.i_pages@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!40))
      (a!52 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!47
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!48
                      a!51)))
      (a!56 (= |PG_lru[F1]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01)) a!47 a!55)))
      (a!61 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!57
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!57
                      a!60)))
      (a!65 (= |PG_anon_exclusive[F1]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01)) a!57 a!64)))
      (a!70 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!66
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!66
                      a!69)))
      (a!74 (= |folio.mapping[F1]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01)) a!66 a!73)))
      (a!79 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!75
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!75
                      a!78)))
      (a!83 (= |folio.index[F1]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01)) a!75 a!82)))
      (a!88 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!84
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!84
                      a!87)))
      (a!93 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                 a!84
                 (ite (and (= rule@4 #x0b) (= migrate0.newpage@4 #x01))
                      |folio.data[F0]@4|
                      a!92)))
      (a!99 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!95
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!95
                      a!98)))
      (a!103 (ite (and (= rule@4 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@4|)
                  (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                       a!95
                       a!102)))
      (a!108 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                  a!104
                  (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                       a!104
                       a!107)))
      (a!113 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                  a!104
                  (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x01))
                       |page.mapping(shmem)[F0]@4|
                       a!112)))
      (a!118 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                  a!114
                  (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                       a!114
                       a!117)))
      (a!123 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                  a!114
                  (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x01))
                       |PG_swapcache[F0]@4|
                       a!122)))
      (a!128 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                  a!124
                  (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                       a!124
                       a!127)))
      (a!133 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                  a!124
                  (ite (and (= rule@4 #x0b) (= migrate0.newpage@4 #x01))
                       |PG_dirty[F0]@4|
                       a!132)))
      (a!141 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                  #x00
                  (ite (and (= rule@4 #x0c) (= migrate0.newpage@4 #x00))
                       #x00
                       a!140)))
      (a!147 (= |PG_locked[F1]@5|
                (ite (and (= rule@4 #x03) (= a!3 #x01)) #x01 a!146)))
      (a!151 (ite (and (= rule@4 #x0a) true)
                  #x07
                  (ite (and (= rule@4 #x0b) true) #x07 a!150))))
(let ((a!24 (ite (and (= rule@4 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      a!19
                      a!23)))
      (a!32 (ite (and (= rule@4 #x0e) true)
                 (bvsub |folio.refcount[F0]@4| #x01)
                 (ite (and (= rule@4 #x0f) true)
                      (bvsub |folio.refcount[F0]@4| #x01)
                      a!31)))
      (a!42 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!41))
      (a!53 (ite (and (= rule@4 #x00) true)
                 #x00
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      a!47
                      a!52)))
      (a!62 (= |PG_anon_exclusive[F0]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00)) a!57 a!61)))
      (a!71 (= |folio.mapping[F0]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00)) a!66 a!70)))
      (a!80 (= |folio.index[F0]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00)) a!75 a!79)))
      (a!89 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                 a!84
                 (ite (and (= rule@4 #x0b) (= migrate0.newpage@4 #x00))
                      |folio.data[F0]@4|
                      a!88)))
      (a!94 (= |folio.data[F1]@5|
               (ite (and (= rule@4 #x03) (= a!3 #x01)) #x00 a!93)))
      (a!100 (ite (and (= rule@4 #x03) (= a!3 #x00))
                  (bvsub #x01 |folio.node[F0]@4|)
                  (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                       a!95
                       a!99)))
      (a!109 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x00))
                  |page.mapping(shmem)[F0]@4|
                  (ite (and (= rule@4 #x0b) true) #x00 a!108)))
      (a!119 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x00))
                  |PG_swapcache[F0]@4|
                  (ite (and (= rule@4 #x0b) true) #x00 a!118)))
      (a!129 (ite (and (= rule@4 #x0b) (= migrate0.newpage@4 #x00))
                  |PG_dirty[F0]@4|
                  (ite (and (= rule@4 #x0b) true) #x00 a!128)))
      (a!142 (ite (and (= rule@4 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@4 #x05) true) #x00 a!141)))
      (a!152 (ite (and (= rule@4 #x08) true)
                  #x08
                  (ite (and (= rule@4 #x09) true) #x06 a!151))))
(let ((a!33 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!32))
      (a!43 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!42))
      (a!90 (= |folio.data[F0]@5|
               (ite (and (= rule@4 #x03) (= a!3 #x00)) #x00 a!89)))
      (a!110 (ite (and (= rule@4 #x05) true)
                  #x00
                  (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                       a!104
                       a!109)))
      (a!120 (ite (and (= rule@4 #x05) true)
                  #x01
                  (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                       a!114
                       a!119)))
      (a!130 (ite (and (= rule@4 #x05) true)
                  #x01
                  (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                       a!124
                       a!129)))
      (a!143 (= |PG_locked[F0]@5| (ite (and (= rule@4 #x02) true) #x01 a!142)))
      (a!153 (ite (and (= rule@4 #x06) true)
                  #x05
                  (ite (and (= rule@4 #x07) true) #x07 a!152))))
(let ((a!34 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!33))
      (a!44 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x01))
                 (bvadd (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!43))
      (a!154 (ite (and (= rule@4 #x04) true)
                  #x05
                  (ite (and (= rule@4 #x05) true) #x04 a!153))))
(let ((a!35 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x00))
                 (bvadd (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 (ite (and (= rule@4 #x09) true)
                      (bvsub |folio.refcount[F0]@4| #x01)
                      a!34)))
      (a!45 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!44))
      (a!155 (ite (and (= rule@4 #x02) true)
                  #x02
                  (ite (and (= rule@4 #x03) true) #x03 a!154))))
(let ((a!36 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!35))
      (a!46 (= |folio.refcount[F1]@5|
               (ite (and (= rule@4 #x03) (= a!3 #x01)) #x01 a!45)))
      (a!156 (ite (and (= rule@4 #x00) true)
                  #x01
                  (ite (and (= rule@4 #x01) true) #x0a a!155))))
(let ((a!37 (ite (and (= rule@4 #x00) true)
                 (bvadd |folio.refcount[F0]@4| #x01)
                 (ite (and (= rule@4 #x03) (= a!3 #x00)) #x01 a!36))))
  (and a!18
       (= |alive[P0]@5| |alive[P0]@4|)
       (= |pte[P0][0]@5| |pte[P0][0]@4|)
       (= |pte.folio[P0][0]@5| |pte.folio[P0][0]@4|)
       (= |pte.write[P0][0]@5| |pte.write[P0][0]@4|)
       (= |expected[P0][0]@5| |expected[P0][0]@4|)
       (= |anon_vma.list[av0][0]@5| |anon_vma.list[av0][0]@4|)
       (= |anon_vma.len[av0]@5| |anon_vma.len[av0]@4|)
       (= |anon_vma.refcount[av0]@5| |anon_vma.refcount[av0]@4|)
       (= |folio.used[F0]@5| a!24)
       (= |folio.used[F1]@5| a!27)
       (= |folio.refcount[F0]@5| a!37)
       a!46
       (= |folio.mapcount[F0]@5| |folio.mapcount[F0]@4|)
       (= |folio.mapcount[F1]@5| |folio.mapcount[F1]@4|)
       (= |PG_lru[F0]@5| a!53)
       a!56
       a!62
       a!65
       a!71
       a!74
       a!80
       a!83
       a!90
       a!94
       (= |folio.node[F0]@5| a!100)
       (= |folio.node[F1]@5| a!103)
       (= |page.mapping(shmem)[F0]@5| a!110)
       (= |page.mapping(shmem)[F1]@5| a!113)
       (= |PG_swapcache[F0]@5| a!120)
       (= |PG_swapcache[F1]@5| a!123)
       (= |PG_dirty[F0]@5| a!130)
       (= |PG_dirty[F1]@5| a!133)
       (= shmem.i_pages@5 a!135)
       a!137
       (= |&mm->mmap_lock.writer[P0]@5| |&mm->mmap_lock.writer[P0]@4|)
       (= |&mm->mmap_lock.readers[P0]@5| |&mm->mmap_lock.readers[P0]@4|)
       (= |&anon_vma->rwsem.writer[av0]@5| |&anon_vma->rwsem.writer[av0]@4|)
       (= |&anon_vma->rwsem.readers[av0]@5| |&anon_vma->rwsem.readers[av0]@4|)
       (= |ptlock_ptr(page)[P0]@5| |ptlock_ptr(page)[P0]@4|)
       a!143
       a!147
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
       (= migrate0.pc@5 a!156)
       a!158
       (= migrate0.newpage@5 a!160)
       (= migrate0.ok@5 a!162)
       (= migrate0.mapping_is_swapper@5 a!163)
       a!164
       a!167
       (= fault0.page@5 a!169)
       (= fault0.from_swap@5 a!170)
       (bvule |alive[P0]@5| #x01)
       (bvule |pte[P0][0]@5| #x07)
       (bvule |pte.folio[P0][0]@5| #x01)
       (bvule |pte.write[P0][0]@5| #x01)
       (bvule |expected[P0][0]@5| #x01)
       (bvule |anon_vma.list[av0][0]@5| #x00)
       (bvule |anon_vma.len[av0]@5| #x01)
       (bvule |anon_vma.refcount[av0]@5| #x05)
       (bvule |folio.used[F0]@5| #x01)
       (bvule |folio.used[F1]@5| #x01)
       (bvule |folio.refcount[F0]@5| #x05)
       (bvule |folio.refcount[F1]@5| #x05)
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
       (bvule |&mm->mmap_lock.writer[P0]@5| #x02)
       (bvule |&mm->mmap_lock.readers[P0]@5| #x02)
       (bvule |&anon_vma->rwsem.writer[av0]@5| #x02)
       (bvule |&anon_vma->rwsem.readers[av0]@5| #x02)
       (bvule |ptlock_ptr(page)[P0]@5| #x02)
       (bvule |PG_locked[F0]@5| #x02)
       (bvule |PG_locked[F1]@5| #x02)
       (bvule |&mapping->tree_lock.writer[shmem]@5| #x02)
       (bvule |&mapping->tree_lock.writer[swapper_space]@5| #x02)
       (bvule |&mapping->tree_lock.readers[shmem]@5| #x02)
       (bvule |&mapping->tree_lock.readers[swapper_space]@5| #x02)
       (bvule |swap_lock[0]@5| #x02)
       (bvule |&info->lock[0]@5| #x02)
       (bvule |lru_lock[0]@5| #x02)
       (bvule migrate0.pc@5 #x0a)
       (bvule migrate0.isolated@5 #x01)
       (bvule migrate0.newpage@5 #x02)
       (bvule migrate0.ok@5 #x01)
       (bvule migrate0.mapping_is_swapper@5 #x01)
       (bvule migrate0.pass@5 #x01)
       (bvule fault0.pc@5 #x03)
       (bvule fault0.page@5 #x02)
       (bvule fault0.from_swap@5 #x01)))))))))))))
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
      (a!12 (and (= rule@5 #x0d)
                 (= migrate0.pc@5 #x07)
                 (not (not (= migrate0.ok@5 #x00)))))
      (a!13 (and (= rule@5 #x0f)
                 (= migrate0.pc@5 #x09)
                 (not (not (= migrate0.ok@5 #x00)))))
      (a!14 (and (= rule@5 #x14)
                 (= fault0.pc@5 #x01)
                 (= (ite (= fault0.page@5 #x00)
                         |PG_locked[F0]@5|
                         |PG_locked[F1]@5|)
                    #x00)))
      (a!15 (not (= (ite (= fault0.page@5 #x00)
                         |PG_swapcache[F0]@5|
                         |PG_swapcache[F1]@5|)
                    #x00)))
      (a!16 (not (= (ite (= fault0.page@5 #x00)
                         |page.mapping(shmem)[F0]@5|
                         |page.mapping(shmem)[F1]@5|)
                    #x00)))
      (a!19 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.used[F0]@5|
                      |folio.used[F1]@5|)))
      (a!20 (ite (= (ite (= fault0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= fault0.page@5 #x00)
                      |folio.used[F0]@5|
                      |folio.used[F1]@5|)))
      (a!28 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                 (bvsub (ite (= fault0.page@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 |folio.refcount[F0]@5|))
      (a!38 (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                 (bvsub (ite (= fault0.page@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 |folio.refcount[F1]@5|))
      (a!47 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00) |PG_lru[F0]@5| |PG_lru[F1]@5|)))
      (a!48 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 #x01))
      (a!49 (ite (= (ite (= fault0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= fault0.page@5 #x00) |PG_lru[F0]@5| |PG_lru[F1]@5|)))
      (a!57 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |PG_anon_exclusive[F0]@5|
                      |PG_anon_exclusive[F1]@5|)))
      (a!58 (ite (= (ite (= fault0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= fault0.page@5 #x00)
                      |PG_anon_exclusive[F0]@5|
                      |PG_anon_exclusive[F1]@5|)))
      (a!66 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.mapping[F0]@5|
                      |folio.mapping[F1]@5|)))
      (a!67 (ite (= (ite (= fault0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x01
                 (ite (= fault0.page@5 #x00)
                      |folio.mapping[F0]@5|
                      |folio.mapping[F1]@5|)))
      (a!75 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.index[F0]@5|
                      |folio.index[F1]@5|)))
      (a!76 (ite (= (ite (= fault0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= fault0.page@5 #x00)
                      |folio.index[F0]@5|
                      |folio.index[F1]@5|)))
      (a!84 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.data[F0]@5|
                      |folio.data[F1]@5|)))
      (a!85 (ite (= (ite (= fault0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= fault0.page@5 #x00)
                      |folio.data[F0]@5|
                      |folio.data[F1]@5|)))
      (a!95 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.node[F0]@5|
                      |folio.node[F1]@5|)))
      (a!96 (ite (= (ite (= fault0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= fault0.page@5 #x00)
                      |folio.node[F0]@5|
                      |folio.node[F1]@5|)))
      (a!104 (ite (= (ite (= migrate0.newpage@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@5 #x00)
                       |page.mapping(shmem)[F0]@5|
                       |page.mapping(shmem)[F1]@5|)))
      (a!105 (ite (= (ite (= fault0.page@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= fault0.page@5 #x00)
                       |page.mapping(shmem)[F0]@5|
                       |page.mapping(shmem)[F1]@5|)))
      (a!114 (ite (= (ite (= migrate0.newpage@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@5 #x00)
                       |PG_swapcache[F0]@5|
                       |PG_swapcache[F1]@5|)))
      (a!115 (ite (= (ite (= fault0.page@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= fault0.page@5 #x00)
                       |PG_swapcache[F0]@5|
                       |PG_swapcache[F1]@5|)))
      (a!124 (ite (= (ite (= migrate0.newpage@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@5 #x00)
                       |PG_dirty[F0]@5|
                       |PG_dirty[F1]@5|)))
      (a!125 (ite (= (ite (= fault0.page@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= fault0.page@5 #x00) |PG_dirty[F0]@5| |PG_dirty[F1]@5|)))
      (a!134 (ite (not (not (= migrate0.mapping_is_swapper@5 #x00)))
                  migrate0.newpage@5
                  shmem.i_pages@5))
      (a!136 (ite (and (= rule@5 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@5 #x00))
                       migrate0.newpage@5
                       swapper_space.i_pages@5)
                  swapper_space.i_pages@5))
      (a!138 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                  #x00
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                       #x00
                       |PG_locked[F0]@5|)))
      (a!144 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                  #x00
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                       #x00
                       |PG_locked[F1]@5|)))
      (a!148 (ite (and (= rule@5 #x10) true)
                  #x01
                  (ite (and (= rule@5 #x11) true) #x09 migrate0.pc@5)))
      (a!157 (ite (and (= rule@5 #x0e) true)
                  #x00
                  (ite (and (= rule@5 #x0f) true) #x00 migrate0.isolated@5)))
      (a!159 (ite (and (= rule@5 #x0d) true)
                  #x02
                  (ite (and (= rule@5 #x0e) true) #x02 migrate0.newpage@5)))
      (a!161 (ite (and (= rule@5 #x0b) true)
                  #x01
                  (ite (and (= rule@5 #x11) true) #x00 migrate0.ok@5)))
      (a!163 (ite (and (= rule@5 #x04) true)
                  |PG_swapcache[F0]@5|
                  (ite (and (= rule@5 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@5)))
      (a!164 (= migrate0.pass@6
                (ite (and (= rule@5 #x10) true)
                     (bvadd migrate0.pass@5 #x01)
                     migrate0.pass@5)))
      (a!165 (ite (and (= rule@5 #x15) true)
                  #x03
                  (ite (and (= rule@5 #x16) true) #x00 fault0.pc@5)))
      (a!168 (ite (and (= rule@5 #x15) true)
                  #x02
                  (ite (and (= rule@5 #x16) true) #x02 fault0.page@5)))
      (a!170 (ite (and (= rule@5 #x12) true)
                  #x00
                  (ite (and (= rule@5 #x13) true) #x01 fault0.from_swap@5))))
(let ((a!4 (and (= rule@5 #x03)
                (= migrate0.pc@5 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@5| |PG_locked[F1]@5|) #x00)))
      (a!11 (not (and (not (= |page.mapping(shmem)[F0]@5| #x00))
                      (= |folio.refcount[F0]@5| #x02)
                      a!10)))
      (a!17 (ite (not (= fault0.from_swap@5 #x00))
                 (and (= swapper_space.i_pages@5 fault0.page@5) a!15)
                 (and (= shmem.i_pages@5 fault0.page@5) a!16)))
      (a!21 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                 a!20
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                      a!20
                      |folio.used[F0]@5|)))
      (a!25 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                 a!20
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                      a!20
                      |folio.used[F1]@5|)))
      (a!29 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                 (bvsub (ite (= fault0.page@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!28))
      (a!39 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                 (bvsub (ite (= fault0.page@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                 a!49
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                      a!49
                      |PG_lru[F0]@5|)))
      (a!54 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                 a!49
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                      a!49
                      |PG_lru[F1]@5|)))
      (a!59 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                 a!58
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                      a!58
                      |PG_anon_exclusive[F0]@5|)))
      (a!63 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                 a!58
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                      a!58
                      |PG_anon_exclusive[F1]@5|)))
      (a!68 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                 a!67
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                      a!67
                      |folio.mapping[F0]@5|)))
      (a!72 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                 a!67
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                      a!67
                      |folio.mapping[F1]@5|)))
      (a!77 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                 a!76
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                      a!76
                      |folio.index[F0]@5|)))
      (a!81 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                 a!76
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                      a!76
                      |folio.index[F1]@5|)))
      (a!86 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                 a!85
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                      a!85
                      |folio.data[F0]@5|)))
      (a!91 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                 a!85
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                      a!85
                      |folio.data[F1]@5|)))
      (a!97 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                 a!96
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                      a!96
                      |folio.node[F0]@5|)))
      (a!101 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                  a!96
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                       a!96
                       |folio.node[F1]@5|)))
      (a!106 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                  a!105
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                       a!105
                       |page.mapping(shmem)[F0]@5|)))
      (a!111 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                  a!105
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                       a!105
                       |page.mapping(shmem)[F1]@5|)))
      (a!116 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                  a!115
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                       a!115
                       |PG_swapcache[F0]@5|)))
      (a!121 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                  a!115
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                       a!115
                       |PG_swapcache[F1]@5|)))
      (a!126 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                  a!125
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                       a!125
                       |PG_dirty[F0]@5|)))
      (a!131 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                  a!125
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                       a!125
                       |PG_dirty[F1]@5|)))
      (a!135 (ite (and (= rule@5 #x05) true)
                  #x02
                  (ite (and (= rule@5 #x09) true) a!134 shmem.i_pages@5)))
      (a!137 (= swapper_space.i_pages@6
                (ite (and (= rule@5 #x05) true) #x00 a!136)))
      (a!139 (ite (and (= rule@5 #x0d) true)
                  #x00
                  (ite (and (= rule@5 #x14) (= fault0.page@5 #x00)) #x02 a!138)))
      (a!145 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                  #x00
                  (ite (and (= rule@5 #x14) (= fault0.page@5 #x01)) #x02 a!144)))
      (a!149 (ite (and (= rule@5 #x0e) true)
                  #x0a
                  (ite (and (= rule@5 #x0f) true) #x0a a!148)))
      (a!158 (= migrate0.isolated@6 (ite (and (= rule@5 #x00) true) #x01 a!157)))
      (a!160 (ite (and (= rule@5 #x03) true)
                  a!3
                  (ite (and (= rule@5 #x08) true) #x02 a!159)))
      (a!162 (ite (and (= rule@5 #x07) true)
                  #x00
                  (ite (and (= rule@5 #x0a) true) #x00 a!161)))
      (a!166 (ite (and (= rule@5 #x13) true)
                  #x01
                  (ite (and (= rule@5 #x14) true) #x02 a!165)))
      (a!169 (ite (and (= rule@5 #x12) true)
                  shmem.i_pages@5
                  (ite (and (= rule@5 #x13) true) swapper_space.i_pages@5 a!168))))
(let ((a!18 (or (and (= rule@5 #x00)
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
                (and (= rule@5 #x09)
                     (= migrate0.pc@5 #x05)
                     (= (ite a!9
                             |&mapping->tree_lock.writer[shmem]@5|
                             |&mapping->tree_lock.writer[swapper_space]@5|)
                        #x00)
                     (= (ite a!9
                             |&mapping->tree_lock.readers[shmem]@5|
                             |&mapping->tree_lock.readers[swapper_space]@5|)
                        #x00)
                     (not (= |page.mapping(shmem)[F0]@5| #x00))
                     (= |folio.refcount[F0]@5| #x02)
                     a!10)
                (and (= rule@5 #x0a) (= migrate0.pc@5 #x05) a!11)
                (and (= rule@5 #x0b) (= migrate0.pc@5 #x06))
                (and (= rule@5 #x0c)
                     (= migrate0.pc@5 #x07)
                     (not (= migrate0.ok@5 #x00)))
                a!12
                (and (= rule@5 #x0e)
                     (= migrate0.pc@5 #x09)
                     (not (= migrate0.ok@5 #x00)))
                a!13
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
                a!14
                (and (= rule@5 #x15) (= fault0.pc@5 #x02) a!17)
                (and (= rule@5 #x16) (= fault0.pc@5 #x02) (not a!17))))
      (a!22 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.used[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.used[F0]@5|)
                      a!21)))
      (a!26 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!19
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!19
                      a!25)))
      (a!30 (ite (and (= rule@5 #x13) (= swapper_space.i_pages@5 #x00))
                 (bvadd (ite (= swapper_space.i_pages@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!29))
      (a!40 (ite (and (= rule@5 #x13) (= swapper_space.i_pages@5 #x01))
                 (bvadd (ite (= swapper_space.i_pages@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_lru[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01) #x00 #x01)
                      a!50)))
      (a!55 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!47
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!48
                      a!54)))
      (a!60 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@5|)
                      a!59)))
      (a!64 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!57
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!57
                      a!63)))
      (a!69 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01)
                      #x01
                      |folio.mapping[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x01
                           |folio.mapping[F0]@5|)
                      a!68)))
      (a!73 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!66
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!66
                      a!72)))
      (a!78 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.index[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.index[F0]@5|)
                      a!77)))
      (a!82 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!75
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!75
                      a!81)))
      (a!87 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.data[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.data[F0]@5|)
                      a!86)))
      (a!92 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!84
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!84
                      a!91)))
      (a!98 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.node[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.node[F0]@5|)
                      a!97)))
      (a!102 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                  a!95
                  (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                       a!95
                       a!101)))
      (a!107 (ite (and (= rule@5 #x0e) true)
                  (ite (= |folio.refcount[F0]@5| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@5|)
                  (ite (and (= rule@5 #x0f) true)
                       (ite (= |folio.refcount[F0]@5| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@5|)
                       a!106)))
      (a!112 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                  a!104
                  (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                       a!104
                       a!111)))
      (a!117 (ite (and (= rule@5 #x0e) true)
                  (ite (= |folio.refcount[F0]@5| #x01)
                       #x00
                       |PG_swapcache[F0]@5|)
                  (ite (and (= rule@5 #x0f) true)
                       (ite (= |folio.refcount[F0]@5| #x01)
                            #x00
                            |PG_swapcache[F0]@5|)
                       a!116)))
      (a!122 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                  a!114
                  (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                       a!114
                       a!121)))
      (a!127 (ite (and (= rule@5 #x0e) true)
                  (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_dirty[F0]@5|)
                  (ite (and (= rule@5 #x0f) true)
                       (ite (= |folio.refcount[F0]@5| #x01)
                            #x00
                            |PG_dirty[F0]@5|)
                       a!126)))
      (a!132 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                  a!124
                  (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                       a!124
                       a!131)))
      (a!140 (ite (and (= rule@5 #x0c) true)
                  #x00
                  (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                       #x00
                       a!139)))
      (a!146 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                  #x00
                  (ite (and (= rule@5 #x0c) (= migrate0.newpage@5 #x01))
                       #x00
                       a!145)))
      (a!150 (ite (and (= rule@5 #x0c) true)
                  #x09
                  (ite (and (= rule@5 #x0d) true) #x08 a!149)))
      (a!167 (= fault0.pc@6 (ite (and (= rule@5 #x12) true) #x01 a!166))))
(let ((a!23 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!19
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!19
                      a!22)))
      (a!27 (ite (and (= rule@5 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                      a!19
                      a!26)))
      (a!31 (ite (and (= rule@5 #x12) (= shmem.i_pages@5 #x00))
                 (bvadd (ite (= shmem.i_pages@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!30))
      (a!41 (ite (and (= rule@5 #x12) (= shmem.i_pages@5 #x01))
                 (bvadd (ite (= shmem.i_pages@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!40))
      (a!52 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!47
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!48
                      a!51)))
      (a!56 (= |PG_lru[F1]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01)) a!47 a!55)))
      (a!61 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!57
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!57
                      a!60)))
      (a!65 (= |PG_anon_exclusive[F1]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01)) a!57 a!64)))
      (a!70 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!66
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!66
                      a!69)))
      (a!74 (= |folio.mapping[F1]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01)) a!66 a!73)))
      (a!79 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!75
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!75
                      a!78)))
      (a!83 (= |folio.index[F1]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01)) a!75 a!82)))
      (a!88 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!84
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!84
                      a!87)))
      (a!93 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                 a!84
                 (ite (and (= rule@5 #x0b) (= migrate0.newpage@5 #x01))
                      |folio.data[F0]@5|
                      a!92)))
      (a!99 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!95
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!95
                      a!98)))
      (a!103 (ite (and (= rule@5 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@5|)
                  (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                       a!95
                       a!102)))
      (a!108 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                  a!104
                  (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                       a!104
                       a!107)))
      (a!113 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                  a!104
                  (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x01))
                       |page.mapping(shmem)[F0]@5|
                       a!112)))
      (a!118 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                  a!114
                  (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                       a!114
                       a!117)))
      (a!123 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                  a!114
                  (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x01))
                       |PG_swapcache[F0]@5|
                       a!122)))
      (a!128 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                  a!124
                  (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                       a!124
                       a!127)))
      (a!133 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                  a!124
                  (ite (and (= rule@5 #x0b) (= migrate0.newpage@5 #x01))
                       |PG_dirty[F0]@5|
                       a!132)))
      (a!141 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                  #x00
                  (ite (and (= rule@5 #x0c) (= migrate0.newpage@5 #x00))
                       #x00
                       a!140)))
      (a!147 (= |PG_locked[F1]@6|
                (ite (and (= rule@5 #x03) (= a!3 #x01)) #x01 a!146)))
      (a!151 (ite (and (= rule@5 #x0a) true)
                  #x07
                  (ite (and (= rule@5 #x0b) true) #x07 a!150))))
(let ((a!24 (ite (and (= rule@5 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      a!19
                      a!23)))
      (a!32 (ite (and (= rule@5 #x0e) true)
                 (bvsub |folio.refcount[F0]@5| #x01)
                 (ite (and (= rule@5 #x0f) true)
                      (bvsub |folio.refcount[F0]@5| #x01)
                      a!31)))
      (a!42 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!41))
      (a!53 (ite (and (= rule@5 #x00) true)
                 #x00
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      a!47
                      a!52)))
      (a!62 (= |PG_anon_exclusive[F0]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00)) a!57 a!61)))
      (a!71 (= |folio.mapping[F0]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00)) a!66 a!70)))
      (a!80 (= |folio.index[F0]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00)) a!75 a!79)))
      (a!89 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                 a!84
                 (ite (and (= rule@5 #x0b) (= migrate0.newpage@5 #x00))
                      |folio.data[F0]@5|
                      a!88)))
      (a!94 (= |folio.data[F1]@6|
               (ite (and (= rule@5 #x03) (= a!3 #x01)) #x00 a!93)))
      (a!100 (ite (and (= rule@5 #x03) (= a!3 #x00))
                  (bvsub #x01 |folio.node[F0]@5|)
                  (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                       a!95
                       a!99)))
      (a!109 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x00))
                  |page.mapping(shmem)[F0]@5|
                  (ite (and (= rule@5 #x0b) true) #x00 a!108)))
      (a!119 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x00))
                  |PG_swapcache[F0]@5|
                  (ite (and (= rule@5 #x0b) true) #x00 a!118)))
      (a!129 (ite (and (= rule@5 #x0b) (= migrate0.newpage@5 #x00))
                  |PG_dirty[F0]@5|
                  (ite (and (= rule@5 #x0b) true) #x00 a!128)))
      (a!142 (ite (and (= rule@5 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@5 #x05) true) #x00 a!141)))
      (a!152 (ite (and (= rule@5 #x08) true)
                  #x08
                  (ite (and (= rule@5 #x09) true) #x06 a!151))))
(let ((a!33 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!32))
      (a!43 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!42))
      (a!90 (= |folio.data[F0]@6|
               (ite (and (= rule@5 #x03) (= a!3 #x00)) #x00 a!89)))
      (a!110 (ite (and (= rule@5 #x05) true)
                  #x00
                  (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                       a!104
                       a!109)))
      (a!120 (ite (and (= rule@5 #x05) true)
                  #x01
                  (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                       a!114
                       a!119)))
      (a!130 (ite (and (= rule@5 #x05) true)
                  #x01
                  (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                       a!124
                       a!129)))
      (a!143 (= |PG_locked[F0]@6| (ite (and (= rule@5 #x02) true) #x01 a!142)))
      (a!153 (ite (and (= rule@5 #x06) true)
                  #x05
                  (ite (and (= rule@5 #x07) true) #x07 a!152))))
(let ((a!34 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!33))
      (a!44 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x01))
                 (bvadd (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!43))
      (a!154 (ite (and (= rule@5 #x04) true)
                  #x05
                  (ite (and (= rule@5 #x05) true) #x04 a!153))))
(let ((a!35 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x00))
                 (bvadd (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 (ite (and (= rule@5 #x09) true)
                      (bvsub |folio.refcount[F0]@5| #x01)
                      a!34)))
      (a!45 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!44))
      (a!155 (ite (and (= rule@5 #x02) true)
                  #x02
                  (ite (and (= rule@5 #x03) true) #x03 a!154))))
(let ((a!36 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!35))
      (a!46 (= |folio.refcount[F1]@6|
               (ite (and (= rule@5 #x03) (= a!3 #x01)) #x01 a!45)))
      (a!156 (ite (and (= rule@5 #x00) true)
                  #x01
                  (ite (and (= rule@5 #x01) true) #x0a a!155))))
(let ((a!37 (ite (and (= rule@5 #x00) true)
                 (bvadd |folio.refcount[F0]@5| #x01)
                 (ite (and (= rule@5 #x03) (= a!3 #x00)) #x01 a!36))))
  (and a!18
       (= |alive[P0]@6| |alive[P0]@5|)
       (= |pte[P0][0]@6| |pte[P0][0]@5|)
       (= |pte.folio[P0][0]@6| |pte.folio[P0][0]@5|)
       (= |pte.write[P0][0]@6| |pte.write[P0][0]@5|)
       (= |expected[P0][0]@6| |expected[P0][0]@5|)
       (= |anon_vma.list[av0][0]@6| |anon_vma.list[av0][0]@5|)
       (= |anon_vma.len[av0]@6| |anon_vma.len[av0]@5|)
       (= |anon_vma.refcount[av0]@6| |anon_vma.refcount[av0]@5|)
       (= |folio.used[F0]@6| a!24)
       (= |folio.used[F1]@6| a!27)
       (= |folio.refcount[F0]@6| a!37)
       a!46
       (= |folio.mapcount[F0]@6| |folio.mapcount[F0]@5|)
       (= |folio.mapcount[F1]@6| |folio.mapcount[F1]@5|)
       (= |PG_lru[F0]@6| a!53)
       a!56
       a!62
       a!65
       a!71
       a!74
       a!80
       a!83
       a!90
       a!94
       (= |folio.node[F0]@6| a!100)
       (= |folio.node[F1]@6| a!103)
       (= |page.mapping(shmem)[F0]@6| a!110)
       (= |page.mapping(shmem)[F1]@6| a!113)
       (= |PG_swapcache[F0]@6| a!120)
       (= |PG_swapcache[F1]@6| a!123)
       (= |PG_dirty[F0]@6| a!130)
       (= |PG_dirty[F1]@6| a!133)
       (= shmem.i_pages@6 a!135)
       a!137
       (= |&mm->mmap_lock.writer[P0]@6| |&mm->mmap_lock.writer[P0]@5|)
       (= |&mm->mmap_lock.readers[P0]@6| |&mm->mmap_lock.readers[P0]@5|)
       (= |&anon_vma->rwsem.writer[av0]@6| |&anon_vma->rwsem.writer[av0]@5|)
       (= |&anon_vma->rwsem.readers[av0]@6| |&anon_vma->rwsem.readers[av0]@5|)
       (= |ptlock_ptr(page)[P0]@6| |ptlock_ptr(page)[P0]@5|)
       a!143
       a!147
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
       (= migrate0.pc@6 a!156)
       a!158
       (= migrate0.newpage@6 a!160)
       (= migrate0.ok@6 a!162)
       (= migrate0.mapping_is_swapper@6 a!163)
       a!164
       a!167
       (= fault0.page@6 a!169)
       (= fault0.from_swap@6 a!170)
       (bvule |alive[P0]@6| #x01)
       (bvule |pte[P0][0]@6| #x07)
       (bvule |pte.folio[P0][0]@6| #x01)
       (bvule |pte.write[P0][0]@6| #x01)
       (bvule |expected[P0][0]@6| #x01)
       (bvule |anon_vma.list[av0][0]@6| #x00)
       (bvule |anon_vma.len[av0]@6| #x01)
       (bvule |anon_vma.refcount[av0]@6| #x05)
       (bvule |folio.used[F0]@6| #x01)
       (bvule |folio.used[F1]@6| #x01)
       (bvule |folio.refcount[F0]@6| #x05)
       (bvule |folio.refcount[F1]@6| #x05)
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
       (bvule |&mm->mmap_lock.writer[P0]@6| #x02)
       (bvule |&mm->mmap_lock.readers[P0]@6| #x02)
       (bvule |&anon_vma->rwsem.writer[av0]@6| #x02)
       (bvule |&anon_vma->rwsem.readers[av0]@6| #x02)
       (bvule |ptlock_ptr(page)[P0]@6| #x02)
       (bvule |PG_locked[F0]@6| #x02)
       (bvule |PG_locked[F1]@6| #x02)
       (bvule |&mapping->tree_lock.writer[shmem]@6| #x02)
       (bvule |&mapping->tree_lock.writer[swapper_space]@6| #x02)
       (bvule |&mapping->tree_lock.readers[shmem]@6| #x02)
       (bvule |&mapping->tree_lock.readers[swapper_space]@6| #x02)
       (bvule |swap_lock[0]@6| #x02)
       (bvule |&info->lock[0]@6| #x02)
       (bvule |lru_lock[0]@6| #x02)
       (bvule migrate0.pc@6 #x0a)
       (bvule migrate0.isolated@6 #x01)
       (bvule migrate0.newpage@6 #x02)
       (bvule migrate0.ok@6 #x01)
       (bvule migrate0.mapping_is_swapper@6 #x01)
       (bvule migrate0.pass@6 #x01)
       (bvule fault0.pc@6 #x03)
       (bvule fault0.page@6 #x02)
       (bvule fault0.from_swap@6 #x01)))))))))))))
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
      (a!12 (and (= rule@6 #x0d)
                 (= migrate0.pc@6 #x07)
                 (not (not (= migrate0.ok@6 #x00)))))
      (a!13 (and (= rule@6 #x0f)
                 (= migrate0.pc@6 #x09)
                 (not (not (= migrate0.ok@6 #x00)))))
      (a!14 (and (= rule@6 #x14)
                 (= fault0.pc@6 #x01)
                 (= (ite (= fault0.page@6 #x00)
                         |PG_locked[F0]@6|
                         |PG_locked[F1]@6|)
                    #x00)))
      (a!15 (not (= (ite (= fault0.page@6 #x00)
                         |PG_swapcache[F0]@6|
                         |PG_swapcache[F1]@6|)
                    #x00)))
      (a!16 (not (= (ite (= fault0.page@6 #x00)
                         |page.mapping(shmem)[F0]@6|
                         |page.mapping(shmem)[F1]@6|)
                    #x00)))
      (a!19 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.used[F0]@6|
                      |folio.used[F1]@6|)))
      (a!20 (ite (= (ite (= fault0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= fault0.page@6 #x00)
                      |folio.used[F0]@6|
                      |folio.used[F1]@6|)))
      (a!28 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                 (bvsub (ite (= fault0.page@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 |folio.refcount[F0]@6|))
      (a!38 (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                 (bvsub (ite (= fault0.page@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 |folio.refcount[F1]@6|))
      (a!47 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00) |PG_lru[F0]@6| |PG_lru[F1]@6|)))
      (a!48 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 #x01))
      (a!49 (ite (= (ite (= fault0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= fault0.page@6 #x00) |PG_lru[F0]@6| |PG_lru[F1]@6|)))
      (a!57 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |PG_anon_exclusive[F0]@6|
                      |PG_anon_exclusive[F1]@6|)))
      (a!58 (ite (= (ite (= fault0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= fault0.page@6 #x00)
                      |PG_anon_exclusive[F0]@6|
                      |PG_anon_exclusive[F1]@6|)))
      (a!66 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.mapping[F0]@6|
                      |folio.mapping[F1]@6|)))
      (a!67 (ite (= (ite (= fault0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x01
                 (ite (= fault0.page@6 #x00)
                      |folio.mapping[F0]@6|
                      |folio.mapping[F1]@6|)))
      (a!75 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.index[F0]@6|
                      |folio.index[F1]@6|)))
      (a!76 (ite (= (ite (= fault0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= fault0.page@6 #x00)
                      |folio.index[F0]@6|
                      |folio.index[F1]@6|)))
      (a!84 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.data[F0]@6|
                      |folio.data[F1]@6|)))
      (a!85 (ite (= (ite (= fault0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= fault0.page@6 #x00)
                      |folio.data[F0]@6|
                      |folio.data[F1]@6|)))
      (a!95 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.node[F0]@6|
                      |folio.node[F1]@6|)))
      (a!96 (ite (= (ite (= fault0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= fault0.page@6 #x00)
                      |folio.node[F0]@6|
                      |folio.node[F1]@6|)))
      (a!104 (ite (= (ite (= migrate0.newpage@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@6 #x00)
                       |page.mapping(shmem)[F0]@6|
                       |page.mapping(shmem)[F1]@6|)))
      (a!105 (ite (= (ite (= fault0.page@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= fault0.page@6 #x00)
                       |page.mapping(shmem)[F0]@6|
                       |page.mapping(shmem)[F1]@6|)))
      (a!114 (ite (= (ite (= migrate0.newpage@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@6 #x00)
                       |PG_swapcache[F0]@6|
                       |PG_swapcache[F1]@6|)))
      (a!115 (ite (= (ite (= fault0.page@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= fault0.page@6 #x00)
                       |PG_swapcache[F0]@6|
                       |PG_swapcache[F1]@6|)))
      (a!124 (ite (= (ite (= migrate0.newpage@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@6 #x00)
                       |PG_dirty[F0]@6|
                       |PG_dirty[F1]@6|)))
      (a!125 (ite (= (ite (= fault0.page@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= fault0.page@6 #x00) |PG_dirty[F0]@6| |PG_dirty[F1]@6|)))
      (a!134 (ite (not (not (= migrate0.mapping_is_swapper@6 #x00)))
                  migrate0.newpage@6
                  shmem.i_pages@6))
      (a!136 (ite (and (= rule@6 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@6 #x00))
                       migrate0.newpage@6
                       swapper_space.i_pages@6)
                  swapper_space.i_pages@6))
      (a!138 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                  #x00
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                       #x00
                       |PG_locked[F0]@6|)))
      (a!144 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                  #x00
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                       #x00
                       |PG_locked[F1]@6|)))
      (a!148 (ite (and (= rule@6 #x10) true)
                  #x01
                  (ite (and (= rule@6 #x11) true) #x09 migrate0.pc@6)))
      (a!157 (ite (and (= rule@6 #x0e) true)
                  #x00
                  (ite (and (= rule@6 #x0f) true) #x00 migrate0.isolated@6)))
      (a!159 (ite (and (= rule@6 #x0d) true)
                  #x02
                  (ite (and (= rule@6 #x0e) true) #x02 migrate0.newpage@6)))
      (a!161 (ite (and (= rule@6 #x0b) true)
                  #x01
                  (ite (and (= rule@6 #x11) true) #x00 migrate0.ok@6)))
      (a!163 (ite (and (= rule@6 #x04) true)
                  |PG_swapcache[F0]@6|
                  (ite (and (= rule@6 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@6)))
      (a!164 (= migrate0.pass@7
                (ite (and (= rule@6 #x10) true)
                     (bvadd migrate0.pass@6 #x01)
                     migrate0.pass@6)))
      (a!165 (ite (and (= rule@6 #x15) true)
                  #x03
                  (ite (and (= rule@6 #x16) true) #x00 fault0.pc@6)))
      (a!168 (ite (and (= rule@6 #x15) true)
                  #x02
                  (ite (and (= rule@6 #x16) true) #x02 fault0.page@6)))
      (a!170 (ite (and (= rule@6 #x12) true)
                  #x00
                  (ite (and (= rule@6 #x13) true) #x01 fault0.from_swap@6))))
(let ((a!4 (and (= rule@6 #x03)
                (= migrate0.pc@6 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@6| |PG_locked[F1]@6|) #x00)))
      (a!11 (not (and (not (= |page.mapping(shmem)[F0]@6| #x00))
                      (= |folio.refcount[F0]@6| #x02)
                      a!10)))
      (a!17 (ite (not (= fault0.from_swap@6 #x00))
                 (and (= swapper_space.i_pages@6 fault0.page@6) a!15)
                 (and (= shmem.i_pages@6 fault0.page@6) a!16)))
      (a!21 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                 a!20
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                      a!20
                      |folio.used[F0]@6|)))
      (a!25 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                 a!20
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                      a!20
                      |folio.used[F1]@6|)))
      (a!29 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                 (bvsub (ite (= fault0.page@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!28))
      (a!39 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                 (bvsub (ite (= fault0.page@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                 a!49
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                      a!49
                      |PG_lru[F0]@6|)))
      (a!54 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                 a!49
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                      a!49
                      |PG_lru[F1]@6|)))
      (a!59 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                 a!58
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                      a!58
                      |PG_anon_exclusive[F0]@6|)))
      (a!63 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                 a!58
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                      a!58
                      |PG_anon_exclusive[F1]@6|)))
      (a!68 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                 a!67
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                      a!67
                      |folio.mapping[F0]@6|)))
      (a!72 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                 a!67
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                      a!67
                      |folio.mapping[F1]@6|)))
      (a!77 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                 a!76
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                      a!76
                      |folio.index[F0]@6|)))
      (a!81 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                 a!76
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                      a!76
                      |folio.index[F1]@6|)))
      (a!86 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                 a!85
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                      a!85
                      |folio.data[F0]@6|)))
      (a!91 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                 a!85
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                      a!85
                      |folio.data[F1]@6|)))
      (a!97 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                 a!96
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                      a!96
                      |folio.node[F0]@6|)))
      (a!101 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                  a!96
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                       a!96
                       |folio.node[F1]@6|)))
      (a!106 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                  a!105
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                       a!105
                       |page.mapping(shmem)[F0]@6|)))
      (a!111 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                  a!105
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                       a!105
                       |page.mapping(shmem)[F1]@6|)))
      (a!116 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                  a!115
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                       a!115
                       |PG_swapcache[F0]@6|)))
      (a!121 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                  a!115
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                       a!115
                       |PG_swapcache[F1]@6|)))
      (a!126 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                  a!125
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                       a!125
                       |PG_dirty[F0]@6|)))
      (a!131 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                  a!125
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                       a!125
                       |PG_dirty[F1]@6|)))
      (a!135 (ite (and (= rule@6 #x05) true)
                  #x02
                  (ite (and (= rule@6 #x09) true) a!134 shmem.i_pages@6)))
      (a!137 (= swapper_space.i_pages@7
                (ite (and (= rule@6 #x05) true) #x00 a!136)))
      (a!139 (ite (and (= rule@6 #x0d) true)
                  #x00
                  (ite (and (= rule@6 #x14) (= fault0.page@6 #x00)) #x02 a!138)))
      (a!145 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                  #x00
                  (ite (and (= rule@6 #x14) (= fault0.page@6 #x01)) #x02 a!144)))
      (a!149 (ite (and (= rule@6 #x0e) true)
                  #x0a
                  (ite (and (= rule@6 #x0f) true) #x0a a!148)))
      (a!158 (= migrate0.isolated@7 (ite (and (= rule@6 #x00) true) #x01 a!157)))
      (a!160 (ite (and (= rule@6 #x03) true)
                  a!3
                  (ite (and (= rule@6 #x08) true) #x02 a!159)))
      (a!162 (ite (and (= rule@6 #x07) true)
                  #x00
                  (ite (and (= rule@6 #x0a) true) #x00 a!161)))
      (a!166 (ite (and (= rule@6 #x13) true)
                  #x01
                  (ite (and (= rule@6 #x14) true) #x02 a!165)))
      (a!169 (ite (and (= rule@6 #x12) true)
                  shmem.i_pages@6
                  (ite (and (= rule@6 #x13) true) swapper_space.i_pages@6 a!168))))
(let ((a!18 (or (and (= rule@6 #x00)
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
                (and (= rule@6 #x09)
                     (= migrate0.pc@6 #x05)
                     (= (ite a!9
                             |&mapping->tree_lock.writer[shmem]@6|
                             |&mapping->tree_lock.writer[swapper_space]@6|)
                        #x00)
                     (= (ite a!9
                             |&mapping->tree_lock.readers[shmem]@6|
                             |&mapping->tree_lock.readers[swapper_space]@6|)
                        #x00)
                     (not (= |page.mapping(shmem)[F0]@6| #x00))
                     (= |folio.refcount[F0]@6| #x02)
                     a!10)
                (and (= rule@6 #x0a) (= migrate0.pc@6 #x05) a!11)
                (and (= rule@6 #x0b) (= migrate0.pc@6 #x06))
                (and (= rule@6 #x0c)
                     (= migrate0.pc@6 #x07)
                     (not (= migrate0.ok@6 #x00)))
                a!12
                (and (= rule@6 #x0e)
                     (= migrate0.pc@6 #x09)
                     (not (= migrate0.ok@6 #x00)))
                a!13
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
                a!14
                (and (= rule@6 #x15) (= fault0.pc@6 #x02) a!17)
                (and (= rule@6 #x16) (= fault0.pc@6 #x02) (not a!17))))
      (a!22 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.used[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.used[F0]@6|)
                      a!21)))
      (a!26 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!19
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!19
                      a!25)))
      (a!30 (ite (and (= rule@6 #x13) (= swapper_space.i_pages@6 #x00))
                 (bvadd (ite (= swapper_space.i_pages@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!29))
      (a!40 (ite (and (= rule@6 #x13) (= swapper_space.i_pages@6 #x01))
                 (bvadd (ite (= swapper_space.i_pages@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_lru[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01) #x00 #x01)
                      a!50)))
      (a!55 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!47
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!48
                      a!54)))
      (a!60 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@6|)
                      a!59)))
      (a!64 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!57
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!57
                      a!63)))
      (a!69 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01)
                      #x01
                      |folio.mapping[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x01
                           |folio.mapping[F0]@6|)
                      a!68)))
      (a!73 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!66
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!66
                      a!72)))
      (a!78 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.index[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.index[F0]@6|)
                      a!77)))
      (a!82 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!75
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!75
                      a!81)))
      (a!87 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.data[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.data[F0]@6|)
                      a!86)))
      (a!92 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!84
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!84
                      a!91)))
      (a!98 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.node[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.node[F0]@6|)
                      a!97)))
      (a!102 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                  a!95
                  (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                       a!95
                       a!101)))
      (a!107 (ite (and (= rule@6 #x0e) true)
                  (ite (= |folio.refcount[F0]@6| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@6|)
                  (ite (and (= rule@6 #x0f) true)
                       (ite (= |folio.refcount[F0]@6| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@6|)
                       a!106)))
      (a!112 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                  a!104
                  (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                       a!104
                       a!111)))
      (a!117 (ite (and (= rule@6 #x0e) true)
                  (ite (= |folio.refcount[F0]@6| #x01)
                       #x00
                       |PG_swapcache[F0]@6|)
                  (ite (and (= rule@6 #x0f) true)
                       (ite (= |folio.refcount[F0]@6| #x01)
                            #x00
                            |PG_swapcache[F0]@6|)
                       a!116)))
      (a!122 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                  a!114
                  (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                       a!114
                       a!121)))
      (a!127 (ite (and (= rule@6 #x0e) true)
                  (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_dirty[F0]@6|)
                  (ite (and (= rule@6 #x0f) true)
                       (ite (= |folio.refcount[F0]@6| #x01)
                            #x00
                            |PG_dirty[F0]@6|)
                       a!126)))
      (a!132 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                  a!124
                  (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                       a!124
                       a!131)))
      (a!140 (ite (and (= rule@6 #x0c) true)
                  #x00
                  (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                       #x00
                       a!139)))
      (a!146 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                  #x00
                  (ite (and (= rule@6 #x0c) (= migrate0.newpage@6 #x01))
                       #x00
                       a!145)))
      (a!150 (ite (and (= rule@6 #x0c) true)
                  #x09
                  (ite (and (= rule@6 #x0d) true) #x08 a!149)))
      (a!167 (= fault0.pc@7 (ite (and (= rule@6 #x12) true) #x01 a!166))))
(let ((a!23 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!19
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!19
                      a!22)))
      (a!27 (ite (and (= rule@6 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                      a!19
                      a!26)))
      (a!31 (ite (and (= rule@6 #x12) (= shmem.i_pages@6 #x00))
                 (bvadd (ite (= shmem.i_pages@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!30))
      (a!41 (ite (and (= rule@6 #x12) (= shmem.i_pages@6 #x01))
                 (bvadd (ite (= shmem.i_pages@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!40))
      (a!52 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!47
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!48
                      a!51)))
      (a!56 (= |PG_lru[F1]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01)) a!47 a!55)))
      (a!61 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!57
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!57
                      a!60)))
      (a!65 (= |PG_anon_exclusive[F1]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01)) a!57 a!64)))
      (a!70 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!66
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!66
                      a!69)))
      (a!74 (= |folio.mapping[F1]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01)) a!66 a!73)))
      (a!79 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!75
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!75
                      a!78)))
      (a!83 (= |folio.index[F1]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01)) a!75 a!82)))
      (a!88 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!84
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!84
                      a!87)))
      (a!93 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                 a!84
                 (ite (and (= rule@6 #x0b) (= migrate0.newpage@6 #x01))
                      |folio.data[F0]@6|
                      a!92)))
      (a!99 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!95
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!95
                      a!98)))
      (a!103 (ite (and (= rule@6 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@6|)
                  (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                       a!95
                       a!102)))
      (a!108 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                  a!104
                  (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                       a!104
                       a!107)))
      (a!113 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                  a!104
                  (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x01))
                       |page.mapping(shmem)[F0]@6|
                       a!112)))
      (a!118 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                  a!114
                  (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                       a!114
                       a!117)))
      (a!123 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                  a!114
                  (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x01))
                       |PG_swapcache[F0]@6|
                       a!122)))
      (a!128 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                  a!124
                  (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                       a!124
                       a!127)))
      (a!133 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                  a!124
                  (ite (and (= rule@6 #x0b) (= migrate0.newpage@6 #x01))
                       |PG_dirty[F0]@6|
                       a!132)))
      (a!141 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                  #x00
                  (ite (and (= rule@6 #x0c) (= migrate0.newpage@6 #x00))
                       #x00
                       a!140)))
      (a!147 (= |PG_locked[F1]@7|
                (ite (and (= rule@6 #x03) (= a!3 #x01)) #x01 a!146)))
      (a!151 (ite (and (= rule@6 #x0a) true)
                  #x07
                  (ite (and (= rule@6 #x0b) true) #x07 a!150))))
(let ((a!24 (ite (and (= rule@6 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      a!19
                      a!23)))
      (a!32 (ite (and (= rule@6 #x0e) true)
                 (bvsub |folio.refcount[F0]@6| #x01)
                 (ite (and (= rule@6 #x0f) true)
                      (bvsub |folio.refcount[F0]@6| #x01)
                      a!31)))
      (a!42 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!41))
      (a!53 (ite (and (= rule@6 #x00) true)
                 #x00
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      a!47
                      a!52)))
      (a!62 (= |PG_anon_exclusive[F0]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00)) a!57 a!61)))
      (a!71 (= |folio.mapping[F0]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00)) a!66 a!70)))
      (a!80 (= |folio.index[F0]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00)) a!75 a!79)))
      (a!89 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                 a!84
                 (ite (and (= rule@6 #x0b) (= migrate0.newpage@6 #x00))
                      |folio.data[F0]@6|
                      a!88)))
      (a!94 (= |folio.data[F1]@7|
               (ite (and (= rule@6 #x03) (= a!3 #x01)) #x00 a!93)))
      (a!100 (ite (and (= rule@6 #x03) (= a!3 #x00))
                  (bvsub #x01 |folio.node[F0]@6|)
                  (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                       a!95
                       a!99)))
      (a!109 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x00))
                  |page.mapping(shmem)[F0]@6|
                  (ite (and (= rule@6 #x0b) true) #x00 a!108)))
      (a!119 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x00))
                  |PG_swapcache[F0]@6|
                  (ite (and (= rule@6 #x0b) true) #x00 a!118)))
      (a!129 (ite (and (= rule@6 #x0b) (= migrate0.newpage@6 #x00))
                  |PG_dirty[F0]@6|
                  (ite (and (= rule@6 #x0b) true) #x00 a!128)))
      (a!142 (ite (and (= rule@6 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@6 #x05) true) #x00 a!141)))
      (a!152 (ite (and (= rule@6 #x08) true)
                  #x08
                  (ite (and (= rule@6 #x09) true) #x06 a!151))))
(let ((a!33 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!32))
      (a!43 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!42))
      (a!90 (= |folio.data[F0]@7|
               (ite (and (= rule@6 #x03) (= a!3 #x00)) #x00 a!89)))
      (a!110 (ite (and (= rule@6 #x05) true)
                  #x00
                  (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                       a!104
                       a!109)))
      (a!120 (ite (and (= rule@6 #x05) true)
                  #x01
                  (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                       a!114
                       a!119)))
      (a!130 (ite (and (= rule@6 #x05) true)
                  #x01
                  (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                       a!124
                       a!129)))
      (a!143 (= |PG_locked[F0]@7| (ite (and (= rule@6 #x02) true) #x01 a!142)))
      (a!153 (ite (and (= rule@6 #x06) true)
                  #x05
                  (ite (and (= rule@6 #x07) true) #x07 a!152))))
(let ((a!34 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!33))
      (a!44 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x01))
                 (bvadd (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!43))
      (a!154 (ite (and (= rule@6 #x04) true)
                  #x05
                  (ite (and (= rule@6 #x05) true) #x04 a!153))))
(let ((a!35 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x00))
                 (bvadd (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 (ite (and (= rule@6 #x09) true)
                      (bvsub |folio.refcount[F0]@6| #x01)
                      a!34)))
      (a!45 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!44))
      (a!155 (ite (and (= rule@6 #x02) true)
                  #x02
                  (ite (and (= rule@6 #x03) true) #x03 a!154))))
(let ((a!36 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!35))
      (a!46 (= |folio.refcount[F1]@7|
               (ite (and (= rule@6 #x03) (= a!3 #x01)) #x01 a!45)))
      (a!156 (ite (and (= rule@6 #x00) true)
                  #x01
                  (ite (and (= rule@6 #x01) true) #x0a a!155))))
(let ((a!37 (ite (and (= rule@6 #x00) true)
                 (bvadd |folio.refcount[F0]@6| #x01)
                 (ite (and (= rule@6 #x03) (= a!3 #x00)) #x01 a!36))))
  (and a!18
       (= |alive[P0]@7| |alive[P0]@6|)
       (= |pte[P0][0]@7| |pte[P0][0]@6|)
       (= |pte.folio[P0][0]@7| |pte.folio[P0][0]@6|)
       (= |pte.write[P0][0]@7| |pte.write[P0][0]@6|)
       (= |expected[P0][0]@7| |expected[P0][0]@6|)
       (= |anon_vma.list[av0][0]@7| |anon_vma.list[av0][0]@6|)
       (= |anon_vma.len[av0]@7| |anon_vma.len[av0]@6|)
       (= |anon_vma.refcount[av0]@7| |anon_vma.refcount[av0]@6|)
       (= |folio.used[F0]@7| a!24)
       (= |folio.used[F1]@7| a!27)
       (= |folio.refcount[F0]@7| a!37)
       a!46
       (= |folio.mapcount[F0]@7| |folio.mapcount[F0]@6|)
       (= |folio.mapcount[F1]@7| |folio.mapcount[F1]@6|)
       (= |PG_lru[F0]@7| a!53)
       a!56
       a!62
       a!65
       a!71
       a!74
       a!80
       a!83
       a!90
       a!94
       (= |folio.node[F0]@7| a!100)
       (= |folio.node[F1]@7| a!103)
       (= |page.mapping(shmem)[F0]@7| a!110)
       (= |page.mapping(shmem)[F1]@7| a!113)
       (= |PG_swapcache[F0]@7| a!120)
       (= |PG_swapcache[F1]@7| a!123)
       (= |PG_dirty[F0]@7| a!130)
       (= |PG_dirty[F1]@7| a!133)
       (= shmem.i_pages@7 a!135)
       a!137
       (= |&mm->mmap_lock.writer[P0]@7| |&mm->mmap_lock.writer[P0]@6|)
       (= |&mm->mmap_lock.readers[P0]@7| |&mm->mmap_lock.readers[P0]@6|)
       (= |&anon_vma->rwsem.writer[av0]@7| |&anon_vma->rwsem.writer[av0]@6|)
       (= |&anon_vma->rwsem.readers[av0]@7| |&anon_vma->rwsem.readers[av0]@6|)
       (= |ptlock_ptr(page)[P0]@7| |ptlock_ptr(page)[P0]@6|)
       a!143
       a!147
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
       (= migrate0.pc@7 a!156)
       a!158
       (= migrate0.newpage@7 a!160)
       (= migrate0.ok@7 a!162)
       (= migrate0.mapping_is_swapper@7 a!163)
       a!164
       a!167
       (= fault0.page@7 a!169)
       (= fault0.from_swap@7 a!170)
       (bvule |alive[P0]@7| #x01)
       (bvule |pte[P0][0]@7| #x07)
       (bvule |pte.folio[P0][0]@7| #x01)
       (bvule |pte.write[P0][0]@7| #x01)
       (bvule |expected[P0][0]@7| #x01)
       (bvule |anon_vma.list[av0][0]@7| #x00)
       (bvule |anon_vma.len[av0]@7| #x01)
       (bvule |anon_vma.refcount[av0]@7| #x05)
       (bvule |folio.used[F0]@7| #x01)
       (bvule |folio.used[F1]@7| #x01)
       (bvule |folio.refcount[F0]@7| #x05)
       (bvule |folio.refcount[F1]@7| #x05)
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
       (bvule |&mm->mmap_lock.writer[P0]@7| #x02)
       (bvule |&mm->mmap_lock.readers[P0]@7| #x02)
       (bvule |&anon_vma->rwsem.writer[av0]@7| #x02)
       (bvule |&anon_vma->rwsem.readers[av0]@7| #x02)
       (bvule |ptlock_ptr(page)[P0]@7| #x02)
       (bvule |PG_locked[F0]@7| #x02)
       (bvule |PG_locked[F1]@7| #x02)
       (bvule |&mapping->tree_lock.writer[shmem]@7| #x02)
       (bvule |&mapping->tree_lock.writer[swapper_space]@7| #x02)
       (bvule |&mapping->tree_lock.readers[shmem]@7| #x02)
       (bvule |&mapping->tree_lock.readers[swapper_space]@7| #x02)
       (bvule |swap_lock[0]@7| #x02)
       (bvule |&info->lock[0]@7| #x02)
       (bvule |lru_lock[0]@7| #x02)
       (bvule migrate0.pc@7 #x0a)
       (bvule migrate0.isolated@7 #x01)
       (bvule migrate0.newpage@7 #x02)
       (bvule migrate0.ok@7 #x01)
       (bvule migrate0.mapping_is_swapper@7 #x01)
       (bvule migrate0.pass@7 #x01)
       (bvule fault0.pc@7 #x03)
       (bvule fault0.page@7 #x02)
       (bvule fault0.from_swap@7 #x01)))))))))))))
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
      (a!12 (and (= rule@7 #x0d)
                 (= migrate0.pc@7 #x07)
                 (not (not (= migrate0.ok@7 #x00)))))
      (a!13 (and (= rule@7 #x0f)
                 (= migrate0.pc@7 #x09)
                 (not (not (= migrate0.ok@7 #x00)))))
      (a!14 (and (= rule@7 #x14)
                 (= fault0.pc@7 #x01)
                 (= (ite (= fault0.page@7 #x00)
                         |PG_locked[F0]@7|
                         |PG_locked[F1]@7|)
                    #x00)))
      (a!15 (not (= (ite (= fault0.page@7 #x00)
                         |PG_swapcache[F0]@7|
                         |PG_swapcache[F1]@7|)
                    #x00)))
      (a!16 (not (= (ite (= fault0.page@7 #x00)
                         |page.mapping(shmem)[F0]@7|
                         |page.mapping(shmem)[F1]@7|)
                    #x00)))
      (a!19 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.used[F0]@7|
                      |folio.used[F1]@7|)))
      (a!20 (ite (= (ite (= fault0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= fault0.page@7 #x00)
                      |folio.used[F0]@7|
                      |folio.used[F1]@7|)))
      (a!28 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                 (bvsub (ite (= fault0.page@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 |folio.refcount[F0]@7|))
      (a!38 (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                 (bvsub (ite (= fault0.page@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 |folio.refcount[F1]@7|))
      (a!47 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00) |PG_lru[F0]@7| |PG_lru[F1]@7|)))
      (a!48 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 #x01))
      (a!49 (ite (= (ite (= fault0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= fault0.page@7 #x00) |PG_lru[F0]@7| |PG_lru[F1]@7|)))
      (a!57 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |PG_anon_exclusive[F0]@7|
                      |PG_anon_exclusive[F1]@7|)))
      (a!58 (ite (= (ite (= fault0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= fault0.page@7 #x00)
                      |PG_anon_exclusive[F0]@7|
                      |PG_anon_exclusive[F1]@7|)))
      (a!66 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.mapping[F0]@7|
                      |folio.mapping[F1]@7|)))
      (a!67 (ite (= (ite (= fault0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x01
                 (ite (= fault0.page@7 #x00)
                      |folio.mapping[F0]@7|
                      |folio.mapping[F1]@7|)))
      (a!75 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.index[F0]@7|
                      |folio.index[F1]@7|)))
      (a!76 (ite (= (ite (= fault0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= fault0.page@7 #x00)
                      |folio.index[F0]@7|
                      |folio.index[F1]@7|)))
      (a!84 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.data[F0]@7|
                      |folio.data[F1]@7|)))
      (a!85 (ite (= (ite (= fault0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= fault0.page@7 #x00)
                      |folio.data[F0]@7|
                      |folio.data[F1]@7|)))
      (a!95 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.node[F0]@7|
                      |folio.node[F1]@7|)))
      (a!96 (ite (= (ite (= fault0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= fault0.page@7 #x00)
                      |folio.node[F0]@7|
                      |folio.node[F1]@7|)))
      (a!104 (ite (= (ite (= migrate0.newpage@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@7 #x00)
                       |page.mapping(shmem)[F0]@7|
                       |page.mapping(shmem)[F1]@7|)))
      (a!105 (ite (= (ite (= fault0.page@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= fault0.page@7 #x00)
                       |page.mapping(shmem)[F0]@7|
                       |page.mapping(shmem)[F1]@7|)))
      (a!114 (ite (= (ite (= migrate0.newpage@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@7 #x00)
                       |PG_swapcache[F0]@7|
                       |PG_swapcache[F1]@7|)))
      (a!115 (ite (= (ite (= fault0.page@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= fault0.page@7 #x00)
                       |PG_swapcache[F0]@7|
                       |PG_swapcache[F1]@7|)))
      (a!124 (ite (= (ite (= migrate0.newpage@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@7 #x00)
                       |PG_dirty[F0]@7|
                       |PG_dirty[F1]@7|)))
      (a!125 (ite (= (ite (= fault0.page@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= fault0.page@7 #x00) |PG_dirty[F0]@7| |PG_dirty[F1]@7|)))
      (a!134 (ite (not (not (= migrate0.mapping_is_swapper@7 #x00)))
                  migrate0.newpage@7
                  shmem.i_pages@7))
      (a!136 (ite (and (= rule@7 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@7 #x00))
                       migrate0.newpage@7
                       swapper_space.i_pages@7)
                  swapper_space.i_pages@7))
      (a!138 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                  #x00
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                       #x00
                       |PG_locked[F0]@7|)))
      (a!144 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                  #x00
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                       #x00
                       |PG_locked[F1]@7|)))
      (a!148 (ite (and (= rule@7 #x10) true)
                  #x01
                  (ite (and (= rule@7 #x11) true) #x09 migrate0.pc@7)))
      (a!157 (ite (and (= rule@7 #x0e) true)
                  #x00
                  (ite (and (= rule@7 #x0f) true) #x00 migrate0.isolated@7)))
      (a!159 (ite (and (= rule@7 #x0d) true)
                  #x02
                  (ite (and (= rule@7 #x0e) true) #x02 migrate0.newpage@7)))
      (a!161 (ite (and (= rule@7 #x0b) true)
                  #x01
                  (ite (and (= rule@7 #x11) true) #x00 migrate0.ok@7)))
      (a!163 (ite (and (= rule@7 #x04) true)
                  |PG_swapcache[F0]@7|
                  (ite (and (= rule@7 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@7)))
      (a!164 (= migrate0.pass@8
                (ite (and (= rule@7 #x10) true)
                     (bvadd migrate0.pass@7 #x01)
                     migrate0.pass@7)))
      (a!165 (ite (and (= rule@7 #x15) true)
                  #x03
                  (ite (and (= rule@7 #x16) true) #x00 fault0.pc@7)))
      (a!168 (ite (and (= rule@7 #x15) true)
                  #x02
                  (ite (and (= rule@7 #x16) true) #x02 fault0.page@7)))
      (a!170 (ite (and (= rule@7 #x12) true)
                  #x00
                  (ite (and (= rule@7 #x13) true) #x01 fault0.from_swap@7))))
(let ((a!4 (and (= rule@7 #x03)
                (= migrate0.pc@7 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@7| |PG_locked[F1]@7|) #x00)))
      (a!11 (not (and (not (= |page.mapping(shmem)[F0]@7| #x00))
                      (= |folio.refcount[F0]@7| #x02)
                      a!10)))
      (a!17 (ite (not (= fault0.from_swap@7 #x00))
                 (and (= swapper_space.i_pages@7 fault0.page@7) a!15)
                 (and (= shmem.i_pages@7 fault0.page@7) a!16)))
      (a!21 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                 a!20
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                      a!20
                      |folio.used[F0]@7|)))
      (a!25 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                 a!20
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                      a!20
                      |folio.used[F1]@7|)))
      (a!29 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                 (bvsub (ite (= fault0.page@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!28))
      (a!39 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                 (bvsub (ite (= fault0.page@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                 a!49
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                      a!49
                      |PG_lru[F0]@7|)))
      (a!54 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                 a!49
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                      a!49
                      |PG_lru[F1]@7|)))
      (a!59 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                 a!58
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                      a!58
                      |PG_anon_exclusive[F0]@7|)))
      (a!63 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                 a!58
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                      a!58
                      |PG_anon_exclusive[F1]@7|)))
      (a!68 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                 a!67
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                      a!67
                      |folio.mapping[F0]@7|)))
      (a!72 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                 a!67
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                      a!67
                      |folio.mapping[F1]@7|)))
      (a!77 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                 a!76
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                      a!76
                      |folio.index[F0]@7|)))
      (a!81 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                 a!76
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                      a!76
                      |folio.index[F1]@7|)))
      (a!86 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                 a!85
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                      a!85
                      |folio.data[F0]@7|)))
      (a!91 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                 a!85
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                      a!85
                      |folio.data[F1]@7|)))
      (a!97 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                 a!96
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                      a!96
                      |folio.node[F0]@7|)))
      (a!101 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                  a!96
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                       a!96
                       |folio.node[F1]@7|)))
      (a!106 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                  a!105
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                       a!105
                       |page.mapping(shmem)[F0]@7|)))
      (a!111 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                  a!105
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                       a!105
                       |page.mapping(shmem)[F1]@7|)))
      (a!116 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                  a!115
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                       a!115
                       |PG_swapcache[F0]@7|)))
      (a!121 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                  a!115
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                       a!115
                       |PG_swapcache[F1]@7|)))
      (a!126 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                  a!125
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                       a!125
                       |PG_dirty[F0]@7|)))
      (a!131 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                  a!125
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                       a!125
                       |PG_dirty[F1]@7|)))
      (a!135 (ite (and (= rule@7 #x05) true)
                  #x02
                  (ite (and (= rule@7 #x09) true) a!134 shmem.i_pages@7)))
      (a!137 (= swapper_space.i_pages@8
                (ite (and (= rule@7 #x05) true) #x00 a!136)))
      (a!139 (ite (and (= rule@7 #x0d) true)
                  #x00
                  (ite (and (= rule@7 #x14) (= fault0.page@7 #x00)) #x02 a!138)))
      (a!145 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                  #x00
                  (ite (and (= rule@7 #x14) (= fault0.page@7 #x01)) #x02 a!144)))
      (a!149 (ite (and (= rule@7 #x0e) true)
                  #x0a
                  (ite (and (= rule@7 #x0f) true) #x0a a!148)))
      (a!158 (= migrate0.isolated@8 (ite (and (= rule@7 #x00) true) #x01 a!157)))
      (a!160 (ite (and (= rule@7 #x03) true)
                  a!3
                  (ite (and (= rule@7 #x08) true) #x02 a!159)))
      (a!162 (ite (and (= rule@7 #x07) true)
                  #x00
                  (ite (and (= rule@7 #x0a) true) #x00 a!161)))
      (a!166 (ite (and (= rule@7 #x13) true)
                  #x01
                  (ite (and (= rule@7 #x14) true) #x02 a!165)))
      (a!169 (ite (and (= rule@7 #x12) true)
                  shmem.i_pages@7
                  (ite (and (= rule@7 #x13) true) swapper_space.i_pages@7 a!168))))
(let ((a!18 (or (and (= rule@7 #x00)
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
                (and (= rule@7 #x09)
                     (= migrate0.pc@7 #x05)
                     (= (ite a!9
                             |&mapping->tree_lock.writer[shmem]@7|
                             |&mapping->tree_lock.writer[swapper_space]@7|)
                        #x00)
                     (= (ite a!9
                             |&mapping->tree_lock.readers[shmem]@7|
                             |&mapping->tree_lock.readers[swapper_space]@7|)
                        #x00)
                     (not (= |page.mapping(shmem)[F0]@7| #x00))
                     (= |folio.refcount[F0]@7| #x02)
                     a!10)
                (and (= rule@7 #x0a) (= migrate0.pc@7 #x05) a!11)
                (and (= rule@7 #x0b) (= migrate0.pc@7 #x06))
                (and (= rule@7 #x0c)
                     (= migrate0.pc@7 #x07)
                     (not (= migrate0.ok@7 #x00)))
                a!12
                (and (= rule@7 #x0e)
                     (= migrate0.pc@7 #x09)
                     (not (= migrate0.ok@7 #x00)))
                a!13
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
                a!14
                (and (= rule@7 #x15) (= fault0.pc@7 #x02) a!17)
                (and (= rule@7 #x16) (= fault0.pc@7 #x02) (not a!17))))
      (a!22 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.used[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.used[F0]@7|)
                      a!21)))
      (a!26 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!19
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!19
                      a!25)))
      (a!30 (ite (and (= rule@7 #x13) (= swapper_space.i_pages@7 #x00))
                 (bvadd (ite (= swapper_space.i_pages@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!29))
      (a!40 (ite (and (= rule@7 #x13) (= swapper_space.i_pages@7 #x01))
                 (bvadd (ite (= swapper_space.i_pages@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_lru[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01) #x00 #x01)
                      a!50)))
      (a!55 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!47
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!48
                      a!54)))
      (a!60 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@7|)
                      a!59)))
      (a!64 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!57
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!57
                      a!63)))
      (a!69 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01)
                      #x01
                      |folio.mapping[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x01
                           |folio.mapping[F0]@7|)
                      a!68)))
      (a!73 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!66
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!66
                      a!72)))
      (a!78 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.index[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.index[F0]@7|)
                      a!77)))
      (a!82 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!75
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!75
                      a!81)))
      (a!87 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.data[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.data[F0]@7|)
                      a!86)))
      (a!92 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!84
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!84
                      a!91)))
      (a!98 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.node[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.node[F0]@7|)
                      a!97)))
      (a!102 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                  a!95
                  (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                       a!95
                       a!101)))
      (a!107 (ite (and (= rule@7 #x0e) true)
                  (ite (= |folio.refcount[F0]@7| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@7|)
                  (ite (and (= rule@7 #x0f) true)
                       (ite (= |folio.refcount[F0]@7| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@7|)
                       a!106)))
      (a!112 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                  a!104
                  (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                       a!104
                       a!111)))
      (a!117 (ite (and (= rule@7 #x0e) true)
                  (ite (= |folio.refcount[F0]@7| #x01)
                       #x00
                       |PG_swapcache[F0]@7|)
                  (ite (and (= rule@7 #x0f) true)
                       (ite (= |folio.refcount[F0]@7| #x01)
                            #x00
                            |PG_swapcache[F0]@7|)
                       a!116)))
      (a!122 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                  a!114
                  (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                       a!114
                       a!121)))
      (a!127 (ite (and (= rule@7 #x0e) true)
                  (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_dirty[F0]@7|)
                  (ite (and (= rule@7 #x0f) true)
                       (ite (= |folio.refcount[F0]@7| #x01)
                            #x00
                            |PG_dirty[F0]@7|)
                       a!126)))
      (a!132 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                  a!124
                  (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                       a!124
                       a!131)))
      (a!140 (ite (and (= rule@7 #x0c) true)
                  #x00
                  (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                       #x00
                       a!139)))
      (a!146 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                  #x00
                  (ite (and (= rule@7 #x0c) (= migrate0.newpage@7 #x01))
                       #x00
                       a!145)))
      (a!150 (ite (and (= rule@7 #x0c) true)
                  #x09
                  (ite (and (= rule@7 #x0d) true) #x08 a!149)))
      (a!167 (= fault0.pc@8 (ite (and (= rule@7 #x12) true) #x01 a!166))))
(let ((a!23 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!19
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!19
                      a!22)))
      (a!27 (ite (and (= rule@7 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                      a!19
                      a!26)))
      (a!31 (ite (and (= rule@7 #x12) (= shmem.i_pages@7 #x00))
                 (bvadd (ite (= shmem.i_pages@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!30))
      (a!41 (ite (and (= rule@7 #x12) (= shmem.i_pages@7 #x01))
                 (bvadd (ite (= shmem.i_pages@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!40))
      (a!52 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!47
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!48
                      a!51)))
      (a!56 (= |PG_lru[F1]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01)) a!47 a!55)))
      (a!61 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!57
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!57
                      a!60)))
      (a!65 (= |PG_anon_exclusive[F1]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01)) a!57 a!64)))
      (a!70 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!66
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!66
                      a!69)))
      (a!74 (= |folio.mapping[F1]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01)) a!66 a!73)))
      (a!79 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!75
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!75
                      a!78)))
      (a!83 (= |folio.index[F1]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01)) a!75 a!82)))
      (a!88 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!84
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!84
                      a!87)))
      (a!93 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                 a!84
                 (ite (and (= rule@7 #x0b) (= migrate0.newpage@7 #x01))
                      |folio.data[F0]@7|
                      a!92)))
      (a!99 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!95
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!95
                      a!98)))
      (a!103 (ite (and (= rule@7 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@7|)
                  (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                       a!95
                       a!102)))
      (a!108 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                  a!104
                  (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                       a!104
                       a!107)))
      (a!113 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                  a!104
                  (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x01))
                       |page.mapping(shmem)[F0]@7|
                       a!112)))
      (a!118 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                  a!114
                  (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                       a!114
                       a!117)))
      (a!123 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                  a!114
                  (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x01))
                       |PG_swapcache[F0]@7|
                       a!122)))
      (a!128 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                  a!124
                  (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                       a!124
                       a!127)))
      (a!133 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                  a!124
                  (ite (and (= rule@7 #x0b) (= migrate0.newpage@7 #x01))
                       |PG_dirty[F0]@7|
                       a!132)))
      (a!141 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                  #x00
                  (ite (and (= rule@7 #x0c) (= migrate0.newpage@7 #x00))
                       #x00
                       a!140)))
      (a!147 (= |PG_locked[F1]@8|
                (ite (and (= rule@7 #x03) (= a!3 #x01)) #x01 a!146)))
      (a!151 (ite (and (= rule@7 #x0a) true)
                  #x07
                  (ite (and (= rule@7 #x0b) true) #x07 a!150))))
(let ((a!24 (ite (and (= rule@7 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      a!19
                      a!23)))
      (a!32 (ite (and (= rule@7 #x0e) true)
                 (bvsub |folio.refcount[F0]@7| #x01)
                 (ite (and (= rule@7 #x0f) true)
                      (bvsub |folio.refcount[F0]@7| #x01)
                      a!31)))
      (a!42 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!41))
      (a!53 (ite (and (= rule@7 #x00) true)
                 #x00
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      a!47
                      a!52)))
      (a!62 (= |PG_anon_exclusive[F0]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00)) a!57 a!61)))
      (a!71 (= |folio.mapping[F0]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00)) a!66 a!70)))
      (a!80 (= |folio.index[F0]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00)) a!75 a!79)))
      (a!89 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                 a!84
                 (ite (and (= rule@7 #x0b) (= migrate0.newpage@7 #x00))
                      |folio.data[F0]@7|
                      a!88)))
      (a!94 (= |folio.data[F1]@8|
               (ite (and (= rule@7 #x03) (= a!3 #x01)) #x00 a!93)))
      (a!100 (ite (and (= rule@7 #x03) (= a!3 #x00))
                  (bvsub #x01 |folio.node[F0]@7|)
                  (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                       a!95
                       a!99)))
      (a!109 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x00))
                  |page.mapping(shmem)[F0]@7|
                  (ite (and (= rule@7 #x0b) true) #x00 a!108)))
      (a!119 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x00))
                  |PG_swapcache[F0]@7|
                  (ite (and (= rule@7 #x0b) true) #x00 a!118)))
      (a!129 (ite (and (= rule@7 #x0b) (= migrate0.newpage@7 #x00))
                  |PG_dirty[F0]@7|
                  (ite (and (= rule@7 #x0b) true) #x00 a!128)))
      (a!142 (ite (and (= rule@7 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@7 #x05) true) #x00 a!141)))
      (a!152 (ite (and (= rule@7 #x08) true)
                  #x08
                  (ite (and (= rule@7 #x09) true) #x06 a!151))))
(let ((a!33 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!32))
      (a!43 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!42))
      (a!90 (= |folio.data[F0]@8|
               (ite (and (= rule@7 #x03) (= a!3 #x00)) #x00 a!89)))
      (a!110 (ite (and (= rule@7 #x05) true)
                  #x00
                  (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                       a!104
                       a!109)))
      (a!120 (ite (and (= rule@7 #x05) true)
                  #x01
                  (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                       a!114
                       a!119)))
      (a!130 (ite (and (= rule@7 #x05) true)
                  #x01
                  (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                       a!124
                       a!129)))
      (a!143 (= |PG_locked[F0]@8| (ite (and (= rule@7 #x02) true) #x01 a!142)))
      (a!153 (ite (and (= rule@7 #x06) true)
                  #x05
                  (ite (and (= rule@7 #x07) true) #x07 a!152))))
(let ((a!34 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!33))
      (a!44 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x01))
                 (bvadd (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!43))
      (a!154 (ite (and (= rule@7 #x04) true)
                  #x05
                  (ite (and (= rule@7 #x05) true) #x04 a!153))))
(let ((a!35 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x00))
                 (bvadd (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 (ite (and (= rule@7 #x09) true)
                      (bvsub |folio.refcount[F0]@7| #x01)
                      a!34)))
      (a!45 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!44))
      (a!155 (ite (and (= rule@7 #x02) true)
                  #x02
                  (ite (and (= rule@7 #x03) true) #x03 a!154))))
(let ((a!36 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!35))
      (a!46 (= |folio.refcount[F1]@8|
               (ite (and (= rule@7 #x03) (= a!3 #x01)) #x01 a!45)))
      (a!156 (ite (and (= rule@7 #x00) true)
                  #x01
                  (ite (and (= rule@7 #x01) true) #x0a a!155))))
(let ((a!37 (ite (and (= rule@7 #x00) true)
                 (bvadd |folio.refcount[F0]@7| #x01)
                 (ite (and (= rule@7 #x03) (= a!3 #x00)) #x01 a!36))))
  (and a!18
       (= |alive[P0]@8| |alive[P0]@7|)
       (= |pte[P0][0]@8| |pte[P0][0]@7|)
       (= |pte.folio[P0][0]@8| |pte.folio[P0][0]@7|)
       (= |pte.write[P0][0]@8| |pte.write[P0][0]@7|)
       (= |expected[P0][0]@8| |expected[P0][0]@7|)
       (= |anon_vma.list[av0][0]@8| |anon_vma.list[av0][0]@7|)
       (= |anon_vma.len[av0]@8| |anon_vma.len[av0]@7|)
       (= |anon_vma.refcount[av0]@8| |anon_vma.refcount[av0]@7|)
       (= |folio.used[F0]@8| a!24)
       (= |folio.used[F1]@8| a!27)
       (= |folio.refcount[F0]@8| a!37)
       a!46
       (= |folio.mapcount[F0]@8| |folio.mapcount[F0]@7|)
       (= |folio.mapcount[F1]@8| |folio.mapcount[F1]@7|)
       (= |PG_lru[F0]@8| a!53)
       a!56
       a!62
       a!65
       a!71
       a!74
       a!80
       a!83
       a!90
       a!94
       (= |folio.node[F0]@8| a!100)
       (= |folio.node[F1]@8| a!103)
       (= |page.mapping(shmem)[F0]@8| a!110)
       (= |page.mapping(shmem)[F1]@8| a!113)
       (= |PG_swapcache[F0]@8| a!120)
       (= |PG_swapcache[F1]@8| a!123)
       (= |PG_dirty[F0]@8| a!130)
       (= |PG_dirty[F1]@8| a!133)
       (= shmem.i_pages@8 a!135)
       a!137
       (= |&mm->mmap_lock.writer[P0]@8| |&mm->mmap_lock.writer[P0]@7|)
       (= |&mm->mmap_lock.readers[P0]@8| |&mm->mmap_lock.readers[P0]@7|)
       (= |&anon_vma->rwsem.writer[av0]@8| |&anon_vma->rwsem.writer[av0]@7|)
       (= |&anon_vma->rwsem.readers[av0]@8| |&anon_vma->rwsem.readers[av0]@7|)
       (= |ptlock_ptr(page)[P0]@8| |ptlock_ptr(page)[P0]@7|)
       a!143
       a!147
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
       (= migrate0.pc@8 a!156)
       a!158
       (= migrate0.newpage@8 a!160)
       (= migrate0.ok@8 a!162)
       (= migrate0.mapping_is_swapper@8 a!163)
       a!164
       a!167
       (= fault0.page@8 a!169)
       (= fault0.from_swap@8 a!170)
       (bvule |alive[P0]@8| #x01)
       (bvule |pte[P0][0]@8| #x07)
       (bvule |pte.folio[P0][0]@8| #x01)
       (bvule |pte.write[P0][0]@8| #x01)
       (bvule |expected[P0][0]@8| #x01)
       (bvule |anon_vma.list[av0][0]@8| #x00)
       (bvule |anon_vma.len[av0]@8| #x01)
       (bvule |anon_vma.refcount[av0]@8| #x05)
       (bvule |folio.used[F0]@8| #x01)
       (bvule |folio.used[F1]@8| #x01)
       (bvule |folio.refcount[F0]@8| #x05)
       (bvule |folio.refcount[F1]@8| #x05)
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
       (bvule |&mm->mmap_lock.writer[P0]@8| #x02)
       (bvule |&mm->mmap_lock.readers[P0]@8| #x02)
       (bvule |&anon_vma->rwsem.writer[av0]@8| #x02)
       (bvule |&anon_vma->rwsem.readers[av0]@8| #x02)
       (bvule |ptlock_ptr(page)[P0]@8| #x02)
       (bvule |PG_locked[F0]@8| #x02)
       (bvule |PG_locked[F1]@8| #x02)
       (bvule |&mapping->tree_lock.writer[shmem]@8| #x02)
       (bvule |&mapping->tree_lock.writer[swapper_space]@8| #x02)
       (bvule |&mapping->tree_lock.readers[shmem]@8| #x02)
       (bvule |&mapping->tree_lock.readers[swapper_space]@8| #x02)
       (bvule |swap_lock[0]@8| #x02)
       (bvule |&info->lock[0]@8| #x02)
       (bvule |lru_lock[0]@8| #x02)
       (bvule migrate0.pc@8 #x0a)
       (bvule migrate0.isolated@8 #x01)
       (bvule migrate0.newpage@8 #x02)
       (bvule migrate0.ok@8 #x01)
       (bvule migrate0.mapping_is_swapper@8 #x01)
       (bvule migrate0.pass@8 #x01)
       (bvule fault0.pc@8 #x03)
       (bvule fault0.page@8 #x02)
       (bvule fault0.from_swap@8 #x01)))))))))))))
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
      (a!12 (and (= rule@8 #x0d)
                 (= migrate0.pc@8 #x07)
                 (not (not (= migrate0.ok@8 #x00)))))
      (a!13 (and (= rule@8 #x0f)
                 (= migrate0.pc@8 #x09)
                 (not (not (= migrate0.ok@8 #x00)))))
      (a!14 (and (= rule@8 #x14)
                 (= fault0.pc@8 #x01)
                 (= (ite (= fault0.page@8 #x00)
                         |PG_locked[F0]@8|
                         |PG_locked[F1]@8|)
                    #x00)))
      (a!15 (not (= (ite (= fault0.page@8 #x00)
                         |PG_swapcache[F0]@8|
                         |PG_swapcache[F1]@8|)
                    #x00)))
      (a!16 (not (= (ite (= fault0.page@8 #x00)
                         |page.mapping(shmem)[F0]@8|
                         |page.mapping(shmem)[F1]@8|)
                    #x00)))
      (a!19 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.used[F0]@8|
                      |folio.used[F1]@8|)))
      (a!20 (ite (= (ite (= fault0.page@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= fault0.page@8 #x00)
                      |folio.used[F0]@8|
                      |folio.used[F1]@8|)))
      (a!28 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                 (bvsub (ite (= fault0.page@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 |folio.refcount[F0]@8|))
      (a!38 (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                 (bvsub (ite (= fault0.page@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 |folio.refcount[F1]@8|))
      (a!47 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00) |PG_lru[F0]@8| |PG_lru[F1]@8|)))
      (a!48 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 #x01))
      (a!49 (ite (= (ite (= fault0.page@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= fault0.page@8 #x00) |PG_lru[F0]@8| |PG_lru[F1]@8|)))
      (a!57 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |PG_anon_exclusive[F0]@8|
                      |PG_anon_exclusive[F1]@8|)))
      (a!58 (ite (= (ite (= fault0.page@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= fault0.page@8 #x00)
                      |PG_anon_exclusive[F0]@8|
                      |PG_anon_exclusive[F1]@8|)))
      (a!66 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.mapping[F0]@8|
                      |folio.mapping[F1]@8|)))
      (a!67 (ite (= (ite (= fault0.page@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x01
                 (ite (= fault0.page@8 #x00)
                      |folio.mapping[F0]@8|
                      |folio.mapping[F1]@8|)))
      (a!75 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.index[F0]@8|
                      |folio.index[F1]@8|)))
      (a!76 (ite (= (ite (= fault0.page@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= fault0.page@8 #x00)
                      |folio.index[F0]@8|
                      |folio.index[F1]@8|)))
      (a!84 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.data[F0]@8|
                      |folio.data[F1]@8|)))
      (a!85 (ite (= (ite (= fault0.page@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= fault0.page@8 #x00)
                      |folio.data[F0]@8|
                      |folio.data[F1]@8|)))
      (a!95 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.node[F0]@8|
                      |folio.node[F1]@8|)))
      (a!96 (ite (= (ite (= fault0.page@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= fault0.page@8 #x00)
                      |folio.node[F0]@8|
                      |folio.node[F1]@8|)))
      (a!104 (ite (= (ite (= migrate0.newpage@8 #x00)
                          |folio.refcount[F0]@8|
                          |folio.refcount[F1]@8|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@8 #x00)
                       |page.mapping(shmem)[F0]@8|
                       |page.mapping(shmem)[F1]@8|)))
      (a!105 (ite (= (ite (= fault0.page@8 #x00)
                          |folio.refcount[F0]@8|
                          |folio.refcount[F1]@8|)
                     #x01)
                  #x00
                  (ite (= fault0.page@8 #x00)
                       |page.mapping(shmem)[F0]@8|
                       |page.mapping(shmem)[F1]@8|)))
      (a!114 (ite (= (ite (= migrate0.newpage@8 #x00)
                          |folio.refcount[F0]@8|
                          |folio.refcount[F1]@8|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@8 #x00)
                       |PG_swapcache[F0]@8|
                       |PG_swapcache[F1]@8|)))
      (a!115 (ite (= (ite (= fault0.page@8 #x00)
                          |folio.refcount[F0]@8|
                          |folio.refcount[F1]@8|)
                     #x01)
                  #x00
                  (ite (= fault0.page@8 #x00)
                       |PG_swapcache[F0]@8|
                       |PG_swapcache[F1]@8|)))
      (a!124 (ite (= (ite (= migrate0.newpage@8 #x00)
                          |folio.refcount[F0]@8|
                          |folio.refcount[F1]@8|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@8 #x00)
                       |PG_dirty[F0]@8|
                       |PG_dirty[F1]@8|)))
      (a!125 (ite (= (ite (= fault0.page@8 #x00)
                          |folio.refcount[F0]@8|
                          |folio.refcount[F1]@8|)
                     #x01)
                  #x00
                  (ite (= fault0.page@8 #x00) |PG_dirty[F0]@8| |PG_dirty[F1]@8|)))
      (a!134 (ite (not (not (= migrate0.mapping_is_swapper@8 #x00)))
                  migrate0.newpage@8
                  shmem.i_pages@8))
      (a!136 (ite (and (= rule@8 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@8 #x00))
                       migrate0.newpage@8
                       swapper_space.i_pages@8)
                  swapper_space.i_pages@8))
      (a!138 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                  #x00
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                       #x00
                       |PG_locked[F0]@8|)))
      (a!144 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                  #x00
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                       #x00
                       |PG_locked[F1]@8|)))
      (a!148 (ite (and (= rule@8 #x10) true)
                  #x01
                  (ite (and (= rule@8 #x11) true) #x09 migrate0.pc@8)))
      (a!157 (ite (and (= rule@8 #x0e) true)
                  #x00
                  (ite (and (= rule@8 #x0f) true) #x00 migrate0.isolated@8)))
      (a!159 (ite (and (= rule@8 #x0d) true)
                  #x02
                  (ite (and (= rule@8 #x0e) true) #x02 migrate0.newpage@8)))
      (a!161 (ite (and (= rule@8 #x0b) true)
                  #x01
                  (ite (and (= rule@8 #x11) true) #x00 migrate0.ok@8)))
      (a!163 (ite (and (= rule@8 #x04) true)
                  |PG_swapcache[F0]@8|
                  (ite (and (= rule@8 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@8)))
      (a!164 (= migrate0.pass@9
                (ite (and (= rule@8 #x10) true)
                     (bvadd migrate0.pass@8 #x01)
                     migrate0.pass@8)))
      (a!165 (ite (and (= rule@8 #x15) true)
                  #x03
                  (ite (and (= rule@8 #x16) true) #x00 fault0.pc@8)))
      (a!168 (ite (and (= rule@8 #x15) true)
                  #x02
                  (ite (and (= rule@8 #x16) true) #x02 fault0.page@8)))
      (a!170 (ite (and (= rule@8 #x12) true)
                  #x00
                  (ite (and (= rule@8 #x13) true) #x01 fault0.from_swap@8))))
(let ((a!4 (and (= rule@8 #x03)
                (= migrate0.pc@8 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@8| |PG_locked[F1]@8|) #x00)))
      (a!11 (not (and (not (= |page.mapping(shmem)[F0]@8| #x00))
                      (= |folio.refcount[F0]@8| #x02)
                      a!10)))
      (a!17 (ite (not (= fault0.from_swap@8 #x00))
                 (and (= swapper_space.i_pages@8 fault0.page@8) a!15)
                 (and (= shmem.i_pages@8 fault0.page@8) a!16)))
      (a!21 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                 a!20
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                      a!20
                      |folio.used[F0]@8|)))
      (a!25 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                 a!20
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                      a!20
                      |folio.used[F1]@8|)))
      (a!29 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                 (bvsub (ite (= fault0.page@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!28))
      (a!39 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                 (bvsub (ite (= fault0.page@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                 a!49
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                      a!49
                      |PG_lru[F0]@8|)))
      (a!54 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                 a!49
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                      a!49
                      |PG_lru[F1]@8|)))
      (a!59 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                 a!58
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                      a!58
                      |PG_anon_exclusive[F0]@8|)))
      (a!63 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                 a!58
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                      a!58
                      |PG_anon_exclusive[F1]@8|)))
      (a!68 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                 a!67
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                      a!67
                      |folio.mapping[F0]@8|)))
      (a!72 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                 a!67
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                      a!67
                      |folio.mapping[F1]@8|)))
      (a!77 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                 a!76
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                      a!76
                      |folio.index[F0]@8|)))
      (a!81 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                 a!76
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                      a!76
                      |folio.index[F1]@8|)))
      (a!86 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                 a!85
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                      a!85
                      |folio.data[F0]@8|)))
      (a!91 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                 a!85
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                      a!85
                      |folio.data[F1]@8|)))
      (a!97 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                 a!96
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                      a!96
                      |folio.node[F0]@8|)))
      (a!101 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                  a!96
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                       a!96
                       |folio.node[F1]@8|)))
      (a!106 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                  a!105
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                       a!105
                       |page.mapping(shmem)[F0]@8|)))
      (a!111 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                  a!105
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                       a!105
                       |page.mapping(shmem)[F1]@8|)))
      (a!116 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                  a!115
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                       a!115
                       |PG_swapcache[F0]@8|)))
      (a!121 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                  a!115
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                       a!115
                       |PG_swapcache[F1]@8|)))
      (a!126 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                  a!125
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                       a!125
                       |PG_dirty[F0]@8|)))
      (a!131 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                  a!125
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                       a!125
                       |PG_dirty[F1]@8|)))
      (a!135 (ite (and (= rule@8 #x05) true)
                  #x02
                  (ite (and (= rule@8 #x09) true) a!134 shmem.i_pages@8)))
      (a!137 (= swapper_space.i_pages@9
                (ite (and (= rule@8 #x05) true) #x00 a!136)))
      (a!139 (ite (and (= rule@8 #x0d) true)
                  #x00
                  (ite (and (= rule@8 #x14) (= fault0.page@8 #x00)) #x02 a!138)))
      (a!145 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                  #x00
                  (ite (and (= rule@8 #x14) (= fault0.page@8 #x01)) #x02 a!144)))
      (a!149 (ite (and (= rule@8 #x0e) true)
                  #x0a
                  (ite (and (= rule@8 #x0f) true) #x0a a!148)))
      (a!158 (= migrate0.isolated@9 (ite (and (= rule@8 #x00) true) #x01 a!157)))
      (a!160 (ite (and (= rule@8 #x03) true)
                  a!3
                  (ite (and (= rule@8 #x08) true) #x02 a!159)))
      (a!162 (ite (and (= rule@8 #x07) true)
                  #x00
                  (ite (and (= rule@8 #x0a) true) #x00 a!161)))
      (a!166 (ite (and (= rule@8 #x13) true)
                  #x01
                  (ite (and (= rule@8 #x14) true) #x02 a!165)))
      (a!169 (ite (and (= rule@8 #x12) true)
                  shmem.i_pages@8
                  (ite (and (= rule@8 #x13) true) swapper_space.i_pages@8 a!168))))
(let ((a!18 (or (and (= rule@8 #x00)
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
                (and (= rule@8 #x09)
                     (= migrate0.pc@8 #x05)
                     (= (ite a!9
                             |&mapping->tree_lock.writer[shmem]@8|
                             |&mapping->tree_lock.writer[swapper_space]@8|)
                        #x00)
                     (= (ite a!9
                             |&mapping->tree_lock.readers[shmem]@8|
                             |&mapping->tree_lock.readers[swapper_space]@8|)
                        #x00)
                     (not (= |page.mapping(shmem)[F0]@8| #x00))
                     (= |folio.refcount[F0]@8| #x02)
                     a!10)
                (and (= rule@8 #x0a) (= migrate0.pc@8 #x05) a!11)
                (and (= rule@8 #x0b) (= migrate0.pc@8 #x06))
                (and (= rule@8 #x0c)
                     (= migrate0.pc@8 #x07)
                     (not (= migrate0.ok@8 #x00)))
                a!12
                (and (= rule@8 #x0e)
                     (= migrate0.pc@8 #x09)
                     (not (= migrate0.ok@8 #x00)))
                a!13
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
                a!14
                (and (= rule@8 #x15) (= fault0.pc@8 #x02) a!17)
                (and (= rule@8 #x16) (= fault0.pc@8 #x02) (not a!17))))
      (a!22 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.used[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.used[F0]@8|)
                      a!21)))
      (a!26 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!19
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!19
                      a!25)))
      (a!30 (ite (and (= rule@8 #x13) (= swapper_space.i_pages@8 #x00))
                 (bvadd (ite (= swapper_space.i_pages@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!29))
      (a!40 (ite (and (= rule@8 #x13) (= swapper_space.i_pages@8 #x01))
                 (bvadd (ite (= swapper_space.i_pages@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |PG_lru[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01) #x00 #x01)
                      a!50)))
      (a!55 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!47
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!48
                      a!54)))
      (a!60 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@8|)
                      a!59)))
      (a!64 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!57
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!57
                      a!63)))
      (a!69 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01)
                      #x01
                      |folio.mapping[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x01
                           |folio.mapping[F0]@8|)
                      a!68)))
      (a!73 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!66
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!66
                      a!72)))
      (a!78 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.index[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.index[F0]@8|)
                      a!77)))
      (a!82 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!75
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!75
                      a!81)))
      (a!87 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.data[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.data[F0]@8|)
                      a!86)))
      (a!92 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!84
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!84
                      a!91)))
      (a!98 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.node[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.node[F0]@8|)
                      a!97)))
      (a!102 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                  a!95
                  (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                       a!95
                       a!101)))
      (a!107 (ite (and (= rule@8 #x0e) true)
                  (ite (= |folio.refcount[F0]@8| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@8|)
                  (ite (and (= rule@8 #x0f) true)
                       (ite (= |folio.refcount[F0]@8| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@8|)
                       a!106)))
      (a!112 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                  a!104
                  (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                       a!104
                       a!111)))
      (a!117 (ite (and (= rule@8 #x0e) true)
                  (ite (= |folio.refcount[F0]@8| #x01)
                       #x00
                       |PG_swapcache[F0]@8|)
                  (ite (and (= rule@8 #x0f) true)
                       (ite (= |folio.refcount[F0]@8| #x01)
                            #x00
                            |PG_swapcache[F0]@8|)
                       a!116)))
      (a!122 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                  a!114
                  (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                       a!114
                       a!121)))
      (a!127 (ite (and (= rule@8 #x0e) true)
                  (ite (= |folio.refcount[F0]@8| #x01) #x00 |PG_dirty[F0]@8|)
                  (ite (and (= rule@8 #x0f) true)
                       (ite (= |folio.refcount[F0]@8| #x01)
                            #x00
                            |PG_dirty[F0]@8|)
                       a!126)))
      (a!132 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                  a!124
                  (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                       a!124
                       a!131)))
      (a!140 (ite (and (= rule@8 #x0c) true)
                  #x00
                  (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                       #x00
                       a!139)))
      (a!146 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                  #x00
                  (ite (and (= rule@8 #x0c) (= migrate0.newpage@8 #x01))
                       #x00
                       a!145)))
      (a!150 (ite (and (= rule@8 #x0c) true)
                  #x09
                  (ite (and (= rule@8 #x0d) true) #x08 a!149)))
      (a!167 (= fault0.pc@9 (ite (and (= rule@8 #x12) true) #x01 a!166))))
(let ((a!23 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!19
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!19
                      a!22)))
      (a!27 (ite (and (= rule@8 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                      a!19
                      a!26)))
      (a!31 (ite (and (= rule@8 #x12) (= shmem.i_pages@8 #x00))
                 (bvadd (ite (= shmem.i_pages@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!30))
      (a!41 (ite (and (= rule@8 #x12) (= shmem.i_pages@8 #x01))
                 (bvadd (ite (= shmem.i_pages@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!40))
      (a!52 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!47
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!48
                      a!51)))
      (a!56 (= |PG_lru[F1]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01)) a!47 a!55)))
      (a!61 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!57
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!57
                      a!60)))
      (a!65 (= |PG_anon_exclusive[F1]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01)) a!57 a!64)))
      (a!70 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!66
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!66
                      a!69)))
      (a!74 (= |folio.mapping[F1]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01)) a!66 a!73)))
      (a!79 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!75
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!75
                      a!78)))
      (a!83 (= |folio.index[F1]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01)) a!75 a!82)))
      (a!88 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!84
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!84
                      a!87)))
      (a!93 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                 a!84
                 (ite (and (= rule@8 #x0b) (= migrate0.newpage@8 #x01))
                      |folio.data[F0]@8|
                      a!92)))
      (a!99 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!95
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!95
                      a!98)))
      (a!103 (ite (and (= rule@8 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@8|)
                  (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                       a!95
                       a!102)))
      (a!108 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                  a!104
                  (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                       a!104
                       a!107)))
      (a!113 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                  a!104
                  (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x01))
                       |page.mapping(shmem)[F0]@8|
                       a!112)))
      (a!118 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                  a!114
                  (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                       a!114
                       a!117)))
      (a!123 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                  a!114
                  (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x01))
                       |PG_swapcache[F0]@8|
                       a!122)))
      (a!128 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                  a!124
                  (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                       a!124
                       a!127)))
      (a!133 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                  a!124
                  (ite (and (= rule@8 #x0b) (= migrate0.newpage@8 #x01))
                       |PG_dirty[F0]@8|
                       a!132)))
      (a!141 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                  #x00
                  (ite (and (= rule@8 #x0c) (= migrate0.newpage@8 #x00))
                       #x00
                       a!140)))
      (a!147 (= |PG_locked[F1]@9|
                (ite (and (= rule@8 #x03) (= a!3 #x01)) #x01 a!146)))
      (a!151 (ite (and (= rule@8 #x0a) true)
                  #x07
                  (ite (and (= rule@8 #x0b) true) #x07 a!150))))
(let ((a!24 (ite (and (= rule@8 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      a!19
                      a!23)))
      (a!32 (ite (and (= rule@8 #x0e) true)
                 (bvsub |folio.refcount[F0]@8| #x01)
                 (ite (and (= rule@8 #x0f) true)
                      (bvsub |folio.refcount[F0]@8| #x01)
                      a!31)))
      (a!42 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!41))
      (a!53 (ite (and (= rule@8 #x00) true)
                 #x00
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      a!47
                      a!52)))
      (a!62 (= |PG_anon_exclusive[F0]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00)) a!57 a!61)))
      (a!71 (= |folio.mapping[F0]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00)) a!66 a!70)))
      (a!80 (= |folio.index[F0]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00)) a!75 a!79)))
      (a!89 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                 a!84
                 (ite (and (= rule@8 #x0b) (= migrate0.newpage@8 #x00))
                      |folio.data[F0]@8|
                      a!88)))
      (a!94 (= |folio.data[F1]@9|
               (ite (and (= rule@8 #x03) (= a!3 #x01)) #x00 a!93)))
      (a!100 (ite (and (= rule@8 #x03) (= a!3 #x00))
                  (bvsub #x01 |folio.node[F0]@8|)
                  (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                       a!95
                       a!99)))
      (a!109 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x00))
                  |page.mapping(shmem)[F0]@8|
                  (ite (and (= rule@8 #x0b) true) #x00 a!108)))
      (a!119 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x00))
                  |PG_swapcache[F0]@8|
                  (ite (and (= rule@8 #x0b) true) #x00 a!118)))
      (a!129 (ite (and (= rule@8 #x0b) (= migrate0.newpage@8 #x00))
                  |PG_dirty[F0]@8|
                  (ite (and (= rule@8 #x0b) true) #x00 a!128)))
      (a!142 (ite (and (= rule@8 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@8 #x05) true) #x00 a!141)))
      (a!152 (ite (and (= rule@8 #x08) true)
                  #x08
                  (ite (and (= rule@8 #x09) true) #x06 a!151))))
(let ((a!33 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!32))
      (a!43 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!42))
      (a!90 (= |folio.data[F0]@9|
               (ite (and (= rule@8 #x03) (= a!3 #x00)) #x00 a!89)))
      (a!110 (ite (and (= rule@8 #x05) true)
                  #x00
                  (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                       a!104
                       a!109)))
      (a!120 (ite (and (= rule@8 #x05) true)
                  #x01
                  (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                       a!114
                       a!119)))
      (a!130 (ite (and (= rule@8 #x05) true)
                  #x01
                  (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                       a!124
                       a!129)))
      (a!143 (= |PG_locked[F0]@9| (ite (and (= rule@8 #x02) true) #x01 a!142)))
      (a!153 (ite (and (= rule@8 #x06) true)
                  #x05
                  (ite (and (= rule@8 #x07) true) #x07 a!152))))
(let ((a!34 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!33))
      (a!44 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x01))
                 (bvadd (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!43))
      (a!154 (ite (and (= rule@8 #x04) true)
                  #x05
                  (ite (and (= rule@8 #x05) true) #x04 a!153))))
(let ((a!35 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x00))
                 (bvadd (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 (ite (and (= rule@8 #x09) true)
                      (bvsub |folio.refcount[F0]@8| #x01)
                      a!34)))
      (a!45 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!44))
      (a!155 (ite (and (= rule@8 #x02) true)
                  #x02
                  (ite (and (= rule@8 #x03) true) #x03 a!154))))
(let ((a!36 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!35))
      (a!46 (= |folio.refcount[F1]@9|
               (ite (and (= rule@8 #x03) (= a!3 #x01)) #x01 a!45)))
      (a!156 (ite (and (= rule@8 #x00) true)
                  #x01
                  (ite (and (= rule@8 #x01) true) #x0a a!155))))
(let ((a!37 (ite (and (= rule@8 #x00) true)
                 (bvadd |folio.refcount[F0]@8| #x01)
                 (ite (and (= rule@8 #x03) (= a!3 #x00)) #x01 a!36))))
  (and a!18
       (= |alive[P0]@9| |alive[P0]@8|)
       (= |pte[P0][0]@9| |pte[P0][0]@8|)
       (= |pte.folio[P0][0]@9| |pte.folio[P0][0]@8|)
       (= |pte.write[P0][0]@9| |pte.write[P0][0]@8|)
       (= |expected[P0][0]@9| |expected[P0][0]@8|)
       (= |anon_vma.list[av0][0]@9| |anon_vma.list[av0][0]@8|)
       (= |anon_vma.len[av0]@9| |anon_vma.len[av0]@8|)
       (= |anon_vma.refcount[av0]@9| |anon_vma.refcount[av0]@8|)
       (= |folio.used[F0]@9| a!24)
       (= |folio.used[F1]@9| a!27)
       (= |folio.refcount[F0]@9| a!37)
       a!46
       (= |folio.mapcount[F0]@9| |folio.mapcount[F0]@8|)
       (= |folio.mapcount[F1]@9| |folio.mapcount[F1]@8|)
       (= |PG_lru[F0]@9| a!53)
       a!56
       a!62
       a!65
       a!71
       a!74
       a!80
       a!83
       a!90
       a!94
       (= |folio.node[F0]@9| a!100)
       (= |folio.node[F1]@9| a!103)
       (= |page.mapping(shmem)[F0]@9| a!110)
       (= |page.mapping(shmem)[F1]@9| a!113)
       (= |PG_swapcache[F0]@9| a!120)
       (= |PG_swapcache[F1]@9| a!123)
       (= |PG_dirty[F0]@9| a!130)
       (= |PG_dirty[F1]@9| a!133)
       (= shmem.i_pages@9 a!135)
       a!137
       (= |&mm->mmap_lock.writer[P0]@9| |&mm->mmap_lock.writer[P0]@8|)
       (= |&mm->mmap_lock.readers[P0]@9| |&mm->mmap_lock.readers[P0]@8|)
       (= |&anon_vma->rwsem.writer[av0]@9| |&anon_vma->rwsem.writer[av0]@8|)
       (= |&anon_vma->rwsem.readers[av0]@9| |&anon_vma->rwsem.readers[av0]@8|)
       (= |ptlock_ptr(page)[P0]@9| |ptlock_ptr(page)[P0]@8|)
       a!143
       a!147
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
       (= migrate0.pc@9 a!156)
       a!158
       (= migrate0.newpage@9 a!160)
       (= migrate0.ok@9 a!162)
       (= migrate0.mapping_is_swapper@9 a!163)
       a!164
       a!167
       (= fault0.page@9 a!169)
       (= fault0.from_swap@9 a!170)
       (bvule |alive[P0]@9| #x01)
       (bvule |pte[P0][0]@9| #x07)
       (bvule |pte.folio[P0][0]@9| #x01)
       (bvule |pte.write[P0][0]@9| #x01)
       (bvule |expected[P0][0]@9| #x01)
       (bvule |anon_vma.list[av0][0]@9| #x00)
       (bvule |anon_vma.len[av0]@9| #x01)
       (bvule |anon_vma.refcount[av0]@9| #x05)
       (bvule |folio.used[F0]@9| #x01)
       (bvule |folio.used[F1]@9| #x01)
       (bvule |folio.refcount[F0]@9| #x05)
       (bvule |folio.refcount[F1]@9| #x05)
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
       (bvule |&mm->mmap_lock.writer[P0]@9| #x02)
       (bvule |&mm->mmap_lock.readers[P0]@9| #x02)
       (bvule |&anon_vma->rwsem.writer[av0]@9| #x02)
       (bvule |&anon_vma->rwsem.readers[av0]@9| #x02)
       (bvule |ptlock_ptr(page)[P0]@9| #x02)
       (bvule |PG_locked[F0]@9| #x02)
       (bvule |PG_locked[F1]@9| #x02)
       (bvule |&mapping->tree_lock.writer[shmem]@9| #x02)
       (bvule |&mapping->tree_lock.writer[swapper_space]@9| #x02)
       (bvule |&mapping->tree_lock.readers[shmem]@9| #x02)
       (bvule |&mapping->tree_lock.readers[swapper_space]@9| #x02)
       (bvule |swap_lock[0]@9| #x02)
       (bvule |&info->lock[0]@9| #x02)
       (bvule |lru_lock[0]@9| #x02)
       (bvule migrate0.pc@9 #x0a)
       (bvule migrate0.isolated@9 #x01)
       (bvule migrate0.newpage@9 #x02)
       (bvule migrate0.ok@9 #x01)
       (bvule migrate0.mapping_is_swapper@9 #x01)
       (bvule migrate0.pass@9 #x01)
       (bvule fault0.pc@9 #x03)
       (bvule fault0.page@9 #x02)
       (bvule fault0.from_swap@9 #x01)))))))))))))
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
      (a!12 (and (= rule@9 #x0d)
                 (= migrate0.pc@9 #x07)
                 (not (not (= migrate0.ok@9 #x00)))))
      (a!13 (and (= rule@9 #x0f)
                 (= migrate0.pc@9 #x09)
                 (not (not (= migrate0.ok@9 #x00)))))
      (a!14 (and (= rule@9 #x14)
                 (= fault0.pc@9 #x01)
                 (= (ite (= fault0.page@9 #x00)
                         |PG_locked[F0]@9|
                         |PG_locked[F1]@9|)
                    #x00)))
      (a!15 (not (= (ite (= fault0.page@9 #x00)
                         |PG_swapcache[F0]@9|
                         |PG_swapcache[F1]@9|)
                    #x00)))
      (a!16 (not (= (ite (= fault0.page@9 #x00)
                         |page.mapping(shmem)[F0]@9|
                         |page.mapping(shmem)[F1]@9|)
                    #x00)))
      (a!19 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.used[F0]@9|
                      |folio.used[F1]@9|)))
      (a!20 (ite (= (ite (= fault0.page@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= fault0.page@9 #x00)
                      |folio.used[F0]@9|
                      |folio.used[F1]@9|)))
      (a!28 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                 (bvsub (ite (= fault0.page@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 |folio.refcount[F0]@9|))
      (a!38 (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                 (bvsub (ite (= fault0.page@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 |folio.refcount[F1]@9|))
      (a!47 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00) |PG_lru[F0]@9| |PG_lru[F1]@9|)))
      (a!48 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 #x01))
      (a!49 (ite (= (ite (= fault0.page@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= fault0.page@9 #x00) |PG_lru[F0]@9| |PG_lru[F1]@9|)))
      (a!57 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |PG_anon_exclusive[F0]@9|
                      |PG_anon_exclusive[F1]@9|)))
      (a!58 (ite (= (ite (= fault0.page@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= fault0.page@9 #x00)
                      |PG_anon_exclusive[F0]@9|
                      |PG_anon_exclusive[F1]@9|)))
      (a!66 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.mapping[F0]@9|
                      |folio.mapping[F1]@9|)))
      (a!67 (ite (= (ite (= fault0.page@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x01
                 (ite (= fault0.page@9 #x00)
                      |folio.mapping[F0]@9|
                      |folio.mapping[F1]@9|)))
      (a!75 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.index[F0]@9|
                      |folio.index[F1]@9|)))
      (a!76 (ite (= (ite (= fault0.page@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= fault0.page@9 #x00)
                      |folio.index[F0]@9|
                      |folio.index[F1]@9|)))
      (a!84 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.data[F0]@9|
                      |folio.data[F1]@9|)))
      (a!85 (ite (= (ite (= fault0.page@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= fault0.page@9 #x00)
                      |folio.data[F0]@9|
                      |folio.data[F1]@9|)))
      (a!95 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.node[F0]@9|
                      |folio.node[F1]@9|)))
      (a!96 (ite (= (ite (= fault0.page@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= fault0.page@9 #x00)
                      |folio.node[F0]@9|
                      |folio.node[F1]@9|)))
      (a!104 (ite (= (ite (= migrate0.newpage@9 #x00)
                          |folio.refcount[F0]@9|
                          |folio.refcount[F1]@9|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@9 #x00)
                       |page.mapping(shmem)[F0]@9|
                       |page.mapping(shmem)[F1]@9|)))
      (a!105 (ite (= (ite (= fault0.page@9 #x00)
                          |folio.refcount[F0]@9|
                          |folio.refcount[F1]@9|)
                     #x01)
                  #x00
                  (ite (= fault0.page@9 #x00)
                       |page.mapping(shmem)[F0]@9|
                       |page.mapping(shmem)[F1]@9|)))
      (a!114 (ite (= (ite (= migrate0.newpage@9 #x00)
                          |folio.refcount[F0]@9|
                          |folio.refcount[F1]@9|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@9 #x00)
                       |PG_swapcache[F0]@9|
                       |PG_swapcache[F1]@9|)))
      (a!115 (ite (= (ite (= fault0.page@9 #x00)
                          |folio.refcount[F0]@9|
                          |folio.refcount[F1]@9|)
                     #x01)
                  #x00
                  (ite (= fault0.page@9 #x00)
                       |PG_swapcache[F0]@9|
                       |PG_swapcache[F1]@9|)))
      (a!124 (ite (= (ite (= migrate0.newpage@9 #x00)
                          |folio.refcount[F0]@9|
                          |folio.refcount[F1]@9|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@9 #x00)
                       |PG_dirty[F0]@9|
                       |PG_dirty[F1]@9|)))
      (a!125 (ite (= (ite (= fault0.page@9 #x00)
                          |folio.refcount[F0]@9|
                          |folio.refcount[F1]@9|)
                     #x01)
                  #x00
                  (ite (= fault0.page@9 #x00) |PG_dirty[F0]@9| |PG_dirty[F1]@9|)))
      (a!134 (ite (not (not (= migrate0.mapping_is_swapper@9 #x00)))
                  migrate0.newpage@9
                  shmem.i_pages@9))
      (a!136 (ite (and (= rule@9 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@9 #x00))
                       migrate0.newpage@9
                       swapper_space.i_pages@9)
                  swapper_space.i_pages@9))
      (a!138 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                  #x00
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                       #x00
                       |PG_locked[F0]@9|)))
      (a!144 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                  #x00
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                       #x00
                       |PG_locked[F1]@9|)))
      (a!148 (ite (and (= rule@9 #x10) true)
                  #x01
                  (ite (and (= rule@9 #x11) true) #x09 migrate0.pc@9)))
      (a!157 (ite (and (= rule@9 #x0e) true)
                  #x00
                  (ite (and (= rule@9 #x0f) true) #x00 migrate0.isolated@9)))
      (a!159 (ite (and (= rule@9 #x0d) true)
                  #x02
                  (ite (and (= rule@9 #x0e) true) #x02 migrate0.newpage@9)))
      (a!161 (ite (and (= rule@9 #x0b) true)
                  #x01
                  (ite (and (= rule@9 #x11) true) #x00 migrate0.ok@9)))
      (a!163 (ite (and (= rule@9 #x04) true)
                  |PG_swapcache[F0]@9|
                  (ite (and (= rule@9 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@9)))
      (a!164 (= migrate0.pass@10
                (ite (and (= rule@9 #x10) true)
                     (bvadd migrate0.pass@9 #x01)
                     migrate0.pass@9)))
      (a!165 (ite (and (= rule@9 #x15) true)
                  #x03
                  (ite (and (= rule@9 #x16) true) #x00 fault0.pc@9)))
      (a!168 (ite (and (= rule@9 #x15) true)
                  #x02
                  (ite (and (= rule@9 #x16) true) #x02 fault0.page@9)))
      (a!170 (ite (and (= rule@9 #x12) true)
                  #x00
                  (ite (and (= rule@9 #x13) true) #x01 fault0.from_swap@9))))
(let ((a!4 (and (= rule@9 #x03)
                (= migrate0.pc@9 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@9| |PG_locked[F1]@9|) #x00)))
      (a!11 (not (and (not (= |page.mapping(shmem)[F0]@9| #x00))
                      (= |folio.refcount[F0]@9| #x02)
                      a!10)))
      (a!17 (ite (not (= fault0.from_swap@9 #x00))
                 (and (= swapper_space.i_pages@9 fault0.page@9) a!15)
                 (and (= shmem.i_pages@9 fault0.page@9) a!16)))
      (a!21 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                 a!20
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                      a!20
                      |folio.used[F0]@9|)))
      (a!25 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                 a!20
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                      a!20
                      |folio.used[F1]@9|)))
      (a!29 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                 (bvsub (ite (= fault0.page@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!28))
      (a!39 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                 (bvsub (ite (= fault0.page@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                 a!49
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                      a!49
                      |PG_lru[F0]@9|)))
      (a!54 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                 a!49
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                      a!49
                      |PG_lru[F1]@9|)))
      (a!59 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                 a!58
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                      a!58
                      |PG_anon_exclusive[F0]@9|)))
      (a!63 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                 a!58
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                      a!58
                      |PG_anon_exclusive[F1]@9|)))
      (a!68 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                 a!67
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                      a!67
                      |folio.mapping[F0]@9|)))
      (a!72 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                 a!67
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                      a!67
                      |folio.mapping[F1]@9|)))
      (a!77 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                 a!76
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                      a!76
                      |folio.index[F0]@9|)))
      (a!81 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                 a!76
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                      a!76
                      |folio.index[F1]@9|)))
      (a!86 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                 a!85
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                      a!85
                      |folio.data[F0]@9|)))
      (a!91 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                 a!85
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                      a!85
                      |folio.data[F1]@9|)))
      (a!97 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                 a!96
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                      a!96
                      |folio.node[F0]@9|)))
      (a!101 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                  a!96
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                       a!96
                       |folio.node[F1]@9|)))
      (a!106 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                  a!105
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                       a!105
                       |page.mapping(shmem)[F0]@9|)))
      (a!111 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                  a!105
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                       a!105
                       |page.mapping(shmem)[F1]@9|)))
      (a!116 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                  a!115
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                       a!115
                       |PG_swapcache[F0]@9|)))
      (a!121 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                  a!115
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                       a!115
                       |PG_swapcache[F1]@9|)))
      (a!126 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                  a!125
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                       a!125
                       |PG_dirty[F0]@9|)))
      (a!131 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                  a!125
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                       a!125
                       |PG_dirty[F1]@9|)))
      (a!135 (ite (and (= rule@9 #x05) true)
                  #x02
                  (ite (and (= rule@9 #x09) true) a!134 shmem.i_pages@9)))
      (a!137 (= swapper_space.i_pages@10
                (ite (and (= rule@9 #x05) true) #x00 a!136)))
      (a!139 (ite (and (= rule@9 #x0d) true)
                  #x00
                  (ite (and (= rule@9 #x14) (= fault0.page@9 #x00)) #x02 a!138)))
      (a!145 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                  #x00
                  (ite (and (= rule@9 #x14) (= fault0.page@9 #x01)) #x02 a!144)))
      (a!149 (ite (and (= rule@9 #x0e) true)
                  #x0a
                  (ite (and (= rule@9 #x0f) true) #x0a a!148)))
      (a!158 (= migrate0.isolated@10
                (ite (and (= rule@9 #x00) true) #x01 a!157)))
      (a!160 (ite (and (= rule@9 #x03) true)
                  a!3
                  (ite (and (= rule@9 #x08) true) #x02 a!159)))
      (a!162 (ite (and (= rule@9 #x07) true)
                  #x00
                  (ite (and (= rule@9 #x0a) true) #x00 a!161)))
      (a!166 (ite (and (= rule@9 #x13) true)
                  #x01
                  (ite (and (= rule@9 #x14) true) #x02 a!165)))
      (a!169 (ite (and (= rule@9 #x12) true)
                  shmem.i_pages@9
                  (ite (and (= rule@9 #x13) true) swapper_space.i_pages@9 a!168))))
(let ((a!18 (or (and (= rule@9 #x00)
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
                (and (= rule@9 #x09)
                     (= migrate0.pc@9 #x05)
                     (= (ite a!9
                             |&mapping->tree_lock.writer[shmem]@9|
                             |&mapping->tree_lock.writer[swapper_space]@9|)
                        #x00)
                     (= (ite a!9
                             |&mapping->tree_lock.readers[shmem]@9|
                             |&mapping->tree_lock.readers[swapper_space]@9|)
                        #x00)
                     (not (= |page.mapping(shmem)[F0]@9| #x00))
                     (= |folio.refcount[F0]@9| #x02)
                     a!10)
                (and (= rule@9 #x0a) (= migrate0.pc@9 #x05) a!11)
                (and (= rule@9 #x0b) (= migrate0.pc@9 #x06))
                (and (= rule@9 #x0c)
                     (= migrate0.pc@9 #x07)
                     (not (= migrate0.ok@9 #x00)))
                a!12
                (and (= rule@9 #x0e)
                     (= migrate0.pc@9 #x09)
                     (not (= migrate0.ok@9 #x00)))
                a!13
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
                a!14
                (and (= rule@9 #x15) (= fault0.pc@9 #x02) a!17)
                (and (= rule@9 #x16) (= fault0.pc@9 #x02) (not a!17))))
      (a!22 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.used[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.used[F0]@9|)
                      a!21)))
      (a!26 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!19
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!19
                      a!25)))
      (a!30 (ite (and (= rule@9 #x13) (= swapper_space.i_pages@9 #x00))
                 (bvadd (ite (= swapper_space.i_pages@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!29))
      (a!40 (ite (and (= rule@9 #x13) (= swapper_space.i_pages@9 #x01))
                 (bvadd (ite (= swapper_space.i_pages@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |PG_lru[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01) #x00 #x01)
                      a!50)))
      (a!55 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!47
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!48
                      a!54)))
      (a!60 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@9|)
                      a!59)))
      (a!64 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!57
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!57
                      a!63)))
      (a!69 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01)
                      #x01
                      |folio.mapping[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x01
                           |folio.mapping[F0]@9|)
                      a!68)))
      (a!73 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!66
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!66
                      a!72)))
      (a!78 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.index[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.index[F0]@9|)
                      a!77)))
      (a!82 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!75
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!75
                      a!81)))
      (a!87 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.data[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.data[F0]@9|)
                      a!86)))
      (a!92 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!84
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!84
                      a!91)))
      (a!98 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.node[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.node[F0]@9|)
                      a!97)))
      (a!102 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                  a!95
                  (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                       a!95
                       a!101)))
      (a!107 (ite (and (= rule@9 #x0e) true)
                  (ite (= |folio.refcount[F0]@9| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@9|)
                  (ite (and (= rule@9 #x0f) true)
                       (ite (= |folio.refcount[F0]@9| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@9|)
                       a!106)))
      (a!112 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                  a!104
                  (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                       a!104
                       a!111)))
      (a!117 (ite (and (= rule@9 #x0e) true)
                  (ite (= |folio.refcount[F0]@9| #x01)
                       #x00
                       |PG_swapcache[F0]@9|)
                  (ite (and (= rule@9 #x0f) true)
                       (ite (= |folio.refcount[F0]@9| #x01)
                            #x00
                            |PG_swapcache[F0]@9|)
                       a!116)))
      (a!122 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                  a!114
                  (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                       a!114
                       a!121)))
      (a!127 (ite (and (= rule@9 #x0e) true)
                  (ite (= |folio.refcount[F0]@9| #x01) #x00 |PG_dirty[F0]@9|)
                  (ite (and (= rule@9 #x0f) true)
                       (ite (= |folio.refcount[F0]@9| #x01)
                            #x00
                            |PG_dirty[F0]@9|)
                       a!126)))
      (a!132 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                  a!124
                  (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                       a!124
                       a!131)))
      (a!140 (ite (and (= rule@9 #x0c) true)
                  #x00
                  (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                       #x00
                       a!139)))
      (a!146 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                  #x00
                  (ite (and (= rule@9 #x0c) (= migrate0.newpage@9 #x01))
                       #x00
                       a!145)))
      (a!150 (ite (and (= rule@9 #x0c) true)
                  #x09
                  (ite (and (= rule@9 #x0d) true) #x08 a!149)))
      (a!167 (= fault0.pc@10 (ite (and (= rule@9 #x12) true) #x01 a!166))))
(let ((a!23 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!19
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!19
                      a!22)))
      (a!27 (ite (and (= rule@9 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                      a!19
                      a!26)))
      (a!31 (ite (and (= rule@9 #x12) (= shmem.i_pages@9 #x00))
                 (bvadd (ite (= shmem.i_pages@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!30))
      (a!41 (ite (and (= rule@9 #x12) (= shmem.i_pages@9 #x01))
                 (bvadd (ite (= shmem.i_pages@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!40))
      (a!52 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!47
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!48
                      a!51)))
      (a!56 (= |PG_lru[F1]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01)) a!47 a!55)))
      (a!61 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!57
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!57
                      a!60)))
      (a!65 (= |PG_anon_exclusive[F1]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01)) a!57 a!64)))
      (a!70 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!66
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!66
                      a!69)))
      (a!74 (= |folio.mapping[F1]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01)) a!66 a!73)))
      (a!79 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!75
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!75
                      a!78)))
      (a!83 (= |folio.index[F1]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01)) a!75 a!82)))
      (a!88 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!84
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!84
                      a!87)))
      (a!93 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                 a!84
                 (ite (and (= rule@9 #x0b) (= migrate0.newpage@9 #x01))
                      |folio.data[F0]@9|
                      a!92)))
      (a!99 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!95
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!95
                      a!98)))
      (a!103 (ite (and (= rule@9 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@9|)
                  (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                       a!95
                       a!102)))
      (a!108 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                  a!104
                  (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                       a!104
                       a!107)))
      (a!113 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                  a!104
                  (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x01))
                       |page.mapping(shmem)[F0]@9|
                       a!112)))
      (a!118 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                  a!114
                  (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                       a!114
                       a!117)))
      (a!123 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                  a!114
                  (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x01))
                       |PG_swapcache[F0]@9|
                       a!122)))
      (a!128 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                  a!124
                  (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                       a!124
                       a!127)))
      (a!133 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                  a!124
                  (ite (and (= rule@9 #x0b) (= migrate0.newpage@9 #x01))
                       |PG_dirty[F0]@9|
                       a!132)))
      (a!141 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                  #x00
                  (ite (and (= rule@9 #x0c) (= migrate0.newpage@9 #x00))
                       #x00
                       a!140)))
      (a!147 (= |PG_locked[F1]@10|
                (ite (and (= rule@9 #x03) (= a!3 #x01)) #x01 a!146)))
      (a!151 (ite (and (= rule@9 #x0a) true)
                  #x07
                  (ite (and (= rule@9 #x0b) true) #x07 a!150))))
(let ((a!24 (ite (and (= rule@9 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      a!19
                      a!23)))
      (a!32 (ite (and (= rule@9 #x0e) true)
                 (bvsub |folio.refcount[F0]@9| #x01)
                 (ite (and (= rule@9 #x0f) true)
                      (bvsub |folio.refcount[F0]@9| #x01)
                      a!31)))
      (a!42 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!41))
      (a!53 (ite (and (= rule@9 #x00) true)
                 #x00
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      a!47
                      a!52)))
      (a!62 (= |PG_anon_exclusive[F0]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00)) a!57 a!61)))
      (a!71 (= |folio.mapping[F0]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00)) a!66 a!70)))
      (a!80 (= |folio.index[F0]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00)) a!75 a!79)))
      (a!89 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                 a!84
                 (ite (and (= rule@9 #x0b) (= migrate0.newpage@9 #x00))
                      |folio.data[F0]@9|
                      a!88)))
      (a!94 (= |folio.data[F1]@10|
               (ite (and (= rule@9 #x03) (= a!3 #x01)) #x00 a!93)))
      (a!100 (ite (and (= rule@9 #x03) (= a!3 #x00))
                  (bvsub #x01 |folio.node[F0]@9|)
                  (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                       a!95
                       a!99)))
      (a!109 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x00))
                  |page.mapping(shmem)[F0]@9|
                  (ite (and (= rule@9 #x0b) true) #x00 a!108)))
      (a!119 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x00))
                  |PG_swapcache[F0]@9|
                  (ite (and (= rule@9 #x0b) true) #x00 a!118)))
      (a!129 (ite (and (= rule@9 #x0b) (= migrate0.newpage@9 #x00))
                  |PG_dirty[F0]@9|
                  (ite (and (= rule@9 #x0b) true) #x00 a!128)))
      (a!142 (ite (and (= rule@9 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@9 #x05) true) #x00 a!141)))
      (a!152 (ite (and (= rule@9 #x08) true)
                  #x08
                  (ite (and (= rule@9 #x09) true) #x06 a!151))))
(let ((a!33 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!32))
      (a!43 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!42))
      (a!90 (= |folio.data[F0]@10|
               (ite (and (= rule@9 #x03) (= a!3 #x00)) #x00 a!89)))
      (a!110 (ite (and (= rule@9 #x05) true)
                  #x00
                  (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                       a!104
                       a!109)))
      (a!120 (ite (and (= rule@9 #x05) true)
                  #x01
                  (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                       a!114
                       a!119)))
      (a!130 (ite (and (= rule@9 #x05) true)
                  #x01
                  (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                       a!124
                       a!129)))
      (a!143 (= |PG_locked[F0]@10| (ite (and (= rule@9 #x02) true) #x01 a!142)))
      (a!153 (ite (and (= rule@9 #x06) true)
                  #x05
                  (ite (and (= rule@9 #x07) true) #x07 a!152))))
(let ((a!34 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!33))
      (a!44 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x01))
                 (bvadd (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!43))
      (a!154 (ite (and (= rule@9 #x04) true)
                  #x05
                  (ite (and (= rule@9 #x05) true) #x04 a!153))))
(let ((a!35 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x00))
                 (bvadd (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 (ite (and (= rule@9 #x09) true)
                      (bvsub |folio.refcount[F0]@9| #x01)
                      a!34)))
      (a!45 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!44))
      (a!155 (ite (and (= rule@9 #x02) true)
                  #x02
                  (ite (and (= rule@9 #x03) true) #x03 a!154))))
(let ((a!36 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!35))
      (a!46 (= |folio.refcount[F1]@10|
               (ite (and (= rule@9 #x03) (= a!3 #x01)) #x01 a!45)))
      (a!156 (ite (and (= rule@9 #x00) true)
                  #x01
                  (ite (and (= rule@9 #x01) true) #x0a a!155))))
(let ((a!37 (ite (and (= rule@9 #x00) true)
                 (bvadd |folio.refcount[F0]@9| #x01)
                 (ite (and (= rule@9 #x03) (= a!3 #x00)) #x01 a!36))))
  (and a!18
       (= |alive[P0]@10| |alive[P0]@9|)
       (= |pte[P0][0]@10| |pte[P0][0]@9|)
       (= |pte.folio[P0][0]@10| |pte.folio[P0][0]@9|)
       (= |pte.write[P0][0]@10| |pte.write[P0][0]@9|)
       (= |expected[P0][0]@10| |expected[P0][0]@9|)
       (= |anon_vma.list[av0][0]@10| |anon_vma.list[av0][0]@9|)
       (= |anon_vma.len[av0]@10| |anon_vma.len[av0]@9|)
       (= |anon_vma.refcount[av0]@10| |anon_vma.refcount[av0]@9|)
       (= |folio.used[F0]@10| a!24)
       (= |folio.used[F1]@10| a!27)
       (= |folio.refcount[F0]@10| a!37)
       a!46
       (= |folio.mapcount[F0]@10| |folio.mapcount[F0]@9|)
       (= |folio.mapcount[F1]@10| |folio.mapcount[F1]@9|)
       (= |PG_lru[F0]@10| a!53)
       a!56
       a!62
       a!65
       a!71
       a!74
       a!80
       a!83
       a!90
       a!94
       (= |folio.node[F0]@10| a!100)
       (= |folio.node[F1]@10| a!103)
       (= |page.mapping(shmem)[F0]@10| a!110)
       (= |page.mapping(shmem)[F1]@10| a!113)
       (= |PG_swapcache[F0]@10| a!120)
       (= |PG_swapcache[F1]@10| a!123)
       (= |PG_dirty[F0]@10| a!130)
       (= |PG_dirty[F1]@10| a!133)
       (= shmem.i_pages@10 a!135)
       a!137
       (= |&mm->mmap_lock.writer[P0]@10| |&mm->mmap_lock.writer[P0]@9|)
       (= |&mm->mmap_lock.readers[P0]@10| |&mm->mmap_lock.readers[P0]@9|)
       (= |&anon_vma->rwsem.writer[av0]@10| |&anon_vma->rwsem.writer[av0]@9|)
       (= |&anon_vma->rwsem.readers[av0]@10| |&anon_vma->rwsem.readers[av0]@9|)
       (= |ptlock_ptr(page)[P0]@10| |ptlock_ptr(page)[P0]@9|)
       a!143
       a!147
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
       (= migrate0.pc@10 a!156)
       a!158
       (= migrate0.newpage@10 a!160)
       (= migrate0.ok@10 a!162)
       (= migrate0.mapping_is_swapper@10 a!163)
       a!164
       a!167
       (= fault0.page@10 a!169)
       (= fault0.from_swap@10 a!170)
       (bvule |alive[P0]@10| #x01)
       (bvule |pte[P0][0]@10| #x07)
       (bvule |pte.folio[P0][0]@10| #x01)
       (bvule |pte.write[P0][0]@10| #x01)
       (bvule |expected[P0][0]@10| #x01)
       (bvule |anon_vma.list[av0][0]@10| #x00)
       (bvule |anon_vma.len[av0]@10| #x01)
       (bvule |anon_vma.refcount[av0]@10| #x05)
       (bvule |folio.used[F0]@10| #x01)
       (bvule |folio.used[F1]@10| #x01)
       (bvule |folio.refcount[F0]@10| #x05)
       (bvule |folio.refcount[F1]@10| #x05)
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
       (bvule |&mm->mmap_lock.writer[P0]@10| #x02)
       (bvule |&mm->mmap_lock.readers[P0]@10| #x02)
       (bvule |&anon_vma->rwsem.writer[av0]@10| #x02)
       (bvule |&anon_vma->rwsem.readers[av0]@10| #x02)
       (bvule |ptlock_ptr(page)[P0]@10| #x02)
       (bvule |PG_locked[F0]@10| #x02)
       (bvule |PG_locked[F1]@10| #x02)
       (bvule |&mapping->tree_lock.writer[shmem]@10| #x02)
       (bvule |&mapping->tree_lock.writer[swapper_space]@10| #x02)
       (bvule |&mapping->tree_lock.readers[shmem]@10| #x02)
       (bvule |&mapping->tree_lock.readers[swapper_space]@10| #x02)
       (bvule |swap_lock[0]@10| #x02)
       (bvule |&info->lock[0]@10| #x02)
       (bvule |lru_lock[0]@10| #x02)
       (bvule migrate0.pc@10 #x0a)
       (bvule migrate0.isolated@10 #x01)
       (bvule migrate0.newpage@10 #x02)
       (bvule migrate0.ok@10 #x01)
       (bvule migrate0.mapping_is_swapper@10 #x01)
       (bvule migrate0.pass@10 #x01)
       (bvule fault0.pc@10 #x03)
       (bvule fault0.page@10 #x02)
       (bvule fault0.from_swap@10 #x01)))))))))))))
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
      (a!12 (and (= rule@10 #x0d)
                 (= migrate0.pc@10 #x07)
                 (not (not (= migrate0.ok@10 #x00)))))
      (a!13 (and (= rule@10 #x0f)
                 (= migrate0.pc@10 #x09)
                 (not (not (= migrate0.ok@10 #x00)))))
      (a!14 (and (= rule@10 #x14)
                 (= fault0.pc@10 #x01)
                 (= (ite (= fault0.page@10 #x00)
                         |PG_locked[F0]@10|
                         |PG_locked[F1]@10|)
                    #x00)))
      (a!15 (not (= (ite (= fault0.page@10 #x00)
                         |PG_swapcache[F0]@10|
                         |PG_swapcache[F1]@10|)
                    #x00)))
      (a!16 (not (= (ite (= fault0.page@10 #x00)
                         |page.mapping(shmem)[F0]@10|
                         |page.mapping(shmem)[F1]@10|)
                    #x00)))
      (a!19 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.used[F0]@10|
                      |folio.used[F1]@10|)))
      (a!20 (ite (= (ite (= fault0.page@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= fault0.page@10 #x00)
                      |folio.used[F0]@10|
                      |folio.used[F1]@10|)))
      (a!28 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                 (bvsub (ite (= fault0.page@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 |folio.refcount[F0]@10|))
      (a!38 (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                 (bvsub (ite (= fault0.page@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 |folio.refcount[F1]@10|))
      (a!47 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |PG_lru[F0]@10|
                      |PG_lru[F1]@10|)))
      (a!48 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 #x01))
      (a!49 (ite (= (ite (= fault0.page@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= fault0.page@10 #x00) |PG_lru[F0]@10| |PG_lru[F1]@10|)))
      (a!57 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |PG_anon_exclusive[F0]@10|
                      |PG_anon_exclusive[F1]@10|)))
      (a!58 (ite (= (ite (= fault0.page@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= fault0.page@10 #x00)
                      |PG_anon_exclusive[F0]@10|
                      |PG_anon_exclusive[F1]@10|)))
      (a!66 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.mapping[F0]@10|
                      |folio.mapping[F1]@10|)))
      (a!67 (ite (= (ite (= fault0.page@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x01
                 (ite (= fault0.page@10 #x00)
                      |folio.mapping[F0]@10|
                      |folio.mapping[F1]@10|)))
      (a!75 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.index[F0]@10|
                      |folio.index[F1]@10|)))
      (a!76 (ite (= (ite (= fault0.page@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= fault0.page@10 #x00)
                      |folio.index[F0]@10|
                      |folio.index[F1]@10|)))
      (a!84 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.data[F0]@10|
                      |folio.data[F1]@10|)))
      (a!85 (ite (= (ite (= fault0.page@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= fault0.page@10 #x00)
                      |folio.data[F0]@10|
                      |folio.data[F1]@10|)))
      (a!95 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.node[F0]@10|
                      |folio.node[F1]@10|)))
      (a!96 (ite (= (ite (= fault0.page@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= fault0.page@10 #x00)
                      |folio.node[F0]@10|
                      |folio.node[F1]@10|)))
      (a!104 (ite (= (ite (= migrate0.newpage@10 #x00)
                          |folio.refcount[F0]@10|
                          |folio.refcount[F1]@10|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@10 #x00)
                       |page.mapping(shmem)[F0]@10|
                       |page.mapping(shmem)[F1]@10|)))
      (a!105 (ite (= (ite (= fault0.page@10 #x00)
                          |folio.refcount[F0]@10|
                          |folio.refcount[F1]@10|)
                     #x01)
                  #x00
                  (ite (= fault0.page@10 #x00)
                       |page.mapping(shmem)[F0]@10|
                       |page.mapping(shmem)[F1]@10|)))
      (a!114 (ite (= (ite (= migrate0.newpage@10 #x00)
                          |folio.refcount[F0]@10|
                          |folio.refcount[F1]@10|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@10 #x00)
                       |PG_swapcache[F0]@10|
                       |PG_swapcache[F1]@10|)))
      (a!115 (ite (= (ite (= fault0.page@10 #x00)
                          |folio.refcount[F0]@10|
                          |folio.refcount[F1]@10|)
                     #x01)
                  #x00
                  (ite (= fault0.page@10 #x00)
                       |PG_swapcache[F0]@10|
                       |PG_swapcache[F1]@10|)))
      (a!124 (ite (= (ite (= migrate0.newpage@10 #x00)
                          |folio.refcount[F0]@10|
                          |folio.refcount[F1]@10|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@10 #x00)
                       |PG_dirty[F0]@10|
                       |PG_dirty[F1]@10|)))
      (a!125 (ite (= (ite (= fault0.page@10 #x00)
                          |folio.refcount[F0]@10|
                          |folio.refcount[F1]@10|)
                     #x01)
                  #x00
                  (ite (= fault0.page@10 #x00)
                       |PG_dirty[F0]@10|
                       |PG_dirty[F1]@10|)))
      (a!134 (ite (not (not (= migrate0.mapping_is_swapper@10 #x00)))
                  migrate0.newpage@10
                  shmem.i_pages@10))
      (a!136 (ite (and (= rule@10 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@10 #x00))
                       migrate0.newpage@10
                       swapper_space.i_pages@10)
                  swapper_space.i_pages@10))
      (a!138 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                  #x00
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                       #x00
                       |PG_locked[F0]@10|)))
      (a!144 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                  #x00
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                       #x00
                       |PG_locked[F1]@10|)))
      (a!148 (ite (and (= rule@10 #x10) true)
                  #x01
                  (ite (and (= rule@10 #x11) true) #x09 migrate0.pc@10)))
      (a!157 (ite (and (= rule@10 #x0e) true)
                  #x00
                  (ite (and (= rule@10 #x0f) true) #x00 migrate0.isolated@10)))
      (a!159 (ite (and (= rule@10 #x0d) true)
                  #x02
                  (ite (and (= rule@10 #x0e) true) #x02 migrate0.newpage@10)))
      (a!161 (ite (and (= rule@10 #x0b) true)
                  #x01
                  (ite (and (= rule@10 #x11) true) #x00 migrate0.ok@10)))
      (a!163 (ite (and (= rule@10 #x04) true)
                  |PG_swapcache[F0]@10|
                  (ite (and (= rule@10 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@10)))
      (a!164 (= migrate0.pass@11
                (ite (and (= rule@10 #x10) true)
                     (bvadd migrate0.pass@10 #x01)
                     migrate0.pass@10)))
      (a!165 (ite (and (= rule@10 #x15) true)
                  #x03
                  (ite (and (= rule@10 #x16) true) #x00 fault0.pc@10)))
      (a!168 (ite (and (= rule@10 #x15) true)
                  #x02
                  (ite (and (= rule@10 #x16) true) #x02 fault0.page@10)))
      (a!170 (ite (and (= rule@10 #x12) true)
                  #x00
                  (ite (and (= rule@10 #x13) true) #x01 fault0.from_swap@10))))
(let ((a!4 (and (= rule@10 #x03)
                (= migrate0.pc@10 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@10| |PG_locked[F1]@10|)
                   #x00)))
      (a!11 (not (and (not (= |page.mapping(shmem)[F0]@10| #x00))
                      (= |folio.refcount[F0]@10| #x02)
                      a!10)))
      (a!17 (ite (not (= fault0.from_swap@10 #x00))
                 (and (= swapper_space.i_pages@10 fault0.page@10) a!15)
                 (and (= shmem.i_pages@10 fault0.page@10) a!16)))
      (a!21 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                 a!20
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                      a!20
                      |folio.used[F0]@10|)))
      (a!25 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                 a!20
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                      a!20
                      |folio.used[F1]@10|)))
      (a!29 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                 (bvsub (ite (= fault0.page@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!28))
      (a!39 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                 (bvsub (ite (= fault0.page@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                 a!49
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                      a!49
                      |PG_lru[F0]@10|)))
      (a!54 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                 a!49
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                      a!49
                      |PG_lru[F1]@10|)))
      (a!59 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                 a!58
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                      a!58
                      |PG_anon_exclusive[F0]@10|)))
      (a!63 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                 a!58
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                      a!58
                      |PG_anon_exclusive[F1]@10|)))
      (a!68 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                 a!67
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                      a!67
                      |folio.mapping[F0]@10|)))
      (a!72 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                 a!67
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                      a!67
                      |folio.mapping[F1]@10|)))
      (a!77 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                 a!76
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                      a!76
                      |folio.index[F0]@10|)))
      (a!81 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                 a!76
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                      a!76
                      |folio.index[F1]@10|)))
      (a!86 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                 a!85
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                      a!85
                      |folio.data[F0]@10|)))
      (a!91 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                 a!85
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                      a!85
                      |folio.data[F1]@10|)))
      (a!97 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                 a!96
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                      a!96
                      |folio.node[F0]@10|)))
      (a!101 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                  a!96
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                       a!96
                       |folio.node[F1]@10|)))
      (a!106 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                  a!105
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                       a!105
                       |page.mapping(shmem)[F0]@10|)))
      (a!111 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                  a!105
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                       a!105
                       |page.mapping(shmem)[F1]@10|)))
      (a!116 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                  a!115
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                       a!115
                       |PG_swapcache[F0]@10|)))
      (a!121 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                  a!115
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                       a!115
                       |PG_swapcache[F1]@10|)))
      (a!126 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                  a!125
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                       a!125
                       |PG_dirty[F0]@10|)))
      (a!131 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                  a!125
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                       a!125
                       |PG_dirty[F1]@10|)))
      (a!135 (ite (and (= rule@10 #x05) true)
                  #x02
                  (ite (and (= rule@10 #x09) true) a!134 shmem.i_pages@10)))
      (a!137 (= swapper_space.i_pages@11
                (ite (and (= rule@10 #x05) true) #x00 a!136)))
      (a!139 (ite (and (= rule@10 #x0d) true)
                  #x00
                  (ite (and (= rule@10 #x14) (= fault0.page@10 #x00))
                       #x02
                       a!138)))
      (a!145 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                  #x00
                  (ite (and (= rule@10 #x14) (= fault0.page@10 #x01))
                       #x02
                       a!144)))
      (a!149 (ite (and (= rule@10 #x0e) true)
                  #x0a
                  (ite (and (= rule@10 #x0f) true) #x0a a!148)))
      (a!158 (= migrate0.isolated@11
                (ite (and (= rule@10 #x00) true) #x01 a!157)))
      (a!160 (ite (and (= rule@10 #x03) true)
                  a!3
                  (ite (and (= rule@10 #x08) true) #x02 a!159)))
      (a!162 (ite (and (= rule@10 #x07) true)
                  #x00
                  (ite (and (= rule@10 #x0a) true) #x00 a!161)))
      (a!166 (ite (and (= rule@10 #x13) true)
                  #x01
                  (ite (and (= rule@10 #x14) true) #x02 a!165)))
      (a!169 (ite (and (= rule@10 #x12) true)
                  shmem.i_pages@10
                  (ite (and (= rule@10 #x13) true)
                       swapper_space.i_pages@10
                       a!168))))
(let ((a!18 (or (and (= rule@10 #x00)
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
                (and (= rule@10 #x09)
                     (= migrate0.pc@10 #x05)
                     (= (ite a!9
                             |&mapping->tree_lock.writer[shmem]@10|
                             |&mapping->tree_lock.writer[swapper_space]@10|)
                        #x00)
                     (= (ite a!9
                             |&mapping->tree_lock.readers[shmem]@10|
                             |&mapping->tree_lock.readers[swapper_space]@10|)
                        #x00)
                     (not (= |page.mapping(shmem)[F0]@10| #x00))
                     (= |folio.refcount[F0]@10| #x02)
                     a!10)
                (and (= rule@10 #x0a) (= migrate0.pc@10 #x05) a!11)
                (and (= rule@10 #x0b) (= migrate0.pc@10 #x06))
                (and (= rule@10 #x0c)
                     (= migrate0.pc@10 #x07)
                     (not (= migrate0.ok@10 #x00)))
                a!12
                (and (= rule@10 #x0e)
                     (= migrate0.pc@10 #x09)
                     (not (= migrate0.ok@10 #x00)))
                a!13
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
                a!14
                (and (= rule@10 #x15) (= fault0.pc@10 #x02) a!17)
                (and (= rule@10 #x16) (= fault0.pc@10 #x02) (not a!17))))
      (a!22 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |folio.used[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.used[F0]@10|)
                      a!21)))
      (a!26 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!19
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!19
                      a!25)))
      (a!30 (ite (and (= rule@10 #x13) (= swapper_space.i_pages@10 #x00))
                 (bvadd (ite (= swapper_space.i_pages@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!29))
      (a!40 (ite (and (= rule@10 #x13) (= swapper_space.i_pages@10 #x01))
                 (bvadd (ite (= swapper_space.i_pages@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |PG_lru[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01) #x00 #x01)
                      a!50)))
      (a!55 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!47
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!48
                      a!54)))
      (a!60 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@10|)
                      a!59)))
      (a!64 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!57
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!57
                      a!63)))
      (a!69 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x01
                      |folio.mapping[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x01
                           |folio.mapping[F0]@10|)
                      a!68)))
      (a!73 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!66
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!66
                      a!72)))
      (a!78 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x00
                      |folio.index[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.index[F0]@10|)
                      a!77)))
      (a!82 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!75
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!75
                      a!81)))
      (a!87 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |folio.data[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.data[F0]@10|)
                      a!86)))
      (a!92 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!84
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!84
                      a!91)))
      (a!98 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |folio.node[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.node[F0]@10|)
                      a!97)))
      (a!102 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                  a!95
                  (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                       a!95
                       a!101)))
      (a!107 (ite (and (= rule@10 #x0e) true)
                  (ite (= |folio.refcount[F0]@10| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@10|)
                  (ite (and (= rule@10 #x0f) true)
                       (ite (= |folio.refcount[F0]@10| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@10|)
                       a!106)))
      (a!112 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                  a!104
                  (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                       a!104
                       a!111)))
      (a!117 (ite (and (= rule@10 #x0e) true)
                  (ite (= |folio.refcount[F0]@10| #x01)
                       #x00
                       |PG_swapcache[F0]@10|)
                  (ite (and (= rule@10 #x0f) true)
                       (ite (= |folio.refcount[F0]@10| #x01)
                            #x00
                            |PG_swapcache[F0]@10|)
                       a!116)))
      (a!122 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                  a!114
                  (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                       a!114
                       a!121)))
      (a!127 (ite (and (= rule@10 #x0e) true)
                  (ite (= |folio.refcount[F0]@10| #x01) #x00 |PG_dirty[F0]@10|)
                  (ite (and (= rule@10 #x0f) true)
                       (ite (= |folio.refcount[F0]@10| #x01)
                            #x00
                            |PG_dirty[F0]@10|)
                       a!126)))
      (a!132 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                  a!124
                  (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                       a!124
                       a!131)))
      (a!140 (ite (and (= rule@10 #x0c) true)
                  #x00
                  (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                       #x00
                       a!139)))
      (a!146 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                  #x00
                  (ite (and (= rule@10 #x0c) (= migrate0.newpage@10 #x01))
                       #x00
                       a!145)))
      (a!150 (ite (and (= rule@10 #x0c) true)
                  #x09
                  (ite (and (= rule@10 #x0d) true) #x08 a!149)))
      (a!167 (= fault0.pc@11 (ite (and (= rule@10 #x12) true) #x01 a!166))))
(let ((a!23 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!19
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!19
                      a!22)))
      (a!27 (ite (and (= rule@10 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                      a!19
                      a!26)))
      (a!31 (ite (and (= rule@10 #x12) (= shmem.i_pages@10 #x00))
                 (bvadd (ite (= shmem.i_pages@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!30))
      (a!41 (ite (and (= rule@10 #x12) (= shmem.i_pages@10 #x01))
                 (bvadd (ite (= shmem.i_pages@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!40))
      (a!52 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!47
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!48
                      a!51)))
      (a!56 (= |PG_lru[F1]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                    a!47
                    a!55)))
      (a!61 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!57
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!57
                      a!60)))
      (a!65 (= |PG_anon_exclusive[F1]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                    a!57
                    a!64)))
      (a!70 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!66
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!66
                      a!69)))
      (a!74 (= |folio.mapping[F1]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                    a!66
                    a!73)))
      (a!79 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!75
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!75
                      a!78)))
      (a!83 (= |folio.index[F1]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                    a!75
                    a!82)))
      (a!88 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!84
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!84
                      a!87)))
      (a!93 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                 a!84
                 (ite (and (= rule@10 #x0b) (= migrate0.newpage@10 #x01))
                      |folio.data[F0]@10|
                      a!92)))
      (a!99 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!95
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!95
                      a!98)))
      (a!103 (ite (and (= rule@10 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@10|)
                  (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                       a!95
                       a!102)))
      (a!108 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                  a!104
                  (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                       a!104
                       a!107)))
      (a!113 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                  a!104
                  (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x01))
                       |page.mapping(shmem)[F0]@10|
                       a!112)))
      (a!118 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                  a!114
                  (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                       a!114
                       a!117)))
      (a!123 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                  a!114
                  (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x01))
                       |PG_swapcache[F0]@10|
                       a!122)))
      (a!128 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                  a!124
                  (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                       a!124
                       a!127)))
      (a!133 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                  a!124
                  (ite (and (= rule@10 #x0b) (= migrate0.newpage@10 #x01))
                       |PG_dirty[F0]@10|
                       a!132)))
      (a!141 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                  #x00
                  (ite (and (= rule@10 #x0c) (= migrate0.newpage@10 #x00))
                       #x00
                       a!140)))
      (a!147 (= |PG_locked[F1]@11|
                (ite (and (= rule@10 #x03) (= a!3 #x01)) #x01 a!146)))
      (a!151 (ite (and (= rule@10 #x0a) true)
                  #x07
                  (ite (and (= rule@10 #x0b) true) #x07 a!150))))
(let ((a!24 (ite (and (= rule@10 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      a!19
                      a!23)))
      (a!32 (ite (and (= rule@10 #x0e) true)
                 (bvsub |folio.refcount[F0]@10| #x01)
                 (ite (and (= rule@10 #x0f) true)
                      (bvsub |folio.refcount[F0]@10| #x01)
                      a!31)))
      (a!42 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!41))
      (a!53 (ite (and (= rule@10 #x00) true)
                 #x00
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      a!47
                      a!52)))
      (a!62 (= |PG_anon_exclusive[F0]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                    a!57
                    a!61)))
      (a!71 (= |folio.mapping[F0]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                    a!66
                    a!70)))
      (a!80 (= |folio.index[F0]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                    a!75
                    a!79)))
      (a!89 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                 a!84
                 (ite (and (= rule@10 #x0b) (= migrate0.newpage@10 #x00))
                      |folio.data[F0]@10|
                      a!88)))
      (a!94 (= |folio.data[F1]@11|
               (ite (and (= rule@10 #x03) (= a!3 #x01)) #x00 a!93)))
      (a!100 (ite (and (= rule@10 #x03) (= a!3 #x00))
                  (bvsub #x01 |folio.node[F0]@10|)
                  (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                       a!95
                       a!99)))
      (a!109 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x00))
                  |page.mapping(shmem)[F0]@10|
                  (ite (and (= rule@10 #x0b) true) #x00 a!108)))
      (a!119 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x00))
                  |PG_swapcache[F0]@10|
                  (ite (and (= rule@10 #x0b) true) #x00 a!118)))
      (a!129 (ite (and (= rule@10 #x0b) (= migrate0.newpage@10 #x00))
                  |PG_dirty[F0]@10|
                  (ite (and (= rule@10 #x0b) true) #x00 a!128)))
      (a!142 (ite (and (= rule@10 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@10 #x05) true) #x00 a!141)))
      (a!152 (ite (and (= rule@10 #x08) true)
                  #x08
                  (ite (and (= rule@10 #x09) true) #x06 a!151))))
(let ((a!33 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!32))
      (a!43 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!42))
      (a!90 (= |folio.data[F0]@11|
               (ite (and (= rule@10 #x03) (= a!3 #x00)) #x00 a!89)))
      (a!110 (ite (and (= rule@10 #x05) true)
                  #x00
                  (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                       a!104
                       a!109)))
      (a!120 (ite (and (= rule@10 #x05) true)
                  #x01
                  (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                       a!114
                       a!119)))
      (a!130 (ite (and (= rule@10 #x05) true)
                  #x01
                  (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                       a!124
                       a!129)))
      (a!143 (= |PG_locked[F0]@11| (ite (and (= rule@10 #x02) true) #x01 a!142)))
      (a!153 (ite (and (= rule@10 #x06) true)
                  #x05
                  (ite (and (= rule@10 #x07) true) #x07 a!152))))
(let ((a!34 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!33))
      (a!44 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x01))
                 (bvadd (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!43))
      (a!154 (ite (and (= rule@10 #x04) true)
                  #x05
                  (ite (and (= rule@10 #x05) true) #x04 a!153))))
(let ((a!35 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x00))
                 (bvadd (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 (ite (and (= rule@10 #x09) true)
                      (bvsub |folio.refcount[F0]@10| #x01)
                      a!34)))
      (a!45 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!44))
      (a!155 (ite (and (= rule@10 #x02) true)
                  #x02
                  (ite (and (= rule@10 #x03) true) #x03 a!154))))
(let ((a!36 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!35))
      (a!46 (= |folio.refcount[F1]@11|
               (ite (and (= rule@10 #x03) (= a!3 #x01)) #x01 a!45)))
      (a!156 (ite (and (= rule@10 #x00) true)
                  #x01
                  (ite (and (= rule@10 #x01) true) #x0a a!155))))
(let ((a!37 (ite (and (= rule@10 #x00) true)
                 (bvadd |folio.refcount[F0]@10| #x01)
                 (ite (and (= rule@10 #x03) (= a!3 #x00)) #x01 a!36))))
  (and a!18
       (= |alive[P0]@11| |alive[P0]@10|)
       (= |pte[P0][0]@11| |pte[P0][0]@10|)
       (= |pte.folio[P0][0]@11| |pte.folio[P0][0]@10|)
       (= |pte.write[P0][0]@11| |pte.write[P0][0]@10|)
       (= |expected[P0][0]@11| |expected[P0][0]@10|)
       (= |anon_vma.list[av0][0]@11| |anon_vma.list[av0][0]@10|)
       (= |anon_vma.len[av0]@11| |anon_vma.len[av0]@10|)
       (= |anon_vma.refcount[av0]@11| |anon_vma.refcount[av0]@10|)
       (= |folio.used[F0]@11| a!24)
       (= |folio.used[F1]@11| a!27)
       (= |folio.refcount[F0]@11| a!37)
       a!46
       (= |folio.mapcount[F0]@11| |folio.mapcount[F0]@10|)
       (= |folio.mapcount[F1]@11| |folio.mapcount[F1]@10|)
       (= |PG_lru[F0]@11| a!53)
       a!56
       a!62
       a!65
       a!71
       a!74
       a!80
       a!83
       a!90
       a!94
       (= |folio.node[F0]@11| a!100)
       (= |folio.node[F1]@11| a!103)
       (= |page.mapping(shmem)[F0]@11| a!110)
       (= |page.mapping(shmem)[F1]@11| a!113)
       (= |PG_swapcache[F0]@11| a!120)
       (= |PG_swapcache[F1]@11| a!123)
       (= |PG_dirty[F0]@11| a!130)
       (= |PG_dirty[F1]@11| a!133)
       (= shmem.i_pages@11 a!135)
       a!137
       (= |&mm->mmap_lock.writer[P0]@11| |&mm->mmap_lock.writer[P0]@10|)
       (= |&mm->mmap_lock.readers[P0]@11| |&mm->mmap_lock.readers[P0]@10|)
       (= |&anon_vma->rwsem.writer[av0]@11| |&anon_vma->rwsem.writer[av0]@10|)
       (= |&anon_vma->rwsem.readers[av0]@11| |&anon_vma->rwsem.readers[av0]@10|)
       (= |ptlock_ptr(page)[P0]@11| |ptlock_ptr(page)[P0]@10|)
       a!143
       a!147
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
       (= migrate0.pc@11 a!156)
       a!158
       (= migrate0.newpage@11 a!160)
       (= migrate0.ok@11 a!162)
       (= migrate0.mapping_is_swapper@11 a!163)
       a!164
       a!167
       (= fault0.page@11 a!169)
       (= fault0.from_swap@11 a!170)
       (bvule |alive[P0]@11| #x01)
       (bvule |pte[P0][0]@11| #x07)
       (bvule |pte.folio[P0][0]@11| #x01)
       (bvule |pte.write[P0][0]@11| #x01)
       (bvule |expected[P0][0]@11| #x01)
       (bvule |anon_vma.list[av0][0]@11| #x00)
       (bvule |anon_vma.len[av0]@11| #x01)
       (bvule |anon_vma.refcount[av0]@11| #x05)
       (bvule |folio.used[F0]@11| #x01)
       (bvule |folio.used[F1]@11| #x01)
       (bvule |folio.refcount[F0]@11| #x05)
       (bvule |folio.refcount[F1]@11| #x05)
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
       (bvule |&mm->mmap_lock.writer[P0]@11| #x02)
       (bvule |&mm->mmap_lock.readers[P0]@11| #x02)
       (bvule |&anon_vma->rwsem.writer[av0]@11| #x02)
       (bvule |&anon_vma->rwsem.readers[av0]@11| #x02)
       (bvule |ptlock_ptr(page)[P0]@11| #x02)
       (bvule |PG_locked[F0]@11| #x02)
       (bvule |PG_locked[F1]@11| #x02)
       (bvule |&mapping->tree_lock.writer[shmem]@11| #x02)
       (bvule |&mapping->tree_lock.writer[swapper_space]@11| #x02)
       (bvule |&mapping->tree_lock.readers[shmem]@11| #x02)
       (bvule |&mapping->tree_lock.readers[swapper_space]@11| #x02)
       (bvule |swap_lock[0]@11| #x02)
       (bvule |&info->lock[0]@11| #x02)
       (bvule |lru_lock[0]@11| #x02)
       (bvule migrate0.pc@11 #x0a)
       (bvule migrate0.isolated@11 #x01)
       (bvule migrate0.newpage@11 #x02)
       (bvule migrate0.ok@11 #x01)
       (bvule migrate0.mapping_is_swapper@11 #x01)
       (bvule migrate0.pass@11 #x01)
       (bvule fault0.pc@11 #x03)
       (bvule fault0.page@11 #x02)
       (bvule fault0.from_swap@11 #x01)))))))))))))
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
      (a!12 (and (= rule@11 #x0d)
                 (= migrate0.pc@11 #x07)
                 (not (not (= migrate0.ok@11 #x00)))))
      (a!13 (and (= rule@11 #x0f)
                 (= migrate0.pc@11 #x09)
                 (not (not (= migrate0.ok@11 #x00)))))
      (a!14 (and (= rule@11 #x14)
                 (= fault0.pc@11 #x01)
                 (= (ite (= fault0.page@11 #x00)
                         |PG_locked[F0]@11|
                         |PG_locked[F1]@11|)
                    #x00)))
      (a!15 (not (= (ite (= fault0.page@11 #x00)
                         |PG_swapcache[F0]@11|
                         |PG_swapcache[F1]@11|)
                    #x00)))
      (a!16 (not (= (ite (= fault0.page@11 #x00)
                         |page.mapping(shmem)[F0]@11|
                         |page.mapping(shmem)[F1]@11|)
                    #x00)))
      (a!19 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.used[F0]@11|
                      |folio.used[F1]@11|)))
      (a!20 (ite (= (ite (= fault0.page@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= fault0.page@11 #x00)
                      |folio.used[F0]@11|
                      |folio.used[F1]@11|)))
      (a!28 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                 (bvsub (ite (= fault0.page@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 |folio.refcount[F0]@11|))
      (a!38 (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                 (bvsub (ite (= fault0.page@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 |folio.refcount[F1]@11|))
      (a!47 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |PG_lru[F0]@11|
                      |PG_lru[F1]@11|)))
      (a!48 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 #x01))
      (a!49 (ite (= (ite (= fault0.page@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= fault0.page@11 #x00) |PG_lru[F0]@11| |PG_lru[F1]@11|)))
      (a!57 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |PG_anon_exclusive[F0]@11|
                      |PG_anon_exclusive[F1]@11|)))
      (a!58 (ite (= (ite (= fault0.page@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= fault0.page@11 #x00)
                      |PG_anon_exclusive[F0]@11|
                      |PG_anon_exclusive[F1]@11|)))
      (a!66 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.mapping[F0]@11|
                      |folio.mapping[F1]@11|)))
      (a!67 (ite (= (ite (= fault0.page@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x01
                 (ite (= fault0.page@11 #x00)
                      |folio.mapping[F0]@11|
                      |folio.mapping[F1]@11|)))
      (a!75 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.index[F0]@11|
                      |folio.index[F1]@11|)))
      (a!76 (ite (= (ite (= fault0.page@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= fault0.page@11 #x00)
                      |folio.index[F0]@11|
                      |folio.index[F1]@11|)))
      (a!84 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.data[F0]@11|
                      |folio.data[F1]@11|)))
      (a!85 (ite (= (ite (= fault0.page@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= fault0.page@11 #x00)
                      |folio.data[F0]@11|
                      |folio.data[F1]@11|)))
      (a!95 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.node[F0]@11|
                      |folio.node[F1]@11|)))
      (a!96 (ite (= (ite (= fault0.page@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= fault0.page@11 #x00)
                      |folio.node[F0]@11|
                      |folio.node[F1]@11|)))
      (a!104 (ite (= (ite (= migrate0.newpage@11 #x00)
                          |folio.refcount[F0]@11|
                          |folio.refcount[F1]@11|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@11 #x00)
                       |page.mapping(shmem)[F0]@11|
                       |page.mapping(shmem)[F1]@11|)))
      (a!105 (ite (= (ite (= fault0.page@11 #x00)
                          |folio.refcount[F0]@11|
                          |folio.refcount[F1]@11|)
                     #x01)
                  #x00
                  (ite (= fault0.page@11 #x00)
                       |page.mapping(shmem)[F0]@11|
                       |page.mapping(shmem)[F1]@11|)))
      (a!114 (ite (= (ite (= migrate0.newpage@11 #x00)
                          |folio.refcount[F0]@11|
                          |folio.refcount[F1]@11|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@11 #x00)
                       |PG_swapcache[F0]@11|
                       |PG_swapcache[F1]@11|)))
      (a!115 (ite (= (ite (= fault0.page@11 #x00)
                          |folio.refcount[F0]@11|
                          |folio.refcount[F1]@11|)
                     #x01)
                  #x00
                  (ite (= fault0.page@11 #x00)
                       |PG_swapcache[F0]@11|
                       |PG_swapcache[F1]@11|)))
      (a!124 (ite (= (ite (= migrate0.newpage@11 #x00)
                          |folio.refcount[F0]@11|
                          |folio.refcount[F1]@11|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@11 #x00)
                       |PG_dirty[F0]@11|
                       |PG_dirty[F1]@11|)))
      (a!125 (ite (= (ite (= fault0.page@11 #x00)
                          |folio.refcount[F0]@11|
                          |folio.refcount[F1]@11|)
                     #x01)
                  #x00
                  (ite (= fault0.page@11 #x00)
                       |PG_dirty[F0]@11|
                       |PG_dirty[F1]@11|)))
      (a!134 (ite (not (not (= migrate0.mapping_is_swapper@11 #x00)))
                  migrate0.newpage@11
                  shmem.i_pages@11))
      (a!136 (ite (and (= rule@11 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@11 #x00))
                       migrate0.newpage@11
                       swapper_space.i_pages@11)
                  swapper_space.i_pages@11))
      (a!138 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                  #x00
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                       #x00
                       |PG_locked[F0]@11|)))
      (a!144 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                  #x00
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                       #x00
                       |PG_locked[F1]@11|)))
      (a!148 (ite (and (= rule@11 #x10) true)
                  #x01
                  (ite (and (= rule@11 #x11) true) #x09 migrate0.pc@11)))
      (a!157 (ite (and (= rule@11 #x0e) true)
                  #x00
                  (ite (and (= rule@11 #x0f) true) #x00 migrate0.isolated@11)))
      (a!159 (ite (and (= rule@11 #x0d) true)
                  #x02
                  (ite (and (= rule@11 #x0e) true) #x02 migrate0.newpage@11)))
      (a!161 (ite (and (= rule@11 #x0b) true)
                  #x01
                  (ite (and (= rule@11 #x11) true) #x00 migrate0.ok@11)))
      (a!163 (ite (and (= rule@11 #x04) true)
                  |PG_swapcache[F0]@11|
                  (ite (and (= rule@11 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@11)))
      (a!164 (= migrate0.pass@12
                (ite (and (= rule@11 #x10) true)
                     (bvadd migrate0.pass@11 #x01)
                     migrate0.pass@11)))
      (a!165 (ite (and (= rule@11 #x15) true)
                  #x03
                  (ite (and (= rule@11 #x16) true) #x00 fault0.pc@11)))
      (a!168 (ite (and (= rule@11 #x15) true)
                  #x02
                  (ite (and (= rule@11 #x16) true) #x02 fault0.page@11)))
      (a!170 (ite (and (= rule@11 #x12) true)
                  #x00
                  (ite (and (= rule@11 #x13) true) #x01 fault0.from_swap@11))))
(let ((a!4 (and (= rule@11 #x03)
                (= migrate0.pc@11 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@11| |PG_locked[F1]@11|)
                   #x00)))
      (a!11 (not (and (not (= |page.mapping(shmem)[F0]@11| #x00))
                      (= |folio.refcount[F0]@11| #x02)
                      a!10)))
      (a!17 (ite (not (= fault0.from_swap@11 #x00))
                 (and (= swapper_space.i_pages@11 fault0.page@11) a!15)
                 (and (= shmem.i_pages@11 fault0.page@11) a!16)))
      (a!21 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                 a!20
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                      a!20
                      |folio.used[F0]@11|)))
      (a!25 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                 a!20
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                      a!20
                      |folio.used[F1]@11|)))
      (a!29 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                 (bvsub (ite (= fault0.page@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!28))
      (a!39 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                 (bvsub (ite (= fault0.page@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                 a!49
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                      a!49
                      |PG_lru[F0]@11|)))
      (a!54 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                 a!49
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                      a!49
                      |PG_lru[F1]@11|)))
      (a!59 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                 a!58
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                      a!58
                      |PG_anon_exclusive[F0]@11|)))
      (a!63 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                 a!58
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                      a!58
                      |PG_anon_exclusive[F1]@11|)))
      (a!68 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                 a!67
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                      a!67
                      |folio.mapping[F0]@11|)))
      (a!72 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                 a!67
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                      a!67
                      |folio.mapping[F1]@11|)))
      (a!77 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                 a!76
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                      a!76
                      |folio.index[F0]@11|)))
      (a!81 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                 a!76
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                      a!76
                      |folio.index[F1]@11|)))
      (a!86 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                 a!85
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                      a!85
                      |folio.data[F0]@11|)))
      (a!91 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                 a!85
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                      a!85
                      |folio.data[F1]@11|)))
      (a!97 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                 a!96
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                      a!96
                      |folio.node[F0]@11|)))
      (a!101 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                  a!96
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                       a!96
                       |folio.node[F1]@11|)))
      (a!106 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                  a!105
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                       a!105
                       |page.mapping(shmem)[F0]@11|)))
      (a!111 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                  a!105
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                       a!105
                       |page.mapping(shmem)[F1]@11|)))
      (a!116 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                  a!115
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                       a!115
                       |PG_swapcache[F0]@11|)))
      (a!121 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                  a!115
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                       a!115
                       |PG_swapcache[F1]@11|)))
      (a!126 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                  a!125
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                       a!125
                       |PG_dirty[F0]@11|)))
      (a!131 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                  a!125
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                       a!125
                       |PG_dirty[F1]@11|)))
      (a!135 (ite (and (= rule@11 #x05) true)
                  #x02
                  (ite (and (= rule@11 #x09) true) a!134 shmem.i_pages@11)))
      (a!137 (= swapper_space.i_pages@12
                (ite (and (= rule@11 #x05) true) #x00 a!136)))
      (a!139 (ite (and (= rule@11 #x0d) true)
                  #x00
                  (ite (and (= rule@11 #x14) (= fault0.page@11 #x00))
                       #x02
                       a!138)))
      (a!145 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                  #x00
                  (ite (and (= rule@11 #x14) (= fault0.page@11 #x01))
                       #x02
                       a!144)))
      (a!149 (ite (and (= rule@11 #x0e) true)
                  #x0a
                  (ite (and (= rule@11 #x0f) true) #x0a a!148)))
      (a!158 (= migrate0.isolated@12
                (ite (and (= rule@11 #x00) true) #x01 a!157)))
      (a!160 (ite (and (= rule@11 #x03) true)
                  a!3
                  (ite (and (= rule@11 #x08) true) #x02 a!159)))
      (a!162 (ite (and (= rule@11 #x07) true)
                  #x00
                  (ite (and (= rule@11 #x0a) true) #x00 a!161)))
      (a!166 (ite (and (= rule@11 #x13) true)
                  #x01
                  (ite (and (= rule@11 #x14) true) #x02 a!165)))
      (a!169 (ite (and (= rule@11 #x12) true)
                  shmem.i_pages@11
                  (ite (and (= rule@11 #x13) true)
                       swapper_space.i_pages@11
                       a!168))))
(let ((a!18 (or (and (= rule@11 #x00)
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
                (and (= rule@11 #x09)
                     (= migrate0.pc@11 #x05)
                     (= (ite a!9
                             |&mapping->tree_lock.writer[shmem]@11|
                             |&mapping->tree_lock.writer[swapper_space]@11|)
                        #x00)
                     (= (ite a!9
                             |&mapping->tree_lock.readers[shmem]@11|
                             |&mapping->tree_lock.readers[swapper_space]@11|)
                        #x00)
                     (not (= |page.mapping(shmem)[F0]@11| #x00))
                     (= |folio.refcount[F0]@11| #x02)
                     a!10)
                (and (= rule@11 #x0a) (= migrate0.pc@11 #x05) a!11)
                (and (= rule@11 #x0b) (= migrate0.pc@11 #x06))
                (and (= rule@11 #x0c)
                     (= migrate0.pc@11 #x07)
                     (not (= migrate0.ok@11 #x00)))
                a!12
                (and (= rule@11 #x0e)
                     (= migrate0.pc@11 #x09)
                     (not (= migrate0.ok@11 #x00)))
                a!13
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
                a!14
                (and (= rule@11 #x15) (= fault0.pc@11 #x02) a!17)
                (and (= rule@11 #x16) (= fault0.pc@11 #x02) (not a!17))))
      (a!22 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |folio.used[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.used[F0]@11|)
                      a!21)))
      (a!26 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!19
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!19
                      a!25)))
      (a!30 (ite (and (= rule@11 #x13) (= swapper_space.i_pages@11 #x00))
                 (bvadd (ite (= swapper_space.i_pages@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!29))
      (a!40 (ite (and (= rule@11 #x13) (= swapper_space.i_pages@11 #x01))
                 (bvadd (ite (= swapper_space.i_pages@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |PG_lru[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01) #x00 #x01)
                      a!50)))
      (a!55 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!47
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!48
                      a!54)))
      (a!60 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@11|)
                      a!59)))
      (a!64 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!57
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!57
                      a!63)))
      (a!69 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x01
                      |folio.mapping[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x01
                           |folio.mapping[F0]@11|)
                      a!68)))
      (a!73 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!66
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!66
                      a!72)))
      (a!78 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x00
                      |folio.index[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.index[F0]@11|)
                      a!77)))
      (a!82 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!75
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!75
                      a!81)))
      (a!87 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |folio.data[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.data[F0]@11|)
                      a!86)))
      (a!92 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!84
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!84
                      a!91)))
      (a!98 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |folio.node[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.node[F0]@11|)
                      a!97)))
      (a!102 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                  a!95
                  (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                       a!95
                       a!101)))
      (a!107 (ite (and (= rule@11 #x0e) true)
                  (ite (= |folio.refcount[F0]@11| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@11|)
                  (ite (and (= rule@11 #x0f) true)
                       (ite (= |folio.refcount[F0]@11| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@11|)
                       a!106)))
      (a!112 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                  a!104
                  (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                       a!104
                       a!111)))
      (a!117 (ite (and (= rule@11 #x0e) true)
                  (ite (= |folio.refcount[F0]@11| #x01)
                       #x00
                       |PG_swapcache[F0]@11|)
                  (ite (and (= rule@11 #x0f) true)
                       (ite (= |folio.refcount[F0]@11| #x01)
                            #x00
                            |PG_swapcache[F0]@11|)
                       a!116)))
      (a!122 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                  a!114
                  (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                       a!114
                       a!121)))
      (a!127 (ite (and (= rule@11 #x0e) true)
                  (ite (= |folio.refcount[F0]@11| #x01) #x00 |PG_dirty[F0]@11|)
                  (ite (and (= rule@11 #x0f) true)
                       (ite (= |folio.refcount[F0]@11| #x01)
                            #x00
                            |PG_dirty[F0]@11|)
                       a!126)))
      (a!132 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                  a!124
                  (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                       a!124
                       a!131)))
      (a!140 (ite (and (= rule@11 #x0c) true)
                  #x00
                  (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                       #x00
                       a!139)))
      (a!146 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                  #x00
                  (ite (and (= rule@11 #x0c) (= migrate0.newpage@11 #x01))
                       #x00
                       a!145)))
      (a!150 (ite (and (= rule@11 #x0c) true)
                  #x09
                  (ite (and (= rule@11 #x0d) true) #x08 a!149)))
      (a!167 (= fault0.pc@12 (ite (and (= rule@11 #x12) true) #x01 a!166))))
(let ((a!23 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!19
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!19
                      a!22)))
      (a!27 (ite (and (= rule@11 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                      a!19
                      a!26)))
      (a!31 (ite (and (= rule@11 #x12) (= shmem.i_pages@11 #x00))
                 (bvadd (ite (= shmem.i_pages@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!30))
      (a!41 (ite (and (= rule@11 #x12) (= shmem.i_pages@11 #x01))
                 (bvadd (ite (= shmem.i_pages@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!40))
      (a!52 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!47
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!48
                      a!51)))
      (a!56 (= |PG_lru[F1]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                    a!47
                    a!55)))
      (a!61 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!57
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!57
                      a!60)))
      (a!65 (= |PG_anon_exclusive[F1]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                    a!57
                    a!64)))
      (a!70 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!66
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!66
                      a!69)))
      (a!74 (= |folio.mapping[F1]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                    a!66
                    a!73)))
      (a!79 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!75
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!75
                      a!78)))
      (a!83 (= |folio.index[F1]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                    a!75
                    a!82)))
      (a!88 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!84
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!84
                      a!87)))
      (a!93 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                 a!84
                 (ite (and (= rule@11 #x0b) (= migrate0.newpage@11 #x01))
                      |folio.data[F0]@11|
                      a!92)))
      (a!99 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!95
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!95
                      a!98)))
      (a!103 (ite (and (= rule@11 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@11|)
                  (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                       a!95
                       a!102)))
      (a!108 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                  a!104
                  (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                       a!104
                       a!107)))
      (a!113 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                  a!104
                  (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x01))
                       |page.mapping(shmem)[F0]@11|
                       a!112)))
      (a!118 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                  a!114
                  (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                       a!114
                       a!117)))
      (a!123 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                  a!114
                  (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x01))
                       |PG_swapcache[F0]@11|
                       a!122)))
      (a!128 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                  a!124
                  (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                       a!124
                       a!127)))
      (a!133 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                  a!124
                  (ite (and (= rule@11 #x0b) (= migrate0.newpage@11 #x01))
                       |PG_dirty[F0]@11|
                       a!132)))
      (a!141 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                  #x00
                  (ite (and (= rule@11 #x0c) (= migrate0.newpage@11 #x00))
                       #x00
                       a!140)))
      (a!147 (= |PG_locked[F1]@12|
                (ite (and (= rule@11 #x03) (= a!3 #x01)) #x01 a!146)))
      (a!151 (ite (and (= rule@11 #x0a) true)
                  #x07
                  (ite (and (= rule@11 #x0b) true) #x07 a!150))))
(let ((a!24 (ite (and (= rule@11 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      a!19
                      a!23)))
      (a!32 (ite (and (= rule@11 #x0e) true)
                 (bvsub |folio.refcount[F0]@11| #x01)
                 (ite (and (= rule@11 #x0f) true)
                      (bvsub |folio.refcount[F0]@11| #x01)
                      a!31)))
      (a!42 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!41))
      (a!53 (ite (and (= rule@11 #x00) true)
                 #x00
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      a!47
                      a!52)))
      (a!62 (= |PG_anon_exclusive[F0]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                    a!57
                    a!61)))
      (a!71 (= |folio.mapping[F0]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                    a!66
                    a!70)))
      (a!80 (= |folio.index[F0]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                    a!75
                    a!79)))
      (a!89 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                 a!84
                 (ite (and (= rule@11 #x0b) (= migrate0.newpage@11 #x00))
                      |folio.data[F0]@11|
                      a!88)))
      (a!94 (= |folio.data[F1]@12|
               (ite (and (= rule@11 #x03) (= a!3 #x01)) #x00 a!93)))
      (a!100 (ite (and (= rule@11 #x03) (= a!3 #x00))
                  (bvsub #x01 |folio.node[F0]@11|)
                  (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                       a!95
                       a!99)))
      (a!109 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x00))
                  |page.mapping(shmem)[F0]@11|
                  (ite (and (= rule@11 #x0b) true) #x00 a!108)))
      (a!119 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x00))
                  |PG_swapcache[F0]@11|
                  (ite (and (= rule@11 #x0b) true) #x00 a!118)))
      (a!129 (ite (and (= rule@11 #x0b) (= migrate0.newpage@11 #x00))
                  |PG_dirty[F0]@11|
                  (ite (and (= rule@11 #x0b) true) #x00 a!128)))
      (a!142 (ite (and (= rule@11 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@11 #x05) true) #x00 a!141)))
      (a!152 (ite (and (= rule@11 #x08) true)
                  #x08
                  (ite (and (= rule@11 #x09) true) #x06 a!151))))
(let ((a!33 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!32))
      (a!43 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!42))
      (a!90 (= |folio.data[F0]@12|
               (ite (and (= rule@11 #x03) (= a!3 #x00)) #x00 a!89)))
      (a!110 (ite (and (= rule@11 #x05) true)
                  #x00
                  (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                       a!104
                       a!109)))
      (a!120 (ite (and (= rule@11 #x05) true)
                  #x01
                  (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                       a!114
                       a!119)))
      (a!130 (ite (and (= rule@11 #x05) true)
                  #x01
                  (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                       a!124
                       a!129)))
      (a!143 (= |PG_locked[F0]@12| (ite (and (= rule@11 #x02) true) #x01 a!142)))
      (a!153 (ite (and (= rule@11 #x06) true)
                  #x05
                  (ite (and (= rule@11 #x07) true) #x07 a!152))))
(let ((a!34 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!33))
      (a!44 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x01))
                 (bvadd (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!43))
      (a!154 (ite (and (= rule@11 #x04) true)
                  #x05
                  (ite (and (= rule@11 #x05) true) #x04 a!153))))
(let ((a!35 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x00))
                 (bvadd (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 (ite (and (= rule@11 #x09) true)
                      (bvsub |folio.refcount[F0]@11| #x01)
                      a!34)))
      (a!45 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!44))
      (a!155 (ite (and (= rule@11 #x02) true)
                  #x02
                  (ite (and (= rule@11 #x03) true) #x03 a!154))))
(let ((a!36 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!35))
      (a!46 (= |folio.refcount[F1]@12|
               (ite (and (= rule@11 #x03) (= a!3 #x01)) #x01 a!45)))
      (a!156 (ite (and (= rule@11 #x00) true)
                  #x01
                  (ite (and (= rule@11 #x01) true) #x0a a!155))))
(let ((a!37 (ite (and (= rule@11 #x00) true)
                 (bvadd |folio.refcount[F0]@11| #x01)
                 (ite (and (= rule@11 #x03) (= a!3 #x00)) #x01 a!36))))
  (and a!18
       (= |alive[P0]@12| |alive[P0]@11|)
       (= |pte[P0][0]@12| |pte[P0][0]@11|)
       (= |pte.folio[P0][0]@12| |pte.folio[P0][0]@11|)
       (= |pte.write[P0][0]@12| |pte.write[P0][0]@11|)
       (= |expected[P0][0]@12| |expected[P0][0]@11|)
       (= |anon_vma.list[av0][0]@12| |anon_vma.list[av0][0]@11|)
       (= |anon_vma.len[av0]@12| |anon_vma.len[av0]@11|)
       (= |anon_vma.refcount[av0]@12| |anon_vma.refcount[av0]@11|)
       (= |folio.used[F0]@12| a!24)
       (= |folio.used[F1]@12| a!27)
       (= |folio.refcount[F0]@12| a!37)
       a!46
       (= |folio.mapcount[F0]@12| |folio.mapcount[F0]@11|)
       (= |folio.mapcount[F1]@12| |folio.mapcount[F1]@11|)
       (= |PG_lru[F0]@12| a!53)
       a!56
       a!62
       a!65
       a!71
       a!74
       a!80
       a!83
       a!90
       a!94
       (= |folio.node[F0]@12| a!100)
       (= |folio.node[F1]@12| a!103)
       (= |page.mapping(shmem)[F0]@12| a!110)
       (= |page.mapping(shmem)[F1]@12| a!113)
       (= |PG_swapcache[F0]@12| a!120)
       (= |PG_swapcache[F1]@12| a!123)
       (= |PG_dirty[F0]@12| a!130)
       (= |PG_dirty[F1]@12| a!133)
       (= shmem.i_pages@12 a!135)
       a!137
       (= |&mm->mmap_lock.writer[P0]@12| |&mm->mmap_lock.writer[P0]@11|)
       (= |&mm->mmap_lock.readers[P0]@12| |&mm->mmap_lock.readers[P0]@11|)
       (= |&anon_vma->rwsem.writer[av0]@12| |&anon_vma->rwsem.writer[av0]@11|)
       (= |&anon_vma->rwsem.readers[av0]@12| |&anon_vma->rwsem.readers[av0]@11|)
       (= |ptlock_ptr(page)[P0]@12| |ptlock_ptr(page)[P0]@11|)
       a!143
       a!147
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
       (= migrate0.pc@12 a!156)
       a!158
       (= migrate0.newpage@12 a!160)
       (= migrate0.ok@12 a!162)
       (= migrate0.mapping_is_swapper@12 a!163)
       a!164
       a!167
       (= fault0.page@12 a!169)
       (= fault0.from_swap@12 a!170)
       (bvule |alive[P0]@12| #x01)
       (bvule |pte[P0][0]@12| #x07)
       (bvule |pte.folio[P0][0]@12| #x01)
       (bvule |pte.write[P0][0]@12| #x01)
       (bvule |expected[P0][0]@12| #x01)
       (bvule |anon_vma.list[av0][0]@12| #x00)
       (bvule |anon_vma.len[av0]@12| #x01)
       (bvule |anon_vma.refcount[av0]@12| #x05)
       (bvule |folio.used[F0]@12| #x01)
       (bvule |folio.used[F1]@12| #x01)
       (bvule |folio.refcount[F0]@12| #x05)
       (bvule |folio.refcount[F1]@12| #x05)
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
       (bvule |&mm->mmap_lock.writer[P0]@12| #x02)
       (bvule |&mm->mmap_lock.readers[P0]@12| #x02)
       (bvule |&anon_vma->rwsem.writer[av0]@12| #x02)
       (bvule |&anon_vma->rwsem.readers[av0]@12| #x02)
       (bvule |ptlock_ptr(page)[P0]@12| #x02)
       (bvule |PG_locked[F0]@12| #x02)
       (bvule |PG_locked[F1]@12| #x02)
       (bvule |&mapping->tree_lock.writer[shmem]@12| #x02)
       (bvule |&mapping->tree_lock.writer[swapper_space]@12| #x02)
       (bvule |&mapping->tree_lock.readers[shmem]@12| #x02)
       (bvule |&mapping->tree_lock.readers[swapper_space]@12| #x02)
       (bvule |swap_lock[0]@12| #x02)
       (bvule |&info->lock[0]@12| #x02)
       (bvule |lru_lock[0]@12| #x02)
       (bvule migrate0.pc@12 #x0a)
       (bvule migrate0.isolated@12 #x01)
       (bvule migrate0.newpage@12 #x02)
       (bvule migrate0.ok@12 #x01)
       (bvule migrate0.mapping_is_swapper@12 #x01)
       (bvule migrate0.pass@12 #x01)
       (bvule fault0.pc@12 #x03)
       (bvule fault0.page@12 #x02)
       (bvule fault0.from_swap@12 #x01)))))))))))))
(assert (let ((a!1 (or (not (not (= |pte[P0][0]@0| #x00)))
               (= (ite (= |pte.folio[P0][0]@0| #x00)
                       |folio.data[F0]@0|
                       |folio.data[F1]@0|)
                  |expected[P0][0]@0|)))
      (a!2 (not (= (ite (= fault0.page@0 #x00)
                        |PG_swapcache[F0]@0|
                        |PG_swapcache[F1]@0|)
                   #x00)))
      (a!3 (not (= (ite (= fault0.page@0 #x00)
                        |page.mapping(shmem)[F0]@0|
                        |page.mapping(shmem)[F1]@0|)
                   #x00)))
      (a!5 (not (= (ite (= fault0.page@0 #x00)
                        |folio.data[F0]@0|
                        |folio.data[F1]@0|)
                   #x01)))
      (a!6 (= |folio.mapcount[F0]@0|
              (ite (and (= |pte[P0][0]@0| #x01) (= |pte.folio[P0][0]@0| #x00))
                   #x01
                   #x00)))
      (a!7 (bvadd migrate0.isolated@0
                  (ite (= migrate0.newpage@0 #x00) #x01 #x00)
                  (ite (= fault0.page@0 #x00) #x01 #x00)))
      (a!8 (bvadd (ite (= shmem.i_pages@0 #x00) #x01 #x00)
                  (ite (= swapper_space.i_pages@0 #x00) #x01 #x00)))
      (a!9 (not (and (not (= |pte[P0][0]@0| #x00))
                     (= |pte.folio[P0][0]@0| #x00))))
      (a!11 (= |folio.mapcount[F1]@0|
               (ite (and (= |pte[P0][0]@0| #x01) (= |pte.folio[P0][0]@0| #x01))
                    #x01
                    #x00)))
      (a!12 (bvadd (ite (= migrate0.newpage@0 #x01) #x01 #x00)
                   (ite (= fault0.page@0 #x01) #x01 #x00)))
      (a!13 (bvadd (ite (= shmem.i_pages@0 #x01) #x01 #x00)
                   (ite (= swapper_space.i_pages@0 #x01) #x01 #x00)))
      (a!14 (not (and (not (= |pte[P0][0]@0| #x00))
                      (= |pte.folio[P0][0]@0| #x01))))
      (a!16 (not (= (ite (= migrate0.newpage@0 #x00)
                         |folio.used[F0]@0|
                         |folio.used[F1]@0|)
                    #x00)))
      (a!18 (and (= migrate0.pc@0 #x07) (not (not (= migrate0.ok@0 #x00)))))
      (a!20 (not (and (bvuge |folio.refcount[F0]@0| #x01)
                      (not (= |folio.used[F0]@0| #x00)))))
      (a!22 (and (= migrate0.pc@0 #x09) (not (not (= migrate0.ok@0 #x00)))))
      (a!23 (not (= (ite (= fault0.page@0 #x00)
                         |folio.used[F0]@0|
                         |folio.used[F1]@0|)
                    #x00)))
      (a!27 (not (and (not (= |folio.used[F0]@0| #x00))
                      (not (= |PG_lru[F0]@0| #x00)))))
      (a!28 (or (not (not (= |folio.used[F0]@0| #x00)))
                (not (not (= |folio.used[F1]@0| #x00)))))
      (a!29 (ite (not (not (= |folio.used[F0]@0| #x00))) #x00 #x01))
      (a!31 (and (= migrate0.pc@0 #x03)
                 (or (not (= |PG_swapcache[F0]@0| #x00))
                     (not (= |page.mapping(shmem)[F0]@0| #x00)))
                 (not (= |PG_swapcache[F0]@0| #x00))))
      (a!32 (and (= migrate0.pc@0 #x03)
                 (or (not (= |PG_swapcache[F0]@0| #x00))
                     (not (= |page.mapping(shmem)[F0]@0| #x00)))
                 (not (not (= |PG_swapcache[F0]@0| #x00)))
                 (not (= |PG_dirty[F0]@0| #x00))
                 (= |&info->lock[0]@0| #x00)
                 (= |swap_lock[0]@0| #x00)
                 (= |&mapping->tree_lock.writer[swapper_space]@0| #x00)
                 (= |&mapping->tree_lock.readers[swapper_space]@0| #x00)))
      (a!33 (and (= migrate0.pc@0 #x03)
                 (or (not (= |PG_swapcache[F0]@0| #x00))
                     (not (= |page.mapping(shmem)[F0]@0| #x00)))
                 (not (not (= |PG_swapcache[F0]@0| #x00)))
                 (not (not (= |PG_dirty[F0]@0| #x00)))))
      (a!34 (not (or (not (= |PG_swapcache[F0]@0| #x00))
                     (not (= |page.mapping(shmem)[F0]@0| #x00)))))
      (a!35 (= (ite (not (= migrate0.mapping_is_swapper@0 #x00)) #x01 #x00)
               #x00))
      (a!36 (= (ite (not (= migrate0.mapping_is_swapper@0 #x00))
                    swapper_space.i_pages@0
                    shmem.i_pages@0)
               #x00))
      (a!38 (and (= fault0.pc@0 #x01)
                 (= (ite (= fault0.page@0 #x00)
                         |PG_locked[F0]@0|
                         |PG_locked[F1]@0|)
                    #x00)))
      (a!41 (or (not (not (= |pte[P0][0]@1| #x00)))
                (= (ite (= |pte.folio[P0][0]@1| #x00)
                        |folio.data[F0]@1|
                        |folio.data[F1]@1|)
                   |expected[P0][0]@1|)))
      (a!42 (not (= (ite (= fault0.page@1 #x00)
                         |PG_swapcache[F0]@1|
                         |PG_swapcache[F1]@1|)
                    #x00)))
      (a!43 (not (= (ite (= fault0.page@1 #x00)
                         |page.mapping(shmem)[F0]@1|
                         |page.mapping(shmem)[F1]@1|)
                    #x00)))
      (a!45 (not (= (ite (= fault0.page@1 #x00)
                         |folio.data[F0]@1|
                         |folio.data[F1]@1|)
                    #x01)))
      (a!46 (= |folio.mapcount[F0]@1|
               (ite (and (= |pte[P0][0]@1| #x01) (= |pte.folio[P0][0]@1| #x00))
                    #x01
                    #x00)))
      (a!47 (bvadd migrate0.isolated@1
                   (ite (= migrate0.newpage@1 #x00) #x01 #x00)
                   (ite (= fault0.page@1 #x00) #x01 #x00)))
      (a!48 (bvadd (ite (= shmem.i_pages@1 #x00) #x01 #x00)
                   (ite (= swapper_space.i_pages@1 #x00) #x01 #x00)))
      (a!49 (not (and (not (= |pte[P0][0]@1| #x00))
                      (= |pte.folio[P0][0]@1| #x00))))
      (a!51 (= |folio.mapcount[F1]@1|
               (ite (and (= |pte[P0][0]@1| #x01) (= |pte.folio[P0][0]@1| #x01))
                    #x01
                    #x00)))
      (a!52 (bvadd (ite (= migrate0.newpage@1 #x01) #x01 #x00)
                   (ite (= fault0.page@1 #x01) #x01 #x00)))
      (a!53 (bvadd (ite (= shmem.i_pages@1 #x01) #x01 #x00)
                   (ite (= swapper_space.i_pages@1 #x01) #x01 #x00)))
      (a!54 (not (and (not (= |pte[P0][0]@1| #x00))
                      (= |pte.folio[P0][0]@1| #x01))))
      (a!56 (not (= (ite (= migrate0.newpage@1 #x00)
                         |folio.used[F0]@1|
                         |folio.used[F1]@1|)
                    #x00)))
      (a!58 (and (= migrate0.pc@1 #x07) (not (not (= migrate0.ok@1 #x00)))))
      (a!60 (not (and (bvuge |folio.refcount[F0]@1| #x01)
                      (not (= |folio.used[F0]@1| #x00)))))
      (a!62 (and (= migrate0.pc@1 #x09) (not (not (= migrate0.ok@1 #x00)))))
      (a!63 (not (= (ite (= fault0.page@1 #x00)
                         |folio.used[F0]@1|
                         |folio.used[F1]@1|)
                    #x00)))
      (a!67 (not (and (not (= |folio.used[F0]@1| #x00))
                      (not (= |PG_lru[F0]@1| #x00)))))
      (a!68 (or (not (not (= |folio.used[F0]@1| #x00)))
                (not (not (= |folio.used[F1]@1| #x00)))))
      (a!69 (ite (not (not (= |folio.used[F0]@1| #x00))) #x00 #x01))
      (a!71 (and (= migrate0.pc@1 #x03)
                 (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))
                 (not (= |PG_swapcache[F0]@1| #x00))))
      (a!72 (and (= migrate0.pc@1 #x03)
                 (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))
                 (not (not (= |PG_swapcache[F0]@1| #x00)))
                 (not (= |PG_dirty[F0]@1| #x00))
                 (= |&info->lock[0]@1| #x00)
                 (= |swap_lock[0]@1| #x00)
                 (= |&mapping->tree_lock.writer[swapper_space]@1| #x00)
                 (= |&mapping->tree_lock.readers[swapper_space]@1| #x00)))
      (a!73 (and (= migrate0.pc@1 #x03)
                 (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))
                 (not (not (= |PG_swapcache[F0]@1| #x00)))
                 (not (not (= |PG_dirty[F0]@1| #x00)))))
      (a!74 (not (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))))
      (a!75 (= (ite (not (= migrate0.mapping_is_swapper@1 #x00)) #x01 #x00)
               #x00))
      (a!76 (= (ite (not (= migrate0.mapping_is_swapper@1 #x00))
                    swapper_space.i_pages@1
                    shmem.i_pages@1)
               #x00))
      (a!78 (and (= fault0.pc@1 #x01)
                 (= (ite (= fault0.page@1 #x00)
                         |PG_locked[F0]@1|
                         |PG_locked[F1]@1|)
                    #x00)))
      (a!81 (or (not (not (= |pte[P0][0]@2| #x00)))
                (= (ite (= |pte.folio[P0][0]@2| #x00)
                        |folio.data[F0]@2|
                        |folio.data[F1]@2|)
                   |expected[P0][0]@2|)))
      (a!82 (not (= (ite (= fault0.page@2 #x00)
                         |PG_swapcache[F0]@2|
                         |PG_swapcache[F1]@2|)
                    #x00)))
      (a!83 (not (= (ite (= fault0.page@2 #x00)
                         |page.mapping(shmem)[F0]@2|
                         |page.mapping(shmem)[F1]@2|)
                    #x00)))
      (a!85 (not (= (ite (= fault0.page@2 #x00)
                         |folio.data[F0]@2|
                         |folio.data[F1]@2|)
                    #x01)))
      (a!86 (= |folio.mapcount[F0]@2|
               (ite (and (= |pte[P0][0]@2| #x01) (= |pte.folio[P0][0]@2| #x00))
                    #x01
                    #x00)))
      (a!87 (bvadd migrate0.isolated@2
                   (ite (= migrate0.newpage@2 #x00) #x01 #x00)
                   (ite (= fault0.page@2 #x00) #x01 #x00)))
      (a!88 (bvadd (ite (= shmem.i_pages@2 #x00) #x01 #x00)
                   (ite (= swapper_space.i_pages@2 #x00) #x01 #x00)))
      (a!89 (not (and (not (= |pte[P0][0]@2| #x00))
                      (= |pte.folio[P0][0]@2| #x00))))
      (a!91 (= |folio.mapcount[F1]@2|
               (ite (and (= |pte[P0][0]@2| #x01) (= |pte.folio[P0][0]@2| #x01))
                    #x01
                    #x00)))
      (a!92 (bvadd (ite (= migrate0.newpage@2 #x01) #x01 #x00)
                   (ite (= fault0.page@2 #x01) #x01 #x00)))
      (a!93 (bvadd (ite (= shmem.i_pages@2 #x01) #x01 #x00)
                   (ite (= swapper_space.i_pages@2 #x01) #x01 #x00)))
      (a!94 (not (and (not (= |pte[P0][0]@2| #x00))
                      (= |pte.folio[P0][0]@2| #x01))))
      (a!96 (not (= (ite (= migrate0.newpage@2 #x00)
                         |folio.used[F0]@2|
                         |folio.used[F1]@2|)
                    #x00)))
      (a!98 (and (= migrate0.pc@2 #x07) (not (not (= migrate0.ok@2 #x00)))))
      (a!100 (not (and (bvuge |folio.refcount[F0]@2| #x01)
                       (not (= |folio.used[F0]@2| #x00)))))
      (a!102 (and (= migrate0.pc@2 #x09) (not (not (= migrate0.ok@2 #x00)))))
      (a!103 (not (= (ite (= fault0.page@2 #x00)
                          |folio.used[F0]@2|
                          |folio.used[F1]@2|)
                     #x00)))
      (a!107 (not (and (not (= |folio.used[F0]@2| #x00))
                       (not (= |PG_lru[F0]@2| #x00)))))
      (a!108 (or (not (not (= |folio.used[F0]@2| #x00)))
                 (not (not (= |folio.used[F1]@2| #x00)))))
      (a!109 (ite (not (not (= |folio.used[F0]@2| #x00))) #x00 #x01))
      (a!111 (and (= migrate0.pc@2 #x03)
                  (or (not (= |PG_swapcache[F0]@2| #x00))
                      (not (= |page.mapping(shmem)[F0]@2| #x00)))
                  (not (= |PG_swapcache[F0]@2| #x00))))
      (a!112 (and (= migrate0.pc@2 #x03)
                  (or (not (= |PG_swapcache[F0]@2| #x00))
                      (not (= |page.mapping(shmem)[F0]@2| #x00)))
                  (not (not (= |PG_swapcache[F0]@2| #x00)))
                  (not (= |PG_dirty[F0]@2| #x00))
                  (= |&info->lock[0]@2| #x00)
                  (= |swap_lock[0]@2| #x00)
                  (= |&mapping->tree_lock.writer[swapper_space]@2| #x00)
                  (= |&mapping->tree_lock.readers[swapper_space]@2| #x00)))
      (a!113 (and (= migrate0.pc@2 #x03)
                  (or (not (= |PG_swapcache[F0]@2| #x00))
                      (not (= |page.mapping(shmem)[F0]@2| #x00)))
                  (not (not (= |PG_swapcache[F0]@2| #x00)))
                  (not (not (= |PG_dirty[F0]@2| #x00)))))
      (a!114 (not (or (not (= |PG_swapcache[F0]@2| #x00))
                      (not (= |page.mapping(shmem)[F0]@2| #x00)))))
      (a!115 (= (ite (not (= migrate0.mapping_is_swapper@2 #x00)) #x01 #x00)
                #x00))
      (a!116 (= (ite (not (= migrate0.mapping_is_swapper@2 #x00))
                     swapper_space.i_pages@2
                     shmem.i_pages@2)
                #x00))
      (a!118 (and (= fault0.pc@2 #x01)
                  (= (ite (= fault0.page@2 #x00)
                          |PG_locked[F0]@2|
                          |PG_locked[F1]@2|)
                     #x00)))
      (a!121 (or (not (not (= |pte[P0][0]@3| #x00)))
                 (= (ite (= |pte.folio[P0][0]@3| #x00)
                         |folio.data[F0]@3|
                         |folio.data[F1]@3|)
                    |expected[P0][0]@3|)))
      (a!122 (not (= (ite (= fault0.page@3 #x00)
                          |PG_swapcache[F0]@3|
                          |PG_swapcache[F1]@3|)
                     #x00)))
      (a!123 (not (= (ite (= fault0.page@3 #x00)
                          |page.mapping(shmem)[F0]@3|
                          |page.mapping(shmem)[F1]@3|)
                     #x00)))
      (a!125 (not (= (ite (= fault0.page@3 #x00)
                          |folio.data[F0]@3|
                          |folio.data[F1]@3|)
                     #x01)))
      (a!126 (= |folio.mapcount[F0]@3|
                (ite (and (= |pte[P0][0]@3| #x01) (= |pte.folio[P0][0]@3| #x00))
                     #x01
                     #x00)))
      (a!127 (bvadd migrate0.isolated@3
                    (ite (= migrate0.newpage@3 #x00) #x01 #x00)
                    (ite (= fault0.page@3 #x00) #x01 #x00)))
      (a!128 (bvadd (ite (= shmem.i_pages@3 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@3 #x00) #x01 #x00)))
      (a!129 (not (and (not (= |pte[P0][0]@3| #x00))
                       (= |pte.folio[P0][0]@3| #x00))))
      (a!131 (= |folio.mapcount[F1]@3|
                (ite (and (= |pte[P0][0]@3| #x01) (= |pte.folio[P0][0]@3| #x01))
                     #x01
                     #x00)))
      (a!132 (bvadd (ite (= migrate0.newpage@3 #x01) #x01 #x00)
                    (ite (= fault0.page@3 #x01) #x01 #x00)))
      (a!133 (bvadd (ite (= shmem.i_pages@3 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@3 #x01) #x01 #x00)))
      (a!134 (not (and (not (= |pte[P0][0]@3| #x00))
                       (= |pte.folio[P0][0]@3| #x01))))
      (a!136 (not (= (ite (= migrate0.newpage@3 #x00)
                          |folio.used[F0]@3|
                          |folio.used[F1]@3|)
                     #x00)))
      (a!138 (and (= migrate0.pc@3 #x07) (not (not (= migrate0.ok@3 #x00)))))
      (a!140 (not (and (bvuge |folio.refcount[F0]@3| #x01)
                       (not (= |folio.used[F0]@3| #x00)))))
      (a!142 (and (= migrate0.pc@3 #x09) (not (not (= migrate0.ok@3 #x00)))))
      (a!143 (not (= (ite (= fault0.page@3 #x00)
                          |folio.used[F0]@3|
                          |folio.used[F1]@3|)
                     #x00)))
      (a!147 (not (and (not (= |folio.used[F0]@3| #x00))
                       (not (= |PG_lru[F0]@3| #x00)))))
      (a!148 (or (not (not (= |folio.used[F0]@3| #x00)))
                 (not (not (= |folio.used[F1]@3| #x00)))))
      (a!149 (ite (not (not (= |folio.used[F0]@3| #x00))) #x00 #x01))
      (a!151 (and (= migrate0.pc@3 #x03)
                  (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))
                  (not (= |PG_swapcache[F0]@3| #x00))))
      (a!152 (and (= migrate0.pc@3 #x03)
                  (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))
                  (not (not (= |PG_swapcache[F0]@3| #x00)))
                  (not (= |PG_dirty[F0]@3| #x00))
                  (= |&info->lock[0]@3| #x00)
                  (= |swap_lock[0]@3| #x00)
                  (= |&mapping->tree_lock.writer[swapper_space]@3| #x00)
                  (= |&mapping->tree_lock.readers[swapper_space]@3| #x00)))
      (a!153 (and (= migrate0.pc@3 #x03)
                  (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))
                  (not (not (= |PG_swapcache[F0]@3| #x00)))
                  (not (not (= |PG_dirty[F0]@3| #x00)))))
      (a!154 (not (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))))
      (a!155 (= (ite (not (= migrate0.mapping_is_swapper@3 #x00)) #x01 #x00)
                #x00))
      (a!156 (= (ite (not (= migrate0.mapping_is_swapper@3 #x00))
                     swapper_space.i_pages@3
                     shmem.i_pages@3)
                #x00))
      (a!158 (and (= fault0.pc@3 #x01)
                  (= (ite (= fault0.page@3 #x00)
                          |PG_locked[F0]@3|
                          |PG_locked[F1]@3|)
                     #x00)))
      (a!161 (or (not (not (= |pte[P0][0]@4| #x00)))
                 (= (ite (= |pte.folio[P0][0]@4| #x00)
                         |folio.data[F0]@4|
                         |folio.data[F1]@4|)
                    |expected[P0][0]@4|)))
      (a!162 (not (= (ite (= fault0.page@4 #x00)
                          |PG_swapcache[F0]@4|
                          |PG_swapcache[F1]@4|)
                     #x00)))
      (a!163 (not (= (ite (= fault0.page@4 #x00)
                          |page.mapping(shmem)[F0]@4|
                          |page.mapping(shmem)[F1]@4|)
                     #x00)))
      (a!165 (not (= (ite (= fault0.page@4 #x00)
                          |folio.data[F0]@4|
                          |folio.data[F1]@4|)
                     #x01)))
      (a!166 (= |folio.mapcount[F0]@4|
                (ite (and (= |pte[P0][0]@4| #x01) (= |pte.folio[P0][0]@4| #x00))
                     #x01
                     #x00)))
      (a!167 (bvadd migrate0.isolated@4
                    (ite (= migrate0.newpage@4 #x00) #x01 #x00)
                    (ite (= fault0.page@4 #x00) #x01 #x00)))
      (a!168 (bvadd (ite (= shmem.i_pages@4 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@4 #x00) #x01 #x00)))
      (a!169 (not (and (not (= |pte[P0][0]@4| #x00))
                       (= |pte.folio[P0][0]@4| #x00))))
      (a!171 (= |folio.mapcount[F1]@4|
                (ite (and (= |pte[P0][0]@4| #x01) (= |pte.folio[P0][0]@4| #x01))
                     #x01
                     #x00)))
      (a!172 (bvadd (ite (= migrate0.newpage@4 #x01) #x01 #x00)
                    (ite (= fault0.page@4 #x01) #x01 #x00)))
      (a!173 (bvadd (ite (= shmem.i_pages@4 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@4 #x01) #x01 #x00)))
      (a!174 (not (and (not (= |pte[P0][0]@4| #x00))
                       (= |pte.folio[P0][0]@4| #x01))))
      (a!176 (not (= (ite (= migrate0.newpage@4 #x00)
                          |folio.used[F0]@4|
                          |folio.used[F1]@4|)
                     #x00)))
      (a!178 (and (= migrate0.pc@4 #x07) (not (not (= migrate0.ok@4 #x00)))))
      (a!180 (not (and (bvuge |folio.refcount[F0]@4| #x01)
                       (not (= |folio.used[F0]@4| #x00)))))
      (a!182 (and (= migrate0.pc@4 #x09) (not (not (= migrate0.ok@4 #x00)))))
      (a!183 (not (= (ite (= fault0.page@4 #x00)
                          |folio.used[F0]@4|
                          |folio.used[F1]@4|)
                     #x00)))
      (a!187 (not (and (not (= |folio.used[F0]@4| #x00))
                       (not (= |PG_lru[F0]@4| #x00)))))
      (a!188 (or (not (not (= |folio.used[F0]@4| #x00)))
                 (not (not (= |folio.used[F1]@4| #x00)))))
      (a!189 (ite (not (not (= |folio.used[F0]@4| #x00))) #x00 #x01))
      (a!191 (and (= migrate0.pc@4 #x03)
                  (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))
                  (not (= |PG_swapcache[F0]@4| #x00))))
      (a!192 (and (= migrate0.pc@4 #x03)
                  (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))
                  (not (not (= |PG_swapcache[F0]@4| #x00)))
                  (not (= |PG_dirty[F0]@4| #x00))
                  (= |&info->lock[0]@4| #x00)
                  (= |swap_lock[0]@4| #x00)
                  (= |&mapping->tree_lock.writer[swapper_space]@4| #x00)
                  (= |&mapping->tree_lock.readers[swapper_space]@4| #x00)))
      (a!193 (and (= migrate0.pc@4 #x03)
                  (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))
                  (not (not (= |PG_swapcache[F0]@4| #x00)))
                  (not (not (= |PG_dirty[F0]@4| #x00)))))
      (a!194 (not (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))))
      (a!195 (= (ite (not (= migrate0.mapping_is_swapper@4 #x00)) #x01 #x00)
                #x00))
      (a!196 (= (ite (not (= migrate0.mapping_is_swapper@4 #x00))
                     swapper_space.i_pages@4
                     shmem.i_pages@4)
                #x00))
      (a!198 (and (= fault0.pc@4 #x01)
                  (= (ite (= fault0.page@4 #x00)
                          |PG_locked[F0]@4|
                          |PG_locked[F1]@4|)
                     #x00)))
      (a!201 (or (not (not (= |pte[P0][0]@5| #x00)))
                 (= (ite (= |pte.folio[P0][0]@5| #x00)
                         |folio.data[F0]@5|
                         |folio.data[F1]@5|)
                    |expected[P0][0]@5|)))
      (a!202 (not (= (ite (= fault0.page@5 #x00)
                          |PG_swapcache[F0]@5|
                          |PG_swapcache[F1]@5|)
                     #x00)))
      (a!203 (not (= (ite (= fault0.page@5 #x00)
                          |page.mapping(shmem)[F0]@5|
                          |page.mapping(shmem)[F1]@5|)
                     #x00)))
      (a!205 (not (= (ite (= fault0.page@5 #x00)
                          |folio.data[F0]@5|
                          |folio.data[F1]@5|)
                     #x01)))
      (a!206 (= |folio.mapcount[F0]@5|
                (ite (and (= |pte[P0][0]@5| #x01) (= |pte.folio[P0][0]@5| #x00))
                     #x01
                     #x00)))
      (a!207 (bvadd migrate0.isolated@5
                    (ite (= migrate0.newpage@5 #x00) #x01 #x00)
                    (ite (= fault0.page@5 #x00) #x01 #x00)))
      (a!208 (bvadd (ite (= shmem.i_pages@5 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@5 #x00) #x01 #x00)))
      (a!209 (not (and (not (= |pte[P0][0]@5| #x00))
                       (= |pte.folio[P0][0]@5| #x00))))
      (a!211 (= |folio.mapcount[F1]@5|
                (ite (and (= |pte[P0][0]@5| #x01) (= |pte.folio[P0][0]@5| #x01))
                     #x01
                     #x00)))
      (a!212 (bvadd (ite (= migrate0.newpage@5 #x01) #x01 #x00)
                    (ite (= fault0.page@5 #x01) #x01 #x00)))
      (a!213 (bvadd (ite (= shmem.i_pages@5 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@5 #x01) #x01 #x00)))
      (a!214 (not (and (not (= |pte[P0][0]@5| #x00))
                       (= |pte.folio[P0][0]@5| #x01))))
      (a!216 (not (= (ite (= migrate0.newpage@5 #x00)
                          |folio.used[F0]@5|
                          |folio.used[F1]@5|)
                     #x00)))
      (a!218 (and (= migrate0.pc@5 #x07) (not (not (= migrate0.ok@5 #x00)))))
      (a!220 (not (and (bvuge |folio.refcount[F0]@5| #x01)
                       (not (= |folio.used[F0]@5| #x00)))))
      (a!222 (and (= migrate0.pc@5 #x09) (not (not (= migrate0.ok@5 #x00)))))
      (a!223 (not (= (ite (= fault0.page@5 #x00)
                          |folio.used[F0]@5|
                          |folio.used[F1]@5|)
                     #x00)))
      (a!227 (not (and (not (= |folio.used[F0]@5| #x00))
                       (not (= |PG_lru[F0]@5| #x00)))))
      (a!228 (or (not (not (= |folio.used[F0]@5| #x00)))
                 (not (not (= |folio.used[F1]@5| #x00)))))
      (a!229 (ite (not (not (= |folio.used[F0]@5| #x00))) #x00 #x01))
      (a!231 (and (= migrate0.pc@5 #x03)
                  (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))
                  (not (= |PG_swapcache[F0]@5| #x00))))
      (a!232 (and (= migrate0.pc@5 #x03)
                  (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))
                  (not (not (= |PG_swapcache[F0]@5| #x00)))
                  (not (= |PG_dirty[F0]@5| #x00))
                  (= |&info->lock[0]@5| #x00)
                  (= |swap_lock[0]@5| #x00)
                  (= |&mapping->tree_lock.writer[swapper_space]@5| #x00)
                  (= |&mapping->tree_lock.readers[swapper_space]@5| #x00)))
      (a!233 (and (= migrate0.pc@5 #x03)
                  (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))
                  (not (not (= |PG_swapcache[F0]@5| #x00)))
                  (not (not (= |PG_dirty[F0]@5| #x00)))))
      (a!234 (not (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))))
      (a!235 (= (ite (not (= migrate0.mapping_is_swapper@5 #x00)) #x01 #x00)
                #x00))
      (a!236 (= (ite (not (= migrate0.mapping_is_swapper@5 #x00))
                     swapper_space.i_pages@5
                     shmem.i_pages@5)
                #x00))
      (a!238 (and (= fault0.pc@5 #x01)
                  (= (ite (= fault0.page@5 #x00)
                          |PG_locked[F0]@5|
                          |PG_locked[F1]@5|)
                     #x00)))
      (a!241 (or (not (not (= |pte[P0][0]@6| #x00)))
                 (= (ite (= |pte.folio[P0][0]@6| #x00)
                         |folio.data[F0]@6|
                         |folio.data[F1]@6|)
                    |expected[P0][0]@6|)))
      (a!242 (not (= (ite (= fault0.page@6 #x00)
                          |PG_swapcache[F0]@6|
                          |PG_swapcache[F1]@6|)
                     #x00)))
      (a!243 (not (= (ite (= fault0.page@6 #x00)
                          |page.mapping(shmem)[F0]@6|
                          |page.mapping(shmem)[F1]@6|)
                     #x00)))
      (a!245 (not (= (ite (= fault0.page@6 #x00)
                          |folio.data[F0]@6|
                          |folio.data[F1]@6|)
                     #x01)))
      (a!246 (= |folio.mapcount[F0]@6|
                (ite (and (= |pte[P0][0]@6| #x01) (= |pte.folio[P0][0]@6| #x00))
                     #x01
                     #x00)))
      (a!247 (bvadd migrate0.isolated@6
                    (ite (= migrate0.newpage@6 #x00) #x01 #x00)
                    (ite (= fault0.page@6 #x00) #x01 #x00)))
      (a!248 (bvadd (ite (= shmem.i_pages@6 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@6 #x00) #x01 #x00)))
      (a!249 (not (and (not (= |pte[P0][0]@6| #x00))
                       (= |pte.folio[P0][0]@6| #x00))))
      (a!251 (= |folio.mapcount[F1]@6|
                (ite (and (= |pte[P0][0]@6| #x01) (= |pte.folio[P0][0]@6| #x01))
                     #x01
                     #x00)))
      (a!252 (bvadd (ite (= migrate0.newpage@6 #x01) #x01 #x00)
                    (ite (= fault0.page@6 #x01) #x01 #x00)))
      (a!253 (bvadd (ite (= shmem.i_pages@6 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@6 #x01) #x01 #x00)))
      (a!254 (not (and (not (= |pte[P0][0]@6| #x00))
                       (= |pte.folio[P0][0]@6| #x01))))
      (a!256 (not (= (ite (= migrate0.newpage@6 #x00)
                          |folio.used[F0]@6|
                          |folio.used[F1]@6|)
                     #x00)))
      (a!258 (and (= migrate0.pc@6 #x07) (not (not (= migrate0.ok@6 #x00)))))
      (a!260 (not (and (bvuge |folio.refcount[F0]@6| #x01)
                       (not (= |folio.used[F0]@6| #x00)))))
      (a!262 (and (= migrate0.pc@6 #x09) (not (not (= migrate0.ok@6 #x00)))))
      (a!263 (not (= (ite (= fault0.page@6 #x00)
                          |folio.used[F0]@6|
                          |folio.used[F1]@6|)
                     #x00)))
      (a!267 (not (and (not (= |folio.used[F0]@6| #x00))
                       (not (= |PG_lru[F0]@6| #x00)))))
      (a!268 (or (not (not (= |folio.used[F0]@6| #x00)))
                 (not (not (= |folio.used[F1]@6| #x00)))))
      (a!269 (ite (not (not (= |folio.used[F0]@6| #x00))) #x00 #x01))
      (a!271 (and (= migrate0.pc@6 #x03)
                  (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))
                  (not (= |PG_swapcache[F0]@6| #x00))))
      (a!272 (and (= migrate0.pc@6 #x03)
                  (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))
                  (not (not (= |PG_swapcache[F0]@6| #x00)))
                  (not (= |PG_dirty[F0]@6| #x00))
                  (= |&info->lock[0]@6| #x00)
                  (= |swap_lock[0]@6| #x00)
                  (= |&mapping->tree_lock.writer[swapper_space]@6| #x00)
                  (= |&mapping->tree_lock.readers[swapper_space]@6| #x00)))
      (a!273 (and (= migrate0.pc@6 #x03)
                  (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))
                  (not (not (= |PG_swapcache[F0]@6| #x00)))
                  (not (not (= |PG_dirty[F0]@6| #x00)))))
      (a!274 (not (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))))
      (a!275 (= (ite (not (= migrate0.mapping_is_swapper@6 #x00)) #x01 #x00)
                #x00))
      (a!276 (= (ite (not (= migrate0.mapping_is_swapper@6 #x00))
                     swapper_space.i_pages@6
                     shmem.i_pages@6)
                #x00))
      (a!278 (and (= fault0.pc@6 #x01)
                  (= (ite (= fault0.page@6 #x00)
                          |PG_locked[F0]@6|
                          |PG_locked[F1]@6|)
                     #x00)))
      (a!281 (or (not (not (= |pte[P0][0]@7| #x00)))
                 (= (ite (= |pte.folio[P0][0]@7| #x00)
                         |folio.data[F0]@7|
                         |folio.data[F1]@7|)
                    |expected[P0][0]@7|)))
      (a!282 (not (= (ite (= fault0.page@7 #x00)
                          |PG_swapcache[F0]@7|
                          |PG_swapcache[F1]@7|)
                     #x00)))
      (a!283 (not (= (ite (= fault0.page@7 #x00)
                          |page.mapping(shmem)[F0]@7|
                          |page.mapping(shmem)[F1]@7|)
                     #x00)))
      (a!285 (not (= (ite (= fault0.page@7 #x00)
                          |folio.data[F0]@7|
                          |folio.data[F1]@7|)
                     #x01)))
      (a!286 (= |folio.mapcount[F0]@7|
                (ite (and (= |pte[P0][0]@7| #x01) (= |pte.folio[P0][0]@7| #x00))
                     #x01
                     #x00)))
      (a!287 (bvadd migrate0.isolated@7
                    (ite (= migrate0.newpage@7 #x00) #x01 #x00)
                    (ite (= fault0.page@7 #x00) #x01 #x00)))
      (a!288 (bvadd (ite (= shmem.i_pages@7 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@7 #x00) #x01 #x00)))
      (a!289 (not (and (not (= |pte[P0][0]@7| #x00))
                       (= |pte.folio[P0][0]@7| #x00))))
      (a!291 (= |folio.mapcount[F1]@7|
                (ite (and (= |pte[P0][0]@7| #x01) (= |pte.folio[P0][0]@7| #x01))
                     #x01
                     #x00)))
      (a!292 (bvadd (ite (= migrate0.newpage@7 #x01) #x01 #x00)
                    (ite (= fault0.page@7 #x01) #x01 #x00)))
      (a!293 (bvadd (ite (= shmem.i_pages@7 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@7 #x01) #x01 #x00)))
      (a!294 (not (and (not (= |pte[P0][0]@7| #x00))
                       (= |pte.folio[P0][0]@7| #x01))))
      (a!296 (not (= (ite (= migrate0.newpage@7 #x00)
                          |folio.used[F0]@7|
                          |folio.used[F1]@7|)
                     #x00)))
      (a!298 (and (= migrate0.pc@7 #x07) (not (not (= migrate0.ok@7 #x00)))))
      (a!300 (not (and (bvuge |folio.refcount[F0]@7| #x01)
                       (not (= |folio.used[F0]@7| #x00)))))
      (a!302 (and (= migrate0.pc@7 #x09) (not (not (= migrate0.ok@7 #x00)))))
      (a!303 (not (= (ite (= fault0.page@7 #x00)
                          |folio.used[F0]@7|
                          |folio.used[F1]@7|)
                     #x00)))
      (a!307 (not (and (not (= |folio.used[F0]@7| #x00))
                       (not (= |PG_lru[F0]@7| #x00)))))
      (a!308 (or (not (not (= |folio.used[F0]@7| #x00)))
                 (not (not (= |folio.used[F1]@7| #x00)))))
      (a!309 (ite (not (not (= |folio.used[F0]@7| #x00))) #x00 #x01))
      (a!311 (and (= migrate0.pc@7 #x03)
                  (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))
                  (not (= |PG_swapcache[F0]@7| #x00))))
      (a!312 (and (= migrate0.pc@7 #x03)
                  (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))
                  (not (not (= |PG_swapcache[F0]@7| #x00)))
                  (not (= |PG_dirty[F0]@7| #x00))
                  (= |&info->lock[0]@7| #x00)
                  (= |swap_lock[0]@7| #x00)
                  (= |&mapping->tree_lock.writer[swapper_space]@7| #x00)
                  (= |&mapping->tree_lock.readers[swapper_space]@7| #x00)))
      (a!313 (and (= migrate0.pc@7 #x03)
                  (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))
                  (not (not (= |PG_swapcache[F0]@7| #x00)))
                  (not (not (= |PG_dirty[F0]@7| #x00)))))
      (a!314 (not (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))))
      (a!315 (= (ite (not (= migrate0.mapping_is_swapper@7 #x00)) #x01 #x00)
                #x00))
      (a!316 (= (ite (not (= migrate0.mapping_is_swapper@7 #x00))
                     swapper_space.i_pages@7
                     shmem.i_pages@7)
                #x00))
      (a!318 (and (= fault0.pc@7 #x01)
                  (= (ite (= fault0.page@7 #x00)
                          |PG_locked[F0]@7|
                          |PG_locked[F1]@7|)
                     #x00)))
      (a!321 (or (not (not (= |pte[P0][0]@8| #x00)))
                 (= (ite (= |pte.folio[P0][0]@8| #x00)
                         |folio.data[F0]@8|
                         |folio.data[F1]@8|)
                    |expected[P0][0]@8|)))
      (a!322 (not (= (ite (= fault0.page@8 #x00)
                          |PG_swapcache[F0]@8|
                          |PG_swapcache[F1]@8|)
                     #x00)))
      (a!323 (not (= (ite (= fault0.page@8 #x00)
                          |page.mapping(shmem)[F0]@8|
                          |page.mapping(shmem)[F1]@8|)
                     #x00)))
      (a!325 (not (= (ite (= fault0.page@8 #x00)
                          |folio.data[F0]@8|
                          |folio.data[F1]@8|)
                     #x01)))
      (a!326 (= |folio.mapcount[F0]@8|
                (ite (and (= |pte[P0][0]@8| #x01) (= |pte.folio[P0][0]@8| #x00))
                     #x01
                     #x00)))
      (a!327 (bvadd migrate0.isolated@8
                    (ite (= migrate0.newpage@8 #x00) #x01 #x00)
                    (ite (= fault0.page@8 #x00) #x01 #x00)))
      (a!328 (bvadd (ite (= shmem.i_pages@8 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@8 #x00) #x01 #x00)))
      (a!329 (not (and (not (= |pte[P0][0]@8| #x00))
                       (= |pte.folio[P0][0]@8| #x00))))
      (a!331 (= |folio.mapcount[F1]@8|
                (ite (and (= |pte[P0][0]@8| #x01) (= |pte.folio[P0][0]@8| #x01))
                     #x01
                     #x00)))
      (a!332 (bvadd (ite (= migrate0.newpage@8 #x01) #x01 #x00)
                    (ite (= fault0.page@8 #x01) #x01 #x00)))
      (a!333 (bvadd (ite (= shmem.i_pages@8 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@8 #x01) #x01 #x00)))
      (a!334 (not (and (not (= |pte[P0][0]@8| #x00))
                       (= |pte.folio[P0][0]@8| #x01))))
      (a!336 (not (= (ite (= migrate0.newpage@8 #x00)
                          |folio.used[F0]@8|
                          |folio.used[F1]@8|)
                     #x00)))
      (a!338 (and (= migrate0.pc@8 #x07) (not (not (= migrate0.ok@8 #x00)))))
      (a!340 (not (and (bvuge |folio.refcount[F0]@8| #x01)
                       (not (= |folio.used[F0]@8| #x00)))))
      (a!342 (and (= migrate0.pc@8 #x09) (not (not (= migrate0.ok@8 #x00)))))
      (a!343 (not (= (ite (= fault0.page@8 #x00)
                          |folio.used[F0]@8|
                          |folio.used[F1]@8|)
                     #x00)))
      (a!347 (not (and (not (= |folio.used[F0]@8| #x00))
                       (not (= |PG_lru[F0]@8| #x00)))))
      (a!348 (or (not (not (= |folio.used[F0]@8| #x00)))
                 (not (not (= |folio.used[F1]@8| #x00)))))
      (a!349 (ite (not (not (= |folio.used[F0]@8| #x00))) #x00 #x01))
      (a!351 (and (= migrate0.pc@8 #x03)
                  (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))
                  (not (= |PG_swapcache[F0]@8| #x00))))
      (a!352 (and (= migrate0.pc@8 #x03)
                  (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))
                  (not (not (= |PG_swapcache[F0]@8| #x00)))
                  (not (= |PG_dirty[F0]@8| #x00))
                  (= |&info->lock[0]@8| #x00)
                  (= |swap_lock[0]@8| #x00)
                  (= |&mapping->tree_lock.writer[swapper_space]@8| #x00)
                  (= |&mapping->tree_lock.readers[swapper_space]@8| #x00)))
      (a!353 (and (= migrate0.pc@8 #x03)
                  (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))
                  (not (not (= |PG_swapcache[F0]@8| #x00)))
                  (not (not (= |PG_dirty[F0]@8| #x00)))))
      (a!354 (not (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))))
      (a!355 (= (ite (not (= migrate0.mapping_is_swapper@8 #x00)) #x01 #x00)
                #x00))
      (a!356 (= (ite (not (= migrate0.mapping_is_swapper@8 #x00))
                     swapper_space.i_pages@8
                     shmem.i_pages@8)
                #x00))
      (a!358 (and (= fault0.pc@8 #x01)
                  (= (ite (= fault0.page@8 #x00)
                          |PG_locked[F0]@8|
                          |PG_locked[F1]@8|)
                     #x00)))
      (a!361 (or (not (not (= |pte[P0][0]@9| #x00)))
                 (= (ite (= |pte.folio[P0][0]@9| #x00)
                         |folio.data[F0]@9|
                         |folio.data[F1]@9|)
                    |expected[P0][0]@9|)))
      (a!362 (not (= (ite (= fault0.page@9 #x00)
                          |PG_swapcache[F0]@9|
                          |PG_swapcache[F1]@9|)
                     #x00)))
      (a!363 (not (= (ite (= fault0.page@9 #x00)
                          |page.mapping(shmem)[F0]@9|
                          |page.mapping(shmem)[F1]@9|)
                     #x00)))
      (a!365 (not (= (ite (= fault0.page@9 #x00)
                          |folio.data[F0]@9|
                          |folio.data[F1]@9|)
                     #x01)))
      (a!366 (= |folio.mapcount[F0]@9|
                (ite (and (= |pte[P0][0]@9| #x01) (= |pte.folio[P0][0]@9| #x00))
                     #x01
                     #x00)))
      (a!367 (bvadd migrate0.isolated@9
                    (ite (= migrate0.newpage@9 #x00) #x01 #x00)
                    (ite (= fault0.page@9 #x00) #x01 #x00)))
      (a!368 (bvadd (ite (= shmem.i_pages@9 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@9 #x00) #x01 #x00)))
      (a!369 (not (and (not (= |pte[P0][0]@9| #x00))
                       (= |pte.folio[P0][0]@9| #x00))))
      (a!371 (= |folio.mapcount[F1]@9|
                (ite (and (= |pte[P0][0]@9| #x01) (= |pte.folio[P0][0]@9| #x01))
                     #x01
                     #x00)))
      (a!372 (bvadd (ite (= migrate0.newpage@9 #x01) #x01 #x00)
                    (ite (= fault0.page@9 #x01) #x01 #x00)))
      (a!373 (bvadd (ite (= shmem.i_pages@9 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@9 #x01) #x01 #x00)))
      (a!374 (not (and (not (= |pte[P0][0]@9| #x00))
                       (= |pte.folio[P0][0]@9| #x01))))
      (a!376 (not (= (ite (= migrate0.newpage@9 #x00)
                          |folio.used[F0]@9|
                          |folio.used[F1]@9|)
                     #x00)))
      (a!378 (and (= migrate0.pc@9 #x07) (not (not (= migrate0.ok@9 #x00)))))
      (a!380 (not (and (bvuge |folio.refcount[F0]@9| #x01)
                       (not (= |folio.used[F0]@9| #x00)))))
      (a!382 (and (= migrate0.pc@9 #x09) (not (not (= migrate0.ok@9 #x00)))))
      (a!383 (not (= (ite (= fault0.page@9 #x00)
                          |folio.used[F0]@9|
                          |folio.used[F1]@9|)
                     #x00)))
      (a!387 (not (and (not (= |folio.used[F0]@9| #x00))
                       (not (= |PG_lru[F0]@9| #x00)))))
      (a!388 (or (not (not (= |folio.used[F0]@9| #x00)))
                 (not (not (= |folio.used[F1]@9| #x00)))))
      (a!389 (ite (not (not (= |folio.used[F0]@9| #x00))) #x00 #x01))
      (a!391 (and (= migrate0.pc@9 #x03)
                  (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))
                  (not (= |PG_swapcache[F0]@9| #x00))))
      (a!392 (and (= migrate0.pc@9 #x03)
                  (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))
                  (not (not (= |PG_swapcache[F0]@9| #x00)))
                  (not (= |PG_dirty[F0]@9| #x00))
                  (= |&info->lock[0]@9| #x00)
                  (= |swap_lock[0]@9| #x00)
                  (= |&mapping->tree_lock.writer[swapper_space]@9| #x00)
                  (= |&mapping->tree_lock.readers[swapper_space]@9| #x00)))
      (a!393 (and (= migrate0.pc@9 #x03)
                  (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))
                  (not (not (= |PG_swapcache[F0]@9| #x00)))
                  (not (not (= |PG_dirty[F0]@9| #x00)))))
      (a!394 (not (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))))
      (a!395 (= (ite (not (= migrate0.mapping_is_swapper@9 #x00)) #x01 #x00)
                #x00))
      (a!396 (= (ite (not (= migrate0.mapping_is_swapper@9 #x00))
                     swapper_space.i_pages@9
                     shmem.i_pages@9)
                #x00))
      (a!398 (and (= fault0.pc@9 #x01)
                  (= (ite (= fault0.page@9 #x00)
                          |PG_locked[F0]@9|
                          |PG_locked[F1]@9|)
                     #x00)))
      (a!401 (or (not (not (= |pte[P0][0]@10| #x00)))
                 (= (ite (= |pte.folio[P0][0]@10| #x00)
                         |folio.data[F0]@10|
                         |folio.data[F1]@10|)
                    |expected[P0][0]@10|)))
      (a!402 (not (= (ite (= fault0.page@10 #x00)
                          |PG_swapcache[F0]@10|
                          |PG_swapcache[F1]@10|)
                     #x00)))
      (a!403 (not (= (ite (= fault0.page@10 #x00)
                          |page.mapping(shmem)[F0]@10|
                          |page.mapping(shmem)[F1]@10|)
                     #x00)))
      (a!405 (not (= (ite (= fault0.page@10 #x00)
                          |folio.data[F0]@10|
                          |folio.data[F1]@10|)
                     #x01)))
      (a!406 (= |folio.mapcount[F0]@10|
                (ite (and (= |pte[P0][0]@10| #x01)
                          (= |pte.folio[P0][0]@10| #x00))
                     #x01
                     #x00)))
      (a!407 (bvadd migrate0.isolated@10
                    (ite (= migrate0.newpage@10 #x00) #x01 #x00)
                    (ite (= fault0.page@10 #x00) #x01 #x00)))
      (a!408 (bvadd (ite (= shmem.i_pages@10 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@10 #x00) #x01 #x00)))
      (a!409 (not (and (not (= |pte[P0][0]@10| #x00))
                       (= |pte.folio[P0][0]@10| #x00))))
      (a!411 (= |folio.mapcount[F1]@10|
                (ite (and (= |pte[P0][0]@10| #x01)
                          (= |pte.folio[P0][0]@10| #x01))
                     #x01
                     #x00)))
      (a!412 (bvadd (ite (= migrate0.newpage@10 #x01) #x01 #x00)
                    (ite (= fault0.page@10 #x01) #x01 #x00)))
      (a!413 (bvadd (ite (= shmem.i_pages@10 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@10 #x01) #x01 #x00)))
      (a!414 (not (and (not (= |pte[P0][0]@10| #x00))
                       (= |pte.folio[P0][0]@10| #x01))))
      (a!416 (not (= (ite (= migrate0.newpage@10 #x00)
                          |folio.used[F0]@10|
                          |folio.used[F1]@10|)
                     #x00)))
      (a!418 (and (= migrate0.pc@10 #x07) (not (not (= migrate0.ok@10 #x00)))))
      (a!420 (not (and (bvuge |folio.refcount[F0]@10| #x01)
                       (not (= |folio.used[F0]@10| #x00)))))
      (a!422 (and (= migrate0.pc@10 #x09) (not (not (= migrate0.ok@10 #x00)))))
      (a!423 (not (= (ite (= fault0.page@10 #x00)
                          |folio.used[F0]@10|
                          |folio.used[F1]@10|)
                     #x00)))
      (a!427 (not (and (not (= |folio.used[F0]@10| #x00))
                       (not (= |PG_lru[F0]@10| #x00)))))
      (a!428 (or (not (not (= |folio.used[F0]@10| #x00)))
                 (not (not (= |folio.used[F1]@10| #x00)))))
      (a!429 (ite (not (not (= |folio.used[F0]@10| #x00))) #x00 #x01))
      (a!431 (and (= migrate0.pc@10 #x03)
                  (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))
                  (not (= |PG_swapcache[F0]@10| #x00))))
      (a!432 (and (= migrate0.pc@10 #x03)
                  (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))
                  (not (not (= |PG_swapcache[F0]@10| #x00)))
                  (not (= |PG_dirty[F0]@10| #x00))
                  (= |&info->lock[0]@10| #x00)
                  (= |swap_lock[0]@10| #x00)
                  (= |&mapping->tree_lock.writer[swapper_space]@10| #x00)
                  (= |&mapping->tree_lock.readers[swapper_space]@10| #x00)))
      (a!433 (and (= migrate0.pc@10 #x03)
                  (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))
                  (not (not (= |PG_swapcache[F0]@10| #x00)))
                  (not (not (= |PG_dirty[F0]@10| #x00)))))
      (a!434 (not (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))))
      (a!435 (= (ite (not (= migrate0.mapping_is_swapper@10 #x00)) #x01 #x00)
                #x00))
      (a!436 (= (ite (not (= migrate0.mapping_is_swapper@10 #x00))
                     swapper_space.i_pages@10
                     shmem.i_pages@10)
                #x00))
      (a!438 (and (= fault0.pc@10 #x01)
                  (= (ite (= fault0.page@10 #x00)
                          |PG_locked[F0]@10|
                          |PG_locked[F1]@10|)
                     #x00)))
      (a!441 (or (not (not (= |pte[P0][0]@11| #x00)))
                 (= (ite (= |pte.folio[P0][0]@11| #x00)
                         |folio.data[F0]@11|
                         |folio.data[F1]@11|)
                    |expected[P0][0]@11|)))
      (a!442 (not (= (ite (= fault0.page@11 #x00)
                          |PG_swapcache[F0]@11|
                          |PG_swapcache[F1]@11|)
                     #x00)))
      (a!443 (not (= (ite (= fault0.page@11 #x00)
                          |page.mapping(shmem)[F0]@11|
                          |page.mapping(shmem)[F1]@11|)
                     #x00)))
      (a!445 (not (= (ite (= fault0.page@11 #x00)
                          |folio.data[F0]@11|
                          |folio.data[F1]@11|)
                     #x01)))
      (a!446 (= |folio.mapcount[F0]@11|
                (ite (and (= |pte[P0][0]@11| #x01)
                          (= |pte.folio[P0][0]@11| #x00))
                     #x01
                     #x00)))
      (a!447 (bvadd migrate0.isolated@11
                    (ite (= migrate0.newpage@11 #x00) #x01 #x00)
                    (ite (= fault0.page@11 #x00) #x01 #x00)))
      (a!448 (bvadd (ite (= shmem.i_pages@11 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@11 #x00) #x01 #x00)))
      (a!449 (not (and (not (= |pte[P0][0]@11| #x00))
                       (= |pte.folio[P0][0]@11| #x00))))
      (a!451 (= |folio.mapcount[F1]@11|
                (ite (and (= |pte[P0][0]@11| #x01)
                          (= |pte.folio[P0][0]@11| #x01))
                     #x01
                     #x00)))
      (a!452 (bvadd (ite (= migrate0.newpage@11 #x01) #x01 #x00)
                    (ite (= fault0.page@11 #x01) #x01 #x00)))
      (a!453 (bvadd (ite (= shmem.i_pages@11 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@11 #x01) #x01 #x00)))
      (a!454 (not (and (not (= |pte[P0][0]@11| #x00))
                       (= |pte.folio[P0][0]@11| #x01))))
      (a!456 (not (= (ite (= migrate0.newpage@11 #x00)
                          |folio.used[F0]@11|
                          |folio.used[F1]@11|)
                     #x00)))
      (a!458 (and (= migrate0.pc@11 #x07) (not (not (= migrate0.ok@11 #x00)))))
      (a!460 (not (and (bvuge |folio.refcount[F0]@11| #x01)
                       (not (= |folio.used[F0]@11| #x00)))))
      (a!462 (and (= migrate0.pc@11 #x09) (not (not (= migrate0.ok@11 #x00)))))
      (a!463 (not (= (ite (= fault0.page@11 #x00)
                          |folio.used[F0]@11|
                          |folio.used[F1]@11|)
                     #x00)))
      (a!467 (not (and (not (= |folio.used[F0]@11| #x00))
                       (not (= |PG_lru[F0]@11| #x00)))))
      (a!468 (or (not (not (= |folio.used[F0]@11| #x00)))
                 (not (not (= |folio.used[F1]@11| #x00)))))
      (a!469 (ite (not (not (= |folio.used[F0]@11| #x00))) #x00 #x01))
      (a!471 (and (= migrate0.pc@11 #x03)
                  (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))
                  (not (= |PG_swapcache[F0]@11| #x00))))
      (a!472 (and (= migrate0.pc@11 #x03)
                  (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))
                  (not (not (= |PG_swapcache[F0]@11| #x00)))
                  (not (= |PG_dirty[F0]@11| #x00))
                  (= |&info->lock[0]@11| #x00)
                  (= |swap_lock[0]@11| #x00)
                  (= |&mapping->tree_lock.writer[swapper_space]@11| #x00)
                  (= |&mapping->tree_lock.readers[swapper_space]@11| #x00)))
      (a!473 (and (= migrate0.pc@11 #x03)
                  (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))
                  (not (not (= |PG_swapcache[F0]@11| #x00)))
                  (not (not (= |PG_dirty[F0]@11| #x00)))))
      (a!474 (not (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))))
      (a!475 (= (ite (not (= migrate0.mapping_is_swapper@11 #x00)) #x01 #x00)
                #x00))
      (a!476 (= (ite (not (= migrate0.mapping_is_swapper@11 #x00))
                     swapper_space.i_pages@11
                     shmem.i_pages@11)
                #x00))
      (a!478 (and (= fault0.pc@11 #x01)
                  (= (ite (= fault0.page@11 #x00)
                          |PG_locked[F0]@11|
                          |PG_locked[F1]@11|)
                     #x00)))
      (a!481 (or (not (not (= |pte[P0][0]@12| #x00)))
                 (= (ite (= |pte.folio[P0][0]@12| #x00)
                         |folio.data[F0]@12|
                         |folio.data[F1]@12|)
                    |expected[P0][0]@12|)))
      (a!482 (not (= (ite (= fault0.page@12 #x00)
                          |PG_swapcache[F0]@12|
                          |PG_swapcache[F1]@12|)
                     #x00)))
      (a!483 (not (= (ite (= fault0.page@12 #x00)
                          |page.mapping(shmem)[F0]@12|
                          |page.mapping(shmem)[F1]@12|)
                     #x00)))
      (a!485 (not (= (ite (= fault0.page@12 #x00)
                          |folio.data[F0]@12|
                          |folio.data[F1]@12|)
                     #x01)))
      (a!486 (= |folio.mapcount[F0]@12|
                (ite (and (= |pte[P0][0]@12| #x01)
                          (= |pte.folio[P0][0]@12| #x00))
                     #x01
                     #x00)))
      (a!487 (bvadd migrate0.isolated@12
                    (ite (= migrate0.newpage@12 #x00) #x01 #x00)
                    (ite (= fault0.page@12 #x00) #x01 #x00)))
      (a!488 (bvadd (ite (= shmem.i_pages@12 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@12 #x00) #x01 #x00)))
      (a!489 (not (and (not (= |pte[P0][0]@12| #x00))
                       (= |pte.folio[P0][0]@12| #x00))))
      (a!491 (= |folio.mapcount[F1]@12|
                (ite (and (= |pte[P0][0]@12| #x01)
                          (= |pte.folio[P0][0]@12| #x01))
                     #x01
                     #x00)))
      (a!492 (bvadd (ite (= migrate0.newpage@12 #x01) #x01 #x00)
                    (ite (= fault0.page@12 #x01) #x01 #x00)))
      (a!493 (bvadd (ite (= shmem.i_pages@12 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@12 #x01) #x01 #x00)))
      (a!494 (not (and (not (= |pte[P0][0]@12| #x00))
                       (= |pte.folio[P0][0]@12| #x01))))
      (a!496 (not (= (ite (= migrate0.newpage@12 #x00)
                          |folio.used[F0]@12|
                          |folio.used[F1]@12|)
                     #x00)))
      (a!498 (and (= migrate0.pc@12 #x07) (not (not (= migrate0.ok@12 #x00)))))
      (a!500 (not (and (bvuge |folio.refcount[F0]@12| #x01)
                       (not (= |folio.used[F0]@12| #x00)))))
      (a!502 (and (= migrate0.pc@12 #x09) (not (not (= migrate0.ok@12 #x00)))))
      (a!503 (not (= (ite (= fault0.page@12 #x00)
                          |folio.used[F0]@12|
                          |folio.used[F1]@12|)
                     #x00)))
      (a!507 (not (and (not (= |folio.used[F0]@12| #x00))
                       (not (= |PG_lru[F0]@12| #x00)))))
      (a!508 (or (not (not (= |folio.used[F0]@12| #x00)))
                 (not (not (= |folio.used[F1]@12| #x00)))))
      (a!509 (ite (not (not (= |folio.used[F0]@12| #x00))) #x00 #x01))
      (a!511 (and (= migrate0.pc@12 #x03)
                  (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))
                  (not (= |PG_swapcache[F0]@12| #x00))))
      (a!512 (and (= migrate0.pc@12 #x03)
                  (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))
                  (not (not (= |PG_swapcache[F0]@12| #x00)))
                  (not (= |PG_dirty[F0]@12| #x00))
                  (= |&info->lock[0]@12| #x00)
                  (= |swap_lock[0]@12| #x00)
                  (= |&mapping->tree_lock.writer[swapper_space]@12| #x00)
                  (= |&mapping->tree_lock.readers[swapper_space]@12| #x00)))
      (a!513 (and (= migrate0.pc@12 #x03)
                  (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))
                  (not (not (= |PG_swapcache[F0]@12| #x00)))
                  (not (not (= |PG_dirty[F0]@12| #x00)))))
      (a!514 (not (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))))
      (a!515 (= (ite (not (= migrate0.mapping_is_swapper@12 #x00)) #x01 #x00)
                #x00))
      (a!516 (= (ite (not (= migrate0.mapping_is_swapper@12 #x00))
                     swapper_space.i_pages@12
                     shmem.i_pages@12)
                #x00))
      (a!518 (and (= fault0.pc@12 #x01)
                  (= (ite (= fault0.page@12 #x00)
                          |PG_locked[F0]@12|
                          |PG_locked[F1]@12|)
                     #x00))))
(let ((a!4 (ite (not (= fault0.from_swap@0 #x00))
                (and (= swapper_space.i_pages@0 fault0.page@0) a!2)
                (and (= shmem.i_pages@0 fault0.page@0) a!3)))
      (a!10 (ite (not (= |folio.used[F0]@0| #x00))
                 (and a!6
                      (= |folio.refcount[F0]@0|
                         (bvadd |folio.mapcount[F0]@0| a!7 a!8)))
                 (and (= |folio.refcount[F0]@0| #x00)
                      (= |folio.mapcount[F0]@0| #x00)
                      (= a!7 #x00)
                      (= a!8 #x00)
                      a!9)))
      (a!15 (ite (not (= |folio.used[F1]@0| #x00))
                 (and a!11
                      (= |folio.refcount[F1]@0|
                         (bvadd |folio.mapcount[F1]@0| a!12 a!13)))
                 (and (= |folio.refcount[F1]@0| #x00)
                      (= |folio.mapcount[F1]@0| #x00)
                      (= a!12 #x00)
                      (= a!13 #x00)
                      a!14)))
      (a!17 (and (bvuge (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!16))
      (a!21 (and (and (= migrate0.pc@0 #x09) (not (= migrate0.ok@0 #x00))) a!20))
      (a!24 (and (bvuge (ite (= fault0.page@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!23))
      (a!25 (or (not (not (= |folio.used[F0]@0| #x00)))
                (and (or (bvugt |folio.mapcount[F0]@0| #x00) (bvugt a!8 #x00))
                     (not (= |PG_lru[F0]@0| #x00))
                     (= |PG_locked[F0]@0| #x00))))
      (a!26 (or (not (not (= |folio.used[F1]@0| #x00)))
                (and (or (bvugt |folio.mapcount[F1]@0| #x00) (bvugt a!13 #x00))
                     (not (= |PG_lru[F1]@0| #x00))
                     (= |PG_locked[F1]@0| #x00))))
      (a!30 (and (= migrate0.pc@0 #x02)
                 a!28
                 (= (ite (= a!29 #x00) |PG_locked[F0]@0| |PG_locked[F1]@0|)
                    #x00)))
      (a!37 (not (and (not (= |page.mapping(shmem)[F0]@0| #x00))
                      (= |folio.refcount[F0]@0| #x02)
                      a!36)))
      (a!44 (ite (not (= fault0.from_swap@1 #x00))
                 (and (= swapper_space.i_pages@1 fault0.page@1) a!42)
                 (and (= shmem.i_pages@1 fault0.page@1) a!43)))
      (a!50 (ite (not (= |folio.used[F0]@1| #x00))
                 (and a!46
                      (= |folio.refcount[F0]@1|
                         (bvadd |folio.mapcount[F0]@1| a!47 a!48)))
                 (and (= |folio.refcount[F0]@1| #x00)
                      (= |folio.mapcount[F0]@1| #x00)
                      (= a!47 #x00)
                      (= a!48 #x00)
                      a!49)))
      (a!55 (ite (not (= |folio.used[F1]@1| #x00))
                 (and a!51
                      (= |folio.refcount[F1]@1|
                         (bvadd |folio.mapcount[F1]@1| a!52 a!53)))
                 (and (= |folio.refcount[F1]@1| #x00)
                      (= |folio.mapcount[F1]@1| #x00)
                      (= a!52 #x00)
                      (= a!53 #x00)
                      a!54)))
      (a!57 (and (bvuge (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!56))
      (a!61 (and (and (= migrate0.pc@1 #x09) (not (= migrate0.ok@1 #x00))) a!60))
      (a!64 (and (bvuge (ite (= fault0.page@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!63))
      (a!65 (or (not (not (= |folio.used[F0]@1| #x00)))
                (and (or (bvugt |folio.mapcount[F0]@1| #x00) (bvugt a!48 #x00))
                     (not (= |PG_lru[F0]@1| #x00))
                     (= |PG_locked[F0]@1| #x00))))
      (a!66 (or (not (not (= |folio.used[F1]@1| #x00)))
                (and (or (bvugt |folio.mapcount[F1]@1| #x00) (bvugt a!53 #x00))
                     (not (= |PG_lru[F1]@1| #x00))
                     (= |PG_locked[F1]@1| #x00))))
      (a!70 (and (= migrate0.pc@1 #x02)
                 a!68
                 (= (ite (= a!69 #x00) |PG_locked[F0]@1| |PG_locked[F1]@1|)
                    #x00)))
      (a!77 (not (and (not (= |page.mapping(shmem)[F0]@1| #x00))
                      (= |folio.refcount[F0]@1| #x02)
                      a!76)))
      (a!84 (ite (not (= fault0.from_swap@2 #x00))
                 (and (= swapper_space.i_pages@2 fault0.page@2) a!82)
                 (and (= shmem.i_pages@2 fault0.page@2) a!83)))
      (a!90 (ite (not (= |folio.used[F0]@2| #x00))
                 (and a!86
                      (= |folio.refcount[F0]@2|
                         (bvadd |folio.mapcount[F0]@2| a!87 a!88)))
                 (and (= |folio.refcount[F0]@2| #x00)
                      (= |folio.mapcount[F0]@2| #x00)
                      (= a!87 #x00)
                      (= a!88 #x00)
                      a!89)))
      (a!95 (ite (not (= |folio.used[F1]@2| #x00))
                 (and a!91
                      (= |folio.refcount[F1]@2|
                         (bvadd |folio.mapcount[F1]@2| a!92 a!93)))
                 (and (= |folio.refcount[F1]@2| #x00)
                      (= |folio.mapcount[F1]@2| #x00)
                      (= a!92 #x00)
                      (= a!93 #x00)
                      a!94)))
      (a!97 (and (bvuge (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!96))
      (a!101 (and (and (= migrate0.pc@2 #x09) (not (= migrate0.ok@2 #x00)))
                  a!100))
      (a!104 (and (bvuge (ite (= fault0.page@2 #x00)
                              |folio.refcount[F0]@2|
                              |folio.refcount[F1]@2|)
                         #x01)
                  a!103))
      (a!105 (or (not (not (= |folio.used[F0]@2| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@2| #x00) (bvugt a!88 #x00))
                      (not (= |PG_lru[F0]@2| #x00))
                      (= |PG_locked[F0]@2| #x00))))
      (a!106 (or (not (not (= |folio.used[F1]@2| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@2| #x00) (bvugt a!93 #x00))
                      (not (= |PG_lru[F1]@2| #x00))
                      (= |PG_locked[F1]@2| #x00))))
      (a!110 (and (= migrate0.pc@2 #x02)
                  a!108
                  (= (ite (= a!109 #x00) |PG_locked[F0]@2| |PG_locked[F1]@2|)
                     #x00)))
      (a!117 (not (and (not (= |page.mapping(shmem)[F0]@2| #x00))
                       (= |folio.refcount[F0]@2| #x02)
                       a!116)))
      (a!124 (ite (not (= fault0.from_swap@3 #x00))
                  (and (= swapper_space.i_pages@3 fault0.page@3) a!122)
                  (and (= shmem.i_pages@3 fault0.page@3) a!123)))
      (a!130 (ite (not (= |folio.used[F0]@3| #x00))
                  (and a!126
                       (= |folio.refcount[F0]@3|
                          (bvadd |folio.mapcount[F0]@3| a!127 a!128)))
                  (and (= |folio.refcount[F0]@3| #x00)
                       (= |folio.mapcount[F0]@3| #x00)
                       (= a!127 #x00)
                       (= a!128 #x00)
                       a!129)))
      (a!135 (ite (not (= |folio.used[F1]@3| #x00))
                  (and a!131
                       (= |folio.refcount[F1]@3|
                          (bvadd |folio.mapcount[F1]@3| a!132 a!133)))
                  (and (= |folio.refcount[F1]@3| #x00)
                       (= |folio.mapcount[F1]@3| #x00)
                       (= a!132 #x00)
                       (= a!133 #x00)
                       a!134)))
      (a!137 (and (bvuge (ite (= migrate0.newpage@3 #x00)
                              |folio.refcount[F0]@3|
                              |folio.refcount[F1]@3|)
                         #x01)
                  a!136))
      (a!141 (and (and (= migrate0.pc@3 #x09) (not (= migrate0.ok@3 #x00)))
                  a!140))
      (a!144 (and (bvuge (ite (= fault0.page@3 #x00)
                              |folio.refcount[F0]@3|
                              |folio.refcount[F1]@3|)
                         #x01)
                  a!143))
      (a!145 (or (not (not (= |folio.used[F0]@3| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@3| #x00)
                          (bvugt a!128 #x00))
                      (not (= |PG_lru[F0]@3| #x00))
                      (= |PG_locked[F0]@3| #x00))))
      (a!146 (or (not (not (= |folio.used[F1]@3| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@3| #x00)
                          (bvugt a!133 #x00))
                      (not (= |PG_lru[F1]@3| #x00))
                      (= |PG_locked[F1]@3| #x00))))
      (a!150 (and (= migrate0.pc@3 #x02)
                  a!148
                  (= (ite (= a!149 #x00) |PG_locked[F0]@3| |PG_locked[F1]@3|)
                     #x00)))
      (a!157 (not (and (not (= |page.mapping(shmem)[F0]@3| #x00))
                       (= |folio.refcount[F0]@3| #x02)
                       a!156)))
      (a!164 (ite (not (= fault0.from_swap@4 #x00))
                  (and (= swapper_space.i_pages@4 fault0.page@4) a!162)
                  (and (= shmem.i_pages@4 fault0.page@4) a!163)))
      (a!170 (ite (not (= |folio.used[F0]@4| #x00))
                  (and a!166
                       (= |folio.refcount[F0]@4|
                          (bvadd |folio.mapcount[F0]@4| a!167 a!168)))
                  (and (= |folio.refcount[F0]@4| #x00)
                       (= |folio.mapcount[F0]@4| #x00)
                       (= a!167 #x00)
                       (= a!168 #x00)
                       a!169)))
      (a!175 (ite (not (= |folio.used[F1]@4| #x00))
                  (and a!171
                       (= |folio.refcount[F1]@4|
                          (bvadd |folio.mapcount[F1]@4| a!172 a!173)))
                  (and (= |folio.refcount[F1]@4| #x00)
                       (= |folio.mapcount[F1]@4| #x00)
                       (= a!172 #x00)
                       (= a!173 #x00)
                       a!174)))
      (a!177 (and (bvuge (ite (= migrate0.newpage@4 #x00)
                              |folio.refcount[F0]@4|
                              |folio.refcount[F1]@4|)
                         #x01)
                  a!176))
      (a!181 (and (and (= migrate0.pc@4 #x09) (not (= migrate0.ok@4 #x00)))
                  a!180))
      (a!184 (and (bvuge (ite (= fault0.page@4 #x00)
                              |folio.refcount[F0]@4|
                              |folio.refcount[F1]@4|)
                         #x01)
                  a!183))
      (a!185 (or (not (not (= |folio.used[F0]@4| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@4| #x00)
                          (bvugt a!168 #x00))
                      (not (= |PG_lru[F0]@4| #x00))
                      (= |PG_locked[F0]@4| #x00))))
      (a!186 (or (not (not (= |folio.used[F1]@4| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@4| #x00)
                          (bvugt a!173 #x00))
                      (not (= |PG_lru[F1]@4| #x00))
                      (= |PG_locked[F1]@4| #x00))))
      (a!190 (and (= migrate0.pc@4 #x02)
                  a!188
                  (= (ite (= a!189 #x00) |PG_locked[F0]@4| |PG_locked[F1]@4|)
                     #x00)))
      (a!197 (not (and (not (= |page.mapping(shmem)[F0]@4| #x00))
                       (= |folio.refcount[F0]@4| #x02)
                       a!196)))
      (a!204 (ite (not (= fault0.from_swap@5 #x00))
                  (and (= swapper_space.i_pages@5 fault0.page@5) a!202)
                  (and (= shmem.i_pages@5 fault0.page@5) a!203)))
      (a!210 (ite (not (= |folio.used[F0]@5| #x00))
                  (and a!206
                       (= |folio.refcount[F0]@5|
                          (bvadd |folio.mapcount[F0]@5| a!207 a!208)))
                  (and (= |folio.refcount[F0]@5| #x00)
                       (= |folio.mapcount[F0]@5| #x00)
                       (= a!207 #x00)
                       (= a!208 #x00)
                       a!209)))
      (a!215 (ite (not (= |folio.used[F1]@5| #x00))
                  (and a!211
                       (= |folio.refcount[F1]@5|
                          (bvadd |folio.mapcount[F1]@5| a!212 a!213)))
                  (and (= |folio.refcount[F1]@5| #x00)
                       (= |folio.mapcount[F1]@5| #x00)
                       (= a!212 #x00)
                       (= a!213 #x00)
                       a!214)))
      (a!217 (and (bvuge (ite (= migrate0.newpage@5 #x00)
                              |folio.refcount[F0]@5|
                              |folio.refcount[F1]@5|)
                         #x01)
                  a!216))
      (a!221 (and (and (= migrate0.pc@5 #x09) (not (= migrate0.ok@5 #x00)))
                  a!220))
      (a!224 (and (bvuge (ite (= fault0.page@5 #x00)
                              |folio.refcount[F0]@5|
                              |folio.refcount[F1]@5|)
                         #x01)
                  a!223))
      (a!225 (or (not (not (= |folio.used[F0]@5| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@5| #x00)
                          (bvugt a!208 #x00))
                      (not (= |PG_lru[F0]@5| #x00))
                      (= |PG_locked[F0]@5| #x00))))
      (a!226 (or (not (not (= |folio.used[F1]@5| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@5| #x00)
                          (bvugt a!213 #x00))
                      (not (= |PG_lru[F1]@5| #x00))
                      (= |PG_locked[F1]@5| #x00))))
      (a!230 (and (= migrate0.pc@5 #x02)
                  a!228
                  (= (ite (= a!229 #x00) |PG_locked[F0]@5| |PG_locked[F1]@5|)
                     #x00)))
      (a!237 (not (and (not (= |page.mapping(shmem)[F0]@5| #x00))
                       (= |folio.refcount[F0]@5| #x02)
                       a!236)))
      (a!244 (ite (not (= fault0.from_swap@6 #x00))
                  (and (= swapper_space.i_pages@6 fault0.page@6) a!242)
                  (and (= shmem.i_pages@6 fault0.page@6) a!243)))
      (a!250 (ite (not (= |folio.used[F0]@6| #x00))
                  (and a!246
                       (= |folio.refcount[F0]@6|
                          (bvadd |folio.mapcount[F0]@6| a!247 a!248)))
                  (and (= |folio.refcount[F0]@6| #x00)
                       (= |folio.mapcount[F0]@6| #x00)
                       (= a!247 #x00)
                       (= a!248 #x00)
                       a!249)))
      (a!255 (ite (not (= |folio.used[F1]@6| #x00))
                  (and a!251
                       (= |folio.refcount[F1]@6|
                          (bvadd |folio.mapcount[F1]@6| a!252 a!253)))
                  (and (= |folio.refcount[F1]@6| #x00)
                       (= |folio.mapcount[F1]@6| #x00)
                       (= a!252 #x00)
                       (= a!253 #x00)
                       a!254)))
      (a!257 (and (bvuge (ite (= migrate0.newpage@6 #x00)
                              |folio.refcount[F0]@6|
                              |folio.refcount[F1]@6|)
                         #x01)
                  a!256))
      (a!261 (and (and (= migrate0.pc@6 #x09) (not (= migrate0.ok@6 #x00)))
                  a!260))
      (a!264 (and (bvuge (ite (= fault0.page@6 #x00)
                              |folio.refcount[F0]@6|
                              |folio.refcount[F1]@6|)
                         #x01)
                  a!263))
      (a!265 (or (not (not (= |folio.used[F0]@6| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@6| #x00)
                          (bvugt a!248 #x00))
                      (not (= |PG_lru[F0]@6| #x00))
                      (= |PG_locked[F0]@6| #x00))))
      (a!266 (or (not (not (= |folio.used[F1]@6| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@6| #x00)
                          (bvugt a!253 #x00))
                      (not (= |PG_lru[F1]@6| #x00))
                      (= |PG_locked[F1]@6| #x00))))
      (a!270 (and (= migrate0.pc@6 #x02)
                  a!268
                  (= (ite (= a!269 #x00) |PG_locked[F0]@6| |PG_locked[F1]@6|)
                     #x00)))
      (a!277 (not (and (not (= |page.mapping(shmem)[F0]@6| #x00))
                       (= |folio.refcount[F0]@6| #x02)
                       a!276)))
      (a!284 (ite (not (= fault0.from_swap@7 #x00))
                  (and (= swapper_space.i_pages@7 fault0.page@7) a!282)
                  (and (= shmem.i_pages@7 fault0.page@7) a!283)))
      (a!290 (ite (not (= |folio.used[F0]@7| #x00))
                  (and a!286
                       (= |folio.refcount[F0]@7|
                          (bvadd |folio.mapcount[F0]@7| a!287 a!288)))
                  (and (= |folio.refcount[F0]@7| #x00)
                       (= |folio.mapcount[F0]@7| #x00)
                       (= a!287 #x00)
                       (= a!288 #x00)
                       a!289)))
      (a!295 (ite (not (= |folio.used[F1]@7| #x00))
                  (and a!291
                       (= |folio.refcount[F1]@7|
                          (bvadd |folio.mapcount[F1]@7| a!292 a!293)))
                  (and (= |folio.refcount[F1]@7| #x00)
                       (= |folio.mapcount[F1]@7| #x00)
                       (= a!292 #x00)
                       (= a!293 #x00)
                       a!294)))
      (a!297 (and (bvuge (ite (= migrate0.newpage@7 #x00)
                              |folio.refcount[F0]@7|
                              |folio.refcount[F1]@7|)
                         #x01)
                  a!296))
      (a!301 (and (and (= migrate0.pc@7 #x09) (not (= migrate0.ok@7 #x00)))
                  a!300))
      (a!304 (and (bvuge (ite (= fault0.page@7 #x00)
                              |folio.refcount[F0]@7|
                              |folio.refcount[F1]@7|)
                         #x01)
                  a!303))
      (a!305 (or (not (not (= |folio.used[F0]@7| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@7| #x00)
                          (bvugt a!288 #x00))
                      (not (= |PG_lru[F0]@7| #x00))
                      (= |PG_locked[F0]@7| #x00))))
      (a!306 (or (not (not (= |folio.used[F1]@7| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@7| #x00)
                          (bvugt a!293 #x00))
                      (not (= |PG_lru[F1]@7| #x00))
                      (= |PG_locked[F1]@7| #x00))))
      (a!310 (and (= migrate0.pc@7 #x02)
                  a!308
                  (= (ite (= a!309 #x00) |PG_locked[F0]@7| |PG_locked[F1]@7|)
                     #x00)))
      (a!317 (not (and (not (= |page.mapping(shmem)[F0]@7| #x00))
                       (= |folio.refcount[F0]@7| #x02)
                       a!316)))
      (a!324 (ite (not (= fault0.from_swap@8 #x00))
                  (and (= swapper_space.i_pages@8 fault0.page@8) a!322)
                  (and (= shmem.i_pages@8 fault0.page@8) a!323)))
      (a!330 (ite (not (= |folio.used[F0]@8| #x00))
                  (and a!326
                       (= |folio.refcount[F0]@8|
                          (bvadd |folio.mapcount[F0]@8| a!327 a!328)))
                  (and (= |folio.refcount[F0]@8| #x00)
                       (= |folio.mapcount[F0]@8| #x00)
                       (= a!327 #x00)
                       (= a!328 #x00)
                       a!329)))
      (a!335 (ite (not (= |folio.used[F1]@8| #x00))
                  (and a!331
                       (= |folio.refcount[F1]@8|
                          (bvadd |folio.mapcount[F1]@8| a!332 a!333)))
                  (and (= |folio.refcount[F1]@8| #x00)
                       (= |folio.mapcount[F1]@8| #x00)
                       (= a!332 #x00)
                       (= a!333 #x00)
                       a!334)))
      (a!337 (and (bvuge (ite (= migrate0.newpage@8 #x00)
                              |folio.refcount[F0]@8|
                              |folio.refcount[F1]@8|)
                         #x01)
                  a!336))
      (a!341 (and (and (= migrate0.pc@8 #x09) (not (= migrate0.ok@8 #x00)))
                  a!340))
      (a!344 (and (bvuge (ite (= fault0.page@8 #x00)
                              |folio.refcount[F0]@8|
                              |folio.refcount[F1]@8|)
                         #x01)
                  a!343))
      (a!345 (or (not (not (= |folio.used[F0]@8| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@8| #x00)
                          (bvugt a!328 #x00))
                      (not (= |PG_lru[F0]@8| #x00))
                      (= |PG_locked[F0]@8| #x00))))
      (a!346 (or (not (not (= |folio.used[F1]@8| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@8| #x00)
                          (bvugt a!333 #x00))
                      (not (= |PG_lru[F1]@8| #x00))
                      (= |PG_locked[F1]@8| #x00))))
      (a!350 (and (= migrate0.pc@8 #x02)
                  a!348
                  (= (ite (= a!349 #x00) |PG_locked[F0]@8| |PG_locked[F1]@8|)
                     #x00)))
      (a!357 (not (and (not (= |page.mapping(shmem)[F0]@8| #x00))
                       (= |folio.refcount[F0]@8| #x02)
                       a!356)))
      (a!364 (ite (not (= fault0.from_swap@9 #x00))
                  (and (= swapper_space.i_pages@9 fault0.page@9) a!362)
                  (and (= shmem.i_pages@9 fault0.page@9) a!363)))
      (a!370 (ite (not (= |folio.used[F0]@9| #x00))
                  (and a!366
                       (= |folio.refcount[F0]@9|
                          (bvadd |folio.mapcount[F0]@9| a!367 a!368)))
                  (and (= |folio.refcount[F0]@9| #x00)
                       (= |folio.mapcount[F0]@9| #x00)
                       (= a!367 #x00)
                       (= a!368 #x00)
                       a!369)))
      (a!375 (ite (not (= |folio.used[F1]@9| #x00))
                  (and a!371
                       (= |folio.refcount[F1]@9|
                          (bvadd |folio.mapcount[F1]@9| a!372 a!373)))
                  (and (= |folio.refcount[F1]@9| #x00)
                       (= |folio.mapcount[F1]@9| #x00)
                       (= a!372 #x00)
                       (= a!373 #x00)
                       a!374)))
      (a!377 (and (bvuge (ite (= migrate0.newpage@9 #x00)
                              |folio.refcount[F0]@9|
                              |folio.refcount[F1]@9|)
                         #x01)
                  a!376))
      (a!381 (and (and (= migrate0.pc@9 #x09) (not (= migrate0.ok@9 #x00)))
                  a!380))
      (a!384 (and (bvuge (ite (= fault0.page@9 #x00)
                              |folio.refcount[F0]@9|
                              |folio.refcount[F1]@9|)
                         #x01)
                  a!383))
      (a!385 (or (not (not (= |folio.used[F0]@9| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@9| #x00)
                          (bvugt a!368 #x00))
                      (not (= |PG_lru[F0]@9| #x00))
                      (= |PG_locked[F0]@9| #x00))))
      (a!386 (or (not (not (= |folio.used[F1]@9| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@9| #x00)
                          (bvugt a!373 #x00))
                      (not (= |PG_lru[F1]@9| #x00))
                      (= |PG_locked[F1]@9| #x00))))
      (a!390 (and (= migrate0.pc@9 #x02)
                  a!388
                  (= (ite (= a!389 #x00) |PG_locked[F0]@9| |PG_locked[F1]@9|)
                     #x00)))
      (a!397 (not (and (not (= |page.mapping(shmem)[F0]@9| #x00))
                       (= |folio.refcount[F0]@9| #x02)
                       a!396)))
      (a!404 (ite (not (= fault0.from_swap@10 #x00))
                  (and (= swapper_space.i_pages@10 fault0.page@10) a!402)
                  (and (= shmem.i_pages@10 fault0.page@10) a!403)))
      (a!410 (ite (not (= |folio.used[F0]@10| #x00))
                  (and a!406
                       (= |folio.refcount[F0]@10|
                          (bvadd |folio.mapcount[F0]@10| a!407 a!408)))
                  (and (= |folio.refcount[F0]@10| #x00)
                       (= |folio.mapcount[F0]@10| #x00)
                       (= a!407 #x00)
                       (= a!408 #x00)
                       a!409)))
      (a!415 (ite (not (= |folio.used[F1]@10| #x00))
                  (and a!411
                       (= |folio.refcount[F1]@10|
                          (bvadd |folio.mapcount[F1]@10| a!412 a!413)))
                  (and (= |folio.refcount[F1]@10| #x00)
                       (= |folio.mapcount[F1]@10| #x00)
                       (= a!412 #x00)
                       (= a!413 #x00)
                       a!414)))
      (a!417 (and (bvuge (ite (= migrate0.newpage@10 #x00)
                              |folio.refcount[F0]@10|
                              |folio.refcount[F1]@10|)
                         #x01)
                  a!416))
      (a!421 (and (and (= migrate0.pc@10 #x09) (not (= migrate0.ok@10 #x00)))
                  a!420))
      (a!424 (and (bvuge (ite (= fault0.page@10 #x00)
                              |folio.refcount[F0]@10|
                              |folio.refcount[F1]@10|)
                         #x01)
                  a!423))
      (a!425 (or (not (not (= |folio.used[F0]@10| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@10| #x00)
                          (bvugt a!408 #x00))
                      (not (= |PG_lru[F0]@10| #x00))
                      (= |PG_locked[F0]@10| #x00))))
      (a!426 (or (not (not (= |folio.used[F1]@10| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@10| #x00)
                          (bvugt a!413 #x00))
                      (not (= |PG_lru[F1]@10| #x00))
                      (= |PG_locked[F1]@10| #x00))))
      (a!430 (and (= migrate0.pc@10 #x02)
                  a!428
                  (= (ite (= a!429 #x00) |PG_locked[F0]@10| |PG_locked[F1]@10|)
                     #x00)))
      (a!437 (not (and (not (= |page.mapping(shmem)[F0]@10| #x00))
                       (= |folio.refcount[F0]@10| #x02)
                       a!436)))
      (a!444 (ite (not (= fault0.from_swap@11 #x00))
                  (and (= swapper_space.i_pages@11 fault0.page@11) a!442)
                  (and (= shmem.i_pages@11 fault0.page@11) a!443)))
      (a!450 (ite (not (= |folio.used[F0]@11| #x00))
                  (and a!446
                       (= |folio.refcount[F0]@11|
                          (bvadd |folio.mapcount[F0]@11| a!447 a!448)))
                  (and (= |folio.refcount[F0]@11| #x00)
                       (= |folio.mapcount[F0]@11| #x00)
                       (= a!447 #x00)
                       (= a!448 #x00)
                       a!449)))
      (a!455 (ite (not (= |folio.used[F1]@11| #x00))
                  (and a!451
                       (= |folio.refcount[F1]@11|
                          (bvadd |folio.mapcount[F1]@11| a!452 a!453)))
                  (and (= |folio.refcount[F1]@11| #x00)
                       (= |folio.mapcount[F1]@11| #x00)
                       (= a!452 #x00)
                       (= a!453 #x00)
                       a!454)))
      (a!457 (and (bvuge (ite (= migrate0.newpage@11 #x00)
                              |folio.refcount[F0]@11|
                              |folio.refcount[F1]@11|)
                         #x01)
                  a!456))
      (a!461 (and (and (= migrate0.pc@11 #x09) (not (= migrate0.ok@11 #x00)))
                  a!460))
      (a!464 (and (bvuge (ite (= fault0.page@11 #x00)
                              |folio.refcount[F0]@11|
                              |folio.refcount[F1]@11|)
                         #x01)
                  a!463))
      (a!465 (or (not (not (= |folio.used[F0]@11| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@11| #x00)
                          (bvugt a!448 #x00))
                      (not (= |PG_lru[F0]@11| #x00))
                      (= |PG_locked[F0]@11| #x00))))
      (a!466 (or (not (not (= |folio.used[F1]@11| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@11| #x00)
                          (bvugt a!453 #x00))
                      (not (= |PG_lru[F1]@11| #x00))
                      (= |PG_locked[F1]@11| #x00))))
      (a!470 (and (= migrate0.pc@11 #x02)
                  a!468
                  (= (ite (= a!469 #x00) |PG_locked[F0]@11| |PG_locked[F1]@11|)
                     #x00)))
      (a!477 (not (and (not (= |page.mapping(shmem)[F0]@11| #x00))
                       (= |folio.refcount[F0]@11| #x02)
                       a!476)))
      (a!484 (ite (not (= fault0.from_swap@12 #x00))
                  (and (= swapper_space.i_pages@12 fault0.page@12) a!482)
                  (and (= shmem.i_pages@12 fault0.page@12) a!483)))
      (a!490 (ite (not (= |folio.used[F0]@12| #x00))
                  (and a!486
                       (= |folio.refcount[F0]@12|
                          (bvadd |folio.mapcount[F0]@12| a!487 a!488)))
                  (and (= |folio.refcount[F0]@12| #x00)
                       (= |folio.mapcount[F0]@12| #x00)
                       (= a!487 #x00)
                       (= a!488 #x00)
                       a!489)))
      (a!495 (ite (not (= |folio.used[F1]@12| #x00))
                  (and a!491
                       (= |folio.refcount[F1]@12|
                          (bvadd |folio.mapcount[F1]@12| a!492 a!493)))
                  (and (= |folio.refcount[F1]@12| #x00)
                       (= |folio.mapcount[F1]@12| #x00)
                       (= a!492 #x00)
                       (= a!493 #x00)
                       a!494)))
      (a!497 (and (bvuge (ite (= migrate0.newpage@12 #x00)
                              |folio.refcount[F0]@12|
                              |folio.refcount[F1]@12|)
                         #x01)
                  a!496))
      (a!501 (and (and (= migrate0.pc@12 #x09) (not (= migrate0.ok@12 #x00)))
                  a!500))
      (a!504 (and (bvuge (ite (= fault0.page@12 #x00)
                              |folio.refcount[F0]@12|
                              |folio.refcount[F1]@12|)
                         #x01)
                  a!503))
      (a!505 (or (not (not (= |folio.used[F0]@12| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@12| #x00)
                          (bvugt a!488 #x00))
                      (not (= |PG_lru[F0]@12| #x00))
                      (= |PG_locked[F0]@12| #x00))))
      (a!506 (or (not (not (= |folio.used[F1]@12| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@12| #x00)
                          (bvugt a!493 #x00))
                      (not (= |PG_lru[F1]@12| #x00))
                      (= |PG_locked[F1]@12| #x00))))
      (a!510 (and (= migrate0.pc@12 #x02)
                  a!508
                  (= (ite (= a!509 #x00) |PG_locked[F0]@12| |PG_locked[F1]@12|)
                     #x00)))
      (a!517 (not (and (not (= |page.mapping(shmem)[F0]@12| #x00))
                       (= |folio.refcount[F0]@12| #x02)
                       a!516))))
(let ((a!19 (and (and (= migrate0.pc@0 #x09) (not (= migrate0.ok@0 #x00)))
                 (not a!17)))
      (a!39 (or (and (= migrate0.pc@0 #x00)
                     (= |lru_lock[0]@0| #x00)
                     (not (= |folio.used[F0]@0| #x00))
                     (not (= |PG_lru[F0]@0| #x00)))
                (and (= migrate0.pc@0 #x00) a!27)
                (and (= migrate0.pc@0 #x01) (= |PG_locked[F0]@0| #x00))
                a!30
                a!31
                a!32
                a!33
                (and (= migrate0.pc@0 #x03) a!34)
                (= migrate0.pc@0 #x04)
                (and (= migrate0.pc@0 #x05)
                     (= (ite a!35
                             |&mapping->tree_lock.writer[shmem]@0|
                             |&mapping->tree_lock.writer[swapper_space]@0|)
                        #x00)
                     (= (ite a!35
                             |&mapping->tree_lock.readers[shmem]@0|
                             |&mapping->tree_lock.readers[swapper_space]@0|)
                        #x00)
                     (not (= |page.mapping(shmem)[F0]@0| #x00))
                     (= |folio.refcount[F0]@0| #x02)
                     a!36)
                (and (= migrate0.pc@0 #x05) a!37)
                (= migrate0.pc@0 #x06)
                (and (= migrate0.pc@0 #x07) (not (= migrate0.ok@0 #x00)))
                a!18
                (and (= migrate0.pc@0 #x09) (not (= migrate0.ok@0 #x00)))
                a!22
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
                a!38
                (and (= fault0.pc@0 #x02) a!4)
                (and (= fault0.pc@0 #x02) (not a!4))))
      (a!59 (and (and (= migrate0.pc@1 #x09) (not (= migrate0.ok@1 #x00)))
                 (not a!57)))
      (a!79 (or (and (= migrate0.pc@1 #x00)
                     (= |lru_lock[0]@1| #x00)
                     (not (= |folio.used[F0]@1| #x00))
                     (not (= |PG_lru[F0]@1| #x00)))
                (and (= migrate0.pc@1 #x00) a!67)
                (and (= migrate0.pc@1 #x01) (= |PG_locked[F0]@1| #x00))
                a!70
                a!71
                a!72
                a!73
                (and (= migrate0.pc@1 #x03) a!74)
                (= migrate0.pc@1 #x04)
                (and (= migrate0.pc@1 #x05)
                     (= (ite a!75
                             |&mapping->tree_lock.writer[shmem]@1|
                             |&mapping->tree_lock.writer[swapper_space]@1|)
                        #x00)
                     (= (ite a!75
                             |&mapping->tree_lock.readers[shmem]@1|
                             |&mapping->tree_lock.readers[swapper_space]@1|)
                        #x00)
                     (not (= |page.mapping(shmem)[F0]@1| #x00))
                     (= |folio.refcount[F0]@1| #x02)
                     a!76)
                (and (= migrate0.pc@1 #x05) a!77)
                (= migrate0.pc@1 #x06)
                (and (= migrate0.pc@1 #x07) (not (= migrate0.ok@1 #x00)))
                a!58
                (and (= migrate0.pc@1 #x09) (not (= migrate0.ok@1 #x00)))
                a!62
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
                a!78
                (and (= fault0.pc@1 #x02) a!44)
                (and (= fault0.pc@1 #x02) (not a!44))))
      (a!99 (and (and (= migrate0.pc@2 #x09) (not (= migrate0.ok@2 #x00)))
                 (not a!97)))
      (a!119 (or (and (= migrate0.pc@2 #x00)
                      (= |lru_lock[0]@2| #x00)
                      (not (= |folio.used[F0]@2| #x00))
                      (not (= |PG_lru[F0]@2| #x00)))
                 (and (= migrate0.pc@2 #x00) a!107)
                 (and (= migrate0.pc@2 #x01) (= |PG_locked[F0]@2| #x00))
                 a!110
                 a!111
                 a!112
                 a!113
                 (and (= migrate0.pc@2 #x03) a!114)
                 (= migrate0.pc@2 #x04)
                 (and (= migrate0.pc@2 #x05)
                      (= (ite a!115
                              |&mapping->tree_lock.writer[shmem]@2|
                              |&mapping->tree_lock.writer[swapper_space]@2|)
                         #x00)
                      (= (ite a!115
                              |&mapping->tree_lock.readers[shmem]@2|
                              |&mapping->tree_lock.readers[swapper_space]@2|)
                         #x00)
                      (not (= |page.mapping(shmem)[F0]@2| #x00))
                      (= |folio.refcount[F0]@2| #x02)
                      a!116)
                 (and (= migrate0.pc@2 #x05) a!117)
                 (= migrate0.pc@2 #x06)
                 (and (= migrate0.pc@2 #x07) (not (= migrate0.ok@2 #x00)))
                 a!98
                 (and (= migrate0.pc@2 #x09) (not (= migrate0.ok@2 #x00)))
                 a!102
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
                 a!118
                 (and (= fault0.pc@2 #x02) a!84)
                 (and (= fault0.pc@2 #x02) (not a!84))))
      (a!139 (and (and (= migrate0.pc@3 #x09) (not (= migrate0.ok@3 #x00)))
                  (not a!137)))
      (a!159 (or (and (= migrate0.pc@3 #x00)
                      (= |lru_lock[0]@3| #x00)
                      (not (= |folio.used[F0]@3| #x00))
                      (not (= |PG_lru[F0]@3| #x00)))
                 (and (= migrate0.pc@3 #x00) a!147)
                 (and (= migrate0.pc@3 #x01) (= |PG_locked[F0]@3| #x00))
                 a!150
                 a!151
                 a!152
                 a!153
                 (and (= migrate0.pc@3 #x03) a!154)
                 (= migrate0.pc@3 #x04)
                 (and (= migrate0.pc@3 #x05)
                      (= (ite a!155
                              |&mapping->tree_lock.writer[shmem]@3|
                              |&mapping->tree_lock.writer[swapper_space]@3|)
                         #x00)
                      (= (ite a!155
                              |&mapping->tree_lock.readers[shmem]@3|
                              |&mapping->tree_lock.readers[swapper_space]@3|)
                         #x00)
                      (not (= |page.mapping(shmem)[F0]@3| #x00))
                      (= |folio.refcount[F0]@3| #x02)
                      a!156)
                 (and (= migrate0.pc@3 #x05) a!157)
                 (= migrate0.pc@3 #x06)
                 (and (= migrate0.pc@3 #x07) (not (= migrate0.ok@3 #x00)))
                 a!138
                 (and (= migrate0.pc@3 #x09) (not (= migrate0.ok@3 #x00)))
                 a!142
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
                 a!158
                 (and (= fault0.pc@3 #x02) a!124)
                 (and (= fault0.pc@3 #x02) (not a!124))))
      (a!179 (and (and (= migrate0.pc@4 #x09) (not (= migrate0.ok@4 #x00)))
                  (not a!177)))
      (a!199 (or (and (= migrate0.pc@4 #x00)
                      (= |lru_lock[0]@4| #x00)
                      (not (= |folio.used[F0]@4| #x00))
                      (not (= |PG_lru[F0]@4| #x00)))
                 (and (= migrate0.pc@4 #x00) a!187)
                 (and (= migrate0.pc@4 #x01) (= |PG_locked[F0]@4| #x00))
                 a!190
                 a!191
                 a!192
                 a!193
                 (and (= migrate0.pc@4 #x03) a!194)
                 (= migrate0.pc@4 #x04)
                 (and (= migrate0.pc@4 #x05)
                      (= (ite a!195
                              |&mapping->tree_lock.writer[shmem]@4|
                              |&mapping->tree_lock.writer[swapper_space]@4|)
                         #x00)
                      (= (ite a!195
                              |&mapping->tree_lock.readers[shmem]@4|
                              |&mapping->tree_lock.readers[swapper_space]@4|)
                         #x00)
                      (not (= |page.mapping(shmem)[F0]@4| #x00))
                      (= |folio.refcount[F0]@4| #x02)
                      a!196)
                 (and (= migrate0.pc@4 #x05) a!197)
                 (= migrate0.pc@4 #x06)
                 (and (= migrate0.pc@4 #x07) (not (= migrate0.ok@4 #x00)))
                 a!178
                 (and (= migrate0.pc@4 #x09) (not (= migrate0.ok@4 #x00)))
                 a!182
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
                 a!198
                 (and (= fault0.pc@4 #x02) a!164)
                 (and (= fault0.pc@4 #x02) (not a!164))))
      (a!219 (and (and (= migrate0.pc@5 #x09) (not (= migrate0.ok@5 #x00)))
                  (not a!217)))
      (a!239 (or (and (= migrate0.pc@5 #x00)
                      (= |lru_lock[0]@5| #x00)
                      (not (= |folio.used[F0]@5| #x00))
                      (not (= |PG_lru[F0]@5| #x00)))
                 (and (= migrate0.pc@5 #x00) a!227)
                 (and (= migrate0.pc@5 #x01) (= |PG_locked[F0]@5| #x00))
                 a!230
                 a!231
                 a!232
                 a!233
                 (and (= migrate0.pc@5 #x03) a!234)
                 (= migrate0.pc@5 #x04)
                 (and (= migrate0.pc@5 #x05)
                      (= (ite a!235
                              |&mapping->tree_lock.writer[shmem]@5|
                              |&mapping->tree_lock.writer[swapper_space]@5|)
                         #x00)
                      (= (ite a!235
                              |&mapping->tree_lock.readers[shmem]@5|
                              |&mapping->tree_lock.readers[swapper_space]@5|)
                         #x00)
                      (not (= |page.mapping(shmem)[F0]@5| #x00))
                      (= |folio.refcount[F0]@5| #x02)
                      a!236)
                 (and (= migrate0.pc@5 #x05) a!237)
                 (= migrate0.pc@5 #x06)
                 (and (= migrate0.pc@5 #x07) (not (= migrate0.ok@5 #x00)))
                 a!218
                 (and (= migrate0.pc@5 #x09) (not (= migrate0.ok@5 #x00)))
                 a!222
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
                 a!238
                 (and (= fault0.pc@5 #x02) a!204)
                 (and (= fault0.pc@5 #x02) (not a!204))))
      (a!259 (and (and (= migrate0.pc@6 #x09) (not (= migrate0.ok@6 #x00)))
                  (not a!257)))
      (a!279 (or (and (= migrate0.pc@6 #x00)
                      (= |lru_lock[0]@6| #x00)
                      (not (= |folio.used[F0]@6| #x00))
                      (not (= |PG_lru[F0]@6| #x00)))
                 (and (= migrate0.pc@6 #x00) a!267)
                 (and (= migrate0.pc@6 #x01) (= |PG_locked[F0]@6| #x00))
                 a!270
                 a!271
                 a!272
                 a!273
                 (and (= migrate0.pc@6 #x03) a!274)
                 (= migrate0.pc@6 #x04)
                 (and (= migrate0.pc@6 #x05)
                      (= (ite a!275
                              |&mapping->tree_lock.writer[shmem]@6|
                              |&mapping->tree_lock.writer[swapper_space]@6|)
                         #x00)
                      (= (ite a!275
                              |&mapping->tree_lock.readers[shmem]@6|
                              |&mapping->tree_lock.readers[swapper_space]@6|)
                         #x00)
                      (not (= |page.mapping(shmem)[F0]@6| #x00))
                      (= |folio.refcount[F0]@6| #x02)
                      a!276)
                 (and (= migrate0.pc@6 #x05) a!277)
                 (= migrate0.pc@6 #x06)
                 (and (= migrate0.pc@6 #x07) (not (= migrate0.ok@6 #x00)))
                 a!258
                 (and (= migrate0.pc@6 #x09) (not (= migrate0.ok@6 #x00)))
                 a!262
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
                 a!278
                 (and (= fault0.pc@6 #x02) a!244)
                 (and (= fault0.pc@6 #x02) (not a!244))))
      (a!299 (and (and (= migrate0.pc@7 #x09) (not (= migrate0.ok@7 #x00)))
                  (not a!297)))
      (a!319 (or (and (= migrate0.pc@7 #x00)
                      (= |lru_lock[0]@7| #x00)
                      (not (= |folio.used[F0]@7| #x00))
                      (not (= |PG_lru[F0]@7| #x00)))
                 (and (= migrate0.pc@7 #x00) a!307)
                 (and (= migrate0.pc@7 #x01) (= |PG_locked[F0]@7| #x00))
                 a!310
                 a!311
                 a!312
                 a!313
                 (and (= migrate0.pc@7 #x03) a!314)
                 (= migrate0.pc@7 #x04)
                 (and (= migrate0.pc@7 #x05)
                      (= (ite a!315
                              |&mapping->tree_lock.writer[shmem]@7|
                              |&mapping->tree_lock.writer[swapper_space]@7|)
                         #x00)
                      (= (ite a!315
                              |&mapping->tree_lock.readers[shmem]@7|
                              |&mapping->tree_lock.readers[swapper_space]@7|)
                         #x00)
                      (not (= |page.mapping(shmem)[F0]@7| #x00))
                      (= |folio.refcount[F0]@7| #x02)
                      a!316)
                 (and (= migrate0.pc@7 #x05) a!317)
                 (= migrate0.pc@7 #x06)
                 (and (= migrate0.pc@7 #x07) (not (= migrate0.ok@7 #x00)))
                 a!298
                 (and (= migrate0.pc@7 #x09) (not (= migrate0.ok@7 #x00)))
                 a!302
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
                 a!318
                 (and (= fault0.pc@7 #x02) a!284)
                 (and (= fault0.pc@7 #x02) (not a!284))))
      (a!339 (and (and (= migrate0.pc@8 #x09) (not (= migrate0.ok@8 #x00)))
                  (not a!337)))
      (a!359 (or (and (= migrate0.pc@8 #x00)
                      (= |lru_lock[0]@8| #x00)
                      (not (= |folio.used[F0]@8| #x00))
                      (not (= |PG_lru[F0]@8| #x00)))
                 (and (= migrate0.pc@8 #x00) a!347)
                 (and (= migrate0.pc@8 #x01) (= |PG_locked[F0]@8| #x00))
                 a!350
                 a!351
                 a!352
                 a!353
                 (and (= migrate0.pc@8 #x03) a!354)
                 (= migrate0.pc@8 #x04)
                 (and (= migrate0.pc@8 #x05)
                      (= (ite a!355
                              |&mapping->tree_lock.writer[shmem]@8|
                              |&mapping->tree_lock.writer[swapper_space]@8|)
                         #x00)
                      (= (ite a!355
                              |&mapping->tree_lock.readers[shmem]@8|
                              |&mapping->tree_lock.readers[swapper_space]@8|)
                         #x00)
                      (not (= |page.mapping(shmem)[F0]@8| #x00))
                      (= |folio.refcount[F0]@8| #x02)
                      a!356)
                 (and (= migrate0.pc@8 #x05) a!357)
                 (= migrate0.pc@8 #x06)
                 (and (= migrate0.pc@8 #x07) (not (= migrate0.ok@8 #x00)))
                 a!338
                 (and (= migrate0.pc@8 #x09) (not (= migrate0.ok@8 #x00)))
                 a!342
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
                 a!358
                 (and (= fault0.pc@8 #x02) a!324)
                 (and (= fault0.pc@8 #x02) (not a!324))))
      (a!379 (and (and (= migrate0.pc@9 #x09) (not (= migrate0.ok@9 #x00)))
                  (not a!377)))
      (a!399 (or (and (= migrate0.pc@9 #x00)
                      (= |lru_lock[0]@9| #x00)
                      (not (= |folio.used[F0]@9| #x00))
                      (not (= |PG_lru[F0]@9| #x00)))
                 (and (= migrate0.pc@9 #x00) a!387)
                 (and (= migrate0.pc@9 #x01) (= |PG_locked[F0]@9| #x00))
                 a!390
                 a!391
                 a!392
                 a!393
                 (and (= migrate0.pc@9 #x03) a!394)
                 (= migrate0.pc@9 #x04)
                 (and (= migrate0.pc@9 #x05)
                      (= (ite a!395
                              |&mapping->tree_lock.writer[shmem]@9|
                              |&mapping->tree_lock.writer[swapper_space]@9|)
                         #x00)
                      (= (ite a!395
                              |&mapping->tree_lock.readers[shmem]@9|
                              |&mapping->tree_lock.readers[swapper_space]@9|)
                         #x00)
                      (not (= |page.mapping(shmem)[F0]@9| #x00))
                      (= |folio.refcount[F0]@9| #x02)
                      a!396)
                 (and (= migrate0.pc@9 #x05) a!397)
                 (= migrate0.pc@9 #x06)
                 (and (= migrate0.pc@9 #x07) (not (= migrate0.ok@9 #x00)))
                 a!378
                 (and (= migrate0.pc@9 #x09) (not (= migrate0.ok@9 #x00)))
                 a!382
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
                 a!398
                 (and (= fault0.pc@9 #x02) a!364)
                 (and (= fault0.pc@9 #x02) (not a!364))))
      (a!419 (and (and (= migrate0.pc@10 #x09) (not (= migrate0.ok@10 #x00)))
                  (not a!417)))
      (a!439 (or (and (= migrate0.pc@10 #x00)
                      (= |lru_lock[0]@10| #x00)
                      (not (= |folio.used[F0]@10| #x00))
                      (not (= |PG_lru[F0]@10| #x00)))
                 (and (= migrate0.pc@10 #x00) a!427)
                 (and (= migrate0.pc@10 #x01) (= |PG_locked[F0]@10| #x00))
                 a!430
                 a!431
                 a!432
                 a!433
                 (and (= migrate0.pc@10 #x03) a!434)
                 (= migrate0.pc@10 #x04)
                 (and (= migrate0.pc@10 #x05)
                      (= (ite a!435
                              |&mapping->tree_lock.writer[shmem]@10|
                              |&mapping->tree_lock.writer[swapper_space]@10|)
                         #x00)
                      (= (ite a!435
                              |&mapping->tree_lock.readers[shmem]@10|
                              |&mapping->tree_lock.readers[swapper_space]@10|)
                         #x00)
                      (not (= |page.mapping(shmem)[F0]@10| #x00))
                      (= |folio.refcount[F0]@10| #x02)
                      a!436)
                 (and (= migrate0.pc@10 #x05) a!437)
                 (= migrate0.pc@10 #x06)
                 (and (= migrate0.pc@10 #x07) (not (= migrate0.ok@10 #x00)))
                 a!418
                 (and (= migrate0.pc@10 #x09) (not (= migrate0.ok@10 #x00)))
                 a!422
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
                 a!438
                 (and (= fault0.pc@10 #x02) a!404)
                 (and (= fault0.pc@10 #x02) (not a!404))))
      (a!459 (and (and (= migrate0.pc@11 #x09) (not (= migrate0.ok@11 #x00)))
                  (not a!457)))
      (a!479 (or (and (= migrate0.pc@11 #x00)
                      (= |lru_lock[0]@11| #x00)
                      (not (= |folio.used[F0]@11| #x00))
                      (not (= |PG_lru[F0]@11| #x00)))
                 (and (= migrate0.pc@11 #x00) a!467)
                 (and (= migrate0.pc@11 #x01) (= |PG_locked[F0]@11| #x00))
                 a!470
                 a!471
                 a!472
                 a!473
                 (and (= migrate0.pc@11 #x03) a!474)
                 (= migrate0.pc@11 #x04)
                 (and (= migrate0.pc@11 #x05)
                      (= (ite a!475
                              |&mapping->tree_lock.writer[shmem]@11|
                              |&mapping->tree_lock.writer[swapper_space]@11|)
                         #x00)
                      (= (ite a!475
                              |&mapping->tree_lock.readers[shmem]@11|
                              |&mapping->tree_lock.readers[swapper_space]@11|)
                         #x00)
                      (not (= |page.mapping(shmem)[F0]@11| #x00))
                      (= |folio.refcount[F0]@11| #x02)
                      a!476)
                 (and (= migrate0.pc@11 #x05) a!477)
                 (= migrate0.pc@11 #x06)
                 (and (= migrate0.pc@11 #x07) (not (= migrate0.ok@11 #x00)))
                 a!458
                 (and (= migrate0.pc@11 #x09) (not (= migrate0.ok@11 #x00)))
                 a!462
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
                 a!478
                 (and (= fault0.pc@11 #x02) a!444)
                 (and (= fault0.pc@11 #x02) (not a!444))))
      (a!499 (and (and (= migrate0.pc@12 #x09) (not (= migrate0.ok@12 #x00)))
                  (not a!497)))
      (a!519 (or (and (= migrate0.pc@12 #x00)
                      (= |lru_lock[0]@12| #x00)
                      (not (= |folio.used[F0]@12| #x00))
                      (not (= |PG_lru[F0]@12| #x00)))
                 (and (= migrate0.pc@12 #x00) a!507)
                 (and (= migrate0.pc@12 #x01) (= |PG_locked[F0]@12| #x00))
                 a!510
                 a!511
                 a!512
                 a!513
                 (and (= migrate0.pc@12 #x03) a!514)
                 (= migrate0.pc@12 #x04)
                 (and (= migrate0.pc@12 #x05)
                      (= (ite a!515
                              |&mapping->tree_lock.writer[shmem]@12|
                              |&mapping->tree_lock.writer[swapper_space]@12|)
                         #x00)
                      (= (ite a!515
                              |&mapping->tree_lock.readers[shmem]@12|
                              |&mapping->tree_lock.readers[swapper_space]@12|)
                         #x00)
                      (not (= |page.mapping(shmem)[F0]@12| #x00))
                      (= |folio.refcount[F0]@12| #x02)
                      a!516)
                 (and (= migrate0.pc@12 #x05) a!517)
                 (= migrate0.pc@12 #x06)
                 (and (= migrate0.pc@12 #x07) (not (= migrate0.ok@12 #x00)))
                 a!498
                 (and (= migrate0.pc@12 #x09) (not (= migrate0.ok@12 #x00)))
                 a!502
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
                 a!518
                 (and (= fault0.pc@12 #x02) a!484)
                 (and (= fault0.pc@12 #x02) (not a!484)))))
(let ((a!40 (and (not (and (= migrate0.pc@0 #x0a) (= fault0.pc@0 #x03)))
                 (not a!39)))
      (a!80 (and (not (and (= migrate0.pc@1 #x0a) (= fault0.pc@1 #x03)))
                 (not a!79)))
      (a!120 (and (not (and (= migrate0.pc@2 #x0a) (= fault0.pc@2 #x03)))
                  (not a!119)))
      (a!160 (and (not (and (= migrate0.pc@3 #x0a) (= fault0.pc@3 #x03)))
                  (not a!159)))
      (a!200 (and (not (and (= migrate0.pc@4 #x0a) (= fault0.pc@4 #x03)))
                  (not a!199)))
      (a!240 (and (not (and (= migrate0.pc@5 #x0a) (= fault0.pc@5 #x03)))
                  (not a!239)))
      (a!280 (and (not (and (= migrate0.pc@6 #x0a) (= fault0.pc@6 #x03)))
                  (not a!279)))
      (a!320 (and (not (and (= migrate0.pc@7 #x0a) (= fault0.pc@7 #x03)))
                  (not a!319)))
      (a!360 (and (not (and (= migrate0.pc@8 #x0a) (= fault0.pc@8 #x03)))
                  (not a!359)))
      (a!400 (and (not (and (= migrate0.pc@9 #x0a) (= fault0.pc@9 #x03)))
                  (not a!399)))
      (a!440 (and (not (and (= migrate0.pc@10 #x0a) (= fault0.pc@10 #x03)))
                  (not a!439)))
      (a!480 (and (not (and (= migrate0.pc@11 #x0a) (= fault0.pc@11 #x03)))
                  (not a!479)))
      (a!520 (and (not (and (= migrate0.pc@12 #x0a) (= fault0.pc@12 #x03)))
                  (not a!519))))
  (or (not a!1)
      (and (and (= fault0.pc@0 #x02) a!4) a!5)
      (not (and a!10 a!15))
      (and (= migrate0.pc@0 #x04) (not a!17))
      (and a!18 (not a!17))
      a!19
      a!21
      (and a!22 a!20)
      (and (and (= fault0.pc@0 #x02) a!4) (not a!24))
      (and (and (= fault0.pc@0 #x02) (not a!4)) (not a!24))
      (and (and (= migrate0.pc@0 #x0a) (= fault0.pc@0 #x03))
           (not (and a!25 a!26)))
      a!40
      (not a!41)
      (and (and (= fault0.pc@1 #x02) a!44) a!45)
      (not (and a!50 a!55))
      (and (= migrate0.pc@1 #x04) (not a!57))
      (and a!58 (not a!57))
      a!59
      a!61
      (and a!62 a!60)
      (and (and (= fault0.pc@1 #x02) a!44) (not a!64))
      (and (and (= fault0.pc@1 #x02) (not a!44)) (not a!64))
      (and (and (= migrate0.pc@1 #x0a) (= fault0.pc@1 #x03))
           (not (and a!65 a!66)))
      a!80
      (not a!81)
      (and (and (= fault0.pc@2 #x02) a!84) a!85)
      (not (and a!90 a!95))
      (and (= migrate0.pc@2 #x04) (not a!97))
      (and a!98 (not a!97))
      a!99
      a!101
      (and a!102 a!100)
      (and (and (= fault0.pc@2 #x02) a!84) (not a!104))
      (and (and (= fault0.pc@2 #x02) (not a!84)) (not a!104))
      (and (and (= migrate0.pc@2 #x0a) (= fault0.pc@2 #x03))
           (not (and a!105 a!106)))
      a!120
      (not a!121)
      (and (and (= fault0.pc@3 #x02) a!124) a!125)
      (not (and a!130 a!135))
      (and (= migrate0.pc@3 #x04) (not a!137))
      (and a!138 (not a!137))
      a!139
      a!141
      (and a!142 a!140)
      (and (and (= fault0.pc@3 #x02) a!124) (not a!144))
      (and (and (= fault0.pc@3 #x02) (not a!124)) (not a!144))
      (and (and (= migrate0.pc@3 #x0a) (= fault0.pc@3 #x03))
           (not (and a!145 a!146)))
      a!160
      (not a!161)
      (and (and (= fault0.pc@4 #x02) a!164) a!165)
      (not (and a!170 a!175))
      (and (= migrate0.pc@4 #x04) (not a!177))
      (and a!178 (not a!177))
      a!179
      a!181
      (and a!182 a!180)
      (and (and (= fault0.pc@4 #x02) a!164) (not a!184))
      (and (and (= fault0.pc@4 #x02) (not a!164)) (not a!184))
      (and (and (= migrate0.pc@4 #x0a) (= fault0.pc@4 #x03))
           (not (and a!185 a!186)))
      a!200
      (not a!201)
      (and (and (= fault0.pc@5 #x02) a!204) a!205)
      (not (and a!210 a!215))
      (and (= migrate0.pc@5 #x04) (not a!217))
      (and a!218 (not a!217))
      a!219
      a!221
      (and a!222 a!220)
      (and (and (= fault0.pc@5 #x02) a!204) (not a!224))
      (and (and (= fault0.pc@5 #x02) (not a!204)) (not a!224))
      (and (and (= migrate0.pc@5 #x0a) (= fault0.pc@5 #x03))
           (not (and a!225 a!226)))
      a!240
      (not a!241)
      (and (and (= fault0.pc@6 #x02) a!244) a!245)
      (not (and a!250 a!255))
      (and (= migrate0.pc@6 #x04) (not a!257))
      (and a!258 (not a!257))
      a!259
      a!261
      (and a!262 a!260)
      (and (and (= fault0.pc@6 #x02) a!244) (not a!264))
      (and (and (= fault0.pc@6 #x02) (not a!244)) (not a!264))
      (and (and (= migrate0.pc@6 #x0a) (= fault0.pc@6 #x03))
           (not (and a!265 a!266)))
      a!280
      (not a!281)
      (and (and (= fault0.pc@7 #x02) a!284) a!285)
      (not (and a!290 a!295))
      (and (= migrate0.pc@7 #x04) (not a!297))
      (and a!298 (not a!297))
      a!299
      a!301
      (and a!302 a!300)
      (and (and (= fault0.pc@7 #x02) a!284) (not a!304))
      (and (and (= fault0.pc@7 #x02) (not a!284)) (not a!304))
      (and (and (= migrate0.pc@7 #x0a) (= fault0.pc@7 #x03))
           (not (and a!305 a!306)))
      a!320
      (not a!321)
      (and (and (= fault0.pc@8 #x02) a!324) a!325)
      (not (and a!330 a!335))
      (and (= migrate0.pc@8 #x04) (not a!337))
      (and a!338 (not a!337))
      a!339
      a!341
      (and a!342 a!340)
      (and (and (= fault0.pc@8 #x02) a!324) (not a!344))
      (and (and (= fault0.pc@8 #x02) (not a!324)) (not a!344))
      (and (and (= migrate0.pc@8 #x0a) (= fault0.pc@8 #x03))
           (not (and a!345 a!346)))
      a!360
      (not a!361)
      (and (and (= fault0.pc@9 #x02) a!364) a!365)
      (not (and a!370 a!375))
      (and (= migrate0.pc@9 #x04) (not a!377))
      (and a!378 (not a!377))
      a!379
      a!381
      (and a!382 a!380)
      (and (and (= fault0.pc@9 #x02) a!364) (not a!384))
      (and (and (= fault0.pc@9 #x02) (not a!364)) (not a!384))
      (and (and (= migrate0.pc@9 #x0a) (= fault0.pc@9 #x03))
           (not (and a!385 a!386)))
      a!400
      (not a!401)
      (and (and (= fault0.pc@10 #x02) a!404) a!405)
      (not (and a!410 a!415))
      (and (= migrate0.pc@10 #x04) (not a!417))
      (and a!418 (not a!417))
      a!419
      a!421
      (and a!422 a!420)
      (and (and (= fault0.pc@10 #x02) a!404) (not a!424))
      (and (and (= fault0.pc@10 #x02) (not a!404)) (not a!424))
      (and (and (= migrate0.pc@10 #x0a) (= fault0.pc@10 #x03))
           (not (and a!425 a!426)))
      a!440
      (not a!441)
      (and (and (= fault0.pc@11 #x02) a!444) a!445)
      (not (and a!450 a!455))
      (and (= migrate0.pc@11 #x04) (not a!457))
      (and a!458 (not a!457))
      a!459
      a!461
      (and a!462 a!460)
      (and (and (= fault0.pc@11 #x02) a!444) (not a!464))
      (and (and (= fault0.pc@11 #x02) (not a!444)) (not a!464))
      (and (and (= migrate0.pc@11 #x0a) (= fault0.pc@11 #x03))
           (not (and a!465 a!466)))
      a!480
      (not a!481)
      (and (and (= fault0.pc@12 #x02) a!484) a!485)
      (not (and a!490 a!495))
      (and (= migrate0.pc@12 #x04) (not a!497))
      (and a!498 (not a!497))
      a!499
      a!501
      (and a!502 a!500)
      (and (and (= fault0.pc@12 #x02) a!484) (not a!504))
      (and (and (= fault0.pc@12 #x02) (not a!484)) (not a!504))
      (and (and (= migrate0.pc@12 #x0a) (= fault0.pc@12 #x03))
           (not (and a!505 a!506)))
      a!520))))))
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
           (let ((a!3 (ite (or (not (= rule@11 #x16))
                               (not (= fault0.page@11 #x00)))
                           |folio.node[F0]@11|
                           a!2)))
           (let ((a!4 (ite (or (not (= rule@11 #x15))
                               (not (= fault0.page@11 #x00)))
                           a!3
                           a!2)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@11 #x00))
                               (not (= rule@11 #x0e)))
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
           (let ((a!3 (ite (or (not (= rule@11 #x16))
                               (not (= fault0.page@11 #x01)))
                           |folio.node[F1]@11|
                           a!2)))
           (let ((a!4 (ite (or (not (= rule@11 #x15))
                               (not (= fault0.page@11 #x01)))
                           a!3
                           a!2)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@11 #x01))
                               (not (= rule@11 #x0e)))
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
           (let ((a!2 (ite (or (not (= rule@11 #x16))
                               (not (= fault0.page@11 #x01)))
                           |PG_dirty[F1]@11|
                           a!1)))
           (let ((a!3 (ite (or (not (= rule@11 #x15))
                               (not (= fault0.page@11 #x01)))
                           a!2
                           a!1)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@11 #x01))
                               (not (= rule@11 #x0e)))
                           a!3
                           a!4)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@11 #x01))
                               (not (= rule@11 #x0d)))
                           a!5
                           a!4)))
           (let ((a!7 (ite (or (not (= migrate0.newpage@11 #x01))
                               (not (= rule@11 #x0b)))
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
           (let ((a!4 (ite (or (not (= rule@10 #x15))
                               (not (= fault0.page@10 #x01)))
                           a!3
                           a!2)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@10 #x01))
                               (not (= rule@10 #x0e)))
                           a!4
                           a!5)))
           (let ((a!7 (ite (or (not (= rule@10 #x0d))
                               (not (= migrate0.newpage@10 #x01)))
                           a!6
                           a!5)))
           (let ((a!8 (ite (or (not (= rule@10 #x08))
                               (not (= migrate0.newpage@10 #x01)))
                           a!7
                           a!5)))
             (ite (or (not (= rule@10 #x03)) a!1)
                  a!8
                  (bvadd #x01 (bvmul #xff |folio.node[F0]@10|))))))))))
(check-sat)
