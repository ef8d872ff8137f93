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
(declare-fun |page.mapping(shmem)[F1]@3| () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@3| () (_ BitVec 8))
(declare-fun |PG_dirty[F1]@3| () (_ BitVec 8))
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
(declare-fun |&mm->mmap_lock.writer[P0]@4| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@4| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@4| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@4| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@4| () (_ BitVec 8))
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
(declare-fun |page.mapping(shmem)[F1]@12| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@11| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@11| () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@12| () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@11| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@11| () (_ BitVec 8))
(declare-fun |PG_dirty[F1]@12| () (_ BitVec 8))
(declare-fun |PG_dirty[F1]@11| () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@11| () (_ BitVec 8))
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
(declare-fun |folio.data[F1]@9| () (_ BitVec 8))
(declare-fun |folio.data[F0]@9| () (_ BitVec 8))
(declare-fun migrate0.newpage@9 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@9| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@9| () (_ BitVec 8))
(declare-fun rule@9 () (_ BitVec 8))
(declare-fun |folio.used[F0]@9| () (_ BitVec 8))
(declare-fun |folio.data[F1]@8| () (_ BitVec 8))
(declare-fun |folio.data[F0]@8| () (_ BitVec 8))
(declare-fun migrate0.newpage@8 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@8| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@8| () (_ BitVec 8))
(declare-fun rule@8 () (_ BitVec 8))
(declare-fun |folio.used[F0]@8| () (_ BitVec 8))
(declare-fun |folio.data[F1]@7| () (_ BitVec 8))
(declare-fun |folio.data[F0]@7| () (_ BitVec 8))
(declare-fun migrate0.newpage@7 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@7| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@7| () (_ BitVec 8))
(declare-fun rule@7 () (_ BitVec 8))
(declare-fun |folio.used[F0]@7| () (_ BitVec 8))
(declare-fun |folio.data[F1]@6| () (_ BitVec 8))
(declare-fun |folio.data[F0]@6| () (_ BitVec 8))
(declare-fun migrate0.newpage@6 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@6| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@6| () (_ BitVec 8))
(declare-fun rule@6 () (_ BitVec 8))
(declare-fun |folio.used[F0]@6| () (_ BitVec 8))
(declare-fun |folio.data[F1]@5| () (_ BitVec 8))
(declare-fun |folio.data[F0]@5| () (_ BitVec 8))
(declare-fun migrate0.newpage@5 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@5| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@5| () (_ BitVec 8))
(declare-fun rule@5 () (_ BitVec 8))
(declare-fun |folio.used[F0]@5| () (_ BitVec 8))
(declare-fun |folio.data[F1]@4| () (_ BitVec 8))
(declare-fun |folio.data[F0]@4| () (_ BitVec 8))
(declare-fun migrate0.newpage@4 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@4| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@4| () (_ BitVec 8))
(declare-fun rule@4 () (_ BitVec 8))
(declare-fun |folio.used[F0]@4| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@3| () (_ BitVec 8))
(declare-fun rule@3 () (_ BitVec 8))
(declare-fun migrate0.pass@3 () (_ BitVec 8))
(declare-fun migrate0.ok@3 () (_ BitVec 8))
(declare-fun migrate0.isolated@3 () (_ BitVec 8))
(declare-fun migrate0.pc@3 () (_ BitVec 8))
(declare-fun |PG_locked[F0]@3| () (_ BitVec 8))
(declare-fun swapper_space.i_pages@3 () (_ BitVec 8))
(declare-fun shmem.i_pages@3 () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@3| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@3| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@3| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@3| () (_ BitVec 8))
(declare-fun rule@2 () (_ BitVec 8))
(declare-fun migrate0.pass@4 () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@4 () (_ BitVec 8))
(declare-fun migrate0.ok@4 () (_ BitVec 8))
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
(declare-fun |PG_dirty[F1]@5| () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@5| () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@5| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@5| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@5| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@5| () (_ BitVec 8))
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
(declare-fun |PG_dirty[F1]@6| () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@6| () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@6| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@6| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@6| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@6| () (_ BitVec 8))
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
(declare-fun |PG_dirty[F1]@7| () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@7| () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@7| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@7| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@7| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@7| () (_ BitVec 8))
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
(declare-fun |PG_dirty[F1]@8| () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@8| () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@8| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@8| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@8| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@8| () (_ BitVec 8))
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
(declare-fun |PG_dirty[F1]@9| () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@9| () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@9| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@9| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F1]@9| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@9| () (_ BitVec 8))
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
(declare-fun |PG_dirty[F1]@10| () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@10| () (_ BitVec 8))
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
(declare-fun |PG_dirty[F0]@12| () (_ BitVec 8))
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
                    (not (= |page.mapping(shmem)[F0]@0| #x00)))
                (not (= |PG_swapcache[F0]@0| #x00))))
      (a!6 (and (= rule@0 #x05)
                (= migrate0.pc@0 #x03)
                (or (not (= |PG_swapcache[F0]@0| #x00))
                    (not (= |page.mapping(shmem)[F0]@0| #x00)))
                (not (not (= |PG_swapcache[F0]@0| #x00)))
                (not (= |PG_dirty[F0]@0| #x00))))
      (a!7 (and (= rule@0 #x06)
                (= migrate0.pc@0 #x03)
                (or (not (= |PG_swapcache[F0]@0| #x00))
                    (not (= |page.mapping(shmem)[F0]@0| #x00)))
                (not (not (= |PG_swapcache[F0]@0| #x00)))
                (not (not (= |PG_dirty[F0]@0| #x00)))))
      (a!8 (not (or (not (= |PG_swapcache[F0]@0| #x00))
                    (not (= |page.mapping(shmem)[F0]@0| #x00)))))
      (a!9 (= (ite (not (= migrate0.mapping_is_swapper@0 #x00))
                   swapper_space.i_pages@0
                   shmem.i_pages@0)
              #x00))
      (a!11 (and (= rule@0 #x0d)
                 (= migrate0.pc@0 #x07)
                 (not (not (= migrate0.ok@0 #x00)))))
      (a!12 (and (= rule@0 #x0f)
                 (= migrate0.pc@0 #x09)
                 (not (not (= migrate0.ok@0 #x00)))))
      (a!14 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.used[F0]@0|
                      |folio.used[F1]@0|)))
      (a!15 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.used[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.used[F0]@0|)
                      |folio.used[F0]@0|)))
      (a!20 (ite (and (= rule@0 #x0e) true)
                 (bvsub |folio.refcount[F0]@0| #x01)
                 (ite (and (= rule@0 #x0f) true)
                      (bvsub |folio.refcount[F0]@0| #x01)
                      |folio.refcount[F0]@0|)))
      (a!26 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 |folio.refcount[F1]@0|))
      (a!31 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00) |PG_lru[F0]@0| |PG_lru[F1]@0|)))
      (a!32 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 #x01))
      (a!33 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_lru[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01) #x00 #x01)
                      |PG_lru[F0]@0|)))
      (a!38 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |PG_anon_exclusive[F0]@0|
                      |PG_anon_exclusive[F1]@0|)))
      (a!39 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@0|)
                      |PG_anon_exclusive[F0]@0|)))
      (a!44 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.mapping[F0]@0|
                      |folio.mapping[F1]@0|)))
      (a!45 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01)
                      #x01
                      |folio.mapping[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x01
                           |folio.mapping[F0]@0|)
                      |folio.mapping[F0]@0|)))
      (a!50 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.index[F0]@0|
                      |folio.index[F1]@0|)))
      (a!51 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.index[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.index[F0]@0|)
                      |folio.index[F0]@0|)))
      (a!56 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.data[F0]@0|
                      |folio.data[F1]@0|)))
      (a!57 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.data[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.data[F0]@0|)
                      |folio.data[F0]@0|)))
      (a!64 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |page.mapping(shmem)[F0]@0|
                      |page.mapping(shmem)[F1]@0|)))
      (a!65 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@0|)
                      |page.mapping(shmem)[F0]@0|)))
      (a!71 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |PG_swapcache[F0]@0|
                      |PG_swapcache[F1]@0|)))
      (a!72 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_swapcache[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |PG_swapcache[F0]@0|)
                      |PG_swapcache[F0]@0|)))
      (a!78 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |PG_dirty[F0]@0|
                      |PG_dirty[F1]@0|)))
      (a!79 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_dirty[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |PG_dirty[F0]@0|)
                      |PG_dirty[F0]@0|)))
      (a!85 (ite (not (not (= migrate0.mapping_is_swapper@0 #x00)))
                 migrate0.newpage@0
                 shmem.i_pages@0))
      (a!87 (ite (and (= rule@0 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@0 #x00))
                      migrate0.newpage@0
                      swapper_space.i_pages@0)
                 swapper_space.i_pages@0))
      (a!89 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 #x00
                 (ite (and (= rule@0 #x0d) true) #x00 |PG_locked[F0]@0|)))
      (a!93 (ite (and (= rule@0 #x0c) (= migrate0.newpage@0 #x01))
                 #x00
                 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                      #x00
                      |PG_locked[F1]@0|)))
      (a!95 (ite (and (= rule@0 #x10) true)
                 #x01
                 (ite (and (= rule@0 #x11) true) #x09 migrate0.pc@0)))
      (a!104 (ite (and (= rule@0 #x0e) true)
                  #x00
                  (ite (and (= rule@0 #x0f) true) #x00 migrate0.isolated@0)))
      (a!106 (ite (and (= rule@0 #x0d) true)
                  #x02
                  (ite (and (= rule@0 #x0e) true) #x02 migrate0.newpage@0)))
      (a!108 (ite (and (= rule@0 #x0b) true)
                  #x01
                  (ite (and (= rule@0 #x11) true) #x00 migrate0.ok@0)))
      (a!110 (ite (and (= rule@0 #x04) true)
                  |PG_swapcache[F0]@0|
                  (ite (and (= rule@0 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@0)))
      (a!111 (= migrate0.pass@1
                (ite (and (= rule@0 #x10) true)
                     (bvadd migrate0.pass@0 #x01)
                     migrate0.pass@0))))
(let ((a!4 (and (= rule@0 #x03)
                (= migrate0.pc@0 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@0| |PG_locked[F1]@0|) #x00)))
      (a!10 (not (and (not (= |page.mapping(shmem)[F0]@0| #x00))
                      (= |folio.refcount[F0]@0| #x02)
                      a!9)))
      (a!16 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!14
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!14
                      a!15)))
      (a!18 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!14
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!14
                      |folio.used[F1]@0|)))
      (a!21 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!20))
      (a!27 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!31
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!32
                      a!33)))
      (a!36 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!31
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!32
                      |PG_lru[F1]@0|)))
      (a!40 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!38
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!38
                      a!39)))
      (a!42 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!38
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!38
                      |PG_anon_exclusive[F1]@0|)))
      (a!46 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!44
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!44
                      a!45)))
      (a!48 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!44
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!44
                      |folio.mapping[F1]@0|)))
      (a!52 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!50
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!50
                      a!51)))
      (a!54 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!50
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!50
                      |folio.index[F1]@0|)))
      (a!58 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!56
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!56
                      a!57)))
      (a!61 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!56
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!56
                      |folio.data[F1]@0|)))
      (a!66 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!64
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!64
                      a!65)))
      (a!69 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!64
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!64
                      |page.mapping(shmem)[F1]@0|)))
      (a!73 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!71
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!71
                      a!72)))
      (a!76 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!71
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!71
                      |PG_swapcache[F1]@0|)))
      (a!80 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!78
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!78
                      a!79)))
      (a!83 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!78
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!78
                      |PG_dirty[F1]@0|)))
      (a!86 (ite (and (= rule@0 #x05) true)
                 #x02
                 (ite (and (= rule@0 #x09) true) a!85 shmem.i_pages@0)))
      (a!88 (= swapper_space.i_pages@1
               (ite (and (= rule@0 #x05) true) #x00 a!87)))
      (a!90 (ite (and (= rule@0 #x0c) (= migrate0.newpage@0 #x00))
                 #x00
                 (ite (and (= rule@0 #x0c) true) #x00 a!89)))
      (a!94 (ite (and (= rule@0 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                      #x00
                      a!93)))
      (a!96 (ite (and (= rule@0 #x0e) true)
                 #x0a
                 (ite (and (= rule@0 #x0f) true) #x0a a!95)))
      (a!105 (= migrate0.isolated@1 (ite (and (= rule@0 #x00) true) #x01 a!104)))
      (a!107 (ite (and (= rule@0 #x03) true)
                  a!3
                  (ite (and (= rule@0 #x08) true) #x02 a!106)))
      (a!109 (ite (and (= rule@0 #x07) true)
                  #x00
                  (ite (and (= rule@0 #x0a) true) #x00 a!108))))
(let ((a!13 (or (and (= rule@0 #x00)
                     (= migrate0.pc@0 #x00)
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
                     (not (= |page.mapping(shmem)[F0]@0| #x00))
                     (= |folio.refcount[F0]@0| #x02)
                     a!9)
                (and (= rule@0 #x0a) (= migrate0.pc@0 #x05) a!10)
                (and (= rule@0 #x0b) (= migrate0.pc@0 #x06))
                (and (= rule@0 #x0c)
                     (= migrate0.pc@0 #x07)
                     (not (= migrate0.ok@0 #x00)))
                a!11
                (and (= rule@0 #x0e)
                     (= migrate0.pc@0 #x09)
                     (not (= migrate0.ok@0 #x00)))
                a!12
                (and (= rule@0 #x10)
                     (= migrate0.pc@0 #x08)
                     (bvult migrate0.pass@0 #x01))
                (and (= rule@0 #x11)
                     (= migrate0.pc@0 #x08)
                     (bvuge migrate0.pass@0 #x01))))
      (a!17 (ite (and (= rule@0 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      a!14
                      a!16)))
      (a!19 (ite (and (= rule@0 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                      a!14
                      a!18)))
      (a!22 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!21))
      (a!28 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x01))
                 (bvadd (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!27))
      (a!35 (ite (and (= rule@0 #x00) true)
                 #x00
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      a!31
                      a!34)))
      (a!37 (= |PG_lru[F1]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01)) a!31 a!36)))
      (a!41 (= |PG_anon_exclusive[F0]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00)) a!38 a!40)))
      (a!43 (= |PG_anon_exclusive[F1]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01)) a!38 a!42)))
      (a!47 (= |folio.mapping[F0]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00)) a!44 a!46)))
      (a!49 (= |folio.mapping[F1]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01)) a!44 a!48)))
      (a!53 (= |folio.index[F0]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00)) a!50 a!52)))
      (a!55 (= |folio.index[F1]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01)) a!50 a!54)))
      (a!59 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                 a!56
                 (ite (and (= rule@0 #x0b) (= migrate0.newpage@0 #x00))
                      |folio.data[F0]@0|
                      a!58)))
      (a!62 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                 a!56
                 (ite (and (= rule@0 #x0b) (= migrate0.newpage@0 #x01))
                      |folio.data[F0]@0|
                      a!61)))
      (a!67 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x00))
                 |page.mapping(shmem)[F0]@0|
                 (ite (and (= rule@0 #x0b) true) #x00 a!66)))
      (a!70 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                 a!64
                 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x01))
                      |page.mapping(shmem)[F0]@0|
                      a!69)))
      (a!74 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x00))
                 |PG_swapcache[F0]@0|
                 (ite (and (= rule@0 #x0b) true) #x00 a!73)))
      (a!77 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                 a!71
                 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x01))
                      |PG_swapcache[F0]@0|
                      a!76)))
      (a!81 (ite (and (= rule@0 #x0b) (= migrate0.newpage@0 #x00))
                 |PG_dirty[F0]@0|
                 (ite (and (= rule@0 #x0b) true) #x00 a!80)))
      (a!84 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                 a!78
                 (ite (and (= rule@0 #x0b) (= migrate0.newpage@0 #x01))
                      |PG_dirty[F0]@0|
                      a!83)))
      (a!91 (ite (and (= rule@0 #x05) true)
                 #x00
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      #x00
                      a!90)))
      (a!97 (ite (and (= rule@0 #x0c) true)
                 #x09
                 (ite (and (= rule@0 #x0d) true) #x08 a!96))))
(let ((a!23 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x00))
                 (bvadd (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 (ite (and (= rule@0 #x09) true)
                      (bvsub |folio.refcount[F0]@0| #x01)
                      a!22)))
      (a!29 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!28))
      (a!60 (= |folio.data[F0]@1|
               (ite (and (= rule@0 #x03) (= a!3 #x00)) #x00 a!59)))
      (a!63 (= |folio.data[F1]@1|
               (ite (and (= rule@0 #x03) (= a!3 #x01)) #x00 a!62)))
      (a!68 (ite (and (= rule@0 #x05) true)
                 #x00
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      a!64
                      a!67)))
      (a!75 (ite (and (= rule@0 #x05) true)
                 #x01
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      a!71
                      a!74)))
      (a!82 (ite (and (= rule@0 #x05) true)
                 #x01
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      a!78
                      a!81)))
      (a!92 (ite (and (= rule@0 #x02) true)
                 #x01
                 (ite (and (= rule@0 #x03) (= a!3 #x00)) #x01 a!91)))
      (a!98 (ite (and (= rule@0 #x0a) true)
                 #x07
                 (ite (and (= rule@0 #x0b) true) #x07 a!97))))
(let ((a!24 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!23))
      (a!30 (= |folio.refcount[F1]@1|
               (ite (and (= rule@0 #x03) (= a!3 #x01)) #x01 a!29)))
      (a!99 (ite (and (= rule@0 #x08) true)
                 #x08
                 (ite (and (= rule@0 #x09) true) #x06 a!98))))
(let ((a!25 (ite (and (= rule@0 #x00) true)
                 (bvadd |folio.refcount[F0]@0| #x01)
                 (ite (and (= rule@0 #x03) (= a!3 #x00)) #x01 a!24)))
      (a!100 (ite (and (= rule@0 #x06) true)
                  #x05
                  (ite (and (= rule@0 #x07) true) #x07 a!99))))
(let ((a!101 (ite (and (= rule@0 #x04) true)
                  #x05
                  (ite (and (= rule@0 #x05) true) #x04 a!100))))
(let ((a!102 (ite (and (= rule@0 #x02) true)
                  #x02
                  (ite (and (= rule@0 #x03) true) #x03 a!101))))
(let ((a!103 (ite (and (= rule@0 #x00) true)
                  #x01
                  (ite (and (= rule@0 #x01) true) #x0a a!102))))
  (and a!13
       (= |alive[P0]@1| |alive[P0]@0|)
       (= |pte[P0][0]@1| |pte[P0][0]@0|)
       (= |pte.folio[P0][0]@1| |pte.folio[P0][0]@0|)
       (= |pte.write[P0][0]@1| |pte.write[P0][0]@0|)
       (= |expected[P0][0]@1| |expected[P0][0]@0|)
       (= |anon_vma.list[av0][0]@1| |anon_vma.list[av0][0]@0|)
       (= |anon_vma.len[av0]@1| |anon_vma.len[av0]@0|)
       (= |anon_vma.refcount[av0]@1| |anon_vma.refcount[av0]@0|)
       (= |folio.used[F0]@1| a!17)
       (= |folio.used[F1]@1| a!19)
       (= |folio.refcount[F0]@1| a!25)
       a!30
       (= |folio.mapcount[F0]@1| |folio.mapcount[F0]@0|)
       (= |folio.mapcount[F1]@1| |folio.mapcount[F1]@0|)
       (= |PG_lru[F0]@1| a!35)
       a!37
       a!41
       a!43
       a!47
       a!49
       a!53
       a!55
       a!60
       a!63
       (= |page.mapping(shmem)[F0]@1| a!68)
       (= |page.mapping(shmem)[F1]@1| a!70)
       (= |PG_swapcache[F0]@1| a!75)
       (= |PG_swapcache[F1]@1| a!77)
       (= |PG_dirty[F0]@1| a!82)
       (= |PG_dirty[F1]@1| a!84)
       (= shmem.i_pages@1 a!86)
       a!88
       (= |&mm->mmap_lock.writer[P0]@1| |&mm->mmap_lock.writer[P0]@0|)
       (= |&mm->mmap_lock.readers[P0]@1| |&mm->mmap_lock.readers[P0]@0|)
       (= |&anon_vma->rwsem.writer[av0]@1| |&anon_vma->rwsem.writer[av0]@0|)
       (= |&anon_vma->rwsem.readers[av0]@1| |&anon_vma->rwsem.readers[av0]@0|)
       (= |ptlock_ptr(page)[P0]@1| |ptlock_ptr(page)[P0]@0|)
       (= |PG_locked[F0]@1| a!92)
       (= |PG_locked[F1]@1| a!94)
       (= migrate0.pc@1 a!103)
       a!105
       (= migrate0.newpage@1 a!107)
       (= migrate0.ok@1 a!109)
       (= migrate0.mapping_is_swapper@1 a!110)
       a!111
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
                    (not (= |page.mapping(shmem)[F0]@1| #x00)))
                (not (= |PG_swapcache[F0]@1| #x00))))
      (a!6 (and (= rule@1 #x05)
                (= migrate0.pc@1 #x03)
                (or (not (= |PG_swapcache[F0]@1| #x00))
                    (not (= |page.mapping(shmem)[F0]@1| #x00)))
                (not (not (= |PG_swapcache[F0]@1| #x00)))
                (not (= |PG_dirty[F0]@1| #x00))))
      (a!7 (and (= rule@1 #x06)
                (= migrate0.pc@1 #x03)
                (or (not (= |PG_swapcache[F0]@1| #x00))
                    (not (= |page.mapping(shmem)[F0]@1| #x00)))
                (not (not (= |PG_swapcache[F0]@1| #x00)))
                (not (not (= |PG_dirty[F0]@1| #x00)))))
      (a!8 (not (or (not (= |PG_swapcache[F0]@1| #x00))
                    (not (= |page.mapping(shmem)[F0]@1| #x00)))))
      (a!9 (= (ite (not (= migrate0.mapping_is_swapper@1 #x00))
                   swapper_space.i_pages@1
                   shmem.i_pages@1)
              #x00))
      (a!11 (and (= rule@1 #x0d)
                 (= migrate0.pc@1 #x07)
                 (not (not (= migrate0.ok@1 #x00)))))
      (a!12 (and (= rule@1 #x0f)
                 (= migrate0.pc@1 #x09)
                 (not (not (= migrate0.ok@1 #x00)))))
      (a!14 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.used[F0]@1|
                      |folio.used[F1]@1|)))
      (a!15 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.used[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.used[F0]@1|)
                      |folio.used[F0]@1|)))
      (a!20 (ite (and (= rule@1 #x0e) true)
                 (bvsub |folio.refcount[F0]@1| #x01)
                 (ite (and (= rule@1 #x0f) true)
                      (bvsub |folio.refcount[F0]@1| #x01)
                      |folio.refcount[F0]@1|)))
      (a!26 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 |folio.refcount[F1]@1|))
      (a!31 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00) |PG_lru[F0]@1| |PG_lru[F1]@1|)))
      (a!32 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 #x01))
      (a!33 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_lru[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01) #x00 #x01)
                      |PG_lru[F0]@1|)))
      (a!38 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |PG_anon_exclusive[F0]@1|
                      |PG_anon_exclusive[F1]@1|)))
      (a!39 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@1|)
                      |PG_anon_exclusive[F0]@1|)))
      (a!44 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.mapping[F0]@1|
                      |folio.mapping[F1]@1|)))
      (a!45 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01)
                      #x01
                      |folio.mapping[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x01
                           |folio.mapping[F0]@1|)
                      |folio.mapping[F0]@1|)))
      (a!50 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.index[F0]@1|
                      |folio.index[F1]@1|)))
      (a!51 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.index[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.index[F0]@1|)
                      |folio.index[F0]@1|)))
      (a!56 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.data[F0]@1|
                      |folio.data[F1]@1|)))
      (a!57 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.data[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.data[F0]@1|)
                      |folio.data[F0]@1|)))
      (a!64 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |page.mapping(shmem)[F0]@1|
                      |page.mapping(shmem)[F1]@1|)))
      (a!65 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@1|)
                      |page.mapping(shmem)[F0]@1|)))
      (a!71 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |PG_swapcache[F0]@1|
                      |PG_swapcache[F1]@1|)))
      (a!72 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_swapcache[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |PG_swapcache[F0]@1|)
                      |PG_swapcache[F0]@1|)))
      (a!78 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |PG_dirty[F0]@1|
                      |PG_dirty[F1]@1|)))
      (a!79 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_dirty[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |PG_dirty[F0]@1|)
                      |PG_dirty[F0]@1|)))
      (a!85 (ite (not (not (= migrate0.mapping_is_swapper@1 #x00)))
                 migrate0.newpage@1
                 shmem.i_pages@1))
      (a!87 (ite (and (= rule@1 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@1 #x00))
                      migrate0.newpage@1
                      swapper_space.i_pages@1)
                 swapper_space.i_pages@1))
      (a!89 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 #x00
                 (ite (and (= rule@1 #x0d) true) #x00 |PG_locked[F0]@1|)))
      (a!93 (ite (and (= rule@1 #x0c) (= migrate0.newpage@1 #x01))
                 #x00
                 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                      #x00
                      |PG_locked[F1]@1|)))
      (a!95 (ite (and (= rule@1 #x10) true)
                 #x01
                 (ite (and (= rule@1 #x11) true) #x09 migrate0.pc@1)))
      (a!104 (ite (and (= rule@1 #x0e) true)
                  #x00
                  (ite (and (= rule@1 #x0f) true) #x00 migrate0.isolated@1)))
      (a!106 (ite (and (= rule@1 #x0d) true)
                  #x02
                  (ite (and (= rule@1 #x0e) true) #x02 migrate0.newpage@1)))
      (a!108 (ite (and (= rule@1 #x0b) true)
                  #x01
                  (ite (and (= rule@1 #x11) true) #x00 migrate0.ok@1)))
      (a!110 (ite (and (= rule@1 #x04) true)
                  |PG_swapcache[F0]@1|
                  (ite (and (= rule@1 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@1)))
      (a!111 (= migrate0.pass@2
                (ite (and (= rule@1 #x10) true)
                     (bvadd migrate0.pass@1 #x01)
                     migrate0.pass@1))))
(let ((a!4 (and (= rule@1 #x03)
                (= migrate0.pc@1 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@1| |PG_locked[F1]@1|) #x00)))
      (a!10 (not (and (not (= |page.mapping(shmem)[F0]@1| #x00))
                      (= |folio.refcount[F0]@1| #x02)
                      a!9)))
      (a!16 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!14
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!14
                      a!15)))
      (a!18 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!14
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!14
                      |folio.used[F1]@1|)))
      (a!21 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!20))
      (a!27 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!31
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!32
                      a!33)))
      (a!36 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!31
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!32
                      |PG_lru[F1]@1|)))
      (a!40 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!38
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!38
                      a!39)))
      (a!42 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!38
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!38
                      |PG_anon_exclusive[F1]@1|)))
      (a!46 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!44
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!44
                      a!45)))
      (a!48 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!44
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!44
                      |folio.mapping[F1]@1|)))
      (a!52 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!50
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!50
                      a!51)))
      (a!54 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!50
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!50
                      |folio.index[F1]@1|)))
      (a!58 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!56
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!56
                      a!57)))
      (a!61 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!56
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!56
                      |folio.data[F1]@1|)))
      (a!66 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!64
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!64
                      a!65)))
      (a!69 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!64
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!64
                      |page.mapping(shmem)[F1]@1|)))
      (a!73 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!71
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!71
                      a!72)))
      (a!76 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!71
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!71
                      |PG_swapcache[F1]@1|)))
      (a!80 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!78
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!78
                      a!79)))
      (a!83 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!78
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!78
                      |PG_dirty[F1]@1|)))
      (a!86 (ite (and (= rule@1 #x05) true)
                 #x02
                 (ite (and (= rule@1 #x09) true) a!85 shmem.i_pages@1)))
      (a!88 (= swapper_space.i_pages@2
               (ite (and (= rule@1 #x05) true) #x00 a!87)))
      (a!90 (ite (and (= rule@1 #x0c) (= migrate0.newpage@1 #x00))
                 #x00
                 (ite (and (= rule@1 #x0c) true) #x00 a!89)))
      (a!94 (ite (and (= rule@1 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                      #x00
                      a!93)))
      (a!96 (ite (and (= rule@1 #x0e) true)
                 #x0a
                 (ite (and (= rule@1 #x0f) true) #x0a a!95)))
      (a!105 (= migrate0.isolated@2 (ite (and (= rule@1 #x00) true) #x01 a!104)))
      (a!107 (ite (and (= rule@1 #x03) true)
                  a!3
                  (ite (and (= rule@1 #x08) true) #x02 a!106)))
      (a!109 (ite (and (= rule@1 #x07) true)
                  #x00
                  (ite (and (= rule@1 #x0a) true) #x00 a!108))))
(let ((a!13 (or (and (= rule@1 #x00)
                     (= migrate0.pc@1 #x00)
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
                     (not (= |page.mapping(shmem)[F0]@1| #x00))
                     (= |folio.refcount[F0]@1| #x02)
                     a!9)
                (and (= rule@1 #x0a) (= migrate0.pc@1 #x05) a!10)
                (and (= rule@1 #x0b) (= migrate0.pc@1 #x06))
                (and (= rule@1 #x0c)
                     (= migrate0.pc@1 #x07)
                     (not (= migrate0.ok@1 #x00)))
                a!11
                (and (= rule@1 #x0e)
                     (= migrate0.pc@1 #x09)
                     (not (= migrate0.ok@1 #x00)))
                a!12
                (and (= rule@1 #x10)
                     (= migrate0.pc@1 #x08)
                     (bvult migrate0.pass@1 #x01))
                (and (= rule@1 #x11)
                     (= migrate0.pc@1 #x08)
                     (bvuge migrate0.pass@1 #x01))))
      (a!17 (ite (and (= rule@1 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      a!14
                      a!16)))
      (a!19 (ite (and (= rule@1 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                      a!14
                      a!18)))
      (a!22 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!21))
      (a!28 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x01))
                 (bvadd (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!27))
      (a!35 (ite (and (= rule@1 #x00) true)
                 #x00
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      a!31
                      a!34)))
      (a!37 (= |PG_lru[F1]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01)) a!31 a!36)))
      (a!41 (= |PG_anon_exclusive[F0]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00)) a!38 a!40)))
      (a!43 (= |PG_anon_exclusive[F1]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01)) a!38 a!42)))
      (a!47 (= |folio.mapping[F0]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00)) a!44 a!46)))
      (a!49 (= |folio.mapping[F1]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01)) a!44 a!48)))
      (a!53 (= |folio.index[F0]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00)) a!50 a!52)))
      (a!55 (= |folio.index[F1]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01)) a!50 a!54)))
      (a!59 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                 a!56
                 (ite (and (= rule@1 #x0b) (= migrate0.newpage@1 #x00))
                      |folio.data[F0]@1|
                      a!58)))
      (a!62 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                 a!56
                 (ite (and (= rule@1 #x0b) (= migrate0.newpage@1 #x01))
                      |folio.data[F0]@1|
                      a!61)))
      (a!67 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x00))
                 |page.mapping(shmem)[F0]@1|
                 (ite (and (= rule@1 #x0b) true) #x00 a!66)))
      (a!70 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                 a!64
                 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x01))
                      |page.mapping(shmem)[F0]@1|
                      a!69)))
      (a!74 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x00))
                 |PG_swapcache[F0]@1|
                 (ite (and (= rule@1 #x0b) true) #x00 a!73)))
      (a!77 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                 a!71
                 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x01))
                      |PG_swapcache[F0]@1|
                      a!76)))
      (a!81 (ite (and (= rule@1 #x0b) (= migrate0.newpage@1 #x00))
                 |PG_dirty[F0]@1|
                 (ite (and (= rule@1 #x0b) true) #x00 a!80)))
      (a!84 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                 a!78
                 (ite (and (= rule@1 #x0b) (= migrate0.newpage@1 #x01))
                      |PG_dirty[F0]@1|
                      a!83)))
      (a!91 (ite (and (= rule@1 #x05) true)
                 #x00
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      #x00
                      a!90)))
      (a!97 (ite (and (= rule@1 #x0c) true)
                 #x09
                 (ite (and (= rule@1 #x0d) true) #x08 a!96))))
(let ((a!23 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x00))
                 (bvadd (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 (ite (and (= rule@1 #x09) true)
                      (bvsub |folio.refcount[F0]@1| #x01)
                      a!22)))
      (a!29 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!28))
      (a!60 (= |folio.data[F0]@2|
               (ite (and (= rule@1 #x03) (= a!3 #x00)) #x00 a!59)))
      (a!63 (= |folio.data[F1]@2|
               (ite (and (= rule@1 #x03) (= a!3 #x01)) #x00 a!62)))
      (a!68 (ite (and (= rule@1 #x05) true)
                 #x00
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      a!64
                      a!67)))
      (a!75 (ite (and (= rule@1 #x05) true)
                 #x01
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      a!71
                      a!74)))
      (a!82 (ite (and (= rule@1 #x05) true)
                 #x01
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      a!78
                      a!81)))
      (a!92 (ite (and (= rule@1 #x02) true)
                 #x01
                 (ite (and (= rule@1 #x03) (= a!3 #x00)) #x01 a!91)))
      (a!98 (ite (and (= rule@1 #x0a) true)
                 #x07
                 (ite (and (= rule@1 #x0b) true) #x07 a!97))))
(let ((a!24 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!23))
      (a!30 (= |folio.refcount[F1]@2|
               (ite (and (= rule@1 #x03) (= a!3 #x01)) #x01 a!29)))
      (a!99 (ite (and (= rule@1 #x08) true)
                 #x08
                 (ite (and (= rule@1 #x09) true) #x06 a!98))))
(let ((a!25 (ite (and (= rule@1 #x00) true)
                 (bvadd |folio.refcount[F0]@1| #x01)
                 (ite (and (= rule@1 #x03) (= a!3 #x00)) #x01 a!24)))
      (a!100 (ite (and (= rule@1 #x06) true)
                  #x05
                  (ite (and (= rule@1 #x07) true) #x07 a!99))))
(let ((a!101 (ite (and (= rule@1 #x04) true)
                  #x05
                  (ite (and (= rule@1 #x05) true) #x04 a!100))))
(let ((a!102 (ite (and (= rule@1 #x02) true)
                  #x02
                  (ite (and (= rule@1 #x03) true) #x03 a!101))))
(let ((a!103 (ite (and (= rule@1 #x00) true)
                  #x01
                  (ite (and (= rule@1 #x01) true) #x0a a!102))))
  (and a!13
       (= |alive[P0]@2| |alive[P0]@1|)
       (= |pte[P0][0]@2| |pte[P0][0]@1|)
       (= |pte.folio[P0][0]@2| |pte.folio[P0][0]@1|)
       (= |pte.write[P0][0]@2| |pte.write[P0][0]@1|)
       (= |expected[P0][0]@2| |expected[P0][0]@1|)
       (= |anon_vma.list[av0][0]@2| |anon_vma.list[av0][0]@1|)
       (= |anon_vma.len[av0]@2| |anon_vma.len[av0]@1|)
       (= |anon_vma.refcount[av0]@2| |anon_vma.refcount[av0]@1|)
       (= |folio.used[F0]@2| a!17)
       (= |folio.used[F1]@2| a!19)
       (= |folio.refcount[F0]@2| a!25)
       a!30
       (= |folio.mapcount[F0]@2| |folio.mapcount[F0]@1|)
       (= |folio.mapcount[F1]@2| |folio.mapcount[F1]@1|)
       (= |PG_lru[F0]@2| a!35)
       a!37
       a!41
       a!43
       a!47
       a!49
       a!53
       a!55
       a!60
       a!63
       (= |page.mapping(shmem)[F0]@2| a!68)
       (= |page.mapping(shmem)[F1]@2| a!70)
       (= |PG_swapcache[F0]@2| a!75)
       (= |PG_swapcache[F1]@2| a!77)
       (= |PG_dirty[F0]@2| a!82)
       (= |PG_dirty[F1]@2| a!84)
       (= shmem.i_pages@2 a!86)
       a!88
       (= |&mm->mmap_lock.writer[P0]@2| |&mm->mmap_lock.writer[P0]@1|)
       (= |&mm->mmap_lock.readers[P0]@2| |&mm->mmap_lock.readers[P0]@1|)
       (= |&anon_vma->rwsem.writer[av0]@2| |&anon_vma->rwsem.writer[av0]@1|)
       (= |&anon_vma->rwsem.readers[av0]@2| |&anon_vma->rwsem.readers[av0]@1|)
       (= |ptlock_ptr(page)[P0]@2| |ptlock_ptr(page)[P0]@1|)
       (= |PG_locked[F0]@2| a!92)
       (= |PG_locked[F1]@2| a!94)
       (= migrate0.pc@2 a!103)
       a!105
       (= migrate0.newpage@2 a!107)
       (= migrate0.ok@2 a!109)
       (= migrate0.mapping_is_swapper@2 a!110)
       a!111
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
                    (not (= |page.mapping(shmem)[F0]@2| #x00)))
                (not (= |PG_swapcache[F0]@2| #x00))))
      (a!6 (and (= rule@2 #x05)
                (= migrate0.pc@2 #x03)
                (or (not (= |PG_swapcache[F0]@2| #x00))
                    (not (= |page.mapping(shmem)[F0]@2| #x00)))
                (not (not (= |PG_swapcache[F0]@2| #x00)))
                (not (= |PG_dirty[F0]@2| #x00))))
      (a!7 (and (= rule@2 #x06)
                (= migrate0.pc@2 #x03)
                (or (not (= |PG_swapcache[F0]@2| #x00))
                    (not (= |page.mapping(shmem)[F0]@2| #x00)))
                (not (not (= |PG_swapcache[F0]@2| #x00)))
                (not (not (= |PG_dirty[F0]@2| #x00)))))
      (a!8 (not (or (not (= |PG_swapcache[F0]@2| #x00))
                    (not (= |page.mapping(shmem)[F0]@2| #x00)))))
      (a!9 (= (ite (not (= migrate0.mapping_is_swapper@2 #x00))
                   swapper_space.i_pages@2
                   shmem.i_pages@2)
              #x00))
      (a!11 (and (= rule@2 #x0d)
                 (= migrate0.pc@2 #x07)
                 (not (not (= migrate0.ok@2 #x00)))))
      (a!12 (and (= rule@2 #x0f)
                 (= migrate0.pc@2 #x09)
                 (not (not (= migrate0.ok@2 #x00)))))
      (a!14 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.used[F0]@2|
                      |folio.used[F1]@2|)))
      (a!15 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.used[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.used[F0]@2|)
                      |folio.used[F0]@2|)))
      (a!20 (ite (and (= rule@2 #x0e) true)
                 (bvsub |folio.refcount[F0]@2| #x01)
                 (ite (and (= rule@2 #x0f) true)
                      (bvsub |folio.refcount[F0]@2| #x01)
                      |folio.refcount[F0]@2|)))
      (a!26 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 |folio.refcount[F1]@2|))
      (a!31 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00) |PG_lru[F0]@2| |PG_lru[F1]@2|)))
      (a!32 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 #x01))
      (a!33 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_lru[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01) #x00 #x01)
                      |PG_lru[F0]@2|)))
      (a!38 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |PG_anon_exclusive[F0]@2|
                      |PG_anon_exclusive[F1]@2|)))
      (a!39 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@2|)
                      |PG_anon_exclusive[F0]@2|)))
      (a!44 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.mapping[F0]@2|
                      |folio.mapping[F1]@2|)))
      (a!45 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01)
                      #x01
                      |folio.mapping[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x01
                           |folio.mapping[F0]@2|)
                      |folio.mapping[F0]@2|)))
      (a!50 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.index[F0]@2|
                      |folio.index[F1]@2|)))
      (a!51 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.index[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.index[F0]@2|)
                      |folio.index[F0]@2|)))
      (a!56 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.data[F0]@2|
                      |folio.data[F1]@2|)))
      (a!57 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.data[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.data[F0]@2|)
                      |folio.data[F0]@2|)))
      (a!64 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |page.mapping(shmem)[F0]@2|
                      |page.mapping(shmem)[F1]@2|)))
      (a!65 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@2|)
                      |page.mapping(shmem)[F0]@2|)))
      (a!71 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |PG_swapcache[F0]@2|
                      |PG_swapcache[F1]@2|)))
      (a!72 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_swapcache[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |PG_swapcache[F0]@2|)
                      |PG_swapcache[F0]@2|)))
      (a!78 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |PG_dirty[F0]@2|
                      |PG_dirty[F1]@2|)))
      (a!79 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_dirty[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |PG_dirty[F0]@2|)
                      |PG_dirty[F0]@2|)))
      (a!85 (ite (not (not (= migrate0.mapping_is_swapper@2 #x00)))
                 migrate0.newpage@2
                 shmem.i_pages@2))
      (a!87 (ite (and (= rule@2 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@2 #x00))
                      migrate0.newpage@2
                      swapper_space.i_pages@2)
                 swapper_space.i_pages@2))
      (a!89 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 #x00
                 (ite (and (= rule@2 #x0d) true) #x00 |PG_locked[F0]@2|)))
      (a!93 (ite (and (= rule@2 #x0c) (= migrate0.newpage@2 #x01))
                 #x00
                 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                      #x00
                      |PG_locked[F1]@2|)))
      (a!95 (ite (and (= rule@2 #x10) true)
                 #x01
                 (ite (and (= rule@2 #x11) true) #x09 migrate0.pc@2)))
      (a!104 (ite (and (= rule@2 #x0e) true)
                  #x00
                  (ite (and (= rule@2 #x0f) true) #x00 migrate0.isolated@2)))
      (a!106 (ite (and (= rule@2 #x0d) true)
                  #x02
                  (ite (and (= rule@2 #x0e) true) #x02 migrate0.newpage@2)))
      (a!108 (ite (and (= rule@2 #x0b) true)
                  #x01
                  (ite (and (= rule@2 #x11) true) #x00 migrate0.ok@2)))
      (a!110 (ite (and (= rule@2 #x04) true)
                  |PG_swapcache[F0]@2|
                  (ite (and (= rule@2 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@2)))
      (a!111 (= migrate0.pass@3
                (ite (and (= rule@2 #x10) true)
                     (bvadd migrate0.pass@2 #x01)
                     migrate0.pass@2))))
(let ((a!4 (and (= rule@2 #x03)
                (= migrate0.pc@2 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@2| |PG_locked[F1]@2|) #x00)))
      (a!10 (not (and (not (= |page.mapping(shmem)[F0]@2| #x00))
                      (= |folio.refcount[F0]@2| #x02)
                      a!9)))
      (a!16 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!14
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!14
                      a!15)))
      (a!18 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!14
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!14
                      |folio.used[F1]@2|)))
      (a!21 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!20))
      (a!27 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!31
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!32
                      a!33)))
      (a!36 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!31
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!32
                      |PG_lru[F1]@2|)))
      (a!40 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!38
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!38
                      a!39)))
      (a!42 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!38
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!38
                      |PG_anon_exclusive[F1]@2|)))
      (a!46 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!44
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!44
                      a!45)))
      (a!48 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!44
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!44
                      |folio.mapping[F1]@2|)))
      (a!52 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!50
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!50
                      a!51)))
      (a!54 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!50
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!50
                      |folio.index[F1]@2|)))
      (a!58 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!56
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!56
                      a!57)))
      (a!61 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!56
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!56
                      |folio.data[F1]@2|)))
      (a!66 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!64
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!64
                      a!65)))
      (a!69 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!64
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!64
                      |page.mapping(shmem)[F1]@2|)))
      (a!73 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!71
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!71
                      a!72)))
      (a!76 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!71
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!71
                      |PG_swapcache[F1]@2|)))
      (a!80 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!78
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!78
                      a!79)))
      (a!83 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!78
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!78
                      |PG_dirty[F1]@2|)))
      (a!86 (ite (and (= rule@2 #x05) true)
                 #x02
                 (ite (and (= rule@2 #x09) true) a!85 shmem.i_pages@2)))
      (a!88 (= swapper_space.i_pages@3
               (ite (and (= rule@2 #x05) true) #x00 a!87)))
      (a!90 (ite (and (= rule@2 #x0c) (= migrate0.newpage@2 #x00))
                 #x00
                 (ite (and (= rule@2 #x0c) true) #x00 a!89)))
      (a!94 (ite (and (= rule@2 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                      #x00
                      a!93)))
      (a!96 (ite (and (= rule@2 #x0e) true)
                 #x0a
                 (ite (and (= rule@2 #x0f) true) #x0a a!95)))
      (a!105 (= migrate0.isolated@3 (ite (and (= rule@2 #x00) true) #x01 a!104)))
      (a!107 (ite (and (= rule@2 #x03) true)
                  a!3
                  (ite (and (= rule@2 #x08) true) #x02 a!106)))
      (a!109 (ite (and (= rule@2 #x07) true)
                  #x00
                  (ite (and (= rule@2 #x0a) true) #x00 a!108))))
(let ((a!13 (or (and (= rule@2 #x00)
                     (= migrate0.pc@2 #x00)
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
                     (not (= |page.mapping(shmem)[F0]@2| #x00))
                     (= |folio.refcount[F0]@2| #x02)
                     a!9)
                (and (= rule@2 #x0a) (= migrate0.pc@2 #x05) a!10)
                (and (= rule@2 #x0b) (= migrate0.pc@2 #x06))
                (and (= rule@2 #x0c)
                     (= migrate0.pc@2 #x07)
                     (not (= migrate0.ok@2 #x00)))
                a!11
                (and (= rule@2 #x0e)
                     (= migrate0.pc@2 #x09)
                     (not (= migrate0.ok@2 #x00)))
                a!12
                (and (= rule@2 #x10)
                     (= migrate0.pc@2 #x08)
                     (bvult migrate0.pass@2 #x01))
                (and (= rule@2 #x11)
                     (= migrate0.pc@2 #x08)
                     (bvuge migrate0.pass@2 #x01))))
      (a!17 (ite (and (= rule@2 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      a!14
                      a!16)))
      (a!19 (ite (and (= rule@2 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                      a!14
                      a!18)))
      (a!22 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!21))
      (a!28 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x01))
                 (bvadd (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!27))
      (a!35 (ite (and (= rule@2 #x00) true)
                 #x00
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      a!31
                      a!34)))
      (a!37 (= |PG_lru[F1]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01)) a!31 a!36)))
      (a!41 (= |PG_anon_exclusive[F0]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00)) a!38 a!40)))
      (a!43 (= |PG_anon_exclusive[F1]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01)) a!38 a!42)))
      (a!47 (= |folio.mapping[F0]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00)) a!44 a!46)))
      (a!49 (= |folio.mapping[F1]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01)) a!44 a!48)))
      (a!53 (= |folio.index[F0]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00)) a!50 a!52)))
      (a!55 (= |folio.index[F1]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01)) a!50 a!54)))
      (a!59 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                 a!56
                 (ite (and (= rule@2 #x0b) (= migrate0.newpage@2 #x00))
                      |folio.data[F0]@2|
                      a!58)))
      (a!62 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                 a!56
                 (ite (and (= rule@2 #x0b) (= migrate0.newpage@2 #x01))
                      |folio.data[F0]@2|
                      a!61)))
      (a!67 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x00))
                 |page.mapping(shmem)[F0]@2|
                 (ite (and (= rule@2 #x0b) true) #x00 a!66)))
      (a!70 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                 a!64
                 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x01))
                      |page.mapping(shmem)[F0]@2|
                      a!69)))
      (a!74 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x00))
                 |PG_swapcache[F0]@2|
                 (ite (and (= rule@2 #x0b) true) #x00 a!73)))
      (a!77 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                 a!71
                 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x01))
                      |PG_swapcache[F0]@2|
                      a!76)))
      (a!81 (ite (and (= rule@2 #x0b) (= migrate0.newpage@2 #x00))
                 |PG_dirty[F0]@2|
                 (ite (and (= rule@2 #x0b) true) #x00 a!80)))
      (a!84 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                 a!78
                 (ite (and (= rule@2 #x0b) (= migrate0.newpage@2 #x01))
                      |PG_dirty[F0]@2|
                      a!83)))
      (a!91 (ite (and (= rule@2 #x05) true)
                 #x00
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      #x00
                      a!90)))
      (a!97 (ite (and (= rule@2 #x0c) true)
                 #x09
                 (ite (and (= rule@2 #x0d) true) #x08 a!96))))
(let ((a!23 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x00))
                 (bvadd (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 (ite (and (= rule@2 #x09) true)
                      (bvsub |folio.refcount[F0]@2| #x01)
                      a!22)))
      (a!29 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!28))
      (a!60 (= |folio.data[F0]@3|
               (ite (and (= rule@2 #x03) (= a!3 #x00)) #x00 a!59)))
      (a!63 (= |folio.data[F1]@3|
               (ite (and (= rule@2 #x03) (= a!3 #x01)) #x00 a!62)))
      (a!68 (ite (and (= rule@2 #x05) true)
                 #x00
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      a!64
                      a!67)))
      (a!75 (ite (and (= rule@2 #x05) true)
                 #x01
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      a!71
                      a!74)))
      (a!82 (ite (and (= rule@2 #x05) true)
                 #x01
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      a!78
                      a!81)))
      (a!92 (ite (and (= rule@2 #x02) true)
                 #x01
                 (ite (and (= rule@2 #x03) (= a!3 #x00)) #x01 a!91)))
      (a!98 (ite (and (= rule@2 #x0a) true)
                 #x07
                 (ite (and (= rule@2 #x0b) true) #x07 a!97))))
(let ((a!24 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!23))
      (a!30 (= |folio.refcount[F1]@3|
               (ite (and (= rule@2 #x03) (= a!3 #x01)) #x01 a!29)))
      (a!99 (ite (and (= rule@2 #x08) true)
                 #x08
                 (ite (and (= rule@2 #x09) true) #x06 a!98))))
(let ((a!25 (ite (and (= rule@2 #x00) true)
                 (bvadd |folio.refcount[F0]@2| #x01)
                 (ite (and (= rule@2 #x03) (= a!3 #x00)) #x01 a!24)))
      (a!100 (ite (and (= rule@2 #x06) true)
                  #x05
                  (ite (and (= rule@2 #x07) true) #x07 a!99))))
(let ((a!101 (ite (and (= rule@2 #x04) true)
                  #x05
                  (ite (and (= rule@2 #x05) true) #x04 a!100))))
(let ((a!102 (ite (and (= rule@2 #x02) true)
                  #x02
                  (ite (and (= rule@2 #x03) true) #x03 a!101))))
(let ((a!103 (ite (and (= rule@2 #x00) true)
                  #x01
                  (ite (and (= rule@2 #x01) true) #x0a a!102))))
  (and a!13
       (= |alive[P0]@3| |alive[P0]@2|)
       (= |pte[P0][0]@3| |pte[P0][0]@2|)
       (= |pte.folio[P0][0]@3| |pte.folio[P0][0]@2|)
       (= |pte.write[P0][0]@3| |pte.write[P0][0]@2|)
       (= |expected[P0][0]@3| |expected[P0][0]@2|)
       (= |anon_vma.list[av0][0]@3| |anon_vma.list[av0][0]@2|)
       (= |anon_vma.len[av0]@3| |anon_vma.len[av0]@2|)
       (= |anon_vma.refcount[av0]@3| |anon_vma.refcount[av0]@2|)
       (= |folio.used[F0]@3| a!17)
       (= |folio.used[F1]@3| a!19)
       (= |folio.refcount[F0]@3| a!25)
       a!30
       (= |folio.mapcount[F0]@3| |folio.mapcount[F0]@2|)
       (= |folio.mapcount[F1]@3| |folio.mapcount[F1]@2|)
       (= |PG_lru[F0]@3| a!35)
       a!37
       a!41
       a!43
       a!47
       a!49
       a!53
       a!55
       a!60
       a!63
       (= |page.mapping(shmem)[F0]@3| a!68)
       (= |page.mapping(shmem)[F1]@3| a!70)
       (= |PG_swapcache[F0]@3| a!75)
       (= |PG_swapcache[F1]@3| a!77)
       (= |PG_dirty[F0]@3| a!82)
       (= |PG_dirty[F1]@3| a!84)
       (= shmem.i_pages@3 a!86)
       a!88
       (= |&mm->mmap_lock.writer[P0]@3| |&mm->mmap_lock.writer[P0]@2|)
       (= |&mm->mmap_lock.readers[P0]@3| |&mm->mmap_lock.readers[P0]@2|)
       (= |&anon_vma->rwsem.writer[av0]@3| |&anon_vma->rwsem.writer[av0]@2|)
       (= |&anon_vma->rwsem.readers[av0]@3| |&anon_vma->rwsem.readers[av0]@2|)
       (= |ptlock_ptr(page)[P0]@3| |ptlock_ptr(page)[P0]@2|)
       (= |PG_locked[F0]@3| a!92)
       (= |PG_locked[F1]@3| a!94)
       (= migrate0.pc@3 a!103)
       a!105
       (= migrate0.newpage@3 a!107)
       (= migrate0.ok@3 a!109)
       (= migrate0.mapping_is_swapper@3 a!110)
       a!111
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
                    (not (= |page.mapping(shmem)[F0]@3| #x00)))
                (not (= |PG_swapcache[F0]@3| #x00))))
      (a!6 (and (= rule@3 #x05)
                (= migrate0.pc@3 #x03)
                (or (not (= |PG_swapcache[F0]@3| #x00))
                    (not (= |page.mapping(shmem)[F0]@3| #x00)))
                (not (not (= |PG_swapcache[F0]@3| #x00)))
                (not (= |PG_dirty[F0]@3| #x00))))
      (a!7 (and (= rule@3 #x06)
                (= migrate0.pc@3 #x03)
                (or (not (= |PG_swapcache[F0]@3| #x00))
                    (not (= |page.mapping(shmem)[F0]@3| #x00)))
                (not (not (= |PG_swapcache[F0]@3| #x00)))
                (not (not (= |PG_dirty[F0]@3| #x00)))))
      (a!8 (not (or (not (= |PG_swapcache[F0]@3| #x00))
                    (not (= |page.mapping(shmem)[F0]@3| #x00)))))
      (a!9 (= (ite (not (= migrate0.mapping_is_swapper@3 #x00))
                   swapper_space.i_pages@3
                   shmem.i_pages@3)
              #x00))
      (a!11 (and (= rule@3 #x0d)
                 (= migrate0.pc@3 #x07)
                 (not (not (= migrate0.ok@3 #x00)))))
      (a!12 (and (= rule@3 #x0f)
                 (= migrate0.pc@3 #x09)
                 (not (not (= migrate0.ok@3 #x00)))))
      (a!14 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.used[F0]@3|
                      |folio.used[F1]@3|)))
      (a!15 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.used[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.used[F0]@3|)
                      |folio.used[F0]@3|)))
      (a!20 (ite (and (= rule@3 #x0e) true)
                 (bvsub |folio.refcount[F0]@3| #x01)
                 (ite (and (= rule@3 #x0f) true)
                      (bvsub |folio.refcount[F0]@3| #x01)
                      |folio.refcount[F0]@3|)))
      (a!26 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 |folio.refcount[F1]@3|))
      (a!31 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00) |PG_lru[F0]@3| |PG_lru[F1]@3|)))
      (a!32 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 #x01))
      (a!33 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_lru[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01) #x00 #x01)
                      |PG_lru[F0]@3|)))
      (a!38 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |PG_anon_exclusive[F0]@3|
                      |PG_anon_exclusive[F1]@3|)))
      (a!39 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@3|)
                      |PG_anon_exclusive[F0]@3|)))
      (a!44 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.mapping[F0]@3|
                      |folio.mapping[F1]@3|)))
      (a!45 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01)
                      #x01
                      |folio.mapping[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x01
                           |folio.mapping[F0]@3|)
                      |folio.mapping[F0]@3|)))
      (a!50 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.index[F0]@3|
                      |folio.index[F1]@3|)))
      (a!51 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.index[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.index[F0]@3|)
                      |folio.index[F0]@3|)))
      (a!56 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.data[F0]@3|
                      |folio.data[F1]@3|)))
      (a!57 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.data[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.data[F0]@3|)
                      |folio.data[F0]@3|)))
      (a!64 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |page.mapping(shmem)[F0]@3|
                      |page.mapping(shmem)[F1]@3|)))
      (a!65 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@3|)
                      |page.mapping(shmem)[F0]@3|)))
      (a!71 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |PG_swapcache[F0]@3|
                      |PG_swapcache[F1]@3|)))
      (a!72 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_swapcache[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |PG_swapcache[F0]@3|)
                      |PG_swapcache[F0]@3|)))
      (a!78 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |PG_dirty[F0]@3|
                      |PG_dirty[F1]@3|)))
      (a!79 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_dirty[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |PG_dirty[F0]@3|)
                      |PG_dirty[F0]@3|)))
      (a!85 (ite (not (not (= migrate0.mapping_is_swapper@3 #x00)))
                 migrate0.newpage@3
                 shmem.i_pages@3))
      (a!87 (ite (and (= rule@3 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@3 #x00))
                      migrate0.newpage@3
                      swapper_space.i_pages@3)
                 swapper_space.i_pages@3))
      (a!89 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 #x00
                 (ite (and (= rule@3 #x0d) true) #x00 |PG_locked[F0]@3|)))
      (a!93 (ite (and (= rule@3 #x0c) (= migrate0.newpage@3 #x01))
                 #x00
                 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                      #x00
                      |PG_locked[F1]@3|)))
      (a!95 (ite (and (= rule@3 #x10) true)
                 #x01
                 (ite (and (= rule@3 #x11) true) #x09 migrate0.pc@3)))
      (a!104 (ite (and (= rule@3 #x0e) true)
                  #x00
                  (ite (and (= rule@3 #x0f) true) #x00 migrate0.isolated@3)))
      (a!106 (ite (and (= rule@3 #x0d) true)
                  #x02
                  (ite (and (= rule@3 #x0e) true) #x02 migrate0.newpage@3)))
      (a!108 (ite (and (= rule@3 #x0b) true)
                  #x01
                  (ite (and (= rule@3 #x11) true) #x00 migrate0.ok@3)))
      (a!110 (ite (and (= rule@3 #x04) true)
                  |PG_swapcache[F0]@3|
                  (ite (and (= rule@3 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@3)))
      (a!111 (= migrate0.pass@4
                (ite (and (= rule@3 #x10) true)
                     (bvadd migrate0.pass@3 #x01)
                     migrate0.pass@3))))
(let ((a!4 (and (= rule@3 #x03)
                (= migrate0.pc@3 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@3| |PG_locked[F1]@3|) #x00)))
      (a!10 (not (and (not (= |page.mapping(shmem)[F0]@3| #x00))
                      (= |folio.refcount[F0]@3| #x02)
                      a!9)))
      (a!16 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!14
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!14
                      a!15)))
      (a!18 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!14
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!14
                      |folio.used[F1]@3|)))
      (a!21 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!20))
      (a!27 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!31
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!32
                      a!33)))
      (a!36 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!31
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!32
                      |PG_lru[F1]@3|)))
      (a!40 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!38
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!38
                      a!39)))
      (a!42 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!38
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!38
                      |PG_anon_exclusive[F1]@3|)))
      (a!46 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!44
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!44
                      a!45)))
      (a!48 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!44
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!44
                      |folio.mapping[F1]@3|)))
      (a!52 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!50
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!50
                      a!51)))
      (a!54 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!50
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!50
                      |folio.index[F1]@3|)))
      (a!58 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!56
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!56
                      a!57)))
      (a!61 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!56
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!56
                      |folio.data[F1]@3|)))
      (a!66 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!64
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!64
                      a!65)))
      (a!69 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!64
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!64
                      |page.mapping(shmem)[F1]@3|)))
      (a!73 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!71
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!71
                      a!72)))
      (a!76 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!71
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!71
                      |PG_swapcache[F1]@3|)))
      (a!80 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!78
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!78
                      a!79)))
      (a!83 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!78
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!78
                      |PG_dirty[F1]@3|)))
      (a!86 (ite (and (= rule@3 #x05) true)
                 #x02
                 (ite (and (= rule@3 #x09) true) a!85 shmem.i_pages@3)))
      (a!88 (= swapper_space.i_pages@4
               (ite (and (= rule@3 #x05) true) #x00 a!87)))
      (a!90 (ite (and (= rule@3 #x0c) (= migrate0.newpage@3 #x00))
                 #x00
                 (ite (and (= rule@3 #x0c) true) #x00 a!89)))
      (a!94 (ite (and (= rule@3 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                      #x00
                      a!93)))
      (a!96 (ite (and (= rule@3 #x0e) true)
                 #x0a
                 (ite (and (= rule@3 #x0f) true) #x0a a!95)))
      (a!105 (= migrate0.isolated@4 (ite (and (= rule@3 #x00) true) #x01 a!104)))
      (a!107 (ite (and (= rule@3 #x03) true)
                  a!3
                  (ite (and (= rule@3 #x08) true) #x02 a!106)))
      (a!109 (ite (and (= rule@3 #x07) true)
                  #x00
                  (ite (and (= rule@3 #x0a) true) #x00 a!108))))
(let ((a!13 (or (and (= rule@3 #x00)
                     (= migrate0.pc@3 #x00)
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
                     (not (= |page.mapping(shmem)[F0]@3| #x00))
                     (= |folio.refcount[F0]@3| #x02)
                     a!9)
                (and (= rule@3 #x0a) (= migrate0.pc@3 #x05) a!10)
                (and (= rule@3 #x0b) (= migrate0.pc@3 #x06))
                (and (= rule@3 #x0c)
                     (= migrate0.pc@3 #x07)
                     (not (= migrate0.ok@3 #x00)))
                a!11
                (and (= rule@3 #x0e)
                     (= migrate0.pc@3 #x09)
                     (not (= migrate0.ok@3 #x00)))
                a!12
                (and (= rule@3 #x10)
                     (= migrate0.pc@3 #x08)
                     (bvult migrate0.pass@3 #x01))
                (and (= rule@3 #x11)
                     (= migrate0.pc@3 #x08)
                     (bvuge migrate0.pass@3 #x01))))
      (a!17 (ite (and (= rule@3 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      a!14
                      a!16)))
      (a!19 (ite (and (= rule@3 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                      a!14
                      a!18)))
      (a!22 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!21))
      (a!28 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x01))
                 (bvadd (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!27))
      (a!35 (ite (and (= rule@3 #x00) true)
                 #x00
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      a!31
                      a!34)))
      (a!37 (= |PG_lru[F1]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01)) a!31 a!36)))
      (a!41 (= |PG_anon_exclusive[F0]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00)) a!38 a!40)))
      (a!43 (= |PG_anon_exclusive[F1]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01)) a!38 a!42)))
      (a!47 (= |folio.mapping[F0]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00)) a!44 a!46)))
      (a!49 (= |folio.mapping[F1]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01)) a!44 a!48)))
      (a!53 (= |folio.index[F0]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00)) a!50 a!52)))
      (a!55 (= |folio.index[F1]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01)) a!50 a!54)))
      (a!59 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                 a!56
                 (ite (and (= rule@3 #x0b) (= migrate0.newpage@3 #x00))
                      |folio.data[F0]@3|
                      a!58)))
      (a!62 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                 a!56
                 (ite (and (= rule@3 #x0b) (= migrate0.newpage@3 #x01))
                      |folio.data[F0]@3|
                      a!61)))
      (a!67 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x00))
                 |page.mapping(shmem)[F0]@3|
                 (ite (and (= rule@3 #x0b) true) #x00 a!66)))
      (a!70 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                 a!64
                 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x01))
                      |page.mapping(shmem)[F0]@3|
                      a!69)))
      (a!74 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x00))
                 |PG_swapcache[F0]@3|
                 (ite (and (= rule@3 #x0b) true) #x00 a!73)))
      (a!77 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                 a!71
                 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x01))
                      |PG_swapcache[F0]@3|
                      a!76)))
      (a!81 (ite (and (= rule@3 #x0b) (= migrate0.newpage@3 #x00))
                 |PG_dirty[F0]@3|
                 (ite (and (= rule@3 #x0b) true) #x00 a!80)))
      (a!84 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                 a!78
                 (ite (and (= rule@3 #x0b) (= migrate0.newpage@3 #x01))
                      |PG_dirty[F0]@3|
                      a!83)))
      (a!91 (ite (and (= rule@3 #x05) true)
                 #x00
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      #x00
                      a!90)))
      (a!97 (ite (and (= rule@3 #x0c) true)
                 #x09
                 (ite (and (= rule@3 #x0d) true) #x08 a!96))))
(let ((a!23 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x00))
                 (bvadd (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 (ite (and (= rule@3 #x09) true)
                      (bvsub |folio.refcount[F0]@3| #x01)
                      a!22)))
      (a!29 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!28))
      (a!60 (= |folio.data[F0]@4|
               (ite (and (= rule@3 #x03) (= a!3 #x00)) #x00 a!59)))
      (a!63 (= |folio.data[F1]@4|
               (ite (and (= rule@3 #x03) (= a!3 #x01)) #x00 a!62)))
      (a!68 (ite (and (= rule@3 #x05) true)
                 #x00
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      a!64
                      a!67)))
      (a!75 (ite (and (= rule@3 #x05) true)
                 #x01
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      a!71
                      a!74)))
      (a!82 (ite (and (= rule@3 #x05) true)
                 #x01
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      a!78
                      a!81)))
      (a!92 (ite (and (= rule@3 #x02) true)
                 #x01
                 (ite (and (= rule@3 #x03) (= a!3 #x00)) #x01 a!91)))
      (a!98 (ite (and (= rule@3 #x0a) true)
                 #x07
                 (ite (and (= rule@3 #x0b) true) #x07 a!97))))
(let ((a!24 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!23))
      (a!30 (= |folio.refcount[F1]@4|
               (ite (and (= rule@3 #x03) (= a!3 #x01)) #x01 a!29)))
      (a!99 (ite (and (= rule@3 #x08) true)
                 #x08
                 (ite (and (= rule@3 #x09) true) #x06 a!98))))
(let ((a!25 (ite (and (= rule@3 #x00) true)
                 (bvadd |folio.refcount[F0]@3| #x01)
                 (ite (and (= rule@3 #x03) (= a!3 #x00)) #x01 a!24)))
      (a!100 (ite (and (= rule@3 #x06) true)
                  #x05
                  (ite (and (= rule@3 #x07) true) #x07 a!99))))
(let ((a!101 (ite (and (= rule@3 #x04) true)
                  #x05
                  (ite (and (= rule@3 #x05) true) #x04 a!100))))
(let ((a!102 (ite (and (= rule@3 #x02) true)
                  #x02
                  (ite (and (= rule@3 #x03) true) #x03 a!101))))
(let ((a!103 (ite (and (= rule@3 #x00) true)
                  #x01
                  (ite (and (= rule@3 #x01) true) #x0a a!102))))
  (and a!13
       (= |alive[P0]@4| |alive[P0]@3|)
       (= |pte[P0][0]@4| |pte[P0][0]@3|)
       (= |pte.folio[P0][0]@4| |pte.folio[P0][0]@3|)
       (= |pte.write[P0][0]@4| |pte.write[P0][0]@3|)
       (= |expected[P0][0]@4| |expected[P0][0]@3|)
       (= |anon_vma.list[av0][0]@4| |anon_vma.list[av0][0]@3|)
       (= |anon_vma.len[av0]@4| |anon_vma.len[av0]@3|)
       (= |anon_vma.refcount[av0]@4| |anon_vma.refcount[av0]@3|)
       (= |folio.used[F0]@4| a!17)
       (= |folio.used[F1]@4| a!19)
       (= |folio.refcount[F0]@4| a!25)
       a!30
       (= |folio.mapcount[F0]@4| |folio.mapcount[F0]@3|)
       (= |folio.mapcount[F1]@4| |folio.mapcount[F1]@3|)
       (= |PG_lru[F0]@4| a!35)
       a!37
       a!41
       a!43
       a!47
       a!49
       a!53
       a!55
       a!60
       a!63
       (= |page.mapping(shmem)[F0]@4| a!68)
       (= |page.mapping(shmem)[F1]@4| a!70)
       (= |PG_swapcache[F0]@4| a!75)
       (= |PG_swapcache[F1]@4| a!77)
       (= |PG_dirty[F0]@4| a!82)
       (= |PG_dirty[F1]@4| a!84)
       (= shmem.i_pages@4 a!86)
       a!88
       (= |&mm->mmap_lock.writer[P0]@4| |&mm->mmap_lock.writer[P0]@3|)
       (= |&mm->mmap_lock.readers[P0]@4| |&mm->mmap_lock.readers[P0]@3|)
       (= |&anon_vma->rwsem.writer[av0]@4| |&anon_vma->rwsem.writer[av0]@3|)
       (= |&anon_vma->rwsem.readers[av0]@4| |&anon_vma->rwsem.readers[av0]@3|)
       (= |ptlock_ptr(page)[P0]@4| |ptlock_ptr(page)[P0]@3|)
       (= |PG_locked[F0]@4| a!92)
       (= |PG_locked[F1]@4| a!94)
       (= migrate0.pc@4 a!103)
       a!105
       (= migrate0.newpage@4 a!107)
       (= migrate0.ok@4 a!109)
       (= migrate0.mapping_is_swapper@4 a!110)
       a!111
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
                    (not (= |page.mapping(shmem)[F0]@4| #x00)))
                (not (= |PG_swapcache[F0]@4| #x00))))
      (a!6 (and (= rule@4 #x05)
                (= migrate0.pc@4 #x03)
                (or (not (= |PG_swapcache[F0]@4| #x00))
                    (not (= |page.mapping(shmem)[F0]@4| #x00)))
                (not (not (= |PG_swapcache[F0]@4| #x00)))
                (not (= |PG_dirty[F0]@4| #x00))))
      (a!7 (and (= rule@4 #x06)
                (= migrate0.pc@4 #x03)
                (or (not (= |PG_swapcache[F0]@4| #x00))
                    (not (= |page.mapping(shmem)[F0]@4| #x00)))
                (not (not (= |PG_swapcache[F0]@4| #x00)))
                (not (not (= |PG_dirty[F0]@4| #x00)))))
      (a!8 (not (or (not (= |PG_swapcache[F0]@4| #x00))
                    (not (= |page.mapping(shmem)[F0]@4| #x00)))))
      (a!9 (= (ite (not (= migrate0.mapping_is_swapper@4 #x00))
                   swapper_space.i_pages@4
                   shmem.i_pages@4)
              #x00))
      (a!11 (and (= rule@4 #x0d)
                 (= migrate0.pc@4 #x07)
                 (not (not (= migrate0.ok@4 #x00)))))
      (a!12 (and (= rule@4 #x0f)
                 (= migrate0.pc@4 #x09)
                 (not (not (= migrate0.ok@4 #x00)))))
      (a!14 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.used[F0]@4|
                      |folio.used[F1]@4|)))
      (a!15 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.used[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.used[F0]@4|)
                      |folio.used[F0]@4|)))
      (a!20 (ite (and (= rule@4 #x0e) true)
                 (bvsub |folio.refcount[F0]@4| #x01)
                 (ite (and (= rule@4 #x0f) true)
                      (bvsub |folio.refcount[F0]@4| #x01)
                      |folio.refcount[F0]@4|)))
      (a!26 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 |folio.refcount[F1]@4|))
      (a!31 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00) |PG_lru[F0]@4| |PG_lru[F1]@4|)))
      (a!32 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 #x01))
      (a!33 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_lru[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01) #x00 #x01)
                      |PG_lru[F0]@4|)))
      (a!38 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |PG_anon_exclusive[F0]@4|
                      |PG_anon_exclusive[F1]@4|)))
      (a!39 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@4|)
                      |PG_anon_exclusive[F0]@4|)))
      (a!44 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.mapping[F0]@4|
                      |folio.mapping[F1]@4|)))
      (a!45 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01)
                      #x01
                      |folio.mapping[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x01
                           |folio.mapping[F0]@4|)
                      |folio.mapping[F0]@4|)))
      (a!50 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.index[F0]@4|
                      |folio.index[F1]@4|)))
      (a!51 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.index[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.index[F0]@4|)
                      |folio.index[F0]@4|)))
      (a!56 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.data[F0]@4|
                      |folio.data[F1]@4|)))
      (a!57 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.data[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.data[F0]@4|)
                      |folio.data[F0]@4|)))
      (a!64 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |page.mapping(shmem)[F0]@4|
                      |page.mapping(shmem)[F1]@4|)))
      (a!65 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@4|)
                      |page.mapping(shmem)[F0]@4|)))
      (a!71 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |PG_swapcache[F0]@4|
                      |PG_swapcache[F1]@4|)))
      (a!72 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_swapcache[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |PG_swapcache[F0]@4|)
                      |PG_swapcache[F0]@4|)))
      (a!78 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |PG_dirty[F0]@4|
                      |PG_dirty[F1]@4|)))
      (a!79 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_dirty[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |PG_dirty[F0]@4|)
                      |PG_dirty[F0]@4|)))
      (a!85 (ite (not (not (= migrate0.mapping_is_swapper@4 #x00)))
                 migrate0.newpage@4
                 shmem.i_pages@4))
      (a!87 (ite (and (= rule@4 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@4 #x00))
                      migrate0.newpage@4
                      swapper_space.i_pages@4)
                 swapper_space.i_pages@4))
      (a!89 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 #x00
                 (ite (and (= rule@4 #x0d) true) #x00 |PG_locked[F0]@4|)))
      (a!93 (ite (and (= rule@4 #x0c) (= migrate0.newpage@4 #x01))
                 #x00
                 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                      #x00
                      |PG_locked[F1]@4|)))
      (a!95 (ite (and (= rule@4 #x10) true)
                 #x01
                 (ite (and (= rule@4 #x11) true) #x09 migrate0.pc@4)))
      (a!104 (ite (and (= rule@4 #x0e) true)
                  #x00
                  (ite (and (= rule@4 #x0f) true) #x00 migrate0.isolated@4)))
      (a!106 (ite (and (= rule@4 #x0d) true)
                  #x02
                  (ite (and (= rule@4 #x0e) true) #x02 migrate0.newpage@4)))
      (a!108 (ite (and (= rule@4 #x0b) true)
                  #x01
                  (ite (and (= rule@4 #x11) true) #x00 migrate0.ok@4)))
      (a!110 (ite (and (= rule@4 #x04) true)
                  |PG_swapcache[F0]@4|
                  (ite (and (= rule@4 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@4)))
      (a!111 (= migrate0.pass@5
                (ite (and (= rule@4 #x10) true)
                     (bvadd migrate0.pass@4 #x01)
                     migrate0.pass@4))))
(let ((a!4 (and (= rule@4 #x03)
                (= migrate0.pc@4 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@4| |PG_locked[F1]@4|) #x00)))
      (a!10 (not (and (not (= |page.mapping(shmem)[F0]@4| #x00))
                      (= |folio.refcount[F0]@4| #x02)
                      a!9)))
      (a!16 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!14
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!14
                      a!15)))
      (a!18 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!14
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!14
                      |folio.used[F1]@4|)))
      (a!21 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!20))
      (a!27 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!31
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!32
                      a!33)))
      (a!36 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!31
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!32
                      |PG_lru[F1]@4|)))
      (a!40 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!38
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!38
                      a!39)))
      (a!42 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!38
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!38
                      |PG_anon_exclusive[F1]@4|)))
      (a!46 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!44
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!44
                      a!45)))
      (a!48 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!44
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!44
                      |folio.mapping[F1]@4|)))
      (a!52 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!50
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!50
                      a!51)))
      (a!54 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!50
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!50
                      |folio.index[F1]@4|)))
      (a!58 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!56
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!56
                      a!57)))
      (a!61 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!56
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!56
                      |folio.data[F1]@4|)))
      (a!66 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!64
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!64
                      a!65)))
      (a!69 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!64
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!64
                      |page.mapping(shmem)[F1]@4|)))
      (a!73 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!71
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!71
                      a!72)))
      (a!76 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!71
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!71
                      |PG_swapcache[F1]@4|)))
      (a!80 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!78
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!78
                      a!79)))
      (a!83 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!78
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!78
                      |PG_dirty[F1]@4|)))
      (a!86 (ite (and (= rule@4 #x05) true)
                 #x02
                 (ite (and (= rule@4 #x09) true) a!85 shmem.i_pages@4)))
      (a!88 (= swapper_space.i_pages@5
               (ite (and (= rule@4 #x05) true) #x00 a!87)))
      (a!90 (ite (and (= rule@4 #x0c) (= migrate0.newpage@4 #x00))
                 #x00
                 (ite (and (= rule@4 #x0c) true) #x00 a!89)))
      (a!94 (ite (and (= rule@4 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                      #x00
                      a!93)))
      (a!96 (ite (and (= rule@4 #x0e) true)
                 #x0a
                 (ite (and (= rule@4 #x0f) true) #x0a a!95)))
      (a!105 (= migrate0.isolated@5 (ite (and (= rule@4 #x00) true) #x01 a!104)))
      (a!107 (ite (and (= rule@4 #x03) true)
                  a!3
                  (ite (and (= rule@4 #x08) true) #x02 a!106)))
      (a!109 (ite (and (= rule@4 #x07) true)
                  #x00
                  (ite (and (= rule@4 #x0a) true) #x00 a!108))))
(let ((a!13 (or (and (= rule@4 #x00)
                     (= migrate0.pc@4 #x00)
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
                     (not (= |page.mapping(shmem)[F0]@4| #x00))
                     (= |folio.refcount[F0]@4| #x02)
                     a!9)
                (and (= rule@4 #x0a) (= migrate0.pc@4 #x05) a!10)
                (and (= rule@4 #x0b) (= migrate0.pc@4 #x06))
                (and (= rule@4 #x0c)
                     (= migrate0.pc@4 #x07)
                     (not (= migrate0.ok@4 #x00)))
                a!11
                (and (= rule@4 #x0e)
                     (= migrate0.pc@4 #x09)
                     (not (= migrate0.ok@4 #x00)))
                a!12
                (and (= rule@4 #x10)
                     (= migrate0.pc@4 #x08)
                     (bvult migrate0.pass@4 #x01))
                (and (= rule@4 #x11)
                     (= migrate0.pc@4 #x08)
                     (bvuge migrate0.pass@4 #x01))))
      (a!17 (ite (and (= rule@4 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      a!14
                      a!16)))
      (a!19 (ite (and (= rule@4 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                      a!14
                      a!18)))
      (a!22 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!21))
      (a!28 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x01))
                 (bvadd (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!27))
      (a!35 (ite (and (= rule@4 #x00) true)
                 #x00
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      a!31
                      a!34)))
      (a!37 (= |PG_lru[F1]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01)) a!31 a!36)))
      (a!41 (= |PG_anon_exclusive[F0]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00)) a!38 a!40)))
      (a!43 (= |PG_anon_exclusive[F1]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01)) a!38 a!42)))
      (a!47 (= |folio.mapping[F0]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00)) a!44 a!46)))
      (a!49 (= |folio.mapping[F1]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01)) a!44 a!48)))
      (a!53 (= |folio.index[F0]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00)) a!50 a!52)))
      (a!55 (= |folio.index[F1]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01)) a!50 a!54)))
      (a!59 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                 a!56
                 (ite (and (= rule@4 #x0b) (= migrate0.newpage@4 #x00))
                      |folio.data[F0]@4|
                      a!58)))
      (a!62 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                 a!56
                 (ite (and (= rule@4 #x0b) (= migrate0.newpage@4 #x01))
                      |folio.data[F0]@4|
                      a!61)))
      (a!67 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x00))
                 |page.mapping(shmem)[F0]@4|
                 (ite (and (= rule@4 #x0b) true) #x00 a!66)))
      (a!70 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                 a!64
                 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x01))
                      |page.mapping(shmem)[F0]@4|
                      a!69)))
      (a!74 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x00))
                 |PG_swapcache[F0]@4|
                 (ite (and (= rule@4 #x0b) true) #x00 a!73)))
      (a!77 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                 a!71
                 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x01))
                      |PG_swapcache[F0]@4|
                      a!76)))
      (a!81 (ite (and (= rule@4 #x0b) (= migrate0.newpage@4 #x00))
                 |PG_dirty[F0]@4|
                 (ite (and (= rule@4 #x0b) true) #x00 a!80)))
      (a!84 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                 a!78
                 (ite (and (= rule@4 #x0b) (= migrate0.newpage@4 #x01))
                      |PG_dirty[F0]@4|
                      a!83)))
      (a!91 (ite (and (= rule@4 #x05) true)
                 #x00
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      #x00
                      a!90)))
      (a!97 (ite (and (= rule@4 #x0c) true)
                 #x09
                 (ite (and (= rule@4 #x0d) true) #x08 a!96))))
(let ((a!23 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x00))
                 (bvadd (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 (ite (and (= rule@4 #x09) true)
                      (bvsub |folio.refcount[F0]@4| #x01)
                      a!22)))
      (a!29 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!28))
      (a!60 (= |folio.data[F0]@5|
               (ite (and (= rule@4 #x03) (= a!3 #x00)) #x00 a!59)))
      (a!63 (= |folio.data[F1]@5|
               (ite (and (= rule@4 #x03) (= a!3 #x01)) #x00 a!62)))
      (a!68 (ite (and (= rule@4 #x05) true)
                 #x00
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      a!64
                      a!67)))
      (a!75 (ite (and (= rule@4 #x05) true)
                 #x01
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      a!71
                      a!74)))
      (a!82 (ite (and (= rule@4 #x05) true)
                 #x01
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      a!78
                      a!81)))
      (a!92 (ite (and (= rule@4 #x02) true)
                 #x01
                 (ite (and (= rule@4 #x03) (= a!3 #x00)) #x01 a!91)))
      (a!98 (ite (and (= rule@4 #x0a) true)
                 #x07
                 (ite (and (= rule@4 #x0b) true) #x07 a!97))))
(let ((a!24 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!23))
      (a!30 (= |folio.refcount[F1]@5|
               (ite (and (= rule@4 #x03) (= a!3 #x01)) #x01 a!29)))
      (a!99 (ite (and (= rule@4 #x08) true)
                 #x08
                 (ite (and (= rule@4 #x09) true) #x06 a!98))))
(let ((a!25 (ite (and (= rule@4 #x00) true)
                 (bvadd |folio.refcount[F0]@4| #x01)
                 (ite (and (= rule@4 #x03) (= a!3 #x00)) #x01 a!24)))
      (a!100 (ite (and (= rule@4 #x06) true)
                  #x05
                  (ite (and (= rule@4 #x07) true) #x07 a!99))))
(let ((a!101 (ite (and (= rule@4 #x04) true)
                  #x05
                  (ite (and (= rule@4 #x05) true) #x04 a!100))))
(let ((a!102 (ite (and (= rule@4 #x02) true)
                  #x02
                  (ite (and (= rule@4 #x03) true) #x03 a!101))))
(let ((a!103 (ite (and (= rule@4 #x00) true)
                  #x01
                  (ite (and (= rule@4 #x01) true) #x0a a!102))))
  (and a!13
       (= |alive[P0]@5| |alive[P0]@4|)
       (= |pte[P0][0]@5| |pte[P0][0]@4|)
       (= |pte.folio[P0][0]@5| |pte.folio[P0][0]@4|)
       (= |pte.write[P0][0]@5| |pte.write[P0][0]@4|)
       (= |expected[P0][0]@5| |expected[P0][0]@4|)
       (= |anon_vma.list[av0][0]@5| |anon_vma.list[av0][0]@4|)
       (= |anon_vma.len[av0]@5| |anon_vma.len[av0]@4|)
       (= |anon_vma.refcount[av0]@5| |anon_vma.refcount[av0]@4|)
       (= |folio.used[F0]@5| a!17)
       (= |folio.used[F1]@5| a!19)
       (= |folio.refcount[F0]@5| a!25)
       a!30
       (= |folio.mapcount[F0]@5| |folio.mapcount[F0]@4|)
       (= |folio.mapcount[F1]@5| |folio.mapcount[F1]@4|)
       (= |PG_lru[F0]@5| a!35)
       a!37
       a!41
       a!43
       a!47
       a!49
       a!53
       a!55
       a!60
       a!63
       (= |page.mapping(shmem)[F0]@5| a!68)
       (= |page.mapping(shmem)[F1]@5| a!70)
       (= |PG_swapcache[F0]@5| a!75)
       (= |PG_swapcache[F1]@5| a!77)
       (= |PG_dirty[F0]@5| a!82)
       (= |PG_dirty[F1]@5| a!84)
       (= shmem.i_pages@5 a!86)
       a!88
       (= |&mm->mmap_lock.writer[P0]@5| |&mm->mmap_lock.writer[P0]@4|)
       (= |&mm->mmap_lock.readers[P0]@5| |&mm->mmap_lock.readers[P0]@4|)
       (= |&anon_vma->rwsem.writer[av0]@5| |&anon_vma->rwsem.writer[av0]@4|)
       (= |&anon_vma->rwsem.readers[av0]@5| |&anon_vma->rwsem.readers[av0]@4|)
       (= |ptlock_ptr(page)[P0]@5| |ptlock_ptr(page)[P0]@4|)
       (= |PG_locked[F0]@5| a!92)
       (= |PG_locked[F1]@5| a!94)
       (= migrate0.pc@5 a!103)
       a!105
       (= migrate0.newpage@5 a!107)
       (= migrate0.ok@5 a!109)
       (= migrate0.mapping_is_swapper@5 a!110)
       a!111
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
                    (not (= |page.mapping(shmem)[F0]@5| #x00)))
                (not (= |PG_swapcache[F0]@5| #x00))))
      (a!6 (and (= rule@5 #x05)
                (= migrate0.pc@5 #x03)
                (or (not (= |PG_swapcache[F0]@5| #x00))
                    (not (= |page.mapping(shmem)[F0]@5| #x00)))
                (not (not (= |PG_swapcache[F0]@5| #x00)))
                (not (= |PG_dirty[F0]@5| #x00))))
      (a!7 (and (= rule@5 #x06)
                (= migrate0.pc@5 #x03)
                (or (not (= |PG_swapcache[F0]@5| #x00))
                    (not (= |page.mapping(shmem)[F0]@5| #x00)))
                (not (not (= |PG_swapcache[F0]@5| #x00)))
                (not (not (= |PG_dirty[F0]@5| #x00)))))
      (a!8 (not (or (not (= |PG_swapcache[F0]@5| #x00))
                    (not (= |page.mapping(shmem)[F0]@5| #x00)))))
      (a!9 (= (ite (not (= migrate0.mapping_is_swapper@5 #x00))
                   swapper_space.i_pages@5
                   shmem.i_pages@5)
              #x00))
      (a!11 (and (= rule@5 #x0d)
                 (= migrate0.pc@5 #x07)
                 (not (not (= migrate0.ok@5 #x00)))))
      (a!12 (and (= rule@5 #x0f)
                 (= migrate0.pc@5 #x09)
                 (not (not (= migrate0.ok@5 #x00)))))
      (a!14 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.used[F0]@5|
                      |folio.used[F1]@5|)))
      (a!15 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.used[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.used[F0]@5|)
                      |folio.used[F0]@5|)))
      (a!20 (ite (and (= rule@5 #x0e) true)
                 (bvsub |folio.refcount[F0]@5| #x01)
                 (ite (and (= rule@5 #x0f) true)
                      (bvsub |folio.refcount[F0]@5| #x01)
                      |folio.refcount[F0]@5|)))
      (a!26 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 |folio.refcount[F1]@5|))
      (a!31 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00) |PG_lru[F0]@5| |PG_lru[F1]@5|)))
      (a!32 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 #x01))
      (a!33 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_lru[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01) #x00 #x01)
                      |PG_lru[F0]@5|)))
      (a!38 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |PG_anon_exclusive[F0]@5|
                      |PG_anon_exclusive[F1]@5|)))
      (a!39 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@5|)
                      |PG_anon_exclusive[F0]@5|)))
      (a!44 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.mapping[F0]@5|
                      |folio.mapping[F1]@5|)))
      (a!45 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01)
                      #x01
                      |folio.mapping[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x01
                           |folio.mapping[F0]@5|)
                      |folio.mapping[F0]@5|)))
      (a!50 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.index[F0]@5|
                      |folio.index[F1]@5|)))
      (a!51 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.index[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.index[F0]@5|)
                      |folio.index[F0]@5|)))
      (a!56 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.data[F0]@5|
                      |folio.data[F1]@5|)))
      (a!57 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.data[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.data[F0]@5|)
                      |folio.data[F0]@5|)))
      (a!64 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |page.mapping(shmem)[F0]@5|
                      |page.mapping(shmem)[F1]@5|)))
      (a!65 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@5|)
                      |page.mapping(shmem)[F0]@5|)))
      (a!71 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |PG_swapcache[F0]@5|
                      |PG_swapcache[F1]@5|)))
      (a!72 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_swapcache[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |PG_swapcache[F0]@5|)
                      |PG_swapcache[F0]@5|)))
      (a!78 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |PG_dirty[F0]@5|
                      |PG_dirty[F1]@5|)))
      (a!79 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_dirty[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |PG_dirty[F0]@5|)
                      |PG_dirty[F0]@5|)))
      (a!85 (ite (not (not (= migrate0.mapping_is_swapper@5 #x00)))
                 migrate0.newpage@5
                 shmem.i_pages@5))
      (a!87 (ite (and (= rule@5 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@5 #x00))
                      migrate0.newpage@5
                      swapper_space.i_pages@5)
                 swapper_space.i_pages@5))
      (a!89 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 #x00
                 (ite (and (= rule@5 #x0d) true) #x00 |PG_locked[F0]@5|)))
      (a!93 (ite (and (= rule@5 #x0c) (= migrate0.newpage@5 #x01))
                 #x00
                 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                      #x00
                      |PG_locked[F1]@5|)))
      (a!95 (ite (and (= rule@5 #x10) true)
                 #x01
                 (ite (and (= rule@5 #x11) true) #x09 migrate0.pc@5)))
      (a!104 (ite (and (= rule@5 #x0e) true)
                  #x00
                  (ite (and (= rule@5 #x0f) true) #x00 migrate0.isolated@5)))
      (a!106 (ite (and (= rule@5 #x0d) true)
                  #x02
                  (ite (and (= rule@5 #x0e) true) #x02 migrate0.newpage@5)))
      (a!108 (ite (and (= rule@5 #x0b) true)
                  #x01
                  (ite (and (= rule@5 #x11) true) #x00 migrate0.ok@5)))
      (a!110 (ite (and (= rule@5 #x04) true)
                  |PG_swapcache[F0]@5|
                  (ite (and (= rule@5 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@5)))
      (a!111 (= migrate0.pass@6
                (ite (and (= rule@5 #x10) true)
                     (bvadd migrate0.pass@5 #x01)
                     migrate0.pass@5))))
(let ((a!4 (and (= rule@5 #x03)
                (= migrate0.pc@5 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@5| |PG_locked[F1]@5|) #x00)))
      (a!10 (not (and (not (= |page.mapping(shmem)[F0]@5| #x00))
                      (= |folio.refcount[F0]@5| #x02)
                      a!9)))
      (a!16 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!14
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!14
                      a!15)))
      (a!18 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!14
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!14
                      |folio.used[F1]@5|)))
      (a!21 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!20))
      (a!27 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!31
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!32
                      a!33)))
      (a!36 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!31
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!32
                      |PG_lru[F1]@5|)))
      (a!40 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!38
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!38
                      a!39)))
      (a!42 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!38
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!38
                      |PG_anon_exclusive[F1]@5|)))
      (a!46 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!44
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!44
                      a!45)))
      (a!48 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!44
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!44
                      |folio.mapping[F1]@5|)))
      (a!52 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!50
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!50
                      a!51)))
      (a!54 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!50
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!50
                      |folio.index[F1]@5|)))
      (a!58 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!56
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!56
                      a!57)))
      (a!61 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!56
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!56
                      |folio.data[F1]@5|)))
      (a!66 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!64
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!64
                      a!65)))
      (a!69 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!64
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!64
                      |page.mapping(shmem)[F1]@5|)))
      (a!73 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!71
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!71
                      a!72)))
      (a!76 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!71
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!71
                      |PG_swapcache[F1]@5|)))
      (a!80 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!78
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!78
                      a!79)))
      (a!83 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!78
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!78
                      |PG_dirty[F1]@5|)))
      (a!86 (ite (and (= rule@5 #x05) true)
                 #x02
                 (ite (and (= rule@5 #x09) true) a!85 shmem.i_pages@5)))
      (a!88 (= swapper_space.i_pages@6
               (ite (and (= rule@5 #x05) true) #x00 a!87)))
      (a!90 (ite (and (= rule@5 #x0c) (= migrate0.newpage@5 #x00))
                 #x00
                 (ite (and (= rule@5 #x0c) true) #x00 a!89)))
      (a!94 (ite (and (= rule@5 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                      #x00
                      a!93)))
      (a!96 (ite (and (= rule@5 #x0e) true)
                 #x0a
                 (ite (and (= rule@5 #x0f) true) #x0a a!95)))
      (a!105 (= migrate0.isolated@6 (ite (and (= rule@5 #x00) true) #x01 a!104)))
      (a!107 (ite (and (= rule@5 #x03) true)
                  a!3
                  (ite (and (= rule@5 #x08) true) #x02 a!106)))
      (a!109 (ite (and (= rule@5 #x07) true)
                  #x00
                  (ite (and (= rule@5 #x0a) true) #x00 a!108))))
(let ((a!13 (or (and (= rule@5 #x00)
                     (= migrate0.pc@5 #x00)
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
                     (not (= |page.mapping(shmem)[F0]@5| #x00))
                     (= |folio.refcount[F0]@5| #x02)
                     a!9)
                (and (= rule@5 #x0a) (= migrate0.pc@5 #x05) a!10)
                (and (= rule@5 #x0b) (= migrate0.pc@5 #x06))
                (and (= rule@5 #x0c)
                     (= migrate0.pc@5 #x07)
                     (not (= migrate0.ok@5 #x00)))
                a!11
                (and (= rule@5 #x0e)
                     (= migrate0.pc@5 #x09)
                     (not (= migrate0.ok@5 #x00)))
                a!12
                (and (= rule@5 #x10)
                     (= migrate0.pc@5 #x08)
                     (bvult migrate0.pass@5 #x01))
                (and (= rule@5 #x11)
                     (= migrate0.pc@5 #x08)
                     (bvuge migrate0.pass@5 #x01))))
      (a!17 (ite (and (= rule@5 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      a!14
                      a!16)))
      (a!19 (ite (and (= rule@5 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                      a!14
                      a!18)))
      (a!22 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!21))
      (a!28 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x01))
                 (bvadd (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!27))
      (a!35 (ite (and (= rule@5 #x00) true)
                 #x00
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      a!31
                      a!34)))
      (a!37 (= |PG_lru[F1]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01)) a!31 a!36)))
      (a!41 (= |PG_anon_exclusive[F0]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00)) a!38 a!40)))
      (a!43 (= |PG_anon_exclusive[F1]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01)) a!38 a!42)))
      (a!47 (= |folio.mapping[F0]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00)) a!44 a!46)))
      (a!49 (= |folio.mapping[F1]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01)) a!44 a!48)))
      (a!53 (= |folio.index[F0]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00)) a!50 a!52)))
      (a!55 (= |folio.index[F1]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01)) a!50 a!54)))
      (a!59 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                 a!56
                 (ite (and (= rule@5 #x0b) (= migrate0.newpage@5 #x00))
                      |folio.data[F0]@5|
                      a!58)))
      (a!62 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                 a!56
                 (ite (and (= rule@5 #x0b) (= migrate0.newpage@5 #x01))
                      |folio.data[F0]@5|
                      a!61)))
      (a!67 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x00))
                 |page.mapping(shmem)[F0]@5|
                 (ite (and (= rule@5 #x0b) true) #x00 a!66)))
      (a!70 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                 a!64
                 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x01))
                      |page.mapping(shmem)[F0]@5|
                      a!69)))
      (a!74 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x00))
                 |PG_swapcache[F0]@5|
                 (ite (and (= rule@5 #x0b) true) #x00 a!73)))
      (a!77 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                 a!71
                 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x01))
                      |PG_swapcache[F0]@5|
                      a!76)))
      (a!81 (ite (and (= rule@5 #x0b) (= migrate0.newpage@5 #x00))
                 |PG_dirty[F0]@5|
                 (ite (and (= rule@5 #x0b) true) #x00 a!80)))
      (a!84 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                 a!78
                 (ite (and (= rule@5 #x0b) (= migrate0.newpage@5 #x01))
                      |PG_dirty[F0]@5|
                      a!83)))
      (a!91 (ite (and (= rule@5 #x05) true)
                 #x00
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      #x00
                      a!90)))
      (a!97 (ite (and (= rule@5 #x0c) true)
                 #x09
                 (ite (and (= rule@5 #x0d) true) #x08 a!96))))
(let ((a!23 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x00))
                 (bvadd (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 (ite (and (= rule@5 #x09) true)
                      (bvsub |folio.refcount[F0]@5| #x01)
                      a!22)))
      (a!29 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!28))
      (a!60 (= |folio.data[F0]@6|
               (ite (and (= rule@5 #x03) (= a!3 #x00)) #x00 a!59)))
      (a!63 (= |folio.data[F1]@6|
               (ite (and (= rule@5 #x03) (= a!3 #x01)) #x00 a!62)))
      (a!68 (ite (and (= rule@5 #x05) true)
                 #x00
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      a!64
                      a!67)))
      (a!75 (ite (and (= rule@5 #x05) true)
                 #x01
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      a!71
                      a!74)))
      (a!82 (ite (and (= rule@5 #x05) true)
                 #x01
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      a!78
                      a!81)))
      (a!92 (ite (and (= rule@5 #x02) true)
                 #x01
                 (ite (and (= rule@5 #x03) (= a!3 #x00)) #x01 a!91)))
      (a!98 (ite (and (= rule@5 #x0a) true)
                 #x07
                 (ite (and (= rule@5 #x0b) true) #x07 a!97))))
(let ((a!24 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!23))
      (a!30 (= |folio.refcount[F1]@6|
               (ite (and (= rule@5 #x03) (= a!3 #x01)) #x01 a!29)))
      (a!99 (ite (and (= rule@5 #x08) true)
                 #x08
                 (ite (and (= rule@5 #x09) true) #x06 a!98))))
(let ((a!25 (ite (and (= rule@5 #x00) true)
                 (bvadd |folio.refcount[F0]@5| #x01)
                 (ite (and (= rule@5 #x03) (= a!3 #x00)) #x01 a!24)))
      (a!100 (ite (and (= rule@5 #x06) true)
                  #x05
                  (ite (and (= rule@5 #x07) true) #x07 a!99))))
(let ((a!101 (ite (and (= rule@5 #x04) true)
                  #x05
                  (ite (and (= rule@5 #x05) true) #x04 a!100))))
(let ((a!102 (ite (and (= rule@5 #x02) true)
                  #x02
                  (ite (and (= rule@5 #x03) true) #x03 a!101))))
(let ((a!103 (ite (and (= rule@5 #x00) true)
                  #x01
                  (ite (and (= rule@5 #x01) true) #x0a a!102))))
  (and a!13
       (= |alive[P0]@6| |alive[P0]@5|)
       (= |pte[P0][0]@6| |pte[P0][0]@5|)
       (= |pte.folio[P0][0]@6| |pte.folio[P0][0]@5|)
       (= |pte.write[P0][0]@6| |pte.write[P0][0]@5|)
       (= |expected[P0][0]@6| |expected[P0][0]@5|)
       (= |anon_vma.list[av0][0]@6| |anon_vma.list[av0][0]@5|)
       (= |anon_vma.len[av0]@6| |anon_vma.len[av0]@5|)
       (= |anon_vma.refcount[av0]@6| |anon_vma.refcount[av0]@5|)
       (= |folio.used[F0]@6| a!17)
       (= |folio.used[F1]@6| a!19)
       (= |folio.refcount[F0]@6| a!25)
       a!30
       (= |folio.mapcount[F0]@6| |folio.mapcount[F0]@5|)
       (= |folio.mapcount[F1]@6| |folio.mapcount[F1]@5|)
       (= |PG_lru[F0]@6| a!35)
       a!37
       a!41
       a!43
       a!47
       a!49
       a!53
       a!55
       a!60
       a!63
       (= |page.mapping(shmem)[F0]@6| a!68)
       (= |page.mapping(shmem)[F1]@6| a!70)
       (= |PG_swapcache[F0]@6| a!75)
       (= |PG_swapcache[F1]@6| a!77)
       (= |PG_dirty[F0]@6| a!82)
       (= |PG_dirty[F1]@6| a!84)
       (= shmem.i_pages@6 a!86)
       a!88
       (= |&mm->mmap_lock.writer[P0]@6| |&mm->mmap_lock.writer[P0]@5|)
       (= |&mm->mmap_lock.readers[P0]@6| |&mm->mmap_lock.readers[P0]@5|)
       (= |&anon_vma->rwsem.writer[av0]@6| |&anon_vma->rwsem.writer[av0]@5|)
       (= |&anon_vma->rwsem.readers[av0]@6| |&anon_vma->rwsem.readers[av0]@5|)
       (= |ptlock_ptr(page)[P0]@6| |ptlock_ptr(page)[P0]@5|)
       (= |PG_locked[F0]@6| a!92)
       (= |PG_locked[F1]@6| a!94)
       (= migrate0.pc@6 a!103)
       a!105
       (= migrate0.newpage@6 a!107)
       (= migrate0.ok@6 a!109)
       (= migrate0.mapping_is_swapper@6 a!110)
       a!111
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
                    (not (= |page.mapping(shmem)[F0]@6| #x00)))
                (not (= |PG_swapcache[F0]@6| #x00))))
      (a!6 (and (= rule@6 #x05)
                (= migrate0.pc@6 #x03)
                (or (not (= |PG_swapcache[F0]@6| #x00))
                    (not (= |page.mapping(shmem)[F0]@6| #x00)))
                (not (not (= |PG_swapcache[F0]@6| #x00)))
                (not (= |PG_dirty[F0]@6| #x00))))
      (a!7 (and (= rule@6 #x06)
                (= migrate0.pc@6 #x03)
                (or (not (= |PG_swapcache[F0]@6| #x00))
                    (not (= |page.mapping(shmem)[F0]@6| #x00)))
                (not (not (= |PG_swapcache[F0]@6| #x00)))
                (not (not (= |PG_dirty[F0]@6| #x00)))))
      (a!8 (not (or (not (= |PG_swapcache[F0]@6| #x00))
                    (not (= |page.mapping(shmem)[F0]@6| #x00)))))
      (a!9 (= (ite (not (= migrate0.mapping_is_swapper@6 #x00))
                   swapper_space.i_pages@6
                   shmem.i_pages@6)
              #x00))
      (a!11 (and (= rule@6 #x0d)
                 (= migrate0.pc@6 #x07)
                 (not (not (= migrate0.ok@6 #x00)))))
      (a!12 (and (= rule@6 #x0f)
                 (= migrate0.pc@6 #x09)
                 (not (not (= migrate0.ok@6 #x00)))))
      (a!14 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.used[F0]@6|
                      |folio.used[F1]@6|)))
      (a!15 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.used[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.used[F0]@6|)
                      |folio.used[F0]@6|)))
      (a!20 (ite (and (= rule@6 #x0e) true)
                 (bvsub |folio.refcount[F0]@6| #x01)
                 (ite (and (= rule@6 #x0f) true)
                      (bvsub |folio.refcount[F0]@6| #x01)
                      |folio.refcount[F0]@6|)))
      (a!26 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 |folio.refcount[F1]@6|))
      (a!31 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00) |PG_lru[F0]@6| |PG_lru[F1]@6|)))
      (a!32 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 #x01))
      (a!33 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_lru[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01) #x00 #x01)
                      |PG_lru[F0]@6|)))
      (a!38 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |PG_anon_exclusive[F0]@6|
                      |PG_anon_exclusive[F1]@6|)))
      (a!39 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@6|)
                      |PG_anon_exclusive[F0]@6|)))
      (a!44 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.mapping[F0]@6|
                      |folio.mapping[F1]@6|)))
      (a!45 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01)
                      #x01
                      |folio.mapping[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x01
                           |folio.mapping[F0]@6|)
                      |folio.mapping[F0]@6|)))
      (a!50 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.index[F0]@6|
                      |folio.index[F1]@6|)))
      (a!51 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.index[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.index[F0]@6|)
                      |folio.index[F0]@6|)))
      (a!56 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.data[F0]@6|
                      |folio.data[F1]@6|)))
      (a!57 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.data[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.data[F0]@6|)
                      |folio.data[F0]@6|)))
      (a!64 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |page.mapping(shmem)[F0]@6|
                      |page.mapping(shmem)[F1]@6|)))
      (a!65 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@6|)
                      |page.mapping(shmem)[F0]@6|)))
      (a!71 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |PG_swapcache[F0]@6|
                      |PG_swapcache[F1]@6|)))
      (a!72 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_swapcache[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |PG_swapcache[F0]@6|)
                      |PG_swapcache[F0]@6|)))
      (a!78 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |PG_dirty[F0]@6|
                      |PG_dirty[F1]@6|)))
      (a!79 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_dirty[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |PG_dirty[F0]@6|)
                      |PG_dirty[F0]@6|)))
      (a!85 (ite (not (not (= migrate0.mapping_is_swapper@6 #x00)))
                 migrate0.newpage@6
                 shmem.i_pages@6))
      (a!87 (ite (and (= rule@6 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@6 #x00))
                      migrate0.newpage@6
                      swapper_space.i_pages@6)
                 swapper_space.i_pages@6))
      (a!89 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 #x00
                 (ite (and (= rule@6 #x0d) true) #x00 |PG_locked[F0]@6|)))
      (a!93 (ite (and (= rule@6 #x0c) (= migrate0.newpage@6 #x01))
                 #x00
                 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                      #x00
                      |PG_locked[F1]@6|)))
      (a!95 (ite (and (= rule@6 #x10) true)
                 #x01
                 (ite (and (= rule@6 #x11) true) #x09 migrate0.pc@6)))
      (a!104 (ite (and (= rule@6 #x0e) true)
                  #x00
                  (ite (and (= rule@6 #x0f) true) #x00 migrate0.isolated@6)))
      (a!106 (ite (and (= rule@6 #x0d) true)
                  #x02
                  (ite (and (= rule@6 #x0e) true) #x02 migrate0.newpage@6)))
      (a!108 (ite (and (= rule@6 #x0b) true)
                  #x01
                  (ite (and (= rule@6 #x11) true) #x00 migrate0.ok@6)))
      (a!110 (ite (and (= rule@6 #x04) true)
                  |PG_swapcache[F0]@6|
                  (ite (and (= rule@6 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@6)))
      (a!111 (= migrate0.pass@7
                (ite (and (= rule@6 #x10) true)
                     (bvadd migrate0.pass@6 #x01)
                     migrate0.pass@6))))
(let ((a!4 (and (= rule@6 #x03)
                (= migrate0.pc@6 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@6| |PG_locked[F1]@6|) #x00)))
      (a!10 (not (and (not (= |page.mapping(shmem)[F0]@6| #x00))
                      (= |folio.refcount[F0]@6| #x02)
                      a!9)))
      (a!16 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!14
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!14
                      a!15)))
      (a!18 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!14
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!14
                      |folio.used[F1]@6|)))
      (a!21 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!20))
      (a!27 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!31
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!32
                      a!33)))
      (a!36 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!31
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!32
                      |PG_lru[F1]@6|)))
      (a!40 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!38
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!38
                      a!39)))
      (a!42 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!38
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!38
                      |PG_anon_exclusive[F1]@6|)))
      (a!46 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!44
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!44
                      a!45)))
      (a!48 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!44
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!44
                      |folio.mapping[F1]@6|)))
      (a!52 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!50
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!50
                      a!51)))
      (a!54 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!50
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!50
                      |folio.index[F1]@6|)))
      (a!58 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!56
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!56
                      a!57)))
      (a!61 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!56
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!56
                      |folio.data[F1]@6|)))
      (a!66 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!64
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!64
                      a!65)))
      (a!69 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!64
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!64
                      |page.mapping(shmem)[F1]@6|)))
      (a!73 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!71
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!71
                      a!72)))
      (a!76 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!71
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!71
                      |PG_swapcache[F1]@6|)))
      (a!80 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!78
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!78
                      a!79)))
      (a!83 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!78
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!78
                      |PG_dirty[F1]@6|)))
      (a!86 (ite (and (= rule@6 #x05) true)
                 #x02
                 (ite (and (= rule@6 #x09) true) a!85 shmem.i_pages@6)))
      (a!88 (= swapper_space.i_pages@7
               (ite (and (= rule@6 #x05) true) #x00 a!87)))
      (a!90 (ite (and (= rule@6 #x0c) (= migrate0.newpage@6 #x00))
                 #x00
                 (ite (and (= rule@6 #x0c) true) #x00 a!89)))
      (a!94 (ite (and (= rule@6 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                      #x00
                      a!93)))
      (a!96 (ite (and (= rule@6 #x0e) true)
                 #x0a
                 (ite (and (= rule@6 #x0f) true) #x0a a!95)))
      (a!105 (= migrate0.isolated@7 (ite (and (= rule@6 #x00) true) #x01 a!104)))
      (a!107 (ite (and (= rule@6 #x03) true)
                  a!3
                  (ite (and (= rule@6 #x08) true) #x02 a!106)))
      (a!109 (ite (and (= rule@6 #x07) true)
                  #x00
                  (ite (and (= rule@6 #x0a) true) #x00 a!108))))
(let ((a!13 (or (and (= rule@6 #x00)
                     (= migrate0.pc@6 #x00)
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
                     (not (= |page.mapping(shmem)[F0]@6| #x00))
                     (= |folio.refcount[F0]@6| #x02)
                     a!9)
                (and (= rule@6 #x0a) (= migrate0.pc@6 #x05) a!10)
                (and (= rule@6 #x0b) (= migrate0.pc@6 #x06))
                (and (= rule@6 #x0c)
                     (= migrate0.pc@6 #x07)
                     (not (= migrate0.ok@6 #x00)))
                a!11
                (and (= rule@6 #x0e)
                     (= migrate0.pc@6 #x09)
                     (not (= migrate0.ok@6 #x00)))
                a!12
                (and (= rule@6 #x10)
                     (= migrate0.pc@6 #x08)
                     (bvult migrate0.pass@6 #x01))
                (and (= rule@6 #x11)
                     (= migrate0.pc@6 #x08)
                     (bvuge migrate0.pass@6 #x01))))
      (a!17 (ite (and (= rule@6 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      a!14
                      a!16)))
      (a!19 (ite (and (= rule@6 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                      a!14
                      a!18)))
      (a!22 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!21))
      (a!28 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x01))
                 (bvadd (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!27))
      (a!35 (ite (and (= rule@6 #x00) true)
                 #x00
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      a!31
                      a!34)))
      (a!37 (= |PG_lru[F1]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01)) a!31 a!36)))
      (a!41 (= |PG_anon_exclusive[F0]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00)) a!38 a!40)))
      (a!43 (= |PG_anon_exclusive[F1]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01)) a!38 a!42)))
      (a!47 (= |folio.mapping[F0]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00)) a!44 a!46)))
      (a!49 (= |folio.mapping[F1]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01)) a!44 a!48)))
      (a!53 (= |folio.index[F0]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00)) a!50 a!52)))
      (a!55 (= |folio.index[F1]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01)) a!50 a!54)))
      (a!59 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                 a!56
                 (ite (and (= rule@6 #x0b) (= migrate0.newpage@6 #x00))
                      |folio.data[F0]@6|
                      a!58)))
      (a!62 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                 a!56
                 (ite (and (= rule@6 #x0b) (= migrate0.newpage@6 #x01))
                      |folio.data[F0]@6|
                      a!61)))
      (a!67 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x00))
                 |page.mapping(shmem)[F0]@6|
                 (ite (and (= rule@6 #x0b) true) #x00 a!66)))
      (a!70 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                 a!64
                 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x01))
                      |page.mapping(shmem)[F0]@6|
                      a!69)))
      (a!74 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x00))
                 |PG_swapcache[F0]@6|
                 (ite (and (= rule@6 #x0b) true) #x00 a!73)))
      (a!77 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                 a!71
                 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x01))
                      |PG_swapcache[F0]@6|
                      a!76)))
      (a!81 (ite (and (= rule@6 #x0b) (= migrate0.newpage@6 #x00))
                 |PG_dirty[F0]@6|
                 (ite (and (= rule@6 #x0b) true) #x00 a!80)))
      (a!84 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                 a!78
                 (ite (and (= rule@6 #x0b) (= migrate0.newpage@6 #x01))
                      |PG_dirty[F0]@6|
                      a!83)))
      (a!91 (ite (and (= rule@6 #x05) true)
                 #x00
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      #x00
                      a!90)))
      (a!97 (ite (and (= rule@6 #x0c) true)
                 #x09
                 (ite (and (= rule@6 #x0d) true) #x08 a!96))))
(let ((a!23 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x00))
                 (bvadd (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 (ite (and (= rule@6 #x09) true)
                      (bvsub |folio.refcount[F0]@6| #x01)
                      a!22)))
      (a!29 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!28))
      (a!60 (= |folio.data[F0]@7|
               (ite (and (= rule@6 #x03) (= a!3 #x00)) #x00 a!59)))
      (a!63 (= |folio.data[F1]@7|
               (ite (and (= rule@6 #x03) (= a!3 #x01)) #x00 a!62)))
      (a!68 (ite (and (= rule@6 #x05) true)
                 #x00
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      a!64
                      a!67)))
      (a!75 (ite (and (= rule@6 #x05) true)
                 #x01
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      a!71
                      a!74)))
      (a!82 (ite (and (= rule@6 #x05) true)
                 #x01
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      a!78
                      a!81)))
      (a!92 (ite (and (= rule@6 #x02) true)
                 #x01
                 (ite (and (= rule@6 #x03) (= a!3 #x00)) #x01 a!91)))
      (a!98 (ite (and (= rule@6 #x0a) true)
                 #x07
                 (ite (and (= rule@6 #x0b) true) #x07 a!97))))
(let ((a!24 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!23))
      (a!30 (= |folio.refcount[F1]@7|
               (ite (and (= rule@6 #x03) (= a!3 #x01)) #x01 a!29)))
      (a!99 (ite (and (= rule@6 #x08) true)
                 #x08
                 (ite (and (= rule@6 #x09) true) #x06 a!98))))
(let ((a!25 (ite (and (= rule@6 #x00) true)
                 (bvadd |folio.refcount[F0]@6| #x01)
                 (ite (and (= rule@6 #x03) (= a!3 #x00)) #x01 a!24)))
      (a!100 (ite (and (= rule@6 #x06) true)
                  #x05
                  (ite (and (= rule@6 #x07) true) #x07 a!99))))
(let ((a!101 (ite (and (= rule@6 #x04) true)
                  #x05
                  (ite (and (= rule@6 #x05) true) #x04 a!100))))
(let ((a!102 (ite (and (= rule@6 #x02) true)
                  #x02
                  (ite (and (= rule@6 #x03) true) #x03 a!101))))
(let ((a!103 (ite (and (= rule@6 #x00) true)
                  #x01
                  (ite (and (= rule@6 #x01) true) #x0a a!102))))
  (and a!13
       (= |alive[P0]@7| |alive[P0]@6|)
       (= |pte[P0][0]@7| |pte[P0][0]@6|)
       (= |pte.folio[P0][0]@7| |pte.folio[P0][0]@6|)
       (= |pte.write[P0][0]@7| |pte.write[P0][0]@6|)
       (= |expected[P0][0]@7| |expected[P0][0]@6|)
       (= |anon_vma.list[av0][0]@7| |anon_vma.list[av0][0]@6|)
       (= |anon_vma.len[av0]@7| |anon_vma.len[av0]@6|)
       (= |anon_vma.refcount[av0]@7| |anon_vma.refcount[av0]@6|)
       (= |folio.used[F0]@7| a!17)
       (= |folio.used[F1]@7| a!19)
       (= |folio.refcount[F0]@7| a!25)
       a!30
       (= |folio.mapcount[F0]@7| |folio.mapcount[F0]@6|)
       (= |folio.mapcount[F1]@7| |folio.mapcount[F1]@6|)
       (= |PG_lru[F0]@7| a!35)
       a!37
       a!41
       a!43
       a!47
       a!49
       a!53
       a!55
       a!60
       a!63
       (= |page.mapping(shmem)[F0]@7| a!68)
       (= |page.mapping(shmem)[F1]@7| a!70)
       (= |PG_swapcache[F0]@7| a!75)
       (= |PG_swapcache[F1]@7| a!77)
       (= |PG_dirty[F0]@7| a!82)
       (= |PG_dirty[F1]@7| a!84)
       (= shmem.i_pages@7 a!86)
       a!88
       (= |&mm->mmap_lock.writer[P0]@7| |&mm->mmap_lock.writer[P0]@6|)
       (= |&mm->mmap_lock.readers[P0]@7| |&mm->mmap_lock.readers[P0]@6|)
       (= |&anon_vma->rwsem.writer[av0]@7| |&anon_vma->rwsem.writer[av0]@6|)
       (= |&anon_vma->rwsem.readers[av0]@7| |&anon_vma->rwsem.readers[av0]@6|)
       (= |ptlock_ptr(page)[P0]@7| |ptlock_ptr(page)[P0]@6|)
       (= |PG_locked[F0]@7| a!92)
       (= |PG_locked[F1]@7| a!94)
       (= migrate0.pc@7 a!103)
       a!105
       (= migrate0.newpage@7 a!107)
       (= migrate0.ok@7 a!109)
       (= migrate0.mapping_is_swapper@7 a!110)
       a!111
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
                    (not (= |page.mapping(shmem)[F0]@7| #x00)))
                (not (= |PG_swapcache[F0]@7| #x00))))
      (a!6 (and (= rule@7 #x05)
                (= migrate0.pc@7 #x03)
                (or (not (= |PG_swapcache[F0]@7| #x00))
                    (not (= |page.mapping(shmem)[F0]@7| #x00)))
                (not (not (= |PG_swapcache[F0]@7| #x00)))
                (not (= |PG_dirty[F0]@7| #x00))))
      (a!7 (and (= rule@7 #x06)
                (= migrate0.pc@7 #x03)
                (or (not (= |PG_swapcache[F0]@7| #x00))
                    (not (= |page.mapping(shmem)[F0]@7| #x00)))
                (not (not (= |PG_swapcache[F0]@7| #x00)))
                (not (not (= |PG_dirty[F0]@7| #x00)))))
      (a!8 (not (or (not (= |PG_swapcache[F0]@7| #x00))
                    (not (= |page.mapping(shmem)[F0]@7| #x00)))))
      (a!9 (= (ite (not (= migrate0.mapping_is_swapper@7 #x00))
                   swapper_space.i_pages@7
                   shmem.i_pages@7)
              #x00))
      (a!11 (and (= rule@7 #x0d)
                 (= migrate0.pc@7 #x07)
                 (not (not (= migrate0.ok@7 #x00)))))
      (a!12 (and (= rule@7 #x0f)
                 (= migrate0.pc@7 #x09)
                 (not (not (= migrate0.ok@7 #x00)))))
      (a!14 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.used[F0]@7|
                      |folio.used[F1]@7|)))
      (a!15 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.used[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.used[F0]@7|)
                      |folio.used[F0]@7|)))
      (a!20 (ite (and (= rule@7 #x0e) true)
                 (bvsub |folio.refcount[F0]@7| #x01)
                 (ite (and (= rule@7 #x0f) true)
                      (bvsub |folio.refcount[F0]@7| #x01)
                      |folio.refcount[F0]@7|)))
      (a!26 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 |folio.refcount[F1]@7|))
      (a!31 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00) |PG_lru[F0]@7| |PG_lru[F1]@7|)))
      (a!32 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 #x01))
      (a!33 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_lru[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01) #x00 #x01)
                      |PG_lru[F0]@7|)))
      (a!38 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |PG_anon_exclusive[F0]@7|
                      |PG_anon_exclusive[F1]@7|)))
      (a!39 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@7|)
                      |PG_anon_exclusive[F0]@7|)))
      (a!44 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.mapping[F0]@7|
                      |folio.mapping[F1]@7|)))
      (a!45 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01)
                      #x01
                      |folio.mapping[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x01
                           |folio.mapping[F0]@7|)
                      |folio.mapping[F0]@7|)))
      (a!50 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.index[F0]@7|
                      |folio.index[F1]@7|)))
      (a!51 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.index[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.index[F0]@7|)
                      |folio.index[F0]@7|)))
      (a!56 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.data[F0]@7|
                      |folio.data[F1]@7|)))
      (a!57 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.data[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.data[F0]@7|)
                      |folio.data[F0]@7|)))
      (a!64 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |page.mapping(shmem)[F0]@7|
                      |page.mapping(shmem)[F1]@7|)))
      (a!65 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@7|)
                      |page.mapping(shmem)[F0]@7|)))
      (a!71 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |PG_swapcache[F0]@7|
                      |PG_swapcache[F1]@7|)))
      (a!72 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_swapcache[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |PG_swapcache[F0]@7|)
                      |PG_swapcache[F0]@7|)))
      (a!78 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |PG_dirty[F0]@7|
                      |PG_dirty[F1]@7|)))
      (a!79 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_dirty[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |PG_dirty[F0]@7|)
                      |PG_dirty[F0]@7|)))
      (a!85 (ite (not (not (= migrate0.mapping_is_swapper@7 #x00)))
                 migrate0.newpage@7
                 shmem.i_pages@7))
      (a!87 (ite (and (= rule@7 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@7 #x00))
                      migrate0.newpage@7
                      swapper_space.i_pages@7)
                 swapper_space.i_pages@7))
      (a!89 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 #x00
                 (ite (and (= rule@7 #x0d) true) #x00 |PG_locked[F0]@7|)))
      (a!93 (ite (and (= rule@7 #x0c) (= migrate0.newpage@7 #x01))
                 #x00
                 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                      #x00
                      |PG_locked[F1]@7|)))
      (a!95 (ite (and (= rule@7 #x10) true)
                 #x01
                 (ite (and (= rule@7 #x11) true) #x09 migrate0.pc@7)))
      (a!104 (ite (and (= rule@7 #x0e) true)
                  #x00
                  (ite (and (= rule@7 #x0f) true) #x00 migrate0.isolated@7)))
      (a!106 (ite (and (= rule@7 #x0d) true)
                  #x02
                  (ite (and (= rule@7 #x0e) true) #x02 migrate0.newpage@7)))
      (a!108 (ite (and (= rule@7 #x0b) true)
                  #x01
                  (ite (and (= rule@7 #x11) true) #x00 migrate0.ok@7)))
      (a!110 (ite (and (= rule@7 #x04) true)
                  |PG_swapcache[F0]@7|
                  (ite (and (= rule@7 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@7)))
      (a!111 (= migrate0.pass@8
                (ite (and (= rule@7 #x10) true)
                     (bvadd migrate0.pass@7 #x01)
                     migrate0.pass@7))))
(let ((a!4 (and (= rule@7 #x03)
                (= migrate0.pc@7 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@7| |PG_locked[F1]@7|) #x00)))
      (a!10 (not (and (not (= |page.mapping(shmem)[F0]@7| #x00))
                      (= |folio.refcount[F0]@7| #x02)
                      a!9)))
      (a!16 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!14
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!14
                      a!15)))
      (a!18 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!14
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!14
                      |folio.used[F1]@7|)))
      (a!21 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!20))
      (a!27 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!31
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!32
                      a!33)))
      (a!36 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!31
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!32
                      |PG_lru[F1]@7|)))
      (a!40 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!38
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!38
                      a!39)))
      (a!42 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!38
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!38
                      |PG_anon_exclusive[F1]@7|)))
      (a!46 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!44
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!44
                      a!45)))
      (a!48 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!44
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!44
                      |folio.mapping[F1]@7|)))
      (a!52 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!50
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!50
                      a!51)))
      (a!54 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!50
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!50
                      |folio.index[F1]@7|)))
      (a!58 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!56
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!56
                      a!57)))
      (a!61 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!56
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!56
                      |folio.data[F1]@7|)))
      (a!66 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!64
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!64
                      a!65)))
      (a!69 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!64
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!64
                      |page.mapping(shmem)[F1]@7|)))
      (a!73 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!71
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!71
                      a!72)))
      (a!76 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!71
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!71
                      |PG_swapcache[F1]@7|)))
      (a!80 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!78
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!78
                      a!79)))
      (a!83 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!78
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!78
                      |PG_dirty[F1]@7|)))
      (a!86 (ite (and (= rule@7 #x05) true)
                 #x02
                 (ite (and (= rule@7 #x09) true) a!85 shmem.i_pages@7)))
      (a!88 (= swapper_space.i_pages@8
               (ite (and (= rule@7 #x05) true) #x00 a!87)))
      (a!90 (ite (and (= rule@7 #x0c) (= migrate0.newpage@7 #x00))
                 #x00
                 (ite (and (= rule@7 #x0c) true) #x00 a!89)))
      (a!94 (ite (and (= rule@7 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                      #x00
                      a!93)))
      (a!96 (ite (and (= rule@7 #x0e) true)
                 #x0a
                 (ite (and (= rule@7 #x0f) true) #x0a a!95)))
      (a!105 (= migrate0.isolated@8 (ite (and (= rule@7 #x00) true) #x01 a!104)))
      (a!107 (ite (and (= rule@7 #x03) true)
                  a!3
                  (ite (and (= rule@7 #x08) true) #x02 a!106)))
      (a!109 (ite (and (= rule@7 #x07) true)
                  #x00
                  (ite (and (= rule@7 #x0a) true) #x00 a!108))))
(let ((a!13 (or (and (= rule@7 #x00)
                     (= migrate0.pc@7 #x00)
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
                     (not (= |page.mapping(shmem)[F0]@7| #x00))
                     (= |folio.refcount[F0]@7| #x02)
                     a!9)
                (and (= rule@7 #x0a) (= migrate0.pc@7 #x05) a!10)
                (and (= rule@7 #x0b) (= migrate0.pc@7 #x06))
                (and (= rule@7 #x0c)
                     (= migrate0.pc@7 #x07)
                     (not (= migrate0.ok@7 #x00)))
                a!11
                (and (= rule@7 #x0e)
                     (= migrate0.pc@7 #x09)
                     (not (= migrate0.ok@7 #x00)))
                a!12
                (and (= rule@7 #x10)
                     (= migrate0.pc@7 #x08)
                     (bvult migrate0.pass@7 #x01))
                (and (= rule@7 #x11)
                     (= migrate0.pc@7 #x08)
                     (bvuge migrate0.pass@7 #x01))))
      (a!17 (ite (and (= rule@7 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      a!14
                      a!16)))
      (a!19 (ite (and (= rule@7 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                      a!14
                      a!18)))
      (a!22 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!21))
      (a!28 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x01))
                 (bvadd (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!27))
      (a!35 (ite (and (= rule@7 #x00) true)
                 #x00
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      a!31
                      a!34)))
      (a!37 (= |PG_lru[F1]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01)) a!31 a!36)))
      (a!41 (= |PG_anon_exclusive[F0]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00)) a!38 a!40)))
      (a!43 (= |PG_anon_exclusive[F1]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01)) a!38 a!42)))
      (a!47 (= |folio.mapping[F0]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00)) a!44 a!46)))
      (a!49 (= |folio.mapping[F1]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01)) a!44 a!48)))
      (a!53 (= |folio.index[F0]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00)) a!50 a!52)))
      (a!55 (= |folio.index[F1]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01)) a!50 a!54)))
      (a!59 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                 a!56
                 (ite (and (= rule@7 #x0b) (= migrate0.newpage@7 #x00))
                      |folio.data[F0]@7|
                      a!58)))
      (a!62 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                 a!56
                 (ite (and (= rule@7 #x0b) (= migrate0.newpage@7 #x01))
                      |folio.data[F0]@7|
                      a!61)))
      (a!67 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x00))
                 |page.mapping(shmem)[F0]@7|
                 (ite (and (= rule@7 #x0b) true) #x00 a!66)))
      (a!70 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                 a!64
                 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x01))
                      |page.mapping(shmem)[F0]@7|
                      a!69)))
      (a!74 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x00))
                 |PG_swapcache[F0]@7|
                 (ite (and (= rule@7 #x0b) true) #x00 a!73)))
      (a!77 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                 a!71
                 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x01))
                      |PG_swapcache[F0]@7|
                      a!76)))
      (a!81 (ite (and (= rule@7 #x0b) (= migrate0.newpage@7 #x00))
                 |PG_dirty[F0]@7|
                 (ite (and (= rule@7 #x0b) true) #x00 a!80)))
      (a!84 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                 a!78
                 (ite (and (= rule@7 #x0b) (= migrate0.newpage@7 #x01))
                      |PG_dirty[F0]@7|
                      a!83)))
      (a!91 (ite (and (= rule@7 #x05) true)
                 #x00
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      #x00
                      a!90)))
      (a!97 (ite (and (= rule@7 #x0c) true)
                 #x09
                 (ite (and (= rule@7 #x0d) true) #x08 a!96))))
(let ((a!23 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x00))
                 (bvadd (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 (ite (and (= rule@7 #x09) true)
                      (bvsub |folio.refcount[F0]@7| #x01)
                      a!22)))
      (a!29 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!28))
      (a!60 (= |folio.data[F0]@8|
               (ite (and (= rule@7 #x03) (= a!3 #x00)) #x00 a!59)))
      (a!63 (= |folio.data[F1]@8|
               (ite (and (= rule@7 #x03) (= a!3 #x01)) #x00 a!62)))
      (a!68 (ite (and (= rule@7 #x05) true)
                 #x00
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      a!64
                      a!67)))
      (a!75 (ite (and (= rule@7 #x05) true)
                 #x01
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      a!71
                      a!74)))
      (a!82 (ite (and (= rule@7 #x05) true)
                 #x01
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      a!78
                      a!81)))
      (a!92 (ite (and (= rule@7 #x02) true)
                 #x01
                 (ite (and (= rule@7 #x03) (= a!3 #x00)) #x01 a!91)))
      (a!98 (ite (and (= rule@7 #x0a) true)
                 #x07
                 (ite (and (= rule@7 #x0b) true) #x07 a!97))))
(let ((a!24 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!23))
      (a!30 (= |folio.refcount[F1]@8|
               (ite (and (= rule@7 #x03) (= a!3 #x01)) #x01 a!29)))
      (a!99 (ite (and (= rule@7 #x08) true)
                 #x08
                 (ite (and (= rule@7 #x09) true) #x06 a!98))))
(let ((a!25 (ite (and (= rule@7 #x00) true)
                 (bvadd |folio.refcount[F0]@7| #x01)
                 (ite (and (= rule@7 #x03) (= a!3 #x00)) #x01 a!24)))
      (a!100 (ite (and (= rule@7 #x06) true)
                  #x05
                  (ite (and (= rule@7 #x07) true) #x07 a!99))))
(let ((a!101 (ite (and (= rule@7 #x04) true)
                  #x05
                  (ite (and (= rule@7 #x05) true) #x04 a!100))))
(let ((a!102 (ite (and (= rule@7 #x02) true)
                  #x02
                  (ite (and (= rule@7 #x03) true) #x03 a!101))))
(let ((a!103 (ite (and (= rule@7 #x00) true)
                  #x01
                  (ite (and (= rule@7 #x01) true) #x0a a!102))))
  (and a!13
       (= |alive[P0]@8| |alive[P0]@7|)
       (= |pte[P0][0]@8| |pte[P0][0]@7|)
       (= |pte.folio[P0][0]@8| |pte.folio[P0][0]@7|)
       (= |pte.write[P0][0]@8| |pte.write[P0][0]@7|)
       (= |expected[P0][0]@8| |expected[P0][0]@7|)
       (= |anon_vma.list[av0][0]@8| |anon_vma.list[av0][0]@7|)
       (= |anon_vma.len[av0]@8| |anon_vma.len[av0]@7|)
       (= |anon_vma.refcount[av0]@8| |anon_vma.refcount[av0]@7|)
       (= |folio.used[F0]@8| a!17)
       (= |folio.used[F1]@8| a!19)
       (= |folio.refcount[F0]@8| a!25)
       a!30
       (= |folio.mapcount[F0]@8| |folio.mapcount[F0]@7|)
       (= |folio.mapcount[F1]@8| |folio.mapcount[F1]@7|)
       (= |PG_lru[F0]@8| a!35)
       a!37
       a!41
       a!43
       a!47
       a!49
       a!53
       a!55
       a!60
       a!63
       (= |page.mapping(shmem)[F0]@8| a!68)
       (= |page.mapping(shmem)[F1]@8| a!70)
       (= |PG_swapcache[F0]@8| a!75)
       (= |PG_swapcache[F1]@8| a!77)
       (= |PG_dirty[F0]@8| a!82)
       (= |PG_dirty[F1]@8| a!84)
       (= shmem.i_pages@8 a!86)
       a!88
       (= |&mm->mmap_lock.writer[P0]@8| |&mm->mmap_lock.writer[P0]@7|)
       (= |&mm->mmap_lock.readers[P0]@8| |&mm->mmap_lock.readers[P0]@7|)
       (= |&anon_vma->rwsem.writer[av0]@8| |&anon_vma->rwsem.writer[av0]@7|)
       (= |&anon_vma->rwsem.readers[av0]@8| |&anon_vma->rwsem.readers[av0]@7|)
       (= |ptlock_ptr(page)[P0]@8| |ptlock_ptr(page)[P0]@7|)
       (= |PG_locked[F0]@8| a!92)
       (= |PG_locked[F1]@8| a!94)
       (= migrate0.pc@8 a!103)
       a!105
       (= migrate0.newpage@8 a!107)
       (= migrate0.ok@8 a!109)
       (= migrate0.mapping_is_swapper@8 a!110)
       a!111
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
                    (not (= |page.mapping(shmem)[F0]@8| #x00)))
                (not (= |PG_swapcache[F0]@8| #x00))))
      (a!6 (and (= rule@8 #x05)
                (= migrate0.pc@8 #x03)
                (or (not (= |PG_swapcache[F0]@8| #x00))
                    (not (= |page.mapping(shmem)[F0]@8| #x00)))
                (not (not (= |PG_swapcache[F0]@8| #x00)))
                (not (= |PG_dirty[F0]@8| #x00))))
      (a!7 (and (= rule@8 #x06)
                (= migrate0.pc@8 #x03)
                (or (not (= |PG_swapcache[F0]@8| #x00))
                    (not (= |page.mapping(shmem)[F0]@8| #x00)))
                (not (not (= |PG_swapcache[F0]@8| #x00)))
                (not (not (= |PG_dirty[F0]@8| #x00)))))
      (a!8 (not (or (not (= |PG_swapcache[F0]@8| #x00))
                    (not (= |page.mapping(shmem)[F0]@8| #x00)))))
      (a!9 (= (ite (not (= migrate0.mapping_is_swapper@8 #x00))
                   swapper_space.i_pages@8
                   shmem.i_pages@8)
              #x00))
      (a!11 (and (= rule@8 #x0d)
                 (= migrate0.pc@8 #x07)
                 (not (not (= migrate0.ok@8 #x00)))))
      (a!12 (and (= rule@8 #x0f)
                 (= migrate0.pc@8 #x09)
                 (not (not (= migrate0.ok@8 #x00)))))
      (a!14 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.used[F0]@8|
                      |folio.used[F1]@8|)))
      (a!15 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.used[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.used[F0]@8|)
                      |folio.used[F0]@8|)))
      (a!20 (ite (and (= rule@8 #x0e) true)
                 (bvsub |folio.refcount[F0]@8| #x01)
                 (ite (and (= rule@8 #x0f) true)
                      (bvsub |folio.refcount[F0]@8| #x01)
                      |folio.refcount[F0]@8|)))
      (a!26 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 |folio.refcount[F1]@8|))
      (a!31 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00) |PG_lru[F0]@8| |PG_lru[F1]@8|)))
      (a!32 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 #x01))
      (a!33 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |PG_lru[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01) #x00 #x01)
                      |PG_lru[F0]@8|)))
      (a!38 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |PG_anon_exclusive[F0]@8|
                      |PG_anon_exclusive[F1]@8|)))
      (a!39 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@8|)
                      |PG_anon_exclusive[F0]@8|)))
      (a!44 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.mapping[F0]@8|
                      |folio.mapping[F1]@8|)))
      (a!45 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01)
                      #x01
                      |folio.mapping[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x01
                           |folio.mapping[F0]@8|)
                      |folio.mapping[F0]@8|)))
      (a!50 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.index[F0]@8|
                      |folio.index[F1]@8|)))
      (a!51 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.index[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.index[F0]@8|)
                      |folio.index[F0]@8|)))
      (a!56 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.data[F0]@8|
                      |folio.data[F1]@8|)))
      (a!57 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.data[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.data[F0]@8|)
                      |folio.data[F0]@8|)))
      (a!64 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |page.mapping(shmem)[F0]@8|
                      |page.mapping(shmem)[F1]@8|)))
      (a!65 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@8|)
                      |page.mapping(shmem)[F0]@8|)))
      (a!71 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |PG_swapcache[F0]@8|
                      |PG_swapcache[F1]@8|)))
      (a!72 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |PG_swapcache[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |PG_swapcache[F0]@8|)
                      |PG_swapcache[F0]@8|)))
      (a!78 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |PG_dirty[F0]@8|
                      |PG_dirty[F1]@8|)))
      (a!79 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |PG_dirty[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |PG_dirty[F0]@8|)
                      |PG_dirty[F0]@8|)))
      (a!85 (ite (not (not (= migrate0.mapping_is_swapper@8 #x00)))
                 migrate0.newpage@8
                 shmem.i_pages@8))
      (a!87 (ite (and (= rule@8 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@8 #x00))
                      migrate0.newpage@8
                      swapper_space.i_pages@8)
                 swapper_space.i_pages@8))
      (a!89 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 #x00
                 (ite (and (= rule@8 #x0d) true) #x00 |PG_locked[F0]@8|)))
      (a!93 (ite (and (= rule@8 #x0c) (= migrate0.newpage@8 #x01))
                 #x00
                 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                      #x00
                      |PG_locked[F1]@8|)))
      (a!95 (ite (and (= rule@8 #x10) true)
                 #x01
                 (ite (and (= rule@8 #x11) true) #x09 migrate0.pc@8)))
      (a!104 (ite (and (= rule@8 #x0e) true)
                  #x00
                  (ite (and (= rule@8 #x0f) true) #x00 migrate0.isolated@8)))
      (a!106 (ite (and (= rule@8 #x0d) true)
                  #x02
                  (ite (and (= rule@8 #x0e) true) #x02 migrate0.newpage@8)))
      (a!108 (ite (and (= rule@8 #x0b) true)
                  #x01
                  (ite (and (= rule@8 #x11) true) #x00 migrate0.ok@8)))
      (a!110 (ite (and (= rule@8 #x04) true)
                  |PG_swapcache[F0]@8|
                  (ite (and (= rule@8 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@8)))
      (a!111 (= migrate0.pass@9
                (ite (and (= rule@8 #x10) true)
                     (bvadd migrate0.pass@8 #x01)
                     migrate0.pass@8))))
(let ((a!4 (and (= rule@8 #x03)
                (= migrate0.pc@8 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@8| |PG_locked[F1]@8|) #x00)))
      (a!10 (not (and (not (= |page.mapping(shmem)[F0]@8| #x00))
                      (= |folio.refcount[F0]@8| #x02)
                      a!9)))
      (a!16 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!14
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!14
                      a!15)))
      (a!18 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!14
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!14
                      |folio.used[F1]@8|)))
      (a!21 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!20))
      (a!27 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!31
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!32
                      a!33)))
      (a!36 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!31
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!32
                      |PG_lru[F1]@8|)))
      (a!40 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!38
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!38
                      a!39)))
      (a!42 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!38
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!38
                      |PG_anon_exclusive[F1]@8|)))
      (a!46 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!44
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!44
                      a!45)))
      (a!48 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!44
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!44
                      |folio.mapping[F1]@8|)))
      (a!52 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!50
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!50
                      a!51)))
      (a!54 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!50
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!50
                      |folio.index[F1]@8|)))
      (a!58 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!56
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!56
                      a!57)))
      (a!61 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!56
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!56
                      |folio.data[F1]@8|)))
      (a!66 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!64
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!64
                      a!65)))
      (a!69 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!64
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!64
                      |page.mapping(shmem)[F1]@8|)))
      (a!73 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!71
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!71
                      a!72)))
      (a!76 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!71
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!71
                      |PG_swapcache[F1]@8|)))
      (a!80 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!78
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!78
                      a!79)))
      (a!83 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!78
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!78
                      |PG_dirty[F1]@8|)))
      (a!86 (ite (and (= rule@8 #x05) true)
                 #x02
                 (ite (and (= rule@8 #x09) true) a!85 shmem.i_pages@8)))
      (a!88 (= swapper_space.i_pages@9
               (ite (and (= rule@8 #x05) true) #x00 a!87)))
      (a!90 (ite (and (= rule@8 #x0c) (= migrate0.newpage@8 #x00))
                 #x00
                 (ite (and (= rule@8 #x0c) true) #x00 a!89)))
      (a!94 (ite (and (= rule@8 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                      #x00
                      a!93)))
      (a!96 (ite (and (= rule@8 #x0e) true)
                 #x0a
                 (ite (and (= rule@8 #x0f) true) #x0a a!95)))
      (a!105 (= migrate0.isolated@9 (ite (and (= rule@8 #x00) true) #x01 a!104)))
      (a!107 (ite (and (= rule@8 #x03) true)
                  a!3
                  (ite (and (= rule@8 #x08) true) #x02 a!106)))
      (a!109 (ite (and (= rule@8 #x07) true)
                  #x00
                  (ite (and (= rule@8 #x0a) true) #x00 a!108))))
(let ((a!13 (or (and (= rule@8 #x00)
                     (= migrate0.pc@8 #x00)
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
                     (not (= |page.mapping(shmem)[F0]@8| #x00))
                     (= |folio.refcount[F0]@8| #x02)
                     a!9)
                (and (= rule@8 #x0a) (= migrate0.pc@8 #x05) a!10)
                (and (= rule@8 #x0b) (= migrate0.pc@8 #x06))
                (and (= rule@8 #x0c)
                     (= migrate0.pc@8 #x07)
                     (not (= migrate0.ok@8 #x00)))
                a!11
                (and (= rule@8 #x0e)
                     (= migrate0.pc@8 #x09)
                     (not (= migrate0.ok@8 #x00)))
                a!12
                (and (= rule@8 #x10)
                     (= migrate0.pc@8 #x08)
                     (bvult migrate0.pass@8 #x01))
                (and (= rule@8 #x11)
                     (= migrate0.pc@8 #x08)
                     (bvuge migrate0.pass@8 #x01))))
      (a!17 (ite (and (= rule@8 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      a!14
                      a!16)))
      (a!19 (ite (and (= rule@8 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                      a!14
                      a!18)))
      (a!22 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!21))
      (a!28 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x01))
                 (bvadd (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!27))
      (a!35 (ite (and (= rule@8 #x00) true)
                 #x00
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      a!31
                      a!34)))
      (a!37 (= |PG_lru[F1]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01)) a!31 a!36)))
      (a!41 (= |PG_anon_exclusive[F0]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00)) a!38 a!40)))
      (a!43 (= |PG_anon_exclusive[F1]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01)) a!38 a!42)))
      (a!47 (= |folio.mapping[F0]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00)) a!44 a!46)))
      (a!49 (= |folio.mapping[F1]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01)) a!44 a!48)))
      (a!53 (= |folio.index[F0]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00)) a!50 a!52)))
      (a!55 (= |folio.index[F1]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01)) a!50 a!54)))
      (a!59 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                 a!56
                 (ite (and (= rule@8 #x0b) (= migrate0.newpage@8 #x00))
                      |folio.data[F0]@8|
                      a!58)))
      (a!62 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                 a!56
                 (ite (and (= rule@8 #x0b) (= migrate0.newpage@8 #x01))
                      |folio.data[F0]@8|
                      a!61)))
      (a!67 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x00))
                 |page.mapping(shmem)[F0]@8|
                 (ite (and (= rule@8 #x0b) true) #x00 a!66)))
      (a!70 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                 a!64
                 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x01))
                      |page.mapping(shmem)[F0]@8|
                      a!69)))
      (a!74 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x00))
                 |PG_swapcache[F0]@8|
                 (ite (and (= rule@8 #x0b) true) #x00 a!73)))
      (a!77 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                 a!71
                 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x01))
                      |PG_swapcache[F0]@8|
                      a!76)))
      (a!81 (ite (and (= rule@8 #x0b) (= migrate0.newpage@8 #x00))
                 |PG_dirty[F0]@8|
                 (ite (and (= rule@8 #x0b) true) #x00 a!80)))
      (a!84 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                 a!78
                 (ite (and (= rule@8 #x0b) (= migrate0.newpage@8 #x01))
                      |PG_dirty[F0]@8|
                      a!83)))
      (a!91 (ite (and (= rule@8 #x05) true)
                 #x00
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      #x00
                      a!90)))
      (a!97 (ite (and (= rule@8 #x0c) true)
                 #x09
                 (ite (and (= rule@8 #x0d) true) #x08 a!96))))
(let ((a!23 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x00))
                 (bvadd (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 (ite (and (= rule@8 #x09) true)
                      (bvsub |folio.refcount[F0]@8| #x01)
                      a!22)))
      (a!29 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!28))
      (a!60 (= |folio.data[F0]@9|
               (ite (and (= rule@8 #x03) (= a!3 #x00)) #x00 a!59)))
      (a!63 (= |folio.data[F1]@9|
               (ite (and (= rule@8 #x03) (= a!3 #x01)) #x00 a!62)))
      (a!68 (ite (and (= rule@8 #x05) true)
                 #x00
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      a!64
                      a!67)))
      (a!75 (ite (and (= rule@8 #x05) true)
                 #x01
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      a!71
                      a!74)))
      (a!82 (ite (and (= rule@8 #x05) true)
                 #x01
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      a!78
                      a!81)))
      (a!92 (ite (and (= rule@8 #x02) true)
                 #x01
                 (ite (and (= rule@8 #x03) (= a!3 #x00)) #x01 a!91)))
      (a!98 (ite (and (= rule@8 #x0a) true)
                 #x07
                 (ite (and (= rule@8 #x0b) true) #x07 a!97))))
(let ((a!24 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!23))
      (a!30 (= |folio.refcount[F1]@9|
               (ite (and (= rule@8 #x03) (= a!3 #x01)) #x01 a!29)))
      (a!99 (ite (and (= rule@8 #x08) true)
                 #x08
                 (ite (and (= rule@8 #x09) true) #x06 a!98))))
(let ((a!25 (ite (and (= rule@8 #x00) true)
                 (bvadd |folio.refcount[F0]@8| #x01)
                 (ite (and (= rule@8 #x03) (= a!3 #x00)) #x01 a!24)))
      (a!100 (ite (and (= rule@8 #x06) true)
                  #x05
                  (ite (and (= rule@8 #x07) true) #x07 a!99))))
(let ((a!101 (ite (and (= rule@8 #x04) true)
                  #x05
                  (ite (and (= rule@8 #x05) true) #x04 a!100))))
(let ((a!102 (ite (and (= rule@8 #x02) true)
                  #x02
                  (ite (and (= rule@8 #x03) true) #x03 a!101))))
(let ((a!103 (ite (and (= rule@8 #x00) true)
                  #x01
                  (ite (and (= rule@8 #x01) true) #x0a a!102))))
  (and a!13
       (= |alive[P0]@9| |alive[P0]@8|)
       (= |pte[P0][0]@9| |pte[P0][0]@8|)
       (= |pte.folio[P0][0]@9| |pte.folio[P0][0]@8|)
       (= |pte.write[P0][0]@9| |pte.write[P0][0]@8|)
       (= |expected[P0][0]@9| |expected[P0][0]@8|)
       (= |anon_vma.list[av0][0]@9| |anon_vma.list[av0][0]@8|)
       (= |anon_vma.len[av0]@9| |anon_vma.len[av0]@8|)
       (= |anon_vma.refcount[av0]@9| |anon_vma.refcount[av0]@8|)
       (= |folio.used[F0]@9| a!17)
       (= |folio.used[F1]@9| a!19)
       (= |folio.refcount[F0]@9| a!25)
       a!30
       (= |folio.mapcount[F0]@9| |folio.mapcount[F0]@8|)
       (= |folio.mapcount[F1]@9| |folio.mapcount[F1]@8|)
       (= |PG_lru[F0]@9| a!35)
       a!37
       a!41
       a!43
       a!47
       a!49
       a!53
       a!55
       a!60
       a!63
       (= |page.mapping(shmem)[F0]@9| a!68)
       (= |page.mapping(shmem)[F1]@9| a!70)
       (= |PG_swapcache[F0]@9| a!75)
       (= |PG_swapcache[F1]@9| a!77)
       (= |PG_dirty[F0]@9| a!82)
       (= |PG_dirty[F1]@9| a!84)
       (= shmem.i_pages@9 a!86)
       a!88
       (= |&mm->mmap_lock.writer[P0]@9| |&mm->mmap_lock.writer[P0]@8|)
       (= |&mm->mmap_lock.readers[P0]@9| |&mm->mmap_lock.readers[P0]@8|)
       (= |&anon_vma->rwsem.writer[av0]@9| |&anon_vma->rwsem.writer[av0]@8|)
       (= |&anon_vma->rwsem.readers[av0]@9| |&anon_vma->rwsem.readers[av0]@8|)
       (= |ptlock_ptr(page)[P0]@9| |ptlock_ptr(page)[P0]@8|)
       (= |PG_locked[F0]@9| a!92)
       (= |PG_locked[F1]@9| a!94)
       (= migrate0.pc@9 a!103)
       a!105
       (= migrate0.newpage@9 a!107)
       (= migrate0.ok@9 a!109)
       (= migrate0.mapping_is_swapper@9 a!110)
       a!111
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
                    (not (= |page.mapping(shmem)[F0]@9| #x00)))
                (not (= |PG_swapcache[F0]@9| #x00))))
      (a!6 (and (= rule@9 #x05)
                (= migrate0.pc@9 #x03)
                (or (not (= |PG_swapcache[F0]@9| #x00))
                    (not (= |page.mapping(shmem)[F0]@9| #x00)))
                (not (not (= |PG_swapcache[F0]@9| #x00)))
                (not (= |PG_dirty[F0]@9| #x00))))
      (a!7 (and (= rule@9 #x06)
                (= migrate0.pc@9 #x03)
                (or (not (= |PG_swapcache[F0]@9| #x00))
                    (not (= |page.mapping(shmem)[F0]@9| #x00)))
                (not (not (= |PG_swapcache[F0]@9| #x00)))
                (not (not (= |PG_dirty[F0]@9| #x00)))))
      (a!8 (not (or (not (= |PG_swapcache[F0]@9| #x00))
                    (not (= |page.mapping(shmem)[F0]@9| #x00)))))
      (a!9 (= (ite (not (= migrate0.mapping_is_swapper@9 #x00))
                   swapper_space.i_pages@9
                   shmem.i_pages@9)
              #x00))
      (a!11 (and (= rule@9 #x0d)
                 (= migrate0.pc@9 #x07)
                 (not (not (= migrate0.ok@9 #x00)))))
      (a!12 (and (= rule@9 #x0f)
                 (= migrate0.pc@9 #x09)
                 (not (not (= migrate0.ok@9 #x00)))))
      (a!14 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.used[F0]@9|
                      |folio.used[F1]@9|)))
      (a!15 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.used[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.used[F0]@9|)
                      |folio.used[F0]@9|)))
      (a!20 (ite (and (= rule@9 #x0e) true)
                 (bvsub |folio.refcount[F0]@9| #x01)
                 (ite (and (= rule@9 #x0f) true)
                      (bvsub |folio.refcount[F0]@9| #x01)
                      |folio.refcount[F0]@9|)))
      (a!26 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 |folio.refcount[F1]@9|))
      (a!31 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00) |PG_lru[F0]@9| |PG_lru[F1]@9|)))
      (a!32 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 #x01))
      (a!33 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |PG_lru[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01) #x00 #x01)
                      |PG_lru[F0]@9|)))
      (a!38 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |PG_anon_exclusive[F0]@9|
                      |PG_anon_exclusive[F1]@9|)))
      (a!39 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@9|)
                      |PG_anon_exclusive[F0]@9|)))
      (a!44 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.mapping[F0]@9|
                      |folio.mapping[F1]@9|)))
      (a!45 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01)
                      #x01
                      |folio.mapping[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x01
                           |folio.mapping[F0]@9|)
                      |folio.mapping[F0]@9|)))
      (a!50 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.index[F0]@9|
                      |folio.index[F1]@9|)))
      (a!51 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.index[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.index[F0]@9|)
                      |folio.index[F0]@9|)))
      (a!56 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.data[F0]@9|
                      |folio.data[F1]@9|)))
      (a!57 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.data[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.data[F0]@9|)
                      |folio.data[F0]@9|)))
      (a!64 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |page.mapping(shmem)[F0]@9|
                      |page.mapping(shmem)[F1]@9|)))
      (a!65 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@9|)
                      |page.mapping(shmem)[F0]@9|)))
      (a!71 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |PG_swapcache[F0]@9|
                      |PG_swapcache[F1]@9|)))
      (a!72 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |PG_swapcache[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |PG_swapcache[F0]@9|)
                      |PG_swapcache[F0]@9|)))
      (a!78 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |PG_dirty[F0]@9|
                      |PG_dirty[F1]@9|)))
      (a!79 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |PG_dirty[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |PG_dirty[F0]@9|)
                      |PG_dirty[F0]@9|)))
      (a!85 (ite (not (not (= migrate0.mapping_is_swapper@9 #x00)))
                 migrate0.newpage@9
                 shmem.i_pages@9))
      (a!87 (ite (and (= rule@9 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@9 #x00))
                      migrate0.newpage@9
                      swapper_space.i_pages@9)
                 swapper_space.i_pages@9))
      (a!89 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 #x00
                 (ite (and (= rule@9 #x0d) true) #x00 |PG_locked[F0]@9|)))
      (a!93 (ite (and (= rule@9 #x0c) (= migrate0.newpage@9 #x01))
                 #x00
                 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                      #x00
                      |PG_locked[F1]@9|)))
      (a!95 (ite (and (= rule@9 #x10) true)
                 #x01
                 (ite (and (= rule@9 #x11) true) #x09 migrate0.pc@9)))
      (a!104 (ite (and (= rule@9 #x0e) true)
                  #x00
                  (ite (and (= rule@9 #x0f) true) #x00 migrate0.isolated@9)))
      (a!106 (ite (and (= rule@9 #x0d) true)
                  #x02
                  (ite (and (= rule@9 #x0e) true) #x02 migrate0.newpage@9)))
      (a!108 (ite (and (= rule@9 #x0b) true)
                  #x01
                  (ite (and (= rule@9 #x11) true) #x00 migrate0.ok@9)))
      (a!110 (ite (and (= rule@9 #x04) true)
                  |PG_swapcache[F0]@9|
                  (ite (and (= rule@9 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@9)))
      (a!111 (= migrate0.pass@10
                (ite (and (= rule@9 #x10) true)
                     (bvadd migrate0.pass@9 #x01)
                     migrate0.pass@9))))
(let ((a!4 (and (= rule@9 #x03)
                (= migrate0.pc@9 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@9| |PG_locked[F1]@9|) #x00)))
      (a!10 (not (and (not (= |page.mapping(shmem)[F0]@9| #x00))
                      (= |folio.refcount[F0]@9| #x02)
                      a!9)))
      (a!16 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!14
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!14
                      a!15)))
      (a!18 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!14
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!14
                      |folio.used[F1]@9|)))
      (a!21 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!20))
      (a!27 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!31
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!32
                      a!33)))
      (a!36 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!31
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!32
                      |PG_lru[F1]@9|)))
      (a!40 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!38
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!38
                      a!39)))
      (a!42 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!38
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!38
                      |PG_anon_exclusive[F1]@9|)))
      (a!46 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!44
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!44
                      a!45)))
      (a!48 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!44
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!44
                      |folio.mapping[F1]@9|)))
      (a!52 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!50
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!50
                      a!51)))
      (a!54 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!50
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!50
                      |folio.index[F1]@9|)))
      (a!58 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!56
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!56
                      a!57)))
      (a!61 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!56
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!56
                      |folio.data[F1]@9|)))
      (a!66 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!64
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!64
                      a!65)))
      (a!69 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!64
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!64
                      |page.mapping(shmem)[F1]@9|)))
      (a!73 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!71
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!71
                      a!72)))
      (a!76 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!71
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!71
                      |PG_swapcache[F1]@9|)))
      (a!80 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!78
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!78
                      a!79)))
      (a!83 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!78
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!78
                      |PG_dirty[F1]@9|)))
      (a!86 (ite (and (= rule@9 #x05) true)
                 #x02
                 (ite (and (= rule@9 #x09) true) a!85 shmem.i_pages@9)))
      (a!88 (= swapper_space.i_pages@10
               (ite (and (= rule@9 #x05) true) #x00 a!87)))
      (a!90 (ite (and (= rule@9 #x0c) (= migrate0.newpage@9 #x00))
                 #x00
                 (ite (and (= rule@9 #x0c) true) #x00 a!89)))
      (a!94 (ite (and (= rule@9 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                      #x00
                      a!93)))
      (a!96 (ite (and (= rule@9 #x0e) true)
                 #x0a
                 (ite (and (= rule@9 #x0f) true) #x0a a!95)))
      (a!105 (= migrate0.isolated@10
                (ite (and (= rule@9 #x00) true) #x01 a!104)))
      (a!107 (ite (and (= rule@9 #x03) true)
                  a!3
                  (ite (and (= rule@9 #x08) true) #x02 a!106)))
      (a!109 (ite (and (= rule@9 #x07) true)
                  #x00
                  (ite (and (= rule@9 #x0a) true) #x00 a!108))))
(let ((a!13 (or (and (= rule@9 #x00)
                     (= migrate0.pc@9 #x00)
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
                     (not (= |page.mapping(shmem)[F0]@9| #x00))
                     (= |folio.refcount[F0]@9| #x02)
                     a!9)
                (and (= rule@9 #x0a) (= migrate0.pc@9 #x05) a!10)
                (and (= rule@9 #x0b) (= migrate0.pc@9 #x06))
                (and (= rule@9 #x0c)
                     (= migrate0.pc@9 #x07)
                     (not (= migrate0.ok@9 #x00)))
                a!11
                (and (= rule@9 #x0e)
                     (= migrate0.pc@9 #x09)
                     (not (= migrate0.ok@9 #x00)))
                a!12
                (and (= rule@9 #x10)
                     (= migrate0.pc@9 #x08)
                     (bvult migrate0.pass@9 #x01))
                (and (= rule@9 #x11)
                     (= migrate0.pc@9 #x08)
                     (bvuge migrate0.pass@9 #x01))))
      (a!17 (ite (and (= rule@9 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      a!14
                      a!16)))
      (a!19 (ite (and (= rule@9 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                      a!14
                      a!18)))
      (a!22 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!21))
      (a!28 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x01))
                 (bvadd (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!27))
      (a!35 (ite (and (= rule@9 #x00) true)
                 #x00
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      a!31
                      a!34)))
      (a!37 (= |PG_lru[F1]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01)) a!31 a!36)))
      (a!41 (= |PG_anon_exclusive[F0]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00)) a!38 a!40)))
      (a!43 (= |PG_anon_exclusive[F1]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01)) a!38 a!42)))
      (a!47 (= |folio.mapping[F0]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00)) a!44 a!46)))
      (a!49 (= |folio.mapping[F1]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01)) a!44 a!48)))
      (a!53 (= |folio.index[F0]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00)) a!50 a!52)))
      (a!55 (= |folio.index[F1]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01)) a!50 a!54)))
      (a!59 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                 a!56
                 (ite (and (= rule@9 #x0b) (= migrate0.newpage@9 #x00))
                      |folio.data[F0]@9|
                      a!58)))
      (a!62 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                 a!56
                 (ite (and (= rule@9 #x0b) (= migrate0.newpage@9 #x01))
                      |folio.data[F0]@9|
                      a!61)))
      (a!67 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x00))
                 |page.mapping(shmem)[F0]@9|
                 (ite (and (= rule@9 #x0b) true) #x00 a!66)))
      (a!70 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                 a!64
                 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x01))
                      |page.mapping(shmem)[F0]@9|
                      a!69)))
      (a!74 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x00))
                 |PG_swapcache[F0]@9|
                 (ite (and (= rule@9 #x0b) true) #x00 a!73)))
      (a!77 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                 a!71
                 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x01))
                      |PG_swapcache[F0]@9|
                      a!76)))
      (a!81 (ite (and (= rule@9 #x0b) (= migrate0.newpage@9 #x00))
                 |PG_dirty[F0]@9|
                 (ite (and (= rule@9 #x0b) true) #x00 a!80)))
      (a!84 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                 a!78
                 (ite (and (= rule@9 #x0b) (= migrate0.newpage@9 #x01))
                      |PG_dirty[F0]@9|
                      a!83)))
      (a!91 (ite (and (= rule@9 #x05) true)
                 #x00
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      #x00
                      a!90)))
      (a!97 (ite (and (= rule@9 #x0c) true)
                 #x09
                 (ite (and (= rule@9 #x0d) true) #x08 a!96))))
(let ((a!23 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x00))
                 (bvadd (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 (ite (and (= rule@9 #x09) true)
                      (bvsub |folio.refcount[F0]@9| #x01)
                      a!22)))
      (a!29 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!28))
      (a!60 (= |folio.data[F0]@10|
               (ite (and (= rule@9 #x03) (= a!3 #x00)) #x00 a!59)))
      (a!63 (= |folio.data[F1]@10|
               (ite (and (= rule@9 #x03) (= a!3 #x01)) #x00 a!62)))
      (a!68 (ite (and (= rule@9 #x05) true)
                 #x00
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      a!64
                      a!67)))
      (a!75 (ite (and (= rule@9 #x05) true)
                 #x01
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      a!71
                      a!74)))
      (a!82 (ite (and (= rule@9 #x05) true)
                 #x01
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      a!78
                      a!81)))
      (a!92 (ite (and (= rule@9 #x02) true)
                 #x01
                 (ite (and (= rule@9 #x03) (= a!3 #x00)) #x01 a!91)))
      (a!98 (ite (and (= rule@9 #x0a) true)
                 #x07
                 (ite (and (= rule@9 #x0b) true) #x07 a!97))))
(let ((a!24 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!23))
      (a!30 (= |folio.refcount[F1]@10|
               (ite (and (= rule@9 #x03) (= a!3 #x01)) #x01 a!29)))
      (a!99 (ite (and (= rule@9 #x08) true)
                 #x08
                 (ite (and (= rule@9 #x09) true) #x06 a!98))))
(let ((a!25 (ite (and (= rule@9 #x00) true)
                 (bvadd |folio.refcount[F0]@9| #x01)
                 (ite (and (= rule@9 #x03) (= a!3 #x00)) #x01 a!24)))
      (a!100 (ite (and (= rule@9 #x06) true)
                  #x05
                  (ite (and (= rule@9 #x07) true) #x07 a!99))))
(let ((a!101 (ite (and (= rule@9 #x04) true)
                  #x05
                  (ite (and (= rule@9 #x05) true) #x04 a!100))))
(let ((a!102 (ite (and (= rule@9 #x02) true)
                  #x02
                  (ite (and (= rule@9 #x03) true) #x03 a!101))))
(let ((a!103 (ite (and (= rule@9 #x00) true)
                  #x01
                  (ite (and (= rule@9 #x01) true) #x0a a!102))))
  (and a!13
       (= |alive[P0]@10| |alive[P0]@9|)
       (= |pte[P0][0]@10| |pte[P0][0]@9|)
       (= |pte.folio[P0][0]@10| |pte.folio[P0][0]@9|)
       (= |pte.write[P0][0]@10| |pte.write[P0][0]@9|)
       (= |expected[P0][0]@10| |expected[P0][0]@9|)
       (= |anon_vma.list[av0][0]@10| |anon_vma.list[av0][0]@9|)
       (= |anon_vma.len[av0]@10| |anon_vma.len[av0]@9|)
       (= |anon_vma.refcount[av0]@10| |anon_vma.refcount[av0]@9|)
       (= |folio.used[F0]@10| a!17)
       (= |folio.used[F1]@10| a!19)
       (= |folio.refcount[F0]@10| a!25)
       a!30
       (= |folio.mapcount[F0]@10| |folio.mapcount[F0]@9|)
       (= |folio.mapcount[F1]@10| |folio.mapcount[F1]@9|)
       (= |PG_lru[F0]@10| a!35)
       a!37
       a!41
       a!43
       a!47
       a!49
       a!53
       a!55
       a!60
       a!63
       (= |page.mapping(shmem)[F0]@10| a!68)
       (= |page.mapping(shmem)[F1]@10| a!70)
       (= |PG_swapcache[F0]@10| a!75)
       (= |PG_swapcache[F1]@10| a!77)
       (= |PG_dirty[F0]@10| a!82)
       (= |PG_dirty[F1]@10| a!84)
       (= shmem.i_pages@10 a!86)
       a!88
       (= |&mm->mmap_lock.writer[P0]@10| |&mm->mmap_lock.writer[P0]@9|)
       (= |&mm->mmap_lock.readers[P0]@10| |&mm->mmap_lock.readers[P0]@9|)
       (= |&anon_vma->rwsem.writer[av0]@10| |&anon_vma->rwsem.writer[av0]@9|)
       (= |&anon_vma->rwsem.readers[av0]@10| |&anon_vma->rwsem.readers[av0]@9|)
       (= |ptlock_ptr(page)[P0]@10| |ptlock_ptr(page)[P0]@9|)
       (= |PG_locked[F0]@10| a!92)
       (= |PG_locked[F1]@10| a!94)
       (= migrate0.pc@10 a!103)
       a!105
       (= migrate0.newpage@10 a!107)
       (= migrate0.ok@10 a!109)
       (= migrate0.mapping_is_swapper@10 a!110)
       a!111
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
                    (not (= |page.mapping(shmem)[F0]@10| #x00)))
                (not (= |PG_swapcache[F0]@10| #x00))))
      (a!6 (and (= rule@10 #x05)
                (= migrate0.pc@10 #x03)
                (or (not (= |PG_swapcache[F0]@10| #x00))
                    (not (= |page.mapping(shmem)[F0]@10| #x00)))
                (not (not (= |PG_swapcache[F0]@10| #x00)))
                (not (= |PG_dirty[F0]@10| #x00))))
      (a!7 (and (= rule@10 #x06)
                (= migrate0.pc@10 #x03)
                (or (not (= |PG_swapcache[F0]@10| #x00))
                    (not (= |page.mapping(shmem)[F0]@10| #x00)))
                (not (not (= |PG_swapcache[F0]@10| #x00)))
                (not (not (= |PG_dirty[F0]@10| #x00)))))
      (a!8 (not (or (not (= |PG_swapcache[F0]@10| #x00))
                    (not (= |page.mapping(shmem)[F0]@10| #x00)))))
      (a!9 (= (ite (not (= migrate0.mapping_is_swapper@10 #x00))
                   swapper_space.i_pages@10
                   shmem.i_pages@10)
              #x00))
      (a!11 (and (= rule@10 #x0d)
                 (= migrate0.pc@10 #x07)
                 (not (not (= migrate0.ok@10 #x00)))))
      (a!12 (and (= rule@10 #x0f)
                 (= migrate0.pc@10 #x09)
                 (not (not (= migrate0.ok@10 #x00)))))
      (a!14 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.used[F0]@10|
                      |folio.used[F1]@10|)))
      (a!15 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |folio.used[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.used[F0]@10|)
                      |folio.used[F0]@10|)))
      (a!20 (ite (and (= rule@10 #x0e) true)
                 (bvsub |folio.refcount[F0]@10| #x01)
                 (ite (and (= rule@10 #x0f) true)
                      (bvsub |folio.refcount[F0]@10| #x01)
                      |folio.refcount[F0]@10|)))
      (a!26 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 |folio.refcount[F1]@10|))
      (a!31 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |PG_lru[F0]@10|
                      |PG_lru[F1]@10|)))
      (a!32 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 #x01))
      (a!33 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |PG_lru[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01) #x00 #x01)
                      |PG_lru[F0]@10|)))
      (a!38 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |PG_anon_exclusive[F0]@10|
                      |PG_anon_exclusive[F1]@10|)))
      (a!39 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@10|)
                      |PG_anon_exclusive[F0]@10|)))
      (a!44 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.mapping[F0]@10|
                      |folio.mapping[F1]@10|)))
      (a!45 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x01
                      |folio.mapping[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x01
                           |folio.mapping[F0]@10|)
                      |folio.mapping[F0]@10|)))
      (a!50 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.index[F0]@10|
                      |folio.index[F1]@10|)))
      (a!51 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x00
                      |folio.index[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.index[F0]@10|)
                      |folio.index[F0]@10|)))
      (a!56 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.data[F0]@10|
                      |folio.data[F1]@10|)))
      (a!57 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |folio.data[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.data[F0]@10|)
                      |folio.data[F0]@10|)))
      (a!64 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |page.mapping(shmem)[F0]@10|
                      |page.mapping(shmem)[F1]@10|)))
      (a!65 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@10|)
                      |page.mapping(shmem)[F0]@10|)))
      (a!71 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |PG_swapcache[F0]@10|
                      |PG_swapcache[F1]@10|)))
      (a!72 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x00
                      |PG_swapcache[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |PG_swapcache[F0]@10|)
                      |PG_swapcache[F0]@10|)))
      (a!78 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |PG_dirty[F0]@10|
                      |PG_dirty[F1]@10|)))
      (a!79 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |PG_dirty[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |PG_dirty[F0]@10|)
                      |PG_dirty[F0]@10|)))
      (a!85 (ite (not (not (= migrate0.mapping_is_swapper@10 #x00)))
                 migrate0.newpage@10
                 shmem.i_pages@10))
      (a!87 (ite (and (= rule@10 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@10 #x00))
                      migrate0.newpage@10
                      swapper_space.i_pages@10)
                 swapper_space.i_pages@10))
      (a!89 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 #x00
                 (ite (and (= rule@10 #x0d) true) #x00 |PG_locked[F0]@10|)))
      (a!93 (ite (and (= rule@10 #x0c) (= migrate0.newpage@10 #x01))
                 #x00
                 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                      #x00
                      |PG_locked[F1]@10|)))
      (a!95 (ite (and (= rule@10 #x10) true)
                 #x01
                 (ite (and (= rule@10 #x11) true) #x09 migrate0.pc@10)))
      (a!104 (ite (and (= rule@10 #x0e) true)
                  #x00
                  (ite (and (= rule@10 #x0f) true) #x00 migrate0.isolated@10)))
      (a!106 (ite (and (= rule@10 #x0d) true)
                  #x02
                  (ite (and (= rule@10 #x0e) true) #x02 migrate0.newpage@10)))
      (a!108 (ite (and (= rule@10 #x0b) true)
                  #x01
                  (ite (and (= rule@10 #x11) true) #x00 migrate0.ok@10)))
      (a!110 (ite (and (= rule@10 #x04) true)
                  |PG_swapcache[F0]@10|
                  (ite (and (= rule@10 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@10)))
      (a!111 (= migrate0.pass@11
                (ite (and (= rule@10 #x10) true)
                     (bvadd migrate0.pass@10 #x01)
                     migrate0.pass@10))))
(let ((a!4 (and (= rule@10 #x03)
                (= migrate0.pc@10 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@10| |PG_locked[F1]@10|)
                   #x00)))
      (a!10 (not (and (not (= |page.mapping(shmem)[F0]@10| #x00))
                      (= |folio.refcount[F0]@10| #x02)
                      a!9)))
      (a!16 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!14
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!14
                      a!15)))
      (a!18 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!14
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!14
                      |folio.used[F1]@10|)))
      (a!21 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!20))
      (a!27 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!31
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!32
                      a!33)))
      (a!36 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!31
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!32
                      |PG_lru[F1]@10|)))
      (a!40 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!38
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!38
                      a!39)))
      (a!42 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!38
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!38
                      |PG_anon_exclusive[F1]@10|)))
      (a!46 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!44
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!44
                      a!45)))
      (a!48 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!44
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!44
                      |folio.mapping[F1]@10|)))
      (a!52 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!50
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!50
                      a!51)))
      (a!54 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!50
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!50
                      |folio.index[F1]@10|)))
      (a!58 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!56
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!56
                      a!57)))
      (a!61 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!56
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!56
                      |folio.data[F1]@10|)))
      (a!66 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!64
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!64
                      a!65)))
      (a!69 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!64
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!64
                      |page.mapping(shmem)[F1]@10|)))
      (a!73 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!71
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!71
                      a!72)))
      (a!76 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!71
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!71
                      |PG_swapcache[F1]@10|)))
      (a!80 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!78
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!78
                      a!79)))
      (a!83 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!78
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!78
                      |PG_dirty[F1]@10|)))
      (a!86 (ite (and (= rule@10 #x05) true)
                 #x02
                 (ite (and (= rule@10 #x09) true) a!85 shmem.i_pages@10)))
      (a!88 (= swapper_space.i_pages@11
               (ite (and (= rule@10 #x05) true) #x00 a!87)))
      (a!90 (ite (and (= rule@10 #x0c) (= migrate0.newpage@10 #x00))
                 #x00
                 (ite (and (= rule@10 #x0c) true) #x00 a!89)))
      (a!94 (ite (and (= rule@10 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                      #x00
                      a!93)))
      (a!96 (ite (and (= rule@10 #x0e) true)
                 #x0a
                 (ite (and (= rule@10 #x0f) true) #x0a a!95)))
      (a!105 (= migrate0.isolated@11
                (ite (and (= rule@10 #x00) true) #x01 a!104)))
      (a!107 (ite (and (= rule@10 #x03) true)
                  a!3
                  (ite (and (= rule@10 #x08) true) #x02 a!106)))
      (a!109 (ite (and (= rule@10 #x07) true)
                  #x00
                  (ite (and (= rule@10 #x0a) true) #x00 a!108))))
(let ((a!13 (or (and (= rule@10 #x00)
                     (= migrate0.pc@10 #x00)
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
                     (not (= |page.mapping(shmem)[F0]@10| #x00))
                     (= |folio.refcount[F0]@10| #x02)
                     a!9)
                (and (= rule@10 #x0a) (= migrate0.pc@10 #x05) a!10)
                (and (= rule@10 #x0b) (= migrate0.pc@10 #x06))
                (and (= rule@10 #x0c)
                     (= migrate0.pc@10 #x07)
                     (not (= migrate0.ok@10 #x00)))
                a!11
                (and (= rule@10 #x0e)
                     (= migrate0.pc@10 #x09)
                     (not (= migrate0.ok@10 #x00)))
                a!12
                (and (= rule@10 #x10)
                     (= migrate0.pc@10 #x08)
                     (bvult migrate0.pass@10 #x01))
                (and (= rule@10 #x11)
                     (= migrate0.pc@10 #x08)
                     (bvuge migrate0.pass@10 #x01))))
      (a!17 (ite (and (= rule@10 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      a!14
                      a!16)))
      (a!19 (ite (and (= rule@10 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                      a!14
                      a!18)))
      (a!22 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!21))
      (a!28 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x01))
                 (bvadd (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!27))
      (a!35 (ite (and (= rule@10 #x00) true)
                 #x00
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      a!31
                      a!34)))
      (a!37 (= |PG_lru[F1]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                    a!31
                    a!36)))
      (a!41 (= |PG_anon_exclusive[F0]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                    a!38
                    a!40)))
      (a!43 (= |PG_anon_exclusive[F1]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                    a!38
                    a!42)))
      (a!47 (= |folio.mapping[F0]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                    a!44
                    a!46)))
      (a!49 (= |folio.mapping[F1]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                    a!44
                    a!48)))
      (a!53 (= |folio.index[F0]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                    a!50
                    a!52)))
      (a!55 (= |folio.index[F1]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                    a!50
                    a!54)))
      (a!59 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                 a!56
                 (ite (and (= rule@10 #x0b) (= migrate0.newpage@10 #x00))
                      |folio.data[F0]@10|
                      a!58)))
      (a!62 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                 a!56
                 (ite (and (= rule@10 #x0b) (= migrate0.newpage@10 #x01))
                      |folio.data[F0]@10|
                      a!61)))
      (a!67 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x00))
                 |page.mapping(shmem)[F0]@10|
                 (ite (and (= rule@10 #x0b) true) #x00 a!66)))
      (a!70 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                 a!64
                 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x01))
                      |page.mapping(shmem)[F0]@10|
                      a!69)))
      (a!74 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x00))
                 |PG_swapcache[F0]@10|
                 (ite (and (= rule@10 #x0b) true) #x00 a!73)))
      (a!77 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                 a!71
                 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x01))
                      |PG_swapcache[F0]@10|
                      a!76)))
      (a!81 (ite (and (= rule@10 #x0b) (= migrate0.newpage@10 #x00))
                 |PG_dirty[F0]@10|
                 (ite (and (= rule@10 #x0b) true) #x00 a!80)))
      (a!84 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                 a!78
                 (ite (and (= rule@10 #x0b) (= migrate0.newpage@10 #x01))
                      |PG_dirty[F0]@10|
                      a!83)))
      (a!91 (ite (and (= rule@10 #x05) true)
                 #x00
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      #x00
                      a!90)))
      (a!97 (ite (and (= rule@10 #x0c) true)
                 #x09
                 (ite (and (= rule@10 #x0d) true) #x08 a!96))))
(let ((a!23 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x00))
                 (bvadd (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 (ite (and (= rule@10 #x09) true)
                      (bvsub |folio.refcount[F0]@10| #x01)
                      a!22)))
      (a!29 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!28))
      (a!60 (= |folio.data[F0]@11|
               (ite (and (= rule@10 #x03) (= a!3 #x00)) #x00 a!59)))
      (a!63 (= |folio.data[F1]@11|
               (ite (and (= rule@10 #x03) (= a!3 #x01)) #x00 a!62)))
      (a!68 (ite (and (= rule@10 #x05) true)
                 #x00
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      a!64
                      a!67)))
      (a!75 (ite (and (= rule@10 #x05) true)
                 #x01
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      a!71
                      a!74)))
      (a!82 (ite (and (= rule@10 #x05) true)
                 #x01
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      a!78
                      a!81)))
      (a!92 (ite (and (= rule@10 #x02) true)
                 #x01
                 (ite (and (= rule@10 #x03) (= a!3 #x00)) #x01 a!91)))
      (a!98 (ite (and (= rule@10 #x0a) true)
                 #x07
                 (ite (and (= rule@10 #x0b) true) #x07 a!97))))
(let ((a!24 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!23))
      (a!30 (= |folio.refcount[F1]@11|
               (ite (and (= rule@10 #x03) (= a!3 #x01)) #x01 a!29)))
      (a!99 (ite (and (= rule@10 #x08) true)
                 #x08
                 (ite (and (= rule@10 #x09) true) #x06 a!98))))
(let ((a!25 (ite (and (= rule@10 #x00) true)
                 (bvadd |folio.refcount[F0]@10| #x01)
                 (ite (and (= rule@10 #x03) (= a!3 #x00)) #x01 a!24)))
      (a!100 (ite (and (= rule@10 #x06) true)
                  #x05
                  (ite (and (= rule@10 #x07) true) #x07 a!99))))
(let ((a!101 (ite (and (= rule@10 #x04) true)
                  #x05
                  (ite (and (= rule@10 #x05) true) #x04 a!100))))
(let ((a!102 (ite (and (= rule@10 #x02) true)
                  #x02
                  (ite (and (= rule@10 #x03) true) #x03 a!101))))
(let ((a!103 (ite (and (= rule@10 #x00) true)
                  #x01
                  (ite (and (= rule@10 #x01) true) #x0a a!102))))
  (and a!13
       (= |alive[P0]@11| |alive[P0]@10|)
       (= |pte[P0][0]@11| |pte[P0][0]@10|)
       (= |pte.folio[P0][0]@11| |pte.folio[P0][0]@10|)
       (= |pte.write[P0][0]@11| |pte.write[P0][0]@10|)
       (= |expected[P0][0]@11| |expected[P0][0]@10|)
       (= |anon_vma.list[av0][0]@11| |anon_vma.list[av0][0]@10|)
       (= |anon_vma.len[av0]@11| |anon_vma.len[av0]@10|)
       (= |anon_vma.refcount[av0]@11| |anon_vma.refcount[av0]@10|)
       (= |folio.used[F0]@11| a!17)
       (= |folio.used[F1]@11| a!19)
       (= |folio.refcount[F0]@11| a!25)
       a!30
       (= |folio.mapcount[F0]@11| |folio.mapcount[F0]@10|)
       (= |folio.mapcount[F1]@11| |folio.mapcount[F1]@10|)
       (= |PG_lru[F0]@11| a!35)
       a!37
       a!41
       a!43
       a!47
       a!49
       a!53
       a!55
       a!60
       a!63
       (= |page.mapping(shmem)[F0]@11| a!68)
       (= |page.mapping(shmem)[F1]@11| a!70)
       (= |PG_swapcache[F0]@11| a!75)
       (= |PG_swapcache[F1]@11| a!77)
       (= |PG_dirty[F0]@11| a!82)
       (= |PG_dirty[F1]@11| a!84)
       (= shmem.i_pages@11 a!86)
       a!88
       (= |&mm->mmap_lock.writer[P0]@11| |&mm->mmap_lock.writer[P0]@10|)
       (= |&mm->mmap_lock.readers[P0]@11| |&mm->mmap_lock.readers[P0]@10|)
       (= |&anon_vma->rwsem.writer[av0]@11| |&anon_vma->rwsem.writer[av0]@10|)
       (= |&anon_vma->rwsem.readers[av0]@11| |&anon_vma->rwsem.readers[av0]@10|)
       (= |ptlock_ptr(page)[P0]@11| |ptlock_ptr(page)[P0]@10|)
       (= |PG_locked[F0]@11| a!92)
       (= |PG_locked[F1]@11| a!94)
       (= migrate0.pc@11 a!103)
       a!105
       (= migrate0.newpage@11 a!107)
       (= migrate0.ok@11 a!109)
       (= migrate0.mapping_is_swapper@11 a!110)
       a!111
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
                    (not (= |page.mapping(shmem)[F0]@11| #x00)))
                (not (= |PG_swapcache[F0]@11| #x00))))
      (a!6 (and (= rule@11 #x05)
                (= migrate0.pc@11 #x03)
                (or (not (= |PG_swapcache[F0]@11| #x00))
                    (not (= |page.mapping(shmem)[F0]@11| #x00)))
                (not (not (= |PG_swapcache[F0]@11| #x00)))
                (not (= |PG_dirty[F0]@11| #x00))))
      (a!7 (and (= rule@11 #x06)
                (= migrate0.pc@11 #x03)
                (or (not (= |PG_swapcache[F0]@11| #x00))
                    (not (= |page.mapping(shmem)[F0]@11| #x00)))
                (not (not (= |PG_swapcache[F0]@11| #x00)))
                (not (not (= |PG_dirty[F0]@11| #x00)))))
      (a!8 (not (or (not (= |PG_swapcache[F0]@11| #x00))
                    (not (= |page.mapping(shmem)[F0]@11| #x00)))))
      (a!9 (= (ite (not (= migrate0.mapping_is_swapper@11 #x00))
                   swapper_space.i_pages@11
                   shmem.i_pages@11)
              #x00))
      (a!11 (and (= rule@11 #x0d)
                 (= migrate0.pc@11 #x07)
                 (not (not (= migrate0.ok@11 #x00)))))
      (a!12 (and (= rule@11 #x0f)
                 (= migrate0.pc@11 #x09)
                 (not (not (= migrate0.ok@11 #x00)))))
      (a!14 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.used[F0]@11|
                      |folio.used[F1]@11|)))
      (a!15 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |folio.used[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.used[F0]@11|)
                      |folio.used[F0]@11|)))
      (a!20 (ite (and (= rule@11 #x0e) true)
                 (bvsub |folio.refcount[F0]@11| #x01)
                 (ite (and (= rule@11 #x0f) true)
                      (bvsub |folio.refcount[F0]@11| #x01)
                      |folio.refcount[F0]@11|)))
      (a!26 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 |folio.refcount[F1]@11|))
      (a!31 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |PG_lru[F0]@11|
                      |PG_lru[F1]@11|)))
      (a!32 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 #x01))
      (a!33 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |PG_lru[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01) #x00 #x01)
                      |PG_lru[F0]@11|)))
      (a!38 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |PG_anon_exclusive[F0]@11|
                      |PG_anon_exclusive[F1]@11|)))
      (a!39 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@11|)
                      |PG_anon_exclusive[F0]@11|)))
      (a!44 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.mapping[F0]@11|
                      |folio.mapping[F1]@11|)))
      (a!45 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x01
                      |folio.mapping[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x01
                           |folio.mapping[F0]@11|)
                      |folio.mapping[F0]@11|)))
      (a!50 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.index[F0]@11|
                      |folio.index[F1]@11|)))
      (a!51 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x00
                      |folio.index[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.index[F0]@11|)
                      |folio.index[F0]@11|)))
      (a!56 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.data[F0]@11|
                      |folio.data[F1]@11|)))
      (a!57 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |folio.data[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.data[F0]@11|)
                      |folio.data[F0]@11|)))
      (a!64 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |page.mapping(shmem)[F0]@11|
                      |page.mapping(shmem)[F1]@11|)))
      (a!65 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@11|)
                      |page.mapping(shmem)[F0]@11|)))
      (a!71 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |PG_swapcache[F0]@11|
                      |PG_swapcache[F1]@11|)))
      (a!72 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x00
                      |PG_swapcache[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |PG_swapcache[F0]@11|)
                      |PG_swapcache[F0]@11|)))
      (a!78 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |PG_dirty[F0]@11|
                      |PG_dirty[F1]@11|)))
      (a!79 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |PG_dirty[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |PG_dirty[F0]@11|)
                      |PG_dirty[F0]@11|)))
      (a!85 (ite (not (not (= migrate0.mapping_is_swapper@11 #x00)))
                 migrate0.newpage@11
                 shmem.i_pages@11))
      (a!87 (ite (and (= rule@11 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@11 #x00))
                      migrate0.newpage@11
                      swapper_space.i_pages@11)
                 swapper_space.i_pages@11))
      (a!89 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 #x00
                 (ite (and (= rule@11 #x0d) true) #x00 |PG_locked[F0]@11|)))
      (a!93 (ite (and (= rule@11 #x0c) (= migrate0.newpage@11 #x01))
                 #x00
                 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                      #x00
                      |PG_locked[F1]@11|)))
      (a!95 (ite (and (= rule@11 #x10) true)
                 #x01
                 (ite (and (= rule@11 #x11) true) #x09 migrate0.pc@11)))
      (a!104 (ite (and (= rule@11 #x0e) true)
                  #x00
                  (ite (and (= rule@11 #x0f) true) #x00 migrate0.isolated@11)))
      (a!106 (ite (and (= rule@11 #x0d) true)
                  #x02
                  (ite (and (= rule@11 #x0e) true) #x02 migrate0.newpage@11)))
      (a!108 (ite (and (= rule@11 #x0b) true)
                  #x01
                  (ite (and (= rule@11 #x11) true) #x00 migrate0.ok@11)))
      (a!110 (ite (and (= rule@11 #x04) true)
                  |PG_swapcache[F0]@11|
                  (ite (and (= rule@11 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@11)))
      (a!111 (= migrate0.pass@12
                (ite (and (= rule@11 #x10) true)
                     (bvadd migrate0.pass@11 #x01)
                     migrate0.pass@11))))
(let ((a!4 (and (= rule@11 #x03)
                (= migrate0.pc@11 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@11| |PG_locked[F1]@11|)
                   #x00)))
      (a!10 (not (and (not (= |page.mapping(shmem)[F0]@11| #x00))
                      (= |folio.refcount[F0]@11| #x02)
                      a!9)))
      (a!16 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!14
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!14
                      a!15)))
      (a!18 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!14
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!14
                      |folio.used[F1]@11|)))
      (a!21 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!20))
      (a!27 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!31
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!32
                      a!33)))
      (a!36 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!31
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!32
                      |PG_lru[F1]@11|)))
      (a!40 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!38
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!38
                      a!39)))
      (a!42 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!38
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!38
                      |PG_anon_exclusive[F1]@11|)))
      (a!46 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!44
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!44
                      a!45)))
      (a!48 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!44
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!44
                      |folio.mapping[F1]@11|)))
      (a!52 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!50
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!50
                      a!51)))
      (a!54 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!50
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!50
                      |folio.index[F1]@11|)))
      (a!58 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!56
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!56
                      a!57)))
      (a!61 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!56
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!56
                      |folio.data[F1]@11|)))
      (a!66 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!64
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!64
                      a!65)))
      (a!69 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!64
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!64
                      |page.mapping(shmem)[F1]@11|)))
      (a!73 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!71
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!71
                      a!72)))
      (a!76 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!71
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!71
                      |PG_swapcache[F1]@11|)))
      (a!80 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!78
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!78
                      a!79)))
      (a!83 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!78
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!78
                      |PG_dirty[F1]@11|)))
      (a!86 (ite (and (= rule@11 #x05) true)
                 #x02
                 (ite (and (= rule@11 #x09) true) a!85 shmem.i_pages@11)))
      (a!88 (= swapper_space.i_pages@12
               (ite (and (= rule@11 #x05) true) #x00 a!87)))
      (a!90 (ite (and (= rule@11 #x0c) (= migrate0.newpage@11 #x00))
                 #x00
                 (ite (and (= rule@11 #x0c) true) #x00 a!89)))
      (a!94 (ite (and (= rule@11 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                      #x00
                      a!93)))
      (a!96 (ite (and (= rule@11 #x0e) true)
                 #x0a
                 (ite (and (= rule@11 #x0f) true) #x0a a!95)))
      (a!105 (= migrate0.isolated@12
                (ite (and (= rule@11 #x00) true) #x01 a!104)))
      (a!107 (ite (and (= rule@11 #x03) true)
                  a!3
                  (ite (and (= rule@11 #x08) true) #x02 a!106)))
      (a!109 (ite (and (= rule@11 #x07) true)
                  #x00
                  (ite (and (= rule@11 #x0a) true) #x00 a!108))))
(let ((a!13 (or (and (= rule@11 #x00)
                     (= migrate0.pc@11 #x00)
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
                     (not (= |page.mapping(shmem)[F0]@11| #x00))
                     (= |folio.refcount[F0]@11| #x02)
                     a!9)
                (and (= rule@11 #x0a) (= migrate0.pc@11 #x05) a!10)
                (and (= rule@11 #x0b) (= migrate0.pc@11 #x06))
                (and (= rule@11 #x0c)
                     (= migrate0.pc@11 #x07)
                     (not (= migrate0.ok@11 #x00)))
                a!11
                (and (= rule@11 #x0e)
                     (= migrate0.pc@11 #x09)
                     (not (= migrate0.ok@11 #x00)))
                a!12
                (and (= rule@11 #x10)
                     (= migrate0.pc@11 #x08)
                     (bvult migrate0.pass@11 #x01))
                (and (= rule@11 #x11)
                     (= migrate0.pc@11 #x08)
                     (bvuge migrate0.pass@11 #x01))))
      (a!17 (ite (and (= rule@11 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      a!14
                      a!16)))
      (a!19 (ite (and (= rule@11 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                      a!14
                      a!18)))
      (a!22 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!21))
      (a!28 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x01))
                 (bvadd (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!27))
      (a!35 (ite (and (= rule@11 #x00) true)
                 #x00
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      a!31
                      a!34)))
      (a!37 (= |PG_lru[F1]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                    a!31
                    a!36)))
      (a!41 (= |PG_anon_exclusive[F0]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                    a!38
                    a!40)))
      (a!43 (= |PG_anon_exclusive[F1]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                    a!38
                    a!42)))
      (a!47 (= |folio.mapping[F0]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                    a!44
                    a!46)))
      (a!49 (= |folio.mapping[F1]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                    a!44
                    a!48)))
      (a!53 (= |folio.index[F0]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                    a!50
                    a!52)))
      (a!55 (= |folio.index[F1]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                    a!50
                    a!54)))
      (a!59 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                 a!56
                 (ite (and (= rule@11 #x0b) (= migrate0.newpage@11 #x00))
                      |folio.data[F0]@11|
                      a!58)))
      (a!62 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                 a!56
                 (ite (and (= rule@11 #x0b) (= migrate0.newpage@11 #x01))
                      |folio.data[F0]@11|
                      a!61)))
      (a!67 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x00))
                 |page.mapping(shmem)[F0]@11|
                 (ite (and (= rule@11 #x0b) true) #x00 a!66)))
      (a!70 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                 a!64
                 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x01))
                      |page.mapping(shmem)[F0]@11|
                      a!69)))
      (a!74 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x00))
                 |PG_swapcache[F0]@11|
                 (ite (and (= rule@11 #x0b) true) #x00 a!73)))
      (a!77 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                 a!71
                 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x01))
                      |PG_swapcache[F0]@11|
                      a!76)))
      (a!81 (ite (and (= rule@11 #x0b) (= migrate0.newpage@11 #x00))
                 |PG_dirty[F0]@11|
                 (ite (and (= rule@11 #x0b) true) #x00 a!80)))
      (a!84 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                 a!78
                 (ite (and (= rule@11 #x0b) (= migrate0.newpage@11 #x01))
                      |PG_dirty[F0]@11|
                      a!83)))
      (a!91 (ite (and (= rule@11 #x05) true)
                 #x00
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      #x00
                      a!90)))
      (a!97 (ite (and (= rule@11 #x0c) true)
                 #x09
                 (ite (and (= rule@11 #x0d) true) #x08 a!96))))
(let ((a!23 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x00))
                 (bvadd (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 (ite (and (= rule@11 #x09) true)
                      (bvsub |folio.refcount[F0]@11| #x01)
                      a!22)))
      (a!29 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!28))
      (a!60 (= |folio.data[F0]@12|
               (ite (and (= rule@11 #x03) (= a!3 #x00)) #x00 a!59)))
      (a!63 (= |folio.data[F1]@12|
               (ite (and (= rule@11 #x03) (= a!3 #x01)) #x00 a!62)))
      (a!68 (ite (and (= rule@11 #x05) true)
                 #x00
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      a!64
                      a!67)))
      (a!75 (ite (and (= rule@11 #x05) true)
                 #x01
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      a!71
                      a!74)))
      (a!82 (ite (and (= rule@11 #x05) true)
                 #x01
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      a!78
                      a!81)))
      (a!92 (ite (and (= rule@11 #x02) true)
                 #x01
                 (ite (and (= rule@11 #x03) (= a!3 #x00)) #x01 a!91)))
      (a!98 (ite (and (= rule@11 #x0a) true)
                 #x07
                 (ite (and (= rule@11 #x0b) true) #x07 a!97))))
(let ((a!24 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!23))
      (a!30 (= |folio.refcount[F1]@12|
               (ite (and (= rule@11 #x03) (= a!3 #x01)) #x01 a!29)))
      (a!99 (ite (and (= rule@11 #x08) true)
                 #x08
                 (ite (and (= rule@11 #x09) true) #x06 a!98))))
(let ((a!25 (ite (and (= rule@11 #x00) true)
                 (bvadd |folio.refcount[F0]@11| #x01)
                 (ite (and (= rule@11 #x03) (= a!3 #x00)) #x01 a!24)))
      (a!100 (ite (and (= rule@11 #x06) true)
                  #x05
                  (ite (and (= rule@11 #x07) true) #x07 a!99))))
(let ((a!101 (ite (and (= rule@11 #x04) true)
                  #x05
                  (ite (and (= rule@11 #x05) true) #x04 a!100))))
(let ((a!102 (ite (and (= rule@11 #x02) true)
                  #x02
                  (ite (and (= rule@11 #x03) true) #x03 a!101))))
(let ((a!103 (ite (and (= rule@11 #x00) true)
                  #x01
                  (ite (and (= rule@11 #x01) true) #x0a a!102))))
  (and a!13
       (= |alive[P0]@12| |alive[P0]@11|)
       (= |pte[P0][0]@12| |pte[P0][0]@11|)
       (= |pte.folio[P0][0]@12| |pte.folio[P0][0]@11|)
       (= |pte.write[P0][0]@12| |pte.write[P0][0]@11|)
       (= |expected[P0][0]@12| |expected[P0][0]@11|)
       (= |anon_vma.list[av0][0]@12| |anon_vma.list[av0][0]@11|)
       (= |anon_vma.len[av0]@12| |anon_vma.len[av0]@11|)
       (= |anon_vma.refcount[av0]@12| |anon_vma.refcount[av0]@11|)
       (= |folio.used[F0]@12| a!17)
       (= |folio.used[F1]@12| a!19)
       (= |folio.refcount[F0]@12| a!25)
       a!30
       (= |folio.mapcount[F0]@12| |folio.mapcount[F0]@11|)
       (= |folio.mapcount[F1]@12| |folio.mapcount[F1]@11|)
       (= |PG_lru[F0]@12| a!35)
       a!37
       a!41
       a!43
       a!47
       a!49
       a!53
       a!55
       a!60
       a!63
       (= |page.mapping(shmem)[F0]@12| a!68)
       (= |page.mapping(shmem)[F1]@12| a!70)
       (= |PG_swapcache[F0]@12| a!75)
       (= |PG_swapcache[F1]@12| a!77)
       (= |PG_dirty[F0]@12| a!82)
       (= |PG_dirty[F1]@12| a!84)
       (= shmem.i_pages@12 a!86)
       a!88
       (= |&mm->mmap_lock.writer[P0]@12| |&mm->mmap_lock.writer[P0]@11|)
       (= |&mm->mmap_lock.readers[P0]@12| |&mm->mmap_lock.readers[P0]@11|)
       (= |&anon_vma->rwsem.writer[av0]@12| |&anon_vma->rwsem.writer[av0]@11|)
       (= |&anon_vma->rwsem.readers[av0]@12| |&anon_vma->rwsem.readers[av0]@11|)
       (= |ptlock_ptr(page)[P0]@12| |ptlock_ptr(page)[P0]@11|)
       (= |PG_locked[F0]@12| a!92)
       (= |PG_locked[F1]@12| a!94)
       (= migrate0.pc@12 a!103)
       a!105
       (= migrate0.newpage@12 a!107)
       (= migrate0.ok@12 a!109)
       (= migrate0.mapping_is_swapper@12 a!110)
       a!111
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
(assert (let ((a!1 (bvadd (ite (= shmem.i_pages@0 #x00) #x01 #x00)
                  (ite (= swapper_space.i_pages@0 #x00) #x01 #x00)))
      (a!3 (= |folio.mapcount[F0]@0|
              (ite (and (= |pte[P0][0]@0| #x01) (= |pte.folio[P0][0]@0| #x00))
                   #x01
                   #x00)))
      (a!4 (= (bvadd migrate0.isolated@0
                     (ite (= migrate0.newpage@0 #x00) #x01 #x00))
              #x00))
      (a!5 (not (and (not (= |pte[P0][0]@0| #x00))
                     (= |pte.folio[P0][0]@0| #x00))))
      (a!6 (bvadd (ite (= shmem.i_pages@0 #x01) #x01 #x00)
                  (ite (= swapper_space.i_pages@0 #x01) #x01 #x00)))
      (a!8 (= |folio.mapcount[F1]@0|
              (ite (and (= |pte[P0][0]@0| #x01) (= |pte.folio[P0][0]@0| #x01))
                   #x01
                   #x00)))
      (a!9 (not (and (not (= |pte[P0][0]@0| #x00))
                     (= |pte.folio[P0][0]@0| #x01))))
      (a!12 (not (= (ite (= migrate0.newpage@0 #x00)
                         |folio.used[F0]@0|
                         |folio.used[F1]@0|)
                    #x00)))
      (a!14 (and (= migrate0.pc@0 #x07) (not (not (= migrate0.ok@0 #x00)))))
      (a!16 (not (and (bvuge |folio.refcount[F0]@0| #x01)
                      (not (= |folio.used[F0]@0| #x00)))))
      (a!18 (and (= migrate0.pc@0 #x09) (not (not (= migrate0.ok@0 #x00)))))
      (a!21 (not (and (not (= |folio.used[F0]@0| #x00))
                      (not (= |PG_lru[F0]@0| #x00)))))
      (a!22 (or (not (not (= |folio.used[F0]@0| #x00)))
                (not (not (= |folio.used[F1]@0| #x00)))))
      (a!23 (ite (not (not (= |folio.used[F0]@0| #x00))) #x00 #x01))
      (a!25 (and (= migrate0.pc@0 #x03)
                 (or (not (= |PG_swapcache[F0]@0| #x00))
                     (not (= |page.mapping(shmem)[F0]@0| #x00)))
                 (not (= |PG_swapcache[F0]@0| #x00))))
      (a!26 (and (= migrate0.pc@0 #x03)
                 (or (not (= |PG_swapcache[F0]@0| #x00))
                     (not (= |page.mapping(shmem)[F0]@0| #x00)))
                 (not (not (= |PG_swapcache[F0]@0| #x00)))
                 (not (= |PG_dirty[F0]@0| #x00))))
      (a!27 (and (= migrate0.pc@0 #x03)
                 (or (not (= |PG_swapcache[F0]@0| #x00))
                     (not (= |page.mapping(shmem)[F0]@0| #x00)))
                 (not (not (= |PG_swapcache[F0]@0| #x00)))
                 (not (not (= |PG_dirty[F0]@0| #x00)))))
      (a!28 (not (or (not (= |PG_swapcache[F0]@0| #x00))
                     (not (= |page.mapping(shmem)[F0]@0| #x00)))))
      (a!29 (= (ite (not (= migrate0.mapping_is_swapper@0 #x00))
                    swapper_space.i_pages@0
                    shmem.i_pages@0)
               #x00))
      (a!32 (bvadd (ite (= shmem.i_pages@1 #x00) #x01 #x00)
                   (ite (= swapper_space.i_pages@1 #x00) #x01 #x00)))
      (a!34 (= |folio.mapcount[F0]@1|
               (ite (and (= |pte[P0][0]@1| #x01) (= |pte.folio[P0][0]@1| #x00))
                    #x01
                    #x00)))
      (a!35 (= (bvadd migrate0.isolated@1
                      (ite (= migrate0.newpage@1 #x00) #x01 #x00))
               #x00))
      (a!36 (not (and (not (= |pte[P0][0]@1| #x00))
                      (= |pte.folio[P0][0]@1| #x00))))
      (a!37 (bvadd (ite (= shmem.i_pages@1 #x01) #x01 #x00)
                   (ite (= swapper_space.i_pages@1 #x01) #x01 #x00)))
      (a!39 (= |folio.mapcount[F1]@1|
               (ite (and (= |pte[P0][0]@1| #x01) (= |pte.folio[P0][0]@1| #x01))
                    #x01
                    #x00)))
      (a!40 (not (and (not (= |pte[P0][0]@1| #x00))
                      (= |pte.folio[P0][0]@1| #x01))))
      (a!43 (not (= (ite (= migrate0.newpage@1 #x00)
                         |folio.used[F0]@1|
                         |folio.used[F1]@1|)
                    #x00)))
      (a!45 (and (= migrate0.pc@1 #x07) (not (not (= migrate0.ok@1 #x00)))))
      (a!47 (not (and (bvuge |folio.refcount[F0]@1| #x01)
                      (not (= |folio.used[F0]@1| #x00)))))
      (a!49 (and (= migrate0.pc@1 #x09) (not (not (= migrate0.ok@1 #x00)))))
      (a!52 (not (and (not (= |folio.used[F0]@1| #x00))
                      (not (= |PG_lru[F0]@1| #x00)))))
      (a!53 (or (not (not (= |folio.used[F0]@1| #x00)))
                (not (not (= |folio.used[F1]@1| #x00)))))
      (a!54 (ite (not (not (= |folio.used[F0]@1| #x00))) #x00 #x01))
      (a!56 (and (= migrate0.pc@1 #x03)
                 (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))
                 (not (= |PG_swapcache[F0]@1| #x00))))
      (a!57 (and (= migrate0.pc@1 #x03)
                 (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))
                 (not (not (= |PG_swapcache[F0]@1| #x00)))
                 (not (= |PG_dirty[F0]@1| #x00))))
      (a!58 (and (= migrate0.pc@1 #x03)
                 (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))
                 (not (not (= |PG_swapcache[F0]@1| #x00)))
                 (not (not (= |PG_dirty[F0]@1| #x00)))))
      (a!59 (not (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))))
      (a!60 (= (ite (not (= migrate0.mapping_is_swapper@1 #x00))
                    swapper_space.i_pages@1
                    shmem.i_pages@1)
               #x00))
      (a!63 (bvadd (ite (= shmem.i_pages@2 #x00) #x01 #x00)
                   (ite (= swapper_space.i_pages@2 #x00) #x01 #x00)))
      (a!65 (= |folio.mapcount[F0]@2|
               (ite (and (= |pte[P0][0]@2| #x01) (= |pte.folio[P0][0]@2| #x00))
                    #x01
                    #x00)))
      (a!66 (= (bvadd migrate0.isolated@2
                      (ite (= migrate0.newpage@2 #x00) #x01 #x00))
               #x00))
      (a!67 (not (and (not (= |pte[P0][0]@2| #x00))
                      (= |pte.folio[P0][0]@2| #x00))))
      (a!68 (bvadd (ite (= shmem.i_pages@2 #x01) #x01 #x00)
                   (ite (= swapper_space.i_pages@2 #x01) #x01 #x00)))
      (a!70 (= |folio.mapcount[F1]@2|
               (ite (and (= |pte[P0][0]@2| #x01) (= |pte.folio[P0][0]@2| #x01))
                    #x01
                    #x00)))
      (a!71 (not (and (not (= |pte[P0][0]@2| #x00))
                      (= |pte.folio[P0][0]@2| #x01))))
      (a!74 (not (= (ite (= migrate0.newpage@2 #x00)
                         |folio.used[F0]@2|
                         |folio.used[F1]@2|)
                    #x00)))
      (a!76 (and (= migrate0.pc@2 #x07) (not (not (= migrate0.ok@2 #x00)))))
      (a!78 (not (and (bvuge |folio.refcount[F0]@2| #x01)
                      (not (= |folio.used[F0]@2| #x00)))))
      (a!80 (and (= migrate0.pc@2 #x09) (not (not (= migrate0.ok@2 #x00)))))
      (a!83 (not (and (not (= |folio.used[F0]@2| #x00))
                      (not (= |PG_lru[F0]@2| #x00)))))
      (a!84 (or (not (not (= |folio.used[F0]@2| #x00)))
                (not (not (= |folio.used[F1]@2| #x00)))))
      (a!85 (ite (not (not (= |folio.used[F0]@2| #x00))) #x00 #x01))
      (a!87 (and (= migrate0.pc@2 #x03)
                 (or (not (= |PG_swapcache[F0]@2| #x00))
                     (not (= |page.mapping(shmem)[F0]@2| #x00)))
                 (not (= |PG_swapcache[F0]@2| #x00))))
      (a!88 (and (= migrate0.pc@2 #x03)
                 (or (not (= |PG_swapcache[F0]@2| #x00))
                     (not (= |page.mapping(shmem)[F0]@2| #x00)))
                 (not (not (= |PG_swapcache[F0]@2| #x00)))
                 (not (= |PG_dirty[F0]@2| #x00))))
      (a!89 (and (= migrate0.pc@2 #x03)
                 (or (not (= |PG_swapcache[F0]@2| #x00))
                     (not (= |page.mapping(shmem)[F0]@2| #x00)))
                 (not (not (= |PG_swapcache[F0]@2| #x00)))
                 (not (not (= |PG_dirty[F0]@2| #x00)))))
      (a!90 (not (or (not (= |PG_swapcache[F0]@2| #x00))
                     (not (= |page.mapping(shmem)[F0]@2| #x00)))))
      (a!91 (= (ite (not (= migrate0.mapping_is_swapper@2 #x00))
                    swapper_space.i_pages@2
                    shmem.i_pages@2)
               #x00))
      (a!94 (bvadd (ite (= shmem.i_pages@3 #x00) #x01 #x00)
                   (ite (= swapper_space.i_pages@3 #x00) #x01 #x00)))
      (a!96 (= |folio.mapcount[F0]@3|
               (ite (and (= |pte[P0][0]@3| #x01) (= |pte.folio[P0][0]@3| #x00))
                    #x01
                    #x00)))
      (a!97 (= (bvadd migrate0.isolated@3
                      (ite (= migrate0.newpage@3 #x00) #x01 #x00))
               #x00))
      (a!98 (not (and (not (= |pte[P0][0]@3| #x00))
                      (= |pte.folio[P0][0]@3| #x00))))
      (a!99 (bvadd (ite (= shmem.i_pages@3 #x01) #x01 #x00)
                   (ite (= swapper_space.i_pages@3 #x01) #x01 #x00)))
      (a!101 (= |folio.mapcount[F1]@3|
                (ite (and (= |pte[P0][0]@3| #x01) (= |pte.folio[P0][0]@3| #x01))
                     #x01
                     #x00)))
      (a!102 (not (and (not (= |pte[P0][0]@3| #x00))
                       (= |pte.folio[P0][0]@3| #x01))))
      (a!105 (not (= (ite (= migrate0.newpage@3 #x00)
                          |folio.used[F0]@3|
                          |folio.used[F1]@3|)
                     #x00)))
      (a!107 (and (= migrate0.pc@3 #x07) (not (not (= migrate0.ok@3 #x00)))))
      (a!109 (not (and (bvuge |folio.refcount[F0]@3| #x01)
                       (not (= |folio.used[F0]@3| #x00)))))
      (a!111 (and (= migrate0.pc@3 #x09) (not (not (= migrate0.ok@3 #x00)))))
      (a!114 (not (and (not (= |folio.used[F0]@3| #x00))
                       (not (= |PG_lru[F0]@3| #x00)))))
      (a!115 (or (not (not (= |folio.used[F0]@3| #x00)))
                 (not (not (= |folio.used[F1]@3| #x00)))))
      (a!116 (ite (not (not (= |folio.used[F0]@3| #x00))) #x00 #x01))
      (a!118 (and (= migrate0.pc@3 #x03)
                  (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))
                  (not (= |PG_swapcache[F0]@3| #x00))))
      (a!119 (and (= migrate0.pc@3 #x03)
                  (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))
                  (not (not (= |PG_swapcache[F0]@3| #x00)))
                  (not (= |PG_dirty[F0]@3| #x00))))
      (a!120 (and (= migrate0.pc@3 #x03)
                  (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))
                  (not (not (= |PG_swapcache[F0]@3| #x00)))
                  (not (not (= |PG_dirty[F0]@3| #x00)))))
      (a!121 (not (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))))
      (a!122 (= (ite (not (= migrate0.mapping_is_swapper@3 #x00))
                     swapper_space.i_pages@3
                     shmem.i_pages@3)
                #x00))
      (a!125 (bvadd (ite (= shmem.i_pages@4 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@4 #x00) #x01 #x00)))
      (a!127 (= |folio.mapcount[F0]@4|
                (ite (and (= |pte[P0][0]@4| #x01) (= |pte.folio[P0][0]@4| #x00))
                     #x01
                     #x00)))
      (a!128 (= (bvadd migrate0.isolated@4
                       (ite (= migrate0.newpage@4 #x00) #x01 #x00))
                #x00))
      (a!129 (not (and (not (= |pte[P0][0]@4| #x00))
                       (= |pte.folio[P0][0]@4| #x00))))
      (a!130 (bvadd (ite (= shmem.i_pages@4 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@4 #x01) #x01 #x00)))
      (a!132 (= |folio.mapcount[F1]@4|
                (ite (and (= |pte[P0][0]@4| #x01) (= |pte.folio[P0][0]@4| #x01))
                     #x01
                     #x00)))
      (a!133 (not (and (not (= |pte[P0][0]@4| #x00))
                       (= |pte.folio[P0][0]@4| #x01))))
      (a!136 (not (= (ite (= migrate0.newpage@4 #x00)
                          |folio.used[F0]@4|
                          |folio.used[F1]@4|)
                     #x00)))
      (a!138 (and (= migrate0.pc@4 #x07) (not (not (= migrate0.ok@4 #x00)))))
      (a!140 (not (and (bvuge |folio.refcount[F0]@4| #x01)
                       (not (= |folio.used[F0]@4| #x00)))))
      (a!142 (and (= migrate0.pc@4 #x09) (not (not (= migrate0.ok@4 #x00)))))
      (a!145 (not (and (not (= |folio.used[F0]@4| #x00))
                       (not (= |PG_lru[F0]@4| #x00)))))
      (a!146 (or (not (not (= |folio.used[F0]@4| #x00)))
                 (not (not (= |folio.used[F1]@4| #x00)))))
      (a!147 (ite (not (not (= |folio.used[F0]@4| #x00))) #x00 #x01))
      (a!149 (and (= migrate0.pc@4 #x03)
                  (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))
                  (not (= |PG_swapcache[F0]@4| #x00))))
      (a!150 (and (= migrate0.pc@4 #x03)
                  (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))
                  (not (not (= |PG_swapcache[F0]@4| #x00)))
                  (not (= |PG_dirty[F0]@4| #x00))))
      (a!151 (and (= migrate0.pc@4 #x03)
                  (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))
                  (not (not (= |PG_swapcache[F0]@4| #x00)))
                  (not (not (= |PG_dirty[F0]@4| #x00)))))
      (a!152 (not (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))))
      (a!153 (= (ite (not (= migrate0.mapping_is_swapper@4 #x00))
                     swapper_space.i_pages@4
                     shmem.i_pages@4)
                #x00))
      (a!156 (bvadd (ite (= shmem.i_pages@5 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@5 #x00) #x01 #x00)))
      (a!158 (= |folio.mapcount[F0]@5|
                (ite (and (= |pte[P0][0]@5| #x01) (= |pte.folio[P0][0]@5| #x00))
                     #x01
                     #x00)))
      (a!159 (= (bvadd migrate0.isolated@5
                       (ite (= migrate0.newpage@5 #x00) #x01 #x00))
                #x00))
      (a!160 (not (and (not (= |pte[P0][0]@5| #x00))
                       (= |pte.folio[P0][0]@5| #x00))))
      (a!161 (bvadd (ite (= shmem.i_pages@5 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@5 #x01) #x01 #x00)))
      (a!163 (= |folio.mapcount[F1]@5|
                (ite (and (= |pte[P0][0]@5| #x01) (= |pte.folio[P0][0]@5| #x01))
                     #x01
                     #x00)))
      (a!164 (not (and (not (= |pte[P0][0]@5| #x00))
                       (= |pte.folio[P0][0]@5| #x01))))
      (a!167 (not (= (ite (= migrate0.newpage@5 #x00)
                          |folio.used[F0]@5|
                          |folio.used[F1]@5|)
                     #x00)))
      (a!169 (and (= migrate0.pc@5 #x07) (not (not (= migrate0.ok@5 #x00)))))
      (a!171 (not (and (bvuge |folio.refcount[F0]@5| #x01)
                       (not (= |folio.used[F0]@5| #x00)))))
      (a!173 (and (= migrate0.pc@5 #x09) (not (not (= migrate0.ok@5 #x00)))))
      (a!176 (not (and (not (= |folio.used[F0]@5| #x00))
                       (not (= |PG_lru[F0]@5| #x00)))))
      (a!177 (or (not (not (= |folio.used[F0]@5| #x00)))
                 (not (not (= |folio.used[F1]@5| #x00)))))
      (a!178 (ite (not (not (= |folio.used[F0]@5| #x00))) #x00 #x01))
      (a!180 (and (= migrate0.pc@5 #x03)
                  (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))
                  (not (= |PG_swapcache[F0]@5| #x00))))
      (a!181 (and (= migrate0.pc@5 #x03)
                  (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))
                  (not (not (= |PG_swapcache[F0]@5| #x00)))
                  (not (= |PG_dirty[F0]@5| #x00))))
      (a!182 (and (= migrate0.pc@5 #x03)
                  (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))
                  (not (not (= |PG_swapcache[F0]@5| #x00)))
                  (not (not (= |PG_dirty[F0]@5| #x00)))))
      (a!183 (not (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))))
      (a!184 (= (ite (not (= migrate0.mapping_is_swapper@5 #x00))
                     swapper_space.i_pages@5
                     shmem.i_pages@5)
                #x00))
      (a!187 (bvadd (ite (= shmem.i_pages@6 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@6 #x00) #x01 #x00)))
      (a!189 (= |folio.mapcount[F0]@6|
                (ite (and (= |pte[P0][0]@6| #x01) (= |pte.folio[P0][0]@6| #x00))
                     #x01
                     #x00)))
      (a!190 (= (bvadd migrate0.isolated@6
                       (ite (= migrate0.newpage@6 #x00) #x01 #x00))
                #x00))
      (a!191 (not (and (not (= |pte[P0][0]@6| #x00))
                       (= |pte.folio[P0][0]@6| #x00))))
      (a!192 (bvadd (ite (= shmem.i_pages@6 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@6 #x01) #x01 #x00)))
      (a!194 (= |folio.mapcount[F1]@6|
                (ite (and (= |pte[P0][0]@6| #x01) (= |pte.folio[P0][0]@6| #x01))
                     #x01
                     #x00)))
      (a!195 (not (and (not (= |pte[P0][0]@6| #x00))
                       (= |pte.folio[P0][0]@6| #x01))))
      (a!198 (not (= (ite (= migrate0.newpage@6 #x00)
                          |folio.used[F0]@6|
                          |folio.used[F1]@6|)
                     #x00)))
      (a!200 (and (= migrate0.pc@6 #x07) (not (not (= migrate0.ok@6 #x00)))))
      (a!202 (not (and (bvuge |folio.refcount[F0]@6| #x01)
                       (not (= |folio.used[F0]@6| #x00)))))
      (a!204 (and (= migrate0.pc@6 #x09) (not (not (= migrate0.ok@6 #x00)))))
      (a!207 (not (and (not (= |folio.used[F0]@6| #x00))
                       (not (= |PG_lru[F0]@6| #x00)))))
      (a!208 (or (not (not (= |folio.used[F0]@6| #x00)))
                 (not (not (= |folio.used[F1]@6| #x00)))))
      (a!209 (ite (not (not (= |folio.used[F0]@6| #x00))) #x00 #x01))
      (a!211 (and (= migrate0.pc@6 #x03)
                  (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))
                  (not (= |PG_swapcache[F0]@6| #x00))))
      (a!212 (and (= migrate0.pc@6 #x03)
                  (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))
                  (not (not (= |PG_swapcache[F0]@6| #x00)))
                  (not (= |PG_dirty[F0]@6| #x00))))
      (a!213 (and (= migrate0.pc@6 #x03)
                  (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))
                  (not (not (= |PG_swapcache[F0]@6| #x00)))
                  (not (not (= |PG_dirty[F0]@6| #x00)))))
      (a!214 (not (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))))
      (a!215 (= (ite (not (= migrate0.mapping_is_swapper@6 #x00))
                     swapper_space.i_pages@6
                     shmem.i_pages@6)
                #x00))
      (a!218 (bvadd (ite (= shmem.i_pages@7 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@7 #x00) #x01 #x00)))
      (a!220 (= |folio.mapcount[F0]@7|
                (ite (and (= |pte[P0][0]@7| #x01) (= |pte.folio[P0][0]@7| #x00))
                     #x01
                     #x00)))
      (a!221 (= (bvadd migrate0.isolated@7
                       (ite (= migrate0.newpage@7 #x00) #x01 #x00))
                #x00))
      (a!222 (not (and (not (= |pte[P0][0]@7| #x00))
                       (= |pte.folio[P0][0]@7| #x00))))
      (a!223 (bvadd (ite (= shmem.i_pages@7 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@7 #x01) #x01 #x00)))
      (a!225 (= |folio.mapcount[F1]@7|
                (ite (and (= |pte[P0][0]@7| #x01) (= |pte.folio[P0][0]@7| #x01))
                     #x01
                     #x00)))
      (a!226 (not (and (not (= |pte[P0][0]@7| #x00))
                       (= |pte.folio[P0][0]@7| #x01))))
      (a!229 (not (= (ite (= migrate0.newpage@7 #x00)
                          |folio.used[F0]@7|
                          |folio.used[F1]@7|)
                     #x00)))
      (a!231 (and (= migrate0.pc@7 #x07) (not (not (= migrate0.ok@7 #x00)))))
      (a!233 (not (and (bvuge |folio.refcount[F0]@7| #x01)
                       (not (= |folio.used[F0]@7| #x00)))))
      (a!235 (and (= migrate0.pc@7 #x09) (not (not (= migrate0.ok@7 #x00)))))
      (a!238 (not (and (not (= |folio.used[F0]@7| #x00))
                       (not (= |PG_lru[F0]@7| #x00)))))
      (a!239 (or (not (not (= |folio.used[F0]@7| #x00)))
                 (not (not (= |folio.used[F1]@7| #x00)))))
      (a!240 (ite (not (not (= |folio.used[F0]@7| #x00))) #x00 #x01))
      (a!242 (and (= migrate0.pc@7 #x03)
                  (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))
                  (not (= |PG_swapcache[F0]@7| #x00))))
      (a!243 (and (= migrate0.pc@7 #x03)
                  (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))
                  (not (not (= |PG_swapcache[F0]@7| #x00)))
                  (not (= |PG_dirty[F0]@7| #x00))))
      (a!244 (and (= migrate0.pc@7 #x03)
                  (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))
                  (not (not (= |PG_swapcache[F0]@7| #x00)))
                  (not (not (= |PG_dirty[F0]@7| #x00)))))
      (a!245 (not (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))))
      (a!246 (= (ite (not (= migrate0.mapping_is_swapper@7 #x00))
                     swapper_space.i_pages@7
                     shmem.i_pages@7)
                #x00))
      (a!249 (bvadd (ite (= shmem.i_pages@8 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@8 #x00) #x01 #x00)))
      (a!251 (= |folio.mapcount[F0]@8|
                (ite (and (= |pte[P0][0]@8| #x01) (= |pte.folio[P0][0]@8| #x00))
                     #x01
                     #x00)))
      (a!252 (= (bvadd migrate0.isolated@8
                       (ite (= migrate0.newpage@8 #x00) #x01 #x00))
                #x00))
      (a!253 (not (and (not (= |pte[P0][0]@8| #x00))
                       (= |pte.folio[P0][0]@8| #x00))))
      (a!254 (bvadd (ite (= shmem.i_pages@8 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@8 #x01) #x01 #x00)))
      (a!256 (= |folio.mapcount[F1]@8|
                (ite (and (= |pte[P0][0]@8| #x01) (= |pte.folio[P0][0]@8| #x01))
                     #x01
                     #x00)))
      (a!257 (not (and (not (= |pte[P0][0]@8| #x00))
                       (= |pte.folio[P0][0]@8| #x01))))
      (a!260 (not (= (ite (= migrate0.newpage@8 #x00)
                          |folio.used[F0]@8|
                          |folio.used[F1]@8|)
                     #x00)))
      (a!262 (and (= migrate0.pc@8 #x07) (not (not (= migrate0.ok@8 #x00)))))
      (a!264 (not (and (bvuge |folio.refcount[F0]@8| #x01)
                       (not (= |folio.used[F0]@8| #x00)))))
      (a!266 (and (= migrate0.pc@8 #x09) (not (not (= migrate0.ok@8 #x00)))))
      (a!269 (not (and (not (= |folio.used[F0]@8| #x00))
                       (not (= |PG_lru[F0]@8| #x00)))))
      (a!270 (or (not (not (= |folio.used[F0]@8| #x00)))
                 (not (not (= |folio.used[F1]@8| #x00)))))
      (a!271 (ite (not (not (= |folio.used[F0]@8| #x00))) #x00 #x01))
      (a!273 (and (= migrate0.pc@8 #x03)
                  (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))
                  (not (= |PG_swapcache[F0]@8| #x00))))
      (a!274 (and (= migrate0.pc@8 #x03)
                  (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))
                  (not (not (= |PG_swapcache[F0]@8| #x00)))
                  (not (= |PG_dirty[F0]@8| #x00))))
      (a!275 (and (= migrate0.pc@8 #x03)
                  (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))
                  (not (not (= |PG_swapcache[F0]@8| #x00)))
                  (not (not (= |PG_dirty[F0]@8| #x00)))))
      (a!276 (not (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))))
      (a!277 (= (ite (not (= migrate0.mapping_is_swapper@8 #x00))
                     swapper_space.i_pages@8
                     shmem.i_pages@8)
                #x00))
      (a!280 (bvadd (ite (= shmem.i_pages@9 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@9 #x00) #x01 #x00)))
      (a!282 (= |folio.mapcount[F0]@9|
                (ite (and (= |pte[P0][0]@9| #x01) (= |pte.folio[P0][0]@9| #x00))
                     #x01
                     #x00)))
      (a!283 (= (bvadd migrate0.isolated@9
                       (ite (= migrate0.newpage@9 #x00) #x01 #x00))
                #x00))
      (a!284 (not (and (not (= |pte[P0][0]@9| #x00))
                       (= |pte.folio[P0][0]@9| #x00))))
      (a!285 (bvadd (ite (= shmem.i_pages@9 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@9 #x01) #x01 #x00)))
      (a!287 (= |folio.mapcount[F1]@9|
                (ite (and (= |pte[P0][0]@9| #x01) (= |pte.folio[P0][0]@9| #x01))
                     #x01
                     #x00)))
      (a!288 (not (and (not (= |pte[P0][0]@9| #x00))
                       (= |pte.folio[P0][0]@9| #x01))))
      (a!291 (not (= (ite (= migrate0.newpage@9 #x00)
                          |folio.used[F0]@9|
                          |folio.used[F1]@9|)
                     #x00)))
      (a!293 (and (= migrate0.pc@9 #x07) (not (not (= migrate0.ok@9 #x00)))))
      (a!295 (not (and (bvuge |folio.refcount[F0]@9| #x01)
                       (not (= |folio.used[F0]@9| #x00)))))
      (a!297 (and (= migrate0.pc@9 #x09) (not (not (= migrate0.ok@9 #x00)))))
      (a!300 (not (and (not (= |folio.used[F0]@9| #x00))
                       (not (= |PG_lru[F0]@9| #x00)))))
      (a!301 (or (not (not (= |folio.used[F0]@9| #x00)))
                 (not (not (= |folio.used[F1]@9| #x00)))))
      (a!302 (ite (not (not (= |folio.used[F0]@9| #x00))) #x00 #x01))
      (a!304 (and (= migrate0.pc@9 #x03)
                  (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))
                  (not (= |PG_swapcache[F0]@9| #x00))))
      (a!305 (and (= migrate0.pc@9 #x03)
                  (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))
                  (not (not (= |PG_swapcache[F0]@9| #x00)))
                  (not (= |PG_dirty[F0]@9| #x00))))
      (a!306 (and (= migrate0.pc@9 #x03)
                  (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))
                  (not (not (= |PG_swapcache[F0]@9| #x00)))
                  (not (not (= |PG_dirty[F0]@9| #x00)))))
      (a!307 (not (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))))
      (a!308 (= (ite (not (= migrate0.mapping_is_swapper@9 #x00))
                     swapper_space.i_pages@9
                     shmem.i_pages@9)
                #x00))
      (a!311 (bvadd (ite (= shmem.i_pages@10 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@10 #x00) #x01 #x00)))
      (a!313 (= |folio.mapcount[F0]@10|
                (ite (and (= |pte[P0][0]@10| #x01)
                          (= |pte.folio[P0][0]@10| #x00))
                     #x01
                     #x00)))
      (a!314 (= (bvadd migrate0.isolated@10
                       (ite (= migrate0.newpage@10 #x00) #x01 #x00))
                #x00))
      (a!315 (not (and (not (= |pte[P0][0]@10| #x00))
                       (= |pte.folio[P0][0]@10| #x00))))
      (a!316 (bvadd (ite (= shmem.i_pages@10 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@10 #x01) #x01 #x00)))
      (a!318 (= |folio.mapcount[F1]@10|
                (ite (and (= |pte[P0][0]@10| #x01)
                          (= |pte.folio[P0][0]@10| #x01))
                     #x01
                     #x00)))
      (a!319 (not (and (not (= |pte[P0][0]@10| #x00))
                       (= |pte.folio[P0][0]@10| #x01))))
      (a!322 (not (= (ite (= migrate0.newpage@10 #x00)
                          |folio.used[F0]@10|
                          |folio.used[F1]@10|)
                     #x00)))
      (a!324 (and (= migrate0.pc@10 #x07) (not (not (= migrate0.ok@10 #x00)))))
      (a!326 (not (and (bvuge |folio.refcount[F0]@10| #x01)
                       (not (= |folio.used[F0]@10| #x00)))))
      (a!328 (and (= migrate0.pc@10 #x09) (not (not (= migrate0.ok@10 #x00)))))
      (a!331 (not (and (not (= |folio.used[F0]@10| #x00))
                       (not (= |PG_lru[F0]@10| #x00)))))
      (a!332 (or (not (not (= |folio.used[F0]@10| #x00)))
                 (not (not (= |folio.used[F1]@10| #x00)))))
      (a!333 (ite (not (not (= |folio.used[F0]@10| #x00))) #x00 #x01))
      (a!335 (and (= migrate0.pc@10 #x03)
                  (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))
                  (not (= |PG_swapcache[F0]@10| #x00))))
      (a!336 (and (= migrate0.pc@10 #x03)
                  (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))
                  (not (not (= |PG_swapcache[F0]@10| #x00)))
                  (not (= |PG_dirty[F0]@10| #x00))))
      (a!337 (and (= migrate0.pc@10 #x03)
                  (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))
                  (not (not (= |PG_swapcache[F0]@10| #x00)))
                  (not (not (= |PG_dirty[F0]@10| #x00)))))
      (a!338 (not (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))))
      (a!339 (= (ite (not (= migrate0.mapping_is_swapper@10 #x00))
                     swapper_space.i_pages@10
                     shmem.i_pages@10)
                #x00))
      (a!342 (bvadd (ite (= shmem.i_pages@11 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@11 #x00) #x01 #x00)))
      (a!344 (= |folio.mapcount[F0]@11|
                (ite (and (= |pte[P0][0]@11| #x01)
                          (= |pte.folio[P0][0]@11| #x00))
                     #x01
                     #x00)))
      (a!345 (= (bvadd migrate0.isolated@11
                       (ite (= migrate0.newpage@11 #x00) #x01 #x00))
                #x00))
      (a!346 (not (and (not (= |pte[P0][0]@11| #x00))
                       (= |pte.folio[P0][0]@11| #x00))))
      (a!347 (bvadd (ite (= shmem.i_pages@11 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@11 #x01) #x01 #x00)))
      (a!349 (= |folio.mapcount[F1]@11|
                (ite (and (= |pte[P0][0]@11| #x01)
                          (= |pte.folio[P0][0]@11| #x01))
                     #x01
                     #x00)))
      (a!350 (not (and (not (= |pte[P0][0]@11| #x00))
                       (= |pte.folio[P0][0]@11| #x01))))
      (a!353 (not (= (ite (= migrate0.newpage@11 #x00)
                          |folio.used[F0]@11|
                          |folio.used[F1]@11|)
                     #x00)))
      (a!355 (and (= migrate0.pc@11 #x07) (not (not (= migrate0.ok@11 #x00)))))
      (a!357 (not (and (bvuge |folio.refcount[F0]@11| #x01)
                       (not (= |folio.used[F0]@11| #x00)))))
      (a!359 (and (= migrate0.pc@11 #x09) (not (not (= migrate0.ok@11 #x00)))))
      (a!362 (not (and (not (= |folio.used[F0]@11| #x00))
                       (not (= |PG_lru[F0]@11| #x00)))))
      (a!363 (or (not (not (= |folio.used[F0]@11| #x00)))
                 (not (not (= |folio.used[F1]@11| #x00)))))
      (a!364 (ite (not (not (= |folio.used[F0]@11| #x00))) #x00 #x01))
      (a!366 (and (= migrate0.pc@11 #x03)
                  (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))
                  (not (= |PG_swapcache[F0]@11| #x00))))
      (a!367 (and (= migrate0.pc@11 #x03)
                  (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))
                  (not (not (= |PG_swapcache[F0]@11| #x00)))
                  (not (= |PG_dirty[F0]@11| #x00))))
      (a!368 (and (= migrate0.pc@11 #x03)
                  (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))
                  (not (not (= |PG_swapcache[F0]@11| #x00)))
                  (not (not (= |PG_dirty[F0]@11| #x00)))))
      (a!369 (not (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))))
      (a!370 (= (ite (not (= migrate0.mapping_is_swapper@11 #x00))
                     swapper_space.i_pages@11
                     shmem.i_pages@11)
                #x00))
      (a!373 (bvadd (ite (= shmem.i_pages@12 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@12 #x00) #x01 #x00)))
      (a!375 (= |folio.mapcount[F0]@12|
                (ite (and (= |pte[P0][0]@12| #x01)
                          (= |pte.folio[P0][0]@12| #x00))
                     #x01
                     #x00)))
      (a!376 (= (bvadd migrate0.isolated@12
                       (ite (= migrate0.newpage@12 #x00) #x01 #x00))
                #x00))
      (a!377 (not (and (not (= |pte[P0][0]@12| #x00))
                       (= |pte.folio[P0][0]@12| #x00))))
      (a!378 (bvadd (ite (= shmem.i_pages@12 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@12 #x01) #x01 #x00)))
      (a!380 (= |folio.mapcount[F1]@12|
                (ite (and (= |pte[P0][0]@12| #x01)
                          (= |pte.folio[P0][0]@12| #x01))
                     #x01
                     #x00)))
      (a!381 (not (and (not (= |pte[P0][0]@12| #x00))
                       (= |pte.folio[P0][0]@12| #x01))))
      (a!384 (not (= (ite (= migrate0.newpage@12 #x00)
                          |folio.used[F0]@12|
                          |folio.used[F1]@12|)
                     #x00)))
      (a!386 (and (= migrate0.pc@12 #x07) (not (not (= migrate0.ok@12 #x00)))))
      (a!388 (not (and (bvuge |folio.refcount[F0]@12| #x01)
                       (not (= |folio.used[F0]@12| #x00)))))
      (a!390 (and (= migrate0.pc@12 #x09) (not (not (= migrate0.ok@12 #x00)))))
      (a!393 (not (and (not (= |folio.used[F0]@12| #x00))
                       (not (= |PG_lru[F0]@12| #x00)))))
      (a!394 (or (not (not (= |folio.used[F0]@12| #x00)))
                 (not (not (= |folio.used[F1]@12| #x00)))))
      (a!395 (ite (not (not (= |folio.used[F0]@12| #x00))) #x00 #x01))
      (a!397 (and (= migrate0.pc@12 #x03)
                  (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))
                  (not (= |PG_swapcache[F0]@12| #x00))))
      (a!398 (and (= migrate0.pc@12 #x03)
                  (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))
                  (not (not (= |PG_swapcache[F0]@12| #x00)))
                  (not (= |PG_dirty[F0]@12| #x00))))
      (a!399 (and (= migrate0.pc@12 #x03)
                  (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))
                  (not (not (= |PG_swapcache[F0]@12| #x00)))
                  (not (not (= |PG_dirty[F0]@12| #x00)))))
      (a!400 (not (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))))
      (a!401 (= (ite (not (= migrate0.mapping_is_swapper@12 #x00))
                     swapper_space.i_pages@12
                     shmem.i_pages@12)
                #x00)))
(let ((a!2 (bvadd |folio.mapcount[F0]@0|
                  (bvadd migrate0.isolated@0
                         (ite (= migrate0.newpage@0 #x00) #x01 #x00))
                  a!1))
      (a!7 (= |folio.refcount[F1]@0|
              (bvadd |folio.mapcount[F1]@0|
                     (ite (= migrate0.newpage@0 #x01) #x01 #x00)
                     a!6)))
      (a!10 (and (= |folio.refcount[F1]@0| #x00)
                 (= |folio.mapcount[F1]@0| #x00)
                 (= (ite (= migrate0.newpage@0 #x01) #x01 #x00) #x00)
                 (= a!6 #x00)
                 a!9))
      (a!13 (and (bvuge (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!12))
      (a!17 (and (and (= migrate0.pc@0 #x09) (not (= migrate0.ok@0 #x00))) a!16))
      (a!19 (or (not (not (= |folio.used[F0]@0| #x00)))
                (and (or (bvugt |folio.mapcount[F0]@0| #x00) (bvugt a!1 #x00))
                     (not (= |PG_lru[F0]@0| #x00))
                     (= |PG_locked[F0]@0| #x00))))
      (a!20 (or (not (not (= |folio.used[F1]@0| #x00)))
                (and (or (bvugt |folio.mapcount[F1]@0| #x00) (bvugt a!6 #x00))
                     (not (= |PG_lru[F1]@0| #x00))
                     (= |PG_locked[F1]@0| #x00))))
      (a!24 (and (= migrate0.pc@0 #x02)
                 a!22
                 (= (ite (= a!23 #x00) |PG_locked[F0]@0| |PG_locked[F1]@0|)
                    #x00)))
      (a!30 (not (and (not (= |page.mapping(shmem)[F0]@0| #x00))
                      (= |folio.refcount[F0]@0| #x02)
                      a!29)))
      (a!33 (bvadd |folio.mapcount[F0]@1|
                   (bvadd migrate0.isolated@1
                          (ite (= migrate0.newpage@1 #x00) #x01 #x00))
                   a!32))
      (a!38 (= |folio.refcount[F1]@1|
               (bvadd |folio.mapcount[F1]@1|
                      (ite (= migrate0.newpage@1 #x01) #x01 #x00)
                      a!37)))
      (a!41 (and (= |folio.refcount[F1]@1| #x00)
                 (= |folio.mapcount[F1]@1| #x00)
                 (= (ite (= migrate0.newpage@1 #x01) #x01 #x00) #x00)
                 (= a!37 #x00)
                 a!40))
      (a!44 (and (bvuge (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!43))
      (a!48 (and (and (= migrate0.pc@1 #x09) (not (= migrate0.ok@1 #x00))) a!47))
      (a!50 (or (not (not (= |folio.used[F0]@1| #x00)))
                (and (or (bvugt |folio.mapcount[F0]@1| #x00) (bvugt a!32 #x00))
                     (not (= |PG_lru[F0]@1| #x00))
                     (= |PG_locked[F0]@1| #x00))))
      (a!51 (or (not (not (= |folio.used[F1]@1| #x00)))
                (and (or (bvugt |folio.mapcount[F1]@1| #x00) (bvugt a!37 #x00))
                     (not (= |PG_lru[F1]@1| #x00))
                     (= |PG_locked[F1]@1| #x00))))
      (a!55 (and (= migrate0.pc@1 #x02)
                 a!53
                 (= (ite (= a!54 #x00) |PG_locked[F0]@1| |PG_locked[F1]@1|)
                    #x00)))
      (a!61 (not (and (not (= |page.mapping(shmem)[F0]@1| #x00))
                      (= |folio.refcount[F0]@1| #x02)
                      a!60)))
      (a!64 (bvadd |folio.mapcount[F0]@2|
                   (bvadd migrate0.isolated@2
                          (ite (= migrate0.newpage@2 #x00) #x01 #x00))
                   a!63))
      (a!69 (= |folio.refcount[F1]@2|
               (bvadd |folio.mapcount[F1]@2|
                      (ite (= migrate0.newpage@2 #x01) #x01 #x00)
                      a!68)))
      (a!72 (and (= |folio.refcount[F1]@2| #x00)
                 (= |folio.mapcount[F1]@2| #x00)
                 (= (ite (= migrate0.newpage@2 #x01) #x01 #x00) #x00)
                 (= a!68 #x00)
                 a!71))
      (a!75 (and (bvuge (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!74))
      (a!79 (and (and (= migrate0.pc@2 #x09) (not (= migrate0.ok@2 #x00))) a!78))
      (a!81 (or (not (not (= |folio.used[F0]@2| #x00)))
                (and (or (bvugt |folio.mapcount[F0]@2| #x00) (bvugt a!63 #x00))
                     (not (= |PG_lru[F0]@2| #x00))
                     (= |PG_locked[F0]@2| #x00))))
      (a!82 (or (not (not (= |folio.used[F1]@2| #x00)))
                (and (or (bvugt |folio.mapcount[F1]@2| #x00) (bvugt a!68 #x00))
                     (not (= |PG_lru[F1]@2| #x00))
                     (= |PG_locked[F1]@2| #x00))))
      (a!86 (and (= migrate0.pc@2 #x02)
                 a!84
                 (= (ite (= a!85 #x00) |PG_locked[F0]@2| |PG_locked[F1]@2|)
                    #x00)))
      (a!92 (not (and (not (= |page.mapping(shmem)[F0]@2| #x00))
                      (= |folio.refcount[F0]@2| #x02)
                      a!91)))
      (a!95 (bvadd |folio.mapcount[F0]@3|
                   (bvadd migrate0.isolated@3
                          (ite (= migrate0.newpage@3 #x00) #x01 #x00))
                   a!94))
      (a!100 (= |folio.refcount[F1]@3|
                (bvadd |folio.mapcount[F1]@3|
                       (ite (= migrate0.newpage@3 #x01) #x01 #x00)
                       a!99)))
      (a!103 (and (= |folio.refcount[F1]@3| #x00)
                  (= |folio.mapcount[F1]@3| #x00)
                  (= (ite (= migrate0.newpage@3 #x01) #x01 #x00) #x00)
                  (= a!99 #x00)
                  a!102))
      (a!106 (and (bvuge (ite (= migrate0.newpage@3 #x00)
                              |folio.refcount[F0]@3|
                              |folio.refcount[F1]@3|)
                         #x01)
                  a!105))
      (a!110 (and (and (= migrate0.pc@3 #x09) (not (= migrate0.ok@3 #x00)))
                  a!109))
      (a!112 (or (not (not (= |folio.used[F0]@3| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@3| #x00) (bvugt a!94 #x00))
                      (not (= |PG_lru[F0]@3| #x00))
                      (= |PG_locked[F0]@3| #x00))))
      (a!113 (or (not (not (= |folio.used[F1]@3| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@3| #x00) (bvugt a!99 #x00))
                      (not (= |PG_lru[F1]@3| #x00))
                      (= |PG_locked[F1]@3| #x00))))
      (a!117 (and (= migrate0.pc@3 #x02)
                  a!115
                  (= (ite (= a!116 #x00) |PG_locked[F0]@3| |PG_locked[F1]@3|)
                     #x00)))
      (a!123 (not (and (not (= |page.mapping(shmem)[F0]@3| #x00))
                       (= |folio.refcount[F0]@3| #x02)
                       a!122)))
      (a!126 (bvadd |folio.mapcount[F0]@4|
                    (bvadd migrate0.isolated@4
                           (ite (= migrate0.newpage@4 #x00) #x01 #x00))
                    a!125))
      (a!131 (= |folio.refcount[F1]@4|
                (bvadd |folio.mapcount[F1]@4|
                       (ite (= migrate0.newpage@4 #x01) #x01 #x00)
                       a!130)))
      (a!134 (and (= |folio.refcount[F1]@4| #x00)
                  (= |folio.mapcount[F1]@4| #x00)
                  (= (ite (= migrate0.newpage@4 #x01) #x01 #x00) #x00)
                  (= a!130 #x00)
                  a!133))
      (a!137 (and (bvuge (ite (= migrate0.newpage@4 #x00)
                              |folio.refcount[F0]@4|
                              |folio.refcount[F1]@4|)
                         #x01)
                  a!136))
      (a!141 (and (and (= migrate0.pc@4 #x09) (not (= migrate0.ok@4 #x00)))
                  a!140))
      (a!143 (or (not (not (= |folio.used[F0]@4| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@4| #x00)
                          (bvugt a!125 #x00))
                      (not (= |PG_lru[F0]@4| #x00))
                      (= |PG_locked[F0]@4| #x00))))
      (a!144 (or (not (not (= |folio.used[F1]@4| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@4| #x00)
                          (bvugt a!130 #x00))
                      (not (= |PG_lru[F1]@4| #x00))
                      (= |PG_locked[F1]@4| #x00))))
      (a!148 (and (= migrate0.pc@4 #x02)
                  a!146
                  (= (ite (= a!147 #x00) |PG_locked[F0]@4| |PG_locked[F1]@4|)
                     #x00)))
      (a!154 (not (and (not (= |page.mapping(shmem)[F0]@4| #x00))
                       (= |folio.refcount[F0]@4| #x02)
                       a!153)))
      (a!157 (bvadd |folio.mapcount[F0]@5|
                    (bvadd migrate0.isolated@5
                           (ite (= migrate0.newpage@5 #x00) #x01 #x00))
                    a!156))
      (a!162 (= |folio.refcount[F1]@5|
                (bvadd |folio.mapcount[F1]@5|
                       (ite (= migrate0.newpage@5 #x01) #x01 #x00)
                       a!161)))
      (a!165 (and (= |folio.refcount[F1]@5| #x00)
                  (= |folio.mapcount[F1]@5| #x00)
                  (= (ite (= migrate0.newpage@5 #x01) #x01 #x00) #x00)
                  (= a!161 #x00)
                  a!164))
      (a!168 (and (bvuge (ite (= migrate0.newpage@5 #x00)
                              |folio.refcount[F0]@5|
                              |folio.refcount[F1]@5|)
                         #x01)
                  a!167))
      (a!172 (and (and (= migrate0.pc@5 #x09) (not (= migrate0.ok@5 #x00)))
                  a!171))
      (a!174 (or (not (not (= |folio.used[F0]@5| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@5| #x00)
                          (bvugt a!156 #x00))
                      (not (= |PG_lru[F0]@5| #x00))
                      (= |PG_locked[F0]@5| #x00))))
      (a!175 (or (not (not (= |folio.used[F1]@5| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@5| #x00)
                          (bvugt a!161 #x00))
                      (not (= |PG_lru[F1]@5| #x00))
                      (= |PG_locked[F1]@5| #x00))))
      (a!179 (and (= migrate0.pc@5 #x02)
                  a!177
                  (= (ite (= a!178 #x00) |PG_locked[F0]@5| |PG_locked[F1]@5|)
                     #x00)))
      (a!185 (not (and (not (= |page.mapping(shmem)[F0]@5| #x00))
                       (= |folio.refcount[F0]@5| #x02)
                       a!184)))
      (a!188 (bvadd |folio.mapcount[F0]@6|
                    (bvadd migrate0.isolated@6
                           (ite (= migrate0.newpage@6 #x00) #x01 #x00))
                    a!187))
      (a!193 (= |folio.refcount[F1]@6|
                (bvadd |folio.mapcount[F1]@6|
                       (ite (= migrate0.newpage@6 #x01) #x01 #x00)
                       a!192)))
      (a!196 (and (= |folio.refcount[F1]@6| #x00)
                  (= |folio.mapcount[F1]@6| #x00)
                  (= (ite (= migrate0.newpage@6 #x01) #x01 #x00) #x00)
                  (= a!192 #x00)
                  a!195))
      (a!199 (and (bvuge (ite (= migrate0.newpage@6 #x00)
                              |folio.refcount[F0]@6|
                              |folio.refcount[F1]@6|)
                         #x01)
                  a!198))
      (a!203 (and (and (= migrate0.pc@6 #x09) (not (= migrate0.ok@6 #x00)))
                  a!202))
      (a!205 (or (not (not (= |folio.used[F0]@6| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@6| #x00)
                          (bvugt a!187 #x00))
                      (not (= |PG_lru[F0]@6| #x00))
                      (= |PG_locked[F0]@6| #x00))))
      (a!206 (or (not (not (= |folio.used[F1]@6| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@6| #x00)
                          (bvugt a!192 #x00))
                      (not (= |PG_lru[F1]@6| #x00))
                      (= |PG_locked[F1]@6| #x00))))
      (a!210 (and (= migrate0.pc@6 #x02)
                  a!208
                  (= (ite (= a!209 #x00) |PG_locked[F0]@6| |PG_locked[F1]@6|)
                     #x00)))
      (a!216 (not (and (not (= |page.mapping(shmem)[F0]@6| #x00))
                       (= |folio.refcount[F0]@6| #x02)
                       a!215)))
      (a!219 (bvadd |folio.mapcount[F0]@7|
                    (bvadd migrate0.isolated@7
                           (ite (= migrate0.newpage@7 #x00) #x01 #x00))
                    a!218))
      (a!224 (= |folio.refcount[F1]@7|
                (bvadd |folio.mapcount[F1]@7|
                       (ite (= migrate0.newpage@7 #x01) #x01 #x00)
                       a!223)))
      (a!227 (and (= |folio.refcount[F1]@7| #x00)
                  (= |folio.mapcount[F1]@7| #x00)
                  (= (ite (= migrate0.newpage@7 #x01) #x01 #x00) #x00)
                  (= a!223 #x00)
                  a!226))
      (a!230 (and (bvuge (ite (= migrate0.newpage@7 #x00)
                              |folio.refcount[F0]@7|
                              |folio.refcount[F1]@7|)
                         #x01)
                  a!229))
      (a!234 (and (and (= migrate0.pc@7 #x09) (not (= migrate0.ok@7 #x00)))
                  a!233))
      (a!236 (or (not (not (= |folio.used[F0]@7| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@7| #x00)
                          (bvugt a!218 #x00))
                      (not (= |PG_lru[F0]@7| #x00))
                      (= |PG_locked[F0]@7| #x00))))
      (a!237 (or (not (not (= |folio.used[F1]@7| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@7| #x00)
                          (bvugt a!223 #x00))
                      (not (= |PG_lru[F1]@7| #x00))
                      (= |PG_locked[F1]@7| #x00))))
      (a!241 (and (= migrate0.pc@7 #x02)
                  a!239
                  (= (ite (= a!240 #x00) |PG_locked[F0]@7| |PG_locked[F1]@7|)
                     #x00)))
      (a!247 (not (and (not (= |page.mapping(shmem)[F0]@7| #x00))
                       (= |folio.refcount[F0]@7| #x02)
                       a!246)))
      (a!250 (bvadd |folio.mapcount[F0]@8|
                    (bvadd migrate0.isolated@8
                           (ite (= migrate0.newpage@8 #x00) #x01 #x00))
                    a!249))
      (a!255 (= |folio.refcount[F1]@8|
                (bvadd |folio.mapcount[F1]@8|
                       (ite (= migrate0.newpage@8 #x01) #x01 #x00)
                       a!254)))
      (a!258 (and (= |folio.refcount[F1]@8| #x00)
                  (= |folio.mapcount[F1]@8| #x00)
                  (= (ite (= migrate0.newpage@8 #x01) #x01 #x00) #x00)
                  (= a!254 #x00)
                  a!257))
      (a!261 (and (bvuge (ite (= migrate0.newpage@8 #x00)
                              |folio.refcount[F0]@8|
                              |folio.refcount[F1]@8|)
                         #x01)
                  a!260))
      (a!265 (and (and (= migrate0.pc@8 #x09) (not (= migrate0.ok@8 #x00)))
                  a!264))
      (a!267 (or (not (not (= |folio.used[F0]@8| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@8| #x00)
                          (bvugt a!249 #x00))
                      (not (= |PG_lru[F0]@8| #x00))
                      (= |PG_locked[F0]@8| #x00))))
      (a!268 (or (not (not (= |folio.used[F1]@8| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@8| #x00)
                          (bvugt a!254 #x00))
                      (not (= |PG_lru[F1]@8| #x00))
                      (= |PG_locked[F1]@8| #x00))))
      (a!272 (and (= migrate0.pc@8 #x02)
                  a!270
                  (= (ite (= a!271 #x00) |PG_locked[F0]@8| |PG_locked[F1]@8|)
                     #x00)))
      (a!278 (not (and (not (= |page.mapping(shmem)[F0]@8| #x00))
                       (= |folio.refcount[F0]@8| #x02)
                       a!277)))
      (a!281 (bvadd |folio.mapcount[F0]@9|
                    (bvadd migrate0.isolated@9
                           (ite (= migrate0.newpage@9 #x00) #x01 #x00))
                    a!280))
      (a!286 (= |folio.refcount[F1]@9|
                (bvadd |folio.mapcount[F1]@9|
                       (ite (= migrate0.newpage@9 #x01) #x01 #x00)
                       a!285)))
      (a!289 (and (= |folio.refcount[F1]@9| #x00)
                  (= |folio.mapcount[F1]@9| #x00)
                  (= (ite (= migrate0.newpage@9 #x01) #x01 #x00) #x00)
                  (= a!285 #x00)
                  a!288))
      (a!292 (and (bvuge (ite (= migrate0.newpage@9 #x00)
                              |folio.refcount[F0]@9|
                              |folio.refcount[F1]@9|)
                         #x01)
                  a!291))
      (a!296 (and (and (= migrate0.pc@9 #x09) (not (= migrate0.ok@9 #x00)))
                  a!295))
      (a!298 (or (not (not (= |folio.used[F0]@9| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@9| #x00)
                          (bvugt a!280 #x00))
                      (not (= |PG_lru[F0]@9| #x00))
                      (= |PG_locked[F0]@9| #x00))))
      (a!299 (or (not (not (= |folio.used[F1]@9| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@9| #x00)
                          (bvugt a!285 #x00))
                      (not (= |PG_lru[F1]@9| #x00))
                      (= |PG_locked[F1]@9| #x00))))
      (a!303 (and (= migrate0.pc@9 #x02)
                  a!301
                  (= (ite (= a!302 #x00) |PG_locked[F0]@9| |PG_locked[F1]@9|)
                     #x00)))
      (a!309 (not (and (not (= |page.mapping(shmem)[F0]@9| #x00))
                       (= |folio.refcount[F0]@9| #x02)
                       a!308)))
      (a!312 (bvadd |folio.mapcount[F0]@10|
                    (bvadd migrate0.isolated@10
                           (ite (= migrate0.newpage@10 #x00) #x01 #x00))
                    a!311))
      (a!317 (= |folio.refcount[F1]@10|
                (bvadd |folio.mapcount[F1]@10|
                       (ite (= migrate0.newpage@10 #x01) #x01 #x00)
                       a!316)))
      (a!320 (and (= |folio.refcount[F1]@10| #x00)
                  (= |folio.mapcount[F1]@10| #x00)
                  (= (ite (= migrate0.newpage@10 #x01) #x01 #x00) #x00)
                  (= a!316 #x00)
                  a!319))
      (a!323 (and (bvuge (ite (= migrate0.newpage@10 #x00)
                              |folio.refcount[F0]@10|
                              |folio.refcount[F1]@10|)
                         #x01)
                  a!322))
      (a!327 (and (and (= migrate0.pc@10 #x09) (not (= migrate0.ok@10 #x00)))
                  a!326))
      (a!329 (or (not (not (= |folio.used[F0]@10| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@10| #x00)
                          (bvugt a!311 #x00))
                      (not (= |PG_lru[F0]@10| #x00))
                      (= |PG_locked[F0]@10| #x00))))
      (a!330 (or (not (not (= |folio.used[F1]@10| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@10| #x00)
                          (bvugt a!316 #x00))
                      (not (= |PG_lru[F1]@10| #x00))
                      (= |PG_locked[F1]@10| #x00))))
      (a!334 (and (= migrate0.pc@10 #x02)
                  a!332
                  (= (ite (= a!333 #x00) |PG_locked[F0]@10| |PG_locked[F1]@10|)
                     #x00)))
      (a!340 (not (and (not (= |page.mapping(shmem)[F0]@10| #x00))
                       (= |folio.refcount[F0]@10| #x02)
                       a!339)))
      (a!343 (bvadd |folio.mapcount[F0]@11|
                    (bvadd migrate0.isolated@11
                           (ite (= migrate0.newpage@11 #x00) #x01 #x00))
                    a!342))
      (a!348 (= |folio.refcount[F1]@11|
                (bvadd |folio.mapcount[F1]@11|
                       (ite (= migrate0.newpage@11 #x01) #x01 #x00)
                       a!347)))
      (a!351 (and (= |folio.refcount[F1]@11| #x00)
                  (= |folio.mapcount[F1]@11| #x00)
                  (= (ite (= migrate0.newpage@11 #x01) #x01 #x00) #x00)
                  (= a!347 #x00)
                  a!350))
      (a!354 (and (bvuge (ite (= migrate0.newpage@11 #x00)
                              |folio.refcount[F0]@11|
                              |folio.refcount[F1]@11|)
                         #x01)
                  a!353))
      (a!358 (and (and (= migrate0.pc@11 #x09) (not (= migrate0.ok@11 #x00)))
                  a!357))
      (a!360 (or (not (not (= |folio.used[F0]@11| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@11| #x00)
                          (bvugt a!342 #x00))
                      (not (= |PG_lru[F0]@11| #x00))
                      (= |PG_locked[F0]@11| #x00))))
      (a!361 (or (not (not (= |folio.used[F1]@11| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@11| #x00)
                          (bvugt a!347 #x00))
                      (not (= |PG_lru[F1]@11| #x00))
                      (= |PG_locked[F1]@11| #x00))))
      (a!365 (and (= migrate0.pc@11 #x02)
                  a!363
                  (= (ite (= a!364 #x00) |PG_locked[F0]@11| |PG_locked[F1]@11|)
                     #x00)))
      (a!371 (not (and (not (= |page.mapping(shmem)[F0]@11| #x00))
                       (= |folio.refcount[F0]@11| #x02)
                       a!370)))
      (a!374 (bvadd |folio.mapcount[F0]@12|
                    (bvadd migrate0.isolated@12
                           (ite (= migrate0.newpage@12 #x00) #x01 #x00))
                    a!373))
      (a!379 (= |folio.refcount[F1]@12|
                (bvadd |folio.mapcount[F1]@12|
                       (ite (= migrate0.newpage@12 #x01) #x01 #x00)
                       a!378)))
      (a!382 (and (= |folio.refcount[F1]@12| #x00)
                  (= |folio.mapcount[F1]@12| #x00)
                  (= (ite (= migrate0.newpage@12 #x01) #x01 #x00) #x00)
                  (= a!378 #x00)
                  a!381))
      (a!385 (and (bvuge (ite (= migrate0.newpage@12 #x00)
                              |folio.refcount[F0]@12|
                              |folio.refcount[F1]@12|)
                         #x01)
                  a!384))
      (a!389 (and (and (= migrate0.pc@12 #x09) (not (= migrate0.ok@12 #x00)))
                  a!388))
      (a!391 (or (not (not (= |folio.used[F0]@12| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@12| #x00)
                          (bvugt a!373 #x00))
                      (not (= |PG_lru[F0]@12| #x00))
                      (= |PG_locked[F0]@12| #x00))))
      (a!392 (or (not (not (= |folio.used[F1]@12| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@12| #x00)
                          (bvugt a!378 #x00))
                      (not (= |PG_lru[F1]@12| #x00))
                      (= |PG_locked[F1]@12| #x00))))
      (a!396 (and (= migrate0.pc@12 #x02)
                  a!394
                  (= (ite (= a!395 #x00) |PG_locked[F0]@12| |PG_locked[F1]@12|)
                     #x00)))
      (a!402 (not (and (not (= |page.mapping(shmem)[F0]@12| #x00))
                       (= |folio.refcount[F0]@12| #x02)
                       a!401))))
(let ((a!11 (and (ite (not (= |folio.used[F0]@0| #x00))
                      (and (= |folio.refcount[F0]@0| a!2) a!3)
                      (and (= |folio.refcount[F0]@0| #x00)
                           (= |folio.mapcount[F0]@0| #x00)
                           a!4
                           (= a!1 #x00)
                           a!5))
                 (ite (not (= |folio.used[F1]@0| #x00)) (and a!7 a!8) a!10)))
      (a!15 (and (and (= migrate0.pc@0 #x09) (not (= migrate0.ok@0 #x00)))
                 (not a!13)))
      (a!31 (or (and (= migrate0.pc@0 #x00)
                     (not (= |folio.used[F0]@0| #x00))
                     (not (= |PG_lru[F0]@0| #x00)))
                (and (= migrate0.pc@0 #x00) a!21)
                (and (= migrate0.pc@0 #x01) (= |PG_locked[F0]@0| #x00))
                a!24
                a!25
                a!26
                a!27
                (and (= migrate0.pc@0 #x03) a!28)
                (= migrate0.pc@0 #x04)
                (and (= migrate0.pc@0 #x05)
                     (not (= |page.mapping(shmem)[F0]@0| #x00))
                     (= |folio.refcount[F0]@0| #x02)
                     a!29)
                (and (= migrate0.pc@0 #x05) a!30)
                (= migrate0.pc@0 #x06)
                (and (= migrate0.pc@0 #x07) (not (= migrate0.ok@0 #x00)))
                a!14
                (and (= migrate0.pc@0 #x09) (not (= migrate0.ok@0 #x00)))
                a!18
                (and (= migrate0.pc@0 #x08) (bvult migrate0.pass@0 #x01))
                (and (= migrate0.pc@0 #x08) (bvuge migrate0.pass@0 #x01))))
      (a!42 (and (ite (not (= |folio.used[F0]@1| #x00))
                      (and (= |folio.refcount[F0]@1| a!33) a!34)
                      (and (= |folio.refcount[F0]@1| #x00)
                           (= |folio.mapcount[F0]@1| #x00)
                           a!35
                           (= a!32 #x00)
                           a!36))
                 (ite (not (= |folio.used[F1]@1| #x00)) (and a!38 a!39) a!41)))
      (a!46 (and (and (= migrate0.pc@1 #x09) (not (= migrate0.ok@1 #x00)))
                 (not a!44)))
      (a!62 (or (and (= migrate0.pc@1 #x00)
                     (not (= |folio.used[F0]@1| #x00))
                     (not (= |PG_lru[F0]@1| #x00)))
                (and (= migrate0.pc@1 #x00) a!52)
                (and (= migrate0.pc@1 #x01) (= |PG_locked[F0]@1| #x00))
                a!55
                a!56
                a!57
                a!58
                (and (= migrate0.pc@1 #x03) a!59)
                (= migrate0.pc@1 #x04)
                (and (= migrate0.pc@1 #x05)
                     (not (= |page.mapping(shmem)[F0]@1| #x00))
                     (= |folio.refcount[F0]@1| #x02)
                     a!60)
                (and (= migrate0.pc@1 #x05) a!61)
                (= migrate0.pc@1 #x06)
                (and (= migrate0.pc@1 #x07) (not (= migrate0.ok@1 #x00)))
                a!45
                (and (= migrate0.pc@1 #x09) (not (= migrate0.ok@1 #x00)))
                a!49
                (and (= migrate0.pc@1 #x08) (bvult migrate0.pass@1 #x01))
                (and (= migrate0.pc@1 #x08) (bvuge migrate0.pass@1 #x01))))
      (a!73 (and (ite (not (= |folio.used[F0]@2| #x00))
                      (and (= |folio.refcount[F0]@2| a!64) a!65)
                      (and (= |folio.refcount[F0]@2| #x00)
                           (= |folio.mapcount[F0]@2| #x00)
                           a!66
                           (= a!63 #x00)
                           a!67))
                 (ite (not (= |folio.used[F1]@2| #x00)) (and a!69 a!70) a!72)))
      (a!77 (and (and (= migrate0.pc@2 #x09) (not (= migrate0.ok@2 #x00)))
                 (not a!75)))
      (a!93 (or (and (= migrate0.pc@2 #x00)
                     (not (= |folio.used[F0]@2| #x00))
                     (not (= |PG_lru[F0]@2| #x00)))
                (and (= migrate0.pc@2 #x00) a!83)
                (and (= migrate0.pc@2 #x01) (= |PG_locked[F0]@2| #x00))
                a!86
                a!87
                a!88
                a!89
                (and (= migrate0.pc@2 #x03) a!90)
                (= migrate0.pc@2 #x04)
                (and (= migrate0.pc@2 #x05)
                     (not (= |page.mapping(shmem)[F0]@2| #x00))
                     (= |folio.refcount[F0]@2| #x02)
                     a!91)
                (and (= migrate0.pc@2 #x05) a!92)
                (= migrate0.pc@2 #x06)
                (and (= migrate0.pc@2 #x07) (not (= migrate0.ok@2 #x00)))
                a!76
                (and (= migrate0.pc@2 #x09) (not (= migrate0.ok@2 #x00)))
                a!80
                (and (= migrate0.pc@2 #x08) (bvult migrate0.pass@2 #x01))
                (and (= migrate0.pc@2 #x08) (bvuge migrate0.pass@2 #x01))))
      (a!104 (and (ite (not (= |folio.used[F0]@3| #x00))
                       (and (= |folio.refcount[F0]@3| a!95) a!96)
                       (and (= |folio.refcount[F0]@3| #x00)
                            (= |folio.mapcount[F0]@3| #x00)
                            a!97
                            (= a!94 #x00)
                            a!98))
                  (ite (not (= |folio.used[F1]@3| #x00))
                       (and a!100 a!101)
                       a!103)))
      (a!108 (and (and (= migrate0.pc@3 #x09) (not (= migrate0.ok@3 #x00)))
                  (not a!106)))
      (a!124 (or (and (= migrate0.pc@3 #x00)
                      (not (= |folio.used[F0]@3| #x00))
                      (not (= |PG_lru[F0]@3| #x00)))
                 (and (= migrate0.pc@3 #x00) a!114)
                 (and (= migrate0.pc@3 #x01) (= |PG_locked[F0]@3| #x00))
                 a!117
                 a!118
                 a!119
                 a!120
                 (and (= migrate0.pc@3 #x03) a!121)
                 (= migrate0.pc@3 #x04)
                 (and (= migrate0.pc@3 #x05)
                      (not (= |page.mapping(shmem)[F0]@3| #x00))
                      (= |folio.refcount[F0]@3| #x02)
                      a!122)
                 (and (= migrate0.pc@3 #x05) a!123)
                 (= migrate0.pc@3 #x06)
                 (and (= migrate0.pc@3 #x07) (not (= migrate0.ok@3 #x00)))
                 a!107
                 (and (= migrate0.pc@3 #x09) (not (= migrate0.ok@3 #x00)))
                 a!111
                 (and (= migrate0.pc@3 #x08) (bvult migrate0.pass@3 #x01))
                 (and (= migrate0.pc@3 #x08) (bvuge migrate0.pass@3 #x01))))
      (a!135 (and (ite (not (= |folio.used[F0]@4| #x00))
                       (and (= |folio.refcount[F0]@4| a!126) a!127)
                       (and (= |folio.refcount[F0]@4| #x00)
                            (= |folio.mapcount[F0]@4| #x00)
                            a!128
                            (= a!125 #x00)
                            a!129))
                  (ite (not (= |folio.used[F1]@4| #x00))
                       (and a!131 a!132)
                       a!134)))
      (a!139 (and (and (= migrate0.pc@4 #x09) (not (= migrate0.ok@4 #x00)))
                  (not a!137)))
      (a!155 (or (and (= migrate0.pc@4 #x00)
                      (not (= |folio.used[F0]@4| #x00))
                      (not (= |PG_lru[F0]@4| #x00)))
                 (and (= migrate0.pc@4 #x00) a!145)
                 (and (= migrate0.pc@4 #x01) (= |PG_locked[F0]@4| #x00))
                 a!148
                 a!149
                 a!150
                 a!151
                 (and (= migrate0.pc@4 #x03) a!152)
                 (= migrate0.pc@4 #x04)
                 (and (= migrate0.pc@4 #x05)
                      (not (= |page.mapping(shmem)[F0]@4| #x00))
                      (= |folio.refcount[F0]@4| #x02)
                      a!153)
                 (and (= migrate0.pc@4 #x05) a!154)
                 (= migrate0.pc@4 #x06)
                 (and (= migrate0.pc@4 #x07) (not (= migrate0.ok@4 #x00)))
                 a!138
                 (and (= migrate0.pc@4 #x09) (not (= migrate0.ok@4 #x00)))
                 a!142
                 (and (= migrate0.pc@4 #x08) (bvult migrate0.pass@4 #x01))
                 (and (= migrate0.pc@4 #x08) (bvuge migrate0.pass@4 #x01))))
      (a!166 (and (ite (not (= |folio.used[F0]@5| #x00))
                       (and (= |folio.refcount[F0]@5| a!157) a!158)
                       (and (= |folio.refcount[F0]@5| #x00)
                            (= |folio.mapcount[F0]@5| #x00)
                            a!159
                            (= a!156 #x00)
                            a!160))
                  (ite (not (= |folio.used[F1]@5| #x00))
                       (and a!162 a!163)
                       a!165)))
      (a!170 (and (and (= migrate0.pc@5 #x09) (not (= migrate0.ok@5 #x00)))
                  (not a!168)))
      (a!186 (or (and (= migrate0.pc@5 #x00)
                      (not (= |folio.used[F0]@5| #x00))
                      (not (= |PG_lru[F0]@5| #x00)))
                 (and (= migrate0.pc@5 #x00) a!176)
                 (and (= migrate0.pc@5 #x01) (= |PG_locked[F0]@5| #x00))
                 a!179
                 a!180
                 a!181
                 a!182
                 (and (= migrate0.pc@5 #x03) a!183)
                 (= migrate0.pc@5 #x04)
                 (and (= migrate0.pc@5 #x05)
                      (not (= |page.mapping(shmem)[F0]@5| #x00))
                      (= |folio.refcount[F0]@5| #x02)
                      a!184)
                 (and (= migrate0.pc@5 #x05) a!185)
                 (= migrate0.pc@5 #x06)
                 (and (= migrate0.pc@5 #x07) (not (= migrate0.ok@5 #x00)))
                 a!169
                 (and (= migrate0.pc@5 #x09) (not (= migrate0.ok@5 #x00)))
                 a!173
                 (and (= migrate0.pc@5 #x08) (bvult migrate0.pass@5 #x01))
                 (and (= migrate0.pc@5 #x08) (bvuge migrate0.pass@5 #x01))))
      (a!197 (and (ite (not (= |folio.used[F0]@6| #x00))
                       (and (= |folio.refcount[F0]@6| a!188) a!189)
                       (and (= |folio.refcount[F0]@6| #x00)
                            (= |folio.mapcount[F0]@6| #x00)
                            a!190
                            (= a!187 #x00)
                            a!191))
                  (ite (not (= |folio.used[F1]@6| #x00))
                       (and a!193 a!194)
                       a!196)))
      (a!201 (and (and (= migrate0.pc@6 #x09) (not (= migrate0.ok@6 #x00)))
                  (not a!199)))
      (a!217 (or (and (= migrate0.pc@6 #x00)
                      (not (= |folio.used[F0]@6| #x00))
                      (not (= |PG_lru[F0]@6| #x00)))
                 (and (= migrate0.pc@6 #x00) a!207)
                 (and (= migrate0.pc@6 #x01) (= |PG_locked[F0]@6| #x00))
                 a!210
                 a!211
                 a!212
                 a!213
                 (and (= migrate0.pc@6 #x03) a!214)
                 (= migrate0.pc@6 #x04)
                 (and (= migrate0.pc@6 #x05)
                      (not (= |page.mapping(shmem)[F0]@6| #x00))
                      (= |folio.refcount[F0]@6| #x02)
                      a!215)
                 (and (= migrate0.pc@6 #x05) a!216)
                 (= migrate0.pc@6 #x06)
                 (and (= migrate0.pc@6 #x07) (not (= migrate0.ok@6 #x00)))
                 a!200
                 (and (= migrate0.pc@6 #x09) (not (= migrate0.ok@6 #x00)))
                 a!204
                 (and (= migrate0.pc@6 #x08) (bvult migrate0.pass@6 #x01))
                 (and (= migrate0.pc@6 #x08) (bvuge migrate0.pass@6 #x01))))
      (a!228 (and (ite (not (= |folio.used[F0]@7| #x00))
                       (and (= |folio.refcount[F0]@7| a!219) a!220)
                       (and (= |folio.refcount[F0]@7| #x00)
                            (= |folio.mapcount[F0]@7| #x00)
                            a!221
                            (= a!218 #x00)
                            a!222))
                  (ite (not (= |folio.used[F1]@7| #x00))
                       (and a!224 a!225)
                       a!227)))
      (a!232 (and (and (= migrate0.pc@7 #x09) (not (= migrate0.ok@7 #x00)))
                  (not a!230)))
      (a!248 (or (and (= migrate0.pc@7 #x00)
                      (not (= |folio.used[F0]@7| #x00))
                      (not (= |PG_lru[F0]@7| #x00)))
                 (and (= migrate0.pc@7 #x00) a!238)
                 (and (= migrate0.pc@7 #x01) (= |PG_locked[F0]@7| #x00))
                 a!241
                 a!242
                 a!243
                 a!244
                 (and (= migrate0.pc@7 #x03) a!245)
                 (= migrate0.pc@7 #x04)
                 (and (= migrate0.pc@7 #x05)
                      (not (= |page.mapping(shmem)[F0]@7| #x00))
                      (= |folio.refcount[F0]@7| #x02)
                      a!246)
                 (and (= migrate0.pc@7 #x05) a!247)
                 (= migrate0.pc@7 #x06)
                 (and (= migrate0.pc@7 #x07) (not (= migrate0.ok@7 #x00)))
                 a!231
                 (and (= migrate0.pc@7 #x09) (not (= migrate0.ok@7 #x00)))
                 a!235
                 (and (= migrate0.pc@7 #x08) (bvult migrate0.pass@7 #x01))
                 (and (= migrate0.pc@7 #x08) (bvuge migrate0.pass@7 #x01))))
      (a!259 (and (ite (not (= |folio.used[F0]@8| #x00))
                       (and (= |folio.refcount[F0]@8| a!250) a!251)
                       (and (= |folio.refcount[F0]@8| #x00)
                            (= |folio.mapcount[F0]@8| #x00)
                            a!252
                            (= a!249 #x00)
                            a!253))
                  (ite (not (= |folio.used[F1]@8| #x00))
                       (and a!255 a!256)
                       a!258)))
      (a!263 (and (and (= migrate0.pc@8 #x09) (not (= migrate0.ok@8 #x00)))
                  (not a!261)))
      (a!279 (or (and (= migrate0.pc@8 #x00)
                      (not (= |folio.used[F0]@8| #x00))
                      (not (= |PG_lru[F0]@8| #x00)))
                 (and (= migrate0.pc@8 #x00) a!269)
                 (and (= migrate0.pc@8 #x01) (= |PG_locked[F0]@8| #x00))
                 a!272
                 a!273
                 a!274
                 a!275
                 (and (= migrate0.pc@8 #x03) a!276)
                 (= migrate0.pc@8 #x04)
                 (and (= migrate0.pc@8 #x05)
                      (not (= |page.mapping(shmem)[F0]@8| #x00))
                      (= |folio.refcount[F0]@8| #x02)
                      a!277)
                 (and (= migrate0.pc@8 #x05) a!278)
                 (= migrate0.pc@8 #x06)
                 (and (= migrate0.pc@8 #x07) (not (= migrate0.ok@8 #x00)))
                 a!262
                 (and (= migrate0.pc@8 #x09) (not (= migrate0.ok@8 #x00)))
                 a!266
                 (and (= migrate0.pc@8 #x08) (bvult migrate0.pass@8 #x01))
                 (and (= migrate0.pc@8 #x08) (bvuge migrate0.pass@8 #x01))))
      (a!290 (and (ite (not (= |folio.used[F0]@9| #x00))
                       (and (= |folio.refcount[F0]@9| a!281) a!282)
                       (and (= |folio.refcount[F0]@9| #x00)
                            (= |folio.mapcount[F0]@9| #x00)
                            a!283
                            (= a!280 #x00)
                            a!284))
                  (ite (not (= |folio.used[F1]@9| #x00))
                       (and a!286 a!287)
                       a!289)))
      (a!294 (and (and (= migrate0.pc@9 #x09) (not (= migrate0.ok@9 #x00)))
                  (not a!292)))
      (a!310 (or (and (= migrate0.pc@9 #x00)
                      (not (= |folio.used[F0]@9| #x00))
                      (not (= |PG_lru[F0]@9| #x00)))
                 (and (= migrate0.pc@9 #x00) a!300)
                 (and (= migrate0.pc@9 #x01) (= |PG_locked[F0]@9| #x00))
                 a!303
                 a!304
                 a!305
                 a!306
                 (and (= migrate0.pc@9 #x03) a!307)
                 (= migrate0.pc@9 #x04)
                 (and (= migrate0.pc@9 #x05)
                      (not (= |page.mapping(shmem)[F0]@9| #x00))
                      (= |folio.refcount[F0]@9| #x02)
                      a!308)
                 (and (= migrate0.pc@9 #x05) a!309)
                 (= migrate0.pc@9 #x06)
                 (and (= migrate0.pc@9 #x07) (not (= migrate0.ok@9 #x00)))
                 a!293
                 (and (= migrate0.pc@9 #x09) (not (= migrate0.ok@9 #x00)))
                 a!297
                 (and (= migrate0.pc@9 #x08) (bvult migrate0.pass@9 #x01))
                 (and (= migrate0.pc@9 #x08) (bvuge migrate0.pass@9 #x01))))
      (a!321 (and (ite (not (= |folio.used[F0]@10| #x00))
                       (and (= |folio.refcount[F0]@10| a!312) a!313)
                       (and (= |folio.refcount[F0]@10| #x00)
                            (= |folio.mapcount[F0]@10| #x00)
                            a!314
                            (= a!311 #x00)
                            a!315))
                  (ite (not (= |folio.used[F1]@10| #x00))
                       (and a!317 a!318)
                       a!320)))
      (a!325 (and (and (= migrate0.pc@10 #x09) (not (= migrate0.ok@10 #x00)))
                  (not a!323)))
      (a!341 (or (and (= migrate0.pc@10 #x00)
                      (not (= |folio.used[F0]@10| #x00))
                      (not (= |PG_lru[F0]@10| #x00)))
                 (and (= migrate0.pc@10 #x00) a!331)
                 (and (= migrate0.pc@10 #x01) (= |PG_locked[F0]@10| #x00))
                 a!334
                 a!335
                 a!336
                 a!337
                 (and (= migrate0.pc@10 #x03) a!338)
                 (= migrate0.pc@10 #x04)
                 (and (= migrate0.pc@10 #x05)
                      (not (= |page.mapping(shmem)[F0]@10| #x00))
                      (= |folio.refcount[F0]@10| #x02)
                      a!339)
                 (and (= migrate0.pc@10 #x05) a!340)
                 (= migrate0.pc@10 #x06)
                 (and (= migrate0.pc@10 #x07) (not (= migrate0.ok@10 #x00)))
                 a!324
                 (and (= migrate0.pc@10 #x09) (not (= migrate0.ok@10 #x00)))
                 a!328
                 (and (= migrate0.pc@10 #x08) (bvult migrate0.pass@10 #x01))
                 (and (= migrate0.pc@10 #x08) (bvuge migrate0.pass@10 #x01))))
      (a!352 (and (ite (not (= |folio.used[F0]@11| #x00))
                       (and (= |folio.refcount[F0]@11| a!343) a!344)
                       (and (= |folio.refcount[F0]@11| #x00)
                            (= |folio.mapcount[F0]@11| #x00)
                            a!345
                            (= a!342 #x00)
                            a!346))
                  (ite (not (= |folio.used[F1]@11| #x00))
                       (and a!348 a!349)
                       a!351)))
      (a!356 (and (and (= migrate0.pc@11 #x09) (not (= migrate0.ok@11 #x00)))
                  (not a!354)))
      (a!372 (or (and (= migrate0.pc@11 #x00)
                      (not (= |folio.used[F0]@11| #x00))
                      (not (= |PG_lru[F0]@11| #x00)))
                 (and (= migrate0.pc@11 #x00) a!362)
                 (and (= migrate0.pc@11 #x01) (= |PG_locked[F0]@11| #x00))
                 a!365
                 a!366
                 a!367
                 a!368
                 (and (= migrate0.pc@11 #x03) a!369)
                 (= migrate0.pc@11 #x04)
                 (and (= migrate0.pc@11 #x05)
                      (not (= |page.mapping(shmem)[F0]@11| #x00))
                      (= |folio.refcount[F0]@11| #x02)
                      a!370)
                 (and (= migrate0.pc@11 #x05) a!371)
                 (= migrate0.pc@11 #x06)
                 (and (= migrate0.pc@11 #x07) (not (= migrate0.ok@11 #x00)))
                 a!355
                 (and (= migrate0.pc@11 #x09) (not (= migrate0.ok@11 #x00)))
                 a!359
                 (and (= migrate0.pc@11 #x08) (bvult migrate0.pass@11 #x01))
                 (and (= migrate0.pc@11 #x08) (bvuge migrate0.pass@11 #x01))))
      (a!383 (and (ite (not (= |folio.used[F0]@12| #x00))
                       (and (= |folio.refcount[F0]@12| a!374) a!375)
                       (and (= |folio.refcount[F0]@12| #x00)
                            (= |folio.mapcount[F0]@12| #x00)
                            a!376
                            (= a!373 #x00)
                            a!377))
                  (ite (not (= |folio.used[F1]@12| #x00))
                       (and a!379 a!380)
                       a!382)))
      (a!387 (and (and (= migrate0.pc@12 #x09) (not (= migrate0.ok@12 #x00)))
                  (not a!385)))
      (a!403 (or (and (= migrate0.pc@12 #x00)
                      (not (= |folio.used[F0]@12| #x00))
                      (not (= |PG_lru[F0]@12| #x00)))
                 (and (= migrate0.pc@12 #x00) a!393)
                 (and (= migrate0.pc@12 #x01) (= |PG_locked[F0]@12| #x00))
                 a!396
                 a!397
                 a!398
                 a!399
                 (and (= migrate0.pc@12 #x03) a!400)
                 (= migrate0.pc@12 #x04)
                 (and (= migrate0.pc@12 #x05)
                      (not (= |page.mapping(shmem)[F0]@12| #x00))
                      (= |folio.refcount[F0]@12| #x02)
                      a!401)
                 (and (= migrate0.pc@12 #x05) a!402)
                 (= migrate0.pc@12 #x06)
                 (and (= migrate0.pc@12 #x07) (not (= migrate0.ok@12 #x00)))
                 a!386
                 (and (= migrate0.pc@12 #x09) (not (= migrate0.ok@12 #x00)))
                 a!390
                 (and (= migrate0.pc@12 #x08) (bvult migrate0.pass@12 #x01))
                 (and (= migrate0.pc@12 #x08) (bvuge migrate0.pass@12 #x01)))))
  (or (not a!11)
      (and (= migrate0.pc@0 #x04) (not a!13))
      (and a!14 (not a!13))
      a!15
      a!17
      (and a!18 a!16)
      (and (= migrate0.pc@0 #x0a) (not (and a!19 a!20)))
      (and (not (= migrate0.pc@0 #x0a)) (not a!31))
      (not a!42)
      (and (= migrate0.pc@1 #x04) (not a!44))
      (and a!45 (not a!44))
      a!46
      a!48
      (and a!49 a!47)
      (and (= migrate0.pc@1 #x0a) (not (and a!50 a!51)))
      (and (not (= migrate0.pc@1 #x0a)) (not a!62))
      (not a!73)
      (and (= migrate0.pc@2 #x04) (not a!75))
      (and a!76 (not a!75))
      a!77
      a!79
      (and a!80 a!78)
      (and (= migrate0.pc@2 #x0a) (not (and a!81 a!82)))
      (and (not (= migrate0.pc@2 #x0a)) (not a!93))
      (not a!104)
      (and (= migrate0.pc@3 #x04) (not a!106))
      (and a!107 (not a!106))
      a!108
      a!110
      (and a!111 a!109)
      (and (= migrate0.pc@3 #x0a) (not (and a!112 a!113)))
      (and (not (= migrate0.pc@3 #x0a)) (not a!124))
      (not a!135)
      (and (= migrate0.pc@4 #x04) (not a!137))
      (and a!138 (not a!137))
      a!139
      a!141
      (and a!142 a!140)
      (and (= migrate0.pc@4 #x0a) (not (and a!143 a!144)))
      (and (not (= migrate0.pc@4 #x0a)) (not a!155))
      (not a!166)
      (and (= migrate0.pc@5 #x04) (not a!168))
      (and a!169 (not a!168))
      a!170
      a!172
      (and a!173 a!171)
      (and (= migrate0.pc@5 #x0a) (not (and a!174 a!175)))
      (and (not (= migrate0.pc@5 #x0a)) (not a!186))
      (not a!197)
      (and (= migrate0.pc@6 #x04) (not a!199))
      (and a!200 (not a!199))
      a!201
      a!203
      (and a!204 a!202)
      (and (= migrate0.pc@6 #x0a) (not (and a!205 a!206)))
      (and (not (= migrate0.pc@6 #x0a)) (not a!217))
      (not a!228)
      (and (= migrate0.pc@7 #x04) (not a!230))
      (and a!231 (not a!230))
      a!232
      a!234
      (and a!235 a!233)
      (and (= migrate0.pc@7 #x0a) (not (and a!236 a!237)))
      (and (not (= migrate0.pc@7 #x0a)) (not a!248))
      (not a!259)
      (and (= migrate0.pc@8 #x04) (not a!261))
      (and a!262 (not a!261))
      a!263
      a!265
      (and a!266 a!264)
      (and (= migrate0.pc@8 #x0a) (not (and a!267 a!268)))
      (and (not (= migrate0.pc@8 #x0a)) (not a!279))
      (not a!290)
      (and (= migrate0.pc@9 #x04) (not a!292))
      (and a!293 (not a!292))
      a!294
      a!296
      (and a!297 a!295)
      (and (= migrate0.pc@9 #x0a) (not (and a!298 a!299)))
      (and (not (= migrate0.pc@9 #x0a)) (not a!310))
      (not a!321)
      (and (= migrate0.pc@10 #x04) (not a!323))
      (and a!324 (not a!323))
      a!325
      a!327
      (and a!328 a!326)
      (and (= migrate0.pc@10 #x0a) (not (and a!329 a!330)))
      (and (not (= migrate0.pc@10 #x0a)) (not a!341))
      (not a!352)
      (and (= migrate0.pc@11 #x04) (not a!354))
      (and a!355 (not a!354))
      a!356
      a!358
      (and a!359 a!357)
      (and (= migrate0.pc@11 #x0a) (not (and a!360 a!361)))
      (and (not (= migrate0.pc@11 #x0a)) (not a!372))
      (not a!383)
      (and (= migrate0.pc@12 #x04) (not a!385))
      (and a!386 (not a!385))
      a!387
      a!389
      (and a!390 a!388)
      (and (= migrate0.pc@12 #x0a) (not (and a!391 a!392)))
      (and (not (= migrate0.pc@12 #x0a)) (not a!403)))))))
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
(model-add |page.mapping(shmem)[F1]@3| () (_ BitVec 8) #x00)
(model-add |PG_swapcache[F1]@3| () (_ BitVec 8) #x00)
(model-add |PG_dirty[F1]@3| () (_ BitVec 8) #x00)
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
(model-add |&mm->mmap_lock.writer[P0]@4| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@4| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@4| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av0]@4| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@4| () (_ BitVec 8) #x00)
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
           (let ((a!3 (ite (or (not (= migrate0.newpage@11 #x00))
                               (not (= rule@11 #x0e)))
                           (ite (or (= rule@11 #x0e) (= rule@11 #x0f))
                                (ite (= |folio.refcount[F0]@11| #x01)
                                     #x00
                                     |folio.data[F0]@11|)
                                |folio.data[F0]@11|)
                           a!2)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@11 #x00))
                               (not (= rule@11 #x0d)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@11 #x00))
                               (not (= rule@11 #x0b)))
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
           (let ((a!3 (ite (or (not (= migrate0.newpage@11 #x01))
                               (not (= rule@11 #x0e)))
                           |folio.data[F1]@11|
                           a!2)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@11 #x01))
                               (not (= rule@11 #x0d)))
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
           (let ((a!3 (ite (or (not (= migrate0.newpage@11 #x01))
                               (not (= rule@11 #x0d)))
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
           (let ((a!2 (ite (or (not (= migrate0.newpage@11 #x01))
                               (not (= rule@11 #x0e)))
                           |PG_swapcache[F1]@11|
                           a!1)))
           (let ((a!3 (ite (or (not (= migrate0.newpage@11 #x01))
                               (not (= rule@11 #x0d)))
                           a!2
                           a!1)))
           (let ((a!4 (ite (or (not (= rule@11 #x09))
                               (not (= migrate0.newpage@11 #x01)))
                           a!3
                           |PG_swapcache[F0]@11|)))
             (ite (or (not (= migrate0.newpage@11 #x01)) (not (= rule@11 #x08)))
                  a!4
                  a!1))))))
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
           (let ((a!3 (ite (or (not (= migrate0.newpage@11 #x01))
                               (not (= rule@11 #x0d)))
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
           (let ((a!4 (ite (or (not (= migrate0.newpage@10 #x00))
                               (not (= rule@10 #x0d)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= rule@10 #x0b))
                               (not (= migrate0.newpage@10 #x00)))
                           a!4
                           |folio.data[F0]@10|)))
           (let ((a!6 (ite (or (not (= rule@10 #x08))
                               (not (= migrate0.newpage@10 #x00)))
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
           (let ((a!5 (ite (or (not (= rule@10 #x0b))
                               (not (= migrate0.newpage@10 #x01)))
                           a!4
                           |folio.data[F0]@10|)))
           (let ((a!6 (ite (or (not (= rule@10 #x08))
                               (not (= migrate0.newpage@10 #x01)))
                           a!5
                           a!2)))
             (ite (or (not (= rule@10 #x03)) a!1) a!6 #x00)))))))
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
           (let ((a!4 (ite (or (not (= rule@9 #x0d))
                               (not (= migrate0.newpage@9 #x00)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= rule@9 #x0b))
                               (not (= migrate0.newpage@9 #x00)))
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
           (let ((a!3 (ite (or (not (= rule@9 #x0e))
                               (not (= migrate0.newpage@9 #x01)))
                           |folio.data[F1]@9|
                           a!2)))
           (let ((a!4 (ite (or (not (= rule@9 #x0d))
                               (not (= migrate0.newpage@9 #x01)))
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
           (let ((a!3 (ite (or (not (= migrate0.newpage@7 #x00))
                               (not (= rule@7 #x0e)))
                           (ite (or (= rule@7 #x0e) (= rule@7 #x0f))
                                (ite (= |folio.refcount[F0]@7| #x01)
                                     #x00
                                     |folio.data[F0]@7|)
                                |folio.data[F0]@7|)
                           a!2)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@7 #x00))
                               (not (= rule@7 #x0d)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@7 #x00))
                               (not (= rule@7 #x0b)))
                           a!4
                           |folio.data[F0]@7|)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@7 #x00))
                               (not (= rule@7 #x08)))
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
           (let ((a!3 (ite (or (not (= rule@7 #x0e))
                               (not (= migrate0.newpage@7 #x01)))
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
           (let ((a!3 (ite (or (not (= migrate0.newpage@6 #x00))
                               (not (= rule@6 #x0e)))
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
           (let ((a!6 (ite (or (not (= rule@6 #x08))
                               (not (= migrate0.newpage@6 #x00)))
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
           (let ((a!3 (ite (or (not (= migrate0.newpage@6 #x01))
                               (not (= rule@6 #x0e)))
                           |folio.data[F1]@6|
                           a!2)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@6 #x01))
                               (not (= rule@6 #x0d)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@6 #x01))
                               (not (= rule@6 #x0b)))
                           a!4
                           |folio.data[F0]@6|)))
           (let ((a!6 (ite (or (not (= rule@6 #x08))
                               (not (= migrate0.newpage@6 #x01)))
                           a!5
                           a!2)))
             (ite (or (not (= rule@6 #x03)) a!1) a!6 #x00)))))))
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
           (let ((a!3 (ite (or (not (= rule@5 #x0e))
                               (not (= migrate0.newpage@5 #x00)))
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
           (let ((a!3 (ite (or (not (= rule@5 #x0e))
                               (not (= migrate0.newpage@5 #x01)))
                           |folio.data[F1]@5|
                           a!2)))
           (let ((a!4 (ite (or (not (= rule@5 #x0d))
                               (not (= migrate0.newpage@5 #x01)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= rule@5 #x0b))
                               (not (= migrate0.newpage@5 #x01)))
                           a!4
                           |folio.data[F0]@5|)))
           (let ((a!6 (ite (or (not (= rule@5 #x08))
                               (not (= migrate0.newpage@5 #x01)))
                           a!5
                           a!2)))
             (ite (or (not (= rule@5 #x03)) a!1) a!6 #x00)))))))
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
           (let ((a!3 (ite (or (not (= rule@4 #x0e))
                               (not (= migrate0.newpage@4 #x00)))
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
           (let ((a!6 (ite (or (not (= migrate0.newpage@4 #x01))
                               (not (= rule@4 #x08)))
                           a!5
                           a!2)))
             (ite (or (not (= rule@4 #x03)) a!1) a!6 #x00)))))))
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
(check-sat)
