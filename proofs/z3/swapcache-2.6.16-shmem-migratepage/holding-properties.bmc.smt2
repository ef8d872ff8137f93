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
(declare-fun migrate0.pc@1 () (_ BitVec 8))
(declare-fun migrate0.isolated@1 () (_ BitVec 8))
(declare-fun migrate0.newpage@1 () (_ BitVec 8))
(declare-fun migrate0.ok@1 () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@1 () (_ BitVec 8))
(declare-fun migrate0.pass@1 () (_ BitVec 8))
(declare-fun rule@1 () (_ BitVec 8))
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
(declare-fun |PG_locked[F0]@1| () (_ BitVec 8))
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
     (= migrate0.pc@0 #x00)
     (= migrate0.isolated@0 #x00)
     (= migrate0.newpage@0 #x02)
     (= migrate0.ok@0 #x00)
     (= migrate0.mapping_is_swapper@0 #x00)
     (= migrate0.pass@0 #x00)))
(assert (and (bvule |alive[P0]@0| #x01)
     (bvule |pte[P0][0]@0| #x06)
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
      (a!7 (= (ite (not (= migrate0.mapping_is_swapper@0 #x00))
                   swapper_space.i_pages@0
                   shmem.i_pages@0)
              #x00))
      (a!9 (and (= rule@0 #x0d)
                (= migrate0.pc@0 #x07)
                (not (not (= migrate0.ok@0 #x00)))))
      (a!10 (and (= rule@0 #x0f)
                 (= migrate0.pc@0 #x09)
                 (not (not (= migrate0.ok@0 #x00)))))
      (a!12 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.used[F0]@0|
                      |folio.used[F1]@0|)))
      (a!13 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.used[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.used[F0]@0|)
                      |folio.used[F0]@0|)))
      (a!18 (ite (and (= rule@0 #x0e) true)
                 (bvsub |folio.refcount[F0]@0| #x01)
                 (ite (and (= rule@0 #x0f) true)
                      (bvsub |folio.refcount[F0]@0| #x01)
                      |folio.refcount[F0]@0|)))
      (a!24 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 |folio.refcount[F1]@0|))
      (a!29 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00) |PG_lru[F0]@0| |PG_lru[F1]@0|)))
      (a!30 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 #x01))
      (a!31 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_lru[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01) #x00 #x01)
                      |PG_lru[F0]@0|)))
      (a!36 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |PG_anon_exclusive[F0]@0|
                      |PG_anon_exclusive[F1]@0|)))
      (a!37 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@0|)
                      |PG_anon_exclusive[F0]@0|)))
      (a!42 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.mapping[F0]@0|
                      |folio.mapping[F1]@0|)))
      (a!43 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01)
                      #x01
                      |folio.mapping[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x01
                           |folio.mapping[F0]@0|)
                      |folio.mapping[F0]@0|)))
      (a!48 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.index[F0]@0|
                      |folio.index[F1]@0|)))
      (a!49 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.index[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.index[F0]@0|)
                      |folio.index[F0]@0|)))
      (a!54 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.data[F0]@0|
                      |folio.data[F1]@0|)))
      (a!55 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.data[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.data[F0]@0|)
                      |folio.data[F0]@0|)))
      (a!62 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.node[F0]@0|
                      |folio.node[F1]@0|)))
      (a!63 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.node[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.node[F0]@0|)
                      |folio.node[F0]@0|)))
      (a!68 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |page.mapping(shmem)[F0]@0|
                      |page.mapping(shmem)[F1]@0|)))
      (a!69 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@0|)
                      |page.mapping(shmem)[F0]@0|)))
      (a!75 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |PG_swapcache[F0]@0|
                      |PG_swapcache[F1]@0|)))
      (a!76 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_swapcache[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |PG_swapcache[F0]@0|)
                      |PG_swapcache[F0]@0|)))
      (a!82 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |PG_dirty[F0]@0|
                      |PG_dirty[F1]@0|)))
      (a!83 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_dirty[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |PG_dirty[F0]@0|)
                      |PG_dirty[F0]@0|)))
      (a!89 (ite (not (not (= migrate0.mapping_is_swapper@0 #x00)))
                 migrate0.newpage@0
                 shmem.i_pages@0))
      (a!91 (ite (and (= rule@0 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@0 #x00))
                      migrate0.newpage@0
                      swapper_space.i_pages@0)
                 swapper_space.i_pages@0))
      (a!93 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 #x00
                 (ite (and (= rule@0 #x0d) true) #x00 |PG_locked[F0]@0|)))
      (a!97 (ite (and (= rule@0 #x0c) (= migrate0.newpage@0 #x01))
                 #x00
                 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                      #x00
                      |PG_locked[F1]@0|)))
      (a!99 (ite (and (= rule@0 #x10) true)
                 #x01
                 (ite (and (= rule@0 #x11) true) #x09 migrate0.pc@0)))
      (a!108 (ite (and (= rule@0 #x0e) true)
                  #x00
                  (ite (and (= rule@0 #x0f) true) #x00 migrate0.isolated@0)))
      (a!110 (ite (and (= rule@0 #x0d) true)
                  #x02
                  (ite (and (= rule@0 #x0e) true) #x02 migrate0.newpage@0)))
      (a!112 (ite (and (= rule@0 #x0b) true)
                  #x01
                  (ite (and (= rule@0 #x11) true) #x00 migrate0.ok@0)))
      (a!114 (ite (and (= rule@0 #x04) true)
                  |PG_swapcache[F0]@0|
                  (ite (and (= rule@0 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@0)))
      (a!115 (= migrate0.pass@1
                (ite (and (= rule@0 #x10) true)
                     (bvadd migrate0.pass@0 #x01)
                     migrate0.pass@0))))
(let ((a!4 (and (= rule@0 #x03)
                (= migrate0.pc@0 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@0| |PG_locked[F1]@0|) #x00)))
      (a!8 (not (and (not (= |page.mapping(shmem)[F0]@0| #x00))
                     (= |folio.refcount[F0]@0| #x02)
                     a!7)))
      (a!14 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!12
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!12
                      a!13)))
      (a!16 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!12
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!12
                      |folio.used[F1]@0|)))
      (a!19 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!18))
      (a!25 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!24))
      (a!32 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!29
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!30
                      a!31)))
      (a!34 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!29
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!30
                      |PG_lru[F1]@0|)))
      (a!38 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!36
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!36
                      a!37)))
      (a!40 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!36
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!36
                      |PG_anon_exclusive[F1]@0|)))
      (a!44 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!42
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!42
                      a!43)))
      (a!46 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!42
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!42
                      |folio.mapping[F1]@0|)))
      (a!50 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!48
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!48
                      a!49)))
      (a!52 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!48
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!48
                      |folio.index[F1]@0|)))
      (a!56 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!54
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!54
                      a!55)))
      (a!59 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!54
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!54
                      |folio.data[F1]@0|)))
      (a!64 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!62
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!62
                      a!63)))
      (a!66 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!62
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!62
                      |folio.node[F1]@0|)))
      (a!70 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!68
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!68
                      a!69)))
      (a!73 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!68
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!68
                      |page.mapping(shmem)[F1]@0|)))
      (a!77 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!75
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!75
                      a!76)))
      (a!80 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!75
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!75
                      |PG_swapcache[F1]@0|)))
      (a!84 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!82
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!82
                      a!83)))
      (a!87 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!82
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!82
                      |PG_dirty[F1]@0|)))
      (a!90 (ite (and (= rule@0 #x05) true)
                 #x02
                 (ite (and (= rule@0 #x09) true) a!89 shmem.i_pages@0)))
      (a!92 (= swapper_space.i_pages@1
               (ite (and (= rule@0 #x05) true) #x00 a!91)))
      (a!94 (ite (and (= rule@0 #x0c) (= migrate0.newpage@0 #x00))
                 #x00
                 (ite (and (= rule@0 #x0c) true) #x00 a!93)))
      (a!98 (ite (and (= rule@0 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                      #x00
                      a!97)))
      (a!100 (ite (and (= rule@0 #x0e) true)
                  #x0a
                  (ite (and (= rule@0 #x0f) true) #x0a a!99)))
      (a!109 (= migrate0.isolated@1 (ite (and (= rule@0 #x00) true) #x01 a!108)))
      (a!111 (ite (and (= rule@0 #x03) true)
                  a!3
                  (ite (and (= rule@0 #x08) true) #x02 a!110)))
      (a!113 (ite (and (= rule@0 #x07) true)
                  #x00
                  (ite (and (= rule@0 #x0a) true) #x00 a!112))))
(let ((a!11 (or (and (= rule@0 #x00)
                     (= migrate0.pc@0 #x00)
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
                     (not (= |page.mapping(shmem)[F0]@0| #x00))
                     (= |folio.refcount[F0]@0| #x02)
                     a!7)
                (and (= rule@0 #x0a) (= migrate0.pc@0 #x05) a!8)
                (and (= rule@0 #x0b) (= migrate0.pc@0 #x06))
                (and (= rule@0 #x0c)
                     (= migrate0.pc@0 #x07)
                     (not (= migrate0.ok@0 #x00)))
                a!9
                (and (= rule@0 #x0e)
                     (= migrate0.pc@0 #x09)
                     (not (= migrate0.ok@0 #x00)))
                a!10
                (and (= rule@0 #x10)
                     (= migrate0.pc@0 #x08)
                     (bvult migrate0.pass@0 #x01))
                (and (= rule@0 #x11)
                     (= migrate0.pc@0 #x08)
                     (bvuge migrate0.pass@0 #x01))))
      (a!15 (ite (and (= rule@0 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      a!12
                      a!14)))
      (a!17 (ite (and (= rule@0 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                      a!12
                      a!16)))
      (a!20 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!19))
      (a!26 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x01))
                 (bvadd (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!25))
      (a!33 (ite (and (= rule@0 #x00) true)
                 #x00
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      a!29
                      a!32)))
      (a!35 (= |PG_lru[F1]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01)) a!29 a!34)))
      (a!39 (= |PG_anon_exclusive[F0]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00)) a!36 a!38)))
      (a!41 (= |PG_anon_exclusive[F1]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01)) a!36 a!40)))
      (a!45 (= |folio.mapping[F0]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00)) a!42 a!44)))
      (a!47 (= |folio.mapping[F1]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01)) a!42 a!46)))
      (a!51 (= |folio.index[F0]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00)) a!48 a!50)))
      (a!53 (= |folio.index[F1]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01)) a!48 a!52)))
      (a!57 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                 a!54
                 (ite (and (= rule@0 #x0b) (= migrate0.newpage@0 #x00))
                      |folio.data[F0]@0|
                      a!56)))
      (a!60 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                 a!54
                 (ite (and (= rule@0 #x0b) (= migrate0.newpage@0 #x01))
                      |folio.data[F0]@0|
                      a!59)))
      (a!65 (ite (and (= rule@0 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@0|)
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      a!62
                      a!64)))
      (a!67 (ite (and (= rule@0 #x03) (= a!3 #x01))
                 (bvsub #x01 |folio.node[F0]@0|)
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                      a!62
                      a!66)))
      (a!71 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x00))
                 |page.mapping(shmem)[F0]@0|
                 (ite (and (= rule@0 #x0b) true) #x00 a!70)))
      (a!74 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                 a!68
                 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x01))
                      |page.mapping(shmem)[F0]@0|
                      a!73)))
      (a!78 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x00))
                 |PG_swapcache[F0]@0|
                 (ite (and (= rule@0 #x0b) true) #x00 a!77)))
      (a!81 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                 a!75
                 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x01))
                      |PG_swapcache[F0]@0|
                      a!80)))
      (a!85 (ite (and (= rule@0 #x0b) (= migrate0.newpage@0 #x00))
                 |PG_dirty[F0]@0|
                 (ite (and (= rule@0 #x0b) true) #x00 a!84)))
      (a!88 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                 a!82
                 (ite (and (= rule@0 #x0b) (= migrate0.newpage@0 #x01))
                      |PG_dirty[F0]@0|
                      a!87)))
      (a!95 (ite (and (= rule@0 #x05) true)
                 #x00
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      #x00
                      a!94)))
      (a!101 (ite (and (= rule@0 #x0c) true)
                  #x09
                  (ite (and (= rule@0 #x0d) true) #x08 a!100))))
(let ((a!21 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x00))
                 (bvadd (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 (ite (and (= rule@0 #x09) true)
                      (bvsub |folio.refcount[F0]@0| #x01)
                      a!20)))
      (a!27 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!26))
      (a!58 (= |folio.data[F0]@1|
               (ite (and (= rule@0 #x03) (= a!3 #x00)) #x00 a!57)))
      (a!61 (= |folio.data[F1]@1|
               (ite (and (= rule@0 #x03) (= a!3 #x01)) #x00 a!60)))
      (a!72 (ite (and (= rule@0 #x05) true)
                 #x00
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      a!68
                      a!71)))
      (a!79 (ite (and (= rule@0 #x05) true)
                 #x01
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      a!75
                      a!78)))
      (a!86 (ite (and (= rule@0 #x05) true)
                 #x01
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      a!82
                      a!85)))
      (a!96 (ite (and (= rule@0 #x02) true)
                 #x01
                 (ite (and (= rule@0 #x03) (= a!3 #x00)) #x01 a!95)))
      (a!102 (ite (and (= rule@0 #x0a) true)
                  #x07
                  (ite (and (= rule@0 #x0b) true) #x07 a!101))))
(let ((a!22 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!21))
      (a!28 (= |folio.refcount[F1]@1|
               (ite (and (= rule@0 #x03) (= a!3 #x01)) #x01 a!27)))
      (a!103 (ite (and (= rule@0 #x08) true)
                  #x08
                  (ite (and (= rule@0 #x09) true) #x06 a!102))))
(let ((a!23 (ite (and (= rule@0 #x00) true)
                 (bvadd |folio.refcount[F0]@0| #x01)
                 (ite (and (= rule@0 #x03) (= a!3 #x00)) #x01 a!22)))
      (a!104 (ite (and (= rule@0 #x06) true)
                  #x05
                  (ite (and (= rule@0 #x07) true) #x07 a!103))))
(let ((a!105 (ite (and (= rule@0 #x04) true)
                  #x05
                  (ite (and (= rule@0 #x05) true) #x04 a!104))))
(let ((a!106 (ite (and (= rule@0 #x02) true)
                  #x02
                  (ite (and (= rule@0 #x03) true) #x03 a!105))))
(let ((a!107 (ite (and (= rule@0 #x00) true)
                  #x01
                  (ite (and (= rule@0 #x01) true) #x0a a!106))))
  (and a!11
       (= |alive[P0]@1| |alive[P0]@0|)
       (= |pte[P0][0]@1| |pte[P0][0]@0|)
       (= |pte.folio[P0][0]@1| |pte.folio[P0][0]@0|)
       (= |pte.write[P0][0]@1| |pte.write[P0][0]@0|)
       (= |expected[P0][0]@1| |expected[P0][0]@0|)
       (= |anon_vma.list[av0][0]@1| |anon_vma.list[av0][0]@0|)
       (= |anon_vma.len[av0]@1| |anon_vma.len[av0]@0|)
       (= |anon_vma.refcount[av0]@1| |anon_vma.refcount[av0]@0|)
       (= |folio.used[F0]@1| a!15)
       (= |folio.used[F1]@1| a!17)
       (= |folio.refcount[F0]@1| a!23)
       a!28
       (= |folio.mapcount[F0]@1| |folio.mapcount[F0]@0|)
       (= |folio.mapcount[F1]@1| |folio.mapcount[F1]@0|)
       (= |PG_lru[F0]@1| a!33)
       a!35
       a!39
       a!41
       a!45
       a!47
       a!51
       a!53
       a!58
       a!61
       (= |folio.node[F0]@1| a!65)
       (= |folio.node[F1]@1| a!67)
       (= |page.mapping(shmem)[F0]@1| a!72)
       (= |page.mapping(shmem)[F1]@1| a!74)
       (= |PG_swapcache[F0]@1| a!79)
       (= |PG_swapcache[F1]@1| a!81)
       (= |PG_dirty[F0]@1| a!86)
       (= |PG_dirty[F1]@1| a!88)
       (= shmem.i_pages@1 a!90)
       a!92
       (= |&mm->mmap_lock.writer[P0]@1| |&mm->mmap_lock.writer[P0]@0|)
       (= |&mm->mmap_lock.readers[P0]@1| |&mm->mmap_lock.readers[P0]@0|)
       (= |&anon_vma->rwsem.writer[av0]@1| |&anon_vma->rwsem.writer[av0]@0|)
       (= |&anon_vma->rwsem.readers[av0]@1| |&anon_vma->rwsem.readers[av0]@0|)
       (= |ptlock_ptr(page)[P0]@1| |ptlock_ptr(page)[P0]@0|)
       (= |PG_locked[F0]@1| a!96)
       (= |PG_locked[F1]@1| a!98)
       (= migrate0.pc@1 a!107)
       a!109
       (= migrate0.newpage@1 a!111)
       (= migrate0.ok@1 a!113)
       (= migrate0.mapping_is_swapper@1 a!114)
       a!115
       (bvule |alive[P0]@1| #x01)
       (bvule |pte[P0][0]@1| #x06)
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
      (a!7 (= (ite (not (= migrate0.mapping_is_swapper@1 #x00))
                   swapper_space.i_pages@1
                   shmem.i_pages@1)
              #x00))
      (a!9 (and (= rule@1 #x0d)
                (= migrate0.pc@1 #x07)
                (not (not (= migrate0.ok@1 #x00)))))
      (a!10 (and (= rule@1 #x0f)
                 (= migrate0.pc@1 #x09)
                 (not (not (= migrate0.ok@1 #x00)))))
      (a!12 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.used[F0]@1|
                      |folio.used[F1]@1|)))
      (a!13 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.used[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.used[F0]@1|)
                      |folio.used[F0]@1|)))
      (a!18 (ite (and (= rule@1 #x0e) true)
                 (bvsub |folio.refcount[F0]@1| #x01)
                 (ite (and (= rule@1 #x0f) true)
                      (bvsub |folio.refcount[F0]@1| #x01)
                      |folio.refcount[F0]@1|)))
      (a!24 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 |folio.refcount[F1]@1|))
      (a!29 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00) |PG_lru[F0]@1| |PG_lru[F1]@1|)))
      (a!30 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 #x01))
      (a!31 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_lru[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01) #x00 #x01)
                      |PG_lru[F0]@1|)))
      (a!36 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |PG_anon_exclusive[F0]@1|
                      |PG_anon_exclusive[F1]@1|)))
      (a!37 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@1|)
                      |PG_anon_exclusive[F0]@1|)))
      (a!42 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.mapping[F0]@1|
                      |folio.mapping[F1]@1|)))
      (a!43 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01)
                      #x01
                      |folio.mapping[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x01
                           |folio.mapping[F0]@1|)
                      |folio.mapping[F0]@1|)))
      (a!48 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.index[F0]@1|
                      |folio.index[F1]@1|)))
      (a!49 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.index[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.index[F0]@1|)
                      |folio.index[F0]@1|)))
      (a!54 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.data[F0]@1|
                      |folio.data[F1]@1|)))
      (a!55 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.data[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.data[F0]@1|)
                      |folio.data[F0]@1|)))
      (a!62 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.node[F0]@1|
                      |folio.node[F1]@1|)))
      (a!63 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.node[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.node[F0]@1|)
                      |folio.node[F0]@1|)))
      (a!68 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |page.mapping(shmem)[F0]@1|
                      |page.mapping(shmem)[F1]@1|)))
      (a!69 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@1|)
                      |page.mapping(shmem)[F0]@1|)))
      (a!75 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |PG_swapcache[F0]@1|
                      |PG_swapcache[F1]@1|)))
      (a!76 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_swapcache[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |PG_swapcache[F0]@1|)
                      |PG_swapcache[F0]@1|)))
      (a!82 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |PG_dirty[F0]@1|
                      |PG_dirty[F1]@1|)))
      (a!83 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_dirty[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |PG_dirty[F0]@1|)
                      |PG_dirty[F0]@1|)))
      (a!89 (ite (not (not (= migrate0.mapping_is_swapper@1 #x00)))
                 migrate0.newpage@1
                 shmem.i_pages@1))
      (a!91 (ite (and (= rule@1 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@1 #x00))
                      migrate0.newpage@1
                      swapper_space.i_pages@1)
                 swapper_space.i_pages@1))
      (a!93 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 #x00
                 (ite (and (= rule@1 #x0d) true) #x00 |PG_locked[F0]@1|)))
      (a!97 (ite (and (= rule@1 #x0c) (= migrate0.newpage@1 #x01))
                 #x00
                 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                      #x00
                      |PG_locked[F1]@1|)))
      (a!99 (ite (and (= rule@1 #x10) true)
                 #x01
                 (ite (and (= rule@1 #x11) true) #x09 migrate0.pc@1)))
      (a!108 (ite (and (= rule@1 #x0e) true)
                  #x00
                  (ite (and (= rule@1 #x0f) true) #x00 migrate0.isolated@1)))
      (a!110 (ite (and (= rule@1 #x0d) true)
                  #x02
                  (ite (and (= rule@1 #x0e) true) #x02 migrate0.newpage@1)))
      (a!112 (ite (and (= rule@1 #x0b) true)
                  #x01
                  (ite (and (= rule@1 #x11) true) #x00 migrate0.ok@1)))
      (a!114 (ite (and (= rule@1 #x04) true)
                  |PG_swapcache[F0]@1|
                  (ite (and (= rule@1 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@1)))
      (a!115 (= migrate0.pass@2
                (ite (and (= rule@1 #x10) true)
                     (bvadd migrate0.pass@1 #x01)
                     migrate0.pass@1))))
(let ((a!4 (and (= rule@1 #x03)
                (= migrate0.pc@1 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@1| |PG_locked[F1]@1|) #x00)))
      (a!8 (not (and (not (= |page.mapping(shmem)[F0]@1| #x00))
                     (= |folio.refcount[F0]@1| #x02)
                     a!7)))
      (a!14 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!12
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!12
                      a!13)))
      (a!16 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!12
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!12
                      |folio.used[F1]@1|)))
      (a!19 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!18))
      (a!25 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!24))
      (a!32 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!29
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!30
                      a!31)))
      (a!34 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!29
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!30
                      |PG_lru[F1]@1|)))
      (a!38 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!36
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!36
                      a!37)))
      (a!40 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!36
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!36
                      |PG_anon_exclusive[F1]@1|)))
      (a!44 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!42
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!42
                      a!43)))
      (a!46 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!42
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!42
                      |folio.mapping[F1]@1|)))
      (a!50 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!48
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!48
                      a!49)))
      (a!52 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!48
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!48
                      |folio.index[F1]@1|)))
      (a!56 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!54
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!54
                      a!55)))
      (a!59 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!54
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!54
                      |folio.data[F1]@1|)))
      (a!64 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!62
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!62
                      a!63)))
      (a!66 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!62
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!62
                      |folio.node[F1]@1|)))
      (a!70 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!68
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!68
                      a!69)))
      (a!73 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!68
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!68
                      |page.mapping(shmem)[F1]@1|)))
      (a!77 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!75
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!75
                      a!76)))
      (a!80 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!75
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!75
                      |PG_swapcache[F1]@1|)))
      (a!84 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!82
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!82
                      a!83)))
      (a!87 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!82
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!82
                      |PG_dirty[F1]@1|)))
      (a!90 (ite (and (= rule@1 #x05) true)
                 #x02
                 (ite (and (= rule@1 #x09) true) a!89 shmem.i_pages@1)))
      (a!92 (= swapper_space.i_pages@2
               (ite (and (= rule@1 #x05) true) #x00 a!91)))
      (a!94 (ite (and (= rule@1 #x0c) (= migrate0.newpage@1 #x00))
                 #x00
                 (ite (and (= rule@1 #x0c) true) #x00 a!93)))
      (a!98 (ite (and (= rule@1 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                      #x00
                      a!97)))
      (a!100 (ite (and (= rule@1 #x0e) true)
                  #x0a
                  (ite (and (= rule@1 #x0f) true) #x0a a!99)))
      (a!109 (= migrate0.isolated@2 (ite (and (= rule@1 #x00) true) #x01 a!108)))
      (a!111 (ite (and (= rule@1 #x03) true)
                  a!3
                  (ite (and (= rule@1 #x08) true) #x02 a!110)))
      (a!113 (ite (and (= rule@1 #x07) true)
                  #x00
                  (ite (and (= rule@1 #x0a) true) #x00 a!112))))
(let ((a!11 (or (and (= rule@1 #x00)
                     (= migrate0.pc@1 #x00)
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
                     (not (= |page.mapping(shmem)[F0]@1| #x00))
                     (= |folio.refcount[F0]@1| #x02)
                     a!7)
                (and (= rule@1 #x0a) (= migrate0.pc@1 #x05) a!8)
                (and (= rule@1 #x0b) (= migrate0.pc@1 #x06))
                (and (= rule@1 #x0c)
                     (= migrate0.pc@1 #x07)
                     (not (= migrate0.ok@1 #x00)))
                a!9
                (and (= rule@1 #x0e)
                     (= migrate0.pc@1 #x09)
                     (not (= migrate0.ok@1 #x00)))
                a!10
                (and (= rule@1 #x10)
                     (= migrate0.pc@1 #x08)
                     (bvult migrate0.pass@1 #x01))
                (and (= rule@1 #x11)
                     (= migrate0.pc@1 #x08)
                     (bvuge migrate0.pass@1 #x01))))
      (a!15 (ite (and (= rule@1 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      a!12
                      a!14)))
      (a!17 (ite (and (= rule@1 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                      a!12
                      a!16)))
      (a!20 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!19))
      (a!26 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x01))
                 (bvadd (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!25))
      (a!33 (ite (and (= rule@1 #x00) true)
                 #x00
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      a!29
                      a!32)))
      (a!35 (= |PG_lru[F1]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01)) a!29 a!34)))
      (a!39 (= |PG_anon_exclusive[F0]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00)) a!36 a!38)))
      (a!41 (= |PG_anon_exclusive[F1]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01)) a!36 a!40)))
      (a!45 (= |folio.mapping[F0]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00)) a!42 a!44)))
      (a!47 (= |folio.mapping[F1]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01)) a!42 a!46)))
      (a!51 (= |folio.index[F0]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00)) a!48 a!50)))
      (a!53 (= |folio.index[F1]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01)) a!48 a!52)))
      (a!57 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                 a!54
                 (ite (and (= rule@1 #x0b) (= migrate0.newpage@1 #x00))
                      |folio.data[F0]@1|
                      a!56)))
      (a!60 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                 a!54
                 (ite (and (= rule@1 #x0b) (= migrate0.newpage@1 #x01))
                      |folio.data[F0]@1|
                      a!59)))
      (a!65 (ite (and (= rule@1 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@1|)
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      a!62
                      a!64)))
      (a!67 (ite (and (= rule@1 #x03) (= a!3 #x01))
                 (bvsub #x01 |folio.node[F0]@1|)
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                      a!62
                      a!66)))
      (a!71 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x00))
                 |page.mapping(shmem)[F0]@1|
                 (ite (and (= rule@1 #x0b) true) #x00 a!70)))
      (a!74 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                 a!68
                 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x01))
                      |page.mapping(shmem)[F0]@1|
                      a!73)))
      (a!78 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x00))
                 |PG_swapcache[F0]@1|
                 (ite (and (= rule@1 #x0b) true) #x00 a!77)))
      (a!81 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                 a!75
                 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x01))
                      |PG_swapcache[F0]@1|
                      a!80)))
      (a!85 (ite (and (= rule@1 #x0b) (= migrate0.newpage@1 #x00))
                 |PG_dirty[F0]@1|
                 (ite (and (= rule@1 #x0b) true) #x00 a!84)))
      (a!88 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                 a!82
                 (ite (and (= rule@1 #x0b) (= migrate0.newpage@1 #x01))
                      |PG_dirty[F0]@1|
                      a!87)))
      (a!95 (ite (and (= rule@1 #x05) true)
                 #x00
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      #x00
                      a!94)))
      (a!101 (ite (and (= rule@1 #x0c) true)
                  #x09
                  (ite (and (= rule@1 #x0d) true) #x08 a!100))))
(let ((a!21 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x00))
                 (bvadd (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 (ite (and (= rule@1 #x09) true)
                      (bvsub |folio.refcount[F0]@1| #x01)
                      a!20)))
      (a!27 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!26))
      (a!58 (= |folio.data[F0]@2|
               (ite (and (= rule@1 #x03) (= a!3 #x00)) #x00 a!57)))
      (a!61 (= |folio.data[F1]@2|
               (ite (and (= rule@1 #x03) (= a!3 #x01)) #x00 a!60)))
      (a!72 (ite (and (= rule@1 #x05) true)
                 #x00
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      a!68
                      a!71)))
      (a!79 (ite (and (= rule@1 #x05) true)
                 #x01
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      a!75
                      a!78)))
      (a!86 (ite (and (= rule@1 #x05) true)
                 #x01
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      a!82
                      a!85)))
      (a!96 (ite (and (= rule@1 #x02) true)
                 #x01
                 (ite (and (= rule@1 #x03) (= a!3 #x00)) #x01 a!95)))
      (a!102 (ite (and (= rule@1 #x0a) true)
                  #x07
                  (ite (and (= rule@1 #x0b) true) #x07 a!101))))
(let ((a!22 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!21))
      (a!28 (= |folio.refcount[F1]@2|
               (ite (and (= rule@1 #x03) (= a!3 #x01)) #x01 a!27)))
      (a!103 (ite (and (= rule@1 #x08) true)
                  #x08
                  (ite (and (= rule@1 #x09) true) #x06 a!102))))
(let ((a!23 (ite (and (= rule@1 #x00) true)
                 (bvadd |folio.refcount[F0]@1| #x01)
                 (ite (and (= rule@1 #x03) (= a!3 #x00)) #x01 a!22)))
      (a!104 (ite (and (= rule@1 #x06) true)
                  #x05
                  (ite (and (= rule@1 #x07) true) #x07 a!103))))
(let ((a!105 (ite (and (= rule@1 #x04) true)
                  #x05
                  (ite (and (= rule@1 #x05) true) #x04 a!104))))
(let ((a!106 (ite (and (= rule@1 #x02) true)
                  #x02
                  (ite (and (= rule@1 #x03) true) #x03 a!105))))
(let ((a!107 (ite (and (= rule@1 #x00) true)
                  #x01
                  (ite (and (= rule@1 #x01) true) #x0a a!106))))
  (and a!11
       (= |alive[P0]@2| |alive[P0]@1|)
       (= |pte[P0][0]@2| |pte[P0][0]@1|)
       (= |pte.folio[P0][0]@2| |pte.folio[P0][0]@1|)
       (= |pte.write[P0][0]@2| |pte.write[P0][0]@1|)
       (= |expected[P0][0]@2| |expected[P0][0]@1|)
       (= |anon_vma.list[av0][0]@2| |anon_vma.list[av0][0]@1|)
       (= |anon_vma.len[av0]@2| |anon_vma.len[av0]@1|)
       (= |anon_vma.refcount[av0]@2| |anon_vma.refcount[av0]@1|)
       (= |folio.used[F0]@2| a!15)
       (= |folio.used[F1]@2| a!17)
       (= |folio.refcount[F0]@2| a!23)
       a!28
       (= |folio.mapcount[F0]@2| |folio.mapcount[F0]@1|)
       (= |folio.mapcount[F1]@2| |folio.mapcount[F1]@1|)
       (= |PG_lru[F0]@2| a!33)
       a!35
       a!39
       a!41
       a!45
       a!47
       a!51
       a!53
       a!58
       a!61
       (= |folio.node[F0]@2| a!65)
       (= |folio.node[F1]@2| a!67)
       (= |page.mapping(shmem)[F0]@2| a!72)
       (= |page.mapping(shmem)[F1]@2| a!74)
       (= |PG_swapcache[F0]@2| a!79)
       (= |PG_swapcache[F1]@2| a!81)
       (= |PG_dirty[F0]@2| a!86)
       (= |PG_dirty[F1]@2| a!88)
       (= shmem.i_pages@2 a!90)
       a!92
       (= |&mm->mmap_lock.writer[P0]@2| |&mm->mmap_lock.writer[P0]@1|)
       (= |&mm->mmap_lock.readers[P0]@2| |&mm->mmap_lock.readers[P0]@1|)
       (= |&anon_vma->rwsem.writer[av0]@2| |&anon_vma->rwsem.writer[av0]@1|)
       (= |&anon_vma->rwsem.readers[av0]@2| |&anon_vma->rwsem.readers[av0]@1|)
       (= |ptlock_ptr(page)[P0]@2| |ptlock_ptr(page)[P0]@1|)
       (= |PG_locked[F0]@2| a!96)
       (= |PG_locked[F1]@2| a!98)
       (= migrate0.pc@2 a!107)
       a!109
       (= migrate0.newpage@2 a!111)
       (= migrate0.ok@2 a!113)
       (= migrate0.mapping_is_swapper@2 a!114)
       a!115
       (bvule |alive[P0]@2| #x01)
       (bvule |pte[P0][0]@2| #x06)
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
      (a!7 (= (ite (not (= migrate0.mapping_is_swapper@2 #x00))
                   swapper_space.i_pages@2
                   shmem.i_pages@2)
              #x00))
      (a!9 (and (= rule@2 #x0d)
                (= migrate0.pc@2 #x07)
                (not (not (= migrate0.ok@2 #x00)))))
      (a!10 (and (= rule@2 #x0f)
                 (= migrate0.pc@2 #x09)
                 (not (not (= migrate0.ok@2 #x00)))))
      (a!12 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.used[F0]@2|
                      |folio.used[F1]@2|)))
      (a!13 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.used[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.used[F0]@2|)
                      |folio.used[F0]@2|)))
      (a!18 (ite (and (= rule@2 #x0e) true)
                 (bvsub |folio.refcount[F0]@2| #x01)
                 (ite (and (= rule@2 #x0f) true)
                      (bvsub |folio.refcount[F0]@2| #x01)
                      |folio.refcount[F0]@2|)))
      (a!24 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 |folio.refcount[F1]@2|))
      (a!29 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00) |PG_lru[F0]@2| |PG_lru[F1]@2|)))
      (a!30 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 #x01))
      (a!31 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_lru[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01) #x00 #x01)
                      |PG_lru[F0]@2|)))
      (a!36 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |PG_anon_exclusive[F0]@2|
                      |PG_anon_exclusive[F1]@2|)))
      (a!37 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@2|)
                      |PG_anon_exclusive[F0]@2|)))
      (a!42 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.mapping[F0]@2|
                      |folio.mapping[F1]@2|)))
      (a!43 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01)
                      #x01
                      |folio.mapping[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x01
                           |folio.mapping[F0]@2|)
                      |folio.mapping[F0]@2|)))
      (a!48 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.index[F0]@2|
                      |folio.index[F1]@2|)))
      (a!49 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.index[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.index[F0]@2|)
                      |folio.index[F0]@2|)))
      (a!54 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.data[F0]@2|
                      |folio.data[F1]@2|)))
      (a!55 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.data[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.data[F0]@2|)
                      |folio.data[F0]@2|)))
      (a!62 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.node[F0]@2|
                      |folio.node[F1]@2|)))
      (a!63 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.node[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.node[F0]@2|)
                      |folio.node[F0]@2|)))
      (a!68 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |page.mapping(shmem)[F0]@2|
                      |page.mapping(shmem)[F1]@2|)))
      (a!69 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@2|)
                      |page.mapping(shmem)[F0]@2|)))
      (a!75 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |PG_swapcache[F0]@2|
                      |PG_swapcache[F1]@2|)))
      (a!76 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_swapcache[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |PG_swapcache[F0]@2|)
                      |PG_swapcache[F0]@2|)))
      (a!82 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |PG_dirty[F0]@2|
                      |PG_dirty[F1]@2|)))
      (a!83 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_dirty[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |PG_dirty[F0]@2|)
                      |PG_dirty[F0]@2|)))
      (a!89 (ite (not (not (= migrate0.mapping_is_swapper@2 #x00)))
                 migrate0.newpage@2
                 shmem.i_pages@2))
      (a!91 (ite (and (= rule@2 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@2 #x00))
                      migrate0.newpage@2
                      swapper_space.i_pages@2)
                 swapper_space.i_pages@2))
      (a!93 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 #x00
                 (ite (and (= rule@2 #x0d) true) #x00 |PG_locked[F0]@2|)))
      (a!97 (ite (and (= rule@2 #x0c) (= migrate0.newpage@2 #x01))
                 #x00
                 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                      #x00
                      |PG_locked[F1]@2|)))
      (a!99 (ite (and (= rule@2 #x10) true)
                 #x01
                 (ite (and (= rule@2 #x11) true) #x09 migrate0.pc@2)))
      (a!108 (ite (and (= rule@2 #x0e) true)
                  #x00
                  (ite (and (= rule@2 #x0f) true) #x00 migrate0.isolated@2)))
      (a!110 (ite (and (= rule@2 #x0d) true)
                  #x02
                  (ite (and (= rule@2 #x0e) true) #x02 migrate0.newpage@2)))
      (a!112 (ite (and (= rule@2 #x0b) true)
                  #x01
                  (ite (and (= rule@2 #x11) true) #x00 migrate0.ok@2)))
      (a!114 (ite (and (= rule@2 #x04) true)
                  |PG_swapcache[F0]@2|
                  (ite (and (= rule@2 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@2)))
      (a!115 (= migrate0.pass@3
                (ite (and (= rule@2 #x10) true)
                     (bvadd migrate0.pass@2 #x01)
                     migrate0.pass@2))))
(let ((a!4 (and (= rule@2 #x03)
                (= migrate0.pc@2 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@2| |PG_locked[F1]@2|) #x00)))
      (a!8 (not (and (not (= |page.mapping(shmem)[F0]@2| #x00))
                     (= |folio.refcount[F0]@2| #x02)
                     a!7)))
      (a!14 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!12
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!12
                      a!13)))
      (a!16 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!12
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!12
                      |folio.used[F1]@2|)))
      (a!19 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!18))
      (a!25 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!24))
      (a!32 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!29
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!30
                      a!31)))
      (a!34 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!29
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!30
                      |PG_lru[F1]@2|)))
      (a!38 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!36
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!36
                      a!37)))
      (a!40 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!36
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!36
                      |PG_anon_exclusive[F1]@2|)))
      (a!44 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!42
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!42
                      a!43)))
      (a!46 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!42
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!42
                      |folio.mapping[F1]@2|)))
      (a!50 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!48
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!48
                      a!49)))
      (a!52 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!48
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!48
                      |folio.index[F1]@2|)))
      (a!56 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!54
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!54
                      a!55)))
      (a!59 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!54
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!54
                      |folio.data[F1]@2|)))
      (a!64 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!62
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!62
                      a!63)))
      (a!66 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!62
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!62
                      |folio.node[F1]@2|)))
      (a!70 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!68
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!68
                      a!69)))
      (a!73 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!68
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!68
                      |page.mapping(shmem)[F1]@2|)))
      (a!77 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!75
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!75
                      a!76)))
      (a!80 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!75
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!75
                      |PG_swapcache[F1]@2|)))
      (a!84 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!82
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!82
                      a!83)))
      (a!87 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!82
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!82
                      |PG_dirty[F1]@2|)))
      (a!90 (ite (and (= rule@2 #x05) true)
                 #x02
                 (ite (and (= rule@2 #x09) true) a!89 shmem.i_pages@2)))
      (a!92 (= swapper_space.i_pages@3
               (ite (and (= rule@2 #x05) true) #x00 a!91)))
      (a!94 (ite (and (= rule@2 #x0c) (= migrate0.newpage@2 #x00))
                 #x00
                 (ite (and (= rule@2 #x0c) true) #x00 a!93)))
      (a!98 (ite (and (= rule@2 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                      #x00
                      a!97)))
      (a!100 (ite (and (= rule@2 #x0e) true)
                  #x0a
                  (ite (and (= rule@2 #x0f) true) #x0a a!99)))
      (a!109 (= migrate0.isolated@3 (ite (and (= rule@2 #x00) true) #x01 a!108)))
      (a!111 (ite (and (= rule@2 #x03) true)
                  a!3
                  (ite (and (= rule@2 #x08) true) #x02 a!110)))
      (a!113 (ite (and (= rule@2 #x07) true)
                  #x00
                  (ite (and (= rule@2 #x0a) true) #x00 a!112))))
(let ((a!11 (or (and (= rule@2 #x00)
                     (= migrate0.pc@2 #x00)
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
                     (not (= |page.mapping(shmem)[F0]@2| #x00))
                     (= |folio.refcount[F0]@2| #x02)
                     a!7)
                (and (= rule@2 #x0a) (= migrate0.pc@2 #x05) a!8)
                (and (= rule@2 #x0b) (= migrate0.pc@2 #x06))
                (and (= rule@2 #x0c)
                     (= migrate0.pc@2 #x07)
                     (not (= migrate0.ok@2 #x00)))
                a!9
                (and (= rule@2 #x0e)
                     (= migrate0.pc@2 #x09)
                     (not (= migrate0.ok@2 #x00)))
                a!10
                (and (= rule@2 #x10)
                     (= migrate0.pc@2 #x08)
                     (bvult migrate0.pass@2 #x01))
                (and (= rule@2 #x11)
                     (= migrate0.pc@2 #x08)
                     (bvuge migrate0.pass@2 #x01))))
      (a!15 (ite (and (= rule@2 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      a!12
                      a!14)))
      (a!17 (ite (and (= rule@2 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                      a!12
                      a!16)))
      (a!20 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!19))
      (a!26 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x01))
                 (bvadd (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!25))
      (a!33 (ite (and (= rule@2 #x00) true)
                 #x00
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      a!29
                      a!32)))
      (a!35 (= |PG_lru[F1]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01)) a!29 a!34)))
      (a!39 (= |PG_anon_exclusive[F0]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00)) a!36 a!38)))
      (a!41 (= |PG_anon_exclusive[F1]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01)) a!36 a!40)))
      (a!45 (= |folio.mapping[F0]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00)) a!42 a!44)))
      (a!47 (= |folio.mapping[F1]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01)) a!42 a!46)))
      (a!51 (= |folio.index[F0]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00)) a!48 a!50)))
      (a!53 (= |folio.index[F1]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01)) a!48 a!52)))
      (a!57 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                 a!54
                 (ite (and (= rule@2 #x0b) (= migrate0.newpage@2 #x00))
                      |folio.data[F0]@2|
                      a!56)))
      (a!60 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                 a!54
                 (ite (and (= rule@2 #x0b) (= migrate0.newpage@2 #x01))
                      |folio.data[F0]@2|
                      a!59)))
      (a!65 (ite (and (= rule@2 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@2|)
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      a!62
                      a!64)))
      (a!67 (ite (and (= rule@2 #x03) (= a!3 #x01))
                 (bvsub #x01 |folio.node[F0]@2|)
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                      a!62
                      a!66)))
      (a!71 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x00))
                 |page.mapping(shmem)[F0]@2|
                 (ite (and (= rule@2 #x0b) true) #x00 a!70)))
      (a!74 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                 a!68
                 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x01))
                      |page.mapping(shmem)[F0]@2|
                      a!73)))
      (a!78 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x00))
                 |PG_swapcache[F0]@2|
                 (ite (and (= rule@2 #x0b) true) #x00 a!77)))
      (a!81 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                 a!75
                 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x01))
                      |PG_swapcache[F0]@2|
                      a!80)))
      (a!85 (ite (and (= rule@2 #x0b) (= migrate0.newpage@2 #x00))
                 |PG_dirty[F0]@2|
                 (ite (and (= rule@2 #x0b) true) #x00 a!84)))
      (a!88 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                 a!82
                 (ite (and (= rule@2 #x0b) (= migrate0.newpage@2 #x01))
                      |PG_dirty[F0]@2|
                      a!87)))
      (a!95 (ite (and (= rule@2 #x05) true)
                 #x00
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      #x00
                      a!94)))
      (a!101 (ite (and (= rule@2 #x0c) true)
                  #x09
                  (ite (and (= rule@2 #x0d) true) #x08 a!100))))
(let ((a!21 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x00))
                 (bvadd (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 (ite (and (= rule@2 #x09) true)
                      (bvsub |folio.refcount[F0]@2| #x01)
                      a!20)))
      (a!27 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!26))
      (a!58 (= |folio.data[F0]@3|
               (ite (and (= rule@2 #x03) (= a!3 #x00)) #x00 a!57)))
      (a!61 (= |folio.data[F1]@3|
               (ite (and (= rule@2 #x03) (= a!3 #x01)) #x00 a!60)))
      (a!72 (ite (and (= rule@2 #x05) true)
                 #x00
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      a!68
                      a!71)))
      (a!79 (ite (and (= rule@2 #x05) true)
                 #x01
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      a!75
                      a!78)))
      (a!86 (ite (and (= rule@2 #x05) true)
                 #x01
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      a!82
                      a!85)))
      (a!96 (ite (and (= rule@2 #x02) true)
                 #x01
                 (ite (and (= rule@2 #x03) (= a!3 #x00)) #x01 a!95)))
      (a!102 (ite (and (= rule@2 #x0a) true)
                  #x07
                  (ite (and (= rule@2 #x0b) true) #x07 a!101))))
(let ((a!22 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!21))
      (a!28 (= |folio.refcount[F1]@3|
               (ite (and (= rule@2 #x03) (= a!3 #x01)) #x01 a!27)))
      (a!103 (ite (and (= rule@2 #x08) true)
                  #x08
                  (ite (and (= rule@2 #x09) true) #x06 a!102))))
(let ((a!23 (ite (and (= rule@2 #x00) true)
                 (bvadd |folio.refcount[F0]@2| #x01)
                 (ite (and (= rule@2 #x03) (= a!3 #x00)) #x01 a!22)))
      (a!104 (ite (and (= rule@2 #x06) true)
                  #x05
                  (ite (and (= rule@2 #x07) true) #x07 a!103))))
(let ((a!105 (ite (and (= rule@2 #x04) true)
                  #x05
                  (ite (and (= rule@2 #x05) true) #x04 a!104))))
(let ((a!106 (ite (and (= rule@2 #x02) true)
                  #x02
                  (ite (and (= rule@2 #x03) true) #x03 a!105))))
(let ((a!107 (ite (and (= rule@2 #x00) true)
                  #x01
                  (ite (and (= rule@2 #x01) true) #x0a a!106))))
  (and a!11
       (= |alive[P0]@3| |alive[P0]@2|)
       (= |pte[P0][0]@3| |pte[P0][0]@2|)
       (= |pte.folio[P0][0]@3| |pte.folio[P0][0]@2|)
       (= |pte.write[P0][0]@3| |pte.write[P0][0]@2|)
       (= |expected[P0][0]@3| |expected[P0][0]@2|)
       (= |anon_vma.list[av0][0]@3| |anon_vma.list[av0][0]@2|)
       (= |anon_vma.len[av0]@3| |anon_vma.len[av0]@2|)
       (= |anon_vma.refcount[av0]@3| |anon_vma.refcount[av0]@2|)
       (= |folio.used[F0]@3| a!15)
       (= |folio.used[F1]@3| a!17)
       (= |folio.refcount[F0]@3| a!23)
       a!28
       (= |folio.mapcount[F0]@3| |folio.mapcount[F0]@2|)
       (= |folio.mapcount[F1]@3| |folio.mapcount[F1]@2|)
       (= |PG_lru[F0]@3| a!33)
       a!35
       a!39
       a!41
       a!45
       a!47
       a!51
       a!53
       a!58
       a!61
       (= |folio.node[F0]@3| a!65)
       (= |folio.node[F1]@3| a!67)
       (= |page.mapping(shmem)[F0]@3| a!72)
       (= |page.mapping(shmem)[F1]@3| a!74)
       (= |PG_swapcache[F0]@3| a!79)
       (= |PG_swapcache[F1]@3| a!81)
       (= |PG_dirty[F0]@3| a!86)
       (= |PG_dirty[F1]@3| a!88)
       (= shmem.i_pages@3 a!90)
       a!92
       (= |&mm->mmap_lock.writer[P0]@3| |&mm->mmap_lock.writer[P0]@2|)
       (= |&mm->mmap_lock.readers[P0]@3| |&mm->mmap_lock.readers[P0]@2|)
       (= |&anon_vma->rwsem.writer[av0]@3| |&anon_vma->rwsem.writer[av0]@2|)
       (= |&anon_vma->rwsem.readers[av0]@3| |&anon_vma->rwsem.readers[av0]@2|)
       (= |ptlock_ptr(page)[P0]@3| |ptlock_ptr(page)[P0]@2|)
       (= |PG_locked[F0]@3| a!96)
       (= |PG_locked[F1]@3| a!98)
       (= migrate0.pc@3 a!107)
       a!109
       (= migrate0.newpage@3 a!111)
       (= migrate0.ok@3 a!113)
       (= migrate0.mapping_is_swapper@3 a!114)
       a!115
       (bvule |alive[P0]@3| #x01)
       (bvule |pte[P0][0]@3| #x06)
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
      (a!7 (= (ite (not (= migrate0.mapping_is_swapper@3 #x00))
                   swapper_space.i_pages@3
                   shmem.i_pages@3)
              #x00))
      (a!9 (and (= rule@3 #x0d)
                (= migrate0.pc@3 #x07)
                (not (not (= migrate0.ok@3 #x00)))))
      (a!10 (and (= rule@3 #x0f)
                 (= migrate0.pc@3 #x09)
                 (not (not (= migrate0.ok@3 #x00)))))
      (a!12 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.used[F0]@3|
                      |folio.used[F1]@3|)))
      (a!13 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.used[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.used[F0]@3|)
                      |folio.used[F0]@3|)))
      (a!18 (ite (and (= rule@3 #x0e) true)
                 (bvsub |folio.refcount[F0]@3| #x01)
                 (ite (and (= rule@3 #x0f) true)
                      (bvsub |folio.refcount[F0]@3| #x01)
                      |folio.refcount[F0]@3|)))
      (a!24 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 |folio.refcount[F1]@3|))
      (a!29 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00) |PG_lru[F0]@3| |PG_lru[F1]@3|)))
      (a!30 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 #x01))
      (a!31 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_lru[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01) #x00 #x01)
                      |PG_lru[F0]@3|)))
      (a!36 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |PG_anon_exclusive[F0]@3|
                      |PG_anon_exclusive[F1]@3|)))
      (a!37 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@3|)
                      |PG_anon_exclusive[F0]@3|)))
      (a!42 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.mapping[F0]@3|
                      |folio.mapping[F1]@3|)))
      (a!43 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01)
                      #x01
                      |folio.mapping[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x01
                           |folio.mapping[F0]@3|)
                      |folio.mapping[F0]@3|)))
      (a!48 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.index[F0]@3|
                      |folio.index[F1]@3|)))
      (a!49 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.index[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.index[F0]@3|)
                      |folio.index[F0]@3|)))
      (a!54 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.data[F0]@3|
                      |folio.data[F1]@3|)))
      (a!55 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.data[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.data[F0]@3|)
                      |folio.data[F0]@3|)))
      (a!62 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.node[F0]@3|
                      |folio.node[F1]@3|)))
      (a!63 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.node[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.node[F0]@3|)
                      |folio.node[F0]@3|)))
      (a!68 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |page.mapping(shmem)[F0]@3|
                      |page.mapping(shmem)[F1]@3|)))
      (a!69 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@3|)
                      |page.mapping(shmem)[F0]@3|)))
      (a!75 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |PG_swapcache[F0]@3|
                      |PG_swapcache[F1]@3|)))
      (a!76 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_swapcache[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |PG_swapcache[F0]@3|)
                      |PG_swapcache[F0]@3|)))
      (a!82 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |PG_dirty[F0]@3|
                      |PG_dirty[F1]@3|)))
      (a!83 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_dirty[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |PG_dirty[F0]@3|)
                      |PG_dirty[F0]@3|)))
      (a!89 (ite (not (not (= migrate0.mapping_is_swapper@3 #x00)))
                 migrate0.newpage@3
                 shmem.i_pages@3))
      (a!91 (ite (and (= rule@3 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@3 #x00))
                      migrate0.newpage@3
                      swapper_space.i_pages@3)
                 swapper_space.i_pages@3))
      (a!93 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 #x00
                 (ite (and (= rule@3 #x0d) true) #x00 |PG_locked[F0]@3|)))
      (a!97 (ite (and (= rule@3 #x0c) (= migrate0.newpage@3 #x01))
                 #x00
                 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                      #x00
                      |PG_locked[F1]@3|)))
      (a!99 (ite (and (= rule@3 #x10) true)
                 #x01
                 (ite (and (= rule@3 #x11) true) #x09 migrate0.pc@3)))
      (a!108 (ite (and (= rule@3 #x0e) true)
                  #x00
                  (ite (and (= rule@3 #x0f) true) #x00 migrate0.isolated@3)))
      (a!110 (ite (and (= rule@3 #x0d) true)
                  #x02
                  (ite (and (= rule@3 #x0e) true) #x02 migrate0.newpage@3)))
      (a!112 (ite (and (= rule@3 #x0b) true)
                  #x01
                  (ite (and (= rule@3 #x11) true) #x00 migrate0.ok@3)))
      (a!114 (ite (and (= rule@3 #x04) true)
                  |PG_swapcache[F0]@3|
                  (ite (and (= rule@3 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@3)))
      (a!115 (= migrate0.pass@4
                (ite (and (= rule@3 #x10) true)
                     (bvadd migrate0.pass@3 #x01)
                     migrate0.pass@3))))
(let ((a!4 (and (= rule@3 #x03)
                (= migrate0.pc@3 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@3| |PG_locked[F1]@3|) #x00)))
      (a!8 (not (and (not (= |page.mapping(shmem)[F0]@3| #x00))
                     (= |folio.refcount[F0]@3| #x02)
                     a!7)))
      (a!14 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!12
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!12
                      a!13)))
      (a!16 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!12
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!12
                      |folio.used[F1]@3|)))
      (a!19 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!18))
      (a!25 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!24))
      (a!32 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!29
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!30
                      a!31)))
      (a!34 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!29
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!30
                      |PG_lru[F1]@3|)))
      (a!38 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!36
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!36
                      a!37)))
      (a!40 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!36
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!36
                      |PG_anon_exclusive[F1]@3|)))
      (a!44 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!42
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!42
                      a!43)))
      (a!46 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!42
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!42
                      |folio.mapping[F1]@3|)))
      (a!50 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!48
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!48
                      a!49)))
      (a!52 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!48
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!48
                      |folio.index[F1]@3|)))
      (a!56 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!54
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!54
                      a!55)))
      (a!59 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!54
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!54
                      |folio.data[F1]@3|)))
      (a!64 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!62
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!62
                      a!63)))
      (a!66 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!62
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!62
                      |folio.node[F1]@3|)))
      (a!70 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!68
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!68
                      a!69)))
      (a!73 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!68
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!68
                      |page.mapping(shmem)[F1]@3|)))
      (a!77 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!75
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!75
                      a!76)))
      (a!80 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!75
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!75
                      |PG_swapcache[F1]@3|)))
      (a!84 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!82
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!82
                      a!83)))
      (a!87 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!82
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!82
                      |PG_dirty[F1]@3|)))
      (a!90 (ite (and (= rule@3 #x05) true)
                 #x02
                 (ite (and (= rule@3 #x09) true) a!89 shmem.i_pages@3)))
      (a!92 (= swapper_space.i_pages@4
               (ite (and (= rule@3 #x05) true) #x00 a!91)))
      (a!94 (ite (and (= rule@3 #x0c) (= migrate0.newpage@3 #x00))
                 #x00
                 (ite (and (= rule@3 #x0c) true) #x00 a!93)))
      (a!98 (ite (and (= rule@3 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                      #x00
                      a!97)))
      (a!100 (ite (and (= rule@3 #x0e) true)
                  #x0a
                  (ite (and (= rule@3 #x0f) true) #x0a a!99)))
      (a!109 (= migrate0.isolated@4 (ite (and (= rule@3 #x00) true) #x01 a!108)))
      (a!111 (ite (and (= rule@3 #x03) true)
                  a!3
                  (ite (and (= rule@3 #x08) true) #x02 a!110)))
      (a!113 (ite (and (= rule@3 #x07) true)
                  #x00
                  (ite (and (= rule@3 #x0a) true) #x00 a!112))))
(let ((a!11 (or (and (= rule@3 #x00)
                     (= migrate0.pc@3 #x00)
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
                     (not (= |page.mapping(shmem)[F0]@3| #x00))
                     (= |folio.refcount[F0]@3| #x02)
                     a!7)
                (and (= rule@3 #x0a) (= migrate0.pc@3 #x05) a!8)
                (and (= rule@3 #x0b) (= migrate0.pc@3 #x06))
                (and (= rule@3 #x0c)
                     (= migrate0.pc@3 #x07)
                     (not (= migrate0.ok@3 #x00)))
                a!9
                (and (= rule@3 #x0e)
                     (= migrate0.pc@3 #x09)
                     (not (= migrate0.ok@3 #x00)))
                a!10
                (and (= rule@3 #x10)
                     (= migrate0.pc@3 #x08)
                     (bvult migrate0.pass@3 #x01))
                (and (= rule@3 #x11)
                     (= migrate0.pc@3 #x08)
                     (bvuge migrate0.pass@3 #x01))))
      (a!15 (ite (and (= rule@3 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      a!12
                      a!14)))
      (a!17 (ite (and (= rule@3 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                      a!12
                      a!16)))
      (a!20 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!19))
      (a!26 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x01))
                 (bvadd (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!25))
      (a!33 (ite (and (= rule@3 #x00) true)
                 #x00
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      a!29
                      a!32)))
      (a!35 (= |PG_lru[F1]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01)) a!29 a!34)))
      (a!39 (= |PG_anon_exclusive[F0]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00)) a!36 a!38)))
      (a!41 (= |PG_anon_exclusive[F1]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01)) a!36 a!40)))
      (a!45 (= |folio.mapping[F0]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00)) a!42 a!44)))
      (a!47 (= |folio.mapping[F1]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01)) a!42 a!46)))
      (a!51 (= |folio.index[F0]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00)) a!48 a!50)))
      (a!53 (= |folio.index[F1]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01)) a!48 a!52)))
      (a!57 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                 a!54
                 (ite (and (= rule@3 #x0b) (= migrate0.newpage@3 #x00))
                      |folio.data[F0]@3|
                      a!56)))
      (a!60 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                 a!54
                 (ite (and (= rule@3 #x0b) (= migrate0.newpage@3 #x01))
                      |folio.data[F0]@3|
                      a!59)))
      (a!65 (ite (and (= rule@3 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@3|)
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      a!62
                      a!64)))
      (a!67 (ite (and (= rule@3 #x03) (= a!3 #x01))
                 (bvsub #x01 |folio.node[F0]@3|)
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                      a!62
                      a!66)))
      (a!71 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x00))
                 |page.mapping(shmem)[F0]@3|
                 (ite (and (= rule@3 #x0b) true) #x00 a!70)))
      (a!74 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                 a!68
                 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x01))
                      |page.mapping(shmem)[F0]@3|
                      a!73)))
      (a!78 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x00))
                 |PG_swapcache[F0]@3|
                 (ite (and (= rule@3 #x0b) true) #x00 a!77)))
      (a!81 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                 a!75
                 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x01))
                      |PG_swapcache[F0]@3|
                      a!80)))
      (a!85 (ite (and (= rule@3 #x0b) (= migrate0.newpage@3 #x00))
                 |PG_dirty[F0]@3|
                 (ite (and (= rule@3 #x0b) true) #x00 a!84)))
      (a!88 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                 a!82
                 (ite (and (= rule@3 #x0b) (= migrate0.newpage@3 #x01))
                      |PG_dirty[F0]@3|
                      a!87)))
      (a!95 (ite (and (= rule@3 #x05) true)
                 #x00
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      #x00
                      a!94)))
      (a!101 (ite (and (= rule@3 #x0c) true)
                  #x09
                  (ite (and (= rule@3 #x0d) true) #x08 a!100))))
(let ((a!21 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x00))
                 (bvadd (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 (ite (and (= rule@3 #x09) true)
                      (bvsub |folio.refcount[F0]@3| #x01)
                      a!20)))
      (a!27 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!26))
      (a!58 (= |folio.data[F0]@4|
               (ite (and (= rule@3 #x03) (= a!3 #x00)) #x00 a!57)))
      (a!61 (= |folio.data[F1]@4|
               (ite (and (= rule@3 #x03) (= a!3 #x01)) #x00 a!60)))
      (a!72 (ite (and (= rule@3 #x05) true)
                 #x00
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      a!68
                      a!71)))
      (a!79 (ite (and (= rule@3 #x05) true)
                 #x01
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      a!75
                      a!78)))
      (a!86 (ite (and (= rule@3 #x05) true)
                 #x01
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      a!82
                      a!85)))
      (a!96 (ite (and (= rule@3 #x02) true)
                 #x01
                 (ite (and (= rule@3 #x03) (= a!3 #x00)) #x01 a!95)))
      (a!102 (ite (and (= rule@3 #x0a) true)
                  #x07
                  (ite (and (= rule@3 #x0b) true) #x07 a!101))))
(let ((a!22 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!21))
      (a!28 (= |folio.refcount[F1]@4|
               (ite (and (= rule@3 #x03) (= a!3 #x01)) #x01 a!27)))
      (a!103 (ite (and (= rule@3 #x08) true)
                  #x08
                  (ite (and (= rule@3 #x09) true) #x06 a!102))))
(let ((a!23 (ite (and (= rule@3 #x00) true)
                 (bvadd |folio.refcount[F0]@3| #x01)
                 (ite (and (= rule@3 #x03) (= a!3 #x00)) #x01 a!22)))
      (a!104 (ite (and (= rule@3 #x06) true)
                  #x05
                  (ite (and (= rule@3 #x07) true) #x07 a!103))))
(let ((a!105 (ite (and (= rule@3 #x04) true)
                  #x05
                  (ite (and (= rule@3 #x05) true) #x04 a!104))))
(let ((a!106 (ite (and (= rule@3 #x02) true)
                  #x02
                  (ite (and (= rule@3 #x03) true) #x03 a!105))))
(let ((a!107 (ite (and (= rule@3 #x00) true)
                  #x01
                  (ite (and (= rule@3 #x01) true) #x0a a!106))))
  (and a!11
       (= |alive[P0]@4| |alive[P0]@3|)
       (= |pte[P0][0]@4| |pte[P0][0]@3|)
       (= |pte.folio[P0][0]@4| |pte.folio[P0][0]@3|)
       (= |pte.write[P0][0]@4| |pte.write[P0][0]@3|)
       (= |expected[P0][0]@4| |expected[P0][0]@3|)
       (= |anon_vma.list[av0][0]@4| |anon_vma.list[av0][0]@3|)
       (= |anon_vma.len[av0]@4| |anon_vma.len[av0]@3|)
       (= |anon_vma.refcount[av0]@4| |anon_vma.refcount[av0]@3|)
       (= |folio.used[F0]@4| a!15)
       (= |folio.used[F1]@4| a!17)
       (= |folio.refcount[F0]@4| a!23)
       a!28
       (= |folio.mapcount[F0]@4| |folio.mapcount[F0]@3|)
       (= |folio.mapcount[F1]@4| |folio.mapcount[F1]@3|)
       (= |PG_lru[F0]@4| a!33)
       a!35
       a!39
       a!41
       a!45
       a!47
       a!51
       a!53
       a!58
       a!61
       (= |folio.node[F0]@4| a!65)
       (= |folio.node[F1]@4| a!67)
       (= |page.mapping(shmem)[F0]@4| a!72)
       (= |page.mapping(shmem)[F1]@4| a!74)
       (= |PG_swapcache[F0]@4| a!79)
       (= |PG_swapcache[F1]@4| a!81)
       (= |PG_dirty[F0]@4| a!86)
       (= |PG_dirty[F1]@4| a!88)
       (= shmem.i_pages@4 a!90)
       a!92
       (= |&mm->mmap_lock.writer[P0]@4| |&mm->mmap_lock.writer[P0]@3|)
       (= |&mm->mmap_lock.readers[P0]@4| |&mm->mmap_lock.readers[P0]@3|)
       (= |&anon_vma->rwsem.writer[av0]@4| |&anon_vma->rwsem.writer[av0]@3|)
       (= |&anon_vma->rwsem.readers[av0]@4| |&anon_vma->rwsem.readers[av0]@3|)
       (= |ptlock_ptr(page)[P0]@4| |ptlock_ptr(page)[P0]@3|)
       (= |PG_locked[F0]@4| a!96)
       (= |PG_locked[F1]@4| a!98)
       (= migrate0.pc@4 a!107)
       a!109
       (= migrate0.newpage@4 a!111)
       (= migrate0.ok@4 a!113)
       (= migrate0.mapping_is_swapper@4 a!114)
       a!115
       (bvule |alive[P0]@4| #x01)
       (bvule |pte[P0][0]@4| #x06)
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
      (a!7 (= (ite (not (= migrate0.mapping_is_swapper@4 #x00))
                   swapper_space.i_pages@4
                   shmem.i_pages@4)
              #x00))
      (a!9 (and (= rule@4 #x0d)
                (= migrate0.pc@4 #x07)
                (not (not (= migrate0.ok@4 #x00)))))
      (a!10 (and (= rule@4 #x0f)
                 (= migrate0.pc@4 #x09)
                 (not (not (= migrate0.ok@4 #x00)))))
      (a!12 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.used[F0]@4|
                      |folio.used[F1]@4|)))
      (a!13 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.used[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.used[F0]@4|)
                      |folio.used[F0]@4|)))
      (a!18 (ite (and (= rule@4 #x0e) true)
                 (bvsub |folio.refcount[F0]@4| #x01)
                 (ite (and (= rule@4 #x0f) true)
                      (bvsub |folio.refcount[F0]@4| #x01)
                      |folio.refcount[F0]@4|)))
      (a!24 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 |folio.refcount[F1]@4|))
      (a!29 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00) |PG_lru[F0]@4| |PG_lru[F1]@4|)))
      (a!30 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 #x01))
      (a!31 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_lru[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01) #x00 #x01)
                      |PG_lru[F0]@4|)))
      (a!36 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |PG_anon_exclusive[F0]@4|
                      |PG_anon_exclusive[F1]@4|)))
      (a!37 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@4|)
                      |PG_anon_exclusive[F0]@4|)))
      (a!42 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.mapping[F0]@4|
                      |folio.mapping[F1]@4|)))
      (a!43 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01)
                      #x01
                      |folio.mapping[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x01
                           |folio.mapping[F0]@4|)
                      |folio.mapping[F0]@4|)))
      (a!48 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.index[F0]@4|
                      |folio.index[F1]@4|)))
      (a!49 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.index[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.index[F0]@4|)
                      |folio.index[F0]@4|)))
      (a!54 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.data[F0]@4|
                      |folio.data[F1]@4|)))
      (a!55 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.data[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.data[F0]@4|)
                      |folio.data[F0]@4|)))
      (a!62 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.node[F0]@4|
                      |folio.node[F1]@4|)))
      (a!63 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.node[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.node[F0]@4|)
                      |folio.node[F0]@4|)))
      (a!68 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |page.mapping(shmem)[F0]@4|
                      |page.mapping(shmem)[F1]@4|)))
      (a!69 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@4|)
                      |page.mapping(shmem)[F0]@4|)))
      (a!75 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |PG_swapcache[F0]@4|
                      |PG_swapcache[F1]@4|)))
      (a!76 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_swapcache[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |PG_swapcache[F0]@4|)
                      |PG_swapcache[F0]@4|)))
      (a!82 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |PG_dirty[F0]@4|
                      |PG_dirty[F1]@4|)))
      (a!83 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_dirty[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |PG_dirty[F0]@4|)
                      |PG_dirty[F0]@4|)))
      (a!89 (ite (not (not (= migrate0.mapping_is_swapper@4 #x00)))
                 migrate0.newpage@4
                 shmem.i_pages@4))
      (a!91 (ite (and (= rule@4 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@4 #x00))
                      migrate0.newpage@4
                      swapper_space.i_pages@4)
                 swapper_space.i_pages@4))
      (a!93 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 #x00
                 (ite (and (= rule@4 #x0d) true) #x00 |PG_locked[F0]@4|)))
      (a!97 (ite (and (= rule@4 #x0c) (= migrate0.newpage@4 #x01))
                 #x00
                 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                      #x00
                      |PG_locked[F1]@4|)))
      (a!99 (ite (and (= rule@4 #x10) true)
                 #x01
                 (ite (and (= rule@4 #x11) true) #x09 migrate0.pc@4)))
      (a!108 (ite (and (= rule@4 #x0e) true)
                  #x00
                  (ite (and (= rule@4 #x0f) true) #x00 migrate0.isolated@4)))
      (a!110 (ite (and (= rule@4 #x0d) true)
                  #x02
                  (ite (and (= rule@4 #x0e) true) #x02 migrate0.newpage@4)))
      (a!112 (ite (and (= rule@4 #x0b) true)
                  #x01
                  (ite (and (= rule@4 #x11) true) #x00 migrate0.ok@4)))
      (a!114 (ite (and (= rule@4 #x04) true)
                  |PG_swapcache[F0]@4|
                  (ite (and (= rule@4 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@4)))
      (a!115 (= migrate0.pass@5
                (ite (and (= rule@4 #x10) true)
                     (bvadd migrate0.pass@4 #x01)
                     migrate0.pass@4))))
(let ((a!4 (and (= rule@4 #x03)
                (= migrate0.pc@4 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@4| |PG_locked[F1]@4|) #x00)))
      (a!8 (not (and (not (= |page.mapping(shmem)[F0]@4| #x00))
                     (= |folio.refcount[F0]@4| #x02)
                     a!7)))
      (a!14 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!12
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!12
                      a!13)))
      (a!16 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!12
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!12
                      |folio.used[F1]@4|)))
      (a!19 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!18))
      (a!25 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!24))
      (a!32 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!29
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!30
                      a!31)))
      (a!34 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!29
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!30
                      |PG_lru[F1]@4|)))
      (a!38 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!36
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!36
                      a!37)))
      (a!40 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!36
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!36
                      |PG_anon_exclusive[F1]@4|)))
      (a!44 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!42
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!42
                      a!43)))
      (a!46 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!42
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!42
                      |folio.mapping[F1]@4|)))
      (a!50 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!48
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!48
                      a!49)))
      (a!52 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!48
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!48
                      |folio.index[F1]@4|)))
      (a!56 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!54
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!54
                      a!55)))
      (a!59 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!54
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!54
                      |folio.data[F1]@4|)))
      (a!64 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!62
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!62
                      a!63)))
      (a!66 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!62
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!62
                      |folio.node[F1]@4|)))
      (a!70 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!68
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!68
                      a!69)))
      (a!73 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!68
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!68
                      |page.mapping(shmem)[F1]@4|)))
      (a!77 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!75
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!75
                      a!76)))
      (a!80 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!75
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!75
                      |PG_swapcache[F1]@4|)))
      (a!84 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!82
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!82
                      a!83)))
      (a!87 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!82
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!82
                      |PG_dirty[F1]@4|)))
      (a!90 (ite (and (= rule@4 #x05) true)
                 #x02
                 (ite (and (= rule@4 #x09) true) a!89 shmem.i_pages@4)))
      (a!92 (= swapper_space.i_pages@5
               (ite (and (= rule@4 #x05) true) #x00 a!91)))
      (a!94 (ite (and (= rule@4 #x0c) (= migrate0.newpage@4 #x00))
                 #x00
                 (ite (and (= rule@4 #x0c) true) #x00 a!93)))
      (a!98 (ite (and (= rule@4 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                      #x00
                      a!97)))
      (a!100 (ite (and (= rule@4 #x0e) true)
                  #x0a
                  (ite (and (= rule@4 #x0f) true) #x0a a!99)))
      (a!109 (= migrate0.isolated@5 (ite (and (= rule@4 #x00) true) #x01 a!108)))
      (a!111 (ite (and (= rule@4 #x03) true)
                  a!3
                  (ite (and (= rule@4 #x08) true) #x02 a!110)))
      (a!113 (ite (and (= rule@4 #x07) true)
                  #x00
                  (ite (and (= rule@4 #x0a) true) #x00 a!112))))
(let ((a!11 (or (and (= rule@4 #x00)
                     (= migrate0.pc@4 #x00)
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
                     (not (= |page.mapping(shmem)[F0]@4| #x00))
                     (= |folio.refcount[F0]@4| #x02)
                     a!7)
                (and (= rule@4 #x0a) (= migrate0.pc@4 #x05) a!8)
                (and (= rule@4 #x0b) (= migrate0.pc@4 #x06))
                (and (= rule@4 #x0c)
                     (= migrate0.pc@4 #x07)
                     (not (= migrate0.ok@4 #x00)))
                a!9
                (and (= rule@4 #x0e)
                     (= migrate0.pc@4 #x09)
                     (not (= migrate0.ok@4 #x00)))
                a!10
                (and (= rule@4 #x10)
                     (= migrate0.pc@4 #x08)
                     (bvult migrate0.pass@4 #x01))
                (and (= rule@4 #x11)
                     (= migrate0.pc@4 #x08)
                     (bvuge migrate0.pass@4 #x01))))
      (a!15 (ite (and (= rule@4 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      a!12
                      a!14)))
      (a!17 (ite (and (= rule@4 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                      a!12
                      a!16)))
      (a!20 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!19))
      (a!26 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x01))
                 (bvadd (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!25))
      (a!33 (ite (and (= rule@4 #x00) true)
                 #x00
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      a!29
                      a!32)))
      (a!35 (= |PG_lru[F1]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01)) a!29 a!34)))
      (a!39 (= |PG_anon_exclusive[F0]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00)) a!36 a!38)))
      (a!41 (= |PG_anon_exclusive[F1]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01)) a!36 a!40)))
      (a!45 (= |folio.mapping[F0]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00)) a!42 a!44)))
      (a!47 (= |folio.mapping[F1]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01)) a!42 a!46)))
      (a!51 (= |folio.index[F0]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00)) a!48 a!50)))
      (a!53 (= |folio.index[F1]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01)) a!48 a!52)))
      (a!57 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                 a!54
                 (ite (and (= rule@4 #x0b) (= migrate0.newpage@4 #x00))
                      |folio.data[F0]@4|
                      a!56)))
      (a!60 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                 a!54
                 (ite (and (= rule@4 #x0b) (= migrate0.newpage@4 #x01))
                      |folio.data[F0]@4|
                      a!59)))
      (a!65 (ite (and (= rule@4 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@4|)
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      a!62
                      a!64)))
      (a!67 (ite (and (= rule@4 #x03) (= a!3 #x01))
                 (bvsub #x01 |folio.node[F0]@4|)
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                      a!62
                      a!66)))
      (a!71 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x00))
                 |page.mapping(shmem)[F0]@4|
                 (ite (and (= rule@4 #x0b) true) #x00 a!70)))
      (a!74 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                 a!68
                 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x01))
                      |page.mapping(shmem)[F0]@4|
                      a!73)))
      (a!78 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x00))
                 |PG_swapcache[F0]@4|
                 (ite (and (= rule@4 #x0b) true) #x00 a!77)))
      (a!81 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                 a!75
                 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x01))
                      |PG_swapcache[F0]@4|
                      a!80)))
      (a!85 (ite (and (= rule@4 #x0b) (= migrate0.newpage@4 #x00))
                 |PG_dirty[F0]@4|
                 (ite (and (= rule@4 #x0b) true) #x00 a!84)))
      (a!88 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                 a!82
                 (ite (and (= rule@4 #x0b) (= migrate0.newpage@4 #x01))
                      |PG_dirty[F0]@4|
                      a!87)))
      (a!95 (ite (and (= rule@4 #x05) true)
                 #x00
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      #x00
                      a!94)))
      (a!101 (ite (and (= rule@4 #x0c) true)
                  #x09
                  (ite (and (= rule@4 #x0d) true) #x08 a!100))))
(let ((a!21 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x00))
                 (bvadd (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 (ite (and (= rule@4 #x09) true)
                      (bvsub |folio.refcount[F0]@4| #x01)
                      a!20)))
      (a!27 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!26))
      (a!58 (= |folio.data[F0]@5|
               (ite (and (= rule@4 #x03) (= a!3 #x00)) #x00 a!57)))
      (a!61 (= |folio.data[F1]@5|
               (ite (and (= rule@4 #x03) (= a!3 #x01)) #x00 a!60)))
      (a!72 (ite (and (= rule@4 #x05) true)
                 #x00
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      a!68
                      a!71)))
      (a!79 (ite (and (= rule@4 #x05) true)
                 #x01
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      a!75
                      a!78)))
      (a!86 (ite (and (= rule@4 #x05) true)
                 #x01
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      a!82
                      a!85)))
      (a!96 (ite (and (= rule@4 #x02) true)
                 #x01
                 (ite (and (= rule@4 #x03) (= a!3 #x00)) #x01 a!95)))
      (a!102 (ite (and (= rule@4 #x0a) true)
                  #x07
                  (ite (and (= rule@4 #x0b) true) #x07 a!101))))
(let ((a!22 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!21))
      (a!28 (= |folio.refcount[F1]@5|
               (ite (and (= rule@4 #x03) (= a!3 #x01)) #x01 a!27)))
      (a!103 (ite (and (= rule@4 #x08) true)
                  #x08
                  (ite (and (= rule@4 #x09) true) #x06 a!102))))
(let ((a!23 (ite (and (= rule@4 #x00) true)
                 (bvadd |folio.refcount[F0]@4| #x01)
                 (ite (and (= rule@4 #x03) (= a!3 #x00)) #x01 a!22)))
      (a!104 (ite (and (= rule@4 #x06) true)
                  #x05
                  (ite (and (= rule@4 #x07) true) #x07 a!103))))
(let ((a!105 (ite (and (= rule@4 #x04) true)
                  #x05
                  (ite (and (= rule@4 #x05) true) #x04 a!104))))
(let ((a!106 (ite (and (= rule@4 #x02) true)
                  #x02
                  (ite (and (= rule@4 #x03) true) #x03 a!105))))
(let ((a!107 (ite (and (= rule@4 #x00) true)
                  #x01
                  (ite (and (= rule@4 #x01) true) #x0a a!106))))
  (and a!11
       (= |alive[P0]@5| |alive[P0]@4|)
       (= |pte[P0][0]@5| |pte[P0][0]@4|)
       (= |pte.folio[P0][0]@5| |pte.folio[P0][0]@4|)
       (= |pte.write[P0][0]@5| |pte.write[P0][0]@4|)
       (= |expected[P0][0]@5| |expected[P0][0]@4|)
       (= |anon_vma.list[av0][0]@5| |anon_vma.list[av0][0]@4|)
       (= |anon_vma.len[av0]@5| |anon_vma.len[av0]@4|)
       (= |anon_vma.refcount[av0]@5| |anon_vma.refcount[av0]@4|)
       (= |folio.used[F0]@5| a!15)
       (= |folio.used[F1]@5| a!17)
       (= |folio.refcount[F0]@5| a!23)
       a!28
       (= |folio.mapcount[F0]@5| |folio.mapcount[F0]@4|)
       (= |folio.mapcount[F1]@5| |folio.mapcount[F1]@4|)
       (= |PG_lru[F0]@5| a!33)
       a!35
       a!39
       a!41
       a!45
       a!47
       a!51
       a!53
       a!58
       a!61
       (= |folio.node[F0]@5| a!65)
       (= |folio.node[F1]@5| a!67)
       (= |page.mapping(shmem)[F0]@5| a!72)
       (= |page.mapping(shmem)[F1]@5| a!74)
       (= |PG_swapcache[F0]@5| a!79)
       (= |PG_swapcache[F1]@5| a!81)
       (= |PG_dirty[F0]@5| a!86)
       (= |PG_dirty[F1]@5| a!88)
       (= shmem.i_pages@5 a!90)
       a!92
       (= |&mm->mmap_lock.writer[P0]@5| |&mm->mmap_lock.writer[P0]@4|)
       (= |&mm->mmap_lock.readers[P0]@5| |&mm->mmap_lock.readers[P0]@4|)
       (= |&anon_vma->rwsem.writer[av0]@5| |&anon_vma->rwsem.writer[av0]@4|)
       (= |&anon_vma->rwsem.readers[av0]@5| |&anon_vma->rwsem.readers[av0]@4|)
       (= |ptlock_ptr(page)[P0]@5| |ptlock_ptr(page)[P0]@4|)
       (= |PG_locked[F0]@5| a!96)
       (= |PG_locked[F1]@5| a!98)
       (= migrate0.pc@5 a!107)
       a!109
       (= migrate0.newpage@5 a!111)
       (= migrate0.ok@5 a!113)
       (= migrate0.mapping_is_swapper@5 a!114)
       a!115
       (bvule |alive[P0]@5| #x01)
       (bvule |pte[P0][0]@5| #x06)
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
      (a!7 (= (ite (not (= migrate0.mapping_is_swapper@5 #x00))
                   swapper_space.i_pages@5
                   shmem.i_pages@5)
              #x00))
      (a!9 (and (= rule@5 #x0d)
                (= migrate0.pc@5 #x07)
                (not (not (= migrate0.ok@5 #x00)))))
      (a!10 (and (= rule@5 #x0f)
                 (= migrate0.pc@5 #x09)
                 (not (not (= migrate0.ok@5 #x00)))))
      (a!12 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.used[F0]@5|
                      |folio.used[F1]@5|)))
      (a!13 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.used[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.used[F0]@5|)
                      |folio.used[F0]@5|)))
      (a!18 (ite (and (= rule@5 #x0e) true)
                 (bvsub |folio.refcount[F0]@5| #x01)
                 (ite (and (= rule@5 #x0f) true)
                      (bvsub |folio.refcount[F0]@5| #x01)
                      |folio.refcount[F0]@5|)))
      (a!24 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 |folio.refcount[F1]@5|))
      (a!29 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00) |PG_lru[F0]@5| |PG_lru[F1]@5|)))
      (a!30 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 #x01))
      (a!31 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_lru[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01) #x00 #x01)
                      |PG_lru[F0]@5|)))
      (a!36 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |PG_anon_exclusive[F0]@5|
                      |PG_anon_exclusive[F1]@5|)))
      (a!37 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@5|)
                      |PG_anon_exclusive[F0]@5|)))
      (a!42 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.mapping[F0]@5|
                      |folio.mapping[F1]@5|)))
      (a!43 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01)
                      #x01
                      |folio.mapping[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x01
                           |folio.mapping[F0]@5|)
                      |folio.mapping[F0]@5|)))
      (a!48 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.index[F0]@5|
                      |folio.index[F1]@5|)))
      (a!49 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.index[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.index[F0]@5|)
                      |folio.index[F0]@5|)))
      (a!54 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.data[F0]@5|
                      |folio.data[F1]@5|)))
      (a!55 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.data[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.data[F0]@5|)
                      |folio.data[F0]@5|)))
      (a!62 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.node[F0]@5|
                      |folio.node[F1]@5|)))
      (a!63 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.node[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.node[F0]@5|)
                      |folio.node[F0]@5|)))
      (a!68 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |page.mapping(shmem)[F0]@5|
                      |page.mapping(shmem)[F1]@5|)))
      (a!69 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@5|)
                      |page.mapping(shmem)[F0]@5|)))
      (a!75 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |PG_swapcache[F0]@5|
                      |PG_swapcache[F1]@5|)))
      (a!76 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_swapcache[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |PG_swapcache[F0]@5|)
                      |PG_swapcache[F0]@5|)))
      (a!82 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |PG_dirty[F0]@5|
                      |PG_dirty[F1]@5|)))
      (a!83 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_dirty[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |PG_dirty[F0]@5|)
                      |PG_dirty[F0]@5|)))
      (a!89 (ite (not (not (= migrate0.mapping_is_swapper@5 #x00)))
                 migrate0.newpage@5
                 shmem.i_pages@5))
      (a!91 (ite (and (= rule@5 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@5 #x00))
                      migrate0.newpage@5
                      swapper_space.i_pages@5)
                 swapper_space.i_pages@5))
      (a!93 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 #x00
                 (ite (and (= rule@5 #x0d) true) #x00 |PG_locked[F0]@5|)))
      (a!97 (ite (and (= rule@5 #x0c) (= migrate0.newpage@5 #x01))
                 #x00
                 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                      #x00
                      |PG_locked[F1]@5|)))
      (a!99 (ite (and (= rule@5 #x10) true)
                 #x01
                 (ite (and (= rule@5 #x11) true) #x09 migrate0.pc@5)))
      (a!108 (ite (and (= rule@5 #x0e) true)
                  #x00
                  (ite (and (= rule@5 #x0f) true) #x00 migrate0.isolated@5)))
      (a!110 (ite (and (= rule@5 #x0d) true)
                  #x02
                  (ite (and (= rule@5 #x0e) true) #x02 migrate0.newpage@5)))
      (a!112 (ite (and (= rule@5 #x0b) true)
                  #x01
                  (ite (and (= rule@5 #x11) true) #x00 migrate0.ok@5)))
      (a!114 (ite (and (= rule@5 #x04) true)
                  |PG_swapcache[F0]@5|
                  (ite (and (= rule@5 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@5)))
      (a!115 (= migrate0.pass@6
                (ite (and (= rule@5 #x10) true)
                     (bvadd migrate0.pass@5 #x01)
                     migrate0.pass@5))))
(let ((a!4 (and (= rule@5 #x03)
                (= migrate0.pc@5 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@5| |PG_locked[F1]@5|) #x00)))
      (a!8 (not (and (not (= |page.mapping(shmem)[F0]@5| #x00))
                     (= |folio.refcount[F0]@5| #x02)
                     a!7)))
      (a!14 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!12
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!12
                      a!13)))
      (a!16 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!12
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!12
                      |folio.used[F1]@5|)))
      (a!19 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!18))
      (a!25 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!24))
      (a!32 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!29
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!30
                      a!31)))
      (a!34 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!29
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!30
                      |PG_lru[F1]@5|)))
      (a!38 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!36
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!36
                      a!37)))
      (a!40 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!36
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!36
                      |PG_anon_exclusive[F1]@5|)))
      (a!44 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!42
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!42
                      a!43)))
      (a!46 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!42
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!42
                      |folio.mapping[F1]@5|)))
      (a!50 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!48
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!48
                      a!49)))
      (a!52 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!48
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!48
                      |folio.index[F1]@5|)))
      (a!56 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!54
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!54
                      a!55)))
      (a!59 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!54
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!54
                      |folio.data[F1]@5|)))
      (a!64 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!62
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!62
                      a!63)))
      (a!66 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!62
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!62
                      |folio.node[F1]@5|)))
      (a!70 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!68
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!68
                      a!69)))
      (a!73 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!68
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!68
                      |page.mapping(shmem)[F1]@5|)))
      (a!77 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!75
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!75
                      a!76)))
      (a!80 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!75
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!75
                      |PG_swapcache[F1]@5|)))
      (a!84 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!82
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!82
                      a!83)))
      (a!87 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!82
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!82
                      |PG_dirty[F1]@5|)))
      (a!90 (ite (and (= rule@5 #x05) true)
                 #x02
                 (ite (and (= rule@5 #x09) true) a!89 shmem.i_pages@5)))
      (a!92 (= swapper_space.i_pages@6
               (ite (and (= rule@5 #x05) true) #x00 a!91)))
      (a!94 (ite (and (= rule@5 #x0c) (= migrate0.newpage@5 #x00))
                 #x00
                 (ite (and (= rule@5 #x0c) true) #x00 a!93)))
      (a!98 (ite (and (= rule@5 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                      #x00
                      a!97)))
      (a!100 (ite (and (= rule@5 #x0e) true)
                  #x0a
                  (ite (and (= rule@5 #x0f) true) #x0a a!99)))
      (a!109 (= migrate0.isolated@6 (ite (and (= rule@5 #x00) true) #x01 a!108)))
      (a!111 (ite (and (= rule@5 #x03) true)
                  a!3
                  (ite (and (= rule@5 #x08) true) #x02 a!110)))
      (a!113 (ite (and (= rule@5 #x07) true)
                  #x00
                  (ite (and (= rule@5 #x0a) true) #x00 a!112))))
(let ((a!11 (or (and (= rule@5 #x00)
                     (= migrate0.pc@5 #x00)
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
                     (not (= |page.mapping(shmem)[F0]@5| #x00))
                     (= |folio.refcount[F0]@5| #x02)
                     a!7)
                (and (= rule@5 #x0a) (= migrate0.pc@5 #x05) a!8)
                (and (= rule@5 #x0b) (= migrate0.pc@5 #x06))
                (and (= rule@5 #x0c)
                     (= migrate0.pc@5 #x07)
                     (not (= migrate0.ok@5 #x00)))
                a!9
                (and (= rule@5 #x0e)
                     (= migrate0.pc@5 #x09)
                     (not (= migrate0.ok@5 #x00)))
                a!10
                (and (= rule@5 #x10)
                     (= migrate0.pc@5 #x08)
                     (bvult migrate0.pass@5 #x01))
                (and (= rule@5 #x11)
                     (= migrate0.pc@5 #x08)
                     (bvuge migrate0.pass@5 #x01))))
      (a!15 (ite (and (= rule@5 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      a!12
                      a!14)))
      (a!17 (ite (and (= rule@5 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                      a!12
                      a!16)))
      (a!20 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!19))
      (a!26 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x01))
                 (bvadd (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!25))
      (a!33 (ite (and (= rule@5 #x00) true)
                 #x00
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      a!29
                      a!32)))
      (a!35 (= |PG_lru[F1]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01)) a!29 a!34)))
      (a!39 (= |PG_anon_exclusive[F0]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00)) a!36 a!38)))
      (a!41 (= |PG_anon_exclusive[F1]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01)) a!36 a!40)))
      (a!45 (= |folio.mapping[F0]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00)) a!42 a!44)))
      (a!47 (= |folio.mapping[F1]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01)) a!42 a!46)))
      (a!51 (= |folio.index[F0]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00)) a!48 a!50)))
      (a!53 (= |folio.index[F1]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01)) a!48 a!52)))
      (a!57 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                 a!54
                 (ite (and (= rule@5 #x0b) (= migrate0.newpage@5 #x00))
                      |folio.data[F0]@5|
                      a!56)))
      (a!60 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                 a!54
                 (ite (and (= rule@5 #x0b) (= migrate0.newpage@5 #x01))
                      |folio.data[F0]@5|
                      a!59)))
      (a!65 (ite (and (= rule@5 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@5|)
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      a!62
                      a!64)))
      (a!67 (ite (and (= rule@5 #x03) (= a!3 #x01))
                 (bvsub #x01 |folio.node[F0]@5|)
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                      a!62
                      a!66)))
      (a!71 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x00))
                 |page.mapping(shmem)[F0]@5|
                 (ite (and (= rule@5 #x0b) true) #x00 a!70)))
      (a!74 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                 a!68
                 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x01))
                      |page.mapping(shmem)[F0]@5|
                      a!73)))
      (a!78 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x00))
                 |PG_swapcache[F0]@5|
                 (ite (and (= rule@5 #x0b) true) #x00 a!77)))
      (a!81 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                 a!75
                 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x01))
                      |PG_swapcache[F0]@5|
                      a!80)))
      (a!85 (ite (and (= rule@5 #x0b) (= migrate0.newpage@5 #x00))
                 |PG_dirty[F0]@5|
                 (ite (and (= rule@5 #x0b) true) #x00 a!84)))
      (a!88 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                 a!82
                 (ite (and (= rule@5 #x0b) (= migrate0.newpage@5 #x01))
                      |PG_dirty[F0]@5|
                      a!87)))
      (a!95 (ite (and (= rule@5 #x05) true)
                 #x00
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      #x00
                      a!94)))
      (a!101 (ite (and (= rule@5 #x0c) true)
                  #x09
                  (ite (and (= rule@5 #x0d) true) #x08 a!100))))
(let ((a!21 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x00))
                 (bvadd (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 (ite (and (= rule@5 #x09) true)
                      (bvsub |folio.refcount[F0]@5| #x01)
                      a!20)))
      (a!27 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!26))
      (a!58 (= |folio.data[F0]@6|
               (ite (and (= rule@5 #x03) (= a!3 #x00)) #x00 a!57)))
      (a!61 (= |folio.data[F1]@6|
               (ite (and (= rule@5 #x03) (= a!3 #x01)) #x00 a!60)))
      (a!72 (ite (and (= rule@5 #x05) true)
                 #x00
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      a!68
                      a!71)))
      (a!79 (ite (and (= rule@5 #x05) true)
                 #x01
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      a!75
                      a!78)))
      (a!86 (ite (and (= rule@5 #x05) true)
                 #x01
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      a!82
                      a!85)))
      (a!96 (ite (and (= rule@5 #x02) true)
                 #x01
                 (ite (and (= rule@5 #x03) (= a!3 #x00)) #x01 a!95)))
      (a!102 (ite (and (= rule@5 #x0a) true)
                  #x07
                  (ite (and (= rule@5 #x0b) true) #x07 a!101))))
(let ((a!22 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!21))
      (a!28 (= |folio.refcount[F1]@6|
               (ite (and (= rule@5 #x03) (= a!3 #x01)) #x01 a!27)))
      (a!103 (ite (and (= rule@5 #x08) true)
                  #x08
                  (ite (and (= rule@5 #x09) true) #x06 a!102))))
(let ((a!23 (ite (and (= rule@5 #x00) true)
                 (bvadd |folio.refcount[F0]@5| #x01)
                 (ite (and (= rule@5 #x03) (= a!3 #x00)) #x01 a!22)))
      (a!104 (ite (and (= rule@5 #x06) true)
                  #x05
                  (ite (and (= rule@5 #x07) true) #x07 a!103))))
(let ((a!105 (ite (and (= rule@5 #x04) true)
                  #x05
                  (ite (and (= rule@5 #x05) true) #x04 a!104))))
(let ((a!106 (ite (and (= rule@5 #x02) true)
                  #x02
                  (ite (and (= rule@5 #x03) true) #x03 a!105))))
(let ((a!107 (ite (and (= rule@5 #x00) true)
                  #x01
                  (ite (and (= rule@5 #x01) true) #x0a a!106))))
  (and a!11
       (= |alive[P0]@6| |alive[P0]@5|)
       (= |pte[P0][0]@6| |pte[P0][0]@5|)
       (= |pte.folio[P0][0]@6| |pte.folio[P0][0]@5|)
       (= |pte.write[P0][0]@6| |pte.write[P0][0]@5|)
       (= |expected[P0][0]@6| |expected[P0][0]@5|)
       (= |anon_vma.list[av0][0]@6| |anon_vma.list[av0][0]@5|)
       (= |anon_vma.len[av0]@6| |anon_vma.len[av0]@5|)
       (= |anon_vma.refcount[av0]@6| |anon_vma.refcount[av0]@5|)
       (= |folio.used[F0]@6| a!15)
       (= |folio.used[F1]@6| a!17)
       (= |folio.refcount[F0]@6| a!23)
       a!28
       (= |folio.mapcount[F0]@6| |folio.mapcount[F0]@5|)
       (= |folio.mapcount[F1]@6| |folio.mapcount[F1]@5|)
       (= |PG_lru[F0]@6| a!33)
       a!35
       a!39
       a!41
       a!45
       a!47
       a!51
       a!53
       a!58
       a!61
       (= |folio.node[F0]@6| a!65)
       (= |folio.node[F1]@6| a!67)
       (= |page.mapping(shmem)[F0]@6| a!72)
       (= |page.mapping(shmem)[F1]@6| a!74)
       (= |PG_swapcache[F0]@6| a!79)
       (= |PG_swapcache[F1]@6| a!81)
       (= |PG_dirty[F0]@6| a!86)
       (= |PG_dirty[F1]@6| a!88)
       (= shmem.i_pages@6 a!90)
       a!92
       (= |&mm->mmap_lock.writer[P0]@6| |&mm->mmap_lock.writer[P0]@5|)
       (= |&mm->mmap_lock.readers[P0]@6| |&mm->mmap_lock.readers[P0]@5|)
       (= |&anon_vma->rwsem.writer[av0]@6| |&anon_vma->rwsem.writer[av0]@5|)
       (= |&anon_vma->rwsem.readers[av0]@6| |&anon_vma->rwsem.readers[av0]@5|)
       (= |ptlock_ptr(page)[P0]@6| |ptlock_ptr(page)[P0]@5|)
       (= |PG_locked[F0]@6| a!96)
       (= |PG_locked[F1]@6| a!98)
       (= migrate0.pc@6 a!107)
       a!109
       (= migrate0.newpage@6 a!111)
       (= migrate0.ok@6 a!113)
       (= migrate0.mapping_is_swapper@6 a!114)
       a!115
       (bvule |alive[P0]@6| #x01)
       (bvule |pte[P0][0]@6| #x06)
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
      (a!7 (= (ite (not (= migrate0.mapping_is_swapper@6 #x00))
                   swapper_space.i_pages@6
                   shmem.i_pages@6)
              #x00))
      (a!9 (and (= rule@6 #x0d)
                (= migrate0.pc@6 #x07)
                (not (not (= migrate0.ok@6 #x00)))))
      (a!10 (and (= rule@6 #x0f)
                 (= migrate0.pc@6 #x09)
                 (not (not (= migrate0.ok@6 #x00)))))
      (a!12 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.used[F0]@6|
                      |folio.used[F1]@6|)))
      (a!13 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.used[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.used[F0]@6|)
                      |folio.used[F0]@6|)))
      (a!18 (ite (and (= rule@6 #x0e) true)
                 (bvsub |folio.refcount[F0]@6| #x01)
                 (ite (and (= rule@6 #x0f) true)
                      (bvsub |folio.refcount[F0]@6| #x01)
                      |folio.refcount[F0]@6|)))
      (a!24 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 |folio.refcount[F1]@6|))
      (a!29 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00) |PG_lru[F0]@6| |PG_lru[F1]@6|)))
      (a!30 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 #x01))
      (a!31 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_lru[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01) #x00 #x01)
                      |PG_lru[F0]@6|)))
      (a!36 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |PG_anon_exclusive[F0]@6|
                      |PG_anon_exclusive[F1]@6|)))
      (a!37 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@6|)
                      |PG_anon_exclusive[F0]@6|)))
      (a!42 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.mapping[F0]@6|
                      |folio.mapping[F1]@6|)))
      (a!43 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01)
                      #x01
                      |folio.mapping[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x01
                           |folio.mapping[F0]@6|)
                      |folio.mapping[F0]@6|)))
      (a!48 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.index[F0]@6|
                      |folio.index[F1]@6|)))
      (a!49 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.index[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.index[F0]@6|)
                      |folio.index[F0]@6|)))
      (a!54 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.data[F0]@6|
                      |folio.data[F1]@6|)))
      (a!55 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.data[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.data[F0]@6|)
                      |folio.data[F0]@6|)))
      (a!62 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.node[F0]@6|
                      |folio.node[F1]@6|)))
      (a!63 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.node[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.node[F0]@6|)
                      |folio.node[F0]@6|)))
      (a!68 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |page.mapping(shmem)[F0]@6|
                      |page.mapping(shmem)[F1]@6|)))
      (a!69 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@6|)
                      |page.mapping(shmem)[F0]@6|)))
      (a!75 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |PG_swapcache[F0]@6|
                      |PG_swapcache[F1]@6|)))
      (a!76 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_swapcache[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |PG_swapcache[F0]@6|)
                      |PG_swapcache[F0]@6|)))
      (a!82 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |PG_dirty[F0]@6|
                      |PG_dirty[F1]@6|)))
      (a!83 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_dirty[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |PG_dirty[F0]@6|)
                      |PG_dirty[F0]@6|)))
      (a!89 (ite (not (not (= migrate0.mapping_is_swapper@6 #x00)))
                 migrate0.newpage@6
                 shmem.i_pages@6))
      (a!91 (ite (and (= rule@6 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@6 #x00))
                      migrate0.newpage@6
                      swapper_space.i_pages@6)
                 swapper_space.i_pages@6))
      (a!93 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 #x00
                 (ite (and (= rule@6 #x0d) true) #x00 |PG_locked[F0]@6|)))
      (a!97 (ite (and (= rule@6 #x0c) (= migrate0.newpage@6 #x01))
                 #x00
                 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                      #x00
                      |PG_locked[F1]@6|)))
      (a!99 (ite (and (= rule@6 #x10) true)
                 #x01
                 (ite (and (= rule@6 #x11) true) #x09 migrate0.pc@6)))
      (a!108 (ite (and (= rule@6 #x0e) true)
                  #x00
                  (ite (and (= rule@6 #x0f) true) #x00 migrate0.isolated@6)))
      (a!110 (ite (and (= rule@6 #x0d) true)
                  #x02
                  (ite (and (= rule@6 #x0e) true) #x02 migrate0.newpage@6)))
      (a!112 (ite (and (= rule@6 #x0b) true)
                  #x01
                  (ite (and (= rule@6 #x11) true) #x00 migrate0.ok@6)))
      (a!114 (ite (and (= rule@6 #x04) true)
                  |PG_swapcache[F0]@6|
                  (ite (and (= rule@6 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@6)))
      (a!115 (= migrate0.pass@7
                (ite (and (= rule@6 #x10) true)
                     (bvadd migrate0.pass@6 #x01)
                     migrate0.pass@6))))
(let ((a!4 (and (= rule@6 #x03)
                (= migrate0.pc@6 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@6| |PG_locked[F1]@6|) #x00)))
      (a!8 (not (and (not (= |page.mapping(shmem)[F0]@6| #x00))
                     (= |folio.refcount[F0]@6| #x02)
                     a!7)))
      (a!14 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!12
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!12
                      a!13)))
      (a!16 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!12
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!12
                      |folio.used[F1]@6|)))
      (a!19 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!18))
      (a!25 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!24))
      (a!32 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!29
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!30
                      a!31)))
      (a!34 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!29
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!30
                      |PG_lru[F1]@6|)))
      (a!38 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!36
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!36
                      a!37)))
      (a!40 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!36
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!36
                      |PG_anon_exclusive[F1]@6|)))
      (a!44 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!42
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!42
                      a!43)))
      (a!46 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!42
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!42
                      |folio.mapping[F1]@6|)))
      (a!50 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!48
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!48
                      a!49)))
      (a!52 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!48
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!48
                      |folio.index[F1]@6|)))
      (a!56 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!54
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!54
                      a!55)))
      (a!59 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!54
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!54
                      |folio.data[F1]@6|)))
      (a!64 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!62
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!62
                      a!63)))
      (a!66 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!62
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!62
                      |folio.node[F1]@6|)))
      (a!70 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!68
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!68
                      a!69)))
      (a!73 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!68
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!68
                      |page.mapping(shmem)[F1]@6|)))
      (a!77 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!75
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!75
                      a!76)))
      (a!80 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!75
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!75
                      |PG_swapcache[F1]@6|)))
      (a!84 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!82
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!82
                      a!83)))
      (a!87 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!82
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!82
                      |PG_dirty[F1]@6|)))
      (a!90 (ite (and (= rule@6 #x05) true)
                 #x02
                 (ite (and (= rule@6 #x09) true) a!89 shmem.i_pages@6)))
      (a!92 (= swapper_space.i_pages@7
               (ite (and (= rule@6 #x05) true) #x00 a!91)))
      (a!94 (ite (and (= rule@6 #x0c) (= migrate0.newpage@6 #x00))
                 #x00
                 (ite (and (= rule@6 #x0c) true) #x00 a!93)))
      (a!98 (ite (and (= rule@6 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                      #x00
                      a!97)))
      (a!100 (ite (and (= rule@6 #x0e) true)
                  #x0a
                  (ite (and (= rule@6 #x0f) true) #x0a a!99)))
      (a!109 (= migrate0.isolated@7 (ite (and (= rule@6 #x00) true) #x01 a!108)))
      (a!111 (ite (and (= rule@6 #x03) true)
                  a!3
                  (ite (and (= rule@6 #x08) true) #x02 a!110)))
      (a!113 (ite (and (= rule@6 #x07) true)
                  #x00
                  (ite (and (= rule@6 #x0a) true) #x00 a!112))))
(let ((a!11 (or (and (= rule@6 #x00)
                     (= migrate0.pc@6 #x00)
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
                     (not (= |page.mapping(shmem)[F0]@6| #x00))
                     (= |folio.refcount[F0]@6| #x02)
                     a!7)
                (and (= rule@6 #x0a) (= migrate0.pc@6 #x05) a!8)
                (and (= rule@6 #x0b) (= migrate0.pc@6 #x06))
                (and (= rule@6 #x0c)
                     (= migrate0.pc@6 #x07)
                     (not (= migrate0.ok@6 #x00)))
                a!9
                (and (= rule@6 #x0e)
                     (= migrate0.pc@6 #x09)
                     (not (= migrate0.ok@6 #x00)))
                a!10
                (and (= rule@6 #x10)
                     (= migrate0.pc@6 #x08)
                     (bvult migrate0.pass@6 #x01))
                (and (= rule@6 #x11)
                     (= migrate0.pc@6 #x08)
                     (bvuge migrate0.pass@6 #x01))))
      (a!15 (ite (and (= rule@6 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      a!12
                      a!14)))
      (a!17 (ite (and (= rule@6 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                      a!12
                      a!16)))
      (a!20 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!19))
      (a!26 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x01))
                 (bvadd (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!25))
      (a!33 (ite (and (= rule@6 #x00) true)
                 #x00
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      a!29
                      a!32)))
      (a!35 (= |PG_lru[F1]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01)) a!29 a!34)))
      (a!39 (= |PG_anon_exclusive[F0]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00)) a!36 a!38)))
      (a!41 (= |PG_anon_exclusive[F1]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01)) a!36 a!40)))
      (a!45 (= |folio.mapping[F0]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00)) a!42 a!44)))
      (a!47 (= |folio.mapping[F1]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01)) a!42 a!46)))
      (a!51 (= |folio.index[F0]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00)) a!48 a!50)))
      (a!53 (= |folio.index[F1]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01)) a!48 a!52)))
      (a!57 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                 a!54
                 (ite (and (= rule@6 #x0b) (= migrate0.newpage@6 #x00))
                      |folio.data[F0]@6|
                      a!56)))
      (a!60 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                 a!54
                 (ite (and (= rule@6 #x0b) (= migrate0.newpage@6 #x01))
                      |folio.data[F0]@6|
                      a!59)))
      (a!65 (ite (and (= rule@6 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@6|)
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      a!62
                      a!64)))
      (a!67 (ite (and (= rule@6 #x03) (= a!3 #x01))
                 (bvsub #x01 |folio.node[F0]@6|)
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                      a!62
                      a!66)))
      (a!71 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x00))
                 |page.mapping(shmem)[F0]@6|
                 (ite (and (= rule@6 #x0b) true) #x00 a!70)))
      (a!74 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                 a!68
                 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x01))
                      |page.mapping(shmem)[F0]@6|
                      a!73)))
      (a!78 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x00))
                 |PG_swapcache[F0]@6|
                 (ite (and (= rule@6 #x0b) true) #x00 a!77)))
      (a!81 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                 a!75
                 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x01))
                      |PG_swapcache[F0]@6|
                      a!80)))
      (a!85 (ite (and (= rule@6 #x0b) (= migrate0.newpage@6 #x00))
                 |PG_dirty[F0]@6|
                 (ite (and (= rule@6 #x0b) true) #x00 a!84)))
      (a!88 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                 a!82
                 (ite (and (= rule@6 #x0b) (= migrate0.newpage@6 #x01))
                      |PG_dirty[F0]@6|
                      a!87)))
      (a!95 (ite (and (= rule@6 #x05) true)
                 #x00
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      #x00
                      a!94)))
      (a!101 (ite (and (= rule@6 #x0c) true)
                  #x09
                  (ite (and (= rule@6 #x0d) true) #x08 a!100))))
(let ((a!21 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x00))
                 (bvadd (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 (ite (and (= rule@6 #x09) true)
                      (bvsub |folio.refcount[F0]@6| #x01)
                      a!20)))
      (a!27 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!26))
      (a!58 (= |folio.data[F0]@7|
               (ite (and (= rule@6 #x03) (= a!3 #x00)) #x00 a!57)))
      (a!61 (= |folio.data[F1]@7|
               (ite (and (= rule@6 #x03) (= a!3 #x01)) #x00 a!60)))
      (a!72 (ite (and (= rule@6 #x05) true)
                 #x00
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      a!68
                      a!71)))
      (a!79 (ite (and (= rule@6 #x05) true)
                 #x01
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      a!75
                      a!78)))
      (a!86 (ite (and (= rule@6 #x05) true)
                 #x01
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      a!82
                      a!85)))
      (a!96 (ite (and (= rule@6 #x02) true)
                 #x01
                 (ite (and (= rule@6 #x03) (= a!3 #x00)) #x01 a!95)))
      (a!102 (ite (and (= rule@6 #x0a) true)
                  #x07
                  (ite (and (= rule@6 #x0b) true) #x07 a!101))))
(let ((a!22 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!21))
      (a!28 (= |folio.refcount[F1]@7|
               (ite (and (= rule@6 #x03) (= a!3 #x01)) #x01 a!27)))
      (a!103 (ite (and (= rule@6 #x08) true)
                  #x08
                  (ite (and (= rule@6 #x09) true) #x06 a!102))))
(let ((a!23 (ite (and (= rule@6 #x00) true)
                 (bvadd |folio.refcount[F0]@6| #x01)
                 (ite (and (= rule@6 #x03) (= a!3 #x00)) #x01 a!22)))
      (a!104 (ite (and (= rule@6 #x06) true)
                  #x05
                  (ite (and (= rule@6 #x07) true) #x07 a!103))))
(let ((a!105 (ite (and (= rule@6 #x04) true)
                  #x05
                  (ite (and (= rule@6 #x05) true) #x04 a!104))))
(let ((a!106 (ite (and (= rule@6 #x02) true)
                  #x02
                  (ite (and (= rule@6 #x03) true) #x03 a!105))))
(let ((a!107 (ite (and (= rule@6 #x00) true)
                  #x01
                  (ite (and (= rule@6 #x01) true) #x0a a!106))))
  (and a!11
       (= |alive[P0]@7| |alive[P0]@6|)
       (= |pte[P0][0]@7| |pte[P0][0]@6|)
       (= |pte.folio[P0][0]@7| |pte.folio[P0][0]@6|)
       (= |pte.write[P0][0]@7| |pte.write[P0][0]@6|)
       (= |expected[P0][0]@7| |expected[P0][0]@6|)
       (= |anon_vma.list[av0][0]@7| |anon_vma.list[av0][0]@6|)
       (= |anon_vma.len[av0]@7| |anon_vma.len[av0]@6|)
       (= |anon_vma.refcount[av0]@7| |anon_vma.refcount[av0]@6|)
       (= |folio.used[F0]@7| a!15)
       (= |folio.used[F1]@7| a!17)
       (= |folio.refcount[F0]@7| a!23)
       a!28
       (= |folio.mapcount[F0]@7| |folio.mapcount[F0]@6|)
       (= |folio.mapcount[F1]@7| |folio.mapcount[F1]@6|)
       (= |PG_lru[F0]@7| a!33)
       a!35
       a!39
       a!41
       a!45
       a!47
       a!51
       a!53
       a!58
       a!61
       (= |folio.node[F0]@7| a!65)
       (= |folio.node[F1]@7| a!67)
       (= |page.mapping(shmem)[F0]@7| a!72)
       (= |page.mapping(shmem)[F1]@7| a!74)
       (= |PG_swapcache[F0]@7| a!79)
       (= |PG_swapcache[F1]@7| a!81)
       (= |PG_dirty[F0]@7| a!86)
       (= |PG_dirty[F1]@7| a!88)
       (= shmem.i_pages@7 a!90)
       a!92
       (= |&mm->mmap_lock.writer[P0]@7| |&mm->mmap_lock.writer[P0]@6|)
       (= |&mm->mmap_lock.readers[P0]@7| |&mm->mmap_lock.readers[P0]@6|)
       (= |&anon_vma->rwsem.writer[av0]@7| |&anon_vma->rwsem.writer[av0]@6|)
       (= |&anon_vma->rwsem.readers[av0]@7| |&anon_vma->rwsem.readers[av0]@6|)
       (= |ptlock_ptr(page)[P0]@7| |ptlock_ptr(page)[P0]@6|)
       (= |PG_locked[F0]@7| a!96)
       (= |PG_locked[F1]@7| a!98)
       (= migrate0.pc@7 a!107)
       a!109
       (= migrate0.newpage@7 a!111)
       (= migrate0.ok@7 a!113)
       (= migrate0.mapping_is_swapper@7 a!114)
       a!115
       (bvule |alive[P0]@7| #x01)
       (bvule |pte[P0][0]@7| #x06)
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
      (a!7 (= (ite (not (= migrate0.mapping_is_swapper@7 #x00))
                   swapper_space.i_pages@7
                   shmem.i_pages@7)
              #x00))
      (a!9 (and (= rule@7 #x0d)
                (= migrate0.pc@7 #x07)
                (not (not (= migrate0.ok@7 #x00)))))
      (a!10 (and (= rule@7 #x0f)
                 (= migrate0.pc@7 #x09)
                 (not (not (= migrate0.ok@7 #x00)))))
      (a!12 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.used[F0]@7|
                      |folio.used[F1]@7|)))
      (a!13 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.used[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.used[F0]@7|)
                      |folio.used[F0]@7|)))
      (a!18 (ite (and (= rule@7 #x0e) true)
                 (bvsub |folio.refcount[F0]@7| #x01)
                 (ite (and (= rule@7 #x0f) true)
                      (bvsub |folio.refcount[F0]@7| #x01)
                      |folio.refcount[F0]@7|)))
      (a!24 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 |folio.refcount[F1]@7|))
      (a!29 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00) |PG_lru[F0]@7| |PG_lru[F1]@7|)))
      (a!30 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 #x01))
      (a!31 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_lru[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01) #x00 #x01)
                      |PG_lru[F0]@7|)))
      (a!36 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |PG_anon_exclusive[F0]@7|
                      |PG_anon_exclusive[F1]@7|)))
      (a!37 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@7|)
                      |PG_anon_exclusive[F0]@7|)))
      (a!42 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.mapping[F0]@7|
                      |folio.mapping[F1]@7|)))
      (a!43 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01)
                      #x01
                      |folio.mapping[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x01
                           |folio.mapping[F0]@7|)
                      |folio.mapping[F0]@7|)))
      (a!48 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.index[F0]@7|
                      |folio.index[F1]@7|)))
      (a!49 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.index[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.index[F0]@7|)
                      |folio.index[F0]@7|)))
      (a!54 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.data[F0]@7|
                      |folio.data[F1]@7|)))
      (a!55 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.data[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.data[F0]@7|)
                      |folio.data[F0]@7|)))
      (a!62 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.node[F0]@7|
                      |folio.node[F1]@7|)))
      (a!63 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.node[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.node[F0]@7|)
                      |folio.node[F0]@7|)))
      (a!68 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |page.mapping(shmem)[F0]@7|
                      |page.mapping(shmem)[F1]@7|)))
      (a!69 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@7|)
                      |page.mapping(shmem)[F0]@7|)))
      (a!75 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |PG_swapcache[F0]@7|
                      |PG_swapcache[F1]@7|)))
      (a!76 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_swapcache[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |PG_swapcache[F0]@7|)
                      |PG_swapcache[F0]@7|)))
      (a!82 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |PG_dirty[F0]@7|
                      |PG_dirty[F1]@7|)))
      (a!83 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_dirty[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |PG_dirty[F0]@7|)
                      |PG_dirty[F0]@7|)))
      (a!89 (ite (not (not (= migrate0.mapping_is_swapper@7 #x00)))
                 migrate0.newpage@7
                 shmem.i_pages@7))
      (a!91 (ite (and (= rule@7 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@7 #x00))
                      migrate0.newpage@7
                      swapper_space.i_pages@7)
                 swapper_space.i_pages@7))
      (a!93 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 #x00
                 (ite (and (= rule@7 #x0d) true) #x00 |PG_locked[F0]@7|)))
      (a!97 (ite (and (= rule@7 #x0c) (= migrate0.newpage@7 #x01))
                 #x00
                 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                      #x00
                      |PG_locked[F1]@7|)))
      (a!99 (ite (and (= rule@7 #x10) true)
                 #x01
                 (ite (and (= rule@7 #x11) true) #x09 migrate0.pc@7)))
      (a!108 (ite (and (= rule@7 #x0e) true)
                  #x00
                  (ite (and (= rule@7 #x0f) true) #x00 migrate0.isolated@7)))
      (a!110 (ite (and (= rule@7 #x0d) true)
                  #x02
                  (ite (and (= rule@7 #x0e) true) #x02 migrate0.newpage@7)))
      (a!112 (ite (and (= rule@7 #x0b) true)
                  #x01
                  (ite (and (= rule@7 #x11) true) #x00 migrate0.ok@7)))
      (a!114 (ite (and (= rule@7 #x04) true)
                  |PG_swapcache[F0]@7|
                  (ite (and (= rule@7 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@7)))
      (a!115 (= migrate0.pass@8
                (ite (and (= rule@7 #x10) true)
                     (bvadd migrate0.pass@7 #x01)
                     migrate0.pass@7))))
(let ((a!4 (and (= rule@7 #x03)
                (= migrate0.pc@7 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@7| |PG_locked[F1]@7|) #x00)))
      (a!8 (not (and (not (= |page.mapping(shmem)[F0]@7| #x00))
                     (= |folio.refcount[F0]@7| #x02)
                     a!7)))
      (a!14 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!12
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!12
                      a!13)))
      (a!16 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!12
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!12
                      |folio.used[F1]@7|)))
      (a!19 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!18))
      (a!25 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!24))
      (a!32 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!29
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!30
                      a!31)))
      (a!34 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!29
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!30
                      |PG_lru[F1]@7|)))
      (a!38 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!36
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!36
                      a!37)))
      (a!40 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!36
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!36
                      |PG_anon_exclusive[F1]@7|)))
      (a!44 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!42
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!42
                      a!43)))
      (a!46 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!42
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!42
                      |folio.mapping[F1]@7|)))
      (a!50 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!48
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!48
                      a!49)))
      (a!52 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!48
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!48
                      |folio.index[F1]@7|)))
      (a!56 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!54
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!54
                      a!55)))
      (a!59 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!54
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!54
                      |folio.data[F1]@7|)))
      (a!64 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!62
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!62
                      a!63)))
      (a!66 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!62
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!62
                      |folio.node[F1]@7|)))
      (a!70 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!68
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!68
                      a!69)))
      (a!73 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!68
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!68
                      |page.mapping(shmem)[F1]@7|)))
      (a!77 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!75
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!75
                      a!76)))
      (a!80 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!75
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!75
                      |PG_swapcache[F1]@7|)))
      (a!84 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!82
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!82
                      a!83)))
      (a!87 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!82
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!82
                      |PG_dirty[F1]@7|)))
      (a!90 (ite (and (= rule@7 #x05) true)
                 #x02
                 (ite (and (= rule@7 #x09) true) a!89 shmem.i_pages@7)))
      (a!92 (= swapper_space.i_pages@8
               (ite (and (= rule@7 #x05) true) #x00 a!91)))
      (a!94 (ite (and (= rule@7 #x0c) (= migrate0.newpage@7 #x00))
                 #x00
                 (ite (and (= rule@7 #x0c) true) #x00 a!93)))
      (a!98 (ite (and (= rule@7 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                      #x00
                      a!97)))
      (a!100 (ite (and (= rule@7 #x0e) true)
                  #x0a
                  (ite (and (= rule@7 #x0f) true) #x0a a!99)))
      (a!109 (= migrate0.isolated@8 (ite (and (= rule@7 #x00) true) #x01 a!108)))
      (a!111 (ite (and (= rule@7 #x03) true)
                  a!3
                  (ite (and (= rule@7 #x08) true) #x02 a!110)))
      (a!113 (ite (and (= rule@7 #x07) true)
                  #x00
                  (ite (and (= rule@7 #x0a) true) #x00 a!112))))
(let ((a!11 (or (and (= rule@7 #x00)
                     (= migrate0.pc@7 #x00)
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
                     (not (= |page.mapping(shmem)[F0]@7| #x00))
                     (= |folio.refcount[F0]@7| #x02)
                     a!7)
                (and (= rule@7 #x0a) (= migrate0.pc@7 #x05) a!8)
                (and (= rule@7 #x0b) (= migrate0.pc@7 #x06))
                (and (= rule@7 #x0c)
                     (= migrate0.pc@7 #x07)
                     (not (= migrate0.ok@7 #x00)))
                a!9
                (and (= rule@7 #x0e)
                     (= migrate0.pc@7 #x09)
                     (not (= migrate0.ok@7 #x00)))
                a!10
                (and (= rule@7 #x10)
                     (= migrate0.pc@7 #x08)
                     (bvult migrate0.pass@7 #x01))
                (and (= rule@7 #x11)
                     (= migrate0.pc@7 #x08)
                     (bvuge migrate0.pass@7 #x01))))
      (a!15 (ite (and (= rule@7 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      a!12
                      a!14)))
      (a!17 (ite (and (= rule@7 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                      a!12
                      a!16)))
      (a!20 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!19))
      (a!26 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x01))
                 (bvadd (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!25))
      (a!33 (ite (and (= rule@7 #x00) true)
                 #x00
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      a!29
                      a!32)))
      (a!35 (= |PG_lru[F1]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01)) a!29 a!34)))
      (a!39 (= |PG_anon_exclusive[F0]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00)) a!36 a!38)))
      (a!41 (= |PG_anon_exclusive[F1]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01)) a!36 a!40)))
      (a!45 (= |folio.mapping[F0]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00)) a!42 a!44)))
      (a!47 (= |folio.mapping[F1]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01)) a!42 a!46)))
      (a!51 (= |folio.index[F0]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00)) a!48 a!50)))
      (a!53 (= |folio.index[F1]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01)) a!48 a!52)))
      (a!57 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                 a!54
                 (ite (and (= rule@7 #x0b) (= migrate0.newpage@7 #x00))
                      |folio.data[F0]@7|
                      a!56)))
      (a!60 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                 a!54
                 (ite (and (= rule@7 #x0b) (= migrate0.newpage@7 #x01))
                      |folio.data[F0]@7|
                      a!59)))
      (a!65 (ite (and (= rule@7 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@7|)
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      a!62
                      a!64)))
      (a!67 (ite (and (= rule@7 #x03) (= a!3 #x01))
                 (bvsub #x01 |folio.node[F0]@7|)
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                      a!62
                      a!66)))
      (a!71 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x00))
                 |page.mapping(shmem)[F0]@7|
                 (ite (and (= rule@7 #x0b) true) #x00 a!70)))
      (a!74 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                 a!68
                 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x01))
                      |page.mapping(shmem)[F0]@7|
                      a!73)))
      (a!78 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x00))
                 |PG_swapcache[F0]@7|
                 (ite (and (= rule@7 #x0b) true) #x00 a!77)))
      (a!81 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                 a!75
                 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x01))
                      |PG_swapcache[F0]@7|
                      a!80)))
      (a!85 (ite (and (= rule@7 #x0b) (= migrate0.newpage@7 #x00))
                 |PG_dirty[F0]@7|
                 (ite (and (= rule@7 #x0b) true) #x00 a!84)))
      (a!88 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                 a!82
                 (ite (and (= rule@7 #x0b) (= migrate0.newpage@7 #x01))
                      |PG_dirty[F0]@7|
                      a!87)))
      (a!95 (ite (and (= rule@7 #x05) true)
                 #x00
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      #x00
                      a!94)))
      (a!101 (ite (and (= rule@7 #x0c) true)
                  #x09
                  (ite (and (= rule@7 #x0d) true) #x08 a!100))))
(let ((a!21 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x00))
                 (bvadd (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 (ite (and (= rule@7 #x09) true)
                      (bvsub |folio.refcount[F0]@7| #x01)
                      a!20)))
      (a!27 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!26))
      (a!58 (= |folio.data[F0]@8|
               (ite (and (= rule@7 #x03) (= a!3 #x00)) #x00 a!57)))
      (a!61 (= |folio.data[F1]@8|
               (ite (and (= rule@7 #x03) (= a!3 #x01)) #x00 a!60)))
      (a!72 (ite (and (= rule@7 #x05) true)
                 #x00
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      a!68
                      a!71)))
      (a!79 (ite (and (= rule@7 #x05) true)
                 #x01
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      a!75
                      a!78)))
      (a!86 (ite (and (= rule@7 #x05) true)
                 #x01
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      a!82
                      a!85)))
      (a!96 (ite (and (= rule@7 #x02) true)
                 #x01
                 (ite (and (= rule@7 #x03) (= a!3 #x00)) #x01 a!95)))
      (a!102 (ite (and (= rule@7 #x0a) true)
                  #x07
                  (ite (and (= rule@7 #x0b) true) #x07 a!101))))
(let ((a!22 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!21))
      (a!28 (= |folio.refcount[F1]@8|
               (ite (and (= rule@7 #x03) (= a!3 #x01)) #x01 a!27)))
      (a!103 (ite (and (= rule@7 #x08) true)
                  #x08
                  (ite (and (= rule@7 #x09) true) #x06 a!102))))
(let ((a!23 (ite (and (= rule@7 #x00) true)
                 (bvadd |folio.refcount[F0]@7| #x01)
                 (ite (and (= rule@7 #x03) (= a!3 #x00)) #x01 a!22)))
      (a!104 (ite (and (= rule@7 #x06) true)
                  #x05
                  (ite (and (= rule@7 #x07) true) #x07 a!103))))
(let ((a!105 (ite (and (= rule@7 #x04) true)
                  #x05
                  (ite (and (= rule@7 #x05) true) #x04 a!104))))
(let ((a!106 (ite (and (= rule@7 #x02) true)
                  #x02
                  (ite (and (= rule@7 #x03) true) #x03 a!105))))
(let ((a!107 (ite (and (= rule@7 #x00) true)
                  #x01
                  (ite (and (= rule@7 #x01) true) #x0a a!106))))
  (and a!11
       (= |alive[P0]@8| |alive[P0]@7|)
       (= |pte[P0][0]@8| |pte[P0][0]@7|)
       (= |pte.folio[P0][0]@8| |pte.folio[P0][0]@7|)
       (= |pte.write[P0][0]@8| |pte.write[P0][0]@7|)
       (= |expected[P0][0]@8| |expected[P0][0]@7|)
       (= |anon_vma.list[av0][0]@8| |anon_vma.list[av0][0]@7|)
       (= |anon_vma.len[av0]@8| |anon_vma.len[av0]@7|)
       (= |anon_vma.refcount[av0]@8| |anon_vma.refcount[av0]@7|)
       (= |folio.used[F0]@8| a!15)
       (= |folio.used[F1]@8| a!17)
       (= |folio.refcount[F0]@8| a!23)
       a!28
       (= |folio.mapcount[F0]@8| |folio.mapcount[F0]@7|)
       (= |folio.mapcount[F1]@8| |folio.mapcount[F1]@7|)
       (= |PG_lru[F0]@8| a!33)
       a!35
       a!39
       a!41
       a!45
       a!47
       a!51
       a!53
       a!58
       a!61
       (= |folio.node[F0]@8| a!65)
       (= |folio.node[F1]@8| a!67)
       (= |page.mapping(shmem)[F0]@8| a!72)
       (= |page.mapping(shmem)[F1]@8| a!74)
       (= |PG_swapcache[F0]@8| a!79)
       (= |PG_swapcache[F1]@8| a!81)
       (= |PG_dirty[F0]@8| a!86)
       (= |PG_dirty[F1]@8| a!88)
       (= shmem.i_pages@8 a!90)
       a!92
       (= |&mm->mmap_lock.writer[P0]@8| |&mm->mmap_lock.writer[P0]@7|)
       (= |&mm->mmap_lock.readers[P0]@8| |&mm->mmap_lock.readers[P0]@7|)
       (= |&anon_vma->rwsem.writer[av0]@8| |&anon_vma->rwsem.writer[av0]@7|)
       (= |&anon_vma->rwsem.readers[av0]@8| |&anon_vma->rwsem.readers[av0]@7|)
       (= |ptlock_ptr(page)[P0]@8| |ptlock_ptr(page)[P0]@7|)
       (= |PG_locked[F0]@8| a!96)
       (= |PG_locked[F1]@8| a!98)
       (= migrate0.pc@8 a!107)
       a!109
       (= migrate0.newpage@8 a!111)
       (= migrate0.ok@8 a!113)
       (= migrate0.mapping_is_swapper@8 a!114)
       a!115
       (bvule |alive[P0]@8| #x01)
       (bvule |pte[P0][0]@8| #x06)
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
      (a!7 (= (ite (not (= migrate0.mapping_is_swapper@8 #x00))
                   swapper_space.i_pages@8
                   shmem.i_pages@8)
              #x00))
      (a!9 (and (= rule@8 #x0d)
                (= migrate0.pc@8 #x07)
                (not (not (= migrate0.ok@8 #x00)))))
      (a!10 (and (= rule@8 #x0f)
                 (= migrate0.pc@8 #x09)
                 (not (not (= migrate0.ok@8 #x00)))))
      (a!12 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.used[F0]@8|
                      |folio.used[F1]@8|)))
      (a!13 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.used[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.used[F0]@8|)
                      |folio.used[F0]@8|)))
      (a!18 (ite (and (= rule@8 #x0e) true)
                 (bvsub |folio.refcount[F0]@8| #x01)
                 (ite (and (= rule@8 #x0f) true)
                      (bvsub |folio.refcount[F0]@8| #x01)
                      |folio.refcount[F0]@8|)))
      (a!24 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 |folio.refcount[F1]@8|))
      (a!29 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00) |PG_lru[F0]@8| |PG_lru[F1]@8|)))
      (a!30 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 #x01))
      (a!31 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |PG_lru[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01) #x00 #x01)
                      |PG_lru[F0]@8|)))
      (a!36 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |PG_anon_exclusive[F0]@8|
                      |PG_anon_exclusive[F1]@8|)))
      (a!37 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@8|)
                      |PG_anon_exclusive[F0]@8|)))
      (a!42 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.mapping[F0]@8|
                      |folio.mapping[F1]@8|)))
      (a!43 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01)
                      #x01
                      |folio.mapping[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x01
                           |folio.mapping[F0]@8|)
                      |folio.mapping[F0]@8|)))
      (a!48 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.index[F0]@8|
                      |folio.index[F1]@8|)))
      (a!49 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.index[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.index[F0]@8|)
                      |folio.index[F0]@8|)))
      (a!54 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.data[F0]@8|
                      |folio.data[F1]@8|)))
      (a!55 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.data[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.data[F0]@8|)
                      |folio.data[F0]@8|)))
      (a!62 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.node[F0]@8|
                      |folio.node[F1]@8|)))
      (a!63 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.node[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.node[F0]@8|)
                      |folio.node[F0]@8|)))
      (a!68 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |page.mapping(shmem)[F0]@8|
                      |page.mapping(shmem)[F1]@8|)))
      (a!69 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@8|)
                      |page.mapping(shmem)[F0]@8|)))
      (a!75 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |PG_swapcache[F0]@8|
                      |PG_swapcache[F1]@8|)))
      (a!76 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |PG_swapcache[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |PG_swapcache[F0]@8|)
                      |PG_swapcache[F0]@8|)))
      (a!82 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |PG_dirty[F0]@8|
                      |PG_dirty[F1]@8|)))
      (a!83 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |PG_dirty[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |PG_dirty[F0]@8|)
                      |PG_dirty[F0]@8|)))
      (a!89 (ite (not (not (= migrate0.mapping_is_swapper@8 #x00)))
                 migrate0.newpage@8
                 shmem.i_pages@8))
      (a!91 (ite (and (= rule@8 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@8 #x00))
                      migrate0.newpage@8
                      swapper_space.i_pages@8)
                 swapper_space.i_pages@8))
      (a!93 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 #x00
                 (ite (and (= rule@8 #x0d) true) #x00 |PG_locked[F0]@8|)))
      (a!97 (ite (and (= rule@8 #x0c) (= migrate0.newpage@8 #x01))
                 #x00
                 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                      #x00
                      |PG_locked[F1]@8|)))
      (a!99 (ite (and (= rule@8 #x10) true)
                 #x01
                 (ite (and (= rule@8 #x11) true) #x09 migrate0.pc@8)))
      (a!108 (ite (and (= rule@8 #x0e) true)
                  #x00
                  (ite (and (= rule@8 #x0f) true) #x00 migrate0.isolated@8)))
      (a!110 (ite (and (= rule@8 #x0d) true)
                  #x02
                  (ite (and (= rule@8 #x0e) true) #x02 migrate0.newpage@8)))
      (a!112 (ite (and (= rule@8 #x0b) true)
                  #x01
                  (ite (and (= rule@8 #x11) true) #x00 migrate0.ok@8)))
      (a!114 (ite (and (= rule@8 #x04) true)
                  |PG_swapcache[F0]@8|
                  (ite (and (= rule@8 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@8)))
      (a!115 (= migrate0.pass@9
                (ite (and (= rule@8 #x10) true)
                     (bvadd migrate0.pass@8 #x01)
                     migrate0.pass@8))))
(let ((a!4 (and (= rule@8 #x03)
                (= migrate0.pc@8 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@8| |PG_locked[F1]@8|) #x00)))
      (a!8 (not (and (not (= |page.mapping(shmem)[F0]@8| #x00))
                     (= |folio.refcount[F0]@8| #x02)
                     a!7)))
      (a!14 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!12
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!12
                      a!13)))
      (a!16 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!12
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!12
                      |folio.used[F1]@8|)))
      (a!19 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!18))
      (a!25 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!24))
      (a!32 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!29
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!30
                      a!31)))
      (a!34 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!29
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!30
                      |PG_lru[F1]@8|)))
      (a!38 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!36
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!36
                      a!37)))
      (a!40 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!36
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!36
                      |PG_anon_exclusive[F1]@8|)))
      (a!44 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!42
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!42
                      a!43)))
      (a!46 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!42
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!42
                      |folio.mapping[F1]@8|)))
      (a!50 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!48
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!48
                      a!49)))
      (a!52 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!48
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!48
                      |folio.index[F1]@8|)))
      (a!56 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!54
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!54
                      a!55)))
      (a!59 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!54
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!54
                      |folio.data[F1]@8|)))
      (a!64 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!62
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!62
                      a!63)))
      (a!66 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!62
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!62
                      |folio.node[F1]@8|)))
      (a!70 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!68
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!68
                      a!69)))
      (a!73 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!68
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!68
                      |page.mapping(shmem)[F1]@8|)))
      (a!77 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!75
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!75
                      a!76)))
      (a!80 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!75
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!75
                      |PG_swapcache[F1]@8|)))
      (a!84 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!82
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!82
                      a!83)))
      (a!87 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!82
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!82
                      |PG_dirty[F1]@8|)))
      (a!90 (ite (and (= rule@8 #x05) true)
                 #x02
                 (ite (and (= rule@8 #x09) true) a!89 shmem.i_pages@8)))
      (a!92 (= swapper_space.i_pages@9
               (ite (and (= rule@8 #x05) true) #x00 a!91)))
      (a!94 (ite (and (= rule@8 #x0c) (= migrate0.newpage@8 #x00))
                 #x00
                 (ite (and (= rule@8 #x0c) true) #x00 a!93)))
      (a!98 (ite (and (= rule@8 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                      #x00
                      a!97)))
      (a!100 (ite (and (= rule@8 #x0e) true)
                  #x0a
                  (ite (and (= rule@8 #x0f) true) #x0a a!99)))
      (a!109 (= migrate0.isolated@9 (ite (and (= rule@8 #x00) true) #x01 a!108)))
      (a!111 (ite (and (= rule@8 #x03) true)
                  a!3
                  (ite (and (= rule@8 #x08) true) #x02 a!110)))
      (a!113 (ite (and (= rule@8 #x07) true)
                  #x00
                  (ite (and (= rule@8 #x0a) true) #x00 a!112))))
(let ((a!11 (or (and (= rule@8 #x00)
                     (= migrate0.pc@8 #x00)
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
                     (not (= |page.mapping(shmem)[F0]@8| #x00))
                     (= |folio.refcount[F0]@8| #x02)
                     a!7)
                (and (= rule@8 #x0a) (= migrate0.pc@8 #x05) a!8)
                (and (= rule@8 #x0b) (= migrate0.pc@8 #x06))
                (and (= rule@8 #x0c)
                     (= migrate0.pc@8 #x07)
                     (not (= migrate0.ok@8 #x00)))
                a!9
                (and (= rule@8 #x0e)
                     (= migrate0.pc@8 #x09)
                     (not (= migrate0.ok@8 #x00)))
                a!10
                (and (= rule@8 #x10)
                     (= migrate0.pc@8 #x08)
                     (bvult migrate0.pass@8 #x01))
                (and (= rule@8 #x11)
                     (= migrate0.pc@8 #x08)
                     (bvuge migrate0.pass@8 #x01))))
      (a!15 (ite (and (= rule@8 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      a!12
                      a!14)))
      (a!17 (ite (and (= rule@8 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                      a!12
                      a!16)))
      (a!20 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!19))
      (a!26 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x01))
                 (bvadd (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!25))
      (a!33 (ite (and (= rule@8 #x00) true)
                 #x00
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      a!29
                      a!32)))
      (a!35 (= |PG_lru[F1]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01)) a!29 a!34)))
      (a!39 (= |PG_anon_exclusive[F0]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00)) a!36 a!38)))
      (a!41 (= |PG_anon_exclusive[F1]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01)) a!36 a!40)))
      (a!45 (= |folio.mapping[F0]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00)) a!42 a!44)))
      (a!47 (= |folio.mapping[F1]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01)) a!42 a!46)))
      (a!51 (= |folio.index[F0]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00)) a!48 a!50)))
      (a!53 (= |folio.index[F1]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01)) a!48 a!52)))
      (a!57 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                 a!54
                 (ite (and (= rule@8 #x0b) (= migrate0.newpage@8 #x00))
                      |folio.data[F0]@8|
                      a!56)))
      (a!60 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                 a!54
                 (ite (and (= rule@8 #x0b) (= migrate0.newpage@8 #x01))
                      |folio.data[F0]@8|
                      a!59)))
      (a!65 (ite (and (= rule@8 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@8|)
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      a!62
                      a!64)))
      (a!67 (ite (and (= rule@8 #x03) (= a!3 #x01))
                 (bvsub #x01 |folio.node[F0]@8|)
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                      a!62
                      a!66)))
      (a!71 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x00))
                 |page.mapping(shmem)[F0]@8|
                 (ite (and (= rule@8 #x0b) true) #x00 a!70)))
      (a!74 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                 a!68
                 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x01))
                      |page.mapping(shmem)[F0]@8|
                      a!73)))
      (a!78 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x00))
                 |PG_swapcache[F0]@8|
                 (ite (and (= rule@8 #x0b) true) #x00 a!77)))
      (a!81 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                 a!75
                 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x01))
                      |PG_swapcache[F0]@8|
                      a!80)))
      (a!85 (ite (and (= rule@8 #x0b) (= migrate0.newpage@8 #x00))
                 |PG_dirty[F0]@8|
                 (ite (and (= rule@8 #x0b) true) #x00 a!84)))
      (a!88 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                 a!82
                 (ite (and (= rule@8 #x0b) (= migrate0.newpage@8 #x01))
                      |PG_dirty[F0]@8|
                      a!87)))
      (a!95 (ite (and (= rule@8 #x05) true)
                 #x00
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      #x00
                      a!94)))
      (a!101 (ite (and (= rule@8 #x0c) true)
                  #x09
                  (ite (and (= rule@8 #x0d) true) #x08 a!100))))
(let ((a!21 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x00))
                 (bvadd (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 (ite (and (= rule@8 #x09) true)
                      (bvsub |folio.refcount[F0]@8| #x01)
                      a!20)))
      (a!27 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!26))
      (a!58 (= |folio.data[F0]@9|
               (ite (and (= rule@8 #x03) (= a!3 #x00)) #x00 a!57)))
      (a!61 (= |folio.data[F1]@9|
               (ite (and (= rule@8 #x03) (= a!3 #x01)) #x00 a!60)))
      (a!72 (ite (and (= rule@8 #x05) true)
                 #x00
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      a!68
                      a!71)))
      (a!79 (ite (and (= rule@8 #x05) true)
                 #x01
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      a!75
                      a!78)))
      (a!86 (ite (and (= rule@8 #x05) true)
                 #x01
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      a!82
                      a!85)))
      (a!96 (ite (and (= rule@8 #x02) true)
                 #x01
                 (ite (and (= rule@8 #x03) (= a!3 #x00)) #x01 a!95)))
      (a!102 (ite (and (= rule@8 #x0a) true)
                  #x07
                  (ite (and (= rule@8 #x0b) true) #x07 a!101))))
(let ((a!22 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!21))
      (a!28 (= |folio.refcount[F1]@9|
               (ite (and (= rule@8 #x03) (= a!3 #x01)) #x01 a!27)))
      (a!103 (ite (and (= rule@8 #x08) true)
                  #x08
                  (ite (and (= rule@8 #x09) true) #x06 a!102))))
(let ((a!23 (ite (and (= rule@8 #x00) true)
                 (bvadd |folio.refcount[F0]@8| #x01)
                 (ite (and (= rule@8 #x03) (= a!3 #x00)) #x01 a!22)))
      (a!104 (ite (and (= rule@8 #x06) true)
                  #x05
                  (ite (and (= rule@8 #x07) true) #x07 a!103))))
(let ((a!105 (ite (and (= rule@8 #x04) true)
                  #x05
                  (ite (and (= rule@8 #x05) true) #x04 a!104))))
(let ((a!106 (ite (and (= rule@8 #x02) true)
                  #x02
                  (ite (and (= rule@8 #x03) true) #x03 a!105))))
(let ((a!107 (ite (and (= rule@8 #x00) true)
                  #x01
                  (ite (and (= rule@8 #x01) true) #x0a a!106))))
  (and a!11
       (= |alive[P0]@9| |alive[P0]@8|)
       (= |pte[P0][0]@9| |pte[P0][0]@8|)
       (= |pte.folio[P0][0]@9| |pte.folio[P0][0]@8|)
       (= |pte.write[P0][0]@9| |pte.write[P0][0]@8|)
       (= |expected[P0][0]@9| |expected[P0][0]@8|)
       (= |anon_vma.list[av0][0]@9| |anon_vma.list[av0][0]@8|)
       (= |anon_vma.len[av0]@9| |anon_vma.len[av0]@8|)
       (= |anon_vma.refcount[av0]@9| |anon_vma.refcount[av0]@8|)
       (= |folio.used[F0]@9| a!15)
       (= |folio.used[F1]@9| a!17)
       (= |folio.refcount[F0]@9| a!23)
       a!28
       (= |folio.mapcount[F0]@9| |folio.mapcount[F0]@8|)
       (= |folio.mapcount[F1]@9| |folio.mapcount[F1]@8|)
       (= |PG_lru[F0]@9| a!33)
       a!35
       a!39
       a!41
       a!45
       a!47
       a!51
       a!53
       a!58
       a!61
       (= |folio.node[F0]@9| a!65)
       (= |folio.node[F1]@9| a!67)
       (= |page.mapping(shmem)[F0]@9| a!72)
       (= |page.mapping(shmem)[F1]@9| a!74)
       (= |PG_swapcache[F0]@9| a!79)
       (= |PG_swapcache[F1]@9| a!81)
       (= |PG_dirty[F0]@9| a!86)
       (= |PG_dirty[F1]@9| a!88)
       (= shmem.i_pages@9 a!90)
       a!92
       (= |&mm->mmap_lock.writer[P0]@9| |&mm->mmap_lock.writer[P0]@8|)
       (= |&mm->mmap_lock.readers[P0]@9| |&mm->mmap_lock.readers[P0]@8|)
       (= |&anon_vma->rwsem.writer[av0]@9| |&anon_vma->rwsem.writer[av0]@8|)
       (= |&anon_vma->rwsem.readers[av0]@9| |&anon_vma->rwsem.readers[av0]@8|)
       (= |ptlock_ptr(page)[P0]@9| |ptlock_ptr(page)[P0]@8|)
       (= |PG_locked[F0]@9| a!96)
       (= |PG_locked[F1]@9| a!98)
       (= migrate0.pc@9 a!107)
       a!109
       (= migrate0.newpage@9 a!111)
       (= migrate0.ok@9 a!113)
       (= migrate0.mapping_is_swapper@9 a!114)
       a!115
       (bvule |alive[P0]@9| #x01)
       (bvule |pte[P0][0]@9| #x06)
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
      (a!7 (= (ite (not (= migrate0.mapping_is_swapper@9 #x00))
                   swapper_space.i_pages@9
                   shmem.i_pages@9)
              #x00))
      (a!9 (and (= rule@9 #x0d)
                (= migrate0.pc@9 #x07)
                (not (not (= migrate0.ok@9 #x00)))))
      (a!10 (and (= rule@9 #x0f)
                 (= migrate0.pc@9 #x09)
                 (not (not (= migrate0.ok@9 #x00)))))
      (a!12 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.used[F0]@9|
                      |folio.used[F1]@9|)))
      (a!13 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.used[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.used[F0]@9|)
                      |folio.used[F0]@9|)))
      (a!18 (ite (and (= rule@9 #x0e) true)
                 (bvsub |folio.refcount[F0]@9| #x01)
                 (ite (and (= rule@9 #x0f) true)
                      (bvsub |folio.refcount[F0]@9| #x01)
                      |folio.refcount[F0]@9|)))
      (a!24 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 |folio.refcount[F1]@9|))
      (a!29 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00) |PG_lru[F0]@9| |PG_lru[F1]@9|)))
      (a!30 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 #x01))
      (a!31 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |PG_lru[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01) #x00 #x01)
                      |PG_lru[F0]@9|)))
      (a!36 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |PG_anon_exclusive[F0]@9|
                      |PG_anon_exclusive[F1]@9|)))
      (a!37 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@9|)
                      |PG_anon_exclusive[F0]@9|)))
      (a!42 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.mapping[F0]@9|
                      |folio.mapping[F1]@9|)))
      (a!43 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01)
                      #x01
                      |folio.mapping[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x01
                           |folio.mapping[F0]@9|)
                      |folio.mapping[F0]@9|)))
      (a!48 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.index[F0]@9|
                      |folio.index[F1]@9|)))
      (a!49 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.index[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.index[F0]@9|)
                      |folio.index[F0]@9|)))
      (a!54 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.data[F0]@9|
                      |folio.data[F1]@9|)))
      (a!55 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.data[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.data[F0]@9|)
                      |folio.data[F0]@9|)))
      (a!62 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.node[F0]@9|
                      |folio.node[F1]@9|)))
      (a!63 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.node[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.node[F0]@9|)
                      |folio.node[F0]@9|)))
      (a!68 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |page.mapping(shmem)[F0]@9|
                      |page.mapping(shmem)[F1]@9|)))
      (a!69 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@9|)
                      |page.mapping(shmem)[F0]@9|)))
      (a!75 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |PG_swapcache[F0]@9|
                      |PG_swapcache[F1]@9|)))
      (a!76 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |PG_swapcache[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |PG_swapcache[F0]@9|)
                      |PG_swapcache[F0]@9|)))
      (a!82 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |PG_dirty[F0]@9|
                      |PG_dirty[F1]@9|)))
      (a!83 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |PG_dirty[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |PG_dirty[F0]@9|)
                      |PG_dirty[F0]@9|)))
      (a!89 (ite (not (not (= migrate0.mapping_is_swapper@9 #x00)))
                 migrate0.newpage@9
                 shmem.i_pages@9))
      (a!91 (ite (and (= rule@9 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@9 #x00))
                      migrate0.newpage@9
                      swapper_space.i_pages@9)
                 swapper_space.i_pages@9))
      (a!93 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 #x00
                 (ite (and (= rule@9 #x0d) true) #x00 |PG_locked[F0]@9|)))
      (a!97 (ite (and (= rule@9 #x0c) (= migrate0.newpage@9 #x01))
                 #x00
                 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                      #x00
                      |PG_locked[F1]@9|)))
      (a!99 (ite (and (= rule@9 #x10) true)
                 #x01
                 (ite (and (= rule@9 #x11) true) #x09 migrate0.pc@9)))
      (a!108 (ite (and (= rule@9 #x0e) true)
                  #x00
                  (ite (and (= rule@9 #x0f) true) #x00 migrate0.isolated@9)))
      (a!110 (ite (and (= rule@9 #x0d) true)
                  #x02
                  (ite (and (= rule@9 #x0e) true) #x02 migrate0.newpage@9)))
      (a!112 (ite (and (= rule@9 #x0b) true)
                  #x01
                  (ite (and (= rule@9 #x11) true) #x00 migrate0.ok@9)))
      (a!114 (ite (and (= rule@9 #x04) true)
                  |PG_swapcache[F0]@9|
                  (ite (and (= rule@9 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@9)))
      (a!115 (= migrate0.pass@10
                (ite (and (= rule@9 #x10) true)
                     (bvadd migrate0.pass@9 #x01)
                     migrate0.pass@9))))
(let ((a!4 (and (= rule@9 #x03)
                (= migrate0.pc@9 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@9| |PG_locked[F1]@9|) #x00)))
      (a!8 (not (and (not (= |page.mapping(shmem)[F0]@9| #x00))
                     (= |folio.refcount[F0]@9| #x02)
                     a!7)))
      (a!14 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!12
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!12
                      a!13)))
      (a!16 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!12
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!12
                      |folio.used[F1]@9|)))
      (a!19 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!18))
      (a!25 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!24))
      (a!32 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!29
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!30
                      a!31)))
      (a!34 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!29
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!30
                      |PG_lru[F1]@9|)))
      (a!38 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!36
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!36
                      a!37)))
      (a!40 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!36
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!36
                      |PG_anon_exclusive[F1]@9|)))
      (a!44 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!42
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!42
                      a!43)))
      (a!46 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!42
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!42
                      |folio.mapping[F1]@9|)))
      (a!50 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!48
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!48
                      a!49)))
      (a!52 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!48
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!48
                      |folio.index[F1]@9|)))
      (a!56 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!54
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!54
                      a!55)))
      (a!59 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!54
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!54
                      |folio.data[F1]@9|)))
      (a!64 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!62
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!62
                      a!63)))
      (a!66 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!62
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!62
                      |folio.node[F1]@9|)))
      (a!70 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!68
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!68
                      a!69)))
      (a!73 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!68
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!68
                      |page.mapping(shmem)[F1]@9|)))
      (a!77 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!75
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!75
                      a!76)))
      (a!80 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!75
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!75
                      |PG_swapcache[F1]@9|)))
      (a!84 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!82
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!82
                      a!83)))
      (a!87 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!82
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!82
                      |PG_dirty[F1]@9|)))
      (a!90 (ite (and (= rule@9 #x05) true)
                 #x02
                 (ite (and (= rule@9 #x09) true) a!89 shmem.i_pages@9)))
      (a!92 (= swapper_space.i_pages@10
               (ite (and (= rule@9 #x05) true) #x00 a!91)))
      (a!94 (ite (and (= rule@9 #x0c) (= migrate0.newpage@9 #x00))
                 #x00
                 (ite (and (= rule@9 #x0c) true) #x00 a!93)))
      (a!98 (ite (and (= rule@9 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                      #x00
                      a!97)))
      (a!100 (ite (and (= rule@9 #x0e) true)
                  #x0a
                  (ite (and (= rule@9 #x0f) true) #x0a a!99)))
      (a!109 (= migrate0.isolated@10
                (ite (and (= rule@9 #x00) true) #x01 a!108)))
      (a!111 (ite (and (= rule@9 #x03) true)
                  a!3
                  (ite (and (= rule@9 #x08) true) #x02 a!110)))
      (a!113 (ite (and (= rule@9 #x07) true)
                  #x00
                  (ite (and (= rule@9 #x0a) true) #x00 a!112))))
(let ((a!11 (or (and (= rule@9 #x00)
                     (= migrate0.pc@9 #x00)
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
                     (not (= |page.mapping(shmem)[F0]@9| #x00))
                     (= |folio.refcount[F0]@9| #x02)
                     a!7)
                (and (= rule@9 #x0a) (= migrate0.pc@9 #x05) a!8)
                (and (= rule@9 #x0b) (= migrate0.pc@9 #x06))
                (and (= rule@9 #x0c)
                     (= migrate0.pc@9 #x07)
                     (not (= migrate0.ok@9 #x00)))
                a!9
                (and (= rule@9 #x0e)
                     (= migrate0.pc@9 #x09)
                     (not (= migrate0.ok@9 #x00)))
                a!10
                (and (= rule@9 #x10)
                     (= migrate0.pc@9 #x08)
                     (bvult migrate0.pass@9 #x01))
                (and (= rule@9 #x11)
                     (= migrate0.pc@9 #x08)
                     (bvuge migrate0.pass@9 #x01))))
      (a!15 (ite (and (= rule@9 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      a!12
                      a!14)))
      (a!17 (ite (and (= rule@9 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                      a!12
                      a!16)))
      (a!20 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!19))
      (a!26 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x01))
                 (bvadd (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!25))
      (a!33 (ite (and (= rule@9 #x00) true)
                 #x00
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      a!29
                      a!32)))
      (a!35 (= |PG_lru[F1]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01)) a!29 a!34)))
      (a!39 (= |PG_anon_exclusive[F0]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00)) a!36 a!38)))
      (a!41 (= |PG_anon_exclusive[F1]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01)) a!36 a!40)))
      (a!45 (= |folio.mapping[F0]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00)) a!42 a!44)))
      (a!47 (= |folio.mapping[F1]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01)) a!42 a!46)))
      (a!51 (= |folio.index[F0]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00)) a!48 a!50)))
      (a!53 (= |folio.index[F1]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01)) a!48 a!52)))
      (a!57 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                 a!54
                 (ite (and (= rule@9 #x0b) (= migrate0.newpage@9 #x00))
                      |folio.data[F0]@9|
                      a!56)))
      (a!60 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                 a!54
                 (ite (and (= rule@9 #x0b) (= migrate0.newpage@9 #x01))
                      |folio.data[F0]@9|
                      a!59)))
      (a!65 (ite (and (= rule@9 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@9|)
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      a!62
                      a!64)))
      (a!67 (ite (and (= rule@9 #x03) (= a!3 #x01))
                 (bvsub #x01 |folio.node[F0]@9|)
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                      a!62
                      a!66)))
      (a!71 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x00))
                 |page.mapping(shmem)[F0]@9|
                 (ite (and (= rule@9 #x0b) true) #x00 a!70)))
      (a!74 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                 a!68
                 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x01))
                      |page.mapping(shmem)[F0]@9|
                      a!73)))
      (a!78 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x00))
                 |PG_swapcache[F0]@9|
                 (ite (and (= rule@9 #x0b) true) #x00 a!77)))
      (a!81 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                 a!75
                 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x01))
                      |PG_swapcache[F0]@9|
                      a!80)))
      (a!85 (ite (and (= rule@9 #x0b) (= migrate0.newpage@9 #x00))
                 |PG_dirty[F0]@9|
                 (ite (and (= rule@9 #x0b) true) #x00 a!84)))
      (a!88 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                 a!82
                 (ite (and (= rule@9 #x0b) (= migrate0.newpage@9 #x01))
                      |PG_dirty[F0]@9|
                      a!87)))
      (a!95 (ite (and (= rule@9 #x05) true)
                 #x00
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      #x00
                      a!94)))
      (a!101 (ite (and (= rule@9 #x0c) true)
                  #x09
                  (ite (and (= rule@9 #x0d) true) #x08 a!100))))
(let ((a!21 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x00))
                 (bvadd (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 (ite (and (= rule@9 #x09) true)
                      (bvsub |folio.refcount[F0]@9| #x01)
                      a!20)))
      (a!27 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!26))
      (a!58 (= |folio.data[F0]@10|
               (ite (and (= rule@9 #x03) (= a!3 #x00)) #x00 a!57)))
      (a!61 (= |folio.data[F1]@10|
               (ite (and (= rule@9 #x03) (= a!3 #x01)) #x00 a!60)))
      (a!72 (ite (and (= rule@9 #x05) true)
                 #x00
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      a!68
                      a!71)))
      (a!79 (ite (and (= rule@9 #x05) true)
                 #x01
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      a!75
                      a!78)))
      (a!86 (ite (and (= rule@9 #x05) true)
                 #x01
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      a!82
                      a!85)))
      (a!96 (ite (and (= rule@9 #x02) true)
                 #x01
                 (ite (and (= rule@9 #x03) (= a!3 #x00)) #x01 a!95)))
      (a!102 (ite (and (= rule@9 #x0a) true)
                  #x07
                  (ite (and (= rule@9 #x0b) true) #x07 a!101))))
(let ((a!22 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!21))
      (a!28 (= |folio.refcount[F1]@10|
               (ite (and (= rule@9 #x03) (= a!3 #x01)) #x01 a!27)))
      (a!103 (ite (and (= rule@9 #x08) true)
                  #x08
                  (ite (and (= rule@9 #x09) true) #x06 a!102))))
(let ((a!23 (ite (and (= rule@9 #x00) true)
                 (bvadd |folio.refcount[F0]@9| #x01)
                 (ite (and (= rule@9 #x03) (= a!3 #x00)) #x01 a!22)))
      (a!104 (ite (and (= rule@9 #x06) true)
                  #x05
                  (ite (and (= rule@9 #x07) true) #x07 a!103))))
(let ((a!105 (ite (and (= rule@9 #x04) true)
                  #x05
                  (ite (and (= rule@9 #x05) true) #x04 a!104))))
(let ((a!106 (ite (and (= rule@9 #x02) true)
                  #x02
                  (ite (and (= rule@9 #x03) true) #x03 a!105))))
(let ((a!107 (ite (and (= rule@9 #x00) true)
                  #x01
                  (ite (and (= rule@9 #x01) true) #x0a a!106))))
  (and a!11
       (= |alive[P0]@10| |alive[P0]@9|)
       (= |pte[P0][0]@10| |pte[P0][0]@9|)
       (= |pte.folio[P0][0]@10| |pte.folio[P0][0]@9|)
       (= |pte.write[P0][0]@10| |pte.write[P0][0]@9|)
       (= |expected[P0][0]@10| |expected[P0][0]@9|)
       (= |anon_vma.list[av0][0]@10| |anon_vma.list[av0][0]@9|)
       (= |anon_vma.len[av0]@10| |anon_vma.len[av0]@9|)
       (= |anon_vma.refcount[av0]@10| |anon_vma.refcount[av0]@9|)
       (= |folio.used[F0]@10| a!15)
       (= |folio.used[F1]@10| a!17)
       (= |folio.refcount[F0]@10| a!23)
       a!28
       (= |folio.mapcount[F0]@10| |folio.mapcount[F0]@9|)
       (= |folio.mapcount[F1]@10| |folio.mapcount[F1]@9|)
       (= |PG_lru[F0]@10| a!33)
       a!35
       a!39
       a!41
       a!45
       a!47
       a!51
       a!53
       a!58
       a!61
       (= |folio.node[F0]@10| a!65)
       (= |folio.node[F1]@10| a!67)
       (= |page.mapping(shmem)[F0]@10| a!72)
       (= |page.mapping(shmem)[F1]@10| a!74)
       (= |PG_swapcache[F0]@10| a!79)
       (= |PG_swapcache[F1]@10| a!81)
       (= |PG_dirty[F0]@10| a!86)
       (= |PG_dirty[F1]@10| a!88)
       (= shmem.i_pages@10 a!90)
       a!92
       (= |&mm->mmap_lock.writer[P0]@10| |&mm->mmap_lock.writer[P0]@9|)
       (= |&mm->mmap_lock.readers[P0]@10| |&mm->mmap_lock.readers[P0]@9|)
       (= |&anon_vma->rwsem.writer[av0]@10| |&anon_vma->rwsem.writer[av0]@9|)
       (= |&anon_vma->rwsem.readers[av0]@10| |&anon_vma->rwsem.readers[av0]@9|)
       (= |ptlock_ptr(page)[P0]@10| |ptlock_ptr(page)[P0]@9|)
       (= |PG_locked[F0]@10| a!96)
       (= |PG_locked[F1]@10| a!98)
       (= migrate0.pc@10 a!107)
       a!109
       (= migrate0.newpage@10 a!111)
       (= migrate0.ok@10 a!113)
       (= migrate0.mapping_is_swapper@10 a!114)
       a!115
       (bvule |alive[P0]@10| #x01)
       (bvule |pte[P0][0]@10| #x06)
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
      (a!7 (= (ite (not (= migrate0.mapping_is_swapper@10 #x00))
                   swapper_space.i_pages@10
                   shmem.i_pages@10)
              #x00))
      (a!9 (and (= rule@10 #x0d)
                (= migrate0.pc@10 #x07)
                (not (not (= migrate0.ok@10 #x00)))))
      (a!10 (and (= rule@10 #x0f)
                 (= migrate0.pc@10 #x09)
                 (not (not (= migrate0.ok@10 #x00)))))
      (a!12 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.used[F0]@10|
                      |folio.used[F1]@10|)))
      (a!13 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |folio.used[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.used[F0]@10|)
                      |folio.used[F0]@10|)))
      (a!18 (ite (and (= rule@10 #x0e) true)
                 (bvsub |folio.refcount[F0]@10| #x01)
                 (ite (and (= rule@10 #x0f) true)
                      (bvsub |folio.refcount[F0]@10| #x01)
                      |folio.refcount[F0]@10|)))
      (a!24 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 |folio.refcount[F1]@10|))
      (a!29 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |PG_lru[F0]@10|
                      |PG_lru[F1]@10|)))
      (a!30 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 #x01))
      (a!31 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |PG_lru[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01) #x00 #x01)
                      |PG_lru[F0]@10|)))
      (a!36 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |PG_anon_exclusive[F0]@10|
                      |PG_anon_exclusive[F1]@10|)))
      (a!37 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@10|)
                      |PG_anon_exclusive[F0]@10|)))
      (a!42 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.mapping[F0]@10|
                      |folio.mapping[F1]@10|)))
      (a!43 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x01
                      |folio.mapping[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x01
                           |folio.mapping[F0]@10|)
                      |folio.mapping[F0]@10|)))
      (a!48 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.index[F0]@10|
                      |folio.index[F1]@10|)))
      (a!49 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x00
                      |folio.index[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.index[F0]@10|)
                      |folio.index[F0]@10|)))
      (a!54 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.data[F0]@10|
                      |folio.data[F1]@10|)))
      (a!55 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |folio.data[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.data[F0]@10|)
                      |folio.data[F0]@10|)))
      (a!62 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.node[F0]@10|
                      |folio.node[F1]@10|)))
      (a!63 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |folio.node[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.node[F0]@10|)
                      |folio.node[F0]@10|)))
      (a!68 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |page.mapping(shmem)[F0]@10|
                      |page.mapping(shmem)[F1]@10|)))
      (a!69 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@10|)
                      |page.mapping(shmem)[F0]@10|)))
      (a!75 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |PG_swapcache[F0]@10|
                      |PG_swapcache[F1]@10|)))
      (a!76 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x00
                      |PG_swapcache[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |PG_swapcache[F0]@10|)
                      |PG_swapcache[F0]@10|)))
      (a!82 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |PG_dirty[F0]@10|
                      |PG_dirty[F1]@10|)))
      (a!83 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |PG_dirty[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |PG_dirty[F0]@10|)
                      |PG_dirty[F0]@10|)))
      (a!89 (ite (not (not (= migrate0.mapping_is_swapper@10 #x00)))
                 migrate0.newpage@10
                 shmem.i_pages@10))
      (a!91 (ite (and (= rule@10 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@10 #x00))
                      migrate0.newpage@10
                      swapper_space.i_pages@10)
                 swapper_space.i_pages@10))
      (a!93 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 #x00
                 (ite (and (= rule@10 #x0d) true) #x00 |PG_locked[F0]@10|)))
      (a!97 (ite (and (= rule@10 #x0c) (= migrate0.newpage@10 #x01))
                 #x00
                 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                      #x00
                      |PG_locked[F1]@10|)))
      (a!99 (ite (and (= rule@10 #x10) true)
                 #x01
                 (ite (and (= rule@10 #x11) true) #x09 migrate0.pc@10)))
      (a!108 (ite (and (= rule@10 #x0e) true)
                  #x00
                  (ite (and (= rule@10 #x0f) true) #x00 migrate0.isolated@10)))
      (a!110 (ite (and (= rule@10 #x0d) true)
                  #x02
                  (ite (and (= rule@10 #x0e) true) #x02 migrate0.newpage@10)))
      (a!112 (ite (and (= rule@10 #x0b) true)
                  #x01
                  (ite (and (= rule@10 #x11) true) #x00 migrate0.ok@10)))
      (a!114 (ite (and (= rule@10 #x04) true)
                  |PG_swapcache[F0]@10|
                  (ite (and (= rule@10 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@10)))
      (a!115 (= migrate0.pass@11
                (ite (and (= rule@10 #x10) true)
                     (bvadd migrate0.pass@10 #x01)
                     migrate0.pass@10))))
(let ((a!4 (and (= rule@10 #x03)
                (= migrate0.pc@10 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@10| |PG_locked[F1]@10|)
                   #x00)))
      (a!8 (not (and (not (= |page.mapping(shmem)[F0]@10| #x00))
                     (= |folio.refcount[F0]@10| #x02)
                     a!7)))
      (a!14 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!12
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!12
                      a!13)))
      (a!16 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!12
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!12
                      |folio.used[F1]@10|)))
      (a!19 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!18))
      (a!25 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!24))
      (a!32 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!29
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!30
                      a!31)))
      (a!34 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!29
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!30
                      |PG_lru[F1]@10|)))
      (a!38 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!36
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!36
                      a!37)))
      (a!40 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!36
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!36
                      |PG_anon_exclusive[F1]@10|)))
      (a!44 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!42
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!42
                      a!43)))
      (a!46 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!42
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!42
                      |folio.mapping[F1]@10|)))
      (a!50 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!48
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!48
                      a!49)))
      (a!52 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!48
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!48
                      |folio.index[F1]@10|)))
      (a!56 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!54
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!54
                      a!55)))
      (a!59 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!54
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!54
                      |folio.data[F1]@10|)))
      (a!64 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!62
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!62
                      a!63)))
      (a!66 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!62
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!62
                      |folio.node[F1]@10|)))
      (a!70 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!68
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!68
                      a!69)))
      (a!73 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!68
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!68
                      |page.mapping(shmem)[F1]@10|)))
      (a!77 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!75
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!75
                      a!76)))
      (a!80 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!75
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!75
                      |PG_swapcache[F1]@10|)))
      (a!84 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!82
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!82
                      a!83)))
      (a!87 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!82
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!82
                      |PG_dirty[F1]@10|)))
      (a!90 (ite (and (= rule@10 #x05) true)
                 #x02
                 (ite (and (= rule@10 #x09) true) a!89 shmem.i_pages@10)))
      (a!92 (= swapper_space.i_pages@11
               (ite (and (= rule@10 #x05) true) #x00 a!91)))
      (a!94 (ite (and (= rule@10 #x0c) (= migrate0.newpage@10 #x00))
                 #x00
                 (ite (and (= rule@10 #x0c) true) #x00 a!93)))
      (a!98 (ite (and (= rule@10 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                      #x00
                      a!97)))
      (a!100 (ite (and (= rule@10 #x0e) true)
                  #x0a
                  (ite (and (= rule@10 #x0f) true) #x0a a!99)))
      (a!109 (= migrate0.isolated@11
                (ite (and (= rule@10 #x00) true) #x01 a!108)))
      (a!111 (ite (and (= rule@10 #x03) true)
                  a!3
                  (ite (and (= rule@10 #x08) true) #x02 a!110)))
      (a!113 (ite (and (= rule@10 #x07) true)
                  #x00
                  (ite (and (= rule@10 #x0a) true) #x00 a!112))))
(let ((a!11 (or (and (= rule@10 #x00)
                     (= migrate0.pc@10 #x00)
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
                     (not (= |page.mapping(shmem)[F0]@10| #x00))
                     (= |folio.refcount[F0]@10| #x02)
                     a!7)
                (and (= rule@10 #x0a) (= migrate0.pc@10 #x05) a!8)
                (and (= rule@10 #x0b) (= migrate0.pc@10 #x06))
                (and (= rule@10 #x0c)
                     (= migrate0.pc@10 #x07)
                     (not (= migrate0.ok@10 #x00)))
                a!9
                (and (= rule@10 #x0e)
                     (= migrate0.pc@10 #x09)
                     (not (= migrate0.ok@10 #x00)))
                a!10
                (and (= rule@10 #x10)
                     (= migrate0.pc@10 #x08)
                     (bvult migrate0.pass@10 #x01))
                (and (= rule@10 #x11)
                     (= migrate0.pc@10 #x08)
                     (bvuge migrate0.pass@10 #x01))))
      (a!15 (ite (and (= rule@10 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      a!12
                      a!14)))
      (a!17 (ite (and (= rule@10 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                      a!12
                      a!16)))
      (a!20 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!19))
      (a!26 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x01))
                 (bvadd (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!25))
      (a!33 (ite (and (= rule@10 #x00) true)
                 #x00
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      a!29
                      a!32)))
      (a!35 (= |PG_lru[F1]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                    a!29
                    a!34)))
      (a!39 (= |PG_anon_exclusive[F0]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                    a!36
                    a!38)))
      (a!41 (= |PG_anon_exclusive[F1]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                    a!36
                    a!40)))
      (a!45 (= |folio.mapping[F0]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                    a!42
                    a!44)))
      (a!47 (= |folio.mapping[F1]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                    a!42
                    a!46)))
      (a!51 (= |folio.index[F0]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                    a!48
                    a!50)))
      (a!53 (= |folio.index[F1]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                    a!48
                    a!52)))
      (a!57 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                 a!54
                 (ite (and (= rule@10 #x0b) (= migrate0.newpage@10 #x00))
                      |folio.data[F0]@10|
                      a!56)))
      (a!60 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                 a!54
                 (ite (and (= rule@10 #x0b) (= migrate0.newpage@10 #x01))
                      |folio.data[F0]@10|
                      a!59)))
      (a!65 (ite (and (= rule@10 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@10|)
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      a!62
                      a!64)))
      (a!67 (ite (and (= rule@10 #x03) (= a!3 #x01))
                 (bvsub #x01 |folio.node[F0]@10|)
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                      a!62
                      a!66)))
      (a!71 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x00))
                 |page.mapping(shmem)[F0]@10|
                 (ite (and (= rule@10 #x0b) true) #x00 a!70)))
      (a!74 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                 a!68
                 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x01))
                      |page.mapping(shmem)[F0]@10|
                      a!73)))
      (a!78 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x00))
                 |PG_swapcache[F0]@10|
                 (ite (and (= rule@10 #x0b) true) #x00 a!77)))
      (a!81 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                 a!75
                 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x01))
                      |PG_swapcache[F0]@10|
                      a!80)))
      (a!85 (ite (and (= rule@10 #x0b) (= migrate0.newpage@10 #x00))
                 |PG_dirty[F0]@10|
                 (ite (and (= rule@10 #x0b) true) #x00 a!84)))
      (a!88 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                 a!82
                 (ite (and (= rule@10 #x0b) (= migrate0.newpage@10 #x01))
                      |PG_dirty[F0]@10|
                      a!87)))
      (a!95 (ite (and (= rule@10 #x05) true)
                 #x00
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      #x00
                      a!94)))
      (a!101 (ite (and (= rule@10 #x0c) true)
                  #x09
                  (ite (and (= rule@10 #x0d) true) #x08 a!100))))
(let ((a!21 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x00))
                 (bvadd (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 (ite (and (= rule@10 #x09) true)
                      (bvsub |folio.refcount[F0]@10| #x01)
                      a!20)))
      (a!27 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!26))
      (a!58 (= |folio.data[F0]@11|
               (ite (and (= rule@10 #x03) (= a!3 #x00)) #x00 a!57)))
      (a!61 (= |folio.data[F1]@11|
               (ite (and (= rule@10 #x03) (= a!3 #x01)) #x00 a!60)))
      (a!72 (ite (and (= rule@10 #x05) true)
                 #x00
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      a!68
                      a!71)))
      (a!79 (ite (and (= rule@10 #x05) true)
                 #x01
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      a!75
                      a!78)))
      (a!86 (ite (and (= rule@10 #x05) true)
                 #x01
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      a!82
                      a!85)))
      (a!96 (ite (and (= rule@10 #x02) true)
                 #x01
                 (ite (and (= rule@10 #x03) (= a!3 #x00)) #x01 a!95)))
      (a!102 (ite (and (= rule@10 #x0a) true)
                  #x07
                  (ite (and (= rule@10 #x0b) true) #x07 a!101))))
(let ((a!22 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!21))
      (a!28 (= |folio.refcount[F1]@11|
               (ite (and (= rule@10 #x03) (= a!3 #x01)) #x01 a!27)))
      (a!103 (ite (and (= rule@10 #x08) true)
                  #x08
                  (ite (and (= rule@10 #x09) true) #x06 a!102))))
(let ((a!23 (ite (and (= rule@10 #x00) true)
                 (bvadd |folio.refcount[F0]@10| #x01)
                 (ite (and (= rule@10 #x03) (= a!3 #x00)) #x01 a!22)))
      (a!104 (ite (and (= rule@10 #x06) true)
                  #x05
                  (ite (and (= rule@10 #x07) true) #x07 a!103))))
(let ((a!105 (ite (and (= rule@10 #x04) true)
                  #x05
                  (ite (and (= rule@10 #x05) true) #x04 a!104))))
(let ((a!106 (ite (and (= rule@10 #x02) true)
                  #x02
                  (ite (and (= rule@10 #x03) true) #x03 a!105))))
(let ((a!107 (ite (and (= rule@10 #x00) true)
                  #x01
                  (ite (and (= rule@10 #x01) true) #x0a a!106))))
  (and a!11
       (= |alive[P0]@11| |alive[P0]@10|)
       (= |pte[P0][0]@11| |pte[P0][0]@10|)
       (= |pte.folio[P0][0]@11| |pte.folio[P0][0]@10|)
       (= |pte.write[P0][0]@11| |pte.write[P0][0]@10|)
       (= |expected[P0][0]@11| |expected[P0][0]@10|)
       (= |anon_vma.list[av0][0]@11| |anon_vma.list[av0][0]@10|)
       (= |anon_vma.len[av0]@11| |anon_vma.len[av0]@10|)
       (= |anon_vma.refcount[av0]@11| |anon_vma.refcount[av0]@10|)
       (= |folio.used[F0]@11| a!15)
       (= |folio.used[F1]@11| a!17)
       (= |folio.refcount[F0]@11| a!23)
       a!28
       (= |folio.mapcount[F0]@11| |folio.mapcount[F0]@10|)
       (= |folio.mapcount[F1]@11| |folio.mapcount[F1]@10|)
       (= |PG_lru[F0]@11| a!33)
       a!35
       a!39
       a!41
       a!45
       a!47
       a!51
       a!53
       a!58
       a!61
       (= |folio.node[F0]@11| a!65)
       (= |folio.node[F1]@11| a!67)
       (= |page.mapping(shmem)[F0]@11| a!72)
       (= |page.mapping(shmem)[F1]@11| a!74)
       (= |PG_swapcache[F0]@11| a!79)
       (= |PG_swapcache[F1]@11| a!81)
       (= |PG_dirty[F0]@11| a!86)
       (= |PG_dirty[F1]@11| a!88)
       (= shmem.i_pages@11 a!90)
       a!92
       (= |&mm->mmap_lock.writer[P0]@11| |&mm->mmap_lock.writer[P0]@10|)
       (= |&mm->mmap_lock.readers[P0]@11| |&mm->mmap_lock.readers[P0]@10|)
       (= |&anon_vma->rwsem.writer[av0]@11| |&anon_vma->rwsem.writer[av0]@10|)
       (= |&anon_vma->rwsem.readers[av0]@11| |&anon_vma->rwsem.readers[av0]@10|)
       (= |ptlock_ptr(page)[P0]@11| |ptlock_ptr(page)[P0]@10|)
       (= |PG_locked[F0]@11| a!96)
       (= |PG_locked[F1]@11| a!98)
       (= migrate0.pc@11 a!107)
       a!109
       (= migrate0.newpage@11 a!111)
       (= migrate0.ok@11 a!113)
       (= migrate0.mapping_is_swapper@11 a!114)
       a!115
       (bvule |alive[P0]@11| #x01)
       (bvule |pte[P0][0]@11| #x06)
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
      (a!7 (= (ite (not (= migrate0.mapping_is_swapper@11 #x00))
                   swapper_space.i_pages@11
                   shmem.i_pages@11)
              #x00))
      (a!9 (and (= rule@11 #x0d)
                (= migrate0.pc@11 #x07)
                (not (not (= migrate0.ok@11 #x00)))))
      (a!10 (and (= rule@11 #x0f)
                 (= migrate0.pc@11 #x09)
                 (not (not (= migrate0.ok@11 #x00)))))
      (a!12 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.used[F0]@11|
                      |folio.used[F1]@11|)))
      (a!13 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |folio.used[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.used[F0]@11|)
                      |folio.used[F0]@11|)))
      (a!18 (ite (and (= rule@11 #x0e) true)
                 (bvsub |folio.refcount[F0]@11| #x01)
                 (ite (and (= rule@11 #x0f) true)
                      (bvsub |folio.refcount[F0]@11| #x01)
                      |folio.refcount[F0]@11|)))
      (a!24 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 |folio.refcount[F1]@11|))
      (a!29 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |PG_lru[F0]@11|
                      |PG_lru[F1]@11|)))
      (a!30 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 #x01))
      (a!31 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |PG_lru[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01) #x00 #x01)
                      |PG_lru[F0]@11|)))
      (a!36 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |PG_anon_exclusive[F0]@11|
                      |PG_anon_exclusive[F1]@11|)))
      (a!37 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@11|)
                      |PG_anon_exclusive[F0]@11|)))
      (a!42 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.mapping[F0]@11|
                      |folio.mapping[F1]@11|)))
      (a!43 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x01
                      |folio.mapping[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x01
                           |folio.mapping[F0]@11|)
                      |folio.mapping[F0]@11|)))
      (a!48 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.index[F0]@11|
                      |folio.index[F1]@11|)))
      (a!49 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x00
                      |folio.index[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.index[F0]@11|)
                      |folio.index[F0]@11|)))
      (a!54 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.data[F0]@11|
                      |folio.data[F1]@11|)))
      (a!55 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |folio.data[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.data[F0]@11|)
                      |folio.data[F0]@11|)))
      (a!62 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.node[F0]@11|
                      |folio.node[F1]@11|)))
      (a!63 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |folio.node[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.node[F0]@11|)
                      |folio.node[F0]@11|)))
      (a!68 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |page.mapping(shmem)[F0]@11|
                      |page.mapping(shmem)[F1]@11|)))
      (a!69 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@11|)
                      |page.mapping(shmem)[F0]@11|)))
      (a!75 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |PG_swapcache[F0]@11|
                      |PG_swapcache[F1]@11|)))
      (a!76 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x00
                      |PG_swapcache[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |PG_swapcache[F0]@11|)
                      |PG_swapcache[F0]@11|)))
      (a!82 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |PG_dirty[F0]@11|
                      |PG_dirty[F1]@11|)))
      (a!83 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |PG_dirty[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |PG_dirty[F0]@11|)
                      |PG_dirty[F0]@11|)))
      (a!89 (ite (not (not (= migrate0.mapping_is_swapper@11 #x00)))
                 migrate0.newpage@11
                 shmem.i_pages@11))
      (a!91 (ite (and (= rule@11 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@11 #x00))
                      migrate0.newpage@11
                      swapper_space.i_pages@11)
                 swapper_space.i_pages@11))
      (a!93 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 #x00
                 (ite (and (= rule@11 #x0d) true) #x00 |PG_locked[F0]@11|)))
      (a!97 (ite (and (= rule@11 #x0c) (= migrate0.newpage@11 #x01))
                 #x00
                 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                      #x00
                      |PG_locked[F1]@11|)))
      (a!99 (ite (and (= rule@11 #x10) true)
                 #x01
                 (ite (and (= rule@11 #x11) true) #x09 migrate0.pc@11)))
      (a!108 (ite (and (= rule@11 #x0e) true)
                  #x00
                  (ite (and (= rule@11 #x0f) true) #x00 migrate0.isolated@11)))
      (a!110 (ite (and (= rule@11 #x0d) true)
                  #x02
                  (ite (and (= rule@11 #x0e) true) #x02 migrate0.newpage@11)))
      (a!112 (ite (and (= rule@11 #x0b) true)
                  #x01
                  (ite (and (= rule@11 #x11) true) #x00 migrate0.ok@11)))
      (a!114 (ite (and (= rule@11 #x04) true)
                  |PG_swapcache[F0]@11|
                  (ite (and (= rule@11 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@11)))
      (a!115 (= migrate0.pass@12
                (ite (and (= rule@11 #x10) true)
                     (bvadd migrate0.pass@11 #x01)
                     migrate0.pass@11))))
(let ((a!4 (and (= rule@11 #x03)
                (= migrate0.pc@11 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@11| |PG_locked[F1]@11|)
                   #x00)))
      (a!8 (not (and (not (= |page.mapping(shmem)[F0]@11| #x00))
                     (= |folio.refcount[F0]@11| #x02)
                     a!7)))
      (a!14 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!12
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!12
                      a!13)))
      (a!16 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!12
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!12
                      |folio.used[F1]@11|)))
      (a!19 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!18))
      (a!25 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!24))
      (a!32 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!29
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!30
                      a!31)))
      (a!34 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!29
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!30
                      |PG_lru[F1]@11|)))
      (a!38 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!36
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!36
                      a!37)))
      (a!40 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!36
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!36
                      |PG_anon_exclusive[F1]@11|)))
      (a!44 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!42
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!42
                      a!43)))
      (a!46 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!42
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!42
                      |folio.mapping[F1]@11|)))
      (a!50 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!48
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!48
                      a!49)))
      (a!52 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!48
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!48
                      |folio.index[F1]@11|)))
      (a!56 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!54
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!54
                      a!55)))
      (a!59 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!54
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!54
                      |folio.data[F1]@11|)))
      (a!64 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!62
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!62
                      a!63)))
      (a!66 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!62
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!62
                      |folio.node[F1]@11|)))
      (a!70 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!68
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!68
                      a!69)))
      (a!73 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!68
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!68
                      |page.mapping(shmem)[F1]@11|)))
      (a!77 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!75
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!75
                      a!76)))
      (a!80 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!75
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!75
                      |PG_swapcache[F1]@11|)))
      (a!84 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!82
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!82
                      a!83)))
      (a!87 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!82
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!82
                      |PG_dirty[F1]@11|)))
      (a!90 (ite (and (= rule@11 #x05) true)
                 #x02
                 (ite (and (= rule@11 #x09) true) a!89 shmem.i_pages@11)))
      (a!92 (= swapper_space.i_pages@12
               (ite (and (= rule@11 #x05) true) #x00 a!91)))
      (a!94 (ite (and (= rule@11 #x0c) (= migrate0.newpage@11 #x00))
                 #x00
                 (ite (and (= rule@11 #x0c) true) #x00 a!93)))
      (a!98 (ite (and (= rule@11 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                      #x00
                      a!97)))
      (a!100 (ite (and (= rule@11 #x0e) true)
                  #x0a
                  (ite (and (= rule@11 #x0f) true) #x0a a!99)))
      (a!109 (= migrate0.isolated@12
                (ite (and (= rule@11 #x00) true) #x01 a!108)))
      (a!111 (ite (and (= rule@11 #x03) true)
                  a!3
                  (ite (and (= rule@11 #x08) true) #x02 a!110)))
      (a!113 (ite (and (= rule@11 #x07) true)
                  #x00
                  (ite (and (= rule@11 #x0a) true) #x00 a!112))))
(let ((a!11 (or (and (= rule@11 #x00)
                     (= migrate0.pc@11 #x00)
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
                     (not (= |page.mapping(shmem)[F0]@11| #x00))
                     (= |folio.refcount[F0]@11| #x02)
                     a!7)
                (and (= rule@11 #x0a) (= migrate0.pc@11 #x05) a!8)
                (and (= rule@11 #x0b) (= migrate0.pc@11 #x06))
                (and (= rule@11 #x0c)
                     (= migrate0.pc@11 #x07)
                     (not (= migrate0.ok@11 #x00)))
                a!9
                (and (= rule@11 #x0e)
                     (= migrate0.pc@11 #x09)
                     (not (= migrate0.ok@11 #x00)))
                a!10
                (and (= rule@11 #x10)
                     (= migrate0.pc@11 #x08)
                     (bvult migrate0.pass@11 #x01))
                (and (= rule@11 #x11)
                     (= migrate0.pc@11 #x08)
                     (bvuge migrate0.pass@11 #x01))))
      (a!15 (ite (and (= rule@11 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      a!12
                      a!14)))
      (a!17 (ite (and (= rule@11 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                      a!12
                      a!16)))
      (a!20 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!19))
      (a!26 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x01))
                 (bvadd (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!25))
      (a!33 (ite (and (= rule@11 #x00) true)
                 #x00
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      a!29
                      a!32)))
      (a!35 (= |PG_lru[F1]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                    a!29
                    a!34)))
      (a!39 (= |PG_anon_exclusive[F0]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                    a!36
                    a!38)))
      (a!41 (= |PG_anon_exclusive[F1]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                    a!36
                    a!40)))
      (a!45 (= |folio.mapping[F0]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                    a!42
                    a!44)))
      (a!47 (= |folio.mapping[F1]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                    a!42
                    a!46)))
      (a!51 (= |folio.index[F0]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                    a!48
                    a!50)))
      (a!53 (= |folio.index[F1]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                    a!48
                    a!52)))
      (a!57 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                 a!54
                 (ite (and (= rule@11 #x0b) (= migrate0.newpage@11 #x00))
                      |folio.data[F0]@11|
                      a!56)))
      (a!60 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                 a!54
                 (ite (and (= rule@11 #x0b) (= migrate0.newpage@11 #x01))
                      |folio.data[F0]@11|
                      a!59)))
      (a!65 (ite (and (= rule@11 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@11|)
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      a!62
                      a!64)))
      (a!67 (ite (and (= rule@11 #x03) (= a!3 #x01))
                 (bvsub #x01 |folio.node[F0]@11|)
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                      a!62
                      a!66)))
      (a!71 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x00))
                 |page.mapping(shmem)[F0]@11|
                 (ite (and (= rule@11 #x0b) true) #x00 a!70)))
      (a!74 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                 a!68
                 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x01))
                      |page.mapping(shmem)[F0]@11|
                      a!73)))
      (a!78 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x00))
                 |PG_swapcache[F0]@11|
                 (ite (and (= rule@11 #x0b) true) #x00 a!77)))
      (a!81 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                 a!75
                 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x01))
                      |PG_swapcache[F0]@11|
                      a!80)))
      (a!85 (ite (and (= rule@11 #x0b) (= migrate0.newpage@11 #x00))
                 |PG_dirty[F0]@11|
                 (ite (and (= rule@11 #x0b) true) #x00 a!84)))
      (a!88 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                 a!82
                 (ite (and (= rule@11 #x0b) (= migrate0.newpage@11 #x01))
                      |PG_dirty[F0]@11|
                      a!87)))
      (a!95 (ite (and (= rule@11 #x05) true)
                 #x00
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      #x00
                      a!94)))
      (a!101 (ite (and (= rule@11 #x0c) true)
                  #x09
                  (ite (and (= rule@11 #x0d) true) #x08 a!100))))
(let ((a!21 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x00))
                 (bvadd (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 (ite (and (= rule@11 #x09) true)
                      (bvsub |folio.refcount[F0]@11| #x01)
                      a!20)))
      (a!27 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!26))
      (a!58 (= |folio.data[F0]@12|
               (ite (and (= rule@11 #x03) (= a!3 #x00)) #x00 a!57)))
      (a!61 (= |folio.data[F1]@12|
               (ite (and (= rule@11 #x03) (= a!3 #x01)) #x00 a!60)))
      (a!72 (ite (and (= rule@11 #x05) true)
                 #x00
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      a!68
                      a!71)))
      (a!79 (ite (and (= rule@11 #x05) true)
                 #x01
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      a!75
                      a!78)))
      (a!86 (ite (and (= rule@11 #x05) true)
                 #x01
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      a!82
                      a!85)))
      (a!96 (ite (and (= rule@11 #x02) true)
                 #x01
                 (ite (and (= rule@11 #x03) (= a!3 #x00)) #x01 a!95)))
      (a!102 (ite (and (= rule@11 #x0a) true)
                  #x07
                  (ite (and (= rule@11 #x0b) true) #x07 a!101))))
(let ((a!22 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!21))
      (a!28 (= |folio.refcount[F1]@12|
               (ite (and (= rule@11 #x03) (= a!3 #x01)) #x01 a!27)))
      (a!103 (ite (and (= rule@11 #x08) true)
                  #x08
                  (ite (and (= rule@11 #x09) true) #x06 a!102))))
(let ((a!23 (ite (and (= rule@11 #x00) true)
                 (bvadd |folio.refcount[F0]@11| #x01)
                 (ite (and (= rule@11 #x03) (= a!3 #x00)) #x01 a!22)))
      (a!104 (ite (and (= rule@11 #x06) true)
                  #x05
                  (ite (and (= rule@11 #x07) true) #x07 a!103))))
(let ((a!105 (ite (and (= rule@11 #x04) true)
                  #x05
                  (ite (and (= rule@11 #x05) true) #x04 a!104))))
(let ((a!106 (ite (and (= rule@11 #x02) true)
                  #x02
                  (ite (and (= rule@11 #x03) true) #x03 a!105))))
(let ((a!107 (ite (and (= rule@11 #x00) true)
                  #x01
                  (ite (and (= rule@11 #x01) true) #x0a a!106))))
  (and a!11
       (= |alive[P0]@12| |alive[P0]@11|)
       (= |pte[P0][0]@12| |pte[P0][0]@11|)
       (= |pte.folio[P0][0]@12| |pte.folio[P0][0]@11|)
       (= |pte.write[P0][0]@12| |pte.write[P0][0]@11|)
       (= |expected[P0][0]@12| |expected[P0][0]@11|)
       (= |anon_vma.list[av0][0]@12| |anon_vma.list[av0][0]@11|)
       (= |anon_vma.len[av0]@12| |anon_vma.len[av0]@11|)
       (= |anon_vma.refcount[av0]@12| |anon_vma.refcount[av0]@11|)
       (= |folio.used[F0]@12| a!15)
       (= |folio.used[F1]@12| a!17)
       (= |folio.refcount[F0]@12| a!23)
       a!28
       (= |folio.mapcount[F0]@12| |folio.mapcount[F0]@11|)
       (= |folio.mapcount[F1]@12| |folio.mapcount[F1]@11|)
       (= |PG_lru[F0]@12| a!33)
       a!35
       a!39
       a!41
       a!45
       a!47
       a!51
       a!53
       a!58
       a!61
       (= |folio.node[F0]@12| a!65)
       (= |folio.node[F1]@12| a!67)
       (= |page.mapping(shmem)[F0]@12| a!72)
       (= |page.mapping(shmem)[F1]@12| a!74)
       (= |PG_swapcache[F0]@12| a!79)
       (= |PG_swapcache[F1]@12| a!81)
       (= |PG_dirty[F0]@12| a!86)
       (= |PG_dirty[F1]@12| a!88)
       (= shmem.i_pages@12 a!90)
       a!92
       (= |&mm->mmap_lock.writer[P0]@12| |&mm->mmap_lock.writer[P0]@11|)
       (= |&mm->mmap_lock.readers[P0]@12| |&mm->mmap_lock.readers[P0]@11|)
       (= |&anon_vma->rwsem.writer[av0]@12| |&anon_vma->rwsem.writer[av0]@11|)
       (= |&anon_vma->rwsem.readers[av0]@12| |&anon_vma->rwsem.readers[av0]@11|)
       (= |ptlock_ptr(page)[P0]@12| |ptlock_ptr(page)[P0]@11|)
       (= |PG_locked[F0]@12| a!96)
       (= |PG_locked[F1]@12| a!98)
       (= migrate0.pc@12 a!107)
       a!109
       (= migrate0.newpage@12 a!111)
       (= migrate0.ok@12 a!113)
       (= migrate0.mapping_is_swapper@12 a!114)
       a!115
       (bvule |alive[P0]@12| #x01)
       (bvule |pte[P0][0]@12| #x06)
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
      (a!5 (= (ite (not (= migrate0.mapping_is_swapper@0 #x00))
                   swapper_space.i_pages@0
                   shmem.i_pages@0)
              #x00))
      (a!7 (ite (or (not (= |PG_swapcache[F0]@0| #x00))
                    (not (= |page.mapping(shmem)[F0]@0| #x00)))
                #x01
                #x00))
      (a!9 (bvadd (ite (= shmem.i_pages@0 #x00) #x01 #x00)
                  (ite (= swapper_space.i_pages@0 #x00) #x01 #x00)))
      (a!11 (= |folio.mapcount[F0]@0|
               (ite (and (= |pte[P0][0]@0| #x01) (= |pte.folio[P0][0]@0| #x00))
                    #x01
                    #x00)))
      (a!12 (= (bvadd migrate0.isolated@0
                      (ite (= migrate0.newpage@0 #x00) #x01 #x00))
               #x00))
      (a!13 (not (and (not (= |pte[P0][0]@0| #x00))
                      (= |pte.folio[P0][0]@0| #x00))))
      (a!14 (bvadd (ite (= shmem.i_pages@0 #x01) #x01 #x00)
                   (ite (= swapper_space.i_pages@0 #x01) #x01 #x00)))
      (a!16 (= |folio.mapcount[F1]@0|
               (ite (and (= |pte[P0][0]@0| #x01) (= |pte.folio[P0][0]@0| #x01))
                    #x01
                    #x00)))
      (a!17 (not (and (not (= |pte[P0][0]@0| #x00))
                      (= |pte.folio[P0][0]@0| #x01))))
      (a!20 (not (= (ite (= migrate0.newpage@0 #x00)
                         |folio.used[F0]@0|
                         |folio.used[F1]@0|)
                    #x00)))
      (a!22 (and (= migrate0.pc@0 #x07) (not (not (= migrate0.ok@0 #x00)))))
      (a!24 (not (and (bvuge |folio.refcount[F0]@0| #x01)
                      (not (= |folio.used[F0]@0| #x00)))))
      (a!26 (and (= migrate0.pc@0 #x09) (not (not (= migrate0.ok@0 #x00)))))
      (a!29 (not (and (not (= |folio.used[F0]@0| #x00))
                      (not (= |PG_lru[F0]@0| #x00)))))
      (a!30 (or (not (not (= |folio.used[F0]@0| #x00)))
                (not (not (= |folio.used[F1]@0| #x00)))))
      (a!31 (ite (not (not (= |folio.used[F0]@0| #x00))) #x00 #x01))
      (a!33 (and (= migrate0.pc@0 #x03)
                 (or (not (= |PG_swapcache[F0]@0| #x00))
                     (not (= |page.mapping(shmem)[F0]@0| #x00)))))
      (a!34 (not (or (not (= |PG_swapcache[F0]@0| #x00))
                     (not (= |page.mapping(shmem)[F0]@0| #x00)))))
      (a!36 (not (= (ite (= |pte.folio[P0][0]@1| #x00)
                         |folio.used[F0]@1|
                         |folio.used[F1]@1|)
                    #x00)))
      (a!37 (not (= (ite (= |pte.folio[P0][0]@1| #x00)
                         |folio.mapping[F0]@1|
                         |folio.mapping[F1]@1|)
                    #x01)))
      (a!40 (= (ite (not (= migrate0.mapping_is_swapper@1 #x00))
                    swapper_space.i_pages@1
                    shmem.i_pages@1)
               #x00))
      (a!42 (ite (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))
                 #x01
                 #x00))
      (a!44 (bvadd (ite (= shmem.i_pages@1 #x00) #x01 #x00)
                   (ite (= swapper_space.i_pages@1 #x00) #x01 #x00)))
      (a!46 (= |folio.mapcount[F0]@1|
               (ite (and (= |pte[P0][0]@1| #x01) (= |pte.folio[P0][0]@1| #x00))
                    #x01
                    #x00)))
      (a!47 (= (bvadd migrate0.isolated@1
                      (ite (= migrate0.newpage@1 #x00) #x01 #x00))
               #x00))
      (a!48 (not (and (not (= |pte[P0][0]@1| #x00))
                      (= |pte.folio[P0][0]@1| #x00))))
      (a!49 (bvadd (ite (= shmem.i_pages@1 #x01) #x01 #x00)
                   (ite (= swapper_space.i_pages@1 #x01) #x01 #x00)))
      (a!51 (= |folio.mapcount[F1]@1|
               (ite (and (= |pte[P0][0]@1| #x01) (= |pte.folio[P0][0]@1| #x01))
                    #x01
                    #x00)))
      (a!52 (not (and (not (= |pte[P0][0]@1| #x00))
                      (= |pte.folio[P0][0]@1| #x01))))
      (a!55 (not (= (ite (= migrate0.newpage@1 #x00)
                         |folio.used[F0]@1|
                         |folio.used[F1]@1|)
                    #x00)))
      (a!57 (and (= migrate0.pc@1 #x07) (not (not (= migrate0.ok@1 #x00)))))
      (a!59 (not (and (bvuge |folio.refcount[F0]@1| #x01)
                      (not (= |folio.used[F0]@1| #x00)))))
      (a!61 (and (= migrate0.pc@1 #x09) (not (not (= migrate0.ok@1 #x00)))))
      (a!64 (not (and (not (= |folio.used[F0]@1| #x00))
                      (not (= |PG_lru[F0]@1| #x00)))))
      (a!65 (or (not (not (= |folio.used[F0]@1| #x00)))
                (not (not (= |folio.used[F1]@1| #x00)))))
      (a!66 (ite (not (not (= |folio.used[F0]@1| #x00))) #x00 #x01))
      (a!68 (and (= migrate0.pc@1 #x03)
                 (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))))
      (a!69 (not (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))))
      (a!71 (not (= (ite (= |pte.folio[P0][0]@2| #x00)
                         |folio.used[F0]@2|
                         |folio.used[F1]@2|)
                    #x00)))
      (a!72 (not (= (ite (= |pte.folio[P0][0]@2| #x00)
                         |folio.mapping[F0]@2|
                         |folio.mapping[F1]@2|)
                    #x01)))
      (a!75 (= (ite (not (= migrate0.mapping_is_swapper@2 #x00))
                    swapper_space.i_pages@2
                    shmem.i_pages@2)
               #x00))
      (a!77 (ite (or (not (= |PG_swapcache[F0]@2| #x00))
                     (not (= |page.mapping(shmem)[F0]@2| #x00)))
                 #x01
                 #x00))
      (a!79 (bvadd (ite (= shmem.i_pages@2 #x00) #x01 #x00)
                   (ite (= swapper_space.i_pages@2 #x00) #x01 #x00)))
      (a!81 (= |folio.mapcount[F0]@2|
               (ite (and (= |pte[P0][0]@2| #x01) (= |pte.folio[P0][0]@2| #x00))
                    #x01
                    #x00)))
      (a!82 (= (bvadd migrate0.isolated@2
                      (ite (= migrate0.newpage@2 #x00) #x01 #x00))
               #x00))
      (a!83 (not (and (not (= |pte[P0][0]@2| #x00))
                      (= |pte.folio[P0][0]@2| #x00))))
      (a!84 (bvadd (ite (= shmem.i_pages@2 #x01) #x01 #x00)
                   (ite (= swapper_space.i_pages@2 #x01) #x01 #x00)))
      (a!86 (= |folio.mapcount[F1]@2|
               (ite (and (= |pte[P0][0]@2| #x01) (= |pte.folio[P0][0]@2| #x01))
                    #x01
                    #x00)))
      (a!87 (not (and (not (= |pte[P0][0]@2| #x00))
                      (= |pte.folio[P0][0]@2| #x01))))
      (a!90 (not (= (ite (= migrate0.newpage@2 #x00)
                         |folio.used[F0]@2|
                         |folio.used[F1]@2|)
                    #x00)))
      (a!92 (and (= migrate0.pc@2 #x07) (not (not (= migrate0.ok@2 #x00)))))
      (a!94 (not (and (bvuge |folio.refcount[F0]@2| #x01)
                      (not (= |folio.used[F0]@2| #x00)))))
      (a!96 (and (= migrate0.pc@2 #x09) (not (not (= migrate0.ok@2 #x00)))))
      (a!99 (not (and (not (= |folio.used[F0]@2| #x00))
                      (not (= |PG_lru[F0]@2| #x00)))))
      (a!100 (or (not (not (= |folio.used[F0]@2| #x00)))
                 (not (not (= |folio.used[F1]@2| #x00)))))
      (a!101 (ite (not (not (= |folio.used[F0]@2| #x00))) #x00 #x01))
      (a!103 (and (= migrate0.pc@2 #x03)
                  (or (not (= |PG_swapcache[F0]@2| #x00))
                      (not (= |page.mapping(shmem)[F0]@2| #x00)))))
      (a!104 (not (or (not (= |PG_swapcache[F0]@2| #x00))
                      (not (= |page.mapping(shmem)[F0]@2| #x00)))))
      (a!106 (not (= (ite (= |pte.folio[P0][0]@3| #x00)
                          |folio.used[F0]@3|
                          |folio.used[F1]@3|)
                     #x00)))
      (a!107 (not (= (ite (= |pte.folio[P0][0]@3| #x00)
                          |folio.mapping[F0]@3|
                          |folio.mapping[F1]@3|)
                     #x01)))
      (a!110 (= (ite (not (= migrate0.mapping_is_swapper@3 #x00))
                     swapper_space.i_pages@3
                     shmem.i_pages@3)
                #x00))
      (a!112 (ite (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))
                  #x01
                  #x00))
      (a!114 (bvadd (ite (= shmem.i_pages@3 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@3 #x00) #x01 #x00)))
      (a!116 (= |folio.mapcount[F0]@3|
                (ite (and (= |pte[P0][0]@3| #x01) (= |pte.folio[P0][0]@3| #x00))
                     #x01
                     #x00)))
      (a!117 (= (bvadd migrate0.isolated@3
                       (ite (= migrate0.newpage@3 #x00) #x01 #x00))
                #x00))
      (a!118 (not (and (not (= |pte[P0][0]@3| #x00))
                       (= |pte.folio[P0][0]@3| #x00))))
      (a!119 (bvadd (ite (= shmem.i_pages@3 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@3 #x01) #x01 #x00)))
      (a!121 (= |folio.mapcount[F1]@3|
                (ite (and (= |pte[P0][0]@3| #x01) (= |pte.folio[P0][0]@3| #x01))
                     #x01
                     #x00)))
      (a!122 (not (and (not (= |pte[P0][0]@3| #x00))
                       (= |pte.folio[P0][0]@3| #x01))))
      (a!125 (not (= (ite (= migrate0.newpage@3 #x00)
                          |folio.used[F0]@3|
                          |folio.used[F1]@3|)
                     #x00)))
      (a!127 (and (= migrate0.pc@3 #x07) (not (not (= migrate0.ok@3 #x00)))))
      (a!129 (not (and (bvuge |folio.refcount[F0]@3| #x01)
                       (not (= |folio.used[F0]@3| #x00)))))
      (a!131 (and (= migrate0.pc@3 #x09) (not (not (= migrate0.ok@3 #x00)))))
      (a!134 (not (and (not (= |folio.used[F0]@3| #x00))
                       (not (= |PG_lru[F0]@3| #x00)))))
      (a!135 (or (not (not (= |folio.used[F0]@3| #x00)))
                 (not (not (= |folio.used[F1]@3| #x00)))))
      (a!136 (ite (not (not (= |folio.used[F0]@3| #x00))) #x00 #x01))
      (a!138 (and (= migrate0.pc@3 #x03)
                  (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))))
      (a!139 (not (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))))
      (a!141 (not (= (ite (= |pte.folio[P0][0]@4| #x00)
                          |folio.used[F0]@4|
                          |folio.used[F1]@4|)
                     #x00)))
      (a!142 (not (= (ite (= |pte.folio[P0][0]@4| #x00)
                          |folio.mapping[F0]@4|
                          |folio.mapping[F1]@4|)
                     #x01)))
      (a!145 (= (ite (not (= migrate0.mapping_is_swapper@4 #x00))
                     swapper_space.i_pages@4
                     shmem.i_pages@4)
                #x00))
      (a!147 (ite (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))
                  #x01
                  #x00))
      (a!149 (bvadd (ite (= shmem.i_pages@4 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@4 #x00) #x01 #x00)))
      (a!151 (= |folio.mapcount[F0]@4|
                (ite (and (= |pte[P0][0]@4| #x01) (= |pte.folio[P0][0]@4| #x00))
                     #x01
                     #x00)))
      (a!152 (= (bvadd migrate0.isolated@4
                       (ite (= migrate0.newpage@4 #x00) #x01 #x00))
                #x00))
      (a!153 (not (and (not (= |pte[P0][0]@4| #x00))
                       (= |pte.folio[P0][0]@4| #x00))))
      (a!154 (bvadd (ite (= shmem.i_pages@4 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@4 #x01) #x01 #x00)))
      (a!156 (= |folio.mapcount[F1]@4|
                (ite (and (= |pte[P0][0]@4| #x01) (= |pte.folio[P0][0]@4| #x01))
                     #x01
                     #x00)))
      (a!157 (not (and (not (= |pte[P0][0]@4| #x00))
                       (= |pte.folio[P0][0]@4| #x01))))
      (a!160 (not (= (ite (= migrate0.newpage@4 #x00)
                          |folio.used[F0]@4|
                          |folio.used[F1]@4|)
                     #x00)))
      (a!162 (and (= migrate0.pc@4 #x07) (not (not (= migrate0.ok@4 #x00)))))
      (a!164 (not (and (bvuge |folio.refcount[F0]@4| #x01)
                       (not (= |folio.used[F0]@4| #x00)))))
      (a!166 (and (= migrate0.pc@4 #x09) (not (not (= migrate0.ok@4 #x00)))))
      (a!169 (not (and (not (= |folio.used[F0]@4| #x00))
                       (not (= |PG_lru[F0]@4| #x00)))))
      (a!170 (or (not (not (= |folio.used[F0]@4| #x00)))
                 (not (not (= |folio.used[F1]@4| #x00)))))
      (a!171 (ite (not (not (= |folio.used[F0]@4| #x00))) #x00 #x01))
      (a!173 (and (= migrate0.pc@4 #x03)
                  (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))))
      (a!174 (not (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))))
      (a!176 (not (= (ite (= |pte.folio[P0][0]@5| #x00)
                          |folio.used[F0]@5|
                          |folio.used[F1]@5|)
                     #x00)))
      (a!177 (not (= (ite (= |pte.folio[P0][0]@5| #x00)
                          |folio.mapping[F0]@5|
                          |folio.mapping[F1]@5|)
                     #x01)))
      (a!180 (= (ite (not (= migrate0.mapping_is_swapper@5 #x00))
                     swapper_space.i_pages@5
                     shmem.i_pages@5)
                #x00))
      (a!182 (ite (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))
                  #x01
                  #x00))
      (a!184 (bvadd (ite (= shmem.i_pages@5 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@5 #x00) #x01 #x00)))
      (a!186 (= |folio.mapcount[F0]@5|
                (ite (and (= |pte[P0][0]@5| #x01) (= |pte.folio[P0][0]@5| #x00))
                     #x01
                     #x00)))
      (a!187 (= (bvadd migrate0.isolated@5
                       (ite (= migrate0.newpage@5 #x00) #x01 #x00))
                #x00))
      (a!188 (not (and (not (= |pte[P0][0]@5| #x00))
                       (= |pte.folio[P0][0]@5| #x00))))
      (a!189 (bvadd (ite (= shmem.i_pages@5 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@5 #x01) #x01 #x00)))
      (a!191 (= |folio.mapcount[F1]@5|
                (ite (and (= |pte[P0][0]@5| #x01) (= |pte.folio[P0][0]@5| #x01))
                     #x01
                     #x00)))
      (a!192 (not (and (not (= |pte[P0][0]@5| #x00))
                       (= |pte.folio[P0][0]@5| #x01))))
      (a!195 (not (= (ite (= migrate0.newpage@5 #x00)
                          |folio.used[F0]@5|
                          |folio.used[F1]@5|)
                     #x00)))
      (a!197 (and (= migrate0.pc@5 #x07) (not (not (= migrate0.ok@5 #x00)))))
      (a!199 (not (and (bvuge |folio.refcount[F0]@5| #x01)
                       (not (= |folio.used[F0]@5| #x00)))))
      (a!201 (and (= migrate0.pc@5 #x09) (not (not (= migrate0.ok@5 #x00)))))
      (a!204 (not (and (not (= |folio.used[F0]@5| #x00))
                       (not (= |PG_lru[F0]@5| #x00)))))
      (a!205 (or (not (not (= |folio.used[F0]@5| #x00)))
                 (not (not (= |folio.used[F1]@5| #x00)))))
      (a!206 (ite (not (not (= |folio.used[F0]@5| #x00))) #x00 #x01))
      (a!208 (and (= migrate0.pc@5 #x03)
                  (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))))
      (a!209 (not (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))))
      (a!211 (not (= (ite (= |pte.folio[P0][0]@6| #x00)
                          |folio.used[F0]@6|
                          |folio.used[F1]@6|)
                     #x00)))
      (a!212 (not (= (ite (= |pte.folio[P0][0]@6| #x00)
                          |folio.mapping[F0]@6|
                          |folio.mapping[F1]@6|)
                     #x01)))
      (a!215 (= (ite (not (= migrate0.mapping_is_swapper@6 #x00))
                     swapper_space.i_pages@6
                     shmem.i_pages@6)
                #x00))
      (a!217 (ite (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))
                  #x01
                  #x00))
      (a!219 (bvadd (ite (= shmem.i_pages@6 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@6 #x00) #x01 #x00)))
      (a!221 (= |folio.mapcount[F0]@6|
                (ite (and (= |pte[P0][0]@6| #x01) (= |pte.folio[P0][0]@6| #x00))
                     #x01
                     #x00)))
      (a!222 (= (bvadd migrate0.isolated@6
                       (ite (= migrate0.newpage@6 #x00) #x01 #x00))
                #x00))
      (a!223 (not (and (not (= |pte[P0][0]@6| #x00))
                       (= |pte.folio[P0][0]@6| #x00))))
      (a!224 (bvadd (ite (= shmem.i_pages@6 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@6 #x01) #x01 #x00)))
      (a!226 (= |folio.mapcount[F1]@6|
                (ite (and (= |pte[P0][0]@6| #x01) (= |pte.folio[P0][0]@6| #x01))
                     #x01
                     #x00)))
      (a!227 (not (and (not (= |pte[P0][0]@6| #x00))
                       (= |pte.folio[P0][0]@6| #x01))))
      (a!230 (not (= (ite (= migrate0.newpage@6 #x00)
                          |folio.used[F0]@6|
                          |folio.used[F1]@6|)
                     #x00)))
      (a!232 (and (= migrate0.pc@6 #x07) (not (not (= migrate0.ok@6 #x00)))))
      (a!234 (not (and (bvuge |folio.refcount[F0]@6| #x01)
                       (not (= |folio.used[F0]@6| #x00)))))
      (a!236 (and (= migrate0.pc@6 #x09) (not (not (= migrate0.ok@6 #x00)))))
      (a!239 (not (and (not (= |folio.used[F0]@6| #x00))
                       (not (= |PG_lru[F0]@6| #x00)))))
      (a!240 (or (not (not (= |folio.used[F0]@6| #x00)))
                 (not (not (= |folio.used[F1]@6| #x00)))))
      (a!241 (ite (not (not (= |folio.used[F0]@6| #x00))) #x00 #x01))
      (a!243 (and (= migrate0.pc@6 #x03)
                  (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))))
      (a!244 (not (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))))
      (a!246 (not (= (ite (= |pte.folio[P0][0]@7| #x00)
                          |folio.used[F0]@7|
                          |folio.used[F1]@7|)
                     #x00)))
      (a!247 (not (= (ite (= |pte.folio[P0][0]@7| #x00)
                          |folio.mapping[F0]@7|
                          |folio.mapping[F1]@7|)
                     #x01)))
      (a!250 (= (ite (not (= migrate0.mapping_is_swapper@7 #x00))
                     swapper_space.i_pages@7
                     shmem.i_pages@7)
                #x00))
      (a!252 (ite (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))
                  #x01
                  #x00))
      (a!254 (bvadd (ite (= shmem.i_pages@7 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@7 #x00) #x01 #x00)))
      (a!256 (= |folio.mapcount[F0]@7|
                (ite (and (= |pte[P0][0]@7| #x01) (= |pte.folio[P0][0]@7| #x00))
                     #x01
                     #x00)))
      (a!257 (= (bvadd migrate0.isolated@7
                       (ite (= migrate0.newpage@7 #x00) #x01 #x00))
                #x00))
      (a!258 (not (and (not (= |pte[P0][0]@7| #x00))
                       (= |pte.folio[P0][0]@7| #x00))))
      (a!259 (bvadd (ite (= shmem.i_pages@7 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@7 #x01) #x01 #x00)))
      (a!261 (= |folio.mapcount[F1]@7|
                (ite (and (= |pte[P0][0]@7| #x01) (= |pte.folio[P0][0]@7| #x01))
                     #x01
                     #x00)))
      (a!262 (not (and (not (= |pte[P0][0]@7| #x00))
                       (= |pte.folio[P0][0]@7| #x01))))
      (a!265 (not (= (ite (= migrate0.newpage@7 #x00)
                          |folio.used[F0]@7|
                          |folio.used[F1]@7|)
                     #x00)))
      (a!267 (and (= migrate0.pc@7 #x07) (not (not (= migrate0.ok@7 #x00)))))
      (a!269 (not (and (bvuge |folio.refcount[F0]@7| #x01)
                       (not (= |folio.used[F0]@7| #x00)))))
      (a!271 (and (= migrate0.pc@7 #x09) (not (not (= migrate0.ok@7 #x00)))))
      (a!274 (not (and (not (= |folio.used[F0]@7| #x00))
                       (not (= |PG_lru[F0]@7| #x00)))))
      (a!275 (or (not (not (= |folio.used[F0]@7| #x00)))
                 (not (not (= |folio.used[F1]@7| #x00)))))
      (a!276 (ite (not (not (= |folio.used[F0]@7| #x00))) #x00 #x01))
      (a!278 (and (= migrate0.pc@7 #x03)
                  (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))))
      (a!279 (not (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))))
      (a!281 (not (= (ite (= |pte.folio[P0][0]@8| #x00)
                          |folio.used[F0]@8|
                          |folio.used[F1]@8|)
                     #x00)))
      (a!282 (not (= (ite (= |pte.folio[P0][0]@8| #x00)
                          |folio.mapping[F0]@8|
                          |folio.mapping[F1]@8|)
                     #x01)))
      (a!285 (= (ite (not (= migrate0.mapping_is_swapper@8 #x00))
                     swapper_space.i_pages@8
                     shmem.i_pages@8)
                #x00))
      (a!287 (ite (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))
                  #x01
                  #x00))
      (a!289 (bvadd (ite (= shmem.i_pages@8 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@8 #x00) #x01 #x00)))
      (a!291 (= |folio.mapcount[F0]@8|
                (ite (and (= |pte[P0][0]@8| #x01) (= |pte.folio[P0][0]@8| #x00))
                     #x01
                     #x00)))
      (a!292 (= (bvadd migrate0.isolated@8
                       (ite (= migrate0.newpage@8 #x00) #x01 #x00))
                #x00))
      (a!293 (not (and (not (= |pte[P0][0]@8| #x00))
                       (= |pte.folio[P0][0]@8| #x00))))
      (a!294 (bvadd (ite (= shmem.i_pages@8 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@8 #x01) #x01 #x00)))
      (a!296 (= |folio.mapcount[F1]@8|
                (ite (and (= |pte[P0][0]@8| #x01) (= |pte.folio[P0][0]@8| #x01))
                     #x01
                     #x00)))
      (a!297 (not (and (not (= |pte[P0][0]@8| #x00))
                       (= |pte.folio[P0][0]@8| #x01))))
      (a!300 (not (= (ite (= migrate0.newpage@8 #x00)
                          |folio.used[F0]@8|
                          |folio.used[F1]@8|)
                     #x00)))
      (a!302 (and (= migrate0.pc@8 #x07) (not (not (= migrate0.ok@8 #x00)))))
      (a!304 (not (and (bvuge |folio.refcount[F0]@8| #x01)
                       (not (= |folio.used[F0]@8| #x00)))))
      (a!306 (and (= migrate0.pc@8 #x09) (not (not (= migrate0.ok@8 #x00)))))
      (a!309 (not (and (not (= |folio.used[F0]@8| #x00))
                       (not (= |PG_lru[F0]@8| #x00)))))
      (a!310 (or (not (not (= |folio.used[F0]@8| #x00)))
                 (not (not (= |folio.used[F1]@8| #x00)))))
      (a!311 (ite (not (not (= |folio.used[F0]@8| #x00))) #x00 #x01))
      (a!313 (and (= migrate0.pc@8 #x03)
                  (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))))
      (a!314 (not (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))))
      (a!316 (not (= (ite (= |pte.folio[P0][0]@9| #x00)
                          |folio.used[F0]@9|
                          |folio.used[F1]@9|)
                     #x00)))
      (a!317 (not (= (ite (= |pte.folio[P0][0]@9| #x00)
                          |folio.mapping[F0]@9|
                          |folio.mapping[F1]@9|)
                     #x01)))
      (a!320 (= (ite (not (= migrate0.mapping_is_swapper@9 #x00))
                     swapper_space.i_pages@9
                     shmem.i_pages@9)
                #x00))
      (a!322 (ite (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))
                  #x01
                  #x00))
      (a!324 (bvadd (ite (= shmem.i_pages@9 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@9 #x00) #x01 #x00)))
      (a!326 (= |folio.mapcount[F0]@9|
                (ite (and (= |pte[P0][0]@9| #x01) (= |pte.folio[P0][0]@9| #x00))
                     #x01
                     #x00)))
      (a!327 (= (bvadd migrate0.isolated@9
                       (ite (= migrate0.newpage@9 #x00) #x01 #x00))
                #x00))
      (a!328 (not (and (not (= |pte[P0][0]@9| #x00))
                       (= |pte.folio[P0][0]@9| #x00))))
      (a!329 (bvadd (ite (= shmem.i_pages@9 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@9 #x01) #x01 #x00)))
      (a!331 (= |folio.mapcount[F1]@9|
                (ite (and (= |pte[P0][0]@9| #x01) (= |pte.folio[P0][0]@9| #x01))
                     #x01
                     #x00)))
      (a!332 (not (and (not (= |pte[P0][0]@9| #x00))
                       (= |pte.folio[P0][0]@9| #x01))))
      (a!335 (not (= (ite (= migrate0.newpage@9 #x00)
                          |folio.used[F0]@9|
                          |folio.used[F1]@9|)
                     #x00)))
      (a!337 (and (= migrate0.pc@9 #x07) (not (not (= migrate0.ok@9 #x00)))))
      (a!339 (not (and (bvuge |folio.refcount[F0]@9| #x01)
                       (not (= |folio.used[F0]@9| #x00)))))
      (a!341 (and (= migrate0.pc@9 #x09) (not (not (= migrate0.ok@9 #x00)))))
      (a!344 (not (and (not (= |folio.used[F0]@9| #x00))
                       (not (= |PG_lru[F0]@9| #x00)))))
      (a!345 (or (not (not (= |folio.used[F0]@9| #x00)))
                 (not (not (= |folio.used[F1]@9| #x00)))))
      (a!346 (ite (not (not (= |folio.used[F0]@9| #x00))) #x00 #x01))
      (a!348 (and (= migrate0.pc@9 #x03)
                  (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))))
      (a!349 (not (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))))
      (a!351 (not (= (ite (= |pte.folio[P0][0]@10| #x00)
                          |folio.used[F0]@10|
                          |folio.used[F1]@10|)
                     #x00)))
      (a!352 (not (= (ite (= |pte.folio[P0][0]@10| #x00)
                          |folio.mapping[F0]@10|
                          |folio.mapping[F1]@10|)
                     #x01)))
      (a!355 (= (ite (not (= migrate0.mapping_is_swapper@10 #x00))
                     swapper_space.i_pages@10
                     shmem.i_pages@10)
                #x00))
      (a!357 (ite (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))
                  #x01
                  #x00))
      (a!359 (bvadd (ite (= shmem.i_pages@10 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@10 #x00) #x01 #x00)))
      (a!361 (= |folio.mapcount[F0]@10|
                (ite (and (= |pte[P0][0]@10| #x01)
                          (= |pte.folio[P0][0]@10| #x00))
                     #x01
                     #x00)))
      (a!362 (= (bvadd migrate0.isolated@10
                       (ite (= migrate0.newpage@10 #x00) #x01 #x00))
                #x00))
      (a!363 (not (and (not (= |pte[P0][0]@10| #x00))
                       (= |pte.folio[P0][0]@10| #x00))))
      (a!364 (bvadd (ite (= shmem.i_pages@10 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@10 #x01) #x01 #x00)))
      (a!366 (= |folio.mapcount[F1]@10|
                (ite (and (= |pte[P0][0]@10| #x01)
                          (= |pte.folio[P0][0]@10| #x01))
                     #x01
                     #x00)))
      (a!367 (not (and (not (= |pte[P0][0]@10| #x00))
                       (= |pte.folio[P0][0]@10| #x01))))
      (a!370 (not (= (ite (= migrate0.newpage@10 #x00)
                          |folio.used[F0]@10|
                          |folio.used[F1]@10|)
                     #x00)))
      (a!372 (and (= migrate0.pc@10 #x07) (not (not (= migrate0.ok@10 #x00)))))
      (a!374 (not (and (bvuge |folio.refcount[F0]@10| #x01)
                       (not (= |folio.used[F0]@10| #x00)))))
      (a!376 (and (= migrate0.pc@10 #x09) (not (not (= migrate0.ok@10 #x00)))))
      (a!379 (not (and (not (= |folio.used[F0]@10| #x00))
                       (not (= |PG_lru[F0]@10| #x00)))))
      (a!380 (or (not (not (= |folio.used[F0]@10| #x00)))
                 (not (not (= |folio.used[F1]@10| #x00)))))
      (a!381 (ite (not (not (= |folio.used[F0]@10| #x00))) #x00 #x01))
      (a!383 (and (= migrate0.pc@10 #x03)
                  (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))))
      (a!384 (not (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))))
      (a!386 (not (= (ite (= |pte.folio[P0][0]@11| #x00)
                          |folio.used[F0]@11|
                          |folio.used[F1]@11|)
                     #x00)))
      (a!387 (not (= (ite (= |pte.folio[P0][0]@11| #x00)
                          |folio.mapping[F0]@11|
                          |folio.mapping[F1]@11|)
                     #x01)))
      (a!390 (= (ite (not (= migrate0.mapping_is_swapper@11 #x00))
                     swapper_space.i_pages@11
                     shmem.i_pages@11)
                #x00))
      (a!392 (ite (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))
                  #x01
                  #x00))
      (a!394 (bvadd (ite (= shmem.i_pages@11 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@11 #x00) #x01 #x00)))
      (a!396 (= |folio.mapcount[F0]@11|
                (ite (and (= |pte[P0][0]@11| #x01)
                          (= |pte.folio[P0][0]@11| #x00))
                     #x01
                     #x00)))
      (a!397 (= (bvadd migrate0.isolated@11
                       (ite (= migrate0.newpage@11 #x00) #x01 #x00))
                #x00))
      (a!398 (not (and (not (= |pte[P0][0]@11| #x00))
                       (= |pte.folio[P0][0]@11| #x00))))
      (a!399 (bvadd (ite (= shmem.i_pages@11 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@11 #x01) #x01 #x00)))
      (a!401 (= |folio.mapcount[F1]@11|
                (ite (and (= |pte[P0][0]@11| #x01)
                          (= |pte.folio[P0][0]@11| #x01))
                     #x01
                     #x00)))
      (a!402 (not (and (not (= |pte[P0][0]@11| #x00))
                       (= |pte.folio[P0][0]@11| #x01))))
      (a!405 (not (= (ite (= migrate0.newpage@11 #x00)
                          |folio.used[F0]@11|
                          |folio.used[F1]@11|)
                     #x00)))
      (a!407 (and (= migrate0.pc@11 #x07) (not (not (= migrate0.ok@11 #x00)))))
      (a!409 (not (and (bvuge |folio.refcount[F0]@11| #x01)
                       (not (= |folio.used[F0]@11| #x00)))))
      (a!411 (and (= migrate0.pc@11 #x09) (not (not (= migrate0.ok@11 #x00)))))
      (a!414 (not (and (not (= |folio.used[F0]@11| #x00))
                       (not (= |PG_lru[F0]@11| #x00)))))
      (a!415 (or (not (not (= |folio.used[F0]@11| #x00)))
                 (not (not (= |folio.used[F1]@11| #x00)))))
      (a!416 (ite (not (not (= |folio.used[F0]@11| #x00))) #x00 #x01))
      (a!418 (and (= migrate0.pc@11 #x03)
                  (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))))
      (a!419 (not (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))))
      (a!421 (not (= (ite (= |pte.folio[P0][0]@12| #x00)
                          |folio.used[F0]@12|
                          |folio.used[F1]@12|)
                     #x00)))
      (a!422 (not (= (ite (= |pte.folio[P0][0]@12| #x00)
                          |folio.mapping[F0]@12|
                          |folio.mapping[F1]@12|)
                     #x01)))
      (a!425 (= (ite (not (= migrate0.mapping_is_swapper@12 #x00))
                     swapper_space.i_pages@12
                     shmem.i_pages@12)
                #x00))
      (a!427 (ite (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))
                  #x01
                  #x00))
      (a!429 (bvadd (ite (= shmem.i_pages@12 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@12 #x00) #x01 #x00)))
      (a!431 (= |folio.mapcount[F0]@12|
                (ite (and (= |pte[P0][0]@12| #x01)
                          (= |pte.folio[P0][0]@12| #x00))
                     #x01
                     #x00)))
      (a!432 (= (bvadd migrate0.isolated@12
                       (ite (= migrate0.newpage@12 #x00) #x01 #x00))
                #x00))
      (a!433 (not (and (not (= |pte[P0][0]@12| #x00))
                       (= |pte.folio[P0][0]@12| #x00))))
      (a!434 (bvadd (ite (= shmem.i_pages@12 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@12 #x01) #x01 #x00)))
      (a!436 (= |folio.mapcount[F1]@12|
                (ite (and (= |pte[P0][0]@12| #x01)
                          (= |pte.folio[P0][0]@12| #x01))
                     #x01
                     #x00)))
      (a!437 (not (and (not (= |pte[P0][0]@12| #x00))
                       (= |pte.folio[P0][0]@12| #x01))))
      (a!440 (not (= (ite (= migrate0.newpage@12 #x00)
                          |folio.used[F0]@12|
                          |folio.used[F1]@12|)
                     #x00)))
      (a!442 (and (= migrate0.pc@12 #x07) (not (not (= migrate0.ok@12 #x00)))))
      (a!444 (not (and (bvuge |folio.refcount[F0]@12| #x01)
                       (not (= |folio.used[F0]@12| #x00)))))
      (a!446 (and (= migrate0.pc@12 #x09) (not (not (= migrate0.ok@12 #x00)))))
      (a!449 (not (and (not (= |folio.used[F0]@12| #x00))
                       (not (= |PG_lru[F0]@12| #x00)))))
      (a!450 (or (not (not (= |folio.used[F0]@12| #x00)))
                 (not (not (= |folio.used[F1]@12| #x00)))))
      (a!451 (ite (not (not (= |folio.used[F0]@12| #x00))) #x00 #x01))
      (a!453 (and (= migrate0.pc@12 #x03)
                  (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))))
      (a!454 (not (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00))))))
(let ((a!3 (and a!1
                a!2
                (= (ite (= |pte.folio[P0][0]@0| #x00)
                        |folio.index[F0]@0|
                        |folio.index[F1]@0|)
                   #x00)
                (bvult #x00 |anon_vma.len[av0]@0|)
                (= |anon_vma.list[av0][0]@0| #x00)))
      (a!6 (and (= migrate0.pc@0 #x05)
                (not (= |page.mapping(shmem)[F0]@0| #x00))
                (= |folio.refcount[F0]@0| #x02)
                a!5))
      (a!8 (not (and (not (= |page.mapping(shmem)[F0]@0| #x00))
                     (= |folio.refcount[F0]@0| #x02)
                     a!5)))
      (a!10 (bvadd |folio.mapcount[F0]@0|
                   (bvadd migrate0.isolated@0
                          (ite (= migrate0.newpage@0 #x00) #x01 #x00))
                   a!9))
      (a!15 (= |folio.refcount[F1]@0|
               (bvadd |folio.mapcount[F1]@0|
                      (ite (= migrate0.newpage@0 #x01) #x01 #x00)
                      a!14)))
      (a!18 (and (= |folio.refcount[F1]@0| #x00)
                 (= |folio.mapcount[F1]@0| #x00)
                 (= (ite (= migrate0.newpage@0 #x01) #x01 #x00) #x00)
                 (= a!14 #x00)
                 a!17))
      (a!21 (and (bvuge (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!20))
      (a!25 (and (and (= migrate0.pc@0 #x09) (not (= migrate0.ok@0 #x00))) a!24))
      (a!27 (or (not (not (= |folio.used[F0]@0| #x00)))
                (and (or (bvugt |folio.mapcount[F0]@0| #x00) (bvugt a!9 #x00))
                     (not (= |PG_lru[F0]@0| #x00))
                     (= |PG_locked[F0]@0| #x00))))
      (a!28 (or (not (not (= |folio.used[F1]@0| #x00)))
                (and (or (bvugt |folio.mapcount[F1]@0| #x00) (bvugt a!14 #x00))
                     (not (= |PG_lru[F1]@0| #x00))
                     (= |PG_locked[F1]@0| #x00))))
      (a!32 (and (= migrate0.pc@0 #x02)
                 a!30
                 (= (ite (= a!31 #x00) |PG_locked[F0]@0| |PG_locked[F1]@0|)
                    #x00)))
      (a!38 (and a!36
                 a!37
                 (= (ite (= |pte.folio[P0][0]@1| #x00)
                         |folio.index[F0]@1|
                         |folio.index[F1]@1|)
                    #x00)
                 (bvult #x00 |anon_vma.len[av0]@1|)
                 (= |anon_vma.list[av0][0]@1| #x00)))
      (a!41 (and (= migrate0.pc@1 #x05)
                 (not (= |page.mapping(shmem)[F0]@1| #x00))
                 (= |folio.refcount[F0]@1| #x02)
                 a!40))
      (a!43 (not (and (not (= |page.mapping(shmem)[F0]@1| #x00))
                      (= |folio.refcount[F0]@1| #x02)
                      a!40)))
      (a!45 (bvadd |folio.mapcount[F0]@1|
                   (bvadd migrate0.isolated@1
                          (ite (= migrate0.newpage@1 #x00) #x01 #x00))
                   a!44))
      (a!50 (= |folio.refcount[F1]@1|
               (bvadd |folio.mapcount[F1]@1|
                      (ite (= migrate0.newpage@1 #x01) #x01 #x00)
                      a!49)))
      (a!53 (and (= |folio.refcount[F1]@1| #x00)
                 (= |folio.mapcount[F1]@1| #x00)
                 (= (ite (= migrate0.newpage@1 #x01) #x01 #x00) #x00)
                 (= a!49 #x00)
                 a!52))
      (a!56 (and (bvuge (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!55))
      (a!60 (and (and (= migrate0.pc@1 #x09) (not (= migrate0.ok@1 #x00))) a!59))
      (a!62 (or (not (not (= |folio.used[F0]@1| #x00)))
                (and (or (bvugt |folio.mapcount[F0]@1| #x00) (bvugt a!44 #x00))
                     (not (= |PG_lru[F0]@1| #x00))
                     (= |PG_locked[F0]@1| #x00))))
      (a!63 (or (not (not (= |folio.used[F1]@1| #x00)))
                (and (or (bvugt |folio.mapcount[F1]@1| #x00) (bvugt a!49 #x00))
                     (not (= |PG_lru[F1]@1| #x00))
                     (= |PG_locked[F1]@1| #x00))))
      (a!67 (and (= migrate0.pc@1 #x02)
                 a!65
                 (= (ite (= a!66 #x00) |PG_locked[F0]@1| |PG_locked[F1]@1|)
                    #x00)))
      (a!73 (and a!71
                 a!72
                 (= (ite (= |pte.folio[P0][0]@2| #x00)
                         |folio.index[F0]@2|
                         |folio.index[F1]@2|)
                    #x00)
                 (bvult #x00 |anon_vma.len[av0]@2|)
                 (= |anon_vma.list[av0][0]@2| #x00)))
      (a!76 (and (= migrate0.pc@2 #x05)
                 (not (= |page.mapping(shmem)[F0]@2| #x00))
                 (= |folio.refcount[F0]@2| #x02)
                 a!75))
      (a!78 (not (and (not (= |page.mapping(shmem)[F0]@2| #x00))
                      (= |folio.refcount[F0]@2| #x02)
                      a!75)))
      (a!80 (bvadd |folio.mapcount[F0]@2|
                   (bvadd migrate0.isolated@2
                          (ite (= migrate0.newpage@2 #x00) #x01 #x00))
                   a!79))
      (a!85 (= |folio.refcount[F1]@2|
               (bvadd |folio.mapcount[F1]@2|
                      (ite (= migrate0.newpage@2 #x01) #x01 #x00)
                      a!84)))
      (a!88 (and (= |folio.refcount[F1]@2| #x00)
                 (= |folio.mapcount[F1]@2| #x00)
                 (= (ite (= migrate0.newpage@2 #x01) #x01 #x00) #x00)
                 (= a!84 #x00)
                 a!87))
      (a!91 (and (bvuge (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!90))
      (a!95 (and (and (= migrate0.pc@2 #x09) (not (= migrate0.ok@2 #x00))) a!94))
      (a!97 (or (not (not (= |folio.used[F0]@2| #x00)))
                (and (or (bvugt |folio.mapcount[F0]@2| #x00) (bvugt a!79 #x00))
                     (not (= |PG_lru[F0]@2| #x00))
                     (= |PG_locked[F0]@2| #x00))))
      (a!98 (or (not (not (= |folio.used[F1]@2| #x00)))
                (and (or (bvugt |folio.mapcount[F1]@2| #x00) (bvugt a!84 #x00))
                     (not (= |PG_lru[F1]@2| #x00))
                     (= |PG_locked[F1]@2| #x00))))
      (a!102 (and (= migrate0.pc@2 #x02)
                  a!100
                  (= (ite (= a!101 #x00) |PG_locked[F0]@2| |PG_locked[F1]@2|)
                     #x00)))
      (a!108 (and a!106
                  a!107
                  (= (ite (= |pte.folio[P0][0]@3| #x00)
                          |folio.index[F0]@3|
                          |folio.index[F1]@3|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@3|)
                  (= |anon_vma.list[av0][0]@3| #x00)))
      (a!111 (and (= migrate0.pc@3 #x05)
                  (not (= |page.mapping(shmem)[F0]@3| #x00))
                  (= |folio.refcount[F0]@3| #x02)
                  a!110))
      (a!113 (not (and (not (= |page.mapping(shmem)[F0]@3| #x00))
                       (= |folio.refcount[F0]@3| #x02)
                       a!110)))
      (a!115 (bvadd |folio.mapcount[F0]@3|
                    (bvadd migrate0.isolated@3
                           (ite (= migrate0.newpage@3 #x00) #x01 #x00))
                    a!114))
      (a!120 (= |folio.refcount[F1]@3|
                (bvadd |folio.mapcount[F1]@3|
                       (ite (= migrate0.newpage@3 #x01) #x01 #x00)
                       a!119)))
      (a!123 (and (= |folio.refcount[F1]@3| #x00)
                  (= |folio.mapcount[F1]@3| #x00)
                  (= (ite (= migrate0.newpage@3 #x01) #x01 #x00) #x00)
                  (= a!119 #x00)
                  a!122))
      (a!126 (and (bvuge (ite (= migrate0.newpage@3 #x00)
                              |folio.refcount[F0]@3|
                              |folio.refcount[F1]@3|)
                         #x01)
                  a!125))
      (a!130 (and (and (= migrate0.pc@3 #x09) (not (= migrate0.ok@3 #x00)))
                  a!129))
      (a!132 (or (not (not (= |folio.used[F0]@3| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@3| #x00)
                          (bvugt a!114 #x00))
                      (not (= |PG_lru[F0]@3| #x00))
                      (= |PG_locked[F0]@3| #x00))))
      (a!133 (or (not (not (= |folio.used[F1]@3| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@3| #x00)
                          (bvugt a!119 #x00))
                      (not (= |PG_lru[F1]@3| #x00))
                      (= |PG_locked[F1]@3| #x00))))
      (a!137 (and (= migrate0.pc@3 #x02)
                  a!135
                  (= (ite (= a!136 #x00) |PG_locked[F0]@3| |PG_locked[F1]@3|)
                     #x00)))
      (a!143 (and a!141
                  a!142
                  (= (ite (= |pte.folio[P0][0]@4| #x00)
                          |folio.index[F0]@4|
                          |folio.index[F1]@4|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@4|)
                  (= |anon_vma.list[av0][0]@4| #x00)))
      (a!146 (and (= migrate0.pc@4 #x05)
                  (not (= |page.mapping(shmem)[F0]@4| #x00))
                  (= |folio.refcount[F0]@4| #x02)
                  a!145))
      (a!148 (not (and (not (= |page.mapping(shmem)[F0]@4| #x00))
                       (= |folio.refcount[F0]@4| #x02)
                       a!145)))
      (a!150 (bvadd |folio.mapcount[F0]@4|
                    (bvadd migrate0.isolated@4
                           (ite (= migrate0.newpage@4 #x00) #x01 #x00))
                    a!149))
      (a!155 (= |folio.refcount[F1]@4|
                (bvadd |folio.mapcount[F1]@4|
                       (ite (= migrate0.newpage@4 #x01) #x01 #x00)
                       a!154)))
      (a!158 (and (= |folio.refcount[F1]@4| #x00)
                  (= |folio.mapcount[F1]@4| #x00)
                  (= (ite (= migrate0.newpage@4 #x01) #x01 #x00) #x00)
                  (= a!154 #x00)
                  a!157))
      (a!161 (and (bvuge (ite (= migrate0.newpage@4 #x00)
                              |folio.refcount[F0]@4|
                              |folio.refcount[F1]@4|)
                         #x01)
                  a!160))
      (a!165 (and (and (= migrate0.pc@4 #x09) (not (= migrate0.ok@4 #x00)))
                  a!164))
      (a!167 (or (not (not (= |folio.used[F0]@4| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@4| #x00)
                          (bvugt a!149 #x00))
                      (not (= |PG_lru[F0]@4| #x00))
                      (= |PG_locked[F0]@4| #x00))))
      (a!168 (or (not (not (= |folio.used[F1]@4| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@4| #x00)
                          (bvugt a!154 #x00))
                      (not (= |PG_lru[F1]@4| #x00))
                      (= |PG_locked[F1]@4| #x00))))
      (a!172 (and (= migrate0.pc@4 #x02)
                  a!170
                  (= (ite (= a!171 #x00) |PG_locked[F0]@4| |PG_locked[F1]@4|)
                     #x00)))
      (a!178 (and a!176
                  a!177
                  (= (ite (= |pte.folio[P0][0]@5| #x00)
                          |folio.index[F0]@5|
                          |folio.index[F1]@5|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@5|)
                  (= |anon_vma.list[av0][0]@5| #x00)))
      (a!181 (and (= migrate0.pc@5 #x05)
                  (not (= |page.mapping(shmem)[F0]@5| #x00))
                  (= |folio.refcount[F0]@5| #x02)
                  a!180))
      (a!183 (not (and (not (= |page.mapping(shmem)[F0]@5| #x00))
                       (= |folio.refcount[F0]@5| #x02)
                       a!180)))
      (a!185 (bvadd |folio.mapcount[F0]@5|
                    (bvadd migrate0.isolated@5
                           (ite (= migrate0.newpage@5 #x00) #x01 #x00))
                    a!184))
      (a!190 (= |folio.refcount[F1]@5|
                (bvadd |folio.mapcount[F1]@5|
                       (ite (= migrate0.newpage@5 #x01) #x01 #x00)
                       a!189)))
      (a!193 (and (= |folio.refcount[F1]@5| #x00)
                  (= |folio.mapcount[F1]@5| #x00)
                  (= (ite (= migrate0.newpage@5 #x01) #x01 #x00) #x00)
                  (= a!189 #x00)
                  a!192))
      (a!196 (and (bvuge (ite (= migrate0.newpage@5 #x00)
                              |folio.refcount[F0]@5|
                              |folio.refcount[F1]@5|)
                         #x01)
                  a!195))
      (a!200 (and (and (= migrate0.pc@5 #x09) (not (= migrate0.ok@5 #x00)))
                  a!199))
      (a!202 (or (not (not (= |folio.used[F0]@5| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@5| #x00)
                          (bvugt a!184 #x00))
                      (not (= |PG_lru[F0]@5| #x00))
                      (= |PG_locked[F0]@5| #x00))))
      (a!203 (or (not (not (= |folio.used[F1]@5| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@5| #x00)
                          (bvugt a!189 #x00))
                      (not (= |PG_lru[F1]@5| #x00))
                      (= |PG_locked[F1]@5| #x00))))
      (a!207 (and (= migrate0.pc@5 #x02)
                  a!205
                  (= (ite (= a!206 #x00) |PG_locked[F0]@5| |PG_locked[F1]@5|)
                     #x00)))
      (a!213 (and a!211
                  a!212
                  (= (ite (= |pte.folio[P0][0]@6| #x00)
                          |folio.index[F0]@6|
                          |folio.index[F1]@6|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@6|)
                  (= |anon_vma.list[av0][0]@6| #x00)))
      (a!216 (and (= migrate0.pc@6 #x05)
                  (not (= |page.mapping(shmem)[F0]@6| #x00))
                  (= |folio.refcount[F0]@6| #x02)
                  a!215))
      (a!218 (not (and (not (= |page.mapping(shmem)[F0]@6| #x00))
                       (= |folio.refcount[F0]@6| #x02)
                       a!215)))
      (a!220 (bvadd |folio.mapcount[F0]@6|
                    (bvadd migrate0.isolated@6
                           (ite (= migrate0.newpage@6 #x00) #x01 #x00))
                    a!219))
      (a!225 (= |folio.refcount[F1]@6|
                (bvadd |folio.mapcount[F1]@6|
                       (ite (= migrate0.newpage@6 #x01) #x01 #x00)
                       a!224)))
      (a!228 (and (= |folio.refcount[F1]@6| #x00)
                  (= |folio.mapcount[F1]@6| #x00)
                  (= (ite (= migrate0.newpage@6 #x01) #x01 #x00) #x00)
                  (= a!224 #x00)
                  a!227))
      (a!231 (and (bvuge (ite (= migrate0.newpage@6 #x00)
                              |folio.refcount[F0]@6|
                              |folio.refcount[F1]@6|)
                         #x01)
                  a!230))
      (a!235 (and (and (= migrate0.pc@6 #x09) (not (= migrate0.ok@6 #x00)))
                  a!234))
      (a!237 (or (not (not (= |folio.used[F0]@6| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@6| #x00)
                          (bvugt a!219 #x00))
                      (not (= |PG_lru[F0]@6| #x00))
                      (= |PG_locked[F0]@6| #x00))))
      (a!238 (or (not (not (= |folio.used[F1]@6| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@6| #x00)
                          (bvugt a!224 #x00))
                      (not (= |PG_lru[F1]@6| #x00))
                      (= |PG_locked[F1]@6| #x00))))
      (a!242 (and (= migrate0.pc@6 #x02)
                  a!240
                  (= (ite (= a!241 #x00) |PG_locked[F0]@6| |PG_locked[F1]@6|)
                     #x00)))
      (a!248 (and a!246
                  a!247
                  (= (ite (= |pte.folio[P0][0]@7| #x00)
                          |folio.index[F0]@7|
                          |folio.index[F1]@7|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@7|)
                  (= |anon_vma.list[av0][0]@7| #x00)))
      (a!251 (and (= migrate0.pc@7 #x05)
                  (not (= |page.mapping(shmem)[F0]@7| #x00))
                  (= |folio.refcount[F0]@7| #x02)
                  a!250))
      (a!253 (not (and (not (= |page.mapping(shmem)[F0]@7| #x00))
                       (= |folio.refcount[F0]@7| #x02)
                       a!250)))
      (a!255 (bvadd |folio.mapcount[F0]@7|
                    (bvadd migrate0.isolated@7
                           (ite (= migrate0.newpage@7 #x00) #x01 #x00))
                    a!254))
      (a!260 (= |folio.refcount[F1]@7|
                (bvadd |folio.mapcount[F1]@7|
                       (ite (= migrate0.newpage@7 #x01) #x01 #x00)
                       a!259)))
      (a!263 (and (= |folio.refcount[F1]@7| #x00)
                  (= |folio.mapcount[F1]@7| #x00)
                  (= (ite (= migrate0.newpage@7 #x01) #x01 #x00) #x00)
                  (= a!259 #x00)
                  a!262))
      (a!266 (and (bvuge (ite (= migrate0.newpage@7 #x00)
                              |folio.refcount[F0]@7|
                              |folio.refcount[F1]@7|)
                         #x01)
                  a!265))
      (a!270 (and (and (= migrate0.pc@7 #x09) (not (= migrate0.ok@7 #x00)))
                  a!269))
      (a!272 (or (not (not (= |folio.used[F0]@7| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@7| #x00)
                          (bvugt a!254 #x00))
                      (not (= |PG_lru[F0]@7| #x00))
                      (= |PG_locked[F0]@7| #x00))))
      (a!273 (or (not (not (= |folio.used[F1]@7| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@7| #x00)
                          (bvugt a!259 #x00))
                      (not (= |PG_lru[F1]@7| #x00))
                      (= |PG_locked[F1]@7| #x00))))
      (a!277 (and (= migrate0.pc@7 #x02)
                  a!275
                  (= (ite (= a!276 #x00) |PG_locked[F0]@7| |PG_locked[F1]@7|)
                     #x00)))
      (a!283 (and a!281
                  a!282
                  (= (ite (= |pte.folio[P0][0]@8| #x00)
                          |folio.index[F0]@8|
                          |folio.index[F1]@8|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@8|)
                  (= |anon_vma.list[av0][0]@8| #x00)))
      (a!286 (and (= migrate0.pc@8 #x05)
                  (not (= |page.mapping(shmem)[F0]@8| #x00))
                  (= |folio.refcount[F0]@8| #x02)
                  a!285))
      (a!288 (not (and (not (= |page.mapping(shmem)[F0]@8| #x00))
                       (= |folio.refcount[F0]@8| #x02)
                       a!285)))
      (a!290 (bvadd |folio.mapcount[F0]@8|
                    (bvadd migrate0.isolated@8
                           (ite (= migrate0.newpage@8 #x00) #x01 #x00))
                    a!289))
      (a!295 (= |folio.refcount[F1]@8|
                (bvadd |folio.mapcount[F1]@8|
                       (ite (= migrate0.newpage@8 #x01) #x01 #x00)
                       a!294)))
      (a!298 (and (= |folio.refcount[F1]@8| #x00)
                  (= |folio.mapcount[F1]@8| #x00)
                  (= (ite (= migrate0.newpage@8 #x01) #x01 #x00) #x00)
                  (= a!294 #x00)
                  a!297))
      (a!301 (and (bvuge (ite (= migrate0.newpage@8 #x00)
                              |folio.refcount[F0]@8|
                              |folio.refcount[F1]@8|)
                         #x01)
                  a!300))
      (a!305 (and (and (= migrate0.pc@8 #x09) (not (= migrate0.ok@8 #x00)))
                  a!304))
      (a!307 (or (not (not (= |folio.used[F0]@8| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@8| #x00)
                          (bvugt a!289 #x00))
                      (not (= |PG_lru[F0]@8| #x00))
                      (= |PG_locked[F0]@8| #x00))))
      (a!308 (or (not (not (= |folio.used[F1]@8| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@8| #x00)
                          (bvugt a!294 #x00))
                      (not (= |PG_lru[F1]@8| #x00))
                      (= |PG_locked[F1]@8| #x00))))
      (a!312 (and (= migrate0.pc@8 #x02)
                  a!310
                  (= (ite (= a!311 #x00) |PG_locked[F0]@8| |PG_locked[F1]@8|)
                     #x00)))
      (a!318 (and a!316
                  a!317
                  (= (ite (= |pte.folio[P0][0]@9| #x00)
                          |folio.index[F0]@9|
                          |folio.index[F1]@9|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@9|)
                  (= |anon_vma.list[av0][0]@9| #x00)))
      (a!321 (and (= migrate0.pc@9 #x05)
                  (not (= |page.mapping(shmem)[F0]@9| #x00))
                  (= |folio.refcount[F0]@9| #x02)
                  a!320))
      (a!323 (not (and (not (= |page.mapping(shmem)[F0]@9| #x00))
                       (= |folio.refcount[F0]@9| #x02)
                       a!320)))
      (a!325 (bvadd |folio.mapcount[F0]@9|
                    (bvadd migrate0.isolated@9
                           (ite (= migrate0.newpage@9 #x00) #x01 #x00))
                    a!324))
      (a!330 (= |folio.refcount[F1]@9|
                (bvadd |folio.mapcount[F1]@9|
                       (ite (= migrate0.newpage@9 #x01) #x01 #x00)
                       a!329)))
      (a!333 (and (= |folio.refcount[F1]@9| #x00)
                  (= |folio.mapcount[F1]@9| #x00)
                  (= (ite (= migrate0.newpage@9 #x01) #x01 #x00) #x00)
                  (= a!329 #x00)
                  a!332))
      (a!336 (and (bvuge (ite (= migrate0.newpage@9 #x00)
                              |folio.refcount[F0]@9|
                              |folio.refcount[F1]@9|)
                         #x01)
                  a!335))
      (a!340 (and (and (= migrate0.pc@9 #x09) (not (= migrate0.ok@9 #x00)))
                  a!339))
      (a!342 (or (not (not (= |folio.used[F0]@9| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@9| #x00)
                          (bvugt a!324 #x00))
                      (not (= |PG_lru[F0]@9| #x00))
                      (= |PG_locked[F0]@9| #x00))))
      (a!343 (or (not (not (= |folio.used[F1]@9| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@9| #x00)
                          (bvugt a!329 #x00))
                      (not (= |PG_lru[F1]@9| #x00))
                      (= |PG_locked[F1]@9| #x00))))
      (a!347 (and (= migrate0.pc@9 #x02)
                  a!345
                  (= (ite (= a!346 #x00) |PG_locked[F0]@9| |PG_locked[F1]@9|)
                     #x00)))
      (a!353 (and a!351
                  a!352
                  (= (ite (= |pte.folio[P0][0]@10| #x00)
                          |folio.index[F0]@10|
                          |folio.index[F1]@10|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@10|)
                  (= |anon_vma.list[av0][0]@10| #x00)))
      (a!356 (and (= migrate0.pc@10 #x05)
                  (not (= |page.mapping(shmem)[F0]@10| #x00))
                  (= |folio.refcount[F0]@10| #x02)
                  a!355))
      (a!358 (not (and (not (= |page.mapping(shmem)[F0]@10| #x00))
                       (= |folio.refcount[F0]@10| #x02)
                       a!355)))
      (a!360 (bvadd |folio.mapcount[F0]@10|
                    (bvadd migrate0.isolated@10
                           (ite (= migrate0.newpage@10 #x00) #x01 #x00))
                    a!359))
      (a!365 (= |folio.refcount[F1]@10|
                (bvadd |folio.mapcount[F1]@10|
                       (ite (= migrate0.newpage@10 #x01) #x01 #x00)
                       a!364)))
      (a!368 (and (= |folio.refcount[F1]@10| #x00)
                  (= |folio.mapcount[F1]@10| #x00)
                  (= (ite (= migrate0.newpage@10 #x01) #x01 #x00) #x00)
                  (= a!364 #x00)
                  a!367))
      (a!371 (and (bvuge (ite (= migrate0.newpage@10 #x00)
                              |folio.refcount[F0]@10|
                              |folio.refcount[F1]@10|)
                         #x01)
                  a!370))
      (a!375 (and (and (= migrate0.pc@10 #x09) (not (= migrate0.ok@10 #x00)))
                  a!374))
      (a!377 (or (not (not (= |folio.used[F0]@10| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@10| #x00)
                          (bvugt a!359 #x00))
                      (not (= |PG_lru[F0]@10| #x00))
                      (= |PG_locked[F0]@10| #x00))))
      (a!378 (or (not (not (= |folio.used[F1]@10| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@10| #x00)
                          (bvugt a!364 #x00))
                      (not (= |PG_lru[F1]@10| #x00))
                      (= |PG_locked[F1]@10| #x00))))
      (a!382 (and (= migrate0.pc@10 #x02)
                  a!380
                  (= (ite (= a!381 #x00) |PG_locked[F0]@10| |PG_locked[F1]@10|)
                     #x00)))
      (a!388 (and a!386
                  a!387
                  (= (ite (= |pte.folio[P0][0]@11| #x00)
                          |folio.index[F0]@11|
                          |folio.index[F1]@11|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@11|)
                  (= |anon_vma.list[av0][0]@11| #x00)))
      (a!391 (and (= migrate0.pc@11 #x05)
                  (not (= |page.mapping(shmem)[F0]@11| #x00))
                  (= |folio.refcount[F0]@11| #x02)
                  a!390))
      (a!393 (not (and (not (= |page.mapping(shmem)[F0]@11| #x00))
                       (= |folio.refcount[F0]@11| #x02)
                       a!390)))
      (a!395 (bvadd |folio.mapcount[F0]@11|
                    (bvadd migrate0.isolated@11
                           (ite (= migrate0.newpage@11 #x00) #x01 #x00))
                    a!394))
      (a!400 (= |folio.refcount[F1]@11|
                (bvadd |folio.mapcount[F1]@11|
                       (ite (= migrate0.newpage@11 #x01) #x01 #x00)
                       a!399)))
      (a!403 (and (= |folio.refcount[F1]@11| #x00)
                  (= |folio.mapcount[F1]@11| #x00)
                  (= (ite (= migrate0.newpage@11 #x01) #x01 #x00) #x00)
                  (= a!399 #x00)
                  a!402))
      (a!406 (and (bvuge (ite (= migrate0.newpage@11 #x00)
                              |folio.refcount[F0]@11|
                              |folio.refcount[F1]@11|)
                         #x01)
                  a!405))
      (a!410 (and (and (= migrate0.pc@11 #x09) (not (= migrate0.ok@11 #x00)))
                  a!409))
      (a!412 (or (not (not (= |folio.used[F0]@11| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@11| #x00)
                          (bvugt a!394 #x00))
                      (not (= |PG_lru[F0]@11| #x00))
                      (= |PG_locked[F0]@11| #x00))))
      (a!413 (or (not (not (= |folio.used[F1]@11| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@11| #x00)
                          (bvugt a!399 #x00))
                      (not (= |PG_lru[F1]@11| #x00))
                      (= |PG_locked[F1]@11| #x00))))
      (a!417 (and (= migrate0.pc@11 #x02)
                  a!415
                  (= (ite (= a!416 #x00) |PG_locked[F0]@11| |PG_locked[F1]@11|)
                     #x00)))
      (a!423 (and a!421
                  a!422
                  (= (ite (= |pte.folio[P0][0]@12| #x00)
                          |folio.index[F0]@12|
                          |folio.index[F1]@12|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@12|)
                  (= |anon_vma.list[av0][0]@12| #x00)))
      (a!426 (and (= migrate0.pc@12 #x05)
                  (not (= |page.mapping(shmem)[F0]@12| #x00))
                  (= |folio.refcount[F0]@12| #x02)
                  a!425))
      (a!428 (not (and (not (= |page.mapping(shmem)[F0]@12| #x00))
                       (= |folio.refcount[F0]@12| #x02)
                       a!425)))
      (a!430 (bvadd |folio.mapcount[F0]@12|
                    (bvadd migrate0.isolated@12
                           (ite (= migrate0.newpage@12 #x00) #x01 #x00))
                    a!429))
      (a!435 (= |folio.refcount[F1]@12|
                (bvadd |folio.mapcount[F1]@12|
                       (ite (= migrate0.newpage@12 #x01) #x01 #x00)
                       a!434)))
      (a!438 (and (= |folio.refcount[F1]@12| #x00)
                  (= |folio.mapcount[F1]@12| #x00)
                  (= (ite (= migrate0.newpage@12 #x01) #x01 #x00) #x00)
                  (= a!434 #x00)
                  a!437))
      (a!441 (and (bvuge (ite (= migrate0.newpage@12 #x00)
                              |folio.refcount[F0]@12|
                              |folio.refcount[F1]@12|)
                         #x01)
                  a!440))
      (a!445 (and (and (= migrate0.pc@12 #x09) (not (= migrate0.ok@12 #x00)))
                  a!444))
      (a!447 (or (not (not (= |folio.used[F0]@12| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@12| #x00)
                          (bvugt a!429 #x00))
                      (not (= |PG_lru[F0]@12| #x00))
                      (= |PG_locked[F0]@12| #x00))))
      (a!448 (or (not (not (= |folio.used[F1]@12| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@12| #x00)
                          (bvugt a!434 #x00))
                      (not (= |PG_lru[F1]@12| #x00))
                      (= |PG_locked[F1]@12| #x00))))
      (a!452 (and (= migrate0.pc@12 #x02)
                  a!450
                  (= (ite (= a!451 #x00) |PG_locked[F0]@12| |PG_locked[F1]@12|)
                     #x00))))
(let ((a!4 (or (not (not (= |pte[P0][0]@0| #x00))) a!3))
      (a!19 (and (ite (not (= |folio.used[F0]@0| #x00))
                      (and (= |folio.refcount[F0]@0| a!10) a!11)
                      (and (= |folio.refcount[F0]@0| #x00)
                           (= |folio.mapcount[F0]@0| #x00)
                           a!12
                           (= a!9 #x00)
                           a!13))
                 (ite (not (= |folio.used[F1]@0| #x00)) (and a!15 a!16) a!18)))
      (a!23 (and (and (= migrate0.pc@0 #x09) (not (= migrate0.ok@0 #x00)))
                 (not a!21)))
      (a!35 (or (and (= migrate0.pc@0 #x00)
                     (not (= |folio.used[F0]@0| #x00))
                     (not (= |PG_lru[F0]@0| #x00)))
                (and (= migrate0.pc@0 #x00) a!29)
                (and (= migrate0.pc@0 #x01) (= |PG_locked[F0]@0| #x00))
                a!32
                a!33
                false
                false
                (and (= migrate0.pc@0 #x03) a!34)
                (= migrate0.pc@0 #x04)
                a!6
                (and (= migrate0.pc@0 #x05) a!8)
                (= migrate0.pc@0 #x06)
                (and (= migrate0.pc@0 #x07) (not (= migrate0.ok@0 #x00)))
                a!22
                (and (= migrate0.pc@0 #x09) (not (= migrate0.ok@0 #x00)))
                a!26
                (and (= migrate0.pc@0 #x08) (bvult migrate0.pass@0 #x01))
                (and (= migrate0.pc@0 #x08) (bvuge migrate0.pass@0 #x01))))
      (a!39 (or (not (not (= |pte[P0][0]@1| #x00))) a!38))
      (a!54 (and (ite (not (= |folio.used[F0]@1| #x00))
                      (and (= |folio.refcount[F0]@1| a!45) a!46)
                      (and (= |folio.refcount[F0]@1| #x00)
                           (= |folio.mapcount[F0]@1| #x00)
                           a!47
                           (= a!44 #x00)
                           a!48))
                 (ite (not (= |folio.used[F1]@1| #x00)) (and a!50 a!51) a!53)))
      (a!58 (and (and (= migrate0.pc@1 #x09) (not (= migrate0.ok@1 #x00)))
                 (not a!56)))
      (a!70 (or (and (= migrate0.pc@1 #x00)
                     (not (= |folio.used[F0]@1| #x00))
                     (not (= |PG_lru[F0]@1| #x00)))
                (and (= migrate0.pc@1 #x00) a!64)
                (and (= migrate0.pc@1 #x01) (= |PG_locked[F0]@1| #x00))
                a!67
                a!68
                false
                false
                (and (= migrate0.pc@1 #x03) a!69)
                (= migrate0.pc@1 #x04)
                a!41
                (and (= migrate0.pc@1 #x05) a!43)
                (= migrate0.pc@1 #x06)
                (and (= migrate0.pc@1 #x07) (not (= migrate0.ok@1 #x00)))
                a!57
                (and (= migrate0.pc@1 #x09) (not (= migrate0.ok@1 #x00)))
                a!61
                (and (= migrate0.pc@1 #x08) (bvult migrate0.pass@1 #x01))
                (and (= migrate0.pc@1 #x08) (bvuge migrate0.pass@1 #x01))))
      (a!74 (or (not (not (= |pte[P0][0]@2| #x00))) a!73))
      (a!89 (and (ite (not (= |folio.used[F0]@2| #x00))
                      (and (= |folio.refcount[F0]@2| a!80) a!81)
                      (and (= |folio.refcount[F0]@2| #x00)
                           (= |folio.mapcount[F0]@2| #x00)
                           a!82
                           (= a!79 #x00)
                           a!83))
                 (ite (not (= |folio.used[F1]@2| #x00)) (and a!85 a!86) a!88)))
      (a!93 (and (and (= migrate0.pc@2 #x09) (not (= migrate0.ok@2 #x00)))
                 (not a!91)))
      (a!105 (or (and (= migrate0.pc@2 #x00)
                      (not (= |folio.used[F0]@2| #x00))
                      (not (= |PG_lru[F0]@2| #x00)))
                 (and (= migrate0.pc@2 #x00) a!99)
                 (and (= migrate0.pc@2 #x01) (= |PG_locked[F0]@2| #x00))
                 a!102
                 a!103
                 false
                 false
                 (and (= migrate0.pc@2 #x03) a!104)
                 (= migrate0.pc@2 #x04)
                 a!76
                 (and (= migrate0.pc@2 #x05) a!78)
                 (= migrate0.pc@2 #x06)
                 (and (= migrate0.pc@2 #x07) (not (= migrate0.ok@2 #x00)))
                 a!92
                 (and (= migrate0.pc@2 #x09) (not (= migrate0.ok@2 #x00)))
                 a!96
                 (and (= migrate0.pc@2 #x08) (bvult migrate0.pass@2 #x01))
                 (and (= migrate0.pc@2 #x08) (bvuge migrate0.pass@2 #x01))))
      (a!109 (or (not (not (= |pte[P0][0]@3| #x00))) a!108))
      (a!124 (and (ite (not (= |folio.used[F0]@3| #x00))
                       (and (= |folio.refcount[F0]@3| a!115) a!116)
                       (and (= |folio.refcount[F0]@3| #x00)
                            (= |folio.mapcount[F0]@3| #x00)
                            a!117
                            (= a!114 #x00)
                            a!118))
                  (ite (not (= |folio.used[F1]@3| #x00))
                       (and a!120 a!121)
                       a!123)))
      (a!128 (and (and (= migrate0.pc@3 #x09) (not (= migrate0.ok@3 #x00)))
                  (not a!126)))
      (a!140 (or (and (= migrate0.pc@3 #x00)
                      (not (= |folio.used[F0]@3| #x00))
                      (not (= |PG_lru[F0]@3| #x00)))
                 (and (= migrate0.pc@3 #x00) a!134)
                 (and (= migrate0.pc@3 #x01) (= |PG_locked[F0]@3| #x00))
                 a!137
                 a!138
                 false
                 false
                 (and (= migrate0.pc@3 #x03) a!139)
                 (= migrate0.pc@3 #x04)
                 a!111
                 (and (= migrate0.pc@3 #x05) a!113)
                 (= migrate0.pc@3 #x06)
                 (and (= migrate0.pc@3 #x07) (not (= migrate0.ok@3 #x00)))
                 a!127
                 (and (= migrate0.pc@3 #x09) (not (= migrate0.ok@3 #x00)))
                 a!131
                 (and (= migrate0.pc@3 #x08) (bvult migrate0.pass@3 #x01))
                 (and (= migrate0.pc@3 #x08) (bvuge migrate0.pass@3 #x01))))
      (a!144 (or (not (not (= |pte[P0][0]@4| #x00))) a!143))
      (a!159 (and (ite (not (= |folio.used[F0]@4| #x00))
                       (and (= |folio.refcount[F0]@4| a!150) a!151)
                       (and (= |folio.refcount[F0]@4| #x00)
                            (= |folio.mapcount[F0]@4| #x00)
                            a!152
                            (= a!149 #x00)
                            a!153))
                  (ite (not (= |folio.used[F1]@4| #x00))
                       (and a!155 a!156)
                       a!158)))
      (a!163 (and (and (= migrate0.pc@4 #x09) (not (= migrate0.ok@4 #x00)))
                  (not a!161)))
      (a!175 (or (and (= migrate0.pc@4 #x00)
                      (not (= |folio.used[F0]@4| #x00))
                      (not (= |PG_lru[F0]@4| #x00)))
                 (and (= migrate0.pc@4 #x00) a!169)
                 (and (= migrate0.pc@4 #x01) (= |PG_locked[F0]@4| #x00))
                 a!172
                 a!173
                 false
                 false
                 (and (= migrate0.pc@4 #x03) a!174)
                 (= migrate0.pc@4 #x04)
                 a!146
                 (and (= migrate0.pc@4 #x05) a!148)
                 (= migrate0.pc@4 #x06)
                 (and (= migrate0.pc@4 #x07) (not (= migrate0.ok@4 #x00)))
                 a!162
                 (and (= migrate0.pc@4 #x09) (not (= migrate0.ok@4 #x00)))
                 a!166
                 (and (= migrate0.pc@4 #x08) (bvult migrate0.pass@4 #x01))
                 (and (= migrate0.pc@4 #x08) (bvuge migrate0.pass@4 #x01))))
      (a!179 (or (not (not (= |pte[P0][0]@5| #x00))) a!178))
      (a!194 (and (ite (not (= |folio.used[F0]@5| #x00))
                       (and (= |folio.refcount[F0]@5| a!185) a!186)
                       (and (= |folio.refcount[F0]@5| #x00)
                            (= |folio.mapcount[F0]@5| #x00)
                            a!187
                            (= a!184 #x00)
                            a!188))
                  (ite (not (= |folio.used[F1]@5| #x00))
                       (and a!190 a!191)
                       a!193)))
      (a!198 (and (and (= migrate0.pc@5 #x09) (not (= migrate0.ok@5 #x00)))
                  (not a!196)))
      (a!210 (or (and (= migrate0.pc@5 #x00)
                      (not (= |folio.used[F0]@5| #x00))
                      (not (= |PG_lru[F0]@5| #x00)))
                 (and (= migrate0.pc@5 #x00) a!204)
                 (and (= migrate0.pc@5 #x01) (= |PG_locked[F0]@5| #x00))
                 a!207
                 a!208
                 false
                 false
                 (and (= migrate0.pc@5 #x03) a!209)
                 (= migrate0.pc@5 #x04)
                 a!181
                 (and (= migrate0.pc@5 #x05) a!183)
                 (= migrate0.pc@5 #x06)
                 (and (= migrate0.pc@5 #x07) (not (= migrate0.ok@5 #x00)))
                 a!197
                 (and (= migrate0.pc@5 #x09) (not (= migrate0.ok@5 #x00)))
                 a!201
                 (and (= migrate0.pc@5 #x08) (bvult migrate0.pass@5 #x01))
                 (and (= migrate0.pc@5 #x08) (bvuge migrate0.pass@5 #x01))))
      (a!214 (or (not (not (= |pte[P0][0]@6| #x00))) a!213))
      (a!229 (and (ite (not (= |folio.used[F0]@6| #x00))
                       (and (= |folio.refcount[F0]@6| a!220) a!221)
                       (and (= |folio.refcount[F0]@6| #x00)
                            (= |folio.mapcount[F0]@6| #x00)
                            a!222
                            (= a!219 #x00)
                            a!223))
                  (ite (not (= |folio.used[F1]@6| #x00))
                       (and a!225 a!226)
                       a!228)))
      (a!233 (and (and (= migrate0.pc@6 #x09) (not (= migrate0.ok@6 #x00)))
                  (not a!231)))
      (a!245 (or (and (= migrate0.pc@6 #x00)
                      (not (= |folio.used[F0]@6| #x00))
                      (not (= |PG_lru[F0]@6| #x00)))
                 (and (= migrate0.pc@6 #x00) a!239)
                 (and (= migrate0.pc@6 #x01) (= |PG_locked[F0]@6| #x00))
                 a!242
                 a!243
                 false
                 false
                 (and (= migrate0.pc@6 #x03) a!244)
                 (= migrate0.pc@6 #x04)
                 a!216
                 (and (= migrate0.pc@6 #x05) a!218)
                 (= migrate0.pc@6 #x06)
                 (and (= migrate0.pc@6 #x07) (not (= migrate0.ok@6 #x00)))
                 a!232
                 (and (= migrate0.pc@6 #x09) (not (= migrate0.ok@6 #x00)))
                 a!236
                 (and (= migrate0.pc@6 #x08) (bvult migrate0.pass@6 #x01))
                 (and (= migrate0.pc@6 #x08) (bvuge migrate0.pass@6 #x01))))
      (a!249 (or (not (not (= |pte[P0][0]@7| #x00))) a!248))
      (a!264 (and (ite (not (= |folio.used[F0]@7| #x00))
                       (and (= |folio.refcount[F0]@7| a!255) a!256)
                       (and (= |folio.refcount[F0]@7| #x00)
                            (= |folio.mapcount[F0]@7| #x00)
                            a!257
                            (= a!254 #x00)
                            a!258))
                  (ite (not (= |folio.used[F1]@7| #x00))
                       (and a!260 a!261)
                       a!263)))
      (a!268 (and (and (= migrate0.pc@7 #x09) (not (= migrate0.ok@7 #x00)))
                  (not a!266)))
      (a!280 (or (and (= migrate0.pc@7 #x00)
                      (not (= |folio.used[F0]@7| #x00))
                      (not (= |PG_lru[F0]@7| #x00)))
                 (and (= migrate0.pc@7 #x00) a!274)
                 (and (= migrate0.pc@7 #x01) (= |PG_locked[F0]@7| #x00))
                 a!277
                 a!278
                 false
                 false
                 (and (= migrate0.pc@7 #x03) a!279)
                 (= migrate0.pc@7 #x04)
                 a!251
                 (and (= migrate0.pc@7 #x05) a!253)
                 (= migrate0.pc@7 #x06)
                 (and (= migrate0.pc@7 #x07) (not (= migrate0.ok@7 #x00)))
                 a!267
                 (and (= migrate0.pc@7 #x09) (not (= migrate0.ok@7 #x00)))
                 a!271
                 (and (= migrate0.pc@7 #x08) (bvult migrate0.pass@7 #x01))
                 (and (= migrate0.pc@7 #x08) (bvuge migrate0.pass@7 #x01))))
      (a!284 (or (not (not (= |pte[P0][0]@8| #x00))) a!283))
      (a!299 (and (ite (not (= |folio.used[F0]@8| #x00))
                       (and (= |folio.refcount[F0]@8| a!290) a!291)
                       (and (= |folio.refcount[F0]@8| #x00)
                            (= |folio.mapcount[F0]@8| #x00)
                            a!292
                            (= a!289 #x00)
                            a!293))
                  (ite (not (= |folio.used[F1]@8| #x00))
                       (and a!295 a!296)
                       a!298)))
      (a!303 (and (and (= migrate0.pc@8 #x09) (not (= migrate0.ok@8 #x00)))
                  (not a!301)))
      (a!315 (or (and (= migrate0.pc@8 #x00)
                      (not (= |folio.used[F0]@8| #x00))
                      (not (= |PG_lru[F0]@8| #x00)))
                 (and (= migrate0.pc@8 #x00) a!309)
                 (and (= migrate0.pc@8 #x01) (= |PG_locked[F0]@8| #x00))
                 a!312
                 a!313
                 false
                 false
                 (and (= migrate0.pc@8 #x03) a!314)
                 (= migrate0.pc@8 #x04)
                 a!286
                 (and (= migrate0.pc@8 #x05) a!288)
                 (= migrate0.pc@8 #x06)
                 (and (= migrate0.pc@8 #x07) (not (= migrate0.ok@8 #x00)))
                 a!302
                 (and (= migrate0.pc@8 #x09) (not (= migrate0.ok@8 #x00)))
                 a!306
                 (and (= migrate0.pc@8 #x08) (bvult migrate0.pass@8 #x01))
                 (and (= migrate0.pc@8 #x08) (bvuge migrate0.pass@8 #x01))))
      (a!319 (or (not (not (= |pte[P0][0]@9| #x00))) a!318))
      (a!334 (and (ite (not (= |folio.used[F0]@9| #x00))
                       (and (= |folio.refcount[F0]@9| a!325) a!326)
                       (and (= |folio.refcount[F0]@9| #x00)
                            (= |folio.mapcount[F0]@9| #x00)
                            a!327
                            (= a!324 #x00)
                            a!328))
                  (ite (not (= |folio.used[F1]@9| #x00))
                       (and a!330 a!331)
                       a!333)))
      (a!338 (and (and (= migrate0.pc@9 #x09) (not (= migrate0.ok@9 #x00)))
                  (not a!336)))
      (a!350 (or (and (= migrate0.pc@9 #x00)
                      (not (= |folio.used[F0]@9| #x00))
                      (not (= |PG_lru[F0]@9| #x00)))
                 (and (= migrate0.pc@9 #x00) a!344)
                 (and (= migrate0.pc@9 #x01) (= |PG_locked[F0]@9| #x00))
                 a!347
                 a!348
                 false
                 false
                 (and (= migrate0.pc@9 #x03) a!349)
                 (= migrate0.pc@9 #x04)
                 a!321
                 (and (= migrate0.pc@9 #x05) a!323)
                 (= migrate0.pc@9 #x06)
                 (and (= migrate0.pc@9 #x07) (not (= migrate0.ok@9 #x00)))
                 a!337
                 (and (= migrate0.pc@9 #x09) (not (= migrate0.ok@9 #x00)))
                 a!341
                 (and (= migrate0.pc@9 #x08) (bvult migrate0.pass@9 #x01))
                 (and (= migrate0.pc@9 #x08) (bvuge migrate0.pass@9 #x01))))
      (a!354 (or (not (not (= |pte[P0][0]@10| #x00))) a!353))
      (a!369 (and (ite (not (= |folio.used[F0]@10| #x00))
                       (and (= |folio.refcount[F0]@10| a!360) a!361)
                       (and (= |folio.refcount[F0]@10| #x00)
                            (= |folio.mapcount[F0]@10| #x00)
                            a!362
                            (= a!359 #x00)
                            a!363))
                  (ite (not (= |folio.used[F1]@10| #x00))
                       (and a!365 a!366)
                       a!368)))
      (a!373 (and (and (= migrate0.pc@10 #x09) (not (= migrate0.ok@10 #x00)))
                  (not a!371)))
      (a!385 (or (and (= migrate0.pc@10 #x00)
                      (not (= |folio.used[F0]@10| #x00))
                      (not (= |PG_lru[F0]@10| #x00)))
                 (and (= migrate0.pc@10 #x00) a!379)
                 (and (= migrate0.pc@10 #x01) (= |PG_locked[F0]@10| #x00))
                 a!382
                 a!383
                 false
                 false
                 (and (= migrate0.pc@10 #x03) a!384)
                 (= migrate0.pc@10 #x04)
                 a!356
                 (and (= migrate0.pc@10 #x05) a!358)
                 (= migrate0.pc@10 #x06)
                 (and (= migrate0.pc@10 #x07) (not (= migrate0.ok@10 #x00)))
                 a!372
                 (and (= migrate0.pc@10 #x09) (not (= migrate0.ok@10 #x00)))
                 a!376
                 (and (= migrate0.pc@10 #x08) (bvult migrate0.pass@10 #x01))
                 (and (= migrate0.pc@10 #x08) (bvuge migrate0.pass@10 #x01))))
      (a!389 (or (not (not (= |pte[P0][0]@11| #x00))) a!388))
      (a!404 (and (ite (not (= |folio.used[F0]@11| #x00))
                       (and (= |folio.refcount[F0]@11| a!395) a!396)
                       (and (= |folio.refcount[F0]@11| #x00)
                            (= |folio.mapcount[F0]@11| #x00)
                            a!397
                            (= a!394 #x00)
                            a!398))
                  (ite (not (= |folio.used[F1]@11| #x00))
                       (and a!400 a!401)
                       a!403)))
      (a!408 (and (and (= migrate0.pc@11 #x09) (not (= migrate0.ok@11 #x00)))
                  (not a!406)))
      (a!420 (or (and (= migrate0.pc@11 #x00)
                      (not (= |folio.used[F0]@11| #x00))
                      (not (= |PG_lru[F0]@11| #x00)))
                 (and (= migrate0.pc@11 #x00) a!414)
                 (and (= migrate0.pc@11 #x01) (= |PG_locked[F0]@11| #x00))
                 a!417
                 a!418
                 false
                 false
                 (and (= migrate0.pc@11 #x03) a!419)
                 (= migrate0.pc@11 #x04)
                 a!391
                 (and (= migrate0.pc@11 #x05) a!393)
                 (= migrate0.pc@11 #x06)
                 (and (= migrate0.pc@11 #x07) (not (= migrate0.ok@11 #x00)))
                 a!407
                 (and (= migrate0.pc@11 #x09) (not (= migrate0.ok@11 #x00)))
                 a!411
                 (and (= migrate0.pc@11 #x08) (bvult migrate0.pass@11 #x01))
                 (and (= migrate0.pc@11 #x08) (bvuge migrate0.pass@11 #x01))))
      (a!424 (or (not (not (= |pte[P0][0]@12| #x00))) a!423))
      (a!439 (and (ite (not (= |folio.used[F0]@12| #x00))
                       (and (= |folio.refcount[F0]@12| a!430) a!431)
                       (and (= |folio.refcount[F0]@12| #x00)
                            (= |folio.mapcount[F0]@12| #x00)
                            a!432
                            (= a!429 #x00)
                            a!433))
                  (ite (not (= |folio.used[F1]@12| #x00))
                       (and a!435 a!436)
                       a!438)))
      (a!443 (and (and (= migrate0.pc@12 #x09) (not (= migrate0.ok@12 #x00)))
                  (not a!441)))
      (a!455 (or (and (= migrate0.pc@12 #x00)
                      (not (= |folio.used[F0]@12| #x00))
                      (not (= |PG_lru[F0]@12| #x00)))
                 (and (= migrate0.pc@12 #x00) a!449)
                 (and (= migrate0.pc@12 #x01) (= |PG_locked[F0]@12| #x00))
                 a!452
                 a!453
                 false
                 false
                 (and (= migrate0.pc@12 #x03) a!454)
                 (= migrate0.pc@12 #x04)
                 a!426
                 (and (= migrate0.pc@12 #x05) a!428)
                 (= migrate0.pc@12 #x06)
                 (and (= migrate0.pc@12 #x07) (not (= migrate0.ok@12 #x00)))
                 a!442
                 (and (= migrate0.pc@12 #x09) (not (= migrate0.ok@12 #x00)))
                 a!446
                 (and (= migrate0.pc@12 #x08) (bvult migrate0.pass@12 #x01))
                 (and (= migrate0.pc@12 #x08) (bvuge migrate0.pass@12 #x01)))))
  (or (not a!4)
      (and a!6 (not (= |page.mapping(shmem)[F0]@0| a!7)))
      (and (and (= migrate0.pc@0 #x05) a!8)
           (not (= |page.mapping(shmem)[F0]@0| a!7)))
      (not a!19)
      (and (= migrate0.pc@0 #x04) (not a!21))
      (and a!22 (not a!21))
      a!23
      a!25
      (and a!26 a!24)
      (and (= migrate0.pc@0 #x0a) (not (and a!27 a!28)))
      (and (not (= migrate0.pc@0 #x0a)) (not a!35))
      (not a!39)
      (and a!41 (not (= |page.mapping(shmem)[F0]@1| a!42)))
      (and (and (= migrate0.pc@1 #x05) a!43)
           (not (= |page.mapping(shmem)[F0]@1| a!42)))
      (not a!54)
      (and (= migrate0.pc@1 #x04) (not a!56))
      (and a!57 (not a!56))
      a!58
      a!60
      (and a!61 a!59)
      (and (= migrate0.pc@1 #x0a) (not (and a!62 a!63)))
      (and (not (= migrate0.pc@1 #x0a)) (not a!70))
      (not a!74)
      (and a!76 (not (= |page.mapping(shmem)[F0]@2| a!77)))
      (and (and (= migrate0.pc@2 #x05) a!78)
           (not (= |page.mapping(shmem)[F0]@2| a!77)))
      (not a!89)
      (and (= migrate0.pc@2 #x04) (not a!91))
      (and a!92 (not a!91))
      a!93
      a!95
      (and a!96 a!94)
      (and (= migrate0.pc@2 #x0a) (not (and a!97 a!98)))
      (and (not (= migrate0.pc@2 #x0a)) (not a!105))
      (not a!109)
      (and a!111 (not (= |page.mapping(shmem)[F0]@3| a!112)))
      (and (and (= migrate0.pc@3 #x05) a!113)
           (not (= |page.mapping(shmem)[F0]@3| a!112)))
      (not a!124)
      (and (= migrate0.pc@3 #x04) (not a!126))
      (and a!127 (not a!126))
      a!128
      a!130
      (and a!131 a!129)
      (and (= migrate0.pc@3 #x0a) (not (and a!132 a!133)))
      (and (not (= migrate0.pc@3 #x0a)) (not a!140))
      (not a!144)
      (and a!146 (not (= |page.mapping(shmem)[F0]@4| a!147)))
      (and (and (= migrate0.pc@4 #x05) a!148)
           (not (= |page.mapping(shmem)[F0]@4| a!147)))
      (not a!159)
      (and (= migrate0.pc@4 #x04) (not a!161))
      (and a!162 (not a!161))
      a!163
      a!165
      (and a!166 a!164)
      (and (= migrate0.pc@4 #x0a) (not (and a!167 a!168)))
      (and (not (= migrate0.pc@4 #x0a)) (not a!175))
      (not a!179)
      (and a!181 (not (= |page.mapping(shmem)[F0]@5| a!182)))
      (and (and (= migrate0.pc@5 #x05) a!183)
           (not (= |page.mapping(shmem)[F0]@5| a!182)))
      (not a!194)
      (and (= migrate0.pc@5 #x04) (not a!196))
      (and a!197 (not a!196))
      a!198
      a!200
      (and a!201 a!199)
      (and (= migrate0.pc@5 #x0a) (not (and a!202 a!203)))
      (and (not (= migrate0.pc@5 #x0a)) (not a!210))
      (not a!214)
      (and a!216 (not (= |page.mapping(shmem)[F0]@6| a!217)))
      (and (and (= migrate0.pc@6 #x05) a!218)
           (not (= |page.mapping(shmem)[F0]@6| a!217)))
      (not a!229)
      (and (= migrate0.pc@6 #x04) (not a!231))
      (and a!232 (not a!231))
      a!233
      a!235
      (and a!236 a!234)
      (and (= migrate0.pc@6 #x0a) (not (and a!237 a!238)))
      (and (not (= migrate0.pc@6 #x0a)) (not a!245))
      (not a!249)
      (and a!251 (not (= |page.mapping(shmem)[F0]@7| a!252)))
      (and (and (= migrate0.pc@7 #x05) a!253)
           (not (= |page.mapping(shmem)[F0]@7| a!252)))
      (not a!264)
      (and (= migrate0.pc@7 #x04) (not a!266))
      (and a!267 (not a!266))
      a!268
      a!270
      (and a!271 a!269)
      (and (= migrate0.pc@7 #x0a) (not (and a!272 a!273)))
      (and (not (= migrate0.pc@7 #x0a)) (not a!280))
      (not a!284)
      (and a!286 (not (= |page.mapping(shmem)[F0]@8| a!287)))
      (and (and (= migrate0.pc@8 #x05) a!288)
           (not (= |page.mapping(shmem)[F0]@8| a!287)))
      (not a!299)
      (and (= migrate0.pc@8 #x04) (not a!301))
      (and a!302 (not a!301))
      a!303
      a!305
      (and a!306 a!304)
      (and (= migrate0.pc@8 #x0a) (not (and a!307 a!308)))
      (and (not (= migrate0.pc@8 #x0a)) (not a!315))
      (not a!319)
      (and a!321 (not (= |page.mapping(shmem)[F0]@9| a!322)))
      (and (and (= migrate0.pc@9 #x05) a!323)
           (not (= |page.mapping(shmem)[F0]@9| a!322)))
      (not a!334)
      (and (= migrate0.pc@9 #x04) (not a!336))
      (and a!337 (not a!336))
      a!338
      a!340
      (and a!341 a!339)
      (and (= migrate0.pc@9 #x0a) (not (and a!342 a!343)))
      (and (not (= migrate0.pc@9 #x0a)) (not a!350))
      (not a!354)
      (and a!356 (not (= |page.mapping(shmem)[F0]@10| a!357)))
      (and (and (= migrate0.pc@10 #x05) a!358)
           (not (= |page.mapping(shmem)[F0]@10| a!357)))
      (not a!369)
      (and (= migrate0.pc@10 #x04) (not a!371))
      (and a!372 (not a!371))
      a!373
      a!375
      (and a!376 a!374)
      (and (= migrate0.pc@10 #x0a) (not (and a!377 a!378)))
      (and (not (= migrate0.pc@10 #x0a)) (not a!385))
      (not a!389)
      (and a!391 (not (= |page.mapping(shmem)[F0]@11| a!392)))
      (and (and (= migrate0.pc@11 #x05) a!393)
           (not (= |page.mapping(shmem)[F0]@11| a!392)))
      (not a!404)
      (and (= migrate0.pc@11 #x04) (not a!406))
      (and a!407 (not a!406))
      a!408
      a!410
      (and a!411 a!409)
      (and (= migrate0.pc@11 #x0a) (not (and a!412 a!413)))
      (and (not (= migrate0.pc@11 #x0a)) (not a!420))
      (not a!424)
      (and a!426 (not (= |page.mapping(shmem)[F0]@12| a!427)))
      (and (and (= migrate0.pc@12 #x05) a!428)
           (not (= |page.mapping(shmem)[F0]@12| a!427)))
      (not a!439)
      (and (= migrate0.pc@12 #x04) (not a!441))
      (and a!442 (not a!441))
      a!443
      a!445
      (and a!446 a!444)
      (and (= migrate0.pc@12 #x0a) (not (and a!447 a!448)))
      (and (not (= migrate0.pc@12 #x0a)) (not a!455)))))))
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
(model-add migrate0.pc@1 () (_ BitVec 8) #x01)
(model-add migrate0.isolated@1 () (_ BitVec 8) #x01)
(model-add migrate0.newpage@1 () (_ BitVec 8) #x02)
(model-add migrate0.ok@1 () (_ BitVec 8) #x00)
(model-add migrate0.mapping_is_swapper@1 () (_ BitVec 8) #x00)
(model-add migrate0.pass@1 () (_ BitVec 8) #x00)
(model-add rule@1 () (_ BitVec 8) #x02)
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
           (let ((a!6 (ite (or (not (= migrate0.newpage@11 #x00))
                               (not (= rule@11 #x08)))
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
           (let ((a!3 (ite (or (not (= rule@11 #x0e))
                               (not (= migrate0.newpage@11 #x01)))
                           |folio.data[F1]@11|
                           a!2)))
           (let ((a!4 (ite (or (not (= rule@11 #x0d))
                               (not (= migrate0.newpage@11 #x01)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= rule@11 #x0b))
                               (not (= migrate0.newpage@11 #x01)))
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
           (let ((a!5 (ite (or (not (= migrate0.newpage@11 #x00))
                               (not (= rule@11 #x08)))
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
           (let ((a!3 (ite (or (not (= rule@11 #x0e))
                               (not (= migrate0.newpage@11 #x01)))
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
           (let ((a!2 (ite (or (not (= rule@11 #x0e))
                               (not (= migrate0.newpage@11 #x01)))
                           |page.mapping(shmem)[F1]@11|
                           a!1)))
           (let ((a!3 (ite (or (not (= rule@11 #x0d))
                               (not (= migrate0.newpage@11 #x01)))
                           a!2
                           a!1)))
           (let ((a!4 (ite (or (not (= rule@11 #x09))
                               (not (= migrate0.newpage@11 #x01)))
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
           (let ((a!2 (ite (or (not (= rule@11 #x0e))
                               (not (= migrate0.newpage@11 #x01)))
                           |PG_swapcache[F1]@11|
                           a!1)))
           (let ((a!3 (ite (or (not (= rule@11 #x0d))
                               (not (= migrate0.newpage@11 #x01)))
                           a!2
                           a!1)))
           (let ((a!4 (ite (or (not (= rule@11 #x09))
                               (not (= migrate0.newpage@11 #x01)))
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
           (let ((a!5 (ite (or (not (= migrate0.newpage@11 #x00))
                               (not (= rule@11 #x08)))
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
           (let ((a!2 (ite (or (not (= rule@11 #x0e))
                               (not (= migrate0.newpage@11 #x01)))
                           |PG_dirty[F1]@11|
                           a!1)))
           (let ((a!3 (ite (or (not (= rule@11 #x0d))
                               (not (= migrate0.newpage@11 #x01)))
                           a!2
                           a!1)))
           (let ((a!4 (ite (or (not (= rule@11 #x0b))
                               (not (= migrate0.newpage@11 #x01)))
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
(model-add |PG_locked[F0]@1| () (_ BitVec 8) #x00)
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
           (let ((a!3 (ite (or (not (= rule@10 #x0e))
                               (not (= migrate0.newpage@10 #x00)))
                           (ite (or (= rule@10 #x0e) (= rule@10 #x0f))
                                (ite (= |folio.refcount[F0]@10| #x01)
                                     #x00
                                     |folio.data[F0]@10|)
                                |folio.data[F0]@10|)
                           a!2)))
           (let ((a!4 (ite (or (not (= rule@10 #x0d))
                               (not (= migrate0.newpage@10 #x00)))
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
           (let ((a!2 (ite (or (not (= rule@10 #x0e))
                               (not (= migrate0.newpage@10 #x00)))
                           (ite (or (= rule@10 #x0e) (= rule@10 #x0f))
                                (ite (= |folio.refcount[F0]@10| #x01)
                                     #x00
                                     |PG_dirty[F0]@10|)
                                |PG_dirty[F0]@10|)
                           a!1)))
           (let ((a!3 (ite (or (not (= rule@10 #x0d))
                               (not (= migrate0.newpage@10 #x00)))
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
           (let ((a!5 (ite (or (not (= rule@9 #x0b))
                               (not (= migrate0.newpage@9 #x00)))
                           a!4
                           |folio.data[F0]@9|)))
           (let ((a!6 (ite (or (not (= rule@9 #x08))
                               (not (= migrate0.newpage@9 #x00)))
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
           (let ((a!5 (ite (or (not (= rule@9 #x0b))
                               (not (= migrate0.newpage@9 #x01)))
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
           (let ((a!4 (ite (or (not (= rule@9 #x0b))
                               (not (= migrate0.newpage@9 #x00)))
                           (ite (= rule@9 #x0b) #x00 a!3)
                           |PG_dirty[F0]@9|)))
           (let ((a!5 (ite (or (not (= rule@9 #x08))
                               (not (= migrate0.newpage@9 #x00)))
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
           (let ((a!4 (ite (or (not (= rule@9 #x0b))
                               (not (= migrate0.newpage@9 #x01)))
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
           (let ((a!3 (ite (or (not (= rule@8 #x0e))
                               (not (= migrate0.newpage@8 #x00)))
                           (ite (or (= rule@8 #x0e) (= rule@8 #x0f))
                                (ite (= |folio.refcount[F0]@8| #x01)
                                     #x00
                                     |folio.data[F0]@8|)
                                |folio.data[F0]@8|)
                           a!2)))
           (let ((a!4 (ite (or (not (= rule@8 #x0d))
                               (not (= migrate0.newpage@8 #x00)))
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
           (let ((a!3 (ite (or (not (= rule@8 #x0e))
                               (not (= migrate0.newpage@8 #x01)))
                           |folio.data[F1]@8|
                           a!2)))
           (let ((a!4 (ite (or (not (= rule@8 #x0d))
                               (not (= migrate0.newpage@8 #x01)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= rule@8 #x0b))
                               (not (= migrate0.newpage@8 #x01)))
                           a!4
                           |folio.data[F0]@8|)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@8 #x01))
                               (not (= rule@8 #x08)))
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
           (let ((a!2 (ite (or (not (= rule@8 #x0e))
                               (not (= migrate0.newpage@8 #x00)))
                           (ite (or (= rule@8 #x0e) (= rule@8 #x0f))
                                (ite (= |folio.refcount[F0]@8| #x01)
                                     #x00
                                     |PG_dirty[F0]@8|)
                                |PG_dirty[F0]@8|)
                           a!1)))
           (let ((a!3 (ite (or (not (= rule@8 #x0d))
                               (not (= migrate0.newpage@8 #x00)))
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
           (let ((a!2 (ite (or (not (= rule@8 #x0e))
                               (not (= migrate0.newpage@8 #x01)))
                           |PG_dirty[F1]@8|
                           a!1)))
           (let ((a!3 (ite (or (not (= rule@8 #x0d))
                               (not (= migrate0.newpage@8 #x01)))
                           a!2
                           a!1)))
           (let ((a!4 (ite (or (not (= rule@8 #x0b))
                               (not (= migrate0.newpage@8 #x01)))
                           a!3
                           |PG_dirty[F0]@8|)))
             (ite (or (not (= migrate0.newpage@8 #x01)) (not (= rule@8 #x08)))
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
           (let ((a!4 (ite (or (not (= rule@7 #x0d))
                               (not (= migrate0.newpage@7 #x01)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@7 #x01))
                               (not (= rule@7 #x0b)))
                           a!4
                           |folio.data[F0]@7|)))
           (let ((a!6 (ite (or (not (= rule@7 #x08))
                               (not (= migrate0.newpage@7 #x01)))
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
           (let ((a!3 (ite (or (not (= rule@7 #x0d))
                               (not (= migrate0.newpage@7 #x01)))
                           a!2
                           a!1)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@7 #x01))
                               (not (= rule@7 #x0b)))
                           a!3
                           |PG_dirty[F0]@7|)))
             (ite (or (not (= rule@7 #x08)) (not (= migrate0.newpage@7 #x01)))
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
           (let ((a!4 (ite (or (not (= migrate0.newpage@6 #x00))
                               (not (= rule@6 #x0d)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@6 #x00))
                               (not (= rule@6 #x0b)))
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
           (let ((a!4 (ite (or (not (= rule@6 #x0d))
                               (not (= migrate0.newpage@6 #x01)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= rule@6 #x0b))
                               (not (= migrate0.newpage@6 #x01)))
                           a!4
                           |folio.data[F0]@6|)))
           (let ((a!6 (ite (or (not (= rule@6 #x08))
                               (not (= migrate0.newpage@6 #x01)))
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
           (let ((a!3 (ite (or (not (= migrate0.newpage@6 #x00))
                               (not (= rule@6 #x0d)))
                           a!2
                           a!1)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@6 #x00))
                               (not (= rule@6 #x0b)))
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
           (let ((a!3 (ite (or (not (= rule@6 #x0d))
                               (not (= migrate0.newpage@6 #x01)))
                           a!2
                           a!1)))
           (let ((a!4 (ite (or (not (= rule@6 #x0b))
                               (not (= migrate0.newpage@6 #x01)))
                           a!3
                           |PG_dirty[F0]@6|)))
             (ite (or (not (= rule@6 #x08)) (not (= migrate0.newpage@6 #x01)))
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
           (let ((a!4 (ite (or (not (= rule@5 #x0d))
                               (not (= migrate0.newpage@5 #x00)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= rule@5 #x0b))
                               (not (= migrate0.newpage@5 #x00)))
                           a!4
                           |folio.data[F0]@5|)))
           (let ((a!6 (ite (or (not (= rule@5 #x08))
                               (not (= migrate0.newpage@5 #x00)))
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
           (let ((a!5 (ite (or (not (= rule@5 #x0b))
                               (not (= migrate0.newpage@5 #x01)))
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
           (let ((a!3 (ite (or (not (= rule@5 #x0d))
                               (not (= migrate0.newpage@5 #x00)))
                           a!2
                           a!1)))
           (let ((a!4 (ite (or (not (= rule@5 #x0b))
                               (not (= migrate0.newpage@5 #x00)))
                           (ite (= rule@5 #x0b) #x00 a!3)
                           |PG_dirty[F0]@5|)))
           (let ((a!5 (ite (or (not (= rule@5 #x08))
                               (not (= migrate0.newpage@5 #x00)))
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
           (let ((a!4 (ite (or (not (= rule@5 #x0b))
                               (not (= migrate0.newpage@5 #x01)))
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
           (let ((a!4 (ite (or (not (= rule@4 #x0d))
                               (not (= migrate0.newpage@4 #x00)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= rule@4 #x0b))
                               (not (= migrate0.newpage@4 #x00)))
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
           (let ((a!3 (ite (or (not (= migrate0.newpage@4 #x01))
                               (not (= rule@4 #x0e)))
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
           (let ((a!6 (ite (or (not (= migrate0.newpage@4 #x01))
                               (not (= rule@4 #x08)))
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
           (let ((a!3 (ite (or (not (= rule@4 #x0d))
                               (not (= migrate0.newpage@4 #x00)))
                           a!2
                           a!1)))
           (let ((a!4 (ite (or (not (= rule@4 #x0b))
                               (not (= migrate0.newpage@4 #x00)))
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
           (let ((a!2 (ite (or (not (= migrate0.newpage@4 #x01))
                               (not (= rule@4 #x0e)))
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
             (ite (or (not (= migrate0.newpage@4 #x01)) (not (= rule@4 #x08)))
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
