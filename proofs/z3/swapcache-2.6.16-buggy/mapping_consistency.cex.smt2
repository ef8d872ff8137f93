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
(declare-fun |folio.used[F0]@9| () (_ BitVec 8))
(declare-fun |folio.used[F1]@8| () (_ BitVec 8))
(declare-fun |folio.used[F0]@8| () (_ BitVec 8))
(declare-fun migrate0.newpage@8 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@8| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@8| () (_ BitVec 8))
(declare-fun fault0.page@8 () (_ BitVec 8))
(declare-fun rule@8 () (_ BitVec 8))
(declare-fun |folio.used[F1]@9| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@9| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@9| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@9| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@8| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@8| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@9| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@9| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@9| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@9| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@9| () (_ BitVec 8))
(declare-fun |folio.index[F0]@9| () (_ BitVec 8))
(declare-fun |folio.index[F1]@9| () (_ BitVec 8))
(declare-fun |folio.data[F0]@9| () (_ BitVec 8))
(declare-fun |folio.data[F1]@8| () (_ BitVec 8))
(declare-fun |folio.data[F0]@8| () (_ BitVec 8))
(declare-fun |folio.data[F1]@9| () (_ BitVec 8))
(declare-fun |folio.node[F0]@9| () (_ BitVec 8))
(declare-fun |folio.node[F0]@8| () (_ BitVec 8))
(declare-fun |folio.node[F1]@8| () (_ BitVec 8))
(declare-fun |folio.node[F1]@9| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@9| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@8| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@8| () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@9| () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@8| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@8| () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@9| () (_ BitVec 8))
(declare-fun |PG_dirty[F1]@8| () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@8| () (_ BitVec 8))
(declare-fun |PG_dirty[F1]@9| () (_ BitVec 8))
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
(declare-fun migrate0.isolated@9 () (_ BitVec 8))
(declare-fun migrate0.isolated@8 () (_ BitVec 8))
(declare-fun migrate0.ok@9 () (_ BitVec 8))
(declare-fun migrate0.ok@8 () (_ BitVec 8))
(declare-fun migrate0.pass@9 () (_ BitVec 8))
(declare-fun migrate0.pass@8 () (_ BitVec 8))
(declare-fun fault0.pc@9 () (_ BitVec 8))
(declare-fun fault0.pc@8 () (_ BitVec 8))
(declare-fun fault0.from_swap@9 () (_ BitVec 8))
(declare-fun fault0.from_swap@8 () (_ BitVec 8))
(declare-fun |PG_lru[F1]@7| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@7| () (_ BitVec 8))
(declare-fun migrate0.newpage@7 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@7| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@7| () (_ BitVec 8))
(declare-fun fault0.page@7 () (_ BitVec 8))
(declare-fun rule@7 () (_ BitVec 8))
(declare-fun |folio.data[F1]@7| () (_ BitVec 8))
(declare-fun |folio.data[F0]@7| () (_ BitVec 8))
(declare-fun |folio.used[F0]@7| () (_ BitVec 8))
(declare-fun |folio.node[F0]@7| () (_ BitVec 8))
(declare-fun |folio.node[F1]@7| () (_ BitVec 8))
(declare-fun |PG_dirty[F1]@7| () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@7| () (_ BitVec 8))
(declare-fun migrate0.isolated@7 () (_ BitVec 8))
(declare-fun |folio.data[F1]@6| () (_ BitVec 8))
(declare-fun |folio.data[F0]@6| () (_ BitVec 8))
(declare-fun migrate0.newpage@6 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@6| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@6| () (_ BitVec 8))
(declare-fun fault0.page@6 () (_ BitVec 8))
(declare-fun rule@6 () (_ BitVec 8))
(declare-fun |folio.used[F0]@6| () (_ BitVec 8))
(declare-fun migrate0.isolated@6 () (_ BitVec 8))
(declare-fun |folio.data[F1]@5| () (_ BitVec 8))
(declare-fun |folio.data[F0]@5| () (_ BitVec 8))
(declare-fun migrate0.newpage@5 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@5| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@5| () (_ BitVec 8))
(declare-fun fault0.page@5 () (_ BitVec 8))
(declare-fun rule@5 () (_ BitVec 8))
(declare-fun |folio.used[F0]@5| () (_ BitVec 8))
(declare-fun migrate0.isolated@5 () (_ BitVec 8))
(declare-fun |folio.data[F1]@4| () (_ BitVec 8))
(declare-fun |folio.data[F0]@4| () (_ BitVec 8))
(declare-fun migrate0.newpage@4 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@4| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@4| () (_ BitVec 8))
(declare-fun fault0.page@4 () (_ BitVec 8))
(declare-fun rule@4 () (_ BitVec 8))
(declare-fun |folio.used[F0]@4| () (_ BitVec 8))
(declare-fun migrate0.isolated@4 () (_ BitVec 8))
(declare-fun |folio.data[F1]@3| () (_ BitVec 8))
(declare-fun |folio.data[F0]@3| () (_ BitVec 8))
(declare-fun migrate0.newpage@3 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@3| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@3| () (_ BitVec 8))
(declare-fun fault0.page@3 () (_ BitVec 8))
(declare-fun rule@3 () (_ BitVec 8))
(declare-fun |folio.used[F0]@3| () (_ BitVec 8))
(declare-fun migrate0.isolated@3 () (_ BitVec 8))
(declare-fun |folio.data[F1]@2| () (_ BitVec 8))
(declare-fun |folio.data[F0]@2| () (_ BitVec 8))
(declare-fun migrate0.newpage@2 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@2| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@2| () (_ BitVec 8))
(declare-fun fault0.page@2 () (_ BitVec 8))
(declare-fun rule@2 () (_ BitVec 8))
(declare-fun |folio.used[F0]@2| () (_ BitVec 8))
(declare-fun migrate0.isolated@2 () (_ BitVec 8))
(declare-fun |folio.data[F0]@1| () (_ BitVec 8))
(declare-fun migrate0.newpage@1 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@1| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@1| () (_ BitVec 8))
(declare-fun fault0.page@1 () (_ BitVec 8))
(declare-fun rule@1 () (_ BitVec 8))
(declare-fun |folio.used[F0]@1| () (_ BitVec 8))
(declare-fun migrate0.isolated@1 () (_ BitVec 8))
(declare-fun rule@0 () (_ BitVec 8))
(declare-fun fault0.from_swap@1 () (_ BitVec 8))
(declare-fun fault0.pc@1 () (_ BitVec 8))
(declare-fun migrate0.pass@1 () (_ BitVec 8))
(declare-fun migrate0.ok@1 () (_ BitVec 8))
(declare-fun migrate0.pc@1 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@1| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@1| () (_ BitVec 8))
(declare-fun swapper_space.i_pages@1 () (_ BitVec 8))
(declare-fun shmem.i_pages@1 () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@1| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@1| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@1| () (_ BitVec 8))
(declare-fun |folio.node[F1]@1| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@1| () (_ BitVec 8))
(declare-fun |folio.used[F1]@1| () (_ BitVec 8))
(declare-fun fault0.from_swap@2 () (_ BitVec 8))
(declare-fun fault0.pc@2 () (_ BitVec 8))
(declare-fun migrate0.pass@2 () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@2 () (_ BitVec 8))
(declare-fun migrate0.ok@2 () (_ BitVec 8))
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
(declare-fun |PG_lru[F1]@2| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@2| () (_ BitVec 8))
(declare-fun |folio.used[F1]@2| () (_ BitVec 8))
(declare-fun fault0.from_swap@3 () (_ BitVec 8))
(declare-fun fault0.pc@3 () (_ BitVec 8))
(declare-fun migrate0.pass@3 () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@3 () (_ BitVec 8))
(declare-fun migrate0.ok@3 () (_ BitVec 8))
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
(declare-fun |PG_lru[F1]@3| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@3| () (_ BitVec 8))
(declare-fun |folio.used[F1]@3| () (_ BitVec 8))
(declare-fun fault0.from_swap@4 () (_ BitVec 8))
(declare-fun fault0.pc@4 () (_ BitVec 8))
(declare-fun migrate0.pass@4 () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@4 () (_ BitVec 8))
(declare-fun migrate0.ok@4 () (_ BitVec 8))
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
(declare-fun |PG_lru[F1]@4| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@4| () (_ BitVec 8))
(declare-fun |folio.used[F1]@4| () (_ BitVec 8))
(declare-fun fault0.from_swap@5 () (_ BitVec 8))
(declare-fun fault0.pc@5 () (_ BitVec 8))
(declare-fun migrate0.pass@5 () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@5 () (_ BitVec 8))
(declare-fun migrate0.ok@5 () (_ BitVec 8))
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
(declare-fun |PG_lru[F1]@5| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@5| () (_ BitVec 8))
(declare-fun |folio.used[F1]@5| () (_ BitVec 8))
(declare-fun fault0.from_swap@6 () (_ BitVec 8))
(declare-fun fault0.pc@6 () (_ BitVec 8))
(declare-fun migrate0.pass@6 () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@6 () (_ BitVec 8))
(declare-fun migrate0.ok@6 () (_ BitVec 8))
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
(declare-fun |PG_lru[F1]@6| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@6| () (_ BitVec 8))
(declare-fun |folio.used[F1]@6| () (_ BitVec 8))
(declare-fun fault0.from_swap@7 () (_ BitVec 8))
(declare-fun fault0.pc@7 () (_ BitVec 8))
(declare-fun migrate0.pass@7 () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@7 () (_ BitVec 8))
(declare-fun migrate0.ok@7 () (_ BitVec 8))
(declare-fun migrate0.pc@7 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@7| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@7| () (_ BitVec 8))
(declare-fun swapper_space.i_pages@7 () (_ BitVec 8))
(declare-fun shmem.i_pages@7 () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@7| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@7| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@7| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@7| () (_ BitVec 8))
(declare-fun |folio.used[F1]@7| () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@8 () (_ BitVec 8))
(declare-fun migrate0.pc@8 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@8| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@8| () (_ BitVec 8))
(declare-fun swapper_space.i_pages@8 () (_ BitVec 8))
(declare-fun shmem.i_pages@8 () (_ BitVec 8))
(declare-fun fault0.page@9 () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@9 () (_ BitVec 8))
(declare-fun migrate0.newpage@9 () (_ BitVec 8))
(declare-fun migrate0.pc@9 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@9| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@9| () (_ BitVec 8))
(declare-fun swapper_space.i_pages@9 () (_ BitVec 8))
(declare-fun shmem.i_pages@9 () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@9| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@9| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@9| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@9| () (_ BitVec 8))
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
(assert (let ((a!1 (not (= (ite (= |pte.folio[P0][0]@9| #x00)
                        |folio.used[F0]@9|
                        |folio.used[F1]@9|)
                   #x00)))
      (a!2 (not (= (ite (= |pte.folio[P0][0]@9| #x00)
                        |folio.mapping[F0]@9|
                        |folio.mapping[F1]@9|)
                   #x01)))
      (a!5 (= (ite (not (= migrate0.mapping_is_swapper@9 #x00)) #x01 #x00) #x00))
      (a!6 (= (ite (not (= migrate0.mapping_is_swapper@9 #x00))
                   swapper_space.i_pages@9
                   shmem.i_pages@9)
              #x00))
      (a!7 (ite (or (not (= |PG_swapcache[F0]@9| #x00))
                    (not (= |page.mapping(shmem)[F0]@9| #x00)))
                #x01
                #x00)))
(let ((a!3 (and a!1
                a!2
                (= (ite (= |pte.folio[P0][0]@9| #x00)
                        |folio.index[F0]@9|
                        |folio.index[F1]@9|)
                   #x00)
                (bvult #x00 |anon_vma.len[av0]@9|)
                (= |anon_vma.list[av0][0]@9| #x00)))
      (a!8 (not (and (not (= |page.mapping(shmem)[F0]@9| #x00))
                     (= |folio.refcount[F0]@9| #x02)
                     a!6))))
(let ((a!4 (or (not (not (= |pte[P0][0]@9| #x00))) a!3)))
  (or (not a!4)
      (and (= migrate0.pc@9 #x05)
           (= (ite a!5
                   |&mapping->tree_lock.writer[shmem]@9|
                   |&mapping->tree_lock.writer[swapper_space]@9|)
              #x00)
           (= (ite a!5
                   |&mapping->tree_lock.readers[shmem]@9|
                   |&mapping->tree_lock.readers[swapper_space]@9|)
              #x00)
           (not (= |page.mapping(shmem)[F0]@9| #x00))
           (= |folio.refcount[F0]@9| #x02)
           a!6
           (not (= |page.mapping(shmem)[F0]@9| a!7)))
      (and (= migrate0.pc@9 #x05) a!8 (not (= |page.mapping(shmem)[F0]@9| a!7))))))))
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
(model-add |folio.used[F0]@9|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@8| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= fault0.page@8 #x00)
                                   |folio.refcount[F0]@8|
                                   |folio.refcount[F1]@8|)
                              #x01)
                           #x00
                           (ite (= fault0.page@8 #x00)
                                |folio.used[F0]@8|
                                |folio.used[F1]@8|)))
                 (a!5 (ite (= (ite (= migrate0.newpage@8 #x00)
                                   |folio.refcount[F0]@8|
                                   |folio.refcount[F1]@8|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@8 #x00)
                                |folio.used[F0]@8|
                                |folio.used[F1]@8|))))
           (let ((a!3 (ite (or (not (= rule@8 #x16))
                               (not (= fault0.page@8 #x00)))
                           |folio.used[F0]@8|
                           a!2)))
           (let ((a!4 (ite (or (not (= fault0.page@8 #x00))
                               (not (= rule@8 #x15)))
                           a!3
                           a!2)))
           (let ((a!6 (ite (or (not (= rule@8 #x0e))
                               (not (= migrate0.newpage@8 #x00)))
                           (ite (or (= rule@8 #x0e) (= rule@8 #x0f))
                                (ite (= |folio.refcount[F0]@8| #x01)
                                     #x00
                                     |folio.used[F0]@8|)
                                a!4)
                           a!5)))
           (let ((a!7 (ite (or (not (= migrate0.newpage@8 #x00))
                               (not (= rule@8 #x0d)))
                           a!6
                           a!5)))
           (let ((a!8 (ite (or (not (= migrate0.newpage@8 #x00))
                               (not (= rule@8 #x08)))
                           a!7
                           a!5)))
             (ite (or (not (= rule@8 #x03)) a!1) a!8 #x01))))))))
(model-add |folio.used[F1]@9|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@8| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= fault0.page@8 #x00)
                                   |folio.refcount[F0]@8|
                                   |folio.refcount[F1]@8|)
                              #x01)
                           #x00
                           (ite (= fault0.page@8 #x00)
                                |folio.used[F0]@8|
                                |folio.used[F1]@8|)))
                 (a!5 (ite (= (ite (= migrate0.newpage@8 #x00)
                                   |folio.refcount[F0]@8|
                                   |folio.refcount[F1]@8|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@8 #x00)
                                |folio.used[F0]@8|
                                |folio.used[F1]@8|))))
           (let ((a!3 (ite (or (not (= rule@8 #x16))
                               (not (= fault0.page@8 #x01)))
                           |folio.used[F1]@8|
                           a!2)))
           (let ((a!4 (ite (or (not (= fault0.page@8 #x01))
                               (not (= rule@8 #x15)))
                           a!3
                           a!2)))
           (let ((a!6 (ite (or (not (= rule@8 #x0e))
                               (not (= migrate0.newpage@8 #x01)))
                           a!4
                           a!5)))
           (let ((a!7 (ite (or (not (= rule@8 #x0d))
                               (not (= migrate0.newpage@8 #x01)))
                           a!6
                           a!5)))
           (let ((a!8 (ite (or (not (= migrate0.newpage@8 #x01))
                               (not (= rule@8 #x08)))
                           a!7
                           a!5)))
             (ite (or (not (= rule@8 #x03)) a!1) a!8 #x01))))))))
(model-add |folio.mapcount[F0]@9| () (_ BitVec 8) #x00)
(model-add |folio.mapcount[F1]@9| () (_ BitVec 8) #x00)
(model-add |PG_lru[F0]@9|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= fault0.page@8 #x00)
                                   |folio.refcount[F0]@8|
                                   |folio.refcount[F1]@8|)
                              #x01)
                           #x00
                           (ite (= fault0.page@8 #x00)
                                |PG_lru[F0]@8|
                                |PG_lru[F1]@8|)))
                 (a!5 (ite (= (ite (= migrate0.newpage@8 #x00)
                                   |folio.refcount[F0]@8|
                                   |folio.refcount[F1]@8|)
                              #x01)
                           #x00
                           #x01))
                 (a!7 (ite (= (ite (= migrate0.newpage@8 #x00)
                                   |folio.refcount[F0]@8|
                                   |folio.refcount[F1]@8|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@8 #x00)
                                |PG_lru[F0]@8|
                                |PG_lru[F1]@8|))))
           (let ((a!2 (ite (or (not (= rule@8 #x16))
                               (not (= fault0.page@8 #x00)))
                           |PG_lru[F0]@8|
                           a!1)))
           (let ((a!3 (ite (or (not (= fault0.page@8 #x00))
                               (not (= rule@8 #x15)))
                           a!2
                           a!1)))
           (let ((a!4 (ite (= rule@8 #x0e)
                           (ite (= |folio.refcount[F0]@8| #x01)
                                #x00
                                |PG_lru[F0]@8|)
                           (ite (= rule@8 #x0f)
                                (ite (= |folio.refcount[F0]@8| #x01) #x00 #x01)
                                a!3))))
           (let ((a!6 (ite (or (not (= rule@8 #x0e))
                               (not (= migrate0.newpage@8 #x00)))
                           a!4
                           a!5)))
           (let ((a!8 (ite (or (not (= migrate0.newpage@8 #x00))
                               (not (= rule@8 #x0d)))
                           a!6
                           a!7)))
           (let ((a!9 (ite (or (not (= migrate0.newpage@8 #x00))
                               (not (= rule@8 #x08)))
                           a!8
                           a!7)))
             (ite (= rule@8 #x00) #x00 a!9)))))))))
(model-add |PG_lru[F1]@9|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= fault0.page@8 #x00)
                                   |folio.refcount[F0]@8|
                                   |folio.refcount[F1]@8|)
                              #x01)
                           #x00
                           (ite (= fault0.page@8 #x00)
                                |PG_lru[F0]@8|
                                |PG_lru[F1]@8|)))
                 (a!4 (ite (= (ite (= migrate0.newpage@8 #x00)
                                   |folio.refcount[F0]@8|
                                   |folio.refcount[F1]@8|)
                              #x01)
                           #x00
                           #x01))
                 (a!6 (ite (= (ite (= migrate0.newpage@8 #x00)
                                   |folio.refcount[F0]@8|
                                   |folio.refcount[F1]@8|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@8 #x00)
                                |PG_lru[F0]@8|
                                |PG_lru[F1]@8|))))
           (let ((a!2 (ite (or (not (= rule@8 #x16))
                               (not (= fault0.page@8 #x01)))
                           |PG_lru[F1]@8|
                           a!1)))
           (let ((a!3 (ite (or (not (= fault0.page@8 #x01))
                               (not (= rule@8 #x15)))
                           a!2
                           a!1)))
           (let ((a!5 (ite (or (not (= rule@8 #x0e))
                               (not (= migrate0.newpage@8 #x01)))
                           a!3
                           a!4)))
           (let ((a!7 (ite (or (not (= rule@8 #x0d))
                               (not (= migrate0.newpage@8 #x01)))
                           a!5
                           a!6)))
             (ite (or (not (= migrate0.newpage@8 #x01)) (not (= rule@8 #x08)))
                  a!7
                  a!6)))))))
(model-add |PG_anon_exclusive[F0]@9| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F1]@9| () (_ BitVec 8) #x00)
(model-add |folio.mapping[F0]@9| () (_ BitVec 8) #x01)
(model-add |folio.mapping[F1]@9| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@9| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@9| () (_ BitVec 8) #x00)
(model-add |folio.data[F0]@9|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@8| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= fault0.page@8 #x00)
                                   |folio.refcount[F0]@8|
                                   |folio.refcount[F1]@8|)
                              #x01)
                           #x00
                           (ite (= fault0.page@8 #x00)
                                |folio.data[F0]@8|
                                |folio.data[F1]@8|)))
                 (a!5 (ite (= (ite (= migrate0.newpage@8 #x00)
                                   |folio.refcount[F0]@8|
                                   |folio.refcount[F1]@8|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@8 #x00)
                                |folio.data[F0]@8|
                                |folio.data[F1]@8|))))
           (let ((a!3 (ite (or (not (= rule@8 #x16))
                               (not (= fault0.page@8 #x00)))
                           |folio.data[F0]@8|
                           a!2)))
           (let ((a!4 (ite (or (not (= fault0.page@8 #x00))
                               (not (= rule@8 #x15)))
                           a!3
                           a!2)))
           (let ((a!6 (ite (or (not (= rule@8 #x0e))
                               (not (= migrate0.newpage@8 #x00)))
                           (ite (or (= rule@8 #x0e) (= rule@8 #x0f))
                                (ite (= |folio.refcount[F0]@8| #x01)
                                     #x00
                                     |folio.data[F0]@8|)
                                a!4)
                           a!5)))
           (let ((a!7 (ite (or (not (= migrate0.newpage@8 #x00))
                               (not (= rule@8 #x0d)))
                           a!6
                           a!5)))
           (let ((a!8 (ite (or (not (= rule@8 #x0b))
                               (not (= migrate0.newpage@8 #x00)))
                           a!7
                           |folio.data[F0]@8|)))
           (let ((a!9 (ite (or (not (= migrate0.newpage@8 #x00))
                               (not (= rule@8 #x08)))
                           a!8
                           a!5)))
             (ite (or (not (= rule@8 #x03)) a!1) a!9 #x00)))))))))
(model-add |folio.data[F1]@9|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@8| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= fault0.page@8 #x00)
                                   |folio.refcount[F0]@8|
                                   |folio.refcount[F1]@8|)
                              #x01)
                           #x00
                           (ite (= fault0.page@8 #x00)
                                |folio.data[F0]@8|
                                |folio.data[F1]@8|)))
                 (a!5 (ite (= (ite (= migrate0.newpage@8 #x00)
                                   |folio.refcount[F0]@8|
                                   |folio.refcount[F1]@8|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@8 #x00)
                                |folio.data[F0]@8|
                                |folio.data[F1]@8|))))
           (let ((a!3 (ite (or (not (= rule@8 #x16))
                               (not (= fault0.page@8 #x01)))
                           |folio.data[F1]@8|
                           a!2)))
           (let ((a!4 (ite (or (not (= fault0.page@8 #x01))
                               (not (= rule@8 #x15)))
                           a!3
                           a!2)))
           (let ((a!6 (ite (or (not (= rule@8 #x0e))
                               (not (= migrate0.newpage@8 #x01)))
                           a!4
                           a!5)))
           (let ((a!7 (ite (or (not (= rule@8 #x0d))
                               (not (= migrate0.newpage@8 #x01)))
                           a!6
                           a!5)))
           (let ((a!8 (ite (or (not (= rule@8 #x0b))
                               (not (= migrate0.newpage@8 #x01)))
                           a!7
                           |folio.data[F0]@8|)))
           (let ((a!9 (ite (or (not (= migrate0.newpage@8 #x01))
                               (not (= rule@8 #x08)))
                           a!8
                           a!5)))
             (ite (or (not (= rule@8 #x03)) a!1) a!9 #x00)))))))))
(model-add |folio.node[F0]@9|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@8| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= fault0.page@8 #x00)
                                   |folio.refcount[F0]@8|
                                   |folio.refcount[F1]@8|)
                              #x01)
                           #x00
                           (ite (= fault0.page@8 #x00)
                                |folio.node[F0]@8|
                                |folio.node[F1]@8|)))
                 (a!5 (ite (= (ite (= migrate0.newpage@8 #x00)
                                   |folio.refcount[F0]@8|
                                   |folio.refcount[F1]@8|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@8 #x00)
                                |folio.node[F0]@8|
                                |folio.node[F1]@8|))))
           (let ((a!3 (ite (or (not (= rule@8 #x16))
                               (not (= fault0.page@8 #x00)))
                           |folio.node[F0]@8|
                           a!2)))
           (let ((a!4 (ite (or (not (= fault0.page@8 #x00))
                               (not (= rule@8 #x15)))
                           a!3
                           a!2)))
           (let ((a!6 (ite (or (not (= rule@8 #x0e))
                               (not (= migrate0.newpage@8 #x00)))
                           (ite (or (= rule@8 #x0e) (= rule@8 #x0f))
                                (ite (= |folio.refcount[F0]@8| #x01)
                                     #x00
                                     |folio.node[F0]@8|)
                                a!4)
                           a!5)))
           (let ((a!7 (ite (or (not (= migrate0.newpage@8 #x00))
                               (not (= rule@8 #x0d)))
                           a!6
                           a!5)))
           (let ((a!8 (ite (or (not (= migrate0.newpage@8 #x00))
                               (not (= rule@8 #x08)))
                           a!7
                           a!5)))
             (ite (or (not (= rule@8 #x03)) a!1)
                  a!8
                  (bvadd #x01 (bvmul #xff |folio.node[F0]@8|))))))))))
(model-add |folio.node[F1]@9|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@8| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= fault0.page@8 #x00)
                                   |folio.refcount[F0]@8|
                                   |folio.refcount[F1]@8|)
                              #x01)
                           #x00
                           (ite (= fault0.page@8 #x00)
                                |folio.node[F0]@8|
                                |folio.node[F1]@8|)))
                 (a!5 (ite (= (ite (= migrate0.newpage@8 #x00)
                                   |folio.refcount[F0]@8|
                                   |folio.refcount[F1]@8|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@8 #x00)
                                |folio.node[F0]@8|
                                |folio.node[F1]@8|))))
           (let ((a!3 (ite (or (not (= rule@8 #x16))
                               (not (= fault0.page@8 #x01)))
                           |folio.node[F1]@8|
                           a!2)))
           (let ((a!4 (ite (or (not (= fault0.page@8 #x01))
                               (not (= rule@8 #x15)))
                           a!3
                           a!2)))
           (let ((a!6 (ite (or (not (= rule@8 #x0e))
                               (not (= migrate0.newpage@8 #x01)))
                           a!4
                           a!5)))
           (let ((a!7 (ite (or (not (= rule@8 #x0d))
                               (not (= migrate0.newpage@8 #x01)))
                           a!6
                           a!5)))
           (let ((a!8 (ite (or (not (= migrate0.newpage@8 #x01))
                               (not (= rule@8 #x08)))
                           a!7
                           a!5)))
             (ite (or (not (= rule@8 #x03)) a!1)
                  a!8
                  (bvadd #x01 (bvmul #xff |folio.node[F0]@8|))))))))))
(model-add |page.mapping(shmem)[F1]@9|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= fault0.page@8 #x00)
                                   |folio.refcount[F0]@8|
                                   |folio.refcount[F1]@8|)
                              #x01)
                           #x00
                           (ite (= fault0.page@8 #x00)
                                |page.mapping(shmem)[F0]@8|
                                |page.mapping(shmem)[F1]@8|)))
                 (a!4 (ite (= (ite (= migrate0.newpage@8 #x00)
                                   |folio.refcount[F0]@8|
                                   |folio.refcount[F1]@8|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@8 #x00)
                                |page.mapping(shmem)[F0]@8|
                                |page.mapping(shmem)[F1]@8|))))
           (let ((a!2 (ite (or (not (= rule@8 #x16))
                               (not (= fault0.page@8 #x01)))
                           |page.mapping(shmem)[F1]@8|
                           a!1)))
           (let ((a!3 (ite (or (not (= fault0.page@8 #x01))
                               (not (= rule@8 #x15)))
                           a!2
                           a!1)))
           (let ((a!5 (ite (or (not (= rule@8 #x0e))
                               (not (= migrate0.newpage@8 #x01)))
                           a!3
                           a!4)))
           (let ((a!6 (ite (or (not (= rule@8 #x0d))
                               (not (= migrate0.newpage@8 #x01)))
                           a!5
                           a!4)))
           (let ((a!7 (ite (or (not (= migrate0.newpage@8 #x01))
                               (not (= rule@8 #x09)))
                           a!6
                           |page.mapping(shmem)[F0]@8|)))
             (ite (or (not (= migrate0.newpage@8 #x01)) (not (= rule@8 #x08)))
                  a!7
                  a!4))))))))
(model-add |PG_swapcache[F1]@9|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= fault0.page@8 #x00)
                                   |folio.refcount[F0]@8|
                                   |folio.refcount[F1]@8|)
                              #x01)
                           #x00
                           (ite (= fault0.page@8 #x00)
                                |PG_swapcache[F0]@8|
                                |PG_swapcache[F1]@8|)))
                 (a!4 (ite (= (ite (= migrate0.newpage@8 #x00)
                                   |folio.refcount[F0]@8|
                                   |folio.refcount[F1]@8|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@8 #x00)
                                |PG_swapcache[F0]@8|
                                |PG_swapcache[F1]@8|))))
           (let ((a!2 (ite (or (not (= rule@8 #x16))
                               (not (= fault0.page@8 #x01)))
                           |PG_swapcache[F1]@8|
                           a!1)))
           (let ((a!3 (ite (or (not (= fault0.page@8 #x01))
                               (not (= rule@8 #x15)))
                           a!2
                           a!1)))
           (let ((a!5 (ite (or (not (= rule@8 #x0e))
                               (not (= migrate0.newpage@8 #x01)))
                           a!3
                           a!4)))
           (let ((a!6 (ite (or (not (= rule@8 #x0d))
                               (not (= migrate0.newpage@8 #x01)))
                           a!5
                           a!4)))
           (let ((a!7 (ite (or (not (= migrate0.newpage@8 #x01))
                               (not (= rule@8 #x09)))
                           a!6
                           |PG_swapcache[F0]@8|)))
             (ite (or (not (= migrate0.newpage@8 #x01)) (not (= rule@8 #x08)))
                  a!7
                  a!4))))))))
(model-add |PG_dirty[F0]@9|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= fault0.page@8 #x00)
                                   |folio.refcount[F0]@8|
                                   |folio.refcount[F1]@8|)
                              #x01)
                           #x00
                           (ite (= fault0.page@8 #x00)
                                |PG_dirty[F0]@8|
                                |PG_dirty[F1]@8|)))
                 (a!4 (ite (= (ite (= migrate0.newpage@8 #x00)
                                   |folio.refcount[F0]@8|
                                   |folio.refcount[F1]@8|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@8 #x00)
                                |PG_dirty[F0]@8|
                                |PG_dirty[F1]@8|))))
           (let ((a!2 (ite (or (not (= rule@8 #x16))
                               (not (= fault0.page@8 #x00)))
                           |PG_dirty[F0]@8|
                           a!1)))
           (let ((a!3 (ite (or (not (= fault0.page@8 #x00))
                               (not (= rule@8 #x15)))
                           a!2
                           a!1)))
           (let ((a!5 (ite (or (not (= rule@8 #x0e))
                               (not (= migrate0.newpage@8 #x00)))
                           (ite (or (= rule@8 #x0e) (= rule@8 #x0f))
                                (ite (= |folio.refcount[F0]@8| #x01)
                                     #x00
                                     |PG_dirty[F0]@8|)
                                a!3)
                           a!4)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@8 #x00))
                               (not (= rule@8 #x0d)))
                           a!5
                           a!4)))
           (let ((a!7 (ite (or (not (= rule@8 #x0b))
                               (not (= migrate0.newpage@8 #x00)))
                           (ite (= rule@8 #x0b) #x00 a!6)
                           |PG_dirty[F0]@8|)))
           (let ((a!8 (ite (or (not (= migrate0.newpage@8 #x00))
                               (not (= rule@8 #x08)))
                           a!7
                           a!4)))
             (ite (= rule@8 #x05) #x01 a!8)))))))))
(model-add |PG_dirty[F1]@9|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= fault0.page@8 #x00)
                                   |folio.refcount[F0]@8|
                                   |folio.refcount[F1]@8|)
                              #x01)
                           #x00
                           (ite (= fault0.page@8 #x00)
                                |PG_dirty[F0]@8|
                                |PG_dirty[F1]@8|)))
                 (a!4 (ite (= (ite (= migrate0.newpage@8 #x00)
                                   |folio.refcount[F0]@8|
                                   |folio.refcount[F1]@8|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@8 #x00)
                                |PG_dirty[F0]@8|
                                |PG_dirty[F1]@8|))))
           (let ((a!2 (ite (or (not (= rule@8 #x16))
                               (not (= fault0.page@8 #x01)))
                           |PG_dirty[F1]@8|
                           a!1)))
           (let ((a!3 (ite (or (not (= fault0.page@8 #x01))
                               (not (= rule@8 #x15)))
                           a!2
                           a!1)))
           (let ((a!5 (ite (or (not (= rule@8 #x0e))
                               (not (= migrate0.newpage@8 #x01)))
                           a!3
                           a!4)))
           (let ((a!6 (ite (or (not (= rule@8 #x0d))
                               (not (= migrate0.newpage@8 #x01)))
                           a!5
                           a!4)))
           (let ((a!7 (ite (or (not (= rule@8 #x0b))
                               (not (= migrate0.newpage@8 #x01)))
                           a!6
                           |PG_dirty[F0]@8|)))
             (ite (or (not (= migrate0.newpage@8 #x01)) (not (= rule@8 #x08)))
                  a!7
                  a!4))))))))
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
(model-add migrate0.isolated@9
           ()
           (_ BitVec 8)
           (ite (= rule@8 #x00)
                #x01
                (ite (or (= rule@8 #x0e) (= rule@8 #x0f))
                     #x00
                     migrate0.isolated@8)))
(model-add migrate0.ok@9
           ()
           (_ BitVec 8)
           (ite (or (= rule@8 #x07) (= rule@8 #x0a))
                #x00
                (ite (= rule@8 #x0b)
                     #x01
                     (ite (= rule@8 #x11) #x00 migrate0.ok@8))))
(model-add migrate0.pass@9
           ()
           (_ BitVec 8)
           (bvadd (ite (= rule@8 #x10) #x01 #x00) migrate0.pass@8))
(model-add fault0.pc@9
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= rule@8 #x14)
                           #x02
                           (ite (= rule@8 #x15)
                                #x03
                                (ite (= rule@8 #x16) #x00 fault0.pc@8)))))
             (ite (or (= rule@8 #x12) (= rule@8 #x13)) #x01 a!1)))
(model-add fault0.from_swap@9
           ()
           (_ BitVec 8)
           (ite (= rule@8 #x12)
                #x00
                (ite (= rule@8 #x13) #x01 fault0.from_swap@8)))
(model-add |PG_lru[F1]@8|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= fault0.page@7 #x00)
                                   |folio.refcount[F0]@7|
                                   |folio.refcount[F1]@7|)
                              #x01)
                           #x00
                           (ite (= fault0.page@7 #x00)
                                |PG_lru[F0]@7|
                                |PG_lru[F1]@7|)))
                 (a!4 (ite (= (ite (= migrate0.newpage@7 #x00)
                                   |folio.refcount[F0]@7|
                                   |folio.refcount[F1]@7|)
                              #x01)
                           #x00
                           #x01))
                 (a!6 (ite (= (ite (= migrate0.newpage@7 #x00)
                                   |folio.refcount[F0]@7|
                                   |folio.refcount[F1]@7|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@7 #x00)
                                |PG_lru[F0]@7|
                                |PG_lru[F1]@7|))))
           (let ((a!2 (ite (or (not (= rule@7 #x16))
                               (not (= fault0.page@7 #x01)))
                           |PG_lru[F1]@7|
                           a!1)))
           (let ((a!3 (ite (or (not (= fault0.page@7 #x01))
                               (not (= rule@7 #x15)))
                           a!2
                           a!1)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@7 #x01))
                               (not (= rule@7 #x0e)))
                           a!3
                           a!4)))
           (let ((a!7 (ite (or (not (= migrate0.newpage@7 #x01))
                               (not (= rule@7 #x0d)))
                           a!5
                           a!6)))
             (ite (or (not (= migrate0.newpage@7 #x01)) (not (= rule@7 #x08)))
                  a!7
                  a!6)))))))
(model-add |folio.data[F0]@8|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@7| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= fault0.page@7 #x00)
                                   |folio.refcount[F0]@7|
                                   |folio.refcount[F1]@7|)
                              #x01)
                           #x00
                           (ite (= fault0.page@7 #x00)
                                |folio.data[F0]@7|
                                |folio.data[F1]@7|)))
                 (a!5 (ite (= (ite (= migrate0.newpage@7 #x00)
                                   |folio.refcount[F0]@7|
                                   |folio.refcount[F1]@7|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@7 #x00)
                                |folio.data[F0]@7|
                                |folio.data[F1]@7|))))
           (let ((a!3 (ite (or (not (= rule@7 #x16))
                               (not (= fault0.page@7 #x00)))
                           |folio.data[F0]@7|
                           a!2)))
           (let ((a!4 (ite (or (not (= fault0.page@7 #x00))
                               (not (= rule@7 #x15)))
                           a!3
                           a!2)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@7 #x00))
                               (not (= rule@7 #x0e)))
                           (ite (or (= rule@7 #x0e) (= rule@7 #x0f))
                                (ite (= |folio.refcount[F0]@7| #x01)
                                     #x00
                                     |folio.data[F0]@7|)
                                a!4)
                           a!5)))
           (let ((a!7 (ite (or (not (= migrate0.newpage@7 #x00))
                               (not (= rule@7 #x0d)))
                           a!6
                           a!5)))
           (let ((a!8 (ite (or (not (= migrate0.newpage@7 #x00))
                               (not (= rule@7 #x0b)))
                           a!7
                           |folio.data[F0]@7|)))
           (let ((a!9 (ite (or (not (= migrate0.newpage@7 #x00))
                               (not (= rule@7 #x08)))
                           a!8
                           a!5)))
             (ite (or (not (= rule@7 #x03)) a!1) a!9 #x00)))))))))
(model-add |folio.data[F1]@8|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@7| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= fault0.page@7 #x00)
                                   |folio.refcount[F0]@7|
                                   |folio.refcount[F1]@7|)
                              #x01)
                           #x00
                           (ite (= fault0.page@7 #x00)
                                |folio.data[F0]@7|
                                |folio.data[F1]@7|)))
                 (a!5 (ite (= (ite (= migrate0.newpage@7 #x00)
                                   |folio.refcount[F0]@7|
                                   |folio.refcount[F1]@7|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@7 #x00)
                                |folio.data[F0]@7|
                                |folio.data[F1]@7|))))
           (let ((a!3 (ite (or (not (= rule@7 #x16))
                               (not (= fault0.page@7 #x01)))
                           |folio.data[F1]@7|
                           a!2)))
           (let ((a!4 (ite (or (not (= fault0.page@7 #x01))
                               (not (= rule@7 #x15)))
                           a!3
                           a!2)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@7 #x01))
                               (not (= rule@7 #x0e)))
                           a!4
                           a!5)))
           (let ((a!7 (ite (or (not (= migrate0.newpage@7 #x01))
                               (not (= rule@7 #x0d)))
                           a!6
                           a!5)))
           (let ((a!8 (ite (or (not (= migrate0.newpage@7 #x01))
                               (not (= rule@7 #x0b)))
                           a!7
                           |folio.data[F0]@7|)))
           (let ((a!9 (ite (or (not (= migrate0.newpage@7 #x01))
                               (not (= rule@7 #x08)))
                           a!8
                           a!5)))
             (ite (or (not (= rule@7 #x03)) a!1) a!9 #x00)))))))))
(model-add |folio.node[F1]@8|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@7| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= fault0.page@7 #x00)
                                   |folio.refcount[F0]@7|
                                   |folio.refcount[F1]@7|)
                              #x01)
                           #x00
                           (ite (= fault0.page@7 #x00)
                                |folio.node[F0]@7|
                                |folio.node[F1]@7|)))
                 (a!5 (ite (= (ite (= migrate0.newpage@7 #x00)
                                   |folio.refcount[F0]@7|
                                   |folio.refcount[F1]@7|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@7 #x00)
                                |folio.node[F0]@7|
                                |folio.node[F1]@7|))))
           (let ((a!3 (ite (or (not (= rule@7 #x16))
                               (not (= fault0.page@7 #x01)))
                           |folio.node[F1]@7|
                           a!2)))
           (let ((a!4 (ite (or (not (= fault0.page@7 #x01))
                               (not (= rule@7 #x15)))
                           a!3
                           a!2)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@7 #x01))
                               (not (= rule@7 #x0e)))
                           a!4
                           a!5)))
           (let ((a!7 (ite (or (not (= migrate0.newpage@7 #x01))
                               (not (= rule@7 #x0d)))
                           a!6
                           a!5)))
           (let ((a!8 (ite (or (not (= migrate0.newpage@7 #x01))
                               (not (= rule@7 #x08)))
                           a!7
                           a!5)))
             (ite (or (not (= rule@7 #x03)) a!1)
                  a!8
                  (bvadd #x01 (bvmul #xff |folio.node[F0]@7|))))))))))
(model-add |PG_dirty[F1]@8|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= fault0.page@7 #x00)
                                   |folio.refcount[F0]@7|
                                   |folio.refcount[F1]@7|)
                              #x01)
                           #x00
                           (ite (= fault0.page@7 #x00)
                                |PG_dirty[F0]@7|
                                |PG_dirty[F1]@7|)))
                 (a!4 (ite (= (ite (= migrate0.newpage@7 #x00)
                                   |folio.refcount[F0]@7|
                                   |folio.refcount[F1]@7|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@7 #x00)
                                |PG_dirty[F0]@7|
                                |PG_dirty[F1]@7|))))
           (let ((a!2 (ite (or (not (= rule@7 #x16))
                               (not (= fault0.page@7 #x01)))
                           |PG_dirty[F1]@7|
                           a!1)))
           (let ((a!3 (ite (or (not (= fault0.page@7 #x01))
                               (not (= rule@7 #x15)))
                           a!2
                           a!1)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@7 #x01))
                               (not (= rule@7 #x0e)))
                           a!3
                           a!4)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@7 #x01))
                               (not (= rule@7 #x0d)))
                           a!5
                           a!4)))
           (let ((a!7 (ite (or (not (= migrate0.newpage@7 #x01))
                               (not (= rule@7 #x0b)))
                           a!6
                           |PG_dirty[F0]@7|)))
             (ite (or (not (= migrate0.newpage@7 #x01)) (not (= rule@7 #x08)))
                  a!7
                  a!4))))))))
(model-add migrate0.isolated@8
           ()
           (_ BitVec 8)
           (ite (= rule@7 #x00)
                #x01
                (ite (or (= rule@7 #x0e) (= rule@7 #x0f))
                     #x00
                     migrate0.isolated@7)))
(model-add |folio.data[F0]@7|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@6| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= fault0.page@6 #x00)
                                   |folio.refcount[F0]@6|
                                   |folio.refcount[F1]@6|)
                              #x01)
                           #x00
                           (ite (= fault0.page@6 #x00)
                                |folio.data[F0]@6|
                                |folio.data[F1]@6|)))
                 (a!5 (ite (= (ite (= migrate0.newpage@6 #x00)
                                   |folio.refcount[F0]@6|
                                   |folio.refcount[F1]@6|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@6 #x00)
                                |folio.data[F0]@6|
                                |folio.data[F1]@6|))))
           (let ((a!3 (ite (or (not (= fault0.page@6 #x00))
                               (not (= rule@6 #x16)))
                           |folio.data[F0]@6|
                           a!2)))
           (let ((a!4 (ite (or (not (= fault0.page@6 #x00))
                               (not (= rule@6 #x15)))
                           a!3
                           a!2)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@6 #x00))
                               (not (= rule@6 #x0e)))
                           (ite (or (= rule@6 #x0e) (= rule@6 #x0f))
                                (ite (= |folio.refcount[F0]@6| #x01)
                                     #x00
                                     |folio.data[F0]@6|)
                                a!4)
                           a!5)))
           (let ((a!7 (ite (or (not (= rule@6 #x0d))
                               (not (= migrate0.newpage@6 #x00)))
                           a!6
                           a!5)))
           (let ((a!8 (ite (or (not (= rule@6 #x0b))
                               (not (= migrate0.newpage@6 #x00)))
                           a!7
                           |folio.data[F0]@6|)))
           (let ((a!9 (ite (or (not (= migrate0.newpage@6 #x00))
                               (not (= rule@6 #x08)))
                           a!8
                           a!5)))
             (ite (or (not (= rule@6 #x03)) a!1) a!9 #x00)))))))))
(model-add |folio.data[F1]@7|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@6| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= fault0.page@6 #x00)
                                   |folio.refcount[F0]@6|
                                   |folio.refcount[F1]@6|)
                              #x01)
                           #x00
                           (ite (= fault0.page@6 #x00)
                                |folio.data[F0]@6|
                                |folio.data[F1]@6|)))
                 (a!5 (ite (= (ite (= migrate0.newpage@6 #x00)
                                   |folio.refcount[F0]@6|
                                   |folio.refcount[F1]@6|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@6 #x00)
                                |folio.data[F0]@6|
                                |folio.data[F1]@6|))))
           (let ((a!3 (ite (or (not (= fault0.page@6 #x01))
                               (not (= rule@6 #x16)))
                           |folio.data[F1]@6|
                           a!2)))
           (let ((a!4 (ite (or (not (= fault0.page@6 #x01))
                               (not (= rule@6 #x15)))
                           a!3
                           a!2)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@6 #x01))
                               (not (= rule@6 #x0e)))
                           a!4
                           a!5)))
           (let ((a!7 (ite (or (not (= rule@6 #x0d))
                               (not (= migrate0.newpage@6 #x01)))
                           a!6
                           a!5)))
           (let ((a!8 (ite (or (not (= rule@6 #x0b))
                               (not (= migrate0.newpage@6 #x01)))
                           a!7
                           |folio.data[F0]@6|)))
           (let ((a!9 (ite (or (not (= migrate0.newpage@6 #x01))
                               (not (= rule@6 #x08)))
                           a!8
                           a!5)))
             (ite (or (not (= rule@6 #x03)) a!1) a!9 #x00)))))))))
(model-add migrate0.isolated@7
           ()
           (_ BitVec 8)
           (ite (= rule@6 #x00)
                #x01
                (ite (or (= rule@6 #x0e) (= rule@6 #x0f))
                     #x00
                     migrate0.isolated@6)))
(model-add |folio.data[F0]@6|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@5| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= fault0.page@5 #x00)
                                   |folio.refcount[F0]@5|
                                   |folio.refcount[F1]@5|)
                              #x01)
                           #x00
                           (ite (= fault0.page@5 #x00)
                                |folio.data[F0]@5|
                                |folio.data[F1]@5|)))
                 (a!5 (ite (= (ite (= migrate0.newpage@5 #x00)
                                   |folio.refcount[F0]@5|
                                   |folio.refcount[F1]@5|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@5 #x00)
                                |folio.data[F0]@5|
                                |folio.data[F1]@5|))))
           (let ((a!3 (ite (or (not (= fault0.page@5 #x00))
                               (not (= rule@5 #x16)))
                           |folio.data[F0]@5|
                           a!2)))
           (let ((a!4 (ite (or (not (= fault0.page@5 #x00))
                               (not (= rule@5 #x15)))
                           a!3
                           a!2)))
           (let ((a!6 (ite (or (not (= rule@5 #x0e))
                               (not (= migrate0.newpage@5 #x00)))
                           (ite (or (= rule@5 #x0e) (= rule@5 #x0f))
                                (ite (= |folio.refcount[F0]@5| #x01)
                                     #x00
                                     |folio.data[F0]@5|)
                                a!4)
                           a!5)))
           (let ((a!7 (ite (or (not (= migrate0.newpage@5 #x00))
                               (not (= rule@5 #x0d)))
                           a!6
                           a!5)))
           (let ((a!8 (ite (or (not (= migrate0.newpage@5 #x00))
                               (not (= rule@5 #x0b)))
                           a!7
                           |folio.data[F0]@5|)))
           (let ((a!9 (ite (or (not (= migrate0.newpage@5 #x00))
                               (not (= rule@5 #x08)))
                           a!8
                           a!5)))
             (ite (or (not (= rule@5 #x03)) a!1) a!9 #x00)))))))))
(model-add |folio.data[F1]@6|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@5| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= fault0.page@5 #x00)
                                   |folio.refcount[F0]@5|
                                   |folio.refcount[F1]@5|)
                              #x01)
                           #x00
                           (ite (= fault0.page@5 #x00)
                                |folio.data[F0]@5|
                                |folio.data[F1]@5|)))
                 (a!5 (ite (= (ite (= migrate0.newpage@5 #x00)
                                   |folio.refcount[F0]@5|
                                   |folio.refcount[F1]@5|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@5 #x00)
                                |folio.data[F0]@5|
                                |folio.data[F1]@5|))))
           (let ((a!3 (ite (or (not (= fault0.page@5 #x01))
                               (not (= rule@5 #x16)))
                           |folio.data[F1]@5|
                           a!2)))
           (let ((a!4 (ite (or (not (= fault0.page@5 #x01))
                               (not (= rule@5 #x15)))
                           a!3
                           a!2)))
           (let ((a!6 (ite (or (not (= rule@5 #x0e))
                               (not (= migrate0.newpage@5 #x01)))
                           a!4
                           a!5)))
           (let ((a!7 (ite (or (not (= migrate0.newpage@5 #x01))
                               (not (= rule@5 #x0d)))
                           a!6
                           a!5)))
           (let ((a!8 (ite (or (not (= migrate0.newpage@5 #x01))
                               (not (= rule@5 #x0b)))
                           a!7
                           |folio.data[F0]@5|)))
           (let ((a!9 (ite (or (not (= migrate0.newpage@5 #x01))
                               (not (= rule@5 #x08)))
                           a!8
                           a!5)))
             (ite (or (not (= rule@5 #x03)) a!1) a!9 #x00)))))))))
(model-add migrate0.isolated@6
           ()
           (_ BitVec 8)
           (ite (= rule@5 #x00)
                #x01
                (ite (or (= rule@5 #x0e) (= rule@5 #x0f))
                     #x00
                     migrate0.isolated@5)))
(model-add |folio.data[F0]@5|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@4| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= fault0.page@4 #x00)
                                   |folio.refcount[F0]@4|
                                   |folio.refcount[F1]@4|)
                              #x01)
                           #x00
                           (ite (= fault0.page@4 #x00)
                                |folio.data[F0]@4|
                                |folio.data[F1]@4|)))
                 (a!5 (ite (= (ite (= migrate0.newpage@4 #x00)
                                   |folio.refcount[F0]@4|
                                   |folio.refcount[F1]@4|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@4 #x00)
                                |folio.data[F0]@4|
                                |folio.data[F1]@4|))))
           (let ((a!3 (ite (or (not (= fault0.page@4 #x00))
                               (not (= rule@4 #x16)))
                           |folio.data[F0]@4|
                           a!2)))
           (let ((a!4 (ite (or (not (= rule@4 #x15))
                               (not (= fault0.page@4 #x00)))
                           a!3
                           a!2)))
           (let ((a!6 (ite (or (not (= rule@4 #x0e))
                               (not (= migrate0.newpage@4 #x00)))
                           (ite (or (= rule@4 #x0e) (= rule@4 #x0f))
                                (ite (= |folio.refcount[F0]@4| #x01)
                                     #x00
                                     |folio.data[F0]@4|)
                                a!4)
                           a!5)))
           (let ((a!7 (ite (or (not (= rule@4 #x0d))
                               (not (= migrate0.newpage@4 #x00)))
                           a!6
                           a!5)))
           (let ((a!8 (ite (or (not (= rule@4 #x0b))
                               (not (= migrate0.newpage@4 #x00)))
                           a!7
                           |folio.data[F0]@4|)))
           (let ((a!9 (ite (or (not (= rule@4 #x08))
                               (not (= migrate0.newpage@4 #x00)))
                           a!8
                           a!5)))
             (ite (or (not (= rule@4 #x03)) a!1) a!9 #x00)))))))))
(model-add |folio.data[F1]@5|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@4| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= fault0.page@4 #x00)
                                   |folio.refcount[F0]@4|
                                   |folio.refcount[F1]@4|)
                              #x01)
                           #x00
                           (ite (= fault0.page@4 #x00)
                                |folio.data[F0]@4|
                                |folio.data[F1]@4|)))
                 (a!5 (ite (= (ite (= migrate0.newpage@4 #x00)
                                   |folio.refcount[F0]@4|
                                   |folio.refcount[F1]@4|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@4 #x00)
                                |folio.data[F0]@4|
                                |folio.data[F1]@4|))))
           (let ((a!3 (ite (or (not (= fault0.page@4 #x01))
                               (not (= rule@4 #x16)))
                           |folio.data[F1]@4|
                           a!2)))
           (let ((a!4 (ite (or (not (= rule@4 #x15))
                               (not (= fault0.page@4 #x01)))
                           a!3
                           a!2)))
           (let ((a!6 (ite (or (not (= rule@4 #x0e))
                               (not (= migrate0.newpage@4 #x01)))
                           a!4
                           a!5)))
           (let ((a!7 (ite (or (not (= migrate0.newpage@4 #x01))
                               (not (= rule@4 #x0d)))
                           a!6
                           a!5)))
           (let ((a!8 (ite (or (not (= migrate0.newpage@4 #x01))
                               (not (= rule@4 #x0b)))
                           a!7
                           |folio.data[F0]@4|)))
           (let ((a!9 (ite (or (not (= rule@4 #x08))
                               (not (= migrate0.newpage@4 #x01)))
                           a!8
                           a!5)))
             (ite (or (not (= rule@4 #x03)) a!1) a!9 #x00)))))))))
(model-add migrate0.isolated@5
           ()
           (_ BitVec 8)
           (ite (= rule@4 #x00)
                #x01
                (ite (or (= rule@4 #x0e) (= rule@4 #x0f))
                     #x00
                     migrate0.isolated@4)))
(model-add |folio.data[F0]@4|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@3| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= fault0.page@3 #x00)
                                   |folio.refcount[F0]@3|
                                   |folio.refcount[F1]@3|)
                              #x01)
                           #x00
                           (ite (= fault0.page@3 #x00)
                                |folio.data[F0]@3|
                                |folio.data[F1]@3|)))
                 (a!5 (ite (= (ite (= migrate0.newpage@3 #x00)
                                   |folio.refcount[F0]@3|
                                   |folio.refcount[F1]@3|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@3 #x00)
                                |folio.data[F0]@3|
                                |folio.data[F1]@3|))))
           (let ((a!3 (ite (or (not (= fault0.page@3 #x00))
                               (not (= rule@3 #x16)))
                           |folio.data[F0]@3|
                           a!2)))
           (let ((a!4 (ite (or (not (= fault0.page@3 #x00))
                               (not (= rule@3 #x15)))
                           a!3
                           a!2)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@3 #x00))
                               (not (= rule@3 #x0e)))
                           (ite (or (= rule@3 #x0e) (= rule@3 #x0f))
                                (ite (= |folio.refcount[F0]@3| #x01)
                                     #x00
                                     |folio.data[F0]@3|)
                                a!4)
                           a!5)))
           (let ((a!7 (ite (or (not (= migrate0.newpage@3 #x00))
                               (not (= rule@3 #x0d)))
                           a!6
                           a!5)))
           (let ((a!8 (ite (or (not (= rule@3 #x0b))
                               (not (= migrate0.newpage@3 #x00)))
                           a!7
                           |folio.data[F0]@3|)))
           (let ((a!9 (ite (or (not (= migrate0.newpage@3 #x00))
                               (not (= rule@3 #x08)))
                           a!8
                           a!5)))
             (ite (or (not (= rule@3 #x03)) a!1) a!9 #x00)))))))))
(model-add |folio.data[F1]@4|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@3| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= fault0.page@3 #x00)
                                   |folio.refcount[F0]@3|
                                   |folio.refcount[F1]@3|)
                              #x01)
                           #x00
                           (ite (= fault0.page@3 #x00)
                                |folio.data[F0]@3|
                                |folio.data[F1]@3|)))
                 (a!5 (ite (= (ite (= migrate0.newpage@3 #x00)
                                   |folio.refcount[F0]@3|
                                   |folio.refcount[F1]@3|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@3 #x00)
                                |folio.data[F0]@3|
                                |folio.data[F1]@3|))))
           (let ((a!3 (ite (or (not (= fault0.page@3 #x01))
                               (not (= rule@3 #x16)))
                           |folio.data[F1]@3|
                           a!2)))
           (let ((a!4 (ite (or (not (= fault0.page@3 #x01))
                               (not (= rule@3 #x15)))
                           a!3
                           a!2)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@3 #x01))
                               (not (= rule@3 #x0e)))
                           a!4
                           a!5)))
           (let ((a!7 (ite (or (not (= migrate0.newpage@3 #x01))
                               (not (= rule@3 #x0d)))
                           a!6
                           a!5)))
           (let ((a!8 (ite (or (not (= rule@3 #x0b))
                               (not (= migrate0.newpage@3 #x01)))
                           a!7
                           |folio.data[F0]@3|)))
           (let ((a!9 (ite (or (not (= migrate0.newpage@3 #x01))
                               (not (= rule@3 #x08)))
                           a!8
                           a!5)))
             (ite (or (not (= rule@3 #x03)) a!1) a!9 #x00)))))))))
(model-add migrate0.isolated@4
           ()
           (_ BitVec 8)
           (ite (= rule@3 #x00)
                #x01
                (ite (or (= rule@3 #x0e) (= rule@3 #x0f))
                     #x00
                     migrate0.isolated@3)))
(model-add |folio.data[F0]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@2| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= fault0.page@2 #x00)
                                   |folio.refcount[F0]@2|
                                   |folio.refcount[F1]@2|)
                              #x01)
                           #x00
                           (ite (= fault0.page@2 #x00)
                                |folio.data[F0]@2|
                                |folio.data[F1]@2|)))
                 (a!5 (ite (= (ite (= migrate0.newpage@2 #x00)
                                   |folio.refcount[F0]@2|
                                   |folio.refcount[F1]@2|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@2 #x00)
                                |folio.data[F0]@2|
                                |folio.data[F1]@2|))))
           (let ((a!3 (ite (or (not (= rule@2 #x16))
                               (not (= fault0.page@2 #x00)))
                           |folio.data[F0]@2|
                           a!2)))
           (let ((a!4 (ite (or (not (= fault0.page@2 #x00))
                               (not (= rule@2 #x15)))
                           a!3
                           a!2)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@2 #x00))
                               (not (= rule@2 #x0e)))
                           (ite (or (= rule@2 #x0e) (= rule@2 #x0f))
                                (ite (= |folio.refcount[F0]@2| #x01)
                                     #x00
                                     |folio.data[F0]@2|)
                                a!4)
                           a!5)))
           (let ((a!7 (ite (or (not (= rule@2 #x0d))
                               (not (= migrate0.newpage@2 #x00)))
                           a!6
                           a!5)))
           (let ((a!8 (ite (or (not (= rule@2 #x0b))
                               (not (= migrate0.newpage@2 #x00)))
                           a!7
                           |folio.data[F0]@2|)))
           (let ((a!9 (ite (or (not (= rule@2 #x08))
                               (not (= migrate0.newpage@2 #x00)))
                           a!8
                           a!5)))
             (ite (or (not (= rule@2 #x03)) a!1) a!9 #x00)))))))))
(model-add |folio.data[F1]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@2| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= fault0.page@2 #x00)
                                   |folio.refcount[F0]@2|
                                   |folio.refcount[F1]@2|)
                              #x01)
                           #x00
                           (ite (= fault0.page@2 #x00)
                                |folio.data[F0]@2|
                                |folio.data[F1]@2|)))
                 (a!5 (ite (= (ite (= migrate0.newpage@2 #x00)
                                   |folio.refcount[F0]@2|
                                   |folio.refcount[F1]@2|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@2 #x00)
                                |folio.data[F0]@2|
                                |folio.data[F1]@2|))))
           (let ((a!3 (ite (or (not (= rule@2 #x16))
                               (not (= fault0.page@2 #x01)))
                           |folio.data[F1]@2|
                           a!2)))
           (let ((a!4 (ite (or (not (= rule@2 #x15))
                               (not (= fault0.page@2 #x01)))
                           a!3
                           a!2)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@2 #x01))
                               (not (= rule@2 #x0e)))
                           a!4
                           a!5)))
           (let ((a!7 (ite (or (not (= migrate0.newpage@2 #x01))
                               (not (= rule@2 #x0d)))
                           a!6
                           a!5)))
           (let ((a!8 (ite (or (not (= migrate0.newpage@2 #x01))
                               (not (= rule@2 #x0b)))
                           a!7
                           |folio.data[F0]@2|)))
           (let ((a!9 (ite (or (not (= migrate0.newpage@2 #x01))
                               (not (= rule@2 #x08)))
                           a!8
                           a!5)))
             (ite (or (not (= rule@2 #x03)) a!1) a!9 #x00)))))))))
(model-add migrate0.isolated@3
           ()
           (_ BitVec 8)
           (ite (= rule@2 #x00)
                #x01
                (ite (or (= rule@2 #x0e) (= rule@2 #x0f))
                     #x00
                     migrate0.isolated@2)))
(model-add |folio.data[F0]@2|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@1| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= fault0.page@1 #x00)
                                   |folio.refcount[F0]@1|
                                   |folio.refcount[F1]@1|)
                              #x01)
                           #x00
                           (ite (= fault0.page@1 #x00) |folio.data[F0]@1| #x00)))
                 (a!5 (ite (= (ite (= migrate0.newpage@1 #x00)
                                   |folio.refcount[F0]@1|
                                   |folio.refcount[F1]@1|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@1 #x00)
                                |folio.data[F0]@1|
                                #x00))))
           (let ((a!3 (ite (or (not (= rule@1 #x16))
                               (not (= fault0.page@1 #x00)))
                           |folio.data[F0]@1|
                           a!2)))
           (let ((a!4 (ite (or (not (= rule@1 #x15))
                               (not (= fault0.page@1 #x00)))
                           a!3
                           a!2)))
           (let ((a!6 (ite (or (not (= rule@1 #x0e))
                               (not (= migrate0.newpage@1 #x00)))
                           (ite (or (= rule@1 #x0e) (= rule@1 #x0f))
                                (ite (= |folio.refcount[F0]@1| #x01)
                                     #x00
                                     |folio.data[F0]@1|)
                                a!4)
                           a!5)))
           (let ((a!7 (ite (or (not (= rule@1 #x0d))
                               (not (= migrate0.newpage@1 #x00)))
                           a!6
                           a!5)))
           (let ((a!8 (ite (or (not (= rule@1 #x0b))
                               (not (= migrate0.newpage@1 #x00)))
                           a!7
                           |folio.data[F0]@1|)))
           (let ((a!9 (ite (or (not (= migrate0.newpage@1 #x00))
                               (not (= rule@1 #x08)))
                           a!8
                           a!5)))
             (ite (or (not (= rule@1 #x03)) a!1) a!9 #x00)))))))))
(model-add |folio.data[F1]@2|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@1| #x00) #x00 #x01) #x01)))
                 (a!2 (or (= (ite (= fault0.page@1 #x00)
                                  |folio.refcount[F0]@1|
                                  |folio.refcount[F1]@1|)
                             #x01)
                          (not (= rule@1 #x16))
                          (not (= fault0.page@1 #x01))))
                 (a!3 (ite (= (ite (= fault0.page@1 #x00)
                                   |folio.refcount[F0]@1|
                                   |folio.refcount[F1]@1|)
                              #x01)
                           #x00
                           (ite (= fault0.page@1 #x00) |folio.data[F0]@1| #x00)))
                 (a!5 (ite (= (ite (= migrate0.newpage@1 #x00)
                                   |folio.refcount[F0]@1|
                                   |folio.refcount[F1]@1|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@1 #x00)
                                |folio.data[F0]@1|
                                #x00))))
           (let ((a!4 (ite (or (not (= fault0.page@1 #x01))
                               (not (= rule@1 #x15)))
                           (ite a!2
                                #x00
                                (ite (= fault0.page@1 #x00)
                                     |folio.data[F0]@1|
                                     #x00))
                           a!3)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@1 #x01))
                               (not (= rule@1 #x0e)))
                           a!4
                           a!5)))
           (let ((a!7 (ite (or (not (= rule@1 #x0d))
                               (not (= migrate0.newpage@1 #x01)))
                           a!6
                           a!5)))
           (let ((a!8 (ite (or (not (= migrate0.newpage@1 #x01))
                               (not (= rule@1 #x0b)))
                           a!7
                           |folio.data[F0]@1|)))
           (let ((a!9 (ite (or (not (= migrate0.newpage@1 #x01))
                               (not (= rule@1 #x08)))
                           a!8
                           a!5)))
             (ite (or (not (= rule@1 #x03)) a!1) a!9 #x00))))))))
(model-add migrate0.isolated@2
           ()
           (_ BitVec 8)
           (ite (= rule@1 #x00)
                #x01
                (ite (or (= rule@1 #x0e) (= rule@1 #x0f))
                     #x00
                     migrate0.isolated@1)))
(model-add |folio.data[F0]@1|
           ()
           (_ BitVec 8)
           (ite (or (= rule@0 #x0e) (= rule@0 #x0f)) #x00 #x01))
(model-add migrate0.isolated@1 () (_ BitVec 8) (ite (= rule@0 #x00) #x01 #x00))
(check-sat)
